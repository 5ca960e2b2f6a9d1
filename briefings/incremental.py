"""What a run can skip because the history store already has it.

- ``--since``: files unchanged since an earlier brief are not read again, and of
  the articles read only those first seen after that brief are kept;
- facts: an article already extracted (same content, extractor and actors) is
  not extracted again, its facts come from the store;
- the PDF: the same HTML through the same renderer gives the same PDF, so a PDF
  on disk whose bytes the store vouches for is used instead of laying it out again.

Each is exact: the facts, the brief and the PDF are the ones a run without the
store makes (``tests/test_incremental.py`` checks this).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefings import __version__
from briefings.config import Config
from briefings.errors import NoBriefError
from briefings.facts_json import article_facts_from_json, article_facts_to_json
from briefings.models import Article, Facts, Note, Problem
from briefings.store import BriefRecord, Store, actors_hash, anchor

if TYPE_CHECKING:
    from briefings.executor import Executor


@dataclass(frozen=True)
class Since:
    """The point ``--since`` counts from: articles first seen in a later run are new."""

    value: str  # as given: 'last' or 'YYYY-MM-DD'
    words: str  # 'the brief of 2030-06-10', for messages
    run: int
    brief: BriefRecord | None  # the brief it names, if any


def resolve_since(store: Store, series: str, as_of: dt.date, value: str) -> Since:
    """``last``: the latest brief of this config dated before ``as_of``.
    ``YYYY-MM-DD``: the brief of that date, or, when there is none, the start of that day."""
    if value == "last":
        brief = store.previous_brief(series, as_of.isoformat())
        if brief is None:
            raise NoBriefError(
                f"--since last: the store {store.path} has no brief of this config dated "
                f"before {as_of.isoformat()}; make one without --since first"
            )
        return Since(value, f"the brief of {brief.as_of}", brief.run, brief)
    day = dt.date.fromisoformat(value)
    brief = store.brief_of(series, value)
    if brief is not None:
        return Since(value, f"the brief of {brief.as_of}", brief.run, brief)
    midnight = dt.datetime.combine(day, dt.time()).astimezone(dt.UTC)
    stamp = midnight.replace(tzinfo=None).isoformat() + "Z"
    return Since(value, f"the start of {value}", store.last_run_before(stamp), None)


def file_stats(files: Sequence[Path]) -> list[tuple[str, int, int]]:
    out = []
    for f in files:
        try:
            st = f.stat()
        except OSError:
            continue  # reading it will report the problem
        out.append((str(f), st.st_size, st.st_mtime_ns))
    return out


def unseen_files(store: Store, files: Sequence[Path], since: Since) -> list[Path]:
    """The files not read, as they are now, in a run up to ``since``."""
    stats = {path: (size, mtime) for path, size, mtime in file_stats(files)}
    seen = store.seen_files(list(stats))
    fresh = []
    for f in files:
        mark = seen.get(str(f))
        now = stats.get(str(f))
        if mark is None or now is None or (mark.size, mark.mtime_ns) != now:
            fresh.append(f)
        elif mark.seen_run > since.run:
            fresh.append(f)
    return fresh


@dataclass(frozen=True)
class Reused:
    """How a run's facts were had: from the store, or extracted now."""

    reused: int
    extracted: int


_Found = tuple[list, list, list, list]


def extract_reusing(
    articles: list[Article],
    hashes: Sequence[str],
    config: Config,
    as_of: dt.date,
    store: Store,
    *,
    executor: Executor | None = None,
) -> tuple[Facts, Reused]:
    """``extract_facts(articles, config, as_of=as_of, executor=executor)``, taking each
    article's facts from the store when they are there and storing the ones extracted now.

    Facts are per article and come back in article order either way, so the
    result is the same ``Facts`` an extraction of every article gives."""
    from briefings.extract import extract_facts
    from briefings.extract.version import extractor_fingerprint

    extractor, actors = extractor_fingerprint(), actors_hash(config.actors)
    keys = [(h, anchor(a, as_of.isoformat())) for a, h in zip(articles, hashes, strict=True)]
    stored = store.load_facts(keys, extractor, actors)
    missing = [a for a, k in zip(articles, keys, strict=True) if k not in stored]
    fresh: dict[str, _Found] = {}
    failed: dict[str, Problem] = {}
    noted: dict[str, list[str]] = {}  # what extraction noted of an article, kept with its facts
    if missing:
        found = extract_facts(missing, config, as_of=as_of, executor=executor)
        fresh = {a.id: ([], [], [], []) for a in missing}
        kinds: tuple[list, ...] = (
            found.casualties,
            found.statements,
            found.diplomacy,
            found.ground,
        )
        for n, kind in enumerate(kinds):
            for fact in kind:
                fresh[fact.evidence.article_id][n].append(fact)
        failed = {p.path: p for p in found.problems}
        for note in found.notes:
            noted.setdefault(note.path, []).append(note.message)
    facts = Facts(as_of=as_of.isoformat(), articles=list(articles))
    rows: list[tuple[str, str, str]] = []
    for article, key in zip(articles, keys, strict=True):
        if key in stored:
            doc = json.loads(stored[key])
            parts: _Found = article_facts_from_json(doc, article.id)
            facts.notes += [Note(article.path, m) for m in doc.get("notes", [])]
        elif article.path in failed:
            facts.problems.append(failed[article.path])  # not stored: tried again next time
            continue
        else:
            parts = fresh[article.id]
            doc = article_facts_to_json(*parts)
            if article.path in noted:
                doc["notes"] = noted[article.path]
                facts.notes += [Note(article.path, m) for m in noted[article.path]]
            rows.append((key[0], key[1], json.dumps(doc, ensure_ascii=False)))
        facts.casualties += parts[0]
        facts.statements += parts[1]
        facts.diplomacy += parts[2]
        facts.ground += parts[3]
    store.save_facts(rows, extractor, actors)
    return facts, Reused(reused=len(articles) - len(missing), extracted=len(missing))


# -- the PDF ------------------------------------------------------------------------


def renderer_fingerprint(config: Config) -> str:
    """What turns an HTML into a PDF besides the HTML: briefings and WeasyPrint, and the
    files in the template folders a template may load (stylesheets, images, fonts)."""
    from importlib.metadata import version

    from briefings import render
    from briefings.render.templates import search_path

    # WeasyPrint's version from its metadata: importing it takes most of a second, and a
    # warm run that reuses the PDF never lays one out
    digest = hashlib.sha256(f"briefings {__version__} weasyprint {version('weasyprint')}".encode())
    digest.update((Path(render.__file__).parent / "pdf.py").read_bytes())
    for folder in search_path(config):
        if not folder.is_dir():
            continue
        for f in sorted(p for p in folder.rglob("*") if p.is_file()):
            st = f.stat()
            digest.update(f"{f.relative_to(folder)} {st.st_size} {st.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:32]


def sha256(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def reusable_pdf(store: Store, html_sha256: str, renderer: str) -> bytes | None:
    """A PDF made earlier from this same HTML, if one is still on disk unchanged."""
    for candidate in store.pdfs_of_html(html_sha256, renderer):
        try:
            data = Path(candidate.path).read_bytes()
        except OSError:
            continue
        if sha256(data) == candidate.sha256:
            return data
    return None
