"""Blocking changes the cost of analysis, never its findings.

Each merging step (ledger incidents, events, ground items, positions) finds the
groups a mention could join through an index (briefings/analysis/index.py).
``analyze(..., every_pair=True)`` compares every mention with every group instead:
the straightforward reference. Both must give byte-identical findings, on the real
sets (read from ../shared, never copied here) and on a synthetic pile of many
incidents, steps, moves and statements that share parties, days, places and figures.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest
from support import need_shared

from briefings.analysis import analyze
from briefings.config import load_config
from briefings.facts_json import dumps, findings_to_json
from briefings.models import (
    Article,
    Casualty,
    CasualtyKind,
    DiplomacyStatus,
    DiplomacyType,
    DiplomaticStep,
    Evidence,
    Facts,
    GroundEvent,
    Statement,
)
from briefings.pipeline import extract
from briefings.wording import namer

REAL = [("seeds", "idlib"), ("lebanon", "lebanon"), ("sudan", "sudan"), ("tigray", "tigray")]


def _same_findings(facts: Facts, config: object | None = None) -> None:
    name = namer((a.id, a.name) for a in getattr(config, "actors", ()))
    blocked = dumps(findings_to_json(analyze(facts, config), name))
    reference = dumps(findings_to_json(analyze(facts, config, every_pair=True), name))
    assert blocked == reference


@pytest.mark.parametrize(("folder", "config_name"), REAL)
def test_blocking_gives_the_reference_findings_on_the_real_sets(folder, config_name):
    articles = need_shared("seeds") if folder == "seeds" else need_shared("eval", "real", folder)
    config = load_config(need_shared("eval", "configs", f"{config_name}.yaml"))
    run = extract(config, sorted(articles.glob("*.txt")))
    assert run.facts.casualties and run.facts.diplomacy and run.facts.statements
    _same_findings(run.facts, config)


@pytest.mark.slow
def test_blocking_gives_the_reference_findings_on_fakes():
    fakes = need_shared("data", "fa-kes")
    config = load_config(fakes / "syria.yaml")
    from briefings.sources import read_articles

    articles = read_articles([fakes / "fakes.jsonl"], default_year=config.date.year).articles
    from briefings.extract import extract_facts

    facts = extract_facts(articles[:250], config)
    _same_findings(facts, config)


# -- a synthetic pile: many incidents that share parties, kinds, days, places, figures --

PARTIES = ["north", "south", "civilians", "unknown"]
KINDS: list[CasualtyKind] = ["killed", "wounded", "displaced"]
PLACES = [None, "Arden", "Arden province", "Belmont", "Corvo", "Corvo district", "Estland"]
CLAIMANTS = [None, "health ministry", "Northern Health Ministry", "monitor group", "north"]
OUTLETS = [None, "Wire One", "Wire Two", "Daily Three"]
FRAMES = [
    "{n} people were {kind} in {place}",
    "at least {n} people were {kind} in {place} on Sunday",
    "the toll rose to {n} {kind} so far",
    "{n} people have been {kind} since March 2031",
    "the war has {kind} {n} people",
    "in the past week {n} people were {kind}",
]
STEP_WORDS: list[DiplomacyType] = ["talks", "meeting", "call", "agreement", "visit"]
STATUSES: list[DiplomacyStatus] = [
    "held",
    "planned",
    "proposed",
    "not_planned",
    "cancelled",
    "concluded",
]
SAID = (
    "we will never accept the attack on our towns and the siege must end now "
    "the ceasefire was violated again by the other side who keep shelling homes"
).split()


def _day(rng: random.Random, start: dt.date, spread: int) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(spread))


def _synthetic(n_articles: int, seed: int) -> Facts:
    rng = random.Random(seed)
    start = dt.date(2031, 3, 1)
    articles, casualties, steps, moves, statements = [], [], [], [], []
    for i in range(1, n_articles + 1):
        aid = f"a{i}"
        published = None if rng.random() < 0.1 else _day(rng, start, 40).isoformat()
        outlet = rng.choice(OUTLETS)
        articles.append(
            Article(
                id=aid,
                path=f"{aid}.txt",
                title=f"Report {i}",
                text="",
                source=outlet,
                published=published,
                outlets=(outlet,) if outlet else (),
            )
        )
        at = 0
        for _ in range(rng.randrange(1, 6)):
            n = rng.choice([1, 2, 3, 4, 5, 6, 12, 13, 14, 15, 30, 33, 34, 36, 100, 120, 5000])
            kind = rng.choice(KINDS)
            place = rng.choice(PLACES)
            text = rng.choice(FRAMES).format(n=n, kind=kind, place=place or "the area") + "."
            low = n if rng.random() < 0.2 else None
            high = n + rng.choice([0, 2, 10]) if low is not None and rng.random() < 0.5 else None
            when = rng.random()
            date = (
                None
                if when < 0.4
                else _day(rng, start, 40).isoformat()[:7]
                if when < 0.5
                else _day(rng, start, 40).isoformat()
            )
            casualties.append(
                Casualty(
                    party=rng.choice(PARTIES),
                    kind=kind,
                    count=n,
                    evidence=Evidence(aid, text, at, at + len(text)),
                    low=low,
                    high=high,
                    approximate=rng.random() < 0.1,
                    date=date,
                    location=place,
                    claimed_by=rng.choice(CLAIMANTS),
                )
            )
            at += len(text) + 1
        for _ in range(rng.randrange(0, 3)):
            step = rng.choice(STEP_WORDS)
            named = rng.random() < 0.2
            text = (
                f"The Selka {step} between north and south was discussed in 2031."
                if named
                else f"North and south {step} in {rng.choice(PLACES) or 'a city'}."
            )
            date = None if rng.random() < 0.5 else _day(rng, start, 40).isoformat()
            sides = rng.choice([("north", "south"), ("north", "south", "broker"), ("north",), ()])
            steps.append(
                DiplomaticStep(
                    type=step,
                    participants=sides,
                    status=rng.choice(STATUSES),
                    evidence=Evidence(aid, text, at, at + len(text)),
                    date=date,
                    location=rng.choice(PLACES),
                    term=rng.choice([None, "ceasefire"]),
                )
            )
            at += len(text) + 1
        for _ in range(rng.randrange(0, 4)):
            text = f"Forces moved near {rng.choice(PLACES) or 'the front'}."
            date = None if rng.random() < 0.4 else _day(rng, start, 40).isoformat()
            date = date[:7] if date and rng.random() < 0.2 else date  # a month only
            moves.append(
                GroundEvent(
                    actor=rng.choice(PARTIES[:2]),
                    action=rng.choice(["shelled", "captured"]),
                    evidence=Evidence(aid, text, at, at + len(text)),
                    place=rng.choice(PLACES),
                    date=date,
                )
            )
            at += len(text) + 1
        for _ in range(rng.randrange(0, 4)):
            first = rng.randrange(len(SAID) - 8)
            said = " ".join(SAID[first : first + rng.randrange(5, 9)])
            text = f'The minister said "{said}".'
            statements.append(
                Statement(
                    actor=rng.choice(PARTIES[:2] + ["unknown"]),
                    speaker=rng.choice([None, "the minister", "Northern Health Ministry"]),
                    text=said,
                    quote=rng.random() < 0.5,
                    evidence=Evidence(aid, text, at, at + len(text)),
                    date=None if rng.random() < 0.7 else _day(rng, start, 40).isoformat(),
                )
            )
            at += len(text) + 1
    return Facts(
        as_of=(start + dt.timedelta(days=45)).isoformat(),
        articles=articles,
        casualties=casualties,
        statements=statements,
        diplomacy=steps,
        ground=moves,
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_blocking_gives_the_reference_findings_on_many_incidents(seed):
    facts = _synthetic(150, seed)
    _same_findings(facts)


# -- positions: a group's summary answers as comparing with each of its wordings --------

# Texts that sit within others at word and at letter level ("war" in "wars"), share
# most of their words or few, and are shorter than a wording's head.
WORDINGS = [
    "the war must end now",
    "the wars must end now and for good",
    "war must end",
    "ar must e",
    "we will never accept the siege",
    "we will never accept the siege of our towns",
    "never accept the siege, we will",
    "the siege of our towns must end",
    "short one",
    "no",
    "it's over, it’s over",
    "the ceasefire was violated again",
]


def _statement(text: str, actor: str = "north") -> Statement:
    return Statement(actor=actor, speaker=None, text=text, quote=False,
                     evidence=Evidence("a1", text, 0, len(text)))  # fmt: skip


@pytest.mark.parametrize("seed", range(6))
def test_a_positions_group_takes_a_statement_as_its_wordings_would(seed):
    from briefings.analysis.positions import SAME_TEXT, _Probe, _said, _same, _Wordings

    def prefix(x):  # as _group takes it, with the words in any one order for all
        ranked = sorted(x.words)
        return ranked[: int((1 - SAME_TEXT) * len(ranked)) + 1]

    rng = random.Random(seed)
    for _ in range(300):
        group = _Wordings("north")
        members = [_said(_statement(rng.choice(WORDINGS))) for _ in range(rng.randrange(1, 30))]
        for m in members:
            group.add(m, prefix(m))
        words = rng.choice(WORDINGS).split()
        start = rng.randrange(len(words))
        text = " ".join(words[start : start + rng.randrange(1, len(words) + 1)])
        x = _said(_statement(text, rng.choice(["north", "north", "south"])))
        assert group.takes(_Probe(x, prefix(x))) == any(_same(x, o) for o in group.said.values())
