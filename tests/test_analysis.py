"""Analysis rules on hand-built facts: each test states one rule of briefings.analysis.

The facts here are small and invented (Kesh, Tarvos and Varro are not real
countries); tests on the real extractor are in test_analysis_fixtures.py and
test_analysis_seeds.py.
"""

from __future__ import annotations

import datetime as dt

from briefings.analysis import analyze
from briefings.analysis.model import THEMES, WEIGHTS, Findings, KeyDevelopment
from briefings.analysis.positions import theme
from briefings.models import Article, Casualty, DiplomaticStep, Evidence, Facts, Statement
from briefings.wording import Sentences, id_namer

AS_OF = "2031-05-20"


class Articles:
    """Builds articles one sentence at a time, with real offsets into their text."""

    def __init__(self) -> None:
        self.articles: dict[str, Article] = {}

    def add(self, aid: str, source: str | None, published: str | None) -> None:
        self.articles[aid] = Article(
            id=aid, path=f"{aid}.txt", title=aid, text="", source=source, published=published
        )

    def say(self, aid: str, sentence: str) -> Evidence:
        a = self.articles[aid]
        start = len(a.text) + (1 if a.text else 0)
        text = f"{a.text} {sentence}" if a.text else sentence
        self.articles[aid] = Article(**{**a.__dict__, "text": text})
        return Evidence(aid, sentence, start, start + len(sentence))

    def facts(self, **lists) -> Facts:
        return Facts(as_of=AS_OF, articles=list(self.articles.values()), **lists)


def _outlets(*specs: tuple[str, str | None, str | None]) -> Articles:
    arts = Articles()
    for aid, source, published in specs:
        arts.add(aid, source, published)
    return arts


def _step(ev: Evidence, status: str, date: str | None = None, place: str | None = None, **kw):
    return DiplomaticStep(
        type=kw.get("type", "meeting"),
        participants=kw.get("participants", ("kesh", "tarvos")),
        status=status,  # type: ignore[arg-type]
        evidence=ev,
        date=date,
        location=place,
    )


def _killed(ev: Evidence, count: int | None, claimed_by: str | None = None, **kw) -> Casualty:
    return Casualty(
        party=kw.get("party", "civilians"),
        kind=kw.get("kind", "killed"),
        count=count,
        evidence=ev,
        low=kw.get("low"),
        high=kw.get("high"),
        approximate=kw.get("approximate", False),
        date=kw.get("date"),
        location=kw.get("location"),
        claimed_by=claimed_by,
    )


def worded(f: Findings, k: KeyDevelopment) -> str:
    """A key development as the brief words it (analysis gives references, not words)."""
    return Sentences(f, id_namer(), dt.date.fromisoformat(f.as_of)).development(k)


# -- events ---------------------------------------------------------------------------


def test_one_step_reported_by_two_outlets_is_one_event_with_every_mention():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"), ("a2", "Meridian Wire", "2031-05-13"))
    e1 = arts.say("a1", "The ministers will meet in Ostra on May 19.")
    e2 = arts.say("a2", "Ministers from both sides are to meet in Ostra on May 19.")
    f = analyze(
        arts.facts(
            diplomacy=[
                _step(e1, "planned", "2031-05-19", "Ostra"),
                _step(e2, "planned", "2031-05-19", "Ostra"),
            ]
        )
    )
    assert len(f.events) == 1
    event = f.events[0]
    assert event.mentions == (e1, e2)
    assert event.n_sources == 2
    assert event.status == "planned"


def test_steps_on_different_days_stay_apart():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"), ("a2", "Meridian Wire", "2031-05-13"))
    e1 = arts.say("a1", "The ministers met in Ostra on May 10.")
    e2 = arts.say("a2", "The ministers met in Ostra on May 12.")
    f = analyze(
        arts.facts(
            diplomacy=[
                _step(e1, "held", "2031-05-10", "Ostra"),
                _step(e2, "held", "2031-05-12", "Ostra"),
            ]
        )
    )
    assert len(f.events) == 2


def test_status_history_is_ordered_by_report_date_and_the_latest_is_current():
    arts = _outlets(
        ("a1", "Harbor Post", "2031-05-12"),
        ("a2", "Meridian Wire", "2031-05-13"),
        ("a3", "Coast Daily", None),
    )
    e1 = arts.say("a1", "Kesh and Tarvos proposed a meeting in Ostra on May 19.")
    e2 = arts.say("a2", "Kesh and Tarvos will meet in Ostra on May 19.")
    e3 = arts.say("a3", "Kesh said the meeting with Tarvos in Ostra on May 19 was off.")
    f = analyze(
        arts.facts(
            diplomacy=[
                _step(e3, "cancelled", "2031-05-19", "Ostra"),
                _step(e1, "proposed", "2031-05-19", "Ostra"),
                _step(e2, "planned", "2031-05-19", "Ostra"),
            ]
        )
    )
    (event,) = f.events
    assert [r.status for r in event.history] == ["planned", "proposed", "cancelled"]
    assert [r.reported for r in event.history] == ["2031-05-13", "2031-05-12", None]
    assert event.status == "planned"  # an undated report is never taken as the latest
    assert event.status_changed


def test_a_same_day_disagreement_between_sides_is_shown_not_resolved():
    arts = _outlets(("a1", "Harbor Post", "2031-05-18"), ("a2", "Meridian Wire", "2031-05-18"))
    e1 = arts.say("a1", "Tarvos said the meeting in Ostra on May 19 would go ahead.")
    e2 = arts.say("a2", "Kesh ruled out the meeting in Ostra on May 19.")
    f = analyze(
        arts.facts(
            diplomacy=[
                _step(e1, "planned", "2031-05-19", "Ostra"),
                _step(e2, "not_planned", "2031-05-19", "Ostra"),
            ]
        )
    )
    (event,) = f.events
    assert event.status == "planned"
    assert [r.status for r in event.disputed] == ["not_planned"]
    assert "(disputed: Meridian Wire says not planned)" in worded(f, f.key_developments[0])


def test_a_third_party_mention_does_not_chain_two_different_pairs_into_one_step():
    arts = _outlets(
        ("a1", "Harbor Post", "2031-05-12"),
        ("a2", "Meridian Wire", "2031-05-12"),
        ("a3", "Coast Daily", "2031-05-12"),
    )
    e1 = arts.say("a1", "Kesh and Tarvos held talks.")
    e2 = arts.say("a2", "Kesh, Tarvos and Varro held talks.")
    e3 = arts.say("a3", "Kesh and Varro held talks.")
    f = analyze(
        arts.facts(
            diplomacy=[
                _step(e1, "held", type="talks"),
                _step(e2, "held", type="talks", participants=("kesh", "tarvos", "varro")),
                _step(e3, "held", type="talks", participants=("kesh", "varro")),
            ]
        )
    )
    for event in f.events:
        assert not {e1, e3} <= set(event.mentions)


def test_undated_mentions_in_undated_articles_need_something_in_common_to_merge():
    arts = _outlets(("a1", None, None), ("a2", None, None))
    e1 = arts.say("a1", "The presidents spoke by phone.")
    e2 = arts.say("a2", "The two leaders held a phone call.")
    f = analyze(
        arts.facts(diplomacy=[_step(e1, "held", type="call"), _step(e2, "held", type="call")])
    )
    assert len(f.events) == 2


def test_a_named_agreement_gathers_the_sentences_that_only_refer_to_it():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"), ("a2", "Meridian Wire", "2031-05-13"))
    e1 = arts.say("a1", "Kesh and Tarvos signed the Dorne Corridor Agreement in 2029.")
    e2 = arts.say("a2", "Tarvos said the attack broke the Dorne Corridor Agreement.")
    said = Statement("tarvos", None, "the attack broke the Dorne Corridor Agreement.", False, e2)
    f = analyze(
        arts.facts(diplomacy=[_step(e1, "concluded", "2029", type="agreement")], statements=[said])
    )
    (event,) = f.events
    assert event.name == "Dorne Corridor Agreement"
    assert event.mentions == (e1, e2)
    assert len(event.history) == 1  # a reference is a mention, not a status report


def test_an_old_named_agreement_is_one_event_however_late_it_is_mentioned():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"), ("a2", "Meridian Wire", "2031-05-13"))
    e1 = arts.say("a1", "Kesh and Tarvos signed the Selka Accord years ago.")
    e2 = arts.say("a2", "The Selka Accord of 2019 set the maritime border.")
    said = Statement("tarvos", None, "The Selka Accord of 2019 set the maritime border.", False, e2)
    f = analyze(arts.facts(diplomacy=[_step(e1, "concluded", type="agreement")], statements=[said]))
    (event,) = f.events
    assert (event.name, event.date, event.mentions) == ("Selka Accord", "2019", (e1, e2))


# -- ledger ---------------------------------------------------------------------------


def test_the_same_figure_from_two_outlets_is_one_claim_with_its_corroboration():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"), ("a2", "Meridian Wire", "2031-05-12"))
    c1 = _killed(
        arts.say("a1", "Kesh said 21 people were killed in Selvik."),
        21,
        "kesh",
        date="2031-05-11",
        location="Selvik",
    )
    c2 = _killed(
        arts.say("a2", "Twenty-one people died in Selvik, Kesh said."),
        21,
        "kesh",
        date="2031-05-11",
        location="Selvik",
    )
    f = analyze(arts.facts(casualties=[c1, c2]))
    (row,) = f.ledger
    (claim,) = row.claims
    assert (claim.count, claim.claimant, claim.n_sources) == (21, "kesh", 2)
    assert claim.outlets == ("Harbor Post", "Meridian Wire")


def test_different_figures_for_one_incident_stand_side_by_side_never_averaged():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"), ("a2", "Meridian Wire", "2031-05-13"))
    c1 = _killed(arts.say("a1", "Kesh said 21 people were killed."), 21, "kesh", location="Selvik")
    c2 = _killed(
        arts.say("a2", "A monitor said 24 people were killed."),
        24,
        "Coastal Monitor",
        location="Selvik",
    )
    f = analyze(arts.facts(casualties=[c1, c2]))
    (row,) = f.ledger
    assert [(c.figure, c.claimant) for c in row.claims] == [
        ("21", "kesh"),
        ("24", "Coastal Monitor"),
    ]
    (tally,) = f.tallies
    assert (tally.conservative, tally.highest, tally.smallest) == (21, 24, 21)
    said = " ".join(worded(f, k) for k in f.key_developments)
    assert "21–24 killed in Selvik; claims differ: 21 (Kesh), 24 (Coastal Monitor)" in said


def test_far_apart_figures_are_separate_incidents_and_tallies_never_sum_them():
    arts = _outlets(("a1", "Harbor Post", "2031-05-02"), ("a2", "Meridian Wire", "2031-05-15"))
    c1 = _killed(arts.say("a1", "Six soldiers were killed."), 6, "kesh", party="kesh")
    c2 = _killed(arts.say("a2", "Thirty soldiers were killed."), 30, "kesh", party="kesh")
    f = analyze(arts.facts(casualties=[c1, c2]))
    assert len(f.ledger) == 2
    (tally,) = f.tallies
    assert (tally.conservative, tally.highest, tally.smallest) == (30, 30, 6)
    assert tally.n_claims == 2


def test_running_totals_are_marked_and_kept_apart_from_incidents():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"), ("a2", "Meridian Wire", "2031-05-12"))
    c1 = _killed(arts.say("a1", "Strikes have killed 58 people in the past week."), 58)
    c2 = _killed(arts.say("a2", "Strikes killed 58 people in Selvik."), 58)
    f = analyze(arts.facts(casualties=[c1, c2]))
    assert sorted(r.cumulative for r in f.ledger) == [False, True]


def test_a_running_total_and_the_incident_that_raised_it_are_told_apart():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"))
    ev = arts.say("a1", "The toll has risen to 46, after the bodies of six people were found.")
    f = analyze(arts.facts(casualties=[_killed(ev, 46), _killed(ev, 6)]))
    assert sorted((r.claims[0].count, r.cumulative) for r in f.ledger) == [(6, False), (46, True)]


def test_vague_figures_keep_their_wording_and_the_right_one_is_picked():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"))
    ev = arts.say("a1", "Hundreds of thousands have fled and hundreds of civilians have died.")
    fled = _killed(ev, None, kind="displaced", approximate=True)
    died = _killed(ev, None, approximate=True)
    f = analyze(arts.facts(casualties=[fled, died]))
    figures = {r.kind: r.claims[0].figure for r in f.ledger}
    assert figures == {"displaced": "hundreds of thousands", "killed": "hundreds"}
    assert f.tallies == ()  # no figure to give a range of


# -- positions ------------------------------------------------------------------------


def test_themes_come_from_plain_reporting_verbs():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"))

    def said(sentence: str, text: str, quote: bool = False) -> Statement:
        return Statement("kesh", "Ilan Brae", text, quote, arts.say("a1", sentence))

    cases = {
        "demands": said("Brae called for sanctions against Lindhal.", "sanctions against Lindhal."),
        "accuses": said(
            "Brae accused Tarvos of piracy on the strait.", "Tarvos of piracy on the strait."
        ),
        "warns": said(
            "Brae warned that Kesh would close the strait.", "Kesh would close the strait."
        ),
        "denies": said(
            "Brae denied that Keshi boats had fired first.", "Keshi boats had fired first."
        ),
        "commits": said("Brae pledged to keep the corridor open.", "to keep the corridor open."),
        "says": said(
            "Brae said the talks were useful and long.", "the talks were useful and long."
        ),
    }
    assert {t: theme(s) for t, s in cases.items()} == {t: t for t in cases}
    assert set(cases) == set(THEMES)


def test_a_statement_repeated_across_articles_is_one_with_both_sentences():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"), ("a2", "Meridian Wire", "2031-05-18"))
    quote = "We demand an immediate halt to these attacks on our ports"
    s1 = Statement("kesh", "Ilan Brae", quote, True, arts.say("a1", f'"{quote}," Brae said.'))
    s2 = Statement(
        "kesh",
        "Ilan Brae",
        quote,
        True,
        arts.say("a2", f'"{quote}," he said again.'),
        date="2031-05-18",
    )
    weak = Statement(
        "kesh",
        None,
        "the weather in Amrun was mild",
        False,
        arts.say("a2", "Officials said the weather in Amrun was mild."),
    )
    f = analyze(arts.facts(statements=[s1, s2, weak]))
    (position,) = f.positions
    themes = dict(position.themes)
    (demand,) = themes["demands"]
    assert demand.evidence == (s1.evidence, s2.evidence)
    assert (demand.n_sources, demand.date, demand.reported) == (2, "2031-05-18", "2031-05-12")
    assert demand.strength > themes["says"][0].strength


# -- timeline and key developments ------------------------------------------------------


def test_undated_findings_are_listed_apart_and_never_given_a_date():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"))
    dated = _killed(arts.say("a1", "Four people were killed on May 11."), 4, date="2031-05-11")
    undated = _killed(arts.say("a1", "Two fishermen were wounded."), 2, kind="wounded")
    f = analyze(arts.facts(casualties=[dated, undated]))
    assert [t.date for t in f.timeline] == ["2031-05-11"]
    assert [t.date for t in f.undated] == [None]
    assert f.undated[0].evidence == (undated.evidence,)


def test_key_developments_are_scored_transparently_and_say_single_source():
    arts = _outlets(
        ("a1", "Harbor Post", "2031-05-19"),
        ("a2", "Meridian Wire", "2031-05-19"),
        ("a3", "Coast Daily", "2031-04-01"),
    )
    both = [arts.say(a, "Kesh and Tarvos signed a truce on May 18.") for a in ("a1", "a2")]
    steps = [_step(e, "concluded", "2031-05-18", type="agreement") for e in both]
    recent = _killed(arts.say("a1", "Nine people were killed on May 19."), 9, date="2031-05-19")
    old = _killed(arts.say("a3", "Two people were killed on March 30."), 2, date="2031-03-30")
    f = analyze(arts.facts(diplomacy=steps, casualties=[recent, old]))
    keys = f.key_developments
    assert 3 <= len(keys) <= 7 or len(keys) == 3
    lead = keys[0]
    assert lead.kind == "event" and lead.score.agreement == 1.0 and not lead.single_source
    assert worded(f, lead) == "Kesh and Tarvos reached an agreement on 18 May 2031."
    for k in keys:
        parts = (
            k.score.recency,
            k.score.sources,
            k.score.size,
            k.score.status_change,
            k.score.agreement,
        )
        assert (
            abs(k.score.total - sum(w * p for w, p in zip(WEIGHTS.values(), parts, strict=True)))
            < 1e-2
        )
        assert k.single_source == (k.n_sources < 2)
        assert k.evidence
    totals = [k.score.total for k in keys]
    assert totals == sorted(totals, reverse=True)


def test_analysis_is_deterministic_and_only_cites_the_facts_sentences():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"), ("a2", "Meridian Wire", "2031-05-13"))
    facts = arts.facts(
        casualties=[_killed(arts.say("a1", "Kesh said 21 were killed."), 21, "kesh")],
        diplomacy=[
            _step(
                arts.say("a2", "They will meet in Ostra on May 19."),
                "planned",
                "2031-05-19",
                "Ostra",
            )
        ],
        statements=[
            Statement(
                "tarvos",
                "Oren Vale",
                "the reports were fabricated",
                False,
                arts.say("a2", "Oren Vale said the reports were fabricated."),
            )
        ],
    )
    first, second = analyze(facts), analyze(facts)
    assert first == second
    known = {f.evidence for f in (*facts.casualties, *facts.diplomacy, *facts.statements)}
    cited = {e for k in first.key_developments for e in k.evidence}
    cited |= {e for t in (*first.timeline, *first.undated) for e in t.evidence}
    assert cited and cited <= known
