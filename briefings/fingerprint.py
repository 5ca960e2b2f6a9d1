"""A digest of source files and library versions: what the store keys reused work on.

Facts are reused only from the same extraction code (``extract/version.py``), a whole
brief only from the same code of the package (``incremental.py``); both hash their
files' paths and bytes and the versions of the libraries whose answers they keep.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path


def code_digest(files: Iterable[Path], root: Path, libraries: Iterable[str], salt: str = "") -> str:
    """sha256 of ``salt``, each file's path (relative to ``root``) and bytes, and each
    library's installed version ('-' when it is not installed)."""
    digest = hashlib.sha256(salt.encode())
    for path in files:
        digest.update(str(path.relative_to(root)).encode())
        try:
            digest.update(path.read_bytes())
        except OSError:  # pragma: no cover (a package without its sources)
            digest.update(b"?")
    for name in libraries:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}".encode())
    return digest.hexdigest()
