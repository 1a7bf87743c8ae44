"""The recovery key: the way back in when the passphrase is forgotten.

At set-up NetBuilder makes 130 random bits, shows them once as 26 characters of Crockford's
base32 (no I, L, O or U, so nothing reads two ways) and two check characters, in groups of
four: ``7KQ2-M9XD-...``. The data key is wrapped under it as a second ``keyring`` row
(purpose ``recovery``); the key itself is stored nowhere. Typed back, lower case, spaces,
hyphens and the look-alikes O (for 0) and I or L (for 1) are accepted, and the check
characters catch most typing mistakes before any key derivation.

Like ``unlock``, this module does not import the model: the passphrase dialog uses it.
"""

from __future__ import annotations

import hashlib
import secrets

from .crypto import KdfParams, WrappedKey, check_new_passphrase, unwrap_key, wrap_key
from .errors import WrongPassphrase, WrongRecoveryKey
from .keyring import PASSPHRASE, RECOVERY

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32
RANDOM_CHARS = 26  # 130 bits
CHECK_CHARS = 2
GROUP = 4
# 130 random bits cannot be guessed, however fast each guess: a slow scrypt buys nothing
# here (it guards passphrases, which people choose), so the set-up stays quick on the
# main thread (~10 ms).
RECOVERY_KDF = KdfParams(n=2**12, r=8, p=1)
_LOOK_ALIKES = str.maketrans("OIL", "011")
_CHECK_DOMAIN = b"netbuilder/recovery-check/1\x00"

MALFORMED = "A recovery key has 28 letters and digits in groups of four: check what was typed."
MISTYPED = "The recovery key has a mistyped character: check it and try again."


def new_recovery_key() -> str:
    """A fresh key, formatted to show: ``XXXX-XXXX-...`` (seven groups)."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_CHARS))
    return format_key(body + _check(body))


def format_key(chars: str) -> str:
    return "-".join(chars[i:i + GROUP] for i in range(0, len(chars), GROUP))


def canonical(typed: str) -> str:
    """The key's 28 characters as made, from the key as typed; ``WrongRecoveryKey`` if it
    cannot be one."""
    chars = "".join(typed.split()).replace("-", "").upper().translate(_LOOK_ALIKES)
    if len(chars) != RANDOM_CHARS + CHECK_CHARS or any(c not in ALPHABET for c in chars):
        raise WrongRecoveryKey(MALFORMED)
    if _check(chars[:RANDOM_CHARS]) != chars[RANDOM_CHARS:]:
        raise WrongRecoveryKey(MISTYPED)
    return chars


def wrap_for_recovery(data_key: bytes, recovery_key: str) -> WrappedKey:
    return wrap_key(data_key, canonical(recovery_key), RECOVERY_KDF, RECOVERY)


def unwrap_with_recovery_key(wrapped: WrappedKey, recovery_key: str) -> bytes:
    """The data key; ``WrongRecoveryKey`` if ``recovery_key`` does not unwrap it."""
    secret = canonical(recovery_key)
    try:
        return unwrap_key(wrapped, secret)
    except WrongPassphrase:
        raise WrongRecoveryKey() from None


def reset_passphrase_key(wrapped: WrappedKey, recovery_key: str, new_passphrase: str,
                         kdf: KdfParams | None = None) -> tuple[bytes, WrappedKey]:
    """The data key that ``recovery_key`` unwraps from ``wrapped`` (the store's recovery
    copy) and its new copy under ``new_passphrase``: the slow part of a reset, for any
    thread. Checks the new passphrase first, and writes nothing."""
    check_new_passphrase(new_passphrase)
    data_key = unwrap_with_recovery_key(wrapped, recovery_key)
    return data_key, wrap_key(data_key, new_passphrase, kdf or KdfParams.default(), PASSPHRASE)


def _check(body: str) -> str:
    """Two characters (10 bits) from a hash of the rest: a mistyped key is caught
    (all but 1 in 1,024 times) before the slower unwrapping."""
    value = int.from_bytes(hashlib.sha256(_CHECK_DOMAIN + body.encode()).digest()[:2], "big") >> 6
    return ALPHABET[value >> 5] + ALPHABET[value & 31]
