"""Casualty ledger: one row per incident, party and kind, with every claim side by side.

Casualty mentions are grouped into incidents, then into claims:

- a claim is one figure from one claimant; the same figure from several
  outlets is one claim with a corroboration count. An outlet that gives a
  figure without naming anyone joins the one named claim with that figure;
- an incident is a party and kind with compatible dates and places, and
  positive evidence that it is one event: the same incident day and place,
  the same figure, or close figures (overlapping, or within ``CLOSE`` of
  each other) on the same day, at the same place or reported within
  ``CLOSE_DAYS`` of each other. Nothing else merges: 6 and 36 soldiers
  killed are two incidents until a source says otherwise, and a day alone
  is not an incident (many share one);
- a report with no incident date counts as of its publication day: the same
  place reported within ``NEAR_DAYS`` of each other is one incident ("4 killed
  in the strike on Basta", then "15 killed in the Basta strike" that evening);
- running tallies ("so far", "in the past week", "the death toll rose to")
  are marked cumulative and never merge with single incidents, unless the toll
  is one attack's ("the toll from the strike on Dorn rose to 31"); a running
  total of a series (the whole war, or since a start: see running.py) is one
  row per party, kind and series, whatever its figures, its claims side by
  side in time order.

Per party and kind, a ``Tally`` gives the range of the claims: never a sum,
since incidents and running tallies overlap in ways the sources do not say.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from briefings.analysis.common import (
    Context,
    compatible_dates,
    day,
    more_precise,
    norm,
    order_key,
    parts,
    sort_key,
)
from briefings.analysis.figures import bounds, figure
from briefings.analysis.index import Blocks, blocks
from briefings.analysis.model import Claim, LedgerRow, Tally
from briefings.analysis.places import QUALIFIERS
from briefings.analysis.running import WAR, running
from briefings.models import Casualty, Evidence

#: Figures this close (relative to the larger) can be two counts of one incident.
CLOSE = 0.2
#: ... when reported this many days apart at most.
CLOSE_DAYS = 3
#: The same figure reported this many days apart at most is one incident.
SAME_FIGURE_DAYS = 7
#: Close figures of one place, reported at most this many days apart, are one incident.
PLACE_DAYS = 30
#: The same place on days this far apart at most is one incident ("one day either side").
NEAR_DAYS = 1


_WORD = re.compile(r"\w+")
# A toll over a stretch of time, however it is told: "this week", "since Monday", "so far".
_A_PERIOD = re.compile(
    r"\b(?:this|last|past)\s+(?:week|month|year)\b|\bsince\b|\bso\s+far\b", re.IGNORECASE
)
# One attack's toll ("the death toll from the strike", "killed in the attack on Kyiv on
# the night of July 31", "as a result of yesterday's strike"): a single incident, told in
# the singular with "the" or its day.
_INCIDENT_TOLL = re.compile(
    r"\b(?:from|in|of|by|as\s+a\s+result\s+of)\s+(?:the|this|that|yesterday['’]s|today['’]s"
    r"|\w+day['’]s|last\s+night['’]s)\s+(?:[\w-]+\s+){0,3}?(?:strike|attack|airstrike"
    r"|bombing|blast|explosion|raid|massacre|missile\s+strike|drone\s+strike"
    r"|ambush)\b(?!\s+(?:campaign|wave))",
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 14)  # pure, and asked for every item and incident of a place
def _place_words(name: str | None) -> frozenset[str]:
    return frozenset(_WORD.findall(norm(name))) - QUALIFIERS


def _places_fit(wa: frozenset[str], wb: frozenset[str]) -> bool:
    """Not contradicting: unknown fits anything; 'Idlib' fits 'Saraqib, Idlib'."""
    return not wa or not wb or wa <= wb or wb <= wa


def _key(c: Casualty) -> tuple:
    """What makes two mentions the same figure."""
    return (c.count, c.low, c.high, c.approximate, figure(c))


@dataclass(frozen=True)
class _Item:
    """A casualty with what the grouping asks of it, computed once."""

    c: Casualty
    cumulative: bool
    series: str | None  # a running total's series (running.py), else None
    key: tuple
    bounds: tuple[int, int] | None
    published: dt.date | None
    claimant: str
    article: str
    #: The words of its place ("Idlib province" and "Idlib" are both {idlib}).
    place: frozenset[str]
    day: dt.date | None  # its incident day, when a full date

    @property
    def signature(self) -> tuple:
        """Everything ``_fits`` reads of an incident's item: items alike in all of it
        are interchangeable there, so an incident checks each signature once."""
        return (self.key, self.bounds, self.published, self.claimant, self.article, self.place)


def _item(ctx: Context, c: Casualty) -> _Item:
    published = ctx.published(c.evidence)
    year = (ctx.as_of or dt.date.today()).year
    total = running(c, published, year)
    return _Item(
        c=c,
        # "the death toll from the strike on Kyiv rose to 31": one incident's toll revised,
        # not a running tally of many
        cumulative=total.cumulative
        and not (
            total.series is None
            and _INCIDENT_TOLL.search(c.evidence.sentence)
            and not _A_PERIOD.search(c.evidence.sentence)
        ),
        series=total.series,
        key=_key(c),
        bounds=bounds(c),
        published=day(ctx.published(c.evidence)),
        claimant=norm(ctx.claimant(c.claimed_by)),
        article=c.evidence.article_id,
        place=_place_words(c.location),
        day=day(c.date),
    )


@dataclass
class _Incident:
    number: int  # in order of creation: the first incident that fits takes an item
    since: str | None = None  # a running total's series: every claim of it, one row
    items: list[_Item] = field(default_factory=list)
    date: str | None = None
    location: str | None = None
    place: frozenset[str] = frozenset()
    places: set[frozenset[str]] = field(default_factory=set)
    kinds: dict[tuple, _Item] = field(default_factory=dict)
    reported: set[dt.date] = field(default_factory=set)  # its items' publication days
    #: Its kinds by figure and by the scales of their bounds (``_scales``): ``_fits``
    #: looks only at those that can say yes, not at every retelling of the incident.
    by_key: dict[tuple, list[_Item]] = field(default_factory=dict)
    by_scale: dict[int, list[_Item]] = field(default_factory=dict)

    def add(self, item: _Item) -> None:
        self.items.append(item)
        if item.signature not in self.kinds:
            self.kinds[item.signature] = item
            self.by_key.setdefault(item.key, []).append(item)
            if item.bounds is not None:
                for scale in _scales(item.bounds):
                    self.by_scale.setdefault(scale, []).append(item)
        if item.place:
            self.places.add(item.place)
        if item.published:
            self.reported.add(item.published)
        self.date = more_precise(self.date, item.c.date)
        place = item.c.location
        # The most specific place any source gives ("Idlib province" over "Idlib").
        if place and (
            self.location is None or (len(place), place) > (len(self.location), self.location)
        ):
            self.location = place
            self.place = _place_words(place)


def _near(a: dt.date | None, b: dt.date | None) -> bool:
    return a is not None and b is not None and abs((a - b).days) <= NEAR_DAYS


def _specific(place: frozenset[str]) -> bool:
    """A place small enough that two strikes there on one day are likely one: not a
    country ("Lebanon", "Sudan"), where many incidents happen each day."""
    return not place <= _country_words()


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    from briefings.nlp.world import countries

    return frozenset(w for c in countries() for n in c.names for w in _place_words(n))


def _close(a: _Item, b: _Item) -> bool:
    ba, bb = a.bounds, b.bounds
    if ba is None or bb is None:
        return False
    if ba[0] <= bb[1] and bb[0] <= ba[1]:
        return True  # the ranges overlap
    gap = max(ba[0], bb[0]) - min(ba[1], bb[1])
    return gap <= CLOSE * max(ba[1], bb[1])


def _gap(a: _Item, b: _Item) -> int | None:
    if a.published is None or b.published is None:
        return None
    return abs((a.published - b.published).days)


def _fits(it: _Item, inc: _Incident) -> bool:
    c = it.c
    if not compatible_dates(c.date, inc.date) or not _places_fit(it.place, inc.place):
        return False
    same_day = bool(day(c.date)) and c.date == inc.date
    if it.place and it.place in inc.places and _specific(it.place):
        if same_day or _near(day(c.date), day(inc.date)):
            return True  # the same place, the same day or one day either side
        if not day(c.date) or not day(inc.date):
            # undated incidents: the same place in reports a day apart at most
            if it.published and any(d in inc.reported for d in _days(it.published, NEAR_DAYS)):
                return True
    # Any one of the incident's kinds says yes: the same figure, or a close one (which
    # shares a scale with it, see _Index) and something more.
    for other in inc.by_key.get(it.key, ()):
        gap = _gap(it, other)
        if gap is None or gap <= SAME_FIGURE_DAYS:
            return True
    if it.bounds is None:
        return False
    seen: set[int] = set()
    for scale in _scales(it.bounds):
        for other in inc.by_scale.get(scale, ()):
            if id(other) in seen:
                continue
            seen.add(id(other))
            if not _close(it, other):
                continue
            if same_day:
                return True  # many incidents share a day: without a place, only close figures
            if other.article == it.article:
                # Two close figures in one story are one incident only as two sides' counts
                # ("33, the governor said; 34, the monitor said"); else two incidents.
                if it.claimant != other.claimant:
                    return True
                continue
            # Close figures need something more: both reports dated within days of each
            # other, or the same place named by both.
            gap = _gap(it, other)
            if (gap is not None and gap <= CLOSE_DAYS) or (
                # (the same place in reports months apart is two incidents: a province's
                # toll of June 2024 and its toll of June 2025)
                it.place and it.place == other.place and (gap is None or gap <= PLACE_DAYS)
            ):
                return True
    return False


def _scale(figure: int) -> int:
    """Figures on a log scale, eight steps to each doubling. Any rising function
    would do (see ``_Index``); finer steps mean fewer incidents to check."""
    return int(8 * math.log2(figure + 1))


def _scales(bounds: tuple[int, int]) -> range:
    """The scales at which a figure could be close to this one: from the lowest
    figure still within ``CLOSE`` of its top (the gap ``_close`` allows) up to its
    top. Two close ranges always share one (see ``_Index``)."""
    low = max(0, int(bounds[0] - CLOSE * bounds[1]))
    return range(_scale(low), _scale(bounds[1]) + 1)


@lru_cache(maxsize=1 << 14)  # many items share a day
def _days(when: dt.date, reach: int) -> tuple[dt.date, ...]:
    return tuple(when + dt.timedelta(days=d) for d in range(-reach, reach + 1))


def _filed(it: _Item) -> list[tuple]:
    """The keys an incident is filed under for one kind of its items (``_wanted``)."""
    keys: list[tuple] = [("key", it.key)]
    keys.append(("key-reported", it.key, it.published) if it.published else ("key-undated", it.key))
    if it.bounds is not None:
        for scale in _scales(it.bounds):
            keys.append(("close-article", scale, it.article))
            if it.published:
                keys.append(("close-reported", scale, it.published))
            if it.place:
                keys.append(("close-place", scale, it.place))
    return keys


def _wanted(it: _Item) -> list[tuple]:
    """The keys under which every incident ``_fits`` could accept ``it`` is filed: each
    way ``_fits`` can say yes needs one of them (see ``_Index``)."""
    keys: list[tuple] = []
    if it.published is None:
        keys.append(("key", it.key))  # the same figure, no report day to keep apart
    else:
        keys.append(("key-undated", it.key))
        keys += [("key-reported", it.key, d) for d in _days(it.published, SAME_FIGURE_DAYS)]
    if it.bounds is not None:
        for scale in _scales(it.bounds):
            keys.append(("close-article", scale, it.article))  # two sides' counts in one story
            if it.published:
                keys += [("close-reported", scale, d) for d in _days(it.published, CLOSE_DAYS)]
            if it.place:
                keys.append(("close-place", scale, it.place))
    if it.place and it.published:
        keys += [("place-reported", it.place, d) for d in _days(it.published, NEAR_DAYS)]
    if it.day:
        keys += [("day", d) for d in _days(it.day, NEAR_DAYS)]
    return keys


class _Index:
    """The incidents of one party and kind that could take an item, found without
    looking at the others (index.py). ``_fits`` says yes only for

    - the same figure, reported within ``SAME_FIGURE_DAYS`` (or either report
      undated): filed by figure and report day;
    - close figures on the incident's day, or the same place on a day either side:
      filed by the incident's day (kept current as the incident's date firms up);
    - close figures in the same article, reported within ``CLOSE_DAYS``, or at the
      same place: filed by the scales at which a figure could be close (``_scales``):
      if a range lies below another and is close to it, its top is at least the
      other's bottom less ``CLOSE`` of the other's top, so the scale of its top is in
      both sets;
      overlapping ranges share the scale of any common figure (with the article, the
      report day or the place: an article's every incident is not a candidate);
    - an undated incident at the same place reported a day apart: filed by each of
      its places and each day it was reported.

    The first incident that fits wins, as a scan of every incident in order would give.
    """

    def __init__(self, every_pair: bool = False) -> None:
        self.blocks: Blocks[_Incident] = blocks(every_pair)
        self.filed_day: dict[int, dt.date] = {}

    def home(self, it: _Item) -> _Incident | None:
        return next((i for i in self.blocks.candidates(_wanted(it)) if _fits(it, i)), None)

    def add(self, it: _Item, inc: _Incident | None, number: int) -> _Incident:
        inc = inc or _Incident(number)
        n = inc.number
        new_kind = it.signature not in inc.kinds
        new_place = bool(it.place) and it.place not in inc.places
        new_report = it.published is not None and it.published not in inc.reported
        inc.add(it)
        if new_kind:
            for key in _filed(it):
                self.blocks.file(key, n, inc)
        if new_place:
            for d in inc.reported:
                self.blocks.file(("place-reported", it.place, d), n, inc)
        if new_report:
            for where in inc.places:
                self.blocks.file(("place-reported", where, it.published), n, inc)
        when, filed = day(inc.date), self.filed_day.get(n)
        if when != filed:
            if filed is not None:
                self.blocks.unfile(("day", filed), n)
                del self.filed_day[n]
            if when is not None:
                self.blocks.file(("day", when), n, inc)
                self.filed_day[n] = when
        return inc


def build_ledger(ctx: Context) -> list[LedgerRow]:
    items = [
        _item(ctx, c) for c in sorted(ctx.facts.casualties, key=lambda c: order_key(c.evidence))
    ]
    starts = _series_starts(items)
    # Only incidents of the same party (and part of its people: "children" are not a
    # claim of all the civilians), kind and cumulativeness can take a casualty.
    groups: dict[tuple[str, str | None, str, bool], _Index] = {}
    series: dict[tuple[str, str | None, str, str], _Incident] = {}
    incidents: list[_Incident] = []
    for it in items:
        c = it.c
        if it.series is not None:
            key = (c.party, c.group, c.kind, starts[(c.party, c.kind, it.series)])
            home = series.get(key)
            if home is None:
                home = series[key] = _Incident(len(incidents), since=key[3])
                incidents.append(home)
            home.add(it)
            continue
        index = groups.get((c.party, c.group, c.kind, it.cumulative))
        if index is None:
            index = groups[(c.party, c.group, c.kind, it.cumulative)] = (
                _Index(every_pair=True) if ctx.every_pair else _Index()
            )
        home = index.add(it, index.home(it), len(incidents))
        if home.number == len(incidents):
            incidents.append(home)
    rows = [_row(ctx, inc) for inc in incidents]
    # Rows: by incident date (undated last), then in order of first mention.
    rows.sort(key=lambda r: (*sort_key(r.date), order_key(r.evidence[0])))
    return [_renumber(r, i) for i, r in enumerate(rows, start=1)]


def _series_starts(items: list[_Item]) -> dict[tuple[str, str, str], str]:
    """Each series of a party and kind, mapped to the series it is one with: start
    dates that fit each other ("since October 2023", "since Oct. 7, 2023") are one,
    named by the most precise, and the earliest of them is the start of the whole
    war ("since the fighting broke out"); a later start ("since the ceasefire",
    "since 1 March") is its own."""
    out: dict[tuple[str, str, str], str] = {}
    by: dict[tuple[str, str], set[str]] = {}
    for it in items:
        if it.series is not None:
            by.setdefault((it.c.party, it.c.kind), set()).add(it.series)
    for (party, kind), found in by.items():
        dates = sorted((s for s in found if parts(s)), key=sort_key)
        groups: list[list[str]] = []
        for d in dates:
            home = next((g for g in groups if all(compatible_dates(d, x) for x in g)), None)
            if home is None:
                groups.append([d])
            else:
                home.append(d)
        for g in groups:
            start = None
            for d in g:
                start = more_precise(start, d)
            for d in g:
                out[(party, kind, d)] = start or d
        if groups:  # the whole war counts from the earliest start the sources give
            out[(party, kind, WAR)] = out[(party, kind, groups[0][0])]
        for s in found:
            out.setdefault((party, kind, s), s)
    return out


def _renumber(r: LedgerRow, i: int) -> LedgerRow:
    from dataclasses import replace

    return replace(r, id=f"c{i}")


def _row(ctx: Context, inc: _Incident) -> LedgerRow:
    groups: dict[tuple, list[Casualty]] = {}
    for it in inc.items:
        groups.setdefault((it.key, it.claimant), []).append(it.c)
    # An outlet that names no claimant repeats the one named claim with its figure.
    for (fig, claimant), items in list(groups.items()):
        if claimant:
            continue
        named = [k for k in groups if k[0] == fig and k[1]]
        if len(named) == 1:
            groups[named[0]].extend(items)
            del groups[(fig, claimant)]
    claims = [_claim(ctx, items) for items in groups.values()]

    def written(cl: Claim) -> str | None:
        # when it was written, as far as known: an undated article by its text's bounds
        days = [w for e in cl.evidence if (w := ctx.reported(e))]
        return min(days, key=sort_key) if days else None

    # Side by side in the order they were reported (a toll revised from 4 to 15 reads
    # so); the same day, lowest first.
    claims.sort(
        key=lambda cl: (
            *sort_key(written(cl)),
            cl.floor is None,
            cl.floor or 0,
            cl.value or 0,
            cl.claimant or "",
            order_key(cl.evidence[0]),
        )
    )
    return LedgerRow(
        id="",
        party=inc.items[0].c.party,
        group=inc.items[0].c.group,
        kind=inc.items[0].c.kind,
        # A running total's dates are as-of dates, not the day of an incident.
        date=None if inc.since else inc.date,
        location=_where(inc),
        cumulative=inc.items[0].cumulative,
        claims=tuple(claims),
        since=inc.since,
    )


def _where(inc: _Incident) -> str | None:
    """The row's place: the most specific place a source gives for an incident; for a
    running total, only a place most of its reports give ("displaced 300,000 since July"
    is not a province's toll because one report counted those of a province; nor is
    Iran's "627 killed" Israel's because another report counted "dozens" there)."""
    if inc.since and sum(1 for it in inc.items if it.c.location) * 2 <= len(inc.items):
        return None
    return inc.location


def _claim(ctx: Context, items: list[Casualty]) -> Claim:
    items = sorted(items, key=lambda c: order_key(c.evidence))
    first = items[0]
    claimant = ctx.claimant(next((c.claimed_by for c in items if c.claimed_by), None))
    evidence = tuple(dict.fromkeys(c.evidence for c in items))
    outlets = tuple(dict.fromkeys(o for e in evidence if (o := ctx.outlet(e))))
    reported = [p for e in evidence if (p := ctx.published(e))]
    return Claim(
        figure=figure(first),
        count=first.count,
        low=first.low,
        high=first.high,
        approximate=first.approximate,
        claimant=claimant,
        outlets=outlets,
        reported=min(reported, key=sort_key) if reported else None,
        evidence=evidence,
        n_sources=ctx.n_sources(evidence),
    )


def build_tallies(rows: list[LedgerRow]) -> list[Tally]:
    """Per party and kind, the range of the claims with a figure; never a sum. A part
    of the party's people ("children") counts none of its claims."""
    by: dict[tuple[str, str], list[LedgerRow]] = {}
    for r in rows:
        if r.group is None:
            by.setdefault((r.party, r.kind), []).append(r)
    out = []
    for (party, kind), group in by.items():
        figured = [(r, [c for c in r.claims if c.floor is not None]) for r in group]
        figured = [(r, cs) for r, cs in figured if cs]
        if not figured:
            continue  # only vague figures ("dozens"): the ledger shows them, a range cannot
        lows = [(min(c.floor or 0 for c in cs), r, cs) for r, cs in figured]
        conservative, _, low_claims = max(lows, key=lambda x: x[0])
        claims = [c for _, cs in figured for c in cs]
        highest = max(claims, key=lambda c: c.value or 0)
        smallest = min(c.floor or 0 for c in claims)  # every claim here has a floor
        low_claim = min(low_claims, key=lambda c: c.floor or 0)
        evidence: tuple[Evidence, ...] = tuple(
            dict.fromkeys((*low_claim.evidence, *highest.evidence))
        )
        out.append(
            Tally(
                party=party,
                kind=kind,  # type: ignore[arg-type]
                conservative=conservative,
                highest=highest.value or 0,
                smallest=smallest,
                n_claims=len(claims),
                rows=tuple(r.id for r, _ in figured),
                evidence=evidence,
            )
        )
    return out
