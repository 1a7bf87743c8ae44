"""The store's errors: one line each, for a person to read.

No message ever contains client text (names, labels, notes): only ids, counts,
versions and what to do next. Errors raised while decoding a payload are
raised ``from None`` so that no client text travels along in a traceback.
"""

from __future__ import annotations


class StoreError(Exception):
    """Anything the local store cannot do, said in one line."""


class WrongPassphrase(StoreError):
    def __init__(self) -> None:
        super().__init__("The passphrase is not right.")


class WeakPassphrase(StoreError):
    def __init__(self, min_length: int) -> None:
        super().__init__(f"Choose a passphrase of at least {min_length} characters.")


class StoreTooNew(StoreError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"This data was saved by a newer NetBuilder (data version {found}; this "
            f"version reads up to {supported}). Update NetBuilder to open it; "
            "nothing has been changed."
        )


class StoreCorrupt(StoreError):
    """A payload failed authentication or could not be decoded."""


class NotFound(StoreError):
    """No client or map version with the id asked for."""


class StoreInUse(StoreError):
    """Another NetBuilder process holds the data folder's writer lock."""

    def __init__(self, pid: int | None, host: str = "") -> None:
        who = f" (process {pid} on {host or 'this computer'})" if pid else ""
        super().__init__(
            f"NetBuilder is already open on this data folder{who}: close it first, "
            "then try again."
        )
        self.pid = pid


class WrongRecoveryKey(StoreError):
    def __init__(self, message: str = "The recovery key is not right: check it and try again."
                 ) -> None:
        super().__init__(message)


class NoRecoveryKey(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "No recovery key was made for this data, so the passphrase cannot be reset: "
            "try the passphrase again."
        )
