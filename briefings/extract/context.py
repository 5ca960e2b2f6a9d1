"""What every extractor needs to know about one article: its sentences, who each
sentence mentions, where its clauses start, and how to date a phrase.

Built once per article so the four extractors share the sentence split, the
mention scan and the pronoun chain instead of redoing them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from briefings.config import Config
from briefings.models import Article, Evidence
from briefings.nlp.actors import (
    STATE_KINDS,
    Lexicon,
    Mention,
    learn_names,
    lexicon_for,
    shared_owner,
)
from briefings.nlp.bodies import BODY_HEADS, STATE_ORGAN_HEADS, Acronyms, Body, find_bodies
from briefings.nlp.dates import find_dates, parse_date
from briefings.nlp.folding import caseless, fold, may_hold
from briefings.nlp.numbers import parse_number
from briefings.nlp.sentences import Sentence, split_sentences
from briefings.nlp.vocabulary import (
    ANSWERED_BEFORE,
    ANSWERED_OR_AFTER,
    CLAUSE_SAYING,
    DEED_NOUNS,
    DOCUMENT_NOUNS,
    MONTH_WORD,
    NON_STATE_NOUNS,
    NOT_PLACE_START,
    OUTLET_NOUNS,
    OUTLET_WORDS,
    REPORTING,
    SPEAKER_NOUNS,
    WEEKDAY_NAMES,
    alternation,
    by_first_letter,
    place_phrase,
    top_level_alternatives,
)
from briefings.nlp.world import (
    ETHNIC_WORDS,
    MODIFIER_SUFFIXES,
    NAME_TITLES,
    STATE_WORDS,
    organisation_heads,
)

# A verb of telling right before a date: the day it was told, not the day it happened.
_SAID_ON = re.compile(
    rf"\b(?:{alternation(REPORTING)})\s+"
    # (whom it was told: "told the Associated Press on Feb. 2", "told reporters on Monday")
    r"(?:(?:the\s+)?(?-i:[A-Z][\w.&'’-]*)(?:\s+(?-i:[A-Z][\w.&'’-]*)){0,3}\s+|reporters\s+"
    r"|journalists\s+)?(?:on\s+|late\s+|early\s+|last\s+)?$",
    re.IGNORECASE,
)
# Where a clause starts: a subject is looked for between one of these and its verb.
_CLAUSE_BREAK = caseless(
    r"[,;:“”\"«»]|—|–|\s--?\s|\b(?:"
    + by_first_letter(
        "that after before while when whereas as but because since although though if which "
        "who where whom whose then and despite".split()
    )
    # "the General Staff said Russia had lost 1,200 troops": a reported clause without
    # "that" has its own subject
    + rf"|{alternation(CLAUSE_SAYING)}|told\s+(?:reporters|journalists))\b"
)  # over the folded sentence (briefings.nlp.folding)
# Where a figure's clause ends, for its place: "..., while another strike on Tallousa",
# "the strike in Adi Daero ... during the war, which has killed thousands".
_PLACE_BREAK = re.compile(
    r";|,\s*(?:and|but|while|whereas|although|though|which|who)\b|\s(?:while|whereas|but)\s",
    re.I,
)
# Where a figure's clause ends, for its date: "..., as fighting that has ...", "since"
# ("killed when rebels attacked on Wednesday" is one event: "when" is no break).
_DATE_BREAK = re.compile(
    r";|,\s*(?:and|but|while|whereas|although|though)\b"
    r"|\s(?:while|whereas|but|as|after|before|since|until|following)\s"
    # the event answered: "struck on Wednesday in response to an attack on April 22"
    rf"|\s(?:{ANSWERED_OR_AFTER})\s"
    # a running total: "five were killed on Friday, taking the toll to 20" (not all 20
    # that day)
    r"|\s(?:taking|bringing|raising|pushing|lifting)\s+(?:the|its|their|his|her)\s"
    # what someone alleges is another event: "launched the operation alleging that
    # Armenia had violated the agreement signed in 2020"
    r"|\s(?:alleging|accusing|claiming|saying)\s"
    # a toll reported on one day of another's: "raised the toll late Friday, reporting that"
    r"|,\s*(?:reporting|adding|noting|stating)\s",
    re.IGNORECASE,
)
# Only words that open a sentence before its date: "On Monday, ...", "Late on Saturday".
_OPENING_DATE = re.compile(r"^\W*(?:[A-Z][\w-]*\s*\(\w+\)\s*[-–—:]\s*)?(?:[\w-]+\s+){0,3}$")
_SPEAKER_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(REPORTING)})\b", re.I)
_SAYING_BETWEEN = re.compile(rf"\b(?:{alternation(REPORTING)})\b", re.IGNORECASE)
# A place named only as where another lies: "near Tel Aviv", "40 km west of Marib".
_NEAR_BEFORE = re.compile(
    r"\b(?:near|outside|close\s+to|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)"
    r"\s+(?:the\s+)?(?:(?:city|town|capital|village)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
# Another incident told with the next figure: its place is its own.
_ANOTHER_PLACE = re.compile(r"\b(?:separate|another|other|elsewhere)\b", re.IGNORECASE)
_NEAR = re.compile(r"(?:near|outside|close\s+to)\b", re.IGNORECASE)
# The kinds of mention that name a side that may fight (not "org": the UN, a bloc).
_A_SIDES_KINDS = frozenset(("group", "country", "demonym", "capital", "seat"))
# A side named as whose ally, rival or neighbour the name after is: "Russian ally Iran",
# "regime ally Hezbollah", "Ukraine's neighbour Poland".
_ALLY_OF_NAMED = re.compile(
    r"(?:['’]s)?\s+(?:(?:key|close|main|chief|staunch|longtime|long-time|regional|old)\s+)?"
    r"(?:ally|allies|partner|backer|patron|sponsor|rival|foe|enemy|adversary|neighbou?r)\s+"
    r"(?:the\s+)?(?=[A-Z])"
)
_OPPONENTS_OF = re.compile(
    r"\b(?:opponents|critics|enemies|foes|rivals|detractors|adversaries)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Words that open a clause told beside the main one ("after militants killed 26, ...").
_CLAUSE_OPENER = re.compile(r"\s(?:after|before|since|until|while|whereas)\s", re.IGNORECASE)
# A period from one day to another: the first day starts it.
_SPAN_START = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_SPAN_OPENS = re.compile(r"(?:from|between)\s", re.IGNORECASE)
_SPAN_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*", re.IGNORECASE)
# Where a sentence turns from one event to the one it answers or follows.
_ANOTHER_EVENT_BETWEEN = re.compile(rf"\b(?:{ANSWERED_OR_AFTER})\b", re.IGNORECASE)
# What may stand between "since" and the day it names: "since dawn on", "since early".
_SINCE_TODAY = re.compile(
    r"(?:(?:early|late|the)\s+)?(?:(?:dawn|daybreak|sunrise|midnight|morning|noon|first\s+light)"
    r"(?:\s+(?:on|of))?\s+)?",
    re.IGNORECASE,
)
# A period's bound, which dates no event: "since 2016", "until May".
PERIOD_START = re.compile(r"(?:since|until|till)\b", re.IGNORECASE)
PERIOD_BEFORE = re.compile(r"\b(?:since|until|till)\s+$", re.IGNORECASE)
_PERIOD_OPENS_BEFORE = re.compile(
    r"\b(?:since|until|till)\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE
)
# When a war or siege told of in a relative clause began: "the siege, which was launched
# May 23," dates the siege, not the toll of today.
_BEGAN_BEFORE = re.compile(
    r"\b(?:which|that)\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?(?:launched|began|started"
    r"|erupted|broke\s+out)\s+(?:on\s+|in\s+)?$"
    # "since fighting over the enclave ... erupted on Sept. 27, killing hundreds": the
    # war's first day (and "since the truce took effect on October 10": the truce's)
    r"|\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:war|fighting|conflict|hostilities|clashes"
    r"|violence|offensive|invasion|truce|ceasefire|cease-fire|armistice)\b[^.;]{0,200}?"
    r"\b(?:began|started|erupted|broke\s+out|(?:took|went|came)\s+(?:into\s+)?effect"
    r"|came\s+into\s+force|took\s+hold)\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
#: A preposition right before a name: the name is its object, no subject ("after talks
#: with Haftar").
OBJECT_OF = re.compile(
    r"\b(?:with|to|for|from|on|at|against|into|toward|towards|about|over|between|among"
    r"|than|without|under|near|outside|inside|within|throughout|around|across|beyond|behind"
    r"|through|via|along)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The object of a participle after a noun: "refugees fleeing Russia's bombing said" (not
# "After weeks of fighting Russia said": a noun, and Russia the subject).
_PARTICIPLE_OBJECT = re.compile(
    r"(?:\b(?!(?:of|the|amid|after|before|during|from|by|despite|in|with|since)\b)[a-z]+\s+"
    r"|,\s*)(?:fleeing|escaping|leaving|attacking|backing|opposing|blaming|criticising|criticizing"
    r"|accusing|targeting"
    # where they are: "Residents near the mountain, bordering Cambodia, reported"
    r"|bordering|neighbou?ring|facing|overlooking|adjoining)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A past verb right before a name, its subject before it: "infuriated ", "attacked the "
# (not one of telling: "confirmed Hamas fighters attacked").
_PAST_VERB_OBJECT = re.compile(
    rf"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)\b(?!(?:{alternation(REPORTING)})\b)[a-z]{{3,}}ed\s+"
    r"(?:the\s+)?$"
)
# The name's clause goes on with another verb of the same subject: " and highlighted".
_AND_A_VERB_AFTER = re.compile(r"(?:['’]s)?\s+and\s+(?:[a-z]+ly\s+)?[a-z]+ed\b")
_TOWN_BEFORE = re.compile(r"\b(?:in|at|near|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,\s*$")
# A place's noun, then its name in apposition: "in the Egyptian capital, ".
_PLACE_NOUN_THEN_NAME = re.compile(
    r"\b(?:in|at|near|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:capital|city|town|port|province"
    r"|region)\s*,\s*$",
    re.IGNORECASE,
)
# "<someone> in <a place>": a noun, then "in".
# A country as the beat of someone's job at another body: "Syria researcher at Amnesty".
_BEAT_AT = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:researcher|director|analyst|expert|specialist|correspondent|editor"
    r"|campaigner|coordinator|programme\s+director|program\s+director|desk\s+head)"
    r"\s+(?:at|for|with)\s+(?:the\s+)?[A-Z]"
)
_IN_A_PLACE = re.compile(
    r"\b(?P<noun>[A-Za-z-]+)\s+in\s+(?:the\s+)?"
    # ("separatist rebels in northern Mali reported": a part of the country, a place)
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central"
    r"|occupied|rebel-held|government-held|war-torn|restive)\s+)?$",
    re.IGNORECASE,
)
# Before such a noun, words that make it no state's: "a rebel army in Myanmar said".
_NOT_THE_STATES = re.compile(
    r"\b(?:rebel|insurgent|ethnic|armed|opposition|militant|separatist|resistance|guerrilla)"
    r"\s+$",
    re.IGNORECASE,
)
_FROM_ELSEWHERE = re.compile(
    r"\b(?:European|Arab|Western|African|Asian|Gulf|Nordic|Latin|visiting|international"
    r"|regional|UN|EU|NATO)\s+(?:[\w-]+\s+)?$"
)
# A people's armed or state body after its name: "the Kurdish security forces".
_ITS_FORCES = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:security\s+|armed\s+)?(?:forces|army|military|government"
    r"|ministry|police|intelligence|command|militias?|units?)\b"
)
_LEADS = (
    r"(?:(?:led|headed|founded|commanded|run)\s+by"
    r"|under\s+(?:the\s+)?(?:high\s+|overall\s+|supreme\s+)?(?:command|leadership)\s+of)"
)
_LED_BY = re.compile(rf",?\s+{_LEADS}\s+")
# ... and the words right before its leader's name: "led by Malian jihadist ".
_LEADER_BEFORE = re.compile(rf"\b{_LEADS}\s+(?:[\w'’-]+\s+){{0,3}}$")
#: What any armed group is called again: "the group", "the militia".
_GENERIC_GROUPS = frozenset(("group", "movement", "militia", "militants", "rebels", "insurgents"))
# Those "in" a capital who speak for its state: "officials in Moscow" (not "sources in
# Kyiv", who may be anyone's there: diplomats, monitors, reporters' contacts).
_SPEAK_FOR_A_STATE = frozenset(
    """official officials authorities government governments spokesman
    state province
    spokeswoman spokesperson ministry ministries minister ministers leadership leaders
    leader commander commanders command military army forces envoy envoys officers
    officer administration regime cabinet parliament lawmakers legislators generals
    general intelligence prosecutors prosecutor police mayor governor investigators
    security services agency""".split()
)
_FOR_SIDE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|official|officials|minister|envoy|adviser|advisor|head"
    r"|chief|representative|representatives|ambassador|commander|source|sources|member|members"
    r"|officer|officers|aide|aides|negotiator|negotiators|delegate|delegates|leader|leaders"
    r"|figure|figures)\s+(?:for|to|from"
    r"|with|at)\s+(?:the\s+)?$"
    # a document of theirs: "a statement from the army said", "a release from the GDF"
    # (not "a report from Kyiv": a report may be of anyone's, from a place)
    rf"|\b(?:{DOCUMENT_NOUNS})\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FULL_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ADJECTIVE_END = re.compile(r"(?:an|ese|ish|i|ic)$")
_TITLE_NEXT = re.compile(rf"\s*(?:[A-Z][\w-]*\s+){{0,3}}?(?i:{alternation(NAME_TITLES)})\b")
_TITLES_JOINED = re.compile(rf"(?i:{alternation(NAME_TITLES)})\s+and\s*(?:the\s+)?$")
_LIST_BEFORE = re.compile(
    r"(?:[A-Z][\w'’.-]*|allies|partners|backers)\s*(?:,|\band)\s*(?:the\s+)?$"
)
# Only names, commas and "and" from the list's start to the clause: "Russia, France and "
_AND = re.compile(r"\band\b", re.IGNORECASE)
# (an item may be a state's leaders or a side's allies: "Kyiv and the leaders of France and
# Poland", "Ukraine, its European allies and Washington")
_LIST_ITEM = (
    r"(?:(?:the\s+)?(?:(?:leaders|heads|governments|presidents|foreign\s+ministers)\s+of\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
    r"|(?:its|their)\s+(?:[A-Z][\w'’-]*\s+)?(?:allies|partners|backers))"
)
_ONLY_LIST = re.compile(rf"(?:{_LIST_ITEM}\s*(?:,|\band)\s*)+(?:the\s+)?")
# A place, or a part of it, before a name: "in Egypt", "based in northern Iraq".
_IN_A_PART_OF = re.compile(
    r"\b(?:on|in|at|near|from)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern"
    r"|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$",
    re.IGNORECASE,
)
# "he" or "she" opening a clause, as its subject: ", he added".
_HE_OR_SHE_FIRST = re.compile(r"[\s,;:”\"’]*(?:he|she)\b", re.IGNORECASE)
# A relative clause that opens with its own verb ("that control eastern Syria").
_VERB_FIRST = re.compile(
    r"\s*(?!(?:the|a|an|its|their|his|her|this|these|those|some|many|most|both|all|our)\b)"
    r"[a-z][\w-]*\s"
)
# A verb of saying anywhere in a stretch.
_SAID_IN = re.compile(rf"\b(?:{alternation(REPORTING)})\b")


def _head_first(name: str) -> str | None:
    """The head of a body's name told head first: "ministry" for "Egypt's Ministry of
    Foreign Affairs", "office" for "the Office of the President"."""
    m = _HEAD_FIRST.match(re.split(r"['’]s\s+", name)[-1])
    return m.group("head").lower() if m else None


_HEAD_FIRST = re.compile(
    r"(?:the\s+)?(?:[\w-]+\s+)?(?P<head>ministry|office|cabinet|presidency)\s+(?:of|for)\b",
    re.IGNORECASE,
)
# A person's office after the name: "'s office", "’s press office".
_OFFICE_OF_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?office\b", re.IGNORECASE)
# A noun, not a verb of telling, before a relative "that": "the forces that".
_NOUN_THEN_RELATIVE = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?!(?:says|tells|adds|claims"
    r"|warns|insists|announces|confirms|argues|believes|knows|thinks|hopes|fears|notes|states"
    r"|reports|alleges|asserts|maintains|denies|admits|acknowledges|suggests|shows|means"
    r"|indicates|so|now|such|said|told|wrote|thought|knew|felt|heard|saw|meant|understood"
    # a noun whose "that" opens what it holds: "despite the fact that the Pentagon said"
    r"|fact|claim|claims|report|reports|news|statement|assertion|allegation|allegations|belief"
    r"|hope|hopes|fear|fears|idea|notion|suggestion|possibility|sign|signs|warning|evidence"
    r"|proof|assurance|assurances|promise|threat|view|impression|argument|concern|concerns)\b)"
    r"(?![\w'’-]*ed\b)[a-z][\w'’-]*\s+(?:that|which)\s*$",
    re.IGNORECASE,
)
_AT_PLACE = re.compile(
    # "in Nairobi", and "the Kenyan capital of Nairobi": a place, not who acts there
    r"\b(?:on|in|at|to|near|from|into|(?:capital|city|town|village|port)\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TITLE_MODIFIERS = frozenset(
    "foreign defence defense interior deputy senior top special acting former chief".split()
    # the field a title is of: "UN nuclear chief Rafael Grossi", "UN rights chief"
    + """nuclear atomic rights human humanitarian aid refugee relief peacekeeping military army
    police health""".split()
)


# A title before a name ("President Gustavo Petro", "Israeli Prime Minister Benjamin
# Netanyahu", "Foreign Minister Sergei Lavrov"): the titles that "the X said" takes up.
_TITLES = (
    r"president|vice[- ]president|prime\s+minister|premier|chancellor|foreign\s+minister"
    r"|defen[cs]e\s+minister|interior\s+minister|minister|spokes(?:man|woman|person)|envoy"
    r"|governor|mayor|king|emir|crown\s+prince|secretary[- ]general|high\s+commissioner"
    r"|army\s+chief|military\s+chief|commander|director"
)
_TITLE_HEADS = tuple(dict.fromkeys(re.findall(r"[a-z]{4,}", _TITLES)))  # for may_hold
_TITLE_BEFORE = re.compile(
    # ("Ukraine's president, Volodymyr Zelenskiy": the title in apposition)
    rf"(?<![\w-])(?P<title>{_TITLES}),?\s+(?:[A-Z][\w.'’-]*\s+){{0,2}}$",
    re.IGNORECASE,
)
# ... or after the name, in apposition: "Edward Buba, the director of defence media".
_TITLE_IN_APPOSITION = re.compile(
    rf",\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,3}}?(?P<title>{_TITLES})\b",
    re.IGNORECASE,
)
# The ministers "the minister" stands for; not the prime minister, who is "the prime
# minister" (nor is a vice president "the president").
_MINISTRIES = frozenset(("foreign", "defence", "defense", "interior"))
# "the president said": the person last named with the title (not "the president of
# Iran", "the president's office", "the president Emmanuel Macron").
_THE_TITLE = re.compile(
    rf"\b[Tt]he\s+(?P<title>{_TITLES})\b(?!\s+of\b|\s+(?-i:[A-Z])|-)"
    # (not whose thing, "the president's visit"; but whose voice, "the prime minister's
    # office said")
    r"(?!['’]s\s+(?!(?:office|spokes(?:man|woman|person)|aides?|team|camp)\b))",
    re.IGNORECASE,
)


# A voice of a side or body named after it: "the army spokesman", "Hamas's envoy".
_BODY_TITLE_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:[a-z-]+\s+){0,2}?(?P<title>spokes(?:man|woman|person)|envoy)\b(?!\s+[A-Z])"
)


# A state's body named by "the country's": "the country's defence ministry announced".
_THE_COUNTRYS = re.compile(
    r"\b[Tt]he\s+country['’]s\s+(?:[\w-]+\s+){0,2}?(?:ministry|government|army|military"
    r"|president|leader|leadership|authorities|forces|minister|spokes(?:man|woman|person))\b",
    re.IGNORECASE,
)
# A sentence framed in one state: "In Thailand, the army said ...", "Meanwhile in Kyiv,".
_IN_A_STATE = re.compile(
    r"^\W*(?:(?:Meanwhile|Elsewhere|Separately),?\s+)?[Ii]n\s+(?P<place>[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,2}),\s+(?=the\s)"
)
#: The kinds of mention that name a state.
_STATE_NAMES = ("country", "demonym", "capital", "seat")
#: The definite descriptions such a frame resolves: the state's own bodies.
_FRAMED_NOUNS = frozenset(
    "army military government authorities ministry police forces troops".split()
)


def _title_key(title: str) -> str:
    return " ".join(title.lower().replace("-", " ").split())


def _with_titled(text: str, mentions: list[Mention], titled: dict[str, Mention]) -> list[Mention]:
    """``mentions`` plus "the president" as the person last named President."""
    extra = []
    for m in _THE_TITLE.finditer(text):
        person = titled.get(_title_key(m.group("title")))
        a, b = m.start(), m.end()
        if person is None or any(x.start < b and a < x.end for x in mentions):
            continue
        extra.append(
            Mention(a, b, text[a:b], person.actor, "person", person.canonical or person.text)
        )
    if not extra:
        return mentions
    return sorted(mentions + extra, key=lambda x: x.start)


def _a_he(m: Mention, text: str) -> bool:
    """Whether "he" or "she" can stand for ``m``: a person, not a body a config lists
    among a side's names ("National News Agency"), nor a configured name with "the"
    before it: "by the Tigers" is the group that "Tamil Tigers" in a config names."""
    return (
        m.is_person
        and (m.canonical or m.text).split()[-1].lower() not in BODY_HEADS
        and not (m.canonical and THE_BEFORE.search(text, max(0, m.start - 4), m.start))
    )  # ("the Turkish president" is a person: the demonym is not a configured name)


#: A possessive ending right after a name: "Erdogan's", "Ocalan’s".
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
#: "the" right before a word: "the Tigers", "the Palestinians".
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def titled_person(text: str, named: list[Mention]) -> Mention:
    """The first of ``named``, or the person its title chain ends in: "Erdogan
    spokesman Ibrahim Kalin", "said US State Department spokesperson Matthew Miller"."""
    first = named[0]
    for later in named[1:]:
        if not (later.is_person and title_chain(text[first.end : later.start])):
            break
        first = later
    return first


def unnamed_speaker(text: str, mentions: list[Mention], lo: int = 0) -> re.Match[str] | None:
    """Someone of no side, unnamed, speaking from ``lo`` on: "a resident told AFP";
    not a side's man ("an Israeli army doctor said")."""
    one = ONE_OF_THE_PEOPLE.search(text, lo)
    if one is None or any(one.start() <= x.start < one.end() and x.actor for x in mentions):
        return None
    return one


def title_chain(between: str) -> bool:
    """Whether the words between a body and a name are a title only: in "Russia's UN
    ambassador Vitaly Churkin" the speaker is the person, not the body."""
    words = between.split()
    if words and words[0] in ("'s", "’s"):
        words = words[1:]  # "Qatar's Prime Minister Sheikh Mohammed ..."
    if "and" in words:
        # two titles of one person: "Deputy Prime Minister and Foreign Minister"
        at = words.index("and")
        if not (at and words[at - 1].lower() in NAME_TITLES):
            return False
        words = words[:at] + words[at + 1 :]
    return (
        0 < len(words) <= 5
        and words[-1].lower() in NAME_TITLES
        # ("Bosnian Serb leader Radovan Karadzic": a people's name is part of the title)
        and all(
            w.lower() in NAME_TITLES or w.lower() in _TITLE_MODIFIERS or w[:1].isupper()
            for w in words
        )
    )


# A person the config does not name, speaking: "Yohannes Tadesse, a militia member,
# said", "said Ahmad Sheikho, a rescuer".
# A verb of speaking right after a name: "Keir Starmer also called for restraint".
# Verbs of speaking beside the vocabulary's REPORTING: "also weighed in", "issued a
# statement", "posted on X".
_ALSO_SPEAKING = frozenset(
    ("called", "urged", "vowed", "posted", "tweeted", "weighed in", "issued a statement")
)
_SPEAKS_NEXT = re.compile(
    r"\s+(?:(?:also|later|earlier|then|again|separately)\s+)?"
    rf"(?:{alternation(REPORTING | _ALSO_SPEAKING)})\b"
)
# Two or three capitalised words of a name ("O’Connell", "McAdam" too).
_A_NAME = r"[A-Z](?:[a-z]|['’][A-Z])[\w'’-]*(?:\s+[A-Z](?:[a-z]|['’][A-Z])[\w'’-]*){1,2}"
# (after a post: "Opposition Leader Yair Lapid", "National Unity chairman Benny Gantz")
_A_POST_BEFORE = rf"(?:[\w'’-]+\s+){{0,3}}?(?i:{alternation(NAME_TITLES)})\s+"
_UNNAMED_SPEAKER = re.compile(
    rf"(?:^|[,;]\s+|\bsaid\s+|\btold\s+)(?:{_A_POST_BEFORE})?(?P<name>{_A_NAME})"
    rf"(?=\s*,|{_SPEAKS_NEXT.pattern})"
)
# A post and a name that lead the sentence, then a verb: "Opposition Leader Yair Lapid
# acknowledged the cost": the subject, whatever the verb.
_TITLED_LEAD = re.compile(
    rf"{_A_POST_BEFORE}(?P<name>{_A_NAME})"
    r"(?=\s+(?:also\s+|later\s+|then\s+)?[a-z]+(?:ed|s)\b)"
)


def _someone_else_speaks(text: str, mentions: list[Mention]) -> bool:
    """Whether a person the config does not name speaks in the sentence (or leads it)."""
    if (lead := _TITLED_LEAD.match(text)) is not None and not any(
        x.start < lead.end("name") and lead.start("name") < x.end for x in mentions
    ):
        words = lead.group("name").lower().split()
        if not any(w in NAME_TITLES or w in _NOT_NAMES for w in words):
            return True
    if not any(word in text for word in _SPEAKING_WORDS):
        return False  # (most sentences report no one: spare the scan for names)
    for m in _QUOTE_THEN_SURNAME.finditer(text):
        a, b = m.span("name")
        word = m.group("name")
        if (
            not any(x.start < b and a < x.end for x in mentions)
            and word.lower() not in _NO_ONES_NAME
            and word not in OUTLET_WORDS
        ):
            return True  # '"...," Toya said': one word, a name no side owns
    if unnamed_speaker(text, mentions) is not None:
        return True  # "a resident told AFP he had been terrorised": "he" is now him
    if _AN_UNNAMED_OFFICIAL_SPEAKS.match(text):
        return True  # "A Russian diplomatic source told state media ...": "he" is now him
    for m in _UNNAMED_SPEAKER.finditer(text):
        a, b = m.start("name"), m.end("name")
        if any(x.start < b and a < x.end for x in mentions):
            continue
        words = m.group("name").lower().split()
        if any(w in NAME_TITLES or w in _NOT_NAMES for w in words):
            continue
        if (
            m.group(0).startswith(("said", "told"))
            or _SAYING_BETWEEN.search(text, b)
            or _SPEAKS_NEXT.match(text, b)
        ):
            return True  # ('..." said Rabiha Jamal, 65, a mother of five': she speaks)
    return False


# Someone of no side, unnamed, speaking: "a resident told AFP", "one survivor said".
ONE_OF_THE_PEOPLE = re.compile(
    r"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}?(?:resident|witness|survivor|doctor|nurse"
    r"|medic|relative|man|woman|mother|father|farmer|villager|teacher|student|shopkeeper"
    r"|neighbou?r|refugee|worker)\b"
    # "a woman who lost her son in the strike", "a mother of five", "a man in Rafah"
    r"(?:\s+(?:who|of|in|from)\b[^,.;:]{0,60}?)?,?\s+(?:told|said|says|recalled"
    r"|described|added)\b",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset("the a an on in at after before".split()) | {
    d.lower() for d in WEEKDAY_NAMES
}
# An official no one names who leads the sentence and speaks: "A senior Russian diplomatic
# source told state media", "An official in Kyiv, who spoke on condition of anonymity,
# said" (not "A spokesman for Erdogan, Ibrahim Kalin, said": he is named).
_AN_UNNAMED_OFFICIAL_SPEAKS = re.compile(
    r"\W*(?:A|An|One|Another)\s+(?:[\w'’-]+\s+){0,3}?(?:source|official|diplomat|aide"
    # (not a spokeswoman: "he" is no one she might be)
    r"|adviser|advisor|officer|spokesman|negotiator|commander)"
    r"(?:\s+(?:in|from|of|for|at|close\s+to|with|familiar\s+with)\s+(?:the\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?"
    r"(?:\s*,\s*who\s[^,]{0,80},)?\s+(?:told|said|says|added|confirmed)\b"
)
# A single name right after a quote, then its verb: '"...," Toya said'.
_QUOTE_THEN_SURNAME = re.compile(
    r"[”\"]\s*(?P<name>[A-Z][a-z][\w'’-]+)\s+(?:said|says|added|told|wrote)\b"
)
# (capitalised words there that are no one's name: "He said", "Officials said")
_NO_ONES_NAME = (
    frozenset("he she they it we i you this that".split())
    | {n.lower() for n in SPEAKER_NOUNS}
    | NAME_TITLES
)
_SPEAKING_WORDS = (*REPORTING, *(w.split()[0] for w in _ALSO_SPEAKING))
# (with a word of what kind of side it is: "Myanmar's shadow National Unity Government",
# "Sudan's paramilitary Rapid Support Forces")
_QUALIFIES = re.compile(
    r"(?:['’]s)?\s+(?:(?:shadow|exiled|opposition|paramilitary|rebel|militant|separatist"
    r"|jihadist|insurgent|armed|parallel|rival|breakaway|self-declared|self-proclaimed|ousted"
    r"|ruling|main|largest|powerful|notorious|infamous)\s+){0,2}"
)
# A state's armed group that is not the state: "Sudan's paramilitary group", "Yemen's
# rebel movement", "Somalia's militant group".
# (a possessive only: "Israel struck militants" is Israel acting)
_STATES_OTHER_GROUP = re.compile(rf"(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}(?:{NON_STATE_NOUNS})\b")


def _qualified(sent: Sent, m: Mention, inside: list[Mention]) -> Mention | None:
    """The side or configured person a state's name only qualifies: "Yemen's Houthi
    movement", "Sudanese RSF fighters", "Special Envoy for Yemen Hans Grundberg"."""
    if m.kind not in STATE_KINDS:
        return None
    nxt = next((p for p in inside if p.start >= m.end), None)
    if (
        nxt is None
        or nxt.actor == m.actor
        or not (nxt.kind == "group" or (nxt.is_person and nxt.canonical))
        or not _QUALIFIES.fullmatch(sent.text, m.end, nxt.start)
    ):
        return None
    return nxt


_RELATIVE = frozenset(("who", "which", "whom", "whose", "where"))
#: Words that open a clause with a subject of its own: "after the militant group fired".
_SUBORDINATE = frozenset("after before while when whereas because since although though".split())
_OWN_SUBJECT = re.compile(r"\s*(?:the|a|an)\s+[a-z]", re.IGNORECASE)
# A clause that opens with a subject of plain words and its verb: "The assailants circled".
# (not a participle of the noun: "A statement issued by the U.S.", "a militia based in")
# (a word between the article and the verb, and the object's article after it: not an
# adjective, "The embattled Russian general", "the armed men")
_NP_THEN_VERB = re.compile(
    r"\W*(?:the|a|an)\s+(?:[a-z-]+\s+){1,3}?[a-z]+ed\s+(?:the|a|an|its|their|his|her)\s",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(he|she|him|his|her|it|its|they|their)\b", re.IGNORECASE)
_PERSONAL = frozenset(("he", "she", "him", "his", "her"))
# "It said", "they said" start a clause; "it is likely" names nobody.
_IMPERSONAL_AFTER = re.compile(
    r"\s+(?:is|was|would|will|could|may|might|seems|seemed|remains|remained|appears|appeared"
    r"|has\s+been|had\s+been|'s|’s)\b",
    re.IGNORECASE,
)
# Definite descriptions that name a side again: "the group said", "the ministry says",
# "the army said", "the enclave's ombudsman".
_DEFINITE = re.compile(
    # ("the armed group", "the rebel movement": the kind of group said again)
    r"\b(?:the|The)\s+(?:(?:armed|militant|rebel|guerrilla|insurgent|jihadist|separatist"
    r"|paramilitary|Islamist)\s+)?(?P<noun>"
    + by_first_letter(
        top_level_alternatives(
            r"group|movement|militia|militants|rebels|insurgents|army|military"
            r"|forces|ministry|enclave|republic|region|government|authorities|administration"
            r"|regime|office|agency|mission|brigades|organi[sz]ation|kremlin|department|coalition"
            r"|cabinet|presidency"
            # a body named before: "the union", "the doctors", "the Observatory", "the monitor"
            r"|alliance|union|syndicate|committee|commission|council|observatory|monitor|doctors"
            r"|medics|directorate|network|association|federation|crescent|programme|program"
            r"|centre|center"
            # capitalised as a style, not a name of its own ("the Army said", "the
            # Government of Sudan" excepted below, "the Army Corps" here)
            r"|Army(?!\s+[A-Z])|Military(?!\s+[A-Z])|Government(?!\s+[A-Z])|Ministry(?!\s+[A-Z])"
        )
    )
    + r")\b(?!\s+of\b)"
    # "the military administration of the region", "the army court": the noun
    # qualifies another body, which is not the side
    r"(?!\s+(?:administration|court|tribunal|prosecutors?|intelligence|hospital|academy"
    r"|police|council|committee|commission|governor|governorate|command\s+of)\b)"
)
#: "the Lebanese group", "the Palestinian militant group": a side named before that is
#: no state (a demonym before such a noun names none: briefings.nlp.actors).
_NATIONAL_GROUP = re.compile(
    r"\b[Tt]he\s+(?P<people>[A-Z][a-z]+)\s+(?:(?:militant|armed|Islamist|Shiite|Shia|Sunni|rebel"
    r"|jihadist|separatist|paramilitary)\s+)?(?:group|movement|militia|organi[sz]ation"
    r"|faction)\b"
)
_NAMED_AFTER = re.compile(r",?\s+(?:al-)?[A-Z]")
#: "the federal government", "the regional government": a side's name's last two words.
_QUALIFIED = re.compile(r"\b[Tt]he\s+(?P<mod>[a-z]+)\s+(?P<noun>[a-z]+)\b")
_QUALIFIED_ARMED = re.compile(r"\b(?P<mod>[a-z]+)\s+(?P<noun>forces|troops|soldiers)\b")
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b(?!(?:The|A|An|Its|Their|His|Her)\b)[A-Z][\w'’-]*\s+$")
_THE_WORD = re.compile(r"\b(?:the|The)\s+(?P<word>[A-Za-z]{4,})\b(?!\s+of\b)")
# A noun of a definite description that names a body by a word of its name.
_BODY_NOUNS = frozenset(
    "union syndicate committee commission council observatory monitor doctors medics "
    "directorate network association federation crescent programme program centre center "
    "ministry office agency department mission organisation organization".split()
)
# A body called by its own name and the noun ("the Mizan news agency"), one per noun:
# asked at every "the agency" of an article.
_NAMED_BODY_CALLED = {
    noun: re.compile(
        rf"\b(?!(?:The|A|An|This|That|Its|Their|His|Her|Our)\b)[A-Z][\w'’-]*\s+"
        rf"(?:[a-z]+\s+){{0,2}}(?i:{noun})\b"
    )
    for noun in _BODY_NOUNS
}


def _last_body_called(
    noun: str, places: list[tuple[str, list[Mention]]]
) -> tuple[re.Match[str], list[Mention]] | None:
    """The last body named with ``noun`` ("the Mizan news agency") in the first of
    ``places`` (texts, nearest first, with their mentions) that names one."""
    for where, named in places:
        found = list(_NAMED_BODY_CALLED[noun].finditer(where))
        if found:
            return found[-1], named
    return None


#: Nouns that can refer back to any body: "the organization said".
_ANY_BODY = frozenset(("organization", "organisation", "body"))
_BARE_HEAD_NOUNS = tuple(
    "government army military movement militia regime republic coalition".split()
)
_BARE_HEAD = re.compile(
    r"(?<![\w-])(?P<noun>government|army|military|movement|militia|regime|republic|coalition)"
    r"\s+(?:[\w-]+\s+)?(?:officials?|spokes(?:man|woman|person)|sources?|soldiers|troops"
    r"|forces|fighters|delegation|negotiators?|units|commanders?|positions|raids?|air\s*strikes?"
    r"|strikes?|warplanes?|jets?|aircraft|helicopters?|drones?|artillery|shelling|attacks?)\b",
    re.IGNORECASE,
)
_ARMED = frozenset(("army", "military", "forces"))
_ARMED_AFTER = re.compile(
    r"^(?:['’]s|-\w+)?\s+(?:(?:armed|defen[cs]e|security|ground|air|special)\s+)?(?:army|military"
    r"|forces|troops|soldiers|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)\b",
    re.IGNORECASE,
)
_MINISTRY_AFTER = re.compile(
    r"^(?:['’]s|-\w+)?\s+(?:[\w-]+\s+){0,2}?(?:ministry|office|cabinet|presidency)\b",
    re.IGNORECASE,
)
# A sentence's opening phrase before its subject: "After six hours of talks with X, ".
OPENING_PHRASE = re.compile(
    # ("Almost a day after the summit between A and B, ...": a time before it)
    r"(?:(?:Almost|Nearly|Just|Shortly|Soon|Only|Hours|Days|Weeks|Months|Minutes|A|One|Two"
    r"|Three|Less|More)\s+(?:[\w-]+\s+){0,3}?(?:after|before|following)\b[^,.;]{0,150},|"
    r"(?:After|Before|During|Following|Despite|Amid|Ahead\s+of|In\s+(?:talks|a\s+call|a\s+meeting)"
    r"|At\s+(?:a|the)\s+(?:meeting|summit|talks)|Speaking|Upon|On\s+(?:the\s+)?sidelines"
    # what it is about: "Regarding the presence of SADC troops, Kagame dismissed"
    r"|Regarding|Concerning|As\s+for|As\s+to|In\s+response\s+to|Asked\s+about|Turning\s+to"
    # "While reiterating his call for Ocalan's release, Bahceli said"
    r"|(?:While|Whilst)(?=\s+[a-z]+ing\b)"
    # a participle with its object: "Meeting Mr. Blinken, the prime minister said"
    r"|(?:Meeting|Addressing|Hosting|Receiving|Welcoming|Visiting|Flanked\s+by|Standing\s+next\s+to"
    r"|Alongside|Together\s+with|With)(?=\s+[A-Z]))\b(?:[^,.;]|\.(?=\s+[A-Z])){0,150},)"
)
#: Mentions that never go on a place's name: a nationality, a person, a body.
_NO_PART_OF_A_PLACE = frozenset(("demonym", "person", "org", "seat"))
# "in the city of Saraqib", "near Avdiivka", "on Khan Younis": a capitalised name after
# a preposition of place.
_PLACE = place_phrase("in|inside|within|near|on|around|outside|at|across|into")
# What a name is, between its commas: " an Iran-backed armed group" (no verb in it).
_APPOSITION_CHUNK = re.compile(
    r"\s*(?:a|an)\s+(?!(?:[\w'’-]+\s+){0,6}?(?:is|are|was|were|has|have|had|said|says)\b)"
    r"[\w'’ -]{3,70}?\s*,?\s*"
)
# ... or its ties: "affiliated with Al-Qaeda", "led by Iyad Ag Ghaly", "backed by Iran".
_TIES_CHUNK = re.compile(
    r"\s*(?:(?:affiliated|allied|aligned|linked|tied|loyal|close|backed|supported)\s+(?:by|with|to)"
    rf"|{_LEADS})\s+[^,;]{{2,60}}?\s*,?\s*"
)
# ... or whose kin the one before is: "a cousin of Hamas leader Ismail Haniyeh".
_KIN_CHUNK = re.compile(
    r"\s*(?:(?:a|an|the|his|her)\s+)?(?:[\w'’-]+\s+){0,5}?(?:cousin|son|daughter|brother"
    r"|sister|nephew|niece|wife|husband|father|mother|uncle|aunt|grandson|relative|widow)"
    r"(?:-in-law)?\s+of\s"
)
# A post and the state it serves, then a verb of saying, right before "his" or "he": "the
# emir of Qatar said (his)", "the Qatari emir told reporters (he)".
_TITLED_TELLER = re.compile(
    rf"\bthe\s+(?:[\w'’-]+\s+){{0,2}}?(?P<title>{alternation(NAME_TITLES)})"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s+"
    rf"(?:has\s+|had\s+|also\s+)?(?P<verb>{alternation(REPORTING)})\s+(?:\w+\s+){{0,2}}?"
    r"(?:that\s+)?$",
    re.IGNORECASE,
)
# A description of the one named before its comma, closed by a comma before the verb:
# ", an envoy widely regarded as one of the key US negotiators,", ", the top Russian
# diplomat," (a common noun first: not a list of names, "Russia, the United States").
_DESCRIBED_ASIDE = re.compile(
    r"\s*(?:a|an|the)\s+(?:[a-z][\w'’-]*\s+){1,3}?"
    r"(?!(?:[\w'’-]+\s+){0,8}?(?:is|are|was|were|has|have|had|said|says)\b)"
    r"[\w'’ -]{0,100}?\s*,\s*"
)
# A day counted from another: "a day earlier", "two days later", "the previous day",
# "the day before" (closing its clause: not "the day before talks began").
_DAYS_APART = re.compile(
    r"\b(?:(?P<n>a|one|two|three|four|five|six|seven|\d)\s+days?\s+(?P<dir>earlier|later)"
    r"|the\s+(?P<dir2>previous|next|following)\s+day"
    r"|the\s+day\s+(?:before|after)(?=\s*(?:[,.;]|$)))\b",
    re.IGNORECASE,
)
# A deed after a name: the name is whose deed it is ("in US air strikes", "in Russian
# shelling"), not a place.
_WHOSE_DEED_AFTER = re.compile(
    rf"(?:-led|-backed)?\s+(?:[a-z-]+\s+){{0,2}}?(?:{DEED_NOUNS}|drone|missile|rocket|artillery"
    r"|offensive|operations?)\b"
)
# A part of a country named before its kind: "the Amhara region of Ethiopia" (not an
# adjective: "the Kurdish region of Iraq" names no place of its own).
_PART_OF = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+(?<!ish)(?<!ian)(?<!ese)(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?:region|province|district|state|governorate|oblast|county|department|prefecture)"
    r"\s+of\s+(?:the\s+)?$"
)


@dataclass
class Sent:
    """One sentence with its mentions; offsets in ``mentions`` are sentence-relative."""

    index: int
    span: Sentence
    mentions: list[Mention]
    #: The person last named before this sentence ("he said" resolves to it).
    prior_person: Mention | None = None
    #: The side (not a person) that led the sentences before ("It said" resolves to it).
    prior_side: Mention | None = None
    #: The person named before ``prior_person``: whom "he" means when the prior person is
    #: the one he speaks of ("He accused al-Hijri of ...").
    earlier_person: Mention | None = None
    #: The mark of a quote a sentence before opened and did not close: this sentence
    #: starts inside it ("" if it does not).
    opened: str = ""
    _dates: list[tuple[int, int, str]] | None = field(default=None, repr=False)
    #: The sentence's speech acts, found once (see ``attribution.speech_acts``).
    acts: list | None = field(default=None, repr=False)
    _breaks: list[tuple[int, str]] | None = field(default=None, repr=False)
    _folded: str | None = field(default=None, repr=False)
    #: The place phrases of the whole sentence: every match's span, and the places
    #: kept (see ``ArticleContext._places``).
    _places: tuple[list[tuple[int, int]], list[tuple[int, int, str]]] | None = field(
        default=None, repr=False
    )
    #: The date phrases that may date an incident (see ``ArticleContext._event_dates``).
    _event_dates: list[tuple[int, int, str, bool]] | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def folded(self) -> str:
        """The sentence in lower case, offsets kept (see briefings.nlp.folding)."""
        if self._folded is None:
            self._folded = fold(self.span.text)
        return self._folded

    @property
    def breaks(self) -> list[tuple[int, str]]:
        """Where each clause starts (offset after the break, the break's word), the
        sentence's start first; found once, asked for every verb."""
        if self._breaks is None:
            self._breaks = [(0, "")] + [
                (m.end(), m.group(0)) for m in _CLAUSE_BREAK.finditer(self.folded)
            ]
        return self._breaks

    @property
    def dates(self) -> list[tuple[int, int, str]]:
        if self._dates is None:
            found = find_dates(self.span.text)
            if found and self.mentions:
                # a name that holds a date is no date: "the March 23 Movement"
                found = [
                    d for d in found if not any(m.start <= d[0] < m.end for m in self.mentions)
                ]
            self._dates = found
        return self._dates


# A post with no name as the whole subject before a verb: "(...," the president added",
# "The secretary said".
_A_POST = (
    r"the\s+(?:(?:deputy|vice)\s+)?(?:president|prime\s+minister|premier|chancellor|secretary"
    r"|minister|foreign\s+minister|defen[cs]e\s+minister|spokes(?:man|woman|person)|ambassador"
    r"|envoy|emir|king|(?-i:DPM|PM|FM))"
)
_A_ROLE_SUBJECT = re.compile(
    rf"[\s,”\"]*({_A_POST})\s+(?:also\s+|later\s+|then\s+)?$",
    re.IGNORECASE,
)
# A post as the subject of a verb of saying: "The Deputy Prime Minister stated that US
# Secretary of State Marco Rubio informed him": who is named after it is not "he" next.
_A_POST_SPEAKS = re.compile(
    rf"(?:^|,\s*)({_A_POST})\s+(?:also\s+|later\s+|then\s+)?"
    rf"(?:{alternation(REPORTING | {'stressed', 'emphasised', 'emphasized', 'explained'})})\b",
    re.IGNORECASE,
)
# "He said", '"...," she told': "he" or "she" speaking, the subject of the sentence.
_HE_SPEAKS = re.compile(
    rf"(?:^\W*|,\s*|[”\"]\s*,?\s*)(?:he|she)\s+(?:also\s+|later\s+|then\s+|further\s+)?"
    rf"(?:{alternation(REPORTING | {'stressed', 'emphasised', 'emphasized', 'explained'})})\b",
    re.IGNORECASE,
)
# "..., he said", "..., they added": a pronoun that names who speaks the words around it.
_COMMA_BEFORE_HE = re.compile(r",\s*$")
_PRONOUN_SAYS = re.compile(
    rf"\s*(?P<who>he|she|they|it)\s+(?:also\s+|later\s+|then\s+)?(?:{alternation(REPORTING)})\b",
    re.IGNORECASE,
)


class ArticleContext:
    def __init__(self, article: Article, config: Config, as_of: dt.date) -> None:
        self.article = article
        self.config = config
        self.as_of = as_of
        self.lexicon: Lexicon = lexicon_for(config)
        self.base = date_or_none(article.published)
        self._anchor: dt.date | None = None
        self.default_year = self.base.year if self.base else as_of.year
        #: The configured sides fighting in this article, most active first (set
        #: once its ground events are known).
        self.belligerents: tuple[str, ...] = ()
        #: The two parties of the last diplomatic step told (its sentence's index and
        #: their ids): whom "the two sides" means in the sentences after it.
        self.last_pair: tuple[int, tuple[str, ...]] | None = None
        self._parsed: dict[tuple[str, bool | None], str | None] = {}
        self.acronyms = Acronyms()  # "(IOM)" after a body's name, for the whole article
        self.sents: list[Sent] = []
        spans = split_sentences(article.text)
        found = [self.lexicon.find(span.text) for span in spans]
        self.home = self._home(spans, found)
        # names are learnt from captions too ("U.S. President Barack Obama speaks ..."),
        # but nothing else is read there
        found = learn_names([span.text for span in spans], shared_owner(self.lexicon, found))
        spans, found = _without_captions(spans, found)
        last_person: Mention | None = None
        earlier_person: Mention | None = None
        last_side: Mention | None = None
        # Actor mentions so far with the words after each: "the army" is the side
        # last named with "army", "forces" or "troops" after it.
        recent: list[tuple[Mention, str]] = []
        institutions: list[Mention] = []
        #: The person last named with each title: "the president" after "President
        #: Gustavo Petro" is Petro.
        titled: dict[str, Mention] = {}
        carried = _carried_quotes(article.text, spans)
        for i, span in enumerate(spans):
            opened = carried[i]
            mentions = self._descriptions(
                span.text,
                _off_outlets(span.text, _off_dateline(span.text, found[i])),
                recent,
                institutions,
            )
            if titled and may_hold(span.text, _TITLE_HEADS):
                mentions = _with_titled(span.text, mentions, titled)
            for m in mentions:
                if (
                    m.actor
                    and not m.is_person
                    and (title := _BODY_TITLE_AFTER.match(span.text, m.end)) is not None
                ):
                    # "Israel's foreign ministry spokesman said ...": "the spokesman" is
                    # the side's voice again
                    titled[_title_key(title.group("title"))] = m
                if (
                    m.is_person
                    and m.actor
                    and (
                        (title := _TITLE_BEFORE.search(span.text, max(0, m.start - 40), m.start))
                        or (title := _TITLE_IN_APPOSITION.match(span.text, m.end))
                    )
                ):
                    key = _title_key(title.group("title"))
                    titled[key] = m
                    if key.split()[0] in _MINISTRIES:
                        titled[key.split()[-1]] = m  # "the minister" for the defence minister
            self.sents.append(
                Sent(i, span, mentions, last_person, last_side, earlier_person, opened=opened)
            )
            # people named inside a quote are not who "he" means after it
            people = [
                m
                for m in mentions
                if _a_he(m, span.text) and not inside_quote(span.text, m.start, opened)
            ]
            # "Russian Foreign Minister Sergei Lavrov": the title's people word and the
            # name are one person, and "he" is the name
            people = [
                m
                for i, m in enumerate(people)
                if i + 1 == len(people) or not title_chain(span.text[m.end : people[i + 1].start])
            ]
            owners = [m for m in people if _POSSESSIVE.match(span.text, m.end)]
            if owners and len(owners) < len(people):
                # "for Ocalan's appearance, Bahceli said": the owner of a thing is no
                # subject while someone else is named
                people = [m for m in people if m not in owners]
            elif owners and _someone_else_speaks(span.text, mentions):
                # "The chairman of Erdogan's party, Efkan Ala, said": he is not Erdogan
                people = []
            post = (
                (_A_POST_SPEAKS.search(span.text) or _HE_SPEAKS.search(span.text))
                if last_person is not None
                else None
            )
            if post is not None and all(m.start >= post.end() for m in people):
                # the post is the man named before, and so is "he" speaking ('"...," he
                # told reporters after his call with Erdogan'): those he names are not he
                people = []
            if people:
                # The subject is named first: "Pashinyan said he had no plans to meet
                # Aliyev. ... he wrote" is Pashinyan; but not in an opening phrase:
                # "After talks with Rice, Saakashvili confirmed the truce" is Saakashvili.
                opening = OPENING_PHRASE.match(span.text)
                new_person = next(
                    (m for m in people if opening is None or m.start >= opening.end()),
                    people[0],
                )
                if last_person is not None and last_person.canonical != new_person.canonical:
                    earlier_person = last_person
                last_person = new_person
            elif _someone_else_speaks(span.text, mentions):
                # "Yohannes Tadesse, a militia member, said ...": "he" is now him, whom
                # the config does not name; not the leader named sentences before
                last_person = None
            last_side = _lead_side(span.text, mentions) or last_side
            recent += [(m, span.text[m.end : m.end + 40]) for m in mentions if m.actor]
            recent = recent[-60:]

    def evidence(self, first: Sent, last: Sent | None = None) -> Evidence:
        last = last or first
        start, end = first.span.start, last.span.end
        return Evidence(self.article.id, self.article.text[start:end], start, end)

    # -- definite descriptions ----------------------------------------------------

    def _descriptions(
        self,
        text: str,
        mentions: list[Mention],
        recent: list[tuple[Mention, str]],
        institutions: list[Mention],
    ) -> list[Mention]:
        """``mentions`` plus institutions that are no side ("the Gaza health
        ministry") and definite descriptions resolved to the side they name again
        ("the group said" after Hamas, "the enclave's ombudsman")."""
        extra: list[Mention] = []

        def free(a: int, b: int) -> bool:
            return all(b <= m.start or a >= m.end for m in mentions + extra)

        for body in find_bodies(text, self.acronyms):
            inst = self._body_mention(text, body, mentions)
            if inst is None:
                continue
            # the body's name holds the demonym or country it starts with
            mentions = [m for m in mentions if m.end <= body.start or m.start >= body.end]
            extra.append(inst)
            if inst.kind == "institution":
                institutions.append(inst)
        if self.lexicon.heads and may_hold(text, _BARE_HEAD_NOUNS):
            for m in _BARE_HEAD.finditer(text):
                # "a government military official", "government soldiers": a configured
                # side's head noun used as a modifier names that side
                actor = self.lexicon.heads.get(m.group("noun").lower())
                a, b = m.start("noun"), m.end("noun")
                owner = next((x for x in mentions if 0 <= a - x.end <= 1), None)
                if owner is not None and owner.actor and owner.kind in ("demonym", "country"):
                    continue  # "Chadian army soldiers" are Chad's, whoever's "army" is named
                if actor is not None and free(a, b):
                    extra.append(Mention(a, b, text[a:b], actor, "anaphor"))
        # (only where a demonym was set aside as naming no side: briefings.nlp.actors)
        national = any(x.kind == "modifier" for x in mentions)
        for m in _NATIONAL_GROUP.finditer(text) if national else ():
            a, b = m.start(), m.end()
            inside = [x for x in mentions if a <= x.start and x.end <= b]
            word = m.group("people")
            if [(x.kind, x.text) for x in inside] != [("modifier", word)] or not free(a, a + 3):
                continue  # no demonym ("the Takfiri group"), a side of its own, a body
            if _NAMED_AFTER.match(text, b):
                continue  # named right after: "the Palestinian group Islamic Jihad"
            before = [x for x, _ in recent] + [x for x in mentions if x.actor and x.end <= a]
            target = self._group_before(before, states=False)
            if target is not None:
                mentions = [x for x in mentions if not a <= x.start < b]
                extra.append(Mention(a, b, text[a:b], target.actor, "anaphor"))
        for m in _QUALIFIED.finditer(text) if self.lexicon.tails else ():
            a, b = m.start(), m.end()
            actor = self.lexicon.tails.get(f"{m.group('mod')} {m.group('noun')}".lower())
            if actor is not None and free(a, b):
                extra.append(Mention(a, b, text[a:b], actor, "anaphor"))
        # "saw federal forces re-take a few towns": armed people need no "the", but
        # not after a name of their own ("Amhara regional forces" are Amhara's)
        for m in _QUALIFIED_ARMED.finditer(text) if self.lexicon.tails else ():
            a, b = m.start(), m.end()
            actor = self.lexicon.tails.get(f"{m.group('mod')} {m.group('noun')}".lower())
            if actor is None or not free(a, b) or _NAME_BEFORE.search(text, max(0, a - 30), a):
                continue
            extra.append(Mention(a, b, text[a:b], actor, "anaphor"))
        for m in _THE_COUNTRYS.finditer(text) if "country" in text else ():
            # "192 Azerbaijani troops were killed, the country's defence ministry said": the
            # state named last, in the sentence or before it
            a, b = m.start(), m.end()
            before = [x for x in mentions if x.end <= a][::-1] + [x for x, _ in reversed(recent)]
            state = next((x for x in before if self._a_state(x)), None)
            if state is None:
                continue
            organ = next((x for x in extra if a <= x.start < b and x.kind == "institution"), None)
            if organ is not None:
                # a state's organ speaks for it (its health ministry keeps its own name)
                if organ.text.split()[-1].lower() in STATE_ORGAN_HEADS and "health" not in (
                    organ.text.lower()
                ):
                    extra[extra.index(organ)] = Mention(
                        organ.start, organ.end, organ.text, state.actor, "group"
                    )
            elif free(a, b):
                extra.append(Mention(a, b, text[a:b], state.actor, "anaphor"))
        framed = self._framed_in(text, mentions)
        for m in _DEFINITE.finditer(text):
            a, b = m.start(), m.end()
            if not free(a, b):
                continue
            noun = m.group("noun").lower()
            if any(
                x.actor
                and x.start > b
                and not text[b : x.start].strip()
                # (not a state's name, the subject of a clause of its own: "The militants
                # Israel has been fighting since 2023 said")
                and x.kind not in ("country", "demonym", "capital", "seat")
                for x in mentions
            ):
                continue  # "the jihadist group JNIM": the name after it, not a description
            if noun in _FRAMED_NOUNS and framed is not None and framed[0] <= a:
                # "In Thailand, the army said ...": the state the sentence is framed in
                extra.append(Mention(a, b, text[a:b], framed[1], "anaphor"))
                continue
            here = [(x, text[x.end : x.end + 40]) for x in mentions if x.actor and x.end <= a]
            if noun in _GENERIC_GROUPS and (led := _LED_BY.match(text, b)) is not None:
                # "the group led by Iyad Ag Ghali": his
                leader = next(
                    (
                        x
                        for x in mentions
                        if led.end() <= x.start <= led.end() + 40
                        and x.is_person
                        and "," not in text[led.end() : x.start]
                    ),
                    None,
                )
                if leader is not None and leader.actor:
                    extra.append(Mention(a, b, text[a:b], leader.actor, "anaphor"))
                    continue
            if noun in _BODY_NOUNS and self._unknown_body_before(noun, text, a, mentions):
                continue  # "... the Mizan news agency. The agency noted": no side's
            target = self._resolve(noun, recent + here, institutions)
            if target is not None:
                # (a body or an organisation stays one: it is no side's voice)
                kind = target.kind if target.kind in ("institution", "org") else "anaphor"
                extra.append(Mention(a, b, text[a:b], target.actor, kind))
        for m in _THE_WORD.finditer(text) if institutions else ():
            # "the nurses", "the union": a word of a body named before (none yet: no scan)
            a, b = m.start(), m.end()
            word = m.group("word")
            if not free(a, b) or not (word.islower() or word.lower() in BODY_HEADS):
                continue
            named = _named_body(word.lower(), institutions)
            if named is not None:
                extra.append(Mention(a, b, text[a:b], named.actor, "institution"))
        if not extra:
            return mentions
        # "the government-run hospital", "government-backed militias": a side's word as a
        # hyphened modifier names no one who speaks or acts (as a name's would not)
        extra = [
            Mention(x.start, x.end, x.text, None, "modifier")
            if x.kind == "anaphor"
            and (after := _HYPHEN_SUFFIX.match(text, x.end)) is not None
            and after.group(1).lower() in MODIFIER_SUFFIXES
            # (but "the army-led government" is the state still, and "the government-run
            # news agency" its voice)
            and (after.group(2) or "").lower() not in STATE_WORDS
            and (after.group(2) or "").lower() not in _STATE_MEDIA_WORDS
            else x
            for x in extra
        ]
        return sorted(mentions + extra, key=lambda x: x.start)

    def _a_state(self, m: Mention, kinds: tuple[str, ...] = _STATE_NAMES) -> bool:
        """Whether ``m`` names a configured side that is a state, by one of ``kinds``."""
        return (
            m.kind in kinds and m.actor in self.lexicon.actor_ids and self.lexicon.is_state(m.actor)
        )

    def _framed_in(self, text: str, mentions: list[Mention]) -> tuple[int, str] | None:
        """(where the frame ends, the state) of a sentence opened in a configured state:
        "In Thailand, ..." (not a town of it)."""
        frame = _IN_A_STATE.match(text)
        if frame is None:
            return None
        state = next(
            (
                x
                for x in mentions
                if (x.start, x.end) == frame.span("place")
                and self._a_state(x, ("country", "capital"))
            ),
            None,
        )
        return None if state is None or state.actor is None else (frame.end(), state.actor)

    def _home(self, spans: list[Sentence], found: list[list[Mention]]) -> str | None:
        """The configured state whose capital or seat the article is datelined from
        ("ISLAMABAD (Reuters) -"): whose "the military" or "the government" a wire story
        means when it has named no one else's."""
        place = self.article.dateline
        if not place and spans and (m := CAPS_DATELINE.match(spans[0].text)):
            place = spans[0].text[: m.end()]
        if not place:
            return None
        homes = {
            x.actor
            for x in (
                self.lexicon.find(place.title()) if place.isupper() else self.lexicon.find(place)
            )
            if x.kind in ("capital", "seat") and self.lexicon.is_state(x.actor)
        }
        return homes.pop() if len(homes) == 1 else None

    @cached_property
    def _configured(self) -> frozenset[str]:
        """The config's own names and aliases, lower case."""
        return frozenset(n.lower() for a in self.config.actors for n in (a.name, *a.aliases))

    def _body_mention(self, text: str, body: Body, mentions: list[Mention]) -> Mention | None:
        """The mention a body makes: the body under its own name; the configured
        side or organisation it belongs to ("African Union Commission", "the
        Turkish Defence Ministry"); None when a longer name covers it."""
        overlapping = [m for m in mentions if m.start < body.end and body.start < m.end]
        if any(m.start < body.start or m.end > body.end for m in overlapping):
            return None  # part of a longer name: "Rapid Support Forces Council" etc.
        # the head word: "Ministry" in "Ministry of Health" and in "Defence Ministry"
        head = re.split(r"\s+(?:of|for|on|in)\s+", body.name)[0].split()[-1].lower()
        for m in overlapping:
            if m.kind in ("group", "org", "person") and head in m.text.lower().split():
                return None  # a configured side or known organisation: "African Union"
            if (m.start, m.end) == (body.start, body.end) and m.text.lower() in self._configured:
                return None  # its acronym, a side's own name: "UNSMIL" after it was spelt out
        sides = [m for m in overlapping if m.actor in self.lexicon.actor_ids]
        spelt = next(
            (m for m in sides if text[m.start - 1 : m.start] == "(" and m.end >= body.end - 1), None
        )
        if spelt is not None and not self.lexicon.is_state(spelt.actor):
            # "the SADC Mission in Mozambique (SAMIM)": a side's own name, spelt out
            return Mention(body.start, body.end, text[body.start : body.end], spelt.actor, "group")
        health = re.search(r"\bhealth\b", body.name, re.IGNORECASE)
        if sides and head in STATE_ORGAN_HEADS and not health:
            # a state's own organ speaks for the state
            return Mention(
                body.start, body.end, text[body.start : body.end], sides[0].actor, "group"
            )
        # (one name, if the text wrapped it over two lines)
        name = re.sub(r"^(?:the|a|an)\s+", "", " ".join(body.name.split()), flags=re.IGNORECASE)
        return Mention(body.start, body.end, text[body.start : body.end], name, "institution")

    def body_called(self, sent: Sent, pos: int, noun: str) -> str | None:
        """The name of the body "the <noun>" at ``pos`` refers back to, when one was
        named with that noun earlier in the sentence or in the two before ("The WAFA
        news agency reported ... According to the agency"); None if none was."""
        if noun.lower() not in _NAMED_BODY_CALLED:
            return None
        earlier = reversed(self.sents[max(0, sent.index - 2) : sent.index])
        places = [(sent.text[:pos], sent.mentions)] + [(s.text, s.mentions) for s in earlier]
        found = _last_body_called(noun.lower(), places)
        return " ".join(found[0].group(0).split()) if found is not None else None

    def _unknown_body_before(self, noun: str, text: str, a: int, mentions: list[Mention]) -> bool:
        """Whether the last body called ``noun`` before ``a`` (in this sentence, else in
        the one before) has a name no side owns: "Mizan news agency" (then "the agency"
        is that one, not a side whose alias ends in "Agency")."""
        places = [(text[:a], mentions)] + [(s.text, s.mentions) for s in self.sents[-1:]]
        found = _last_body_called(noun, places)
        if found is None:
            return False
        last, named = found
        return not any(x.actor and x.start < last.end() and last.start() < x.end for x in named)

    def _resolve(
        self, noun: str, history: list[tuple[Mention, str]], institutions: list[Mention]
    ) -> Mention | None:
        """The side a definite description names: a config alias with that head noun
        ("the army" when "Libyan National Army" is an alias), else the side last
        named with such a noun ("Israeli troops" ... "the army said")."""
        # "the ministry" after "the health ministry of Nagorno-Karabakh" is that one,
        # before any configured side whose name ends in "Ministry"
        body = _named_body(noun, institutions) if noun in _BODY_NOUNS else None
        if body is not None:
            return body
        head = self.lexicon.heads.get(noun)
        if noun in ("organization", "organisation") and self.sents:
            # "Amnesty said ... The organization urged": the body that led the sentence
            # before, not a side whose alias ends in "Organization"
            before = self.sents[-1].mentions
            orgs = [m for m in before if m.kind == "org" and m.actor]
            if (
                orgs
                and orgs[0].actor not in self.lexicon.actor_ids
                and not any(m.actor == head for m in before)
            ):
                return orgs[0]
        if noun in _BODY_NOUNS and (org := _organisation_called(noun, history, head)):
            return org
        sides = [(m, follow) for m, follow in history if not m.is_person and m.kind != "modifier"]
        if noun == "group" and self.sents:
            # "... a report released by Human Rights Watch. The group warns": the body
            # named in the sentence before, when it named no armed group
            before = self.sents[-1].mentions
            orgs = [m for m in before if m.kind == "org" and m.actor]
            if orgs and not any(
                m.kind in ("group", "anaphor") and m.actor in self.lexicon.armed for m in before
            ):
                return orgs[-1]
        if noun in _GENERIC_GROUPS:
            # "the group" is the group last named, whoever's alias ends in "Group" ("JNIM
            # attacked the town. The group said ..." is JNIM, not the "Wagner Group")
            # ("the militia", "the rebels" are never a state's army: "SAF said the
            # militia attacked" is not SAF)
            group = self._group_before([m for m, _follow in sides], states=noun == "group")
            if group is not None or head is None:
                return group
        if head is not None:
            return Mention(0, 0, noun, head, "group")
        if noun in _BODY_NOUNS and noun not in ("ministry", "office", "agency", "department"):
            return None
        if noun == "office":
            # "Abiy Ahmed's office hailed the pact ... the office said": the person's
            for m, follow in reversed(history):
                if m.is_person and m.actor and _OFFICE_OF_AFTER.match(follow):
                    return Mention(0, 0, noun, m.actor, "group")
        if noun in _ARMED or noun in ("ministry", "office", "cabinet", "presidency"):
            pattern = _ARMED_AFTER if noun in _ARMED else _MINISTRY_AFTER
            for m, follow in reversed(sides):
                last = m.text.split()[-1].lower()
                own = last in ("army", "military", "forces", "troops")
                # ("the ministry" after "the Afghan Defense Ministry", a configured name)
                if (
                    pattern.match(follow)
                    or (noun in _ARMED and own)
                    or last == noun
                    # a body named head first: "Egypt's Ministry of Foreign Affairs"
                    or _head_first(m.text) == noun
                ):
                    return m
            return self._at_home(noun)
        if noun in ("government", "authorities", "administration"):
            return self._at_home(noun)
        return None

    def _at_home(self, noun: str) -> Mention | None:
        """The dateline's state for "the military" or "the government" that no side
        named before claims: a wire story's host ("KYIV (AP) - Russia fired 90 drones
        overnight, the military said")."""
        return None if self.home is None else Mention(0, 0, noun, self.home, "group")

    def _group_before(self, named: list[Mention], *, states: bool = True) -> Mention | None:
        """The side last named by a configured name ("the group" after Hamas); with
        ``states=False`` never a state ("the Palestinian group" is no government)."""
        for m in reversed(named):
            if m.kind == "group" and not m.is_person:
                if states or not self.lexicon.is_state(m.actor):
                    return m
        return None

    # -- dates ------------------------------------------------------------------

    def date_in(
        self, sent: Sent, lo: int = 0, hi: int | None = None, *, future: bool | None = None
    ) -> str | None:
        """The date of the first date phrase in ``sent.text[lo:hi]`` (sentence offsets)."""
        hi = len(sent.text) if hi is None else hi
        for start, end, phrase in sent.dates:
            if start >= lo and end <= hi:
                iso = self.parse(phrase, future=future)
                if iso:
                    return iso
        return None

    def date_near(
        self, sent: Sent, pos: int, *, future: bool | None = None, said: bool = True
    ) -> str | None:
        """The day named nearest to ``pos`` in the sentence ("on Friday killed two ...
        as they targeted"): never a period's start ("for the first time since 2016")
        nor a bare year or month, which in another clause dates another event; nor,
        unless ``said``, the day it was told ("..., Kuleba told AP on Feb. 2")."""
        best: tuple[int, str] | None = None
        asides = _relative_asides(sent)
        for start, end, phrase in sent.dates:
            if PERIOD_START.match(phrase) or PERIOD_BEFORE.search(
                sent.text, max(0, start - 8), start
            ):
                continue
            if not _A_DAY.search(phrase) and any(
                lo <= start < hi and not lo <= pos < hi for lo, hi in asides
            ):
                continue  # "Hamas, which took control of Gaza in 2007, attacked on Monday"
            if not said and _SAID_ON.search(sent.text, max(0, start - 60), start):
                continue
            answered = ANSWERED_BEFORE.search(sent.text, max(0, start - 100), start)
            if answered is not None and pos < answered.start():
                continue  # "struck Pakistan in retaliation for the April 22 attack": its day
            iso = self.parse(phrase, future=future)
            if not iso or len(iso) < 10:
                continue
            distance = start - pos if start >= pos else pos - end
            if best is None or distance < best[0]:
                best = (distance, iso)
        return best[1] if best else None

    def date_of(self, sent: Sent, at: int, end: int, hi: int | None = None) -> str | None:
        """The date of a figure at ``at``..``end``: the nearest date phrase in its own
        clause (before the next figure, ``hi``), else a date that opens the sentence
        ("On Monday, ..."). A date in another clause is another event's: "signed a
        truce late on Saturday as fighting that has displaced a million ..."; one after
        "since" starts a period and dates no incident, unless it is the story's own day
        ("killed 57 since dawn on Saturday", told that Saturday)."""
        text = sent.text
        last = next(reversed(list(_DATE_BREAK.finditer(text, 0, at))), None)
        lo = last.end() if last else 0
        stop = _DATE_BREAK.search(text, end)
        hi = min(hi if hi is not None else len(text), stop.start() if stop else len(text))
        if (
            last is not None
            and _CLAUSE_OPENER.fullmatch(last.group(0))
            # (a clause that opens the sentence: "Two weeks after ...", not "India struck
            # on Wednesday after militants killed 26 in Pahalgam, Kashmir, on April 22")
            and len(text[: last.start()].split()) <= 4
        ):
            # "Two weeks after militants killed 26, India struck on 7 May": the clause
            # that "after" opens ends at its comma; the date after it is the main clause's
            comma = text.find(",", end, hi)
            hi = comma if comma != -1 else hi
        best: tuple[int, str] | None = None
        opening: str | None = None
        asides = _relative_asides(sent)
        for start, stop_, iso, opens in self._event_dates(sent):
            if not _A_DAY.search(sent.text[start:stop_]) and any(
                a <= start < b and not a <= at < b for a, b in asides
            ):
                continue  # "Hamas, which took control of Gaza in 2007, attacked on Monday"
            if lo <= start and stop_ <= hi:
                distance = start - end if start >= end else at - stop_
                if best is None or distance < best[0]:
                    best = (distance, iso)
            elif stop_ <= at and opens:
                opening = iso
        if best is None and stop is not None and stop.group(0).strip().lower() == "since":
            # a count since a time of the day the story was written ("killed 57 since
            # dawn on Saturday", told that Saturday) is that day's
            for start, _stop, phrase in sent.dates:
                if PERIOD_START.match(phrase) and start == stop.start() + 1:
                    start, phrase = stop.end(), phrase.split(None, 1)[-1]  # "since Saturday"
                if _SINCE_TODAY.fullmatch(text, stop.end(), start):
                    today = self.parse(phrase, future=False)
                    if today and self.base and today == self.base.isoformat():
                        return today
        return best[1] if best else opening

    def _event_dates(self, sent: Sent) -> list[tuple[int, int, str, bool]]:
        """The sentence's date phrases that may date an incident, each with its day and
        whether it opens the sentence ("On Monday, ..."): found once per sentence, asked
        for by every figure in it."""
        if sent._event_dates is not None:
            return sent._event_dates
        text = sent.text
        out = []
        for i, (start, stop_, phrase) in enumerate(sent.dates):
            if _BEGAN_BEFORE.search(text, max(0, start - 250), start):
                continue  # "the siege, which was launched May 23,": the siege's start
            if PERIOD_START.match(phrase) or _PERIOD_OPENS_BEFORE.search(
                text, max(0, start - 16), start
            ):
                continue  # "Since September, ... killing 43": a running total's start
            if (
                (
                    _SPAN_START.search(text, max(0, start - 10), start)
                    or _SPAN_OPENS.match(phrase) is not None
                )
                and i + 1 < len(sent.dates)
                and (
                    _SPAN_JOIN.fullmatch(text, stop_, sent.dates[i + 1][0])
                    # ("from February 1 until March 3": the second phrase holds "until")
                    or (
                        not text[stop_ : sent.dates[i + 1][0]].strip()
                        and PERIOD_START.match(sent.dates[i + 1][2]) is not None
                    )
                )
            ):
                continue  # "between 1 January and 30 May": the period runs to its end
            if _SAID_ON.search(text, max(0, start - 30), start):
                continue  # "..., the ministry said on Tuesday": the day it was told
            iso = self.parse(phrase, future=False)
            if iso:
                out.append((start, stop_, iso, _OPENING_DATE.match(text, 0, start) is not None))
        if " day" in sent.folded:  # ("a day earlier", "the next day", not "Monday")
            before = self._event_dates(self.sents[sent.index - 1]) if sent.index else []
            out = sorted(out + self._days_apart(text, out, before))
        sent._event_dates = out
        return out

    def _days_apart(
        self,
        text: str,
        dates: list[tuple[int, int, str, bool]],
        before: list[tuple[int, int, str, bool]],
    ) -> list[tuple[int, int, str, bool]]:
        """ "a day earlier", "two days later", "the previous day": the day so far from
        the nearest day the sentence names, else the last day the sentence before names
        ("Hamas fired on Saturday. Israel struck the next day."), else none."""
        out = []
        for m in _DAYS_APART.finditer(text):
            count = m.group("n")
            n = 1 if count is None else parse_number(count.lower())
            if n is None:
                continue
            way = m.group("dir") or m.group("dir2") or m.group(0).split()[-1]
            back = way.lower() in ("earlier", "before", "previous")
            days = [(abs(s - m.start()), iso) for s, _e, iso, _o in dates if len(iso) == 10]
            last = [iso for _s, _e, iso, _o in before if len(iso) == 10]
            anchor = date_or_none(min(days)[1] if days else last[-1] if last else None)
            if anchor is None:
                continue
            day = anchor + dt.timedelta(days=-n if back else n)
            out.append((m.start(), m.end(), day.isoformat(), False))
        return out

    def parse(self, phrase: str, *, future: bool | None = None) -> str | None:
        # Weekdays and "last week" need the publication date; without one they stay null.
        key = (phrase, future)
        if key not in self._parsed:  # a phrase is asked for by every fact near it
            found = parse_date(
                phrase,
                base=self.base,
                default_year=self.default_year,
                future=future,
                anchor=None if self.base else self.as_of,
            )
            own = None if self.base else self._undated_anchor()
            near = date_or_none(found + "-01" if found and len(found) == 7 else found)
            if own is not None and near is not None and (near - own).days > 270:
                # an undated article's yearless day the brief's year puts long after every
                # day the article dates in full: of the article's own time ("August 3"
                # after "February 6, 2024" in a story of then). A day it dates in full is
                # not the day it was written, which may be weeks later: past by then.
                anchor = min(own + dt.timedelta(days=90), self.as_of) if future is False else own
                found = parse_date(
                    phrase, default_year=self.default_year, future=future, anchor=anchor
                )
            self._parsed[key] = found
        return self._parsed[key]

    def _undated_anchor(self) -> dt.date | None:
        """What a yearless date of an undated article is nearest: the latest day the
        article itself dates in full ("February 6, 2024" makes its "August 3" one of
        2023, not of the brief's year), else the brief's as-of date."""
        if self._anchor is None:
            full = []
            for sent in self.sents:
                for _a, _b, phrase in sent.dates:
                    if _FULL_YEAR.search(phrase):
                        day = date_or_none(parse_date(phrase))
                        if day is not None and day <= self.as_of:
                            full.append(day)
            self._anchor = max(full, default=self.as_of)
        return None if self._anchor == self.as_of else self._anchor

    # -- where ------------------------------------------------------------------

    def place_of(
        self,
        sent: Sent,
        at: int,
        end: int,
        hi: int | None = None,
        joined: tuple[int, int] | None = None,
        *,
        ahead: bool = False,
    ) -> str | None:
        """The place of a figure at ``at``..``end`` (its verb and number): the first
        place after it in its own clause and before the next figure (``hi``), else the
        last place before it in its clause that no verb of saying stands between ("an
        airstrike on the village of Haris killed five people while another on the
        village of Tallousa killed four": Haris, then Tallousa; "in the Basta area,
        killing at least 15"). With ``ahead``, only a place after it."""
        text = sent.text
        lo = max((m.end() for m in _PLACE_BREAK.finditer(text, 0, at)), default=0)
        stop = _PLACE_BREAK.search(text, end)
        hi = min(hi if hi is not None else len(text), stop.start() if stop else len(text))
        hi = min(hi, end + 80)
        after = [
            p
            for p in self._places(sent, at)
            # "..., an aid worker in Shire told Reuters": where the speaker is
            if p[0] < hi and not _SPEAKER_AFTER.match(text, p[1])
        ]
        if after:
            return after[0][2]
        if ahead:
            return None
        if joined is not None and not _ANOTHER_PLACE.search(text, joined[0], joined[1] + 60):
            # "three were killed and six injured in an attack on Ashkelon", "10 were
            # killed, 85 wounded in Rafah": the figure joined to this one names the place
            # of both
            shared = self.place_of(sent, joined[0], joined[1])
            if shared is not None and shared in [p[2] for p in self._places(sent, joined[1])]:
                return shared
        before = [p for p in self._places(sent, lo) if p[0] < at]
        for i in range(len(before) - 1, -1, -1):
            start, _end, place = before[i]
            if _SAYING_BETWEEN.search(text, start, at):
                break  # "a UN official in Geneva said 30 were killed": not the place
            if _ANOTHER_EVENT_BETWEEN.search(text, start, at):
                # "struck targets in Pakistan, in retaliation for the attack that killed
                # 26": the place of the deed that answers, not of the one answered
                break
            if (
                i > 0
                and (
                    _NEAR_BEFORE.search(text, max(0, start - 30), start) or _NEAR.match(text, start)
                )
                # (right after the place it locates: "Bat Yam, near Tel Aviv"; not "in Gaza
                # hit a school outside Khan Younis")
                and re.fullmatch(r"[\s,]*", text[before[i - 1][1] : start]) is not None
            ):
                continue  # "in the city of Bat Yam, near Tel Aviv, killing six": Bat Yam
            return place
        return None

    def _places(self, sent: Sent, pos: int) -> list[tuple[int, int, str]]:
        """The places named from ``pos`` on, as a scan of the sentence from ``pos``
        finds them. Every figure asks for them, so the whole sentence is scanned once
        and the list cut at ``pos``: a scan from ``pos`` finds the same matches as the
        whole scan after it, unless a match of the whole scan runs across ``pos``
        (then the two may differ, and the sentence is scanned from ``pos`` again)."""
        if sent._places is None:
            sent._places = self._scan_places(sent, 0)
        spans, places = sent._places
        if any(a < pos < b for a, b in spans):
            return self._scan_places(sent, pos)[1]
        return [p for p in places if p[0] >= pos]

    def _scan_places(
        self, sent: Sent, pos: int
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
        """The span of every match from ``pos``, and the places among them."""
        spans, out = [], []
        for m in _PLACE.finditer(sent.text, pos):
            spans.append((m.start(), m.end()))
            place = m.group("place")
            ps = m.start("place")
            if NOT_PLACE_START.match(place) or any(
                x.start <= ps < x.end and x.kind not in ("country", "capital")
                for x in sent.mentions
            ):
                continue
            if _BLAMED_BEFORE.search(sent.text, max(0, m.start() - 12), m.start() + 3):
                continue  # "a bombing blamed on Tamil Tiger rebels": whom, not where
            if a_peoples_word(sent.text, place, m.end()):
                continue  # "strikes on Kurdish militants": a people's word, no place
            if _A_BORDER_AFTER.match(sent.text, m.end()):
                continue  # "near the Niger border": the border's, not in that country
            if _WHOSE_DEED_AFTER.match(sent.text, m.end()) and any(
                x.start == ps and x.end == m.end() and x.kind in ("country", "seat")
                for x in sent.mentions
            ):
                continue  # "killed in US air strikes": whose strikes, not where
            # a name runs on into the next sentence part when a comma is lost: "near
            # Damascus British Foreign Secretary X said" is Damascus
            cut = min(
                (
                    x.start
                    for x in sent.mentions
                    if ps < x.start < ps + len(place) and x.kind in _NO_PART_OF_A_PLACE
                ),
                default=None,
            )
            if cut is not None:
                place = place[: cut - ps].rstrip()
            part = _PART_OF.search(sent.text, m.start(), ps)
            if (
                part is not None
                and not NOT_PLACE_START.match(part.group("name"))  # "the Druze-majority province"
                and not any(
                    x.start == part.start("name") and x.kind == "demonym" for x in sent.mentions
                )
            ):
                place = part.group("name")  # "the Donetsk region of Ukraine": Donetsk
            out.append((m.start(), m.end(), re.sub(r"['’]s$", "", place)))
        return spans, out

    # -- who --------------------------------------------------------------------

    def subject(self, sent: Sent, pos: int, *, reach: int = 3) -> Mention | None:
        """The side acting or speaking at ``pos``: the first mention (or pronoun) of the
        clause that ends there, reaching back over up to ``reach`` clause breaks
        when the nearest clause names nobody ("Altun, an aide to X, said")."""
        if "ing" in sent.text[max(0, pos - 160) : pos] and (
            aside := _PARTICIPLE_ASIDE.search(sent.text, max(0, pos - 200), pos)
        ):
            # "The ministry, while welcoming the deal between A and B, voiced concern":
            # the subject is before the aside
            pos = aside.start()
        if (
            ("—" in sent.text or "–" in sent.text or " -" in sent.text)
            and (dashes := _DASH_ASIDE.search(sent.text, max(0, pos - 200), pos))
            and any(m.actor and 0 <= dashes.start() - m.end <= 2 for m in sent.mentions)
        ):
            # "Hamas—designated a terrorist group by Israel and the EU—announced": the
            # subject is before the words between the dashes (if a side is named there:
            # "armed factions—described as pro-Assad militias—opened fire" are those)
            pos = dashes.start()
        if (
            members := _MEMBERS_ASIDE.search(sent.text, max(0, pos - 200), pos)
        ) is not None and any(m.actor and 0 <= members.start() - m.end <= 2 for m in sent.mentions):
            # "The Alliance of Sahel States, comprising Mali, Burkina Faso and Niger, has
            # rejected": the bloc, not its members named in the aside
            pos = members.start()
        if "," in sent.text[max(0, pos - 160) : pos]:
            for m in reversed(sent.mentions):
                if m.end >= pos or pos - m.end > 160:
                    continue
                if sent.text.startswith(",", m.end) and _DESCRIBED_ASIDE.fullmatch(
                    sent.text, m.end + 1, pos
                ):
                    # "Steve Witkoff, an envoy seen as a key US negotiator, said": the one
                    # the aside describes speaks, not a side named in the description
                    if m.actor or m.is_person:
                        return m if m.actor else None
                    break
        # the breaks that end before ``pos``, as a search from the start to it finds them
        breaks = sent.breaks[: bisect.bisect_right(sent.breaks, (pos, "\uffff"))]
        if breaks and any(" and " in m.text for m in sent.mentions):
            # (no break inside a name: "the AU Peace and Security Council urged")
            breaks = [b for b in breaks if not any(m.start < b[0] < m.end for m in sent.mentions)]
        stop = pos
        left = reach
        for i, (start, token) in enumerate(reversed(breaks)):
            if token in _RELATIVE and reach and i > 0:
                # "Cavusoglu, who attended the talks with Lavrov, said": the relative
                # clause is not where the subject is
                stop = start - len(token)
                continue
            found = self.first_actor(sent, start, stop)
            if found is None and i == 0 and _HE_OR_SHE_FIRST.match(sent.text, start, stop):
                # "Six Egyptians were injured, he added": he is someone named before, or
                # no one known; never a side in the clause before
                return None
            if (
                found is not None
                and i == 0
                and token.lower() in ("that", "which")
                and found.start > start + 1
                # (a short clause, whose object is no person or body that speaks: a
                # comma lost before "Human Rights Watch said" leaves it the subject)
                and found.kind not in ("person", "org")
                and pos - start <= 80
                # (no verb of its own saying between: "... that killed 1,400 people
                # Human Rights Watch said on Tuesday, contradicting")
                and not _SAID_IN.search(sent.text, found.end, pos)
                and _NOUN_THEN_RELATIVE.search(sent.text, max(0, start - 30), start)
                # (a "that" after a verb of telling and its when: "said in a statement on
                # Thursday that terrorists of X targeted"; an agent: "raids which were
                # carried out by Russian jets targeted")
                and not _SAID_IN.search(sent.text, max(0, start - 60), start)
                # (the clause's own verb first, the side its object: not "the district
                # which the Syrian army said had not fallen", where the side speaks)
                and _VERB_FIRST.match(sent.text, start) is not None
                and not sent.text.endswith(("by ", "by the "), 0, found.start)
            ):
                # "The commander of the forces that control eastern Syria said": the
                # relative clause's object is no subject
                stop = start - len(token)
                continue
            if (
                i > 0
                and token in (",", "and")
                and (
                    _TIES_CHUNK.fullmatch(sent.text, start, stop)
                    or _KIN_CHUNK.match(sent.text, start)
                )
            ):
                # "JNIM, affiliated with Al-Qaeda and led by Iyad Ag Ghaly, claimed": whom
                # it is tied to, said of the subject before
                stop = start
                continue
            if found is not None and i > 0 and _NP_THEN_VERB.match(sent.text, start, found.start):
                # "The assailants circled the GDF boat and opened fire": the clause before
                # has a subject of its own words; the side named is its object
                return None
            if found is not None:
                return found
            if i == 0 and token.lower() in _SUBORDINATE and _OWN_SUBJECT.match(sent.text, start):
                return None  # its subject is named, and is no side: not one further back
            if i > 0 and token == "," and _APPOSITION_CHUNK.fullmatch(sent.text, start, stop):
                stop = start  # "Hamas, an Iran-backed armed group, claimed": what it is
                continue
            stop = start
            if left == 0:
                break
            left -= 1
        return None

    def warring_sides(self) -> tuple[str, ...]:
        """Who "the warring parties" are: the article's belligerents, or in an article
        of talks alone ("the warring parties agreed on a ceasefire in Hodeida") the
        config's first two sides, when the article names both (as states or groups,
        not bodies such as the UN): a desk lists the fighting sides first."""
        if len(self.belligerents) >= 2:
            return self.belligerents
        first = [a.id for a in self.config.actors[:2]]
        named = {
            m.actor
            for s in self.sents
            for m in s.mentions
            if m.actor in first and m.kind in _A_SIDES_KINDS
        }
        return tuple(first) if len(named) == 2 else self.belligerents

    def first_actor(self, sent: Sent, lo: int, hi: int) -> Mention | None:
        """The first mention with an actor in ``[lo, hi)``, a pronoun resolved, or None."""
        chunk = sent.text[lo:hi]
        pronoun = None
        for p in _PRONOUN.finditer(chunk):
            word = p.group(1).lower()
            if word in ("it", "they") and _IMPERSONAL_AFTER.match(chunk, p.end()):
                continue  # "it is likely", "it was not clear": nobody
            if word in ("his", "her", "its", "their") and any(
                m.is_person and lo + p.end() <= m.start and m.end <= hi for m in sent.mentions
            ):
                continue  # "its foreign ministry spokesperson Esmaeil Baghaei": he speaks
            pronoun = p
            break
        inside = [
            m
            for m in sent.mentions
            if m.start >= lo
            and m.end <= hi
            and m.actor is not None
            # "Diana Semaan, Syria researcher at Amnesty International": the country is
            # her subject, the body she works for speaks
            and not (m.kind in ("country", "demonym") and _BEAT_AT.match(sent.text, m.end))
            # "after talks with Haftar": the object of a preposition is no subject, but
            # "a spokesman for the army" speaks for it
            and not (
                (
                    OBJECT_OF.search(sent.text, max(0, m.start - 12), m.start)
                    or _PARTICIPLE_OBJECT.search(sent.text, max(0, m.start - 40), m.start)
                )
                and not _FOR_SIDE.search(sent.text, max(0, m.start - 40), m.start)
            )
            # "The deal infuriated Cairo and highlighted rivalries": a past verb's object,
            # before the verb joined to its subject (not "armed Hamas fighters")
            and not (
                _PAST_VERB_OBJECT.search(sent.text, max(0, m.start - 30), m.start)
                and _AND_A_VERB_AFTER.match(sent.text, m.end)
            )
            # "a filmmaker in Tel Aviv said": where one lives, not whom one speaks for
            # (but "officials in Moscow said" speak for Russia)
            and not (
                # (a name both a country's and its people's is a place after "in")
                m.kind in ("capital", "country", "demonym")
                and (place := _IN_A_PLACE.search(sent.text, max(0, m.start - 40), m.start))
                # ("a source in the Kurdish security forces": one of them, no place)
                and not _ITS_FORCES.match(sent.text, m.end)
                and (
                    place.group("noun").lower() not in _SPEAK_FOR_A_STATE
                    or _NOT_THE_STATES.search(sent.text, max(0, place.start() - 20), place.start())
                    # "European foreign ministers in Kyiv": guests, not the host
                    or _FROM_ELSEWHERE.search(sent.text, max(0, place.start() - 30), place.start())
                )
            )
            # "Adm. Leighton Smith in Naples, Italy, reported": the country of a town
            and not (
                m.kind == "country"
                and _TOWN_BEFORE.search(sent.text, max(0, m.start - 40), m.start)
                and sent.text.startswith(",", m.end)
            )
            # "The U.S. Embassy in Cameroon's capital, Yaounde, said": the place's name again
            and not (
                m.kind in ("capital", "country")
                and _PLACE_NOUN_THEN_NAME.search(sent.text, max(0, m.start - 40), m.start)
            )
            # "Russian ally Iran welcomed": whose ally, not who welcomed; "opponents of
            # Bashar al-Assad said": whose opponents
            and _ALLY_OF_NAMED.match(sent.text, m.end) is None
            and _OPPONENTS_OF.search(sent.text, max(0, m.start - 30), m.start) is None
        ]
        # "units under the command of Oleksandr Syrskyi said": who leads them does not
        # speak, but names their side (not "the news agency run by the group said")
        inside = [
            Mention(m.start, m.end, m.text, m.actor, "anaphor")
            if m.is_person and _LEADER_BEFORE.search(sent.text, max(0, m.start - 60), m.start)
            else m
            for m in inside
        ]
        if inside and lo > 0 and _LIST_BEFORE.search(sent.text, max(0, lo - 80), lo):
            # "Russia, France and the United States ... have called for": the list's
            # first name, not its last
            head = [m for m in sent.mentions if m.end <= lo and m.actor is not None]
            if (
                head
                and _ONLY_LIST.fullmatch(sent.text, head[0].start, lo)
                # (a list ends with "and", an apposition with a comma: "Gor Vardanyan, the
                # head of the council, said"; "the Egyptian capital, Cairo, a Hamas
                # official said" names a place, then who speaks)
                and (
                    _AND.search(sent.text, head[0].start, lo)
                    or sent.text[lo:hi].rstrip().endswith(",")
                )
                # "in Sudan, the doctors said": a place before the subject, no list
                and not _AT_PLACE.search(sent.text, max(0, head[0].start - 12), head[0].start)
                and not OBJECT_OF.search(sent.text, max(0, head[0].start - 12), head[0].start)
                # (not two titles of one person: "Deputy Prime Minister and Foreign
                # Minister Ishaq Dar")
                and not (
                    _TITLES_JOINED.search(sent.text, head[0].end, lo)
                    and _TITLE_NEXT.match(sent.text, lo)
                )
            ):
                return head[0]
        for m in inside:
            if pronoun and lo + pronoun.start() < m.start:
                break
            # "Kremlin spokesman Dmitry Peskov": the side is the first word, the
            # speaker the named person of that side.
            # "Russia's UN ambassador Vitaly Churkin": the person the title chain names
            named = [
                p
                for p in inside
                if p.canonical
                and (
                    p.actor == m.actor or (p.is_person and title_chain(sent.text[m.end : p.start]))
                )
            ]
            if named:
                return titled_person(sent.text, named)
            if (
                m.kind in STATE_KINDS
                and self.lexicon.is_state(m.actor)
                and (group := _STATES_OTHER_GROUP.match(sent.text, m.end))
                # (a possessive or an adjective: "Sudan's paramilitary group", "the
                # Haitian gang coalition"; not "Israel struck militants")
                and (
                    group.group(0)[:1] in "'’"
                    or m.text.endswith(("'s", "’s"))
                    # (right on the group noun: not "Israeli soldiers attacked militants")
                    or (
                        _ADJECTIVE_END.search(m.text) is not None and group.group(0).count(" ") <= 1
                    )
                )
                and not any(m.end < x.start < group.end() for x in sent.mentions)
            ):
                continue  # "Sudan's infamous paramilitary group launched": not Sudan's state
            return _qualified(sent, m, inside) or m
        if pronoun:
            if pronoun.group(1).lower() in _PERSONAL:
                return self.person_before(sent, lo + pronoun.start())
            return self.side_before(
                sent, lo + pronoun.start(), plural=pronoun.group(1).lower() in ("they", "their")
            )
        if not inside and (role := _A_ROLE_SUBJECT.match(chunk)) is not None:
            # '"...," the president added', "The secretary said": a post for the man named
            # before, as "he" is
            return self.person_before(sent, lo + role.start(1))
        return None

    def person_before(self, sent: Sent, pos: int) -> Mention | None:
        """Whom "he" or "his" at ``pos`` refers to: the last person named earlier in
        the sentence, else the named official who leads it ("UN Secretary-General
        Antonio Guterres ..., his spokesman said"), else the subject of the
        sentences before."""
        quoted = inside_quote(sent.text, pos, sent.opened)
        # ("After meeting Erdogan in Ankara, he said": not whom the opening phrase names)
        opening = OPENING_PHRASE.match(sent.text) if sent.text[:1].isupper() else None
        lead = opening.end() if opening is not None and opening.end() <= pos else 0
        if (
            _COMMA_BEFORE_HE.search(sent.text, max(0, pos - 3), pos)
            and (says := _PRONOUN_SAYS.match(sent.text, pos)) is not None
            and says.group("who").lower() in ("he", "she")
        ):
            # "Zelenskiy must go, he said", "The leader, he said, had no plans": who is
            # named in what he says is not he; he was named before
            lead = pos
        people = [
            m
            for m in sent.mentions
            if _a_he(m, sent.text)
            and lead <= m.start
            and m.end <= pos
            and (quoted or not inside_quote(sent.text, m.start, sent.opened))
        ]  # '"... talks with Speaker Nabih Berri," he said': he is not Berri
        if people:
            # (not one named only as an owner after one named in his own right: "Putin
            # hailed Erdogan's plan, and he said": he is Putin; but "Peskov answered
            # Trump's post, in which he said": the owner of the words he tells)
            own = [m for m in people if not _POSSESSIVE.match(sent.text, m.end)]
            if own and not _IN_WHICH_HE.search(sent.text, max(0, pos - 30), pos):
                return own[-1]
            return people[-1]
        if (titled := _TITLED_TELLER.search(sent.text, lead, pos)) is not None:
            # "the emir of Qatar said his country condemns": he is the one the title
            # names, known here by his country; not someone named before
            side = next(
                (
                    m
                    for m in sent.mentions
                    if titled.start() <= m.start < titled.end("title") + 40
                    and m.end <= titled.start("verb")
                    and m.actor
                    and m.kind in ("country", "demonym", "capital", "seat")
                ),
                None,
            )
            if side is not None:
                return side
        prior = sent.prior_person
        if prior is not None and any(
            m.is_person
            and m.start >= pos
            and m.canonical == prior.canonical
            # (but '"...," he said, and Putin told reporters': he may well be Putin)
            and not _SAYS_AFTER.match(sent.text, m.end)
            for m in sent.mentions
        ):
            # "He also accused al-Hijri of seizing convoys": he is not al-Hijri
            return sent.earlier_person
        return prior

    def side_before(self, sent: Sent, pos: int, *, plural: bool = False) -> Mention | None:
        """Whom "it" or "they" at ``pos`` refers to: the first side named earlier in
        the sentence ("Azerbaijan said it had taken Shusha"), else the side that
        led the sentence before ("The Israeli army said ... It said"). ``plural``:
        the pronoun is "they", which a plural ("Kesh officials") takes before a
        state named after it ("Kesh officials distrust Tarvos because they say")."""
        quoted = inside_quote(sent.text, pos, sent.opened)
        # "..., they said": who is named in what they say is not they
        says = (
            _PRONOUN_SAYS.match(sent.text, pos)
            if _COMMA_BEFORE_HE.search(sent.text, max(0, pos - 3), pos)
            else None
        )
        lead = pos if says is not None and says.group("who").lower() in ("they", "it") else 0
        sides = [
            m
            for m in sent.mentions
            if m.actor
            and lead <= m.start
            and m.end <= pos
            and m.kind != "modifier"
            # ('"... the Moroccan forces carried out this attack," it added': not Morocco)
            and (quoted or not inside_quote(sent.text, m.start, sent.opened))
            and not _AT_PLACE.search(sent.text, max(0, m.start - 12), m.start)
            and _names_a_side(sent.text, m)
        ]
        near = [
            m
            for m in sides
            if not m.is_person
            and (
                pos - m.end <= 60
                # ("as Israel threatened to halt aid ... and killed dozens in strikes after it
                # accused Hamas": a subject further back, not an object's word)
                or (pos - m.end <= 100 and _VERB_AFTER.match(sent.text, m.end) is not None)
            )
        ]
        if plural and near and near[-1].kind in _A_STATES_NAME:
            many = [
                m
                for m in sides
                if m.end <= near[-1].start
                and pos - m.end <= 100
                and _PLURAL_AFTER.match(sent.text, m.end)
            ]
            if many:
                return many[-1]
        if (
            sides
            and _AND_SAID_BEFORE.search(sent.text, max(0, pos - 30), pos)
            and not OBJECT_OF.search(sent.text, max(0, sides[0].start - 12), sides[0].start)
        ):
            # "The IRGC described Al Udeid as the base of American forces, and said it fired
            # six missiles": the verb joined to the sentence's own, and its subject's "it"
            return sides[0]
        if near:
            return near[-1]  # "the coalition answered with air strikes that it said ..."
        if sides:
            return sides[0]
        return sent.prior_side


# A verb of saying joined to the sentence's own by "and", with no subject of its own.
_AND_SAID_BEFORE = re.compile(
    r",?\s+and\s+(?:also\s+|later\s+|then\s+)?(?:said|says|added|stated|claimed|announced)"
    r"\s+(?:that\s+)?$"
)
# What a bloc is made of, in an aside right before the verb: ", comprising Mali, Burkina
# Faso and Niger, has".
_MEMBERS_ASIDE = re.compile(
    r"\s*,\s*(?:comprising|grouping|made\s+up\s+of|consisting\s+of|composed\s+of|which\s+"
    r"(?:groups|includes|comprises|brings\s+together|unites)|that\s+(?:groups|includes|comprises"
    r"|brings\s+together|unites))\s+[^;:.]{2,120}?,\s*(?:(?:has|have|had|also|later|then|jointly)"
    r"\s+)*(?:[a-z]+ly\s+)?$"
)
_STATE_MEDIA_WORDS = OUTLET_NOUNS | {"news", "media"}
_HYPHEN_SUFFIX = re.compile(r"-([A-Za-z]+)(?:\s+([A-Za-z]+))?")
# A relative clause set off by commas or dashes: ", which took control of Gaza in 2007,".
_RELATIVE_ASIDE = re.compile(
    r"(?:,|—|–|\s--?\s)\s*(?:which|who)\b(?:(?!\s--?\s)[^,;—–]){1,120}(?:,|—|–|\s--?\s)"
)


# A day in a date phrase, not only a month or a year: "on Friday", "May 4", "yesterday"
# (a side's past in an aside is told by its year: "which took control of Gaza in 2007").
_A_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b|day\b|night\b|tonight|morning|evening", re.I)


def _relative_asides(sent: Sent) -> list[tuple[int, int]]:
    """The spans of the relative clauses set off in the sentence that tell of a side named
    right before them, when it has a date: what their dates date is the side's past, not
    the main clause ("Hamas, which took control of Gaza in 2007, attacked"; not "the
    airstrike, which occurred on Friday": the deed's own day)."""
    if not sent.dates or not ("which" in sent.text or "who" in sent.text):
        return []
    return [
        m.span()
        for m in _RELATIVE_ASIDE.finditer(sent.text)
        if any(x.actor and 0 <= m.start() - x.end <= 1 for x in sent.mentions)
    ]


# "he" in a clause that hangs on a thing he made: "Trump's post, in which he".
_IN_WHICH_HE = re.compile(r",?\s+(?:in|during|at)\s+which\s+$|,\s+where\s+$", re.IGNORECASE)
#: A state's own name, which "they" rarely stands for ("Russia ... it").
_A_STATES_NAME = ("country", "capital", "seat")
# A plural noun phrase a name begins: "Kesh officials", "Tarvos's fighters".
_PLURAL_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:[a-z]+(?<!s)s|people|police)\b")
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ed|said|says|has|had|have|was|were|is|are|will|would)\b")
_ITS_NOUN_SAYS = re.compile(rf"(?:\s+[a-z][\w-]*){{1,3}}\s+(?:{alternation(REPORTING)})\b")
_IT_SAYS_FIRST = re.compile(
    rf"\W*(?:It|They)\s+(?:also\s+|further\s+|later\s+|then\s+)?(?:{alternation(REPORTING)})\b"
)
_SAYS_AFTER = re.compile(rf"(?:['’]s|-\w+)?(?:\s+[\w-]+){{0,4}}?\s+(?:{alternation(REPORTING)})\b")


# A dateline opening a sentence: "BEIRUT —", "October 6, 2022 (NAIROBI) –", "Addis
# Abeba —", "DUBAI (Reuters) -", "Aswan (Egypt):". Its place reports, it takes no part.
_DATELINE = re.compile(
    r"^(?:[\w ,]{0,25}?\s)?\(?(?P<place>[A-Z][A-Za-z'’. /-]{1,60}?)\)?\s*"
    # (Spanish agencies' ".-": "Tbilisi, Sep 28 (EFE).- Armenian Prime Minister ...")
    r"(?:\([A-Za-z .]{2,25}\)\s*)?(?:[–—]|\s[-_]|:|\.[-–—])\s+"
)


#: A photo's credit: "— AFP via Getty Images", "(AP Photo/Brian Inganga)",
#: "REUTERS/Jason Reed", "(Photo: Anadolu)".
_CREDIT = re.compile(
    r"\bvia\s+Getty\s+Images\b|\bAFP/Getty\b|\((?:AP|AFP|EPA|Reuters)\s+Photo\b|\bREUTERS/[A-Z]"
    r"|\bAP\s+Photo/[A-Z]|\bEPA(?:-EFE)?/[A-Z]|\(Photo(?:\s+by)?:"
)


def _without_captions(
    spans: list[Sentence], found: list[list[Mention]]
) -> tuple[list[Sentence], list[list[Mention]]]:
    """The sentences with photo captions left out: a caption tells what a picture shows,
    often on another day ("... after his meeting with the speaker, Beirut, Aug. 14"),
    not what the article reports. The caption is what comes before a credit in its
    sentence, or the sentence before a credit that opens its own ("REUTERS/Jason Reed
    The talks ..."); what follows the credit stays."""
    if not any("Photo" in s.text or "/" in s.text or "Getty" in s.text for s in spans):
        return spans, found  # no credit can be there: spare the search
    out = list(spans)
    for i, s in enumerate(spans):
        m = _CREDIT.search(s.text)
        if m is None:
            continue
        if len(s.text[: m.start()].split()) <= 2 and i > 0:  # "— AFP via Getty Images"
            out[i - 1] = Sentence("", spans[i - 1].start, spans[i - 1].start)
        rest = s.text[_credit_end(s.text, m) :]
        kept = rest.lstrip(" —–-.,)")
        if len(kept.split()) > 3:  # the report goes on after the credit: keep it
            start = s.start + len(s.text) - len(kept)
            out[i] = Sentence(kept, start, s.end)
        else:
            out[i] = Sentence("", s.start, s.start)
    mentions: list[list[Mention]] = []
    for s, now, ms in zip(spans, out, found, strict=True):
        if now is s:
            mentions.append(ms)
        elif not now.text:
            mentions.append([])
        else:  # mentions are sentence-relative: they move with the sentence's start
            cut = now.start - s.start
            mentions.append(
                [replace(m, start=m.start - cut, end=m.end - cut) for m in ms if m.start >= cut]
            )
    return out, mentions


#: Words that start a sentence, not a photographer's second name ("REUTERS/Stringer The").
_STARTERS = frozenset("The A An In On At It He She They We But And This That There As".split())


def _credit_end(text: str, m: re.Match[str]) -> int:
    """Where a credit ends: its closing bracket, or the one or two words of the
    photographer's name after "REUTERS/"."""
    if m.group(0).startswith("("):
        close = text.find(")", m.end(), m.end() + 60)
        return close + 1 if close != -1 else m.end()
    if "/" not in m.group(0):
        return m.end()  # "via Getty Images"
    words = text[m.end() - 1 :].split(" ", 2)  # the name starts at the match's last letter
    name = words[0]
    if len(words) > 1 and words[1][:1].isupper() and words[1] not in _STARTERS:
        name += " " + words[1]
    return m.end() - 1 + len(name)


#: "DAMASCUS (Sputnik) The US launched ...": a place in capitals and an agency in
#: brackets are a dateline even when no dash follows them.
#: A dateline in capitals that opens a sentence, where the sentence's own words start:
#: "DUBAI (Reuters) - ", "BEIRUT — ", and without a dash "KYIV (Reuters) The army ...".
CAPS_DATELINE = re.compile(
    # ("MUSCAT/SANAA/WASHINGTON -": the places of a story filed from several)
    r"^[A-Z][A-Z .'’-]{1,40}(?:/[A-Z][A-Z .'’-]{1,40}){0,4}(?:,\s*[A-Z][A-Za-z .'’-]{1,30})?"
    # "YAOUNDE, Aug. 26 (Xinhua) --"; "ISTANBUL, Turkey (AP) _" (old AP copy's dash)
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
    r"(?:(?:\([A-Za-z .]{2,25}\)\s*)?[–—_-]{1,2}\s+|\([A-Za-z .]{2,25}\)\s+(?=[A-Z“\"])"
    # "NAIROBI (Reuters) -An Ethiopian ...": the space after the dash lost in scraping
    r"|\([A-Za-z .]{2,25}\)\s[–—_-]{1,2}(?=[A-Z“\"])"
    # "ADEN (Reuters): A ship ...", "ISLAMABAD: The military said ..."
    r"|(?:\([A-Za-z .]{2,25}\)\s*)?:\s+(?=[A-Z“\"]))"
    # "May 23 (UPI) -- A prisoner swap ...": the day and the agency, the place left out
    rf"|^(?:{MONTH_WORD})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?\s*"
    r"\([A-Za-z .]{2,25}\)\s*[–—_-]{1,2}\s*"
    # "Nairobi, Feb 4 Leaders from ...": a town in title case and the day, nothing more
    rf"|^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?,\s*(?:{MONTH_WORD})\.?\s+\d{{1,2}}\s+(?=[A-Z])"
    # "Kabul, Oct 18 (IANS) At least ...", "Kabul [Afghanistan], November 8 (ANI): The
    # ...": a town in title case, the day and the agency
    rf"|^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?(?:\s*\[[A-Z][A-Za-z .'’-]{{1,30}}\])?,\s*"
    # (the agency's name in capitals: not "Since Monday, March 4 (when the truce began)")
    rf"(?:{MONTH_WORD})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?\s*\([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){{0,3}}\)\s*"
    r"(?:[–—_:-]{1,2}\s*)?(?=[A-Z“\"])"
)


def _off_dateline(text: str, mentions: list[Mention]) -> list[Mention]:
    if not any(x.kind in _PLACE_KINDS for x in mentions):
        return mentions  # nothing a dateline could take away: spare its costly match
    m = _DATELINE.match(text)
    if m is not None and any(w in REPORTING for w in m.group("place").split()):
        m = None  # 'Egypt said: "..."' names who speaks, no dateline's place
    m = m or CAPS_DATELINE.match(text)
    if m is None:
        return mentions
    return [x for x in mentions if not (x.end <= m.end() and x.kind in _PLACE_KINDS)]


_PLACE_KINDS = frozenset(("capital", "country", "seat"))
# An outlet's kind right before a name: "media outlet ", "the newspaper ", "news agency ".
_OUTLET_BEFORE = re.compile(rf"\b(?i:{alternation(OUTLET_NOUNS)})\s+$")
# ... and the name going on after a state's word: "Myanmar Now", "Israel Hayom".
_NAME_GOES_ON = re.compile(r"\s+(?-i:[A-Z])[\w'’-]+")


def _off_outlets(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions that are no part of an outlet's name: "Exile media outlet Myanmar Now
    reported", "the newspaper Israel Hayom" name no state."""
    if not any(x.kind in ("country", "demonym", "capital") for x in mentions):
        return mentions
    return [
        x
        for x in mentions
        if not (
            x.kind in ("country", "demonym", "capital")
            and _OUTLET_BEFORE.search(text, max(0, x.start - 30), x.start)
            and _NAME_GOES_ON.match(text, x.end)
        )
    ]


# An aside of what the subject does meanwhile, right before its verb: ", while
# welcoming the deal between A and B, ".
_PARTICIPLE_ASIDE = re.compile(
    r",\s*(?:(?:while|when|after|before|despite|though|although|besides)\s+[a-z]+ing"
    # ("Dar, speaking moments after Trump announced the truce, said": where he spoke)
    r"|speaking|writing|talking|addressing|responding|reacting|commenting|appearing)\b"
    r"[^,;]{0,150}"
    # ("speaking to the media, moments after Trump announced ...,": two parts)
    r"(?:,\s*(?:moments|minutes|hours|shortly|soon|just|a\s+day|days)\b[^,;]{0,150})?"
    r",\s*(?:[a-z]+ly\s+)?$"
)
# Words between dashes before a verb, opening with a lower-case word ("—designated a
# terrorist group by X—"; not "— Egypt —", the subject's own name).
_DASH_ASIDE = re.compile(
    r"\s*(?:—|–|\s--?\s)\s*[a-z][^—–]{2,150}?(?:—|–|\s--?\s)\s*(?:[a-z]+ly\s+)?$"
)
_A_BORDER_AFTER = re.compile(
    r"\s+(?:border|frontier)s?\b(?!\s+(?:town|city|village|crossing|post|point|gate|area))", re.I
)
_LOWER_NOUN_AFTER = re.compile(r"\s+[a-z]")


def a_peoples_word(text: str, name: str, end: int) -> bool:
    """Whether a name found as a place is a people's word before its noun: "Kurdish
    militants", "Chechen fighters" name whom, not where."""
    return name.lower() in ETHNIC_WORDS and _LOWER_NOUN_AFTER.match(text, end) is not None


_BLAMED_BEFORE = re.compile(r"\bblamed\s+on\s$", re.IGNORECASE)


def _organisation_called(
    noun: str, history: list[tuple[Mention, str]], head: str | None
) -> Mention | None:
    """The organisation last named that ``noun`` calls again: "the mission" after
    MONUSCO or "the UN mission", "the agency" after UNHCR; None when the configured
    side of that head noun (``head``) was named since."""
    stem = _singular(noun)
    for m, _follow in reversed(history):
        if head is not None and m.actor == head:
            return None
        if m.kind == "org" and m.actor and stem in organisation_heads(m.actor):
            return m
    return None


def _named_body(noun: str, institutions: list[Mention]) -> Mention | None:
    """The latest body whose name holds ``noun`` ("the doctors" for the Sudanese
    Doctors Union, "the monitor" for an observatory)."""
    stem = _singular(noun)
    if stem in _ANY_BODY:
        # "the organization", "the body": the body named last, whatever its head word
        return institutions[-1] if institutions else None
    for inst in reversed(institutions[-20:]):
        words = _name_words(inst.actor or "")
        if stem in words or (stem == "monitor" and "observatory" in words):
            return inst
    return None


@lru_cache(maxsize=1024)
def _name_words(name: str) -> frozenset[str]:
    """The words of a body's name, singular: asked for each of the last twenty bodies
    at every "the ..." of every sentence, from a handful of names."""
    return frozenset(_singular(w) for w in re.findall(r"[a-z]+", name.lower()))


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# After a demonym, words that make it the state or its people acting: "Turkish
# officials", "the Israeli army". "Syrian civilians" or "a Sudanese town" are none.
_DEMONYM_AS_SIDE = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:government|authorities|officials?|army|military|forces|troops"
    r"|ministry|ministers?|president|leaders?|delegation|side|administration|spokes\w+"
    r"|diplomats?|envoys?|negotiators?|cabinet|state|media|television|police|navy|air\s+force)\b",
    re.IGNORECASE,
)


def _names_a_side(text: str, m: Mention) -> bool:
    """Whether a pronoun can refer back to this mention: a demonym only as the side
    acting ("Turkish officials said ... They added"), never on its own."""
    return m.kind != "demonym" or bool(_DEMONYM_AS_SIDE.match(text, m.end))


def _lead_side(text: str, mentions: list[Mention]) -> Mention | None:
    """The side a sentence is about, for "It said" in the next one: the side that
    speaks in it, else the side that opens it; none when "It said" opens it too (the
    side before still speaks: "It said it was Russia that was at fault")."""
    if _IT_SAYS_FIRST.match(text):
        return None
    sides = [
        m
        for m in mentions
        if m.actor
        and not m.is_person
        and m.kind != "modifier"
        # (a people's word too, when its own common noun speaks: "The Ukrainian task
        # force said"; not "the Syrian Observatory for Human Rights said", a body's name)
        and (_names_a_side(text, m) or _ITS_NOUN_SAYS.match(text, m.end))
    ]
    # ("Hamas's bureau based in Egypt said": where it sits says nothing)
    sides = [m for m in sides if not _IN_A_PART_OF.search(text, max(0, m.start - 30), m.start)]
    for m in sides:
        if _SAYS_AFTER.match(text, m.end):
            return m
    sides = [m for m in sides if _names_a_side(text, m)]
    return sides[0] if sides and sides[0].start < 40 else None


def date_or_none(value: str | None) -> dt.date | None:
    """The day an ISO date names, or None for a month, a year or nothing."""
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
    except ValueError:
        return None
    return None


def inside_quote(text: str, pos: int, opened: str = "") -> bool:
    """Whether ``pos`` falls inside a quotation in the sentence; ``opened``: the mark
    of a quote a sentence before opened and left open (see ``Sent.opened``), so that
    the sentence starts inside it ('... meet President X first," he said.': X is
    quoted, "he" is not)."""
    if opened:
        text, pos = opened + text, pos + 1
    before = text[:pos]
    curly = before.count("“") > before.count("”")
    straight = before.count('"') % 2 == 1
    return curly or straight


def _carried_quotes(text: str, spans: list[Sentence]) -> list[str]:
    """For each sentence, the mark of a quote an earlier sentence of its paragraph
    opened that is still open where it starts, or "". A quote is carried only as far as
    a later sentence of the paragraph that closes it: a mark whose other half is lost
    ('said "Sleeper cells were behind it. The front ...') opens nothing."""
    if '"' not in text and "“" not in text and "”" not in text:
        return [""] * len(spans)
    marks = [
        [_kind_of_mark(span.text, m) for m in _QUOTE_MARK.finditer(span.text)] for span in spans
    ]
    out = [""] * len(spans)
    i = 0
    while i < len(spans):
        state = ""
        for kind in marks[i]:
            state = kind if kind != "close" else ""
        j = i + 1
        if state:
            # the sentences it runs over, up to the one whose first mark closes it
            while j < len(spans) and "\n" not in text[spans[j - 1].end : spans[j].start]:
                if marks[j]:
                    if marks[j][0] == "close":
                        for k in range(i + 1, j + 1):
                            out[k] = state
                    break
                j += 1
        i += 1
    return out


def _kind_of_mark(text: str, m: re.Match[str]) -> str:
    """A quote mark as an opening one (its own mark) or "close": a straight mark opens
    after a space, closes after a word or a stop."""
    if m.group() == "“":
        return "“"
    at = m.start()
    opens = at == 0 or text[at - 1].isspace() or text[at - 1] in "(["
    if m.group() == "”":
        return "“" if opens else "close"  # (a closing mark misused to open: ' ”Terror ...')
    return '"' if opens else "close"


_QUOTE_MARK = re.compile(r'["“”]')
