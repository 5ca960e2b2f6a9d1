"""Readers in a registry keyed by file extension (Pelican's ``readers.py`` pattern).

Each reader turns one file's bytes into articles. A reader raises
``ArticleError`` when the whole file is unusable, and returns a ``Problem``
among its results for one bad record inside a file that is otherwise fine
(a malformed JSON line), so the rest of the file is still read.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from briefings.models import Article, Problem
from briefings.sources.processors import Evidence, describe

Item = Article | Problem


class BaseReader:
    """Reads the files whose extensions are in ``file_extensions``."""

    file_extensions: ClassVar[tuple[str, ...]] = ()
    #: Stored in ``Article.format``.
    format: ClassVar[str] = ""

    def __init__(self, default_year: int | None = None) -> None:
        self.default_year = default_year

    def read(self, path: str, data: bytes) -> list[Item]:
        raise NotImplementedError


def draft(path: str, fmt: str, evidence: Evidence) -> Article:
    """An Article before ids are assigned, its metadata decided by the processors
    (``processors.py``) from what the reader saw; ``outlets`` starts as its own source."""
    meta = describe(evidence)
    return Article(
        id="",
        path=path,
        title=(meta.title or "").strip(),
        text=evidence.body,
        source=meta.source,
        published=meta.published,
        url=meta.url,
        byline=meta.byline,
        dateline=meta.dateline,
        format=fmt,
        outlets=(meta.source,) if meta.source else (),
    )


def reader_classes() -> list[type[BaseReader]]:
    # Imported here, not at module level: the reader modules import this one.
    from briefings.sources.feed import FeedReader
    from briefings.sources.html import HtmlReader
    from briefings.sources.jsonl import JsonReader
    from briefings.sources.text import TextReader

    return [TextReader, HtmlReader, JsonReader, FeedReader]


def known_extensions() -> set[str]:
    return {ext for cls in reader_classes() for ext in cls.file_extensions}


class Readers:
    """One reader instance per extension, sharing the run's settings."""

    def __init__(self, default_year: int | None = None) -> None:
        self.by_extension: dict[str, BaseReader] = {}
        for cls in reader_classes():
            reader = cls(default_year)
            for ext in cls.file_extensions:
                self.by_extension[ext] = reader

    def for_path(self, path: str | Path) -> BaseReader | None:
        return self.by_extension.get(Path(path).suffix.lower().lstrip("."))
