"""The steps of one sentence: each trigger with its participants, status, date and place."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefings.extract.attribution import Speech, speech_acts
from briefings.extract.context import ArticleContext, Sent, date_or_none, inside_quote
from briefings.extract.diplomacy.clauses import _clause_span
from briefings.extract.diplomacy.participants import (
    _POSSESSIVE,
    _PRONOUN_SUBJECT,
    ClauseMemo,
    _enough,
    _named_in_clause,
    _participants,
)
from briefings.extract.diplomacy.status import (
    _DENIED_BEFORE,
    MADE,
    PRESENT_MEET,
    TO_BE_SIGNED,
    _status,
    ended_without,
    goal_of_talks,
)
from briefings.extract.diplomacy.step import _Step, telling_term
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
    A_GUEST_AFTER,
    trigger_matches,
)
from briefings.extract.diplomacy.when_where import (
    _date,
    _own_date,
    _place,
    _proper_name_before,
    _year_before,
    background_of,
    lives_on,
)
from briefings.models import DiplomaticStep
from briefings.nlp.vocabulary import WEEKDAYS, alternation
from briefings.nlp.world import NAME_TITLES

# Things that "meet" without anyone meeting: borders, roads, rivers.
_THINGS_MEET = re.compile(
    # (not when people meet after them: "fighting along their border, and they agreed to meet")
    r"\b(?:borders?|frontiers?|lines|roads|rivers|routes|paths|streets|railways)\b"
    r"(?![^.;]*(?:\b(?:they|leaders|sides|delegations|ministers|officials)\b"
    r"|\b(?:agreed|agree|plan|planned|want|wanted|decided)\s+to\s*$))[^.;]{0,70}$",
    re.IGNORECASE,
)
_MET_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:not\s+|fully\s+|yet\s+to\s+be\s+)?$", re.I
)
# A state's own body that meets is in session, no diplomacy: "the cabinet met", "the
# Cabinet Committee on Security, which met on Friday".
# (the body is the subject, with its article or owner: not "X, who addressed parliament,
# met Y")
_BODY_MEETS = re.compile(
    r"\b(?:the|its|their|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:cabinet|committee|parliament|assembly|panel|board|politburo|congress|senate)"
    r"(?:\s+(?:on|for|of)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s*,?\s*(?:which\s+|that\s+)?"
    r"(?:has\s+|had\s+|also\s+)?$",
    re.IGNORECASE,
)
# After an agreement noun, words that make it the topic of something else.
_TOPIC_OF = re.compile(
    r"\s+(?:talks|negotiations|efforts?|process|mediation|push|bid|drive|envoy|monitoring"
    r"|mechanism|lines?|violations?)\b",
    re.IGNORECASE,
)


@dataclass
class _Trigger:
    """A trigger word that names a step, with what its own words say of it."""

    match: re.Match[str]
    kind: str
    word: str
    anaphoric: bool  # "the talks", "this agreement": a step told before
    signed_name: bool  # "signed the Dorne Corridor Agreement"


@dataclass
class _When:
    """A step's status and date, and what dates or names it."""

    status: str
    date: str | None
    own: str | None  # "Thursday's talks": a date written into the step's name
    background: str | None  # "its 1979 peace treaty": a year long past
    named: bool  # "the Sochi memorandum"
    weekday: int | None = None  # "on Saturday" in an undated article (DiplomaticStep)


@dataclass
class _Who:
    """Who takes part in a step, and whether that is enough for a step of its own."""

    participants: list[str]
    mediators: list[str]
    here: bool  # a side is named in the trigger's clause, not only as its speaker
    continuation: bool  # "the next round", "resumed talks"
    enough: bool


# A question asks, it tells no step ("Why does no one tell us whether there is a
# ceasefire?"); a crosshead names a topic ("A fragile truce"), with no verb to tell one.
_ASKS = re.compile(
    r"^[\W]*(?:Why|What|How|When|Where|Who|Whether|Will|Would|Can|Could|Is|Are|Do|Does|Did"
    r"|Should|Has|Have|Was|Were)\b[^?]*\?[\s\"”’']*$"
)
_HEAD = re.compile(r"^(?:A|An|The)\s+(?:[\w-]+\s+){0,2}[\w-]+\s*$")


def _sentence(ctx: ArticleContext, sent: Sent) -> list[_Step]:
    """The steps of one sentence: each trigger read, dated, its sides found, kept
    when enough says it is a step; agreements told twice in the sentence merged."""
    text = sent.text
    matches = trigger_matches(text, sent.folded)
    if not matches or _ASKS.search(text):
        return []
    if _HEAD.match(text) and matches[-1].end() == len(text.rstrip()):
        return []
    steps: list[_Step] = []
    last_kind: str | None = None
    last_end = -100
    acts: list[Speech] | None = None
    clauses: ClauseMemo = {}  # the sides each clause names, for its steps
    # "discussed" is a step of its own only where no other word tells one: "they discussed
    # the deal by phone" is a call, "called Fidan, and they discussed" the same call
    contact = any(m.lastgroup != "agreement" and not _DISCUSSED.match(m.group(0)) for m in matches)
    for t in matches:
        if _DISCUSSED.match(t.group(0)) and (
            contact or _NOT_DISCUSSING.search(text, max(0, t.start() - 20), t.start())
        ):
            continue
        if _EVERY.search(text, max(0, t.start() - 20), t.start()):
            continue  # "it has broken every truce": all of them, no one step
        if _SIGNATORIES_OF.search(text, max(0, t.start() - 60), t.start()) or _SIGNATORIES.match(
            text, t.end()
        ):
            continue  # "signatories of the peace agreement": people named by a deal, no step
        if t.lastgroup == "call" and _A_REPORTERS_CALL.match(text, t.end()):
            continue  # "did not respond to phone calls seeking comment": the press's
        trig = _read_trigger(text, sent, t, last_kind, last_end, ctx.lexicon.actor_ids)
        if trig is None:
            continue
        if acts is None:
            acts = speech_acts(ctx, sent)
        when = _when(ctx, sent, trig, acts)
        if when.own is None and when.background is not None:
            trig.anaphoric = False  # "its 1979 peace treaty" is no step told before
        if (
            trig.kind == "agreement"
            and when.status in ("proposed", "concluded")
            and any(f.step.type in ("talks", "meeting") for f in steps)
            and goal_of_talks(text, t.start())
        ):
            last_kind, last_end = trig.kind, t.end()
            continue  # "talks on a Gaza ceasefire": the talks are the step, the truce their aim
        if (
            trig.kind == "talks"
            and any(f.step.type == "meeting" for f in steps)
            and _MEETING_TO.search(text, max(0, t.start() - 40), t.start())
        ):
            last_kind, last_end = trig.kind, t.end()
            continue  # "agreed to meet to negotiate a ceasefire": the meeting's aim
        who = _who(ctx, sent, acts, trig, when, clauses)
        if when.background is not None and when.own is None and not who.here:
            # "combatants who disarmed under the 2016 peace agreement": a deal long past
            # that names no side is not one between the sides the article is about
            last_kind, last_end = trig.kind, t.end()
            continue
        if _ASKED.search(text, 0, t.start()) and not _ASKED_END.search(text, 0, t.start()):
            last_kind, last_end = trig.kind, t.end()
            continue  # "Asked whether Moscow saw any prospect of talks, ...": a question
        truce = trig.kind == "agreement" and bool(_TRUCE.search(trig.word))
        if not (
            who.continuation
            or (truce and who.participants)
            or (trig.anaphoric and who.participants)
            # ("Oman has been mediating the talks": who helps the talks told before)
            or (trig.anaphoric and who.mediators)
            or who.enough
        ):
            last_kind, last_end = trig.kind, t.end()
            continue
        if not _told_twice(steps, trig, when, who):
            steps.append(_make_step(ctx, sent, trig, when, who))
        last_kind, last_end = trig.kind, t.end()
    _agreements_at_talks(steps)
    return steps


# A meeting, then what it is for: "agreed to meet to negotiate".
_MEETING_TO = re.compile(
    r"\b(?:meet|meets|met|meeting|gather|gathered|convene|convened)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:in\s+order\s+)?to\s+$",
    re.IGNORECASE,
)
# A reporter's call, no step: "phone calls seeking comment", "calls for comment".
_A_REPORTERS_CALL = re.compile(
    r"\s+(?:and\s+(?:e-?mails|messages|requests)\s+)?(?:seeking|requesting|for|asking\s+for)"
    r"\s+(?:a\s+|further\s+)?comments?\b",
    re.IGNORECASE,
)
# Every step of a kind, no one of them: "every truce", "each round of talks".
_EVERY = re.compile(
    r"\b(?:every|each)\s+(?:single\s+|previous\s+|past\s+|new\s+)?(?:round\s+of\s+)?$",
    re.IGNORECASE,
)
_DISCUSSED = re.compile(r"discuss(?:ed|es)$", re.IGNORECASE)
# Not done, or done to it: "was discussed", "let alone discussed", "not discussed".
_NOT_DISCUSSING = re.compile(
    r"\b(?:not|never|n't|alone|be|been|being|was|were|is|are|to)\s+(?:yet\s+|even\s+)?$",
    re.IGNORECASE,
)
_FORCES_BEFORE = re.compile(
    r"\b(?:armed\s+forces|militar(?:y|ies)|armies|troops|forces|commanders)\s+"
    r"(?:were|are|was|is|have\s+been|has\s+been|remain|remained|stay|stayed)\s+$",
    re.IGNORECASE,
)
_ADJECTIVE_USE = re.compile(
    r"(?:negotiated|negotiating)\s+(?:political\s+|peaceful\s+|lasting\s+)?(?:settlement|solution"
    r"|resolution|end|outcome|table|team|teams|position|positions|process|track|stance)\b",
    re.IGNORECASE,
)
# Before a plural step word, a count or a quantifier: many steps, no one step to report.
_AGGREGATE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of"
    r"|numerous|several|many|multiple|various|countless|a\s+number\s+of|a\s+series\s+of"
    r"|previous|past|earlier|prior|repeated|all|international|existing|global)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A few, counted: "three meetings", "two summits" (not "numerous", "previous", "all").
_A_FEW = re.compile(r"(?:[2-9]|two|three|four|five|six|seven|eight|nine|several)\s", re.IGNORECASE)
# Where they were held, after the step word: "in Istanbul", "were held in Canada".
_AT_A_PLACE = re.compile(
    r"(?:\s+(?:were|have\s+been|had\s+been)\s+held)?\s+(?:in|at)\s+(?:the\s+)?[A-Z]"
)
_PLURAL_STEP = re.compile(
    r"(?:calls|conversations|meetings|summits|visits|agreements|deals|accords|ceasefires"
    r"|cease-fires|truces|memoranda|memorandums|protocols|treaties)$",
    re.IGNORECASE,
)


# "spoke over the phone 12 times", "met twice": a count of contacts
_TIMES_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many"
    r"|dozens\s+of)\s+times\b|(?:\s+[\w-]+){0,3}?\s+(?:twice|thrice)\b",
    re.IGNORECASE,
)
# "to deal a blow", "to deal with", "dealt with the wounded"; "a deal with Turkey" is one
_DEAL_VERB = re.compile(
    r"deal(?:s|t)?\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?blows?\b|dealt\s+with\b"
    r"|(?<=\bto\s)deal\b",
    re.IGNORECASE,
)
# Where a scraped page's list of other stories starts: "Print Tweet Views 2494 Related".
_FURNITURE = re.compile(
    r"(?:^|\d\s+|\s)Related\s+(?=[A-Z])"
    # a menu of sections or stories: "Episode | Showcase Category News ... | The global"
    r"|\s\|\s[^|]{1,80}\s\|\s"
)
# Who arrives or travels without being an envoy: fighters, those fleeing.
_NO_ENVOY_BEFORE = re.compile(
    r"\b(?:terrorists|fighters|troops|soldiers|militants|rebels|reinforcements|gunmen|jihadists"
    r"|militiamen|mercenaries|refugees|residents|civilians|families|migrants|displaced|evacuees"
    r"|convoys?|buses|police|forces|officers|peacekeepers|contingents?|personnel|units"
    r"|battalions?|marines|paratroopers)\b(?:\s+(?:who|that|which|had|have|has|were|was))?(?:\s+[\w-]+){0,3}?\s+$",
    re.IGNORECASE,
)
# ... or warships and warplanes: "the aircraft carrier, the largest ever built, arrived in
# the Caribbean" (not "the plane carrying Blinken arrived", an envoy's)
_NO_ENVOY_CRAFT = re.compile(
    r"\b(?:carriers?|warships?|ships?|vessels?|destroyers?|frigates?|submarines?|fleets?"
    r"|strike\s+groups?|bombers?|warplanes|fighter\s+jets|armada|flotilla)\b"
    r"(?:\s+(?:who|that|which|had|have|has|were|was|is|are))?(?:\s+[\w-]+){0,3}?,?\s+$",
    re.IGNORECASE,
)
# ... and those who arrive or visit as no envoy, right before the word: "68,386 displaced
# people from Nagorno-Karabakh had arrived", "the 13 detainees had arrived", "Reuters
# reporters visiting the area" (not "people welcomed the visit of")
_NO_ENVOY_RIGHT_BEFORE = re.compile(
    r"\b(?:people|detainees|prisoners|captives|hostages|reporters|journalists|correspondents"
    r"|photographers|pilgrims|tourists)(?:\s+(?:from|of|in)\s+[\w'’-]+(?:\s+[A-Z][\w'’-]*)?)?"
    r"(?:\s+(?:who|that|had|have|has|were|was|are|is)){0,2}\s+$",
    re.IGNORECASE,
)
# Visits that no envoy makes: "field visits and surveys", "a hospital visit".
_ERRAND_VISIT = re.compile(
    r"\b(?:field|site|home|family|prison|hospital|house|door-to-door|clinic|school|medical"
    r"|routine|inspection|monitoring)\s+$",
    re.IGNORECASE,
)
# "called" as a phone call: someone named or titled right after it, then nothing of
# what they were called ("called Putin", "called his Turkish counterpart", "called the
# DGMO of India"; not "called Russia's actions a crime", "called Hamas a terrorist group").
_CALLED_SOMEONE = re.compile(
    # ("called up his Indian counterpart")
    r"(?:\s+up)?\s+(?:(?:his|her|their|its)\s+(?:[A-Z][\w-]*\s+)?counterparts?"
    # (and the counterpart's name: "called his Iranian counterpart Hossein Amirabdollahian")
    r"(?:,?\s+[A-Z][\w.'’-]*(?:\s+(?:(?:al|bin|ibn|de|van|von)\s+)?[A-Z][\w.'’-]*){0,3})?"
    r"|(?:the\s+)?(?:[A-Z][\w.'’-]*)(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,3}"
    # "called the leaders of Thailand and Cambodia"
    # (the whole list, never cut short: not "called the leaders of A and B irresponsible")
    r"|(?>the\s+(?:leaders?|presidents?|prime\s+ministers?|heads?\s+of\s+(?:state|government)"
    r"|foreign\s+ministers?)\s+of\s+(?:both\s+countries|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?"
    r"(?:\s*(?:,|and|,\s*and)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)*)))"
    # (not "called Netanyahu, the Israeli prime minister, a war criminal")
    r"(?=\s*(?:[.;]|,(?!\s*(?:the|a|an)\b)|$|\s+(?:on|at|in|to|and|by|late|early|after"
    r"|before|last|this|yesterday|today)\b))"
)
# "spoke" as talk between two: "spoke with Netanyahu", "spoke by phone with his
# counterpart"; "Sunak and Biden spoke on Monday" (not "spoke to reporters", "spoke of").
_WITH_SOMEONE = re.compile(
    r"\s+(?:(?:by\s+(?:tele)?phone|again|twice|briefly|late\s+\w+|on\s+\w+day|separately"
    r"|individually|directly|personally)\s+)?with\s+(?:both\s+)?"
    r"(?:(?:his|her|their|its|the)\s+)?(?:[A-Z]|(?:[a-z]+\s+)?counterparts?\b)"
)
_TO_SOMEONE = re.compile(
    r"\s+(?:(?:by\s+(?:tele)?phone|again|twice|briefly|late\s+\w+|on\s+\w+day|separately"
    r"|individually|directly|personally)\s+)?to\s+(?:both\s+)?"
    r"(?=(?:(?:his|her|their|its|the)\s+)?(?:[A-Z]|(?:[a-z]+\s+)?counterparts?\b"
    # a post in lower case, then the name: "spoke to external affairs minister S Jaishankar"
    rf"|(?:[a-z]+\s+){{0,3}}(?:{alternation(NAME_TITLES)})\s+[A-Z]))"
)
# Who is told through the press, not spoken with: "to Israeli media", "to state TV".
_MEDIA_NEXT = re.compile(
    r"(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:media|press|tv|television|radio|newspapers?|channels?"
    r"|reporters|journalists|agency|broadcasters?|outlets?|daily|magazine|parliament|nation"
    r"|lawmakers|troops|soldiers)\b",
    re.IGNORECASE,
)
_SPOKE_TIMES = re.compile(
    r"(?:\s+(?!and\b)[\w-]+){0,6}?(?:" + _TIMES_AFTER.pattern + ")", re.IGNORECASE
)
# "told Reuters by telephone", "said by phone": the words reached the reporter by phone;
# a call between sides names one of them as the one told.
_BY_PHONE = re.compile(r"by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone", re.IGNORECASE)
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")
_TOLD_BEFORE = re.compile(
    r"\b(?:told|telling|tells|said|says|speaking\s+to|spoke\s+to)\s+(?P<np>[^,.;]{0,60}?)\s*$",
    re.IGNORECASE,
)
_TWO_SPEAKERS = re.compile(r"\band\s+(?:[A-Z][\w.'’-]*\s+){1,5}$")
# After "A and B spoke": words that make it talk between them ("by phone", "with each
# other", or only when: "on Monday evening"; not "spoke hours apart", "spoke separately").
_SPOKE_TOGETHER = re.compile(
    r"\s+(?:by\s+(?:tele)?phone|over\s+the\s+phone|with\s+each\s+other|to\s+each\s+other"
    r"|again|at\s+length|briefly)\b"
    r"|(?:\s+(?:on\s+\w+day|late|early|earlier|today|yesterday|tonight|overnight|last\s+\w+"
    r"|morning|afternoon|evening|night))*\s*(?:[,.;]|$|\s+(?:about|and\s+agreed)\b)"
)
# Before "called" that names, not phones: "so-called", "an operation called".
_NAMED_CALLED = re.compile(
    r"(?:-|\b(?:was|were|is|are|be|been|being)\s+|\b(?:a|an)\s+(?:[\w-]+\s+){1,2}"
    # "the Ottawa Convention, also called the Mine Ban Treaty"
    # (an adverb of naming, or any after a comma: not "Zelensky also called Erdogan")
    r"|\b(?:commonly|officially|formerly|informally|popularly)\s+"
    r"|(?:[A-Z][\w'’-]*\s+)*(?:Convention|Treaty|Accords?|Agreement|Protocol|Declaration|Charter"
    r"|Operation|Plan|Initiative|Process|Format|Memorandum|Pact|Law|Act)s?\s*[,(]\s*"
    r"(?:also|sometimes|often|locally|widely|now)\s+)$",
    re.IGNORECASE,
)
# What a leader visits that is no party to talk with: the front, troops, the wounded,
# a camp, the scene.
_TO_THE_FRONT = re.compile(
    r"\s+(?:to\s+)?(?:the\s+|his\s+|her\s+|their\s+)?(?:[a-z-]+\s+)?(?:front\s*lines?|frontlines?"
    r"|front|troops|soldiers|forces|wounded|injured|victims|hospitals?|camps?|scene|site"
    r"|bases?|positions|barracks|units?)\b",
    re.IGNORECASE,
)
# "ceasefire agreements", "peace deals": the head noun after the trigger is plural
_PLURAL_HEAD = re.compile(r"\s+(?:agreements|deals|accords|calls|meetings|talks)\b", re.I)


# The words around a trigger, matched in place (no copy of the sentence's rest).
_NEWS_BEFORE = re.compile(r"\b(?:news|press|media|video)\s+$", re.IGNORECASE)
_JOINT_NEWS_BEFORE = re.compile(r"\bjoint\s+(?:news|press|media)\s+$", re.IGNORECASE)
_A_OR_THE = re.compile(r"\s+(?:a|an|the|its|their)\b")
_THE = re.compile(r"\s+(?:the|its|their)\b")
# ("agreed Friday to exchange", "agreed on Sunday to extend": the day between)
_TO_VERB = re.compile(
    # ("agreed not to use force": an undertaking as much as "agreed to not use force")
    r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s+(?:not\s+)?to\s+"
    r"(?!a\b|an\b|the\b)[a-z]+"
)
_TO_A = re.compile(r"\s+to\s+(?:a|an|the)\b")
# Agreed to a way of going on, not to a deal: "agreed to stay in close contact", "to show
# some flexibility", "to keep talking", "to study the proposal".
_AGREED_TO_A_MANNER = re.compile(
    r"(?:\s+(?:on\s+)?\w+day)?\s+to\s+(?:stay|remain|keep|show|be\s+in\s+touch|maintain\s+contact"
    r"|continue\s+(?:talking|to\s+talk|contacts?|consultations|dialogue)|study|consider|examine"
    r"|review|look\s+(?:into|at)|explore|discuss)\b",
    re.IGNORECASE,
)
# The aim of a step told before: "with a view to (negotiating)", "in order to".
_PURPOSE_BEFORE = re.compile(
    r"\b(?:with\s+a\s+view\s+to|in\s+order\s+to|so\s+as\s+to|with\s+the\s+(?:aim|goal|intention)"
    r"\s+of)\s+$",
    re.IGNORECASE,
)
# "agreed to hold a bilateral meeting", "agreed to meet in May", "agreed to resume talks":
# the step agreed on is the news, the agreeing no deal of its own
_AGREED_TO_A_STEP = re.compile(
    r"(?:\s+(?:on\s+)?\w+day)?\s+to\s+(?:[a-z]+ly\s+)?(?:(?:meet|convene|reconvene)\b"
    r"|(?:hold|have|arrange|organi[sz]e|convene|schedule|set\s+up|resume|start|begin|launch|open"
    # "agreed to host the summit", "agreed to take part in the talks": the step is the news
    r"|host|attend|join|participate\s+in|take\s+part\s+in)"
    r"\s+(?:(?:a|an|the|another|further|more|new|their|its|regular|direct)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:meetings?|talks|summits?|round|rounds|sessions?|calls?|visits?|negotiations"
    r"|consultations|dialogue|conference)\b)",
    re.IGNORECASE,
)
# What one side signs alone: "signed a law", "signed the decree".
_A_LAW = re.compile(
    r"\s+(?:a|an|the|this|that)\s+(?:[\w-]+\s+)?(?:law|bill|decree|order|legislation|ordinance"
    r"|executive\s+order)\b",
    re.IGNORECASE,
)
_MADE_BETWEEN = re.compile(r"\band\s+(?:then\s+)?(?:signed|sealed|reached|concluded|struck)\b")
_AGREED_TO_BEFORE = re.compile(
    r"\b(?:agreed|agree|agrees|decided|promised|pledged|vowed)\s+(?:on\s+\w+day\s+)?to\s+"
    r"(?:[a-z]+ly\s+)?"
    r"(?:(?:hold|have|arrange|schedule|resume|start|begin|launch|open)\s+(?:[\w-]+\s+){0,3})?$",
    re.IGNORECASE,
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$")
_TALKS_TO = re.compile(r"talks\s+to\b", re.IGNORECASE)
# With many no one names: "conversations with world leaders", "calls with foreign leaders".
_WITH_UNNAMED_MANY = re.compile(
    # (not "with other leaders": those named before are the step's, and others too)
    r"\s+with\s+(?:(?:several|many|various|numerous|some|dozens\s+of)\s+)?(?:world|foreign"
    r"|international|regional|western|arab|european|several|many|various)\s+(?:leaders|counterparts"
    r"|officials|partners|governments|countries|powers|diplomats)\b(?!\s*,?\s+(?:and|as\s+well\s+as)\s+[A-Z])",
    re.IGNORECASE,
)
# (a deal known, not one sought: "to discuss Trump's peace deal", "to review the truce";
# not "discussed a possible ceasefire")
_DISCUSSED_BEFORE = re.compile(
    r"\b(?:to\s+)?(?:discuss(?:ed|es|ing)?|review(?:ed|s|ing)?)\s+(?:the\s+|its\s+|their\s+"
    r"|(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s\s+)(?:[\w'’.-]+\s+){0,4}$",
    re.IGNORECASE,
)
# Talks set beside a word of policy as one of two ways, no step: "terror, trade and talks
# cannot be done together", "talks and terror", "dialogue and bullets".
_SLOGANS_NOUNS = (
    r"(?:terror|terrorism|trade|war|violence|blood|water|bullets|guns|bombs|bombing|aggression"
    r"|occupation|sanctions|shelling|threats)"
)
_A_SLOGANS_NOUNS_BEFORE = re.compile(
    # (a list with no article, opening its clause: not "The war and talks went on")
    rf"(?:^|[,;:\"“‘(]\s*|\bthat\s+)(?:{_SLOGANS_NOUNS}\s*,\s*)*{_SLOGANS_NOUNS}\s*,?\s+(?:and|&)\s+$",
    re.IGNORECASE,
)
_A_SLOGANS_NOUN_AFTER = re.compile(rf"\s+(?:and|&)\s+{_SLOGANS_NOUNS}\b", re.IGNORECASE)
_NOT_TOGETHER = re.compile(
    r"\b(?:cannot|can['’]t|can\s+not|won['’]t|will\s+not|do\s+not|don['’]t)\s+(?:go|be\s+done|coexist"
    r"|flow|work|run|happen)(?:\s+\w+)?\s+(?:together|hand\s+in\s+hand|side\s+by\s+side)\b|\bcannot\s+coexist\b",
    re.IGNORECASE,
)
# Met by no one: "met with resistance", "meeting fierce resistance", "met their demands".
_MET_WITH_FORCE = re.compile(
    r"(?:meet|meets|met|meeting)\s+(?:with\s+)?(?:(?:stiff|fierce|heavy|strong|little|no"
    r"|some|the|its|their|his|her|our|these|those|all)\s+)?"
    # "to meet the emergency needs of civilians", "meet basic humanitarian needs"
    r"(?:(?!(?:with|in|on|at)\b)[a-z-]+\s+){0,2}?(?:resistance|fire|demands?"
    r"|deadlines?|needs|expectations|criteria|targets?|obligations|requirements|conditions"
    r"|standards|goals?|challenges?|fate|death|end)\b",
    re.IGNORECASE,
)


_NOT_YET_DONE = re.compile(
    r"\b(?:(?:has|have|had)\s+not|hasn['’]t|haven['’]t|hadn['’]t|never)\s+(?:yet\s+|once\s+)?$",
    re.IGNORECASE,
)


# What one meets that is no one to meet: a deadline, a demand, a target.
_MEET_A_TARGET = re.compile(
    r"\s+(?:(?:a|an|the|its|their|his|her|our|this|that|these|those|all|every|any)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:deadlines?|demands?|targets?|requirements?|conditions|criteria"
    r"|needs|obligations|standards|expectations|goals?|thresholds?|quotas?|costs|commitments"
    r"|benchmarks)\b",
    re.IGNORECASE,
)
# ("more than a month after talks", "more than a week of talks" count time, no step)
_THAN_BEFORE = re.compile(
    r"(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!longer\s)\bthan\s+(?:(?:a|an|the|any)\s+)?"
    r"(?:(?!(?:day|days|week|weeks|month|months|year|years|hour|hours|decade|of|after|since"
    r"|before)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# "the last round of talks", "previous rounds": an earlier step, not this one going on.
_PAST_ROUND = re.compile(r"\b(?:last|previous|earlier|prior|past|former)\s+$", re.IGNORECASE)


# A side's consent, not a deal: "its agreement to enter into the truce", "their agreement
# to the proposal" (not "an agreement to end the war").
_CONSENT_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our)|['’]s)\s+$", re.IGNORECASE)
_CONSENT_AFTER = re.compile(r"\s+to\s+(?:enter|join|accept|abide|respect|observe|the|a|an|this)\b")


def _read_trigger(
    text: str,
    sent: Sent,
    t: re.Match[str],
    last_kind: str | None,
    last_end: int,
    ids: set[str] | frozenset[str] = frozenset(),
) -> _Trigger | None:
    """The trigger at ``t`` as a step's word, or None when it names no step here:
    part of a name, the topic of talks, a news conference, the same step again."""
    kind = t.lastgroup or "meeting"
    word = t.group(0)
    if any(x.start <= t.start() < x.end for x in sent.mentions):
        return None  # "Government of National Accord" is a name, not an accord
    if (
        word.lower() == "agreement"
        and _CONSENT_BEFORE.search(text, max(0, t.start() - 12), t.start())
        and _CONSENT_AFTER.match(text, t.end())
    ):
        return None  # "affirms its agreement to enter into the truce": a side's consent
    if _NOT_YET_DONE.search(text, max(0, t.start() - 20), t.start()) and word.lower() in (
        "met",
        "spoken",
        "spoke",
        "called",
        "contacted",
        "visited",
        "signed",
        "agreed",
        "held",
        "phoned",
    ):
        return None  # "has not met Putin this year": no step, neither held nor planned
    if word.lower() in ("called", "contacted") and (
        not _CALLED_SOMEONE.match(text, t.end())
        or _NAMED_CALLED.search(text, max(0, t.start() - 30), t.start())
    ):
        return None  # "called for a truce", "the so-called Islamic State": no phone call
    if kind == "meeting" and _MEET_A_TARGET.match(text, t.end()):
        return None  # "did not meet a May 1 deadline", "to meet their demands": no meeting
    if _THAN_BEFORE.search(text, max(0, t.start() - 30), t.start()):
        return None  # "wants something much bigger than a ceasefire": a step compared with
    if word.lower() in ("spoke", "spoken", "speaks") and not (
        _WITH_SOMEONE.match(text, t.end())
        # "spoke to Turkish Foreign Minister Hakan Fidan": a person of a side (not "spoke
        # to reporters", "to Israeli media")
        or (
            (to := _TO_SOMEONE.match(text, t.end())) is not None
            and any(
                x.is_person and x.actor and x.start < to.end() + 60
                for x in sent.mentions
                if x.start >= to.end()
            )
            and not _MEDIA_NEXT.match(text, to.end())
        )
        or (
            _TWO_SPEAKERS.search(text, max(0, t.start() - 80), t.start())
            and _SPOKE_TOGETHER.match(text, t.end())
        )
    ):
        return None  # "spoke to reporters", "spoke of a crisis": no talk between two
    if kind == "call" and _BY_PHONE.match(word) and _heard_by_phone(sent, t.start(), ids):
        return None  # "told Reuters by telephone": how the reporter heard it, no call
    if word.lower() in ("spoke", "spoken", "speaks") and _SPOKE_TIMES.match(text, t.end()):
        return None  # "spoke with Erdogan over the phone 12 times": a count
    if kind == "agreement" and _TOPIC_OF.match(text, t.end()):
        return None  # "ceasefire talks": the talks' topic, the talks are the step
    if word.lower().startswith("in contact") and _FORCES_BEFORE.search(
        text, max(0, t.start() - 50), t.start()
    ):
        return None  # "the two armies were in contact": a military channel, no talks
    if _ADJECTIVE_USE.match(text, t.start()):
        return None  # "a negotiated settlement", "the negotiating table": no talks here
    plural = _PLURAL_STEP.search(word) or _PLURAL_HEAD.match(text, t.end())
    count = _AGGREGATE.search(text, max(0, t.start() - 40), t.start()) if plural else None
    if count is not None and _A_FEW.match(count.group(0)) and _AT_A_PLACE.match(text, t.end()):
        count = None  # "held three meetings in Istanbul": a series at one venue, a step
    if _TIMES_AFTER.match(text, t.end()) or count is not None:
        return None  # "five phone calls this year", "numerous previous truces": a count
    if (
        word.lower() == "conference"
        and _NEWS_BEFORE.search(text, 0, t.start())
        # (a joint one is a meeting: "a joint press conference with Erdogan")
        and not _JOINT_NEWS_BEFORE.search(text, max(0, t.start() - 20), t.start())
    ):
        return None
    if kind == "visit" and _ERRAND_VISIT.search(text, max(0, t.start() - 20), t.start()):
        return None
    if kind == "visit" and _TO_THE_FRONT.match(text, t.end()):
        return None  # "visited the frontline", "visited troops", "visited the wounded"
    # (and troops or warships gathering: no meeting)
    if (kind == "visit" or t.group(0).lower() == "gathering") and (
        _NO_ENVOY_BEFORE.search(text, max(0, t.start() - 60), t.start())
        or _NO_ENVOY_CRAFT.search(text, max(0, t.start() - 60), t.start())
        or _NO_ENVOY_RIGHT_BEFORE.search(text, max(0, t.start() - 60), t.start())
    ):
        return None  # "terrorists who arrived in the area", "families fled to": no envoy
    if kind == "agreement" and _DEAL_VERB.match(text, t.start()):
        return None
    if _FURNITURE.search(text, 0, t.start()):
        return None  # "... 48 Related Syrian Army Kicks Out ...": a web page's headline list
    # "meet ... for Syria talks", "such a meeting": the same event again.
    if (
        last_kind is not None
        and kind in ("meeting", "talks", "call")
        and last_kind in ("meeting", "talks", "call")
    ):
        if _SUCH.search(text, max(0, t.start() - 30), t.start()) or (
            t.start() - last_end < 40
            and "," not in text[last_end : t.start()]
            # ("spoke on Friday and agreed to meet in May": a step of its own, to come)
            and not _AGREED_TO_BEFORE.search(text, max(0, t.start() - 40), t.start())
            # ("backed direct dialogue in separate calls with A and B": the calls it was
            # said in are steps of their own)
            and not (kind == "call" and _IN_A_CALL.match(word))
        ):
            return None
    if kind == "agreement" and last_kind == "agreement" and t.start() - last_end < 25:
        return None
    if (
        kind == "talks"
        and last_kind in ("meeting", "talks", "call")
        and _PURPOSE_BEFORE.search(text, max(0, t.start() - 30), t.start())
    ):
        return None  # "direct negotiations ..., with a view to negotiating a peace": their aim
    signed_name = False
    anaphoric = not _VERB_TRIGGER.match(word) and bool(
        _DEFINITE_BEFORE.search(text, max(0, t.start() - 60), t.start())
    )
    if kind == "agreement" and _NOUN_AGREEMENT.match(word):
        end = t.end()
        if word.lower() == "signed":
            # "signed a deal"; "signed the document" is the deal told before
            if not _A_OR_THE.match(text, end) or _A_LAW.match(text, end):
                return None  # (one side's act: "signed the law nullifying the deal")
            anaphoric = bool(_THE.match(text, end))
            if _SIGNED_NAME.match(text, end):
                anaphoric, signed_name = False, True  # "signed the Dorne Corridor Agreement"
        elif not (
            _TO_VERB.match(text, end)
            or _PASSIVE_BEFORE.search(text[max(0, t.start() - 20) : t.start()])
            or (_TO_A.match(text, end) and not _TRIGGER.search(text, t.end(), t.end() + 45))
            # "agreed to a five-day extension of a ceasefire": the extension is agreed
            or (_TO_A.match(text, end) and _EXTENSION_OF.search(text, end, end + 30))
        ):
            # "agreed to work toward ..." and "the swap was agreed" are agreements
            # reached; "agreed that", "agreed with X on some issues" are not, and in
            # "agreed on a ceasefire" the noun tells it
            return None
        if word.lower() == "agreed" and _AGREED_TO_A_MANNER.match(text, end):
            return None  # "agreed to stay in close contact", "agreed to show flexibility"
        if (
            word.lower() in ("agreed", "agree", "agrees")
            and _AGREED_TO_A_STEP.match(text, end)
            # (but "agreed to open talks ... and signed a grain deal" made one)
            and not _MADE_BETWEEN.search(text, end)
        ):
            return None  # "agreed to hold a bilateral meeting": the meeting is the step

    if kind == "talks" and _TALKS_TO.match(text, t.start()):
        return None
    if kind in ("call", "talks") and _WITH_UNNAMED_MANY.match(text, t.end()):
        return None  # "in conversations with world leaders": many, none named, no pair
    if (
        kind == "agreement"
        and last_kind in ("meeting", "talks", "call")
        and _DISCUSSED_BEFORE.search(text, max(0, t.start() - 70), t.start())
    ):
        # "Vance meets Netanyahu to discuss Trump's peace deal": what the meeting is
        # about; the meeting is the step
        return None
    if (
        kind == "talks"
        and (
            _A_SLOGANS_NOUNS_BEFORE.search(text, max(0, t.start() - 40), t.start())
            or _A_SLOGANS_NOUN_AFTER.match(text, t.end())
        )
        and _NOT_TOGETHER.search(text, t.end(), t.end() + 60)
    ):
        return None  # "terror and talks cannot go together": talks in general, no step
    if word.lower().startswith("host") and not A_GUEST_AFTER.match(text, t.end()):
        return None  # "hosted the summit": the summit is the step; "hosts refugees": none
    if kind == "talks" and word.lower().startswith("negotiat") and _IN_PERSON.match(text, t.end()):
        kind = "meeting"  # "to negotiate with him in person"
    if kind == "meeting" and _MET_WITH_FORCE.match(text, t.start()):
        return None
    if kind == "meeting" and _BODY_MEETS.search(text, max(0, t.start() - 60), t.start()):
        return None  # "the Cabinet Committee on Security, which met on Friday": in session
    if (
        kind == "meeting"
        and t.group(0).lower() == "met"
        and _MET_PASSIVE.search(text, max(0, t.start() - 20), t.start())
    ):
        return None  # "if their demands are not met": fulfilled, no one meets
    if kind == "meeting" and _THINGS_MEET.search(text, max(0, t.start() - 80), t.start()):
        return None  # "where the borders of Lebanon, Syria and Israel meet": no one meets
    return _Trigger(t, kind, word, anaphoric, signed_name)


_IN_A_CALL = re.compile(r"(?:in|during|on)\s", re.IGNORECASE)
# A verb of meeting to come: "will meet", "is to meet", "is due to meet".
_WILL_BEFORE = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|(?:due|set|expected|scheduled|going)\s+to)\s+"
    r"(?:also\s+|then\s+|later\s+|first\s+)?$",
    re.IGNORECASE,
)


def _when(ctx: ArticleContext, sent: Sent, trig: _Trigger, acts: list[Speech]) -> _When:
    """Status and date from the words around the trigger; a date written into the
    step's name or a year long past overrides them."""
    t, kind, text = trig.match, trig.kind, sent.text
    status = _status(text, t, kind, sent.folded)
    if (
        kind == "call"
        and status in ("planned", "proposed", "not_planned")
        and _IN_A_CALL.match(t.group(0))
    ):
        # "during a call with Putin, Erdogan said his country would ...": what was said
        # looks ahead, the call it was said in took place
        status = "held"
    accepted = kind == "agreement" and status == "concluded" and _one_side_accepts(sent, t)
    if accepted:
        # "the RSF agreed to the truce proposed by the Quad": one side's yes to a
        # proposal, no truce made between the two (its day the yes's, gone by)
        status = "proposed"
    future = status in ("planned", "proposed", "not_planned") and not accepted
    if status == "not_planned" and ended_without(text, t.start(), sent.folded):
        future = False  # "talks that broke down in August without a deal": past
    date, weekday = _date(ctx, sent, t, kind, future, acts)
    if (
        status == "planned"
        and PRESENT_MEET.match(t.group(0))
        and date is not None
        and len(date) == 10
        and ctx.base is not None
        and date <= ctx.base.isoformat()
        # (not "today, Wednesday, October 22, he will meet with Netanyahu": still to come)
        and not _WILL_BEFORE.search(text, max(0, t.start() - 30), t.start())
    ):
        # a caption: "Bayramov meets with Pompeo at the State Department, Oct. 23, 2020",
        # told that day or after: held
        status = "held"
    if status == "held" and _to_come(ctx, sent, t, kind, date):
        # "are joining Putin in a meeting in Minsk on Wednesday", told on a Monday
        status = "planned"
        date, weekday = _date(ctx, sent, t, kind, True, acts)
    own = _own_date(ctx, sent, t)
    background = _year_before(text, t)
    if own is not None:
        # "following his Thursday's talks": the date names the step itself and,
        # said before it happens, makes it planned whatever the verbs around say.
        date, weekday = own, None
        if status == "held" and ctx.base is not None and own > ctx.base.isoformat():
            status = "planned"
    elif background is not None:
        # "its 1979 peace treaty", "a 2015 UN-brokered agreement": done long ago
        date, weekday = background, None
        if kind == "agreement" and status in ("proposed", "planned", "held", "not_planned"):
            status = "concluded"
    named = _proper_name_before(sent, t) or trig.signed_name
    return _When(status, date, own, background, named, weekday)


def _one_side_accepts(sent: Sent, t: re.Match[str]) -> bool:
    """Whether one side alone accepts a deal someone proposed: "the RSF agreed to the
    humanitarian truce proposed by the Quad" (not "Israel and Hamas agreed to the truce
    proposed by Egypt", nor "agreed with Israel on the truce")."""
    text = sent.text
    if not _A_PROPOSAL.search(text):
        return False
    verb = t.group(0).lower() in ("agreed", "accepted")
    if verb:
        yes_at = t.start()
    elif (yes := _ACCEPTED_BEFORE.search(text, max(0, t.start() - 70), t.start())) is not None:
        yes_at = yes.start()
    else:
        return False
    lo = _clause_span(text, t.start())[0]
    # (the subject of the yes, not who told of it: "Trump informed him that Phumtham
    # also agreed to the US proposal")
    told = [m.end() for m in _TOLD_THAT.finditer(text, lo, yes_at)]
    lo = max([lo, *told])
    if _MANY_SUBJECTS.search(text, lo, yes_at) or (verb and _WITH_ITS_RIVAL.match(text, t.end())):
        return False
    subjects = {
        m.actor
        for m in sent.mentions
        if m.actor
        and lo <= m.start < yes_at
        and not _POSSESSIVE.match(text, m.end)
        and not m.text.endswith(("'s", "’s"))
    }
    return len(subjects) == 1


# One side's yes right before the deal's word: "has agreed to enter a", "accepted the".
_ACCEPTED_BEFORE = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:agreed\s+to(?:\s+(?:enter|accept|join|observe|abide\s+by))?"
    r"|accepted|accepts|approved|endorsed)\s+(?:(?:the|a|an|its)\s+)?(?:[\w-]+,?\s+){0,4}$",
    re.IGNORECASE,
)
# A deal put forward by someone: "proposed by", "a US proposal", "the Quad's initiative".
_A_PROPOSAL = re.compile(
    r"\b(?:proposed\s+by|proposal|initiative|put\s+forward\s+by)\b", re.IGNORECASE
)
_MANY_SUBJECTS = re.compile(r"\b(?:and|both|two|sides|parties)\b", re.IGNORECASE)
_TOLD_THAT = re.compile(r"\bthat\s", re.IGNORECASE)
# The yes given with the other side: "agreed with Israel on a truce".
_WITH_ITS_RIVAL = re.compile(r"\s+with\s+(?:the\s+)?[A-Z]")


# A gathering told in the present: "are joining Putin in a meeting", "is travelling to
# Ankara", "before the four leaders hold a summit".
_PRESENT_BEFORE = re.compile(
    # (the verb of the gathering itself, not "is facing criticism over his meeting")
    r"(?:\b(?:is|are|am)\s+(?:\w+ly\s+)?(?:meeting|travell?ing|flying|heading|hosting|joining"
    r"|holding|visiting|gathering|convening|attending)\b"
    r"|\b(?:when|before|until|once)\s+(?:[\w'’,-]+\s+){1,8}?(?:hold|meet|gather|convene|open"
    r"|begin|start)\b)"
    r"(?:(?!\b(?:was|were|had|has|have|did|said|told|after|following|over|during|received"
    r"|made|presented)\b)[^,;:.])*$",
    re.IGNORECASE,
)
_BE_NOW = re.compile(r"\b(?:is|are|am)\s+$", re.IGNORECASE)
# Between the step's word and its weekday: another verb's day ("talks that began on
# Monday").
_OTHER_VERB = re.compile(
    r"\b(?:began|started|opened|was|were|had|has|have|said|told|\w+ed)\b", re.IGNORECASE
)
# A weekday that is no bare one: "last Wednesday".
_NOT_BARE = re.compile(r"\b(?:last|past|previous|this|since)\s+$", re.IGNORECASE)


def _to_come(
    ctx: ArticleContext, sent: Sent, t: re.Match[str], kind: str, date: str | None
) -> bool:
    """Whether a gathering told in the present on a bare weekday is one to come: the
    weekday, read back, is not the day of the story nor the day before (a wire story
    dated the next morning), so it is the one ahead ("are joining Putin in a meeting on
    Wednesday", told on a Monday)."""
    day = date_or_none(date)
    if kind == "agreement" or ctx.base is None or day is None:
        return False
    if not 2 <= (ctx.base - day).days <= 6:
        return False
    text = sent.text
    lo, hi = _clause_span(text, t.start())
    present = _PRESENT_BEFORE.search(text, max(lo, t.start() - 100), t.start()) or (
        _BE_NOW.search(text, max(0, t.start() - 8), t.start())
        and t[0].split()[0].lower().endswith("ing")
    )
    if not present:
        return False
    for start, end, phrase in sent.dates:
        if phrase.split()[-1].lower() not in WEEKDAYS or not lo <= start < hi:
            continue
        if _NOT_BARE.search(text, max(0, start - 12), start):
            return False  # "last Wednesday"
        # ("is travelling to Moscow on Friday for a meeting": before the word, too)
        between = text[t.end() : start] if start >= t.end() else text[end : t.start()]
        return not ("," in between or _OTHER_VERB.search(between))
    return False


def _who(
    ctx: ArticleContext,
    sent: Sent,
    acts: list[Speech],
    trig: _Trigger,
    when: _When,
    clauses: ClauseMemo | None = None,
) -> _Who:
    """Participants and mediators, whether a side is named right here, whether the
    step goes on from one before, and whether that is enough for a step."""
    t, kind, text = trig.match, trig.kind, sent.text
    participants, mediators = _participants(ctx, sent, acts, t, clauses)
    armed = ctx.lexicon.armed
    here = _named_in_clause(sent, t, armed) or bool(
        _PRONOUN_SUBJECT.search(text, _clause_span(text, t.start())[0], t.start())
    )
    if inside_quote(text, t.start(), sent.opened) and not _named_in_clause(sent, t, armed):
        here = False  # "There haven't been any talks yet," he said
    continuation = not _PAST_ROUND.search(text, max(0, t.start() - 20), t.start()) and (
        bool(_ROUND.search(trig.word))
        or bool(_RESUME.search(text, max(0, t.start() - 30), t.start()))
        or (
            kind in ("meeting", "talks")
            and bool(_NEXT_BEFORE.search(text, max(0, t.start() - 30), t.start()))
        )
    )
    # "agreed in Stockholm in December 2018 to a ceasefire": a dated agreement reached
    # ... or one dated to be signed ("the agreement is expected to be signed Friday")
    dated = (
        kind == "agreement"
        and when.date is not None
        and (
            when.status == "concluded"
            or (when.status == "planned" and TO_BE_SIGNED.match(text, t.end()) is not None)
        )
    )
    # "a closed-door meeting of the UN Security Council": a body's own meeting is a step
    body_meets = (
        kind == "meeting"
        and len(participants) == 1
        and (
            _OF_A_BODY.match(text, t.end()) is not None
            # "prompting the UN Security Council to hold an emergency meeting"
            or _A_BODY_HOLDS.search(text, max(0, t.start() - 40), t.start()) is not None
        )
        and any(m.actor == participants[0] and m.kind == "org" for m in sent.mentions)
    )
    # "an emergency meeting of the National Security Committee", "a cabinet meeting": a
    # side's own body meets, no step between sides
    own_body = (
        kind == "meeting"
        and len(set(participants)) == 1
        and not body_meets
        and (
            _OF_OWN_BODY.match(text, t.end()) is not None
            or _OWN_BODY_BEFORE.search(text, max(0, t.start() - 30), t.start()) is not None
        )
    )
    enough = not own_body and (
        dated
        or body_meets
        or _enough(
            ctx, participants, kind, when.status, text, t, when.background or when.named, here
        )
    )
    return _Who(participants, mediators, here, continuation, enough)


_SIGNATORIES_OF = re.compile(
    r"\bsignator(?:y|ies)\s+(?:of|to)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE
)
_SIGNATORIES = re.compile(r"\s+signator(?:y|ies)\b", re.IGNORECASE)
_OF_OWN_BODY = re.compile(
    r"\s+of\s+(?:the|its|his|her|their)\s+(?:[A-Z][\w-]*\s+){0,4}"
    r"(?:Council|Committee|Cabinet|Parliament|Assembly|Politburo|Board|Command|Commission)\b"
)
_OWN_BODY_BEFORE = re.compile(
    # (not "a Security Council meeting": the UN's, a step)
    r"\b(?:cabinet|security\s+cabinet|war\s+cabinet|parliamentary|party|politburo"
    r"|committee)\s+$",
    re.IGNORECASE,
)


_OF_A_BODY = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_A_BODY_HOLDS = re.compile(
    r"\b(?:hold|holds|held|holding|convene|convenes|convened|convening)\s+(?:an?\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Between an agreement and the one it prolongs: two agreements, not one told twice.
_EXTENSION_OF = re.compile(
    r"\b(?:extension|extensions|renewal|prolongation)\s+of\b|\b(?:extend|extends|extended"
    r"|extending|renew|renews|renewed|renewing|prolong|prolonged)\b",
    re.IGNORECASE,
)


_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# From one agreement's word to another's that says what it is on: "agreement between
# Hamas and Israel on a truce", "a deal for a ceasefire".
_COMPLEMENT = re.compile(
    r"[\w-]+\s+(?:[^,.;]{0,60}?\s)?(?:on|for|over)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)


# What a deal is said to be: "was the second attempt to establish a ceasefire".
_PREDICATE_OF = re.compile(
    r"\b(?:was|is|were|are|marks|marked)\s+(?:the|a|an|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attempt|bid|effort|try|step|move)\s+(?:to|at|towards?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _told_twice(steps: list[_Step], trig: _Trigger, when: _When, who: _Who) -> bool:
    """ "Under the accord signed on Friday, Russia and Ukraine each signed an identical
    document": one agreement told twice in a sentence, merged into the first."""
    same = [
        f
        for f in steps
        if trig.kind == "agreement" == f.step.type
        and set(f.step.participants) & set(who.participants)
    ]
    if not same:
        return False
    complement = _COMPLEMENT.fullmatch(trig.match.string, same[-1].pos, trig.match.start())
    if complement is not None and _TALKS_WORD.search(complement.group(0)):
        return False  # "agreed to hold talks on a ceasefire": the truce is what talks are on
    if _PREDICATE_OF.search(trig.match.string, same[-1].pos, trig.match.start()):
        return True  # "The truce ... was the second attempt to establish a ceasefire": itself
    if when.status != same[-1].step.status and not complement:
        return False  # (what an agreement is on shares its status: "a deal on a truce")
    if _EXTENSION_OF.search(trig.match.string, same[-1].pos, trig.match.start()):
        return False  # "agreed to a five-day extension of a ceasefire they signed on May 20"
    if _SET_AGAINST_STEP.search(trig.match.string, same[-1].pos, trig.match.start()):
        return False  # "agreed to keep the status quo days after the ceasefire": another
    text = trig.match.string
    if (
        _RELATIVE_BEFORE.search(text, max(0, same[-1].pos - 40), same[-1].pos)
        and "," in text[same[-1].pos : trig.match.start()]
    ):
        # "the MILF, a group that signed a peace deal in 2014, agreed to a truce": the
        # relative clause's deal is another
        return False
    first = same[-1].step
    if when.date and first.date and when.date != first.date:
        return False
    # what the deal is on adds no party: "a deal between Hamas and Israel on a truce"
    merged = tuple(sorted(set(first.participants) | set(() if complement else who.participants)))
    same[-1].step = replace(
        first,
        participants=merged,
        date=first.date or when.date,
        weekday=first.weekday if first.weekday is not None else when.weekday,
        term=telling_term(first.term, _term(trig.match.string, trig.match)),
    )
    return True


def _heard_by_phone(sent: Sent, at: int, ids: set[str] | frozenset[str]) -> bool:
    """Whether a phone at ``at`` is how someone was told something ("told Reuters by
    telephone"), no side being the one told."""
    told = _TOLD_BEFORE.search(sent.text, max(0, at - 80), at)
    if told is None:
        return False
    a, b = told.start("np"), told.end("np")
    return not any(
        a <= m.start < b
        and m.actor in ids
        # (a place in an outlet's name is no one told: "the Kyiv Independent")
        and not (m.kind in ("capital", "country") and _NAME_GOES_ON.match(sent.text, m.end))
        for m in sent.mentions
    )


# (or made so in other words: "the ceasefire between Kyiv and Moscow was agreed after
# midnight" is news of the deal, not a deal told of before)
_SIGNED_AFTER = re.compile(
    # (the head noun of a compound first: "the ceasefire agreement was signed")
    r"(?:[\s-]+(?:agreement|deal|accord|pact|arrangement|declaration|treaty|protocol)s?\b)?"
    r"(?:\s+(?:of|between|with)\s+[\w\s'’-]{1,40}?)?\s*,?\s+(?:which\s+(?:[\w'’-]+\s+){1,6}?"
    rf"|(?:was|were|has\s+been|had\s+been)\s+)(?<!not\s)(?<!never\s)(?:{MADE})\b",
    re.IGNORECASE,
)


_SEPARATELY = re.compile(r"\bseparate(?:ly)?\b", re.IGNORECASE)
_WITH_AFTER = re.compile(r"(?:\s+separately)?\s+with\b", re.IGNORECASE)
_CALLS_AFTER = re.compile(r"\s+(?:(?:tele)?phone\s+)?(?:calls?|conversations?)\b", re.IGNORECASE)


def _make_step(ctx: ArticleContext, sent: Sent, trig: _Trigger, when: _When, who: _Who) -> _Step:
    t, kind, text = trig.match, trig.kind, sent.text
    hub: str | tuple[str, ...] | None = None
    if kind == "call":
        subject = ctx.subject(sent, t.start())
        hub = subject.actor if subject is not None else None
        if _GROUP_CALL.search(text, max(0, t.start() - 30), t.end()) or (
            trig.word.lower() in ("spoke", "spoken", "speaks")
            and _TWO_SPEAKERS.search(text, max(0, t.start() - 80), t.start())
        ):
            hub = None  # a conference call; "Sunak and Biden spoke": no one calls round
    elif (
        kind in ("meeting", "talks")
        and (sep := _SEPARATELY.search(text, max(0, t.start() - 30), min(len(text), t.end() + 30)))
        # (not the calls it was told in: "backed direct dialogue in separate calls with")
        and not _CALLS_AFTER.match(text, sep.end())
    ):
        # "Lavrov met separately with Mnatsakanyan and Bayramov": two meetings, each his
        subject = ctx.subject(sent, t.start())
        hub = subject.actor if subject is not None else None
        if (met := _WITH_AFTER.match(text, t.end())) is not None:
            ids = set(who.participants)
            before = {m.actor for m in sent.mentions if m.end <= t.start() and m.actor in ids}
            after = {m.actor for m in sent.mentions if m.start >= met.end() and m.actor in ids}
            if len(before) >= 2 and after:
                # "Erdogan and Sisi held separate talks with Netanyahu": each met him
                hub = tuple(sorted(before))
    reference = (
        kind == "agreement"
        and when.date is None
        and bool(_PLURAL_REFERENCE.match(trig.word))
        and not when.named
    )
    if len(who.participants) == 2:
        ctx.last_pair = (sent.index, tuple(who.participants))
    return _Step(
        sent.index,
        t.start(),
        DiplomaticStep(
            type=kind,  # type: ignore[arg-type]
            participants=tuple(who.participants),
            status=when.status,  # type: ignore[arg-type]
            evidence=ctx.evidence(sent),
            date=when.date,
            weekday=when.weekday,
            location=_place(ctx, sent, t, kind),
            mediators=tuple(who.mediators),
            term=_term(text, t),
        ),
        anaphoric=trig.anaphoric,
        hub=hub,
        weak=not who.here,
        continuation=who.continuation,
        name=bool(when.named or when.background or when.own),
        candidate=not who.enough and not who.continuation and not trig.anaphoric,
        lone=not who.enough,
        # (or signed right after: "the accord, which Kinshasa and Kigali signed in June",
        # "the declaration was signed between ...")
        signed=trig.word.lower() == "signed"
        or (kind == "agreement" and bool(_SIGNED_AFTER.match(text, t.end())))
        # ("the agreement between them will be signed on Thursday")
        or (
            kind == "agreement"
            and when.status == "planned"
            and bool(TO_BE_SIGNED.match(text, t.end()))
        )
        or (
            kind == "agreement"
            and when.status == "concluded"
            and bool(_TAKEN_UP_BEFORE.search(text, max(0, t.start() - 50), t.start()))
        ),
        reference=reference,
        denied=bool(_DENIED_BEFORE.search(text, max(0, t.start() - 45), t.start())),
        sequel=bool(
            _SEQUEL_BEFORE.search(text, max(0, t.start() - 30), t.start())
            # "agreed to a five-day extension of a ceasefire": a step of its own
            or (kind == "agreement" and _EXTENSION_OF.search(text, t.end(), t.end() + 30))
        ),
    )


# A deal taken up by a side, right before its word: "also agreed to the ceasefire".
_TAKEN_UP_BEFORE = re.compile(
    r"\b(?:accept(?:s|ed)?|agreed\s+to|agrees\s+to|approv(?:e|es|ed)|endors(?:e|es|ed)"
    r"|embrac(?:e|es|ed)|signed\s+(?:up\s+to|on\s+to))\s+(?:the|its|their|this|that)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "He later held a meeting with Mikati", "then met", "also met": one more meeting.
_SEQUEL_BEFORE = re.compile(
    r"\b(?:later|then|subsequently|afterwards|also|separately)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# The noun a verb of agreeing takes: "signed a commitment", "agreed to a seven-day
# ceasefire", "signed an agreement for a truce" (the more specific word wins).
_AGREEMENT_NOUN = re.compile(
    r"\b(ceasefire|cease-fire|truce|armistice|cessation|pause|declaration|memorandum"
    r"|commitment|protocol|treaty|accord|road\s?map|roadmap|agreement|deal|pact|document)s?\b",
    re.IGNORECASE,
)
_GENERIC = frozenset(("agreement", "deal", "pact", "document"))


_CLAUSE_END = re.compile(r"[,;.]")
#: Where the object of agreeing ends and another step is set against it: "agreed to take
#: the process forward days after the ceasefire", "agreed ... despite the truce".
_SET_AGAINST_STEP = re.compile(
    r"\b(?:after|since|following|before|than|unlike|like|despite|amid)\b", re.IGNORECASE
)


_TALKS_WORD = re.compile(
    r"\b(?:talks|negotiations|discussions|consultations|dialogue|meetings?)\b", re.IGNORECASE
)


def _term(text: str, t: re.Match[str]) -> str:
    """The step's own word: the trigger, or for "signed"/"agreed" the noun they take."""
    word = " ".join(t.group(0).lower().split())
    if word not in ("signed", "agreed"):
        return word
    stop = _CLAUSE_END.search(text, t.end(), t.end() + 60)  # (its own clause's noun)
    hi = stop.start() if stop else t.end() + 60
    talks = _TALKS_WORD.search(text, t.end(), hi)
    if talks is not None:
        hi = talks.start()  # "agreed to hold talks on a ceasefire": the truce is the talks' topic
    against = _SET_AGAINST_STEP.search(text, t.end(), hi)
    if against is not None:
        hi = against.start()
    nouns = [m.group(1).lower() for m in _AGREEMENT_NOUN.finditer(text, t.end(), hi)]
    specific = [n for n in nouns if n not in _GENERIC]
    return (specific or nouns or [word])[0]


def _agreements_at_talks(steps: list[_Step]) -> None:
    """ "At talks held on Thursday, the delegations agreed to ...", "After a week of talks
    in Jeddah, the two sides signed ...": reached at those talks, on their day and at
    their place."""
    talks = [
        f.step for f in steps if f.step.type in ("talks", "meeting") and f.step.status == "held"
    ]
    dates = {t.date for t in talks if t.date}
    places = {t.location for t in talks if t.location}
    for f in steps:
        if f.step.type != "agreement" or f.step.status != "concluded":
            continue
        text = f.step.evidence.sentence
        if lives_on(text, f.pos) or background_of(text, f.pos) is not None:
            # "a summit ... to reinforce the ceasefire", "talks ... to resolve a dispute
            # sparked by a deal": a deal made before
            continue
        if f.step.date is None and len(dates) == 1:
            f.step = replace(f.step, date=next(iter(dates)))
        if f.step.location is None and len(places) == 1:
            f.step = replace(f.step, location=next(iter(places)))
