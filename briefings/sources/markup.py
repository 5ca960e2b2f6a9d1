"""HTML fragments -> plain text, with the standard library only.

Used for feed summaries (which are small HTML fragments) and as the
fallback when trafilatura finds no main text in a page.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# Blocks that never hold article prose.
_SKIP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
         "button", "select", "svg", "iframe", "head"}  # fmt: skip
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote",
          "section", "article", "pre", "figcaption", "dd", "dt", "ul", "ol", "table"}  # fmt: skip


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skipping:
            self.skipping -= 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Paragraphs separated by blank lines, whitespace inside them collapsed."""
    if "<" not in fragment:
        return " ".join(html.unescape(fragment).split())
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    paragraphs = re.split(r"\n\s*\n", "".join(parser.parts))
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())
