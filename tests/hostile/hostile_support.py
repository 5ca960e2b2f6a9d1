"""Shared by the hostile-input tests: the command line in a subprocess, a config."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CONFIG = """\
title: Hostile input
date: 2024-05-10
actors:
  north: {name: Northland, aliases: [Northern army]}
  south: {name: Southland, aliases: [Southern forces]}
"""

ARTICLE = """\
Border clashes go on

Northern army shelling killed 12 Southern soldiers near Dalmi, the Southland defence
ministry said on Wednesday. Delegations of Northland and Southland held talks in Geneva.
"""


def briefings(*args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run ``python -m briefings ARGS`` in ``cwd``; stdin is closed, as under cron."""
    return subprocess.run(
        [sys.executable, "-m", "briefings", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
    )
