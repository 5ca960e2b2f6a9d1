"""Extraction speed on FA-KES, and the sentence splitter checked against pysbd.

    .venv/bin/python benchmarks/bench_extract.py              # all of FA-KES
    .venv/bin/python benchmarks/bench_extract.py --limit 200  # the first 200 articles

Prints the extraction time, articles/s and CPU time (user and system, workers
included), each the best of ``--runs`` (in one process and split over the
default number of worker processes), the peak resident memory, and how far the
rule-based splitter agrees with pysbd on the FA-KES texts, with the kinds of
boundary they disagree on.

pysbd is accurate but slow (about 600 sentences/s), so it is no dependency of
briefings; install it into the venv only to run this comparison:

    .venv/bin/pip install pysbd

Without it the comparison is skipped. The FA-KES articles are read from
../shared/data/fa-kes beside the checkout; their text is never written out here,
only counts and short contexts on the terminal.
"""

from __future__ import annotations

import argparse
import re
import resource
import time
from collections import Counter
from pathlib import Path

from briefings.config import load_config
from briefings.executor import default_executor
from briefings.extract import default_workers, extract_facts
from briefings.nlp.sentences import ABBREVIATIONS, split_sentences
from briefings.sources import read_articles

ROOT = Path(__file__).resolve().parents[1]
FAKES = ROOT.parent / "shared" / "data" / "fa-kes"


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """User and system time of this process and of its finished workers."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def bench_extraction(articles: list, config_path: Path, runs: int) -> None:
    config = load_config(config_path)
    n = len(articles)
    for workers in sorted({1, default_workers(n)}):
        best = best_cpu = float("inf")
        for _ in range(runs):  # the best of several: a shared machine's noise only adds
            started, cpu = time.perf_counter(), cpu_seconds()
            facts = extract_facts(articles, config, workers=workers)
            best = min(best, time.perf_counter() - started)
            # the pool's workers count in cpu_seconds() once they are ended and reaped;
            # forking them again is part of the next run, as it is of a command's
            default_executor().close()
            best_cpu = min(best_cpu, cpu_seconds() - cpu)
        count = len(facts.casualties) + len(facts.statements)
        count += len(facts.diplomacy) + len(facts.ground)
        print(
            f"extract  {workers} worker{'s' * (workers != 1)}: {best:6.2f} s  "
            f"{n / best:7.1f} articles/s  (CPU {best_cpu:5.2f} s; {n} articles, "
            f"{count} facts, {len(facts.problems)} problems; best of {runs})"
        )
    print(f"peak RSS {peak_mib():,.0f} MiB (this process)")


def boundaries(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Sentence ends, whitespace trimmed, without the end of the text itself."""
    ends = set()
    for start, end in spans:
        while end > start and text[end - 1].isspace():
            end -= 1
        ends.add(end)
    last = len(text.rstrip())
    ends.discard(last)
    return ends


_WORD_BEFORE = re.compile(r"(\S+)$")
_WORD_AFTER = re.compile(r"^\s*(\S+)")


def kind_of(text: str, end: int) -> str:
    """What sort of boundary ``end`` is, to group the disagreements."""
    before = _WORD_BEFORE.search(text[max(0, end - 30) : end])
    after = _WORD_AFTER.match(text[end : end + 30])
    word = before.group(1) if before else ""
    nxt = after.group(1) if after else ""
    gap = text[end : end + 3]
    if "\n" in text[end : end + 2]:
        return "line break"
    paragraph = text[text.rfind("\n", 0, end) + 1 : end]
    if (paragraph.count('"') % 2 == 1) or paragraph.count("“") > paragraph.count("”"):
        return "inside an open quotation (pysbd keeps a quoted passage together)"
    if not word:
        return "other"
    last = word[-1]
    stem = word.rstrip(".!?\"'”’)").lower().lstrip("(\"'“‘")
    if last not in ".!?\"'”’)":
        return "no terminal punctuation (pysbd splits mid-text)"
    if stem in ABBREVIATIONS:
        return "known abbreviation before the stop"
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]?", stem + "." if last == "." else stem):
        return "initials or dotted acronym"
    if re.fullmatch(r"[\d.,]+", stem):
        return "number before the stop"
    if word[-1] in "\"'”’" or (len(word) > 1 and word[-2] in "\"'”’"):
        return "quotation mark at the stop"
    if not gap[:1].isspace():
        return "no space after the stop"
    if nxt[:1].islower():
        return "lower-case word after the stop"
    if nxt[:1].isdigit():
        return "digit after the stop"
    if len(stem) <= 3 and stem.isalpha():
        return "short word before the stop (unknown abbreviation?)"
    return "other"


def bench_splitter(texts: list[str], examples: int) -> None:
    started = time.perf_counter()
    ours = [split_sentences(t) for t in texts]
    seconds = time.perf_counter() - started
    count = sum(len(s) for s in ours)
    print(f"splitter ours : {count:,} sentences in {seconds:5.2f} s ({count / seconds:,.0f}/s)")
    try:
        import pysbd
    except ImportError:
        print("splitter pysbd: not installed; `.venv/bin/pip install pysbd` to compare")
        return
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    started = time.perf_counter()
    theirs = [[(s.start, s.end) for s in segmenter.segment(t)] for t in texts]
    seconds = time.perf_counter() - started
    count = sum(len(s) for s in theirs)
    print(f"splitter pysbd: {count:,} sentences in {seconds:5.2f} s ({count / seconds:,.0f}/s)")

    both = only_ours = only_theirs = 0
    kinds_ours: Counter[str] = Counter()
    kinds_theirs: Counter[str] = Counter()
    shown: dict[str, list[str]] = {}
    for text, mine, other in zip(texts, ours, theirs, strict=True):
        a = boundaries(text, [(s.start, s.end) for s in mine])
        b = boundaries(text, other)
        both += len(a & b)
        only_ours += len(a - b)
        only_theirs += len(b - a)
        for side, ends, counter in (("ours", a - b, kinds_ours), ("pysbd", b - a, kinds_theirs)):
            for end in ends:
                kind = kind_of(text, end)
                counter[kind] += 1
                context = text[max(0, end - 25) : end + 20].replace("\n", "⏎")
                shown.setdefault(f"{side}: {kind}", []).append(context)
    union = both + only_ours + only_theirs
    print(
        f"boundaries: {both:,} shared, {only_ours:,} only ours, {only_theirs:,} only pysbd; "
        f"agreement {both / union:.3f} (shared / all), "
        f"precision vs pysbd {both / max(1, both + only_ours):.3f}, "
        f"recall vs pysbd {both / max(1, both + only_theirs):.3f}"
    )
    for side, counter in (("only ours", kinds_ours), ("only pysbd", kinds_theirs)):
        print(f"  {side}:")
        for kind, n in counter.most_common(8):
            key = f"{'ours' if side == 'only ours' else 'pysbd'}: {kind}"
            sample = " | ".join(repr(c) for c in shown.get(key, [])[:examples])
            print(f"    {n:5d}  {kind}" + (f"   e.g. {sample}" if sample else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--examples", type=int, default=1, help="contexts shown per kind")
    parser.add_argument("--runs", type=int, default=3, help="runs per setting; the best counts")
    args = parser.parse_args()
    source = FAKES / "fakes.jsonl"
    if not source.exists():
        raise SystemExit(f"{source} is missing: the benchmark reads FA-KES from ../shared")
    config_path = FAKES / "syria.yaml"
    config = load_config(config_path)
    articles = read_articles([source], default_year=config.date.year).articles
    if args.limit:
        articles = articles[: args.limit]
    bench_extraction(articles, config_path, args.runs)
    bench_splitter([a.text for a in articles], args.examples)


if __name__ == "__main__":
    main()
