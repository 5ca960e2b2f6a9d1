"""Bytes -> text, for files whose encoding nobody wrote down.

Order of trust: a byte-order mark, then UTF-8 (most files), then Windows-1252
(the usual non-UTF-8 encoding of English news text, and a superset of
Latin-1 for printable text), then charset-normalizer's guess. Windows-1252
goes before the detector because the detector, on a short article, often
picks a rarer code page (cp1250, cp775) and turns "é" and curly quotes into
other letters; it is only accepted when the result looks like Western text.
"""

from __future__ import annotations

import codecs
import unicodedata

from briefings.errors import ArticleError

BINARY = "looks like a binary file, not an article; remove it or convert it to text"
UNDECODABLE = "cannot tell which text encoding this file uses; save it as UTF-8 and try again"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 8192  # bytes looked at for NULs: enough for any header, cheap on big files


def decode(path: str, data: bytes, *, declared: str | None = None) -> str:
    """The text of ``data``; ArticleError if it is binary or undecodable.

    ``declared`` is an encoding the file names itself (an HTML meta charset),
    tried right after the byte-order mark.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(path, _try(data, encoding))
    if b"\x00" in data[:_SNIFF]:
        raise ArticleError(path, BINARY)
    for encoding in filter(None, (declared, "utf-8")):
        text = _try(data, encoding)
        if text is not None:
            return _checked(path, text)
    text = _try(data, "cp1252")
    if text is not None and _looks_western(text):
        return _checked(path, text)
    text = _detect(data)
    if text is None:
        raise ArticleError(path, UNDECODABLE if _mostly_ascii(data) else BINARY)
    return _checked(path, text)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else str(best)


def _looks_western(text: str) -> bool:
    """Mostly ASCII, with the odd accented letter or typographic quote.

    Cyrillic or Greek text read as Windows-1252 comes out as runs of
    accented capitals; those files are left to the detector.
    """
    letters = sum(1 for ch in text if ch.isalpha())
    foreign = sum(1 for ch in text if ord(ch) > 127 and ch.isalpha())
    return letters > 0 and foreign / letters < 0.2


def _mostly_ascii(data: bytes) -> bool:
    sample = data[:_SNIFF]
    printable = sum(1 for b in sample if 32 <= b < 127 or b in (9, 10, 13))
    return printable >= 0.7 * len(sample)


def _control(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\t\n\r\f"


def _checked(path: str, text: str | None) -> str:
    """Reject text that decoded but is mostly control characters: a binary file."""
    if text is None:
        raise ArticleError(path, BINARY)
    sample = text[:_SNIFF]
    junk = sum(1 for ch in sample if ch == "\ufffd" or _control(ch))
    if sample and junk / len(sample) > 0.05:
        raise ArticleError(path, BINARY)
    return text.lstrip("\ufeff")
