"""The typed records that flow through the pipeline.

read -> extract -> reconcile -> render -> deliver:

    paths -> [Article] -> Facts (casualties, statements, diplomacy, ground)
          -> Brief (view model for the templates) -> HTML -> PDF -> files

Dates are ISO strings: ``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` when that is
all a text says, or ``None`` when unknown. Partial dates are kept as such so
that nothing more precise than the source is ever shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

CasualtyKind = Literal["killed", "wounded", "missing", "captured", "displaced"]
DiplomacyType = Literal["meeting", "call", "talks", "agreement", "visit"]
DiplomacyStatus = Literal["held", "planned", "proposed", "not_planned", "cancelled", "concluded"]

#: Party ids that exist in every brief besides the configured actors.
CIVILIANS = "civilians"
UNKNOWN = "unknown"
#: How the brief names the two parties that are no actor: one wording everywhere.
PARTY_NAMES = {CIVILIANS: "Civilians", UNKNOWN: "Side not stated"}


@dataclass(frozen=True)
class Article:
    """One article as read from disk, before extraction.

    ``id`` is assigned after reading and de-duplication ("a1", "a2", ...), in
    the sorted order of the paths, so the same input always gives the same ids.
    """

    id: str
    path: str
    title: str
    text: str
    source: str | None = None  # the outlet: "Reuters", "TASS"
    published: str | None = None  # ISO date, possibly partial
    url: str | None = None
    byline: str | None = None
    dateline: str | None = None  # place of the dateline: "MOSCOW"
    format: str = "txt"  # which reader read it
    #: Every outlet that ran this story (near-duplicates are kept once).
    outlets: tuple[str, ...] = ()
    #: Paths of the duplicates folded into this article.
    duplicates: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """Where a fact came from: the sentence, verbatim, and its offsets in the article text."""

    article_id: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Casualty:
    party: str  # actor id, "civilians" or "unknown"
    kind: CasualtyKind
    count: int | None
    evidence: Evidence
    low: int | None = None
    high: int | None = None
    approximate: bool = False
    date: str | None = None
    location: str | None = None
    claimed_by: str | None = None  # actor id or a plain name ("Syrian Observatory")
    #: A part of the party's people the figure counts ("children", "women"): not a
    #: count of the whole party, so never one of its claims.
    group: str | None = None


@dataclass(frozen=True)
class Statement:
    actor: str  # actor id or "unknown"
    speaker: str | None
    text: str
    quote: bool
    evidence: Evidence
    date: str | None = None


@dataclass(frozen=True)
class DiplomaticStep:
    type: DiplomacyType
    participants: tuple[str, ...]
    status: DiplomacyStatus
    evidence: Evidence
    date: str | None = None
    location: str | None = None
    #: Who mediates, hosts or sponsors the step between the participants.
    mediators: tuple[str, ...] = ()
    #: The step's own word as the sentence has it, lower case: "ceasefire",
    #: "declaration", "summit"; for a verb ("signed a truce") the noun it takes.
    term: str | None = None
    #: The day of the week its sentence gives, 0 for Monday, when there is no date to read
    #: it from (an undated article's "agreed on Saturday"); None when the step is dated.
    weekday: int | None = None


@dataclass(frozen=True)
class GroundEvent:
    actor: str
    action: str  # "attacked", "captured", "shelled", "withdrew", ...
    evidence: Evidence
    place: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Problem:
    """An input that was reported and skipped (one bad article never sinks a brief)."""

    path: str
    message: str


@dataclass(frozen=True)
class Note:
    """Something about an input that was still used, which the user should know: a
    date that is no real day and was ignored, a figure left out, an encoding guessed."""

    path: str
    message: str


@dataclass
class Facts:
    """Everything extracted from one run's articles."""

    as_of: str
    articles: list[Article]
    casualties: list[Casualty] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    diplomacy: list[DiplomaticStep] = field(default_factory=list)
    ground: list[GroundEvent] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
