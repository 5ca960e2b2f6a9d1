"""What a brief shows in full, and what it folds into short lists.

Sixty articles give hundreds of findings: one-source phone calls nobody dates,
a side's tenth rewording of the same denial, a casualty figure with neither
date nor place. Shown in full, they bury the steps that matter under twenty
pages. The rules here decide, from the findings alone, what keeps a full row
and what is said on one line of a short list; nothing is dropped without a
count or a line that cites it. The view model (``briefings/brief.py``) builds
the records from these choices; the words come from ``briefings/wording.py``.

Rules:

- minor contacts: calls, meetings and visits with one source, no date and no
  agreement reached at them go to "Other reported contacts";
- positions: each actor's strongest statements that do not near-repeat a
  stronger one, a stand taken (demands, accusations, warnings, denials,
  commitments) before a plain "says"; dealt round the configured sides until
  ``SIDES_BUDGET`` are shown, then round the others (third countries, agencies)
  until ``OTHERS_BUDGET`` are; at most ``MAX_PER_THEME`` of one theme and
  ``MAX_PER_ACTOR`` (``MAX_PER_OTHER`` for a side not in the config) of one actor;
- ground: the ``MAX_GROUND_ROWS`` items that say most keep a row; the rest are
  summed up per side;
- casualties: a single claim from one source with neither date nor place goes to
  a short list; a ledger still longer than ``MAX_LEDGER_ROWS`` lists all its
  single, one-source claims there, and keeps as rows the incidents that several
  sources report, that sources dispute, and the running totals;
- timeline: past ``MAX_TIMELINE`` entries, only steps, key developments and what
  two or more articles report.

Past those folds, each section is cut to the size ``output.limits`` allows
(``briefings/config.py``), the rest going to the data appendix in full. Which
rows stay is ranked by rules that hold for any conflict:

- diplomacy: steps coming up (planned or proposed, not yet due) first, then the
  steps with a status, the latest report or date first (a planned step long
  overdue has no late report, so it sinks), then the best sourced;
- contacts: the latest reported;
- ground: the items that say most (above);
- casualties: the largest figures and the most disputed rows (most claims), in
  turn, so that neither crowds out the other; within a row, the lowest and the
  highest claims, then the best sourced;
- timeline: the key developments, then the steps, then what two articles report,
  then the latest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Sequence

from briefings.analysis.minor import minor_contacts
from briefings.analysis.model import (
    THEMES,
    Claim,
    Event,
    Findings,
    GroundItem,
    LedgerRow,
    PositionStatement,
    TimelineItem,
)
from briefings.analysis.positions import near_repeat
from briefings.wording import last_day, parts

#: Positions: a brief, not a transcript. What the configured sides are shown saying,
#: and what anyone else is (a budget the sides leave unspent goes to the others).
SIDES_BUDGET = 14
OTHERS_BUDGET = 6
MAX_PER_THEME = 3
MAX_PER_ACTOR = 4
MAX_PER_OTHER = 2
#: Ground: this many rows in full, with their sentence; the rest on one line per side.
MAX_GROUND_ROWS = 10
#: A casualty table longer than this keeps only corroborated, disputed or running
#: figures as rows.
MAX_LEDGER_ROWS = 40
#: A timeline longer than this keeps what two or more articles report, the diplomatic
#: steps and the key developments; the rest stays in its section.
MAX_TIMELINE = 40


def contacts_listed(findings: Findings) -> set[str]:
    """The minor contacts (``analysis/minor.py``): a big pile of articles has many, and a
    full row each buries the real steps."""
    return minor_contacts(findings.events)


def statements_shown(
    findings: Findings, configured: Collection[str], actor_key: Callable[[str], tuple]
) -> dict[str, list[PositionStatement]]:
    """Per actor, the statements to show, strongest first.

    Each budget is dealt round its actors, one statement each per round, so that
    every side is heard before any side is heard twice.
    """
    queues: dict[str, list[tuple[str, PositionStatement]]] = {}
    for p in sorted(findings.positions, key=lambda p: actor_key(p.actor)):
        order = {t: THEMES.index(t) if t in THEMES else len(THEMES) for t, _ in p.themes}
        queues[p.actor] = sorted(
            ((theme, s) for theme, ss in p.themes for s in ss),
            key=lambda ts: (
                ts[0] == "says",  # a stand before a remark
                -ts[1].strength,
                order[ts[0]],
                ts[1].date is None,  # dated first, then by date
                ts[1].date or "",
                ts[1].id,
            ),
        )
    kept: dict[str, list[PositionStatement]] = {a: [] for a in queues}
    sides = [a for a in queues if a in configured]
    others = [a for a in queues if a not in configured]
    left = _deal(queues, sides, kept, SIDES_BUDGET, MAX_PER_ACTOR)
    _deal(queues, others, kept, OTHERS_BUDGET + left, MAX_PER_OTHER)
    return kept


def _deal(
    queues: dict[str, list[tuple[str, PositionStatement]]],
    actors: list[str],
    kept: dict[str, list[PositionStatement]],
    budget: int,
    limit: int,
) -> int:
    """Deal ``budget`` statements round ``actors``, one per actor per round; returns
    what is left of the budget."""
    themes: dict[str, list[str]] = {a: [] for a in actors}
    while budget > 0 and any(queues[a] and len(kept[a]) < limit for a in actors):
        for actor in actors:
            queue = queues[actor]
            while queue and budget > 0 and len(kept[actor]) < limit:
                theme, s = queue.pop(0)
                if themes[actor].count(theme) >= MAX_PER_THEME:
                    continue
                if any(near_repeat(s.text, other.text) for other in kept[actor]):
                    continue  # the same point again, in other words
                kept[actor].append(s)
                themes[actor].append(theme)
                budget -= 1
                break
    return budget


def ground_shown(
    findings: Findings, limit: int = MAX_GROUND_ROWS
) -> tuple[list[GroundItem], list[GroundItem]]:
    """The ``limit`` items that say most (more sources, a place, a date, recent),
    and the rest. Items read from the sentence a shown item quotes, of its date, are
    shown with it, on its row: so the rows stay within ``limit`` (a well-sourced item
    must not pull in an item for each of its sources)."""

    def weight(g: GroundItem) -> tuple:
        latest_first = tuple(-x for x in parts(g.date) or ())
        return (-g.n_sources, not g.place, not parts(g.date), latest_first, g.id)

    best = sorted(findings.ground, key=weight)[:limit]
    quoted = {(g.evidence[0], g.date) for g in best if g.evidence}
    shown = {g.id for g in best} | {
        g.id for g in findings.ground if g.evidence and (g.evidence[0], g.date) in quoted
    }
    return (
        [g for g in findings.ground if g.id in shown],
        [g for g in findings.ground if g.id not in shown],
    )


def _single(r: LedgerRow) -> bool:
    """One claim from one source, and not a running total (the figure readers look for)."""
    return len(r.claims) == 1 and r.claims[0].n_sources < 2 and not r.cumulative


def ledger_listed(findings: Findings) -> set[str]:
    """The casualty rows said on one line of a short list instead of a row of the table."""
    listed = {r.id for r in findings.ledger if _single(r) and not r.location and not r.date}
    if len(findings.ledger) - len(listed) > MAX_LEDGER_ROWS:
        listed |= {r.id for r in findings.ledger if _single(r)}
    return listed


def timeline_shown(
    findings: Findings,
    shown: Collection[str],
    n_articles: Callable[[Iterable], int],
    limit: int | None = None,
) -> list[TimelineItem]:
    """The dated findings the sections above show in full, in date order; past
    MAX_TIMELINE of them, only steps, key developments and what two articles report;
    past ``limit``, the key developments, steps, corroborated and latest of those."""
    items = [t for t in findings.timeline if t.ref in shown]
    if len(items) <= MAX_TIMELINE and (limit is None or len(items) <= limit):
        return items
    key = {k.ref for k in findings.key_developments}
    key |= {ref for k in findings.key_developments for ref in k.also}
    if len(items) > MAX_TIMELINE:
        items = [
            t
            for t in items
            if t.category == "Diplomacy" or t.ref in key or n_articles(t.evidence) > 1
        ]
    if limit is None or len(items) <= limit:
        return items
    order = {id(t): i for i, t in enumerate(items)}  # date order: later is larger
    ranked = sorted(
        items,
        key=lambda t: (
            t.ref not in key,
            t.category != "Diplomacy",
            n_articles(t.evidence) < 2,
            -order[id(t)],
        ),
    )
    kept = {id(t) for t in ranked[:limit]}
    return [t for t in items if id(t) in kept]


# -- bounds: what the brief keeps when a section is longer than output.limits allows ----


def _day_number(iso: str | None) -> int:
    """A date as a number to rank by, the last day it can mean; undated ranks oldest."""
    day = last_day(iso)
    return day.toordinal() if day else 0


def events_ranked(events: Sequence[Event], as_of: dt.date) -> list[Event]:
    """Live steps first: coming up (planned or proposed, not yet due), then those with
    a status, the latest reported first, then those only referred to; the better
    sourced first among equals."""

    def key(e: Event) -> tuple:
        due = last_day(e.date)
        coming = e.status in ("planned", "proposed") and due is not None and due >= as_of
        latest = max(
            [_day_number(e.date), *(_day_number(r.reported or r.not_before) for r in e.history)]
        )
        return (not coming, e.status is None, -latest, -e.n_sources, e.id)

    return sorted(events, key=key)


def latest_first(events: Sequence[Event]) -> list[Event]:
    """Contacts the sources do not date: the latest reported first."""
    return sorted(
        events,
        key=lambda e: (-max((_day_number(r.reported) for r in e.history), default=0), e.id),
    )


def _largest(r: LedgerRow) -> int:
    return max((c.value or 0 for c in r.claims), default=0)


def ledger_ranked(rows: Sequence[LedgerRow]) -> list[LedgerRow]:
    """The largest figures and the most disputed rows, taken in turn: a toll of
    thousands and an incident twelve sources dispute both make the cut."""
    largest = sorted(rows, key=lambda r: (-_largest(r), -len(r.claims), r.id))
    disputed = sorted(rows, key=lambda r: (-len(r.claims), -_largest(r), r.id))
    out: dict[str, LedgerRow] = {}
    for pair in zip(largest, disputed, strict=True):
        for r in pair:
            out.setdefault(r.id, r)
    return list(out.values())


def claims_shown(claims: Sequence[Claim], limit: int) -> list[Claim]:
    """At most ``limit`` claims, in their order: the lowest and the highest (so the
    range read stays the sources' own), then the best sourced, then the latest."""
    if len(claims) <= limit:
        return list(claims)
    valued = [c for c in claims if c.value is not None]
    ends = []
    if valued:
        low = min(valued, key=lambda c: c.value or 0)
        high = max(valued, key=lambda c: c.value or 0)
        ends = [low] if high is low else [low, high]
    rest = sorted(
        (c for c in claims if all(c is not e for e in ends)),
        key=lambda c: (-c.n_sources, -_day_number(c.reported)),
    )
    chosen = [*ends, *rest][:limit]
    return [c for c in claims if any(c is k for k in chosen)]
