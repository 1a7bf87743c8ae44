"""The encrypted local store (SQLite + AES-GCM). No Qt here.

The interchange formats live in ``netbuilder.store.formats`` and are imported
from there, so importing the store stays light. The names below are loaded on
first use, so that importing a light part (``unlock``, which the passphrase
dialog needs before anything else) does not import the model and pydantic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netbuilder.lazy import lazy_names

if TYPE_CHECKING:
    from .crypto import MIN_PASSPHRASE_LENGTH, KdfParams
    from .db import Store
    from .errors import (
        NoRecoveryKey,
        NotFound,
        StoreCorrupt,
        StoreError,
        StoreInUse,
        StoreTooNew,
        WeakPassphrase,
        WrongPassphrase,
        WrongRecoveryKey,
    )
    from .paths import DB_NAME, default_data_dir, shared_folder_reason
    from .views import ClientSummary, VersionInfo

_FROM = {
    "DB_NAME": "paths",
    "MIN_PASSPHRASE_LENGTH": "crypto",
    "ClientSummary": "views",
    "KdfParams": "crypto",
    "NoRecoveryKey": "errors",
    "NotFound": "errors",
    "Store": "db",
    "StoreCorrupt": "errors",
    "StoreError": "errors",
    "StoreInUse": "errors",
    "StoreTooNew": "errors",
    "VersionInfo": "views",
    "WeakPassphrase": "errors",
    "WrongPassphrase": "errors",
    "WrongRecoveryKey": "errors",
    "default_data_dir": "paths",
    "shared_folder_reason": "paths",
}


__getattr__, __dir__ = lazy_names(__name__, globals(), _FROM)


__all__ = [
    "DB_NAME",
    "MIN_PASSPHRASE_LENGTH",
    "ClientSummary",
    "KdfParams",
    "NoRecoveryKey",
    "NotFound",
    "Store",
    "StoreCorrupt",
    "StoreError",
    "StoreInUse",
    "StoreTooNew",
    "VersionInfo",
    "WeakPassphrase",
    "WrongPassphrase",
    "WrongRecoveryKey",
    "default_data_dir",
    "shared_folder_reason",
]
