"""Statements: direct quotes with their attribution, and reported speech.

A quote may run over several sentences ("... Erdogan. We expect ...," Peskov
told reporters); its evidence is then the run of sentences, verbatim. Short
scare quotes inside a reported sentence ("accused Russia of 'not honoring'
agreements") are left to the reported-speech pass, which keeps the sentence's
whole content.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from briefings.extract.attribution import (
    ASKS,
    DENYING,
    MAIN_VERB_AFTER_ASIDE,
    PREDICATE_ONLY,
    Speech,
    speech_acts,
)
from briefings.extract.context import (
    CAPS_DATELINE,
    PERIOD_BEFORE,
    PERIOD_START,
    THE_BEFORE,
    ArticleContext,
    Sent,
    inside_quote,
)
from briefings.models import UNKNOWN, Statement
from briefings.nlp.actors import Mention
from briefings.nlp.folding import CaseBlind, may_hold
from briefings.nlp.vocabulary import (
    CLAUSE_SAYING,
    DEED_NOUNS,
    DEMONYM_END,
    INVERTIBLE_AFTER_QUOTE,
    MASTHEAD_WORDS,
    OUTLET_NAMES,
    OUTLET_NOUNS,
    REPORTING,
    SAYING_FINITE,
    SPEAKER_NOUNS,
    STANCE,
    alternation,
)
from briefings.nlp.world import NAME_TITLES, RANKS, is_country

_QUOTE = re.compile(
    r"“(?P<a>[^”]{2,}?)”|\"(?P<b>[^\"\n]{2,}?)\"|«(?P<c>[^»]{2,}?)»"
    # marks that do not match, from copy that mixes straight and curly: '"...,” he said'
    r"|\"(?P<f>[^\"“”\n]{2,}?)”|“(?P<g>[^“”\"\n]{2,}?)\"(?=[\s,.;:!?]|$)"
    # single marks, as British copy quotes: "‘Our forces are advancing,’ he said" (a
    # mark inside a word is an apostrophe: "don’t")
    r"|(?<![\w’])‘(?P<h>[^‘“”\"\n]{2,}?)’(?![\w])"
    # a quote that runs on into the next paragraph opens each with a quotation mark and
    # closes only the last: a paragraph opened and never closed is one of its parts
    r"|(?:^|(?<=\n))“(?P<d>[^”“\n]{2,})(?=\n|\Z)"
    # (the same in straight marks, opened at a paragraph's start or after a colon: 'said
    # in a statement: "Appalled ... families.' and the next paragraph '"We condemn ..."')
    r"|(?:^|(?<=\n)|(?<=:)[ \t]*)\"(?P<e>[^\"\n]{2,})(?=\n|\Z)"
)
# Verbs that attribute a quote: every verb of saying, and what only quotes take.
_QUOTING = alternation(
    SAYING_FINITE | frozenset("asked quipped continued concluded proceeded".split())
)
_SAY_AFTER = re.compile(
    # '..." Redwan Hussein, the prime minister's adviser, said': an apposition may sit
    # between the speaker and the verb
    # (not a clause joined on: '"...," and he urged Hamas to': his next words, not these)
    r"^[\s,]*(?!(?:and|but|while|whereas|yet)\s)"
    r"(?P<subj>(?:[\w’'.-]+\s+){0,9}?(?:[\w’'.-]+,\s+[^,.;“”\"]{2,80},\s+)?)"
    rf"(?:also\s+|later\s+|then\s+|further\s+)?(?P<verb>{_QUOTING})\b",
    re.IGNORECASE,
)
_SAY_AFTER_INVERTED = re.compile(
    # (an abbreviation's stop inside the name: "said US Army Col. Ryan Dillon")
    rf"^[\s,]*(?P<verb>{alternation(INVERTIBLE_AFTER_QUOTE)})\s+(?P<subj>(?:[^,.;]|\.(?=\s+[A-Z])){{2,80}})",
    re.IGNORECASE,
)
# Whom a paper quoted, after the words: '"...," Al Jazeera quoted Sharif.'
_QUOTED_WHOM_AFTER = re.compile(
    r"^[\s,]*(?:[\w.'’&-]+\s+){1,4}?(?P<verb>quoted)\s+(?P<subj>[^,.;“”\"]{2,60}?)"
    r"(?:\s+as\s+saying)?\s*(?:[.,;]|$)"
)
_SAY_BEFORE_VERB = (
    rf"(?P<verb>(?:told|tells)\s+\w+|{alternation(SAYING_FINITE)})"
    # ("wrote on X:", "posted on Truth Social:", "said on state television:")
    r"(?:\s+(?:on\s+(?:[\w.]+\s+){0,2}?[\w.]+|in\s+a\s+(?:statement|post)|reporters"
    r"|journalists))*\s*[:,]?\s*(?:that\s+)?$"
)
_SAY_BEFORE = re.compile(
    r"(?P<subj>[^,.;“”\"]{1,120}?)\s+(?:\w+\s+)?" + _SAY_BEFORE_VERB, re.IGNORECASE
)
# The verb and what may follow it up to the quote, alone: every match of _SAY_BEFORE
# holds one, and this is far cheaper to look for than a speaker tried at every start.
# Asked only whether it is found: case-blind over the folded text (see CaseBlind).
_SAY_BEFORE_TAIL = re.compile(_SAY_BEFORE_VERB, re.IGNORECASE)
_SAY_BEFORE_TAIL_CB = CaseBlind(_SAY_BEFORE_TAIL)
_BOTH = ("two", "both", "warring")  # a word _BOTH_SAY needs
_MIN_QUOTE_WORDS = 4
# "The two sides stressed commitment to ...": what the article's fighting sides said.
_BOTH_SAY = re.compile(
    r"\b(?:the\s+two\s+(?:sides|parties|delegations)|both\s+(?:sides|parties)"
    r"|the\s+warring\s+(?:parties|sides|factions))\s+(?:have\s+|had\s+|also\s+|jointly\s+)?"
    rf"(?P<verb>{alternation(SAYING_FINITE)})\b[\s,:]*(?:that\s+)?",
    re.IGNORECASE,
)
#: Where a quote running over paragraphs opens again: "... won.\n\n“No ceasefire ...".
_REOPENED = re.compile(r"\s*\n\s*“?\s*")


def extract_statements(ctx: ArticleContext) -> list[Statement]:
    out: list[Statement] = []
    used_verbs: set[tuple[int, int]] = set()  # (sentence index, verb start) taken by quotes
    out += _quotes(ctx, used_verbs)
    for sent in ctx.sents:
        acts = speech_acts(ctx, sent)
        for act in acts:
            if (sent.index, act.verb_start) in used_verbs or act.parenthetical or act.document:
                continue
            if act.verb == "according to" and any(
                other is not act
                and act.content_start <= other.verb_start < act.content_end
                # ("According to the Kremlin, Putin told Erdogan ...": Putin's words too)
                and (
                    act.content_end <= act.verb_start
                    or (
                        act.speaker is not None
                        and other.speaker is not None
                        and other.speaker.actor == act.speaker.actor
                    )
                )
                for other in acts
            ):
                continue  # "Putin told Macron ..., according to the Elysee": Putin's words
            if _object_then_participle(sent, act, acts):
                continue  # "Kigali denies this, stating that ...": the participle says it
            if _press_passing_on(sent, act, acts):
                continue  # "X denied ..., Iran's Nour News reported": X's words, not the paper's
            if _told_by_another(sent.text, act, acts):
                continue  # "Kuleba said that Russia rejected a truce": his words, not Russia's
            if act.content_end <= act.verb_start and any(
                o is not act
                and act.content_start <= o.verb_start < act.content_end
                and _borrowed_speaker(sent.text, act, o)
                for o in acts
            ):
                continue  # "..., the foreign secretary said" with Modi's words inside
            outer = _inverted_around(sent.text, act, acts)
            if outer is not None:
                if (
                    _same_side(act, outer)
                    and outer.verb != "according to"
                    and not (outer.parenthetical or outer.document)
                    and _reported(ctx, sent, outer) is not None
                ):
                    continue  # "Russia denied it, Peskov said": Peskov's statement says it
                # "Russia denied it, Kuleba said": Russia's words end where his begin (and
                # before the noun that names them: "..., a charge Kabul denies")
                end = min(act.content_end, outer.content_end)
                named = _NAMED_CLAIM.search(sent.text, act.content_start, end)
                act = replace(act, content_end=named.start() if named else end)
            st = _reported(ctx, sent, act)
            if st is not None:
                out += _jointly(ctx, sent, act.speaker, st, (act.content_start, act.content_end))
        if len(ctx.belligerents) >= 2 and not acts and may_hold(sent.text, _BOTH, sent.folded):
            out += _both_sides(ctx, sent)
        if sent.index and (said_before := _said_before(ctx, sent)) is not None:
            out.append(said_before)
    out.sort(key=lambda s: (s.evidence.start, s.text))
    return _dedupe(out)


# Verbs that take a thing as object ("rejected that accord", "denies this"): what
# was said then follows in a participle of saying. (The verbs of denying: DENYING.)
# A sentence's opening time or linking word: "On Monday, ...", "Yesterday, ...".
_OPENER = re.compile(
    r"(?:yesterday|today|earlier|later|meanwhile|however|overnight|last\s+\w+|(?:mon|tues|wednes"
    r"|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
_PREPOSITION_START = re.compile(
    # (not a figure's "at least 16 were killed", "as many as 40 died")
    r"(?!at\s+(?:least|most)\b|as\s+(?:many|much|few)\b|in\s+(?:all|total)\b)"
    r"(?:in|on|at|as|for|of|from|with|by|into|during|via|through|amid)\s",
    re.IGNORECASE,
)
# A few words with no verb: a name and its title, no clause.
_NO_VERB = re.compile(
    r"(?!.*\b(?:is|are|was|were|be|been|has|have|had|will|would|must|should|can|could|may"
    r"|might|did|does|do|\w+ed|\w+s)\b)(?:[\w’'.-]+\s+){0,5}[\w’'.-]+",
    re.IGNORECASE,
)
# Where or when it was said, after "said this": "in an interview", "during a visit".
_WHERE_OR_WHEN = r"in|on|at|during|while|when|after|before|to|via|through"
_THIS_WHERE = re.compile(
    rf"\s+(?:this|so)\b(?:\s+(?:{_WHERE_OR_WHEN})\b|[\s.]*$)",
    re.IGNORECASE,
)
# A thing, not a clause: a few words, no verb ("this", "that accord", "the reports").
_SHORT_OBJECT = re.compile(
    r"(?!.*\b(?:is|are|was|were|had|has|have|will|would|could|did|does|do)\b)"
    r"\s*(?:[\w’'-]+\s+){0,3}[\w’'-]+\s*,\s*",
    re.IGNORECASE,
)


def _object_then_participle(sent: Sent, act: Speech, acts: list[Speech]) -> bool:
    """ "M23 rejected that accord, insisting on direct talks", "confirmed the strikes,
    saying ...": the verb's object is a thing, and the words are the participle's, a
    statement of their own."""
    if not act.verb.lower().startswith((*DENYING, "confirm", "acknowledg", "announc")):
        return False
    return any(
        other.verb.endswith("ing")
        and act.content_start <= other.verb_start < act.content_end
        and _SHORT_OBJECT.fullmatch(sent.text, act.content_start, other.verb_start) is not None
        for other in acts
    )


def _press_passing_on(sent: Sent, act: Speech, acts: list[Speech]) -> bool:
    """Whether ``act`` is the press telling what someone else said, after the words:
    "The general staff denied that ..., Iran's Nour News reported"."""
    return (
        act.content_end <= act.verb_start
        and _BY_THE_PRESS.search(sent.text, act.content_end, act.verb_start) is not None
        and any(
            o is not act
            and (o.speaker is not None or o.name)
            and act.content_start <= o.verb_start < act.content_end
            for o in acts
        )
    )


def _told_by_another(text: str, act: Speech, acts: list[Speech]) -> bool:
    """Whether ``act`` is told inside what another side's speaker says before it
    ("Kuleba said that Russia rejected an unconditional truce"): what Russia did in his
    words, not a statement of Russia's own."""
    if act.speaker is None or act.speaker.start < act.verb_start - 60:
        return False
    return any(
        b is not act
        and b.speaker is not None
        and b.speaker.actor
        and b.speaker.actor != act.speaker.actor
        and b.verb_end <= act.speaker.start
        and b.content_start <= act.speaker.start < b.content_end
        # ("According to Erdogan, Putin and Zelenskiy have confirmed attendance": his
        # words, the whole clause after him)
        and (
            b.verb.lower() in CLAUSE_SAYING
            or (b.verb == "according to" and b.content_start >= b.verb_end)
        )
        # (not a clause of its own after a contrast: "The observatory said ... but Russia
        # denied carrying out raids")
        and not _OWN_CLAUSE_OPENS.search(text, b.verb_end, act.speaker.start)
        # (nor a relative clause of its own speaker: "an initiative the UN said is
        # insufficient", "fumes which the government insists were not its doing")
        and not _RELATIVE_SPEAKER.search(text, b.verb_end, act.speaker.start)
        for b in acts
    )


# A relative clause opening right before a speaker: "which the ", "an initiative the ",
# "a plan that " (a word of the gap before "that": not "said that Russia").
_RELATIVE_SPEAKER = re.compile(
    r"(?:\b(?:which|who|whom|whose|where)\s+(?:the\s+)?|(?<!\bthat)(?<!\bsaid)(?<!\bsays)"
    r"(?<!\btold)\s(?!that\b)(?-i:[a-z]+)\s+(?:the|a|an|that)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)


# A word that opens a clause of its own between a verb of saying and a later speaker.
_OWN_CLAUSE_OPENS = re.compile(
    r"\b(?:but|while|whereas|although|though|yet|however|despite|after|before|as|since|when"
    r"|because|even\s+as)\b|[;:]",
    re.IGNORECASE,
)


def _inverted_around(text: str, act: Speech, acts: list[Speech]) -> Speech | None:
    """The attribution after the words ("..., Kuleba said") whose words hold ``act``'s
    verb: "Ukraine rejected the offer, Kuleba said"."""
    return next(
        (
            o
            for o in acts
            if o is not act
            and (o.speaker is not None or o.name)
            and o.content_end <= o.verb_start
            and o.content_start <= act.verb_start < o.content_end
            and not _borrowed_speaker(text, o, act)
        ),
        None,
    )


def _borrowed_speaker(text: str, outer: Speech, act: Speech) -> bool:
    """Whether an attribution after the words took for its speaker the one who speaks
    inside them, though it names a teller of its own ("Modi stressed that ..., the
    foreign secretary said": not Modi's "said"); then the words inside are his, told by
    someone no side names."""
    return (
        outer.speaker is not None
        and act.speaker is not None
        and (outer.speaker.start, outer.speaker.end) == (act.speaker.start, act.speaker.end)
        and _ANOTHER_TELLER.fullmatch(text, outer.content_end, outer.verb_start) is not None
    )


# A teller named by a post after the words: ", the foreign secretary ".
_ANOTHER_TELLER = re.compile(r"\s*,\s*(?:the|a|an)\s+(?:[\w'’.-]+\s+){1,6}")


_NAMED_CLAIM = re.compile(
    r",\s*(?:a|an|the)\s+(?:charge|claim|accusation|allegation|assertion)s?\s*$", re.IGNORECASE
)


def _same_side(a: Speech, b: Speech) -> bool:
    """Whether ``b`` speaks for ``a``'s side, as specifically: "Russia denied it, Peskov
    said" (not "Netanyahu told ministers ..., Israel's Channel 12 reported")."""
    return (
        a.speaker is not None
        and b.speaker is not None
        and a.speaker.actor == b.speaker.actor
        and (b.speaker.is_person or not a.speaker.is_person)
    )


# Who said the sentence before: "This was stated by Foreign Minister X", "X said this
# in his evening address" (the way of wire copy translated from Ukrainian or Russian).
_STATED_BY = re.compile(
    r"\s*(?:This|That|It)\s+(?:was|has\s+been|had\s+been)\s+(?:stated|said|announced|reported"
    r"|declared|noted|emphasi[sz]ed|stressed|written|posted)\s+by\s+"
)
_SAID_THIS = re.compile(
    r"(?P<who>[^,;:\"“]{2,80}?)\s+(?:said|stated|announced|wrote|noted|declared|reported)"
    rf"\s+(?:this|so)\b(?=\s+(?:{_WHERE_OR_WHEN})\b|\s*[.,]?\s*$)"
)


_BY_THE_PRESS = re.compile(
    rf"\b(?:news\s+agency|media|{alternation(OUTLET_NOUNS)}|{alternation(frozenset(OUTLET_NAMES))}"
    rf"|(?-i:{alternation(MASTHEAD_WORDS)}))\b",
    re.IGNORECASE,
)


def _said_before(ctx: ArticleContext, sent: Sent) -> Statement | None:
    """The sentence before as a statement, when this one only says who said it."""
    m = _STATED_BY.match(sent.text)
    if m is not None:
        lo, hi = m.end(), len(sent.text)
    elif (m := _SAID_THIS.match(sent.text)) is not None:
        lo, hi = 0, m.end("who")
    else:
        return None
    if _BY_THE_PRESS.search(sent.text, lo, hi):
        return None  # "This was reported by China's Xinhua news agency": a source, no side
    named = [x for x in sent.mentions if lo <= x.start < hi and x.actor]
    # "Kremlin spokesman Dmitry Peskov": the person, not the seat before the title
    speaker = next((x for x in named if x.is_person), named[0] if named else None)
    if speaker is None and m.re is _SAID_THIS:
        who = m.group("who").strip().lower()
        speaker = sent.prior_person if who in ("he", "she") else None
    if speaker is None or not _speaks_for_a_side(ctx, speaker):
        return None
    before = ctx.sents[sent.index - 1]
    content = before.text.strip()
    if len(content.split()) < 3 or speech_acts(ctx, before):
        return None  # the sentence before has its own speaker
    return Statement(
        actor=_voice(ctx, speaker),
        speaker=_speaker_name(speaker),
        text=content,
        quote=content[:1] in '"“',
        evidence=ctx.evidence(before, sent),
        date=_said_on(ctx, sent),
    )


def _both_sides(ctx: ArticleContext, sent: Sent) -> list[Statement]:
    """What "the two sides" or "the warring parties" said: one statement for each of
    the two sides the article shows fighting (``ctx.belligerents``)."""
    m = _BOTH_SAY.search(sent.text)
    if m is None:
        return []
    content = sent.text[m.end() :].strip(" ,;:.")
    if len(content.split()) < 3:
        return []
    return [
        Statement(
            actor=side,
            speaker=None,
            text=content,
            quote=False,
            evidence=ctx.evidence(sent),
            date=_said_on(ctx, sent, (m.end(), len(sent.text))),
        )
        for side in ctx.belligerents[:2]
    ]


_AS_OF = re.compile(r"as\s+(?:of|at)\s", re.IGNORECASE)
_QUOTE_NEXT = re.compile(r"\s*,\s*[“\"]")
# (not in a relative clause: "Qatar, which announced Monday that ..., urged")
_SAID_RIGHT_BEFORE = re.compile(
    r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)"
    r"\b(?:said|says|told\s+reporters|added|stated|announced|warned)\s+(?:on\s+|late\s+|early\s+)?$"
)
_REPORTED_AFTER = re.compile(rf",\s+(?:{alternation(REPORTING)})\b")
# Quoted passages, straight or curly: a date inside one is what was talked about.
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')


def _said_on(
    ctx: ArticleContext,
    sent: Sent,
    content: tuple[int, int] | None = None,
    verb_at: int | None = None,
) -> str | None:
    """When it was said: the first date phrase outside what was said and outside
    quotation marks ("said on Thursday that ... on March 5" -> Thursday). A date the
    speaker talks about is not the date of speaking, so none is better than that one;
    nor is one of the main clause after an aside that told it ("JNIM, which claimed
    the attack, has fought ... since 2015")."""
    quoted = '"' in sent.text or "“" in sent.text or "”" in sent.text  # (what _QUOTED needs)
    skip = [m.span() for m in _QUOTED.finditer(sent.text)] if quoted else []
    if sent.opened:
        # the sentence starts inside a quote opened before: its words up to the close
        close = sent.text.find("”" if sent.opened == "“" else '"')
        skip.append((0, close if close != -1 else len(sent.text)))
    if content is not None:
        skip.append(content)
        if (
            verb_at is not None
            and verb_at <= content[0]
            and MAIN_VERB_AFTER_ASIDE.match(sent.text, content[1])
            # (not "..., said the agency's representative on Friday": who told it, when)
            and not _REPORTED_AFTER.match(sent.text, content[1])
        ):
            skip.append((content[1], len(sent.text)))
    # a day right after a verb of saying first: "..., an increase from last year, the UN
    # said Friday, warning that ..." was said on Friday
    dates = sorted(
        sent.dates,
        key=lambda d: _SAID_RIGHT_BEFORE.search(sent.text, max(0, d[0] - 16), d[0]) is None,
    )
    for start, end, phrase in dates:
        if any(lo <= start and end <= hi for lo, hi in skip):
            continue
        if (
            (_AS_OF.match(phrase) or _AS_OF.match(sent.text, max(0, start - 6), start))
            and re.search(r"\d", phrase)
            and (
                _QUOTE_NEXT.match(sent.text, end) is not None
                or (content is not None and 0 <= content[0] - end <= 4)
            )
        ):
            # ('As of December 16, "over 3.5 million are displaced," OCHA said': the day
            # the words right after it stand at; when they were said, the sentence does
            # not say (but "As of May, officials announced ..." dates the announcing,
            # and "as of today" is the day)
            return None
        if PERIOD_BEFORE.search(sent.text, max(0, start - 9), start) or PERIOD_START.match(phrase):
            continue  # "Hamas, which has fought since 2007, said": a period, no day of saying
        iso = ctx.parse(phrase, future=False)
        if iso:
            return iso
    return None


_OF_WHAT = re.compile(r"of\s+(?=\S)", re.IGNORECASE)
#: Verbs that take their object before "of" or "as" ("accused X of", "described X as"),
#: beside the verbs of a stance and of denying ("condemned X as", "dismissed X as").
_OBJECT_THEN_AS_OR_OF = ("accus", "describ", "brand", "label", "dub", "blast", *DENYING)
_GAPPED_OBJECT = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:of|as)\b")
# (in a relative clause, the object its noun: not "Petro condemned as murder the strike")
_RELATIVE_OPENS = re.compile(r"\b(?:which|whom|who|that|what)\s+(?:[\w.'’-]+\s+){1,8}?$")
#: No harm done, in two words: "no casualties", "no injuries".
_NO_HARM = re.compile(
    r"no\s+(?:casualties|injuries|deaths|damage|losses|victims|fatalities)[.!]?", re.IGNORECASE
)
#: A pronoun and an auxiliary, no more: "it does not", "they will": what they echo
#: was said before.
# A participle of saying, then a quote of some length: what follows is quoted words.
_THEN_QUOTED = re.compile(
    r",\s*(?:adding|declaring|saying|noting|stressing|insisting|warning|stating)\s*[,:]\s*[\"“]"
    r"(?=(?:[^\"”]*?\s){3})",
    re.IGNORECASE,
)
# The writer's words run on after what was said: a gloss ("a reference to the RSF"),
# what others did meanwhile ("as survivors recounted killings"), what the speaker did
# not say ("but refrained from saying"), what the speaker's side is accused of.
_WRITERS_TAIL = re.compile(
    r",\s*(?:(?:in\s+)?(?:an?\s+)?(?:apparent\s+|veiled\s+|thinly\s+veiled\s+)?reference\s+to\b"
    r"|as\s+(?!(?:well|long|soon|much|many|far|of|part|a\s+result|if|though|it|they|he|she|we"
    r"|i|you)\b)(?:the\s+|a\s+|an\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,8}?\s+(?:recounted|reported"
    r"|described|continued|raged|advanced|fled|mounted|grew|rose|poured|pressed)\b"
    r"|but\s+(?:has\s+|had\s+|have\s+)?(?:refrained|stopped\s+short|declined|did\s+not\s+say"
    r"|gave\s+no|offered\s+no|provided\s+no)\b"
    # what the speaker left out, and what the writer reads into the words: "..., though he
    # made no direct mention of ...", "..., indicating the truce did not include ..."
    r"|though\s+(?:he|she|they|it)\s+(?:made|gave|offered|provided)\s+no\b"
    r"|though\s+(?:he|she|they|it)\s+did\s+not\s+(?:mention|say|specify|elaborate|give)\b"
    r"|(?:indicating|implying|signall?ing)\b(?!\s*(?:that\s+)?[“\"])"
    r"|where\s+[^,;]{0,60}?\b(?:have|has|had)\s+been\s+accused\b"
    # the writer's history of a named operation or deal, closing the sentence: "...
    # during the offensive, which was launched on 7 May in response to ..."
    r"|which\s+(?:was|were|had\s+been|has\s+been)\s+(?:launched|started|begun|announced"
    r"|signed|agreed|brokered)\s+(?:on|in|last|after|following)\b[^,;]*[.!?]?\s*$)"
    # the writer's gloss on a quoted name, after its closing mark: '"the follow-up to the
    # joint declaration," meaning the accord inked in October'
    r"|(?<=,[”\"’])\s+meaning\s+(?:the|a|an|its|their)\s"
    # the writer's history of a thing named last, a participle and a year, to the end:
    # "..., deployed by Moscow in 2020 as part of a truce", "..., recaptured in 2020."
    r"|(?:(?<=,)|(?<=,[”\"’]))\s*(?-i:[a-z]+(?:ed|en))\s+(?:[\w'’-]+\s+){0,6}?(?:in|since)\s+(?:19|20)\d\d\b"
    r"[^,;:“”\"]*[.!?]?\s*$"
    # when the words were said, to the end: "... when he spoke in parliament later"
    r"|\s(?:when|as|while)\s+(?:he|she)\s+(?:spoke|addressed|was\s+speaking"
    r"|appeared\s+(?:before|on|in))\b[^,;:“”\"]*[.!?]?\s*$",
    re.IGNORECASE,
)


# Words said that end on a preposition: their object was left out ("it agrees to.").
_GAPPED_END = re.compile(r"\b(?:to|with|for|on|about|of|in|at|from)\s*[.!?]?$", re.IGNORECASE)
_ONLY_AN_ECHO = re.compile(
    r"(?:it|they|he|she|we|this|that|so)\s+(?:does|do|did|is|are|was|were|will|would|can"
    r"|could|has|have|had|should|must)(?:\s+not|n['’]t)?\s*[.!?]?",
    re.IGNORECASE,
)
#: Verbs that take whom they tell before what: "reminded the allies that ...".
_WHOM_VERB = re.compile(r"(?:remind|warn|inform|told|tell)", re.IGNORECASE)
#: Whom they tell: a pronoun, a name, or people ("the allies"), not a thing a relative
#: "that" goes on from ("warned the ceasefire that was agreed could collapse").
_WHOM = (
    r"(?:him|her|them|us|me|(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"|(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w.'’-]+\s+){0,2}(?:allies|partners|reporters"
    r"|journalists|lawmakers|leaders|counterparts?|diplomats|officials|members|envoys|public"
    r"|world|nation|council|parliament|assembly|people|citizens|residents|troops|soldiers"
    r"|donors|colleagues|ministers|states|nations|countries|government|regime|dictatorship"
    r"|administration)\s+)"
)
_WHOM_THAT = re.compile(_WHOM + r"that\s+(?=\S)")
#: Whom, then "of" what: "Maduro's government of the consequences".
_WHOM_OF = re.compile(_WHOM + r"of\s")
#: Verbs that take what was said with "of": "warned of", "spoke of".
_OF_VERB = re.compile(r"(?:warn|spoke|speak|talk|complain|boast)", re.IGNORECASE)
#: A deed of a side's, the subject of a verb that then says nothing of theirs: "(The
#: Israeli) strike underscored", "(Russia's) invasion has highlighted".
_A_DEED_OF = re.compile(
    rf"(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}?(?:{DEED_NOUNS}|move|decision|incursion|offensive"
    r"|invasion|escalation|operations?|campaign|visit|deal|war|blockade|withdrawal|advance)"
    r"\s+(?:(?:also|has|have|had)\s+)?",
    re.IGNORECASE,
)
#: A noun and a pronoun right before a verb of saying: a relative clause with no "that"
#: ("prisoners it said had been abducted"; not "what it said were fighters").
_CONTACT_CLAUSE = re.compile(
    r"\b(?!what\b|who\b|which\b|that\b)[a-z]{3,}s\s+(?:it|they|he|she)\s+(?:[a-z]+ly\s+)?$"
)
#: What an estimate takes when it is a figure, not a claim: "estimated the number of
#: displaced people at 5,000", "estimates its losses at $2bn".
_FIGURE_AT = re.compile(
    r"(?:the|its|their|his|her|our)\s[^,;:]{0,80}?\bat\s+(?:[a-z]+\s+){0,2}[$€£]?\d",
    re.IGNORECASE,
)


def _reported(ctx: ArticleContext, sent: Sent, act: Speech) -> Statement | None:
    start = act.content_start
    if start == 0 and (dateline := CAPS_DATELINE.match(sent.text)):  # what was said follows it
        start = dateline.end()
    content = sent.text[start : act.content_end].strip(" ,;:")
    if start < act.verb_start and act.verb_end <= act.content_end:
        # "The conflict, she warned, was marked by ...": the words without who said them
        lo = sent.text.rfind(",", start, act.verb_start)
        hi = sent.text.find(",", act.verb_end, act.content_end)
        if lo != -1 and hi != -1 and len(sent.text[lo:hi].split()) <= 8:
            head = sent.text[start:lo].strip()
            # ("In Gaza, he said, Israel had ...": an opening phrase keeps its comma)
            glue = ", " if _PREPOSITION_START.match(head) or _OPENER.match(head) else " "
            content = glue.join((head, sent.text[hi + 1 : act.content_end].strip(" ,;:")))
    if content and content[0] in '"“' and content.count(content[0]) + content.count("”") == 1:
        content = content[1:]  # a quote cut at the verb after it: its words, not its mark
    if (
        start >= act.verb_end
        and _WHOM_VERB.match(act.verb)
        and (whom := _WHOM_THAT.match(content)) is not None
    ):
        content = content[whom.end() :]  # "reminded the allies that X": X
    elif (
        start >= act.verb_end
        and act.verb.lower().startswith(("remind", "warn"))
        and _WHOM_OF.match(content)
    ):
        # "warned Maduro's government of the consequences", "reminded Maduro of ...":
        # whom, then what of: the verb says what it is
        content = sent.text[act.verb_start : act.content_end].strip(" ,;:")
    if (
        start >= act.verb_end
        and _OF_VERB.match(act.verb)
        and (of := _OF_WHAT.match(content)) is not None
    ):
        content = content[of.end() :]  # "warned of its intention to attack": what it warned
    if (
        start >= act.verb_end
        and PREDICATE_ONLY.match(content)
        and _CONTACT_CLAUSE.search(sent.text, max(0, act.verb_start - 40), act.verb_start)
    ):
        # "prisoners it said had been abducted by the military": a predicate whose
        # subject is the noun before, inside another clause; no claim of its own here
        return None
    if act.verb.lower().startswith("estimat") and _FIGURE_AT.match(content):
        return None  # "estimated the number of displaced at 5,000": a figure, no position
    if (then_quote := _THEN_QUOTED.search(content)) is not None and then_quote.start() > 0:
        # "suffering is deepening daily, adding, "For over 900 days ..."": the quote is a
        # statement of its own; these words end before it
        content = content[: then_quote.start()].rstrip(" ,;:")
    if (tail := _WRITERS_TAIL.search(content)) is not None and not inside_quote(
        content, tail.start()
    ):
        # "..., a reference to the RSF", "..., as survivors recounted mass killings", "...,
        # but refrained from saying": the writer's words after the speaker's
        content = content[: tail.start()].rstrip(" ,;:")
    # (the comma a quote closed on, where the clause went on: '... its leaders," while')
    content = _TRAILING_COMMA.sub("", content)
    # (two words when they are what was asked for: "urged restraint")
    fewest = 2 if start == act.verb_start and act.verb.lower().startswith(ASKS) else 3
    if _NO_HARM.fullmatch(content):
        fewest = 2  # "reported no casualties": a claim of its own
    if (
        len(content.split()) < fewest
        or act.speaker is None
        or not _speaks_for_a_side(ctx, act.speaker)
    ):
        return None
    if (
        (act.verb.lower() in STANCE or act.verb.lower().startswith(_OBJECT_THEN_AS_OR_OF))
        and _GAPPED_OBJECT.match(sent.text, act.verb_end)
        and _RELATIVE_OPENS.search(sent.text, max(0, act.verb_start - 70), act.verb_start)
    ):
        # "whom the US accuses of sheltering cartels", "which experts condemned as
        # unlawful": the object is the noun before, outside what is said
        return None
    if _ONLY_AN_ECHO.fullmatch(content):
        return None  # "many maintain it does not.": the claim is in the sentence before
    if _GAPPED_END.search(content) and _RELATIVE_OPENS.search(
        sent.text, max(0, act.verb_start - 70), act.verb_start
    ):
        # "his plan, which Israel has said it agrees to": the object is the noun before
        return None
    if _THIS_WHERE.match(sent.text, act.verb_end):
        return None  # "X said this in an interview": the words were the sentence before
    if _PREPOSITION_START.match(content) and len(content.split()) <= 8 and "," not in content:
        return None  # "in its steady advance westward.": a phrase, not what anyone said
    sp = act.speaker
    here = sp in sent.mentions  # ("he" resolved to a person of an earlier sentence is not)
    if (
        here
        and sp.kind == "demonym"
        and _PEOPLE_PLURAL.fullmatch(sp.text)
        and not THE_BEFORE.search(sent.text, max(0, sp.start - 5), sp.start)
    ):
        return None  # "Many Palestinians believe": a people, no side ("the Palestinians" is)
    if (
        here
        and start <= sp.start < sp.end <= act.content_end
        and "," not in sent.text[start : sp.start]
        and not sent.text[sp.end : act.content_end].strip(" ,;:.")
    ):
        return None  # "Spokesman X told state TV.": the words before are only who spoke
    if (
        here
        and sp.kind in ("demonym", "country")
        and _A_DEED_OF.fullmatch(sent.text, sp.end, act.verb_start)
    ):
        return None  # "The Israeli strike underscored the risks": a deed, no one speaking
    if here and start <= sp.start < act.content_end and _NO_VERB.fullmatch(content):
        return None  # "Britain's prime minister responded, saying ...": only who spoke
    if _ONLY_NAMES.fullmatch(content) and _A_TITLE_WORD.search(content):
        # "According to Ruto, DRC President Felix Tshisekedi [and ...]": a titled name (not
        # a headline's words in title case: "Ukraine Attacked Kursk")
        return None
    return Statement(
        actor=_voice(ctx, act.speaker),
        # (the words after a mention of another sentence tell nothing of it here)
        speaker=_speaker_name(act.speaker, sent.text if here else None),
        text=content,
        quote=False,
        evidence=ctx.evidence(sent),
        date=_said_on(ctx, sent, (act.content_start, act.content_end), act.verb_start),
    )


_A_TITLE_WORD = re.compile(
    r"\b(?:President|Minister|Premier|Secretary|General|Chief|Commander|Ambassador|Envoy"
    r"|Spokes(?:man|woman|person)|Leader|King|Emir|Prince|Chairman|Governor|Director)\b"
)
# Words that are only a name and its title: no words of anyone's.
_ONLY_NAMES = re.compile(
    r"(?:(?:(?:al|el|bin|ibn|de|van|von|da|di)[-\s])?[A-Z][\w.'’-]*\s*|(?:of|the|and)\s+)+[.,;:]?"
)


@dataclass(frozen=True)
class Quote:
    """A direct quote: its span in the article, its words and who said them."""

    start: int
    end: int
    body: str
    speaker: Mention
    verb_at: tuple[int, int] | None
    first: Sent
    last: Sent
    #: The words quoted are a part of a clause that is reported, not all that was said
    #: ('planned to open "a tunnel" for "supplies," he said'): the body is the clause.
    partial: bool = False


#: Where a quote can start: at a mark, or right after a colon (its spaces, then a
#: mark; see the last branch of ``_QUOTE``).
_QUOTE_AT = re.compile(r'[“"«‘:]')


def quote_matches(text: str) -> Iterator[re.Match[str]]:
    """What ``_QUOTE.finditer(text)`` finds, tried only where a quote can start: the
    full pattern tried at every character cost 3% of the extraction."""
    pos = 0
    while (at := _QUOTE_AT.search(text, pos)) is not None:
        start = at.start() + (text[at.start()] == ":")
        m = _QUOTE.match(text, start)
        if m is None:
            pos = at.start() + 1
            continue
        yield m
        pos = m.end()


def quotes_of(ctx: ArticleContext) -> list[Quote]:
    """The article's attributed quotes (computed once per article)."""
    cached = getattr(ctx, "_quotes", None)
    if cached is not None:
        return cached
    text = ctx.article.text
    out: list[Quote] = []
    found = list(quote_matches(text))
    i = 0
    while i < len(found):
        m = found[i]
        i += 1
        body = next(g for g in m.groups() if g is not None).strip()
        end = m.end()
        if (
            i < len(found)
            and body.endswith(",")  # (the words go on: '"The ceasefire," he said, ...')
            and _split_by_attribution(text, m.end(), found[i].start())
        ):
            # '"The ceasefire," Peskov said, "is holding."': one quote, cut by who said it
            rest = next(g for g in found[i].groups() if g is not None).strip()
            body, end = f"{body.rstrip(' ,')} \u2026 {rest}", found[i].end()
            i += 1
        if "\n" in body:  # paragraphs of one quote, each opened again: its words, joined
            body = _REOPENED.sub(" ", body)
        if len(body.split()) < _MIN_QUOTE_WORDS:
            continue
        first = _sent_at(ctx, m.start())
        said_at = _sent_at(ctx, m.end() - 1)
        last = _sent_at(ctx, end - 1)
        if first is None or last is None or said_at is None:
            continue
        speaker, verb_at, _where = _attribution(ctx, m.start(), m.end(), first, said_at)
        if speaker is None and out and _goes_on(text, out[-1], m.start(), first):
            # '"..., " he said. "But a ceasefire cannot be a prize."': the same speaker
            speaker, verb_at = out[-1].speaker, None
        if speaker is None:
            continue
        lead = text[first.span.start : m.start()]
        if (
            _where == "after"
            and first is last
            and end == m.end()
            and len(lead.split()) >= 3
            and _REPORTED_AROUND.fullmatch(lead)
        ):
            # 'The attackers planned to open "a tunnel" for "supplies," he said': the
            # clause the quoted words are part of is what was said
            body = _TRAILING_COMMA.sub("", text[first.span.start : end].strip())
            out.append(Quote(first.span.start, end, body, speaker, verb_at, first, last, True))
            continue
        out.append(Quote(m.start(), end, body, speaker, verb_at, first, last))
    ctx._quotes = out  # type: ignore[attr-defined]
    return out


# Words before a quote that make it part of a clause: no attribution of their own, no
# colon that would end it ("He said:", "It read: ").
_REPORTED_AROUND = re.compile(
    # (one clause: no comma, and no dash of a headline run into the text)
    rf"(?![^\"“”]*\b(?:{_QUOTING})\b)(?![^\n]*\s[-–—]\s)[^:;,\n]*[a-z\"”]\s+[“\"]?$",
    re.IGNORECASE,
)
_TRAILING_COMMA = re.compile(r",(?=[”\"]?$)")
# Who said it, between the two parts of a quote: ' Peskov said, ', ' said Mr. Peskov, '.
_SPLIT_GAP = re.compile(r"(?:[^\"“”.!?;:\n]|\.(?=\s[A-Z])){3,80},\s*")
_A_QUOTING_VERB = re.compile(rf"\b(?:{_QUOTING})\b", re.IGNORECASE)


def _split_by_attribution(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]``, between two quotes, is only who said them, so that
    the second goes on with the first."""
    return bool(_SPLIT_GAP.fullmatch(text, lo, hi)) and bool(_A_QUOTING_VERB.search(text, lo, hi))


def _goes_on(text: str, before: Quote, start: int, first: Sent) -> bool:
    """Whether an unattributed quote that opens its sentence follows straight on from
    the attributed one before it, in the same paragraph or opening the next one (a
    speaker quoted paragraph after paragraph is named once)."""
    if first.index != before.last.index + 1 or start - first.span.start > 1:
        return False
    # (the character before, not text[:start]: a long article has many quotes)
    return "\n\n" not in text[before.end : start] or text[start - 1 : start] == "\n"


def _quotes(ctx: ArticleContext, used: set[tuple[int, int]]) -> list[Statement]:
    out: list[Statement] = []
    for q in quotes_of(ctx):
        speaker, first, last, body = q.speaker, q.first, q.last, q.body
        if not _speaks_for_a_side(ctx, speaker):
            continue
        if q.verb_at is not None:
            used.add(q.verb_at)
        m_end = q.end
        said_in = ctx.sents[q.verb_at[0]] if q.verb_at else None
        st = Statement(
            actor=_voice(ctx, speaker),
            # (the words of the verb's sentence: "the prime minister's office said")
            speaker=_speaker_name(
                speaker, said_in.text if said_in and speaker in said_in.mentions else None
            ),
            text=body.strip(" ,"),
            quote=not q.partial,
            evidence=ctx.evidence(first, _sent_at(ctx, _attr_end(ctx, m_end, last)) or last),
            # (the day of the verb's sentence: a quote's last may name a day it speaks of)
            date=_said_on(ctx, ctx.sents[q.verb_at[0]] if q.verb_at else last),
        )
        verb_sent = ctx.sents[q.verb_at[0]] if q.verb_at else None
        out += _jointly(ctx, verb_sent, speaker, st) if verb_sent else [st]
    return out


def _jointly(
    ctx: ArticleContext,
    sent: Sent,
    speaker: Mention | None,
    st: Statement,
    content: tuple[int, int] = (0, 0),
) -> list[Statement]:
    """One statement per side of a joint speaker: "the United States and Saudi
    Arabia said in a joint statement" is said by both (not the sides of what they
    said: "According to Fedorov, Russian forces attacked")."""
    if speaker is None or speaker not in sent.mentions:
        return [st]
    ids = ctx.lexicon.actor_ids
    run = [speaker]
    i = sent.mentions.index(speaker)
    # ("the United States, Egypt, Turkey and Gulf countries have urged": the list's last
    # link is after its last name)
    ends_later = _AND_OTHERS.match(sent.text, speaker.end) is not None
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(sent.mentions):
            near, far = sorted((sent.mentions[j], run[0] if step < 0 else run[-1]), key=_start)
            gap = _LIST_GAP.fullmatch(sent.text, near.end, far.start)
            if not gap or (
                step < 0 and j == i - 1 and not ends_later and not _LAST_LINK.search(gap.group())
            ):
                break  # "In Egypt, Turkey and Qatar, Hamas said": the list ends before the comma
            if content[0] <= sent.mentions[j].start < content[1] and not (
                content[0] <= speaker.start < content[1]
            ):
                break  # a side of what was said
            run.insert(0, sent.mentions[j]) if step < 0 else run.append(sent.mentions[j])
            j += step
    sides = [m for m in run if m.actor in ids and m.actor != speaker.actor]
    out = [st]
    for m in sides:
        if all(o.actor != m.actor for o in out):
            out.append(replace(st, actor=m.actor or UNKNOWN, speaker=_speaker_name(m)))
    return out


# A list of speakers that ends with others not named: "..., Turkey and Gulf countries".
_AND_OTHERS = re.compile(
    r"\s*,?\s+and\s+(?:[\w-]+\s+){0,2}(?:countries|nations|states|governments|allies|partners)\b"
)
# The last link of a list of speakers: "Egypt and Qatar said", "Egypt & Qatar said".
_LAST_LINK = re.compile(r"\band\b|&|\bas\s+well\s+as\b")


def _start(m: Mention) -> int:
    return m.start


# Between two speakers of one statement: "the United States and Saudi Arabia".
_LIST_GAP = re.compile(
    r"(?:['’]s\s+(?:government|army|military|forces|leaders?|authorities|leadership"
    # "Egypt's Foreign Minister and Erdogan said", "Egypt's foreign minister and ..."
    rf"|(?:[\w-]+\s+){{0,2}}(?i:{alternation(NAME_TITLES)})))?"
    r"\s*(?:,|and|,\s*and|&|as\s+well\s+as)\s*(?:the\s+|its\s+|their\s+)?(?:rival\s+|opposing\s+)?"
)


def _attribution(
    ctx: ArticleContext, qs: int, qe: int, first: Sent, last: Sent
) -> tuple[Mention | None, tuple[int, int] | None, str]:
    """The speaker of the quote at [qs, qe) in article offsets, looked for after
    the quote, then before it, then in the next sentence start ("..." He said)."""
    sent = last
    rel_end = qe - sent.span.start
    if rel_end <= len(sent.text):
        tail = sent.text[rel_end:]
        m = _SAY_AFTER.match(tail)
        if m:
            vpos = rel_end + m.start("verb")
            who = ctx.first_actor(sent, rel_end, vpos) if m.group("subj").strip() else None
            if who is None and m.group("subj").strip():
                who = ctx.subject(sent, vpos, reach=0)
            if who is None and _A_DOCUMENT.fullmatch(m.group("subj").strip()):
                who = _issuer(ctx, sent)  # '"...," the statement said': whose it is
            if who is not None:
                return who, (sent.index, vpos), "after"
        m = _A_DOCUMENT_READ.match(tail)
        if m:
            # '"...," the statement read': the words of the document's issuer, named
            # with it or before
            who = None
            if m.group("whose"):
                lo = rel_end + m.start("whose")
                who = ctx.first_actor(sent, lo, rel_end + m.end("whose"))
            who = who or _issuer(ctx, sent)
            if who is not None:
                return who, (sent.index, rel_end + m.start("verb")), "after"
        # '"...," said the minister'; '"...," Al Jazeera quoted Sharif.': the one quoted
        for pattern in (_SAY_AFTER_INVERTED, _QUOTED_WHOM_AFTER):
            m = pattern.match(tail)
            if m:
                lo = rel_end + m.start("subj")
                who = ctx.first_actor(sent, lo, lo + len(m.group("subj")))
                if who is not None:
                    return who, (sent.index, rel_end + m.start("verb")), "after"
    sent = first
    rel_start = qs - sent.span.start
    if rel_start >= 0:
        lo = max(0, rel_start - 200)
        head = sent.text[lo:rel_start]
        m = None
        if _SAY_BEFORE_TAIL_CB.found(head, folded=sent.folded[lo:rel_start]):
            # no match holds a stop, semicolon or quotation mark: start after the last
            m = _SAY_BEFORE.search(head, max(map(head.rfind, '.;“”"')) + 1)
        if m:
            vpos = lo + m.start("verb")
            who = ctx.subject(sent, vpos)
            if who is not None:
                return who, (sent.index, vpos), "before"
    # 'Erdogan "warned against any move by Russia."': the writer quotes the verb too, and
    # who speaks is named right before the mark
    if (
        rel_start >= 0
        and (verb := _VERB_OPENS_QUOTE.match(sent.text, rel_start)) is not None
        # (the name its own clause's subject, not inside what a report found: 'A UN
        # report found that Israel "denied access ..."')
        and not _TOLD_BEFORE.search(sent.text, sent.text.rfind(",", 0, rel_start) + 1, rel_start)
    ):
        word = verb.group("verb").lower()
        if word in SAYING_FINITE or word in STANCE:
            who = next(
                (
                    m
                    for m in reversed(sent.mentions)
                    if m.actor and m.end <= rel_start and not sent.text[m.end : rel_start].strip()
                ),
                None,
            )
            if who is not None:
                return who, (sent.index, verb.start("verb")), "before"
    # 'The ministry said in a statement:' and the quote in the next paragraph
    text = ctx.article.text
    if first.index > 0 and text[:qs].rstrip().endswith(":"):
        before = ctx.sents[first.index - 1]
        m = _SAY_BEFORE.search(before.text)
        if m is not None and not before.text[m.end() :].strip(" :\n"):
            vpos = m.start("verb")
            who = ctx.subject(before, vpos)
            if who is not None:
                return who, (before.index, vpos), "before"
    return None, None, ""


_TOLD_BEFORE = re.compile(
    rf"\b(?:that|{alternation(SAYING_FINITE | {'found', 'concluded', 'believe', 'believes'})})\b",
    re.IGNORECASE,
)
# A quote whose first word is the verb: '"warned against ...'.
_VERB_OPENS_QUOTE = re.compile(r"[“\"]\s*(?P<verb>[a-z]+)\b")
# A document as the subject of a quote's verb: "the statement", "the communique".
_A_DOCUMENT = re.compile(
    # ("the English version of the statement read": the document all the same)
    r"(?:the\s+(?:[\w-]+\s+)?(?:version|text|translation)\s+of\s+)?"
    r"(?:the|its|their|a)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|letter|release|post|notice)",
    re.IGNORECASE,
)
# "the statement read": a verb of saying only of a document.
_A_DOCUMENT_READ = re.compile(
    r"^[\s,]*"
    + _A_DOCUMENT.pattern
    # ("a statement from the European Council reads": whose it is, in between)
    + r"(?P<whose>\s+(?:from|by|of)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})?"
    + r"\s+(?P<verb>read|reads)\b",
    re.IGNORECASE,
)
# "X issued a statement", "X released a communique": who the document is from.
_ISSUED = re.compile(
    r"\b(?:issued|released|put\s+out|published|posted|sent)\s+(?:a|an|its|their|the)\s+"
    r"(?:[\w-]+\s+)?(?:statement|communiqu[eé]|letter|release|post|notice)\b",
    re.IGNORECASE,
)


def _issuer(ctx: ArticleContext, sent: Sent) -> Mention | None:
    """Who issued the document a quote is from, in the three sentences before."""
    for s in reversed(ctx.sents[max(0, sent.index - 3) : sent.index + 1]):
        if (m := _ISSUED.search(s.text)) is not None:
            return ctx.subject(s, m.start())
    return None


def _attr_end(ctx: ArticleContext, qe: int, last: Sent) -> int:
    return min(qe, last.span.end - 1)


def _sent_at(ctx: ArticleContext, pos: int) -> Sent | None:
    for s in ctx.sents:
        if s.span.start <= pos < s.span.end:
            return s
    return None


def _speaks_for_a_side(ctx: ArticleContext, m: Mention) -> bool:
    """Positions are the sides': a configured actor, a state by its plain name or the
    UN. A ministry, a monitor or a charity quoted for a toll states no position."""
    if m.actor in ctx.lexicon.actor_ids:
        return True
    if m.kind == "institution":
        return False
    if m.kind in ("org", "person") and m.actor not in _SPEAKING_BODIES:
        return m.kind == "person" and ctx.lexicon.is_state(m.actor)
    return True


_PEOPLE_PLURAL = re.compile(r"[A-Z][\w'’-]*s")  # "Palestinians", "Israelis"
_SPEAKING_BODIES = frozenset(("UN", "European Union", "NATO", "African Union", "Arab League"))


def _voice(ctx: ArticleContext, m: Mention) -> str:
    """Whose statement it is: a configured side by its id, a country by its name; a
    named official of a body that is no side ("UN human rights chief Volker Turk") by
    the official's own name, since the body has many voices and the brief quotes his."""
    actor = m.actor or UNKNOWN
    if m.canonical and m.is_person and actor not in ctx.lexicon.actor_ids and not is_country(actor):
        return m.canonical
    return actor


def _speaker_name(m: Mention, text: str | None = None) -> str | None:
    """A person's full name; otherwise the words of the mention ("Kremlin"). A state's
    word that titles someone ("Russia's Deputy Foreign Minister Sergei Ryabkov") names
    the person after the title, not the state. One who speaks for a person is named
    as such: "Machar's party", "Putin's spokesman" (not Machar or Putin)."""
    if m.is_person and text is not None and (voice := _WHOSE_VOICE.match(text, m.end)):
        return f"{m.canonical or m.text}'s {voice.group(1)}"
    if m.is_person and text is not None and (team := _HIS_TEAM_AFTER.match(text, m.end)):
        return m.text + team.group(0)  # "Trump administration officials told CNN"
    if m.canonical:
        return m.canonical
    if (
        text is not None
        and m.kind in ("person", "group", "org", "country", "demonym")
        # (a side's own word with a title: "Hamas's chief negotiator, Khalil al-Hayya")
        and (named := _titled_name(text, m.end, titled=m.kind == "person"))
    ):
        return named
    if (
        m.kind in ("country", "demonym")
        and text is not None
        and (body := _OWN_BODY_AFTER.match(text, m.end))
    ):
        return body.group("name")  # "Iran's Revolutionary Guards": the body that speaks
    if (
        m.kind in ("person", "demonym")
        and text is not None
        and DEMONYM_END.search(m.text)
        and (many := _MANY_AFTER.match(text, m.end))
    ):
        return m.text + many.group(0)  # "Indian officials said": they, not "Indian"
    if (
        m.kind in ("person", "demonym")
        and text is not None
        and DEMONYM_END.search(m.text)
        and " " not in m.text
        and (one := _ONE_AFTER.match(text, m.end))
    ):
        return m.text + one.group(0)  # "a senior Iranian diplomat said": not "Iranian"
    if m.kind in ("person", "group", "org") and text is not None:
        # "the Ukrainian president said", "Sudan's army chief said": the post, not the
        # people's or the body's name alone
        titles = _TITLE_AFTER.match(text, m.end)
        if titles is not None:
            return m.text + titles.group(0).rstrip()
    if m.kind == "person" and text is None and DEMONYM_END.search(m.text) and " " not in m.text:
        return None  # "the Rwandan President ... He said": not "Rwandan"
    if m.kind in ("person", "seat", "org", "group"):
        return m.text
    return None


# A state's body by its capitalised name, after the state's "'s" and before its verb:
# "Iran's Revolutionary Guards claimed", "India's Ministry of External Affairs said".
_OWN_BODY_AFTER = re.compile(
    r"['’]s\s+(?P<name>[A-Z][\w-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w-]*){0,4})"
    rf"(?=\s+(?:\w+ly\s+)?(?:{_QUOTING})\b)"
)
# Those who work for a person, named with the name as a modifier: "(Trump)
# administration officials", "(Putin) aides".
_HIS_TEAM_AFTER = re.compile(
    r"\s+(?:administration|government|campaign|camp|team)(?:\s+(?:officials|sources|aides))?\b"
    r"|\s+(?:aides|allies|loyalists)\b"
)
# Many who speak after a people's word: "(Indian) officials", "(Russian) military sources".
_MANY_AFTER = re.compile(
    # (no verb between: "(Qatari) emir told reporters" are not who speak)
    r"(?:\s+(?:(?!(?:told|tells|said|says|informed|briefed|addressed|urged|met|assured)\b)"
    r"[a-z-]+\s+){0,2}?(?:"
    # (the plural ones: "Indian officials", not "(Red) Cross")
    + alternation({w for w in SPEAKER_NOUNS if w.endswith("s") and not w.endswith(("ss", "ngos"))})
    + r"))\b"
)
# One who speaks, after a people's word: "(Iranian) diplomat", "(Russian) military source".
_ONE_AFTER = re.compile(
    r"(?:\s+(?:military|security|government|foreign|defen[cs]e|senior|top|intelligence))?"
    r"\s+(?:diplomat|official|source|envoy|negotiator|commander|officer|spokes(?:man|woman"
    r"|person)|lawmaker|minister)\b"
)
# Who speaks for a person, after the name's "'s": "party", "camp", "lawyer".
_WHOSE_VOICE = re.compile(
    r"['’]s?\s+((?:[a-z-]+\s+){0,2}?(?:party|camp|movement|office|lawyers?|attorneys?"
    r"|spokes(?:man|woman|person)|aides?|allies|supporters|administration|government|team|family"
    r"|officials"
    r"|representatives?|envoy|advis[eo]rs?|son|wife|daughter|brother))\b"
)
#: Words of a post that qualify its title: "deputy foreign minister", "top negotiator".
_POST_WORDS = frozenset(
    "foreign defence defense interior prime vice of the and affairs state national security"
    " first senior top".split()
)
_TITLE_WORDS = NAME_TITLES | RANKS | _POST_WORDS
# A post after a people's word: "(the Ukrainian) president", "(Russian) foreign minister".
_TITLE_AFTER = re.compile(
    rf"(?:['’]s)?(?:\s+(?i:{alternation(_POST_WORDS - {'of', 'the', 'and'})})){{0,3}}"
    rf"\s+(?i:{alternation(NAME_TITLES)})\b"
)
# (a hyphenated name too: "Abdel-Fattah")
_NAME_WORD = re.compile(
    r"(?:(?:al|el|bin|ibn|de|van|von)[-\s])?[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]*)*$"
)


def _titled_name(text: str, end: int, *, titled: bool = True) -> str | None:
    """The name after a title chain at ``end``: "'s Deputy Foreign Minister, Sergei
    Ryabkov, said" -> "Sergei Ryabkov"; None if no name follows the titles (or, unless
    ``titled``, no post is among them)."""
    words = re.findall(r"[\w'’-]+(?:\.[\w'’-]+)*|[,.]", text[end : end + 120])
    if words and words[0] in ("'s", "’s"):
        words = words[1:]
    i = 0
    while i < len(words) and (
        words[i] == ","
        or words[i].lower() in _TITLE_WORDS
        # (an abbreviated rank's stop: "Army Chief Gen. Abdel-Fattah Burhan")
        or (words[i] == "." and i > 0 and words[i - 1].lower() in _TITLE_WORDS)
    ):
        titled = titled or words[i].lower() in NAME_TITLES
        i += 1
    if not titled:
        return None  # (no title between: "Hamas's Qassam Brigades" names no one)
    name = []
    while i < len(words) and _NAME_WORD.match(words[i]) and words[i].lower() not in _TITLE_WORDS:
        name.append(words[i])
        i += 1
    # (then a comma or a lower-case word: "... Sergei Ryabkov said"; not a headline's run
    # of capitals, "General Staff Warns Against New US Strikes")
    ends = i == len(words) or not words[i][:1].isalpha() or words[i][:1].islower()
    return " ".join(name) if 2 <= len(name) <= 4 and ends else None


def _dedupe(items: list[Statement]) -> list[Statement]:
    """Each statement once; and words that another statement of the same side from the
    same sentence holds whole are that statement's: "condemned the strike, saying it
    was a crime" is said once, not again as "it was a crime"."""
    seen: set[tuple] = set()
    out: list[Statement] = []
    for s in items:
        key = (s.evidence.start, s.actor, s.text)
        if key not in seen:
            seen.add(key)
            out.append(s)
    # (only a statement of the same side from the same sentence can hold another: each
    # is weighed against those, not against every statement of the article)
    alike: dict[tuple, list[Statement]] = {}
    for s in out:
        alike.setdefault((s.evidence.start, s.actor), []).append(s)
    return [s for s in out if not any(_holds(o, s) for o in alike[(s.evidence.start, s.actor)])]


def _holds(outer: Statement, inner: Statement) -> bool:
    if outer is inner or outer.evidence.start != inner.evidence.start:
        return False
    if outer.actor != inner.actor or len(outer.text) <= len(inner.text):
        return False
    words = inner.text.strip().rstrip(".!?\"”’'").strip()
    at = outer.text.find(words) if words else -1
    if at > 0 and inner.quote and outer.text[at - 1] in _OPENING_MARKS:
        return True  # 'described them as "serious people"': the quote is in the words
    if at > 0 and _PARTICIPLE_START.match(words) and outer.text[:at].rstrip().endswith(","):
        return True  # "..., urging a quick end": the participle goes on the outer words
    # only where the outer words lead into the inner ones: "..., saying", "he expected"
    # (not "talks were frozen, said the offensive would go on", run on from an aside)
    return at > 0 and _LEADS_IN.search(outer.text[:at]) is not None


_OPENING_MARKS = "\"“‘'"
_PARTICIPLE_START = re.compile(r"[a-z]+ing\b")


_LEADS_IN = re.compile(
    r"(?:\b(?:saying|adding|noting|stressing|warning|insisting|arguing|explaining|claiming"
    r"|accusing|calling)(?:\s+that)?|^(?:he|she|it|they|we|I)(?:\s+[\w-]+(?:\s+that)?)?"
    # "the movement rejects the plan" after "told X": its own subject, then the same words
    # (or its subject and verb: "the blast confirmed the army's findings")
    r"|^(?:the|its|their|his|her)\s+[\w-]+(?:\s+[a-z]+(?:ed|s))?"
    # "..., which he says the army is working to intercept": his aside, his words
    r"|\b(?:which|who|that|what)\s+(?:he|she|it|they|we|I)\s+(?:says|said|claims|claimed)"
    r"(?:\s+that)?)\s*$",
    re.IGNORECASE,
)
