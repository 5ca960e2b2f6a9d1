"""Articles as JSON: one object, a list of objects, or JSON Lines (one object a line)."""

from __future__ import annotations

import json
from typing import Any

from briefings.errors import ArticleError
from briefings.models import Article, Problem
from briefings.nlp.dates import parse_date
from briefings.sources.decode import decode
from briefings.sources.metadata import parse_plain
from briefings.sources.processors import Evidence, Metadata
from briefings.sources.registry import BaseReader, Item, draft

_TEXT = ("text", "body", "content")
_PUBLISHED = ("published", "date", "published_at", "pubdate")
_SOURCE = ("source", "outlet", "publisher")
_URL = ("url", "link")
_BYLINE = ("byline", "author")


class JsonReader(BaseReader):
    file_extensions = ("json", "jsonl", "ndjson")
    format = "json"

    def read(self, path: str, data: bytes) -> list[Item]:
        text = decode(path, data)
        if not text.strip():
            raise ArticleError(path, "the file is empty; remove it or add articles")
        if path.lower().endswith(".json"):
            return self._read_json(path, text)
        return self._read_lines(path, text)

    def _read_json(self, path: str, text: str) -> list[Item]:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ArticleError(
                path, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); fix it"
            ) from None
        if isinstance(data, dict) and isinstance(data.get("articles"), list):
            data = data["articles"]
        if isinstance(data, dict):
            return [self._record(path, path, data, "the object")]
        if not isinstance(data, list):
            raise ArticleError(path, "expected an article object or a list of them")
        return [
            self._record(path, f"{path}#{n}", item, f"item {n}")
            for n, item in enumerate(data, start=1)
        ]

    def _read_lines(self, path: str, text: str) -> list[Item]:
        items: list[Item] = []
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                items.append(
                    Problem(path, f"line {lineno}: not valid JSON ({exc.msg}); fix or delete it")
                )
                continue
            items.append(self._record(path, f"{path}:{lineno}", record, f"line {lineno}"))
        return items

    def _record(self, path: str, where: str, record: Any, label: str) -> Item:
        """One article from one object; a Problem naming ``label`` if it is unusable."""
        if not isinstance(record, dict):
            return Problem(path, f"{label}: expected an object with 'title' and 'text'")
        text = _first(record, _TEXT)
        if not text:
            return Problem(path, f"{label}: no 'text' (or 'body', 'content'); add the article text")
        published = _first(record, _PUBLISHED)
        text = text.strip()
        given = Metadata(
            title=_first(record, ("title", "headline")),
            source=_first(record, _SOURCE),
            published=parse_date(published, default_year=self.default_year) if published else None,
            url=_first(record, _URL),
            byline=_first(record, _BYLINE),
        )
        # The text's own first lines are read for what the record leaves out, and
        # the text itself is kept as given.
        header = parse_plain(text, title=given.title)
        evidence = Evidence(text, given, header=header, default_year=self.default_year)
        return _with_id(draft(where, self.format, evidence), record.get("id"))


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        if value not in (None, ""):
            return str(value)
    return None


def _with_id(article: Article, given: object) -> Article:
    """Keep the record's own id: evaluation data (FA-KES) is scored by it."""
    from dataclasses import replace

    if isinstance(given, str | int) and not isinstance(given, bool) and str(given).strip():
        return replace(article, id=str(given).strip())
    return article
