"""Paths that are not plain article files: named pipes, symbolic-link loops, links to
nothing, ``**`` globs through links that lead back up, files that cannot be read. Each
is reported in one line; nothing hangs and nothing is read twice."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hostile_support import briefings, unprivileged

pytestmark = pytest.mark.slow

FIFO_SKIPPED = (
    "Skipped {path}: is a named pipe (FIFO), not a regular file; "
    "only regular files are read as articles\n"
)


def _extract(desk: Path, *paths: str, timeout: float = 10):
    return briefings("extract", "--config", "cfg.yaml", *paths, "-o", "facts.json", cwd=desk,
                     timeout=timeout)  # fmt: skip


def test_a_fifo_named_on_the_command_line_is_skipped_not_waited_on(desk: Path) -> None:
    os.mkfifo(desk / "news" / "pipe.txt")

    result = _extract(desk, "news/pipe.txt", "news/clashes.txt")

    assert result.returncode == 0, result.stderr
    assert FIFO_SKIPPED.format(path="news/pipe.txt") in result.stderr


def test_a_fifo_matched_by_a_glob_is_skipped(desk: Path) -> None:
    os.mkfifo(desk / "news" / "pipe.txt")

    result = _extract(desk, "news/*.txt")

    assert result.returncode == 0, result.stderr
    assert FIFO_SKIPPED.format(path="news/pipe.txt") in result.stderr


def test_a_lone_fifo_is_an_error_not_a_hang(desk: Path) -> None:
    os.mkfifo(desk / "pipe.txt")

    result = _extract(desk, "pipe.txt")

    assert result.returncode == 1
    assert result.stderr == (
        "Error: no articles could be read from pipe.txt:\n"
        "  - pipe.txt: is a named pipe (FIFO), not a regular file; "
        "only regular files are read as articles\n"
    )


def test_a_fifo_as_the_config_is_refused(desk: Path) -> None:
    os.mkfifo(desk / "fifo.yaml")

    result = briefings("validate", "fifo.yaml", cwd=desk, timeout=10)

    assert result.returncode == 1
    assert result.stderr == (
        "Error: fifo.yaml: 1 problem in the config:\n"
        "  - is a named pipe (FIFO), not a file; pass the path of a YAML config file\n"
    )


def test_a_symlink_loop_named_on_the_command_line_says_so(desk: Path) -> None:
    (desk / "loop.txt").symlink_to("loop.txt")

    result = _extract(desk, "loop.txt")

    assert result.returncode == 1
    assert result.stderr == (
        "Error: loop.txt: is a symbolic link that leads back to itself (a loop); "
        "point it at an article file or folder, or remove it\n"
    )


def test_a_link_to_nothing_names_its_target(desk: Path) -> None:
    (desk / "gone.txt").symlink_to("news/moved.txt")

    result = _extract(desk, "gone.txt")

    assert result.returncode == 1
    assert result.stderr == (
        "Error: gone.txt: is a symbolic link to news/moved.txt, which does not exist; "
        "fix the link or remove it\n"
    )


def test_a_double_star_glob_does_not_follow_links_back_up(desk: Path) -> None:
    # Two links to '.' would make a following glob visit 2**40 paths.
    (desk / "news" / "self").symlink_to(".")
    (desk / "news" / "again").symlink_to(".")
    (desk / "news" / "sub").mkdir()
    (desk / "news" / "sub" / "more.txt").write_text(
        (desk / "news" / "clashes.txt").read_text(encoding="utf-8").replace("12", "14"),
        encoding="utf-8",
    )

    result = _extract(desk, "news/**/*.txt")

    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("Read 2 articles in ")
    facts = (desk / "facts.json").read_text(encoding="utf-8")
    assert '"path": "news/clashes.txt"' in facts and '"path": "news/sub/more.txt"' in facts
    assert "self" not in facts and "again" not in facts


def test_a_symlink_loop_inside_a_folder_is_passed_over(desk: Path) -> None:
    (desk / "news" / "loop.txt").symlink_to("loop.txt")
    (desk / "news" / "up").symlink_to("..")

    result = _extract(desk, "news")

    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("Read 1 articles in ")


def test_the_same_file_named_twice_is_read_once(desk: Path) -> None:
    (desk / "same.txt").symlink_to("news/clashes.txt")

    result = _extract(desk, "news/clashes.txt", "same.txt", "news/./clashes.txt")

    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("Read 1 articles in ")


def test_an_unreadable_file_is_skipped_with_the_reason(desk: Path) -> None:
    (desk / "news" / "locked.txt").write_text("Locked\n\nNorthern army shelling.\n")
    (desk / "news" / "locked.txt").chmod(0)

    result = unprivileged(desk, "extract", "--config", "cfg.yaml", "news", "-o", "facts.json")

    assert result.returncode == 0, result.stderr
    assert "Skipped news/locked.txt: cannot read the file (Permission denied)\n" in result.stderr
