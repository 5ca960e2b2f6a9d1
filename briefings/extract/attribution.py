"""Who says what in a sentence: verbs of saying, their speakers and what they said.

Used by statements (the content), casualties (who claims a toll) and
diplomacy (whose side a "we will meet" belongs to). Reported speech only;
direct quotes are paired with their attribution in ``statements``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefings.extract.context import ArticleContext, Sent
from briefings.nlp.actors import Mention

# Finite verbs of saying, claiming, accusing, denying, warning, stressing.
_FINITE = (
    r"said|says|say|told|tells|tell|stressed|stresses|warned|warns|claimed|claims|claim"
    r"|accused|accuses|denied|denies|deny|insisted|insists|added|adds|noted|notes|stated|states"
    r"|announced|announces|reported|reports|believes|believe|maintains|maintain|threatened"
    r"|threatens|called\s+for|calls\s+for|urged|urges|described|describes|dismissed|dismisses"
    r"|expects|emphasi[sz]ed|emphasi[sz]es|underlined|underscored|argued|argues|confirmed|confirms"
    r"|alleged|alleges|acknowledged|admitted|declared|declares|asserted|explained|clarified"
    r"|vowed|vows|pledged|rejected|rejects|demanded|demands|blamed|blames|suggested|indicated"
    r"|announced|estimated|estimates|reiterated|cautioned|contended|countered|responded|replied"
)
# Participles take the subject of the main clause: "..., saying it targeted terrorists".
_PARTICIPLE = (
    r"saying|adding|noting|stressing|warning|claiming|accusing|denying|insisting|urging"
    r"|calling\s+for|describing|specifying|arguing|explaining|emphasi[sz]ing|declaring"
    r"|threatening|alleging|blaming|vowing|suggesting"
)
_SAY = re.compile(
    rf"\b(?P<verb>{_FINITE}|{_PARTICIPLE})\b",
    re.IGNORECASE,
)
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|his|her|its|their|our|these|those|this|that)|['’]s)\s+$", re.IGNORECASE
)
_AS_BEFORE = re.compile(r"\bas\s+(?:[\w’'-]+\s+){1,4}$", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording\s+to\b", re.IGNORECASE)
_DOCUMENT = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:latest\s+|new\s+|official\s+|preliminary\s+"
    r"|updated\s+)?(?:reports?|data|figures|statistics|records|tallies|tally|counts?|information"
    r"|documents?|estimates?|numbers|website|list|census|database|media\s+reports)\b",
    re.IGNORECASE,
)
# What may sit between the verb and what was said: an audience, a time, "that".
_LEAD_IN = re.compile(
    r"^(?:\s*(?:,\s*)?(?:(?:to\s+)?(?:reporters|journalists|the\s+press|the\s+media|parliament"
    r"|lawmakers|a\s+news\s+conference|a\s+press\s+conference|(?:state\s+)?television|tv|"
    r"(?:in|on|at)\s+(?:a|an|the)\s+[\w\s-]{0,30}?(?:statement|interview|briefing|conference"
    r"|speech|address|post))|on\s+\w+day|earlier|later|last\s+\w+|this\s+\w+|in\s+[A-Z]\w+|"
    r"(?:him|her|them|us|me)|also|again|on\s+[A-Z]\w+\s+\d+)\b)*\s*(?:,\s*)?(?:that\b\s*)?",
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.IGNORECASE)
_SUBJECT_AFTER = re.compile(r"^\s*(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Za-z][\w’'.-]*){0,6}\s*[.!?]?$")


@dataclass(frozen=True)
class Speech:
    verb: str
    verb_start: int  # sentence offsets
    verb_end: int
    speaker: Mention | None
    content_start: int
    content_end: int
    #: "as Ankara claims": attributes the sentence's fact, says nothing of its own.
    parenthetical: bool = False
    #: "according to figures on the ministry's website": a record, not a position; it
    #: still says who claims a toll, but is no statement.
    document: bool = False


def speech_acts(ctx: ArticleContext, sent: Sent) -> list[Speech]:
    """Every verb of saying in ``sent`` with its speaker and content span."""
    text = sent.text
    out: list[Speech] = []
    main: Mention | None = None
    for m in _SAY.finditer(text):
        verb = m.group("verb").lower()
        vs, ve = m.start("verb"), m.end("verb")
        if _inside_quote(text, vs):
            continue
        if _PASSIVE_BEFORE.search(text[:vs]) and verb in ("reported", "claimed", "expected"):
            # "were reported killed" is not a speaker reporting.
            if not re.match(r"\s+(?:that|by)\b", text[ve:]):
                continue
        if _NOUN_BEFORE.search(text[:vs]):
            continue  # "a claim", "the leader's claims": nouns, not someone speaking
        participle = verb.endswith("ing")
        parenthetical = bool(_AS_BEFORE.search(text[:vs]))
        if participle:
            if not re.search(r"(?:,|\band)\s*$", text[:vs]):
                continue
            speaker = main or _first(sent)
        else:
            # "X said ..., but has repeatedly said ...": a clause without its own
            # subject keeps the sentence's speaker.
            speaker = ctx.subject(sent, vs, reach=0)
            if speaker is None:
                speaker = main or ctx.subject(sent, vs)
        tail = text[ve:]
        lead = _LEAD_IN.match(tail)
        cs = ve + (lead.end() if lead else 0)
        ce = len(text)
        content = text[cs:ce].strip(" ,.;:")
        if not content or re.fullmatch(r"[\W]*", content):
            # Verb at the end: ", Peskov said." or ", reported Anadolu." The content
            # is the clause before.
            cs, ce = 0, _clause_end_before(text, vs)
            after = _SUBJECT_AFTER.match(tail)
            if speaker is None and after:
                found = [x for x in sent.mentions if x.start >= ve and x.actor]
                speaker = found[0] if found else None
        elif re.match(r"\s*[A-Z]", tail) and re.search(r",\s*(?:\w+\s+){0,2}$", text[:vs]):
            # Inverted: "..., said the foreign ministry" / "reported Anadolu news agency."
            found = [x for x in sent.mentions if x.start >= ve and x.actor]
            if found and found[0].start - ve < 6:
                speaker = found[0]
                cs, ce = 0, _clause_end_before(text, vs)
        if speaker is None:
            continue
        if not participle:
            main = speaker
        if parenthetical:
            # "..., which, as Ankara claims, killed 36": the claim is the main clause.
            cs, ce = 0, len(text)
        out.append(Speech(verb, vs, ve, speaker, cs, ce, parenthetical))
    for m in _ACCORDING.finditer(text):
        if _inside_quote(text, m.start()):
            continue
        after = [x for x in sent.mentions if x.start >= m.end() and x.actor][:1]
        comma = text.find(",", m.end())
        if not after or (comma != -1 and after[0].start > comma):
            continue
        speaker = after[0]
        if comma != -1 and comma > m.end():
            cs, ce = comma + 1, len(text)
            if m.start() > 3:  # "X happened, according to Y, ..." : the clause before
                cs, ce = 0, m.start()
        else:
            cs, ce = 0, m.start()
        document = bool(_DOCUMENT.match(text, m.end()))
        out.append(Speech("according to", m.start(), m.end(), speaker, cs, ce, False, document))
    out.sort(key=lambda s: s.verb_start)
    return out


def claimant_at(ctx: ArticleContext, sent: Sent, pos: int, acts: list[Speech]) -> Mention | None:
    """Who claims the figure at ``pos``: the speech act whose content covers it."""
    covering = [a for a in acts if a.content_start <= pos < a.content_end and a.speaker]
    if covering:
        # The innermost (latest-starting) content wins: "X said that Y reported ...".
        return max(covering, key=lambda a: a.content_start).speaker
    return None


def _first(sent: Sent) -> Mention | None:
    for m in sent.mentions:
        if m.actor is not None:
            return m
    return None


def _clause_end_before(text: str, pos: int) -> int:
    comma = text.rfind(",", 0, pos)
    return comma if comma > 0 else pos


def _inside_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` falls inside a quotation in the sentence."""
    before = text[:pos]
    curly = before.count("“") > before.count("”")
    straight = before.count('"') % 2 == 1
    return curly or straight
