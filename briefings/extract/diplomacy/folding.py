"""Steps told again within an article folded into one: "the talks", "the deal", a later
sentence that dates a step, calls split by hub, duplicates merged.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from briefings.extract.context import ArticleContext, Sent, date_or_none
from briefings.extract.diplomacy.clauses import NOT_STEP_DATE_CB, OTHER_EVENT_CB, names_an_event
from briefings.extract.diplomacy.step import _Step, telling_term
from briefings.extract.diplomacy.triggers import _GATHERINGS, _TRIGGER, _TRUCE, _TYPE_FAMILY
from briefings.extract.diplomacy.when_where import lives_on
from briefings.models import DiplomaticStep, Evidence
from briefings.nlp.folding import CaseBlind

# A later sentence that refers back to a step and dates it: "The conversation took place
# on February 21", "there is no such meeting in the schedule for March 5".
_ANAPHOR = re.compile(
    # (not another of its kind: "the last direct talks took place in March 2022")
    r"\b(?:the|this|that|such|these|those)\s+(?:an?\s+)?"
    r"(?!(?:last|previous|earlier|first|past|prior|former|next|latest)\b)"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>conversation|(?:phone\s+|telephone\s+)?calls?|meetings?|talks|summit|visit"
    r"|negotiations|consultations|agreement|deal|memorandum|ceasefire|truce|accord)\b",
    re.IGNORECASE,
)


_ANAPHOR_TYPES = {
    "conversation": ("call", "talks"),
    "call": ("call",),
    "calls": ("call",),
    "meeting": ("meeting", "talks"),
    "meetings": ("meeting", "talks"),
    "talks": ("talks", "meeting", "call"),
    "summit": ("meeting",),
    "visit": ("visit",),
    "negotiations": ("talks", "meeting"),
    "consultations": ("talks", "meeting", "call"),
}


_ANAPHOR_REACH = 3  # sentences


def _fold_anaphora(found: list[_Step]) -> list[_Step]:
    """ "The talks", "the deal", "signed the document": the step told before (the
    nearest earlier one of a fitting type) gains the sides and details named
    again, instead of a second step. Told again with another status ("no plans
    for such a meeting" after it was proposed), it is a new step between the
    same sides. "A third round" continues the talks before it, with their sides."""
    out: list[_Step] = []
    for f in found:
        family = _TYPE_FAMILY[f.step.type]
        earlier = [
            i
            for i, o in enumerate(out)
            if _TYPE_FAMILY[o.step.type] == family and (o.index, o.pos) < (f.index, f.pos)
        ]
        if f.continuation:
            if earlier:
                o = out[earlier[-1]].step
                sides = tuple(sorted(set(o.participants) | set(f.step.participants)))
                f.step = replace(f.step, participants=sides)
            if len(f.step.participants) >= 1:
                out.append(f)
            continue
        if not f.anaphoric or (f.signed and f.step.status == "planned"):
            # ("the agreement is expected to be signed Friday": its signing, a step to
            # come of its own, not the deal told before again)
            out.append(f)
            continue
        loose = family == "agreement" and not f.name
        fitting = [
            i
            for i in earlier
            if loose or f.weak or _nested(out[i].step.participants, f.step.participants)
        ]
        if not fitting:
            if f.lone or (family == "agreement" and not f.name and not _news_of(f)):
                continue  # "the grain deal" told of as known: no step of this article
            out.append(f)
            continue
        i = fitting[-1]
        o = out[i].step
        merged = _parties(o, f.step)
        if (
            family == "agreement"
            and len(o.participants) >= 2
            and not set(o.participants) <= set(f.step.participants)
        ):
            # "... recalling its ambassador and rejecting the agreement": a deal told
            # again by who reacts to it keeps the parties it was told with
            merged = o.participants
        merged = _less_helpers(merged, (*o.mediators, *f.step.mediators))
        if family != "agreement" and f.step.status != o.status and f.denied:
            f.step = replace(f.step, participants=merged)
            out.append(f)
            continue
        out[i].step = replace(
            o,
            participants=merged,
            # (and who helped: "Turkey played a role in facilitating the deal")
            mediators=(
                *o.mediators,
                *(x for x in f.step.mediators if x not in o.mediators and x not in merged),
            ),
            date=o.date or _on_its_weekday(o, f.step.date),
            weekday=o.weekday if o.weekday is not None else f.step.weekday,
            location=o.location or f.step.location,
        )
    return out


def _less_helpers(parties: tuple[str, ...], helpers: tuple[str, ...]) -> tuple[str, ...]:
    """The parties of a step told twice, less who mediates in either telling ("US-mediated
    talks", then "talks ... Rubio said"), unless that leaves fewer than two."""
    kept = tuple(x for x in parties if x not in helpers)
    return kept if len(kept) >= 2 else parties


def _parties(told: DiplomaticStep, again: DiplomaticStep) -> tuple[str, ...]:
    """The parties of a step told twice: both tellings' sides, less who either names as
    its mediator ("talks hosted by Malaysia" and "the talks were attended by Malaysian
    officials") and the first did not name as a party, unless that leaves fewer than
    two."""
    sides = set(told.participants) | set(again.participants)
    mediators = (set(told.mediators) | set(again.mediators)) - set(told.participants)
    parties = sides - mediators
    return tuple(sorted(parties if len(parties) >= 2 else sides))


def _on_its_weekday(step: DiplomaticStep, date: str | None) -> str | None:
    """A date told after a step, unless the step's own day of the week says it is
    another's: "agreed on Wednesday" is not dated by a Saturday."""
    day = date_or_none(date)
    if step.weekday is not None and day is not None and day.weekday() != step.weekday:
        return None
    return date


def _news_of(f: _Step) -> bool:
    """Whether a known deal is news of its own here: signed, ended or called off, or
    dated ("Santos and the FARC signed the peace agreement on Thursday", "the ELN
    ended the ceasefire"), or taking effect ("the ceasefire between them took effect"),
    not only told of ("urged both sides to respect the truce")."""
    return (
        f.signed
        or f.step.status == "cancelled"
        or f.step.date is not None
        or _TAKES_EFFECT.match(f.step.evidence.sentence, f.pos, f.pos + 120) is not None
    )


_TAKES_EFFECT = re.compile(
    r"[^.;]*?\b(?:(?:took|takes|came|comes|went|goes)\s+(?:into\s+)?effect"
    r"|(?:came|comes|entered|enters)\s+into\s+force)\b",
    re.IGNORECASE,
)


def _old_deal_and_new_truce(a: DiplomaticStep, b: DiplomaticStep) -> bool:
    """Two agreements of one sentence that are two: a deal of a year gone by and a truce
    of today ("the MILF, which signed a peace deal in 2014, agreed to a truce")."""
    dated, undated = (a, b) if a.date else (b, a)
    if not dated.date or len(dated.date) != 4 or undated.date:
        return False
    return bool(_TRUCE.search(dated.term or "")) != bool(_TRUCE.search(undated.term or ""))


# A deal's word that names no kind of deal: "deal", "agreement".
_PLAIN_DEAL = re.compile(r"(?:deal|agreement|accord|pact)", re.IGNORECASE)
# What a deal is about when it is not the war's end, named before its word or after it:
# "a grain deal", "an energy truce", "a deal on prisoner swaps".
_DEAL_KINDS = (
    r"grain|food|energy|power|gas|oil|water|minerals?|mining|trade|tariffs?|economic|investment"
    r"|prisoners?|hostages?|detainees?|captives?|swaps?|exchanges?|release|bodies|remains|aid"
    r"|humanitarian|evacuations?|maritime|port|shipping|transit|border|nuclear|security|defen[cs]e"
    r"|arms|weapons|fisheries|airspace|refugees?|returns?"
)
_KIND_BEFORE = re.compile(rf"\b(?:{_DEAL_KINDS})[\s-]+(?:[\w-]+\s+)?$", re.IGNORECASE)
_KIND_AFTER = re.compile(
    rf"\s+(?:on|over|for|to|covering)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_DEAL_KINDS})\b",
    re.IGNORECASE,
)


def _kind_word(step: DiplomaticStep) -> str | None:
    """What kind of deal a step's words say it is, if any ("grain", "prisoners")."""
    text = step.evidence.sentence
    at = text.lower().find((step.term or "").lower())
    if at < 0:
        return None
    end = at + len(step.term or "")
    kind = _KIND_BEFORE.search(text, max(0, at - 30), at) or _KIND_AFTER.match(text, end)
    return kind.group(0).split()[0 if kind.re is _KIND_BEFORE else -1].lower() if kind else None


def _one_deal_dated_once(a: DiplomaticStep, b: DiplomaticStep) -> bool:
    """Two deals made that are one told twice: between the same sides, one dated to the
    day, one not, each named as one deal of no other kind, and one named plainly or both
    truces."""
    if not (a.type == b.type == "agreement" and a.status == b.status == "concluded"):
        return False
    if set(a.participants) != set(b.participants):
        return False  # (a side more on one may be a broker's: not added to the other)
    if bool(a.date) == bool(b.date) or len(a.date or b.date or "") != 10:
        return False  # (a month or a year: the deal may be an older one of that time)
    if any(
        (x.term or "")
        .lower()
        .endswith(("deals", "agreements", "accords", "pacts", "ceasefires", "truces"))
        for x in (a, b)
    ):
        return False  # ("deals that have taken place this year": others of the kind)
    if _kind_word(a) != _kind_word(b):
        return False  # ("signed a grain deal", "a deal on prisoner swaps": two)
    plain = any(_PLAIN_DEAL.fullmatch(x.term or "") for x in (a, b))
    # (a "cessation of hostilities" is a truce too, though no trigger word of one: see
    # triggers._TRUCE, which reads the warring sides into it)
    return plain or all(
        _TRUCE.search(x.term or "") or "cessation of hostilities" in (x.term or "").lower()
        for x in (a, b)
    )


def _nested(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two sets of sides can be the same step told again: one holds the
    other, or they share a side ("signed the document" after "left without signing")."""
    return set(a) <= set(b) or set(b) <= set(a) or bool(set(a) & set(b))


def _split_calls(found: list[_Step]) -> list[DiplomaticStep]:
    """Phone calls are between two: "Putin held telephone conversations with Aliyev and
    Pashinyan" is two calls, each with the side that made them; so are meetings held
    separately ("Lavrov met separately with A and B")."""
    out: list[DiplomaticStep] = []
    for f in found:
        step = f.step
        hubs = (f.hub,) if isinstance(f.hub, str) else f.hub or ()
        if hubs and set(hubs) <= set(step.participants) and len(step.participants) >= 3:
            for hub in hubs:
                for other in step.participants:
                    if other not in hubs:
                        out.append(replace(step, participants=tuple(sorted((hub, other)))))
            continue
        out.append(step)
    return out


def _ceasefire_sides(ctx: ArticleContext, found: list[_Step]) -> list[_Step]:
    """A ceasefire said without its sides ("he hoped a ceasefire could be in place by
    Monday") is between the sides of the article's other ceasefires, when those
    are always the same two or more; without them it is no step."""
    ids = ctx.lexicon.actor_ids

    def sides(f: _Step) -> set[str]:
        return {p for p in f.step.participants if p in ids}

    known = {frozenset(sides(f)) for f in found if _is_truce(f.step) and len(sides(f)) >= 2}
    pair = next(iter(known)) if len(known) == 1 else None
    out = []
    for f in found:
        if f.candidate:
            if pair is None:
                continue
            f.step = replace(f.step, participants=tuple(sorted(set(f.step.participants) | pair)))
        out.append(f)
    return out


def _is_truce(step: DiplomaticStep) -> bool:
    return step.type == "agreement" and bool(_TRUCE.search(step.evidence.sentence))


_TRIGGER_CB = CaseBlind(_TRIGGER.exact)  # a step's word between a reference and a date
_NEGATION = re.compile(r"\b(?:no|not|never)\b")
_SINCE = re.compile(r"since\b", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _date_from_later_sentences(ctx: ArticleContext, found: list[_Step]) -> list[_Step]:
    """An undated step takes the date of a later sentence that refers back to it
    ("... he held telephone talks with Putin. The conversation took place on
    February 21."): the nearest undated step of a fitting type within a few
    sentences, when nothing else happens between the reference and its date."""
    # The steps come in sentence order: those within reach of a sentence are a run.
    indexes = [f.index for f in found]
    in_order = indexes == sorted(indexes)
    for sent in ctx.sents:
        if not sent.dates:
            continue
        if in_order:
            lo = bisect_left(indexes, sent.index - _ANAPHOR_REACH)
            reach = range(lo, bisect_left(indexes, sent.index, lo))
        else:
            reach = range(len(found))
        if not any(
            sent.index - _ANAPHOR_REACH <= found[i].index < sent.index
            and found[i].step.date is None
            for i in reach
        ):
            continue  # no undated step within reach: no reference here can date one
        for m in _ANAPHOR.finditer(sent.text):
            noun = m.group("noun").lower().split()[-1]
            if noun in ("agreement", "deal", "memorandum", "ceasefire", "truce", "accord"):
                types: tuple[str, ...] = ("agreement",)
            else:
                types = _ANAPHOR_TYPES.get(noun, ())
            candidates = [
                i
                for i in reach
                if sent.index - _ANAPHOR_REACH <= found[i].index < sent.index
                and found[i].step.type in types
                and found[i].step.date is None
            ]
            if not candidates:
                continue
            # "there is no such meeting on March 5" answers the step that was denied.
            if _NEGATION.search(sent.text[max(0, m.start() - 40) : m.start()]):
                denied = [
                    i for i in candidates if found[i].step.status in ("not_planned", "cancelled")
                ]
                candidates = denied or candidates
            i = candidates[-1]
            future = found[i].step.status in ("planned", "proposed", "not_planned")
            if _MADE_IN_THE_PAST.search(sent.text, max(0, m.start() - 60), m.start()):
                # "since they agreed on the draft text of the agreement in March": a month
                # gone by, whatever the step's status now
                future = False
            date = _date_of_reference(ctx, sent, m, future)
            date = _on_its_weekday(found[i].step, date)
            if date is not None:
                found[i].step = replace(found[i].step, date=date)
    return found


_CLAUSE_BETWEEN = re.compile(r";|,\s*(?:and|but|while|whereas|as)\s")


# A reference told as made in the past: "since they agreed on the text of the agreement".
_MADE_IN_THE_PAST = re.compile(
    # (by its parties: not "Turkey announced the signing", "Egypt approved the venue")
    r"\b(?:they|both|the\s+two\s+sides|the\s+parties|the\s+two)\s+(?:had\s+|have\s+)?"
    r"(?:agreed|signed|reached|concluded|finali[sz]ed|initial+ed|struck|sealed)\b"
    r"(?:(?!\b(?:will|would|to|shall)\b)[^.;,])*$",
    re.IGNORECASE,
)


def _date_of_reference(
    ctx: ArticleContext, sent: Sent, m: re.Match[str], future: bool
) -> str | None:
    """The date nearest the reference, unless another step's trigger stands between
    them ("The trilateral meeting was arranged after Putin held telephone
    conversations on Friday": Friday dates the calls)."""
    best: tuple[int, str] | None = None
    if lives_on(sent.text, m.start()):
        return None  # "the army resumed enforcing the ceasefire": a deal in force, no date
    for start, end, phrase in sent.dates:
        lo, hi = (m.end(), start) if start >= m.end() else (end, m.start())
        if _TRIGGER_CB.found(sent.text, lo, hi, sent.folded) or OTHER_EVENT_CB.found(
            sent.text, lo, hi, sent.folded
        ):
            continue
        if _CLAUSE_BETWEEN.search(sent.text, lo, hi):
            continue  # "..., and the official said aid would resume on Monday": its own
        if NOT_STEP_DATE_CB.found(sent.text, max(0, start - 60), start, sent.folded):
            continue  # "The ceasefire will take effect on Monday"
        if names_an_event(sent.text, phrase, end):
            continue  # "hostages taken in its October 7 attack": that attack's day
        if _SINCE.match(phrase) or _SINCE_BEFORE.search(sent.text, max(0, start - 7), start):
            continue  # "the truce, which had held since January": from when, not when made
        iso = ctx.parse(phrase, future=future)
        if iso and (best is None or hi - lo < best[0]):
            best = (hi - lo, iso)
    return best[1] if best else None


def _same_sides(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    common = set(a) & set(b)
    return len(common) >= 2 or set(a) <= set(b) or set(b) <= set(a)


def _dedupe(
    steps: list[DiplomaticStep], sequels: set[tuple[Evidence, str]] | None = None
) -> list[DiplomaticStep]:
    """One step per event in an article: the headline and the lede, or "the 2018
    deal" named twice, are the same step. Same type, status and date between the
    same sides merge (participants united), unless the later one is told as one more
    (``sequels``: "he later held a meeting with ...")."""
    out: list[DiplomaticStep] = []
    for s in steps:
        if sequels and (s.evidence, s.type) in sequels:
            out.append(s)
            continue
        # "will travel to Muscat to meet the rebels": the meeting is the visit's
        if s.type in ("meeting", "talks") and any(
            o.type == "visit"
            and o.evidence == s.evidence
            and o.status == s.status
            and _same_sides(o.participants, s.participants)
            for o in steps
        ):
            continue
        for i, o in enumerate(out):
            same_sentence = o.evidence == s.evidence and o.type == s.type == "agreement"
            meetings = o.type in _GATHERINGS and s.type in _GATHERINGS and o.status == s.status
            if (
                (o.type, o.status, o.date) == (s.type, s.status, s.date)
                or (
                    same_sentence
                    and o.status == s.status
                    and not (o.date and s.date)
                    and not _old_deal_and_new_truce(o, s)
                )
                # "the round in Istanbul on March 29, the last time the delegations met"
                or (meetings and o.evidence == s.evidence and o.date == s.date)
                # "agreed at talks in Belarus" and "the talks, held on Thursday"
                or (
                    meetings
                    and o.type == s.type
                    and o.status in ("held", "concluded")
                    and bool(o.date) != bool(s.date)
                    # (not a year alone: "the last round, hosted by Kuwait in 2016" is
                    # an earlier round)
                    and len(o.date or s.date or "") != 4
                )
                # "have agreed on a permanent cessation of hostilities" and "hailed
                # Wednesday's breakthrough deal": one deal, dated once
                or _one_deal_dated_once(o, s)
            ) and _same_sides(o.participants, s.participants):
                helpers = (*o.mediators, *(x for x in s.mediators if x not in o.mediators))
                merged = _less_helpers(
                    tuple(sorted(set(o.participants) | set(s.participants))), helpers
                )
                out[i] = replace(
                    o,
                    participants=merged,
                    mediators=tuple(x for x in helpers if x not in merged),
                    location=o.location or s.location,
                    date=o.date or s.date,
                    term=telling_term(o.term, s.term),
                )
                break
        else:
            out.append(s)
    return out
