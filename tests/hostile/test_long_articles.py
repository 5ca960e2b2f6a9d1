"""One article must not take minutes: sentences are bounded, a long article is
extracted in sections, and the analysis finds its candidates through indexes
instead of comparing every mention with every other. (How long it takes is
measured by benchmarks/bench_hostile.py, not here.)"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hostile_support import CONFIG, briefings

from briefings.analysis import ground as ground_mod
from briefings.analysis import ledger as ledger_mod
from briefings.analysis.common import Context
from briefings.config import parse_config
from briefings.extract import SECTION_CHARS, extract_facts, sections
from briefings.models import Article, Casualty, Evidence, Facts, GroundEvent
from briefings.nlp.sentences import MAX_CHARS, split_sentences

CLAUSE = "Northern army shelling killed {n} civilians in Dalmi on Monday"


def _runon(n: int) -> str:
    return ", ".join(CLAUSE.format(n=i % 90 + 2) for i in range(n))


def test_a_run_without_full_stops_is_cut_into_bounded_sentences() -> None:
    text = _runon(1_200)  # about 75 KB on one line

    spans = split_sentences(text)

    assert max(len(s.text) for s in spans) <= MAX_CHARS
    assert all(s.text == text[s.start : s.end] for s in spans)
    # cut at the commas, never inside a clause
    assert all(s.text.endswith(("Monday,", "Monday")) for s in spans)


def test_a_full_stop_without_its_space_is_a_preferred_cut() -> None:
    text = "word " * 150 + "the last words of one story.The next story starts " + "x " * 400

    spans = split_sentences(text)

    assert any(s.text.endswith("one story.") for s in spans)


def test_a_long_article_is_extracted_in_sections_with_its_own_offsets(tmp_path: Path) -> None:
    config = parse_config(CONFIG, tmp_path / "cfg.yaml")
    body = "\n\n".join(
        f"{CLAUSE.format(n=i % 50 + 2)}, the Southland ministry said." for i in range(900)
    )
    article = Article(id="a1", path="long.txt", title="Long", text=body, published="2024-05-08")

    parts = sections(article)
    facts = extract_facts([article], config, workers=1)

    assert len(parts) > 1 and all(len(part.text) <= SECTION_CHARS for part, _ in parts)
    assert "".join(part.text for part, _ in parts) == body
    assert len(facts.casualties) == 900
    for c in facts.casualties:
        assert c.evidence.sentence == body[c.evidence.start : c.evidence.end]


@pytest.mark.slow
def test_a_68_kb_line_extracts_from_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "cfg.yaml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "runon.txt").write_text("A dispatch\n\n" + _runon(1_100) + "\n", encoding="utf-8")

    result = briefings("extract", "--config", "cfg.yaml", "runon.txt", "-q", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert '"casualties": [' in result.stdout


# -- the indexes give what a scan of every group would give -------------------------


def _casualties(rng: random.Random, n: int) -> list[Casualty]:
    out = []
    for i in range(n):
        figure = rng.choice([rng.randint(1, 40), rng.randint(100, 140), rng.randint(1000, 1300)])
        low, high, count = None, None, figure
        if rng.random() < 0.15:
            low, high, count = figure, figure * rng.choice([2, 5, 10]), None
        sentence = f"{figure} dead in town {i}"
        out.append(
            Casualty(
                party=rng.choice(["north", "south", "civilians"]),
                kind=rng.choice(["killed", "wounded"]),
                count=count,
                low=low,
                high=high,
                approximate=rng.random() < 0.1,
                date=rng.choice([None, "2024-05-03", "2024-05-04", "2024-05", "2024-05-09"]),
                location=rng.choice([None, "Dalmi", "Dalmi province", "Veresk", "Ostra"]),
                claimed_by=rng.choice([None, "north", "the monitor"]),
                evidence=Evidence(f"a{rng.randint(1, 30)}", sentence, i, i + len(sentence)),
            )
        )
    return out


def _facts(rng: random.Random, casualties=(), ground=()) -> Facts:
    articles = [
        Article(
            id=f"a{i}", path=f"{i}.txt", title="t", text="x",
            published=f"2024-05-{rng.randint(1, 9):02d}" if i % 4 else None,
        )
        for i in range(1, 31)
    ]  # fmt: skip
    return Facts("2024-05-10", articles, list(casualties), [], [], list(ground))


class _EveryIncident(ledger_mod._Index):
    """The index as a plain scan of every incident, in order: what it must equal."""

    def __init__(self) -> None:
        super().__init__()
        self.every: list = []

    def home(self, it):  # type: ignore[no-untyped-def]
        return next((inc for inc in self.every if ledger_mod._fits(it, inc)), None)

    def add(self, it, inc, number):  # type: ignore[no-untyped-def]
        inc = super().add(it, inc, number)
        if inc not in self.every:
            self.every.append(inc)
        return inc


@pytest.mark.parametrize("seed", range(5))
def test_ledger_index_equals_a_scan_of_every_incident(seed, monkeypatch) -> None:
    rng = random.Random(seed)
    ctx = Context(_facts(rng, casualties=_casualties(rng, 600)))

    indexed = ledger_mod.build_ledger(ctx)
    monkeypatch.setattr(ledger_mod, "_Index", _EveryIncident)
    scanned = ledger_mod.build_ledger(ctx)

    assert indexed == scanned
    assert 20 < len(indexed) < 600  # the data merges some mentions and not others


class _EveryGroup(ground_mod._Index):
    def __init__(self) -> None:
        super().__init__()
        self.every: list = []

    def home(self, g):  # type: ignore[no-untyped-def]
        return next((grp for grp in self.every if ground_mod._fits(g, grp)), None)

    def add(self, g, grp):  # type: ignore[no-untyped-def]
        super().add(g, grp)
        if grp not in self.every:
            self.every.append(grp)


@pytest.mark.parametrize("seed", range(5))
def test_ground_index_equals_a_scan_of_every_group(seed, monkeypatch) -> None:
    rng = random.Random(seed)
    events = [
        GroundEvent(
            actor=rng.choice(["north", "south"]),
            action=rng.choice(["shelled", "captured"]),
            place=rng.choice([None, "Dalmi", "Veresk", "Ostra"]),
            date=rng.choice([None, "2024-05-03", "2024-05-04", "2024-05"]),
            evidence=Evidence(f"a{rng.randint(1, 30)}", "s", i, i + 1),
        )
        for i in range(500)
    ]
    ctx = Context(_facts(rng, ground=events))

    indexed = ground_mod.build_ground(ctx)
    monkeypatch.setattr(ground_mod, "_Index", _EveryGroup)
    scanned = ground_mod.build_ground(ctx)

    assert indexed == scanned
    assert 10 < len(indexed) < 500
