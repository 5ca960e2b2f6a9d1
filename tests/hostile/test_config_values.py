"""Config values that `validate` must refuse before `generate` trips on them: file name
patterns no folder can hold, a name given to two sides."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_support import CONFIG, briefings

pytestmark = pytest.mark.slow


def _problem(tmp_path: Path, config: str, command: str = "validate") -> str:
    (tmp_path / "cfg.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "a.txt").write_text("A story\n\nNorthern army shelling killed 4 people.\n")
    args = ["validate", "cfg.yaml"] if command == "validate" else [
        "generate", "--config", "cfg.yaml", "--format", "html", "a.txt"]  # fmt: skip
    result = briefings(*args, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    head = "Error: cfg.yaml: 1 problem in the config:\n  - "
    assert result.stderr.startswith(head), result.stderr
    assert not list(tmp_path.glob("out*")), "nothing may be written"
    return result.stderr[len(head) :]


@pytest.mark.parametrize("command", ["validate", "generate"])
@pytest.mark.parametrize(
    ("pattern", "problem"),
    [
        ('"brief\\0{date}"', "holds a control character (\\x00); use letters, digits, spaces, "
         "'-', '_', '.' and {date}"),
        ('"brief\\e[2J"', "holds a control character (\\x1b); use letters, digits, spaces, "
         "'-', '_', '.' and {date}"),
        ('""', "is empty; write a name such as 'brief-{date}'"),
        ('".{date}"', "starts with '.', which would hide the file; write a name such as "
         "'brief-{date}'"),
        ('" brief"', "starts or ends with a space; take the space out"),
        ("x" * 300, "is 300 characters long with {date} written out; a file name may be at "
         "most 200"),
    ],
)  # fmt: skip
def test_a_file_name_pattern_no_folder_can_hold_is_refused(tmp_path, pattern, problem, command):
    config = CONFIG + f"output: {{filename: {pattern}}}\n"

    assert _problem(tmp_path, config, command) == f"'output.filename' (line 6): {problem}\n"


def test_a_long_date_pattern_counts_the_date_written_out(tmp_path: Path) -> None:
    name = "b" * 160 + "{date}" * 4  # 184 as written, 200 with the dates

    (tmp_path / "cfg.yaml").write_text(CONFIG + f"output: {{filename: '{name}'}}\n")
    assert briefings("validate", "cfg.yaml", cwd=tmp_path).returncode == 0

    assert _problem(tmp_path, CONFIG + f"output: {{filename: 'x{name}'}}\n") == (
        "'output.filename' (line 6): is 201 characters long with {date} written out; a file "
        "name may be at most 200\n"
    )


def test_an_alias_under_two_actors_is_reported(tmp_path: Path) -> None:
    config = CONFIG.replace("[Northern army]", "[Northern army, Border Guard]").replace(
        "[Southern forces]", "[Southern forces, border guard]"
    )

    assert _problem(tmp_path, config) == (
        "'actors.south.aliases.1' (line 5): 'border guard' is also listed under north "
        "(line 4); list each name under one actor\n"
    )


def test_an_alias_that_is_another_actors_name_is_reported(tmp_path: Path) -> None:
    config = CONFIG.replace("[Southern forces]", "[Southern forces, Northland]")

    assert _problem(tmp_path, config) == (
        "'actors.south.aliases.1' (line 5): 'Northland' is also listed under north "
        "(line 4); list each name under one actor\n"
    )


def test_an_actor_named_twice_is_reported(tmp_path: Path) -> None:
    config = CONFIG.replace("{name: Southland", "{name: northland")

    assert _problem(tmp_path, config) == (
        "'actors.south.name' (line 5): 'northland' is also listed under north (line 4); "
        "list each name under one actor\n"
    )
