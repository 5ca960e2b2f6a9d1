"""One name per body within a brief: the sources name a claimant many ways.

"Lebanon's Health Ministry", "the Lebanese Health Ministry", "the Ministry of Public
Health" and "the health ministry" are one body in a brief about Lebanon;
"Syrian Observatory", "the Syrian Observatory for Human Rights" and "SOHR" are one
monitor. Names are read as (country, words of the body): the country from a
demonym or a possessive ("Lebanese", "Lebanon's"), the words in one order
("Ministry of Health" is "health ministry"). Two names are one body when their
words are the same, or one's words begin the other's ("Syrian Observatory" and
"Syrian Observatory for Human Rights"), or one is the other's acronym, and their
countries do not differ. A name without a country joins the one body of its words
that has one; when two bodies share the words under different countries ("the
Israeli health ministry", "the Gaza health ministry"), a bare "health ministry"
stays as written. Each body is shown by its fullest name.

Actor ids from the config ("lebanon") and plain descriptions ("authorities") are
left alone: they are no body's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from briefings.nlp.bodies import BODY_HEADS

_SMALL = frozenset("of for the and on in".split())
_PUBLIC = re.compile(r"\bpublic\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """Demonyms and names of countries, lower case -> the country's first name."""
    try:
        from briefings.nlp.world import countries

        out: dict[str, str] = {}
        for c in countries():
            for word in (*c.names, *c.demonyms):
                out.setdefault(word.lower(), c.names[0])
        return out
    except Exception:  # world knowledge makes names tidier; it is never a reason to fail
        return {}


@dataclass(frozen=True)
class _Name:
    text: str
    country: str | None
    words: tuple[str, ...]  # the body's words, lower case, in one order
    acronym: str | None  # "SOHR" when the name is one


def _read(text: str) -> _Name | None:
    """The parts of a body's name, or None when it names no body."""
    clean = re.sub(r"^(?:the)\s+", "", text.strip(), flags=re.IGNORECASE)
    if re.fullmatch(r"[A-Z][A-Z.&]{1,9}", clean):
        return _Name(text, None, (), clean.replace(".", ""))
    words = clean.split()
    if not any(w.lower().rstrip("s") in BODY_HEADS or w.lower() in BODY_HEADS for w in words):
        return None
    country = None
    possessive = re.match(r"(.+)['’]s$", words[0])
    first = (possessive.group(1) if possessive else words[0]).lower()
    rest = words[1:]
    if rest and (first in _country_words() or possessive):
        # "Lebanese", "Lebanon's", and any owner's name: "Kesh's Health Ministry"
        country = _country_words().get(first, first.title())
        words = rest
    body = _PUBLIC.sub("", " ".join(words)).lower()
    # "Ministry of Health" is the "health ministry"
    m = re.fullmatch(r"(ministry|office|department|directorate)\s+of\s+(.+)", body)
    if m:
        body = f"{m.group(2)} {m.group(1)}"
    return _Name(text, country, tuple(body.split()), None)


def _initials(name: _Name) -> str:
    words = ([name.country] if name.country else []) + [w for w in name.words if w not in _SMALL]
    return "".join(w[0] for w in words if w).upper()


def _same(a: _Name, b: _Name) -> bool:
    if a.country and b.country and a.country != b.country:
        return False
    if a.acronym or b.acronym:
        named, short = (b, a) if a.acronym else (a, b)
        return bool(short.acronym) and not named.acronym and _initials(named) == short.acronym
    n = min(len(a.words), len(b.words))
    # the same words, or the shorter begins the longer with at least a word and its head
    return a.words[:n] == b.words[:n] and (len(a.words) == len(b.words) or n >= 1)


class Claimants:
    """The name each claimant of a brief is shown by."""

    def __init__(self, names: Iterable[str]) -> None:
        self._shown: dict[str, str] = {}
        read = [(n, r) for n in dict.fromkeys(names) if n and (r := _read(n)) is not None]
        groups: list[list[_Name]] = []
        # Names with a country first, so a bare name can see every body it might be.
        for _, r in sorted(read, key=lambda x: (x[1].country is None, -len(x[1].words))):
            # an acronym is the fullest name's; any other name must fit every name so far
            fits = any if r.acronym else all
            homes = [g for g in groups if fits(_same(r, o) for o in g)]
            if r.country is None and not r.acronym:
                countries = {o.country for g in homes for o in g if o.country}
                if len(countries) > 1:
                    continue  # "health ministry" of which side? As written.
            if len(homes) == 1:
                homes[0].append(r)
            elif not homes:
                groups.append([r])
        for g in groups:
            full = max(
                g,
                key=lambda r: (
                    r.country is not None,
                    len(r.words),
                    "'" not in r.text and "’" not in r.text,  # "Lebanese", not "Lebanon's"
                    len(r.text),
                ),
            )
            for r in g:
                self._shown[r.text] = full.text

    def __call__(self, name: str | None) -> str | None:
        if not name:
            return name
        return self._shown.get(name, name)
