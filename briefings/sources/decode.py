"""Bytes -> text, for files whose encoding nobody wrote down.

Order of trust: a byte-order mark, then UTF-16 without one (every other byte
NUL), then UTF-8 (most files), then UTF-8 with a few bad bytes (a file pasted
together), then Windows-1252 (the usual non-UTF-8 encoding of English news
text, and a superset of Latin-1 for printable text), then charset-normalizer's
guess. Windows-1252 goes before the detector because the detector, on a short
article, often picks a rarer code page (cp1250, cp775) and turns "é" and curly
quotes into other letters; it is only accepted when the result looks like
Western text. The last two guesses of the list are told to the user as a note
(``notes``): a guessed encoding may have turned some letters into others.
"""

from __future__ import annotations

import codecs
import unicodedata

from briefings.errors import ArticleError
from briefings.models import Note

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


def decode(
    path: str, data: bytes, *, declared: str | None = None, notes: list[Note] | None = None
) -> str:
    """The text of ``data``; ArticleError if it is binary or undecodable.

    ``declared`` is an encoding the file names itself (an HTML meta charset),
    tried right after the byte-order mark. A guess the user should check is
    added to ``notes``.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(path, _try(data, encoding))
    if b"\x00" in data[:_SNIFF]:
        wide = _utf16_without_bom(data)
        if wide is None:
            raise ArticleError(path, BINARY)
        return _checked(path, _try(data, wide))
    for encoding in filter(None, (declared, "utf-8")):
        text = _try(data, encoding)
        if text is not None:
            return _checked(path, text)
    text = _mostly_utf8(data)
    if text is not None:
        bad = text.count("\ufffd")
        _note(
            notes,
            path,
            f"{bad} byte{'s are' if bad != 1 else ' is'} not valid UTF-8 and "
            f"{'were' if bad != 1 else 'was'} replaced by '\ufffd'; check the file's encoding "
            "or save it as UTF-8",
        )
        return _checked(path, text)
    text = _try(data, "cp1252")
    if text is not None and _looks_western(text):
        return _checked(path, text)
    found = _detect(data)
    if found is None:
        raise ArticleError(path, UNDECODABLE if _mostly_ascii(data) else BINARY)
    text, encoding = found
    checked = _checked(path, text)
    _note(
        notes,
        path,
        f"not UTF-8 text; its encoding was guessed as {encoding}, so some characters may be "
        "wrong; save the file as UTF-8",
    )
    return checked


def _note(notes: list[Note] | None, path: str, message: str) -> None:
    if notes is not None:
        notes.append(Note(path, message))


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the NULs fall on every other byte, as they do
    in UTF-16 text of Latin letters (and in no binary format worth reading)."""
    sample = data[: _SNIFF - _SNIFF % 2]
    if len(sample) < 4:
        return None
    pairs = len(sample) // 2
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= 0.6 * pairs and even <= 0.02 * pairs:
        return "utf-16-le"
    if even >= 0.6 * pairs and odd <= 0.02 * pairs:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few bad bytes (at most 1 in 200 characters), when the file also
    holds well-formed UTF-8 beyond ASCII: a UTF-8 file with a stray byte pasted in,
    which Windows-1252 would turn into "â€™" everywhere."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    wide = sum(1 for ch in text if ord(ch) > 127) - bad
    if wide == 0 or bad > max(1, len(text) // 200):
        return None
    return text


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else (str(best), best.encoding)


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
