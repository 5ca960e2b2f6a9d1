"""Date phrases -> ISO dates (briefings.nlp.dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.nlp.dates import find_dates, parse_date

BASE = dt.date(2020, 3, 4)  # a Wednesday


@pytest.mark.parametrize(
    ("phrase", "kwargs", "expected"),
    [
        ("February 11, 2020", {}, "2020-02-11"),
        ("Tuesday, February 11, 2020", {}, "2020-02-11"),
        ("11 February 2020", {}, "2020-02-11"),
        ("Wed 05 Apr 2017", {}, "2017-04-05"),
        ("Feb. 11, 2020", {}, "2020-02-11"),
        ("2020-02-11", {}, "2020-02-11"),
        ("March 4", {"default_year": 2020}, "2020-03-04"),
        ("on February 27", {"base": BASE}, "2020-02-27"),
        ("on December 30", {"base": BASE}, "2019-12-30"),  # the nearest December 30
        ("the 21st of February", {"default_year": 2020}, "2020-02-21"),
        ("March 2020", {}, "2020-03"),
        ("in early March 2020", {}, "2020-03"),
        ("in December", {"base": BASE}, "2019-12"),
        ("October last year", {"base": BASE}, "2019-10"),
        ("2018", {}, "2018"),
        ("in 2018", {}, "2018"),
        ("since 2012", {}, "2012"),
        ("Thursday", {"base": BASE}, "2020-03-05"),
        ("on Thursday", {"base": BASE, "future": False}, "2020-02-27"),
        ("on Monday", {"base": BASE, "future": True}, "2020-03-09"),
        ("last Wednesday", {"base": BASE}, "2020-02-26"),
        ("yesterday", {"base": BASE}, "2020-03-03"),
        ("today", {"base": BASE}, "2020-03-04"),
        ("tomorrow", {"base": BASE}, "2020-03-05"),
        ("earlier this month", {"base": BASE}, "2020-03"),
        ("last month", {"base": dt.date(2020, 1, 15)}, "2019-12"),
        ("last year", {"base": BASE}, "2019"),
        ("2 days ago", {"base": BASE}, "2020-03-02"),  # the dateparser fallback
    ],
)
def test_parse_date(phrase: str, kwargs: dict, expected: str) -> None:
    assert parse_date(phrase, **kwargs) == expected


@pytest.mark.parametrize(
    ("phrase", "kwargs"),
    [
        ("last week", {"base": BASE}),  # no honest ISO date for a week
        ("next week", {"base": BASE}),
        ("yesterday", {}),  # relative, and no base
        ("on Thursday", {}),
        ("March 4", {}),  # no year anywhere: not ours to invent
        ("12 times", {}),
        ("33", {}),
        ("February 30, 2020", {}),
        ("03/04/2020", {}),  # March 4 or 3 April?
        ("Idlib", {}),
    ],
)
def test_parse_date_never_guesses(phrase: str, kwargs: dict) -> None:
    assert parse_date(phrase, **kwargs) is None


def phrases(sentence: str) -> list[str]:
    return [phrase for _, _, phrase in find_dates(sentence)]


def test_find_dates_forms_and_offsets() -> None:
    sentence = "The Kremlin said on Tuesday, February 11, 2020 that talks would go on."
    ((start, end, phrase),) = find_dates(sentence)
    assert phrase == "on Tuesday, February 11, 2020" and sentence[start:end] == phrase
    assert phrases("Turkey agreed in 2018 and again in October last year.") == [
        "in 2018",
        "in October last year",
    ]
    assert phrases("They met yesterday, last week and on Thursday, since 2012.") == [
        "yesterday",
        "last week",
        "on Thursday",
        "since 2012",
    ]
    assert phrases("MOSCOW, March 4. /TASS/. Talks on March 5.") == ["March 4", "on March 5"]


def test_find_dates_ignores_numbers_that_are_not_dates() -> None:
    assert phrases("Fighting began on February 27 after 33 soldiers died.") == ["on February 27"]
    assert phrases("Troops fired 12 times; the 2018 deal; 2012 people; may march.") == []
    assert phrases("Jan Egeland said May could bring aid.") == []
    # "March 5, 2000 people": a count after the date, not the year 2000
    assert phrases("On March 5, 2000 people fled.") == ["On March 5"]


def test_yearless_date_in_an_undated_story_takes_the_year_nearest_the_as_of_date() -> None:
    as_of = dt.date(2020, 3, 4)
    assert parse_date("in December", anchor=as_of, default_year=2020) == "2019-12"
    assert parse_date("on March 5", anchor=as_of, default_year=2020) == "2020-03-05"
    assert parse_date("on Thursday", anchor=as_of) is None  # relative: needs the story's date
    # the story's own date wins over the anchor
    assert parse_date("in December", base=dt.date(2020, 11, 2), anchor=as_of) == "2020-12"


def test_a_step_to_come_in_an_undated_story_is_not_pushed_past_the_as_of_date() -> None:
    # the story was written some time before the brief: "to run from Aug 4", in a brief
    # of 13 November, is this August, not next year's
    as_of = dt.date(2025, 11, 13)
    assert parse_date("from Aug 4", anchor=as_of, future=True) == "2025-08-04"
    assert parse_date("in late October", anchor=as_of, future=True) == "2025-10"
    # ... nearest either way: a day soon after the brief is still to come
    assert parse_date("on December 2", anchor=as_of, future=True) == "2025-12-02"
    assert parse_date("on January 20", anchor=as_of, future=True) == "2026-01-20"
    # ... "next October" says which way, and a story's own date keeps its direction
    assert parse_date("next October", anchor=as_of, future=True) == "2026-10"
    assert parse_date("from Aug 4", base=as_of, future=True) == "2026-08-04"


def test_a_direction_guess_does_not_push_a_date_most_of_a_year_away() -> None:
    base = dt.date(2020, 6, 14)
    # "called for a ceasefire from June 8", read as future: not June 2021
    assert parse_date("from June 8", base=base, future=True) == "2020-06-08"
    # still forward when forward is near: "will meet on June 20"
    assert parse_date("on June 20", base=base, future=True) == "2020-06-20"
    # a past tense is a firm direction: January 3 told on December 30 is long past
    assert parse_date("on January 3", base=dt.date(2020, 12, 30), future=False) == "2020-01-03"


def test_a_past_day_just_after_the_story_is_its_own_year() -> None:
    # a desk hours behind the place it reports: "killed early on May 7" dated May 6
    base = dt.date(2021, 5, 6)
    assert parse_date("on May 7", base=base, future=False) == "2021-05-07"
    assert parse_date("on May 8", base=base, future=False) == "2021-05-08"
    # (and over the new year: "on January 1" in a story of December 31)
    assert parse_date("on January 1", base=dt.date(2021, 12, 31), future=False) == "2022-01-01"
    # further ahead, a past tense still means last year
    assert parse_date("on May 20", base=base, future=False) == "2020-05-20"
    # and the brief's own date is no desk's: nothing past is dated after it
    assert parse_date("on May 7", anchor=base, future=False) == "2020-05-07"


def test_sentences_without_date_words_have_no_dates_and_relative_ones_are_kept() -> None:
    assert find_dates("Shelling went on across the front line.") == []
    assert phrases("Talks held earlier this month stalled.") == ["earlier this month"]
    assert parse_date("earlier this month", base=BASE) == "2020-03"
    assert parse_date("next week", base=BASE) is None


def test_a_span_of_years_is_one_date_phrase_dated_by_its_end() -> None:
    assert phrases("the last round of fighting, between 2008 and 2011, killed 28") == [
        "between 2008 and 2011"
    ]
    assert parse_date("between 2008 and 2011") == "2011"
    assert phrases("talks between Russia and Ukraine") == []


def test_a_day_with_its_date_in_brackets_is_that_date() -> None:
    base = dt.date(2022, 10, 4)
    [(_, _, phrase)] = find_dates("the truce, which lapsed on Sunday (2 October), was not renewed")
    assert parse_date(phrase, base=base, future=False) == "2022-10-02"
    assert phrases("they met on Monday (local time)") == ["on Monday"]


def test_a_relative_day_with_its_date_after_it_is_that_date() -> None:
    base = dt.date(2022, 10, 4)
    [(_, _, phrase)] = find_dates("the council said yesterday, October 2, that it would meet")
    assert parse_date(phrase, base=base) == "2022-10-02"
    assert phrases("yesterday 11 people were killed") == ["yesterday"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Strikes hit the offices of the 26 September newspaper, killing 25 journalists.",
        "Protesters gathered on the 6 October Bridge in the evening.",
    ],
)
def test_a_day_that_names_a_paper_or_a_place_is_no_date(sentence: str) -> None:
    assert find_dates(sentence) == []
