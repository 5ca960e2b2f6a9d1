"""Saved web pages: the main text via trafilatura, metadata from the page's tags."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from urllib.parse import urlsplit

from briefings.errors import ArticleError
from briefings.models import Note
from briefings.sources.decode import decode
from briefings.sources.markup import html_to_text
from briefings.sources.metadata import parse_plain
from briefings.sources.outlets import split_title_outlet
from briefings.sources.pagetags import PageTags, page_date
from briefings.sources.processors import Evidence
from briefings.sources.registry import BaseReader, Item, draft

NO_TEXT = "no article text found in this page; save the article itself, not an index page"

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


class HtmlReader(BaseReader):
    file_extensions = ("html", "htm", "xhtml")
    format = "html"

    def read(self, path: str, data: bytes) -> list[Item]:
        declared = _CHARSET.search(data[:4096])
        notes: list[Note] = []
        charset = declared.group(1).decode("ascii") if declared else None
        page = decode(path, data, declared=charset, notes=notes)
        body, tags = _trafilatura(page)
        if not body:
            # trafilatura finds nothing in very short or unusual pages; the
            # visible text minus navigation is better than skipping the file.
            body = html_to_text(page)
        if not body.strip():
            raise ArticleError(path, NO_TEXT)
        tags = replace(tags, title=tags.title or _page_title(page) or None)
        title = split_title_outlet(tags.title)[0] if tags.title else None
        # With the page's title known, a first line repeating it (trafilatura
        # sometimes keeps the <h1>) is dropped; "By ..." lines give the byline.
        header = parse_plain(body, title=title)
        if not header.body:
            raise ArticleError(path, NO_TEXT)
        evidence = Evidence(header.body, page=tags, header=header, default_year=self.default_year)
        return [draft(path, self.format, evidence), *notes]


def _trafilatura(page: str) -> tuple[str, PageTags]:
    """The main text, and the page's tags: trafilatura's title, site name, address and
    author, and the publication date as the tags state it (``pagetags.py``)."""
    import trafilatura

    # trafilatura logs a warning for every page it finds too short; the
    # fallback handles those, so the warnings are noise to the user.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    published = page_date(page)
    try:
        body = trafilatura.extract(page, include_comments=False, include_tables=False) or ""
        # Not its date (see pagetags.py), so no extensive search for one.
        doc = trafilatura.extract_metadata(page, extensive=False)
    except Exception:  # noqa: BLE001 - a page trafilatura chokes on still gets the fallback
        return "", PageTags(published=published)
    url = _text(doc.url)
    return body, PageTags(
        title=_text(doc.title),
        site=_site(_text(doc.sitename), url),
        published=published,
        url=url,
        author=_text(doc.author),
    )


def _site(name: str | None, url: str | None) -> str | None:
    """trafilatura's site name, unless it only repeated the address's host name
    (its fallback): the domain is the weakest sign of an outlet, tried last."""
    host = (urlsplit(url).hostname or "") if url else ""
    if name and host and name.lower() == re.sub(r"^(?:www|w\d+)\.", "", host):
        return None
    return name


def _text(value: object) -> str | None:
    return str(value).strip() or None if value else None


def _page_title(page: str) -> str:
    m = _TITLE.search(page)
    return html_to_text(m.group(1)) if m else ""
