"""Casualty figures as the sources give them: where a figure is in its sentence, what
a vague quantity ("dozens", "hundreds of thousands") is, and how a figure reads
("more than 50", "30–35", "dozens") — never more precise than the source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefings.models import Casualty

_VAGUE = re.compile(
    r"\b(hundreds of thousands|tens of thousands|thousands|hundreds|dozens|scores|"
    r"several|many|a number of|a few|some|millions)\b",
    re.IGNORECASE,
)
_AT_LEAST = re.compile(r"\b(?:at least|no fewer than|no less than)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:]|\b(?:and|but|while|whereas)\b", re.IGNORECASE)
#: The words for each kind, to tell which vague quantity in a sentence is the figure.
_KIND_WORDS = {
    "killed": r"kill|dead|death|died|die|lives|bodies|massacred|neutrali[sz]ed",
    "wounded": r"wound|injur|hurt",
    "missing": r"missing|unaccounted",
    "captured": r"captur|prisoner|detain|taken|abduct|hostage",
    "displaced": r"displac|fled|flee|refugee|homeless|evacuat|uproot",
}
_KIND_RE = {k: re.compile(r"\b(?:" + v + r")", re.IGNORECASE) for k, v in _KIND_WORDS.items()}
#: What a vague quantity can mean, at most: only to tell whether two figures are close.
_VAGUE_BOUNDS = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
}


_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million"
).split()
_NUMBER = re.compile(
    r"\b(?:\d[\d,.]*\d|\d|(?:" + "|".join(_WORDS) + r")(?:[- ](?:" + "|".join(_WORDS) + r"))*)\b"
    r"|" + _VAGUE.pattern,
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # a sentence with several figures is asked once per figure
def numbers(sentence: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _NUMBER.finditer(sentence)]


def position(c: Casualty, sentence: str) -> int | None:
    """Where the casualty's own figure is in its sentence, if it can be found."""
    value = next((v for v in (c.count, c.low, c.high) if v is not None), None)
    if value is not None:
        forms = [f"{value:,}", str(value)]
        if value < len(_SMALL):
            forms.append(_SMALL[value])
        for form in forms:
            m = _form(form).search(sentence)
            if m:
                return m.start()
        return None
    m = _vague_match(c)
    return m.start() if m else None


_SMALL = ["zero", *_WORDS[:19]]


@lru_cache(maxsize=4096)  # one pattern per figure, not one per casualty
def _form(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\d,.]){re.escape(form)}(?![\d,])", re.IGNORECASE)


def vague(c: Casualty) -> str | None:
    m = _vague_match(c)
    return m.group(1).lower() if m else None


def _vague_match(c: Casualty) -> re.Match | None:
    """The vague quantity that is this casualty's figure: the one nearest its kind's verb.

    "Hundreds of thousands have fled and hundreds of civilians have been killed":
    the killed are "hundreds", the displaced "hundreds of thousands".
    """
    sentence = c.evidence.sentence
    found = list(_VAGUE.finditer(sentence))
    if not found:
        return None
    verbs = [m.start() for m in _KIND_RE[c.kind].finditer(sentence)] if c.kind in _KIND_RE else []
    if not verbs:
        return found[0]
    cuts = [m.start() for m in _CLAUSE.finditer(sentence)]

    def clause(pos: int) -> int:
        return sum(1 for cut in cuts if cut < pos)

    def distance(m: re.Match) -> tuple[int, int, int]:
        # Same clause as the verb first ("hundreds of civilians have been killed"), then nearest.
        same = min((clause(m.start()) != clause(v), abs(m.start() - v)) for v in verbs)
        return (*same, m.start())

    return min(found, key=distance)


def figure(c: Casualty) -> str:
    """The figure as the source gives it, never more precise than it is."""
    sentence = c.evidence.sentence
    if c.low is not None and c.high is not None and c.low != c.high:
        return f"{c.low:,}–{c.high:,}"
    if c.low is not None and c.high is None and (c.count is None or c.count == c.low):
        if c.approximate and (word := vague(c)):
            return word
        return f"{'at least' if _AT_LEAST.search(sentence) else 'more than'} {c.low:,}"
    if c.count is not None:
        return f"about {c.count:,}" if c.approximate else f"{c.count:,}"
    if c.high is not None:
        return f"up to {c.high:,}"
    return vague(c) or "number not stated"


def vague_bounds(word: str) -> tuple[int, int] | None:
    return _VAGUE_BOUNDS.get(word)


def bounds(c: Casualty) -> tuple[int, int] | None:
    lo = next((v for v in (c.low, c.count, c.high) if v is not None), None)
    hi = next((v for v in (c.high, c.count, c.low) if v is not None), None)
    if lo is None or hi is None:
        return _VAGUE_BOUNDS.get(figure(c))
    return lo, hi
