"""The facts as JSON (schema ``briefings.facts/1``, see the eval README).

Lists keep extraction order (article, then position in the article), which
is deterministic for the same input; keys are fixed so diffs stay readable.
"""

from __future__ import annotations

from typing import Any

from briefings.models import Casualty, DiplomaticStep, Evidence, Facts, GroundEvent, Statement

SCHEMA = "briefings.facts/1"


def _evidence(ev: Evidence) -> dict[str, Any]:
    return {"article": ev.article_id, "text": ev.sentence, "start": ev.start, "end": ev.end}


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
        "evidence": _evidence(c.evidence),
    }


def _diplomacy(d: DiplomaticStep) -> dict[str, Any]:
    return {
        "type": d.type,
        "participants": list(d.participants),
        "status": d.status,
        "date": d.date,
        "location": d.location,
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


def facts_to_json(facts: Facts) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "as_of": facts.as_of,
        "articles": [
            {
                "id": a.id,
                "path": a.path,
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
        "problems": [{"path": p.path, "message": p.message} for p in facts.problems],
    }
