"""RSS and Atom feeds saved to disk: one article per entry.

feedparser is always given a stream over the file's bytes, never a string:
given a string, feedparser first tries it as a path or URL, so a file whose
content is "/etc/some/feed.xml" (or "/dev/zero") would make it read that.
"""

from __future__ import annotations

import io
import time
from xml.sax import SAXParseException

from briefings.errors import ArticleError
from briefings.models import Problem
from briefings.nlp.dates import parse_date
from briefings.sources.markup import html_to_text
from briefings.sources.metadata import parse_plain
from briefings.sources.processors import Evidence, Metadata
from briefings.sources.registry import BaseReader, Item, draft

NOT_A_FEED = "not an RSS or Atom feed ({reason}); check the file or give it another extension"


class FeedReader(BaseReader):
    file_extensions = ("xml", "rss", "atom")
    format = "feed"

    def read(self, path: str, data: bytes) -> list[Item]:
        import feedparser

        if not data.strip():
            raise ArticleError(path, "the file is empty; remove it or save the feed again")
        if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ArticleError(
                path, "looks like a binary file, not an article; remove it or convert it to text"
            )
        parsed = feedparser.parse(io.BytesIO(data))
        if not parsed.entries:
            reason = "no entries"
            problem = parsed.get("bozo_exception") if parsed.bozo else None
            if isinstance(problem, SAXParseException):
                # feedparser rewrites the XML declaration, so its line numbers are off
                reason = f"the XML is broken: {problem.getMessage()}"
            elif problem:
                reason = str(problem)
            raise ArticleError(path, NOT_A_FEED.format(reason=reason))
        feed_title = html_to_text(parsed.feed.get("title", "")) or None
        items: list[Item] = []
        for n, entry in enumerate(parsed.entries, start=1):
            items.append(self._entry(path, n, entry, feed_title))
        return items

    def _entry(self, path: str, n: int, entry: dict, feed_title: str | None) -> Item:
        contents = entry.get("content") or []
        body = max((c.get("value", "") for c in contents), key=len, default="")
        text = html_to_text(body or entry.get("summary", "") or "")
        title = html_to_text(entry.get("title", "") or "")
        if not text and not title:
            return Problem(path, f"entry {n}: no title and no text; it was skipped")
        # An aggregated feed names each entry's own outlet in <source>.
        source = (entry.get("source") or {}).get("title") or feed_title
        given = Metadata(
            title=title or None,
            source=source or None,
            published=_published(entry, self.default_year),
            url=entry.get("link") or None,
            byline=entry.get("author") or None,
        )
        body = text or title
        header = parse_plain(body, title=given.title)
        evidence = Evidence(body, given, header=header, default_year=self.default_year)
        return draft(f"{path}#{n}", self.format, evidence)


def _published(entry: dict, default_year: int | None) -> str | None:
    for key in ("published", "updated", "created"):
        parsed = entry.get(f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            return time.strftime("%Y-%m-%d", parsed)
        raw = entry.get(key)
        if raw:
            return parse_date(str(raw), default_year=default_year)
    return None
