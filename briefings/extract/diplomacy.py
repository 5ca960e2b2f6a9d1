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
from dataclasses import replace

from briefings.extract.attribution import Speech, speech_acts
from briefings.extract.context import ArticleContext, Sent
from briefings.models import DiplomaticStep
from briefings.nlp.actors import Mention

_TRIGGERS: list[tuple[str, str]] = [
    (
        "call",
        r"(?:tele)?phone\s+(?:call|calls|conversation|conversations|talks)|by\s+(?:tele)?phone"
        r"|over\s+the\s+(?:tele)?phone|phoned|video\s+call|video\s+conference",
    ),
    (
        "agreement",
        r"agreements?|memorandum|memorandums|memoranda|deals?|accords?|ceasefires?"
        r"|cease-fires?|truces?|protocols?|treaty|treaties|roadmap|agreed|signed",
    ),
    ("visit", r"visit|visits|visited|visiting"),
    ("meeting", r"meet|meets|met|meeting|meetings|summit|summits|face-to-face"),
    ("talks", r"talks|negotiations|negotiated|negotiating|consultations|communicate|in\s+contact"),
]
_TRIGGER = re.compile(
    r"\b(?:" + "|".join(rf"(?P<{k}>{v})" for k, v in _TRIGGERS) + r")\b", re.IGNORECASE
)
_NOT_PLANNED = re.compile(
    r"\bno\s+(?:current\s+)?plans?\b|\bno\s+such\b|\bnot\s+(?:planned|scheduled|on\s+the\s+agenda)"
    r"|\bruled\s+out\b|\bdenied\b|\bnot\s+in\s+the\s+schedule|\bno\s+(?:[\w-]+\s+){0,2}"
    r"(?:talks|meeting|meetings|contacts?)\b|\bhaven't\s+been\s+any|\bhas\s+not\s+been\s+any"
    r"|\bno\s+intention|\bnot\s+going\s+to|\bwill\s+not|\bwon't|\brefused|\brejected",
    re.IGNORECASE,
)
_CANCELLED = re.compile(r"\bcancel(?:l)?ed\b|\bcalled\s+off\b|\bscrapped\b|\bpostponed\b", re.I)
_PROPOSED = re.compile(
    r"\b(?:can|could|may|might|possible|possibly|likely|proposed|proposes|suggested|offered"
    r"|ready\s+to|willing\s+to|open\s+to|if\s+necessary|if\s+need\s+be|hopes?\s+to|seek|seeks"
    r"|called\s+for|calls\s+for|urged|would\s+like|considering|expects?\s+to)\b",
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
_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_NOT_PLACE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|President|Prime"
    r"|The|This|That|Syria’s|Syria's)\b"
)
_SUCH = re.compile(r"\b(?:such|that|this|the\s+same)\s+(?:an?\s+)?$", re.IGNORECASE)
_NOUN_AGREEMENT = re.compile(r"^(?:agreed|signed)$", re.IGNORECASE)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|on|over|about|against|into|across|regarding|toward|towards|of|for|near|from"
    r"|inside|around|throughout|within|by)\s+(?:the\s+)?$",
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
    r"|presidential|administration|sides)\b",
    re.IGNORECASE,
)
_STATE_KINDS = ("person", "group", "country", "demonym", "capital", "seat", "org")


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


def extract_diplomacy(ctx: ArticleContext) -> list[DiplomaticStep]:
    found: list[tuple[int, DiplomaticStep]] = []
    for sent in ctx.sents:
        found += [(sent.index, step) for step in _sentence(ctx, sent)]
    return _dedupe(_date_from_later_sentences(ctx, found))


def _date_from_later_sentences(
    ctx: ArticleContext, found: list[tuple[int, DiplomaticStep]]
) -> list[DiplomaticStep]:
    """An undated step takes the date of a later sentence that refers back to it
    ("... he held telephone talks with Putin. The conversation took place on
    February 21."): the nearest undated step of a fitting type within a few sentences."""
    steps = [step for _, step in found]
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
                for i, (index, step) in enumerate(found)
                if sent.index - _ANAPHOR_REACH <= index < sent.index
                and step.type in types
                and step.date is None
            ]
            if not candidates:
                continue
            # "there is no such meeting on March 5" answers the step that was denied.
            if re.search(r"\b(?:no|not|never)\b", sent.text[max(0, m.start() - 40) : m.start()]):
                denied = [i for i in candidates if steps[i].status in ("not_planned", "cancelled")]
                candidates = denied or candidates
            i = candidates[-1]
            future = steps[i].status in ("planned", "proposed", "not_planned")
            date = ctx.date_near(sent, m.end(), future=future)
            if date is not None:
                steps[i] = replace(steps[i], date=date)
                found[i] = (found[i][0], steps[i])
    return steps


def _sentence(ctx: ArticleContext, sent: Sent) -> list[DiplomaticStep]:
    text = sent.text
    triggers = list(_TRIGGER.finditer(text))
    if not triggers:
        return []
    steps: list[DiplomaticStep] = []
    last_kind: str | None = None
    last_end = -100
    acts = None
    for t in triggers:
        kind = t.lastgroup or "meeting"
        word = t.group(0)
        # "meet ... for Syria talks", "such a meeting": the same event again.
        if (
            last_kind is not None
            and kind in ("meeting", "talks", "call")
            and last_kind in ("meeting", "talks", "call")
        ):
            if _SUCH.search(text[: t.start()]) or (
                t.start() - last_end < 40 and "," not in text[last_end : t.start()]
            ):
                continue
        if kind == "agreement" and last_kind == "agreement" and t.start() - last_end < 25:
            continue
        if kind == "agreement" and _NOUN_AGREEMENT.match(word):
            # "agreed to work toward ..." is an agreement reached; "signed" needs an object.
            if word.lower() == "signed" and not re.match(r"\s+(?:a|an|the)\b", text[t.end() :]):
                continue
        if kind == "talks" and re.match(r"talks\s+to\b", text[t.start() :], re.IGNORECASE):
            continue
        if kind == "meeting" and re.match(r"met\s+with\s+(?:resistance|fire)", text[t.start() :]):
            continue
        if acts is None:
            acts = speech_acts(ctx, sent)
        participants = _participants(sent, acts, t.start())
        if kind != "visit" and len(participants) < 2:
            last_kind, last_end = kind, t.end()
            continue
        if not participants:
            continue
        status = _status(text, t, kind)
        future = True if status in ("planned", "proposed", "not_planned") else False
        date = _date(ctx, sent, t, kind, future)
        own = _own_date(ctx, sent, t)
        if own is not None:
            # "following his Thursday's talks": the date names the step itself and,
            # said before it happens, makes it planned whatever the verbs around say.
            date = own
            if status == "held" and ctx.base is not None and own > ctx.base.isoformat():
                status = "planned"
        steps.append(
            DiplomaticStep(
                type=kind,  # type: ignore[arg-type]
                participants=tuple(participants),
                status=status,  # type: ignore[arg-type]
                evidence=ctx.evidence(sent),
                date=date,
                location=_place(ctx, sent, t.end()),
            )
        )
        last_kind, last_end = kind, t.end()
    return steps


def _participants(sent: Sent, acts: list[Speech], pos: int) -> list[str]:
    """Sides named in the sentence as sides (not places, not troops, not modifiers),
    plus the side of whoever is reported saying it."""
    found: list[str] = []
    for m in sent.mentions:
        if m.actor is None or m.kind not in _STATE_KINDS:
            continue
        if m.kind != "person" and _not_a_side(sent.text, m):
            continue
        found.append(m.actor)
    for a in acts:
        if a.speaker is not None and a.speaker.actor and a.content_start <= pos < a.content_end:
            found.append(a.speaker.actor)
    return sorted(dict.fromkeys(found))


def _not_a_side(text: str, m: Mention) -> bool:
    """'talks in Ankara', "Syria's Idlib province", 'Syrian troops', 'the Syrian crisis':
    the mention is a place, an owner or an army, not a party to a diplomatic step."""
    before = text[: m.start]
    after = text[m.end :]
    if _PLACE_BEFORE.search(before):
        return True
    if re.match(r"['’]s\b", after):
        return True
    if _MILITARY_AFTER.match(after) or (m.kind == "group" and _MILITARY_END.search(m.text)):
        return True
    return m.kind == "demonym" and not _SIDE_AFTER.match(after)


def _status(text: str, t: re.Match[str], kind: str) -> str:
    # The clause around the trigger: from the last break before it to the next after.
    lo = max(text.rfind(",", 0, t.start()), text.rfind(";", 0, t.start()), -1) + 1
    pre = text[max(lo, t.start() - 150) : t.start()]
    hi_c = [i for i in (text.find(",", t.end()), text.find(";", t.end())) if i != -1]
    post = text[t.end() : min(hi_c) if hi_c else len(text)]
    around = pre + t.group(0) + post
    if _NOT_PLANNED.search(pre) or re.match(r"\s+(?:is|was)\s+not\b", post):
        return "not_planned"
    if _CANCELLED.search(around):
        return "cancelled"
    if kind == "agreement":
        if _PROPOSED.search(pre[-60:]) or _PROPOSED.search(post[:40]):
            return "proposed"
        if _PLANNED.search(pre[-40:]) or re.match(r"^\s+(?:would|will)\b", post):
            return "planned"
        return "concluded"
    if _PROPOSED.search(pre[-60:]) or re.search(r"\b(?:can|could|may|might)\b", post[:100]):
        return "proposed"
    if _PLANNED.search(pre[-50:]) or _PLANNED.search(post[:50]) or _PRESENT_MEET.match(t.group(0)):
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
            and t.start() - end <= 12
            and _DATE_MODIFIER.fullmatch(sent.text[end : t.start()])
        ):
            if re.match(r"(?i)(?:on|in|since|until|by|from|before|after)\b", phrase):
                return None  # "on Thursday talks were held": an adverb, not a modifier
            return ctx.parse(phrase, future=None)
    return None


def _place(ctx: ArticleContext, sent: Sent, pos: int) -> str | None:
    for m in _PLACE.finditer(sent.text, pos):
        if m.start() - pos > 60:
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


def _same_sides(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    common = set(a) & set(b)
    return len(common) >= 2 or set(a) <= set(b) or set(b) <= set(a)


def _dedupe(steps: list[DiplomaticStep]) -> list[DiplomaticStep]:
    """One step per event in an article: the headline and the lede, or "the 2018
    deal" named twice, are the same step. Same type, status and date between the
    same sides merge (participants united); an undated concluded agreement repeats
    a dated one between the same sides."""
    out: list[DiplomaticStep] = []
    for s in steps:
        if s.type == "agreement" and s.status == "concluded" and not s.date:
            if any(
                o.type == "agreement"
                and o.status == "concluded"
                and o.date
                and _same_sides(o.participants, s.participants)
                for o in steps
            ):
                continue
        for i, o in enumerate(out):
            if (o.type, o.status, o.date) == (s.type, s.status, s.date) and _same_sides(
                o.participants, s.participants
            ):
                merged = tuple(sorted(set(o.participants) | set(s.participants)))
                out[i] = replace(o, participants=merged, location=o.location or s.location)
                break
        else:
            out.append(s)
    return out
