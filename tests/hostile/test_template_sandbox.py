"""A template_dir may come with a shared config: its templates run in a sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_support import briefings

pytestmark = pytest.mark.slow  # PDFs, a browser or the command line in a subprocess


def _with_template(desk: Path, body: str) -> None:
    (desk / "tpl").mkdir()
    (desk / "tpl" / "brief.html").write_text(
        '{% extends "default:brief.html" %}\n' + body, encoding="utf-8"
    )
    with (desk / "cfg.yaml").open("a", encoding="utf-8") as cfg:
        cfg.write("template_dir: tpl\n")


def _generate(desk: Path):
    return briefings(
        "generate",
        "--config",
        "cfg.yaml",
        "--format",
        "html",
        "--out",
        "out",
        "news/clashes.txt",
        "--quiet",
        cwd=desk,
    )


def test_template_cannot_run_shell_commands(desk: Path) -> None:
    marker = desk / "ran"
    _with_template(
        desk,
        "{% block head %}{{ lipsum.__globals__['os'].popen('touch "
        + str(marker)
        + "; id').read() }}{% endblock %}\n",
    )

    result = _generate(desk)

    assert not marker.exists()
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: {desk}/tpl/brief.html, line 2: not allowed in a template (access to "
        "attribute '__globals__' of 'function' object is unsafe); a template may read the "
        "brief's fields and use Jinja's tags and filters, nothing more\n"
    )
    assert not (desk / "out").exists()


@pytest.mark.parametrize(
    "expression",
    [
        "brief.__class__.__mro__",
        "brief.title.__class__.__subclasses__()",
        "cycler.__init__",
        # view-model fields are read directly; what they hold still meets the sandbox
        "brief.header.__dict__",
        "brief.chart.svg.__class__.__mro__",
        "brief.header.title.__class__.__base__.__subclasses__()",
    ],
)
def test_template_cannot_reach_internals(desk: Path, expression: str) -> None:
    _with_template(desk, "{% block head %}{{ " + expression + " }}{% endblock %}\n")

    result = _generate(desk)

    assert result.returncode == 1
    assert result.stderr.startswith(f"Error: {desk}/tpl/brief.html, line 2: not allowed")
    assert "Traceback" not in result.stderr


def test_template_cannot_mutate_values(desk: Path) -> None:
    # The immutable sandbox: no list or dict method that changes its object.
    _with_template(desk, "{% block head %}{% set xs = [1] %}{{ xs.append(2) }}{% endblock %}\n")

    result = _generate(desk)

    assert result.returncode == 1
    assert "not allowed in a template" in result.stderr


def test_template_cannot_allocate_without_bound(desk: Path) -> None:
    _with_template(desk, '{% block head %}{{ "x" * 10**10 }}{% endblock %}\n')

    result = _generate(desk)

    assert result.returncode == 1
    assert result.stderr == (
        f"Error: {desk}/tpl/brief.html, line 2: not allowed in a template (a repeated string "
        "or list in a template is too long); a template may read the brief's fields and use "
        "Jinja's tags and filters, nothing more\n"
    )


def test_recursive_macro_ends_in_a_clean_error(desk: Path) -> None:
    _with_template(
        desk,
        "{% macro down(n) %}{{ down(n + 1) }}{% endmacro %}\n"
        "{% block head %}{{ down(1) }}{% endblock %}\n",
    )

    result = _generate(desk)

    assert result.returncode == 1
    assert result.stderr == (
        f"Error: {desk}/tpl/brief.html, line 2: a macro or include calls itself without "
        "end; make sure every recursive macro stops\n"
    )
