"""The command line: a thin layer over briefings.pipeline.

Expected failures are BriefingsError (a click.ClickException): one message,
exit status 1, no traceback. Misuse of the command line exits 2 (Click).
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from briefings import __version__
from briefings.config import Config, load_config
from briefings.errors import BriefingsError, OutputError
from briefings.models import Facts
from briefings.paths import shown

DEFAULT_CONFIG = "briefings.yaml"

EPILOG_GENERATE = """\b
Examples:
  briefings generate --config config/demo.yaml
  briefings generate news/*.txt feeds/ --config idlib.yaml --date 2020-03-04
  briefings generate --config idlib.yaml --format pdf --out ~/briefs
"""


def _config_option(f):
    return click.option(
        "--config",
        "-c",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help=f"The YAML config (actors, title, output). Default: ./{DEFAULT_CONFIG}.",
    )(f)


def _load(config_path: Path | None) -> Config:
    if config_path is None:
        if not Path(DEFAULT_CONFIG).is_file():
            raise BriefingsError(
                f"no config given and no ./{DEFAULT_CONFIG} here; pass --config FILE "
                "(config/example.yaml documents every key)"
            )
        config_path = Path(DEFAULT_CONFIG)
    return load_config(config_path)


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date; write YYYY-MM-DD") from None


def _err(message: str) -> None:
    """One line on standard error; a closed or full standard error is no reason to fail."""
    try:
        click.echo(message, err=True)
    except OSError:
        pass


def _progress(quiet: bool):
    return (lambda _msg: None) if quiet else _err


def _silence_stdout() -> None:
    """Point standard output at the null device, so that what is left in its buffer
    cannot fail again when Python flushes it on the way out."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass


def _out(text: str) -> None:
    """Write ``text`` to standard output, flushed; a full device is one error, a reader
    that went away (``briefings extract | head``) ends the run quietly."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError as exc:
        _silence_stdout()
        if exc.errno == errno.EPIPE:
            raise click.exceptions.Exit(1) from None
        raise OutputError(f"cannot write to standard output ({exc.strerror})") from None


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwind (removing .part files), then exit 128 + signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _terminate(signum: int, _frame: Any) -> None:
    raise Terminated(signum)


def _catch_termination() -> None:
    if threading.current_thread() is not threading.main_thread():
        return
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None and signal.getsignal(signum) is signal.SIG_DFL:
            signal.signal(signum, _terminate)


class BriefingsGroup(click.Group):
    """Click's group, ending every run with the status a shell expects: 1 and one
    message for an expected failure, 130 after Ctrl-C, 143 after SIGTERM (129 after
    SIGHUP), each without a traceback; and never a traceback for a full or closed
    standard output."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        _catch_termination()
        try:
            result = super().main(args, prog_name, complete_var, False, **extra)
            status = result if isinstance(result, int) else 0
        except click.exceptions.Abort:  # Click's word for Ctrl-C (KeyboardInterrupt)
            _err("Interrupted.")
            status = 128 + signal.SIGINT
        except KeyboardInterrupt:
            _err("\nInterrupted.")
            status = 128 + signal.SIGINT
        except Terminated as exc:
            _err("Terminated." if exc.signum == signal.SIGTERM else "Hung up.")
            status = 128 + exc.signum
        except click.ClickException as exc:
            try:
                exc.show()
            except OSError:
                pass
            status = exc.exit_code
        try:
            sys.stdout.flush()
        except OSError as exc:
            _silence_stdout()
            if exc.errno != errno.EPIPE:
                _err(f"Error: cannot write to standard output ({exc.strerror})")
                status = status or 1
        sys.exit(status)


def _report_problems(facts: Facts, quiet: bool) -> None:
    """Skipped inputs and notes on standard error; --quiet keeps only the paths written."""
    if quiet:
        return
    for problem in facts.problems:
        _err(shown(f"Skipped {problem.path}: {problem.message}"))
    for note in facts.notes:
        _err(shown(f"Note: {note.path}: {note.message}"))


@click.group(cls=BriefingsGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefings")
def main() -> None:
    """Turn news articles and a short YAML config into a dated situation brief.

    Every figure, quote and status in the brief points back to the sentence it
    came from; the same input always gives the same brief, offline.

    \b
    Start with:
      briefings validate config/example.yaml   check a config
      briefings generate --config config/demo.yaml
      briefings extract --config CFG --format json -o facts.json ARTICLES...
    """


@main.command(epilog=EPILOG_GENERATE)
@click.argument("articles", nargs=-1, type=click.Path(path_type=Path))
@_config_option
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the brief. Default: the config's output.folder.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["pdf", "html", "both"]),
    default=None,
    help="What to write. Default: the config's output.formats (pdf and html).",
)
@click.option(
    "--date",
    "as_of",
    callback=_date,
    metavar="YYYY-MM-DD",
    help="The brief's as-of date. Default: the config's date, else today.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only the paths written.")
def generate(
    articles: tuple[Path, ...],
    config_path: Path | None,
    out_dir: Path | None,
    fmt: str | None,
    as_of: dt.date | None,
    quiet: bool,
) -> None:
    """Write the brief (PDF and/or HTML) for ARTICLES.

    ARTICLES are files, folders or globs: .txt, .md, .html, .json, .jsonl and
    RSS/Atom feeds (.xml, .rss, .atom). Without ARTICLES, the config's
    `sources` are read. Files are named after the as-of date
    (brief-YYYY-MM-DD.pdf) and written atomically. An article that cannot be
    read is reported and skipped; the rest of the brief still comes out.
    """
    from briefings.pipeline import generate as run_generate

    config = _load(config_path)
    formats = None if fmt is None else (["pdf", "html"] if fmt == "both" else [fmt])
    run, written = run_generate(
        config,
        articles,
        out_dir=out_dir,
        formats=formats,
        as_of=as_of,
        progress=_progress(quiet),
    )
    _report_problems(run.facts, quiet)
    _out("".join(shown(str(p)) + "\n" for p in sorted(written, key=lambda p: p.suffix != ".pdf")))


@main.command()
@click.argument("articles", nargs=-1, type=click.Path(path_type=Path))
@_config_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json"]),
    default="json",
    show_default=True,
    help="Output format: the facts contract 'briefings.facts/1'.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (atomically) instead of standard output; '-' is standard output.",
)
@click.option("--date", "as_of", callback=_date, metavar="YYYY-MM-DD", help="As-of date.")
@click.option("--quiet", "-q", is_flag=True, help="No progress lines on standard error.")
def extract(
    articles: tuple[Path, ...],
    config_path: Path | None,
    fmt: str,
    output: Path | None,
    as_of: dt.date | None,
    quiet: bool,
) -> None:
    """Extract facts (casualties, statements, diplomatic steps, ground events) as JSON.

    Each fact carries its evidence: the article id and the sentence, verbatim.
    """
    from briefings.facts_json import dumps, facts_to_json
    from briefings.pipeline import extract as run_extract
    from briefings.writer import check_target, is_stdout, write_atomic

    config = _load(config_path)
    to_stdout = output is None or is_stdout(output)
    if output is not None and not to_stdout:
        check_target(output)  # before the work, not after it
    run = run_extract(config, articles, as_of=as_of, progress=_progress(quiet))
    _report_problems(run.facts, quiet)
    text = dumps(facts_to_json(run.facts, run.findings))
    if output is None or to_stdout:
        _out(text)
    else:
        write_atomic(output, text)
        if not quiet:
            _err(shown(str(output)))


@main.command()
@click.argument("config_path", metavar="CONFIG", type=click.Path(path_type=Path))
def validate(config_path: Path) -> None:
    """Check CONFIG without generating anything.

    Every problem is listed at once with its key and line; exit status 1 if any.
    """
    config = load_config(config_path)
    _out(
        shown(
            f"{config_path}: OK: '{config.title}', {len(config.actors)} actors "
            f"({', '.join(a.id for a in config.actors)}), as of {config.date.isoformat()}"
        )
        + "\n"
    )


@main.command()
@_config_option
@click.option(
    "--smtp-timeout",
    type=click.FloatRange(min=0.1, max=120),
    default=5.0,
    show_default=True,
    metavar="SECONDS",
    help="How long to wait for the configured mail server.",
)
def doctor(config_path: Path | None, smtp_timeout: float) -> None:
    """Check that this machine can write briefs, and say what to install.

    Checks Python, WeasyPrint and its libraries (Pango, HarfBuzz), the fonts the
    templates use, the templates and, with a config (--config, else ./briefings.yaml
    if there is one), its output folder, its store and its mail server when it has
    them. Exit status 1 if any check fails.
    """
    from briefings import doctor as checks
    from briefings.errors import ConfigError

    config, problem = None, None
    path = config_path or (Path(DEFAULT_CONFIG) if Path(DEFAULT_CONFIG).is_file() else None)
    if path is not None:
        try:
            config = load_config(path)
        except ConfigError as exc:
            problem = f"{shown(str(path))}: {len(exc.problems)} problem(s); run briefings validate"
    found = checks.run_checks(config, problem, smtp_timeout)
    _out("".join(shown(c.line()) + "\n" for c in found))
    failed = sum(c.status == "FAIL" for c in found)
    tip = checks.advice(found)
    if tip:
        _out(tip + "\n")
    if failed:
        raise BriefingsError(
            f"{failed} check{'s' * (failed != 1)} failed; a brief cannot be written as it "
            "should until they pass"
        )
    _out("Ready to write briefs.\n")


if __name__ == "__main__":  # pragma: no cover
    main()
