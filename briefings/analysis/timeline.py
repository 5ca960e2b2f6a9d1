"""Timeline: every dated finding in date order; the undated ones apart, never given a date.

A finding's date is the date the sources give for what happened (the
meeting's day, the incident's day, the day a statement was made), not the
day an article was published: an article's date says when something was
reported, which is a different fact.
"""

from __future__ import annotations

from briefings.analysis.common import order_key, parts, sort_key
from briefings.analysis.model import (
    Event,
    GroundItem,
    LedgerRow,
    Position,
    TimelineItem,
)

#: Same-day items: in this order, then in order of first mention.
CATEGORIES = ("Diplomacy", "Casualties", "Ground", "Statement")


def build_timeline(
    events: list[Event],
    ledger: list[LedgerRow],
    ground: list[GroundItem],
    positions: list[Position],
) -> tuple[list[TimelineItem], list[TimelineItem]]:
    """(dated in order, undated in order of first mention)."""
    items = [
        *(TimelineItem(e.date, "Diplomacy", e.id, e.mentions) for e in events),
        *(TimelineItem(r.date, "Casualties", r.id, r.evidence) for r in ledger),
        *(TimelineItem(g.date, "Ground", g.id, g.evidence) for g in ground),
        *(
            TimelineItem(s.date, "Statement", s.id, s.evidence)
            for p in positions
            for _, statements in p.themes
            for s in statements
        ),
    ]

    def key(t: TimelineItem) -> tuple:
        return (*sort_key(t.date), CATEGORIES.index(t.category), order_key(t.evidence[0]), t.ref)

    dated = sorted((t for t in items if parts(t.date)), key=key)
    undated = sorted((t for t in items if not parts(t.date)), key=key)
    return dated, undated
