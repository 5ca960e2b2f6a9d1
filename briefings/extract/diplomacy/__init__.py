"""Diplomatic steps: meetings, calls, talks, agreements and visits, with a status.

The status comes from the words around the trigger, in order of strength:
negation ("no plans to meet", "no such meeting") -> not_planned; "cancelled",
"called off" -> cancelled; modality ("can be arranged", "could", "likely",
"proposed") -> proposed; future ("will meet", "upcoming", "next week") ->
planned; agreements reached or signed, or named as background ("a deal in
2018") -> concluded; otherwise a past meeting is held.

One module per question: ``triggers`` (which words make a step), ``status``,
``participants``, ``when_where`` (date and place), ``sentence`` (a sentence's
steps), ``folding`` (steps told again within the article).
"""

from __future__ import annotations

from dataclasses import replace

from briefings.extract.context import ArticleContext
from briefings.extract.diplomacy.folding import (
    _ceasefire_sides,
    _date_from_later_sentences,
    _dedupe,
    _fold_anaphora,
    _same_sides,
    _split_calls,
)
from briefings.extract.diplomacy.sentence import _sentence
from briefings.extract.diplomacy.step import _Step
from briefings.models import DiplomaticStep, Evidence

__all__ = ["extract_diplomacy"]


def extract_diplomacy(ctx: ArticleContext) -> list[DiplomaticStep]:
    found: list[_Step] = []
    for sent in ctx.sents:
        found += _sentence(ctx, sent)
    found = _date_from_later_sentences(ctx, found)
    found = _fold_anaphora(found)
    found = _ceasefire_sides(ctx, found)
    found = [
        f
        for f in found
        if not f.reference
        or not any(
            o is not f
            and o.step.type == "agreement"
            and _same_sides(o.step.participants, f.step.participants)
            for o in found
        )
    ]
    sequels: set[tuple[Evidence, str]] = {(f.step.evidence, f.step.type) for f in found if f.sequel}
    steps = _dedupe(_split_calls(found), sequels)
    # a step dated after all (by a later sentence, or the talks it was reached at) needs
    # no day of the week
    return [replace(s, weekday=None) if s.date and s.weekday is not None else s for s in steps]
