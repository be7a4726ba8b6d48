"""Exceptions raised by the package. The edges (cli.py, app.py) turn them into messages.

    TimelineError
     ├── BadArticle        a file or record that cannot be read as an article
     │    └── UnknownFormat   an extension we do not read
     ├── StoreError        a store that is missing, corrupt or locked
     │    └── StoreLocked     another build holds the store's lock
     └── ModelMissing      the spaCy model is not installed
"""

from __future__ import annotations


class TimelineError(Exception):
    """Base class: every error the package raises on purpose."""


class BadArticle(TimelineError):
    """A file or record that cannot be read as an article."""


class UnknownFormat(BadArticle):
    """A file extension the ingester does not read."""


class StoreError(TimelineError):
    """A store that is missing, corrupt or unreadable."""


class StoreLocked(StoreError):
    """Another build holds the store's lock."""


class ModelMissing(TimelineError):
    """The spaCy model is not installed."""
