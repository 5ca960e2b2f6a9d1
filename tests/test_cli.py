"""The command line as a user meets it: real files in, real files and messages out."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader
from support import Recorder, attachments

from briefings.cli import main

ROOT = Path(__file__).resolve().parents[1]
SECTIONS = [
    "Key developments",
    "Positions",
    "Diplomatic track",
    "Ground situation",
    "Casualties",
    "Timeline",
    "Sources",
]

CONFIG = """\
title: Test Brief
date: 2024-05-10
actors:
  north: {name: Northland, aliases: [Northern army, General Ivo Marek]}
  south: {name: Southland, aliases: [Southern forces, President Lena Ostrova]}
output: {folder: briefs}
"""

ARTICLE = """\
Northland and Southland hold talks as border clashes go on

By Test Wire

May 8, 2024

Northern army shelling killed 12 Southern soldiers near the river town of Dalmi, the Southland
defence ministry said on Wednesday.

"We will not accept any more attacks on our villages," President Lena Ostrova told reporters.

Delegations of Northland and Southland held talks in Geneva on Tuesday.
"""


def run(*args: str, cwd: Path | None = None):
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(main, list(args), catch_exceptions=False)
    with runner.isolated_filesystem(temp_dir=cwd):
        return runner.invoke(main, list(args), catch_exceptions=False)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "cfg.yaml").write_text(CONFIG, encoding="utf-8")
    news = tmp_path / "news"
    news.mkdir()
    (news / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def test_help_teaches_every_command() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in ("generate", "extract", "validate"):
        assert command in result.output
    generate = run("generate", "--help").output
    for option in ("--config", "--out", "--format", "--date", "Examples:"):
        assert option in generate


@pytest.mark.slow
def test_python_dash_m_and_version() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "briefings", "--version"], capture_output=True, text=True, check=True
    )
    assert re.match(r"briefings, version \d+\.\d+", out.stdout)


@pytest.mark.slow
def test_generate_writes_dated_pdf_and_html(project: Path) -> None:
    result = run("generate", str(project / "news"), "--config", str(project / "cfg.yaml"))
    assert result.exit_code == 0, result.output
    pdf = project / "briefs" / "brief-2024-05-10.pdf"
    html = project / "briefs" / "brief-2024-05-10.html"
    assert result.stdout.split() == [str(pdf), str(html)]
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = pdf_text(pdf)
    for heading in SECTIONS:
        assert heading in text, heading
    assert "12" in text and "Test Wire" in text
    assert "<html" in html.read_text(encoding="utf-8").lower()
    assert not list((project / "briefs").glob("*.part")), "temporary files left behind"


@pytest.mark.slow
def test_generate_options_override_config(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "elsewhere"
    result = run(
        "generate",
        str(project / "news" / "talks.txt"),
        "-c",
        str(project / "cfg.yaml"),
        "--format",
        "html",
        "--date",
        "2024-05-09",
        "--out",
        str(out),
        "--quiet",
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["brief-2024-05-09.html"]


@pytest.mark.slow
def test_sources_from_config_when_no_articles_given(project: Path) -> None:
    cfg = project / "cfg.yaml"
    cfg.write_text(CONFIG + "sources: [news/]\n", encoding="utf-8")
    result = run("generate", "--config", str(cfg), "--format", "html")
    assert result.exit_code == 0, result.output
    assert (project / "briefs" / "brief-2024-05-10.html").exists()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["missing.txt"], "missing.txt"),
        (["empty_dir"], "empty_dir"),
        ([], "no articles given"),
    ],
)
def test_missing_input_is_one_clear_error(project: Path, args: list[str], expected: str) -> None:
    (project / "empty_dir").mkdir()
    paths = [str(project / a) for a in args]
    result = run("generate", *paths, "--config", str(project / "cfg.yaml"))
    assert result.exit_code == 1
    assert expected in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) <= 3


def test_missing_config_is_one_clear_error(project: Path) -> None:
    result = run("generate", str(project / "news"), "--config", str(project / "nope.yaml"))
    assert result.exit_code == 1
    assert "nope.yaml" in result.output and "file not found" in result.output
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_bad_article_is_reported_and_skipped(project: Path) -> None:
    (project / "news" / "scan.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 200)
    result = run("generate", str(project / "news"), "--config", str(project / "cfg.yaml"))
    assert result.exit_code == 0, result.output
    assert "scan.txt" in result.stderr and "Skipped" in result.stderr
    assert (project / "briefs" / "brief-2024-05-10.pdf").exists()


def test_validate_reports_typo_and_wrong_type_with_lines(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.yaml"
    cfg.write_text(CONFIG + "windw: 7\nmarking: [not, a, string]\n", encoding="utf-8")
    result = run("validate", str(cfg))
    assert result.exit_code == 1
    assert "'windw' (line 7): unknown key; did you mean 'window'?" in result.output
    assert "'marking' (line 8): expected a valid string; got a list" in result.output
    assert "Traceback" not in result.output


def test_validate_ok(project: Path) -> None:
    result = run("validate", str(project / "cfg.yaml"))
    assert result.exit_code == 0
    assert "OK" in result.output and "2 actors" in result.output


@pytest.mark.slow
def test_broken_template_fails_cleanly_and_keeps_the_old_brief(project: Path) -> None:
    cfg = project / "cfg.yaml"
    run("generate", str(project / "news"), "--config", str(cfg))
    pdf = project / "briefs" / "brief-2024-05-10.pdf"
    before = pdf.read_bytes()
    (project / "tpl").mkdir()
    (project / "tpl" / "brief.html").write_text("{% extends 'default:brief.html' %}\n{% block x %}")
    cfg.write_text(CONFIG + "template_dir: tpl\n", encoding="utf-8")
    result = run("generate", str(project / "news"), "--config", str(cfg))
    assert result.exit_code == 1
    assert "brief.html" in result.output and "line" in result.output
    assert "Traceback" not in result.output
    assert pdf.read_bytes() == before


def test_extract_json_contract(project: Path) -> None:
    out = project / "facts.json"
    result = run(
        "extract",
        str(project / "news"),
        "--config",
        str(project / "cfg.yaml"),
        "--format",
        "json",
        "-o",
        str(out),
    )
    assert result.exit_code == 0, result.output
    facts = json.loads(out.read_text(encoding="utf-8"))
    assert facts["schema"] == "briefings.facts/1"
    assert facts["as_of"] == "2024-05-10"
    for key in ("articles", "casualties", "diplomacy", "statements", "ground"):
        assert isinstance(facts[key], list)
    assert facts["articles"][0]["published"] == "2024-05-08"
    assert facts["articles"][0]["source"] == "Test Wire"
    ids = {a["id"] for a in facts["articles"]}
    text = ARTICLE.replace("\n", " ")
    for key in ("casualties", "diplomacy", "statements", "ground"):
        for fact in facts[key]:
            assert fact["evidence"]["article"] in ids
            # evidence is verbatim article text (modulo line wrapping)
            assert " ".join(fact["evidence"]["text"].split()) in " ".join(text.split())


@pytest.mark.slow
def test_seeds_extract_is_scored_by_the_eval_script(
    seed_paths: list[Path], idlib_config: Path, eval_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "facts.json"
    result = run(
        "extract",
        "--config",
        str(idlib_config),
        "--format",
        "json",
        "-o",
        str(out),
        *map(str, seed_paths),
    )
    assert result.exit_code == 0, result.output
    gold = eval_dir / "gold" / "seeds.yaml"
    scored = subprocess.run(
        [
            sys.executable,
            str(eval_dir / "score.py"),
            "--gold",
            str(gold),
            "--facts",
            str(out),
            "--json",
        ],
        capture_output=True,
        text=True,
    )
    assert scored.returncode == 0, scored.stderr
    report = json.loads(scored.stdout)
    # The seeds' own dates: every gold publication date is read from the text.
    assert report["published_date_accuracy"] == 1.0
    # A floor, not the target: extraction quality is tested in test_extract.py.
    assert report["macro_f1"] >= 0.5, report


@pytest.mark.slow
def test_seeds_brief_lists_all_sources_with_their_dates(
    seed_paths: list[Path], idlib_config: Path, tmp_path: Path
) -> None:
    result = run(
        "generate",
        *map(str, seed_paths),
        "--config",
        str(idlib_config),
        "--out",
        str(tmp_path),
        "--format",
        "pdf",
    )
    assert result.exit_code == 0, result.output
    text = pdf_text(tmp_path / "brief-2020-03-04.pdf")
    sources = text[text.rindex("Sources") :]
    for title in (
        "Kremlin to Turkey",
        "Putin, Erdogan meet in Moscow",
        "neutralise terrorists",
        "Putin has no plans to meet",
        "Talks Can Be Arranged",
    ):
        assert title in " ".join(sources.split()), title
    assert "2020-02-11" in sources or "11 February 2020" in sources
    assert "2020-03-04" in sources or "4 March 2020" in sources


@pytest.mark.slow
def test_demo_config_brief_has_every_section(demo_config: Path, tmp_path: Path) -> None:
    result = run("generate", "--config", str(demo_config), "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    pdfs = list(tmp_path.glob("brief-*.pdf"))
    assert len(pdfs) == 1
    text = pdf_text(pdfs[0])
    for heading in SECTIONS:
        assert heading in text, heading
    assert not re.search(r"No \w+ (reported|found)", text.split("Sources")[0]), (
        "the demo should fill every section"
    )


@pytest.mark.slow
def test_pdftotext_reads_the_brief(project: Path) -> None:
    if not shutil.which("pdftotext"):
        pytest.fail("pdftotext missing: make test installs poppler-utils")
    run("generate", str(project / "news"), "--config", str(project / "cfg.yaml"))
    pdf = project / "briefs" / "brief-2024-05-10.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Test Brief" in text and "Key developments" in text


@pytest.mark.slow
def test_hostile_article_markup_reaches_nothing_end_to_end(project: Path, server: str) -> None:
    """Article text is untrusted: markup in a .txt or .html article must neither
    embed a local file as a PDF attachment nor make the renderer fetch a URL."""
    hostile = (
        f'<link rel="attachment" href="file:///etc/passwd"> <img src="{server}/pixel.png"> '
        f'<style>@import url("{server}/x.css");</style> <a rel="attachment" href="{server}/f">'
    )
    (project / "news" / "hostile.txt").write_text(
        f"Hostile text article\n\nBy Test Wire\n\nMay 9, 2024\n\n{hostile} Northern army "
        f'shelling killed 4 Southern soldiers, the Southland defence ministry said. "{hostile}'
        ' we will respond," President Lena Ostrova said.\n',
        encoding="utf-8",
    )
    (project / "news" / "hostile.html").write_text(
        f"<html><head><title>Hostile page</title>{hostile}</head><body><article>"
        f"<h1>Hostile page</h1><p>{hostile}</p><p>Northern army shelling killed 5 Southern "
        "soldiers near Dalmi on Thursday, the Southland defence ministry said.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    result = run("generate", str(project / "news"), "--config", str(project / "cfg.yaml"))
    assert result.exit_code == 0, result.output
    pdf = project / "briefs" / "brief-2024-05-10.pdf"
    assert attachments(pdf.read_bytes()) == []
    assert b"root:x:0:0" not in pdf.read_bytes()
    assert Recorder.requests == []
    html = (project / "briefs" / "brief-2024-05-10.html").read_text(encoding="utf-8")
    assert '<link rel="attachment"' not in html and '<img src="http' not in html


def test_a_run_in_process_leaves_the_signal_handlers_as_it_found_them() -> None:
    """A process that calls main and goes on keeps its own SIGTERM and SIGHUP
    handling: a worker it forks later must still die when the pool terminates it."""
    import signal

    before = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGHUP)}
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert {s: signal.getsignal(s) for s in before} == before
