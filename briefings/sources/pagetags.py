"""The publication date a web page states in its tags.

Read, best first: JSON-LD ``datePublished`` (also inside an ``@graph``),
``<meta property="article:published_time">`` and its kin, an element with
``itemprop="datePublished"``, ``<meta name="date">`` and its kin, then the
first ``<time datetime>``.

trafilatura's own date (htmldate) is not used for this: it takes a date in
the page's address before the tags, and when the tags say nothing it falls
back to dates found in the text, which may be what the story is about
("talks resume on 3 May") rather than when it ran.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

# <meta> keys (property, name or itemprop, lower case) that hold the publication date,
# strongest first.
_ARTICLE_KEYS = ("article:published_time", "og:article:published_time", "datepublished")
_PAGE_KEYS = ("date", "pubdate", "publishdate", "publish-date", "dc.date.issued", "dc.date")
_JSON_LD = "application/ld+json"


class _TagParser(HTMLParser):
    """Collects <meta> values, itemprop dates, <time datetime> and JSON-LD scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.times: list[str] = []
        self.scripts: list[str] = []
        self._in_json = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "").strip() for k, v in attrs}
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        value = a.get("content") or a.get("datetime")
        if key and value and tag in ("meta", "time", "span", "div", "abbr"):
            self.meta.setdefault(key, value)
        if tag == "time" and a.get("datetime"):
            self.times.append(a["datetime"])
        self._in_json = tag == "script" and a.get("type", "").lower() == _JSON_LD
        if self._in_json:
            self.scripts.append("")

    def handle_data(self, data: str) -> None:
        if self._in_json:
            self.scripts[-1] += data  # one script may come in several pieces

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_json = False


def page_date(page: str) -> str | None:
    """The raw publication date a page's tags state, or None."""
    parser = _TagParser()
    try:
        parser.feed(page)
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup
        pass
    for value in _json_ld_dates(parser.scripts):
        return value
    for key in (*_ARTICLE_KEYS, *_PAGE_KEYS):
        if parser.meta.get(key):
            return parser.meta[key]
    return parser.times[0] if parser.times else None


def _json_ld_dates(scripts: list[str]) -> Iterator[str]:
    for script in scripts:
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for node in _nodes(data):
            value = node.get("datePublished")
            if isinstance(value, str) and value.strip():
                yield value.strip()


def _nodes(data: Any) -> Iterator[dict[str, Any]]:
    """Every object in a JSON-LD document: a list of them, or ``@graph`` lists."""
    if isinstance(data, list):
        for item in data:
            yield from _nodes(item)
    elif isinstance(data, dict):
        yield data
        yield from _nodes(data.get("@graph"))


@dataclass(frozen=True)
class PageTags:
    """What a web page's tags say about the article, as written."""

    title: str | None = None
    site: str | None = None  # the outlet: og:site_name, JSON-LD publisher.name
    published: str | None = None  # the raw date value, see ``page_date``
    url: str | None = None
    author: str | None = None
