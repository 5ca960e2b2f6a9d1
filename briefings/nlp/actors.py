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
from dataclasses import dataclass
from functools import lru_cache

from briefings.config import Config
from briefings.nlp.world import (
    MODIFIER_PREFIXES,
    MODIFIER_SUFFIXES,
    ORGANISATIONS,
    PERSON_TITLES,
    STATE_WORDS,
    countries,
)

__all__ = ["Mention", "Lexicon", "lexicon_for"]

_WORDS = re.compile(r"[\w.'’-]+")
_TITLE_AFTER = re.compile(r"[\s’']*s?\s*([A-Za-z-]+)(?:\s+([A-Za-z-]+))?")
_HYPHEN_BEFORE = re.compile(r"\b([A-Za-z]+)-$")
_HYPHEN_AFTER = re.compile(r"^-([A-Za-z]+)")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|al-[A-Z][\w'-]*|bin|ibn|de|van|von|al|el)$")


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


def _looks_like_person(alias: str, state_forms: set[str]) -> bool:
    words = alias.split()
    if not 2 <= len(words) <= 5:
        return False
    if any(w.lower() in STATE_WORDS or w.lower() in state_forms for w in words):
        return False
    last = re.sub(r"^(?:al|el)-", "", words[-1])
    return all(_NAME_WORD.match(w) for w in words) and last[:1].isupper()


def _person_forms(name: str) -> list[str]:
    """'Recep Tayyip Erdogan' -> ['Tayyip Erdogan', 'Recep Erdogan', 'Erdogan'];
    'Bashar al-Assad' -> ['al-Assad', 'Assad']."""
    words = name.split()
    last = words[-1]
    forms = [last]
    if last.lower().startswith(("al-", "el-")):
        forms.append(last[3:])
    if len(words) >= 3:
        forms += [" ".join(words[-2:]), f"{words[0]} {last}"]
    return forms


class Lexicon:
    """Every surface form the finder knows, compiled into one regex."""

    def __init__(self, config: Config) -> None:
        self.entries: dict[str, _Entry] = {}
        self.actor_ids = {a.id for a in config.actors}
        world = countries()
        state_forms = {f.lower() for c in world for f in (*c.names, *c.demonyms)}
        form_country = {}
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

        # World knowledge first, so the config's own words override it.
        for c in world:
            actor_id = owner.get(c.code, c.name)
            for form in c.names:
                self._add(form, actor_id, "country", None)
            for form in c.demonyms:
                self._add(form, actor_id, "demonym", None)
            for form in c.capitals:
                self._add(form, actor_id, "capital", None)
            for form in c.seats:
                self._add(form, actor_id, "seat", None)
        for name, forms in ORGANISATIONS.items():
            for form in (name, *forms):
                self._add(form, name, "org", None)

        for actor in config.actors:
            for alias in (actor.name, *actor.aliases):
                if _looks_like_person(alias, state_forms):
                    self._add(alias, actor.id, "person", alias)
                    for form in _person_forms(alias):
                        if form.lower() not in self.entries or form.lower() not in state_forms:
                            self._add(form, actor.id, "person", alias)
                else:
                    known = self.entries.get(alias.lower())
                    if known is not None and known.actor == actor.id:
                        continue  # "Russia" is already the country, with its modifiers
                    self._add(alias, actor.id, "group", None)
                    singular = alias[:-1]
                    plural = re.fullmatch(r"[A-Z][a-z]+s", alias)
                    if plural and singular.lower() not in self.entries:
                        # "Houthis" are also "Houthi" fighters
                        self._add(singular, actor.id, "group", None)
        self.pattern = _trie_regex(list(self.entries))

    @staticmethod
    def _state_of(phrase: str, form_country: dict) -> object | None:
        """The country a phrase names as a state: 'Russia', 'Syrian government', 'Turkish army'."""
        words = phrase.replace("-", " ").split()
        for n in range(min(3, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                country = form_country.get(" ".join(words[i : i + n]).lower())
                if country is None:
                    continue
                rest = words[:i] + words[i + n :]
                if all(w.lower() in STATE_WORDS for w in rest):
                    return country
        return None

    def _add(self, form: str, actor: str, kind: str, canonical: str | None) -> None:
        form = form.strip()
        if not form:
            return
        letters = re.sub(r"[^A-Za-z]", "", form)
        exact = letters.isupper() and len(letters) <= 5
        self.entries[form.lower()] = _Entry(actor, kind, canonical, exact, form[0].isupper())

    def find(self, sentence: str) -> list[Mention]:
        """Mentions in ``sentence``, left to right, not overlapping."""
        out: list[Mention] = []
        for m in self.pattern.finditer(sentence):
            text = m.group(0)
            entry = self.entries.get(text.lower())
            if entry is None:
                continue
            if entry.exact_case and re.sub(r"[^A-Za-z]", "", text) != re.sub(
                r"[^A-Za-z]", "", text.upper()
            ):
                continue
            if entry.capitalised and not text[0].isupper():
                continue
            kind, actor = entry.kind, entry.actor
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
            out.append(Mention(m.start(), m.end(), text, actor, kind, entry.canonical))
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


@lru_cache(maxsize=16)
def lexicon_for(config: Config) -> Lexicon:
    """One lexicon per config: building it reads pycountry and compiles the regex."""
    return Lexicon(config)


def _trie_regex(forms: list[str]) -> re.Pattern[str]:
    """A regex matching any of ``forms`` (case-insensitively), longest first, whole words."""
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

    return re.compile(r"(?<![\w])(?:" + build(trie) + r")(?![\w])", re.IGNORECASE)
