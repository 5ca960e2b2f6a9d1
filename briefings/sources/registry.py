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


def draft(path: str, fmt: str, **fields: object) -> Article:
    """An Article before ids are assigned; ``outlets`` starts as its own source."""
    text = str(fields.pop("text", "") or "")
    title = str(fields.pop("title", "") or "").strip()
    source = fields.get("source")
    return Article(
        id="",
        path=path,
        title=title,
        text=text,
        format=fmt,
        outlets=(str(source),) if source else (),
        **fields,  # type: ignore[arg-type]
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
