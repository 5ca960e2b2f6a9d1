"""`--quiet` prints only the paths written; an interrupt ends the run with the shell's
status for it (130 for Ctrl-C, 143 for SIGTERM) and one line, never a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_support import as_a_foreground_job, briefings

pytestmark = pytest.mark.slow


def test_quiet_generate_prints_only_the_paths_written(desk: Path) -> None:
    (desk / "news" / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    (desk / "news" / "bad.md").write_text("---\ntitle: x\npublished: 2020-02-30\n---\nText.\n")

    result = briefings(
        "generate", "--config", "cfg.yaml", "--format", "html", "--out", "out", "news", "-q",
        cwd=desk,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    assert result.stdout == "out/brief-2024-05-10.html\n"
    assert result.stderr == ""


def test_quiet_extract_prints_nothing_but_the_facts(desk: Path) -> None:
    (desk / "news" / "broken.txt").write_bytes(b"\x00\x01\x02binary")

    result = briefings("extract", "--config", "cfg.yaml", "news", "-q", cwd=desk)

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert '"problems": [' in result.stdout  # the skipped file is still in the facts


def paused(desk: Path, stage: str, *args: str, env: dict | None = None) -> subprocess.Popen:
    """Start the command line and wait until it stands still at ``stage`` (the test
    hook BRIEFINGS_PAUSE_AT), so that a signal arrives there and nowhere else."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefings", *args],
        cwd=desk,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "BRIEFINGS_PAUSE_AT": stage, **(env or {})},
        start_new_session=True,
        preexec_fn=as_a_foreground_job,  # its own process group, as a shell's job
    )
    assert proc.stderr is not None
    seen = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        seen.append(line)
        if line == f"paused at {stage}\n":
            return proc
        if not line and proc.poll() is not None:
            break
    proc.kill()
    raise AssertionError(f"never paused at {stage}: {''.join(seen)}")


@pytest.mark.parametrize(
    ("sig", "status", "said"),
    [(signal.SIGINT, 130, "Interrupted.\n"), (signal.SIGTERM, 143, "Terminated.\n")],
)
def test_an_interrupt_exits_with_the_shells_status(desk: Path, sig, status, said) -> None:
    proc = paused(desk, "extracting", "generate", "--config", "cfg.yaml", "news", "-q")

    os.killpg(proc.pid, sig)  # as Ctrl-C does: to the whole group
    out, err = proc.communicate(timeout=60)

    assert proc.returncode == status
    assert err.endswith(said) and "Traceback" not in err
    assert out == ""
