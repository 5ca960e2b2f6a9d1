"""A run raises the collector's thresholds and gives the caller's back."""

from __future__ import annotations

import gc

import pytest

from briefings.gc_tuning import BATCH_THRESHOLDS, batch_collection


@pytest.fixture
def thresholds():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_thresholds_are_raised_for_the_run_and_restored_after(thresholds):
    with batch_collection():
        assert gc.get_threshold() == BATCH_THRESHOLDS
    assert gc.get_threshold() == (700, 10, 10)


def test_restored_after_an_error_and_never_lowered(thresholds):
    gc.set_threshold(100_000, 10, 10)
    with pytest.raises(RuntimeError), batch_collection():
        assert gc.get_threshold() == (100_000, 20, 100)
        raise RuntimeError
    assert gc.get_threshold() == (100_000, 10, 10)


def test_the_pipeline_runs_with_them(thresholds, tmp_path):
    from briefings import pipeline
    from briefings.config import load_config

    seen = []
    (tmp_path / "c.yaml").write_text(
        "title: T\ndate: 2024-05-10\nactors:\n  north: {name: Northland}\n", "utf-8"
    )
    (tmp_path / "a.txt").write_text(
        "Shelling in the north\n\nNorthland shelling killed 4 people on Monday.\n", "utf-8"
    )
    pipeline.extract(
        load_config(tmp_path / "c.yaml"),
        [tmp_path / "a.txt"],
        progress=lambda _: seen.append(gc.get_threshold()),
    )
    assert seen and all(t == BATCH_THRESHOLDS for t in seen)
    assert gc.get_threshold() == (700, 10, 10)
