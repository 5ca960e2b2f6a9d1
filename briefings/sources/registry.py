"""Readers in a registry keyed by file extension (Pelican's ``readers.py`` pattern).

Each reader turns one file's bytes into articles. A reader raises
``ArticleError`` when the whole file is unusable, and returns a ``Problem``
among its results for one bad record inside a file that is otherwise fine
(a malformed JSON line), so the rest of the file is still read.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, ClassVar

from briefings.models import Article, Note, Problem
from briefings.sources.processors import Evidence, describe
from briefings.textclean import strip_controls

Item = Article | Problem | Note


class BaseReader:
    """Reads the files whose extensions are in ``file_extensions``."""

    file_extensions: ClassVar[tuple[str, ...]] = ()
    #: Stored in ``Article.format``.
    format: ClassVar[str] = ""

    def __init__(self, default_year: int | None = None) -> None:
        self.default_year = default_year

    def read(self, path: str, data: bytes) -> list[Item]:
        raise NotImplementedError

    def streams(self, path: str, size: int) -> bool:
        """Whether a file of ``size`` bytes is read from an open file with
        ``read_stream`` (a bit at a time) rather than whole with ``read``."""
        return False

    def read_stream(self, path: str, handle: BinaryIO) -> Iterator[Item]:
        raise NotImplementedError


def draft(path: str, fmt: str, evidence: Evidence) -> Article:
    """An Article before ids are assigned, its metadata decided by the processors
    (``processors.py``) from what the reader saw; ``outlets`` starts as its own source."""
    meta = describe(evidence)
    source = _clean(meta.source)
    return Article(
        id="",
        path=path,
        title=strip_controls(meta.title or "").strip(),
        text=strip_controls(evidence.body),
        source=source,
        published=meta.published,
        url=_clean(meta.url),
        byline=_clean(meta.byline),
        dateline=_clean(meta.dateline),
        format=fmt,
        outlets=(source,) if source else (),
    )


def _clean(value: str | None) -> str | None:
    return strip_controls(value) or None if value else value


def given_date(
    where: str, raw: str | None, default_year: int | None
) -> tuple[str | None, Note | None]:
    """A publication date the file states in a field, as an ISO date; and a Note
    when the field holds something that is no date (2020-02-30), which is then
    ignored: the article is kept, its date taken from elsewhere or left unknown."""
    from briefings.config import date_problem
    from briefings.nlp.dates import parse_date

    if not raw or not raw.strip():
        return None, None
    raw = raw.strip()
    problem = date_problem(raw)
    found = None if problem else parse_date(raw, default_year=default_year)
    if found is not None:
        return found, None
    why = f"is not a real date ({problem})" if problem else "is not a date briefings can read"
    return None, Note(where, f"'published: {raw}' {why}, so it was ignored; write it as YYYY-MM-DD")


class FieldTypeError(ValueError):
    """A field of a JSON record or front matter holds a value that is not text."""

    def __init__(self, field: str, value: object) -> None:
        self.field = field
        super().__init__(f"'{field}' is {describe_value(value)}, not text; give it as a string")


def _scalar(value: object) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def describe_value(value: object) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        odd = next((v for v in value if not _scalar(v)), None)
        return "a list" if odd is None else f"a list with {describe_value(odd)} in it"
    if value is None:
        return "empty"
    return f"a {type(value).__name__}"


def field_text(field: str, value: object, *, numbers: bool = True) -> str | None:
    """A field's value as text: a string, a number (when ``numbers``), or a list of
    them joined by commas (authors). A mapping, true/false or a nested list is a
    FieldTypeError: its Python form ("{'a': 1}") must never pass for the text."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and numbers:
        return str(value)
    if isinstance(value, list) and all(
        isinstance(v, str) or (numbers and _scalar(v)) for v in value
    ):
        return ", ".join(str(v) for v in value) or None
    raise FieldTypeError(field, value)


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
