"""The cheap tests that spare a costly pattern never change what is found."""

from __future__ import annotations

import random
import re

from briefings.extract import casualties, context, statements
from briefings.extract.diplomacy import clauses, participants
from briefings.nlp import bodies
from briefings.nlp.folding import CaseBlind, may_hold

_PIECES = [
    "Mediated by", "the", "TALKS", "in", "Ministry of Health", "health ministry", "said",
    "Told Reporters", "since", "War", "began", "five-year-old", "conflict", "killed",
    "Killed", "\u017fince", "\u212ailled", "\u0130stanbul", "Doctors' Union", "Observatory",
    "government troops", "lost", "3", "lives", ",", ";", "take effect on", " ", "\n",
]  # fmt: skip


def _texts(n: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14))) for _ in range(n)]


def test_case_blind_finds_what_the_pattern_finds() -> None:
    patterns = [
        participants._PLACE_BEFORE, participants._MEDIATOR_BEFORE,
        clauses._SAID_BEFORE, clauses.NOT_STEP_DATE, casualties._KIND_RE,
    ]  # fmt: skip
    for pattern in patterns:
        blind = CaseBlind(pattern)
        for text in _texts(800):
            for pos, end in ((0, len(text)), (2, max(2, len(text) - 3))):
                want = pattern.search(text, pos, end) is not None
                assert blind.found(text, pos, end) == want, (pattern.pattern[:40], text)


def test_may_hold_only_says_no_when_the_pattern_cannot_match() -> None:
    for pattern, words in (
        (statements._BOTH_SAY, statements._BOTH),
        (context._BARE_HEAD, context._BARE_HEAD_NOUNS),
    ):
        extra = ["the two sides stressed", "BOTH SIDES SAID", "Army officials said"]
        for text in _texts(800) + extra:
            if pattern.search(text):
                assert may_hold(text, words), text


def test_maybe_casualty_as_before() -> None:
    for text in _texts(1500):
        lowered = text.lower()
        before = any(s in lowered for s in casualties._STEMS) and bool(
            casualties._KIND_RE.search(text) or casualties._LOST.search(text)
        )
        assert casualties._maybe_casualty(text) == before, text


def test_bodies_as_without_the_tests() -> None:
    saved = bodies._NAMED_NEEDS, bodies._may_name_plain
    texts = _texts(800)
    try:
        found = [bodies.find_bodies(t) for t in texts]
        bodies._NAMED_NEEDS = re.compile("")  # always found: every pattern runs
        bodies._may_name_plain = lambda text: True  # type: ignore[assignment]
        assert [bodies.find_bodies(t) for t in texts] == found
    finally:
        bodies._NAMED_NEEDS, bodies._may_name_plain = saved
