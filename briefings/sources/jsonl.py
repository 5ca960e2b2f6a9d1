"""Articles as JSON: one object, a list of objects, or JSON Lines (one object a line)."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from briefings.errors import ArticleError
from briefings.models import Article, Note, Problem
from briefings.sources.decode import decode
from briefings.sources.metadata import parse_plain
from briefings.sources.processors import Evidence, Metadata
from briefings.sources.registry import (
    BaseReader,
    FieldTypeError,
    Item,
    draft,
    field_text,
    given_date,
)

#: A JSON Lines file this large (bytes) is read a line at a time, never whole: a dump
#: of millions of articles must not be held twice over (bytes, text) while it is read.
STREAM_BYTES = 32 * 1024 * 1024
_SNIFF = 8192

_TEXT = ("text", "body", "content")
_PUBLISHED = ("published", "date", "published_at", "pubdate")
_SOURCE = ("source", "outlet", "publisher")
_URL = ("url", "link")
_BYLINE = ("byline", "author")


class JsonReader(BaseReader):
    file_extensions = ("json", "jsonl", "ndjson")
    format = "json"

    def read(self, path: str, data: bytes) -> list[Item]:
        notes: list[Note] = []
        text = decode(path, data, notes=notes)
        if not text.strip():
            raise ArticleError(path, "the file is empty; remove it or add articles")
        if path.lower().endswith(".json"):
            return [*self._read_json(path, text), *notes]
        return [*self._read_lines(path, text), *notes]

    def streams(self, path: str, size: int) -> bool:
        return size >= STREAM_BYTES and not path.lower().endswith(".json")

    def read_stream(self, path: str, handle: BinaryIO) -> Iterator[Item]:
        """The records of a large JSON Lines file, one line at a time.

        Lines that are UTF-8 (nearly all) are decoded as such; another line is decoded
        on its own as a whole file would be (``decode``), with one note for the file.
        A file in UTF-16 or UTF-32 is read whole: its lines are not byte lines."""
        head = handle.read(_SNIFF)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head:
            yield from self.read(path, head + handle.read())
            return
        if head.startswith(codecs.BOM_UTF8):
            head = head[len(codecs.BOM_UTF8) :]
        guessed: list[Note] = []
        first_guess = 0
        lines = _byte_lines(head, handle)
        for lineno, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                notes: list[Note] = []
                try:
                    line = decode(path, raw, notes=notes)
                except ArticleError as exc:
                    yield Problem(path, f"line {lineno}: {exc.reason}; fix or delete it")
                    continue
                if notes and not guessed:
                    first_guess = lineno
                guessed += notes
            yield from self._line(path, lineno, line)
        if guessed:
            more = len(guessed) - 1
            also = f" (and {more} more line{'s' * (more != 1)})" if more else ""
            yield Note(path, f"line {first_guess}{also}: {guessed[0].message}")

    def _read_json(self, path: str, text: str) -> list[Item]:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ArticleError(
                path, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); fix it"
            ) from None
        except RecursionError:
            raise ArticleError(
                path, "the JSON is nested too deeply to be articles; fix it"
            ) from None
        if isinstance(data, dict) and isinstance(data.get("articles"), list):
            data = data["articles"]
        if isinstance(data, dict):
            return self._record(path, path, data, "the object")
        if not isinstance(data, list):
            raise ArticleError(path, "expected an article object or a list of them")
        return [
            item
            for n, record in enumerate(data, start=1)
            for item in self._record(path, f"{path}#{n}", record, f"item {n}")
        ]

    def _read_lines(self, path: str, text: str) -> list[Item]:
        items: list[Item] = []
        for lineno, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                items += self._line(path, lineno, line)
        return items

    def _line(self, path: str, lineno: int, line: str) -> list[Item]:
        """The article of one line of JSON Lines, or the problem with it."""
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            return [Problem(path, f"line {lineno}: not valid JSON ({exc.msg}); fix or delete it")]
        except RecursionError:
            return [
                Problem(
                    path, f"line {lineno}: nested too deeply to be an article; fix or delete it"
                )
            ]
        return self._record(path, f"{path}:{lineno}", record, f"line {lineno}")

    def _record(self, path: str, where: str, record: Any, label: str) -> list[Item]:
        """One article from one object (with a note on a date that is none); a Problem
        naming ``label`` if it is unusable."""
        if not isinstance(record, dict):
            return [Problem(path, f"{label}: expected an object with 'title' and 'text'")]
        try:
            text = _body(record)
            fields = {name: _first(record, keys) for name, keys in _FIELDS.items()}
        except FieldTypeError as exc:
            return [Problem(path, f"{label}: {exc}")]
        if not text or not text.strip():
            return [
                Problem(path, f"{label}: no 'text' (or 'body', 'content'); add the article text")
            ]
        published, note = given_date(where, fields["published"], self.default_year)
        text = text.strip()
        given = Metadata(
            title=fields["title"],
            source=fields["source"],
            published=published,
            url=fields["url"],
            byline=fields["byline"],
        )
        # The text's own first lines are read for what the record leaves out, and
        # the text itself is kept as given.
        header = parse_plain(text, title=given.title)
        evidence = Evidence(text, given, header=header, default_year=self.default_year)
        article = _with_id(draft(where, self.format, evidence), record.get("id"))
        return [article, *([note] if note else [])]


_FIELDS = {
    "title": ("title", "headline"),
    "source": _SOURCE,
    "published": _PUBLISHED,
    "url": _URL,
    "byline": _BYLINE,
}


def _byte_lines(head: bytes, handle: BinaryIO) -> Iterator[bytes]:
    """The lines of ``head`` (the start of the file) and of the rest of ``handle``."""
    first = head if head.endswith(b"\n") else head + handle.readline()
    *whole, last = first.split(b"\n")
    yield from whole
    if last:
        yield last
    yield from handle


def _body(record: dict[str, Any]) -> str | None:
    """The article text: a string, or a list of strings (its paragraphs)."""
    key = next((k for k in _TEXT if record.get(k) not in (None, "", [])), None)
    if key is None:
        return None
    value = record[key]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n\n".join(v.strip() for v in value if v.strip())
    if not isinstance(value, str):
        raise FieldTypeError(key, value)
    return value


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = field_text(key, record.get(key))
        if value is not None and value.strip():
            return value
    return None


def _with_id(article: Article, given: object) -> Article:
    """Keep the record's own id: evaluation data (FA-KES) is scored by it."""
    from dataclasses import replace

    if isinstance(given, str | int) and not isinstance(given, bool) and str(given).strip():
        return replace(article, id=str(given).strip())
    return article
