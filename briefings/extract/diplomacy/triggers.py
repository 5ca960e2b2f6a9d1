"""The words that make a diplomatic step and its type: talks, calls, meetings, visits,
agreements."""

from __future__ import annotations

import re
from functools import lru_cache

from briefings.nlp.folding import Caseless
from briefings.nlp.vocabulary import grouped_words

_ORDER = ["call", "agreement", "visit", "meeting", "talks"]
_TRIGGERS: list[tuple[str, str]] = [
    (
        "call",
        r"(?:tele)?phone\s+(?:call|calls|conversation|conversations|talks)|(?:by|via)\s+(?:tele)?phone"
        r"|over\s+the\s+(?:tele)?phone|phoned|video\s+call|video\s+conference"
        # "called his counterpart", "called the DGMO of India": read in sentence.py
        r"|called|contacted"
        # "Biden spoke with Netanyahu", "Sunak and Biden spoke on Monday": ibid.
        r"|spoke|spoken|speaks"
        # a call held with someone ("held separate calls overnight with", "in a call with"),
        # not one for something ("a call for a ceasefire")
        r"|(?:(?:held|had|holds|hold|holding|has|have)\s+(?:a|an|the|separate|two|several)?\s*"
        r"|(?:in|during|on)\s+(?:a|an|the|their|his|her|separate|two)\s+)"
        r"(?:(?:phone|telephone|video|brief|long|lengthy|short|private|late-night|separate)\s+)?"
        r"calls?(?=\s+(?:(?!for\b)[\w-]+\s+){0,2}?(?:with|between)\b)",
    ),
    (
        "agreement",
        r"agreements?|memorandum|memorandums|memoranda|deals?|accords?|ceasefires?"
        r"|cease-fires?|truces?|protocols?|treaty|treaties|road\s?maps?|agreed|signed"
        # (not a state's own act: "the declaration of a state of emergency", "of war")
        r"|declarations?(?=\s+(?:of|on)\b)(?!\s+of\s+(?:an?\s+|the\s+)?(?:state\s+of|war|martial"
        r"|independence|emergency|curfew|a\s+state))|joint\s+declarations?|cessations?\s+of\s+hostilities|armistices?"
        r"|humanitarian\s+pause|pause\s+in\s+(?:the\s+)?fighting"
        # "reached an understanding on", "signed a provisional arrangement" (not "my
        # understanding that", "discussed interim arrangements")
        r"|(?:reach(?:ed|es|ing)?|c(?:a|o)me\s+to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?understanding"
        r"|(?:signed|reached|concluded)\s+(?:an?\s+|the\s+)?(?:provisional|interim|temporary"
        r"|transitional)\s+arrangements?"
        # an exchange of prisoners is one agreed between the sides
        r"|(?:prisoners?|pows?|hostages?|detainees?|captives?)(?:-|\s+)(?:swaps?|exchanges?)"
        r"|(?:swaps?|exchanges?)\s+of\s+(?:prisoners|pows|hostages|detainees|captives)",
    ),
    (
        "visit",
        r"visit|visits|visited|visiting|trip|travel(?:s|led|ed|ling|ing)?\s+to"
        r"|arriv(?:e|es|ed|ing)\s+in|fl(?:y|ies|ew|ying)\s+to",
    ),
    (
        "meeting",
        # (not "intelligence-gathering")
        r"meet|meets|met|meeting|meetings|summit|summits|face-to-face|conference|(?<!-)gathering"
        # a guest by name: "Erdogan hosted Russian President Vladimir Putin" (which guest:
        # sentence.py's A_GUEST_AFTER)
        r"|hosts|hosted|hosting|host"
        # an envoy summoned to hear a protest: "summoned the Russian ambassador", "the
        # envoy was summoned by the foreign ministry"
        r"|summon(?:ed|s|ing)?(?=\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’.-]+\s+){0,3}?"
        r"(?:ambassador|envoy|charg[eé]|diplomats?|embassy)\b)"
        r"|(?:ambassador|envoy)(?:\s+to\s+(?:the\s+)?[a-z][\w-]+)?\s+(?:was|were|had\s+been"
        r"|has\s+been)\s+summoned(?=\s+(?:on\s+\w+\s+)?by\b)"
        # a bloc's leaders in session: "the 66th Ordinary Session of ECOWAS leaders"
        r"|(?:ordinary|extraordinary)\s+sessions?",
    ),
    (
        "talks",
        r"talks|negotiations|negotiated|negotiating|negotiate|consultations|discussions|communicate"
        r"|dialogue"
        # "Kuleba discussed the grain corridor with Erdogan", "Putin and Erdogan discussed"
        r"|discussed|discusses"
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
_TRIGGERS_IN_ORDER = [
    (k, "|".join(v)) for k, v in sorted(_MERGED.items(), key=lambda kv: _ORDER.index(kv[0]))
]
_TRIGGER_PATTERN = (
    r"(?<!\w)(?:" + "|".join(rf"(?P<{k}>{words})" for k, words in _TRIGGERS_IN_ORDER) + r")\b"
)
# Scanned for as the words of all kinds grouped by first letter (the same spans, faster).
_TRIGGER = Caseless(
    _TRIGGER_PATTERN,
    scan=r"(?<!\w)(?:" + grouped_words(w for _, w in _TRIGGERS_IN_ORDER) + r")\b",
)


@lru_cache(maxsize=256)
def trigger_matches(text: str, folded: str) -> tuple[re.Match[str], ...]:
    """The sentence's triggers, found once: its steps are read from them, and each
    date of a step asks whether another step's word stands before it."""
    return tuple(_TRIGGER.finditer(text, folded))


# A guest by name after "hosted": "hosted Russian President Vladimir Putin in Ankara"
# (not a gathering named after it, whose word is the step: "hosted the Arab League
# summit"; nor those a land shelters: "hosts Syrian refugees").
A_GUEST_AFTER = re.compile(
    r"\s+(?:visiting\s+|his\s+|her\s+|their\s+|the\s+)?[A-Z]"
    r"(?![^.;,]{0,60}?\b(?:summit|talks|meeting|conference|negotiations|round|forum|games"
    r"|refugees|migrants|troops|forces|soldiers|bases?|fighters|displaced|camps?|cup"
    r"|olympics|exhibition|festival|election|embassy|headquarters)\b)"
)
_SUCH = re.compile(r"\b(?:such|that|this|the\s+same)\s+(?:an?\s+)?$", re.IGNORECASE)
_NOUN_AGREEMENT = re.compile(r"^(?:agreed|signed)$", re.IGNORECASE)
# Triggers that are verbs: the words before them are their subject, not a determiner.
_VERB_TRIGGER = re.compile(
    r"(?:agreed|signed|met|meets?|visited|phoned|called|spoke|spoken|speaks|negotiated|negotiate"
    r"|discussed|discusses"
    r"|communicate|travel\w*"
    r"|arriv\w*|fl(?:y|ies|ew|ying)|send\w*|sent)\b",
    re.IGNORECASE,
)
_PLURAL_REFERENCE = re.compile(
    r"(?:agreements|deals|accords|memoranda|memorandums|protocols)$", re.I
)
_SIGNED_NAME = re.compile(
    r"\s+the\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:Agreements?|Accords?|Deal|Memorandum|Protocol|Treaty"
    r"|Declaration|Ceasefire|Truce|Charter|Pact)\b"
)
_GATHERINGS = ("meeting", "talks")
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
_RESUME = re.compile(
    r"\b(?:return(?:s|ed|ing)?\s+to|resum(?:e|es|ed|ing)|restart(?:s|ed|ing)?|revive|reviving)"
    r"\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# ("When asked about a timeline for a ceasefire, he said ...": a question put to him)
_ASKED = re.compile(
    r"^\s*(?:(?:When|If|Upon\s+being|After\s+being)\s+asked|Asked)\s+(?:whether|if|about|when)\b"
)
_ASKED_END = re.compile(r"^\s*(?:(?:When|If|Upon\s+being|After\s+being)\s+asked|Asked)\b[^,]*,")
_ROUND = re.compile(r"rounds?$|round$", re.IGNORECASE)
# "the next meeting", "a final meeting", "further talks": the same process goes on.
_NEXT_BEFORE = re.compile(
    # ("the following round"; not the preposition: "following recent talks in Florida")
    r"\b(?:next|(?:the|a)\s+following|final|further|follow-up|subsequent|another)\s+"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_IN_PERSON = re.compile(r"[^.;,]{0,40}?\b(?:in\s+person|face[\s-]to[\s-]face)\b", re.IGNORECASE)
