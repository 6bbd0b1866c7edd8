"""The embedded store. Only this package talks SQL."""

from chronicler.store.db import Store, StoreError

__all__ = ["Store", "StoreError"]
