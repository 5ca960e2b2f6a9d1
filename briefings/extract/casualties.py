"""Casualty figures: a quantity tied to a casualty word, with the victims' side.

Three shapes cover most reporting:

- figure, victims, verb:  "30-35 Syrians were neutralized", "six soldiers died"
- verb, figure, victims:  "killed 13 Turkish soldiers", "killing at least 22"
- figure + casualty noun: "12 dead", "a death toll of 40", "120 refugees"

The party is the victims' side, read from the noun phrase of the figure
("13 Turkish soldiers" -> Turkey), never the attacker; civilians by their
nouns. Equipment ("destroying two armored transports") is not a casualty,
because its noun is not a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefings.extract.attribution import (
    PASSIVE_AUX,
    claimant_at,
    claimant_name,
    estimator,
    speech_acts,
)
from briefings.extract.context import ArticleContext, Sent, inside_quote
from briefings.extract.statements import quotes_of
from briefings.models import CIVILIANS, UNKNOWN, Casualty
from briefings.nlp.folding import CaseBlind, may_hold
from briefings.nlp.numbers import NUMBER_WORD, Quantity, find_quantities, parse_number
from briefings.nlp.vocabulary import (
    DEED_NOUNS,
    REPORTING,
    WEEKDAY_NAMES,
    alternation,
    by_first_letter,
    top_level_alternatives,
)
from briefings.nlp.world import SOLDIER_RANKS, countries

_KIND_WORDS: list[tuple[str, str]] = [
    (
        "killed",
        r"killed|kills|kill|killing|dead|died|die|dies|dying|deaths|death\s+toll"
        # (not the chant "Death to Israel")
        r"|death(?!\s+to\s+\w)|toll"
        r"|beheaded|beheads|behead|beheading|crucified|crucifies|slaughtered|slaughtering"
        r"|shot\s+dead|gunned\s+down|executes|execute|executing"
        r"|lost\s+their\s+lives|lost\s+his\s+life|lost\s+her\s+life|perished|neutrali[sz]ed"
        r"|neutrali[sz]ing|eliminated|eliminating|liquidated|slain|massacred|executed|bodies"
        r"|murdered|murdering|murders?\s+of|killings\s+of|slaughter\s+of|massacre\s+of"
        r"|executions?\s+of|martyrdom\s+of|elimination\s+of|liquidation\s+of"
        r"|fatalities|martyred|martyrs|lives|fell\s+in\s+(?:combat|battle|action)"
        # "five soldiers embraced martyrdom", "paid the ultimate sacrifice"
        r"|(?:embraced|attained|achieved)\s+martyrdom"
        r"|(?:paid|made)\s+the\s+ultimate\s+(?:sacrifice|price)|laid\s+down\s+their\s+lives"
        r"|(?:claimed|took|cost)\s+the\s+life\s+of"
        # a military's idiom: "five terrorists were sent to hell"
        r"|sent\s+to\s+hell|(?<=\s)to\s+hell",
    ),
    (
        "wounded",
        r"wounded|wounding|injured|injuring|injuries|injury\s+of|hurt|casualties"
        # "50 civilians suffered wounds", "sustained injuries"
        r"|(?:suffered|sustained|suffering|sustaining)\s+(?:[\w-]+\s+){0,3}?(?:wounds|injuries)"
        # "six soldiers were shot" (not "shot dead", "shot at": killed, or missed)
        r"|(?<=\s)shot(?=\s+(?:this|last|on|in|during|near|by|while|when|after|and\s+(?:wounded"
        r"|injured))\b|\s*[,.;])(?![^.;]{0,50}\b(?:died|fatally|dead|killed)\b)",
    ),
    ("missing", r"missing|unaccounted\s+for|disappeared"),
    (
        "captured",
        r"captured|capturing|taken\s+prisoner|taken\s+captive|prisoners?|captives?"
        r"|detained|detaining|abducted|abducting|kidnapped|kidnapping|hostages|arrested"
        r"|in\s+captivity|held\s+captive|in\s+custody|capture\s+of"
        # "took 40 passengers hostage", "were taken hostage" (not "a hostage deal")
        r"|hostage(?=\s*[,.;]|\s+(?:on|in|at|during|after|by|and|since|last|overnight)\b)",
    ),
    (
        "displaced",
        r"displaced|displacing|fled|fleeing|flee|refugees|evacuated|relocated|relocating|homeless"
        r"|uprooted|forced\s+from\s+their\s+homes|driven\s+from\s+their\s+homes"
        r"|left\s+their\s+homes|leave\s+their\s+homes|(?:from|out\s+of)\s+their\s+homes"
        r"|(?:found|sought|taken|took|seeking|find)\s+refuge|displacement\s+of",
    ),
]
_KIND_RE = re.compile(
    r"\b(?:"
    + "|".join(rf"(?P<{k}>{by_first_letter(top_level_alternatives(v))})" for k, v in _KIND_WORDS)
    + r")\b",
    re.IGNORECASE,
)
# Nouns for people, by what they say of the victims' side.
_CIVILIAN_NOUNS = (
    r"civilians?|residents?|villagers?|children|child|kids|women|woman|girls?|boys?|babies|baby"
    r"|infants?|family\s+members|students?|worshippers|patients?|doctors?|nurses?"
    r"|medics?|journalists?|reporters?|workers?|farmers?|pilgrims?|protesters?|demonstrators?"
    r"|passengers?|refugees?|migrants?|inhabitants?|non-combatants|hostages?|teachers?"
    r"|aid\s+workers?|security\s+guards?|guards?|(?-i:rangers?)|wardens?|shepherds?|fishermen|fisherman"
    r"|worshipers"
    r"|pupils?|schoolchildren|drivers?|paramedics?|rescuers?|firefighters?|photographers?"
    r"|cameram[ae]n|relatives|employees?|staff\s+members?|citizens|locals|men|man"
    r"|brothers?|sisters?|siblings|sons?|daughters?|cousins?|seafarers?|mariners?|settlers?"
    r"|mothers?|fathers?|grandmothers?|grandfathers?|parents|wives|wife|husbands?"
    r"|tourists?|visitors?|holidaymakers|guests|mourners|shoppers|commuters|spectators"
    r"|churchgoers|congregants|bystanders|pedestrians|motorists|travell?ers|traders|vendors"
    r"|herders|labou?rers|miners|cricketers?|footballers?|players|athletes?|fans|countrymen"
    r"|compatriots|elders|monks?|priests?|clerics?|imams?|nuns?|minors|teenagers?|toddlers?"
    r"|adolescents|pensioners|caregivers?|carers?|lawyers?|activists?|engineers?"
)
# The words of an armed service: "army", "navy" ("four army personnel").
_SERVICE = r"(?:army|military|security|naval|navy|air\s+force)"
_COMBATANT_NOUNS = (
    # a service's word and its people, one noun: "four army personnel" (before "army")
    rf"{_SERVICE}\s+(?:personnel|officers?|servicemen)"
    r"|soldiers?|troops|servicemen|serviceman|servicepeople|servicewomen|service\s+members"
    r"|personnel|officers?|fighters?"
    r"|militants?|rebels?|insurgents?|militiamen|gunmen|jihadists?|terrorists?|policem[ae]n"
    r"|policewom[ae]n|cops?|police\s+officers?|police|recruits?|commanders?|marines?|paratroopers?|pilots?|sailors?"
    r"|conscripts?|mercenaries|combatants?|attackers?|militia|cadets?|nationalists?"
    r"|prisoners\s+of\s+war|POWs|members|army|forces|guardsmen|volunteers|snipers?"
    r"|extremists?|islamists?|separatists?|guerrillas?|paramilitaries|assailants?|jihadis"
    r"|peacekeepers?|gendarmes?|auxiliaries|secessionists?|bandits?"
    r"|border\s+guards?|coast\s+guards?|"
    # ranks that name who holds them: "two sergeants"
    + "|".join(f"{r}s?" for r in sorted(SOLDIER_RANKS))
    # (armed crime: "28 gang members", "12 suspected kidnappers", "nine armed men")
    + r"|gang\s+members?|gang\s+leaders?|gangsters?|cartel\s+members?|criminals?|kidnappers?"
    r"|traffickers?|smugglers?|pirates?|armed\s+(?:men|individuals|persons)"
)
_GENERIC_NOUNS = (
    r"people|persons?|individuals?|victims?|bodies|others|detainees|prisoners|inmates|scouts?"
    r"|crew\s+members"
    # ("three senior Hamas figures were killed")
    r"|(?<=key\s)figures|(?<=senior\s)figures|(?<=top\s)figures|(?<=leading\s)figures"
    r"|(?<=prominent\s)figures|(?<=[a-z]\s)figures(?=\s+(?:were|was|are|have|had|among)\b)"
    r"|nationals|youths"
    r"|crewmen|crew"
)
_KIND_NOUNS = (
    r"dead|wounded|injured|killed|deaths|fatalities|casualties|missing|injuries"
    # (the dead as a side names its own: "the bodies of 27 martyrs")
    r"|martyrs|bodies"
    # (not who they are: "killed 12 displaced people" were killed)
    r"|displaced(?!\s+(?:people|persons|civilians|residents|women|children|men|individuals"
    r"|villagers)\b)"
)
# Grouped by first letter: the same alternations, scanned faster (see by_first_letter).
_CIVILIAN_NOUNS, _COMBATANT_NOUNS, _GENERIC_NOUNS, _KIND_NOUNS = (
    by_first_letter(top_level_alternatives(nouns))
    for nouns in (_CIVILIAN_NOUNS, _COMBATANT_NOUNS, _GENERIC_NOUNS, _KIND_NOUNS)
)
_CIVILIAN = re.compile(rf"^(?:{_CIVILIAN_NOUNS})$", re.IGNORECASE)
# ("26 innocent people", "unarmed men": no fighters)
_CIVILIAN_WORD = re.compile(r"\b(?:civilian|innocent|unarmed|non-?combatant)", re.IGNORECASE)
_DISPLACED_WORD = re.compile(r"\bdisplaced\b", re.IGNORECASE)

_COMBATANT = re.compile(rf"\b(?:{_COMBATANT_NOUNS})\b", re.IGNORECASE)
# A side's name followed by its fighters' noun: "Egyptian troops", "Hamas's fighters".
_COMBATANT_AFTER = re.compile(rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{_COMBATANT_NOUNS})\b", re.IGNORECASE)
# A part of those told before: "some of them", "two of them".
_OF_THEM = re.compile(r"\bof\s+them\b", re.IGNORECASE)
# What a side calls its own dead; "terrorists", "militants", "nationalists" are the enemy's.
# A state's men by their noun (an insurgency has fighters, not gendarmes), and its police.
_STATE_NOUNS = (
    r"soldiers?|troops|servicemen|serviceman|service\s+members|marines?|paratroopers?"
    r"|pilots?|sailors?|conscripts?|cadets?|guardsmen|gendarmes?|border\s+guards?|coast\s+guards?"
)
_POLICE_NOUNS = r"policem[ae]n|policewom[ae]n|cops?|police\s+officers?|police|officers?"
_STATE_OR_PEACE_NOUN = re.compile(
    rf"^(?:{_STATE_NOUNS}|{_POLICE_NOUNS}|peacekeepers?|personnel)$", re.IGNORECASE
)
_OWN_NOUN = re.compile(
    rf"^(?:{_STATE_NOUNS}|{_POLICE_NOUNS}|personnel|recruits?|commanders?|volunteers|members)$",
    re.IGNORECASE,
)
_EUPHEMISM = re.compile(r"neutrali|eliminat|liquidat|destroy", re.IGNORECASE)
_GENERIC = re.compile(rf"^(?:{_GENERIC_NOUNS})$", re.IGNORECASE)
_KIND_NOUN = re.compile(rf"^(?:{_KIND_NOUNS})$", re.IGNORECASE)
# A word that may stand between a figure and its noun: "13 Turkish soldiers", "100 of
# Haftar's fighters", "50 Ukrainian prisoners of war", "331 civilian deaths".
_GAP_WORD = (
    r"(?:(?!(?-i:A|An|The|Tags|Related)\b)(?-i:[A-Z])[\w.-]*(?:['’]s)?|[\w-]+-(?:backed|led|allied|controlled|linked|run|held"
    r"|installed|affiliated|supported|aligned)|the|its|their|his|her|our|these|those|other|of"
    r"|another|more|further|additional|local|innocent|unarmed|young|elderly|foreign|enemy"
    r"|government|regime|opposition|army|armed|security|military|civilian|rebel|militant"
    r"|jihadist|islamist|extremist|insurgent|terrorist|terror|moderate|group|state"
    # "seven paramilitary troops", "five demobilised members", "two off-duty officers"
    r"|paramilitary|former|demobili[sz]ed|off-duty|senior|junior|loyalist|suspected|alleged"
    r"|key|top|high-ranking|top-ranking|veteran|prominent|leading"
    r"|retired|reserve|regular|special|allied|ethnic|confirmed|reported|known|estimated"
    # where or why they were: "ten wedding guests", "40 market traders", "trapped miners"
    r"|wedding|funeral|market|school|hospital|camp|village|farm|factory|bus|rescue|displaced"
    r"|railway|rail|port|airport|power|plant|bank|shop|hotel|office|force"
    r"|border|traffic|riot|coast|frontier"
    # what they work at: "six health workers", "two civil defence volunteers"
    r"|health|healthcare|medical|emergency|relief|media|press|civil|defen[cs]e|construction"
    r"|election|polling"
    r"|trapped|fleeing|stranded|forcibly|internally|newly"
    # who they were: "four indigenous minors", "three unarmed young men"
    r"|indigenous|native|tribal|poor|pregnant|disabled|sick|unarmed|innocent"
    r"|little|teenage|underage|adult|female|male|newborn|infant|homeless|humanitarian"
    # any one word of whose they are, right before armed people: "eight peshmerga fighters"
    r"|[a-z][a-z-]+(?=\s+(?:fighters|soldiers|troops|militiamen|militants|rebels|gunmen)\b)"
    # "eight anti-balaka militants", "six ex-rebel fighters"
    r"|(?:anti|ex|non)-[\w-]+|self-(?:styled|proclaimed|described)|so-called"
    # "Islamic State (IS) group militants", "Ahrar al-Sham members", "regime and rebel"
    # (a group's name glossed in words too: "35 Daesh (banned in Russia) militants")
    r"|\([A-Z]{2,6}\)|\((?:[A-Za-z][\w.’'-]*,?\s*){1,5}\)|al-[\w-]+|and(?!\s+(?:dead|killed|wounded|injured|missing|displaced)\b)"
    r"|pro-[\w-]+|[a-z]+(?:ian|ish|ese|i|an)|(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month)-old"
    # a name's particle between its capitals: "11 Tren de Aragua members"
    r"|(?:de|del|da|dos|los|las|la|bin|ibn|van|von)(?=\s+(?-i:[A-Z])))"
)
_VICTIMS = re.compile(
    # (a figure quoted on its own: '"approximately 27" troops')
    rf"[\"”’]?\s*(?:of\s+(?:them|whom)\s+)?(?:of\s+)?"
    # a part of a whole told by its figure: "three of the 30 attackers" (not of a toll
    # of its own: "two of the 12 people wounded ... died")
    # ("five of seven soldiers": a number word or digits right after "of")
    rf"(?:(?:(?:the|its|their|those|these)\s+|(?<=of\s))(?:\d[\d,]*|{NUMBER_WORD})\s+"
    r"(?!(?:dead|casualties|victims|fatalities)\b|[\w-]+\s+(?:wounded|injured|killed|hurt)\b"
    r"|(?:[\w-]+\s+){1,2}(?:who|that)\s+(?:were|had\s+been|have\s+been)\s+"
    r"(?:wounded|injured|killed|hurt)\b))?"
    rf"(?:{_GAP_WORD}\s+){{0,5}}?"
    # (a noun in scare quotes: 13 "terrorists")
    r"(?P<quote>[\"“‘])?"
    # (a prefix of the noun's own: 14 "narco-terrorists")
    r"(?:[a-z]{2,8}-)?"
    rf"(?P<noun>(?i:{_CIVILIAN_NOUNS}|{_COMBATANT_NOUNS}|{_GENERIC_NOUNS}|{_KIND_NOUNS}))\b"
    r"(?!-)(?(quote)[\"”’])",
)
# Any nation's adjective: "a Ukrainian soldier", "a Yemeni fisherman".
_DEMONYM = "|".join(
    sorted(
        {d for c in countries() for d in c.demonyms if not d.endswith("s")}, key=len, reverse=True
    )
)
# One of a people: "Another Palestinian was killed".
_ONE_NATIONAL = re.compile(
    rf"\s+(?P<noun>{_DEMONYM})\b(?=\s*[,.]|\s+(?:was|has|had|is|and|who|died|in|near|at|on"
    r"|during|when|after)\b)"
)
# "a child", "a security guard": one victim without a figure, after a casualty verb.
_ONE = re.compile(
    rf"\b(?i:a|an|one|another)\s+(?:(?:(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?)-year-old|young|elderly|local|{_DEMONYM}"
    # ("an Israeli special forces commander", "a Frontier Corps soldier")
    r"|[a-z]+(?:ian|ish|i)|[A-Z]{2,6}|police|army|military|security|senior|special|forces"
    r"|government|regime|opposition|rebel"
    r"|elite|reserve|border|(?-i:[A-Z][a-z]+))\s+){0,3}"
    r"(?P<noun>(?i:child|girl\s+child|civilian|woman|man|boy|girl|baby|journalist|soldier"
    r"|mother|father|grandmother|grandfather"
    r"|staff\s+member|aid\s+worker|health\s+worker|employee"
    r"|serviceman|guard|security\s+guard|policeman|policewoman|cop|fighter|worker|doctor|nurse|medic|teacher"
    r"|farmer|resident|officer|person|shepherd|fisherman|driver|paramedic|student|pupil"
    r"|photographer|cameraman|rescuer|firefighter|volunteer|villager|passenger|pilot"
    r"|commander|peacekeeper|gendarme|tourist|visitor|pilgrim|worshipper|protester|militant"
    r"|rebel|brother|sister|son|daughter|cousin|relative|crew\s+member|sailor|seafarer|mariner"
    r"|guardsman|marine|contractor|engineer|monk|priest|imam|lawyer|activist|hostage"
    + "|"
    + "|".join(sorted(SOLDIER_RANKS))
    # "Another Palestinian was killed", "an Israeli was wounded"
    + rf"|{_DEMONYM}))\b"
    # (not a noun used as an adjective: "a militant attack", "a rebel-held town")
    r"(?!-|\s+(?:attacks?|raids?|assaults?|strikes?|shells?|bombs?|groups?|camps?|positions?"
    r"|boats?|bus|buses|cent(?:re|er)s?|sites?|strongholds?|commanders?|fighters?|leaders?"
    r"|bases?|towns?|areas?|territory|hideouts?|cells?|factions?|offensive|ambush|fire"
    r"|movement|organi[sz]ation|spokesman|spokesperson|convoy|vehicle|truck|plane|ship)\b)"
)
# A figure added to a toll that the sentence then gives whole: "12 more", "another 12",
# then "raising the death toll to 31".
_MORE_AFTER = re.compile(r"\s+more\b", re.IGNORECASE)
_ANOTHER_BEFORE = re.compile(r"\b(?:another|an\s+additional|a\s+further)\s+$", re.IGNORECASE)
_TOLL_RAISED_TO = re.compile(
    r",?\s*(?:bringing|raising|taking|pushing)\s+(?:the\s+)?(?:overall\s+|total\s+)?"
    r"(?:death\s+)?(?:toll|number\s+of\s+(?:dead|deaths|killed|casualties))\s+to\s+\d",
    re.IGNORECASE,
)
# The one victim as one of a figure told right after: ", one of five children killed".
_OF_A_FIGURE = re.compile(
    rf"\s+of\s+(?:the\s+)?(?:at\s+least\s+)?(?:\d|{NUMBER_WORD}\b)", re.IGNORECASE
)
_ONE_OF_A_FIGURE = re.compile(r"\s*,\s*one" + _OF_A_FIGURE.pattern, re.IGNORECASE)
# The one victim told first, then what befell them: "A shepherd was killed", "One
# civilian has been shot dead".
_FIGURE_AND = re.compile(
    rf"(?:\d|\b{NUMBER_WORD})\s+(?:of\s+(?:the|them)\s+)?(?:[\w-]+\s+){{0,2}}and\s+$", re.IGNORECASE
)
_WERE_HIT = re.compile(
    r"\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?(?:killed|shot\s+dead|wounded|injured)\b",
    re.IGNORECASE,
)
_ONE_PASSIVE = re.compile(
    # whose: "of the commander"; named: ", Ivan Petrenko,"; aged: "aged 60"; and a short
    # relative clause: "who was on patrol with the convoy"
    r"(?:\s+of\s+(?:the\s+)?[\w'’-]+)?(?:,(?-i:\s+[A-Z][\w'’-]*){1,4},)?"
    r"(?:,?\s+aged\s+\d{1,3},?)?(?:\s+who\s+(?:was|had\s+been)\s+(?:(?!killed|wounded|injured)[^,.;]){1,60}?)?"
    r"\s+(?:(?:was|has\s+been|had\s+been)\s+(?:(?:also|[a-z]+ly)\s+){0,2}"  # "reportedly"
    r"(?:killed|shot\s+dead|shot\s+and\s+killed|wounded|injured|murdered|slain|executed"
    r"|beheaded|gunned\s+down|stabbed\s+to\s+death)"
    # "A soldier died", "a child later died of wounds"
    r"|(?:(?:later|also|has|had|subsequently)\s+)?died"
    # "a crew member was among the dead"
    r"|(?:was|is)\s+(?:also\s+)?among\s+(?:the|those)\s+(?:dead|killed|wounded|injured))\b",
    re.IGNORECASE,
)
# Others hit with the one victim, then what befell them: "... and 13 civilians were killed".
_AND_OTHERS_HIT = re.compile(
    r"\s+and\s+(?:\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+){0,2}?(?:were|have\s+been|had\s+been)\s+"
    r"(?:killed|wounded|injured)\b",
    re.IGNORECASE,
)
# Demonyms in the plural name people of a nation: "40 Palestinians", "two Indians".
_NATIONALS = frozenset(
    d.lower() for c in countries() for d in c.demonyms if d.endswith("s") and d[:1].isupper()
)
# A question of what may befall, in the reporter's words: "What would happen if ...?"
_WHAT_IF = re.compile(
    # (a quoted question too: '“What would happen if ... killing a sailor?' he asked)
    r"^[\"“‘]?(?:What|How|Would|Could|Will|Should)\b[^\"“”?]*\b(?:if|were\s+to)\b[^\"“”?]*\?"
)
# Harm that may come, not harm done: "the potential ramifications of an incident that
# results in the death of a serviceman".
_MAY_COME = re.compile(
    r"\b(?:potential|possible|hypothetical|eventual|any\s+future|in\s+(?:the\s+)?(?:case|event)"
    r"\s+of)\b[^.;]{0,80}\b(?:results?|resulting|would\s+result|leads?|leading|would\s+lead)"
    r"\s+(?:in|to)\s+(?:the\s+)?(?:death|deaths|killing|injury|injuries)\b",
    re.IGNORECASE,
)
# What may yet befall the people counted: "could be forced from their homes", "may try
# in the coming days to flee" (not "may have been killed", a toll not yet sure).
_MAYBE_BEFORE = re.compile(
    r"\b(?:may|might|could|would|will)\s+(?:[\w-]+\s+){0,6}?(?:be|to)\s+$", re.IGNORECASE
)
# Harm done by nature, not by any side: an earthquake, a flood, a storm.
# (in lower case: "Operation Desert Storm", "Storm Shadow" missiles, "Al-Aqsa Flood" are
# names of war)
_DISASTER = re.compile(
    r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?|floods?|flooding|flash\s+floods"
    r"|cyclones?|typhoons?|hurricanes?|landslides?|mudslides?|tsunamis?|storms?|heatwaves?"
    r"|volcan\w+|avalanches?|monsoon|rains|rainfall|downpours?"
    # and the roads' toll, no war's: "killed in a road accident", "traffic accidents"
    r"|(?:traffic|road|car|bus|vehicle)\s+(?:accidents?|crash(?:es)?|collisions?))\b",
    re.IGNORECASE,
)
_HARM_DONE = re.compile(
    r"\b(?:air\s*strikes?|strikes?|shell\w*|attacks?|assaults?|bomb\w*|drones?|artillery"
    r"|rockets?|missiles?|fighting|clashes|gun\w*|troops|forces|soldiers|fighters|militants"
    r"|paramilitar\w+|tanks?|raids?|gunfire|military\s+operations?|offensive|snipers?|shots?"
    r"|landmines?)\b",
    re.IGNORECASE,
)
# A storm's own name: "Storm Daniel", "Hurricane Helene" (not the "Storm Shadow" missile).
_NAMED_DISASTER = re.compile(
    r"(?:Hurricane|Typhoon|Cyclone|Storm|Tropical\s+Storm)\s+(?!Shadows?\b)[A-Z][a-z]+"
)


def _by_nature(text: str, lo: int, hi: int) -> bool:
    """Whether the toll between ``lo`` and ``hi`` is told as nature's: a disaster named
    right beside it ("the quake's death toll", "3,000 died in the earthquake", "floods
    have displaced") and no weapon or fighting in its clause ("as a storm battered the
    coast, gunfire killed 11")."""
    named = [
        m
        for m in _DISASTER.finditer(text, max(0, lo - 150), hi + 30)
        if m.group(0).islower()
        or not text[: m.start()].strip(" \"“'‘")
        or _NAMED_DISASTER.match(text, m.start())
    ]
    if not named:
        return False  # (a capital inside the sentence is a name: "Storm Shadow")
    start = max(text.rfind(",", 0, lo), text.rfind(";", 0, lo), 0)
    stops = [i for i in (text.find(",", hi), text.find(";", hi)) if i != -1]
    clause = text[start : min(stops) if stops else len(text)]
    return not _HARM_DONE.search(clause) and not _HARM_DONE.search(text[max(0, lo - 80) : lo])


# What did not befall them: "are unable to flee", "could not leave their homes".
_CANNOT_BEFORE = re.compile(
    r"\b(?:unable|not\s+able|could\s+not|couldn['’]t|cannot|can['’]t|did\s+not"
    r"|didn['’]t|have\s+not|haven['’]t|never|nowhere|refused|refuse|prevented\s+from)"
    r"\s+(?:to\s+)?$",
    re.IGNORECASE,
)
# Whom a researcher asked: "interviewed 42 displaced residents", "surveyed 300 families".
_ASKED_BEFORE = re.compile(
    r"\b(?:interview(?:ed|s|ing)?|survey(?:ed|s|ing)?|poll(?:ed|s|ing)?|question(?:ed|s|ing)"
    r"|(?:spoke|spoken|speaking|talked|talking)\s+(?:to|with))\s+(?:some\s+|nearly\s+|almost\s+"
    r"|about\s+|around\s+|more\s+than\s+|over\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
# ... and right before the figure: "there may be many wounded"
_MAY_BE = re.compile(r"\b(?:may|might|could)\s+be\s+$", re.IGNORECASE)
_ONE_OF_THE = re.compile(r"one\s+of\s+the\s+(?:\w+est|most|worst|best)\b", re.IGNORECASE)
# A figure that is how many live somewhere, not how many were hit.
_POPULATION_OF = re.compile(
    r"\b(?:population|inhabitants|residents)\s+of\s+(?:(?:about|some|around|nearly|almost|over"
    r"|more\s+than|roughly|approximately|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
#: Dead remembered, not reported: "to honour the 1.5 million killed", "the anniversary of
#: the massacre of 8,000" (unless told of these days: "honoured the 12 killed on Monday").
_REMEMBERED = re.compile(
    r"\b(?:honou?r(?:s|ed|ing)?|commemorat\w+|memorial\s+(?:to|for)|in\s+memory\s+of"
    r"|remember(?:s|ed|ing)?|tribute\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A past the dead remembered belong to: "killed in the genocide", "in the 1995 massacre".
_OF_HISTORY = re.compile(
    r"\b(?:genocide|holocaust|nakba|famine|massacre|(?:world|civil)\s+war|uprising)\b", re.I
)
_THESE_DAYS = re.compile(
    rf"\b(?:{'|'.join(WEEKDAY_NAMES)}|yesterday|today|overnight|this\s+week|last\s+week)\b"
)
#: A change in a count, before its size: "an increase of 1.5 million", "rose by 200,000".
_CHANGE_OF = re.compile(
    r"\b(?:(?:increase|rise|drop|decrease|decline|fall|reduction)\s+of"
    r"|(?:increased|rose|risen|jumped|grew|grown|dropped|fell|fallen|decreased|declined|up|down)"
    r"\s+by)\s+(?:(?:about|some|around|nearly|almost|over|more\s+than|roughly|an\s+estimated"
    r"|a\s+further|another)\s+)?$",
    re.IGNORECASE,
)
#: ... told against what it was before: "compared to a year ago", "rose by 12 to 45".
_COMPARED_AFTER = re.compile(
    r"\b(?:compared\s+(?:to|with)|than\b|year[- ]on[- ]year|from\s+(?:a|the|last)\b"
    r"|to\s+(?:a\s+(?:total|toll)\s+of\s+)?(?:about\s+|some\s+|over\s+|more\s+than\s+)?\d)",
    re.IGNORECASE,
)
#: Where people live, before their figure: "a camp housing 12,000 displaced people".
_HOUSING = re.compile(
    r"\b(?:housing|sheltering|hosting|home\s+to|houses|shelters|hosts|accommodating)\s+"
    r"(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_STOP = re.compile(r"[,;.]")
_HIT_RIGHT_BEFORE = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|left)\s+(?:at\s+least\s+"
    r"|more\s+than\s+|some\s+|about\s+|nearly\s+|over\s+|up\s+to\s+)?$",
    re.IGNORECASE,
)


def _clause_end(text: str, at: int) -> int:
    stop = _CLAUSE_STOP.search(text, at)
    return stop.start() if stop else len(text)


#: People counted as in need, not as harmed: "25 million people facing hunger", "two
#: million at risk of famine", "half a million in need of aid".
_IN_WANT = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:(?:who\s+(?:are|were)\s+)?(?:fac(?:ing|e|es)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:hunger|famine|starvation|food|malnutrition|shortages|crisis|emergency|risk|threat"
    r"|disease|cholera)|at\s+risk|in\s+need|needing"
    r"|in\s+urgent\s+need|suffering\s+from|going\s+hungry|on\s+the\s+brink|threatened\s+(?:by|with)"
    r"|experiencing|relying\s+on|dependent\s+on|who\s+need))\b",
    re.IGNORECASE,
)
# A figure told as where more befell the same ("..., nine in Gisenyi,"): from the end of
# the figure before (its place too) to this one, and after it.
_COMMA_ONLY = re.compile(
    r"(?:\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+[a-z]+)?"
    r"\s+(?:in|at|near|across)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"(?:\s+(?:on|last|early\s+on|late\s+on)\s+[A-Z]?[a-z]+)?\s*,\s*"
)
_IN_A_PLACE_ONLY = re.compile(
    r"\s+(?:in|at|near|across)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:[,.;]|and\b|$)"
)
# A whole broken down right after into civilians and others: no one side's toll.
_CIVILIANS_AMONG = re.compile(
    r"\s*(?:[-–—:(]|,\s*(?:including|among\s+them|of\s+whom))\s*(?:[\w,-]+\s+){0,3}?civilians\b",
    re.IGNORECASE,
)
# Who holds the captured: "soldiers captured by the enemy", "who were seized by".
_HELD_BY = re.compile(
    r"\s+(?:who\s+(?:were|had\s+been|have\s+been)\s+|(?:were|had\s+been|have\s+been)\s+)?"
    r"(?:captured|detained|held|taken|seized|abducted|kidnapped|arrested)\s+by\b",
    re.IGNORECASE,
)
# Things that are not people: a figure before one of these is never a casualty.
_THINGS = re.compile(
    # an aircraft's model: "lost one MiG-21 fighter", "two F-16 jets"
    # (a model has two letters or a hyphen: "MiG21", "F-16"; "M23 fighters" are people)
    r"^\s+(?:[A-Z](?:[A-Za-z]+-?|-)\d+[\w-]*\s+)(?:fighters?|bombers?|jets?|aircraft)\b|"
    # not past a verb and its object: "displaced a million entered its sixth week"
    r"^\s*(?![a-z]+ed\s+(?:its|the|a|an|their|his|her)\b)"
    # (not past the people counted, a plural: "30 soldiers manning checkpoints", but
    # "20 army posts")
    # (nor past a verb: "800,000 have fled their homes")
    r"(?:(?!(?:and|or|dead|killed|wounded|injured|people|civilians|from|in|at|to|into|have|has"
    # (nor past a preposition: "wounded 30 after strikes on Kharkiv" counts people)
    r"|had|were|was|are|is|after|before|during|since|following|amid|on|near|by|despite)\b"
    rf"|(?:{_CIVILIAN_NOUNS}|{_COMBATANT_NOUNS}|{_GENERIC_NOUNS})(?<=s)\b)"
    r"[A-Za-z-]+\s+){0,3}?"
    r"(?:tanks?|vehicles?|trucks?|transports?|aircraft|planes?|jets?"
    r"|helicopters?|drones?|systems?|guns?|howitzers?|launchers?|rockets?|missiles?|shells?"
    r"|bombs?|buildings?|houses?|homes|targets?|positions?|villages?|towns?|cities|kilometers?"
    r"|km|miles?|times|years?|months?|weeks?|days?|hours?|minutes?|points?|percent|%|dollars"
    r"|tonnes?|tons?|attacks?|strikes?|raids?|incidents?|sorties|calls?|meetings?|rounds?"
    r"|ships?|vessels?|flights?|depots?|sites?|facilities|workshops?|bridges?|boats?"
    r"|posts|outposts?|checkpoints?|bases|camps|headquarters|settlements?|districts?)\b",
    re.IGNORECASE,
)
# Who a toll of the displaced counts: "the number of (internally) displaced (people)",
# "the number of people displaced", "the number of those who have fled".
_DISPLACED_TOLL = (
    r"(?:(?:internally\s+)?displaced(?:\s+(?:people|persons|civilians|residents))?"
    r"|(?:people|persons|civilians|residents|those)\s+(?:(?:who|that)\s+(?:have\s+|had\s+)?"
    r"fled|(?:internally\s+)?displaced))"
    # (not those going home: "the number of displaced people returning to the north")
    r"(?!(?:\s+(?:people|persons|civilians|residents))?\s+(?:who\s+(?:have\s+|had\s+)?)?"
    r"(?:returning|returned|return)\b)"
)
_WINDOW_AFTER = 70  # characters from the noun to a following verb
_WINDOW_BEFORE = 40  # characters from a verb to a following figure
# "the death toll rose to 40", "the toll had passed 30,000", "put the death toll at 40",
# "put their military dead at 1,177", "bringing to 242 the number of troops killed".
_TOLL = re.compile(
    r"\b(?P<phrase>(?:(?:[\w-]+\s+){0,2}death\s+toll|toll|number\s+of\s+(?:(?:[\w-]+\s+){0,2}"
    r"(?:killed|dead|deaths|victims|fatalities|martyrs|wounded|injured|injuries)|those\s+killed"
    r"|" + _DISPLACED_TOLL + r")))"
    r"[^.;]{0,120}?\b(?:to|at|of|reached|hit|is|was|stands\s+at|stood\s+at|rose\s+to"
    r"|climbed\s+to|passed|exceeded|surpassed|topped|crossed|estimated|put|placed|exceeding"
    r"|surpassing|topping|of\s+(?:over|more\s+than|at\s+least))\s*$",
    re.IGNORECASE,
)
# "the Observatory gave a death toll of 12", "state media gave a toll of 44 dead"
# A count kept by the subject: "the mission documented 16 casualties".
_DOCUMENTED = re.compile(
    r"\b(?:documented|documents|recorded|records|registered|verified|has\s+verified"
    r"|tallied|counted|counts)\s+(?:a\s+total\s+of\s+)?$",
    re.IGNORECASE,
)
_GAVE_TOLL = re.compile(
    r"\b(?:gave|gives|give|giving|cited|cites|citing|reported|reports)\s+(?P<phrase>(?:a|an|the"
    r"|their|its)\s+(?:[\w-]+\s+){0,2}?(?:death\s+)?toll)\s+of\s*$",
    re.IGNORECASE,
)
_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|estimated|estimates|estimate|placed|places|set|sets)\s+"
    r"(?P<phrase>(?:the|their|its|his|her|our)\s+(?:[\w-]+\s+){0,4}?(?:dead|death\s+toll|toll"
    r"|losses|casualties|fatalities|deaths|(?:killed|dead))"
    r"|the\s+number\s+of\s+" + _DISPLACED_TOLL + r")\s+at\s*$",
    re.IGNORECASE,
)
# A second estimate of the figure just given: "..., while local officials put the figure at".
_PUT_IT_AT = re.compile(
    r"\b(?:put|puts|putting|estimated|estimates|placed|places)\s+"
    r"(?P<phrase>it|the\s+(?:figure|number|total|tally))\s+(?:even\s+)?(?:higher\s+)?at\s*$",
    re.IGNORECASE,
)
# The next figure of such an estimate, its verb left out: "... and the injuries at".
_AND_AT = re.compile(
    r"\b\d[\d,.]*\s+(?:and|while)\s+(?P<phrase>(?:the|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:wounded|injured|injuries|dead|deaths|killed|fatalities))\s+at\s*$",
    re.IGNORECASE,
)
_BRINGING = re.compile(
    r"\b(?:bringing|brought|bring|raising|raised|taking|took)\s+to\s*$", re.IGNORECASE
)
_BRINGING_TAIL = re.compile(
    r"\s+the\s+(?P<phrase>(?:overall\s+|total\s+)?(?:death\s+toll|toll|number\s+of\s+(?:[\w-]+"
    r"\s+){0,3}?(?:killed|dead|deaths|wounded|injured)))",
    re.IGNORECASE,
)
_TAKEN_PRISONER = re.compile(
    r"^(?P<np>[^.;]{0,60}?)\s+(?:prisoners?|captives?|hostages?)\b", re.IGNORECASE
)
# ("is holding 48 hostages", "still holds 20 captives": people held now)
_TAKE_BEFORE = re.compile(
    r"\b(?:took|taken|take|takes|taking|holding|holds|held)\s+(?:(?:at\s+least|some|about"
    r"|around|nearly|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
# "saw 251 hostages taken", "48 hostages were taken": the figure, then its taking
_TAKEN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:hostages|captives)\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?"
    r"(?:taken|seized|abducted|kidnapped)\b",
    re.IGNORECASE,
)
# Between a verb and its figure: nothing but "a total of", "another", "as many as".
_DIRECTLY = re.compile(
    r"^[\s\"'“”‘’]*(?:(?:a\s+total\s+of|as\s+many\s+as|another|an\s+additional|at\s+least|some|off"
    r"|up|in\s+total|overall|all)\s+)*$",
    re.IGNORECASE,
)
# Died later: "later died", "had since succumbed", "passed away".
_DIED = (
    r"(?:(?:later|subsequently|since|also|then|has|have|had)\s+)*"
    r"(?P<verb>died|succumbed|passed\s+away)\b"
)
_WHO_LATER_DIED = re.compile(r"\s*,?\s+who\s+" + _DIED, re.IGNORECASE)
# Of the wounded just counted, those who died: "... and two of them died".
_OF_THEM_DIED = re.compile(
    r"\s+of\s+(?:them|those|whom|the\s+(?:wounded|injured))\s+" + _DIED, re.IGNORECASE
)
_SUBSET_BEFORE = re.compile(
    # (the parts quoted: 'had died, including "five children and two women,"')
    r"\b(?:including|includes|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+[“\"]?$",
    re.IGNORECASE,
)
# "the toll there to 20 – 14 civilians and six military": the parts after a dash right
# after the whole's figure
_PARTS_AFTER_A_DASH = re.compile(r"^\s*[–—:]\s*$")
_SUBSET_AFTER = re.compile(
    r"^\s+(?:of\s+them|of\s+whom|(?:[\w-]+\s+){0,2}(?:were|was|are)\s+among)\b", re.IGNORECASE
)
_SERVING_AFTER = re.compile(
    r"\s+(?:serving|stationed|deployed|based|fighting|working)\s+(?:with|under|in|for|as|at"
    r"|near|alongside)\s+[^,.;]{3,100}?(?=\s+(?:have|has|had|were|was)\s+(?:been\s+)?"
    r"(?:killed|wounded|injured|captured|kidnapped|abducted)\b)",
    re.IGNORECASE,
)
_OWNER_AFTER = re.compile(
    r"\s+(?:from|of|in\s+the\s+ranks\s+of)\s+(?:the\s+)?"
    # ("84 fighters from the private military company Wagner"; not a place's words: "from
    # the town of Kidal", "from northern Mali")
    r"(?:(?!(?:town|city|village|region|province|capital|country|area|district|camp"
    r"|(?:north|south)\w*|east\w*|west\w*|central)\b)[a-z][\w-]*\s+){0,4}[A-Z][\w-]*"
)
_NEGATED = re.compile(r"\b(?:no|none|not|nobody|without)\b[^,.;]{0,20}$", re.IGNORECASE)
# "... killed 280 civilians and about 2,000 fighters": the second figure shares the verb.
_OWN_KIND = re.compile(
    r"\s*(?:(?:were|was|have\s+been|had\s+been|are)\s+)?(?:(?P<killed>killed|dead)"
    r"|(?P<wounded>injured|wounded|hurt)|(?P<missing>missing)|(?P<captured>captured|detained"
    r"|abducted|kidnapped|arrested)|(?P<displaced>displaced))\b",
    re.IGNORECASE,
)
# The verb of a relative clause right before the figure, its object: "who killed ".
_RELATIVE_DEED_BEFORE = re.compile(
    r"\b(?:who|that|which)\s+(?:had\s+|have\s+|has\s+|allegedly\s+|reportedly\s+)?"
    r"(?:killed|wounded|injured|shot|abducted|kidnapped|captured|seized|detained)\s+"
    r"(?:at\s+least\s+|some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
_AMONG = re.compile(r"\b(?:among|of)\s+(?:the|those|them)\s+$|\bmade\s+up\s+", re.IGNORECASE)
_MIXED_KINDS = re.compile(
    r"(?:killed|dead|killing)\s*(?:,|and|or|/)?\s*(?:injured|wounded|injuring|wounding)\b"
    r"|died\s+or\s+(?:been\s+|were\s+)?(?:injured|wounded)\b"
    r"|(?:injured|wounded)\s*(?:,|and|or|/)?\s*(?:killed|dead)\b",
    re.IGNORECASE,
)
_MIXED_BEFORE = re.compile(
    r"\b(?:killed|dead|killing|injured|wounded|injuring|wounding)\s*(?:,|and|or|/)\s*$",
    re.IGNORECASE,
)
_LOST_BEFORE = re.compile(
    r"\b(?:lost|losing)\s+(?:(?:at\s+least|more\s+than|some|about|nearly|over)\s+)?$",
    re.IGNORECASE,
)
# A sentence that says the toll is not known: its vague words count no one.
_TOLL_UNKNOWN = re.compile(
    r"\b(?:toll|number\s+of\s+(?:dead|casualties|victims))\s+(?:is|was|remains|remained|has)\s+"
    r"(?:still\s+)?(?:not\s+(?:yet\s+)?(?:been\s+)?(?:known|determined|clear|confirmed|available)"
    r"|unknown|unclear|unconfirmed)\b",
    re.IGNORECASE,
)
_FAMILY_LOST = re.compile(
    r"\b(?:who|family|families|woman|man|mother|father|parents|widow|couple)\s+"
    r"(?:had\s+|has\s+|have\s+)?$",
    re.IGNORECASE,
)
_LOST = re.compile(
    r"\b(?:lost|losing)\s+(?:\w+\s+){0,2}?"
    rf"(?:\d|(?:{NUMBER_WORD}|dozens|scores|hundreds|thousands|a\s+dozen)\b)",
    re.IGNORECASE,
)
_ASIDE = re.compile(
    # (after a short tail of the noun: "200 people on their side, including 10 ...")
    r"(?:\s+(?:on|from|in)\s+(?:their|its|his|her|the)\s+side)?"
    r"\s*(?:"
    # a list of parts, each with its place: "17 civilians, including 13 in Rafah, three in
    # Khan Younis and one in Gaza City, were killed"
    r",\s*(?:including|among\s+them)\b[^;.()]{1,160}?,(?=\s+(?:were|was|have|had|are|died"
    r"|perished)\b)|"
    # (a parenthesis inside: "including 10 civilians (five of whom were children)")
    r",\s*(?:including|among\s+them|of\s+whom|most(?:ly|\s+of\s+them))\b"
    r"(?:[^,;.()]|\([^()]{0,60}\)){1,80}(?:,|(?<=\))(?=\s+(?:were|was|have|had|are)\b))"
    # set off by dashes: "leaving 23 civilians - including nine children - dead"
    # (an en or em dash may touch its words: "five civilians—including four women—were")
    r"|(?:\s-|\s?[–—])\s*(?:including|among\s+them|of\s+whom|most(?:ly|\s+of\s+them))\b"
    r"[^-–—,;.]{1,80}(?:\s-|\s?[–—]))",
    re.IGNORECASE,
)
# The same breakdown where the commas were lost: "11 civilians including three
# children were killed".
_ASIDE_BARE = re.compile(
    # ("1,200 people including separatists, police, military and gendarmes have been")
    r"\s+(?:including|among\s+them|of\s+whom)\s+(?:(?!(?:who|whom|which|that)\b)[\w-]+,?\s+){1,8}?"
    r"(?=(?:were|was|have"
    r"|had|are|died|perished|lost\s+their\s+lives)\b)"
    # a parenthesis: "5,475 people (782 households) were forced to flee"
    r"|\s*\([^()]{1,60}\)\s+(?=(?:were|was|have|had|are|died|perished|fled)\b)",
    re.IGNORECASE,
)
# Those forced out, with no noun: "forced more than 500,000 to flee their homes".
_TO_FLEE_AFTER = re.compile(r"\s+to\s+(?:flee|leave)\b", re.IGNORECASE)
_FORCED_BEFORE = re.compile(
    r"\b(?:forced|forcing|forces|force|driven|compelled|pushed)\s+(?:(?:more\s+than|over|nearly"
    r"|about|some|around|at\s+least|almost|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
_AND_MORE_NOUNS = re.compile(r"^\s*(?:and|or)\s+(?:[a-z][\w-]*\s+){1,2}?(?:and|,)\s*$")
# The verbs of finding the dead: "65 bodies were found", "the Red Cross collected 87 bodies".
_FOUND_VERBS = (
    r"found|recovered|discovered|retrieved|pulled|exhumed"
    # "79 bodies had been brought to hospitals"
    r"|brought\s+to|taken\s+to|delivered\s+to|transferred\s+to"
)
_FOUND_BEFORE = re.compile(
    rf"\b(?:{_FOUND_VERBS}|collected|buried|counted|received|identified"
    # "the gang left 70 bodies in the town", "leaving dozens of bodies"
    r"|left|leaving|leaves)\s+"
    r"(?:(?:the|another|a\s+further|at\s+least|some|more\s+than|over|about|around)\s+)?$",
    re.IGNORECASE,
)
_FOUND_AFTER = re.compile(
    r"^(?:\s+of\s+(?:[\w-]+\s+){0,3}?\w+)?\s+(?:(?:were|have\s+been|had\s+been|was)\s+)?"
    rf"(?:{_FOUND_VERBS})\b",
    re.IGNORECASE,
)
# The displaced going home: "returned to their homes", "moved back", "to their abandoned
# homes" (not "fled their homes", "forced from their homes").
_GOING_HOME = re.compile(
    r"[^.;,]*?\b(?<!\bnot\s)(?<!\bnever\s)(?<!n't\s)(?<!\bto\s)"
    r"(?:return(?:ed|ing|s)?|(?:moved|went|headed|streamed|flocked|came)\s+back)\b"
    # (a comma may come before where they go: "moved north, to their abandoned homes")
    r"|[^.;]*?\bto\s+their\s+(?:[\w-]+\s+)?(?:homes?|houses|villages|neighbou?rhoods)\b",
    re.IGNORECASE,
)
_HOMES = re.compile(r"\s*(?:from|out\s+of)\s+(?:their|his|her)\s+homes\b", re.IGNORECASE)
_PARTICIPLE_AT = re.compile(r"[a-z]+ing\b", re.IGNORECASE)
_BARE_END = re.compile(
    # ("wounded ten more in Rafah": more of the same, no noun)
    r"(?:\s+more\b)?"
    r"\s*(?:[,.;]|$|(?:since|in|on|at|near|during|over|across|and|while|after|when|last|this)\b)",
    re.IGNORECASE,
)
_BIG_WORD = re.compile(r"\b(?:million|thousand)s?$", re.IGNORECASE)
_AND = re.compile(r"^\s*(?:,\s*)?(?:and|as\s+well\s+as|plus|,)\s*$", re.IGNORECASE)
# Whose members they are, then the next figure: " of the security forces and ".
_MEMBERS = re.compile(r"members|personnel|officers|elements", re.IGNORECASE)
_OF_THEM_AND = re.compile(
    r"\s+(?:of\s+(?:the\s+|its\s+|their\s+)?)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,?\s+"
    r"(?:and|as\s+well\s+as|plus)\s+",
    re.IGNORECASE,
)
# A breakdown opened by a comma, still open: ", including 84 children" (not ", including
# 84 children, 35 women": a list, whose last part may follow a comma).
_COMMA_ASIDE = re.compile(r",\s*(?:including|among\s+them)\b[^,;]*$", re.IGNORECASE)
_WORD_AT = re.compile(r"[\w-]+")
# A handing over right before a figure (in its clause) ...
_HANDED_OVER = re.compile(
    r"\b(?:exchang\w*|swap\w*|hand(?:s|ed|ing)?\s+over|handover|return(?:s|ed|ing)?"
    r"|repatriat\w*|transfer\w*|receiv\w*\s+back)"
    r"(?:\s+of)?(?:\s+(?:the|all|some|about|around|another|their|its|at\s+least|more\s+than))*"
    r"(?P<remains>\s+(?:remains|bodies)\s+of(?:\s+(?:the|all|some|about|around|at\s+least"
    r"|more\s+than))*)?\s*$",
    re.IGNORECASE,
)
# ... or after it: remains, then their handing over in the same clause.
_HANDED_VERB = (
    r"(?:to\s+be\s+|were\s+|was\s+|had\s+been\s+|have\s+been\s+|has\s+been\s+|being\s+"
    r"|will\s+be\s+|would\s+be\s+)(?:[a-z]+ly\s+)?(?:handed\s+over|returned|repatriated"
    r"|exchanged|swapped|transferred|released)\b"
)
_REMAINS_HANDED_AFTER = re.compile(
    r"\s+(?:(?:more|other|dead)\s+)?(?:bodies|remains|corpses)\b[^.;]{0,60}?\b" + _HANDED_VERB,
    re.IGNORECASE,
)
_REMAINS_OF_BEFORE = re.compile(r"\b(?:bodies|remains)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_HANDED_AFTER_NP = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?" + _HANDED_VERB, re.IGNORECASE)
# A release of captives: "release more than 1,000 prisoners each" (not a call for the
# release of captured soldiers, whose capture is the toll).
_RELEASE_OF = re.compile(
    r"\b(?:releas(?:e|es|ed|ing)|fre(?:e|es|ed|eing)|swap(?:s|ped|ping)?)\s+(?:of\s+)?"
    r"(?:(?:the|all|some|about|around|another|at\s+least|more\s+than|over)\s+)*$",
    re.IGNORECASE,
)
_HELD = re.compile(
    r"\s+(?:(?:more|other|[A-Z][a-z]+)\s+){0,2}(?:prisoners|detainees|hostages|captives|POWs)\b"
)
# ... of people or remains: "four bodies", "1,000 prisoners", "12,000 dead soldiers"
_HANDED = re.compile(
    r"\s+(?:(?:more|other|dead|living|wounded|[A-Z][a-z]+)\s+){0,2}"
    r"(?:bodies|remains|corpses|prisoners|detainees|hostages|captives|soldiers|people|POWs|civilians)\b"
    r"|(?=[,;.]|\s+(?:each|from\s+each)\b)",
)
# A sentence opening with the whole its parts come from: "Of the 40 people killed, ..."
_OF_THE_WHOLE = re.compile(
    r"^\W*(?:Of|Among)\s+(?:the|those|these)\s+(?:(?:roughly|some|about|nearly|more\s+than"
    r"|at\s+least|over)\s+)?$",
    re.IGNORECASE,
)
# ... and what the part was: "12 were children", "200 were in Sumy"
_WERE_WHAT = re.compile(
    r"\s+(?:were|was)\s+(?:(?P<who>(?:[\w-]+\s+){0,2}?(?:children|civilians|women|soldiers"
    r"|fighters|troops|minors|girls|boys))\b|(?:in|from)\s+[A-Z])",
)
_AS_WELL_AS = re.compile(
    r"\s*,?\s*(?:as\s+well\s+as|along\s+with|together\s+with|alongside)\s+(?:at\s+least\s+)?",
    re.IGNORECASE,
)
_COMMA_AND = re.compile(r"\s*,\s*(?:and|as\s+well\s+as|plus)\b", re.IGNORECASE)
_GLOSS = re.compile(r"\([^()]*\)")  # words in brackets, which name no victims' side
# A war or the fighting as the killer: the dead are of all sides ("The war has killed
# tens of thousands of people", "150,000 people have died in the fighting").
_WAR_SUBJECT = re.compile(
    r"\b(?:war|conflict|fighting|violence|hostilities|civil\s+war|crisis|clashes)\b",
    re.IGNORECASE,
)
_MIXED = re.compile(
    r"\bhow\s+many\s+(?:were|of\s+them\s+were)\s+(?:fighters|combatants|civilians)"
    r"|\bboth\s+(?:fighters|combatants)\s+and\s+civilians|\bcivilians\s+and\s+(?:fighters"
    r"|combatants)|\bfighters\s+and\s+civilians",
    re.IGNORECASE,
)
# "Russian losses are far higher, at more than 9,000": whose losses the figure counts.
_LOSSES = re.compile(
    r"(?:['’]s)?\s+(?:own\s+)?(?:military\s+)?(?:losses|casualties|death\s+toll|dead)\b",
    re.IGNORECASE,
)
_NATIONAL = re.compile(
    # (a people in "-ese" has no plural "s": "1,000 Lebanese", "40 Sudanese")
    r"\s+(?:(?:young|local|more|other|foreign|ethnic)\s+)?(?P<noun>(?-i:[A-Z])[a-z]+(?:s|ese))\b(?![\s-]+(?:"
    + _COMBATANT_NOUNS
    + r"|"
    + _CIVILIAN_NOUNS
    + r")\b)"
)
_SECOND_OF_A_PAIR = re.compile(r"\band\s+(?:an?\s+)?$", re.IGNORECASE)
_CIVILIANS_FIRST = re.compile(r"\b(?:civilians?|children|women|people|residents)\b", re.IGNORECASE)
# A second figure of the same people after "and", with their noun: "(killing 10) and
# injuring 40 civilians".
_SHARED_NOUN_AFTER = re.compile(
    r"\s+and\s+(?:injuring|wounding|killing|injured|wounded|killed|left|leaving)\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|nearly|some)\s+)?[\d,]+\s+(?:other\s+)?"
    r"(?P<noun>[a-z]+)\b",
    re.IGNORECASE,
)
_FIGHTERS_AMONG = re.compile(
    r"\s*,?\s*(?:including|among\s+them|among\s+whom)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:fighters|militants|members\s+of|commanders?|combatants|gunmen|soldiers)\b",
    re.IGNORECASE,
)
_ITS_MEN = re.compile(r"\b(?:its|their|our)\s+(?:men|brothers)\b", re.IGNORECASE)
_WAR_TOTAL = re.compile(
    r"\b(?:the|this|its|an?|[A-Za-z]+(?:['’]s|s))\s+(?:[\w-]+\s+){0,3}(?:war|conflict|uprising"
    r"|revolt|crisis|rebellion|insurgency)\b[^.;]{0,40}?\b(?:has|have|had)\s+(?:since\s+)?"
    r"(?:killed|left|claimed)"
    r"|\b(?:killed|died|dead)\s+(?:in|during|throughout)\s+the\s+(?:[\w-]+\s+){0,2}(?:war"
    r"|conflict|rebellion|insurgency|uprising)\b|\bsince\s+then\b|\bsince\s+the\s+(?:start|beginning|outbreak)\b"
    r"|\bsince\s+the\s+(?:[\w-]+\s+)?(?:war|conflict|uprising|revolt|crisis|revolution)\s+"
    r"(?:started|began|erupted|broke\s+out)\b"
    # years of it: "plagued for years by insurgent violence that has killed thousands"
    r"|\b(?:for|over)\s+(?:the\s+(?:past|last)\s+)?(?:several\s+|many\s+|\w+\s+)?(?:years"
    r"|decades)\b[^.;]{0,60}?\b(?:has|have)\s+(?:killed|left|claimed|displaced|uprooted)\b",
    re.IGNORECASE,
)
# A war's toll in the simple past, told in a relative clause: a war over ("a civil war
# that killed 400,000", "the 2014 war, which killed 14,000"); a war still fought "has
# killed".
_WAR_WORDS = ("war", "conflict", "uprising", "rebellion", "insurgency", "genocide")
_ENDED_WARS_TOLL = re.compile(
    # (a war told as past: "a conflict", "the 2014 war", "the civil wars", "Colombia's
    # six-decade conflict"; not "the conflict that killed dozens" a truce just paused)
    r"(?:\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"|\b(?:1[89]\d\d|20\d\d|\w+-(?:year|decade)|(?:decades?|years?)-long|civil|past|previous"
    r"|former|earlier)\s+(?:[\w-]+\s+){0,2}?|['’]s\s+(?:[\w-]+\s+){0,3}?)"
    r"(?:wars?|conflicts?|uprising|rebellion|insurgency|genocide)\b[^,.;]{0,40}?\s*,?\s*"
    r"(?:which|that)\s+(?:[a-z]+ly\s+)?(?=killed|left|claimed|displaced|uprooted)"
    # a war of decades, still fought: its toll since it began is history too ("Colombia's
    # six-decade-long armed conflict, which has claimed over 450,000 lives")
    r"|\b(?:\w+-decade(?:-long|-old)?|decades?-(?:long|old)|half-century(?:-long|-old)?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:wars?|conflicts?|uprising|rebellion|insurgency)\b[^,.;]{0,40}?"
    r"\s*,?\s*(?:which|that)\s+(?:has|have)\s+(?:[a-z]+ly\s+)?(?=killed|left|claimed"
    r"|displaced|uprooted)",
    re.IGNORECASE,
)
# A toll's own time, recent: "this week alone", "since January", "in the past month".
_RECENT_SCOPE = re.compile(
    r"\b(?:this|last)\s+(?:week|month|year|weekend)\b|\bsince\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+start\s+of\s+(?:the|this)"
    r"\s+year)\b|\bin\s+the\s+(?:past|last)\s+(?:(?:few|two|three|several|\d+)\s+)?(?:days?"
    r"|weeks?|months?|year)\b|\balone\b|\bso\s+far\b",
)


# A side named after the toll: "on the side of the military", "on the Israeli side".
_SIDE_AFTER = re.compile(
    r"\bon\s+(?:the\s+)?(?:side\s+of\s+(?:the\s+)?[\w'’ .-]{2,40}?(?=\s*(?:[,.;]|while|and|$))"
    r"|[\w'’ .-]{2,40}?\s+side\b(?!\s+of\s+(?:the\s+)?(?:border|frontier|line|river|fence|wall)))",
    re.IGNORECASE,
)
# What may stand between a toll's verb and the next figure that goes with it: "were
# killed and", "killed, 85 wounded": ("at least" and the like belong to the figure).
_JOINED_TO_NEXT = re.compile(
    r"[\w-]*\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:at\s+least|more\s+than|some|another|about)\s+)?",
    re.IGNORECASE,
)
_ITS_SIDE = re.compile(r"on\s+(?:its|their|our|his|her)\s+(?:own\s+)?side\b", re.IGNORECASE)
_SIDE_FRAME = re.compile(r"^\s*(?:On|For)\s+(?:the\s+)?[\w'’ -]{2,40}?\s+side\s*,", re.IGNORECASE)
# Nouns for a whole people, of which women or children are a part.
_UMBRELLA = re.compile(
    r"^(?:civilians|villagers|residents|inhabitants|citizens|locals|[A-Z][\w'’-]*s)$"
)
# Who the victims were by age and sex: a breakdown of a toll, never a party of its own.
_DEMOGRAPHIC = re.compile(
    r"^(?:children|child|kids|women|woman|girls?|boys?|babies|baby|infants?|minors|men|elderly"
    r"|teenagers?)$",
    re.IGNORECASE,
)
# Before a bare verb, words that make it an intent, not a deed: "threatened to kill".
_INTENT_BEFORE = re.compile(
    r"\b(?:to|will|would|could|can|may|might|must|shall|not|never)\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# Before a verb of flight that only describes the people: "trying to flee", "who fled".
_NOT_FINITE_BEFORE = re.compile(r"\b(?:to|who|that|had)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_ANOTHER_CLAUSE = re.compile(r"\b(?:after|when|as|because|since|before|while)\b", re.IGNORECASE)
# A casualty verb in the passive: "were killed", "had been wounded".
_FINITE_KIND = re.compile(
    r"\b(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?P<kind>\w+)"
)
# A place's people, not people uprooted now: "the camps were home to 76,600 refugees".
_HOME_TO = re.compile(
    r"\b(?:home\s+to|hous(?:e|es|ed|ing)|host(?:s|ed|ing)?|population\s+of|inhabited\s+by)"
    r"\s+(?:(?:some|about|around|nearly|more\s+than|over|up\s+to)\s+)?$",
    re.IGNORECASE,
)
# What the uprooted counted do: arrive, cross, shelter ("12,000 refugees have arrived";
# not "3,000 refugees returned home", "500 refugees drowned", "deported 300 refugees").
_ARRIVED = re.compile(
    r"\b(?:arriv\w*|cross\w*|reach\w*|pour\w*|stream\w*|enter\w*|sheltering|sought\s+shelter"
    r"|camp\w*|register\w*|stranded|trapped|bound\s+for|made\s+their\s+way|(?:have|had)\s+come"
    r"|came|gathered|massed|moved\s+(?:to|into))\b",
    re.IGNORECASE,
)
_DISPLACEMENT_OF = re.compile(r"\bdisplacement\s+of\s+$", re.IGNORECASE)
# "could cause the displacement of 1.4 million": a fear, no toll
_MAY_CAUSE = re.compile(
    r"\b(?:could|would|may|might|will|risks?|threatens?|threatening)\s+(?:\w+\s+){0,3}"
    r"(?:the\s+)?displacement\s+of\s+$",
    re.IGNORECASE,
)
# People counted as uprooted whatever the verb: "4,000 refugees arrived", "the camp holds
# 20,000 displaced people" (not those of a verb of their own: "50 refugees were killed").
_UPROOTED_NOUN = re.compile(r"^(?:refugees|evacuees|IDPs|displaced(?:\s+\w+)?)$", re.IGNORECASE)
# Civilians as what was hit, said of the people counted: "opened fire on civilians",
# "its attack on Thai civilians", "a drone hit a funeral gathering". (Narrower than
# _CIVILIAN_NOUNS: a target told as "men" or "guards" may have been fighters.)
_CIVILIAN_PEOPLE = (
    r"(?:civilians|residents|worshippers|mourners|villagers|protesters|pilgrims|passers-by"
    r"|(?:a|the)\s+(?:funeral|wedding)(?:\s+(?:gathering|procession|party|ceremony))?)"
)
# (the words between are the civilians' own: not "targeted militants among civilians")
_CIVILIANS_FILLER = (
    r"(?:(?!(?:among|amid|near|hiding|behind|militants?|fighters?|gunmen|soldiers|troops"
    r"|rebels|insurgents)\b)[\w'’-]+\s+){0,2}?"
)
_CIVILIANS_HIT = re.compile(
    rf"\b(?:fire|attacks?|strikes?|raids?|shelling|bombing|assault)\s+on\s+{_CIVILIANS_FILLER}"
    rf"{_CIVILIAN_PEOPLE}\b|\b(?:targeted|targeting|hit|hitting|struck|striking|bombed|shelled)"
    rf"\s+{_CIVILIANS_FILLER}{_CIVILIAN_PEOPLE}\b",
    re.IGNORECASE,
)
_MASSACRE = re.compile(r"\bmassacr(?:e|es|ed|ing)\b", re.IGNORECASE)
# Who did it, in a relative clause: "gunmen who had opened fire on civilians".
_WHO_DID_BEFORE = re.compile(
    rf"\b(?:{_COMBATANT_NOUNS})\s+(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:[a-z]+\s+)?$",
    re.I,
)
# Where one toll's clause ends and another's begins: "..., and fighting killed another 200".
_TOLLS_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|while|but)\s")


def _civilians_hit(text: str, start: int, end: int) -> bool:
    """Whether the toll's own clause says civilians were hit ("opened fire on civilians,
    killing one", "a drone hit a funeral gathering") or massacred, when it names no
    fighter among them (nor as those who hit them: "gunmen who had opened fire on
    civilians")."""
    hit = _CIVILIANS_HIT.search(text)
    if hit is not None and not _WHO_DID_BEFORE.search(text, max(0, hit.start() - 40), hit.start()):
        return True
    # (a massacre in the toll's own clause: not "... in the massacre, and fighting killed
    # another 200")
    lo = max((m.end() for m in _TOLLS_CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    nxt = _TOLLS_CLAUSE_BREAK.search(text, end)
    clause = text[lo : nxt.start() if nxt is not None else len(text)]
    return bool(_MASSACRE.search(clause) and not _COMBATANT.search(clause))


# The people hit were people who had fled (the displaced, in a shelter or a camp) or
# civilians on their way (a bus carrying them).
_SHELTERING = re.compile(
    r"\b(?:shelter(?:ing|ed|s)?|hous(?:ing|ed|es)|hosting|hosted)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:displaced|IDPs|refugees|evacuees)\b|\b(?:displacement|refugee|IDP)\s+camps?\b"
    r"|\bsites?\s+(?:housing|for)\s+(?:internally\s+)?displaced\b"
    # ... or civilians on their way: "a bus carrying civilians", "a convoy of civilians"
    r"|\b(?:bus|buses|car|cars|van|minibus|convoy|train|boat|truck)\s+(?:carrying|of|full\s+of"
    r"|packed\s+with)\s+(?:[\w-]+\s+)?(?:civilians|passengers|families|evacuees|refugees)\b",
    re.IGNORECASE,
)
# "..., half of them already displaced", "..., most of whom have fled": a share of the
# figure before, its size not given.
_SHARE_OF = re.compile(
    r"\s*,\s*(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:half|most|many|some|a\s+third"
    r"|two[- ]thirds|a\s+quarter|three[- ]quarters|the\s+majority|a\s+(?:large\s+)?(?:part"
    r"|portion|share|number)|\d+\s*(?:%|per\s*cent)"
    # "a city of a million people, thousands of whom have fled"
    r"|(?:tens\s+of\s+|hundreds\s+of\s+)?(?:thousands|hundreds|dozens|millions))\s+of\s+(?:them|whom)\b",
    re.IGNORECASE,
)
_PLAIN_PEOPLE = re.compile(r"^(?:people|persons|individuals)$", re.IGNORECASE)
# "..., most of them civilians", "..., mostly women and children": the victims named
# after the figure, or after its verb ("40 people were killed, most of them civilians").
_MOSTLY_CIVILIANS = re.compile(
    r"\s*,\s*(?:most|mostly|many|nearly\s+all|almost\s+all|all|the\s+majority)(?:\s+of\s+"
    r"(?:them|whom))?\s+(?:were\s+|being\s+)?(?:civilians|women\s+and\s+children"
    r"|children\s+and\s+women)\b"
    # who they were, between dashes: "two people - a father and his daughter - were"
    r"|\s*[-–—]\s*(?:a|an|one|two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|men|women"
    r"|child|children|boy|girl|boys|girls|father|mother|baby|couple|civilians?)\b"
    r"(?!\s+(?:soldiers?|gendarmes?|police|policem[ae]n|officers?|troops|fighters|militants"
    r"|personnel|guards?))"
    # (an aside the dashes close: not "rose to 20 – 14 civilians and six soldiers")
    r"(?=[^-–—.;]{0,40}\s[-–—]\s)",
    re.IGNORECASE,
)
_A_WORD = re.compile(r"[\w-]+")


@dataclass(frozen=True)
class _Found:
    kind: str
    np_end: int  # end of the victims' noun phrase
    verb_pos: int  # where the casualty word is
    noun: str | None  # the victims' head noun, if any
    phrase: str = ""  # a toll's own words: "their military dead", "number of troops killed"
    put_at: int | None = None  # where who "put the toll at" the figure did so


def extract_casualties(ctx: ArticleContext) -> list[Casualty]:
    out: list[Casualty] = []
    last_party: tuple[int, Quantity, _Found, str] | None = None
    parties_of: dict[int, set[str]] = {}  # the sides of each sentence's dead
    # The claimant of the last sentence's figures: a report listed over several
    # sentences ("Khartoum saw three deaths ... Nyala recorded six") stays its own.
    report: tuple[int, str] | None = None
    # The side of the "people" of the article's toll, by kind, once its text has said
    # who they were ("people sheltering in a school for the displaced").
    people: dict[str, int | None] = {}  # (by kind, the largest figure of those people)
    for sent in ctx.sents:
        if not _maybe_casualty(sent.text):
            continue
        if _WHAT_IF.search(sent.text) or _MAY_COME.search(sent.text):
            continue  # "What would happen if an incident killed a sailor?": no one was
        quantities = _quantities(sent.text)
        if not quantities:
            continue
        # (a running total of a war however old, "killed since 2017", is a toll of now:
        # the reference gold counts it, as a cumulative tally)
        since = _history(ctx, sent)  # "an uprising in 1982 ... 40,000 people died"
        wars_told = may_hold(sent.text, _WAR_WORDS, sent.folded)
        then_at = _past_event_at(ctx, sent)
        if (
            since is None
            and not sent.dates
            and sent.index > 0
            and _BACK_THEN.match(sent.text)
            and _history(ctx, ctx.sents[sent.index - 1]) is not None
        ):
            # "The last escalation was in April 2016. Throughout the four-day campaign, 64
            # soldiers were killed": the sentence before set the time, long past
            since = (0, False)
        acts = None
        prev: tuple[Quantity, _Found, str] | None = None
        skipped_end: int | None = None  # where the last part of a whole ended
        part_of: _Found | None = None  # ... and what befell it
        # A toll that names no victims takes those of a figure just before ("The
        # ministry had initially put the death toll at 40").
        recent = None
        if last_party is not None and sent.index - last_party[0] <= 2:
            # (of no one side when that sentence told the dead of two: "three soldiers
            # and two civilians were killed. Thirty others were injured")
            mixed = len(parties_of.get(last_party[0], ())) > 1
            recent = (
                last_party[1],
                _Found(last_party[2].kind, -1, -1, None),
                UNKNOWN if mixed else last_party[3],
            )
        # ... but a toll of the whole war ("the war, which has killed thousands") counts
        # everyone it killed, not the victims of the incident told just before.
        war_at = _war_total(sent.text) if recent is not None else None
        first_here = len(out)
        wholes: list[int] = []  # "16 civilian casualties (one killed, 15 injured)"
        spans: dict[int, tuple[int, int]] = {}  # where each figure of the sentence is
        part_hit = False  # a part of the next figure's whole was killed or wounded
        part_left: Quantity | None = None  # a part whose fate is told after its whole
        for i, q in enumerate(quantities):
            nxt = quantities[i + 1] if i + 1 < len(quantities) else None
            # "three of the 30 attackers were killed": the part is the toll when it is
            # killed or wounded; the whole when it is what befell them all ("20 of the 48
            # hostages are alive"), or told with its own toll ("two of the 12 wounded")
            whole = (
                i > 0 and _PART_OF.fullmatch(sent.text, quantities[i - 1].end, q.start) is not None
            )
            if whole and part_hit and not _WHOLE_TOLD.match(sent.text, q.end):
                part_hit = False
                continue
            part_hit = False
            if (
                prev is not None
                and prev[1].kind == "wounded"
                and (died := _OF_THEM_DIED.match(sent.text, q.end)) is not None
            ):
                # "Five soldiers were wounded and two of them died": the dead of those
                found: _Found | None = _Found("killed", q.end, died.start("verb"), prev[1].noun)
                died_of_them = True
            else:
                found = _classify(ctx, sent, q, nxt, prev)
                died_of_them = False
                if (
                    found is not None
                    and found.kind == "wounded"
                    and (died := _WHO_LATER_DIED.match(sent.text, found.np_end)) is not None
                ):
                    # "injured seven people including a soldier who later died": he died
                    found = _Found("killed", found.np_end, died.start("verb"), found.noun)
            if (
                found is None
                and part_of is not None
                and _AND.match(sent.text[skipped_end or 0 : q.start])
            ):
                # "killed 30 people, including 12 children and six women": the next part
                # shares the fate of the part before it
                np_end, noun = _victims(sent.text, q)
                if noun is None and (listed := _LISTED_NOUN.match(sent.text, q.end)):
                    np_end, noun = listed.end(), listed.group(1)  # "three railway workers"
                elif noun is None and (nation := _NATIONAL.match(sent.text, q.end)):
                    np_end, noun = nation.end(), nation.group("noun")  # "and three Turks"
                if noun is not None:
                    found = _Found(part_of.kind, np_end, part_of.verb_pos, noun)
            if (
                found is None
                and prev is not None
                and prev[1].kind in ("killed", "wounded")
                and _COMMA_ONLY.fullmatch(sent.text, prev[1].np_end, q.start)
                and _IN_A_PLACE_ONLY.match(sent.text, q.end)
            ):
                # "25 people were killed in Goma, nine in Gisenyi": the verb left out
                found = _Found(prev[1].kind, q.end, q.start, None)
            if (
                found is None
                and prev is not None
                and _OF_THE_WHOLE.match(sent.text[: prev[0].start])
                and (verb := _WORD_AT.match(sent.text, prev[1].verb_pos)) is not None
                and re.fullmatch(
                    r"\s*,\s*(?:(?:nearly|about|some|around|at\s+least)\s+)?",
                    sent.text[verb.end() : q.start],
                )
                and (were := _WERE_WHAT.match(sent.text, q.end)) is not None
            ):
                # "Of the 40 people killed, 12 were children", "..., nearly 200 were in Sumy":
                # a part of that toll
                who = were.group("who")
                noun = who.split()[-1] if who else None
                found = _Found(
                    prev[1].kind, were.end("who") if who else q.end, prev[1].verb_pos, noun
                )
            if (
                found is None
                and prev is not None
                and prev[1].verb_pos > prev[0].end
                and (verb := _WORD_AT.match(sent.text, prev[1].verb_pos)) is not None
                and _AS_WELL_AS.fullmatch(sent.text, verb.end(), q.start)
            ):
                # "69 soldiers were killed as well as 40 civilians": the same fate
                np_end, noun = _victims(sent.text, q)
                if noun is not None:
                    found = _Found(prev[1].kind, np_end, prev[1].verb_pos, noun)
            if (
                whole
                and part_left is not None
                and found is not None
                and found.kind in ("killed", "wounded", "displaced")
                and found.verb_pos > q.end
                and not _WHOLE_TOLD.match(sent.text, q.end)
            ):
                q = part_left  # "left three of the 30 attackers and a cop dead": three
            part_left = None
            whole_of = nxt if nxt and _PART_OF.fullmatch(sent.text, q.end, nxt.start) else None
            if found is None and whole_of is not None:
                part_left = q
            if found is not None and whole_of is not None:
                if found.kind not in ("killed", "wounded") or _WHOLE_TOLD.match(
                    sent.text, whole_of.end
                ):
                    continue
                part_hit = True
            if found is None or _MIXED_KINDS.match(sent.text, found.verb_pos):
                continue  # "19 killed and injured": a count of both, no death toll
            if found.verb_pos > q.end and _MAYBE_BEFORE.search(
                sent.text, max(q.end, found.verb_pos - 60), found.verb_pos
            ):
                continue  # "200,000 could be forced from their homes": a fear, no toll
            if found.verb_pos > q.end and _CANNOT_BEFORE.search(
                sent.text, max(q.end, found.verb_pos - 20), found.verb_pos
            ):
                continue  # "civilians unable to flee", "who could not escape": no toll
            if _ASKED_BEFORE.search(sent.text, max(0, q.start - 40), q.start):
                continue  # "Amnesty interviewed 42 displaced residents": a sample, no toll
            if _by_nature(sent.text, min(q.start, found.verb_pos), max(q.end, found.verb_pos)):
                continue  # "the quake's death toll has reached 3,649": no one's war dead
            if (
                _REMEMBERED.search(sent.text, max(0, q.start - 30), q.start)
                and _OF_HISTORY.search(sent.text, q.end, q.end + 80)
                and not _THESE_DAYS.search(sent.text)
            ):
                continue  # "a wreath to honour the 1.5 million killed in the genocide": history
            if found.kind == "displaced" and _EVACUATED_HURT.match(sent.text, q.end):
                continue  # "45 were evacuated in critical condition": to hospital, not home
            if found.kind == "displaced" and _GOING_HOME.match(
                sent.text, found.np_end, found.np_end + 90
            ):
                continue  # "thousands of displaced people returned to their homes": a return
            if _MIXED_BEFORE.search(sent.text, max(0, found.verb_pos - 20), found.verb_pos):
                continue  # "the killing or wounding of several": both again
            share = _SHARE_OF.match(sent.text, found.np_end)
            if (
                share is not None
                and found.verb_pos >= share.start()
                and "," not in sent.text[share.end() : found.verb_pos]
            ):
                # "three million people, half of them displaced": the whole, no toll (but
                # "15 people, most of them civilians, were killed" closes the aside first)
                continue
            if then_at is not None and then_at[0] < q.start < then_at[1]:
                continue  # "since their 1967 clashes, when India lost 80 soldiers"
            if (
                wars_told
                and (
                    ended := _ENDED_WARS_TOLL.search(
                        sent.text, max(0, found.verb_pos - 90), found.verb_pos + 12
                    )
                )
                is not None
                and ended.start() < found.verb_pos < ended.end() + 5
                # (a toll of a time of its own stays: "which has killed 22 people this week")
                and not _RECENT_SCOPE.search(
                    sent.text, found.verb_pos, _clause_end(sent.text, q.end)
                )
            ):
                continue  # "a conflict that killed 400,000 people": a war over, history
            if (
                since is not None
                and (q.start > since[0] or not since[1])
                and (since == (0, False) or _same_clause(sent.text, q.start, since[0]))
            ):
                continue  # a whole-war running total, background to the news
            if (
                q.count is None
                and q.low is None
                and q.high is None
                and _TOLL_UNKNOWN.search(sent.text)
            ):
                continue  # "the final toll is not determined yet ... many victims": no toll
            if acts is None:
                acts = speech_acts(ctx, sent)
            claimant = claimant_at(ctx, sent, q.start, acts) or _quoted_by(ctx, sent, q)
            if found.put_at is not None:
                # "X put the toll at 40"; "..., while a monitor put it at 25": who
                # estimated it, even inside another's words (but not "the ministry said
                # Israeli strikes put the toll at 35,000": the ministry's figure)
                who, own = estimator(ctx, sent, found.put_at)
                if who and (own or claimant is None):
                    claimant = who
            if claimant is None and (
                doc := _DOCUMENTED.search(sent.text, max(0, q.start - 30), q.start)
            ):
                # "UNAMA documented at least 16 civilian casualties": who counted them
                who = ctx.subject(sent, doc.start(), reach=0)
                if who is not None:
                    claimant = claimant_name(ctx, sent, who)
            if (
                claimant is None
                and report is not None
                and _goes_on(sent, report, acts, q.start)
                and not _another_country(ctx, sent, report[0])
                # (not the war's toll told after a report of one day's: "Some 191,000
                # people have been killed since the uprising began" is no one's here)
                and (report[0] == sent.index or _war_total(sent.text) is None)
            ):
                claimant = report[1]
            before = recent if war_at is None or q.start < war_at else None
            if before is not None and _anothers_body(ctx, claimant, before[2]):
                # "The Palestinian Health Ministry reported a toll of 104" after an Israeli
                # soldier killed: a people's own body counts its own dead, not the side's
                before = None
            party = _party(ctx, sent, q, found, prev or before, claimant)
            plain = bool(found.noun and _PLAIN_PEOPLE.match(found.noun))
            # (a figure that shares the verb of one before has its own place: "killed
            # five in Kherson and one in Mykolaiv")
            # ("49 deaths in Kharkiv, 25 in Sumy": the noun of the one before)
            shared = prev is not None and (
                found.verb_pos < prev[0].start < q.start
                or (found.verb_pos == prev[1].verb_pos and found.verb_pos < q.start)
            )
            own_end = max(found.verb_pos, q.end)
            where = ctx.place_of(
                sent,
                q.start if shared else min(found.verb_pos, q.start),
                own_end,
                nxt.start if nxt is not None else None,
                # (the next figure, when only "and" or a comma joins it to this one)
                (nxt.start, nxt.end)
                if nxt is not None
                and _JOINED_TO_NEXT.fullmatch(sent.text, own_end, nxt.start)
                # (not the whole's place from its part: "Of the 1,000 killed, 200 were in Sumy")
                and not _OF_THE_WHOLE.match(sent.text[: q.start])
                else None,
            )
            past = _past_breakdown(sent.text, found, nxt)
            if where is None and past is not None:
                # "killed 12 people, including four children, in Rafah": the whole's
                # place, told past the breakdown of it
                where = ctx.place_of(sent, past, past, ahead=True)
            figure = max((n for n in (q.count, q.low, q.high) if n is not None), default=None)
            if plain and party == CIVILIANS and not _civilians_hit(sent.text, q.start, q.end):
                # (not people told civilians only by what was hit: a massacre's dead are
                # no measure of a later toll's)
                known = people.get(found.kind)
                people[found.kind] = max(known or 0, figure or 0) or None
            elif (
                plain
                and party == UNKNOWN
                and where is None
                and found.kind in people
                # (not a toll of far more than those people, "violence in which more than
                # 1,000 people were killed"; a later count of them may be a little higher)
                and (figure is None or figure <= 2 * (people[found.kind] or 0))
            ):
                # "62 people had been killed", told later of the strike on the shelter
                # whose dead the article has called civilians: the same people
                party = CIVILIANS
            subset = (
                bool(
                    _SUBSET_BEFORE.search(sent.text, max(0, q.start - 40), q.start)
                    or (
                        _SUBSET_AFTER.match(sent.text[q.end :])
                        # (not the second of two that share the verb: "three soldiers and two
                        # civilians were among the dead")
                        and not (
                            prev is not None
                            and re.fullmatch(r",?\s+and\s+", sent.text[prev[1].np_end : q.start])
                        )
                    )
                    or (
                        prev is not None
                        and _PARTS_AFTER_A_DASH.match(sent.text[prev[0].end : q.start]) is not None
                    )
                )
                and not (
                    # "30 casualties, including 9 deaths": the dead are a toll of their own
                    found.noun
                    and _KIND_NOUN.match(found.noun)
                    and (prev is None or prev[1].kind != found.kind)
                )
            )
            if (
                prev is not None
                and re.fullmatch(r"\s*,\s*", sent.text[prev[1].np_end : q.start])
                # (not a list that ends "and 45 children": "killed 83 men, 28 women, and
                # 45 children" counts each)
                and not (
                    nxt is not None
                    and _AND.match(sent.text[found.np_end : nxt.start])
                    and not _GENERIC.match(prev[1].noun or "people")
                    # (one verb before the list: "killed 83 men, 28 women, and ...", or
                    # after it: "19 men, five women and a child were killed")
                    and (
                        found.verb_pos == prev[1].verb_pos < prev[0].start
                        or found.verb_pos == prev[1].verb_pos > nxt.end
                    )
                    # (not the parts of a whole: "50 civilians, 20 children and 10 women")
                    and not (
                        _UMBRELLA.match(prev[1].noun or "") and _DEMOGRAPHIC.match(found.noun or "")
                    )
                )
            ):
                subset = subset or prev[1].kind == found.kind  # "killed three people, two Indians"
            if (
                skipped_end is not None
                and _AND.match(sent.text[skipped_end : q.start])
                # (not a toll of another kind: "40 killed, including six children, and
                # 75 others were wounded")
                and (prev is None or prev[1].kind == found.kind)
                # (nor past the comma that closes the breakdown: "19 civilians, including
                # five children, and eight soldiers" are two tolls)
                and not (
                    _COMMA_AND.match(sent.text, skipped_end, q.start)
                    and _COMMA_ASIDE.search(sent.text, max(0, skipped_end - 200), skipped_end)
                )
            ):
                subset = True  # "including 84 children and 35 women"
            if died_of_them:
                subset = False  # a toll of its own: those who died
            demographic = bool(found.noun and _DEMOGRAPHIC.match(found.noun))
            part_group: str | None = None  # the part of a whole this figure counts
            if subset and (prev is None or prev[2] != UNKNOWN or party == UNKNOWN or demographic):
                # "11 civilians including two children", "27 people, including 10
                # children": a breakdown, not a new toll; "150,000 people ..., 14,500
                # of them civilians" names another party.
                skipped_end, part_of = found.np_end, found
                group = _group(found.noun)
                # (a figure of the part, not "including several mercenaries")
                counted = q.count is not None or q.low is not None
                named = (
                    _named_part(
                        found.noun,
                        sent.text[q.end : found.np_end],
                        sent.text[found.np_end :],
                        one=q.count == 1,
                    )
                    if group is None and counted
                    else None
                )
                if named is not None and (prev is None or party in (prev[2], UNKNOWN)):
                    # "31 people, including 23 soldiers", "45 Hamas fighters, including
                    # three commanders": a figure stated of a part, in a row of its own,
                    # of the whole's side when that is a side
                    part_group = named
                    if prev is not None and prev[2] not in (UNKNOWN, CIVILIANS):
                        party = prev[2]
                elif not (
                    # "18 civilians were among those killed": the whole untold here, the
                    # civilians a figure of their own
                    (party == CIVILIANS and prev is None and not group and counted)
                    or (
                        party == CIVILIANS
                        and group
                        # (not the young of a force: "40 soldiers, including 12 teenagers",
                        # "Forty Houthis, including 12 teenagers"; nor men or teenagers,
                        # who may be either)
                        and (
                            prev is None
                            or (
                                prev[2] in (CIVILIANS, UNKNOWN)
                                and not _COMBATANT.search(prev[1].noun or "")
                            )
                        )
                        and group not in ("men", "teenagers", "teenager")
                    )
                ):
                    continue
                # ... yet the children among them are a figure stated: a toll of that
                # part of the civilians, never a claim of the whole
            elif subset:
                # "27 people, including 10 civilians and two journalists": the
                # civilians are a party of their own, and the parts go on after them
                skipped_end, part_of = found.np_end, found
                if party == CIVILIANS:
                    part_group = _named_part(
                        found.noun, sent.text[q.end : found.np_end], sent.text[found.np_end :]
                    )
            else:
                skipped_end = part_of = None
            if not subset:
                # (a part told inside the whole, "including 10 civilians", leaves the
                # whole as the figure later ones follow: "... and 400 were wounded")
                prev = (q, found, party)
                last_party = (sent.index, q, found, party)
                parties_of.setdefault(sent.index, set()).add(party)
            report = (sent.index, claimant) if claimant else None
            out.append(
                Casualty(
                    party=party,
                    kind=found.kind,  # type: ignore[arg-type]
                    count=q.count if q.low is None or q.count is not None else None,
                    low=q.low,
                    high=q.high,
                    approximate=q.approximate,
                    evidence=ctx.evidence(sent),
                    date=ctx.date_of(
                        sent,
                        # (a figure's own day right after it: "60 on Friday and 50 on
                        # Saturday" share the verb, not the day)
                        q.start
                        if _OF_A_DAY.match(sent.text, q.end)
                        else min(found.verb_pos, q.start),
                        max(found.verb_pos, q.end),
                        # (not when the verb is told after the next figure: "A soldier and
                        # 13 civilians were killed on Monday" were all killed that day; nor
                        # past a breakdown of this figure, whose day is the whole's)
                        nxt.start
                        if nxt is not None and found.verb_pos < nxt.start and past is None
                        else None,
                    ),
                    location=where,
                    claimed_by=claimant,
                    group=part_group
                    or (_group_of(sent.text, found) if party == CIVILIANS else None),
                )
            )
            spans[len(out) - 1] = (q.start, max(q.end, found.np_end))
            if sent.text.startswith("casualt", found.verb_pos):
                wholes.append(len(out) - 1)
        dropped = set()
        for w in wholes:
            # casualties are the dead and the hurt: told apart right after the sum
            # ("16 casualties (one killed, 15 injured)", "2,788 casualties: 1,081 killed
            # and 1,707 injured"), the sum is no toll of the wounded
            end = spans[w][1]
            parts = [
                i
                for i in range(first_here, len(out))
                if i not in wholes and spans[i][0] >= end and spans[i][0] - end < 80
            ]
            told = {out[i].kind for i in parts}
            if {"killed", "wounded"} <= told and _PARTS_AFTER.match(sent.text, end):
                dropped.add(w)
        if dropped:
            out = [c for i, c in enumerate(out) if i not in dropped]
    return out


def _past_breakdown(text: str, found: _Found, nxt: Quantity | None) -> int | None:
    """Where a figure's own words go on past a breakdown of it that holds the next
    figure ("killed 12 people, including four children, in Rafah on Sunday"; "12
    people, including four children, were killed in Rafah"): the place and day told
    after it are the whole's too."""
    if nxt is None:
        return None
    aside = _ASIDE.match(text, found.np_end)
    if aside is None or aside.end() <= nxt.start:
        return None
    if found.verb_pos > nxt.start:
        return found.verb_pos if found.verb_pos >= aside.end() else None  # its verb after it
    return aside.end() if aside.group(0).endswith(",") else None


#: The words for a part of a people, as a row of the ledger names it.
_GROUP_WORDS = {
    "child": "children", "kids": "children", "kid": "children", "woman": "women",
    "girl": "girls", "boy": "boys", "baby": "babies", "infant": "infants",
    "minor": "minors", "teenager": "teenagers",
}  # fmt: skip


_AND_A_GROUP = re.compile(r"\s+and\s+([a-z]+)\b")


def _group_of(text: str, found: _Found) -> str | None:
    """The part of the civilians a figure counts, with a second part joined to it:
    "25 women and children" are women and children, not women."""
    group = _group(found.noun)
    more = _AND_A_GROUP.match(text, found.np_end) if group else None
    other = _group(more.group(1)) if more else None
    return f"{group} and {other}" if other and other != group else group


# A part of a list of parts named by a plain noun phrase that no pattern of victims
# knows: "including 23 soldiers, three railway workers and five passengers".
_LISTED_NOUN = re.compile(r"\s+((?:[a-z-]+\s+){0,2}[a-z-]+s)\b(?=\s*(?:,|and\b|\)|$))")


_OF_A_FAMILY = re.compile(r"\s*of\s+(?:the\s+same|one|a|an|his|her|their)\s+(?:\w+\s+)?famil")


def _named_part(
    noun: str | None, phrase: str = "", phrase_after: str = "", *, one: bool = False
) -> str | None:
    """A part of a toll named by what its people are ("soldiers", "journalists",
    "police officers", and "one soldier" when ``one``), not by a word for anyone
    ("people", "others"), a word for the toll ("dead"), a people ("civilians",
    "Syrians") or an age and sex (see `_group`)."""
    if (
        not noun
        or not noun.islower()
        or not (noun.endswith("s") or one)
        or _GENERIC.match(noun)
        or _KIND_NOUN.match(noun)
        or _DEMOGRAPHIC.match(noun)
        or _UMBRELLA.match(noun)
    ):
        return None
    if noun in ("members", "relatives") and _OF_A_FAMILY.match(phrase_after):
        return None  # "14 members of the same family": of no kind of people
    # the words of its noun phrase: "rescue workers", not "workers"
    words = phrase.split()
    if (
        1 < len(words) <= 3
        and words[-1] == noun
        and all(re.fullmatch(r"[a-z-]+", w) for w in words)
    ):
        return " ".join(words)
    return " ".join(noun.split())


def _group(noun: str | None) -> str | None:
    """The part of the civilians a figure counts, from the head of its noun phrase:
    "316 children", "790 women" are not counts of all the civilians."""
    head = (noun or "").split()[-1:]
    if not head or not _DEMOGRAPHIC.match(head[0]):
        return None
    word = head[0].lower()
    return _GROUP_WORDS.get(word, word)


# Stems of every casualty word: a plain substring test before the patterns.
_STEMS = (
    "kill", "dead", "die", "dying", "death", "toll", "lives", "life", "perish", "neutrali",
    "behead", "crucif", "slaughter", "gunned",
    "eliminat", "liquidat", "slain", "massacre", "execut", "bodies", "fatalit", "martyr",
    "murder",
    "wound", "injur", "hurt", "casualt", "missing", "unaccounted", "disappear", "captur",
    "prisoner", "captiv", "detain", "abduct", "kidnap", "hostage", "arrest", "displac",
    "fled", "flee", "refuge", "evacuat", "relocat", "custody", "homeless", "uproot", "homes",
    "lost", "losing", "fell in", "ultimate", "hell",
)  # fmt: skip


def _maybe_casualty(text: str) -> bool:
    lowered = text.lower()
    if not any(stem in lowered for stem in _STEMS):
        return False
    if text.isascii():
        # the same test, case-sensitive on the lower-cased text: several times faster,
        # and exact for ASCII (see briefings.nlp.folding.may_hold)
        return bool(_KIND_LOWER.search(lowered) or _LOST_LOWER.search(lowered))
    return bool(_KIND_RE.search(text) or _LOST.search(text))


_KIND_LOWER = re.compile(_KIND_RE.pattern)
_LOST_LOWER = re.compile(_LOST.pattern)


def _another_country(ctx: ArticleContext, sent: Sent, since: int) -> bool:
    """Whether ``sent`` opens on another country than the one the report of sentence
    ``since`` counted in: "... 50 civilians in Cambodia were hurt, the spokesperson said.
    In Thailand, six soldiers were killed" is no longer her count (a report listed by
    town, "In Rafah, five more ...", goes on)."""
    opening = _IN_A_PLACE.match(sent.text)
    if opening is None or since == sent.index:
        return False
    lands = ("country", "demonym")
    here = {
        m.actor or m.text for m in sent.mentions if m.kind in lands and m.start == opening.end()
    }
    there = {m.actor or m.text for m in ctx.sents[since].mentions if m.kind in lands}
    return bool(here) and bool(there) and not here & there


_IN_A_PLACE = re.compile(r"(?:In|Inside|Across|Over\s+in)\s+(?:the\s+)?")


def _goes_on(sent: Sent, report: tuple[int, str], acts: list, at: int) -> bool:
    """Whether ``sent`` goes on listing the figures of the report just before: the
    same or the next sentence, with no one of its own saying anything, nor the figure
    inside what someone unnamed here says ("A medical professional confirmed that 18
    were injured")."""
    return (
        sent.index - report[0] in (0, 1)
        and not any(a.speaker or a.name or a.content_start <= at < a.content_end for a in acts)
        # "AFP video footage showed at least 47 bodies": a source of its own
        and not (
            (seen := _SEEN_IN.search(sent.text, 0, at)) is not None
            and seen.end() >= at - 40
            and not _BY_A_SOURCE.search(seen.group())
        )
    )


_BY_A_SOURCE = re.compile(r"\b(?:released|provided|published|shared|issued|posted)\s+by\b")
_SEEN_IN = re.compile(
    r"\b(?:footage|video|videos|images|photos|photographs|pictures|imagery)\b[^.;]{0,60}?"
    r"\b(?:showed|shows|show|showing)\b",
    re.IGNORECASE,
)


def _quoted_by(ctx: ArticleContext, sent: Sent, q: Quantity) -> str | None:
    """The speaker of the direct quote the figure stands in: '"Up to 150 were
    eliminated," he told a briefing'."""
    at = sent.span.start + q.start
    for quote in quotes_of(ctx):
        if quote.start <= at < quote.end:
            return claimant_name(ctx, quote.last, quote.speaker)
    # '"We counted eight dead. The toll may rise," Dr Ahmed Nur, a local doctor, told
    # AFP': a quote of no side's that goes on into a later sentence is its teller's
    sents = ctx.sents
    i = sent.index
    if i + 1 >= len(sents) or not sents[i + 1].opened:
        return None
    if not inside_quote(sent.text, q.start, sent.opened):
        return None
    while i + 1 < len(sents) and sents[i + 1].opened and i - sent.index < 4:
        i += 1
    last = sents[i]
    return claimant_at(ctx, last, 0, speech_acts(ctx, last))


_PART_OF = re.compile(
    r"\s+(?:of(?:\s+(?:the|its|their|those|these))?|out\s+of(?:\s+(?:the|its|their))?)\s+$",
    re.IGNORECASE,
)
#: A whole with a toll of its own right after its noun: "the 12 people wounded".
#: (not "dead" after a noun: "left four of the 25 gunmen dead" tells the part's fate;
#: but "six of the 20 dead", "of the 40 casualties", "of the 40 soldiers who were killed")
_WHOLE_TOLD = re.compile(
    # ("2,200 out of 21,000 displaced families": those reached of the displaced)
    r"\s+(?:dead|casualties|victims|fatalities|wounded|injured|killed|displaced)\b"
    r"|\s+[\w-]+\s+(?:wounded|injured|killed|hurt)\b"
    r"|(?:\s+[\w-]+){1,2}\s+(?:who|that)\s+(?:were|had\s+been|have\s+been)\s+"
    r"(?:wounded|injured|killed|hurt)\b",
    re.IGNORECASE,
)
_TELLS = re.compile(
    rf"(?:\s+[\w'’-]+){{0,4}}?\s+(?:{alternation(REPORTING)}|told|tells)\b", re.IGNORECASE
)


_VICTIM_VERB_BEFORE = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|life\s+of|death\s+of"
    r"|murder\s+of)\b"
)
_THEY_DIED = re.compile(r"\s+" + _DIED, re.IGNORECASE)
# A verb of its own after the last of a list: "... and a woman was wounded".
_OWN_VERB_AFTER = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\b")
# Between two single victims of one list: "a woman, a man and a child".
# (or no word at all, where commas are lost: "A father a mother and a son")
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+", re.IGNORECASE)
# Kin after one victim: "a woman and her two children", "a man, his wife".
_KIN_AFTER = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:his|her|their)\s+(?:(?P<n>\d{1,2}|"
    + NUMBER_WORD
    + r")\s+)?(?:(?:young|infant|baby|teenage|adult|elderly|little)\s+)?"
    r"(?:(?P<one>child|son|daughter|wife|husband|baby|brother|sister|mother|father|grandson"
    r"|granddaughter|grandchild|grandfather|grandmother|nephew|niece|uncle|aunt|cousin)"
    r"|(?P<two>parents)|children|sons|daughters|brothers|sisters|grandchildren|babies)\b",
    re.IGNORECASE,
)


def _joined_victims(text: str, ones: list[re.Match[str]]) -> dict[int, tuple[int, int]]:
    """Single victims told as one list ("a woman and a child", "a man, his wife and
    their three children"): at the first one's start, how many and where the list ends
    (0 at the others'). Only of one kind of people: "a soldier and a civilian" are two
    sides' dead, each counted on its own."""
    out: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(ones):
        j = i
        while j + 1 < len(ones) and _LIST_GAP.fullmatch(text, ones[j].end(), ones[j + 1].start()):
            j += 1
        group = ones[i : j + 1]
        count, end = len(group), group[-1].end()
        while (kin := _KIN_AFTER.match(text, end)) is not None:
            # ("his parents" are two)
            many = (
                parse_number(kin.group("n"))
                if kin.group("n")
                else (1 if kin.group("one") else 2 if kin.group("two") else None)
            )
            if many is None:
                break  # "a woman and her children": how many is not told
            count, end = count + many, kin.end()
        verb_before = _VICTIM_VERB_BEFORE.search(
            text, max(0, group[0].start() - _WINDOW_BEFORE), group[0].start()
        )
        if count < 2:
            i = j + 1
            continue  # one alone: as before
        if verb_before and _OWN_VERB_AFTER.match(text, end):
            # "killed a man and a woman was wounded", "killed a father, and his three
            # children were injured": the last has a verb of its own; each as before
            i = j + 1
            continue
        if not verb_before and not (_WERE_HIT.match(text, end) or _THEY_DIED.match(text, end)):
            # no fate told of the list here ("two people - a father and his daughter -
            # were killed": the figure before counts them)
            out.update((g.start(), (0, end)) for g in group)
            i = j + 1
            continue
        if count >= 2 and not any(_OWN_NOUN.match(g.group("noun")) for g in group):
            out[group[0].start()] = (count, end)
            out.update((g.start(), (0, end)) for g in group[1:])
        elif len(group) >= 2 and not any(g.group("noun")[0].isupper() for g in group):
            # (not "an Israeli soldier and a Palestinian": a people's name is read as
            # the other side's, after the first's figure)
            out.update((g.start(), (1, end)) for g in group)
        i = j + 1
    return out


def _quantities(text: str) -> list[Quantity]:
    """The sentence's figures, plus a lone victim after a casualty verb ("killed a child",
    "killed two servicemen and a security guard"); not a person's age ("a man around
    45", "a woman aged 60")."""
    found = [
        q
        for q in find_quantities(text)
        if not _AGE_BEFORE.search(text, max(0, q.start - 30), q.start)
        # ("one of five children killed": the five are the figure)
        and not (q.count == 1 and _OF_A_FIGURE.match(text, q.end))
        # ("12 more bodies were found, raising the toll to 31": a part of the 31)
        and not (
            (
                _MORE_AFTER.match(text, q.end)
                or _ANOTHER_BEFORE.search(text, max(0, q.start - 12), q.start)
            )
            and _TOLL_RAISED_TO.search(text, q.end)
        )
        and not (
            _AN_AGES_BOUND.match(q.text)
            and _PEOPLE_OF_AN_AGE.search(text, max(0, q.start - 30), q.start)
        )
    ]
    ones = list(_ONE.finditer(text))
    joined = _joined_victims(text, ones)
    for m in ones:
        if any(q.start <= m.start() < q.end for q in found) and not joined.get(m.start(), (0,))[0]:
            continue
        if m.group("noun") in ("Guard", "Guards"):
            continue  # "a Revolutionary Guard commander": a name's word, not a guard
        if m.start() in joined:
            count, end = joined[m.start()]
            if count == 0:
                continue  # (one of a group counted at its first)
            # "killed a woman and her two children": one figure of three
            found = [q for q in found if not m.start() <= q.start < end]
            span = m.group(0).split()[0]
            found.append(Quantity(m.start(), m.start() + len(span), span, count))
            continue
        if re.match(r"\s+and\s+(?:a|an|one)\b", text[m.end() :]) and not (
            # "A Russian soldier and 13 civilians were killed": a side's own figure
            _OWN_NOUN.match(m.group("noun")) and _AND_OTHERS_HIT.match(text, m.end())
        ):
            continue  # "killing a woman and a child": one figure, told twice
        before_and = re.search(
            r"\b(?:a|an)\s+[\w-]+\s+and\s+$", text[max(0, m.start() - 40) : m.start()]
        )
        if before_and:
            continue  # "a man and a woman"
        before = text[max(0, m.start() - _WINDOW_BEFORE) : m.start()]
        if not _VICTIM_VERB_BEFORE.search(before) and not (
            _ONE_PASSIVE.match(text, m.end())
            or _AND_OTHERS_HIT.match(text, m.end())
            # "nine children and a woman were killed": one more with the figure
            or (
                _FIGURE_AND.search(text, max(0, m.start() - 40), m.start())
                and _WERE_HIT.match(text, m.end())
            )
        ):
            continue
        if _TELLS.match(text, m.end()):
            continue  # "30 injured, a doctor in Kosti told reporters": who says so
        if _ONE_OF_A_FIGURE.match(text, m.end()):
            continue  # "a child, one of five children confirmed dead": counted in the five
        span = m.group(0).split()[0]
        found.append(Quantity(m.start(), m.start() + len(span), span, 1))
    for m in _ANOTHER.finditer(text) if "another" in text or " one " in text else ():
        if not any(q.start <= m.start("one") < q.end for q in found):
            found.append(Quantity(m.start("one"), m.end("one"), m.group("one"), 1))
    return sorted(found, key=lambda q: q.start)


# A sentence that goes on with the time the one before set: "Throughout the four-day
# campaign", "During that war", "At the time".
_BACK_THEN = re.compile(
    r"\W*(?:(?:Throughout|During|In|Over)\s+(?:that|the|those|this)\s+"
    # (not "In the current war", "In the past few days": now)
    r"(?!(?:current|latest|past|recent|ongoing|present|new|last|coming|renewed)\b)(?:[\w-]+\s+){0,3}"
    r"(?:war|campaign|fighting|conflict|clashes|offensive|escalation|battles?|hostilities"
    r"|days|weeks|months|period|flare-up|uprising|siege)\b|At\s+the\s+time\b|That\s+year\b)"
)
# A period's start before a date: "since 2017", "began in 2016".
_STARTED_BEFORE = re.compile(
    r"\b(?:(?P<since>since)|began|started|erupted|broke\s+out)\s+(?:(?:in|on)\s+)?(?:\w+\s+)?"
    r"(?:\d|$)",
    re.IGNORECASE,
)
_SINCE_THEN = re.compile(r"\bsince\b", re.IGNORECASE)
# A toll that runs to now: "has killed", "have been displaced", "has claimed".
_TALLY_VERB = re.compile(
    r"\b(?:has|have)\s+(?:been\s+|since\s+)?(?:killed|left|claimed|displaced|wounded|injured"
    r"|died|forced|uprooted|taken)\b",
    re.IGNORECASE,
)


# What befell people in a past event told just before: "..., when", "in which".
_WHEN_THEN = re.compile(
    r"(?:\s+(?:in|at|near|on)\s+(?:[A-Z][\w'’-]*\s*){1,3})?,?\s+(?:when|in\s+which|during\s+which)\b"
)
# A past event named by its year: "their 1967 clashes", "the 2006 war".
_YEAR_EVENT = re.compile(
    r"\b(?:the|their|its|a)\s+(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+)?(?:wars?|clash(?:es)?"
    r"|conflict|fighting|battles?|offensive|uprising|massacres?|genocide|attacks?|invasion|crisis"
    r"|skirmish(?:es)?|standoff)\b",
    re.IGNORECASE,
)


def _history(ctx: ArticleContext, sent: Sent) -> tuple[int, bool] | None:
    """Where a year more than two years before the article opens a stretch of the
    sentence, when no later date is given there: its tolls are history ("an
    uprising in 1982 ... as many as 40,000 people died"); and whether only the tolls
    told after it are (a month of such a year: "killed 12 on Monday, the worst since an
    attack in October 2022" is today's)."""
    if ctx.base is None:
        return None
    for start, end, phrase in sent.dates:
        started = _STARTED_BEFORE.search(sent.text, max(0, start - 40), start + 6)
        if (
            started is not None
            and (started.group("since") or _TALLY_VERB.search(sent.text))
            # ("the first since 1975, when four soldiers were killed": that year's dead,
            # but "since 1962, when they fought a war, 20 have been killed" is a total)
            and not (_WHEN_THEN.match(sent.text, end) and not _TALLY_VERB.search(sent.text))
        ):
            # "killed since 2017", "the conflict, which began in 2016, has killed": a total
            # to now (not "an uprising that began in 1982 ... 40,000 people died")
            continue
        if _SINCE_THEN.search(sent.text, max(0, start - 60), start) and _TALLY_VERB.search(
            sent.text
        ):
            continue  # "Since the invasion in February 2022, 13,000 have been killed"
        iso = ctx.parse(phrase, future=False) or ""
        # a year, or a month of one ("In October 2017, a truck bomb killed 500")
        year = iso[:4] if len(iso) in (4, 7) else None
        if year and ctx.base.year - int(year) > 2:
            later = [
                (ctx.parse(p, future=False) or "0")[:4] for s, _e, p in sent.dates if s > start
            ]
            # (a later date of today's event makes it news; one as old is history too:
            # "the last round of fighting, between 2008 and 2011")
            if not any(y >= year and ctx.base.year - int(y) <= 2 for y in later if y.isdigit()):
                return start, len(iso) == 7
    if (
        ("ago" in sent.text or "0s" in sent.text)  # (the cheap test first)
        and (ago := _LONG_AGO.search(sent.text)) is not None
        and not any(s > ago.start() for s, _e, _p in sent.dates)
        # (not an aside on a place or a war: "the town, which rebels seized three years
        # ago, killed 15", "The conflict, which began nearly three years ago, has killed")
        and not (
            _ASIDE_BEFORE.search(sent.text, max(0, ago.start() - 80), ago.start())
            and _ASIDE_CLOSES.match(sent.text, ago.end())
        )
        # (not a total to now: "the war, which began in the 1990s, has killed 30,000")
        and not (
            _STARTED_AGO.search(sent.text, max(0, ago.start() - 50), ago.start())
            and _TALLY_VERB.search(sent.text)
        )
    ):
        # "an offensive three years ago during which thousands were killed", "a war in the
        # 1990s claimed 30,000 lives": the tolls told after how long ago it was
        return ago.start(), True
    return None


# A start told before how long ago it was: "since the war began ", "which began ".
_STARTED_AGO = re.compile(
    r"\bsince\b[^,;]{0,40}$|\b(?:began|started|erupted|broke\s+out)\s+"
    r"(?:(?:nearly|almost|more\s+than|over|about|some|just|roughly|at\s+least)\s+)?$",
    re.I,
)
# An aside a comma opens before how long ago, and closes after it.
_ASIDE_BEFORE = re.compile(r",\s*(?:which|who|where|that|when)\b[^,;]*$", re.IGNORECASE)
_ASIDE_CLOSES = re.compile(r"\s*[,–—]")
# A time long gone, told without a date: "three years ago", "decades ago", "in the 1990s".
_LONG_AGO = re.compile(
    r"\b(?:(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]\d|[3-9]|several"
    r"|many)\s+years|(?:two|three|four|five|several|many|a\s+few)\s+decades|a\s+decade"
    r"|decades)\s+ago\b"
    r"|\bin\s+the\s+(?:early\s+|mid-?|late\s+)?(?:18|19|20)\d0s\b",
    re.IGNORECASE,
)


def _past_event_at(ctx: ArticleContext, sent: Sent) -> tuple[int, int] | None:
    """The clause of what befell people in a past event told by its year: "the deadliest
    since their 1967 clashes, when India lost 80 soldiers while over 300 Chinese troops
    were killed" (to the clause's end); not a total that runs on ("Since the 2022
    invasion, when troops poured in, 12,000 have been killed")."""
    if ctx.base is None:
        return None
    text = sent.text
    for m in _YEAR_EVENT.finditer(text):
        when = _WHEN_THEN.match(text, m.end())
        if when is not None and ctx.base.year - int(m.group("year")) > 2:
            end = text.find(",", when.end())
            end = len(text) if end == -1 else end
            if _TALLY_VERB.search(text, m.end(), end):
                return None
            return m.end(), end
    return None


def _anothers_body(ctx: ArticleContext, claimant: str | None, party: str) -> bool:
    """Whether a claimant named by its words is a body of another people than the side
    ``party`` ("Palestinian Health Ministry" when the dead before were Israel's)."""
    if claimant is None or claimant in ctx.lexicon.actor_ids or party not in ctx.lexicon.actor_ids:
        return False
    peoples = {
        m.actor for m in ctx.lexicon.find(claimant) if m.kind in ("country", "demonym") and m.actor
    }
    return bool(peoples) and party not in peoples


def _war_total(text: str) -> int | None:
    """Where a toll of the whole war starts in ``text``: "the war has killed",
    "have died in the conflict", "since then"; None if it is no such total."""
    m = _WAR_TOTAL.search(text)
    return m.start() if m else None


def _same_clause(text: str, a: int, b: int) -> bool:
    """Whether positions ``a`` and ``b`` are no more than a clause apart."""
    lo, hi = min(a, b), max(a, b)
    between = text[lo:hi]
    return hi - lo < 160 and not re.search(r";|\bwhile\b|\bwhereas\b", between)


_AND_FIRST = re.compile(r"\s+and\b")


def _toll_kind(phrase: str) -> str:
    """What a toll's own words count: "the number of displaced", "the injuries", else
    the dead."""
    if re.search(r"displaced|fled", phrase, re.I):
        return "displaced"
    return "wounded" if re.search(r"wounded|injur", phrase, re.I) else "killed"


# A force's noun after a word of sex, which is then no civilians' noun.
_FORCE_AFTER_SEX = re.compile(
    r"\s+(?P<noun>soldiers?|gendarmes?|police\s+officers?"
    r"|policem[ae]n|officers?|troops|fighters|militants|guards?|servicem[ae]n|conscripts"
    r"|recruits|personnel)\b",
    re.IGNORECASE,
)


def _victims(text: str, q: Quantity) -> tuple[int, str | None]:
    """(end of the victims' noun phrase after the figure, its head noun or None)."""
    m = _VICTIMS.match(text, q.end)
    if m is None or _AND_FIRST.match(text, q.end):
        return q.end, None  # "aged from four to 10 and women": "and" joins modifiers only
    noun = m.group("noun")
    end = m.end()
    if noun.lower() in ("women", "men") and (force := _FORCE_AFTER_SEX.match(text, end)):
        # "two women gendarmes", "three female soldiers": the force is the noun
        noun, end = force.group("noun"), force.end()
    if noun.lower() in _NATIONALS:
        pass  # "40 Palestinians": people of a nation
    # "13 Turkish soldiers from Turkey": a trailing "from/of X" belongs to the phrase.
    tail = _OWNER_AFTER.match(text, end)
    return (tail.end() if tail else end), noun


def _classify(
    ctx: ArticleContext,
    sent: Sent,
    q: Quantity,
    nxt: Quantity | None,
    prev: tuple[Quantity, _Found, str] | None,
) -> _Found | None:
    """What the figure at ``q`` counts, or None if it is no casualty figure."""
    text = sent.text
    after = text[q.end :]
    if _THINGS.match(after):
        return None
    if _NEGATED.search(text[max(0, q.start - 25) : q.start]):
        return None
    if _MAY_BE.search(text, max(0, q.start - 20), q.start):
        return None  # "there may be many wounded": a guess, no toll
    if _ONE_OF_THE.match(text, q.start):
        return None  # "the toll is one of the highest": a rank, no count
    if _TO_FLEE_AFTER.match(text, q.end) and _FORCED_BEFORE.search(
        text, max(0, q.start - 40), q.start
    ):
        return _Found("displaced", q.end, q.start, None)  # "forced 500,000 to flee"
    handed = _HANDED_OVER.search(text, max(0, q.start - 50), q.start)
    if (
        handed is not None
        and (handed.group("remains") or _HANDED.match(text, q.end))
        or (_RELEASE_OF.search(text, max(0, q.start - 40), q.start) and _HELD.match(text, q.end))
    ):
        # "the handover of four bodies", "exchange the bodies of 12,000 soldiers", "will
        # release 1,000 prisoners each": people or remains handed over, no toll of harm
        return None
    if _REMAINS_HANDED_AFTER.match(text, q.end) or (
        _REMAINS_OF_BEFORE.search(text, max(0, q.start - 40), q.start)
        and _HANDED_AFTER_NP.match(text, q.end)
    ):
        # "24 more bodies to be handed over", "four of the 28 bodies held by Hamas had been
        # returned", "the bodies of 15 prisoners were handed over": remains handed over
        return None
    if _POPULATION_OF.search(text, max(0, q.start - 40), q.start):
        return None  # "half of a prewar population of 22 million have fled": no count of the fled
    if _CHANGE_OF.search(text, max(0, q.start - 50), q.start) and _COMPARED_AFTER.search(
        text, q.end, q.end + 90
    ):
        # "an increase of nearly 1.5 million displaced persons compared to a year ago":
        # how much a count changed, not a count
        return None
    if _HOUSING.search(text, max(0, q.start - 30), q.start):
        # "a camp housing 12,000 displaced people killed 20": the displaced who live there
        np_end, noun = _victims(text, q)
        if _DISPLACED_WORD.search(text, q.end, np_end):
            return _Found("displaced", np_end, q.start, noun)
    want = _IN_WANT.match(text, q.end)
    if (
        want is not None
        and not _HIT_RIGHT_BEFORE.search(text, max(0, q.start - 40), q.start)
        and not _KIND_RE.search(text, want.end(), _clause_end(text, want.end()))
    ):
        return None  # "25 million people facing acute hunger": in need, not hurt
    lives = _LIVES.match(text, q.end)
    if lives is not None:
        took = _TAKES_LIVES.search(text, max(0, q.start - 30), q.start)
        lost = _LOST_AFTER.match(text, lives.end())
        if took is None and lost is None:
            return None  # "saved 40 lives", "risked 12 lives": no one died
        at = took.start() if took is not None else lives.end()
        civilian = lives.group("civilian") is not None
        return _Found("killed", lives.end(), at, "civilians" if civilian else None)
    nat = _NATIONAL.match(text, q.end) or (
        _ONE_NATIONAL.match(text, q.end) if q.count == 1 else None
    )
    if nat is not None:
        np_end, noun = nat.end(), nat.group("noun")
    else:
        np_end, noun = _victims(text, q)
    if noun is not None and re.search(r"\bof\s+(?:the|those)\b", text[q.end : np_end]):
        if _KIND_NOUN.match(noun) or noun.lower() in ("victims", "bodies"):
            return None  # "two of the dead were medics": a breakdown
    if (sum_of := _CASUALTIES_AFTER.match(text, q.end)) and _BROKEN_DOWN.match(text, sum_of.end()):
        return None  # "two civilian casualties, with one person killed and another injured"
    if noun is not None and _KIND_NOUN.match(noun):
        # "12 dead", "more than 70,400 wounded", "331 civilian deaths"
        if noun.lower() == "bodies" and (
            (q.count is None and q.low is None and q.high is None)
            or re.search(r"\bof\b", text[q.end : np_end])
        ):
            # "many bodies lay in the street": seen, not counted; "one of the group's
            # bodies": a body of an organisation
            return None
        kind = _KIND_RE.match(noun)
        if kind is not None and (
            not re.match(r"\s+(?:by|in\s+the\s+ranks)\b", text[np_end:])
            # ("23 injured by the shelling": what hurt them)
            or _BY_A_WEAPON.match(text, np_end)
        ):
            # "state media gave a toll of 44 dead": who gave it claims it
            gave = _GAVE_TOLL.search(text, max(0, q.start - 160), q.start)
            put_at = gave.start() if gave is not None else None
            at = np_end - len(noun)
            # "23 missing Russian soldiers": the fate, then who they are
            more = _VICTIMS.match(text, np_end)
            if (
                more is not None
                and not _KIND_NOUN.match(more.group("noun"))
                and re.fullmatch(r"\s+(?:[A-Z][\w'’-]*\s+){0,2}", text[np_end : more.start("noun")])
            ):
                np_end, noun = more.end(), more.group("noun")
            return _Found(kind.lastgroup or "killed", np_end, at, noun, put_at=put_at)
    if nxt is not None and nxt.start < np_end:
        # "five of seven soldiers were killed": the whole's figure is in the phrase; the
        # verb may be anywhere up to the figure after it
        nxt = next((x for x in _quantities(text) if x.start >= np_end), None)
    limit = nxt.start if nxt is not None else len(text)
    before = text[max(0, q.start - _WINDOW_BEFORE) : q.start]

    # "took more than 100 of Haftar's fighters prisoner"
    if _TAKE_BEFORE.search(before) or _TAKEN_AFTER.match(text, q.end):
        taken = _TAKEN_PRISONER.match(text[q.end : limit])
        if taken is not None and noun is not None:
            return _Found("captured", np_end, q.start, noun)

    # A casualty word right after the phrase is the figure's own: "killed 3, 12 others
    # injured", "Killed 110 Injured" (headlines run the clauses together).
    own = (
        _OWN_KIND.match(text, np_end)
        if noun or q.approximate or _BARE_END.match(text, q.end) is None
        else None
    )
    if (
        own is not None
        and nxt is not None
        and not text[own.end() : nxt.start].strip(" ,")
        and _KIND_RE.search(before)
    ):
        own = None  # "killed 30 people injured 90": the verb of the next figure
    if (
        own is not None
        and own.group(0).strip().lower().startswith(("were", "was", "have", "had", "are"))
        and _RELATIVE_DEED_BEFORE.search(before)
    ):
        own = None  # "the gunmen who killed two soldiers were arrested": the gunmen were
    if own is not None and own.lastgroup and own.lastgroup != "displaced":
        return _Found(own.lastgroup, np_end, own.start(own.lastgroup), noun)
    if _MAY_CAUSE.search(before):
        return None  # "could cause the displacement of 1.4 million": a fear, no toll
    if _DISPLACEMENT_OF.search(before):
        return _Found("displaced", np_end, q.start, noun)  # "the displacement of 36,000"
    # Verb before the figure: "killed 13 soldiers", "killing at least 22 people".
    kinds_before = list(_KIND_RE.finditer(before))
    lost = _LOST_BEFORE.search(before)
    if lost is not None and _FAMILY_LOST.search(before, 0, lost.start()):
        lost = None  # "a woman who lost two sons", "one family lost seven members"
    if lost is not None and noun is not None and not _KIND_NOUN.match(noun):
        # "the brigade lost 300 fighters": lost people are dead
        return _Found("killed", np_end, q.start - len(before) + lost.start(), noun)
    # "wounded 27 since Thursday", "displaced more than a million": no noun, no other unit
    bare = noun is None and (_BARE_END.match(text, q.end) or _BIG_WORD.search(q.text))
    if kinds_before and (noun or q.approximate or bare):
        verb = kinds_before[-1]
        between = before[verb.end() :]
        if (
            (_DIRECTLY.match(between) or _OF_FIGURE.fullmatch(before, verb.start()))
            and _active_or_toll(verb, before)
        ) or (_THE_DEAD_INCLUDED.fullmatch(before, verb.start()) and noun is not None):
            # ("the dead included 342 soldiers", "those wounded include 12 children")
            at = q.start - len(before) + verb.start()
            if _NOMINAL.match(verb.group(0)) and _NOT_DONE_BEFORE.search(text, max(0, at - 50), at):
                return None  # "would lead to the slaughter of", "marked the massacre of"
            return _Found(verb.lastgroup or "killed", np_end, at, noun)
    # A toll: "the death toll rose to 40", "put their military dead at 1,177".
    head = text[max(0, q.start - 160) : q.start]
    if prev is not None and (again := _PUT_IT_AT.search(head)) is not None:
        # "the ministry put the toll at 14, while local officials put the figure at 17":
        # the same count, by its own estimator
        put_at = q.start - len(head) + again.start()
        return _Found(prev[1].kind, np_end, q.start, noun, prev[1].phrase, put_at)
    for pattern in (_PUT_AT, _GAVE_TOLL, _TOLL):
        toll = pattern.search(head)
        while toll is not None and (nearer := pattern.search(head, toll.end("phrase"))):
            toll = nearer  # the nearest toll: "... risen to 425, while the number of wounded - to"
        if toll is not None and (more := _AND_AT.search(head, toll.end("phrase"))):
            # "put the death toll at 30 and the injuries at 100": the second figure is
            # of what its own noun names
            toll = more
        if toll is not None:
            phrase = toll.group("phrase")
            if _MIXED_KINDS.search(phrase):
                return None  # "the number of dead and wounded reached 1,481": both at once
            toll_kind = _toll_kind(phrase)
            put_at = None
            if pattern is not _TOLL:  # "X put the toll at 40", "X gave a toll of 12"
                put_at = q.start - len(head) + toll.start()
            return _Found(toll_kind, np_end, q.start, noun, phrase, put_at)
    if _BRINGING.search(before):
        tail = _BRINGING_TAIL.match(text, q.end)
        if tail is not None:
            phrase = tail.group("phrase")
            return _Found(_toll_kind(phrase), tail.end(), q.start, None, phrase)
    if (
        prev is not None
        and prev[1].verb_pos < q.start
        and (
            _SUBSET_BEFORE.search(text, max(0, q.start - 20), q.start)
            or _PARTS_AFTER_A_DASH.match(text[prev[0].end : q.start]) is not None
        )
    ):
        # "42 people were killed, including four civilians, and 159 injured", "killed
        # 30 people, including 12 children": the part shares what befell the whole, not
        # the verb of the figure after it
        return _Found(prev[1].kind, np_end, prev[1].verb_pos, noun)
    # Figure then a casualty word: "30-35 Syrians were neutralized", "six soldiers died".
    aside = _ASIDE.match(text, np_end) or _ASIDE_BARE.match(text, np_end)
    if aside is not None:
        # "27 people, including 10 children, were killed": past the breakdown
        later = [x for x in _quantities(text) if x.start >= aside.end()]
        limit = later[0].start if later else len(text)
        window = " " + text[aside.end() : min(limit, aside.end() + _WINDOW_AFTER)]
        window_at = aside.end() - 1  # where the window's text starts (after its space)
        if later and _AND.match(window):
            # "left 23 civilians - including nine children - and 16 fighters dead": the
            # list goes on past the breakdown, to the figure that shares its verb
            nxt = later[0]
        elif _KIND_RE.match(window.lstrip()) is None and not re.match(
            r"\s+(?:were|was|have|had|are|has)\b", window
        ):
            window = text[np_end : min(limit, np_end + _WINDOW_AFTER)]
            window_at = np_end
    else:
        # ("seven soldiers serving with the UN mission in Lebanon (UNIFIL) were killed":
        # where they served, up to their verb, is no part of the window)
        served = _SERVING_AFTER.match(text, np_end)
        window_at = served.end() if served is not None else np_end
        window = text[window_at : min(limit, window_at + _WINDOW_AFTER)]
    if _HOMES.match(window):
        return _Found("displaced", np_end, np_end, noun)  # "driven millions ... from their homes"
    if noun and noun.lower() == "bodies" and _FOUND_AFTER.match(window):
        return _Found("killed", np_end, np_end, noun)  # "65 bodies of civilians were found"
    if noun and noun.lower() in ("bodies", "corpses") and _FOUND_BEFORE.search(before):
        return _Found("killed", np_end, q.start, noun)  # "the Red Cross collected 87 bodies"
    if (
        nxt is not None
        and noun
        and (
            _AND.match(window)
            or (_AND_MORE_NOUNS.match(window) and not _KIND_RE.search(window))
            # "131,000 people in Israel and 4,000 in Egypt have fled": each its place
            or _AND_AFTER_PLACE.fullmatch(window)
        )
    ):
        # "Fourteen soldiers and dozens of rebels were killed": the verb after the second
        # ("160 soldiers and policemen and 47 civilians dead")
        second = _classify(ctx, sent, nxt, None, None)
        if second is not None and second.verb_pos > nxt.end:
            return _Found(second.kind, np_end, second.verb_pos, noun)
        placed = _PLACE_THEN_VERB.match(text, nxt.end)
        kind = _KIND_RE.match(text, placed.end()) if placed is not None else None
        if kind is not None:
            # ("4,000 in Egypt have been displaced": the second has no noun of its own)
            return _Found(kind.lastgroup or "killed", np_end, kind.start(), noun)
    if noun or q.approximate or _BARE_SUBJECT.match(window):
        after_kind = _KIND_RE.search(window)
        if (
            after_kind is not None
            and nxt is not None
            and not window[after_kind.end() :].strip(" ,")
            # (but a verb that takes no object is its own: "12 people died, 87 were hurt")
            and not (
                "," in window[after_kind.end() :]
                and (
                    _INTRANSITIVE.match(after_kind.group(0))
                    or _PASSIVE_BEFORE.search(window, 0, after_kind.start())
                )
            )
        ):
            after_kind = None  # "... and wounded 13": the verb of the next figure
        k = after_kind
        finite = None
        if (
            k is not None
            and k.lastgroup == "displaced"
            and (
                k.group(0).lower().endswith("ing")
                or _NOT_FINITE_BEFORE.search(window, 0, k.start())
            )
        ):
            # "50 refugees trying to flee were killed", "people who fled the town were
            # wounded": the fleeing describes them, the verb after it says what befell them
            finite = _FINITE_KIND.search(window, k.end())
            other = _KIND_RE.match(window, finite.start("kind")) if finite is not None else None
            if (
                finite is not None
                and other is not None
                and other.lastgroup != "displaced"
                and not _ANOTHER_CLAUSE.search(window, k.end(), finite.start())
            ):
                k = other
            else:
                finite = None
        if k is not None and _AMONG.search(window[: k.start()]):
            # "five women and 13 rebels were among the dead": a breakdown, each part a
            # figure stated of its own (as "40 killed, including six children")
            return _Found(k.lastgroup or "killed", np_end, window_at + k.start(), noun)
        if (
            k is not None
            and k.lastgroup in ("killed", "wounded", "captured")
            and _DOING_IT.match(k.group(0))
            and _AIMING_TO.search(window, 0, k.start())
        ):
            k = None  # "1,000 troops launched an offensive aimed at capturing": their aim
        if k is not None and not re.search(r"[;]", window[: k.start()]):
            lead = window[: k.start()]
            relative = re.match(
                r"^\s*,?\s*(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:been\s+|were\s+|was\s+)",
                lead,
            )
            # ("people who fled the town were wounded": the relative clause is closed;
            # "members of the security forces who were returning fire were wounded")
            closed = relative or finite or _WHO_CLAUSE_THEN_VERB.match(lead)
            if (closed or not re.search(r"\bwho\b", lead)) and _no_other_subject(lead):
                return _Found(k.lastgroup or "killed", np_end, window_at + k.start(), noun)
    if (
        noun is not None
        and _UPROOTED_NOUN.match(noun)
        and not _KIND_RE.search(window)
        and not _HOME_TO.search(before)
        and _ARRIVED.search(window)
    ):
        # "18,000 refugees have arrived in Macedonia": people counted as uprooted
        return _Found("displaced", np_end, q.start, noun)
    # "killed 280 civilians and about 2,000 fighters": the verb of the figure before.
    if prev is not None and (
        noun or q.approximate or _OF_A_PLACE.match(text, q.end) or _OF_A_DAY.match(text, q.end)
    ):
        pq, pf, _party = prev
        between = text[pf.np_end : q.start]
        if (
            _AND.match(between)
            or _AND_AFTER_PLACE.fullmatch(between)
            # "killed five members of the security forces and four civilians"
            or (pf.noun and _MEMBERS.fullmatch(pf.noun) and _OF_THEM_AND.fullmatch(between))
            # "killed 60 people on Friday and 50 on Saturday": each day its figure
            or (_AND_AFTER_DAY.fullmatch(between) and _OF_A_DAY.match(text, q.end))
            or (_SUBSET_AFTER.match(text[q.end :]) and "," in between)
            # "killed 9 people, including 4 children": the breakdown shares the verb
            or (re.fullmatch(r"\s*,?\s*", between[:2]) and _SUBSET_BEFORE.search(between))
        ):
            return _Found(pf.kind, np_end, pf.verb_pos, noun)
    if _DISPLACED_WORD.search(text, q.end, np_end):
        return _Found("displaced", np_end, q.start, noun)  # "12,000 displaced people", no more
    return None


_INTRANSITIVE = re.compile(r"(?:died|perished)$", re.IGNORECASE)
# A relative clause of the figure's people, then the verb of what befell them: "... who
# were returning fire were " (a clause of its own verb between "who" and the auxiliary).
_WHO_CLAUSE_THEN_VERB = re.compile(
    r"^[^,;]*?\bwho\s+(?:[\w'’-]+\s+){1,6}?(?:were|was|have\s+been|has\s+been|had\s+been)\s+$",
    re.IGNORECASE,
)
# What the figure's people set out to do, not what befell them: "aimed at capturing".
_DOING_IT = re.compile(
    r"(?:killing|capturing|wounding|injuring|executing|kill|execute|behead|beheading)$",
    re.IGNORECASE,
)
_AIMING_TO = re.compile(
    r"\b(?:aim(?:ed|ing|s)?\s+at|in\s+order\s+to|seeking\s+to|bid\s+to|attempt\s+to|effort\s+to"
    r"|intent\s+on"
    # a threat: "holding 214 people and threatened to start executing them"
    r"|threaten(?:ed|s|ing)?\s+to(?:\s+(?:start|begin))?|vow(?:ed|s)?\s+to)\s+$",
    re.IGNORECASE,
)
_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|been)\s+$", re.IGNORECASE)
_BY_A_WEAPON = re.compile(
    r"\s+by\s+(?:(?:the|a|an|an?other)\s+)?(?:[\w-]+\s+){0,2}?(?:shelling|shells?|strikes?"
    r"|airstrikes?|attacks?|fire|gunfire|bombardment|bombing|explosions?|blasts?|drones?"
    r"|missiles?|rockets?|mortars?|artillery|shrapnel|bullets?|raids?)\b",
    re.IGNORECASE,
)
_CASUALTIES_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?casualties\b", re.IGNORECASE)
_BROKEN_DOWN = re.compile(
    r"\s*,?\s*(?:with|including)\s+(?:[\w-]+\s+){0,3}(?:killed|dead|died|wounded|injured|deaths"
    r"|fatalities)\b",
    re.IGNORECASE,
)
# A person's age: "a man around 45", "a woman aged 60", "a boy of 12".
_AGE_BEFORE = re.compile(
    r"\b(?:(?:man|woman|boy|girl|child|person|resident|civilian)\s+(?:aged|around|about|of)"
    r"|aged)\s+$"
    # the later ages of a list: "three children aged eight, 12, and 17"
    r"|\baged\s+(?:[\w-]+,\s+){1,5}(?:and\s+)?$",
    re.IGNORECASE,
)
# People of an age: "residents over 60", "men under 50", "those older than 65".
_AN_AGES_BOUND = re.compile(r"(?:over|above|under|below|older|younger)\b", re.IGNORECASE)
_PEOPLE_OF_AN_AGE = re.compile(
    r"\b(?:people|persons|residents|civilians|men|women|villagers|adults|those|elders|elderly"
    r"|patients|children|boys|girls|aged)\s+(?:the\s+age\s+of\s+)?$",
    re.IGNORECASE,
)
# One more victim with no noun, after a toll: "two were killed and another wounded".
_ANOTHER = re.compile(
    r"\band\s+(?P<one>another|one\s+other|one\s+more)\s+(?:was\s+|were\s+|had\s+been\s+"
    r"|has\s+been\s+)?(?=(?:wounded|injured|hurt|(?:sustained|suffered)\s+(?:\w+\s+)?injuries)"
    r"(?:\s*[,.;]|\s*$|\s+(?:in|by|when|as|during|after|on|at|and)\b))",
    re.IGNORECASE,
)
_EVACUATED_HURT = re.compile(
    r"\s+(?:[a-z]+\s+){0,3}?(?:(?:were|was)\s+)?(?:also\s+)?evacuated\s+(?:in\s+(?:critical|serious)"
    r"|to\s+(?:(?:a|the|nearby|local|several|various)\s+)*hospitals?|for\s+(?:medical\s+)?treatment"
    r"|from\s+the\s+scene)",
    re.IGNORECASE,
)
# A figure with no noun that is the subject of its verb: "12 were killed", "10 more
# were injured", "five others died".
_ON_ITS_SIDE = re.compile(r"\s+" + _ITS_SIDE.pattern, re.IGNORECASE)
_TOLL_ON_ITS_SIDE = re.compile(
    r"\b(?:toll|losses|casualties|dead)\s+on\s+(?:its|their|our)\s+(?:own\s+)?side\s+"
    r"(?:at|to|as)\s+(?:(?:at\s+least|more\s+than|over|about|nearly|some)\s+)?$",
    re.IGNORECASE,
)
_BARE_SUBJECT = re.compile(
    r"^\s+(?:(?:more|others?|more\s+people)\s+)?"
    # "nine on its side were killed"
    rf"(?:{_ITS_SIDE.pattern}\s+)?(?:were|was|have|had|are|died|dead|killed"
    r"|(?:suffered|sustained)\s+(?:[\w-]+\s+){0,3}?(?:wounds|injuries))\b",
    re.IGNORECASE,
)
# "killed five people in Kherson and one person in Mykolaiv": the place of the figure
# before, then the next figure of the same verb.
# A figure's place, then the verb it shares: "... and 4,000 in Egypt have been displaced".
_PLACE_THEN_VERB = re.compile(
    r"\s*(?:in|near|at|outside)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"\s+(?:(?:have|has|had)\s+been|were|was|are|have|had)\s+"
)
_AND_AFTER_PLACE = re.compile(
    r"\s*(?:in|near|at|outside)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    # ("in the Jenin region, six in Tulkarem": a place's noun, and a comma for "and")
    r"(?:\s+(?:region|province|area|district|governorate|camp|city|town|county|state))?"
    r"\s*(?:,\s*(?:(?:and|as\s+well\s+as|plus)\s*)?|(?:and|as\s+well\s+as|plus)\s*)"
)
# A day's figure, then the next day's: "killed 60 on Friday and 50 on Saturday".
_A_DAY = (
    r"on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"
)
_AND_AFTER_DAY = re.compile(rf"\s*{_A_DAY}\s*(?:,\s*)?(?:and\s*)?")
_OF_A_DAY = re.compile(rf"\s+{_A_DAY}\b(?!\s+(?:were|was|had|have|has)\b)")
# A bare figure of a place in such a list: "... and 13 in Tulkarm".
_OF_A_PLACE = re.compile(r"\s+(?:in|near|at|outside)\s+(?:the\s+)?[A-Z]")
# The deed as a noun, then "of" and the figure: "the bodies of 106", "the killing of
# one person", "the deaths of 12 soldiers", "claiming the lives of more than ten",
# "injuries to 29 others".
# The dead as the subject of what they include: "The dead also included 342 soldiers".
_THE_DEAD_INCLUDED = re.compile(
    r"(?:dead|killed|wounded|injured|victims|casualties|fatalities|displaced)\s+(?:also\s+)?"
    r"(?:include[sd]?|were)\s+(?:also\s+)?(?:at\s+least\s+|some\s+|about\s+)?",
    re.IGNORECASE,
)
_OF_FIGURE = re.compile(
    r"(?:bodies|killing|deaths?|wounding|lives|martyrdom|elimination|liquidation|capture)\s+of\s+|injur(?:y|ies)\s+(?:to|of)\s+",
    re.IGNORECASE,
)
_TAKES_LIVES = re.compile(
    # ("cost Russia 300,000 lives", "at the cost of 16,000 lives")
    r"\b(?:claim\w*|cost\w*|took|tak(?:e|es|en|ing))\s+(?:the\s+|[A-Z][\w'’-]*\s+)?$"
    r"|\bcost\s+of\s+$",
    re.IGNORECASE,
)
_LOST_AFTER = re.compile(r"\s+(?:were|have\s+been|had\s+been)\s+lost\b")
# A figure of lives: "claimed 6,000 lives", "cost thousands of civilian lives".
_LIVES = re.compile(
    r"\s+(?:of\s+)?(?:more\s+|other\s+)?(?:(?P<civilian>civilian|innocent)\s+|[A-Z][a-z]+\s+)?lives\b"
)


def _active_or_toll(k: re.Match[str], before: str) -> bool:
    """'killed 13' and 'killing 13' are verbs acting on the figure, and so are 'the
    bodies of 106' and 'the deaths of 12'; 'the dead 13' is odd."""
    word = k.group(0).lower()
    if _OF_FIGURE.fullmatch(before, k.start()):
        # "claimed the lives of 80", never "risked the lives of 80"
        return word != "lives" or bool(_TAKES_LIVES.search(before, 0, k.start()))
    if word in ("kill", "execute", "behead") and _INTENT_BEFORE.search(before, 0, k.start()):
        return False  # "threatened to kill 20 hostages": not done
    return not word.startswith(("dead", "death", "bodies", "lives", "toll", "casualt"))


def _no_other_subject(between: str) -> bool:
    """The casualty word belongs to our figure, not to a clause about something else
    ("have since been killed": an adverb, no clause)."""
    between = _SINCE_ADVERB.sub(" ", between)
    return not re.search(r"[.;]|\b(?:after|because|when|while|since|which|that)\b", between)


_SINCE_ADVERB = re.compile(r"\b(?:have|has|had)\s+since\b")


_AND_FIGHTERS = re.compile(
    # ("civilians and Druze fighters"; not "12 civilians and three soldiers", two tolls)
    rf"\s+(?:and|or)\s+(?:armed\s+|(?-i:[A-Z])[\w'’-]*\s+)?(?:{_COMBATANT_NOUNS})\b",
    re.IGNORECASE,
)


_OWNERS_GAP = re.compile(r"['’]s?\s+")
_TIED_TO_AFTER = re.compile(
    r"\s+(?:affiliated\s+with|belonging\s+to|loyal\s+to|linked\s+to|allied\s+with)\s+",
    re.IGNORECASE,
)


def _party(
    ctx: ArticleContext,
    sent: Sent,
    q: Quantity,
    found: _Found,
    prev: tuple[Quantity, _Found, str] | None,
    claimant: str | None,
) -> str:
    """The victims' side: read from their noun phrase, never from the attacker."""
    text = sent.text
    np_start = q.start
    phrase = text[np_start : found.np_end]
    noun = (found.noun or "").lower()
    head = noun.split()[-1] if noun else ""
    inside = [
        m
        for m in sent.mentions
        # (a name may run on past the phrase: "300 fighters from the Fano militia")
        if m.start >= np_start
        and m.start < found.np_end
        and m.actor
        and m.kind != "institution"
        # (not a gloss: "35 Daesh (banned in Russia) militants" are no Russians)
        and text.rfind("(", np_start, m.start) <= text.rfind(")", np_start, m.start)
    ]
    configured = [m for m in inside if m.actor in ctx.lexicon.actor_ids]
    if not configured and (tied := _TIED_TO_AFTER.match(text, found.np_end)) is not None:
        # "80 terrorists affiliated with banned groups, including Jaish-e-Mohammed": theirs
        tied_to = [
            m
            for m in sent.mentions
            if tied.end() <= m.start < tied.end() + 80
            and m.actor in ctx.lexicon.actor_ids
            and not m.is_person
        ]
        if len({m.actor for m in tied_to}) == 1:
            configured = tied_to[:1]  # (of two sides named, no one side's)
    if configured and (owned := _OWNERS_GAP.match(text, configured[-1].end)) is not None:
        # "11 members of Venezuela's Tren de Aragua": the group the country owns, not it
        group = next(
            (
                m
                for m in sent.mentions
                if m.start == owned.end() and m.actor in ctx.lexicon.actor_ids
            ),
            None,
        )
        if group is not None:
            configured = [*configured, group]
    # "the Taliban said nine on its side were killed": the side of who says so
    if (
        _ON_ITS_SIDE.match(text, q.end)
        or (head in ("people", "persons", "individuals") and _ON_ITS_SIDE.match(text, found.np_end))
        # "put the death toll on its side at 19"
        or _TOLL_ON_ITS_SIDE.search(text, max(0, q.start - 50), q.start)
    ):
        # ("at least 200 people on their side were killed": a word for anyone, then whose)
        if claimant in ctx.lexicon.actor_ids:
            return claimant
        who = ctx.subject(sent, q.start)
        if who is not None and who.actor in ctx.lexicon.actor_ids:
            return who.actor
    # "Egyptian troops were disarmed and some of them wounded": them, the force named
    # just before in the sentence
    if _OF_THEM.search(phrase) and not configured:
        before = [
            m
            for m in sent.mentions
            if m.end <= q.start
            and m.actor in ctx.lexicon.actor_ids
            and not m.is_person
            and _COMBATANT_AFTER.match(text, m.end)
        ]
        if before:
            return before[-1].actor or UNKNOWN
    # "two of its men": its fighters, the side that owns them
    if head in ("men", "man", "brothers") and _ITS_MEN.search(phrase):
        owner = _owner(ctx, sent, q.start, phrase)
        if owner is not None:
            return owner
    if not noun and (shared := _SHARED_NOUN_AFTER.match(text, found.np_end)) is not None:
        # "killing 10 and injuring 40 civilians": the noun of the second figure is the
        # first one's too
        if _CIVILIAN.match(shared.group("noun")):
            return CIVILIANS
    # "four men of the Pakistan Army": an army's men are its own
    if head in ("men", "man") and (army := _OF_AN_ARMY.match(text, q.end)) is not None:
        armys = next(
            (
                m.actor
                for m in sent.mentions
                if army.start("owner") <= m.start < army.end("owner")
                and m.actor in ctx.lexicon.actor_ids
            ),
            None,
        )
        if armys is not None:
            return armys
    # "24 Azerbaijani civilians", "three children": civilians, whoever's they are.
    # (a capital Guard is a name's word: "a Revolutionary Guard commander")
    a_guard_name = found.noun in ("Guard", "Guards")
    if noun and not a_guard_name and _CIVILIAN.match(noun) or _CIVILIAN_WORD.search(phrase):
        if _AND_FIGHTERS.match(text, found.np_end):
            return UNKNOWN  # "516 civilians and fighters": a toll of both, no one side's
        if head in ("men", "man") and (
            _FIGHTERS_AMONG.match(text, found.np_end) or _CIVILIANS_AMONG.match(text, found.np_end)
        ):
            # "six men, including five civilians (or two soldiers)": men may be of either
            # side, and a part named so says the whole is not all civilians
            return UNKNOWN
        return CIVILIANS
    if (
        head in ("people", "persons")
        and (on := _A_DEED_ON_PEOPLE.search(text, max(0, q.start - 120), q.start)) is not None
        and _CIVILIAN.match(on.group("noun"))
    ):
        return CIVILIANS  # "an attack on tourists that killed 26 people": those people
    if found.kind != "displaced" and _DISPLACED_WORD.search(phrase):
        return CIVILIANS  # "killed 12 displaced people": people driven from home are no fighters
    # A toll's own words: "their military dead", "the number of civilians killed".
    if found.phrase:
        toll = found.phrase
        if _CIVILIAN_WORD.search(toll) or re.search(r"\bchildren\b", toll, re.I):
            return CIVILIANS
        owner = _owner(ctx, sent, q.start, toll)
        if owner is not None:
            return owner
        if _COMBATANT.search(toll) or re.search(r"\bmilitary\b", toll, re.I):
            return _own_side(ctx, claimant) or UNKNOWN
        if prev is not None and not found.noun:
            if _CIVILIANS_AMONG.match(text, found.np_end):
                return UNKNOWN  # "... taking the toll to 20 - 14 civilians and six soldiers"
            return prev[2]  # "the death toll rose to 87" after "killed 80 prisoners"
    # "70 regime and rebel fighters", "Russian and Syrian soldiers": dead of more than
    # one kind, no one side's
    if re.search(r"\s(?:and|or)\s", text[q.end : found.np_end]):
        return UNKNOWN
    # "13 Turkish soldiers", "Hamas fighters", "100 of Haftar's fighters": the last side
    # named in the phrase is its head ("Russian-backed Syrian troops" are Syrian).
    if configured:
        if found.kind == "displaced" and re.search(
            r"\bfrom\s+(?:the\s+)?$", text[max(0, configured[-1].start - 12) : configured[-1].start]
        ):
            return CIVILIANS  # "68,386 displaced people from Nagorno-Karabakh": from there
        return configured[-1].actor or UNKNOWN
    for word in re.findall(r"[a-z]+", _GLOSS.sub(" ", phrase).lower()):
        if word in ctx.lexicon.heads and word != head:  # "three government soldiers"
            return ctx.lexicon.heads[word]
    if noun in _NATIONALS or (inside and not _COMBATANT.search(noun)):
        # "40 Palestinians", "two Indians": people of a nation that is no side here (but
        # not when fighters are among them: "six Palestinians, including two fighters")
        return UNKNOWN if _FIGHTERS_AMONG.match(text, found.np_end) else CIVILIANS
    if text.startswith(("lost", "losing"), found.verb_pos) and not configured:
        if _THE_ENEMY_BEFORE.search(text, max(0, found.verb_pos - 30), found.verb_pos):
            # "the enemy lost 9,300 servicemen", the ministry said: the claimant's enemy,
            # the one other side the article has named so far, if only one
            mine = _own_side(ctx, claimant)
            other_sides = {
                m.actor
                for s in ctx.sents[: sent.index + 1]
                for m in s.mentions
                if m.actor in ctx.lexicon.actor_ids and m.actor != mine and m.kind != "modifier"
            }
            return other_sides.pop() if mine is not None and len(other_sides) == 1 else UNKNOWN
        # "Hamas lost 300 fighters": the subject's own people
        subject = ctx.subject(sent, found.verb_pos)
        if subject is not None and subject.actor in ctx.lexicon.actor_ids:
            return subject.actor
        if subject is not None and subject.actor and not subject.is_person:
            return UNKNOWN  # "South Africa lost 14 soldiers": a state that is no side here
    # "some of its troops": the owner is the sentence's subject or the claimant.
    owner = _owner(ctx, sent, q.start, phrase)
    if owner is not None:
        return owner
    # "left three dead on the side of the military", "on the Russian side"
    end = max(found.np_end, found.verb_pos)
    side = _SIDE_AFTER.search(text, end, end + 90)
    if side is not None and not re.search(
        r"[;:]|\b(?:while|but|whereas|after|as|when)\b", text[end : side.start()]
    ):
        named = [m for m in sent.mentions if side.start() <= m.start < side.end() and m.actor]
        if named and named[0].actor in ctx.lexicon.actor_ids:
            return named[0].actor
        if _ITS_SIDE.match(side.group(0)):
            # "the ministry reported 28 deaths on its side": the side of who reports
            who = ctx.subject(sent, side.start())
            if who is not None and who.actor in ctx.lexicon.actor_ids:
                return who.actor
            if claimant in ctx.lexicon.actor_ids:
                return claimant
            if who is not None and who.kind == "institution":
                # a body of a side: "Israel's Health Ministry reported 28 ... on its side"
                owner = next((m.actor for m in ctx.lexicon.find(who.text) if m.actor), None)
                if owner in ctx.lexicon.actor_ids:
                    return owner
        elif not named and not find_quantities(text[end : side.start()]):
            return UNKNOWN  # "five dead on the attackers' side": a side, none configured
    if found.kind == "displaced":
        return CIVILIANS
    # "another five were wounded", "121 others", "more than 1,597 wounded": the victims
    # before.
    short = not noun or _KIND_NOUN.match(noun) or head in ("others", "more")
    # (the displaced are civilians by their kind alone, which their dead are not: "left
    # a million people displaced and 4,000 dead")
    prev_people = prev is not None and (prev[1].kind != "displaced" or found.kind == "displaced")
    if (
        prev is not None
        and prev_people
        and short
        and (
            len(phrase.split()) <= 3
            # ("six soldiers were killed and more than 100 wounded": the same sentence's)
            or (prev[1].verb_pos >= 0 and len(text[q.end : found.np_end].split()) <= 2)
        )
    ):
        # (not "The army said it repelled the attack, killing more than 50": the dead
        # of a kill of its own are not the victims told in a sentence before)
        killing = found.verb_pos < q.start and head not in ("others", "more")
        if not (killing and prev[1].verb_pos < 0 and prev[2] != CIVILIANS):
            # ("killing five soldiers and wounding ten more": whoever did the first)
            at = (
                prev[1].verb_pos
                if 0 <= prev[1].verb_pos < found.verb_pos
                and _PARTICIPLE_AT.match(text, found.verb_pos)
                else found.verb_pos
            )
            killer = ctx.subject(sent, at) if killing else None
            if (
                head == "others"
                and prev[2] not in (CIVILIANS, UNKNOWN)
                and _SECOND_OF_A_PAIR.search(text, max(0, prev[0].start - 8), prev[0].start)
                and _CIVILIANS_FIRST.search(text, max(0, prev[0].start - 60), prev[0].start)
            ):
                # "killed six civilians and a soldier, and wounded 20 others": others of
                # both, no one side's
                return UNKNOWN
            if killer is None or killer.actor != prev[2]:
                return prev[2]  # (not "government forces ..., killing more than 50")
    # "killed 13 in Idlib": victims named just after ("of the Syrian army").
    follow = [m for m in sent.mentions if found.np_end <= m.start < found.np_end + 25 and m.actor]
    if follow and re.match(r"^\s*(?:of|from)\b", text[found.np_end :]):
        actor = follow[0].actor or UNKNOWN
        return actor if actor in ctx.lexicon.actor_ids else UNKNOWN
    # "Russian losses are far higher, at more than 9,000 dead"
    losses = _losses_of(ctx, sent, q.start)
    if losses is not None:
        return losses
    # "On the Israeli side, the fighting has killed 82 soldiers": the side it frames
    frame = _SIDE_FRAME.match(text)
    if frame is not None and noun and _COMBATANT.search(noun) and q.start > frame.end():
        named = [m for m in sent.mentions if m.end <= frame.end() and m.actor]
        if named and named[-1].actor in ctx.lexicon.actor_ids:
            return named[-1].actor
    if noun and _COMBATANT.search(noun):
        target = (
            _target_side(ctx, sent, q.start, noun)
            or _operation_against(ctx, sent, found.np_end, noun)
            or _posts_side(ctx, sent, noun)
        )
        if target is not None:
            return target
        # "40 Hungarian soldiers", "40 NATO soldiers": whose they are is said, and it is
        # no side here; not the claimant's own
        # (not who fight for others: "30 Chadian mercenaries", "British volunteers"; and
        # whose force they served in, the text may not say: "Italian soldiers" of KFOR)
        others = [m.actor for m in inside if m.actor and m.actor not in ctx.lexicon.actor_ids]
        if others and not configured and _STATE_OR_PEACE_NOUN.match(noun):
            return UNKNOWN
        if found.kind == "captured" and not _HELD_BY.match(text, found.np_end):
            # "18 soldiers are in custody, the army said": whether a side holds the
            # enemy's men or lost its own, the words do not say (they do when another
            # holds them: "20 soldiers captured by Thai forces")
            return UNKNOWN
        # "68 soldiers had been killed, the army said": a side reports its own dead
        # without naming itself; the enemy's dead it names, or calls "terrorists".
        # ("four army personnel": the service's word before its people)
        own = (
            _OWN_NOUN.match(noun) or (_A_SERVICE_WORD.match(noun) and _OWN_NOUN.match(head))
        ) and not _EUPHEMISM.match(text, found.verb_pos)
        if own and claimant is None:
            return _state_forces(ctx, sent, found, noun, q.start, claimant) or UNKNOWN
        if (
            own
            and not _killed_by_claimant(ctx, sent, found, claimant)
            and not _claimant_attacked_before(ctx, sent, q.start, claimant)
        ):
            return (
                _own_soldiers(ctx, claimant)
                or _state_forces(ctx, sent, found, noun, q.start, claimant)
                or UNKNOWN
            )
        if own and claimant in ctx.lexicon.at_war and claimant != ctx.lexicon.state_at_war:
            # the insurgents say they killed them: the state's soldiers
            return _state_forces(ctx, sent, found, noun, q.start, claimant) or UNKNOWN
        return UNKNOWN
    if _MIXED.search(text):
        return UNKNOWN  # "without saying how many were fighters"
    # "People" say nothing of which side the dead were on: unknown, unless the text
    # goes on to say ("200 people, most of them civilians") or they are counted
    # with civilians ("the civilian toll rose to 174 and 1,041 people were hurt").
    verb = _A_WORD.match(text, found.verb_pos) if found.verb_pos >= found.np_end else None
    if (
        _MOSTLY_CIVILIANS.match(text, found.np_end)
        or (verb is not None and _MOSTLY_CIVILIANS.match(text, verb.end()))
        or _SHELTERING.search(text)
        or _civilians_hit(text, q.start, q.end)
    ):
        # "... in a strike on a school sheltering displaced people", "opened fire on
        # civilians, killing one", "a drone hit a funeral gathering"
        return CIVILIANS
    if prev is not None and prev[2] == CIVILIANS and prev[0].end < q.start and prev_people:
        if re.search(r"\b(?:and|while|whereas)\b", text[prev[0].end : q.start]):
            return CIVILIANS
    return UNKNOWN


def _owner(ctx: ArticleContext, sent: Sent, pos: int, phrase: str) -> str | None:
    """'its troops', 'their military dead': the side that owns them, the subject."""
    if not re.search(r"\b(?:its|their|our)\b", phrase, re.IGNORECASE):
        return None
    owner = ctx.subject(sent, pos)
    if owner is None or owner.actor not in ctx.lexicon.actor_ids:
        return None
    text = sent.text
    if _DEED_BY.search(text, max(0, owner.start - 40), owner.start) or _WHOSE_DEED.match(
        text, owner.end
    ):
        return None  # "an attack by the Houthis on a ship killed three of its crew": the ship's
    if _DOER_THEN_VERB.fullmatch(text, owner.end, pos):
        # "Egypt said Israel had captured 20 of its soldiers": not the captor's own, the
        # teller's
        teller = ctx.subject(sent, owner.start)
        if teller is not None and teller.actor in ctx.lexicon.actor_ids:
            return teller.actor if teller.actor != owner.actor else None
        return None
    return owner.actor


# The owner's own verb acting on the figure: "(Israel) had captured 20 of" its soldiers.
_DOER_THEN_VERB = re.compile(
    r"\s+(?:(?:had|has|have|would|will|to|must|should)\s+)?(?:[a-z]+ly\s+)?(?:captured|killed"
    r"|abducted|kidnapped|seized|detained|arrested|executed|shot|release|released|releases"
    r"|free|freed|frees|hold|holds|held|took|taken)\s+(?:[\w-]+\s+){0,3}",
    re.IGNORECASE,
)
_THE_ENEMY_BEFORE = re.compile(r"\b(?:the|our)\s+enemy\s+(?:has\s+|had\s+|have\s+)?$", re.I)
# The doer of the deed that is the subject: "an attack by", "a Houthi missile attack".
_DEED_BY = re.compile(rf"\b(?:{DEED_NOUNS})\s+(?:[\w-]+\s+){{0,3}}?by\s+(?:the\s+)?$", re.I)
_WHOSE_DEED = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{DEED_NOUNS})\b", re.I)


# A deed on people of no side, then its toll in the same clause: "an attack on tourists
# last month in Kashmir that killed".
_A_DEED_ON_PEOPLE = re.compile(
    rf"\b(?:{DEED_NOUNS})\s+(?:on|against|targeting)\s+(?:[a-z-]+\s+){{0,2}}?(?P<noun>[a-z]+)\b"
    r"[^.;]{0,80}?\b(?:that|which)\s+(?:(?:had|has)\s+)?(?:killed|left|wounded|injured)\s+$",
    re.IGNORECASE,
)
_OF_AN_ARMY = re.compile(
    r"\s+m[ae]n\s+of\s+(?:the\s+)?(?P<owner>[\w'’.-]+(?:\s+[\w'’.-]+){0,2}?)\s+"
    r"(?:army|military|armed\s+forces|forces|navy|air\s+force|police)\b",
    re.IGNORECASE,
)
_A_SERVICE_WORD = re.compile(rf"{_SERVICE}\s+\S+$", re.I)


def _own_side(ctx: ArticleContext, claimant: str | None) -> str | None:
    return claimant if claimant in ctx.lexicon.actor_ids else None


def _own_soldiers(ctx: ArticleContext, claimant: str | None) -> str | None:
    """The claimant's side, when "soldiers" or "troops" can be its own: a state or an
    armed force that names itself no insurgency; separatists' or a liberation army's
    "two soldiers were killed" are its enemy's."""
    side = _own_side(ctx, claimant)
    lexicon = ctx.lexicon
    if side is None or lexicon.is_state(side):
        return side
    if side in lexicon.armed and side not in lexicon.insurgent:
        return side
    return None


# What opens the parts of a sum right after it: "(one killed", ": 1,081 killed".
_PARTS_AFTER = re.compile(
    r"[^.;()]{0,50}?(?:\(|:|[-–—]\s|;|,\s*(?:among\s+them|including|with|of\s+whom)\b)"
)
# A killing told as a noun, which may be feared, planned or remembered.
_NOMINAL = re.compile(r"(?:murders?|killings|slaughter|massacre|executions?)\s+of$", re.I)
_NOT_DONE_BEFORE = re.compile(
    r"(?:\b(?:would|could|may|might|will)\s+(?:[\w-]+\s+){0,3}"
    r"|\b(?:threaten\w*|plott\w*|plots?|planning|planned|plans?\s+for|prevent\w*|avert\w*"
    r"|risk\w*|commemorat\w*|remember\w*|mark\w*|order\w*|call\w*\s+for|urg\w*"
    r"|incit\w*|anniversary\s+of)\s+(?:the\s+|a\s+|an\s+)?)$",
    re.IGNORECASE,
)
_STATE_NOUN = re.compile(rf"^(?:{_STATE_NOUNS})$", re.IGNORECASE)


_NOT_THE_STATES = re.compile(
    r"\b(?:paramilitary|rebel|militia|enemy|opposition|allied|foreign|defected|defecting"
    r"|renegade|mutinous|former|ex|private|tribal|local)\s+(?:[\w-]+\s+)?\S+\Z",
    re.IGNORECASE,
)


_BY_BEFORE = re.compile(r"\b(?:by|from)\s+(?:the\s+)?$", re.IGNORECASE)
# The one fought, told right after the dead in their own clause: "nine soldiers died in
# two days of clashes with Israel" (not "..., as the war with Israel entered its tenth
# month", nor "the deadliest attack against Israel").
_FOUGHT_AFTER = re.compile(
    r"[^,;.]{0,60}?\b(?:fighting|clash(?:es)?|battles?|hostilities|combat|confrontations?"
    r"|skirmish(?:es)?|gunfights?|firefights?|exchanges?)\s+(?:with|against)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ARMS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:strikes?|air\s*strikes?|attacks?|raids?|shelling|fire"
    r"|bombardments?|bombing|forces|troops|army|military|drones?|jets|artillery|operations?"
    r"|offensive|missiles?|rockets?|soldiers|police)\b",
    re.IGNORECASE,
)


# (police only beside an insurgency: a side that rules a land has its own, Hamas's in Gaza)
_POLICE_NOUN = re.compile(rf"^(?:{_POLICE_NOUNS})$", re.IGNORECASE)
_FROM_A_PLACE = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?")


def _state_forces(
    ctx: ArticleContext,
    sent: Sent,
    found: _Found,
    noun: str,
    q_start: int,
    claimant: str | None,
) -> str | None:
    """Unnamed soldiers or police in a state's war with an insurgency: the state's
    ("nine soldiers were killed", the separatists said), unless the state killed them."""
    state = ctx.lexicon.state_at_war
    if state is None or not (
        _STATE_NOUN.match(noun)
        # (police too where the other side is an insurgency, which has none)
        or (_POLICE_NOUN.match(noun) and set(ctx.lexicon.at_war) & ctx.lexicon.insurgent)
    ):
        return None
    if _NOT_THE_STATES.search(sent.text, 0, found.np_end):
        return None  # "nine paramilitary troops", "rebel soldiers": of no state named
    if any(
        m.actor not in (None, state)
        and (
            q_start <= m.start < found.np_end
            or _FROM_A_PLACE.fullmatch(sent.text, found.np_end, m.start) is not None
        )
        for m in sent.mentions
    ):
        return None  # "two Jordanian soldiers", "soldiers from Chad": another's
    if claimant is not None and claimant != state and ctx.lexicon.is_state(claimant):
        return None  # "..., French officials said": perhaps France's own
    lexicon = ctx.lexicon
    named = {m.actor for s in ctx.sents for m in s.mentions if m.actor in lexicon.actor_ids}
    if not named & set(lexicon.at_war) or any(a != state and lexicon.is_state(a) for a in named):
        # a story that names neither side is of some other war; and where another
        # state the config names is in the story, whose they are is not said
        return None
    for m in sent.mentions:
        if m.actor == state and (
            _BY_BEFORE.search(sent.text, max(0, m.start - 12), m.start)
            or _ARMS_AFTER.match(sent.text, m.end)
            or (
                m.start > found.np_end and _FOUGHT_AFTER.fullmatch(sent.text, found.np_end, m.start)
            )
        ):
            # "killed in an Israeli strike", "by Cameroon's army", "in clashes with
            # Israel": it attacked, or was fought
            return None
    if found.verb_pos < found.np_end:
        killer = ctx.subject(sent, found.verb_pos)
        if killer is not None and killer.actor == state:
            return None
    return state


def _killed_by_claimant(
    ctx: ArticleContext, sent: Sent, found: _Found, claimant: str | None
) -> bool:
    """Whether the claimant's own side did the killing ("the army said it killed 20
    fighters"): then the dead are the enemy's, not its own. An air strike or an
    enemy as the killer leaves them the claimant's own ("a strike killed 30 cadets")."""
    word = sent.text[found.verb_pos : found.verb_pos + 12].lower()
    if not word.startswith(("killed", "killing", "kills", "wounded", "wounding", "neutrali")):
        return False
    if found.verb_pos >= found.np_end and not _IN_STRIKES.match(
        sent.text, found.verb_pos + len(word.split()[0])
    ):
        return False  # "reported 23 soldiers killed": the soldiers were killed, by no one named
    before = sent.text[max(0, found.verb_pos - 30) : found.verb_pos]
    if PASSIVE_AUX.search(before):
        return False
    subject = ctx.subject(sent, found.verb_pos)
    return subject is None or subject.actor == claimant


# "200 soldiers killed in overnight strikes": in strikes the claimant may have made
_IN_STRIKES = re.compile(
    r"\s+(?:in|by)\s+(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|raids?|shelling|bombardments?"
    r"|operations?)\b",
    re.IGNORECASE,
)
_ATTACK_VERB = re.compile(
    r"\b(?:captured|seized|overran|attacked|struck|shelled|destroyed|stormed|targeted|raided"
    r"|ambushed|bombed|hit)\b"
)


def _claimant_attacked_before(
    ctx: ArticleContext, sent: Sent, pos: int, claimant: str | None
) -> bool:
    """Whether the claimant's side attacked in the sentence before the figure ("Afghan
    forces captured 25 posts, 58 soldiers were killed"): the dead are then its enemy's."""
    side = _own_side(ctx, claimant)
    if side is None:
        return False
    for m in _ATTACK_VERB.finditer(sent.text, 0, pos):
        subject = ctx.subject(sent, m.start(), reach=0)
        if subject is not None and subject.actor == side:
            return True
    return False


# What an attack told before the dead was aimed at: "strikes on Hamas positions killed 20
# militants", "jets struck PKK hideouts, killing 20 fighters".
_AIMED_AT = re.compile(
    r"(?:\b(?:strikes?|airstrikes?|air\s+strikes?|attacks?|raids?|offensive|operations?"
    r"|assaults?|bombardment|shelling|fire)(?:\s+on\s+\w+day)?\s+(?:on|against|targeting)"
    r"|\b(?:struck|targeted|targeting|hit|hitting|pounded|pounding|attacked|attacking|raided"
    r"|bombed|shelled|stormed|ambushed))\s+(?:the\s+)?(?:(?:positions?|members|fighters|bases?"
    r"|hideouts?|targets?|posts?|camps?|units?)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_AIMED_AT_CB = CaseBlind(_AIMED_AT)
_CLASH_WITH = re.compile(
    r"\b(?:clash(?:es|ed)?|fighting|firefights?|gunfights?|battles?|engagements?|exchanges?\s+of"
    r"\s+fire)\s+with\s+(?:the\s+)?(?:(?:members|fighters|militants|elements)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:terrorist|armed|militant|rebel|jihadist|extremist|outlawed|banned)\s+"
    r"(?:organi[sz]ation|group|movement)\s+)?$",
    re.IGNORECASE,
)
_ENEMY_NOUN = re.compile(
    r"\b(?:militants?|terrorists?|insurgents?|rebels?|jihadists?|jihadis|gunmen|extremists?"
    r"|bandits?|islamists?|separatists?|guerrillas?)\b",
    re.IGNORECASE,
)
_ANOTHER_EVENT = re.compile(
    r"\b(?:after|before|when|while|because|since|following|in\s+(?:response|retaliation)"
    r"\s+(?:to|for))\b",
    re.IGNORECASE,
)
# The side ends the target's phrase, or owns the posts hit: not "the military school",
# "Afghanistan-stationed Americans".
_TARGET_END = re.compile(
    r"(?:['’]s)?(?:\s+(?:military\s+)?(?:positions?|hideouts?|targets?|bases?|posts?|camps?"
    r"|units?|fighters|members|troops|soldiers|forces|militants|rebels|convoys?|checkpoints?"
    r"|strongholds?|lines|trenches|outposts?))?(?:\s*(?:$|[,.;:])|\s+(?:in|near|at|on|around"
    r"|across|inside|killing|killed|kills|leaving|during|overnight|early|late)\b)",
    re.IGNORECASE,
)


def _target_side(ctx: ArticleContext, sent: Sent, pos: int, noun: str) -> str | None:
    """The one side an attack told before a figure of fighters was aimed at: the dead
    are its fighters (not when it is the attacker: "Hamas attacked, ..."; not a state's
    for "militants", its enemy's word; not across a clause of another event: "struck
    Hamas after militants killed 12 soldiers")."""
    text = sent.text
    enemy_word = bool(_ENEMY_NOUN.search(noun))
    found: set[str] = set()
    for m in sent.mentions:
        if m.end > pos:
            break
        if m.actor not in ctx.lexicon.actor_ids or ";" in text[m.end : pos]:
            continue
        if enemy_word and m.kind in ("country", "demonym", "capital", "seat"):
            continue
        if _ANOTHER_EVENT.search(text, m.end, pos):
            continue
        if not _AIMED_AT_CB.found(text, max(0, m.start - 50), m.start, sent.folded) and not (
            # "in a clash with members of the terrorist organization PKK, two terrorists
            # were neutralized": the enemy's word for the other side of the clash
            enemy_word and _CLASH_WITH.search(text, max(0, m.start - 80), m.start)
        ):
            continue
        if not _TARGET_END.match(text, m.end):
            continue
        attacker = ctx.subject(sent, m.start, reach=0)
        if attacker is not None and attacker.actor == m.actor:
            continue
        found.add(m.actor)
    return found.pop() if len(found) == 1 else None


# A state's army post, by its name before or after: "a Niger army base", "an army base in
# Burkina Faso", "a Malian military convoy".
_POST = r"(?:base|camp|post|outpost|position|convoy|barracks|checkpoint|garrison)s?"
_ARMY_POST = rf"(?:army|military|defen[cs]e|security)\s+{_POST}"
_POST_AFTER = re.compile(rf"(?:['’]s)?\s+{_ARMY_POST}\b", re.IGNORECASE)
# ... or after the army's own name: "a Malian army convoy"
_POST_NOUN_AFTER = re.compile(rf"\s+{_POST}\b", re.IGNORECASE)
_POST_IN_BEFORE = re.compile(rf"\b{_ARMY_POST}\s+(?:in|near|at)\s+(?:the\s+)?$", re.IGNORECASE)


_ARMED_NOUN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:soldiers|troops|servicemen|police(?:men)?|officers|gendarmes)\b"
)


def _posts_side(ctx: ArticleContext, sent: Sent, noun: str) -> str | None:
    """Whose soldiers or police an unnamed figure is, by the one state whose army post
    the sentence tells was hit ("34 soldiers were killed when gunmen stormed a Niger
    army base")."""
    if not _STATE_NOUN.match(noun) and not _POLICE_NOUN.match(noun):
        return None
    text = sent.text
    if any(m.actor and _ARMED_NOUN_AFTER.match(text, m.end) for m in sent.mentions):
        return None  # "..., including two Burkinabe soldiers": whose they were is told
    owners = {
        m.actor
        for m in sent.mentions
        if m.actor in ctx.lexicon.actor_ids
        and ctx.lexicon.is_state(m.actor)
        and (
            (
                m.kind in ("country", "demonym")
                and (
                    _POST_AFTER.match(text, m.end)
                    or _POST_IN_BEFORE.search(text, max(0, m.start - 40), m.start)
                )
            )
            or (
                m.text.lower().endswith(("army", "military"))
                and _POST_NOUN_AFTER.match(text, m.end)
            )
        )
    }
    return owners.pop() if len(owners) == 1 else None


def _operation_against(ctx: ArticleContext, sent: Sent, end: int, noun: str) -> str | None:
    """The side an operation told right after the fighters was against: "killed 24
    militants in an operation against Hamas" (not a state for "militants")."""
    m = _IN_AN_OPERATION_AGAINST.match(sent.text, end)
    if m is None:
        return None
    side = next((x for x in sent.mentions if x.start == m.end() and x.actor), None)
    if side is None or side.actor not in ctx.lexicon.actor_ids:
        return None
    if _ENEMY_NOUN.search(noun) and side.kind in ("country", "demonym", "capital", "seat"):
        return None
    return side.actor


_IN_AN_OPERATION_AGAINST = re.compile(
    r"\s+(?:in|during)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:operations?|offensive|battle|campaign|{DEED_NOUNS})\s+(?:against|on|targeting)"
    r"\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _losses_of(ctx: ArticleContext, sent: Sent, pos: int) -> str | None:
    lo = max(sent.text.rfind(";", 0, pos), sent.text.rfind(".", 0, pos), 0)
    for m in sent.mentions:
        if lo <= m.start and m.end <= pos and m.actor in ctx.lexicon.actor_ids:
            if _LOSSES.match(sent.text, m.end):
                return m.actor
    return None


def _killed_by_war(text: str, q: Quantity, found: _Found) -> bool:
    """'The war has killed ...', '... have died in the fighting': deaths of all sides."""
    lo = max(text.rfind(";", 0, q.start), 0)
    if re.search(
        r"\b(?:the|a|this|that)\s+(?:[\w-]+\s+){0,2}(?:war|conflict|fighting|violence"
        r"|hostilities)\b",
        text[max(lo, q.start - 90) : q.start],
        re.IGNORECASE,
    ):
        return True
    tail = text[found.np_end : found.np_end + 60]
    return bool(re.match(r"^[^,.;]{0,25}\bin\s+the\s+(?:war|conflict|fighting)\b", tail))
