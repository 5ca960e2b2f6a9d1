"""Ground events: attacks, strikes, shelling, offensives, captures, advances,
withdrawals and deployments, with the acting side and a place.

A verb's actor is the subject of its clause ("Syrian government forces took
control of a highway"); a noun's actor is the side named just before it
("a Turkish military convoy", "Russian air strikes") or the subject of the
verb that launches it ("militants unleashed a large-scale offensive").
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefings.extract.attribution import PASSIVE_AUX, PREPOSITION_BEFORE
from briefings.extract.context import ArticleContext, Sent, a_peoples_word
from briefings.models import Casualty, GroundEvent
from briefings.nlp.actors import STATE_KINDS, Mention
from briefings.nlp.folding import CaseBlind, caseless, matches_where
from briefings.nlp.vocabulary import (
    ANSWERED_BEFORE,
    ARMED_WORDS,
    DEED_NOUNS,
    DEMONYM_END,
    NOT_PLACE_START,
    OUTLET_OF_WORDS,
    OUTLET_WORDS,
    PLACE_NAME,
    WATERS_OF,
    alternation,
    grouped_words,
    place_phrase,
)

# A side's armed men and arms, after its name: "Hamas fighters", "Israeli jets", "Russia's
# army" (one list for who acts in their side's name).
_ARMED_MEN = (
    r"troops|forces|fighters|soldiers|units|militants|rebels|militiamen|insurgents|gunmen"
    r"|members|army|military|militia|police|guards|navy|jets|warplanes|aircraft|planes"
    r"|helicopters|drones|tanks|artillery|missiles|rockets|ships|gunboats|batteries"
)

# (action, verb forms, noun forms)
_ACTIONS: list[tuple[str, str, str]] = [
    (
        "captured",
        # (not "seizing this opportunity", "seize the moment")
        r"captured|captures|capture|capturing"
        r"|(?:seized|seizes|seize|seizing)(?!\s+(?:(?:this|the|that|an?|every|any|its|their)\s+)?"
        r"(?:[\w-]+\s+)?(?:opportunity|opportunities|chance|moment|momentum|initiative)\b)"
        # (not "took control measures": a coast guard's word for driving boats off)
        r"|took\s+control(?!\s+measures)"
        r"|(?:took|take|takes|taken|taking)\s+(?:full\s+|complete\s+)?control(?!\s+measures)"
        # (matched case-blind, so "[a-z]" here stands for any letter, as [A-Z] did)
        r"|(?:had|has|have)\s+taken(?=\s+[a-z])|took(?=\s+(?:the\s+(?:town|city|village)\s+of\s+)?[a-z])"
        r"(?!\s+(?:[\w-]+\s+){0,2}measures\b)"
        r"|re-?took|re-?take|re-?takes|re-?taking"
        r"|re-?taken|re-?captured|re-?capture|re-?capturing|overran|overrun|liberated|liberate"
        r"|took\s+over",
        # (not "the military takeover in 2021": a coup; but "the military takeover of
        # Crimea")
        r"capture|seizure|(?:(?<!military\s)(?<!military['’]s\s)(?<!army\s)takeover"
        r"|takeover(?=\s+of\b))|recapture|fall\s+of",
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
        r"|fired\s+at|fired\s+upon|opened\s+fire"
        # a coast guard's force at sea: "rammed the boat", "fired water cannon at"
        # (not "rammed the bill through", nor a police's water cannon at protesters)
        r"|(?:rammed|rams)(?!\s+(?:[\w'’-]+\s+){1,4}?through\b)|sideswiped|water-cannoned"
        r"|(?:fired|firing|fires|used|using|blasted|blasting|turned|turning|deployed)\s+"
        r"(?:[\w-]+\s+){0,2}?water\s+cannons?(?=\s+(?:at|on|against)\s+(?!(?:the\s+|a\s+)?"
        r"(?:[\w-]+\s+)?(?:protesters|demonstrators|crowds?|rioters|students|marchers)\b))"
        # "fired two projectiles toward", "launched a salvo of drones at": weapons loosed
        r"|(?:fired|firing|fires|launched|launching|launches)(?=\s+(?:[\w-]+\s+){0,3}"
        r"(?:missiles?|rockets?|drones?|shells?|mortars?|projectiles?|grenades?|salvos?"
        r"|volleys?|barrages?|artillery)\b)"
        # fire given back: "Ukrainian forces returned fire"
        r"|(?:returned|returning|returns)\s+fire"
        # "Iran retaliated with ballistic missiles", "prompting Iran to retaliate with drones"
        r"|retaliat(?:ed|es|e|ing)(?=\s+with\s+(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|drones?"
        r"|strikes?|airstrikes?|shelling|fire|attacks?|barrages?|artillery|salvos?)\b)"
        # done: "his country had retaliated in border clashes", "retaliated against Israel"
        r"|retaliated(?=\s+(?:in|against|on|overnight|last|early|late)\b)",
        r"attacks?|assault|ambush|incursion|operation",
    ),
    # (a fight between two is no one's attack: "Somali troops clashed with Ethiopian
    # forces" tells who fought, not who struck first)
    # ("exchanged fire", "traded artillery fire": a fight between two, told as one deed)
    (
        "clashed",
        r"clashed|fought|(?:exchanged|exchange|exchanging|traded|trading)\s+(?:heavy\s+)?"
        r"(?:gun|artillery|small-arms|mortar|rocket)?\s*fire",
        r"clashes",
    ),
    ("intervened", r"intervened", r"intervention"),
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
        r"deployed|deploy|deploying|sent\s+reinforcements|reinforced|dispatched"
        # arms or armed men arriving ("the carrier arrived in the Caribbean"): see _sentence
        r"|arrived(?=\s+(?:in|at|off)\s)"
        # armed men called up ("mobilised 200,000 troops"; not "mobilised support")
        r"|mobili[sz](?:ed|es|e|ing)(?!\s+(?:support|opinion|resources|funds|aid|votes|public"
        r"|international|diplomatic|donors)\b)(?=\s+(?:[\w,-]+\s+){0,4}?(?:troops|forces|soldiers"
        r"|reservists|reserves|units|fighters|militias?|servicemen|conscripts)\b)",
        r"deployment|reinforcements",
    ),
    (
        "destroyed",
        # not "levelled": accusations and criticism are levelled too
        r"destroyed|destroying|destroys|destroy|flattened|flattening|razed|razing"
        r"|demolished|demolishing",
        r"destruction|demolition",
    ),
]
# Both run over the folded sentence (briefings.nlp.folding): case-blind, and fast.
_VERB = caseless(r"(?<!\w)(?:" + "|".join(rf"(?P<v_{a}>{v})" for a, v, _ in _ACTIONS if v) + r")\b")
_NOUN = caseless(r"(?<!\w)(?:" + "|".join(rf"(?P<n_{a}>{n})" for a, _, n in _ACTIONS) + r")\b")
# Scanned for as the forms of all actions grouped by first letter (the same spans, 3x
# faster); the action is then read by matching _VERB or _NOUN at each hit.
_VERB_SCAN = caseless(r"(?<!\w)(?:" + grouped_words(v for _, v, _ in _ACTIONS if v) + r")\b")
_NOUN_SCAN = caseless(r"(?<!\w)(?:" + grouped_words(n for _, _, n in _ACTIONS) + r")\b")


# (the one reading of a named place the figures' places use too: "on the Nuseirat
# refugee camp", "in the city of Saraqib", "in Syria's Idlib province")
_PLACE = place_phrase("in|near|on|toward|towards|around|into|at|outside|from")
# ... and after "of" a name alone: "the outskirts of Kharkiv" (not "the headquarters of
# the Sixth Infantry Division", "Article 54 of the Geneva Convention")
_PLACE_OF = re.compile(rf"\bof\s+(?P<place>{PLACE_NAME})")
# The place a verb takes as its object: "captured Goma", "shelled Kharkiv on Monday";
# not a name that qualifies what was hit ("struck Wagner positions").
_OBJECT_PLACE = re.compile(
    # (the whole name, never cut short: "captured Burkina Faso soldiers" names no place)
    rf"\s+(?P<place>(?>{PLACE_NAME}))"
    r"(?=\s*(?:[,.;:)–—]|$)|\s+(?:[A-Z0-9]|(?:on|in|at|near|and|or|after|before|overnight"
    r"|early|late|last|this|yesterday|today|from|with|for|as|while|when|which|but|since"
    r"|during|until|earlier|again|days?|weeks?|months?|a|an|the|two|three|hours?|just"
    r"|twice|once|repeatedly)\b))"
)
# "captured Ahmed Salem, a senior Hamas commander": a person, not a place
_A_PERSON_AFTER = re.compile(
    r"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:commander|leader|member|official|fighter"
    r"|militant|spokes(?:man|woman|person)|chief|head|officer|soldier|general|colonel|son"
    r"|brother|journalist|activist|aide|deputy)\b",
    re.IGNORECASE,
)
#: Actions whose verb takes the place itself as object ("captured Goma"; not
#: "withdrew", "deployed"). A strike or an attack may be on a person ("the raid
#: targeted Mohammad Haidar"), so there the object must be a country or a capital.
_TAKES_PLACE = {
    "captured": False,
    "shelled": False,
    "advanced": False,
    "struck": True,
    "attacked": True,
}
_FIRED_BY = re.compile(
    r"(?:\s+of\s+[\w-]+)?\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+)?"
    r"(?:(?:fired|launched|carried\s+out|conducted|mounted|staged|led|perpetrated|committed"
    r"|claimed)\s+)?by\s"
    # ("an attack attributed to Hamas": whose it is said to be)
    r"|\s+attributed\s+to\s|\s+blamed\s+on\s"
    # ("attacks against civilians, by the RSF": the target, then the doer set off by a
    # comma; not "strikes on a town held by IS", whose "by" is the holder's)
    r"|\s+(?:against|on)\s+(?:(?![a-z]+ed\b|held\b|run\b)[\w'’-]+\s+){0,2}?"
    r"(?![a-z]+ed\b|held\b|run\b)[\w'’-]+,\s+by\s",
    re.IGNORECASE,
)
_LIGHT_VERB = re.compile(
    r"\b(?:continued|continues|continue|launched|launches|launch|carried\s+out|carries\s+out"
    r"|conducted|conducts|stepped\s+up|intensified|began|begun|resumed|unleashed|mounted|staged"
    r"|deliver(?:ed|s|ing)?"
    r"|(?:kept|keep|keeps|keeping)\s+up|wag(?:e|ed|es|ing)"
    # who owns a deed: "claimed responsibility for a suicide bombing", "was behind the blast"
    r"|claim(?:ed|s|ing)?\s+responsibility\s+for|(?:was|were|is|are)\s+(?:responsible\s+for"
    r"|behind)"
    r"|pressed\s+ahead\s+with|answered\s+with|responded\s+with|retaliated\s+with|ordered"
    r"|prepar(?:e|es|ed|ing)\s+(?:for|to)|threatened)\b[^.;]*$",
    re.IGNORECASE,
)
_ANY_PRONOUN = re.compile(r"\b(?:he|she|it|they)\b", re.IGNORECASE)
# A capture told by the side that made it, right before its noun: "announced the capture".
_CAPTURE_TOLD = re.compile(
    r"\b(?:announced|announces|announcing|claimed|claims|claiming|confirmed|confirms|reported"
    r"|reports|declared|declares|hailed)\s+(?:the\s+|its\s+|their\s+)?(?:full\s+|complete\s+)?$",
    re.IGNORECASE,
)
_ANY_PRONOUN_CB = CaseBlind(_ANY_PRONOUN)  # asked yes or no over the whole sentence
# Words that move on the ground only with somewhere to go: "pushed into Bakhmut",
# "entered the town", "took Kherson"; not "pushed the country into catastrophe",
# "entered its sixth week", "took place", "had taken upon itself".
_WHERE_TO = (
    r"(?:the\s+(?:(?:northern|southern|eastern|western|central|besieged|strategic|key)\s+)?"
    r"(?:town|city|village|capital|base|airport|airbase|port|district|region|province|area"
    r"|airfield|hill|bridge|highway|road|outskirts|enclave|camp|border|crossing|positions?"
    r"|territory|settlement|neighbou?rhood|suburbs?|centre|center|streets?)\b"
    r"|[A-Z][\w'’-]+)"
)
_NEEDS_PLACE = {
    "pushed": re.compile(
        rf"\s+(?:(?:deeper|further|farther)\s+)?(?:into|towards?|through|across|on\s+towards?)\s+{_WHERE_TO}"
    ),
    "entered": re.compile(rf"\s+{_WHERE_TO}"),
    "moved into": re.compile(rf"\s+{_WHERE_TO}"),
    "took": re.compile(rf"\s+(?:{_WHERE_TO}|(?:full\s+|complete\s+)?control|over\s+(?!as\b))"),
    "taken": re.compile(rf"\s+(?:{_WHERE_TO}|(?:full\s+|complete\s+)?control|over\s+(?!as\b))"),
    "advance": re.compile(rf"\s+(?:on|into|towards?|through)\s+{_WHERE_TO}"),
}
# A verb form that is also a noun, after a word that makes it one: "the air strike",
# "all attacks on": the noun pass reads it.
_AS_NOUN = re.compile(
    r"\b(?:the|a|an|this|that|these|those|its|their|his|her|our|any|every|all|of|air|drone"
    r"|missile|artillery|rocket|further|more|new|fresh|deadly|such|daily|nightly|heavy|repeated"
    r"|renewed|intense|overnight|cross-border|retaliatory|aerial|naval|ground|two|three|several"
    r"|many|multiple|dozens\s+of|mortar|tank|one|another|each|single)\s+$",
    re.IGNORECASE,
)
# A word of the noun's own before it, in the singular: not a force or an adverb ("its air
# force hit", "its navy also hit"), nor a plural subject ("the rebels attack").
_NOUNS_OWN_WORD = (
    r"(?!(?:force|navy|army|military|police|militia|guard|artillery|also|then|again|later"
    r"|reportedly|[a-z]+ly)\s)[a-z][a-z-]*[a-rt-z]\s+"
)
# The same with a word of the noun's own between: "the terrorist attack", "a suicide attack".
_AS_NOUN_AFTER_A_WORD = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|its|their|his|her|any|every)\s+(?:[a-z][a-z-]*\s+)?"
    rf"{_NOUNS_OWN_WORD}$"
    # a word in quotes: 'the "cowardly" attack'
    r"|\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|its|their)\s+[\"“‘'][\w\s-]{1,30}[\"”’']\s+$"
)
_AS_NOUN_AFTER_A_NAME = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[A-Z][\w'’-]*\s+){1,2}"
    # a name and a word of the noun's own: "the Bucha terror attack" (not "the Russian army
    # attack", "the Israeli troops attack")
    rf"(?:{_NOUNS_OWN_WORD})?$"
    # a day: "the April 22 attack", "the 7 October attack", "the Oct. 7 attack"
    r"|\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:st|nd|rd|th)?\s+$"
)
# Looked for case-blind over the folded sentence (see CaseBlind.search).
_LIGHT_VERB_CB = CaseBlind(_LIGHT_VERB)
_AS_NOUN_CB = CaseBlind(_AS_NOUN)
# Before a participle used as an adjective: "the besieged town", "on besieged Aleppo".
_ADJECTIVE_SLOT = re.compile(
    r"\b(?:on|in|of|into|from|to|for|across|at|the|a|an|its|their|and|or)\s+$", re.IGNORECASE
)
# Forms that are a verb in the present only after its subject ("Russia strikes Kyiv",
# "it attacks"): after any other lower-case word they are plural nouns.
_PLURAL_LIKE = frozenset(("strikes", "attacks", "shells", "raids", "bombs"))
_WORD_BEFORE = re.compile(r"([\w'’-]+)\s+$")
_BEFORE_A_VERB = frozenset(
    "he she it they who which that also then again now still and or but often"
    # "Russia's army shells Kherson": a force is a subject
    " army military forces troops navy militia police".split()
)
_NOUN_FORMS = {"strike", "strikes", "attack", "attacks", "shell", "shells", "bomb", "advance",
               "push", "raid", "raids", "hit", "bombing", "shelling", "capture"}  # fmt: skip
# "the agreements it had struck with Turkey", "struck a deal": a bargain, not a blow
_STRUCK_A_DEAL = re.compile(
    r"\s+(?:a|an)\s+(?:deal|agreement|bargain|balance|compromise|tone|note|chord)\b"
)
_DEAL_BEFORE = re.compile(
    r"\b(?:deal|deals|agreements?|accords?|bargains?)\s+(?:\w+\s+){0,3}$", re.IGNORECASE
)
_BY_AFTER = re.compile(r"\s+(?:(?:[a-z]+ly|hard|again|twice)\s+)?(?:by|from)\b")
# Before a passive with its doer after "by": a place as its subject ("El-Fasher was
# seized by the RSF"), or a denial ("No positions have been overrun by ...").
_PASSIVE_PLACE = re.compile(
    rf"(?:^|[,;]\s*)(?:the\s+(?:town|city|village|camp|district)\s+of\s+)?"
    rf"(?P<place>{PLACE_NAME})\s+"
    r"(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?$"
)
_NONE_BEFORE = re.compile(
    r"(?:^|[,;]\s*)(?:No|no|None|none)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,4}"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?$"
)
# A passive of what may befall someone, not what did: "for civilians to be attacked by
# the military", "fear being shelled by", "risk being hit by".
_MAY_BEFALL = re.compile(
    # (not "appeared to be hit by", "was said to be shelled by": a deed told)
    r"(?<!appeared\s)(?<!appears\s)(?<!seemed\s)(?<!seems\s)(?<!said\s)(?<!reported\s)"
    r"(?<!believed\s)(?<!thought\s)(?<!continue\s)(?<!continues\s)(?<!continued\s)"
    r"(?<!continuing\s)(?<!began\s)(?<!begun\s)(?<!started\s)(?<!used\s)(?<!keep\s)"
    r"\b(?:to\s+be|(?:fear|fears|feared|risk|risks|risked|afraid\s+of)\s+being)"
    r"\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# (but "the first hospital to be targeted by Russian warplanes" was)
_FIRST_TO_BE = re.compile(
    r"\b(?:first|second|third|last|latest|only)\s+(?:[\w'’-]+\s+){0,2}to\s+be\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# (a name's dots too: "U.S. attacks"; a word joined by a hyphen: "Israeli air-strikes")
_NP_BEFORE_NOUN = re.compile(r"(?:[\w’'.-]+\s+){0,3}(?:[\w’'.]+-)?$")
# A preposition or a verb between a side and the deed's noun: the side is not in its
# noun phrase ("Houthis hit by air strikes", "killed 95 rebels in air strikes").
_OUT_OF_NP = re.compile(
    # (whole words: "tit-for-tat strikes", "back-to-back attacks" are one noun phrase)
    r"(?<![\w-])(?:by|in|from|with|after|during|at|against|amid|near|under|for|to|hit|were"
    r"|was)(?![\w-])",
    re.IGNORECASE,
)
# After a side's name, a verb and the start of a new noun phrase: the side does the verb
# ("condemned the strikes", "refrained from further attacks"), not the deed named.
_VERB_THEN_NP = re.compile(
    # (a quote may open before the verb: 'the military "successfully repelled an attack')
    r"\s+[“\"‘]?(?:(?:will|would|has|have|had|did|also|not|never|[a-z]+ly)\s+)*"
    r"(?:condemn|denounc|deplor|decr(?:y|ie)|den(?:y|ie)|refrain|accus|blam|reject|warn"
    r"|criticis|criticiz|protest|halt|stop|suspend|avoid|end|slam|lambast|lament|regret"
    # the deed of another, met or survived: "Ukrainian forces repelled the assault",
    # "Israel retaliated for the attack"
    r"|investigat|mourn|repel|repuls|thwart|foil|intercept|surviv|withst[ao]|fend"
    r"|fought\s+off|beat\s+back|beaten\s+back|retaliat|respond|attribut|pinn"
    # a name put on the deed: "Pakistan called the strikes an act of war", "framed the
    # operation as a shift"
    r"|call|term|brand|label|dub|fram|portray|characteri[sz])"
    r"[a-z]*(?:\s+(?:from|of|on|to|for|against))?\s+"
    # ("condemned in strong terms weekend's suicide bombing")
    r"(?:in\s+(?:the\s+)?(?:strong(?:est)?|harsh(?:est)?|no\s+uncertain)\s+terms\s+)?"
    r"(?:the|its|their|his|her|a|an|any|these|those|such|more|further|additional|fresh|new"
    r"|repeated|renewed|all|[\w-]+['’]s)\s+"
    # who speaks of a deed not called its own: "Erdogan said the bombing of Gaza must stop"
    # (but "Israel said its strikes": its own)
    r"|\s+(?:(?:has|have|had|also|[a-z]+ly)\s+)*(?:said|says|say|told|tells|added|stressed"
    r"|noted|insisted|argued)\s+(?:that\s+)?(?:the|a|an|these|those|such)\s+"
    # told of, not done: "the Pentagon confirmed the attack", "described the strike as"
    # (but "Israel confirmed its strike": its own)
    r"|\s+(?:(?:has|have|had|also|[a-z]+ly)\s+)*(?:confirm|report|describ|hail|prais|applaud"
    r"|welcom|document|verif|discuss)[a-z]*\s+(?:the|a|an|these|those|such)\s+"
)
# A negation right before the verb: the deed was not done.
_NOT_BEFORE = re.compile(
    # ("agreed not to attack civilians": an undertaking, no deed)
    r"(?:\bnot|n['’]t|\bnever|\bno\s+longer)\s+(?:yet\s+)?(?:been\s+|be\s+|to\s+)?$",
    re.IGNORECASE,
)
# "to" before a verb of taking: what someone sets out to take, not what they took (but
# "managed to seize", "went on to take" did it).
_TO_BEFORE = re.compile(
    # ("never managed to capture", "had not been able to take": not done either)
    r"(?P<done>(?<!never\s)(?<!not\s)(?<!n['’]t\s)(?<!not\sbeen\s)\b(?:managed|manage|manages"
    r"|went\s+on|going\s+on|goes\s+on|pushed\s+on|moved\s+on|able|succeeded|continued"
    r"|began|started)\s+)?\bto\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# Not the doer of the deed the noun names: "not involved in the attack", "no part in".
_NOT_PART_OF = re.compile(
    r"\b(?:not|never|n['’]t|no|deny|denied|denies|denying)\s+(?:any\s+)?(?:been\s+)?"
    r"(?:(?:involved|involvement|responsible|responsibility|role|part|hand)\s+(?:in|for|with)"
    r"|behind)\s+"
    r"(?:[\w'’-]+\s+){0,3}$"
    # "denied its forces were behind the Rafah attack"
    r"|\b(?:deny|denied|denies|denying)\b[^.;]{0,40}?\b(?:were|was|is|are|had\s+been)\s+"
    r"(?:behind|responsible\s+for|involved\s+in)\s+(?:[\w'’-]+\s+){0,3}$"
    # none told of: "no reports of Houthi attacks", "there were no new strikes"
    r"|\bno\s+(?:(?:new|further|fresh|immediate|confirmed)\s+)?(?:(?:reports?|signs?|evidence"
    r"|indications?)\s+of\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# What a side is asked, told or bound to do, not what it did: "must withdraw", "urged
# Rwanda to withdraw", "demanded that the M23 withdraw".
# The verbs of asking another to do a thing, before whom and "to".
_ASKING = (
    r"urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|ask(?:s|ed|ing)?|press(?:es|ed|ing)?"
    r"|demand(?:s|ed|ing)?|told|tell(?:s|ing)?|order(?:s|ed|ing)?"
)
_ASKED_OR_OWED = re.compile(
    r"\b(?:must|should|ought\s+to|needs?\s+to|has\s+to|have\s+to)\s+(?:[a-z]+ly\s+)?$"
    rf"|\b(?:{_ASKING}|want(?:s|ed)?)\b"
    r"[^.;]{0,50}?\bto\s+(?:[a-z]+ly\s+)?$"
    # what an appeal is for: "his appeal ... for troops to be deployed"
    r"|\b(?:appeal|call|calls|request|plea|demand)\b[^.;]{0,80}?\bfor\s+[^.;]{1,40}?\bto\s+be\s+$",
    re.IGNORECASE,
)
# "demanded that the M23 withdraw": asked for, with the verb bare; but "insisted that
# Azeri forces shelled the villages" tells what was done.
_DEMANDED_THAT = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?)\s+that\b[^.;,]{0,50}$", re.IGNORECASE
)
# A list's comma right before a capitalised word: "the government, Shell and" names it.
_NAME_IN_A_LIST = re.compile(r",\s+$")
# A deed to come, or only wished for: "Israel will attack Rafah", "may strike again",
# "plans to capture the town", "is preparing to withdraw"; not yet done.
_NOT_YET_DONE = re.compile(
    r"\b(?:will|would|could|may|might|can|shall|won['’]t|wouldn['’]t|cannot|can['’]t"
    r"|couldn['’]t)\s+(?:not\s+|never\s+)?(?:[a-z]+ly\s+)?(?:be\s+able\s+to\s+)?"
    # ("we will keep targeting their ships", "will continue to strike")
    r"(?:keep\s+(?:on\s+)?|continue\s+(?:to\s+)?|go\s+on\s+)?$"
    r"|\b(?:going|plans?|planned|planning|prepar(?:e|es|ed|ing)|intends?|intended|intending"
    r"|aims?|aimed|aiming|seeks?|seeking|sought|try|tries|tried|trying|attempt(?:s|ed|ing)?"
    r"|ready|poised|set|expected|likely|unlikely|threat(?:en|ens|ened|ening)?"
    # a disposition: "is willing to strike civilians" (not "was able to capture": done)
    r"|willing|unwilling|unable|prepared|determined|eager"
    # a deed on a timetable: "is due to fully withdraw", "are scheduled to deploy"
    r"|due|scheduled|slated|supposed)\s+to\s+(?:[a-z]+ly\s+)?$"
    # an undertaking: "agreed on Thursday to deploy monitoring teams"
    r"|\b(?:agreed|agrees|agree|agreeing|decided|decides|promised|pledged)\s+"
    r"(?:on\s+\w+\s+|last\s+\w+\s+)?to\s+(?:[a-z]+ly\s+)?$"
    # "an offensive aimed at capturing"
    r"|\b(?:aim(?:s|ed|ing)?|intent)\s+(?:at|on)\s+$"
    # a condition: "would be crushed if it attacked Israel again"
    r"|\b(?:if|unless|should)\s+(?:it|they|he|she|we|you|the\s+[a-z]+|[A-Z][\w'’-]*)\s+"
    r"(?:ever\s+|again\s+|were\s+to\s+|was\s+to\s+|dared\s+to\s+)?$"
    # ... and the verb joined to it: "if they were to attack Guyana or attack ExxonMobil"
    r"|\b(?:if|unless)\s+[^,.;]{1,60}?\s+(?:or|and)\s+$"
    # a purpose after a comma: "launched its attack on Iran, to destroy its programme"
    r"|,\s+(?:in\s+order\s+)?to\s+$"
    # a danger: "has for years been threatened with attack by its adversaries"
    r"|\bthreat(?:en|ens|ened|ening)\s+with\s+(?:an?\s+)?(?:[\w'’-]+\s+)?$"
    # an aim: "achieved the goals of the operation to destroy its programme"
    r"|\b(?:goals?|aims?|objectives?|intentions?|mission|bids?|attempts?|efforts?|plans?"
    r"|orders?|threats?|vows?|pledges?|promises?|readiness)\s+(?:[\w'’-]+\s+){0,4}?to\s+$"
    # what a deal or a plan holds: "a truce which includes withdrawing from civilian areas"
    r"|\b(?:truce|ceasefire|cease-fire|deal|agreement|plan|proposal|terms|framework|roadmap"
    r"|initiative|accord|which|that)\b[^.;]{0,30}?\b(?:include|includes|included|including|involve"
    r"|involves|involving|require|requires|requiring|entail|entails)\s+(?:[\w'’-]+\s+){0,2}?$"
    # done by none: "none of the parties has withdrawn from them"
    r"|\b(?:none|neither|nobody|no\s+one)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,4}?(?:has|have|had)\s+$"
    # a deed given up: "provided Israel stopped attacking", "refrained from shelling"
    r"|\b(?:stop|stops|stopped|stopping|halt|halts|halted|halting|cease|ceases|ceased"
    r"|ceasing|suspend|suspends|suspended|suspending|refrain(?:s|ed|ing)?\s+from"
    r"|avoid|avoids|avoided|avoiding)\s+$"
    # a start to come: "announced it would begin striking ships"
    r"|\b(?:will|would|shall|to|could|may)\s+(?:begin|start|resume|continue)\s+"
    r"(?:(?:its|their|his|the)\s+)?$"
    # an end of it: "the cessation of US strikes", "a halt to Israeli attacks"
    r"|\b(?:cessation|halt|end|stop|suspension|pause|moratorium)\s+(?:of|to|on|in)\s+"
    r"(?:(?:the|all|its|their|any)\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A deed's noun phrase that tells it may come: "any Israeli attack", "a possible
# strike", "an imminent offensive".
# What is struck that is no blow: "striking a deal", "struck a conciliatory tone".
_A_DEAL_STRUCK = re.compile(
    r"\s+(?:(?:a|an|the|any|this|that|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:deal|agreement"
    r"|bargain|accord|compromise|balance|tone|note|chord|pact|deals)\b",
    re.IGNORECASE,
)
_MAYBE_NP = re.compile(
    r"\b(?:any|possible|potential|future|imminent|looming|hypothetical|eventual)\s+"
    r"(?:[\w'’-]+\s+){0,2}$"
    # a plan's (not one carried out: "carried out a planned attack")
    r"|(?<!\bout\sa\s)(?<!\bout\san\s)(?<!\bout\sthe\s)\b(?:planned|proposed|scheduled"
    r"|intended)\s+(?:[\w'’-]+\s+){0,2}$"
    # attacks of a kind to be fought off: "to help fight attacks by X", "will counter
    # attacks by", "efforts to prevent attacks by"
    r"|\b(?:to|will|would|can|could)\s+(?:help\s+)?(?:fight|counter|combat|prevent|deter|stop"
    r"|thwart|repel|avert)\s+(?:the\s+|further\s+|more\s+)?$"
    # undecided: "before deciding whether to authorize U.S. military strikes"
    r"|\bwhether\s+(?:or\s+not\s+)?(?:to\s+)?(?:[\w'’.-]+\s+){0,4}$"
    # weighed, not done: "mulling strikes on Venezuelan territory", "considers further strikes"
    r"|\b(?:mull|mulls|mulled|mulling|consider|considers|considered|considering|weigh|weighs"
    r"|weighed|weighing|contemplat(?:e|es|ed|ing)|eyeing|eyes)\s+(?:[\w'’-]+\s+){0,2}$"
    # ... or an end awaited: "until the attacks on the American people are over"
    r"|\b(?:until|unless)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$"
    # what may come: "the possibility of an Indian attack", "fears of a Russian offensive"
    r"|\b(?:possibility|prospect|prospects|risk|threat|fears?|danger|spectre|specter|likelihood"
    r"|chance)\s+of\s+(?:an?\s+|the\s+|further\s+|more\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A deed's noun asked for, agreed, planned, opposed or promised, alone or as an item of a
# list: "calls for a ceasefire, the release of hostages and a gradual Israeli withdrawal",
# "the plan includes elements such as an Israeli withdrawal", "has agreed for ... an
# Israeli withdrawal", "a timeline for Israel's withdrawal", "opposes the deployment".
# (Not an order: "ordered strikes on the airfield" is mostly told once they were made.)
_LIST_GAP = r"(?:[^.;]{0,120}?(?:,\s*|\s+and\s+))?(?:an?\s+|the\s+)?"
_ASKED_PLANNED_NP = re.compile(
    r"(?:\b(?:calls?|called|calling)\s+for\s+"
    r"|\b(?:plans?|proposals?|deal|agreement|framework|terms|options|demands|conditions"
    r"|roadmap|initiative|draft|points?)\b[^.;]{0,40}?\b(?:include|includes|included|involves?"
    r"|requires?)\s+(?:elements\s+)?(?:such\s+as\s+)?"
    r"|\b(?:agreed|agrees|agree)\s+(?:for|to|on)\s+)"
    + _LIST_GAP
    # (the noun's own words: not "called for calm after Israeli strikes")
    + r"(?:(?!(?:after|before|when|while|as|since|because|following|amid|despite|until|in|on"
    r"|at|from|by|with|that|which|who|but|yet|and|or|then|so|however)\b)[\w'’-]+\s+){0,3}$"
    r"|\b(?:timeline|timetable|deadline|schedule)\s+for\s+(?:[\w'’-]+\s+){0,2}$"
    r"|\b(?:oppose|opposes|opposed|opposing)\s+(?:the\s+|any\s+)?(?:[\w'’-]+\s+){0,2}$"
    # a deed promised: "promised RSF withdrawal once the city is secured"
    r"|\b(?:promised|promises|pledged|pledges|vowed|vows)\s+(?:an?\s+|the\s+|a\s+full\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A deed kept from happening, told by its gerund: "prevent troops of third countries
# deploying along the border", "stopped Russia from capturing the town" (not "stopped the
# assault and recaptured the town", "failed to stop the attack").
_KEPT_FROM = re.compile(
    r"\b(?:prevent|prevents|prevented|preventing|stop|stops|stopped|stopping|block|blocks"
    r"|blocked|blocking|deter|deters|deterred|bar|bars|barred|keep|keeps|kept)\s+"
    r"(?:(?!and\b|or\b)[\w'’-]+\s+){1,6}?(?:from\s+)?$",
    re.IGNORECASE,
)
_TOLD_DONE = frozenset(
    "struck took taken withdrew withdrawn overran overrun shot fought began begun hit"
    " seized stormed bombed shelled attacked captured".split()
)


def _asked_or_owed(text: str, start: int, verb: str) -> bool:
    """Whether the verb ``verb`` at ``start`` is what a side is asked or bound to do."""
    if _ASKED_OR_OWED.search(text, max(0, start - 80), start):
        return True
    if _NOT_YET_DONE.search(text, max(0, start - 40), start):
        return True
    if verb.lower().endswith("ing") and _KEPT_FROM.search(text, max(0, start - 60), start):
        return True
    words = verb.lower().split()
    if words[-1] in _BASE_FORMS and (
        _JOINED_TO_A_MODAL.search(text, max(0, start - 120), start)
        or _A_CONDITION_BEFORE.search(text, max(0, start - 80), start)
    ):
        # "will keep its fleet at sea and strike any ship", "until Cambodian soldiers
        # withdraw": one to come
        return True
    done = words[0] in ("had", "has", "have") or words[-1] in _TOLD_DONE
    return not done and _DEMANDED_THAT.search(text, max(0, start - 80), start) is not None


# A verb's bare form, joined by "and" or "or" to a verb after a modal or an intent.
_BASE_FORMS = frozenset(
    """strike attack shell bomb capture seize take retake recapture liberate bombard advance
    withdraw deploy destroy demolish target hit storm overrun""".split()
)
_A_CONDITION_BEFORE = re.compile(
    r"\b(?:until|unless|once|if|before)\s+[^,.;]{0,60}$", re.IGNORECASE
)
_JOINED_TO_A_MODAL = re.compile(
    r"\b(?:will|would|could|may|might|can|shall|must|should|(?:vow(?:s|ed)?|pledg(?:e|es|ed)"
    r"|threaten(?:s|ed)?|plan(?:s|ned)?|wants?|wanted|intend(?:s|ed)?|aim(?:s|ed)?|seeks?"
    r"|sought|ready|prepared)\s+to"
    # ... or one asked of another: 'called on Rwanda to "cease support to the M23 and
    # withdraw'
    rf"|\b(?:{_ASKING})\b[^.;]{{0,50}}?\bto)"
    r"\s+[“\"‘]?(?:[a-z]+ly\s+)?[a-z]+\b[^,.;]{0,70}?\s+(?:and|or)\s+(?:then\s+)?$",
    re.IGNORECASE,
)
_SPEECH_NEAR = re.compile(
    r"\b(?:accused|accuses|threatened|threatens|warned|vowed|denied|denies|deny|denying)\b"
    r"[^.]{0,30}$"
    # "accused President Assad's forces of launching": whoever is accused, not a deed told
    r"|\b(?:accused|accuses|accusing)\b[^.]{0,70}\bof\s+$"
    r"|\b(?:blamed|blames|blaming)\b[^.]{0,70}\b(?:of|for)\s+$"
)


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


def belligerents(
    ctx: ArticleContext, events: list[GroundEvent], dead: list[Casualty]
) -> tuple[str, ...]:
    """The configured sides fighting in an article, most active first: who "the
    warring parties" and "both sides" are. Those that act in its ground events,
    then those whose dead it counts, then the armed sides it names."""
    ids = ctx.lexicon.actor_ids
    counts: dict[str, int] = {}
    for ev in events:
        if ev.actor in ids:
            counts[ev.actor] = counts.get(ev.actor, 0) + 1
    found = sorted(counts, key=lambda a: (-counts[a], a))
    found += sorted({c.party for c in dead if c.party in ids} - set(found))
    named = [m.actor for s in ctx.sents for m in s.mentions if m.actor in ctx.lexicon.armed]
    found += [a for a in dict.fromkeys(named) if a not in found]
    return tuple(a for a in found if a is not None)


def _sentence(ctx: ArticleContext, sent: Sent) -> list[GroundEvent]:
    text = sent.text
    events: list[GroundEvent] = []
    if not any(m.actor for m in sent.mentions) and not _ANY_PRONOUN_CB.found(
        text, folded=sent.folded
    ):
        return events  # nobody to act
    low = sent.folded
    for m in matches_where(_VERB_SCAN, _VERB, low, low):
        action = (m.lastgroup or "v_attacked")[2:]
        if _speech_near(text, m.start()):
            continue  # "threatened to strike": a threat, not an event
        if (
            m.start()
            and text[m.start() - 1] == "-"
            and not _PREFIX_BEFORE.search(text, 0, m.start())
        ):
            continue  # "the crisis-hit region", "war-torn": a word of a place, no deed
        if action == "clashed" and (
            _AT_A_FORUM.match(text, m.end())
            or _TALKERS_BEFORE.search(text, max(0, m.start() - 40), m.start())
        ):
            continue  # "clashed at the UN Security Council", "envoys clashed": words
        if _A_CRAFT_AFTER.match(text, m.end()) and m.group(0).lower() in ("attack", "strike"):
            continue  # "Thai attack helicopters", "a carrier strike group": a kind of arm
        if m.group(0).lower().startswith(("strik", "struck")) and _A_DEAL_STRUCK.match(
            text, m.end()
        ):
            continue  # "optimistic about striking a deal": a bargain, no strike
        if m.group(0).lower() == "arrived" and not _ARMS_ARRIVING.search(
            text, max(0, m.start() - 120), m.start()
        ):
            continue  # "Lavrov arrived in Ankara": a visit, no deployment
        if action == "withdrew" and _NO_TROOPS_OUT.match(text, m.end()):
            continue  # "pulled out of the talks", "withdraw the statement": no troops move
        if text[m.start()].isupper() and _NAME_IN_A_LIST.search(text, 0, m.start()):
            continue  # "signed by the government, Shell and ...": a company's name, no deed
        if m.group(0).lower() in _NOUN_FORMS and ANSWERED_BEFORE.search(
            text, max(0, m.start() - 100), m.start()
        ):
            continue  # "in retaliation against the April 22 Pahalgam terror attack": a noun
        if _asked_or_owed(text, m.start(), m.group(0)):
            continue  # "urged Rwanda to withdraw", "the M23 must withdraw": not done
        if action == "offensive" and not _NOUN.search(low, m.end(), m.end() + 40):
            continue  # "began" needs an offensive, an operation, an assault after it
        if not _a_move(sent, m.start(), m.end()):
            continue
        if _NOT_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _NOT_PART_OF.search(
            text, max(0, m.start() - 60), m.start()
        ):
            continue  # "Rafah had not been captured", "not involved in Monday's attack"
        if action == "captured" and (
            _A_PICTURE_BEFORE.search(text, max(0, m.start() - 40), m.start())
            or _ON_CAMERA_AFTER.match(text, m.end())
        ):
            continue  # "footage capturing blast sounds", "captured on video": a picture
        if action == "captured" and _people_taken(text, m.end()):
            continue  # "seven captured soldiers", "captured 12 fighters": people, no place
        if "under" in text[max(0, m.start() - 40) : m.start()] and _CAME_UNDER.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue  # "a helicopter came under attack": the noun, and the target its subject
        if m.group(0).lower() == "hit" and (
            _HIT_BACK_IN_WORDS.match(text, m.end())
            # a person's retort: "Marcos hit back on Thursday" (but "Israel hit back")
            or (
                text.startswith(" back", m.end())
                and any(x.is_person and 0 <= m.start() - x.end <= 2 for x in sent.mentions)
            )
        ):
            continue  # "hit back in a post on X": words, no strike
        if (
            action == "captured"
            and not m.group(0).lower().startswith("have ")  # "claimed to have taken"
            and (aim := _TO_BEFORE.search(text, max(0, m.start() - 40), m.start()))
            and not aim.group("done")
        ):
            continue  # "an offensive to seize Marib", "trying to take the town": an aim
        if _reduced_passive(sent, m.start(), m.end()):
            continue  # "all their equipment destroyed in this camp": done to, not by
        if (by := _BY_AFTER.match(text, m.end())) and _DONE_TO.match(m.group(0)):
            # "hit by Syrian fire": the actor follows "by"
            if by.group(0).endswith("from") and action == "captured":
                continue  # "Jarablus, liberated from ISIS": whom it was taken from
            actor = _after_by(sent, m.end())
            if _NONE_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                continue  # "No army positions have been overrun by al-Shabaab"
            if _MAY_BEFALL.search(
                text, max(0, m.start() - 30), m.start()
            ) and not _FIRST_TO_BE.search(text, max(0, m.start() - 60), m.start()):
                continue  # "common for civilians to be attacked by the military"
            passive = _PASSIVE_PLACE.search(text, max(0, m.start() - 80), m.start())
        else:
            if _DONE_TO.match(m.group(0)) and PASSIVE_AUX.search(
                text, max(0, m.start() - 30), m.start()
            ):
                continue  # "Iranian sites have been struck": done to them, by no one named
            actor = _doer_before(sent, m.start(), m.end())
            if actor is None:
                actor = ctx.subject(sent, m.start())
                told_at = _told_from(sent, m.start())
                if actor is not None and told_at is not None and actor.start < told_at:
                    # "X's spokesman told AFP a military jet bombed the village": the
                    # teller's words have their own subject (with none, a weapon's is
                    # no one's, below)
                    actor = next(
                        (
                            x
                            for x in sent.mentions
                            if told_at <= x.start < m.start()
                            and x.actor
                            and _TOLD_SUBJECT.fullmatch(sent.text, told_at, x.start)
                            and _SUBJECT_TO_VERB.fullmatch(sent.text, x.end, m.start())
                        ),
                        actor,
                    )
                if (
                    actor is not None
                    and (
                        _a_thing_does_it(sent, m.start())
                        or _a_craft_does_it(ctx, sent, m.start(), actor)
                    )
                    # (but "The Israeli military said an air strike targeted": its own)
                    and not _FORCE_WORD.search(sent.text, actor.start, actor.end + 12)
                ):
                    actor = None
            passive = None
        if actor is None or actor.actor is None or not _can_act(ctx, actor):
            continue
        if action == "offensive":
            noun = _NOUN.search(low, m.end(), m.end() + 40)
            action = (noun.lastgroup or "n_offensive")[2:] if noun else action
        event = _event(ctx, sent, actor, action, m.end(), _TAKES_PLACE.get(action))
        if passive is not None and event.place is None and _a_place(sent, passive):
            # "El-Fasher was seized by the RSF": the place is the passive's subject
            event = replace(event, place=_POSSESSIVE_END.sub("", passive.group("place")))
        events.append(event)
    if "fell" in low or "fallen" in low or " under " in low:
        events += _fell_to(ctx, sent)
    for m in matches_where(_NOUN_SCAN, _NOUN, low, low):
        action = (m.lastgroup or "n_attacked")[2:]
        if action == "shelled" and _OF_MISSILES.match(text, m.end()):
            action = "attacked"  # "a barrage of missiles": no artillery's shelling
        # The side named in the noun phrase: only a mention in the 60 characters before
        # can be, so the phrase is looked for only when one is there.
        close = [
            x for x in sent.mentions if x.start >= m.start() - 60 and x.end <= m.start() and x.actor
        ]
        near: list[Mention] = []
        if close:
            np = _NP_BEFORE_NOUN.search(text, max(0, m.start() - 60), m.start())
            lo = np.start() if np else m.start()
            # "Pakistan condemned the strikes": a verb between, the side is its subject
            near = [
                x
                for x in close
                if x.start >= lo
                and not _VERB_THEN_NP.match(text, x.end, m.start())
                and not _OUT_OF_NP.search(text, x.end, m.start())
            ]
        if _NOT_PART_OF.search(text, max(0, m.start() - 60), m.start()):
            continue  # "said they were not involved in Monday's attack"
        if _A_CRAFT_AFTER.match(text, m.end()) and m.group(0).lower() in ("attack", "strike"):
            continue  # "fast attack gunboats", "strike aircraft": a kind of arm, no deed
        if (
            "accus" in (before := low[max(0, m.start() - 80) : m.start()])
            or "blam" in before
            or "den" in before
        ) and (_ACCUSED_OF.search(text, max(0, m.start() - 80), m.start())):
            # "accused the Thai military of bombing villages", "blames Russia for launching
            # drone strikes": an allegation
            continue
        if m.group(0).lower() == "operation" and _WHAT_IT_IS.search(
            text, max(0, m.start() - 60), m.start()
        ):
            continue  # "the resupply would remain a purely Ukrainian operation": what it is
        under = (
            _CAME_UNDER.search(text, max(0, m.start() - 40), m.start())
            if "under" in text[max(0, m.start() - 40) : m.start()]
            else None
        )
        if under is not None:
            # "a Russian helicopter came under attack": the target; only who is named
            # after "under" struck ("came under Israeli fire")
            near = [x for x in near if x.start >= under.end()]
            if not near:
                continue
        if _NOT_YET_DONE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Israel will attack Rafah": the verb, and a deed to come
        if "to" in text[max(0, m.start() - 100) : m.start()] and _ASKED_TO_CARRY_OUT.search(
            text, max(0, m.start() - 100), m.start()
        ):
            continue  # "ordered the military to carry out immediate strikes": asked, not done
        if (
            action == "advanced"
            and (stopped := _ADVANCE_STOPPED.search(text, max(0, m.start() - 50), m.start()))
            # (not "failed to halt the Russian advance": it went on)
            and not _FAILED_TO.search(text, max(0, stopped.start() - 30), stopped.start())
        ):
            continue  # "held back the Russian advance": no ground was gained
        if _MAYBE_NP.search(text, max(0, m.start() - 40), m.start()) or _TO_COME_AFTER.match(
            text, m.end()
        ):
            continue  # "ready to repel any Israeli attack", "an incursion ... was imminent"
        if not m.group(0).lower().endswith(("ed", "wn")) and _ASKED_PLANNED_NP.search(
            text, max(0, m.start() - 160), m.start()
        ):
            # "the plan calls for ... and a gradual Israeli withdrawal", "opposes the
            # deployment of": a deed asked for, planned or opposed
            continue
        # "a barrage of rockets fired by Azerbaijani forces", "the strikes by Israel":
        # the doer named after "by" comes first
        by = _FIRED_BY.match(text, m.end())
        actor = _after_by(sent, by.end() - 3) if by else None
        if actor is None:
            actor = near[-1] if near else None
        if actor is None:
            # "Israel pressed ahead with plans for a ground offensive", "forces continued
            # the shelling of Stepanakert": the subject of the verb that carries it out
            light = _LIGHT_VERB_CB.search(text, max(0, m.start() - 70), m.start(), low)
            if light is not None and (
                ANSWERED_BEFORE.search(text, light.start(), m.start())
                or _ANOTHER_CLAUSE_BETWEEN.search(text, light.start(), m.start())
            ):
                # "conducted strikes in retaliation against the attack", "tensions have
                # intensified after a series of Indian strikes": the deed is not the
                # verb's object, nor its subject the doer
                light = None
            if light is not None and _NOT_BEFORE.search(
                text, max(0, light.start() - 30), light.start()
            ):
                continue  # "has not yet claimed responsibility for the attacks": no one's
            if light is not None and _NOT_YET_DONE.search(
                text, max(0, light.start() - 40), light.start()
            ):
                continue  # "warned that it would launch a barrage of missiles": to come
            actor = ctx.subject(sent, light.start(), reach=1) if light else None
            rel = (
                _RELATIVE_BEFORE.search(text, max(0, light.start() - 12), light.start())
                if light is not None
                else None
            )
            if rel is not None:
                # "backing the militants that carried out the attack": theirs, whoever
                # the sentence is about; "TTP fighters who launch strikes": the TTP's
                actor = next(
                    (
                        x
                        for x in sent.mentions
                        if x.actor and _ANTECEDENT_GAP.fullmatch(text, x.end, rel.start())
                    ),
                    None,
                )
        if action == "captured" and _people_taken(text, m.end()):
            continue  # "the capture of 12 soldiers": people taken, a casualty's, no place
        if (
            actor is None
            and action == "captured"
            and (told := _CAPTURE_TOLD.search(text, max(0, m.start() - 40), m.start()))
        ):
            # "Russia's Defence Ministry announced the capture of Radkivka": who claims
            # a capture is who took the place
            actor = ctx.subject(sent, told.start(), reach=1)
        if actor is None and (kill := _KILLED_IN.search(text, max(0, m.start() - 120), m.start())):
            # "Israeli forces killed six people in an air strike": the killers' deed
            actor = _killer(ctx, sent, kill.start())
        if actor is None or actor.actor is None or not _can_act(ctx, actor):
            continue
        if (
            action == "captured"
            and actor.is_person
            and _WHOSE_CAPTURE.fullmatch(text, actor.end, m.start())
            and not text.startswith(" of ", m.end())
        ):
            continue  # "information leading to Maduro's capture": he would be taken
        events.append(_event(ctx, sent, actor, action, m.end()))
    return events


# (rockets are artillery's too: "a barrage of rockets" stays shelling)
_OF_MISSILES = re.compile(
    r"\s+of\s+(?:[\w-]+\s+){0,4}?(?:missiles|drones|ballistic)\b", re.IGNORECASE
)
# A clause or time phrase between a verb and a deed's noun: "intensified after the strikes".
_ANOTHER_CLAUSE_BETWEEN = re.compile(
    r"\b(?:after|before|since|amid|following|despite|because|when|while|as)\b", re.IGNORECASE
)
_WHOSE_CAPTURE = re.compile(r"['’]s?\s+(?:eventual\s+|possible\s+|swift\s+)?")


# A place fallen to a side: "Avdiivka fell to Russian forces", "a city that fell on
# October 26 into the hands of the RSF".
_FELL_TO = re.compile(
    r"\b(?:fell|has\s+fallen|had\s+fallen)(?:\s+on\s+(?:[\w,]+\s+){1,3}?|\s+(?:last\s+)?\w+day\s+)?"
    r"\s*(?:to|into\s+the\s+hands\s+of|under\s+the\s+control\s+of)\s+(?:the\s+)?"
)
# A place come under a side's hold: "is now under Russian control", "came under RSF
# control" (not "remains under Russian control": held all along).
_NOW_UNDER = re.compile(
    r"\b(?:(?:is|was|are|were)\s+now|(?:has|have|had)\s+(?:now\s+)?(?:come|passed)|came"
    r"|passed)\s+(?:fully\s+|completely\s+)?under\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+)?",
    re.IGNORECASE,
)
_CONTROL_AFTER = re.compile(r"(?:\s+[\w-]+)?\s+control\b", re.IGNORECASE)
_DENIED_BEFORE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)"
    r"|false|rumou?rs?)\b[^.;]*$",
    re.IGNORECASE,
)
_PLACE_RIGHT_BEFORE = re.compile(
    rf"(?P<place>{PLACE_NAME})(?:\s*,\s*(?:a|the)\s+(?:[\w-]+\s+){{0,2}}?(?:city|town|village"
    r"|base|port)\s+(?:that|which)|\s*,?\s+(?:which|that))?\s+$"
)


def _fell_to(ctx: ArticleContext, sent: Sent) -> list[GroundEvent]:
    """Places fallen to a side: the side after "fell to", the place named before."""
    text = sent.text
    out: list[GroundEvent] = []
    for m in (*_FELL_TO.finditer(text), *_NOW_UNDER.finditer(text)):
        if _DENIED_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue  # "rejected assertions that El Fasher had fallen to the RSF"
        # (the side right after: not "the toll fell to 20, the RSF said")
        actor = next((x for x in sent.mentions if x.actor and x.start == m.end()), None)
        if actor is None or not _can_act(ctx, actor):
            continue
        if m.re is _NOW_UNDER and not _CONTROL_AFTER.match(text, actor.end):
            continue  # "is now under Russian fire": no one holds it
        event = _event(ctx, sent, actor, "captured", m.end())
        where = _PLACE_RIGHT_BEFORE.search(text, max(0, m.start() - 80), m.start())
        place = where.group("place") if where is not None and _a_place(sent, where) else None
        out.append(replace(event, place=place))
    return out


# A killing told with the deed's noun after it: "killed six people in an air strike".
_KILLED_IN = re.compile(
    r"\b(?:killed|kills|kill|killing|wounded|wounds|wounding|injured|injures|injuring)\s+"
    r"(?:(?!(?:by|in|after|when|as)\b)[^.;:])*?\bin\s+(?:an?|the|its|their|his|her|one|two"
    r"|three|several|separate|twin|new|fresh)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_IT_OR_THEY_BEFORE = re.compile(r"\b(?:it|they)\s+(?:(?:had|has|have)\s+)?$", re.IGNORECASE)


def _killer(ctx: ArticleContext, sent: Sent, pos: int) -> Mention | None:
    """Who kills with the verb at ``pos``: its subject right before it, a side or its
    armed men ("Russian forces killed"), or "it" or "they" for one; not a passive
    ("were killed in a strike": done to them)."""
    text = sent.text
    if PASSIVE_AUX.search(text, max(0, pos - 30), pos):
        return None
    if _IT_OR_THEY_BEFORE.search(text, max(0, pos - 12), pos):
        return ctx.subject(sent, pos, reach=1)
    for x in reversed(sent.mentions):
        if x.end <= pos:
            return x if x.actor and _FORCES_THEN.fullmatch(text, x.end, pos) else None
    return None


# Arms or armed men as what arrives, maybe with an apposition: "the USS Ford, the largest
# aircraft carrier, arrived", "US Marines have arrived".
_ARMS_ARRIVING = re.compile(
    r"\b(?:troops|forces|soldiers|marines|paratroopers|warships?|ships|vessels|carriers?"
    r"|destroyers?|frigates?|submarines?|jets|warplanes|bombers|fleet|strike\s+group"
    r"|reinforcements|battalions?|brigades?)(?:\s*,[^,;.]{0,60},)?\s+(?:have\s+|has\s+|had\s+)?$",
    re.IGNORECASE,
)
# Where a clash is one of words: at a meeting, a session, a body that sits.
_AT_A_FORUM = re.compile(
    r"(?:\s+with\s+[^.;,]{1,60}?)?(?:\s+(?:verbally|publicly|sharply|openly|again|repeatedly"
    r"|bitterly))?\s+(?:at|during|in)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?(?:meeting"
    r"|session|summit|talks|debate|council|assembly|conference|forum|hearing|briefing"
    r"|parliament|congress|senate|un|united\s+nations|negotiations)\b",
    re.IGNORECASE,
)
# Who clashes only in words: "Russian and Ukrainian diplomats clashed".
_TALKERS_BEFORE = re.compile(
    r"\b(?:diplomats|ministers|envoys|ambassadors|delegates|delegations|lawmakers|legislators"
    r"|negotiators|spokesm[ae]n|spokespeople)\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# What "attack" or "strike" names a kind of: "attack helicopters", "a strike group".
_A_CRAFT_AFTER = re.compile(
    r"\s+(?:helicopters?|gunboats?|boats?|craft|aircraft|jets?|submarines?|drones?|dogs?"
    r"|planes?|vessels?|groups?|forces?|capabilit(?:y|ies)|packages?|rifles?|squadrons?"
    r"|units?|teams?)\b",
    re.IGNORECASE,
)
# A deed's noun as what one is accused of: "accused the Thai military of bombing".
_ACCUSED_OF = re.compile(
    r"\b(?:accus\w*\s+[^.;]{0,60}?\bof|blam(?:e|es|ed|ing)\s+[^.;]{0,60}?\b(?:of|for)"
    # ... or denied: "denied claims of Hamas's withdrawal from Rafah"
    r"|den(?:y|ies|ied|ying)\s+(?:the\s+|any\s+)?(?:claims?|reports?|allegations?|rumou?rs?)"
    r"\s+(?:of|about))\s+"
    # ("accused of using air and artillery strikes"; not past "and": "accused Hamas of
    # violations and resumed air strikes")
    r"(?:(?!(?:and|but|then|before|after|as|while)\b|[a-z]+ed\b)[\w'’-]+\s+){0,2}"
    r"(?:(?:and|or)\s+)?(?:(?!(?:and|but|then|before|after|as|while)\b|[a-z]+ed\b)[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# An advance stopped is none made: "managed to hold back the Russian advance", "halted
# an RSF push" (an attack repelled was still made: that is kept).
_ADVANCE_STOPPED = re.compile(
    r"\b(?:h[oe]ld(?:s|ing)?\s+back|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|stall(?:s|ed|ing)?"
    r"|block(?:s|ed|ing)?|repel(?:s|led|ling)?|repuls(?:e|es|ed|ing)|thwart(?:s|ed|ing)?"
    r"|blunt(?:s|ed|ing)?|beat(?:s|ing)?\s+back|beaten\s+back|f[eo]nd(?:s|ed|ing)?\s+off"
    r"|slow(?:s|ed|ing)?(?:\s+down)?|check(?:s|ed|ing)?|contain(?:s|ed|ing)?|den(?:y|ied|ies)"
    r"|prevent(?:s|ed|ing)?)\s+(?:(?:the|a|an|any|its|their|his|her|further|[\w'’-]+['’]s)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A deed one side asks or orders another to carry out: "ordered the military to carry out
# immediate and powerful (strikes)", "urged the army to launch an (offensive)".
_ASKED_TO_CARRY_OUT = re.compile(
    rf"\b(?:{_ASKING})\b[^.;]{{0,50}}?\bto\s+[“\"‘]?(?:[a-z]+ly\s+)?(?:carry\s+out|launch"
    r"|conduct|mount|stage|step\s+up|intensify|resume)\s+[“\"‘]?(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_FAILED_TO = re.compile(
    r"\b(?:fail(?:s|ed|ing)?|unable|powerless|struggl(?:e|es|ed|ing)|tried|trying|tries"
    r"|attempt(?:s|ed|ing)?|sought|seek(?:s|ing)?)\s+to\s+$|\b(?:could|can|did|does|do)\s*(?:not|n['’]t)\s+$"
    r"|\bno\s+way\s+to\s+$",
    re.IGNORECASE,
)
# A deed's noun told as still to come: "a military incursion by India was imminent".
_TO_COME_AFTER = re.compile(
    r"(?:\s+by\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:was|is|are|were|seemed|seems)\s+"
    r"(?:now\s+|still\s+)?(?:imminent|expected|likely|possible|feared|looming|inevitable)\b",
    re.IGNORECASE,
)
# What one withdraws from or withdraws that is no force: a process, words, a candidacy.
_NO_TROOPS_OUT = re.compile(
    # out of a process: "pulled out of the talks", "withdrew from the grain deal"
    # (with no article too: "has withdrawn from peace talks in Luanda")
    r"\s+(?:out\s+)?(?:of|from)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:talks|process|deal|agreement|accord|treaty|negotiations|mediation|dialogue|race"
    r"|election|summit|coalition)\b"
    # or a thing said or offered taken back: "withdraw the statement", "its ambassador"
    r"|\s+(?:the|its|their|his|her|a)\s+(?:[\w-]+\s+)?(?:statement|remarks|comments|bill"
    r"|resolution|candidacy|nomination|recognition|ambassador|envoy|offer|proposal|invitation"
    r"|complaint|lawsuit|request)\b",
    re.IGNORECASE,
)
# What a thing is said to be: "would remain a purely Ukrainian ", "is a joint ".
_WHAT_IT_IS = re.compile(
    # (a quote may open before it: 'would remain "a pure Philippine operation"')
    r"\b(?:remains?|remained|be|is|was|are|were|becomes?|became)\s+[\"“‘']?(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A prefix a verb keeps its sense after: "re-took", "counter-attacked".
# ("newly-liberated villages": taken, lately)
# ("air-strikes": the weapon's word, the deed still told)
_PREFIX_BEFORE = re.compile(
    r"(?<![\w-])(?:re|counter|newly|air|drone|missile|rocket|mortar|artillery|tank|car"
    r"|truck|suicide)-$",
    re.IGNORECASE,
)
# Words said back, not a blow: "hit back in a post on X", "hit back at his critics".
_HIT_BACK_IN_WORDS = re.compile(
    r"\s+back\s+(?:in\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+)?(?:post|statement|speech"
    r"|interview|tweet|message|letter|video|address)|on\s+(?:X|Twitter|Telegram|Facebook|social)"
    r"|at\s+(?!(?:the\s+)?[A-Z])|against\s+(?:the\s+)?(?:criticism|claims|accusations|reports)"
    r"|,?\s*saying"
    # ("Marcos hit back on Thursday, saying ...", "hit back at critics")
    r"|(?:on|late|early)\s+\w+day\s*,\s*saying)",
    re.IGNORECASE,
)
# What a picture takes: "video footage capturing the blasts", "captured on camera".
_A_PICTURE_BEFORE = re.compile(
    r"\b(?:footage|videos?|images?|photos?|photographs?|pictures?|cameras?|clips?|recordings?"
    r"|lens|imagery)\s+(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_ON_CAMERA_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:on|in)\s+(?:camera|video|film|footage|tape|cctv)\b"
    # ("a drone captured images of tanks")
    r"|\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:images?|footage|videos?|pictures?|photos?"
    r"|photographs?|moment|scenes?|sounds?)\b",
    re.IGNORECASE,
)
# People taken, not a place: "captured Burkina Faso soldiers", "captured 12 fighters".
_PEOPLE_TAKEN = re.compile(
    r"\s+(?:(?:at\s+least|some|about|more\s+than|dozens\s+of|scores\s+of|\d[\d,]*|two|three|four"
    r"|five|six|seven|eight|nine|ten|several|many|the|their|its|enemy)\s+)*(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:soldiers|troops|fighters|militants|prisoners|civilians|servicemen|servicepeople|hostages"
    r"|people|men|officers|members|commanders?|rebels|insurgents|mercenaries|personnel|inmates"
    r"|suspects|leaders?)\b"
    # goods, not ground: "seized 22 tons of drugs", "captured weapons and ammunition"
    r"|\s+(?:(?:at\s+least|some|about|more\s+than|over|nearly|\d[\d,.]*|large\s+quantities\s+of"
    r"|a\s+large\s+quantity\s+of)\s+)*(?:tons?\s+of|tonnes?\s+of|kilograms?\s+of|kg\s+of"
    r"|kilos?\s+of|drugs|weapons|arms|ammunition|cash|money|explosives|cocaine"
    # ("seized armoured vehicles, trucks and tanks during fighting in the town of X": the
    # spoils, not the town)
    r"|(?:armou?red\s+|military\s+)?(?:vehicles|trucks|tanks|equipment)"
    # ("the military seized power in a coup": the state, no place on the ground)
    r"|power)\b"
    # (but a place named by them: "seized power plants", "equipment depots")
    r"(?!\s+(?:plants?|stations?|lines?|grids?|depots?|factor(?:y|ies)|stores?|warehouses?"
    r"|bases?|yards?|facilit(?:y|ies)))",
    re.IGNORECASE,
)


def _people_taken(text: str, end: int) -> bool:
    """Whether people (or goods) are what was taken, right after the word of taking or
    after its "of": "captured 12 fighters", "the capture of 12 soldiers"."""
    if text.startswith(" of", end):
        end += 3
    return _PEOPLE_TAKEN.match(text, end) is not None


# The target of a deed as the subject: "came under attack", "was under fire".
_CAME_UNDER = re.compile(
    r"\b(?:came|come|comes|coming|was|were|is|are|been|being)\s+under\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A word each of _SPEECH_NEAR's verbs holds: without one, no need to look.
_SPEECH_STEMS = ("accuse", "blam", "threaten", "warned", "vowed", "denie", "deny")


def _speech_near(text: str, start: int) -> bool:
    """Whether a verb of threat or denial stands just before ``start`` (_SPEECH_NEAR)."""
    window = text[max(0, start - 90) : start]
    if not any(stem in window for stem in _SPEECH_STEMS):
        return False
    return _SPEECH_NEAR.search(text, max(0, start - 90), start) is not None


# A lower-case word after a participle that is no preposition or adverb of a move: the
# participle qualifies it ("advancing nuclear programme", not "advancing on Bakhmut").
_AS_ADJECTIVE_AFTER = re.compile(
    r"\s+(?!(?:on|onto|into|in|inside|within|past|around|beyond|over|up|down|against|towards?"
    r"|through|near|along|across|from|to|at|deeper|further|despite|again|fast"
    r"|farther|south|north|east|west|and|or|but|[a-z]+ly|[a-z]+wards?)\b)[a-z]{3,}\b"
)
# What stands before a participle used as an adjective: "Tehran's rapidly advancing".
_ADJECTIVE_SLOT_BEFORE = re.compile(
    r"(?:['’]s|\b(?:the|a|an|its|their|his|her)|\b[a-z]+ly)\s+$", re.IGNORECASE
)


# A relative pronoun right before a verb: its subject is the noun before it.
_RELATIVE_BEFORE = re.compile(r"\b(?:that|who|which)\s+(?:had\s+|have\s+|has\s+)?$")
# ... a side's name, or its armed men: "TTP fighters who launch strikes".
_ANTECEDENT_GAP = re.compile(rf"(?:['’]s)?(?:\s+(?:{_ARMED_MEN}))?\s*,?\s*")
# A thing of words or ties, not of ground, after "advance" or "reinforce": "advancing
# discussions", "reinforced the peaceful nature of the region".
_ABSTRACT_OBJECT = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+|a\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:discussions?"
    r"|talks|dialogue|ties|relations|cooperation|interests?|agenda|peace|process|efforts?"
    r"|nature|goals?|plans?|proposals?|cause|rights|position|message|commitment|partnership"
    r"|understanding|trade|negotiations|diplomacy|reforms?|vision|narrative)\b",
    re.IGNORECASE,
)
# Whose, right before a noun (and a word of its own): "Israel's ", "weekend's suicide ".
_WHOSE_BEFORE = re.compile(rf"[\w)]['’]s\s+(?:(?!(?:{_ARMED_MEN}|air|men)\b)[a-z-]+\s+)?$")
# A word of degree before a participle, which makes it an adjective: "more targeted".
_DEGREE_BEFORE = re.compile(r"\b(?:more|most|less|least|highly|better)\s+[\"“‘']?$", re.IGNORECASE)
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?[A-Z]")
_THE_BEFORE_NAME = re.compile(r"\b(?:the|its|their|recent|latest)\s+$", re.IGNORECASE)
_ARMS_WORDS_GAP = re.compile(
    r"[\s-]*(?:(?:military|army|air|naval|drone|missile|artillery|rocket|aerial)[\s-]+)*",
    re.IGNORECASE,
)


def _a_move(sent: Sent, start: int, end: int) -> bool:
    """Whether the verb at ``text[start:end]`` tells a move on the ground."""
    text = sent.text
    word = " ".join(text[start:end].lower().split())
    if (
        word in _NOUN_FORMS
        and (
            _AS_NOUN_CB.found(text, max(0, start - 40), start, sent.folded)
            or _AS_NOUN_AFTER_A_WORD.search(text, max(0, start - 40), start)
            # "the Ganja attack": a place's name between, no side's
            or (
                word in ("attack", "strike", "bombing", "shelling", "raid")
                and (named := _AS_NOUN_AFTER_A_NAME.search(text, max(0, start - 40), start))
                is not None
                and not any(x.actor and named.start() <= x.start < start for x in sent.mentions)
            )
            # "Israeli strikes", "Hezbollah strikes had killed": a side's strikes, a noun
            # (and a state's after "the": "condemned the US strikes on Iran")
            or any(
                (
                    x.kind in ("demonym", "modifier", "group")
                    or _THE_BEFORE_NAME.search(text, max(0, x.start - 8), x.start)
                    # "raising alarms over U.S. attacks": a preposition's object
                    or PREPOSITION_BEFORE.search(text, max(0, x.start - 12), x.start)
                    # "U.S. military strikes": a state, an arm's word, then the noun
                    or (x.kind in ("country", "capital") and text[x.end : start].strip(" -"))
                )
                and x.end <= start
                # ("U.S. military strikes": the arm's word between is the noun's too)
                and _ARMS_WORDS_GAP.fullmatch(text, x.end, start) is not None
                for x in sent.mentions
            )
        )
    ):
        return False
    if word in _NOUN_FORMS and word.endswith("s") and _BY_AGENT.match(text, end):
        return False  # "attacks by Hamas": a noun, its doer after "by"
    if word in _NOUN_FORMS and _WHOSE_BEFORE.search(text, max(0, start - 30), start):
        # "condemned Israel's strikes on Rafah", "weekend's suicide bombing": whose, a noun
        return False
    if word in _PLURAL_LIKE and (prev := _WORD_BEFORE.search(text, max(0, start - 30), start)):
        w = prev.group(1)
        if w.islower() and w not in _BEFORE_A_VERB and not w.endswith("ly"):
            return False  # "of indiscriminate attacks", "refrained from additional attacks"
    if (
        word in ("advancing", "advanced")
        and _ADJECTIVE_SLOT_BEFORE.search(text, max(0, start - 20), start)
        and _AS_ADJECTIVE_AFTER.match(text, end)
    ):
        # "Tehran's rapidly advancing nuclear programme", "the group's advanced offensive
        # capabilities": a thing that grows, or a kind of thing
        return False
    if (
        word.endswith("ed")
        and _DEGREE_BEFORE.search(text, max(0, start - 16), start)
        and _AS_ADJECTIVE_AFTER.match(text, end)
    ):
        return False  # "demanded more targeted measures": a kind of thing, no deed
    if word in ("advanced", "advance", "advancing", "reinforced") and _ABSTRACT_OBJECT.match(
        text, end
    ):
        return False  # "for advancing discussions", "reinforced the peaceful nature": no move
    if word == "advance" and re.search(
        r"\bin\s+$", text[max(0, start - 4) : start]
    ):  # "in advance"
        return False
    if word in ("besieged", "encircled") and _ADJECTIVE_SLOT.search(
        text, max(0, start - 12), start
    ):
        return False  # "airstrikes on besieged eastern Aleppo": a state, not a move
    head = word.split()[-1] if word.startswith(("had ", "has ", "have ")) else word
    need = _NEEDS_PLACE.get(head)
    if need is not None and not need.match(text, end):
        return False
    if word == "struck" and (
        _STRUCK_A_DEAL.match(text, end) or _DEAL_BEFORE.search(text, max(0, start - 60), start)
    ):
        return False
    if word == "intervened" and _BY_WORDS_AFTER.match(text, end):
        return False  # "Qatar intervened and persuaded Iran to agree": a go-between's deed
    return True


# What one intervenes with when it is words: "intervened and persuaded", "intervened
# diplomatically", "intervened to broker a truce", "intervened with Tehran".
_BY_WORDS_AFTER = re.compile(
    r"\s+(?:(?:personally|directly|swiftly|quickly)\s+)?(?:diplomatically|politically"
    r"|with\s+(?:the\s+)?(?-i:[A-Z])|(?:and|to)\s+(?:(?:help|successfully)\s+)?(?:persuad|convinc|broker"
    r"|mediat|negotiat|secur|urg|press|call|ask|talk|speak|calm|defuse|de-escalat))",
    re.IGNORECASE,
)


def _can_act(ctx: ArticleContext, actor: Mention) -> bool:
    """Sides and states act on the ground; a monitor or an aid agency does not."""
    return actor.actor in ctx.lexicon.actor_ids or actor.kind not in ("org", "institution")


# Armed people or arms after a side's name: "government troops", "Russian jets".
_FORCES_THEN = re.compile(rf"(?:\s+(?:{_ARMED_MEN}))?\s+", re.IGNORECASE)


# Things that are struck, not strikers: "all military equipment destroyed in the camp".
_THING_BEFORE = re.compile(
    r"\b(?:equipment|vehicles|homes|houses|buildings|hideouts|positions|facilities"
    r"|infrastructure|property|properties|bases|depots|warehouses|bridges|hospitals|schools"
    r"|mosques|churches|villages|towns|neighbou?rhoods|areas|sites|targets|strongholds"
    r"|headquarters|camps|tunnels|launchers|weapons|ammunition|arsenals?)\s+"
    r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)?(?:[a-z]+ly\s+|also\s+)?$",
    re.IGNORECASE,
)
_NO_OBJECT = re.compile(r"\s*(?:[,.;]|$|(?:in|at|on|during|near|across|over|and)\b)")


# Verbs whose passive subject had it done to it ("positions were shelled", "had been
# effectively destroyed"); a side's own troops "were deployed" or "withdrawn" by it.
_DONE_TO = re.compile(
    r"(?:hit|struck|attacked|targeted|shelled|bombed|bombarded|pounded|destroyed|captured"
    r"|seized|overrun|taken|retaken|recaptured|stormed|besieged|encircled|ambushed|assaulted"
    r"|flattened|razed|demolished|liberated|fired\s+(?:on|upon|at)|rammed|sideswiped)$",
    re.IGNORECASE,
)


# A clause whose subject is a thing, not a side: "a missile targeted an apartment block",
# "an explosion destroyed the depot" (not "the army shelled", the speaker's own forces).
_THING_SUBJECT = re.compile(
    r"\s*(?:that\s+)?(?:the|a|an)\s+(?!(?:army|military|forces?|troops|navy|air\s+force"
    r"|militia|militias|police|government|regime|rebels|militants|fighters|insurgents"
    r"|soldiers|jets|warplanes|artillery)\b)(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:missile|rocket|drone|shell|bomb|explosion|blast|strike|airstrike|projectile|mortar"
    r"|grenade|mine|fire|attack)s?\s+(?:[a-z]+ly\s+)?(?:(?:has|have|had)\s+)?$",
    re.IGNORECASE,
)
# A craft whose side is not named: "a military jet bombed", "an unidentified aircraft"
# (a state that tells of one tells of its own: "Israel said a fighter jet struck").
_CRAFT_SUBJECT = re.compile(
    r"\s*(?:that\s+)?(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?(?:jet|warplane|aircraft|plane"
    r"|helicopter|gunship)s?\s+(?:[a-z]+ly\s+)?(?:(?:has|have|had)\s+)?$",
    re.IGNORECASE,
)


_FORCE_WORD = re.compile(
    rf"\b(?:{alternation(ARMED_WORDS)}|navy|defen[cs]e|IDF|command)\b", re.IGNORECASE
)


def _a_craft_does_it(ctx: ArticleContext, sent: Sent, pos: int, teller: Mention) -> bool:
    """Whether the clause of the verb at ``pos`` has a craft of no named side as its
    subject, told by one that is no state: "Hamas said a jet bombed the school"."""
    if ctx.lexicon.is_state(teller.actor):
        return False
    lo = _clause_start(sent, pos)
    return not any(lo <= x.start < pos and x.actor for x in sent.mentions) and bool(
        _CRAFT_SUBJECT.fullmatch(sent.text, lo, pos)
    )


def _a_thing_does_it(sent: Sent, pos: int) -> bool:
    """Whether the clause of the verb at ``pos`` has a weapon or a blast as its subject,
    naming no side: then no one named before did it ("Azerbaijan said on Sunday that a
    missile targeted an apartment building in Ganja"); or "it" after a deed, in a
    sentence led by a person ("Sisi condemned the attack, saying it targeted civilians")."""
    lo = _clause_start(sent, pos)
    if any(lo <= x.start < pos and x.actor for x in sent.mentions):
        return False
    if _THING_SUBJECT.fullmatch(sent.text, lo, pos) is not None:
        return True
    it = _IT_SUBJECT.search(sent.text, lo, pos)
    if it is None:
        return False
    # (no side named before it, which "it" may be: "Russia said it had demolished")
    return _DEED_BEFORE.search(sent.text, 0, it.start()) is not None and not any(
        x.start < it.start() and x.actor and not x.is_person for x in sent.mentions
    )


def _told_from(sent: Sent, pos: int) -> int | None:
    """Where the words told start, in the clause of the verb at ``pos``, when a verb
    of telling (and whom it was told to) comes before it with no "that"."""
    breaks = [b for b, _tok in sent.breaks if b <= pos]
    ends = [m.end() for m in _TOLD_THEN.finditer(sent.text, breaks[-1] if breaks else 0, pos)]
    return ends[-1] if ends else None


def _clause_start(sent: Sent, pos: int) -> int:
    """Where the clause of the verb at ``pos`` starts: its last break, or past a verb of
    telling with no "that" ("X told AFP a jet bombed": the words told)."""
    breaks = [b for b, _tok in sent.breaks if b <= pos]
    return max(breaks[-1] if breaks else 0, _told_from(sent, pos) or 0)


# The words told up to their subject, and from it to its verb: "a military jet bombed"
# (not "the Hamas compound its aircraft struck": Hamas names the compound).
_TOLD_SUBJECT = re.compile(r"\s*(?:that\s+)?(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}")
_SUBJECT_TO_VERB = re.compile(
    r"(?:\s+(?!(?:its|their|his|her)\b)[a-z][\w-]*){0,2}\s+(?:[a-z]+ly\s+)?(?:(?:has|have|had)\s+)?"
)
# A verb of telling and whom it was told to, before the words told.
_TOLD_THEN = re.compile(
    r"\b(?:said|says|told\s+(?:the\s+)?(?:[A-Z][\w.&-]*(?:\s+news\s+agency)?|reporters"
    r"|journalists|[a-z]+\s+media|the\s+press))(?=\s+(?:that\s+)?(?:the|a|an)\s)",
)
# "it" as a clause's subject, right before its verb.
_IT_SUBJECT = re.compile(r"\bit\s+(?:[a-z]+ly\s+|(?:has|had)\s+)?$", re.IGNORECASE)
_DEED_BEFORE = re.compile(rf"\b(?:{DEED_NOUNS}|bombing|blast|explosion)\b", re.IGNORECASE)


def _reduced_passive(sent: Sent, start: int, end: int) -> bool:
    """'equipment destroyed in the camp', 'homes flattened in the raid': a thing, then a
    participle with no object; the thing had it done to it, by no one named here."""
    text = sent.text
    return (
        text[start:end].lower().endswith("ed")
        and _THING_BEFORE.search(text, max(0, start - 30), start) is not None
        and _NO_OBJECT.match(text, end) is not None
    )


_ENDS_HERE = re.compile(r"\s*(?:[,.;]|$|(?:and|or)\b)")


def _doer_before(sent: Sent, start: int, end: int) -> Mention | None:
    """Who does a participle that follows them: "against government troops advancing
    on the district" (the troops advance, not the sentence's subject)."""
    text = sent.text
    if not text[start:end].lower().endswith("ing") or _ENDS_HERE.match(text, end):
        return None  # "applied to coalition targeting and ...": a noun
    for x in reversed(sent.mentions):
        if x.end <= start and x.actor:
            forces = _FORCES_THEN.fullmatch(text, x.end, start)
            if forces is None or (not forces.group(0).strip() and x.kind in STATE_KINDS):
                return None  # "its ally Damascus targeting", "in Iraq seizing": a place
            return x
    return None


def _after_by(sent: Sent, pos: int) -> Mention | None:
    """The doer named right after "by" at ``pos``: not a name past a preposition that
    follows the agent ("an assault by gangs on Port-au-Prince's Petionville")."""
    for x in sent.mentions:
        if x.start >= pos and x.actor and x.start - pos < 30:
            if _PAST_THE_AGENT.match(sent.text, pos, x.start):
                return None
            return x
    return None


# An agent of common words, then a preposition: "by gangs on", "by terrorist groups on".
_PAST_THE_AGENT = re.compile(
    r"\s*(?:[a-z][\w-]*\s+){1,3}?(?:on|in|at|near|against|into|across)\s", re.IGNORECASE
)


def _event(
    ctx: ArticleContext,
    sent: Sent,
    actor: Mention,
    action: str,
    pos: int,
    direct: bool | None = None,
) -> GroundEvent:
    return GroundEvent(
        actor=actor.actor or "unknown",
        action=action,
        evidence=ctx.evidence(sent),
        place=_place(sent, pos, direct),
        # its own clause's date, else the nearest day named in the sentence (not the
        # main clause's day for a deed told as what came before: "fired on Monday, just
        # days after the US launched strikes")
        date=ctx.date_of(sent, pos, pos)
        or (
            None
            if _in_a_time_clause(sent.text, pos)
            else ctx.date_near(sent, pos, future=False, said=False)
        ),
    )


def _in_a_time_clause(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a clause that follows the main one and is a span of
    days or more away from it: "days after", "two weeks before"."""
    opener = next(reversed(list(_TIME_CLAUSE.finditer(text, 0, pos))), None)
    return (
        opener is not None
        and len(text[: opener.start()].split()) > 4
        and "," not in text[opener.end() : pos]
    )


# (a span away only: "killed on Sunday after rebel shelling" is likely that day's)
_TIME_CLAUSE = re.compile(
    r"\s(?:days|weeks|months|years|a\s+(?:day|week|month|year)|the\s+day|\w+\s+(?:days|weeks"
    r"|months|years))\s+(?:after|before)\s",
    re.IGNORECASE,
)


_POSSESSIVE_END = re.compile(r"['’]s$")


def _place(sent: Sent, pos: int, direct: bool | None = None) -> str | None:
    """The place named after ``pos``: after a preposition ("in Goma", "the town of
    Brask"), or as the object of a verb that takes one (``direct`` not None:
    "captured Goma"; when ``direct`` is True, only a country or a capital)."""
    if (
        direct is not None
        and (obj := _OBJECT_PLACE.match(sent.text, pos))
        and _a_place(sent, obj)
        and not _A_PERSON_AFTER.match(sent.text, obj.end())
    ):
        if not direct or any(
            x.start == obj.start("place") and x.kind in ("country", "capital")
            for x in sent.mentions
        ):
            return _POSSESSIVE_END.sub("", obj.group("place"))
    found = [*_PLACE.finditer(sent.text, pos), *_PLACE_OF.finditer(sent.text, pos)]
    for m in sorted(found, key=lambda m: m.start()):
        if m.start() - pos > 80 or _OWN_CLAUSE_BETWEEN.search(sent.text, pos, m.start()):
            break  # (not "struck the boat after it had left Venezuela": the other clause's)
        if _OFF_A_COAST.search(sent.text, max(0, m.start("place") - 30), m.start("place")):
            continue  # "a boat off the coast of Venezuela": at sea, not in the country
        if m.group(0).lower().startswith("from") and _LAUNCHED_BEFORE.search(
            sent.text, max(0, m.start() - 50), m.start()
        ):
            continue  # "launched a missile from Yemen that struck ...": whence, not where
        if _a_place(sent, m):
            return _POSSESSIVE_END.sub("", m.group("place"))
    return None


# What a state owns abroad, after its name: "US military bases", "Turkish troops".
_A_STATES_OWN_AFTER = re.compile(
    r"(?:\s+[a-z-]+){0,2}\s+(?:bases?|installations?|facilit(?:y|ies)|embassy|embassies"
    r"|consulates?|troops|forces|soldiers|positions|outposts?|warships?|ships|vessels|aircraft"
    r"|jets|interests|personnel|assets|targets|convoys?|patrols?)\b"
)
# A clause of its own after the deed: "after it had departed from".
_OWN_CLAUSE_BETWEEN = re.compile(
    # (not "while" or "as": "targeted a team as they were working in Douma" was there)
    r"\b(?:after|before|since|because)\s+(?:it|they|he|she|we)\b",
    re.IGNORECASE,
)
# A word that names a place only with another: "Southern (Lebanon)", "New (York)".
_NO_NAME_ALONE = frozenset(
    "Southern Northern Eastern Western Central Arab New Upper Lower Greater Old".split()
    # ("the State of Israel", "the Republic of Armenia": the name follows "of")
    + ["State", "Republic", "Kingdom", "Sultanate", "Islamic Republic", "Democratic Republic"]
    + ["Federal Republic", "People's Republic"]
)
# A launch, before the place it came from: "launched a missile from Yemen".
_LAUNCHED_BEFORE = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|fir(?:ed|es|ing)|sent|shot)\b[^.;,]{0,40}$", re.IGNORECASE
)
_A_FAMILY_AFTER = re.compile(r"\s+(?:family|families|clan|tribe|household)\b", re.IGNORECASE)
# A name given, capitalised up to the place's word: "dubbed Annunciation of (Victory)",
# "codenamed Operation Iron (Wall)".
_A_NAME_GIVEN = re.compile(
    r"\b(?:dubbed|codenamed|code-named|named|called|titled|christened)\s+[\"“‘']?"
    r"(?:(?:[A-Z][\w'’-]*|of|the|and)\s+){1,5}$"
)
_OFF_A_COAST = re.compile(
    r"\boff\s+(?:the\s+)?(?:[\w-]+\s+)?(?:coasts?|shores?)\s+of\s+(?:the\s+)?$|\boff\s+$",
    re.IGNORECASE,
)


def _a_place(sent: Sent, m: re.Match[str]) -> bool:
    """Whether the name in ``m`` names a place: no month or title, no person or side."""
    if NOT_PLACE_START.match(m.group("place")):
        return False
    start, end = m.start("place"), m.end("place")
    if a_peoples_word(sent.text, m.group("place"), end):
        return False  # "strikes on Kurdish militants": a people's word, no place
    if WATERS_OF.search(sent.text, max(0, start - 16), start):
        return False  # "in the Gulf of Aden": a sea, not the city
    if _A_NAME_GIVEN.search(sent.text, max(0, start - 60), start):
        return False  # "the operation, dubbed Annunciation of Victory": a name's word
    if _A_FAMILY_AFTER.match(sent.text, end):
        return False  # "the home of the Abdul Aal family": whose, not where
    if m.group("place") in _NO_NAME_ALONE or m.group("place").startswith("United Nations"):
        return False  # "in the Southern and Southwestern parts", "at the United Nations"
    if m.group("place") in OUTLET_WORDS and any(
        a <= start < b for a, b in (o.span() for o in OUTLET_OF_WORDS.finditer(sent.text))
    ):
        return False  # "Voice of America": an outlet's name
    if any(
        x.start == start and x.kind == "modifier" and DEMONYM_END.search(x.text)
        for x in sent.mentions
    ):
        return False  # "of Russian territory": whose, not where
    if _A_STATES_OWN_AFTER.match(sent.text, end) and any(
        x.start == start and x.kind == "country" for x in sent.mentions
    ):
        return False  # "at US military installations in Qatar": whose, not where
    return not any(
        x.start <= start < x.end and x.kind in ("person", "demonym", "group") for x in sent.mentions
    ) and not any(  # "attacks on Iran-backed Hezbollah": a side, not a place
        x.start < end and start < x.end and x.kind in ("person", "group") for x in sent.mentions
    )
