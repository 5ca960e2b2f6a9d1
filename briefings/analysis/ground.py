"""Ground: the same action by the same actor at the same place, across articles, is one item.

Two mentions merge when actor and action agree, their dates are compatible
and something ties them together: the same place, or (no place on either
side) the same full date or the same article. Without a place or a date,
"Syria attacked" in two articles may be two attacks, so they stay apart.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field, replace

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
from briefings.analysis.index import Blocks, blocks
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
    scanning the rest (index.py). A group's place never changes (a mention with a
    place joins only a group with that place, one without only a group without), so
    ``_fits`` needs, with a place, the same place and a date that fits: an undated
    mention fits the first group there; a dated one, groups there undated, dated by a
    month or year holding its date, on its date, or within it. Without a place on
    either side it needs the same day or the same article. The first group that fits
    wins, as a scan of every group in order would give."""

    def __init__(self, every_pair: bool = False) -> None:
        self.blocks: Blocks[_Group] = blocks(every_pair)
        self.filed: dict[int, list[Hashable]] = {}  # group number -> its date keys

    def home(self, g: GroundEvent) -> _Group | None:
        keys: list[Hashable]
        if g.place:
            where, p = norm(g.place), parts(g.date)
            if p is None:
                keys = [("first-at", where)]
            else:
                keys = [("at", where, None), ("within", where, p)]
                keys += [("at", where, p[:n]) for n in range(1, len(p) + 1)]
        else:
            keys = [("article", g.evidence.article_id)]
            if day(g.date) and g.date:
                keys.append(("day", g.date))
        return next((grp for grp in self.blocks.candidates(keys) if _fits(g, grp)), None)

    def add(self, g: GroundEvent, grp: _Group) -> None:
        new = not grp.items
        grp.add(g)
        n = grp.number
        if g.place:
            where = norm(g.place)
            if new:
                self.blocks.file(("first-at", where), n, grp)
            p = parts(grp.date)
            keys: list[Hashable] = [("at", where, p)]
            keys += [("within", where, p[:k]) for k in range(1, len(p) + 1)] if p else []
        else:
            self.blocks.file(("article", g.evidence.article_id), n, grp)
            keys = [("day", grp.date)] if grp.date and day(grp.date) else []
        if keys != self.filed.get(n):  # its date firmed up: refile it
            for key in self.filed.get(n, []):
                self.blocks.unfile(key, n)
            for key in keys:
                self.blocks.file(key, n, grp)
            self.filed[n] = keys


def build_ground(ctx: Context) -> list[GroundItem]:
    # Only the same actor doing the same thing can be one item.
    by_kind: dict[tuple[str, str], _Index] = {}
    groups: list[_Group] = []
    for g in sorted(ctx.facts.ground, key=lambda g: order_key(g.evidence)):
        index = by_kind.get((g.actor, g.action))
        if index is None:
            index = by_kind[(g.actor, g.action)] = (
                _Index(every_pair=True) if ctx.every_pair else _Index()
            )
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
