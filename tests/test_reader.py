"""Issue 10, points 6 and 7: a brief written for a reader, that stays readable when big.

- Point 6: a key development is one sentence, worded from its finding in one place
  (``briefings/wording.py``); an agreement reached at a meeting is told with the
  meeting; the number of independent sources is said; no date is guessed. The view
  model hands the chart's points to ``render/``, which draws them.
- Point 7: one-source undated calls, meetings and visits fold into a short list;
  positions show a side's point once, however often it is reworded; a big pile of
  articles gives a short PDF.

The articles are invented (``fixtures/reader/``: Aldea, Brask, Ostmark and Lusk are
fictional), and so are the hand-built facts below.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from dataclasses import fields, replace
from functools import cache
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_analysis import Articles, _killed, _outlets, _step
from test_brief import ARTICLES, make_config, sample_facts, sample_findings

from briefings.analysis import analyze
from briefings.analysis.common import Context
from briefings.analysis.keydev import pick
from briefings.analysis.model import Claim, Event, Findings, KeyDevelopment, LedgerRow, StatusReport
from briefings.brief import Brief, build_brief
from briefings.config import Actor, load_config
from briefings.models import Casualty, DiplomaticStep, Evidence, Facts, GroundEvent, Statement
from briefings.pipeline import extract
from briefings.render import render_html, render_pdf
from briefings.wording import Sentences, event_sentence, ledger_sentence, namer

HERE = Path(__file__).resolve().parent
READER = HERE / "fixtures" / "reader" / "reader.yaml"
NAMES = namer([("kesh", "Kesh"), ("tarvos", "Tarvos")])


@cache
def _reader() -> tuple[Facts, Findings, Brief]:
    config = load_config(READER)
    run = extract(config)
    assert run.findings is not None
    return run.facts, run.findings, build_brief(run.facts, config, run.findings)


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


# -- point 6: written for a reader ---------------------------------------------------


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


def test_talks_that_reached_a_ceasefire_and_were_then_called_off_say_both():
    """The meeting's own day, the ceasefire's own word and day, and the later suspension,
    each as the sources give it; never the agreement's day for the talks."""
    ev = Evidence("a1", "x", 0, 1)
    talks = Event(
        "e1",
        "talks",
        ("kesh", "tarvos"),
        None,
        "2031-05-06",
        "Ostra",
        "cancelled",
        (),
        (StatusReport("cancelled", "2031-06-01", None, None, None, None, (ev,)),),
        (ev,),
        2,
    )
    truce = Event(
        "e2",
        "agreement",
        ("kesh", "tarvos"),
        None,
        "2031-05-20",
        None,
        "concluded",
        (),
        (),
        (ev,),
        2,
        reached_at="e1",
        term="ceasefire",
    )
    assert event_sentence(talks, NAMES, reached=[truce]) == (
        "Kesh and Tarvos held talks in Ostra on 6 May 2031 and agreed a ceasefire on 20 May"
        " 2031; the talks were called off or put off on 1 June 2031."
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


def test_the_fixture_brief_leads_with_one_sentence_per_step():
    _, findings, brief = _reader()
    lead = brief.key_developments[0]
    assert lead.text == "Aldea and Brask met in Corvin on 1 March 2032."
    assert lead.sources == "2 sources"
    for d in brief.key_developments:
        assert d.text.endswith((".", "”")) and "earlier" not in d.text
    # the phone calls nobody dates lead nothing
    minor = {e.id for e in findings.events if e.type == "call"}
    assert minor and not minor & {k.ref for k in findings.key_developments}


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


def test_an_undated_source_shows_the_earliest_day_its_text_allows():
    findings = replace(sample_findings(), not_before=(("a5", "2031-05-11"),))
    brief = build_brief(sample_facts(), make_config(), findings)
    assert brief.sources[4].published == "undated (not before 11 May)"
    assert ARTICLES[4].published is None
    assert brief.sources[0].published == "10 May 2031"  # a dated source keeps its date


# -- point 7: big corpora stay readable -------------------------------------------------


def test_one_source_undated_contacts_fold_into_a_short_list():
    _, findings, brief = _reader()
    assert [(r.step, r.participants) for r in brief.diplomacy] == [("Meeting", "Aldea and Brask")]
    assert [c.text for c in brief.other_contacts] == [
        "Aldea and Ostmark: phone call, held",
        "Brask and Lusk: phone call, held",
        "Aldea and Ostmark: meeting, held",
        "Brask and Ostmark: phone call, held",
    ]
    assert all(len(c.cites) == 1 for c in brief.other_contacts)


def test_positions_show_a_sides_point_once_however_it_is_reworded():
    _, findings, brief = _reader()
    # Analysis keeps the three wordings apart: they share too few words to be one statement.
    brask = next(p for p in findings.positions if p.actor == "brask")
    marren = [s for _, ss in brask.themes for s in ss if s.speaker == "Pol Marren"]
    assert len(marren) == 3
    # The brief shows the point once, and counts the rewordings it leaves out.
    shown = next(p for p in brief.positions if p.actor == "Brask")
    says = next(t for t in shown.themes if t.name == "Says")
    assert [s.speaker for s in says.statements] == ["Pol Marren"]
    assert says.more == 2


# A pile of articles as big as a fortnight of a war's coverage: 64 articles from 16
# outlets, each with ground reports, casualty claims, statements and contacts.
SIDES = ("kesh", "tarvos", "varro")
PLACES = "Selvik Ostra Harrow Dorne Amrun Lindhal Caska Merrow Tolvik Brenn Kessa Ulm".split()
ACTIONS = ("shelled", "attacked", "captured", "struck")
THIRD = "Ostmark Lusk Veldra Amber Corvin Pell Naro Quill".split()
POINTS = (
    "{side} will not give up {place}",
    "the shelling of {place} must stop at once",
    "{side} never targeted civilians in {place}",
    "the port of {place} will reopen for aid",
    "talks on {place} are a waste of time",
    "every attack on {place} will be answered",
)


def _big() -> tuple[Facts, Findings]:
    arts = Articles()
    ground, casualties, statements, diplomacy = [], [], [], []
    for i in range(64):
        aid = f"a{i + 1}"
        day = f"2031-05-{1 + i % 14:02d}"
        arts.add(aid, f"Outlet {i % 16}", day)
        side = SIDES[i % 3]
        for j in range(4):
            place, action = PLACES[(i + j) % 12], ACTIONS[(i + j) % 4]
            said = arts.say(aid, f"Forces of {side} {action} {place} on {day} in raid {i}-{j}.")
            ground.append(GroundEvent(side, action, said, place=place, date=day))
        for j in range(3):
            place = PLACES[(i * 3 + j) % 12]
            said = arts.say(aid, f"Officials said {5 + i + j} people died in {place} ({i}-{j}).")
            casualties.append(
                Casualty("civilians", "killed", 5 + i + j, said, date=day, location=place)
            )
        said = arts.say(aid, f"A monitor said several people were hurt ({i}).")
        casualties.append(Casualty("unknown", "wounded", None, said, approximate=True, low=3))
        for j in range(3):
            text = POINTS[(i + j) % 6].format(side=side.title(), place=PLACES[(i + 2 * j) % 12])
            said = arts.say(aid, f"A {side} spokesman said {text} ({i}-{j}).")
            statements.append(Statement(side, f"Spokesman {i % 5}", text, False, said))
        # a call with a different third country each time: one source, no date
        third = f"{THIRD[i % 8]} {'North South East West'.split()[i // 16]}"
        said = arts.say(aid, f"The {side} minister spoke by phone with the {third} envoy ({i}).")
        diplomacy.append(DiplomaticStep("call", (side, third), "held", said))
        if i % 8 == 0:
            said = arts.say(aid, "Kesh and Tarvos will meet in Ostra on May 15.")
            diplomacy.append(
                DiplomaticStep(
                    "meeting", ("kesh", "tarvos"), "planned", said, "2031-05-15", "Ostra"
                )
            )
    facts = Facts(
        as_of="2031-05-14",
        articles=list(arts.articles.values()),
        casualties=casualties,
        statements=statements,
        diplomacy=diplomacy,
        ground=ground,
    )
    return facts, analyze(facts)


@pytest.mark.slow
def test_a_big_pile_of_articles_gives_a_short_pdf():
    facts, findings = _big()
    assert len(findings.ground) > 200 and len(findings.ledger) > 60
    config = make_config(
        actors=tuple(Actor(s, s.title(), ()) for s in SIDES),
        marking=None,
        date=dt.date(2031, 5, 14),
    )
    brief = build_brief(facts, config, findings)
    assert len(brief.ground) <= 12 and brief.ground_digest
    # minor contacts are one line each, the latest output.limits.contacts of them; the
    # rest are counted and in the data appendix
    assert brief.appendix is not None and brief.appendix.contacts is not None
    assert len(brief.other_contacts) == config.limits.contacts
    assert len(brief.other_contacts) + brief.appendix.contacts.n > 50
    assert len(brief.diplomacy) <= 2
    assert sum(len(t.statements) for p in brief.positions for t in p.themes) <= 20
    assert len(brief.timeline) < len(findings.timeline)
    pages = len(PdfReader(BytesIO(render_pdf(render_html(brief, config), config))).pages)
    assert pages <= 12, pages


def test_two_ceasefires_agreed_at_one_round_of_talks_are_told_with_one_verb():
    ev = Evidence("a1", "x", 0, 1)
    talks = Event(
        "e1", "talks", ("kesh", "tarvos"), None, "2031-05-06", "Ostra", "held", (), (), (ev,), 2
    )
    first = Event(
        "e2",
        "agreement",
        ("kesh", "tarvos"),
        None,
        None,
        None,
        "concluded",
        (),
        (),
        (ev,),
        1,
        reached_at="e1",
        term="cease-fire",
    )
    second = replace(first, id="e3", date="2031-05-20", term="ceasefire")
    swap = replace(first, id="e4", term="declaration")
    assert event_sentence(talks, NAMES, reached=[first, second]) == (
        "Kesh and Tarvos held talks in Ostra on 6 May 2031 and agreed a cease-fire and another"
        " on 20 May 2031."
    )
    assert event_sentence(talks, NAMES, reached=[first, swap]) == (
        "Kesh and Tarvos held talks in Ostra on 6 May 2031 and agreed a cease-fire and a"
        " declaration."
    )


def test_a_running_total_is_told_by_its_latest_dated_claim_not_an_undated_one():
    def claim(figure: str, value: int | None, reported: str | None) -> Claim:
        ev = Evidence("a1", "x", 0, 1)
        return Claim(figure, value, None, None, False, "kesh", (), reported, (ev,), 1)

    row = LedgerRow(
        "c1", "civilians", "displaced", None, None, True,
        (claim("200,000", 200_000, "2031-05-02"), claim("350,000", 350_000, "2031-05-09"),
         claim("thousands", None, None)),
        since="war",
    )  # fmt: skip
    assert ledger_sentence(row, NAMES, dated=False) == (
        "Civilians: 350,000 displaced so far, according to Kesh."
    )


def test_the_same_figure_from_two_claimants_is_no_difference() -> None:
    def claim(claimant: str) -> Claim:
        ev = Evidence("a1", "x", 0, 1)
        return Claim("33", 33, None, None, False, claimant, (), "2031-05-02", (ev,), 1)

    row = LedgerRow("c1", "civilians", "killed", None, None, False, (claim("kesh"), claim("UN")))
    said = ledger_sentence(row, NAMES, dated=False)
    assert "claims agree" in said and "differ" not in said
