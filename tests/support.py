"""Helpers shared by the tests: the ../shared data, a request recorder, a PDF
attachment probe."""

from __future__ import annotations

import http.server
import os
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

SHARED = Path(__file__).resolve().parents[2] / "shared"


def need_shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{path} is missing: the tests read real articles from ../shared"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


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
