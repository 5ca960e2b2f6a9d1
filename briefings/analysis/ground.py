"""Ground: the same action by the same actor at the same place, across articles, is one item.

Two mentions merge when actor and action agree, their dates are compatible
and something ties them together: the same place, or (no place on either
side) the same full date or the same article. Without a place or a date,
"Syria attacked" in two articles may be two attacks, so they stay apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from briefings.analysis.common import (
    Context,
    compatible_dates,
    day,
    more_precise,
    norm,
    order_key,
    sort_key,
)
from briefings.analysis.model import GroundItem
from briefings.models import GroundEvent


@dataclass
class _Group:
    items: list[GroundEvent] = field(default_factory=list)
    date: str | None = None
    places: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)

    def add(self, g: GroundEvent) -> None:
        self.items.append(g)
        self.date = more_precise(self.date, g.date)
        if g.place:
            self.places.add(norm(g.place))
        self.articles.add(g.evidence.article_id)


def _fits(g: GroundEvent, group: _Group) -> bool:
    if not compatible_dates(g.date, group.date):
        return False
    if g.place and group.places:
        return norm(g.place) in group.places
    if g.place or group.places:
        return False  # one side names a place, the other does not: no tie
    if day(g.date) and g.date == group.date:
        return True
    return g.evidence.article_id in group.articles


def build_ground(ctx: Context) -> list[GroundItem]:
    # Only the same actor doing the same thing can be one item.
    by_kind: dict[tuple[str, str], list[_Group]] = {}
    groups: list[_Group] = []
    for g in sorted(ctx.facts.ground, key=lambda g: order_key(g.evidence)):
        candidates = by_kind.setdefault((g.actor, g.action), [])
        home = next((grp for grp in candidates if _fits(g, grp)), None)
        if home is None:
            home = _Group()
            candidates.append(home)
            groups.append(home)
        home.add(g)
    items = []
    for grp in groups:
        evidence = tuple(dict.fromkeys(g.evidence for g in grp.items))
        first = grp.items[0]
        items.append(
            GroundItem(
                id="",
                actor=first.actor,
                action=first.action,
                place=next((g.place for g in grp.items if g.place), None),
                date=grp.date,
                evidence=evidence,
                n_sources=ctx.n_sources(evidence),
            )
        )
    items.sort(key=lambda i: (*sort_key(i.date), order_key(i.evidence[0])))
    return [replace(item, id=f"g{n}") for n, item in enumerate(items, start=1)]
