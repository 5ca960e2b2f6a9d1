"""Date phrases in news text -> ISO dates, without ever guessing.

    find_dates("Talks were held in Ankara on February 27, 2020.")
        -> [(24, 45, "on February 27, 2020")]
    parse_date("on February 27, 2020")                        -> "2020-02-27"
    parse_date("March 4", default_year=2020)                   -> "2020-03-04"
    parse_date("on Thursday", base=date(2020, 3, 4))           -> "2020-03-05"
    parse_date("last year", base=date(2020, 3, 4))             -> "2019"

The common forms are parsed by hand with regular expressions: that is fast
and fully deterministic. ``dateparser`` is only a fallback, and only ever sees
a phrase that is already known to be a date phrase, because its own search
invents dates ("February 27 after 33" -> 1933-02-27).

A result is only as precise as the phrase: "March 2020" is "2020-03", never
"2020-03-01". Week phrases ("last week") have no honest ISO form and give None.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from briefings.nlp.vocabulary import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTHS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    by_first_letter,
)

__all__ = ["DATE_PHRASE", "MONTHS", "WEEKDAYS", "find_dates", "parse_date", "weekday_named"]

# Month and weekday names must be capitalised in running text ("May 5", not
# "may 5"; "March 4", not "march on"), which keeps verbs out.
_MONTH = (
    rf"(?:{'|'.join(MONTH_NAMES)}"
    # (an abbreviation is a whole word: "11 Marines" is no date)
    rf"|(?:{'|'.join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))})(?:\.|(?!\w)))"
)
_WEEKDAY = rf"(?:{'|'.join(WEEKDAY_NAMES)})"
_WEEKDAY_ABBR = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d(?![\d-])"
# "On March 5, 2000 people fled": a year followed by a plural noun is a count.
_COUNT_AFTER = (
    r"(?!\s+(?:[a-z]+s|people|men|women|children|more|dead|killed|wounded|of|were|had)\b)"
)
_DATE_YEAR = rf"{_YEAR}{_COUNT_AFTER}"
_NO_NUMBER_AFTER = r"(?![\d,.]*\d)"  # "March 4" must not be the start of "March 45"
_ON = r"(?:(?i:on|since|until|till|by|from|before|after|through|as\s+of|of)\s+)?"
_IN = (
    r"(?i:in|since|until|till|by|from|during|through|before|after|of|as\s+of"
    r"|(?:the\s+)?(?:start|end|beginning|middle)\s+of)\s+"
)
_PART = r"(?:(?i:early|late|mid)[- ](?:in\s+)?)?"

# Every phrase starts with a letter or digit, so "(?<!\w)" is the word boundary
# here; unlike "\b" it lets the engine skip the inside of words (twice as fast).
DATE_PHRASE: re.Pattern[str] = re.compile(
    rf"""
    (?<!\w)(?:
        # Tuesday, February 11, 2020 / Feb. 11 / March 4 / Wed 05 Apr 2017 / 11 February 2020
        # (and the date in brackets after the day: "on Sunday (2 October)")
        # (and a relative day the date names: "said yesterday, August 4")
        {_ON}(?:(?:{_WEEKDAY}|{_WEEKDAY_ABBR}|(?i:yesterday|today|tomorrow))(?:,?\s+|\s*(?P<bracket>\()))?
        (?:
            # June 24 to 25, 2024; June 30 to July 2, 2024: the year closes the span
            {_MONTH}\s+{_DAY}\s*(?:-|–|(?i:to|and|through|until))\s*(?:{_MONTH}\s+)?{_DAY}\b{_NO_NUMBER_AFTER},?\s+{_DATE_YEAR}
          | {_MONTH}(?:\s+|(?<=\.)(?=\d)){_DAY}\b{_NO_NUMBER_AFTER}(?:,?\s+{_DATE_YEAR})?
          | {_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_DATE_YEAR})?
        )(?(bracket)\))
      # March 2020 / in early March 2020 / October last year
      | (?:{_IN})?{_PART}{_MONTH},?\s+(?:{_YEAR}|(?i:last|this|next)\s+year\b)
      # 2020-02-11
      | (?:19|20)\d\d-[01]\d-[0-3]\d\b
      # in March / since December / last March
      | (?:{_IN}|(?i:last|this|next)\s+){_PART}{_MONTH}\b(?!\s*\d)
      # in 2018 / since 2012 / in late 2019: a bare year only counts after one of these
      | {_IN}{_PART}{_YEAR}
      # between 2008 and 2011: a span of years, dated by its end
      | (?i:between)\s+{_YEAR}\s+(?i:and)\s+{_YEAR}
      # on Thursday / last Friday / Saturday
      | (?:(?i:on|last|next|this|since|until|by|from|before|after|earlier\s+on)\s+)?{_WEEKDAY}\b
      # relative words
      | (?i:today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)
          |(?:earlier|later)\s+(?:this|that)\s+(?:week|month|year)
          |(?:last|next|this|past)\s+(?:week|weekend|month|year))\b
    )
    """,
    re.VERBOSE,
)


# Every date phrase holds a digit, a month or weekday name, or a relative word; most
# sentences hold none, and this cheap test (plain substring checks, much faster than
# one more pattern) spares them the full one.
_DIGIT = re.compile(r"\d")
_DATE_WORDS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "today", "tonight", "yesterday",
    "tomorrow", "night", "morning", "afternoon", "evening", "week", "month", "year",
)  # fmt: skip


def _maybe_date(sentence: str) -> bool:
    if _DIGIT.search(sentence):
        return True
    lowered = sentence.lower()
    return any(word in lowered for word in _DATE_WORDS)


# The first word of every date phrase: a digit, or one of these words (in any case;
# the pattern wants some capitalised, which only makes this a wider net). The large
# pattern is tried only where one starts, not at every word of the sentence: the
# same matches, since it cannot match anywhere else, found about as fast as the
# sentence can be scanned for these words.
_FIRST_WORDS = (
    (
        "on since until till by from before after through as of in during between the start end "
        "beginning middle early late mid last this next earlier later past today yesterday "
        "tomorrow tonight"
    ).split()
    + list(MONTHS)
    + list(WEEKDAYS)
)
_FIRST = rf"(?<!\w)(?:\d|(?:{by_first_letter(sorted(_FIRST_WORDS, key=len, reverse=True))})(?!\w))"
_STARTS_LOWER = re.compile(_FIRST)  # over ASCII text lower-cased
_STARTS_ANY = re.compile(_FIRST, re.IGNORECASE)  # elsewhere ("ſ" is a case of "s")


def find_dates(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of each date phrase in ``sentence``, in order: what
    ``DATE_PHRASE.finditer`` finds."""
    if not _maybe_date(sentence):
        return []
    if sentence.isascii():
        starts = _STARTS_LOWER.finditer(sentence.lower())
    else:
        starts = _STARTS_ANY.finditer(sentence)
    out: list[tuple[int, int, str]] = []
    done = 0  # where the last phrase ended: a scan goes on from there
    for start in starts:
        at = start.start()
        if at < done:
            continue
        m = DATE_PHRASE.match(sentence, at)
        if m is not None:
            done = m.end()
            named = _NAMED_AFTER.match(sentence, done) or (
                _PAPER_AFTER.match(sentence, done) and _THE_BEFORE.search(sentence, 0, at)
            )
            if not (any(c.isdigit() for c in m.group()) and named):
                if not _in_a_name(sentence, at, m.group()):
                    out.append((at, done, m.group()))
    return out


# A word of a name right before a month and a day: "the boat Unaizah May 4".
_NAME_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]{2,})\s+$")
_NO_NAME = frozenset(
    """The This That These Those On In At By Since Until Till From Before After Of Last Next
    Early Late Mid During Through Between And Or But As Since Around Until""".split()
)


def _in_a_name(sentence: str, at: int, phrase: str) -> bool:
    """Whether a month and day go on a name ("the resupply boat Unaizah May 4", a ship's
    name), not a date: a capitalised word right before that is no weekday or
    function word, and the month written with a capital."""
    if (
        not phrase[:1].isupper()
        or not re.fullmatch(r"[A-Z][a-z]+\.?\s+\d{1,2}", phrase)
        or phrase.split()[0].lower().rstrip(".") in WEEKDAYS
    ):
        return False  # (a month and a day alone: "Syria June 18 2016" is a dateline's)
    word = _NAME_WORD_BEFORE.search(sentence, max(0, at - 20), at)
    if word is None or word.group(1) in _NO_NAME or word.group(1).lower() in (*WEEKDAYS, *MONTHS):
        return False
    # (not a sentence's first word: "Yesterday May 4 ...")
    return word.start(1) > 0 and not sentence[: word.start(1)].rstrip().endswith((".", "!", "?"))


# A date that starts a name is no date: "the March 23 Movement", "the February 17
# Revolution", "the April 6 Youth Movement".
_NAMED_AFTER = re.compile(
    r"\s+(?:Youth\s+)?(?:Movement|Revolution|Uprising|Brigades?|Battalions?|Front|Alliance"
    r"|Party|Coalition|Martyrs|Group|Bloc"
    # a place named after a day: "6 October Bridge", "April 7th Street"
    r"|Street|Square|Bridge|Stadium|University|Avenue)\b"
)
# A paper named after a day: "the 26 September newspaper" (not "On 18 March daily strikes
# resumed": no "the" before the day).
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_PAPER_AFTER = re.compile(r"\s+(?:newspaper|daily)\b", re.IGNORECASE)


# -- parsing ---------------------------------------------------------------

_LEAD = re.compile(
    r"^(?:(?:the|on|in|since|until|till|by|from|during|through|before|after|of|as\s+of|earlier"
    r"|later|(?:the\s+)?(?:start|end|beginning|middle)\s+of|early|late|mid)(?:\s+|-))+"
)
_CLEAN = re.compile(r"[.,()]|(?<=\d)(?:st|nd|rd|th)\b")
_WORD_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WORD_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_RE_ISO = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[t ].*)?")
_RE_NUMERIC = re.compile(r"(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})")
# (a weekday, or a relative day the date names: "yesterday, August 4")
_DAY_NAMED = rf"(?:(?:{_WORD_WEEKDAY}|yesterday|today|tomorrow)\s+)?"
_RE_MDY = re.compile(rf"{_DAY_NAMED}({_WORD_MONTH})\s+(\d{{1,2}})(?:\s+(\d{{4}}))?")
_RE_MDDY = re.compile(
    rf"({_WORD_MONTH})\s+(\d{{1,2}})\s*(?:-|–|to|and|through|until)\s*(?:({_WORD_MONTH})\s+)?"
    r"(\d{1,2})\s+(\d{4})"
)
_RE_DMY = re.compile(rf"{_DAY_NAMED}(\d{{1,2}})\s+(?:of\s+)?({_WORD_MONTH})(?:\s+(\d{{4}}))?")
_RE_MY = re.compile(
    rf"(?:(last|this|next)\s+)?({_WORD_MONTH})(?:\s+(\d{{4}}|(?:last|this|next) year))?"
)
_RE_YEAR = re.compile(r"(\d{4})")
_RE_YEAR_SPAN = re.compile(r"between \d{4} and (\d{4})")
_RE_WEEKDAY = re.compile(rf"(?:(last|next|this)\s+)?({_WORD_WEEKDAY})")
_RELATIVE_DAYS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "tomorrow": 1,
}  # fmt: skip
_YEAR_SHIFT = {"last": -1, "past": -1, "this": 0, "next": 1}


def parse_date(
    phrase: str,
    *,
    base: dt.date | None = None,
    default_year: int | None = None,
    future: bool | None = None,
    anchor: dt.date | None = None,
) -> str | None:
    """ISO date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) for a date phrase, or None.

    ``base`` is the day the text was written (its publication date); it
    resolves "yesterday", "on Thursday", "last year" and dates without a
    year. ``future`` says which way a weekday or yearless date points: True
    on or after ``base``, False on or before, None the nearest either way.
    Without ``base``, a yearless date takes the year that puts it nearest
    ``anchor`` (the brief's as-of date: an undated story that says "in
    December" in March 2020 means December 2019), else ``default_year``; a relative
    phrase gives None. Week phrases ("last week") give None: no ISO form
    says "some day that week" without inventing one.
    """
    if isinstance(base, dt.datetime):
        base = base.date()
    try:
        return _parse_date(phrase, base, default_year, future, anchor)
    except OverflowError:  # "yesterday" written on 1 January of the year 1
        return None


def _parse_date(
    phrase: str,
    base: dt.date | None,
    default_year: int | None,
    future: bool | None,
    anchor: dt.date | None,
) -> str | None:
    raw = _LEAD.sub("", phrase.strip().lower()).strip()
    if m := _RE_ISO.fullmatch(raw):
        return _iso(int(m[1]), int(m[2]), int(m[3]) if m[3] else None)
    if m := _RE_NUMERIC.fullmatch(raw):
        return _numeric(m[1], m[2], m[3])
    text = " ".join(_CLEAN.sub(" ", phrase.strip().lower()).split())
    text = _LEAD.sub("", text).strip()
    if not text:
        return None
    found = _parse_absolute(text, base, anchor, default_year, future)
    if found is not _NO_MATCH:
        return found  # type: ignore[return-value]
    found = _parse_relative(text, base, default_year, future)
    if found is not _NO_MATCH:
        return found  # type: ignore[return-value]
    return _fallback(text, base)


_NO_MATCH = object()


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if not 1 <= year <= 9999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None  # February 30: not a date, and not ours to correct


def _parse_absolute(
    text: str,
    base: dt.date | None,
    anchor: dt.date | None,
    default_year: int | None,
    future: bool | None,
) -> object:
    if m := _RE_MDDY.fullmatch(text):
        # a span: dated by its end
        return _iso(int(m[5]), MONTHS[m[3] or m[1]], int(m[4]))
    # A step still to come, told in a story of no known day, is to come from whenever it
    # was written, which may be months before the brief: its yearless day is the one
    # nearest the brief ("run from Aug 4 to 7", in a brief of November: this August).
    ahead = None if future is True and base is None else future
    for pattern, month_group, day_group in ((_RE_MDY, 1, 2), (_RE_DMY, 2, 1)):
        if m := pattern.fullmatch(text):
            month, day = MONTHS[m[month_group]], int(m[day_group])
            if m[3]:
                return _iso(int(m[3]), month, day)
            year = _year_for(month, day, base or anchor, default_year, ahead, own=bool(base))
            return _iso(year, month, day) if year else None
    if m := _RE_MY.fullmatch(text):
        month = MONTHS[m[2]]
        if m[3] and m[3].isdigit():
            return _iso(int(m[3]), month)
        if m[3]:  # "October last year"
            return _iso(base.year + _YEAR_SHIFT[m[3].split()[0]], month) if base else None
        direction = {"last": False, "next": True}.get(m[1] or "", ahead)
        year = _year_for(month, None, base or anchor, default_year, direction)
        return _iso(year, month) if year else None
    if m := _RE_YEAR_SPAN.fullmatch(text):
        return _iso(int(m[1]))
    if m := _RE_YEAR.fullmatch(text):
        return _iso(int(m[1]))
    return _NO_MATCH


def _numeric(a: str, b: str, c: str) -> str | None:
    """2020/02/11 is unambiguous; 11/02/2020 only when one part cannot be a month."""
    if len(a) == 4:
        return _iso(int(a), int(b), int(c))
    if len(c) != 4:
        return None
    first, second = int(a), int(b)
    if first > 12 >= second:
        return _iso(int(c), second, first)
    if second > 12 >= first:
        return _iso(int(c), first, second)
    return None  # 03/04/2020: March 4 or 3 April? Not ours to guess.


def _year_for(
    month: int,
    day: int | None,
    base: dt.date | None,
    default_year: int | None,
    future: bool | None,
    *,
    own: bool = False,
) -> int | None:
    """The year of a yearless date: the one that puts it nearest ``base`` (``own``:
    the story's own date, not the brief's).

    A story of 4 March 2020 that says "on December 30" means 2019-12-30: of
    the three candidate years, the closest date (or the closest in the
    direction ``future`` asks) is the only reading a reader would make.
    """
    if base is None:
        return default_year
    best: tuple[int, int] | None = None
    nearest: tuple[int, int, int] | None = None  # (distance, year, signed days)
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            when = dt.date(year, month, day or 1)
        except ValueError:
            continue
        if day is None:  # a month is "on or before" base if it starts by then
            delta = (year - base.year) * 12 + month - base.month
        else:
            delta = (when - base).days
        if nearest is None or abs(delta) < nearest[0]:
            nearest = (abs(delta), year, delta)
        if (future is True and delta < 0) or (future is False and delta > 0):
            continue
        if best is None or abs(delta) < best[0]:
            best = (abs(delta), year)
    # The direction is a guess from the verbs around; a date days away on the other
    # side beats one most of a year off ("called for a ceasefire from June 8",
    # written on June 14, is not next June).
    # A past tense is a firm direction; a future one is often read from modality
    # ("called for", "hoped") that says nothing of when.
    if future is True and day is not None and best is not None and nearest is not None:
        if best[0] > _FAR_DAYS and nearest[0] <= _NEAR_DAYS:
            return nearest[1]
    # A past day a day or two after the story's own is the same year: a story's date
    # is its desk's, often hours behind the place it reports ("killed early on May 7"
    # in a story dated May 6). (Not after the brief's date: nothing said is dated
    # after it.)
    if own and future is False and day is not None and nearest is not None:
        if 0 < nearest[2] <= _TIME_ZONE_DAYS:
            return nearest[1]
    return best[1] if best else None


_FAR_DAYS = 180
_NEAR_DAYS = 31
_TIME_ZONE_DAYS = 2


def _parse_relative(
    text: str, base: dt.date | None, default_year: int | None, future: bool | None
) -> object:
    if text in _RELATIVE_DAYS:
        return (base + dt.timedelta(days=_RELATIVE_DAYS[text])).isoformat() if base else None
    words = text.split()
    if words and words[-1] in ("week", "weekend"):
        return None
    if len(words) == 2 and words[1] in ("month", "year") and words[0] in _YEAR_SHIFT | {"that": 0}:
        if base is None or words[0] == "that":
            return None  # "that month": which month is the caller's context
        shift = _YEAR_SHIFT[words[0]]
        if words[1] == "year":
            return _iso(base.year + shift)
        month_index = base.year * 12 + base.month - 1 + shift
        return _iso(month_index // 12, month_index % 12 + 1)
    if m := _RE_WEEKDAY.fullmatch(text):
        if base is None:
            return None
        direction = {"last": False, "next": True}.get(m[1] or "", future)
        return _weekday(base, WEEKDAYS[m[2]], direction, strict=m[1] in ("last", "next"))
    return _NO_MATCH


#: A phrase that names a day of the week and nothing more: the day itself, not a span's
#: end or start ("until Sunday", "since Friday").
_ONLY_WEEKDAY = re.compile(
    rf"(?:(?:on|last|next|this|earlier\s+on)\s+)?({_WORD_WEEKDAY})\.?", re.IGNORECASE
)


def weekday_named(phrase: str) -> int | None:
    """The day of the week a date phrase names when it names no more ("on Saturday",
    "last Friday"), 0 for Monday; None for any other phrase. Without a publication date
    such a day cannot be dated, but it still tells one step from another."""
    m = _ONLY_WEEKDAY.fullmatch(phrase.strip())
    return WEEKDAYS[m.group(1).lower()] if m else None


def _weekday(base: dt.date, weekday: int, future: bool | None, *, strict: bool) -> str:
    """The nearest such weekday on or after / on or before / either side of base."""
    ahead = (weekday - base.weekday()) % 7
    behind = (base.weekday() - weekday) % 7
    if strict:  # "last Thursday" said on a Thursday is a week ago
        ahead, behind = ahead or 7, behind or 7
    if future is True or (future is None and ahead < behind):
        return (base + dt.timedelta(days=ahead)).isoformat()
    return (base - dt.timedelta(days=behind)).isoformat()


_FALLBACK_WORD = re.compile(r"[a-z]{3,}")


def _fallback(text: str, base: dt.date | None) -> str | None:
    """dateparser, for phrases the hand parser does not know ("2 days ago").

    Only phrases with a real word reach it: on bare numbers it invents
    dates ("33" -> 1933).
    """
    if not _FALLBACK_WORD.search(text) or len(text) > 60:
        return None
    return _dateparser(text, base)


@lru_cache(maxsize=4096)
def _dateparser(text: str, base: dt.date | None) -> str | None:
    parser = _parser(base)
    data = parser.get_date_data(text)
    when, period = data.date_obj, data.period
    if when is None:
        return None
    if base is None and not re.search(r"\d{4}", text):
        return None  # relative to the day we happen to run: not a date of the text
    if period == "day":
        return when.date().isoformat()
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "year":
        return f"{when.year:04d}"
    return None  # weeks, hours: no honest ISO date


@lru_cache(maxsize=64)
def _parser(base: dt.date | None):  # noqa: ANN202 - dateparser's type, imported lazily
    # Imported here: dateparser takes a noticeable moment to load and most
    # phrases never need it.
    from dateparser.date import DateDataParser

    settings = {"REQUIRE_PARTS": [], "RETURN_TIME_AS_PERIOD": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["en"], settings=settings)
