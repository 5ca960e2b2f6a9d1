"""Rendering: the HTML and PDF a reader gets, and that untrusted text cannot reach out.

PDFs are checked by their extracted text and structure (pypdf), not their bytes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from io import BytesIO
from pathlib import Path

import pytest
import weasyprint
from pypdf import PdfReader
from support import Recorder, attachments
from test_brief import ev, make_config, sample_facts

from briefings.brief import build_brief
from briefings.errors import TemplateError
from briefings.models import Article, Casualty, Facts, Statement
from briefings.render import render_html, render_pdf
from briefings.render.pdf import ResourceRefused, TemplateFolderFetcher
from briefings.render.templates import default_dir

HEADINGS = [
    "Key developments",
    "Casualties",
    "Positions",
    "Diplomatic steps",
    "Ground situation",
    "Timeline",
    "Sources",
]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


@pytest.fixture(scope="module")
def sample():
    config = make_config()
    brief = build_brief(sample_facts(), config)
    html = render_html(brief, config)
    return config, brief, html


# -- HTML ----------------------------------------------------------------------


def test_html_has_every_section_and_the_header(sample):
    _, _, html = sample
    for heading in HEADINGS:
        assert f"<h2>{heading}</h2>" in html
    assert "Esk Valley Situation Brief" in html
    assert 'As of <span class="as-of-date">14 May 2031</span>' in html
    assert "10–13 May 2031" in html
    assert "OFFICIAL – SENSITIVE" in html


def test_html_is_one_self_contained_file(sample):
    _, _, html = sample
    assert "<style>" in html and "@page" in html  # the CSS is inlined
    assert 'rel="stylesheet"' not in html
    assert not re.search(r'\ssrc="', html)


def test_citations_link_to_sources_and_carry_the_sentence(sample):
    _, brief, html = sample
    for s in brief.sources:
        assert f'id="src-{s.n}"' in html
    assert (
        '<a class="cite" href="#src-3" title="Northern Front fighters captured the Tolvik '
        'bridge on Tuesday.">[3]</a>'
    ) in html
    # quotes in a source sentence are escaped inside the attribute
    assert 'title="&#34;We will not negotiate' in html


def test_source_urls(sample):
    _, _, html = sample
    assert 'href="https://northwire.example/esk/marren-shelling"' in html
    assert 'href="javascript' not in html  # shown as text, never a link
    assert "javascript:alert(1)" in html


def test_empty_sections_say_so():
    config = make_config(marking=None)
    facts = Facts(as_of="2031-05-14", articles=sample_facts().articles[:1])
    html = render_html(build_brief(facts, config), config)
    for what in ("developments", "casualties", "diplomatic steps", "ground events"):
        assert f"No {what} reported in these sources." in html
    assert "No positions reported in these sources." in html
    assert "marking" not in html.split("<body>")[1].split("</header>")[0]


# -- PDF -----------------------------------------------------------------------


def test_pdf_reads_like_a_brief(sample):
    config, _, html = sample
    pdf = render_pdf(html, config)
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf)
    for heading in HEADINGS:
        assert heading in text
    pages = len(PdfReader(BytesIO(pdf)).pages)
    assert f"Page 1 of {pages}" in text
    assert "As of 14 May 2031" in text
    assert text.count("OFFICIAL – SENSITIVE") >= 2 * pages  # header and footer of every page
    assert "30–35" in text and "Tolvik bridge" in text
    assert attachments(pdf) == []


def test_pdf_uses_dejavu_everywhere(sample):
    config, _, html = sample
    reader = PdfReader(BytesIO(render_pdf(html, config)))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("DejaVu" in f for f in fonts), fonts


# -- untrusted text --------------------------------------------------------------

HOSTILE = (
    '<link rel="attachment" href="file:///etc/passwd">'
    '<img src="http://127.0.0.1:9/x.png"><script>alert(1)</script>'
    "<style>@import url(file:///etc/passwd);</style>"
)


def test_article_text_is_escaped():
    config = make_config()
    facts = sample_facts()
    article = replace(facts.articles[0], title=HOSTILE)
    facts.articles[0] = article
    facts.statements.append(Statement("kestria", HOSTILE, HOSTILE, True, ev("a1", HOSTILE)))
    facts.casualties.append(
        Casualty("civilians", "killed", 3, ev("a1", HOSTILE), location=HOSTILE, claimed_by=HOSTILE)
    )
    html = render_html(build_brief(facts, config), config)
    for raw in ('<link rel="attachment"', "<img", "<script", "<style>@import"):
        assert raw not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;link rel=&#34;attachment&#34; href=&#34;file:///etc/passwd&#34;&gt;" in html
    pdf = render_pdf(html, config)
    assert attachments(pdf) == []
    assert "<script>alert(1)</script>" in pdf_text(pdf)  # shown as text, harmlessly


MARKER = "MARKER-OUTSIDE-7F3A"


def marker_files(folder: Path) -> Path:
    """Files whose content, if read, shows up in the PDF's text."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "secret.css").write_text(f'body::after {{ content: "{MARKER}" }}')
    (folder / "secret.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40">'
        f'<text x="0" y="20" font-family="DejaVu Sans">{MARKER}</text></svg>'
    )
    (folder / "secret.txt").write_text(MARKER)
    return folder


def hostile_page(url: str, local: str) -> str:
    """Raw HTML that tries every way WeasyPrint loads something; ``local`` is a folder URL."""
    return f"""<!DOCTYPE html><html><head>
<link rel="attachment" href="file:///etc/passwd">
<link rel="attachment" href="{local}secret.txt">
<link rel="attachment" href="{url}/attach.txt">
<link rel="stylesheet" href="{url}/linked.css">
<link rel="stylesheet" href="{local}secret.css">
<style>
@import url("{url}/imported.css");
@import url("{local}secret.css");
@font-face {{ font-family: Remote; src: url("{url}/font.ttf"); }}
body {{ background: url("{url}/bg.png"); font-family: Remote, "DejaVu Sans"; }}
</style>
<script src="{url}/script.js"></script>
</head><body>
<p>Visible text</p>
<img src="{url}/x.png">
<img src="{local}secret.svg">
<object data="{local}secret.svg"></object>
<embed src="{local}secret.svg">
<iframe src="{local}secret.txt"></iframe>
<a rel="attachment" href="file:///etc/passwd">passwd</a>
<a rel="attachment" href="{local}secret.txt" download="secret.txt">secret</a>
<a rel="attachment" href="{url}/linked-attachment.txt">remote</a>
</body></html>"""


def test_hostile_html_reads_nothing_and_fetches_nothing(tmp_path, server):
    templates = tmp_path / "templates"
    templates.mkdir()
    outside = marker_files(tmp_path / "outside")
    config = make_config(tmp_path, template_dir=templates)

    pdf = render_pdf(hostile_page(server, outside.as_uri() + "/"), config)

    assert "Visible text" in pdf_text(pdf)
    assert MARKER not in pdf_text(pdf)
    assert attachments(pdf) == []
    assert b"root:" not in pdf and MARKER.encode() not in pdf
    assert Recorder.requests == []


def test_the_checks_above_would_see_a_leak(tmp_path, server):
    """Controls: the same page does leak through WeasyPrint's own fetcher, and files
    inside the template folder are served, so the assertions above can fail."""
    outside = marker_files(tmp_path / "outside")
    html = hostile_page(server, outside.as_uri() + "/")
    leaky = weasyprint.HTML(string=html).write_pdf()
    assert Recorder.requests  # the server counts requests
    assert attachments(leaky)  # the attachment checks see attachments

    templates = marker_files(tmp_path / "templates")
    config = make_config(tmp_path, template_dir=templates)
    allowed = render_pdf(hostile_page("http://127.0.0.1:9", ""), config)
    assert MARKER in pdf_text(allowed)  # relative URLs resolve in the template folder


def test_fetcher_serves_only_the_template_folders(tmp_path):
    inside = marker_files(tmp_path / "templates")
    outside = marker_files(tmp_path / "outside")
    (inside / "escape.css").symlink_to(outside / "secret.css")
    fetcher = TemplateFolderFetcher([inside])

    assert (
        fetcher.fetch((inside / "secret.css").as_uri()).read()
        == (inside / "secret.css").read_bytes()
    )
    assert fetcher.fetch("data:text/plain,hello").read() == b"hello"
    for url in [
        (outside / "secret.css").as_uri(),
        (inside / "escape.css").as_uri(),  # a symlink out of the folder
        inside.as_uri() + "/../outside/secret.css",
        inside.as_uri() + "/missing.css",
        "file:///etc/passwd",
        "file://example.com/etc/passwd",
        "http://127.0.0.1:9/x.png",
        "https://example.com/",
        "ftp://example.com/x",
    ]:
        with pytest.raises(ResourceRefused):
            fetcher.fetch(url)


# -- templates -------------------------------------------------------------------


def test_default_templates_are_found():
    assert (default_dir() / "brief.html").is_file()
    assert (default_dir() / "brief.css").is_file()


def test_override_extends_the_default(tmp_path, sample):
    _, brief, _ = sample
    (tmp_path / "brief.html").write_text(
        '{% extends "default:brief.html" %}\n'
        "{% block key_developments %}<section><h2>Key developments</h2>"
        "<p>Minister's summary: {{ brief.header.n_sources }} sources.</p>"
        "</section>{% endblock %}\n"
    )
    config = make_config(tmp_path, template_dir=tmp_path)
    html = render_html(brief, config)
    assert "Minister's summary: 5 sources." in html  # autoescape keeps the apostrophe safe
    assert "30–35" in html  # the other blocks come from the default
    assert "<h2>Sources</h2>" in html


def test_override_of_the_css_alone(tmp_path, sample):
    _, brief, _ = sample
    (tmp_path / "brief.css").write_text("h2 { color: #004400; }")
    html = render_html(brief, make_config(tmp_path, template_dir=tmp_path))
    assert "h2 { color: #004400; }" in html
    assert "@page" not in html  # the override replaced the default CSS


def test_syntax_error_names_file_and_line(tmp_path, sample):
    _, brief, _ = sample
    broken = tmp_path / "brief.html"
    broken.write_text('{% extends "default:brief.html" %}\n\n{% block timeline %}{% if %}\n')
    with pytest.raises(TemplateError) as err:
        render_html(brief, make_config(tmp_path, template_dir=tmp_path))
    message = err.value.message
    assert f"{broken}, line 3" in message
    assert "syntax error" in message
    assert "Traceback" not in message


def test_undefined_field_names_file_line_and_fields(tmp_path, sample):
    _, brief, _ = sample
    broken = tmp_path / "brief.html"
    broken.write_text(
        '{% extends "default:brief.html" %}\n'
        "{% block timeline %}\n"
        "<p>{{ brief.header.minister }}</p>\n"
        "{% endblock %}\n"
    )
    with pytest.raises(TemplateError) as err:
        render_html(brief, make_config(tmp_path, template_dir=tmp_path))
    message = err.value.message
    assert f"{broken}, line 3" in message
    assert "minister" in message and "brief.casualties" in message


def test_missing_template_names_the_folders_searched(tmp_path, sample):
    _, brief, _ = sample
    (tmp_path / "brief.html").write_text('{% extends "default:nothere.html" %}\n')
    with pytest.raises(TemplateError) as err:
        render_html(brief, make_config(tmp_path, template_dir=tmp_path))
    message = err.value.message
    assert "'default:nothere.html' not found" in message
    assert str(tmp_path) in message and str(default_dir()) in message


def test_missing_partial_in_an_override(tmp_path, sample):
    _, brief, _ = sample
    (tmp_path / "brief.html").write_text('{% include "masthead.html" %}\n')
    with pytest.raises(TemplateError) as err:
        render_html(brief, make_config(tmp_path, template_dir=tmp_path))
    assert "'masthead.html' not found; searched" in err.value.message
    assert f"put it in {tmp_path}" in err.value.message


def test_an_article_cannot_smuggle_template_syntax():
    config = make_config()
    facts = sample_facts()
    facts.articles[0] = replace(facts.articles[0], title="{{ brief.header }} {% raw %}")
    html = render_html(build_brief(facts, config), config)
    assert "{{ brief.header }} {% raw %}" in html  # data is never rendered as a template


def test_an_unknown_actor_id_in_an_article_is_shown_as_given():
    config = make_config()
    facts = Facts(
        as_of="2031-05-14",
        articles=[Article("a1", "x.txt", "T", "...")],
        casualties=[Casualty("Ostmark", "killed", 2, ev("a1", "Two Ostmark monitors died."))],
    )
    html = render_html(build_brief(facts, config), config)
    assert "<td>Ostmark</td>" in html
