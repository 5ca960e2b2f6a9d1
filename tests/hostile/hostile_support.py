"""Shared by the hostile-input tests: the command line in a subprocess, a config."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

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


def briefings(*args: str, cwd: Path, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    """Run ``python -m briefings ARGS`` in ``cwd``; stdin is closed, as under cron."""
    return subprocess.run(
        [sys.executable, "-m", "briefings", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
        **kwargs,
    )


def as_a_foreground_job() -> None:
    """In the child, before it runs: Ctrl-C and Ctrl-\\ as a terminal's foreground job
    gets them. A run started from a background shell (``cmd &`` without job control,
    nohup) inherits them ignored, and Python then never turns SIGINT into
    KeyboardInterrupt: the interrupt tests would test the shell, not briefings."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGQUIT, signal.SIG_DFL)


def _drop_file_privileges() -> None:
    """In the child: give up root's right to read and search any file (Linux
    CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, dropped from the bounding set)."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def unprivileged(desk: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the command line without root's right to read every file, so that a
    file with mode 000 cannot be read, as for any other user."""
    if os.geteuid() != 0:
        return briefings(*args, cwd=desk, timeout=timeout)
    if not sys.platform.startswith("linux"):
        pytest.skip("dropping root's file rights needs Linux")
    return briefings(*args, cwd=desk, timeout=timeout, preexec_fn=_drop_file_privileges)
