"""Time and memory of each pipeline stage, printed as figures (not a test).

    .venv/bin/python benchmarks/bench_pipeline.py            # seeds + FA-KES from ../shared
    .venv/bin/python benchmarks/bench_pipeline.py --render   # also render the seed brief to PDF

Reads the corpora from ../shared beside the checkout; prints one line per
stage with seconds, articles/s and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from briefings.config import load_config
from briefings.pipeline import extract, render

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench(name: str, config_path: Path, paths: list[Path], with_render: bool) -> None:
    config = load_config(config_path)
    started = time.perf_counter()
    run = extract(config, paths)
    n = len(run.facts.articles)
    for stage, seconds in run.timings.items():
        rate = f"{n / seconds:,.0f} articles/s" if seconds else "-"
        print(f"{name:8} {stage:8} {seconds:7.2f} s  {rate:>18}  ({n} articles)")
    if with_render:
        render(run, ["pdf"])
        print(f"{name:8} {'render':8} {run.timings['render']:7.2f} s  (HTML + PDF)")
    total = time.perf_counter() - started
    print(f"{name:8} {'total':8} {total:7.2f} s  peak RSS {peak_mib():,.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--render", action="store_true", help="also render the seed brief")
    args = parser.parse_args()
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    if seeds:
        bench("seeds", SHARED / "eval" / "configs" / "idlib.yaml", seeds, args.render)
    fakes = SHARED / "data" / "fa-kes"
    if (fakes / "fakes.jsonl").exists():
        bench("fa-kes", fakes / "syria.yaml", [fakes / "fakes.jsonl"], False)


if __name__ == "__main__":
    main()
