"""When and where a step is: its date phrase, a date written into its name, its place."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefings.extract.attribution import Speech
from briefings.extract.context import CAPS_DATELINE, ArticleContext, Sent
from briefings.extract.diplomacy.clauses import (
    NOT_STEP_DATE_CB,
    OTHER_EVENT_CB,
    OTHER_EVENT_WORDS,
    names_an_event,
    said_before,
    search_from,
)
from briefings.extract.diplomacy.status import (
    AGREED_TO,
    ALSO_MADE,
    ENDED_AFTER,
    MADE,
    START_VERBS,
    UNDER_CB,
)
from briefings.extract.diplomacy.triggers import trigger_matches
from briefings.nlp.dates import weekday_named
from briefings.nlp.folding import CaseBlind
from briefings.nlp.vocabulary import (
    NAME_GOES_ON,
    NOT_PLACE_START,
    REPORTING,
    alternation,
    place_phrase,
)
from briefings.nlp.world import capital_of, is_country, seat_capital

_PLACE = place_phrase("in|at")
# Where a step told of earlier in the sentence happens: "The negotiations, the first
# since ..., were taking place in Jeddah".
_HELD_AT = place_phrase(
    r"(?:(?:take|takes|taking|taken|took)\s+place|(?:be|being|been|was|were"
    r"|is|are)\s+(?:held|hosted|convened))\s+(?:in|at)"
)


_TOPIC_BEFORE = re.compile(
    r"\b(?:war|conflict|crisis|fighting|violence|situation|humanitarian\s+situation)\s*$",
    re.IGNORECASE,
)
_TOPIC_BEFORE_CB = CaseBlind(_TOPIC_BEFORE)
_DEAL_BEFORE = re.compile(
    r"\b(?:ceasefire|cease-fire|truce|deal|agreement|hostages|captives|prisoners|detainees"
    r"|aid|assistance)\s*$",
    re.IGNORECASE,
)  # asked yes or no, from the sentence's start
_VISIT_TO = re.compile(
    r"\bto\s+(?:the\s+)?(?:(?:Sultanate|Kingdom|Emirate|Republic|State)\s+of\s+(?:the\s+)?)?"
    rf"(?P<place>[A-Z][\w'’-]+(?:\s+{NAME_GOES_ON})?)"
)
# A country's capital after its name: "the Yemeni capital", "Yemen's capital Sanaa".
_ITS_CAPITAL = re.compile(
    r"(?:['’]s)?\s+[Cc]apital(?:\s+[Cc]ity)?(?:,?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?"
)


_VISITED = re.compile(
    r"\s+(?:to\s+|in\s+)?(?:the\s+)?"
    r"(?:(?:city|town|capital|port|Sultanate|Kingdom|Emirate|Republic|State)\s+of\s+)?"
    rf"(?P<place>[A-Z][\w'’-]+(?:\s+{NAME_GOES_ON})?)"
)


_YEAR_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our)\s+(?:[\w-]+\s+){0,3}?(?P<year>(?:19|20)\d\d)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)


_NAME_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?P<name>(?:[A-Z][\w'’-]*\s+){1,3})$")


# A date written into the step's own noun phrase: "Thursday's talks", "the March 5 summit".
_DATE_MODIFIER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,1}$")


def _date(
    ctx: ArticleContext,
    sent: Sent,
    t: re.Match[str],
    kind: str,
    future: bool,
    acts: Sequence[Speech] = (),
) -> tuple[str | None, int | None]:
    """The date of the step: a date phrase in its own clause, near the trigger
    ("a deal with Turkey in 2018", "In 2018, Russia and Turkey agreed"); the date of
    the sentence's other events is not the step's, nor is a date inside what someone
    says when the step is only in who says it ("The truce starts on Monday, the
    sponsors of the talks said"). Without a date, the day of the week such a phrase
    names when the article has no date to read it from ("agreed on Saturday")."""
    reach = 45 if kind == "agreement" else 90
    # "freed four captives on Saturday as part of the ceasefire deal": an agreement
    # named as what an act was done under is older than the act, and the day is the act's
    under = kind == "agreement" and UNDER_CB.found(
        sent.text, max(0, t.start() - 60), t.start(), sent.folded
    )
    # "spoke on Friday and agreed to meet in May": a day before is the agreeing's
    agreed_to = kind != "agreement" and AGREED_TO.search(
        sent.text, max(0, t.start() - 70), t.start()
    )
    # "KIEV, July 22 (Xinhua) -- ... will hold talks": the day it was filed, not the day
    # of a step to come
    dateline = CAPS_DATELINE.match(sent.text) if sent.dates and future else None
    best: tuple[int, str] | None = None
    weekday: tuple[int, int] | None = None
    # "the ceasefire expired": a day before it is that day's
    ended = ENDED_AFTER.match(sent.text, t.end()) if kind == "agreement" else None
    for start, end, phrase in sent.dates:
        distance = start - t.end() if start >= t.end() else t.start() - end
        if (agreed_to and end <= t.start()) or (dateline and end <= dateline.end()):
            continue
        if (
            distance > reach
            and not (
                # "the agreement between Iran and Saudi Arabia will be signed on Thursday",
                # "consultations between (two long names) were held on 22 May": the step's
                # own signing or holding, however long the names
                (start >= t.end() and _own_making(sent.text, t, start))
                # "the truce between Armenia and Azerbaijan, which was announced on Saturday"
                or (
                    kind == "agreement"
                    and start >= t.end()
                    and distance <= 120
                    and _MADE_WHICH.search(sent.text, max(0, start - 60), start) is not None
                )
                # "On 8 August, (long names) signed an agreement": the day opening the sentence
                # is its main clause's
                or (
                    end <= t.start()
                    and _OPENS_THE_SENTENCE.match(sent.text[:start]) is not None
                    and sent.text.startswith(",", end)
                )
            )
        ):
            continue
        if under and (
            end <= t.start() or not _MADE_CB.found(sent.text, t.end(), start, sent.folded)
        ):
            continue  # (but "under the truce agreed on Sunday" is dated by its making)
        made_which = (
            kind == "agreement"
            and start >= t.end()
            and _MADE_WHICH.search(sent.text, max(0, start - 60), start) is not None
        )
        if (
            said_before(sent.text, sent.folded, start) or _SAID_AFTER.match(sent.text, end)
        ) and not made_which:
            continue  # "Peskov said on Friday there were no plans": the day he said it
        if any(
            a.content_start <= start < a.content_end
            and not a.content_start <= t.start() < a.content_end
            for a in acts
        ):
            continue
        if end <= t.start() and _OTHER_EVENT_BEFORE.search(
            sent.text, max(0, sent.text.rfind(",", 0, start) + 1, start - 80), start
        ):
            # "announced after hosting Zelensky on Monday that a meeting is planned" (but
            # "Since it began last Wednesday, the ceasefire ...": "it" is the step)
            continue
        if end <= t.start() and background_of(sent.text, t.start()) is not None:
            continue  # "a protest on Wednesday against a deal between A and B": the protest's
        if end <= t.start() and _SAYING_BETWEEN.search(sent.text, end, t.start()):
            continue  # "On Sunday, Fox News cited an official saying he would travel": said then
        if future and end <= t.start() and _PROPOSING_BETWEEN.search(sent.text, end, t.start()):
            # "Sharif on Monday expressed his willingness to engage in talks", "On Friday,
            # Russia proposed talks": the day it was offered, not the step's
            continue
        a, b = min(end, t.end()), max(start, t.start())
        between = sent.text[a:b]
        if ";" in between or OTHER_EVENT_CB.found(between, folded=sent.folded[a:b]):
            continue
        if NOT_STEP_DATE_CB.found(sent.text, max(0, start - 60), start, sent.folded):
            continue  # "will take effect on Monday": not the day it was agreed
        if kind == "agreement" and (
            _LIVES_ON_CB.found(between, folded=sent.folded[a:b])
            or (start >= t.end() and lives_on(sent.text, t.start()))
        ):
            # "the truce faced its first test on Sunday", "travelled on Monday to shore
            # up the ceasefire": a day in the life of a deal made before
            continue
        if names_an_event(sent.text, phrase, end):
            continue  # "since Hamas's October 7 attack": that attack's day
        if end <= t.start() and ended is not None:
            # "fighting erupted on Friday as the truce expired": the day it ended, not
            # the day it was made (but the day a truce began is how news tells it: "the
            # ceasefire that began on Wednesday")
            continue
        if _UNTIL.search(sent.text, max(0, start - 8), start) or _UNTIL_START.match(phrase):
            continue  # "extend the ceasefire until May 18": when it ends
        if not future and _BY_START.match(phrase):
            continue  # "agreed to swap all prisoners by Friday": a deadline, not the day agreed
        if (
            future
            and end <= t.start()
            and _TOLD_AS_DONE.search(sent.text, end, t.start()) is not None
            and any(
                m.end() <= start
                and start - m.end() < 90
                and m.start() != t.start()
                and ";" not in sent.text[m.end() : start]
                for m in trigger_matches(sent.text, sent.folded)
            )
        ):
            continue  # "A meeting ... on Friday yielded hopes of further talks": the meeting's
        if end <= t.start() and "," in between and _other_step_before(sent, t, start):
            continue  # "The truce takes effect on Monday, the sponsors of the talks said"
        if start >= t.end() and any(
            t.end() <= m.start() < start
            and m.lastgroup != kind
            and _AND_WORD.search(sent.text, t.end(), m.start())
            for m in trigger_matches(sent.text, sent.folded)
        ):
            # "agreed to a ceasefire and to start talks on Monday": the talks' day (but
            # "travel to Brenn for the talks on June 15" travels that day)
            continue
        if (
            kind == "agreement"
            and start >= t.end()
            and (agreed := _AGREED_TO_MEET.match(sent.text, t.start())) is not None
            and not any(
                agreed.end() <= m.start() < start for m in trigger_matches(sent.text, sent.folded)
            )
        ):
            continue  # "agreed to meet again in Geneva on October 29": the meeting's day
        # the tense at the date tells its direction: "the truce agreed on Saturday will
        # take effect on Monday"
        ahead = _WILL_BEFORE_CB.found(sent.text, max(0, start - 60), start, sent.folded)
        since = _SINCE.search(sent.text, max(0, start - 6), start) or _SINCE.match(phrase)
        # ("stalled since May": a month gone by)
        # ("scrambled Monday to revive the truce": the day it happened, gone by)
        past = not ahead and _PAST_VERB_BEFORE.search(sent.text, max(0, start - 30), start)
        iso = ctx.parse(phrase, future=False if since or past else True if ahead else future)
        if iso and (best is None or distance < best[0]):
            best = (distance, iso)
        elif (
            iso is None
            and ctx.base is None
            and (named := weekday_named(phrase)) is not None
            # (the day a truce begins is no day to tell one from another by)
            and not _STARTING_BEFORE.search(sent.text, max(0, start - 30), start)
        ):
            if weekday is None or distance < weekday[0]:
                weekday = (distance, named)
    if best:
        return best[1], None
    return None, weekday[1] if weekday else None


_AND_WORD = re.compile(r"\band\b")
# A verb told in the past between a day and a step to come: the day is the past one's
# ("a meeting on Friday yielded hopes of further talks").
_TOLD_AS_DONE = re.compile(
    # (not a hyphened word's, nor an adjective after its article: "the much-anticipated
    # summit", "the planned talks")
    r"(?<![-\w])(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)"
    r"(?:[a-z]{3,}ed|brought|led|gave|made|left|saw|won|set\s+off|ended)\b"
    r"(?![^.;]*\b(?:will|would|to)\s)"
)


def background_of(text: str, pos: int) -> re.Match[str] | None:
    """The words that name the step at ``pos`` as what another thing is about or came
    from ("in protest against a", "since Ethiopia struck an"), if any: then no day or
    place of that other thing is the step's."""
    return _BACKGROUND_OF.search(text, max(0, pos - 60), pos)


# A step named as what another thing is about or came from: "in protest against a deal",
# "a dispute sparked by a deal", "anger over the agreement".
_BACKGROUND_OF = re.compile(
    r"\b(?:against|over|sparked\s+by|triggered\s+by|caused\s+by|prompted\s+by|fuelled\s+by"
    r"|fueled\s+by)\s+(?:a|an|the|its|their|this|that)\s+(?:[\w'’-]+\s+){0,3}$"
    # "a year after Russia signed a memorandum", "since Ethiopia struck the deal"
    r"|\b(?:after|since)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+(?:signed|struck"
    r"|reached|sealed|inked|agreed\s+to|agreed)\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_MADE_WHICH = re.compile(
    rf"\b(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:{MADE}|{ALSO_MADE})"
    r"\s+(?:(?:on|in|late|early)\s+)?$",
    re.IGNORECASE,
)
_OPENS_THE_SENTENCE = re.compile(r"^\s*(?:(?:early|late)\s+)?(?:on|in|by)?\s*$", re.IGNORECASE)
# What befalls a deal in force, or is done for it: its day is not the day it was made.
_LIVES_ON = re.compile(
    r"\b(?:fac(?:ed|es|ing)|tested|held|hold(?:s|ing)?|surviv(?:ed|es|ing)|strain(?:ed|ing)"
    r"|teeter(?:ed|ing)|wobbl(?:ed|ing)|shaken|shook|undermin(?:ed|ing)|jeopardi[sz](?:ed|ing)"
    r"|threatening|shore\s+up|shoring\s+up|bolster(?:ed|ing)?|salvag(?:e|ed|ing)"
    r"|sav(?:e|ed|ing)|rescu(?:e|ed|ing)|preserv(?:e|ed|ing)|consolidat(?:e|ed|ing)"
    r"|cement(?:ed|ing)?|monitor(?:ed|ing)?|review(?:ed|ing)?|reinforc(?:e|ed|es|ing)"
    r"|strengthen(?:ed|ing)?|maintain(?:ed|ing)?|sustain(?:ed|ing)?|enforc(?:e|ed|es|ing)"
    # "on Wednesday, the first full day of the ceasefire": a day of the deal in force
    r"|(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))\s+(?:full\s+)?"
    r"(?:day|night|week|hours?)\s+of)\b",
    re.IGNORECASE,
)
_LIVES_ON_CB = CaseBlind(_LIVES_ON)


# The verb whose object the deal is: "to reinforce the ceasefire", "resumed enforcing
# the truce" (not "held talks and reached a truce").
_LIVES_ON_OBJECT = re.compile(
    r"(?:" + _LIVES_ON.pattern + r"|implement(?:ed|ing)|respect(?:ed|ing)|observ(?:ed|ing))"
    r"\s+(?:the|a|an|its|their|this|that)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def lives_on(text: str, pos: int) -> bool:
    """Whether the deal whose word is at ``pos`` is the object of what befalls or is done
    for a deal in force: "a summit to reinforce the ceasefire agreement"."""
    return _LIVES_ON_OBJECT.search(text, max(0, pos - 60), pos) is not None


#: After a name, what makes it the name of a war, not a place: "the Israel-Hamas war".
_NAMES_A_CONFLICT = re.compile(
    r"\s+(?:war|wars|conflict|crisis|fighting|hostilities|standoff|dispute|front)\b", re.I
)
_STARTING_BEFORE = re.compile(
    r"\b(?:start\w*|begin\w*|began|begun|effective|from|until|till|through)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_OTHER_EVENT_BEFORE = re.compile(
    # (not a time of day: "shortly after midnight on Sunday", "before dawn on Sunday")
    rf"\b(?:{OTHER_EVENT_WORDS}|following|ahead\s+of)\s+(?!(?:it|they|this|that"
    r"|midnight|dawn|noon|daybreak|sunrise|sunset|nightfall|dusk|\d)\b)",
    re.IGNORECASE,
)
#: A verb of making an agreement between it and a date: "the truce agreed on Sunday".
_MADE = re.compile(rf"\b(?:{MADE}|{ALSO_MADE})\b", re.IGNORECASE)
_MADE_CB = CaseBlind(_MADE)
_AGREED_TO_MEET = re.compile(
    rf"agree[ds]?\s+to\s+(?:{START_VERBS}|meet|convene|reconvene)\b", re.IGNORECASE
)
# The step as the subject of its own signing or holding, up to the date or place: "...
# between Iran and Saudi Arabia will be signed in Beijing on", "... were held on 22 May,
# 2025, in" (not "a truce they signed on").
_MAKING = re.compile(
    r"[^,;.]{0,130}?\s(?:(?:will|would|shall|is|are|was|were|has|have|had)\s+"
    r"(?:(?:set|due|expected|scheduled|slated|likely|going|to|be|being|been|now|finally)\s+){0,4}"
    r"(?:signed|inked|sealed|finali[sz]ed|held|convened|hosted|staged)"
    r"|(?:took|take|takes|taking)\s+place)\s+(?:[\w'’-]+,?\s+){0,6}$"
)


def _own_making(text: str, t: re.Match[str], at: int) -> bool:
    """Whether what stands between a step's word and ``at`` is the step's own signing or
    holding, its date or place next: "... between Rwanda and the DRC was signed in"."""
    return at - t.end() <= 170 and _MAKING.match(text, t.end(), at) is not None


_UNTIL = re.compile(r"\b(?:until|till|through)\s+$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b\s*", re.IGNORECASE)
_UNTIL_START = re.compile(r"(?:until|till|through)\b", re.IGNORECASE)
_BY_START = re.compile(r"by\b", re.IGNORECASE)
# A verb of saying between a date and the step: the date is the saying's.
_SAYING_BETWEEN = re.compile(
    rf"\b(?:{alternation(REPORTING)}|cited|citing|quoted|quoting|saying|foreshadow(?:s|ed)"
    r"|previewed)\b",
    re.IGNORECASE,
)
# A step offered or asked for, after the day it was: "expressed his readiness to".
_PROPOSING_BETWEEN = re.compile(
    r"\b(?:expressed|expresses|voiced|voices|reiterated|reiterates|renewed|renews|signall?ed"
    r"|signals|offered|offers|proposed|proposes|suggested|suggests|sought|seeks|urged|urges"
    r"|called\s+for|calls\s+for)\b",
    re.IGNORECASE,
)
# "The government on Wednesday said it accepted an invitation to talks": the day it said so.
_SAID_AFTER = re.compile(rf"\s*(?:{alternation(REPORTING)})\b", re.IGNORECASE)
_WILL_BEFORE = re.compile(
    r"\b(?:will|would\s+not\s+now|shall|is\s+to|are\s+to|set\s+to|due\s+to|scheduled|slated"
    r"|expected\s+to)"
    r"\s+(?:[^\s;]+\s+){0,8}?$",
    re.IGNORECASE,
)
_WILL_BEFORE_CB = CaseBlind(_WILL_BEFORE)
# A verb in the past tense right before the date, not a participle of what is to come
# ("talks scheduled Monday", "to be signed Friday").
_PAST_VERB_BEFORE = re.compile(
    r"(?<!\bbe\s)(?<!\bto\s)\b(?!(?:scheduled|planned|expected|slated|proposed)\b)"
    r"(?:[a-z]{2,}ed|met|held|began|spoke|took|went|came|said|told|sought)"
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?$"
)


def _other_step_before(sent: Sent, t: re.Match[str], start: int) -> bool:
    """Whether another step's word stands before a date in the date's own comma-clause:
    the date is that step's."""
    last = None
    for m in trigger_matches(sent.text, sent.folded):
        if m.start() >= start:
            break
        if m.start() != t.start():
            last = m
    return last is not None and "," not in sent.text[last.end() : start]


_POSSESSIVE = re.compile(r"['’]s\b")
_POSSESSIVE_END = re.compile(r"['’]s$")
_ADVERB_START = re.compile(r"(?i)(?:on|in|since|until|by|from|before|after)\b")


def _own_date(ctx: ArticleContext, sent: Sent, t: re.Match[str]) -> str | None:
    """A date phrase that modifies the trigger noun: "Thursday's talks", "the March 5
    summit"; read in whichever direction is nearest the publication date."""
    for _start, end, phrase in sent.dates:
        if (
            end <= t.start()
            and t.start() - end <= 30
            and _DATE_MODIFIER.fullmatch(sent.text[end : t.start()])
        ):
            possessive = _POSSESSIVE.match(sent.text, end, end + 2)
            if not possessive and _ADVERB_START.match(phrase):
                return None  # "on Thursday talks were held": an adverb, not a modifier
            return ctx.parse(phrase, future=None)
    return None


# A place's name used of a kind of place: "the Red Sea resort town", "the Black Sea port".
_KIND_OF_PLACE_AFTER = re.compile(
    r"\s+(?:(?:resort|port|border|coastal|mountain|frontier)\s+)?(?:resort|town|city|port|village"
    r"|region|area|enclave)\b"
)


_A_FEATURE = re.compile(r"\b(?:Sea|Ocean|Gulf|Coast|Lake|River|Mountains|Hills|Desert|Valley)$")


def _place(ctx: ArticleContext, sent: Sent, t: re.Match[str], kind: str) -> str | None:
    """Where the step is: the place a visit goes to ("visited Tripoli", "arrive in
    Cairo"), else a place after "in" or "at" near the trigger ("talks in the town
    of Ghadames")."""
    text = sent.text
    if kind == "visit":
        m = _VISITED.match(text, t.end()) or _VISIT_TO.search(text, t.end(), t.end() + 90)
        if m is not None:
            owner = _POSSESSIVE_END.sub("", m.group("place"))
            its_capital = _ITS_CAPITAL.match(text, m.start("place") + len(owner))
            if its_capital is not None:
                # "arrived in the Yemeni capital": Sanaa; "Yemen's capital Sanaa"
                name = its_capital.group("name")
                if name is not None and not NOT_PLACE_START.match(name):
                    return name
                return capital_of(owner)
        if (
            m is not None
            and not NOT_PLACE_START.match(m.group("place"))
            # ("visiting Egyptian counterpart X": whose, not where)
            and not _a_demonym(m.group("place"))
            # ("arrive in the Red Sea resort town": what kind of town, not its name)
            and not (
                _A_FEATURE.search(m.group("place"))
                and _KIND_OF_PLACE_AFTER.match(text, m.end("place"))
            )
        ):
            if not any(
                x.start <= m.start("place") < x.end and x.kind in ("person", "demonym", "group")
                for x in sent.mentions
            ):
                return _POSSESSIVE_END.sub("", m.group("place"))
    body: str | None = None  # "at the United Nations": kept unless a city follows
    body_end = -1
    for m in _PLACE.finditer(text, t.end()):
        if (
            m.start() - t.end() > 60
            and not _own_making(text, t, m.start())
            and m.start() > body_end + 1
        ):
            break
        place = m.group("place")
        if body is None and any(
            x.start == m.start("place") and x.end >= m.end("place") and x.kind == "org"
            for x in sent.mentions
        ):
            # "talks at the United Nations in Geneva": Geneva
            body = seat_capital(place) or _POSSESSIVE_END.sub("", place)
            body_end = m.end("place")
            continue
        if NOT_PLACE_START.match(place) or _TOPIC_BEFORE_CB.found(text, 0, m.start(), sent.folded):
            continue  # "talks on the war in Tigray": what they are about, not where
        if (
            kind != "agreement"
            and _DEAL_BEFORE.search(text, max(0, m.start() - 30), m.start())
            and not any(
                x.start == m.start("place") and x.kind in ("capital", "seat") for x in sent.mentions
            )
        ):
            continue  # "talks about a ceasefire in Gaza": where the truce would hold (but
            # "talks on a ceasefire in Cairo" are held in a capital)
        if any(
            x.start <= m.start("place") < x.end and x.kind in ("person", "demonym")
            for x in sent.mentions
        ):
            continue
        if _NAMES_A_CONFLICT.match(text, m.end("place")):
            continue  # "in the Israel-Hamas war", "in the Ukraine conflict": which war, no place
        if (its := _ITS_CAPITAL.match(text, m.end("place"))) is not None:
            # "in the Saudi capital": Riyadh; a country the tool does not know has none
            named = its.group("name")
            capital = named if named and not NOT_PLACE_START.match(named) else capital_of(place)
            if capital is None:
                continue
            return capital
        # "a summit at the White House": in Washington
        return seat_capital(place) or _POSSESSIVE_END.sub("", place)
    if body is not None:
        return body
    held = search_from(_HELD_AT, text, t.end())
    if held is not None and not NOT_PLACE_START.match(held.group("place")):
        return _POSSESSIVE_END.sub("", held.group("place"))
    return None


def _a_demonym(place: str) -> bool:
    """Whether ``place`` starts with a people's adjective ("Egyptian President"), and
    is no country's name ("Saudi Arabia")."""
    first = place.split()[0]
    return capital_of(first) is not None and not is_country(first) and not is_country(place)


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
