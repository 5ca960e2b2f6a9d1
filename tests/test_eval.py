"""Quality floors: the real CLI's facts, scored by the evaluation's own scorer.

The seeds and the real development set (../shared/eval/real: 24 articles from
about twenty newsrooms on three conflicts) are scored with ../shared/eval/score.py
against ../shared/eval/gold; the stand-in set in tests/fixtures/eval (articles we
wrote) with the same scorer. Each floor sits at most 0.03 under what extraction
reaches, so a change that makes it worse fails here.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
CONFLICTS = ["karabakh", "gaza", "libya", "ukraine", "yemen"]

SEED_FLOORS = {"macro_f1": 0.95, "casualties": 0.97, "diplomacy": 0.93, "statements": 0.94}
# Reached on 2026-11-30: sudan 0.880, tigray 0.764, lebanon 0.909; pooled 0.861, claimant
# 0.976, status 0.966, statements recall 0.868.
REAL_FLOORS = {"sudan": 0.85, "tigray": 0.74, "lebanon": 0.88}
POOLED_FLOORS = {"macro_f1": 0.84, "claimant": 0.95, "status": 0.94, "statements_recall": 0.84}
STANDIN_MACRO_FLOOR = 0.80
STANDIN_CATEGORY_FLOOR = 0.70


def extract_and_score(
    config: Path, gold: Path, articles: list[Path], scorer: Path, tmp: Path
) -> dict:
    """Run ``briefings extract --format json`` and score its output (--json)."""
    assert articles, f"no articles for {config}"
    out = tmp / "facts.json"
    subprocess.run(
        [sys.executable, "-m", "briefings", "extract", "--config", str(config)]
        + ["--format", "json", "-o", str(out), "--quiet"]
        + [str(p) for p in articles],
        capture_output=True,
        text=True,
        check=True,
    )
    scored = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold), "--facts", str(out), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(scored.stdout)


@pytest.mark.slow
def test_seed_floors(seeds_dir: Path, idlib_config: Path, eval_dir: Path, tmp_path: Path) -> None:
    scores = extract_and_score(
        idlib_config,
        eval_dir / "gold" / "seeds.yaml",
        sorted(seeds_dir.glob("*.txt")),
        eval_dir / "score.py",
        tmp_path,
    )
    assert scores["macro_f1"] >= SEED_FLOORS["macro_f1"], scores
    for category in ("casualties", "diplomacy", "statements"):
        assert scores[category]["f1"] >= SEED_FLOORS[category], (category, scores)
    assert scores["casualty_claimant_accuracy"] >= 0.9, scores
    assert scores["diplomacy_status_accuracy"] >= 0.9, scores
    assert scores["published_date_accuracy"] == 1.0, scores
    assert scores["ground_recall"] >= 0.8, scores


@pytest.mark.slow
@pytest.mark.parametrize("conflict", CONFLICTS)
def test_standin_floors(conflict: str, eval_dir: Path, tmp_path: Path) -> None:
    config = FIXTURES / "configs" / f"{conflict}.yaml"
    gold = FIXTURES / "gold" / f"{conflict}.yaml"
    assert config.exists() and gold.exists(), f"the stand-in set lacks {conflict}"
    scores = extract_and_score(
        config,
        gold,
        sorted((FIXTURES / "articles" / conflict).glob("*.txt")),
        eval_dir / "score.py",
        tmp_path,
    )
    assert scores["macro_f1"] >= STANDIN_MACRO_FLOOR, scores
    for category in ("casualties", "diplomacy", "statements"):
        assert scores[category]["f1"] >= STANDIN_CATEGORY_FLOOR, (category, scores)
    assert scores["published_date_accuracy"] in (None, 1.0), scores


def _real(conflict: str, eval_dir: Path, tmp: Path) -> tuple[dict, dict]:
    """The facts of one real conflict and its gold articles."""
    articles = sorted((eval_dir / "real" / conflict).glob("*.txt"))
    assert articles, f"no real articles for {conflict}"
    out = tmp / f"{conflict}.json"
    subprocess.run(
        [sys.executable, "-m", "briefings", "extract", "--quiet", "-o", str(out)]
        + ["--config", str(eval_dir / "configs" / f"{conflict}.yaml")]
        + [str(p) for p in articles],
        check=True,
    )
    names = {p.name for p in articles}
    gold = yaml.safe_load((eval_dir / "gold" / "real.yaml").read_text(encoding="utf-8"))
    return json.loads(out.read_text(encoding="utf-8")), {
        k: v for k, v in gold["articles"].items() if k in names
    }


def _scorer(eval_dir: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("eval_score", eval_dir / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_real_floors(eval_dir: Path, tmp_path: Path) -> None:
    score = _scorer(eval_dir)
    pooled: dict = {"articles": [], "casualties": [], "diplomacy": [], "statements": []}
    pooled["ground"] = []
    pooled_gold: dict = {}
    for conflict, floor in REAL_FLOORS.items():
        facts, gold = _real(conflict, eval_dir, tmp_path)
        scores = score.score({"articles": gold}, facts)
        assert scores["macro_f1"] >= floor, (conflict, scores)
        # the same article ids recur across sets: make them the set's own
        ids = {a["id"]: f"{conflict}:{a['id']}" for a in facts["articles"]}
        pooled["articles"] += [{**a, "id": ids[a["id"]]} for a in facts["articles"]]
        for kind in ("casualties", "diplomacy", "statements", "ground"):
            pooled[kind] += [
                {**f, "evidence": {**f["evidence"], "article": ids[f["evidence"]["article"]]}}
                for f in facts[kind]
            ]
        pooled_gold.update(gold)
    scores = score.score({"articles": pooled_gold}, pooled)
    assert scores["macro_f1"] >= POOLED_FLOORS["macro_f1"], scores
    assert scores["casualty_claimant_accuracy"] >= POOLED_FLOORS["claimant"], scores
    assert scores["diplomacy_status_accuracy"] >= POOLED_FLOORS["status"], scores
    assert scores["statements"]["recall"] >= POOLED_FLOORS["statements_recall"], scores
    assert scores["published_date_accuracy"] == 1.0, scores
