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
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from briefings.analysis.minor import minor_contacts
from briefings.analysis.model import (
    THEMES,
    Findings,
    GroundItem,
    LedgerRow,
    PositionStatement,
    TimelineItem,
)
from briefings.analysis.positions import near_repeat
from briefings.wording import parts

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


def ground_shown(findings: Findings) -> tuple[list[GroundItem], list[GroundItem]]:
    """The MAX_GROUND_ROWS items that say most (more sources, a place, a date, recent),
    and the rest. Items read from the same sentence as a shown item are shown with it."""

    def weight(g: GroundItem) -> tuple:
        latest_first = tuple(-x for x in parts(g.date) or ())
        return (-g.n_sources, not g.place, not parts(g.date), latest_first, g.id)

    best = sorted(findings.ground, key=weight)[:MAX_GROUND_ROWS]
    sentences = {e for g in best for e in g.evidence}
    shown = {g.id for g in best} | {
        g.id for g in findings.ground if g.evidence and g.evidence[0] in sentences
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
    findings: Findings, shown: Collection[str], n_articles: Callable[[Iterable], int]
) -> list[TimelineItem]:
    """The dated findings the sections above show in full, in date order; past
    MAX_TIMELINE of them, only steps, key developments and what two articles report."""
    items = [t for t in findings.timeline if t.ref in shown]
    if len(items) <= MAX_TIMELINE:
        return items
    key = {k.ref for k in findings.key_developments}
    key |= {ref for k in findings.key_developments for ref in k.also}
    return [
        t for t in items if t.category == "Diplomacy" or t.ref in key or n_articles(t.evidence) > 1
    ]
