"""Split article text into sentences, keeping each one's character offsets.

Rules, not a model: a sentence ends at . ! or ? (plus any closing quotes or
brackets) followed by space and something that can start a sentence, unless
the word before the stop is a known abbreviation ("Gen.", "U.S.", "Feb.").
Blank lines and single line breaks between short lines (headlines, captions,
datelines) also end a sentence, since news text puts them on lines of their own.

No sentence is longer than MAX_CHARS: a run with no full stop (a scraped page
that lost its punctuation, a list of hundreds of items) is cut at its clause
breaks, so that the work every extractor does on one sentence stays bounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefings.nlp.vocabulary import INVERTIBLE_AFTER_QUOTE, MONTH_WORD, alternation

__all__ = ["Sentence", "split_sentences", "ABBREVIATIONS", "MAX_CHARS"]

#: The longest sentence kept whole. Real news sentences stay under about 700
#: characters (FA-KES and the real development sets: 99% under 400).
MAX_CHARS = 1000
# Where an overlong run is cut, best first: a full stop that lost its space ("the
# city.The army"), after a semicolon, after a comma, before a dash, at a space.
_CUTS = (
    re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])"),
    re.compile(r"(?<=;)\s"),
    re.compile(r"(?<=,)\s"),
    re.compile(r"\s(?=[-–—]\s)"),
    re.compile(r"\s"),
)

#: Words that end with a full stop without ending the sentence (lower case, no dot).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cpt sgt cmdr adm brig rep sen gov pres
    st jr sr rev fr hon amb supt insp cpl pvt bgen mgen ltgen ltcol cdr cdre
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vol vs etc approx est dept univ corp inc ltd co bros
    fig al ft mt
    """.split()
)

# A candidate break: terminal punctuation, optional closing quotes/brackets, then space.
# Every break starts with one of a few characters, matched first and then told apart
# by what is behind it: Python's re then looks only at those characters, not at every
# position (a twentieth of the time of the same alternatives each tried everywhere).
_BREAK = re.compile(
    r"[.!?…\n(]"
    r"(?:(?<=[.!?…])[.!?…]*[\"'”’»)\]]*(?=\s)|(?<=\n)\s*\n|(?<=\n)"
    # a space lost in copying: "... by Islamic State.An eyewitness told Reuters ..."
    r"|(?<=[a-z]{2}\.)(?=[A-Z][a-z]|[AI]\s)"
    # ... before a quote that opens: "... potential damage.“This operation ..."
    r"|(?<=[a-z]{2}\.)(?=[“\"][A-Z])"
    # a credit or note in brackets after a finished sentence stands alone:
    # "... on Monday. (Reuters) Other activists said ..."
    # (matched from its bracket, and so not where a stop inside it is a break of its own)
    r"|(?:(?<=[.!?]\s\()|(?<=[.!?][\"'”’]\s\())(?![.!?…]+[\"'”’»)\]]*\s)"
    r"[^()\n]{1,60}\)(?=\s+[A-Z]))"
)
# All a sentence holds after a quote that closed with its stop: who said it ("
# Netanyahu said.", " The army added on Monday.").
_ONLY_ITS_SPEAKER = re.compile(
    r"\s+(?:the\s+|The\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}(?:[a-z][\w'’-]*\s+)?[A-Z]?[\w'’.-]*\s+"
    # (the verbs that close a quote, and whom "told" names: "told reporters")
    rf"(?:{alternation(INVERTIBLE_AFTER_QUOTE - {'told'})}|told\s+(?:[\w.-]+\s+){{0,2}}?[\w.-]+"
    r"|(?:was|were)\s+quoted\s+as\s+saying)"
    r"(?:\s+(?:on|in|at|late|early)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s*[.!]"
    r"(?=\s|$)"
)
# What the next sentence may start with: a capital, digit, quote or bracket, or a
# dash or an ellipsis that opens a new item ("... on Monday. - The House may vote").
_STARTER = re.compile(r"\s*(?:[\"'“‘«(\[A-Z0-9\u00C0-\u00DE]|-{1,2}\s?\S|[–—]\s|\.\.\.\s|…\s)")
_CAPITAL_AFTER = re.compile(r"\s*[\"'“‘«(\[A-Z\u00C0-\u00DE]")
# Single-letter initials ("U.S.", "J. R. R.") and dotted acronyms.
_INITIALS = re.compile(r"(?:\b[A-Za-z]\.){1,}[A-Za-z]?\.?$")
_CLOCK = re.compile(r"\d\s*[ap]\.m\.$", re.IGNORECASE)
# After a clock time, words that open a new sentence rather than go on with a place
# ("9:45 p.m. Khartoum time") or the same time elsewhere ("8 p.m. (1800 GMT) on Monday").
_NOT_OPENING = re.compile(
    r"\s+(?:(?!(?:The|A|An|He|She|It|They|We|I|This|That|These|Those|But|And|In|On|At|By|As"
    r"|After|Before|When|While|There|Its|His|Her|Their|Our)\b)[A-Z]"
    r"|\(\d{1,2}:?\d{2}\s*(?:GMT|UTC|local)?\s*(?:GMT|UTC|time)?\))"
)
#: A line this long with no full stop at its end is a paragraph wrapped by hand.
_WRAPPED_LINE = 100
# Longer than any line wrapped by hand: a paragraph on its line.
_PARAGRAPH_LINE = 160
_DANGLING = re.compile(
    r"\s(?:the|a|an|of|in|on|at|to|for|from|with|by|and|or|but|that|said|says|its|their)$",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?$")
_DAY_OF_MONTH = re.compile(rf"\b(?:{MONTH_WORD})\.?\s+\d{{1,2}}$")
_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d\d\b")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


def _is_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` belongs to an abbreviation."""
    head = text[max(0, stop - 12) : stop + 1]
    word = _WORD_BEFORE.search(head[:-1] if head.endswith(".") else head)
    if word is None:
        return False
    token = word.group(1)
    if _CLOCK.search(text, max(0, stop - 16), stop + 1):
        # "at 9:45 p.m. Khartoum time": a clock time goes on, unless a sentence opens
        return bool(_NOT_OPENING.match(text, stop + 1))
    if token.lower() in ABBREVIATIONS:
        # "No." only abbreviates before a number ("No. 5").
        if token.lower() == "no":
            return bool(re.match(r"\.\s*\d", text[stop : stop + 4]))
        return True
    # Dotted initials: "U.S." / "J." — but a lone capital "I." or "A." may end a sentence.
    before = text[max(0, stop - 6) : stop + 1]
    return bool(_INITIALS.search(before)) and len(token) == 1 and token.isupper()


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` with their offsets; whitespace is trimmed off each."""
    out: list[Sentence] = []
    start = 0
    n = len(text)
    for m in _BREAK.finditer(text):
        end = m.end()
        piece, at = m.group(0), m.start()
        if piece[0] == "(":
            piece, at = piece[1:], at + 1  # a credit in brackets: its words
        if piece[0] == "\n":
            if end <= start:
                continue
            # A single newline inside a wrapped paragraph does not end a sentence,
            # but one after a line with no terminal punctuation is a headline or caption.
            if piece == "\n" and not _line_is_block(text, start, at):
                continue
            _emit(text, start, at, out)
            start = end
            continue
        if piece.startswith(".") and len(piece.rstrip("\"'”’»)]")) == 1:
            if _is_abbreviation(text, at):
                continue
            if _DAY_OF_MONTH.search(text, max(0, at - 16), at) and _YEAR_AFTER.match(text, end):
                continue  # "the Oct 7. 2023 attack": a stray stop inside a date
        if not _STARTER.match(text, end):
            continue
        if piece[-1] in '"”' and _ONLY_ITS_SPEAKER.match(text, end):
            continue  # '"... in power." Netanyahu said.': who said the quote, no sentence
        if piece.startswith("..") or piece[0] == "…":
            if not _CAPITAL_AFTER.match(text, end):
                continue  # "strikes on the bus... 21 others died": a pause, not an end
            if _quote_open(text, start, at):
                continue  # '"not helpful … The weapons are our shield"': words left out
        _emit(text, start, end, out)
        start = end
    if start < n:
        _emit(text, start, n, out)
    return out


def _quote_open(text: str, start: int, stop: int) -> bool:
    """Whether a quotation opened in ``text[start:stop]`` is still open at ``stop``."""
    stretch = text[start:stop]
    return stretch.count("“") > stretch.count("”") or stretch.count('"') % 2 == 1


def _line_is_block(text: str, start: int, stop: int) -> bool:
    """A single line break ends the sentence unless the line looks soft-wrapped: the
    next line starts lower case, or the line stops on a word no sentence ends on ("the
    International\nRescue Committee"), or it is longer than a headline or a caption
    and has no full stop ("... in Tigray region, the International Rescue\nCommittee
    said on Saturday.")."""
    nxt = text[stop + 1 : stop + 3].lstrip()
    if nxt[:1].islower():
        return False
    line = text[max(start, text.rfind("\n", 0, stop) + 1) : stop].rstrip()
    if line.endswith((".", "!", "?", "…", '."', ".”")) and nxt[:1].isupper():
        # "... a statement issued by the Directorate on X.\nErdoğan emphasized": a
        # line that ends on a stop, however long, ends its sentence (not an initial's)
        return True
    if _DANGLING.search(line):
        return False
    if len(line) < _WRAPPED_LINE:
        return True
    # A long line with no stop, then a paragraph on a line: two paragraphs, the first left
    # without its stop ("... killed four soldiers in the region of Siunik\nYerevan and
    # Baku have fought two wars ..."), not a line wrapped by hand, whose rest is short
    following = text.find("\n", stop + 1)
    rest = text[stop + 1 : following if following != -1 else len(text)].strip()
    # (a line longer than any wrapped by hand: a line wrapped at 115 goes on)
    return len(rest) >= _PARAGRAPH_LINE and rest[:1].isupper()


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while end - start > MAX_CHARS:
        cut = _cut(text, start, start + MAX_CHARS)
        _emit_one(text, start, cut, out)
        start = cut
    _emit_one(text, start, end, out)


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end an overlong run: the last clause break in its second half."""
    floor = start + MAX_CHARS // 2
    for pattern in _CUTS:
        last = None
        for m in pattern.finditer(text, floor, limit):
            last = m
        if last is not None:
            return last.start()
    return limit


def _emit_one(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(text[start:end], start, end))
