"""Extraction on made-up reports from several conflicts, plus a score floor on the seeds."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefings.config import Config, load_config, parse_config
from briefings.extract import extract_facts
from briefings.facts_json import facts_to_json
from briefings.models import Article, Facts

CONFIG = """
title: Test brief
date: 2024-03-10
actors:
  israel: {name: Israel, aliases: [Benjamin Netanyahu]}
  hamas: {name: Hamas, aliases: [Ismail Haniyeh]}
  ukraine: {name: Ukraine, aliases: [Volodymyr Zelensky]}
  russia: {name: Russia, aliases: [Vladimir Putin, Dmitry Peskov]}
  houthis: {name: Houthis, aliases: [Houthi rebels, Ansar Allah]}
  armenia: {name: Armenia, aliases: [Nikol Pashinyan]}
  azerbaijan: {name: Azerbaijan, aliases: [Ilham Aliyev]}
"""


def config() -> Config:
    return parse_config(CONFIG, Path("test.yaml"))


def run(text: str, published: str | None = "2024-03-06") -> Facts:
    article = Article(
        id="a1", path="t.txt", title=text.splitlines()[0], text=text, published=published
    )
    return extract_facts([article], config())


# -- casualties ------------------------------------------------------------------


def test_casualty_party_is_the_victims_side_not_the_attacker() -> None:
    facts = run("Russian forces killed 14 Ukrainian soldiers near Avdiivka, Kyiv said.")
    [c] = facts.casualties
    assert (c.party, c.kind, c.count, c.claimed_by) == ("ukraine", "killed", 14, "ukraine")


def test_casualty_shapes_and_kinds() -> None:
    text = (
        "At least 22 civilians were killed and another 40 were wounded in Gaza, "
        "according to the UN. "
        "Three Israeli soldiers died in the clashes. "
        "Dozens of Houthi fighters were captured. "
        "Some 5,000 people fled the town of Marib."
    )
    got = {(c.party, c.kind, c.count, c.approximate) for c in run(text).casualties}
    assert got == {
        ("civilians", "killed", 22, False),
        ("civilians", "wounded", 40, False),
        ("israel", "killed", 3, False),
        ("houthis", "captured", None, True),
        ("civilians", "displaced", 5000, True),
    }


def test_equipment_and_breakdowns_are_not_casualties() -> None:
    text = (
        "Azerbaijani forces destroyed 12 Armenian tanks. "
        "Shelling killed 9 people, including 4 children, in Stepanakert."
    )
    facts = run(text)
    # "people" name no side; the four children among them are a figure of their own part
    got = [(c.party, c.count, c.group) for c in facts.casualties]
    assert got == [("unknown", 9, None), ("civilians", 4, "children")]


def test_casualty_evidence_points_into_the_text() -> None:
    text = "Talks stalled. Eleven Houthi rebels were killed in a Saudi air raid."
    facts = run(text)
    ev = facts.casualties[0].evidence
    assert text[ev.start : ev.end] == ev.sentence
    assert ev.sentence == "Eleven Houthi rebels were killed in a Saudi air raid."


# -- statements ------------------------------------------------------------------


def test_quotes_attributed_before_after_and_by_pronoun() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov told reporters: "
        '"We see no basis for talks at this stage." '
        '"The offensive will continue until our goals are met," he added. '
        "Zelensky warned that Ukraine would not give up any territory."
    )
    facts = run(text)
    got = [(s.actor, s.speaker, s.quote, s.text) for s in facts.statements]
    assert ("russia", "Dmitry Peskov", True, "We see no basis for talks at this stage.") in got
    assert (
        "russia",
        "Dmitry Peskov",
        True,
        "The offensive will continue until our goals are met",
    ) in got
    assert any(a == "ukraine" and d.startswith("Ukraine would not give up") for a, _, _, d in got)


def test_reported_speech_and_according_to() -> None:
    text = (
        "Hamas accused Israel of violating the truce. "
        "According to the Israeli army, the tunnel was used by Hamas fighters."
    )
    facts = run(text)
    got = {(s.actor, s.quote) for s in facts.statements}
    assert ("hamas", False) in got and ("israel", False) in got


# -- diplomacy -------------------------------------------------------------------


def test_diplomacy_status_from_tense_modality_and_negation() -> None:
    text = (
        "Pashinyan and Aliyev will meet in Brussels on Friday. "
        "Russia said talks between Putin and Zelensky could be arranged if needed. "
        "The Kremlin said there were no plans for Putin to meet Zelensky. "
        "Armenia and Azerbaijan signed a peace accord in 2023. "
        "Netanyahu and Haniyeh's envoys held talks in Cairo last week."
    )
    steps = {(d.type, d.participants, d.status) for d in run(text).diplomacy}
    assert ("meeting", ("armenia", "azerbaijan"), "planned") in steps
    assert ("talks", ("russia", "ukraine"), "proposed") in steps
    assert ("meeting", ("russia", "ukraine"), "not_planned") in steps
    assert ("agreement", ("armenia", "azerbaijan"), "concluded") in steps
    assert ("talks", ("hamas", "israel"), "held") in steps


def test_diplomacy_dates_and_places_resolve_against_publication() -> None:
    facts = run("Pashinyan and Aliyev will meet in Brussels on Friday.", published="2024-03-06")
    [step] = facts.diplomacy
    assert step.date == "2024-03-08" and step.location == "Brussels"
    undated = run("Pashinyan and Aliyev will meet in Brussels on Friday.", published=None)
    assert undated.diplomacy[0].date is None


# -- ground ----------------------------------------------------------------------


def test_ground_events_actor_and_place() -> None:
    text = (
        "Russian troops captured the village of Krasnohorivka. "
        "Houthi rebels launched an offensive towards Marib. "
        "A Ukrainian drone struck a refinery in Novoshakhtinsk."
    )
    got = {(g.actor, g.action, g.place) for g in run(text).ground}
    assert ("russia", "captured", "Krasnohorivka") in got
    assert ("houthis", "offensive", "Marib") in got
    assert any(a == "ukraine" and act == "struck" for a, act, _ in got)


# -- the JSON contract and determinism --------------------------------------------


def test_facts_json_contract_is_deterministic() -> None:
    text = "Three Israeli soldiers died in Gaza, the army said. Hamas and Israel agreed a truce."
    first = facts_to_json(run(text))
    assert first == facts_to_json(run(text))
    assert first["schema"] == "briefings.facts/1" and first["as_of"] == "2024-03-10"
    assert set(first) >= {"articles", "casualties", "diplomacy", "statements", "ground"}
    ev = first["casualties"][0]["evidence"]
    assert set(ev) == {"article", "text", "start", "end"}
    assert isinstance(first["diplomacy"][0]["participants"], list)
    json.dumps(first)


def test_as_of_defaults_to_config_date() -> None:
    facts = extract_facts([], config())
    assert facts.as_of == "2024-03-10"
    assert extract_facts([], config(), as_of=dt.date(2024, 1, 2)).as_of == "2024-01-02"


# -- the seeds: a floor on the score ---------------------------------------------


def _read(path: Path, i: int) -> Article:
    """A tiny stand-in for the reader: first non-empty line as the title."""
    text = path.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.strip())
    return Article(id=f"a{i}", path=str(path), title=title, text=text)


@pytest.mark.slow
def test_seed_score_floor(seed_paths, idlib_config, eval_dir, tmp_path) -> None:
    published = {"001_f22061eb0096845d.txt": "2020-02-11", "002_0e6b054be428f1c5.txt": "2020-03-04"}
    articles = [
        _read(p, i)
        if p.name not in published
        else Article(**{**_read(p, i).__dict__, "published": published[p.name]})
        for i, p in enumerate(seed_paths, 1)
    ]
    facts = extract_facts(articles, load_config(idlib_config))
    out = tmp_path / "facts.json"
    out.write_text(json.dumps(facts_to_json(facts)), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            str(eval_dir / "score.py"),
            "--gold",
            str(eval_dir / "gold" / "seeds.yaml"),
            "--facts",
            str(out),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    scores = json.loads(result.stdout)
    assert scores["macro_f1"] >= 0.85, scores
    assert scores["ground_recall"] >= 0.8, scores
