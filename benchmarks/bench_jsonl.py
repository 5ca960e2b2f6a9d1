"""Peak memory reading a large JSON Lines file: a line at a time, and whole.

    .venv/bin/python benchmarks/bench_jsonl.py              # a 200 MB file
    .venv/bin/python benchmarks/bench_jsonl.py --mb 2000    # 2 GB

Writes a file of fictional records (most without text, so that the articles kept
are few and the figure is the reader's own), then reads it in a fresh process each
way (``read_articles``, the reader the command line uses) and prints the wall time
and the peak RSS of each. Read whole, a file costs about three times its size
(bytes, text, lines); streamed, a few megabytes beyond the articles it gives.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import resource, sys
from briefings.sources import jsonl, read_articles
jsonl.STREAM_BYTES = int(sys.argv[2])
read = read_articles([sys.argv[1]], default_year=2026)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(len(read.articles), len(read.problems), f"{peak:.0f}")
"""


def write(path: Path, megabytes: int) -> None:
    filler = "Nothing here but a title of some length. " * 50
    with path.open("w", encoding="utf-8") as out:
        n = 0
        while out.tell() < megabytes * 1_000_000:
            if n % 1000 == 0:  # a real article now and then
                text = f"Shelling killed {n % 97 + 2} people in Dalmi on day {n}, officials said."
                record = {"title": f"Report {n}", "text": text, "published": "2026-11-10"}
            else:
                record = {"title": f"{n} {filler}"}
            out.write(json.dumps(record) + "\n")
            n += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200, help="size of the file, in MB")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-jsonl-") as work:
        path = Path(work) / "big.jsonl"
        write(path, args.mb)
        print(f"{path.stat().st_size / 1e6:,.0f} MB of JSON Lines")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        for how, threshold in (("a line at a time", 0), ("whole", 10**15)):
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", CHILD, str(path), str(threshold)],
                env=env, capture_output=True, text=True,
            )  # fmt: skip
            seconds = time.perf_counter() - started
            if done.returncode != 0:
                print(f"{how:17}: failed: {done.stderr.strip().splitlines()[-1:]}")
                continue
            articles, problems, peak = done.stdout.split()
            print(f"{how:17}: {seconds:6.1f} s, peak RSS {int(peak):,} MiB "
                  f"({articles} articles, {problems} records without text)")  # fmt: skip


if __name__ == "__main__":
    main()
