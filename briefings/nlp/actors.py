"""Find who a sentence talks about: mentions of the config's actors and of the wider world.

The config lists each side once ("turkey: {name: Turkey, aliases: [Erdogan]}");
this module adds what a desk officer should not have to type. A config actor
whose name is a country, or a country plus a state word ("Syrian government",
"Turkish army"), gets that country's names, demonyms, capital and seats of
power; people listed as aliases are also found by surname ("Erdogan") and
without middle names ("Tayyip Erdogan"). Countries and organisations that are
not configured are still found, under their plain name ("Ukraine", "United
Nations"), so they can be participants and claimants.

Matching is one trie-shaped regex over the sentence, so the longest form wins
("pro-Turkish forces" before "Turkish") and a sentence costs one scan.
A country word hyphenated into a modifier ("Russian-backed", "pro-Turkish")
names someone else's backer and yields a mention with no actor, which
blocks it from being read as the side itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from briefings.config import Config
from briefings.nlp.bodies import BODY_HEADS
from briefings.nlp.folding import caseless, plain
from briefings.nlp.vocabulary import (
    ARMED_WORDS,
    DEMONYM_END,
    MONTH_NAMES,
    NON_STATE_NOUNS,
    OUTLET_OF_WORDS,
    OUTLET_WORDS,
    REPORTING,
    WATERS_OF,
    WEEKDAY_NAMES,
    by_first_letter,
)
from briefings.nlp.world import (
    CHINESE_FAMILY_NAMES,
    ETHNIC_WORDS,
    KOREAN_FAMILY_NAMES,
    MODIFIER_PREFIXES,
    MODIFIER_SUFFIXES,
    NAME_TITLES,
    ORGANISATIONS,
    PERSON_TITLES,
    PORTFOLIO_WORDS,
    RANKS,
    STATE_WORDS,
    Country,
    countries,
)

__all__ = ["DESCRIPTION_NOUNS", "Mention", "Lexicon", "lexicon_for", "learn_names"]

#: Nouns a definite description ("the group said") can refer back to a side with.
DESCRIPTION_NOUNS = frozenset(
    """
    group movement militia militants rebels insurgents army military forces ministry enclave
    republic region government authorities administration regime office agency mission
    brigades organisation organization department coalition alliance
    """.split()
)

_WORDS = re.compile(r"[\w.'’-]+")
# Head nouns that name the same body: an army is also "the military".
_SAME_HEAD = {"army": ("army", "military"), "military": ("military", "army")}
_TITLE_AFTER = re.compile(r"[\s’']*s?\s*([A-Za-z-]+)(?:\s+([A-Za-z-]+))?")
_HYPHEN_BEFORE = re.compile(r"\b([A-Za-z]+)-$")
_HYPHEN_AFTER = re.compile(r"^-([A-Za-z]+)")
#: After a demonym, a place: "the Kenyan capital", "the Lebanese border" are where
#: something happens, not who does it (but "Ukrainian border guards" guard it for
#: their state).
_PLACE_AFTER = re.compile(
    r"\s+(?:capital|city|town|village|border|coast|port|province|region|territory|soil"
    r"|airspace|waters|countryside|desert|highlands|frontier)\b"
    r"(?!\s+(?:guards?|guardsmen|police|policem[ae]n|troops|forces|officers?|patrols?"
    r"|units?|service)\b)",
    re.IGNORECASE,
)
#: After a demonym, armed people who are not its state's: "the Lebanese militant
#: group", "Syrian rebels", "Somali Islamist insurgents" are no government's forces.
# (the words of such a group between: "a Myanmar ethnic minority armed group")
_NON_STATE_AFTER = re.compile(
    r"\s+(?:(?:ethnic|minority|armed|rebel|opposition|militant|separatist|insurgent|islamist"
    r"|jihadist|resistance|tribal)\s+){0,3}"
    rf"(?:[A-Za-z-]+\s+)?(?:{NON_STATE_NOUNS})\b",
    re.IGNORECASE,
)
# People who speak for themselves, not for their state: "an Afghan filmmaker", "jailed
# Iranian activists" (a nation's outlets are read as its voice, as the reference gold
# reads "the Turkish news outlet Daily Sabah reported").
_OWN_VOICE_AFTER = re.compile(
    r"\s+(?!(?:state|state-run|state-owned|official|government|public)\b)"
    r"(?:[A-Za-z-]+\s+)?(?:journalists?|reporters?|analysts?|experts?|scholars?|academics?|filmmakers?|writers?|authors?"
    r"|artists?|activists?|bloggers?|commentators?|columnists?|dissidents?|lawyers?"
    r"|rights\s+groups?|human\s+rights|opposition|pollsters?|historians?|novelists?|poets?"
    r"|singers?|actors?|athletes?"
    # a people's free press, not its state's ("Israeli media reported"; but "Russian state
    # media" is the state's)
    r"|media|press|outlets|newspapers|news\s+outlets|news\s+sites|dailies)\b",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(
    r"^(?:[A-Z][\w'’.-]*|al-[A-Z][\w'-]*|bin|ibn|de|van|von|al|el|le|la|du|da|di|dos|der|den"
    r"|ter)$"
)
# A personal name: two to four capitalised words ("Antonio Guterres", "Abdel Fattah el-Sisi").
_NAME_TOKEN = r"(?:(?:al|el|bin|ibn|abu|abd|de|van|von|bin)[- ])?[A-Z][a-z][\w'’-]*"
_NAME = rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,4}}"
_TITLE_WORD = r"(?i:" + by_first_letter(sorted(NAME_TITLES, key=len, reverse=True)) + r")"
# "<side> [words] <title> <Name>": "French President Emmanuel Macron", "Qatar's foreign
# ministry spokesman Majed al-Ansari", "Mossad chief David Barnea".
_TITLED_NAME = re.compile(
    rf"(?:['’]s)?(?:\s+[A-Za-z][\w-]*){{0,4}}?\s+{_TITLE_WORD}\s+(?P<name>{_NAME})(?![\w-])"
)
_AIDE_NAME = re.compile(rf"(?:['’]s)?\s+{_TITLE_WORD}\s+(?P<name>{_NAME})(?![\w-])")
_NAME_RIGHT_AFTER = re.compile(rf"\s+(?P<name>{_NAME})(?![\w-])")
# "<Name>, [the] [words] <title> of/for <side>": "Mohamed Gnunu, spokesman for the GNA".
_APPOSED_NAME = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,3}}?{_TITLE_WORD}"
    rf"\s+(?:of|for|to|at|with)\s+(?:the\s+)?$"
)
_APPOSITION_END = re.compile(r"\b(?:of|for|to|at|with)\s+(?:the\s+)?$")
_NOT_NAME_WORD = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday the on in at and of
    """.split()
)


# Parts of the Americas named with the United States' short name: "Latin America",
# "South American", "Central American".
_PART_OF_A_CONTINENT = re.compile(r"\b(?:Latin|South|Central|North|Meso)\s+$")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    #: Config actor id, or a plain name for unconfigured countries and bodies;
    #: None for a modifier ("Russian-backed") that names nobody's side.
    actor: str | None
    #: "person", "group" (config names/aliases), "country", "demonym", "capital",
    #: "seat", "org" or "modifier".
    kind: str
    #: The full name when known: "Recep Tayyip Erdogan" for a mention "Erdogan".
    canonical: str | None = None

    @property
    def is_person(self) -> bool:
        return self.kind == "person"


@dataclass(frozen=True)
class _Entry:
    actor: str
    kind: str
    canonical: str | None
    exact_case: bool  # acronyms: "US" is not "us", "IS" not "is"
    capitalised: bool  # proper names need a capital in the text: "Turkey", not "turkey"


_INSURGENT_WORD = re.compile(
    rf"^(?:{NON_STATE_NOUNS}|liberation|revolutionary|resistance|jihad|mujahideen|insurgency)$",
    re.IGNORECASE,
)
_GUARD_WORD = re.compile(r"^(?:guards?|corps)$", re.IGNORECASE)
_PARENTHESISED = re.compile(r"^(?P<outer>[^()]{2,}?)\s*\((?P<inner>[^()]{2,})\)\s*$")


# The rest of a facility's name after a city's or country's: " Adde International
# Airport", " University".
_A_FACILITY_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:International\s+)?(?:Airport|Air\s+Base|Airbase|Airfield"
    r"|Seaport|Port|Harbou?r|Stadium|Hospital|University|Street|Road|Avenue|Highway|Square"
    r"|Bridge|Hotel|Mosque|Cathedral|Church|Market|Prison|Barracks|Tower|Dam)\b"
    # (the facility's word ends the name: "Israel Prison Service", "Port Authority" are
    # bodies of the state)
    r"(?!\s+[A-Z])"
)


def _with_parts(names: tuple[str, ...]) -> list[str]:
    """The names with each part of a name written "X (Y)": "Houthis (Ansar Allah)" is
    also "Houthis" and "Ansar Allah", as the news writes them."""
    out = []
    for name in names:
        out.append(name)
        m = _PARENTHESISED.match(name)
        if m is not None:
            out += [m.group("outer").strip(), m.group("inner").strip()]
        kind = _KIND_OF_GOVERNMENT.match(name)
        # (not "Somali regional government": "the Somali government" is Somalia's)
        if kind is not None and kind.group("who").lower() not in _STATE_FORMS:
            # "Amhara regional government" is also "the Amhara government"
            out.append(f"{kind.group('who')} {kind.group('noun')}")
    return list(dict.fromkeys(out))


#: The nouns of a government's name whose qualifier its forces share.
_RULING_NOUNS = frozenset(("government", "administration", "authorities"))


_KIND_OF_GOVERNMENT = re.compile(
    r"^(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:regional|federal|interim|transitional"
    r"|provincial|state|national)\s+(?P<noun>" + "|".join(sorted(_RULING_NOUNS)) + ")$"
)


_NAME_PARTICLES = frozenset(("bin", "ibn", "bint", "al", "el", "abu", "abd", "ben", "ould"))


# The name of a body of states: "International Conference on the Great Lakes Region",
# "Economic Community of ...", "League of Arab States".
_OF_STATES = re.compile(
    r"^International\b|\b(?:Conference|Community|League|Nations|Intergovernmental)\b"
    r"|\b(?:African|European)\s+Union\b"
)


#: Common nouns the news gives the one side that is no state ("the rebels"): one list for
#: the lexicon, which adds them, and for attribution, which lets them speak only as the
#: subject of their verb.
COMMON_SIDE_NOUNS = ("rebels", "rebel", "insurgents", "insurgent", "rebel group")


# A capitalised word right before "rebels" that names whose they are (not a backer:
# "Iran-backed rebels").
_QUALIFIED = re.compile(
    r"\b([A-Z][\w'’]*)(-(?:backed|allied|aligned|led|supported|sponsored))?\s+$"
)


#: Words that make "<state> <word>" a group's name, not a person's ("Libya Dawn").
_GROUP_NAME_WORDS = (
    BODY_HEADS
    | STATE_WORDS
    | PERSON_TITLES
    | ARMED_WORDS
    | frozenset(
        """police navy front alliance coalition movement command call dawn shield storm
        spring today now forum initiative corps party bloc
        strip bank coast sea river valley province region city island heights desert
        gulf lake corridor border africa america asia europe
        resistance revolution liberation sentinel voice daily news""".split()
    )
)


# A surname after a state's name that is a person's given name, told as a person:
# "Chad Smith, a spokesman for", "Jordan Peterson said" (one word, no plural).
_A_STATE_AS_GIVEN_NAME = re.compile(
    r"\s+([A-Z][a-z'’-]+(?<!s))(?=\s*,\s*(?:an?|the|who)\s|\s+(?:said|says|told|tells|added"
    r"|wrote|argued|insisted|warned)\b)"
)


def _given_name_of_a_state(words: list[str], state_forms: set[str]) -> bool:
    """ "Israel Katz", "Jordan Bardella": a state's name as a given name, then a surname
    (one capitalised word, no plural, no word of a group's name)."""
    return (
        len(words) == 2
        and words[0].lower() in state_forms
        and bool(re.fullmatch(r"[A-Z][a-z'’-]+", words[1]))
        and not words[1].endswith("s")
        and words[1].lower() not in _GROUP_NAME_WORDS
    )


#: Heads of bodies no one is named after ("Cross", "Post" or "Court" may be a surname).
_NOT_A_SURNAME = ARMED_WORDS | frozenset(
    """ministry office directorate department service services council committee commission
    agency authority union organization organisation observatory mission bureau police
    gendarmerie navy command front movement party coalition alliance corps division
    battalion regiment guards""".split()
)
# Words a group's name opens with in the languages of its fighters, no one's given name:
# "Tren de Aragua", "Cartel de los Soles", "Hayat Tahrir al-Sham", "Ansar Allah".
_GROUP_FIRST_WORDS = frozenset(
    """cartel tren frente ejército ejercito fuerzas movimiento partido brigada brigadas comando
    clan armée front mouvement jaysh jaish harakat hayat hay'at ansar jamaat jama'at liwa
    kataib kata'ib saraya lashkar tehrik tahrik hizb hezb""".split()
)
# Words a body's name starts with that name no place: "Armed Forces", "National Police".
_NOT_A_TERRITORY = frozenset(
    """armed national federal central royal special popular revolutionary islamic democratic
    republican security defence defense regional interim transitional joint united allied
    presidential military air naval border coast state local supreme general""".split()
)


# An acronym: three capitals or more, or two with a vowel ("IS", "UN"); two consonants
# are a person's initials ("JD Vance", "KP Sharma Oli").
_ACRONYM = re.compile(r"[A-Z]{3,}|[A-Z][AEIOU]|[AEIOU][A-Z]")


def _looks_like_person(
    alias: str, state_forms: set[str], surnames: frozenset[str] = frozenset()
) -> bool:
    """Whether a configured alias is a person's name; ``surnames``: the actor's one-word
    aliases ("Israel Katz" is a person when "Katz" is listed too, though "Israel" is a
    state)."""
    if alias.lower() in state_forms:
        return False  # "South Africa", "Sri Lanka": a state, whatever its words look like
    words = alias.split()
    if any(_ACRONYM.fullmatch(w) for w in words):
        return False  # "IS Sahel", "AQAP Yemen": an acronym names a body, no one's name
    if words and words[0].lower() in _GROUP_FIRST_WORDS:
        return False  # "Tren de Aragua", "Hayat Tahrir al-Sham": a group's name
    if words and (
        words[-1].lower() in _NOT_A_SURNAME or any(re.search(r"['’]s$", w) for w in words)
    ):
        return False  # "Armenia's Defense Ministry", "Ministry of Defence": a body, no one
    # (an Arabic name runs longer with its particles: "Mohammed bin Abdulrahman Al Thani")
    long_name = len(words) <= 7 and any(w.lower() in _NAME_PARTICLES for w in words)
    if not (2 <= len(words) <= 5 or long_name):
        return False
    if any(w.lower() in STATE_WORDS or w.lower() in state_forms for w in words) and not (
        (words[-1] in surnames or _given_name_of_a_state(words, state_forms))
        and words[-1].lower() not in state_forms
        and not DEMONYM_END.search(words[0])
    ):
        return False
    last = re.sub(r"^(?:al|el)-", "", words[-1])
    return all(_NAME_WORD.match(w) for w in words) and last[:1].isupper()


# Transliterations of one Slavic surname ending: Zelensky, Zelenskiy, Zelenskyy, Zelenski.
_SKY = re.compile(r"(?<=[a-z])(sk|tsk|ck)(?:iy|yy|yi|ij|y|i)$")


def _spellings(word: str) -> list[str]:
    """'Zelenskiy' -> ['Zelenskiy', 'Zelensky', 'Zelenskyy', 'Zelenskyi', 'Zelenski']."""
    m = _SKY.search(word)
    if m is None:
        return [word]
    stem = word[: m.start()] + m.group(1)
    return list(dict.fromkeys([word] + [stem + end for end in ("y", "iy", "yy", "yi", "i")]))


# British and American spellings of the same word: recognised/recognized,
# defence/defense, centre/center, organisation/organization, armoured/armored.
_BRITISH = [
    (re.compile(r"(?<=[a-z])is(e|ed|es|ing|ation|ations)\b"), r"iz\1"),
    (re.compile(r"(?<=[a-z])iz(e|ed|es|ing|ation|ations)\b"), r"is\1"),
    (re.compile(r"\bdefence\b"), "defense"),
    (re.compile(r"\bdefense\b"), "defence"),
    (re.compile(r"(?<=[a-z])tre\b"), "ter"),
    (re.compile(r"(?<=[a-z])our(ed|s)?\b"), r"or\1"),
]
_NOT_SPELLING = re.compile(r"\b(?:rise|wise|noise|raise|praise|poise|cruise|vise|paradise|ours)\b")


def _spelling_variants(form: str) -> list[str]:
    """Other spellings of a multi-word lower-case form (one word at a time, all in one)."""
    if " " not in form or _NOT_SPELLING.search(form):
        return []
    out = []
    for pattern, repl in _BRITISH:
        other = pattern.sub(repl, form)
        if other != form:
            out.append(other)
    return out


def _person_forms(name: str) -> list[str]:
    """'Recep Tayyip Erdogan' -> ['Tayyip Erdogan', 'Recep Erdogan', 'Erdogan'];
    'Bashar al-Assad' -> ['al-Assad', 'Assad']; 'Volodymyr Zelenskiy' also
    'Zelensky', 'Volodymyr Zelensky' and the other spellings of the surname."""
    words = name.split()
    if _family_name_first(words):
        # "Guo Jiakun" is "Guo", "Kim Jong Un" is "Kim": never the given name alone
        return [words[0]]
    forms: list[str] = []
    for last in _spellings(words[-1]):
        forms.append(last)
        if last.lower().startswith(("al-", "el-")):
            forms.append(last[3:])
        if len(words) >= 3:
            forms += [f"{words[-2]} {last}", f"{words[0]} {last}"]
        if len(words) >= 2 and last != words[-1]:
            forms.append(" ".join([*words[:-1], last]))
    if len(words) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]):
        # a Korean name, its family name first: "Lee" for Lee Seong-kweun
        forms.append(words[0])
    if len(words) == 3 and not any(map(_a_particle, words[1:])):
        # a name whose last part is a father's or grandfather's, not a surname: "Hassan
        # Sheikh" for Hassan Sheikh Mohamud, "Salva Kiir" for Salva Kiir Mayardit
        forms.append(f"{words[0]} {words[1]}")
    return forms


# A syllable of pinyin ("jia", "kun", "xiao", "dong") and of romanised Korean ("jong",
# "suk", "yeol", "gwon"): a given name made of them is an East Asian one.
_PINYIN = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai"
    r"|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|v)"
)
_KOREAN = (
    r"(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhyw])?(?:yae|yeo|wae|ae|ya|eo|ye|oe|yo|wa|wo|we|wi|yu"
    r"|eu|ui|a|e|o|u|i)(?:ng|k|n|t|l|m|p)?"
)
_CHINESE_GIVEN = re.compile(rf"(?:{_PINYIN}){{1,3}}")
_KOREAN_GIVEN = re.compile(rf"(?:{_KOREAN}){{1,2}}")


def _family_name_first(words: list[str]) -> bool:
    """Whether a name puts its family name first: a Chinese family name then a given
    name of pinyin ("Guo Jiakun", "Wang Yi"), or a Korean one then two syllables
    ("Kim Jong Un"); not "Lee Harvey Oswald" or "Kim Darroch"."""
    if not words or not all(w.isalpha() and w[0].isupper() for w in words):
        return False
    first, rest = words[0].lower(), [w.lower() for w in words[1:]]
    if len(words) == 2 and first in CHINESE_FAMILY_NAMES:
        return _CHINESE_GIVEN.fullmatch(rest[0]) is not None
    if len(words) == 3 and first in KOREAN_FAMILY_NAMES:
        return all(_KOREAN_GIVEN.fullmatch(w) for w in rest)
    return False


_PARTICLES = frozenset("al el ad ar as at an bin ibn ben bint abu de da van von del".split())


def _a_particle(word: str) -> bool:
    """Whether a name's word is or starts with a particle: "al-Burhan", "bin", "de"."""
    return word[:1].islower() or word.split("-")[0].lower() in _PARTICLES


def _territory(phrase: str) -> list[str]:
    """The place an actor is named after, as the side itself: 'Nagorno-Karabakh
    authorities' -> ['Nagorno-Karabakh', 'Karabakh']. Only a single proper
    name followed by state words ("authorities", "government") qualifies."""
    words = phrase.split()
    if len(words) < 2 or not all(w.lower() in STATE_WORDS for w in words[1:]):
        return []
    core = words[0]
    if (
        not re.fullmatch(r"[A-Z][\w'’]+(?:-[A-Z][\w'’]+)*", core)
        or core.lower() in _NOT_A_TERRITORY
    ):
        return []
    forms = [core]
    parts = core.split("-")
    if len(parts) > 1 and len(parts[-1]) >= 5:
        forms.append(parts[-1])
    return forms


class Lexicon:
    """Every surface form the finder knows, compiled into one regex."""

    def __init__(self, config: Config) -> None:
        self.entries: dict[str, _Entry] = {}
        self.actor_ids = {a.id for a in config.actors}
        #: The configured people a short form names, by side ("Qassem": Hamas's Hazem
        #: Qassem, Hezbollah's Naim Qassem).
        self._people_by_form: dict[str, dict[str, str]] = {}
        world = countries()
        state_forms = {
            f.lower() for c in world for f in (*c.names, *c.demonyms, *c.capitals, *c.seats)
        }
        form_country: dict[str, Country] = {}
        for c in world:
            for f in (*c.names, *c.demonyms):
                form_country.setdefault(f.lower(), c)

        # Which configured actor is the state of which country.
        owner: dict[str, str] = {}
        for actor in config.actors:
            for phrase in (actor.name, *actor.aliases):
                country = self._state_of(phrase, form_country)
                if country is not None and country.code not in owner:
                    owner[country.code] = actor.id

        # World knowledge first, so the config's own words override it; of two
        # countries that share a form ("Congolese"), the configured one keeps it.
        #: Words two countries share ("Congo", "Congolese"), with every owner: the
        #: article may say which it means (``shared_owner``).
        self.shared: dict[str, list[str]] = {}
        for c in sorted(world, key=lambda c: c.code in owner):
            actor_id = owner.get(c.code, c.name)
            for form in (*c.names, *c.demonyms):
                known = self.entries.get(form.lower())
                if known is not None and known.actor != actor_id and known.kind in STATE_KINDS:
                    self.shared.setdefault(form.lower(), [known.actor]).append(actor_id)
            for form in c.names:
                self._add(form, actor_id, "country", None)
            for form in c.demonyms:
                self._add(form, actor_id, "demonym", None)
            for form in c.capitals:
                self._add(form, actor_id, "capital", None)
            for form in c.seats:
                self._add(form, actor_id, "seat", None)
        # A configured actor that is a known body ("United Nations") owns all its
        # names ("UN", "U.N."), as a configured state owns its demonyms.
        phrases = {p.lower(): a.id for a in config.actors for p in (a.name, *a.aliases)}
        for name, forms in ORGANISATIONS.items():
            org_owner = next(
                (phrases[f.lower()] for f in (name, *forms) if f.lower() in phrases), name
            )
            for form in (name, *forms):
                self._add(form, org_owner, "org", None)

        for actor in config.actors:
            # (a surname: one word, not the side's own name nor a plural: "Hezbollah" in
            # "Lebanese Hezbollah", "Houthis" in "Yemen Houthis" name the group)
            surnames = frozenset(
                x
                for x in actor.aliases
                if " " not in x.strip() and x != actor.name and not x.endswith("s")
            )
            for alias in _with_parts((actor.name, *actor.aliases)):
                body = self.entries.get(alias.lower())
                if (body is None or body.kind != "org") and _looks_like_person(
                    alias, state_forms, surnames
                ):  # ("United Nations" is a known body, not a person)
                    self._add(alias, actor.id, "person", alias)
                    for form in _person_forms(alias):
                        known = self.entries.get(form.lower())
                        if known is not None and (
                            form.lower() in state_forms
                            or (known.actor == actor.id and known.kind != "person")
                        ):
                            continue  # "Houthi" stays the group, not "Abdul Malik al-Houthi"
                        self._add(form, actor.id, "person", alias)
                        self._people_by_form.setdefault(form.lower(), {})[actor.id] = alias
                else:
                    known = self.entries.get(alias.lower())
                    if known is not None and known.actor == actor.id:
                        if known.capitalised and not alias[:1].isupper():
                            # "anti-Balaka" beside the name "Anti-balaka": either case
                            self.entries[alias.lower()] = replace(known, capitalised=False)
                        continue  # "Russia" is already the country, with its modifiers
                    self._add(alias, actor.id, "group", None)
                    rest = alias.split()[1:]
                    if (
                        alias.split()[0].lower() in _GROUP_FIRST_WORDS
                        and len(rest) >= 2
                        and rest[0][:1].isupper()
                        and " ".join(rest).lower() not in self.entries
                    ):
                        # "Tahrir al-Sham" for "Hayat Tahrir al-Sham": its name, less the
                        # word for what it is
                        self._add(" ".join(rest), actor.id, "group", None)
                    for form in _territory(alias):
                        # "Karabakh officials", "in Nagorno-Karabakh": a place and a side
                        if form.lower() not in self.entries:
                            self._add(form, actor.id, "country", None)
                    singular = alias[:-1]
                    plural = re.fullmatch(r"[A-Za-z][a-z]+[^s]s", alias)
                    if plural and singular.lower() not in self.entries:
                        # "Houthis" are also "Houthi" fighters, "separatists" are
                        # "separatist" ones
                        self._add(singular, actor.id, "group", None)
        # The one configured side that is no state is who the news calls "the rebels"
        # or "insurgents" (Houthis beside Yemen's government and the Saudi coalition).
        # (a body of states that mediates or keeps the peace is no rebel: the UN, the
        # ICGLR, ECOWAS)
        bodies = {
            phrases[f.lower()]
            for name, forms in ORGANISATIONS.items()
            for f in (name, *forms)
            if f.lower() in phrases
        }
        stateless = [
            a.id
            for a in config.actors
            if a.id not in owner.values()
            and a.id not in bodies
            and not _OF_STATES.search(a.name)
            and not all(_looks_like_person(x, state_forms) for x in (a.name, *a.aliases))
        ]
        #: "rebels" as the one stateless side, and the stems of its own names: "Tigrayan
        #: rebels" are the TPLF's, "Syrian rebels" some other group's.
        self._common: dict[str, frozenset[str]] = {}
        if len(stateless) == 1:
            own = next(a for a in config.actors if a.id == stateless[0])
            stems = frozenset(
                w[:5].lower()
                for x in (own.name, *own.aliases)
                for w in x.split()
                if w[:1].isupper()
            )
            for form in COMMON_SIDE_NOUNS:
                if form not in self.entries:
                    self._add(form, stateless[0], "group", None)
                    self._common[form] = stems
        # Looked up without accents, so that "Erdoğan" in the text is the configured
        # "Erdogan" and "Sanchez" the configured "Sánchez".
        self.plain_entries: dict[str, _Entry] = {}
        for form, entry in self.entries.items():
            self.plain_entries.setdefault(_name_plain(form), entry)
        self.pattern = _trie_regex(list(self.plain_entries))
        #: Configured sides that are armed forces: their army is the side itself.
        self.armed = frozenset(
            a.id
            for a in config.actors
            if any(w.lower() in ARMED_WORDS for x in (a.name, *a.aliases) for w in x.split())
        )
        #: Armed sides that are insurgents by a word of their names ("Anglophone
        #: separatists", "National Liberation Army"): the soldiers they count are their
        #: enemy's.
        self.insurgent = frozenset(
            a.id
            for a in config.actors
            if any(_INSURGENT_WORD.match(w) for x in (a.name, *a.aliases) for w in x.split())
            # (a guard is a state's: "Islamic Revolutionary Guard Corps", "Republican Guard")
            and not any(_GUARD_WORD.match(w) for x in (a.name, *a.aliases) for w in x.split())
        )
        self._states = {c.name for c in world} | set(owner.values())
        # The one state of the two sides the config lists first (a desk lists the
        # fighting sides first) when the other is none: whose unnamed "soldiers",
        # "police" and "gendarmes" are in a war of a state with an insurgency
        # (Cameroon's army and separatists, Colombia's and the ELN), as the one
        # stateless side is "the rebels".
        self.at_war = tuple(a.id for a in config.actors[:2])
        states_at_war = [a for a in self.at_war if a in self._states]
        self.state_at_war = (
            states_at_war[0] if len(self.at_war) == 2 and len(states_at_war) == 1 else None
        )
        # Head nouns of configured names that a definite description can take up:
        # "the army" for "Libyan National Army", "the enclave" for "ethnic Armenian
        # enclave"; an army is also "the military". A head shared by two actors names
        # the one that is a state ("the government" is the federal one, not the
        # "regional government"), else neither.
        heads: dict[str, set[str]] = {}
        tails: dict[str, set[str]] = {}
        for actor in config.actors:
            for alias in (actor.name, *actor.aliases):
                words = alias.split()
                if len(words) >= 2 and words[-1].lower() in DESCRIPTION_NOUNS:
                    for noun in _SAME_HEAD.get(words[-1].lower(), (words[-1].lower(),)):
                        heads.setdefault(noun, set()).add(actor.id)
                    if len(words) >= 3 and words[-2].islower():
                        tails.setdefault(" ".join(words[-2:]).lower(), set()).add(actor.id)
                        if words[-1].lower() in _RULING_NOUNS:
                            # "federal forces" for "Ethiopian federal government"
                            for armed in ("forces", "troops", "soldiers", "army", "military"):
                                tails.setdefault(f"{words[-2].lower()} {armed}", set()).add(
                                    actor.id
                                )
        #: "the federal government" for "Ethiopian federal government", "the regional
        #: government" for "Tigray regional government": the last two words of one side's
        #: name, its head noun qualified as only that side's is.
        self.tails = {t: next(iter(ids)) for t, ids in tails.items() if len(ids) == 1}
        states = set(owner.values())
        self.heads = {}
        for noun, ids in heads.items():
            if len(ids) > 1 and len(ids & states) == 1:
                ids = ids & states
            if len(ids) == 1:
                self.heads[noun] = next(iter(ids))

    def is_state(self, actor: str | None) -> bool:
        """Whether ``actor`` is a state: a country by its plain name or a configured
        side that owns one."""
        return actor in self._states

    @staticmethod
    def _state_of(phrase: str, form_country: dict[str, Country]) -> Country | None:
        """The country a phrase names as a state: 'Russia', 'Syrian government', 'Turkish army'."""
        words = phrase.replace("-", " ").split()
        for n in range(min(6, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                country = form_country.get(" ".join(words[i : i + n]).lower())
                if country is None:
                    continue
                rest = words[:i] + words[i + n :]
                # ("Government of South Sudan", "the Armed Forces of Sudan", "Ethiopian
                # federal government"; not a region's: "Somali regional government")
                if all(w.lower() in STATE_WORDS or w.lower() in _OF_THE_STATE for w in rest) and (
                    not rest or any(w.lower() in STATE_WORDS for w in rest)
                ):
                    return country
        return None

    def _add(self, form: str, actor: str, kind: str, canonical: str | None) -> None:
        form = form.strip()
        if not form:
            return
        letters = re.sub(r"[^A-Za-z]", "", form)
        exact = letters.isupper() and len(letters) <= 5
        entry = _Entry(actor, kind, canonical, exact, form[0].isupper())
        known = self.entries.get(form.lower())
        if known is not None and known.actor == actor and known.kind == kind:
            # the same name written two ways ("Anti-Balaka", "anti-Balaka"): either is it
            entry = replace(
                entry,
                exact_case=known.exact_case and exact,
                capitalised=known.capitalised and entry.capitalised,
            )
        self.entries[form.lower()] = entry
        for variant in _spelling_variants(form.lower()):
            # "internationally recognised government" is also "recognized"
            self.entries.setdefault(variant, entry)

    def find(self, sentence: str) -> list[Mention]:
        """Mentions in ``sentence``, left to right, not overlapping."""
        out: list[Mention] = []
        outlets: list[tuple[int, int]] | None = None  # outlets named with a state's word
        for m in self.pattern.finditer(_name_plain(sentence)):
            text = sentence[m.start() : m.end()]
            entry = self.plain_entries.get(m.group())
            if entry is None:
                continue
            if entry.kind in ("country", "capital", "demonym", "seat") and text in OUTLET_WORDS:
                if outlets is None:
                    outlets = [o.span() for o in OUTLET_OF_WORDS.finditer(sentence)]
                if any(a <= m.start() and m.end() <= b for a, b in outlets):
                    continue  # "Voice of America", "Agence France-Presse": an outlet
            if (
                entry.exact_case
                and re.sub(r"[^A-Za-z]", "", text) != re.sub(r"[^A-Za-z]", "", text.upper())
                # (a long acronym as British papers write it, "the Nato summit", "said
                # Unicef"; not a sentence's first word, which may be a word: "Fact checkers")
                and not (
                    len(text) >= 4
                    and text.isalpha()
                    and text == text.capitalize()
                    and sentence[: m.start()].strip(" \"“‘'(")
                )
            ):
                continue
            if entry.capitalised and not text[0].isupper():
                continue
            if (
                entry.kind == "person"
                and len(text) > 1
                and text.isupper()
                and text not in (entry.canonical or "").split()
            ):
                continue  # "UN nuclear chief": an acronym, not Kim Jong Un's "Un"
            if (
                entry.kind == "person"
                and entry.canonical
                and text != entry.canonical
                and (
                    _other_given_name(sentence, m.start(), entry.canonical)
                    or _other_name_after(sentence, m.end(), entry.canonical)
                    # "Baloch nationalists say": a people's word before a noun, not the
                    # surname of Mahrang Baloch
                    or (
                        text.lower() in ETHNIC_WORDS
                        and (noun := _PLURAL_AFTER.match(sentence, m.end())) is not None
                        and noun.group(1) not in REPORTING
                    )
                )
            ):
                # "Chief Minister Omar Abdullah" is not Kashif Abdullah, nor "Mohamed
                # Ibrahim Moalimuu" Mohamed Abdullahi Mohamed
                continue
            if entry.kind == "org" and self._inside_another_name(
                sentence, m.start(), entry.actor, out
            ):
                # "Iran's Supreme National Security Council" is not the UN's, configured
                # or not
                continue
            if self._common and text.lower() in self._common:
                named = _QUALIFIED.search(sentence, max(0, m.start() - 40), m.start())
                if (
                    named is not None
                    and named.group(2) is None
                    and named.group(1)[:5].lower() not in self._common[text.lower()]
                    # (a name mid-sentence, or a known nation's: not "Five rebels", "The")
                    and (
                        sentence[: named.start(1)].strip(" \"“'‘(") != ""
                        or named.group(1).lower() in self.entries
                    )
                ):
                    continue  # "Syrian rebels", "Houthi rebels": another group's name
            if (
                entry.kind in ("capital", "country", "seat")
                and (
                    sentence.startswith("of ", max(0, m.start() - 3))
                    or sentence.startswith("of the ", max(0, m.start() - 7))
                )
                and WATERS_OF.search(sentence, max(0, m.start() - 16), m.start())
            ):
                continue  # "the Gulf of Aden", "the Gulf of Mexico": a sea, no state
            if text.startswith("America") and _PART_OF_A_CONTINENT.search(
                sentence, max(0, m.start() - 8), m.start()
            ):
                continue  # "Latin America", "South American leaders": a continent's
            if (
                entry.kind == "country"
                and entry.actor not in self.actor_ids
                and (given := _A_STATE_AS_GIVEN_NAME.match(sentence, m.end())) is not None
                and given.group(1).lower() not in self.entries
                and given.group(1).lower() not in _GROUP_NAME_WORDS
            ):
                continue  # "Chad Smith, a spokesman, said": a given name, no state
            kind: str = entry.kind
            actor: str | None = entry.actor
            before = _HYPHEN_BEFORE.search(sentence[max(0, m.start() - 6) : m.start()])
            after = _HYPHEN_AFTER.match(sentence[m.end() : m.end() + 14])
            if kind != "person" and (
                (before and before.group(1).lower() in MODIFIER_PREFIXES)
                or (after and after.group(1).lower() in MODIFIER_SUFFIXES)
            ):
                kind, actor = "modifier", None
            elif kind in ("demonym", "seat", "country", "capital") and self._titled(
                sentence, m.end()
            ):
                kind = "person"
            if entry.kind in ("seat", "country", "capital") and _A_FACILITY_AFTER.match(
                sentence, m.end()
            ):
                # "Aden Adde International Airport", "Kabul University": a place's name,
                # no voice or side of a state (still a place)
                actor = None
            elif entry.kind in ("seat", "country", "capital") and _POSTED_TO.search(
                sentence, max(0, m.start() - 40), m.start()
            ):
                # "US Ambassador to Turkey Tom Barrack", "the UN envoy for Yemen": where
                # one is posted, not whose voice or side
                kind, actor = "modifier", None
            elif entry.kind in ("demonym", "seat", "country", "capital") and _former_office(
                sentence, m.start(), m.end(), titled=kind == "person"
            ):
                # "former Kenyan President Uhuru Kenyatta", "a former deputy president
                # of South Africa": an office left, no voice of that state
                kind, actor = "modifier", None
            elif kind == "demonym" and (
                _NON_STATE_AFTER.match(sentence, m.end())
                or _OWN_VOICE_AFTER.match(sentence, m.end())
                or _PLACE_AFTER.match(sentence, m.end())
                or _ETHNIC_BEFORE.search(sentence, max(0, m.start() - 8), m.start())
                or (
                    text.endswith("s")
                    and _PLACE_BEFORE_PEOPLE.search(sentence, max(0, m.start() - 40), m.start())
                    # (not "Ukrainian Russians": two peoples, the second its own)
                    and not (
                        out and 0 <= m.start() - out[-1].end <= 1 and out[-1].kind == "demonym"
                    )
                )
                or _A_PEOPLE_AFTER.match(sentence, m.end())
                or (text.endswith("s") and _PEOPLE_OF_A_PLACE.match(sentence, m.end()))
            ):
                # "ethnic Armenian representatives", "Armenians of Nagorno-Karabakh": a
                # people, not the state of that name
                kind, actor = "modifier", None
            elif (
                kind == "country"
                and DEMONYM_END.search(text)
                and (
                    _PEOPLES_OWN_AFTER.match(sentence, m.end())
                    or _A_PEOPLE_AFTER.match(sentence, m.end())
                )
            ):
                # a side named by a people's adjective ("Kurdish" for "Kurdish forces"):
                # "Kurdish civilians", "Kurdish media" are the people's, not the side's
                kind, actor = "modifier", None
            out.append(Mention(m.start(), m.end(), text, actor, kind, entry.canonical))
        if out:
            out = _named_people(sentence, out)
            out = _drop_nationality_of_named(sentence, out)
            out = self._of_the_side_before(out)
        return out

    def _inside_another_name(
        self, sentence: str, start: int, actor: str | None, before: list[Mention]
    ) -> bool:
        """Whether a body's name at ``start`` ends a longer name of another body:
        "Iran's Supreme National Security Council", "Armenian Security Council" (at the
        start of a sentence too), but not "UN Security Council", where the word before
        names the body itself."""
        if before and before[-1].actor == actor and 0 <= start - before[-1].end <= 1:
            return False  # "United Nations Security Council": one body
        if _PART_OF_A_NAME.search(sentence, max(0, start - 30), start):
            return True
        first = _FIRST_WORD_BEFORE.match(sentence[:start])
        entry = self.entries.get(first.group(1).lower()) if first else None
        return entry is not None and entry.kind in ("demonym", "country")

    def _of_the_side_before(self, found: list[Mention]) -> list[Mention]:
        """A short form two sides' people share is the person of the side named right
        before it: "Hezbollah chief Qassem" is Naim Qassem, not Hamas's Hazem Qassem."""
        out = list(found)
        for i, m in enumerate(found):
            people = self._people_by_form.get(m.text.lower()) if m.kind == "person" else None
            if not people or len(people) < 2:
                continue
            side = next(
                (
                    x
                    for x in reversed(found[:i])
                    if x.actor in people
                    and x.canonical not in people.values()
                    and 0 <= m.start - x.end <= 25
                ),
                None,
            )
            if side is not None and side.actor != m.actor:
                actor = side.actor or ""
                out[i] = Mention(m.start, m.end, m.text, actor, "person", people[actor])
        return out

    @staticmethod
    def _titled(sentence: str, end: int) -> bool:
        """'Turkish president', "Kremlin's spokesman", 'Russian Foreign Minister'."""
        t = _TITLE_AFTER.match(sentence, end)
        if t is None:
            return False
        first, second = (t.group(1) or "").lower(), (t.group(2) or "").lower()
        if first in PERSON_TITLES and first not in ("foreign", "defense", "defence", "crown"):
            return True
        return first in ("foreign", "defense", "defence", "deputy") and second in PERSON_TITLES


def _surnames_of_the_named(
    sentences: list[str],
    found: list[list[Mention]],
    full: dict[str, dict[str, Mention]],
    middle: dict[str, dict[str, Mention]],
) -> list[list[Mention]]:
    """A bare surname two configured people share is the one the article names in full:
    with "Talal Chaudhry" and "Ahmed Sharif Chaudhry" both configured, "Chaudhry said"
    after "Lt Gen Ahmed Sharif Chaudhry" is the general; and so is "General Sharif", one
    called by his middle name (not "Prime Minister Sharif": a post of the other's)."""
    if not full and not middle:
        return found
    out = []
    for text, mentions in zip(sentences, found, strict=True):
        moved = []
        for m in mentions:
            named = None
            if m.kind == "person" and m.canonical:
                named = full.get(m.text)
                if named is None and m.text in middle:
                    title = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
                    low = title.group(1).lower().rstrip(".") if title is not None else ""
                    if low in RANKS or low not in NAME_TITLES:
                        named = middle[m.text]
            if (
                named is not None
                and len(named) == 1
                and m.canonical not in named
                # (not where its own side stands before it: "Hezbollah chief Qassem")
                and not any(
                    x.actor == m.actor
                    and x.canonical != m.canonical
                    and not (x.canonical or "").endswith(m.text)
                    and 0 <= m.start - x.end <= 25
                    for x in mentions
                )
            ):
                (ref,) = named.values()
                m = Mention(m.start, m.end, m.text, ref.actor, "person", ref.canonical)
            moved.append(m)
        out.append(moved)
    return out


def shared_owner(lexicon: Lexicon, found: list[list[Mention]]) -> list[list[Mention]]:
    """A word two countries share is the one the article names by a word of its own:
    "Congo" is the Republic of Congo in a story that says "Brazzaville" and never "DRC"
    or "Kinshasa", whatever the config's side."""
    if not lexicon.shared:
        return found
    own = {
        m.actor
        for ms in found
        for m in ms
        if m.kind in STATE_KINDS and m.text.lower() not in lexicon.shared
    }
    out = []
    for mentions in found:
        moved = []
        for m in mentions:
            owners = lexicon.shared.get(m.text.lower()) if m.kind in STATE_KINDS else None
            named = [a for a in owners or () if a in own]
            if len(named) == 1 and named[0] != m.actor:
                m = replace(m, actor=named[0])
            moved.append(m)
        out.append(moved)
    return out


#: Words before a father's name inside a full name: "bin Hamad", "ibn Saud".
_PATRONYMIC = frozenset("bin ibn bint ben ould wad".split())


def learn_names(sentences: list[str], found: list[list[Mention]]) -> list[list[Mention]]:
    """Find people again by surname once the article has named them with their side:
    "UN Secretary-General Antonio Guterres" ... "Guterres condemned"."""
    known: dict[str, Mention] = {}
    # First names, found only after a title: "Ambassador Redwan" for Redwan Hussien,
    # as many languages name a person by the given name.
    given: dict[str, Mention] = {}
    # The people the article names in full, by surname, and by middle name.
    full: dict[str, dict[str, Mention]] = {}
    middle: dict[str, dict[str, Mention]] = {}
    for mentions in found:
        for m in mentions:
            if m.kind == "person" and m.canonical and m.actor:
                words = m.canonical.split()
                last = re.sub(r"^(?:al|el)-", "", words[-1])
                if len(last) >= 4 and last[0].isupper():
                    known.setdefault(last, m)
                    if len(m.text.split()) >= 2:
                        full.setdefault(last, {}).setdefault(m.canonical, m)
                if len(m.text.split()) >= 3:
                    # a middle name, by which many are called: "General Sharif" after
                    # "Lt Gen Ahmed Sharif Chaudhry", not the configured Shehbaz Sharif
                    # (not a father's name: "Tamim bin Hamad Al Thani")
                    for before, inner in zip(words, words[1:-1], strict=False):
                        if (
                            len(inner) >= 4
                            and inner[0].isupper()
                            and before.lower() not in _PATRONYMIC
                        ):
                            middle.setdefault(inner, {}).setdefault(m.canonical, m)
                if len(words) >= 2 and len(words[0]) >= 4 and words[0][0].isupper():
                    given.setdefault(words[0], m)
    if given:
        # "Ismail Radwan, a baker, ... Ismail said": another person with that given name
        # makes the bare given name nobody's (one scan of the article for all of them)
        named = re.compile(r"\b(" + "|".join(map(re.escape, given)) + r")\s+([A-Z][\w'’-]+)")
        for text in sentences:
            for other in named.finditer(text) if any(g in text for g in given) else ():
                ref = given.get(other.group(1))
                if ref is not None and other.group(2) not in (ref.canonical or "").split():
                    given.pop(other.group(1))
    found = _surnames_of_the_named(sentences, found, full, middle)
    if not known:
        return found
    # (matched without accents and case: "Erdoğan" is the configured "Erdogan", but
    # a surname still needs its capital in the text)
    by_plain = {plain(name): ref for name, ref in known.items()}
    pattern = re.compile(
        r"(?<![\w-])(?:(?:al|el)-)?(" + "|".join(map(re.escape, by_plain)) + r")(?![\w-])"
    )
    out: list[list[Mention]] = []
    for text, mentions in zip(sentences, found, strict=True):
        extra: list[Mention] = []
        hits = [
            (m.span(), by_plain[m.group(1)])
            for m in pattern.finditer(plain(text))
            if text[m.start(1)].isupper()
        ]
        if given:
            hits += [(span, given[name]) for span, name in titled_given_names(text, given)]
            # "..., Anwar said": a given name that speaks is the person named before
            if any(g in text for g in given):
                hits += [
                    (m.span(1), given[m.group(1)])
                    for m in _GIVEN_SPEAKS.finditer(text)
                    if m.group(1) in given
                ]
        for (a, b), ref in hits:
            if any(a < x.end and b > x.start for x in mentions + extra):
                continue
            if ref.canonical and (
                _other_given_name(text, a, ref.canonical)
                or _other_name_after(text, b, ref.canonical)
            ):
                continue
            extra.append(Mention(a, b, text[a:b], ref.actor, "person", ref.canonical))
        out.append(sorted(mentions + extra, key=lambda x: x.start) if extra else mentions)
    return out


_ETHNIC_BEFORE = re.compile(r"\bethnic[\s-]+$", re.IGNORECASE)
# A people named by where they live, before their name: "290 Karabakh Armenians", "the
# Donbas Russians" (a place's name after a figure or an article).
_PLACE_BEFORE_PEOPLE = re.compile(
    r"(?:\d|\b(?:the|of|for|and|many|some|thousands|hundreds))\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+$"
)
# "Syrian Druze leaders", "a Syrian Bedouin commander": a people of the state, not it.
_A_PEOPLE_AFTER = re.compile(
    rf"\s+(?:{'|'.join(sorted(ETHNIC_WORDS, key=len, reverse=True))})\b", re.IGNORECASE
)
# What a people has that no armed side is: "Kurdish civilians", "Kurdish media".
_PEOPLES_OWN_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:civilians?|people|population|residents?|villagers?|families|children"
    r"|women|men|refugees|protesters?|demonstrators?|community|communities|media|outlets?"
    r"|press|news|journalists?|activists?|politicians?|parties|party|language|culture|areas?"
    r"|towns?|villages?|cities|city|regions?|neighbou?rhoods?|majority|minority)\b",
    re.IGNORECASE,
)
_PEOPLE_OF_A_PLACE = re.compile(r"\s+(?:of|in|from|living\s+in)\s+(?:the\s+)?[A-Z]")
# Countries' names and demonyms, lower case: "Israeli Netanyahu" is no other Netanyahu.
#: Words that may stand in a state's own name beside its country: "the Government of
#: Sudan", "the Ethiopian federal government", "the transitional government" (not
#: "national": the Libyan and Syrian National Armies are no state's).
_OF_THE_STATE = frozenset(("of", "the", "federal", "central", "transitional", "interim"))

_STATE_FORMS = frozenset(f.lower() for c in countries() for f in (*c.names, *c.demonyms))
# A capitalised word right before a body's name makes it part of a longer name, or
# a state's own body: "Supreme National Security Council", "Russia's Security Council".
_PART_OF_A_NAME = re.compile(
    r"\b(?!UN['’])[A-Z][\w-]*['’]s\s+$"
    # (not "UK-based", "London Based": where a body sits)
    r"|(?<![.!?]\s)(?<!^)\b(?!(?:The|A|An|Based)\b)[A-Z][\w]*(?:-(?!based\b)[\w]+)*\s+$"
)
# the sentence's first word, right before a name: "Armenian Security Council ..."
_FIRST_WORD_BEFORE = re.compile(r"^\s*([A-Z][\w-]*)\s+$")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z][\w'’-]*)\s+$")
# A plural noun right after a word ("Baloch nationalists"), not a verb ("Baloch says").
_PLURAL_AFTER = re.compile(r"\s+(?!(?:was|has|is|does)\b)([a-z]+s)\b")
# A title with its portfolio right before a name: "Minister of Foreign Affairs ",
# "Secretary for Home and Security ".
_TITLE_OF = re.compile(
    r"\b(?P<title>[A-Za-z-]+)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*,?\s+(?:(?:and|&)\s+)?){1,5}$"
)
_NOT_A_GIVEN_NAME = frozenset(
    "the a an this that his her their its and but or of in then yesterday today later"
    " meanwhile earlier now also so when while after before as if".split()
)


_TIME_WORDS = frozenset((*MONTH_NAMES, *WEEKDAY_NAMES))


def _other_given_name(sentence: str, start: int, canonical: str) -> bool:
    """Whether the surname at ``start`` follows a given name that is not the
    configured person's: "Omar Abdullah" when the config names Kashif Abdullah."""
    m = _WORD_BEFORE.search(sentence, max(0, start - 30), start)
    if m is None:
        return False
    word = m.group(1)
    low = word.lower()
    if word.endswith(("'s", "’s")):
        return False  # "Russia's Putin": an owner, no given name
    if low in PORTFOLIO_WORDS and (
        (portfolio := _TITLE_OF.search(sentence, max(0, start - 80), start)) is not None
        and portfolio.group("title").lower() in NAME_TITLES
    ):
        return False  # "Minister of Foreign Affairs Hugh Todd": a title's last word
    return (
        plain(word) not in plain(canonical).split()
        # (a title's word, or a title of joined words: "Commander-in-Chief")
        and not any(part in NAME_TITLES or part in RANKS for part in low.split("-"))
        and low not in _NOT_A_GIVEN_NAME
        and low not in _STATE_FORMS
        # (a time before the name: "In February Mohamud said", "On Monday Putin said")
        and word not in _TIME_WORDS
    )


def _other_name_after(sentence: str, end: int, canonical: str) -> bool:
    """Whether the name at ``end`` goes on with a name word that is not the configured
    person's: "Mohamed Ibrahim" is someone else when the config names Mohamed Abdullahi
    Mohamed."""
    m = _NAME_WORD_AFTER.match(sentence, end)
    if m is None:
        return False
    word = m.group(1)
    return (
        plain(word) not in plain(canonical).split()
        and word.lower().rstrip(".") not in _NOT_A_NAME_AFTER
        and word.lower() not in REPORTING
        and not _title_case(sentence)
    )


def _title_case(sentence: str) -> bool:
    """Whether the sentence is a headline in title case ("Zelenskiy Urges Allies To
    ..."), where every word has a capital and none tells a name goes on."""
    words = [w for w in sentence.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_NAME_WORD_AFTER = re.compile(r"\s+([A-Z][a-z][\w'’-]*\.?)(?![\w'’-])")
#: Capitalised words that may follow a name without being more of it.
_NOT_A_NAME_AFTER = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug
    sep sept oct nov dec jr sr says warns told tells meets met visits calls said on in
    administration government cabinet campaign era party camp""".split()
)


_GIVEN_SPEAKS = re.compile(
    rf"(?<![\w-])([A-Z][\w'’-]{{3,}})(?=\s+(?:{'|'.join(sorted(REPORTING))})\b)"
)
_TITLES = sorted(NAME_TITLES | RANKS, key=len, reverse=True)
# Where a title starts, followed by what may stand between it and a name.
_TITLE_AT = re.compile(rf"(?<![\w-])(?=(?i:{by_first_letter(_TITLES)})\.?\s+)")
_TITLE_THEN = [re.compile(rf"(?i:{title})\.?\s+") for title in _TITLES]


def titled_given_names(text: str, given: Iterable[str]) -> list[tuple[tuple[int, int], str]]:
    r"""(span, name) of each of the ``given`` names (each capitalised) right after a
    title ("Ambassador Redwan"), left to right, not overlapping.

    The same hits as ``finditer`` of ``(?<![\w-])(?i:TITLES)\.?\s+(GIVEN)(?![\w-])``,
    with titles longest first and names in the order given, without compiling that
    pattern for each article (its titles made it the costliest step of reading
    names). The spaces before a capitalised name are all taken, so a title can
    be followed by one name only at one place."""
    names = [name for name in given if name in text]
    hits: list[tuple[tuple[int, int], str]] = []
    if not names:
        return hits  # most sentences hold none: spare the scan for titles
    pos = 0
    for at in _TITLE_AT.finditer(text):
        start = at.start()
        if start < pos:
            continue
        for then in _TITLE_THEN:  # longest title first, as the alternation tries them
            t = then.match(text, start)
            if t is None:
                continue
            q = t.end()
            name = next(
                (n for n in names if text.startswith(n, q) and _ends_word(text, q + len(n))), None
            )
            if name is not None:
                hits.append(((q, q + len(name)), name))
                pos = q + len(name)
                break
    return hits


def _ends_word(text: str, end: int) -> bool:
    r"""``(?![\w-])`` at ``end``."""
    return end >= len(text) or not (text[end].isalnum() or text[end] in "_-")


def _clean_name(name: str, given_may_be_a_place: bool = False) -> str | None:
    """Drop leading ranks ("Rear Admiral Daniel Hagari" -> "Daniel Hagari"); None if
    what is left is not a personal name of two words or more. Right after a title the
    given name may be a country's ("Defence Minister Israel Katz")."""
    words = name.split()
    while words and words[0].lower().strip(".") in RANKS:
        words = words[1:]
    if len(words) < 2 or any(w.lower() in _NOT_NAME_WORD for w in words):
        return None
    if any(
        w.lower() in NAME_TITLES or (w.lower() in STATE_WORDS and (i or not given_may_be_a_place))
        for i, w in enumerate(words)
    ):
        return None
    return " ".join(words)


_OWNS = re.compile(r"['’]s\s+")
#: The kinds of mention that name a state by its land, people or seat of power.
STATE_KINDS = frozenset(("country", "demonym", "capital", "seat"))


def _named_people(sentence: str, found: list[Mention]) -> list[Mention]:
    """People the config does not list, named with their side: a name after a
    title of a side ("French President Emmanuel Macron") or in apposition to one
    ("Mohamed Gnunu, spokesman for the GNA"). They speak for that side."""
    extra: list[Mention] = []
    taken = [(m.start, m.end) for m in found]
    # a country's name that is a titled person's given name: "Minister Israel Katz"
    given_names: list[Mention] = []

    def free(a: int, b: int, given: Mention | None = None) -> bool:
        return all(b <= s or a >= e for s, e in taken if given is None or s != given.start)

    for m in found:
        if m.actor is None:
            continue
        if m.canonical:
            # "Erdogan spokesman Ibrahim Kalin", "Putin's aide Yuri Ushakov": his man
            t = _AIDE_NAME.match(sentence, m.end) if m.kind == "person" else None
            if t is not None and (name := _clean_name(t.group("name"))) and free(*t.span("name")):
                start, end = t.span("name")
                extra.append(Mention(start, end, sentence[start:end], m.actor, "person", name))
                taken.append((start, end))
            continue
        last_word = m.text.split()[-1].lower()
        t = None
        if last_word in NAME_TITLES or last_word.split("-")[-1] in NAME_TITLES:
            t = _NAME_RIGHT_AFTER.match(sentence, m.end)
        if t is None:
            t = _TITLED_NAME.match(sentence, m.end)
        if t is not None:
            start, end = t.start("name"), t.end("name")
            given = next((o for o in found if o.start == start and o.kind == "country"), None)
            name = _clean_name(t.group("name"), given_may_be_a_place=given is not None)
            # "At the U.N. British Foreign Secretary Boris Johnson": the nearer side's
            nearer = any(o.actor and m.end <= o.start < start and o is not given for o in found)
            if name and free(start, end, given) and not nearer:
                if given is not None:
                    given_names.append(given)
                start = end - len(name) if t.group("name").endswith(name) else start
                # "Russia's UN ambassador Vitaly Churkin": Russia's man at the UN
                owner = next(
                    (
                        o
                        for o in found
                        if o.actor
                        and o.kind in STATE_KINDS
                        and _OWNS.fullmatch(sentence, o.end, m.start)
                    ),
                    m,
                )
                extra.append(Mention(start, end, sentence[start:end], owner.actor, "person", name))
                taken.append((start, end))
                continue
        if not _APPOSITION_END.search(sentence, max(0, m.start - 12), m.start):
            continue
        a = _APPOSED_NAME.search(sentence, max(0, m.start - 140), m.start)
        if a is not None and a.end() == m.start:
            name = _clean_name(a.group("name"))
            start, end = a.start("name"), a.end("name")
            if name and free(start, end):
                extra.append(Mention(start, end, sentence[start:end], m.actor, "person", name))
                taken.append((start, end))
    if not extra:
        return found
    kept = [m for m in found if all(m is not g for g in given_names)]
    return sorted(kept + extra, key=lambda x: x.start)


_POSTED_TO = re.compile(
    r"\b(?:ambassadors?|envoys?|representatives?|consuls?|emissar(?:y|ies)|coordinators?)"
    r"\s+(?:to|for|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ANY_FORMER = re.compile(r"\b(?:former|ex)\b", re.IGNORECASE)
_FORMER = re.compile(r"\b(?:former|ex)[\s-]+$", re.IGNORECASE)
_OFFICES = "|".join(sorted(NAME_TITLES | {"minister", "general"}, key=len, reverse=True))
# "former President of the Federal Republic of Nigeria", "a former deputy president of"
_FORMER_OF = re.compile(
    rf"\b(?:former|ex-)\s*(?:[a-z-]+\s+){{0,2}}(?:{_OFFICES})\s+of\s+(?:the\s+)?"
    r"(?:(?:Federal|Islamic|Democratic|Arab|United|Socialist|People['’]s|Republic|Kingdom)"
    r"\s+(?:of\s+)?)*$",
    re.IGNORECASE,
)
# (an office held now: "..., now deputy chairman of the Security Council")
_NOW_AN_OFFICE = re.compile(r",\s*(?:who\s+is\s+)?now\s+(?:the\s+|a\s+)?[a-z-]+")


def _former_office(sentence: str, start: int, end: int, *, titled: bool) -> bool:
    """Whether the state at ``start:end`` names the office of someone who has left it:
    "former Kenyan President", "a former president of Nigeria" (but "Russia's former
    envoy" is still of Russia, whose view he gives)."""
    if _ANY_FORMER.search(sentence) is None:
        return False
    if _NOW_AN_OFFICE.search(sentence, end, end + 80):
        return False  # "Former Russian President Dmitry Medvedev, now deputy chairman of ..."
    return bool(
        (titled and _FORMER.search(sentence, max(0, start - 10), start))
        or _FORMER_OF.search(sentence, max(0, start - 90), start)
    )


_BEFORE_A_NAME = (
    NAME_TITLES
    | RANKS
    | ARMED_WORDS
    | frozenset("former ex navy air marine marines corps special".split())
)


def _drop_nationality_of_named(sentence: str, found: list[Mention]) -> list[Mention]:
    """ "ex-Nigerian President Olusegun Obasanjo": where the titled person is someone
    the config names (here for the African Union), the nationality before the title
    is no side of its own."""
    drop = set()
    for i, m in enumerate(found[:-1]):
        nxt = found[i + 1]
        if (
            (m.kind == "person" and not m.canonical or m.kind in ("country", "demonym"))
            and nxt.kind == "person"
            and nxt.canonical
        ):
            # ("US Army Col. Ryan Dillon": a service and a rank between them)
            between = sentence[m.end : nxt.start].split()
            if (
                between
                and len(between) <= 4
                # (a comma ends the phrase: "killed 200 Russian troops, Kuleba said")
                and "," not in sentence[m.end : nxt.start]
                and all(w.lower().strip(".,") in _BEFORE_A_NAME for w in between)
            ):
                drop.add(i)
    return [m for i, m in enumerate(found) if i not in drop]


@lru_cache(maxsize=16)
def lexicon_for(config: Config) -> Lexicon:
    """One lexicon per config: building it reads pycountry and compiles the regex."""
    return Lexicon(config)


def _name_plain(text: str) -> str:
    """``text`` as names are looked up: plain, and a hyphen as a space, one character
    for one ("Omar Al Bashir" is the configured "Omar al-Bashir", "Nagorno Karabakh"
    the configured "Nagorno-Karabakh")."""
    return plain(text).replace("-", " ")


def _trie_regex(forms: list[str]) -> re.Pattern[str]:
    """A regex matching any of ``forms`` in folded text, longest first, whole words."""
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return caseless(r"(?<![\w])(?:" + build(trie) + r")(?![\w])")
