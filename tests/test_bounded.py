"""A brief that stays a brief: output.limits bounds each section, counts what it leaves
out and links to the data appendix that holds it all (issue 12).

The large corpus here is synthetic and fictional (the Esk valley of test_brief.py):
findings as analysis would give them for 10,000 articles, so that the bound is
checked at a size no real test corpus reaches, without extracting 10,000 articles.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from test_brief import make_config, sample_facts, sample_findings

from briefings.analysis.model import (
    Claim,
    Event,
    Findings,
    GroundItem,
    LedgerRow,
    Position,
    PositionStatement,
    StatusReport,
    TimelineItem,
)
from briefings.brief import build_brief
from briefings.config import Limits, load_config
from briefings.models import Article, Evidence, Facts
from briefings.render import render_appendix, render_html

AS_OF = dt.date(2031, 6, 30)
SIDES = ("valdoria", "kestria", "front")
PLACES = [f"{a}{b}" for a in ("Mar", "Hal", "Tol", "Ost", "Ves") for b in ("ren", "den", "vik")]


def big_corpus(n_articles: int = 10_000, seed: int = 7) -> tuple[Facts, Findings]:
    """Facts and findings of ``n_articles`` fictional articles over two years."""
    rng = random.Random(seed)
    start = AS_OF - dt.timedelta(days=730)

    def day() -> str:
        return (start + dt.timedelta(days=rng.randrange(731))).isoformat()

    articles = [
        Article(
            id=f"a{i}",
            path=f"news/{i:05}.txt",
            title=f"Fighting near {rng.choice(PLACES)}, report {i}",
            text="",
            source=rng.choice(("Esk Daily", "Northwire", "Radio Esk", "Halden Post")),
            published=day(),
        )
        for i in range(1, n_articles + 1)
    ]

    def evidence(k: int) -> tuple[Evidence, ...]:
        picked = rng.sample(range(1, n_articles + 1), k)
        return tuple(
            Evidence(f"a{i}", f"Sentence {i} of the Esk valley news.", 0, 10) for i in picked
        )

    events = []
    for i in range(1, n_articles * 15 // 100 + 1):
        status = rng.choice(("held", "planned", "proposed", "concluded", "cancelled", None))
        ev = evidence(rng.randint(1, 12))
        history = tuple(
            StatusReport(status or "held", day(), "Esk Daily", None, None, None, (e,))
            for e in ev[: rng.randint(1, len(ev))]
        )
        events.append(
            Event(
                id=f"e{i}",
                type=rng.choice(("talks", "meeting", "call", "agreement")),
                participants=tuple(rng.sample(SIDES, 2)),
                name=None,
                date=day() if rng.random() < 0.8 else None,
                location=rng.choice([*PLACES, None]),
                status=status,
                disputed=(),
                history=history if status else (),
                mentions=ev,
                n_sources=len(ev),
            )
        )
    ledger = []
    for i in range(1, n_articles * 40 // 100 + 1):
        claims = []
        for _ in range(rng.choice((1, 1, 1, 1, 2, 3, 6, 40))):
            value = rng.choice((rng.randint(1, 60), rng.randint(100, 90_000)))
            ev = evidence(rng.randint(1, 3))
            claims.append(
                Claim(
                    figure=f"{value:,}",
                    count=value,
                    low=None,
                    high=None,
                    approximate=False,
                    claimant=rng.choice((None, "Esk Relief Council", "valdoria")),
                    outlets=("Esk Daily",),
                    reported=day(),
                    evidence=ev,
                    n_sources=len(ev),
                )
            )
        ledger.append(
            LedgerRow(
                id=f"c{i}",
                party=rng.choice((*SIDES, "civilians", "unknown", f"Militia {i % 40}")),
                kind=rng.choice(("killed", "wounded", "displaced")),
                date=day() if rng.random() < 0.7 else None,
                location=rng.choice([*PLACES, None]),
                cumulative=rng.random() < 0.05,
                claims=tuple(claims),
            )
        )
    ground = [
        GroundItem(
            id=f"g{i}",
            actor=rng.choice((*SIDES, f"Militia {i % 40}")),
            action=rng.choice(("captured", "shelled", "struck", "advanced", "withdrew")),
            place=rng.choice([*PLACES, None]),
            date=day() if rng.random() < 0.8 else None,
            evidence=evidence(rng.randint(1, 5)),
            n_sources=rng.randint(1, 5),
        )
        for i in range(1, n_articles * 30 // 100 + 1)
    ]
    positions = tuple(
        Position(
            actor,
            (
                (
                    "demands",
                    tuple(
                        PositionStatement(
                            actor,
                            None,
                            f"{actor} demands a halt near {p}, statement {k}.",
                            False,
                            "demands",
                            day(),
                            1.0,
                            evidence(1),
                            1,
                            id=f"s{actor}{k}{p}",
                        )  # fmt: skip
                        for k, p in enumerate(PLACES)
                    ),
                ),
            ),
        )
        for actor in SIDES
    )
    dated = [(e.date, "Diplomacy", e.id, e.mentions) for e in events if e.date]
    dated += [(r.date, "Casualties", r.id, r.evidence) for r in ledger if r.date]
    dated += [(g.date, "Ground", g.id, g.evidence) for g in ground if g.date]
    timeline = tuple(TimelineItem(d, c, ref, ev) for d, c, ref, ev in sorted(dated))
    findings = Findings(
        as_of=AS_OF.isoformat(),
        events=tuple(events),
        ledger=tuple(ledger),
        tallies=(),
        positions=positions,
        ground=tuple(ground),
        timeline=timeline,
        undated=(),
        key_developments=(),
    )
    return Facts(as_of=AS_OF.isoformat(), articles=articles), findings


@pytest.fixture(scope="module")
def big():
    return big_corpus()


@pytest.fixture(scope="module")
def medium():
    return big_corpus(1_500)


@pytest.fixture(scope="module")
def small():
    return big_corpus(300)


@pytest.fixture(scope="module")
def bounded(big):
    """The brief of the big corpus with the default limits."""
    facts, findings = big
    return build_brief(facts, config(), findings)


def config(**changes):
    return make_config(date=AS_OF, **changes)


# -- bounds and counts ----------------------------------------------------------------


def test_every_section_is_cut_to_its_limit_and_counts_the_rest(big, bounded):
    facts, findings = big
    limits = Limits()
    brief = bounded
    assert len(brief.diplomacy) == limits.diplomacy
    assert len(brief.other_contacts) <= limits.contacts
    assert len(brief.casualties) == limits.casualties
    assert len(brief.casualty_digest) <= limits.casualty_lines
    assert len(brief.ground) <= limits.ground  # items a row's sentence also gives join it
    assert len(brief.ground_digest) <= limits.ground_sides
    assert len(brief.timeline) <= limits.timeline
    assert len(brief.sources) == limits.sources
    assert all(len(r.claims) <= limits.claims for r in brief.casualties)
    assert all(len(r.earlier) <= limits.reports for r in brief.diplomacy)
    a = brief.appendix
    assert a is not None and a.file == "brief-2031-06-30-data.html"
    steps = [e for e in findings.events if e.id not in _minor(findings)]
    assert a.diplomacy is not None and a.diplomacy.n == len(steps) - limits.diplomacy
    assert a.diplomacy.text == f"and {a.diplomacy.n} more diplomatic steps in the full data"
    assert a.diplomacy.href == "brief-2031-06-30-data.html#diplomatic-track"
    assert a.casualties is not None and a.casualties.href.endswith("#casualties")
    assert a.sources is not None and a.sources.n == 10_000 - limits.sources
    assert a.timeline is not None and a.timeline.n == len(findings.timeline) - len(brief.timeline)


def _minor(findings):
    from briefings.condense import contacts_listed

    return contacts_listed(findings)


def test_limits_come_from_the_config(medium):
    facts, findings = medium
    small = Limits(diplomacy=3, casualties=4, claims=2, timeline=5, sources=7, cites=2)
    brief = build_brief(facts, config(limits=small), findings)
    assert (len(brief.diplomacy), len(brief.casualties), len(brief.timeline)) == (3, 4, 5)
    assert len(brief.sources) == 7
    assert all(len(r.claims) <= 2 for r in brief.casualties)
    row = next(r for r in brief.casualties if r.more_claims)
    assert re.fullmatch(r"and \d+ more claims? in the full data", row.more_claims)


def test_a_long_line_shows_its_first_source_numbers_and_counts_the_rest(medium):
    facts, findings = medium
    brief = build_brief(facts, config(limits=Limits(cites=3)), findings)
    lines = [c.cites for r in brief.casualties for c in r.claims] + [
        r.cites for r in brief.diplomacy
    ]
    assert all(len(cites) <= 3 for cites in lines)
    cut = [cites for cites in lines if cites and cites[-1].more]
    assert cut and all(len(cites) == 3 for cites in cut)


def test_every_citation_points_at_a_listed_source_or_the_appendix(bounded):
    brief = bounded
    listed = {s.n for s in brief.sources}
    html = render_html(brief, config())
    for where, n in re.findall(r'class="cite" href="([^"#]*)#src-(\d+)"', html):
        assert (int(n) in listed) == (where == ""), (where, n)
        assert where in ("", "brief-2031-06-30-data.html")
    assert listed <= {int(n) for _, n in re.findall(r'href="([^"#]*)#src-(\d+)"', html)}


def test_ranking_keeps_the_largest_and_most_disputed_rows_and_the_live_steps(big, bounded):
    facts, findings = big
    brief = bounded
    shown = {(r.date, r.place, tuple(c.figure for c in r.claims)) for r in brief.casualties}
    assert len(shown) == len(brief.casualties)
    most = max(findings.ledger, key=lambda r: max(c.value or 0 for c in r.claims))
    assert max(c.value or 0 for c in most.claims) == max(
        int(c.figure.replace(",", "")) for r in brief.casualties for c in r.claims
    )
    assert any("claims" in r.more_claims for r in brief.casualties)  # a 40-claim row is there
    # diplomacy: the latest reported steps with a status, not the first ones mentioned
    from briefings.condense import events_ranked

    steps = [e for e in findings.events if e.id not in _minor(findings)]
    best = events_ranked(steps, AS_OF)[: Limits().diplomacy]
    assert all(e.status is not None for e in best)
    assert {e.id for e in best} != {e.id for e in steps[: Limits().diplomacy]}


def test_coming_up_steps_rank_first():
    from briefings.condense import events_ranked

    def step(id, status, date, reported):
        r = StatusReport(status, reported, "Esk Daily", None, None, None, ())
        return Event(id, "talks", SIDES[:2], None, date, None, status, (), (r,), (), 1)

    old_planned = step("e1", "planned", "2031-01-02", "2031-01-01")
    recent_held = step("e2", "held", "2031-06-28", "2031-06-29")
    coming = step("e3", "proposed", "2031-07-10", "2031-05-01")
    referred = Event("e4", "talks", SIDES[:2], None, "2031-06-29", None, None, (), (), (), 3)
    ranked = events_ranked([old_planned, recent_held, coming, referred], AS_OF)
    assert [e.id for e in ranked] == ["e3", "e2", "e1", "e4"]


def test_a_small_brief_is_not_cut_and_has_no_appendix():
    brief = build_brief(sample_facts(), make_config(), sample_findings())
    assert brief.appendix is None
    html = render_html(brief, make_config())
    assert "-data.html" not in html and "in the full data" not in html


def test_the_appendix_holds_every_row_and_source(small):
    facts, findings = small
    full = build_brief(facts, config(), findings, full=True)
    assert full.appendix is None
    assert len(full.diplomacy) + len(full.other_contacts) == len(findings.events)
    assert len(full.casualties) == len(findings.ledger)
    assert sum(len(r.claims) for r in full.casualties) == sum(
        len(r.claims) for r in findings.ledger
    )
    # every item a row (items read from one sentence on one day share theirs)
    assert not full.ground_digest and len(full.ground) > len(findings.ground) * 0.9
    assert len(full.timeline) == len(findings.timeline)
    assert len(full.sources) == len(facts.articles)
    assert all(
        not c.more and not c.where for r in full.casualties for cl in r.claims for c in cl.cites
    )
    html = render_appendix(full, config())
    assert '<p class="kicker">Full data</p>' in html
    for section in ("diplomatic-track", "ground-situation", "casualties", "timeline", "sources"):
        assert f'id="{section}"' in html
    assert 'id="key-developments"' not in html and 'id="positions"' not in html


def test_the_appendix_escapes_article_text():
    facts = sample_facts()
    hostile = '<script>alert(1)</script><a href="javascript:x">'
    facts.articles[0] = replace(facts.articles[0], title=hostile)
    html = render_appendix(
        build_brief(facts, make_config(), sample_findings(), full=True), make_config()
    )
    assert "<script>alert(1)" not in html and 'href="javascript:' not in html
    assert "&lt;script&gt;" in html


def test_limits_are_checked_in_the_config(tmp_path: Path):
    from briefings.errors import ConfigError

    path = tmp_path / "c.yaml"
    path.write_text(
        "title: T\nactors: {a: {name: A}}\noutput: {limits: {casualties: 0, rows: 3}}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = info.value.format_message()
    assert "output.limits.casualties" in message and "rows" in message
    path.write_text(
        "title: T\nactors: {a: {name: A}}\noutput: {limits: {casualties: 5}}\n", encoding="utf-8"
    )
    loaded = load_config(path)
    assert loaded.limits.casualties == 5 and loaded.limits.diplomacy == Limits().diplomacy
    assert loaded.appendix_name(dt.date(2031, 6, 30)) == "brief-2031-06-30-data.html"


# -- the files: written together, linked, and the PDF bound ---------------------------


@pytest.mark.slow
def test_the_appendix_is_written_with_the_brief_and_linked(tmp_path: Path, monkeypatch, big):
    """generate() writes brief, PDF and appendix through one write_all, so they appear
    together or not at all; the PDF's link to the appendix stays relative."""
    import briefings.pipeline as pipeline
    import briefings.writer as writer

    facts, findings = big
    run = pipeline.Run(config(output_folder=tmp_path), AS_OF, facts, findings=findings)
    monkeypatch.setattr(pipeline, "extract", lambda *a, **k: run)
    calls = []
    real = writer.write_all
    monkeypatch.setattr(writer, "write_all", lambda files: calls.append(list(files)) or real(files))
    _, written = pipeline.generate(config(output_folder=tmp_path), out_dir=tmp_path)
    names = sorted(p.name for p in written)
    assert names == ["brief-2031-06-30-data.html", "brief-2031-06-30.html", "brief-2031-06-30.pdf"]
    assert len(calls) == 1 and len(calls[0]) == 3  # one atomic write for all three
    html = (tmp_path / "brief-2031-06-30.html").read_text(encoding="utf-8")
    assert 'href="brief-2031-06-30-data.html"' in html
    pdf = tmp_path / "brief-2031-06-30.pdf"
    assert b"(brief-2031-06-30-data.html" in _uncompressed(pdf)  # a relative URI action
    assert b"file://" not in _uncompressed(pdf)
    assert _pages(pdf) < 15


@pytest.mark.slow
def test_a_small_brief_writes_no_appendix(tmp_path: Path):
    from test_golden import FIXTURE

    from briefings.pipeline import generate

    cfg = load_config(FIXTURE / "brief.yaml")
    _, written = generate(cfg, out_dir=tmp_path, formats=["html"])
    assert [p.name for p in written] == [cfg.output_name("html")]
    assert not list(tmp_path.glob("*-data.html"))


def _uncompressed(pdf: Path) -> bytes:
    import zlib

    data = pdf.read_bytes()
    out = [data]
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            out.append(zlib.decompress(m.group(1)))
        except zlib.error:
            continue
    return b"".join(out)


def _pages(pdf: Path) -> int:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))


# -- the chart at scale ------------------------------------------------------------------


def _points(n: int, parties: int, seed: int = 3):
    from briefings.brief import ChartPoint

    rng = random.Random(seed)
    start = dt.date(2029, 1, 1)
    return [
        ChartPoint(
            f"Party {rng.randrange(parties)}",
            start + dt.timedelta(days=rng.randrange(900)),
            rng.choice((rng.randrange(60), rng.randrange(400_000))),
            None,
        )
        for _ in range(n)
    ]


def test_a_chart_of_many_parties_folds_the_smallest_into_one_series():
    from briefings.render.chart import MAX_SERIES, OTHERS, casualty_chart, fold_series

    points = fold_series(_points(600, 45))
    parties = {p.party for p in points}
    assert len(parties) == MAX_SERIES and OTHERS in parties
    other = next(p for p in points if p.party == OTHERS)
    assert other.label and other.label.endswith(")") and "(Party " in other.label
    svg = casualty_chart(points)
    assert svg.count('class="series"') == MAX_SERIES


def test_label_placement_is_not_quadratic():
    """8,000 claims: seconds by the old all-pairs check (4,000 took 11 s), well under one
    now; the bound is generous for a shared machine."""
    import time

    from briefings.render.chart import casualty_chart, fold_series

    points = fold_series(_points(8_000, 5))
    started = time.perf_counter()
    svg = casualty_chart(points)
    assert time.perf_counter() - started < 10
    assert 0 < svg.count("<text") < len(points)  # a crowded chart labels what fits


def test_the_chart_of_a_bounded_brief_marks_only_the_claims_its_table_shows(big, bounded):
    """Every mark is a claim the casualty section lists; the caption counts the rest."""
    facts, findings = big
    figures = {c.figure for line in bounded.casualties for c in line.claims}
    digest = " ".join(line.text for line in bounded.casualty_digest)
    assert bounded.chart.points
    for p in bounded.chart.points:
        assert p.label in figures or p.label in digest, p
    full = build_brief(facts, config(), findings, full=True)
    assert len(full.chart.points) > 10 * len(bounded.chart.points)
    found = re.search(r"; (\d+) more claims are in the full data\.$", bounded.chart.caption)
    assert found and int(found[1]) >= len(full.chart.points) - len(bounded.chart.points)
    assert "full data" not in full.chart.caption
