"""Ground events: attacks, strikes, shelling, offensives, captures, advances,
withdrawals, deployments and convoys, with the acting side and a place.

A verb's actor is the subject of its clause ("Syrian government forces took
control of a highway"); a noun's actor is the side named just before it
("a Turkish military convoy", "Russian air strikes") or the subject of the
verb that launches it ("militants unleashed a large-scale offensive").
"""

from __future__ import annotations

import re

from briefings.extract.context import ArticleContext, Sent
from briefings.models import GroundEvent
from briefings.nlp.actors import Mention

# (action, verb forms, noun forms)
_ACTIONS: list[tuple[str, str, str]] = [
    (
        "captured",
        r"captured|captures|capture|capturing|seized|seizes|seize|seizing|took\s+control"
        r"|takes\s+control|taken\s+control|taking\s+control|retook|retake|retakes|retaking|retaken"
        r"|recaptured|recapture|recapturing|overran|overrun|liberated|liberate|took\s+over",
        r"capture|seizure|takeover|recapture|fall\s+of",
    ),
    (
        "shelled",
        r"shelled|shell|shells|shelling|bombarded|bombard|pounded|pounding",
        r"shelling|bombardment|artillery\s+fire|barrage",
    ),
    (
        "struck",
        r"struck|strike|strikes|striking|bombed|bomb|bombing|hit|targeted|targeting",
        r"air\s*strikes?|airstrikes?|strikes?|bombing|bombings|raids?|air\s+raids?",
    ),
    (
        "attacked",
        r"attacked|attack|attacks|attacking|assaulted|stormed|ambushed|fired\s+on"
        r"|fired\s+at|opened\s+fire|intervened|clashed|fought",
        r"attacks?|assault|ambush|clashes|incursion|operation",
    ),
    (
        "offensive",
        r"launched|unleashed|began|started|mounted|pushed\s+ahead",
        r"offensive|counter-offensive",
    ),
    (
        "advanced",
        r"advanced|advance|advancing|pushed|moved\s+into|entered|encircled|besieged",
        r"advance|push",
    ),
    (
        "withdrew",
        r"withdrew|withdraw|withdrawing|withdrawn|pulled\s+out|retreated|pulled\s+back",
        r"withdrawal|pullout|retreat",
    ),
    (
        "deployed",
        r"deployed|deploy|deploying|sent\s+reinforcements|reinforced|dispatched",
        r"deployment|reinforcements",
    ),
    ("convoy", r"", r"convoy|convoys"),
]
_VERB = re.compile(
    r"\b(?:" + "|".join(rf"(?P<v_{a}>{v})" for a, v, _ in _ACTIONS if v) + r")\b", re.IGNORECASE
)
_NOUN = re.compile(
    r"\b(?:" + "|".join(rf"(?P<n_{a}>{n})" for a, _, n in _ACTIONS) + r")\b", re.IGNORECASE
)
_PLACE = re.compile(
    r"\b(?:in|near|on|towards?|around|into|at|outside|of|from)\s+(?:the\s+(?:city|town|village"
    r"|province|region|area|district|outskirts|countryside|border\s+town|enclave)\s+of\s+)?"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
_NOT_PLACE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|Operation)\b"
)
_NP_BEFORE_NOUN = re.compile(r"(?:[\w’'-]+\s+){0,3}$")
_SPEECH_NEAR = re.compile(r"\b(?:accused|accuses|threatened|threatens|warned|vowed)\b[^.]{0,30}$")


def extract_ground(ctx: ArticleContext) -> list[GroundEvent]:
    out: list[GroundEvent] = []
    for sent in ctx.sents:
        seen: set[tuple[str, str]] = set()
        for ev in _sentence(ctx, sent):
            key = (ev.actor, ev.action)
            if key not in seen:
                seen.add(key)
                out.append(ev)
    return out


def _sentence(ctx: ArticleContext, sent: Sent) -> list[GroundEvent]:
    text = sent.text
    events: list[GroundEvent] = []
    for m in _VERB.finditer(text):
        action = (m.lastgroup or "v_attacked")[2:]
        if _SPEECH_NEAR.search(text[: m.start()]):
            continue  # "threatened to strike": a threat, not an event
        if action == "offensive" and not _NOUN.search(text, m.end(), m.end() + 40):
            continue  # "began" needs an offensive, an operation, an assault after it
        if re.match(r"\w+\s+(?:by|from)\b", text[m.start() :]) and text[
            m.start() :
        ].lower().startswith(("hit", "struck", "attacked", "targeted", "shelled", "bombed")):
            # "hit by Syrian fire": the actor follows "by"
            actor = _after_by(sent, m.end())
        else:
            actor = ctx.subject(sent, m.start())
        if actor is None or actor.actor is None:
            continue
        if action == "offensive":
            noun = _NOUN.search(text, m.end(), m.end() + 40)
            action = (noun.lastgroup or "n_offensive")[2:] if noun else action
        events.append(_event(ctx, sent, actor, action, m.end()))
    for m in _NOUN.finditer(text):
        action = (m.lastgroup or "n_attacked")[2:]
        np = _NP_BEFORE_NOUN.search(text[: m.start()])
        lo = np.start() if np else m.start()
        near = [x for x in sent.mentions if x.start >= lo and x.end <= m.start() and x.actor]
        if not near:
            continue
        events.append(_event(ctx, sent, near[-1], action, m.end()))
    return events


def _after_by(sent: Sent, pos: int) -> Mention | None:
    for x in sent.mentions:
        if x.start >= pos and x.actor and x.start - pos < 30:
            return x
    return None


def _event(ctx: ArticleContext, sent: Sent, actor: Mention, action: str, pos: int) -> GroundEvent:
    return GroundEvent(
        actor=actor.actor or "unknown",
        action=action,
        evidence=ctx.evidence(sent),
        place=_place(sent, pos),
        date=ctx.date_near(sent, pos, future=False),
    )


def _place(sent: Sent, pos: int) -> str | None:
    for m in _PLACE.finditer(sent.text, pos):
        if m.start() - pos > 80:
            break
        place = m.group("place")
        if _NOT_PLACE.match(place):
            continue
        if any(
            x.start <= m.start("place") < x.end and x.kind in ("person", "demonym", "group")
            for x in sent.mentions
        ):
            continue
        return re.sub(r"['’]s$", "", place)
    return None
