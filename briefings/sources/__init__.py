"""Read articles from files, folders and globs: the first stage of the pipeline.

    result = read_articles(["news/", "extra.html"], default_year=2020)
    result.articles   # [Article(id="a1", ...), ...], duplicates folded
    result.problems   # [Problem(path, message), ...], each file or record skipped

Formats (one reader per extension, see ``registry.py``): .txt/.md (with
optional YAML front matter), .html/.htm, .json/.jsonl, .xml/.rss/.atom feeds.
A file with several articles gives them paths ``file:LINE`` (JSON Lines) or
``file#N`` (JSON lists, feed entries). Whatever the format, each article's title,
outlet and publication date are settled in one place, ``processors.py``.

Ids are "a1", "a2", ... in sorted path order, then order within a file. A
JSON record that carries its own ``id`` keeps it (evaluation sets such as
FA-KES are scored by their ids), unless another article already has it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from briefings.checkpoints import checkpoint
from briefings.errors import ArticleError, SourceError
from briefings.models import Article, Note, Problem
from briefings.paths import NotRegular, kind, read_regular
from briefings.sources.collect import collect
from briefings.sources.dedupe import fold
from briefings.sources.registry import BaseReader, Item, Readers, known_extensions

__all__ = ["ReadResult", "read_articles"]

NOT_REGULAR = "not a regular file; only regular files are read as articles"


@dataclass
class ReadResult:
    articles: list[Article]
    problems: list[Problem]
    #: Inputs that were read, with something the user should know (``models.Note``).
    notes: list[Note] = field(default_factory=list)


def read_articles(paths: Sequence[str | Path], *, default_year: int | None = None) -> ReadResult:
    """Read, de-duplicate and number the articles in ``paths``.

    Raises SourceError if a path does not exist, a glob matches nothing, or
    no article at all could be read. A bad file or record is a Problem and
    the rest is still read.
    """
    extensions = known_extensions()
    files = collect(paths, extensions)
    readers = Readers(default_year)
    drafts: list[Article] = []
    problems: list[Problem] = []
    notes: list[Note] = []
    for file in files:
        path = str(file)
        reader = readers.for_path(file)
        if reader is None:
            problems.append(Problem(path, _unknown_type(file, extensions)))
            continue
        try:
            items = _read_file(reader, path, file)
        except ArticleError as exc:
            problems.append(Problem(exc.path, exc.reason))
            continue
        except NotRegular as exc:
            problems.append(Problem(path, f"is {exc.kind}, {NOT_REGULAR}"))
            continue
        except OSError as exc:
            problems.append(Problem(path, f"cannot read the file ({exc.strerror})"))
            continue
        for item in items:
            if isinstance(item, Problem):
                problems.append(item)
            elif isinstance(item, Note):
                notes.append(item)
            else:
                drafts.append(item)
    articles = _number(fold(drafts))
    if not articles:
        raise SourceError(_nothing_read(paths, files, problems, extensions))
    return ReadResult(articles=articles, problems=problems, notes=notes)


def _read_file(reader: BaseReader, path: str, file: Path) -> list[Item]:
    """The items of one file: read whole, or a large one a bit at a time (JSON Lines)."""
    size = os.stat(file).st_size
    if not reader.streams(path, size):
        data = read_regular(file)
        checkpoint("reading")
        return reader.read(path, data)
    with open_regular(file) as handle:
        checkpoint("reading")
        return list(reader.read_stream(path, handle))


@contextmanager
def open_regular(path: Path) -> Iterator[BinaryIO]:
    """A regular file open for reading, checked as ``paths.read_regular`` checks it:
    neither a pipe nor a device is ever opened for reading and waited on."""
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise NotRegular(path, kind(os.stat(path).st_mode))
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegular(path, kind(mode))
        yield handle


def _number(articles: list[Article]) -> list[Article]:
    used: set[str] = set()
    numbered: list[Article] = []
    for n, article in enumerate(articles, start=1):
        ident = article.id if article.id and article.id not in used else f"a{n}"
        while ident in used:  # a given id "a7" could collide with a number
            ident += "'"
        used.add(ident)
        numbered.append(replace(article, id=ident))
    return numbered


def _unknown_type(file: Path, extensions: set[str]) -> str:
    known = ", ".join(f".{e}" for e in sorted(extensions))
    kind = f"'{file.suffix}'" if file.suffix else "without an extension"
    return f"unknown file type {kind}; articles must be one of {known}: rename or remove it"


def _nothing_read(
    paths: Sequence[str | Path], files: list[Path], problems: list[Problem], extensions: set[str]
) -> str:
    named = ", ".join(str(p) for p in paths) or "(no paths)"
    if not files:
        known = ", ".join(f".{e}" for e in sorted(extensions))
        return f"no articles in {named}: no files with a known extension ({known}) were found"
    lines = "\n".join(f"  - {p.path}: {p.message}" for p in problems[:20])
    more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
    return f"no articles could be read from {named}:\n{lines}{more}"
