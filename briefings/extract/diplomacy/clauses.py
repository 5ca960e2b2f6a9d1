"""Where a step's clause starts and ends, for its status and participants: strong
breaks ("but", "while", ";") part the sides of "Egypt offered to host talks, but
Israel said there were no plans"."""

from __future__ import annotations

import re
from functools import lru_cache

from briefings.nlp.folding import CaseBlind
from briefings.nlp.vocabulary import REPORTING, alternation

_STRONG_BREAK = re.compile(r";|,\s*(?:but|while|whereas|although|though)\b|\s+but\s+")
_SAID_BEFORE = re.compile(
    rf"\b(?:{alternation(REPORTING)}|told\s+(?:reporters|journalists))\s+$", re.IGNORECASE
)

#: A date behind one of these words dates another event: "the first talks since the
#: fighting broke out on April 15", "after the meeting on Monday".
OTHER_EVENT = re.compile(r"\b(?:after|before|since|when|until)\b", re.IGNORECASE)

#: A date that is not the day a step was taken: when it starts or ends ("the truce
#: will take effect on Monday", "expires on Friday").
NOT_STEP_DATE = re.compile(
    r"\b(?:(?:take|takes|took|taking|taken|come|comes|came|coming|go|goes|went|going|enter"
    r"|enters|entered|entering)\s+(?:into\s+)?(?:effect|force)|expires?|expired|ends?|ended"
    r"|lapses?|lapsed|runs?\s+(?:until|through|out))\s+(?:[^\s;]+\s+){0,8}?$",
    re.IGNORECASE,
)


# Asked only yes or no (see CaseBlind).
_SAID_BEFORE_CB = CaseBlind(_SAID_BEFORE)
NOT_STEP_DATE_CB = CaseBlind(NOT_STEP_DATE)


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
