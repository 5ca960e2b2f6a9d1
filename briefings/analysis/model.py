"""Findings: what the articles' mentions add up to, across articles.

Extraction gives one record per mention; analysis merges them into findings
that readers can act on. Every finding keeps every mention it rests on
(``Evidence``), so any line of a brief still points back to its sentences.

    Facts -> Findings(events, ledger, tallies, positions, timeline, undated,
                      key_developments)

Ids are actor ids (``russia``) or plain names, as in the facts. Wording for
readers is not decided here: key developments are references to findings,
and ``briefings/wording.py`` words every finding for every section.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefings.models import CasualtyKind, DiplomacyStatus, DiplomacyType, Evidence


@dataclass(frozen=True)
class StatusReport:
    """One article's word on a diplomatic step: what status, who said so, when."""

    status: DiplomacyStatus
    reported: str | None  # ISO date the article reports it (its publication date), or None
    reporter: str | None  # who says so: speaker, else the side (actor id), else the outlet
    side: str | None  # actor id of the reporter when one is known
    date: str | None  # the step's date as this report gives it
    location: str | None  # the place as this report gives it (normalised)
    evidence: tuple[Evidence, ...]  # the same report in several sentences is one report
    #: An undated article's earliest possible day (Findings.not_before), to order it.
    not_before: str | None = None


@dataclass(frozen=True)
class Event:
    """One diplomatic step, merged from every article that mentions it."""

    id: str  # "e1", in order of first mention
    type: DiplomacyType
    participants: tuple[str, ...]
    name: str | None  # a proper name the sources use: "Sochi memorandum"
    date: str | None  # the most precise date any report gives
    location: str | None
    #: The furthest status of the latest reports (see analysis/events.py); None if only
    #: referred to.
    status: DiplomacyStatus | None
    #: Other statuses reported on the latest report day by another side: shown, not resolved.
    disputed: tuple[StatusReport, ...]
    history: tuple[StatusReport, ...]  # latest report first; undated reports last
    mentions: tuple[Evidence, ...]  # every sentence that mentions the step, in article order
    n_sources: int  # independent sources (articles from different outlets)
    #: An agreement reached at a meeting or talks: that event's id ("e3"), else None.
    reached_at: str | None = None
    #: The sources' most telling word for the step: "ceasefire", "declaration".
    term: str | None = None

    @property
    def status_changed(self) -> bool:
        return len({r.status for r in self.history}) > 1


@dataclass(frozen=True)
class Claim:
    """One figure for one incident, with every source that gives that same figure."""

    figure: str  # "33", "30–35", "more than 50", "dozens"
    count: int | None
    low: int | None
    high: int | None
    approximate: bool
    claimant: str | None  # actor id or plain name; None when the article names no one
    outlets: tuple[str, ...]  # the outlets that report this claim
    reported: str | None  # the earliest publication date of the reports
    evidence: tuple[Evidence, ...]
    n_sources: int  # corroboration: independent sources giving this figure

    @property
    def value(self) -> int | None:
        """A number to rank and chart by: the count, else the highest bound."""
        for v in (self.count, self.high, self.low):
            if v is not None:
                return v
        return None

    @property
    def floor(self) -> int | None:
        """The conservative reading of the claim."""
        for v in (self.count, self.low, self.high):
            if v is not None:
                return v
        return None


@dataclass(frozen=True)
class LedgerRow:
    """One incident, party and kind; different claims side by side, never averaged."""

    id: str  # "c1"
    party: str
    kind: CasualtyKind
    date: str | None  # the incident date, when a source gives it
    location: str | None
    cumulative: bool  # a running tally ("so far", "since", "death toll rose to")
    claims: tuple[Claim, ...]  # in the order they were reported; undated last
    #: A running total's series: "war" (the whole war), an ISO start date, or
    #: "since <noun>" ("since ceasefire"); None for an incident or a rolling window.
    since: str | None = None
    #: The part of the party's people its figures count ("children"), if only a part.
    group: str | None = None

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        return tuple(e for c in self.claims for e in c.evidence)

    @property
    def reported(self) -> str | None:
        dates = [c.reported for c in self.claims if c.reported]
        return min(dates) if dates else None


@dataclass(frozen=True)
class Tally:
    """Per party and kind: the range of claims, never a sum of overlapping reports.

    ``conservative`` is the largest figure every claim of its incident agrees
    to (the lowest claim of that row, then the largest such over the rows),
    ``highest`` the largest figure anyone claims, ``smallest`` the smallest.
    """

    party: str
    kind: CasualtyKind
    conservative: int
    highest: int
    smallest: int
    n_claims: int
    rows: tuple[str, ...]  # LedgerRow ids
    evidence: tuple[Evidence, ...]  # the claims giving the conservative and highest figures


@dataclass(frozen=True)
class PositionStatement:
    """A statement, merged with its repetitions in other articles."""

    actor: str
    speaker: str | None
    text: str
    quote: bool
    theme: str  # one of THEMES
    date: str | None  # the earliest date given
    strength: float  # for ordering: verbatim, strong wording, repeated
    evidence: tuple[Evidence, ...]
    n_sources: int
    id: str = ""  # "s1", in order of first mention: the timeline's reference
    reported: str | None = None  # the earliest publication date of its articles


#: The themes of a position, in the order a reader wants them.
THEMES = ("demands", "accuses", "warns", "denies", "commits", "says")


@dataclass(frozen=True)
class Position:
    actor: str
    themes: tuple[tuple[str, tuple[PositionStatement, ...]], ...]  # (theme, strongest first)


@dataclass(frozen=True)
class TimelineItem:
    date: str | None  # ISO, possibly partial; None for the undated list
    category: str  # "Diplomacy", "Casualties", "Ground", "Statement"
    ref: str  # the finding's id ("e1", "c2", "g3", "s4")
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class GroundItem:
    id: str  # "g1"
    actor: str
    action: str
    place: str | None
    date: str | None
    evidence: tuple[Evidence, ...]
    n_sources: int


@dataclass(frozen=True)
class Score:
    """The parts of a key development's score, each 0..1, and their weighted sum."""

    recency: float
    sources: float
    size: float
    status_change: float
    agreement: float
    total: float

    def explain(self) -> str:
        parts = ", ".join(
            f"{k.replace('_', ' ')} {getattr(self, k):.2f}"
            for k in ("recency", "sources", "size", "status_change", "agreement")
        )
        return f"score {self.total:.2f} = {parts} (weights {WEIGHTS_TEXT})"


WEIGHTS = {"recency": 3.0, "sources": 2.0, "size": 2.0, "status_change": 1.5, "agreement": 2.0}
WEIGHTS_TEXT = ", ".join(f"{k.replace('_', ' ')} ×{v:g}" for k, v in WEIGHTS.items())


@dataclass(frozen=True)
class KeyDevelopment:
    """A finding picked to lead the brief: a scored reference, worded by the view model."""

    kind: str  # "event", "ledger", "ground", "statement"
    ref: str  # the finding's id
    date: str | None  # the finding's own date, never one it does not give
    score: Score
    n_sources: int  # independent sources, over ``ref`` and ``also`` together
    single_source: bool  # fewer than two independent sources
    evidence: tuple[Evidence, ...]
    #: Findings told in the same sentence: the agreements reached at this meeting
    #: (``Event.reached_at``), which are not developments of their own.
    also: tuple[str, ...] = ()


@dataclass(frozen=True)
class Findings:
    as_of: str
    events: tuple[Event, ...]
    ledger: tuple[LedgerRow, ...]
    tallies: tuple[Tally, ...]
    positions: tuple[Position, ...]
    ground: tuple[GroundItem, ...]
    timeline: tuple[TimelineItem, ...]  # dated, in order
    undated: tuple[TimelineItem, ...]  # never given a date the sources do not give
    key_developments: tuple[KeyDevelopment, ...]
    #: Undated articles: the earliest day their text allows ("it reports the 5 March
    #: summit as held": not before 5 March), by article id. Never a publication date.
    not_before: tuple[tuple[str, str], ...] = ()

    def event(self, ref: str) -> Event | None:
        return next((e for e in self.events if e.id == ref), None)
