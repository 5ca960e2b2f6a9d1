"""Pixels: headless Chromium renders the HTML, pdftoppm renders every PDF page.

Neither may be blank, and the PDF's text (pdftotext) holds every section
heading. The brief is the fixture in ``fixtures/brief/``, through the whole
pipeline. Chromium is Debian's ``chromium`` package and poppler-utils gives
pdftoppm and pdftotext (``make test`` installs both); without them these tests
skip, except under CI=true, where a missing tool is a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from test_render import HEADINGS

from briefings.config import load_config
from briefings.pipeline import generate

pytestmark = pytest.mark.slow  # PDFs, a browser or the command line in a subprocess

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "brief"

#: Flags that let Chromium run as root in a container, offline and quickly.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)
NAVY = (0x1D, 0x35, 0x57)  # the brief's accent: seen only if the inline CSS applied


def need_tool(*names: str) -> str:
    for name in names:
        if found := shutil.which(name):
            return found
    message = f"{names[0]} is missing: make test installs it (Debian package, see the Makefile)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def run(args: list[str], timeout: float = 180) -> subprocess.CompletedProcess:
    """Run a tool in its own process group, so a hung one is killed with its children."""
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail(f"{args[0]} took more than {timeout} s")
    return subprocess.CompletedProcess(args, proc.returncode, out, err)


def blank(image: Image.Image) -> bool:
    """Blank: (nearly) one colour, or almost no ink on it."""
    grey = image.convert("L")
    histogram = grey.histogram()
    ink = sum(histogram[:200]) / (grey.width * grey.height)
    colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
    few_colours = colours is not None and len(colours) < 8
    return ink < 0.003 or few_colours


@pytest.fixture(scope="module")
def brief_files(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("brief")
    config = load_config(FIXTURE / "brief.yaml")
    _, files = generate(config, out_dir=out, formats=("html", "pdf"))
    return {f.suffix.lstrip("."): f for f in files}


def test_blank_check_would_see_a_blank_page():
    """Control: a white page, and a page with one grey line, count as blank."""
    white = Image.new("RGB", (600, 800), "white")
    assert blank(white)
    line = white.copy()
    line.paste((128, 128, 128), (0, 400, 600, 401))
    assert blank(line)
    text = white.copy()
    for y in range(100, 700, 12):
        text.paste(NAVY, (50, y, 550, y + 5))
        text.paste((200, 30, 30), (50, y + 6, 300, y + 8))
        text.paste((60, 60, 60), (300, y + 6, 500, y + 8))
        text.paste((90, 120, 160), (100, y + 8, 200, y + 9))
        text.paste((20, 200, 20), (400, y + 8, 420, y + 9))
        text.paste((230, 230, 10), (430, y + 8, 440, y + 9))
        text.paste((0, 0, 0), (450, y + 8, 460, y + 9))
    assert not blank(text)


def test_chromium_renders_the_html(brief_files, tmp_path):
    chromium = need_tool("chromium", "chromium-browser")
    html = brief_files["html"].read_text(encoding="utf-8")
    # Self-contained: nothing for a browser to fetch (links in Sources are only followed on click).
    for fetching in ("<link", " src=", "url(", "@import"):
        assert fetching not in html, fetching
    shot = tmp_path / "screen.png"
    result = run(
        [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--screenshot={shot}",
            "--window-size=1200,2000",
            brief_files["html"].resolve().as_uri(),
        ]
    )
    assert shot.exists(), result.stderr.decode(errors="replace")[-2000:]
    with Image.open(shot) as image:
        image.load()
    assert image.size == (1200, 2000)
    assert not blank(image)
    # the inline CSS applied: the navy of the masthead rule and headings is on screen
    colours = image.convert("RGB").getcolors(maxcolors=1 << 24) or []
    navy = sum(
        n for n, rgb in colours if all(abs(a - b) <= 6 for a, b in zip(rgb, NAVY, strict=True))
    )
    assert navy > 500, navy


def test_pdftoppm_renders_every_page(brief_files, tmp_path):
    pdftoppm = need_tool("pdftoppm")
    pdfinfo = need_tool("pdfinfo")
    info = run([pdfinfo, str(brief_files["pdf"])]).stdout.decode()
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    result = run([pdftoppm, "-r", "40", "-png", str(brief_files["pdf"]), str(tmp_path / "page")])
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    images = sorted(tmp_path.glob("page-*.png"))
    assert pages >= 2 and len(images) == pages
    for path in images:
        with Image.open(path) as image:
            assert not blank(image), path.name


def test_pdf_text_has_every_section_heading(brief_files):
    pdftotext = need_tool("pdftotext")
    result = run([pdftotext, "-layout", str(brief_files["pdf"]), "-"])
    text = result.stdout.decode()
    # a heading is a line of its own ("Casualties" also occurs in running text)
    found = [re.search(rf"^\s*{heading}\s*$", text, re.MULTILINE) for heading in HEADINGS]
    assert all(found), [h for h, m in zip(HEADINGS, found, strict=True) if not m]
    positions = [m.start() for m in found if m]
    assert positions == sorted(positions)  # in reading order
    assert "Key figures".upper() in text.upper()


def test_a_missing_tool_fails_under_ci(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="chromium is missing"):
        need_tool("chromium", "chromium-browser")
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception):
        need_tool("chromium")
