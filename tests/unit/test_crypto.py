"""Key derivation, key wrapping and payload sealing (netbuilder.store.crypto)."""

from __future__ import annotations

import unicodedata

import pytest

from netbuilder.store.crypto import (
    KEY_BYTES,
    MIN_PASSPHRASE_LENGTH,
    Cipher,
    KdfParams,
    check_new_passphrase,
    new_data_key,
    unwrap_key,
    wrap_key,
)
from netbuilder.store.errors import StoreCorrupt, WeakPassphrase, WrongPassphrase

FAST = KdfParams(n=2**12, r=8, p=1)
PASSPHRASE = "correct horse battery staple"


def test_default_kdf_meets_owasp_minimum_for_scrypt() -> None:
    # OWASP Password Storage Cheat Sheet: scrypt N >= 2**17, r >= 8, p >= 1
    default = KdfParams.default()
    assert default.n >= 2**17
    assert default.r >= 8
    assert default.p >= 1


@pytest.mark.parametrize(
    ("n", "r", "p"), [(1000, 8, 1), (1, 8, 1), (2**21, 8, 1), (2**12, 0, 1), (2**12, 8, 17)]
)
def test_kdf_params_out_of_range_are_refused(n: int, r: int, p: int) -> None:
    with pytest.raises(ValueError, match="scrypt"):
        KdfParams(n=n, r=r, p=p)


def test_wrapped_key_unwraps_with_the_same_passphrase() -> None:
    key = new_data_key()
    wrapped = wrap_key(key, PASSPHRASE, FAST, "passphrase")
    assert len(key) == KEY_BYTES
    assert len(wrapped.salt) == 16
    assert key not in wrapped.blob
    assert unwrap_key(wrapped, PASSPHRASE) == key


def test_wrong_passphrase_is_refused_with_a_clear_message() -> None:
    wrapped = wrap_key(new_data_key(), PASSPHRASE, FAST, "passphrase")
    with pytest.raises(WrongPassphrase, match="passphrase is not right"):
        unwrap_key(wrapped, PASSPHRASE + "!")


def test_the_same_key_wraps_differently_each_time() -> None:
    key = new_data_key()
    a = wrap_key(key, PASSPHRASE, FAST, "passphrase")
    b = wrap_key(key, PASSPHRASE, FAST, "passphrase")
    assert a.salt != b.salt
    assert a.blob != b.blob


def test_tampered_kdf_parameters_do_not_unwrap() -> None:
    wrapped = wrap_key(new_data_key(), PASSPHRASE, FAST, "passphrase")
    lowered = type(wrapped)(wrapped.purpose, KdfParams(n=2**11), wrapped.salt, wrapped.blob)
    with pytest.raises(WrongPassphrase):
        unwrap_key(lowered, PASSPHRASE)


def test_passphrase_is_compared_in_unicode_normal_form() -> None:
    composed = "café au lait ☕"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    wrapped = wrap_key(new_data_key(), composed, FAST, "passphrase")
    assert unwrap_key(wrapped, decomposed) == unwrap_key(wrapped, composed)


@pytest.mark.parametrize("passphrase", ["", "short", "       ", "1234567"])
def test_short_passphrases_are_refused(passphrase: str) -> None:
    with pytest.raises(WeakPassphrase, match=f"at least {MIN_PASSPHRASE_LENGTH} characters"):
        check_new_passphrase(passphrase)


def test_a_long_enough_passphrase_is_accepted() -> None:
    check_new_passphrase("eight ch")


def test_sealed_payload_opens_in_its_own_context_only() -> None:
    cipher = Cipher(new_data_key())
    blob = cipher.seal(b"Mum", "clients.payload:a")
    assert b"Mum" not in blob
    assert cipher.open(blob, "clients.payload:a") == b"Mum"
    with pytest.raises(StoreCorrupt, match="integrity check"):
        cipher.open(blob, "clients.payload:b")


def test_every_seal_uses_a_fresh_nonce() -> None:
    cipher = Cipher(new_data_key())
    blobs = {cipher.seal(b"same", "ctx")[:13] for _ in range(200)}
    assert len(blobs) == 200


@pytest.mark.parametrize("position", [0, 5, 20, -1])
def test_a_flipped_bit_anywhere_is_detected(position: int) -> None:
    cipher = Cipher(new_data_key())
    blob = bytearray(cipher.seal(b"a note about the client", "ctx"))
    blob[position] ^= 0x01
    with pytest.raises(StoreCorrupt):
        cipher.open(bytes(blob), "ctx")


def test_a_truncated_blob_is_corrupt_not_a_crash() -> None:
    cipher = Cipher(new_data_key())
    with pytest.raises(StoreCorrupt, match="damaged"):
        cipher.open(b"\x01short", "ctx")


def test_another_key_cannot_open_a_payload() -> None:
    blob = Cipher(new_data_key()).seal(b"secret", "ctx")
    with pytest.raises(StoreCorrupt):
        Cipher(new_data_key()).open(blob, "ctx")


def test_a_data_key_must_be_256_bits() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        Cipher(b"\x00" * 16)
