"""Extraction: articles -> facts (casualties, statements, diplomacy, ground events).

Rules over the config's actors, lexicons and sentence patterns; no model, so
the same input always gives the same facts and each one points to the
sentence it came from.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import replace

from briefings.checkpoints import checkpoint
from briefings.config import Config
from briefings.executor import Executor, LocalExecutor, default_executor
from briefings.extract.casualties import extract_casualties
from briefings.extract.context import ArticleContext
from briefings.extract.diplomacy import extract_diplomacy
from briefings.extract.ground import belligerents, extract_ground
from briefings.extract.statements import extract_statements
from briefings.models import (
    Article,
    Casualty,
    DiplomaticStep,
    Evidence,
    Facts,
    GroundEvent,
    Note,
    Problem,
    Statement,
)
from briefings.nlp.sentences import split_sentences

__all__ = ["PARALLEL_MIN", "allowed_workers", "default_workers", "extract_facts"]


def extract_facts(
    articles: list[Article],
    config: Config,
    *,
    as_of: dt.date | None = None,
    workers: int | None = None,
    executor: Executor | None = None,
) -> Facts:
    """The facts of ``articles``; relative dates resolve against each article's
    ``published`` date, absolute ones without a year take its year (or ``as_of``'s).

    Articles are independent, so a large batch is split over the ``executor``'s
    workers (``briefings.executor``): by default a local pool of two processes when
    there are two cores and at least ``PARALLEL_MIN`` articles (``BRIEFINGS_WORKERS``
    overrides), or the workers of a Dask cluster. ``workers`` sets how many batches
    run at once. The facts come back in article order either way: the result does
    not depend on how or where the work was split."""
    as_of = as_of or config.date
    facts = Facts(as_of=as_of.isoformat(), articles=list(articles))
    parts: list[_Part] = []
    owners: list[int] = []  # the index of the article each part is of
    for i, article in enumerate(articles):
        for part in sections(article):
            parts.append(part)
            owners.append(i)
    results = None
    runner = executor or default_executor()
    n = runner.workers(len(parts)) if workers is None else workers
    if n > 1 or not isinstance(runner, LocalExecutor):
        results = _in_parallel(parts, config, as_of, n, runner)
    if results is None:
        checkpoint("extracting")
        results = [_one(part, config, as_of) for part in parts]
    results = _rejoin(parts, owners, results)
    for article, found in zip(articles, results, strict=True):
        if isinstance(found, Problem):
            facts.problems.append(found)
            continue
        casualties, statements, diplomacy, ground = found
        casualties = _plausible(article, casualties, facts.notes)
        facts.casualties += casualties
        facts.statements += statements
        facts.diplomacy += diplomacy
        facts.ground += ground
    return facts


#: More people than any war has killed, wounded or driven from home: a figure above
#: this is a typo, a joke or an attack on the brief ("10^100 killed"), never a count.
MAX_PLAUSIBLE = 1_000_000_000


def _plausible(article: Article, casualties: list[Casualty], notes: list[Note]) -> list[Casualty]:
    """The casualties whose figures could be counts of people; a note for each other."""
    kept = []
    for c in casualties:
        figure = max((n for n in (c.count, c.low, c.high) if n is not None), default=0)
        if figure <= MAX_PLAUSIBLE:
            kept.append(c)
            continue
        sentence = " ".join(c.evidence.sentence.split())
        if len(sentence) > 80:
            sentence = sentence[:80].rsplit(" ", 1)[0] + "\u2026"
        notes.append(
            Note(
                article.path,
                f"a casualty figure of {_written(figure, c.evidence.sentence)} is beyond any "
                f"plausible count of people (more than {MAX_PLAUSIBLE:,}), so it was left out: "
                f"'{sentence}'",
            )
        )
    return kept


def _written(figure: int, sentence: str) -> str:
    """The figure as the sentence writes a power ('10^100'), else with commas."""
    for m in re.finditer(r"(\d{1,3}) ?\^ ?(\d{1,4})", sentence):
        if int(m.group(1)) ** int(m.group(2)) == figure:
            return m.group(0)
    digits = len(str(figure))
    return f"{figure:,}" if digits <= 40 else f"a {digits}-digit number"


PARALLEL_MIN = 200
#: An article longer than this is extracted in sections of about this size, cut at
#: paragraph or sentence breaks. A news article is 2-15 KB; anything far longer
#: (a compilation, a dump of a live blog) is many stories, and folding a step or a
#: pronoun back over thousands of sentences would make the work grow with the
#: square of the length. Sections also spread one huge article over the workers.
SECTION_CHARS = 20_000

_Found = tuple[list[Casualty], list[Statement], list[DiplomaticStep], list[GroundEvent]]
_Fact = Casualty | Statement | DiplomaticStep | GroundEvent
#: An article, or a section of one, and where its text starts in the article's text.
_Part = tuple[Article, int]


def sections(article: Article) -> list[_Part]:
    """The article as one part, or a long one as consecutive sections."""
    text = article.text
    if len(text) <= SECTION_CHARS:
        return [(article, 0)]
    parts: list[_Part] = []
    lo = 0
    while lo < len(text):
        hi = len(text) if len(text) - lo <= SECTION_CHARS else _section_end(text, lo)
        parts.append((replace(article, text=text[lo:hi]), lo))
        lo = hi
    return parts


def _section_end(text: str, lo: int) -> int:
    """Where a section starting at ``lo`` ends: the last paragraph break in its second
    half, else the last line break, else the start of its last sentence."""
    floor, limit = lo + SECTION_CHARS // 2, lo + SECTION_CHARS
    for brk in ("\n\n", "\n"):
        at = text.rfind(brk, floor, limit)
        if at != -1:
            return at + len(brk)
    spans = split_sentences(text[floor:limit])
    return floor + spans[-1].start if len(spans) > 1 else limit


def _rejoin(
    parts: list[_Part], owners: list[int], results: list[_Found | Problem]
) -> list[_Found | Problem]:
    """One result per article: a long article's sections, their offsets made the
    article's own, joined again (a problem instead, if any section failed)."""
    out: dict[int, _Found | Problem] = {}
    for (_article, offset), owner, found in zip(parts, owners, results, strict=True):
        if isinstance(found, Problem):
            out[owner] = found
            continue
        shifted = tuple([_shifted(f, offset) for f in kind] for kind in found) if offset else found
        have = out.get(owner)
        if have is None:
            out[owner] = shifted  # type: ignore[assignment]
        elif not isinstance(have, Problem):
            for joined, more in zip(have, shifted, strict=True):
                joined += more  # type: ignore[operator]
    return [out[i] for i in sorted(out)]


def _shifted(fact: _Fact, offset: int) -> _Fact:
    """The fact with its evidence moved by ``offset``: what ``dataclasses.replace``
    gives, built directly (replace costs more than the rest of the rejoin, and a long
    article has a fact every few sentences)."""
    ev = fact.evidence
    moved = object.__new__(type(fact))
    moved.__dict__.update(fact.__dict__)
    moved.__dict__["evidence"] = Evidence(
        ev.article_id, ev.sentence, ev.start + offset, ev.end + offset
    )
    return moved


def _one(part: _Part | Article, config: Config, as_of: dt.date) -> _Found | Problem:
    article = part[0] if isinstance(part, tuple) else part
    try:
        ctx = ArticleContext(article, config, as_of)
        casualties = extract_casualties(ctx)
        ground = extract_ground(ctx)
        # who "both sides" are, for what they say and what they agree
        ctx.belligerents = belligerents(ctx, ground, casualties)
        statements = extract_statements(ctx)
        diplomacy = extract_diplomacy(ctx)
    except Exception as exc:  # one odd article must not sink the brief
        return Problem(article.path, f"extraction failed ({type(exc).__name__}: {exc})")
    return casualties, statements, diplomacy, ground


def _chunk(job: tuple[list[_Part], Config, dt.date]) -> list[_Found | Problem]:
    parts, config, as_of = job
    checkpoint("extracting")
    return [_one(part, config, as_of) for part in parts]


def _worker_start(parent: int) -> None:
    """In each worker: die with the parent, leave interrupts to it.

    A worker blocked on its pipe would otherwise outlive a parent killed with SIGKILL
    for good (re-parented to init). On Linux the kernel sends the worker SIGKILL when
    its parent dies (prctl PR_SET_PDEATHSIG); elsewhere a thread checks the parent
    every half second. Ctrl-C reaches the whole process group: the parent alone
    handles it, and ends the workers itself.
    """
    import signal
    import threading
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    if not _die_with_parent():

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(0.5)
            os._exit(1)

        threading.Thread(target=watch, daemon=True).start()
    if os.getppid() != parent:  # the parent died before the watch began
        os._exit(1)


def _die_with_parent() -> bool:
    """Ask Linux to SIGKILL this process when its parent dies; False elsewhere."""
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(1, signal.SIGKILL, 0, 0, 0) == 0  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return False


def _stop_workers(pool: object) -> None:
    """End the pool's processes now, not after their current chunk."""
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
    if terminate is not None:
        terminate()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            process.terminate()
        except (OSError, AttributeError):
            pass


def default_workers(count: int) -> int:
    """How many processes extract ``count`` articles: one below ``PARALLEL_MIN``, else
    up to two (one per core); the ``BRIEFINGS_WORKERS`` environment variable overrides."""
    if _wanted() is None and count < PARALLEL_MIN:
        return 1
    return allowed_workers()


def allowed_workers() -> int:
    """How many processes a large piece of work may use: ``BRIEFINGS_WORKERS``, else up
    to two (one per core)."""
    wanted = _wanted()
    return wanted if wanted is not None else min(2, os.cpu_count() or 1)


def _wanted() -> int | None:
    wanted = os.environ.get("BRIEFINGS_WORKERS", "").strip()
    return max(1, int(wanted)) if wanted.isdigit() else None


_CHUNKS_PER_WORKER = 16


def _in_parallel(
    articles: list[_Part], config: Config, as_of: dt.date, n: int, executor: Executor
) -> list[_Found | Problem] | None:
    """Contiguous chunks over ``n`` workers of ``executor``, results in article order;
    None when they cannot be used here (the caller then works alone)."""
    if not articles:
        return []
    # Many small chunks even the load: the others wait on the last one to finish, and
    # a chunk costs little more than its config's pickle (16 per worker ran FA-KES 5%
    # faster on two cores than 4 per worker)
    size = -(-len(articles) // (max(1, n) * _CHUNKS_PER_WORKER))
    jobs = [(articles[i : i + size], config, as_of) for i in range(0, len(articles), size)]
    chunks = executor.map(_chunk, jobs, n)
    return None if chunks is None else [found for chunk in chunks for found in chunk]
