"""A config's YAML aliases may not expand without bound ("billion laughs") or loop."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_support import briefings

pytestmark = pytest.mark.slow  # PDFs, a browser or the command line in a subprocess


def _bomb(levels: int = 9, width: int = 9) -> str:
    lines = ["title: Bomb", "actors:", "  north: {name: Northland}"]
    lines.append("l0: &l0 [" + ", ".join(["lol"] * width) + "]")
    for i in range(1, levels + 1):
        lines.append(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def test_alias_bomb_is_refused_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "bomb.yaml").write_text(_bomb(), encoding="utf-8")
    assert (tmp_path / "bomb.yaml").stat().st_size < 1024

    result = briefings("validate", "bomb.yaml", cwd=tmp_path, timeout=30)

    assert result.returncode == 1
    assert result.stderr == (
        "Error: bomb.yaml: 1 problem in the config:\n"
        "  - line 10: the alias '*l5' makes the config expand past 100,000 values; "
        "write the values out instead of nesting aliases\n"
    )


def test_alias_that_contains_itself_is_refused(tmp_path: Path) -> None:
    (tmp_path / "loop.yaml").write_text(
        "title: Loop\nactors: &all\n  north: {name: Northland, aliases: *all}\n",
        encoding="utf-8",
    )

    result = briefings("validate", "loop.yaml", cwd=tmp_path, timeout=30)

    assert result.returncode == 1
    assert result.stderr == (
        "Error: loop.yaml: 1 problem in the config:\n"
        "  - line 3: an alias refers to the value that contains it; write the value out\n"
    )


def test_ordinary_aliases_still_work(tmp_path: Path) -> None:
    (tmp_path / "ok.yaml").write_text(
        "title: &name Northland\n"
        "actors:\n"
        "  north: {name: *name, aliases: [Northern army]}\n"
        "  south: {name: Southland}\n",
        encoding="utf-8",
    )

    result = briefings("validate", "ok.yaml", cwd=tmp_path, timeout=30)

    assert result.returncode == 0, result.stderr
    assert "2 actors (north, south)" in result.stdout
