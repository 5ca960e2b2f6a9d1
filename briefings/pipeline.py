"""The Python API the CLI and the tests both call.

    run = extract(config, paths)              # read -> extract -> analyse (run.facts, run.findings)
    brief = build_brief(run.facts, config, run.findings)   # the view model the templates see
    files = generate(config, paths)           # ... -> render -> write

Everything is gathered and rendered before any file is written (Pelican's
habit), so a failure leaves no half-written brief behind.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefings.analysis.model import Findings
from briefings.checkpoints import checkpoint
from briefings.config import Config
from briefings.errors import SourceError
from briefings.models import Article, Facts, Note, Problem

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


def extract(
    config: Config,
    paths: Sequence[str | Path] = (),
    *,
    as_of: dt.date | None = None,
    progress: Progress = _quiet,
) -> Run:
    """Read the articles and extract their facts."""
    from briefings.extract import extract_facts
    from briefings.sources import read_articles

    as_of = as_of or config.date
    timings: dict[str, float] = {}

    started = time.perf_counter()
    result = read_articles(source_paths(config, paths), default_year=as_of.year)
    timings["read"] = time.perf_counter() - started
    problems: list[Problem] = list(result.problems)
    notes: list[Note] = list(result.notes)
    kept = [a for a in result.articles if in_window(a, as_of, config.window)]
    dropped = len(result.articles) - len(kept)
    if not kept:
        raise SourceError(
            f"none of the {len(result.articles)} articles falls within the {config.window}-day "
            f"window ending {as_of.isoformat()}; widen 'window' in {config.path} or pass --date"
        )
    folded = sum(len(a.duplicates) for a in result.articles)
    note = f" ({folded} duplicate{'s' * (folded != 1)} folded in)" if folded else ""
    note += f" ({len(problems)} skipped)" if problems else ""
    note += f" ({len(notes)} note{'s' * (len(notes) != 1)})" if notes else ""
    note += f" ({dropped} outside the {config.window}-day window)" if dropped else ""
    progress(f"Read {len(kept)} articles{note} in {timings['read']:.1f} s")

    started = time.perf_counter()
    facts = extract_facts(kept, config, as_of=as_of)
    timings["extract"] = time.perf_counter() - started
    facts.problems = problems + list(facts.problems)
    facts.notes = notes + list(facts.notes)
    n = len(facts.casualties) + len(facts.statements) + len(facts.diplomacy) + len(facts.ground)
    later = len(facts.notes) - len(notes)  # the figures left out, the rest were read
    noted = f" ({later} note{'s' * (later != 1)})" if later else ""
    progress(f"Extracted {n} facts{noted} in {timings['extract']:.1f} s")

    from briefings.analysis import analyze

    started = time.perf_counter()
    findings = analyze(facts, config)
    timings["analyze"] = time.perf_counter() - started
    progress(
        f"Reconciled into {len(findings.events)} diplomatic events and "
        f"{len(findings.ledger)} casualty rows in {timings['analyze']:.1f} s"
    )
    return Run(config=config, as_of=as_of, facts=facts, timings=timings, findings=findings)


def render(run: Run, formats: Sequence[str], progress: Progress = _quiet) -> dict[str, bytes | str]:
    """Render the brief in each format, in memory: {"html": str, "pdf": bytes}."""
    from briefings.brief import build_brief
    from briefings.render import render_html, render_pdf

    config = replace(run.config, date=run.as_of)
    started = time.perf_counter()
    brief = build_brief(run.facts, config, run.findings)
    html = render_html(brief, config)
    checkpoint("rendering")
    out: dict[str, bytes | str] = {}
    if "html" in formats:
        out["html"] = html
    if "pdf" in formats:
        out["pdf"] = render_pdf(html, config)
    run.timings["render"] = time.perf_counter() - started
    progress(f"Rendered {' and '.join(f.upper() for f in out)} in {run.timings['render']:.1f} s")
    return out


def generate(
    config: Config,
    paths: Sequence[str | Path] = (),
    *,
    out_dir: Path | None = None,
    formats: Sequence[str] | None = None,
    as_of: dt.date | None = None,
    progress: Progress = _quiet,
) -> tuple[Run, list[Path]]:
    """The whole path: articles -> brief files. Returns the run and the files written."""
    from briefings.writer import check_folder, check_target, write_all

    folder = out_dir or config.output_folder
    wanted = list(formats or config.formats)
    # Where the brief goes is checked before the work, not after it.
    check_folder(folder)
    for fmt in wanted:
        check_target(folder / config.output_name(fmt, as_of or config.date))
    run = extract(config, paths, as_of=as_of, progress=progress)
    rendered = render(run, wanted, progress)
    files = {folder / config.output_name(fmt, run.as_of): data for fmt, data in rendered.items()}
    return run, write_all(files)
