"""Scans done once per sentence, or only where a match can start, find exactly what
the scans they replaced found: each shortcut against the plain scan, on random text
built to hit the edges (a match across the cut, capitals, non-ASCII case forms)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

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
