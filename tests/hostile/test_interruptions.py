"""Interrupted runs: SIGINT (Ctrl-C, to the whole process group), SIGTERM and SIGKILL
(to the run alone) while it reads, extracts in worker processes, renders or writes.
Whatever arrives, the previous brief stays whole (never the HTML of one run beside
the PDF of another), no process of the run lives on, and no ``.part`` file is left
for good: an interrupted run removes its own, and the next run removes those of a
run that was killed outright.

Each run is made to stand still at its stage by the test hook BRIEFINGS_PAUSE_AT
(briefings/checkpoints.py), so that the signal arrives there and nowhere else.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_support import CONFIG, as_a_foreground_job, briefings

from briefings.writer import clean_stale_parts

STORY = """\
Clashes near {place}

Northern army shelling killed {n} Southern soldiers near {place}, the Southland defence
ministry said on Wednesday. Delegations of Northland and Southland held talks in Geneva.
"""
PLACES = ["Dalmi", "Veresk", "Ostra", "Norda", "Kaver", "Tamsk"]


def _news(folder: Path, bump: int = 0) -> None:
    folder.mkdir(exist_ok=True)
    for i, place in enumerate(PLACES):
        text = STORY.format(place=place, n=i + 3 + bump)
        (folder / f"{i:02d}-{place.lower()}.txt").write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def first_run(tmp_path_factory) -> Path:
    """A desk with a brief already written (PDF and HTML), made once for the module."""
    desk = tmp_path_factory.mktemp("desk")
    (desk / "cfg.yaml").write_text(CONFIG, encoding="utf-8")
    _news(desk / "news")
    result = briefings("generate", "--config", "cfg.yaml", "--out", "out", "news", "-q", cwd=desk)
    assert result.returncode == 0, result.stderr
    return desk


@pytest.fixture
def desk(first_run: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "desk"
    shutil.copytree(first_run, copy)
    _news(copy / "news", bump=10)  # a new run would write a different brief
    return copy


def _brief(desk: Path) -> dict[str, bytes]:
    """The brief's files (not the hidden .part files) and their bytes."""
    return {p.name: p.read_bytes() for p in sorted((desk / "out").glob("brief-*"))}


def _descendants(pid: int) -> set[int]:
    found: set[int] = set()
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                children = Path(f"/proc/{current}/task/{task}/children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                if child not in found:
                    found.add(child)
                    todo.append(child)
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _pause(desk: Path, stage: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefings", "generate", "--config", "cfg.yaml",
         "--out", "out", "news", "-q"],
        cwd=desk,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "BRIEFINGS_PAUSE_AT": stage, "BRIEFINGS_WORKERS": "2"},
        start_new_session=True,
        preexec_fn=as_a_foreground_job,
    )  # fmt: skip
    assert proc.stderr is not None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if line == f"paused at {stage}\n":
            return proc
        if not line and proc.poll() is not None:
            raise AssertionError(f"the run ended before {stage}: {proc.stderr.read()}")
    proc.kill()
    raise AssertionError(f"never paused at {stage}")


STATUS = {signal.SIGINT: 130, signal.SIGTERM: 143, signal.SIGKILL: -signal.SIGKILL}


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("stage", ["reading", "extracting", "rendering", "writing"])
@pytest.mark.parametrize(
    "sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["INT", "TERM", "KILL"]
)
def test_an_interrupted_run_keeps_the_previous_brief(desk: Path, stage: str, sig) -> None:
    before = _brief(desk)
    proc = _pause(desk, stage)
    processes = {proc.pid} | _descendants(proc.pid)
    if stage == "extracting":
        assert len(processes) >= 3, "the run should extract in two worker processes"

    if sig == signal.SIGINT:
        os.killpg(proc.pid, sig)  # Ctrl-C: the whole foreground group
    else:
        os.kill(proc.pid, sig)  # kill, the OOM killer: the run alone
    _, err = proc.communicate(timeout=60)

    assert proc.returncode == STATUS[sig], err
    assert "Traceback" not in err
    deadline = time.monotonic() + 10
    while any(map(_running, processes)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in processes if _running(pid)], "a process of the run lives on"
    parts = sorted(p.name for p in (desk / "out").glob(".*.part"))
    if sig == signal.SIGKILL and stage == "writing":
        assert len(parts) == 2  # killed outright: nothing could remove them ...
    else:
        assert parts == []
    assert _brief(desk) == before  # the old brief, whole

    again = briefings("generate", "--config", "cfg.yaml", "--out", "out", "news", "-q", cwd=desk)

    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in (desk / "out").iterdir()) == sorted(before)  # ... the next
    assert _brief(desk) != before  # run removes them, and writes the new brief


def test_only_parts_of_dead_runs_of_briefings_are_removed(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    gone = int(dead.stdout)
    names = {
        f".brief-2024-05-10.pdf.{gone}.ab12_x.part": False,  # ours, its run is gone
        f".brief-2024-05-10.html.{gone}.zz99.part": False,
        f".facts.json.{gone}.q1.part": False,
        f".brief-2024-05-10.pdf.{os.getpid()}.ab12.part": True,  # a run still going
        f".notes.txt.{gone}.ab12.part": True,  # not a file briefings writes
        "brief-2024-05-10.pdf.part": True,  # not our pattern
        f".brief-2024-05-10.pdf.{gone}.ab12": True,
    }
    for name in names:
        (tmp_path / name).write_text("x")

    clean_stale_parts(tmp_path)

    assert {p.name for p in tmp_path.iterdir()} == {n for n, kept in names.items() if kept}
