"""Analysis rules on hand-built facts: each test states one rule of briefings.analysis.

The facts here are small and invented (Kesh, Tarvos and Varro are not real
countries); tests on the real extractor are in test_analysis_fixtures.py and
test_analysis_seeds.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from briefings.analysis import analyze
from briefings.analysis.model import THEMES, WEIGHTS, Findings, KeyDevelopment
from briefings.analysis.positions import theme
from briefings.models import Article, Casualty, DiplomaticStep, Evidence, Facts, Statement
from briefings.wording import Sentences, id_namer, ledger_sentence

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


def _agreed(
    ev: Evidence, date: str | None, term: str = "ceasefire", place: str | None = None
) -> DiplomaticStep:
    """A deal reached, told by its own word ("ceasefire", "deal")."""
    return replace(_step(ev, "concluded", date, place, type="agreement"), term=term)


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
        group=kw.get("group"),
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


def test_a_step_told_at_its_venue_its_city_and_its_region_is_one_event():
    arts = _outlets(
        ("a1", "Harbor Post", "2031-05-13"),
        ("a2", "Meridian Wire", "2031-05-13"),
        ("a3", "Coast Daily", "2031-05-14"),
        ("a4", "Valley Times", "2031-05-14"),
    )
    e1 = arts.say("a1", "The leaders met at the Castle Vell guesthouse in Ostra on Monday.")
    e2 = arts.say("a2", "The leaders held talks in Ostra, Lomaria on Monday.")
    e3 = arts.say("a3", "The summit in Lomaria on Monday ended without a deal.")
    e4 = arts.say("a4", "They talked for three hours at Castle Vell on Monday.")
    f = analyze(
        arts.facts(
            diplomacy=[
                _step(e1, "held", "2031-05-12", "Castle Vell guesthouse"),
                _step(e2, "held", "2031-05-12", "Ostra"),
                _step(e3, "held", "2031-05-12", "Lomaria"),
                _step(e4, "held", "2031-05-12", "Castle Vell"),
            ]
        )
    )
    assert len(f.events) == 1 and f.events[0].n_sources == 4


def test_places_side_by_side_or_listed_are_not_one_place():
    arts = _outlets(("a1", "Harbor Post", "2031-05-13"), ("a2", "Meridian Wire", "2031-05-13"))
    e1 = arts.say("a1", "The leaders met in Ostra, Lomaria on Monday, after envoys met in Brenn.")
    e2 = arts.say("a2", "The leaders met in Ostra, Brenn and Lomaria on Monday.")
    e3 = arts.say("a2", "The leaders met in Brenn on Monday.")
    f = analyze(
        arts.facts(
            diplomacy=[
                _step(e1, "held", "2031-05-12", "Ostra"),
                _step(e2, "held", "2031-05-12", "Ostra"),
                _step(e3, "held", "2031-05-12", "Brenn"),
            ]
        )
    )
    assert len(f.events) == 2


def test_a_visit_and_the_meeting_held_in_it_on_its_day_are_one_step():
    arts = _outlets(("a1", "Harbor Post", "2031-05-06"), ("a2", "Meridian Wire", "2031-05-07"))
    e1 = arts.say("a1", "The envoy held a meeting with the Kesh leader in Ostra on Tuesday.")
    e2 = arts.say("a2", "The envoy visited Ostra on May 6, where he met the Kesh leader.")
    f = analyze(
        arts.facts(
            diplomacy=[
                _step(e1, "held", "2031-05-06", "Ostra"),
                _step(e2, "held", "2031-05-06", "Ostra", type="visit"),
            ]
        )
    )
    assert [(e.type, e.n_sources) for e in f.events] == [("meeting", 2)]


def test_an_undated_call_told_over_a_week_on_is_not_the_call_told_before():
    arts = _outlets(("a1", "Harbor Post", "2031-05-06"), ("a2", "Meridian Wire", "2031-05-16"))
    e1 = arts.say("a1", "The two leaders spoke by phone on Tuesday.")
    e2 = arts.say("a2", "The two leaders spoke by phone, their offices said.")
    e3 = arts.say("a2", "The two sides' talks went on in Ostra, officials said.")
    e4 = arts.say("a1", "Talks were held in Ostra on Tuesday.")
    f = analyze(
        arts.facts(
            diplomacy=[
                _step(e1, "held", "2031-05-06", type="call"),
                _step(e2, "held", type="call"),
                _step(e4, "held", "2031-05-06", "Ostra", type="talks"),
                _step(e3, "held", None, "Ostra", type="talks"),
            ]
        )
    )
    # (talks go on for weeks: told a week on, they are the same talks)
    assert sorted((e.type, len(e.mentions)) for e in f.events) == [
        ("call", 1),
        ("call", 1),
        ("talks", 2),
    ]


def test_a_report_fitting_two_pieces_of_one_step_joins_the_most_told_not_a_third():
    arts = _outlets(
        ("a1", "Harbor Post", "2031-05-13"),
        ("a2", "Meridian Wire", "2031-05-13"),
        ("a3", "Coast Daily", "2031-05-13"),
        ("a4", "Valley Times", "2031-05-14"),
    )
    e1 = arts.say("a1", "The leaders met in Ostra on Monday.")
    e2 = arts.say("a2", "The leaders met in Ostra on Monday, the first time in years.")
    e3 = arts.say("a3", "The leaders met in Brenn on Monday.")
    e4 = arts.say("a4", "The leaders shook hands on Monday before their meeting.")
    f = analyze(
        arts.facts(
            diplomacy=[
                _step(e1, "held", "2031-05-12", "Ostra"),
                _step(e2, "held", "2031-05-12", "Ostra"),
                _step(e3, "held", "2031-05-12", "Brenn"),
                _step(e4, "held", "2031-05-12"),
            ]
        )
    )
    assert sorted(len(e.mentions) for e in f.events) == [1, 3]


def test_an_undated_truce_is_the_one_truce_of_its_sides_not_their_trade_deal():
    arts = _outlets(
        ("a1", "Harbor Post", "2031-05-10"),
        ("a2", "Meridian Wire", "2031-05-12"),
        ("a3", "Coast Daily", None),
    )
    e1 = arts.say("a1", "Kesh and Tarvos agreed a ceasefire on Saturday.")
    e2 = arts.say("a2", "Kesh and Tarvos signed a trade deal on Monday.")
    e3 = arts.say("a3", "Kesh and Tarvos agreed to a full ceasefire, officials said.")

    f = analyze(
        arts.facts(
            diplomacy=[
                _agreed(e1, "2031-05-10", "ceasefire"),
                _agreed(e2, "2031-05-12", "deal"),
                _agreed(e3, None, "ceasefire"),
            ]
        )
    )
    assert sorted(len(e.mentions) for e in f.events) == [1, 2]
    truce = next(e for e in f.events if len(e.mentions) == 2)
    assert truce.mentions == (e1, e3)


def test_places_told_in_one_sentence_about_other_things_are_not_one_place():
    arts = _outlets(
        ("a1", "Harbor Post", "2031-05-01"),
        ("a2", "Meridian Wire", "2031-05-02"),
        ("a3", "Coast Daily", "2031-05-08"),
    )
    e1 = arts.say("a1", "The ministers held talks in Ostra on Friday.")
    e2 = arts.say("a2", "After Friday's talks in Ostra, Brenn will host the next round.")
    e3 = arts.say("a3", "Officials in Velm welcomed the envoys' talks in Brenn on Friday.")
    f = analyze(
        arts.facts(
            diplomacy=[
                _step(e1, "held", "2031-05-01", "Ostra", type="talks"),
                _step(e2, "held", "2031-05-01", "Ostra", type="talks"),
                _step(e3, "held", "2031-05-01", "Brenn", type="talks"),
            ]
        )
    )
    assert sorted(len(e.mentions) for e in f.events) == [1, 2]


def test_a_second_round_at_the_same_venue_is_not_the_first_put_off():
    arts = _outlets(
        ("a1", "Harbor Post", "2031-04-16"),
        ("a2", "Meridian Wire", "2031-04-28"),
        ("a3", "Coast Daily", "2031-05-02"),
    )
    e1 = arts.say("a1", "The delegations held talks in Ostra on Wednesday.")
    e2 = arts.say("a2", "A second round of talks will be held in Ostra on May 2.")
    e3 = arts.say("a3", "The second round of talks was held in Ostra on Friday.")
    f = analyze(
        arts.facts(
            diplomacy=[
                _step(e1, "held", "2031-04-16", "Ostra", type="talks"),
                _step(e2, "planned", "2031-05-02", "Ostra", type="talks"),
                _step(e3, "held", "2031-05-02", "Ostra", type="talks"),
            ]
        )
    )
    assert sorted((e.date, len(e.mentions)) for e in f.events) == [
        ("2031-04-16", 1),
        ("2031-05-02", 2),
    ]


def test_two_capitals_of_one_country_are_two_places_but_two_names_of_one_are_one():
    from briefings.analysis.places import Places

    places = Places([])
    assert not places.same("Jerusalem", "Tel Aviv")
    assert places.same("New Delhi", "Delhi")
    assert not places.same("Moscow", "Saudi Arabia")


def test_a_report_fitting_steps_of_two_days_alike_is_neither():
    arts = _outlets(
        ("a1", "Harbor Post", "2031-04-11"),
        ("a2", "Meridian Wire", "2031-04-25"),
        ("a3", "Coast Daily", "2031-04-26"),
        ("a4", "Valley Times", "2031-04-30"),
    )
    e1 = arts.say("a1", "The envoy met the leader in Ostra on Friday.")
    e2 = arts.say("a2", "The envoy met the leader in Brenn on Friday.")
    e3 = arts.say("a3", "The envoy met the leader in Brenn on Friday, officials said.")
    e4 = arts.say("a4", "The envoy met the leader in April, officials said.")
    f = analyze(
        arts.facts(
            diplomacy=[
                _step(e1, "held", "2031-04-11", "Ostra"),
                _step(e2, "held", "2031-04-25", "Brenn"),
                _step(e3, "held", "2031-04-25", "Brenn"),
                _step(e4, "held", "2031-04"),
            ]
        )
    )
    assert sorted(len(e.mentions) for e in f.events) == [1, 1, 2]


def test_a_bare_report_fitting_steps_of_two_days_alike_adds_no_third_step():
    arts = _outlets(
        ("a1", "Harbor Post", "2031-04-11"),
        ("a2", "Meridian Wire", "2031-04-25"),
        ("a3", "Coast Daily", "2031-04-26"),
        ("a4", "Valley Times", None),
    )
    e1 = arts.say("a1", "The envoy met the leader in Ostra on Friday.")
    e2 = arts.say("a2", "The envoy met the leader in Brenn on Friday.")
    e3 = arts.say("a3", "The envoy met the leader in Brenn on Friday, officials said.")
    e4 = arts.say("a4", "The envoy met the leader on Friday, officials said.")
    pieces = [
        _step(e1, "held", "2031-04-11", "Ostra"),
        _step(e2, "held", "2031-04-25", "Brenn"),
        _step(e3, "held", "2031-04-25", "Brenn"),
    ]
    friday = replace(_step(e4, "held"), weekday=4)  # an undated story: either Friday
    f = analyze(arts.facts(diplomacy=[*pieces, friday]))
    assert sorted(len(e.mentions) for e in f.events) == [1, 2]
    # ... but one that tells news of its own (the meeting called off) is kept
    f = analyze(arts.facts(diplomacy=[*pieces, replace(friday, status="cancelled")]))
    assert sorted(len(e.mentions) for e in f.events) == [1, 1, 2]


def test_a_round_set_against_an_earlier_one_is_not_that_one():
    arts = _outlets(("a1", "Harbor Post", "2031-05-02"), ("a2", "Meridian Wire", "2031-05-02"))
    e1 = arts.say("a1", "The third round of talks was held in Ostra on Friday.")
    e2 = arts.say("a2", "The talks in Ostra on Friday were shorter than the first round.")
    f = analyze(
        arts.facts(
            diplomacy=[
                _step(e1, "held", "2031-05-02", "Ostra", type="talks"),
                _step(e2, "held", "2031-05-02", "Ostra", type="talks"),
            ]
        )
    )
    assert [len(e.mentions) for e in f.events] == [2]


def test_a_truce_made_overnight_and_dated_a_day_apart_is_one():
    arts = _outlets(("a1", "Harbor Post", "2031-05-08"), ("a2", "Meridian Wire", "2031-05-09"))
    e1 = arts.say("a1", "Kesh and Tarvos agreed a ceasefire on Wednesday.")
    e2 = arts.say("a2", "Kesh and Tarvos agreed a ceasefire early on Thursday.")
    e3 = arts.say("a2", "Kesh and Tarvos signed a trade deal on Tuesday.")

    f = analyze(
        arts.facts(
            diplomacy=[
                _agreed(e1, "2031-05-07", "ceasefire"),
                _agreed(e2, "2031-05-08", "ceasefire"),
                _agreed(e3, "2031-05-06", "deal"),
            ]
        )
    )
    assert sorted(len(e.mentions) for e in f.events) == [1, 2]
    # one named for where it holds, and a deal of the truce told a day later, are one too
    e4 = arts.say("a1", "Kesh and Tarvos agreed a ceasefire on Wednesday.")
    e5 = arts.say("a2", "The Selvik ceasefire was ratified by Kesh and Tarvos on Thursday.")
    f = analyze(
        arts.facts(diplomacy=[_agreed(e4, "2031-05-07", "ceasefire"), _agreed(e5, "2031-05-08")])
    )
    assert [len(e.mentions) for e in f.events] == [2]


def test_an_undated_report_of_a_weekday_joins_the_step_of_that_weekday():
    # an undated article cannot date "on Saturday", but it tells which step it was
    arts = _outlets(("a1", "Harbor Post", "2031-05-11"), ("a2", "Meridian Wire", None))
    e1 = arts.say("a1", "Kesh and Tarvos agreed a ceasefire on Saturday.")
    e2 = arts.say("a1", "They had agreed a first ceasefire on Tuesday.")
    e3 = arts.say("a1", "The envoys met on Monday and again on Friday.")
    e4 = arts.say("a2", "Kesh and Tarvos agreed a ceasefire on Saturday.")
    e5 = arts.say("a2", "The envoys of Kesh and Tarvos met on Friday.")
    e6 = arts.say("a2", "The envoys of Kesh and Tarvos met on Thursday.")
    f = analyze(
        arts.facts(
            diplomacy=[
                _agreed(e1, "2031-05-10"),
                _agreed(e2, "2031-05-06"),
                _step(e3, "held", "2031-05-05"),
                _step(e3, "held", "2031-05-09"),
                replace(_agreed(e4, None), weekday=5),
                replace(_step(e5, "held"), weekday=4),
                replace(_step(e6, "held"), weekday=3),
            ]
        )
    )
    by_date = {e.date: {m.article_id for m in e.mentions} for e in f.events}
    assert by_date["2031-05-10"] == {"a1", "a2"}
    assert by_date["2031-05-06"] == {"a1"}
    assert by_date["2031-05-09"] == {"a1", "a2"}
    assert by_date["2031-05-05"] == {"a1"}
    # a day of the week no step was on is no step of those days
    assert by_date[None] == {"a2"}


def test_a_deal_of_one_day_told_where_it_was_reached_or_announced_is_one():
    arts = _outlets(("a1", "Harbor Post", "2031-05-06"), ("a2", "Meridian Wire", "2031-05-06"))
    e1 = arts.say("a1", "Kesh and Tarvos agreed a ceasefire in Ostra on Tuesday.")
    e2 = arts.say("a2", "Kesh and Tarvos agreed a ceasefire on Tuesday, Brenn announced.")
    e3 = arts.say("a2", "The envoys met in Ostra on Tuesday.")
    e4 = arts.say("a1", "The envoys met in Brenn on Tuesday.")

    f = analyze(
        arts.facts(
            diplomacy=[
                _agreed(e1, "2031-05-06", place="Ostra"),
                _agreed(e2, "2031-05-06", place="Brenn"),
                _step(e3, "held", "2031-05-06", "Ostra"),
                _step(e4, "held", "2031-05-06", "Brenn"),
            ]
        )
    )
    # (meetings in two places stay two)
    assert sorted((e.type, len(e.mentions)) for e in f.events) == [
        ("agreement", 2),
        ("meeting", 1),
        ("meeting", 1),
    ]


def test_a_truce_and_its_extension_a_day_later_stay_two():
    arts = _outlets(("a1", "Harbor Post", "2031-05-08"), ("a2", "Meridian Wire", "2031-05-09"))
    e1 = arts.say("a1", "Kesh and Tarvos agreed a ceasefire on Wednesday.")
    e2 = arts.say("a2", "Kesh and Tarvos agreed on Thursday to extend the ceasefire.")

    f = analyze(arts.facts(diplomacy=[_agreed(e1, "2031-05-07"), _agreed(e2, "2031-05-08")]))
    assert len(f.events) == 2


def test_a_toll_of_a_week_of_strikes_stays_a_running_tally():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"), ("a2", "Meridian Wire", "2031-05-13"))
    first = arts.say("a1", "Nine people were killed in the strike on Dorn on Monday.")
    week = arts.say("a2", "The number killed in the shelling of Dorn this week has risen to 31.")
    f = analyze(
        arts.facts(
            casualties=[
                _killed(first, 9, location="Dorn", date="2031-05-12"),
                _killed(week, 31, location="Dorn", date="2031-05-12"),
            ]
        )
    )
    assert sorted([c.floor for c in r.claims] for r in f.ledger) == [[9], [31]]


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


def test_a_deal_two_outlets_told_as_made_is_not_unmade_by_later_talk_of_it():
    arts = _outlets(
        ("a1", "Harbor Post", "2031-05-12"),
        ("a2", "Meridian Wire", "2031-05-13"),
        ("a3", "Coast Daily", "2031-05-16"),
    )
    e1 = arts.say("a1", "Kesh and Tarvos agreed a ceasefire in Ostra on May 12.")
    e2 = arts.say("a2", "The ceasefire Kesh and Tarvos agreed in Ostra on May 12 held.")
    e3 = arts.say("a3", "Kesh said the Ostra ceasefire with Tarvos must be complete.")
    made = [_agreed(e1, "2031-05-12", place="Ostra"), _agreed(e2, "2031-05-12", place="Ostra")]
    later = replace(_agreed(e3, None, place="Ostra"), status="proposed")
    (event,) = analyze(arts.facts(diplomacy=[*made, later])).events
    assert event.status == "concluded"
    # ... but one outlet's word is not enough to outweigh what came after
    (event,) = analyze(arts.facts(diplomacy=[made[0], later])).events
    assert event.status == "proposed"


def test_a_step_told_as_done_is_dated_only_by_a_report_that_it_was_done():
    """The day a truce was offered is not the day it was made: the brief must not say
    "reached an agreement on 12 May" when no source says it was made that day."""
    arts = _outlets(("a1", "Harbor Post", "2031-05-13"), ("a2", "Meridian Wire", "2031-05-14"))
    e1 = arts.say("a1", "On Tuesday Kesh offered Tarvos a ceasefire.")
    e2 = arts.say("a2", "Kesh and Tarvos have agreed a ceasefire, the mediator said.")
    offered = replace(_agreed(e1, "2031-05-12"), status="proposed")
    (event,) = analyze(arts.facts(diplomacy=[offered, _agreed(e2, None)])).events
    assert event.status == "concluded"
    assert event.date is None
    # ... while a report that it was made on a day dates it
    e3 = arts.say(
        "a2", "Kesh and Tarvos agreed the ceasefire on Tuesday, hours after it was offered."
    )
    (event,) = analyze(arts.facts(diplomacy=[offered, _agreed(e3, "2031-05-12")])).events
    assert (event.status, event.date) == ("concluded", "2031-05-12")


def test_a_later_word_of_such_talks_in_general_does_not_unmake_talks_set_for_a_day():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"), ("a2", "Meridian Wire", "2031-05-13"))
    e1 = arts.say("a1", "Kesh and Tarvos are to hold talks in Ostra on May 14.")
    e2 = arts.say("a2", "The only possible talks between Kesh and Tarvos would be on the border.")
    steps = [
        _step(e1, "planned", "2031-05-14", "Ostra", type="talks"),
        _step(e2, "proposed", type="talks"),
    ]
    (event,) = analyze(arts.facts(diplomacy=steps)).events
    assert (event.status, event.date) == ("planned", "2031-05-14")


def test_a_step_of_one_name_sharing_a_side_is_one_step_whoever_else_a_report_names():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"), ("a2", "Meridian Wire", "2031-05-14"))
    e1 = arts.say("a1", "Kesh and Tarvos agreed the Selka ceasefire on Sunday.")
    e2 = arts.say("a2", "The envoy of Ostra urged Kesh to keep the Selka ceasefire.")
    made = _agreed(e1, "2031-05-11")
    kept = replace(_agreed(e2, None), participants=("kesh", "ostra"))
    (event,) = analyze(arts.facts(diplomacy=[made, kept])).events
    assert event.name == "Selka ceasefire" and event.participants == ("kesh", "tarvos")


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


def test_claims_bounded_by_one_figure_are_each_told_not_a_range_of_one():
    arts = _outlets(
        ("a1", "Harbor Post", "2031-05-12"),
        ("a2", "Meridian Wire", "2031-05-13"),
        ("a3", "Esk Daily", "2031-05-13"),
    )
    c1 = _killed(arts.say("a1", "Kesh said 21 people were killed."), 21, "kesh", location="Selvik")
    c2 = _killed(
        arts.say("a2", "A monitor said 21 people were killed."),
        21,
        "Coastal Monitor",
        location="Selvik",
    )
    c3 = replace(
        _killed(
            arts.say("a3", "Dozens were killed, medics said."), None, "medics", location="Selvik"
        ),
        approximate=True,
    )
    f = analyze(arts.facts(casualties=[c1, c2, c3]))
    said = " ".join(ledger_sentence(r, id_namer()) for r in f.ledger)
    assert "from 21" not in said, said


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


def test_a_toll_since_a_weekday_is_a_running_total_from_that_day():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"))  # a Monday
    ev = arts.say("a1", "Rocket fire has killed 24 people in Selvik since Friday.")
    (row,) = analyze(arts.facts(casualties=[_killed(ev, 24)])).ledger
    assert row.cumulative and row.since == "2031-05-09"


def test_a_running_total_and_the_incident_that_raised_it_are_told_apart():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"))
    ev = arts.say("a1", "The toll has risen to 46, after the bodies of six people were found.")
    f = analyze(arts.facts(casualties=[_killed(ev, 46), _killed(ev, 6)]))
    assert sorted((r.claims[0].count, r.cumulative) for r in f.ledger) == [(6, False), (46, True)]


def test_a_war_long_running_total_is_one_row_per_party_and_kind_in_time_order():
    arts = _outlets(
        ("a1", "Harbor Post", "2031-04-10"),
        ("a2", "Meridian Wire", "2031-05-02"),
        ("a3", "Coastal Times", "2031-05-18"),
    )
    c1 = _killed(arts.say("a1", "The civilian death toll has risen to 212, medics said."), 212)
    c2 = _killed(
        arts.say("a2", "Civilians killed since the start of the war number 390, the union said."),
        390,
    )
    c3 = _killed(arts.say("a3", "The war has killed 655 civilians, the ministry said."), 655)
    f = analyze(arts.facts(casualties=[c3, c1, c2]))
    (row,) = f.ledger
    assert row.cumulative and row.since == "war" and row.date is None
    assert [c.count for c in row.claims] == [212, 390, 655]  # as reported, not by size


def test_a_running_totals_place_is_one_most_of_its_reports_give():
    arts = _outlets(
        ("a1", "Harbor Post", "2031-04-10"),
        ("a2", "Meridian Wire", "2031-05-02"),
        ("a3", "Coastal Times", "2031-05-18"),
    )
    one = arts.say("a1", "The war has killed 212 civilians in Selvik province, medics said.")
    c1 = replace(_killed(one, 212), location="Selvik province")
    c2 = _killed(arts.say("a2", "The war has killed 390 civilians, the union said."), 390)
    c3 = _killed(arts.say("a3", "The war has killed 655 civilians, the ministry said."), 655)
    (row,) = analyze(arts.facts(casualties=[c1, c2, c3])).ledger
    assert row.since == "war" and row.location is None
    # ... and when most of them give it, it is the row's
    c2 = replace(c2, location="Selvik province")
    (row,) = analyze(arts.facts(casualties=[c1, c2, c3])).ledger
    assert row.location == "Selvik province"
    # (half of them is not most: "dozens" in one place and "655" placeless)
    (row,) = analyze(arts.facts(casualties=[c1, c3])).ledger
    assert row.location is None


def test_a_part_of_the_civilians_is_its_own_row_and_no_claim_of_all_of_them():
    arts = _outlets(("a1", "Harbor Post", "2031-05-02"), ("a2", "Meridian Wire", "2031-05-03"))
    everyone = _killed(arts.say("a1", "The war has killed 655 civilians, the ministry said."), 655)
    children = _killed(
        arts.say("a2", "The war has killed 212 children, the agency said."), 212, group="children"
    )
    f = analyze(arts.facts(casualties=[everyone, children]))
    rows = {r.group: r for r in f.ledger}
    assert set(rows) == {None, "children"}
    assert [c.count for c in rows[None].claims] == [655]
    assert [c.count for c in rows["children"].claims] == [212]
    (tally,) = f.tallies  # the children's figure is no low end of the civilians' toll
    assert (tally.smallest, tally.highest) == (655, 655)
    said = ledger_sentence(rows["children"], id_namer())
    assert said.startswith("Civilians, children: 212 killed so far")


def test_start_dates_that_fit_are_one_series_and_a_later_start_is_another():
    arts = _outlets(("a1", "Harbor Post", "2031-05-01"), ("a2", "Meridian Wire", "2031-05-19"))
    first = arts.say("a1", "Attacks have killed 3,120 people since March 2030, Kesh says.")
    later = arts.say("a2", "Attacks have killed 3,405 people since March 4, 2030, Kesh said.")
    truce = arts.say("a2", "Strikes since the truce began have killed at least 12 people.")
    f = analyze(
        arts.facts(
            casualties=[
                _killed(first, 3120, "kesh", party="unknown"),
                _killed(later, 3405, "kesh", party="unknown"),
                _killed(truce, None, low=12, party="unknown"),
            ]
        )
    )
    rows = {r.since: [c.floor for c in r.claims] for r in f.ledger}
    assert rows == {"2030-03-04": [3120, 3405], "since truce": [12]}


def test_a_frame_opening_the_sentence_holds_for_each_figure_of_its_clause():
    arts = _outlets(("a1", "Harbor Post", "2031-05-01"), ("a2", "Meridian Wire", "2031-05-19"))
    ev = arts.say(
        "a1", "As of last week, Tarvos said 40 civilians and at least 61 soldiers had been killed."
    )
    ev2 = arts.say("a2", "The fighting has killed at least 70 Tarvosi soldiers, officials say.")
    f = analyze(
        arts.facts(
            casualties=[
                _killed(ev, 40, "tarvos"),
                _killed(ev, None, "tarvos", low=61, party="tarvos"),
                _killed(ev2, None, "officials", low=70, party="tarvos"),
            ]
        )
    )
    soldiers = [r for r in f.ledger if r.party == "tarvos"]
    assert len(soldiers) == 1 and [c.floor for c in soldiers[0].claims] == [61, 70]
    assert all(r.cumulative for r in f.ledger)


def test_one_incidents_toll_revised_is_no_running_total():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"))
    ev = arts.say("a1", "The death toll from Sunday's strike on Brevik has risen to 14.")
    (row,) = analyze(arts.facts(casualties=[_killed(ev, 14, date="2031-05-11")])).ledger
    assert not row.cumulative and row.since is None and row.date == "2031-05-11"
    ev = arts.say("a1", "Eleven people had died in the shelling, a doctor said.")
    (row,) = analyze(arts.facts(casualties=[_killed(ev, 11)])).ledger
    assert not row.cumulative


def test_a_toll_someone_was_briefed_on_is_no_running_total():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"))
    ev = arts.say("a1", "A medic, briefed on the death toll by colleagues, said 62 had died.")
    (row,) = analyze(arts.facts(casualties=[_killed(ev, 62)])).ledger
    assert not row.cumulative


def test_the_same_place_reported_a_day_apart_is_one_incident_revised():
    arts = _outlets(
        ("a1", "Harbor Post", "2031-05-12"),
        ("a2", "Meridian Wire", "2031-05-13"),
        ("a3", "Coastal Times", "2031-05-12"),
    )
    early = arts.say("a1", "At least four people were killed in the strike on the Dorn quarter.")
    late = arts.say("a2", "The strike on Dorn killed at least 15 people, the ministry said.")
    other = arts.say("a3", "Shelling across Kesh killed 30 people, the ministry said.")
    f = analyze(
        arts.facts(
            casualties=[
                _killed(early, None, low=4, location="Dorn"),
                _killed(late, None, "ministry", low=15, location="Dorn"),
                _killed(other, 30, "ministry", location="Kesh"),
            ]
        )
    )
    by_place = {r.location: [c.floor for c in r.claims] for r in f.ledger}
    assert by_place == {"Dorn": [4, 15], "Kesh": [30]}


def test_one_attacks_toll_risen_is_that_attacks_row_not_a_running_tally():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"), ("a2", "Meridian Wire", "2031-05-13"))
    first = arts.say("a1", "Nine people were killed in the strike on Dorn on Monday.")
    risen = arts.say(
        "a2", "The number of people killed in the strike on Dorn on Monday has risen to 31."
    )
    war = arts.say("a2", "The death toll in the war has risen to 4,000, the ministry said.")
    f = analyze(
        arts.facts(
            casualties=[
                _killed(first, 9, location="Dorn", date="2031-05-12"),
                _killed(risen, 31, location="Dorn", date="2031-05-12"),
                _killed(war, 4000, "ministry"),
            ]
        )
    )
    assert sorted([c.floor for c in r.claims] for r in f.ledger) == [[9, 31], [4000]]


def test_a_country_is_no_place_to_join_incidents_by():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"), ("a2", "Meridian Wire", "2031-05-12"))
    a = arts.say("a1", "A strike in Lebanon killed four people.")
    b = arts.say("a2", "Another strike in Lebanon killed 19 people.")
    f = analyze(
        arts.facts(
            casualties=[_killed(a, 4, location="Lebanon"), _killed(b, 19, location="Lebanon")]
        )
    )
    assert len(f.ledger) == 2


def test_close_tolls_of_one_province_a_year_apart_are_two_incidents():
    arts = _outlets(("a1", "Harbor Post", "2030-06-02"), ("a2", "Meridian Wire", "2031-06-03"))
    a = arts.say("a1", "A bombing in Dorn province killed 18 people.")
    b = arts.say("a2", "A bombing in Dorn province killed 20 people.")
    f = analyze(
        arts.facts(
            casualties=[
                _killed(a, 18, location="Dorn province"),
                _killed(b, 20, location="Dorn province"),
            ]
        )
    )
    assert len(f.ledger) == 2


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


def test_a_part_of_a_toll_never_leads_the_brief_where_its_whole_is_told():
    arts = _outlets(("a1", "Harbor Post", "2031-05-19"), ("a2", "Meridian Wire", "2031-05-19"))
    told = [arts.say(a, "Forty people were killed, including 12 children.") for a in ("a1", "a2")]
    whole = [_killed(e, 40, party="unknown", date="2031-05-19") for e in told]
    part = [_killed(e, 12, group="children", date="2031-05-19") for e in told]
    alone = _killed(arts.say("a1", "Five children were killed in Brenn."), 5, group="children")
    f = analyze(arts.facts(casualties=[*whole, *part, alone]))
    rows = {r.id: r for r in f.ledger}
    led = [rows[k.ref] for k in f.key_developments if k.kind == "ledger"]
    assert any(r.group is None for r in led)
    # the children told with their whole do not lead; those told alone may
    assert all(
        r.group is None or {e.sentence for e in r.evidence} == {alone.evidence.sentence}
        for r in led
    )
    assert any(r.group == "children" and 12 in [c.value for c in r.claims] for r in f.ledger)


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


def test_a_deal_of_long_ago_however_often_recalled_is_no_key_development():
    arts = _outlets(
        ("a1", "Harbor Post", "2031-05-19"),
        ("a2", "Meridian Wire", "2031-05-19"),
        ("a3", "Coast Daily", "2031-05-18"),
    )
    old = [
        arts.say(a, "The 1996 Ostra Accord between Kesh and Tarvos still holds.")
        for a in ("a1", "a2", "a3")
    ]
    steps = [_step(e, "concluded", "1996", type="agreement") for e in old]
    recent = _killed(arts.say("a1", "Nine people were killed on May 19."), 9, date="2031-05-19")
    f = analyze(arts.facts(diplomacy=steps, casualties=[recent]))
    events = {e.id: e for e in f.events}
    assert [e.date for e in f.events] == ["1996"]  # still on the diplomatic track
    assert not any(k.kind == "event" and k.ref in events for k in f.key_developments)
    assert any(k.kind == "ledger" for k in f.key_developments)


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


# -- one story per step: processes, lasting steps, kinds, lifecycle -------------------------


def _talks(ev: Evidence, status: str, date: str | None = None, place: str | None = None):
    return _step(ev, status, date, place, type="talks")


def test_talks_put_off_and_held_later_are_one_process_with_their_history():
    arts = _outlets(
        ("a1", "Harbor Post", "2031-04-06"),
        ("a2", "Meridian Wire", "2031-04-07"),
        ("a3", "Coastal Times", "2031-04-21"),
        ("a4", "Inland Daily", "2031-05-03"),
    )
    steps = [
        _talks(
            arts.say("a1", "Talks are set for 8 April in Ostra."), "planned", "2031-04-08", "Ostra"
        ),
        _talks(arts.say("a2", "The talks in Ostra were delayed."), "cancelled", None, "Ostra"),
        _talks(
            arts.say("a3", "The talks will now open on 24 April in Ostra."),
            "planned",
            "2031-04-24",
            "Ostra",
        ),
        _talks(arts.say("a4", "The talks in Ostra ended on 2 May."), "held", "2031-05-02", "Ostra"),
    ]
    (event,) = analyze(arts.facts(diplomacy=steps)).events
    assert event.status == "held" and event.date == "2031-05-02" and event.n_sources == 4
    assert [r.status for r in event.history] == ["held", "planned", "cancelled", "planned"]


def test_talks_held_at_one_place_over_days_are_one_round_and_pieces_join():
    arts = _outlets(
        ("a1", "Harbor Post", "2031-05-05"),
        ("a2", "Meridian Wire", "2031-05-16"),
        ("a3", "Coast Daily", "2031-05-10"),
        ("a4", "Valley Times", "2031-06-09"),
    )
    e1 = arts.say("a1", "Kesh and Tarvos opened talks in Ostra on Monday.")
    e2 = arts.say("a2", "After days of talks in Ostra, the two sides parted on Friday.")
    e3 = arts.say("a3", "The talks in Ostra went on on Saturday.")
    e4 = arts.say("a4", "Kesh and Tarvos held a second round of talks in Ostra on Monday.")
    f = analyze(
        arts.facts(
            diplomacy=[
                _talks(e1, "held", "2031-05-05", "Ostra"),
                _talks(e2, "held", "2031-05-16", "Ostra"),
                _talks(e3, "held", "2031-05-10", "Ostra"),
                _talks(e4, "held", "2031-06-09", "Ostra"),
            ]
        )
    )
    # the 10th fits the 5th and the 16th alike: at first a piece of its own, then the
    # one piece it shares days with (the 5th) joins it; the 16th is too far from the 5th
    rows = sorted(sorted(m.article_id for m in e.mentions) for e in f.events)
    assert rows == [["a1", "a3"], ["a2"], ["a4"]]


def test_talks_told_as_ended_are_a_round_of_their_own():
    arts = _outlets(("a1", "Harbor Post", "2031-05-06"), ("a2", "Meridian Wire", "2031-05-13"))
    e1 = arts.say("a1", "Talks between Kesh and Tarvos in Ostra ended on Tuesday.")
    e2 = arts.say("a2", "Talks between Kesh and Tarvos in Ostra ended on Tuesday.")
    f = analyze(
        arts.facts(
            diplomacy=[
                _talks(e1, "held", "2031-05-06", "Ostra"),
                _talks(e2, "held", "2031-05-13", "Ostra"),
            ]
        )
    )
    assert len(f.events) == 2


def test_rounds_held_on_different_days_stay_apart():
    arts = _outlets(("a1", "Harbor Post", "2031-04-06"), ("a2", "Meridian Wire", "2031-04-20"))
    steps = [
        _talks(
            arts.say("a1", "Talks were held in Ostra on 5 April."), "held", "2031-04-05", "Ostra"
        ),
        _talks(
            arts.say("a2", "Talks were held in Ostra on 19 April."), "held", "2031-04-19", "Ostra"
        ),
    ]
    assert len(analyze(arts.facts(diplomacy=steps)).events) == 2


def test_a_mention_that_can_only_be_the_one_process_joins_it():
    arts = _outlets(
        ("a1", "Harbor Post", None),
        ("a2", "Meridian Wire", None),
        ("a3", "Coastal Times", "2031-05-19"),
    )
    steps = [
        _talks(arts.say("a1", "Delegations began talks in Ostra."), "held", None, "Ostra"),
        _talks(
            arts.say("a2", "After a week of talks in Ostra, the sides signed a pledge."),
            "held",
            None,
            "Ostra",
        ),
        _talks(arts.say("a3", "Kesh suspended its part in the talks with Tarvos."), "cancelled"),
        _step(arts.say("a3", "Kesh and Tarvos spoke by phone."), "held", type="call"),
    ]
    events = analyze(arts.facts(diplomacy=steps)).events
    (talks,) = [e for e in events if e.type == "talks"]
    assert talks.status == "cancelled" and talks.location == "Ostra" and talks.n_sources == 3
    assert [e.type for e in events].count("call") == 1


def test_a_declaration_and_a_truce_are_different_agreements():
    arts = _outlets(("a1", "Harbor Post", None), ("a2", "Meridian Wire", "2031-05-19"))
    declaration = _step(
        arts.say("a1", "In Ostra the sides signed a declaration on aid."),
        "concluded",
        None,
        "Ostra",
        type="agreement",
    )
    truce = _step(
        arts.say("a2", "In Ostra the sides signed a truce on 18 May."),
        "concluded",
        "2031-05-18",
        "Ostra",
        type="agreement",
    )
    declaration = replace(declaration, term="declaration")
    truce = replace(truce, term="truce")
    assert len(analyze(arts.facts(diplomacy=[declaration, truce])).events) == 2


def test_truces_of_different_lengths_are_different_truces():
    arts = _outlets(("a1", "Harbor Post", None), ("a2", "Meridian Wire", "2031-05-19"))
    a = arts.say("a1", "Both sides broke a 24-hour ceasefire.")
    b = arts.say("a2", "The sides signed a seven-day ceasefire on 18 May.")
    steps = [
        replace(_step(a, "concluded", type="agreement"), term="ceasefire"),
        replace(_step(b, "concluded", "2031-05-18", type="agreement"), term="ceasefire"),
    ]
    assert len(analyze(arts.facts(diplomacy=steps)).events) == 2


def test_a_plan_told_after_its_day_is_a_recap_not_the_news():
    arts = _outlets(("a1", "Harbor Post", "2031-05-10"), ("a2", "Meridian Wire", "2031-05-12"))
    held = arts.say("a1", "Kesh and Tarvos met in Ostra on 9 May.")
    recap = arts.say("a2", "The meeting had been planned for 9 May in Ostra.")
    steps = [
        _step(held, "held", "2031-05-09", "Ostra"),
        _step(recap, "planned", "2031-05-09", "Ostra"),
    ]
    (event,) = analyze(arts.facts(diplomacy=steps)).events
    assert event.status == "held"


def test_held_then_suspended_in_one_story_is_suspended_not_disputed():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"))
    a = arts.say("a1", "Kesh suspended its part in the talks in Ostra.")
    b = arts.say("a1", "Ostra has hosted the talks for a month.")
    steps = [_talks(a, "cancelled", None, "Ostra"), _talks(b, "held", None, "Ostra")]
    (event,) = analyze(arts.facts(diplomacy=steps)).events
    assert event.status == "cancelled" and event.disputed == ()
    assert {r.status for r in event.history} == {"cancelled", "held"}


def test_an_undated_article_is_not_before_the_last_day_it_reports_as_past():
    arts = _outlets(("a1", "Harbor Post", None), ("a2", "Meridian Wire", "2031-05-12"))
    c = _killed(arts.say("a1", "Shelling killed 9 people on 3 May."), 9, date="2031-05-03")
    plan = _step(arts.say("a1", "Talks are planned for 30 May."), "planned", "2031-05-30")
    f = analyze(arts.facts(casualties=[c], diplomacy=[plan]))
    assert dict(f.not_before) == {"a1": "2031-05-03"}  # a plan says nothing of when it was written


def test_an_agreement_reached_at_talks_is_its_own_event_linked_to_them():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"), ("a2", "Meridian Wire", "2031-05-13"))
    told = arts.say("a1", "After three days of talks in Ostra, Kesh and Tarvos signed a truce.")
    again = arts.say("a2", "Kesh and Tarvos met in Brevik on 12 May.")
    steps = [
        _talks(told, "held", None, "Ostra"),
        replace(_step(told, "concluded", None, "Ostra", type="agreement"), term="truce"),
        _step(again, "held", "2031-05-12", "Brevik"),
    ]
    events = analyze(arts.facts(diplomacy=steps)).events
    (truce,) = [e for e in events if e.type == "agreement"]
    (talks,) = [e for e in events if e.type == "talks"]
    assert truce.reached_at == talks.id  # not the meeting in Brevik


def test_a_meeting_still_to_come_is_where_no_deal_already_made_was_reached():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"))
    told = arts.say(
        "a1", "Kesh and Tarvos signed a truce on 11 May, and their leaders are to meet on 14 May."
    )
    steps = [
        replace(_step(told, "concluded", "2031-05-11", type="agreement"), term="truce"),
        _step(told, "planned", "2031-05-14", "Brevik"),
    ]
    events = analyze(arts.facts(diplomacy=steps)).events
    (truce,) = [e for e in events if e.type == "agreement"]
    assert truce.reached_at is None


def test_a_proposal_that_was_then_agreed_is_one_agreement_now_concluded():
    arts = _outlets(
        ("a1", "Harbor Post", None),
        ("a2", "Meridian Wire", "2031-05-14"),
        ("a3", "Coastal Times", None),
    )
    steps = [
        replace(
            _step(arts.say("a1", "Kesh weighed a truce plan."), "proposed", type="agreement"),
            term="truce",
        ),
        replace(
            _step(
                arts.say("a2", "Kesh and Tarvos agreed a truce on 13 May."),
                "concluded",
                "2031-05-13",
                type="agreement",
            ),
            term="truce",
        ),
        replace(
            _step(
                arts.say("a3", "Strikes went on since the truce was agreed."),
                "concluded",
                type="agreement",
            ),
            term="truce",
        ),
    ]
    (event,) = analyze(arts.facts(diplomacy=steps)).events
    assert event.status == "concluded" and event.n_sources == 3
    assert {r.status for r in event.history} == {"proposed", "concluded"}


# -- one name per body ---------------------------------------------------------------------


def test_one_body_named_many_ways_is_one_claimant():
    from briefings.analysis.claimants import Claimants

    names = Claimants(
        [
            "Health Ministry",
            "Lebanon's Health Ministry",
            "Lebanese Health Ministry",
            "Ministry of Public Health",
            "Syrian Observatory",
            "Syrian Observatory for Human Rights",
            "SOHR",
            "International Organization for Migration",
            "IOM",
            "authorities",
            "lebanon",
        ]
    )
    assert {names(n) for n in ("Health Ministry", "Lebanon's Health Ministry")} == {
        "Lebanese Health Ministry"
    }
    assert names("Ministry of Public Health") == "Lebanese Health Ministry"
    assert names("SOHR") == names("Syrian Observatory") == "Syrian Observatory for Human Rights"
    assert names("IOM") == "International Organization for Migration"
    assert names("authorities") == "authorities" and names("lebanon") == "lebanon"


def test_a_bare_name_shared_by_two_sides_bodies_stays_as_written():
    from briefings.analysis.claimants import Claimants

    names = Claimants(["Israeli Health Ministry", "Palestinian Health Ministry", "health ministry"])
    assert names("health ministry") == "health ministry"
    assert names("Israeli Health Ministry") != names("Palestinian Health Ministry")
    names = Claimants(["Sudanese Doctors Union", "Sudanese Doctors Syndicate", "Doctors Committee"])
    assert len({names(n) for n in ("Sudanese Doctors Union", "Sudanese Doctors Syndicate")}) == 2


def test_the_ledger_shows_one_name_for_one_body_and_joins_its_claims():
    arts = _outlets(("a1", "Harbor Post", "2031-05-12"), ("a2", "Meridian Wire", "2031-05-12"))
    a = arts.say("a1", "Four people died in the strike on Dorn, the Health Ministry said.")
    b = arts.say("a2", "Four people died in Dorn, according to Kesh's Health Ministry.")
    f = analyze(
        arts.facts(
            casualties=[
                _killed(a, 4, "Health Ministry", location="Dorn", party="unknown"),
                _killed(b, 4, "Kesh's Health Ministry", location="Dorn", party="unknown"),
            ]
        )
    )
    (row,) = f.ledger
    (claim,) = row.claims
    assert claim.claimant == "Kesh's Health Ministry" and claim.n_sources == 2


def test_one_report_told_with_and_without_its_place_is_one_report():
    arts = _outlets(("a1", "Coast Daily", "2031-05-12"))
    facts = arts.facts(
        diplomacy=[
            _step(arts.say("a1", "The sides agreed a truce in Ostra."), "concluded", None, "Ostra",
                  type="agreement"),
            _step(arts.say("a1", "The truce was signed on Friday."), "concluded", type="agreement"),
        ]
    )  # fmt: skip
    (event,) = analyze(facts).events
    assert [(r.status, r.location, len(r.evidence)) for r in event.history] == [
        ("concluded", "Ostra", 2)
    ]


def test_a_war_long_toll_told_in_other_words_joins_its_series():
    arts = _outlets(
        ("a1", "Harbor Post", "2031-05-14"),
        ("a2", "Meridian Wire", "2031-05-16"),
        ("a3", "Coastal Times", "2031-05-19"),
        ("a4", "Valley Herald", "2031-05-21"),
        ("a5", "North Star", "2031-05-24"),
    )
    said = [
        # the war's start told with "following ... that began"
        (
            "a1",
            "At least 224 people have been killed in Kesh following Lorian air strikes "
            "that began on May 9, the ministry said.",
            224,
        ),
        # "since" a side's attacks
        (
            "a2",
            "At least 430 people have died in Kesh since Lorian attacks, the ministry said.",
            430,
        ),
        # a toll reported before the latest
        (
            "a3",
            "The ministry announced the increase from the previously reported toll of "
            "more than 500 dead.",
            500,
        ),
        # many days so far, and the toll has reached a figure
        (
            "a4",
            "The death toll from Lorian strikes across Kesh over the past 12 days has "
            "reached 606, the ministry said.",
            606,
        ),
        # what closes a list of figures holds for each
        (
            "a5",
            "The ministry said 640 people had been killed and more than 4,700 wounded in "
            "Kesh since the start of the war with Loria on May 9.",
            640,
        ),
    ]
    cs = [_killed(arts.say(a, s), n) for a, s, n in said]
    (row,) = analyze(arts.facts(casualties=cs)).ledger
    assert row.cumulative and row.since == "war"
    assert [c.count or c.low for c in row.claims] == [224, 430, 500, 606, 640]


def test_an_incident_told_beside_a_war_long_toll_stays_an_incident():
    arts = _outlets(("a1", "Harbor Post", "2031-05-14"))
    s = (
        "Strikes killed 12 civilians in Selvik on Monday and more than 10,000 have died since "
        "the start of the war."
    )
    rows = analyze(
        arts.facts(casualties=[_killed(arts.say("a1", s), 12), _killed(arts.say("a1", s), 10000)])
    ).ledger
    assert sorted((r.claims[0].count, r.since) for r in rows) == [(12, None), (10000, "war")]
    # and a toll of a few days, or of one episode, is no war's
    for said in (
        "The toll from clashes in Selvik over the past three days has risen to 47.",
        "Twelve fighters were killed in clashes that erupted on Monday near Selvik.",
    ):
        arts = _outlets(("a1", "Harbor Post", "2031-05-14"))
        n = 47 if "47" in said else 12
        (row,) = analyze(arts.facts(casualties=[_killed(arts.say("a1", said), n)])).ledger
        assert row.since != "war", said
