"""The history store: one SQLite file per config (``store.path``, by default
``.briefings/briefings.db`` beside the config).

    store = Store(path)                 # created and migrated on first use
    store.begin_run("generate", series) # a run id: what each article was first seen in
    store.load_facts(...)               # facts already extracted, reused
    store.record_brief(...)             # the brief issued, its files and findings
    store.record_sending(...)           # a sending, the server's answer per recipient

See ``schema.py`` for the tables and ``db.py`` for transactions and locking.
"""

from __future__ import annotations

from pathlib import Path

from briefings.config import Config
from briefings.store.articles import ArticleRecords, SeenFile, actors_hash, anchor, content_hash
from briefings.store.briefs import BriefArticle, BriefFile, BriefKey, BriefRecord, BriefRecords
from briefings.store.sendings import Answer, SendingRecord, SendingRecords

__all__ = [
    "Answer",
    "BriefArticle",
    "BriefFile",
    "BriefKey",
    "BriefRecord",
    "SeenFile",
    "SendingRecord",
    "Store",
    "actors_hash",
    "anchor",
    "content_hash",
    "open_store",
    "series_of",
]


class Store(ArticleRecords, BriefRecords, SendingRecords):
    """Articles and their facts, briefs issued, sendings: see the module docstring."""


def series_of(config: Config) -> str:
    """Which briefs are 'the same config's': those made with the same config file."""
    return str(config.path)


def open_store(config: Config, *, create: bool = True) -> Store | None:
    """The config's store, or None when it keeps no history (``store.enabled: false``)
    or, with ``create=False``, when there is none yet."""
    if config.store_path is None:
        return None
    if not create and not Path(config.store_path).exists():
        return None
    return Store(Path(config.store_path))
