"""Atomic output: a brief is either written whole or not at all.

Each file is written to a temporary sibling, flushed to disk and then moved
over the target with ``os.replace``, which is atomic on POSIX and Windows.
A reader never sees half a PDF, and a failed run leaves the last good brief.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from briefings.errors import OutputError


def write_atomic(path: Path, data: bytes | str) -> Path:
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
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
    return [write_atomic(path, data) for path, data in files.items()]
