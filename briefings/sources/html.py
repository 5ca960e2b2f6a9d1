"""Saved web pages: the main text via trafilatura, metadata from the page's tags."""

from __future__ import annotations

import logging
import re

from briefings.errors import ArticleError
from briefings.nlp.dates import parse_date
from briefings.sources.decode import decode
from briefings.sources.markup import html_to_text
from briefings.sources.metadata import outlet_name, parse_plain, split_title_outlet
from briefings.sources.registry import BaseReader, Item, draft

NO_TEXT = "no article text found in this page; save the article itself, not an index page"

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


class HtmlReader(BaseReader):
    file_extensions = ("html", "htm", "xhtml")
    format = "html"

    def read(self, path: str, data: bytes) -> list[Item]:
        declared = _CHARSET.search(data[:4096])
        page = decode(path, data, declared=declared.group(1).decode("ascii") if declared else None)
        body, meta = _trafilatura(page)
        if not body:
            # trafilatura finds nothing in very short or unusual pages; the
            # visible text minus navigation is better than skipping the file.
            body = html_to_text(page)
        if not body.strip():
            raise ArticleError(path, NO_TEXT)
        title, title_outlet = split_title_outlet(meta.get("title") or _page_title(page))
        # With the page's title known, a first line repeating it (trafilatura
        # sometimes keeps the <h1>) is dropped; "By ..." lines give the byline.
        header = parse_plain(body, default_year=self.default_year, title=title or None)
        if not header.body:
            raise ArticleError(path, NO_TEXT)
        title, text = header.title or "", header.body
        source = meta.get("sitename") or title_outlet or header.source
        published = None
        if meta.get("date"):
            published = parse_date(meta["date"], default_year=self.default_year)
        return [
            draft(
                path,
                self.format,
                title=title,
                text=text,
                source=(outlet_name(source) or source) if source else None,
                published=published or header.published,
                url=meta.get("url") or header.url,
                byline=meta.get("author") or header.byline,
                dateline=header.dateline,
            )
        ]


def _trafilatura(page: str) -> tuple[str, dict[str, str]]:
    import trafilatura

    # trafilatura logs a warning for every page it finds too short; the
    # fallback handles those, so the warnings are noise to the user.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    try:
        body = trafilatura.extract(page, include_comments=False, include_tables=False) or ""
        doc = trafilatura.extract_metadata(page)
    except Exception:  # noqa: BLE001 - a page trafilatura chokes on still gets the fallback
        return "", {}
    meta: dict[str, str] = {}
    if doc is not None:
        for key in ("title", "date", "sitename", "url", "author"):
            value = getattr(doc, key, None)
            if value:
                meta[key] = str(value).strip()
    return body, meta


def _page_title(page: str) -> str:
    m = _TITLE.search(page)
    return html_to_text(m.group(1)) if m else ""
