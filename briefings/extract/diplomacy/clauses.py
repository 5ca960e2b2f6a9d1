"""Where a step's clause starts and ends, for its status and participants: strong
breaks ("but", "while", ";") part the sides of "Egypt offered to host talks, but
Israel said there were no plans"."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from briefings.nlp.folding import CaseBlind
from briefings.nlp.vocabulary import REPORTING, alternation

_STRONG_BREAK = re.compile(
    r";|,\s*(?:but|while|whereas|although|though)\b|\s+but\s+"
    # a place's own event, with its own named subject: "at the summit in Cairo, where Trump
    # signed a declaration with Egypt" (not "..., where he met": the subject before)
    r"|,\s*where\s+(?=(?:the\s+)?(?-i:[A-Z]))"
)
_SAID_BEFORE = re.compile(
    rf"\b(?:{alternation(REPORTING)}|told\s+(?:reporters|journalists))\s+$", re.IGNORECASE
)

#: A date behind one of these words dates another event: "the first talks since the
#: fighting broke out on April 15", "after the meeting on Monday".
OTHER_EVENT_WORDS = "after|before|since|when|until"
OTHER_EVENT = re.compile(
    rf"\b(?:{OTHER_EVENT_WORDS})\b"
    # set off by a comma: ", following recent talks in Florida", ", ahead of talks"
    r"|,\s*(?:ahead\s+of|in\s+the\s+wake\s+of|following)\b",
    re.IGNORECASE,
)

#: A date that names another event, right before its noun: "its October 7 attack", "the
#: 2014 war", "the June 13 strikes" (a date written as a modifier: see names_an_event).
NAMES_AN_EVENT = re.compile(
    # (the words of a noun phrase only: "agreed on Tuesday to halt strikes" is dated)
    r"(?:['’]s)?\s+(?:(?!(?:to|the|a|an|on|in|of|and|or|for|with|by|at|its|their|his|her"
    r"|that|which|who|ending|ended|ends|end|halt|halting|stop|stopping)\b)[\w-]+\s+){0,2}?"
    r"(?:attacks?|assaults?|raids?|offensive|massacres?"
    r"|onslaught|incursions?|invasion|rampage|bombings?|strikes?|war|uprising|coup|killings?)\b",
    re.IGNORECASE,
)

_ADVERBIAL_DATE = re.compile(
    r"(?:on|in|since|until|by|from|before|after|during|through|at|earlier|later|last|next"
    r"|this)\b",
    re.IGNORECASE,
)


def names_an_event(text: str, phrase: str, end: int) -> bool:
    """Whether a date phrase ending at ``end`` names another event as the modifier of
    its noun ("since its October 7 attack"), not the day of what the sentence tells
    ("agreed on Monday to halt attacks")."""
    return not _ADVERBIAL_DATE.match(phrase) and NAMES_AN_EVENT.match(text, end) is not None


#: A date that is not the day a step was taken: when it starts or ends ("the truce
#: will take effect on Monday", "expires on Friday").
NOT_STEP_DATE = re.compile(
    r"\b(?:(?:take|takes|took|taking|taken|come|comes|came|coming|go|goes|went|going|enter"
    r"|enters|entered|entering)\s+(?:into\s+)?(?:effect|force)|expires?|expired|ends?|ended"
    # ("went into effect at noon on Friday (Oct 10)": the date in brackets too)
    r"|lapses?|lapsed|runs?\s+(?:until|through|out))\s+(?:[^\s;]+\s+){0,8}?\(?$",
    re.IGNORECASE,
)


# Asked only yes or no (see CaseBlind).
_SAID_BEFORE_CB = CaseBlind(_SAID_BEFORE)
NOT_STEP_DATE_CB = CaseBlind(NOT_STEP_DATE)
OTHER_EVENT_CB = CaseBlind(OTHER_EVENT)


@lru_cache(maxsize=1024)
def said_before(text: str, folded: str, pos: int) -> bool:
    """Whether a verb of saying ends right before ``pos``: ``_SAID_BEFORE`` searched
    from the sentence's start, once for each date of a sentence rather than once for
    each date of each step in it."""
    return _SAID_BEFORE_CB.found(text, 0, pos, folded)


# Pure, and asked three times for each step (its status, participants, subject), each
# time scanning the sentence from its start: the answer is kept instead.
@lru_cache(maxsize=1024)
def _clause_span(text: str, pos: int) -> tuple[int, int]:
    """The stretch of the sentence around ``pos`` between strong clause breaks:
    "Egypt offered to host talks, but Israel said there were no plans"."""
    lo = 0
    for m in _STRONG_BREAK.finditer(text, 0, pos):
        lo = m.end()
    nxt = _STRONG_BREAK.search(text, pos)
    return lo, nxt.start() if nxt else len(text)


@lru_cache(maxsize=256)
def _all_matches(pattern: re.Pattern[str], text: str) -> tuple[list[int], list[re.Match[str]]]:
    """Every match of ``pattern`` in the sentence, as ``finditer`` finds them, and
    their starts."""
    found = list(pattern.finditer(text))
    return [m.start() for m in found], found


def search_from(pattern: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
    """``pattern.search(text, pos)``, answered from the sentence's matches found once
    rather than by a scan to the sentence's end for each step of it.

    The same answer: a scan from ``pos`` finds the first place at or after it where
    the pattern matches, with the same match there as the whole-sentence scan
    (both see the whole text). The whole-sentence scan found no match between the
    end of the match before ``pos`` and the next one; only when a match runs
    across ``pos`` may one start right after ``pos`` that it skipped: then scan."""
    starts, found = _all_matches(pattern, text)
    i = bisect_left(starts, pos)
    if i > 0 and found[i - 1].end() > pos:
        return pattern.search(text, pos)
    return found[i] if i < len(found) else None
