"""Checks on the package's source that linters do not make."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import briefings

PACKAGE = Path(briefings.__file__).parent


def _assigned_twice(source: str) -> list[str]:
    """Module-level names bound by two plain assignments: the second silently replaces
    the first for every use after it (ruff flags functions and imports, not these)."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        names.update(t.id for t in targets if isinstance(t, ast.Name) and t.id != "__all__")
    return sorted(n for n, count in names.items() if count > 1)


def test_the_check_sees_a_name_bound_twice() -> None:
    assert _assigned_twice("_A = 1\n_B = 2\n_A = 3\n") == ["_A"]


def test_no_module_binds_a_name_twice() -> None:
    found = {
        str(path.relative_to(PACKAGE)): twice
        for path in sorted(PACKAGE.rglob("*.py"))
        if (twice := _assigned_twice(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def _control_characters(source: str) -> list[int]:
    """Lines holding a control character other than tab and newline: a pattern's "\\b"
    written in a plain string is a backspace, which no text holds, and the word ends it
    meant are silently never found."""
    return [
        n
        for n, line in enumerate(source.splitlines(), 1)
        if any(ord(c) < 32 and c != "\t" for c in line)
    ]


def test_the_check_sees_a_backspace_in_a_pattern() -> None:
    assert _control_characters('A = re.compile("\\bthe\\b")\nB = re.compile("\bthe\b")\n') == [2]


def test_no_module_holds_a_control_character() -> None:
    found = {
        str(path.relative_to(PACKAGE)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := _control_characters(path.read_text(encoding="utf-8")))
    }
    assert found == {}
