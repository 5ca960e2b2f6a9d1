"""Work split over two processes gives what one process gives (briefings/forked.py).

A large run makes the events and positions in a forked child while it builds the
ledger and the ground, and the data appendix while it lays out the PDF (issue 12).
These tests check the child's answer is the work's own, that its failures are the
parent's to see or to make up for, that no child outlives the work, and that the
findings and the files of a split run are those of a run in one process.
"""

from __future__ import annotations

import multiprocessing
import os
import time

import pytest
from test_analysis_linear import _synthetic
from test_bounded import AS_OF, big_corpus
from test_brief import make_config

import briefings.forked
from briefings.analysis import analyze
from briefings.facts_json import dumps, findings_to_json
from briefings.forked import forked

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="no fork on this platform"
)


def test_the_work_runs_in_a_child_and_its_result_comes_back():
    with forked(lambda: (os.getpid(), [1, 2, {"x": "y"}]), True) as work:
        pid, value = work.result()
    assert pid != os.getpid()
    assert value == [1, 2, {"x": "y"}]


def test_without_a_split_the_work_runs_here_when_asked_for():
    with forked(lambda: os.getpid(), False) as work:
        assert work.result() == os.getpid()


def test_an_error_in_the_child_is_raised_here_as_it_would_have_been():
    def fails() -> None:
        raise ValueError("no such incident: 7")

    with pytest.raises(ValueError, match="no such incident: 7"), forked(fails, True) as work:
        work.result()


def test_a_child_that_dies_leaves_the_work_to_this_process():
    parent = os.getpid()

    def dies_in_the_child() -> str:
        if os.getpid() != parent:
            os._exit(3)
        return "done here"

    with forked(dies_in_the_child, True) as work:
        assert work.result() == "done here"


def test_a_result_that_cannot_be_sent_back_is_made_here():
    with forked(lambda: lambda: os.getpid(), True) as work:  # a lambda does not pickle
        assert work.result()() == os.getpid()


def test_no_child_outlives_an_error_in_the_parent():
    work = forked(lambda: time.sleep(60), True)
    process = work._process
    assert process is not None and process.is_alive()
    with pytest.raises(KeyboardInterrupt), work:
        raise KeyboardInterrupt
    assert not process.is_alive()


def _in_a_pool_worker(_: int) -> int:
    with forked(lambda: 42, True) as work:
        return work.result()


def test_inside_a_pool_worker_the_work_stays_in_that_worker():
    # a pool's (daemonic) worker may not start children: no split, no error
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.map(_in_a_pool_worker, [0]) == [42]


@pytest.mark.parametrize("seed", [1, 2])
def test_split_analysis_gives_the_same_findings(seed, monkeypatch):
    facts = _synthetic(300, seed)
    one = dumps(findings_to_json(analyze(facts)))
    monkeypatch.setenv("BRIEFINGS_WORKERS", "2")
    monkeypatch.setattr(briefings.forked, "PARALLEL_FACTS", 0)
    assert briefings.forked.worth_splitting(facts)
    assert dumps(findings_to_json(analyze(facts))) == one


def test_one_huge_article_with_many_facts_is_split_too(monkeypatch):
    # the facts decide, not the articles: a 5 MB article gives tens of thousands
    facts = _synthetic(300, 1)
    facts.articles = facts.articles[:1]
    monkeypatch.delenv("BRIEFINGS_WORKERS", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(briefings.forked, "PARALLEL_FACTS", 100)
    assert briefings.forked.worth_splitting(facts)
    monkeypatch.setenv("BRIEFINGS_WORKERS", "1")
    assert not briefings.forked.worth_splitting(facts)


def test_split_render_writes_the_same_files(tmp_path, monkeypatch):
    from briefings.pipeline import Run, render

    facts, findings = big_corpus(400)
    config = make_config(tmp_path, date=AS_OF)

    def files() -> dict[str, bytes | str]:
        run = Run(config=config, as_of=config.date, facts=facts, timings={}, findings=findings)
        return render(run, ["html"])

    one = files()
    assert "data" in one  # the brief leaves rows out, so it has an appendix
    monkeypatch.setenv("BRIEFINGS_WORKERS", "2")
    monkeypatch.setattr(briefings.forked, "PARALLEL_FACTS", 0)
    assert files() == one
