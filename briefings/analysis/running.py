"""Running totals: which casualty figures count a war (or a period of it) so far, and
since when.

A figure is *cumulative* when its words make it a tally over time rather than one
incident: "so far", "the death toll rose to", "as of", "since October", "the war has
killed", "in the past week". A cumulative figure belongs to a *series* when it counts
from a start rather than over a rolling window:

- ``WAR``: the whole war, said or implied ("since the fighting broke out", "the
  hostilities have killed", "the toll rose to", most tallies of the displaced);
- an ISO date: "since October 2023", "since Oct. 7, 2023" (the ledger joins a date
  to the whole war when it is the earliest start a party's tallies give);
- ``since <noun>``: "since the ceasefire began", another series.

A rolling window ("in the past 24 hours", "this week") is cumulative but no series:
it is its own row. Only the stretch of the sentence that belongs to the figure counts
("the death toll had risen to 46, after the bodies of six people were found" is a
running total of 46 and an incident of six), except that a frame opening the
sentence ("As of late last month, ...", "The war has killed 82 soldiers and 47
civilians") holds for every figure of its clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefings.analysis.figures import numbers, position
from briefings.models import Casualty
from briefings.nlp.dates import parse_date
from briefings.nlp.vocabulary import MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_WORD, WEEKDAY_NAMES

WAR = "war"

_MONTH = MONTH_WORD
#: The war, or a campaign of many strikes, as the killer (not "the shelling": one may be
#: an incident).
_WAR_WORDS = (
    r"war|conflict|fighting|violence|hostilities|clashes|offensive|campaign|attacks|strikes"
    r"|airstrikes|air\s+strikes|invasion|crisis|uprising"
)
_WAR_ITSELF = r"war|conflict|fighting|violence|hostilities|clashes"
#: A start date after "since": "since October 2023", "since Oct. 7, 2023", "since 2011".
_SINCE_DATE = re.compile(
    rf"\bsince\s+(?P<when>(?:(?:early|mid|late)[- ])?(?:(?:{_MONTH})\.?"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+(?:{_MONTH})\.?(?:\s+\d{{4}})?|\d{{4}}"
    # "since Friday": the last such day before the report
    r"|(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b",
    re.IGNORECASE,
)
_WEEKDAY_SINCE = re.compile(r"day$", re.IGNORECASE)
#: The start of the war: "since the beginning of the clashes", "since the war began".
_SINCE_WAR = re.compile(
    rf"\bsince\s+(?:the\s+)?(?:(?:start|beginning|outbreak|onset)\b|(?:[\w-]+\s+)?(?:{_WAR_WORDS})"
    r"\s+(?:started|began|erupted|broke\s+out|escalated)\b"
    # "since Israel's attacks", "since the Russian invasion": since they began (not "since
    # last week's clashes": a recent episode)
    r"|(?!(?:[\w'’-]+\s+){0,2}?(?:last|latest|recent|new|yesterday['’]s|[\w-]*day['’]s"
    r"|week['’]s|month['’]s)\b)"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:{_WAR_WORDS})\b(?!\s+(?:on|in|at|of)\b))",
    re.IGNORECASE,
)
#: The same told with "following" or "after": "following Israeli airstrikes that began
#: on June 13".
_AFTER_WAR_BEGAN = re.compile(
    rf"\b(?:following|after)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{_WAR_WORDS})\s+"
    # (not "killed in clashes that erupted on Monday": those clashes, an incident)
    r"(?:that|which)\s+(?:began|started|erupted|broke\s+out)\b",
    re.IGNORECASE,
)
#: Another start: "since the ceasefire began", "since the truce took effect".
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?P<noun>ceasefire|cease-fire|truce|agreement|deal"
    r"|armistice|election|coup|invasion|withdrawal)\b",
    re.IGNORECASE,
)
#: A rolling window: cumulative, but not counted from a start.
_WINDOW = re.compile(
    r"\b(?:(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?"
    r"(?:days?|weeks?|months?|hours?)|this\s+(?:week|month)|(?:in|over|during)\s+24\s+hours"
    r"|overnight)\b",
    re.IGNORECASE,
)
#: A window of many days or more: with a toll that rose or reached, the war so far.
_LONG_WINDOW = re.compile(
    r"\b(?:past|last|previous)\s+(?:(?:\d{2,3}|ten|eleven|twelve)\s+days|(?:\d{1,3}|two|three"
    r"|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+(?:weeks|months))\b",
    re.IGNORECASE,
)
#: Words that make a figure a tally of the whole war.
_TALLY = re.compile(
    r"\b(?:so\s+far|to\s+date|in\s+total|a\s+total\s+of|in\s+all|altogether|overall|cumulative"
    r"|toll\s+(?:rose|rises|climbed|has\s+risen|had\s+risen|reached|stands|stood)|bringing\s+the"
    r"|(?:has|have|had)\s+(?:now\s+)?(?:risen|climbed|reached|increased|grown|surpassed|passed)"
    r"|as\s+of"
    # "the increase from the previously reported toll of 400"
    r"|(?:previous(?:ly\s+(?:reported|announced))?|earlier|overall|total|cumulative|running)"
    r"\s+(?:death\s+)?toll)\b",
    re.IGNORECASE,
)
#: The war as the killer, in a perfect tense: "the hostilities have killed",
#: "strikes had killed", "have died in the fighting".
_WAR_KILLER = re.compile(
    rf"\b(?:{_WAR_WORDS})\b[^.;]{{0,60}}?\b(?:has|have|had)\s+(?:since\s+|so\s+far\s+|now\s+)?"
    r"(?:killed|left|claimed|wounded|injured|displaced|uprooted|driven|forced)\b"
    r"|\b(?:has|have|had)\s+(?:been\s+)?(?:killed|died|wounded|injured|displaced)\s+"
    rf"(?:in|during|since)\s+the\s+(?:[\w-]+\s+)?(?:{_WAR_ITSELF})\b",
    re.IGNORECASE,
)
#: The toll of one incident, revised: "the death toll from Sunday's shelling of Kessa has
#: risen to 14" is that incident's figure, no running total of the war.
_INCIDENT_TOLL = re.compile(
    r"\btoll\s+(?:from|of|in)\s+(?:(?:the\s+|a\s+|an\s+|[\w-]+['’]s\s+)(?:[\w-]+\s+){0,3}?"
    r"(?:strikes?|air\s*strikes?|attacks?|shelling|bombings?|blasts?|explosions?|massacres?"
    r"|raids?|ambush|collapse|shooting|assault|fire|crash|stampede|bombardment)"
    # (without a determiner too, but "the toll from Israeli strikes across Iran" is a
    # campaign's)
    r"|(?:[\w-]+\s+){0,3}?(?:strikes?|air\s*strikes?|attacks?|bombings?|blasts?|explosions?"
    r"|massacres?|raids?|ambush|collapse|shooting|assault|fire|crash|stampede)"
    r"(?!\s+(?:across|throughout|all\s+over|nationwide)\b))\b",
    re.IGNORECASE,
)
#: Words the patterns above cannot match without, with the same flags: a sentence
#: without them is not searched for those patterns.
_SINCE_WORD = re.compile(r"since", re.IGNORECASE)
_TOLL_WORD = re.compile(r"toll", re.IGNORECASE)
_BEGAN_WORD = re.compile(r"began|started|erupted|broke\s+out", re.IGNORECASE)
#: What ends the reach of a frame that opens the sentence: another clause's event.
_FRAME_END = re.compile(r";|\b(?:after|before|when|while|because|until)\b", re.IGNORECASE)
_A_DAY = re.compile(rf"\b(?:{'|'.join(WEEKDAY_NAMES)}|overnight|yesterday|today)\b", re.IGNORECASE)
#: A month's name right before a number makes it a day's: "on June 13".
_MONTH_ENDS = re.compile(rf"\b(?:{_MONTH})\.?$", re.IGNORECASE)
_MONTH_LONGEST = max(map(len, (*MONTH_NAMES, *MONTH_ABBREVIATIONS))) + 1  # "September."
_MONTH_AFTER = re.compile(rf"\s+(?:{_MONTH})\b", re.IGNORECASE)
#: A new clause between two figures: the words after the second are its own.
_CLAUSE_AFTER = re.compile(r",\s*(?:and|but|as|whereas|which|who)\b|\bbut\b", re.IGNORECASE)


@dataclass(frozen=True)
class Running:
    cumulative: bool
    #: ``WAR``, an ISO start date, "since <noun>", or None (one incident, or a window).
    series: str | None


def running(c: Casualty, published: str | None, year: int) -> Running:
    """Whether ``c`` is a running total and of which series (see the module doc).
    ``published`` and ``year`` read a start date without a year."""
    sentence = c.evidence.sentence
    spans = _spans(c, sentence)

    def said(pattern: re.Pattern[str]) -> re.Match[str] | None:
        if not _anywhere(pattern, sentence):
            return None  # most sentences: one search, shared by the figures they give
        # a phrase that starts in the stretch may run past it: "since June 1"
        for lo, hi in spans:
            m = pattern.search(sentence, lo)
            if m is not None and m.start() < hi:
                return m
        return None

    # The three "since" patterns need the word: one cheap search rules them all out.
    since = _anywhere(_SINCE_WORD, sentence)
    if since and (m := said(_SINCE_EVENT)):
        return Running(True, "since " + m.group("noun").lower().replace("cease-fire", "ceasefire"))
    if (since and said(_SINCE_WAR)) or (
        _anywhere(_BEGAN_WORD, sentence) and said(_AFTER_WAR_BEGAN)
    ):
        return Running(True, WAR)
    if (
        since
        and (m := said(_SINCE_DATE))
        # a weekday only in the figure's own stretch: "killed 24 since Friday" (not
        # "hospitals without fuel since Friday, and a strike killed 12")
        and (not _WEEKDAY_SINCE.search(m.group("when")) or spans[0][0] <= m.start() < spans[0][1])
    ):
        when = re.sub(r"^(?:early|mid|late)[- ]", "", m.group("when"), flags=re.IGNORECASE)
        return Running(True, _parse(when.replace(".", ""), published, year) or WAR)
    if said(_WINDOW):  # (its own stretch, or a frame: "over the past three days has risen")
        if _LONG_WINDOW.search(sentence) and said(_TALLY):
            # "the toll over the past 12 days has reached 606": the war so far
            return Running(True, WAR)
        return Running(True, None)
    if _anywhere(_TOLL_WORD, sentence) and said(_INCIDENT_TOLL):
        return Running(False, None)  # one incident's toll, as revised
    if said(_TALLY) or said(_WAR_KILLER):
        # a tally dated to one day is that day's ("the toll of Sunday rose to 9")
        return Running(True, None if _day_precise(c.date) else WAR)
    if c.kind == "displaced" and not _day_precise(c.date):
        return Running(True, WAR)  # people uprooted and not yet home: a tally so far
    return Running(False, None)


@lru_cache(maxsize=1024)  # the figures of one sentence come one after another
def _anywhere(pattern: re.Pattern[str], sentence: str) -> bool:
    """Whether the pattern matches anywhere in the sentence: a search from a later
    position (same string, no end given) can find only what this finds."""
    return pattern.search(sentence) is not None


@lru_cache(maxsize=1024)
def _parse(phrase: str, published: str | None, year: int) -> str | None:
    import datetime as dt

    base = None
    if published and len(published) == 10:
        base = dt.date.fromisoformat(published)
    return parse_date(phrase, base=base, default_year=year, future=False)


def _day_precise(iso: str | None) -> bool:
    return bool(iso) and len(iso or "") == 10


def _spans(c: Casualty, sentence: str) -> list[tuple[int, int]]:
    """The figure's own stretch (between its neighbouring figures) and the frame that
    opens the sentence, if nothing ends its reach before the figure."""
    found = numbers(sentence)
    at = position(c, sentence)
    if at is None or len(found) < 2:
        return [(0, len(sentence))]
    before = max((end for start, end in found if end <= at), default=0)
    after = min((start for start, _ in found if start > at), default=len(sentence))
    spans = [(before, after)]
    first = found[0][0]
    if before > 0 and not _FRAME_END.search(sentence, first, at):
        spans.append((0, first))
    last = _last_figure_end(sentence)
    if (
        last > at
        and not (_FRAME_END.search(sentence, at, last) or _CLAUSE_AFTER.search(sentence, at, last))
        # (not when the first has a day of its own: "killed 12 in Kharkiv on Monday and
        # more than 10,000 have died since the start of the war")
        and not _A_DAY.search(sentence, at, last)
    ):
        # "610 civilians had been killed and more than 4,700 wounded since the start of
        # the war": what closes a list of figures holds for each of them
        spans.append((last, len(sentence)))
    return spans


@lru_cache(maxsize=1024)  # the figures of one sentence come one after another
def _last_figure_end(sentence: str) -> int:
    """Where the sentence's last figure ends: a figure, not a day's number ("since the
    start of the war on June 13")."""
    return max(
        (
            e
            for b, e in numbers(sentence)
            if not (_month_before(sentence, b) or _MONTH_AFTER.match(sentence, e))
        ),
        default=0,
    )


def _month_before(sentence: str, at: int) -> bool:
    """Whether a month's name and a space come right before ``at``: looked for in the
    few characters it can take, not by a search ending there (which tries every
    position of the sentence before it)."""
    end = at
    while end > 0 and sentence[end - 1].isspace():
        end -= 1
    return end < at and _MONTH_ENDS.search(sentence, max(0, end - _MONTH_LONGEST), end) is not None
