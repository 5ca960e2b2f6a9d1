"""Scans done once per sentence, or only where a match can start, find exactly what
the scans they replaced found: each shortcut against the plain scan, on random text
built to hit the edges (a match across the cut, capitals, non-ASCII case forms)."""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import pytest

from briefings.config import parse_config
from briefings.extract.context import _PLACE, ArticleContext
from briefings.models import Article
from briefings.nlp.dates import DATE_PHRASE, find_dates

_CONFIG = """
title: Test
date: 2024-05-10
actors:
  north: {name: Northland, aliases: [Northern army]}
  south: {name: Southland, aliases: [Southern forces]}
"""

_DATE_PIECES = [
    "on", "On", "ON", "since", "\u017fince", "the", "start", "of", "early", "mid-", "late",
    "March", "march", "Mar.", "May", "may", "Sept", "Monday", "Tue.", "last", "next",
    "this", "week", "year", "morning", "earlier", "later", "past", "today", "Tonight",
    "4", "04", "31st", "2020", "2020-03-04", "1999", "people", "killed", ",", ".", "(",
    "as", "in", "In", "Northland", "onward", "thesis", "\u212a", "\u0130", " ", "  ",
]  # fmt: skip

_PLACE_PIECES = [
    "in", "In", "near", "on", "at", "into", "the", "city", "of", "village", "Saudi",
    "Arabia's", "Haris", "Tallousa", "Dalmi", "Northland", "Southern", "forces", "March",
    "al-", "Kalvin", "port", "killed", "5", "people", ",", "and", "The", "Idlib", "province",
]  # fmt: skip


def _texts(pieces: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(
            rng.choice(pieces) + rng.choice(("", " ", " ", " ")) for _ in range(rng.randint(1, 16))
        )
        for _ in range(n)
    ]


def test_find_dates_as_the_full_scan() -> None:
    for text in _texts(_DATE_PIECES, 6000, seed=11):
        want = [(m.start(), m.end(), m.group()) for m in DATE_PHRASE.finditer(text)]
        assert find_dates(text) == want, text


def test_places_from_any_position_as_a_scan_from_there() -> None:
    config = parse_config(_CONFIG, Path("test.yaml"))
    texts = _texts(_PLACE_PIECES, 400, seed=5)
    article = Article(id="a1", path="t.txt", title="t", text=". ".join(texts) + ".")
    ctx = ArticleContext(article, config, dt.date(2024, 5, 10))
    across = 0
    for sent in ctx.sents:
        for pos in range(len(sent.text) + 1):
            want = ctx._scan_places(sent, pos)[1]
            assert ctx._places(sent, pos) == want, (sent.text, pos)
            across += any(m.start() < pos < m.end() for m in _PLACE.finditer(sent.text))
    assert across  # the case where a match runs across the position was met


_SPEECH_PIECES = [
    "said", "and", "but", "while", "whereas", "yet", "which", "a", "an", "charge",
    "claims", "also", "later", "then", "that", "Kuleba", "Lavrov", "Russia's", "U.S.",
    "foreign", "minister", "the", "was", "ready", ",", ";", "“", "—", " ", "   ", "\t",
    "\u00a0", "And", "BUT",
]  # fmt: skip


def test_end_anchored_searches_as_the_full_search() -> None:
    """The verb joints looked for in the last words of a span, or only when its last word
    may end them, are what the end-anchored search over the whole span finds."""
    from briefings.extract.attribution import _AND_THEN, _THEN_ANOTHER, _and_then, _then_another

    found = [0, 0]
    for text in _texts(_SPEECH_PIECES, 3000, seed=17):
        for lo in range(0, len(text), 7):
            for hi in range(lo, len(text) + 1, 3):
                for i, (fast, plain) in enumerate(
                    ((_and_then, _AND_THEN), (_then_another, _THEN_ANOTHER))
                ):
                    want = plain.search(text, lo, hi)
                    got = fast(text, lo, hi)
                    assert (got and got.span()) == (want and want.span()), (text, lo, hi)
                    found[i] += want is not None
    assert all(found)  # both patterns were met, not only their absence


def test_a_month_before_a_figure_as_the_full_search() -> None:
    import re

    from briefings.analysis.running import _MONTH, _month_before

    plain = re.compile(rf"\b(?:{_MONTH})\.?\s+$", re.IGNORECASE)
    found = 0
    for text in _texts(_DATE_PIECES, 3000, seed=23):
        for at in range(len(text) + 1):
            want = plain.search(text, 0, at) is not None
            assert _month_before(text, at) == want, (text, at)
            found += want
    assert found


_QUOTE_PIECES = [
    "“", "”", '"', "«", "»", "‘", "’", ":", ": ", ":\t", "\n", "\n\n", "don’t", "a", "We",
    "will", "fight", "he", "said", ",", ".", "Northland", " ", "  ", "?", "x’", "‘y",
]  # fmt: skip


def test_quotes_as_the_full_scan() -> None:
    from briefings.extract.statements import _QUOTE, quote_matches

    for text in _texts(_QUOTE_PIECES, 6000, seed=23):
        want = [(m.start(), m.end(), m.groups()) for m in _QUOTE.finditer(text)]
        assert [(m.start(), m.end(), m.groups()) for m in quote_matches(text)] == want, text


# The sentence break as one alternation tried at every position: what the splitter's
# break (each alternative behind one of its first characters) must find the same as.
_PLAIN_BREAK = re.compile(
    r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n\s*\n|\n"
    r"|(?<=[a-z]{2})\.(?=[A-Z][a-z]|[AI]\s)"
    r"|(?:(?<=[.!?]\s\()|(?<=[.!?][\"'”’]\s\())[^()\n]{1,60}\)(?=\s+[A-Z])"
)
_BREAK_PIECES = [
    ".", "..", "…", "!", "?", '"', "”", "'", ")", "]", "»", " ", "\n", "\n\n", " \n ", "(",
    "Reuters", "ab", "Ab", "A ", "I ", "x", ". (", "AP)", "U.S.", "said.", "Mr.", "(..x)", "“",
]  # fmt: skip


def test_sentences_as_split_with_the_plain_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefings.nlp import sentences

    texts = _texts(_BREAK_PIECES, 6000, seed=29)
    got = [sentences.split_sentences(t) for t in texts]
    monkeypatch.setattr(sentences, "_BREAK", _PLAIN_BREAK)
    for text, split in zip(texts, got, strict=True):
        assert split == sentences.split_sentences(text), text
