"""What a run takes from the store is exactly what it would have made itself: the same
facts, the same brief, the same PDF bytes; and only what changed is done again."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from briefings.config import load_config
from briefings.pipeline import extract, generate
from briefings.store import open_store

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "brief"


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURE / "articles", tmp_path / "articles")
    shutil.copy(FIXTURE / "brief.yaml", tmp_path / "brief.yaml")
    return tmp_path


@pytest.mark.slow
def test_a_second_run_reuses_facts_and_pdf_and_makes_the_same_brief(desk: Path) -> None:
    config = load_config(desk / "brief.yaml")
    store = open_store(config)
    assert store is not None and store.path == desk / ".briefings" / "briefings.db"
    lines: list[str] = []

    first, files = generate(config, store=store)
    before = {p.name: p.read_bytes() for p in files}
    second, files = generate(config, store=store, progress=lines.append)
    after = {p.name: p.read_bytes() for p in files}

    assert first.reused is not None and first.reused.extracted == 3
    assert second.reused is not None and (second.reused.reused, second.reused.extracted) == (3, 0)
    assert any("the PDF of this same HTML reused" in line for line in lines)
    assert after == before
    # and it is the brief a run without any store makes
    plain = extract(config)
    assert plain.facts == second.facts
    assert plain.findings == second.findings
    assert len(store.briefs(str(config.path))) == 2

    # a PDF changed on disk since is not taken: it is laid out again
    pdf = next(p for p in files if p.suffix == ".pdf")
    pdf.write_bytes(b"%PDF-1.7 not the brief")
    lines.clear()
    generate(config, store=store, progress=lines.append)
    assert not any("reused" in line for line in lines if line.startswith("Rendered"))
    assert pdf.read_bytes() == before[pdf.name]


@pytest.mark.slow
def test_only_what_changed_is_extracted_again(desk: Path) -> None:
    config = load_config(desk / "brief.yaml")
    store = open_store(config)
    extract(config, store=store)

    talks = desk / "articles" / "2030-06-10-talks.txt"
    talks.write_text(talks.read_text(encoding="utf-8") + "\nA new last line.\n")
    edited = extract(config, store=store)
    assert edited.reused is not None and (edited.reused.reused, edited.reused.extracted) == (2, 1)
    assert edited.facts == extract(config).facts

    # other actors: other facts
    text = (desk / "brief.yaml").read_text(encoding="utf-8")
    (desk / "brief.yaml").write_text(text.replace("[rebels, ", "[rebels, insurgents, "))
    renamed = extract(load_config(desk / "brief.yaml"), store=store)
    assert renamed.reused is not None and renamed.reused.extracted == 3


def test_an_undated_article_is_extracted_again_for_another_as_of_date(desk: Path) -> None:
    """Its relative dates are read against the as-of date, so its facts depend on it."""
    (desk / "articles" / "undated.txt").write_text(
        "Shelling near Kessa\n\nNorlandic guns shelled Kessa on Tuesday, killing 4 people, "
        "the Sudmarkian health ministry said.\n",
        encoding="utf-8",
    )
    config = load_config(desk / "brief.yaml")
    store = open_store(config)
    extract(config, store=store)
    same_day = extract(config, store=store)
    later = extract(config, store=store, as_of=config.date + dt.timedelta(days=9))
    assert same_day.reused is not None and same_day.reused.extracted == 0
    assert later.reused is not None and later.reused.extracted == 1
    assert later.facts == extract(config, as_of=config.date + dt.timedelta(days=9)).facts


def test_no_store_keeps_nothing(desk: Path) -> None:
    cfg = desk / "brief.yaml"
    cfg.write_text(cfg.read_text(encoding="utf-8") + "store: {enabled: false}\n")
    config = load_config(cfg)
    assert open_store(config) is None
    generate(config, formats=["html"])
    assert not (desk / ".briefings").exists()
