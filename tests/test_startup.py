"""A fast start: `briefings --help` and an HTML-only brief leave the heavy libraries
unimported (WeasyPrint takes most of a second to import; Dask is optional).

Each command runs in a fresh interpreter, which then lists the modules it loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: Run the command line in this process, then write the top-level modules it loaded.
PROBE = """
import json, sys
from briefings.cli import main
try:
    main(sys.argv[2:], prog_name="briefings")
except SystemExit as exc:
    status = exc.code
with open(sys.argv[1], "w") as f:
    json.dump({"status": status, "modules": sorted({m.split(".")[0] for m in sys.modules})}, f)
"""


def loaded(tmp_path: Path, *args: str) -> set[str]:
    report = tmp_path / "modules.json"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(report), *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    got = json.loads(report.read_text())
    assert got["status"] == 0, done.stderr
    return set(got["modules"])


@pytest.mark.slow
def test_help_imports_no_heavy_library(tmp_path: Path) -> None:
    modules = loaded(tmp_path, "--help")
    heavy = {"weasyprint", "trafilatura", "feedparser", "dateparser", "pydantic", "dask"}
    assert not modules & heavy, modules & heavy


@pytest.mark.slow
def test_html_only_brief_imports_no_weasyprint(tmp_path: Path) -> None:
    # the fictional samples, in every format (HTML pages and JSON Lines among them);
    # the config sits in tmp_path, so its history store does too
    config = tmp_path / "demo.yaml"
    text = (ROOT / "config" / "demo.yaml").read_text("utf-8")
    config.write_text(text.replace("[samples/]", f"[{ROOT / 'config' / 'samples'}]"), "utf-8")
    modules = loaded(
        tmp_path, "generate", "--config", str(config), "--format", "html", "--out", "out", "-q"
    )
    assert (tmp_path / "out" / "brief-2026-11-18.html").is_file()
    assert "weasyprint" not in modules
    assert "dask" not in modules and "distributed" not in modules
    assert "briefings" in modules


@pytest.mark.slow
def test_pydantic_plugin_scan_off_unless_the_user_says() -> None:
    show = "import os, briefings; print(os.environ['PYDANTIC_DISABLE_PLUGINS'])"
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    for given, expected in ((None, "__all__"), ("logfire", "logfire")):
        extra = {} if given is None else {"PYDANTIC_DISABLE_PLUGINS": given}
        done = subprocess.run(
            [sys.executable, "-c", show], capture_output=True, text=True, env={**env, **extra}
        )
        assert done.stdout.strip() == expected, done.stderr


@pytest.mark.slow
def test_a_warm_run_that_reuses_its_pdf_imports_no_weasyprint(tmp_path: Path) -> None:
    config = tmp_path / "demo.yaml"
    text = (ROOT / "config" / "demo.yaml").read_text("utf-8")
    config.write_text(text.replace("[samples/]", f"[{ROOT / 'config' / 'samples'}]"), "utf-8")
    args = ("generate", "--config", str(config), "--out", "out", "-q")
    assert "weasyprint" in loaded(tmp_path, *args)  # the first run lays the PDF out
    pdf = (tmp_path / "out" / "brief-2026-11-18.pdf").read_bytes()
    assert "weasyprint" not in loaded(tmp_path, *args)  # the second finds it in the store
    assert (tmp_path / "out" / "brief-2026-11-18.pdf").read_bytes() == pdf
