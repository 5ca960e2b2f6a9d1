"""The steps of one sentence: each trigger with its participants, status, date and place."""

from __future__ import annotations

import re
from dataclasses import replace

from briefings.extract.attribution import speech_acts
from briefings.extract.context import ArticleContext, Sent, inside_quote
from briefings.extract.diplomacy.clauses import _clause_span
from briefings.extract.diplomacy.participants import (
    _PRONOUN_SUBJECT,
    _enough,
    _named_in_clause,
    _participants,
)
from briefings.extract.diplomacy.status import _DENIED_BEFORE, _status
from briefings.extract.diplomacy.step import _Step
from briefings.extract.diplomacy.triggers import (
    _ASKED,
    _ASKED_END,
    _DEFINITE_BEFORE,
    _GROUP_CALL,
    _IN_PERSON,
    _NEXT_BEFORE,
    _NOUN_AGREEMENT,
    _PLURAL_REFERENCE,
    _RESUME,
    _ROUND,
    _SIGNED_NAME,
    _SUCH,
    _TRIGGER,
    _TRUCE,
    _VERB_TRIGGER,
)
from briefings.extract.diplomacy.when_where import (
    _date,
    _own_date,
    _place,
    _proper_name_before,
    _year_before,
)
from briefings.models import DiplomaticStep

# Things that "meet" without anyone meeting: borders, roads, rivers.
_THINGS_MEET = re.compile(
    r"\b(?:borders?|frontiers?|lines|roads|rivers|routes|paths|streets|railways)\b[^.;]{0,70}$",
    re.IGNORECASE,
)
# After an agreement noun, words that make it the topic of something else.
_TOPIC_OF = re.compile(
    r"\s+(?:talks|negotiations|efforts?|process|mediation|push|bid|drive|envoy|monitoring"
    r"|mechanism|lines?|violations?)\b",
    re.IGNORECASE,
)


def _sentence(ctx: ArticleContext, sent: Sent) -> list[_Step]:
    text = sent.text
    triggers = list(_TRIGGER.finditer(text, sent.folded))
    if not triggers:
        return []
    steps: list[_Step] = []
    last_kind: str | None = None
    last_end = -100
    acts = None
    for t in triggers:
        kind = t.lastgroup or "meeting"
        word = t.group(0)
        if any(x.start <= t.start() < x.end for x in sent.mentions):
            continue  # "Government of National Accord" is a name, not an accord
        if kind == "agreement" and _TOPIC_OF.match(text, t.end()):
            continue  # "ceasefire talks": the talks' topic, the talks are the step
        if word.lower() == "conference" and re.search(
            r"\b(?:news|press|media|video)\s+$", text[: t.start()], re.IGNORECASE
        ):
            continue
        # "meet ... for Syria talks", "such a meeting": the same event again.
        if (
            last_kind is not None
            and kind in ("meeting", "talks", "call")
            and last_kind in ("meeting", "talks", "call")
        ):
            if _SUCH.search(text, max(0, t.start() - 30), t.start()) or (
                t.start() - last_end < 40 and "," not in text[last_end : t.start()]
            ):
                continue
        if kind == "agreement" and last_kind == "agreement" and t.start() - last_end < 25:
            continue
        signed_name = False
        anaphoric = not _VERB_TRIGGER.match(word) and bool(
            _DEFINITE_BEFORE.search(text, max(0, t.start() - 60), t.start())
        )
        if kind == "agreement" and _NOUN_AGREEMENT.match(word):
            after = text[t.end() :]
            if word.lower() == "signed":
                # "signed a deal"; "signed the document" is the deal told before
                if not re.match(r"\s+(?:a|an|the|its|their)\b", after):
                    continue
                anaphoric = bool(re.match(r"\s+(?:the|its|their)\b", after))
                if _SIGNED_NAME.match(after):
                    anaphoric, signed_name = False, True  # "signed the Dorne Corridor Agreement"
            elif not (
                re.match(r"\s+to\s+(?!a\b|an\b|the\b)[a-z]+", after)
                or re.search(
                    r"\b(?:was|were|been|being|is|are)\s+$",
                    text[max(0, t.start() - 20) : t.start()],
                )
                or (
                    re.match(r"\s+to\s+(?:a|an|the)\b", after)
                    and not _TRIGGER.search(text, t.end(), t.end() + 45)
                )
            ):
                # "agreed to work toward ..." and "the swap was agreed" are agreements
                # reached; "agreed that", "agreed with X on some issues" are not, and in
                # "agreed on a ceasefire" the noun tells it
                continue
        if kind == "talks" and re.match(r"talks\s+to\b", text[t.start() :], re.IGNORECASE):
            continue
        if (
            kind == "talks"
            and word.lower().startswith("negotiat")
            and _IN_PERSON.match(text, t.end())
        ):
            kind = "meeting"  # "to negotiate with him in person"
        if kind == "meeting" and re.match(r"met\s+with\s+(?:resistance|fire)", text[t.start() :]):
            continue
        if kind == "meeting" and _THINGS_MEET.search(text, max(0, t.start() - 80), t.start()):
            continue  # "where the borders of Lebanon, Syria and Israel meet": no one meets
        if acts is None:
            acts = speech_acts(ctx, sent)
        participants, mediators = _participants(ctx, sent, acts, t)
        status = _status(text, t, kind)
        future = status in ("planned", "proposed", "not_planned")
        date = _date(ctx, sent, t, kind, future)
        own = _own_date(ctx, sent, t)
        background = _year_before(text, t)
        if own is not None:
            # "following his Thursday's talks": the date names the step itself and,
            # said before it happens, makes it planned whatever the verbs around say.
            date = own
            if status == "held" and ctx.base is not None and own > ctx.base.isoformat():
                status = "planned"
        elif background is not None:
            # "its 1979 peace treaty", "a 2015 UN-brokered agreement": done long ago
            date = background
            anaphoric = False
            if kind == "agreement" and status in ("proposed", "planned", "held", "not_planned"):
                status = "concluded"
        named = _proper_name_before(sent, t) or signed_name
        here = _named_in_clause(sent, t, ctx.lexicon.armed) or bool(
            _PRONOUN_SUBJECT.search(text, _clause_span(text, t.start())[0], t.start())
        )
        if inside_quote(text, t.start()) and not _named_in_clause(sent, t, ctx.lexicon.armed):
            here = False  # "There haven't been any talks yet," he said
        continuation = (
            bool(_ROUND.search(word))
            or bool(_RESUME.search(text, max(0, t.start() - 30), t.start()))
            or (
                kind in ("meeting", "talks")
                and bool(_NEXT_BEFORE.search(text, max(0, t.start() - 30), t.start()))
            )
        )
        if _ASKED.search(text, 0, t.start()) and not _ASKED_END.search(text, 0, t.start()):
            last_kind, last_end = kind, t.end()
            continue  # "Asked whether Moscow saw any prospect of talks, ...": a question
        truce = kind == "agreement" and bool(_TRUCE.search(word))
        dated = kind == "agreement" and status == "concluded" and date is not None
        # "agreed in Stockholm in December 2018 to a ceasefire": a dated agreement reached
        enough = dated or _enough(
            ctx, participants, kind, status, text, t, background or named, here
        )
        if not (continuation or (truce and participants) or (anaphoric and participants) or enough):
            last_kind, last_end = kind, t.end()
            continue
        hub = None
        if kind == "call":
            subject = ctx.subject(sent, t.start())
            hub = subject.actor if subject is not None else None
            if _GROUP_CALL.search(text, max(0, t.start() - 30), t.end()):
                hub = None
        same = [
            f
            for f in steps
            if kind == "agreement" == f.step.type and set(f.step.participants) & set(participants)
        ]
        if (
            same
            and status == same[-1].step.status
            and not (date and same[-1].step.date and date != same[-1].step.date)
        ):
            # "Under the accord signed on Friday, Russia and Ukraine each signed an
            # identical document": one agreement told twice in a sentence
            f = same[-1]
            merged = tuple(sorted(set(f.step.participants) | set(participants)))
            f.step = replace(f.step, participants=merged, date=f.step.date or date)
            last_kind, last_end = kind, t.end()
            continue
        reference = (
            kind == "agreement"
            and date is None
            and bool(_PLURAL_REFERENCE.match(word))
            and not named
        )
        steps.append(
            _Step(
                sent.index,
                t.start(),
                DiplomaticStep(
                    type=kind,  # type: ignore[arg-type]
                    participants=tuple(participants),
                    status=status,  # type: ignore[arg-type]
                    evidence=ctx.evidence(sent),
                    date=date,
                    location=_place(ctx, sent, t, kind),
                    mediators=tuple(mediators),
                ),
                anaphoric=anaphoric,
                hub=hub,
                weak=not here,
                continuation=continuation,
                name=bool(named or background or own),
                candidate=not enough and not continuation and not anaphoric,
                lone=not enough,
                reference=reference,
                denied=bool(_DENIED_BEFORE.search(text, max(0, t.start() - 45), t.start())),
            )
        )
        last_kind, last_end = kind, t.end()
    # "At talks held on Thursday, the delegations agreed to ...": reached at those talks
    talks_on = [f.step.date for f in steps if f.step.type in ("talks", "meeting") and f.step.date]
    for f in steps:
        if f.step.type == "agreement" and f.step.date is None and len(talks_on) == 1:
            if f.step.status == "concluded":
                f.step = replace(f.step, date=talks_on[0])
    return steps
