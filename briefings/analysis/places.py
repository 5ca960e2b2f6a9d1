"""Which places of a brief are one place: news names the venue of one summit at every
level ("Joint Base Elmendorf-Richardson", "Anchorage", "Alaska"), and a step told at
two of them is still one step.

Two places are one when they are the same name, when one lies within the other, or
when one is a shortened name of the other:

- within: as the articles say it ("the Elmendorf-Richardson base in Alaska",
  "Anchorage, Alaska"), or as the world is known (a capital lies in its country);
- shortened: one name's own words (not "base", "air force", "city") are all among
  the other's ("Joint Base Elmendorf-Richardson", "Elmendorf-Richardson", "Elmendorf
  Air Force"), with the same bearing ("North Darfur" is not "South Darfur"); two
  capitals of one country ("New Delhi", "Delhi").

Places next to each other are not one: two capitals, two countries, or two places
within the same third ("Anchorage" and "Juneau") stay apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from briefings.analysis.common import norm

#: Words a place name may begin with that say nothing of which place it is.
#: Words that qualify a place without naming another: "Idlib province" is Idlib.
QUALIFIERS = frozenset(
    "the province governorate region district city town village area countryside "
    "outskirts suburbs of state county municipality".split()
)
_GENERIC = QUALIFIERS | frozenset(
    """north south east west northern southern eastern western central upper lower new old
    greater great little san santa saint st al el la le port fort mount lake joint camp
    base air force military capital gulf bay cape sea island islands river valley airport
    palace hotel""".split()
)
_WORD = re.compile(r"[\w'’]+")
# Between a place and the place it lies in: "base in", "military base in the state of",
# "," ("Anchorage, Alaska"); only words for a kind of place stand between ("Officials in
# Kyiv welcomed talks in Istanbul" puts Kyiv in no Istanbul).
_KIND_OF_PLACE = (
    r"(?:military|naval|air|force|presidential|royal|coastal|southern|northern|eastern"
    r"|western|central|old|new|main|international|joint|base|airbase|city|town|village"
    r"|region|province|district|county|state|capital|resort|palace|hotel|compound|centre"
    r"|center|complex|venue|airport|port|camp|building|headquarters|residence|estate|hall"
    r"|house|embassy|square|island|area|municipality|governorate|oblast|suburb|outskirts)"
)
_WITHIN = re.compile(
    rf"(?:(?:\s+{_KIND_OF_PLACE}){{0,3}}\s+in\s+(?:the\s+)?(?:(?:state|region|province|city"
    r"|country|capital)\s+of\s+)?|,\s*)$",
    re.IGNORECASE,
)
# After "X, Y": Y ends its phrase ("Anchorage, Alaska, on Friday"), not a list or a clause
# ("Jeddah, Istanbul will host").
_PLACE_ENDS = re.compile(
    r"\s*(?:[,.;:)]|$|\s(?:on|in|at|last|this|next|early|late|for|from|where|when|after"
    r"|before)\b)",
    re.IGNORECASE,
)
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*)?(?:and|or)\b|\s*,\s*[A-Z]")


@lru_cache(maxsize=1)
def _world() -> tuple[dict[str, str], frozenset[str]]:
    """(capital -> its country's name, every country's and capital's name)."""
    try:
        from briefings.nlp.world import countries

        capital_of: dict[str, str] = {}
        known: set[str] = set()
        for c in countries():
            known.update(norm(n) for n in c.names)
            for capital in c.capitals:
                known.add(norm(capital))
                if c.names:
                    capital_of[norm(capital)] = norm(c.names[0])
        return capital_of, frozenset(known)
    except Exception:  # world knowledge is a nicety here, never a reason to fail
        return {}, frozenset()


class Places:
    """The places of one brief and which of them are one (see the module's doc)."""

    def __init__(self, told: Iterable[tuple[str, str]]) -> None:
        """``told``: (place, the sentence that names it) for every place of a step."""
        told = [(norm(p), s) for p, s in told if p]
        self.names = sorted({p for p, _ in told}, key=len, reverse=True)
        self._within: dict[str, set[str]] = {}
        capital_of, self._known = _world()
        self._capital_of = capital_of
        self._countries = frozenset(capital_of.values())
        for name in self.names:
            country = capital_of.get(name)
            if country is not None:
                self._within.setdefault(name, set()).add(country)
        for name, sentence in told:
            self._learn(name, sentence)
        # Places that may be one share a key (for finding candidates, not for deciding).
        self._key: dict[str, str] = {name: name for name in self.names}
        for name, ups in self._within.items():
            for up in ups:
                self._join(name, up)
        by_word: dict[str, list[str]] = {}
        for name in self.names:
            for word in set(_words(name)) - _GENERIC:
                by_word.setdefault(word, []).append(name)
        self._aliases: dict[str, set[str]] = {}
        for names in by_word.values():
            for i, one in enumerate(names):
                for other in names[i + 1 :]:
                    if _shortened(one, other) and not (one in self._known and other in self._known):
                        self._aliases.setdefault(one, set()).add(other)
                        self._aliases.setdefault(other, set()).add(one)
                        self._join(one, other)

    def country(self, name: str | None) -> bool:
        """Whether a place is a country the world knows."""
        return norm(name) in self._countries

    def _root(self, name: str) -> str:
        while (up := self._key.get(name, name)) != name:
            name = up
        return name

    def _join(self, a: str, b: str) -> None:
        ra, rb = self._root(a), self._root(b)
        if ra != rb:
            self._key[max(ra, rb)] = min(ra, rb)

    def _learn(self, name: str, sentence: str) -> None:
        """'... the Elmendorf-Richardson military base in Alaska': the base is in Alaska."""
        low = sentence.lower()
        at = low.find(name)
        if at < 0:
            return
        after = at + len(name)
        for other in self.names:
            if other == name or (other in self._known and name in self._known):
                continue  # two countries or capitals are never one within the other
            found = low.find(other, after, after + len(other) + 50)
            if found < 0 or not _WITHIN.fullmatch(sentence, after, found):
                continue
            if sentence[after:found].strip() == "," and (
                other in self._known
                and name in self._known
                or _LIST_GOES_ON.match(sentence, found + len(other))
                or not _PLACE_ENDS.match(sentence, found + len(other))
            ):
                continue  # "in Doha, Cairo and Paris": a list, not a place within another
            self._within.setdefault(name, set()).add(other)

    def _around(self, name: str) -> set[str]:
        """The places ``name`` lies within, at any remove (each under any of its
        shortened names)."""
        seen: set[str] = set()
        todo = [name, *self._aliases.get(name, ())]
        while todo:
            for up in self._within.get(todo.pop(), ()):
                for same in (up, *self._aliases.get(up, ())):
                    if same not in seen:
                        seen.add(same)
                        todo.append(same)
        return seen

    @lru_cache(maxsize=1 << 14)  # noqa: B019 - one Places per brief, asked per pair
    def same(self, a: str | None, b: str | None) -> bool:
        """Whether two places can be the one place of a step."""
        a, b = norm(a), norm(b)
        if not a or not b or a == b:
            return True
        if a in self._known and b in self._known:
            # two names of one capital ("New Delhi", "Delhi"), not two capitals of one
            # country ("Jerusalem", "Tel Aviv"; "Sanaa", "Aden")
            country = self._capital_of.get(a)
            return (
                a in self._around(b)
                or b in self._around(a)
                or (country is not None and country == self._capital_of.get(b) and _shortened(a, b))
            )
        return a in self._around(b) or b in self._around(a) or _shortened(a, b)

    def key(self, name: str | None) -> str:
        """One key for a place and every place it may be one with (for finding
        candidates: places of one key may still be apart)."""
        return self._root(norm(name))


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s-]+", name) if w]


_DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central upper lower".split()
)


def _shortened(a: str, b: str) -> bool:
    """One name a shortened form of the other: its own words (not "base", "air force",
    "city") all among the other's ("Elmendorf Air Force" and "Elmendorf-Richardson",
    "Joint Base Elmendorf-Richardson"), with the same bearing ("North Darfur" is not
    "South Darfur")."""
    wa, wb = set(_words(a)), set(_words(b))
    if wa & _DIRECTIONS != wb & _DIRECTIONS:
        return False
    own_a, own_b = wa - _GENERIC, wb - _GENERIC
    if not own_a or not own_b:
        return False
    return own_a <= own_b or own_b <= own_a
