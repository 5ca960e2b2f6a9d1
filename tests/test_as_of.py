"""A brief as of a day rests only on what was written by then (issue 10, point 2): an
article published later is left out and listed in the run summary, the period covered
never runs past the as-of date, and no past event is dated after it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from briefings.analysis import analyze
from briefings.cli import main
from briefings.config import parse_config
from briefings.errors import SourceError
from briefings.models import Article, Casualty, DiplomaticStep, Evidence, Facts
from briefings.pipeline import extract

CONFIG = """\
title: Harbour brief
date: 2031-05-20
actors:
  kesh: {name: Kesh, aliases: [Kesh army]}
  tarvos: {name: Tarvos, aliases: [Tarvos forces]}
output: {folder: briefs}
"""
ON_TIME = """\
Kesh and Tarvos trade fire near Ostra
Date: 2031-05-18

Kesh army shelling killed 4 civilians in Ostra on Sunday, the town's mayor said.
"""
LATE = """\
Kesh and Tarvos sign a truce
Date: 2031-06-02

Kesh and Tarvos signed a truce in Brevik on Monday, both sides said.
"""


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / "cfg.yaml").write_text(CONFIG, encoding="utf-8")
    news = tmp_path / "news"
    news.mkdir()
    (news / "on-time.txt").write_text(ON_TIME, encoding="utf-8")
    (news / "late.txt").write_text(LATE, encoding="utf-8")
    return tmp_path


def test_an_article_published_after_the_as_of_date_is_left_out_and_listed(desk: Path) -> None:
    config = parse_config((desk / "cfg.yaml").read_text(), desk / "cfg.yaml")
    lines: list[str] = []
    run = extract(config, [desk / "news"], progress=lines.append)
    assert [a.path.endswith("on-time.txt") for a in run.facts.articles] == [True]
    assert not run.findings or not any(e.type == "agreement" for e in run.findings.events)
    (problem,) = run.facts.problems
    assert (
        problem.path.endswith("late.txt") and "after the as-of date 2031-05-20" in problem.message
    )
    assert any("1 published after 2031-05-20 left out" in line for line in lines)


def test_the_cli_says_what_it_left_out_and_the_period_stops_at_the_as_of_date(desk: Path) -> None:
    result = CliRunner().invoke(
        main, ["extract", "--config", str(desk / "cfg.yaml"), str(desk / "news")]
    )
    assert result.exit_code == 0, result.output
    assert "late.txt: published 2031-06-02, after the as-of date" in result.stderr
    result = CliRunner().invoke(
        main,
        ["extract", "--config", str(desk / "cfg.yaml"), "--date", "2031-06-05", str(desk / "news")],
    )
    assert "after the as-of date" not in result.stderr  # a later brief takes it


def test_only_late_articles_is_one_clear_error(desk: Path) -> None:
    (desk / "news" / "on-time.txt").unlink()
    config = parse_config((desk / "cfg.yaml").read_text(), desk / "cfg.yaml")
    with pytest.raises(SourceError, match="published after the as-of date"):
        extract(config, [desk / "news"])


def test_nothing_that_happened_is_dated_after_the_as_of_date() -> None:
    article = Article(id="a1", path="a1.txt", title="t", text="x", published="2031-05-19")
    ev = Evidence("a1", "Four people were killed on Tuesday; talks are set for 30 May.", 0, 10)
    facts = Facts(
        as_of="2031-05-20",
        articles=[article],
        casualties=[Casualty("civilians", "killed", 4, ev, date="2031-05-27")],
        diplomacy=[
            DiplomaticStep("talks", ("kesh", "tarvos"), "planned", ev, date="2031-05-30"),
            DiplomaticStep("meeting", ("kesh", "tarvos"), "held", ev, date="2031-05-26"),
        ],
    )
    f = analyze(facts)
    assert [r.date for r in f.ledger] == [None]
    assert sorted((e.type, e.date) for e in f.events) == [
        ("meeting", None),
        ("talks", "2031-05-30"),  # a plan keeps its day
    ]
