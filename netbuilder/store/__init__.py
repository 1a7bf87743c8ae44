"""The encrypted local store (SQLite + AES-GCM). No Qt here.

The interchange formats live in ``netbuilder.store.formats`` and are imported
from there, so importing the store stays light.
"""

from .crypto import MIN_PASSPHRASE_LENGTH, KdfParams
from .db import Store
from .errors import NotFound, StoreCorrupt, StoreError, StoreTooNew, WeakPassphrase, WrongPassphrase
from .paths import DB_NAME, default_data_dir
from .views import ClientSummary, VersionInfo

__all__ = [
    "DB_NAME",
    "MIN_PASSPHRASE_LENGTH",
    "ClientSummary",
    "KdfParams",
    "NotFound",
    "Store",
    "StoreCorrupt",
    "StoreError",
    "StoreTooNew",
    "VersionInfo",
    "WeakPassphrase",
    "WrongPassphrase",
    "default_data_dir",
]
