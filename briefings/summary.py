"""What a brief showed, as plain data: kept in the store with the brief, and what
the email's text and HTML parts are written from (``send`` needs no re-run)."""

from __future__ import annotations

from typing import Any

from briefings.brief import Brief, Cite

#: The form of the summary kept with each brief.
SUMMARY_SCHEMA = "briefings.summary/1"


def _numbers(cites: tuple[Cite, ...]) -> list[int]:
    return [c.n for c in cites]


def summary_of(brief: Brief) -> dict[str, Any]:
    h = brief.header
    changes = None
    if brief.changes is not None:
        c = brief.changes
        changes = {
            "since": c.since_iso,
            "since_words": c.since,
            "trend": c.trend,
            "trend_text": c.trend_text,
            "trend_cites": _numbers(c.trend_cites),
            "lines": [
                {
                    "kind": line.kind,
                    "label": line.label,
                    "text": line.text,
                    "effect": line.effect,
                    "cites": _numbers(line.cites),
                    "was": _numbers(line.was),
                }
                for line in c.lines
            ],
            "more": c.more,
            "rule": c.rule,
        }
    return {
        "schema": SUMMARY_SCHEMA,
        "title": h.title,
        "as_of": h.as_of_iso,
        "as_of_words": h.as_of,
        "period": h.period,
        "n_sources": h.n_sources,
        "marking": h.marking,
        "key_developments": [
            {
                "text": d.text,
                "date": d.date,
                "single_source": d.single_source,
                "cites": _numbers(d.cites),
            }
            for d in brief.key_developments
        ],
        "changes": changes,
        "sources": [
            {
                "n": s.n,
                "title": s.title,
                "outlets": s.outlets,
                "published": s.published,
                "url": s.href,
            }
            for s in brief.sources
        ],  # fmt: skip
    }
