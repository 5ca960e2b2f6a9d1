"""Helpers shared by the analysis steps: dates, sources, who reports a sentence."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from briefings.models import PARTY_NAMES, Article, Evidence, Facts, Statement

if TYPE_CHECKING:
    from briefings.analysis.claimants import Claimants
    from briefings.analysis.places import Places


@lru_cache(maxsize=1 << 16)  # pure, and called for every pair of mentions compared
def parts(iso: str | None) -> tuple[int, ...] | None:
    """'2020-03-04' -> (2020, 3, 4); None for missing or unreadable dates."""
    if not iso:
        return None
    try:
        p = tuple(int(x) for x in iso.split("-"))
        dt.date(p[0], p[1] if len(p) > 1 else 1, p[2] if len(p) > 2 else 1)
    except (ValueError, IndexError):
        return None
    return p if 1 <= len(p) <= 3 else None


def day(iso: str | None) -> dt.date | None:
    """A full date, or None (a month or a year is not a day)."""
    p = parts(iso)
    return dt.date(*p) if p and len(p) == 3 else None


def first_day(iso: str | None) -> dt.date | None:
    p = parts(iso)
    if not p:
        return None
    return dt.date(p[0], p[1] if len(p) > 1 else 1, p[2] if len(p) > 2 else 1)


def compatible_dates(a: str | None, b: str | None) -> bool:
    """Unknown fits anything; '2020-03' fits '2020-03-05'; two different days do not."""
    pa, pb = parts(a), parts(b)
    if pa is None or pb is None:
        return True
    n = min(len(pa), len(pb))
    return pa[:n] == pb[:n]


def more_precise(a: str | None, b: str | None) -> str | None:
    pa, pb = parts(a), parts(b)
    if pa is None:
        return b if pb else a
    if pb is None:
        return a
    return b if len(pb) > len(pa) else a


def sort_key(iso: str | None) -> tuple[bool, str]:
    """Dated first, in date order (partial dates before that period's days); undated last."""
    return (parts(iso) is None, iso or "")


def order_key(e: Evidence) -> tuple[int, str, int]:
    return (_article_number(e.article_id), e.article_id, e.start)


@lru_cache(maxsize=1 << 16)  # asked for every fact sorted, of a few thousand articles
def _article_number(article_id: str) -> int:
    digits = "".join(ch for ch in article_id if ch.isdigit())
    return int(digits) if digits else 0


# compiled once: patterns given as strings are looked up in re's cache of 512 on
# every call, and the figures' own patterns (figures._form) push them out of it
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def norm(text: str | None) -> str:
    return _SPACES.sub(" ", (text or "").strip().lower())


class Context:
    """What every step needs to know about the articles: dates, outlets, speakers."""

    def __init__(self, facts: Facts, every_pair: bool = False) -> None:
        self.facts = facts
        #: Compare each mention with every group, not only those blocking finds (index.py):
        #: the reference the indexes are tested against.
        self.every_pair = every_pair
        self.articles: dict[str, Article] = {a.id: a for a in facts.articles}
        self.as_of = day(facts.as_of)
        self._said: dict[tuple[str, int], list[Statement]] = {}
        self._sources: dict[str, str] = {}  # article id -> source_key
        for s in facts.statements:
            self._said.setdefault((s.evidence.article_id, s.evidence.start), []).append(s)

    def published(self, e: Evidence) -> str | None:
        a = self.articles.get(e.article_id)
        return a.published if a and parts(a.published) else None

    @cached_property
    def claimant(self) -> Claimants:
        """The one name each body is shown by in this brief (see claimants.py)."""
        from briefings.analysis.claimants import Claimants

        return Claimants(
            [
                *(c.claimed_by for c in self.facts.casualties if c.claimed_by),
                *(s.speaker for s in self.facts.statements if s.speaker),
            ]
        )

    @cached_property
    def not_before(self) -> dict[str, str]:
        """Undated articles: the earliest day their own text allows (see ``bounds``)."""
        return bounds(self.facts)

    @cached_property
    def places(self) -> Places:
        """Which places of the steps are one (see places.py)."""
        from briefings.analysis.places import Places

        return Places((place(s.location) or "", s.evidence.sentence) for s in self.facts.diplomacy)

    def reported(self, e: Evidence) -> str | None:
        """When a sentence was written, as far as anyone can tell: its article's
        publication date, else the earliest day the article's text allows. Only for
        ordering reports; never shown as a publication date."""
        return self.published(e) or self.not_before.get(e.article_id)

    def outlet(self, e: Evidence) -> str | None:
        a = self.articles.get(e.article_id)
        if a is None:
            return None
        return a.source or (a.outlets[0] if a.outlets else None)

    def source_key(self, e: Evidence) -> str:
        """Articles from the same outlet are one source; an unnamed outlet counts alone."""
        # One answer per article, asked for every sentence of every finding: kept.
        key = self._sources.get(e.article_id)
        if key is None:
            outlet = self.outlet(e)
            key = f"outlet:{norm(outlet)}" if outlet else f"article:{e.article_id}"
            self._sources[e.article_id] = key
        return key

    def n_sources(self, evidence: Iterable[Evidence]) -> int:
        return len({self.source_key(e) for e in evidence})

    def speakers(self, e: Evidence) -> list[Statement]:
        """The statements extracted from the same sentence (attribution of a fact)."""
        return self._said.get((e.article_id, e.start), [])

    def reporter(self, e: Evidence) -> tuple[str | None, str | None]:
        """Who reports a sentence: (label, side). The speaker, else the side, else the outlet."""
        for s in self.speakers(e):
            label = s.speaker if s.speaker and not _adjective(s.speaker) else None
            label = self.claimant(label)
            side = s.actor if s.actor and s.actor != "unknown" else None
            if label or side:
                return label or side, side
        return self.outlet(e), None


def bounds(facts: Facts) -> dict[str, str]:
    """For each undated article, the earliest day its text allows: the latest day it
    reports as past (a casualty's day, a move on the ground, a step held or concluded,
    the first day of a month so reported), never after the as-of date. An article
    that reports the 5 March summit as held was written on 5 March or later. Dates in
    the future (a planned step) say nothing of when the article was written."""
    as_of = day(facts.as_of)
    undated = {a.id for a in facts.articles if not parts(a.published)}
    found: dict[str, dt.date] = {}
    past: list[tuple[str, str | None]] = [
        *((c.evidence.article_id, c.date) for c in facts.casualties),
        *((g.evidence.article_id, g.date) for g in facts.ground),
        *(
            (d.evidence.article_id, d.date)
            for d in facts.diplomacy
            if d.status in ("held", "concluded")
        ),
    ]
    for article, iso in past:
        when = first_day(iso)
        if article not in undated or when is None or (as_of and when > as_of):
            continue
        if article not in found or when > found[article]:
            found[article] = when
    return {a: d.isoformat() for a, d in found.items()}


def _adjective(word: str) -> bool:
    """'Turkish', 'Russian': a demonym caught as a speaker says less than the side does."""
    return " " not in word.strip() and bool(re.search(r"(?:ish|ian|ese|ean|i)$", word.strip()))


@lru_cache(maxsize=1)
def _seats() -> dict[str, str]:
    """Seat of power or capital -> capital: 'Kremlin' -> 'Moscow'."""
    try:
        from briefings.nlp.world import countries

        out: dict[str, str] = {}
        for c in countries():
            if c.capitals:
                for seat in c.seats:
                    out[norm(seat)] = c.capitals[0]
        return out
    except Exception:  # world knowledge is a nicety here, never a reason to fail
        return {}


def place(name: str | None) -> str | None:
    """A place as readers know it: a seat of power becomes its city ('Kremlin' -> 'Moscow')."""
    if not name:
        return None
    cleaned = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    return _seats().get(norm(cleaned), cleaned)


MONTHS = (
    "January February March April May June July August September October November December"
).split()


def date_words(iso: str | None) -> str:
    """'2020-03-05' -> '5 March 2020'; '2020-03' -> 'March 2020'; '' when unknown."""
    p = parts(iso)
    if not p:
        return ""
    if len(p) == 3:
        return f"{p[2]} {MONTHS[p[1] - 1]} {p[0]}"
    if len(p) == 2:
        return f"{MONTHS[p[1] - 1]} {p[0]}"
    return str(p[0])


def days_before(iso: str | None, as_of: dt.date | None) -> int | None:
    """Days from a date (its first day when partial) to the as-of date; None if unknown."""
    when = first_day(iso)
    if when is None or as_of is None:
        return None
    return (as_of - when).days


class Names:
    """Actor ids to the names readers know, from the config when there is one."""

    def __init__(self, config: object | None = None) -> None:
        actors = getattr(config, "actors", ()) or ()
        self.order: tuple[str, ...] = tuple(a.id for a in actors)
        self._names = {a.id: a.name for a in actors}
        for party, name in PARTY_NAMES.items():
            self._names.setdefault(party, name)

    def __call__(self, value: str | None) -> str:
        if not value:
            return ""
        if value in self._names:
            return self._names[value]
        # Without a config, an id ("russia") still reads as a name; plain names stay as given.
        return value[:1].upper() + value[1:] if value.islower() else value

    def join(self, values: Iterable[str]) -> str:
        items = list(dict.fromkeys(self(v) for v in values if v))
        if len(items) <= 1:
            return "".join(items)
        return ", ".join(items[:-1]) + " and " + items[-1]
