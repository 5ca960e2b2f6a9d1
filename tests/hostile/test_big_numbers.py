"""Figures no count of people can reach are left out of the brief, with a note; big
figures are never rounded through a float."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile_support import briefings

from briefings.nlp.numbers import find_quantities, parse_number

ARTICLE = """\
Figures beyond belief

Northern army shelling killed 10^100 people in Dalmi on Monday, the Southland ministry said.
Northern army shelling killed 100000000000000000000000000 civilians in Veresk on Tuesday.
Southern forces killed 12,345,678,901 Northern soldiers, Southland said.
Northern army shelling killed 14 Southern soldiers near Ostra, the ministry said.
"""


@pytest.mark.slow
def test_implausible_figures_are_left_out_with_a_note(desk: Path) -> None:
    (desk / "news" / "clashes.txt").write_text(ARTICLE, encoding="utf-8")

    result = briefings("extract", "--config", "cfg.yaml", "news", "-o", "facts.json", cwd=desk)

    assert result.returncode == 0, result.stderr
    facts = json.loads((desk / "facts.json").read_text(encoding="utf-8"))
    assert [c["count"] for c in facts["casualties"]] == [14]
    notes = [n["message"] for n in facts["notes"]]
    assert notes == [
        "a casualty figure of 10^100 is beyond any plausible count of people (more than "
        "1,000,000,000), so it was left out: 'Northern army shelling killed 10^100 people in "
        "Dalmi on Monday, the Southland…'",
        "a casualty figure of 100,000,000,000,000,000,000,000,000 is beyond any plausible count "
        "of people (more than 1,000,000,000), so it was left out: 'Northern army shelling "
        "killed 100000000000000000000000000 civilians in Veresk…'",
        "a casualty figure of 12,345,678,901 is beyond any plausible count of people (more than "
        "1,000,000,000), so it was left out: 'Southern forces killed 12,345,678,901 Northern "
        "soldiers, Southland said.'",
    ]
    for message in notes:
        assert f"Note: news/clashes.txt: {message}\n" in result.stderr


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("9,007,199,254,740,993", 9_007_199_254_740_993),  # 2**53 + 1
        ("100000000000000000000000000", 10**26),
        ("10^100", 10**100),
        ("2.5 billion", 2_500_000_000),
        ("99999999999999999999 million", 99_999_999_999_999_999_999_000_000),
        ("1" + "0" * 5000, None),  # no count is 5,000 digits long
        ("10^5000", None),
    ],
)
def test_numbers_parse_exactly(text: str, value: int | None) -> None:
    assert parse_number(text) == value


def test_a_power_is_one_figure_not_its_exponent() -> None:
    assert [q.count for q in find_quantities("Shelling killed 10^100 people")] == [10**100]


def test_a_five_thousand_digit_numeral_is_no_figure_and_no_crash() -> None:
    assert find_quantities("Shelling killed 1" + "0" * 5000 + " people") == []
