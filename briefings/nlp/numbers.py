"""Find quantities in a sentence: numerals, number words, ranges, bounds and vague amounts.

Each quantity keeps its character span, so extractors can look at the words
around it ("killed 13 Turkish soldiers", "30-35 Syrians were neutralized").
Number words go through text2num's ``alpha2digit`` ("twenty-two" -> 22);
vague amounts ("dozens", "hundreds of thousands") are ``approximate=True``
with no count and no bounds, so nothing more precise than the text is ever
reported.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from text_to_num import alpha2digit

from briefings.nlp.folding import Caseless, fold
from briefings.nlp.vocabulary import (
    MONTH_WORD,
    MONTHS,
    alternation,
    by_first_letter,
    top_level_alternatives,
)

__all__ = ["NUMBER_WORD", "Quantity", "find_quantities", "parse_number"]

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety"
).split()
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# alpha2digit leaves some lone small numbers as words ("two"), so those are looked up.
_SMALL = {w: i for i, w in enumerate(_UNITS[:20])}
_WORD = r"(?:" + by_first_letter(_UNITS + list(_SCALES)) + r")"
# "twenty-two", "one hundred and five", "a million", "1.5 million", "2,300".
#: One number word ("seven", "hundred"), lower case, as a regex alternation.
NUMBER_WORD = _WORD
_NUMWORDS = rf"(?:{_WORD}(?:[\s-]+(?:and\s+)?{_WORD})*)"
# "10^6" is a power of ten: one figure, never its exponent ("6 killed").
# (full stops between thousands, as much of Europe writes them: "25.000", "3.000.000")
# (and spaces between thousands: "400 000", "1 200 000", a thin or no-break space too)
_NUMERAL = (
    r"(?:\d{1,3}\^\d{1,4}|\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+(?![\d,]|\.\d)"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.])|\d+(?:\.\d+)?)"
)
#: Longer numerals are no count of anything (and Python will not print them, past
#: 4,300 digits): such a text gives no figure rather than a number no one can use.
MAX_DIGITS = 400
# "a quarter of a million", "half a million": a share of a scale word.
_FRACTIONS = {"a quarter of a": (1, 4), "a third of a": (1, 3), "half a": (1, 2),
              "three quarters of a": (3, 4), "a half": (1, 2)}  # fmt: skip
_FRACTION = r"(?:a\s+quarter\s+of\s+a|a\s+third\s+of\s+a|half\s+a|three\s+quarters\s+of\s+a)"
# "two dozen", "half a dozen", "3 dozen": twelves (before the words alone, which would
# take "two" and leave the dozen)
_DOZENS = rf"(?:half\s+a|{_NUMWORDS}|\d{{1,3}})(?:\s+|-)dozen"
_AMOUNT = (
    rf"(?:{_FRACTION}\s+(?:million|billion)"
    rf"|{_NUMERAL}(?:\s+(?:hundred|thousand|million|billion))?"
    rf"|(?:an?\s+)?{_NUMWORDS}|a\s+(?:dozen|score))"
)
_AMOUNT_OR_DOZENS = rf"(?:{_DOZENS}|{_AMOUNT})"
# Bound words before a figure: lower bound, upper bound, or "about".
_LOWER = (
    r"more\s+than|(?:well\s+|just\s+)?over|(?:well\s+)?above|at\s+least|upwards\s+of"
    r"|no\s+fewer\s+than|no\s+less\s+than|in\s+excess\s+of"
)
_UPPER = (
    r"less\s+than|fewer\s+than|up\s+to|as\s+many\s+as|at\s+most|no\s+more\s+than|under|nearly"
    r"|almost"
)
_ABOUT = (
    r"about|around|some|roughly|approximately|an\s+estimated|estimated|close\s+to|nearly|almost"
)
_VAGUE = (
    # ("several thousand", "a few hundred": no figure, though the scale word is one)
    r"(?:several|a\s+few|many)\s+(?:hundred|thousand|million)(?!s)"
    r"|(?:several\s+|many\s+|some\s+|a\s+few\s+)?"
    r"(?:dozens|scores|hundreds|thousands|tens\s+of\s+thousands|hundreds\s+of\s+thousands"
    r"|millions|tens|a\s+dozen)"
    r"(?:\s+of\s+thousands)?"
    r"|a\s+few|several|a\s+number|a\s+handful|many|some|numerous|countless|a\s+large\s+number"
)

# The bound and vague words grouped by first letter: the same matches, a faster scan
# (see briefings.nlp.vocabulary.by_first_letter).
_BOUND = by_first_letter(
    top_level_alternatives(_LOWER) + top_level_alternatives(_UPPER) + top_level_alternatives(_ABOUT)
)


def _quantity_pattern(amount: str) -> Caseless:
    return Caseless(
        # (a figure after a dash that lost its space: "MOSCOW (Reuters) -Six people")
        rf"(?:(?<![\w.,-])|(?<=\s-))(?:(?P<bound>{_BOUND})\s+)?"
        rf"(?:(?:between\s+)?(?P<lo>{amount})\s*(?:-|–|—|to|or|and)\s*(?P<hi>{amount})(?![\w.]*\d)"
        rf"|(?P<num>{amount})|(?P<vague>{by_first_letter(top_level_alternatives(_VAGUE))}))(?![\w-])"
    )


_QUANTITY = _quantity_pattern(_AMOUNT)
# The same, trying "two dozen" first: only for a sentence that says "dozen", since the
# try at every figure costs a fifth of the scan.
_QUANTITY_DOZENS = _quantity_pattern(_AMOUNT_OR_DOZENS)
# Years, times and the like that look like counts but are not.
_NOT_COUNT_AFTER = re.compile(
    # (a clock's time: "at 1:30 a.m.", "at 14:00")
    r":\d\d|\s*(?:%|percent|per\s+cent|km|kilometers?|kilometres?|miles?|meters?|metres?|years?\s+old"
    r"|a\.m\.|p\.m\.|am\b|pm\b|hours?|minutes?|days?|weeks?|months?|years?|o'clock"
    r"|dollars|euros|pounds|tons?|tonnes?|mm\b|kg\b|times\b|st\b|nd\b|rd\b|th\b)",
    re.IGNORECASE,
)
_MONTHS = re.compile(rf"\b(?:{alternation(frozenset(MONTHS), spaced=False)})\.?\s*$", re.IGNORECASE)
# A day before its month is a date, not a count: "the strike on 23 June killed 71" (a
# capital letter: "40 may have died" is a count)
_MONTH_AFTER = re.compile(rf"\s*(?:of\s+)?(?:{MONTH_WORD})\b")


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    count: int | None
    low: int | None = None
    high: int | None = None
    approximate: bool = False

    @property
    def best(self) -> int | None:
        """The single figure to report: the count, else the lower bound."""
        return self.count if self.count is not None else self.low


def _decimal(text: str) -> Decimal | None:
    digits = text.replace(",", "")
    if len(digits) > MAX_DIGITS + 2:
        return None
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def _bounded(value: Decimal | int | None) -> int | None:
    """``value`` as an int if it is a whole number of at most MAX_DIGITS digits."""
    if value is None or value != int(value):
        return None
    whole = int(value)
    return whole if whole < 10**MAX_DIGITS else None


@lru_cache(maxsize=4096)  # pure; the same few figures recur in every article
def parse_number(text: str) -> int | None:
    """'13' -> 13, '2,300' -> 2300, 'twenty-two' -> 22, '1.5 million' -> 1500000, 'a million'."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    t = re.sub(r"^an? (?=hundred|thousand|million|billion|dozen|score)", "one ", t)
    if t in ("a dozen", "one dozen"):
        return 12
    if t in ("a score", "one score"):
        return 20
    if t == "half a dozen":
        return 6
    if t.endswith((" dozen", "-dozen")):
        n = parse_number(t[: -len(" dozen")])
        return None if n is None else n * 12
    m = re.fullmatch(
        r"(a quarter of a|a third of a|half a|three quarters of a) (million|billion)", t
    )
    if m:
        num, den = _FRACTIONS[m.group(1)]
        return _SCALES[m.group(2)] * num // den
    m = re.fullmatch(r"([\d.,]+) (hundred|thousand|million|billion)", t)
    if m:
        value = _decimal(m.group(1))
        return None if value is None else _bounded(int(value * _SCALES[m.group(2)]))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", t):
        return _bounded(_decimal(t.replace(".", "")))  # "25.000": thousands, not 25
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", t):
        # exact, never through float: "10,000,000,000,000,000,001" stays what it says
        return _bounded(_decimal(t))
    m = re.fullmatch(r"(\d{1,3}) ?\^ ?(\d{1,4})", t)
    if m:
        base, power = int(m.group(1)), int(m.group(2))
        if base > 1 and power * math.log10(base) > MAX_DIGITS:
            return None
        return _bounded(base**power)
    if t in _SMALL:
        return _SMALL[t]
    digits = alpha2digit(t.replace(" and ", " "), "en")
    digits = re.sub(r"(?<=\d) (?=\d{3}\b)", "", digits)
    if re.fullmatch(r"\d+", digits.strip()):
        return _bounded(_decimal(digits.strip()))
    if t in ("one", "a"):
        return 1
    return None


def find_quantities(sentence: str, folded: str | None = None) -> list[Quantity]:
    """Every figure in ``sentence``, left to right (``folded``: the sentence folded,
    if the caller has it; see briefings.nlp.folding)."""
    out: list[Quantity] = []
    low = fold(sentence) if folded is None else folded
    pattern = _QUANTITY_DOZENS if "dozen " in low else _QUANTITY
    for m in pattern.finditer(sentence, low):
        q = _quantity(m, sentence)
        if q is not None:
            out.append(q)
        elif _backwards(m):
            # "the toll there to 20 – 14 civilians and six military": a figure, then the
            # first of its parts; no range
            head = m.end("lo")
            out += [r for r in find_quantities(sentence[:head], low[:head]) if r.start >= m.start()]
            at = m.start("hi")
            out += [
                replace(r, start=r.start + at, end=r.end + at)
                for r in find_quantities(sentence[at:], low[at:])
                if r.start == 0
            ]
        elif m.group("hi") is not None and m.group("hi")[:1].isalpha():
            # no range: "KABUL, March 18 — Eight people were killed" is a dateline's
            # day, then a figure of its own
            at = m.start("hi")
            out += [
                replace(r, start=r.start + at, end=r.end + at)
                for r in find_quantities(sentence[at:], low[at:])
                if r.start == 0
            ]
    return out


def _backwards(m: re.Match[str]) -> bool:
    """Whether a range's figures run downwards ("20 – 14"): two figures, not a range."""
    if m.group("lo") is None or m.group("hi") is None:
        return False
    lo, hi = parse_number(m.group("lo")), parse_number(m.group("hi"))
    return lo is not None and hi is not None and hi < lo and m.group("lo")[-1].isdigit()


_ASKED_HOW = re.compile(r"\bhow\s+$", re.IGNORECASE)


def _quantity(m: re.Match[str], sentence: str) -> Quantity | None:
    bound = (m.group("bound") or "").lower()
    bound = re.sub(r"\s+", " ", bound)
    after = sentence[m.end() :]
    before = sentence[: m.start()]
    if m.group("vague"):
        if _ASKED_HOW.search(before[-12:]):
            return None  # "impossible to know how many were killed": a question, no count
        # No figure is made up for "dozens": the brief shows the words, not a guess.
        return Quantity(m.start(), m.end(), m.group(0), None, None, None, True)
    if _NOT_COUNT_AFTER.match(after) or _MONTHS.search(before[-12:]):
        return None
    if m.group("num") and len(m.group("num")) <= 2 and _MONTH_AFTER.match(after):
        return None
    if m.group("num"):
        raw = m.group("num")
        if re.fullmatch(r"0\d+", raw) or re.match(
            r"\s+(?:Related|Tags|Comments?|Shares?)\b", after
        ):
            return None  # page furniture: "016 Tags", "85 Related"
        # A bare four-digit year ("in 2018") is a date, not a count.
        if re.fullmatch(r"(?:1[89]|20)\d\d", raw) and not bound:
            return None
        value = parse_number(raw)
        if value is None:
            return None
        if bound and re.fullmatch(_LOWER, bound):
            return Quantity(m.start(), m.end(), m.group(0), value, value, None, False)
        if bound and re.fullmatch(_UPPER, bound) and bound not in ("nearly", "almost"):
            return Quantity(m.start(), m.end(), m.group(0), value, None, value, False)
        return _single(m, value, bound)
    lo, hi = parse_number(m.group("lo")), parse_number(m.group("hi"))
    if lo is None or hi is None:
        return None
    joiner = sentence[m.start("lo") + len(m.group("lo")) : m.start("hi")].strip().lower()
    between = re.search(r"\bbetween\s+$", sentence[m.start() : m.start("lo")], re.IGNORECASE)
    if joiner == "and" and not between:  # ("an estimated between 500 and 1,300": a range)
        # "one hundred and five" is one number; "30 and 40" two figures, never a range
        value = parse_number(m.group("lo") + " " + m.group("hi"))
        if m.group("lo")[-1].isdigit() or value is None:
            return None
        return _single(m, value, bound)
    if joiner in ("-", "–", "—") and not m.group("lo")[-1].isdigit():
        # "twenty-two" is one number written with a hyphen, not a range
        value = parse_number(m.group("lo") + "-" + m.group("hi"))
        if value is None:
            return None
        return _single(m, value, bound)
    lo, hi = parse_number(m.group("lo")), parse_number(m.group("hi"))
    if lo is None or hi is None:
        return None
    if joiner in ("-", "–", "—") and re.fullmatch(r"(?:1[89]|20)\d\d", m.group("lo")):
        return None  # "2011-2018" is a span of years
    if hi < lo:
        # "30-5" style shorthand is rare; treat the pair as two separate figures instead.
        return None
    return Quantity(m.start(), m.end(), m.group(0), None, lo, hi, bool(bound) or joiner == "or")


def _single(m: re.Match[str], value: int, bound: str) -> Quantity:
    """One figure with its bound word: 'more than 50' sets low, 'up to 50' high."""
    if bound and re.fullmatch(_LOWER, bound):
        return Quantity(m.start(), m.end(), m.group(0), value, value, None, False)
    if bound and re.fullmatch(_UPPER, bound) and bound not in ("nearly", "almost"):
        return Quantity(m.start(), m.end(), m.group(0), value, None, value, False)
    return Quantity(m.start(), m.end(), m.group(0), value, None, None, bool(bound))
