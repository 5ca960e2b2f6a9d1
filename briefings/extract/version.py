"""Which extractor made a set of facts: the key under which the store keeps them.

``EXTRACTOR_VERSION`` is bumped by hand when the facts change for a reason the code
below cannot see (a rule table moved out of the package, say). Besides it, the
fingerprint hashes the source of everything that decides the facts (extraction,
the language helpers, the records) and the versions of the libraries they call,
so facts stored by an older extractor are never reused by a newer one, even when
nobody remembered to bump the number.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from briefings.fingerprint import code_digest

#: Bump when extraction changes in a way the fingerprint of the code cannot see.
EXTRACTOR_VERSION = 1

#: The libraries whose answers end up in the facts.
LIBRARIES = ("dateparser", "text2num", "pycountry")


def _sources() -> list[Path]:
    package = Path(__file__).resolve().parents[1]
    files = [package / "models.py"]
    for folder in ("extract", "nlp"):
        files += (package / folder).rglob("*.py")
    return sorted(files)


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """'1-3f2a9c...': the version and a digest of the code and libraries behind it."""
    package = Path(__file__).resolve().parents[1]
    return f"{EXTRACTOR_VERSION}-{code_digest(_sources(), package, LIBRARIES)[:16]}"
