"""Brief -> HTML (Jinja2, autoescaped) -> PDF (WeasyPrint, sandboxed fetcher)."""

from __future__ import annotations

from briefings.render.html import render_appendix, render_html
from briefings.render.pdf import render_pdf

__all__ = ["render_appendix", "render_html", "render_pdf"]
