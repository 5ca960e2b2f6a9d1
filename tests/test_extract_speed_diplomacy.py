"""Diplomacy's shortcuts find what the plain scans found: a search from a position
answered from the sentence's matches found once, the status's case-blind tests on the
folded stretch, the triggers found once per sentence."""

from __future__ import annotations

import random
import re

from briefings.extract import ground
from briefings.extract.diplomacy import clauses, participants, status, triggers, when_where
from briefings.extract.diplomacy.clauses import search_from
from briefings.nlp.folding import CaseBlind, Caseless, fold

_PIECES = [
    "the", "talks", "Talks", "have", "been", "postponed", "were", "was", "CANCELLED",
    "called off", "called", "off", "scrapped", "his", "trip", "visit", "held", "in",
    "Jeddah", "taking place at", "took place", "without signing", "not ruled out",
    "trying to", "reach", "a", "deal", "agreed to start", "no plans", "\u017fcrapped",
    "\u212aesh", "\u0130stanbul", "will", "would", "meet", ",", ";", " ", "  ", "\n", "-",
    "launched", "Carried out", "the", "air", "Drone", "strikes", ".",
    "after", "Since", "WHEN", "until", "aimed at", "to discuss", "peace", "Truce", "is to",
    "ended", "expired", "fell apart", "collapsed", "if", "urged", "agree", "and", "failed to",
]  # fmt: skip


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_PIECES) + rng.choice(("", " ", " ")) for _ in range(rng.randint(1, 20)))
        for _ in range(n)
    ]


def _span(m: re.Match[str] | None) -> tuple[int, int, str] | None:
    return None if m is None else (m.start(), m.end(), m.group(0))


def test_search_from_as_the_search() -> None:
    patterns = [
        status._CANCELLED_LATER,
        when_where._HELD_AT,
        # matches that overlap, run across spaces of any length, look behind
        re.compile(r"(?<!\w)(?:the\s+talks\s+|talks\s+have|s\s+been)", re.I),
        re.compile(r"\s+|,\s*;"),
    ]
    across = 0
    for pattern in patterns:
        for text in _texts(600, seed=len(pattern.pattern)):
            for pos in range(len(text) + 1):
                want = pattern.search(text, pos)
                assert _span(search_from(pattern, text, pos)) == _span(want), (text, pos)
                if want is not None and want.groupdict():
                    assert search_from(pattern, text, pos).groupdict() == want.groupdict()  # type: ignore[union-attr]
                across += any(m.start() < pos < m.end() for m in pattern.finditer(text))
    assert across  # a match running across the position was met


def test_status_case_blind_tests_as_the_patterns() -> None:
    for pattern in (
        status._WITHOUT,
        status._NOT_RULED_OUT,
        status._NOT_PLANNED,
        status._AGREED_TO_START,
        status._GOAL,
        status._CANCELLED,
        status._PROPOSED,
        status._PLANNED,
        status._MODAL,
        when_where._TOPIC_BEFORE,
        when_where._WILL_BEFORE,
        clauses.OTHER_EVENT,
        participants._PEACE_BEFORE,
        triggers._TRIGGER.exact,
        ground._LIGHT_VERB,
        ground._AS_NOUN,
    ):
        blind = CaseBlind(pattern)
        for text in _texts(400, seed=7):
            low = fold(text)
            for a in range(0, len(text) + 1, 3):
                for b in (a, a + 5, len(text)):
                    b = min(b, len(text))
                    # a stretch cut out, and a window of the whole sentence
                    want = pattern.search(text[a:b]) is not None
                    assert blind.found(text[a:b], folded=low[a:b]) == want, (text, a, b)
                    want = pattern.search(text, a, b) is not None
                    assert blind.found(text, a, b, low) == want, (text, a, b)


# _status as it was before its case-blind tests and its search from the trigger.
def _plain_status(text: str, t: re.Match[str], kind: str) -> str:
    # The clause around the trigger: from the last break before it to the next after.
    lo = max(text.rfind(",", 0, t.start()), text.rfind(";", 0, t.start()), -1) + 1
    lo = max(lo, clauses._clause_span(text, t.start())[0])
    pre = text[max(lo, t.start() - 150) : t.start()]
    hi_c = [i for i in (text.find(",", t.end()), text.find(";", t.end())) if i != -1]
    post = text[t.end() : min(hi_c) if hi_c else len(text)]
    around = pre + t.group(0) + post
    wide = text[max(0, t.start() - 150) : t.start()]
    if status._WITHOUT.search(wide):
        return "not_planned"  # "left without signing a ceasefire agreement"
    if kind == "agreement" and status._BLOCKING.search(text, max(0, t.start() - 40), t.start()):
        return "not_planned"  # "accused Russia of blocking a prisoner swap"
    if kind == "talks" and status._DURING.search(text, max(0, t.start() - 40), t.start()):
        return "held"  # "during faltering talks"
    if (
        (made := status._MADE_AT.search(text, max(0, t.start() - 40), t.start())) is not None
        and not status._NOT_YET_MADE.search(text, max(0, made.start() - 25), made.start())
        and not status._AHEAD.match(text, t.end())
    ):
        return "held"  # "a deadline agreed in talks with the Taliban"
    if status._NOT_RULED_OUT.search(wide):
        return "proposed"  # "it is not ruled out that they will meet"
    if (
        status._NOT_PLANNED.search(pre)
        or status._NO_BEFORE.search(pre)  # "said that no talks with Norland were planned"
        or re.match(r"\s+(?:is|was)\s+not\b", post)
        or status._NOT_ON_AGENDA.search(post)
    ):
        return "not_planned"
    if kind in ("talks", "meeting", "call") and (
        status._BROKE_OFF_BEFORE.search(pre[-40:]) or status._BROKE_OFF_AFTER.match(text, t.end())
    ):
        return "cancelled"  # "talks broke off in April"
    cancel = status._CANCELLED.search(around)
    if (
        cancel and not status._IF_BEFORE.search(around[: cancel.start()])
    ) or status._CANCELLED_LATER.search(text, t.end()):
        return "cancelled"
    if kind == "agreement" and (
        status._ENDED_BEFORE.search(pre[-50:])
        or (
            status.ENDED_AFTER.match(text, t.end())
            and not status._IF_BEFORE.search(text, max(0, t.start() - 60), t.start())
        )
    ):
        return "cancelled"
    if triggers._ONGOING.match(text, t.end()):
        return "held"  # "negotiations being conducted in Doha"
    if (
        status._HYPOTHETICAL.search(pre[-60:])
        or status._FAR_OFF.match(post)
        or (status._AWAITED.search(pre[-40:]) and not status._MADE_AFTER.match(post))
    ):
        return "proposed"  # "any deal", "prospects for a summit", "a deal is far off"
    if (
        kind != "agreement"
        and status._AGREED_TO_START.search(text, max(0, t.start() - 120), t.start())
    ) or (kind in ("meeting", "visit", "call", "talks") and status.AGREED_TO.search(pre[-70:])):
        return "planned"  # "agreed to start negotiations", "agreed to meet in May"
    if kind == "agreement":
        if (uphold := status._UPHOLD.search(pre[-50:])) and (
            uphold.group("known") or status._MADE_PARTICIPLE.match(post)
        ):
            return "concluded"
        if status._AGREED_TO_DO.search(pre[-90:]):
            return "concluded"
        if status._NOT_YET.search(pre[-80:]):
            return "proposed"
        if status._ASKED_TO_MAKE.search(wide):
            return "proposed"
        if status._PART_OF_A.search(pre[-50:]):
            return "proposed"  # "as part of a peace deal": one to come
        if (
            status._PROPOSAL_FOR.search(pre[-50:])
            or status._PROPOSAL_AFTER.match(post)
            or status._PLAN_HOLDS.search(text, max(0, t.start() - 250), t.start())
        ):
            return "proposed"  # "accepted a US proposal for a ceasefire", "a truce plan"
        if (
            status._DEMANDED_THAT.search(wide)
            or status._MOOTED.search(pre[-40:])
            or status._MOOTED_AFTER.match(post)
            or (status._offered(wide) and not status._TAKEN_UP.search(text, t.end()))
        ):
            return "proposed"  # "its demand that a ceasefire agreement include"
        if (
            status._PROPOSED.search(pre[-60:])
            or status._PROPOSED.search(
                post[: status._relative_cut(post, 40) if status._MADE_VERB.search(wide) else 40]
            )
            or status._GOAL.search(wide)
            or status._ASKED_FOR.search(pre[-60:])
            or status._TOPIC.search(pre[-70:])
            or (status._BACKED.search(pre[-50:]) and not status._MADE_PARTICIPLE.match(post))
        ):
            return "proposed"
        if status._UNDER.search(pre[-60:]):
            return "concluded"  # "to be freed under the truce": in force
        if status._PLANNED.search(pre[-40:]) or re.match(r"^\s+(?:would|will)\b", post):
            return "planned"
        return "concluded"
    if status._PROPOSED.search(pre[-60:]) or status._MODAL.search(post[:100]):
        return "proposed"
    if status._GOAL.search(wide):
        return "proposed"
    if status.PRESENT_MEET.match(t.group(0)) and (
        status._NOW.search(post[:80])
        or (status._HEADLINE_END.search(text) and not status._PLANNED.search(around))
        or status._AS_NOW.search(pre[-40:])
    ):
        return "held"  # "Delegations meet in Pretoria today", "Putin meets Erdogan in Sochi"
    if (
        status._PLANNED.search(pre[-50:])
        or status._PLANNED.search(post[:70])
        or status.PRESENT_MEET.match(t.group(0))
        or re.search(r"\bwould\s+(?:[\w-]+\s+){0,4}$", pre[-50:])
        or (status._DURING_THE.search(pre) and status._PLANNED.search(pre))
    ):
        return "planned"
    return "held"


def test_status_as_before() -> None:
    met = set()
    for text in _texts(3000, seed=11):
        for t in triggers._TRIGGER.finditer(text):
            kind = t.lastgroup or "meeting"
            want = _plain_status(text, t, kind)
            assert status._status(text, t, kind, fold(text)) == want, (text, t)
            assert status._status(text, t, kind) == want, (text, t)
            met.add(want)
    assert len(met) >= 5, met  # most of the statuses were met


def test_triggers_found_once_as_the_scan() -> None:
    plain = Caseless(triggers._TRIGGER_PATTERN)  # scanned for as written
    for text in _texts(300, seed=5):
        low = fold(text)
        want = [(m.span(), m.lastgroup) for m in plain.finditer(text, low)]
        got = [(m.span(), m.lastgroup) for m in triggers.trigger_matches(text, low)]
        assert got == want


def test_case_blind_search_finds_the_same_span() -> None:
    for pattern in (clauses.OTHER_EVENT, participants._PURPOSE, ground._LIGHT_VERB):
        blind = CaseBlind(pattern)
        for text in _texts(600, seed=23):
            low = fold(text)
            for pos in range(0, len(text) + 1, 2):
                for end in (pos, min(len(text), pos + 7), len(text)):
                    got = blind.search(text, pos, end, low)
                    want = pattern.search(text, pos, end)
                    assert (got and got.span()) == (want and want.span()), (text, pos, end)
