"""Issue 10, point 6: a brief written for a reader.

A key development is one sentence, worded from its finding in one place
(``briefings/wording.py``); an agreement reached at a meeting is told with the
meeting; the number of independent sources is said; no date is guessed. The view
model hands the chart's points to ``render/``, which draws them.

The facts are hand-built about invented countries (Kesh and Tarvos).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from dataclasses import fields, replace
from pathlib import Path

from test_analysis import _killed, _outlets, _step
from test_brief import make_config, sample_facts, sample_findings

from briefings.analysis import analyze
from briefings.analysis.common import Context
from briefings.analysis.keydev import pick
from briefings.analysis.model import Findings, KeyDevelopment
from briefings.brief import build_brief
from briefings.config import Actor
from briefings.models import Facts
from briefings.render import render_html
from briefings.wording import Sentences, namer

HERE = Path(__file__).resolve().parent
NAMES = namer([("kesh", "Kesh"), ("tarvos", "Tarvos")])


def _summit(dated: bool = True) -> tuple[Facts, Findings]:
    """A summit in Ostra and the truce agreed there, from three outlets; the link
    between them set as events.py sets it (``Event.reached_at``)."""
    arts = _outlets(
        ("a1", "Harbor Post", "2031-05-19"),
        ("a2", "Meridian Wire", "2031-05-19"),
        ("a3", "Coast Daily", "2031-05-20"),
    )
    on = "2031-05-18" if dated else None
    steps = [
        _step(arts.say("a1", "The two presidents met in Ostra."), "held", on, "Ostra"),
        _step(arts.say("a2", "Kesh and Tarvos held a summit in Ostra."), "held", on, "Ostra"),
        _step(
            arts.say("a2", "At the summit they agreed a truce."), "concluded", on, type="agreement"
        ),
        _step(
            arts.say("a3", "The truce agreed in Ostra holds."),
            "concluded",
            on,
            "Ostra",
            type="agreement",
        ),
    ]
    facts = arts.facts(diplomacy=steps)
    findings = analyze(facts)
    meeting = next(e for e in findings.events if e.type == "meeting")
    events = tuple(
        replace(e, reached_at=meeting.id) if e.type == "agreement" else e for e in findings.events
    )
    key = pick(Context(facts), list(events), [], [], [])
    return facts, replace(findings, events=events, key_developments=tuple(key))


def test_an_agreement_reached_at_a_summit_is_told_with_it_in_one_sentence():
    _, findings = _summit()
    meeting = next(e for e in findings.events if e.type == "meeting")
    truce = next(e for e in findings.events if e.type == "agreement")
    (lead,) = [k for k in findings.key_developments if k.kind == "event"]
    assert (lead.ref, lead.also) == (meeting.id, (truce.id,))
    assert truce.id not in {k.ref for k in findings.key_developments}  # never on its own
    # the sources of both, counted once each: three outlets
    assert lead.n_sources == 3 and set(lead.evidence) == {*meeting.mentions, *truce.mentions}
    words = Sentences(findings, NAMES, dt.date(2031, 5, 20))
    assert words.development(lead) == (
        "Kesh and Tarvos met in Ostra on 18 May 2031 and reached an agreement."
    )


def test_a_key_development_never_guesses_a_date():
    _, findings = _summit(dated=False)
    (lead,) = [k for k in findings.key_developments if k.kind == "event"]
    words = Sentences(findings, NAMES, dt.date(2031, 5, 20))
    assert lead.date is None
    assert words.development(lead) == "Kesh and Tarvos met in Ostra and reached an agreement."


def test_the_track_says_where_an_agreement_was_reached():
    facts, findings = _summit()
    config = make_config(
        date=dt.date(2031, 5, 20),
        actors=(Actor("kesh", "Kesh", ()), Actor("tarvos", "Tarvos", ())),
    )
    rows = {r.step: r for r in build_brief(facts, config, findings).diplomacy}
    assert rows["Agreement"].reached_at == "reached at the meeting in Ostra, 18 May 2031"
    assert rows["Meeting"].reached_at == ""


def test_key_developments_say_their_sources_and_leave_histories_to_the_track():
    arts = _outlets(
        ("a1", "Harbor Post", "2031-05-12"),
        ("a2", "Meridian Wire", "2031-05-16"),
        ("a3", "Coast Daily", "2031-05-19"),
    )
    steps = [
        _step(arts.say("a1", "Kesh proposed a meeting in Ostra."), "proposed", None, "Ostra"),
        _step(
            arts.say("a2", "They will meet in Ostra on May 18."), "planned", "2031-05-18", "Ostra"
        ),
        _step(arts.say("a3", "They met in Ostra on May 18."), "held", "2031-05-18", "Ostra"),
    ]
    toll = _killed(arts.say("a3", "Four people were killed in Selvik."), 4, location="Selvik")
    facts = arts.facts(diplomacy=steps, casualties=[toll])
    config = make_config(
        date=dt.date(2031, 5, 20),
        actors=(Actor("kesh", "Kesh", ()), Actor("tarvos", "Tarvos", ())),
    )
    brief = build_brief(facts, config, analyze(facts, config))
    meeting = brief.key_developments[0]
    assert meeting.text == "Kesh and Tarvos met in Ostra on 18 May 2031."
    assert (meeting.sources, meeting.single_source) == ("3 sources", False)
    assert "single source" in [d.sources for d in brief.key_developments]
    # the statuses reported on the way live in the diplomatic track
    (row,) = brief.diplomacy
    assert [line.status for line in row.earlier] == ["planned", "proposed"]


def test_analysis_picks_references_and_one_module_words_them():
    # Key developments carry no words of their own ...
    assert "text" not in {f.name for f in fields(KeyDevelopment)}
    # ... and the view model never draws: it imports nothing from render/, so render/
    # may import it without a cycle.
    probe = (
        "import sys, briefings.brief\n"
        "print(any(m.startswith('briefings.render') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    for module in ("brief.py", "analysis/keydev.py"):
        source = (HERE.parent / "briefings" / module).read_text(encoding="utf-8")
        assert "briefings.render" not in source, module


def test_render_draws_the_chart_from_the_points_the_view_model_gives():
    config = make_config()
    brief = build_brief(sample_facts(), config, sample_findings())
    assert brief.chart.svg == "" and brief.chart.n_points == 5
    html = render_html(brief, config)
    figure = html.split('<figure class="chart">')[1].split("</figure>")[0]
    assert figure.lstrip().startswith("<svg") and "30–35 killed" in figure
