"""What the backup tests share: the passphrase, a key derivation cheap enough to make many
stores, and the moment the first backup is made."""

from __future__ import annotations

from datetime import UTC, datetime

from netbuilder.store.crypto import KdfParams
from tests.conftest import TEST_PASSPHRASE

PASSPHRASE = TEST_PASSPHRASE
QUICK_KDF = KdfParams(n=2**4, r=1, p=1)  # no protection at all: for tests only
T0 = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
