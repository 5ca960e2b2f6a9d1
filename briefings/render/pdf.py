"""HTML -> PDF with WeasyPrint, reading nothing but the template folders.

WeasyPrint's default fetcher reads any local file, fetches from the network
and embeds ``<link rel="attachment">`` targets in the PDF. Even with escaping,
the brief is built from untrusted article text, so the fetcher is replaced by
one that serves only files inside the template folders and ``data:`` URLs and
refuses everything else; WeasyPrint treats a refusal as a missing resource.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import weasyprint
from weasyprint.urls import URLFetcher, URLFetcherResponse

from briefings.config import Config
from briefings.errors import RenderError
from briefings.render.templates import search_path


class ResourceRefused(ValueError):
    """A URL outside the allowed folders. Not fatal: WeasyPrint skips the resource."""


class TemplateFolderFetcher(URLFetcher):
    """Serves ``data:`` URLs and ``file:`` URLs inside ``roots``; refuses the rest."""

    def __init__(self, roots: list[Path], **kwargs) -> None:
        # No network at all: no handler is ever reached for http(s), ftp and the like.
        super().__init__(allowed_protocols=("data", "file"), allow_redirects=False, **kwargs)
        self.roots = [r.resolve() for r in roots]

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme != "file":
            raise ResourceRefused(f"briefings fetches nothing from the network: {url}")
        path = self._local_path(url)
        return URLFetcherResponse(
            url=path.as_uri(),
            body=path.read_bytes(),
            headers={
                "Content-Type": mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            },
        )

    def _local_path(self, url: str) -> Path:
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise ResourceRefused(f"not a local file: {url}")
        # resolve() follows symlinks and '..', so neither can lead out of a root
        path = Path(url2pathname(unquote(parts.path))).resolve()
        if not any(path.is_relative_to(root) for root in self.roots):
            raise ResourceRefused(f"outside the template folders: {path}")
        if not path.is_file():
            raise ResourceRefused(f"no such file in the template folders: {path}")
        return path


def _relative_links(document: weasyprint.document.Document, base: str) -> None:
    """Links the HTML gives relative ('brief-2024-05-10-data.html#casualties': the data
    appendix beside the brief) stay relative in the PDF. WeasyPrint joins them onto the
    base URL, the template folder, where a reader of the PDF finds nothing."""
    prefix = Path(base).resolve().as_uri() + "/"
    for page in document.pages:
        for i, (kind, target, *rest) in enumerate(page.links):
            if kind == "external" and target.startswith(prefix):
                page.links[i] = (kind, target[len(prefix) :], *rest)


def render_pdf(html: str, config: Config) -> bytes:
    """Lay out the HTML as an A4 PDF; relative URLs resolve against the template folder."""
    folders = [f for f in search_path(config) if f.is_dir()]
    fetcher = TemplateFolderFetcher(folders)
    try:
        base = str(folders[0]) + "/"
        document = weasyprint.HTML(string=html, base_url=base, url_fetcher=fetcher).render()
        _relative_links(document, base)
        pdf = document.write_pdf()
    except Exception as exc:  # WeasyPrint raises many types; the user needs one message
        raise RenderError(
            f"the PDF could not be produced ({type(exc).__name__}: {exc}); "
            "the HTML output may show the problem"
        ) from exc
    assert pdf is not None  # no target given, so write_pdf returns the bytes
    return pdf
