"""Rendering: the HTML and PDF a reader gets, and that untrusted text cannot reach out.

PDFs are checked by their extracted text, fonts and structure (pypdf), not their
bytes; pixels are checked in test_browser.py, whole HTML files in test_golden.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path

import pytest
import weasyprint
from pypdf import PdfReader
from support import Recorder, attachments
from test_brief import (
    LEDGER,
    POSITIONS,
    empty_findings,
    ev,
    make_config,
    sample_facts,
    sample_findings,
)

from briefings.analysis.model import Claim, Findings, LedgerRow, Position
from briefings.brief import build_brief
from briefings.errors import TemplateError
from briefings.models import Article, Facts
from briefings.render import render_html, render_pdf
from briefings.render.pdf import ResourceRefused, TemplateFolderFetcher
from briefings.render.templates import default_dir

#: The sections in reading order (the key-figures strip comes first, above them).
HEADINGS = [
    "Key developments",
    "Positions",
    "Diplomatic track",
    "Ground situation",
    "Casualties",
    "Timeline",
    "Sources",
]
#: The sections whose every line must cite a source (all but Sources).
MAIN_SECTIONS = (
    "key-figures",
    "key-developments",
    "positions",
    "diplomatic-track",
    "ground-situation",
    "casualties",
    "timeline",
)


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def with_findings(**changes) -> Findings:
    return replace(sample_findings(), **changes)


class Lines(HTMLParser):
    """Every line of the main sections: list items, table body rows, key figures.

    Records each line's text and whether it holds a citation link to a source.
    """

    VOID = {"br", "img", "meta", "link", "hr", "input", "wbr", "col", "source"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict]] = []
        self.section: str | None = None
        self.open: list[dict] = []  # the lines being read, innermost last
        self.lines: list[dict] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "section":
            self.section = a.get("id")
        in_tbody = any(t == "tbody" for t, _ in self.stack)
        if self.section in MAIN_SECTIONS and (
            tag == "li" or (tag == "tr" and in_tbody) or "key-figure" in classes
        ):
            line = {"section": self.section, "text": "", "cited": False, "depth": len(self.stack)}
            self.open.append(line)
            self.lines.append(line)
        if tag == "a" and "cite" in classes and (a.get("href") or "").startswith("#src-"):
            for line in self.open:
                line["cited"] = True
        if tag not in self.VOID:
            self.stack.append((tag, a))

    def handle_endtag(self, tag):
        while self.stack:
            t, _ = self.stack.pop()
            while self.open and self.open[-1]["depth"] >= len(self.stack):
                self.open.pop()
            if t == tag:
                break
        if tag == "section":
            self.section = None

    def handle_data(self, data):
        for line in self.open:
            line["text"] += data


def lines_of(html: str) -> list[dict]:
    parser = Lines()
    parser.feed(html)
    return parser.lines


@pytest.fixture(scope="module")
def sample():
    config = make_config()
    brief = build_brief(sample_facts(), config, sample_findings())
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
        '<a class="cite" href="#src-3" aria-label="Source 3: Northern Front fighters captured '
        'the Tolvik bridge on Tuesday.">[3]</a>'
    ) in html
    # quotes in a source sentence are escaped inside the attribute
    assert 'aria-label="Source 1: &#34;We will not negotiate' in html
    # the sentence shows on hover and on keyboard focus, on screen only
    css = html.split("<style>")[1].split("</style>")[0]
    screen = css.split("@media screen {")[1]
    assert "a.cite:hover::after, a.cite:focus::after" in screen
    assert "content: attr(aria-label)" in screen


def test_every_line_of_the_main_sections_cites_a_source(sample):
    _, _, html = sample
    lines = lines_of(html)
    assert {line["section"] for line in lines} == set(MAIN_SECTIONS)
    uncited = [(line["section"], " ".join(line["text"].split())) for line in lines]
    uncited = [u for u, line in zip(uncited, lines, strict=True) if not line["cited"]]
    assert uncited == []
    assert len(lines) >= 30


def test_the_citation_check_would_see_an_uncited_line(sample):
    _, _, html = sample
    bare = html.replace(
        '<li><span class="date">16 May 2031</span>', "<li>Talks, uncited</li><li>", 1
    )
    assert bare != html
    assert [line["text"] for line in lines_of(bare) if not line["cited"]] == ["Talks, uncited"]


def test_key_figures_strip_comes_first(sample):
    _, _, html = sample
    body = html.split("<main>")[1]
    assert body.index('id="key-figures"') < body.index("<h2>Key developments</h2>")
    assert '<span class="num">30–35</span> <span class="kind">killed</span>' in html
    assert '<span class="num">about 4,000</span> <span class="kind">displaced</span>' in html
    headings = re.findall(r"<h2>([^<]+)</h2>", html)
    assert headings == HEADINGS  # in the order the issue asks for


def test_status_history_and_disagreements_are_shown(sample):
    _, _, html = sample
    text = re.sub(r"<[^>]+>", "", html)
    text = re.sub(r"\s*\[\d\]", "", text)
    assert "planned, Geneva (Esk Daily, 12 May)" in text
    assert "disputed: not planned (Ilse Marek, 12 May)" in text
    assert "earlier: proposed, Halden (United Nations, 10 May)" in text
    assert "Coming up" in text
    assert "16 May 2031 Talks: Valdoria, Kestria and United Nations, in Geneva" in text


def test_ledger_shows_claims_side_by_side_with_claimants(sample):
    _, _, html = sample
    text = " ".join(re.sub(r"\s*\[\d\]", "", re.sub(r"<[^>]+>", "", html)).split())
    assert "12 (reported by Northwire and Esk Daily, 2 sources); 14 (Marren mayor)" in text
    assert "claims differ" in text
    assert "killedcumulative" in text.replace(" ", "")  # running totals are marked
    assert "SINGLE SOURCE" in text.upper()


def test_chart_is_inline_svg_with_a_text_alternative(sample):
    _, _, html = sample
    figure = html.split('<figure class="chart">')[1].split("</figure>")[0]
    assert figure.lstrip().startswith("<svg")
    assert 'role="img"' in figure and "<desc" in figure and "<figcaption>" in figure
    assert "Claimed casualty figures by party" in figure


def test_source_urls(sample):
    _, _, html = sample
    assert 'href="https://northwire.example/esk/marren-shelling"' in html
    assert 'href="javascript' not in html  # shown as text, never a link
    assert "javascript:alert(1)" in html


def test_empty_sections_say_so():
    config = make_config(marking=None)
    facts = Facts(as_of="2031-05-14", articles=sample_facts().articles[:1])
    html = render_html(build_brief(facts, config, empty_findings()), config)
    for what in ("developments", "casualties", "diplomatic steps", "ground events", "positions"):
        assert f"No {what} reported in these sources." in html
    assert "No killed or displaced reported in these sources." in html
    assert "<svg" not in html and "Coming up" not in html
    assert "marking" not in html.split("<body>")[1].split("</header>")[0]


# -- PDF -----------------------------------------------------------------------


@pytest.mark.slow
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
    assert "Esk Valley Situation Brief" in text.split("Page 2 of")[0]  # running header
    assert attachments(pdf) == []


def test_print_rules(sample):
    """Rows never split across pages, table heads repeat, running header and page X of Y."""
    _, _, html = sample
    css = html.split("<style>")[1].split("</style>")[0]
    assert "tr { break-inside: avoid; }" in css
    assert "thead { display: table-header-group; }" in css
    assert 'content: "Page " counter(page) " of " counter(pages);' in css
    assert "content: string(title);" in css and "string-set: marking content();" in css


@pytest.mark.slow
def test_pdf_chart_is_vector(sample):
    config, _, html = sample
    reader = PdfReader(BytesIO(render_pdf(html, config)))
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        subtypes = {str(x.get_object().get("/Subtype")) for x in xobjects.values()}
        assert "/Image" not in subtypes  # the SVG became paths and text, not pixels
    assert "Esk Relief Council" in pdf_text(render_pdf(html, config))


#: The brief's typefaces (Debian fonts-sil-charis and fonts-open-sans), as embedded.
BRIEF_FONTS = ("Charis-SIL", "Open-Sans")


def fonts_used(pdf: bytes) -> tuple[set[str], list[dict[str, str]]]:
    """Every font embedded, and per page the font of each run of text (pypdf's visitor)."""
    reader = PdfReader(BytesIO(pdf))
    embedded: set[str] = set()
    pages = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            embedded.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
        runs: dict[str, str] = {}

        def visit(text, cm, tm, font, size, runs=runs):
            if text.strip() and font is not None:
                runs[" ".join(text.split())] = str(font["/BaseFont"]).split("+")[-1]

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return embedded, pages


def margin_box_fonts(pages: list[dict[str, str]]) -> set[str]:
    """The fonts of the running header and footer: the page number and the date."""
    fonts = set()
    for i, runs in enumerate(pages, start=1):
        found = [f for t, f in runs.items() if re.fullmatch(rf"Page {i} of \d+", t)]
        assert found, f"no page number on page {i}: {sorted(runs)[:5]}"
        fonts.update(found)
        if i > 1:
            fonts.update(f for t, f in runs.items() if t.startswith("As of "))
    return fonts


@pytest.mark.slow
def test_pdf_uses_the_brief_fonts_everywhere(sample):
    config, _, html = sample
    embedded, pages = fonts_used(render_pdf(html, config))
    assert embedded and all(f.startswith(BRIEF_FONTS) for f in embedded), embedded
    assert any(f.startswith("Charis-SIL") for f in embedded)  # the body
    assert any(f.startswith("Open-Sans") for f in embedded)  # headings, tables
    margins = margin_box_fonts(pages)
    assert margins and all(f.startswith("Open-Sans") for f in margins), margins


@pytest.mark.slow
def test_the_font_check_would_see_a_fallback(tmp_path, sample):
    """Control: margin boxes do not inherit the body's font; one left to default is seen."""
    _, brief, _ = sample
    (tmp_path / "brief.html").write_text(
        '{% extends "default:brief.html" %}\n{% block head %}<style>'
        '@page { @bottom-right { font-family: "DejaVu Sans"; } }</style>{% endblock %}\n'
    )
    config = make_config(tmp_path, template_dir=tmp_path)
    embedded, pages = fonts_used(render_pdf(render_html(brief, config), config))
    assert any(f.startswith("DejaVu") for f in embedded)
    assert any(f.startswith("DejaVu") for f in margin_box_fonts(pages))


# -- untrusted text --------------------------------------------------------------

HOSTILE = (
    '<link rel="attachment" href="file:///etc/passwd">'
    '<img src="http://127.0.0.1:9/x.png"><script>alert(1)</script>'
    "<style>@import url(file:///etc/passwd);</style>"
)


def hostile_findings() -> Findings:
    """Article text in every kind of field the brief shows: names, places, quotes, figures."""
    said = replace(
        POSITIONS[0].themes[0][1][0], speaker=HOSTILE, text=HOSTILE, evidence=(ev("a1", HOSTILE),)
    )
    row = replace(
        LEDGER[0],
        location=HOSTILE,
        claims=(replace(LEDGER[0].claims[0], claimant=HOSTILE, figure=HOSTILE),),
    )
    return with_findings(
        positions=(Position("kestria", (("says", (said,)),)),), ledger=(row, *LEDGER[1:])
    )


@pytest.mark.slow
def test_article_text_is_escaped():
    config = make_config()
    facts = sample_facts()
    article = replace(facts.articles[0], title=HOSTILE)
    facts.articles[0] = article
    html = render_html(build_brief(facts, config, hostile_findings()), config)
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


@pytest.mark.slow
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


@pytest.mark.slow
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
    html = render_html(build_brief(facts, config, sample_findings()), config)
    assert "{{ brief.header }} {% raw %}" in html  # data is never rendered as a template


def test_an_unknown_actor_id_in_an_article_is_shown_as_given():
    config = make_config()
    facts = Facts(as_of="2031-05-14", articles=[Article("a1", "x.txt", "T", "...")])
    said = ev("a1", "Two Ostmark monitors died.")
    claim = Claim("2", 2, None, None, False, None, ("Wire",), "2031-05-13", (said,), 1)
    row = LedgerRow("c1", "Ostmark", "killed", None, None, False, (claim,))
    html = render_html(build_brief(facts, config, replace(empty_findings(), ledger=(row,))), config)
    # one claim, one source, no date or place: said on a line of "Other casualty reports"
    assert '<span class="actor">Ostmark</span> killed: 2 (reported by Wire)' in html
    placed = replace(row, location="Tolvik")
    html = render_html(
        build_brief(facts, config, replace(empty_findings(), ledger=(placed,))), config
    )
    assert '<td>Ostmark <span class="kind">killed</span></td>' in html


# -- the chart ---------------------------------------------------------------------


def points():
    import datetime as dt

    from briefings.render.chart import ChartPoint

    day = dt.date(2031, 5, 10)
    return [
        ChartPoint(
            "Civilians", day, 40, "Council", cumulative=True, line="c6", label="at least 40"
        ),
        ChartPoint("Civilians", day.replace(day=13), 52, "Council", cumulative=True, line="c6"),
        ChartPoint("Civilians", day.replace(day=12), 12, None),
        ChartPoint(HOSTILE, day.replace(day=11), 7, HOSTILE),
    ]


def test_chart_is_deterministic_escaped_and_joins_only_one_tally():
    from briefings.render.chart import casualty_chart

    svg = casualty_chart(points())
    assert svg == casualty_chart(list(reversed(points())))  # input order does not matter
    assert "<script" not in svg and "&lt;script&gt;" in svg
    assert svg.count('stroke-linejoin="round"') == 1  # the running total, not the incidents
    assert ">at least 40</text>" in svg  # the figure as claimed, not the number it plots at
    assert "12 killed on 12 May 2031 (claimant not stated)" in svg
    assert casualty_chart([]) == ""


def test_chart_with_one_point_or_a_bad_figure():
    import datetime as dt

    from briefings.render.chart import ChartPoint, casualty_chart

    one = casualty_chart([ChartPoint("Kestria", dt.date(2031, 5, 10), 3, "Valdoria")])
    assert "<svg" in one and "10 May 2031" in one
    with pytest.raises(ValueError, match="negative"):
        casualty_chart([ChartPoint("Kestria", dt.date(2031, 5, 10), -1, None)])


def test_what_others_said_and_is_left_out_is_counted_by_their_name():
    said = POSITIONS[0].themes[0][1][0]
    many = tuple(
        replace(said, actor="Orla Venn", speaker="Orla Venn", text=f"point {i} of the appeal")
        for i in range(12)
    )
    config = make_config()
    findings = with_findings(positions=(*POSITIONS, Position("Orla Venn", (("says", many),))))
    html = render_html(build_brief(sample_facts(), config, findings), config)
    assert re.search(r"more statements by Orla Venn in the sources", html)
    assert "by this side" not in html.split("<h3>Others</h3>")[1].split("</div>")[0]
