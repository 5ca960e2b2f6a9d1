"""Word alternations grouped by first letter find what the plain alternation finds.

``briefings.nlp.vocabulary.alternation`` groups its words by first letter
(``said|says|told`` -> ``sa(?:id|ys)|told``), which Python's re scans several times
faster. The grouped and the plain pattern must give the same matches, spans and
groups: on the real vocabularies, and on random lists built to catch a reordering
(shared prefixes, one word inside another, capitals under IGNORECASE, branches that
start with a quantifier or an escape).
"""

from __future__ import annotations

import random
import re

import pytest

from briefings.nlp import vocabulary
from briefings.nlp.vocabulary import _escape, alternation, by_first_letter, top_level_alternatives


def plain(words: frozenset[str], spaced: bool = True) -> str:
    """The alternation as it was before grouping: longest first, in one flat list."""
    parts = sorted(words, key=lambda w: (-len(w), w))
    if spaced:
        return "|".join(r"\s+".join(map(_escape, p.split())) for p in parts)
    return "|".join(map(_escape, parts))


def matches(pattern: str, text: str, flags: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group("w")) for m in re.finditer(pattern, text, flags)]


def same(words: frozenset[str], text: str, spaced: bool = True) -> None:
    for flags in (0, re.IGNORECASE):
        for wrap in (r"(?P<w>{})", r"\b(?P<w>{})\b", r"(?<!\w)(?P<w>{})(?:\s+\w+)?"):
            got = matches(wrap.format(alternation(words, spaced=spaced)), text, flags)
            assert got == matches(wrap.format(plain(words, spaced)), text, flags)


VOCABULARIES = [
    name
    for name, value in vars(vocabulary).items()
    if name.isupper() and isinstance(value, frozenset) and all(isinstance(w, str) for w in value)
]

TEXT = (
    "The ministry said on Monday that talks would resume, officials told reporters, "
    "while the monitor reported 12 dead. Witnesses SAID the army Stated otherwise; "
    "a spokesman for the Village council claimed the district of Tessa was hit. "
    "He added, noting that the governorate's capital had been shelled, it warned."
)


@pytest.mark.parametrize("name", VOCABULARIES)
def test_the_real_vocabularies_match_as_before(name):
    words = getattr(vocabulary, name)
    text = TEXT + " " + " ".join(sorted(words)) + " " + " ".join(sorted(words)).upper()
    same(words, text)
    same(words, text, spaced=False)


@pytest.mark.parametrize("seed", range(40))
def test_random_word_lists_match_as_before(seed):
    rng = random.Random(seed)
    stems = ["ka", "kab", "Kab", "s", "sa", "said", "st", "al-", "Al", "x", "the", "th", "ab"]
    words = set()
    for _ in range(rng.randint(1, 14)):
        word = rng.choice(stems) + "".join(rng.choice("abkuls-") for _ in range(rng.randint(0, 4)))
        if rng.random() < 0.2:
            word += " " + rng.choice(stems)
        if rng.random() < 0.1:
            word = rng.choice(["-", ".", "'"]) + word
        words.add(word)
    pieces = [*words, *(w.upper() for w in words), *(w.capitalize() for w in words)]
    text = " ".join(rng.choice(pieces) + rng.choice(["", "s", "ab", "-k", " "]) for _ in range(80))
    same(frozenset(words), text)


def test_branches_that_do_not_start_with_a_letter_keep_their_place():
    assert by_first_letter(["(?:tele)?phone", "s?he", "she", "sa", r"\-x"]) == (
        r"(?:tele)?phone|s?he|s(?:he|a)|\-x"
    )
    assert by_first_letter(["Kabula", "kabul", "Kab"]) == "(?:Kabula|kabul|Kab)"
    assert by_first_letter(["said", "told", "says"]) == "s(?:aid|ays)|told"


def test_words_of_one_letter_in_both_cases_keep_their_order_under_ignorecase():
    # grouped by the letter as written, "Kab" would be tried before "kabul"
    same(frozenset({"Kabula", "kabul", "Kab"}), "kabul kabula KAB kab-ul Kabul")


def test_top_level_alternatives_split_only_the_top_level():
    assert top_level_alternatives(r"a|b(?:c|d)|[|]|\||e") == ["a", "b(?:c|d)", "[|]", r"\|", "e"]


def test_the_quantity_pattern_finds_what_its_plain_form_finds():
    from briefings.nlp import numbers as n

    plain_quantity = re.compile(
        rf"(?<![\w.,-])(?:(?P<bound>{n._LOWER}|{n._UPPER}|{n._ABOUT})\s+)?"
        rf"(?:(?:between\s+)?(?P<lo>{n._AMOUNT})\s*(?:-|–|—|to|or|and)\s*(?P<hi>{n._AMOUNT})"
        rf"(?![\w.]*\d)|(?P<num>{n._AMOUNT})|(?P<vague>{n._VAGUE}))(?![\w-])",
        re.IGNORECASE,
    )
    rng = random.Random(5)
    words = (
        "more than|well over|over|above|at least|upwards of|no fewer than|in excess of|less "
        "than|up to|at most|under|nearly|almost|about|around|some|roughly|an estimated|close "
        "to|a few|several|many|dozens|scores of|hundreds|tens of thousands|a handful|numerous|"
        "countless|a number|between|and|to|or|-|twenty-two|one hundred and five|a dozen|half a "
        "million|1.5 million|2,300|40|7|three|Nearly|ABOUT|Some|people|were|killed|in|Aleppo"
    ).split("|")
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(3, 14)))
        got = [(m.span(), m.groupdict()) for m in n._QUANTITY.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in plain_quantity.finditer(text)], text
