"""Diplomatic steps: meetings, calls, talks, agreements and visits, with a status.

The status comes from the words around the trigger, in order of strength:
negation ("no plans to meet", "no such meeting") -> not_planned; "cancelled",
"called off" -> cancelled; modality ("can be arranged", "could", "likely",
"proposed") -> proposed; future ("will meet", "upcoming", "next week") ->
planned; agreements reached or signed, or named as background ("a deal in
2018") -> concluded; otherwise a past meeting is held.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefings.extract.attribution import Speech, inside_quote, speech_acts
from briefings.extract.context import ArticleContext, Sent
from briefings.models import DiplomaticStep
from briefings.nlp.actors import Mention
from briefings.nlp.folding import Caseless

_ORDER = ["call", "agreement", "visit", "meeting", "talks"]
_TRIGGERS: list[tuple[str, str]] = [
    (
        "call",
        r"(?:tele)?phone\s+(?:call|calls|conversation|conversations|talks)|by\s+(?:tele)?phone"
        r"|over\s+the\s+(?:tele)?phone|phoned|video\s+call|video\s+conference",
    ),
    (
        "agreement",
        r"agreements?|memorandum|memorandums|memoranda|deals?|accords?|ceasefires?"
        r"|cease-fires?|truces?|protocols?|treaty|treaties|roadmap|agreed|signed"
        r"|humanitarian\s+pause|pause\s+in\s+(?:the\s+)?fighting",
    ),
    (
        "visit",
        r"visit|visits|visited|visiting|trip|travel(?:s|led|ed|ling|ing)?\s+to"
        r"|arriv(?:e|es|ed|ing)\s+in|fl(?:y|ies|ew|ying)\s+to",
    ),
    (
        "meeting",
        r"meet|meets|met|meeting|meetings|summit|summits|face-to-face|conference|gathering",
    ),
    (
        "talks",
        r"talks|negotiations|negotiated|negotiating|negotiate|consultations|communicate"
        r"|in\s+contact|contacts\s+between|(?:send|sending|sent)\s+(?:a|the|its|their)\s+delegation"
        r"|(?:first|second|third|fourth|fifth|next|new|another|further|fresh)\s+rounds?(?!\s+of)"
        # (case-blind, so "[a-z]" stands for any letter, as [A-Z] did)
        r"|round(?=\s+(?:in|at)\s+[a-z])",
    ),
    ("call", r"conversation|conversations"),
]
_MERGED: dict[str, list[str]] = {}
for _kind, _words in _TRIGGERS:
    _MERGED.setdefault(_kind, []).append(_words)
_TRIGGER = Caseless(
    r"(?<!\w)(?:"
    + "|".join(
        rf"(?P<{k}>{'|'.join(v)})"
        for k, v in sorted(_MERGED.items(), key=lambda kv: _ORDER.index(kv[0]))
    )
    + r")\b"
)
_NOT_PLANNED = re.compile(
    r"\bno\s+(?:current\s+)?plans?\b|\bno\s+such\b|\bnot\s+(?:planned|scheduled|on\s+the\s+agenda)"
    r"|\bruled\s+out\b|\bdenied\b|\bnot\s+in\s+the\s+schedule|\bno\s+(?:[\w-]+\s+){0,2}"
    r"(?:talks|meeting|meetings|contacts?)\b|\bhaven't\s+been\s+any|\bhas\s+not\s+been\s+any"
    r"|\bno\s+intention|\bnot\s+going\s+to|\bwill\s+not|\bwon't|\brefused|\brejected"
    r"|\bdid\s+not|\bdidn't|\bnever\b|\bboycotted",
    re.IGNORECASE,
)
_CANCELLED = re.compile(r"\bcancel(?:l)?ed\b|\bcalled\s+off\b|\bscrapped\b|\bpostponed\b", re.I)
_PROPOSED = re.compile(
    r"\b(?:can|could|may|might|possible|possibly|likely|proposed|proposes|suggested|offered"
    r"|ready\s+to|willing\s+to|open\s+to|if\s+necessary|if\s+need\s+be|hopes?\s+to|seek|seeks"
    r"|called\s+for|calls\s+for|called\s+on|calls\s+on|urged|urges|would\s+like|considering"
    r"|expects?\s+to|offers?\s+to)\b",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"\b(?:will|shall|to\s+be\s+held|scheduled|due\s+to|set\s+to|plans?\s+to|planned|upcoming"
    r"|next\s+(?:week|month|year|\w+day)|tomorrow|expected\s+to|is\s+to|are\s+to|would\s+hold"
    r"|preparing|prepares|going\s+to)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:held|met|had|took\s+place|discussed|spoke|talked|hashed\s+out|struck|reached|signed"
    r"|agreed|concluded|sealed|brokered|was|were|have\s+been|has\s+been|yesterday|last\s+\w+"
    r"|earlier|ago|\w+ed)\b",
    re.IGNORECASE,
)
_PRESENT_MEET = re.compile(r"^(?:meet|meets)$", re.IGNORECASE)
_PLACE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:(?:city|town|village|capital|resort|port)\s+of\s+)?"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
_VISIT_TO = re.compile(r"\bto\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_VISITED = re.compile(
    r"\s+(?:to\s+|in\s+)?(?:the\s+)?(?:(?:city|town|capital|port)\s+of\s+)?"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_NOT_PLACE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|President|Prime"
    r"|The|This|That|Syria’s|Syria's)\b"
)
_SUCH = re.compile(r"\b(?:such|that|this|the\s+same)\s+(?:an?\s+)?$", re.IGNORECASE)
_NOUN_AGREEMENT = re.compile(r"^(?:agreed|signed)$", re.IGNORECASE)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|on|over|about|against|into|across|regarding|toward|towards|of|for|near|from"
    r"|inside|around|throughout|within|by|left|leaving|leave|leaves"
    r"|(?:travel(?:s|led|ed|ling|ing)?|go|went|fly|flew|return(?:ed)?|trip|visit|arrive[sd]?)\s+to)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_MILITARY_AFTER = re.compile(
    r"^(?:\s+government)?\s+(?:troops|forces|soldiers|army|military|fighters|aircraft|jets"
    r"|artillery|positions|bases?|units|militias?|tanks|drones|bombers|warplanes|convoy|crisis"
    r"|conflict|war|border|territory|province|region|side\s+of)\b",
    re.IGNORECASE,
)
_MILITARY_END = re.compile(
    r"\b(?:troops|forces|soldiers|army|military|fighters|militants|rebels)$", re.IGNORECASE
)
# A demonym is a side only when it qualifies people who act for the state.
_SIDE_AFTER = re.compile(
    r"^(?:\s+and\s+[A-Z]\w+)?\s+(?:government|authorities|officials|diplomats|delegation|delegations"
    r"|side|leadership|leaders?|counterparts?|presidents?|ministers?|foreign|negotiators|envoys?"
    r"|presidential|administration|sides|negotiating\s+teams?|teams?|politicians|mediators"
    r"|intelligence|military\s+delegation)\b",
    re.IGNORECASE,
)
_STATE_KINDS = ("person", "group", "country", "demonym", "capital", "seat", "org", "anaphor")
# "brokered by Russia": after these, "by" names a side, not a place.
_BY_SIDE = re.compile(
    r"\b(?:brokered|mediated|hosted|sponsored|signed|organi[sz]ed|backed|proposed|offered"
    r"|announced|rejected|accepted|attended)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "the foreign ministers of Kesh and Tarvos": people of a side, so the side itself.
_PEOPLE_OF = re.compile(
    r"\b(?:ministers?|leaders?|presidents?|delegations?|governments?|representatives|envoys?"
    r"|officials|heads?|chiefs?|negotiators|counterparts?|diplomats)\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’-]*\s*(?:,|and)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# "in Libya and Syria": the second place of a list after a preposition of place.
_PLACES_AND = re.compile(
    r"\b(?:in|on|over|about|regarding|into|across)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)?\s*(?:,|and|or)\s+(?:the\s+)?$"
)
# A city or country naming a step rather than taking part: "the Minsk agreements".
_ORGAN_AFTER = re.compile(
    r"['’]s\s+(?:(?:new|interim|internationally\s+recognised|internationally\s+recognized)\s+)?"
    r"(?:government|president|prime\s+minister|leader|foreign\s+minist(?:er|ry)|delegation"
    r"|negotiators?|envoy|authorities|administration|leadership)\b",
    re.IGNORECASE,
)
_NAMES_AFTER = re.compile(
    r"\s+(?:Group|format|process|initiative|statement|declaration|arrangements?|formula"
    r"|agreements?|accords?|deal|memorandum|protocol|talks|meeting|summit|conference"
    r"|negotiations|ceasefire|truce|peace\s+(?:talks|process|plan|deal|agreement))\b"
)
_ANSWERED = re.compile(
    r"\s*(?:,\s*)?but\s+(?:the\s+)?[\w' ’-]{1,40}?\s+(?:rejected|refused|accepted|welcomed"
    r"|signed|backed|dismissed)\s+(?:it|the\s+(?:plan|proposal|offer|initiative|deal))\b",
    re.IGNORECASE,
)
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists)|announced|stated|added|confirmed)\s+$",
    re.IGNORECASE,
)
# Triggers that are verbs: the words before them are their subject, not a determiner.
_VERB_TRIGGER = re.compile(
    r"(?:agreed|signed|met|meets?|visited|phoned|negotiated|negotiate|communicate|travel\w*"
    r"|arriv\w*|fl(?:y|ies|ew|ying)|send\w*|sent)\b",
    re.IGNORECASE,
)
_NO_BEFORE = re.compile(r"\b(?:no|nor)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)
_NOT_ON_AGENDA = re.compile(
    r"\b(?:is|was|are|were)\s+not\s+(?:on\s+the\s+agenda|planned|scheduled|envisaged|expected)",
    re.IGNORECASE,
)
_PLURAL_REFERENCE = re.compile(
    r"(?:agreements|deals|accords|memoranda|memorandums|protocols)$", re.I
)
_SIGNED_NAME = re.compile(
    r"\s+the\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:Agreements?|Accords?|Deal|Memorandum|Protocol|Treaty"
    r"|Declaration|Ceasefire|Truce|Charter|Pact)\b"
)
_DENIED_BEFORE = re.compile(
    r"\b(?:no\s+(?:current\s+)?plans?\s+(?:for|to)|no\s+such|not\s+(?:hold|attend|join)"
    r"|(?:cancell?ed|called\s+off|postponed|ruled\s+out|rejected|boycotted))\b[^.;]*$",
    re.IGNORECASE,
)
_NOT_RULED_OUT = re.compile(
    r"\b(?:not|n't|cannot\s+be|can't\s+be)\s+(?:be\s+)?rul(?:ed|e)\s+out\b", re.IGNORECASE
)
_GATHERINGS = ("meeting", "talks")
_WARRING = re.compile(r"\bwarring\s+(?:parties|sides|factions|camps)\b", re.IGNORECASE)
_STRONG_BREAK = re.compile(r";|,\s*(?:but|while|whereas|although|though)\b|\s+but\s+")
# "the two leaders", "both sides": the sides named just before.
_TWO = re.compile(
    r"\b(?:the\s+two|both)\s+(?:[A-Z]\w+\s+)?(?:(?P<people>leaders|presidents|ministers|heads\s+of\s+state"
    r"|foreign\s+ministers|men)|(?P<states>countries|governments|states|nations)|sides|parties"
    r"|delegations|rivals)\b"
    r"|\bthe\s+two\s+(?=(?:[a-z]+ed|have|had|will|would|met|spoke|agreed|held)\b)",
    re.IGNORECASE,
)
_GROUP_CALL = re.compile(r"\b(?:trilateral|three-way|joint|conference)\b", re.IGNORECASE)
_TYPE_FAMILY = {
    "agreement": "agreement",
    "call": "call",
    "meeting": "meeting",
    "talks": "meeting",
    "visit": "meeting",
}
_TRUCE = re.compile(r"\b(?:ceasefire|cease-fire|truce|humanitarian\s+pause|armistice)", re.I)
# "the talks", "this agreement": a step told before; "the next round", "the first
# summit" are new ones.
_DEFINITE_BEFORE = re.compile(
    r"\b(?:the|this|these|such\s+an?)\s+(?:(?!next\b|upcoming\b|first\b|second\b|third\b"
    r"|new\b|final\b|planned\b|proposed\b|last\b|previous\b|round\b|latest\b)[A-Za-z][\w-]*"
    r"(?:['’]s?)?\s+){0,2}$",
    re.IGNORECASE,
)
_ONGOING = re.compile(
    r"\s+(?:(?:are|is|were|was)\s+)?(?:being\s+(?:held|conducted)|under\s*way|ongoing|continuing)\b",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our)\s+(?:[\w-]+\s+){0,3}?(?P<year>(?:19|20)\d\d)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
_NAME_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?P<name>(?:[A-Z][\w'’-]*\s+){1,3})$")
_CANCELLED_LATER = re.compile(
    r"\b(?:has|have|had)\s+been\s+(?:postponed|cancell?ed|called\s+off|scrapped|delayed)"
    r"|\b(?:was|were)\s+(?:postponed|cancell?ed|called\s+off|scrapped)"
    r"|\b(?:postponed|cancell?ed|called\s+off|scrapped)\s+(?:the|his|her|their|its)\s+"
    r"(?:trip|visit|meeting|talks|summit)",
    re.IGNORECASE,
)
_GOAL = re.compile(
    r"\b(?:try|trying|tried|attempt|attempts|bid|effort|efforts|seek|seeking|sought|push|hope"
    r"|hoped|hopes|hoping)\s+to\s+(?:[\w-]+\s+){0,3}$"
    r"|\bto\s+(?:re-?establish|establish|reach|secure|negotiate|broker|hammer\s+out|conclude"
    r"|restore|revive|salvage|extend|renew)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_AGREED_TO_START = re.compile(
    r"\b(?:agreed|agree|agrees|decided|decide|plan|plans|planned)\s+to\s+(?:start|hold|resume"
    r"|begin|launch|open|continue)\s+(?:[\w\x22\u201c\u201d-]+\s+){0,3}[\x22\u201c]?$",
    re.IGNORECASE,
)
_WITHOUT = re.compile(
    r"\bwithout\s+(?:signing|agreeing|reaching|concluding)\s+(?:[\w-]+\s+){0,3}$"
    r"|\b(?:refused|declined|failed)\s+to\s+(?:sign|agree|reach)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


# A later sentence that refers back to a step and dates it: "The conversation took place
# on February 21", "there is no such meeting in the schedule for March 5".
_ANAPHOR = re.compile(
    r"\b(?:the|this|that|such|these|those)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
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
# A date written into the step's own noun phrase: "Thursday's talks", "the March 5 summit".
_DATE_MODIFIER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,1}$")
_RESUME = re.compile(
    r"\b(?:return(?:s|ed|ing)?\s+to|resum(?:e|es|ed|ing)|restart(?:s|ed|ing)?|revive|reviving)"
    r"\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_ASKED = re.compile(r"^\s*Asked\s+(?:whether|if|about|when)\b")
_ASKED_END = re.compile(r"^\s*Asked\b[^,]*,")
_ROUND = re.compile(r"rounds?$|round$", re.IGNORECASE)
_IN_PERSON = re.compile(r"[^.;,]{0,40}?\b(?:in\s+person|face[\s-]to[\s-]face)\b", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|it|they|we|I)\b(?![’']s)")


@dataclass
class _Step:
    """A step as found, before steps that name an earlier one are folded into it."""

    index: int  # sentence
    pos: int  # trigger offset in the sentence
    step: DiplomaticStep
    #: "the talks", "the agreement", "signed the document": names a step told before
    anaphoric: bool = False
    #: the hub of a phone round: "Putin held telephone conversations with A and B"
    hub: str | None = None
    #: no side named in its own clause, only the speaker's ("the Berlin meeting was a
    #: real opportunity," the envoy said)
    weak: bool = False
    #: "a third round", "further rounds": more of the talks told before
    continuation: bool = False
    #: named or dated in its own words: "the Minsk agreements", "its 1979 treaty"
    name: bool = False
    #: a ceasefire short of its sides, kept only to take them from another ceasefire
    candidate: bool = False
    #: ruled out in its own words: "no plans for such a meeting"
    denied: bool = False
    #: "the implementation of existing agreements": agreements in general, told of again
    reference: bool = False
    #: too few sides of its own: a step only as the one it names again
    lone: bool = False


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
    return _dedupe(_split_calls(found))


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
        if not f.anaphoric:
            out.append(f)
            continue
        loose = family == "agreement" and not f.name
        fitting = [
            i
            for i in earlier
            if loose or f.weak or _nested(out[i].step.participants, f.step.participants)
        ]
        if not fitting:
            if f.lone or (family == "agreement" and not f.name):
                continue  # "the grain deal" told of as known: no step of this article
            out.append(f)
            continue
        i = fitting[-1]
        o = out[i].step
        merged = tuple(sorted(set(o.participants) | set(f.step.participants)))
        if family != "agreement" and f.step.status != o.status and f.denied:
            f.step = replace(f.step, participants=merged)
            out.append(f)
            continue
        out[i].step = replace(
            o,
            participants=merged,
            date=o.date or f.step.date,
            location=o.location or f.step.location,
        )
    return out


def _nested(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two sets of sides can be the same step told again: one holds the
    other, or they share a side ("signed the document" after "left without signing")."""
    return set(a) <= set(b) or set(b) <= set(a) or bool(set(a) & set(b))


def _split_calls(found: list[_Step]) -> list[DiplomaticStep]:
    """Phone calls are between two: "Putin held telephone conversations with Aliyev and
    Pashinyan" is two calls, each with the side that made them."""
    out: list[DiplomaticStep] = []
    for f in found:
        step = f.step
        if step.type == "call" and f.hub and len(step.participants) >= 3:
            for other in step.participants:
                if other != f.hub:
                    out.append(replace(step, participants=tuple(sorted((f.hub, other)))))
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


def _date_from_later_sentences(ctx: ArticleContext, found: list[_Step]) -> list[_Step]:
    """An undated step takes the date of a later sentence that refers back to it
    ("... he held telephone talks with Putin. The conversation took place on
    February 21."): the nearest undated step of a fitting type within a few
    sentences, when nothing else happens between the reference and its date."""
    for sent in ctx.sents:
        if not sent.dates:
            continue
        for m in _ANAPHOR.finditer(sent.text):
            noun = m.group("noun").lower().split()[-1]
            if noun in ("agreement", "deal", "memorandum", "ceasefire", "truce", "accord"):
                types: tuple[str, ...] = ("agreement",)
            else:
                types = _ANAPHOR_TYPES.get(noun, ())
            candidates = [
                i
                for i, f in enumerate(found)
                if sent.index - _ANAPHOR_REACH <= f.index < sent.index
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
            date = _date_of_reference(ctx, sent, m, future)
            if date is not None:
                found[i].step = replace(found[i].step, date=date)
    return found


def _date_of_reference(
    ctx: ArticleContext, sent: Sent, m: re.Match[str], future: bool
) -> str | None:
    """The date nearest the reference, unless another step's trigger stands between
    them ("The trilateral meeting was arranged after Putin held telephone
    conversations on Friday": Friday dates the calls)."""
    best: tuple[int, str] | None = None
    for start, end, phrase in sent.dates:
        lo, hi = (m.end(), start) if start >= m.end() else (end, m.start())
        if _TRIGGER.search(sent.text, lo, hi):
            continue
        iso = ctx.parse(phrase, future=future)
        if iso and (best is None or hi - lo < best[0]):
            best = (hi - lo, iso)
    return best[1] if best else None


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
        if acts is None:
            acts = speech_acts(ctx, sent)
        participants = _participants(ctx, sent, acts, t)
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
        here = _named_in_clause(sent, t) or bool(
            _PRONOUN_SUBJECT.search(text, _clause_span(text, t.start())[0], t.start())
        )
        if inside_quote(text, t.start()) and not _named_in_clause(sent, t):
            here = False  # "There haven't been any talks yet," he said
        continuation = bool(_ROUND.search(word)) or bool(
            _RESUME.search(text, max(0, t.start() - 30), t.start())
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
    dated = [f.step.date for f in steps if f.step.type in ("talks", "meeting") and f.step.date]
    for f in steps:
        if f.step.type == "agreement" and f.step.date is None and len(dated) == 1:
            if f.step.status == "concluded":
                f.step = replace(f.step, date=dated[0])
    return steps


def _enough(
    ctx: ArticleContext,
    participants: list[str],
    kind: str,
    status: str,
    text: str,
    t: re.Match[str],
    named: object,
    named_here: bool,
) -> bool:
    """Whether the sides named make a step: two sides, or one side that hosts,
    offers, plans, rules out or visits; none when the step is a named or dated
    one ("the National Conference", "a 1994 ceasefire")."""
    if named and (kind != "agreement" or _year_before(text, t)):
        return True
    if len(participants) >= 2:
        return True
    if not participants:
        return False
    if _ONGOING.match(text, t.end()):
        return True  # "ceasefire negotiations being conducted in Doha"
    if not named_here:
        return False  # only the speaker's side: "there have been no talks yet," he said
    if kind == "visit":
        return True
    if kind == "agreement":
        return False
    return status in ("planned", "proposed", "not_planned", "cancelled")


def _participants(
    ctx: ArticleContext, sent: Sent, acts: list[Speech], t: re.Match[str]
) -> list[str]:
    """Sides named as sides in the trigger's clause (not places, not troops, not
    modifiers), "the two leaders" of the sentences before, and the side of
    whoever is reported saying it."""
    text = sent.text
    lo, hi = _clause_span(text, t.start())
    found: list[str] = []
    for m in sent.mentions:
        if m.actor is None or m.kind not in _STATE_KINDS or not lo <= m.start < hi:
            continue
        if m.kind != "person" and _not_a_side(text, m):
            continue
        found.append(m.actor)
    for a in acts:
        if (
            a.speaker is not None
            and a.speaker.actor
            and a.speaker.kind != "institution"
            and a.content_start <= t.start() < a.content_end
        ):
            found.append(a.speaker.actor)
    if t.lastgroup == "agreement":
        # "... called for a ceasefire, but the GNA rejected it": a party to it too
        later = _ANSWERED.match(text, hi)
        if later is not None:
            found += [
                m.actor
                for m in sent.mentions
                if m.actor and later.start() <= m.start < later.end() and m.kind in _STATE_KINDS
            ]
    if _WARRING.search(text, lo, hi) and len(ctx.belligerents) >= 2:
        found += list(ctx.belligerents[:2])  # "Yemen's warring parties"
    two = _TWO.search(text, lo, hi)
    if two is not None:
        kinds = None
        if two.group("people"):
            kinds = ("person",)
        elif two.group("states"):
            kinds = ("country", "demonym", "capital", "seat")
        found += _last_two(ctx, sent, two.start(), set(found), kinds)
    return sorted(dict.fromkeys(found))


def _named_in_clause(sent: Sent, t: re.Match[str]) -> bool:
    """Whether a side is named in the trigger's clause, not only as its speaker."""
    lo, hi = _clause_span(sent.text, t.start())
    return any(
        m.actor
        and lo <= m.start < hi
        and m.kind in _STATE_KINDS
        and (m.kind == "person" or not _not_a_side(sent.text, m))
        and not _inside(sent.text, m)
        for m in sent.mentions
    ) or bool(_TWO.search(sent.text, lo, hi))


def _inside(text: str, m: Mention) -> bool:
    """Whether the mention is the speaker of a verb of saying right after it."""
    return bool(re.match(r"(?:\s+[\w-]+){0,3}?\s+(?:said|says|told|added)\b", text[m.end :]))


def _clause_span(text: str, pos: int) -> tuple[int, int]:
    """The stretch of the sentence around ``pos`` between strong clause breaks:
    "Egypt offered to host talks, but Israel said there were no plans"."""
    lo = 0
    for m in _STRONG_BREAK.finditer(text, 0, pos):
        lo = m.end()
    nxt = _STRONG_BREAK.search(text, pos)
    return lo, nxt.start() if nxt else len(text)


def _last_two(
    ctx: ArticleContext, sent: Sent, pos: int, have: set[str], kinds: tuple[str, ...] | None
) -> list[str]:
    """ "the two leaders": the two sides last named before (by their leaders, for
    "leaders"; as states, for "countries"), other than those here."""
    ids = ctx.lexicon.actor_ids
    out: list[str] = []
    earlier = [m for m in sent.mentions if m.end <= pos]
    for prior in reversed(ctx.sents[max(0, sent.index - 3) : sent.index]):
        earlier = prior.mentions + earlier
    for wanted in (kinds, None) if kinds else (None,):
        out = []
        for m in reversed(earlier):
            kind = "demonym" if m.kind == "person" and not m.canonical else m.kind
            if wanted is not None and kind not in wanted and m.kind not in wanted:
                continue
            if m.actor in ids and m.actor not in have and m.actor not in out:
                out.append(m.actor)
                if len(out) == 2:
                    return out
    return out


def _not_a_side(text: str, m: Mention) -> bool:
    """'talks in Ankara', "Syria's Idlib province", 'Syrian troops', 'the Syrian crisis',
    'the Minsk agreements', 'in Libya and Syria': the mention is a place, an owner,
    an army or a name, not a party to a diplomatic step."""
    before = text[max(0, m.start - 80) : m.start]
    after = text[m.end :]
    if _PLACE_BEFORE.search(before) and not (_BY_SIDE.search(before) or _PEOPLE_OF.search(before)):
        return True
    if _PLACES_AND.search(before):
        return True
    if re.match(r"['’]s\b", after) and not _ORGAN_AFTER.match(after):
        return True  # "Syria's Idlib province"; but "Yemen's government" is the side
    if m.kind in ("capital", "country") and _NAMES_AFTER.match(after):
        return True  # "the Berlin meeting", "the Minsk agreements", "the Moscow statement"
    if _MILITARY_AFTER.match(after) or (m.kind == "group" and _MILITARY_END.search(m.text)):
        return True
    if m.kind == "demonym" and re.search(r"\bthe\s+$", before) and m.text.endswith("s"):
        return False  # "talks with the Saudis": the nation for its state
    return m.kind == "demonym" and not _SIDE_AFTER.match(after)


def _status(text: str, t: re.Match[str], kind: str) -> str:
    # The clause around the trigger: from the last break before it to the next after.
    lo = max(text.rfind(",", 0, t.start()), text.rfind(";", 0, t.start()), -1) + 1
    lo = max(lo, _clause_span(text, t.start())[0])
    pre = text[max(lo, t.start() - 150) : t.start()]
    hi_c = [i for i in (text.find(",", t.end()), text.find(";", t.end())) if i != -1]
    post = text[t.end() : min(hi_c) if hi_c else len(text)]
    around = pre + t.group(0) + post
    wide = text[max(0, t.start() - 150) : t.start()]
    if _WITHOUT.search(wide):
        return "not_planned"  # "left without signing a ceasefire agreement"
    if _NOT_RULED_OUT.search(wide):
        return "proposed"  # "it is not ruled out that they will meet"
    if (
        _NOT_PLANNED.search(pre)
        or _NO_BEFORE.search(pre)  # "said that no talks with Norland were planned"
        or re.match(r"\s+(?:is|was)\s+not\b", post)
        or _NOT_ON_AGENDA.search(post)
    ):
        return "not_planned"
    if _CANCELLED.search(around) or _CANCELLED_LATER.search(text, t.end()):
        return "cancelled"
    if _ONGOING.match(text, t.end()):
        return "held"  # "negotiations being conducted in Doha"
    if _AGREED_TO_START.search(text, max(0, t.start() - 120), t.start()):
        return "planned"  # "agreed to start negotiations"
    if kind == "agreement":
        if _PROPOSED.search(pre[-60:]) or _PROPOSED.search(post[:40]) or _GOAL.search(wide):
            return "proposed"
        if _PLANNED.search(pre[-40:]) or re.match(r"^\s+(?:would|will)\b", post):
            return "planned"
        return "concluded"
    if _PROPOSED.search(pre[-60:]) or re.search(r"\b(?:can|could|may|might)\b", post[:100]):
        return "proposed"
    if _GOAL.search(wide):
        return "proposed"
    if (
        _PLANNED.search(pre[-50:])
        or _PLANNED.search(post[:50])
        or _PRESENT_MEET.match(t.group(0))
        or re.search(r"\bwould\s+(?:[\w-]+\s+){0,2}$", pre[-40:])
    ):
        return "planned"
    return "held"


def _date(ctx: ArticleContext, sent: Sent, t: re.Match[str], kind: str, future: bool) -> str | None:
    """The date of the step: a date phrase in its own clause, near the trigger
    ("a deal with Turkey in 2018", "In 2018, Russia and Turkey agreed"); the date of
    the sentence's other events is not the step's."""
    reach = 45 if kind == "agreement" else 90
    best: tuple[int, str] | None = None
    for start, end, phrase in sent.dates:
        distance = start - t.end() if start >= t.end() else t.start() - end
        if distance > reach:
            continue
        if _SAID_BEFORE.search(sent.text, 0, start):
            continue  # "Peskov said on Friday there were no plans": the day he said it
        between = sent.text[min(end, t.end()) : max(start, t.start())]
        if ";" in between or re.search(r"\b(?:after|before|since|when)\b", between):
            continue
        iso = ctx.parse(phrase, future=future)
        if iso and (best is None or distance < best[0]):
            best = (distance, iso)
    return best[1] if best else None


def _own_date(ctx: ArticleContext, sent: Sent, t: re.Match[str]) -> str | None:
    """A date phrase that modifies the trigger noun: "Thursday's talks", "the March 5
    summit"; read in whichever direction is nearest the publication date."""
    for _start, end, phrase in sent.dates:
        if (
            end <= t.start()
            and t.start() - end <= 30
            and _DATE_MODIFIER.fullmatch(sent.text[end : t.start()])
        ):
            possessive = re.match(r"['’]s\b", sent.text[end : end + 2])
            if not possessive and re.match(
                r"(?i)(?:on|in|since|until|by|from|before|after)\b", phrase
            ):
                return None  # "on Thursday talks were held": an adverb, not a modifier
            return ctx.parse(phrase, future=None)
    return None


def _place(ctx: ArticleContext, sent: Sent, t: re.Match[str], kind: str) -> str | None:
    """Where the step is: the place a visit goes to ("visited Tripoli", "arrive in
    Cairo"), else a place after "in" or "at" near the trigger ("talks in the town
    of Ghadames")."""
    text = sent.text
    if kind == "visit":
        m = _VISITED.match(text, t.end()) or _VISIT_TO.search(text, t.end(), t.end() + 90)
        if m is not None and not _NOT_PLACE.match(m.group("place")):
            if not any(
                x.start <= m.start("place") < x.end and x.kind in ("person", "demonym", "group")
                for x in sent.mentions
            ):
                return re.sub(r"['’]s$", "", m.group("place"))
    for m in _PLACE.finditer(text, t.end()):
        if m.start() - t.end() > 60:
            break
        place = m.group("place")
        if _NOT_PLACE.match(place):
            continue
        if any(
            x.start <= m.start("place") < x.end and x.kind in ("person", "demonym")
            for x in sent.mentions
        ):
            continue
        return re.sub(r"['’]s$", "", place)
    return None


def _year_before(text: str, t: re.Match[str]) -> str | None:
    """The year a step's noun phrase is dated by: "its 1979 peace treaty"."""
    m = _YEAR_BEFORE.search(text, max(0, t.start() - 60), t.start())
    return m.group("year") if m is not None else None


def _proper_name_before(sent: Sent, t: re.Match[str]) -> bool:
    """A step with a name of its own: "the National Conference", "the Minsk agreements";
    a country before it ("the Syria talks") is what it is about, not a name."""
    m = _NAME_BEFORE.search(sent.text, max(0, t.start() - 60), t.start())
    if m is None:
        return False
    a, b = m.start("name"), m.end("name")
    return not any(
        a <= x.start < b and x.kind in ("country", "demonym", "person", "group", "org")
        for x in sent.mentions
    )


def _same_sides(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    common = set(a) & set(b)
    return len(common) >= 2 or set(a) <= set(b) or set(b) <= set(a)


def _dedupe(steps: list[DiplomaticStep]) -> list[DiplomaticStep]:
    """One step per event in an article: the headline and the lede, or "the 2018
    deal" named twice, are the same step. Same type, status and date between the
    same sides merge (participants united)."""
    out: list[DiplomaticStep] = []
    for s in steps:
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
                or (same_sentence and o.status == s.status and not (o.date and s.date))
                # "the round in Istanbul on March 29, the last time the delegations met"
                or (meetings and o.evidence == s.evidence and o.date == s.date)
                # "agreed at talks in Belarus" and "the talks, held on Thursday"
                or (
                    meetings
                    and o.type == s.type
                    and o.status in ("held", "concluded")
                    and bool(o.date) != bool(s.date)
                )
            ) and _same_sides(o.participants, s.participants):
                merged = tuple(sorted(set(o.participants) | set(s.participants)))
                out[i] = replace(
                    o, participants=merged, location=o.location or s.location, date=o.date or s.date
                )
                break
        else:
            out.append(s)
    return out
