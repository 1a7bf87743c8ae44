"""Encryption at rest: a random data key, wrapped by a key derived from the passphrase.

* The data key (256 bits) encrypts every payload with AES-GCM, a fresh random
  96-bit nonce per write, and associated data that names the table, column and
  row, so a payload copied into another row fails to decrypt.
* The data key is stored only wrapped (AES-GCM) under a key-encryption key that
  scrypt derives from the passphrase. The scrypt parameters and salt are stored
  beside each wrapped copy, so they can be raised later and several copies (a
  recovery key, say) can coexist; changing the passphrase re-wraps the same key.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from .errors import StoreCorrupt, WeakPassphrase, WrongPassphrase

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
MIN_PASSPHRASE_LENGTH = 8
BLOB_FORMAT = b"\x01"
_AAD_PREFIX = b"netbuilder/aead/1\x00"
_WRAP_PREFIX = b"netbuilder/wrap/1\x00"
_MAX_MEMORY = 2**30  # scrypt needs 128 * n * r bytes; refuse more (say, from an altered file)


@dataclass(frozen=True)
class KdfParams:
    """scrypt cost parameters. ``default()`` meets OWASP's minimum (n=2**17, r=8, p=1)."""

    n: int
    r: int = 8
    p: int = 1

    def __post_init__(self) -> None:
        if self.n < 2 or self.n & (self.n - 1):
            raise ValueError("scrypt n must be a power of two")
        if not (1 <= self.r <= 32 and 1 <= self.p <= 16):
            raise ValueError("scrypt r must be 1..32 and p 1..16")
        if 128 * self.n * self.r > _MAX_MEMORY:
            raise ValueError("scrypt n * r would need more than 1 GiB of memory")

    @classmethod
    def default(cls) -> KdfParams:
        return cls(n=2**17, r=8, p=1)


@dataclass(frozen=True)
class WrappedKey:
    """One wrapped copy of the data key, with what it takes to unwrap it."""

    purpose: str
    kdf: KdfParams
    salt: bytes
    blob: bytes


def new_data_key() -> bytes:
    return AESGCM.generate_key(bit_length=KEY_BYTES * 8)


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect health data."""
    if len(_normalise(passphrase).strip()) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(MIN_PASSPHRASE_LENGTH)


def wrap_key(data_key: bytes, passphrase: str, kdf: KdfParams, purpose: str) -> WrappedKey:
    salt = os.urandom(SALT_BYTES)
    kek = derive_kek(passphrase, salt, kdf)
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(kek).encrypt(nonce, data_key, _wrap_aad(purpose, kdf, salt))
    return WrappedKey(purpose, kdf, salt, nonce + sealed)


def unwrap_key(wrapped: WrappedKey, passphrase: str) -> bytes:
    """The data key; ``WrongPassphrase`` if the passphrase does not unwrap it."""
    kek = derive_kek(passphrase, wrapped.salt, wrapped.kdf)
    nonce, sealed = wrapped.blob[:NONCE_BYTES], wrapped.blob[NONCE_BYTES:]
    try:
        key = AESGCM(kek).decrypt(
            nonce, sealed, _wrap_aad(wrapped.purpose, wrapped.kdf, wrapped.salt)
        )
    except InvalidTag:
        raise WrongPassphrase() from None
    if len(key) != KEY_BYTES:
        raise StoreCorrupt("The stored key has the wrong length: the data file is damaged.")
    return key


def derive_kek(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    scrypt = Scrypt(salt=salt, length=KEY_BYTES, n=kdf.n, r=kdf.r, p=kdf.p)
    return scrypt.derive(_normalise(passphrase).encode("utf-8"))


def _normalise(passphrase: str) -> str:
    """The same passphrase typed on any keyboard or system gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase)


def _wrap_aad(purpose: str, kdf: KdfParams, salt: bytes) -> bytes:
    return _WRAP_PREFIX + f"{purpose}:scrypt:{kdf.n}:{kdf.r}:{kdf.p}:".encode() + salt


class Cipher:
    """Seals and opens row payloads with the data key (AES-256-GCM)."""

    __slots__ = ("_aead",)

    def __init__(self, data_key: bytes) -> None:
        if len(data_key) != KEY_BYTES:
            raise ValueError("the data key must be 32 bytes")
        self._aead = AESGCM(data_key)

    def seal(self, plaintext: bytes, context: str) -> bytes:
        """format byte + random nonce + ciphertext and tag, bound to ``context``."""
        nonce = os.urandom(NONCE_BYTES)
        return BLOB_FORMAT + nonce + self._aead.encrypt(nonce, plaintext, _aad(context))

    def open(self, blob: bytes, context: str) -> bytes:
        """The plaintext, or ``StoreCorrupt`` if the blob was altered or moved."""
        head = len(BLOB_FORMAT) + NONCE_BYTES
        if len(blob) < head + 16 or blob[: len(BLOB_FORMAT)] != BLOB_FORMAT:
            raise StoreCorrupt(f"A stored record is damaged ({context.split(':')[0]}).")
        nonce = blob[len(BLOB_FORMAT) : head]
        try:
            return self._aead.decrypt(nonce, blob[head:], _aad(context))
        except InvalidTag:
            raise StoreCorrupt(
                f"A stored record failed its integrity check ({context.split(':')[0]}): "
                "the data file is damaged or was altered."
            ) from None


def _aad(context: str) -> bytes:
    return _AAD_PREFIX + BLOB_FORMAT + context.encode("utf-8")
