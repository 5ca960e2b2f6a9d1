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
    number: int  # in order of creation: the first group that fits takes a mention
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


class _Index:
    """The groups of one actor and action that could take a mention, found without
    scanning the rest: ``_fits`` needs the same place or, with no place on either
    side, the same day or the same article. The first group that fits wins, as a
    scan of every group in order would give."""

    def __init__(self) -> None:
        self.by_place: dict[str, dict[int, _Group]] = {}
        self.by_day: dict[str, dict[int, _Group]] = {}
        self.by_article: dict[str, dict[int, _Group]] = {}

    def home(self, g: GroundEvent) -> _Group | None:
        if g.place:
            found = self.by_place.get(norm(g.place), {})
        else:
            found = dict(self.by_article.get(g.evidence.article_id, {}))
            if day(g.date) and g.date:
                found.update(self.by_day.get(g.date, {}))
        return next((found[n] for n in sorted(found) if _fits(g, found[n])), None)

    def add(self, g: GroundEvent, grp: _Group) -> None:
        before = grp.date
        grp.add(g)
        if g.place:
            self.by_place.setdefault(norm(g.place), {})[grp.number] = grp
            return
        self.by_article.setdefault(g.evidence.article_id, {})[grp.number] = grp
        if before != grp.date and before in self.by_day:
            self.by_day[before].pop(grp.number, None)
        if grp.date and day(grp.date):
            self.by_day.setdefault(grp.date, {})[grp.number] = grp


def build_ground(ctx: Context) -> list[GroundItem]:
    # Only the same actor doing the same thing can be one item.
    by_kind: dict[tuple[str, str], _Index] = {}
    groups: list[_Group] = []
    for g in sorted(ctx.facts.ground, key=lambda g: order_key(g.evidence)):
        index = by_kind.setdefault((g.actor, g.action), _Index())
        home = index.home(g)
        if home is None:
            home = _Group(len(groups))
            groups.append(home)
        index.add(g, home)
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
