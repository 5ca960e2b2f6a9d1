"""The Python API the CLI and the tests both call.

    run = extract(config, paths)              # read -> extract -> analyse (run.facts, run.findings)
    brief = build_brief(run.facts, config, run.findings)   # the view model the templates see
    files = generate(config, paths)           # ... -> render -> write

Everything is gathered and rendered before any file is written (Pelican's
habit), so a failure leaves no half-written brief behind.

With a history store (``store=open_store(config)``, what the CLI passes) a run
also reuses the facts of articles it has seen, compares its findings with the
previous brief ("Changes since"), can read only what is new (``since``), and
``generate`` records the brief it wrote (``briefings/incremental.py``,
``briefings/changes.py``, ``briefings/store/``). Without one, nothing is kept.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from briefings.analysis.model import Findings
from briefings.checkpoints import checkpoint
from briefings.config import Config
from briefings.errors import BriefingsError, NothingNewError, SourceError
from briefings.gc_tuning import batch_collection
from briefings.models import Article, Facts, Note, Problem

if TYPE_CHECKING:
    from briefings.brief import Brief
    from briefings.changes import Changes
    from briefings.executor import Executor
    from briefings.incremental import Inputs, Reused, Since
    from briefings.sources import ReadResult
    from briefings.store import BriefRecord, Store

#: Receives one line of progress ("Read 9 articles (1 skipped) in 0.4 s").
Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


@dataclass
class Run:
    """What one run read and extracted, with its timings (seconds) per stage."""

    config: Config
    as_of: dt.date
    facts: Facts
    timings: dict[str, float] = field(default_factory=dict)
    #: What the facts add up to across articles (briefings.analysis), computed once.
    findings: Findings | None = None
    #: With a store: each article's content hash (in ``facts.articles`` order), the
    #: run's id, what was reused, the changes since the previous brief, --since.
    hashes: list[str] = field(default_factory=list)
    run_id: int | None = None
    reused: Reused | None = None
    changes: Changes | None = None
    since: Since | None = None
    #: Set by ``render``: the view model, the HTML's sha256 and the PDF renderer's.
    brief: Brief | None = None
    html_sha256: str = ""
    renderer: str = ""
    #: Set by ``generate`` with a store: the id of the brief recorded, or of the one
    #: taken as it was (``reused_brief``) because nothing it is made from changed.
    brief_id: int | None = None
    reused_brief: BriefRecord | None = None
    #: With a reused brief, what the run that made it counted: articles, duplicates folded.
    counts: dict[str, int] = field(default_factory=dict)


def source_paths(config: Config, paths: Sequence[str | Path]) -> list[str]:
    """Articles named on the command line win; otherwise the config's `sources`."""
    chosen = [str(p) for p in paths] or list(config.sources)
    if not chosen:
        raise SourceError(
            "no articles given: name article files or folders on the command line, "
            f"or list them under 'sources:' in {config.path}"
        )
    return chosen


def _period(iso: str) -> tuple[dt.date, dt.date]:
    """First and last day an ISO date (possibly YYYY-MM or YYYY) can mean."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def published_after(article: Article, as_of: dt.date) -> bool:
    """Whether an article was certainly written after the as-of date (a month or a
    year counts from its first day)."""
    if not article.published:
        return False
    try:
        first, _ = _period(article.published)
    except ValueError:
        return False
    return first > as_of


def in_window(article: Article, as_of: dt.date, window: int | None) -> bool:
    """Whether an article falls in the `window` days up to `as_of`.

    No window keeps every article; an undated article is always kept, since
    dropping it would hide a source the user gave without saying why.
    """
    if window is None or not article.published:
        return True
    try:
        first, last = _period(article.published)
    except ValueError:
        return True
    try:
        earliest = as_of - dt.timedelta(days=window)
    except OverflowError:  # the window reaches back before the year 1
        earliest = dt.date.min
    return first <= as_of and last >= earliest


@batch_collection()
def extract(
    config: Config,
    paths: Sequence[str | Path] = (),
    *,
    as_of: dt.date | None = None,
    progress: Progress = _quiet,
    store: Store | None = None,
    since: str | None = None,
    command: str = "extract",
    executor: Executor | None = None,
) -> Run:
    """Read the articles and extract their facts.

    With a ``store``, facts already extracted are reused and the findings are
    compared with the previous brief; ``since`` ('last' or 'YYYY-MM-DD') keeps
    only the articles first seen after that brief (and reads only changed files).
    ``executor`` is where the extraction runs (``briefings.executor``; by default a
    local pool of processes)."""
    as_of = as_of or config.date
    timings: dict[str, float] = {}
    chosen = source_paths(config, paths)
    if since is not None and store is None:
        raise BriefingsError(
            f"--since needs the history store, and {config.path} keeps none "
            "('store: {enabled: false}'); remove --since or enable the store"
        )

    started = time.perf_counter()
    read = _read(config, chosen, as_of, store, since, command)
    result, articles, hashes, since_point = read.result, read.articles, read.hashes, read.since
    timings["read"] = time.perf_counter() - started
    problems: list[Problem] = list(result.problems)
    note = read.note
    notes: list[Note] = list(result.notes)
    seen_before = len(result.articles) - len(articles)
    late = [a for a in articles if published_after(a, as_of)]
    for a in late:
        # a brief as of a day never rests on what was written after it
        problems.append(
            Problem(
                a.path,
                f"published {a.published}, after the as-of date {as_of.isoformat()}: left "
                "out of this brief (pass --date to make a later one)",
            )
        )
    kept = [
        i
        for i, a in enumerate(articles)
        if in_window(a, as_of, config.window) and not published_after(a, as_of)
    ]
    dropped = len(articles) - len(kept) - len(late)
    if late and len(late) == len(articles):
        raise SourceError(
            f"all {len(articles)} articles were published after the as-of date "
            f"{as_of.isoformat()}; pass --date with a later day or set 'date' in {config.path}"
        )
    if not kept:
        raise SourceError(
            f"none of the {len(articles)} articles falls within the {config.window}-day "
            f"window ending {as_of.isoformat()}; widen 'window' in {config.path} or pass --date"
        )
    hashes = [hashes[i] for i in kept] if hashes else []
    articles = [articles[i] for i in kept]
    folded = sum(len(a.duplicates) for a in result.articles)
    note += f" ({folded} duplicate{'s' * (folded != 1)} folded in)" if folded else ""
    unreadable = len(problems) - len(late)
    note += f" ({unreadable} skipped)" if unreadable else ""
    if since_point and seen_before:
        note += f" ({seen_before} seen before {since_point.words})"
    note += f" ({len(notes)} note{'s' * (len(notes) != 1)})" if notes else ""
    note += f" ({dropped} outside the {config.window}-day window)" if dropped else ""
    note += f" ({len(late)} published after {as_of.isoformat()} left out)" if late else ""
    progress(f"Read {len(articles)} articles{note} in {timings['read']:.1f} s")

    started = time.perf_counter()
    reused = None
    if store is not None:
        from briefings.incremental import extract_reusing

        facts, reused = extract_reusing(articles, hashes, config, as_of, store, executor=executor)
    else:
        from briefings.extract import extract_facts

        facts = extract_facts(articles, config, as_of=as_of, executor=executor)
    timings["extract"] = time.perf_counter() - started
    facts.problems = problems + list(facts.problems)
    facts.notes = notes + list(facts.notes)
    n = len(facts.casualties) + len(facts.statements) + len(facts.diplomacy) + len(facts.ground)
    how = ""
    if reused is not None and reused.reused:
        how = f" ({reused.reused} articles' facts from the store, {reused.extracted} extracted)"
    later = len(facts.notes) - len(notes)  # the figures left out, the rest were read
    how += f" ({later} note{'s' * (later != 1)})" if later else ""
    progress(f"Extracted {n} facts{how} in {timings['extract']:.1f} s")

    from briefings.analysis import analyze

    started = time.perf_counter()
    findings = analyze(facts, config)
    timings["analyze"] = time.perf_counter() - started
    progress(
        f"Reconciled into {len(findings.events)} diplomatic events and "
        f"{len(findings.ledger)} casualty rows in {timings['analyze']:.1f} s"
    )
    run = Run(
        config=config,
        as_of=as_of,
        facts=facts,
        timings=timings,
        findings=findings,
        hashes=hashes,
        run_id=read.run_id,
        reused=reused,
        since=since_point,
    )
    if store is not None:
        _compare(run, store, progress)
    return run


@dataclass
class _Reading:
    """What the read stage gives: the articles (with --since, only the new ones) and,
    with a store, their content hashes, the run's id and the point --since counts from."""

    result: ReadResult
    articles: list[Article]
    hashes: list[str]
    run_id: int | None = None
    since: Since | None = None
    note: str = ""  # for the progress line: " from 2 new or changed of 5 files"


def _read(
    config: Config,
    chosen: list[str],
    as_of: dt.date,
    store: Store | None,
    since: str | None,
    command: str,
) -> _Reading:
    from briefings.sources import read_articles

    if store is None:
        result = read_articles(chosen, default_year=as_of.year)
        return _Reading(result, result.articles, [])

    from briefings.incremental import file_stats, resolve_since, unseen_files
    from briefings.sources.collect import collect
    from briefings.sources.registry import known_extensions
    from briefings.store import series_of

    run_id = store.begin_run(command, series_of(config))
    files = collect(chosen, known_extensions())
    since_point = None
    note = ""
    if since is not None:
        since_point = resolve_since(store, series_of(config), as_of, since)
        fresh = unseen_files(store, files, since_point)
        if not fresh:
            raise NothingNewError(
                f"--since {since}: none of the {len(files)} files changed since "
                f"{since_point.words}; there is nothing new to brief"
            )
        note = f" from {len(fresh)} new or changed of {len(files)} files"
        files, chosen = fresh, [str(f) for f in fresh]
    # the files' stats as they were before reading: a file that grows while it is read
    # must look changed to the next --since, not seen in the version it grew into
    stats = file_stats(files)
    result = read_articles(chosen, default_year=as_of.year)
    articles, hashes = _remember(store, run_id, stats, result.articles, since_point)
    return _Reading(result, articles, hashes, run_id, since_point, note)


def _remember(
    store: Store,
    run_id: int,
    files: list[tuple[str, int, int]],
    articles: list[Article],
    since: Since | None,
) -> tuple[list[Article], list[str]]:
    """Note the files and articles read; with ``since``, keep the articles first seen after it."""
    from briefings.facts_json import article_meta_to_json
    from briefings.store import content_hash

    hashes = [content_hash(a) for a in articles]
    store.record_read(
        run_id,
        files,
        [(h, a.path, article_meta_to_json(a)) for a, h in zip(articles, hashes, strict=True)],
    )
    if since is None:
        return articles, hashes
    first = store.first_runs(hashes)
    keep = [i for i, h in enumerate(hashes) if first.get(h, run_id) > since.run]
    if not keep:
        raise NothingNewError(
            f"--since {since.value}: the {len(articles)} articles read were all seen before "
            f"{since.words}; there is nothing new to brief"
        )
    return [articles[i] for i in keep], [hashes[i] for i in keep]


def _compare(run: Run, store: Store, progress: Progress) -> None:
    """Changes since the previous brief of this config (or the one --since names)."""
    from briefings.changes import compare
    from briefings.store import series_of

    assert run.findings is not None
    base = run.since.brief if run.since is not None and run.since.brief is not None else None
    if base is None:
        base = store.previous_brief(series_of(run.config), run.as_of.isoformat())
    if base is None:
        progress("No earlier brief of this config in the store: nothing to compare with")
        return
    started = time.perf_counter()
    run.changes = compare(
        run.facts,
        run.findings,
        run.hashes,
        base,
        store,
        run.config,
        complete=run.since is None,
    )
    run.timings["compare"] = time.perf_counter() - started
    n = len(run.changes.items)
    progress(
        f"Compared with the brief of {base.as_of}: {n} change{'s' * (n != 1)}, "
        f"{run.changes.trend.direction}, in {run.timings['compare']:.1f} s"
    )


def render(
    run: Run,
    formats: Sequence[str],
    progress: Progress = _quiet,
    store: Store | None = None,
) -> dict[str, bytes | str]:
    """Render the brief in each format, in memory: {"html": str, "pdf": bytes}, and
    {"data": str}, the data appendix, when the brief leaves something out.

    With a ``store``, a PDF made earlier from this very HTML is used again."""
    from briefings.brief import build_brief
    from briefings.forked import forked, worth_splitting
    from briefings.incremental import renderer_fingerprint, reusable_pdf, sha256
    from briefings.render import render_appendix, render_html, render_pdf

    config = replace(run.config, date=run.as_of)
    started = time.perf_counter()
    brief = build_brief(run.facts, config, run.findings, run.changes)
    html = render_html(brief, config)
    run.brief, run.html_sha256 = brief, sha256(html)
    checkpoint("rendering")
    out: dict[str, bytes | str] = {}
    if "html" in formats:
        out["html"] = html

    def appendix() -> str:
        full = build_brief(run.facts, config, run.findings, run.changes, full=True)
        return render_appendix(full, config)

    # The data appendix (whatever the formats: the brief links to it) is made in a
    # second process while this one lays out the PDF.
    with forked(appendix, brief.appendix is not None and worth_splitting(run.facts)) as data:
        note = ""
        if "pdf" in formats:
            pdf = None
            if store is not None:
                run.renderer = renderer_fingerprint(config)
                pdf = reusable_pdf(store, run.html_sha256, run.renderer)
                note = " (the PDF of this same HTML reused)" if pdf is not None else ""
            out["pdf"] = pdf if pdf is not None else render_pdf(html, config)
        if brief.appendix is not None:
            out["data"] = data.result()
    run.timings["render"] = time.perf_counter() - started
    names = [f.upper() if f != "data" else "the full data" for f in out]
    progress(f"Rendered {' and '.join(names)}{note} in {run.timings['render']:.1f} s")
    return out


@batch_collection()
def generate(
    config: Config,
    paths: Sequence[str | Path] = (),
    *,
    out_dir: Path | None = None,
    formats: Sequence[str] | None = None,
    as_of: dt.date | None = None,
    progress: Progress = _quiet,
    store: Store | None = None,
    since: str | None = None,
    executor: Executor | None = None,
    reuse: bool = True,
) -> tuple[Run, list[Path]]:
    """The whole path: articles -> brief files. Returns the run and the files written.

    With a ``store``, the brief is recorded there once its files are written, with
    the key of what it was made from; and when a brief with the same key is on disk as
    written, that brief is the run's (nothing read, analysed, rendered or written),
    unless ``reuse`` is False."""
    from briefings.writer import check_folder, check_target, write_all

    folder = out_dir or config.output_folder
    wanted = list(formats or config.formats)
    day = as_of or config.date
    targets = {fmt: folder / output_name(config, fmt, day) for fmt in [*wanted, "data"]}
    # Where the brief goes is checked before the work, not after it.
    check_folder(folder)
    for target in targets.values():
        check_target(target)
    inputs = None
    if store is not None:
        from briefings.incremental import brief_key

        started = time.perf_counter()
        inputs = brief_key(config, source_paths(config, paths), day, store, since, targets)
        if inputs is not None and reuse:
            done = _reuse(config, day, store, inputs, targets, progress, started)
            if done is not None:
                return done
    run = extract(
        config,
        paths,
        as_of=as_of,
        progress=progress,
        store=store,
        since=since,
        command="generate",
        executor=executor,
    )
    rendered = render(run, wanted, progress, store)
    files = {folder / output_name(config, fmt, run.as_of): data for fmt, data in rendered.items()}
    written = write_all(files)
    if store is not None:
        from briefings.record import record_brief

        kept = {fmt: targets[fmt] for fmt in rendered}
        run.brief_id = record_brief(run, store, kept, rendered, inputs)
    return run, written


def _reuse(
    config: Config,
    as_of: dt.date,
    store: Store,
    inputs: Inputs,
    targets: dict[str, Path],
    progress: Progress,
    started: float,
) -> tuple[Run, list[Path]] | None:
    """The run that takes a recorded brief as it is on disk: the same key, so the same
    files. It is noted as a run, with the files it would have read, like any other."""
    from briefings.incremental import reported_facts, reusable_brief
    from briefings.store import series_of
    from briefings.writer import clean_stale_parts

    found = reusable_brief(store, inputs)
    if found is None:
        return None
    record, key = found
    run_id = store.begin_run("generate", series_of(config))
    store.record_read(run_id, inputs.files, [])
    for folder in dict.fromkeys(targets[fmt].parent for fmt in record.files):
        clean_stale_parts(folder)  # as a run that writes does
    facts = reported_facts(key.report, as_of)
    run = Run(
        config=config,
        as_of=as_of,
        facts=facts,
        timings={"reuse": time.perf_counter() - started},
        run_id=run_id,
        brief_id=record.id,
        reused_brief=record,
        counts={k: int(key.report.get(k, 0)) for k in ("articles", "folded")},
    )
    n = len(inputs.files)
    progress(
        f"Reused the brief of {record.as_of} made {record.issued}: its {n} input "
        f"file{'s' * (n != 1)}, the config, the date, the code and the earlier briefs are "
        f"as they were, and its files as written, in {run.timings['reuse']:.1f} s "
        "(--no-reuse makes it again)"
    )
    order = [fmt for fmt in ("html", "pdf", "data") if fmt in record.files]
    return run, [targets[fmt] for fmt in order]


def output_name(config: Config, fmt: str, as_of: dt.date) -> str:
    """The file of one format; "data" is the appendix ("brief-2024-05-10-data.html")."""
    return config.appendix_name(as_of) if fmt == "data" else config.output_name(fmt, as_of)
