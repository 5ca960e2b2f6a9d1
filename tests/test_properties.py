"""Property tests (hypothesis): arbitrary text and bytes through the readers, the number
and date parsers and every extractor. Nothing raises, and every fact's evidence is the
article's own text between its offsets.

Each property runs twice: a few hundred examples in the quick loop, and in the slow run
(``pytest -m slow``, which CI runs) 10,000 examples for each extractor and 2,000 for
each parser and reader. Examples are derandomized, so a run is the same on every
machine and a failure is reproduced by running the test again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefings.config import parse_config
from briefings.errors import ArticleError
from briefings.extract import extract_facts
from briefings.extract.casualties import extract_casualties
from briefings.extract.context import ArticleContext
from briefings.extract.diplomacy import extract_diplomacy
from briefings.extract.ground import belligerents, extract_ground
from briefings.extract.statements import extract_statements
from briefings.models import Article, Evidence
from briefings.nlp.dates import find_dates, parse_date
from briefings.nlp.numbers import find_quantities, parse_number
from briefings.nlp.sentences import split_sentences
from briefings.sources.decode import decode
from briefings.sources.registry import Readers
from briefings.textclean import balance_direction, for_display, strip_controls

CONFIG = parse_config(
    """\
title: Properties
date: 2024-05-10
actors:
  north: {name: Northland, aliases: [Northern army, President Lena Ostrova]}
  south: {name: Southland, aliases: [Southern forces, Defence Minister Ivo Marr]}
  un: {name: United Nations, aliases: [UN envoy]}
""",
    __import__("pathlib").Path("properties.yaml"),
)
AS_OF = dt.date(2024, 5, 10)

# -- text that looks enough like news to reach deep into the extractors -----------------

WORDS = [
    "Northland", "Southland", "Northern army", "Southern forces", "United Nations", "UN envoy",
    "President Lena Ostrova", "Ivo Marr", "Ostrova", "he", "she", "they", "the army",
    "Turkish", "Russian", "Syrian", "the ministry", "the monitor", "civilians", "soldiers",
    "killed", "wounded", "missing", "displaced", "captured", "died", "shelling", "shelled",
    "attacked", "captured", "withdrew from", "seized", "said", "told reporters", "according to",
    "denied", "claimed", "talks", "held talks", "will meet", "met", "phone call", "ceasefire",
    "agreed", "signed", "cancelled", "postponed", "ruled out", "proposed", "in", "near", "on",
    "at", "of", "and", "but", "not", "no", "were", "was", "had", "have been", "at least",
    "more than", "up to", "about", "between", "dozens", "hundreds of thousands", "a dozen",
    "twenty-two", "one hundred and five", "1.5 million", "2,300", "30-35", "10^100",
    "100000000000000000000000000", "0", "007", "2018", "2011-2018", "13", "4", "Monday",
    "on Tuesday", "yesterday", "last week", "March 4", "4 March 2020", "2024-05-08",
    "2020-02-30", "February 30", "in December", "Dalmi", "Geneva", "Moscow", "Idlib",
    "\"", "'", "“", "”", ",", ".", ";", ":", "(", ")", "-", "—", "\n", "\n\n", "?", "!",
    "Mr.", "U.S.", "p.m.", "9:45", "%", "km", "years old",
]  # fmt: skip
NEWSY = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), max_size=60).map(" ".join)
TEXT = st.one_of(NEWSY, st.text(max_size=300))
SLOW_EXTRACTOR, SLOW_PARSER, QUICK = 10_000, 2_000, 25


def runs(n: int) -> settings:
    return settings(
        max_examples=n,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def both(check: Callable, strategy, slow: int):
    """The quick and the slow test of one property."""

    @runs(QUICK)
    @given(strategy)
    def quick(value) -> None:
        check(value)

    @pytest.mark.slow
    @runs(slow)
    @given(strategy)
    def thorough(value) -> None:
        check(value)

    return quick, thorough


def _article(text: str, published: str | None = "2024-05-08") -> Article:
    return Article(id="a1", path="p.txt", title="T", text=text, published=published)


def _cited(evidence: Evidence, text: str) -> None:
    assert evidence.article_id == "a1"
    assert 0 <= evidence.start <= evidence.end <= len(text)
    assert evidence.sentence == text[evidence.start : evidence.end]


# -- extractors -------------------------------------------------------------------------


def _context(text: str) -> ArticleContext:
    return ArticleContext(_article(text), CONFIG, AS_OF)


def check_casualties(text: str) -> None:
    for fact in extract_casualties(_context(text)):
        _cited(fact.evidence, text)
        figures = [n for n in (fact.count, fact.low, fact.high) if n is not None]
        assert all(n >= 0 for n in figures)


def check_statements(text: str) -> None:
    for fact in extract_statements(_context(text)):
        _cited(fact.evidence, text)


def check_ground(text: str) -> None:
    for fact in extract_ground(_context(text)):
        _cited(fact.evidence, text)


def check_diplomacy(text: str) -> None:
    ctx = _context(text)
    ctx.belligerents = belligerents(ctx, extract_ground(ctx), extract_casualties(ctx))
    for fact in extract_diplomacy(ctx):
        _cited(fact.evidence, text)


def check_all_facts(case: tuple[str, str | None]) -> None:
    text, published = case
    facts = extract_facts([_article(text, published)], CONFIG, workers=1)
    assert facts.problems == []  # "extraction failed (...)" would be a caught exception
    for fact in [*facts.casualties, *facts.statements, *facts.diplomacy, *facts.ground]:
        _cited(fact.evidence, text)
        assert fact.evidence.sentence.strip()


(test_casualties, test_casualties_10k) = both(check_casualties, TEXT, SLOW_EXTRACTOR)
(test_statements, test_statements_10k) = both(check_statements, TEXT, SLOW_EXTRACTOR)
(test_ground, test_ground_10k) = both(check_ground, TEXT, SLOW_EXTRACTOR)
(test_diplomacy, test_diplomacy_10k) = both(check_diplomacy, TEXT, SLOW_EXTRACTOR)
PUBLISHED = st.sampled_from(["2024-05-08", None, "2024-05", "0001-01-01", "9999-12-31"])
(test_extract_facts, test_extract_facts_10k) = both(
    check_all_facts, st.tuples(TEXT, PUBLISHED), SLOW_EXTRACTOR
)

# -- sentences, numbers, dates ----------------------------------------------------------


def check_sentences(text: str) -> None:
    for span in split_sentences(text):
        assert span.text == text[span.start : span.end]


def check_numbers(text: str) -> None:
    parse_number(text)
    for q in find_quantities(text):
        assert q.text == text[q.start : q.end]
        for n in (q.count, q.low, q.high):
            assert n is None or (n >= 0 and len(str(n)) <= 401)


def check_dates(text: str) -> None:
    for base in (None, dt.date(2024, 5, 8), dt.date(1, 1, 1), dt.date(9999, 12, 31)):
        found = parse_date(text, base=base, default_year=2024)
        assert found is None or dt.date.fromisoformat(_full(found))
    for start, end, _ in find_dates(text):
        assert 0 <= start <= end <= len(text)


def _full(iso: str) -> str:
    parts = iso.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))


(test_sentences, test_sentences_2k) = both(check_sentences, TEXT, SLOW_PARSER)
(test_numbers, test_numbers_2k) = both(check_numbers, TEXT, SLOW_PARSER)
(test_dates, test_dates_2k) = both(check_dates, TEXT, SLOW_PARSER)

# -- readers: arbitrary bytes, and text dressed as each format ---------------------------

READERS = Readers(2024)
EXTENSIONS = sorted(READERS.by_extension)
HEADS = [b"", b"---\n", b"---\ntitle: ", b"{", b"[", b'{"text": ', b"<html><body>",
         b'<?xml version="1.0"?><rss><channel><item><title>', b"\xef\xbb\xbf", b"\xff\xfe",
         b"\xfe\xff", b"published: ", b"\n---\n"]  # fmt: skip
BYTES = st.one_of(
    st.binary(max_size=400),
    st.tuples(st.sampled_from(HEADS), NEWSY, st.sampled_from(["utf-8", "utf-16-le", "cp1252"])).map(
        lambda t: t[0] + t[1].encode(t[2], errors="replace")
    ),
)


def check_readers(data: bytes) -> None:
    for ext in EXTENSIONS:
        try:
            items = READERS.by_extension[ext].read(f"x.{ext}", data)
        except ArticleError:
            continue
        for item in items:
            if isinstance(item, Article):
                assert strip_controls(item.text) == item.text
                assert isinstance(item.title, str)


def check_decode(data: bytes) -> None:
    try:
        text = decode("x.txt", data, notes=[])
    except ArticleError:
        return
    assert isinstance(text, str)


(test_readers, test_readers_2k) = both(check_readers, BYTES, SLOW_PARSER)
(test_decode, test_decode_2k) = both(check_decode, BYTES, SLOW_PARSER)

# -- what the renderer prints ---------------------------------------------------------


def check_display(text: str) -> None:
    shown = for_display(text)
    stack = []
    for ch in shown:
        if ch in "\u202a\u202b\u202d\u202e":
            stack.append("\u202c")
        elif ch in "\u2066\u2067\u2068":
            stack.append("\u2069")
        elif ch in "\u202c\u2069":
            assert stack and stack.pop() == ch
    assert not stack
    assert balance_direction(balance_direction(text)) == balance_direction(text)


BIDI = st.text(
    alphabet=st.sampled_from(
        list("ab \u05d0\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\x07\x1b")
    ),
    max_size=40,
)  # noqa: E501
(test_display, test_display_2k) = both(check_display, st.one_of(BIDI, st.text()), SLOW_PARSER)
