"""Text that is not what it seems: control characters and direction overrides in an
article, encodings nobody wrote down, a headline of two words, file names that carry
terminal escapes. Nothing steers the reader's terminal or reorders the brief."""

from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hostile_support import ARTICLE, briefings

pytestmark = pytest.mark.slow

OPENERS = {"\u202a": "E", "\u202b": "E", "\u202d": "E", "\u202e": "E",
           "\u2066": "I", "\u2067": "I", "\u2068": "I"}  # fmt: skip
CLOSERS = {"\u202c": "E", "\u2069": "I"}


def balanced(text: str) -> bool:
    """Every embedding, override and isolate opened in ``text`` is closed in it."""
    stack: list[str] = []
    for ch in text:
        if ch in OPENERS:
            stack.append(OPENERS[ch])
        elif ch in CLOSERS:
            if not stack or stack[-1] != CLOSERS[ch]:
                return False
            stack.pop()
    return not stack


class _Pieces(HTMLParser):
    """Every text node and attribute value of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []

    def handle_data(self, data: str) -> None:
        self.pieces.append(data)

    def handle_starttag(self, tag, attrs) -> None:  # type: ignore[no-untyped-def]
        self.pieces += [value for _, value in attrs if value]


def pieces(html: str) -> list[str]:
    parser = _Pieces()
    parser.feed(html)
    return parser.pieces


def _html(desk: Path, *paths: str):
    result = briefings(
        "generate", "--config", "cfg.yaml", "--format", "html", "--out", "out", *paths, cwd=desk
    )
    page = desk / "out" / "brief-2024-05-10.html"
    return result, page.read_text(encoding="utf-8") if page.exists() else ""


# -- 8: control characters and direction overrides -------------------------------------

HOSTILE = (
    "Border \x07clashes go on\n\n"
    "Northern army shelling killed 12 Southern \x1b[31msoldiers\x08 near Dalmi, the Southland "
    "defence ministry said on Wednesday. Northland said \u202ethe talks failed, and added "
    "that it would respond. Delegations of Northland and Southland held talks in Geneva.\n"
)


def test_control_characters_never_reach_the_html(desk: Path) -> None:
    (desk / "news" / "clashes.txt").write_text(HOSTILE, encoding="utf-8")

    result, html = _html(desk, "news")

    assert result.returncode == 0, result.stderr
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", html)
    assert "Border clashes go on" in html and "[31msoldiers near Dalmi" in html


def test_a_direction_override_is_closed_inside_its_own_text(desk: Path) -> None:
    (desk / "news" / "clashes.txt").write_text(HOSTILE, encoding="utf-8")

    result, html = _html(desk, "news")

    assert result.returncode == 0, result.stderr
    assert "\u202e" in html  # kept: right-to-left text may need it ...
    assert all(balanced(piece) for piece in pieces(html))  # ... but cannot leak past its text
    # and the article's text is isolated from the brief's own words around it
    assert re.search("\u2068[^\u2069]*\u202ethe talks failed[^\u2069]*\u202c\u2069", html)


def test_control_characters_never_reach_the_facts(desk: Path) -> None:
    (desk / "news" / "clashes.txt").write_text(HOSTILE, encoding="utf-8")

    result = briefings("extract", "--config", "cfg.yaml", "news", "-q", cwd=desk)

    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    assert facts["articles"][0]["title"] == "Border clashes go on"
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", json.dumps(facts,
                         ensure_ascii=False))  # fmt: skip


def test_lone_surrogates_from_json_escapes_do_not_crash(desk: Path) -> None:
    record = {"title": "Odd \ud800 title", "text": ARTICLE.split("\n", 2)[2] + " \udfff"}
    (desk / "news" / "odd.json").write_text(json.dumps(record), encoding="utf-8")

    result, html = _html(desk, "news/odd.json")

    assert result.returncode == 0, result.stderr
    assert "Odd  title" in html or "Odd title" in html


# -- 9: a short headline ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Talks resume\n\nNorthland and Southland held talks in Geneva on Monday.\n",
        "Truce holds\n\nThe truce held overnight.\n",
    ],
)
def test_a_two_word_headline_over_a_short_story_is_its_title(desk: Path, text: str) -> None:
    (desk / "short.txt").write_text(text, encoding="utf-8")

    result = briefings("extract", "--config", "cfg.yaml", "short.txt", "-q", cwd=desk)

    assert result.returncode == 0, result.stderr
    (article,) = json.loads(result.stdout)["articles"]
    title, body = text.split("\n\n")
    assert article["title"] == title


def test_navigation_above_a_headline_is_still_passed_over(desk: Path) -> None:
    (desk / "nav.txt").write_text("Menu\n" + ARTICLE, encoding="utf-8")

    result = briefings("extract", "--config", "cfg.yaml", "nav.txt", "-q", cwd=desk)

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["articles"][0]["title"] == "Border clashes go on"


# -- 16: encodings ----------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(desk: Path, encoding: str) -> None:
    (desk / "news" / "clashes.txt").write_bytes(ARTICLE.encode(encoding))

    result = briefings("extract", "--config", "cfg.yaml", "news", cwd=desk)

    assert result.returncode == 0, result.stderr
    assert "Skipped" not in result.stderr and "Note" not in result.stderr
    facts = json.loads(result.stdout)
    assert facts["articles"][0]["title"] == "Border clashes go on"
    assert facts["casualties"][0]["count"] == 12


def test_a_guessed_encoding_is_reported(desk: Path) -> None:
    data = ARTICLE.encode().replace(b"Dalmi", b"D\x81\x8d\xc6\xfcmi")
    (desk / "news" / "clashes.txt").write_bytes(data)

    result = briefings("extract", "--config", "cfg.yaml", "news", cwd=desk)

    assert result.returncode == 0, result.stderr
    assert re.search(
        r"^Note: news/clashes\.txt: not UTF-8 text; its encoding was guessed as [\w-]+, so some "
        r"characters may be wrong; save the file as UTF-8$",
        result.stderr,
        re.M,
    ), result.stderr
    assert json.loads(result.stdout)["articles"][0]["title"] == "Border clashes go on"


def test_a_few_bad_bytes_in_utf8_are_replaced_and_reported(desk: Path) -> None:
    text = ARTICLE.replace("Wednesday", "Wednesday\u2019s meeting")
    (desk / "news" / "clashes.txt").write_bytes(text.encode().replace(b"Geneva", b"Gen\xffeva"))

    result = briefings("extract", "--config", "cfg.yaml", "news", cwd=desk)

    assert result.returncode == 0, result.stderr
    assert (
        "Note: news/clashes.txt: 1 byte is not valid UTF-8 and was replaced by '\ufffd'; "
        "check the file's encoding or save it as UTF-8\n"
    ) in result.stderr
    facts = json.loads(result.stdout)
    assert "Wednesday\u2019s meeting" in json.dumps(facts, ensure_ascii=False)
    assert "Gen\ufffdeva" in json.dumps(facts, ensure_ascii=False)


def test_windows_1252_is_read_without_a_note(desk: Path) -> None:
    text = ARTICLE.replace("Wednesday", "Wednesday\u2019s meeting, caf\u00e9")
    (desk / "news" / "clashes.txt").write_bytes(text.encode("cp1252"))

    result = briefings("extract", "--config", "cfg.yaml", "news", cwd=desk)

    assert result.returncode == 0, result.stderr
    assert "Note" not in result.stderr
    assert "caf\u00e9" in json.dumps(json.loads(result.stdout), ensure_ascii=False)


# -- 15: file names with terminal escapes ------------------------------------------------

EVIL = "evil\x1b]0;pwned\x07\x1b[2J\u202e.txt"
SHOWN = "evil\\x1b]0;pwned\\x07\\x1b[2J\\u202e.txt"


def test_a_skipped_file_name_is_printed_escaped(desk: Path) -> None:
    (desk / "news" / EVIL).write_bytes(b"\x00\x01binary")

    result = briefings("extract", "--config", "cfg.yaml", "news", "-o", "facts.json", cwd=desk)

    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert (
        f"Skipped news/{SHOWN}: looks like a binary file, not an article; "
        "remove it or convert it to text\n"
    ) in result.stderr


def test_a_missing_file_name_is_printed_escaped(desk: Path) -> None:
    result = briefings("extract", "--config", "cfg.yaml", EVIL, cwd=desk)

    assert result.returncode == 1
    assert result.stderr == (  # '[' makes it a pattern
        f"Error: {SHOWN}: no files match this pattern; check the pattern and the folder it "
        "names, or quote it so the shell does not expand it\n"
    )


def test_a_written_path_is_printed_escaped(desk: Path) -> None:
    out = "out\x1b[2J"
    result = briefings(
        "generate", "--config", "cfg.yaml", "--format", "html", "--out", out, "news", "-q",
        cwd=desk,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    assert result.stdout == "out\\x1b[2J/brief-2024-05-10.html\n"
    assert (desk / out / "brief-2024-05-10.html").is_file()


def test_an_undecodable_file_name_is_printed(desk: Path) -> None:
    name = os.fsencode(desk / "news") + b"/caf\xe9.bin"
    with open(name, "wb") as handle:
        handle.write(b"text")

    result = briefings("extract", "--config", "cfg.yaml", "news", "news/*.bin", cwd=desk)

    assert result.returncode == 0, result.stderr
    assert "Skipped news/caf\\udce9.bin: unknown file type '.bin'" in result.stderr
