"""The view model: Facts + Config -> Brief, the only thing the templates see.

Every wording decision (actor names, figures, dates in words, which facts
become key developments) is made here in plain Python, so templates stay
dumb and an override template cannot get a figure or a citation wrong.
Every row carries the source numbers it rests on and, where known, the
sentence it came from, so a reader can check any line against its source.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import TypeVar

from briefings import __version__
from briefings.config import Config
from briefings.models import (
    CIVILIANS,
    UNKNOWN,
    Article,
    Casualty,
    DiplomaticStep,
    Evidence,
    Facts,
    GroundEvent,
    Statement,
)

#: Key developments: never fewer than this when the facts allow it, never more than MAX.
MIN_KEY, MAX_KEY = 3, 7
NOT_STATED = "not stated"
DASH = "—"

# -- the records the templates see ---------------------------------------------


@dataclass(frozen=True)
class Cite:
    """One citation: the source number and the sentence the fact came from."""

    n: int
    sentence: str


@dataclass(frozen=True)
class Header:
    title: str
    as_of: str  # "4 March 2020"
    as_of_iso: str
    period: str  # "11 February – 4 March 2020", or "not stated"
    n_sources: int
    marking: str | None
    generated_with: str


@dataclass(frozen=True)
class Development:
    """A key development: one sentence composed from a fact, with its citations."""

    text: str
    reason: str  # which rule picked it: "largest figure", "diplomacy", "most recent"
    date: str  # in words, or "" when undated
    cites: tuple[Cite, ...]


@dataclass(frozen=True)
class CasualtyRow:
    party: str
    kind: str
    figure: str  # "13", "30–35", "more than 50", "dozens"
    claimant: str  # a name, or "not stated"
    date: str  # in words, or "—"
    place: str  # or "—"
    cites: tuple[Cite, ...]


@dataclass(frozen=True)
class PositionLine:
    speaker: str  # a name, or "" when the article names no one
    text: str  # already in quotation marks when it is a verbatim quote
    quote: bool
    date: str  # in words, or ""
    cites: tuple[Cite, ...]


@dataclass(frozen=True)
class Position:
    actor: str
    statements: tuple[PositionLine, ...]


@dataclass(frozen=True)
class StepRow:
    type: str  # "Talks", "Phone call"
    participants: str  # "Russia and Turkey"
    status: str  # "held", "not planned"
    date: str
    place: str
    cites: tuple[Cite, ...]


@dataclass(frozen=True)
class GroundRow:
    actor: str
    action: str
    place: str
    date: str
    cites: tuple[Cite, ...]


@dataclass(frozen=True)
class TimelineEntry:
    date: str  # in words
    date_iso: str
    category: str  # "Casualties", "Statement", "Diplomacy", "Ground"
    text: str
    cites: tuple[Cite, ...]


@dataclass(frozen=True)
class SourceEntry:
    n: int
    id: str  # the article id: "a1"
    title: str
    outlets: str  # "Reuters, AP", or ""
    published: str  # in words, or "date not stated"
    url: str | None  # as given, shown as text
    href: str | None  # the same URL when it is http(s), so a link can never run script
    file: str  # the file name, without its folder
    duplicates: int  # near-duplicate copies folded into this one


@dataclass(frozen=True)
class Brief:
    """Everything one brief shows, in reading order."""

    header: Header
    key_developments: tuple[Development, ...]
    casualties: tuple[CasualtyRow, ...]
    positions: tuple[Position, ...]
    diplomacy: tuple[StepRow, ...]
    ground: tuple[GroundRow, ...]
    timeline: tuple[TimelineEntry, ...]
    undated: int  # facts left out of the timeline because they carry no date
    sources: tuple[SourceEntry, ...]
    skipped: tuple[str, ...]  # inputs that could not be read: "path: reason"


Row = TypeVar("Row", CasualtyRow, StepRow, GroundRow, TimelineEntry)

# -- dates in words --------------------------------------------------------------

MONTHS = (
    "January February March April May June July August September October November December"
).split()


def _parts(iso: str | None) -> tuple[int, ...] | None:
    if not iso:
        return None
    try:
        parts = tuple(int(p) for p in iso.split("-"))
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None
    return parts if 1 <= len(parts) <= 3 else None


def date_words(iso: str | None, empty: str = DASH) -> str:
    """'2020-03-04' -> '4 March 2020'; partial dates stay partial ('March 2020')."""
    parts = _parts(iso)
    if parts is None:
        return iso or empty  # an unparseable date is shown as given, never guessed at
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        return f"{MONTHS[parts[1] - 1]} {parts[0]}"
    return f"{parts[2]} {MONTHS[parts[1] - 1]} {parts[0]}"


def period_words(first: str | None, last: str | None) -> str:
    """A compact range: '11 February – 4 March 2020', '4–11 February 2020'."""
    if not first or not last:
        return NOT_STATED
    if first == last:
        return date_words(first)
    a, b = _parts(first), _parts(last)
    if a and b and len(a) == len(b) == 3 and a[0] == b[0]:
        if a[1] == b[1]:
            return f"{a[2]}–{b[2]} {MONTHS[a[1] - 1]} {a[0]}"
        return f"{a[2]} {MONTHS[a[1] - 1]} – {date_words(last)}"
    return f"{date_words(first)} – {date_words(last)}"


# -- names -------------------------------------------------------------------------


def _namer(config: Config):
    names = {a.id: a.name for a in config.actors}
    names[CIVILIANS] = "Civilians"
    names[UNKNOWN] = "Unattributed"

    def name(value: str | None, empty: str = NOT_STATED) -> str:
        if not value:
            return empty
        return names.get(value, value)  # a plain name ("Syrian Observatory") as given

    return name


def _and(names: Iterable[str]) -> str:
    items = list(dict.fromkeys(names))
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# -- figures ---------------------------------------------------------------------

#: Vague quantities, longest first so "hundreds of thousands" wins over "hundreds".
VAGUE = re.compile(
    r"\b(hundreds of thousands|tens of thousands|thousands|hundreds|dozens|scores|"
    r"several|many|a number of|a few|some|millions)\b",
    re.IGNORECASE,
)


def figure_words(c: Casualty) -> str:
    """The figure as the sources give it, never more precise than they are."""
    sentence = c.evidence.sentence
    if c.low is not None and c.high is not None and c.low != c.high:
        return f"{c.low:,}–{c.high:,}"
    if c.count is not None:
        return f"about {c.count:,}" if c.approximate else f"{c.count:,}"
    if c.low is not None:
        if c.approximate and (vague := VAGUE.search(sentence)):
            return vague.group(1).lower()
        at_least = re.search(r"\bat least\b", sentence, re.IGNORECASE)
        return f"{'at least' if at_least else 'more than'} {c.low:,}"
    if c.high is not None:
        return f"up to {c.high:,}"
    if vague := VAGUE.search(sentence):
        return vague.group(1).lower()
    return "number not stated"


def _magnitude(c: Casualty) -> int:
    return max(v for v in (c.count, c.high, c.low, 0) if v is not None)


# -- sentences composed from facts -------------------------------------------------

STATUS = {"not_planned": "not planned"}
STEP_TYPE = {"call": "phone call"}
#: Actions whose object is the place itself ("captured Saraqib"); others take "in".
TRANSITIVE = {
    "attacked", "captured", "shelled", "struck", "bombed", "seized", "entered", "besieged",
    "took", "recaptured", "took control of", "retook", "hit", "targeted", "surrounded",
}  # fmt: skip
PLACE_PREPOSITION = {"withdrew": "from", "retreated": "from", "advanced": "on"}


def _when(date: str | None) -> str:
    parts = _parts(date)
    if not parts:
        return ""
    return f" {'on' if len(parts) == 3 else 'in'} {date_words(date)}"


def _where_when(place: str | None, date: str | None) -> str:
    return (f" in {place}" if place else "") + _when(date)


# The composers take ``dated=False`` for the timeline, whose date column already says when.


def casualty_text(c: Casualty, name, dated: bool = True) -> str:
    text = f"{name(c.party)}: {figure_words(c)} {c.kind}"
    text += _where_when(c.location, c.date if dated else None)
    if c.claimed_by:
        text += f", according to {name(c.claimed_by)}"
    return text + "."


def step_text(s: DiplomaticStep, name, dated: bool = True) -> str:
    who = _and(name(p) for p in s.participants) or "Unnamed parties"
    kind = STEP_TYPE.get(s.type, s.type)
    where = _where_when(s.location, s.date if dated else None)
    return f"{who}: {kind} {STATUS.get(s.status, s.status)}{where}."


def ground_text(g: GroundEvent, name, dated: bool = True) -> str:
    text = f"{name(g.actor)} {g.action}"
    if g.place:
        prep = PLACE_PREPOSITION.get(g.action, "" if g.action in TRANSITIVE else "in")
        text += f" {prep} {g.place}".replace("  ", " ")
    return text + (_when(g.date) if dated else "") + "."


def quoted(s: Statement) -> str:
    text = s.text.strip()
    if s.quote and not text.startswith(("“", '"')):
        return f"“{text}”"
    return text


def statement_text(s: Statement, name) -> str:
    who = s.speaker or name(s.actor)
    if s.speaker and s.actor != UNKNOWN:
        who = f"{s.speaker} ({name(s.actor)})"
    return f"{who}: {quoted(s)}"


# -- building ---------------------------------------------------------------------


def _sort_key(iso: str | None) -> tuple[bool, str]:
    # ISO strings sort as dates; partial dates ("2020-03") sort before that month's
    # days; undated facts go last, after everything the sources do date.
    return (_parts(iso) is None, iso or "")


def _recent_first(items: list, date_of) -> list:
    """Most recent first, undated last (a plain reverse sort would put them first)."""
    dated = sorted((i for i in items if _parts(date_of(i))), key=date_of, reverse=True)
    return dated + [i for i in items if not _parts(date_of(i))]


def _cited(rows: Iterable[tuple[Row, tuple[Cite, ...]]]) -> list[Row]:
    """Fold rows that read the same into one row citing every source that gives it.

    Rows are built with ``cites=()`` so that equal wording means equal rows.
    """
    merged: dict[Row, dict[int, Cite]] = {}
    for row, cites in rows:
        have = merged.setdefault(row, {})
        for c in cites:
            have.setdefault(c.n, c)  # the first sentence seen for a source is kept
    return [replace(row, cites=tuple(v for _, v in sorted(c.items()))) for row, c in merged.items()]


def _source(n: int, a: Article) -> SourceEntry:
    outlets = a.outlets or ((a.source,) if a.source else ())
    return SourceEntry(
        n=n,
        id=a.id,
        title=a.title.strip() or PurePath(a.path).name,
        outlets=", ".join(dict.fromkeys(outlets)),
        published=date_words(a.published, empty="date not stated"),
        url=a.url or None,
        href=a.url if a.url and re.match(r"https?://", a.url, re.IGNORECASE) else None,
        file=PurePath(a.path).name,
        duplicates=len(a.duplicates),
    )


def build_brief(facts: Facts, config: Config) -> Brief:
    """Arrange the facts for reading; every row keeps its source numbers."""
    name = _namer(config)
    number = {a.id: i for i, a in enumerate(facts.articles, start=1)}

    def cite(e: Evidence) -> tuple[Cite, ...]:
        # Evidence from an article that is not in the list cannot be cited; it is
        # dropped from the citation rather than given a number that points nowhere.
        return (Cite(number[e.article_id], e.sentence.strip()),) if e.article_id in number else ()

    casualties = sorted(facts.casualties, key=lambda c: (_sort_key(c.date), name(c.party), c.kind))
    casualty_rows = _cited(
        (
            CasualtyRow(
                party=name(c.party),
                kind=c.kind,
                figure=figure_words(c),
                claimant=name(c.claimed_by),
                date=date_words(c.date),
                place=c.location or DASH,
                cites=(),
            ),
            cite(c.evidence),
        )
        for c in casualties
    )
    step_rows = _cited(
        (
            StepRow(
                type=STEP_TYPE.get(s.type, s.type).capitalize(),
                participants=_and(name(p) for p in s.participants) or NOT_STATED,
                status=STATUS.get(s.status, s.status),
                date=date_words(s.date),
                place=s.location or DASH,
                cites=(),
            ),
            cite(s.evidence),
        )
        for s in sorted(facts.diplomacy, key=lambda s: _sort_key(s.date))
    )
    ground_rows = _cited(
        (
            GroundRow(
                actor=name(g.actor),
                action=g.action,
                place=g.place or DASH,
                date=date_words(g.date),
                cites=(),
            ),
            cite(g.evidence),
        )
        for g in sorted(facts.ground, key=lambda g: _sort_key(g.date))
    )

    return Brief(
        header=_header(facts, config),
        key_developments=tuple(_key_developments(facts, name, cite)),
        casualties=tuple(casualty_rows),
        positions=tuple(_positions(facts, config, name, cite)),
        diplomacy=tuple(step_rows),
        ground=tuple(ground_rows),
        timeline=tuple(_timeline(facts, name, cite)),
        undated=_undated(facts),
        sources=tuple(_source(number[a.id], a) for a in facts.articles),
        skipped=tuple(f"{p.path}: {p.message}" for p in facts.problems),
    )


def _header(facts: Facts, config: Config) -> Header:
    dated = sorted((a.published for a in facts.articles if _parts(a.published)), key=_sort_key)
    n = len(facts.articles)
    as_of = config.date.isoformat()
    return Header(
        title=config.title,
        as_of=date_words(as_of),
        as_of_iso=as_of,
        period=period_words(dated[0], dated[-1]) if dated else NOT_STATED,
        n_sources=n,
        marking=config.marking or None,
        generated_with=(
            f"Compiled by briefings {__version__} from {n} news "
            f"{'source' if n == 1 else 'sources'}. Figures and statements are as reported "
            "by the sources and have not been independently verified."
        ),
    )


def _positions(facts: Facts, config: Config, name, cite) -> list[Position]:
    """One entry per configured actor, in config order, then anyone else who spoke."""
    by_actor: dict[str, list[Statement]] = {}
    for s in facts.statements:
        by_actor.setdefault(s.actor, []).append(s)
    order = [a.id for a in config.actors]
    order += sorted(k for k in by_actor if k not in order and k != UNKNOWN)
    order += [UNKNOWN] if UNKNOWN in by_actor else []
    out = []
    for actor in order:
        lines = [
            PositionLine(
                speaker=s.speaker or "",
                text=quoted(s),
                quote=s.quote,
                date=date_words(s.date, empty=""),
                cites=cite(s.evidence),
            )
            for s in sorted(by_actor.get(actor, []), key=lambda s: _sort_key(s.date))
        ]
        out.append(Position(actor=name(actor), statements=tuple(lines)))
    return out


def _key_developments(facts: Facts, name, cite) -> list[Development]:
    """A transparent first cut, in this order, up to MAX_KEY in all:

    1. the two largest casualty figures (killed before other kinds);
    2. up to two diplomatic steps that happened: agreements concluded first,
       then meetings, talks and calls held, most recent first;
    3. the most recent ground events, up to two;
    4. if that leaves fewer than MIN_KEY, the most recent statements.
    """
    picked: list[Development] = []
    seen: set[str] = set()

    def add(text: str, reason: str, date: str | None, evidence: Evidence) -> None:
        if text in seen or len(picked) >= MAX_KEY:
            return
        seen.add(text)
        picked.append(Development(text, reason, date_words(date, empty=""), cite(evidence)))

    largest = sorted(
        facts.casualties, key=lambda c: (c.kind != "killed", -_magnitude(c), _sort_key(c.date))
    )
    for c in [c for c in largest if _magnitude(c) > 0][:2]:
        add(casualty_text(c, name), "largest casualty figure", c.date, c.evidence)

    happened = _recent_first(
        [s for s in facts.diplomacy if s.status in ("held", "concluded")], lambda s: s.date
    )
    happened.sort(key=lambda s: s.type != "agreement")  # stable: recency kept within each
    for s in happened[:2]:
        add(step_text(s, name), "diplomatic step", s.date, s.evidence)

    for g in _recent_first(facts.ground, lambda g: g.date)[:2]:
        add(ground_text(g, name), "most recent event", g.date, g.evidence)

    if len(picked) < MIN_KEY:
        said = _recent_first(facts.statements, lambda s: s.date)
        for s in said[: MIN_KEY - len(picked)]:
            add(statement_text(s, name), "recent statement", s.date, s.evidence)
    return picked


def _timeline(facts: Facts, name, cite) -> list[TimelineEntry]:
    entries = [
        *[
            ("Casualties", c.date, casualty_text(c, name, False), c.evidence)
            for c in facts.casualties
        ],
        *[("Diplomacy", s.date, step_text(s, name, False), s.evidence) for s in facts.diplomacy],
        *[("Ground", g.date, ground_text(g, name, False), g.evidence) for g in facts.ground],
        *[("Statement", s.date, statement_text(s, name), s.evidence) for s in facts.statements],
    ]
    # Only facts the sources date go on the timeline: a date is never invented.
    dated = [e for e in entries if _parts(e[1])]
    dated.sort(key=lambda e: _sort_key(e[1]))  # stable: same-day facts keep section order
    return _cited(
        (TimelineEntry(date_words(d), d, category, text, cites=()), cite(ev))
        for category, d, text, ev in dated
    )


def _undated(facts: Facts) -> int:
    every = [*facts.casualties, *facts.diplomacy, *facts.ground, *facts.statements]
    return sum(1 for f in every if not _parts(f.date))
