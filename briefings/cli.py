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
from typing import TYPE_CHECKING, Any

import click

from briefings import __version__
from briefings.errors import BriefingsError, OutputError
from briefings.paths import shown

if TYPE_CHECKING:
    from briefings.config import Config
    from briefings.models import Facts

DEFAULT_CONFIG = "briefings.yaml"

EPILOG_GENERATE = """\b
Examples:
  briefings generate --config config/demo.yaml
  briefings generate news/*.txt feeds/ --config idlib.yaml --date 2020-03-04
  briefings generate --config idlib.yaml --format pdf --out ~/briefs
  briefings generate --config idlib.yaml --since last --send
"""

EPILOG_SEND = """\b
Examples:
  briefings send --config idlib.yaml                 # today's brief (the config's date)
  briefings send --config idlib.yaml --date 2020-03-04 --dry-run
  briefings send --config idlib.yaml --force         # again, to the same list
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
    # imported here, not above: pydantic and the config's models are a fifth of a
    # second that `briefings --help` does not need
    from briefings.config import load_config

    return load_config(config_path)


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date; write YYYY-MM-DD") from None


def _since(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None or value == "last":
        return value
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"'{value}' is neither 'last' nor a date (YYYY-MM-DD)") from None


def _since_option(f):
    return click.option(
        "--since",
        callback=_since,
        metavar="last|YYYY-MM-DD",
        help="Only articles first seen after the last brief (or the brief of that date); "
        "files unchanged since then are not read.",
    )(f)


def _executor_options(f):
    f = click.option(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        help="With --executor dask: the address of the Dask scheduler (docs/scaling.md).",
    )(f)
    return click.option(
        "--executor",
        "executor_name",
        type=click.Choice(["local", "dask"]),
        default=None,
        help="Where articles are extracted: local worker processes (the default), or the "
        "workers of a Dask cluster (needs briefings[dask] and --scheduler).",
    )(f)


def _check_executor(name: str | None, scheduler: str | None) -> None:
    """Misuse of --executor and --scheduler, found before any work."""
    if name == "local" and scheduler is not None:
        raise click.UsageError("--scheduler goes with --executor dask")
    if name == "dask" and not scheduler:
        raise click.UsageError(
            "--executor dask needs --scheduler tcp://HOST:PORT (the address `dask scheduler` "
            "prints)"
        )


def _executor(name: str | None, scheduler: str | None):
    """The executor the options name; Dask is imported only when asked for."""
    from briefings.executor import executor_for

    return executor_for("dask" if scheduler else "local", scheduler)


def _store(config: Config, create: bool = True):
    from briefings.store import open_store

    return open_store(config, create=create)


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


def _catch_termination() -> dict[int, Any]:
    """Turn SIGTERM and SIGHUP into ``Terminated`` for this run; returns the handlers
    it replaced, to put back when the run ends (a process that calls ``main`` and goes
    on, a test runner say, must not keep ours, nor hand it to the children it forks)."""
    if threading.current_thread() is not threading.main_thread():
        return {}
    replaced: dict[int, Any] = {}
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None and signal.getsignal(signum) is signal.SIG_DFL:
            replaced[signum] = signal.signal(signum, _terminate)
    return replaced


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
        replaced = _catch_termination()
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
        finally:
            for signum, handler in replaced.items():
                signal.signal(signum, handler)
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
@_since_option
@click.option("--send", is_flag=True, help="Then email the brief (the config's delivery.email).")
@click.option(
    "--dry-run", is_flag=True, help="With --send: write the email as a .eml file, send nothing."
)
@click.option(
    "--force", is_flag=True, help="With --send: send even if this list already has this brief."
)
@click.option(
    "--no-reuse",
    is_flag=True,
    help="Make the brief again even when the store holds one made from the same files, "
    "config, date and code, whose files are on disk as written (then taken as they are).",
)
@_executor_options
@click.option("--quiet", "-q", is_flag=True, help="Print only the paths written.")
def generate(
    articles: tuple[Path, ...],
    config_path: Path | None,
    out_dir: Path | None,
    fmt: str | None,
    as_of: dt.date | None,
    since: str | None,
    send: bool,
    dry_run: bool,
    force: bool,
    no_reuse: bool,
    executor_name: str | None,
    scheduler: str | None,
    quiet: bool,
) -> None:
    """Write the brief (PDF and/or HTML) for ARTICLES.

    ARTICLES are files, folders or globs: .txt, .md, .html, .json, .jsonl and
    RSS/Atom feeds (.xml, .rss, .atom). Without ARTICLES, the config's
    `sources` are read. Files are named after the as-of date
    (brief-YYYY-MM-DD.pdf) and written atomically. An article that cannot be
    read is reported and skipped; the rest of the brief still comes out.

    With the history store (on by default, see `store` in the config), facts
    of articles seen before are reused, the brief gets a "Changes since" box
    and is recorded; when nothing it is made from changed (files, config, date,
    code) and its files are on disk as written, they are taken as they are
    (--no-reuse makes it again). The exit status is 1 whenever no brief could be made.
    """
    from briefings.pipeline import generate as run_generate

    if (dry_run or force) and not send:
        raise click.UsageError("--dry-run and --force go with --send")
    _check_executor(executor_name, scheduler)
    config = _load(config_path)
    if send and config.email is None:
        raise BriefingsError(
            f"--send: {config.path} has no 'delivery: email:' block; add one "
            "(config/example.yaml documents it) or leave out --send"
        )
    formats = None if fmt is None else (["pdf", "html"] if fmt == "both" else [fmt])
    if send and "pdf" not in (formats or config.formats):
        raise BriefingsError("--send attaches the PDF: write it too (--format pdf or both)")
    store = _store(config)
    if send and store is None:
        raise BriefingsError(
            "--send records every sending in the history store, and this config keeps none; "
            "enable it ('store: {enabled: true}')"
        )
    with _executor(executor_name, scheduler) as executor:
        run, written = run_generate(
            config,
            articles,
            out_dir=out_dir,
            formats=formats,
            as_of=as_of,
            progress=_progress(quiet),
            store=store,
            since=since,
            executor=executor,
            reuse=not no_reuse,
        )
    _report_problems(run.facts, quiet)
    _out("".join(shown(str(p)) + "\n" for p in sorted(written, key=lambda p: p.suffix != ".pdf")))
    if send:
        from briefings.delivery import deliver

        assert store is not None and run.brief_id is not None
        record = store.brief_by_id(run.brief_id)
        deliver(config, store, record, dry_run=dry_run, force=force, progress=_progress(quiet))


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
@_since_option
@_executor_options
@click.option("--quiet", "-q", is_flag=True, help="No progress lines on standard error.")
def extract(
    articles: tuple[Path, ...],
    config_path: Path | None,
    fmt: str,
    output: Path | None,
    as_of: dt.date | None,
    since: str | None,
    executor_name: str | None,
    scheduler: str | None,
    quiet: bool,
) -> None:
    """Extract facts (casualties, statements, diplomatic steps, ground events) as JSON.

    Each fact carries its evidence: the article id and the sentence, verbatim.
    When `generate` has made the config's history store, extract uses it too:
    facts seen before are reused, and `changes` and `trend` compare the
    findings with the previous brief of this config.
    """
    from briefings.brief import namer
    from briefings.changes import changes_to_json
    from briefings.facts_json import dumps, facts_to_json
    from briefings.pipeline import extract as run_extract
    from briefings.writer import check_target, is_stdout, write_atomic

    _check_executor(executor_name, scheduler)
    config = _load(config_path)
    to_stdout = output is None or is_stdout(output)
    if output is not None and not to_stdout:
        check_target(output)  # before the work, not after it
    with _executor(executor_name, scheduler) as executor:
        run = run_extract(
            config,
            articles,
            as_of=as_of,
            progress=_progress(quiet),
            store=_store(config, create=False),
            since=since,
            executor=executor,
        )
    _report_problems(run.facts, quiet)
    names = namer(run.config)
    text = dumps({**facts_to_json(run.facts, run.findings, names), **changes_to_json(run.changes)})
    if output is None or to_stdout:
        _out(text)
    else:
        write_atomic(output, text)
        if not quiet:
            _err(shown(str(output)))


@main.command(epilog=EPILOG_SEND)
@_config_option
@click.option(
    "--date",
    "as_of",
    callback=_date,
    metavar="YYYY-MM-DD",
    help="Send the brief of this date. Default: the config's date, else today.",
)
@click.option("--dry-run", is_flag=True, help="Write the email as a .eml file; send nothing.")
@click.option("--force", is_flag=True, help="Send even if this list already has this brief.")
@click.option("--quiet", "-q", is_flag=True, help="Print only what was written or refused.")
def send(
    config_path: Path | None, as_of: dt.date | None, dry_run: bool, force: bool, quiet: bool
) -> None:
    """Email a brief already generated: its PDF attached, its key developments
    and changes in the text, to the config's delivery.email recipients.

    Every sending is recorded in the history store with the server's answer
    for each recipient; the same brief goes to the same list once unless
    --force. A recipient the server refuses is reported (exit status 1) and
    the others still get it.
    """
    from briefings.delivery import deliver
    from briefings.errors import NoBriefError
    from briefings.store import series_of

    config = _load(config_path)
    if config.email is None:
        raise BriefingsError(
            f"{config.path} has no 'delivery: email:' block; add one "
            "(config/example.yaml documents it)"
        )
    if config.store_path is None:
        raise BriefingsError(
            "send reads the brief from the history store, and this config keeps none; "
            "enable it ('store: {enabled: true}') and generate the brief again"
        )
    store = _store(config, create=False)
    day = (as_of or config.date).isoformat()
    record = store.brief_of(series_of(config), day) if store is not None else None
    if store is None or record is None:
        raise NoBriefError(
            f"no brief of {day} in the store {config.store_path}; make it with "
            f"'briefings generate --config {config.path} --date {day}' "
            "('briefings history' lists the briefs)"
        )
    deliver(config, store, record, dry_run=dry_run, force=force, progress=_progress(quiet))


@main.command()
@_config_option
@click.option(
    "--limit", type=click.IntRange(min=1), default=20, show_default=True,
    help="How many briefs and sendings to list.",
)  # fmt: skip
def history(config_path: Path | None, limit: int) -> None:
    """List the briefs issued for this config and their sendings, latest first."""
    from briefings.history import history_lines

    config = _load(config_path)
    if config.store_path is None:
        raise BriefingsError(f"{config.path} keeps no history ('store: {{enabled: false}}')")
    store = _store(config, create=False)
    if store is None:
        click.echo(f"No history yet: 'briefings generate' makes the store {config.store_path}")
        return
    for line in history_lines(config, store, limit):
        click.echo(line)


@main.command()
@click.argument("config_path", metavar="CONFIG", type=click.Path(path_type=Path))
def validate(config_path: Path) -> None:
    """Check CONFIG without generating anything.

    Every problem is listed at once with its key and line; exit status 1 if any.
    """
    from briefings.config import load_config

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
    from briefings.config import load_config
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
