"""Named points in a run where a test can make it stand still.

The interruption tests (tests/hostile/test_interruptions.py) must send a signal while
a run is reading, extracting in its worker processes, rendering or writing, and not a
moment before or after. With ``BRIEFINGS_PAUSE_AT=STAGE`` in its environment, a run
prints ``paused at STAGE`` on standard error when it reaches that point and sleeps
(``BRIEFINGS_PAUSE_SECONDS``, default 60) for the test's signal. Unset, a checkpoint
costs one dictionary lookup.
"""

from __future__ import annotations

import os
import sys
import time

#: The stages, in the order a run reaches them.
STAGES = ("reading", "extracting", "rendering", "writing")


def checkpoint(stage: str) -> None:
    if os.environ.get("BRIEFINGS_PAUSE_AT") != stage:
        return
    try:
        sys.stderr.write(f"paused at {stage}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    time.sleep(float(os.environ.get("BRIEFINGS_PAUSE_SECONDS", "60")))
