"""Who takes part in a step: the sides named as sides in its clause, not places, troops or
owners, and "both sides" or "the warring parties" resolved to the sides they mean.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefings.extract.attribution import Speech
from briefings.extract.context import ArticleContext, Sent, title_chain
from briefings.extract.diplomacy.clauses import OTHER_EVENT_CB, _clause_span
from briefings.extract.diplomacy.triggers import _ONGOING, _TRUCE
from briefings.extract.diplomacy.when_where import _year_before, background_of
from briefings.nlp.actors import Mention
from briefings.nlp.folding import CaseBlind
from briefings.nlp.vocabulary import (
    MONTH_NAMES,
    OPPOSING,
    REPORTING,
    WEEKDAY_NAMES,
    alternation,
)

_PLACE_BEFORE = re.compile(
    # ("called on Israel" addresses a side: no place)
    r"\b(?:in|at|(?<!call\s)(?<!calls\s)(?<!called\s)(?<!calling\s)on|over|about|against|into"
    r"|across|regarding|toward|towards|of|for|near|from"
    r"|inside|around|throughout|within|by|left|leaving|leave|leaves"
    r"|(?:travel(?:s|led|ed|ling|ing)?|go|went|fly|flew|return(?:ed)?|trip|visit|arrive[sd]?"
    r"|back|head(?:s|ed|ing)?|bound)\s+to)"
    # ("met in Qatar's capital Doha", "in the Egyptian capital Cairo": the capital too)
    r"\s+(?:the\s+)?(?:(?:[a-z][\w'’-]*(?:['’]s)?\s+)?(?:capital|city|port|resort)\s+"
    r"(?:of\s+)?)?"
    # ("peace in eastern Ukraine", "in war-torn Sudan": a part of the country, a place)
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central"
    r"|occupied|rebel-held|government-held|war-torn|war-ravaged)\s+)?$",
    re.IGNORECASE,
)


_MILITARY_AFTER = re.compile(
    # (not who speaks for the army: "the Russian army chief", "the Indian military's
    # spokesman")
    r"^(?!\s+(?:army|military|armed\s+forces|forces)(?:['’]s)?\s+(?:chief|commander|spokes(?:man|woman"
    r"|person)|delegation|negotiators?|officials?)\b)"
    r"(?:\s+government)?\s+(?:troops|forces|soldiers|army|military|fighters|aircraft|jets"
    r"|artillery|positions|bases?|units|militias?|tanks|drones|bombers|warplanes|convoy|crisis"
    r"|conflict|war|border|territory|province|region|side\s+of)\b",
    re.IGNORECASE,
)


_MILITARY_END = re.compile(
    r"\b(?:troops|forces|soldiers|army|military|fighters|militants|rebels)$", re.IGNORECASE
)


# "peace talks", "ceasefire negotiations": talks between the fighting sides.
_PEACE_BEFORE = re.compile(
    r"\b(?:peace|ceasefire|cease-fire|truce|armistice)(?:\s+and\s+\w+)?\s+$", re.IGNORECASE
)
# "talks with a paramilitary force", "with its rival": a counterpart left unnamed.
_WITH_UNNAMED = re.compile(
    r"\s+with\s+(?:a|an|the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}(?:force|forces|rivals?"
    r"|enemy|enemies|foes?|opponents?|adversar(?:y|ies)|militia|group|rebels|army|side)\b"
)
_ARMY_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:armed\s+forces|army|military|forces|troops)\b", re.IGNORECASE
)
# The mediators of a step: "mediated by Qatar", "under the auspices of the AU" ...
_MEDIATOR_BEFORE = re.compile(
    # (not co-chairs: "co-chaired by the Cambodian and Thai ministers" are the sides)
    r"\b(?<!co-)(?:mediated|brokered|facilitated|hosted|sponsored|led|organi[sz]ed|convened"
    r"|chaired|observed|witnessed)\s+by\s+(?:both\s+|jointly\s+)?(?:the\s+)?$"
    # who proposed it, named after a group's name: "proposed by the Quad countries—the
    # United States, ..."
    r"|\b(?:proposed|brokered|mediated|sponsored|drafted|tabled|put\s+forward)\s+by\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*[—–:(]\s*(?:the\s+)?$"
    r"|\b(?:under\s+the\s+auspices\s+(?:and\s+mediation\s+)?of|with\s+the\s+mediation\s+of"
    r"|mediation\s+(?:by|of)|invitation\s+from|invited\s+by|at\s+the\s+invitation\s+of"
    # who looked on: "signed in the presence of the African Union"
    r"|(?:with|in)\s+the\s+presence\s+of|in\s+the\s+presence\s+of|attended\s+by\s+observers\s+from)"
    r"\s+(?:the\s+)?$"
    # (and the one named after a post: "in the presence of Egyptian envoy Sameh Shoukry")
    r"|\bin\s+the\s+presence\s+of\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,4}$"
    # "the sponsors of the talks, the United States and Saudi Arabia"
    r"|\b(?:mediators?|sponsors?|facilitators?|hosts?|brokers?|guarantors?)(?:\s+of\s+the\s+[\w-]+)?"
    r"\s*,\s*(?:the\s+)?$"
    # the role as the name's title: "..., mediator Oman announced", "fellow mediator Qatar"
    r"|\b(?<!-)(?:mediators?|facilitators?|co-mediators?)\s+$",
    re.IGNORECASE,
)
# ... "the U.S.- and French-brokered ceasefire", "AU-led talks", "Qatar's mediation",
# "Egypt, which hosted the talks"
# Asked only yes or no, over a short stretch before a mention: see CaseBlind.
_PLACE_BEFORE_CB = CaseBlind(_PLACE_BEFORE)
# What a side named after "for" is to do: "for Russia to reach a deal".
_TO_DO_AFTER = re.compile(r"\s+to\s+(?!the\b|a\b|an\b)[a-z]+\b")
# A town named with its country after a comma: "in Dar es Salaam, Tanzania".
_APPOSITION_ENDS = re.compile(r"\s*(?:[,.;)]|$|on\b|last\b|this\b|earlier\b|late\b)")
# Who gathers after "of": "a meeting of Egypt and Turkey" (its people: _PEOPLE_OF).
# A verb of condemning right after a side, its object the step: "rejected", "protested
# against".
_REACTS_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|on\s+\w+day)\s+)?(?:[a-z]+ly\s+)?"
    rf"(?:{alternation(OPPOSING)}|objected\s+to|objects\s+to)\b",
    re.IGNORECASE,
)
# A few words of the object, up to the step's word: "rejected Ethiopia's port ".
_OBJECT_UP_TO_STEP = re.compile(r"\s+(?:[^\s,;.]+\s+){0,4}")
# A land that rules itself, named after "of": "Somalia's breakaway region of Somaliland",
# "the self-declared republic of X" (a side, not a place).
_SELF_RULED_OF = re.compile(
    r"\b(?:breakaway|separatist|secessionist|self-declared|self-proclaimed|self-ruled"
    r"|semi-autonomous|autonomous|de\s+facto|unrecognised|unrecognized)\s+(?:[\w-]+\s+)?"
    r"(?:region|republic|state|territory|enclave|province|entity)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_GATHERING_OF = re.compile(
    r"\b(?:meetings?|summits?|sessions?|conferences?)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# (a clock's four digits, not a year: "in 2014 Russia and Ukraine ...")
_CLOCK_BEFORE = re.compile(
    r"\b(?:(?!(?:19|20)\d\d\b)\d{4}|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\s+(?:GMT\s+|UTC\s+)?$"
)
_WITHOUT_BEFORE = re.compile(
    r"\b(?:without|excluding|in\s+the\s+absence\s+of)\s+(?:any\s+)?(?:the\s+)?"
    # ("without Israel or Hamas": the list goes on)
    r"(?:(?-i:[A-Z])[\w'’-]*\s+(?:(?-i:[A-Z])[\w'’-]*\s+)?(?:and|or|nor)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# A place's noun after a people's word or before its name: "the Turkish city of
# Istanbul", "the Turkish capital, Ankara".
_PLACE_NOUN = r"(?:capital|city|town|port|resort|village|province|region)"
# (not "membership" or "accession": "EU accession talks with Ukraine" are the EU's too)
_A_BODYS_DOOR = re.compile(
    r"\s+(?:bid|aspirations?|ambitions?|enlargement|expansion)\b"
    # a body's word for one of its own, named next: "our NATO ally Turkey"
    r"|\s+(?:ally|partner|member)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
_PLACE_NOUN_AFTER = re.compile(rf"\s+{_PLACE_NOUN}\b", re.IGNORECASE)
_PLACE_NOUN_COMMA = re.compile(rf"\b{_PLACE_NOUN}\s*,\s*$", re.IGNORECASE)
_CITY_COMMA_BEFORE = re.compile(
    r"\b(?:in|at|near)\s+[A-Z][\w'’-]*(?:\s+(?:(?:es|al|el|de)\s+)?[A-Z][\w'’-]*){0,2},\s+$"
)
_MEDIATOR_BEFORE_CB = CaseBlind(_MEDIATOR_BEFORE)
_MEDIATOR_AFTER = re.compile(
    # one who wins a side's assent to a deal between two others: "Qatar's Prime Minister,
    # X, secured Tehran's agreement to a ceasefire in the conflict between Israel and Iran"
    r",?\s+(?:has\s+|had\s+)?(?:secured|won|obtained|clinched)\s+(?:[A-Z][\w'’.-]*['’]s?\s+)?"
    r"(?:agreement|acceptance|approval|consent|assent)\s+(?:to|for)\b(?=[^.;]{0,100}\bbetween\b)"
    # the first of a pair that brokers it: "a Turkey-Egypt(-)brokered truce"
    r"|[-–](?-i:[A-Z])[\w.'’]*(?:\s*[-–]\s*|\s+)(?:mediated|brokered|facilitated|sponsored)\b"
    r"|(?:[.-]*\s*-\s*(?:and\s+[\w.]+\s*-\s*)?|\s*-)(?:mediated|brokered|led|facilitated|hosted"
    r"|sponsored|proposed|drafted)\b|['’]s\s+(?:mediation|mediators?|auspices|invitation"
    r"|facilitation)\b"
    # a people's word before it: "under Qatari and Turkish mediation", "Egyptian mediation"
    r"|(?-i:(?:\s*(?:,|and)\s*[A-Z][\w'’-]*)*\s+(?:mediation|auspices|sponsorship)\b)"
    # "following intensive American diplomatic engagement", "after Qatari efforts"
    r"|(?<=[a-z])(?-i:(?:\s*(?:,|and)\s*[A-Z][\w'’-]*)*)\s+(?:diplomatic\s+)?(?:engagement"
    r"|efforts|shuttle\s+diplomacy)\b"
    # who chairs talks between others: "Fidan, who chairs the talks, said"
    r"|\s*,\s*(?:which|who)\s+(?:is\s+|was\s+)?(?:chairs|chaired|chairing)\s+(?:the|these)\b"
    r"|(?:\s*,\s*which|\s*,\s*who)?\s+(?:(?:has|had|have)\s+been\s+|has\s+|had\s+|is\s+|was\s+)?"
    r"(?:mediated|brokered"
    r"|mediating|brokering|hosted|hosting|facilitated|facilitating)\b"
    # (not the host of a guest, who is a side of the meeting: "hosted visiting President
    # X", "hosted his Egyptian counterpart")
    # (nor one hosted: "talks between A and B hosted by Erdogan")
    r"(?!\s+(?:visiting|his|her|by)\b)"
    # "Switzerland will facilitate talks", "Canada will help facilitate talks"
    r"|\s+(?:(?:has|have)\s+(?:announced|said)\s+(?:that\s+)?(?:it|they)\s+)?"
    r"(?:will|would|is\s+to|agreed\s+to|offered\s+to"
    # "accepted a mandate to facilitate talks between", "was tasked to support talks"
    r"|(?:accepted|received|was\s+given|has\s+been\s+given)\s+(?:a|the)\s+mandate\s+to"
    r"|(?:was|has\s+been|had\s+been)\s+(?:tasked|mandated|asked)\s+(?:\w+\s+){0,3}?to)"
    r"\s+(?:help\s+)?(?:to\s+)?(?:facilitate|mediate|host|broker)\s+"
    r"(?=(?:the\s+|a\s+|an\s+|new\s+|peace\s+|direct\s+|further\s+|establishment\s+of\s+)*"
    r"(?:talks|negotiations|meetings?|summit|dialogue|discussions)\s+between\b)"
    # "mandated Canada as facilitator", "named Qatar as chief mediator"
    r"|\s+as\s+(?:the\s+|an?\s+)?(?:chief\s+|lead\s+|main\s+|sole\s+)?(?:co-?)?(?:mediator"
    r"|facilitator)s?\b"
    # "has been leading discussions between", "is facilitating talks between"
    r"|\s+(?:has\s+been|have\s+been|had\s+been|is|are|was|were)\s+(?:leading|facilitating"
    r"|mediating|hosting|brokering)\s+(?=(?:the\s+|peace\s+|direct\s+)*"
    r"(?:talks|negotiations|discussions|dialogue)\s+between\b)",
    re.IGNORECASE,
)
_MEDIATORS_AFTER = re.compile(r"\s+(?:mediators?|facilitators?)\b", re.IGNORECASE)
_JOINED_OR_MET_BEFORE = re.compile(r"\b(?:and|with|met|meet|meets|meeting)\s+(?:the\s+)?$", re.I)
# What a teller says it does itself, as a go-between: "it had accepted a mandate to
# facilitate", "it would mediate", "they are ready to host".
_IT_MEDIATES = re.compile(
    r"\s*(?:that\s+)?(?:it|they|we)\s+(?:(?:had|has|have|would|will|is|are|was|were)\s+)?"
    r"(?:(?:accepted|received|been\s+given)\s+(?:a|the)\s+mandate\s+to|agreed\s+to|offered\s+to"
    r"|ready\s+to|willing\s+to|been\s+asked\s+to|been\s+tasked\s+(?:with|to))?\s*(?:help\s+)?"
    # (a host of talks "with" X is a party to them)
    r"(?:to\s+)?(?:facilitat|mediat|broker|host(?=[^.;]{0,40}\bbetween\b))",
    re.IGNORECASE,
)
# A role named after a side and its people: "the US and Chinese ambassadors, who served as
# co-mediators", "Qatari officials attended as observers".
_IN_THE_ROLE_AFTER = re.compile(
    r"(?:\s*(?:,|and)\s*(?:the\s+)?[A-Z][\w.]*)*"
    # ("the US and Chinese ambassadors to Malaysia, who served as co-mediators")
    r"(?:(?:\s+(?:[a-z-]+|to\s+[A-Z][\w.]*)){0,4}?\s*,\s*(?:who|which)\s+(?:(?:had|have|has)\s+)?(?:served|serve"
    r"|serves|acted|act|acts|were|was|are|is)"
    # (the side's own people, then their role: not "talks between A and B as observers")
    r"|(?:\s+[a-z-]+){0,2}?\s+(?:ambassadors?|officials?|envoys?|representatives?|diplomats?"
    r"|delegations?|ministers?)(?:\s+(?:were\s+|was\s+)?(?:present|attending|attended))?)"
    r"\s+as\s+(?:the\s+|an?\s+)?(?:co-?)?(?:mediators?|observers?|facilitators?|guarantors?"
    r"|witnesses)\b"
)
# Who helps a step come about mediates it, whoever else is named with them: "Saudi
# Arabia and Turkey played an important role in facilitating the deal", "Egypt and
# Qatar helped broker the truce", "Egypt and Qatar mediated the talks".
_HELPED_AFTER = re.compile(
    # ("Oman took credit for helping negotiate the deal between")
    r"\s+(?:(?:has|have|had|also)\s+)*(?:(?:took|takes|claimed|claims)\s+credit\s+for\s+)?"
    r"(?:(?:presided|presides|presiding)\s+over"
    r"|witnessed\s+the\s+signing|(?:helped|help|helps|helping)\s+(?:to\s+)?"
    r"(?:broker|mediate|facilitate|secure|negotiate|clinch|seal)"
    # "Egypt and Qatar were working to broker a new truce"
    r"|(?:(?:are|were|is|was|have\s+been|has\s+been)\s+)?(?:working|worked|work|works|trying"
    r"|tried|seeking|sought|striving|pushing)\s+to\s+(?:broker|mediate|facilitate)"
    r"|play(?:ed|s)?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}role\s+in\s+(?:the\s+)?"
    r"(?:facilitating|brokering|mediating|securing|negotiating|reaching|clinching"
    r"|mediation|negotiation)"
    # (a plain verb only when the parties follow: "Russia and Ukraine facilitated an
    # exchange" are its parties)
    r"|(?:mediated|brokered|facilitated)\s+(?:[^.;,]{0,60}?\s)?between"
    # "Egypt, Qatar and Turkey as guarantor countries", "will act as mediators" (not "as
    # observers" after the parties: "attended talks between A and B as observers")
    r"|as\s+(?:the\s+)?guarantors?(?:\s+(?:countries|states|nations))?"
    r"|(?:are|is|were|was)\s+(?:also\s+)?(?:the\s+)?(?:guarantors?|mediators?|sponsors?"
    r"|facilitators?)\s+of"
    r"|(?:will\s+|would\s+)?(?:act(?:s|ed|ing)?|serv(?:e|es|ed|ing))\s+as\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:guarantors?|mediators?|facilitators?|hosts?|sponsors?))\b",
    re.IGNORECASE,
)
# The names coordinated with a mention before such a verb: "Egypt, Qatar and the US".
_LISTED_AFTER = re.compile(
    # ("The U.S., along with Egypt, Qatar and Turkey, mediated": the list's head too)
    r"(?:\s*,\s*(?:along|together)\s+with\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?"
    r"(?:\s*,\s*(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*"
    r"\s*,?\s+and\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:,(?=\s+(?:mediated|brokered|facilitated|helped)\b))?"
)
# A relative clause of mediating after a list: "A and B, which mediated the talks".
_WHICH_MEDIATED = re.compile(
    r"\s*,\s*(?:which|who)\s+(?:(?:has|have|had|also)\s+)*(?:(?:are|were)\s+)?"
    r"(?:mediated|brokered|hosted|facilitated|sponsored|mediating|brokering|hosting)\b",
    re.IGNORECASE,
)
# A demonym is a side only when it qualifies people who act for the state.
_SIDE_AFTER = re.compile(
    r"^(?:\s+and\s+[A-Z]\w+)?\s+(?:governments?|authorities|officials|diplomats|delegation|delegations"
    r"|side|leadership|leaders?|counterparts?|presidents?|ministers?|foreign|negotiators|envoys?"
    r"|presidential|administration|sides|negotiating\s+teams?|teams?|politicians|mediators"
    r"|intelligence|military\s+delegation|aides?|advis[eo]rs?|representatives?|delegates?"
    r"|emissar(?:y|ies)|ambassadors?"
    r"|chiefs?|commanders?|generals?|(?:[a-z]+\s+)?ministry"
    r"|(?:army|military|defen[cs]e|navy|intelligence|security)\s+(?:chiefs?|commanders?|officials?)"
    # (an office by its acronym: "the Indian DGMO", "the Russian MFA")
    r"|(?-i:(?:DGMO|MFA|MOD|MoD|FM|NSA|COAS|CGS|CDS|DG|PM|JCS)s?))\b",
    re.IGNORECASE,
)


_STATE_KINDS = ("person", "group", "country", "demonym", "capital", "seat", "org", "anaphor")


# "brokered by Russia", "the truce agreed by Kesh and Tarvos": after these, "by"
# names a side, not a place.
_BY_SIDE = re.compile(
    r"\b(?:brokered|mediated|hosted|sponsored|signed|organi[sz]ed|backed|proposed|offered"
    r"|announced|rejected|accepted|attended|agreed|reached|concluded|struck"
    r"|sealed|inked|ratified|sought|requested|demanded|violated|breached|broken|summoned)"
    # (with where and when between: "signed in Doha on Saturday by")
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"|\s+on\s+\w+(?:\s+\d{1,2})?|\s+(?:last|this|next)\s+\w+|\s+(?:yesterday|today)"
    r"|\s*,)*\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "the foreign ministers of Kesh and Tarvos": people of a side, so the side itself.
_PEOPLE_OF = re.compile(
    r"\b(?:ministers?|leaders?|presidents?|delegations?|governments?|representatives|envoys?"
    r"|officials|heads?|chiefs?|negotiators|counterparts?|diplomats|commanders?|generals"
    r"|officers|members|delegates|teams?|militaries|armies|directors?|(?-i:(?!NGOs|MPs|CEOs|IDPs|UAVs)[A-Z]{2,}s))"
    # ("the Directors General of Military Operations (DGMOs) of India and Pakistan")
    r"(?:\s+general)?(?:\s+of\s+(?:[A-Z][\w-]*\s+){1,3}?)?(?:\s*\([^()]{1,40}\))?"
    r"\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’-]*\s*(?:,|and)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


# "in Libya and Syria": the second place of a list after a preposition of place.
_PLACES_AND = re.compile(
    r"\b(?:in|(?<!call\s)(?<!calls\s)(?<!called\s)(?<!calling\s)on|over|about|regarding|into"
    # (a day is no place: "said on Wednesday Hamas and Israel have agreed")
    rf"|across)\s+(?:the\s+)?(?!(?:{'|'.join(WEEKDAY_NAMES + MONTH_NAMES)})\b)[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)?\s*(?:,|and|or)\s+(?:the\s+)?$"
)


# A phrase of time or place that opens the sentence, up to where a place is named.
_OPENING_PHRASE = re.compile(
    r"\W*(?:After|Following|Before|During|Ahead\s+of|Since|At|In|On|Earlier|Later)\b[^,;]*$"
)
_LIST_GOES_ON = re.compile(
    r"(?:\s*,\s*[A-Z][\w'’-]*)*\s*,?\s*(?:and|or)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*,"
)
# A city or country naming a step rather than taking part: "the Minsk agreements".
_ORGAN_AFTER = re.compile(
    r"['’]s\s+(?:(?:new|interim|internationally\s+recognised|internationally\s+recognized)\s+)?"
    r"(?:government|president|prime\s+minister|leader|foreign\s+minist(?:er|ry)|delegation"
    r"|negotiators?|envoy|authorities|administration|leadership"
    # who acts for it: "Turkey's intelligence chief", "India's army chief", "Russia's
    # ambassador", "Egypt's defence minister"
    r"|(?:[a-z-]+\s+){0,2}(?:chief|minister|secretary|ambassador|officials?|commander"
    r"|spokes(?:man|woman|person)|adviser|advisor|representatives?|director\s+general))\b",
    re.IGNORECASE,
)


# Two sides joined by a hyphen or dash before a step's word: "the Iran-US talks".
_PAIR_BEFORE = re.compile(r"[A-Z][\w.'’]*\s?[-–]\s?$")
_PAIR_AFTER = re.compile(r"\s?[-–]\s?[A-Z]")
# After a pair: what it is about, or who brokers it ("a Saudi-U.S. initiative").
_PAIR_TOPIC = re.compile(
    r"\s+(?:war|wars|conflict|crisis|border|fighting|hostilities|tensions?|front|frontier"
    r"|escalation|dispute|rivalry|relations)\b"
    # ("the Egypt-Qatar ceasefire proposal", "the US-Qatar truce plan")
    r"|\s+(?:[\w-]+\s+){0,2}?(?:initiative|plan|proposal|mediation|efforts?|framework"
    r"|sponsorship|auspices|offer|draft|blueprint)s?\b"
    r"|[-–](?:brokered|led|backed|sponsored|mediated)\b",
    re.IGNORECASE,
)


def _pair_end(text: str, end: int) -> int:
    """Where a pair of names joined by a dash ends: "Israel-Iran" from its first name."""
    after = _PAIR_AFTER.match(text, end)
    if after is None:
        return end
    word = re.match(r"[\w.'’]+", text[after.end() - 1 :])
    return after.end() - 1 + (word.end() if word else 0)


_NAMES_AFTER = re.compile(
    r"\s+(?:Group|format|process|initiative|statement|declaration|arrangements?|formula"
    r"|agreements?|accords?|deal|memorandum|protocol|talks|meeting|summit|conference"
    r"|negotiations|peace\s+(?:talks|process|plan|deal|agreement)"
    # (a text named after a city, in capitals too: "the Ankara Declaration"; but "the Berlin
    # Conference" was held by the host)
    # ("the Kuala Lumpur Peace Accord": a peace named after the city)
    r"|(?i:(?:peace\s+)?(?:declaration|agreements?|accords?|memorandum|protocol|treaty"
    r"|communiqu[eé]|truce|ceasefire|cease-fire))"
    # (a convention or charter named after a city: "the Ottawa Convention")
    r"|[Cc]onventions?|[Cc]harter)\b"
)


_ANSWERED = re.compile(
    r"\s*(?:,\s*)?but\s+(?:the\s+)?[\w' ’-]{1,40}?\s+(?:rejected|refused|accepted|welcomed"
    r"|signed|backed|dismissed)\s+(?:it|the\s+(?:plan|proposal|offer|initiative|deal))\b",
    re.IGNORECASE,
)


# The sides of a war named as such: "the warring parties", "Libya's rival factions",
# "Yemen's rivals", "the two Sudanese delegations" (whose country is no party). One
# word of rivalry and the nouns for sides, from which each pattern below is made.
_RIVALRY = r"(?:warring|rival|feuding|opposing|competing)"
_SIDE_WORDS = r"factions|sides|parties|camps|governments|administrations"
_SIDE_NOUNS = rf"(?:{_SIDE_WORDS})"
_RIVAL_SIDES = rf"(?:{_RIVALRY}\s+)?(?:{_SIDE_WORDS}|rivals|delegations)\b"
# "Libya's two warring factions", "Yemen's rivals" as a subject that agrees
_OF_A_COUNTRY = (
    rf"['’]s\s+(?:two\s+)?(?:main\s+)?(?:{_RIVALRY}\s+{_SIDE_NOUNS}|factions"
    r"|rivals(?=\s+(?:have\s+|had\s+|will\s+|to\s+)?(?:sign|agree|meet|hold|begin|resume"
    r"|reach|accept)))\b"
)
_WARRING = re.compile(
    r"\bwarring\s+(?:parties|sides|factions|camps)\b"
    rf"|{_OF_A_COUNTRY}"
    # ("the two Libyan delegations": a people's word, in capitals)
    rf"|\b(?:two|both)\s+(?-i:[A-Z])[\w-]+\s+{_RIVAL_SIDES}",
    re.IGNORECASE,
)
# What follows a country that owns the two sides of its war (not "Iran's rivals in the
# region": a side and its foes).
_OWNS_RIVALS = re.compile(_OF_A_COUNTRY, re.IGNORECASE)
# Before and after a demonym that owns them: "the two Libyan delegations", "Libyan
# factions" (one nation's several sides; not "Russian and Ukrainian factions", each
# its own, nor "Israeli teams", one side's)
_TWO_BEFORE = re.compile(r"\b(?:two|both)\s+$", re.IGNORECASE)
_RIVAL_SIDES_AFTER = re.compile(r"\s+" + _RIVAL_SIDES, re.IGNORECASE)
_SIDES_AFTER = re.compile(
    rf"\s+(?:{_RIVALRY}\s+(?:sides|parties|governments)|(?:{_RIVALRY}\s+)?(?:factions|camps"
    r"|rivals))\b",
    re.IGNORECASE,
)
_LIST_BEFORE = re.compile(r"(?:\band|,|&)\s*$", re.IGNORECASE)
# A body's post named after a country it deals with: "the UN's Libya mission", "the
# EU's Sahel envoy" (its owner named before it)
_POST_FOR = re.compile(
    r"\s+(?:special\s+)?(?:mission|envoy|representative|office)\b", re.IGNORECASE
)
_OWNER_BEFORE = re.compile(r"['’]s\s+$")


# "the two leaders", "both sides": the sides named just before.
_TWO = re.compile(
    r"\b(?:the\s+two|both)\s+(?:[A-Z]\w+\s+)?(?:(?P<people>leaders|presidents|ministers|heads\s+of\s+state"
    r"|foreign\s+ministers|men)|(?P<states>countries|governments|states|nations|neighbou?rs)|sides"
    r"|parties|delegations|rivals|militaries|armies|adversaries|foes)\b"
    r"|\bthe\s+two\s+(?=(?:[a-z]+ed|have|had|will|would|met|spoke|agreed|held)\b)"
    # "the sides met in Istanbul", "the parties agreed to ...": the two named before
    r"|\bthe\s+(?:sides|delegations)\b(?=\s+(?:[a-z]+ed|have|had|will|would|met"
    r"|spoke|agreed|held|also)\b)",
    re.IGNORECASE,
)


_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|it|they|we|I)\b(?![’']s)")
# (and "It signed a pact with Mogadishu": the side named before, as the verb's subject)
_HE_THEY = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b(?![’']s)"
    r"|\bIt\s+(?:has\s+|had\s+|also\s+|later\s+|then\s+)*(?:signed|agreed|struck|reached|sealed"
    r"|inked|concluded|held|met)\b"
)


def _enough(
    ctx: ArticleContext,
    participants: list[str],
    kind: str,
    status: str,
    text: str,
    t: re.Match[str],
    named: object,
    named_here: bool,
) -> bool:
    """Whether the sides named make a step: two sides, or one side that hosts,
    offers, plans, rules out or visits; none when the step is a named or dated
    one ("the National Conference", "a 1994 ceasefire")."""
    if named and (kind != "agreement" or _year_before(text, t)):
        return True
    if len(participants) >= 2:
        return True
    if not participants:
        return False
    if _ONGOING.match(text, t.end()):
        return True  # "ceasefire negotiations being conducted in Doha"
    if kind == "agreement" and _one_sided(ctx, set(participants), text, t):
        return True  # "the military declared a ceasefire until April 22": its own step
    if not named_here:
        return False  # only the speaker's side: "there have been no talks yet," he said
    if kind == "visit":
        return True
    if kind == "agreement":
        return False
    return status in ("planned", "proposed", "not_planned", "cancelled")


#: The sides and mediators named in each clause of one sentence (see _clause_sides),
#: by the clause's span: kept for the sentence's other steps in the same clause.
ClauseMemo = dict[tuple[int, int], tuple[list[tuple[Mention, str]], list[str]]]


def _participants(
    ctx: ArticleContext,
    sent: Sent,
    acts: list[Speech],
    t: re.Match[str],
    memo: ClauseMemo | None = None,
) -> tuple[list[str], list[str]]:
    """(participants, mediators) of the step at ``t``: sides named as sides in the
    trigger's clause (not places, not troops, not modifiers), "the two leaders" of
    the sentences before, and the side of whoever is reported saying it when no two
    sides are named; those who mediate, host or sponsor it ("mediated by Qatar",
    "the US-brokered truce", "the sponsors of the talks, the US and Saudi Arabia")
    apart. Mediated talks or truces that name no two parties are between the
    article's warring sides."""
    text = sent.text
    lo, hi = _clause_span(text, t.start())
    if _TIME_OF.search(text, max(0, t.start() - 60), t.start()):
        # "following the meeting, the envoy vowed to work with Israel": the step dates
        # the clause, whose sides are not its own; only "the meeting with X" names them
        comma = text.find(",", t.end(), hi)
        lo, hi = t.start(), comma if comma != -1 else hi
    # "talks ... can be arranged after Turkish forces killed Syrian troops": the clause
    # of another event names no party to this one
    later = OTHER_EVENT_CB.search(text, t.end(), hi, sent.folded) or _PURPOSE_CB.search(
        text, t.end(), hi, sent.folded
    )
    if (
        later is not None
        and later.group(0).lower() in ("due to", "because of", "owing to")
        and _BETWEEN_WORD.search(text, later.end(), hi)
    ):
        later = None  # "stalled because of differences between Israel and Hamas": theirs
    if (another := _ANOTHER_STEP.search(text, t.end(), hi)) is not None:
        hi = another.start()  # "..., and it followed a separate peace deal between A and B"
    if later is not None and not _MEDIATION_NP.match(text, later.end()):
        # (but "agreed a truce after Egyptian mediation": who brought it about)
        hi = later.start()
    if memo is None or (lo, hi) not in memo:
        sides = _clause_sides(ctx, sent, lo, hi)
        if memo is not None:
            memo[lo, hi] = sides
    else:
        sides = memo[lo, hi]
    mediators = list(sides[1])
    # the sayings whose content holds the step: the same for every mention
    telling = [
        a for a in acts if a.speaker is not None and a.content_start <= t.start() < a.content_end
    ]
    found = [
        actor
        for m, actor in _within_what_is_told(text, sides[0], telling)
        # "..., the United States and Saudi Arabia said": who tells it is no party
        if not (telling and _tells_it(text, m, telling))
        # "met Sisi of Egypt, a key mediator with Hamas": what is said of a party named
        # after the step's word names no party (before it, it can: "Qatar, a mediator
        # between Israel and Hamas, hosted talks")
        and not (
            m.start > t.end()
            and _ROLE_APPOSITION_CB.found(text, max(0, m.start - 90), m.start, sent.folded)
        )
        and not _object_of_the_verb_before(text, m, t)
        # "urged de-escalation between Iran and Israel during a call with Pezeshkian":
        # the pair of a strife named is what the step is about, not who takes part
        # (a truce's pair is the war's: "the war between A and B ended with a deal")
        and not (
            t.lastgroup != "agreement"
            and _STRIFE_BETWEEN.search(text, max(0, m.start - 70), m.start)
        )
        # "Israel and Hamas, both absent from the gathering": who stays away
        and not _ABSENT_AFTER.match(text, m.end)
        and not _across_a_relative(text, m, t)
        and not _after_anothers_subject(text, m, t)
    ]
    aside = [m for m, _a in sides[0] if _between_dashes(text, m, t)]
    if aside and any(a in found for m, a in sides[0] if m not in aside):
        # "Sisi — whose government sides with Somalia in its standoff with Ethiopia — was
        # due to hold talks with Isaias": what the dashes say of a party names none (but
        # "The parties — headed by Petro and Garcia — agreed to meet": they are named there)
        keep = {a for m, a in sides[0] if m not in aside}
        found = [a for a in found if a in keep]
    if (told_as := background_of(text, t.start())) is not None:
        # "a dispute over a port deal": a deal named as what another thing is about has
        # only the parties its own words name ("a deal between A and B", "A's deal",
        # "since Ethiopia struck a deal with Somaliland")
        found = [
            a
            for m, a in sides[0]
            if a in found and (m.start >= told_as.start() or _POSSESSIVE.match(text, m.end))
        ]
    reactors = {
        actor
        for m, actor in sides[0]
        if m.end <= t.start()
        and (react := _REACTS_AFTER.match(text, m.end, t.start())) is not None
        # (the step its object: not "Russia has condemned the strikes, ... a deal")
        and _OBJECT_UP_TO_STEP.fullmatch(text, react.end(), t.start())
    }
    if reactors and (
        len(set(found) - reactors) >= 2
        or _THE_BEFORE.search(text, max(0, t.start() - 6), t.start())
    ):
        # "Somalia rejected Ethiopia's deal with Somaliland", "... and rejecting the
        # agreement": who rejects a step between others, or one told before, is no party
        found = [a for a in found if a not in reactors]
    war_words = _in_clause(_WARRING, text, lo, hi)
    warring = (
        war_words
        or _PEACE_BEFORE_CB.found(text, max(0, t.start() - 30), t.start(), sent.folded)
        # a truce is between the fighting sides, whoever of them is named, and so is
        # "an agreement on an effective cease-fire"
        or (
            t.lastgroup == "agreement"
            and (_TRUCE.search(t.group(0)) or _ON_A_TRUCE.match(text, t.end()))
        )
    )
    if warring and len(ctx.belligerents) >= 2:
        # "accepting the ceasefire proposal from Trump", "Vance's call to maintain the
        # ceasefire": whose proposal or call a truce between the fighting sides is, when
        # not one of them, brings it about and is no party to it
        proposers = {
            a
            for m, a in sides[0]
            if a not in ctx.belligerents[:2]
            and (
                _PROPOSER_BEFORE.search(text, max(0, m.start - 60), m.start)
                or _PROPOSERS_AFTER.match(text, m.end)
                # "the Turkish proposal for a ceasefire", "the US offer of a truce"
                or (
                    m.kind in ("demonym", "country")
                    and _AN_ARTICLE_BEFORE.search(text, max(0, m.start - 6), m.start) is not None
                    and _ITS_PROPOSAL_AFTER.match(text, m.end) is not None
                )
            )
        }
        mediators += sorted(proposers - set(mediators))
        found = [a for a in found if a not in proposers]
    if (
        t.lastgroup == "agreement"
        and _TRUCE.search(t.group(0))
        and len(ctx.belligerents) >= 2
        # (a group of three or more outsiders: "the Quartet countries"; two named with a
        # truce may well be its parties)
        and len(others := {a for a in found if a not in ctx.belligerents[:2]}) >= 3
        and len(set(found) & set(ctx.belligerents[:2])) <= 1
        # (not one whose sides are named: "a ceasefire between regime and rebels")
        and not _between(text, t.end(), sides[0])
    ):
        # "The Quartet countries held a meeting to achieve an urgent humanitarian truce": a
        # truce is the fighting sides'; the states that seek it mediate
        mediators += sorted(others - set(mediators))
        found = list(ctx.belligerents[:2])
    warring_sides = ctx.warring_sides() if war_words and len(set(found)) < 2 else ()
    if len(warring_sides) >= 2:
        # "Sudan's warring sides were beginning talks, the US said": the fighting sides,
        # not the speaker
        found += [a for a in warring_sides[:2] if a not in mediators]
    for a in telling:
        if (
            a.speaker is not None
            and a.speaker.actor
            and a.speaker.actor not in mediators
            and _IT_MEDIATES.match(text, a.content_start)
        ):
            # "Canada said it had accepted a mandate to facilitate talks between": the
            # teller mediates
            mediators.append(a.speaker.actor)
            found = [x for x in found if x != a.speaker.actor]
    # ("Relations between the two countries have soured since Ethiopia struck a deal
    # with Somaliland": "the two countries" are not that deal's)
    own = _ITS_OWN_SUBJECT_AFTER.search(text, lo, t.end())
    two_from = own.start() if own is not None and "," not in text[own.end() : t.start()] else lo
    two = _in_clause(_TWO, text, two_from, hi)
    if len(set(found)) < 2 and two is None:
        # (the speaker's side, unless "the two sides" or "both countries" say who)
        for a in acts:
            if (
                a.speaker is not None
                and a.speaker.actor
                and a.speaker.kind != "institution"
                and a.speaker.actor not in mediators
                and a.content_start <= t.start() < a.content_end
                # "the ceasefire starts at midnight, Blinken said": a truce is the
                # fighting sides', not its announcer's
                and not (
                    warring
                    and len(fighting := ctx.warring_sides()) >= 2
                    and a.speaker.actor not in fighting[:2]
                )
            ):
                found.append(a.speaker.actor)
    if t.lastgroup == "agreement":
        # "... called for a ceasefire, but the GNA rejected it": a party to it too
        later = _ANSWERED.match(text, hi)
        if later is not None:
            found += [
                m.actor
                for m in sent.mentions
                if m.actor and later.start() <= m.start < later.end() and m.kind in _STATE_KINDS
            ]
    if (
        (warring or mediators)
        and len(set(found)) < 2
        and two is None
        and (mediators or not _one_sided(ctx, set(found), text, t))
    ):
        # (the two that "both sides" names are found below)
        # "Yemen's warring parties", "AU-led peace talks", "its participation in
        # ceasefire talks": between the fighting sides, the pair the sentence names
        # ("... as Afghanistan-Pakistan tensions worsened") or the article's
        pair = _pair_in(sent)
        if pair:
            found += [a for a in pair if a not in mediators]
        elif len(ctx.belligerents) >= 2:
            found += [a for a in ctx.belligerents[:2] if a not in mediators]
    if (
        two is not None
        and warring
        and _BETWEEN_BEFORE.search(text, max(0, two.start() - 10), two.start())
        and len(fighting := ctx.warring_sides()) >= 2
        # (only when who told of it, or was told, would be taken for one of the two)
        and set(found) & _tellers(sent, acts, t.start())
    ):
        # "a ceasefire between the two militaries": the pair named between before
        # ("tensions between Ankara and the PKK ... a ceasefire between the two sides"),
        # else the fighting sides; not who told of it or was told
        named = [
            pair
            for word in _BETWEEN_WORD.finditer(text, 0, two.start() - 10)
            if len(pair := [a for a in _between(text, word.start() - 1, sides[0]) if a]) == 2
        ]
        found, two = (named[-1] if named else list(fighting[:2])), None
    if two is not None:
        kinds: tuple[str, ...] | None = None
        if two.group("people"):
            kinds = ("person",)
        elif two.group("states"):
            kinds = ("country", "demonym", "capital", "seat")
        more = _last_two(ctx, sent, two.start(), set(found) | set(mediators), kinds)
        if len(set(found)) < 2 or len(more) == 2:
            # (one more when two are named here is no pair: "Ukraine proposed talks
            # between the two presidents, and Russia took note" names both)
            found += more
    if len(set(found)) == 1 and _HE_THEY.search(text, lo, t.end()):
        # "He later held a meeting with Prime Minister Mikati": the side of the one the
        # pronoun stands for (named in a sentence before)
        who = ctx.subject(sent, t.start())
        if who is not None and who.actor in ctx.lexicon.actor_ids and who.actor not in mediators:
            found.insert(0, who.actor)
    if len(set(found)) == 1 and _WITH_UNNAMED.match(text, t.end()):
        # "suspended talks with a paramilitary force it has been fighting": with the
        # other of the article's two warring sides
        rivals = [a for a in ctx.belligerents[:2] if a not in found and a not in mediators]
        if found[0] in ctx.belligerents[:2] and rivals:
            found.append(rivals[0])
    if (
        t.lastgroup == "visit"
        and len(set(found)) < 2
        and (dest := _DESTINATION.match(text, t.end())) is not None
    ):
        # (only when the sides met are not named: "arrived in Sanaa to hold talks with
        # the Houthis" is not the state's, whose capital the Houthis hold)
        # "a seven-day visit to Turkey", "arrived in Turkey": the host's state is a party
        found += [
            x.actor
            for x in sent.mentions
            if x.start == dest.end() and x.actor and x.kind in ("country", "capital", "seat")
        ]
    between = _between(text, t.end(), sides[0]) or _pair_before(sent, t.start(), t.end())
    if not between and _NEGOTIATED.fullmatch(t.group(0)):  # (the one such trigger)
        # "China negotiated an "immediate ceasefire" between the army and the alliance":
        # talks between those two, which China mediated
        between = _between(text, t.end(), sides[0], _BETWEEN_OBJECT)
        if between:
            mediators += [a for a in found if a not in between and a not in mediators]
    if between:
        # "a conversation between Hamas and the Israeli army", "part of a US-brokered
        # Armenia-Azerbaijan peace deal": those two, not who speaks of it
        found = between
    if t.lastgroup == "visit":
        # "visited Addis Ababa at the invitation of Abiy": who invites a visitor is the
        # host, a party to the visit
        hosts = _helpers_after(sent, mediators, lo, hi, _INVITED_BY, 40)
        mediators = [a for a in mediators if a not in hosts]
        found += sorted(hosts)
    hosted_by = _helpers_after(sent, mediators, lo, hi, _HOSTED_BY_BEFORE, 60)
    for host in sorted(hosted_by) if len(hosted_by) == 1 else ():
        # "Zelenskiy visited Ankara for talks hosted by Erdogan", "Putin and Erdogan met at
        # a summit hosted by Putin": a host goes between two others, else is a side (not
        # two hosts of one step, nor the host of truce talks with one side named: "an
        # Israeli delegation will travel to Doha for talks hosted by Qatar on the truce")
        if host in found or (
            len(set(found)) < 2 and not _TRUCE.search(text) and not _ON_PEACE.search(text)
        ):
            mediators = [a for a in mediators if a != host]
            if host not in found:
                found.append(host)
    if t.group(0).lower().startswith("host"):
        # "Erdogan hosted Putin in Ankara": the host of one guest meets him; of two
        # sides ("offered to host Russian and Ukrainian delegations") it mediates
        guests = {a for m, a in sides[0] if m.start >= t.end()}
        hosts = {a for m, a in sides[0] if m.start < t.start()} | set(mediators)
        if len(guests - hosts) >= 2:
            found = [a for a in found if a in guests]
            mediators = sorted(set(mediators) | (hosts - guests))
        else:
            found += mediators
            mediators = []
    if (
        len(set(found)) >= 3
        and _DIRECT_BEFORE.search(text, max(0, t.start() - 10), t.start())
        and (who := ctx.subject(sent, t.start())) is not None
        and who.actor in found
        # (a fighting side asks for direct talks with the other: "Zelensky called for
        # direct talks with Putin")
        and who.actor not in ctx.belligerents[:2]
        and not _WITH_AFTER_STEP.match(text, t.end())
    ):
        # "Rubio expressed support for direct dialogue in separate calls with A and B":
        # direct talks are the other two's; who backs them goes between
        mediators.append(who.actor)
        found = [a for a in found if a != who.actor]
    if (
        t.lastgroup == "agreement"
        and _TRUCE.search(t.group(0))
        and len(ctx.belligerents) >= 2
        and set(ctx.belligerents[:2]) <= set(found)
        and (others := {a for a in found if a not in ctx.belligerents[:2]})
        # (not one named a party between anywhere in the sentence: "a truce between
        # Israel, Hamas and Egypt", "a call issued at a meeting between the presidents of
        # Congo and Rwanda")
        and not any(
            others & set(_between(text, word.start() - 1, sides[0]))
            for word in _BETWEEN_WORD.finditer(text)
        )
    ):
        # "Trump said of a potential cease-fire deal", "a truce proposed by the US-led
        # group": the two fighting sides are a truce's parties; who speaks of it, calls
        # for it or brings it about with them mediates
        mediators += sorted(others - set(mediators))
        found = [a for a in found if a in ctx.belligerents[:2]]
    found = [a for a in found if a not in mediators or a in ctx.belligerents[:2]]
    return sorted(dict.fromkeys(found)), sorted(dict.fromkeys(mediators))


_DIRECT_BEFORE = re.compile(r"\bdirect\s+$", re.IGNORECASE)
_WITH_AFTER_STEP = re.compile(r"\s+with\b", re.IGNORECASE)


# Whose proposal a step is, named after it: "the ceasefire proposal from President ".
_PROPOSER_BEFORE = re.compile(
    r"\b(?:proposals?|plans?|initiatives?|framework|offers?|calls?|appeals?)\s+"
    r"(?:put\s+forward\s+|drafted\s+|presented\s+)?(?:from|by)\s+(?:the\s+)?"
    r"(?:[\w.'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# ... and before it: "Vance's call to maintain", "Trump's plan".
_PROPOSERS_AFTER = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:proposals?|plans?|initiative|framework|offer|call|appeal"
    r"|push|efforts?|deadline|ultimatum)\b",
    re.IGNORECASE,
)


# ... or named by its people's word or its name as a modifier: "the Turkish proposal".
_AN_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_ITS_PROPOSAL_AFTER = re.compile(
    r"\s+(?:(?:peace|ceasefire|truce|new|latest|revised|draft)\s+)?(?:proposals?|offers?"
    r"|initiatives?|mediation)\b",
    re.IGNORECASE,
)


def _helpers_after(
    sent: Sent, mediators: list[str], lo: int, hi: int, before: re.Pattern[str], reach: int
) -> set[str]:
    """The mediators named in the clause right after words that make them hosts ("at the
    invitation of", "hosted by")."""
    return {
        m.actor
        for m in sent.mentions
        if m.actor in mediators
        and lo <= m.start < hi
        and before.search(sent.text, max(0, m.start - reach), m.start)
    }


_HOSTED_BY_BEFORE = re.compile(r"\bhosted\s+by\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}$", re.I)
# Talks on a truce, peace or captives: the fighting sides', whoever hosts them.
_ON_PEACE = re.compile(
    r"\bpeace\s+(?:talks|negotiations|deal|process|agreement|plan)\b|\bhostages?\b|\bcaptives\b"
    r"|\bprisoners?\s+(?:swap|exchange|release)",
    re.I,
)
# Who helped a step, named by a post before the name: "hosted by Turkish President",
# "under the auspices and mediation of Qatar's Emir" (the post's words checked apart).
_BY_A_TITLE = re.compile(
    r"\b(?:(?<!co-)(?:mediated|brokered|facilitated|hosted|sponsored|convened|chaired)\s+by"
    r"|under\s+the\s+auspices\s+(?:and\s+mediation\s+)?of|with\s+the\s+mediation\s+of)"
    r"\s+(?:the\s+)?(?P<title>(?:[A-Z][\w.'’-]*\s+|['’]s\s+){1,4})$"
)
# Who leads a side's own party of envoys: "a high-level delegation, led by".
_DELEGATION_LED_BY = re.compile(
    r"\b(?:delegations?|team|mission|envoys|negotiators)\s*,?\s+(?:which\s+was\s+|was\s+)?"
    r"(?:led|headed)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# Who invited a visitor, right before the name: "at the invitation of Prime Minister ".
_INVITED_BY = re.compile(
    r"\b(?:invitation\s+(?:of|from)|invited\s+by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)


_BETWEEN_WORD = re.compile(r"\bbetween\b", re.IGNORECASE)
# Where a visit goes, right after its word: "visit to ", "arrived in the ".
_DESTINATION = re.compile(r"\s+(?:(?:to|in)\s+)?(?:the\s+)?", re.IGNORECASE)
# "talks between X and Y", "a call between the two presidents' envoys"
_BETWEEN_AFTER = re.compile(r"[\"”’']?\s+(?:[\w-]+\s+){0,2}?between\s+", re.IGNORECASE)
# ... and after a verb's object: "negotiated an "immediate ceasefire" between "
_BETWEEN_OBJECT = re.compile(r"\s+(?:a|an|the)\s+(?:\S+\s+){0,3}?between\s+", re.IGNORECASE)
_NEGOTIATED = re.compile(r"negotiated", re.IGNORECASE)
_BETWEEN_END = re.compile(
    r"[,;]|\b(?:before|after|over|on|that|which|who|while|when|since|to|aimed|about)\b",
    re.IGNORECASE,
)


# What may stand between a pair and its step's word: "Israel-Hamas (truce) deal".
# (not who brokers it: "a US-Russian brokered ceasefire")
_PAIR_GAP = re.compile(r"\s+(?:(?!(?:brokered|mediated|backed|led|sponsored)\b)[a-z-]+\s+){0,2}")


def _pair_in(sent: Sent) -> list[str]:
    """The first two sides the sentence joins by a dash before a word of their conflict
    or talks: "Afghanistan-Pakistan tensions" (not "the Egypt-Israel border")."""
    named = [m for m in sent.mentions if m.actor]
    for a, b in zip(named, named[1:], strict=False):
        if (
            a.actor != b.actor
            and re.fullmatch(r"[-–]", sent.text[a.end : b.start])
            and _PAIR_OF_SIDES.match(sent.text, b.end)
        ):
            return [a.actor, b.actor]  # type: ignore[list-item]
    return []


_PAIR_OF_SIDES = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:tensions?|conflict|war|dispute|crisis|hostilities|fighting|rivalry"
    r"|relations|talks|negotiations|ceasefire|truce|deal|agreement)\b",
    re.IGNORECASE,
)


def _pair_before(sent: Sent, start: int, end: int) -> list[str]:
    """The two sides a pair right before the step's word names ("the Israel-Hamas
    truce deal", "Armenia-Azerbaijan peace talks"), or []."""
    named = [m for m in sent.mentions if m.actor and m.end <= start]
    if len(named) < 2:
        return []
    a, b = named[-2], named[-1]
    if a.actor == b.actor:
        return []
    if (
        re.fullmatch(r"\s+and\s+", sent.text[a.end : b.start])
        and _THEIR_OWN_STEP.fullmatch(sent.text, b.end, start)
        # (not "Egypt and Turkey's talks with Russia": a third side)
        and not _WITH_AFTER_STEP.match(sent.text, end)
    ):
        return [a.actor, b.actor]  # type: ignore[list-item]  # "Russia and Ukraine's joint declaration"
    if not re.fullmatch(r"\s?[-–]\s?", sent.text[a.end : b.start]) or not _PAIR_GAP.fullmatch(
        sent.text, b.end, start
    ):
        return []
    return [a.actor, b.actor]  # type: ignore[list-item]


# Two sides' own step, up to its word: "(Russia and Ukraine)'s agreed-upon joint ".
_THEIR_OWN_STEP = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}")


def _between(
    text: str, end: int, sides: list[tuple[Mention, str]], after: re.Pattern[str] = _BETWEEN_AFTER
) -> list[str]:
    """The two or more sides a "between X and Y" right after the trigger names, or []."""
    m = after.match(text, end)
    if m is None:
        return []
    joined = re.search(r"\band\b", text[m.end() : m.end() + 120])
    if joined is None:
        return []
    stop = _BETWEEN_END.search(text, m.end() + joined.end())
    hi = stop.start() if stop else len(text)
    named = list(dict.fromkeys(a for x, a in sides if m.end() <= x.start < hi))
    if len(named) == 1 and stop is not None and stop.group(0) == ",":
        # "between the army and its rival, the paramilitary RSF": the second named in
        # the apposition after it
        next_stop = _BETWEEN_END.search(text, stop.end())
        far = next_stop.start() if next_stop else len(text)
        named = list(dict.fromkeys(a for x, a in sides if m.end() <= x.start < far))
    return named if len(named) >= 2 else []


def _between_dashes(text: str, m: Mention, t: re.Match[str]) -> bool:
    """Whether ``m`` stands between a pair of dashes the step is not in."""
    lo, hi = min(m.start, t.start()), max(m.end, t.end())
    return any(
        dash.start() < m.start < dash.end() and not dash.start() < t.start() < dash.end()
        for dash in _DASH_PAIR.finditer(text, max(0, lo - 200), min(len(text), hi + 200))
    )


def _after_anothers_subject(text: str, m: Mention, t: re.Match[str]) -> bool:
    """Whether ``m`` stands before an "after" whose own subject did the step: "Egypt and
    Somalia have drawn closer after Ethiopia signed a deal with Somaliland"."""
    if m.end > t.start():
        return False
    after = _ITS_OWN_SUBJECT_AFTER.search(text, m.end, t.end())
    return after is not None and "," not in text[after.end() : t.start()]


# Words set off by a pair of dashes.
_DASH_PAIR = re.compile(r"\s[—–]\s[^—–]{3,200}?\s[—–]\s|\s--\s.{3,200}?\s--\s")
# "after" or "since" and a clause's own named subject: "after Ethiopia signed".
_ITS_OWN_SUBJECT_AFTER = re.compile(
    r"\b(?:after|since|before|when)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+"
    r"(?:had\s+|has\s+)?(?:[a-z]+ed|struck)\b",
    re.IGNORECASE,
)


def _across_a_relative(text: str, m: Mention, t: re.Match[str]) -> bool:
    """Whether a relative clause parts ``m`` from the step: "a meeting with legislators
    who have been holding talks with Ocalan" (Ocalan is no party to the meeting, and
    Erdogan, whose meeting it is, none to the talks)."""
    if m.start >= t.end():
        rel = _RELATIVE_WORD.search(text, t.end(), m.start)
        # (a clause closed before the name: "between Hamas, which rules Gaza, and Israel";
        # one of the step itself: "the accord, which Israel and Egypt signed")
        return (
            rel is not None
            and "," not in text[rel.end() : m.start]
            and bool(text[t.end() : rel.start()].strip(" ,"))
        )
    rels = list(_RELATIVE_WORD.finditer(text, m.end, t.start()))
    rel = rels[-1] if rels else None
    if rel is None or "," in text[rel.end() : t.start()]:
        return False  # (closed before the step: "X, who is believed to be in Y, is negotiating")
    # the antecedent is the clause's subject ("Erdogan, who met Putin", "An Omani
    # delegation, which arrived"), but "which" stands for no person
    # ("The UN Security Council, of which Britain is a member, will meet": "of which")
    between = _PREPOSITION_END.sub("", text[m.end : rel.start()]).strip(" ,")
    antecedent = len(between.split()) <= 2 and not _JOINING_WORD.search(between)
    return not antecedent or (m.is_person and rel.group(1) == "which")


# A relative pronoun after a noun (not "that", which may open what is told; nor one
# that says what its antecedent is: "the dispute, which is the Geneva Agreement ...").
_RELATIVE_WORD = re.compile(r"(?<=[a-z,])\s+(who|whom|whose|which)\s(?!(?:is|was|are|were)\s)")
_PREPOSITION_END = re.compile(r"\s*\b(?:of|in|at|with|for|by|from|to)\s*$", re.IGNORECASE)
_JOINING_WORD = re.compile(r"\b(?:and|or|of|with|to|in|for|from|by)\b", re.IGNORECASE)


def _object_of_the_verb_before(text: str, m: Mention, t: re.Match[str]) -> bool:
    """Whether ``m`` is the object of another verb its step's verb is joined to: "Baghdad
    outlawed the PKK last year and last month agreed a deal with Ankara" (the PKK is
    no party to the deal)."""
    return (
        m.end <= t.start()
        and _PAST_VERB_BEFORE.search(text, max(0, m.start - 30), m.start) is not None
        and _AND_THEN_THE_VERB.fullmatch(text, m.end, t.end()) is not None
    )


# A past verb of another deed right before its object: "outlawed the", "banned".
_PAST_VERB_BEFORE = re.compile(
    r"\b(?!(?:agreed|signed|met|visited|reached|concluded|called|urged|asked|accused|said"
    r"|told|invited|joined|backed|supported|welcomed|thanked|praised)\b)[a-z]+ed\s+(?:the\s+)?$"
)
# The rest of the object's clause, then "and" and the step's verb: "... last year and
# last month agreed".
_AND_THEN_THE_VERB = re.compile(
    r"[^,;.]{0,60}?\band\s+(?:[\w-]+\s+){0,3}(?:agreed|signed|met|visited|reached|concluded"
    r"|struck)\b[^,;.]{0,60}",
    re.IGNORECASE,
)


def _clause_sides(
    ctx: ArticleContext, sent: Sent, lo: int, hi: int
) -> tuple[list[tuple[Mention, str]], list[str]]:
    """The mentions in ``text[lo:hi]`` that may be parties, in order, each with its
    actor (not mediators, places, owners or armies: only who tells the step is left
    to ask), and the mediators named there."""
    text = sent.text
    sides: list[tuple[Mention, str]] = []
    mediators: list[str] = []
    # the mention before, when it was named as a mediator (a list of them goes on; not
    # one of the same side named as a party: "Sisi hosted ..., where Trump signed a
    # declaration with Egypt, Qatar and Turkey")
    previous: Mention | None = None
    for m in sent.mentions:
        if m.actor is None or m.kind not in _STATE_KINDS or not lo <= m.start < hi:
            continue
        if _mediates(text, m, previous):
            mediators.append(m.actor)
            previous = m
            continue
        previous = None
        if m.kind != "person" and _short_form_of(text, m, sent.mentions):
            continue  # "in the United Arab Emirates (UAE)": the name before it decides
        if m.kind != "person" and _not_a_side(text, m, ctx.lexicon.armed):
            continue
        if m.kind != "person" and any(
            x.is_person and x.actor != m.actor and title_chain(text[m.end : x.start])
            for x in sent.mentions
            if x.start > m.end
        ):
            continue  # "UN nuclear chief Rafael Grossi": the body in his title, no party
        sides.append((m, m.actor))
    return sides, mediators


# A truce one side declares: "the military declared a ceasefire until April 22", "Russia
# unilaterally announced an Easter truce", "a unilateral ceasefire".
_DECLARED_BEFORE = re.compile(
    # (not one asked or put forward: "suggested declaring a ceasefire", "urged Russia to
    # declare a truce"; nor "declared an end to its ceasefire", "a China-brokered truce")
    r"(?:\b(?:declared|declares|proclaimed|proclaims|ordered|orders)\s+(?:a|an|its|their|his"
    r"|her)\s+(?:(?!(?:end|to|of)\b)(?![\w-]+-(?:brokered|mediated|backed)\b)[\w-]+\s+){0,3}"
    # (one announced is one side's when said to be: "announced a temporary ceasefire";
    # "announced a ceasefire" may tell the deal of two)
    r"|\b(?:announced|announces)\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:unilateral|partial|temporary|own)\s+(?:[\w-]+\s+){0,2}"
    r"|\bunilateral\s+(?:[\w-]+\s+){0,2})$",
    re.IGNORECASE,
)
# ... not one between sides, or one told as made: "announced a ceasefire agreement with
# Israel", "announced a truce had been reached", "a truce brokered by Saudi Arabia",
# "after talks in Riyadh".
_NOT_ONE_SIDED_AFTER = re.compile(
    r"\s+(?:agreements?|deal|accord|pact|plan|proposal|talks|negotiations|between|with|had"
    r"|has|have|was|is|would|will|could|to\s+be|that\s+would)\b"
    r"|[^.;]{0,60}\b(?:brokered|mediated|after\s+(?:talks|mediation|negotiations)"
    r"|following\s+(?:talks|mediation|negotiations))\b",
    re.IGNORECASE,
)


def _one_sided(ctx: ArticleContext, found: set[str], text: str, t: re.Match[str]) -> bool:
    """Whether the truce at ``t`` is the one fighting side found's own, declared by it
    alone (not one a mediator announces: "Egypt announced a truce")."""
    return (
        len(found) == 1
        and found <= set(ctx.warring_sides())
        and _TRUCE.search(t.group(0)) is not None
        and _DECLARED_BEFORE.search(text, max(0, t.start() - 60), t.start()) is not None
        and _NOT_ONE_SIDED_AFTER.match(text, t.end()) is None
    )


_IN_BRACKETS = re.compile(r"\s*\(\s*$")
_BRACKET_CLOSES = re.compile(r"\s*\)")


def _short_form_of(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether the mention is the bracketed short form of the same side's name right
    before it ("the United Arab Emirates (UAE)", "the Rapid Support Forces (RSF)"), so
    that the name before it alone tells whether it takes part."""
    return bool(_BRACKET_CLOSES.match(text, m.end)) and any(
        x.actor == m.actor and x.end <= m.start and _IN_BRACKETS.fullmatch(text[x.end : m.start])
        for x in mentions
    )


# What a step is for names no party to it: "talks aimed at easing tension between
# Ankara and Damascus", "to discuss Syria".
# Another step of its kind named after the step: "a separate peace deal", "an earlier
# truce", "a previous round of talks" (whose sides are its own).
_ANOTHER_STEP = re.compile(
    r"\b(?:a|an|the)\s+(?:separate|another|earlier|previous|different|prior|former)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|truce|ceasefire|pact|talks|meeting|summit"
    r"|round|negotiations)\b",
    re.IGNORECASE,
)
# Words of a strife between two that others speak of: "tensions between A and B".
_STRIFE_WORDS = r"de-?escalation|escalation|calm|restraint|tensions?"
_PURPOSE = re.compile(
    r"\b(?:aimed\s+at|aiming\s+(?:at|to)|in\s+(?:a|an)\s+(?:bid|effort|attempt)\s+to"
    r"|to\s+(?:try\s+to\s+|help\s+)?(?:discuss|end|ease|defuse|calm|resolve|settle|stop|halt"
    r"|advance|promote"
    r"|secure|broker|clinch|finali[sz]e|push\s+for|press\s+for|prevent|avert|avoid|deter"
    r"|contain|counter|pressure|persuade|convince|curb|fight|combat|defeat|tackle|confront"
    r"|battle)\b"
    # "enjoyed a truce while the Islamic State group threatens": another clause's actor
    r"|while"
    # why, told after it: "pulled out of the talks, citing EU sanctions on its leaders",
    # "due to European Union sanctions": who imposed them is no party
    r"|citing|due\s+to|because\s+of|owing\s+to|in\s+protest\s+(?:at|against|over)"
    # what it is about: "Security Council consultations on the situation between India
    # and Pakistan" are the council's, not theirs
    rf"|(?:on|about|over|regarding)\s+(?:the\s+)?(?:situation|{_STRIFE_WORDS})\s+between\b)",
    re.IGNORECASE,
)
# A strife between a pair, up to one of them: "de-escalation between (Iran and) (Israel)".
_STRIFE_BETWEEN = re.compile(
    rf"\b(?:{_STRIFE_WORDS})\s+between\s+(?:the\s+)?"
    r"(?:[^,;.]{1,50}?\s(?:and|&)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# (where a step's clause ends, and what it is about: case-blind, see CaseBlind.search)
_PURPOSE_CB = CaseBlind(_PURPOSE)
_PEACE_BEFORE_CB = CaseBlind(_PEACE_BEFORE)
_JOINED = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?")


#: Verbs that pass news on, and nothing more.
_TELLS_NEWS = re.compile(
    r"(?:said|says|say|announced|announces|confirmed|confirms|reported|reports|told|tells"
    r"|stated|states|added|noted|declared|disclosed|revealed|informed"
    # (news posted: 'Trump wrote on Truth Social: "India and Pakistan have agreed ..."')
    r"|posted|posts|wrote|writes|tweeted|tweets)$",
    re.IGNORECASE,
)


#: Two sides named as such in what is told: "the two neighbours have agreed".
_THE_TWO = re.compile(
    r"\b(?:the\s+two|both)\s+(?:neighbou?rs|countries|nations|sides|parties|rivals|states"
    r"|governments|armies|leaders|delegations)\b",
    re.IGNORECASE,
)
#: What is told names its teller again: "he spoke with Putin", "talks with it", "we".
_TELLER_INSIDE = re.compile(
    # (in its case: "mediated by the US" names no "us")
    r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|[Hh]im|[Hh]er|[Tt]hem|us|[Hh]is|[Oo]ur|[Tt]heir)\b"
)


_THEIRS = re.compile(r"they|them|their", re.IGNORECASE)


def _within_what_is_told(
    text: str, sides: list[tuple[Mention, str]], telling: list[Speech]
) -> list[tuple[Mention, str]]:
    """ "Qatar's foreign ministry said Hamas and Israel have agreed": when what is told
    names two sides, the one who tells it, named before, is no party (but "Russia said it
    had met Turkey": the teller's own step)."""
    for a in telling:
        assert a.speaker is not None
        if a.speaker.start >= a.content_start or not _TELLS_NEWS.match(a.verb):
            continue  # (who urges or proposes it is a party: "Egypt urged Israel and Hamas to")
        inside = [(m, x) for m, x in sides if a.content_start <= m.start < a.content_end]
        # (or names them as "the warring parties": "the envoy said the two warring
        # factions agreed on ...")
        two = _THE_TWO.search(text, a.content_start, a.content_end)
        if (
            len({x for _m, x in inside}) >= 2
            or _WARRING.search(text, a.content_start, a.content_end)
            or two is not None
        ) and not any(
            # (after "both sides", "they" and "their" are theirs: "both sides will present
            # their views")
            not (two is not None and p.start() > two.end() and _THEIRS.fullmatch(p.group()))
            for p in _TELLER_INSIDE.finditer(text, a.content_start, a.content_end)
        ):
            return inside
    return sides


def _tells_it(text: str, m: Mention, telling: list[Speech]) -> bool:
    """Whether ``m`` is (one of) the speakers of a saying whose content, before them,
    holds the step: "..., the United States and Saudi Arabia said". ``telling``: the
    sayings with a speaker whose content holds the step's trigger."""
    for a in telling:
        assert a.speaker is not None
        if not a.content_end <= m.start:
            continue
        if a.speaker.start == m.start or _JOINED.fullmatch(text, m.end, a.speaker.start):
            return True
        if 0 <= a.speaker.start - m.end < 60 and _TITLE_GAP.fullmatch(
            text, m.end, a.speaker.start
        ):  # "U.S. Secretary of State Antony Blinken said": the speaker's own country
            return True
    return False


# What stands between a speaker's country and name: "U.S. Secretary of State ",
# "Turkish President ", "the country's foreign minister " (no list, no other clause).
_TITLE_GAP = re.compile(r"(?:(?!\b(?:and|or|with|between|to|in|on|for|said|says)\b)[\s\w.'’-])*")


def _mediates(text: str, m: Mention, previous: Mention | None) -> bool:
    """Whether the mention names a mediator, host or sponsor of the step (``previous``:
    the mention before, when it names one)."""
    if _mediator_words(text, m):
        return True
    if previous is not None:
        # "the sponsors, the United States and Saudi Arabia": the list goes on (not past
        # the comma that closes an opening phrase: "In the presence of Rubio, the Congolese
        # and Rwandan governments signed")
        if (
            "and" not in text[previous.end : m.start]
            and _OPENING_PREPOSITION.match(text)
            and text.find(",") >= previous.end
        ):
            return False
        return previous.end <= m.start and bool(_JOINED.fullmatch(text, previous.end, m.start))
    return False


_OPENING_PREPOSITION = re.compile(
    r"\W*(?:In|Under|With|At|Amid|Following|After|Through)\b", re.IGNORECASE
)


# The mediation a step came after: "following intensive American diplomatic engagement".
_MEDIATION_NP = re.compile(
    r"\s+(?:(?:intensive|intense|(?:months|weeks|days)\s+of|the|a|an)\s+)*"
    r"[A-Z][\w'’-]*(?:\s+and\s+[A-Z][\w'’-]*)?\s+(?:diplomatic\s+)?(?:mediation|engagement"
    r"|efforts|shuttle\s+diplomacy)\b"
)
# Who stays away, said right after the name (and the rest of its list): "Israel and Hamas
# were not in attendance", "Hamas and Israel, both absent from", "Putin did not attend".
_ABSENT_AFTER = re.compile(
    r"(?:\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})*"
    r",?\s+(?:both\s+|all\s+|also\s+|each\s+)?(?:(?:were|was|are|is|have\s+been|has\s+been"
    r"|had\s+been|remained|remain)\s+(?:not\s+(?:in\s+attendance|present|represented|invited)"
    r"|absent)|absent\s+from|(?:did\s+not|didn['’]t|will\s+not|won['’]t|would\s+not|does\s+not"
    r"|do\s+not)\s+(?:attend|take\s+part|participate|join|go)|skipped|boycotted|stayed\s+away"
    r"|declined\s+to\s+attend)\b"
)


# Pure, and asked for every mention of a step's clause for every step of the sentence:
# kept, so a long sentence with many steps reads the words around each mention once.
@lru_cache(maxsize=4096)
def _mediator_words(text: str, m: Mention) -> bool:
    """Whether the words around the mention make it a mediator: "mediated by Qatar",
    "the US-brokered truce", "the Egyptian envoy, who served as a co-mediator"."""
    before = text[max(0, m.start - 60) : m.start]
    if _DELEGATION_LED_BY.search(before):
        return False  # "a delegation led by Lavrov travelled to Tbilisi": the visitor
    if (
        _MEDIATOR_BEFORE_CB.found(before)
        or _MEDIATOR_AFTER.match(text, m.end)
        or _IN_THE_ROLE_AFTER.match(text, m.end)
        # "alongside Omani mediators" (not joined to a party or met: "Hamas and Egyptian
        # mediators held talks", "talks with Qatari mediators")
        or (_MEDIATORS_AFTER.match(text, m.end) and not _JOINED_OR_MET_BEFORE.search(before))
    ):
        return True
    if (by := _BY_A_TITLE.search(before)) is not None and title_chain(by.group("title")):
        return True  # "hosted by Turkish President Recep Tayyip Erdogan": the man, by his post
    listed = _LISTED_AFTER.match(text, m.end)
    if listed is not None and _WHICH_MEDIATED.match(text, listed.end()):
        return True  # "Saudi Arabia and the US, which mediated the talks": both did
    return bool(_HELPED_AFTER.match(text, listed.end() if listed else m.end))


def _named_in_clause(sent: Sent, t: re.Match[str], armed: frozenset[str] = frozenset()) -> bool:
    """Whether a side is named in the trigger's clause, not only as its speaker."""
    lo, hi = _clause_span(sent.text, t.start())
    return any(
        m.actor
        and lo <= m.start < hi
        and m.kind in _STATE_KINDS
        and (m.kind == "person" or not _not_a_side(sent.text, m, armed))
        and not _inside(sent.text, m)
        for m in sent.mentions
    ) or bool(_in_clause(_TWO, sent.text, lo, hi))


_SPEAKS_AFTER = re.compile(rf"(?:\s+[\w-]+){{0,3}}?\s+(?:{alternation(REPORTING)})\b")


def _inside(text: str, m: Mention) -> bool:
    """Whether the mention is the speaker of a verb of saying right after it."""
    return bool(_SPEAKS_AFTER.match(text, m.end))


_AT_A_CAPITAL = re.compile(r"\b(?:in|at|to|from|near)\s+$", re.IGNORECASE)


def _last_two(
    ctx: ArticleContext, sent: Sent, pos: int, have: set[str], kinds: tuple[str, ...] | None
) -> list[str]:
    """ "the two leaders": the two sides last named before (by their leaders, for
    "leaders"; as states, for "countries"), other than those here."""
    ids = ctx.lexicon.actor_ids
    # "a ceasefire between A and B, mediated by C ... the two sides agreed": the two
    # last named as a pair, before any side named since (a mediator, a host)
    for where, stop in [(sent, pos)] + [
        (prior, len(prior.text))
        for prior in reversed(ctx.sents[max(0, sent.index - 3) : sent.index])
    ]:
        for word in reversed(list(_BETWEEN_WORD.finditer(where.text, 0, stop))):
            pair = [
                a
                for a in _between(
                    where.text, word.start() - 1, [(x, x.actor) for x in where.mentions if x.actor]
                )
                if a in ids and a not in have
            ]
            if len(pair) == 2:
                return pair
    if (
        ctx.last_pair is not None
        and sent.index - ctx.last_pair[0] <= 3
        # ("both nations": the last pair's only when it is the fighting sides, not two
        # states named since; "both ministers" are the two people named last)
        and (
            kinds is None
            or (kinds != ("person",) and set(ctx.last_pair[1]) <= set(ctx.warring_sides()[:2]))
        )
    ):
        # "Russia and Ukraine met in Istanbul ... The two sides agreed": the parties of
        # the step told last, not a host or mediator named since
        pair = [a for a in ctx.last_pair[1] if a not in have]
        if len(pair) == 2 or (len(pair) == 1 and set(ctx.last_pair[1]) & have):
            # (one of them named here already: "Medinsky said both sides will present
            # their views": the other of the pair, not a side named since)
            return pair
    out: list[str] = []
    earlier = [m for m in sent.mentions if m.end <= pos]
    sent_of = {id(m): sent for m in earlier}  # each mention's sentence, for its words
    for prior in reversed(ctx.sents[max(0, sent.index - 3) : sent.index]):
        earlier = prior.mentions + earlier
        sent_of.update((id(m), prior) for m in prior.mentions)
    for wanted in (kinds, None) if kinds else (None,):
        out = []
        for m in reversed(earlier):
            kind = "demonym" if m.kind == "person" and not m.canonical else m.kind
            if wanted is not None and kind not in wanted and m.kind not in wanted:
                continue
            told_in = sent_of.get(id(m), sent).text
            if m.kind == "capital" and _AT_A_CAPITAL.search(told_in, max(0, m.start - 6), m.start):
                continue  # "arrive in Kuala Lumpur": where, no side named
            if _mediator_words(told_in, m):
                continue  # "Fidan, who chairs the talks": a go-between, not one of the two
            if (
                m.kind in ("country", "capital")
                and _PLACE_BEFORE_CB.found(told_in[max(0, m.start - 40) : m.start])
                # ("the leaders of Russia and Ukraine": whose leaders, a side)
                and not _LEADERS_OF.search(told_in, max(0, m.start - 60), m.start)
            ):
                continue  # "the meeting in Turkey": where, not one of the two
            if m.actor in ids and m.actor not in have and m.actor not in out:
                out.append(m.actor)
                if len(out) == 2:
                    return out
    return out


_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _tellers(sent: Sent, acts: list[Speech], pos: int) -> set[str]:
    """The sides of who tells of what is at ``pos``, and of whom they tell it to
    ("Hun Manet confirmed to Trump that ...")."""
    out: set[str] = set()
    for a in acts:
        if a.content_start <= pos < a.content_end:
            if a.speaker is not None and a.speaker.actor:
                out.add(a.speaker.actor)
            out |= {
                m.actor
                for m in sent.mentions
                if m.actor and a.verb_end <= m.start < a.content_start
            }
    return out


# Whose leaders or envoys, right before the side's name: "the heads of government of ".
_LEADERS_OF = re.compile(
    r"\b(?:leaders?|heads?(?:\s+of\s+(?:state|government))?|presidents?|prime\s+ministers?"
    r"|(?:foreign|defen[cs]e)\s+ministers?|governments?|delegations?|representatives?|envoys?"
    r"|negotiators?|officials?)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def _in_clause(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``pattern.search(text, lo, hi)``, kept: the steps of one clause share its span,
    and in a long sentence each search reads the whole clause."""
    return pattern.search(text, lo, hi)


_POSSESSIVE = re.compile(r"['’]s\b")
_THE_BEFORE = re.compile(r"\bthe\s+$")


_ON_A_TRUCE = re.compile(
    # (or to someone's proposal for one: "agreed to the US proposal for a ceasefire")
    r"(?:\s+to\s+(?:the|a|an)\s+(?:[\w.'’-]+\s+){0,3}?(?:proposals?|plans?|offers?|initiatives?"
    r"|calls?))?"
    r"\s+(?:on|for)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:ceasefire|cease-fire|truce"
    r"|humanitarian\s+pause|armistice)",
    re.IGNORECASE,
)
# A step told as the time of something else: "following the meeting", "after the talks".
_TIME_OF = re.compile(
    r"\b(?:following|after|before|during|since|ahead\s+of|on\s+the\s+sidelines\s+of"
    r"|at\s+the\s+end\s+of)\s+(?:the|this|that|their|his|her|its)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# A role told of a side named before, set off by a comma: what is said of it names no party.
_ROLE_APPOSITION = re.compile(
    r",\s*(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:mediator|intermediary"
    r"|broker|go-between|ally|backer|patron|sponsor|guarantor|partner|interlocutor|rival|foe"
    r"|enemy|supporter|neighbou?r|friend|critic)s?\s+(?:with|of|to|for|between|against)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:and|or|,)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_ROLE_APPOSITION_CB = CaseBlind(_ROLE_APPOSITION)
_WELCOMED_A_DEAL = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:welcom|hail|prais|applaud|laud|commend|congratulat)\w*\b"
    # (not their own deal: "Saudi Arabia and Iran welcomed their agreement")
    r"(?:(?!\b(?:their|its|our|his|her)\b)[^.;]){0,60}?"
    r"\b(?:agreement|deal|accord|ceasefire|truce|rapprochement)\b",
    re.IGNORECASE,
)
# Sides "between" whom a thing other than a step is: what a step is about, not its parties.
_TOPIC_BETWEEN = re.compile(
    # (not "the war between A and B ended with a deal": a war's sides make its peace)
    r"\b(?:peace|bid|process|progress|relations|ties|tensions?|border|frontier"
    r"|normali[sz]ation|rapprochement|reconciliation|dispute|rivalry|feud|enmity|animosity"
    r"|rift)\s+between\s+"
    r"(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,|and|&)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_STEP_ON = re.compile(
    r"\b(?:talks|negotiations|meetings?|summit|consultations|dialogue|conference|call)\s+"
    # (a day or a place between: "talks on Monday to restore ties between")
    r"(?:(?:on|in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?"
    r"(?:on|about|over|regarding|to\s+(?:end|resolve|settle|heal|ease|mend|improve|discuss"
    r"|boost|restore|advance))\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_BODYS_GATHERING = re.compile(
    r"\b(?:meeting|session|summit|gathering|consultations|conference)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ITS_STEP = re.compile(
    # ("Sri Lanka's peace talks with the Tigers", "Russia's grain deal with Ukraine")
    # (not "Egypt's proposed ceasefire": who proposed it mediates)
    r"['’]s?\s+(?:(?!proposed|brokered|mediated|sponsored|backed|drafted|plan)[a-z-]+\s+){0,2}"
    r"(?:agreement|deal|accord|talks|negotiations|ceasefire|truce|summit|declaration|pact"
    r"|treaty|memorandum|dialogue)\b",
    re.IGNORECASE,
)
_ALLY_AFTER = re.compile(
    r"\s+(?:ally|allies|backer|backers|patron|proxy|proxies|rival|rivals|foe|foes|enemy"
    r"|opponent|opponents|critic|supporter|supporters|loyalist|loyalists)\s+[A-Z]",
)


# Who watches a deal: "ASEAN monitoring teams", "an AU-led observer mission".
_WATCHERS_AFTER = re.compile(
    r"(?:-led|-backed)?\s+(?:(?!(?:as|and|or|of|to|with|in|on|at|by)\b)[a-z-]+\s+){0,2}?"
    r"(?:monitors?|monitoring|observers?|peacekeep\w*)\b"
)
_WATCHERS_FROM_BEFORE = re.compile(
    r"\b(?:monitors|observers|peacekeepers|troops)\s+from\s+(?:[^.;]{0,60}?\bincluding\s+)?"
    r"(?:the\s+)?$"
)


# Pure, and asked for every mention of a step's clause for every step of the sentence:
# kept, so a long sentence with many steps tests each mention once.
@lru_cache(maxsize=2048)
def _not_a_side(text: str, m: Mention, armed: frozenset[str] = frozenset()) -> bool:
    """'talks in Ankara', "Syria's Idlib province", 'Syrian troops', 'the Syrian crisis',
    'the Minsk agreements', 'in Libya and Syria': the mention is a place, an owner,
    an army or a name, not a party to a diplomatic step."""
    before = text[max(0, m.start - 80) : m.start]
    after = text[m.end :]
    if m.kind == "org" and _BODYS_GATHERING.search(before):
        return False  # "a closed-door meeting of the UN Security Council": its own
    if m.kind in ("country", "demonym") and (
        (m.kind == "country" and _OWNS_RIVALS.match(after))
        or (_TWO_BEFORE.search(before) and _RIVAL_SIDES_AFTER.match(after))
        or (m.kind == "demonym" and _SIDES_AFTER.match(after) and not _LIST_BEFORE.search(before))
    ):
        return True  # "Libya's two warring factions", "the two Libyan delegations"
    if m.kind == "country" and _POST_FOR.match(after) and _OWNER_BEFORE.search(before):
        return True  # "the UN's Libya mission said"
    if _PLACE_BEFORE_CB.found(before) and not (
        # "a deadline for Russia to reach a deal": the subject of what it is to do
        (before.endswith("for ") and _TO_DO_AFTER.match(after))
        or _BY_SIDE.search(before)
        or _PEOPLE_OF.search(before)
        or _GATHERING_OF.search(before)
        or _SELF_RULED_OF.search(before)
    ):
        return True
    if m.kind in ("capital", "country") and _PLACE_NOUN_COMMA.search(before):
        return True  # "in the Turkish capital, Ankara": the place's name again
    if m.kind == "demonym" and _PLACE_NOUN_AFTER.match(after):
        return True  # "in the Turkish city of Istanbul": a place
    if _CLOCK_BEFORE.search(before):
        return True  # "from 1200 local time (1000 London)": a time zone's city
    if _WITHOUT_BEFORE.search(before):
        return True  # "a summit held without Israeli participation": absent, no party
    if _A_BODYS_DOOR.match(after):
        return True  # "abandon its NATO bid": what is sought of a body, no party
    if _WATCHERS_AFTER.match(after) or _WATCHERS_FROM_BEFORE.search(before):
        # "deploy ASEAN monitoring teams", "observers from countries including Malaysia":
        # who watches a deal kept, no party to it
        return True
    if m.kind == "country" and _CITY_COMMA_BEFORE.search(before) and _APPOSITION_ENDS.match(after):
        # "met in Dar es Salaam, Tanzania, on Saturday": the city's country (not "after a
        # summit in Ankara, Russia and Ukraine held talks")
        return True
    pair = _PAIR_BEFORE.search(before)
    if pair is not None or _PAIR_AFTER.match(after):
        # "the Iran-US talks", "the Israel–Iran ceasefire": both its sides (not "talks
        # on the Israel-Iran war": what they are about)
        head = before[: pair.start()] if pair is not None else before
        return bool(_PLACE_BEFORE_CB.found(head) or _PAIR_TOPIC.match(text, _pair_end(text, m.end)))
    places = _PLACES_AND.search(before)
    if places is not None and not (
        # "After talks in Jeddah, the army ...": a comma ends the place's phrase before a
        # side; a list of places goes on with places ("in Libya, Syria and Iraq"), but
        # not after a phrase that opens the sentence ("Following talks in Moscow,
        # Azerbaijan and Armenia agreed")
        "," in places.group(0)
        and (
            m.kind in ("anaphor", "group", "person")
            or (
                _OPENING_PHRASE.match(text[: max(0, m.start - 80) + places.start()])
                # ("During talks in Egypt, Turkey and Qatar, Hamas said": places still)
                and not _LIST_GOES_ON.match(text, m.end)
            )
        )
    ):
        return True
    if m.actor in armed and (_ARMY_AFTER.match(after) or _MILITARY_END.search(m.text)):
        return False  # "Sudan's army" where the army is the configured side
    if _POSSESSIVE.match(after) and not (_ORGAN_AFTER.match(after) or _ITS_STEP.match(after)):
        # "Syria's Idlib province"; but "Yemen's government" is the side, and "Saudi
        # Arabia and Iran's agreement" is theirs
        return True
    if m.kind in ("capital", "country") and _NAMES_AFTER.match(after):
        return True  # "the Berlin meeting", "the Minsk agreements", "the Moscow statement"
    if _MILITARY_AFTER.match(after) or (m.kind == "group" and _MILITARY_END.search(m.text)):
        return True
    if _ALLY_AFTER.match(after):
        return True  # "Hezbollah ally Nabih Berri": Berri's description, no party
    if _WELCOMED_A_DEAL.match(after):
        return True  # "The UN welcomed Saudi Arabia and Iran's agreement": a bystander
    if (topic := _TOPIC_BETWEEN.search(before)) is not None and not _STEP_ON.search(
        before, 0, topic.start()
    ):
        # "welcomed progress in a peace bid between Baku and Yerevan during a call" (but
        # "talks on the conflict between A and B" are theirs)
        return True
    if m.kind == "demonym" and _THE_BEFORE.search(before) and m.text.endswith("s"):
        return False  # "talks with the Saudis": the nation for its state
    return m.kind == "demonym" and not _SIDE_AFTER.match(after)
