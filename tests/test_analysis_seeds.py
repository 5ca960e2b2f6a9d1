"""Analysis on the five real seed articles (read from ../shared, never copied here).

The checks of issue 4: the 5 March Putin–Erdogan meeting appears once,
planned in Moscow, with its earlier statuses; the Sochi memorandum appears
once with all its mentions; Turkish losses of 6, 13, 2 and 36 are each in
the ledger with their claimant. The config is the eval config, as-of 2020-03-04.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from briefings.config import load_config
from briefings.pipeline import extract
from briefings.wording import Sentences, namer


@pytest.fixture
def findings(idlib_config, seed_paths):
    run = extract(load_config(idlib_config), seed_paths)
    assert run.as_of.isoformat() == "2020-03-04"
    return run.findings


def test_the_5_march_meeting_appears_once_planned_in_moscow_with_earlier_statuses(findings):
    on_5_march = [e for e in findings.events if e.date == "2020-03-05" and e.type == "meeting"]
    assert len(on_5_march) == 1
    (meeting,) = on_5_march
    assert set(meeting.participants) == {"russia", "turkey"}
    assert (meeting.status, meeting.location) == ("planned", "Moscow")
    assert meeting.history[0].reported == "2020-03-04"
    earlier = [(r.status, r.location) for r in meeting.history[1:]]
    assert ("not_planned", None) in earlier
    assert ("proposed", "Istanbul") in earlier
    assert meeting.status_changed
    # The three articles that speak of it (TASS on 4 March; the Kremlin's denial and
    # Erdogan's Istanbul proposal) and no other.
    assert len({e.article_id for e in meeting.mentions}) == 2


def test_the_sochi_memorandum_appears_once_with_all_its_mentions(findings):
    sochi = [e for e in findings.events if e.name and "Sochi" in e.name]
    assert len(sochi) == 1
    (memo,) = sochi
    assert memo.type == "agreement" and memo.date == "2018"
    sentences = [e.sentence for e in memo.mentions]
    # Every sentence of the seeds that names it, whatever the noun ...
    for words in ("Sochi memorandum", "Sochi agreements", "Sochi deal", "Sochi agreement"):
        assert any(words in s for s in sentences), words
    # ... and the unnamed ones that date it ("in 2018 ... agreed a memorandum").
    assert any("2018" in s and "memorandum" in s and "Sochi" not in s for s in sentences)
    assert len({e.article_id for e in memo.mentions}) >= 4
    assert memo.n_sources >= 4


@pytest.mark.parametrize("count", [6, 13, 2, 36])
def test_each_turkish_loss_is_in_the_ledger_with_its_claimant(findings, count):
    rows = [
        (row, claim)
        for row in findings.ledger
        for claim in row.claims
        if row.party == "turkey" and row.kind == "killed" and claim.count == count
    ]
    assert len(rows) == 1, rows
    row, claim = rows[0]
    if count != 13:  # the Reuters story gives 13 without saying who counted them
        assert claim.claimant == "turkey"
    assert row.cumulative == (count == 13)  # "in the past week"


def test_turkish_losses_are_a_range_never_a_sum(findings):
    tally = next(t for t in findings.tallies if t.party == "turkey" and t.kind == "killed")
    assert (tally.smallest, tally.conservative, tally.highest) == (2, 36, 36)
    assert tally.n_claims == 4


def test_key_developments_are_three_to_seven_scored_and_cited(findings, idlib_config):
    keys = findings.key_developments
    assert 3 <= len(keys) <= 7
    lead = keys[0]
    config = load_config(idlib_config)
    words = Sentences(findings, namer((a.id, a.name) for a in config.actors), config.date)
    assert words.development(lead).startswith("Russia and Turkey are to meet in Moscow on 5 March")
    assert lead.n_sources >= 2 or lead.single_source
    for k in keys:
        assert k.evidence and k.score.explain().startswith(f"score {k.score.total:.2f}")


@pytest.mark.slow
def test_score_py_still_scores_the_json_with_findings(idlib_config, seed_paths, eval_dir, tmp_path):
    out = tmp_path / "facts.json"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "briefings",
            "extract",
            "-q",
            "--config",
            str(idlib_config),
            "-o",
            str(out),
            *map(str, seed_paths),
        ],
        check=True,
    )
    assert json.loads(out.read_text(encoding="utf-8"))["events"]
    scored = subprocess.run(
        [
            sys.executable,
            str(eval_dir / "score.py"),
            "--gold",
            str(eval_dir / "gold" / "seeds.yaml"),
            "--facts",
            str(out),
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    assert json.loads(scored.stdout)
