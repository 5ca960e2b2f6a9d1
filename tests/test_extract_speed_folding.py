"""A later sentence dates an earlier step as before, now that only the steps within
reach of a sentence are looked at: against the function as it was, on generated articles
with steps, dates and references back to them."""

from __future__ import annotations

import copy
import datetime as dt
import random
import re
from dataclasses import replace
from pathlib import Path

from briefings.config import parse_config
from briefings.extract.context import ArticleContext
from briefings.extract.diplomacy import folding
from briefings.extract.diplomacy.sentence import _sentence
from briefings.extract.diplomacy.step import _Step
from briefings.models import Article

_CONFIG = """
title: Test
date: 2024-05-10
actors:
  north: {name: Northland, aliases: [Northern army]}
  south: {name: Southland, aliases: [Southern forces]}
  east: {name: Eastland}
"""

_SENTENCES = [
    "Northland and Southland held talks in Doha",
    "Northland and Eastland will meet next week",
    "The Northland president spoke by phone with the Southland leader",
    "Northland and Southland signed a ceasefire agreement",
    "There are no plans for a meeting between Northland and Southland",
    "The talks took place on Monday",
    "The conversation took place on February 21",
    "The meeting was arranged after the call on Friday",
    "There is no such meeting in the schedule for March 5",
    "The deal was signed on 3 April",
    "This agreement was reached on Sunday",
    "Fighting went on in the north on Tuesday",
    "Nothing happened",
]


# As it was, before it looked only at the steps within reach of each sentence.
def _plain_date_from_later_sentences(ctx: ArticleContext, found: list[_Step]) -> list[_Step]:
    for sent in ctx.sents:
        if not sent.dates:
            continue
        for m in folding._ANAPHOR.finditer(sent.text):
            noun = m.group("noun").lower().split()[-1]
            if noun in ("agreement", "deal", "memorandum", "ceasefire", "truce", "accord"):
                types: tuple[str, ...] = ("agreement",)
            else:
                types = folding._ANAPHOR_TYPES.get(noun, ())
            candidates = [
                i
                for i, f in enumerate(found)
                if sent.index - folding._ANAPHOR_REACH <= f.index < sent.index
                and f.step.type in types
                and f.step.date is None
            ]
            if not candidates:
                continue
            # "there is no such meeting on March 5" answers the step that was denied.
            if re.search(r"\b(?:no|not|never)\b", sent.text[max(0, m.start() - 40) : m.start()]):
                denied = [
                    i for i in candidates if found[i].step.status in ("not_planned", "cancelled")
                ]
                candidates = denied or candidates
            i = candidates[-1]
            future = found[i].step.status in ("planned", "proposed", "not_planned")
            date = folding._date_of_reference(ctx, sent, m, future)
            if date is not None:
                found[i].step = replace(found[i].step, date=date)
    return found


def _articles(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        ". ".join(rng.choice(_SENTENCES) for _ in range(rng.randint(1, 12))) + "." for _ in range(n)
    ]


def _found(ctx: ArticleContext) -> list[_Step]:
    found: list[_Step] = []
    for sent in ctx.sents:
        found += _sentence(ctx, sent)
    return found


def test_dates_from_later_sentences_as_before() -> None:
    config = parse_config(_CONFIG, Path("test.yaml"))
    dated = 0
    for i, text in enumerate(_articles(400, seed=3)):
        article = Article(id=f"a{i}", path="t.txt", title="t", text=text, published="2024-05-10")
        ctx = ArticleContext(article, config, dt.date(2024, 5, 10))
        found = _found(ctx)
        plain = _plain_date_from_later_sentences(ctx, copy.deepcopy(found))
        got = folding._date_from_later_sentences(ctx, copy.deepcopy(found))
        assert [f.step for f in got] == [f.step for f in plain], text
        dated += sum(f.step.date is not None for f in plain) - sum(
            f.step.date is not None for f in found
        )
        # steps out of sentence order take the plain path, with the same answer
        shuffled = list(reversed(copy.deepcopy(found)))
        assert [f.step for f in folding._date_from_later_sentences(ctx, shuffled)] == [
            f.step
            for f in _plain_date_from_later_sentences(ctx, list(reversed(copy.deepcopy(found))))
        ]
    assert dated > 20  # later sentences dated steps
