"""`extract -o` and the brief's files replace only regular files or new paths;
standard output is written to plainly."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_support import briefings

pytestmark = pytest.mark.slow

REFUSED = (
    "Error: {path}: is {kind}, not a regular file; briefings only replaces regular files, "
    "so give the path of a new or regular file\n"
)


def _extract(desk: Path, target: str):
    return briefings(
        "extract", "--config", "cfg.yaml", "news/clashes.txt", "-q", "-o", target, cwd=desk
    )


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_a_device_is_not_replaced(desk: Path) -> None:
    # A private copy of /dev/null: a failing fix must not damage the machine's own.
    device = desk / "null"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))

    result = _extract(desk, "null")

    assert result.returncode == 1
    assert result.stderr == REFUSED.format(path="null", kind="a device")
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_a_fifo_is_not_replaced(desk: Path) -> None:
    os.mkfifo(desk / "pipe")

    result = _extract(desk, "pipe")

    assert result.returncode == 1
    assert result.stderr == REFUSED.format(path="pipe", kind="a named pipe (FIFO)")
    assert stat.S_ISFIFO(os.lstat(desk / "pipe").st_mode)


def test_a_symlink_is_not_replaced(desk: Path) -> None:
    (desk / "kept.json").write_text("kept\n", encoding="utf-8")
    (desk / "link.json").symlink_to(desk / "kept.json")

    result = _extract(desk, "link.json")

    assert result.returncode == 1
    assert result.stderr == REFUSED.format(path="link.json", kind="a symbolic link")
    assert (desk / "link.json").is_symlink()
    assert (desk / "kept.json").read_text(encoding="utf-8") == "kept\n"


def test_a_regular_file_and_a_new_path_are_written(desk: Path) -> None:
    (desk / "old.json").write_text("old\n", encoding="utf-8")

    assert _extract(desk, "old.json").returncode == 0
    assert _extract(desk, "new.json").returncode == 0

    for name in ("old.json", "new.json"):
        assert json.loads((desk / name).read_text(encoding="utf-8"))["schema"] == (
            "briefings.facts/1"
        )


@pytest.mark.parametrize("target", ["-", "stdout-link"])
def test_standard_output_is_written_plainly(desk: Path, target: str) -> None:
    # A private link like /dev/stdout: a failing fix must not replace the machine's own.
    (desk / "stdout-link").symlink_to("/proc/self/fd/1")

    result = _extract(desk, target)

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["schema"] == "briefings.facts/1"


def test_a_brief_over_a_fifo_is_refused_before_anything_is_written(desk: Path) -> None:
    (desk / "out").mkdir()
    os.mkfifo(desk / "out" / "brief-2024-05-10.pdf")

    result = briefings(
        "generate", "--config", "cfg.yaml", "--out", "out", "news/clashes.txt", "-q", cwd=desk
    )

    assert result.returncode == 1
    assert result.stderr == REFUSED.format(
        path="out/brief-2024-05-10.pdf", kind="a named pipe (FIFO)"
    )
    assert not (desk / "out" / "brief-2024-05-10.html").exists()


# -- issue 13: a full device as standard output, a device as the output folder ----------


def _full_device(desk: Path) -> Path:
    # A private copy of /dev/full: every write to it fails with "No space left on device".
    device = desk / "full"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    return device


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
@pytest.mark.parametrize(
    "args",
    [
        ["extract", "--config", "cfg.yaml", "news/clashes.txt", "-q"],
        ["generate", "--config", "cfg.yaml", "--format", "html", "--out", "out", "news", "-q"],
        ["validate", "cfg.yaml"],
    ],
)
def test_standard_output_on_a_full_device_is_one_error(desk: Path, args: list[str]) -> None:
    with _full_device(desk).open("w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "briefings", *args],
            cwd=desk,
            stdout=full,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            timeout=120,
        )

    assert result.returncode == 1
    assert result.stderr == "Error: cannot write to standard output (No space left on device)\n"


def test_a_closed_pipe_on_standard_output_ends_quietly(desk: Path) -> None:
    reader = subprocess.Popen(["head", "-c", "1"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    result = subprocess.run(
        [sys.executable, "-m", "briefings", "extract", "--config", "cfg.yaml", "news", "-q"],
        cwd=desk,
        stdout=reader.stdin,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        timeout=120,
    )
    reader.communicate(timeout=30)

    assert result.returncode in (0, 1)
    assert result.stderr == ""


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
@pytest.mark.parametrize("out", ["null", "null/briefs"])
def test_a_device_as_the_output_folder_is_refused_before_the_work(desk: Path, out: str):
    os.mknod(desk / "null", stat.S_IFCHR | 0o666, os.makedev(1, 3))

    result = briefings("generate", "--config", "cfg.yaml", "--out", out, "news", cwd=desk)

    assert result.returncode == 1
    assert result.stderr == (
        "Error: null: is a device, not a folder; choose an output folder with --out\n"
    )


def test_a_fifo_or_file_as_the_configured_folder_is_refused(desk: Path) -> None:
    os.mkfifo(desk / "pipe")
    with (desk / "cfg.yaml").open("a", encoding="utf-8") as cfg:
        cfg.write("output: {folder: pipe}\n")

    result = briefings("generate", "--config", "cfg.yaml", "news", cwd=desk)

    assert result.returncode == 1
    assert result.stderr == (
        f"Error: {desk}/pipe: is a named pipe (FIFO), not a folder; choose an output folder "
        "with --out\n"
    )
