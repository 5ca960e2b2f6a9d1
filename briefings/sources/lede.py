"""A stand-in headline for an article saved without one: its first sentence, shortened.

lede_title("PORT VELL — The number of ships turned away from the harbour since the storm "
           "began has risen to 40, while 12 more were told to wait at sea, the harbour "
           "master said on Sunday.")
    -> "The number of ships turned away from the harbour since the storm began has risen to 40"
"""

from __future__ import annotations

import re

from briefings.nlp.sentences import split_sentences

#: The longest stand-in headline, in characters.
MAX_CHARS = 140
# A dateline or place before the story: "PORT VELL —", "Port Vell —",
# "NORDA (Example Wire) -", "Dalmi (Northland):".
_PLACE = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?:,\s+[A-Z][\w ]{2,30}?)?"
    r"(?:\s*\([^()\n]{2,40}\)\s*[—–:-]{1,2}|\s*[—–]|\s+-{1,2})\s+"
)
# Where a long sentence may be cut: at a clause break before a word that opens a
# second clause ("..., while 2,091 were injured"), not inside an apposition
# ("Jane Roe, the minister, said ...").
_CLAUSE = re.compile(
    r"(?:,|;|\s[—–])\s+(?=(?:while|as|after|before|but|and|which|who|where|when|amid|despite"
    r"|according|with|including|in\s+a)\b)"
)
_MIN_CLAUSE = 60
# An opening quotation mark left without its end by a cut.
_OPEN_QUOTE = re.compile(r"\s[\"“‘'][^\"”’']*$")


def lede_title(body: str) -> str | None:
    """The first sentence of ``body`` as a headline, cut at a clause if it is long."""
    first = body.lstrip().partition("\n")[0].strip()
    # A first sentence runs well within this; a run-on line need not be split whole.
    first = _PLACE.sub("", first[: 4 * MAX_CHARS], count=1)
    sentences = split_sentences(first)
    if not sentences:
        return None
    sentence = sentences[0].text.rstrip()
    if sentence.endswith(".") and not sentence.endswith(".."):
        sentence = sentence[:-1]
    return _shortened(sentence)


def _shortened(sentence: str) -> str:
    if len(sentence) <= MAX_CHARS:
        return sentence
    cuts = [m.start() for m in _CLAUSE.finditer(sentence, 0, MAX_CHARS) if m.start() >= _MIN_CLAUSE]
    if cuts:
        return sentence[: cuts[-1]].rstrip()
    words = sentence[:MAX_CHARS].rsplit(" ", 1)[0]
    return _OPEN_QUOTE.sub("", words).rstrip(",;: ") + " …"
