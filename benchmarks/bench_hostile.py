"""Articles built to be slow: how long one pathological article takes to extract.

    .venv/bin/python benchmarks/bench_hostile.py            # every shape, best of 3
    .venv/bin/python benchmarks/bench_hostile.py --runs 1 --shapes runon-68k short-100k

Each shape is written to a temporary folder and run through the real command,
`briefings extract --config CFG ARTICLE -o facts.json` (read, extract, analyse,
write the JSON), in a fresh process. The script prints, per shape, its size, the
facts found, the best wall and CPU time of ``--runs`` runs, the best time of the
extraction step alone (from the command's own "Extracted ... in X s" line; the
rest is reading, analysis and writing) and the peak memory.

The shapes:

- ``runon-68k``: 68 KB on one line with no full stop (clauses joined by commas);
- ``short-100k``: 100,000 short sentences, each with a toll, a step or a quote;
- ``runon-5m``: 5 MB on one line, the same clauses;
- ``longwords-200``: 200 lines whose speaker or addressee is one capitalised token of
  900 characters (a pattern that cut such a word at each capital took minutes);
- ``news-5m``: 5 MB of real news text, the FA-KES articles (../shared/data/fa-kes)
  joined into one article: as dense as news is, not denser. Skipped when
  ../shared is missing.

The clauses are our own, varied by a seeded generator: a figure, a place, a day.
The target is under 10 s for any article up to 5 MB; on a shared 2-core machine
the figures vary by up to a third from run to run, hence the best of several.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
FAKES = ROOT.parent / "shared" / "data" / "fa-kes" / "fakes.jsonl"

CONFIG = """\
title: Hostile benchmark
date: 2024-05-10
actors:
  north: {name: Northland, aliases: [Northern army, President Ivo Marek]}
  south: {name: Southland, aliases: [Southern forces, Minister Lena Ostrova]}
"""

PLACES = ["Dalmi", "Veresk", "Ostra", "Kalvin", "Moren", "Tessa", "Brava", "Lunde"]
DAYS = ["on Monday", "on Tuesday", "on May 3", "on 4 May", "last week", "on Friday"]
CLAUSES = [
    "Northern army shelling killed {n} civilians in {place} {day}",
    "the Southland health ministry said {n} people were wounded near {place}",
    "Northland and Southland will hold talks in {place} {day}",
    "Minister Lena Ostrova said the ceasefire agreed in {place} was holding",
    "Southern forces captured {place} {day}, President Ivo Marek told reporters",
    "about {n} families fled {place} after air strikes {day}",
]


def clauses(rng: random.Random):
    while True:
        yield rng.choice(CLAUSES).format(
            n=rng.randint(2, 400), place=rng.choice(PLACES), day=rng.choice(DAYS)
        )


def runon(size: int) -> str:
    rng = random.Random(size)
    parts, total = [], 0
    for clause in clauses(rng):
        if total >= size:
            break
        parts.append(clause)
        total += len(clause) + 2
    return "A dispatch without full stops\n\n" + ", ".join(parts) + "\n"


def short(count: int) -> str:
    rng = random.Random(count)
    gen = clauses(rng)
    body = " ".join(next(gen)[:1].upper() + next(gen)[1:] + "." for _ in range(count))
    return "Many short sentences\n\n" + body + "\n"


def longwords(count: int) -> str:
    """Sentences of the speech shapes whose names are one long capitalised token: a
    pattern that may cut such a word into pieces at every capital backtracks."""
    words = ("A" * 900, "Ab" * 450, "AB-" * 300)
    lines = [
        f"The ministry said {words[i % 3]} x. Officials told {words[(i + 1) % 3]} that."
        for i in range(count)
    ]
    return "Long capitalised words\n\n" + "\n".join(lines) + "\n"


def news(size: int) -> str | None:
    if not FAKES.is_file():
        return None
    texts = [json.loads(line)["text"] for line in FAKES.read_text(encoding="utf-8").splitlines()]
    joined = "\n\n".join(texts)
    body = (joined + "\n\n") * (size // len(joined) + 1)
    return "A compilation of news\n\n" + body[:size]


SHAPES = {
    "runon-68k": lambda: runon(68_000),
    "short-100k": lambda: short(100_000),
    "runon-5m": lambda: runon(5_000_000),
    "longwords-200": lambda: longwords(200),
    "news-5m": lambda: news(5_000_000),
}


class Run(NamedTuple):
    wall: float  # the whole command
    cpu: float  # its user and system time
    extract: float  # the extraction step alone, as the command reports it
    facts: int
    peak_mib: float


_EXTRACTED = re.compile(r"Extracted .* in ([\d.]+) s")


def _count_facts(path: Path) -> int:
    """The facts in a facts file, counted in a process of its own: a child's peak
    memory as ``wait4`` reports it starts from its parent's (it is forked from it),
    so this process must never hold a big file."""
    code = (
        "import json, sys; f = json.load(open(sys.argv[1], encoding='utf-8')); "
        "print(sum(len(f[k]) for k in ('casualties', 'statements', 'diplomacy', 'ground')))"
    )
    return int(subprocess.check_output([sys.executable, "-c", code, str(path)], text=True))


def run_once(folder: Path, article: Path) -> Run:
    out = folder / "facts.json"
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefings", "extract", "--config", "cfg.yaml",
         str(article), "-o", str(out)],
        cwd=folder, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stderr is not None
    progress = proc.stderr.read()  # "Extracted N facts ... in X s" among the lines
    _pid, status, usage = os.wait4(proc.pid, 0)  # this run's own peak memory
    seconds = time.perf_counter() - started
    if status != 0:
        sys.exit(f"briefings extract failed on {article.name} (status {status}):\n{progress}")
    n = _count_facts(out)
    m = _EXTRACTED.search(progress)
    extract = float(m.group(1)) if m else float("nan")
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, cpu, extract, n, usage.ru_maxrss / 1024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per shape; the best counts")
    parser.add_argument("--shapes", nargs="*", default=list(SHAPES), choices=list(SHAPES))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "cfg.yaml").write_text(CONFIG, encoding="utf-8")
        print(
            f"{'shape':<12} {'size':>9} {'facts':>7} {'best wall':>10} {'best CPU':>9} "
            f"{'extract':>8} {'peak RSS':>9}"
        )
        for name in args.shapes:
            text = SHAPES[name]()
            if text is None:
                print(f"{name:<12} skipped: {FAKES} is missing")
                continue
            article = folder / f"{name}.txt"
            article.write_text(text, encoding="utf-8")
            results = [run_once(folder, article) for _ in range(args.runs)]
            best = min(r.wall for r in results)  # the machine's noise only ever adds
            cpu = min(r.cpu for r in results)
            extract = min(r.extract for r in results)
            peak = max(r.peak_mib for r in results)
            size = f"{len(text.encode()) / 1e6:.2f} MB"
            print(
                f"{name:<12} {size:>9} {results[0].facts:>7} {best:>9.2f}s {cpu:>8.2f}s "
                f"{extract:>7.1f}s {peak:>6.0f} MiB"
            )


if __name__ == "__main__":
    main()
