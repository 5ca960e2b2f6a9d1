"""Text from articles made harmless to show: no control characters, and direction
controls that cannot reach past the text they came in.

Articles are read by strangers' tools: a BEL, an ESC sequence or a backspace in one
must not reach a terminal, an HTML page or a PDF, and a right-to-left override
(U+202E) must not reverse the brief's own words after it. Readers strip controls
(``strip_controls``); the renderer passes every value it prints through
``for_display``, which also closes every embedding, override and isolate a value
opens and isolates a value with right-to-left text or direction controls between
U+2068 (first strong isolate) and U+2069 (pop directional isolate), the plain-text
form of HTML's ``<bdi>``, so that it is laid out on its own (attributes included).
"""

from __future__ import annotations

import re

#: C0 controls but tab, newline, carriage return, form feed and vertical tab
#: (whitespace), DEL, C1 controls, lone surrogates (from JSON escapes such as
#: "\ud800", unwritable as UTF-8) and the two non-characters U+FFFE and U+FFFF.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_WHITESPACE_CONTROLS = re.compile("[\x0b\x0c]")

_EMBED = "\u202a\u202b\u202d\u202e"  # LRE, RLE, LRO, RLO: closed by PDF
_PDF = "\u202c"
_ISOLATE = "\u2066\u2067\u2068"  # LRI, RLI, FSI: closed by PDI
_PDI = "\u2069"
_FSI = "\u2068"
#: Direction controls, and letters of right-to-left scripts (Hebrew, Arabic, Syriac,
#: Thaana, N'Ko, Samaritan, Mandaic and their presentation forms, RTL supplementary).
_NEEDS_ISOLATION = re.compile(
    "[\u202a-\u202e\u2066-\u2069\u200f\u061c"
    "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def strip_controls(text: str) -> str:
    """``text`` without control characters; whitespace controls and line breaks stay."""
    return _CONTROLS.sub("", text)


def balance_direction(text: str) -> str:
    """Drop direction closers that close nothing and close what is left open, so
    that no embedding, override or isolate reaches past the end of ``text``."""
    stack: list[str] = []
    out: list[str] = []
    for ch in text:
        if ch in _EMBED:
            stack.append(_PDF)
        elif ch in _ISOLATE:
            stack.append(_PDI)
        elif ch == _PDF:
            if not stack or stack[-1] != _PDF:
                continue  # closes nothing open here (or would cut through an isolate)
            stack.pop()
        elif ch == _PDI:
            if _PDI not in stack:
                continue
            while stack.pop() != _PDI:  # a PDI also ends the embeddings inside its isolate
                out.append(_PDF)
        out.append(ch)
    out.extend(reversed(stack))
    return "".join(out)


def for_display(text: str) -> str:
    """``text`` ready to be shown among the brief's own words (see the module doc)."""
    text = _WHITESPACE_CONTROLS.sub(" ", strip_controls(text))
    if not _NEEDS_ISOLATION.search(text):
        return text
    return _FSI + balance_direction(text) + _PDI
