"""Reading articles (briefings.sources): formats, metadata, bad input, duplicates.

Fixtures in tests/fixtures/sources are invented stories about a fictional
border conflict. The real seed articles are read from ../shared, never copied.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefings.errors import SourceError
from briefings.models import Article
from briefings.sources import ReadResult, read_articles

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "sources"


def read_one(name: str, default_year: int | None = 2024) -> Article:
    result = read_articles([FIXTURES / name], default_year=default_year)
    assert not result.problems, result.problems
    (article,) = result.articles
    return article


@pytest.fixture(scope="module")
def folder() -> ReadResult:
    return read_articles([FIXTURES], default_year=2024)


def by_name(result: ReadResult, name: str) -> Article:
    return next(a for a in result.articles if Path(a.path.split("#")[0]).name.startswith(name))


def test_plain_text_header_lines() -> None:
    article = read_one("01_wire.txt")
    assert article.title == "Northland and Southland agree to talks after border clashes"
    assert article.source == "Reuters" and article.byline == "Reuters"
    assert article.outlets == ("Reuters",)
    assert article.published == "2024-05-08"
    # the address was broken by a space when pasted; the line is not body text
    assert article.url == "https://example.org/2024/05/08/northland-southland-agree-to-talks"
    assert article.text.startswith("Northland and Southland agreed on Wednesday")
    assert "Original url" not in article.text and "example.org" not in article.text
    assert "Related article" not in article.text
    assert article.format == "txt" and article.id == "a1"


def test_body_is_verbatim() -> None:
    raw = (FIXTURES / "01_wire.txt").read_text(encoding="utf-8")
    for paragraph in read_one("01_wire.txt").text.split("\n\n"):
        assert paragraph in raw


def test_dateline_gives_place_agency_and_date() -> None:
    article = read_one("02_dateline.txt")
    assert article.dateline == "NORDA"
    assert article.source == "NPA"
    assert article.published == "2024-05-09"
    assert article.title == "Northland says ceasefire talks will open in Geneva on Friday"


def test_dateline_without_year_and_without_default_year_has_no_date() -> None:
    assert read_one("02_dateline.txt", default_year=None).published is None


def test_front_matter() -> None:
    article = read_one("03_frontmatter.md")
    assert article.title == "Aid convoy reaches Dalmi as guns fall silent"
    assert (article.source, article.byline) == ("Valley Herald", "Mira Tol")
    assert article.published == "2024-05-10"
    assert article.url == "https://example.org/valley/aid-convoy-dalmi"
    assert article.text.startswith("A convoy of 14 aid trucks") and "---" not in article.text
    assert article.format == "md"


def test_html_page() -> None:
    article = read_one("04_page.html")
    assert article.title == "Southland reports shelling near Dalmi"
    assert article.source == "Coastal Times"
    assert article.published == "2024-05-07"
    assert article.url == "https://example.org/coastal/shelling-dalmi"
    assert "wounding five civilians" in article.text
    assert "Copyright" not in article.text and "Home" not in article.text
    assert article.format == "html"


def test_html_fallback_when_trafilatura_finds_nothing(tmp_path: Path) -> None:
    page = tmp_path / "short.htm"
    page.write_text(
        "<html><head><title>Dalmi curfew lifted</title></head>"
        "<body><p>The curfew in Dalmi was lifted on Sunday.</p></body></html>",
        encoding="utf-8",
    )
    article = read_articles([page]).articles[0]
    assert article.title == "Dalmi curfew lifted"
    assert article.text == "The curfew in Dalmi was lifted on Sunday."


def test_feed_file_one_article_per_entry() -> None:
    result = read_articles([FIXTURES / "05_feed.rss"])
    first, second = result.articles
    assert first.title == "Bridge at Dalmi reopens to traffic"
    assert first.text == "The bridge at Dalmi reopened to traffic on Saturday, engineers said."
    assert first.source == "River Valley Radio"
    assert first.published == "2024-05-11" and second.published == "2024-05-12"
    assert first.url == "https://example.org/rvr/bridge-reopens"
    assert first.format == "feed" and first.path.endswith("05_feed.rss#1")


def test_jsonl_bad_line_is_reported_with_its_number() -> None:
    result = read_articles([FIXTURES / "06_records.jsonl"])
    assert [a.title for a in result.articles] == [
        "Southland parliament debates the talks",
        "Northland mobilises reservists",
    ]
    (problem,) = result.problems
    assert problem.path.endswith("06_records.jsonl")
    assert problem.message.startswith("line 2: not valid JSON")
    first, third = result.articles
    assert first.id == "rec-1"  # a record's own id is kept
    assert third.text.startswith("Northland called up 2,000")  # "body" is a text synonym
    assert third.published == "2024-05-06"  # "date" is a published synonym
    assert third.path.endswith("06_records.jsonl:3")


def test_json_list_and_partial_dates() -> None:
    result = read_articles([FIXTURES / "07_list.json"])
    observers, farmers = result.articles
    assert observers.text.startswith("A team of 20")  # "content" is a text synonym
    assert observers.published == "2024-05"  # only a month given: only a month kept
    assert farmers.published == "2024-05-11"


def test_cp1252_file_is_decoded() -> None:
    article = read_one("08_cp1252.txt")
    assert article.title == "Café owners in Dalmi reopen after the shelling"
    assert "“quiet”" in article.text and "–" in article.text and "Renée" in article.text
    assert article.source == "Harbor Wire"


def test_latin1_file_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    text = "Réfugiés return to Dalmi\n\nThe réfugiés returned on Friday.\n"
    path.write_bytes(text.encode("latin-1"))
    assert read_articles([path]).articles[0].title == "Réfugiés return to Dalmi"


def test_folder_reads_everything_and_reports_the_binary_file(folder: ReadResult) -> None:
    names = [Path(a.path.split("#")[0].split(":")[0]).name for a in folder.articles]
    assert names == sorted(names)  # sorted path order
    # 10 files: the copy is folded, the feed, .jsonl and .json hold two each
    assert len(folder.articles) == 11
    assert [a.id for a in folder.articles] == [
        "a1",
        "a2",
        "a3",
        "a4",
        "a5",
        "a6",
        "rec-1",
        "a8",
        "a9",
        "a10",
        "a11",
    ]
    binary = [p for p in folder.problems if p.path.endswith("09_scan.txt")]
    assert [p.message for p in binary] == [
        "looks like a binary file, not an article; remove it or convert it to text"
    ]
    assert len(folder.problems) == 2  # the binary file and the bad JSON line


def test_near_duplicate_is_folded_with_both_outlets(folder: ReadResult) -> None:
    story = by_name(folder, "02_dateline")
    assert story.outlets == ("NPA", "Lakeside Daily")
    assert [Path(p).name for p in story.duplicates] == ["10_copy_of_dateline.txt"]
    assert not any(a.path.endswith("10_copy_of_dateline.txt") for a in folder.articles)


def test_different_stories_are_not_folded(folder: ReadResult) -> None:
    assert sum(len(a.duplicates) for a in folder.articles) == 1


def test_exact_duplicate_files(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "01_wire.txt", tmp_path / "a.txt")
    shutil.copy(FIXTURES / "01_wire.txt", tmp_path / "b.txt")
    (article,) = read_articles([tmp_path]).articles
    assert article.path.endswith("a.txt") and article.duplicates[0].endswith("b.txt")


def test_glob(tmp_path: Path) -> None:
    result = read_articles([str(FIXTURES / "0[12]_*.txt")], default_year=2024)
    assert [Path(a.path).name for a in result.articles] == ["01_wire.txt", "02_dateline.txt"]


def test_missing_path_is_a_source_error() -> None:
    with pytest.raises(SourceError, match="nope.txt: no such file or folder"):
        read_articles(["nope.txt"])


def test_glob_matching_nothing_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"\*\.txt: no files match this pattern"):
        read_articles([str(tmp_path / "*.txt")])


def test_empty_folder_is_a_source_error(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK")  # unknown extension: not read from a folder
    with pytest.raises(SourceError, match="no files with a known extension"):
        read_articles([tmp_path])


def test_every_file_bad_is_a_source_error_listing_why(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "scan.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 200)
    with pytest.raises(SourceError) as info:
        read_articles([tmp_path])
    message = info.value.message
    assert "no articles could be read" in message
    assert "empty.txt: the file is empty" in message and "scan.txt: looks like a binary" in message


def test_unknown_extension_named_explicitly_is_a_problem(tmp_path: Path) -> None:
    odd = tmp_path / "report.docx"
    odd.write_bytes(b"PK\x03\x04")
    result = read_articles([odd, FIXTURES / "01_wire.txt"])
    (problem,) = result.problems
    assert problem.path == str(odd) and "unknown file type '.docx'" in problem.message
    assert len(result.articles) == 1


def test_banner_lines_and_short_titles(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text(
        "Menu\n\nDalmi calm\n\nThe town of Dalmi was calm on Sunday, residents said, "
        "as the first aid trucks crossed the bridge and shops opened again for the "
        "first time in two weeks.\n",
        encoding="utf-8",
    )
    assert read_articles([path]).articles[0].title == "Dalmi calm"


# -- the real seed articles (read from ../shared, never copied) --------------


def test_seed_articles(seed_paths: list[Path]) -> None:
    result = read_articles(seed_paths, default_year=2020)
    assert not result.problems
    assert len(result.articles) == 5  # five different stories: nothing folded
    by_file = {Path(a.path).name[:3]: a for a in result.articles}
    reuters = by_file["001"]
    assert reuters.title == (
        "Kremlin to Turkey: Help Stop Attacks on Syrian and Russian Forces in Idlib"
    )
    assert reuters.source == "Reuters" and reuters.published == "2020-02-11"
    assert reuters.url and reuters.url.startswith("https://www.themoscowtimes.com/2020/02/11/")
    assert "Original url" not in reuters.text
    tass = by_file["002"]
    assert (tass.source, tass.dateline, tass.published) == ("TASS", "MOSCOW", "2020-03-04")
    assert by_file["000"].title == (
        "Kremlin Says Putin-Erdogan Talks Can Be Arranged After Turkish Strikes In Syria"
    )
    assert by_file["003"].title == (
        "Kremlin accuses Turkey of failing to ‘neutralise terrorists’ in Idlib"
    )
    for article in result.articles:
        assert not article.text.startswith(article.title)
        raw = Path(article.path).read_text(encoding="utf-8")
        for paragraph in article.text.split("\n"):
            assert paragraph in raw  # verbatim


@pytest.mark.slow
def test_fakes_jsonl_is_read_whole() -> None:
    """(How fast: benchmarks/run.py times the read stage; no test is timed.)"""
    from support import need_shared

    path = need_shared("data", "fa-kes", "fakes.jsonl")
    result = read_articles([path])
    assert not result.problems
    # 804 lines, 792 distinct ids; repeated and near-identical stories are folded
    assert 760 <= len(result.articles) <= 792
