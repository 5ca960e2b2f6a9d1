"""The hand-written scan for given names after a title finds exactly what the
regex it replaced (compiled per article, and slow to compile) found."""

from __future__ import annotations

import random
import re

from briefings.nlp.actors import NAME_TITLES, RANKS, titled_given_names

_TITLES = "|".join(sorted(NAME_TITLES | RANKS, key=len, reverse=True))


def _by_regex(text: str, given: list[str]) -> list[tuple[tuple[int, int], str]]:
    names = "|".join(map(re.escape, given))
    pattern = re.compile(rf"(?<![\w-])(?i:{_TITLES})\.?\s+({names})(?![\w-])")
    return [(m.span(1), m.group(1)) for m in pattern.finditer(text)]


def test_examples() -> None:
    text = "Ambassador Redwan met Gen. Abiy and secretary-general  Antonio, not Redwanov."
    given = ["Redwan", "Abiy", "Antonio"]
    assert titled_given_names(text, given) == _by_regex(text, given)
    assert [name for _, name in titled_given_names(text, given)] == given


def test_same_as_the_regex_on_random_text() -> None:
    rng = random.Random(7)
    pieces = [
        "President", "president", "Gen.", "Gen", "General", "Secretary-General", "Mr",
        "MR.", "Lt.", "Deputy", "KING", "\u017fecretary", "\u212aing", " ", "  ", "\n",
        "\u00a0", ".", "-", "_", "\u00e9", "x", "Bashar", "Bash", "Ahmed", "Ahmed-Ali",
    ]  # fmt: skip
    names = ["Bashar", "Bash", "Ahmed", "Ahmed-Ali", "Deputy", "General", "President"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) + rng.choice(("", " ")) for _ in range(12))
        given = rng.sample(names, rng.randint(1, 3))
        assert titled_given_names(text, given) == _by_regex(text, given), (text, given)
