"""Title, outlet and publication date of every article (briefings/sources/processors.py).

Every text here is invented: the outlets ("Example News", "Example Daily") and
the harbour of Port Vell do not exist.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefings.config import parse_config
from briefings.extract import extract_facts
from briefings.models import Article
from briefings.sources import read_articles
from briefings.sources.processors import Evidence, Metadata, describe

LEDE = (
    "The harbour of Port Vell reopened on Monday after a week of repairs to the eastern "
    "quay, the port authority said in a statement."
)


def read(tmp_path: Path, text: str, name: str = "a.txt", year: int | None = None) -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = read_articles([path], default_year=year)
    assert not result.problems, result.problems
    (article,) = result.articles
    return article


# -- 1. outlet and date lines under the title -------------------------------------------


def test_placeholder_title_with_an_outlet_and_date_line(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        "Untitled (example-news.com)\n"
        "Example News · 2023-04-30\n"
        "Original url: https://example-news.com/world/123.html\n\n"
        "The number of ships turned away from Port Vell since the storm began has risen to "
        "40, while 12 more were told to wait at sea, the harbour master said on Sunday.\n\n"
        f"{LEDE}\n",
    )
    assert article.title == (
        "The number of ships turned away from Port Vell since the storm began has risen to 40"
    )
    assert (article.source, article.published) == ("Example News", "2023-04-30")
    assert article.url == "https://example-news.com/world/123.html"
    assert article.text.startswith("The number of ships")  # the lede stays body text
    assert "Example News" not in article.text


def test_outlet_line_just_above_the_address(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        "Port Vell Harbour Reopens\nExample Daily\nOriginal url: https://example.org/a\n\n"
        f"{LEDE}\n",
    )
    assert (article.title, article.source) == ("Port Vell Harbour Reopens", "Example Daily")
    assert article.text == LEDE


def test_outlet_and_date_line_right_under_the_title(tmp_path: Path) -> None:
    article = read(tmp_path, f"Port Vell harbour reopens\nExample News | 2023-04-30\n\n{LEDE}\n")
    assert (article.source, article.published) == ("Example News", "2023-04-30")
    assert article.text == LEDE


def test_a_brand_with_a_lower_case_word_is_an_outlet(tmp_path: Path) -> None:
    # "exm ExampleNews": a brand may start in lower case beside a word with inner capitals
    text = f"Port Vell harbour reopens\nexm ExampleNews · 2023-04-30\n\n{LEDE}\n"
    article = read(tmp_path, text)
    assert (article.source, article.published) == ("exm ExampleNews", "2023-04-30")
    assert article.text == LEDE


def test_a_site_carrying_a_wire_is_an_outlet(tmp_path: Path) -> None:
    text = f"Port Vell harbour reopens\nexample-news.com (AFP) · 2023-04-30\n\n{LEDE}\n"
    article = read(tmp_path, text)
    assert article.published == "2023-04-30"
    assert article.text == LEDE


def test_a_wire_carried_by_a_newsroom_is_an_outlet_line(tmp_path: Path) -> None:
    for i, line in enumerate(
        (
            "Example Wire (via Example Daily) · 2023-04-30",
            "Example Wire via Example Daily · 2023-04-30",
        )
    ):
        text = f"Port Vell harbour reopens\n{line}\nOriginal url: https://example.org/a\n\n{LEDE}\n"
        article = read(tmp_path, text, name=f"{i}.txt")
        assert article.published == "2023-04-30", line
        assert article.text == LEDE, line


def test_a_short_name_between_the_title_and_a_date_line_is_the_outlet(tmp_path: Path) -> None:
    # a newsroom the tool has never heard of, with no "News" in its name
    article = read(
        tmp_path, f"Port Vell harbour reopens\nVellmar\nPublished: 2023-04-30\n\n{LEDE}\n"
    )
    assert (article.source, article.published) == ("Vellmar", "2023-04-30")
    assert article.text == LEDE
    # without the date line under it, a short line is no outlet
    article = read(tmp_path, f"Port Vell harbour reopens\nAnalysis\n\n{LEDE}\n", name="b.txt")
    assert article.source is None


@pytest.mark.parametrize(
    "masthead",
    [
        "The Vellmar",
        "Vellmar Standard",
        "Port Vell Eye",
        "Vellmar Herald",
        "Vell Today (Wire)",
        # an edition's language, a beat, a region
        "Al Vellmar English",
        "Global Defense",
        "Know Dornea Afrika",
    ],
)
def test_a_newspapers_name_over_a_date_line_is_the_outlet(tmp_path: Path, masthead: str) -> None:
    article = read(
        tmp_path, f"Port Vell harbour reopens\n{masthead}\nPublished: 2023-04-30\n\n{LEDE}\n"
    )
    assert (article.source, article.published) == (masthead, "2023-04-30")
    assert article.text == LEDE


@pytest.mark.parametrize(("line", "outlet"), [("Al Vellmar English", "Al Vellmar English"),
                                              ("Jane Roe", None)])  # fmt: skip
def test_a_newspapers_name_beside_its_date_is_the_outlet(
    tmp_path: Path, line: str, outlet: str | None
) -> None:
    article = read(tmp_path, f"Port Vell harbour reopens\n{line} · 2023-04-30\n\n{LEDE}\n")
    assert (article.source, article.published) == (outlet, "2023-04-30")


@pytest.mark.parametrize("label", ["War in Vellmar", "Breaking News", "Vellmar and Dorne"])
def test_a_topic_or_banner_over_a_date_line_is_no_outlet(tmp_path: Path, label: str) -> None:
    article = read(
        tmp_path, f"Port Vell harbour reopens\n{label}\nPublished: 2023-04-30\n\n{LEDE}\n"
    )
    assert article.source is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Vellmar Online", "Vellmar Online"),
        ("The Harbour Times", "The Harbour Times"),
        ("Portnews", "Portnews"),
        # a subheading, a byline or a section under the headline is no outlet
        ("Dozens of ships wait outside the port", None),
        ("Jane Roe", None),
        ("Analysis", None),
    ],
)
def test_a_newspapers_name_alone_under_the_headline_is_the_outlet(
    tmp_path: Path, line: str, outlet: str | None
) -> None:
    article = read(tmp_path, f"Port Vell harbour reopens\n{line}\n\n{LEDE}\n")
    assert article.source == outlet
    if outlet is not None:
        assert article.text == LEDE  # (the outlet's line is no part of the text)


def test_a_person_and_a_wire_over_a_date_line_are_byline_and_outlet(tmp_path: Path) -> None:
    text = f"Port Vell harbour reopens\nJane Roe (Example Wire)\nPublished: 2023-04-30\n\n{LEDE}\n"
    article = read(tmp_path, text)
    assert (article.byline, article.source) == ("Jane Roe", "Example Wire")


def test_a_persons_name_over_a_date_line_is_the_byline_not_the_text(tmp_path: Path) -> None:
    article = read(
        tmp_path, f"Port Vell harbour reopens\nJane Roe\nPublished: 2023-04-30\n\n{LEDE}\n"
    )
    assert (article.source, article.byline, article.published) == (None, "Jane Roe", "2023-04-30")
    assert article.text == LEDE


def test_a_day_in_a_datelines_brackets_is_no_agency(tmp_path: Path) -> None:
    article = read(tmp_path, f"Port Vell harbour reopens\n\nPORT VELL (13 June 2025) – {LEDE}\n")
    assert article.source is None
    assert article.published == "2025-06-13"


def test_placeholder_without_outlet_line_takes_the_outlet_from_the_domain(
    tmp_path: Path,
) -> None:
    article = read(tmp_path, f"Untitled (www.example-news.co.uk)\n\n{LEDE}\n")
    assert article.source == "example-news.co.uk"
    assert article.title == LEDE.rstrip(".")


def test_a_person_beside_a_date_is_the_byline(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        f"Port Vell harbour reopens\n\nJane Roe  |13.04.2023 - Update : 14.04.2023\n\n{LEDE}\n",
    )
    assert (article.byline, article.source, article.published) == ("Jane Roe", None, "2023-04-13")
    assert article.text == LEDE


# -- 2. a date in the title or standfirst line -------------------------------------------


@pytest.mark.parametrize(
    ("lines", "published"),
    [
        ("Port Vell harbour reopens | Thursday, February 27, 2020 2:00:38 PM", "2020-02-27"),
        ("Port Vell harbour reopens\n\nIssued on: 23/07/2022 - 18:40", "2022-07-23"),
        ("Port Vell harbour reopens\n\n13.04.2023 - Update : 14.04.2023", "2023-04-13"),
        (
            "Port Vell harbour reopens\n\nShips may dock again as the storm passes.\n\n"
            "Published On 22 Nov 2023",
            "2023-11-22",
        ),
        # a month in capitals, an agency's name before the label, a zone with minutes
        ("Port Vell harbour reopens\n\nPublished: SEPTEMBER 21, 2023 12:52", "2023-09-21"),
        ("Port Vell harbour reopens\n\nEFE Published 27 Sep, 2023 01:18pm", "2023-09-27"),
        ("Port Vell harbour reopens\n\n9 July 2025 12:08 (UTC+04:00)", "2025-07-09"),
    ],
)
def test_date_line_in_the_header(tmp_path: Path, lines: str, published: str) -> None:
    article = read(tmp_path, f"{lines}\n\n{LEDE}\n")
    assert article.title == "Port Vell harbour reopens"
    assert article.published == published


def test_a_caption_with_a_date_is_no_date_line(tmp_path: Path) -> None:
    article = read(tmp_path, f"Port Vell harbour reopens\nVideo posted 3 March 2022\n\n{LEDE}\n")
    assert article.published is None


def test_a_date_line_must_name_the_day(tmp_path: Path) -> None:
    article = read(tmp_path, f"Port Vell harbour reopens\nPublished: March 2020\n\n{LEDE}\n")
    assert article.published is None


# -- 3. banner lines are not titles --------------------------------------------------------


def test_banner_lines_are_not_titles(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        "Skip to main content\nNational-World\nHome | World | Europe\nA+ A-\n"
        "Port Vell harbour reopens after a week of repairs\n"
        "Last Updated: 26 Nov 2024, 10:16 IST\n"
        "Image Source : Example Agency\n"
        f"{LEDE}\n",
    )
    assert article.title == "Port Vell harbour reopens after a week of repairs"
    assert article.text == LEDE
    assert article.published == "2024-11-26"  # an update, the only date there is


def test_short_headline_above_a_byline(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        "Harbour calm\nBy Jane Roe\nThe harbour was calm on Sunday.\nShips queued outside.\n",
    )
    assert (article.title, article.byline) == ("Harbour calm", "Jane Roe")
    assert article.text.startswith("The harbour was calm on Sunday.")


# -- 4. web pages: the date in the tags, not in the address or the text ------------------

_PAGE = """<html><head><title>Port Vell harbour reopens</title>
<link rel="canonical" href="https://example-news.com/2020/01/02/harbour.html">{head}</head>
<body>{tag}<article><h1>Port Vell harbour reopens</h1><p>{lede}</p>
<p>Talks on the eastern quay resume on 3 May 2022, officials said, and more ships are
expected later this week as the repairs continue along the quay.</p></article></body></html>"""
_GRAPH = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebSite", "name": "Example Courier"},
        {
            "@type": "NewsArticle",
            "datePublished": "2021-03-09T23:30:00-05:00",
            "publisher": {"@type": "Organization", "name": "Example Courier"},
        },
    ],
}


@pytest.mark.parametrize(
    ("head", "tag", "published", "source"),
    [
        (
            '<meta property="article:published_time" content="2021-03-05T10:00:00Z">'
            '<meta property="og:site_name" content="Example Daily">',
            "",
            "2021-03-05",
            "Example Daily",
        ),
        ('<meta name="date" content="2021-03-06">', "", "2021-03-06", None),
        ("", '<meta itemprop="datePublished" content="2021-03-07">', "2021-03-07", None),
        ("", '<time datetime="2021-03-08T09:00">8 March</time>', "2021-03-08", None),
        (
            f'<script type="application/ld+json">{json.dumps(_GRAPH)}</script>',
            "",
            "2021-03-09",
            "Example Courier",
        ),
    ],
)
def test_page_tags_give_the_date_before_the_address(
    tmp_path: Path, head: str, tag: str, published: str, source: str | None
) -> None:
    page = _PAGE.format(head=head, tag=tag, lede=LEDE)
    article = read(tmp_path, page, "page.html")
    assert article.published == published
    assert article.source == (source or "example-news.com")


def test_a_page_without_date_tags_is_not_dated_by_its_text(tmp_path: Path) -> None:
    page = _PAGE.format(head="", tag="", lede=LEDE).replace("2020/01/02/", "")
    assert read(tmp_path, page, "page.html").published is None


def test_a_page_byline_outlet_beats_the_host_name(tmp_path: Path) -> None:
    page = _PAGE.format(head="", tag="", lede=f"By Example Wire</p><p>{LEDE}")
    assert read(tmp_path, page, "page.html").source == "Example Wire"


# -- 5. JSON and feeds keep their own fields first -----------------------------------------


def test_json_fields_first_then_the_texts_date_line(tmp_path: Path) -> None:
    records = [
        {"title": "Harbour reopens", "published": "2021-03-09", "text": f"March 4, 2021\n\n{LEDE}"},
        {"title": "Harbour closes", "text": "Published: March 4, 2021\n\nThe harbour closed."},
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    first, second = read_articles([path]).articles
    assert (first.published, second.published) == ("2021-03-09", "2021-03-04")
    assert second.text.startswith("Published: March 4, 2021")  # a record's text is kept as is


def test_feed_entry_without_a_date_element(tmp_path: Path) -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Example Radio</title>'
        "<item><title>Harbour reopens</title>"
        f"<description>&lt;p&gt;May 8, 2024&lt;/p&gt;&lt;p&gt;{LEDE}&lt;/p&gt;</description>"
        "</item></channel></rss>"
    )
    article = read(tmp_path, feed, "feed.rss")
    assert (article.source, article.published) == ("Example Radio", "2024-05-08")


# -- 6. the address, last -------------------------------------------------------------------


def test_date_in_the_address(tmp_path: Path) -> None:
    cases = {
        "https://example.org/news/2022/10/7/harbour-reopens": "2022-10-07",
        "https://example.org/news/2022/nov/12/harbour-reopens": "2022-11-12",
        "https://example.org/originals/2024/11/harbour-reopens": "2024-11",  # a month
        "https://example.org/article/20221021/harbour": None,  # digits, maybe an id
    }
    for url, published in cases.items():
        article = read(tmp_path, f"Port Vell harbour reopens\nOriginal url: {url}\n\n{LEDE}\n")
        assert article.published == published, url


def test_a_yearless_dateline_takes_the_addresss_year_for_the_same_day(tmp_path: Path) -> None:
    text = (
        "Port Vell harbour reopens\n\n"
        "PORT VELL, April 7 (Example Wire) -- The harbour reopened on Sunday.\n\n"
        "Original url: https://example.org/english/2019-04/07/harbour.html\n"
    )
    article = read(tmp_path, text, year=2020)
    assert (article.published, article.source, article.dateline) == (
        "2019-04-07",
        "Example Wire",
        "PORT VELL",
    )
    other_day = text.replace("2019-04/07", "2019-04/08")
    assert read(tmp_path, other_day, year=2020).published == "2020-04-07"


def test_a_dateline_whose_day_ends_in_a_colon_gives_the_day(tmp_path: Path) -> None:
    text = "Port Vell harbour reopens\n\nPORT VELL, April 7: The harbour reopened on Sunday.\n"
    article = read(tmp_path, text, year=2020)
    assert (article.published, article.dateline) == ("2020-04-07", "PORT VELL")
    # (a place and a colon, with no day, gives no day)
    text = "Port Vell harbour reopens\n\nPORT VELL: The harbour reopened on Sunday.\n"
    assert read(tmp_path, text, year=2020).published is None


def test_a_list_of_places_is_not_an_agency(tmp_path: Path) -> None:
    text = "Port Vell harbour reopens\n\nPORT VELL / DALMI / NORDA –\nThe harbours reopened.\n"
    assert read(tmp_path, text).source is None


# -- 7. a date in the story is not its publication date -----------------------------------


def test_a_date_in_the_lede_is_not_the_publication_date(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        f"Port Vell talks set\n\nTalks on the quay resume on 3 May 2022.\n\n{LEDE}\n",
        year=2022,
    )
    config = parse_config(
        "title: Port Vell\ndate: 2022-11-01\nactors:\n  vell: {name: Port Vell}\n",
        Path("test.yaml"),
    )
    assert extract_facts([article], config).articles[0].published is None


# -- the table itself ----------------------------------------------------------------------


def test_each_field_comes_from_the_first_processor_that_tells_it() -> None:
    from briefings.sources.metadata import parse_plain

    text = f"Port Vell harbour reopens\nExample Daily · 2023-04-30\n\n{LEDE}"
    header = parse_plain(text)
    given = Metadata(source="Example News")
    found = describe(Evidence(header.body, given, header=header))
    assert (found.title, found.source, found.published) == (
        "Port Vell harbour reopens",
        "Example News",  # the file's own field wins over its outlet line
        "2023-04-30",  # which still gives what the field left unknown
    )
