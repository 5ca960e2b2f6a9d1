"""The facts as JSON (schema ``briefings.facts/1``, see the eval README), with the findings.

Lists keep extraction order (article, then position in the article), which
is deterministic for the same input; keys are fixed so diffs stay readable.

The findings (``briefings.analysis``) ride along under their own keys
(``events``, ``ledger``, ``tallies``, ``positions``, ``ground_items``,
``timeline``, ``undated``, ``key_developments``; schema in
``findings_schema``), so the facts contract keeps every key it had.
Every finding cites all the sentences it rests on, in the facts' evidence form.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from briefings.analysis.common import day
from briefings.analysis.model import (
    Claim,
    Event,
    Findings,
    GroundItem,
    KeyDevelopment,
    LedgerRow,
    Position,
    PositionStatement,
    StatusReport,
    Tally,
    TimelineItem,
)
from briefings.models import (
    Article,
    Casualty,
    DiplomaticStep,
    Evidence,
    Facts,
    GroundEvent,
    Statement,
)
from briefings.paths import shown
from briefings.wording import Namer, Sentences, id_namer

SCHEMA = "briefings.facts/1"
FINDINGS_SCHEMA = "briefings.findings/1"


def _evidence(ev: Evidence) -> dict[str, Any]:
    return {"article": ev.article_id, "text": ev.sentence, "start": ev.start, "end": ev.end}


def evidence_to_json(ev: Evidence) -> dict[str, Any]:
    """One sentence of evidence in the contract's form."""
    return _evidence(ev)


def _casualty(c: Casualty) -> dict[str, Any]:
    return {
        "party": c.party,
        "kind": c.kind,
        "count": c.count,
        "low": c.low,
        "high": c.high,
        "approximate": c.approximate,
        "date": c.date,
        "location": c.location,
        "claimed_by": c.claimed_by,
        "group": c.group,
        "evidence": _evidence(c.evidence),
    }


def _diplomacy(d: DiplomaticStep) -> dict[str, Any]:
    return {
        "type": d.type,
        "participants": list(d.participants),
        "status": d.status,
        "date": d.date,
        "location": d.location,
        "mediators": list(d.mediators),
        "term": d.term,
        "weekday": d.weekday,
        "evidence": _evidence(d.evidence),
    }


def _statement(s: Statement) -> dict[str, Any]:
    return {
        "actor": s.actor,
        "speaker": s.speaker,
        "text": s.text,
        "quote": s.quote,
        "date": s.date,
        "evidence": _evidence(s.evidence),
    }


def _ground(g: GroundEvent) -> dict[str, Any]:
    return {
        "actor": g.actor,
        "action": g.action,
        "place": g.place,
        "date": g.date,
        "evidence": _evidence(g.evidence),
    }


def _order(item: Any) -> tuple[int, str, int]:
    ev = item.evidence
    # Article ids are "a1", "a2", ... : sort a2 before a10.
    digits = "".join(ch for ch in ev.article_id if ch.isdigit())
    return (int(digits) if digits else 0, ev.article_id, ev.start)


def facts_to_json(
    facts: Facts, findings: Findings | None = None, name: Namer | None = None
) -> dict[str, Any]:
    """The facts contract, plus the findings (computed here, without names, if not given).
    ``name`` words the key developments with the config's names (ids read as names
    without it)."""
    if findings is None:
        from briefings.analysis import analyze

        findings = analyze(facts)
    return {
        "schema": SCHEMA,
        "as_of": facts.as_of,
        "articles": [
            {
                "id": a.id,
                "path": shown(a.path),
                "title": a.title,
                "source": a.source,
                "published": a.published,
                "url": a.url,
                "outlets": list(a.outlets),
            }
            for a in facts.articles
        ],
        "casualties": [_casualty(c) for c in sorted(facts.casualties, key=_order)],
        "diplomacy": [_diplomacy(d) for d in sorted(facts.diplomacy, key=_order)],
        "statements": [_statement(s) for s in sorted(facts.statements, key=_order)],
        "ground": [_ground(g) for g in sorted(facts.ground, key=_order)],
        "problems": [{"path": shown(p.path), "message": p.message} for p in facts.problems],
        "notes": [{"path": shown(n.path), "message": n.message} for n in facts.notes],
        **findings_to_json(findings, name),
    }


# -- one article's facts, and back (the store keeps them this way) -------------------

#: The kinds of fact, as the JSON names them, in the order ``Facts`` holds them.
KINDS = ("casualties", "statements", "diplomacy", "ground")


def article_facts_to_json(
    casualties: list[Casualty],
    statements: list[Statement],
    diplomacy: list[DiplomaticStep],
    ground: list[GroundEvent],
) -> dict[str, Any]:
    """One article's facts in the contract's form, in extraction order (not sorted)."""
    return {
        "casualties": [_casualty(c) for c in casualties],
        "statements": [_statement(s) for s in statements],
        "diplomacy": [_diplomacy(d) for d in diplomacy],
        "ground": [_ground(g) for g in ground],
    }


def _evidence_from(doc: dict[str, Any], article_id: str) -> Evidence:
    return Evidence(article_id, doc["text"], doc["start"], doc["end"])


def casualty_from_json(doc: dict[str, Any], article_id: str) -> Casualty:
    return Casualty(
        party=doc["party"],
        kind=doc["kind"],
        count=doc["count"],
        evidence=_evidence_from(doc["evidence"], article_id),
        low=doc["low"],
        high=doc["high"],
        approximate=doc["approximate"],
        date=doc["date"],
        location=doc["location"],
        claimed_by=doc["claimed_by"],
        group=doc.get("group"),  # facts written before groups were read have none
    )


def statement_from_json(doc: dict[str, Any], article_id: str) -> Statement:
    return Statement(
        actor=doc["actor"],
        speaker=doc["speaker"],
        text=doc["text"],
        quote=doc["quote"],
        evidence=_evidence_from(doc["evidence"], article_id),
        date=doc["date"],
    )


def diplomacy_from_json(doc: dict[str, Any], article_id: str) -> DiplomaticStep:
    return DiplomaticStep(
        type=doc["type"],
        participants=tuple(doc["participants"]),
        status=doc["status"],
        evidence=_evidence_from(doc["evidence"], article_id),
        date=doc["date"],
        location=doc["location"],
        mediators=tuple(doc["mediators"]),
        term=doc.get("term"),
        weekday=doc.get("weekday"),
    )


def ground_from_json(doc: dict[str, Any], article_id: str) -> GroundEvent:
    return GroundEvent(
        actor=doc["actor"],
        action=doc["action"],
        evidence=_evidence_from(doc["evidence"], article_id),
        place=doc["place"],
        date=doc["date"],
    )


def article_facts_from_json(
    doc: dict[str, Any], article_id: str
) -> tuple[list[Casualty], list[Statement], list[DiplomaticStep], list[GroundEvent]]:
    """The inverse of ``article_facts_to_json``, the evidence given ``article_id``
    (an article's id depends on the run that reads it, its facts do not)."""
    return (
        [casualty_from_json(d, article_id) for d in doc["casualties"]],
        [statement_from_json(d, article_id) for d in doc["statements"]],
        [diplomacy_from_json(d, article_id) for d in doc["diplomacy"]],
        [ground_from_json(d, article_id) for d in doc["ground"]],
    )


def article_meta_to_json(a: Article) -> dict[str, Any]:
    """What analysis and the Sources list need of an article, without its text."""
    return {
        "title": a.title,
        "source": a.source,
        "published": a.published,
        "url": a.url,
        "byline": a.byline,
        "dateline": a.dateline,
        "format": a.format,
        "outlets": list(a.outlets),
    }


def article_from_meta(doc: dict[str, Any], article_id: str, path: str) -> Article:
    """An article rebuilt from its stored metadata; its text is not kept (empty)."""
    return Article(
        id=article_id,
        path=path,
        title=doc["title"],
        text="",
        source=doc["source"],
        published=doc["published"],
        url=doc["url"],
        byline=doc["byline"],
        dateline=doc["dateline"],
        format=doc["format"],
        outlets=tuple(doc["outlets"]),
    )


# -- findings -------------------------------------------------------------------------


def _cites(evidence: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    return [_evidence(e) for e in evidence]


def _report(r: StatusReport) -> dict[str, Any]:
    return {
        "status": r.status,
        "reported": r.reported,
        "reporter": r.reporter,
        "side": r.side,
        "date": r.date,
        "location": r.location,
        "not_before": r.not_before,
        "evidence": _cites(r.evidence),
    }


def _event(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "type": e.type,
        "participants": list(e.participants),
        "name": e.name,
        "date": e.date,
        "location": e.location,
        "status": e.status,
        "status_changed": e.status_changed,
        "disputed": [_report(r) for r in e.disputed],
        "history": [_report(r) for r in e.history],
        "n_sources": e.n_sources,
        "reached_at": e.reached_at,
        "mentions": _cites(e.mentions),
    }


def _claim(c: Claim) -> dict[str, Any]:
    return {
        "figure": c.figure,
        "count": c.count,
        "low": c.low,
        "high": c.high,
        "approximate": c.approximate,
        "claimant": c.claimant,
        "outlets": list(c.outlets),
        "reported": c.reported,
        "n_sources": c.n_sources,
        "evidence": _cites(c.evidence),
    }


def _row(r: LedgerRow) -> dict[str, Any]:
    return {
        "id": r.id,
        "party": r.party,
        "group": r.group,
        "kind": r.kind,
        "date": r.date,
        "location": r.location,
        "cumulative": r.cumulative,
        "since": r.since,
        "claims": [_claim(c) for c in r.claims],
    }


def _tally(t: Tally) -> dict[str, Any]:
    return {
        "party": t.party,
        "kind": t.kind,
        "conservative": t.conservative,
        "highest": t.highest,
        "smallest": t.smallest,
        "n_claims": t.n_claims,
        "rows": list(t.rows),
        "evidence": _cites(t.evidence),
    }


def _said(s: PositionStatement) -> dict[str, Any]:
    return {
        "id": s.id,
        "speaker": s.speaker,
        "text": s.text,
        "quote": s.quote,
        "date": s.date,
        "reported": s.reported,
        "strength": s.strength,
        "n_sources": s.n_sources,
        "evidence": _cites(s.evidence),
    }


def _position(p: Position) -> dict[str, Any]:
    return {
        "actor": p.actor,
        "themes": [{"theme": t, "statements": [_said(s) for s in items]} for t, items in p.themes],
    }


def _ground_item(g: GroundItem) -> dict[str, Any]:
    return {
        "id": g.id,
        "actor": g.actor,
        "action": g.action,
        "place": g.place,
        "date": g.date,
        "n_sources": g.n_sources,
        "evidence": _cites(g.evidence),
    }


def _item(t: TimelineItem) -> dict[str, Any]:
    return {"date": t.date, "category": t.category, "ref": t.ref, "evidence": _cites(t.evidence)}


def _development(k: KeyDevelopment, words: Sentences) -> dict[str, Any]:
    return {
        "text": words.development(k),
        "kind": k.kind,
        "ref": k.ref,
        "also": list(k.also),
        "date": k.date,
        "n_sources": k.n_sources,
        "single_source": k.single_source,
        "score": asdict(k.score),
        "why": k.score.explain(),
        "evidence": _cites(k.evidence),
    }


def findings_to_json(findings: Findings, name: Namer | None = None) -> dict[str, Any]:
    # The brief's wording; without a config's names, ids read as names.
    words = Sentences(findings, name or id_namer(), day(findings.as_of))
    return {
        "findings_schema": FINDINGS_SCHEMA,
        "events": [_event(e) for e in findings.events],
        "ledger": [_row(r) for r in findings.ledger],
        "tallies": [_tally(t) for t in findings.tallies],
        "positions": [_position(p) for p in findings.positions],
        "ground_items": [_ground_item(g) for g in findings.ground],
        "timeline": [_item(t) for t in findings.timeline],
        "undated": [_item(t) for t in findings.undated],
        "key_developments": [_development(k, words) for k in findings.key_developments],
        "not_before": dict(findings.not_before),
    }


def dumps(doc: dict[str, Any]) -> str:
    """The document as JSON text: each top-level key on a line of its own, each item
    of a list on one line. Readable and diffable, and written by the json module's C
    encoder, which ``indent`` would turn off (a 5 MB article's facts took seconds)."""
    lines = ["{"]
    keys = list(doc)
    for n, key in enumerate(keys):
        value = doc[key]
        comma = "," if n < len(keys) - 1 else ""
        name = json.dumps(key)
        if isinstance(value, list) and value:
            items = ",\n    ".join(json.dumps(v, ensure_ascii=False) for v in value)
            lines.append(f"  {name}: [\n    {items}\n  ]{comma}")
        else:
            lines.append(f"  {name}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"
