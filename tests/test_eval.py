"""Quality floors: the real CLI's facts, scored by the evaluation's own scorer.

The seeds are scored with ../shared/eval/score.py against ../shared/eval/gold;
the stand-in set in tests/fixtures/eval (other conflicts, other newsrooms, their
own configs and gold) with the same scorer. Each floor sits a little under what
extraction reaches, so a change that makes it worse fails here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
CONFLICTS = ["karabakh", "gaza", "libya", "ukraine", "yemen"]

SEED_FLOORS = {"macro_f1": 0.90, "casualties": 0.85, "diplomacy": 0.85, "statements": 0.85}
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
