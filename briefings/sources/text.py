"""Plain text and Markdown articles, with or without YAML front matter."""

from __future__ import annotations

import datetime as dt
import re

import yaml

from briefings.config import YamlLimit, compose_yaml
from briefings.errors import ArticleError
from briefings.models import Note
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

EMPTY = "the file is empty; remove it or add the article text"
NO_BODY = "only a title, no article text; add the text below the title"

_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(?P<yaml>.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M
)
_KEYS = {
    "title": ("title", "headline"),
    "source": ("source", "outlet", "publisher", "site"),
    "published": ("published", "date", "published_at", "pubdate"),
    "url": ("url", "link", "original_url"),
    "byline": ("byline", "author", "authors"),
}


class TextReader(BaseReader):
    file_extensions = ("txt", "text", "md", "markdown")
    format = "txt"

    def read(self, path: str, data: bytes) -> list[Item]:
        notes: list[Note] = []
        text = decode(path, data, notes=notes)
        if not text.strip():
            raise ArticleError(path, EMPTY)
        fmt = "md" if path.lower().endswith(("md", "markdown")) else "txt"
        meta, text = front_matter(path, text)
        return [*self.article(path, text, meta, fmt), *notes]

    def article(self, path: str, text: str, meta: dict[str, str], fmt: str) -> list[Item]:
        header = parse_plain(text, title=meta.get("title"))
        if not header.body:
            raise ArticleError(path, NO_BODY if header.title else EMPTY)
        published, note = given_date(path, meta.get("published"), self.default_year)
        given = Metadata(
            title=meta.get("title"),
            source=meta.get("source"),
            published=published,
            url=meta.get("url"),
            byline=meta.get("byline"),
        )
        evidence = Evidence(header.body, given, header=header, default_year=self.default_year)
        return [draft(path, fmt, evidence), *([note] if note else [])]


def front_matter(path: str, text: str) -> tuple[dict[str, str], str]:
    """The ``---`` YAML block at the top, as {field: text}, and the rest of the text."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        data = compose_yaml(m["yaml"], "it")[1] or {}
    except YamlLimit as exc:
        raise ArticleError(path, f"the front matter (line {exc.line + 1}): {exc.problem}") from None
    except RecursionError:
        raise ArticleError(
            path, "the front matter is nested too deeply to be an article's fields; fix it"
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        raise ArticleError(path, f"the front matter is not valid YAML{where}; fix it") from None
    if not isinstance(data, dict):
        raise ArticleError(path, "the front matter must be 'key: value' lines")
    lowered = {str(k).lower(): v for k, v in data.items()}
    meta: dict[str, str] = {}
    for field, keys in _KEYS.items():
        key = next((k for k in keys if lowered.get(k) not in (None, "")), None)
        if key is None:
            continue
        try:
            value = _text(key, lowered[key])
        except FieldTypeError as exc:
            raise ArticleError(path, f"the front matter: {exc}") from None
        if value:
            meta[field] = value
    return meta, text[m.end() :]


def _text(key: str, value: object) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value)  # YAML reads a title "No" or "Yes" as false or true
    found = field_text(key, value)
    return found.strip() if found else None
