"""Analysis cost per article at 1k, 3k and 10k articles: it should stay flat.

    .venv/bin/python benchmarks/bench_analysis.py                 # 1000 3000 10000
    .venv/bin/python benchmarks/bench_analysis.py --sizes 1000 3000
    .venv/bin/python benchmarks/bench_analysis.py --profile 3000  # cProfile, top functions

The FA-KES articles (../shared/data/fa-kes, 804 articles) are extracted once; bigger
corpora are made of distinct copies of their facts, so that nothing merges across
copies that would not merge in a real corpus of that size: copy k is set 8k years
earlier, its figures are k higher, its capitalised words (places, names, claimants)
and every word of its statements carry a suffix of its own. Prints analysis CPU and
wall milliseconds per article for each size (the machine may be shared: CPU time is
the steadier figure). Skipped with a message when ../shared is missing.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import time
from dataclasses import replace
from pathlib import Path

from briefings.analysis import analyze
from briefings.config import load_config
from briefings.extract import extract_facts
from briefings.models import Evidence, Facts
from briefings.sources import read_articles

ROOT = Path(__file__).resolve().parents[1]
FAKES = ROOT.parent / "shared" / "data" / "fa-kes"


def _tag(k: int) -> str:
    """A suffix of letters only ('xb', 'xc', ...): no digit a date or figure rule reads."""
    letters = ""
    while True:
        letters = chr(97 + k % 26) + letters
        k //= 26
        if not k:
            return "x" + letters


def copies(base: Facts, n: int) -> Facts:
    """The first ``n`` articles of as many distinct copies of ``base`` as it takes."""
    articles, casualties, statements, diplomacy, ground = [], [], [], [], []
    k = 0
    while len(articles) < n:
        tag = _tag(k)

        def cap(text: str | None, k: int = k, tag: str = tag) -> str | None:
            return text if k == 0 or text is None else re.sub(r"\b([A-Z]\w*)", r"\1" + tag, text)

        def words(text: str, k: int = k, tag: str = tag) -> str:
            return text if k == 0 else re.sub(r"(\w+)", r"\1" + tag, text)

        def earlier(iso: str | None, k: int = k) -> str | None:
            if k == 0 or not iso or not re.match(r"\d{4}", iso):
                return iso
            return f"{int(iso[:4]) - 8 * k:04d}{iso[4:]}"  # 8 years: leap days stay days

        def more(v: int | None, k: int = k) -> int | None:
            return v if v is None else v + k

        ids: dict[str, str] = {}
        for a in base.articles:
            if len(articles) >= n:
                break
            ids[a.id] = a.id if k == 0 else f"c{k}-{a.id}"
            articles.append(
                replace(
                    a,
                    id=ids[a.id],
                    path=f"{a.path}#{k}",
                    title=cap(a.title) or "",
                    published=earlier(a.published),
                )
            )

        def ev(e: Evidence, ids: dict[str, str] = ids, cap=cap) -> Evidence:
            return replace(e, article_id=ids[e.article_id], sentence=cap(e.sentence) or "")

        kept = ids.keys()
        casualties += [
            replace(
                c,
                evidence=ev(c.evidence),
                count=more(c.count),
                low=more(c.low),
                high=more(c.high),
                date=earlier(c.date),
                location=cap(c.location),
                claimed_by=cap(c.claimed_by),
            )
            for c in base.casualties
            if c.evidence.article_id in kept
        ]
        statements += [
            replace(
                s,
                evidence=ev(s.evidence),
                text=words(s.text),
                speaker=cap(s.speaker),
                date=earlier(s.date),
            )
            for s in base.statements
            if s.evidence.article_id in kept
        ]
        diplomacy += [
            replace(d, evidence=ev(d.evidence), date=earlier(d.date), location=cap(d.location))
            for d in base.diplomacy
            if d.evidence.article_id in kept
        ]
        ground += [
            replace(g, evidence=ev(g.evidence), place=cap(g.place), date=earlier(g.date))
            for g in base.ground
            if g.evidence.article_id in kept
        ]
        k += 1
    return replace(
        base,
        articles=articles,
        casualties=casualties,
        statements=statements,
        diplomacy=diplomacy,
        ground=ground,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 10000])
    parser.add_argument("--profile", type=int, metavar="N", help="profile analysis of N articles")
    args = parser.parse_args()
    source = FAKES / "fakes.jsonl"
    if not source.exists():
        print(f"skipped: {source} is missing (the benchmark reads FA-KES from ../shared)")
        return
    config = load_config(FAKES / "syria.yaml")
    articles = read_articles([source], default_year=config.date.year).articles
    started = time.perf_counter()
    base = extract_facts(articles, config)
    print(
        f"extracted {len(base.articles)} FA-KES articles in {time.perf_counter() - started:.1f} s"
    )
    analyze(copies(base, 20), config)  # imports and world knowledge, loaded once
    if args.profile:
        facts = copies(base, args.profile)
        profile = cProfile.Profile()
        profile.runcall(analyze, facts, config)
        pstats.Stats(profile).sort_stats("tottime").print_stats(25)
        return
    print("articles   facts   cpu s  wall s  cpu ms/art  wall ms/art")
    for n in args.sizes:
        facts = copies(base, n)
        count = len(facts.casualties) + len(facts.statements) + len(facts.diplomacy)
        count += len(facts.ground)
        cpu, wall = time.process_time(), time.perf_counter()
        analyze(facts, config)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        print(
            f"{n:8} {count:7} {cpu:7.2f} {wall:7.2f} "
            f"{1000 * cpu / n:11.2f} {1000 * wall / n:12.2f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
