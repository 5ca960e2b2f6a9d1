"""Who says what in a sentence: verbs of saying, their speakers and what they said.

Used by statements (the content), casualties (who claims a toll) and
diplomacy (whose side a "we will meet" belongs to). Reported speech only;
direct quotes are paired with their attribution in ``statements``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefings.extract.context import (
    OBJECT_OF,
    OPENING_PHRASE,
    ArticleContext,
    Sent,
    inside_quote,
    titled_person,
    unnamed_speaker,
)
from briefings.nlp.actors import COMMON_SIDE_NOUNS, Mention
from briefings.nlp.bodies import BODY_HEADS
from briefings.nlp.folding import CaseBlind, caseless, may_hold
from briefings.nlp.vocabulary import (
    DOCUMENT_NOUNS,
    INVERTIBLE,
    MASTHEAD_WORDS,
    MONTH_WORD,
    OUTLET_NAMES,
    OUTLET_NOUNS,
    REPORTING,
    SAYING_BARE,
    SAYING_FINITE,
    SAYING_PARTICIPLES,
    SPEAKER_NOUNS,
    STANCE,
    WEEKDAY_NAMES,
    alternation,
    by_first_letter,
    top_level_alternatives,
)
from briefings.nlp.world import NAME_TITLES, RANKS, STATE_WORDS

# What an inquiry finds is said by it, when a clause follows: "HRW found that ..."
_FOUND_THAT = frozenset(
    "found finds documented documents determined determines established concluded concludes".split()
)
# "concluded that evening": a time, no clause; "remains determined": an adjective.
_THAT_TIME = re.compile(
    r"\s+that\s+(?:day|evening|night|morning|afternoon|week|month|year|time)\b", re.IGNORECASE
)
_BE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|remains?|remained|seems?|seemed|appears?)\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# A request of someone: "Hamas asked Egypt to host the talks" (with its object and "to").
_ASKED_TO = frozenset(("asked", "asks"))
_ASKED_SOMEONE_TO = re.compile(
    r"\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,6}?to\s+(?!be\s+(?:named|identified)\b)[a-z]+\b"
)
# Every verb of saying (briefings.nlp.vocabulary), over the folded sentence; grouped by
# first letter, which finds the same (see by_first_letter).
# (and the findings and requests above)
_SAY_WORDS = (
    f"{alternation(SAYING_FINITE)}|{alternation(SAYING_PARTICIPLES)}|{alternation(SAYING_BARE)}"
    f"|{alternation(_FOUND_THAT)}|{alternation(_ASKED_TO)}"
)
# (not a word's second half: "his co-accused", "the so-called")
_SAY = caseless(rf"(?<![\w-])(?P<verb>{by_first_letter(top_level_alternatives(_SAY_WORDS))})\b")
# Before a bare "state", "report": a plural subject that makes it a verb.
_PLURAL_SUBJECT = re.compile(
    r"\b(?:they|we|you|(?P<noun>[a-z]+s))\s+(?:also\s+|now\s+|further\s+|still\s+)?$",
    re.IGNORECASE,
)
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|his|her|its|their|our|these|those|this|that)|['’]s"
    # what is denied: "rejected claims that", "dismissed reports that" (a noun)
    r"|\b(?:deni\w*|deny\w*|reject\w*|dismiss\w*|refut\w*|rebut\w*|disput\w*)"
    r"(?:\s+(?:strongly|repeatedly|flatly|firmly))?"
    # a kind of claim: "remove territorial claims against Azerbaijan", "false reports"
    # (no word that ends a body's name: "Amnesty International said")
    r"|\b(?:territorial|maritime|false|baseless|unfounded|competing|conflicting|unconfirmed)"
    r")\s+$",
    re.IGNORECASE,
)
#: A preposition right before a word: what follows is its object, a noun ("amid warnings",
#: "over U.S. attacks"), not a verb.
PREPOSITION_BEFORE = re.compile(
    r"\b(?:on|of|over|about|with|despite|amid|for|from|against|into|upon|among|by)\s+$",
    re.IGNORECASE,
)
_AS_BEFORE = re.compile(r"(?<!well\s)\bas\s+(?!well\s+as\b)(?:[\w’'-]+\s+){1,4}$", re.IGNORECASE)
# "according to X", and its short form after a comma: "..., per UN data"
_ACCORDING = re.compile(
    r"\baccording\s+to\b|(?:(?<=,)\s*|\bas\s+)per\b(?!\s+(?:cent|capita|day|week|month|year|hour)\b"
    # (not a deal's terms: "..., per the deal with Hamas")
    r"|\s+(?:the\s+)?(?:deal|agreement|accord|terms|rules|plan|arrangement|truce|ceasefire)\b)",
    re.IGNORECASE,
)
# What a deal or a plan says: "according to the deal agreed by A and B", "according to the
# terms of the truce".
_NAMING = ("call", "term", "dub", "describ", "label", "brand")
# "what he called", "what Egypt described as": the words name a thing in another
# clause, and say nothing of their own.
# A thing as the object of "confirmed", not a clause: "the ceasefire agreement (to X)",
# "the deaths of two soldiers" (not "the talks would go ahead").
_A_THING_CONFIRMED = re.compile(
    # (of two words or more: "confirmed the truce" alone says no more than a deed)
    r"(?:the|a|an|its|their|his|her)\s+(?:(?!(?:and|but|or|to|that)\b)[\w'’-]+\s+){1,5}?"
    r"[\w'’-]+"
    r"(?=\s+(?:to\s+(?-i:[A-Z])|but\b|and\b)|\s*[,.;]|\s*$)",
    re.IGNORECASE,
)
# What is named, then its name: "(calling) it a", "(describing) the strike as".
_A_THING_NAMED = re.compile(
    r"\s*(?:it|them|him|her|this|these|those|(?:the|their|its|his|her)\s+[\w-]+(?:\s+[\w-]+)?)"
    r"\s+(?:as\s+)?(?:an?|the)?\s*[“\"]?[\w“\"]"
)
_WHAT_ONE_CALLED = re.compile(
    r"\bwhat\s+(?:he|she|they|it|we|(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+(?:has\s+|had\s+)?$",
    re.IGNORECASE,
)
# What pictures show is seen, not said: "according to photographs shared by X".
_PICTURES = re.compile(
    r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:photo(?:graph)?s|images|pictures|footage|videos?)\b",
    re.IGNORECASE,
)
_TERMS_OF_A_DEAL = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord"
    r"|plan|terms|truce|ceasefire|cease-fire|arrangement|proposal|framework|draft|text"
    r"|memorandum|treaty|resolution|roadmap)s?\b",
    re.IGNORECASE,
)
# A thing as the object, no clause: "expects a memorandum", "expected the results".
_A_THING_AFTER = re.compile(
    # (not a thing and what it is to do: "expects the talks to resume")
    r"\s+(?:a|an|the|some|no|any|its|their|his|her)\s(?![^.;,]{0,40}?\bto\s+[a-z]+)",
    re.IGNORECASE,
)
# A relative pronoun, then the comma that opens an aside: "that, according to him, ...".
_RELATIVE_THEN_COMMA = re.compile(r"\b(?:that|which|who)\s*,\s*$", re.IGNORECASE)
# What "according to" can take that is no one's word: a relative pronoun, or a measure
# things are sorted or done by ("according to type", "according to plan").
_A_MEASURE = re.compile(
    r"\s+(?:which|whom|type|types|kind|plan|schedule|law|custom|tradition|need|needs|rank"
    r"|size|age|category|categories|criteria|protocol|procedure|priority|merit|nationality"
    r"|gender)\b(?!\s+(?:of|by)\b)",
    re.IGNORECASE,
)
# A purpose after a contact: "called the leaders of A and B to (urge)", "met X to".
_TO_AFTER_A_CONTACT = re.compile(
    r"\b(?:called|phoned|rang|telephoned|met|wrote\s+to|visited|travell?ed\s+to|flew\s+to"
    r"|summoned|convened|spoke\s+(?:to|with))\b[^.;,]{0,70}?\bto\s+$",
    re.IGNORECASE,
)
# A subordinate clause that opens the sentence, up to its verb of saying.
_WHAT_IT_STATES = re.compile(r"\s*(?:that\b|:|,?\s*[\"“])")
_OPENS_A_CLAUSE = re.compile(
    r"^\W*(?:While|Whilst|Although|Though|Whereas|Even\s+as|Even\s+though"
    # a time clause first: "Hours after Putin announced a truce, Russia struck Kharkiv"
    r"|(?i:(?:(?:just|only|shortly|soon|moments|minutes|hours|days|weeks|a\s+day|two\s+days)\s+)"
    r"{0,2}(?:after|before))|When|Once|As\s+soon\s+as)\s+[^,;]*$"
)
_DOCUMENT = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:latest\s+|new\s+|official\s+|preliminary\s+"
    r"|updated\s+)?(?:reports?|data|figures|statistics|records|tallies|tally|counts?|information"
    r"|documents?|estimates?|numbers|website|list|census|database|media\s+reports)\b",
    re.IGNORECASE,
)
# Whose record after its noun: "of Acled", "from the UN", "compiled by the monitor".
_WHOSE_RECORD = re.compile(
    r"\s+(?:(?:compiled|published|released|kept|issued)\s+)?(?:of|from|by)\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w'’&.-]*){0,6})"
)
#: Only titles between a side's word and a person's name: "Prime Minister ".
_TITLE_WORDS = "|".join(sorted((re.escape(t) for t in NAME_TITLES), key=len, reverse=True))
_TITLE_GAP_ONLY = re.compile(
    r"(?:\s+(?:[A-Z][A-Za-z.'’-]*|prime|minister|president|foreign|defen[cs]e|deputy|spokes\w+"
    r"|chief|secretary|general|envoy|ambassador|commander|leader|advis[eo]r|head|interior"
    r"|state|of|top|senior|lead|negotiator|['’]s|,|the|regional|local|city"
    rf"|{_TITLE_WORDS})|\s*,){{0,6}}\s+"
)
# What may sit between the verb and what was said: an audience, a time, "that".
# (matched at the verb's end: no "^", which would hold only at the text's start)
_LEAD_IN = re.compile(
    r"(?:\s*(?:,\s*)?(?:(?:to\s+)?(?:reporters|journalists|the\s+press|the\s+media|parliament"
    # ("told Qatar-based broadcaster Al Araby the ...": an outlet by its kind and name)
    rf"|(?:[a-z]+-based\s+|state\s+|pan-Arab\s+|private\s+)?(?:{alternation(OUTLET_NOUNS)})"
    r"\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}(?-i:[A-Z])[\w'’.-]*(?=\s+(?:that\s+)?(?:the|a|an|it|he"
    r"|she|they|we|(?-i:[A-Z]))\b)"
    # ("told Ukrainian media", "told local reporters", "confirmed to foreign envoys")
    r"|(?:(?:local|state|foreign|international|national|(?-i:[A-Z][a-z]+))\s+)"
    r"(?:media|press|reporters|journalists|envoys|diplomats|ambassadors)"
    r"|lawmakers|legislators|senators|envoys|diplomats|ambassadors|the\s+senate"
    r"|a\s+news\s+conference|a\s+press\s+conference|(?:state\s+)?television|tv|"
    r"(?:in|on|at)\s+(?:a|an|the)\s+[\w\s-]{0,30}?(?:statement|interview|briefing|conference"
    r"|speech|address|post|report|tweet|video|message|letter|communiqu[eé]|release)"
    # (a noun of two words: "in a video recording", "in a audio message")
    r"(?:\s+(?:recording|clip|message|statement|address|footage|link|call))?"
    # "in a statement posted to Telegram", "in a video released by its media arm", "in a
    # report released Tuesday"
    r"(?:\s+(?:posted|published|issued|released|carried|shared|sent|put\s+out)\s+(?:(?:on|to|by"
    r"|in|via|from)\s+(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+|(?-i:[A-Z])[a-z]+day|yesterday|today|earlier)"
    r"(?=\s*(?:,|that\b|[.:]?\s*$)))?)|(?:(?:late|early)\s+)?on\s+\w+day(?:\s+(?:morning|afternoon|evening|night))?|earlier|later|last\s+\w+|this\s+\w+|in\s+[A-Z]\w+(?!\s+[A-Z]|,\s+[A-Z])|"
    r"(?:him|her|them|us|me)|also|again|however|though|on\s+[A-Z]\w+\s+\d+"
    # a day with no "on": "said on social media July 26 he had ..."
    rf"|(?:{MONTH_WORD})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\w)"
    # an aside before what was said: "said, for their part, that", "said in turn"
    r"|(?:for\s+(?:their|its|his|her|our|my)\s+part|in\s+(?:turn|response|reply))(?=\s*,)"
    r"|today|yesterday|tonight|local\s+time"
    # to whom, before "that": "confirmed to AFP that", "said to Radio Liberty that"
    r"|to\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}(?=\s*,?\s*that\b)"
    # where it was said: "said on Telegram", "wrote on X", "said on state television",
    # "posted to social media"
    # ("on his (X) account")
    r"|(?:on|to)\s+(?:(?:its|his|her|their|the)\s+)?(?:official\s+)?\(?(?:Twitter|X|Telegram"
    r"|Facebook|Instagram|TikTok|YouTube|Truth\s+Social|social\s+media|state(?:-run|-owned)?\s+"
    r"(?:TV|television|media|radio))\)?(?:\s+(?:account|channel|page|feed|handle|profile|platform|messaging\s+app"
    r"|messaging\s+service|app|messenger)(?:\s+[A-Z][\w.]*)?)?"
    r"(?:\s*,\s*(?:formerly|previously)\s+(?:known\s+as|called)\s+[A-Z]\w*)?"
    # "told his 208,000 followers on Telegram that"
    r"|(?:his|her|its|their)\s+(?:[\d,.]+\s+(?:million\s+)?)?(?:followers|supporters|viewers"
    r"|listeners|readers|subscribers|audience)"
    # (each word after a space: a long capitalised word is one word, not up to five)
    r"|(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}\s*(?=that\b)"
    # "by RT.com:" after "quoted as saying"
    r"|by\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}\s*(?=[:,]|that\b)"
    # when or where, before "that": "said on the first day of talks that", "told
    # reporters before leaving Sanaa airport, that"
    r"|(?:(?:on|in|at|for|after|before|during|from|following|ahead\s+of|with)"
    # "in a statement posted on its website that"
    r"|(?:posted|published|issued|released|carried|broadcast)\s+(?:on|by|in))\s+"
    # (a place's parts after a comma: "told reporters in San Jose, Costa Rica, that"; a
    # short name in brackets: "in an interview with Radio France Internationale (RFI) that")
    r"(?:[\w'’.-]+(?:,(?=\s+[A-Z0-9]))?\s+){0,10}?(?:[\w'’.-]+|\([A-Z][\w.&-]*\))"
    r"(?=\s*(?:,?\s*that\b|:))"
    # "said Tuesday evening that"
    r"|(?:(?i:early|late)\s+)?(?i:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s*\([^()]{1,30}\)\s*(?=\w))?"
    # a date or place in brackets before "that": "announced on Saturday (May 10) that"
    r"|\([^()]{1,30}\)\s*(?=that\b)"
    # "told the Russian president that"
    rf"|(?:the|his|her|their)\s+(?:[A-Z][\w-]*\s+)?(?:{_TITLE_WORDS})(?=\s+that\b)"
    r")(?:\b|(?<=\))))*\s*(?:[,:]\s*)?(?:that\b\s*)?",
)
# Whom it was told to, before what was told: "told VOA", "told Reuters on Monday that",
# "told The Associated Press".
_ADDRESSEE = re.compile(
    r"\s+(?:[Tt]he\s+)?(?:(?:state|state-run|state-owned|local|(?:pan-)?[A-Z][a-z]+)\s+)?"
    r"(?:(?:broadcaster|television|channel|newspaper|daily|news\s+agency|news\s+site|radio)\s+)?"
    r"(?:[Tt]he\s+)?[A-Z][\w.&'’/-]*(?:\s+(?:News|Press|TV|Television|Radio|Agency|Post"
    r"|Times|Journal|news\s+agency|newspaper|television|radio|channel|daily))?"
    r"(?:\s*,\s*on\s+condition\s+of\s+anonymity\s*,?)?"
    r"(?:\s+(?:on\s+\w+day|in\s+an?\s+interview|by\s+(?:tele)?phone|earlier"
    r"|late\s+\w+|last\s+\w+))?(?:\s*[,:]\s*|\s+)(?:that\s+)?(?!to\s)(?=[\w“\"])"
)
# "told state broadcaster al-Ekhbariya.", "told a regular news briefing.": whom it was
# told to closes the sentence; what was told came before.
_TOLD_WHOM_END = re.compile(
    # (a verb in lower case: not a name's "Associated" in "the Associated Press")
    r"(?!.*\b(?:is|are|was|were|had|has|have|will|would|could|can|should|did|does|do|to|that"
    r"|he|she|they|it|we|I|(?-i:[a-z]\w*ed))\b)"
    r"\s+(?:[\w.&'’-]+\s+){0,5}[\w.&'’-]+[.!?]?[”\"]?\s*$"
)
# After the verb, words that close the reported clause rather than open what was said:
# "..., the ministry said, as rescuers dug", "..., a source told Anadolu."
_ENDS_CLAUSE = re.compile(
    r"\s*,(?!\s*(?:however\b|though\b|that\b|[“\"]|(?:for\s+\w+\s+part|in\s+turn)\s*,\s*that\b))"
    # (each name's word after a space: one long word is not cut three ways)
    r"|\s+(?:to\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}\s*[.!?]?\s*$"
)
_DOC_NOUNS = r"\b(?:statement|communiqu[eé]|letter|post|tweet|message|video|report|notice)"
# What is declared that is no words: a deed or a state of things.
_DECLARED_THING = re.compile(
    r"\s+(?!that\b)(?:(?:a|an|the|its|their)\s+)?[“\"‘']?(?:(?!that\b)[\w-]+,?\s+){0,3}?(?:ceasefire"
    r"|cease-fire|truce|state\s+of\s+(?:emergency|siege|war|alert)|emergency|independence"
    r"|martial\s+law|curfew|mourning|lockdown|war|holiday|amnesty|no-fly\s+zone"
    # ('declared an "armed conflict" with the cartels')
    r"|(?:armed\s+)?conflict|hostilities)\b[”\"’']?"
    # (the noun the object, no clause: "declared the war would go on" says something;
    # "and" another deed: "declared a state of emergency and designated 20 gangs")
    r"(?=\s*(?:[,.;]|$)|\s+(?:on|in|for|across|over|with|from|after|until|against|at|to)\b"
    r"|\s+and\s+[a-z]+ed\b)"
    # ("declared the formation of a government": a deed done by declaring it)
    r"|\s+(?:the\s+)?(?:formation|establishment|creation)\s+of\b",
    re.IGNORECASE,
)
# "alleged" before a noun: "alleged strongholds", "alleged Hezbollah sites".
_ALLEGED_THING = re.compile(
    r"\s+(?!(?:that|the|a|an|it|he|she|they|we|its|his|her|their|this|these|those|to|in|on"
    r"|at|by|for|with)\b)(?:[A-Z][\w-]*\s+)?(?!(?:was|were|had|has|is|are|would|will|could"
    r"|did|may|might)\b)[a-z][\w-]*(?<!ed)\b"
)
# Where an adjective stands, not a verb: after a determiner, a preposition or a verb
# ("the alleged", "struck alleged"; not "Hamas alleged").
_ADJECTIVE_SLOT = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|these|those|of|on|at|against|for|and|or|with|struck"
    r"|hit|shot|took|caught|\w+ed))\s+$",
    re.IGNORECASE,
)
# A text as the subject: "The deal calls for", "the agreement, brokered by Egypt, says".
_TEXT_SUBJECT = re.compile(
    r"\b(?:the|a|this|that|its|their)\s+(?:[\w-]+\s+){0,3}?(?:deal|agreement|accord|plan"
    r"|proposal|resolution|truce|ceasefire|cease-fire|law|bill|decree|draft|framework|initiative"
    r"|treaty|roadmap|charter|constitution|memorandum|declaration|communiqu[eé])\s*"
    # (an aside that describes it: ", brokered by Egypt and Qatar,", or a participle
    # without commas: "the declaration signed by Kesh and Tarvos in May")
    r"(?:,?\s*(?:which|that|brokered|mediated|signed|agreed|reached|announced|backed|drafted"
    r"|proposed|negotiated|unveiled|approved|put\s+forward)\b[^,.;]{0,120}(?:,\s*|\s+))?$",
    re.IGNORECASE,
)
# A document as the subject after the verb: "..., said a statement", "..., read the
# group's communique".
_INVERTED_DOCUMENT = re.compile(
    r"\s+(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?" + _DOC_NOUNS + r"\b"
    r"(?:\s+(?:from|by|of|issued\s+by)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
    r"(?=\s*[,.;]|\s*$)"
)
_CLAUSE_STOP = re.compile(r"[,.;:]")
_ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_DOC_BEFORE = re.compile(_DOC_NOUNS + r"s?\s+$", re.IGNORECASE)
#: The participles of putting out a text: "a statement posted to Telegram".
_PUBLISHED = ("posted", "published", "issued", "released", "shared", "carried", "broadcast")
_PUBLISHED_WHERE = re.compile(r"\s+(?:on|to|by|via|in|online|late|early|overnight)\b")
# "with the government saying": who the participle's words are.
_QUOTED_AS = re.compile(
    r"\b(?:quoted|quoting|quotes|cited|citing|cites)\s+(?P<np>(?:[\w'’.-]+\s+){1,6}?)as\s+$",
    re.IGNORECASE,
)
# Whom a citing verb gives the words of: "cited Zelensky as telling journalists".
_SOMEONE_AS_SAYING = re.compile(
    rf"\s+(?:[\w'’.-]+\s+){{1,6}}?as\s+(?:{alternation(SAYING_PARTICIPLES)})\b", re.IGNORECASE
)
# The passive of it: "X was quoted by the agency as saying", "was cited ... as warning".
_CITED_AS = re.compile(
    r"\b(?:was|were|is|are|has\s+been|had\s+been)\s+(?:quoted|cited)\b[^.;]{0,100}?\bas\s+$",
    re.IGNORECASE,
)
_CONTACT_BEFORE_WITH = re.compile(
    r"\b(?:spoke|speaks|speaking|talked|talks|met|meets|meeting|phoned|call|called|conferred"
    r"|consulted|held\s+talks)\b(?:\s+[\w'’-]+){0,4}\s+$",
    re.IGNORECASE,
)
# Both sides as the subject of what follows: no one side speaks for it.
_WITH_BOTH_SIDES = re.compile(
    r"\bwith\s+(?:both|the\s+two|each)\s+(?:sides|parties|camps|armies|countries|governments)"
    r"\b[^.;]*$",
    re.IGNORECASE,
)
# (the participle right after the noun phrase: not "talks with the ELN after blaming it",
# "talks with the ELN and accusing them", whose subject is the sentence's)
_WITH_SAYING = re.compile(
    r"\bwith\s+(?P<np>(?:[\w'’.-]+\s+){0,4}"
    r"(?!(?:after|before|by|while|when|since|and|or|but|for|in|on|at|of|last|this|over)\s)"
    r"[\w'’.-]+\s+)$",
    re.IGNORECASE,
)
# After a verb of saying and its time, the next attribution: "Trend reports ..."
_ANOTHER_ATTRIBUTION = re.compile(
    rf"(?:[A-Z][\w.'’-]*\s+){{1,4}}(?:{alternation(SAYING_FINITE)})\b"
)
# ", he said," inside a sentence: a short aside between commas right before the verb.
_ASIDE = re.compile(r"\w[^,]*,\s*(?:[\w'’.-]+\s+){1,4}$")
# '...,” Grundberg said': the quote's own attribution, never a subject inside the quote.
_AFTER_QUOTE = re.compile(r"[,.!?]?[”\"]\s*(?:[\w'’.-]+\s+){0,4}$")
_CLAIM_GOES_ON = re.compile(
    # (after the day it was said: "..., the agency said Monday, raising ...")
    r"(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?\w+day)?"
    r"\s*,\s*(?:bringing|raising|taking|pushing|putting|lifting)\b",
    re.IGNORECASE,
)
# Small tests of the words right after a verb, matched in place (no copy of the tail).
_THAT_OR_BY = re.compile(r"\s+(?:that|by)\b")
_BY = re.compile(r"\s+by\b")
_WITH_OR_BY = re.compile(r"\s+(?:with|by)\b")
# The reporter's words after what was said: ", without giving further details".
_REPORTERS_ASIDE = re.compile(
    r",?\s+without\s+(?:directly\s+|further\s+|immediately\s+)?(?:giving|providing|offering"
    r"|elaborating|specifying|saying|citing|naming|clarifying|explaining|identifying"
    r"|disclosing|revealing)\b"
    # "..., speaking on condition of anonymity"
    r"|,?\s*(?:(?:both\s+|all\s+)?(?:speaking|who\s+spoke)\s+on\s+(?:the\s+)?condition\s+of"
    r"\s+anonymity|who\s+asked\s+not\s+to\s+be\s+(?:named|identified))\b"
    # "..., amid hostilities between them": the writer's setting
    r"|,\s*amid\s"
    # "... — figures that could not be independently verified"
    r"|\s*(?:[—–]|\s-\s|,)\s*(?:a\s+|the\s+)?(?:figures?|claims?|numbers?|tolls?|accounts?)"
    r"\s+(?:that|which)\s+(?:could|can|have|has|had)\s*(?:not|n['’]t)\b"
    # "..., though the government did not immediately confirm": the writer's caveat
    r"|,\s*(?:though|although|but)\s+[^,;]{2,60}?\s+(?:did|has|have|had|could|can)\s*(?:not|n['’]t)"
    # ("though Kinshasa has not publicly detailed its proposal")
    r"\s+(?:been\s+|be\s+)?(?:immediately\s+|yet\s+|independently\s+|publicly\s+)?(?:confirm|comment"
    r"|respond|verif|reply|detail|disclos|explain|elaborat|specif|reveal|provid|publish)"
    # "..., though Kigali denies these claims": the writer sets the denial beside it
    r"|,\s*(?:though|although|while|but)\s+[^,;]{2,60}?\s+(?:has\s+|have\s+)?"
    r"(?:(?:repeatedly|consistently|strongly|long|always)\s+)?(?:den(?:y|ies|ied)|reject(?:s|ed)"
    r"|dismiss(?:es|ed)|disput(?:es|ed))\b"
    # "..., though verification remains elusive", "although no evidence was given"
    r"|,\s*(?:though|although)\s+(?:[\w'’-]+\s+){0,3}?(?:verification|evidence|confirmation)\b"
    # the war told of, after what was said: "..., in the conflict, which has seen the M23
    # seize key cities", "in the east, where fighting has killed more than 700 people"
    r"|,\s*(?:which|where\s+[^,;]{1,80}?)\s+(?:has|have|had)\s+(?:already\s+|so\s+far\s+)?"
    r"(?:seen|killed|left|displaced|uprooted|claimed|cost|forced|devastated|seized|captured"
    r"|taken)\b"
    # "..., but there was no sign of soldiers", "..., but on Friday all countries held ...":
    # the writer's own news
    r"|,\s*but\s+(?:there\s+(?:was|were|is|are|has\s+been|have\s+been)\s+no\b"
    r"|on\s+(?-i:[A-Z])[a-z]+day\b)"
    # "...; however, Reuters indicated ...": the writer turns to another's account
    r"|;\s*(?:however|meanwhile)\b"
    # "..., a claim rejected by multiple countries": the writer's note on it
    r"|,\s*(?:a|an|the)\s+(?:claim|assertion|allegation|charge|view|position)s?\s+"
    r"(?:(?:widely|largely|firmly)\s+)?(?:rejected|disputed|denied|dismissed|contested)\s+by\b"
    # "..., as a US-brokered ceasefire struggled to hold": the writer's setting, a clause
    # with its own subject and a verb told in the past or the present
    # (a verb of a setting only: "..., as Russia launched hundreds of drones" may be why)
    r"|,\s*as\s+(?:the|a|an|its|their|[A-Z][\w'’-]*)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:struggled|escalated|intensified|loomed|mounted|grew|entered|neared|raged|deepened"
    r"|worsened|unfolded|prepared|recounted|gathered|scrambled|braced|prepares|escalates"
    r"|intensifies|looms|mounts|grows|rages|deepens|worsens|unfolds|braces|advances)\b"
    # "..., marking the latest development in the conflict": the writer's gloss
    r"|,\s*marking\s+(?:the|a|an|its)\b"
    # "..., but has never acknowledged the capture": the teller's own deed, its subject
    # left out, and none of what was told
    r"|(?P<but>,\s*but\s+(?:has|have|had|did|does|do|would)\s*(?:never|not|n['’]t|yet\s+to)\b)"
)
# A measure declared, which is a deed: "a (special) state of emergency", "a curfew".
_A_MEASURE_TAKEN = re.compile(
    r"(?:a|an|the)\s+[“\"]?(?:[\w-]+\s+){0,2}?(?:state\s+of\s+(?:emergency|war|siege|alert)|curfew"
    r"|martial\s+law|lockdown|general\s+mobili[sz]ation|(?:national\s+)?(?:day|days|period)\s+of"
    r"\s+mourning)\b",
    re.IGNORECASE,
)
# When, between a participle and its agent: "(announced) early Tuesday by".
_WHEN_THEN_BY = re.compile(
    r"(?:\s+(?:early|late|on|last|this|earlier|later|jointly|publicly|officially|first|only"
    r"|(?-i:[A-Z])[a-z]+day|morning|afternoon|evening|night|week|month))+\s+by\s"
    r"(?!(?:telephone|phone|video|letter|e-?mail|text|radio|satellite)\b)",
    re.IGNORECASE,
)
_THEN_THAT = re.compile(r"[\s,]*(?:that\b\s*)?")
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|must|should)\b"
    r"|\b[a-z]{3,}ed\b"
)
# A figure's thousands, then its noun, right before a verb: "11,000 troops currently".
_A_FIGURES_WORDS_BEFORE = re.compile(r"\d,\d{3}\s+(?:[\w-]+\s+){0,3}$")
_AT_THE_END = re.compile(r"\s*[.!?;]?[\"”’]?\s*$")


def _may_hold_an_aside(low: str, lo: int, hi: int) -> bool:
    """False only if the folded ``low[lo:hi]`` holds no word a reporter's aside needs: a
    cheap test before ``_REPORTERS_ASIDE``, which may start anywhere."""
    return any(
        low.find(w, lo, hi) != -1
        for w in (
            "without",
            "anonymity",
            "named",
            "identified",
            "not",
            "n't",
            "amid",
            "verification",
            "evidence",
            "confirmation",
            "however",
            "meanwhile",
            " by ",
            ", as ",
            "marking",
            ", but ",
            "though",
            ", while",
            ", which",
            ", where",
        )  # fmt: skip
    )


# "they" right before a verb of saying, and the plural words of who "they" may be
_THEY = re.compile(r"\bthey\s+(?:have\s+|had\s+|also\s+)?$", re.IGNORECASE)
_THEY_SAID = frozenset("said say says told added reported stated".split())
_MANY = re.compile(r"(?:\ws|\b(?:police|military|army|media))$", re.IGNORECASE)
# From a verb of saying to a participle that goes on from it: "said, adding", "said on
# Monday, and added".
_THEN_PARTICIPLE = re.compile(r"[^,;.:\"“”]{0,30},\s*(?:and\s+)?")
# What is revealed when it is words: "revealed that ...", "revealed on Monday how ...".
_REVEALED_WORDS = re.compile(r"(?:\s+[\w,'’-]+){0,6}?\s+(?:that|how|whether)\b|\s*[:“\"]")
# How a side answers in deeds: "responded swiftly", "in kind", "to the shelling" (not
# "replied angrily that ...").
_ANSWERED_IN_DEED = re.compile(
    r"\s+(?:[a-z]+ly\b(?!\s+(?:that\b|[:“\"]))|in\s+kind\b|militarily\b"
    r"|to\s+(?:the|an?|its|their|his|her|this|these|that|those)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:fire|firing|attacks?|strikes?|shelling|assaults?|offensive|raids?|incursions?"
    r"|aggression|provocations?|bombardments?|violations?|barrage|rockets?|missiles?)\b)"
)
_QUOTE_MARK = re.compile(r"[“\"]")
_COMMA = re.compile(r"\s*,")
_ASIDE_THEN_THAT = re.compile(r"\s*,[^,;:“”\"]{1,80},\s*that\b")
# "blamed on the rebels" (not "blamed on Sunday the collapse of the talks")
# Whom it was told to, in lower-case words, up to "that": "told a private news channel
# that", "told the pro-government daily Izvestia that" (no verb among them).
# The press as whom it was told, with no article: "told state media (that)".
_TOLD_THE_PRESS = re.compile(
    r"(?:[\w-]+\s+)?(?:media|press|reporters|journalists|outlets|television|TV|radio|newspapers)"
    r"\s+(?:(?:on|in)\s+\w+day\s+)?(?:that\s+)?(?=\S)",
    re.IGNORECASE,
)
_OF_RIGHT_AFTER = re.compile(r"\s+of\b")
# A newsroom's name after an inverted "reports", to the end: "..., reports the Bangkok Post."
_AN_OUTLET_TO_THE_END = re.compile(
    r"\s+(?:the\s+)?(?:(?:[A-Z][\w'’.&-]*\s+){0,3}(?:"
    + alternation(MASTHEAD_WORDS)
    + r")|"
    + "|".join(re.escape(n) for n in OUTLET_NAMES)
    + r")\s*[.!]?\s*$"
)
# (and when it was told: "to Al Jazeera on Sunday")
_TO_AN_OUTLET_AT_END = re.compile(
    r"\s+to"
    + _AN_OUTLET_TO_THE_END.pattern.removesuffix(r"\s*[.!]?\s*$")
    + rf"(?:\s+(?:on\s+)?(?:{'|'.join(WEEKDAY_NAMES)})|\s+yesterday|\s+today)?\s*[.!]?\s*$"
)
# A programme or paper named in quotes: 'told "Fox & Friends" on Wednesday that'.
_QUOTED_ADDRESSEE = re.compile(
    r"[“\"][^“”\"]{1,60}[”\"]\s+(?:(?:on|in|during|late|early|this|last)\s+[\w-]+\s+"
    r"(?:(?:morning|evening|night|afternoon)\s+)?)?,?\s*that\s+"
)
# A named addressee of two or three words, then when, then "that".
_NAMED_ADDRESSEE = re.compile(
    r"[A-Z][\w.&'’/-]*(?:\s+[A-Z][\w.&'’/-]*){1,2}\s+(?:on\s+\w+day\s+|this\s+\w+\s+|today\s+"
    r"|yesterday\s+|earlier\s+|late\s+\w+\s+|last\s+\w+\s+)?,?\s*that\s+"
)
_TOLD_WHOM_THAT = re.compile(
    # (or an owner's: "told Qatar's Al-Jazeera English news channel that"; or none: "told
    # EU foreign policy chief Kaja Kallas that", "told an emergency session of the UN
    # Security Council that"; never a second noun or a clause: "told reporters the truce
    # that was agreed", "told reporters he believed that")
    r"\s*(?:(?:a|an|the|his|her|its|their)\s+|[A-Z][\w.-]*['’]s\s+)?"
    r"(?:(?:of\s+the|(?!(?:is|are|was|were|had|has|have|will|would|could|did|that|a|an|the"
    r"|his|her|its|their|he|she|they|it|we|I|you)\b)[\w'’.-]+)\s+){1,8}?that\s+",
    re.IGNORECASE,
)
# What the one named is, between commas: ", a police spokesperson interviewed by AFP,".
_APPOSITION_AFTER = re.compile(
    r"\s*(?:a|an|the|its|their|his|her)\s+(?:[\w'’.-]+\s+){0,3}?"
    rf"(?:{_TITLE_WORDS}|{alternation(SPEAKER_NOUNS)})\b(?!['’]s)"
    r"(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|remains?|said|says)\b)[\w'’.-]+)"
    r"{0,8}\s*,",
    re.IGNORECASE,
)
_OWNER_GAP = re.compile(r"(?:['’]s)?\s+")
_WHO_ASIDE = re.compile(r"\s*who\s+[^,;“”\"]{3,120},")
# A name set off by commas: " Sameh Shoukry," (two to four capitalised words).
_NAME_AFTER = re.compile(r"\s*[A-Z][\w'’.-]+(?:\s+(?:al-|bin\s+|de\s+)?[A-Z][\w'’.-]+){1,3}\s*,")
_ON_AFTER = re.compile(r"\s+on\b(?!\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", re.IGNORECASE)
_AT_A_PLACE = re.compile(r"\b(?:in|at|near|from|of)\s+(?:the\s+)?(?:[a-z]+\s+)?$")
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|it|they|we|I)\s+$", re.IGNORECASE)


def _stop(text: str, pos: int) -> int:
    """Where the clause from ``pos`` stops: the next full stop or semicolon."""
    ends = [i for i in (text.find(".", pos), text.find(";", pos)) if i != -1]
    return min(ends) if ends else len(text)


_RESPONSIBILITY = re.compile(r"\s+(?:full\s+)?(?:responsibility|credit)\b", re.IGNORECASE)
# No one claims it: "which no group has claimed responsibility for".
_NO_ONE_BEFORE = re.compile(
    r"\b(?:no(?:\s+(?:one|group|side|party|faction))?|nobody|none|not|never|yet\s+to)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# What is denied or dismissed that is no words: "denied entry", "dismissed his minister".
_A_DEED_DONE = re.compile(
    # ("denied Abbas a visa")
    r"\s+(?:(?:him|her|them|the\s+\w+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+)?(?:an?\s+|the\s+)?"
    r"(?:entry|access|visas?|permission|passage|bail)\b"
    r"|\s+(?:his|her|its|their|the)\s+(?:[\w-]+\s+){0,2}(?:minister|chief|commander|general"
    r"|head|governor|officials?|staff|ambassador|envoy|adviser|advisor|cabinet|government)\b"
    r"(?!['’])",
    re.IGNORECASE,
)
# A relative clause's verb: "who has repeatedly praised", "which it condemned".
_IN_RELATIVE = re.compile(r"\b(?:who|which|that)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# "called on X to stop": asked to act (not "called on Netanyahu in Jerusalem").
_ASKED_TO_ACT = re.compile(r"[^.;]{1,100}?\bto\s+[a-z]")
# When it was said, right after the verb: "said on Monday", "said late Sunday".
_WHEN_SAID = re.compile(
    r"(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?[A-Za-z]+day(?:\s+(?:morning|afternoon|evening"
    r"|night))?|\s+(?:yesterday|today|earlier|later|on\s+[A-Z][a-z]+\.?\s+\d{1,2}))?"
    r"(?:\s+local\s+time)?"  # "said on Friday local time that ..."
    r"(?:\s*\([^()]{1,30}\))?"  # "said on Sunday (October 26, 2025)"
)
_COMMA_GOES_ON = re.compile(
    # (or a quote opens: 'X, a spokesperson, said, "..."' says the quote, not an aside)
    # (or the writer's clause goes on: ", even as both countries held talks", ", amid a
    # fragile truce")
    r"\s*,\s*(?:(?:\w+ing|as|even\s+as|while|and|but|which|who|after|before|when|amid|amidst"
    r"|(?:hours|days|weeks)\s+after)\b|[“\"])"
)
# A name after the verb, or a post and then the name: "said Lysak", "said regional
# governor Serhiy Lysak", "said the governor, Serhiy Lysak".
_CAPITAL_AFTER = re.compile(
    rf"\s*(?:(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{_TITLE_WORDS})\s*,?\s+)?[A-Z]"
)
_CLAIMS_DENIED = re.compile(
    r"claims\s+(?:[\w’'.-]+\s+){0,5}?(?:(?:has|have|had)\s+)?(?:den(?:y|ies|ied)"
    r"|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:es|ed))\b",
    re.IGNORECASE,
)
# A body of no named side after the verb, to the end: "..., said the government
# media office.", "..., said a local official."
_INVERTED_BODY = re.compile(
    r"\s+(?:the|a|an)\s+(?P<np>(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)"
    # (when it spoke is no part of its name: "..., claimed a rights group on Friday.")
    r"(?:\s+(?:on|late|early)\s+(?:\w+day|\w+\s+\d{1,2})(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:yesterday|today|earlier|later|overnight))?\s*[.!?]?[\"”’']?\s*$"
)
_PRONOUN_AFTER = re.compile(r"\s+(him|her|them|it)\b", re.IGNORECASE)
# ... and of the words before it, or of a stretch already cut out.
_BEFORE_PARTICIPLE = re.compile(r"(?:,|\band|\bwhile(?:\s+also)?|" + _DOC_NOUNS + r")\s*$")
_COMMA_BEFORE = re.compile(r",\s*(?:\w+\s+){0,2}$")
_COMMA_AT_END = re.compile(r"\w\s*,\s*$")
# A clause of time or circumstance, no words said: "as echoes rang", "hours after the
# strike" (not one that goes on to what was said: "after the talks that ...").
_CIRCUMSTANCE = re.compile(
    r"(?:as(?!\s+(?:many|much|few|well|long|far|of|soon|recently|early|late)\b)|while|amid"
    r"|after|before|when|following|since|without|(?:hours|days|a\s+day|shortly|soon)\s+after"
    # "..., the ministry said on Saturday, in the latest violation of the truce"
    r"|in\s+(?:the|a|an|what|its|his|her|their)\s+(?:latest|last|newest|most|first|second|third"
    r"|fresh|new|further|another|apparent|rare|\w+est)"
    # "..., the governor said on Telegram, calling it the third attack this week"
    r"|(?-i:thanking|calling|describing|noting|urging|warning|vowing|blaming|praising"
    r"|welcoming|condemning|citing|referring"
    # "..., the agency said Monday, raising the toll of 773": the toll's change
    r"|raising|bringing|pushing|lifting|revising|updating|taking))\b"
    r"(?![^.;:]*\bthat\b)",
    re.IGNORECASE,
)
_WELCOMED_GUEST = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:to|in|at|on|into)\b")
# Who passed on what was said, closing the sentence: ", Anadolu reported.", ",
# according to the Times of Israel.", ", as cited in a report by TOLO news."
_SOURCE_AT_END = re.compile(
    r"\s*,\s*(?:according\s+to\s+[^,;“”\"]{1,80}"
    r"|as\s+(?:cited|quoted|reported)\s+(?:in|by)\s+[^,;“”\"]{1,80}"
    # ", Anadolu reported.", ", state media reported on Monday, citing a statement."
    r"|(?!(?:and|but|while|which|who|as|when|after|before)\b)(?:the\s+)?"
    r"(?:[A-Z][\w.&'’-]*|state|local|official|the)(?:\s+[\w.&'’-]+){0,6}?\s+"
    r"(?:reported|reports)(?:\s+on\s+\w+day)?(?:\s*,?\s*citing\s+[^,;“”\"]{1,60})?)"
    r"\s*[.!?]?\s*$"
)
# Who told of it, closing the sentence after other words of saying: ", the foreign
# secretary said.", ", a spokesman for the ministry added."
_TELLER_AT_END = re.compile(
    r"\s*,\s*(?:the|a|an|his|her|their|its)\s+(?:[\w'’.-]+\s+){0,6}?"
    r"(?:said|says|added|adds|told\s+(?:reporters|journalists|the\s+press)|noted|stated)"
    r"(?:\s+on\s+\w+day)?\s*[.!?]?\s*$",
    re.IGNORECASE,
)
# A phrase of place or time and nothing more up to the sentence's end.
# Who passed the words on, then only where and when: "as saying by state media upon his
# arrival in Moscow."
_BY_A_SOURCE_TO_END = re.compile(r"\s+by\s+(?:(?!\bthat\b)[^,;:“”\"]){1,100}?[.!?]?\s*$")
# ... or before what was said: "as saying by state media that ..."
_BY_A_SOURCE_THAT = re.compile(r"\s+by\s+(?:(?!\bthat\b)[^,;:“”\"]){1,60}?\s+that\s+")
_ADJUNCT_TO_END = re.compile(
    r"(?:\s+(?!at\s+(?:least|most)\b)(?:at|in|on|during|after|before|following|ahead\s+of|from"
    r"|amid|late|early|with)\s+"
    # (no verb among its words: "said at least five were killed" says a clause)
    r"(?:(?!(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|did|does"
    r"|do|been|be)\b)[^\s,;:“”\"]+\s+){0,12}?[^\s,;:“”\"]+"
    # ("in a post on X, formerly known as Twitter")
    r"(?:\s*,\s*(?:formerly|previously)\s+(?:known\s+as|called)\s+[^\s,;:“”\"]+)?"
    # "said the day before", "said a day earlier"
    r"|\s+(?:the\s+(?:day|night|week)\s+before|the\s+previous\s+(?:day|night|week)"
    r"|a\s+day\s+(?:earlier|before)|earlier\s+(?:in\s+the\s+day|that\s+day))"
    # whom it was told: "..., Araqchi confirmed to the state news agency IRNA."
    r"|\s+to\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?:agency|reporters|journalists|media|press"
    r"|broadcaster|television|radio|newspaper|daily|outlet|(?-i:[A-Z][\w.&'’-]*)))"
    # (the writer's word on the telling after it: "..., though he withheld further
    # details")
    r"(?:\s*,\s*(?:though|although|but)\s+(?:he|she|they|it)\s+[^,;:“”\"]+)?\s*[.!?]?\s*$",
    re.IGNORECASE,
)
# "said that ...", "said:": what follows is what was said, however it starts.
_THAT_OR_COLON = re.compile(r"\bthat\b|:", re.IGNORECASE)
_NO_WORD = re.compile(r"[\W]*")
#: The verbs of denying, as stems: "denied", "rejects", "dismissing".
DENYING = (
    "deni",
    "deny",
    "reject",
    "dismiss",
    "refut",
    "rebut",
    "disput",
    "downplay",
    "played down",
    "plays down",
    "playing down",
)
#: Verbs whose words mean little without them: "denied there had been a retreat",
#: "accused Russia of targeting civilians", "blamed Hamas for the collapse".
_KEEPS_ITS_VERB = (*DENYING, "accus", "blam")
_QUOTE_VERBS = frozenset(
    "called calls calling dubbed dubbing branded branding labelled labelling labeled labeling"
    " termed shared share sharing".split()
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.IGNORECASE)
# (in its case: "IS also claimed the attack" is the group)
_PASSIVE_ADVERB_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:also|now|still|\w+ly)\s+$"
)
# "are also reported to have been killed", "the hospital, said to be the largest": what
# is said of the subject, by no one named (a claimant's "claimed to have" is active).
_RAISED_TO = re.compile(r"\s+to\s+(?:be|have)\b")
_RAISING = frozenset("said reported believed thought rumoured rumored understood alleged".split())
# "..., said the foreign ministry." / "..., reported Anadolu news agency." - a name to
# the end of the sentence, with no verb of its own ("said Moscow had denied it" is no
# inversion).
_NO_AUX = (
    r"(?!(?:had|has|have|was|were|is|are|would|will|could|did|does|do|should|must|might|may"
    r"|can|not)\b)"
)
_SUBJECT_AFTER = re.compile(
    rf"^\s*(?:the\s+)?[A-Z][\w’'.-]*(?:\s+{_NO_AUX}[A-Za-z][\w’'.-]*){{0,6}}"
    # and what the speaker is: "..., said Omar Haddad, spokesman for the army."
    rf"(?:\s*,\s*{_NO_AUX}[A-Za-z][\w’'.-]*(?:\s+{_NO_AUX}[A-Za-z][\w’'.-]*){{0,8}})?"
    # (and a relative clause of the place named before him: "..., said governor Serhiy
    # Lysak, where the blast shattered windows")
    r"(?:\s*,\s*where\b[^;:\"“”]*)?"
    r"\s*[.!?]?$"
    # or a name, then when or where: "..., said spokesman Ahmed Zeid during a briefing
    # last week." (the name ends in a capital, and no verb follows: not "... said Hamas
    # last week fired dozens of rockets")
    r"|^\s*(?:the\s+)?(?:[\w’'.-]+\s+){0,5}?[A-Z][\w’'.-]*"
    rf"(?:\s*,\s*{_NO_AUX}[A-Za-z][\w’'.-]*(?:\s+{_NO_AUX}[A-Za-z][\w’'.-]*){{0,8}})?"
    r",?\s+(?:during|(?:at|in)\s+(?:a|an|the)|on\s+\w+day|last|yesterday|today)\b"
    r"(?:\s+(?![a-z]+ed\b|(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\b)"
    r"[^\s,;:\"“”]+){0,12}\s*[.!?]?$"
)


_NOT_SAID = re.compile(
    r"\b(?:not|never|n't|declined\s+to|refused\s+to|without|neither|nor)\s+"
    r"(?:(?:yet|immediately|publicly|officially|formally|directly|explicitly|independently"
    r"|so\s+far)\s+){0,2}$"
    # "did not say whether he believed the strikes were justified": not said either way
    r"|(?:\bnot|n't|\bdeclined\s+to|\brefused\s+to)\s+(?:say|said|disclose|specify|comment"
    r"|reveal)\s+(?:on\s+)?(?:whether|if|when|how|what|why)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
_NEITHER_NOR = re.compile(r"\bneither\b[^.;]{1,80}\bnor\b[^.;,]{1,60}$", re.IGNORECASE)
# A verb of saying in a relative clause whose object is no clause, before the main
# verb of saying: "Lazarre, who confirmed the attack to a newspaper, said gangs ...".
# (and the verbs of labelling: "who called the strike 'a provocation'")
_TAKES_A_THING = (
    "confirm", "announc", "report", "describ", "acknowledg", "claim", *DENYING,
    *sorted(_QUOTE_VERBS),
)  # fmt: skip
# The comma that closes a "who" aside, before the main clause's verb.
# A participle's aside open before a verb: ", speaking moments after Trump announced".
_IN_A_PARTICIPLE_ASIDE = re.compile(
    r",\s*(?:(?:while|when|after|before|despite)\s+[a-z]+ing|speaking|writing|talking"
    r"|addressing|responding|reacting|commenting|appearing)\b[^,;]*"
    # ("speaking to the media, moments after Trump announced ...": two parts)
    r"(?:,\s*(?:moments|minutes|hours|shortly|soon|just|a\s+day|days)\b[^,;]*)?$"
)
#: The main clause's verb back after an aside that told something: "Egypt's minister, who
#: said a deal was close, arrived".
MAIN_VERB_AFTER_ASIDE = re.compile(
    r",\s+(?:(?:also|later|then|has|had|have|will|would|was|were|is)\s+)?(?:[a-z]+ed|arrived"
    r"|met|left|went|came|took|told|said|says|spoke|flew|gave|held|made|will|would|declined"
    r"|is|was|has|had)\b"
    # (not a list's next word: "30 people were killed, wounded or missing")
    r"(?!\s+(?:or|and)\b)"
)
# What may follow a side's name in the noun phrase before "who": "'s foreign minister",
# " official", not a clause ("freed by Hamas, who" is the freed).
_NOUN_PHRASE_TAIL = re.compile(
    rf"(?:['’]s)?(?:\s+(?:{_TITLE_WORDS}|official|officials|spokes\w+|senior|top|chief|deputy"
    r"|foreign|defen[cs]e|interior|military|army|government|ministry|leaders?|commanders?"
    r"|envoys?|negotiators?|delegation|team|sources?|representatives?)){0,3}\s*,?\s*",
    re.IGNORECASE,
)
_OBJECT_OF = re.compile(r"\b(?:by|of|from|with|for|to|against)\s+(?:the\s+)?$", re.IGNORECASE)
# (", which" too, after a subject alone: "Hamas, which claimed the attack, has warned
# ..."; not after an object: "hosted by Turkey, which said ...")
_SUBJECT_ONLY = re.compile(
    r"\W*(?:(?!(?:is|are|was|were|has|have|had|will|would|by|from|to|in|on|at|of)\b)"
    r"(?![a-z]+ed\b)[\w'’.()-]+\s+){0,6}[\w'’.()-]+"
)
_WHO_SAID = re.compile(
    r"(?:(?:,\s*|\s)who|,\s*which)\s+(?:also\s+|later\s+|had\s+|have\s+|has\s+)?$"
)
_WHO_BEFORE = re.compile(r",\s*(?:who|which)\s+(?:also\s+|has\s+|had\s+)?$")
_MAIN_SAYING_AFTER = re.compile(
    # (no "that" before the comma: "X, who confirmed on Monday that talks were frozen,
    # said ..." did say something there)
    rf"(?!\s*(?:that\b|[:“\"]))(?:(?!\bthat\b)[^.;:]){{1,120}}?,\s*(?:{alternation(REPORTING)})\b"
)
# "claim by", "reports of", "claims that he": nouns, not verbs, when these follow.
# (matched at a position; "their competing claims over Kashmir": land claimed, no words)
_NOUN_AFTER = re.compile(r"\s+(?:by|of|from|about|over)\b", re.IGNORECASE)
# Words that follow a verb that may say them: "countered that", "countered: ...".
_WORDS_AFTER = re.compile(r"\s*(?:that\b|[,:]|[“\"])")
# A clause with no "that": "pointed out the US had deployed eight warships".
_A_CLAUSE_AFTER = re.compile(
    r"\s+(?:[\w'’.-]+\s+){1,5}?(?:had|has|have|was|were|is|are|would|will|could|can|did"
    r"|does)\b"
)
# What a danger threatens: "threatened the lives of", "threatens regional stability".
_ENDANGERED = re.compile(
    r"\s+(?:(?:the|its|their|his|her|our|regional|global|national|civilian)\s+){0,2}"
    r"(?:lives|life|safety|security|stability|existence|future|livelihoods?|peace|health)\b"
)
# What is maintained when nothing is said: "maintain a presence", "maintained control".
_THING_AFTER = re.compile(
    r"\s+(?:(?:a|an|the|its|their|his|her|some|full|close|strong)\s+)?(?:[\w-]+\s+)?"
    r"(?:presence|control|positions?|grip|hold|ties|contacts?|relations|calm|order|pressure"
    r"|ceasefire|truce|siege|blockade|channels?|links|cooperation)\b"
    # force kept somewhere, counted: "maintained dozens of military bases", "maintains
    # 3,000 troops", "a small contingent" (not "maintains its soldiers fired only ...")
    r"|\s+(?:(?:dozens|hundreds|thousands|scores|a\s+number|a\s+network)\s+of\s+|\d[\d,]*\s+"
    r"|(?:a|an)\s+(?:small\s+|large\s+)?)(?:[\w-]+\s+){0,2}?(?:bases?|posts?|outposts?|troops"
    r"|forces|soldiers|contingent|garrisons?|vessels?|ships|checkpoints?|patrols?)\b",
    re.IGNORECASE,
)
# The verb that follows a noun of saying: "reports say", "claims showed".
_SAYING_AFTER = re.compile(
    r"\s+(?:(?:also|now|further)\s+)?(?:say|said|says|show(?:ed|s)?"
    r"|state[ds]?|claim(?:ed)?)\b",
    re.IGNORECASE,
)
# The place a relative clause claims, the clause closed or telling what as:
# "a village, which Cambodia claims, ...", "which Kyiv claims as part of Kherson".
_WHICH_BEFORE = re.compile(
    # (a place before it, by its name or its noun: not "the building, which Moscow claims,
    # without evidence, housed troops")
    r"(?:\b(?i:village|town|city|area|islands?|region|province|district|territory|land|zone"
    r"|strip|enclave|peninsula|border\s+crossing)|\b[A-Z][\w'’-]+),?\s+(?:which|that)\s+"
    r"(?:[\w'’.-]+\s+){1,4}$"
)
_CLAIMED_AS_LAND_AFTER = re.compile(
    r"\s*(?:[,;)]|$|\s(?:as\s+(?:(?:a\s+|the\s+)?part\s+of|its|their|her)|to\s+be\s+(?:part|its|their)"
    r"|for\s+(?:itself|themselves))\b)",
    re.IGNORECASE,
)
# A claim to land or sea, how much of it: "claims almost the entire", "claims most of",
# "claims sovereignty over", "which Beijing claims almost entirely".
_LAND_CLAIMED_AFTER = re.compile(
    r"\s+(?:(?:almost|nearly|virtually|practically)\s+)?(?:(?:the\s+(?:entire|whole)|all\s+of"
    r"|(?:most|much|parts?|large\s+parts|swathes|swaths)\s+of)"
    # (land: "most of the South China Sea", not "most of the casualties were soldiers")
    r"\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:land|territory|region|sea|waters|islands?|province"
    r"|country|area|coast|border)\b)|entirely\b|sovereignty\b"
    r"|(?:the\s+)?(?:territory|region|islands?|waters|province)\s+as\s+(?:its|their)\b)",
    re.IGNORECASE,
)
# What a war claims: "claimed 6,000 lives", "claimed the lives of 13 children".
_LIVES_AFTER = re.compile(
    r"\s+(?:the\s+(?:life|lives)\s+of\b|(?:(?:more\s+than|over|at\s+least|nearly|almost|about|some"
    r"|around|up\s+to|an\s+estimated)\s+)?(?:[\d][\d,.]*|many|hundreds|thousands|dozens|tens"
    r"|scores|countless|several|numerous|\w+\s+(?:hundred|thousand|million))"
    r"(?:\s+(?:of|more|civilian|innocent|human|[A-Z][a-z]+))*\s+lives\b)",
    re.IGNORECASE,
)
_NOUN_VERBS = frozenset(
    "claim claims reports report says warning denies promise promises demands".split()
)
# The words of a subject that names no known side: "a military source", "Save the
# Children", "regional governor Oleh Synehubov", "residents".
_PLAIN_SUBJECT = re.compile(
    # (the article of a sentence's first word too: "An official of a local rescue group")
    r"(?:^|[,;(—–][”’\"']?\s*|[”\"]\s+|\b(?:and|but|while|as|after)\s+)(?P<np>(?:(?i:the|a|an)\s+)?"
    r"(?:[A-Za-z][\w'’.-]*\s+){0,5}?[A-Za-z][\w'’.-]*"
    # a speaker and where they are: "Authorities in the southwestern town of Beled Hawo"
    r"|(?-i:[A-Z])[a-z]+\s+(?:in|of|at|from)\s+(?:[A-Za-z][\w'’.-]*\s+){1,7}?[A-Za-z][\w'’.-]*"
    # one who speaks for a body: "a spokesman for a coalition of Tuareg-majority
    # pro-independence groups"
    r"|(?i:the|a|an|one|another)\s+(?:[\w'’-]+\s+){0,2}?(?:spokes(?:man|woman|person)|official|source"
    r"|representative|member|commander|officer)\s+(?:for|of|from|at|in|with|close\s+to)\s+"
    r"(?:[A-Za-z][\w'’.-]*\s+){0,8}?[A-Za-z][\w'’.-]*"
    # a long title and name, capitalised: "Head of the Kherson Regional Military
    # Administration Oleksandr Prokudin"
    r"|(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|the|and)\s+)*){2,9}[A-Z][\w'’.-]*)"
    # "Research from US scholars, however, estimates"
    r"(?:\s*,\s*(?:however|meanwhile|though|too)\s*,)?"
    r"\s+(?:(?:also|later|then|earlier)\s+)?(?:(?:has|have|had)\s+)?$"
)
_THAT_SUBJECT = re.compile(
    r"\bthat\s+(?P<np>(?:the\s+)?(?:[A-Za-z][\w'’.-]*\s+){0,5}?[A-Za-z][\w'’.-]*)\s+$"
)
# Words that open a clause before its subject: "Later the source said", "But activists".
_OPENING = re.compile(
    r"^(?:(?:but|and|meanwhile|later|earlier|separately|also|however|yesterday|today|another"
    r"|(?:on|last|this|late|early)\s+\w+|in\s+(?:a|an|the)\s+\w+)\s+)*(?:(?:the|a|an)\s+)?",
    re.IGNORECASE,
)
# "the statement said", "the report added": a document, speaking for its author.
_DOCUMENT_SUBJECT = re.compile(
    r"\b(?:the|that|this|its|their|a|the\s+joint)\s+(?:[\w-]+\s+)?(?:statement|report|communiqu[eé]"
    r"|release|letter|bulletin|update|briefing|post|notice)\s+(?:also\s+)?$",
    re.IGNORECASE,
)
# A pronoun as the sentence's subject: "It later ", "They also ".
_A_PRONOUN_SUBJECT = re.compile(
    r"\W*(?:it|he|she|they|we)\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+|again\s+)*$",
    re.IGNORECASE,
)
# A document as the object of its issuing, right before a participle: "issued a statement
# (urging)".
_ISSUED_A_DOCUMENT = re.compile(
    r"\b(?:issued|released|published|put\s+out|posted|sent|read\s+out)\s+(?:the|a|an|its"
    r"|their|his|her|a\s+joint)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|letter|message"
    r"|release|notice)\s+$",
    re.IGNORECASE,
)
# A relative clause set off by commas right before the verb: ", who was briefed, said".
_WHEN_AT_END = re.compile(
    rf"\s+(?:(?:on|last|this|early|late)\s+(?:{'|'.join(WEEKDAY_NAMES)})|yesterday|today)$",
    re.IGNORECASE,
)
_RELATIVE_BEFORE = re.compile(r",\s*(?:who|which)\b[^,;]{1,120},\s*$", re.IGNORECASE)
_ANONYMOUS_BEFORE = re.compile(
    r",?\s+(?:speaking|who\s+spoke)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity\s*,?\s*$"
    # ... or whose work it is, with no commas: "A member of a rescue group whose team
    # was helping people in the area told AFP"
    r"|\s+whose\s+[^,;:“”\"]{1,80}?\s*$",
    re.IGNORECASE,
)
_PLAIN_BAD = re.compile(
    r"^(?:it|he|she|they|we|i|you|this|that|there|which|who|one|some"
    r"|many|others?|later|earlier|also|then|previously|again|recently|separately|yesterday"
    r"|today|however|meanwhile|(?:on|last|this)\s+\w+)$"
    r"|\b(?:had|has|have|was|were|is|are|would|will|could|not)\b"
    # a clause's verb, a comma lost before the speaker: "killing three and injuring a
    # fourth SANA said"
    r"|\b(?:killing|injuring|wounding|leaving|including|adding|saying|displacing)\b",
    re.IGNORECASE,
)
# After a side's name, words that make it an institution: "Emirati police".
_INSTITUTION_TAIL = re.compile(
    # ("the Palestinian enclave's health ministry": a place's word and its owner's mark)
    r"(?:\s+[\w-]+(?:['’]s)?){0,2}?\s+(?:police|officials?|ministry|office|agency|authorities|army"
    r"|military|forces|mission|service|sources?|spokesman|spokeswoman|media|news\s+agency"
    # an outlet, and its name after it: "Lebanese TV channel Al-Mayadin"
    rf"|(?:{alternation(OUTLET_NOUNS)})(?:\s+(?-i:[A-Z])[\w'’-]+(?<!day)){{0,3}})\b",
    re.IGNORECASE,
)

# The yes-or-no tests of the words before a verb, over the folded sentence (see CaseBlind).
_PASSIVE_BEFORE_CB = CaseBlind(_PASSIVE_BEFORE)
_NOTHING_AFTER = re.compile(r"\s*(?:[.!?;]|$|and\s+(?!said|says|added|told)\w)")
# What a verb of claiming or vowing takes that is no clause: "to have downed the
# drones", "on the opening of the airport", "for the payment of salaries".
# ("warned of a wider war", "vowing instead to fight": the verb's object, with it)
_COMPLEMENT_AFTER = re.compile(
    r"(?:(?:instead|also|again|once\s+more)\s+)?(?:to|on|for|against|of|about(?!\s+\d))\s+"
    r"(?![“\"])",
    re.IGNORECASE,
)
# ... "of" and "about" only right after the verb (not "warned on Wednesday of famine": the
# day tells when, and the words follow it)
_OF_OR_ABOUT = re.compile(r"(?:of|about)\b", re.IGNORECASE)
#: Verbs of asking for something: "urged restraint", "demanded a ceasefire" (and "called
#: for a truce").
ASKS = (
    "urg", "demand", "called for", "calls for", "calling for", "called on", "calls on",
    "calling on", "ask",
)  # fmt: skip
_THAT_AFTER = re.compile(r"\s*(?:,\s*)?that\b", re.IGNORECASE)
_TAKE_COMPLEMENTS = (
    "vow", "claim", "insist", "pledg", "threat", "den", "urg", "call", "demand", "promis",
    "refus", "warn",
)  # fmt: skip
_GERUND_AFTER = re.compile(r"[a-z]+ing\b")  # "denied violating the truce"
_ON_A_THING = re.compile(r"\s+on\s+(?:the|a|an|its|their)\b", re.IGNORECASE)
_NEXT_CLAUSE = re.compile(r"(?:and|but|while|whereas|although)\s", re.IGNORECASE)
# Only when it was said, to the sentence's end: "after speaking separately with ...".
# (not when a clause of its own follows: "said before boarding his plane Russia would
# not accept the plan")
_WHEN_ONLY_AFTER = re.compile(
    r"(?:after|before|following|while|upon)\s+[a-z]+ing\s(?![^;]*\b(?:that|would|will|must|should"
    r"|could|can|had|has|have|was|were|is|are)\b)[^;]*"
)
_TO_A_THING = re.compile(r"\s+to\s+(?![“\"])(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[a-z]")
_WHAT_AS = re.compile(r"\bwhat\s+(?:[\w'’.-]+\s+){0,4}$", re.IGNORECASE)
#: The same in lower case only ("IS said" is the Islamic State speaking), with an
#: adverb: "has repeatedly been accused"; casualties reads it too ("were killed").
#: A passive's auxiliary right before a participle: "was accused", "got hit".
PASSIVE_AUX = re.compile(
    r"\b(?:was|were|be|been|being|is|are|get|got|gets|getting)\s+(?:[a-z]+ly\s+)?$"
)
_NOUN_BEFORE_CB = CaseBlind(_NOUN_BEFORE)
_NOT_SAID_CB = CaseBlind(_NOT_SAID)
_AS_BEFORE_CB = CaseBlind(_AS_BEFORE)
_DOCUMENT_SUBJECT_CB = CaseBlind(_DOCUMENT_SUBJECT)


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
    #: The speaker's words when they name no known side: "a military source".
    name: str | None = None


def speech_acts(ctx: ArticleContext, sent: Sent) -> list[Speech]:
    """Every verb of saying in ``sent`` with its speaker and content span."""
    if sent.acts is None:
        sent.acts = _speech_acts(ctx, sent)
    return sent.acts


def _speech_acts(ctx: ArticleContext, sent: Sent) -> list[Speech]:
    text = sent.text
    out: list[Speech] = []
    main: Mention | None = None
    speaker: Mention | None
    low = sent.folded
    for m in _SAY.finditer(low):
        lost_comma: tuple[int, Mention | None, str] | None = None
        verb = m.group("verb").lower()
        vs, ve = m.start("verb"), m.end("verb")
        if verb in SAYING_BARE and not _plural_subject(sent, vs):
            continue  # "the state", "to report": no verb of saying
        if verb in _FOUND_THAT and (
            not _THAT_AFTER.match(text, ve)
            or _THAT_TIME.match(text, ve)
            or _BE_BEFORE.search(text, max(0, vs - 20), vs)
        ):
            # "found 20 bodies", "concluded that evening", "remains determined that": no
            # finding told
            continue
        if verb == "accused" and _OF_RIGHT_AFTER.match(text, ve):
            continue  # "a boat accused of carrying drugs": a passive, no one accuses here
        if verb.startswith("report") and _AN_OUTLET_TO_THE_END.match(text, ve):
            continue  # "..., reports the Bangkok Post.": a newsroom passing it on, no side
        if verb in _ASKED_TO and (
            not _ASKED_SOMEONE_TO.match(text, ve)
            or re.search(
                r"\b(?:when|if|after|before|being|who|whom)\s+$", text[max(0, vs - 10) : vs], re.I
            )
        ):
            continue  # "asked about the talks", "when asked": no request made
        if verb == "states" and not _WHAT_IT_STATES.match(text, ve):
            continue  # "member states had a meeting": the noun ("the report states that")
        if inside_quote(text, vs, sent.opened):
            continue
        if _A_FIGURES_WORDS_BEFORE.search(text, max(0, vs - 40), vs) and _AT_THE_END.match(
            text, ve
        ):
            continue  # "with 11,000 troops currently pledged": the thousands' comma opens no clause
        if any(x.start <= vs < x.end for x in sent.mentions):
            continue  # "the United States": a name, no one states anything
        if verb in _RAISING and _RAISED_TO.match(text, ve):
            continue
        if verb in ("reported", "claimed", "expected", "believed") and (
            _PASSIVE_BEFORE_CB.found(text, max(0, vs - 20), vs, low)
            or _PASSIVE_ADVERB_BEFORE.search(text, max(0, vs - 30), vs)
        ):
            # "were reported killed" is not a speaker reporting.
            if not _THAT_OR_BY.match(text, ve):
                continue
        elif (verb.endswith("ed") or verb in ("told", "said")) and PASSIVE_AUX.search(
            text, max(0, vs - 30), vs
        ):
            continue  # "Pakistan was accused of violating it", "he was told": done to them
        if _NOUN_BEFORE_CB.found(text, max(0, vs - 20), vs, low):
            continue  # "a claim", "the leader's claims": nouns, not someone speaking
        if verb.endswith("s") and PREPOSITION_BEFORE.search(text, max(0, vs - 12), vs):
            continue  # "insist on demands that", "amid warnings": plural nouns, not verbs
        if verb.endswith("ed") and (
            _BY.match(text, ve, ve + 4) or _WHEN_THEN_BY.match(text, ve, ve + 40)
        ):
            # "the initiative announced by el-Sisi", "the ceasefire, announced early
            # Tuesday by Trump, ...": a passive, nobody speaks here
            continue
        if verb.startswith(("respond", "repl")) and (
            _WITH_OR_BY.match(text, ve) or _ANSWERED_IN_DEED.match(text, ve)
        ):
            # "Israel responded with its heaviest barrage", "the army responded swiftly
            # to the firing": an act, not words
            continue
        if (
            verb.startswith(("respond", "repl"))
            and _NOTHING_AFTER.match(text, ve)
            and not _after_quote(text, vs)
        ):
            continue  # "said the army had responded.": an act; '"No," he replied.' speaks
        if verb in _QUOTE_VERBS and not _QUOTE_MARK.search(text, ve, ve + 60):
            # "called" (or "shared") says something only of words it quotes: called it
            # "baseless"
            continue
        if verb.startswith("expect") and _A_THING_AFTER.match(text, ve):
            continue  # "Ukraine expects a memorandum from Russia": awaited, no words
        if verb.startswith("reveal") and not _REVEALED_WORDS.match(text, ve):
            continue  # "revealed a new drone", "revealed their positions": shown, not said
        if verb.startswith("report") and _ON_A_THING.match(text, ve):
            continue  # "reported on the latest round of talks": a subject, no claim
        if verb.startswith("add") and _TO_A_THING.match(text, ve):
            continue  # "adding to fears of an offensive": more of something, no words
        if (
            verb.startswith("claim")
            and text[max(0, vs - 3) : vs].rstrip().endswith(",")
            and _CLAIMS_DENIED.match(text, vs)
        ):
            continue  # "..., claims Kabul denies": the noun, what the other side denies
        if verb.startswith("describ") and _WHAT_AS.search(text, max(0, vs - 40), vs):
            continue  # "what the UN describes as the worst crisis": a label, no statement
        if (
            verb.lower() in _NOUN_VERBS
            and (
                _SAYING_AFTER.match(text, ve)  # "military reports say ...": its verb comes next
                or (
                    verb in _NOUN_VERBS
                    and _NOUN_AFTER.match(text, ve)
                    and not (
                        verb == "warning" and _BEFORE_PARTICIPLE.search(text[max(0, vs - 14) : vs])
                    )
                )
            )
        ):
            continue  # "the biggest territorial claim by either side" (not ", warning of")
        if verb.startswith("declar") and _DECLARED_THING.match(text, ve):
            continue  # "declared a ceasefire", "declared a state of emergency": a deed
        if (
            verb == "alleged"
            and _ALLEGED_THING.match(text, ve)
            and _ADJECTIVE_SLOT.search(text, max(0, vs - 20), vs)
        ):
            continue  # "struck alleged Hezbollah strongholds": an adjective
        if _TEXT_SUBJECT.search(text, max(0, vs - 200), vs):
            continue  # "The deal, brokered by Egypt, calls for a halt": a text, no one
        if _ACCORDING_TO_BEFORE.search(text, max(0, vs - 40), vs):
            continue  # "according to official reports": a noun, the source
        if (
            verb.startswith(_PUBLISHED)
            and _DOC_BEFORE.search(text, max(0, vs - 30), vs)
            and _PUBLISHED_WHERE.match(text, ve)
        ):
            continue  # "in a statement posted to Telegram": the statement's, not a verb
        # (and "claimed responsibility for the blast": the verb says what it is)
        stance = verb.lower() in STANCE or (
            verb.startswith("claim") and _RESPONSIBILITY.match(text, ve) is not None
        )
        if stance and _NO_ONE_BEFORE.search(text, max(0, vs - 30), vs):
            continue  # "which no group has claimed responsibility for": no claim
        if verb.lower() in STANCE and _IN_RELATIVE.search(text, max(0, vs - 30), vs):
            continue  # "Erdogan, who has praised Hamas, met ...": background, no statement
        if (
            verb.lower().startswith("call")
            and verb.endswith("on")
            and not _ASKED_TO_ACT.match(text, ve)
        ):
            continue  # "called on Netanyahu in Jerusalem": a visit; "called on X to" asks
        if (
            verb.startswith("blame")
            and _ON_AFTER.match(text, ve)
            and not any(
                0 <= vs - x.end <= 2 and not _AT_A_PLACE.search(text, max(0, x.start - 25), x.start)
                for x in sent.mentions
            )
            and not _PRONOUN_BEFORE.search(text, max(0, vs - 8), vs)
        ):
            continue  # "a bombing blamed on the rebels": a passive, no one speaks
        if verb.startswith("welcom") and _WELCOMED_GUEST.match(text, ve):
            continue  # "Putin welcomed Erdogan to the Kremlin": a host, no words
        if verb.startswith(("deni", "deny", "dismiss")) and _A_DEED_DONE.match(text, ve):
            continue  # "denied entry to", "dismissed his defence minister": deeds, no words
        if verb.startswith(("cite", "quot")) and _SOMEONE_AS_SAYING.match(text, ve):
            continue  # "TASS cited Zelensky as telling journalists that": his words
        if verb.startswith(_NAMING) and _WHAT_ONE_CALLED.search(text, max(0, vs - 40), vs):
            continue  # "denying what he called 'accusations'": a name for a thing, no claim
        if verb.startswith(_NAMING) and _a_things_name(text, verb, vs, ve):
            continue  # 'an operation called "Iron Swords"', "a state they call Ambazonia"
        if verb.startswith("hail") and text.startswith(" from ", ve):
            continue  # "Chapo hails from the north": where one comes from, no words
        if verb.startswith("claim") and _LIVES_AFTER.match(text, ve):
            continue  # "the war has claimed 6,000 lives": a toll taken, no words
        if verb.startswith("claim") and _LAND_CLAIMED_AFTER.match(text, ve):
            continue  # "China claims almost the entire sea", "which X claims entirely": land
        if (
            verb.startswith("claim")
            and _WHICH_BEFORE.search(text, max(0, vs - 50), vs)
            and _CLAIMED_AS_LAND_AFTER.match(text, ve)
        ):
            continue  # "a village, which Cambodia claims (as part of its province),": land
        if verb.startswith("maintain") and _THING_AFTER.match(text, ve):
            continue  # "they maintain a presence in Jobar": kept, not said
        if (
            verb.startswith(("point", "counter"))
            and not _WORDS_AFTER.match(text, ve)
            and not (verb.startswith("point") and _A_CLAUSE_AFTER.match(text, ve))
        ):
            continue  # "the army countered India's designs": a deed; "countered that" speaks
        if verb.startswith("threat") and _ENDANGERED.match(text, ve):
            continue  # "rockets that threatened the lives of thousands": harm, no words
        if (
            verb.lower() in _PUT_OUT
            and _A_THING_PUT_OUT.search(text, max(0, vs - 90), vs)
            and not _WHAT_IT_STATES.match(text, ve)
        ):
            continue  # "footage that Tarriela posted on X showed": a thing put out, no words
        if _NOT_SAID_CB.found(text[max(0, vs - 40) : vs], folded=low[max(0, vs - 40) : vs]):
            continue  # "has not said whether", "declined to say"
        if _NEITHER_NOR.search(text, max(0, vs - 140), vs):
            continue  # "Neither its UN mission nor the Kremlin immediately responded"
        if (
            verb.startswith(_TAKES_A_THING)
            and _WHO_BEFORE.search(text, max(0, vs - 20), vs)
            and _MAIN_SAYING_AFTER.match(text, ve)
        ):
            # "X, who confirmed the attack to AFP, said ...": the main verb speaks, and X
            # is who speaks there
            main = main or ctx.subject(sent, vs)
            continue
        participle = verb.split()[0].endswith("ing")  # ("calling for", "urging")
        aside_who = False
        parenthetical = _AS_BEFORE_CB.found(text, max(0, vs - 80), vs, low)
        if participle and (cited := _CITED_AS.search(text, max(0, vs - 140), vs)):
            # "Katz was cited by Army Radio as warning that ...": the one cited speaks
            speaker = ctx.subject(sent, cited.start())
            if speaker is not None:
                lead = _LEAD_IN.match(text, ve)
                cs, ce = _past_whom(text, verb, ve, lead.end() if lead else ve), len(text)
                if (by := _BY_A_SOURCE_THAT.match(text, ve)) is not None:
                    cs = by.end()
                elif (_BY_A_SOURCE_TO_END.match(text, ve) or _NOTHING_MORE.match(text, ve)) and (
                    "," in text[max(0, vs - 140) : vs] or _after_quote(text, cited.start())
                ):
                    # "..., Kuleba was quoted as saying by state media on his arrival.",
                    # '"...," Netanyahu was quoted as saying.'
                    cs, ce = 0, _clause_end_before(text, cited.start())
                out.append(Speech(verb, vs, ve, speaker, cs, ce, False))
            continue
        if participle:
            with_np = _WITH_SAYING.search(text, max(0, vs - 80), vs)
            if with_np is not None and _CONTACT_BEFORE_WITH.search(
                text, max(0, with_np.start() - 40), with_np.start()
            ):
                # "Erdogan spoke by phone with Putin on Monday, urging him": who was
                # spoken with is not who urges
                with_np = None
            quoted_as = _QUOTED_AS.search(text, max(0, vs - 80), vs)
            if quoted_as is not None:
                # '"...," the channel quoted the minister as saying': the minister speaks
                np = [x for x in sent.mentions if quoted_as.start("np") <= x.start < vs and x.actor]
                speaker = np[0] if np else None
                words = quoted_as.group("np").strip()
                name = None if np else re.sub(r"^(?:the|a|an)\s+", "", words)
                if quoted_as.start() > 0 and re.search(
                    r"[,.!?]?[”\"]\s*(?:[\w'’.-]+\s+){0,5}$", text[: quoted_as.start()]
                ):
                    cs, ce = 0, _clause_end_before(text, quoted_as.start())
                else:
                    lead = _LEAD_IN.match(text, ve)
                    cs, ce = _past_whom(text, verb, ve, lead.end() if lead else ve), len(text)
                out.append(Speech(verb, vs, ve, speaker, cs, ce, False, name=name))
                continue
            if with_np is not None:
                # "..., with the government saying it had taken the town"
                np = [x for x in sent.mentions if with_np.start("np") <= x.start < vs and x.actor]
                if not np:
                    continue
                speaker = np[0]
            elif _BEFORE_PARTICIPLE.search(text[max(0, vs - 14) : vs]):
                if _WITH_BOTH_SIDES.search(text, max(0, vs - 160), vs):
                    continue  # "with both sides offering accounts and accusing the other"
                # "..., saying", "and adding", "put out a statement saying"
                speaker = main or _first(sent, vs)
                if main is None and out and out[-1].speaker is None and out[-1].name:
                    # "Security sources said 29 Indian drones were downed, adding ...":
                    # the sources go on, not a side their words name
                    speaker = None
                if (other := _CONTRAST_SUBJECT.search(text, max(0, vs - 160), vs)) is not None:
                    # "X rejected the deal, while the Israeli government defended it,
                    # saying ...": the contrast's own subject says it
                    speaker = next(
                        (
                            x
                            for x in sent.mentions
                            if x.actor and other.start("np") <= x.start < other.end("np")
                        ),
                        speaker,
                    )
            else:
                continue
        elif (who := _WHO_SAID.search(text, max(0, vs - 25), vs)) is not None and (
            "who" in who.group(0) or _SUBJECT_ONLY.fullmatch(text, 0, who.start())
        ):
            aside_who = who.group(0).lstrip().startswith(",")
            # "Hamas released 21 hostages, who said ...": who speaks is the noun right
            # before "who", a side's name or no side's
            speaker = next(
                (
                    x
                    for x in reversed(sent.mentions)
                    if x.actor
                    and x.end <= who.start()
                    and _NOUN_PHRASE_TAIL.fullmatch(text, x.end, who.start())
                    # ("freed by Hamas, who said": the freed, or Hamas; "led by Peskov,
                    # who said": a person named last is who)
                    and (x.is_person or not _OBJECT_OF.search(text, max(0, x.start - 8), x.start))
                ),
                None,
            )
            if speaker is None:
                continue
        elif main is not None and _TO_AFTER_A_CONTACT.search(text, max(0, vs - 90), vs):
            # "Trump said he called the leaders of A and B to urge them to stop": who
            # called is who urges
            speaker = main
        else:
            # "X said ..., but has repeatedly said ...": a clause without its own
            # subject keeps the sentence's speaker.
            speaker = ctx.subject(sent, vs, reach=0)
            appo = _OPEN_APPOSITION.search(text, max(0, vs - 120), vs)
            if appo is not None and (speaker is None or speaker.start > appo.start()):
                # "Sarfraz Bugti, the chief minister of Balochistan province said": the
                # name before a title whose closing comma was left out
                words = {w.lower() for w in re.findall(r"[\w-]+", appo.group(0))}
                named = next(
                    (
                        x
                        for x in sent.mentions
                        if x.is_person
                        and x.actor
                        and 0 <= appo.start() - x.end <= 1
                        # (not whom one met: "After talks with Putin, the minister said")
                        and not OBJECT_OF.search(text, max(0, x.start - 12), x.start)
                    ),
                    None,
                )
                if named is not None and words & NAME_TITLES:
                    speaker = named
            titled = _TITLE_APPOSITION.search(text, max(0, vs - 140), vs)
            if (
                titled is not None
                and (speaker is None or not speaker.is_person)
                and titled.group("title").lower() in NAME_TITLES
            ):
                # "Abdel Fattah al-Burhan, head of the army, said": the man, not the army
                speaker = next(
                    (
                        x
                        for x in sent.mentions
                        if x.is_person and x.actor and 0 <= titled.start() - x.end <= 1
                    ),
                    speaker,
                )
            lost_comma = _speaker_without_comma(text, vs, sent.mentions)
            if lost_comma is not None and (speaker is None or speaker.start < lost_comma[0]):
                speaker = lost_comma[1]  # "... shelling on the town the observatory said."
            else:
                lost_comma = None
            # "A woman who lost her son said": she, not whom "her" points back to
            one = unnamed_speaker(text[:ve], sent.mentions, max(0, vs - 120))
            one_of_them = one is not None and one.end() == ve
            if one_of_them:
                speaker = None
            after_quote = _after_quote(text, vs)
            if (
                speaker is None
                and lost_comma is None
                and not after_quote
                and not one_of_them
                and not _named_subject(text, vs)
                # (", they said": whom the pronoun stands for, or no one; never a side
                # named in what they said)
                and not _PRONOUN_BEFORE.search(text, max(0, vs - 8), vs)
            ):
                # "..., Save the Children said": a subject of its own, if no known side
                speaker = main or ctx.subject(sent, vs)
        lead = _LEAD_IN.match(text, ve)
        cs = lead.end() if lead else ve
        if (aside_that := _ASIDE_THEN_THAT.match(text, ve)) is not None:
            # "said, speaking to reporters, that ...": what was said, past the aside
            cs = max(cs, aside_that.end())
        if PREDICATE_ONLY.match(text, cs) and (
            head := _ANTECEDENT_THAT.search(text, max(0, vs - 90), vs)
        ):
            # "a missile that Israeli authorities said had fragmented": what was said is
            # of the thing before "that", so the words run from it
            cs = head.start()
        cs = _past_whom(text, verb, ve, cs)
        if (
            stance
            # ("denied any involvement", "rejected the claim": a denial of a thing named;
            # but "..., Peskov said, denying the claims" only tells what his words did)
            or (
                verb.startswith(_KEEPS_ITS_VERB)
                and len(text[cs : _stop(text, cs)].split())
                >= (2 if verb.startswith(DENYING) and not participle else 3)
            )
            or (
                verb.startswith(_TAKE_COMPLEMENTS)
                and _COMPLEMENT_AFTER.match(text, cs)
                and (cs <= ve + 1 or not _OF_OR_ABOUT.match(text, cs))
            )
            or (verb.startswith("den") and _GERUND_AFTER.match(text, cs))
            # "suggested declaring a truce": what is put forward, not a truce declared
            or (verb.startswith(("suggest", "propos")) and _GERUND_AFTER.match(text, cs))
            # "highlighted the need to ...", "lamented the resurgence of ...": a thing,
            # no clause, said with its verb (but "lamented that ..." says the clause)
            or (
                verb.startswith(("highlight", "lament"))
                and not re.search(r"\bthat\s*$", text[ve:cs])
            )
            # "urged restraint", "demanded a ceasefire": what is asked for, not a claim
            or (
                verb.startswith(ASKS)
                and not text[ve:cs].strip()
                and not _THAT_AFTER.match(text, ve)
            )
            # "confirmed the ceasefire agreement": a thing confirmed, with its verb
            or (
                verb.startswith(("confirm", "acknowledg"))
                and not text[ve:cs].strip()
                and _A_THING_CONFIRMED.match(text, cs) is not None
            )
            # "calling it a heinous act": what a thing is named, with the naming
            or (verb.startswith(_NAMING) and " " not in verb and _A_THING_NAMED.match(text, ve))
        ):
            # "vowed to retaliate", "insisted on talks", "condemned the strike": the verb
            # says what it is
            cs = vs
        ce = len(text)
        if aside_who and (main_verb := MAIN_VERB_AFTER_ASIDE.search(text, cs)) is not None:
            ce = main_verb.start()  # "Egypt's minister, who said a deal was close, arrived"
        elif (aside := _IN_A_PARTICIPLE_ASIDE.search(text, max(0, vs - 150), vs)) is not None and (
            main_verb := MAIN_VERB_AFTER_ASIDE.search(text, cs)
        ) is not None:
            # "Dar, speaking moments after Trump announced the truce, said ...": what the
            # aside tells ends where the main clause's verb comes back
            ce = main_verb.start()
        elif _OPENS_A_CLAUSE.match(text[:vs]) and (comma := text.find(",", cs)) != -1:
            # "While Netanyahu confirmed the ceasefire, Araqchi denied ...": the clause
            # the sentence opens with ends at its comma
            ce = comma
        if cs == vs and (other := _CONTRAST_THEN_SUBJECT.search(text, ve, ce)) is not None:
            # "praised the deal, while critics dismissed it": a stance ends where a clause
            # of others' begins
            ce = other.start()
        content = text[cs:ce].strip(" ,.;:")
        if verb.startswith(("declar", "announc")) and _A_MEASURE_TAKEN.match(content):
            # "declared a state of emergency": a measure taken, no words of a stance (its
            # teller still the subject of a verb joined: "... and said schools would close")
            main = main or speaker
            continue
        inverted_doc = None
        name = None
        # "The talks, he said on Monday, would ...": where the verb's own words end
        when = _WHEN_SAID.match(text, ve)
        said_end = when.end() if when else ve
        if (
            _COMMA.match(text, said_end)  # the cheap test first: _ASIDE tries every start
            and _ASIDE.search(text, max(0, vs - 200), vs)
            and not _COMMA_GOES_ON.match(text, said_end)
            # (not "the minister said, also on X, that ...": what he said follows)
            and not _ASIDE_THEN_THAT.match(text, said_end)
        ):
            # "The prison, he said, was not on the list": the whole sentence is his
            cs, ce = 0, len(text)
        elif (
            not content
            or _NO_WORD.fullmatch(content)
            or (_ENDS_CLAUSE.match(text, ve) and not _ASIDE_THEN_THAT.match(text, ve))
            # "..., Modi said on Tuesday, adding ...": the same after the day it was said
            or (
                said_end > ve
                and _COMMA_GOES_ON.match(text, said_end)
                and "," in text[max(0, vs - 80) : vs]
                and len(text[: text.rfind(",", 0, vs)].split()) >= 3  # (not "In Kyiv, ...")
            )
            # "..., an army official told AFP, and witnesses said": the next clause is
            # someone else's; what the official told came before
            or _NEXT_CLAUSE.match(text, cs)
            # '"...!" Trump said after speaking with both leaders.': when, not what
            or (_WHEN_ONLY_AFTER.fullmatch(text, cs) and "that" not in text[ve:cs].lower())
            or (verb in _TOLD and _TOLD_WHOM_END.match(text, ve) is not None)
            # "..., a top UN official warned the Security Council today, urging calm": whom
            # the words before were told, and what else was done
            or (
                verb in _WARNED_WHOM
                and _WHOM_THEN_END.match(text, ve) is not None
                and "," in text[max(0, vs - 80) : vs]
                and len(text[: text.rfind(",", 0, vs)].split()) >= 3
                # (not an opening phrase of time: "Hours after the strike, Egypt warned
                # Israel, saying ...")
                and not _ONLY_AN_OPENER.fullmatch(text, 0, text.rfind(",", 0, vs))
            )
            # "..., said a statement, adding that ...": the document is the subject (not
            # what is denied: "The spokesman, Peskov, denied the report.")
            or (
                not stance
                and not verb.startswith(_KEEPS_ITS_VERB)
                and _COMMA_BEFORE.search(text[max(0, vs - 40) : vs])
                and (inverted_doc := _INVERTED_DOCUMENT.match(text, ve)) is not None
            )
            # "..., the committee reported on Sunday, Trend reports": after its time
            # "..., the committee reported on Sunday, Trend reports citing TASS."
            or (
                lead is not None
                and _COMMA_AT_END.search(lead.group(0)) is not None
                and _ANOTHER_ATTRIBUTION.match(text, lead.end()) is not None
            )
            # "..., Modi warned on Friday as echoes of the attack rang", "..., Lavrov said
            # on Saturday, after two weeks of fighting": a clause of circumstance follows
            or (
                cs > ve
                # (not a participle's: "rebuffed the demand, saying as a signatory it
                # has the right": what it says follows)
                and not participle
                and _CIRCUMSTANCE.match(text, cs) is not None
                and not _THAT_OR_COLON.search(text, ve, cs)
                # (only with what was said before the speaker: "Lavrov said after the
                # talks Russia would stay" says it all after the verb)
                and "," in text[max(0, vs - 80) : vs]
                # (and words enough to be a clause: not "In Kyiv, Zelenskiy said, ...")
                and len(text[: text.rfind(",", 0, vs)].split()) >= 3
            )
            # "..., Guterres has said at the end of a week of talks in Sweden.": only
            # where and when follow the verb, to the end
            or (
                verb in INVERTIBLE  # (not "a Hamas post in the city", "Kremlin claims")
                # (or whom it was told: "..., Peskov told reporters during a briefing.")
                and (not text[ve:cs].strip() or (lead is not None and lead.end() == cs))
                and _ADJUNCT_TO_END.match(text, len(text[:cs].rstrip())) is not None
                and "," in text[max(0, vs - 80) : vs]
                and len(text[: text.rfind(",", 0, vs)].split()) >= 3
                # (a name between the comma and the verb: not "the latest gains it has
                # reported in its advance")
                and re.search(r"\b[A-Z]", text[text.rfind(",", 0, vs) : vs]) is not None
            )
        ):
            # Verb at the end: ", Peskov said." or ", reported Anadolu." The content
            # is the clause before.
            cs, ce = 0, _clause_end_before(text, vs) if lost_comma is None else lost_comma[0]
            after = _SUBJECT_AFTER.match(text[ve:])
            # ", said Vucic.": who is named after the verb, not whom the clause names
            # (but never whom it was told: "..., an officer told AFP, without ...")
            inverted = text[:vs].rstrip().endswith(",")
            if after is not None and verb not in _TOLD and (inverted or speaker is None):
                found = [x for x in sent.mentions if x.start >= ve and x.actor]
                speaker = titled_person(text, found) if found else None
                if speaker is None and inverted:
                    name = _plain_name_after(after.group(0))
        elif (
            verb in INVERTIBLE
            and _COMMA_BEFORE.search(text[max(0, vs - 40) : vs])
            and (body := _INVERTED_BODY.match(text, ve)) is not None
            and _speaks(body.group("np"))
        ):
            # "..., said the Hamas-run government media office.": a body of no side
            # named, the subject after the verb; the content is the clause before
            cs, ce = 0, _clause_end_before(text, vs)
            speaker = next(
                (x for x in sent.mentions if ve <= x.start < body.end() and x.actor), None
            )
            name = None if speaker else " ".join(body.group("np").rstrip(".").split())
        elif (
            verb in INVERTIBLE
            and _CAPITAL_AFTER.match(text, ve)
            and _COMMA_BEFORE.search(text[max(0, vs - 40) : vs])
            # (no subject before the verb: "In a post on X, Kuleba said Ukraine's army ...")
            and not any(x.actor and text.rfind(",", 0, vs) < x.start < vs for x in sent.mentions)
        ):
            # Inverted: "..., said the foreign ministry" / "reported Anadolu news agency."
            found = [x for x in sent.mentions if x.start >= ve and x.actor]
            if (
                found
                # ("..., said Prime Minister Anwar Ibrahim": titles before the name)
                and (found[0].start - ve < 6 or _TITLE_GAP_ONLY.fullmatch(text, ve, found[0].start))
                and _SUBJECT_AFTER.match(text[found[0].start :])
            ):
                speaker = titled_person(text, found)
                cs, ce = 0, _clause_end_before(text, vs)
            elif (
                not found
                and verb not in _TOLD
                and (after := _SUBJECT_AFTER.match(text[ve:])) is not None
            ):
                # "..., said Mohammed Ahmed, a doctor at the hospital.": someone of no
                # side, by name, says the clause before
                speaker, name = None, _plain_name_after(after.group(0))
                cs, ce = 0, _clause_end_before(text, vs)
        if speaker is None and inverted_doc is not None:
            # "..., said a Hezbollah statement", "said a statement from the army"
            doc_end = _CLAUSE_STOP.search(text, ve)
            hi = doc_end.start() if doc_end else len(text)
            speaker = next((x for x in sent.mentions if ve <= x.start < hi and x.actor), None)
        issued = (
            _ISSUED_A_DOCUMENT.search(text, max(0, vs - 60), vs)
            if speaker is None and inverted_doc is None
            else None
        )
        if issued is not None and not _A_PRONOUN_SUBJECT.match(text[: issued.start()]):
            # "Asocomerciantes, a trade association, issued a statement urging ...": the
            # issuer, of no side, is the sentence's own subject, not one who spoke before
            # (but "It later issued a statement urging": whoever "it" is)
            name = _plain_subject(text, issued.start(), sent.opened)
            if name is None:
                continue
        elif speaker is None and (
            inverted_doc is not None or _DOCUMENT_SUBJECT_CB.found(text, max(0, vs - 40), vs, low)
        ):
            # "..., the statement said": whoever issued it, named just before
            doc = _DOCUMENT_NOUN.search(text, max(0, vs - 40), vs)
            speaker, name = _author(ctx, sent, out, doc.group(0).lower() if doc else None)
        if speaker is None and name is None and lost_comma is not None:
            name = lost_comma[2]
        if (
            participle
            and speaker is None
            and name is None
            and out
            and _THEN_PARTICIPLE.fullmatch(text, out[-1].verb_end, vs)
        ):
            # "..., the officials said, adding 42 were hurt": who said it goes on,
            # named by no side or not
            speaker, name = out[-1].speaker, out[-1].name
        if (
            speaker is None
            and name is None
            and sent.index > 0
            and verb in _THEY_SAID
            and _THEY.search(text, 0, vs)
        ):
            # "..., they said": those who spoke in the sentence before, when they were
            # many (officials, sources, a side), not one person
            told = speech_acts(ctx, ctx.sents[sent.index - 1])
            before = told[-1] if told else None
            if before is not None and (
                # (a side, or its people unnamed: "Russian officials")
                (before.speaker is not None and not before.speaker.canonical)
                or _MANY.search(before.name or "")
            ):
                speaker, name = before.speaker, before.name
        if speaker is None and name is None:
            name = _plain_subject(text, vs, sent.opened)
            if name is None:
                continue
        if not participle and speaker is not None:
            main = speaker
        if cs >= ve and ce == len(text) and (source := _SOURCE_AT_END.search(text, cs)):
            ce = source.start()  # "..., Anadolu reported.": who passed it on, not what
        elif cs >= ve and ce == len(text) and (teller := _TELLER_AT_END.search(text, cs)):
            # "Modi stressed that India will ..., the Foreign Secretary said.": who told
            # of it, not what was stressed
            ce = teller.start()
        if (
            cs >= vs  # (the words after the verb, or with it: "blamed X, although ...")
            and _may_hold_an_aside(low, cs, ce)
            and (aside := _REPORTERS_ASIDE.search(text, cs, ce)) is not None
            # (", but had not yet signed it" after a clause of its own subject, "Israel had
            # accepted the proposal", goes on with that subject: what was said)
            and not (aside.group("but") and _FINITE_VERB.search(text, cs, aside.start()))
        ):
            if text[cs : aside.start()].strip(" ,"):
                ce = aside.start()  # "..., without giving details": the reporter's words
            else:
                # "told Reuters, speaking on condition of anonymity, that ...": what was
                # told comes after the aside, if anything
                cs = _THEN_THAT.match(text, aside.end()).end()  # type: ignore[union-attr]
        if parenthetical:
            # "..., which, as Ankara claims, killed 36": the claim is the main clause.
            cs, ce = 0, len(text)
        out.append(Speech(verb, vs, ve, speaker, cs, ce, parenthetical, name=name))
    # (no "according" or ", per" in the folded sentence: nothing to scan; see may_hold)
    for m in (
        _ACCORDING.finditer(text)
        if may_hold(text, ("according", ", per", "as per"), sent.folded)
        else ()
    ):
        if inside_quote(text, m.start(), sent.opened):
            continue
        if _RELATIVE_THEN_COMMA.search(text, max(0, m.start() - 12), m.start()):
            continue  # "a call with Trump that, according to him, lasted two hours": an aside
        if _TERMS_OF_A_DEAL.match(text, m.end()):
            continue  # "according to the deal agreed by Israel and Hamas": its terms, no one
        if _A_MEASURE.match(text, m.end()):
            continue  # "sorted according to type", "a deal according to which": no source
        if _PICTURES.match(text, m.end()):
            continue  # "according to photographs shared by the presidency": what they show
        # the speaker, if a side or body is named after "according to"
        named = next((x for x in sent.mentions if x.start >= m.end() and x.actor), None)
        comma = text.find(",", m.end())
        if named is not None and named.kind in ("demonym", "country"):
            # "according to Ecuadorian National Police": the state's body by its name
            named = next(
                (
                    x
                    for x in sent.mentions
                    if x.actor == named.actor
                    and x.kind == "group"
                    and not x.text.islower()  # (not a common word: "separatist")
                    and _OWNER_GAP.fullmatch(text, named.end, x.start)
                ),
                named,
            )
        if named is not None:
            # "according to Ukrainian Prime Minister Denys Shmyhal": the person, not the title
            named = next(
                (
                    x
                    for x in sent.mentions
                    if named.start < x.start
                    and (comma == -1 or x.start < comma)
                    and x.actor == named.actor
                    and x.kind == "person"
                    and " " in x.text
                    and _TITLE_GAP_ONLY.fullmatch(text, named.end, x.start)
                ),
                named,
            )
        name = None
        pronoun = _PRONOUN_AFTER.match(text, m.end())
        if pronoun is not None:
            # "According to him, ...": the person or side just named
            named = (
                ctx.person_before(sent, m.start())
                if pronoun.group(1).lower() in ("him", "her")
                else ctx.side_before(sent, m.start())
            )
            if named is None:
                continue
        elif named is None or (comma != -1 and named.start > comma):
            # "according to regional governor Andriy Raikin": no known side, a name
            stop = comma if comma != -1 else len(text)
            words = text[m.end() : stop].strip(" .")
            doc = _DOCUMENT.match(text, m.end())
            if doc is not None and (whose := _WHOSE_RECORD.match(text, doc.end())) is not None:
                # "according to the database of Acled", "figures from the UN": whose record
                words = whose.group("who").rstrip(".")
            elif not words or len(words.split()) > 8 or doc is not None:
                continue
            name = re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", words, flags=re.IGNORECASE)
            if name.isalpha() and name.islower() and words.lower().startswith("the "):
                # "According to the agency": the agency named before, by its name
                name = ctx.body_called(sent, m.start(), name) or name
            named = None
        speaker = named
        if comma != -1 and comma > m.end():
            cs, ce = comma + 1, len(text)
            if (aside := _APPOSITION_AFTER.match(text, cs)) is not None:
                cs = aside.end()  # "According to X, a police spokesman, 30 were killed"
            elif (aside := _NAME_AFTER.match(text, cs)) is not None and not (
                _APPOSITION_AFTER.match(text, aside.end())
            ):
                # "According to the foreign minister, Sameh Shoukry, ...": his name (not a
                # name with a title after it, the subject of a clause of its own:
                # "According to TNA, Col. X, the army spokesman, detailed the incident")
                person = next(
                    (x for x in sent.mentions if cs <= x.start < aside.end() and x.is_person),
                    None,
                )
                speaker = person or speaker
                cs = aside.end()
                if (who := _WHO_ASIDE.match(text, cs)) is not None:
                    cs = who.end()  # ", Joaquim Mangrasse, who made the announcement, ..."
            if m.start() > 3:  # "X happened, according to Y, ..." : the clause before
                cs, ce = 0, m.start()
        else:
            cs, ce = 0, m.start()
        document = bool(_DOCUMENT.match(text, m.end()))
        out.append(
            Speech("according to", m.start(), m.end(), speaker, cs, ce, False, document, name)
        )
    out.sort(key=lambda s: s.verb_start)
    return _each_its_own(
        text, [_back_to_the_teller(ctx, sent, _named_by_name(text, a)) for a in out]
    )


_A_SOURCE = re.compile(r"\bsources?\b", re.IGNORECASE)


# "it" or "they" right before a verb of saying, as its subject.
_IT_OR_THEY_BEFORE = re.compile(
    r"(?:^|[,;:”\"’]\s*|\b(?:and|but)\s+)(?:it|they)\s+(?:also\s+|further\s+|later\s+|then\s+)?$",
    re.IGNORECASE,
)


def _back_to_the_teller(ctx: ArticleContext, sent: Sent, a: Speech) -> Speech:
    """ "The task force said Russia was at fault. The clash 'caused damage', it said.":
    "it" (or "they") is who spoke in the sentence before, not a side named in what was
    said; only when this sentence names no side before it."""
    pronoun = _IT_OR_THEY_BEFORE.search(sent.text, max(0, a.verb_start - 30), a.verb_start)
    if sent.index == 0 or pronoun is None:
        return a
    if any(
        m.actor and m.end <= a.verb_start and not inside_quote(sent.text, m.start, sent.opened)
        for m in sent.mentions
    ):
        return a  # "Azerbaijan said it had taken Shusha": the side named here
    if a.speaker is None:
        return a
    prior = ctx.sents[sent.index - 1]
    if not any(m is a.speaker for m in prior.mentions):
        return a
    # (only when "it" was taken for a side named in the words said before, and not
    # one who told them: "..., the Health Ministry announced, The Post reports. It also
    # said": the ministry)
    acts = speech_acts(ctx, prior)
    if any(b.speaker is a.speaker for b in acts):
        return a
    before = [
        b
        for b in acts
        if not b.parenthetical
        and b.content_start <= a.speaker.start < b.content_end
        and (
            (b.speaker is not None and not b.speaker.is_person)
            # (not "a military source": whose source it is, the side named tells)
            or (b.speaker is None and b.name and not _A_SOURCE.search(b.name))
        )
        # (an inverted teller only past a comma or a quote: where commas are lost, "...
        # the assault the Syrian Observatory reported" may be read wrong)
        and (
            b.content_end > b.verb_start
            or re.search(r"[,\"”]", prior.text[b.content_end : b.verb_start])
        )
    ]
    if not before:
        return a
    teller = before[-1]
    words = teller.speaker.text if teller.speaker is not None else teller.name or ""
    plural = bool(_PLURAL_NAME.search(words))
    if ("they" in pronoun.group(0).lower()) != plural:
        return a  # "Residents said Russia shelled the town. It said": not the residents
    return replace(a, speaker=teller.speaker, name=teller.name)


# A plural name: "residents", "local authorities and state television".
_PLURAL_NAME = re.compile(r"[^s']s$|\band\b", re.IGNORECASE)


_RIGHT_BEFORE_VERB = re.compile(
    # ("rebel authorities said", "the rebels' so-called defence ministry as saying")
    r"(?:['’]?\s+(?:[\w-]+\s+){0,3}?(?:authorities|officials|leaders?|commanders?|spokes\w+"
    r"|sources?|fighters|forces|media|officers?|ministry|command|council|as))?"
    # ("Rebels in Luhansk said", "rebels fighting Morocco over the territory on Sunday vowed")
    r"(?:\s+(?:in|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"|\s+(?:fighting|loyal\s+to|led\s+by|backed\s+by)\s+[^,;\"“”]{1,80}?)?"
    # ("Rebels, who rarely give a toll, said on Tuesday")
    r"(?:\s*,[^,;\"“”]{1,80},)?"
    r"(?:\s+(?:have|has|had|also|later|then|now|on\s+\w+day))*\s+$"
)


def _named_by_name(text: str, act: Speech) -> Speech:
    """A side told only as "the rebels" speaks only as the subject right before its verb
    ("the rebels said"): elsewhere ("... before the rebels fled, it said", '"The rebels
    control the town," he said') the one who speaks is someone the config does not name."""
    m = act.speaker
    if (
        m is None
        or m.text.lower().removeprefix("the ") not in COMMON_SIDE_NOUNS
        or _RIGHT_BEFORE_VERB.fullmatch(text, m.end, act.verb_start)
    ):
        return act
    return replace(act, speaker=None)


def _each_its_own(text: str, acts: list[Speech]) -> list[Speech]:
    """Words said end where the same speaker goes on to say more: "denied there had
    been a retreat but said the advance had slowed" are two things said."""
    out = []
    for a in acts:
        if a.verb.lower() in STANCE and any(
            b is not a
            and b.speaker is not None
            and b.verb_start > a.verb_start  # (a verb after: "..., its spokesman said")
            and b.content_start <= a.verb_start < b.content_end
            for b in acts
        ):
            # "Egypt condemned the strike, its spokesman said": the stance is what he says
            continue
        for b in acts:
            if b is a or not a.content_start < b.verb_start < a.content_end:
                continue
            if (
                a.verb == "according to"
                and a.content_start >= a.verb_end
                # (up to a clause of contrast: "..., but the army said it had targeted
                # militants" is the army's)
                and not _CONTRAST_OPENS.search(text, a.content_start, b.verb_start)
            ):
                # "According to Erdogan, Putin and Zelenskiy have confirmed ...": the
                # whole clause after him is his, whoever speaks in it
                break
            joint = _and_then(text, a.content_start, b.verb_start)
            if joint is not None and (b.speaker is None or b.speaker == a.speaker):
                a = replace(a, content_end=joint.start())
                break
            other_start = _others_start(text, a, b)
            if other_start is not None:
                # "Lavrov said Russia was ready, while Kuleba said ...": Kuleba's own words
                # (and "..., but analysts say ...": others' whom the tool does not name)
                other = _then_another(text, a.content_start, other_start)
                if other is not None and not (
                    # "Kuleba said Russia's proposal, which Lavrov said was final, was
                    # unacceptable": an aside inside his words, which go on after it
                    "which" in other.group()
                    and _CLAUSE_GOES_ON.search(text, b.verb_end, a.content_end)
                ):
                    cut = other.start()
                    if text[cut : cut + 1] in ",;" and text[cut + 1 : cut + 2] in ("”", '"'):
                        cut += 2  # ('strikes "targeted its leaders," while ...': the mark closes)
                    a = replace(a, content_end=cut)
                    break
        if a.verb != "according to" and (
            toll := _TOLL_OF_ANOTHER.search(text, a.content_start, a.content_end)
        ):
            # "Trump said the Houthis had capitulated after a campaign that left 300 dead,
            # according to an AFP tally": the toll is the tally's, not his words
            if any(
                b.verb == "according to"
                and 0 <= b.verb_start - a.content_end <= 3
                # (a count of its own, or another side's: not a newsroom or a record that
                # passed on his words, "according to Reuters", "... to a transcript")
                and (
                    _A_TALLY.match(text, b.verb_end)
                    or (
                        b.speaker is not None
                        and a.speaker is not None
                        and b.speaker.actor != a.speaker.actor
                    )
                )
                for b in acts
            ):
                a = replace(a, content_end=toll.start())
            elif (
                text[: toll.start()].endswith(",")
                and not _A_CLAUSE_VERB.search(text, max(a.content_start, a.verb_end), toll.start())
                and _AFTER_AN_EVENT.search(text, max(a.content_start, a.verb_end), toll.start())
            ):
                # "announced the reactivation of arrest warrants following a recent attack,
                # which left more than 80 dead": what was announced is a thing, and the
                # toll set off after it is the writer's (not "claimed an attack that killed
                # 20": the attack claimed is the one of that toll)
                a = replace(a, content_end=toll.start())
        if (gloss := _A_GLOSS_AT_END.search(text, a.content_start, a.content_end)) is not None:
            # "fighting the Khawarij, a term for extremist groups": the writer's gloss
            a = replace(a, content_end=gloss.start())
        if (
            (
                a.content_start <= a.verb_start < a.content_end
                or not text[a.verb_end : a.content_start].strip()
            )
            and a.verb.lower().startswith(_TAKES_A_THING)
            and (outlet := _TO_AN_OUTLET_AT_END.search(text, a.content_start, a.content_end))
            is not None
        ):
            # "confirmed the ceasefire agreement to Khit Thit Media": whom it was told (and
            # the thing with its verb: "confirmed the talks")
            a = replace(
                a, content_start=min(a.content_start, a.verb_start), content_end=outlet.start()
            )
        out.append(a)
    return out


# The writer's gloss of a word, closing the words said: ", a term for extremist groups".
_A_GLOSS_AT_END = re.compile(
    r",\s*(?:a|an|the)\s+(?:[\w-]+\s+)?(?:term|name|word|label|euphemism|reference)\s+"
    r"(?:for|used|that|referring|given|meaning)\b[^,;“”\"]*$",
    re.IGNORECASE,
)
# A count after "according to": " an AFP tally of Houthi figures".
_A_TALLY = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:tally|tallies|count|figures|toll|data|estimates?)\b",
    re.IGNORECASE,
)
# A toll told in a relative clause, closing someone's words: " that left 300 dead".
_TOLL_OF_ANOTHER = re.compile(
    r"\s+(?:that|which)\s+(?:has\s+|have\s+|had\s+)?(?:left|killed|claimed\s+the\s+lives\s+of"
    r"|wounded|injured|displaced)\s+(?:[^,;]|(?<=\d),(?=\d{3})){0,60}$",
    re.IGNORECASE,
)
# A verb of a clause of its own (not a participle of a thing: "triggered by").
_A_CLAUSE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|must|should|hit|struck"
    r"|shot|fell|set|took|made|left|blew|went|came|drove|threw|fought|began|broke|killed)\b"
    r"|\b[a-z]{3,}ed\b(?!\s+by\b)"
)
# The event a thing announced came after, which the toll then tells of: "(the reactivation
# of warrants) following a recent attack".
_AFTER_AN_EVENT = re.compile(
    r"\b(?:following|after|over|amid|in\s+response\s+to|in\s+retaliation\s+for"
    r"|(?:investigation|inquiry|probe)\s+into)\s+"
    r"(?:the|a|an|its|their|last|this|recent|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)\b",
    re.IGNORECASE,
)


_CONTRAST_OPENS = re.compile(
    r"[,;]\s*(?:but|while|whereas|though|although|yet|however)\b", re.IGNORECASE
)


def _others_start(text: str, a: Speech, b: Speech) -> int | None:
    """Where the subject of ``b``, a verb of saying inside ``a``'s words, starts when it
    is another speaker's: a side other than ``a``'s, or a plain noun the tool names no
    one by ("..., but analysts say", "while diplomats believe"); not a pronoun, which
    may be ``a``'s own speaker again."""
    if b.speaker is not None and b.speaker.actor != (a.speaker and a.speaker.actor):
        return b.speaker.start
    subject = _PLAIN_SUBJECT_BEFORE.search(text, a.content_start, b.verb_start)
    if subject is None or (b.speaker is not None and b.speaker.start < subject.start("np")):
        return None
    # ("..., while critics on the Israeli right dismissed it": others of the same side)
    return subject.start("np")


# A contrast and a subject of its own after a stance's object: ", while critics ".
_CONTRAST_THEN_SUBJECT = re.compile(
    r",\s*(?:while|whereas|but)\s+(?!(?:he|she|it|they|we|also|later|then|said|says|added|warned"
    r"|stressed|insisted|noted)\b)(?:the\s+)?[\w'’-]+\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:[a-z]+ed|said|says|say|warned|argued)\b",
    re.IGNORECASE,
)
# A plain noun subject right before a verb: "but analysts ", "while UN experts have ".
_PLAIN_SUBJECT_BEFORE = re.compile(
    # (", and CNN cited officials who said": a clause of others joined after a comma)
    r"[,;][”\"’]?\s*(?:but|while|whereas|though|although|yet|and)\s+"
    r"(?P<np>(?!(?:he|she|it|they|we|i|you|this|that|which|who)\b)(?:[\w'’-]+\s+){1,6}?)"
    r"(?:(?:have|has|had|also|still|widely)\s+)?$",
    re.IGNORECASE,
)


# "... but said", "..., and added", "but he added": the same speaker's next verb.
_AND_THEN = re.compile(
    r"\s*,?\s+(?:but|and|while|yet)\s+(?:(?:he|she|they|it|we)\s+)?(?:also\s+|later\s+|then\s+)?$"
)
_AND_THEN_LAST = ("but", "and", "while", "yet", "also", "later", "then") + (
    "he", "she", "they", "it", "we",
)  # fmt: skip


def _and_then(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_AND_THEN`` in ``text[lo:hi]``; an end-anchored search tries every position of
    the span, so it runs only where the span's last word is one the pattern ends with
    (one long sentence holds many verbs, and each was searched for in full)."""
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end == hi or not text.endswith(_AND_THEN_LAST, lo, end):
        return None
    return _AND_THEN.search(text, lo, hi)


# The main clause going on after an aside: ", was unacceptable", ", is".
_CLAUSE_GOES_ON = re.compile(
    r",\s+(?:(?:still|also|now)\s+)?(?:was|is|were|are|had|has|have|would|will|could|must"
    r"|remains?|remained|should|can)\b"
)
# "..., while Ukraine's foreign minister said", "... and the UN rights chief Volker
# Turk said", "..., which Palestinian officials said", "..., a charge Kabul denies":
# another speaker's clause, a few words of title or name before the speaker.
_THEN_ANOTHER = re.compile(
    r"\s*(?:[,;][”\"’]?\s*(?:while|whereas|but|and|yet|which|though|although"
    r"|(?:an?\s+)?(?:charges?|accusations?"
    r"|allegations?|claims?))|;|\s+(?:and|while|whereas))\s+"
    r"(?!that\b)(?:[\w’'.-]+\s+){0,5}$"
)
#: More than the words a match of ``_THEN_ANOTHER`` can take: the one its comma ends,
#: "a charge" and five more.
_ANOTHER_REACH = 10


def _then_another(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_THEN_ANOTHER`` in ``text[lo:hi]``, looked for in its last words only: a search
    anchored at the end tries every position of the span, and in a long sentence each
    verb's words are searched again for each speaker after it."""
    head = text[lo:hi].rsplit(None, _ANOTHER_REACH)
    start = lo + len(head[0]) if len(head) > _ANOTHER_REACH else lo
    return _THEN_ANOTHER.search(text, start, hi)


def claimant_at(ctx: ArticleContext, sent: Sent, pos: int, acts: list[Speech]) -> str | None:
    """Who claims the figure at ``pos``: the speech act whose content covers it, as
    an actor id, or the plain name of a claimant that is no configured side ("UN",
    "Gaza health ministry", "a military source")."""
    text = sent.text
    if "citing" in text and (cited := _CITING_AT_END.search(text)) and pos < cited.start():
        # "..., the Harbor Post reported, citing the defence ministry": the
        # figure is the cited source's, passed on by the newsroom
        # (who is cited, past "a report by": "citing a report by the rights group X")
        lo = cited.start("np")
        if (report := _A_REPORT_BY.match(text, lo)) is not None:
            lo = report.end()
        np = text[lo : cited.end("np")]
        # a side at the head of the phrase ("citing the Cambodian defence ministry"; not
        # "citing a source close to the Russian ministry")
        head = [m for m in sent.mentions if lo <= m.start <= lo + 6 and m.actor]
        if head:
            return claimant_name(ctx, sent, head[0])
        if _speaks(np):  # (not "citing hospital records": its own data)
            return re.sub(r"^(?:the|a|an)\s+", "", " ".join(np.split()), flags=re.I)
    covering = [
        a
        for a in acts
        if (a.speaker or a.name)
        and a.verb.lower() not in STANCE
        and not _only_a_deed_claimed(text, a, pos, acts)
        and (
            a.content_start <= pos < a.content_end
            # "..., the army said, bringing to 242 the number of troops killed"
            or (a.verb_end <= pos and _CLAIM_GOES_ON.match(text, a.verb_end))
        )
    ]
    if not covering:
        return None
    # The innermost (latest-starting) content wins: "X said that Y reported ...".
    act = max(covering, key=lambda a: a.content_start)
    trailing = next(
        (
            a
            for a in covering
            if a.verb == "according to"
            and a.content_end <= a.verb_start
            # (set off by its comma, the writer's source: not a newsroom passing it on)
            and text[: a.verb_start].rstrip().endswith(",")
            and not (a.name and _AN_OUTLET_TO_THE_END.match(" " + a.name))
            # (the figure in the clause right before it: "... a campaign that left 300
            # dead, according to an AFP tally")
            and "," not in text[pos : text.rfind(",", 0, a.verb_start)]
        ),
        None,
    )
    if trailing is not None and act is not trailing:
        act = trailing  # "Trump said ... a campaign that left 300 dead, according to X": X's
    if any(a.verb.lower().startswith(DENYING) for a in covering):
        return None  # "X denies allegations that hundreds were killed": not X's figure
    if act.speaker is None:
        return act.name
    return claimant_name(ctx, sent, act.speaker)


# Who a newsroom cites for what it reports, closing the sentence: ", Reuters reported,
# citing local officials."
_CITING_AT_END = re.compile(
    r",\s*(?:[^,;“”\"]{1,60}?\s+)?(?:reported|reports|said|says|quoted)(?:\s+on\s+\w+day)?\s*,?"
    r"\s+citing\s+(?P<np>[^,;.“”\"]{2,80}?)\s*[.!?]?\s*$"
)


_A_REPORT_BY = re.compile(
    r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:report|statement|post|tally|count)s?\s+(?:by|from)\s+",
    re.IGNORECASE,
)


def _past_whom(text: str, verb: str, ve: int, cs: int) -> int:
    """Where what was told starts, past whom it was told (``cs``: where it would start)."""
    if verb in ("wrote", "writes") and (to := _WROTE_TO.match(text, cs)):
        return to.end()  # "wrote to the Speaker, Esperanca Bias, that ...": whom, then what
    if verb not in _TOLD:
        return cs
    if whom := _TOLD_WHOM_THAT.match(text, ve):
        return max(cs, whom.end())  # "told a private news channel that ...": whom, then what
    if text[cs : cs + 1] in '“"' and (addressee := _QUOTED_ADDRESSEE.match(text, cs)):
        return addressee.end()  # 'told "Fox & Friends" on Wednesday that': whom, then what
    if text[cs : cs + 1].isupper() and (addressee := _NAMED_ADDRESSEE.match(text, cs)):
        return addressee.end()  # "told Radio Liberty this evening that": a name, not "radio"
    if press := _TOLD_THE_PRESS.match(text, cs):
        return press.end()  # "told international media that ...", "told state media he"
    if to := _ADDRESSEE.match(text, ve):
        # "told VOA the department had no authority", "told Dawan Africa in an exclusive
        # interview that ..."
        again = _LEAD_IN.match(text, to.end())
        return max(cs, again.end() if again else to.end())
    return cs


def _only_a_deed_claimed(text: str, act: Speech, pos: int, acts: list[Speech]) -> bool:
    """Whether ``act`` claims a deed and the figure at ``pos`` is only the reporter's
    aside on it: who "claimed responsibility for the attack, which left 31 dead" counts
    no one (but does in "claimed responsibility for an attack that killed 100 soldiers",
    "for killing 200 soldiers", or "..., saying it had killed 10")."""
    if not _RESPONSIBILITY_AFTER.match(text, act.verb_end):
        return False
    if not _ASIDE_ON_THE_DEED.search(text, act.verb_end, pos) or _SAYING_ON.search(
        text, act.verb_end, pos
    ):
        return False
    return not any(
        b is not act and act.content_start < b.content_start <= pos < b.content_end for b in acts
    )


_RESPONSIBILITY_AFTER = re.compile(r"\s+(?:full\s+)?responsibility\b", re.IGNORECASE)
_SAYING_ON = re.compile(rf"\b(?:{alternation(SAYING_PARTICIPLES)})\b")
# A reporter's aside on a deed: ", which left", ", in which" (not "that killed").
_ASIDE_ON_THE_DEED = re.compile(r",\s*(?:in\s+)?which\b|\s[–—]\s", re.IGNORECASE)
# A body called by its head noun alone: "the mission", "the agency".
_DESCRIBED = re.compile(r"(?:the|The)\s+[a-z]+")


def claimant_name(ctx: ArticleContext, sent: Sent, m: Mention) -> str | None:
    """A configured side by its id; anyone else by the words the text uses for them
    ("U.N. human rights office", "Emirati police"), or their plain name."""
    if m.actor in ctx.lexicon.actor_ids or m.kind in ("person", "institution"):
        return m.actor
    if m.kind == "org" and _DESCRIBED.fullmatch(m.text):
        return m.actor  # "the mission" after MONUSCO: by the name it was given
    if m not in sent.mentions:
        # named in an earlier sentence ("..., the statement said"): as named there
        return re.sub(r"^(?:the|a|an)\s+", "", m.text, flags=re.IGNORECASE)
    tail = _INSTITUTION_TAIL.match(sent.text, m.end)
    words = sent.text[m.start : tail.end() if tail else m.end]
    return re.sub(r"^(?:the|a|an)\s+", "", " ".join(words.split()), flags=re.IGNORECASE)


# A clause of contrast up to a verb: ", while the United Nations ".
_CONTRAST_CLAUSE = re.compile(r"\b(?:while|whereas|but)\s+[^,;]*$")
# A clause's own plain subject right before its verb: "..., while local officials ".
_OWN_CLAUSE_SUBJECT = re.compile(
    r"\b(?:while|whereas|but|and)\s+(?P<np>(?:[a-z][\w'’-]*\s+){1,4})$"
)


_TOLD = frozenset(("told", "tells", "telling"))
# A phrase of time or place that opens a sentence, all of it before its comma: "On the eve
# of the talks in Istanbul", "Hours after the strike on the hospital".
_ONLY_AN_OPENER = re.compile(
    r"\W*(?:On|In|At|After|Before|During|Following|Hours|Days|Weeks|Minutes|Moments|Shortly"
    r"|Ahead|Amid|Despite|Upon|Earlier|Later|Meanwhile|Almost|Nearly|Just|Soon|Speaking)\b[^,;]*"
)
_WARNED_WHOM = frozenset(("warned", "briefed", "informed", "assured", "reminded", "told"))
# A body told, a time, a participle's clause, to the end: " the Security Council today,
# urging immediate de-escalation."
_WHOM_THEN_END = re.compile(
    r"\s+(?:the\s+)?(?-i:[A-Z])[\w.&'’-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w.&'’-]*){0,4}"
    r"(?:\s+(?:today|yesterday|on\s+\w+day|late\s+on\s+\w+day))?"
    r"(?:\s*,\s*[a-z]+ing\b[^,;:“”\"]*)?\s*[.!?]?\s*$"
)
# Whom a letter was written to, up to what it says: "to the Speaker of parliament, X, that".
_WROTE_TO = re.compile(r"to\s+[^.;“”\"]{1,120}?\bthat\s+", re.IGNORECASE)
# A title in apposition, its closing comma left out: ", the chief minister of X ".
# (not "a"/"an": "X, an official familiar with the talks told Reuters" is someone else)
# A closed apposition of a post right before the verb: ", head of the army, said".
_TITLE_APPOSITION = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?(?P<title>[\w-]+)\s+(?:of|for|to|at)\s+"
    r"[^,;]{1,80},\s+(?:(?:has|have|had|also|then|later|again)\s+)*(?:[a-z]+ly\s+)?$"
)
_OPEN_APPOSITION = re.compile(r",\s+the\s+(?:[\w'’-]+\s+){1,8}?$", re.IGNORECASE)


def _plain_name_after(words: str) -> str:
    """Who is named after an inverted verb, with what they are but not a relative
    clause: "NCP, which promotes ..." -> "NCP"."""
    words = re.split(r",\s*(?:which|who|whose|that)\b", words)[0]
    # (not when or where: "..., said Ahmed Zeid, the spokesman, on Monday.")
    words = re.split(_WHEN_OR_WHERE_AFTER, words)[0]
    return " ".join(words.strip(" .!?,").split())


_WHEN_OR_WHERE_AFTER = re.compile(
    r",?\s+(?:during|following|last|yesterday|today|on\s+(?:\w+day|[A-Z][a-z]+\s+\d)"
    r"|(?:in|at)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:statement|interview|briefing|post|speech"
    r"|conference|meeting))\b(?![^,]*,)"
)


def estimator(ctx: ArticleContext, sent: Sent, pos: int) -> tuple[str | None, bool]:
    """Who gave a figure by the verb at ``pos`` ("the ministry put the toll at 40",
    "local officials put the figure at 17"): a side by its id, anyone else by name;
    and whether the verb's clause names them itself ("..., while a monitor put it at
    25"), which outranks whoever the sentence says said it."""
    own = _OWN_CLAUSE_SUBJECT.search(sent.text, max(0, pos - 80), pos)
    if own is not None and _speaks(own.group("np")):
        # "the ministry put it at 14, while local officials put it at 17": the clause's
        # own subject, no side named before it
        return _OPENING.sub("", " ".join(own.group("np").split())), True
    who = ctx.subject(sent, pos)
    if who is not None:
        # ("..., while the United Nations puts the figure at 191,000": named in the
        # verb's own clause, after the contrast)
        contrast = _CONTRAST_CLAUSE.search(sent.text, max(0, pos - 120), pos)
        return claimant_name(ctx, sent, who), contrast is not None and who.start > contrast.start()
    if (who_gave := _SPEAKER_THEN_WHO.search(sent.text, max(0, pos - 100), pos)) is not None:
        # "confirmed by a local police chief, who gave a death toll of 15": the one named
        # before the relative pronoun
        np = " ".join(who_gave.group("np").split())
        if _speaks(np):
            return _OPENING.sub("", np), False
    if (paper := _A_PAPER_BEFORE.search(sent.text, max(0, pos - 80), pos)) is not None:
        # "An authenticated official document put the toll at around 100": the paper's
        return " ".join(paper.group("np").split()), False
    return _plain_subject(sent.text, pos, sent.opened), False


# A paper that gives a figure, right before its verb: "A confidential official document
# ", "an internal UN report ".
_A_PAPER_BEFORE = re.compile(
    r"(?:^|[,;]\s*)\W*(?i:an?|the)\s+(?P<np>(?:[\w'’-]+\s+){0,4}?(?:document|report|memo"
    r"|assessment|tally|count|database|list))\s+(?:(?:has|had|also)\s+)?$"
)


# A clause of contrast with its own subject and verb, up to a participle of saying:
# ", while the Ethiopian government defended the agreement, ".
_CONTRAST_SUBJECT = re.compile(
    r",[”\"’]?\s*(?:while|whereas)\s+(?P<np>(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+"
    r"(?:[a-z]+ly\s+)?[a-z]+ed\b[^;:]{0,100},\s*(?:[a-z]+ly\s+)?$"
)
# A speaker noun phrase, then the relative pronoun that is its clause's subject.
_SPEAKER_THEN_WHO = re.compile(
    r"\b(?P<np>(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+),"
    # (past an aside on how they spoke: ", speaking on condition of anonymity,")
    r"(?:\s*speaking\s+[^,]{1,60},)?\s*who\s+"
    r"(?:also\s+|later\s+|then\s+)?$",
    re.IGNORECASE,
)


def _author(
    ctx: ArticleContext, sent: Sent, so_far: list[Speech], doc: str | None = None
) -> tuple[Mention | None, str | None]:
    """Who issued the statement or report a sentence quotes ("the statement said"):
    the last speaker of this sentence (``so_far``) or the two before; but one who put
    out a ``doc`` ("statement", "release") a few sentences before ("Egypt said in a
    statement ...") is its author, whoever spoke since."""
    for prior in reversed(ctx.sents[max(0, sent.index - 6) : sent.index]):
        if doc is None or doc not in prior.folded:
            continue
        issued = [m for m in _ISSUED_BY.finditer(prior.text) if m.group("doc").lower() == doc]
        if issued:
            # "the joint statement issued yesterday by the Quartet (...)": its issuer, a
            # side if named as one, else by the words used
            who = issued[-1]
            side = next(
                (x for x in prior.mentions if x.actor and x.start == who.start("who")), None
            )
            return (side, None) if side is not None else (None, who.group("who"))
        for act in reversed(speech_acts(ctx, prior)):
            if (
                (act.speaker is not None or act.name)
                and (told := _IN_A_DOCUMENT.match(prior.text, act.verb_end)) is not None
                and told.group("doc").lower() == doc
            ):
                return act.speaker, act.name
    earlier = [speech_acts(ctx, s) for s in ctx.sents[max(0, sent.index - 2) : sent.index]]
    for acts in (so_far, *reversed(earlier)):
        for act in reversed(acts):
            if act.speaker is not None or act.name:
                return act.speaker, act.name
    return None, None


# A document and who put it out: "the joint statement issued yesterday by the Quartet".
_ISSUED_BY = re.compile(
    rf"\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?P<doc>{DOCUMENT_NOUNS}|report)\s+"
    r"(?:issued|released|published|put\s+out|sent)\s+(?:[\w-]+\s+){0,2}?by\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
)
# Words said that begin with their verb: a relative clause's ("that X said had ...").
PREDICATE_ONLY = re.compile(
    r"(?:had|has|have|was|were|is|are|would|will|could|may|might)\s", re.IGNORECASE
)
# The thing a relative clause's saying is of: "a missile that Israeli authorities".
# Verbs of putting a thing out, whose object may be what a relative clause is about.
_PUT_OUT = frozenset(("posted", "shared", "published", "released", "uploaded", "tweeted"))
# A thing one puts out, then the relative clause of who did: "video footage that X".
_A_THING_PUT_OUT = re.compile(
    r"\b(?:footage|videos?|images?|photos?|photographs?|pictures?|clips?|recordings?|maps?"
    r"|documents?|letters?|lists?)\b[^.;]{0,40}?\b(?:that|which)\s+(?:[\w'’.-]+\s+){1,5}$",
    re.IGNORECASE,
)
_ANTECEDENT_THAT = re.compile(
    r"\b(?:a|an|the|its|their|this|these)\s+(?:(?!(?:a|an|the|its|their|this|these)\s)[\w'’-]+\s+)"
    r"{0,3}?[\w'’-]+\s+(?:that|which)\s+"
    r"(?:[\w'’.-]+\s+){1,5}$"
    # (a free relative, its own head: "in what it says is a show of solidarity")
    r"|\bwhat\s+(?:[\w'’.-]+\s+){1,4}$",
    re.IGNORECASE,
)
# A verb of saying told of a document: "said in a statement", "said on Monday in a
# joint statement", "said in a press release".
_DOCUMENTS = rf"{DOCUMENT_NOUNS}|report"
_IN_A_DOCUMENT = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:in|via|through)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?P<doc>{_DOCUMENTS})\b",
    re.IGNORECASE,
)
_DOCUMENT_NOUN = re.compile(rf"\b(?:{_DOCUMENTS})\b", re.IGNORECASE)


def _after_quote(text: str, vs: int) -> bool:
    """Whether the verb at ``vs`` closes a quote: ``_AFTER_QUOTE``, looked for only
    when a closing quotation mark, which it needs, is in its reach."""
    a = max(0, vs - 60)
    if text.find('"', a, vs) == -1 and text.find("”", a, vs) == -1:
        return False
    return _AFTER_QUOTE.search(text, a, vs) is not None


def _plural_subject(sent: Sent, pos: int) -> bool:
    """Whether a bare verb at ``pos`` follows a plural subject: a pronoun, a named
    side or body ("the doctors"), or a speaker noun ("officials")."""
    m = _PLURAL_SUBJECT.search(sent.text, max(0, pos - 30), pos)
    if m is None:
        return False
    noun = m.group("noun")
    if noun is None:
        return True
    if any(x.end == m.end("noun") and x.actor for x in sent.mentions):
        return True
    return noun.lower() in SPEAKER_NOUNS


def _named_subject(text: str, pos: int) -> bool:
    """Whether the verb at ``pos`` has a subject of its own words in its clause."""
    m = _PLAIN_SUBJECT.search(text, max(0, pos - 100), pos)
    return m is not None and not _PLAIN_BAD.search(m.group("np")) and m.start("np") > 0


# The speaker right before the verb, in a text that lost its commas: "... on the town
# the observatory said."
_BARE_SPEAKER = re.compile(
    r"\s(?P<np>(?:the|a|an)\s+(?:(?!(?:the|a|an)\s)[\w-]+\s+){0,3}?[\w-]+)\s+$", re.I
)


# A word that makes the noun phrase after it no subject: a conjunction ("Russia and a UN
# envoy said") or a preposition ("a monitor based in the UK said").
_NOT_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:and|or|nor|in|at|on|from|of|to|with|by|for|near|into|inside|outside|across|over"
    r"|under|via|through|about|against|between|among)|&)$",
    re.I,
)
# A name that ends right before: "The Syrian Observatory for Human Rights".
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*\s+(?:(?:for|of|the|and)\s+)*){0,7}[A-Z][\w'’.-]*$")


def _speaker_without_comma(
    text: str, vs: int, mentions: list[Mention]
) -> tuple[int, Mention | None, str] | None:
    """Where the speaker starts, and the side it names or else its words, when a body
    named with "the" or "a" stands right before its verb and no comma sets it off from
    the words before ("... killed in shelling on the town the observatory said.",
    "Meanwhile a rights group said ..."): those words are not its subject."""
    m = _BARE_SPEAKER.search(text, max(0, vs - 60), vs)
    if m is None or len(text[: m.start()].split()) < 4 or not _speaks(m.group("np")):
        return None
    if text[max(0, m.start() - 3) : m.start()].rstrip().endswith((",", ";", ":", "—", "–")):
        return None  # the comma is there: the clause before is read as it always was
    if _NOT_SUBJECT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    name = _NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
    if name is not None and _speaks(name.group(0)):
        return None  # "The Syrian Observatory for Human Rights a Britain-based monitor said"
    words = m.group("np").split()[1:]
    if words[-1][:1].isupper() and not all(w[:1].isupper() for w in words):
        return None  # a name ends the clause before it: "... injuring a fourth SANA said"
    # "... on Tuesday the Russian army said": the side its body is
    side = next((x for x in mentions if m.start() <= x.start < vs and x.actor), None)
    return m.start(), side, re.sub(r"^(?:the|a|an)\s+", "", m.group("np"), flags=re.I)


def _plain_subject(text: str, pos: int, opened: str = "") -> str | None:
    """The words of the subject before a verb of saying at ``pos`` when no known side
    is named there: "Save the Children said" -> "Save the Children"; "Another aid
    worker, who was briefed by colleagues, said" -> "Another aid worker" (``opened``:
    the mark of a quote the sentence starts inside, see ``Sent.opened``)."""
    quoted = inside_quote(text, pos, opened)
    relative = _RELATIVE_BEFORE.search(text, max(0, pos - 160), pos) or _ANONYMOUS_BEFORE.search(
        text, max(0, pos - 80), pos
    )
    if relative is not None:
        # the subject before the relative clause, or before how it spoke ("A security
        # source speaking on condition of anonymity told AFP")
        text = text[: relative.start()] + " "
        pos = len(text)
    # "a strike that the Health Ministry and state media said killed ...": the whole
    # subject of the relative clause, both who said it
    # "Leila Haddad, director of the Al Amal hospital, (had earlier) said": the name,
    # then the post that makes it someone who speaks
    named = _NAME_ROLE_COMMA.search(text, max(0, pos - 160), pos)
    if named is not None and (
        not _speaks(named.group("role"))
        or quoted
        # (after the words, one who speaks for a body told before, "spokesman for the
        # agency", leaves the body to be found: it is the claimant)
        or (named.group("after") and _for_a_body_told(named.group("role")))
    ):
        named = None
    if named is not None and not named.group("after"):
        return " ".join(f"{named.group('name')}, {named.group('role')}".split())
    m = _THAT_SUBJECT.search(text, max(0, pos - 100), pos)
    if m is None or _PLAIN_BAD.search(m.group("np")) or not _speaks(m.group("np")):
        m = _PLAIN_SUBJECT.search(text, max(0, pos - 100), pos)
    if m is None:
        if named is not None:  # '..., Ahmed Nur, a local doctor, said'
            return " ".join(f"{named.group('name')}, {named.group('role')}".split())
        # "The district commissioner of the town, Abdi Arog, said": a role, then the name
        role_name = _ROLE_NAME_COMMA.search(text, max(0, pos - 140), pos)
        if role_name is not None and _speaks(role_name.group("role")) and not quoted:
            return " ".join(
                f"{_OPENING.sub('', role_name.group('role'))} {role_name.group('name')}".split()
            )
        return None
    # (not when it spoke: "The civil administration of Idlib on Thursday announced")
    np = _WHEN_AT_END.sub("", _OPENING.sub("", m.group("np").strip()))
    # (an acronym is a body, whatever word it spells: "the WHO said")
    if (
        not np
        or (_PLAIN_BAD.search(np) and not np.isupper())
        or quoted
        # "Dongola in Northern State reported": a place, not a claimant
        or not _speaks(np)
    ):
        if named is not None:
            return " ".join(f"{named.group('name')}, {named.group('role')}".split())
        return None
    return " ".join(np.split())  # a name wrapped over two lines is one name


_FOR_THE_WORD = re.compile(r"\b(?:for|of)\s+the\s+([a-z]+)\b")


def _for_a_body_told(role: str) -> bool:
    """Whether a post is one for a body told before by its head noun: "spokesman for the
    agency", "an official of the army" (not "a resident of the town")."""
    return any(
        w in BODY_HEADS or w in STATE_WORDS or w in ("group", "movement", "monitor", "body")
        for w in _FOR_THE_WORD.findall(role)
    )


# A role, then a name set off by commas, up to the verb: "The district commissioner of the
# town, Abdi Arog, ".
_ROLE_NAME_COMMA = re.compile(
    r"(?:^|[.;:]\s+)(?P<role>(?i:the|a|an|one)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s*,\s*"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s*,\s*$"
)


# A name, then its post set off by commas, up to the verb: "Leila Haddad, director of
# the Al Amal hospital, had earlier " (after the words said too, when nothing else
# speaks there: '..., Ahmed Nur, a local doctor, said').
_NAME_ROLE_COMMA = re.compile(
    r"(?:^|[.;:]\s+|(?P<after>[,”\"]\s+))(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s*,\s*"
    r"(?P<role>(?:(?i:the|a|an)\s+)?[a-z][\w'’-]*(?:\s+[\w'’.-]+){0,9}?)\s*,\s*"
    r"(?:(?:has|have|had|also|earlier|later|then)\s+)*$"
)


# A thing named right before a naming verb: "an operation called", "the vessel, dubbed".
_THING_BEFORE = re.compile(
    # (or an owner's: "China's 165-meter-long coast guard vessel, dubbed")
    r"\b(?P<det>(?i:a|an|the|its|their|his|her|this|that|new)|[\w-]+['’]s?)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?P<noun>[a-z][\w-]*)\s*,?\s*$"
)
# What a name is, after its verb: a quote, a capitalised name, "the 'monster ship'".
_A_NAME_AFTER = re.compile(r"\s+(?:the\s+)?(?:[\"“‘']|(?!The\b)[A-Z])")
# The one who names it in a relative clause, in the present: "which X and Y call",
# "a state they call".
_NAMER_BEFORE = re.compile(
    r"(?:\b(?:which|that|whom)\s+(?:[\w'’.-]+\s+){1,6}?|\b[a-z]+\s+(?:they|we|he|she)\s+)$"
)


def _a_things_name(text: str, verb: str, vs: int, ve: int) -> bool:
    """Whether a naming verb gives a thing its name, no one's claim: 'an operation
    called "Claw-Lock"', 'a vessel, dubbed the "monster ship"', "a group which Israel
    and the US call a terrorist group", "a state they call Ambazonia" (but "the ministry
    called Hamas a terrorist group" and "Israel called the strike a crime" are claims)."""
    if verb.lower() in ("call", "calls", "term", "terms", "dub", "dubs", "label", "labels"):
        return _NAMER_BEFORE.search(text, max(0, vs - 60), vs) is not None
    thing = _THING_BEFORE.search(text, max(0, vs - 50), vs)
    return (
        thing is not None
        # (a thing the sentence has no subject in: "an operation called", "the vessel,
        # dubbed"; not "The Israeli cabinet called Hamas 'an enemy'")
        and (thing.group("det").lower() in ("a", "an") or thing.group(0).rstrip().endswith(","))
        and verb.lower().endswith("ed")
        and _A_NAME_AFTER.match(text, ve) is not None
        and not _speaks(thing.group("noun"))
    )


def _speaks(np: str) -> bool:
    """Whether a subject's words are someone who can speak: its head is a speaker
    noun ("local officials", "a military source"), or it is a titled name
    ("regional governor Oleh Kiper")."""
    # the head is before a prepositional tail: "survivors of the strike", "an aid
    # worker in Shire"
    parts = re.split(r"\s+(?:of|in|at|from|with|for|near|on|based\s+in)\s+", np)
    words = parts[0].split()
    head = re.sub(r"[^\w'’-]", "", words[-1]).lower()
    if head in SPEAKER_NOUNS or re.fullmatch(r"[A-Z]{2,6}", words[-1]):
        return True  # an acronym that speaks is a body: "IRC said"
    if head in ("member", "members") and len(parts) > 1 and _speaks(np.split(" of ", 1)[-1]):
        return True  # "a member of a local rescue group": one of those who speak
    # (or a role before the name: "local resident Ali Hassan", "district commissioner X")
    # (a rank too: "Captain Ali Hassan", "Dr Amina Yusuf")
    titled = any(
        w.lower() in NAME_TITLES or w.lower() in SPEAKER_NOUNS or w.lower().rstrip(".") in RANKS
        for w in words[:-1]
    )
    # an outlet by its name: "Lebanese TV channel Al-Mayadin", "the daily Haaretz"
    named = any(w.lower() in OUTLET_NOUNS for w in words[:-1])
    return (titled or named) and words[-1][:1].isupper()


def _first(sent: Sent, before: int) -> Mention | None:
    """The sentence's first side before ``before``, not one named inside a quotation nor
    in a phrase that opens the sentence ("Almost a day after the summit between A and B,
    C's spokeswoman commented, saying")."""
    opening = OPENING_PHRASE.match(sent.text)
    for m in sent.mentions:
        if m.start >= before:
            break
        if opening is not None and m.start < opening.end() < before:
            continue
        if m.actor is not None and not inside_quote(sent.text, m.start, sent.opened):
            if _NO_SIDES_SUBJECT_THEN_VERB.fullmatch(
                sent.text, opening.end() if opening is not None else 0, m.start
            ):
                return None  # "The three governments condemned Algeria's actions, saying":
                # the side named is what they condemned, not who speaks
            return m
    return None


# A subject that names no side, its verb, and the start of its object: "The three
# governments "strongly condemned" (Algeria's actions)".
_NO_SIDES_SUBJECT_THEN_VERB = re.compile(
    r"\W*(?:[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth|[Aa]ll)\s+(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*\s+"
    # (not a cause: "The attack prompted Israel to suspend the talks, saying" is Israel's)
    r"[\"“]?(?:[a-z]+ly\s+)?(?:(?!(?:prompted|forced|pushed|drove|compelled|caused|pressured"
    r"|pressed|spurred|triggered)\b)[a-z]{3,}ed|slammed|hit|struck|blamed)[\"”]?\s+"
    r"(?:(?!(?:as|while|when|after|before|because|and|but|or)\b)[a-z]+\s+){0,3}"
)


def _clause_end_before(text: str, pos: int) -> int:
    if (stop := _QUOTE_STOP_BEFORE.search(text, max(0, pos - 80), pos)) is not None:
        # '"... in power." Netanyahu said': the quote, to its stop (with its closing mark
        # when it opened inside the words: 'Hamas called the plan "a trap." The group said')
        return stop.start() + (1 if text.lstrip()[:1] in '"“' else 2)
    comma = text.rfind(",", 0, pos)
    if comma > 0 and not text[comma + 1 : pos].strip():
        # "..., Omar Haddad, spokesman for the army, said": the speaker and what he is
        # stand between the two commas before; the words said end at the one before them
        aside = text.rfind(",", 0, comma)
        before = text.rfind(",", 0, aside) if aside > 0 else -1
        if before > 0 and _NAME_BETWEEN.fullmatch(text, before + 1, aside):
            return before
        if (
            before > 0
            and _NAME_BETWEEN.fullmatch(text, aside + 1, comma)
            and _DESCRIPTION_BETWEEN.fullmatch(text, before + 1, aside)
        ):
            # "..., the UN monitoring mission, HRMMU, said": what the speaker is, then
            # its name
            return before
    return comma if comma > 0 else pos


_NOTHING_MORE = re.compile(r"\s*[.!?]?\s*$")
# A quote closed with its stop, then only the words of who said it.
# ('"The crew died" the army said', a comma lost, too)
_QUOTE_STOP_BEFORE = re.compile(r"(?:[.!?]|\w)[”\"]\s+(?:[\w'’.-]+\s+){0,6}$")
# (with its short form in brackets: "Magen David Adom (MDA)")
_NAME_BETWEEN = re.compile(
    r"\s*(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*(?:\s*\([A-Z][\w.&-]{1,10}\))?\s*"
)
_DESCRIPTION_BETWEEN = re.compile(
    r"\s*(?:the|a|an|its|their|[A-Z][\w.-]*['’]s)\s+(?:[\w'’.-]+\s+){0,6}[\w'’.-]+\s*"
)
