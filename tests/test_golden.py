"""Golden files: the whole HTML of two small briefs, compared byte for byte.

- ``golden/sample.html``: the hand-built findings of test_brief.py, rendered.
  Changes only when the view model, the templates or the CSS change.
- ``golden/fixture.html``: the articles in ``fixtures/brief/`` through the whole
  pipeline (read, extract, analyse, render). Changes when any stage does.

After an intended change, regenerate both and review the diff:

    BRIEFINGS_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py

The output must not depend on the machine: no timestamps, no absolute paths,
the same bytes on every run (checked below).
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest
from test_brief import make_config, sample_facts, sample_findings
from test_render import MAIN_SECTIONS, lines_of

from briefings.brief import build_brief
from briefings.config import load_config
from briefings.pipeline import extract
from briefings.render import render_html

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"
FIXTURE = HERE / "fixtures" / "brief"
REGEN = os.environ.get("BRIEFINGS_REGEN_GOLDEN") == "1"
COMMAND = "BRIEFINGS_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py"


def sample_html() -> str:
    config = make_config()
    return render_html(build_brief(sample_facts(), config, sample_findings()), config)


def fixture_html(path: Path = FIXTURE / "brief.yaml") -> str:
    config = load_config(path)
    run = extract(config)  # the config's sources: fixtures/brief/articles/
    return render_html(build_brief(run.facts, config), config)


def check(name: str, html: str) -> None:
    path = GOLDEN / name
    if REGEN:
        path.parent.mkdir(exist_ok=True)
        path.write_text(html, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"{path} is missing; create it with: {COMMAND}")
    expected = path.read_text(encoding="utf-8")
    if html != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), html.splitlines(), f"golden/{name}", "rendered", lineterm=""
        )
        shown = "\n".join(list(diff)[:80])
        pytest.fail(
            f"the HTML differs from golden/{name}; if the change is intended, "
            f"regenerate with: {COMMAND}\n{shown}"
        )


@pytest.mark.parametrize(
    "name, render", [("sample.html", sample_html), ("fixture.html", fixture_html)]
)
def test_html_matches_the_golden_file(name, render):
    check(name, render())


@pytest.mark.parametrize("render", [sample_html, fixture_html])
def test_golden_output_is_deterministic_and_machine_independent(render):
    first, second = render(), render()
    assert first == second
    for varying in (str(HERE.parent), str(Path.home()), "/tmp/", os.environ.get("USER") or "\0"):
        assert varying not in first, varying


def test_the_golden_check_would_see_a_change():
    """Control: one changed character in the output fails the comparison."""
    if REGEN:
        pytest.skip("regenerating")
    html = sample_html().replace("Key developments", "Key developmentz", 1)
    with pytest.raises(pytest.fail.Exception, match="regenerate with"):
        check("sample.html", html)


@pytest.mark.parametrize("config", [FIXTURE / "brief.yaml", HERE.parent / "config" / "demo.yaml"])
def test_every_line_of_a_real_brief_cites_a_source(config):
    """Articles through the whole pipeline: every list item, table row and key figure
    of the main sections links to a source."""
    lines = lines_of(fixture_html(config))
    assert {line["section"] for line in lines} >= set(MAIN_SECTIONS) - {"key-figures"}
    uncited = [" ".join(line["text"].split()) for line in lines if not line["cited"]]
    assert uncited == []
