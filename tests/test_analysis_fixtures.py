"""Analysis on the real extractor's output for invented articles (tests/fixtures/analysis).

Six short articles about a fictional strait crisis between Kesh and Tarvos,
from five outlets, one of them undated: one strike counted by two sides,
one meeting whose status changes and is disputed on the same day, one new
agreement, one running total, one repeated demand.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from briefings.analysis import analyze
from briefings.analysis.model import Findings
from briefings.brief import build_brief
from briefings.config import load_config
from briefings.models import Facts
from briefings.pipeline import extract

HERE = Path(__file__).resolve().parent / "fixtures" / "analysis"
CONFIG = HERE / "strait.yaml"
ARTICLES = HERE / "articles"


@cache
def _run() -> tuple[Facts, Findings]:
    run = extract(load_config(CONFIG), [ARTICLES])
    assert run.findings is not None
    return run.facts, run.findings


def _article(facts: Facts, name: str) -> str:
    return next(a.id for a in facts.articles if a.path.endswith(name))


def test_the_ostra_meeting_is_one_event_with_its_history_and_the_same_day_dispute():
    facts, findings = _run()
    ostra = [e for e in findings.events if e.location == "Ostra"]
    assert len(ostra) == 1
    (event,) = ostra
    assert event.type == "meeting" and event.date == "2031-05-19"
    assert {e.article_id for e in event.mentions} == {
        _article(facts, n)
        for n in (
            "01-selvik-strike.txt",
            "02-selvik-toll.txt",
            "04-ostra-on.txt",
            "05-ostra-off.txt",
        )
    }
    history = [(r.reported, r.status) for r in event.history]
    assert history == [
        ("2031-05-18", "planned"),
        ("2031-05-18", "not_planned"),
        ("2031-05-13", "not_planned"),
        ("2031-05-12", "planned"),
    ]
    assert event.status == "planned"
    assert [r.status for r in event.disputed] == ["not_planned"]
    assert event.status_changed and event.n_sources == 4


def test_the_corridor_agreement_is_one_named_event_with_its_later_reference():
    facts, findings = _run()
    named = [e for e in findings.events if e.name == "Dorne Corridor Agreement"]
    assert len(named) == 1
    (event,) = named
    assert (event.status, event.date) == ("concluded", "2031-05-17")
    assert {e.article_id for e in event.mentions} == {
        _article(facts, "04-ostra-on.txt"),
        _article(facts, "05-ostra-off.txt"),
    }


def test_the_selvik_toll_keeps_both_sides_figures_with_their_corroboration():
    _, findings = _run()
    (row,) = [r for r in findings.ledger if r.location == "Selvik"]
    # "21 people were killed": people of no stated side
    assert (row.party, row.kind, row.date, row.cumulative) == (
        "unknown",
        "killed",
        "2031-05-11",
        False,
    )
    # a health ministry claims under its own name
    claims = [(c.figure, c.claimant, c.n_sources) for c in row.claims]
    assert claims == [("21", "Keshi health ministry", 2), ("24", "monitor", 1)]
    assert row.claims[0].outlets == ("Harbor Post", "Meridian Wire")
    tally = next(t for t in findings.tallies if t.party == "unknown" and t.kind == "killed")
    assert row.id in tally.rows
    # One incident: the range of its two claims, never a sum.
    assert (tally.smallest, tally.conservative, tally.highest) == (21, 21, 24)
    # The civilians' tally ranges over the running total (58 in the past week).
    civilians = next(t for t in findings.tallies if t.party == "civilians" and t.kind == "killed")
    assert civilians.highest == 58


def test_a_running_total_is_marked_cumulative():
    _, findings = _run()
    (row,) = [r for r in findings.ledger if any(c.count == 58 for c in r.claims)]
    assert row.cumulative


def test_the_repeated_demand_leads_keshs_position():
    facts, findings = _run()
    kesh = next(p for p in findings.positions if p.actor == "kesh")
    assert kesh.themes[0][0] == "demands"
    demand = kesh.themes[0][1][0]
    assert demand.speaker == "Ilan Brae" and demand.quote
    assert demand.text == "We demand an immediate halt to these attacks on our ports"
    assert demand.n_sources == 2
    assert {e.article_id for e in demand.evidence} == {
        _article(facts, "01-selvik-strike.txt"),
        _article(facts, "05-ostra-off.txt"),
    }


def test_the_timeline_is_in_order_and_the_undated_story_stays_undated():
    facts, findings = _run()
    dates = [t.date for t in findings.timeline]
    assert all(dates) and dates == sorted(dates)
    assert all(t.date is None for t in findings.undated)
    undated_article = _article(facts, "06-undated-feature.txt")
    on_timeline = {e.article_id for t in findings.timeline for e in t.evidence}
    assert undated_article not in on_timeline
    assert any(e.article_id == undated_article for t in findings.undated for e in t.evidence)
    # Every finding is either on the timeline or in the undated list, once.
    refs = [t.ref for t in (*findings.timeline, *findings.undated)]
    assert len(refs) == len(set(refs))
    assert {e.id for e in findings.events} | {r.id for r in findings.ledger} <= set(refs)


def test_key_developments_lead_with_the_meeting_and_cite_only_extracted_sentences():
    facts, findings = _run()
    keys = findings.key_developments
    assert 3 <= len(keys) <= 7
    assert keys[0].ref == next(e.id for e in findings.events if e.location == "Ostra")
    assert keys[0].n_sources >= 2 and not keys[0].single_source
    brief = build_brief(facts, load_config(CONFIG), findings)
    lead = brief.key_developments[0]
    # As of 20 May, the 19 May meeting is past its day with no report that it was held.
    assert lead.text.startswith("Kesh and Tarvos were due to meet in Ostra on 19 May 2031;")
    assert lead.sources == f"{keys[0].n_sources} sources"
    agreement = next(k for k, d in zip(keys, brief.key_developments, strict=True)
                     if "Dorne Corridor Agreement" in d.text)  # fmt: skip
    assert agreement.score.agreement == 1.0
    known = {
        f.evidence for f in (*facts.casualties, *facts.diplomacy, *facts.statements, *facts.ground)
    }
    for k, d in zip(keys, brief.key_developments, strict=True):
        assert set(k.evidence) <= known
        assert k.single_source == (d.sources == "single source") == (k.n_sources < 2)


def test_findings_equal_a_fresh_analysis_of_the_same_facts():
    facts, findings = _run()
    assert analyze(facts, load_config(CONFIG)) == findings


@pytest.mark.slow
def test_cli_json_carries_the_findings_and_is_identical_across_hash_seeds(tmp_path):
    outputs = []
    for seed in ("0", "12345"):
        out = tmp_path / f"facts-{seed}.json"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [
                sys.executable,
                "-m",
                "briefings",
                "extract",
                "-q",
                "--config",
                str(CONFIG),
                "-o",
                str(out),
                str(ARTICLES),
            ],
            check=True,
            env=env,
        )
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    data = json.loads(outputs[0])
    for key in (
        "events",
        "ledger",
        "tallies",
        "positions",
        "timeline",
        "undated",
        "key_developments",
    ):
        assert data[key], key
    # The facts contract is unchanged beside them.
    for key in ("schema", "as_of", "articles", "casualties", "diplomacy", "statements", "ground"):
        assert key in data
    assert data["schema"] == "briefings.facts/1"
    lead = data["key_developments"][0]
    assert lead["evidence"][0]["text"] and lead["score"]["total"] > 0
