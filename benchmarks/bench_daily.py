"""Two generations in a row over the 804 FA-KES articles, with the history store.

    .venv/bin/python benchmarks/bench_daily.py               # both timings, the ratio
    .venv/bin/python benchmarks/bench_daily.py --keep DIR    # keep the store and briefs in DIR

Each generation is a fresh process (`python -m briefings generate`), as a morning
run would be: the first reads, extracts, analyses and lays out the PDF; the
second finds the articles' facts and the PDF of the same HTML in the store. The
config is copied next to a new store, so nothing is written into ../shared. Exits
with status 1 unless the second run is at least 5x faster and both briefs (PDF and
HTML) are byte for byte the same.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FAKES = ROOT.parent / "shared" / "data" / "fa-kes"
SPEEDUP = 5.0


def generation(config: Path, out: Path) -> tuple[float, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "briefings", "generate", "--config", str(config),
               "--out", str(out), str(FAKES / "fakes.jsonl")]  # fmt: skip
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"generate failed:\n{done.stderr}")
    return seconds, done.stderr


def digests(out: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.iterdir())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args()
    if not (FAKES / "fakes.jsonl").exists():
        sys.exit(f"{FAKES / 'fakes.jsonl'} is missing: the benchmark reads ../shared")
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-daily-"))
    work.mkdir(parents=True, exist_ok=True)
    config = work / "syria.yaml"
    shutil.copy(FAKES / "syria.yaml", config)
    try:
        first, log1 = generation(config, work / "out1")
        second, log2 = generation(config, work / "out2")
        for name, seconds, log in (("first", first, log1), ("second", second, log2)):
            print(f"{name:6} {seconds:7.2f} s")
            for line in log.strip().splitlines():
                print(f"         {line}")
        same = digests(work / "out1") == digests(work / "out2")
        ratio = first / second
        print(f"second run {ratio:.1f}x faster (needed: {SPEEDUP:g}x); briefs identical: {same}")
        for name, digest in digests(work / "out2").items():
            print(f"  {name}  sha256 {digest}")
        if not same or ratio < SPEEDUP:
            sys.exit(1)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
