"""Key developments: 3 to 7 findings picked by a score anyone can recompute.

Each part of the score is 0..1, and the total is their weighted sum
(``WEIGHTS`` in model.py):

- recency: halves every ``HALF_LIFE_DAYS`` days before the as-of date; the
  date is the finding's own (a planned meeting's day counts as today), else
  the latest day an article reported it; undated findings score 0;
- sources: independent sources beyond the first, ``(n - 1) / 2``, capped at 1;
- size: the largest figure of a casualty row on a log scale (100 killed, or
  1,000,000 displaced, score 1); a vague figure at its lowest reading
  ("hundreds": 200);
- status change: a diplomatic step whose status changed between reports;
- agreement: an agreement concluded within ``NEW_DAYS`` days (1), or one
  planned or proposed (0.5).

A finding dated more than ``HISTORY_DAYS`` before the as-of date is background and
never a key development, however often the articles recall it.

Diplomatic steps (but minor contacts: ``minor.py``), casualty rows and ground
items with a place or a date compete; statements only fill the list up to
``MIN_KEY`` when fewer findings qualify. An agreement reached at a meeting
(``Event.reached_at``) competes with that meeting as one development, never on
its own: one real-world step, one line.

Key developments are references (kind, id, score, sources, evidence); the view
model words them (``briefings/wording.py``), as it words every finding.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from briefings.analysis.common import Context, days_before, order_key, parts
from briefings.analysis.figures import vague_bounds
from briefings.analysis.minor import minor_contacts
from briefings.analysis.model import (
    WEIGHTS,
    Event,
    GroundItem,
    KeyDevelopment,
    LedgerRow,
    Position,
    Score,
)
from briefings.models import Evidence

MIN_KEY, MAX_KEY = 3, 7
#: Below this total a finding is not a key development (unless needed to reach MIN_KEY).
MIN_SCORE = 2.5
HALF_LIFE_DAYS = 7
NEW_DAYS = 30
#: A finding dated longer ago than this is background, never a key development.
HISTORY_DAYS = 365
#: Figures that score 1 for size, by kind: log10(figure + 1) / log10(FULL + 1).
FULL_SIZE = {"displaced": 1_000_000}
FULL_SIZE_DEFAULT = 100


def _recency(ctx: Context, dates: list[str | None]) -> float:
    ages = [d for d in (days_before(x, ctx.as_of) for x in dates) if d is not None]
    if not ages:
        return 0.0
    age = max(0, min(ages))  # the most recent; a day still to come is today
    return round(0.5 ** (age / HALF_LIFE_DAYS), 3)


def _history(ctx: Context, date: str | None) -> bool:
    """Whether a finding's own date is more than ``HISTORY_DAYS`` before the as-of date,
    its last possible day counted for a year or a month ("the 1966 Geneva Agreement",
    however many articles recall it): background, never a development."""
    age = days_before(date, ctx.as_of)
    if age is None or date is None:
        return False
    slack = {4: 365, 7: 31}.get(len(date), 0)
    return age - slack > HISTORY_DAYS


def _sources(n: int) -> float:
    return min(1.0, (n - 1) / 2) if n > 1 else 0.0


def _size(row: LedgerRow) -> float:
    # A vague figure counts at its lowest reading ("hundreds": 200), never more.
    values = [
        c.value if c.value is not None else (vague_bounds(c.figure) or (0, 0))[0]
        for c in row.claims
    ]
    values = [v for v in values if v]
    if not values:
        return 0.0
    full = FULL_SIZE.get(row.kind, FULL_SIZE_DEFAULT)
    return round(min(1.0, math.log10(max(values) + 1) / math.log10(full + 1)), 3)


def _score(recency: float, sources: float, size=0.0, change=0.0, agreement=0.0) -> Score:
    total = (
        WEIGHTS["recency"] * recency
        + WEIGHTS["sources"] * sources
        + WEIGHTS["size"] * size
        + WEIGHTS["status_change"] * change
        + WEIGHTS["agreement"] * agreement
    )
    return Score(recency, sources, size, change, agreement, round(total, 3))


# -- picking ----------------------------------------------------------------------------


def _event_score(ctx: Context, e: Event) -> Score:
    reported = [r.reported for r in e.history]
    new = e.type == "agreement" and _recency(ctx, [e.date, *reported]) > 0
    agreement = 0.0
    if new and e.status == "concluded":
        ages = [d for d in (days_before(x, ctx.as_of) for x in (e.date,)) if d is not None]
        agreement = 1.0 if not ages or min(ages) <= NEW_DAYS else 0.0
    elif new and e.status in ("planned", "proposed"):
        agreement = 0.5
    return _score(
        _recency(ctx, [e.date] if parts(e.date) else reported),
        _sources(e.n_sources),
        change=1.0 if e.status_changed else 0.0,
        agreement=agreement,
    )


def _reached(events: list[Event]) -> dict[str, list[Event]]:
    """Meeting id -> the agreements reached at it (an unknown meeting id is no link)."""
    ids = {e.id for e in events}
    out: dict[str, list[Event]] = {}
    for e in events:
        if e.type == "agreement" and e.reached_at in ids and e.reached_at != e.id:
            out.setdefault(e.reached_at or "", []).append(e)
    return out


def _event_candidates(ctx: Context, events: list[Event]) -> list[KeyDevelopment]:
    reached = _reached(events)
    told = {a.id for group in reached.values() for a in group}
    minor = minor_contacts(events)
    out = []
    for e in events:
        agreements = reached.get(e.id, [])
        if e.id in told or e.id in minor or (e.status is None and not agreements):
            continue  # told with its meeting; a minor contact; or only referred to
        if not agreements:
            score = _event_score(ctx, e)
            out.append(_dev("event", e.id, e.date, score, e.n_sources, e.mentions))
            continue
        # The meeting and its agreements are one step: the best of their scores, the
        # sources of all of them.
        scores = [_event_score(ctx, x) for x in (e, *agreements) if x.status is not None]
        evidence = sorted({m for x in (e, *agreements) for m in x.mentions}, key=order_key)
        n = ctx.n_sources(evidence)
        score = _score(
            max(s.recency for s in scores),
            _sources(n),
            change=max(s.status_change for s in scores),
            agreement=max(s.agreement for s in scores),
        )
        date = e.date or next((a.date for a in agreements if parts(a.date)), None)
        also = tuple(a.id for a in agreements)
        out.append(_dev("event", e.id, date, score, n, evidence, also))
    return out


def _candidates(ctx: Context, events, ledger, ground) -> list[KeyDevelopment]:
    out = _event_candidates(ctx, events)
    # A part of a toll ("including six children") never leads the brief where its whole
    # is told in the same sentence: the whole does.
    wholes = {(ev.article_id, ev.start) for r in ledger if r.group is None for ev in r.evidence}
    for r in ledger:
        if r.group is not None and any((ev.article_id, ev.start) in wholes for ev in r.evidence):
            continue
        n = len({ctx.source_key(ev) for ev in r.evidence})
        dates = [r.date] if parts(r.date) else [c.reported for c in r.claims]
        score = _score(_recency(ctx, dates), _sources(n), size=_size(r))
        out.append(_dev("ledger", r.id, r.date, score, n, r.evidence))
    for g in ground:
        if not g.place and not g.date:
            continue  # "Syria attacked", nowhere and never: too little to lead a brief
        dates = [g.date] if parts(g.date) else [ctx.published(ev) for ev in g.evidence]
        score = _score(_recency(ctx, dates), _sources(g.n_sources))
        out.append(_dev("ground", g.id, g.date, score, g.n_sources, g.evidence))
    return out


def _dev(
    kind: str,
    ref: str,
    date: str | None,
    score: Score,
    n: int,
    evidence: Iterable[Evidence],
    also: tuple[str, ...] = (),
) -> KeyDevelopment:
    return KeyDevelopment(
        kind=kind,
        ref=ref,
        date=date,
        score=score,
        n_sources=n,
        single_source=n < 2,
        evidence=tuple(evidence),
        also=also,
    )


def pick(
    ctx: Context,
    events: list[Event],
    ledger: list[LedgerRow],
    ground: list[GroundItem],
    positions: list[Position],
) -> list[KeyDevelopment]:
    def rank(d: KeyDevelopment) -> tuple:
        return (-d.score.total, -d.n_sources, order_key(d.evidence[0]), d.ref)

    ranked = sorted(
        (d for d in _candidates(ctx, events, ledger, ground) if not _history(ctx, d.date)),
        key=rank,
    )
    picked = [d for d in ranked if d.score.total >= MIN_SCORE][:MAX_KEY]
    picked += [d for d in ranked if d not in picked][: max(0, MIN_KEY - len(picked))]
    if len(picked) < MIN_KEY:
        said = []
        for p in positions:
            for _, items in p.themes:
                for s in items:
                    dates = [s.date] if parts(s.date) else [s.reported]
                    score = _score(_recency(ctx, dates), _sources(s.n_sources))
                    said.append(_dev("statement", s.id, s.date, score, s.n_sources, s.evidence))
        picked += sorted(said, key=rank)[: MIN_KEY - len(picked)]
    return sorted(picked, key=rank)
