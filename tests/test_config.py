"""Config loading: every problem at once, each with its key, line and a fix."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from briefings.config import ActorOptions, ConfigOptions, OutputOptions, load_config
from briefings.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]

GOOD = """\
title: Test Brief
date: 2024-05-01
actors:
  north:
    name: Northland
    aliases: [Northern army]
  south:
    name: Southland
"""


def write(tmp_path: Path, text: str, name: str = "cfg.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return info.value.problems


def test_good_config_loads_with_defaults(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, GOOD))
    assert config.title == "Test Brief"
    assert config.date == dt.date(2024, 5, 1)
    assert [a.id for a in config.actors] == ["north", "south"]
    assert config.actors[0].aliases == ("Northern army",)
    assert config.formats == ("pdf", "html")
    assert config.output_folder == tmp_path / "out"
    assert config.output_name("pdf") == "brief-2024-05-01.pdf"
    assert config.window is None and config.marking is None


def test_date_defaults_to_today(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, GOOD.replace("date: 2024-05-01\n", "")))
    assert config.date == dt.date.today()


def test_relative_paths_resolve_against_the_config_folder(tmp_path: Path) -> None:
    (tmp_path / "tpl").mkdir()
    text = GOOD + "sources: [news/, 'feeds/*.xml']\ntemplate_dir: tpl\n"
    config = load_config(write(tmp_path, text))
    assert config.sources == (str(tmp_path / "news"), str(tmp_path / "feeds/*.xml"))
    assert config.template_dir == tmp_path / "tpl"


def test_typo_and_wrong_type_are_both_reported_with_lines(tmp_path: Path) -> None:
    text = GOOD + "windw: 7\noutput:\n  formats: pdf\n"
    problems = problems_of(write(tmp_path, text))
    assert problems == [
        "'windw' (line 9): unknown key; did you mean 'window'?",
        "'output.formats' (line 11): expected a valid list; got 'pdf'",
    ]


def test_unknown_key_without_a_near_name_lists_the_allowed_keys(tmp_path: Path) -> None:
    problems = problems_of(write(tmp_path, GOOD + "colour: blue\n"))
    assert problems[0].startswith("'colour' (line 9): unknown key; allowed here: title, date,")


def test_nested_unknown_key_and_bad_value(tmp_path: Path) -> None:
    text = GOOD.replace("    name: Southland\n", "    nme: Southland\n") + "window: -3\n"
    problems = problems_of(write(tmp_path, text))
    assert problems == [
        "'actors.south.name' (line 7): required key is missing",
        "'actors.south.nme' (line 8): unknown key; did you mean 'name'?",
        "'window' (line 9): Input should be greater than 0",
    ]


def test_missing_required_keys(tmp_path: Path) -> None:
    problems = problems_of(write(tmp_path, "date: 2024-05-01\n"))
    assert problems == [
        "'title': required key is missing",
        "'actors': required key is missing",
    ]


def test_bad_actor_id_and_reserved_id(tmp_path: Path) -> None:
    for bad, expected in [
        ("Big North", "actor id 'Big North' should be lower case letters, digits, '-' or '_'"),
        ("civilians", "'civilians' is reserved; give the actor another id"),
    ]:
        problems = problems_of(write(tmp_path, GOOD.replace("  north:", f"  {bad}:")))
        assert problems == [f"'actors' (line 3): {expected}"]


def test_bad_filename_pattern_and_format(tmp_path: Path) -> None:
    text = GOOD + "output:\n  formats: [pdf, docx]\n  filename: 'brief-{day}'\n"
    assert problems_of(write(tmp_path, text)) == [
        "'output.formats.1' (line 10): expected 'pdf' or 'html'; got 'docx'",
        "'output.filename' (line 11): unknown placeholder {day}; the only one is {date}",
    ]


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    problems = problems_of(write(tmp_path, "title: x\nactors:\n  a: [unclosed\n"))
    assert len(problems) == 1
    assert re.match(r"line \d: not valid YAML: ", problems[0])


def test_duplicate_key_is_reported(tmp_path: Path) -> None:
    problems = problems_of(write(tmp_path, GOOD + "title: Again\n"))
    assert problems == ["'title' (line 9): written twice (also line 1)"]


def test_not_a_mapping(tmp_path: Path) -> None:
    assert problems_of(write(tmp_path, "- just\n- a list\n")) == [
        "the config must be a mapping of keys such as 'title:' and 'actors:'"
    ]


def test_missing_file_and_missing_template_dir(tmp_path: Path) -> None:
    assert problems_of(tmp_path / "nope.yaml") == [
        "file not found; pass --config with the path of a YAML config"
    ]
    problems = problems_of(write(tmp_path, GOOD + "template_dir: nowhere\n"))
    assert problems[0].startswith("'template_dir': folder ")
    assert problems[0].endswith("does not exist; create it or remove the key")


def test_message_names_the_file_and_counts_problems(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "windw: 7\ncolor: x\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.format_message().startswith(f"{path}: 2 problems in the config:\n  - ")


@pytest.mark.parametrize("name", ["example.yaml", "demo.yaml"])
def test_shipped_configs_load(name: str) -> None:
    config = load_config(ROOT / "config" / name)
    assert config.actors


def test_example_config_documents_every_key() -> None:
    """config/example.yaml is the reference: a key missing from it is a doc bug."""
    text = (ROOT / "config" / "example.yaml").read_text(encoding="utf-8")
    keys = [*ConfigOptions.model_fields, *ActorOptions.model_fields, *OutputOptions.model_fields]
    undocumented = [k for k in keys if not re.search(rf"^\s*#?\s*{k}:", text, re.M)]
    assert undocumented == []
