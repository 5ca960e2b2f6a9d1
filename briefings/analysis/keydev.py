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

Diplomatic steps, casualty rows and ground items with a place or a date
compete; statements only
fill the list up to ``MIN_KEY`` when fewer findings qualify. Each
development is a sentence composed from its finding; one that rests on a
single source says so.
"""

from __future__ import annotations

import math

from briefings.analysis.common import Context, Names, date_words, days_before, order_key, parts
from briefings.analysis.figures import vague_bounds
from briefings.analysis.model import (
    WEIGHTS,
    Event,
    GroundItem,
    KeyDevelopment,
    LedgerRow,
    Position,
    PositionStatement,
    Score,
)

MIN_KEY, MAX_KEY = 3, 7
#: Below this total a finding is not a key development (unless needed to reach MIN_KEY).
MIN_SCORE = 2.5
HALF_LIFE_DAYS = 7
NEW_DAYS = 30
#: Figures that score 1 for size, by kind: log10(figure + 1) / log10(FULL + 1).
FULL_SIZE = {"displaced": 1_000_000}
FULL_SIZE_DEFAULT = 100

STATUS_WORDS = {"not_planned": "not planned"}
TYPE_WORDS = {"call": "phone call"}
QUOTE_MARKS = ' “”"'


def _recency(ctx: Context, dates: list[str | None]) -> float:
    ages = [d for d in (days_before(x, ctx.as_of) for x in dates) if d is not None]
    if not ages:
        return 0.0
    age = max(0, min(ages))  # the most recent; a day still to come is today
    return round(0.5 ** (age / HALF_LIFE_DAYS), 3)


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


# -- sentences -------------------------------------------------------------------------


def _when(iso: str | None) -> str:
    p = parts(iso)
    return f" {'on' if p and len(p) == 3 else 'in'} {date_words(iso)}" if p else ""


def _status(status: str | None) -> str:
    return STATUS_WORDS.get(status or "", status or "referred to")


def event_text(e: Event, names: Names) -> str:
    who = names.join(e.participants) or "Unnamed parties"
    what = e.name or TYPE_WORDS.get(e.type, e.type)
    text = f"{who}: {what} {_status(e.status)}"
    text += (f" in {e.location}" if e.location else "") + _when(e.date)
    current = e.history[0] if e.history else None
    if current and current.reporter:
        said = date_words(current.reported)
        text += f", according to {names(current.reporter)}" + (f" ({said})" if said else "")
    for r in e.disputed:
        text += f"; {names(r.reporter) or 'another source'} says {_status(r.status)}"
    earlier = [r for r in e.history[1:] if r not in e.disputed and r.status != e.status]
    if earlier:
        parts_ = []
        for r in earlier:
            bit = _status(r.status) + (f" in {r.location}" if r.location else "")
            who_ = ", ".join(x for x in (names(r.reporter), date_words(r.reported)) if x)
            parts_.append(bit + (f" ({who_})" if who_ else ""))
        text += "; earlier reports: " + "; ".join(parts_)
    return text


def ledger_text(row: LedgerRow, names: Names) -> str:
    where = (f" in {row.location}" if row.location else "") + _when(row.date)
    where += " (running total)" if row.cumulative else ""
    if len(row.claims) == 1:
        c = row.claims[0]
        by = f", according to {names(c.claimant)}" if c.claimant else ""
        return f"{names(row.party)}: {c.figure} {row.kind}{where}{by}"
    # Different figures side by side, each with its claimant: never one merged number.
    said = "; ".join(f"{c.figure} ({names(c.claimant) or 'unattributed'})" for c in row.claims)
    return f"{names(row.party)}: {row.kind}{where}: {said}"


def ground_text(g: GroundItem, names: Names) -> str:
    return f"{names(g.actor)} {g.action}" + (f" {g.place}" if g.place else "") + _when(g.date)


def statement_text(s: PositionStatement, names: Names) -> str:
    who = f"{s.speaker} ({names(s.actor)})" if s.speaker else names(s.actor)
    said = "“" + s.text.strip(QUOTE_MARKS) + "”" if s.quote else s.text.rstrip(".")
    return f"{who} {s.theme}: {said}"


def _finish(text: str, single: bool) -> str:
    text = text.rstrip(" .")
    return text + (" (single source)." if single else ".")


# -- picking ----------------------------------------------------------------------------


def _candidates(ctx: Context, events, ledger, ground, names: Names) -> list[KeyDevelopment]:
    out = []
    for e in events:
        if e.status is None:
            continue  # only referred to: not a development
        reported = [r.reported for r in e.history]
        new = e.type == "agreement" and _recency(ctx, [e.date, *reported]) > 0
        agreement = 0.0
        if new and e.status == "concluded":
            ages = [d for d in (days_before(x, ctx.as_of) for x in (e.date,)) if d is not None]
            agreement = 1.0 if not ages or min(ages) <= NEW_DAYS else 0.0
        elif new and e.status in ("planned", "proposed"):
            agreement = 0.5
        score = _score(
            _recency(ctx, [e.date] if parts(e.date) else reported),
            _sources(e.n_sources),
            change=1.0 if e.status_changed else 0.0,
            agreement=agreement,
        )
        out.append(
            _dev(event_text(e, names), "event", e.id, e.date, score, e.n_sources, e.mentions)
        )
    for r in ledger:
        n = len({ctx.source_key(ev) for ev in r.evidence})
        dates = [r.date] if parts(r.date) else [c.reported for c in r.claims]
        score = _score(_recency(ctx, dates), _sources(n), size=_size(r))
        out.append(_dev(ledger_text(r, names), "ledger", r.id, r.date, score, n, r.evidence))
    for g in ground:
        if not g.place and not g.date:
            continue  # "Syria attacked", nowhere and never: too little to lead a brief
        dates = [g.date] if parts(g.date) else [ctx.published(ev) for ev in g.evidence]
        score = _score(_recency(ctx, dates), _sources(g.n_sources))
        out.append(
            _dev(ground_text(g, names), "ground", g.id, g.date, score, g.n_sources, g.evidence)
        )
    return out


def _dev(text, kind, ref, date, score, n, evidence) -> KeyDevelopment:
    return KeyDevelopment(
        text=_finish(text, n < 2),
        kind=kind,
        ref=ref,
        date=date,
        score=score,
        n_sources=n,
        single_source=n < 2,
        evidence=tuple(evidence),
    )


def pick(
    ctx: Context,
    events: list[Event],
    ledger: list[LedgerRow],
    ground: list[GroundItem],
    positions: list[Position],
    names: Names,
) -> list[KeyDevelopment]:
    def rank(d: KeyDevelopment) -> tuple:
        return (-d.score.total, -d.n_sources, order_key(d.evidence[0]), d.ref)

    ranked = sorted(_candidates(ctx, events, ledger, ground, names), key=rank)
    picked = [d for d in ranked if d.score.total >= MIN_SCORE][:MAX_KEY]
    picked += [d for d in ranked if d not in picked][: max(0, MIN_KEY - len(picked))]
    if len(picked) < MIN_KEY:
        said = []
        for p in positions:
            for _, items in p.themes:
                for s in items:
                    dates = [s.date] if parts(s.date) else [s.reported]
                    score = _score(_recency(ctx, dates), _sources(s.n_sources))
                    text = statement_text(s, names)
                    said.append(
                        _dev(text, "statement", s.id, s.date, score, s.n_sources, s.evidence)
                    )
        picked += sorted(said, key=rank)[: MIN_KEY - len(picked)]
    return sorted(picked, key=rank)
