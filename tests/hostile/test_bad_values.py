"""Values that cannot be what they claim: dates that do not exist, windows longer than
the calendar, YAML and JSON built to blow up, JSON fields of the wrong type. A bad
value in one article is noted or skipped and the others still make the brief; a bad
value in the config is a config error with its line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile_support import CONFIG, briefings

pytestmark = pytest.mark.slow

BODY = "Northern army shelling killed 3 people in Veresk on Monday, the ministry said.\n"


def _facts(desk: Path, *paths: str):
    result = briefings("extract", "--config", "cfg.yaml", *paths, "-o", "facts.json", cwd=desk)
    facts = json.loads((desk / "facts.json").read_text()) if result.returncode == 0 else None
    return result, facts


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("2020-02-30", "day is out of range for month"),
        ("0000-01-01", "year 0 is out of range"),
        ('"2020-02-30"', "day is out of range for month"),
    ],
)
def test_an_impossible_front_matter_date_is_noted_and_the_article_kept(
    desk: Path, written: str, reason: str
) -> None:
    (desk / "news" / "bad.md").write_text(
        f"---\ntitle: Shelling in Veresk\npublished: {written}\n---\n{BODY}", encoding="utf-8"
    )

    result, facts = _facts(desk, "news")

    assert result.returncode == 0, result.stderr
    assert (
        f"Note: news/bad.md: 'published: {written.strip(chr(34))}' is not a real date ({reason}), "
        "so it was ignored; write it as YYYY-MM-DD\n"
    ) in result.stderr
    assert [a["path"] for a in facts["articles"]] == ["news/bad.md", "news/clashes.txt"]
    assert facts["articles"][0]["published"] is None
    assert facts["notes"] == [
        {
            "path": "news/bad.md",
            "message": f"'published: {written.strip(chr(34))}' is not a real date ({reason}), "
            "so it was ignored; write it as YYYY-MM-DD",
        }
    ]


def test_an_impossible_json_date_is_noted(desk: Path) -> None:
    record = {"title": "Shelling in Veresk", "text": BODY, "published": "2021-04-31"}
    (desk / "news" / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")

    result, facts = _facts(desk, "news")

    assert result.returncode == 0, result.stderr
    assert (
        "Note: news/feed.jsonl:1: 'published: 2021-04-31' is not a real date (day is out of "
        "range for month), so it was ignored; write it as YYYY-MM-DD\n"
    ) in result.stderr
    assert len(facts["articles"]) == 2


@pytest.mark.parametrize(
    ("date", "reason"),
    [("2024-02-30", "day is out of range for month"), ("0000-01-01", "year 0 is out of range")],
)
def test_an_impossible_config_date_is_a_config_error(tmp_path: Path, date: str, reason: str):
    (tmp_path / "cfg.yaml").write_text(CONFIG.replace("2024-05-10", date), encoding="utf-8")

    result = briefings("validate", "cfg.yaml", cwd=tmp_path)

    assert result.returncode == 1
    assert result.stderr == (
        "Error: cfg.yaml: 1 problem in the config:\n"
        f"  - 'date' (line 2): {date} is not a real date ({reason}); write it as YYYY-MM-DD\n"
    )


def test_a_window_longer_than_a_century_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "cfg.yaml").write_text(CONFIG + "window: 1000000\n", encoding="utf-8")

    result = briefings("validate", "cfg.yaml", cwd=tmp_path)

    assert result.returncode == 1
    assert result.stderr == (
        "Error: cfg.yaml: 1 problem in the config:\n"
        "  - 'window' (line 6): at most 36500 days (100 years); "
        "leave 'window' out to keep articles of any date\n"
    )


def test_a_window_reaching_before_year_one_keeps_the_articles(desk: Path) -> None:
    config = CONFIG.replace("2024-05-10", "0001-01-20") + "window: 36500\n"
    (desk / "cfg.yaml").write_text(config, encoding="utf-8")
    (desk / "news" / "old.md").write_text(
        f"---\ntitle: Old news\npublished: 0001-01-10\n---\n{BODY}", encoding="utf-8"
    )

    result, facts = _facts(desk, "news/old.md")

    assert result.returncode == 0, result.stderr
    assert facts["articles"][0]["published"] == "0001-01-10"


def _bomb(levels: int = 9, width: int = 9) -> list[str]:
    lines = ["l0: &l0 [" + ", ".join(["lol"] * width) + "]"]
    for i in range(1, levels + 1):
        lines.append(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * width) + "]")
    return lines


def test_an_alias_bomb_in_front_matter_is_skipped(desk: Path) -> None:
    front = "\n".join([*_bomb(), "title: *l9"])
    (desk / "news" / "bomb.md").write_text(f"---\n{front}\n---\n{BODY}", encoding="utf-8")

    result, _ = _facts(desk, "news")

    assert result.returncode == 0, result.stderr
    assert (
        "Skipped news/bomb.md: the front matter (line 8): the alias '*l5' makes it expand past "
        "100,000 values; write the values out instead of nesting aliases\n"
    ) in result.stderr


def test_deeply_nested_front_matter_is_skipped(desk: Path) -> None:
    (desk / "news" / "deep.md").write_text(
        "---\ntitle: " + "[" * 5000 + "]" * 5000 + f"\n---\n{BODY}", encoding="utf-8"
    )

    result, _ = _facts(desk, "news")

    assert result.returncode == 0, result.stderr
    assert (
        "Skipped news/deep.md: the front matter is nested too deeply to be an article's "
        "fields; fix it\n"
    ) in result.stderr


def test_deeply_nested_json_is_skipped(desk: Path) -> None:
    (desk / "news" / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (desk / "news" / "deep.jsonl").write_text(
        json.dumps({"title": "Fine", "text": BODY}) + "\n" + "[" * 100_000 + "]" * 100_000 + "\n",
        encoding="utf-8",
    )

    result, facts = _facts(desk, "news")

    assert result.returncode == 0, result.stderr
    assert (
        "Skipped news/deep.json: the JSON is nested too deeply to be articles; fix it\n"
        in result.stderr
    )
    assert (
        "Skipped news/deep.jsonl: line 2: nested too deeply to be an article; fix or delete it\n"
        in result.stderr
    )
    assert len(facts["articles"]) == 2


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("text", {"p": BODY}, "a mapping"),
        ("text", 12, "a number"),
        ("text", [BODY, {"p": 1}], "a list with a mapping in it"),
        ("title", {"main": "Shelling"}, "a mapping"),
        ("published", True, "true or false"),
    ],
)
def test_a_json_field_of_the_wrong_type_is_skipped(desk, field, value, said) -> None:
    record = {"title": "Shelling in Veresk", "text": BODY, field: value}
    (desk / "news" / "odd.json").write_text(json.dumps(record), encoding="utf-8")

    result, facts = _facts(desk, "news")

    assert result.returncode == 0, result.stderr
    assert (
        f"Skipped news/odd.json: the object: '{field}' is {said}, not text; give it as a string\n"
    ) in result.stderr
    assert [a["path"] for a in facts["articles"]] == ["news/clashes.txt"]


def test_json_text_as_a_list_of_paragraphs_is_read(desk: Path) -> None:
    record = {"title": "Shelling in Veresk", "text": ["Northern army shelling went on.", BODY]}
    (desk / "news" / "paras.json").write_text(json.dumps(record), encoding="utf-8")

    result, facts = _facts(desk, "news/paras.json")

    assert result.returncode == 0, result.stderr
    assert facts["casualties"][0]["evidence"]["text"] == BODY.strip()
