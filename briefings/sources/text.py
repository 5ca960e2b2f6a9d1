"""Plain text and Markdown articles, with or without YAML front matter."""

from __future__ import annotations

import datetime as dt
import re

import yaml

from briefings.errors import ArticleError
from briefings.models import Article
from briefings.nlp.dates import parse_date
from briefings.sources.decode import decode
from briefings.sources.metadata import parse_plain
from briefings.sources.processors import Evidence, Metadata
from briefings.sources.registry import BaseReader, Item, draft

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
        text = decode(path, data)
        if not text.strip():
            raise ArticleError(path, EMPTY)
        fmt = "md" if path.lower().endswith(("md", "markdown")) else "txt"
        meta, text = front_matter(path, text)
        return [self.article(path, text, meta, fmt)]

    def article(self, path: str, text: str, meta: dict[str, str], fmt: str) -> Article:
        header = parse_plain(text, title=meta.get("title"))
        if not header.body:
            raise ArticleError(path, NO_BODY if header.title else EMPTY)
        published = meta.get("published")
        given = Metadata(
            title=meta.get("title"),
            source=meta.get("source"),
            published=parse_date(published, default_year=self.default_year) if published else None,
            url=meta.get("url"),
            byline=meta.get("byline"),
        )
        evidence = Evidence(header.body, given, header=header, default_year=self.default_year)
        return draft(path, fmt, evidence)


def front_matter(path: str, text: str) -> tuple[dict[str, str], str]:
    """The ``---`` YAML block at the top, as {field: text}, and the rest of the text."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        data = yaml.safe_load(m["yaml"]) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        raise ArticleError(path, f"the front matter is not valid YAML{where}; fix it") from None
    if not isinstance(data, dict):
        raise ArticleError(path, "the front matter must be 'key: value' lines")
    lowered = {str(k).lower(): v for k, v in data.items()}
    meta: dict[str, str] = {}
    for field, keys in _KEYS.items():
        value = next((lowered[k] for k in keys if lowered.get(k) not in (None, "")), None)
        if value is not None:
            meta[field] = _text(value)
    return meta, text[m.end() :]


def _text(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value).strip()
