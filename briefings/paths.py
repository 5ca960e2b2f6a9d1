"""What a path is, in words, and how to print one safely.

Shared by the readers (which read only regular files), the writer (which
replaces only regular files) and the messages that name paths.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from pathlib import Path

_KINDS = (
    (stat.S_ISREG, "a file"),
    (stat.S_ISLNK, "a symbolic link"),
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
)


def kind(mode: int) -> str:
    """'a named pipe (FIFO)', 'a device', 'a file', ... for a file mode."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


class NotRegular(OSError):
    """The path is there but is not a regular file (``kind`` says what it is)."""

    def __init__(self, path: str | Path, kind: str) -> None:
        super().__init__(f"{path}: is {kind}")
        self.kind = kind


def read_regular(path: str | Path) -> bytes:
    """The bytes of a regular file; NotRegular for a pipe, device, socket or folder.

    The path is checked before it is opened (opening a device can have effects),
    and opened without blocking, so a pipe swapped in between is refused too,
    never waited on.
    """
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise NotRegular(path, kind(mode))
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegular(path, kind(mode))
        return handle.read()


def link_problem(path: Path) -> str | None:
    """Why a symbolic link cannot be followed (a loop, a missing target), if it is one."""
    if not path.is_symlink():
        return None
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == getattr(os, "ELOOP", 40):
            return "is a symbolic link that leads back to itself (a loop)"
        return f"is a symbolic link to {os.readlink(path)}, which does not exist"
    return None


#: Characters that steer a terminal or reorder text: C0/C1 controls, bidi controls.
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: str, *, keep_newlines: bool = True) -> str:
    """``text`` with terminal escapes and direction controls written out as ``\\x1b``,
    ``\\u202e``: a file name cannot recolour, retitle or reorder the user's terminal."""
    out = _UNPRINTABLE.sub(lambda m: _escape(m.group()), text)
    if not keep_newlines:
        out = out.replace("\n", "\\n")
    return "".join(ch if unicodedata.category(ch) != "Cs" else _escape(ch) for ch in out)
