"""Command-line paths -> the list of files to read.

Files are taken as given; folders are read recursively for files with a
known extension; anything with ``*``, ``?`` or ``[`` that is not an existing
path is a glob. A path that matches nothing is an error the user must fix
now, not a silent empty brief.
"""

from __future__ import annotations

import glob
from collections.abc import Sequence
from pathlib import Path

from briefings.errors import SourceError


def collect(paths: Sequence[str | Path], extensions: set[str]) -> list[Path]:
    """Every file named by ``paths``, sorted and without repeats."""
    files: set[Path] = set()
    for raw in paths:
        text = str(raw)
        path = Path(text).expanduser()
        if path.exists():
            files.update(_expand(path, extensions))
        elif any(ch in text for ch in "*?["):
            matches = sorted(glob.glob(str(path), recursive=True))
            if not matches:
                raise SourceError(
                    f"{text}: no files match this pattern; check the pattern and the folder it "
                    "names, or quote it so the shell does not expand it"
                )
            for match in matches:
                files.update(_expand(Path(match), extensions))
        else:
            raise SourceError(
                f"{text}: no such file or folder; check the path "
                f"(relative paths start from {Path.cwd()})"
            )
    return sorted(files, key=str)


def _expand(path: Path, extensions: set[str]) -> list[Path]:
    if not path.is_dir():
        return [path]  # named explicitly: an unknown extension is reported, not ignored
    return [
        p
        for p in path.rglob("*")
        if p.is_file()
        and p.suffix.lower().lstrip(".") in extensions
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
    ]
