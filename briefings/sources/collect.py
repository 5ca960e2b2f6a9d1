"""Command-line paths -> the list of files to read.

Files are taken as given; folders are read recursively for files with a
known extension; anything with ``*``, ``?`` or ``[`` that is not an existing
path is a glob. A path that matches nothing is an error the user must fix
now, not a silent empty brief.

Neither a folder nor a ``**`` glob follows symbolic links to folders, so a
link back up the tree (``self -> .``) cannot make the walk endless; a file
reached under two names is read once.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Sequence
from pathlib import Path

from briefings.errors import SourceError
from briefings.paths import link_problem


def collect(paths: Sequence[str | Path], extensions: set[str]) -> list[Path]:
    """Every file named by ``paths``, sorted and without repeats."""
    files: set[Path] = set()
    for raw in paths:
        text = str(raw)
        path = Path(text).expanduser()
        if path.exists():
            files.update(_expand(path, extensions))
        elif (problem := link_problem(path)) is not None:
            hint = (
                "point it at an article file or folder, or remove it"
                if "loop" in problem
                else "fix the link or remove it"
            )
            raise SourceError(f"{text}: {problem}; {hint}")
        elif glob.has_magic(text):
            matches = _glob(str(path))
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
    return _once(sorted(files, key=str))


def _once(files: list[Path]) -> list[Path]:
    """The first name of each file (in sorted order): a file linked or named twice is
    one article, not a duplicate to fold."""
    seen: set[str] = set()
    out: list[Path] = []
    for file in files:
        real = os.path.realpath(file)
        if real not in seen:
            seen.add(real)
            out.append(file)
    return out


def _glob(pattern: str) -> list[str]:
    """``glob.glob`` with ``**``, except that ``**`` never enters a linked folder.

    (``glob.glob(recursive=True)`` follows links to folders: two links to ``.``
    make it visit 2**40 paths before the kernel's depth limit stops it.)
    """
    parts = Path(pattern).parts
    if "**" not in parts:
        return sorted(glob.glob(pattern))
    cut = parts.index("**")
    head = str(Path(*parts[:cut])) if cut else ""
    rest = str(Path(*parts[cut:]))
    bases = sorted(glob.glob(head)) if glob.has_magic(head) else [head]
    found: list[str] = []
    for base in bases:
        root = Path(base or ".")
        if not root.is_dir():
            continue
        for match in root.glob(rest):  # pathlib's ** does not follow links to folders
            inside = match.relative_to(root)
            if any(part.startswith(".") for part in inside.parts):
                continue  # hidden, as glob.glob has it
            found.append(str(Path(base) / inside) if base else str(inside))
    return sorted(set(found))


def _expand(path: Path, extensions: set[str]) -> list[Path]:
    if not path.is_dir():
        return [path]  # named explicitly: an unknown extension is reported, not ignored
    # rglob does not follow links to folders; is_file() is False for a loop or a
    # link to nothing, so those are passed over like any other non-article.
    return [
        p
        for p in path.rglob("*")
        if p.is_file()
        and p.suffix.lower().lstrip(".") in extensions
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
    ]
