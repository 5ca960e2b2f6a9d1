"""Every morning: three days of the fictional series in tests/fixtures/daily, one brief a
day, what changed since the day before, --since reading only what is new, history,
and runs killed with SIGKILL or run twice at once."""

from __future__ import annotations

import hashlib
import json
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefings import sources as readers
from briefings.cli import main
from briefings.config import load_config
from briefings.store import Store, open_store, series_of

# whole runs of the command over several mornings, kills and PDFs: the slow run
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "daily"
DAYS = {1: "2031-03-02", 2: "2031-03-03", 3: "2031-03-06"}


def cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / "news").mkdir()
    shutil.copy(FIXTURE / "daily.yaml", tmp_path / "cfg.yaml")
    return tmp_path


def morning(desk: Path, day: int) -> None:
    """The day's articles arrive in news/."""
    for f in sorted((FIXTURE / f"day{day}").iterdir()):
        shutil.copy(f, desk / "news" / f.name)


def generate(desk: Path, day: int, *more: str):
    return cli("generate", "--config", str(desk / "cfg.yaml"), "--date", DAYS[day], *more)


def store_of(desk: Path) -> Store:
    store = open_store(load_config(desk / "cfg.yaml"))
    assert store is not None
    return store


def text_of(pdf: Path) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(pdf).pages).split())


def section(html: str, ident: str) -> str:
    start = html.index(f'<section id="{ident}"')
    return html[start : html.index("</section>", start)]


@pytest.mark.slow
def test_three_mornings_with_since_last(desk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    morning(desk, 1)
    first = generate(desk, 1, "--format", "html")
    assert first.exit_code == 0, first.output
    assert "Changes since" not in (desk / "out" / f"brief-{DAYS[1]}.html").read_text()

    morning(desk, 2)
    second = generate(desk, 2, "--since", "last", "--format", "html")
    assert second.exit_code == 0, second.output
    assert "Read 1 articles from 1 new or changed of 3 files" in second.stderr

    morning(desk, 3)
    opened: list[str] = []
    read_regular = readers.read_regular  # how the readers open every article file

    def spy(path: str | pathlib.Path) -> bytes:
        if pathlib.Path(path).parent == desk / "news":
            opened.append(pathlib.Path(path).name)
        return read_regular(path)

    monkeypatch.setattr(readers, "read_regular", spy)
    third = generate(desk, 3, "--since", "last")
    monkeypatch.undo()

    assert third.exit_code == 0, third.output
    assert sorted(opened) == sorted(f.name for f in (FIXTURE / "day3").iterdir())
    assert "Read 2 articles from 2 new or changed of 5 files" in third.stderr
    html = (desk / "out" / f"brief-{DAYS[3]}.html").read_text(encoding="utf-8")
    sources = section(html, "sources")
    assert "Belmora toll rises to 33" in sources and "meet in Brenholm" in sources
    assert "Shelling of Belmora kills 29" not in sources  # only what is new
    box = section(html, "changes")
    assert "Changes since 3 March 2031" in box
    assert "Toll revised" in box and "29 → 33 (Corvanian health ministry)" in box
    assert "Status changed" in box and "planned → held" in box
    assert "No longer reported" not in box  # --since: the brief holds only new articles
    # the box comes right under Key developments
    assert html.index('id="key-developments"') < html.index('id="changes"')
    assert html.index('id="changes"') < html.index('id="positions"')
    pdf = text_of(desk / "out" / f"brief-{DAYS[3]}.pdf")
    assert "Changes since 3 March 2031" in pdf
    assert "29 → 33" in pdf and "planned → held" in pdf

    history = cli("history", "--config", str(desk / "cfg.yaml"))
    assert history.exit_code == 0
    lines = history.output.splitlines()
    assert [line.split()[0] for line in lines if line.startswith("  2031")] == [
        DAYS[3],
        DAYS[2],
        DAYS[1],
    ]
    assert "--since last" in history.output and "sha256" in history.output


def test_changes_without_since_cite_the_earlier_sentences(desk: Path) -> None:
    morning(desk, 1)
    assert generate(desk, 1, "--format", "html").exit_code == 0
    morning(desk, 2)
    morning(desk, 3)
    result = generate(desk, 3, "--format", "html")
    assert result.exit_code == 0, result.output
    assert "Compared with the brief of 2031-03-02" in result.stderr
    html = (desk / "out" / f"brief-{DAYS[3]}.html").read_text(encoding="utf-8")
    box = section(html, "changes")
    assert "Changes since 2 March 2031" in box
    revised = box[box.index("Toll revised") :]
    revised = revised[: revised.index("</li>")]
    assert "29 → 33" in revised
    # the new figure cites today's article, "earlier" the one with 29, both in Sources
    assert 'class="was">earlier' in revised
    assert "Ostreli shelling killed 29 people" in revised
    assert "Ostreli shelling killed 33 people" in revised


def test_extract_json_carries_changes_and_trend(desk: Path) -> None:
    morning(desk, 1)
    assert generate(desk, 1, "--format", "html").exit_code == 0
    morning(desk, 3)
    out = desk / "facts.json"
    result = cli(
        "extract", "--config", str(desk / "cfg.yaml"), "--date", DAYS[3], "-o", str(out), "-q"
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["schema"] == "briefings.facts/1"
    kinds = {c["kind"]: c for c in doc["changes"]}
    revised = kinds["revised"]
    assert (revised["old"], revised["new"], revised["by"]) == (
        "29",
        "33",
        "Corvanian health ministry",
    )
    assert revised["effect"] == "worse"
    assert "33 people" in revised["evidence"][0]["text"]
    assert "29 people" in revised["earlier"][0]["text"]
    status = kinds["status"]
    assert (status["old"], status["new"], status["effect"]) == ("planned", "held", "better")
    trend = doc["trend"]
    assert trend["since"] == DAYS[1]
    assert trend["direction"] in ("deteriorated", "improved", "unchanged")
    counted = trend["worse"] + trend["better"]
    assert doc["changes"].index(revised) in trend["worse"]
    assert doc["changes"].index(status) in trend["better"]
    assert all(doc["changes"][i]["evidence"] for i in counted)  # each cited
    # extract records no brief
    assert len(store_of(desk).briefs(series_of(load_config(desk / "cfg.yaml")))) == 1


def test_extract_makes_no_store(desk: Path) -> None:
    morning(desk, 1)
    result = cli("extract", "--config", str(desk / "cfg.yaml"), "-q")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert (doc["changes"], doc["trend"]) == ([], None)
    assert not (desk / ".briefings").exists()


def test_a_step_no_longer_reported(desk: Path) -> None:
    morning(desk, 1)
    assert generate(desk, 1, "--format", "html").exit_code == 0
    (desk / "news" / "2031-03-02-talks-planned.txt").unlink()
    morning(desk, 2)
    result = generate(desk, 2, "--format", "html")
    assert result.exit_code == 0, result.output
    box = section((desk / "out" / f"brief-{DAYS[2]}.html").read_text(encoding="utf-8"), "changes")
    assert "No longer reported" in box and "planned" in box
    assert "will hold talks in Brenholm" in box  # the earlier sentence, quoted


@pytest.mark.slow
def test_no_brief_could_be_made_exits_non_zero(desk: Path) -> None:
    morning(desk, 1)
    nothing_before = generate(desk, 1, "--since", "last")
    assert nothing_before.exit_code == 1
    assert "no brief of this config dated before 2031-03-02" in nothing_before.output
    assert generate(desk, 1, "--format", "html").exit_code == 0
    nothing_new = generate(desk, 2, "--since", "last")
    assert nothing_new.exit_code == 1 and "Traceback" not in nothing_new.output
    assert "nothing new to brief" in nothing_new.output
    # the date's brief exists for --since YYYY-MM-DD too
    morning(desk, 2)
    since_brief = generate(desk, 2, "--since", DAYS[1], "--format", "html")
    assert since_brief.exit_code == 0, since_brief.output
    assert "Read 1 articles" in since_brief.stderr
    # a date with no brief: articles first seen from the start of that day
    since_day = generate(desk, 3, "--since", "2000-01-01", "--format", "html")
    assert since_day.exit_code == 0, since_day.output
    assert "Read 3 articles" in since_day.stderr
    future = generate(desk, 3, "--since", "2999-01-01")
    assert future.exit_code == 1 and "nothing new to brief" in future.output


# -- killed runs ------------------------------------------------------------------------

#: A run that stops for good at one stage, so the test can kill it there.
STOPPING = """
import pathlib, sys, time
stage, marker = sys.argv[1], pathlib.Path(sys.argv[2])
import briefings.extract, briefings.render

def stop(*args, **kwargs):
    marker.write_text(stage)
    time.sleep(300)

if stage == "extract":
    briefings.extract.extract_facts = stop
else:
    briefings.render.render_pdf = stop
from briefings.cli import main
main(sys.argv[3:], prog_name="briefings")
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _kill_at(stage: str, desk: Path, *args: str) -> None:
    marker = desk / f"reached-{stage}"
    proc = subprocess.Popen(
        [sys.executable, "-c", STOPPING, stage, str(marker), *args],
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert proc.poll() is None, f"the run ended before reaching {stage}"
            assert time.monotonic() < deadline, f"the run never reached {stage}"
            time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL


def _intact(store: Store, day: str) -> None:
    """The brief of ``day`` is recorded and its files are the ones recorded."""
    record = store.brief_of(store_series(store), day)
    assert record is not None
    for f in record.files.values():
        assert hashlib.sha256(Path(f.path).read_bytes()).hexdigest() == f.sha256


def store_series(store: Store) -> str:
    with store.read() as con:
        return con.execute("SELECT series FROM briefs LIMIT 1").fetchone()[0]


@pytest.mark.slow
def test_sigkill_during_extraction_and_rendering(desk: Path) -> None:
    cfg = str(desk / "cfg.yaml")
    morning(desk, 1)
    assert generate(desk, 1, "--format", "html").exit_code == 0
    store = store_of(desk)

    morning(desk, 2)
    _kill_at("extract", desk, "generate", "--config", cfg, "--date", DAYS[2], "--since", "last")
    assert store.integrity() == "ok"
    _intact(store, DAYS[1])
    assert store.brief_of(store_series(store), DAYS[2]) is None

    # the next run succeeds, and the killed run's article still counts as new
    again = generate(desk, 2, "--since", "last", "--format", "html")
    assert again.exit_code == 0, again.output
    assert "Read 1 articles" in again.stderr

    morning(desk, 3)
    _kill_at("render", desk, "generate", "--config", cfg, "--date", DAYS[3])
    assert store.integrity() == "ok"
    _intact(store, DAYS[1])
    _intact(store, DAYS[2])
    assert store.brief_of(store_series(store), DAYS[3]) is None
    assert not list((desk / "out").glob("*.part"))
    assert generate(desk, 3, "--format", "html").exit_code == 0
    _intact(store, DAYS[3])
    assert store.integrity() == "ok"


@pytest.mark.slow
def test_sigkill_at_any_moment_leaves_the_store_consistent(desk: Path) -> None:
    cfg = str(desk / "cfg.yaml")
    morning(desk, 1)
    assert generate(desk, 1, "--format", "html").exit_code == 0
    store = store_of(desk)
    morning(desk, 2)
    morning(desk, 3)
    for delay in (0.4, 0.8, 1.2, 1.6):
        proc = subprocess.Popen(
            [sys.executable, "-m", "briefings", "generate", "--config", cfg, "--date", DAYS[3]],
            env=_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert store.integrity() == "ok"
        _intact(store, DAYS[1])
    assert generate(desk, 3, "--format", "html").exit_code == 0
    _intact(store, DAYS[3])


@pytest.mark.slow
def test_two_runs_at_once(desk: Path) -> None:
    cfg = str(desk / "cfg.yaml")
    morning(desk, 1)
    morning(desk, 2)
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "briefings",
                "generate",
                "--config",
                cfg,
                "--date",
                day,
                "--format",
                "html",
                "-q",
            ],
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for day in (DAYS[1], DAYS[2])
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    assert not any("locked" in err for _, err in results)
    store = store_of(desk)
    assert store.integrity() == "ok"
    assert {b.as_of for b in store.briefs(store_series(store))} == {DAYS[1], DAYS[2]}
