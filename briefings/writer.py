"""Atomic output: a brief is either written whole or not at all.

Each file is first written to a hidden sibling (``.NAME.PID.RANDOM.part``) and
flushed to disk; only when every file of the brief is there are they moved over
their targets with ``os.replace``, which is atomic on POSIX and Windows, one after
the other with SIGINT, SIGTERM and SIGHUP held back, so that an interrupt cannot
leave the HTML of one run beside the PDF of another. A reader never sees half a
PDF, and a failed or interrupted run leaves the last good brief. A run killed
outright (SIGKILL, power loss) can leave its ``.part`` files; the next run in that
folder removes those whose process is gone.

``os.replace`` swaps out whatever the target is, so it is only used over a
regular file or a new path: a device, a named pipe, a folder or a symbolic
link at the target is refused rather than replaced by a regular file.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from briefings.checkpoints import checkpoint
from briefings.errors import OutputError
from briefings.paths import kind as _kind

#: Our own temporary files: ".brief-2024-05-10.pdf.4242.k3j9x_2a.part".
_PART = re.compile(r"^\.(?P<name>.+\.(?:pdf|html|json))\.(?P<pid>\d+)\.[\w-]+\.part$")
_HELD = (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", signal.SIGTERM))


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


def check_folder(folder: Path) -> None:
    """Refuse an output folder that is, or lies under, something that is not a folder
    (a device, a pipe, a file): said before the work, not after it."""
    path = folder
    while True:
        try:
            mode = os.stat(path).st_mode
        except (FileNotFoundError, NotADirectoryError):
            if path.parent == path:
                return
            path = path.parent  # not there yet: what holds it decides
            continue
        except OSError as exc:
            raise OutputError(
                f"{path}: cannot be checked ({exc.strerror}); choose an output folder with --out"
            ) from None
        if stat.S_ISDIR(mode):
            return
        raise OutputError(
            f"{path}: is {_kind(mode)}, not a folder; choose an output folder with --out"
        )


def is_stdout(path: Path) -> bool:
    """Whether ``path`` is '-' or names this process's standard output (/dev/stdout)."""
    if str(path) == "-":
        return True
    try:
        return os.path.samestat(os.stat(path), os.fstat(sys.stdout.fileno()))
    except (OSError, ValueError, AttributeError):
        return False


def _folder(folder: Path) -> None:
    check_folder(folder)
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


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: not ours to judge
    return True


def clean_stale_parts(folder: Path) -> list[Path]:
    """Remove the ``.part`` files a killed run of briefings left in ``folder``: ours
    by their name, stale because the process that wrote them is gone."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        m = _PART.match(entry.name)
        if not m or _alive(int(m["pid"])):
            continue
        try:
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _write_part(path: Path, payload: bytes) -> Path:
    try:
        fd, tmp = tempfile.mkstemp(
            prefix=f".{path.name}.{os.getpid()}.", suffix=".part", dir=path.parent
        )
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
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write the file ({exc.strerror})") from None
        raise
    return Path(tmp)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold back SIGINT, SIGTERM and SIGHUP (delivered when the block ends)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_all(files: dict[Path, bytes | str]) -> list[Path]:
    """Write every rendered file, or none: all to ``.part`` files first, then all moved
    into place at once (rendering is done before anything is written)."""
    for path in files:
        check_target(path)  # refuse before anything is replaced
    for folder in dict.fromkeys(path.parent for path in files):
        _folder(folder)
        clean_stale_parts(folder)
    parts: dict[Path, Path] = {}
    try:
        for path, data in files.items():
            payload = data.encode("utf-8") if isinstance(data, str) else data
            parts[path] = _write_part(path, payload)
        checkpoint("writing")
        with _signals_held():
            for path in parts:
                check_target(path)  # nothing else appeared there while we wrote
            for path, part in list(parts.items()):
                try:
                    os.replace(part, path)
                except OSError as exc:
                    raise OutputError(f"{path}: cannot write the file ({exc.strerror})") from None
                del parts[path]
            for folder in dict.fromkeys(path.parent for path in files):
                _sync_folder(folder)
    finally:
        for part in parts.values():
            part.unlink(missing_ok=True)
    return list(files)


def write_atomic(path: Path, data: bytes | str) -> Path:
    """One file, atomically (``write_all`` of one)."""
    write_all({path: data})
    return path
