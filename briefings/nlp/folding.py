"""Case-insensitive matching, fast: fold the text once, match case-sensitively.

Python's ``re`` is four to six times slower with IGNORECASE on a long alternation
(the verbs of saying, the actor lexicon, the ground verbs): it folds the case of
every character it compares. Lower-casing a sentence once and matching a pattern
written in lower case finds the same spans at the same offsets, because ``fold``
keeps every character in its place.

Such patterns, when every match starts with a letter or digit, begin with
``(?<!\\w)`` rather than ``\b``: the same matches, found faster, since the
engine then rejects the inside of a word at once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

__all__ = ["CaseBlind", "Caseless", "caseless", "fold", "matches_where", "may_hold", "plain"]


def fold(text: str) -> str:
    """``text`` in lower case, one character for one, so offsets carry over."""
    low = text.lower()
    if len(low) == len(text):
        return low  # lower() never shortens a character, so none grew either
    # "İ" lowers to two characters: keep such a character as it is
    return "".join(lc if len(lc := c.lower()) == 1 else c for c in text)


def _plain_table() -> dict[int, str]:
    """Each accented Latin letter's base letter ("ğ" -> "g", "é" -> "e"), the letters
    that do not decompose but lose their stroke or dot in English copy ("ı", "ł",
    "ø", "đ"), and typographic apostrophes as the plain one."""
    table = dict(zip(map(ord, "ıłøđħ’‘ʼ"), "ilodh'''", strict=True))
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base.lower()
    return table


_PLAIN = _plain_table()


def plain(text: str) -> str:
    """``text`` folded and without accents, one character for one: names are spelt
    with and without them ("Erdoğan", "Erdogan"; "Sánchez", "Sanchez")."""
    return fold(text).translate(_PLAIN)


def may_hold(text: str, words: tuple[str, ...], folded: str | None = None) -> bool:
    """False only if ``text`` holds none of ``words`` (lower-case ASCII) in any case:
    a cheap test before a case-blind pattern that needs one of them. Only ASCII text
    is tested (in it a letter matches only its own two cases; elsewhere "ſ" or the
    Kelvin sign match "s" and "k" in a case-blind pattern), the rest always may."""
    if not text.isascii():
        return True
    low = text.lower() if folded is None else folded
    return any(word in low for word in words)


_ESCAPE = re.compile(r"\\.")


def caseless(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a pattern meant for folded text. It must spell its letters in lower
    case ([a-z], not [A-Z]), since it will never see a capital."""
    bare = _ESCAPE.sub("", re.sub(r"\(\?P<\w+>", "(", pattern))
    if any(ch.isupper() for ch in bare):
        raise ValueError(f"a pattern for folded text has a capital letter: {pattern[:60]!r}")
    return re.compile(pattern, flags)


class Caseless:
    """A case-insensitive pattern whose whole-sentence scans run over the folded
    text, each hit then matched on the original text at the same place, so that
    its groups keep the original spelling. ``search`` and ``match`` over short
    stretches use the case-insensitive pattern directly.

    ``scan``, if given, is what the whole-sentence scans look for instead: a pattern
    for folded text that matches where ``pattern`` does, only faster (its words
    grouped by first letter, without its groups: see vocabulary.grouped_words)."""

    def __init__(self, pattern: str, flags: int = 0, *, scan: str | None = None) -> None:
        self.fast = caseless(pattern if scan is None else scan, flags)
        self.exact = re.compile(pattern, flags | re.IGNORECASE)
        self.search = self.exact.search
        self.match = self.exact.match

    def finditer(self, text: str, folded: str | None = None) -> Iterator[re.Match[str]]:
        return matches_where(self.fast, self.exact, text, fold(text) if folded is None else folded)


def matches_where(
    scan: re.Pattern[str], exact: re.Pattern[str], text: str, folded: str
) -> Iterator[re.Match[str]]:
    """``exact``'s matches in ``text`` at the places ``scan`` finds in ``folded`` (the
    text folded, or the text itself), each kept when it ends where the hit does."""
    for m in scan.finditer(folded):
        hit = exact.match(text, m.start())
        if hit is not None and hit.end() == m.end():
            yield hit


class CaseBlind:
    """A case-blind pattern asked only whether it is found. In ASCII text it is
    looked for case-sensitively in the lower-cased text, which finds the same and is
    several times faster (see ``may_hold`` for why only ASCII); elsewhere as it is."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.lower = caseless(pattern.pattern, pattern.flags & ~re.IGNORECASE)

    def found(
        self, text: str, pos: int = 0, endpos: int | None = None, folded: str | None = None
    ) -> bool:
        return self.search(text, pos, endpos, folded) is not None

    def search(
        self, text: str, pos: int = 0, endpos: int | None = None, folded: str | None = None
    ) -> re.Match[str] | None:
        """A match with the span of ``pattern.search(text, pos, endpos)`` (its words in
        lower case when the text is ASCII: the match is of the folded text)."""
        end = len(text) if endpos is None else endpos
        if text.isascii():
            low = text.lower() if folded is None else folded
            return self.lower.search(low, pos, end)
        return self.pattern.search(text, pos, end)
