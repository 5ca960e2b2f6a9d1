"""Analysis: Facts -> Findings (events, ledger, tallies, positions, ground, timeline,
key developments). See model.py for the records and each module for its rules.

    findings = analyze(facts, config)

Deterministic: the same facts always give the same findings, in the same order.
"""

from __future__ import annotations

from dataclasses import replace

from briefings.analysis.common import Context, Names, first_day
from briefings.analysis.events import merge_events
from briefings.analysis.ground import build_ground
from briefings.analysis.keydev import pick
from briefings.analysis.ledger import build_ledger, build_tallies
from briefings.analysis.model import Findings
from briefings.analysis.positions import build_positions
from briefings.analysis.timeline import build_timeline
from briefings.forked import forked, worth_splitting
from briefings.models import Facts

__all__ = ["Findings", "analyze"]


def analyze(facts: Facts, config: object | None = None, *, every_pair: bool = False) -> Findings:
    """Merge the facts' mentions into findings.

    ``config`` (a ``briefings.config.Config``) gives the order of positions;
    without it, actors with positions come in id order. ``every_pair`` compares each
    mention with every group instead of the few blocking finds (index.py): slow, the
    same findings, the reference for tests.
    """
    facts = _nothing_after(facts)
    ctx = Context(facts, every_pair)
    names = Names(config)
    # The events and positions are made in a second process while this one builds the
    # ledger and the ground (each pair about half the work): the same findings, sooner.
    with forked(
        lambda: (merge_events(ctx), build_positions(ctx, names)), worth_splitting(facts)
    ) as other:
        ledger = build_ledger(ctx)
        ground = build_ground(ctx)
        events, positions = other.result()
    tallies = build_tallies(ledger)
    timeline, undated = build_timeline(events, ledger, ground, positions)
    key = pick(ctx, events, ledger, ground, positions)
    return Findings(
        as_of=facts.as_of,
        events=tuple(events),
        ledger=tuple(ledger),
        tallies=tuple(tallies),
        positions=tuple(positions),
        ground=tuple(ground),
        timeline=tuple(timeline),
        undated=tuple(undated),
        key_developments=tuple(key),
        not_before=tuple(sorted(ctx.not_before.items())),
    )


def _nothing_after(facts: Facts) -> Facts:
    """A casualty, a move on the ground or a step held or concluded cannot be dated after
    the as-of date: such a date is a misreading ("on Tuesday" taken forward), so it is
    dropped, never shown. Plans keep theirs: a meeting can be due next week."""
    as_of = first_day(facts.as_of)
    if as_of is None:
        return facts

    def late(iso: str | None) -> bool:
        when = first_day(iso)
        return when is not None and when > as_of

    return replace(
        facts,
        casualties=[replace(c, date=None) if late(c.date) else c for c in facts.casualties],
        ground=[replace(g, date=None) if late(g.date) else g for g in facts.ground],
        diplomacy=[
            replace(d, date=None) if d.status in ("held", "concluded") and late(d.date) else d
            for d in facts.diplomacy
        ],
    )
