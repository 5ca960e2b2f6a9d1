"""Helpers shared by the rendering tests: a request recorder and a PDF attachment probe."""

from __future__ import annotations

import http.server
from io import BytesIO

from pypdf import PdfReader


def attachments(pdf: bytes) -> list[str]:
    """Every way a file can ride along in a PDF: the EmbeddedFiles tree, file annotations."""
    reader = PdfReader(BytesIO(pdf))
    found = []
    names = reader.trailer["/Root"].get("/Names")
    if names is not None and "/EmbeddedFiles" in names.get_object():
        found.append("/EmbeddedFiles")
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            if annot.get_object().get("/Subtype") == "/FileAttachment":
                found.append("/FileAttachment")
    return found


class Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        Recorder.requests.append(self.path)
        body = b"body::after { content: 'FETCHED-OVER-HTTP' }"
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass
