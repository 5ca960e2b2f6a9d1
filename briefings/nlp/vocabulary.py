"""The words extraction is keyed on, each list written once.

Verbs are listed by lemma and inflected here (``inflect``), so "write" gives
"writes", "wrote", "written" and "writing", and no module spells out its own
list of "said|says|told". Patterns are built from these sets by the modules
that use them; a word added here is known everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "MONTH_NAMES",
    "MONTH_ABBREVIATIONS",
    "NOT_PLACE_START",
    "PLACE_KINDS",
    "place_phrase",
    "WEEKDAY_NAMES",
    "NOT_PLACE",
    "REPORTING",
    "CLAUSE_SAYING",
    "SAYING",
    "SAYING_BARE",
    "SAYING_FINITE",
    "SAYING_PARTICIPLES",
    "STANCE",
    "INVERTIBLE",
    "INVERTIBLE_AFTER_QUOTE",
    "DOCUMENT_NOUNS",
    "alternation",
    "inflect",
]

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
_FULL_MONTHS = """january february march april may june july august september october
november december""".split()
#: Month and weekday names and abbreviations, capitalised as running text writes them.
MONTH_NAMES = tuple(m.capitalize() for m in _FULL_MONTHS)
MONTH_ABBREVIATIONS = tuple(m.capitalize() for m in MONTHS if m not in _FULL_MONTHS)
WEEKDAY_NAMES = tuple(d.capitalize() for d in WEEKDAYS if d.endswith("day"))
#: Capitalised words that start no place name: "in March", "on Monday", "in The ...",
#: "at President X's residence".
NOT_PLACE: frozenset[str] = frozenset(
    (
        *MONTH_NAMES,
        *WEEKDAY_NAMES,
        *MONTH_ABBREVIATIONS,
        *"""The This That These Those Operation President Prime Mr Mrs Ms Dr Gen General A An His
        Her Their Its Government Rebel Opposition Regime""".split(),
        # where a side posts, not where anything happens: "he wrote on Facebook"
        *"""Facebook Twitter Telegram Instagram YouTube TikTok WhatsApp Truth Weibo WeChat
        Threads Bluesky VKontakte""".split(),
        # feasts and seasons: "killed on Christmas Eve", "during Ramadan" (when, not where)
        *"""Christmas Easter Ramadan Eid Passover Hanukkah Yom Diwali Nowruz Thanksgiving
        Lent Advent""".split(),
        "New Year",
    )
)

# Irregular forms: lemma -> (third person, past, past participle, present participle).
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("says", "said", "said", "saying"),
    "tell": ("tells", "told", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "deny": ("denies", "denied", "denied", "denying"),
    "reiterate": ("reiterates", "reiterated", "reiterated", "reiterating"),
    "dub": ("dubs", "dubbed", "dubbed", "dubbing"),
    "label": ("labels", "labelled", "labeled", "labelling", "labeling"),
}
_DOUBLE_FINAL = frozenset("regret commit admit".split())


def inflect(lemma: str) -> tuple[str, ...]:
    """The lemma and its -s, past and -ing forms (regular English spelling rules)."""
    if lemma in _IRREGULAR:
        return (lemma, *dict.fromkeys(_IRREGULAR[lemma]))
    if lemma.endswith("e"):
        stem = lemma[:-1]
        return (lemma, lemma + "s", stem + "ed", stem + "ing")
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        stem = lemma[:-1]
        return (lemma, stem + "ies", stem + "ied", lemma + "ing")
    if lemma in _DOUBLE_FINAL:
        return (lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing")
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


# Verbs of saying, claiming, accusing, denying, warning, stressing: who says what.
#: Verbs of a stance on a deed: what they take is the deed, not a claim of the speaker's
#: ("Egypt condemned the strike that killed 12": Egypt does not count the dead).
_STANCE_LEMMAS = """condemn denounce decry praise reaffirm welcome lambast slam criticise
    criticize hail applaud laud commend deplore condole sympathise sympathize thank
    congratulate""".split()
_SAYING_LEMMAS = (
    """
    say tell state write post tweet stress warn claim accuse deny insist add note announce
    report believe maintain threaten urge describe dismiss expect emphasise emphasize
    underline underscore argue confirm allege acknowledge admit declare assert explain
    clarify vow pledge reject demand blame suggest indicate estimate reiterate caution
    contend counter respond reply call dub brand label term cite express voice affirm
    complain remind reveal refute rebut promise concede assure disclose remark retort
    highlight lament dispute downplay share
""".split()
    + _STANCE_LEMMAS
)
#: Every form of the verbs of opposing a thing done ("Somalia rejected Ethiopia's deal
#: with Somaliland": who rejects a step between others is no party to it).
OPPOSING: frozenset[str] = frozenset(
    f
    for lemma in "reject condemn denounce protest slam criticise criticize oppose decry blast"
    " lambast".split()
    for f in inflect(lemma)
)
#: Every form of the verbs of a stance.
STANCE: frozenset[str] = frozenset(f for lemma in _STANCE_LEMMAS for f in inflect(lemma))
#: Every form of every verb of saying.
SAYING: frozenset[str] = frozenset(f for lemma in _SAYING_LEMMAS for f in inflect(lemma))
#: Bare forms that are finite verbs often enough in news ("officials warn that ...");
#: other lemmas are nouns or infinitives more often than not ("a report", "to add").
_BARE_FINITE = frozenset("say tell claim deny believe maintain insist warn urge".split())
#: Third-person forms that are plural nouns more often: "border posts", "the terms".
_NOUN_PLURALS = frozenset(
    "posts terms counters labels brands voices remarks retorts thanks disputes shares".split()
)
#: Finite forms: "said", "says", "wrote", and the bare forms above.
SAYING_FINITE: frozenset[str] = frozenset(
    f
    for lemma in _SAYING_LEMMAS
    for f in inflect(lemma)
    if not f.endswith("ing")
    and (f != lemma or lemma in _BARE_FINITE)
    and f not in _NOUN_PLURALS
    and f != "written"
) | frozenset(
    # (verbs of two words: "Trump has played down the possibility", "Maduro pointed out that")
    "called for|calls for|called on|calls on|played down|plays down|pointed out|points out".split(
        "|"
    )
)
#: Bare forms that are verbs only after a plural subject: "they state", "the
#: doctors report" (and nouns or infinitives elsewhere: "the state", "to report").
SAYING_BARE: frozenset[str] = frozenset(_SAYING_LEMMAS) - SAYING_FINITE - _NOUN_PLURALS
#: Participles that take the main clause's subject: "..., saying it targeted fighters".
SAYING_PARTICIPLES: frozenset[str] = frozenset(
    f
    # (not "suggesting": "Israel lifted curbs, suggesting the threat was easing" is the
    # writer's reading, and so is most of what follows it)
    for lemma in """say add note stress warn claim accuse deny insist urge describe specify
        argue explain emphasise emphasize declare threaten allege blame vow state
        confirm announce write report tell assert""".split()
    for f in inflect(lemma)
    if f.endswith("ing")
    # (naming a thing only with the words quoted: 'calling the attacks "very weak"')
) | frozenset(
    "calling for|calling|dubbing|branding|labelling|labeling|playing down|pointing out".split("|")
)
#: Verbs that come before their subject: "..., said the foreign ministry."
INVERTIBLE: frozenset[str] = frozenset(
    "said says reported reports added stated announced told wrote confirmed noted claimed"
    " warned".split()
)
#: ... and those that come before their subject only right after a quote, where no
#: object can follow them: '"We will not rest," stressed the army.'
INVERTIBLE_AFTER_QUOTE: frozenset[str] = INVERTIBLE | frozenset(
    "stressed insisted explained emphasised emphasized declared asserted affirmed argued"
    " continued concluded recalled remarked replied responded retorted tweeted posted".split()
)
#: A capitalised word after "in", "on", "at" that starts no place ("in March", "at
#: President X's residence"), or a possessive ("Syria's Idlib province").
NOT_PLACE_START = re.compile(
    "^(?:" + "|".join(sorted(NOT_PLACE, key=len, reverse=True)) + r")\b|^[A-Z][\w-]*['’]s\b"
    # (an adjective of who lives or rules there: "in the Druze-majority province")
    r"|^[A-Z][\w]*-(?:majority|dominated|populated|controlled|held|run|led|backed|inhabited)\b"
)
#: Kinds of place that come before "of" and the name: "the port city of Jeddah".
PLACE_KINDS: frozenset[str] = frozenset(
    """city town village province region area district outskirts countryside enclave
    neighbourhood neighborhood suburb suburbs governorate oblast camp port strip capital
    resort state county municipality""".split()
) | frozenset(("border town",))


#: The particles inside a place's name: "Deir ez-Zor", "Ras al Ain", "Jisr ash-Shughur",
#: "San Jose de Ocoa", "Dar es Salaam", and "of" after a word that takes it ("the
#: Democratic Republic of Congo", "the Gulf of Aden", "the Horn of Africa").
NAME_PARTICLE = (
    r"(?:a[lrsztdn]|ash|ath|adh|e[lrsztdn]|esh|ul)-|(?:al|el|es|de|del|da|do|dos|das)\s+"
    r"|(?:(?<=Republic\s)|(?<=Gulf\s)|(?<=Sea\s)|(?<=Strait\s)|(?<=Bay\s)|(?<=Horn\s))"
    r"of\s+(?:the\s+)?"
)


#: The end of a people's word: "Lebanese", "Yemeni", "Syrian", "Turkish".
DEMONYM_END = re.compile(r"(?:ese|ian|an|i|ish)$")
#: A side's documents that speak for it, as a regex alternation: "the statement said",
#: "a release from the army" (but a "report" from a place or an outlet is no side's).
DOCUMENT_NOUNS = r"statement|communiqu[eé]|release|letter|bulletin|notice|update|post"
#: The kinds of outlet, whose name may follow them: "TV channel Al-Mayadin", "the daily
#: Haaretz".
OUTLET_NOUNS = frozenset(
    "newspaper daily channel broadcaster station network agency website outlet tv television"
    " radio magazine tabloid".split()
) | {
    f"{medium} {kind}"
    for medium in ("tv", "television", "radio")
    for kind in ("channel", "station", "network")
}
#: Nouns of an armed deed, as a regex alternation: "air strikes", "the shelling".
DEED_NOUNS = (
    r"strikes?|airstrikes?|air\s+raids?|raids?|attacks?|shelling|bombardments?|bombings?"
    r"|assaults?|ambush(?:es)?|fire|gunfire"
)
#: A body of water named after a land, before the land's name: "the Gulf of Aden",
#: "the Gulf of Mexico", "the Sea of Azov" name no city or state.
WATERS_OF = re.compile(r"\b(?:Gulf|Sea|Bay|Straits?|Bight)\s+of\s+(?:the\s+)?$")
#: Nouns for armed groups that are no state, as a regex alternation: "Sudanese
#: paramilitaries", "Sudan's paramilitary group", "Russia's Wagner group".
NON_STATE_NOUNS = (
    r"militants?|militias?|militiamen|rebels?|insurgents?|jihadists?|gunmen|separatists?"
    r"|guerrillas?|paramilitar(?:y|ies)|groups?|movements?|factions?|organi[sz]ations?"
    r"|gangs?|cartels?|bandits?"
)
#: Wire services and outlets, as they spell themselves (sources.outlets reads bylines
#: with them).
OUTLET_NAMES = (
    "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "Agence France Presse",
    "TASS", "RIA Novosti", "Voice of America", "VOA", "France 24", "Radio Free Europe",
    "Radio Liberty", "Deutsche Welle", "Radio France Internationale",
    "Interfax", "Sputnik", "Anadolu", "Anadolu Agency", "Xinhua", "EFE", "dpa", "Bloomberg",
    "UPI", "SANA", "IRNA", "ANSA", "Kyodo", "Yonhap", "PTI", "BBC", "BBC News", "CNN",
    "Al Jazeera", "NHK", "Ukrinform", "UNIAN", "RFE/RL", "Daily Sabah", "TRT World",
    "The Moscow Times", "Al Arabiya", "Asharq Al-Awsat", "The Guardian", "The New York Times",
    "The Washington Post", "Deutsche Welle", "DW", "France 24", "Euronews", "Hurriyet",
)  # fmt: skip
#: The one-word agencies whose names follow a place in a dateline or a credit ("in
#: Syria AFP Thursday").
#: Outlets named in several words, which may hold a state's word ("Voice of America",
#: "Agence France-Presse"): that word names the outlet, no state or place.
OUTLET_OF_WORDS = re.compile(
    r"\b(?:"
    + "|".join(re.escape(n) for n in sorted(OUTLET_NAMES, key=len, reverse=True) if " " in n)
    + r")\b"
)
#: Words a newspaper's or channel's own name ends with ("the Bangkok Post", "the Kyiv
#: Times"): a capitalised name ending so names a newsroom.
MASTHEAD_WORDS = frozenset(
    """Post Times Herald News Daily Tribune Journal Gazette Telegraph Guardian Star Mail
    Express Agency Television TV Radio Press Review Observer Chronicle Monitor Insider
    Today Media Network""".split()
)
#: The words of those names: only a mention spelt as one of them may be inside one.
OUTLET_WORDS: frozenset[str] = frozenset(
    w for n in OUTLET_NAMES if " " in n for w in re.split(r"[\s-]+", n)
)
WIRE_AGENCIES = tuple(n for n in OUTLET_NAMES if " " not in n and n[:1].isupper() and "/" not in n)
#: Words that open a phrase, never go on a name: "in Aleppo The Observatory said" (a
#: full stop lost in copying) is Aleppo.
_OPENERS = ("The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their")
#: A capitalised word that goes on a place's name: not a day, a month, a wire agency
#: ("in Cairo Sunday" is Cairo) or a determiner.
NAME_GOES_ON = (
    r"(?!(?:" + "|".join(WEEKDAY_NAMES + MONTH_NAMES + WIRE_AGENCIES + _OPENERS) + r")\b)"
    r"[A-Z][\w'’-]+"
)


#: A place's name: up to three capitalised words, with particles ("Deir ez-Zor"), not
#: running on into a day or an agency ("in Cairo Sunday"); two halves of one ("North
#: and South Kivu").
_POINT = r"(?:North|South|East|West|Upper|Lower|Central)"
#: Places whose one name is two joined by "and" (world knowledge): never cut at "and".
JOINED_PLACES = (
    "Azad Jammu and Kashmir", "Jammu and Kashmir", "Trinidad and Tobago",
    "Bosnia and Herzegovina", "Antigua and Barbuda", "Saint Kitts and Nevis",
    "Sao Tome and Principe", "Turks and Caicos", "Saint Vincent and the Grenadines",
    "Saint Pierre and Miquelon", "Wallis and Futuna",
)  # fmt: skip
PLACE_NAME = (
    r"(?:" + "|".join(re.escape(p) for p in JOINED_PLACES) + r")\b"
    # "Port of Spain", "Strait of Hormuz": a place's head word, "of" and its name
    r"|"
    r"(?:Port|Strait|Straits|Gulf|Sea|Bay|Horn|Cape|Isle)\s+of\s+(?:the\s+)?[A-Z][\w'’-]+"
    # "North and South Kivu", "Upper and Lower Nile": two halves, one name
    rf"|(?:{_POINT}\s+and\s+(?={_POINT}\s+[A-Z]))?"
    rf"[A-Z][\w'’-]+(?:\s+(?:{NAME_PARTICLE})?{NAME_GOES_ON}){{0,2}}"
)


def place_phrase(prepositions: str) -> re.Pattern[str]:
    """A named place after one of ``prepositions`` (a regex alternation), its name in
    the group ``place``: "in the city of Saraqib", "in the Saudi port city of
    Jeddah", "in Saudi Arabia's coastal city of Jeddah", "in Syria's Idlib province",
    "on the southern village of Haris". Callers still check the name against
    NOT_PLACE_START and the sentence's people and sides."""
    name = r"[A-Z][\w'’-]+"
    # (opening a sentence too: "In the nearby region of Volyn, ..."; not a headline's
    # "TENSION IN COLOMBIA")
    opening = (
        "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in prepositions.split("|"))
        if re.fullmatch(r"[a-z|]+", prepositions)
        else prepositions
    )
    return re.compile(
        rf"\b(?:{opening})\s+(?:the\s+)?"
        # an owner: "Saudi Arabia's", "Syria's"
        rf"(?:{name}(?:\s+{name})?['’]s\s+(?={name}|(?:[a-z-]+\s+){{0,2}}"
        rf"(?:(?:{alternation(PLACE_KINDS)})\s+of\b|(?:capital|city|port)\s+[A-Z])))?"
        # a kind of place: "the city of", "the Saudi port city of", "the southern village of",
        # "the Qatari capital Doha"
        rf"(?:(?:{name}\s+){{0,2}}(?:[a-z-]+\s+){{0,2}}?(?:(?:{alternation(PLACE_KINDS)})"
        r"\s+of|capital|city|port)\s+)?"
        r"(?:the\s+)?"
        rf"(?P<place>{PLACE_NAME})"
    )


#: The commonest verbs of reporting, looked for right after a name ("X said", "X
#: told reporters") to tell a speaker from a side named in passing.
REPORTING: frozenset[str] = frozenset(
    """said says told tells reported reports announced added adds claimed claims stated
    denied denies warned accused insisted confirmed noted wrote""".split()
)
#: The verbs after which a reported clause has its own subject even without "that"
#: ("the General Staff said Russia had lost 1,200 troops"): a clause starts there.
CLAUSE_SAYING: frozenset[str] = frozenset(
    "said says announced reported claimed stated added wrote confirmed insisted insists alleged"
    " alleges asserted argued".split()
)


def alternation(words: frozenset[str] | set[str], *, spaced: bool = True) -> str:
    """A regex alternation of ``words``, longest first; multi-word entries match
    any run of spaces between their words. Grouped by first letter (see
    ``by_first_letter``): the same matches, found faster."""
    parts = sorted(words, key=lambda w: (-len(w), w))
    if spaced:
        return by_first_letter([r"\s+".join(map(_escape, p.split())) for p in parts])
    return by_first_letter(list(map(_escape, parts)))


def by_first_letter(alternatives: list[str]) -> str:
    """The alternation of ``alternatives`` (regex branches) with each run of those that
    start with a plain ASCII letter grouped by that letter, in either case:
    ``said|told|says`` -> ``s(?:aid|ays)|told``.

    Python's re tries every branch of an alternation at each place a match may start;
    grouped, only the branches of the letter found there (several times faster over a
    long list of words). It finds the same: branches whose first letters differ (in
    any case, so also under IGNORECASE) never match at the same place, and within a
    letter their order, which decides the branch that wins, is kept. A branch that
    starts otherwise ("(?:tele)?phone", "s?he", "\\-") stays in its place between
    the runs."""
    out: list[str] = []
    run: dict[str, list[str]] = {}

    def close_run() -> None:
        for branches in run.values():
            if len(branches) == 1:
                out.append(branches[0])
            elif len({b[0] for b in branches}) == 1:
                out.append(branches[0][0] + "(?:" + "|".join(b[1:] for b in branches) + ")")
            else:  # "Kab|kabul" under IGNORECASE: one group, the letter not taken out
                out.append("(?:" + "|".join(branches) + ")")
        run.clear()

    for branch in alternatives:
        if branch[:1].isascii() and branch[:1].isalpha() and branch[1:2] not in _QUANTIFIERS:
            run.setdefault(branch[0].lower(), []).append(branch)
        else:
            close_run()
            out.append(branch)
    close_run()
    return "|".join(out)


_QUANTIFIERS = ("?", "*", "+", "{")


def grouped_words(alternations: Iterable[str]) -> str:
    """The branches of all ``alternations`` in one, grouped by first letter and without
    any group of their own: where ``(?P<a>...)|(?P<b>...)`` matches, this matches the
    same span, faster; the group is then read by matching the full pattern there."""
    return by_first_letter([alt for a in alternations for alt in top_level_alternatives(a)])


def top_level_alternatives(pattern: str) -> list[str]:
    """The branches of ``pattern`` at its top level: ``a|b(?:c|d)|[|]`` -> a, b(?:c|d), [|]."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _escape(word: str) -> str:
    return re.escape(word)


#: Head nouns of a subject that can speak or claim without being a named side or
#: body: "a military source", "local officials", "aid workers", "the governor".
#: A subject headed by anything else ("Dongola in Northern State reported two
#: injuries", "a statement said") is no claimant.
SPEAKER_NOUNS: frozenset[str] = frozenset(
    """
    source sources official officials spokesman spokeswoman spokesperson spokespeople
    witness witnesses resident residents doctor doctors medic medics paramedics nurse nurses
    worker workers activist activists monitor monitors observer observers survivor survivors
    journalist journalists reporter reporters correspondent correspondents rescuer rescuers
    relative relatives villager villagers elder elders staff team teams volunteer volunteers
    agency agencies group groups ministry police army military authorities authority
    committee union syndicate media television tv radio channel newspaper outlet website
    governor mayor minister ministers commander commanders chief head director leader leaders
    envoy ambassador representative representatives negotiator negotiators mediator mediators
    analyst analysts expert experts diplomat diplomats aide aides adviser advisers advisor
    advisors president premier chairman council commission office department service mission
    organisation organization organisations organizations charity charities watchdog ngo ngos
    coalition government administration observatory crescent cross people's spokesmen
    professional professionals surgeon surgeons physician physicians officer officers
    researcher researchers investigator investigators eyewitness eyewitnesses
    commissioner commissioners administrator administrators prefect prefects protester
    protesters demonstrator demonstrators lawmaker lawmakers legislator legislators senator
    senators councillor councillors councilor councilors prosecutor prosecutors lawyer lawyers
    hospital hospitals clinic clinics morgue critic critics local locals teacher teachers
    """.split()
)

#: Words that make a configured side an armed force ("Sudanese Armed Forces", "the
#: Israeli military"): its troops and army are the side itself, at talks and in deals.
ARMED_WORDS: frozenset[str] = frozenset(
    "army armed forces force military militia militias troops guard brigades brigade".split()
)


#: A month's name or abbreviation as running text writes it, capitalised ("March",
#: "Oct"), as a regex alternation.
MONTH_WORD = alternation(frozenset((*MONTH_NAMES, *MONTH_ABBREVIATIONS)), spaced=False)


#: The words that turn from a deed to the event it answers: "in retaliation for",
#: "to avenge"; (``ANSWERED_OR_AFTER``) or follows: "in the aftermath of", "in the wake of".
ANSWERING = r"in\s+(?:response|retaliation|reprisal|revenge)\s+(?:to|for|against)|to\s+avenge"
ANSWERED_OR_AFTER = ANSWERING + r"|in\s+the\s+(?:aftermath|wake)\s+of"
#: The event a deed answers, told before its words: "in retaliation against the April 22
#: attack", "in response to an attack on tourists": its day and its doer are not the deed's.
ANSWERED_BEFORE = re.compile(rf"\b(?:{ANSWERING})\s[^,;]*$", re.IGNORECASE)
