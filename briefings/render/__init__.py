"""Brief -> HTML (Jinja2, autoescaped) -> PDF (WeasyPrint, sandboxed fetcher).

WeasyPrint (with Pango, fontTools and Pillow) takes most of a second to import,
so it is imported only when a PDF is laid out: an HTML-only run never loads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefings.render.html import render_appendix, render_html

if TYPE_CHECKING:
    from briefings.config import Config

__all__ = ["render_appendix", "render_html", "render_pdf"]


def render_pdf(html: str, config: Config) -> bytes:
    """Lay out the HTML as an A4 PDF (``briefings.render.pdf.render_pdf``)."""
    from briefings.render import pdf

    return pdf.render_pdf(html, config)
