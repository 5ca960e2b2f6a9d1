"""Publication dates as pages print them: date lines near the title, and addresses.

    date_line("Published On 22 Nov 2023")          -> DateLine("22 Nov 2023")
    date_line("Issued on: 23/07/2022 - 18:40")     -> DateLine("23/07/2022")
    date_line("Talks resume on 3 May 2022.")     -> None: a sentence, not a date line
    url_date("https://example.org/2022/10/07/a")   -> "2022-10-07"
    url_date("https://example.org/2024/11/a")      -> "2024-11"
    read_date("April 7", default_year=2020, url="https://example.org/2019/04/07/a")
                                                   -> "2019-04-07"

A date line is a line that is nothing but a date: an optional label
("Published", "Updated on:"), the date, an optional time. It must name the
month and the day; the year may be left to the reader's default year, as
datelines are ("MOSCOW, March 4"). Dates inside sentences are never read
here: "talks resume on 3 May" is what the story is about, not when it ran.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefings.nlp.dates import DATE_PHRASE, MONTHS, parse_date

#: A label before a date: "Published:", "Published On", "Issued on:", "Last updated"
#: (after an agency's name, as pages credit it: "AFP Published 27 Sep, 2023").
DATE_LABEL = re.compile(
    # (an agency's acronym or name, not any word: "Video posted 3 March" is a caption)
    r"^\s*(?:(?-i:[A-Z]{2,6}|Reuters|Xinhua|Anadolu|Bernama)\s+(?=(?i:published|posted|updated)\b))?"
    r"(?:(?:first\s+)?published|posted|issued|(?:last\s+)?(?P<update>updated?)|date[d]?)\b"
    r"\s*(?:on|at)?\s*:?\s*",
    re.IGNORECASE,
)
# What may follow the date on its line: a time, a time zone.
_TIME_TAIL = re.compile(
    r"^[\s,|·•-]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    # ("GMT+3", "(UTC+04:00)")
    r"(?:\s*\(?(?:[A-Z]{2,5}|(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?)\)?)?)?\s*$",
    re.IGNORECASE,
)
_CAPITAL_MONTH = re.compile(r"\b[A-Z]{3,9}\b")
#: A time of day on its own: "18:40", "4:07pm".
TIME = re.compile(r"(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)
_NUMERIC_DATE = re.compile(
    r"(\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})"
    r"(?:T[\d:.+Z-]*)?",
    re.IGNORECASE,
)
# Day.month.year: wherever dates are written with dots, the day comes first.
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
# A date in an address: /2022/10/07/, /2019-04/07/, /2022/nov/12/, /2024/11/ (a month).
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-](\d{1,2}|[a-z]{3,9})(?:[/-](\d{1,2}))?(?=[/._?#-]|$)", re.IGNORECASE
)
# Any leap year: a yearless phrase is parsed in it only to see that it names a day.
_SOME_YEAR = 2000


@dataclass(frozen=True)
class DateLine:
    """The date phrase a date line holds, and whether its label says it is an update."""

    phrase: str
    updated: bool = False


def date_line(line: str) -> DateLine | None:
    """The date if the whole line is a (labelled) date with month and day, else None."""
    label = DATE_LABEL.match(line)
    rest = line[label.end() :] if label else line
    # ("SEPTEMBER 21, 2023", "21 SEP 2023": a month in capitals, as some pages print it)
    rest = _CAPITAL_MONTH.sub(lambda m: m[0].capitalize() if m[0].lower() in MONTHS else m[0], rest)
    phrase = _leading_date(rest)
    if phrase is None or not _names_a_day(phrase):
        return None
    return DateLine(phrase.strip(), updated=bool(label and label["update"]))


def _leading_date(text: str) -> str | None:
    """The date at the start of ``text`` when only a time follows it."""
    text = text.lstrip()
    m = _NUMERIC_DATE.match(text) or DATE_PHRASE.match(text)
    if m is None or not _TIME_TAIL.match(text[m.end() :]):
        return None
    return m[1] if m.re is _NUMERIC_DATE else m.group()


def _names_a_day(phrase: str) -> bool:
    if _NUMERIC_DATE.fullmatch(phrase.strip()):
        return True
    iso = parse_date(phrase, default_year=_SOME_YEAR)
    return iso is not None and len(iso) == 10


def read_date(
    phrase: str, *, default_year: int | None = None, url: str | None = None
) -> str | None:
    """The ISO date of a header's date phrase.

    A phrase without a year ("MOSCOW, March 4") takes the year of the article's
    address when the address has that same day ("/2019-04/07/"), else the
    reader's default year; without either it stays unknown.
    """
    if m := _DOTTED.fullmatch(phrase.strip()):
        return _iso(int(m[3]), int(m[2]), int(m[1]))
    iso = parse_date(phrase)
    if iso is not None:
        return iso
    from_url = url_date(url)
    if from_url and len(from_url) == 10:
        if parse_date(phrase, default_year=int(from_url[:4])) == from_url:
            return from_url
    return parse_date(phrase, default_year=default_year) if default_year else None


def url_date(url: str | None) -> str | None:
    """The date in an article's address: a day, or a month when only that is there."""
    for m in _URL_DATE.finditer(url or ""):
        month = int(m[2]) if m[2].isdigit() else MONTHS.get(m[2].lower())
        if month is None:
            continue
        iso = _iso(int(m[1]), month, int(m[3]) if m[3] else None)
        if iso is not None:
            return iso
    return None


def _iso(year: int, month: int, day: int | None) -> str | None:
    try:
        first = dt.date(year, month, day or 1)
    except ValueError:
        return None
    return first.isoformat() if day else first.isoformat()[:7]
