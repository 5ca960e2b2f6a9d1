"""What changed since the previous brief of the same config, claim by claim, and
one line of trend.

The previous brief's articles and facts are in the store. Today's facts and the
previous brief's are analysed together (or, when every article of the previous
brief is still among today's, today's findings are that analysis already), so
the same rules that merge mentions into one step or one incident also decide
what is "the same" across the two briefs. Then each finding is read by where
its sentences come from: articles the previous brief had ("earlier"; when it
was itself made with ``--since``, also those of the briefs before it, back to
one made without) or articles it did not ("new"):

- a step whose latest report is new and says another status than the latest
  earlier report: **status changed** (planned → held);
- a casualty incident with a new figure from a claimant who gave another one
  earlier, or with a figure other than the earlier ones from a new claimant:
  **toll revised** (29 → 33, by whom); the same figure from a new claimant:
  **new claimant**;
- a step, an agreement, an incident, a demand, accusation, warning, denial or
  commitment of a configured actor, or a ground event only new articles report:
  **new agreement**, **new step**, **new casualties**, **new position**, **on the
  ground**;
- a step only articles that are no longer among today's report: **no longer
  reported** (not with ``--since``, whose brief holds only the new articles).

The trend (``TREND_RULE``, also in docs/daily.md) counts the changes that make
things worse (people newly reported killed, wounded or displaced: a new incident
or a toll revised up; a step cancelled or ruled out) against those that make
them better (a step or an agreement newly held or concluded): more
worse than better is "deteriorated", more better than worse "improved",
otherwise "unchanged". Each change it counts is listed with its citations.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from briefings.analysis.common import norm
from briefings.analysis.model import Claim, Event, Findings, LedgerRow
from briefings.brief import namer
from briefings.config import Config
from briefings.facts_json import article_facts_from_json, article_from_meta, evidence_to_json
from briefings.models import CIVILIANS, PARTY_NAMES, UNKNOWN, Article, Evidence, Facts
from briefings.store import BriefArticle, BriefRecord, Store
from briefings.wording import (
    claimant_words,
    date_words,
    event_title,
    ground_sentence,
    quoted,
    row_party,
    short_date,
    status_words,
)

STATUS = "status"
REVISED = "revised"
AGREEMENT = "agreement"
CLAIMANT = "claimant"
CASUALTIES = "casualties"
STEP = "step"
POSITION = "position"
DROPPED = "dropped"
GROUND = "ground"
#: The kinds of change, in the order the box lists them.
KINDS = (STATUS, REVISED, AGREEMENT, CLAIMANT, CASUALTIES, STEP, POSITION, DROPPED, GROUND)
LABELS = {
    STATUS: "Status changed",
    REVISED: "Toll revised",
    AGREEMENT: "New agreement",
    CLAIMANT: "New claimant",
    CASUALTIES: "New casualties",
    STEP: "New step",
    POSITION: "New position",
    DROPPED: "No longer reported",
    GROUND: "On the ground",
}
#: The themes of a statement that state a position ("says" is everything else).
POSITION_THEMES = ("demands", "accuses", "warns", "denies", "commits")
#: Casualties whose news makes things worse.
WORSE_KINDS = ("killed", "wounded", "displaced")
#: Statuses a step can move to that make things better, and worse.
BETTER_STATUS = ("held", "concluded")
WORSE_STATUS = ("cancelled", "not_planned")
DETERIORATED, IMPROVED, UNCHANGED = "deteriorated", "improved", "unchanged"
TREND_RULE = (
    "Deteriorated when more changes make things worse (people newly reported killed, "
    "wounded or displaced: a new incident or a toll revised up; a step cancelled or ruled "
    "out) than make them better (a step or agreement held or concluded); improved when "
    "more make them better; unchanged otherwise."
)
#: How many changes the trend line names; the rest are counted.
TREND_NAMES = 3


@dataclass(frozen=True)
class Change:
    kind: str  # one of KINDS
    text: str  # the change in words: "Southland, killed in Varna: 29 → 33 (health ministry)"
    effect: int  # +1 makes things worse, -1 better, 0 neither (for the trend)
    evidence: tuple[Evidence, ...]  # the new sentences it rests on
    earlier: tuple[Evidence, ...]  # the sentences the previous brief showed for it
    old: str | None = None  # the earlier figure or status
    new: str | None = None  # the new one
    by: str | None = None  # who gives the new figure or status

    @property
    def label(self) -> str:
        return LABELS[self.kind]


@dataclass(frozen=True)
class Trend:
    direction: str  # DETERIORATED, IMPROVED, UNCHANGED
    head: str  # "Deteriorated since 10 June 2030"
    reasons: str  # "worse: ...; ... — better: ...", or why nothing counted
    worse: tuple[int, ...]  # indexes into Changes.items
    better: tuple[int, ...]

    @property
    def text(self) -> str:
        return f"{self.head} ({self.reasons})."


@dataclass(frozen=True)
class Changes:
    since: str  # the previous brief's as-of date, ISO
    brief: int  # its id in the store
    issued: str  # when it was made (UTC)
    items: tuple[Change, ...]
    trend: Trend
    #: Paths of the previous brief's articles that are not among today's, by the id
    #: their evidence carries here.
    gone: dict[str, str]
    #: Whether "no longer reported" was looked for (not with --since).
    complete: bool


def compare(
    facts: Facts,
    findings: Findings,
    hashes: Sequence[str],
    base: BriefRecord,
    store: Store,
    config: Config,
    *,
    complete: bool = True,
) -> Changes:
    """Today's facts and findings against the previous brief ``base``.

    ``hashes`` are the content hashes of ``facts.articles``, in order;
    ``complete`` is False when today's brief holds only new articles (--since)."""
    from briefings.analysis import analyze

    earlier = _earlier_articles(store, base)
    today = set(hashes)
    old = {a.id for a, h in zip(facts.articles, hashes, strict=True) if h in earlier}
    new = {a.id for a, h in zip(facts.articles, hashes, strict=True) if h not in earlier}
    gone_records = [(b, record) for h, (b, record) in earlier.items() if h not in today]
    gone: dict[str, str] = {}
    union = findings
    if gone_records:
        extra = _earlier_facts(store, gone_records, {a.id for a in facts.articles})
        gone = {a.id: a.path for a in extra.articles}
        if extra.articles:
            both = Facts(
                as_of=facts.as_of,
                articles=facts.articles + extra.articles,
                casualties=facts.casualties + extra.casualties,
                statements=facts.statements + extra.statements,
                diplomacy=facts.diplomacy + extra.diplomacy,
                ground=facts.ground + extra.ground,
            )
            union = analyze(both, config)
    old |= set(gone)
    name = namer(config)
    year = int(facts.as_of[:4])
    items: list[Change] = []
    items += _events(union.events, old, new, set(gone), name, year, complete)
    items += _ledger(union.ledger, old, new, name)
    items += _positions(union, config, old, new, name)
    items += [
        Change(GROUND, ground_sentence(g, name), 0, g.evidence, ())
        for g in union.ground
        if _only(g.evidence, new)
    ]
    items.sort(key=lambda c: KINDS.index(c.kind))  # stable: the findings' order within a kind
    return Changes(
        since=base.as_of,
        brief=base.id,
        issued=base.issued,
        items=tuple(items),
        trend=trend(items, base.as_of),
        gone=gone,
        complete=complete,
    )


def _earlier_articles(
    store: Store, base: BriefRecord
) -> dict[str, tuple[BriefArticle, BriefRecord]]:
    """What the previous brief knew: its articles, and when it was made with --since
    (only the articles new then), those of the briefs before it, back to one made
    without --since. Each article with the brief whose facts of it to use."""
    out: dict[str, tuple[BriefArticle, BriefRecord]] = {}
    record: BriefRecord | None = base
    while record is not None:
        for b in store.brief_articles(record.id):
            out.setdefault(b.hash, (b, record))
        if record.since is None:
            break
        record = store.previous_brief(record.series, record.as_of)
    return out


def _earlier_facts(
    store: Store, records: list[tuple[BriefArticle, BriefRecord]], taken: set[str]
) -> Facts:
    """The facts of earlier articles that are not among today's, as the brief that
    had them had them (its extractor, its actors), under ids of their own."""
    meta = store.articles_meta([b.hash for b, _ in records])
    stored: dict[tuple[str, str], str] = {}
    by_key: dict[tuple[str, str], list[BriefArticle]] = {}
    for b, record in records:
        by_key.setdefault((record.extractor, record.actors), []).append(b)
    for (extractor, actors), group in by_key.items():
        stored.update(store.load_facts([(b.hash, b.anchor) for b in group], extractor, actors))
    out = Facts(as_of="", articles=[])
    for n, (b, _record) in enumerate(records, start=1):
        doc = stored.get((b.hash, b.anchor))
        if doc is None or b.hash not in meta:
            continue  # nothing to compare with: the store lost it
        ident = f"earlier-{n}"
        while ident in taken:
            ident += "'"
        path, info = meta[b.hash]
        article: Article = article_from_meta(info, ident, path)
        found = article_facts_from_json(json.loads(doc), ident)
        out.articles.append(article)
        out.casualties += found[0]
        out.statements += found[1]
        out.diplomacy += found[2]
        out.ground += found[3]
    return out


def _ids(evidence: Iterable[Evidence]) -> set[str]:
    return {e.article_id for e in evidence}


def _only(evidence: Iterable[Evidence], ids: set[str]) -> bool:
    found = _ids(evidence)
    return bool(found) and found <= ids


def _some(evidence: Iterable[Evidence], ids: set[str]) -> bool:
    return bool(_ids(evidence) & ids)


def _effect_of_status(status: str | None) -> int:
    if status in BETTER_STATUS:
        return -1
    if status in WORSE_STATUS:
        return 1
    return 0


def _events(
    events: Iterable[Event],
    old: set[str],
    new: set[str],
    gone: set[str],
    name,
    year: int,
    complete: bool,
) -> list[Change]:
    out = []
    for e in events:
        title = event_title(e, name)
        place = f", {e.location}" if e.location else ""
        mentions_new = [m for m in e.mentions if m.article_id in new]
        if not mentions_new:
            if complete and e.status and _only(e.mentions, gone):
                text = f"{title}{place} ({status_words(e.status)}): not in today's sources"
                out.append(Change(DROPPED, text, 0, (), e.mentions, old=e.status))
            continue
        if e.status is None:
            continue  # only referred to
        earlier = [r for r in e.history if _some(r.evidence, old)]
        latest = e.history[0] if e.history else None
        if not _some(e.mentions, old):
            kind = AGREEMENT if e.type == "agreement" else STEP
            text = f"{title}{place}: {status_words(e.status)}"
            effect = _effect_of_status(e.status)
            out.append(Change(kind, text, effect, tuple(mentions_new), (), new=e.status))
            continue
        if latest is None or not _some(latest.evidence, new) or not earlier:
            continue
        before, now = earlier[0].status, e.status
        if before == now:
            continue
        who = name(latest.reporter, empty="") if latest.reporter else ""
        when = short_date(latest.reported, year) if latest.reported else ""
        said = ", ".join(x for x in (who, when) if x)
        text = f"{title}{place}: {status_words(before)} → {status_words(now)}"
        text += f" ({said})" if said else ""
        out.append(
            Change(
                STATUS,
                text,
                _effect_of_status(now),
                tuple(e for e in latest.evidence if e.article_id in new),
                earlier[0].evidence,
                old=before,
                new=now,
                by=who or None,
            )
        )
    return out


def _head(r: LedgerRow, name) -> str:
    """'Killed (side not stated) in Belmora on 1 March 2031'."""
    party = row_party(r, name)
    party = party[0].lower() + party[1:] if r.party in PARTY_NAMES else party
    head = f"{r.kind.capitalize()} ({party})"
    if r.cumulative:
        head += ", running total,"
    if r.location:
        head += f" in {r.location}"
    if r.date:
        head += f" on {date_words(r.date)}" if len(r.date) == 10 else f" in {date_words(r.date)}"
    return head


def _by(c: Claim, name) -> str:
    return claimant_words(c.claimant, c.outlets, name)


def _ledger(rows: Iterable[LedgerRow], old: set[str], new: set[str], name) -> list[Change]:
    out = []
    for r in rows:
        earlier = [c for c in r.claims if _some(c.evidence, old)]
        fresh = [c for c in r.claims if _some(c.evidence, new) and not _some(c.evidence, old)]
        if not fresh:
            continue
        head = _head(r, name)
        worse = r.kind in WORSE_KINDS
        if not earlier:
            figures = "; ".join(f"{c.figure} ({_by(c, name)})" for c in fresh)
            evidence = tuple(e for c in fresh for e in c.evidence)
            out.append(Change(CASUALTIES, f"{head}: {figures}", int(worse), evidence, ()))
            continue
        claimants = {norm(c.claimant) for c in earlier if c.claimant}
        for c in fresh:
            same = [o for o in earlier if o.claimant and norm(o.claimant) == norm(c.claimant)]
            values = {o.value for o in earlier}
            if not same and c.value in values:
                if c.claimant and norm(c.claimant) not in claimants:
                    text = f"{head}: {_by(c, name)} now also gives {c.figure}"
                    match = tuple(e for o in earlier if o.value == c.value for e in o.evidence)
                    out.append(Change(CLAIMANT, text, 0, c.evidence, match, new=c.figure))
                continue  # the same figure again, unnamed: corroboration, not news
            before = same[0] if same else max(earlier, key=lambda o: o.value or 0)
            if before.figure == c.figure:
                continue
            up = (c.value or 0) > (before.value or 0)
            text = f"{head}: {before.figure} → {c.figure} ({_by(c, name)})"
            out.append(
                Change(
                    REVISED,
                    text,
                    int(up and worse),
                    c.evidence,
                    before.evidence,
                    old=before.figure,
                    new=c.figure,
                    by=_by(c, name),
                )
            )
    return out


def _positions(
    findings: Findings, config: Config, old: set[str], new: set[str], name
) -> list[Change]:
    actors = {a.id for a in config.actors}
    out = []
    for p in findings.positions:
        if p.actor in (UNKNOWN, CIVILIANS) or p.actor not in actors:
            continue
        for theme, statements in p.themes:
            if theme not in POSITION_THEMES:
                continue
            for s in statements:
                if not _only(s.evidence, new):
                    continue
                who = f"{s.speaker} ({name(p.actor)})" if s.speaker else name(p.actor)
                text = f"{who}, {theme}: {quoted(s.text, s.quote)}"
                out.append(Change(POSITION, text, 0, s.evidence, ()))
    return out


def trend(items: Sequence[Change], since: str) -> Trend:
    """The rule in TREND_RULE, with the changes it counted named."""
    worse = tuple(i for i, c in enumerate(items) if c.effect > 0)
    better = tuple(i for i, c in enumerate(items) if c.effect < 0)
    if len(worse) > len(better):
        direction = DETERIORATED
    elif len(better) > len(worse):
        direction = IMPROVED
    else:
        direction = UNCHANGED
    when = date_words(since)
    if not worse and not better:
        reasons = (
            "no new killing, wounding or displacement reported, no step held, concluded, "
            "cancelled or ruled out"
        )
        return Trend(direction, f"Unchanged since {when}", reasons, worse, better)
    parts = []
    for label, picked in (("worse", worse), ("better", better)):
        if not picked:
            continue
        names = [items[i].text for i in picked[:TREND_NAMES]]
        more = len(picked) - TREND_NAMES
        if more > 0:
            names.append(f"{more} more")
        parts.append(f"{label}: " + "; ".join(names))
    head = direction.capitalize() + (" on balance" if direction == UNCHANGED else "")
    return Trend(direction, f"{head} since {when}", " — ".join(parts), worse, better)


# -- JSON ---------------------------------------------------------------------------


def changes_to_json(changes: Changes | None) -> dict[str, Any]:
    """The ``changes`` and ``trend`` keys of the facts JSON (empty and null when there is
    no previous brief to compare with)."""
    if changes is None:
        return {"changes": [], "trend": None}

    def cites(evidence: Iterable[Evidence]) -> list[dict[str, Any]]:
        out = []
        for e in evidence:
            doc = evidence_to_json(e)
            if e.article_id in changes.gone:
                doc["article"] = None
                doc["path"] = changes.gone[e.article_id]
            out.append(doc)
        return out

    effect = {1: "worse", -1: "better", 0: None}
    return {
        "changes": [
            {
                "kind": c.kind,
                "label": c.label,
                "text": c.text,
                "old": c.old,
                "new": c.new,
                "by": c.by,
                "effect": effect[c.effect],
                "evidence": cites(c.evidence),
                "earlier": cites(c.earlier),
            }
            for c in changes.items
        ],
        "trend": {
            "direction": changes.trend.direction,
            "since": changes.since,
            "text": changes.trend.text,
            "worse": list(changes.trend.worse),
            "better": list(changes.trend.better),
            "rule": TREND_RULE,
            "complete": changes.complete,
        },
    }
