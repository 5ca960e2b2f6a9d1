"""Atomic output: a brief is either written whole or not at all.

Each file is written to a temporary sibling, flushed to disk and then moved
over the target with ``os.replace``, which is atomic on POSIX and Windows.
A reader never sees half a PDF, and a failed run leaves the last good brief.

``os.replace`` swaps out whatever the target is, so it is only used over a
regular file or a new path: a device, a named pipe, a folder or a symbolic
link at the target is refused rather than replaced by a regular file.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

from briefings.errors import OutputError
from briefings.paths import kind as _kind


def check_target(path: Path) -> None:
    """Refuse a target that is there and is not a regular file (links are not followed)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError(
            f"{path}: cannot be checked ({exc.strerror}); choose another path"
        ) from None
    if not stat.S_ISREG(mode):
        raise OutputError(
            f"{path}: is {_kind(mode)}, not a regular file; briefings only replaces regular "
            "files, so give the path of a new or regular file"
        )


def is_stdout(path: Path) -> bool:
    """Whether ``path`` is '-' or names this process's standard output (/dev/stdout)."""
    if str(path) == "-":
        return True
    try:
        return os.path.samestat(os.stat(path), os.fstat(sys.stdout.fileno()))
    except (OSError, ValueError, AttributeError):
        return False


def _folder(path: Path) -> None:
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(
            f"{folder}: is not a folder; choose an output folder with --out"
        ) from None
    except OSError as exc:
        raise OutputError(
            f"{folder}: cannot write here ({exc.strerror}); choose another folder with --out"
        ) from None


def write_atomic(path: Path, data: bytes | str) -> Path:
    payload = data.encode("utf-8") if isinstance(data, str) else data
    _folder(path)
    check_target(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise OutputError(
            f"{path.parent}: cannot write here ({exc.strerror}); choose another folder with --out"
        ) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        check_target(path)  # nothing else appeared there while we wrote
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write the file ({exc.strerror})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_all(files: dict[Path, bytes | str]) -> list[Path]:
    """Write every rendered file; rendering is done before anything is written."""
    for path in files:
        check_target(path)  # refuse before anything is replaced
    return [write_atomic(path, data) for path, data in files.items()]
