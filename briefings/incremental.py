"""What a run can skip because the history store already has it.

- ``--since``: files unchanged since an earlier brief are not read again, and of
  the articles read only those first seen after that brief are kept;
- facts: an article already extracted (same content, extractor and actors) is
  not extracted again, its facts come from the store;
- the PDF: the same HTML through the same renderer gives the same PDF, so a PDF
  on disk whose bytes the store vouches for is used instead of laying it out again;
- the whole brief: a brief is a function of its input files, the config, the as-of
  date, the code and the earlier brief it is compared with; when none of these
  changed since the store recorded a brief (``brief_key``) and that brief's files are
  on disk as written, ``generate`` takes them and reads, analyses and renders nothing.

Each is exact: the facts, the brief and the PDF are the ones a run without the
store makes (``tests/test_incremental.py`` checks this).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import stat
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefings import __version__
from briefings.config import Config
from briefings.errors import BriefingsError, NoBriefError
from briefings.facts_json import article_facts_from_json, article_facts_to_json
from briefings.fingerprint import code_digest
from briefings.models import Article, Facts, Note, Problem
from briefings.store import BriefKey, BriefRecord, Store, actors_hash, anchor, series_of

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


# -- the whole brief ----------------------------------------------------------------

#: Bump when what a brief is made from changes in a way ``brief_key`` cannot see.
BRIEF_KEY_VERSION = 1

#: The libraries whose answers end up in a brief: pyproject's dependencies and the
#: ones they read pages and dates with (``tests/test_incremental.py`` checks the list
#: against pyproject).
LIBRARIES = (
    "jinja2", "markupsafe", "weasyprint", "click", "pyyaml", "pydantic", "trafilatura",
    "htmldate", "justext", "lxml", "lxml_html_clean", "courlan", "feedparser",
    "charset-normalizer", "dateparser", "text2num", "pycountry",
)  # fmt: skip

#: An input changed this shortly before a run may change again within the same tick of
#: the file system's clock (a few milliseconds on ext4, two seconds on FAT) and keep its
#: size and modification time: those cannot vouch for its bytes, so its sha256 is kept
#: with the brief and compared before the brief is reused (git's "racily clean" files).
RACY_NS = 3_000_000_000


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of every module of briefings, the Python and the libraries it runs on:
    whatever reads, analyses, words or renders a brief."""
    package = Path(__file__).resolve().parent
    salt = f"{BRIEF_KEY_VERSION} {__version__} {sys.version}"
    return code_digest(sorted(package.rglob("*.py")), package, LIBRARIES, salt)


def _file_sha256(path: str) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def _input_stats(files: Sequence[Path], started_ns: int) -> tuple[list, dict[str, str]]:
    """Each input's stats as the key holds them, and the sha256 of the racy ones.

    The change time and inode are there besides size and modification time because a
    reader sees more than the bytes: a file made readable (chmod), or another file
    moved into its place with the same size and time, changes only those."""
    stats: list[list[Any]] = []
    racy: dict[str, str] = {}
    for f in files:
        path = str(f)
        try:
            st = os.stat(path)
        except OSError as exc:
            stats.append([path, exc.errno])  # reading it will report the problem
            continue
        stats.append([path, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_mode])
        if stat.S_ISREG(st.st_mode) and max(st.st_mtime_ns, st.st_ctime_ns) > (
            started_ns - RACY_NS
        ):
            racy[path] = _file_sha256(path) or "?"
    return stats, racy


def _compared_with(store: Store, config: Config, as_of: dt.date, since: Since | None) -> list:
    """The earlier briefs "Changes since" reads (``briefings.changes``): the base brief
    and, while one was made with --since, the one before it. Briefs are never changed
    once recorded, so their ids stand for their content."""
    base = since.brief if since is not None and since.brief is not None else None
    if base is None:
        base = store.previous_brief(series_of(config), as_of.isoformat())
    chain = []
    while base is not None:
        chain.append(base.id)
        if base.since is None:
            break
        base = store.previous_brief(base.series, base.as_of)
    return chain


@dataclass(frozen=True)
class Inputs:
    """What a brief would be made from, hashed (``key``), and the inputs' stats as the
    store's ``files`` table keeps them (noted by a run that reuses the brief)."""

    key: BriefKey
    files: list[tuple[str, int, int]] = field(default_factory=list)


def brief_key(
    config: Config,
    chosen: Sequence[str],
    as_of: dt.date,
    store: Store,
    since: str | None,
    targets: dict[str, Path],
) -> Inputs | None:
    """The key of the brief ``generate`` would make now, without reading any article:
    the stats of the files it would read, the config as loaded, the as-of date,
    ``--since``, the earlier briefs it would compare with, the code (briefings, its
    libraries, the templates and WeasyPrint) and where the files go.

    None when the run cannot get that far (no articles, --since with nothing new, a
    bad path): the run itself then says why, as it would without this.

    The extractor's fingerprint is not asked for: the code's covers its sources, its
    hand-bumped version among them, and asking would import the extractors."""
    from briefings.sources.collect import collect
    from briefings.sources.registry import known_extensions

    started_ns = time.time_ns()
    try:
        files = collect(chosen, known_extensions())
        since_point = None
        if since is not None:
            since_point = resolve_since(store, series_of(config), as_of, since)
            files = unseen_files(store, files, since_point)
            if not files:
                return None
    except BriefingsError:
        return None
    stats, racy = _input_stats(files, started_ns)
    doc = {
        "code": code_fingerprint(),
        "renderer": renderer_fingerprint(config),
        # the config as loaded, not its text: a comment or a reordered key changes no
        # brief; the email settings only where it goes
        "config": repr(replace(config, date=as_of, email=None)),
        "as_of": as_of.isoformat(),
        "chosen": list(chosen),
        "since": None
        if since_point is None
        else [since, since_point.run, since_point.brief.id if since_point.brief else None],
        "compared_with": _compared_with(store, config, as_of, since_point),
        "inputs": stats,
        "targets": {fmt: os.path.abspath(path) for fmt, path in sorted(targets.items())},
    }
    key = hashlib.sha256(json.dumps(doc, ensure_ascii=False).encode("utf-8")).hexdigest()
    seen = [(s[0], s[1], s[2]) for s in stats if len(s) > 2]
    return Inputs(BriefKey(key, racy), seen)


def reusable_brief(store: Store, inputs: Inputs) -> tuple[BriefRecord, BriefKey] | None:
    """The latest brief made from exactly these inputs whose racy inputs still have the
    bytes they had and whose files are on disk as they were written, if any."""
    for record, stored in store.briefs_of_key(inputs.key.key):
        if any(_file_sha256(path) != sha for path, sha in stored.racy.items()):
            continue
        if all(_file_sha256(f.path) == f.sha256 for f in record.files.values()):
            return record, stored
    return None


def run_report(facts: Facts, folded: int) -> dict[str, Any]:
    """What a run that reuses the brief reports again: counts, problems and notes."""
    return {
        "articles": len(facts.articles),
        "folded": folded,
        "problems": [[p.path, p.message] for p in facts.problems],
        "notes": [[n.path, n.message] for n in facts.notes],
    }


def reported_facts(report: dict[str, Any], as_of: dt.date) -> Facts:
    """The problems and notes of a recorded run, for a run that reuses its brief."""
    return Facts(
        as_of=as_of.isoformat(),
        articles=[],
        problems=[Problem(path, message) for path, message in report.get("problems", [])],
        notes=[Note(path, message) for path, message in report.get("notes", [])],
    )
