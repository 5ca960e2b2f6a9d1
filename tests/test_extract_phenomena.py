"""One test per phenomenon of issue 3, on sentences written for these tests.

Every sentence here is made up; none is copied from the seeds, the stand-in set or
any outlet. The config is a desk officer's: each side once, with a few names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.config import Config, parse_config
from briefings.extract import extract_facts
from briefings.models import Article, Facts

CONFIG = """
title: Phenomena brief
date: 2024-03-10
actors:
  israel: {name: Israel, aliases: [Benjamin Netanyahu, Israel Defense Forces]}
  hamas: {name: Hamas, aliases: [Ismail Haniyeh, Qassam Brigades]}
  ukraine: {name: Ukraine, aliases: [Volodymyr Zelenskiy, Dmytro Kuleba]}
  russia: {name: Russia, aliases: [Vladimir Putin, Dmitry Peskov, Sergei Lavrov]}
  egypt: {name: Egypt, aliases: [Sameh Shoukry]}
  turkey: {name: Turkey, aliases: [Recep Tayyip Erdogan, Hakan Fidan]}
"""

# A config whose only non-state side is who "the rebels" are.
YEMEN = """
title: Yemen brief
date: 2023-04-13
actors:
  houthis: {name: Houthis, aliases: [Abdul Malik al-Houthi]}
  government:
    name: Yemeni government
    aliases: [internationally recognised government, Presidential Leadership Council]
  coalition: {name: Saudi-led coalition, aliases: [Saudi Arabia]}
"""

KARABAKH = """
title: Karabakh brief
date: 2020-11-10
actors:
  armenia: {name: Armenia, aliases: [Nikol Pashinyan]}
  azerbaijan: {name: Azerbaijan, aliases: [Ilham Aliyev]}
  karabakh: {name: Nagorno-Karabakh authorities, aliases: [ethnic Armenian enclave]}
  russia: {name: Russia, aliases: [Vladimir Putin]}
"""

# Two sides of one country, one named like an accord.
LIBYA = """
title: Libya brief
date: 2020-06-10
actors:
  lna: {name: Libyan National Army, aliases: [LNA, Khalifa Haftar, Haftar]}
  gna: {name: Government of National Accord, aliases: [GNA, Fayez al-Sarraj]}
  egypt: {name: Egypt, aliases: [Abdel Fattah al-Sisi, Sisi]}
"""


def config(text: str = CONFIG) -> Config:
    return parse_config(text, Path("test.yaml"))


def run(
    text: str, published: str | None = "2024-03-06", cfg: str = CONFIG, url: str | None = None
) -> Facts:
    article = Article(id="a1", path="t.txt", title="t", text=text, published=published, url=url)
    return extract_facts([article], config(cfg))


def casualties(text: str, **kw) -> set[tuple]:
    return {
        (c.party, c.kind, c.count, c.low, c.high, c.approximate) for c in run(text, **kw).casualties
    }


def steps(text: str, **kw) -> set[tuple]:
    return {(d.type, d.participants, d.status) for d in run(text, **kw).diplomacy}


def said(text: str, **kw) -> list[tuple[str, str | None, str]]:
    return [(s.actor, s.speaker, s.text) for s in run(text, **kw).statements]


# -- casualties: figures -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Shelling killed six civilians in Avdiivka.", ("civilians", "killed", 6, None, None)),
        ("Twenty-two civilians were killed overnight.", ("civilians", "killed", 22, None, None)),
        ("A strike killed 12-15 civilians near Kherson.", ("civilians", "killed", None, 12, 15)),
        ("A strike killed more than 40 civilians.", ("civilians", "killed", 40, 40, None)),
        ("At least 9 civilians died in the blast.", ("civilians", "killed", 9, 9, None)),
        (
            "The toll was put at an estimated between 20 and 35 civilians.",
            ("civilians", "killed", None, 20, 35),
        ),
        (
            "The death toll was put at 40 civilians by the ministry.",
            ("civilians", "killed", 40, None, None),
        ),
    ],
)
def test_casualty_numerals_words_ranges_and_bounds(sentence: str, want: tuple) -> None:
    got = {c[:5] for c in casualties(sentence)}
    assert want in got


def test_vague_quantities_are_approximate_without_a_made_up_figure() -> None:
    [c] = run("Dozens of civilians were wounded in the market attack.").casualties
    assert (c.kind, c.count, c.low, c.high, c.approximate) == ("wounded", None, None, None, True)
    [c] = run("Hundreds of thousands of people fled the city.").casualties
    assert (c.party, c.kind, c.approximate) == ("civilians", "displaced", True)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Kyiv said 30 Russian soldiers were neutralized near Bakhmut.", "killed"),
        ("Four Ukrainian soldiers lost their lives in the assault, Kyiv said.", "killed"),
        ("Moscow said up to 70 Ukrainian fighters were eliminated.", "killed"),
        ("Three Israeli soldiers went missing after the raid.", "missing"),
        ("Hamas said it had taken 11 Israeli soldiers prisoner.", "captured"),
        ("The war has driven two million Ukrainians from their homes.", "displaced"),
    ],
)
def test_casualty_euphemisms_and_kinds(sentence: str, kind: str) -> None:
    assert kind in {c.kind for c in run(sentence).casualties}


def test_party_is_the_victims_side_never_the_attacker() -> None:
    got = casualties("Russian artillery killed 8 Ukrainian soldiers near Vuhledar.")
    assert ("ukraine", "killed", 8, None, None, False) in got
    # the civilians' nationality does not make them a side's fighters
    got = casualties("Russian shelling killed 5 Ukrainian civilians in Kharkiv.")
    assert {c[0] for c in got} == {"civilians"}


def test_a_figure_for_a_part_of_the_civilians_says_which_part() -> None:
    # "212 children" counts the children only: the ledger must not set it beside the
    # count of all the civilians as if it were another claim of it
    facts = run(
        "Russian strikes have killed 212 children and 480 women since the invasion began, "
        "the Ukrainian ombudsman said. In all, 1,310 civilians have been killed, he said."
    )
    got = {(c.party, c.count, c.group) for c in facts.casualties}
    assert got == {("civilians", 212, "children"), ("civilians", 480, "women"),
                   ("civilians", 1310, None)}  # fmt: skip
    # a soldier is a soldier, whatever his age; the part of a toll is a toll of that part
    assert {c.group for c in run("Russian shelling killed 3 Ukrainian soldiers.").casualties} == {
        None
    }
    breakdown = run("A strike on Kharkiv killed 40 people, including 12 children.").casualties
    assert [(c.count, c.group) for c in breakdown] == [(40, None), (12, "children")]


def test_every_part_of_a_toll_stated_is_a_row_of_that_part() -> None:
    # the gold counts every figure stated; a part named by what its people are is a
    # row of its own, never a second claim of the whole
    facts = run(
        "The blast killed 31 people, including 23 soldiers, three railway workers and "
        "five passengers."
    )
    got = [(c.party, c.count, c.group) for c in facts.casualties]
    # (railway workers are workers: civilians, as passengers are)
    assert got == [("unknown", 31, None), ("unknown", 23, "soldiers"),
                   ("civilians", 3, "railway workers"), ("civilians", 5, "passengers")]  # fmt: skip
    # a part of a side's dead is that side's
    facts = run("Israeli strikes killed 45 Hamas fighters, including three commanders.")
    assert [(c.party, c.count, c.group) for c in facts.casualties] == [
        ("hamas", 45, None),
        ("hamas", 3, "commanders"),
    ]
    # civilians among people of no stated side stay the civilians' own figure
    facts = run("Gunmen killed 27 people, including 10 civilians and two journalists.")
    assert [(c.party, c.count, c.group) for c in facts.casualties] == [
        ("unknown", 27, None),
        ("civilians", 10, None),
        ("civilians", 2, "journalists"),
    ]


def test_tolls_told_as_martyrdom_or_injury_of_and_a_second_estimate_without_its_verb() -> None:
    got = casualties(
        "The monitor documented the martyrdom of 214 people and the injury of 90 others."
    )
    assert {(k, n) for _p, k, n, *_ in got} == {("killed", 214), ("wounded", 90)}
    for text in (
        "Medics put the death toll at 41 and the injuries at some 130.",
        "The death toll rose to 41 and the number of wounded to 130.",
    ):
        got = casualties(text)
        assert {(k, n) for _p, k, n, *_ in got} == {("killed", 41), ("wounded", 130)}, text


def test_civilians_counted_with_fighters_are_no_sides_alone() -> None:
    got = casualties("At least 516 civilians and fighters were killed in the clashes.")
    assert {(p, n) for p, _k, _n, n, *_ in got} == {("unknown", 516)}
    got = casualties("Shelling killed 12 civilians and three soldiers.")
    assert ("civilians", "killed", 12, None, None, False) in got


def test_a_toll_of_the_whole_war_does_not_take_the_victims_of_the_strike_before() -> None:
    facts = run(
        "An air strike on a school sheltering displaced families killed 31 people on "
        "Sunday, medics said. It was one of the deadliest raids of the war, which has "
        "killed thousands and driven millions from their homes."
    )
    killed = [(c.party, c.count, c.approximate) for c in facts.casualties if c.kind == "killed"]
    assert killed == [("civilians", 31, False), ("unknown", None, True)]
    # a toll that names no victims still takes those of the figure just before
    facts = run(
        "Shelling killed 12 civilians in Kherson on Monday. "
        "The regional governor had first put the toll at 9."
    )
    assert [(c.party, c.count) for c in facts.casualties] == [("civilians", 12), ("civilians", 9)]


def test_people_of_a_nation_that_is_no_side_are_civilians() -> None:
    got = casualties("Israeli strikes killed at least 30 Palestinians, the ministry said.")
    assert ("civilians", "killed", 30, 30, None, False) in got


def test_a_sides_own_unnamed_soldiers_belong_to_the_claimant() -> None:
    facts = run("Seven soldiers were killed in the ambush, the Russian Defence Ministry said.")
    [c] = facts.casualties
    assert (c.party, c.claimed_by) == ("russia", "russia")
    # but "terrorists" are never the claimant's own
    [c] = run("The Russian Defence Ministry said 40 terrorists were eliminated.").casualties
    assert c.party == "unknown" and c.claimed_by == "russia"
    # an insurgent group's "soldiers" are its enemy's, not its own: the state it fights
    [c] = run("The Houthis said two soldiers were killed in the ambush.", cfg=YEMEN).casualties
    assert (c.party, c.claimed_by) == ("government", "houthis")


def test_a_war_of_all_sides_kills_people_of_no_one_side() -> None:
    [c] = run("The war has killed tens of thousands of people, aid groups say.").casualties
    assert c.party == "unknown"
    # "people" say nothing of a side either (the real gold's convention) ...
    [c] = run("The strike on the school killed 14 people, medics said.").casualties
    assert c.party == "unknown"
    # ... unless the text goes on to say so
    [c] = run("The strike killed 14 people, most of them civilians, medics said.").casualties
    assert c.party == "civilians"


def test_a_side_that_lost_people_lost_its_own() -> None:
    [c] = run("Hamas lost 300 fighters in the tunnels, Israel said.").casualties
    assert (c.party, c.kind, c.count, c.claimed_by) == ("hamas", "killed", 300, "israel")


def test_an_age_a_hospital_evacuation_and_a_sum_of_dead_and_wounded_are_no_tolls() -> None:
    assert casualties("A man around 45 was evacuated in critical condition.") == set()
    assert casualties("Twelve people were evacuated to hospital after the blast.") == set()
    assert casualties("The number of dead and wounded had reached 1,481 by Sunday.") == set()
    assert [(p, k, n) for p, k, n, *_ in casualties("A woman aged 60 was killed in Kherson.")] == [
        ("civilians", "killed", 1)
    ]
    # people moved out of their villages are displaced
    got = casualties("Some 40,000 people were evacuated from border villages.")
    assert [(k, n) for _p, k, n, *_ in got] == [("displaced", 40000)]


def test_a_whole_with_its_parts_and_a_sum_broken_down() -> None:
    text = (
        "Officials said 200 people on their side, including 10 civilians, were killed "
        "and 400 were wounded."
    )
    got = {(p, k, n) for p, k, n, *_ in casualties(text)}
    assert ("unknown", "killed", 200) in got and ("unknown", "wounded", 400) in got
    text = "There were two civilian casualties, with one person killed and another injured."
    assert ("civilians", "wounded", 2) not in {(p, k, n) for p, k, n, *_ in casualties(text)}


def test_figures_told_without_their_noun_or_with_an_age_or_an_adverb() -> None:
    got = casualties("Three people were killed and 14 more were wounded in the strike on Sumy.")
    assert {(k, n) for _p, k, n, *_ in got} == {("killed", 3), ("wounded", 14)}
    got = casualties("More than 300 Palestinians have since been killed in the raids.")
    assert {(k, lo) for _p, k, _n, lo, *_ in got} == {("killed", 300)}
    got = casualties("An Israeli drone killed at least six Egyptian nationals near the border.")
    assert {(k, lo) for _p, k, _n, lo, *_ in got} == {("killed", 6)}
    for text in (
        "A 72-year-old local resident was killed when a shell hit his house.",
        "The strike killed a 9-year-old girl in Kherson.",
    ):
        assert [(p, k, n) for p, k, n, *_ in casualties(text)] == [("civilians", "killed", 1)], text
    got = casualties("Russian shelling killed four people in Nikopol and one person in Marhanets.")
    assert {(k, n) for _p, k, n, *_ in got} == {("killed", 4), ("killed", 1)}


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("Hamas, as Israel claims, lost 300 fighters in the tunnels.", "israel"),
        ("The Turkish Defense Ministry reported that 2 Turkish soldiers were killed.", "turkey"),
        ("Nine civilians were killed, according to the UN.", "UN"),
        (
            "Twelve civilians died in the strike, the Gaza health ministry said.",
            "Gaza health ministry",
        ),
        ("Six civilians were killed, according to regional governor Ivan Petrenko.", None),
    ],
)
def test_claimants(sentence: str, claimant: str | None) -> None:
    [c] = run(sentence).casualties
    if claimant is None:
        assert c.claimed_by and "Petrenko" in c.claimed_by
    else:
        assert c.claimed_by == claimant


def test_a_figure_someone_new_confirms_is_not_the_report_before() -> None:
    text = (
        "Residents said 20 people were killed in Kherson. "
        "A medical professional confirmed that 18 people were severely injured."
    )
    got = [(c.count, c.claimed_by) for c in run(text).casualties]
    assert got == [(20, "Residents"), (18, "medical professional")]


def test_he_is_not_the_leader_named_before_someone_else_spoke() -> None:
    text = (
        "Vladimir Putin said the talks were over. Olena Marchenko, a local volunteer, said "
        "the town had fallen. He said that Russian troops had taken the bridge."
    )
    assert [(a, t) for a, _s, t in said(text)] == [("russia", "the talks were over.")]
    text = "Vladimir Putin met his generals. He said the talks were over."
    assert [a for a, _s, _t in said(text)] == ["russia"]


def test_the_ministry_is_the_one_named_before_not_a_configured_ministry() -> None:
    cfg = """
title: t
date: 2023-10-01
actors:
  azerbaijan: {name: Azerbaijan}
  russia: {name: Russia, aliases: [Russian Defence Ministry]}
"""
    text = (
        "The health ministry of Nagorno-Karabakh said 20 people were killed in the blast. "
        "Seven of those people died in hospital, the ministry said."
    )
    got = [(c.count, c.claimed_by) for c in run(text, cfg=cfg).casualties]
    assert got == [
        (20, "health ministry of Nagorno-Karabakh"),
        (7, "health ministry of Nagorno-Karabakh"),
    ]
    # with no other ministry named, the configured one
    text = "Seven soldiers were killed, the ministry said."
    assert [c.claimed_by for c in run(text, cfg=cfg).casualties] == ["russia"]


def test_the_ministry_and_it_refer_back_to_the_claimant_named_before() -> None:
    text = (
        "Nine civilians were killed on Monday, the Gaza health ministry said. "
        "The ministry said 20 more people were wounded. "
        "It said 4 children were among the dead."
    )
    facts = run(text)
    assert {c.claimed_by for c in facts.casualties} == {"Gaza health ministry"}
    # "among the dead" is a breakdown: a figure stated of a part, in a row of its own
    assert [(c.count, c.group) for c in facts.casualties] == [
        (9, None),
        (20, None),
        (4, "children"),
    ]


def test_figures_in_a_quote_are_claimed_by_its_speaker() -> None:
    text = '"Up to 80 Ukrainian fighters were eliminated," Peskov told reporters.'
    [c] = run(text).casualties
    assert c.claimed_by == "russia" and c.high == 80


def test_as_many_as_is_an_upper_bound_not_an_exact_figure() -> None:
    # "as many as 40" says the toll may be 40, not that it is: an upper bound, as "up to"
    text = "As many as 40 villagers were killed when gunmen raided the market, officials said."
    [c] = run(text).casualties
    assert (c.count, c.low, c.high) == (40, None, 40)


def test_revised_tolls_are_separate_figures() -> None:
    text = (
        "The death toll from the strike on the bus station rose to 31, Kyiv said. "
        "Officials had earlier put the toll at 25."
    )
    got = sorted(c.count for c in run(text).casualties)
    assert got == [25, 31]


def test_equipment_is_not_a_casualty() -> None:
    text = "Ukrainian forces destroyed 14 Russian tanks and three of their armoured vehicles."
    assert run(text).casualties == []


def test_breakdowns_and_lists_are_not_new_tolls() -> None:
    text = "The raid killed 16 civilians, including 5 children and 3 women."
    # the parts are figures of their own parts of the civilians, never claims of all
    got = [(c.count, c.group) for c in run(text).casualties]
    assert got == [(16, None), (5, "children"), (3, "women")]
    text = "Shelling killed 12 people and wounded 30 others in Donetsk."
    assert {(c.kind, c.count) for c in run(text).casualties} == {("killed", 12), ("wounded", 30)}


def test_coordinated_victims_share_the_verb_after_them() -> None:
    text = "Eight soldiers and dozens of rebels were killed near the dam, a Yemeni official said."
    got = {(c.party, c.kind) for c in run(text, cfg=YEMEN, published="2023-04-01").casualties}
    assert got == {("government", "killed"), ("houthis", "killed")}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # one victim told first, then what befell them
        ("One person was killed and 9 others were hurt in Kharkiv, the governor said.",
         ("unknown", "killed", 1)),
        ("A shepherd was killed by tank fire near Rafah, the ministry said.",
         ("civilians", "killed", 1)),
        ("Israeli drones killed a fisherman off Gaza on Monday.", ("civilians", "killed", 1)),
        # the deed as a noun, then "of" and the figure
        ("The shelling led to the deaths of 14 Ukrainian soldiers.", ("ukraine", "killed", 14)),
        ("A blast caused the killing of nine people at the market.", ("unknown", "killed", 9)),
        ("The raid claimed the lives of 23 civilians in Khan Younis.",
         ("civilians", "killed", 23)),
        ("The shelling claimed lives of 6 civilians in Kherson.", ("civilians", "killed", 6)),
        # "all" before the figure, a breakdown between dashes
        ("A Russian helicopter was shot down, killing all six people on board.",
         ("unknown", "killed", 6)),
        ("The battle left 40 civilians - among them 11 children - dead, medics said.",
         ("civilians", "killed", 40)),
        # modifiers a name of its own or "and" put between the figure and the noun
        ("Turkey said 31 Islamic State (IS) group militants were killed overnight.",
         ("unknown", "killed", 31)),
        ("The fighting left at least 17 extremists dead, the monitor said.",
         ("unknown", "killed", 17)),
        # headlines run the figures together; "citizens" are civilians
        ("Eight Civilians Killed 14 Injured in Shelling of Kherson", ("civilians", "killed", 8)),
        ("Rocket fire killed 6 citizens in Sderot, police said.", ("civilians", "killed", 6)),
    ],
)  # fmt: skip
def test_casualty_phrasings_of_wire_copy(sentence: str, want: tuple) -> None:
    assert want in {(c.party, c.kind, c.count) for c in run(sentence).casualties}


def test_a_line_wrapped_by_hand_goes_on_and_one_more_victim_is_counted() -> None:
    # a long line with no full stop, wrapped before "Committee", is one sentence, and the
    # name wrapped over the break is one name
    text = (
        "A nurse was among four people killed when a drone struck a clinic in the town of "
        "Selydove in eastern Ukraine on Friday, the International Medical Relief\n"
        "Committee said on Saturday.\n"
        "Another IMRC staff member was injured in the strike, it said."
    )
    got = {(c.kind, c.count, c.claimed_by) for c in run(text).casualties}
    assert ("killed", 4, "International Medical Relief Committee") in got
    assert ("wounded", 1, "International Medical Relief Committee") in got
    # a short line is a headline: it ends there
    facts = run("Shelling kills 4 in Kherson\nThe governor said repairs had begun.")
    assert len({c.evidence.sentence for c in facts.casualties}) == 1


def test_who_gave_a_toll_claims_it() -> None:
    text = "Israeli state media gave a toll of 9 dead after the strike on Haifa."
    assert [(c.count, c.claimed_by) for c in run(text).casualties] == [(9, "israel")]


def test_lives_put_at_risk_or_a_mixed_count_are_no_toll() -> None:
    assert run("The siege puts the lives of 300 patients at risk, doctors said.").casualties == []
    assert run("The raid ended in the killing or wounding of several militants.").casualties == []
    # "10 and women": "and" joins modifiers before a noun, never a figure to a noun
    facts = run("Children aged from four to 10 and women were killed in the strike.")
    assert not {n for c in facts.casualties for n in (c.count, c.low, c.high)} & {4, 10}


def test_victims_of_two_sides_in_one_figure_are_no_one_sides() -> None:
    text = "At least 70 Russian and Ukrainian soldiers were killed in the battle, Kyiv said."
    assert [(c.party, c.count) for c in run(text).casualties] == [("unknown", 70)]


def test_a_relative_clause_that_names_who_said_it_gives_the_claimant() -> None:
    text = "It was a strike that the health ministry and state media said killed a farmer."
    [c] = run(text).casualties
    assert c.claimed_by == "health ministry and state media"


def test_a_name_then_the_post_that_speaks_is_the_claimant() -> None:
    # "Name, <post>, said": the figure is theirs, not the last claimant's
    text = (
        "The rescue service said shelling killed 31 people. Leila Haddad, director of the"
        " Al Amal hospital, had earlier told reporters that 18 people had been killed."
    )
    assert [c.claimed_by for c in run(text).casualties] == [
        "rescue service",
        "Leila Haddad, director of the Al Amal hospital",
    ]
    text = "Omar Saleh, a local doctor, said 6 people were killed in the raid."
    assert [c.claimed_by for c in run(text).casualties] == ["Omar Saleh, a local doctor"]
    # (a place and what it is, is no one: "Port Vela, the largest town, said to be hit")
    text = "Port Vela, the largest town in the south, reported 6 people killed in the raid."
    assert [c.claimed_by for c in run(text).casualties] == [None]


def test_a_report_counted_in_one_country_does_not_go_on_into_another() -> None:
    text = (
        "Seven civilians died, a Ukrainian defence ministry spokesperson said. According to"
        " her, 50 civilians in Ukraine were also hurt.\nIn Russia, six soldiers and 13"
        " civilians have been killed in the past two days."
    )
    got = {(c.count, c.claimed_by) for c in run(text).casualties}
    assert {(6, None), (13, None)} <= got
    # ... while a report listed by town goes on
    text = "The health ministry said 12 people were killed in Gaza City. In Rafah, 5 more died."
    assert [c.claimed_by for c in run(text).casualties] == ["health ministry"] * 2


def test_the_source_a_newsroom_cites_is_the_claimant() -> None:
    text = (
        "At least 13 people were killed in a Russian attack on Sumy, the Kyiv Post"
        " reported, citing the Ukrainian defence ministry."
    )
    assert [c.claimed_by for c in run(text).casualties] == ["ukraine"]
    text = "At least 13 people were killed in the attack, Reuters reported, citing local officials."
    assert [c.claimed_by for c in run(text).casualties] == ["local officials"]
    # (records cited are the teller's own data)
    text = "At least 13 people were killed, the ministry said, citing hospital records."
    assert [c.claimed_by for c in run(text).casualties] == ["ministry"]


def test_an_outlet_named_after_its_kind_is_the_claimant() -> None:
    # a nation's outlet no side is: the outlet by its name, not the nation's adjective
    text = "A blast killed 7 people in Tyre, Lebanese TV channel Al-Manar reported."
    assert [c.claimed_by for c in run(text).casualties] == ["Lebanese TV channel Al-Manar"]
    text = "Shelling killed 4 people in Gaza City, the daily Al-Quds reported."
    assert [c.claimed_by for c in run(text).casualties] == ["daily Al-Quds"]


def test_casualty_place_and_date() -> None:
    text = "On Monday, a drone strike killed 4 civilians in the town of Selydove."
    [c] = run(text).casualties
    assert c.location == "Selydove" and c.date == "2024-03-04"


def test_a_count_since_a_time_of_the_day_of_the_story_is_that_days() -> None:
    # 2024-03-06 is a Wednesday: "since dawn on Wednesday", told that day, is one day's
    for text in (
        "Shelling has killed at least 23 people since dawn on Wednesday, medics said.",
        "At least 23 people were killed since early Wednesday, medics said.",
        "At least 23 people have been killed since Wednesday morning, medics said.",
    ):
        [c] = run(text).casualties
        assert (c.count, c.date) == (23, "2024-03-06"), text
    # ... but from an earlier day it is a running count, of no one day
    for text in (
        "Shelling has killed at least 23 people since dawn on Monday, medics said.",
        "At least 23 people have been killed since Monday, medics said.",
    ):
        [c] = run(text).casualties
        assert (c.count, c.date) == (23, None), text


def test_the_event_answered_has_not_the_place_or_day_of_the_deed_that_answers() -> None:
    for text in (
        "The visit came a day after Ukraine launched strikes in Russia, in retaliation for"
        " the Bucha massacre that killed 26 civilians.",
        "The summit came after Russia's strikes on camps in Ukraine last month, in the"
        " aftermath of the Belgorod attack that killed 26 people.",
    ):
        [c] = run(text).casualties
        assert (c.count, c.location, c.date) == (26, None, None), text


def test_a_whole_has_the_place_and_day_told_past_its_breakdown() -> None:
    # the place and day after "including four children," are the whole's as well
    for text in (
        "Drone fire killed 9 people, including four children, in Jabalia on Monday, the"
        " ministry said.",
        "A shell killed 9 people, among them four children, in Jabalia on Monday.",
        "Nine people, including four children, were killed in Jabalia on Monday.",
    ):
        got = {(c.count, c.location, c.date) for c in run(text).casualties}
        assert got == {(9, "Jabalia", "2024-03-04"), (4, "Jabalia", "2024-03-04")}, text


def test_more_ways_of_telling_the_hurt() -> None:
    # injuries of some degree; "ten more" after the verb; the second of two participles
    # is the same doer's, its victims the same side's
    assert casualties(
        "Medics said 9 people were killed while 31 sustained various degrees of injuries."
    ) == {
        ("unknown", "killed", 9, None, None, False),
        ("unknown", "wounded", 31, None, None, False),
    }
    assert casualties("Hamas fighters killed four Israeli soldiers and wounded six more.") == {
        ("israel", "killed", 4, None, None, False),
        ("israel", "wounded", 6, None, None, False),
    }
    assert casualties(
        "Hamas gunmen raided a post, killing four Israeli soldiers and wounding six more."
    ) == {("israel", "killed", 4, None, None, False), ("israel", "wounded", 6, None, None, False)}
    # taken to the hospital is no flight from home
    for text in (
        "Two people died and 14 others were evacuated to the hospital.",
        "Two people died, with 14 others evacuated to the hospital.",
    ):
        assert casualties(text) == {("unknown", "killed", 2, None, None, False)}, text


def test_the_dead_told_after_the_displaced_are_no_civilians_by_that() -> None:
    # the displaced are civilians by their kind; the dead of the same war may be anyone
    assert casualties("The fighting has left 300,000 people homeless and about 900 dead.") == {
        ("civilians", "displaced", 300000, None, None, False),
        ("unknown", "killed", 900, None, None, True),
    }
    # park rangers and locals are no fighters
    assert {c[:3] for c in casualties("Poachers shot dead three rangers in the park.")} == {
        ("civilians", "killed", 3)
    }
    assert {c[:3] for c in casualties("Shelling wounded 14 locals near the market.")} == {
        ("civilians", "wounded", 14)
    }


def test_a_border_is_no_place_in_the_country_it_is_of() -> None:
    [c] = run("Gunmen stormed a post near the Egypt border, killing three guards.").casualties
    assert c.location is None
    # (a crossing named after its town is at the town)
    [c] = run("A car bomb killed 12 people near the Rafah border crossing.").casualties
    assert c.location == "Rafah"


def test_where_a_side_posts_is_no_place() -> None:
    # "on Facebook", "on Telegram": the medium of a claim, never where anything happened
    text = "About 900 people fled their villages overnight, the governor wrote on Facebook."
    [c] = run(text).casualties
    assert c.kind == "displaced" and c.location is None
    [c] = run("Two civilians died in Kherson, Ukraine said on Telegram.").casualties
    assert c.location == "Kherson"


def test_a_place_s_name_keeps_its_particles() -> None:
    # "ez-", "al", "ash-": the name does not end at its first lower-case word
    text = (
        "Israeli drones struck a car near Ras al Ain on Monday, killing 3 civilians in Deir ez-Zor."
    )
    facts = run(text)
    assert [c.location for c in facts.casualties] == ["Deir ez-Zor"]
    assert [g.place for g in facts.ground] == ["Ras al Ain"]


def test_whole_war_running_totals_are_tallies() -> None:
    # (cumulative tallies are items of the reference gold however old the war)
    text = (
        "The monitor said 20 civilians were killed on Tuesday. "
        "More than 300,000 people have been killed since the war began in 2011."
    )
    facts = run(text, published="2019-05-02")
    assert [c.count for c in facts.casualties] == [20, 300_000]
    # a total since a recent start is the news as well
    recent = "More than 1,000 people have been killed since October 7."
    assert run(recent, published="2023-11-20").casualties


def test_according_to_figures_names_the_claimant_but_is_no_statement() -> None:
    text = "Some 40 civilians were killed last week, according to figures from the UN."
    facts = run(text)
    assert facts.casualties[0].claimed_by == "UN"
    assert facts.statements == []


# -- statements ------------------------------------------------------------------------


def test_curly_and_straight_quotes_attributed_before_after_and_inside() -> None:
    text = (
        "“We will not abandon the corridor,” Zelenskiy said. "
        'Peskov told reporters: "The operation goes on as planned." '
        "“Our answer,” Netanyahu said, “will be felt for a long time.”"
    )
    got = said(text)
    assert ("ukraine", "Volodymyr Zelenskiy", "We will not abandon the corridor") in got
    assert ("russia", "Dmitry Peskov", "The operation goes on as planned.") in got
    assert any(a == "israel" and "felt for a long time" in t for a, _, t in got)


def test_quote_over_several_sentences_and_its_continuation() -> None:
    text = (
        "“The ceasefire is holding. We expect the exchange to start soon,” Lavrov said. "
        "“Nobody wants a new round of fighting.”"
    )
    got = said(text)
    assert any(
        a == "russia" and t.startswith("The ceasefire is holding. We expect") for a, _, t in got
    )
    assert ("russia", "Sergei Lavrov", "Nobody wants a new round of fighting.") in got


def test_pronoun_speakers_resolve_to_the_named_subject() -> None:
    text = (
        "Kuleba met his Polish counterpart in Warsaw. "
        "He said Ukraine needed more air defence systems. "
        "The Israeli army said it had struck 40 targets overnight."
    )
    got = said(text)
    assert any(a == "ukraine" and s == "Dmytro Kuleba" and "air defence" in t for a, s, t in got)
    assert any(a == "israel" and "struck 40 targets" in t for a, _, t in got)


def test_reported_speech_verbs_and_according_to_a_pronoun() -> None:
    text = (
        "Erdogan warned that Turkey would not accept a new wave of refugees. "
        "Egypt denied that its border crossing was closed. "
        "Peskov spoke to reporters on Monday. According to him, the talks had stalled."
    )
    actors = {a for a, _, _ in said(text)}
    assert actors == {"turkey", "egypt", "russia"}


def test_subject_is_not_inside_a_relative_clause() -> None:
    text = "Shoukry, who met Lavrov on Monday, said the crossing would stay open."
    assert said(text)[0][0] == "egypt"


def test_aside_attribution_and_called_with_a_quote() -> None:
    text = (
        "Netanyahu called the proposal “delusional”. "
        "The offer, he said, did not meet any of Israel's demands."
    )
    got = said(text)
    assert [a for a, _, _ in got] == ["israel", "israel"]
    assert any("did not meet any" in t for _, _, t in got)


def test_not_saying_is_no_statement() -> None:
    assert said("Lavrov has not said whether Russia will attend the conference.") == []


# -- actors via world knowledge ---------------------------------------------------------


def test_titles_ministries_forces_and_surnames_give_the_side() -> None:
    text = (
        "The Turkish Defense Ministry said Russian aircraft had violated its airspace. "
        "Kremlin spokesman Dmitry Peskov said Moscow would respond. "
        "French President Emmanuel Macron said Paris was worried."
    )
    got = said(text)
    assert got[0][0] == "turkey"
    assert got[1][:2] == ("russia", "Dmitry Peskov")
    assert got[2][:2] == ("France", "Emmanuel Macron")  # a plain name for an unlisted state


def test_an_actor_named_after_a_place_is_found_by_that_place() -> None:
    text = "Karabakh officials said the town of Lachin was quiet."
    assert said(text, cfg=KARABAKH, published="2020-10-10")[0][0] == "karabakh"


def test_the_one_stateless_side_is_the_rebels() -> None:
    text = "The rebels said they had shot down a coalition drone."
    assert said(text, cfg=YEMEN, published="2023-04-01")[0][0] == "houthis"


def test_fighters_killed_in_an_attack_on_a_side_are_that_sides() -> None:
    def parties(text: str) -> set[str]:
        return {c.party for c in run(text).casualties}

    assert parties("Israeli jets struck Hamas positions in Rafah, killing 15 fighters.") == {
        "hamas"
    }
    assert parties("Russian strikes on Ukrainian trenches killed 12 soldiers on Monday.") == {
        "ukraine"
    }
    text = "The army said its raids on Hamas hideouts on Sunday killed 9 militants."
    assert parties(text) == {"hamas"}
    # not the attacker, not what only qualifies the target, not civilians
    assert parties("Hamas attacked on Monday, killing 10 fighters.") == {"unknown"}
    text = "A drone strike on the Israeli embassy school killed 4 guards."
    assert parties(text) == {"civilians"}
    text = "A strike on Egypt-bound trucks killed 3 soldiers, the ministry said."
    assert parties(text) == {"unknown"}


def test_a_second_figure_hurt_by_a_weapon_and_victims_in_scare_quotes() -> None:
    text = "Nine tourists were killed and 23 injured by the shelling, officials said."
    assert {(c.kind, c.count) for c in run(text).casualties} == {("killed", 9), ("wounded", 23)}
    text = 'The army said it had "neutralised" 13 "terrorists" in the raid.'
    assert {(c.kind, c.count) for c in run(text).casualties} == {("killed", 13)}


# -- diplomacy --------------------------------------------------------------------------


def test_a_meeting_told_of_a_pronoun_is_with_the_side_it_stands_for() -> None:
    text = (
        "Sameh Shoukry arrived in Ankara on Tuesday. "
        "He later held a meeting with President Recep Tayyip Erdogan."
    )
    meetings = [d for d in run(text).diplomacy if d.type == "meeting"]
    assert [(d.participants, d.status) for d in meetings] == [(("egypt", "turkey"), "held")]
    # meeting resistance, or demands, is no meeting
    for text in (
        "Egypt and Turkey were meeting fierce resistance from Israel.",
        "Egypt and Turkey have met their demands.",
        "Egypt and Turkey pledged aid to meet the emergency needs of the displaced.",
    ):
        assert not [d for d in run(text).diplomacy if d.type == "meeting"], text
    # but meeting the opposition is a meeting
    steps = run("Putin met opposition leaders from Turkey in Ankara.").diplomacy
    assert [(d.type, d.status) for d in steps] == [("meeting", "held")]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Putin and Erdogan held talks in Sochi on Monday.", "held"),
        ("Putin and Erdogan will meet in Astana next week.", "planned"),
        ("A meeting between Putin and Erdogan can be arranged if necessary.", "proposed"),
        ("Peskov said there were no plans for Putin to meet Erdogan.", "not_planned"),
        ("A visit by Lavrov to Ankara on Sunday has been postponed.", "cancelled"),
        ("Israel and Hamas signed a ceasefire agreement in Cairo.", "concluded"),
        ("It is not ruled out that Lavrov and Erdogan will meet.", "proposed"),
        ("Peskov said talks with Turkey would resume in Istanbul.", "planned"),
        ("Putin called upon Erdogan and all the Gulf states to meet in Sochi.", "proposed"),
        ("Lavrov is looking to schedule visits to Ankara and Cairo later this week.", "planned"),
        (
            "It is the second attempt by Egypt to organize talks between Israel and Hamas.",
            "proposed",
        ),
    ],
)
def test_diplomacy_status(sentence: str, status: str) -> None:
    assert status in {s for _, _, s in steps(sentence)}


def test_steps_no_envoy_takes_are_none() -> None:
    # a visit of an errand, accords in general
    assert run("The WHO cited field visits to Egyptian clinics and a survey.").diplomacy == []
    text = "Turkey said the raid on the clinic broke international accords that protect medics."
    assert run(text).diplomacy == []


def test_a_deal_dealt_and_a_page_s_list_of_other_stories_are_no_steps() -> None:
    assert run("The shelling dealt a heavy blow to hopes, Turkey said.").diplomacy == []
    assert run("Ankara said it would deal with the refugees alone.").diplomacy == []
    assert run("Turkey sought a way to deal, talk and work with Russia.").diplomacy == []
    assert steps("Russia hashed out a deal with Turkey in 2018.") == {
        ("agreement", ("russia", "turkey"), "concluded")
    }
    furniture = "Print Share 312 Related Egypt Hosts Israel Hamas Talks Turkey Signs Gas Deal"
    assert run(furniture).diplomacy == []
    menu = "Video | Opinion Category News | Egypt hosts an Israel Hamas summit in Cairo"
    assert run(menu).diplomacy == []


def test_fighters_or_families_arriving_make_no_visit() -> None:
    text = (
        "A Hamas command post and three groups of militants who arrived in the area from "
        "Egypt were destroyed, Israel said."
    )
    assert [d for d in run(text).diplomacy if d.type == "visit"] == []
    assert steps("Erdogan arrived in Cairo on Monday for talks with Egypt.") >= {
        ("visit", ("egypt", "turkey"), "held")
    }


def test_those_called_on_to_meet_are_parties_and_a_while_clause_is_not() -> None:
    got = steps("Turkey called on Israel and Hamas to meet in Cairo.")
    assert got == {("meeting", ("hamas", "israel", "turkey"), "proposed")}
    got = steps("Israel and Hamas have kept a truce while Ukraine fought on.")
    assert got == {("agreement", ("hamas", "israel"), "concluded")}


def test_a_state_that_only_qualifies_the_side_or_person_after_it_does_not_speak() -> None:
    assert [
        a for a, _s, _t in said("Yemen's Houthis said the talks had made progress.", cfg=YEMEN)
    ] == ["houthis"]
    text = "Yemeni Houthi fighters attacked Marib on Sunday."
    assert {g.actor for g in run(text, cfg=YEMEN).ground} == {"houthis"}
    cfg = YEMEN + "  un: {name: United Nations, aliases: [Lars Ostberg]}\n"
    text = "UN Special Envoy for Yemen Lars Ostberg said both sides had agreed to extend the truce."
    assert [a for a, _s, _t in said(text, cfg=cfg)] == ["un"]
    # the state itself still speaks
    assert [
        a for a, _s, _t in said("Yemen's government said the Houthis shelled Taiz.", cfg=YEMEN)
    ] == ["government"]


def test_a_long_titled_speaker_after_the_claim_is_the_claimant() -> None:
    text = (
        "Russian drones killed two people in Kherson, Head of the Kherson Regional Military "
        "Administration Oleksandr Prokudin has said."
    )
    [c] = run(text).casualties
    assert c.claimed_by is not None and "Prokudin" in c.claimed_by
    assert [a for a, _s, _t in said(text)] != ["russia"]


def test_what_was_said_starts_after_whom_and_where_it_was_told() -> None:
    for text, words in (
        ("Dmitry Peskov said on Telegram the talks had stalled.", "the talks had stalled."),
        (
            "Dmytro Kuleba told the Ukrinform news agency, on condition of anonymity, "
            "that the talks had stalled.",
            "the talks had stalled.",
        ),
        (
            "Sergei Lavrov told state broadcaster Rossiya the talks had stalled.",
            "the talks had stalled.",
        ),
        (
            "Sergei Lavrov told the Turkish Foreign Minister Hakan Fidan that the talks stalled.",
            "the talks stalled.",
        ),
    ):
        assert [t for _a, _s, t in said(text)] == [words], text
    # whom it was told to ends the sentence: the words came before, or nowhere here
    assert said("Kremlin spokesman Dmitry Peskov told state broadcaster Rossiya.") == []
    assert [
        t for _a, _s, t in said('"The talks have stalled," Dmitry Peskov told a regular briefing.')
    ] == ["The talks have stalled"]


def test_who_is_accused_or_told_does_not_speak() -> None:
    assert said("Russia was accused of violating the truce within hours.") == []
    assert said("Ukraine has repeatedly been accused of shelling the plant.") == []
    # an acronym in capitals is no "is": "IS said" is a group speaking
    cfg = CONFIG + "  isis: {name: Islamic State, aliases: [IS]}\n"
    assert [a for a, _s, _t in said("IS said its fighters had taken the town.", cfg=cfg)] == [
        "isis"
    ]


def test_the_words_after_said_comma_quote_are_what_was_said() -> None:
    text = 'A spokesman, Dmitry Peskov, said, "Russia is ready to talk to Ukraine."'
    assert [t for _a, _s, t in said(text)] == ['"Russia is ready to talk to Ukraine."']
    text = "Russia insists, however, that its troops hold the line in Kherson."
    assert [t for _a, _s, t in said(text)] == ["its troops hold the line in Kherson."]


def test_a_given_name_that_speaks_is_the_person_named_before() -> None:
    cfg = CONFIG + "  thailand: {name: Thailand, aliases: [Phumtham Wechayachai]}\n"
    text = (
        "Thai Foreign Minister Phumtham Wechayachai arrived in Cairo. "
        '"We are ready to sign," Phumtham said. The border, Phumtham said, was calm.'
    )
    got = [(a, t) for a, _s, t in said(text, cfg=cfg)]
    assert got == [
        ("thailand", "We are ready to sign"),
        ("thailand", "The border was calm."),  # (who said it is left out of the words)
    ]


def test_what_a_vow_or_claim_takes_keeps_its_verb() -> None:
    assert [t for _a, _s, t in said("Russia vowed to retaliate at a time of its choosing.")] == [
        "vowed to retaliate at a time of its choosing."
    ]
    assert [t for _a, _s, t in said("Ukraine claimed to have downed 40 Russian drones.")] == [
        "claimed to have downed 40 Russian drones."
    ]
    assert [t for _a, _s, t in said("Russia denied shelling the power plant.")] == [
        "denied shelling the power plant."
    ]


def test_when_and_where_it_was_said_is_not_what_was_said() -> None:
    for text, words in (
        ("Egypt said on the first day of talks that a truce was near.", "a truce was near."),
        (
            "Sergei Lavrov told reporters before leaving Ankara, that the talks went well.",
            "the talks went well.",
        ),
        (
            "Dmitry Peskov told Izvestia in an exclusive interview that the talks went well.",
            "the talks went well.",
        ),
        (
            "Dmitry Peskov was quoted as saying by Izvestia that the talks went well.",
            "the talks went well.",
        ),
    ):
        assert [t for _a, _s, t in said(text)] == [words], text


def test_a_day_a_title_or_where_it_was_posted_is_not_what_was_said() -> None:
    for text in (
        "Dmitry Peskov said Tuesday evening that the talks had failed.",
        "Recep Tayyip Erdogan told the Russian president that the talks had failed.",
        "Sergei Lavrov said in a phone call with Turkish Foreign Minister Hakan Fidan "
        "that the talks had failed.",
        "Russia said in a statement posted on its website that the talks had failed.",
    ):
        assert [t for _a, _s, t in said(text)] == ["the talks had failed."], text


def test_a_report_on_something_or_a_phrase_is_no_statement() -> None:
    assert said("Russia reported on the latest round of talks.") == []
    text = "Russia took two villages, the latest gains it has reported in its advance westward."
    assert said(text) == []
    text = "A drone hit the base, a Russian official told TASS, and witnesses said a hotel was hit."
    assert [t for _a, _s, t in said(text)] == ["A drone hit the base"]
    # a figure's "at least" starts a clause
    assert [t for _a, _s, t in said("Russia added that at least 16 soldiers were killed.")] == [
        "at least 16 soldiers were killed."
    ]


def test_adding_to_fears_and_what_someone_describes_as_say_nothing() -> None:
    text = "Russian troops entered Avdiivka, adding to fears of an assault on Kramatorsk."
    assert said(text) == []
    assert said("Ukraine faces what Russia describes as a long war of attrition.") == []


def test_a_verb_of_saying_inside_a_name_says_nothing() -> None:
    text = (
        "Egypt said talks went well, adding they had help from the United States and the Red Cross."
    )
    # (what "adding" says is held whole by what "said" says: one statement)
    assert [t for _a, _s, t in said(text)] == [
        "talks went well, adding they had help from the United States and the Red Cross.",
    ]


def test_a_denial_of_a_thing_gives_way_to_the_words_after_it() -> None:
    assert [
        t for _a, _s, t in said("Russia denied the report, saying its troops held the line.")
    ] == ["its troops held the line."]
    # a denied clause is what was said, with the denial: its words alone would say the
    # opposite
    got = [
        t
        for _a, _s, t in said(
            "Russia denied that its troops were in Kherson, saying they held the line."
        )
    ]
    assert got[0].startswith("denied that its troops were in Kherson")


def test_who_speaks_is_the_side_a_title_names_not_the_body_or_place_beside_it() -> None:
    # the title's own nation, not the body named before it
    text = "At the U.N. Turkish Foreign Minister Hakan Fidan said Israel must halt the raids."
    assert [(a, who) for a, who, _ in said(text)] == [("turkey", "Hakan Fidan")]
    # a city near which people live is no speaker
    text = "Residents of Irpin near Kyiv accused Russian troops of looting the town."
    assert "ukraine" not in {a for a, _, _ in said(text)}


def test_a_named_official_of_a_body_speaks_in_his_own_name() -> None:
    # a body that is no side has many voices: the official's own; a country's official
    # speaks for the country
    text = "UN relief chief Martin Griffiths said aid trucks must reach Gaza at once."
    assert [(a, who) for a, who, _ in said(text)] == [("Martin Griffiths", "Martin Griffiths")]
    text = "French Foreign Minister Catherine Colonna said aid trucks must reach Gaza at once."
    assert [a for a, _, _ in said(text)] == ["France"]


def test_adding_keeps_the_speaker_and_never_takes_a_side_quoted_or_named_after() -> None:
    text = (
        "“It was the third Israeli raid on the camp this week,” he said, adding that it "
        "hit a school run by the UN."
    )
    assert said(text) == []
    text = "Israel struck the camp on Monday, saying it hit a Hamas command post."
    assert [a for a, _, _ in said(text)] == ["israel"]


def test_an_alias_that_ends_in_a_body_s_word_is_no_person() -> None:
    cfg = CONFIG.replace(
        "aliases: [Sameh Shoukry]", "aliases: [Sameh Shoukry, Middle East News Agency]"
    )
    text = (
        "Shelling hit Rafah, the Middle East News Agency reported. "
        "“It was the third raid this week,” he said."
    )
    assert [t for _, _, t in said(text, cfg=cfg) if "third raid" in t] == []


def test_one_cited_or_quoted_as_saying_in_the_passive_is_the_speaker() -> None:
    text = (
        "Ukraine's foreign minister Dmytro Kuleba was cited by a Kyiv radio station on "
        "Monday as warning that any new offensive would be met with force."
    )
    assert said(text) == [
        ("ukraine", "Dmytro Kuleba", "any new offensive would be met with force.")
    ]


def test_an_ally_named_before_a_person_and_a_step_that_dates_a_clause_are_no_parties() -> None:
    # "Hamas ally X": X's description; Hamas takes no part
    text = "Erdogan met Egypt's foreign minister and Hamas ally Ismail Radwan in Ankara."
    assert steps(text) == {("meeting", ("egypt", "turkey"), "held")}
    # "following the meeting": the clause after names no party to the meeting
    text = (
        "Erdogan met Sameh Shoukry in Ankara on Monday. Following the meeting, Erdogan "
        "vowed to press Israel and Hamas to end the war."
    )
    assert steps(text) == {("meeting", ("egypt", "turkey"), "held")}


def test_a_meeting_told_as_one_more_is_a_meeting_of_its_own() -> None:
    text = (
        "Sameh Shoukry met Turkish Foreign Minister Hakan Fidan in Ankara on Monday. "
        "He later held a meeting with President Recep Tayyip Erdogan."
    )
    meetings = [d for d in run(text).diplomacy if d.type == "meeting"]
    assert [(d.participants, d.status) for d in meetings] == [(("egypt", "turkey"), "held")] * 2


def test_what_is_maintained_is_not_said() -> None:
    text = "Hamas was pushed out, though it maintains a presence in a few streets of Jabalia."
    assert said(text) == []
    assert [a for a, _, _ in said("Israel maintains that Hamas broke the truce.")] == ["israel"]


def test_whom_it_was_told_to_is_not_what_was_told() -> None:
    for text in (
        "Erdogan told VOA the talks with Egypt would resume.",
        "Erdogan told Reuters on Monday that the talks with Egypt would resume.",
    ):
        assert [t for _, _, t in said(text)] == ["the talks with Egypt would resume."], text
    # "told Israel to stop": whom he told is part of it
    assert [t for _, _, t in said("Erdogan told Israel to stop the raids.")] == [
        "Israel to stop the raids."
    ]


def test_what_was_said_starts_after_the_dateline() -> None:
    text = "KYIV (Reuters) - Russian drones hit two power plants overnight, Ukraine said."
    assert said(text) == [("ukraine", None, "Russian drones hit two power plants overnight")]
    text = "KYIV (Reuters) Russian drones hit two power plants overnight, Ukraine said."
    assert said(text) == [("ukraine", None, "Russian drones hit two power plants overnight")]


def test_an_agreement_on_a_truce_is_the_fighting_sides_own() -> None:
    text = (
        "Israeli troops shelled Rafah as Hamas fighters fired rockets. "
        "“The talks will now focus on reaching an agreement on a lasting ceasefire,” "
        "Egypt said."
    )
    got = {(d.type, d.participants) for d in run(text).diplomacy}
    assert ("agreement", ("hamas", "israel")) in got


def test_an_extension_of_an_agreement_is_an_agreement_of_its_own() -> None:
    text = (
        "Israel and Hamas on Monday agreed to a two-day extension of a truce they "
        "signed on March 1 in Cairo."
    )
    got = sorted((d.type, d.date or "") for d in run(text, published=None).diplomacy)
    assert got == [("agreement", ""), ("agreement", "2024-03-01")]


def test_a_step_between_two_sides_is_theirs_not_the_teller_s() -> None:
    text = (
        "A Turkish official said Ankara holds a recording of a phone conversation between "
        "Hamas and the Israeli army before the raid."
    )
    assert steps(text) == {("call", ("hamas", "israel"), "held")}


def test_a_step_asked_for_is_proposed_not_held() -> None:
    for text in (
        "Putin renewed his demand for talks with Erdogan.",
        "Erdogan pushed for a ceasefire with Putin on Monday.",
    ):
        assert {s for _, _, s in steps(text)} == {"proposed"}, text
    # asked for after the deed: the deed stands
    text = "Putin and Erdogan agreed to a ceasefire after Erdogan pushed for it for weeks."
    assert {s for _, _, s in steps(text)} == {"concluded"}


def test_a_phone_round_is_one_call_per_counterpart() -> None:
    text = "Putin held telephone conversations with Erdogan and Netanyahu on Friday."
    got = {(t, p) for t, p, _ in steps(text)}
    assert got == {("call", ("russia", "turkey")), ("call", ("israel", "russia"))}


def test_the_deal_named_again_is_the_same_step() -> None:
    text = (
        "Israel and Hamas agreed on a four-day truce. "
        "Egypt welcomed the deal and said the truce would start on Friday."
    )
    facts = run(text)
    assert len(facts.diplomacy) == 1
    assert set(facts.diplomacy[0].participants) >= {"israel", "hamas"}


def test_a_background_agreement_with_its_year() -> None:
    [step] = run("Both sides still cite a 2015 ceasefire that never held.").diplomacy
    assert (step.type, step.status, step.date) == ("agreement", "concluded", "2015")


def test_the_two_leaders_are_the_two_named_before() -> None:
    text = (
        "Putin spoke with Erdogan about grain exports. "
        "Peskov said a meeting of the two leaders was not on the agenda."
    )
    assert ("meeting", ("russia", "turkey"), "not_planned") in steps(text)


def test_one_side_that_hosts_or_offers_is_a_step() -> None:
    text = "Egypt said it would host follow-up talks in Cairo next month."
    [step] = run(text).diplomacy
    assert (step.type, step.participants, step.status, step.location) == (
        "talks",
        ("egypt",),
        "planned",
        "Cairo",
    )


def test_a_later_sentence_dates_the_step_it_refers_to() -> None:
    text = (
        "Erdogan said he had held telephone talks with Putin. "
        "The conversation took place on February 21."
    )
    [step] = run(text, published="2020-02-28").diplomacy
    assert (step.type, step.date) == ("call", "2020-02-21")


def test_a_steps_own_date_modifier() -> None:
    text = "Erdogan expects a ceasefire after Thursday's talks with Putin."
    facts = run(text, published="2020-03-04")
    talks = [d for d in facts.diplomacy if d.type == "talks"]
    assert talks and talks[0].date == "2020-03-05" and talks[0].status == "planned"


def test_a_deal_that_is_only_sought_is_not_concluded() -> None:
    for text in (
        "Turkey sent its envoy to Moscow to help negotiate a ceasefire between Russia and Ukraine.",
        "Egypt is working to finalise a truce between Israel and Hamas, officials said.",
        "Israel and Hamas discussed a possible ceasefire through Egyptian mediators.",
        "Israel kept up its strikes, ignoring ceasefire calls by Egypt and Turkey.",
        "Hamas says it will free the captives once a truce with Israel is reached.",
        "Egypt and Turkey have tried to mediate a new deal between Israel and Hamas on a truce.",
    ):
        got = {(t, st) for t, _p, st in steps(text) if t == "agreement"}
        assert got == {("agreement", "proposed")}, text
    # what talks aim at is theirs: the talks are the step
    text = (
        "A Hamas delegation held talks in Cairo with Egypt aimed at brokering a truce with Israel."
    )
    assert {(t, st) for t, _p, st in steps(text)} == {("talks", "held")}
    text = "Russia and Ukraine held talks in Istanbul on a new ceasefire."
    assert {(t, st) for t, _p, st in steps(text)} == {("talks", "held")}
    # a collapse ends a truce
    text = "Fighting resumed after the collapse of a truce between Israel and Hamas on March 18."
    assert {(t, st) for t, _p, st in steps(text)} == {("agreement", "cancelled")}
    # a deal made stays made, whatever it is on
    for text in (
        "Russia and Ukraine signed an agreement on a ceasefire in Istanbul.",
        "The war killed thousands before a truce between Israel and Hamas was agreed in January.",
    ):
        assert {(t, st) for t, _p, st in steps(text)} == {("agreement", "concluded")}, text


def test_a_place_name_stops_before_a_day_and_talks_are_not_where_their_truce_is() -> None:
    [step] = run("Sergei Lavrov arrived in Cairo Sunday.", published="2022-07-23").diplomacy
    assert step.location == "Cairo"
    assert [g.place for g in run("Russian forces shelled Kharkiv Monday.").ground] == ["Kharkiv"]
    # two halves of a region, named once
    text = "Russian forces shelled villages in North and South Ravka."
    assert [g.place for g in run(text).ground] == ["North and South Ravka"]
    text = "Egypt and Hamas held talks about a possible ceasefire in the Gaza Strip."
    assert [(d.type, d.location) for d in run(text).diplomacy] == [("talks", None)]
    # where a truce was signed is its place
    [step] = run("Russia and Ukraine signed a ceasefire in Istanbul.").diplomacy
    assert step.location == "Istanbul"


def test_earlier_talks_a_visit_follows_are_theirs_and_undated_by_the_report() -> None:
    text = (
        "On Sunday, Russian media quoted an official saying Erdogan would travel to Moscow to "
        "meet Putin, following recent talks between Turkish and Ukrainian delegations in Antalya."
    )
    got = {(d.type, d.participants, d.date) for d in run(text, published="2024-03-04").diplomacy}
    # the visit is Turkey's to Russia, the talks Turkey's with Ukraine; Sunday is the report's
    assert got == {("visit", ("russia", "turkey"), None), ("talks", ("turkey", "ukraine"), None)}
    # the visit's purpose names no party to it (its host's state is one)
    text = "Erdogan will fly to Moscow on Friday to try to secure a truce in the war with Ukraine."
    visits = [d for d in run(text).diplomacy if d.type == "visit"]
    assert [(v.participants, v.date) for v in visits] == [(("russia", "turkey"), "2024-03-08")]


def test_when_a_truce_ends_is_not_when_it_was_agreed() -> None:
    text = "Russia and Ukraine agreed to extend their ceasefire until March 18."
    got = {(d.type, d.status, d.date) for d in run(text, published="2024-03-15").diplomacy}
    assert got == {("agreement", "concluded", None)}


def test_an_act_done_under_a_truce_does_not_date_the_truce() -> None:
    # The day is the act's: the truce was made before it, on a day not told here.
    for text in (
        "Russia freed 40 prisoners on Saturday as part of its ceasefire deal with Ukraine.",
        "Ten aid lorries will cross on Friday under the truce between Israel and Hamas.",
        "Grain ships sailed on Sunday in line with the agreement between Russia and Ukraine.",
    ):
        dates = {d.date for d in run(text, published="2024-03-06").diplomacy}
        assert dates <= {None}, text
    # (its own making still dates it)
    text = "Lorries crossed under the truce agreed by Israel and Hamas on Sunday."
    dates = {d.date for d in run(text, published="2024-03-06").diplomacy}
    assert dates == {"2024-03-03"}
    text = "Israel and Hamas signed a ceasefire agreement on Saturday."
    assert {d.date for d in run(text, published="2024-03-06").diplomacy} == {"2024-03-02"}


def test_a_truce_in_place_since_a_month_is_not_dated_by_that_month() -> None:
    text = (
        "Strikes ended weeks of calm after talks to secure a lasting ceasefire between "
        "Israel and Hamas stalled.\n\nEach accused the other of breaching the truce, "
        "which had largely held since January."
    )
    got = {(d.type, d.status, d.date) for d in run(text, published="2024-03-18").diplomacy}
    assert got == {("agreement", "proposed", None)}


def test_what_is_said_of_a_party_after_the_step_names_no_party() -> None:
    text = "Sergei Lavrov met Sameh Shoukry of Egypt, a key mediator with Hamas, on Monday."
    assert steps(text) == {("meeting", ("egypt", "russia"), "held")}
    text = "Dmytro Kuleba met Sameh Shoukry of Egypt, a close ally of Russia."
    assert steps(text) == {("meeting", ("egypt", "ukraine"), "held")}
    # (before the step's word it can: the mediator's two sides are the talks')
    text = "Egypt, a mediator between Israel and Hamas, hosted talks on Monday."
    assert {p for t, p, _s in steps(text)} >= {("egypt", "hamas", "israel")}


def test_a_meeting_foreseen_prepared_or_about_to_begin_is_planned() -> None:
    for text in (
        "Vladimir Putin on Monday foreshadowed his meeting with Recep Tayyip Erdogan in Sochi.",
        "Preparations were under way for a meeting between Putin and Zelenskiy.",
        "The long-awaited meeting of Vladimir Putin and Volodymyr Zelenskiy will begin late "
        "on Friday.",
        "Egypt hosted Hamas envoys ahead of a meeting with Israel in Cairo.",
    ):
        assert {st for t, _p, st in steps(text) if t == "meeting"} == {"planned"}, text
    # readiness on a condition is no plan
    text = "Putin is ready to meet Zelenskiy, provided this meeting is going to have an agenda."
    assert {st for t, _p, st in steps(text)} <= {"proposed"}


def test_a_day_in_a_clause_of_another_event_does_not_date_the_step() -> None:
    text = (
        "Putin announced after hosting Erdogan in Sochi on Monday that a meeting with "
        "Zelenskiy was planned."
    )
    got = {(d.type, d.date) for d in run(text, published="2024-03-06").diplomacy}
    assert ("meeting", None) in got and not any(
        t == "meeting" and d == "2024-03-11" for t, d in got
    )


def test_agreed_on_a_day_to_swap_prisoners_is_an_agreement() -> None:
    text = "Russia and Ukraine agreed Friday to exchange 500 prisoners of war each."
    assert steps(text) == {("agreement", ("russia", "ukraine"), "concluded")}


def test_the_month_may_is_no_modal() -> None:
    for text in (
        "Putin and Zelenskiy last met in Paris in mid-May.",
        "Putin and Zelenskiy met in Paris on 16 May.",
        "Putin and Zelenskiy met in Paris in early May.",
    ):
        assert {st for _t, _p, st in steps(text, published="2024-06-03")} == {"held"}, text
    assert {st for _t, _p, st in steps("Putin and Zelenskiy may meet in Paris.")} == {"proposed"}


def test_officers_of_two_sides_by_their_office_or_its_acronym_are_those_sides() -> None:
    for text in (
        "The Directors General of Military Operations (DGMOs) of Russia and Ukraine held "
        "talks on Monday.",
        "The DGMOs of Russia and Ukraine held talks on Monday.",
    ):
        assert steps(text) == {("talks", ("russia", "ukraine"), "held")}, text


def test_two_sides_joined_by_a_dash_before_the_step_are_its_sides() -> None:
    for text in (
        "The Russia-Ukraine talks were held in Istanbul on Monday.",
        "The Ukraine–Russia talks planned for Monday in Istanbul were cancelled.",
    ):
        assert {p for _t, p, _s in steps(text)} == {("russia", "ukraine")}, text
    # (what talks are about is no side of them)
    text = "Egypt and Turkey held talks on the Russia-Ukraine war on Monday."
    assert {p for _t, p, _s in steps(text)} == {("egypt", "turkey")}


def test_a_meeting_agreed_to_is_planned_and_not_dated_by_the_day_it_was_agreed() -> None:
    text = (
        "Putin and Erdogan spoke by telephone on Friday and agreed to meet in the second "
        "half of May."
    )
    got = {(d.type, d.status, d.date) for d in run(text, published="2024-03-06").diplomacy}
    assert ("meeting", "planned", "2024-05") in got
    assert not any(t == "meeting" and d and d.startswith("2024-03") for t, _s, d in got)


def test_a_step_held_before_another_it_is_ahead_of_stays_held() -> None:
    # (what comes after "ahead of" is planned, not the step told before it)
    for text in (
        "Zelenskiy held talks with Erdogan in Istanbul on Monday ahead of the NATO summit.",
        "Putin and Erdogan met in Sochi on Monday ahead of the grain deal's expiry.",
        "Egypt provided the venue for talks between Israel and Hamas in Cairo on Monday.",
    ):
        got = {(d.type, d.status, d.date) for d in run(text).diplomacy}
        assert any(st == "held" and d == "2024-03-04" for _t, st, d in got), (text, got)


def test_a_deal_there_is_stays_made_whatever_is_said_of_it() -> None:
    for text in (
        "Hamas freed three hostages on Saturday as part of a ceasefire deal with Israel that "
        "took effect on January 19.",
        "Ukraine and Russia swapped 90 prisoners each on Friday as part of a deal mediated by "
        "the UAE.",
        "Egypt stressed the need for the ceasefire Israel and Hamas agreed in January to hold.",
        "Israel and Hamas on Sunday signed not just a truce but a roadmap to end the war.",
    ):
        statuses = {d.status for d in run(text).diplomacy if d.type == "agreement"}
        assert statuses == {"concluded"}, (text, statuses)


def test_a_time_of_day_before_the_day_keeps_the_day() -> None:
    text = "Shortly after midnight on Sunday, Israel and Hamas agreed to a ceasefire."
    assert {d.date for d in run(text).diplomacy} == {"2024-03-03"}


def test_a_deal_unveiled_on_a_day_is_dated_by_it() -> None:
    text = "Under a deal unveiled on Wednesday, Russia and Ukraine will swap 300 prisoners each."
    assert {(d.type, d.date) for d in run(text).diplomacy} >= {("agreement", "2024-03-06")}


def test_fighters_killed_in_another_clause_are_not_the_targets() -> None:
    text = "Israeli jets struck Hamas positions in Gaza after militants killed 12 soldiers."
    assert "hamas" not in {c.party for c in run(text).casualties}
    # ("militants" is no state's word for its own dead)
    text = "Hamas fighters attacked Israeli positions near Rafah, killing 5 militants."
    assert "israel" not in {c.party for c in run(text).casualties}


def test_a_known_truce_taken_up_by_a_side_is_news() -> None:
    text = (
        "Israeli strikes killed 12 Hamas fighters in Gaza on Friday. Hamas fighters fired "
        "rockets at Israel. Ismail Haniyeh also agreed to the ceasefire, Egyptian media said."
    )
    got = {(d.type, d.status) for d in run(text).diplomacy}
    assert got == {("agreement", "concluded")}
    # (told of as known, it is still no step of this story)
    text = (
        "Israeli strikes killed 12 Hamas fighters in Gaza on Friday. Hamas fighters fired "
        "rockets at Israel. Egypt urged both sides to respect the ceasefire."
    )
    assert not [d for d in run(text).diplomacy if d.type == "agreement"]


def test_a_side_staying_away_does_not_call_off_a_gathering() -> None:
    text = (
        "Benjamin Netanyahu will not attend next week's summit with Erdogan in Cairo, his "
        "office said."
    )
    # (and who stays away is no party to it)
    assert {(p, st) for t, p, st in steps(text) if t == "meeting"} == {(("turkey",), "planned")}
    for text in (
        "Putin did not attend the summit in Ankara with Erdogan and Netanyahu on Friday.",
        "Russia boycotted the conference in Geneva with Ukraine and Turkey on Monday.",
    ):
        assert {st for _t, _p, st in steps(text)} == {"held"}, text
        assert all("russia" not in p for _t, p, _st in steps(text)), text
    # (not any step, not talks of two, not one called off)
    for text in (
        "Russia will not take part in any peace talks, Dmitry Peskov said.",
        "Putin will not meet Zelenskiy.",
        "Putin will not attend the summit in Ankara, which was cancelled.",
    ):
        assert "planned" not in {st for _t, _p, st in steps(text)}, text


def test_a_plan_agreed_to_is_a_deal_made_and_a_dateline_does_not_date_a_step_to_come() -> None:
    text = (
        "Israel and Hamas agreed on Wednesday to the first phase of President Recep Tayyip "
        "Erdogan's plan for Gaza, a ceasefire and hostage deal that could free all hostages."
    )
    assert {st for t, _p, st in steps(text) if t == "agreement"} == {"concluded"}
    text = (
        "Egypt urged a return to the original proposal, a 60-day ceasefire between Israel "
        "and Hamas."
    )
    assert {st for t, _p, st in steps(text) if t == "agreement"} == {"proposed"}
    text = "KYIV, March 5 (Reuters) - Russia and Ukraine will hold talks in Istanbul."
    assert {d.date for d in run(text, published="2024-03-05").diplomacy} == {None}


def test_agreeing_to_hold_talks_on_a_truce_is_no_truce_made() -> None:
    text = "Russia and Ukraine agreed to hold initial talks on a ceasefire, Turkey said."
    terms = {d.term for d in run(text).diplomacy if d.type == "agreement"}
    assert "ceasefire" not in terms


def test_a_deal_not_yet_agreed_to_stays_sought() -> None:
    for text in (
        "Israel and Hamas are close to a deal that could lead to a ceasefire, officials said.",
        "Hamas has not agreed to the first phase of the plan, a ceasefire, Egypt said.",
        "Hamas is expected to agree on Wednesday to the first phase of the plan, a ceasefire, "
        "Egypt said.",
    ):
        assert {st for t, _p, st in steps(text) if t == "agreement"} == {"proposed"}, text
    text = "Russia and Ukraine agreed to hold talks on a ceasefire, Turkey said."
    assert not any(d.term == "ceasefire" for d in run(text).diplomacy)


def test_agreeing_to_a_way_of_going_on_is_no_agreement() -> None:
    for text in (
        "Putin and Erdogan agreed to stay in close contact on the crisis.",
        "Putin and Erdogan agreed to show some flexibility on the grain corridor.",
        "Russia and Ukraine agreed on Monday to study the proposal.",
    ):
        assert not [d for d in run(text).diplomacy if d.type == "agreement"], text
    # (a deal agreed to do is one)
    assert steps("Russia and Ukraine agreed to exchange 500 prisoners.") == {
        ("agreement", ("russia", "ukraine"), "concluded")
    }


def test_a_leaders_visit_to_the_front_is_no_diplomacy() -> None:
    for text in (
        "Volodymyr Zelenskiy visited the front line near Kupiansk on Sunday.",
        "Benjamin Netanyahu visited troops in Gaza on Friday.",
        "Recep Tayyip Erdogan visited the wounded in hospital.",
    ):
        assert run(text).diplomacy == [], text
    [step] = run("Recep Tayyip Erdogan visited Kyiv on Friday.").diplomacy
    assert (step.type, step.location) == ("visit", "Kyiv")


def test_a_leader_who_called_another_and_discussions_between_two() -> None:
    assert steps("Recep Tayyip Erdogan called Vladimir Putin on Saturday.") == {
        ("call", ("russia", "turkey"), "held")
    }
    assert steps("Vladimir Putin called his Turkish counterpart on Friday.") == {
        ("call", ("russia", "turkey"), "held")
    }
    for text in (
        "Turkey called for restraint from Russia and Ukraine.",
        "Ukraine called Russia's strikes on Odesa a war crime.",
        "Russia fought the so-called Azov regiment in Mariupol.",
    ):
        assert not any(t == "call" for t, _p, _s in steps(text)), text
    text = "Further discussions between Russia and Ukraine are scheduled for Monday."
    assert steps(text) == {("talks", ("russia", "ukraine"), "planned")}


def test_a_deal_not_reached_yet_is_still_sought() -> None:
    for text in (
        "Russia and Ukraine had not reached a final deal on Sunday, officials said.",
        "Russia and Ukraine have yet to sign a peace treaty.",
    ):
        assert {st for t, _p, st in steps(text) if t == "agreement"} == {"proposed"}, text


def test_a_truce_agreed_with_talks_to_come_and_a_truce_appealed_for() -> None:
    text = "Russia and Ukraine agreed to a ceasefire and to start talks on Monday."
    got = {(d.type, d.status, d.date) for d in run(text, published="2024-03-06").diplomacy}
    assert got == {("agreement", "concluded", None), ("talks", "planned", "2024-03-11")}
    text = "Turkey called Russia and Ukraine, appealing to both to agree to an immediate ceasefire."
    assert {st for t, _p, st in steps(text) if t == "agreement"} == {"proposed"}


def test_a_visit_goes_to_the_place_after_it() -> None:
    [step] = run("Lavrov is due to arrive in Cairo on Sunday.", published="2022-07-23").diplomacy
    assert (step.type, step.status, step.location, step.date) == (
        "visit",
        "planned",
        "Cairo",
        "2022-07-24",
    )


def test_a_name_that_holds_a_date_dates_nothing() -> None:
    cfg = CONFIG + "  rebels: {name: July 9 Front, aliases: [J9F]}\n"
    [step] = run("A delegation of the July 9 Front arrived in Cairo for talks.", cfg=cfg).diplomacy
    assert (step.type, step.date) == ("visit", None)
    # a date that starts a movement's or a revolution's name, configured or not
    [step] = run(
        "Leaders of the April 6 Youth Movement will hold talks with Egypt in Cairo.",
        published="2022-07-23",
    ).diplomacy
    assert step.date is None
    [step] = run(
        "Egypt and Turkey will hold talks on April 6 in Cairo.", published="2022-03-23"
    ).diplomacy
    assert step.date == "2022-04-06"


# -- ground events ------------------------------------------------------------------------


def test_ground_actor_from_by_and_from_the_verb_that_carries_it_out() -> None:
    text = (
        "The town was hit by a barrage of rockets fired by Russian forces. "
        "Israel pressed ahead with plans for a ground offensive in Rafah."
    )
    got = {(g.actor, g.action) for g in run(text).ground}
    assert ("russia", "shelled") in got
    assert ("israel", "offensive") in got


def test_ground_actor_of_a_participle_and_of_a_passive() -> None:
    # the forces just before "-ing" do it, not the sentence's subject
    text = "Hamas fired mortars at Israeli troops advancing on Khan Younis."
    assert ("israel", "advanced") in {(g.actor, g.action) for g in run(text).ground}
    text = "The strikes answered Hamas firing two rockets toward Ashkelon."
    assert ("hamas", "attacked") in {(g.actor, g.action) for g in run(text).ground}
    # "captured by", "destroyed by": the one after "by"
    text = "Ukraine said the village had been captured by Russian forces on Monday."
    assert {(g.actor, g.action) for g in run(text).ground} == {("russia", "captured")}
    # a thing with a participle and no object had it done to it: no one named did it
    text = "Ukraine said dozens of Russian soldiers died and their equipment destroyed in Avdiivka."
    assert run(text).ground == []


def test_a_ground_events_date_is_not_a_periods_start_nor_another_events_year() -> None:
    text = "Russian troops captured Avdiivka, which Ukraine had held since 2014."
    assert [g.date for g in run(text).ground] == [None]
    text = (
        "Russia launched the offensive alleging that Ukraine had broken the truce signed in 2022."
    )
    assert [g.date for g in run(text).ground] == [None]
    text = "Shelling on Friday hit Kherson as Russian forces targeted the port."
    assert {g.date for g in run(text, published="2024-03-09").ground} == {"2024-03-08"}


def test_a_besieged_place_is_no_advance() -> None:
    text = "Russian strikes on besieged Avdiivka killed 5 civilians on Friday."
    assert "advanced" not in {g.action for g in run(text).ground}
    text = "Russian forces encircled the town of Avdiivka last week."
    assert {(g.actor, g.action) for g in run(text).ground} == {("russia", "advanced")}


def test_a_place_taken_or_shelled_is_the_verbs_object() -> None:
    for text, place in (
        (
            "Russian troops captured Vuhledar, a mining town in the Donetsk region, on Monday.",
            "Vuhledar",
        ),
        ("Russia seized Marinka last week and now presses west.", "Marinka"),
        ("Russian artillery shelled Kherson overnight.", "Kherson"),
        ("Russian missiles struck Kyiv early on Tuesday.", "Kyiv"),
    ):
        assert [g.place for g in run(text).ground] == [place], text
    # what a strike aims at may be a person, or a name that qualifies the target
    for text, place in (
        ("An Israeli raid targeted Samir Qantar in a building near Damascus.", "Damascus"),
        ("Israel struck Hezbollah positions in Tyre.", "Tyre"),
    ):
        assert {g.place for g in run(text).ground} == {place}, text


def test_a_side_that_condemns_or_forgoes_strikes_does_not_strike() -> None:
    for text in (
        "Turkey condemned the strikes on Kharkiv as a crime.",
        "Ukraine accused Russian forces of indiscriminate attacks.",
        "Israel refrained from further attacks on Monday.",
    ):
        assert run(text).ground == [], text
    # a side's own strikes, and strikes it carries out, are its deeds
    for text, actor in (
        ("Russia launched fresh strikes on Odesa.", "russia"),
        ("Israeli air strikes hit Rafah overnight.", "israel"),
        ("Russia strikes Kyiv again.", "russia"),
    ):
        assert {g.actor for g in run(text).ground} == {actor}, text


def test_a_place_taken_in_the_passive_and_a_denied_one() -> None:
    text = "Bakhmut was seized by Russia on Saturday, officials said."
    assert [(g.actor, g.action, g.place) for g in run(text).ground] == [
        ("russia", "captured", "Bakhmut")
    ]
    assert run("No Ukrainian positions have been overrun by Russia, Kyiv said.").ground == []


def test_a_states_other_armed_group_is_not_the_state() -> None:
    cfg = YEMEN.replace("coalition: {name: Saudi-led coalition, aliases: [Saudi Arabia]}", "")
    text = "Yemen's rebel movement launched a drone attack on Marib."
    assert "government" not in {g.actor for g in run(text, cfg=cfg).ground}
    text = "Yemen's army launched an attack on Saada."
    assert {g.actor for g in run(text, cfg=YEMEN).ground} == {"government"}


def test_weapons_fired_or_launched_toward_a_place_are_an_attack() -> None:
    for text, actor in (
        ("Hamas fired two projectiles toward an Israeli border post on Monday.", "hamas"),
        ("Russia launched a salvo of drones at Odesa overnight.", "russia"),
        ("Ukraine fires rockets across the border, officials say.", "ukraine"),
    ):
        actors = {g.actor for g in run(text).ground if g.action == "attacked"}
        assert actors == {actor}, text
    # firing a person is no attack
    assert not run("Israel fired the commander of its southern front.").ground


def test_a_deed_someone_is_accused_of_is_not_the_accusers() -> None:
    text = (
        "Ukrainian officials have accused President Vladimir Putin's forces of launching "
        "missiles at Odesa."
    )
    assert ("ukraine", "attacked") not in {(g.actor, g.action) for g in run(text).ground}


def test_a_deed_someone_is_blamed_for_and_an_attack_named_by_its_place_are_no_ones() -> None:
    # "blames X for/of launching strikes": an allegation, not the blamer's deed
    for text in (
        "Kyiv blames Moscow for launching drone strikes on its air bases.",
        "Kyiv falsely blames Russia of launching drone strikes on military bases.",
    ):
        assert ("ukraine", "attacked") not in grd(text), text
    # "the Bucha terror attack": a name and the noun's own word, no verb of the subject
    text = "Zelensky thanked world leaders for condemning the Bucha terror attack."
    assert grd(text) == set()
    # ... but a force is a subject: "the Russian army attack Kharkiv" (bad grammar, a deed)
    assert grd("The Russian army attack Kharkiv every night.") == {("russia", "attacked")}


def test_a_writers_caveat_after_but_is_not_what_was_said() -> None:
    text = (
        "Zelensky claimed that Ukraine had shot down nine Russian jets, but this has not been"
        " confirmed by Russia or by independent reporting."
    )
    assert [w for _a, _s, w in said(text)] == ["Ukraine had shot down nine Russian jets"]


def test_the_capital_a_meeting_is_held_in_says_nothing() -> None:
    # "the Egyptian capital of Cairo": where the envoys met, not who "they" are
    text = (
        "The envoys, who have been meeting in the Egyptian capital of Cairo since Monday, "
        "signed a deal that they said ends the fighting."
    )
    assert "egypt" not in {s.actor for s in run(text).statements}


def test_a_photo_caption_reports_nothing_but_names_people() -> None:
    # a caption shows a picture, often of another day: no step, no deed from it
    text = (
        "Israeli and Hamas negotiators met in Cairo on Monday, officials said.\n\n"
        "Egyptian Foreign Minister Sameh Shoukry meets President Recep Tayyip Erdogan in "
        "Ankara, March 3, 2021. — AFP via Getty Images\n\n"
        "The talks ended without a deal."
    )
    assert [(d.participants, d.date) for d in run(text).diplomacy] == [
        (("hamas", "israel"), "2024-03-04")
    ]
    # a credit glued to the next sentence: that sentence is read, without the credit
    text = (
        "Rescuers search the rubble in Kharkiv, May 3, 2022. REUTERS/Ivan Petrov Russian "
        "forces shelled Kharkiv on Monday."
    )
    [event] = run(text).ground
    assert (event.actor, event.evidence.sentence) == (
        "russia",
        "Russian forces shelled Kharkiv on Monday.",
    )
    # who the people in it are still counts
    text = (
        "Turkish Foreign Minister Mevlut Cavusoglu speaks in Ankara, Feb. 1, 2024. "
        "(AP Photo/Burhan Ozbilici)\n\nCavusoglu said the talks with Russia would resume "
        "in Istanbul next week."
    )
    assert [(s.actor, s.speaker) for s in run(text).statements] == [("turkey", "Mevlut Cavusoglu")]


def test_a_dateline_without_a_dash_is_no_actor() -> None:
    # "KYIV (Reuters) The ...": a scraped page often loses the dash after the agency
    for text in (
        "KYIV (Reuters) The Russian army shelled Kharkiv overnight.",
        "KYIV (Reuters) - The Russian army shelled Kharkiv overnight.",
    ):
        assert {(g.actor, g.action) for g in run(text).ground} == {("russia", "shelled")}


def test_buildings_flattened_razed_or_demolished_are_destroyed() -> None:
    for text in (
        "Three Russian missiles have flattened an apartment block in Dnipro.",
        "Israeli bulldozers razed homes in the village of Khuza'a.",
        "Russian forces demolished the bridge over the Donets.",
    ):
        assert {(g.actor, g.action) for g in run(text).ground} == {
            ("russia" if "Russian" in text else "israel", "destroyed")
        }, text
    # accusations are levelled, and nothing is destroyed
    assert not run("Russia levelled accusations at Ukraine on Monday.").ground


def test_armed_people_named_by_nationality_are_not_that_state() -> None:
    # "Ukrainian militants", "the Egyptian armed group": no government's forces; and
    # the deed is not handed to the side named before the clause that tells it
    for text in (
        "The Egyptian militant group fired rockets at Eilat.",
        "Israel struck Gaza City after the Egyptian militant group fired rockets at Eilat.",
    ):
        got = {(g.actor, g.action) for g in run(text).ground}
        assert ("egypt", "attacked") not in got and ("israel", "attacked") not in got, text
    assert ("egypt", "deployed") in {
        (g.actor, g.action)
        for g in run("The Egyptian army deployed troops along the border.").ground
    }


def test_the_group_named_by_its_nationality_is_the_armed_group_named_before() -> None:
    facts = run(
        "Hamas fired rockets at Ashkelon on Monday. "
        "The Palestinian group said the barrage answered Israeli raids."
    )
    assert [s.actor for s in facts.statements] == ["hamas"]
    # never a state, even the one named last
    facts = run("Israel struck Gaza City overnight. The Palestinian group said it would respond.")
    assert "israel" not in {s.actor for s in facts.statements}
    # no nationality ("the Takfiri group"), or the group named right after: not Hamas
    # nor a monitor by where it is based
    for then in (
        "The Takfiri group said it would fight on.",
        "The Palestinian group Islamic Jihad said it joined the barrage.",
        "The Britain-based group said four children were among the dead.",
    ):
        assert not run("Hamas fired rockets at Ashkelon. " + then).statements, then


# -- publication dates -------------------------------------------------------------------


def test_extraction_takes_the_publication_date_as_read() -> None:
    # The readers decide it (briefings/sources, tests/test_metadata.py); a date line
    # left in the text or a date in the address is not looked at again here.
    text = "Issued on: 23/07/2022 - 18:40\n\nMissiles struck the port on Saturday."
    assert run(text, published=None).articles[0].published is None
    facts = run("Fighting went on.", published="2020-04-07", url="https://x.org/2019-04/07/a.html")
    assert facts.articles[0].published == "2020-04-07"


# -- parallel extraction ------------------------------------------------------------------


def test_parallel_extraction_gives_the_same_facts_in_the_same_order() -> None:
    texts = [
        "Russian shelling killed 4 civilians in Kharkiv, Kyiv said.",
        "Putin and Erdogan will meet in Sochi on Friday.",
        "“We will not give up,” Zelenskiy said.",
        "Israeli troops advanced into Khan Younis.",
    ] * 3
    articles = [
        Article(id=f"a{i}", path=f"{i}.txt", title="t", text=t, published="2024-03-06")
        for i, t in enumerate(texts)
    ]
    alone = extract_facts(articles, config(), workers=1)
    split = extract_facts(articles, config(), workers=2)
    assert alone == split
    assert [c.evidence.article_id for c in split.casualties] == ["a0", "a4", "a8"]


def test_british_and_american_spellings_of_an_alias() -> None:
    text = "The internationally recognized government said the port would reopen."
    assert said(text, cfg=YEMEN, published="2023-04-01")[0][0] == "government"


def test_a_list_of_speakers_is_led_by_its_first_name() -> None:
    text = "Egypt, Turkey and Russia, which mediate between the sides, called for calm on Monday."
    assert said(text)[0][0] == "egypt"


def test_objects_of_prepositions_and_passive_agents_are_not_speakers() -> None:
    text = "The plan announced by Shoukry after talks with Putin called for a ceasefire on Monday."
    assert [a for a, _, _ in said(text)] == []


def test_a_statement_by_a_charity_or_a_ministry_quoted_for_a_toll_is_no_position() -> None:
    text = "Medecins Sans Frontieres said at least 30 people had died at the clinic."
    facts = run(text)
    assert facts.statements == []
    assert facts.casualties[0].claimed_by == "Medecins Sans Frontieres"


def test_no_talks_planned_is_not_planned() -> None:
    text = "Erdogan said on Monday that no talks with Putin were planned this month."
    assert ("talks", ("russia", "turkey"), "not_planned") in steps(text)


def test_a_reported_clause_without_that_has_its_own_subject() -> None:
    text = "Ukraine's General Staff said Russia had lost about 1,200 troops over the past day."
    [c] = run(text).casualties
    assert (c.party, c.claimed_by, c.count, c.approximate) == ("russia", "ukraine", 1200, True)


def test_failing_to_agree_is_no_agreement() -> None:
    text = "Kuleba and Lavrov met in Antalya on March 10 but failed to agree on a ceasefire."
    got = steps(text, published="2022-03-28")
    assert ("meeting", ("russia", "ukraine"), "held") in got
    assert not any(t == "agreement" and s == "concluded" for t, _, s in got)


def test_a_breakdown_in_commas_does_not_hide_the_verb() -> None:
    text = "At least 27 people, including 10 children, were killed when a strike hit a school."
    # the people's side is unknown; the children among them are civilians
    got = [(c.party, c.count, c.group) for c in run(text).casualties]
    assert got == [("unknown", 27, None), ("civilians", 10, "children")]


def test_what_the_two_sides_said_is_each_fighting_sides() -> None:
    text = (
        "Russian forces shelled Kherson on Monday and Ukrainian troops attacked a Russian "
        "depot. The two sides stressed their commitment to the prisoner exchange talks."
    )
    said = [(s.actor, s.text) for s in run(text).statements]
    assert sorted(said) == [
        ("russia", "their commitment to the prisoner exchange talks"),
        ("ukraine", "their commitment to the prisoner exchange talks"),
    ]
    # no fighting told: nobody known to say it
    assert not run("The two sides stressed their commitment to the talks.").statements


TWO_GOVERNMENTS = """
title: Two governments
date: 2024-03-10
actors:
  federal: {name: Varonian federal government, aliases: [Varonian army]}
  north: {name: North Varonia regional government, aliases: [Northern forces]}
"""


def test_a_sides_name_shortened_to_its_last_two_words_names_that_side() -> None:
    text = "Both the federal government and the regional government said they accepted the offer."
    said = {s.actor for s in run(text, cfg=TWO_GOVERNMENTS).statements}
    assert said == {"federal", "north"}
    # two words no side's name ends with name nobody
    said = run("The interim government said it accepted the offer.", cfg=TWO_GOVERNMENTS)
    assert not said.statements


def test_a_government_s_qualifier_names_its_forces_too_but_not_after_another_name() -> None:
    text = "A new offensive saw federal forces retake two towns near the border."
    got = {(g.actor, g.action) for g in run(text, cfg=TWO_GOVERNMENTS).ground}
    assert got == {("federal", "captured")}
    text = "Eastern regional forces took the town of Kalo on Monday."
    assert run(text, cfg=TWO_GOVERNMENTS).ground == []
    # "re-took", hyphened, is retaking
    got = {
        (g.actor, g.action)
        for g in run("The Varonian army re-took Kalo.", cfg=TWO_GOVERNMENTS).ground
    }
    assert got == {("federal", "captured")}


# -- statements: a quote over several paragraphs ------------------------------------

OPENING = "“We will hold the line in the east,” Dmytro Kuleba told reporters.\n\n"


def test_a_quote_going_on_in_the_next_paragraph_is_the_same_speakers() -> None:
    # each paragraph of a quote opens with a quotation mark, only the last one closes;
    # the speaker is named once, in the first
    text = OPENING + (
        "“Our soldiers have paid dearly, and we will not give back what they won.\n\n"
        "“No ceasefire will come before the last occupier leaves,” he added."
    )
    said = [(s.actor, s.text) for s in run(text).statements]
    assert said[1] == (
        "ukraine",
        "Our soldiers have paid dearly, and we will not give back what they won. "
        "No ceasefire will come before the last occupier leaves",
    )
    # a page cut off in the middle of the quote: each paragraph is still one of its parts
    text = OPENING + (
        "“Our soldiers have paid dearly, and we will not give back what they won.\n\n"
        "“No ceasefire will come before the last occupier leaves the"
    )
    assert [s.actor for s in run(text).statements] == ["ukraine"] * 3
    # a paragraph of narration between: the quote after it is nobody's known words
    text = OPENING + (
        "Fighting went on near Bakhmut.\n\n"
        "“Our soldiers have paid dearly, and we will not give back what they won."
    )
    assert [s.text for s in run(text).statements] == ["We will hold the line in the east"]


# -- statements: when it was said ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "when"),
    [
        # A date inside the quote is what was talked about, not when it was said.
        ('"There is no meeting with Kuleba planned for April 2," Lavrov said.', None, None),
        ('"Talks resume on March 14," Lavrov told reporters on Friday.', "2024-03-06",
         "2024-03-01"),
        ("Peskov said on Monday that Putin would travel to Ankara on March 20.", "2024-03-06",
         "2024-03-04"),
        ("Peskov said Putin would travel to Ankara on March 20.", "2024-03-06", None),
    ],
)  # fmt: skip
def test_a_statement_is_dated_by_its_saying_not_by_what_it_is_about(
    text: str, published: str | None, when: str | None
) -> None:
    dates = {s.date for s in run(text, published=published).statements}
    assert dates == {when}


# -- guards: what the rules of this file must leave alone ------------------------------


def test_the_narrower_rules_leave_a_sides_own_deeds_and_words_alone() -> None:
    for text, actor, action in (
        ("Israel expanded its strikes on Rafah.", "israel", "struck"),
        ("Israel struck militants in Jenin on Monday.", "israel", "struck"),
        ("Russia's army shells Kherson every night.", "russia", "shelled"),
        (
            "No one was hurt when the depot in Kharkiv was hit by Russian drones.",
            "russia",
            "struck",
        ),
    ):
        assert (actor, action) in {(g.actor, g.action) for g in run(text).ground}, text
    assert [a for a, _s, _t in said("Russia's Putin said the talks had failed.")] == ["russia"]
    assert [
        t for _a, _s, t in said("Vladimir Putin said for the first time that talks were possible.")
    ] == ["talks were possible."]
    got = casualties("Russian shelling wounded 14 people who were evacuated to hospital.")
    assert {(k, n) for _p, k, n, *_ in got} == {("wounded", 14)}
    [g] = run("Israeli forces captured Ahmed Salem, a senior Hamas commander, in Jenin.").ground
    assert g.place == "Jenin"


def test_the_narrower_rules_leave_calls_venues_and_dates_alone() -> None:
    assert steps("The Turkish president called Vladimir Putin on Monday.") == {
        ("call", ("russia", "turkey"), "held")
    }
    assert not any(
        t == "call"
        for t, _p, _s in steps(
            "Hamas called Benjamin Netanyahu, the Israeli prime minister, a war criminal."
        )
    )
    [step] = run("Hamas and Egypt held talks on a ceasefire in Cairo.").diplomacy
    assert step.location == "Cairo"
    text = "Russia and Ukraine agreed on Sunday to extend their ceasefire."
    assert {(t, st) for t, _p, st in steps(text)} == {("agreement", "concluded")}
    [step] = run(
        "On Sunday Group of Seven envoys met Sergei Lavrov and Dmytro Kuleba in Rome."
    ).diplomacy
    assert step.date == "2024-03-03"


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the aside closes before the verb: the figure is a toll, and of civilians
        (
            "At least 15 people, most of them civilians, were killed in the shelling.",
            {("civilians", "killed", 15, 15, None, False)},
        ),
        (
            "Nine people, most of them women, died on Monday.",
            {("unknown", "killed", 9, None, None, False)},
        ),
        # the victims named after the verb
        (
            "At least 40 people were killed, most of them civilians, the ministry said.",
            {("civilians", "killed", 40, 40, None, False)},
        ),
        (
            "The raid killed 30 people, mostly women and children, in the camp.",
            {("civilians", "killed", 30, None, None, False)},
        ),
        # a share that is itself the state of the people: no toll
        ("Three million people, half of them displaced, need food.", set()),
    ],
)
def test_an_aside_on_who_the_victims_were_keeps_the_toll(sentence: str, want: set) -> None:
    assert casualties(sentence) == want


def test_a_place_name_stops_where_a_lost_full_stop_was() -> None:
    # a nationality, a configured person or a determiner never goes on a place's name
    facts = run(
        "Dozens of people were killed in air strikes near Aleppo Turkish Foreign Minister "
        "Mevlut Cavusoglu said on Monday. Eight soldiers were killed in Saraqib The attack came "
        "at dawn."
    )
    assert sorted(c.location for c in facts.casualties) == ["Aleppo", "Saraqib"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the config spells the name without its accents, the newsroom with them
        "President Recep Tayyip Erdoğan said Turkey would hold its positions in Idlib.",
        "Erdoğan said Turkey would hold its positions in Idlib.",
        # and the other way round, the article's name learnt from its surname
        "Recep Tayyip Erdogan spoke in Ankara. Later Erdoğan said Turkey would hold its "
        "positions in Idlib.",
    ],
)
def test_a_name_is_the_same_with_or_without_its_accents(sentence: str) -> None:
    found = said(sentence)
    assert ("turkey", "Recep Tayyip Erdogan") in {(actor, speaker) for actor, speaker, _ in found}


def test_a_configured_name_with_accents_is_found_without_them() -> None:
    cfg = CONFIG + "  colombia: {name: Colombia, aliases: [Pedro Sánchez, José Díaz]}\n"
    found = said(
        "Defence Minister Pedro Sanchez said the army would stay in Catatumbo. Jose Diaz "
        "said the talks were over.",
        cfg=cfg,
    )
    assert [(a, s) for a, s, _ in found] == [
        ("colombia", "Pedro Sánchez"),
        ("colombia", "José Díaz"),
    ]


def test_a_figure_quoted_in_curly_quotes_is_still_the_verbs() -> None:
    assert casualties("The group said the ambush killed “40 mercenaries and 12 soldiers”.") == {
        ("unknown", "killed", 40, None, None, False),
        ("unknown", "killed", 12, None, None, False),
    }


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a deal something ended without was not made
        (
            "The summit of Putin and Erdogan broke up without a deal on a truce.",
            {
                ("meeting", ("russia", "turkey"), "held"),
                ("agreement", ("russia", "turkey"), "not_planned"),
            },
        ),
        # nor one talks have yet to yield, nor one only thought of
        (
            "Talks between Russia and Ukraine have yet to produce a truce.",
            {
                ("talks", ("russia", "ukraine"), "held"),
                ("agreement", ("russia", "ukraine"), "proposed"),
            },
        ),
        (
            "Zelenskiy said Ukraine would need guarantees in any deal with Russia.",
            {("agreement", ("russia", "ukraine"), "proposed")},
        ),
        (
            "A peace deal between Russia and Ukraine still looks far off.",
            {("agreement", ("russia", "ukraine"), "proposed")},
        ),
        (
            "Ukraine backed an unconditional truce with Russia.",
            {("agreement", ("russia", "ukraine"), "proposed")},
        ),
        (
            "The shelling dimmed prospects for a summit between Putin and Zelenskiy.",
            {("meeting", ("russia", "ukraine"), "proposed")},
        ),
        (
            "Lavrov spoke of the possibility of a future meeting between Putin and Zelenskiy.",
            {("meeting", ("russia", "ukraine"), "proposed")},
        ),
        # a headline's present is the day's news; with a day to come it is planned
        ("Erdogan meets Putin in Sochi", {("meeting", ("russia", "turkey"), "held")}),
        ("Erdogan meets Putin in Sochi next week", {("meeting", ("russia", "turkey"), "planned")}),
    ],
)
def test_a_step_not_taken_or_only_thought_of_is_not_done(sentence: str, want: set) -> None:
    assert steps(sentence) == want


def test_a_deal_talks_ended_without_is_dated_in_the_past() -> None:
    facts = run("Talks between Russia and Ukraine collapsed in February without an agreement.")
    deal = next(d for d in facts.diplomacy if d.type == "agreement")
    assert (deal.status, deal.date) == ("not_planned", "2024-02")


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # victims with a word before their noun the figure must reach past
        (
            "The raid led to the deaths of nine paramilitary troops.",
            {("unknown", "killed", 9, None, None, False)},
        ),
        (
            "Gunmen shot dead four former police officers.",
            {("unknown", "killed", 4, None, None, False)},
        ),
        # an injury told as a noun with "to"
        (
            "Officials confirmed the deaths of 11 people and injuries to 40 others.",
            {
                ("unknown", "killed", 11, None, None, False),
                ("unknown", "wounded", 40, None, None, False),
            },
        ),
        # made to leave home is displacement
        (
            "The shelling forced some 8,000 villagers to leave their homes.",
            {("civilians", "displaced", 8000, None, None, True)},
        ),
        # how many live in a place is no count of the hit
        ("Half of the region's population of 3 million have left their homes.", set()),
    ],
)
def test_more_ways_of_telling_a_toll(sentence: str, want: set) -> None:
    assert casualties(sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # where and to whom it was said, and when, are not what was said
        (
            "Hamas said on its Telegram channel that it had fired rockets at Ashkelon.",
            [("hamas", "Hamas", "it had fired rockets at Ashkelon.")],
        ),
        (
            "Kuleba told his 150,000 followers on X that Ukraine had new air defences.",
            [("ukraine", "Dmytro Kuleba", "Ukraine had new air defences.")],
        ),
        (
            "Peskov stated on Thursday evening that the talks would continue.",
            [("russia", "Dmitry Peskov", "the talks would continue.")],
        ),
        (
            "Lavrov announced late Friday (May 3) on Telegram that the talks were over.",
            [("russia", "Sergei Lavrov", "the talks were over.")],
        ),
        (
            "Peskov said on the social media platform X that the talks were over.",
            [("russia", "Dmitry Peskov", "the talks were over.")],
        ),
        # said after what was said, then when and where
        (
            "Russia and Ukraine agreed to a truce, Egypt's foreign ministry announced early "
            "Sunday on X.",
            [("egypt", "Egypt's foreign ministry", "Russia and Ukraine agreed to a truce")],
        ),
        # neither confirmed nor denied says nothing
        ("Peskov neither confirmed nor denied whether Putin would travel to Ankara.", []),
        # a relative clause's deed before the main verb of saying is no statement
        (
            "Kuleba, who confirmed the strike to reporters, said Russia had fired 40 missiles.",
            [("ukraine", "Dmytro Kuleba", "Russia had fired 40 missiles.")],
        ),
    ],
)
def test_what_was_said_without_where_when_or_to_whom(sentence: str, want: list) -> None:
    assert said(sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the later ages of a list are ages, with or without the last comma
        (
            "Four children aged six, nine, and 14 were killed in the raid.",
            {("civilians", "killed", 4, None, None, False)},
        ),
        # one more victim with no noun
        (
            "Three people were killed and another wounded in the blast.",
            {
                ("unknown", "killed", 3, None, None, False),
                ("unknown", "wounded", 1, None, None, False),
            },
        ),
        (
            "Nine soldiers fell in combat near the border.",
            {("unknown", "killed", 9, None, None, False)},
        ),
        # a place that falls is no one's death
        ("The town fell in battle last spring.", set()),
    ],
)
def test_ages_ellipses_and_the_fallen(sentence: str, want: set) -> None:
    assert casualties(sentence) == want


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        # "per" after a comma names the source, as "according to" does
        ("The fighting has killed 4,210 people, per the health ministry.", "health ministry"),
        # a body's name with two tails, without the sentence's full stop
        (
            "At least 35 people were killed, according to the Centre for the Documentation of "
            "Civil Rights.",
            "Centre for the Documentation of Civil Rights",
        ),
    ],
)
def test_who_gave_the_toll(sentence: str, claimant: str) -> None:
    assert [c.claimed_by for c in run(sentence).casualties] == [claimant]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the sentence after says only who said the one before
        (
            "Russia is ready to resume the talks in Istanbul. This was stated by Kremlin "
            "spokesman Dmitry Peskov on Monday.",
            [("russia", "Dmitry Peskov", "Russia is ready to resume the talks in Istanbul.")],
        ),
        (
            "Ukraine needs more air defence systems now. Kuleba said this during a visit to Odesa.",
            [("ukraine", "Dmytro Kuleba", "Ukraine needs more air defence systems now.")],
        ),
        (
            "Kuleba spoke on Monday. The front needs more shells. He said this in an interview.",
            [("ukraine", "Dmytro Kuleba", "The front needs more shells.")],
        ),
        # a sentence before with its own speaker is theirs alone
        (
            "Peskov said the talks would resume. Lavrov said this in Ankara.",
            [("russia", "Dmitry Peskov", "the talks would resume.")],
        ),
    ],
)
def test_this_was_stated_by_names_who_said_the_sentence_before(text: str, want: list) -> None:
    assert said(text) == want


AFPAK = """
title: Border brief
date: 2025-10-20
actors:
  afghanistan: {name: Taliban government, aliases: [Afghanistan, Taliban, Zabihullah Mujahid]}
  pakistan: {name: Pakistan, aliases: [Islamabad, Khawaja Asif]}
"""


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # soldiers reported killed, with no killer named, are the reporting side's own
        (
            "Pakistan's military reported 23 soldiers killed in the clashes.",
            {("pakistan", "killed", 23, None, None, False)},
        ),
        # but not when that side has just told of its own attack; posts are no people
        (
            "Mujahid said Afghan forces captured 20 army posts, and 40 soldiers were killed.",
            {("unknown", "killed", 40, None, None, False)},
        ),
    ],
)
def test_whose_soldiers_a_side_reports_killed(sentence: str, want: set) -> None:
    assert casualties(sentence, cfg=AFPAK) == want


MOSUL = """
title: Mosul brief
date: 2017-10-30
actors:
  iraq: {name: Iraqi government forces, aliases: [Iraq, Iraqi army, Haider al-Abadi]}
  isis: {name: Islamic State, aliases: [ISIS, IS, Daesh]}
  coalition: {name: US-led coalition, aliases: [coalition, Ryan Dillon]}
  us: {name: United States, aliases: [US, U.S., Washington]}
  un: {name: United Nations, aliases: [UN, U.N.]}
"""


@pytest.mark.parametrize(
    "sentence",
    [
        # a configured person's words are theirs, past a service and a rank
        "US Army Col. Ryan Dillon said the Kurds and Baghdad had a deal on the border.",
        '"The Kurds and Baghdad have a deal on the border," said US Army Col. Ryan Dillon.',
    ],
)
def test_a_named_officer_speaks_for_his_side_not_his_country(sentence: str) -> None:
    assert [(a, s) for a, s, _ in said(sentence, cfg=MOSUL)] == [("coalition", "Ryan Dillon")]


@pytest.mark.parametrize(
    "sentence",
    [
        # what may yet befall people is no toll; nor is a rank among tolls
        "The UN warned that up to 700,000 people could be forced from their homes.",
        "As many as 90,000 residents may try in the coming days to flee the old city.",
        "The death toll is one of the highest of the campaign, officials said.",
    ],
)
def test_a_fear_or_a_rank_is_no_toll(sentence: str) -> None:
    assert casualties(sentence, cfg=MOSUL) == set()


def test_a_toll_that_may_have_been_is_still_a_toll() -> None:
    # ("as many as": an upper bound)
    assert casualties("As many as 240 people may have been killed in the raid.", cfg=MOSUL) == {
        ("unknown", "killed", 240, None, 240, False)
    }


KARABAKH_2020 = """
title: Karabakh brief
date: 2020-10-30
actors:
  armenia: {name: Armenia, aliases: [Yerevan, Nikol Pashinyan]}
  azerbaijan: {name: Azerbaijan, aliases: [Baku, Ilham Aliyev]}
  russia: {name: Russia, aliases: [Moscow, Sergei Lavrov]}
  georgia: {name: Georgia, aliases: [Tbilisi, Ekaterine Tkeshelashvili]}
"""


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the words said come before; after the verb only when, and what was going on
        (
            "Azerbaijan will pay a heavy price, Pashinyan warned on Friday as sirens sounded "
            "across the city.",
            [("armenia", "Nikol Pashinyan", "Azerbaijan will pay a heavy price")],
        ),
        (
            "The truce will hold, Lavrov said on Saturday, after two weeks of fighting.",
            [("russia", "Sergei Lavrov", "The truce will hold")],
        ),
        (
            "Georgia is asking world leaders to stop the attacks, Georgia's Foreign Minister "
            "Ekaterine Tkeshelashvili said yesterday.",
            [
                (
                    "georgia",
                    "Ekaterine Tkeshelashvili",
                    "Georgia is asking world leaders to stop the attacks",
                )
            ],
        ),
        # a clause of time that leads on to what was said is no circumstance
        (
            "Lavrov said after meeting Pashinyan that the truce would hold.",
            [("russia", "Sergei Lavrov", "the truce would hold.")],
        ),
    ],
)
def test_what_was_said_before_the_verb_and_its_circumstances(sentence: str, want: list) -> None:
    assert said(sentence, cfg=KARABAKH_2020) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Around 10 Russian peacekeepers have been killed.",
            {("russia", "killed", 10, None, None, True)},
        ),
        (
            "Three brothers were killed in the shelling.",
            {("civilians", "killed", 3, None, None, False)},
        ),
        # an aircraft is no fighter
        ("Russia said it lost one MiG29 fighter and a pilot was missing in action.", set()),
    ],
)
def test_peacekeepers_kin_and_aircraft(sentence: str, want: set) -> None:
    assert casualties(sentence, cfg=KARABAKH_2020) == want


def test_a_deal_a_side_cannot_accept_is_not_made() -> None:
    assert steps(
        "Armenia cannot accept a deal with Azerbaijan on these terms.", cfg=KARABAKH_2020
    ) == {("agreement", ("armenia", "azerbaijan"), "not_planned")}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # "as many as", "said that after ...": what was said, not a circumstance
        (
            "Kuleba said that as many as 30 drones had been downed.",
            [("ukraine", "Dmytro Kuleba", "as many as 30 drones had been downed.")],
        ),
        (
            "Kuleba said that after the strikes the city had no power.",
            [("ukraine", "Dmytro Kuleba", "after the strikes the city had no power.")],
        ),
    ],
)
def test_a_that_clause_opening_with_a_circumstance_is_still_what_was_said(
    sentence: str, want: list
) -> None:
    assert said(sentence) == want


def test_a_clause_before_the_speaker_is_no_name_of_theirs() -> None:
    # a comma lost before the speaker: the clause's verb is no part of a name
    facts = run("A rocket hit a house killing three brothers and injuring a fourth SANA said.")
    assert [c.claimed_by for c in facts.casualties] == [None]


INDOPAK = """
title: Border brief
date: 2020-10-30
actors:
  india: {name: India, aliases: [New Delhi, Narendra Modi]}
  pakistan: {name: Pakistan, aliases: [Islamabad, Imran Khan]}
  us: {name: United States, aliases: [US, U.S., Washington, Mike Pompeo]}
"""


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a state's own body in session is no diplomacy
        (
            "Modi chaired the Cabinet Committee on Security, which met on Friday to review the "
            "situation with Pakistan.",
            set(),
        ),
        # a deal voided is cancelled; one the parties are urged to respect is in force
        (
            "The arrest effectively voided the 2019 peace deal between India and Pakistan.",
            {("agreement", ("india", "pakistan"), "cancelled")},
        ),
        (
            "Pompeo urged India and Pakistan to respect a ceasefire agreement brokered by the US.",
            {("agreement", ("india", "pakistan"), "concluded")},
        ),
    ],
)
def test_bodies_in_session_and_deals_voided_or_kept(sentence: str, want: set) -> None:
    assert steps(sentence, cfg=INDOPAK, published="2020-10-27") == want


def test_the_day_two_sides_agree_to_meet_on_is_the_meetings() -> None:
    facts = run(
        "India and Pakistan agreed to meet again in Geneva on October 29.",
        cfg=INDOPAK,
        published="2020-10-27",
    )
    # (the agreeing is no deal of its own: the meeting agreed on is the step)
    assert {(d.type, d.status, d.date) for d in facts.diplomacy} == {
        ("meeting", "planned", "2020-10-29"),
    }


def test_he_is_the_subject_not_the_person_in_an_opening_phrase() -> None:
    found = said(
        "After three hours of talks with Egyptian Foreign Minister Sameh Shoukry, Lavrov "
        'confirmed the truce. "Today both sides signed the ceasefire agreement," he said.'
    )
    assert [(a, s) for a, s, _ in found] == [("russia", "Sergei Lavrov")]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # dozens counted in twelves
        (
            "Two dozen people are still unaccounted for.",
            {("unknown", "missing", 24, None, None, False)},
        ),
        ("Half a dozen soldiers were killed.", {("unknown", "killed", 6, None, None, False)}),
        (
            "More than three dozen civilians were wounded.",
            {("civilians", "wounded", 36, 36, None, False)},
        ),
        # held in captivity is captured
        ("Over 15 soldiers are in captivity.", {("unknown", "captured", 15, 15, None, False)}),
    ],
)
def test_dozens_and_captivity(sentence: str, want: set) -> None:
    assert casualties(sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a label given in a relative clause is no statement; the main verb's is
        (
            'Peskov, who called the strike "a provocation", said Russia would respond.',
            [("russia", "Dmitry Peskov", "Russia would respond.")],
        ),
        # words before the verb that only name who spoke say nothing
        (
            "Turkey's foreign minister responded, saying the strikes must stop.",
            [("turkey", "Turkey's foreign minister", "the strikes must stop.")],
        ),
    ],
)
def test_no_statement_of_a_label_or_a_name(sentence: str, want: list) -> None:
    assert said(sentence) == want


def test_a_denier_claims_no_figure_of_what_they_deny() -> None:
    facts = run("Israel denied reports that 40 civilians had been killed in the strike.")
    assert [(c.count, c.claimed_by) for c in facts.casualties] == [(40, None)]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("There may be many wounded, the doctor said.", []),
        ("Some 300 people could be trapped under the rubble.", []),
    ],
)
def test_a_guess_is_no_toll(sentence: str, want: list) -> None:
    assert [c.claimed_by for c in run(sentence).casualties] == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a people in "-ese" is counted as one in "-s" is
        (
            "Some 900 Sudanese and 12 Egyptians have been killed.",
            {
                ("civilians", "killed", 900, None, None, True),
                ("egypt", "killed", 12, None, None, False),
            },
        ),
        # a chant is no death, a clock's time no count
        ("Thousands of protesters chanted Death to America outside the embassy.", set()),
        ("Police, who gave the death toll, said the jets struck Rafah at 1:30 a.m.", set()),
        # a side's own men
        (
            "Hamas said 12 of its men were killed in the raid.",
            {("hamas", "killed", 12, None, None, False)},
        ),
    ],
)
def test_peoples_chants_clocks_and_a_sides_men(sentence: str, want: set) -> None:
    assert casualties(sentence) == want


def test_where_it_was_said_may_be_a_city_and_its_country() -> None:
    assert said("Kuleba told reporters in San Jose, Costa Rica, that the talks were over.") == [
        ("ukraine", "Dmytro Kuleba", "the talks were over.")
    ]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "The US kept a tough position, opposing a ceasefire between Israel and Hamas.",
            {("agreement", ("hamas", "israel"), "not_planned")},
        ),
        (
            "Israel said it would study the details of a long-term truce agreement with Hamas.",
            {("agreement", ("hamas", "israel"), "proposed")},
        ),
        (
            "Hamas said it would keep fighting Israel until a ceasefire.",
            {("agreement", ("hamas", "israel"), "proposed")},
        ),
        # but one the fighting went on before is made
        (
            "The war killed 6,500 people in six weeks before a truce, brokered by Egypt, "
            "between Israel and Hamas.",
            {("agreement", ("hamas", "israel"), "concluded")},
        ),
        # demands met meet no one
        ("Hamas will fire again if its demands are not met by Israel.", set()),
        # not wanted, or wanted, or only the terms of one to come
        (
            "Russia said it was not interested in a short truce with Ukraine.",
            {("agreement", ("russia", "ukraine"), "not_planned")},
        ),
        (
            "Egypt stressed the need for an immediate ceasefire between Israel and Hamas.",
            {("agreement", ("hamas", "israel"), "proposed")},
        ),
        (
            "Russia said Ukraine would give up Crimea as part of a peace deal.",
            {("agreement", ("russia", "ukraine"), "proposed")},
        ),
    ],
)
def test_a_truce_opposed_wanted_or_awaited_is_not_made(sentence: str, want: set) -> None:
    assert steps(sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a clause of time right after the verb opens what was said when nothing came before
        (
            "Lavrov said after the talks in Ankara Russia would keep its troops in place.",
            [
                (
                    "russia",
                    "Sergei Lavrov",
                    "after the talks in Ankara Russia would keep its troops in place.",
                )
            ],
        ),
        # "who confirmed that ..." said something of its own
        (
            "Peskov, who confirmed on Monday that talks with Kyiv were frozen, said the offensive "
            "would go on.",
            [
                (
                    "russia",
                    "Dmitry Peskov",
                    # (the aside's words end at its comma)
                    "talks with Kyiv were frozen",
                ),
                ("russia", "Dmitry Peskov", "the offensive would go on."),
            ],
        ),
        # a deal's terms are no source
        ("Israel will free 30 prisoners, per the deal with Hamas.", []),
    ],
)
def test_the_narrower_rules_of_this_session_leave_these_alone(sentence: str, want: list) -> None:
    assert said(sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            # (Egypt, who urges it, mediates: a truce is the fighting sides')
            "Egypt urged Israel and Hamas to observe an immediate ceasefire.",
            {("agreement", ("hamas", "israel"), "proposed")},
        ),
        (
            "Israel and Hamas signed a ceasefire that is unlikely to hold.",
            {("agreement", ("hamas", "israel"), "concluded")},
        ),
        (
            "Egypt stepped in to fill the void and brokered a truce between Israel and Hamas.",
            {("agreement", ("hamas", "israel"), "concluded")},
        ),
        (
            "Turkey backed a grain deal signed by Russia and Ukraine in Istanbul.",
            {("agreement", ("russia", "turkey", "ukraine"), "concluded")},
        ),
        (
            "Erdogan, who addressed parliament in the morning, met Putin in Sochi.",
            {("meeting", ("russia", "turkey"), "held")},
        ),
    ],
)
def test_deals_and_meetings_the_narrower_rules_leave_alone(sentence: str, want: set) -> None:
    assert steps(sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Israel said 30 soldiers manning checkpoints were killed in the attack.",
            {("israel", "killed", 30, None, None, False)},
        ),
        (
            "Ukraine said its forces killed 40 M23 fighters near the border.",
            {("unknown", "killed", 40, None, None, False)},
        ),
        (
            "Two Israeli soldiers were killed and another wounded soldier died in hospital.",
            {("israel", "killed", 2, None, None, False)},
        ),
        (
            "Hamas said 12 of its brothers were martyred in the raid.",
            {("hamas", "killed", 12, None, None, False)},
        ),
        (
            "The army said it would investigate how 12 soldiers came to be killed.",
            {("unknown", "killed", 12, None, None, False)},
        ),
    ],
)
def test_tolls_the_narrower_rules_leave_alone(sentence: str, want: set) -> None:
    assert casualties(sentence) == want


def test_he_after_an_opening_phrase_keeps_his_words() -> None:
    assert said(
        "During talks with Putin, Erdogan pressed for the grain deal. He said it was vital for "
        "Africa."
    ) == [("turkey", "Recep Tayyip Erdogan", "it was vital for Africa.")]


# -- session 8: tolls taken as lives, the fled who were killed, old wars' tallies -------


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "The insurgency has claimed more than 4,000 lives, officials said.",
            {("unknown", "killed", 4000, 4000, None, False)},
        ),
        (
            "The floods and the fighting have taken 900 lives.",
            {("unknown", "killed", 900, None, None, False)},
        ),
        (
            "The siege has cost thousands of civilian lives.",
            {("civilians", "killed", None, None, None, True)},
        ),
        (
            "Medics said 35 lives were lost in the blast.",
            {("unknown", "killed", 35, None, None, False)},
        ),
        # lives saved or put at risk are no toll
        ("Divers saved 40 lives off the coast.", set()),
        ("The blockade puts 20,000 lives at risk.", set()),
    ],
)
def test_lives_claimed_are_a_toll(sentence: str, want: set) -> None:
    assert casualties(sentence) == want


def test_a_war_that_claims_lives_says_nothing() -> None:
    assert said("The war in eastern Ukraine has claimed more than 4,000 lives since 2017.") == []
    # (a side that claims a toll still speaks)
    [(actor, _s, text)] = said("Hamas claimed that 40 lives were lost in the raid.")
    assert (actor, text) == ("hamas", "40 lives were lost in the raid.")


def test_people_fleeing_who_were_killed_are_dead() -> None:
    got = casualties("At least 30 villagers trying to flee the shelling were killed on Sunday.")
    assert got == {("civilians", "killed", 30, 30, None, False)}
    got = casualties("Some 12 people who fled the town were wounded in the strike.")
    assert {(k, n) for _p, k, n, *_ in got} == {("wounded", 12)}
    # ... and people who fled are displaced when nothing else befell them
    got = casualties("More than 2,000 residents fled to the hills, the ministry said.")
    assert {k for _p, k, *_ in got} == {"displaced"}


def test_the_military_that_qualifies_another_body_is_not_the_army() -> None:
    cfg = (
        "title: t\ndate: 2024-03-10\nactors:\n"
        "  russia: {name: Russia, aliases: [Russian army]}\n"
        "  ukraine: {name: Ukraine, aliases: [Ukrainian government]}\n"
    )
    text = (
        "A strike on a bus killed nine people, the head of the military administration "
        "of the region said."
    )
    [c] = run(text, cfg=cfg).casualties
    assert c.claimed_by != "russia"
    # the bare army is still the one configured army
    [c] = run("A strike killed nine people, the army said.", cfg=cfg).casualties
    assert c.claimed_by == "russia"


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a deal ended or run out is off, known or not
        (
            "Armenia ended a ceasefire with Azerbaijan on Sunday.",
            {("agreement", ("armenia", "azerbaijan"), "cancelled")},
        ),
        (
            "The truce between Armenia and Azerbaijan expired on Friday.",
            {("agreement", ("armenia", "azerbaijan"), "cancelled")},
        ),
        # a deal urged is sought, not made
        (
            "Putin urged Armenia and Azerbaijan to halt the shelling and agree to a ceasefire.",
            {("agreement", ("armenia", "azerbaijan", "russia"), "proposed")},
        ),
        # talks that failed to bring a deal, a deadline for one: still sought
        (
            "Talks between Armenia and Azerbaijan in Moscow failed to bring agreement on a "
            "peace deal.",
            {
                ("talks", ("armenia", "azerbaijan"), "held"),
                ("agreement", ("armenia", "azerbaijan"), "proposed"),
            },
        ),
        (
            "The deadline for a peace deal between Armenia and Azerbaijan passed on Friday.",
            {("agreement", ("armenia", "azerbaijan"), "proposed")},
        ),
        # a known deal signed today is news of its own
        (
            "Pashinyan and Aliyev signed the peace agreement in Moscow.",
            {("agreement", ("armenia", "azerbaijan"), "concluded")},
        ),
        # ... a known deal only told of is not
        ("Putin urged Armenia and Azerbaijan to respect the ceasefire.", set()),
        # a war ended by a deal leaves the deal made
        (
            "The war between Armenia and Azerbaijan ended with a peace deal signed in Moscow.",
            {("agreement", ("armenia", "azerbaijan"), "concluded")},
        ),
    ],
)
def test_deals_ended_urged_and_signed(sentence: str, want: set) -> None:
    assert steps(sentence, cfg=KARABAKH, published="2020-10-13") == want


def test_a_break_only_feared_is_no_break() -> None:
    got = steps(
        "Aliyev threatened to resume the offensive if its truce with Armenia collapsed.",
        cfg=KARABAKH,
        published="2020-10-13",
    )
    assert "cancelled" not in {status for _t, _p, status in got}


def test_a_stall_since_a_month_dates_no_coming_step() -> None:
    [d] = run(
        "Talks between Armenia and Azerbaijan have been stalled since May, Putin said.",
        cfg=KARABAKH,
        published="2020-10-13",
    ).diplomacy
    assert d.date is None or d.date <= "2020-10-13"


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a list that ends "and N ..." counts each of its figures
        (
            "Raiders killed 40 men, 12 women, and 9 children in the village.",
            {
                ("civilians", "killed", 40, None, None, False),
                ("civilians", "killed", 12, None, None, False),
                ("civilians", "killed", 9, None, None, False),
            },
        ),
        # ... an apposition names the same dead again
        (
            "The strike killed three people, two Indians and a Nepali.",
            {
                ("unknown", "killed", 3, None, None, False),
                ("civilians", "killed", 2, None, None, False),
            },
        ),
        ("Eleven gendarmes were killed on Monday.", {("unknown", "killed", 11, None, None, False)}),
        (
            "A missile attack killed three seafarers on the bulk carrier.",
            {("civilians", "killed", 3, None, None, False)},
        ),
        (
            "Six ethnic Albanians were wounded in the village.",
            {("civilians", "wounded", 6, None, None, False)},
        ),
    ],
)
def test_lists_and_kinds_of_victims(sentence: str, want: set) -> None:
    assert casualties(sentence) == want


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        # what describes the statement is no words of it
        (
            "Another 31 people were injured in the strike, the civil defence said in a "
            "statement posted to Telegram on Monday morning.",
            "civil defence",
        ),
        # a clause of circumstance after the verb leaves the words before it
        (
            "A drone strike on a car killed two men, the health ministry said on Saturday, "
            "in the latest breach of the truce.",
            "health ministry",
        ),
        # "reports" after "according to" is the source, not a verb
        ("Thirty-one people were killed, according to official reports.", None),
    ],
)
def test_the_claimant_past_what_follows_the_verb(sentence: str, claimant: str | None) -> None:
    [c, *_] = run(sentence).casualties
    assert c.claimed_by == claimant


def test_the_president_is_the_one_last_named_president() -> None:
    text = (
        "President Volodymyr Zelenskiy visited Kharkiv on Monday. "
        "“We will not give up the city,” the president said."
    )
    assert said(text) == [("ukraine", "Volodymyr Zelenskiy", "We will not give up the city")]
    text = (
        "Foreign Minister Sergei Lavrov arrived in Ankara. "
        "The minister said Moscow was ready for talks."
    )
    assert [(a, s) for a, s, _t in said(text)] == [("russia", "Sergei Lavrov")]
    # the president of another country is not him
    text = (
        "President Volodymyr Zelenskiy met Erdogan. "
        "The president of Turkey said the grain corridor would stay open."
    )
    assert [a for a, _s, _t in said(text)] != ["ukraine"]


def test_the_armed_group_is_the_group_named_before() -> None:
    text = (
        "Hamas fighters attacked a post near Rafah. "
        "“The occupation will pay,” the armed group said in a statement."
    )
    assert [a for a, _s, _t in said(text)] == ["hamas"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Zelenskiy declared a state of emergency in the Kharkiv region.",
        "Hamas declared three days of mourning.",
        "Israel struck alleged Hamas weapons depots in Rafah.",
        "The deal, brokered by Egypt and Turkey, calls for a six-week halt in fighting.",
        "The war in eastern Ukraine has claimed more than 14,000 lives.",
    ],
)
def test_deeds_and_texts_say_nothing(sentence: str) -> None:
    assert said(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Zelenskiy declared that the city would be held.", "the city would be held."),
        ("Israel alleged Hamas had fired first.", "Hamas had fired first."),
    ],
)
def test_declared_and_alleged_still_say_what_follows(sentence: str, text: str) -> None:
    assert [t for _a, _s, t in said(sentence)] == [text]


def test_a_quote_that_runs_on_over_paragraphs_in_straight_marks() -> None:
    text = (
        'Erdogan said in a statement: "We mourn the sailors of the ferry. Our prayers are with '
        "their families.\n\n"
        '"We will not let the strait be closed to ships."\n\nThe ferry sank on Monday.'
    )
    got = " ".join(t for a, _s, t in said(text) if a == "turkey")
    assert "Our prayers are with their families." in got
    assert "We will not let the strait be closed to ships." in got


def test_a_statement_as_the_subject_after_the_verb() -> None:
    text = (
        "Hamas fighters clashed with troops in Beit Hanoun at close range, said a statement, "
        "adding that they hit two tanks."
    )
    got = said(text)
    assert (
        "hamas",
        "Hamas",
        "Hamas fighters clashed with troops in Beit Hanoun at close range",
    ) in got
    assert not any(t.startswith("a statement") for _a, _s, t in got)
    assert [a for a, _s, _t in said("Two tanks were hit, said a statement from Hamas.")] == [
        "hamas"
    ]
    # a statement as the object is still what was said
    [(_a, _s, t)] = said("Netanyahu said a statement would follow on Monday.")
    assert t == "a statement would follow on Monday."


@pytest.mark.parametrize(
    "dateline",
    ["ANKARA, Turkey (AP) _ ", "ANKARA, Aug. 26 (Xinhua) -- "],
)
def test_wire_datelines_name_no_speaker_and_say_nothing(dateline: str) -> None:
    got = said(dateline + "Erdogan warned Putin against a new offensive in Idlib.")
    assert got == [("turkey", "Recep Tayyip Erdogan", "Putin against a new offensive in Idlib.")]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # refugees counted are the uprooted, whatever the verb
        (
            "More than 12,000 refugees have arrived in Moldova since Sunday.",
            {("civilians", "displaced", 12000, 12000, None, False)},
        ),
        # ... unless a verb of their own says what befell them
        (
            "At least 20 refugees were killed in the strike.",
            {("civilians", "killed", 20, 20, None, False)},
        ),
        (
            "The fighting led to the displacement of about 9,000 people.",
            {("civilians", "displaced", 9000, None, None, True)},
        ),
        (
            "Some 3,000 people have found refuge in the monastery.",
            {("civilians", "displaced", 3000, None, None, True)},
        ),
        (
            "The monitor reported a death toll exceeding 400.",
            {("unknown", "killed", 400, None, None, False)},
        ),
    ],
)
def test_the_uprooted_and_tolls_that_exceed(sentence: str, want: set) -> None:
    assert casualties(sentence) == want


def test_soldiers_counted_by_separatists_are_their_enemy() -> None:
    cfg = (
        "title: t\ndate: 2024-03-10\nactors:\n"
        "  govt: {name: Kamora government, aliases: [Kamoran army]}\n"
        "  ndf: {name: Northern Defence Forces, aliases: [northern separatists]}\n"
    )
    [c] = run(
        "The Northern Defence Forces said nine soldiers were killed in Wum.", cfg=cfg
    ).casualties
    assert (c.party, c.claimed_by) == ("unknown", "ndf")
    # an army that is no insurgency counts its own
    cfg2 = cfg.replace("northern separatists", "northern command")
    [c] = run(
        "The Northern Defence Forces said nine soldiers were killed in Wum.", cfg=cfg2
    ).casualties
    assert (c.party, c.claimed_by) == ("ndf", "ndf")


def test_a_name_with_a_parenthesis_is_each_of_its_parts() -> None:
    cfg = (
        "title: t\ndate: 2024-03-10\nactors:\n"
        "  houthis: {name: Houthis (Ansar Allah), aliases: [Abdul Malik al-Houthi]}\n"
        "  us: {name: United States, aliases: [Joe Biden]}\n"
        "  oman: {name: Oman, aliases: [Badr Albusaidi]}\n"
    )
    got = {
        (d.type, d.participants, d.mediators)
        for d in run(
            "Oman mediated a ceasefire between the Houthis and the United States.", cfg=cfg
        ).diplomacy
    }
    assert got == {("agreement", ("houthis", "us"), ("oman",))}
    assert [a for a, _s, _t in said("Ansar Allah said the truce would hold.", cfg=cfg)] == [
        "houthis"
    ]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Erdogan spoke with Putin on Sunday about the grain corridor.",
            {("call", ("russia", "turkey"), "held")},
        ),
        ("Erdogan and Putin spoke on Monday evening.", {("call", ("russia", "turkey"), "held")}),
        (
            "Erdogan spoke by phone with his Russian counterpart.",
            {("call", ("russia", "turkey"), "held")},
        ),
        (
            "Erdogan spoke to reporters after meeting Putin in Sochi.",
            {("meeting", ("russia", "turkey"), "held")},
        ),
        ("Erdogan spoke of a new era with Russia.", set()),
        ("Last year Erdogan spoke with Putin over the phone 12 times.", set()),
    ],
)
def test_leaders_who_spoke_held_a_call(sentence: str, want: set) -> None:
    assert steps(sentence) == want


def test_the_town_a_delegation_goes_back_to_is_no_party() -> None:
    cfg = (
        "title: t\ndate: 2024-03-10\nactors:\n"
        "  govt: {name: Kamora government, aliases: [Ana Ruiz]}\n"
        "  front: {name: Northern Front, aliases: [NF]}\n"
        "  cuba: {name: Cuba, aliases: [Havana]}\n"
    )
    got = steps("Ruiz will send her negotiators back to Havana to meet NF leaders.", cfg=cfg)
    assert got == {("meeting", ("front", "govt"), "planned")}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the named person after a possessive speaks, and a participle clause after
        # the verb is no part of the words before the speaker
        (
            "Egypt welcomed the truce in Gaza, its foreign ministry spokesman Sameh Shoukry "
            "said on Monday, thanking Qatar for its efforts.",
            [("egypt", "Sameh Shoukry", "Egypt welcomed the truce in Gaza")],
        ),
        (
            "Air defences downed nine drones over Odesa, Kuleba said on the Telegram messaging "
            "app, calling it the third attack this week.",
            [("ukraine", "Dmytro Kuleba", "Air defences downed nine drones over Odesa")],
        ),
        # the object of a participle in the subject is not who speaks
        ("Villagers fleeing Russia's offensive said the bridge was down.", []),
        # the side in what a source says is no second speaker
        (
            "According to Kuleba, Russian forces fired 60 missiles overnight.",
            [("ukraine", "Dmytro Kuleba", "Russian forces fired 60 missiles overnight.")],
        ),
    ],
)
def test_who_speaks_past_possessives_participles_and_sources(sentence: str, want: list) -> None:
    assert said(sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Eight anti-government militants were killed.",
            {("unknown", "killed", 8, None, None, False)},
        ),
        (
            "Two Israeli settlers were shot dead near Nablus.",
            {("civilians", "killed", 2, None, None, False)},
        ),
        (
            "Another Palestinian was killed hours earlier.",
            {("civilians", "killed", 1, None, None, False)},
        ),
        ("Troops killed a Palestinian in Jenin.", {("civilians", "killed", 1, None, None, False)}),
        (
            "A priest and a nun are among the 42 confirmed dead.",
            {("unknown", "killed", 42, None, None, False)},
        ),
        (
            "The Red Crescent had collected 87 bodies by Friday.",
            {("unknown", "killed", 87, None, None, False)},
        ),
        (
            "The siege has left 160 soldiers and policemen and 47 civilians dead.",
            {
                ("unknown", "killed", 160, None, None, False),
                ("civilians", "killed", 47, None, None, False),
            },
        ),
        (
            "Thirty-eight workers and guards killed and 102 others injured in the strike.",
            {
                ("civilians", "killed", 38, None, None, False),
                ("civilians", "wounded", 102, None, None, False),
            },
        ),
        # a place's people are not people uprooted now
        ("The four camps were home to some 76,600 refugees.", set()),
    ],
)
def test_victims_named_by_kind_and_count(sentence: str, want: set) -> None:
    assert casualties(sentence) == want


def test_names_that_hold_a_country_a_people_or_a_particle() -> None:
    cfg = (
        "title: t\ndate: 2024-03-10\nactors:\n"
        "  israel: {name: Israel, aliases: [Israel Katz, Katz]}\n"
        "  france: {name: France, aliases: [Jean-Yves le Drian]}\n"
        "  vrs: {name: Bosnian Serb forces, aliases: [Radovan Karadzic]}\n"
        "  bih: {name: Bosnia, aliases: [Bosnian government]}\n"
        "  nato: {name: NATO, aliases: [Leighton Smith]}\n"
        "  militia: {name: Anti-balaka, aliases: [anti-Balaka]}\n"
    )

    def who(text: str) -> list[tuple[str, str | None]]:
        return [(a, s) for a, s, _t in said(text, cfg=cfg)]

    assert who("Israeli Defence Minister Israel Katz said the raid would go on.") == [
        ("israel", "Israel Katz")
    ]
    assert who("French Defence Minister Jean-Yves le Drian said the troops would stay.") == [
        ("france", "Jean-Yves le Drian")
    ]
    assert who("Bosnian Serb leader Radovan Karadzic said the shells were not theirs.") == [
        ("vrs", "Radovan Karadzic")
    ]
    assert who("Admiral Leighton Smith in Naples, Italy, said the strikes hit their targets.") == [
        ("nato", "Leighton Smith")
    ]
    assert [a for a, _s in who("The anti-balaka said the town was calm.")] == ["militia"]


def test_a_state_s_name_as_a_given_name_makes_a_person_whose_surname_speaks() -> None:
    # the config lists the full name only; the news then writes the surname alone
    cfg = (
        "title: t\ndate: 2024-03-10\nactors:\n"
        "  israel: {name: Israel, aliases: [Israel Katz]}\n"
        "  libya: {name: Libya Dawn, aliases: [Libya Dawn coalition]}\n"
    )
    text = (
        "Defence Minister Israel Katz said the raid would go on. "
        '"We will hit them again," Katz said. Israel said it struck a depot.'
    )
    assert [(a, s) for a, s, _t in said(text, cfg=cfg)] == [
        ("israel", "Israel Katz"),
        ("israel", "Israel Katz"),
        ("israel", None),
    ]
    # a state's name and a word of a group's name are a group
    assert [(a, s) for a, s, _t in said("Dawn said the port was shut.", cfg=cfg)] == []


def test_no_call_in_how_a_reporter_heard_it_and_deals_that_fell_apart() -> None:
    text = "Pashinyan told Reuters by telephone that the shelling had stopped."
    assert steps(text, cfg=KARABAKH) == set()
    assert steps("Pashinyan spoke by telephone with Aliyev.", cfg=KARABAKH) == {
        ("call", ("armenia", "azerbaijan"), "held")
    }
    got = steps(
        "A ceasefire between Armenia and Azerbaijan agreed in Moscow quickly fell apart.",
        cfg=KARABAKH,
    )
    assert {s for _t, _p, s in got} == {"cancelled"}


def test_a_people_is_no_side_speaking() -> None:
    assert said("Many Ukrainians believe the strikes will go on.") == []
    assert said("Israelis said the sirens sounded all night.") == []
    # ... "the Israelis" of diplomatic copy are the side
    assert [a for a, _s, _t in said("The Israelis said the offer was not enough.")] == ["israel"]


def test_the_start_of_a_siege_dates_no_toll() -> None:
    [c] = run(
        "The clashes brought the death toll in the siege, which was launched May 23, to "
        "more than 1,000."
    ).casualties
    assert c.date is None
    [c] = run("The offensive was launched on Monday, killing 12 civilians.").casualties
    assert c.date == "2024-03-04"


def test_a_side_named_after_the_toll() -> None:
    text = (
        "The clash left three dead and 15 others wounded on the side of the Israel Defense "
        "Forces, while four Hamas fighters were killed."
    )
    got = {(c.party, c.kind, c.count) for c in run(text).casualties}
    assert got == {("israel", "killed", 3), ("israel", "wounded", 15), ("hamas", "killed", 4)}
    # the side of a border is a place
    [c] = run("The shelling killed five people on the Russian side of the border.").casualties
    assert c.party == "unknown"


# -- what the session's rules must leave alone (a hostile review's sentences) ----------


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("A Hamas statement accused Israel of targeting civilians.", ["hamas"]),
        ("Hamas alleged Israeli soldiers shot the men at close range.", ["hamas"]),
        ("Putin declared the war would go on until Russia's goals were met.", ["russia"]),
        ("Netanyahu claimed the raid saved hundreds of lives.", ["israel"]),
        ("After weeks of fighting Russia said it had taken the town.", ["russia"]),
        (
            "In Kyiv, Zelenskiy said on Sunday, calling on allies to hurry, the front was holding.",
            ["ukraine"],
        ),
    ],
)
def test_statements_the_narrower_rules_leave_alone(sentence: str, want: list) -> None:
    assert [a for a, _s, _t in said(sentence)] == want


def test_the_content_after_a_published_statement_starts_at_that() -> None:
    text = (
        "Hamas said in a statement posted on the group's Telegram channel that it had fired "
        "rockets at Ashkelon."
    )
    assert [t for _a, _s, t in said(text)] == ["it had fired rockets at Ashkelon."]


def test_the_president_is_not_a_vice_president_nor_the_minister_a_prime_minister() -> None:
    text = (
        "Russian President Vladimir Putin launched the invasion in 2022. Ukraine's president, "
        "Volodymyr Zelenskiy, visited troops on Monday. The president said the line held."
    )
    assert [a for a, _s, _t in said(text)][-1:] == ["ukraine"]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "The Kremlin said phone talks between Putin and Zelenskiy were not planned.",
            {("call", ("russia", "ukraine"), "not_planned")},
        ),
        ("Zelenskiy told the Kyiv Independent by phone that the line held.", set()),
        ("Zelenskiy and Putin spoke hours apart on Thursday.", set()),
        ("Russia and Ukraine spoke before the UN General Assembly on Friday.", set()),
        (
            "Egypt brokered a truce between Israel and Hamas that ended 11 days of fighting.",
            {("agreement", ("hamas", "israel"), "concluded")},
        ),
    ],
)
def test_steps_the_narrower_rules_leave_alone(sentence: str, want: set) -> None:
    assert steps(sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "An uprising that began in 1982 in Hama was crushed, and as many as 40,000 people "
            "died.",
            set(),
        ),
        ("At least 500 refugees returned home from Lebanon.", set()),
        (
            "More than 5,000 people fled the town after their homes were destroyed.",
            {("civilians", "displaced", 5000, 5000, None, False)},
        ),
        ("An offensive could cause the displacement of 1.4 million people.", set()),
        (
            "The shelling killed 50 civilians, 20 children, and 10 women.",
            {
                ("civilians", "killed", 50, None, None, False),
                ("civilians", "killed", 20, None, None, False),
                ("civilians", "killed", 10, None, None, False),
            },
        ),
    ],
)
def test_tolls_the_session_rules_leave_alone(sentence: str, want: set) -> None:
    assert casualties(sentence) == want


def test_a_deal_named_in_an_opening_phrase_is_no_subject() -> None:
    text = (
        "Despite the ceasefire, Israel has kept up strikes in Gaza, saying it is targeting Hamas."
    )
    assert [(a, t) for a, _s, t in said(text)] == [("israel", "it is targeting Hamas.")]


def test_a_list_of_places_counts_each_with_its_own_place() -> None:
    text = "Strikes killed eight people in the Kharkiv region, six in Sumy and four in Poltava."
    got = [(c.count, c.location) for c in run(text).casualties]
    assert got == [(8, "Kharkiv"), (6, "Sumy"), (4, "Poltava")]
    text = "The raids have claimed 27 lives in Jenin and 13 in Tulkarm."
    assert [(c.count, c.location) for c in run(text).casualties] == [(27, "Jenin"), (13, "Tulkarm")]
    # a figure with a verb of its own keeps the place told before it
    text = "Shelling in Kherson killed five people and wounded 12."
    assert [c.location for c in run(text).casualties] == ["Kherson", "Kherson"]


def test_without_giving_details_is_no_words() -> None:
    text = "Fighting resumed near Bakhmut on Thursday, Kuleba told AFP, without giving details."
    assert [t for _a, _s, t in said(text)] == ["Fighting resumed near Bakhmut on Thursday"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Envoys will meet to negotiate a truce between Armenia and Azerbaijan, building on an "
        "expired Russian-brokered ceasefire.",
        "Pashinyan said the truce with Azerbaijan calls for an open-ended ceasefire.",
    ],
)
def test_an_ended_deal_as_an_adjective_cancels_nothing(sentence: str) -> None:
    got = steps(sentence, cfg=KARABAKH, published="2020-10-13")
    assert "cancelled" not in {s for _t, _p, s in got}


def test_he_after_a_titled_name_is_the_name_not_its_demonym() -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart on Monday. "
        '"We expect Ankara to keep its word," he said.'
    )
    assert [(a, s) for a, s, _t in said(text)] == [("russia", "Sergei Lavrov")]


# A config with a group called by a plural ("the Mountain Wolves") and a known body.
WOLVES = """
title: Wolves brief
date: 2024-03-10
actors:
  lanvia: {name: Lanvia, aliases: [Lanvian army, Marko Denev]}
  wolves: {name: Mountain Wolves, aliases: [Wolves, Ivo Kral]}
  un: {name: United Nations, aliases: [Amara Obi]}
"""


def test_he_is_never_a_group_named_with_the() -> None:
    text = (
        "General Marko Denev said troops had crossed the river. He said the barriers were "
        "built by the Mountain Wolves. He added that the campaign began in spring."
    )
    got = [(a, s) for a, s, _t in said(text, cfg=WOLVES)]
    assert got == [("lanvia", "Marko Denev")] * 3


def test_she_is_never_a_body_the_config_names() -> None:
    text = 'The United Nations appealed for calm in Lanvia. "Schools must stay open," she said.'
    assert ("un", "United Nations") not in [(a, s) for a, s, _t in said(text, cfg=WOLVES)]


def test_the_before_a_demonym_title_is_still_a_person() -> None:
    text = (
        "Dmitry Peskov said Moscow was committed to the deal. The Turkish president told "
        "journalists that he expected a ceasefire would be declared after his talks with Putin."
    )
    assert {a for a, _s, t in said(text) if "ceasefire" in t} == {"turkey"}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # one victim told by "a", with a title, a name, whose, or a short relative clause
        ("A Turkish police officer was shot and killed in Gaza on Sunday.", ("turkey", 1)),
        ("A Ukrainian soldier, Ivan Petrenko, aged 48, was killed on Monday.", ("ukraine", 1)),
        ("A brother of the commander was also killed.", ("civilians", 1)),
        (
            "An Egyptian aid worker who was on patrol with a convoy has been killed.",
            ("civilians", 1),
        ),
        # victims by what brought them there
        ("Gunmen shot and killed 26 tourists at the resort on Tuesday.", ("civilians", 26)),
        # bodies left behind are the dead
        ("The gang escaped, leaving more than 70 bodies in the town.", ("unknown", 70)),
    ],
)
def test_more_shapes_of_the_dead(sentence: str, want: tuple[str, int]) -> None:
    got = {(c.party, c.count if c.count is not None else c.low) for c in run(sentence).casualties}
    assert got == {want}


@pytest.mark.parametrize(
    "sentence",
    [
        "Many civilians are unable to flee the area.",
        "Thousands of residents could not flee the shelling.",
        "A man who was wounded in the raid has been killed, police said.",
    ],
)
def test_what_did_not_befall_them_is_no_toll(sentence: str) -> None:
    assert {c.kind for c in run(sentence).casualties} <= {"killed"}
    assert not [c for c in run(sentence).casualties if c.kind in ("displaced", "wounded")]


def test_casualties_with_their_dead_counted_apart_give_the_dead() -> None:
    # "casualties" are the dead and the wounded together: the dead are the toll
    got = casualties("The shelling caused 30 casualties, including 9 deaths.")
    assert {(k, n) for _p, k, n, *_ in got} == {("killed", 9)}


def test_late_on_a_day_after_the_verb_is_when_not_what() -> None:
    text = "Troops have taken two villages, Israel's military said in a statement late on Sunday."
    assert [t for _a, _s, t in said(text)] == ["Troops have taken two villages"]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Egypt condemned the attack on the convoy.", ("egypt", "the attack on the convoy.")),
        ("Erdogan praised the deal as a step toward peace.", ("turkey", "the deal as a step")),
        ("Zelenskiy reaffirmed his country's commitment to the talks.", ("ukraine", "commitment")),
        ("Kuleba called on Russia to withdraw its troops.", ("ukraine", "Russia to withdraw")),
    ],
)
def test_a_stance_is_a_statement(sentence: str, want: tuple[str, str]) -> None:
    got = said(sentence)
    assert [a for a, _s, _t in got] == [want[0]]
    assert want[1] in got[0][2]


def test_a_stance_on_a_deed_claims_no_toll_of_it() -> None:
    text = "Egypt condemned the Israeli strike that killed 12 civilians in Rafah on Monday."
    assert [c.claimed_by for c in run(text).casualties] == [None]


def test_words_a_statement_holds_whole_are_said_once() -> None:
    text = "Hamas condemned the raid on Rafah, saying Israel bore full responsibility."
    assert [t for _a, _s, t in said(text)] == [
        "condemned the raid on Rafah, saying Israel bore full responsibility."
    ]


def test_what_a_statement_of_the_same_side_holds_is_said_once() -> None:
    # the quoted pieces of reported words, a participle after a comma, the same words
    # without their pronoun or subject and verb: one statement each
    cases = {
        "Meanwhile, Zelensky described both envoys as “serious people and friends”, who he"
        " said, “have real respect for each other.”": "both envoys as “serious people and"
        " friends”, who he said, “have real respect for each other.”",
        "Thanking Erdogan, Zelensky said the Turkish leader had personally called both men,"
        " urging a quick end to the fighting.": "the Turkish leader had personally called"
        " both men, urging a quick end to the fighting.",
        "Ukraine said on Monday it rejected accusations from Russia that it had hit the plant.": (
            "it rejected accusations from Russia that it had hit the plant."
        ),
        "A statement from the Ukrainian foreign ministry said the blast confirmed the army’s"
        " findings “that new mines are being laid in breach of the law.”": "the blast"
        " confirmed the army’s findings “that new mines are being laid in breach of the law.”",
    }
    for text, words in cases.items():
        assert [w for _a, _s, w in said(text)] == [words], text


def test_reports_that_say_are_a_noun_and_a_place_claimed_says_nothing() -> None:
    text = "Ukrainian military reports say the clashes began when Russian troops opened fire."
    assert [w for _a, _s, w in said(text)] == ["the clashes began when Russian troops opened fire."]
    # "which Russia claims" of a place: land claimed, not words
    for text in (
        "Zelensky said the video was filmed in Kupiansk, which Russia claims, on Wednesday.",
        "Zelensky said the video was filmed in Vovchansk, which Russia claims as part of its"
        " Belgorod region, on Wednesday.",
    ):
        assert {a for a, _s, _w in said(text)} == {"ukraine"}, text


def test_talks_one_is_willing_to_hold_or_backs_are_sought_not_held() -> None:
    for text in (
        "Zelensky on Monday expressed his willingness to engage in peace talks with Russia.",
        "Zelensky has expressed a readiness to engage in a dialogue with Russia on all issues.",
        "Kuleba told parliament that Ukraine sought a “broad dialogue” with Moscow.",
        "The envoy expressed support for direct dialogue between Russia and Ukraine.",
    ):
        got = [(d.type, d.status, d.date) for d in run(text).diplomacy]
        # (the day he spoke is no day of the talks)
        assert got == [("talks", "proposed", None)], text


def test_a_step_set_for_later_that_could_not_happen_or_is_yet_to_be_signed() -> None:
    text = (
        "Kuleba said the two leaders were scheduled to meet at the summit, but the meeting"
        " could not happen because Putin left early."
    )
    assert steps(text) == {("meeting", ("russia", "ukraine"), "cancelled")}
    text = (
        "Erdogan is scheduled to witness the formal signing of a ceasefire agreement between"
        " Russia and Ukraine next week."
    )
    assert steps(text) == {("agreement", ("russia", "ukraine"), "planned")}
    text = "A meeting between Russia and Ukraine was rescheduled for 10am on Friday."
    assert {s for _t, _p, s in steps(text)} == {"planned"}


def test_whose_proposal_a_truce_is_mediates_it_and_one_sides_yes_leaves_it_proposed() -> None:
    fighting = "Russian forces shelled Kharkiv and Ukrainian forces struck Belgorod on Monday. "
    text = fighting + "Russia accepted the US proposal for a ceasefire with Ukraine."
    [d] = run(text).diplomacy
    assert (d.participants, d.mediators, d.status) == (
        ("russia", "ukraine"),
        ("United States",),
        "proposed",
    )
    # the teller of one side's yes is not its subject
    text = fighting + "Erdogan told him that Putin also agreed to the US proposal for a ceasefire."
    [d] = run(text).diplomacy
    assert (d.participants, d.mediators, d.status) == (
        ("russia", "ukraine"),
        ("United States",),
        "proposed",
    )


def test_both_parties_after_the_leaders_of_a_pair_are_that_pair() -> None:
    text = (
        "Erdogan said on Saturday, after speaking with the leaders of Russia and Ukraine, that"
        " both parties had agreed to meet at once."
    )
    assert steps(text) == {("meeting", ("russia", "ukraine"), "planned")}


def test_a_truce_between_the_two_armies_is_not_the_tellers() -> None:
    fighting = "Russian forces shelled Kharkiv and Ukrainian forces struck Belgorod on Monday. "
    text = fighting + (
        "Zelensky confirmed to Erdogan that Ukraine fully supports the call for an immediate"
        " ceasefire between the two armies."
    )
    assert steps(text) == {("agreement", ("russia", "ukraine"), "proposed")}
    text = fighting + (
        "Zelensky confirmed to Erdogan that Ukraine fully supports the call for an immediate"
        " ceasefire between the two sides."
    )
    assert steps(text) == {("agreement", ("russia", "ukraine"), "proposed")}
    # ... while the two a teller names between, before, are the two
    text = fighting + (
        "Erdogan told Zelensky that the ceasefire between Russia and Ukraine had failed, and"
        " that a new ceasefire between the two sides was needed."
    )
    assert ("agreement", ("russia", "ukraine"), "proposed") in steps(text)


def test_separate_calls_with_two_are_two_calls_and_the_direct_talks_backed_are_theirs() -> None:
    text = (
        "Erdogan urged restraint and expressed support for direct dialogue in separate calls"
        " with Ukrainian Foreign Minister Dmytro Kuleba and Vladimir Putin on Thursday."
    )
    got = {(d.type, d.participants, d.mediators, d.status) for d in run(text).diplomacy}
    assert got == {
        ("talks", ("russia", "ukraine"), ("turkey",), "proposed"),
        ("call", ("russia", "turkey"), (), "held"),
        ("call", ("turkey", "ukraine"), (), "held"),
    }
    for text in (
        "Erdogan spoke separately with Zelensky and Putin on Thursday.",
        "Erdogan spoke to both Zelensky and Putin on Thursday.",
    ):
        assert steps(text) == {
            ("call", ("russia", "turkey"), "held"),
            ("call", ("turkey", "ukraine"), "held"),
        }, text


def test_a_sides_officer_by_post_or_acronym_calls_for_that_side() -> None:
    for text in (
        "The Russian DGMO called the Ukrainian DGMO on Saturday.",
        "The Russian army chief called his Ukrainian counterpart on Saturday.",
    ):
        assert steps(text) == {("call", ("russia", "ukraine"), "held")}, text
    # (the army itself is troops, no party: "Russian army units attacked")
    text = "Russian army units shelled the town before Zelensky met Erdogan."
    assert steps(text) == {("meeting", ("turkey", "ukraine"), "held")}


def test_who_told_of_the_words_and_the_writers_history_are_not_the_words() -> None:
    cases = {
        # a teller named by a post after the words: the words inside are the speaker's
        "Furthermore, Zelensky stressed that Ukraine will now treat sabotage as an act of"
        " war, the foreign minister said.": "Ukraine will now treat sabotage as an act of war",
        # a day in apposition before "that"
        "After a week of shelling, Kyiv announced on Saturday evening, May 10th, that a"
        " truce had been reached.": "a truce had been reached.",
        # the writer's history of a named operation, closing the sentence
        "Russia on Sunday confirmed that five soldiers died during Operation Thunder, which"
        " was launched on May 7 in response to an attack on April 22.": "five soldiers died"
        " during Operation Thunder",
    }
    for text, words in cases.items():
        assert [w for _a, _s, w in said(text)] == [words], text


def test_talks_that_cannot_take_place_are_not_planned() -> None:
    for text in (
        "Talks between Russia and Ukraine cannot take place while the shelling goes on,"
        " Zelensky said.",
        "Russia and Ukraine said shelling and talks can't go together.",
    ):
        assert {s for _t, _p, s in steps(text)} == {"not_planned"}, text
    # (but talks held that cannot be called a success were held)
    text = "Russia and Ukraine held talks that cannot be called a success."
    assert {s for _t, _p, s in steps(text)} == {"held"}


def test_talks_set_beside_terror_as_a_policy_are_no_step() -> None:
    text = "Ukraine's stand is clear: terror, trade and talks cannot go together with Russia."
    assert steps(text) == set()
    assert steps("Zelensky said that terror and talks cannot go together with Russia.") == set()
    # (the war and the talks told of are a step)
    text = "The war and talks between Russia and Ukraine went on."
    assert steps(text) == {("talks", ("russia", "ukraine"), "held")}


def test_when_it_was_said_whom_to_and_the_writers_meaning_are_not_the_words() -> None:
    text = "Erdogan said after speaking separately with Zelensky and Putin."
    assert said(text) == []
    text = "Kuleba confirmed to foreign envoys that Ukraine has paused the declaration."
    assert [w for _a, _s, w in said(text)] == ["Ukraine has paused the declaration."]
    text = (
        'Kuleba said Kyiv would cease "the follow-up to the declaration," meaning the accord'
        " with Russia signed in October."
    )
    assert [w for _a, _s, w in said(text)] == [
        'Kyiv would cease "the follow-up to the declaration"'
    ]
    # (what is said after "that" past a time clause is said)
    text = "Zelensky announced that after taking the bridge, Ukraine held the whole bank."
    assert [w for _a, _s, w in said(text)] == [
        "after taking the bridge, Ukraine held the whole bank."
    ]


def test_a_deal_a_meeting_is_held_to_discuss_is_its_topic_not_a_step() -> None:
    text = "Erdogan meets Zelensky in Ankara on Friday to discuss Putin's proposed peace deal."
    assert {t for t, _p, _s in steps(text)} == {"meeting"}
    # (a deal signed at the meeting is one)
    text = "Russia and Ukraine met in Istanbul and signed a ceasefire deal."
    assert {t for t, _p, _s in steps(text)} == {"meeting", "agreement"}


def test_look_alikes_of_the_rules_for_sought_steps_and_the_writers_words() -> None:
    # done deals long sought, held talks not held hostage, signings gone by
    assert steps("Russia and Ukraine signed the long sought prisoner-exchange deal on Monday.") == {
        ("agreement", ("russia", "ukraine"), "concluded")
    }
    text = "Peace talks between Russia and Ukraine cannot be held hostage to extremists."
    assert {s for _t, _p, s in steps(text)} != {"not_planned"}
    text = "Russia and Ukraine met in Istanbul, but the talks did not proceed beyond procedure."
    assert {s for _t, _p, s in steps(text)} == {"held"}
    text = "Fighting flared two days before the signing of the peace agreement between Russia"
    text += " and Ukraine in March."
    assert {s for _t, _p, s in steps(text)} == {"concluded"}
    # talks beside trade are talks; so are sanctions and talks that go on
    assert steps("Russia and Ukraine resumed talks and trade on Monday.") == {
        ("talks", ("russia", "ukraine"), "held")
    }
    # the words after "said before ..." when a clause of their own follows
    for text in (
        "Lavrov said before boarding his plane Russia would not accept the plan.",
        "Erdogan said after evening prayers Turkey would host the talks.",
    ):
        assert len(said(text)) == 1, text
    # a relative clause inside the words stays
    text = "Kuleba said the talks, which were launched in Istanbul after the invasion, must resume."
    assert [w for _a, _s, w in said(text)] == [
        "the talks, which were launched in Istanbul after the invasion, must resume."
    ]
    # who met someone last week and also called another made the call
    text = "Erdogan, who met Putin in Sochi last week, also called Zelensky on Tuesday."
    assert ("call", ("turkey", "ukraine"), "held") in steps(text)


def test_assurances_of_a_truce_are_asked_for_and_its_proposer_mediates() -> None:
    fighting = "Russian forces shelled Kharkiv and Ukrainian forces struck Belgorod on Monday. "
    text = fighting + "Kyiv is demanding guarantees, including assurances of a ceasefire, first."
    assert {s for t, _p, s in steps(text) if t == "agreement"} == {"proposed"}
    [d] = run("Russia agreed to the U.S.-proposed ceasefire with Ukraine on Monday.").diplomacy
    assert (d.participants, d.mediators) == (("russia", "ukraine"), ("United States",))


def test_a_truce_which_one_side_later_suspended_is_called_off() -> None:
    text = (
        "Russia condemned an attack that broke the terms of the truce signed between Russia"
        " and Ukraine, which Kyiv suspended earlier this week."
    )
    assert steps(text) == {("agreement", ("russia", "ukraine"), "cancelled")}
    # (one another praised stands)
    assert steps("Russia and Ukraine signed a truce, which Turkey then praised.") == {
        ("agreement", ("russia", "ukraine"), "concluded")
    }


def test_calls_with_many_no_one_names_are_no_step_between_two() -> None:
    text = (
        "The minister said Ukraine had not sought a truce in conversations with world leaders"
        " during the fighting with Russia."
    )
    assert "call" not in {t for t, _p, _s in steps(text)}
    assert steps("Zelensky held calls with several foreign leaders on Monday.") == set()
    # (one named among them is one)
    text = "Zelensky held talks with European leaders and Putin later."
    assert steps(text) == {("talks", ("russia", "ukraine"), "held")}


def test_the_summit_a_step_to_come_is_to_happen_at_is_to_come() -> None:
    text = (
        "Erdogan is expected to attend the signing of the Russia-Ukraine ceasefire agreement"
        " during the Black Sea summit in Istanbul."
    )
    assert {s for t, _p, s in steps(text) if t == "meeting"} == {"planned"}
    # (one met during it was held)
    text = "Zelensky met Erdogan during the NATO summit in Vilnius."
    assert {s for _t, _p, s in steps(text)} == {"held"}


def test_a_step_expected_is_not_yet_made() -> None:
    got = steps("Sisi expects the summit with Haftar to go ahead.", cfg=LIBYA)
    assert {s for _t, _p, s in got} == {"planned"}
    assert "concluded" not in {s for _t, _p, s in steps("Erdogan said he expected a truce.")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Our forces have taken the town, said Mohamad Gnounou, spokesman for the GNA.",
        "Our forces have taken the town, Mohamad Gnounou, spokesman for the GNA, said.",
    ],
)
def test_a_speaker_with_what_he_is_around_the_verb(sentence: str) -> None:
    assert said(sentence, cfg=LIBYA) == [
        ("gna", "Mohamad Gnounou", "Our forces have taken the town")
    ]


def test_quote_marks_that_do_not_match_still_quote() -> None:
    text = '"This could not have happened without our friends in Egypt,” Netanyahu said.'
    assert said(text) == [
        (
            "israel",
            "Benjamin Netanyahu",
            "This could not have happened without our friends in Egypt",
        )
    ]


def test_a_toll_changed_after_the_verb_is_not_what_was_said() -> None:
    text = (
        "Fighting last week left at least 900 people dead, Kuleba said Monday, raising the "
        "previously cited death toll of 773."
    )
    assert [t for _a, _s, t in said(text)] == ["Fighting last week left at least 900 people dead"]
    assert {c.claimed_by for c in run(text).casualties} == {"ukraine"}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            'The conflict, Kuleba warned, was "marked by abuses".',
            'The conflict was "marked by abuses".',
        ),
        (
            "The talks, Kuleba said on Monday, would resume in Riyadh next week.",
            "The talks would resume in Riyadh next week.",
        ),
    ],
)
def test_who_said_it_in_an_aside_is_not_in_the_words(sentence: str, want: str) -> None:
    assert [t for _a, _s, t in said(sentence)] == [want]


def test_after_the_day_it_was_said_a_participle_leaves_the_words_before() -> None:
    text = (
        "Russia shelled villages on Monday, Kuleba said on Tuesday, adding that Kyiv would respond."
    )
    assert "Russia shelled villages on Monday" in [t for _a, _s, t in said(text)]


def test_the_military_of_a_wire_story_is_its_datelines_state() -> None:
    text = (
        "KYIV (Reuters) - Russia fired 90 drones overnight, the military said on Sunday.\n\n"
        "The government said it would ask allies for more air defence."
    )
    assert [a for a, _s, _t in said(text)] == ["ukraine", "ukraine"]
    # a side named with its army before is still the one meant
    text = "KYIV (Reuters) - Russian forces said they had taken a village. The military said so."
    assert {a for a, _s, _t in said(text)} == {"russia"}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a victim's noun used as an adjective is no victim, and takes nothing away
        (
            "Eight soldiers were killed in a militant attack in northern Sinai on Sunday.",
            {("unknown", 8, "2024-03-03")},
        ),
        (
            "Government airstrikes killed 20 civilians in a rebel-held town on Monday.",
            {("civilians", 20, "2024-03-04")},
        ),
        # one victim beside others hit with them
        (
            "A Russian soldier and 13 civilians were killed in the shelling on Monday.",
            {("russia", 1, "2024-03-04"), ("civilians", 13, "2024-03-04")},
        ),
        (
            "The strike killed a woman and nine children.",
            {("civilians", 1, None), ("civilians", 9, None)},
        ),
        ("The blast claimed the life of a Ukrainian soldier.", {("ukraine", 1, None)}),
        # each figure with its own place, the verb after both
        (
            "More than 131,000 people in Israel and over 4,000 in Egypt have been displaced.",
            {("civilians", 131000, None), ("civilians", 4000, None)},
        ),
        # a population is no toll of those of it who fled
        ("Russia took Avdiivka, a city of 30,000 people, thousands of whom have fled.", set()),
        # too hurt to be moved are still hurt
        (
            "Four civilians were too badly wounded to be evacuated, the governor said.",
            {("civilians", 4, None)},
        ),
    ],
)
def test_figures_beside_others(sentence: str, want: set) -> None:
    got = {(c.party, c.count or c.low, c.date) for c in run(sentence).casualties}
    assert got == want


@pytest.mark.parametrize(
    "sentence", ["Thousands have nowhere to flee.", "Many refused to flee the shelling."]
)
def test_not_fleeing_is_no_displacement(sentence: str) -> None:
    assert run(sentence).casualties == []


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a stance keeps its verb: the words are no claim of the speaker's
        ("Russia denounced the ceasefire as a sham.", ["denounced the ceasefire as a sham."]),
        # a stance in a relative clause is background
        ("Erdogan, who has repeatedly praised Hamas, met Haniyeh in Istanbul on Saturday.", []),
        # "called on" someone somewhere is a visit
        ("Shoukry called on Netanyahu in Jerusalem on Monday for talks on the crossing.", []),
        # an opening phrase keeps its comma when the aside is taken out
        (
            "In Gaza, Haniyeh said, Israel had killed 30 people.",
            ["In Gaza, Israel had killed 30 people."],
        ),
    ],
)
def test_stances_and_asides(sentence: str, want: list[str]) -> None:
    assert [t for _a, _s, t in said(sentence)] == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Israel and Hamas agreed the expected truce on Sunday.", "concluded"),
        ("Peskov said the Kremlin does not expect a ceasefire with Ukraine.", "not_planned"),
    ],
)
def test_expected_as_an_adjective_or_denied(sentence: str, want: str) -> None:
    assert {s for _t, _p, s in steps(sentence)} == {want}


# A side whose leaders share their names with many of their people.
SOMALIA = """
title: Somalia brief
date: 2024-08-17
actors:
  somalia: {name: Somali government, aliases: [Mohamed Abdullahi Mohamed, Hassan Sheikh Mohamud]}
  shabaab: {name: al-Shabaab, aliases: [al-Shabab]}
"""


def test_a_name_that_goes_on_with_another_name_is_someone_else() -> None:
    text = "The union's head Mohamed Ibrahim Yusuf said journalists were being targeted."
    assert said(text, cfg=SOMALIA, published="2024-08-10") == []
    text = "Mohamed said the army would retake the town."
    assert [s for _a, s, _t in said(text, cfg=SOMALIA)] == ["Mohamed Abdullahi Mohamed"]


def test_a_toll_of_a_month_years_ago_is_history() -> None:
    text = "As in October 2017, when a truck bomb killed over 600 people, the group struck again."
    assert run(text, cfg=SOMALIA, published="2024-08-10").casualties == []


def test_claimed_responsibility_keeps_its_verb() -> None:
    got = said("Al-Shabaab claimed responsibility for the blast.", cfg=SOMALIA)
    assert [t for _a, _s, t in got] == ["claimed responsibility for the blast."]


@pytest.mark.parametrize(
    "sentence",
    [
        "The quake's death toll has reached 3,649, the state broadcaster said.",
        "More than 3,000 people died in the earthquake on Friday.",
        "Floods have displaced 200,000 people in the south.",
    ],
)
def test_nature_kills_no_ones_war_dead(sentence: str) -> None:
    assert run(sentence).casualties == []


def test_a_strike_on_a_quake_hit_town_still_kills() -> None:
    assert casualties("Air strikes on quake-hit towns killed 12 people on Friday.")


def test_a_deed_blamed_on_someone_is_no_one_speaking() -> None:
    text = "A bombing blamed on Hamas killed 15 people in Rafah, officials said."
    assert said(text) == []
    assert [c.location for c in run(text).casualties] == ["Rafah"]


def test_claimed_the_life_of_is_no_claim() -> None:
    text = "Egypt and Israel fought a skirmish on Monday, which claimed the life of a soldier."
    assert said(text) == []
    assert [c.claimed_by for c in run(text).casualties] == [None]


def test_a_demonym_before_army_names_its_state_whoever_is_called_the_army() -> None:
    cfg = (
        CONFIG
        + "  chad: {name: Chad, aliases: [Idriss Deby]}\n"
        + "  nigeria: {name: Nigeria, aliases: [Nigerian Army]}\n"
    )
    text = "Gunmen killed 52 Chadian army soldiers on the island."
    assert [c.party for c in run(text, cfg=cfg).casualties] == ["chad"]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Hamas released 21 hostages, who said five of their group died in captivity.", []),
        ("Kuleba met villagers who said Russian troops had looted their homes.", []),
        ("The talks were led by Peskov, who said no deal was near.", ["russia"]),
    ],
)
def test_who_said_is_the_noun_before_who(sentence: str, want: list[str]) -> None:
    assert [a for a, _s, _t in said(sentence)] == want


@pytest.mark.parametrize(
    "sentence",
    [
        "Hamas has requested talks with Israel, a spokesman said.",
        "Turkey sought talks with Russia over the grain corridor.",
        "Russia wants talks with Ukraine, Peskov said.",
        "Ukraine demanded talks with Russia on prisoner swaps.",
    ],
)
def test_a_step_wanted_is_proposed(sentence: str) -> None:
    assert {s for _t, _p, s in steps(sentence)} == {"proposed"}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Erdogan has spoken with Putin and Zelenskiy.",
            {("russia", "turkey"), ("turkey", "ukraine")},
        ),
        ("Erdogan called up his Russian counterpart on Monday.", {("russia", "turkey")}),
    ],
)
def test_more_words_of_a_call(sentence: str, want: set) -> None:
    assert {p for t, p, _s in steps(sentence) if t == "call"} == want


def test_spoken_to_reporters_is_no_call() -> None:
    assert steps("Erdogan has spoken to reporters about the attack.") == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a denial, an accusation, a blame keep their verb: the words alone would say
        # the opposite, or name only whom
        ("Egypt firmly denied the Israeli accusations.", ["denied the Israeli accusations."]),
        (
            "Kuleba accused Russia of targeting civilians.",
            ["accused Russia of targeting civilians."],
        ),
        # what the same speaker says next is said apart
        (
            "Peskov denied there had been a retreat but said the advance had slowed.",
            ["denied there had been a retreat", "the advance had slowed."],
        ),
        # too few words after the verb: no statement of its own
        ('"We did not fire first," Peskov said, denying the claims.', ["We did not fire first"]),
    ],
)
def test_denials_and_accusations(sentence: str, want: list[str]) -> None:
    assert [t for _a, _s, t in said(sentence)] == want


@pytest.mark.parametrize(
    "sentence",
    [
        # a month years back in an aside is no history of today's toll
        "Russian strikes killed 12 people on Monday in Kyiv, the city's deadliest day since "
        "a missile attack in October 2022.",
        "A Russian missile killed 9 people in Kryvyi Rih on Friday, the city where Zelenskiy "
        "was born in January 1978.",
        # nature named beside a war's weapons takes nothing away
        "As a winter storm battered the coast, Israeli gunfire killed 11 Palestinians in Gaza.",
        "Hamas's Al-Aqsa Flood assault killed about 1,200 people in Israel.",
        "Ukraine fired British Storm Shadows, killing 18 Russian officers.",
    ],
)
def test_todays_toll_beside_old_months_and_storms(sentence: str) -> None:
    assert run(sentence, published="2025-06-10").casualties


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Israel and Hamas agreed to a long-sought ceasefire on Wednesday.", {"concluded"}),
        # a step not taken: neither held nor ruled out, no step
        ("Zelenskiy has not spoken with Putin since the invasion.", set()),
        ("Netanyahu has not met Haniyeh.", set()),
        ("Erdogan, who has not met Putin this year, will fly to Sochi on Friday.", {"planned"}),
    ],
)
def test_a_hyphen_or_a_not_before_the_verb(sentence: str, want: set[str]) -> None:
    assert {s for _t, _p, s in steps(sentence)} == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # who said: the side in the noun phrase before "who", its aside ends at its comma
        (
            "The deal was announced by a senior Hamas official, who said the group had accepted.",
            [("hamas", "the group had accepted.")],
        ),
        (
            "Egypt's foreign minister, who said a deal was close, arrived in Doha.",
            [("egypt", "a deal was close")],
        ),
        # blamed by someone named is no passive
        ("The attack, which Moscow blamed on Kyiv, killed seven people.", [("russia", None)]),
        # claiming responsibility is a claim even in a relative clause
        (
            "A shooting at a checkpoint, which Hamas claimed responsibility for, killed two "
            "Israeli soldiers.",
            [("hamas", None)],
        ),
        # a headline in title case, an AP date after a name: still the configured person
        ("Zelenskiy Urges Allies To Send More Air Defence Systems", [("ukraine", None)]),
        ("Putin Oct. 5 told reporters that Russia would respond.", [("russia", None)]),
    ],
)
def test_review_two(sentence: str, want: list) -> None:
    got = said(sentence)
    assert len(got) == len(want)
    for (actor, _s, words), (want_actor, want_words) in zip(got, want, strict=True):
        assert actor == want_actor
        assert want_words is None or words == want_words


def test_a_name_going_on_is_someone_else_after_the_leader_was_named() -> None:
    text = (
        "President Mohamed Abdullahi Mohamed spoke on Monday. Mohamed Abdirahman, director "
        "of Madina Hospital, said that 40 people were admitted."
    )
    assert said(text, cfg=SOMALIA, published="2024-08-10") == []


def test_full_stops_between_thousands() -> None:
    got = casualties("The group has lost more than 25.000 of its fighters since 2016.")
    assert {(k, lo) for _p, k, _n, lo, _h, _a in got} == {("killed", 25000)}


def test_single_quote_marks_quote() -> None:
    text = "‘Our forces are advancing and we don’t expect to stop,’ Netanyahu said."
    assert said(text) == [
        ("israel", "Benjamin Netanyahu", "Our forces are advancing and we don’t expect to stop")
    ]


def test_a_whole_before_a_list_of_its_parts_by_place() -> None:
    text = (
        "At least 17 civilians, including 13 in Rafah, three in Khan Younis and one in Gaza "
        "City, were killed on Wednesday."
    )
    got = casualties(text)
    assert ("civilians", "killed", 17, 17, None, False) in got


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # whom it was told to, in lower-case words, is not what was told
        (
            "Shoukry told a private news channel that the crossing would reopen.",
            "the crossing would reopen.",
        ),
        (
            "Peskov told the pro-government daily Izvestia that talks were frozen.",
            "talks were frozen.",
        ),
        # what the one named is, between commas after "according to", is not what was said
        (
            "According to Dmytro Kuleba, the foreign minister, around thirty Russian soldiers "
            "were killed in the clash.",
            "around thirty Russian soldiers were killed in the clash.",
        ),
        (
            "According to the UN, the strikes killed 12 people, the highest toll this month.",
            "the strikes killed 12 people, the highest toll this month.",
        ),
    ],
)
def test_whom_told_and_who_named_are_not_the_words(sentence: str, want: str) -> None:
    assert [t for _a, _s, t in said(sentence)] == [want]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("More than 10 other wedding guests were injured.", ("civilians", "wounded", 10)),
        ("Gunmen murdered 12 herders in the village on Sunday.", ("civilians", "killed", 12)),
        ("The attack killed 40 market traders.", ("civilians", "killed", 40)),
    ],
)
def test_more_victims_and_murder(sentence: str, want: tuple) -> None:
    assert {(p, k, n or lo) for p, k, n, lo, _h, _a in casualties(sentence)} == {want}


def test_the_secretary_general_and_the_army_chief_are_the_ones_named_so() -> None:
    cfg = CONFIG + "  un: {name: United Nations, aliases: [Antonio Guterres]}\n"
    text = (
        "UN Secretary-General Antonio Guterres said the attack was appalling. "
        "The Secretary-General also said the killers must face justice."
    )
    assert [s for _a, s, _t in said(text, cfg=cfg)] == ["Antonio Guterres"] * 2


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a month years back is history for what is told after it
        ("In March 2014, Russian forces seized Crimea, and 12 Ukrainian soldiers were killed.", []),
        # a running total since such a month is today's
        (
            "Since Russia's invasion in February 2022, at least 13,000 civilians have been killed.",
            [13000],
        ),
        # a storm with a name is nature still
        ("In Libya, Storm Daniel killed more than 4,000 people in Derna.", []),
        ("Floods in war-torn Sudan have killed at least 60 people.", []),
        # the list of parts before "died"
        (
            "17 people, including 13 in Rafah, three in Khan Younis and one in Gaza City, died.",
            [17],
        ),
    ],
)
def test_review_three_tolls(sentence: str, want: list[int]) -> None:
    got = [c.count or c.low for c in run(sentence, published="2025-06-10").casualties]
    assert got == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Erdogan, who said that, if the talks failed, Turkey would act alone, arrived in "
            "Moscow on Monday.",
            ["if the talks failed, Turkey would act alone"],
        ),
        ("Three hostages freed by Hamas, who said they had been held in tunnels, flew home.", []),
        (
            "According to Peskov, the president's proposal remains on the table.",
            ["the president's proposal remains on the table."],
        ),
        ("The shelling of Ukraine blamed on Russia killed 12 people.", []),
        ("The attack, which no group has claimed responsibility for, killed 12 people.", []),
        ("Putin dismissed his defence minister on Sunday.", []),
        ("Russia denied entry to two Ukrainian negotiators.", []),
    ],
)
def test_review_three_statements(sentence: str, want: list[str]) -> None:
    assert [t for _a, _s, t in said(sentence)] == want


def test_dismissing_a_claim_is_a_statement() -> None:
    text = "Hamas dismissed the government's claims that its leader was dead."
    assert [t for _a, _s, t in said(text)] == [
        "dismissed the government's claims that its leader was dead."
    ]


def test_any_word_of_whose_they_are_before_armed_people() -> None:
    got = casualties("At least eight peshmerga fighters were killed in the attack.")
    assert {(k, lo) for _p, k, _n, lo, _h, _a in got} == {("killed", 8)}


@pytest.mark.parametrize(
    "text",
    [
        # the quote in the paragraph after "said:"
        "In a statement, Netanyahu said:\n\n“Israel will not stop until the hostages are "
        "home.\n\n“We will act in Rafah when the time comes.”",
        # a document's words, whoever issued it sentences before
        "Netanyahu issued a statement on Monday.\n\n“Israel will not stop until the hostages "
        "are home.\n\n“We will act in Rafah when the time comes,” the statement said.",
    ],
)
def test_quotes_after_a_colon_or_from_an_issued_statement(text: str) -> None:
    got = said(text)
    assert {a for a, _s, _t in got} == {"israel"}
    assert any("We will act in Rafah" in t for _a, _s, t in got)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a deal told with "the" is news when it was signed right there
        (
            "The June accord, which Israel and Egypt signed in Cairo, calls for a withdrawal.",
            {(("egypt", "israel"), "concluded")},
        ),
        (
            "The declaration of principles was signed between Israel and Hamas in Doha.",
            {(("hamas", "israel"), "concluded")},
        ),
        # not signed: no news of it
        ("The accord, which Egypt has not signed, calls for a withdrawal.", set()),
    ],
)
def test_a_known_deal_signed_right_there_is_news(sentence: str, want: set) -> None:
    assert {(p, s) for _t, p, s in steps(sentence)} == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Egypt's parliament says troops will stay as Sisi meets with Haniyeh in Cairo.", "held"),
        ("Fighting goes on as Netanyahu and Shoukry meet in Cairo.", "held"),
        ("Netanyahu meets Shoukry in Cairo next week.", "planned"),
    ],
)
def test_as_x_meets_y_is_now(sentence: str, want: str) -> None:
    cfg = CONFIG.replace("aliases: [Sameh Shoukry]", "aliases: [Sameh Shoukry, Sisi]")
    assert {s for t, _p, s in steps(sentence, cfg=cfg) if t == "meeting"} == {want}


def test_an_ellipsis_inside_a_quote_leaves_words_out_and_goes_on() -> None:
    text = 'Haniyeh said the pleas were "not helpful … The weapons are our shield," and left.'
    got = [t for _a, _s, t in said(text)]
    assert len(got) == 1 and "The weapons are our shield" in got[0]
    # outside a quote, a capital after an ellipsis starts a new sentence
    from briefings.nlp.sentences import split_sentences

    assert len(split_sentences("The convoy was hit… The driver died.")) == 2


# -- session 10 --------------------------------------------------------------------------


def test_agreed_to_stop_and_begin_talks_plans_the_talks() -> None:
    # the second verb of "agreed to" needs no "to" of its own
    text = (
        "Israel and Hamas have agreed to pause the shelling of the camps and begin talks "
        "on the release of prisoners, Egypt said on Sunday."
    )
    assert ("talks", ("hamas", "israel"), "planned") in steps(text)
    # begun, not agreed to: held
    text = "Israel and Hamas agreed to a pause and started talks in Cairo on Sunday."
    assert ("talks", ("hamas", "israel"), "held") in steps(text)


def test_a_date_in_brackets_before_that_is_not_what_was_said() -> None:
    text = "Egypt announced on Friday (March 8) that the crossing would open for aid trucks."
    assert said(text) == [("egypt", None, "the crossing would open for aid trucks.")]


def test_consultations_on_the_situation_between_two_sides_are_not_theirs() -> None:
    # the sides are what a third party's meeting is about, not who meets
    text = (
        "Diplomats met behind closed doors at the UN Security Council on the situation "
        "between Russia and Ukraine."
    )
    assert steps(text) == set()
    # the sides meeting on the situation are its parties
    text = "Russia and Ukraine held talks on the situation around the nuclear plant."
    assert ("talks", ("russia", "ukraine"), "held") in steps(text)


def test_a_day_before_its_month_is_a_date_not_a_toll() -> None:
    text = "The shelling of the depot in Kharkiv on 14 May killed 9 people, Kyiv said on Friday."
    assert {(c.count, c.date) for c in run(text, published="2024-05-20").casualties} == {
        (9, "2024-05-14")
    }
    # a figure before a lower-case "may" is a count
    assert {
        c.count for c in run("At least 14 people may have been killed in Kharkiv.").casualties
    } == {14}


def test_a_weekday_right_after_a_verb_in_the_past_has_gone_by() -> None:
    # published on a Tuesday: "scrambled Monday" was yesterday, though the truce is sought
    text = "Egypt scrambled Monday to revive the truce between Israel and Hamas."
    assert {d.date for d in run(text, published="2022-10-04").diplomacy} == {"2022-10-03"}
    # what is to come points ahead
    text = "The truce between Israel and Hamas is to be signed Monday in Cairo."
    assert {d.date for d in run(text, published="2022-10-04").diplomacy} == {"2022-10-10"}


def grd(text: str, **kw) -> set[tuple]:
    return {(g.actor, g.action) for g in run(text, **kw).ground}


@pytest.mark.parametrize(
    "sentence",
    [
        # one meets a deadline, a demand, a target: no one to meet
        "Israel did not meet the March 1 deadline it set with Hamas for the pullout.",
        "Hamas said Israel must meet its demands before any release.",
        # a step something is compared with is not one
        "Netanyahu said he wanted something far bigger than a truce with Hamas.",
    ],
)
def test_a_step_word_in_another_sense_is_no_step(sentence: str) -> None:
    assert steps(sentence) == set()


def test_talks_that_broke_off_or_will_not_now_take_place_are_cancelled() -> None:
    assert steps("Talks between Israel and Hamas broke off in January.") == {
        ("talks", ("hamas", "israel"), "cancelled")
    }
    text = "The meeting of Netanyahu and Haniyeh scheduled for Sunday will not now take place."
    [d] = run(text, published="2024-03-06").diplomacy  # a Wednesday
    assert (d.status, d.date) == ("cancelled", "2024-03-10")


@pytest.mark.parametrize(
    "sentence",
    [
        "A Hamas spokesman said Rafah had not been captured by Israel.",
        "Israel hasn't captured Rafah, the army said.",
        "Hamas said it was not involved in Monday's attack on the school.",
        "Hamas denied any role in the attack on the convoy.",
        # an aim, not a deed
        "Israel has resumed its offensive to seize Rafah.",
        "Israeli troops failed to capture the hill.",
    ],
)
def test_no_capture_or_attack_that_is_denied_negated_or_only_aimed_at(sentence: str) -> None:
    assert not {a for _s, a in grd(sentence)} & {"captured", "attacked"}


def test_a_side_hit_by_strikes_did_not_strike() -> None:
    assert grd("Most of the dead were Hamas hit by air strikes near Rafah.") == set()
    assert grd("Israeli air strikes hit Rafah overnight.") == {("israel", "struck")}
    # "managed to" did it
    assert ("israel", "captured") in grd("Israeli troops managed to seize the hill on Monday.")


def test_a_word_that_starts_with_a_months_abbreviation_is_no_date() -> None:
    text = "A total of 11 Marines were killed in the blast, the army said."
    assert [c.date for c in run(text, published="2024-03-06").casualties] == [None]


def test_how_many_asks_and_counts_no_one() -> None:
    assert casualties("It is impossible to know how many people were killed in Rafah.") == set()


def test_talks_in_which_something_was_agreed_took_place() -> None:
    text = "Israel did not keep to a pullout date agreed in talks with Hamas last year."
    assert ("talks", ("hamas", "israel"), "held") in steps(text)


def test_a_claim_to_have_taken_a_town_is_a_capture_reported() -> None:
    assert ("hamas", "captured") in grd("Hamas fighters claimed to have taken control of Rafah.")


def test_a_toll_in_an_after_clause_is_not_dated_by_the_main_clause() -> None:
    text = (
        "Two weeks after gunmen killed 26 villagers near Rafah, Israel launched strikes "
        "in the early hours of 7 May."
    )
    assert [c.date for c in run(text, published="2024-05-20").casualties] == [None]


def test_a_toll_over_a_period_is_dated_by_its_end() -> None:
    text = "At least 310 people were killed between 1 January and 30 April, the UN said."
    assert [c.date for c in run(text, published="2024-05-20").casualties] == ["2024-04-30"]


@pytest.mark.parametrize(
    "sentence",
    [
        # people of a nation speak for themselves, not for its state
        "Dana Cohen, an Israeli filmmaker, told the BBC the world had turned its back.",
        "Jailed Russian activists wrote that the war had ruined the country.",
        # where one lives is not whom one speaks for
        "A shopkeeper in Kyiv said the drones came every night this week.",
        # the writer's reading of a deed is nobody's statement
        "Israel lifted curfews in the north, suggesting that the threat from Hamas was easing.",
    ],
)
def test_no_side_speaks_through_its_people_its_cities_or_the_writer(sentence: str) -> None:
    assert said(sentence) == []


def test_but_state_media_and_officials_in_a_capital_speak_for_the_state() -> None:
    assert [a for a, _s, _t in said("Russian state media said the drones were shot down.")] == [
        "russia"
    ]
    assert [a for a, _s, _t in said("Officials in Kyiv said the drones were shot down.")] == [
        "ukraine"
    ]


def test_where_and_when_after_a_closing_verb_are_not_what_was_said() -> None:
    text = (
        "Israel and Hamas have agreed to a truce in the port, Egypt's foreign minister "
        "Sameh Shoukry has said at the end of a week of talks in Cairo."
    )
    assert said(text) == [
        ("egypt", "Sameh Shoukry", "Israel and Hamas have agreed to a truce in the port")
    ]
    # a clause after the verb is what was said, whatever word opens it
    text = "The ministers were unharmed, but Egypt said at least five people were killed."
    assert said(text) == [("egypt", None, "at least five people were killed.")]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Haniyeh told Qatar's Al Jazeera satellite news channel that the fighters would stay.",
            "the fighters would stay.",
        ),
        (
            "Haniyeh said the fighters would stay, the Jerusalem Post reported.",
            "the fighters would stay",
        ),
        ("Haniyeh said the fighters would stay, according to Anadolu.", "the fighters would stay"),
    ],
)
def test_whom_it_was_told_to_and_who_passed_it_on_are_not_what_was_said(
    sentence: str, want: str
) -> None:
    assert said(sentence) == [("hamas", "Ismail Haniyeh", want)]


def test_dead_on_its_side_are_the_reporting_sides() -> None:
    text = "Israel's health ministry has reported 28 deaths on its side since the war began."
    assert {c.party for c in run(text).casualties} == {"israel"}


def test_the_warring_parties_of_an_article_of_talks_alone_are_the_configs_first_sides() -> None:
    text = (
        "The UN chief announced that the warring parties have agreed on a truce in Gaza City. "
        "Israel and Hamas had met in Cairo for a week."
    )
    assert any(
        t == "agreement" and {"hamas", "israel"} <= set(p) and s == "concluded"
        for t, p, s in steps(text)
    )
    # a config whose first two sides the article does not both name: no guess
    text = "The UN chief announced that the warring parties have agreed on a truce in Gaza City."
    assert not any(t == "agreement" for t, _p, _s in steps(text))


def test_the_last_round_of_talks_is_not_the_round_going_on() -> None:
    text = (
        "Israel and Hamas held talks in Cairo this week. "
        "The last round of talks, hosted by Qatar in 2021, collapsed after a month."
    )
    dated = {(d.status, d.date) for d in run(text).diplomacy if d.type == "talks"}
    assert ("held", None) in dated


@pytest.mark.parametrize(
    "sentence",
    [
        "Egypt urged both leaders to take steps to establish a truce and resume negotiations.",
        "Israel and Hamas must implement a truce and return to substantive negotiations.",
        "Zelenskiy asked Erdogan to begin urgent consultations on air defence.",
        "Egypt stressed the need for Israel and Hamas to return to talks without delay.",
    ],
)
def test_steps_someone_is_asked_to_take_are_only_proposed(sentence: str) -> None:
    assert {s for _t, _p, s in steps(sentence)} == {"proposed"}


def test_a_phrase_opening_the_sentence_ends_at_its_comma() -> None:
    text = "Following a summit in Ankara, Russia and Ukraine held talks on grain exports."
    assert {p for _t, p, _s in steps(text)} == {("russia", "ukraine")}


def test_a_toll_told_in_the_time_the_sentence_before_set_long_ago_is_history() -> None:
    text = (
        "The last major flare-up was in April 2016, when Russia shelled the town. "
        "Throughout the four-day campaign, 64 soldiers were killed on the Ukrainian side. "
        "On Monday, 12 soldiers were killed."
    )
    assert {c.count for c in run(text, published="2020-10-01").casualties} == {12}
    # a campaign of now is news
    text = "Russia began its offensive on Monday. Throughout the campaign, 64 soldiers were killed."
    assert {c.count for c in run(text, published="2020-10-01").casualties} == {64}


@pytest.mark.parametrize("written", ["Ismail Al Haniyeh", "Ismail al Haniyeh", "Ismail Al-Haniyeh"])
def test_a_name_is_the_same_with_a_hyphen_or_a_space(written: str) -> None:
    cfg = CONFIG.replace("Ismail Haniyeh", "Ismail al-Haniyeh")
    assert said(f"{written} said the talks would resume.", cfg=cfg)[0][0] == "hamas"


def test_dead_on_a_side_no_config_names_are_no_ones_named_before() -> None:
    text = (
        '"The toll is two dead on the Israeli side and five dead on the attackers\' side," it said.'
    )
    assert {(c.party, c.count) for c in run(text).casualties} == {("israel", 2), ("unknown", 5)}


def test_a_place_named_as_where_another_lies_is_not_the_place() -> None:
    text = "A missile hit a block of flats in the town of Brovary, near Kyiv, killing six people."
    assert [c.location for c in run(text).casualties] == ["Brovary"]
    assert [c.location for c in run("Shelling near Kharkiv killed six people.").casualties] == [
        "Kharkiv"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukraine repelled the assault near Bakhmut.",
        "Israel retaliated for the attack on its embassy.",
        "Hamas thwarted an attack on the tunnel.",
    ],
)
def test_who_meets_or_answers_an_attack_did_not_make_it(sentence: str) -> None:
    assert grd(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Hamas said two key commanders had been killed.", ("hamas", "killed", 2)),
        ("Hamas admitted to losing seven fighters.", ("hamas", "killed", 7)),
        ("Medics reported three-dozen people injured in Rafah.", ("unknown", "wounded", 36)),
    ],
)
def test_tolls_in_other_words(sentence: str, want: tuple) -> None:
    assert want in {(c.party, c.kind, c.count) for c in run(sentence).casualties}


@pytest.mark.parametrize(
    "sentence",
    [
        "Israeli and Hamas negotiators met in Egypt's capital Cairo this week.",
        "Netanyahu met Haniyeh's envoys in the Egyptian capital Cairo this week.",
    ],
)
def test_the_capital_a_step_is_held_in_is_its_place_not_a_party(sentence: str) -> None:
    [d] = run(sentence).diplomacy
    assert (d.participants, d.location) == (("hamas", "israel"), "Cairo")


# -- session 10: what a hostile review's sentences showed the new rules must leave alone ---


def test_a_noun_after_a_comma_is_no_closing_verb_of_saying() -> None:
    text = "Israeli shelling killed two fighters in Rafah, hitting a Hamas post in the city."
    facts = run(text)
    assert facts.statements == [] and [c.claimed_by for c in facts.casualties] == [None]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (
            "Israel hit Rafah on Tuesday, two days after Hamas rockets killed 3 people in "
            "Sderot, a border town, on Sunday.",
            "2024-03-03",
        ),
        (
            "Hamas's armed wing, known as the Qassam Brigades, said its fighters killed 10 "
            "soldiers in Khan Younis, a southern city, on Monday.",
            "2024-03-04",
        ),
    ],
)
def test_an_after_clause_inside_the_sentence_keeps_its_own_date(sentence: str, date: str) -> None:
    assert [c.date for c in run(sentence).casualties] == [date]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Erdogan hopes a truce can be reached at talks between Russia and Ukraine next month.",
            "held",
        ),
        ("Israel and Hamas reached a deal on Monday, more than a month after talks began.", None),
    ],
)
def test_what_may_be_reached_at_talks_and_time_counted_with_than(sentence: str, status) -> None:
    talks = {s for t, _p, s in steps(sentence) if t == "talks"}
    if status is None:
        assert talks == {"held"}  # "more than a month after talks began": talks there were
    else:
        assert status not in talks and talks  # hoped for, not held


def test_a_hyphenated_modifier_keeps_the_side_in_the_deeds_noun_phrase() -> None:
    assert ("israel", "struck") in grd("Israel's tit-for-tat strikes on Rafah continued on Monday.")


def test_cutting_a_visit_short_cancels_nothing_and_would_not_now_points_ahead() -> None:
    text = "Kuleba broke off a visit to Africa to meet Shoukry in Cairo on Monday."
    assert "cancelled" not in {s for _t, _p, s in steps(text)}
    text = "Peskov said a meeting of Putin and Erdogan would not now take place before June."
    [d] = run(text).diplomacy
    assert (d.status, d.date) == ("cancelled", "2024-06")


def test_talks_on_the_situation_with_two_sides_are_theirs() -> None:
    text = "Shoukry held talks on the situation with Israel and Hamas on Monday."
    assert {p for _t, p, _s in steps(text)} == {("egypt", "hamas", "israel")}


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Ministers in Kyiv said the drones were shot down.", "ukraine"),
        ("Western diplomats in Kyiv said the talks had stalled.", None),
        ("Russian military bloggers said the offensive had stalled.", None),
        # the writer's reading, whatever came before it
        ("Peskov spoke on Monday, suggesting that Ukraine was behind the attack.", None),
    ],
)
def test_who_speaks_for_a_state_and_who_does_not(sentence: str, actor) -> None:
    assert [a for a, _s, _t in said(sentence)] == ([actor] if actor else [])


@pytest.mark.parametrize(
    "tail", [", state media reported.", ", the agency reported on Monday.", ", Reuters reported."]
)
def test_who_passed_words_on_is_cut_off_in_lower_case_too(tail: str) -> None:
    assert said(f"Haniyeh said the fighters would stay{tail}") == [
        ("hamas", "Ismail Haniyeh", "the fighters would stay")
    ]


@pytest.mark.parametrize(
    "sentence",
    ["Russian forces never managed to capture Kyiv.", "Israel had not been able to capture Rafah."],
)
def test_a_capture_never_managed_is_none(sentence: str) -> None:
    assert not {a for _s, a in grd(sentence)} & {"captured"}


def test_sentences_split_where_a_space_was_lost_and_not_inside_a_date() -> None:
    from briefings.nlp.sentences import split_sentences

    text = "The school was hit before by Hamas.A witness said most victims were girls."
    assert [s.text for s in split_sentences(text)] == [
        "The school was hit before by Hamas.",
        "A witness said most victims were girls.",
    ]
    assert len(split_sentences("He planned the Oct 7. 2023 attack on Israel, the army said.")) == 1


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "The UN says more than 800,000 have fled their homes.",
            ("civilians", "displaced", 800_000),
        ),
        (
            "About 400 000 people have fled to Egypt, the UN said.",
            ("civilians", "displaced", 400_000),
        ),
    ],
)
def test_the_fled_in_other_words(sentence: str, want: tuple) -> None:
    assert want in {(c.party, c.kind, c.count or c.low) for c in run(sentence).casualties}


def test_tolls_joined_by_and_or_a_comma_share_the_place_told_after_the_second() -> None:
    text = "Three people were killed and six were injured in a drone attack on Ashkelon."
    assert {c.location for c in run(text).casualties} == {"Ashkelon"}
    text = "At least 10 were killed, 85 wounded in Rafah and 5 killed, 42 wounded in Khan Younis."
    assert [(c.count, c.location) for c in run(text).casualties] == [
        (10, "Rafah"),
        (85, "Rafah"),
        (5, "Khan Younis"),
        (42, "Khan Younis"),
    ]
    # another incident keeps its place to itself
    text = "Three people were killed, and 12 others died in a separate attack in Lviv."
    assert [c.location for c in run(text).casualties] == [None, "Lviv"]


# -- session 10: a second hostile review's sentences ------------------------------------


def test_a_toll_of_the_current_war_after_an_old_one_is_news() -> None:
    text = (
        "Israel and Hamas fought an 11-day war in May 2021. In the current war, more than "
        "30,000 Palestinians have been killed, the health ministry said."
    )
    assert {c.low for c in run(text).casualties} == {30_000}


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks between Israel and Hamas in Cairo broke off on Monday.",
        "Israel broke off the indirect negotiations with Hamas on Monday.",
    ],
)
def test_talks_broken_off_however_told_are_cancelled(sentence: str) -> None:
    assert {s for _t, _p, s in steps(sentence)} == {"cancelled"}


def test_a_place_outside_another_named_earlier_in_the_clause_is_the_place() -> None:
    text = "Israeli strikes in Gaza hit a school outside Khan Younis, killing 20 people."
    assert [c.location for c in run(text).casualties] == ["Khan Younis"]


def test_dead_on_its_side_are_the_clauses_subjects_not_the_claimants() -> None:
    text = "Ukraine's military said Russia had lost 500 soldiers on its side in the past day."
    assert {c.party for c in run(text).casualties} == {"russia"}


def test_guests_in_a_capital_do_not_speak_for_it() -> None:
    assert said("European foreign ministers in Kyiv said Russia must pay for the damage.") == []


def test_a_deal_to_be_implemented_is_still_a_deal() -> None:
    text = "Hamas said Israel must implement the ceasefire agreement it signed in January."
    assert {s for t, _p, s in steps(text) if t == "agreement"} == {"concluded"}


def test_a_family_losing_sons_is_no_toll_and_without_further_delay_is_no_delay() -> None:
    assert casualties("The woman, who lost two sons in the war, said she wanted peace.") == set()
    text = "Erdogan urged Russia and Ukraine to resume talks without further delay."
    assert "cancelled" not in {s for _t, _p, s in steps(text)}


def test_a_government_named_of_its_country_owns_the_countrys_names() -> None:
    cfg = """
title: t
date: 2024-03-10
actors:
  government: {name: Government of Ukraine, aliases: [Volodymyr Zelenskiy]}
  russia: {name: Russia, aliases: [Vladimir Putin]}
"""
    assert [
        a for a, _s, _t in said("The Ukrainian army said the drones were shot down.", cfg=cfg)
    ] == ["government"]


def test_vague_words_in_a_sentence_that_says_the_toll_is_unknown_count_no_one() -> None:
    text = "The final toll is not determined yet because the remains of many victims are mixed."
    assert casualties(text) == set()
    # a figure told there still counts
    text = "The toll was unclear, but at least 12 people were killed, police said."
    assert {c.low for c in run(text).casualties} == {12}


def test_a_welcome_is_a_stance_but_welcoming_a_guest_is_no_words() -> None:
    assert said("Egypt welcomed the truce between Israel and Hamas.") == [
        ("egypt", None, "welcomed the truce between Israel and Hamas.")
    ]
    assert said("Erdogan welcomed Zelenskiy to Ankara on Monday.") == []


def test_a_stance_told_by_a_spokesman_after_it_is_his_one_statement() -> None:
    text = "Egypt condemned the strike on the camp, its spokesman Sameh Shoukry said on Monday."
    assert said(text) == [("egypt", "Sameh Shoukry", "Egypt condemned the strike on the camp")]
    # a side that accuses and condemns says two things
    text = "Hamas accused Israel of starving Gaza and condemned the raids on the camps."
    assert len(said(text)) == 2


# -- session 11 --------------------------------------------------------------------------


def test_a_list_of_places_before_a_comma_is_no_speaker_but_a_list_of_speakers_is() -> None:
    text = "At the meeting in Egypt, Turkey and Qatar, Hamas said it would study the offer."
    assert {a for a, _s, _t in said(text)} == {"hamas"}
    text = "Egypt and Turkey said in a joint statement that the truce must hold."
    assert {a for a, _s, _t in said(text)} == {"egypt", "turkey"}


@pytest.mark.parametrize("joint", [", while", ", but", "; while", ";"])
def test_a_second_speakers_clause_is_not_in_the_first_speakers_words(joint: str) -> None:
    text = f"Lavrov said Russia was ready for talks{joint} Kuleba said Ukraine would not cede land."
    assert said(text) == [
        ("russia", "Sergei Lavrov", "Russia was ready for talks"),
        ("ukraine", "Dmytro Kuleba", "Ukraine would not cede land."),
    ]
    # what he says that another said stays his
    text = "Lavrov said talks would resume and that Kuleba said so too."
    assert ("russia", "Sergei Lavrov", "talks would resume and that Kuleba said so too.") in said(
        text
    )


def test_a_titled_persons_given_name_may_be_a_countrys() -> None:
    text = (
        "Israeli Defence Minister Israel Katz said the army would press on. "
        "Katz said Hamas must disarm."
    )
    assert said(text) == [
        ("israel", "Israel Katz", "the army would press on."),
        ("israel", "Israel Katz", "Hamas must disarm."),
    ]


INSURGENCY = """
title: Insurgency brief
date: 2024-03-10
actors:
  government: {name: Cameroonian government, aliases: [Paul Biya]}
  separatists: {name: Ambazonian separatists, aliases: [separatists]}
  un: {name: United Nations}
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine soldiers were killed in an ambush on Monday, the separatists said.",
        "Gunmen killed three gendarmes at a checkpoint on Monday, the separatists said.",
        "The separatists fight on. An attack on the convoy killed all 12 soldiers on board.",
    ],
)
def test_unnamed_soldiers_in_a_states_war_with_an_insurgency_are_the_states(
    sentence: str,
) -> None:
    assert {c.party for c in run(sentence, cfg=INSURGENCY).casualties} == {"government"}
    # a story that names neither side is of another war; one that names another
    # state the config lists does not say whose they are
    assert {c.party for c in run(sentence.split(". ")[-1]).casualties} <= {"unknown", "civilians"}
    text = f"The UN and Canada called for talks. {sentence}"
    cfg = INSURGENCY + "  canada: {name: Canada}\n"
    assert {c.party for c in run(text, cfg=cfg).casualties} == {"unknown"}


def test_unnamed_soldiers_stay_unknown_where_both_sides_are_states_or_the_state_killed() -> None:
    # two states at war: whose soldiers is not said
    text = "Nine soldiers were killed on Monday."
    assert {c.party for c in run(text, cfg=KARABAKH).casualties} == {"unknown"}
    # the state killed them: not its own
    text = "Government forces killed nine soldiers who had defected, a rights group said."
    assert "government" not in {c.party for c in run(text, cfg=INSURGENCY).casualties}
    # the dead the state's forces killed are not the state's own dead told before
    text = (
        "The separatists said they killed 20 soldiers. The army said its forces repelled "
        "the attack, killing more than 50 and forcing the rest to flee."
    )
    assert [(c.party, c.count) for c in run(text, cfg=INSURGENCY).casualties if c.low == 50] in (
        [("unknown", None)],
        [("unknown", 50)],
        [("separatists", 50)],
        [("separatists", None)],
    )


def test_a_datelines_day_then_a_figure_of_its_own() -> None:
    text = "KYIV, March 18 — Eight people were killed in a missile strike, officials said."
    assert {(c.kind, c.count) for c in run(text).casualties} == {("killed", 8)}
    # a range of figures is still one
    assert {(c.low, c.high) for c in run("Between 18 and twenty people died.").casualties} == {
        (18, 20)
    }


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("At least three young cricketers were killed in the strike.", 3),
        ("After the murder of four indigenous minors, the army deployed.", 4),
        ("The shelling led to the slaughter of 21 villagers.", 21),
        ("The killings of 12 farmers sparked protests.", 12),
        ("Rebels were blamed for the execution of at least four elders.", 4),
    ],
)
def test_victims_by_who_they_were_and_killings_told_as_nouns(sentence: str, count: int) -> None:
    assert {(c.kind, c.count or c.low) for c in run(sentence).casualties} == {("killed", count)}


def test_a_body_named_after_the_verb_at_the_end_is_the_speaker() -> None:
    text = (
        "Five aid workers were killed in an Israeli strike, said the Gaza government media office."
    )
    facts = run(text)
    assert all("media office" in (c.claimed_by or "") for c in facts.casualties)
    assert all(s.text != "the Gaza government media office." for s in facts.statements)
    text = "Russian troops shelled the village overnight, said a local official."
    assert [s.actor for s in run(text).statements] == []


@pytest.mark.parametrize(
    "tail", [", a charge Hamas denies.", ", which Hamas denies.", ", claims Hamas has rejected."]
)
def test_an_accusation_the_other_side_denies_is_two_positions(tail: str) -> None:
    from briefings.analysis.positions import theme

    facts = run(f"Israel accuses Hamas of hiding weapons in hospitals{tail}")
    got = {(s.actor, theme(s), s.text) for s in facts.statements}
    assert ("israel", "accuses", "accuses Hamas of hiding weapons in hospitals") in got
    assert {(a, t) for a, t, _x in got} == {("israel", "accuses"), ("hamas", "denies")}


def test_a_negated_verb_of_saying_with_an_adverb_says_nothing() -> None:
    assert said("Russia has not officially acknowledged the strikes.") == []
    assert said("Hamas has not yet formally responded to the offer.") == []


def test_two_titles_of_one_person_and_a_long_arabic_name() -> None:
    cfg = CONFIG + "  qatar: {name: Qatar, aliases: [Sheikh Mohammed bin Abdulrahman Al Thani]}\n"
    text = (
        "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani "
        "welcomed the deal. He said the hostages must be freed."
    )
    assert [(a, s) for a, s, _t in said(text, cfg=cfg)] == [
        ("qatar", "Sheikh Mohammed bin Abdulrahman Al Thani"),
        ("qatar", "Sheikh Mohammed bin Abdulrahman Al Thani"),
    ]
    # a list of sides is still a list
    assert {a for a, _s, _t in said("Egypt and Turkey said the truce must hold.")} == {
        "egypt",
        "turkey",
    }


def test_casualties_told_apart_are_no_toll_of_the_wounded_and_who_documented_them() -> None:
    text = "UNAMA documented at least 16 civilian casualties (one killed, 15 injured) in Kunar."
    facts = run(text)
    assert {(c.kind, c.count, c.claimed_by) for c in facts.casualties} == {
        ("killed", 1, "UNAMA"),
        ("wounded", 15, "UNAMA"),
    }
    text = "The mission recorded 2,788 civilian casualties: 1,081 killed and 1,707 injured."
    assert {(c.kind, c.count) for c in run(text).casualties} == {
        ("killed", 1081),
        ("wounded", 1707),
    }
    # casualties not told apart stay what the text says
    assert {c.kind for c in run("The shelling caused 40 casualties.").casualties} == {"wounded"}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Russia and Ukraine ended four days of negotiations in Istanbul without agreement.",
            {("agreement", "not_planned")},
        ),
        (
            "Hamas' demand that a ceasefire agreement with Israel include an end to the war "
            "was rejected.",
            {("agreement", "proposed")},
        ),
        (
            "The row began over a mooted ceasefire between Israel and Hamas.",
            {("agreement", "proposed")},
        ),
        (
            "Egypt backs a return to the original proposal — a 60-day ceasefire between Israel "
            "and Hamas.",
            {("agreement", "proposed")},
        ),
        (
            "Hamas had turned down several offers during faltering talks with Israel.",
            {("talks", "held")},
        ),
    ],
)
def test_a_deal_without_agreement_demanded_mooted_or_proposed_is_not_made(
    sentence: str, want: set
) -> None:
    got = {(t, s) for t, _p, s in steps(sentence)}
    assert want <= got
    assert ("agreement", "concluded") not in got


def test_a_span_of_days_takes_the_year_written_after_it() -> None:
    text = "Clashes raged in the town from June 24 to 25, 2023, killing 40 people."
    assert [c.date for c in run(text, published=None).casualties] == ["2023-06-25"]
    text = "Russia and Ukraine held talks in Istanbul on March 4-5, 2022."
    assert [d.date for d in run(text, published="2024-03-06").diplomacy] == ["2022-03-05"]


@pytest.mark.parametrize(
    "between",
    [
        "“It was a night of hell,” said Amal Haddad, 65, a mother of five from the city.",
        "In the town, a resident told reporters she had lost her home.",
    ],
)
def test_he_or_she_after_someone_the_config_does_not_name_is_not_the_leader_before(
    between: str,
) -> None:
    text = (
        "Netanyahu said the strikes would go on. "
        f"{between} "
        "“We thought it was over but the war is back,” she told reporters."
    )
    assert [s for _a, s, _t in said(text)] == ["Benjamin Netanyahu"]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Three separatist fighters were killed near Bamenda.", {("separatists", "killed", 3)}),
        (
            "More than 1,200 people including separatists, police and soldiers have been killed.",
            {("unknown", "killed", 1200)},
        ),
        (
            "An estimated 5,475 people (782 households) were forced to flee their villages.",
            {("civilians", "displaced", 5475)},
        ),
        (
            "At least nine children and a woman were killed when a shell hit a house.",
            {("civilians", "killed", 9), ("civilians", "killed", 1)},
        ),
        (
            "Nineteen men, five women and two children were killed in the raid.",
            {("civilians", "killed", 19), ("civilians", "killed", 5), ("civilians", "killed", 2)},
        ),
        (
            "Ten prisoners including five Britons, some of whom had been sentenced to death, "
            "were freed.",
            set(),
        ),
    ],
)
def test_victims_told_in_lists_asides_and_by_adjective(sentence: str, want: set) -> None:
    got = {(c.party, c.kind, c.count or c.low) for c in run(sentence, cfg=INSURGENCY).casualties}
    assert got == want


def test_one_victim_with_several_words_before_the_noun() -> None:
    text = "An Israeli special forces commander was killed during the operation."
    assert {(c.party, c.count) for c in run(text).casualties} == {("israel", 1)}


def test_a_leaders_aide_named_after_him_speaks_and_a_region_of_a_country_is_the_region() -> None:
    assert [(a, s) for a, s, _t in said("Putin aide Yuri Ushakov said the talks stalled.")] == [
        ("russia", "Yuri Ushakov")
    ]
    assert [(a, s) for a, s, _t in said("Putin spokesman Dmitry Peskov said it was over.")] == [
        ("russia", "Dmitry Peskov")
    ]
    # a leader meeting someone else's titled man is not his
    text = "Netanyahu met French President Emmanuel Macron, who said the war must end."
    assert "israel" not in {a for a, _s, _t in said(text)}
    text = "Three people were killed in the Donetsk region of Ukraine."
    assert [c.location for c in run(text).casualties] == ["Donetsk"]
    text = "In the nearby region of Volyn, three people were killed by a missile."
    assert [c.location for c in run(text).casualties] == ["Volyn"]


def test_a_speaker_named_after_the_verb_is_the_titled_person_not_his_office() -> None:
    text = "The truce was extended to Friday, said Kremlin spokesman Dmitry Peskov."
    assert [(a, s) for a, s, _t in said(text)] == [("russia", "Dmitry Peskov")]


def test_a_country_as_the_beat_of_a_job_at_another_body_is_no_speaker() -> None:
    text = "Jane Roe, Ukraine researcher at Amnesty International, said the strike was unlawful."
    assert "ukraine" not in {a for a, _s, _t in said(text)}


# -- session 11: what a hostile review's sentences showed the new rules must leave alone ---


@pytest.mark.parametrize(
    "sentence",
    [
        "Two Jordanian soldiers were killed in a border shooting, the separatists said.",
        "Nine soldiers from Chad were killed in the ambush, the separatists said.",
        "The separatists attacked a base. Four soldiers were killed, French officials said.",
    ],
)
def test_soldiers_of_another_state_or_police_are_not_the_state_at_wars(sentence: str) -> None:
    assert "government" not in {c.party for c in run(sentence, cfg=INSURGENCY).casualties}
    # a side that is no insurgency may have police of its own (Gaza's)
    text = "Hamas fights on. Six police officers were killed in an air strike, officials said."
    assert "israel" not in {c.party for c in run(text).casualties}


@pytest.mark.parametrize(
    "sentence",
    [
        "An assault on the city would lead to the slaughter of thousands of people.",
        "Police said the cell was plotting the murder of 50 hostages.",
        "The group threatened the execution of 20 hostages.",
        "Crowds commemorated the massacre of 800,000 people in the genocide.",
    ],
)
def test_a_killing_told_as_a_noun_that_is_feared_planned_or_remembered_is_no_toll(
    sentence: str,
) -> None:
    assert run(sentence).casualties == []


def test_guard_in_a_name_and_armed_youths_are_no_civilians() -> None:
    text = "A Revolutionary Guard commander was killed in the strike."
    assert {c.party for c in run(text).casualties} == {"unknown"}
    text = "Troops killed 15 youths armed with rifles."
    assert "civilians" not in {c.party for c in run(text).casualties}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Hamas insisted that the ceasefire agreed with Israel in January be implemented.",
            "concluded",
        ),
        (
            "Israel and Hamas agreed on the plan, a six-week ceasefire that took effect.",
            "concluded",
        ),
        ("Netanyahu's offer, a ceasefire in Gaza, was accepted by Hamas.", "concluded"),
        ("A truce between Israel and Hamas was mooted in Cairo.", "proposed"),
    ],
)
def test_a_deal_in_force_stays_made_and_a_mooted_one_is_proposed(sentence: str, want: str) -> None:
    assert {s for t, _p, s in steps(sentence, published="2024-03-06") if t == "agreement"} == {want}


def test_an_aside_of_another_speaker_inside_the_words_keeps_the_first_speaker() -> None:
    text = "Kuleba said Russia's proposal, which Lavrov said was final, was unacceptable."
    assert ("ukraine", "Dmytro Kuleba") in {(a, s) for a, s, _t in said(text)}
    text = "Russia claims Kyiv rejected every offer of talks."
    assert ("russia", None, "Kyiv rejected every offer of talks.") in said(text)
    text = "Egypt's Foreign Minister and Erdogan said the truce must hold."
    assert {a for a, _s, _t in said(text)} == {"egypt", "turkey"}


def test_a_sum_of_casualties_far_from_a_killed_and_wounded_pair_stays() -> None:
    text = (
        "Russian shelling killed three and wounded five in Kherson, while a strike on "
        "Kharkiv caused 20 casualties."
    )
    assert 20 in {c.count for c in run(text).casualties}
    text = "Israeli strikes killed 20 civilians in Rafah. The strikes went on, killing 12."
    assert {(c.party, c.count) for c in run(text).casualties} == {
        ("civilians", 20),
        ("civilians", 12),
    }


@pytest.mark.parametrize(
    "between",
    [
        "A woman who lost her son in the strike said she had nothing left.",
        "A mother of five said the night was hell.",
        "A man in Rafah told Reuters he had nothing left.",
    ],
)
def test_he_or_she_after_an_unnamed_person_speaks_is_not_the_leader(between: str) -> None:
    text = f"Netanyahu said the strikes would go on. {between} She said the war must end."
    assert [s for _a, s, _t in said(text)] == ["Benjamin Netanyahu"]


def test_a_span_across_two_months_is_dated_by_its_end() -> None:
    text = "Clashes raged in the town from June 30 to July 2, 2023, killing 40 people."
    assert [c.date for c in run(text, published=None).casualties] == ["2023-07-02"]


def test_a_sides_officer_quoted_at_length_and_a_government_named_without_its_kind() -> None:
    cfg = """
title: t
date: 2024-03-10
actors:
  government: {name: Ethiopian government, aliases: [Abiy Ahmed]}
  fano: {name: Fano, aliases: [Fano militia]}
  region: {name: Amhara regional government}
"""
    text = "“We took the town at will,” said a public relations officer for the Fano group."
    assert [a for a, _s, _t in said(text, cfg=cfg)] == ["fano"]
    text = "The Amhara government said the army was conducting a joint operation."
    assert [a for a, _s, _t in said(text, cfg=cfg)] == ["region"]
    text = "The army said it killed more than 300 fighters from the Fano militia."
    assert {c.party for c in run(text, cfg=cfg).casualties} == {"fano"}


def test_a_yearless_date_of_an_undated_article_is_near_the_days_it_dates_in_full() -> None:
    text = (
        "Talks resumed in Havana on February 6, 2022. "
        "Nine soldiers were killed on August 3 in the north, the army said."
    )
    assert [c.date for c in run(text, published=None).casualties] == ["2021-08-03"]
    # a month's abbreviation with its stop right before the day
    text = "Two soldiers were killed in an assault on a base on Sept.17, the army said."
    assert [c.date for c in run(text, published="2023-10-01").casualties] == ["2023-09-17"]


def test_a_figure_on_its_side_is_the_speakers_own() -> None:
    text = "Hamas said nine on its side were killed and 12 wounded."
    assert {(c.party, c.kind, c.count) for c in run(text).casualties} == {
        ("hamas", "killed", 9),
        ("hamas", "wounded", 12),
    }


def test_footage_that_shows_the_dead_is_no_report_of_the_claimant_before() -> None:
    text = (
        "The health ministry said 40 people were killed. "
        "Video footage from the scene showed at least 47 bodies recovered from the rubble."
    )
    assert {(c.count or c.low, c.claimed_by) for c in run(text).casualties} == {
        (40, "health ministry"),
        (47, None),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkey will facilitate talks between Russia and Ukraine in Istanbul.",
        "Turkey has announced that it will help facilitate talks between Russia and Ukraine.",
    ],
)
def test_a_side_that_will_facilitate_talks_mediates_them(sentence: str) -> None:
    [d] = run(sentence).diplomacy
    assert (d.participants, d.mediators) == (("russia", "ukraine"), ("turkey",))


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Russia and Ukraine carried out a prisoner swap on Friday.", "concluded"),
        ("Hamas proposed a prisoner exchange with Israel.", "proposed"),
        ("Kyiv said a new prisoner swap with Russia was under discussion.", "proposed"),
    ],
)
def test_an_exchange_of_prisoners_is_an_agreement(sentence: str, want: str) -> None:
    assert {(t, s) for t, _p, s in steps(sentence)} == {("agreement", want)}


def test_the_sides_or_the_parties_are_the_two_named_before() -> None:
    text = (
        "Russia and Ukraine sent delegations to Istanbul. "
        "During the meeting, the sides agreed to set up a joint centre."
    )
    assert ("agreement", ("russia", "ukraine"), "concluded") in steps(text)


# -- session 11: a second hostile review's sentences ------------------------------------


def test_a_demonym_before_a_verb_and_a_group_is_still_the_state_acting() -> None:
    text = "Israeli soldiers attacked militants in Jenin on Monday, the army said."
    assert ("israel", "attacked") in grd(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine soldiers were killed by separatists in an ambush near Bamenda on Tuesday.",
        "Nine soldiers were killed, separatists said on Tuesday.",
        "Three policemen were killed when separatists attacked a checkpoint.",
    ],
)
def test_the_states_soldiers_and_police_beside_the_insurgents_named(sentence: str) -> None:
    assert {c.party for c in run(sentence, cfg=INSURGENCY).casualties} == {"government"}


def test_a_nominal_killing_warned_of_after_it_happened_is_a_toll() -> None:
    text = "The UN warned on Tuesday that the massacre of at least 40 villagers was a crime."
    assert {c.low for c in run(text).casualties} == {40}


def test_a_sum_of_casualties_with_its_parts_after_a_comma_or_semicolon() -> None:
    for text in (
        "The strike caused 16 casualties, among them one dead and 15 injured.",
        "The strike caused 16 casualties; one person was killed and 15 were injured.",
    ):
        assert sorted(c.count for c in run(text).casualties) == [1, 15]


def test_an_undated_articles_background_date_does_not_pull_todays_news_back() -> None:
    text = (
        "Hamas attacked Israel on October 7, 2023. "
        "On March 4, an Israeli strike killed 12 people in Rafah."
    )
    assert [c.date for c in run(text, published=None).casualties] == ["2024-03-04"]


def test_a_host_of_a_guest_is_a_party_and_blocking_a_swap_makes_none() -> None:
    text = "Erdogan will host Putin in Ankara next month for talks."
    assert all("turkey" in p for _t, p, _s in steps(text))
    text = "Kuleba accused Russia of blocking a prisoner swap."
    assert "concluded" not in {s for _t, _p, s in steps(text)}
    text = (
        "Israel struck Hamas in Rafah on Monday. "
        "In Jerusalem, the parties agreed to form a new government."
    )
    assert ("hamas", "israel") not in {p for _t, p, _s in steps(text)}


def test_a_sides_unnamed_doctor_still_speaks_for_it() -> None:
    text = "An Israeli army doctor in Gaza said the hospital had been used by Hamas."
    assert [a for a, _s, _t in said(text)] == ["israel"]


def test_the_ministry_is_the_ministry_named_before() -> None:
    text = (
        "Russia's defence ministry said the drones were downed. "
        "The ministry added that the talks had stalled."
    )
    assert [a for a, _s, _t in said(text)] == ["russia", "russia"]


def test_voicing_concern_is_a_statement_and_voices_are_a_noun() -> None:
    text = "Egypt voiced deep concern at the fighting in Rafah."
    assert said(text) == [("egypt", None, "deep concern at the fighting in Rafah.")]
    assert said("Voices of dissent in Egypt were silenced.") == []


def test_bodies_brought_to_hospitals_are_the_dead() -> None:
    text = "The health ministry said 79 bodies had been brought to hospitals in the past day."
    assert {(c.kind, c.count) for c in run(text).casualties} == {("killed", 79)}
    # the wounded taken to hospital stay wounded
    text = "Twelve wounded were taken to hospital."
    assert {c.kind for c in run(text).casualties} == {"wounded"}


def test_a_deal_made_after_another_is_not_that_deal() -> None:
    # the truce named after "after"/"despite" is set against the new deal, not its word
    for text in (
        "Russia and Ukraine agreed on Thursday to exchange prisoners days after the truce.",
        "Russia and Ukraine agreed on Thursday to swap the bodies of soldiers despite the "
        "ceasefire.",
    ):
        deals = [d for d in run(text).diplomacy if d.type == "agreement"]
        assert deals and all(d.term not in ("ceasefire", "truce") for d in deals), text
    # the deal's own noun is still its word
    text = "Russia and Ukraine agreed to a ceasefire on Thursday after talks in Istanbul."
    assert {d.term for d in run(text).diplomacy if d.type == "agreement"} == {"ceasefire"}


def test_an_undated_article_keeps_the_day_of_the_week_a_step_was_on() -> None:
    text = "Russia and Ukraine agreed to a ceasefire on Saturday after talks in Istanbul."
    (deal,) = [d for d in run(text, published=None).diplomacy if d.type == "agreement"]
    assert (deal.date, deal.weekday) == (None, 5)
    # a dated article dates it, and the day of the week is not kept beside the date
    (deal,) = [d for d in run(text).diplomacy if d.type == "agreement"]
    assert (deal.date, deal.weekday) == ("2024-03-02", None)
    # the end of a span, or the day it begins, is not the day of the step
    for text in (
        "Russia and Ukraine agreed on a ceasefire lasting until Sunday.",
        "Russia and Ukraine agreed to a four-day truce, beginning on Friday.",
    ):
        assert all(d.weekday is None for d in run(text, published=None).diplomacy), text


def test_who_helped_a_step_come_about_mediates_it_with_whoever_is_named_beside() -> None:
    for text in (
        "Egypt and Qatar mediated the talks between Israel and Hamas on Monday.",
        "Egypt and Qatar helped broker the ceasefire between Israel and Hamas on Monday.",
        "Israel and Hamas agreed to a ceasefire on Monday. Egypt and Qatar played an "
        "important role in facilitating the deal.",
    ):
        (step,) = run(text).diplomacy
        assert step.participants == ("hamas", "israel"), text
        assert set(step.mediators) == {"egypt", "Qatar"}, text


def test_one_victim_who_died_and_police_by_any_name_are_counted() -> None:
    assert ("unknown", "killed", 1, None, None, False) in casualties(
        "A border guard died in the shelling on Monday."
    )
    assert ("unknown", "killed", 1, None, None, False) in casualties(
        "The gunmen fled after killing a policeman."
    )
    assert ("unknown", "wounded", 3, None, None, False) in casualties(
        "Three cops were injured in the clashes."
    )
    # border guards are a state's men, and guard its border for it
    assert ("ukraine", "killed", 2, None, None, False) in casualties(
        "Russian shelling killed two Ukrainian border guards."
    )
    # a death long ago of no war is no toll
    assert not casualties("A man died of a heart attack in 1990.")


def test_a_part_of_a_whole_is_counted_not_the_whole() -> None:
    assert {c[:3] for c in casualties("Four of the 25 gunmen were killed in the raid.")} == {
        ("unknown", "killed", 4)
    }
    assert {c[:3] for c in casualties("The raid left four of the 25 gunmen dead.")} == {
        ("unknown", "killed", 4)
    }
    # the whole when the part's fate is no toll: they are all still held
    text = "About 15 of the 60 hostages still in captivity are thought to be alive."
    assert {c[:3] for c in casualties(text)} == {("civilians", "captured", 60)}
    # the whole with a toll of its own is that toll
    for text in (
        "Six of the 20 dead were women.",
        "12 of the 40 soldiers who were killed in the battle were reservists.",
    ):
        assert {c[2] for c in casualties(text)} == {20 if "20" in text else 40}, text
    assert ("unknown", "wounded", 12) in {
        c[:3] for c in casualties("Two of the 12 people wounded in the blast died in hospital.")
    }


def test_a_deal_drawing_near_is_not_made_yet() -> None:
    for text in (
        "Russia and Ukraine are close to reaching a ceasefire deal, Turkey said.",
        "Erdogan said on Monday that a truce between Russia and Ukraine is close.",
        "Russia and Ukraine are on the verge of a prisoner exchange deal.",
        "The last obstacles to reaching a Russia-Ukraine truce are minor, Turkey said.",
    ):
        assert {st for t, _p, st in steps(text) if t == "agreement"} == {"proposed"}, text
    # (a deal made, near a place, is made)
    text = "Russia and Ukraine agreed a truce near Kherson on Monday."
    assert {st for t, _p, st in steps(text) if t == "agreement"} == {"concluded"}


def test_the_day_a_deal_ended_or_another_event_names_is_not_the_day_it_was_made() -> None:
    for text in (
        "Heavy fighting resumed in Gaza on Friday as the truce between Israel and Hamas expired.",
        "Israel and Hamas agreed to a truce in the war that followed the October 7 attack.",
    ):
        assert [d.date for d in run(text).diplomacy if d.type == "agreement"] == [None], text
    # the day it was agreed is still its day, whatever it ends or whatever ended before
    for text, day in (
        ("Israel and Hamas agreed on Wednesday to a truce that will start on Friday.", "06"),
        ("Russia and Ukraine agreed on Tuesday to halt strikes on power plants.", "05"),
        ("Israel and Hamas agreed on Friday to a new truce after the old one expired.", "01"),
    ):
        assert [d.date for d in run(text).diplomacy] == [f"2024-03-{day}"], text


def test_who_tells_that_two_sides_agreed_is_no_party() -> None:
    for text in (
        "Egypt's foreign ministry said on Wednesday Israel and Hamas have agreed on a truce.",
        "Turkey said that Russia and Ukraine had agreed to swap prisoners.",
    ):
        (deal,) = [d for d in run(text).diplomacy if d.type == "agreement"]
        assert "egypt" not in deal.participants and "turkey" not in deal.participants, text
        assert len(deal.participants) == 2, text
    # but who says they met someone is a party, and so is who is named again in it
    assert steps("Egypt said it had held talks with Hamas on Monday.") == {
        ("talks", ("egypt", "hamas"), "held")
    }
    text = "Russia said Ukraine and Turkey had agreed to hold talks with it in Istanbul."
    assert all("russia" in d.participants for d in run(text).diplomacy)


def test_an_undated_step_on_a_weekday_is_not_dated_by_a_later_day_of_another() -> None:
    text = (
        "Israel and Hamas agreed early on Wednesday to a truce. "
        "The deal frees hostages taken on Saturday, October 7."
    )
    (deal,) = [d for d in run(text, published=None).diplomacy if d.type == "agreement"]
    assert (deal.date, deal.weekday) == (None, 2)


def test_what_was_said_is_neither_the_medium_nor_the_dateline_nor_a_bare_of() -> None:
    assert said(
        "Talks with Kyiv are possible, Dmitry Peskov said in a video recording released on Tuesday."
    ) == [("russia", "Dmitry Peskov", "Talks with Kyiv are possible")]
    assert said(
        "ODESA (Wire): A cargo ship struck last week sank near the port, Dmitry Peskov said."
    ) == [("russia", "Dmitry Peskov", "A cargo ship struck last week sank near the port")]
    assert [
        t for _a, _s, t in said("Hamas warned of its plan to strike ships bound for Israel.")
    ] == ["warned of its plan to strike ships bound for Israel."]


def test_displaced_people_killed_are_civilians_killed() -> None:
    for text in (
        "An airstrike on the school killed 14 displaced people.",
        "Fourteen displaced people were killed when shells hit the camp.",
    ):
        assert {c[:3] for c in casualties(text)} == {("civilians", "killed", 14)}, text
    # counted as driven from home, they are still the displaced
    assert {c[:3] for c in casualties("The camp now shelters 9,000 displaced people.")} == {
        ("civilians", "displaced", 9000)
    }


def test_each_figure_keeps_its_own_verb_and_a_part_shares_the_wholes() -> None:
    assert {c[:3] for c in casualties("Eight people died, 31 were injured, medics said.")} == {
        ("unknown", "killed", 8),
        ("unknown", "wounded", 31),
    }
    text = "At least 30 people were killed, including six civilians, and 75 injured."
    assert ("civilians", "killed", 6) in {c[:3] for c in casualties(text)}
    # people in need are no toll; caregivers are civilians
    text = "The siege has left thousands dead and two million people facing famine."
    assert all(c[2] != 2_000_000 for c in casualties(text))
    assert {c[:3] for c in casualties("Two caregivers were killed in the raid.")} == {
        ("civilians", "killed", 2)
    }


def test_a_truce_that_failed_is_over() -> None:
    text = "The truce between Russia and Ukraine failed within hours."
    assert {st for t, _p, st in steps(text) if t == "agreement"} == {"cancelled"}


def test_a_call_held_with_someone_is_a_call_and_a_call_for_something_is_not() -> None:
    assert steps("Erdogan held a call with Putin on Monday.") == {
        ("call", ("russia", "turkey"), "held")
    }
    assert steps("Erdogan held separate calls overnight with Putin and Zelenskiy.") == {
        ("call", ("russia", "turkey"), "held"),
        ("call", ("turkey", "ukraine"), "held"),
    }
    assert not any(
        t == "call" for t, _p, _s in steps("Erdogan renewed his call for talks with Russia.")
    )
    # a call something was said in took place, whatever was said of what is to come
    text = "During a call with Putin on Monday, Erdogan said Turkey would keep mediating."
    assert ("call", ("russia", "turkey"), "held") in steps(text)
    assert steps("Erdogan will hold a call with Putin on Friday.") == {
        ("call", ("russia", "turkey"), "planned")
    }


def test_according_to_a_titled_person_is_that_person_and_the_dead_remembered_are_no_toll() -> None:
    text = "According to Ukrainian Prime Minister Denys Shmyhal, 105 soldiers were killed."
    assert [(a, s) for a, s, _t in said(text)] == [("ukraine", "Denys Shmyhal")]
    assert not casualties("Erdogan laid a wreath to honour the 8,000 men killed in the massacre.")
    # the dead of these days honoured are still counted
    assert casualties("Mourners honoured the 12 soldiers killed on Monday.")


def test_more_verbs_of_saying_and_whom_they_tell_is_not_what() -> None:
    for text, want in (
        ("Peskov affirmed that Russia remains open to talks.", "Russia remains open to talks."),
        (
            "Lavrov complained that the West blocks any settlement.",
            "the West blocks any settlement.",
        ),
        (
            "Kuleba reminded the allies that Ukraine needs air defence.",
            "Ukraine needs air defence.",
        ),
    ):
        assert [t for _a, _s, t in said(text)] == [want], text
    assert said("Zelenskiy lambasted the Kremlin for shelling civilians in Kharkiv.")
    text = '"The corridor is open," Erdogan remarked at a rally.'
    assert said(text) == [("turkey", "Recep Tayyip Erdogan", "The corridor is open")]
    # (the noun says nothing: "remarks by X")
    assert said("Remarks by Peskov on Monday angered Kyiv.") == []


def test_soldiers_of_a_nation_that_is_no_side_are_not_the_claimants() -> None:
    # whose force they served in the text does not say: not the claimant's own
    assert {
        c[:3] for c in casualties("More than 40 Hungarian soldiers were hurt, Peskov said.")
    } == {("unknown", "wounded", 40)}
    # unnamed, a side's soldiers it reports are its own
    assert {c[:3] for c in casualties("Two soldiers were killed overnight, Peskov said.")} == {
        ("russia", "killed", 2)
    }


def test_a_sides_acronym_spelt_out_in_the_article_stays_that_side() -> None:
    cfg = """
title: t
date: 2024-03-10
actors:
  mission: {name: UNKOM, aliases: [United Nations Kosovo Observer Mission]}
  serbia: {name: Serbia}
"""
    text = (
        "The United Nations Kosovo Observer Mission (UNKOM) said it was alarmed by the "
        "fighting. UNKOM said all sides must stop shooting at once."
    )
    assert [a for a, _s, _t in said(text, cfg=cfg)] == ["mission", "mission"]


def test_talks_between_one_side_and_its_rival_named_in_apposition_are_theirs() -> None:
    text = (
        "Egypt and Turkey welcomed the start of talks between Israel and its foe, the "
        "militant group Hamas."
    )
    assert steps(text) == {("talks", ("hamas", "israel"), "held")}


def test_second_review_breaks_stay_fixed() -> None:
    # a toll told beside a commemoration is still today's
    assert casualties(
        "As Ukraine marked the anniversary of the invasion, a Russian strike killed 14 people."
    )
    assert casualties("Mourners gathered to honour the 12 people killed in the missile strike.")
    # a camp's displaced are no dead of the strike on it
    text = "Strikes on a camp housing 12,000 displaced people killed at least 20 people."
    assert {c[2] or c[3] for c in casualties(text) if c[1] == "killed"} == {20}
    # a side's own unit named by its initials is still its own
    assert {
        c[0] for c in casualties("The Israeli military said two IDF soldiers were killed.")
    } == {"israel"}
    # who fight for others are not their nation's
    assert "Chad" not in {
        c[0] for c in casualties("The army said it killed 30 Chadian mercenaries.")
    }
    # who tells of a step he took himself is its party
    assert steps("Erdogan said that he spoke with Putin on Monday.") == {
        ("call", ("russia", "turkey"), "held")
    }
    # people in need killed are killed; people in need are no toll
    assert casualties("The strike killed 12 people facing starvation in the camp.")
    assert not [
        c for c in casualties("Two million people face famine in the region.") if c[2] == 2_000_000
    ]
    # an appeal for talks is no call; a proposal that failed is still a proposal
    assert not any(
        t == "call"
        for t, _p, _s in steps("Erdogan renewed calls for talks between Russia and Ukraine.")
    )
    text = "Hamas said the Israeli proposal for a truce failed to meet its demands."
    assert "cancelled" not in {st for _t, _p, st in steps(text)}
    # a relative "that" is not whom they told
    text = "Zelenskiy warned the ceasefire that was agreed in January could collapse."
    assert [t for _a, _s, t in said(text)] == [
        "the ceasefire that was agreed in January could collapse."
    ]
    # "according to" an official in a leader's office is the official's
    text = "According to an Israeli official in Benjamin Netanyahu's office, the talks failed."
    assert [s for _a, s, _t in said(text)] != ["Benjamin Netanyahu"]


def test_the_name_of_a_war_is_no_place_of_a_step() -> None:
    text = "A truce in the Israel-Hamas war began on Friday in Gaza, Egypt said."
    assert [d.location for d in run(text).diplomacy if d.type == "agreement"] == ["Gaza"]
    text = "Russia and Ukraine agreed a truce in the Donbas war."
    assert [d.location for d in run(text).diplomacy] == [None]


def test_a_deadline_does_not_date_a_deal_made() -> None:
    text = "Russia and Ukraine agreed to swap all prisoners by Friday."
    assert [d.date for d in run(text).diplomacy] == [None]
    # a step to come keeps its deadline as the day it is set for
    text = "Russia and Ukraine will sign a peace deal by March 18."
    assert [d.date for d in run(text).diplomacy] == ["2024-03-18"]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the part of a toll is a figure of its own part, whatever verb follows it
        ("At least 40 people were killed, including six children, and 75 others were "
         "wounded in the shelling.",
         {("unknown", "killed", 40, None), ("civilians", "killed", 6, "children"),
          ("unknown", "wounded", 75, None)}),
        # the verb before the whole, and a second part joined to the first
        ("The strikes killed 30 people, including 12 children and six women, and wounded 50.",
         {("unknown", "killed", 30, None), ("civilians", "killed", 12, "children"),
          ("civilians", "killed", 6, "women"), ("unknown", "wounded", 50, None)}),
        # a verb that takes no object, then another toll of its own
        ("Nine people died including two young children and 14 people were injured.",
         {("unknown", "killed", 9, None), ("civilians", "killed", 2, "children"),
          ("unknown", "wounded", 14, None)}),
        # the young of a force are of that force, no civilians; men may be either
        ("At least 40 soldiers, including 12 teenagers, died in the ambush.",
         {("unknown", "killed", 40, None)}),
        ("Forty Hamas members, including 12 boys, were killed in the strikes.",
         {("hamas", "killed", 40, None)}),
        ("Israeli strikes killed 15 people, including nine men.",
         {("unknown", "killed", 15, None)}),
    ],
)  # fmt: skip
def test_the_parts_of_a_toll_are_figures_of_their_own(sentence: str, want: set) -> None:
    got = {(c.party, c.kind, c.count or c.low, c.group) for c in run(sentence).casualties}
    assert got == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a deal declared over, or come to its end, is over
        ("Hamas responded by declaring the end of the ceasefire with Israel.",
         ("agreement", ("hamas", "israel"), "cancelled")),
        ("Kyiv responded by declaring the 2015 ceasefire with Moscow null and void.",
         ("agreement", ("russia", "ukraine"), "cancelled")),
        ("The truce between Israel and Hamas came to an end last month.",
         ("agreement", ("hamas", "israel"), "cancelled")),
        ("Kyiv declared the truce with Moscow over on Monday.",
         ("agreement", ("russia", "ukraine"), "cancelled")),
        # a step to come as of a past day, and one to be attended
        ("Kuleba and Lavrov were to meet later on Thursday in Antalya.",
         ("meeting", ("russia", "ukraine"), "planned")),
        ("The meeting would be attended by Kuleba and Lavrov, state media reported.",
         ("meeting", ("russia", "ukraine"), "planned")),
        # a deal hoped for, worked on, or awaited is no deal made
        ("Kuleba and Lavrov met in the hope of agreeing a ceasefire.",
         ("agreement", ("russia", "ukraine"), "proposed")),
        ("Kyiv and Moscow have been working hard on a deal for a week.",
         ("agreement", ("russia", "ukraine"), "proposed")),
        ("Ukraine told Russia its envoys were unwelcome in Kyiv before a ceasefire.",
         ("agreement", ("russia", "ukraine"), "proposed")),
    ],
)  # fmt: skip
def test_a_deal_declared_over_and_a_step_to_come_or_only_sought(sentence: str, want: tuple) -> None:
    assert want in steps(sentence, published="2024-03-05")


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the present is the news of now, whatever day it names
        ("Kuleba and Lavrov are holding talks in Antalya.",
         ("talks", ("russia", "ukraine"), "held")),
        ("Israel and Hamas are holding talks in Cairo for a third day on Tuesday.",
         ("talks", ("hamas", "israel"), "held")),
        # a truce declared for a holiday is made; one that did not meet was not planned
        ("Putin declared a 30-hour ceasefire with Ukraine over Easter.",
         ("agreement", ("russia", "ukraine"), "concluded")),
        ("Putin and Zelenskiy were to have met in Istanbul on Thursday, but Putin stayed away.",
         ("meeting", ("russia", "ukraine"), "held")),
        # what went on before a truce that came, in the past
        ("Fighting between Israel and Hamas would rage for seven weeks before a truce in "
         "November.", ("agreement", ("hamas", "israel"), "concluded")),
        # a truce that came after a "before" was made
        ("Fighting between Russia and Ukraine raged before a truce took effect on Monday.",
         ("agreement", ("russia", "ukraine"), "concluded")),
        # "until the end of the truce": a day to come, the truce still on
        ("Russia and Ukraine agreed to hold fire until the end of the truce on Friday.",
         ("agreement", ("russia", "ukraine"), "concluded")),
    ],
)  # fmt: skip
def test_the_present_of_now_and_a_truce_that_came_stay_as_told(sentence: str, want: tuple) -> None:
    assert want in steps(sentence, published="2024-03-05")


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel and Hamas prepared for the end of the truce on Friday.",
        "The ceasefire between Israel and Hamas is set to come to an end at midnight.",
    ],
)
def test_an_end_to_come_ends_no_truce(sentence: str) -> None:
    assert not any(status == "cancelled" for _, _, status in steps(sentence))


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a deal of the article's own news, though named with "the"
        ("The ceasefire between Russia and Ukraine was agreed after midnight.",
         ("agreement", ("russia", "ukraine"), "concluded")),
    ],
)  # fmt: skip
def test_a_deal_made_is_news_though_named_with_the(sentence: str, want: tuple) -> None:
    assert want in steps(sentence, published="2024-03-05")


REBELS_AND_BODIES = """
title: A state, a rebel coalition and the bodies that mediate
date: 2031-01-10
actors:
  chad: {name: Chad, aliases: [Chadian army]}
  front: {name: Coalition for the North, aliases: [CFN]}
  un: {name: United Nations, aliases: [UN]}
  lakes: {name: International Conference on the Lakes, aliases: [ICL]}
"""


def test_the_one_rebel_side_is_the_rebels_whatever_bodies_mediate() -> None:
    text = "Five rebels were killed in clashes near the border, the army said."
    got = {(c.party, c.count) for c in run(text, cfg=REBELS_AND_BODIES).casualties}
    assert got == {("front", 5)}


def test_it_after_a_quote_is_not_a_side_named_inside_the_quote() -> None:
    text = (
        'Hamas said in a statement that it had fired at Israeli troops. "The occupation '
        'forces of Israel will pay for every crime," it added.'
    )
    got = {(s.actor, s.text[:30]) for s in run(text).statements}
    assert ("hamas", "The occupation forces of Israe") in got
    assert not any(actor == "israel" for actor, _ in got)


@pytest.mark.parametrize(
    ("sentence", "published", "want"),
    [
        # told on a Monday, the present of Wednesday's meeting is a step to come
        ("Zelenskiy and Erdogan are joining Putin in a meeting in Ankara on Wednesday.",
         "2024-03-04", ("meeting", ("russia", "turkey", "ukraine"), "planned", "2024-03-06")),
        ("Hopes faded before Russia, Ukraine and Turkey hold a summit in Ankara on Friday.",
         "2024-03-04", ("meeting", ("russia", "turkey", "ukraine"), "planned", "2024-03-08")),
        ("Kuleba is travelling to Ankara on Friday for a meeting with Erdogan.",
         "2024-03-04", ("visit", ("turkey", "ukraine"), "planned", "2024-03-08")),
        # the day of the story, or the day before it (a wire story dated next morning)
        ("Putin and Erdogan are meeting in Sochi on Wednesday, the Kremlin said.",
         "2024-03-06", ("meeting", ("russia", "turkey"), "held", "2024-03-06")),
        ("Russia and Ukraine are holding talks in Antalya for a third day on Tuesday.",
         "2024-03-06", ("talks", ("russia", "ukraine"), "held", "2024-03-05")),
        # the weekday of another verb, or a past one
        ("Russia and Ukraine are holding talks in Antalya that began on Monday.",
         "2024-03-08", ("talks", ("russia", "ukraine"), "held", "2024-03-04")),
        ("Russia and Ukraine held talks in Antalya on Sunday.",
         "2024-03-06", ("talks", ("russia", "ukraine"), "held", "2024-03-03")),
    ],
)  # fmt: skip
def test_a_gathering_told_in_the_present_on_a_weekday_ahead_is_to_come(
    sentence: str, published: str, want: tuple
) -> None:
    got = {(d.type, d.participants, d.status, d.date) for d in run(sentence, published).diplomacy}
    assert want in got


def test_a_part_of_a_country_named_as_the_topic_is_no_party() -> None:
    text = "Erdogan and Kuleba held talks on the conflict in eastern Ukraine's Donbas region."
    assert ("talks", ("turkey", "ukraine"), "held") in steps(text)
    text = "Erdogan met Putin in a diplomatic push for peace in eastern Ukraine."
    assert steps(text) == {("meeting", ("russia", "turkey"), "held")}


def test_a_bare_figure_after_a_sides_toll_is_that_sides_and_a_sample_is_no_toll() -> None:
    text = "Six Ukrainian soldiers were killed on Monday and more than 100 wounded, Kyiv said."
    got = {(c.party, c.kind, c.count or c.low) for c in run(text).casualties}
    assert got == {("ukraine", "killed", 6), ("ukraine", "wounded", 100)}
    for text in (
        "Researchers interviewed 42 displaced residents of the town.",
        "Reporters spoke to more than 30 wounded fighters in the hospital.",
    ):
        assert run(text).casualties == []
    # who was driven out is still a toll
    assert casualties("Shelling displaced 42 residents of the town, officials said.")


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the dead of a past event told by its year, in the clause after it
        ("It was the deadliest clash since their 1999 war, when Ukraine lost around 80 "
         "soldiers while over 300 Russian troops were killed.", set()),
        ("The clash on Monday was the first deadly one since 1995, when four Ukrainian "
         "soldiers were killed in an ambush.", set()),
        # today's toll beside it stays; a total since that year is a total
        ("At least 20 Ukrainian soldiers were killed on Monday, the deadliest since the 1999 "
         "clashes, when 80 died.", {("ukraine", "killed", 20)}),
        ("Since 1995, when the two sides fought a war, 20 soldiers have been killed on the "
         "border.", {("unknown", "killed", 20)}),
    ],
)  # fmt: skip
def test_the_dead_of_a_past_event_told_by_its_year_are_history(sentence: str, want: set) -> None:
    assert {(c.party, c.kind, c.count or c.low) for c in run(sentence).casualties} == want


def test_the_au_peace_and_security_council_is_the_au_and_speaks() -> None:
    text = "The AU Peace and Security Council urged Russia and Ukraine to resume talks."
    facts = run(text)
    assert [(s.actor, s.speaker) for s in facts.statements] == [
        ("African Union", "AU Peace and Security Council")
    ]
    assert all("UN" not in d.participants for d in facts.diplomacy)


def test_what_a_truce_itself_suspends_is_no_end_of_it() -> None:
    text = "Israel and Hamas began a ceasefire suspending a 15-month-old war on Sunday."
    assert ("agreement", ("hamas", "israel"), "concluded") in steps(text, published="2025-01-20")
    text = "Israel suspended the ceasefire with Hamas on Sunday."
    assert ("agreement", ("hamas", "israel"), "cancelled") in steps(text, published="2025-01-20")


def test_the_rebels_speak_only_as_the_subject_of_their_verb() -> None:
    said = {(s.actor, s.text) for s in run('"The rebels control the town," he said.',
                                           cfg=REBELS_AND_BODIES).statements}  # fmt: skip
    assert not any(actor == "front" for actor, _ in said)
    said = {(s.actor, s.text) for s in run("The rebels said they had taken the town.",
                                           cfg=REBELS_AND_BODIES).statements}  # fmt: skip
    assert ("front", "they had taken the town.") in said


def test_rebels_named_as_another_groups_are_not_the_configured_rebels() -> None:
    for text in ("Syrian rebels attacked the border post.", "Dozens of Karen rebels fled."):
        assert not any(m.actor == "front" for m in _mentions(text, REBELS_AND_BODIES))
    for text in ("Five rebels were killed.", "The Chad-backed rebels attacked the post."):
        assert any(m.actor == "front" for m in _mentions(text, REBELS_AND_BODIES))


def _mentions(text: str, cfg: str) -> list:
    from briefings.nlp.actors import Lexicon

    return Lexicon(config(cfg)).find(text)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a reaction in the present to a past meeting is no plan
        ("Erdogan is facing criticism over his meeting with Putin in Sochi on Friday.",
         ("meeting", ("russia", "turkey"), "held")),
        ("Erdogan and Zelenskiy shake hands as they hold talks in Istanbul on Friday.",
         ("talks", ("turkey", "ukraine"), "held")),
    ],
)  # fmt: skip
def test_the_present_of_another_verb_plans_no_past_meeting(sentence: str, want: tuple) -> None:
    assert want in steps(sentence, published="2024-03-06")


def test_a_total_that_runs_on_after_a_past_event_told_by_its_year_stays() -> None:
    text = (
        "Since the 2014 war, when Russia seized Crimea, more than 12,000 Ukrainian "
        "civilians have been killed, the UN says."
    )
    assert ("civilians", "killed", 12000) in {
        (c.party, c.kind, c.count or c.low) for c in run(text, published="2025-06-01").casualties
    }
    text = (
        "The 2014 war, in which more than 2,200 Palestinians were killed, was shorter than "
        "the current war, in which more than 30,000 have been killed."
    )
    got = {c.count or c.low for c in run(text, published="2025-06-01").casualties}
    assert got == {30000}


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels, who rarely give a toll, said on Tuesday they had lost seven fighters.",
        "Rebels in Ostra said they would not return fire.",
        "Rebel authorities said the shelling had stopped.",
    ],
)
def test_the_rebels_still_speak_through_an_aside_a_place_or_their_officials(sentence: str) -> None:
    assert any(s.actor == "front" for s in run(sentence, cfg=REBELS_AND_BODIES).statements)


def test_women_and_children_are_one_part_of_a_toll() -> None:
    text = "Strikes killed 40 people, including 25 women and children."
    got = {(c.party, c.count, c.group) for c in run(text).casualties}
    assert got == {("unknown", 40, None), ("civilians", 25, "women and children")}


def test_a_call_to_a_counterpart_named_after_the_title_is_a_call() -> None:
    for text in (
        "Lavrov called his Turkish counterpart Hakan Fidan on Sunday.",
        "Lavrov called his counterpart Hakan Fidan, and they discussed the grain deal.",
    ):
        got = steps(text, published="2024-03-05")
        assert {(t, p, s) for t, p, s in got} == {("call", ("russia", "turkey"), "held")}, text


def test_a_deal_to_be_signed_is_planned_on_the_day_of_its_signing() -> None:
    for text in (
        "The agreement between Russia and Turkey will be signed on Thursday.",
        "The agreement between Russia and Turkey is due to be signed in Istanbul on Thursday.",
    ):
        facts = run(text, published="2024-03-04")
        assert [(d.type, d.participants, d.status, d.date) for d in facts.diplomacy] == [
            ("agreement", ("russia", "turkey"), "planned", "2024-03-07")
        ], text
    # a deal to be announced is made already: no step to come
    assert steps("Putin and Erdogan will announce the agreement.") == set()


def test_a_truce_broken_is_not_dated_by_the_breaking() -> None:
    facts = run("Israel broke a ceasefire with Hamas in early January.", published="2024-03-04")
    assert [d.date for d in facts.diplomacy if d.type == "agreement"] in ([], [None])


def test_sides_that_agree_to_meet_make_a_meeting_to_come_not_a_deal() -> None:
    for text in (
        "Lavrov and Hakan Fidan agreed to hold a bilateral meeting.",
        "Russia and Turkey agreed to resume talks.",
    ):
        got = steps(text, published="2024-03-04")
        assert {t for t, _p, _s in got} <= {"meeting", "talks"} and got, text
        assert {s for _t, _p, s in got} == {"planned"}, text
    # a call and the meeting agreed on in it are two steps
    got = steps("Putin and Erdogan spoke by phone and agreed to meet in Sochi.")
    assert {(t, s) for t, _p, s in got} == {("call", "held"), ("meeting", "planned")}


def test_who_condemns_an_attack_made_it_not() -> None:
    for text in (
        "Egypt strongly condemned the terrorist attack on the train.",
        "Turkey and Egypt condemned the terrorist attack.",
    ):
        assert run(text).ground == [], text
    # a verb after a plural subject is still the side's deed
    got = {(g.actor, g.action) for g in run("Hamas fighters attack Israeli posts.").ground}
    assert got == {("hamas", "attacked")}


def test_who_reacts_to_an_attack_made_it_not() -> None:
    for text in (
        # an adjective in quotes, a day before the noun, a verb of blame
        'President Erdogan denounced the "heinous" attack on Monday, saying it hit worshippers.',
        "Egypt listed the cell as a terrorist group over its role in the May 9 attack.",
        "Turkey lambasted the bombing, calling it barbaric.",
        # a participle made an adjective by a word of degree
        "Egypt asked for more targeted relief for the families in Gaza.",
    ):
        assert run(text).ground == [], text
    # "it" after a side named is the side: its deed
    got = _moves("After the raid, Israel said it struck Hamas posts in Rafah.")
    assert ("israel", "struck") in got


def test_a_visiting_guest_is_a_side_and_his_people_no_place() -> None:
    text = (
        "Netanyahu and visiting Egyptian counterpart Mostafa Madbouly met in Jerusalem on Monday."
    )
    assert {(d.participants, d.location) for d in run(text).diplomacy} == {
        (("egypt", "israel"), "Jerusalem")
    }
    # who hosts a visiting guest meets him: no mediator
    [d] = run(
        "Erdogan hosted visiting Egyptian President Abdel Fattah al-Sisi on Monday."
    ).diplomacy
    assert (d.participants, d.mediators) == (("egypt", "turkey"), ())


def test_a_deal_with_a_long_name_is_dated_and_placed_by_its_own_signing() -> None:
    text = (
        "A grain agreement between Russia and the Ukrainian government of Volodymyr "
        "Zelenskiy was signed in Istanbul on 22 July 2023."
    )
    facts = run(text, published="2023-07-25")
    assert [(d.type, d.status, d.date, d.location) for d in facts.diplomacy] == [
        ("agreement", "concluded", "2023-07-22", "Istanbul")
    ]
    # a deal told before, to be signed on a day: a step to come of its own
    text = (
        "Russia and Ukraine reached a grain deal on Wednesday. The agreement is expected "
        "to be signed Friday in Istanbul."
    )
    facts = run(text, published="2023-07-20")
    assert {(d.status, d.date) for d in facts.diplomacy} == {
        ("concluded", "2023-07-19"),
        ("planned", "2023-07-21"),
    }


def test_a_surname_two_configured_people_share_is_the_one_named_in_full() -> None:
    cfg = (
        "title: t\ndate: 2024-03-10\nactors:\n"
        "  north: {name: Northland, aliases: [Ahmed Sharif Kadri, Talal Kadri]}\n"
    )
    text = (
        "Lieutenant General Ahmed Sharif Kadri told reporters the operation was over. "
        "Kadri said the army had taken part."
    )
    assert [s for _a, s, _t in said(text, cfg=cfg)] == ["Ahmed Sharif Kadri"] * 2
    text = "Minister Talal Kadri spoke first. Kadri said the army had taken part."
    assert [s for _a, s, _t in said(text, cfg=cfg)][-1] == "Talal Kadri"
    # one of another side, with his side before the surname, stays his
    cfg = (
        "title: t\ndate: 2024-03-10\nactors:\n"
        "  north: {name: Northland Front, aliases: [Hazim Qadir]}\n"
        "  south: {name: Southland Movement, aliases: [Naim Qadir]}\n"
    )
    text = (
        "Northland Front spokesman Hazim Qadir said the talks had stalled. Southland "
        "Movement chief Qadir said the group would respond."
    )
    assert [(a, s) for a, s, _t in said(text, cfg=cfg)] == [
        ("north", "Hazim Qadir"),
        ("south", "Naim Qadir"),
    ]


def test_a_move_asked_for_or_owed_is_no_move_made() -> None:
    for text in (
        "Russia must withdraw its troops from Kherson.",
        "Egypt urged Israel to withdraw its forces from Rafah.",
        "Turkey demanded that Russia withdraw from the border villages.",
    ):
        assert run(text).ground == [], text
    got = {(g.actor, g.action) for g in run("Russia withdrew its troops from Kherson.").ground}
    assert got == {("russia", "withdrew")}
    # insisting that a deed was done tells it, by whom the insisting clause names
    for text in (
        "Ukraine insisted that Russian forces shelled the villages overnight.",
        "Ukraine insisted Russian forces shelled the villages overnight.",
        "Kyiv alleged Russian forces shelled the villages overnight.",
    ):
        got = {(g.actor, g.action) for g in run(text).ground}
        assert got == {("russia", "shelled")}, text


def test_a_deed_to_come_is_no_deed_done() -> None:
    for text in (
        "Russia will attack Kharkiv again, the Kremlin said.",
        "Russian forces may strike Odesa again.",
        "Russia is preparing to capture Pokrovsk.",
        "Russia plans to shell the port overnight.",
        "Ukraine said it was ready to repel any Russian attack.",
        "Kyiv warned of an imminent Russian offensive near Sumy.",
        "Russian forces will not withdraw from Kherson.",
    ):
        assert run(text).ground == [], text
    for text in (
        "Russian forces continued to strike Odesa.",
        "Russia began to withdraw its troops from Kherson.",
        "Russia launched a retaliatory strike on Odesa.",
    ):
        assert {g.actor for g in run(text).ground} == {"russia"}, text


def test_what_may_befall_someone_is_no_deed_done() -> None:
    for text in (
        "It is common for villagers to be attacked by Russian forces, Ukraine said.",
        "Farmers near the border fear being shelled by Russian forces.",
    ):
        assert run(text).ground == [], text
    for text in (
        "The depot appeared to be hit by Russian forces.",
        "After being attacked by Russian forces, the convoy turned back.",
        "It was the third hospital to be struck by Russian forces this month.",
    ):
        assert {g.actor for g in run(text).ground} == {"russia"}, text


# A state, its foreign helpers and two armed groups: "the rebels" are neither.
SAHEL = """
title: Sahel brief
date: 2024-08-01
actors:
  mali: {name: Mali, aliases: [Malian army]}
  wagner: {name: Wagner Group, aliases: [Wagner]}
  csp: {name: CSP-DPA, aliases: [CSP]}
  jnim: {name: JNIM}
"""


def test_who_is_in_a_part_of_a_country_does_not_speak_for_it() -> None:
    text = "Separatist rebels in northern Mali reported that they killed 84 soldiers."
    facts = run(text, cfg=SAHEL)
    assert [c.claimed_by for c in facts.casualties] == [None]
    assert [s.actor for s in facts.statements] == []
    # officials there still do
    facts = run("Officials in northern Mali said 40 people were killed.", cfg=SAHEL)
    assert [c.claimed_by for c in facts.casualties] == ["mali"]


def test_victims_from_a_group_described_before_its_name_are_its_own() -> None:
    text = (
        "Separatist rebels said they killed 84 fighters from the private military company "
        "Wagner and 47 Malian soldiers."
    )
    got = [(c.party, c.count) for c in run(text, cfg=SAHEL).casualties]
    assert got == [("wagner", 84), ("mali", 47)]


def test_a_people_of_a_state_does_not_speak_for_it() -> None:
    for text in (
        "A Malian Tuareg commander said the town had fallen.",
        "Malian Fulani leaders rejected the deal.",
    ):
        assert said(text, cfg=SAHEL) == [], text
    assert {a for a, _s, _t in said("The Malian army said the town had fallen.", cfg=SAHEL)} == {
        "mali"
    }


def test_he_is_not_the_person_he_speaks_of() -> None:
    text = (
        "Benjamin Netanyahu said the army would press on. Ismail Haniyeh called for a "
        "truce. He also accused Haniyeh of stalling the talks."
    )
    got = [(a, s) for a, s, t in said(text) if t.startswith("accused")]
    assert got == [("israel", "Benjamin Netanyahu")]
    # but the person named later as the one who speaks may be he
    text = (
        "Recep Tayyip Erdogan spoke on Thursday. Vladimir Putin landed in Ankara on "
        'Friday. "We came to talk," he said, and Putin told reporters the visit would be '
        "long."
    )
    got = [(a, s) for a, s, t in said(text) if t.startswith("We came")]
    assert got == [("russia", "Vladimir Putin")]


def test_review_fifteen_what_the_new_rules_must_leave_alone() -> None:
    # a former envoy speaking as his state's is still its; one who holds an office now too
    for text in (
        "Russia's former ambassador to Ukraine said Kyiv had rejected the offer.",
        "Former Russian President Dmitry Medvedev, now deputy chairman of Russia's Security "
        "Council, said Ukraine would be crushed.",
    ):
        # (the words said are the envoy's; a stance told in them is its side's too)
        assert {a for a, _s, t in said(text) if not t.startswith("rejected")} == {"russia"}, text
    # agreeing to talks and signing a deal in one sentence: both
    got = steps("Russia and Ukraine agreed to open talks on a ceasefire and signed a grain deal.")
    assert {(t, s) for t, _p, s in got} == {("agreement", "concluded"), ("talks", "planned")}
    # talks agreed on one day for another are dated by the other
    facts = run(
        "Russia and Ukraine agreed on Friday to resume talks in Istanbul on Monday.",
        published="2024-03-06",
    )
    assert [(d.type, d.status, d.date) for d in facts.diplomacy] == [
        ("talks", "planned", "2024-03-11")
    ]
    # a two-letter name before a spaced dash is no dateline
    got = steps("UK -Turkish talks on the crisis were held in London on Tuesday.")
    assert {t for t, _p, _s in got} == {"talks"}
    # a deed claimed against a side stays its deed
    assert {
        (g.actor, g.action) for g in run("Russia said Ukraine had staged the attack.").ground
    } == {("ukraine", "attacked")}
    # no part of a toll named by a word for anyone, but members of a force are a part
    text = "The attack killed 22 people, including 14 members of the same family."
    assert [c.group for c in run(text).casualties] == [None]
    text = "Ukraine lost 19 soldiers, including 17 members of the armed forces."
    assert [(c.party, c.count) for c in run(text).casualties] == [("ukraine", 19), ("ukraine", 17)]
    # a state's governor speaks for it
    text = "The governor of a province in eastern Ukraine said 33 civilians were killed."
    assert [c.claimed_by for c in run(text).casualties] == ["ukraine"]


def test_places_with_particles_of_and_a_country_after_a_comma() -> None:
    text = "Putin and Erdogan met in Dar es Salaam, Tanzania, on Monday."
    facts = run(text, published="2024-03-06")
    assert [(d.participants, d.location) for d in facts.diplomacy] == [
        (("russia", "turkey"), "Dar es Salaam")
    ]
    text = "Shelling killed nine soldiers in the Democratic Republic of Congo on Monday."
    assert [c.location for c in run(text).casualties] == ["Democratic Republic of Congo"]


def test_an_adjective_of_who_lives_there_is_no_place() -> None:
    text = "Fighting killed 51 people in the Tatar-majority province of Sevrin."
    assert [c.location for c in run(text).casualties] == ["Sevrin"]


def test_a_toll_of_far_more_than_the_civilians_told_before_is_no_sides() -> None:
    text = (
        "More than 13 people were killed when a drone hit a school sheltering displaced "
        "families. The clashes have escalated into violence in which more than 1,000 people "
        "were killed."
    )
    assert [(c.party, c.low or c.count) for c in run(text).casualties] == [
        ("civilians", 13),
        ("unknown", 1000),
    ]


def test_the_state_an_envoy_is_posted_to_is_no_side() -> None:
    cfg = CONFIG + "  us: {name: United States, aliases: [Tom Barrack]}\n"
    text = (
        "U.S. Ambassador to Turkey Tom Barrack announced that Israel and Hamas had agreed "
        "to an American-brokered ceasefire."
    )
    facts = run(text, cfg=cfg)
    assert [(d.participants, d.mediators) for d in facts.diplomacy] == [
        (("hamas", "israel"), ("us",))
    ]
    assert {s.actor for s in facts.statements} == {"us"}
    # an ambassador named only by the posting speaks for no one named
    assert said("The ambassador to Turkey said the truce would hold.") == []


def test_who_welcomes_two_sides_deal_is_no_party_and_the_owners_are() -> None:
    got = steps("Egypt welcomed Israel and Hamas's agreement to extend the truce.")
    assert {p for _t, p, _s in got} == {("hamas", "israel")}
    got = steps("Israel and Hamas welcomed their agreement to extend the truce.")
    assert {p for _t, p, _s in got} == {("hamas", "israel")}
    # with words between the owner and its step
    for text, sides in (
        ("Norway hosted Ukraine's peace talks with Russia in Oslo in 2023.", ("russia", "ukraine")),
        ("Israel's long-stalled truce with Hamas collapsed in 2023.", ("hamas", "israel")),
    ):
        assert {p for _t, p, _s in steps(text)} == {sides}, text


def test_who_drafted_a_deal_or_what_is_done_under_it_leaves_it_in_force() -> None:
    opening = "Russian forces shelled Kharkiv and Ukraine struck Belgorod. "
    for text in (
        "It is a week since the start of a Turkish-proposed ceasefire.",
        "In exchange, 300 Ukrainian prisoners will be freed under the Istanbul ceasefire deal.",
    ):
        assert {st for _t, _p, st in steps(opening + text)} == {"concluded"}, text
    # but a deal still to be signed is to come
    text = opening + "Prisoners will be freed under a deal to be signed on Thursday."
    assert {st for _t, _p, st in steps(text)} == {"planned"}


def test_a_question_or_a_crosshead_tells_no_step() -> None:
    opening = "Russian forces shelled Kharkiv and Ukraine struck Belgorod. "
    for text in (
        "Why does nobody tell us whether there is a ceasefire?",
        "A fragile truce",
    ):
        assert steps(opening + text) == set(), text
    assert steps(opening + "Russia and Ukraine sign truce") == {
        ("agreement", ("russia", "ukraine"), "concluded")
    }


def test_a_day_in_the_life_of_a_deal_is_not_the_day_it_was_made() -> None:
    opening = "Russian forces shelled Kharkiv and Ukraine struck Belgorod. "
    for text in (
        "A fragile ceasefire between Russia and Ukraine faced its first test on Sunday.",
        "Turkey's envoys flew to Kyiv on Monday to shore up the ceasefire between Russia "
        "and Ukraine.",
        "The ceasefire between Russia and Ukraine went into effect at noon on Friday (March 1).",
    ):
        facts = run(opening + text)
        assert [d.date for d in facts.diplomacy if d.type == "agreement"] in ([], [None]), text
    # a later sentence's day is the deal's only when it tells of the deal itself
    text = (
        opening + "Russia and Ukraine agreed to a ceasefire. The army said it was "
        "implementing the ceasefire, and aid would resume on Monday."
    )
    assert [d.date for d in run(text).diplomacy if d.type == "agreement"] == [None]
    # the day of making it still dates it
    text = opening + "Russia and Ukraine agreed a ceasefire on Monday."
    assert [d.date for d in run(text).diplomacy] == ["2024-03-04"]


def test_a_deed_told_of_done_to_someone_or_aimed_at_has_no_doer_here() -> None:
    for text in (
        # done to its subject, by no one named
        "Russian positions near Kherson were shelled overnight.",
        "Ukrainian depots have been effectively destroyed.",
        # told of by a side, not done by it
        "The Kremlin confirmed the attack on Belgorod.",
        "Zelenskiy described the raid as a very successful attack.",
        # a thing that grows, an aim, a deed given up
        "The talks stalled over Russia's rapidly advancing drone programme.",
        "Russia said it had achieved the goals of the operation to destroy the bridges.",
        "Ukraine would halt its strikes provided Russia stopped attacking the port.",
    ):
        assert run(text).ground == [], text
    for text in (
        "Kherson was recaptured by Russian forces.",
        "Russian troops advancing on Avdiivka met fierce resistance.",
        "Russian troops were advancing inside the town.",
        "Russia continued attacking Kharkiv.",
        "Kharkiv is regularly bombarded by Russian warplanes.",
        "Kharkiv was hit hard by Russian missiles.",
    ):
        assert [g.actor for g in run(text).ground] == ["russia"], text


def test_talks_that_will_no_longer_happen_are_called_off_and_none_wanted_are_not_planned() -> None:
    for text in (
        "The Russia-Ukraine talks, which were set for Sunday in Istanbul, will not take place now.",
        "Turkey said the next round of talks between Russia and Ukraine will no longer proceed.",
    ):
        assert {st for _t, _p, st in steps(text)} == {"cancelled"}, text
    for text in (
        "Putin said he wasn't particularly interested in restarting talks with Ukraine.",
        "The talks between Russia and Ukraine will not take place.",
    ):
        assert {st for _t, _p, st in steps(text)} == {"not_planned"}, text


def test_the_day_a_toll_was_told_or_a_war_began_is_no_day_of_the_deaths() -> None:
    for text in (
        "At least 20 civilians were killed in Kharkiv, the ministry said on Tuesday.",
        "Ukraine said on March 5 that at least 610 civilians had been killed.",
        "The talks were the first since fighting over the region, which both sides claim, "
        "erupted on Feb. 24, killing hundreds of civilians.",
    ):
        assert [c.date for c in run(text).casualties] == [None], text
    for text, day in (
        (
            "At least 20 civilians were killed in Kharkiv on Monday, the ministry said.",
            "2024-03-04",
        ),
        ("Fighting erupted on Monday in Kharkiv, killing five civilians.", "2024-03-04"),
    ):
        assert [c.date for c in run(text).casualties] == [day], text


def test_a_sides_ministry_in_the_config_is_no_person() -> None:
    cfg = CONFIG + "  armenia: {name: Armenia, aliases: [Armenia's Defense Ministry]}\n"
    text = "Armenia’s Ministry of Foreign Affairs said the text of the treaty was agreed."
    assert [(a, s) for a, s, _t in said(text, cfg=cfg)] == [
        ("armenia", "Armenia’s Ministry of Foreign Affairs")
    ]


def test_who_speaks_after_a_phrase_that_opens_the_sentence_is_its_subject() -> None:
    text = (
        "Almost a day after the summit between Russia and Ukraine in Istanbul, Turkish "
        "Foreign Minister Hakan Fidan commented on it, saying that the talks must go on."
    )
    assert {a for a, _s, _t in said(text)} == {"turkey"}


def test_sides_a_topic_lies_between_are_no_parties_to_a_call() -> None:
    text = (
        "Erdogan welcomed progress in a peace bid between Moscow and Kyiv during a phone "
        "call with Vladimir Putin."
    )
    assert {p for _t, p, _s in steps(text)} == {("russia", "turkey")}
    # but talks on what lies between them are theirs
    text = "Turkey hosted talks on the dispute between Russia and Ukraine."
    assert {p for _t, p, _s in steps(text)} == {("russia", "ukraine")}


def test_a_day_opening_the_sentence_dates_its_step_however_long_the_names() -> None:
    text = (
        "On 4 March, Russian President Vladimir Putin and Ukrainian President Volodymyr "
        "Zelenskiy signed an agreement."
    )
    assert [d.date for d in run(text).diplomacy] == ["2024-03-04"]


def test_a_chance_seized_a_deed_kept_from_happening_or_done_by_none_is_no_move() -> None:
    for text in (
        "Turkey will help efforts aimed at seizing this opportunity for peace, Fidan said.",
        "Kyiv said the deal would prevent troops from third countries deploying along the border.",
        "Moscow said the old accords remain valid and none of the parties has withdrawn from them.",
    ):
        assert run(text).ground == [], text
    for text in (
        "Ukraine said its positions were fired upon by Russian forces near Vovchansk.",
        "Russian forces kept up their attacks on Kharkiv.",
        "Russian forces seized the town of Avdiivka.",
    ):
        assert [g.actor for g in run(text).ground] == ["russia"], text
    # whom a place was taken from took nothing
    got = {(g.actor, g.action) for g in run("Kherson, liberated from Russia, was calm.").ground}
    assert got == set()


def test_a_weapon_as_subject_or_a_deed_named_as_a_noun_has_no_doer_from_who_tells_it() -> None:
    for text in (
        "Ukraine said on Sunday that a missile targeted an apartment block in Kharkiv.",
        "A drone struck a bus in Kherson, Ukraine said.",
        "Kyiv denied Moscow's allegations regarding the bombing of Belgorod.",
        "Russia denounced the intensive shelling of Belgorod.",
        "Zelenskiy described the Kharkiv attack as a war crime.",
    ):
        assert run(text).ground == [], text
    for text in (
        "Ukraine said a Russian drone struck a bus in Kherson.",
        "Russian forces were bombing Kharkiv overnight.",
        "Russia continued the shelling of Kharkiv.",
        "Ukraine said the Russian army shelled Kharkiv.",
    ):
        assert [g.actor for g in run(text).ground] == ["russia"], text
    for text in (
        "Russia has been waging a punishing bombing campaign in Kharkiv.",
        "Russia claimed responsibility for a bombing in Kherson.",
        "Kyiv said Russia was behind the attack on the dam.",
    ):
        assert [g.actor for g in run(text).ground] == ["russia"], text
    assert run("Russia denied its forces were behind the Kharkiv attack.").ground == []


def test_meetings_held_separately_are_one_each() -> None:
    cfg = CONFIG + "  us: {name: United States, aliases: [Antony Blinken]}\n"
    text = (
        "Antony Blinken met separately with Dmytro Kuleba on Wednesday and Sergei Lavrov "
        "on Tuesday."
    )
    assert {p for _t, p, _s in steps(text, cfg=cfg)} == {("ukraine", "us"), ("russia", "us")}


def test_a_caption_of_a_meeting_on_its_day_is_a_meeting_held() -> None:
    text = "Dmytro Kuleba meets with Hakan Fidan in Ankara, March 5, 2024."
    assert steps(text) == {("meeting", ("turkey", "ukraine"), "held")}


def test_a_question_put_to_a_speaker_tells_no_step() -> None:
    opening = "Russian forces shelled Kharkiv and Ukraine struck Belgorod. "
    text = opening + "When asked about a timeline for a ceasefire, Kuleba said work goes on."
    assert steps(text) == set()


def test_a_deal_said_to_be_an_attempt_at_one_is_itself_and_dated_by_its_making() -> None:
    opening = "Russian forces shelled Kharkiv and Ukraine struck Belgorod. "
    text = opening + (
        "The truce between Russia and Ukraine, which was announced on Monday and took "
        "force at midnight, was the second attempt to establish a ceasefire."
    )
    assert [(d.status, d.date) for d in run(text).diplomacy] == [("concluded", "2024-03-04")]


def test_a_step_a_plan_holds_or_whose_importance_is_stressed_is_only_proposed() -> None:
    for text in (
        "On March 1, Turkey unveiled a 12-point plan for the region that includes the "
        "release of all prisoners held by Russia and Ukraine, a permanent ceasefire, and a "
        "withdrawal of forces.",
        "Turkey stressed the importance of Russia and Ukraine entering substantive negotiations.",
    ):
        assert {st for _t, _p, st in steps(text)} == {"proposed"}, text
    for text in (
        "Turkey is seeking a three-month humanitarian ceasefire between Russia and Ukraine.",
        "The Turkish plan would start with a three-month truce between Russia and Ukraine.",
    ):
        assert {st for _t, _p, st in steps(text)} == {"proposed"}, text
    # the aim of a meeting agreed on
    text = "Erdogan said Russia and Ukraine had agreed to meet and quickly work out a truce."
    assert {(t, st) for t, _p, st in steps(text)} == {
        ("meeting", "planned"),
        ("agreement", "proposed"),
    }


def test_what_one_would_not_say_a_deals_terms_and_a_visa_denied_are_no_statements() -> None:
    for text in (
        "Erdogan did not say whether he believed the Russian strikes were justified.",
        "Ukraine denied Peskov a visa to attend the summit.",
        "According to the deal agreed by Russia and Ukraine, 300 prisoners are to be freed.",
    ):
        assert said(text) == [], text
    assert {a for a, _s, _t in said("According to Russia, 300 prisoners are to be freed.")} == {
        "russia"
    }


def test_it_is_the_side_that_did_the_deed_before_it_not_the_first_named() -> None:
    text = (
        "Turkey's envoys flew to Kyiv, a day after the truce faced its first test as Russia "
        "threatened to halt grain exports and shelled ports in strikes after it accused "
        "Ukraine of attacking a bridge."
    )
    got = [a for a, _s, t in said(text) if t.startswith("accused")]
    assert got == ["russia"]


def test_what_is_said_in_a_clause_opening_the_sentence_ends_at_its_comma() -> None:
    text = "While Kuleba said the strikes would go on, the Kremlin denied any plan to attack."
    got = dict((a, t) for a, _s, t in said(text))
    assert got["ukraine"] == "the strikes would go on"


def test_who_called_to_urge_urges_and_a_title_before_an_inverted_speaker() -> None:
    text = (
        "Erdogan said he called the leaders of Russia and Ukraine to urge them to stop the "
        "fighting, warning he wouldn't make a grain deal with either while it went on."
    )
    facts = run(text)
    assert {s.actor for s in facts.statements} == {"turkey"}
    assert {(d.type, d.status) for d in facts.diplomacy if d.type == "agreement"} == {
        ("agreement", "not_planned")
    }
    text = "Russia and Ukraine have agreed to a ceasefire, said President Recep Tayyip Erdogan."
    assert [(a, s) for a, s, _t in said(text)] == [("turkey", "Recep Tayyip Erdogan")]


def test_a_ceasefire_asked_for_is_only_proposed() -> None:
    opening = "Russian forces shelled Kharkiv and Ukraine struck Belgorod. "
    text = opening + '"Ukraine asked for an immediate ceasefire – unconditionally," Kuleba said.'
    assert {st for _t, _p, st in steps(text)} == {"proposed"}


def test_a_toll_and_its_parts_after_a_dash_and_wounds_suffered() -> None:
    text = "Ukraine said the toll there rose to 20 – 14 civilians and six soldiers."
    got = {(c.party, c.count) for c in run(text).casualties}
    assert {("unknown", 20), ("civilians", 14)} <= got
    text = "Twenty Russian soldiers and at least 50 civilians suffered wounds, Kyiv said."
    got = {(c.party, c.kind, c.count) for c in run(text).casualties}
    assert got == {("russia", "wounded", 20), ("civilians", "wounded", 50)}
    # a range still reads upwards
    assert {(c.low, c.high) for c in run("A strike killed 12 – 15 civilians.").casualties} == {
        (12, 15)
    }


def test_deeds_done_that_the_narrower_rules_keep() -> None:
    # (each once lost to a rule too broad: a gerund kept from happening, a force or an
    # adverb before a verb, a planned attack carried out, a side's own strike confirmed,
    # shelling that goes on, an advance westward, a weapon's name, an army's own strike)
    for text, want in (
        ("Ukrainian troops stopped the Russian assault and recaptured Robotyne.", "ukraine"),
        ("Ukrainian air defences failed to stop the Russian drone attack on Odesa.", "russia"),
        (
            "Russian forces prevented civilians from leaving and shelled the road to Avdiivka.",
            "russia",
        ),
        ("Israel said its air force hit Hamas positions in Rafah overnight.", "israel"),
        ("Ukraine said its navy also hit a Russian landing ship near Sevastopol.", "ukraine"),
        ("Hamas fighters carried out a planned attack on an Israeli army post.", "hamas"),
        ("Israel confirmed its strike on a Hamas compound in Rafah.", "israel"),
        ("Hospitals in Kharkiv continue to be shelled by Russian forces.", "russia"),
        ("Russian troops were advancing westward from Avdiivka.", "russia"),
        ("Ukraine said its HIMARS hit a Russian command post near Tokmak.", "ukraine"),
        ("The Israeli military said an air strike targeted a Hamas command centre.", "israel"),
    ):
        assert want in {g.actor for g in run(text).ground}, text


def test_steps_the_narrower_rules_keep() -> None:
    text = (
        "Under the Egyptian plan, which includes a prisoner swap, Israel and Hamas signed a "
        "ceasefire in Cairo on Monday."
    )
    assert ("concluded", "2024-03-04") in {(d.status, d.date) for d in run(text).diplomacy}
    text = "Turkey hosted talks on Monday to restore ties between Russia and Ukraine."
    assert {p for _t, p, _s in steps(text)} == {("russia", "ukraine")}
    text = "Israel and Hamas agreed a ceasefire on Monday, but will it hold?"
    assert steps(text) == {("agreement", ("hamas", "israel"), "concluded")}
    text = "Hamas accepted Egypt's proposed ceasefire with Israel on Monday."
    assert {p for _t, p, _s in steps(text)} == {("hamas", "israel")}


def test_a_deed_a_truce_would_hold_is_none_done() -> None:
    text = "Kyiv will only agree to a truce which includes withdrawing Russian troops from Kherson."
    assert run(text).ground == []
    text = "Russia's gains include capturing Avdiivka."
    assert {g.actor for g in run(text).ground} == {"russia"}


def test_a_sides_agreement_to_a_proposal_is_its_consent_not_a_deal() -> None:
    opening = "Russian forces shelled Kharkiv and Ukraine struck Belgorod. "
    text = (
        opening
        + "Ukraine affirms its agreement to enter into the humanitarian truce proposed by Turkey."
    )
    assert "concluded" not in {st for _t, _p, st in steps(text)}
    text = opening + "Russia and Ukraine reached an agreement to end the fighting."
    assert {st for _t, _p, st in steps(text)} == {"concluded"}


def test_a_bodys_own_meeting_is_a_step() -> None:
    cfg = CONFIG + "  un: {name: United Nations, aliases: [UN, Security Council]}\n"
    for text in (
        "The appeal came after a closed-door meeting of the UN Security Council on Friday.",
        "The fighting prompted the UN Security Council to hold an emergency meeting on Friday.",
    ):
        got = {(t, p, s) for t, p, s in steps(text, cfg=cfg)}
        assert ("meeting", ("un",), "held") in got, text


def test_a_meeting_at_a_seat_of_power_is_in_its_capital() -> None:
    cfg = CONFIG + "  us: {name: United States, aliases: [White House, Donald Trump]}\n"
    text = "Putin and Erdogan met at the White House on Monday."
    assert [d.location for d in run(text, cfg=cfg).diplomacy] == ["Washington"]
    assert [d.location for d in run("Putin met Erdogan at the Kremlin on Monday.").diplomacy] == [
        "Moscow"
    ]


def test_hostages_held_or_taken_are_captured() -> None:
    for text, n in (
        ("Hamas is holding 48 hostages.", 48),
        ("Some 251 hostages were taken by Hamas.", 251),
        ("The raid killed 12 soldiers and saw 30 hostages taken.", 30),
    ):
        assert n in {c.count for c in run(text).casualties if c.kind == "captured"}, text
    assert run("Hamas released 20 hostages.").casualties == []


def test_martyrs_are_the_dead_a_side_names() -> None:
    for text in (
        "Shelling on the market left 14 martyrs, the ministry said.",
        "The number of martyrs in Rafah rose to 14.",
        "Strikes on Jenin claim 14 martyrs.",
    ):
        assert [(c.kind, c.count) for c in run(text).casualties] == [("killed", 14)], text


def test_a_list_of_the_dead_goes_on_past_a_breakdown() -> None:
    for aside in (", including five children,", " - including five children -"):
        text = f"Clashes in Kharkiv left 19 civilians{aside} and 8 soldiers dead, Kyiv said."
        got = {(c.party, c.kind, c.count) for c in run(text).casualties}
        assert {("civilians", "killed", 19), ("ukraine", "killed", 8)} <= got, text
    # (a list inside the breakdown stays in it)
    text = "Strikes killed 40 people, including 12 children, 9 women, and 3 medics, Kyiv said."
    assert "unknown" not in {c.party for c in run(text).casualties if c.count == 3}


def test_a_gloss_in_brackets_between_a_figure_and_its_noun() -> None:
    for text in (
        "Russian strikes killed 35 Azov (banned in Russia) fighters, Moscow said.",
        "Russian strikes killed 35 Azov (IS, banned in Russia) fighters, Moscow said.",
    ):
        assert [(c.kind, c.count) for c in run(text).casualties] == [("killed", 35)], text
    # the gloss names no side of the dead
    text = "Strikes killed 35 Azov (outlawed in Russia) fighters, a Ukrainian official said."
    assert [c.party for c in run(text).casualties] == ["unknown"]


def test_a_monitor_at_the_end_speaks_though_the_comma_was_lost() -> None:
    # feeds that strip punctuation drop the comma before "the monitor said"
    text = "Russian shelling killed 11 people in Kharkiv on Tuesday a monitoring group said."
    facts = run(text)
    assert [(c.count, c.claimed_by) for c in facts.casualties] == [(11, "monitoring group")]
    assert facts.statements == []  # nothing Russia said
    # a side's own body there is still that side
    text = "Ukraine shelled Belgorod on Tuesday the Russian army said."
    assert [s.actor for s in run(text).statements] == ["russia"]
    # with whom it was told after the verb, and with no side named before
    text = "A strike on a market in Kharkiv killed 45 people a local source told Reuters."
    assert [c.claimed_by for c in run(text).casualties] == ["local source"]
    # and before words of its own: "Meanwhile a rights group said ..."
    text = "Russian troops shelled Kharkiv Meanwhile a rights group said 12 people were killed."
    assert [c.claimed_by for c in run(text).casualties] == ["rights group"]
    # (not a name's apposition, nor what stands after a preposition)
    text = "The Kharkiv Regional Council a local body said 12 people were killed."
    assert [c.claimed_by for c in run(text).casualties] != ["local body"]


def test_the_wars_toll_after_a_days_report_is_no_ones() -> None:
    text = (
        "Shelling killed 12 people in Kharkiv on Monday, the monitor said. "
        "Some 190,000 people have been killed since the war began."
    )
    got = {c.count: c.claimed_by for c in run(text).casualties}
    assert got == {12: "monitor", 190000: None}


def test_whose_ally_is_not_who_speaks() -> None:
    for text in (
        "Russian ally Egypt welcomed the plan on Sunday.",
        "Russia's ally Egypt welcomed the plan on Sunday.",
        "Key Russian ally Egypt welcomed the plan on Sunday.",
    ):
        assert [s.actor for s in run(text).statements] == ["egypt"], text
    # a side unnamed in the config is no reason to take the ally's
    assert [s.actor for s in run("Russia's ally Belarus said it would help.").statements] != [
        "russia"
    ]


def test_whose_opponents_speak_is_not_who_speaks() -> None:
    text = "Opponents of Vladimir Putin said his forces killed 300 people in the attack."
    facts = run(text)
    assert [c.claimed_by for c in facts.casualties] != ["russia"]
    assert [s.actor for s in facts.statements] != ["russia"]


def test_a_truce_promised_is_only_proposed() -> None:
    for text in (
        "Russian forces shelled Kharkiv despite Kremlin promises of a truce with Ukraine.",
        "Russian forces shelled Kharkiv despite a Kremlin pledge of a truce with Ukraine.",
    ):
        assert {st for _t, _p, st in steps(text)} == {"proposed"}, text


def test_a_nations_capital_is_where_a_step_was_taken() -> None:
    text = "Russia and Ukraine signed a grain deal in the Turkish capital on Friday."
    assert [d.location for d in run(text).diplomacy] == ["Ankara"]
    text = "Russia and Ukraine signed a grain deal in the Qatari capital on Friday."
    assert [d.location for d in run(text).diplomacy] == ["Doha"]


def test_a_leaders_journey_for_a_meeting_to_come_is_planned() -> None:
    text = "Erdogan confirmed that he would travel to Sochi on Friday for his meeting with Putin."
    assert "held" not in {st for _t, _p, st in steps(text)}


def test_a_deal_in_the_making_is_not_yet_made() -> None:
    for text in (
        "Russia and Ukraine are negotiating a grain agreement.",
        "Russia and Ukraine are drafting a grain agreement.",
        "Russia and Ukraine met to work on the text of a grain agreement.",
    ):
        assert "concluded" not in {st for _t, _p, st in steps(text)}, text
    text = "Russia and Ukraine drafted and signed a grain agreement on Friday."
    assert {st for _t, _p, st in steps(text)} == {"concluded"}


def test_a_day_of_a_truce_in_force_is_not_the_day_it_was_made() -> None:
    text = (
        "Russian troops pulled back on Wednesday, the first full day of the Easter truce "
        "between Russia and Ukraine."
    )
    assert [d.date for d in run(text).diplomacy] == [None]


def test_words_revealed_or_refuted_are_said_and_answers_in_deeds_are_not() -> None:
    # "revealed that" and "refuted" are words; "revealed a new drone" shows a thing
    [(actor, _, words)] = said("Kuleba revealed that Russian troops had taken 30 prisoners.")
    assert actor == "ukraine" and words.startswith("Russian troops had taken")
    assert [a for a, _, _ in said("Ukraine firmly refuted the Russian charges.")] == ["ukraine"]
    assert said("Russia revealed a new drone at the parade.") == []
    # answering fire with fire says nothing; answering a question does
    assert (
        said("The Russian army responded quickly to the border shelling, hitting two posts.") == []
    )
    assert said("Russia responded to the drone attack on its airfield with missile strikes.") == []
    assert [a for a, _, _ in said("Peskov replied angrily that the report was false.")] == [
        "russia"
    ]
    # a claim over land is no claim made in words
    assert (
        said("Israel and Egypt have long quarrelled over their rival claims over the Sinai.") == []
    )


def test_people_relocated_are_displaced_and_soldiers_in_custody_are_held() -> None:
    assert casualties("The authorities are relocating 12,000 residents to safer towns.") == {
        ("civilians", "displaced", 12000, None, None, False)
    }
    assert casualties("Some 8,400 people have been relocated to shelters, the governor said.") == {
        ("civilians", "displaced", 8400, None, None, True)
    }
    # whose men a side holds, its own words do not say: neither its own nor the enemy's
    [c] = run("Russian officers said 14 soldiers were in custody.").casualties
    assert (c.kind, c.count, c.party) == ("captured", 14, "unknown")
    # (they are its own when another side holds them)
    text = "Ukraine called for the release of 20 soldiers captured by Russian forces."
    assert {(c.kind, c.party) for c in run(text).casualties} == {("captured", "ukraine")}
    assert casualties("The plant was relocated to Lviv with its 300 workers.") == set()


def test_a_part_of_one_and_people_named_by_their_work() -> None:
    # "including 9 civilians and one soldier": the soldier is a figure of its own part
    facts = run("Shelling killed 10 people, including nine civilians and one soldier.")
    parts = {(c.party, c.count, c.group) for c in facts.casualties}
    assert ("unknown", 1, "soldier") in parts and ("civilians", 9, None) in parts
    # "health workers", "civil defence workers": people, by the work they do
    assert casualties("Four health workers were killed and 12 others were wounded.") == {
        ("civilians", "killed", 4, None, None, False),
        ("civilians", "wounded", 12, None, None, False),
    }


def test_a_figure_added_goes_to_who_said_the_first() -> None:
    text = "All 11 deaths were in Kharkiv, the officials said, adding 40 people were also hurt."
    assert {(c.count, c.claimed_by) for c in run(text).casualties} == {
        (11, "officials"),
        (40, "officials"),
    }


def test_they_said_are_those_who_spoke_before() -> None:
    text = (
        "Local officials said shelling hit homes overnight. "
        "Nine people were killed in Kharkiv and 20 wounded, they said."
    )
    assert {c.claimed_by for c in run(text).casualties} == {"Local officials"}
    # (not one person: "they" is not Kuleba)
    text = "Kuleba said shelling hit homes. Nine people were killed in Kharkiv, they said."
    assert {c.claimed_by for c in run(text).casualties} == {None}


def test_a_sides_own_body_meeting_is_no_step() -> None:
    # a side's cabinet or security committee meets alone: no step between sides
    assert steps("Erdogan called an emergency meeting of the National Security Council.") == set()
    assert steps("Netanyahu will chair a war cabinet meeting on Sunday.") == set()
    # the UN's council, and a meeting of other states' ministers, are steps
    assert steps("Egypt called for an emergency UN Security Council meeting on Gaza.") != set()
    assert steps("Lavrov will attend a meeting of the BRICS foreign ministers in Rio.") != set()


def test_who_posts_news_of_a_truce_between_two_others_is_no_party() -> None:
    text = 'Erdogan wrote on X: "Russia and Ukraine have agreed to a full ceasefire."'
    assert steps(text) == {("agreement", ("russia", "ukraine"), "concluded")}
    # (his own step, posted, is his)
    assert steps("Erdogan wrote that he had met Putin on Monday.") == {
        ("meeting", ("russia", "turkey"), "held")
    }


def test_calls_made_in_separate_calls_or_by_contacting_a_counterpart() -> None:
    text = "Kuleba pressed for calm in separate calls with Fidan and Shoukry on Thursday."
    assert steps(text) == {
        ("call", ("turkey", "ukraine"), "held"),
        ("call", ("egypt", "ukraine"), "held"),
    }
    # a state's official acts for it: "Turkey's intelligence chief"
    text = "Turkey's intelligence chief contacted his Russian counterpart on Saturday."
    assert steps(text) == {("call", ("russia", "turkey"), "held")}
    assert steps("Reuters contacted the Russian embassy for comment.") == set()


def test_a_mediator_named_again_is_still_no_party_and_a_role_makes_one() -> None:
    text = (
        "Russia and Ukraine held talks in Istanbul on Monday, hosted by Turkey. "
        "The talks, which Turkish officials attended, lasted two hours, Ukraine said."
    )
    [step] = run(text).diplomacy
    assert (step.participants, step.mediators) == (("russia", "ukraine"), ("turkey",))
    # "the ambassadors of A and B, who served as co-mediators": mediators, not parties
    text = (
        "Russia and Ukraine held talks in Istanbul, attended by the Egyptian and Israeli "
        "ambassadors to Turkey, who served as co-mediators."
    )
    [step] = run(text).diplomacy
    assert (step.participants, step.mediators) == (("russia", "ukraine"), ("egypt", "israel"))
    # (observers of talks between two named sides are not the sides)
    text = "Turkish and Egyptian envoys attended talks between Russia and Ukraine as observers."
    assert {d.participants for d in run(text).diplomacy} == {("russia", "ukraine")}


def test_talks_at_a_body_in_a_city_are_in_the_city() -> None:
    text = "Russia and Ukraine held two days of talks at the United Nations in Geneva."
    assert {d.location for d in run(text).diplomacy} == {"Geneva"}
    text = "Russia and Ukraine held talks at the United Nations on Monday."
    assert {d.location for d in run(text).diplomacy} == {"United Nations"}


def test_a_running_toll_is_not_dated_by_the_day_of_its_latest_dead() -> None:
    text = "The army said four soldiers were killed on Friday, taking its toll to 31."
    assert {(c.count, c.date) for c in run(text).casualties} == {(4, "2024-03-01"), (31, None)}
    # a truce's day is not the day of the fighting it followed
    text = (
        "Russia and Ukraine agreed a truce on Tuesday following a week of clashes that killed 60."
    )
    assert {c.date for c in run(text).casualties} == {None}


def test_the_spokesman_is_the_side_whose_spokesman_spoke_before() -> None:
    text = (
        "An Egyptian foreign ministry spokesman said talks would resume. "
        '"We urge both sides to show restraint," the spokesman said.'
    )
    assert [a for a, _, _ in said(text)] == ["egypt", "egypt"]


def test_a_sentence_framed_in_a_state_names_its_army() -> None:
    text = "In Ukraine, the army said four soldiers were killed overnight."
    assert {(c.party, c.claimed_by) for c in run(text).casualties} == {("ukraine", "ukraine")}
    # (not a town of it: "In Kharkiv, the army" may be either side's)
    text = "In Kharkiv, the army said four soldiers were killed overnight."
    assert {c.party for c in run(text).casualties} == {"unknown"}
    # a toll broken down into civilians and soldiers is no one side's
    text = (
        "In Ukraine, the army said four soldiers were killed on Friday, taking the toll "
        "there to 19 – 12 civilians and seven soldiers."
    )
    got = {(c.party, c.count) for c in run(text).casualties}
    assert ("unknown", 19) in got and ("civilians", 12) in got


def test_a_toll_of_fighting_between_years_long_past_is_history() -> None:
    text = (
        "Ukraine's army said five soldiers were killed on Friday. The toll is now higher "
        "than the 28 killed in the last round of fighting between 2008 and 2011."
    )
    assert {c.count for c in run(text).casualties} == {5}


def test_bodies_counted_are_the_dead_and_bodies_seen_are_no_count() -> None:
    text = "Morgues in Kharkiv have reported 640 bodies, according to the health ministry."
    assert casualties(text) == {("unknown", "killed", 640, None, None, False)}
    assert casualties("Many bodies lay in the street after the strike.") == set()


def test_a_figure_whose_verb_is_left_out_and_a_listed_people() -> None:
    text = "At least 20 people were killed in Kharkiv, seven in Sumy, and dozens were hurt."
    got = {(c.kind, c.count, c.location) for c in run(text).casualties}
    assert ("killed", 7, "Sumy") in got and ("killed", 20, "Kharkiv") in got
    # "including 13 Egyptians and three Turks": each people a part of its own
    text = "The strike killed 20 people, including 11 Egyptians and four Turks."
    assert {(c.party, c.count) for c in run(text).casualties} >= {("egypt", 11), ("turkey", 4)}


def test_a_part_among_the_dead_is_a_figure_and_an_acronym_speaks() -> None:
    text = "At least 18 civilians were among those killed in the fighting, the WHO said."
    assert {(c.party, c.kind, c.count, c.claimed_by) for c in run(text).casualties} == {
        ("civilians", "killed", 18, "WHO")
    }
    # a war's toll told after a day's report is no one's here
    text = (
        "The WHO said six people died in Sumy. The fighting is part of a conflict that "
        "has killed 10,000 people."
    )
    assert {(c.count, c.claimed_by) for c in run(text).casualties} == {(6, "WHO"), (10000, None)}


def test_the_roads_toll_is_no_wars_and_died_or_hurt_is_no_death_toll() -> None:
    assert casualties("Nine people were killed in a road accident near Kharkiv.") == set()
    assert (
        casualties("Thirty people have died or been injured in the shelling, officials said.")
        == set()
    )
    # (a strike on a bus is the war's)
    assert casualties("Nine people were killed in a drone strike on a bus near Kharkiv.") != set()


def test_a_visit_to_a_countrys_capital_is_to_that_city() -> None:
    text = "An Egyptian delegation arrived in the Israeli capital on Saturday for talks."
    assert {d.location for d in run(text).diplomacy if d.type == "visit"} == {"Jerusalem"}
    text = "Turkish envoys arrived in Egypt's capital Cairo to hold talks with Shoukry."
    assert {d.location for d in run(text).diplomacy if d.type == "visit"} == {"Cairo"}
    text = "Erdogan made a private visit to the Sultanate of Oman last Tuesday."
    assert {d.location for d in run(text).diplomacy} == {"Oman"}


def test_a_figure_out_of_a_whole_is_the_figure() -> None:
    text = "Almost 90,000 out of 110,000 residents have fled to Egypt, officials said."
    assert {(c.kind, c.count) for c in run(text).casualties} == {("displaced", 90000)}
    # (but those reached of the displaced are no toll: the displaced are)
    text = "Aid could only reach about 2,200 out of 21,000 displaced families, the UNHCR said."
    assert {(c.kind, c.count) for c in run(text).casualties} == {("displaced", 21000)}


def test_a_dateline_closed_by_a_stop_and_dash_names_no_speaker() -> None:
    text = "Cairo, Mar 4 (EFE).- Ukrainian Foreign Minister Dmytro Kuleba said no talks were set."
    assert [a for a, _, _ in said(text)] == ["ukraine"]


_REGION_CONFIG = """
title: Region brief
date: 2023-10-01
actors:
  azerbaijan: {name: Azerbaijan, aliases: [Ilham Aliyev]}
  karabakh: {name: Nagorno-Karabakh authorities, aliases: [Karabakh]}
  armenia: {name: Armenia, aliases: [Nikol Pashinyan]}
"""


def test_a_people_named_by_where_they_live_is_not_the_state_of_their_name() -> None:
    text = "The blast also left 150 Karabakh Armenians wounded."
    assert {c.party for c in run(text, cfg=_REGION_CONFIG).casualties} == {"karabakh"}
    text = "Ethnic-Armenian fighters agreed to a truce with Azerbaijan, Aliyev said."
    assert all("armenia" not in d.participants for d in run(text, cfg=_REGION_CONFIG).diplomacy)


def test_what_was_said_is_not_the_asides_around_the_verb() -> None:
    text = "Two of the dead were civilians, Kuleba said in a post on X, formerly known as Twitter."
    assert [w for _, _, w in said(text)] == ["Two of the dead were civilians"]
    text = "The convoy was hit near a checkpoint, the Russian Defence Ministry said the day before."
    assert [w for _, _, w in said(text)] == ["The convoy was hit near a checkpoint"]
    text = "The Ukrainian authorities said, for their part, that the meeting was businesslike."
    assert [w for _, _, w in said(text)] == ["the meeting was businesslike."]
    text = "A Ukrainian official told RFE/RL's Russian Service that the blast was an accident."
    assert [w for _, _, w in said(text)] == ["the blast was an accident."]


_STATE_AND_REBELS = """
title: State and rebels
date: 2024-03-10
actors:
  junta: {name: Myanmar military government, aliases: [junta, Tatmadaw]}
  alliance: {name: Northern Alliance, aliases: [MNDAA]}
"""


def test_a_rebel_group_in_a_country_is_not_its_government() -> None:
    for text in (
        "A rebel army in Myanmar says it has captured a major command.",
        "An armed ethnic group in Myanmar claims to have captured a base from the junta.",
        "A Myanmar ethnic minority armed group said it had captured a regional command.",
    ):
        assert [s.actor for s in run(text, cfg=_STATE_AND_REBELS).statements] == [], text
    # (its officials still speak for it)
    text = "Officials in Myanmar said the talks had failed."
    assert [s.actor for s in run(text, cfg=_STATE_AND_REBELS).statements] == ["junta"]


def test_an_agreement_told_as_not_reached_is_still_sought() -> None:
    text = "The envoy regrets that an agreement has not been reached between Russia and Ukraine."
    assert steps(text) == {("agreement", ("russia", "ukraine"), "proposed")}
    text = "An agreement between Russia and Ukraine has been reached."
    assert steps(text) == {("agreement", ("russia", "ukraine"), "concluded")}


def test_a_draft_deal_is_proposed() -> None:
    text = "Russia and Ukraine reached a draft deal last month to end the fighting."
    assert steps(text) == {("agreement", ("russia", "ukraine"), "proposed")}


def test_the_countrys_organ_is_the_state_named_before() -> None:
    text = (
        "Ukraine's army advanced on Monday. The country's defence ministry said 40 soldiers died."
    )
    assert {(c.party, c.claimed_by) for c in run(text).casualties} == {("ukraine", "ukraine")}
    # (its health ministry keeps its own name, as any state's does)
    text = "Forty Russian troops were killed, the country's Health Ministry announced."
    assert {c.claimed_by for c in run(text).casualties} == {"Health Ministry"}


def test_a_verb_at_the_end_dated_by_an_abbreviated_month_then_citing() -> None:
    text = (
        "During the offensive, 180 soldiers were killed, the RIA news agency reported "
        "on Sept. 27, citing officials."
    )
    assert {c.claimed_by for c in run(text).casualties} == {"RIA news agency"}


def test_people_on_their_side_are_the_side_of_who_says_so() -> None:
    text = "Ukrainian officials said at least 200 people on their side were killed."
    assert {c.party for c in run(text).casualties} == {"ukraine"}


def test_one_victim_told_with_more_words_and_other_verbs() -> None:
    assert casualties("A Ukrainian government soldier was murdered near Kherson.") == {
        ("ukraine", "killed", 1, None, None, False)
    }
    assert casualties("A six-year-old boy died after Russian shelling of the town.") == {
        ("civilians", "killed", 1, None, None, False)
    }


def test_what_was_said_without_the_frame_or_the_reporters_aside() -> None:
    text = "Peskov confirmed with the Izvestia newspaper on Saturday that the army had withdrawn."
    assert [w for _, _, w in said(text)] == ["the army had withdrawn."]
    text = "Putin said the troops' safety came first, without giving details about the town."
    assert [w for _, _, w in said(text)] == ["the troops' safety came first"]
    text = "Peskov said on state-run television on Monday that contact had been lost."
    assert [w for _, _, w in said(text)] == ["contact had been lost."]


def test_the_displaced_detainees_or_reporters_arriving_make_no_visit() -> None:
    for text in (
        "By Friday, 61,000 displaced people from Kharkiv had arrived in Ukraine, Kuleba said.",
        "The 13 detainees had arrived in the Egyptian capital, Cairo, Hamas said.",
        "Russian troops pulled back, Reuters reporters visiting the area said.",
    ):
        assert [d for d in run(text).diplomacy if d.type == "visit"] == [], text
    # (but a welcomed visit is one)
    text = "Ukrainian people welcomed the visit of Erdogan to Kyiv on Monday."
    assert steps(text) == {("visit", ("turkey", "ukraine"), "held")}


def test_people_forcibly_or_internally_displaced_are_counted() -> None:
    text = "By Friday, 61,000 forcibly displaced people from Kharkiv had reached Kyiv, Kuleba said."
    assert {(c.kind, c.count) for c in run(text).casualties} == {("displaced", 61000)}


def test_the_displaced_from_a_sides_land_are_civilians() -> None:
    text = (
        "By Friday, 61,000 displaced people from Karabakh had arrived in Armenia, officials said."
    )
    assert {c.party for c in run(text, cfg=_REGION_CONFIG).casualties} == {"civilians"}
    # (soldiers from there are its own)
    text = "Azerbaijani shelling killed 12 soldiers from Karabakh."
    assert {c.party for c in run(text, cfg=_REGION_CONFIG).casualties} == {"karabakh"}


def test_a_place_and_its_name_before_the_speaker_make_no_list() -> None:
    # a list of subjects ends with "and"; "the Egyptian capital, Cairo," is a place
    text = "The prisoners had arrived in the Egyptian capital, Cairo, a Hamas official said."
    assert [(actor, w) for actor, _, w in said(text)] == [
        ("hamas", "The prisoners had arrived in the Egyptian capital, Cairo")
    ]
    text = "Egypt, Turkey and Russia said the talks would resume."
    assert [actor for actor, _, _ in said(text)] == ["egypt", "turkey", "russia"]


def test_a_stance_inside_an_attribution_after_it_is_one_statement() -> None:
    # "Russia denied it, Peskov said": Peskov's words, said once
    for text in (
        "Russia denied the report, Peskov said.",
        "Russia rejected the proposal, Peskov told reporters on Monday.",
    ):
        assert [(actor, who) for actor, who, _ in said(text)] == [("russia", "Dmitry Peskov")]
    # another side's report of it: each, and the stance's words end where his begin
    text = "Russia rejected the proposal, Kuleba said."
    assert sorted(said(text)) == [
        ("russia", None, "rejected the proposal"),
        ("ukraine", "Dmytro Kuleba", "Russia rejected the proposal"),
    ]
    text = "Ukraine rejected the offer, according to Kuleba."
    assert [w for _, _, w in said(text)] == ["rejected the offer"]
    # (a named speaker inside a side's report keeps his words)
    text = "Kuleba had told ministers not to speak publicly, Ukraine's state television reported."
    assert ("ukraine", "Dmytro Kuleba", "ministers not to speak publicly") in said(text)
    # and "demands by" is a noun
    assert said("Russia left the talks following demands by Ukraine for a full withdrawal.") == []


def test_according_to_a_measure_names_no_source() -> None:
    # (were it one, what Russia said would end before it)
    for text in (
        "Russia said its troops had withdrawn from Kherson according to plan.",
        "Russia said the aid was sorted according to type and sent to Kharkiv.",
    ):
        assert [w for _, _, w in said(text)] == [text.split(" said ", 1)[1]], text


def test_promises_concessions_and_disclosures_are_statements() -> None:
    for text, words in (
        (
            "Netanyahu on Wednesday promised that the army would act with force in Gaza.",
            "the army would act with force in Gaza.",
        ),
        ("Erdogan conceded that the clashes posed a risk for Turkey.", "the clashes posed a risk"),
        ("Kuleba disclosed that two brigades had been moved to Kharkiv.", "two brigades had"),
        ("Peskov assured reporters that the talks would go ahead.", "the talks would go ahead"),
    ):
        assert [w for _, _, w in said(text) if words in w], text


def test_what_is_asked_for_keeps_its_verb() -> None:
    # "urged restraint", "demanded a ceasefire": the asking is what was said
    assert [w for _, _, w in said("Egypt urged restraint.")] == ["urged restraint."]
    text = "Turkey demanded an immediate ceasefire."
    assert [w for _, _, w in said(text)] == ["demanded an immediate ceasefire."]
    text = "Egypt urged Israel to stop the strikes."
    assert [w for _, _, w in said(text)] == ["urged Israel to stop the strikes."]
    text = "Russia warned against any escalation."
    assert [w for _, _, w in said(text)] == ["warned against any escalation."]
    # (a claim after "that" is the claim)
    assert [w for _, _, w in said("Egypt urged that the talks resume.")] == ["the talks resume."]


def test_the_two_sides_are_the_pair_named_before_not_the_mediator() -> None:
    text = (
        "The Egyptian foreign ministry announced on Sunday a ceasefire agreement between "
        "Israel and Hamas. Turkey also took part in the mediation. The two sides also "
        "agreed to hold meetings in the coming days."
    )
    assert ("meeting", ("hamas", "israel"), "planned") in steps(text)


def test_an_exchange_to_take_place_is_planned() -> None:
    text = "A prisoner exchange between Russia and Ukraine is expected to take place on Monday."
    assert steps(text) == {("agreement", ("russia", "ukraine"), "planned")}


def test_a_deal_a_side_wants_or_is_ready_for_is_proposed() -> None:
    for text in (
        "Israel is interested in striking a peace agreement with Egypt, Netanyahu said.",
        "Russia is ready to sign a peace agreement with Ukraine, Peskov said.",
        "Russia wants to reach a ceasefire deal with Ukraine, Peskov said.",
    ):
        assert {s for _t, _p, s in steps(text)} == {"proposed"}, text


def test_sources_in_a_capital_are_not_its_state() -> None:
    # anyone's sources may be there: diplomats, monitors, reporters' contacts
    for text in (
        "A diplomatic source in Cairo said the talks would resume on Monday.",
        "Sources in Egypt said the talks would resume on Monday.",
    ):
        assert said(text) == [], text
    # (its officials are; and a source in its forces is one of them)
    assert [a for a, _, _ in said("Officials in Cairo said the talks would resume.")] == ["egypt"]
    text = "A source in the Russian security forces told reporters that the depot had burned."
    assert [a for a, _, _ in said(text)] == ["russia"]


def test_what_neither_side_said_or_none_confirmed_is_no_statement() -> None:
    for text in (
        "Egypt has not independently confirmed the casualty figures given by Hamas.",
        "Neither Russia's UN mission nor the Kremlin immediately responded to our request.",
    ):
        assert said(text) == [], text


def test_the_dead_included_and_as_well_as_share_the_fate() -> None:
    text = "The dead also included 342 Russian soldiers and 21 civilians, Kuleba said."
    assert casualties(text) == {
        ("russia", "killed", 342, None, None, False),
        ("civilians", "killed", 21, None, None, False),
    }
    assert casualties("Among the dead were 22 children.") == {
        ("civilians", "killed", 22, None, None, False)
    }
    text = "Sixty-nine Ukrainian soldiers were killed as well as 40 civilians, Kuleba said."
    assert casualties(text) == {
        ("ukraine", "killed", 69, None, None, False),
        ("civilians", "killed", 40, None, None, False),
    }
    text = "Two new strikes on Sumy claimed 24 more lives, Kuleba said."
    assert {(c.kind, c.count) for c in run(text).casualties} == {("killed", 24)}


def test_a_comma_ends_the_victims_phrase_before_a_speakers_name() -> None:
    # "troops" may come before a name ("Russian troops commander X"), not across a comma
    text = "Ukraine killed more than 200 Russian troops, Kuleba said."
    assert {c.party for c in run(text).casualties} == {"russia"}


def test_a_list_of_tolls_by_place_keeps_each_place() -> None:
    text = "The monitor recorded 49 deaths in Kharkiv, 25 in Sumy and 84 in Odesa."
    assert {(c.count, c.location) for c in run(text).casualties} == {
        (49, "Kharkiv"),
        (25, "Sumy"),
        (84, "Odesa"),
    }


def test_a_breakdown_between_dashes_that_touch_its_words() -> None:
    text = "At least five civilians—including four women—were killed in the strike."
    assert casualties(text) == {
        ("civilians", "killed", 5, 5, None, False),
        ("civilians", "killed", 4, None, None, False),
    }


def _moves(text: str) -> set[tuple[str, str]]:
    return {(g.actor, g.action) for g in run(text).ground}


def test_who_condemns_or_disowns_strikes_did_not_strike() -> None:
    # "the US strikes" after "the" are a noun, the US's; the one condemning them is no doer
    assert ("russia", "struck") not in _moves(
        "Russia's foreign ministry condemned the US strikes on Iran."
    )
    # no one owns attacks no one claimed
    assert _moves("Israel has not yet claimed responsibility for the attacks.") == set()
    assert _moves("Hamas claimed responsibility for the attacks.") == {("hamas", "attacked")}
    # the doer after "by" is who did it, not the sentence's speaker
    assert _moves("Egypt said the strikes by Israel killed 20 people.") == {("israel", "struck")}


def test_who_was_told_or_who_passed_it_on_then_when_are_no_words() -> None:
    text = "The talks would resume next week, Peskov told reporters during a briefing on Friday."
    assert said(text) == [("russia", "Dmitry Peskov", "The talks would resume next week")]
    text = (
        "The talks would resume next week, Kuleba was quoted as saying by Ukrainian state "
        "media upon his arrival in Ankara."
    )
    assert said(text) == [("ukraine", "Dmytro Kuleba", "The talks would resume next week")]
    text = "Kuleba was quoted as saying by state media that the talks would resume."
    assert said(text) == [("ukraine", "Dmytro Kuleba", "the talks would resume.")]


def test_hailing_or_applauding_is_a_stance() -> None:
    assert said("Erdogan hailed the deal as a historic step.") == [
        ("turkey", "Recep Tayyip Erdogan", "hailed the deal as a historic step.")
    ]
    assert said("The convoy came under a hail of gunfire near Kharkiv.") == []


def test_sides_that_discussed_something_held_talks() -> None:
    text = "Kuleba discussed the grain corridor with Erdogan in Ankara on Thursday."
    assert steps(text) == {("talks", ("turkey", "ukraine"), "held")}
    assert steps("Putin and Erdogan discussed the war in Ukraine.") == {
        ("talks", ("russia", "turkey"), "held")
    }
    # (a call they discussed it in is the step; nothing discussed is none)
    assert steps("Putin and Erdogan discussed the war by phone.") == {
        ("call", ("russia", "turkey"), "held")
    }
    text = "The plan was not even read by Russia and Turkey, let alone discussed."
    assert steps(text) == set()


_ARMED_GROUPS = """
title: Groups
date: 2024-08-26
actors:
  jnim: {name: JNIM, aliases: [Iyad Ag Ghali]}
  is_sahel: {name: Islamic State Sahel, aliases: [IS Sahel]}
  russia: {name: Russia, aliases: [Wagner Group]}
"""


def test_an_acronym_alias_is_no_persons_name() -> None:
    # "IS Sahel" is no one called Sahel: the region is no side
    text = "A group active in the Sahel region said it had killed 40 soldiers."
    assert {c.claimed_by for c in run(text, cfg=_ARMED_GROUPS).casualties} == {None}


def test_the_group_is_the_group_last_named_or_led_by_whom() -> None:
    # not whichever side's alias ends in "Group"
    text = "JNIM fighters attacked the town. The group said it had damaged a helicopter."
    assert {s.actor for s in run(text, cfg=_ARMED_GROUPS).statements} == {"jnim"}
    text = "The group led by the jihadist Iyad Ag Ghali said it had seized the base."
    assert {s.actor for s in run(text, cfg=_ARMED_GROUPS).statements} == {"jnim"}


def test_a_fate_before_who_they_are() -> None:
    text = "Reporters identified 23 missing Wagner Group soldiers near the border."
    assert {(c.party, c.kind, c.count) for c in run(text, cfg=_ARMED_GROUPS).casualties} == {
        ("russia", "missing", 23)
    }
    assert casualties("The strike left 40 wounded civilians in Kharkiv.") == {
        ("civilians", "wounded", 40, None, None, False)
    }


def test_who_claims_a_toll_in_other_words() -> None:
    for text, who in (
        (
            "At least 400 people were killed in Kharkiv, claimed a rights group on Friday.",
            "rights group",
        ),
        (
            "As per the Kharkiv Rights Monitor, at least 400 people have been killed.",
            "Kharkiv Rights Monitor",
        ),
        ("At least 2,400 people were killed, according to the database of Acled.", "Acled"),
    ):
        assert {c.claimed_by for c in run(text).casualties} == {who}, text


def test_an_aside_of_the_same_speaker_is_said_once() -> None:
    text = "Kuleba said Russia launched 100 drones overnight, which he says the army can stop."
    assert [w for _, _, w in said(text)] == [
        "Russia launched 100 drones overnight, which he says the army can stop."
    ]


def test_what_was_said_in_an_opening_time_clause_ends_at_its_comma() -> None:
    text = "Hours after Putin said the war was over, Russia launched new strikes on Kharkiv."
    assert [w for _, _, w in said(text)] == ["the war was over"]
    text = "Just hours after Putin announced a ceasefire, Russian strikes killed three people."
    assert said(text) == []


def test_a_treaty_also_called_by_another_name_is_no_phone_call_and_its_city_no_party() -> None:
    text = (
        "The Lisbon Convention, also called the Cluster Munitions Ban Treaty, is an"
        " international agreement on the weapons, and both Ukraine and Russia have signed it."
    )
    got = steps(text)
    assert {t for t, _p, _s in got} == {"agreement"}
    assert {p for _t, p, _s in got} == {("russia", "ukraine")}
    # ... while one who also called another phoned him
    assert steps("Zelensky also called Erdogan on Monday.") == {
        ("call", ("turkey", "ukraine"), "held")
    }


def test_a_capital_named_again_and_whom_a_step_is_against_are_no_parties() -> None:
    text = "Russian and Ukrainian delegations held talks on Friday in the Turkish capital, Ankara."
    assert steps(text) == {("talks", ("russia", "ukraine"), "held")}
    text = "Kuleba spoke with Erdogan on Monday to prevent Russia from blocking the corridor."
    assert steps(text) == {("call", ("turkey", "ukraine"), "held")}


def test_member_states_say_nothing_and_a_blocs_session_is_a_meeting() -> None:
    text = "Leaders of the 12 member states had a meeting with Erdogan in Ankara on Sunday."
    assert said(text) == []
    assert [w for _, _, w in said("Russia's report states that the strike hit a depot.")] == [
        "the strike hit a depot."
    ]
    text = "The 66th Ordinary Session of Egyptian and Turkish leaders was held on Sunday in Cairo."
    assert steps(text) == {("meeting", ("egypt", "turkey"), "held")}
    text = "A meeting of Egypt and Turkey was held on Sunday in Cairo."
    assert steps(text) == {("meeting", ("egypt", "turkey"), "held")}


def test_a_speaker_before_the_verb_after_an_opening_phrase_is_no_inversion() -> None:
    # "..., said Anadolu" is inverted; "In a post on X, Kuleba said ..." is not
    for text, words in (
        ("In a post on X, Kuleba said Ukraine's army controlled the border.", "Ukraine's army"),
        ("In a post on X, Kuleba warned Russia's army against any attack.", "Russia's army"),
    ):
        assert [(a, w) for a, _, w in said(text) if words in w] != [], text


def test_facilitated_by_both_names_mediators() -> None:
    text = (
        "Russia and Ukraine met in Istanbul on Monday. The meeting, reportedly facilitated "
        "by both Egypt and Turkey, comes amid renewed fighting."
    )
    assert steps(text) == {("meeting", ("russia", "ukraine"), "held")}


def test_keen_to_continue_talks_under_way_is_no_proposal() -> None:
    text = "We are keen to continue ongoing discussions with Russia, Kuleba said."
    assert steps(text) == {("talks", ("russia", "ukraine"), "held")}


def test_a_claim_named_as_a_charge_ends_before_the_noun() -> None:
    text = "Russia claims Ukraine operates from Polish soil, a charge the separatist leaders deny."
    assert ("russia", None, "Ukraine operates from Polish soil") in said(text)


def test_he_after_someone_the_config_does_not_name_is_him() -> None:
    text = (
        "Kuleba said the talks had failed. Olaf Schmidt also called for restraint. "
        '"We must stop this war," he wrote on X.'
    )
    assert [w for _, _, w in said(text)] == ["the talks had failed."]


def test_a_states_titled_official_is_named_by_his_name() -> None:
    for text, who in (
        (
            "Russia's Deputy Foreign Minister Sergei Ryabkov said the talks would resume.",
            "Sergei Ryabkov",
        ),
        (
            "Ukrainian Defence Minister, Rustem Umerov, said the talks would resume.",
            "Rustem Umerov",
        ),
        (
            "Israel's Prime Minister, Benjamin Netanyahu, said the talks would resume.",
            "Benjamin Netanyahu",
        ),
    ):
        assert [w for _, w, _ in said(text)] == [who], text


def test_wounded_after_strikes_counts_people_not_strikes() -> None:
    text = "Kuleba said Ukraine had killed 58 Russian troops and wounded 30 after strikes on Sumy."
    assert {(c.party, c.kind, c.count) for c in run(text).casualties} == {
        ("russia", "killed", 58),
        ("russia", "wounded", 30),
    }
    # (a headline's run of capitals after a title names no one)
    text = "Russian General Staff Warns Against New Strikes on Kharkiv."
    assert all(w is None or "Warns" not in w for _, w, _ in said(text))


def test_martyrdom_and_the_ultimate_sacrifice_are_deaths() -> None:
    for text in (
        "Five Ukrainian soldiers embraced martyrdom in the attack.",
        "Five Ukrainian soldiers paid the ultimate sacrifice in the attack.",
    ):
        assert casualties(text) == {("ukraine", "killed", 5, None, None, False)}, text


def test_of_the_whole_killed_a_part_is_its_own_figure_and_place() -> None:
    text = "Of the roughly 1,000 civilians killed, nearly 200 were in Kharkiv."
    assert {(c.count, c.location) for c in run(text).casualties} == {
        (1000, None),
        (200, "Kharkiv"),
    }
    assert casualties("Of the 40 people killed, 12 were children.") == {
        ("unknown", "killed", 40, None, None, False),
        ("civilians", "killed", 12, None, None, False),
    }


def test_guarantors_goals_and_a_truce_not_renewed() -> None:
    # guarantor countries are no parties
    text = "Egypt, Qatar and Turkey will act as guarantors of the talks between Israel and Hamas."
    assert steps(text) == {("talks", ("hamas", "israel"), "planned")}
    text = "The talks, with Egypt and Turkey as guarantor countries, began in Cairo on Monday."
    assert steps(text) == set()
    # what talks are for is sought, not made
    text = "Talks began in Cairo with the objective of achieving a truce between Israel and Hamas."
    assert ("agreement", ("hamas", "israel"), "proposed") in steps(text)
    # a truce not renewed ended
    text = "Russia decided not to renew a ceasefire with Ukraine that had been in force since 2023."
    assert steps(text) == {("agreement", ("russia", "ukraine"), "cancelled")}


def test_an_attack_attributed_to_or_carried_out_by_a_side_is_its() -> None:
    for text in (
        "Twelve soldiers were killed in an attack attributed to Hamas.",
        "Twelve soldiers were killed in an attack perpetrated by Hamas.",
        "The attack was carried out by the armed group Hamas, Netanyahu said.",
    ):
        assert ("hamas", "attacked") in _moves(text), text


def test_a_sides_titled_negotiator_is_named_by_his_name() -> None:
    text = "The ceasefire was agreed, said Hamas's chief negotiator, Ismail Haniyeh."
    assert [w for _, w, _ in said(text)] == ["Ismail Haniyeh"]
    text = "The ceasefire was agreed, said Hamas's chief negotiator, Khalil Hayya."
    assert [w for _, w, _ in said(text)] == ["Khalil Hayya"]


def test_the_press_told_is_no_part_of_what_was_said() -> None:
    for text, words in (
        ("Kuleba told international media that his goal was a lasting peace.", "his goal was"),
        ("Peskov told state media he had discussed the plan with Putin.", "he had discussed"),
    ):
        assert [w for _, _, w in said(text)][0].startswith(words), text


def test_remains_or_people_handed_over_are_no_toll() -> None:
    for text in (
        "Following the handover of four bodies on Monday, the talks resumed in Cairo.",
        "The sides agreed to exchange the bodies of 12,000 dead soldiers, 6,000 from each side.",
        "Hamas must return all 28 bodies by Monday, Netanyahu said.",
    ):
        assert run(text).casualties == [], text
    # (the dead of an attack are, whatever else is exchanged nearby)
    text = "A bomber struck a wedding as the couple were exchanging vows, killing 32 people."
    assert {c.count for c in run(text).casualties} == {32}


def test_an_unnamed_official_is_named_by_the_post() -> None:
    assert [w for _, w, _ in said("The Ukrainian president said the talks would resume.")] == [
        "Ukrainian president"
    ]
    assert [w for _, w, _ in said("The Russian foreign minister said the talks would go on.")] == [
        "Russian foreign minister"
    ]
    assert [w for _, w, _ in said("Israel's defence minister accused Hamas of lying.")] == [
        "Israel's defence minister"
    ]


def test_a_list_with_a_sides_leaders_or_allies_speaks_first_for_its_first() -> None:
    text = "Kyiv and the leaders of France, Germany and Poland had called for a truce."
    assert said(text) == [("ukraine", None, "called for a truce.")]
    text = "Ukraine, its European allies and Egypt have all urged Russia to accept the truce."
    assert [a for a, _, _ in said(text)] == ["ukraine"]


def test_a_sides_titled_speaker_after_the_verb_is_named() -> None:
    text = "The talks would resume, said Russia's top negotiator, Sergei Lavrov."
    assert said(text) == [("russia", "Sergei Lavrov", "The talks would resume")]
    text = "The talks would resume, said Russia's top negotiator, Vladimir Medinsky."
    assert said(text) == [("russia", "Vladimir Medinsky", "The talks would resume")]


def test_a_demonyms_city_and_the_guarantors_of_talks_are_no_parties() -> None:
    text = "Delegations of Russia and Ukraine met in the Turkish city of Istanbul on Friday."
    assert steps(text) == {("meeting", ("russia", "ukraine"), "held")}
    text = (
        "Russia and Ukraine began a new round of talks in Istanbul on Monday. "
        "Egypt and Turkey are also guarantors of the talks."
    )
    assert {p for _t, p, _s in steps(text)} == {("russia", "ukraine")}


def test_a_deal_expected_of_a_side_or_a_possible_meeting_is_proposed() -> None:
    for text, kind in (
        ("Zelensky said he expects Moscow to commit to a 30-day ceasefire.", "agreement"),
        ("We expect Russia to confirm a full and lasting ceasefire, Kuleba said.", "agreement"),
        ("A meeting between Putin and Zelensky is possible, Peskov said.", "meeting"),
    ):
        assert steps(text) == {(kind, ("russia", "ukraine"), "proposed")}, text


def test_a_truce_taking_effect_is_news_and_a_time_zones_city_no_party() -> None:
    text = "The ceasefire between Israel and Hamas took effect on Friday."
    assert steps(text) == {("agreement", ("hamas", "israel"), "concluded")}
    text = (
        "The ceasefire between Israel and Hamas took effect from 1200 local time "
        "(1000 Cairo, 0500 Moscow)."
    )
    assert steps(text) == {("agreement", ("hamas", "israel"), "concluded")}
    # (a year is no clock)
    text = "In 2014 Russia and Ukraine signed a ceasefire in Minsk."
    assert steps(text) == {("agreement", ("russia", "ukraine"), "concluded")}


def test_sides_a_step_is_held_without_are_no_parties() -> None:
    text = "Leaders of Egypt and Turkey met in Cairo without Israel or Hamas."
    assert steps(text) == {("meeting", ("egypt", "turkey"), "held")}


def test_people_on_a_bus_of_civilians_are_civilians() -> None:
    text = "A Russian drone hit a bus carrying civilians in Sumy, killing nine people."
    assert casualties(text) == {("civilians", "killed", 9, None, None, False)}
    text = "A truck carrying soldiers was hit near Sumy, killing nine people."
    assert casualties(text) == {("unknown", "killed", 9, None, None, False)}


def test_remains_transferred_and_prisoners_released_are_no_toll() -> None:
    for text in (
        "Medinsky said Russia is ready to transfer the bodies of 6,000 Ukrainian servicemen.",
        "Both sides agreed to release more than 1,000 prisoners each, all of them wounded.",
    ):
        assert run(text).casualties == [], text
    # (a call to free captured soldiers tells of their capture)
    text = "Ukraine called for the release of 20 soldiers captured by Russian forces."
    assert {(c.kind, c.count) for c in run(text).casualties} == {("captured", 20)}


def test_the_two_sides_are_the_parties_of_the_step_told_last() -> None:
    text = (
        "Russia and Ukraine met in Istanbul on Friday. Erdogan hosted the talks. "
        "The two sides agreed to exchange prisoners."
    )
    assert ("agreement", ("russia", "ukraine"), "concluded") in steps(text)


def test_a_summit_to_prepare_or_convene_is_to_come() -> None:
    text = (
        "Ukraine conveyed its position: a truce, then prepare for a summit of Putin and Zelensky."
    )
    assert {s for t, _p, s in steps(text) if t == "meeting"} <= {"planned", "proposed"}
    assert {t for t, _p, _s in steps(text)} >= {"meeting"}
    text = "Egypt instructed its ministers to convene an extraordinary session with Turkey in 2030."
    assert steps(text) == {("meeting", ("egypt", "turkey"), "planned")}


def test_two_initials_begin_a_persons_name() -> None:
    cfg = CONFIG.replace("Dmitry Peskov", "Dmitry Peskov, JD Vance")
    text = "Peskov said the truce would hold. JD Vance was in Kyiv, where he said it was holding."
    assert [w for _, w, _ in said(text, cfg=cfg)] == ["Dmitry Peskov", "JD Vance"]


def test_a_nations_dead_with_fighters_among_them_are_no_civilians() -> None:
    text = "Israeli strikes killed at least six Palestinians, including two Hamas fighters."
    assert casualties(text) == {
        ("unknown", "killed", 6, 6, None, False),
        ("hamas", "killed", 2, None, None, False),
    }


def test_the_displaced_going_home_are_no_new_displacement() -> None:
    for text in (
        "Thousands of displaced people returned to their homes in Kharkiv on Monday.",
        "Thousands of displaced families moved towards Kharkiv, to their abandoned homes.",
    ):
        assert run(text).casualties == [], text
    # (those not gone back are still displaced)
    text = "Some 5,000 people were displaced and have not returned, Kuleba said."
    assert {(c.kind, c.count) for c in run(text).casualties} == {("displaced", 5000)}


def test_a_bodys_membership_sought_makes_it_no_party() -> None:
    cfg = CONFIG.replace("actors:\n", "actors:\n  nato: {name: NATO}\n")
    text = "Russia rejected calls for a ceasefire, demanding that Ukraine abandon its NATO bid."
    assert {p for _t, p, _s in steps(text, cfg=cfg)} == {("russia", "ukraine")}


def test_the_sides_that_agreed_a_step_are_named_after_by() -> None:
    for text in (
        "The ceasefire agreed by Egypt and Turkey last month appeared to be holding.",
        "The truce reached by Egypt and Turkey in May was breached on Sunday.",
    ):
        assert {p for _t, p, _s in steps(text)} == {("egypt", "turkey")}, text
    # (who brokered it is still no party)
    text = "The ceasefire brokered by Egypt between Israel and Hamas was signed on Sunday."
    assert {p for _t, p, _s in steps(text)} == {("hamas", "israel")}


def test_they_is_the_plural_named_before_a_state() -> None:
    text = "Ukrainian officials do not trust Russia because they say it lies about prisoners."
    assert [a for a, _w, _t in said(text)] == ["ukraine"]
    text = "Hamas fighters distrust Israel, and they say it will not keep its word."
    assert [a for a, _w, _t in said(text)] == ["hamas"]
    # ("it" is still the state named last)
    text = "Ukrainian officials accused Russia of shelling, and it said the claim was false."
    assert [a for a, _w, _t in said(text)][-1] == "russia"


def test_every_truce_is_no_one_step() -> None:
    assert steps("Kuleba said Russia had broken every truce since 2014.") == set()
    assert steps("Hamas said Israel walked away after each round of talks.") == set()


def test_a_step_someone_wants_held_is_proposed() -> None:
    text = "Kuleba said Ukraine wanted Turkey to host new talks with Russia."
    assert {(t, s) for t, _p, s in steps(text)} == {("talks", "proposed")}


def test_a_list_before_which_mediated_is_of_mediators() -> None:
    text = (
        "Israeli strikes killed 20 Hamas fighters in Gaza on Monday. Egypt and Turkey, which"
        " mediated the Cairo talks, said both sides were still far apart."
    )
    got = {(d.type, d.participants, d.mediators) for d in run(text).diplomacy}
    assert got == {("talks", ("hamas", "israel"), ("egypt", "turkey"))}


def test_a_quote_cut_by_who_said_it_is_one_quote() -> None:
    for text in (
        '"The ceasefire," Peskov said, "is holding."',
        '"We are ready for talks," said Mr. Zelenskiy, "but not for surrender."',
    ):
        got = said(text)
        assert len(got) == 1 and "\u2026" in got[0][2], (text, got)
    assert said('"The truce is holding," Peskov said, "and will hold."') == [
        ("russia", "Dmitry Peskov", "The truce is holding \u2026 and will hold.")
    ]
    # (two sentences are two quotes)
    text = '"We will respond," Peskov said. "Our patience has limits," he added.'
    assert len(said(text)) == 2


def test_armed_crime_nouns_are_combatants() -> None:
    for noun in ("suspected gang members", "gangsters", "armed men", "kidnappers"):
        text = f"At least 28 {noun} were killed in the raid, police said."
        assert {(c.party, c.kind, c.low) for c in run(text).casualties} == {
            ("unknown", "killed", 28)
        }, text


def test_each_day_of_a_toll_is_its_own() -> None:
    text = "Gunmen killed at least 60 people on Friday and 50 on Saturday, Kuleba said."
    got = {(c.kind, c.count, c.low, c.date) for c in run(text).casualties}
    assert got == {("killed", 60, 60, "2024-03-01"), ("killed", 50, None, "2024-03-02")}


def test_a_joint_declaration_is_an_agreement() -> None:
    text = "Egypt and Turkey have agreed on a joint declaration to end their dispute."
    assert steps(text) == {("agreement", ("egypt", "turkey"), "concluded")}
    # (what it calls for is its text's, no one's statement)
    text = "The joint declaration signed by Egypt and Turkey in Ankara calls for talks."
    assert said(text) == []


def test_a_hyphened_word_ending_in_a_verb_of_saying_is_none() -> None:
    text = "The trial of Kuleba and seven of his co-accused was postponed on Wednesday."
    assert said(text) == []


def test_a_sea_named_after_a_city_is_no_city() -> None:
    cfg = CONFIG.replace("actors:\n", "actors:\n  houthis: {name: Houthis}\n")
    text = "The Houthis attacked a ship in the Gulf of Aden on Monday."
    # (the sea by its whole name, as the figures' places read it; never the city Aden)
    assert [(g.actor, g.place) for g in run(text, cfg=cfg).ground] == [("houthis", "Gulf of Aden")]


def test_a_meeting_not_allowed_is_not_planned() -> None:
    text = "Kuleba was not granted permission to meet Fidan, his office said."
    assert {s for _t, _p, s in steps(text)} == {"not_planned"}


def test_attacks_no_one_reports_are_none() -> None:
    for text in (
        "There have been no reports of Russian attacks on Odesa since Monday.",
        "There were no new Israeli strikes on Gaza overnight.",
    ):
        assert run(text).ground == [], text


def test_the_toll_of_a_war_told_as_over_is_history() -> None:
    for text in (
        "The fighting recalls a conflict that killed around 400,000 people.",
        "The 2014 war in the east, which killed around 14,000 people, ended in a truce.",
    ):
        assert run(text).casualties == [], text
    # (a war still fought "has killed": a running total, news)
    text = "The war, which has killed more than 30,000 people, entered its sixth month."
    assert {c.low for c in run(text).casualties} == {30000}


def test_who_came_under_attack_is_its_target() -> None:
    text = "A Russian helicopter came under attack near Kharkiv on Monday, Peskov said."
    assert run(text).ground == []


def test_a_named_addressee_of_several_words_is_no_part_of_what_was_told() -> None:
    text = "Kuleba told Radio Liberty this evening that Russian troops had left the town."
    assert said(text) == [("ukraine", "Dmytro Kuleba", "Russian troops had left the town.")]


def test_a_step_one_could_not_take_or_was_sent_to_take() -> None:
    text = "Kuleba said on Saturday that he was unable to meet with Fidan in Ankara."
    assert {s for _t, _p, s in steps(text)} == {"not_planned"}
    text = "Turkey said it was not ready to host the meeting of ministers scheduled in Ankara."
    assert {s for _t, _p, s in steps(text)} == {"not_planned"}
    text = "The summit tasked the foreign ministers with traveling to Kyiv to meet Zelenskiy."
    assert {s for _t, _p, s in steps(text)} == {"planned"}


def test_a_reporters_calls_are_no_step() -> None:
    assert steps("Hamas officials did not respond to phone calls seeking comment.") == set()


def test_a_name_in_a_quote_opened_a_sentence_before_is_not_he() -> None:
    text = (
        'Kuleba arrived in Ankara. "Turkey is our friend. We thank President Recep Tayyip'
        ' Erdogan," he said.'
    )
    assert [(a, w) for a, w, _t in said(text)] == [("ukraine", "Dmytro Kuleba")]


def test_a_quote_mark_whose_other_half_is_lost_opens_nothing() -> None:
    # (an opening mark never closed: the sentences after it are still the writer's)
    text = (
        'A militia spokesman said "sleeper cells were behind the attack. The front was'
        " crushed in 2014. Kuleba said Russia had shelled Kharkiv."
    )
    assert [a for a, _w, _t in said(text)] == ["ukraine"]


def test_words_that_only_say_where_it_was_said_are_no_statement() -> None:
    text = 'We must see them brought to justice" a UN envoy said during the briefing.'
    assert said(text, cfg=CONFIG.replace("actors:\n", "actors:\n  un: {name: UN}\n")) == []


def test_a_state_named_before_a_deed_is_whose_deed_not_where() -> None:
    cfg = CONFIG.replace("actors:\n", "actors:\n  us: {name: United States, aliases: [US]}\n")
    text = "At least 80 people were killed in US air strikes on the port, Hamas said."
    assert [c.location for c in run(text, cfg=cfg).casualties] == [None]
    # (a city's name before them is still where)
    text = "Twelve people were killed in Gaza City strikes, Hamas said."
    assert [c.location for c in run(text).casualties] == ["Gaza City"]


def test_a_day_counted_from_another() -> None:
    text = (
        "Israel launched strikes on Gaza on Monday, in response to a rocket attack by Hamas"
        " that struck Tel Aviv a day earlier."
    )
    got = {(g.actor, g.place, g.date) for g in run(text, published="2024-05-06").ground}
    assert ("hamas", "Tel Aviv", "2024-05-05") in got
    assert ("israel", "Gaza", "2024-05-06") in got
    text = "Hamas fired rockets at Israel on Saturday. Israel struck Gaza the next day."
    got = {(g.actor, g.date) for g in run(text, published="2024-05-06").ground}
    assert got == {("hamas", "2024-05-04"), ("israel", "2024-05-05")}
    # (no day to count from: no day)
    text = "Russian shelling killed five people in Kharkiv two days earlier, Kuleba said."
    assert [c.date for c in run(text).casualties] == [None]


def test_what_is_confirmed_is_the_participles_or_after_whom() -> None:
    text = "Kuleba confirmed the strikes, saying Ukraine took proportionate action."
    assert said(text) == [("ukraine", "Dmytro Kuleba", "Ukraine took proportionate action.")]
    text = "Kuleba confirmed to AFP that Ukrainian drones carried out the strikes."
    assert said(text)[0][2] == "Ukrainian drones carried out the strikes."


def test_talks_insisted_on_are_proposed() -> None:
    text = "Russia rejected the offer, insisting on direct talks with Ukraine."
    assert {(t, s) for t, _p, s in steps(text)} == {("talks", "proposed")}


def test_strikes_to_come_stopped_or_only_words_are_no_deed() -> None:
    for text in (
        "Russia welcomed the cessation of Ukrainian strikes on its refineries.",
        "Hamas announced it would begin striking Israeli ships.",
        "Russia will continue its attacks on Kharkiv, Peskov said.",
        "Turkey hit back in a post on X on Sunday.",
    ):
        assert run(text).ground == [], text
    assert [g.actor for g in run("Israel hit back with strikes on Gaza on Sunday.").ground] == [
        "israel"
    ]


def test_a_step_proposed_in_a_relative_clause_after_it_is_proposed() -> None:
    text = "Lavrov said Ukraine ignored the new round of talks that Russia suggested in June."
    assert {(t, s) for t, _p, s in steps(text)} == {("talks", "proposed")}


def test_the_reporters_asides_are_no_part_of_what_was_said() -> None:
    text = (
        "Hamas said its fighters had killed 30 soldiers and wounded 50 others, figures that"
        " could not be independently verified."
    )
    assert said(text)[0][2] == "its fighters had killed 30 soldiers and wounded 50 others"
    assert said("A Turkish official told Reuters, speaking on condition of anonymity.") == []
    text = (
        "A Turkish official told AFP, speaking on condition of anonymity, that talks will resume."
    )
    assert said(text)[0][2] == "talks will resume."


def test_another_who_sustained_injuries_is_wounded() -> None:
    text = "One soldier was killed and another sustained injuries, Kuleba added."
    assert {(c.kind, c.count) for c in run(text).casualties} == {("killed", 1), ("wounded", 1)}


def test_a_law_signed_is_no_agreement_and_a_deal_it_nullifies_is_ended() -> None:
    text = "Zelenskiy signed a law nullifying the agreement with Russia on Saturday."
    assert steps(text) == {("agreement", ("russia", "ukraine"), "cancelled")}
    assert steps("Zelenskiy signed a decree on Monday.") == set()


def test_a_mortar_shell_is_no_verb() -> None:
    assert run("Kyiv airport was hit by at least one mortar shell on Monday.").ground == []


def test_a_subject_is_found_past_what_it_is() -> None:
    text = "Hamas, an Iran-backed armed group, claimed responsibility for the attack on Ashdod."
    assert [(g.actor, g.place) for g in run(text).ground] == [("hamas", "Ashdod")]


def test_a_city_in_the_name_of_a_declaration_is_no_party() -> None:
    text = "Russia and Ukraine signed the Ankara Declaration on Monday."
    assert steps(text) == {("agreement", ("russia", "ukraine"), "concluded")}


def test_a_period_is_not_when_it_was_said() -> None:
    text = "Hamas, which has fought Israel since 2007, said its forces had overrun 10 positions."
    assert [s.date for s in run(text).statements] == [None]


def test_one_among_the_dead_is_a_toll() -> None:
    text = "A Turkish crew member was among the dead, Kuleba said."
    assert {(c.kind, c.count) for c in run(text).casualties} == {("killed", 1)}


def test_people_over_an_age_are_no_figure() -> None:
    text = "Gunmen rounded up residents over 60 from their homes and shot them, witnesses said."
    assert run(text).casualties == []


def test_a_feast_is_when_not_where() -> None:
    text = "Two journalists were killed on Christmas Eve, Kuleba said."
    assert [c.location for c in run(text).casualties] == [None]


def test_he_after_a_participle_opening_is_the_subject() -> None:
    text = (
        'Meeting Mr. Fidan, Kuleba acknowledged the difficulties. "If our partners bear with'
        ' us, we will win," he said.'
    )
    assert [(a, w) for a, w, _t in said(text)] == [("ukraine", "Dmytro Kuleba")]


def test_the_state_a_visit_goes_to_is_a_party_and_troops_arriving_no_visit() -> None:
    assert steps("Kuleba returned home after a seven-day visit to Turkey.") == {
        ("visit", ("turkey", "ukraine"), "held")
    }
    assert steps("Kuleba arrived in Turkey on Monday.") == {
        ("visit", ("turkey", "ukraine"), "held")
    }
    assert steps("Turkish police arrived in Ukraine on Tuesday on a long-awaited mission.") == set()


def test_fighters_killed_in_an_operation_against_a_side_are_its() -> None:
    text = "The Israeli army on Saturday killed 24 militants in an operation against Hamas."
    assert {c.party for c in run(text).casualties} == {"hamas"}


def test_a_three_part_name_is_also_its_first_two() -> None:
    cfg = CONFIG.replace("Sameh Shoukry", "Sameh Hassan Shoukry").replace(
        "Hakan Fidan", "Hakan Ali Fidan"
    )
    text = '"We will defend our waters," added Sameh Hassan, who spoke after Hakan Ali.'
    assert [(a, w) for a, w, _t in said(text, cfg=cfg)] == [("egypt", "Sameh Hassan Shoukry")]


def test_who_speaks_for_a_person_is_named_as_such() -> None:
    assert said("Putin's party has denied any part in the attack on the town.") == [
        ("russia", "Vladimir Putin's party", "denied any part in the attack on the town.")
    ]
    assert [
        w for _a, w, _t in said("Putin's spokesman Dmitry Peskov said talks would resume.")
    ] == ["Dmitry Peskov"]


def test_whose_ally_is_not_who_acts() -> None:
    cfg = CONFIG.replace("actors:\n", "actors:\n  us: {name: United States}\n")
    text = "Since March, Israel's key ally the United States has stepped up its attacks on Hamas."
    assert {g.actor for g in run(text, cfg=cfg).ground} == {"us"}


def test_its_victims_are_not_the_attackers() -> None:
    text = "A missile attack by Hamas on a cargo ship killed three of its crew members."
    assert {c.party for c in run(text).casualties} == {"unknown"}
    # (its own: "two of its soldiers")
    assert {c.party for c in run("Russia said two of its soldiers were killed.").casualties} == {
        "russia"
    }


def test_who_work_to_broker_a_truce_mediate_it() -> None:
    text = (
        "Israeli strikes killed 20 Hamas fighters. Egypt and Turkey were working to broker a truce."
    )
    got = {(d.participants, d.mediators) for d in run(text).diplomacy}
    assert got == {(("hamas", "israel"), ("egypt", "turkey"))}


def test_who_speaks_of_a_deed_is_not_its_doer() -> None:
    for text in (
        "Erdogan said the bombing of civilians in Gaza must stop.",
        "Kuleba said the shelling of Kharkiv overnight had killed two people.",
    ):
        assert run(text).ground == [], text
    # (its own deed: "its strikes")
    text = "Israel said its air strikes hit 20 targets in Gaza."
    assert {(g.actor, g.place) for g in run(text).ground} == {("israel", "Gaza")}


def test_the_statement_is_its_issuers_whoever_spoke_since() -> None:
    text = (
        "Egypt said in a statement on Monday that it would send envoys to Kyiv. A Russian"
        ' spokesman dismissed the plan. The envoys will "listen to all sides and promote'
        ' dialogue," the statement said.'
    )
    got = said(text)
    assert [a for a, _w, t in got if t != "dismissed the plan."] == ["egypt", "egypt"]
    # (the dismissal is the Russian spokesman's own position)
    assert ("russia", "Russian spokesman", "dismissed the plan.") in got


def test_a_figure_quoted_alone_keeps_its_noun() -> None:
    text = 'Kuleba told reporters that "approximately 27" soldiers were killed.'
    assert {(c.party, c.count) for c in run(text).casualties} == {("ukraine", 27)}


def test_where_soldiers_served_is_part_of_who_they_are() -> None:
    text = (
        "At least seven Turkish soldiers serving with the United Nations peacekeeping mission"
        " in southern Lebanon (UNIFIL) have been killed in a three-day battle, Fidan said."
    )
    assert {(c.party, c.kind, c.low) for c in run(text).casualties} == {("turkey", "killed", 7)}


def test_a_quote_over_sentences_is_dated_by_its_verb_not_its_words() -> None:
    text = (
        'Fidan said on Monday, "Our hopes have been strengthened. The ministers will meet'
        ' again on September 2, 2024, in Ankara," stressing that all sides agreed.'
    )
    assert [s.date for s in run(text).statements] == ["2024-03-04"]


def test_the_day_a_toll_was_reported_is_not_its_day() -> None:
    text = (
        "The health office raised the toll late Friday, reporting that 150 others were"
        " wounded in the air strikes conducted on Thursday."
    )
    assert [c.date for c in run(text, published="2025-04-19").casualties] == ["2025-04-17"]


def test_words_said_in_a_relative_clause_run_from_what_they_are_of() -> None:
    text = "The strike hit a building that Russia said was used by Ukrainian commanders."
    assert said(text) == [
        ("russia", None, "a building that Russia said was used by Ukrainian commanders.")
    ]


_KURDS = """
title: Kurds
date: 2025-03-01
actors:
  sdf: {name: SDF, aliases: [Kurdish forces, Mazloum Abdi]}
  turkey: {name: Turkey, aliases: [Recep Tayyip Erdogan]}
"""


def test_a_sides_people_adjective_on_civilians_or_media_is_no_side() -> None:
    for text in (
        "Kurdish civilians held protests near the dam, calling for an end to the attacks.",
        "Kurdish media reported that the talks had stalled for a second week.",
    ):
        assert said(text, cfg=_KURDS) == [], text
    assert {g.actor for g in run("Kurdish forces shelled the town.", cfg=_KURDS).ground} == {"sdf"}


def test_what_was_said_after_a_dated_setting_and_before_amid() -> None:
    text = (
        "Abdi stated during a press conference on February 27, 2025, that the call was"
        " positive, amid clashes between Turkish forces and the group."
    )
    assert said(text, cfg=_KURDS) == [("sdf", "Mazloum Abdi", "the call was positive")]


_KOREA = """
title: Korea
date: 2025-01-10
actors:
  russia: {name: Russia, aliases: [Vladimir Putin]}
  nk: {name: North Korea, aliases: [Kim Jong Un]}
  sk: {name: South Korea, aliases: [Lee Seong-kweun]}
"""


def test_an_acronym_is_no_persons_last_name_and_a_korean_is_named_first() -> None:
    # (not Kim Jong Un's: "UN" is no part of his name)
    text = "UN nuclear chief Rafael Grossi said the plant was at risk."
    assert "nk" not in {a for a, _w, _t in said(text, cfg=_KOREA)}
    text = "Lee said North Korean troops had suffered heavy losses near Kursk."
    assert [a for a, _w, _t in said(text, cfg=_KOREA)] == ["sk"]


def test_a_states_own_declarations_are_no_agreement() -> None:
    assert steps("Parliament approved the declaration of a state of emergency on Friday.") == set()


def test_figures_after_a_dash_and_eliminations_and_servicepeople() -> None:
    text = "MOSCOW (Reuters) -Six people were killed in a Ukrainian drone attack, Peskov said."
    assert [c.count for c in run(text).casualties] == [6]
    text = "Russia reported the elimination of 83 enemy combatants and the wounding of 39 others."
    assert {(c.kind, c.count) for c in run(text).casualties} == {("killed", 83), ("wounded", 39)}
    assert [c.kind for c in run("Russia said it had lost 40 servicepeople.").casualties] == [
        "killed"
    ]


def test_the_enemys_losses_are_not_the_claimants() -> None:
    text = (
        "Ukrainian forces attacked Russian positions in Kursk on Monday. The enemy lost more"
        " than 300 servicemen in the region, Peskov said."
    )
    assert [c.party for c in run(text).casualties] == ["ukraine"]


def test_a_title_of_joined_words_is_no_given_name() -> None:
    cfg = CONFIG.replace("Dmytro Kuleba", "Dmytro Kuleba, Oleksandr Syrskyi")
    text = "Russia has lost 17,819 soldiers in Kursk, Commander-in-Chief Syrskyi said."
    assert [(a, w) for a, w, _t in said(text, cfg=cfg)] == [("ukraine", "Oleksandr Syrskyi")]


def test_talks_called_impossible_are_not_planned() -> None:
    text = "Peskov said holding peace talks with Kyiv would be impossible now."
    assert {(t, s) for t, _p, s in steps(text)} == {("talks", "not_planned")}


def test_foreign_soldiers_stationed_in_a_country_are_not_its() -> None:
    cfg = CONFIG.replace("actors:\n", "actors:\n  nk: {name: North Korea}\n")
    text = "At least 100 North Korean soldiers stationed in Russia were killed, Kuleba said."
    assert {c.party for c in run(text, cfg=cfg).casualties} == {"nk"}


def test_whose_territory_is_not_where() -> None:
    text = "Ukrainian forces seized about 1,300 square kilometers of Russian territory."
    assert [g.place for g in run(text).ground] == [None]


def test_a_states_word_in_an_outlets_name_is_no_state() -> None:
    text = "Russian troops attacked the town, Voice of America reported."
    got = run(text)
    assert [(g.actor, g.place) for g in got.ground] == [("russia", None)]
    assert got.statements == []
    text = "Hamas fighters killed 12 soldiers, France 24 reported."
    assert [c.claimed_by for c in run(text).casualties] != ["France"]


def test_a_nominal_capture_is_a_toll() -> None:
    text = "The army said the raid ended in the elimination of 83 fighters and the capture of 12."
    assert {(c.kind, c.count) for c in run(text).casualties} == {("killed", 83), ("captured", 12)}


def test_a_conflict_just_paused_is_no_history() -> None:
    text = "The truce paused the conflict that killed dozens and injured hundreds, Kuleba said."
    assert {c.kind for c in run(text).casualties} == {"killed", "wounded"}


def test_a_visit_to_meet_named_sides_adds_no_host() -> None:
    cfg = CONFIG.replace("actors:\n", "actors:\n  qatar: {name: Qatar, aliases: [Doha]}\n")
    text = "Egyptian and Turkish delegations arrived in Doha to hold talks with Hamas officials."
    parties = {p for t, p, _s in steps(text, cfg=cfg) if t == "visit"}
    assert all("qatar" not in p for p in parties), parties


def test_a_meeting_one_could_not_hold_during_a_visit_leaves_the_visit_held() -> None:
    text = (
        "Kuleba said on Saturday that he was unable to meet with Fidan during his visit to Ankara."
    )
    assert {(t, s) for t, _p, s in steps(text)} == {("meeting", "not_planned"), ("visit", "held")}


def test_told_the_associated_press_on_a_day_is_who_and_when_it_was_told() -> None:
    text = (
        "A Russian strike on a school killed dozens of people, Kuleba told the Associated"
        " Press on Feb. 2."
    )
    got = run(text, published="2025-02-05")
    assert [(s.actor, s.date) for s in got.statements] == [("ukraine", "2025-02-02")]
    assert [c.claimed_by for c in got.casualties] == ["ukraine"]
    # (the strike's day is not the day it was told)
    assert [g.date for g in got.ground] == [None]


def test_what_troops_set_out_to_capture_is_no_toll_or_deed() -> None:
    text = (
        "Some 1,000 Ukrainian troops crossed the border and launched an offensive aimed at"
        " capturing a section of Russian territory."
    )
    got = run(text)
    assert got.casualties == []
    assert {g.action for g in got.ground} == {"offensive"}


def test_a_truce_talks_may_lead_to_is_proposed() -> None:
    text = (
        "There was hope that the negotiations would lead to a limited ceasefire between"
        " Russia and Ukraine."
    )
    assert ("agreement", ("russia", "ukraine"), "proposed") in steps(text)


def test_who_a_deal_is_signed_in_the_presence_of_looks_on() -> None:
    text = "Russia and Ukraine signed the deal with the presence of Egypt on Monday."
    assert {(d.participants, d.mediators) for d in run(text).diplomacy} == {
        (("russia", "ukraine"), ("egypt",))
    }


def test_people_captured_are_no_place_taken() -> None:
    assert run("Hamas captured 12 Israeli soldiers near the border on Monday.").ground == []
    assert [g.place for g in run("Russian forces captured Avdiivka on Saturday.").ground] == [
        "Avdiivka"
    ]


def test_the_host_of_a_conference_named_after_its_city_is_a_party() -> None:
    cfg = CONFIG.replace("actors:\n", "actors:\n  germany: {name: Germany, aliases: [Berlin]}\n")
    text = "Turkey joined the 2020 Berlin Conference on Libya."
    assert {p for _t, p, _s in steps(text, cfg=cfg)} == {("germany", "turkey")}


def test_the_office_of_a_titled_person_named_before_speaks_for_them() -> None:
    text = (
        "Prime Minister Benjamin Netanyahu met Egyptian envoys on Monday. The prime"
        " minister's office said the talks were productive."
    )
    assert said(text) == [("israel", "Benjamin Netanyahu's office", "the talks were productive.")]
    # (whose thing is no voice: "the prime minister's visit")
    text = (
        "Prime Minister Benjamin Netanyahu met Egyptian envoys on Monday. The prime"
        " minister's visit was a success, Egypt said."
    )
    assert [a for a, _w, _t in said(text)] == ["egypt"]


def test_the_organization_is_the_body_named_last_not_a_sides_alias() -> None:
    cfg = CONFIG.replace("Qassam Brigades", "Qassam Brigades, Islamic Resistance Organization")
    text = (
        "Amnesty International condemned the strike. The organization said 50 civilians were"
        " killed. The organization urged Israel to investigate."
    )
    # (a charity states no side's position: no statement, as for "Amnesty said")
    assert said(text, cfg=cfg) == []
    assert [c.claimed_by for c in run(text, cfg=cfg).casualties] == ["Amnesty International"]


def test_according_to_a_title_and_a_name_is_the_names() -> None:
    text = "According to Egypt's top diplomat, Sameh Shoukry, the crossing will reopen soon."
    assert said(text) == [("egypt", "Sameh Shoukry", "the crossing will reopen soon.")]
    text = (
        "According to Egypt's top diplomat, Sameh Shoukry, who spoke on Friday, the crossing"
        " will reopen soon."
    )
    assert said(text) == [("egypt", "Sameh Shoukry", "the crossing will reopen soon.")]
    # coming from a place is no saying
    assert said("A former judge, Netanyahu hails from a family of historians.") == []


def test_a_statement_read_is_its_issuers() -> None:
    text = 'Egypt released a statement. "The crossing will reopen on Monday," the statement read.'
    assert said(text) == [("egypt", None, "The crossing will reopen on Monday")]


def test_an_organisation_is_called_again_by_its_head_noun() -> None:
    for text, claimant in (
        (
            "MONUSCO condemned the attack. Three peacekeepers were killed in Goma on"
            " Saturday, the mission said.",
            "MONUSCO",
        ),
        (
            "UNHCR appealed for funds. Some 3,000 people fled Goma on Saturday, the agency said.",
            "UNHCR",
        ),
        (
            "The UN refugee agency appealed for funds. Some 3,000 people fled Goma on"
            " Saturday, the agency said.",
            "UNHCR",
        ),
    ):
        assert [c.claimed_by for c in run(text).casualties] == [claimant], text
    text = 'The UN Security Council met on Sunday. "We are alarmed," the council said.'
    assert said(text) == [("UN", "the council", "We are alarmed")]


def test_a_thousands_comma_opens_no_inverted_attribution() -> None:
    text = (
        "Fidan said troop contributions are secured through bilateral deals, with 11,000"
        " troops currently pledged."
    )
    assert [t for _a, _w, t in said(text)] == [
        "troop contributions are secured through bilateral deals, with 11,000 troops"
        " currently pledged."
    ]


def test_a_peoples_press_is_no_voice_of_its_state() -> None:
    for text in (
        "Turkish media reported that Fidan would travel to Kyiv next week.",
        "A third round of talks is planned for January, according to Egyptian media.",
    ):
        assert said(text) == [], text
    # (state media are the state's)
    assert [a for a, _w, _t in said("Russian state media said the talks had failed.")] == ["russia"]


_ESSEQUIBO = """
title: Essequibo
date: 2024-01-10
actors:
  guyana: {name: Guyana, aliases: [Irfaan Ali]}
  venezuela: {name: Venezuela, aliases: [Nicolas Maduro]}
  malaysia: {name: Malaysia, aliases: [Anwar Ibrahim]}
"""


def test_every_state_has_its_peoples_word_and_capital() -> None:
    # states of any region, not only those at war in the examples: "Guyanese", "Haitian"
    text = "Guyanese officials said the talks with Venezuela would go on."
    assert [a for a, _w, _t in said(text, cfg=_ESSEQUIBO)] == ["guyana"]
    text = "Maduro flew to Georgetown on Monday."
    assert {d.location for d in run(text, cfg=_ESSEQUIBO).diplomacy} == {"Georgetown"}


def test_a_capital_where_they_go_names_no_side_of_both_countries() -> None:
    text = (
        "Guyana and Venezuela agreed to talks. Their envoys will arrive in Kuala Lumpur"
        " on Monday. Officials from both countries will meet there."
    )
    got = {(d.type, d.participants) for d in run(text, cfg=_ESSEQUIBO).diplomacy}
    assert ("meeting", ("guyana", "venezuela")) in got


def test_a_deal_not_yet_reached_or_in_the_way_is_still_sought() -> None:
    for text in (
        "A peace treaty between Russia and Ukraine has not yet been reached.",
        "The corridor remains the main obstacle to a peace treaty between Russia and Ukraine.",
        "The vote cleared the way for the signing of a peace treaty between Russia and Ukraine.",
    ):
        assert steps(text) == {("agreement", ("russia", "ukraine"), "proposed")}, text


def test_parts_of_the_americas_are_no_united_states() -> None:
    cfg = CONFIG.replace("actors:\n", "actors:\n  us: {name: United States}\n", 1)
    assert said("Central American leaders said the talks would go on.", cfg=cfg) == []
    assert [a for a, _w, _t in said("American officials said talks would go on.", cfg=cfg)] == [
        "us"
    ]


def test_a_list_of_speakers_may_end_with_others_not_named() -> None:
    text = "Israel, Egypt, Turkey and Gulf states have all urged restraint."
    assert sorted(a for a, _w, _t in said(text)) == ["egypt", "israel", "turkey"]


def test_more_idioms_of_the_dead_and_the_taken() -> None:
    # a military's idiom of its kills; hostages taken; a threat is no killing
    text = "The army said its troops sent 14 terrorists to hell near Rafah."
    assert {c[:3] for c in casualties(text)} == {("unknown", "killed", 14)}
    text = "Nine militants were sent to hell in Rafah, the army said."
    assert {c[:3] for c in casualties(text)} == {("unknown", "killed", 9)}
    assert {c[:3] for c in casualties("Gunmen took 40 passengers hostage on Friday.")} == {
        ("civilians", "captured", 40)
    }
    assert {c[:3] for c in casualties("Over 300 passengers were taken hostage on Friday.")} == {
        ("civilians", "captured", 300)
    }
    text = "The gunmen said they were holding 90 people and threatened to start executing them."
    assert casualties(text) == set()


def test_who_claims_a_deed_counts_not_what_the_reporter_tells_of_it() -> None:
    text = "Hamas claimed responsibility for the attack, which left 31 people dead."
    assert [c.claimed_by for c in run(text).casualties] == [None]
    # but its own figures are its claim
    for text in (
        "Hamas claimed responsibility for killing 20 soldiers at a base in Rafah.",
        "Hamas claimed responsibility for an attack that killed 20 soldiers in Rafah.",
        "Hamas claimed responsibility for the attack, saying it had killed 20 soldiers.",
    ):
        assert [c.claimed_by for c in run(text).casualties] == ["hamas"], text


def test_a_name_in_the_opening_phrase_is_not_he() -> None:
    # "Speaking at a meeting chaired by X, he ...": he is the one named before, not X
    for text in (
        "Netanyahu said the war would go on. Speaking at a meeting chaired by Egyptian"
        " President Abdel Fattah al-Sisi, he said Israel would not withdraw.",
        "Netanyahu said the war would go on. After meeting Erdogan in Ankara, he said"
        " Israel would not withdraw.",
    ):
        assert [(a, w) for a, w, _t in said(text)][-1] == ("israel", "Benjamin Netanyahu")


def test_two_who_meet_one_separately_each_meet_that_one() -> None:
    text = "The Egyptian president and the Turkish president held separate meetings with Hamas."
    assert steps(text) == {
        ("meeting", ("egypt", "hamas"), "held"),
        ("meeting", ("hamas", "turkey"), "held"),
    }
    # two who meet two separately: each of the one pair meets each of the other
    assert steps("Netanyahu and Erdogan held separate talks with Egyptian and Qatari leaders.") == {
        ("talks", ("Qatar", "israel"), "held"),
        ("talks", ("egypt", "israel"), "held"),
        ("talks", ("Qatar", "turkey"), "held"),
        ("talks", ("egypt", "turkey"), "held"),
    }
    # one who meets two separately meets each
    assert steps("Erdogan met separately with Netanyahu and Hamas leaders.") == {
        ("meeting", ("israel", "turkey"), "held"),
        ("meeting", ("hamas", "turkey"), "held"),
    }


def test_a_states_body_speaks_by_its_name() -> None:
    cfg = CONFIG.replace(
        "actors:\n", "actors:\n  iran: {name: Iran, aliases: [Revolutionary Guards]}\n", 1
    )
    text = "Meanwhile, Iran's Revolutionary Guards claimed that the strike used a new tactic."
    assert said(text, cfg=cfg) == [
        ("iran", "Revolutionary Guards", "the strike used a new tactic.")
    ]


def test_years_of_a_wars_toll_are_no_report_carried_on() -> None:
    text = (
        "At least two rangers were killed in Rafah, a local group said. The area has been"
        " plagued for years by violence that has killed thousands of people."
    )
    assert [c.claimed_by for c in run(text).casualties] == ["local group", None]


def test_inmates_are_people_counted() -> None:
    text = "A riot at the prison left at least 31 inmates dead, officials said."
    assert {c[:3] for c in casualties(text)} == {("unknown", "killed", 31)}


_ARMED_FORCES = """
title: Armed forces
date: 2025-03-10
actors:
  ecuador: {name: Ecuador, aliases: [Armed Forces, National Police, Daniel Noboa]}
  choneros: {name: Los Choneros, aliases: [Fito]}
"""


def test_a_bodys_first_word_is_no_place_and_its_last_no_surname() -> None:
    # "Armed Forces" names no place "Armed"; "National Police" no person "Police"
    text = "Armed men wearing masks took over a television station in Guayaquil."
    assert run(text, cfg=_ARMED_FORCES).ground == []
    text = (
        "Police arrested 300 gang members, army chief Jaime Vela reported."
        ' "These men belong to three gangs," he said.'
    )
    assert "National Police" not in [w for _a, w, _t in said(text, cfg=_ARMED_FORCES)]


def test_a_deed_declared_and_another_done_are_no_words() -> None:
    text = "Noboa declared a state of emergency and designated 20 gangs as terrorist groups."
    assert said(text, cfg=_ARMED_FORCES) == []


def test_goods_seized_and_a_persons_capture_are_no_ground_taken() -> None:
    for text in (
        "Israeli troops seized 22 tons of weapons in Rafah.",
        "Egypt offered a reward for information leading to his capture.",
    ):
        assert run(text).ground == [], text
    assert _moves("Israeli troops captured Rafah on Sunday.") == {("israel", "captured")}


def test_an_undertaking_not_to_act_is_a_deal_and_no_deed() -> None:
    text = "Israel and Hamas agreed not to attack civilians in Rafah."
    facts = run(text)
    assert facts.ground == []
    assert {(d.type, d.participants, d.status) for d in facts.diplomacy} == {
        ("agreement", ("hamas", "israel"), "concluded")
    }
    # a condition is no deed either
    assert run("Hamas would be crushed if it attacked Israel again, Netanyahu warned.").ground == []


def test_attacks_to_be_fought_off_are_no_deed_yet() -> None:
    for text in (
        "Egypt sent more troops to help fight attacks by Hamas in Sinai.",
        "Israel has stepped up efforts to prevent attacks by Hamas.",
    ):
        assert ("hamas", "attacked") not in _moves(text), text


def test_an_aside_before_the_verb_hides_no_subject() -> None:
    text = (
        "The Turkish foreign ministry, while welcoming the truce between Israel and Hamas,"
        " voiced concern about the aid."
    )
    assert [a for a, _w, _t in said(text)] == ["turkey"]


def test_who_is_cited_as_telling_speaks_past_whom_he_told() -> None:
    text = "Egyptian state media cited Shoukry as telling reporters that the crossing would reopen."
    assert said(text) == [("egypt", "Sameh Shoukry", "the crossing would reopen.")]
    text = "Egypt backed the plan, telling AFP that the crossing would reopen."
    assert said(text) == [("egypt", None, "the crossing would reopen.")]


def test_quoted_words_inside_a_reported_clause_are_said_with_the_clause() -> None:
    text = (
        'Netanyahu spoke on Monday. The gunmen planned to dig "a long tunnel" from Rafah to'
        ' Egypt for "supplies from the Egyptian side," he said.'
    )
    [*_, (actor, _who, words)] = said(text)
    assert actor == "israel"
    assert words == (
        'The gunmen planned to dig "a long tunnel" from Rafah to Egypt for "supplies from'
        ' the Egyptian side"'
    )
    # a quote that is all that was said stays the quote
    assert said('"The talks will go on," Netanyahu said.')[0][2] == "The talks will go on"


def test_the_doer_is_right_after_by_not_the_place_after_it() -> None:
    text = "An armed assault by gangs on Cairo's Zamalek district killed five people."
    assert ("egypt", "attacked") not in _moves(text)
    assert ("israel", "struck") in _moves("A strike blamed on Israel hit Rafah on Monday.")


def test_according_to_a_states_body_is_the_body() -> None:
    text = "According to Ecuadorian National Police, the riot began early in the morning."
    assert said(text, cfg=_ARMED_FORCES) == [
        ("ecuador", "National Police", "the riot began early in the morning.")
    ]


def test_a_second_estimate_is_its_estimators() -> None:
    text = "The ministry put the death toll at 14, while local officials put the figure at 17."
    got = [(c.count, c.claimed_by) for c in run(text).casualties]
    assert got == [(14, "ministry"), (17, "local officials")]
    text = "The ministry said the toll had risen to 20, while a monitor put it at 25."
    got = [(c.count, c.claimed_by) for c in run(text).casualties]
    assert got == [(20, "ministry"), (25, "monitor")]


def test_a_toll_of_the_displaced() -> None:
    for text in (
        "The number of displaced people has risen to 40,000.",
        "OCHA put the number of internally displaced people at 40,000.",
        "The agency estimated the number of people who have fled at 40,000.",
    ):
        facts = run(text)
        got = [(c.kind, c.count, c.party) for c in facts.casualties]
        assert got == [("displaced", 40000, "civilians")], text
    # an estimate of a figure is no position
    assert said("The UN estimated the number of displaced people at 5,000.") == []


def test_men_with_a_named_part_are_of_no_one_side() -> None:
    got = [
        (c.party, c.count)
        for c in run("The attack killed six men, including two soldiers.").casualties
    ]
    assert got[0] == ("unknown", 6)
    got = [
        (c.party, c.count)
        for c in run("The raid killed six men, including five civilians.").casualties
    ]
    assert got == [("unknown", 6), ("civilians", 5)]
    assert [c.party for c in run("The raid killed six men.").casualties] == ["civilians"]


_AN_ARMY = """
title: An army
date: 2025-03-10
actors:
  ecuador: {name: Ecuador, aliases: [Ecuadorian army, Daniel Noboa]}
  choneros: {name: Los Choneros, aliases: [Fito]}
"""


def test_the_army_capitalised_as_a_style_is_the_army() -> None:
    text = "The Army said the gang leader was captured in Manta."
    assert said(text, cfg=_AN_ARMY) == [("ecuador", None, "the gang leader was captured in Manta.")]
    # (a name of its own is not the army: "the Army Corps of Engineers")
    text = "The Army Corps of Engineers said the bridge would reopen within a month."
    assert said(text, cfg=_AN_ARMY) == []


def test_a_verb_of_saying_before_its_subject_after_a_quote() -> None:
    text = '"We will not rest until those responsible are judged," stressed the army.'
    assert said(text, cfg=_AN_ARMY) == [
        ("ecuador", None, "We will not rest until those responsible are judged")
    ]


def test_a_lone_victim_reportedly_hurt() -> None:
    got = casualties("A police officer was reportedly injured during the riot.")
    assert got == {("unknown", "wounded", 1, None, None, False)}


def test_a_peoples_word_before_mediation_names_the_mediator() -> None:
    text = (
        "Talks in Cairo, under Egyptian and Turkish mediation, produced a truce agreement"
        " between Israel and Hamas."
    )
    found = run(text).diplomacy
    assert found
    for step in found:
        assert (step.participants, step.mediators) == (("hamas", "israel"), ("egypt", "turkey"))


def test_the_death_of_a_lone_victim() -> None:
    got = casualties("The clash resulted in the death of a farmer near Kupiansk.")
    assert got == {("civilians", "killed", 1, None, None, False)}


_PORTFOLIO = """
title: Portfolio
date: 2025-03-10
actors:
  guyana: {name: Guyana, aliases: [Hugh Todd, Hugh Hilton Todd, Defence Force]}
  venezuela: {name: Venezuela, aliases: [Yvan Gil]}
"""


def test_a_title_with_its_portfolio_before_a_name() -> None:
    text = "Minister of Foreign Affairs Hugh Todd said that the talks would begin soon."
    assert said(text, cfg=_PORTFOLIO) == [
        ("guyana", "Hugh Hilton Todd", "the talks would begin soon.")
    ]
    # (another given name is another person: "Minister of Trade Peter Todd")
    assert said("Peter Todd said that the talks would begin soon.", cfg=_PORTFOLIO) == []


def test_a_document_from_a_side_speaks_for_it() -> None:
    text = "A statement from the Defence Force said that troops returned fire near the river."
    assert said(text, cfg=_PORTFOLIO) == [
        ("guyana", "Defence Force", "troops returned fire near the river.")
    ]


def test_highlighted_is_said_but_a_deed_says_nothing() -> None:
    # (a thing highlighted keeps its verb: "the need to ..." alone is no claim)
    text = "Egypt highlighted the need to stop actions that aggravate the crisis."
    assert said(text) == [
        ("egypt", None, "highlighted the need to stop actions that aggravate the crisis.")
    ]
    assert said("The Israeli strike underscored the risks facing aid workers in Gaza.") == []
    assert said("Russia's invasion has highlighted the risks facing Europe.") == []


def test_an_aside_between_said_and_that() -> None:
    for text in (
        "On Tuesday, the Egyptian minister said, also on the social network X, that the"
        " crossing would open.",
        "The Egyptian minister said, speaking to reporters in Cairo, that the crossing would open.",
    ):
        assert said(text) == [("egypt", "Egyptian minister", "the crossing would open.")], text
    text = "The prison, the Egyptian minister said, was not on the list."
    assert said(text) == [("egypt", "Egyptian minister", "The prison was not on the list.")]


def test_a_side_saying_with_a_colon_is_no_dateline() -> None:
    text = 'Talks went on. Egypt said: "We reject any attack on Rafah."'
    assert said(text) == [("egypt", None, "We reject any attack on Rafah.")]
    assert said("Aswan (Egypt): Talks went on in the city on Monday.") == []


def test_the_statement_further_said_and_the_cabinet() -> None:
    text = (
        'Egypt issued a statement on Monday. "We welcome the talks in Cairo," the'
        " statement further said."
    )
    assert [s.actor for s in run(text).statements] == ["egypt"]
    text = 'Egypt\'s cabinet met on Thursday. "The text is ready for signing," the cabinet said.'
    assert [s.actor for s in run(text).statements] == ["egypt"]


def test_as_well_as_joins_two_speakers() -> None:
    text = "Egypt as well as Turkey said the crossing would reopen."
    assert sorted(s.actor for s in run(text).statements) == ["egypt", "turkey"]
    # (and "as" alone still says whose claim it is: "as Egypt said")
    facts = run("The strike, as Egypt said, killed 36 people.")
    assert [c.claimed_by for c in facts.casualties] == ["egypt"]


def test_a_pair_before_a_steps_word_are_its_parties() -> None:
    text = "Turkey rejected the proposed corridor, part of an Israel-Hamas truce deal."
    assert [d.participants for d in run(text).diplomacy] == [("hamas", "israel")]


def test_a_lone_victim_after_a_part_of_a_group() -> None:
    got = casualties("Three of the attackers and a Ukrainian police officer were killed.")
    assert ("ukraine", "killed", 1, None, None, False) in got


def test_what_one_called_is_no_claim_of_its_own() -> None:
    text = 'Shoukry rejected what he called "baseless accusations" by Israel.'
    assert [s.text for s in run(text).statements] == [
        'rejected what he called "baseless accusations" by Israel.'
    ]


def test_what_photographs_show_is_no_ones_words() -> None:
    text = "The two men shook hands, according to photographs shared by the Turkish presidency."
    assert said(text) == []
    assert [
        s.actor for s in run("The talks failed, according to the Turkish presidency.").statements
    ] == ["turkey"]


def test_who_attributes_an_attack_did_not_attack() -> None:
    text = "Ukraine attributed the attack in the village of Kupiansk to militants backed by Russia."
    assert _moves(text) == set()
    assert _moves("Ukraine attacked Russian positions near Kupiansk.") == {("ukraine", "attacked")}


def test_a_church_is_a_body_of_its_own() -> None:
    text = "The Ukrainian Orthodox Church said that gunmen had stormed a monastery in Kupiansk."
    facts = run(text)
    assert facts.statements == [] and facts.ground == []


def test_a_long_acronym_in_title_case() -> None:
    cfg = """
title: t
date: 2024-03-10
actors:
  nato: {name: NATO, aliases: [NATO]}
  serbia: {name: Serbia, aliases: [Aleksandar Vucic]}
"""
    # (mid-sentence: a sentence's first word may be a word, "Fact checkers said")
    text = "On Monday, Nato said it would send more troops."
    assert [s.actor for s in run(text, cfg=cfg).statements] == ["nato"]


def test_said_then_a_name_after_a_comma_is_its_speaker() -> None:
    text = "By pressuring people, Netanyahu united all Palestinians in the region, said Shoukry."
    assert [(s.actor, s.speaker) for s in run(text).statements] == [("egypt", "Sameh Shoukry")]
    # (someone of no side: not the side the clause names)
    text = "By pressuring people, Netanyahu united all Palestinians in the region, said Sisi."
    assert said(text) == []
    text = "Israel struck Rafah, killing 12 people, said Mohammed Ahmed, a doctor at the hospital."
    assert said(text) == []
    assert [c.claimed_by for c in run(text).casualties] == [
        "Mohammed Ahmed, a doctor at the hospital"
    ]


def test_a_title_in_apposition_names_whom_the_title_stands_for() -> None:
    text = (
        "Sameh Shoukry, the director of the crisis cell, spoke on Monday. The director said"
        " that the crossing would reopen."
    )
    assert said(text) == [("egypt", "Sameh Shoukry", "the crossing would reopen.")]


def test_lamented_is_said_and_condolences_a_stance() -> None:
    text = "Shoukry lamented that his warnings had been ignored."
    assert said(text) == [("egypt", "Sameh Shoukry", "his warnings had been ignored.")]
    text = "Shoukry lamented the resurgence of violence in Gaza."
    assert said(text) == [
        ("egypt", "Sameh Shoukry", "lamented the resurgence of violence in Gaza.")
    ]
    text = "Shoukry condoled with the families of the victims."
    assert said(text) == [("egypt", "Sameh Shoukry", "condoled with the families of the victims.")]


def test_a_rank_is_a_victim() -> None:
    assert casualties("Gunmen killed a lieutenant in an ambush.") == {
        ("unknown", "killed", 1, None, None, False)
    }
    assert casualties("Two sergeants were wounded in the blast.") == {
        ("unknown", "wounded", 2, None, None, False)
    }


_A_MISSION = """
title: t
date: 2024-03-10
actors:
  mozambique: {name: Mozambique, aliases: [Filipe Nyusi]}
  samim: {name: SAMIM, aliases: [SAMIM, European Council]}
"""


def test_a_sides_name_spelt_out_before_its_acronym() -> None:
    text = (
        "The Southern African Mission in Mozambique (SAMIM) announced on Thursday that it"
        " will withdraw its forces."
    )
    assert [s.actor for s in run(text, cfg=_A_MISSION).statements] == ["samim"]


def test_a_statement_from_a_side_reads() -> None:
    text = (
        '"This support will help the troops stay longer," a statement from the European'
        " Council reads."
    )
    assert [s.actor for s in run(text, cfg=_A_MISSION).statements] == ["samim"]


def test_more_words_before_the_victims() -> None:
    assert casualties("Security forces killed five self-styled Naparama militiamen.") == {
        ("unknown", "killed", 5, None, None, False)
    }
    assert casualties("The attack claimed the lives of two anti-poaching scouts.") == {
        ("unknown", "killed", 2, None, None, False)
    }


def test_a_title_in_apposition_without_its_closing_comma() -> None:
    text = "Sameh Shoukry, the foreign minister of Egypt said the crossing would reopen."
    assert said(text) == [("egypt", "Sameh Shoukry", "the crossing would reopen.")]


def test_who_carried_out_an_attack_is_the_noun_before_that() -> None:
    text = "Netanyahu accused Egypt of backing the militants that carried out the attack."
    assert _moves(text) == set()


def test_a_targeted_measure_in_quotes_is_no_strike() -> None:
    assert _moves('Turkey demanded more "targeted measures" to protect the corridor.') == set()
    # (someone else, unnamed: "an official familiar with the talks")
    text = "The delegation is led by Sameh Shoukry, an official familiar with the talks said."
    assert said(text) == []
    # (the side named right before "who", or its armed men, does it)
    assert _moves("Israel accused Turkey of sheltering Hamas fighters who launch strikes.") == {
        ("hamas", "struck")
    }


def test_mediated_talks_are_between_the_pair_the_sentence_names() -> None:
    text = "Mediated by Egypt, the talks ended without agreement as Israel-Hamas tensions worsened."
    assert {d.participants for d in run(text).diplomacy} == {("hamas", "israel")}


def test_two_groups_that_share_among_the_dead() -> None:
    got = casualties("Three Ukrainian personnel and two civilians were among the dead.")
    assert got == {
        ("ukraine", "killed", 3, None, None, False),
        ("civilians", "killed", 2, None, None, False),
    }


def test_a_part_named_without_a_comma_and_more_words_before_victims() -> None:
    got = casualties("At least 50 people including 14 soldiers lost their lives in the attack.")
    assert ("unknown", "killed", 50, 50, None, False) in got
    got = casualties("About a dozen soldiers and six railway employees were among the dead.")
    assert ("civilians", "killed", 6, None, None, False) in got
    assert casualties("Hamas said 90 security force personnel were killed.") != set()


def test_a_peoples_word_before_a_plural_is_no_surname() -> None:
    cfg = """
title: t
date: 2025-03-10
actors:
  byc: {name: BYC, aliases: [Mahrang Baloch]}
  pakistan: {name: Pakistan, aliases: [Pakistan Army]}
"""
    text = "Baloch nationalists say they have been fighting for a larger share."
    assert run(text, cfg=cfg).statements == []
    text = "Mahrang Baloch spoke on Monday. Baloch says the protests would continue."
    assert [s.actor for s in run(text, cfg=cfg).statements] == ["byc"]


def test_a_plain_subject_before_a_side_named_as_its_object() -> None:
    text = "The assailants circled the Ukrainian boat and opened fire on Monday."
    assert _moves(text) == set()
    text = "If they were to attack Egypt or attack its ports, it would be a bad day for them."
    assert _moves(text) == set()


def test_a_part_of_a_whole_told_by_a_bare_figure() -> None:
    assert casualties("Five of seven Ukrainian soldiers are confirmed dead.") == {
        ("ukraine", "killed", 5, None, None, False)
    }


def test_guyana_phrasings() -> None:
    text = "Erdogan has spoken via telephone with Putin."
    assert steps(text) == {("call", ("russia", "turkey"), "held")}
    text = "Erdogan warned Netanyahu's government of the consequences if Israel attacks Rafah."
    assert [s.text for s in run(text).statements] == [
        "warned Netanyahu's government of the consequences if Israel attacks Rafah."
    ]
    text = "Shoukry proposed joint projects as an avenue for advancing discussions with Israel."
    assert _moves(text) == set()
    text = "Egypt said Israel had agreed to the talks, though Israel did not immediately confirm."
    assert [s.text for s in run(text).statements] == ["Israel had agreed to the talks"]


def test_thanks_and_congratulations_are_a_stance() -> None:
    text = "Erdogan thanked Egypt for hosting the talks between Israel and Hamas."
    assert [s.text for s in run(text).statements] == [
        "thanked Egypt for hosting the talks between Israel and Hamas."
    ]
    assert steps(text) == {("talks", ("hamas", "israel"), "held")}
    assert run("Thanks to Egyptian mediation, the talks resumed in Cairo.").statements == []


def test_a_version_of_the_statement_read() -> None:
    text = (
        'Egypt\'s Foreign Ministry issued a statement. "We welcome the talks," the English'
        " version of the statement read."
    )
    assert [s.actor for s in run(text).statements] == ["egypt"]


def test_whose_deed_and_a_stance_in_strong_terms() -> None:
    assert _moves("Egypt condemned Israel's strikes on Rafah.") == {("israel", "struck")}
    text = "Shoukry has condemned in strong terms weekend's suicide bombing in Rafah."
    assert _moves(text) == set()
    text = "Shoukry renewed his appeal to Egypt's allies for troops to be deployed to Rafah."
    assert _moves(text) == set()


def test_whom_it_was_told_is_not_who_told_it() -> None:
    text = (
        '"Airstrikes against the fleeing fighters killed many," another military officer'
        " told AFP, without specifying the number of Hamas casualties."
    )
    assert said(text) == []


def test_whom_a_letter_was_written_to() -> None:
    text = "Erdogan wrote to the Speaker of parliament, Numan Kurtulmus, that troops would stay."
    assert said(text) == [("turkey", "Recep Tayyip Erdogan", "troops would stay.")]


def test_others_after_the_dead_of_two_sides_are_of_neither() -> None:
    text = (
        "Three Ukrainian soldiers and two civilians were among those killed. Thirty others"
        " were also injured in the attack."
    )
    assert ("unknown", "wounded", 30, None, None, False) in casualties(text)
    text = "Three Ukrainian soldiers were killed. Thirty others were also injured in the attack."
    assert ("ukraine", "wounded", 30, None, None, False) in casualties(text)


def test_shot_is_wounded_unless_dead_or_missed() -> None:
    assert casualties("Six Ukrainian soldiers were shot this afternoon.") == {
        ("ukraine", "wounded", 6, None, None, False)
    }
    assert casualties("Six Ukrainian soldiers were shot dead this afternoon.") == {
        ("ukraine", "killed", 6, None, None, False)
    }
    assert casualties("Six Ukrainian soldiers were shot at but not hit.") == set()


def test_according_to_agreements_cites_a_text() -> None:
    text = "According to the Cairo agreements of 2013, the border committee must be established."
    assert said(text) == []


def test_a_predicate_said_of_the_noun_before_is_no_claim_of_its_own() -> None:
    text = "Hamas demanded the release of prisoners it said had been abducted by Israel's army."
    assert [s.text for s in run(text).statements] == [
        "demanded the release of prisoners it said had been abducted by Israel's army."
    ]
    # (but "what it said were" is its claim of what was struck)
    text = "Israel struck what it said were Hamas fighters and rocket launchers in Rafah."
    assert [s.actor for s in run(text).statements] == ["israel"]


def test_the_review_of_the_new_rules() -> None:
    # whom one met is no speaker in apposition
    text = "After talks with Vladimir Putin, the Turkish foreign minister said talks would go on."
    assert [s.actor for s in run(text).statements] == ["turkey"]
    # a side's deed that "put the toll at" is no claimant over who said it
    text = "Egypt said the latest Israeli strikes put the death toll at 35."
    assert [c.claimed_by for c in run(text).casualties] == ["egypt"]
    # shot, then died
    got = casualties("Two Ukrainian soldiers were shot in the head and died at the scene.")
    assert got == {("ukraine", "killed", 2, None, None, False)}
    # a report from a place is no side's
    assert [
        c.claimed_by for c in run("A report from Kyiv said 12 civilians were killed.").casualties
    ] == [None]
    # a border is no pair of parties
    text = "Mediators met near the Egypt-Israel border to push the warring parties toward a truce."
    assert {d.participants for d in run(text).diplomacy} <= {("hamas", "israel")}
    # an adjective in -ed is no verb of the clause
    text = "The embattled Russian general, speaking in Moscow, said Russia had captured Avdiivka."
    assert [s.actor for s in run(text).statements] == ["russia"]
    # those going home are not displaced
    assert (
        casualties("The number of displaced people returning to Gaza has reached 300,000.") == set()
    )
    # a side's tanks, not a noun of whose
    assert _moves("Israel's tanks shell Rafah as talks stall.") == {("israel", "shelled")}
    # who criticises a host does not make it a mediator
    text = "Russia criticised Turkey for hosting the talks with Ukraine."
    assert all(d.mediators == () for d in run(text).diplomacy)
    # a word that opens a sentence is no acronym written as a name
    cfg = """
title: t
date: 2024-03-10
actors:
  fact: {name: FACT, aliases: [FACT]}
  chad: {name: Chad, aliases: [Mahamat Deby]}
"""
    assert run("Fact checkers said the video was fake.", cfg=cfg).statements == []
    # ... but a side named in a clause of contrast gives its own figure
    text = (
        "The ministry says more than 180 people have been killed, while the United Nations"
        " puts the figure at 191."
    )
    assert [c.claimed_by for c in run(text).casualties] == ["ministry", "United Nations"]


def test_both_of_a_pair_that_brokers_a_step_mediate_it() -> None:
    for text in (
        "A Turkey-Egypt brokered truce between Israel and Hamas came into force on Monday.",
        "A Turkey-Egypt-brokered truce between Israel and Hamas came into force on Monday.",
    ):
        found = [(d.participants, d.mediators) for d in run(text).diplomacy]
        assert found == [(("hamas", "israel"), ("egypt", "turkey"))], text


def test_highlighted_that_after_an_aside_says_the_clause() -> None:
    text = (
        "On Tuesday, the Egyptian minister highlighted, also on the social network X, that"
        " the crossing would reopen."
    )
    assert said(text) == [("egypt", "Egyptian minister", "the crossing would reopen.")]


def test_a_country_that_owns_the_warring_sides_is_no_party_to_their_truce() -> None:
    # "Libya's rival factions", "the two Libyan delegations": the country of the war;
    # the UN body that tells of the truce is no party either
    for text in (
        "Haftar's forces and the GNA have fought since April. Libya's rival factions signed "
        "a truce in Geneva on Friday, the UN's Libya mission said.",
        "Haftar's forces and the GNA have fought since April. The two Libyan delegations "
        "signed a truce in Geneva on Friday, the UN's Libya mission said.",
        "Haftar's forces and the GNA have fought since April. Libyan factions sign truce "
        "in Geneva, the UN's Libya mission said.",
    ):
        agreements = [p for t, p, _s in steps(text, cfg=LIBYA) if t == "agreement"]
        assert agreements and all(set(p) <= {"gna", "lna"} for p in agreements), agreements
    # one side's teams, and a list of two nations' factions, are theirs
    text = "Egyptian teams met the GNA in Cairo on Monday."
    assert any("egypt" in p for t, p, _s in steps(text, cfg=LIBYA) if t == "meeting")


def test_who_tells_that_the_warring_sides_agreed_is_no_party() -> None:
    text = (
        "The LNA and the GNA have fought since April. On Wednesday, the UN envoy had said "
        "the two warring factions agreed to reopen the coastal road, citing agreements on "
        "prisoner swaps."
    )
    agreements = [p for t, p, _s in steps(text, cfg=LIBYA) if t == "agreement"]
    assert agreements and all(set(p) == {"gna", "lna"} for p in agreements), agreements


def test_who_negotiated_a_truce_between_two_sides_mediated_their_talks() -> None:
    for text in (
        'Turkey negotiated an "immediate truce" between Israel and Hamas on Friday.',
        "Turkey said it had negotiated a lasting ceasefire between Israel and Hamas.",
    ):
        found = {(d.type, d.participants, d.mediators) for d in run(text).diplomacy}
        assert ("talks", ("hamas", "israel"), ("turkey",)) in found, found
        assert all(p == ("hamas", "israel") for _t, p, _m in found), found
    # a side that negotiated with another is a party
    text = "Israel negotiated a truce with Hamas on Friday."
    assert {p for _t, p, _s in steps(text)} == {("hamas", "israel")}


def test_single_victims_told_as_one_list_are_counted_together() -> None:
    for text, count in (
        ("A woman and a child were killed when a shell hit their house in Rafah.", 2),
        ("The shelling killed a boy and his grandfather in Rafah on Monday.", 2),
        ("A farmer, his wife and their three sons were killed in the strike.", 5),
        ("One mother and her baby have died after a bomb hit their home.", 2),
    ):
        assert casualties(text) == {("civilians", "killed", count, None, None, False)}, text
    # how many children is not told: only the one named
    text = "A teacher and her children were killed in the strike."
    assert casualties(text) == {("civilians", "killed", 1, None, None, False)}
    # two sides' dead in one list: each its own
    text = "A soldier and a civilian were killed when Hamas fired rockets at Sderot."
    assert {(c.party, c.count) for c in run(text).casualties} == {("israel", 1), ("civilians", 1)}


def test_a_quote_closed_with_its_stop_is_of_the_speaker_named_after_it() -> None:
    for text in (
        '"There will be no truce while the hostages are held." Benjamin Netanyahu said.',
        "“There will be no truce while the hostages are held.” Netanyahu said on Monday.",
        '"There will be no truce while the hostages are held." Netanyahu was quoted as saying.',
    ):
        assert said(text) == [
            ("israel", "Benjamin Netanyahu", "There will be no truce while the hostages are held.")
        ], text


def test_who_was_quoted_as_saying_a_quote_before_said_it() -> None:
    text = '"We are ready to talk," Dmitry Peskov was quoted as saying.'
    assert said(text) == [("russia", "Dmitry Peskov", "We are ready to talk")]
    # a comma lost before the speaker: the quote ends at its mark
    text = '"We are ready to talk" Peskov was quoted as saying by state media.'
    assert [s for _a, _p, s in said(text)] == ["We are ready to talk"]


def test_who_is_named_between_dashes_before_the_verb_does_not_speak() -> None:
    for text in (
        "Hamas—designated a terrorist group by Israel, Egypt and Turkey—announced on Monday "
        "it would free two hostages.",
        "Hamas -- branded a terrorist group by Israel and Egypt -- announced on Monday it "
        "would free two hostages.",
    ):
        assert {a for a, _p, _s in said(text)} == {"hamas"}, text


def test_a_name_given_to_a_thing_is_no_claim() -> None:
    for text in (
        'Russian forces have been carrying out an operation called "Northern Wind" in the '
        "region since May, Ukraine's army said.",
        "Hamas – which Israel and Egypt call a terrorist group – said on Monday it would free "
        "two hostages.",
        'A Russian warship, dubbed the "grey giant", patrols the coast, Kuleba said.',
    ):
        assert {a for a, _p, _s in said(text)} <= {"ukraine", "hamas"}, text
        assert "russia" not in {a for a, _p, _s in said(text)}
        assert "israel" not in {a for a, _p, _s in said(text)}


def test_what_a_side_maintains_in_a_place_is_kept_not_said() -> None:
    text = "Russia has maintained dozens of military posts in the region since the war."
    assert said(text) == []
    text = "Russia maintained its troops were defending the region."
    assert [a for a, _p, _s in said(text)] == ["russia"]


def test_an_inverted_speaker_is_found_past_when_and_where_they_spoke() -> None:
    text = (
        "Some 40,000 people have fled their homes since May, said Egyptian foreign ministry "
        "spokesman Sameh Shoukry during a press briefing in Cairo last week."
    )
    assert [(a, p) for a, p, _s in said(text)] == [("egypt", "Sameh Shoukry")]
    assert {c.claimed_by for c in run(text).casualties} == {"egypt"}
    text = "Some 40,000 people have fled their homes, said Omar Saleh, a camp manager, on Monday."
    assert [c.claimed_by for c in run(text).casualties] == ["Omar Saleh, a camp manager"]


def test_the_wounded_who_later_died_are_dead() -> None:
    text = (
        "Six Israeli soldiers were wounded in the blast and two of them died later, the army said."
    )
    assert {(c.party, c.kind, c.count) for c in run(text).casualties} == {
        ("israel", "wounded", 6),
        ("israel", "killed", 2),
    }
    text = "Nine civilians were injured in the shelling of Kharkiv, three of whom later died."
    assert ("civilians", "killed", 3) in {(c.party, c.kind, c.count) for c in run(text).casualties}
    text = "A drone wounded two Russian soldiers, who later died of their wounds, Kyiv said."
    assert {(c.party, c.kind, c.count) for c in run(text).casualties} == {("russia", "killed", 2)}


_FAMILY_FIRST = """
title: Shoal brief
date: 2024-06-20
actors:
  philippines: {name: Philippines, aliases: [Maria Santos Reyes]}
  china: {name: China, aliases: [Zhao Minghui, Chinese foreign ministry]}
  korea: {name: North Korea, aliases: [Pak Chol Jun]}
"""


def test_a_family_name_written_first_is_the_name_used_later() -> None:
    # Chinese and Korean names put the family name first: "Zhao said", "Pak said"
    text = (
        "Chinese foreign ministry spokesman Zhao Minghui spoke on Monday. The shoal has "
        "always been Chinese territory, Zhao said."
    )
    assert ("china", "Zhao Minghui") in {(a, p) for a, p, _s in said(text, cfg=_FAMILY_FIRST)}
    text = "The drills will go on, Pak said on Tuesday."
    assert [(a, p) for a, p, _s in said(text, cfg=_FAMILY_FIRST)] == [("korea", "Pak Chol Jun")]
    # the given name alone names no one
    text = "The drills will go on, Minghui said on Tuesday."
    assert said(text, cfg=_FAMILY_FIRST) == []


def test_force_at_sea_is_an_attack_and_control_measures_no_capture() -> None:
    for text in (
        "A Russian coast guard vessel rammed a Ukrainian patrol boat near Odesa on Saturday.",
        "Russian coast guard ships fired water cannon at a Ukrainian supply boat near Odesa.",
    ):
        assert {(g.actor, g.action) for g in run(text).ground} == {("russia", "attacked")}, text
    text = "The Russian coast guard took control measures against the Ukrainian boats."
    assert run(text).ground == []
    text = "Russian forces took control of Avdiivka on Saturday."
    assert {(g.actor, g.action) for g in run(text).ground} == {("russia", "captured")}


def test_words_that_only_look_like_deeds_are_none() -> None:
    for text in (
        "Hamas fighters are active in the crisis-hit north of Gaza.",
        "Zelenskiy hit back on Thursday, saying Russia had no right to the strait.",
        "Kuleba said the mission would remain a purely Ukrainian operation.",
    ):
        assert run(text).ground == [], text
    text = "Israeli forces re-took the town of Khan Younis on Monday."
    assert {(g.actor, g.action) for g in run(text).ground} == {("israel", "captured")}


def test_a_question_of_what_if_counts_no_dead() -> None:
    text = "What would happen if an incident ended up killing a Ukrainian sailor?"
    assert run(text).casualties == []
    text = "How would the army explain that 12 civilians were killed in Kharkiv?"
    assert [c.count for c in run(text).casualties] == [12]
    # a quoted question, and harm that may come
    for text in (
        "“What would happen if an incident ended up killing a Ukrainian sailor? It would be war.",
        "The statement addresses the potential ramifications of an incident that results in "
        "the death of a Ukrainian serviceman.",
    ):
        assert run(text).casualties == [], text
    text = "The strike resulted in the death of a Ukrainian serviceman on Monday."
    assert [c.count for c in run(text).casualties] == [1]


def test_a_boat_rammed_by_a_side_was_attacked_by_it() -> None:
    text = "A Ukrainian patrol boat was rammed twice by a Russian coast guard vessel near Odesa."
    assert {(g.actor, g.action) for g in run(text).ground} == {("russia", "attacked")}


def test_what_an_inquiry_found_is_its_claim() -> None:
    text = "A UN inquiry found that Russian strikes killed at least 21 civilians in Kharkiv."
    assert {c.claimed_by for c in run(text).casualties} == {"UN"}
    text = "Rescuers found 20 bodies in the rubble in Kharkiv on Monday."
    assert said(text) == []


def test_members_of_a_force_and_the_next_figure_share_the_verb() -> None:
    text = "Hamas fighters killed five members of the security forces and four civilians."
    assert ("civilians", "killed", 4) in {(c.party, c.kind, c.count) for c in run(text).casualties}


def test_an_envoy_summoned_meets_the_side_that_summoned_him() -> None:
    for text in (
        "Ukraine's foreign ministry summoned the Russian ambassador on Monday to protest.",
        "The Russian envoy was summoned by the Ukrainian foreign ministry after the strike.",
    ):
        assert ("meeting", ("russia", "ukraine"), "held") in steps(text), text
    assert steps("Putin summoned his security council on Monday.") == set()


def test_an_understanding_and_a_provisional_arrangement_are_agreements() -> None:
    text = (
        "Russia and Ukraine have reached an understanding on a provisional arrangement for grain."
    )
    assert ("agreement", ("russia", "ukraine"), "concluded") in steps(text)


def test_who_is_mandated_to_facilitate_or_leads_talks_between_two_mediates() -> None:
    for text in (
        "Turkey accepted a mandate to facilitate talks between Russia and Ukraine.",
        "Turkey has been leading discussions between Russia and Ukraine since March.",
    ):
        found = {(d.participants, d.mediators) for d in run(text).diplomacy}
        assert found == {(("russia", "ukraine"), ("turkey",))}, text


def test_pulling_out_of_talks_moves_no_troops() -> None:
    for text in (
        "Ukraine pulled out of the talks last September.",
        "Hamas asked Egypt to withdraw the statement on the talks.",
    ):
        assert run(text).ground == [], text
    text = "Russian forces withdrew from Kherson in November."
    assert {(g.actor, g.action) for g in run(text).ground} == {("russia", "withdrew")}


def test_it_said_is_who_spoke_before_not_a_side_in_what_was_said() -> None:
    text = (
        "The Ukrainian task force said Russia was at fault. The collision "
        '"damaged both Ukrainian boats", it said.'
    )
    assert {a for a, _p, _s in said(text)} == {"ukraine"}
    text = (
        "The Russian coast guard accused the Ukrainian boats of entering its waters. It said "
        'it "drove the Ukrainian boats away."'
    )
    assert [a for a, _p, _s in said(text)] == ["russia", "russia"]
    text = (
        "Hamas fighters killed five soldiers at the weekend, Israeli officials and state "
        "television said. Two more soldiers were killed later, they added."
    )
    assert {(c.party, c.claimed_by) for c in run(text).casualties} == {
        ("israel", "Israeli officials and state television")
    }


def test_who_the_dead_were_between_dashes_and_women_of_a_force() -> None:
    text = (
        "At least two people - a father and his daughter - were killed in the shelling of Kharkiv."
    )
    assert {(c.party, c.count) for c in run(text).casualties} == {("civilians", 2)}
    # women of a force are no civilians
    text = "Two women gendarmes were killed in the attack on the post."
    assert "civilians" not in {c.party for c in run(text).casualties}
    text = "Two women were killed in the attack on Kharkiv."
    assert {c.party for c in run(text).casualties} == {"civilians"}


def test_a_peoples_word_before_a_noun_is_no_place() -> None:
    text = "Russia launched strikes on Chechen fighters in the mountains, killing 12 civilians."
    facts = run(text)
    assert {c.location for c in facts.casualties} == {None}
    assert {g.place for g in facts.ground} == {None}


def test_single_victims_listed_where_commas_were_lost_are_counted_together() -> None:
    text = "A father a mother and a son were killed when the shell hit their house."
    assert casualties(text) == {("civilians", "killed", 3, None, None, False)}


def test_newly_taken_places_and_words_between_dashes_after_no_side() -> None:
    text = "Russian forces began demining the newly-liberated villages near Kursk."
    assert ("russia", "captured") in {(g.actor, g.action) for g in run(text).ground}
    # the words between dashes are skipped only right after a side's name
    text = "Mortars fired by Hamas fighters - the army's term for the group's gunmen - hit Sderot."
    assert ("hamas", "struck") in {(g.actor, g.action) for g in run(text).ground}


def test_a_month_and_day_in_a_boats_name_is_no_date() -> None:
    text = "Two Russian cutters fired water cannon at the supply boat Kalina May 4 near Odesa."
    assert {g.date for g in run(text).ground} == {None}
    text = "Russia struck Kharkiv on Tuesday May 4, killing 3 civilians."
    assert {c.date for c in run(text).casualties} == {"2023-05-04"}


def test_asking_someone_to_act_is_a_statement() -> None:
    text = "Zelenskiy asked the EU to speed up deliveries of air defence systems."
    assert said(text) == [
        (
            "ukraine",
            "Volodymyr Zelenskiy",
            "asked the EU to speed up deliveries of air defence systems.",
        )
    ]
    for text in (
        "When asked about the talks, Netanyahu declined to comment.",
        "Kuleba was asked by reporters whether Ukraine would attend.",
    ):
        assert said(text) == [], text


def test_those_forced_to_flee_with_no_noun_are_displaced() -> None:
    text = "The UN says the war has killed 3,000 people and forced more than 500,000 to flee."
    assert ("civilians", "displaced", 500000) in {
        (c.party, c.kind, c.count) for c in run(text).casualties
    }


def test_the_last_of_a_list_with_a_verb_of_its_own_is_not_of_the_list() -> None:
    text = "Israeli fire killed a boy, and a girl was injured near Jenin."
    assert {(c.kind, c.count) for c in run(text).casualties} == {("killed", 1), ("wounded", 1)}
    text = "The strike killed a father, and his three children were injured."
    assert {(c.kind, c.count) for c in run(text).casualties} == {("killed", 1), ("wounded", 3)}


def test_the_new_rules_leave_their_look_alikes_alone() -> None:
    # claims that look like things kept, names given, findings or asides
    assert [a for a, _p, _s in said("Israel maintains its soldiers fired only warning shots.")] == [
        "israel"
    ]
    assert [a for a, _p, _s in said('The Israeli cabinet called Hamas "an enemy of peace".')] == [
        "israel"
    ]
    assert said("Kyiv remains determined that no territory will be ceded to Russia.") == []
    text = "Egypt said the talks concluded that evening without a deal."
    assert [a for a, _p, _s in said(text)] == ["egypt"]
    text = "Despite the truce, officials said Hamas last week fired dozens of rockets at Sderot."
    assert "hamas" not in {a for a, _p, _s in said(text)}
    text = (
        "A longtime mediator between Israel and Hamas — Egypt — announced on Monday it "
        "would host talks."
    )
    assert {a for a, _p, _s in said(text)} == {"egypt"}
    text = (
        "Residents said Russia shelled the town overnight. It said it had hit an ammunition depot."
    )
    assert "russia" in {a for a, _p, _s in said(text)}
    text = 'Hamas called the plan "a trap." The group said.'
    assert all(s.count('"') % 2 == 0 for _a, _p, s in said(text))
    # steps that are none
    for text in (
        "It is my understanding that Russia and Ukraine will meet again, Erdogan said.",
        "There is a lack of understanding between Israel and Egypt over the crossing.",
        "Israeli police said a Hamas member was summoned by investigators for questioning.",
    ):
        assert not any(t in ("agreement",) or p == ("hamas", "israel") for t, p, _s in steps(text))
    # deeds that are deeds, and words or crowds that are none
    for text in (
        "Russia withdrew its forces to support the offensive in Bakhmut.",
        "Israeli air-strikes killed 20 people in Rafah on Monday.",
        "Israel hit back on Sunday.",
    ):
        assert run(text).ground, text
    for text in (
        "The Israeli government rammed the bill through the Knesset on Monday.",
        "Turkish police fired water cannon at protesters in Istanbul.",
        "The Russian coast guard took necessary control measures against the boats.",
    ):
        assert run(text).ground == [], text


def test_a_persons_hitting_back_is_a_retort() -> None:
    assert run("Zelenskiy hit back on Thursday.").ground == []
    assert {(g.actor, g.action) for g in run("Israel hit back on Sunday.").ground} == {
        ("israel", "struck")
    }


def test_a_relative_clause_between_the_victims_and_their_verb() -> None:
    text = (
        "Two members of the Turkish security forces who were returning fire were wounded, "
        "according to state media."
    )
    assert {c[:3] for c in casualties(text)} == {("turkey", "wounded", 2)}
    # the verb after a relative clause's object is its subject's: the gunmen were arrested
    text = "The gunmen who killed two Egyptian soldiers were arrested on Monday."
    assert {c[:3] for c in casualties(text)} == {("egypt", "killed", 2)}


def test_a_few_meetings_held_at_one_venue_are_a_step() -> None:
    assert steps("Ukraine and Russia held three meetings in Istanbul.") == {
        ("meeting", ("russia", "ukraine"), "held")
    }
    text = "Three meetings were held in Cairo with representatives of Israel and Hamas."
    assert steps(text) == {("meeting", ("hamas", "israel"), "held")}
    # a tally over a period stays a count
    assert steps("Israel and Hamas have held three meetings in the past month.") == set()
    assert steps("Israel and Hamas have held numerous meetings in Cairo.") == set()


def test_who_gave_a_toll_after_a_comma_claims_it() -> None:
    text = (
        "The attack was confirmed by a local police chief, who gave a death toll of at "
        "least 12 civilians."
    )
    assert {c.claimed_by for c in run(text).casualties} == {"local police chief"}


def test_its_soldiers_taken_by_another_are_the_tellers() -> None:
    text = "Egypt said Israel had captured 20 of its soldiers."
    assert {c[:3] for c in casualties(text)} == {("egypt", "captured", 20)}
    text = "Egypt demanded that Israel release 20 of its soldiers captured on Monday."
    assert {c[:3] for c in casualties(text)} == {("egypt", "captured", 20)}
    # the owner who is no doer keeps them
    text = "The Israeli army said 20 of its soldiers were captured by Hamas."
    assert {c[:3] for c in casualties(text)} == {("israel", "captured", 20)}


def test_a_modal_of_telling_hedges_no_step() -> None:
    text = '"I can confirm two meetings were held in Cairo between Israel and Hamas," he said.'
    assert steps(text) == {("meeting", ("hamas", "israel"), "held")}
    text = "A meeting between Israel and Hamas could be held in Cairo."
    assert {s for _t, _p, s in steps(text)} == {"proposed"}


def test_names_claims_to_land_and_words_a_thing_is_are_no_claims_or_deeds() -> None:
    for text in (
        "Tensions rose as Russia's 120-metre-long patrol ship, dubbed the “iron wall”, "
        "sailed past the port.",
        "Russia claims almost the entire Sea of Azov, brushing off rival claims.",
        "The strait, which Egypt claims almost entirely, was closed.",
        "Turkey claims sovereignty over the islands.",
    ):
        assert said(text) == [], text
    assert said("Russia claimed the capture of the village on Monday.")
    text = 'Kuleba said the convoy would remain "a purely Ukrainian operation".'
    assert run(text).ground == []
    text = 'Russian ships had "taken control measures" on the boats, officials said.'
    assert run(text).ground == []


def test_who_he_is_after_an_owners_name() -> None:
    text = (
        "While reiterating his call for Putin’s visit to the capital, Erdogan urged "
        "Ukraine to negotiate. “Kyiv must talk now,” he said."
    )
    assert {(a, p) for a, p, s in said(text) if s.startswith("Kyiv")} == {
        ("turkey", "Recep Tayyip Erdogan")
    }
    text = (
        "The chairman of Erdogan's ruling party, Numan Kurtulmus, said the talks went well. "
        "He said that Ukraine would be free to decide."
    )
    assert all(p != "Recep Tayyip Erdogan" for _a, p, _s in said(text))


def test_where_a_body_sits_and_what_its_relative_clause_names_do_not_speak() -> None:
    text = (
        "Hamas's political bureau based in Egypt said the group would disarm. “None of our "
        "forces will attack,” it added."
    )
    assert {a for a, _p, _s in said(text)} == {"hamas"}
    text = (
        "The commander of the Russian-led forces that control eastern Ukraine said the deal held."
    )
    assert "ukraine" not in {a for a, _p, _s in said(text)}
    # a "that" after a verb of telling opens what is told, whose subject speaks
    text = "The report said that the Russian army said the talks had failed."
    assert {a for a, _p, _s in said(text)} == {"russia"}


def test_a_bodys_word_for_its_member_and_another_verbs_object_are_no_parties() -> None:
    text = "Fidan spoke with Kuleba, adding that Turkey “stands with our NATO Ally Ukraine.”"
    assert all("NATO" not in p for _t, p, _s in steps(text))
    text = "Egypt banned Hamas in 2015 and last month agreed a deal with Israel."
    assert {p for _t, p, _s in steps(text)} == {("egypt", "israel")}


def test_a_mandate_to_facilitate_talks_is_talks_to_come_and_a_facilitator_mediates() -> None:
    text = "Egypt accepted a mandate to facilitate talks between Israel and Hamas."
    got = run(text).diplomacy
    assert [(d.participants, d.status, d.mediators) for d in got] == [
        (("hamas", "israel"), "planned", ("egypt",))
    ]
    text = "Israel and Hamas signed a joint declaration and mandated Egypt as facilitator."
    got = run(text).diplomacy
    assert [(d.participants, d.mediators) for d in got] == [(("hamas", "israel"), ("egypt",))]
    # a task done is no aim
    text = "Egypt helped to broker a truce between Israel and Hamas on Monday."
    assert {s for _t, _p, s in steps(text)} == {"concluded"}


def test_the_teller_of_a_toll_past_an_aside_and_a_capitals_name_again() -> None:
    text = (
        "The attack was confirmed by a local official, speaking on condition of anonymity, "
        "who gave a death toll of at least 15 civilians."
    )
    assert {c.claimed_by for c in run(text).casualties} == {"local official"}
    text = (
        "The Turkish embassy in Egypt's capital, Cairo, said on Monday that it welcomed the talks."
    )
    assert {a for a, _p, _s in said(text)} == {"turkey"}


def test_a_teller_who_says_it_will_facilitate_mediates() -> None:
    text = (
        "Egypt's foreign ministry said it had accepted a mandate to facilitate talks between "
        "Israel and Hamas."
    )
    got = run(text).diplomacy
    assert [(d.participants, d.mediators) for d in got] == [(("hamas", "israel"), ("egypt",))]
    # who hosts talks with another is a party
    text = "Turkey said it would host talks with Russia next week."
    assert [(d.participants, d.mediators) for d in run(text).diplomacy] == [
        (("russia", "turkey"), ())
    ]


def test_it_said_twice_is_still_the_first_teller_and_footage_posted_says_nothing() -> None:
    text = (
        "Kyiv's task force disputed the Russian account. It said it was Russia that was at "
        "fault and that Moscow's ships damaged two of its boats.\n\n"
        'The clash "resulted in damage to both Ukrainian boats", it said.'
    )
    assert {a for a, _p, _s in said(text)} == {"ukraine"}
    text = "Video footage that Kuleba posted on X showed Russian ships ramming the boats."
    assert said(text) == []


def test_the_enemys_word_for_the_other_side_of_a_clash() -> None:
    text = (
        "During a clash with members of the terrorist organization Hamas, two terrorists "
        "were neutralized, the ministry said."
    )
    assert {c[:3] for c in casualties(text)} == {("hamas", "killed", 2)}
    # (not a state's soldiers: they are its own)
    text = "Two Israeli soldiers were killed in clashes with Hamas, the ministry said."
    assert {c[:3] for c in casualties(text)} == {("israel", "killed", 2)}


def test_a_relative_clause_parts_its_names_from_the_step() -> None:
    text = (
        "The withdrawal comes ahead of Erdogan's scheduled meeting with opposition "
        "legislators who have been holding talks with Putin."
    )
    assert all("russia" not in p for _t, p, _s in steps(text))
    # a clause closed before the step, or one of the step itself, parts nothing
    text = "Haniyeh, who is believed to be in Doha, is negotiating with Israel."
    assert {p for _t, p, _s in steps(text)} == {("hamas", "israel")}
    text = "The June accord, which Israel and Egypt signed in Cairo, calls for a withdrawal."
    assert {p for _t, p, _s in steps(text)} == {("egypt", "israel")}


def test_who_rejects_anothers_deal_is_no_party_and_the_deal_stands() -> None:
    text = "Russia rejected Ukraine's deal with Turkey on Monday."
    assert {(p, s) for _t, p, s in steps(text)} == {(("turkey", "ukraine"), "concluded")}


def test_a_breakaway_region_of_a_land_is_a_side_and_a_persons_office_speaks_for_it() -> None:
    cfg = """
title: Caucasus brief
date: 2024-03-10
actors:
  russia: {name: Russia, aliases: [Vladimir Putin]}
  georgia: {name: Georgia}
  abkhazia: {name: Abkhazia}
"""
    text = "Russia signed an agreement on Monday with Georgia's breakaway region of Abkhazia."
    assert {d.participants for d in run(text, cfg=cfg).diplomacy} == {("abkhazia", "russia")}
    text = (
        "TBILISI, Georgia (AA) - Vladimir Putin's office hailed the pact as historic. "
        '"The deal paves the way," the office said in the statement.'
    )
    assert {s.actor for s in run(text, cfg=cfg).statements} == {"russia"}


def test_a_deal_told_again_by_who_reacts_keeps_its_parties() -> None:
    text = (
        "Russia signed a deal with Ukraine on Monday. Egypt recalled its ambassador from "
        "Russia and condemned the agreement."
    )
    assert {p for _t, p, _s in steps(text)} == {("russia", "ukraine")}
    # a party told again with the deal still joins it
    text = (
        "Russia and Ukraine signed a deal. Turkey, Russia and Ukraine later signed the agreement."
    )
    assert {p for _t, p, _s in steps(text)} == {("russia", "turkey", "ukraine")}


def test_who_claims_a_figure_when_no_side_is_named() -> None:
    cases = {
        "Authorities in the southern Egyptian town of Arish said seven people were killed.": (
            "Authorities in the southern Egyptian town of Arish"
        ),
        "The district commissioner of the town, Abdi Arog, told VOA that gunmen killed "
        "five women.": "district commissioner of the town Abdi Arog",
        "District commissioner Abdi Arog said gunmen killed five women.": (
            "District commissioner Abdi Arog"
        ),
        '"Five women were wounded," local resident Ali Hassan told AFP.': (
            "local resident Ali Hassan"
        ),
    }
    for text, who in cases.items():
        assert {c.claimed_by for c in run(text).casualties} == {who}, text


def test_a_month_or_weekday_before_a_surname_is_no_given_name() -> None:
    assert {(a, p) for a, p, _s in said("In February Putin said he had no plans to meet.")} == {
        ("russia", "Vladimir Putin")
    }
    assert {a for a, _p, _s in said("On Monday Kuleba said the talks had failed.")} == {"ukraine"}


def test_a_clash_or_an_intervention_is_no_attack() -> None:
    text = "Egyptian troops clashed with Hamas fighters near Rafah on Monday."
    assert {(g.actor, g.action) for g in run(text).ground} == {("egypt", "clashed")}
    text = "Israeli forces intervened to protect a delegation in Rafah."
    assert {(g.actor, g.action) for g in run(text).ground} == {("israel", "intervened")}
    text = "Hamas attacked an Israeli post near Rafah."
    assert {(g.actor, g.action) for g in run(text).ground} == {("hamas", "attacked")}


def test_a_deed_on_a_timetable_is_not_done_and_what_comes_after_a_visit_is_not_it() -> None:
    for text in (
        "The Russian mission is due to fully withdraw from the town by the end of 2024.",
        "Egyptian troops are scheduled to deploy in Rafah next month.",
        "An Egyptian team arrived on Monday ahead of Cairo's planned deployment of troops.",
    ):
        assert run(text).ground == [], text
    text = "Sameh Shoukry arrived in Moscow on Monday ahead of a planned summit."
    assert ("visit", ("egypt", "russia"), "held") in steps(text)


def test_he_unknown_is_no_side_of_the_clause_before() -> None:
    text = (
        "The mayor, Ali Salem, spoke to reporters. Six Egyptians were injured in the "
        "attack, he added."
    )
    assert {c.claimed_by for c in run(text).casualties} == {None}
    text = "The raid is part of a wider plan by the Israeli army to end the attacks, he added."
    assert said(text) == []


def test_who_invites_a_visitor_hosts_the_visit_and_an_invitation_of_is_no_plan() -> None:
    text = (
        "Sameh Shoukry visited Ankara on Saturday at the invitation of Turkish President "
        "Recep Tayyip Erdogan."
    )
    got = run(text).diplomacy
    assert [(d.participants, d.status, d.mediators) for d in got] == [
        (("egypt", "turkey"), "held", ())
    ]
    text = "Israel and Hamas held talks in Cairo at the invitation of Egypt."
    assert {s for _t, _p, s in steps(text)} == {"held"}
    text = "Erdogan invited Putin to visit Ankara next month."
    assert "held" not in {s for _t, _p, s in steps(text)}


def test_who_leads_a_delegation_is_its_side_not_a_mediator() -> None:
    text = "A high-level delegation, led by Sameh Shoukry, had traveled to Ankara."
    got = run(text).diplomacy
    assert [(d.participants, d.mediators) for d in got] == [(("egypt", "turkey"), ())]
    text = "Talks led by Egypt between Israel and Hamas resumed."
    assert [(d.participants, d.mediators) for d in run(text).diplomacy] == [
        (("hamas", "israel"), ("egypt",))
    ]
    # (joined to a party, they are who the party met)
    text = "Hamas and Egyptian mediators held talks in Cairo on Sunday."
    assert [(d.participants, d.mediators) for d in run(text).diplomacy] == [
        (("egypt", "hamas"), ())
    ]


def test_a_joint_press_conference_is_a_meeting() -> None:
    text = "Shoukry spoke during a joint press conference with Erdogan in Cairo on Monday."
    assert steps(text) == {("meeting", ("egypt", "turkey"), "held")}
    text = "Erdogan told a press conference in Ankara that the talks had failed."
    assert all(t != "meeting" for t, _p, _s in steps(text))


def test_a_contrast_clause_speaks_for_itself_and_a_verbs_object_does_not() -> None:
    text = (
        'Egypt rejected Israel\'s deal with Hamas, describing it as "illegitimate," while the '
        'Israeli government defended the agreement, saying it "will not affect any party."'
    )
    got = {(a, s) for a, _p, s in said(text)}
    assert ("israel", 'it "will not affect any party."') in got
    assert all("affect" not in s for a, s in got if a == "egypt")
    text = "The maritime agreement infuriated Cairo and highlighted rivalries in the region."
    assert said(text) == []
    text = "Russia attacked Kyiv and said the strike hit a depot."
    assert {a for a, _p, _s in said(text)} == {"russia"}


def test_a_deal_named_as_what_another_thing_is_about_takes_none_of_its_days() -> None:
    for text in (
        "Hundreds of people joined a protest in Cairo on Wednesday against a deal between "
        "Israel and Hamas.",
        "Egypt and Turkey on Tuesday held talks aimed at resolving a dispute sparked by a deal "
        "between Israel and Hamas.",
    ):
        deals = [d for d in run(text).diplomacy if d.type == "agreement"]
        assert [(d.participants, d.date) for d in deals] == [(("hamas", "israel"), None)], text


def test_a_steps_parties_are_in_its_own_words() -> None:
    # what dashes say of a party names none, unless the parties are named only there
    text = (
        "Shoukry — whose government is siding with Hamas in its standoff with Israel — was "
        "due to hold talks with Erdogan."
    )
    assert {p for _t, p, _s in steps(text)} == {("egypt", "turkey")}
    text = "The parties — headed by Putin and Zelenskiy — also agreed to meet again in Istanbul."
    assert {p for _t, p, _s in steps(text)} == {("russia", "ukraine")}
    # who acts before an "after" with its own subject is no party to that subject's deal
    text = "Egypt and Turkey have drawn closer this year after Israel signed a deal with Hamas."
    assert {p for _t, p, _s in steps(text)} == {("hamas", "israel")}
    # a deal told as the cause of another thing names none of its parties outside it
    text = "Egypt sent the Israeli ambassador home on Thursday due to a dispute over a port deal."
    assert steps(text) == set()


def test_a_start_decided_is_to_come_and_a_facilitation_mediates() -> None:
    text = (
        "Russia and Ukraine decided, with Turkey's facilitation, to begin technical "
        "negotiations by the end of the month."
    )
    got = run(text, published="2024-01-10").diplomacy
    assert [(d.participants, d.status, d.mediators) for d in got] == [
        (("russia", "ukraine"), "planned", ("turkey",))
    ]
    assert {s for _t, _p, s in steps("Hamas refused to begin talks with Israel.")} == {
        "not_planned"
    }


def test_the_that_after_a_noun_of_telling_opens_what_it_holds() -> None:
    text = (
        "Kyiv reported the death despite the fact that the Kremlin said in 2016 that 20 "
        "soldiers had been killed."
    )
    assert ("russia", "20 soldiers had been killed.") in {(a, s) for a, _p, s in said(text)}


def test_a_that_after_telling_and_an_agent_in_a_relative_still_lead_to_the_doer() -> None:
    text = (
        "The army said in a statement on Thursday that fighters of Hamas targeted a "
        "neighbourhood in Rafah."
    )
    assert {g.actor for g in run(text).ground} == {"hamas"}
    text = (
        "A monitor said a round of raids which were likely carried out by Russian jets "
        "targeted the village of Avdiivka."
    )
    assert {g.actor for g in run(text).ground} == {"russia"}


def test_a_side_that_speaks_inside_a_relative_clause_is_its_subject() -> None:
    text = (
        "Fighters headed towards the district which the Russian army has repeatedly said "
        "had not fallen."
    )
    assert {a for a, _p, _s in said(text)} == {"russia"}


def test_a_body_before_of_which_is_the_antecedent_of_its_clause() -> None:
    text = (
        "The UN Security Council of which Russia is a permanent member will hold an "
        "emergency meeting on Friday."
    )
    assert any("UN" in p for _t, p, _s in steps(text))


def test_it_that_signs_is_the_side_before_and_whom_a_pact_fights_is_no_party() -> None:
    text = "Egypt sent troops to the region in August. It signed a security pact with Kyiv."
    assert {p for _t, p, _s in steps(text)} == {("egypt", "ukraine")}
    text = "Egypt and Israel signed agreements to fight Hamas militants in Sinai."
    assert {p for _t, p, _s in steps(text)} == {("egypt", "israel")}
    # ("It will test ...": no step's subject)
    text = 'Egypt sent troops. "It will test the plan to negotiate with Hamas," he added.'
    assert all("egypt" not in p for _t, p, _s in steps(text))


def test_some_of_them_are_of_the_force_named_before() -> None:
    text = "A firefight ensued until Egyptian troops were disarmed and some of them wounded."
    assert {(c.party, c.kind) for c in run(text).casualties} == {("egypt", "wounded")}


def test_the_ministry_is_the_one_named_head_first() -> None:
    text = (
        "Egypt's Ministry of Foreign Affairs issued a statement. In a statement issued on "
        "Monday, the Ministry said the incident was instigated by certain elements."
    )
    assert {a for a, _p, _s in said(text)} == {"egypt"}
    text = "The Turkish Ministry of Defence commented. The ministry said the step was welcome."
    assert {a for a, _p, _s in said(text)} == {"turkey"}


def test_the_two_countries_before_since_are_not_the_parties_of_the_deal_after() -> None:
    text = (
        "Egypt and Turkey held talks in Cairo. Relations between the two neighbouring "
        "countries have soured since Israel struck an agreement with Hamas in January."
    )
    deals = [d for d in run(text).diplomacy if d.type == "agreement"]
    assert [d.participants for d in deals] == [("hamas", "israel")]


def test_the_new_rules_of_session_24_leave_their_look_alikes_alone() -> None:
    text = "The army confirmed Hamas fighters attacked and killed two soldiers near Rafah."
    assert {g.actor for g in run(text).ground} == {"hamas"}
    text = "Officials reported Russian troops advanced and captured the village."
    assert {g.actor for g in run(text).ground} == {"russia"}
    assert said("Russia claimed most of the casualties were soldiers.")


def test_a_companys_name_in_a_list_is_no_deed() -> None:
    text = "The deal was signed by the Egyptian government, Shell and the Russian state oil firm."
    assert run(text).ground == []
    assert {g.action for g in run("Russian forces shelled Kharkiv overnight.").ground} == {
        "shelled"
    }


def test_a_killing_in_a_strike_is_the_killers_strike() -> None:
    text = "Israeli forces killed six people in an air strike on a car in Rafah on Tuesday."
    assert {(g.actor, g.action, g.place) for g in run(text).ground} == {
        ("israel", "struck", "Rafah")
    }
    text = "The Israeli military said it killed three militants in a drone strike near Jenin."
    assert {(g.actor, g.action) for g in run(text).ground} == {("israel", "struck")}
    # killed in it, not by them: no deed of the victims' side
    assert run("Six Russian soldiers were killed in a drone strike near Bakhmut.").ground == []
    assert run("Kuleba mourned the 12 civilians killed in a strike on Kharkiv.").ground == []


def test_a_persons_capture_told_as_a_noun_takes_no_ground() -> None:
    text = "Kyiv offered a reward for information leading to Putin's capture."
    assert run(text).ground == []
    text = "Haniyeh's capture of the town was announced."
    assert {(g.actor, g.action) for g in run(text).ground} == {("hamas", "captured")}


def test_a_clash_at_a_council_or_between_envoys_is_one_of_words() -> None:
    assert (
        run("Russia and Ukraine clashed at the UN Security Council over the grain deal.").ground
        == []
    )
    assert run("Russian and Ukrainian diplomats clashed over the grain deal.").ground == []
    assert run("Russia clashed with Ukraine during a session of the General Assembly.").ground == []
    text = "Israeli troops clashed with Hamas fighters in the town of Beit Hanoun."
    assert {(g.actor, g.action) for g in run(text).ground} == {("israel", "clashed")}


def test_a_states_name_as_a_persons_given_name_is_no_state() -> None:
    assert said("Chad Smith, a spokesman for the group, said the strike was lawful.") == []
    assert said("Jordan Peterson said the war must end.") == []
    assert {a for a, _s, _t in said("Chad said the war must end.")} == {"Chad"}
    # a configured side's name keeps its man: "Israel Katz" speaks for Israel
    assert {a for a, _s, _t in said("Israel Katz said the war must end.")} == {"israel"}


def test_dialogue_is_talks() -> None:
    assert steps("Erdogan called for dialogue with Russia.") == {
        ("talks", ("russia", "turkey"), "proposed")
    }
    assert steps("Putin rejected any dialogue with Zelenskiy.") == {
        ("talks", ("russia", "ukraine"), "not_planned")
    }
    assert steps("Kuleba said a national dialogue would begin in May.") == set()


def test_what_one_denies_after_an_apposition_is_no_inverted_document() -> None:
    # "..., denied the report": the report is what is denied, not who speaks
    for text in (
        "The Kremlin spokesman, Dmitry Peskov, denied the report.",
        "The Kremlin spokesman, Dmitry Peskov, dismissed the report.",
    ):
        assert all("Peskov" not in t for _a, _s, t in said(text)), text
    text = "Russia shelled the plant, Kuleba said, a charge Moscow denies."
    assert {a for a, _s, _t in said(text)} == {"russia", "ukraine"}


@pytest.mark.parametrize(
    "second",
    [
        "The Russian leader, he said, had no plans to meet Zelenskiy.",
        "Zelenskiy must resign, he said.",
        "Talks with Erdogan, he added, would resume in May.",
    ],
)
def test_he_said_as_an_aside_is_not_whom_his_words_name(second: str) -> None:
    got = said("Peskov spoke to reporters. " + second)
    assert [(a, s) for a, s, _t in got] == [("russia", "Dmitry Peskov")]


def test_a_denial_of_a_thing_named_in_two_words_is_a_position() -> None:
    assert said("Putin denied any involvement.") == [
        ("russia", "Vladimir Putin", "denied any involvement.")
    ]
    assert said("Russia rejected the claim.") == [("russia", None, "rejected the claim.")]
    assert said("Israel denied it.") == []
    assert said("Egypt denied entry to the convoy.") == []


def test_armed_men_mobilised_are_a_deployment() -> None:
    text = "Israel mobilises 60,000 reservists ahead of the Gaza offensive."
    assert {(g.actor, g.action) for g in run(text).ground} == {("israel", "deployed")}
    assert run("Russia mobilised support for the troops among its allies.").ground == []


def test_a_place_named_with_of_keeps_its_whole_name() -> None:
    text = "Russian jets struck targets near Port of Spain."
    assert {g.place for g in run(text).ground} == {"Port of Spain"}
    assert {g.place for g in run("Russian forces shelled Port Sudan on Monday.").ground} == {
        "Port Sudan"
    }


def test_warships_arriving_or_troops_gathering_are_no_visit_nor_meeting() -> None:
    text = (
        "The Admiral Kuznetsov, the largest Russian aircraft carrier, arrived in the "
        "Mediterranean on Sunday, joining warships off Turkey."
    )
    assert run(text).diplomacy == []
    assert run("Russian warships gathering off Turkey have alarmed Ankara.").diplomacy == []
    assert (
        run("Russian troops gathering near Kharkiv were hit by Ukrainian drones.").diplomacy == []
    )
    # leaders gathering meet; an envoy's plane carries a visit
    text = "Putin and Erdogan, gathering with other leaders in Astana, discussed the war."
    assert ("meeting", ("russia", "turkey"), "held") in steps(text)
    assert steps("The plane carrying Lavrov arrived in Ankara on Monday.") == {
        ("visit", ("russia", "turkey"), "held")
    }


def test_accused_of_with_no_object_is_a_passive_and_no_ones_words() -> None:
    text = "Kuleba said Friday he ordered a strike on a boat accused of carrying arms to Russia."
    assert [t for _a, _s, t in said(text) if t.startswith("accused")] == []
    assert said("Russia accused Ukraine of shelling the plant.") == [
        ("russia", None, "accused Ukraine of shelling the plant.")
    ]


def test_declaring_an_armed_conflict_is_a_deed_no_words() -> None:
    assert said("Putin declared an “armed conflict” with the cartels.") == []
    assert said("Putin declared that the war would go on.") != []


def test_a_programme_named_in_quotes_is_whom_one_told() -> None:
    text = 'Kuleba told "Good Morning Ukraine" on Monday that he watched the strike.'
    assert [t for _a, _s, t in said(text)] == ["he watched the strike."]


def test_a_bare_verb_joined_to_a_modal_is_a_deed_to_come() -> None:
    text = (
        "Russia will keep its fleet in the Black Sea and strike any ship that carries arms "
        "to Ukraine, Peskov said."
    )
    assert run(text).ground == []
    assert (
        run("Israel vowed to hold its positions and attack Hamas wherever it hides.").ground == []
    )
    text = "Russian forces regrouped and attacked Avdiivka on Monday."
    assert {(g.actor, g.action) for g in run(text).ground} == {("russia", "attacked")}


def test_a_deed_at_sea_or_another_clauses_place_is_not_where_it_was_done() -> None:
    for text in (
        "Russia struck a boat off the coast of Turkey on Monday.",
        "Russia struck the ship after it had departed from Odesa.",
    ):
        assert {g.place for g in run(text).ground} == {None}, text
    text = "Russian jets struck targets near Kharkiv after they took off from Belgorod."
    assert {g.place for g in run(text).ground} == {"Kharkiv"}
    text = "Russian jets targeted a rescue team as they were working in Kharkiv."
    assert {g.place for g in run(text).ground} == {"Kharkiv"}


def test_who_stays_away_from_a_gathering_is_no_party_to_it() -> None:
    for text in (
        "Notably, representatives from both Israel and Hamas were not in attendance at the summit.",
        "Leaders gathered in Cairo, even as Hamas and Israel, both absent from the gathering, "
        "are yet to agree on the next steps.",
    ):
        assert run(text).diplomacy == [], text
    text = "Israel and Hamas did not take part in the summit, which Erdogan and Putin co-chaired."
    assert {p for _t, p, _s in steps(text)} == {("russia", "turkey")}


def test_the_head_of_a_list_along_with_others_mediates_too() -> None:
    text = (
        "Turkey, along with Egypt and Russia, mediated what has been described as a first "
        "phase agreement between Israel and Hamas."
    )
    [d] = run(text).diplomacy
    assert (d.participants, d.mediators) == (("hamas", "israel"), ("egypt", "russia", "turkey"))


def test_spoke_to_a_person_of_a_side_is_a_call() -> None:
    assert steps("Lavrov also spoke to Turkish Foreign Minister Hakan Fidan on Friday.") == {
        ("call", ("russia", "turkey"), "held")
    }
    for text in (
        "Lavrov spoke to reporters on Friday.",
        "Netanyahu spoke to Russian media on Friday.",
        "Putin spoke to Turkish journalists in Sochi.",
    ):
        assert steps(text) == set(), text


def test_officials_of_a_people_speak_as_such_and_naming_a_deed_is_no_deed() -> None:
    assert said("Indian officials stressed that the strikes were measured.") == [
        ("India", "Indian officials", "the strikes were measured.")
    ]
    assert run("Russia termed the attack a provocation.").ground == []
    text = "Hamas called the Israeli strikes a massacre."
    assert {(g.actor, g.action) for g in run(text).ground} == {("israel", "struck")}


def test_what_a_deed_answers_is_not_its_day_nor_its_doers() -> None:
    text = (
        "Russia conducted missile strikes on Ukraine in retaliation against the March 1 "
        "Belgorod drone attack in which 5 civilians were killed."
    )
    facts = run(text)
    assert {(g.actor, g.action, g.date) for g in facts.ground} == {("russia", "struck", None)}
    assert {c.date for c in facts.casualties} == {"2024-03-01"}
    text = (
        "Five soldiers died during the operation, which was launched on March 3 in response "
        "to the Russian attack on March 1."
    )
    assert {c.date for c in run(text).casualties} == {None}


def test_a_picture_captures_no_ground() -> None:
    for text in (
        "Kuleba posted on X, sharing video footage capturing blast sounds.",
        "A Ukrainian drone captured images of Russian tanks near Kherson.",
    ):
        assert run(text).ground == [], text
    text = "Russian forces captured Avdiivka, and the moment was captured on camera."
    assert {(g.actor, g.place) for g in run(text).ground} == {("russia", "Avdiivka")}


def test_the_mediation_a_deal_came_after_names_its_mediator() -> None:
    for text, med in (
        ("Israel and Hamas agreed a truce after Egyptian mediation.", ("egypt",)),
        (
            "Russia and Ukraine agreed a prisoner swap following intensive Turkish "
            "diplomatic engagement.",
            ("turkey",),
        ),
    ):
        [d] = run(text).diplomacy
        assert (d.participants, d.mediators) == (tuple(sorted(set(d.participants))), med), text
        assert "turkey" not in d.participants and "egypt" not in d.participants
    # another event after "after" still names no one of the deal
    text = "Israel and Hamas agreed a truce after Egyptian troops deployed."
    assert [d.mediators for d in run(text).diplomacy] == [()]


def test_a_verb_before_a_clause_does_not_carry_out_the_deed_after() -> None:
    text = "Tensions between Russia and Ukraine have intensified after a series of air strikes."
    assert run(text).ground == []
    assert {g.actor for g in run("Russia intensified its air strikes on Kharkiv.").ground} == {
        "russia"
    }


def test_they_said_after_the_words_is_not_a_side_the_words_name() -> None:
    text = (
        "Tracking of each drone clearly showed that Ukraine's air defences were strong, they said."
    )
    assert said(text) == []
    text = "Ukrainian officials said 20 drones were downed. Russia's drones failed, they said."
    assert {a for a, _s, _t in said(text)} == {"ukraine"}


def test_a_participle_of_asking_is_the_subjects_words() -> None:
    text = (
        "Putin has offered to help broker a resolution to the dispute between Israel and Hamas, "
        "calling for a solution based on dialogue."
    )
    assert {(a, s) for a, s, _t in said(text)} == {("russia", "Vladimir Putin")}


def test_innocent_or_unarmed_people_are_civilians() -> None:
    assert {
        c.party
        for c in run("Russia's cowardly attack took the lives of 26 innocent people.").casualties
    } == {"civilians"}
    assert {
        c.party for c in run("Israeli troops shot dead three unarmed men in Jenin.").casualties
    } == {"civilians"}
    assert {c.party for c in run("Israeli troops shot dead three people in Jenin.").casualties} == {
        "unknown"
    }


def test_unnamed_sources_adding_more_are_still_no_side_their_words_name() -> None:
    text = (
        "Security sources said 29 Russian drones had been shot down by the evening, adding "
        "that an additional 48 drones were destroyed since Thursday night."
    )
    assert [a for a, _s, _t in said(text) if a == "russia"] == []


def test_a_place_fallen_to_a_side_is_taken_by_it() -> None:
    assert {
        (g.actor, g.action, g.place)
        for g in run("Avdiivka fell to Russian forces on Saturday.").ground
    } == {("russia", "captured", "Avdiivka")}
    text = (
        "Aid groups fear for the civilians trapped in Kherson, a city that fell on March 2 "
        "into the hands of Russian troops."
    )
    assert {(g.actor, g.place) for g in run(text).ground} == {("russia", "Kherson")}
    assert run("The death toll fell to 20, Russia said.").ground == []


def test_a_reporters_caveat_after_the_words_is_not_said() -> None:
    for text, words in (
        (
            "Hamas announced control over the crossing, though verification remains elusive.",
            "control over the crossing",
        ),
        (
            "Israel said it had captured the base, although this could not be independently "
            "verified.",
            "it had captured the base",
        ),
        (
            "Kyiv has blamed Russian saboteurs for the blast, although no public evidence has "
            "been presented.",
            "blamed Russian saboteurs for the blast",
        ),
    ):
        assert [t for _a, _s, t in said(text)] == [words], text


def test_a_person_before_a_closed_apposition_of_his_post_speaks() -> None:
    cfg = """
title: t
date: 2025-11-01
actors:
  saf: {name: Sudanese Armed Forces, aliases: [SAF, Sudanese army, Abdel Fattah al-Burhan]}
  rsf: {name: Rapid Support Forces, aliases: [RSF, Hemedti]}
"""
    text = "Abdel Fattah al-Burhan, head of the army, said the war would go on."
    assert [(a, s) for a, s, _t in said(text, cfg=cfg)] == [("saf", "Abdel Fattah al-Burhan")]
    text = (
        "General Abdel Fattah al-Burhan, head of the Sudan Armed Forces (SAF), has admitted "
        "the withdrawal of his men from the city."
    )
    assert [(a, s) for a, s, _t in said(text, cfg=cfg)] == [("saf", "Abdel Fattah al-Burhan")]


def test_the_militia_or_the_militants_is_never_a_states_army() -> None:
    cfg = """
title: t
date: 2025-11-01
actors:
  saf: {name: Sudanese Armed Forces, aliases: [SAF, Sudanese army]}
  rsf: {name: Rapid Support Forces, aliases: [RSF]}
"""
    text = (
        "The paramilitary RSF has besieged the city for months. The SAF said the military "
        "repelled a fierce attack launched by the militia on the city of El Fasher."
    )
    got = {(g.actor, g.action) for g in run(text, cfg=cfg).ground}
    assert ("rsf", "attacked") in got and ("saf", "attacked") not in got
    text = "The Israeli army said it repelled an attack. The militants fired rockets at Sderot."
    assert run(text).ground == []


def test_a_fall_denied_is_no_capture() -> None:
    text = "Ukraine rejected assertions that Avdiivka had fallen to Russian forces."
    assert run(text).ground == []


def test_talks_agreed_in_a_participle_or_being_prepared_are_to_come() -> None:
    text = (
        "Delegations of Russia and Ukraine concluded their meeting in Istanbul on Friday, "
        "agreeing to hold a new round of negotiations."
    )
    assert ("talks", ("russia", "ukraine"), "planned") in steps(text)
    text = "A meeting of Putin and Zelenskiy is potentially being prepared."
    assert steps(text) == {("meeting", ("russia", "ukraine"), "planned")}


def test_a_leader_staying_away_from_talks_does_not_call_them_off() -> None:
    text = "However, the Kremlin said Putin would not attend the talks in Istanbul with Ukraine."
    assert {st for _t, _p, st in steps(text)} == {"planned"}
    text = "Russia will not take part in any peace talks, Peskov said."
    assert {st for _t, _p, st in steps(text)} == {"not_planned"}


def test_a_place_whose_name_is_joined_by_and_is_not_cut() -> None:
    text = "Russian troops shelled villages in Bosnia and Herzegovina on Monday."
    assert {g.place for g in run(text).ground} == {"Bosnia and Herzegovina"}
    text = "Russian jets struck targets in Jammu and Kashmir."
    assert {g.place for g in run(text).ground} == {"Jammu and Kashmir"}


def test_a_speaking_aside_names_no_speaker_and_says_nothing_past_it() -> None:
    text = (
        "Fidan, speaking moments after Putin announced the truce, said Turkey had always "
        "sought peace."
    )
    assert said(text) == [("turkey", "Hakan Fidan", "Turkey had always sought peace.")]


def test_a_persons_administration_officials_speak_as_such() -> None:
    text = "Putin administration officials told CNN that the talks were going well."
    assert said(text) == [
        ("russia", "Putin administration officials", "the talks were going well.")
    ]


def test_a_deed_feared_or_imminent_is_not_done() -> None:
    for text in (
        "Kuleba said on Monday that a military incursion by Russia was imminent.",
        "Kuleba said the army briefed the cabinet about the possibility of a Russian attack.",
        "Fears of a Russian offensive grew.",
    ):
        assert run(text).ground == [], text
    text = "A Russian attack on Kharkiv was repelled on Monday."
    assert {(g.actor, g.place) for g in run(text).ground} == {("russia", "Kharkiv")}


def test_two_figures_share_the_noun_told_after_the_second() -> None:
    got = {
        (c.party, c.kind, c.count)
        for c in run(
            "Russian shelling hit Kharkiv, killing 10 and injuring 40 civilians."
        ).casualties
    }
    assert got == {("civilians", "killed", 10), ("civilians", "wounded", 40)}
    got = {
        (c.party, c.count)
        for c in run("Shelling killed 10 people and injured 40 civilians.").casualties
    }
    assert got == {("unknown", 10), ("civilians", 40)}


def test_fire_exchanged_or_returned_is_a_deed() -> None:
    got = {
        (g.actor, g.action, g.place)
        for g in run("Russian and Ukrainian troops exchanged fire near Bakhmut on Monday.").ground
    }
    assert got == {("russia", "clashed", "Bakhmut")}
    assert {(g.actor, g.action) for g in run("Ukrainian forces returned fire.").ground} == {
        ("ukraine", "attacked")
    }
    got = {
        (g.actor, g.place)
        for g in run("Israeli troops fired artillery at Hamas positions in Rafah.").ground
    }
    assert got == {("israel", "Rafah")}
    for text in (
        "Russia and Ukraine exchanged prisoners on Monday.",
        "Russia and Ukraine exchanged accusations over the blast.",
    ):
        assert run(text).ground == [], text


@pytest.mark.parametrize(
    "text",
    [
        "The Ukrainian defence ministry accused the Russian military of bombing villages.",
        "Russia will not pull its troops until Ukrainian soldiers withdraw.",
        "Russia and Ukraine agreed on Thursday to deploy monitoring teams.",
        "Israel agreed to withdraw heavy weapons from the border.",
    ],
)
def test_a_deed_alleged_conditioned_or_undertaken_is_not_done(text: str) -> None:
    assert run(text).ground == []


def test_a_deed_before_another_is_still_done() -> None:
    text = "Israeli jets bombed Hamas positions before Hamas fighters withdrew."
    assert {(g.actor, g.action) for g in run(text).ground} == {
        ("israel", "struck"),
        ("hamas", "withdrew"),
    }


def test_a_toll_on_its_side_and_others_of_a_pair() -> None:
    text = "Russia has put the death toll on its side at 19, including six soldiers."
    assert {(c.party, c.count) for c in run(text).casualties} == {("russia", 19), ("russia", 6)}
    text = (
        "Renewed combat this week has killed six Ukrainian civilians and a Russian soldier, and "
        "wounded more than 20 others."
    )
    got = {(c.party, c.kind) for c in run(text).casualties}
    assert ("unknown", "wounded") in got and ("russia", "wounded") not in got
    text = "Shelling killed three Russian soldiers and wounded 12 others."
    assert {(c.party, c.kind) for c in run(text).casualties} == {
        ("russia", "killed"),
        ("russia", "wounded"),
    }


def test_an_outlet_reporting_and_residents_by_a_border_are_no_side() -> None:
    text = "The navy pushed back the Russian positions by 5:40am, reports the Kyiv Post."
    assert said(text) == []
    text = (
        "Residents near the river, bordering Russia to the east, reported hearing artillery fire."
    )
    assert said(text) == []


def test_attack_or_strike_naming_a_kind_of_arm_is_no_deed() -> None:
    assert run("The forces included fast attack gunboats and patrol boats.").ground == []
    got = {
        (g.actor, g.action)
        for g in run("Israeli attack helicopters struck Hamas positions.").ground
    }
    assert got == {("israel", "struck")}


def test_a_peace_named_after_a_city_takes_no_party_from_it() -> None:
    text = "Putin and Zelenskiy signed the Ankara Peace Accord on Sunday."
    assert steps(text) == {("agreement", ("russia", "ukraine"), "concluded")}


@pytest.mark.parametrize(
    "text",
    [
        "Kuleba said the strikes will go on until the attacks on Ukrainian cities are over.",
        "Putin is mulling strikes on Ukrainian territory, Peskov said.",
        "Russia said it was considering further strikes in the region.",
        "Kuleba framed the operation as a major shift in strategy.",
    ],
)
def test_a_deed_weighed_awaited_or_framed_is_not_done(text: str) -> None:
    assert run(text).ground == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Russia's spokeswoman dismissed the footage as fake; however, Reuters found no sign "
            "of tampering.",
            "dismissed the footage as fake",
        ),
        (
            "Putin reiterated that he is the legitimate winner of the vote, a claim rejected by "
            "many countries.",
            "he is the legitimate winner of the vote",
        ),
    ],
)
def test_the_writers_turn_after_the_words_is_not_said(text: str, words: str) -> None:
    assert [t for _a, _s, t in said(text)] == [words]


def test_a_post_with_no_name_as_subject_is_the_man_named_before() -> None:
    text = 'Erdogan spoke to reporters in Ankara. "We will mediate," the president added.'
    assert said(text) == [("turkey", "Recep Tayyip Erdogan", "We will mediate")]
    text = "Lavrov met his Turkish counterpart. The minister said the talks would continue."
    assert [(a, s) for a, s, _t in said(text)] == [("russia", "Sergei Lavrov")]
    # (an official is anyone's: not the man named before)
    text = "Lavrov met his Turkish counterpart. The official said the talks would continue."
    assert [(a, s) for a, s, _t in said(text)] == []


def test_disputing_or_downplaying_is_a_position() -> None:
    text = "Kuleba disputed the claim that the drone was Ukrainian."
    assert said(text) == [
        ("ukraine", "Dmytro Kuleba", "disputed the claim that the drone was Ukrainian.")
    ]
    assert said("Putin downplayed the threat of a counter-offensive.") == [
        ("russia", "Vladimir Putin", "downplayed the threat of a counter-offensive.")
    ]
    assert said("Putin's government disputed the results.") == [
        ("russia", "Vladimir Putin's government", "disputed the results.")
    ]
    # (the noun: "one of the main disputes in diplomacy" says nothing)
    assert said("The blast was one of the main disputes between Russia and Ukraine.") == []


def test_a_running_totals_start_dates_nothing() -> None:
    text = "Since early February, Russian forces have struck 10 towns, killing 43 people."
    facts = run(text)
    assert {c.date for c in facts.casualties} == {None}
    assert {g.date for g in facts.ground} == {None}


def test_a_prefixed_noun_of_the_dead_is_counted() -> None:
    text = 'The strike killed 14 "narco-terrorists", Kuleba said.'
    assert {(c.kind, c.count, c.claimed_by) for c in run(text).casualties} == {
        ("killed", 14, "ukraine")
    }


def test_armed_men_arriving_are_a_deployment_and_an_envoy_arriving_is_not() -> None:
    got = {
        (g.actor, g.action, g.place) for g in run("Russian marines have arrived in Kherson.").ground
    }
    assert got == {("russia", "deployed", "Kherson")}
    assert run("Lavrov arrived in Ankara for talks with Fidan.").ground == []
    assert run("The Russian fishermen arrived in Kherson on Monday.").ground == []


@pytest.mark.parametrize(
    "text",
    [
        "Putin's envoy and two generals are also reported to have been killed in the raid.",
        "Following the Russian strike, the clinic, said to be the oldest in Kherson, has told "
        "patients to stay at home.",
        "Peskov was widely believed to be behind the leak.",
    ],
)
def test_what_is_said_of_the_subject_is_no_one_speaking(text: str) -> None:
    assert said(text) == []


def test_a_danger_to_lives_is_no_threat_spoken() -> None:
    text = "Zelenskiy said the drones carried heavy warheads and threatened the lives of hundreds."
    assert [t for _a, _s, t in said(text)] == [
        "the drones carried heavy warheads and threatened the lives of hundreds."
    ]
    # (a threat made is words: "threatened to cut off the gas")
    assert [t for _a, _s, t in said("Putin threatened to cut off the gas supply to Kyiv.")] == [
        "threatened to cut off the gas supply to Kyiv."
    ]


def test_a_pronoun_and_an_auxiliary_say_nothing_new() -> None:
    assert said("Many Russian lawmakers maintain it does not.") == []
    assert said("Ukrainian officials insist they will.") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Kuleba told NATO foreign policy chief Anna Berg that the drones came from Iran.",
            "the drones came from Iran.",
        ),
        (
            "Kuleba told an emergency session of the UN Security Council that the dam was mined.",
            "the dam was mined.",
        ),
        (
            "Kuleba told French media outlets that a deal was within reach.",
            "a deal was within reach.",
        ),
        # (no whom before a clause: what he believes is what he told)
        (
            "Kuleba told reporters he believed that a deal was within reach.",
            "he believed that a deal was within reach.",
        ),
    ],
)
def test_whom_one_told_is_not_what_one_told(text: str, words: str) -> None:
    assert [t for _a, _s, t in said(text)] == [words]


@pytest.mark.parametrize(
    ("text", "deeds"),
    [
        ("Putin is hopeful about striking a deal with Kyiv before winter.", set()),
        ("Russian generals are willing to strike civilian targets, Kuleba said.", set()),
        # (what one was able to do was done)
        (
            "Russian forces were able to capture Avdiivka after months of fighting.",
            {("russia", "captured")},
        ),
        ("The port has long been threatened with attack by Russia's navy.", set()),
        # (the raid was launched; destroying the defences was its aim)
        (
            "Erdogan said Russia had met its goals when it launched the raid, to destroy "
            "Ukrainian air defences.",
            {("russia", "struck")},
        ),
    ],
)
def test_a_deed_struck_hoped_for_or_aimed_at_is_no_deed(text: str, deeds: set) -> None:
    assert {(g.actor, g.action) for g in run(text).ground} == deeds


def test_a_deal_one_is_hopeful_about_is_sought() -> None:
    text = "Putin is hopeful about striking a deal with Kyiv before winter."
    assert steps(text) == {("agreement", ("russia", "ukraine"), "proposed")}


def test_talks_called_unjustifiable_are_ruled_out() -> None:
    text = "Hamas has called further negotiations with Israel 'unjustifiable' amid the raids."
    assert steps(text) == {("talks", ("hamas", "israel"), "not_planned")}


def test_a_go_between_at_work_on_talks_mediates_them() -> None:
    text = "Turkey has been mediating the talks between Russia and Ukraine."
    assert {(d.participants, d.status, d.mediators) for d in run(text).diplomacy} == {
        (("russia", "ukraine"), "held", ("turkey",))
    }
    text = (
        "Russia and Ukraine are due to hold talks in Istanbul on Sunday. "
        "Turkey has been mediating the talks."
    )
    assert {(d.participants, d.mediators) for d in run(text).diplomacy} == {
        (("russia", "ukraine"), ("turkey",))
    }


ATOMIC = """
title: Atomic brief
date: 2025-06-30
actors:
  iran: {name: Iran, aliases: [Abbas Araghchi]}
  iaea: {name: IAEA, aliases: [International Atomic Energy Agency, Rafael Grossi]}
"""


def test_the_agency_after_an_agency_no_side_owns_is_that_one() -> None:
    text = (
        "Araghchi gave the figures to the state-run Pars news agency. "
        "The agency said the reactor building was hit."
    )
    assert [(a, t) for a, _s, t in said(text, cfg=ATOMIC)] == []
    # (with no other agency named, the configured one)
    text = "Grossi spoke in Vienna. The agency said the reactor building was hit."
    assert [a for a, _s, _t in said(text, cfg=ATOMIC)] == ["iaea"]


def test_he_after_a_titled_person_the_config_does_not_name_is_that_person() -> None:
    text = (
        "Putin said the offensive would go on. Opposition leader Ivan Sorokin also weighed "
        'in. "This is a dark day," he wrote. Party chairman Oleg Varen issued a statement. '
        '"We want peace," he said.'
    )
    assert said(text) == [("russia", "Vladimir Putin", "the offensive would go on.")]
    # (a configured person with his post is still he)
    text = 'President Vladimir Putin also weighed in. "This is a dark day," he wrote.'
    assert [(a, t) for a, _s, t in said(text)] == [("russia", "This is a dark day")]


def test_a_states_bases_abroad_are_whose_not_where() -> None:
    text = "Russia fired drones at US military bases in Syria on Monday."
    assert {(g.actor, g.place) for g in run(text).ground} == {("russia", "Syria")}


def test_a_deed_told_as_what_came_before_takes_not_the_main_clauses_day() -> None:
    text = (
        "Russia fired missiles at Kharkiv on Monday, just days after Ukraine struck "
        "Russian airfields."
    )
    assert {(g.actor, g.date) for g in run(text).ground} == {
        ("russia", "2024-03-04"),
        ("ukraine", None),
    }
    # (a deed dated in its own clause keeps its day)
    text = "Russia fired missiles at Kharkiv on Monday after Ukraine struck Belgorod on Sunday."
    assert {(g.actor, g.date) for g in run(text).ground} == {
        ("russia", "2024-03-04"),
        ("ukraine", "2024-03-03"),
    }


def test_the_un_nuclear_watchdog_is_the_iaea() -> None:
    text = "Iran has moved part of its stockpile, the United Nations nuclear watchdog said."
    assert [(a, t) for a, _s, t in said(text, cfg=ATOMIC)] == [
        ("iaea", "Iran has moved part of its stockpile")
    ]


def test_an_outlet_linked_to_a_side_is_not_the_side_speaking() -> None:
    text = "The Hamas-linked Sawt news agency confirmed the death of a commander in a raid."
    facts = run(text)
    assert [s.actor for s in facts.statements] == []
    assert {c.claimed_by for c in facts.casualties} == {"Hamas-linked Sawt news agency"}


def test_the_press_passing_on_anothers_words_is_not_a_statement_of_its_own() -> None:
    text = (
        "Kuleba denied that any drones had been launched towards Russia, Ukraine's "
        "Suspilne Radio reported."
    )
    assert said(text) == [
        ("ukraine", "Dmytro Kuleba", "denied that any drones had been launched towards Russia")
    ]


def test_he_after_a_post_that_speaks_is_the_man_named_before_not_whom_he_names() -> None:
    text = (
        "Fidan spoke in Ankara on Monday. The foreign minister said that Sergei Lavrov had "
        'called him overnight. "We are ready to host the talks," he added.'
    )
    assert [(a, s) for a, s, _t in said(text)] == [
        ("turkey", "Hakan Fidan"),
        ("turkey", "Hakan Fidan"),
    ]
    text = 'Netanyahu met the cabinet. "The war goes on," the PM said.'
    assert said(text) == [("israel", "Benjamin Netanyahu", "The war goes on")]


def test_countering_a_thing_is_a_deed_not_words() -> None:
    assert said("Kuleba said the army had countered Russia's designs in the south.") == [
        ("ukraine", "Dmytro Kuleba", "the army had countered Russia's designs in the south.")
    ]
    assert said('"That is a lie," Kuleba countered.') == [
        ("ukraine", "Dmytro Kuleba", "That is a lie")
    ]


def test_talks_never_planned_are_ruled_out() -> None:
    assert steps("Peskov said talks with Kyiv had never been planned.") == {
        ("talks", ("russia", "ukraine"), "not_planned")
    }


def test_he_after_a_titled_person_who_leads_the_sentence_is_that_person() -> None:
    text = (
        "Putin said the offensive would go on. Opposition leader Ivan Sorokin acknowledged "
        'the cost of the war but urged calm. "This is a dark day," he wrote.'
    )
    assert said(text) == [("russia", "Vladimir Putin", "the offensive would go on.")]


def test_rejecting_the_notion_of_a_truce_rules_it_out() -> None:
    text = (
        "Putin said Russia would fight on until its goals were met, rejecting the notion of "
        "a ceasefire with Ukraine."
    )
    assert steps(text) == {("agreement", ("russia", "ukraine"), "not_planned")}


def test_who_secures_one_sides_assent_to_a_deal_between_two_others_mediates_it() -> None:
    text = (
        "Turkey's foreign minister, Hakan Fidan, secured Moscow's agreement to a prisoner "
        "exchange between Russia and Ukraine."
    )
    assert {(d.participants, d.mediators) for d in run(text).diplomacy} == {
        (("russia", "ukraine"), ("turkey",))
    }


def test_calling_a_thing_by_quoted_words_is_a_statement() -> None:
    text = 'Russia shelled Kharkiv overnight, with Kuleba calling the attack "pure terror".'
    # (with its naming verb: "the attack 'pure terror'" alone reads as a fragment)
    assert said(text) == [("ukraine", "Dmytro Kuleba", 'calling the attack "pure terror".')]
    # (calling people to a place says nothing)
    assert said("Residents were calling relatives in the south of Rafah.") == []


def test_a_warning_after_while_is_the_subjects() -> None:
    text = "Putin sounded upbeat, while also warning of grave consequences if Kyiv refused."
    assert said(text) == [
        ("russia", "Vladimir Putin", "warning of grave consequences if Kyiv refused.")
    ]


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        (
            "Russia retaliated with cruise missiles against Ukrainian cities.",
            ("russia", "attacked"),
        ),
        (
            "Ukraine struck a refinery, prompting Russia to retaliate with drones.",
            ("russia", "attacked"),
        ),
        ("Russia responded with a barrage of missiles.", ("russia", "attacked")),
        ("Russian bombers delivered heavy strikes on Kharkiv.", ("russia", "struck")),
    ],
)
def test_retaliation_with_arms_and_strikes_delivered_are_deeds(text: str, deed: tuple) -> None:
    assert deed in {(g.actor, g.action) for g in run(text).ground}
    # (a barrage of missiles is no shelling)
    assert ("russia", "shelled") not in {(g.actor, g.action) for g in run(text).ground}


def test_a_deed_whose_carrying_out_is_to_come_is_no_deed() -> None:
    text = (
        "Hamas, the armed group, warned two days ago that it would launch a barrage of "
        "missiles at Tel Aviv."
    )
    assert run(text).ground == []
    text = "Hamas militants attempted to launch an offensive on army positions near Sderot."
    assert run(text).ground == []


def test_who_presides_over_a_signing_mediates_and_co_chairs_are_sides() -> None:
    text = "Erdogan presided over the signing of a grain deal between Russia and Ukraine."
    assert {(d.participants, d.mediators) for d in run(text).diplomacy} == {
        (("russia", "ukraine"), ("turkey",))
    }
    text = (
        "The talks in Istanbul were co-chaired by Russian envoy Sergei Lavrov and Ukrainian "
        "envoy Dmytro Kuleba."
    )
    assert {(d.participants, d.mediators) for d in run(text).diplomacy} == {
        (("russia", "ukraine"), ())
    }


def test_who_watches_a_deal_kept_is_no_party_to_it() -> None:
    text = (
        "Russia and Ukraine agreed on Monday to deploy Turkish monitoring teams along the "
        "front line."
    )
    assert steps(text) == {("agreement", ("russia", "ukraine"), "concluded")}
    text = (
        "Russia and Ukraine agreed to a truce that includes observers from several "
        "countries, including Turkey."
    )
    assert steps(text) == {("agreement", ("russia", "ukraine"), "concluded")}


GANGS = """
title: Gang brief
date: 2025-10-01
actors:
  haiti: {name: Haitian government, aliases: [Haitian National Police]}
  gangs: {name: Armed gangs, aliases: [Viv Ansanm, Gran Grif]}
"""


def test_the_toll_of_a_group_a_country_owns_is_the_groups() -> None:
    text = "The police raid killed 11 members of Haiti's Viv Ansanm in Port-au-Prince."
    assert {c.party for c in run(text, cfg=GANGS).casualties} == {"gangs"}


def test_words_shared_on_a_platform_after_a_colon_are_said() -> None:
    text = (
        "Kuleba later shared on Telegram Messenger: “Russia shelled Kharkiv overnight. The "
        "attack killed 11 civilians.”"
    )
    facts = run(text)
    assert [(s.actor, s.speaker) for s in facts.statements] == [("ukraine", "Dmytro Kuleba")]
    assert {c.claimed_by for c in facts.casualties} == {"ukraine"}
    # (sharing with no words quoted says nothing: "Turkey shares a border with Syria")
    assert said("Kuleba shared a video of the damage with reporters in Kyiv.") == []


def test_the_us_named_in_what_is_told_is_no_pronoun_of_the_teller() -> None:
    text = (
        "Trump announced that Russia and Ukraine had agreed to a ceasefire after talks "
        "mediated by the US."
    )
    cfg = CONFIG + "  us: {name: United States, aliases: [Donald Trump]}\n"
    assert {(d.type, d.participants) for d in run(text, cfg=cfg).diplomacy} == {
        ("agreement", ("russia", "ukraine")),
        ("talks", ("russia", "ukraine")),
    }


def test_who_mediates_in_one_telling_is_no_party_in_another() -> None:
    text = (
        "Russia and Ukraine held talks in Istanbul on Monday. "
        'Erdogan said: "The talks between Russia and Ukraine, mediated by Turkey, went well." '
        "Erdogan said the two sides held talks."
    )
    assert {(d.participants, d.mediators) for d in run(text).diplomacy} == {
        (("russia", "ukraine"), ("turkey",))
    }


def test_a_report_of_no_casualties_is_a_claim() -> None:
    assert said("Kuleba confirmed the attack and reported no casualties.") == [
        ("ukraine", "Dmytro Kuleba", "no casualties.")
    ]


def test_what_a_meeting_to_come_is_for_is_no_talks_held() -> None:
    text = (
        "After three days of fighting along their border, Russia and Ukraine agreed to meet "
        "to negotiate a ceasefire."
    )
    assert {(k, s) for k, _p, s in steps(text)} == {
        ("meeting", "planned"),
        ("agreement", "proposed"),
    }


def test_calling_the_leaders_of_two_states_is_a_call_to_each() -> None:
    text = "Erdogan said he called the leaders of Russia and Ukraine to urge a truce."
    assert {(d.type, d.participants) for d in run(text).diplomacy} >= {
        ("call", ("russia", "turkey")),
        ("call", ("turkey", "ukraine")),
    }
    # (calling them names is no call)
    text = "Erdogan called the leaders of Russia and Ukraine irresponsible."
    assert [d for d in run(text).diplomacy if d.type == "call"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The pressure grew on Putin, whom Kuleba accuses of sheltering war criminals.",
        "The attacks, which lawmakers and Ukrainian officials have forcefully condemned as "
        "unlawful, went on.",
    ],
)
def test_a_relative_clause_whose_object_is_its_noun_says_no_words(text: str) -> None:
    assert said(text) == []


def test_a_verb_whose_object_follows_its_as_still_speaks() -> None:
    assert said("Kuleba condemned as murder the strike on a fishing boat.") == [
        ("ukraine", "Dmytro Kuleba", "condemned as murder the strike on a fishing boat.")
    ]


def test_she_after_a_quote_told_by_one_name_no_side_owns_is_not_the_side() -> None:
    text = (
        'Putin said the strikes would go on. "We are fishermen, not soldiers," Marta said. '
        "She added that the boat had carried only nets."
    )
    assert said(text) == [("russia", "Vladimir Putin", "the strikes would go on.")]
    # ("he said" after a quote is still the man named before)
    text = 'Putin said the strikes would go on. "The boats carried arms," he said.'
    assert [t for _a, _s, t in said(text)] == ["the strikes would go on.", "The boats carried arms"]


def test_a_name_with_an_apostrophe_no_side_owns_speaks() -> None:
    text = (
        "Putin said the strikes were lawful. Mary O’Hara, a law professor in Dublin, told "
        'reporters: "These strikes are unlawful." "They cannot be justified," she said.'
    )
    assert said(text) == [("russia", "Vladimir Putin", "the strikes were lawful.")]


def test_a_services_people_and_an_armys_men_are_the_sides_own() -> None:
    text = "Kuleba said that four army personnel were injured overnight."
    assert {(c.party, c.count) for c in run(text).casualties} == {("ukraine", 4)}
    text = '"Four men of the Ukrainian army have been injured near Kharkiv," Kuleba said.'
    assert {(c.party, c.count) for c in run(text).casualties} == {("ukraine", 4)}


def test_people_killed_by_a_deed_on_civilians_of_no_side_are_civilians() -> None:
    text = "The raids follow an attack on pilgrims near Hebron that killed 9 people."
    assert {(c.party, c.count) for c in run(text).casualties} == {("civilians", 9)}
    # (a deed on fighters leaves whose people they were untold)
    text = "The strike on soldiers near Bakhmut that killed 12 people was Russian."
    assert {(c.party, c.count) for c in run(text).casualties} == {("unknown", 12)}


def test_fighters_tied_to_a_side_are_its_own() -> None:
    text = "The strikes killed over 80 fighters affiliated with banned groups, including Hamas."
    assert {(c.party, c.count) for c in run(text).casualties} == {("hamas", 80)}
    text = "The raid killed 12 fighters loyal to Hamas and Israel's army, officials said."
    assert {c.party for c in run(text).casualties} == {"unknown"}


def test_a_speaking_aside_in_two_parts_is_skipped_for_the_speaker() -> None:
    text = (
        "Fidan, speaking to the media, moments after Putin announced a truce in Kherson, said "
        "both sides had agreed to halt the fighting."
    )
    assert ("turkey", "Hakan Fidan", "both sides had agreed to halt the fighting.") in said(text)
    assert [t for a, _s, t in said(text) if a == "russia"] == ["a truce in Kherson"]


def test_a_day_with_no_on_after_the_verb_is_when_not_what_was_said() -> None:
    text = "Erdogan said on social media July 26 he had spoken to Putin and Zelenskiy."
    assert [t for _a, _s, t in said(text)] == ["he had spoken to Putin and Zelenskiy."]


def test_a_retaliation_done_is_an_attack() -> None:
    text = "Kuleba said Tuesday his country had retaliated in renewed border clashes with Russia."
    assert {(g.actor, g.action) for g in run(text).ground} == {("ukraine", "attacked")}
    assert run("Putin vowed to retaliate against Kyiv.").ground == []


def test_speaking_to_a_person_named_after_a_post_in_lower_case_is_a_call() -> None:
    text = "Lavrov, who spoke to foreign minister Hakan Fidan earlier in the day, left Moscow."
    assert steps(text) == {("call", ("russia", "turkey"), "held")}
    assert steps("Lavrov spoke to foreign media reporters in Ankara.") == set()


def test_the_one_a_paper_quoted_after_the_words_said_them() -> None:
    text = '"We will avenge every one of our martyrs," the Kyiv Post quoted Kuleba.'
    assert said(text) == [("ukraine", "Dmytro Kuleba", "We will avenge every one of our martyrs")]


def test_a_group_named_like_a_person_is_a_group_and_its_toll_is_counted() -> None:
    text = (
        "Petro said the raid killed 9 suspected Clan del Golfo gang members near the coast, "
        "which he said was a crime."
    )
    facts = run(text, cfg=GANGS.replace("Gran Grif", "Clan del Golfo"))
    assert {(c.party, c.count) for c in facts.casualties} == {("gangs", 9)}
    # (and "he" is no group)
    assert all(s.actor != "gangs" for s in facts.statements)


def test_a_groups_name_less_its_word_for_what_it_is_names_it_too() -> None:
    cfg = """
title: Idlib brief
date: 2024-03-10
actors:
  hts: {name: HTS, aliases: [Hayat Tahrir al-Sham]}
  syria: {name: Syrian government, aliases: [Bashar al-Assad]}
"""
    text = "The Tahrir al-Sham alliance denounced the talks with the Syrian government."
    assert [(a, t) for a, _s, t in said(text, cfg=cfg)] == [
        ("hts", "denounced the talks with the Syrian government.")
    ]


def test_verbs_of_saying_in_two_words() -> None:
    assert said("Putin has played down the possibility of a new offensive in the north.") == [
        ("russia", "Vladimir Putin", "played down the possibility of a new offensive in the north.")
    ]
    assert said("Kuleba pointed out that Russia had moved ten warships near Odesa.") == [
        ("ukraine", "Dmytro Kuleba", "Russia had moved ten warships near Odesa.")
    ]
    # (pointing a thing out to someone says nothing)
    assert said("Kuleba pointed out the warships to reporters on the coast.") == []


def test_who_looks_on_in_an_opening_phrase_mediates_alone() -> None:
    text = (
        "In the presence of Egyptian envoy Sameh Shoukry, the Russian and Ukrainian "
        "governments signed a prisoner exchange deal in Cairo on Friday."
    )
    assert {(d.participants, d.mediators) for d in run(text).diplomacy} == {
        (("russia", "ukraine"), ("egypt",))
    }


def test_leaving_talks_or_breaking_a_truce_ends_it() -> None:
    text = "Hamas has withdrawn from peace talks in the Egyptian capital Cairo."
    assert {(d.type, d.status) for d in run(text).diplomacy} == {("talks", "cancelled")}
    assert run(text).ground == []
    text = "In early January, Hamas broke a ceasefire agreement with Israel."
    assert steps(text) == {("agreement", ("hamas", "israel"), "cancelled")}
    # (one of two staying away from talks between them leaves none to hold)
    text = "Hamas said it would not attend Tuesday's talks with Israel in Cairo."
    assert steps(text) == {("talks", ("hamas", "israel"), "not_planned")}


def test_a_state_that_is_no_side_losing_soldiers_is_not_a_side_named_after() -> None:
    text = "Kenya lost 14 soldiers in the Gaza conflict with Hamas in January."
    assert {c.party for c in run(text).casualties} == {"unknown"}


def test_claims_one_rejects_are_no_claim_of_ones_own() -> None:
    text = "Putin strongly rejected claims that Russia was shelling the Zaporizhzhia plant."
    assert said(text) == [
        (
            "russia",
            "Vladimir Putin",
            "rejected claims that Russia was shelling the Zaporizhzhia plant.",
        )
    ]


def test_he_after_an_opening_phrase_on_a_topic_is_the_subject_not_the_topic() -> None:
    cfg = """
title: Lakes brief
date: 2025-03-01
actors:
  rwanda: {name: Rwanda, aliases: [Paul Kagame, Kagame]}
  eac: {name: EAC, aliases: [East African Community, EAC]}
"""
    text = (
        "Regarding the presence of East African Community (EAC) troops in the region, "
        "President Kagame dismissed suggestions that their mission was peacekeeping. "
        "He accused Kinshasa of hiring mercenaries."
    )
    assert [(a, s) for a, s, _t in said(text, cfg=cfg)] == [
        ("rwanda", "Paul Kagame"),
        ("rwanda", "Paul Kagame"),
    ]


def test_the_group_after_a_rights_body_is_that_body_not_an_armed_side() -> None:
    text = (
        "Hamas fighters held the town. At least 40 people were killed there, according to "
        "a report released by Amnesty International. The group warns that the toll will rise."
    )
    assert [a for a, _s, _t in said(text)] == []
    # (with an armed group named just before, the group is that one)
    text = "Hamas fighters took the town. The group said it would hold it."
    assert [a for a, _s, _t in said(text)] == ["hamas"]


def test_he_after_a_post_named_by_a_peoples_word_is_no_peoples_word() -> None:
    text = (
        "During the interview, the Turkish President rejected claims of a new offensive. "
        "He reiterated that Turkey wants a truce."
    )
    assert [(a, s) for a, s, _t in said(text)] == [
        ("turkey", "Turkish President"),
        ("turkey", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        # where and when between the verb and its "by" do not make the signers places
        ("The accord was signed in Cairo on Sunday by Egypt and Turkey.", ("egypt", "turkey")),
        (
            "The peace agreement was signed at the Kremlin last week by Russia and Ukraine.",
            ("russia", "ukraine"),
        ),
        # a compound's head noun after the truce's word still tells the signing
        ("The ceasefire agreement was signed by Israel and Hamas.", ("hamas", "israel")),
    ],
)
def test_a_step_signed_by_two_sides_has_them_as_parties(
    sentence: str, parties: tuple[str, ...]
) -> None:
    assert {(t, p) for t, p, _s in steps(sentence)} == {("agreement", parties)}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # others whom the tool names no one by, after a contrast: the writer's clause
        (
            "Kuleba said the offensive had stalled, but analysts say the front is moving.",
            "the offensive had stalled",
        ),
        (
            "Peskov said a summit was possible, while diplomats believe it is months away.",
            "a summit was possible",
        ),
        # the same speaker going on with a pronoun: his next words, not these
        (
            "Kuleba said the offensive had stalled, but he added that talks could resume.",
            "the offensive had stalled",
        ),
    ],
)
def test_reported_words_end_where_another_clause_of_saying_begins(
    sentence: str, words: str
) -> None:
    assert (("ukraine" if "Kuleba" in sentence else "russia"), words) in {
        (a, t.rstrip(".")) for a, _s, t in said(sentence)
    }
    assert not any(", but" in t or ", while" in t for _a, _s, t in said(sentence))


def test_reported_words_go_on_over_a_contrast_with_the_same_subject() -> None:
    got = said("Kuleba said the offensive had stalled, but it would resume in spring.")
    assert [t.rstrip(".") for _a, _s, t in got] == [
        "the offensive had stalled, but it would resume in spring"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Since the truce took effect on March 1, at least 90 civilians have been killed.",
        "At least 90 civilians have been killed since the ceasefire came into force on March 1.",
    ],
)
def test_the_day_a_truce_took_effect_starts_a_running_toll_and_dates_none(sentence: str) -> None:
    [c] = run(sentence).casualties
    assert (c.party, c.kind, c.low, c.date) == ("civilians", "killed", 90, None)


def test_a_host_named_in_another_clause_does_not_mediate_the_deal_it_signs() -> None:
    text = (
        "Erdogan hosted ministers from a dozen states at a conference in Antalya on Sunday, "
        "where Netanyahu signed a declaration with Turkey and Egypt."
    )
    assert ("agreement", ("egypt", "israel", "turkey"), "concluded") in steps(text)
    # (a list after a mediator goes on as mediators: "brokered by Egypt and Turkey")
    text = "Israel and Hamas agreed on a truce brokered by Egypt and Turkey."
    assert [(d.participants, d.mediators) for d in run(text).diplomacy] == [
        (("hamas", "israel"), ("egypt", "turkey"))
    ]


def test_a_quote_followed_by_and_he_urged_is_not_attributed_to_the_urging() -> None:
    text = (
        'Erdogan said he appreciated that Russia had "temporarily halted the shelling," and '
        'he urged Ukraine to return to talks "before the winter sets in."'
    )
    got = [(a, t) for a, _s, t in said(text)]
    assert got == [
        ("turkey", 'he appreciated that Russia had "temporarily halted the shelling"'),
        ("turkey", 'urged Ukraine to return to talks "before the winter sets in."'),
    ]


def test_a_chair_of_talks_and_a_teller_of_both_sides_are_no_parties() -> None:
    text = (
        "Russia and Ukraine held talks in Istanbul on Tuesday. Turkish Foreign Minister "
        'Hakan Fidan, who chairs the talks, said the two sides "agreed to meet again." '
        "Lavrov noted that both sides will soon present their proposals on a truce. He also "
        "said that Ukraine proposed direct talks between the two presidents, and that Russia "
        "took note."
    )
    got = run(text).diplomacy
    assert {d.participants for d in got} == {("russia", "ukraine")}
    assert got[0].mediators == ("turkey",)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a relative clause of what the step may bring leaves its own status alone
        (
            "Zelenskiy will meet Erdogan in Ankara on May 28 in a session that could decide "
            "the war.",
            "planned",
        ),
        (
            "Putin and Erdogan shook hands at the start of their summit in Ankara on Friday, in "
            "talks that could reshape the region.",
            "held",
        ),
        # ... but one of its own coming about is still a maybe
        (
            "Russia and Ukraine are discussing a meeting that could take place next week.",
            "proposed",
        ),
    ],
)
def test_a_modal_of_what_a_step_may_bring_is_not_its_status(sentence: str, status: str) -> None:
    assert status in {s for _t, _p, s in steps(sentence)}
    assert len({s for _t, _p, s in steps(sentence)}) == 1


def test_a_between_pair_ends_at_a_word_that_opens_what_the_step_is_about() -> None:
    text = "Indirect talks in Egypt between Hamas and Israel over Erdogan's framework ended."
    assert [p for _t, p, _s in steps(text)] == [("hamas", "israel")]


@pytest.mark.parametrize(
    "last",
    [
        "Both sides had agreed to stop fighting, accepting the truce proposal from Erdogan.",
        "Netanyahu expressed openness to Erdogan's call to maintain the Gaza ceasefire.",
    ],
)
def test_whose_proposal_or_call_a_truce_is_mediates_it(last: str) -> None:
    text = (
        "Israeli strikes killed 20 Palestinians in Gaza on Sunday. Hamas fighters killed "
        "two Israeli soldiers in Rafah. " + last
    )
    assert [(d.participants, d.mediators) for d in run(text).diplomacy] == [
        (("hamas", "israel"), ("turkey",))
    ]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # what is asked of others keeps its verb: no claim that they did it
        ("Kuleba called on Kyiv's allies to respond to the strike.", "called on Kyiv's allies"),
        # and what is put forward: no truce declared
        ("Lavrov suggested declaring a ceasefire for three days.", "suggested declaring"),
    ],
)
def test_asking_others_and_putting_forward_keep_their_verb(sentence: str, words: str) -> None:
    assert [t.startswith(words) for _a, _s, t in said(sentence)] == [True]


def test_he_speaking_of_another_stays_the_one_named_before() -> None:
    text = (
        '"Russia will offer a memorandum," Putin said. "We are ready," he told reporters '
        "after his call with Erdogan. He added that the text might include a truce. Peskov "
        "said the two discussed the war. He said signals were received on behalf of Erdogan. "
        "Putin is fully informed, he added."
    )
    assert [a for a, _s, _t in said(text)] == ["russia"] * 6


def test_posted_to_social_media_is_where_it_was_said_not_what() -> None:
    text = "Kuleba posted to social media Thursday that the swap was the only result."
    assert [t for _a, _s, t in said(text)] == ["the swap was the only result."]


def test_a_dateline_of_day_and_agency_is_not_what_was_said() -> None:
    text = "May 3 (UPI) -- A prisoner swap is under way between Ukraine and Russia, Kuleba said."
    assert [t for _a, _s, t in said(text)] == [
        "A prisoner swap is under way between Ukraine and Russia"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Shelling killed six civilians in Kherson, said regional governor Dmytro Kuleba.",
        "Shelling killed six civilians in Kherson, said the minister, Dmytro Kuleba.",
        "Shelling killed six civilians in Kherson, said minister Dmytro Kuleba, where the "
        "blast also shattered the windows of a school and a hospital nearby.",
    ],
)
def test_a_lowercase_post_before_the_name_after_the_verb_names_the_speaker(
    sentence: str,
) -> None:
    [c] = run(sentence).casualties
    assert c.claimed_by == "ukraine"
    assert [(a, s) for a, s, _t in said(sentence)] == [("ukraine", "Dmytro Kuleba")]


def test_told_a_peoples_media_is_whom_it_was_told_not_what() -> None:
    text = (
        "At least 40 people were wounded, Kuleba told Ukrainian media at the scene of the attack."
    )
    assert [t for _a, _s, t in said(text)] == ["At least 40 people were wounded"]
    [c] = run(text).casualties
    assert c.claimed_by == "ukraine"


def test_one_victim_named_as_one_of_a_figure_is_counted_in_the_figure() -> None:
    text = "Among the victims was a baby, one of six children confirmed dead, Kuleba said."
    assert [(c.party, c.kind, c.count) for c in run(text).casualties] == [
        ("civilians", "killed", 6)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescuers pulled nine more bodies from the rubble, raising the death toll to 40.",
        "Another nine bodies were found overnight, bringing the toll to 40.",
    ],
)
def test_a_figure_added_to_a_toll_given_whole_is_part_of_the_whole(sentence: str) -> None:
    assert [(c.kind, c.count) for c in run(sentence).casualties] == [("killed", 40)]
    # (alone, the figure is the news)
    assert [c.count for c in run("Nine more people died overnight.").casualties] == [9]


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan calls for a truce, the release of hostages and a gradual Israeli "
        "withdrawal from Gaza.",
        "The draft includes elements such as a Russian withdrawal from Kherson.",
        "Hamas said it had agreed to a prisoner swap and an Israeli withdrawal.",
        "Talks left open a timeline for Russia's withdrawal.",
        "Israel opposes the deployment of Turkish troops.",
    ],
)
def test_a_deed_asked_for_planned_or_opposed_is_no_ground_event(sentence: str) -> None:
    assert run(sentence).ground == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Netanyahu called for calm after Israeli strikes killed 20 people in Gaza.",
        "Russian strikes killed 20 people, including children, and Russian shelling hit Kharkiv.",
        "Russia and Ukraine agreed to a truce on Monday, but Russian strikes hit Kyiv.",
    ],
)
def test_a_deed_told_after_a_call_or_a_deal_is_still_a_deed(sentence: str) -> None:
    assert run(sentence).ground != []


def test_a_toll_from_another_peoples_body_does_not_take_the_side_told_before() -> None:
    text = (
        "Hamas gunmen killed an Israeli soldier in Rafah. The Palestinian Health Ministry "
        "reported an overall death toll of 104 from the overnight strikes."
    )
    got = {(c.party, c.count) for c in run(text).casualties}
    assert got == {("israel", 1), ("unknown", 104)}


def test_a_hospital_that_says_a_toll_is_its_claimant() -> None:
    text = "Kherson's Central Hospital said two children were killed in a drone strike."
    [c] = run(text).casualties
    assert (c.count, c.claimed_by) == (2, "Kherson's Central Hospital")


@pytest.mark.parametrize(
    "sentence",
    [
        "Hamas said about 20 more bodies would be handed over in the coming days.",
        "Only four of the 28 bodies held by Hamas have been returned.",
        "The bodies of 15 Palestinians were handed over by Israel.",
    ],
)
def test_remains_handed_over_are_no_toll(sentence: str) -> None:
    assert run(sentence).casualties == []
    # (the dead found are)
    assert [c.count for c in run("The bodies of 15 civilians were found.").casualties] == [15]


def test_claimants_named_by_a_places_body_or_by_the_body_told_before() -> None:
    text = "The toll of the strikes has reached 104, the Lebanese enclave's health ministry said."
    assert [c.claimed_by for c in run(text).casualties] == ["Lebanese enclave's health ministry"]
    text = (
        "The Ukrinform news agency reported that a journalist was killed in a strike. "
        "According to the agency, the strikes killed 12 people."
    )
    assert {c.claimed_by for c in run(text).casualties} == {"Ukrinform news agency"}


def test_will_meet_today_is_still_to_come() -> None:
    text = "Erdogan arrived in Moscow on Tuesday. Today, Wednesday, he will meet with Putin."
    got = {(t, p, s) for t, p, s in steps(text, published="2024-03-06")}
    assert ("meeting", ("russia", "turkey"), "planned") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks stalled as Moscow continued to insist on demands that Kyiv considers excessive.",
        "Kyiv found no basis for reports that civilians were killed.",
        "Hamas fighters attacked the town despite pledges of a truce by the group.",
    ],
)
def test_a_plural_word_of_saying_after_a_preposition_is_a_noun(sentence: str) -> None:
    assert said(sentence) == []


def test_what_a_side_did_in_anothers_words_is_not_its_own_statement() -> None:
    text = "Kuleba said that Russia rejected an unconditional truce during the talks."
    assert [a for a, _s, _t in said(text)] == ["ukraine"]
    # (but a clause of its own after a contrast is its own)
    text = "Kuleba said Russian shelling killed five, but Russia denied carrying out strikes."
    assert [a for a, _s, _t in said(text)] == ["ukraine", "russia"]


def test_a_stance_ends_where_others_of_the_same_side_begin() -> None:
    text = (
        "Relatives of Israeli soldiers praised the deal as a turning point, while critics "
        "on the Israeli right dismissed it as a failure."
    )
    assert [t for _a, _s, t in said(text)] == ["praised the deal as a turning point"]


def test_words_said_of_the_noun_before_a_relative_clause_are_no_statement() -> None:
    text = "Erdogan gave Hamas until Sunday to answer his plan, which Israel has said it agrees to."
    assert [a for a, _s, _t in said(text)] == []


def test_told_an_outlet_by_its_kind_and_name_is_whom_it_was_told() -> None:
    text = "Haniyeh told Qatar-based broadcaster Al Araby the movement rejects the new authority."
    assert [t for _a, _s, t in said(text)] == ["the movement rejects the new authority."]


def test_the_side_announcing_a_capture_took_the_place_not_people() -> None:
    text = "Russia's Defence Ministry on Friday announced the capture of Marinka, a village."
    assert [(g.actor, g.action, g.place) for g in run(text).ground] == [
        ("russia", "captured", "Marinka")
    ]
    # (people taken are a casualty's, no place)
    assert run("Ukraine announced the capture of 12 Russian soldiers.").ground == []


@pytest.mark.parametrize(
    ("sentence", "step"),
    [
        (
            "Erdogan hosted Russian President Vladimir Putin in Ankara on Tuesday.",
            ("meeting", ("russia", "turkey"), "held"),
        ),
        (
            "Erdogan will host Putin in Ankara next week.",
            ("meeting", ("russia", "turkey"), "planned"),
        ),
        # two guests: the host mediates
        (
            "Erdogan hosted Russian and Ukrainian negotiators in Istanbul on Tuesday.",
            ("meeting", ("russia", "ukraine"), "held"),
        ),
    ],
)
def test_a_host_of_a_named_guest_meets_him(sentence: str, step: tuple) -> None:
    assert step in steps(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Turkey hosts Syrian refugees.", "Erdogan hosted the Arab League summit in Ankara."],
)
def test_hosting_refugees_or_a_named_gathering_is_no_meeting_of_its_own(sentence: str) -> None:
    assert steps(sentence) == set()


def test_a_place_now_under_a_sides_control_was_taken_by_it() -> None:
    text = "Kyiv said the village of Marinka is now under Russian control."
    assert [(g.actor, g.action, g.place) for g in run(text).ground] == [
        ("russia", "captured", "Marinka")
    ]
    # (held all along, or under fire, is no capture)
    assert run("Marinka remains under Russian control.").ground == []
    assert run("Marinka is now under Russian fire.").ground == []


def test_a_side_after_for_that_is_to_do_something_is_no_place() -> None:
    text = (
        "Russian shelling killed five Ukrainian soldiers. Erdogan's deadline for Russia to "
        "reach a truce with Ukraine ends on Friday."
    )
    assert {p for _t, p, _s in steps(text)} == {("russia", "ukraine")}


def test_a_land_named_as_where_a_meeting_was_is_not_one_of_the_two_sides() -> None:
    text = (
        "Kuleba said the swap was the only result of the meeting in Turkey. "
        "The two sides met last week in Istanbul."
    )
    assert all("turkey" not in p for _t, p, _s in steps(text))


def test_the_last_talks_dated_later_do_not_date_the_talks_told_before() -> None:
    text = (
        "Peskov said Putin would not attend the talks with Ukraine. The last direct talks "
        "between Ukraine and Russia took place in Istanbul in March 2022."
    )
    dates = {(d.status, d.date) for d in run(text).diplomacy}
    assert dates == {("not_planned", None), ("held", "2022-03")}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Kuleba accused Russia of war crimes in Kherson, as survivors who fled the city "
            "recounted mass killings.",
            "accused Russia of war crimes in Kherson",
        ),
        (
            "Putin said the plan disbands the army and leaves the militias in place, a "
            "reference to the volunteer battalions.",
            "the plan disbands the army and leaves the militias in place",
        ),
        (
            "Erdogan hailed the talks, but refrained from saying he would accept a truce.",
            "hailed the talks",
        ),
    ],
)
def test_the_writers_words_after_what_was_said_are_not_said(sentence: str, words: str) -> None:
    assert [t.rstrip(".") for _a, _s, t in said(sentence)] == [words]


def test_a_sides_post_and_an_abbreviated_rank_name_the_speaker() -> None:
    cfg = """
title: Sahel brief
date: 2025-03-01
actors:
  army: {name: Malian Armed Forces, aliases: [Mali's army, FAMa]}
  jnim: {name: JNIM, aliases: [Jama'at Nusrat al-Islam wal-Muslimin]}
"""
    text = "Mali's army chief said troops withdrew from Boulkessi to save lives."
    assert [s for _a, s, _t in said(text, cfg=cfg)] == ["Mali's army chief"]
    text = "Mali's Army Chief Gen. Oumar-Aly Diarra said troops withdrew from Boulkessi."
    assert [s for _a, s, _t in said(text, cfg=cfg)] == ["Oumar-Aly Diarra"]


def test_words_before_adding_a_quote_end_where_the_quote_begins() -> None:
    text = (
        'Kuleba said the shelling was growing worse, adding, "For 900 days the war has '
        'engulfed our nation."'
    )
    got = [t for _a, _s, t in said(text)]
    assert "the shelling was growing worse" in got
    assert not any("adding" in t for t in got)


def test_a_truce_sought_by_a_group_of_outsiders_is_the_fighting_sides() -> None:
    cfg = """
title: Sudan brief
date: 2025-11-10
actors:
  saf: {name: Sudanese Armed Forces, aliases: [SAF, Sudanese army]}
  rsf: {name: Rapid Support Forces, aliases: [RSF]}
  us: {name: United States, aliases: [Washington]}
  saudi: {name: Saudi Arabia}
  egypt: {name: Egypt}
  uae: {name: United Arab Emirates, aliases: [UAE]}
"""
    text = (
        "RSF drones killed 20 SAF soldiers in Kadugli. The army shelled RSF positions, "
        "killing 12 RSF fighters. The four countries (the United States, Saudi Arabia, Egypt "
        "and the UAE) met in Washington on Friday to advance peace and achieve an urgent "
        "humanitarian truce."
    )
    got = {(d.type, d.participants, d.mediators) for d in run(text, cfg=cfg).diplomacy}
    assert ("agreement", ("rsf", "saf"), ("egypt", "saudi", "uae", "us")) in got
    text = (
        "RSF drones killed 20 SAF soldiers in Kadugli. On Thursday the RSF agreed to the truce "
        "proposed by the four countries—the United States, Saudi Arabia, Egypt and the UAE."
    )
    got = {(d.participants, d.mediators) for d in run(text, cfg=cfg).diplomacy}
    assert (("rsf", "saf"), ("egypt", "saudi", "uae", "us")) in got


def test_the_statement_is_the_issuers_named_with_it_not_an_earlier_speakers() -> None:
    text = (
        "Kuleba said in a statement that Kyiv welcomed any effort to end the war. This came "
        "in response to the joint statement issued yesterday by the Contact Group (Turkey, "
        "Egypt and Qatar). The statement described the war as the world's worst crisis."
    )
    assert [a for a, _s, _t in said(text)] == ["ukraine"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hamas has declared a unilateral, three-day humanitarian truce.",
        "The outcry grew after Hamas declared the formation of a government in Rafah.",
    ],
)
def test_declaring_a_truce_or_a_body_formed_is_a_deed_not_a_statement(sentence: str) -> None:
    assert said(sentence) == []


def test_only_agreeing_to_a_truce_on_terms_is_a_condition_not_a_plan() -> None:
    text = (
        "Hamas fighters killed two Israeli soldiers. An Israeli official said the army will "
        "only agree to a truce which includes the return of all hostages."
    )
    assert {s for t, _p, s in steps(text) if t == "agreement"} == {"proposed"}


def test_attacks_condemned_are_the_doers_named_after_a_comma() -> None:
    text = "Turkey condemns attacks against civilians, by Russian forces in Kharkiv."
    assert [(g.actor, g.action) for g in run(text).ground] == [("russia", "attacked")]
    # (not whoever holds the target: "strikes on a town held by Hamas")
    text = "The strikes on a town held by Hamas killed 12 people."
    assert all(g.actor != "hamas" for g in run(text).ground)


def test_a_withdrawal_promised_is_no_ground_event() -> None:
    assert run("He promised a Russian withdrawal once the city is secured.").ground == []


def test_one_sides_yes_to_a_proposed_truce_is_no_truce_made() -> None:
    text = (
        "Hamas fighters killed two Israeli soldiers. Gaza's Hamas has agreed to enter a "
        "humanitarian truce with Israeli forces as part of an initiative proposed by Egypt."
    )
    assert {s for t, _p, s in steps(text) if t == "agreement"} == {"proposed"}
    # (both sides' yes is a truce made)
    text = "Hamas fighters killed two Israeli soldiers. Israel and Hamas agreed to a truce."
    assert {s for t, _p, s in steps(text) if t == "agreement"} == {"concluded"}


def test_working_to_facilitate_a_truce_is_one_sought() -> None:
    text = (
        "Hamas fighters killed two Israeli soldiers. After Erdogan and Sisi met in Cairo, "
        "Fidan said: We are working with our partners to facilitate a humanitarian truce."
    )
    assert "concluded" not in {s for t, _p, s in steps(text) if t == "agreement"}


def test_a_seas_name_before_a_kind_of_town_is_no_place_of_a_visit() -> None:
    text = "Erdogan arrived in the Black Sea resort town on Monday for talks with Putin."
    assert [d.location for d in run(text).diplomacy if d.type == "visit"] == [None]
    text = "Erdogan visited Gaza city on Monday."
    assert [d.location for d in run(text).diplomacy] == ["Gaza"]


def test_according_to_set_off_inside_a_relative_clause_is_an_aside() -> None:
    text = (
        "Putin made the remarks after a phone call with Erdogan that, according to him, "
        "lasted over two hours."
    )
    assert said(text) == []


def test_expecting_a_thing_is_no_words_said() -> None:
    text = "Kuleba also said that Ukraine expects a memorandum from Russia on a truce."
    assert [t for _a, _s, t in said(text)] == [
        "Ukraine expects a memorandum from Russia on a truce."
    ]
    # (but what one expects to happen is a claim)
    assert [t for _a, _s, t in said("Kuleba expects the talks to resume next week.")] != []


def test_a_yes_held_back_to_a_truce_is_no_truce_made() -> None:
    text = (
        "Hamas fighters killed two Israeli soldiers. Netanyahu hailed the talks, but "
        "refrained from saying he would accept a truce."
    )
    assert {s for t, _p, s in steps(text) if t == "agreement"} == {"proposed"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukrainian units have managed to hold back the Russian advance near the river.",
        "Army troops slowed the Israeli advance on the city on Tuesday.",
        "Israeli forces repelled a Hamas advance along the coastal road.",
    ],
)
def test_an_advance_stopped_is_no_advance(sentence: str) -> None:
    assert all(g.action != "advanced" for g in run(sentence).ground)
    # (an advance told as made is one)
    text = "The Russian advance continued near the river on Tuesday."
    assert [(g.actor, g.action) for g in run(text).ground] == [("russia", "advanced")]
    # (so is one they failed to stop)
    text = "Ukrainian brigades failed to halt the Russian advance near the river."
    assert [(g.actor, g.action) for g in run(text).ground] == [("russia", "advanced")]


def test_the_one_an_aside_describes_speaks_not_a_side_named_in_it() -> None:
    text = (
        "Sergei Lavrov, a diplomat long seen as one of the few channels to Washington and "
        "Kyiv, suggested that a prisoner exchange could come soon."
    )
    assert [(s.actor, s.speaker) for s in run(text).statements] == [("russia", "Sergei Lavrov")]
    text = (
        "Hakan Fidan, the chief host of the Israeli and Hamas envoys, said the talks were useful."
    )
    assert [(s.actor, s.speaker) for s in run(text).statements] == [("turkey", "Hakan Fidan")]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Israel said on Tuesday that it had struck two depots in Gaza, as a truce brokered "
            "by Egypt struggled to hold.",
            "it had struck two depots in Gaza",
        ),
        (
            "Russia announced on Sunday that its troops had taken a second village near the "
            "river, marking the deepest push of the summer.",
            "its troops had taken a second village near the river",
        ),
        (
            "For weeks, Ukraine has reported Russian attempts to cross the river, but has never "
            "confirmed the loss of any village.",
            "Russian attempts to cross the river",
        ),
        (
            "Egypt said it was open to hosting new talks, though Cairo has not publicly "
            "detailed its plan.",
            "it was open to hosting new talks",
        ),
        (
            "Hamas said it would defend the south, where Israeli forces have seized two "
            "villages since Monday.",
            "it would defend the south",
        ),
        (
            "Russia said it would restore order in the town, but there was no sign of troops.",
            "it would restore order in the town",
        ),
    ],
)
def test_the_writers_setting_after_what_was_said_is_not_said(text: str, said: str) -> None:
    assert [s.text for s in run(text).statements] == [said]


@pytest.mark.parametrize(
    "text",
    [
        "Zelenskiy said Ukraine needed more air defence, as Russia launched hundreds of drones.",
        "Hamas said Israel had accepted the proposal, but had not yet signed it.",
    ],
)
def test_a_reason_or_a_clause_going_on_after_what_was_said_is_said(text: str) -> None:
    assert [s.text for s in run(text).statements] == [text.split(" said ", 1)[1]]


def test_soldiers_killed_fighting_a_state_are_not_that_states() -> None:
    text = "The army said nine soldiers died in two days of clashes with Israel near the border."
    assert [c.party for c in run(text).casualties] == ["unknown"]
    # (soldiers killed fighting the insurgency are the state's own)
    text = "Nine soldiers were killed in clashes with Hamas near Rafah, the army said."
    assert [c.party for c in run(text).casualties] == ["israel"]
    # (nor when the state is named in another clause, or as a target)
    text = "Nine soldiers were killed in Rafah, the deadliest attack against Israel in months."
    assert [c.party for c in run(text).casualties] == ["israel"]


def test_a_step_set_for_a_day_that_will_not_be_held_is_called_off() -> None:
    text = (
        "Turkey said on Thursday that the Russian-Ukrainian talks, set for Friday in "
        "Istanbul, will not be held after a night of heavy shelling."
    )
    assert steps(text) == {("talks", ("russia", "ukraine"), "cancelled")}


def test_the_denial_the_writer_sets_beside_an_accusation_is_not_part_of_it() -> None:
    text = "Egypt has accused Israel of blocking aid convoys, though Israel denies the charge."
    assert ("egypt", "accused Israel of blocking aid convoys") in {
        (s.actor, s.text) for s in run(text).statements
    }


def test_a_deed_asked_of_another_and_joined_to_the_first_ask_is_no_deed() -> None:
    text = 'Erdogan called on Russia to "halt the shelling and withdraw from Ukrainian land".'
    assert run(text).ground == []


def test_parties_asked_to_observe_a_new_ceasefire_made_none() -> None:
    text = (
        "On Monday, Arab League leaders called on all parties in Gaza to stop the "
        "shelling and observe an immediate and lasting ceasefire."
    )
    assert all(s != "concluded" for _t, _p, s in steps(text))


def test_a_withdrawal_from_talks_calls_them_off() -> None:
    text = "Hamas announced its withdrawal from the planned talks with Israel in Cairo."
    assert steps(text) == {("talks", ("hamas", "israel"), "cancelled")}
    # (not a withdrawal of troops the talks are about)
    text = "Israel and Hamas held talks in Cairo on Sunday on an Israeli withdrawal from Gaza."
    assert steps(text) == {("talks", ("hamas", "israel"), "held")}


def test_agreeing_to_host_a_summit_is_no_deal_and_the_summit_is_to_come() -> None:
    text = (
        '"President Erdogan has kindly agreed to host the summit of Russia and Ukraine '
        'in Istanbul," Peskov said.'
    )
    assert {(t, s) for t, _p, s in steps(text)} == {("meeting", "planned")}


def test_talks_as_the_aim_of_talks_told_before_are_no_second_step() -> None:
    text = (
        "Egypt will contact Hamas so that delegations of Israel and Hamas hold direct "
        "negotiations in Cairo next week, with a view to negotiating a lasting truce."
    )
    assert [d.type for d in run(text).diplomacy if d.type == "talks"] == ["talks"]


def test_who_imposed_the_cause_of_a_walkout_is_no_party_to_the_talks() -> None:
    text = (
        "Hamas pulled out of the planned talks with Israel in Cairo, citing new "
        "sanctions by Egypt and Turkey on its negotiators."
    )
    assert steps(text) == {("talks", ("hamas", "israel"), "cancelled")}


def test_a_pair_named_in_the_cause_of_a_stall_are_the_talks_parties() -> None:
    text = "Talks in Cairo on Sunday stalled because of differences between Israel and Hamas."
    assert {(t, p) for t, p, _s in steps(text)} == {("talks", ("hamas", "israel"))}


def test_the_pair_of_a_strife_a_call_is_about_is_not_who_spoke() -> None:
    text = (
        "On Monday, Erdogan urged de-escalation between Israel and Hamas during a phone "
        "call with Egyptian President Abdel Fattah al-Sisi."
    )
    assert steps(text) == {("call", ("egypt", "turkey"), "held")}


def test_a_peoples_mediators_beside_the_parties_mediate() -> None:
    text = (
        "Delegations of Israel and Hamas, alongside Egyptian mediators, were set to hold "
        "a new round of talks in Cairo on Sunday."
    )
    assert [(d.participants, d.mediators) for d in run(text).diplomacy] == [
        (("hamas", "israel"), ("egypt",))
    ]


def test_one_deal_told_dated_and_undated_is_one_step() -> None:
    text = (
        "Israel and Hamas have agreed on a lasting truce, the Egyptian mediator said. "
        "Netanyahu hailed Thursday's breakthrough deal with Hamas and said it would hold."
    )
    deals = [d for d in run(text, published="2024-03-09").diplomacy if d.type == "agreement"]
    assert [(d.participants, d.date) for d in deals] == [(("hamas", "israel"), "2024-03-07")]
    # (between other sides, or a deal of a year gone by, it is another)
    text = (
        "Israel and Hamas have agreed on a lasting truce. Netanyahu recalled the 2014 "
        "deal with Hamas."
    )
    assert len([d for d in run(text).diplomacy if d.type == "agreement"]) == 2
    text = (
        "Russia and Ukraine signed a grain deal on Thursday, March 7. Russia and Ukraine "
        "have also reached a deal on prisoner swaps, Turkish officials said."
    )
    assert (
        len([d for d in run(text, published="2024-03-09").diplomacy if d.type == "agreement"]) == 2
    )
    text = (
        "Israel and Hamas have agreed on a lasting truce. It follows deals with Hamas "
        "agreed on Thursday, March 7, Netanyahu said."
    )
    assert (
        len([d for d in run(text, published="2024-03-09").diplomacy if d.type == "agreement"]) == 2
    )


def test_what_was_confirmed_to_a_news_agency_is_the_clause_before() -> None:
    text = (
        "The next round of talks will be held in Cairo on Sunday, Egyptian Foreign Minister "
        "Sameh Shoukry confirmed to the state news agency MENA."
    )
    assert said(text) == [
        ("egypt", "Sameh Shoukry", "The next round of talks will be held in Cairo on Sunday")
    ]


def test_a_post_on_a_bracketed_platforms_account_is_where_not_what() -> None:
    text = "Fidan stressed in a post on his (X) account that dialogue is the only way forward."
    assert [s.text for s in run(text).statements] == ["dialogue is the only way forward."]


def test_what_a_participle_says_may_open_with_as() -> None:
    text = (
        "Hamas has rebuffed the demand, saying as the elected authority it has the right "
        "to run the crossings."
    )
    assert [s.text for s in run(text).statements] == [
        "as the elected authority it has the right to run the crossings."
    ]


def test_the_day_of_a_step_before_is_not_the_day_of_one_hoped_for() -> None:
    text = (
        "A meeting between Russian and Ukrainian envoys in Istanbul on Friday yielded "
        "hopes of further talks but no breakthrough."
    )
    hoped = [d for d in run(text, published="2024-03-09").diplomacy if d.status == "proposed"]
    assert hoped and all(d.date is None for d in hoped)
    # (a day told of the step to come is its own)
    text = "During this visit, on Monday, March 11, Lavrov will meet Turkish envoy Hakan Fidan."
    assert [d.date for d in run(text, published="2024-03-09").diplomacy] == ["2024-03-11"]
    text = (
        "After the call, on Monday, March 11, the much-anticipated summit of Russia and "
        "Turkey will open in Ankara."
    )
    assert [d.date for d in run(text, published="2024-03-09").diplomacy] == ["2024-03-11"]


def test_his_after_a_titled_teller_of_a_state_is_that_states() -> None:
    text = (
        "Erdogan spoke with the president of Egypt on Friday. In the call, the president "
        "of Egypt said his country condemns the strikes on Rafah."
    )
    assert {s.actor for s in run(text).statements} == {"egypt"}


def test_whom_a_titled_teller_told_is_not_in_the_speakers_name() -> None:
    text = "The Egyptian president told reporters the crossing would stay open."
    assert [(s.actor, s.speaker) for s in run(text).statements] == [("egypt", "Egyptian president")]


def test_a_report_released_on_a_day_is_where_it_was_said_not_what() -> None:
    text = (
        "Hamas fighters killed at least 12 civilians in the town over two days, Amnesty "
        "International said in a report released Tuesday."
    )
    assert [c.claimed_by for c in run(text).casualties] == ["Amnesty International"]


def test_a_sides_deed_after_a_preposition_is_a_noun_and_its_own() -> None:
    text = (
        "Egyptian envoy Sameh Shoukry addressed the council in an emergency session, "
        "raising alarms over U.S. attacks on Houthi ports."
    )
    assert [(g.actor, g.action) for g in run(text).ground] == [("United States", "attacked")]


def test_strikes_weighed_by_whether_to_order_them_are_none() -> None:
    text = "Netanyahu will wait before deciding whether to authorize Israeli military strikes."
    assert run(text).ground == []


def test_a_word_of_a_name_given_is_no_place() -> None:
    text = "Russia claimed the operation, dubbed Shield of Victory, saying its troops struck Kyiv."
    assert all(g.place != "Victory" for g in run(text).ground)


def test_intervening_with_words_is_no_ground_event() -> None:
    text = "It was Egypt that intervened and persuaded Hamas to accept the truce."
    assert run(text).ground == []
    text = "Turkey intervened militarily in northern Syria in 2016."
    assert [(g.actor, g.action) for g in run(text).ground] == [("turkey", "intervened")]


def test_a_toll_inside_a_country_is_placed_there() -> None:
    text = "Officials said the overall death toll inside Gaza reached 627 during the week."
    assert [c.location for c in run(text).casualties] == ["Gaza"]


def test_a_deeds_place_is_read_as_a_figures_place_is() -> None:
    text = "A medic was killed in an Israeli strike on the Maghazi refugee camp on Monday."
    facts = run(text)
    assert [g.place for g in facts.ground] == ["Maghazi"]
    assert [c.location for c in facts.casualties] == ["Maghazi"]
    # (not a family's name, nor a word that names a place only with another)
    text = "An Israeli strike hit the home of the Abu Salim family in the Southern parts."
    assert [g.place for g in run(text).ground] == [None]


def test_strikes_ordered_of_another_are_not_yet_made() -> None:
    text = "Putin ordered the army to carry out immediate and massive strikes on Kyiv."
    assert run(text).ground == []
    text = "The Russian army carried out massive strikes on Kyiv."
    assert [(g.actor, g.action) for g in run(text).ground] == [("russia", "struck")]


def test_who_speaks_of_or_brings_about_a_truce_of_the_fighting_sides_mediates() -> None:
    text = (
        "Hamas fighters killed two Israeli soldiers in Rafah. “We are very close,” Erdogan "
        "said of a potential ceasefire deal."
    )
    truces = [d for d in run(text).diplomacy if d.type == "agreement"]
    assert [(d.participants, d.mediators) for d in truces] == [(("hamas", "israel"), ("turkey",))]
    # (not one named between, at the step or elsewhere in the sentence)
    text = (
        "Hamas fighters killed two Israeli soldiers in Rafah. Hamas was not bound by a "
        "ceasefire call issued at a meeting in Cairo between Israel and Egypt."
    )
    assert all("egypt" not in d.mediators for d in run(text).diplomacy)


def test_a_step_announced_by_someone_on_a_day_is_no_words_of_its_sides() -> None:
    text = (
        "The truce between Israel and Hamas, announced early Tuesday by Egyptian officials, "
        "was made possible through Qatari mediation."
    )
    assert run(text).statements == []


def test_a_measure_declared_is_no_statement() -> None:
    text = (
        "Ukrainian Defence Minister Dmytro Kuleba declared a state of emergency throughout "
        "the country."
    )
    assert run(text).statements == []
    text = "Kuleba announced a new plan to end the war."
    assert [s.text for s in run(text).statements] == ["a new plan to end the war."]


def test_a_town_and_a_day_opening_a_sentence_are_a_dateline_not_words() -> None:
    text = (
        "Cairo, Feb 4 Leaders of the region have resolved to meet for an extraordinary "
        "summit on Gaza, Egyptian Foreign Minister Sameh Shoukry said Monday."
    )
    assert [s.text for s in run(text).statements] == [
        "Leaders of the region have resolved to meet for an extraordinary summit on Gaza"
    ]


def test_words_that_are_only_a_name_are_no_statement() -> None:
    text = (
        "According to Erdogan, Egyptian President Abdel Fattah al-Sisi and Israeli Prime "
        "Minister Benjamin Netanyahu have confirmed attendance at the summit."
    )
    assert "Egyptian President Abdel Fattah al-Sisi" not in [s.text for s in run(text).statements]


def test_a_separate_step_named_after_a_step_keeps_its_own_sides() -> None:
    text = (
        "Egypt hosted the signing of a truce between Israel and Hamas on Sunday. This truce, "
        "signed by envoys of both, is seen as a breakthrough and it followed a separate "
        "prisoner deal between Russia and Ukraine signed in Istanbul last month."
    )
    deals = {
        d.participants for d in run(text, published="2024-03-06").diplomacy if d.type == "agreement"
    }
    assert deals == {("hamas", "israel"), ("russia", "ukraine")}


def test_it_after_a_joined_verb_of_saying_is_the_sentences_subject() -> None:
    text = (
        "Hamas described the crossing as the main supply line of Israeli forces in the "
        "south, and said it fired six rockets at the site."
    )
    assert [(g.actor, g.action) for g in run(text).ground] == [("hamas", "attacked")]


def _statuses(text: str, published: str = "2024-03-06") -> list[tuple[str, str]]:
    return [(d.type, d.status) for d in run(text, published=published).diplomacy]


def test_a_step_done_before_a_main_verb_to_come_is_to_come_too() -> None:
    text = (
        "After meeting Netanyahu in Jerusalem, the Russian envoy will also meet with "
        "Egyptian officials."
    )
    assert {status for _, status in _statuses(text)} == {"planned"}


def test_a_step_in_whose_time_a_deed_was_done_took_place() -> None:
    text = (
        "Egyptian diplomats said the Turkish foreign minister urged Netanyahu to accept a "
        "truce during a visit to Cairo last week."
    )
    assert ("visit", "held") in _statuses(text)


def test_what_a_plan_says_will_happen_is_put_forward() -> None:
    text = "Under the Egyptian proposal, Israel and Hamas would hold talks in Cairo on a truce."
    assert _statuses(text) == [("talks", "proposed")]
    # a deal made, under which a step is to come, is planned
    text = "Under the plan agreed on Monday, Israel and Hamas will hold talks in Cairo."
    assert _statuses(text) == [("talks", "planned")]


def test_a_deal_agreed_that_there_will_be_a_truce_is_made() -> None:
    text = "It has been agreed by Israel and Hamas that there will be a complete ceasefire."
    assert _statuses(text) == [("agreement", "concluded")]


def test_a_planned_step_after_an_arrival_is_not_the_arrivals() -> None:
    text = (
        "The Ukrainian foreign minister arrived in Ankara for a long-planned meeting with "
        "Turkish officials."
    )
    assert ("visit", "held") in _statuses(text)


def test_a_step_that_news_now_comes_before_is_to_come() -> None:
    text = "The call comes hours before Putin's meeting with Erdogan in Sochi."
    assert _statuses(text) == [("meeting", "planned")]


def test_an_earlier_refusal_undone_is_no_refusal() -> None:
    text = (
        "Ukraine had initially opposed direct talks with Russia but agreed to take part in "
        "the Istanbul meeting."
    )
    assert "not_planned" not in {status for _, status in _statuses(text)}


def test_a_step_a_verb_says_was_brought_about_took_place() -> None:
    text = (
        "The killings prompted Egypt to convene an emergency meeting of the Arab League in "
        "Cairo on Thursday."
    )
    assert _statuses(text) == [("meeting", "held")]


def test_a_speaker_described_then_named_after_the_words_is_not_in_them() -> None:
    text = (
        "Shelling near Bakhmut killed at least 10 people and forced thousands to flee, "
        "the Russian monitoring mission, RMM, said."
    )
    assert [s.text for s in run(text).statements] == [
        "Shelling near Bakhmut killed at least 10 people and forced thousands to flee"
    ]


def test_a_clause_of_another_teller_joined_by_and_ends_the_words() -> None:
    text = (
        "Israeli officials acknowledged that the search would take weeks, and CNN cited "
        "officials who said some remains may never be found."
    )
    assert [s.text for s in run(text).statements] == ["the search would take weeks"]


def test_words_before_a_speaker_who_confirmed_in_an_interview_are_his() -> None:
    text = (
        "Hamas envoys made contact with Egyptian mediators last week, Ismail Haniyeh "
        "confirmed in an interview with a Qatari channel, though he withheld further details."
    )
    assert [s.text for s in run(text).statements] == [
        "Hamas envoys made contact with Egyptian mediators last week"
    ]


def test_the_clause_after_according_to_is_the_tellers_whoever_speaks_in_it() -> None:
    text = (
        "According to Erdogan, Putin and Zelenskiy have confirmed attendance at the summit "
        "in Istanbul."
    )
    assert [(s.actor, s.text) for s in run(text).statements] == [
        ("turkey", "Putin and Zelenskiy have confirmed attendance at the summit in Istanbul.")
    ]
    text = "According to Kuleba, Russia rejected the truce."
    assert [(s.actor, s.text) for s in run(text).statements] == [
        ("ukraine", "Russia rejected the truce.")
    ]
    # one of the same side speaking in it says it himself
    text = "According to the Kremlin, Putin told Erdogan that Russia would not attend."
    assert [(s.speaker, s.text) for s in run(text).statements] == [
        ("Vladimir Putin", "Russia would not attend.")
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            'Russia said the attack took place "in the zone of the observer mission," deployed '
            "by Turkey in 2020 as part of a truce between the two sides.",
            'the attack took place "in the zone of the observer mission"',
        ),
        (
            "Ukraine said the soldiers were killed on the road to Kyiv-controlled Izium, "
            "recaptured from Russian forces in 2022.",
            "the soldiers were killed on the road to Kyiv-controlled Izium",
        ),
        (
            "Zelenskiy expressed regret at Putin's decision when he spoke in the Ukrainian "
            "parliament later in the day.",
            "regret at Putin's decision",
        ),
        # (a year inside what was said, no participle after a comma: all of it said)
        (
            "Russia said it struck a depot built by NATO engineers in 2023 to store weapons.",
            "it struck a depot built by NATO engineers in 2023 to store weapons.",
        ),
    ],
)
def test_the_writers_history_of_a_thing_or_when_it_was_said_is_not_said(
    text: str, said: str
) -> None:
    assert [s.text for s in run(text).statements] == [said]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has turned down the proposal for a meeting between the Russian and Ukrainian "
        "foreign ministers in Istanbul.",
        "Russia does not consider it possible to hold the proposed meeting of the Russian and "
        "Ukrainian foreign ministers in Istanbul.",
    ],
)
def test_a_step_turned_down_or_not_thought_possible_is_not_planned(text: str) -> None:
    assert _statuses(text) == [("meeting", "not_planned")]


def test_a_meeting_whose_date_is_not_agreed_is_not_held() -> None:
    text = (
        "Moscow insisted that the two sides have still not agreed on a date and venue of the "
        "next meeting between Russia and Ukraine."
    )
    assert _statuses(text) == [("meeting", "proposed")]


@pytest.mark.parametrize(
    "text",
    [
        "Kuleba said we should not limit ourselves to signing a peace treaty with Russia.",
        "Erdogan said he hopes that Kuleba and Lavrov will finalize a Russian-Ukrainian "
        "peace treaty.",
    ],
)
def test_a_deal_one_ought_to_make_or_hopes_others_will_is_not_made(text: str) -> None:
    assert _statuses(text) == [("agreement", "proposed")]


def test_aides_of_two_sides_who_met_to_prepare_a_summit_held_their_meeting() -> None:
    text = (
        "Russian and Ukrainian aides met in Ankara on February 26 to prepare for the "
        "Istanbul summit."
    )
    steps = run(text, published="2024-03-06").diplomacy
    assert [(d.participants, d.status, d.date) for d in steps if d.term == "met"] == [
        (("russia", "ukraine"), "held", "2024-02-26")
    ]


def test_a_month_in_a_later_sentence_told_as_gone_by_dates_a_proposed_deal_back() -> None:
    text = (
        "Russia and Ukraine said in March they had finalized a draft peace deal. But the "
        "timeline for signing it remains uncertain. The meeting in Istanbul was the first "
        "since they agreed on the draft text of the peace agreement in March."
    )
    steps = run(text, published="2025-07-10").diplomacy
    assert [(d.type, d.date) for d in steps if d.type == "agreement"] == [("agreement", "2025-03")]


@pytest.mark.parametrize("words", ["Several thousand", "A few hundred", "Many thousand"])
def test_several_of_a_scale_word_is_no_figure(words: str) -> None:
    text = f"{words} people were killed in the shelling of Mariupol, Ukrainian officials said."
    assert [(c.count, c.approximate) for c in run(text).casualties] == [(None, True)]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Russia seized part of the region in an offensive three years ago during which "
            "6,000 were killed on both sides.",
            [],
        ),
        ("A brutal war in the 1990s claimed 30,000 lives.", []),
        # today's toll before it stands, and a total since then runs to now
        (
            "Russian shelling killed 12 people in Kharkiv on Monday, the worst attack on the "
            "city since a strike three years ago killed 40.",
            [12],
        ),
        ("Since the war began three years ago, 30,000 people have been killed.", [30000]),
        ("The war, which began in the 1990s, has killed 30,000 people.", [30000]),
    ],
)
def test_a_toll_told_after_how_long_ago_it_was_is_history(text: str, counts: list[int]) -> None:
    assert [c.count for c in run(text, published="2023-09-27").casualties] == counts


def test_a_long_line_without_its_stop_before_another_long_line_ends_its_sentence() -> None:
    text = (
        "Ukraine and Russia accused each other on Tuesday of opening fire on their front "
        "line, with Kyiv saying Russian forces killed four soldiers in the region of "
        "Zaporizhzhia\nKyiv and Moscow have fought since 2014 over the region and remain "
        "locked in a bitter standoff over its future, with talks on a lasting settlement "
        "stalled for months, officials say."
    )
    assert [c.location for c in run(text).casualties] == ["Zaporizhzhia"]
    assert all("\n" not in s.text for s in run(text).statements)


def test_a_people_word_before_one_who_speaks_names_that_one() -> None:
    text = (
        "Moscow has condemned Turkish plans for a corridor through the region, branding it a "
        "threat to regional security, a senior Russian diplomat said."
    )
    assert [s.speaker for s in run(text).statements] == ["Russian diplomat"]


def test_what_others_recounted_meanwhile_is_the_writers_even_when_long() -> None:
    text = (
        "A senior Ukrainian diplomat accused Russia of war crimes in the region, as survivors "
        "who escaped the city of Bakhmut recounted mass killings."
    )
    assert [s.text for s in run(text).statements] == ["accused Russia of war crimes in the region"]


def test_a_quote_that_opens_on_its_verb_is_the_words_of_who_is_named_before_it() -> None:
    text = (
        'In a phone call with Zelenskiy, Turkish President Recep Tayyip Erdogan "warned '
        'against possible actions by Russia in the region."'
    )
    assert [(s.actor, s.speaker, s.text) for s in run(text).statements] == [
        (
            "turkey",
            "Recep Tayyip Erdogan",
            "warned against possible actions by Russia in the region.",
        )
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Erdogan announced that Turkey would end its strikes after the group agreed to "
            "stop its attacks, though he made no direct mention of recent attacks on Iraq.",
            "Turkey would end its strikes after the group agreed to stop its attacks",
        ),
        (
            "Haniyeh said Hamas would continue to support Gaza's fighters, indicating the "
            "truce with Israel did not include a halt to its attacks.",
            "Hamas would continue to support Gaza's fighters",
        ),
        (
            "Israel said on Friday local time that the air strike had targeted the group's "
            "chief of staff.",
            "the air strike had targeted the group's chief of staff.",
        ),
        (
            "CAIRO/GAZA/JERUSALEM - Egypt has brokered a ceasefire between Hamas and Israel, "
            "Egyptian Foreign Minister Sameh Shoukry said on Tuesday.",
            "Egypt has brokered a ceasefire between Hamas and Israel",
        ),
        (
            'Renewed hostilities have sparked "a deeply volatile period" in Gaza, a top '
            "Egyptian official warned the Security Council today, urging calm.",
            'Renewed hostilities have sparked "a deeply volatile period" in Gaza',
        ),
    ],
)
def test_the_writers_reading_and_the_telling_around_the_words_are_not_said(
    text: str, words: str
) -> None:
    assert [s.text for s in run(text).statements][:1] == [words]


def test_a_quote_closed_before_another_of_the_same_side_speaks_ends_there() -> None:
    text = (
        "Israeli Defence Minister Israel Katz confirmed that Saturday's strikes \"targeted several "
        'Hamas leaders," while Benjamin Netanyahu vowed an "unrelenting" campaign.'
    )
    assert [(s.speaker, s.text) for s in run(text).statements] == [
        ("Israel Katz", 'Saturday\'s strikes "targeted several Hamas leaders"'),
        ("Benjamin Netanyahu", 'an "unrelenting" campaign.'),
    ]


def test_a_persons_officials_speak_for_him_not_as_him() -> None:
    text = "Netanyahu's officials said the campaign significantly weakened Hamas."
    assert [s.speaker for s in run(text).statements] == ["Benjamin Netanyahu's officials"]


@pytest.mark.parametrize("others", ["critics", "analysts"])
def test_what_others_said_after_though_is_not_the_speakers(others: str) -> None:
    text = f"Netanyahu said the campaign weakened Hamas, though {others} said it was costly."
    assert [s.text for s in run(text).statements] == ["the campaign weakened Hamas"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine have reached a ceasefire agreement, mediator Turkey announced, "
        "saying the deal would ensure safe shipping.",
        "Turkey took credit for helping negotiate the ceasefire deal between Russia and "
        "Ukraine on Tuesday evening.",
    ],
)
def test_a_side_named_as_mediator_or_helping_negotiate_is_no_party(text: str) -> None:
    steps = run(text, published="2025-05-08").diplomacy
    assert steps and all(
        d.participants == ("russia", "ukraine") and d.mediators == ("turkey",) for d in steps
    )


def test_intelligence_gathering_is_no_meeting() -> None:
    text = (
        "The Israeli military said its jets had struck a compound where senior Hamas figures "
        "had gathered, describing the attack as made possible by intelligence-gathering."
    )
    assert run(text).diplomacy == []


def test_a_step_that_news_comes_days_before_is_to_come_however_it_is_named() -> None:
    text = (
        "The envoy's meetings in Cairo come two days before a third round of indirect "
        "talks between Russia and Ukraine."
    )
    assert _statuses(text) == [("talks", "planned")]


@pytest.mark.parametrize(
    "text",
    [
        "Netanyahu cautioned that the group's advanced offensive and defensive capabilities "
        "posed a threat to shipping.",
        'Hamas said, "If Israel does not stop, we will keep targeting their soldiers."',
    ],
)
def test_a_kind_of_arms_or_a_deed_to_go_on_is_no_ground_event(text: str) -> None:
    assert run(text).ground == []


def test_where_a_missile_was_launched_from_is_not_where_it_struck() -> None:
    text = (
        "On Sunday, Hamas launched a rocket from Gaza that struck a road near the main "
        "airport, injuring four people."
    )
    assert "Gaza" not in [g.place for g in run(text).ground]


def test_the_state_of_a_country_is_that_country() -> None:
    text = '"Hamas will pay a heavy price for firing rockets at the State of Israel," Katz said.'
    assert [g.place for g in run(text).ground] == ["Israel"]


@pytest.mark.parametrize(
    "text",
    [
        "Some key Hamas figures are reportedly among the dead.",
        "Three senior Hamas figures were killed in the strike.",
    ],
)
def test_a_sides_leading_figures_are_that_side(text: str) -> None:
    assert [c.party for c in run(text).casualties] == ["hamas"]


def test_parts_of_a_toll_in_quotes_are_parts_of_that_toll() -> None:
    text = (
        'Hamas spokesperson Hazem Qassem confirmed that 53 had died, including "five children '
        'and two women," with 98 others wounded.'
    )
    got = {(c.party, c.kind, c.count) for c in run(text).casualties}
    assert got == {
        ("unknown", "killed", 53),
        ("civilians", "killed", 5),
        ("civilians", "killed", 2),
        ("unknown", "wounded", 98),
    }


def test_a_toll_right_before_according_to_is_that_sources_not_the_speakers() -> None:
    text = (
        'Netanyahu said Hamas had "capitulated" after a bombing campaign that left 300 dead, '
        "according to an AFP tally of Hamas figures."
    )
    assert [c.claimed_by for c in run(text).casualties] != ["israel"]
    text = "Netanyahu said the campaign left 300 dead, according to the Gaza health ministry."
    assert [c.claimed_by for c in run(text).casualties] == ["Gaza health ministry"]


# Guards from a review of this session's rules: sentences near each rule's edge that
# it must leave as they were.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a refusal undone only by the same subject, told as earlier
        (
            "Russia rejected talks with Ukraine on Monday, but agreed to a new prisoner exchange.",
            ("talks", "not_planned"),
        ),
        (
            "Hamas refused talks with Israel in Cairo, but Egypt agreed to keep trying.",
            ("talks", "not_planned"),
        ),
        # what one hopes to do during a step does not make it held
        (
            "Netanyahu said he hopes to discuss the hostages during his visit to Cairo.",
            ("visit", "proposed"),
        ),
        # calling for, offering or trying is not convening
        (
            "The massacre led Egypt to call for an emergency meeting of the Arab League.",
            ("meeting", "proposed"),
        ),
        (
            "The strikes prompted Turkey to offer to host talks between Russia and Ukraine.",
            ("talks", "proposed"),
        ),
        # a plan's sentence whose step was done, or a plan accepted since
        (
            "Under the plan, Israel and Hamas held talks in Cairo on Monday, and hostages "
            "would be freed in stages.",
            ("talks", "held"),
        ),
        (
            "Under the plan, which Israel and Hamas accepted last week, the two sides will "
            "hold talks in Cairo on Monday.",
            ("talks", "planned"),
        ),
        # "comes before" the end of a step says nothing of it being to come
        (
            "The announcement comes hours before the end of talks between Russia and Ukraine "
            "in Istanbul.",
            ("talks", "held"),
        ),
        # a preparing meeting told as planned stays planned
        (
            "A meeting between Russian and Turkish officials to prepare for the summit is "
            "planned for next week.",
            ("meeting", "planned"),
        ),
        (
            "Zelenskiy said Ukraine and Turkey should be proud of signing the grain deal last "
            "year.",
            ("agreement", "concluded"),
        ),
        (
            "Russia has not turned down an invitation to talks with Ukraine in Istanbul, "
            "Peskov said.",
            ("talks", "planned"),
        ),
        (
            "The Kremlin does not consider it possible to rule out a meeting between Putin and "
            "Zelenskiy, Peskov said.",
            ("meeting", "proposed"),
        ),
    ],
)
def test_status_rules_stop_at_their_edge(text: str, want: tuple[str, str]) -> None:
    assert want in _statuses(text)


def test_a_step_gone_by_before_a_main_verb_to_come_stays_gone_by() -> None:
    text = (
        "After talks between Israel and Hamas in Doha ended without a deal, mediators will "
        "try again in Cairo."
    )
    assert ("talks", "held") in _statuses(text)


def test_a_later_deal_told_by_another_as_announced_keeps_its_date_to_come() -> None:
    text = (
        "Russia and Ukraine are set to sign a grain deal. Turkey announced the signing of the "
        "deal in Istanbul in May."
    )
    assert [d.date for d in run(text).diplomacy if d.type == "agreement"] == ["2024-05"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A drone strike on a market in the town, which rebels seized three years ago, "
            "killed 15 people, local officials said.",
            15,
        ),
        (
            "The conflict, which began nearly three years ago, has killed more than 10,000 "
            "civilians, the UN said.",
            10000,
        ),
    ],
)
def test_a_long_ago_in_an_aside_leaves_todays_toll(text: str, count: int) -> None:
    assert [c.count for c in run(text).casualties] == [count]


def test_a_line_wrapped_by_hand_before_a_capital_goes_on() -> None:
    text = (
        "Russian missiles struck an apartment block and a power station in the eastern city "
        "of Dnipro overnight, Ukrainian\nInterior Minister Ihor Klymenko said on Telegram, "
        "adding that at least nine people were killed and dozens wounded."
    )
    assert [c.count for c in run(text).casualties if c.kind == "killed"] == [9]
    assert all(c.claimed_by == "ukraine" for c in run(text).casualties)


@pytest.mark.parametrize(
    "text",
    [
        'A UN report found that Israel "denied access to aid convoys on dozens of occasions."',
        'Investigators believe Turkey "urged the militias to hold their fire" weeks before.',
    ],
)
def test_a_quote_opening_on_a_verb_inside_what_others_found_is_not_the_sides(text: str) -> None:
    assert all(s.quote is False for s in run(text).statements)


def test_according_to_x_ends_where_a_clause_of_contrast_begins() -> None:
    text = (
        "According to Hamas, Israeli troops killed 20 people in the camp, but the Israeli "
        "army said it had targeted militants."
    )
    assert ("hamas", "Israeli troops killed 20 people in the camp") in {
        (s.actor, s.text) for s in run(text).statements
    }


def test_when_he_visited_dates_the_deed_and_stays_in_the_words() -> None:
    text = "Zelenskiy said Russian artillery shelled Kherson when he visited the city."
    assert [s.text for s in run(text).statements] == [
        "Russian artillery shelled Kherson when he visited the city."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hours after the strike on the hospital, Egypt warned Israel, saying it would recall "
        "its ambassador.",
        "On the eve of the talks in Istanbul, Erdogan assured Zelenskiy, promising that "
        "Turkey would not recognise the annexation.",
    ],
)
def test_an_opening_phrase_is_not_what_was_warned(text: str) -> None:
    opening = text.split(",")[0]
    said = [s.text for s in run(text).statements]
    assert opening not in said
    assert any(text.split(", ")[-1].split(" that ")[-1][:20] in w for w in said)


def test_words_said_of_a_free_relative_keep_its_what() -> None:
    text = (
        "Hamas has repeatedly launched rockets at Israel in what it says is a show of "
        "solidarity with the Palestinians."
    )
    assert [s.text for s in run(text).statements] == [
        "what it says is a show of solidarity with the Palestinians."
    ]


_TWO_SHARIFS = """
title: t
date: 2025-05-08
actors:
  pakistan: {name: Pakistan, aliases: [Shehbaz Sharif, Ahmed Sharif Chaudhry]}
  india: {name: India, aliases: [Narendra Modi]}
"""


def test_a_middle_name_after_a_rank_is_the_person_named_in_full_by_it() -> None:
    text = (
        "The army spokesman, Lieutenant General Ahmed Sharif Chaudhry, told reporters that "
        "missiles hit six towns. General Sharif said the country would respond at a time of "
        "its choosing. He added that two mosques were destroyed."
    )
    speakers = {s.speaker for s in run(text, cfg=_TWO_SHARIFS, published="2025-05-07").statements}
    assert speakers == {"Ahmed Sharif Chaudhry"}
    # (both named in full: the bare name is the one it is the surname of)
    both = (
        "Prime Minister Shehbaz Sharif met the army spokesman, Lieutenant General Ahmed Sharif "
        "Chaudhry, on Tuesday. Sharif said the country would respond at a time of its choosing."
    )
    assert [s.speaker for s in run(both, cfg=_TWO_SHARIFS).statements] == ["Shehbaz Sharif"]


_GULF_HOST = CONFIG + "  uae: {name: United Arab Emirates, aliases: [Mohamed bin Zayed]}\n"


def test_a_bracketed_short_form_of_the_host_is_no_party() -> None:
    text = (
        "Putin and Zelenskiy agreed to keep up direct negotiations at a meeting in the United "
        "Arab Emirates (UAE), the Kremlin said on Thursday."
    )
    assert {d.participants for d in run(text, cfg=_GULF_HOST).diplomacy} == {("russia", "ukraine")}
    # (the short form of a side that takes part still stands with its name)
    text = "The United Arab Emirates (UAE) and Russia signed a trade agreement on Monday."
    assert {d.participants for d in run(text, cfg=_GULF_HOST).diplomacy} == {("russia", "uae")}


@pytest.mark.parametrize(
    "text",
    [
        "Putin hailed Erdogan's plan, and he said Russia was ready for talks.",
        "Putin welcomed Erdogan's offer to host talks, but refrained from saying he would "
        "accept a truce after he pledged to keep fighting.",
    ],
)
def test_he_is_the_one_named_in_his_own_right_not_an_owner_after_him(text: str) -> None:
    assert {(s.actor, s.speaker) for s in run(text).statements} == {("russia", "Vladimir Putin")}


@pytest.mark.parametrize(
    "text",
    [
        "Turkish Foreign Minister Hakan Fidan urged both sides to return to talks. A Russian "
        "diplomatic source told state media that Moscow would not take part. He said that any "
        "format including Turkey was unacceptable.",
        "Erdogan spoke to reporters on Monday. A senior official in Kyiv, who spoke on "
        "condition of anonymity, said the talks had failed. He added that no delegation "
        "would be sent.",
    ],
)
def test_he_after_an_unnamed_official_is_not_the_person_named_before(text: str) -> None:
    last = text.split(" that ")[-1]
    assert [s.actor for s in run(text).statements if s.text == last] in (
        [],
        ["russia"],
        ["ukraine"],
    )


_JUNTA = """
title: t
date: 2025-03-07
actors:
  junta: {name: Military junta, aliases: [junta, military, army]}
  rebels: {name: Rebels, aliases: [rebels]}
  russia: {name: Russia}
"""


@pytest.mark.parametrize(
    "text",
    [
        "Thousands have been killed since the military seized power in a 2021 coup.",
        "The army, which took power in July 2023, has turned to Russia.",
        "The junta, which seized power in coups in 2020 and 2021, has turned to Russia.",
        "The rebels have fought on since the military takeover in February 2021.",
        "The rebels seized armored vehicles, trucks and tanks during fighting in the border "
        "town of Kidal.",
    ],
)
def test_power_and_spoils_seized_are_no_place_captured(text: str) -> None:
    assert [g for g in run(text, cfg=_JUNTA).ground if g.action == "captured"] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Russian takeover of Avdiivka on Saturday followed months of fighting.",
            ("russia", "captured", "Avdiivka"),
        ),
        (
            "Dozens of civilians were killed following the rebels' takeover.",
            ("rebels", "captured", None),
        ),
    ],
)
def test_a_takeover_by_a_side_is_still_a_capture(text: str, want: tuple) -> None:
    assert want in {(g.actor, g.action, g.place) for g in run(text, cfg=_JUNTA).ground}


_TWO_GROUPS = """
title: t
date: 2025-03-07
actors:
  somalia: {name: Somalia}
  shabaab: {name: Al-Shabaab, aliases: [al-Shabaab, Shabaab]}
  russia: {name: Russia, aliases: [Wagner Group]}
"""


@pytest.mark.parametrize(
    "text",
    [
        "The militant group al-Shabaab has warned traders not to pay taxes to the government.",
        "The jihadist group Shabaab, which claimed the attack, has warned traders not to pay "
        "taxes.",
    ],
)
def test_a_description_before_a_sides_name_is_that_side(text: str) -> None:
    assert {s.actor for s in run(text, cfg=_TWO_GROUPS).statements} == {"shabaab"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Russian troops shelled Kharkiv overnight. Ukrainian forces hit a fuel depot in "
            "Belgorod. Russia declared a unilateral Easter truce on Saturday.",
            {("russia",)},
        ),
        (
            "Russian troops shelled Kharkiv overnight. Ukrainian forces hit a fuel depot in "
            "Belgorod. The Kremlin announced a temporary ceasefire until April 22.",
            {("russia",)},
        ),
        # (a truce told as made between the two, or one a mediator announces, is theirs)
        (
            "Israeli jets struck Rafah. Hamas fighters fired rockets at Ashkelon. Hamas "
            "announced a ceasefire agreement with Israel on Monday.",
            {("hamas", "israel")},
        ),
        (
            "Israeli jets struck Rafah. Hamas fighters fired rockets at Ashkelon. Egypt "
            "announced a truce on Monday.",
            {("hamas", "israel")},
        ),
    ],
)
def test_a_truce_one_side_declares_is_its_own(text: str, want: set) -> None:
    assert {d.participants for d in run(text).diplomacy if d.type == "agreement"} == want


_SHADOW = """
title: t
date: 2025-03-07
actors:
  myanmar: {name: Myanmar, aliases: [junta]}
  nug: {name: National Unity Government, aliases: [NUG]}
"""


def test_a_states_name_with_a_kind_of_side_qualifies_that_side() -> None:
    text = "Myanmar's shadow National Unity Government said it would boycott the vote."
    assert {s.actor for s in run(text, cfg=_SHADOW).statements} == {"nug"}


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops shelled Kharkiv. Ukrainian forces hit a depot in Belgorod. Russia "
        "suggested declaring a ceasefire for three days in some sectors of the front.",
        "Russian troops shelled Kharkiv. Ukrainian forces hit a depot in Belgorod. Turkey "
        "urged Russia to declare a ceasefire for three days.",
    ],
)
def test_a_truce_put_forward_is_still_between_the_fighting_sides(text: str) -> None:
    assert ("russia",) not in {d.participants for d in run(text).diplomacy}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Hamas, which claimed responsibility for the attack, has warned civilians to stay "
            "away from military sites.",
            "claimed responsibility for the attack",
        ),
        (
            "Russia, which denied any role in the blast, has deployed more troops.",
            "denied any role in the blast",
        ),
    ],
)
def test_words_in_a_which_clause_end_with_it(text: str, want: str) -> None:
    assert want in [s.text for s in run(text).statements]


def test_a_date_of_the_main_clause_after_a_which_clause_does_not_date_its_words() -> None:
    text = (
        "Hamas, which claimed responsibility for the attack, has warned civilians to stay "
        "away from the border it has held in 2015."
    )
    dates = {s.text: s.date for s in run(text, published="2025-03-06").statements}
    assert dates["claimed responsibility for the attack"] is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Russian army, under the command of Putin, said it had inflicted heavy losses.",
            ("russia", None),
        ),
        (
            "The group, led by Ismail Haniyeh, has claimed responsibility for the attack.",
            ("hamas", None),
        ),
        (
            "On Saturday, the group led by Ismail Haniyeh announced that it had taken the base.",
            ("hamas", None),
        ),
    ],
)
def test_who_leads_a_side_named_in_an_aside_is_not_who_speaks(text: str, want: tuple) -> None:
    assert {(s.actor, s.speaker) for s in run(text).statements} == {want}


@pytest.mark.parametrize(
    "text",
    [
        "Hamas, affiliated with the Muslim Brotherhood and led by Ismail Haniyeh, has claimed "
        "responsibility for the attacks.",
        "Hamas, backed by Iran, has claimed responsibility for the attacks.",
    ],
)
def test_a_sides_ties_in_an_aside_leave_it_the_subject(text: str) -> None:
    facts = run(text)
    assert {(g.actor, g.action) for g in facts.ground} == {("hamas", "attacked")}
    assert {(s.actor, s.speaker) for s in facts.statements} == {("hamas", "Hamas")}


@pytest.mark.parametrize(
    "text",
    [
        "Zelenskiy travelled to Istanbul on Thursday to meet Erdogan, their first meeting "
        "this year.",
        "Earlier this month Zelenskiy flew to Istanbul to attend a summit with Erdogan.",
    ],
)
def test_a_journey_made_and_what_it_was_for_took_place(text: str) -> None:
    steps = run(text, published="2025-04-18").diplomacy
    assert steps and {d.status for d in steps} == {"held"}
    assert all(d.date is None or d.date <= "2025-04-18" for d in steps)


def test_a_journey_to_come_for_a_meeting_is_to_come() -> None:
    text = "Zelenskiy will travel to Istanbul on Thursday to meet Erdogan."
    assert {d.status for d in run(text, published="2025-04-18").diplomacy} == {"planned"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "At least 12 soldiers were killed when drones struck a Ukrainian army base near Sumy.",
            "ukraine",
        ),
        ("Dozens of soldiers died in an ambush on a military convoy in Russia.", "russia"),
        # (two states' posts: whose the soldiers were is not said)
        (
            "Twelve soldiers were killed as shelling hit a Ukrainian army post and a Russian "
            "army base.",
            "unknown",
        ),
    ],
)
def test_unnamed_soldiers_at_a_states_army_post_are_its(text: str, want: str) -> None:
    assert {c.party for c in run(text).casualties} == {want}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Hamas spokesman Abu Obeida said the strike killed five fighters. A member of a "
            "local rescue group told AFP that 41 people were killed.",
            "member of a local rescue group",
        ),
        (
            "A security source speaking on condition of anonymity told AFP that 77 people had "
            "been killed.",
            "security source",
        ),
        ("A 17-year-old girl was killed in the strike, a local said.", "local"),
        (
            "A security source told AFP that 5 people had been killed. An internal police "
            "report put the toll at around 100.",
            "internal police report",
        ),
    ],
)
def test_an_unnamed_teller_of_a_toll_is_its_claimant(text: str, want: str) -> None:
    assert {c.claimed_by for c in run(text).casualties if c.count != 5} == {want}


# Guards from a review of the rules above, each a sentence the first form of a rule got
# wrong.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Zelenskiy spoke by phone with Erdogan on Wednesday, in a call arranged by the "
            "Kremlin, which said the two leaders discussed a ceasefire.",
            {("russia", "the two leaders discussed a ceasefire.")},
        ),
        (
            "The talks were hosted by Turkey, which said it was ready to host a second round.",
            {("turkey", "it was ready to host a second round.")},
        ),
        (
            "Peskov was responding to Zelenskiy's post on social media, in which he said the "
            "offensive had failed.",
            {("ukraine", "the offensive had failed.")},
        ),
        (
            "Units under the command of Zelenskiy said they had pushed back Russian troops.",
            {("ukraine", "they had pushed back Russian troops.")},
        ),
        (
            "Hamas fighters attacked troops in Rafah. The militants Israel has been fighting "
            "since October said they had killed three soldiers.",
            {("hamas", "they had killed three soldiers.")},
        ),
    ],
)
def test_review_guards_for_who_says_it(text: str, want: set) -> None:
    got = {(s.actor, s.text) for s in run(text).statements}
    assert want <= got


def test_a_list_of_participles_stays_in_the_words_of_a_which_clause() -> None:
    text = (
        "Hamas, which said 30 people were killed, wounded or missing, has called for an "
        "emergency summit."
    )
    assert "30 people were killed, wounded or missing" in [s.text for s in run(text).statements]


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops shelled Kharkiv. Ukrainian forces hit a depot in Belgorod. Ukraine "
        "announced a 30-day ceasefire brokered by the United States on Tuesday.",
        "Russian troops shelled Kharkiv. Ukrainian forces hit a depot in Belgorod. Ukraine "
        "announced a ceasefire at sea, after talks with Turkish officials in Ankara.",
        "Russian troops shelled Kharkiv. Ukrainian forces hit a depot in Belgorod. Putin "
        "announced a ceasefire that would take effect at 4 a.m. on Wednesday.",
        "Russian troops shelled Kharkiv. Ukrainian forces hit a depot in Belgorod. Russia "
        "declared a Turkish-brokered ceasefire on Thursday.",
    ],
)
def test_review_guards_a_truce_brokered_or_agreed_is_of_both_sides(text: str) -> None:
    assert ("russia", "ukraine") in {d.participants for d in run(text).diplomacy}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russia's military takeover of Crimea in 2014 was never recognised by Kyiv.", "Crimea"),
        (
            "Russian troops seized power plants in Enerhodar in the first week of the war.",
            "Enerhodar",
        ),
        ("Ukrainian troops seized equipment depots in the village of Robotyne.", "Robotyne"),
    ],
)
def test_review_guards_a_place_taken_is_still_captured(text: str, place: str) -> None:
    assert place in {g.place for g in run(text).ground if g.action == "captured"}


def test_review_guards_a_title_of_another_post_keeps_the_surname_its_owners() -> None:
    text = (
        "Military spokesman Lieutenant General Ahmed Sharif Chaudhry briefed reporters on "
        "Tuesday. Later, Prime Minister Sharif told parliament that the strikes would be "
        "answered."
    )
    speakers = {s.speaker for s in run(text, cfg=_TWO_SHARIFS).statements}
    assert "Shehbaz Sharif" in speakers


_MILITARY_SIDE = """
title: t
date: 2025-03-07
actors:
  junta: {name: Military junta, aliases: [junta, military regime, Myanmar military]}
  aa: {name: Arakan Army, aliases: [AA, Khaing Thu Kha]}
"""


@pytest.mark.parametrize(
    ("text", "cfg", "want"),
    [
        (
            "AA spokesman Khaing Thu Kha told AFP a military jet bombed a village on Monday.",
            _MILITARY_SIDE,
            {"junta"},
        ),
        # (a craft no side is named for: no one's deed)
        (
            "Hamas spokesman Abu Obeida told AFP a military jet bombed a school in Rafah.",
            None,
            set(),
        ),
        ("A Hamas spokesman told AFP that a jet bombed a school in Rafah on Monday.", None, set()),
    ],
)
def test_who_tells_of_a_strike_did_not_strike(text: str, cfg: str | None, want: set) -> None:
    facts = run(text, cfg=cfg or CONFIG)
    assert {g.actor for g in facts.ground if g.action == "struck"} == want


@pytest.mark.parametrize(
    "text",
    [
        "This marks an increase of nearly 1.5 million internally displaced persons compared "
        "to a year ago.",
        "The number of displaced people in the region rose by 200,000 in a month.",
    ],
)
def test_how_much_a_count_changed_is_no_count(text: str) -> None:
    assert [c.count for c in run(text).casualties] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Russian troops shelled Kharkiv. Turkey has barred Russian officials from summits "
            "since the invasion.",
            "not_planned",
        ),
        (
            "Turkey will continue to actively promote peace talks between Russia and Ukraine.",
            "proposed",
        ),
    ],
)
def test_a_step_kept_from_or_furthered_is_not_held_or_planned(text: str, want: str) -> None:
    assert {d.status for d in run(text).diplomacy} == {want}


_A_BLOC = CONFIG + "  astana: {name: Astana group, aliases: [Astana format]}\n"


@pytest.mark.parametrize(
    "text",
    [
        "The Astana group, comprising Russia, Turkey and Iran, has rejected the plan.",
        "The Astana group, which brings together Russia, Turkey and Iran, said it would meet "
        "again in May.",
    ],
)
def test_a_bloc_speaks_not_the_members_named_in_an_aside(text: str) -> None:
    assert {s.actor for s in run(text, cfg=_A_BLOC).statements} == {"astana"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Erdogan warned of a wider war in the region.", "warned of a wider war in the region."),
        (
            "Zelenskiy praised the troops while warning of the battles still to come.",
            "warning of the battles still to come.",
        ),
        (
            'Putin rejected the offer, vowing instead to fight "without compromise".',
            'vowing instead to fight "without compromise".',
        ),
    ],
)
def test_words_that_are_a_verbs_object_keep_the_verb(text: str, want: str) -> None:
    assert want in [s.text for s in run(text).statements]


# Guards from a second review: each a sentence the first form of a rule got wrong.
@pytest.mark.parametrize(
    "text",
    [
        "Kuleba travelled to Ankara in an attempt to meet Lavrov, who did not come.",
        "Kuleba went to Ankara to call for direct talks with Russia.",
        "Zelenskiy arrived in Istanbul to meet Erdogan on Friday.",
    ],
)
def test_review_guards_a_journey_for_a_step_sought_or_ahead(text: str) -> None:
    assert "held" not in {
        d.status for d in run(text, published="2025-04-16").diplomacy if d.type != "visit"
    }


def test_review_guards_soldiers_named_at_a_states_post_are_theirs() -> None:
    text = (
        "Fifteen soldiers were killed when gunmen stormed a Ukrainian army base, including "
        "two Turkish soldiers."
    )
    assert "ukraine" not in {c.party for c in run(text).casualties if c.count == 15}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Israel said a fighter jet struck a Hamas command centre in Gaza City.", {"israel"}),
        ("The Israeli military told AFP the Hamas compound its aircraft struck was empty.", set()),
    ],
)
def test_review_guards_a_states_own_craft_and_a_compound_named(text: str, want: set) -> None:
    assert {g.actor for g in run(text).ground if g.action == "struck"} <= want | {"israel"}
    assert "hamas" not in {g.actor for g in run(text).ground}


@pytest.mark.parametrize(
    "text",
    [
        "A surge of 15,000 refugees crossed into Turkey from Ukraine on Monday.",
        "The health ministry reported a jump of 45 deaths in 24 hours.",
    ],
)
def test_review_guards_a_surge_of_people_is_a_count(text: str) -> None:
    assert [c.count for c in run(text).casualties] != []


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "Turkey has promoted direct talks between Russia and Ukraine since 2022, hosting "
            "several rounds.",
            "proposed",
        ),
        (
            "Russian troops shelled Kharkiv. Moscow barred journalists from covering the talks "
            "with Ukraine in Istanbul.",
            "not_planned",
        ),
    ],
)
def test_review_guards_a_step_promoted_or_covered_is_no_goal_nor_refusal(
    text: str, bad: str
) -> None:
    assert bad not in {d.status for d in run(text).diplomacy}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Shelling on a village near the border killed 21 civilians, a spokesman for a "
            "coalition of local volunteer groups said.",
            "spokesman for a coalition of local volunteer groups",
        ),
        (
            "A member of a rescue group whose team was helping people in the area told AFP "
            "that 41 people were killed.",
            "member of a rescue group",
        ),
    ],
)
def test_who_speaks_for_a_body_claims_the_toll(text: str, want: str) -> None:
    assert {c.claimed_by for c in run(text).casualties} == {want}


@pytest.mark.parametrize(
    "text",
    [
        "A Hamas official confirmed the truce but denied claims of Hamas's withdrawal from Rafah.",
        "Russia has been accused of using air and artillery strikes on civilian areas.",
    ],
)
def test_a_deed_denied_or_alleged_is_no_ground_event(text: str) -> None:
    assert run(text).ground == []


def test_a_day_right_after_the_verb_of_saying_dates_what_was_said() -> None:
    text = (
        "More than 3.5 million people have been displaced in Ukraine, an increase of 1.5 "
        "million from last year, the United Nations said Friday, warning that the crisis "
        "could worsen."
    )
    dates = {s.text: s.date for s in run(text, published="2025-01-04").statements}
    assert dates["the crisis could worsen."] == "2025-01-03"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kuleba confirmed in a statement issued from Geneva that Russian forces had carried "
            "out at least 61 attacks.",
            "Russian forces had carried out at least 61 attacks.",
        ),
        (
            "The head of the Russian government has said the country will hold an election in "
            "December, News.az reports citing BBC.",
            "the country will hold an election in December",
        ),
    ],
)
def test_where_a_statement_came_from_and_who_passed_it_on_are_not_its_words(
    text: str, want: str
) -> None:
    assert [s.text for s in run(text).statements] == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Exile media outlet Russia Now reported that the talks had stalled.",
        "The newspaper Ukraine Today reported that the talks had stalled.",
    ],
)
def test_a_states_word_in_an_outlets_name_names_no_side(text: str) -> None:
    assert {s.actor for s in run(text).statements} <= {"Russia Now", "Ukraine Today"}


def test_a_toll_closing_the_words_before_according_to_is_the_sources() -> None:
    text = (
        'Putin said Ukraine had "capitulated" after a seven-week bombing campaign that left 300 '
        "dead, according to an AFP tally of Ukrainian figures."
    )
    assert [s.text for s in run(text).statements] == [
        'Ukraine had "capitulated" after a seven-week bombing campaign'
    ]


def test_the_day_a_figure_stands_at_is_not_the_day_it_was_said() -> None:
    text = 'As of December 16, "over 3.5 million people are now displaced," the UN said.'
    assert [s.date for s in run(text, published="2024-12-20").statements] == [None]


def test_as_of_before_who_speaks_still_dates_the_speaking() -> None:
    text = "As of May 2024, Ukrainian officials announced the evacuation of border villages."
    assert [s.date for s in run(text, published="2024-06-20").statements] == ["2024-05"]


# Guards from a third review: each a sentence the first form of a rule got wrong.
def test_review_guards_a_day_between_warned_and_of_still_dates_it() -> None:
    (st,) = run(
        "Zelenskiy warned on Wednesday of famine in the east.", published="2025-03-06"
    ).statements
    assert st.date == "2025-03-05"


def test_review_guards_about_a_figure_is_no_object() -> None:
    text = "Hamas claimed about 20 Israeli soldiers were killed in the ambush."
    assert [s.text for s in run(text).statements] == [
        "about 20 Israeli soldiers were killed in the ambush."
    ]


def test_review_guards_an_accusation_does_not_reach_the_next_deed() -> None:
    text = "Israel accused Hamas of truce violations and resumed air strikes on Rafah."
    assert ("israel", "struck", "Rafah") in {(g.actor, g.action, g.place) for g in run(text).ground}


def test_review_guards_a_newsroom_passing_on_words_leaves_their_toll() -> None:
    text = (
        "Peskov said Moscow would respond to the Ukrainian drone attack that wounded 12 "
        "people, according to Reuters."
    )
    facts = run(text)
    assert [s.text for s in facts.statements] == [
        "Moscow would respond to the Ukrainian drone attack that wounded 12 people"
    ]
    assert {c.claimed_by for c in facts.casualties} == {"russia"}


def test_review_guards_a_day_after_a_relative_clauses_verb_is_not_the_saying() -> None:
    text = (
        "In a statement on Wednesday, Turkey, which announced Monday that talks would resume, "
        "urged both sides to show restraint."
    )
    dates = {s.text: s.date for s in run(text, published="2025-03-06").statements}
    assert dates["urged both sides to show restraint."] == "2025-03-05"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Hamas, which took control of Gaza in 2007, attacked two Israeli posts on Monday, "
            "killing three soldiers.",
            "2025-07-14",
        ),
        (
            "Hamas — which took control of Gaza in 2007 — attacked two Israeli posts earlier "
            "this month, killing several soldiers.",
            "2025-07",
        ),
    ],
)
def test_a_year_in_a_relative_aside_does_not_date_the_main_deed(text: str, want: str) -> None:
    dates = {g.date for g in run(text, published="2025-07-20").ground if g.action == "attacked"}
    assert dates == {want}


def test_a_deeds_own_which_clause_still_dates_it() -> None:
    text = (
        "Twenty civilians were killed in the airstrike, which occurred around midnight on "
        "Friday, local media reported."
    )
    assert {c.date for c in run(text, published="2025-07-14").casualties} == {"2025-07-11"}


# Guards from a review of the date rules: each a sentence their first form got wrong.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Hamas fighters attacked southern Israel, which launched air strikes on Gaza on "
            "Saturday, killing at least 30 people.",
            "2025-07-19",
        ),
        (
            "The RSF, which stormed Zamzam camp on Friday, killed more than 100 people.",
            "2025-07-18",
        ),
    ],
)
def test_review_guards_a_day_in_a_relative_aside_still_dates_its_toll(text: str, want: str) -> None:
    cfg = CONFIG + "  rsf: {name: Rapid Support Forces, aliases: [RSF]}\n"
    assert {c.date for c in run(text, published="2025-07-20", cfg=cfg).casualties} == {want}


def test_review_guards_an_opening_year_before_a_lowercase_noun_is_a_date() -> None:
    from briefings.nlp.dates import find_dates

    assert find_dates("In 2019 street protests toppled the government.") != []
    assert find_dates("On 18 March daily Israeli strikes resumed, killing 400.") != []


def test_review_guards_an_as_of_day_leaves_the_saying_undated_not_dated_by_another() -> None:
    text = (
        'As of December 16, "we have received no new proposal," Hamas said, after Israel '
        "struck Gaza on Sunday."
    )
    assert [s.date for s in run(text, published="2024-12-20").statements if s.quote] == [None]


def test_a_speakers_name_with_its_short_form_and_what_it_is_are_not_the_words() -> None:
    text = (
        "At least eight people were injured in the attack, Magen David Adom (MDA), Israel's "
        "national emergency service, said."
    )
    assert [s.text for s in run(text).statements] == [
        "At least eight people were injured in the attack"
    ]


def test_whose_kin_the_speaker_is_does_not_speak() -> None:
    text = "Ahmed Hamad, a cousin of Hamas leader Ismail Haniyeh, said the talks had failed."
    assert "Ismail Haniyeh" not in {s.speaker for s in run(text).statements}


def test_a_kind_of_claim_is_a_noun_not_a_verb_of_saying() -> None:
    text = (
        "The Turkish Foreign Ministry reaffirmed that Ukraine must amend its constitution to "
        "remove territorial claims against Russia as a prerequisite for a peace deal."
    )
    assert {s.actor for s in run(text).statements} == {"turkey"}
    assert all(not s.text.startswith("against") for s in run(text).statements)


def test_a_body_whose_name_ends_in_an_adjective_still_speaks() -> None:
    text = "Five people were killed in the strike, Amnesty International said."
    assert [c.claimed_by for c in run(text).casualties] == ["Amnesty International"]


def test_a_step_held_on_a_day_after_two_long_names_is_dated_and_placed() -> None:
    text = (
        "Consultations between the Ministry of Foreign Affairs of the Russian Federation "
        "(MFA) and the Ministry of Foreign Affairs of Egypt (MFA) were held on 2 March, "
        "2024, in Cairo, the capital of Egypt."
    )
    assert [(d.participants, d.status, d.date, d.location) for d in run(text).diplomacy] == [
        (("egypt", "russia"), "held", "2024-03-02", "Cairo")
    ]


def test_a_step_whose_long_names_run_on_into_another_clause_takes_no_day_from_it() -> None:
    text = (
        "Consultations between the Ministry of Foreign Affairs of the Russian Federation "
        "(MFA) and the Ministry of Foreign Affairs of Egypt (MFA) stalled as fighting in the "
        "north intensified on 2 March."
    )
    assert [d.date for d in run(text).diplomacy] == [None]


def test_one_unnamed_source_and_where_it_is_speaks_not_the_side_it_names() -> None:
    text = '"But Hamas is rearming fast," one security source in the southern region said.'
    assert {s.actor for s in run(text).statements} <= {None}
    text = "Russia is moving troops north, another military source in the region said."
    assert {s.actor for s in run(text).statements} <= {None}


def test_a_side_that_is_what_an_unnamed_subject_condemned_does_not_go_on_to_speak() -> None:
    text = (
        'The two governments "firmly condemned" Turkey\'s actions, stating that the strike '
        '"broke every rule."'
    )
    assert "turkey" not in {s.actor for s in run(text).statements}
    # (but a side in a clause of its own still speaks: "as Russia resumed strikes, saying")
    text = "The truce collapsed as Russia resumed strikes, saying Ukraine had broken it."
    assert "russia" in {s.actor for s in run(text).statements}


def test_a_relative_day_that_names_its_date_is_dated_by_the_date() -> None:
    text = (
        '"We break off relations with Turkey," said the Egyptian government yesterday, '
        "March 2, in view of the strikes."
    )
    assert [(s.actor, s.date) for s in run(text, published="2024-03-06").statements] == [
        ("egypt", "2024-03-02")
    ]


def test_what_a_thing_is_called_keeps_the_naming_verb() -> None:
    text = (
        "Acting Minister of Foreign Affairs, General Sameh Shoukry, strongly condemned the "
        'raid, calling it a "grave breach of the law."'
    )
    texts = [s.text for s in run(text).statements]
    assert texts and all(not t.startswith("it ") for t in texts)
    assert any("calling it a" in t for t in texts)


def test_an_interview_with_an_outlet_named_in_brackets_is_not_what_was_said() -> None:
    text = (
        "Egypt's foreign minister, Sameh Shoukry, stated in an interview with Nile Radio "
        "International (NRI) that the border crossing would stay open."
    )
    assert [s.text for s in run(text).statements] == ["the border crossing would stay open."]


def test_a_body_named_between_double_hyphens_does_not_speak_for_whom_they_set_off() -> None:
    text = (
        "But Ahmed -- who holds the rotating chairmanship of Egypt's council -- said he would "
        "meet Putin on Thursday."
    )
    assert "egypt" not in {s.actor for s in run(text).statements}


def test_a_thing_confirmed_keeps_its_verb_and_not_the_outlet_it_was_confirmed_to() -> None:
    text = (
        "Meanwhile, a Hamas member confirmed the prisoner exchange to Gaza Now Media but "
        "denied claims of a withdrawal from Rafah."
    )
    texts = [s.text for s in run(text).statements]
    assert "confirmed the prisoner exchange" in texts
    assert not any("Media" in t for t in texts)
    # (a clause confirmed is what was said, and a place something went to stays)
    text = "Kuleba confirmed the bodies were handed to the Red Cross."
    assert [s.text for s in run(text).statements] == ["the bodies were handed to the Red Cross."]


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan declares end to peace talks with Russia after the shelling of Odesa",
        "Zelenskiy said he had ordered the suspension of peace talks with Russia.",
        "The shelling prompted Zelenskiy to call off negotiations with Russia.",
        "The strike followed Ukraine's suspension of the talks with Russia.",
    ],
)
def test_a_halt_to_talks_in_a_noun_or_an_infinitive_calls_them_off(text: str) -> None:
    assert {s for _k, _p, s in steps(text)} == {"cancelled"}


def test_talks_on_a_halt_to_something_else_are_held() -> None:
    text = "Russia and Ukraine held talks on the suspension of strikes on energy sites."
    assert {s for _k, _p, s in steps(text)} == {"held"}


def test_a_deal_long_past_that_names_no_side_is_not_one_between_the_articles_sides() -> None:
    text = (
        "Hamas fighters clashed with Israeli troops on Monday. Among the dead were former "
        "militiamen who had disarmed under the 2005 peace agreement, and a village elder."
    )
    assert [d.term for d in run(text).diplomacy] == []


def test_signatories_of_a_deal_are_people_not_a_step() -> None:
    clash = "Hamas fighters clashed with Israeli troops on Monday. "
    for text in (
        "Three signatories of the final peace agreement were among the dead.",
        "Over 30 were killed, including peace accord signatories and children.",
    ):
        assert run(clash + text).diplomacy == []


def test_talks_it_is_impossible_to_go_on_with_are_not_planned() -> None:
    text = "Egypt said it was impossible to continue discussions with Hamas while strikes went on."
    assert {s for _k, _p, s in steps(text)} == {"not_planned"}


def test_one_who_hosts_or_brokers_named_by_a_post_mediates() -> None:
    text = (
        "Russia and Ukraine signed a truce brokered by Turkish President Recep Tayyip "
        "Erdogan on Monday."
    )
    assert [(d.participants, d.mediators) for d in run(text).diplomacy] == [
        (("russia", "ukraine"), ("turkey",))
    ]
    text = (
        "The deal follows talks between Zelenskiy and Putin in Istanbul under the auspices "
        "and mediation of Turkish President Recep Tayyip Erdogan."
    )
    assert {d.mediators for d in run(text).diplomacy} == {("turkey",)}


def test_the_second_side_of_talks_hosted_by_another_does_not_host_them() -> None:
    text = "Talks were held last week between Zelenskiy and Putin hosted by Egypt in Cairo."
    assert [(d.participants, d.mediators) for d in run(text).diplomacy] == [
        (("russia", "ukraine"), ("egypt",))
    ]


def test_a_quote_of_no_sides_over_two_sentences_is_its_tellers() -> None:
    text = (
        "“We counted and confirmed nine dead people and 31 others injured. The toll could "
        "rise,” Dr Amina Yusuf, director of a local ambulance service, told AFP."
    )
    assert {c.claimed_by for c in run(text).casualties} == {
        "Dr Amina Yusuf, director of a local ambulance service"
    }
    text = '"I saw 12 people dead near the gate. It was terrible," Captain Omar Saleh said.'
    assert {c.claimed_by for c in run(text).casualties} == {"Captain Omar Saleh"}


def test_a_named_teller_and_post_after_the_words_claims_the_figure() -> None:
    text = "Eleven people were killed in the blast, Ahmed Nur, a local doctor, said."
    assert {c.claimed_by for c in run(text).casualties} == {"Ahmed Nur, a local doctor"}


def test_a_toll_hung_on_a_thing_announced_is_the_writers() -> None:
    text = (
        "Egypt's prosecutor announced Wednesday the reactivation of arrest warrants against "
        "Hamas leaders following a recent attack on the border, which left more than 80 dead "
        "and some 32,000 displaced."
    )
    facts = run(text)
    assert {c.claimed_by for c in facts.casualties} == {None}
    assert all("80 dead" not in s.text for s in facts.statements)
    # (a clause said keeps its toll: the teller's words)
    text = "Hamas said the attack, which killed 12 soldiers, was a response to raids."
    assert {c.claimed_by for c in run(text).casualties} == {"hamas"}


def test_the_toll_of_a_war_of_decades_still_fought_is_history() -> None:
    text = (
        "Talks are part of an effort to end Israel's seven-decade-long conflict with the "
        "Palestinians, which has claimed over 100,000 lives."
    )
    assert run(text).casualties == []
    # (a toll of this war, not of decades, stays)
    text = "The war in Gaza, which has killed more than 40,000 people, entered its second year."
    assert [c.count for c in run(text).casualties] == [40000]


def test_a_participle_after_with_and_a_time_or_a_joined_verb_is_not_the_withs() -> None:
    text = (
        "Zelenskiy broke off talks with Russia and accused Moscow of war crimes, and later "
        "suspended contacts with Hamas last week after blaming it for the deaths of two "
        "soldiers."
    )
    assert "hamas" not in {s.actor for s in run(text).statements}
    text = "Erdogan suspended talks with Hamas and accusing the group of bad faith."
    assert "hamas" not in {s.actor for s in run(text).statements}
    # (but "with X saying" is X's)
    text = "The talks broke down, with Hamas saying Israel had broken its word."
    assert {s.actor for s in run(text).statements} == {"hamas"}


def test_a_body_of_no_side_that_issued_a_statement_is_its_author() -> None:
    text = (
        "Kuleba said the situation was grave. Medlink, a regional trade association, issued a "
        "statement urging peace and condemning the violence."
    )
    assert [s.actor for s in run(text).statements] == ["ukraine"]


def test_review_guards_a_facility_named_for_a_capital_is_still_a_place() -> None:
    text = "Russian drones hit Kyiv International Airport overnight, Ukraine said."
    assert [g.place for g in run(text).ground] == ["Kyiv International Airport"]
    # (and a body of the state whose name holds a facility's word still speaks)
    text = "The Israel Prison Service said it had released 90 prisoners held in its jails."
    assert {s.actor for s in run(text).statements} == {"israel"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Zelenskiy said Ukraine wants to put an end to the war through negotiations with "
         "Russia.", "held"),
        ("Egypt said there would be no suspension of the negotiations between Israel and "
         "Hamas despite the attack.", "held"),
        ("Hamas threatened to declare an end to negotiations with Israel if the strikes "
         "continued.", "held"),
        ("The suspension of talks between Russia and Ukraine was lifted on Monday.", "held"),
    ],
)  # fmt: skip
def test_review_guards_a_halt_hedged_or_of_another_thing_does_not_call_talks_off(
    text: str, status: str
) -> None:
    assert {s for _k, _p, s in steps(text)} == {status}


def test_review_guards_a_cause_does_not_keep_the_side_it_moved_from_speaking() -> None:
    text = "The attack prompted Israel to suspend the talks, saying Hamas had broken the truce."
    assert "israel" in {s.actor for s in run(text).statements}


def test_review_guards_a_host_with_one_guest_is_a_side_not_a_go_between() -> None:
    text = (
        "Zelenskiy visited Ankara on Friday for talks hosted by Turkish President Recep "
        "Tayyip Erdogan on the grain corridor."
    )
    assert [(d.participants, d.mediators) for d in run(text).diplomacy] == [
        (("turkey", "ukraine"), ())
    ]
    text = "Putin and Erdogan met in Sochi at a summit hosted by Russian President Vladimir Putin."
    assert [(d.participants, d.mediators) for d in run(text).diplomacy] == [
        (("russia", "turkey"), ())
    ]


def test_review_guards_a_named_teller_of_a_place_claims_the_figure() -> None:
    text = (
        "At least 12 people were killed in the shelling, Ahmed Nur, a resident of the town, said."
    )
    assert {c.claimed_by for c in run(text).casualties} == {"Ahmed Nur, a resident of the town"}


def test_review_guards_the_outlet_told_and_the_day_are_not_what_was_confirmed() -> None:
    text = "Hamas confirmed the ceasefire agreement to Al Jazeera on Sunday."
    assert [s.text for s in run(text).statements] == ["confirmed the ceasefire agreement"]


def test_a_participle_of_both_sides_is_no_one_sides() -> None:
    text = (
        "Clashes erupted between Israeli troops and Hamas fighters on Monday, with both sides "
        "offering conflicting accounts of the fighting and accusing the other of starting it."
    )
    assert run(text).statements == []


def test_the_writers_gloss_of_a_word_is_not_what_was_said() -> None:
    text = (
        "In a statement, Ukraine's Ministry of Defence reaffirmed its commitment to fighting "
        "the orcs, a term used for Russian invaders."
    )
    assert all("a term" not in s.text for s in run(text).statements)


def test_two_sides_own_step_named_with_their_possessive_is_theirs_and_made() -> None:
    text = (
        "Egypt thinks Russia and Ukraine's agreed-upon joint declaration will lay the "
        "groundwork for future trade."
    )
    assert steps(text) == {("agreement", ("russia", "ukraine"), "concluded")}
    # (a third side named after it is one too)
    text = "Egypt and Turkey's talks with Russia went well, officials said."
    assert {p for _k, p, _s in steps(text)} == {("egypt", "russia", "turkey")}


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian officials said Russian troops opened fire on civilians near a border village "
        "on Wednesday, killing one and wounding at least three.",
        "Egypt urged the world to denounce Israel after its attack on Palestinian civilians left "
        "at least 11 people dead.",
        "At least 40 people were killed when a drone hit a funeral gathering near Kherson, "
        "officials said.",
    ],
)
def test_people_killed_where_civilians_were_hit_are_civilians(text: str) -> None:
    assert {c.party for c in run(text).casualties} == {"civilians"}


def test_people_killed_where_fighters_hid_among_civilians_are_not_said_to_be_civilians() -> None:
    text = "Israel said it targeted militants hiding among civilians, killing 20."
    assert {c.party for c in run(text).casualties} == {"unknown"}


def test_a_massacres_dead_are_civilians_unless_fighters_are_named() -> None:
    text = (
        "The massacre carried out last Thursday by the armed group in the village left more "
        "than 70 dead and 50 injured, Hamas said."
    )
    assert {c.party for c in run(text).casualties} == {"civilians"}
    text = "Egypt called it a massacre of its soldiers and said 47 were killed."
    assert {c.party for c in run(text).casualties} != {"civilians"}


def test_a_sides_word_as_a_hyphened_modifier_names_no_one_who_speaks() -> None:
    cfg = YEMEN
    text = "A spokesman for the government-run hospital in Aden said 12 people were killed."
    facts = run(text, cfg=cfg)
    assert {c.claimed_by for c in facts.casualties} != {"government"}
    assert "government" not in {s.actor for s in facts.statements}
    # (but "the army-led government" is the state still)
    cfg = """
title: Army state
date: 2025-03-10
actors:
  saf: {name: Sudanese Armed Forces, aliases: [Sudanese army, Sudanese government]}
  rsf: {name: Rapid Support Forces, aliases: [RSF]}
"""
    text = "The army-led government said the talks would resume."
    assert {s.actor for s in run(text, cfg=cfg).statements} == {"saf"}


def test_both_nations_after_a_step_mediated_by_two_others_are_its_parties() -> None:
    text = (
        "Russia and Ukraine reached a ceasefire after talks in Doha mediated by Egypt and "
        "Turkey. Delegations from both nations also agreed to hold further consultations "
        "in the coming days."
    )
    cfg = """
title: Two at war
date: 2024-03-10
actors:
  ukraine: {name: Ukraine, aliases: [Volodymyr Zelenskiy]}
  russia: {name: Russia, aliases: [Vladimir Putin]}
  egypt: {name: Egypt}
  turkey: {name: Turkey}
"""
    consultations = [d for d in run(text, cfg=cfg).diplomacy if d.term == "consultations"]
    assert [d.participants for d in consultations] == [("russia", "ukraine")]


@pytest.mark.parametrize(
    "after",
    [
        "said on Sunday (March 3, 2024), amid a fragile truce with Hamas.",
        "said on Sunday, even as both sides held talks in Cairo to ease tensions.",
    ],
)
def test_the_writers_clause_after_an_inverted_teller_is_not_the_words(after: str) -> None:
    text = (
        "Five soldiers and 25 militants were killed in clashes near the border, the Israeli army "
        + after
    )
    assert [s.text for s in run(text).statements] == [
        "Five soldiers and 25 militants were killed in clashes near the border"
    ]


@pytest.mark.parametrize(
    "dateline",
    ["Kyiv, Oct 18 (IANS) ", "Kyiv [Ukraine], October 18 (ANI): "],
)
def test_a_title_case_dateline_with_its_agency_is_not_the_words(dateline: str) -> None:
    text = dateline + "At least three athletes were killed in a Russian strike, Ukraine said."
    assert [s.text for s in run(text).statements] == [
        "At least three athletes were killed in a Russian strike"
    ]


def test_review_guards_a_toll_after_a_clause_said_or_an_attack_reported_is_the_tellers() -> None:
    for text in (
        "Ukraine said a Russian drone hit a minibus near Kherson, which killed two women.",
        "Ukraine reported a massive overnight drone attack on Kyiv, which killed three people.",
    ):
        assert {c.claimed_by for c in run(text).casualties} == {"ukraine"}, text


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Turkey announced the suspension of the Istanbul talks between Russia and Ukraine.",
         "cancelled"),
        ("Russia announced the suspension of the grain deal with Ukraine.", "cancelled"),
    ],
)  # fmt: skip
def test_review_guards_a_halt_to_a_named_step_calls_it_off(text: str, status: str) -> None:
    assert {s for _k, _p, s in steps(text)} == {status}


def test_review_guards_civilians_inferred_do_not_spread_or_cross_clauses() -> None:
    text = (
        "At least 35 people were massacred in the village. Two days later, 28 people were "
        "killed when rebels attacked an army convoy on the highway."
    )
    assert [c.party for c in run(text).casualties] == ["civilians", "unknown"]
    for text in (
        "Israel said the strike targeted militants among civilians, killing nine.",
        "Israel said it struck Hamas gunmen who had opened fire on civilians, killing 6.",
    ):
        assert {c.party for c in run(text).casualties} == {"unknown"}, text


def test_review_guards_with_two_sides_joined_or_placed_they_still_speak() -> None:
    text = "Fighting resumed on Sunday, with Russia and Ukraine accusing each other of breaking it."
    assert {s.actor for s in run(text).statements} == {"russia", "ukraine"}
    text = "The truce appeared to hold, with officials in Kyiv reporting no Russian strikes."
    assert {s.actor for s in run(text).statements} == {"ukraine"}


def test_review_guards_it_that_issued_a_statement_is_who_spoke_before() -> None:
    text = (
        "Russia's defence ministry said it downed 20 drones. It later issued a statement "
        "urging residents to avoid the border areas."
    )
    assert [s.actor for s in run(text).statements] == ["russia", "russia"]


def test_review_guards_a_recent_toll_of_a_war_of_decades_stays() -> None:
    text = (
        "The decades-old conflict, which has killed 22 people this week alone, escalated as "
        "Hamas fired rockets."
    )
    assert [c.count for c in run(text).casualties] == [22]


def test_review_guards_two_hosts_or_the_host_of_truce_talks_go_between() -> None:
    text = "A Hamas delegation arrived in Cairo for ceasefire talks hosted by Egypt and Turkey."
    assert [(d.participants, d.mediators) for d in run(text).diplomacy] == [
        (("hamas",), ("egypt", "turkey"))
    ]


def test_review_guards_a_deal_agreed_to_be_signed_is_planned() -> None:
    text = "Russia and Ukraine will formally sign the agreed grain deal in Istanbul on Friday."
    assert {s for _k, _p, s in steps(text)} == {"planned"}


def test_review_guards_state_run_media_speak_for_the_state() -> None:
    cfg = """
title: Army state
date: 2025-03-10
actors:
  saf: {name: Sudanese Armed Forces, aliases: [Sudanese army, Sudanese government]}
  rsf: {name: Rapid Support Forces, aliases: [RSF]}
"""
    text = "The government-run news agency said the army had retaken the town."
    assert {s.actor for s in run(text, cfg=cfg).statements} == {"saf"}


def test_review_guards_a_short_thing_confirmed_to_an_outlet_keeps_its_verb() -> None:
    text = "An Egyptian official confirmed the talks to Reuters yesterday."
    assert [s.text for s in run(text).statements] == ["confirmed the talks"]


def test_review_guards_a_weapon_that_hit_civilians_killed_civilians() -> None:
    text = "An Israeli strike that hit a wedding party killed 20 people, Hamas said."
    assert {c.party for c in run(text).casualties} == {"civilians"}
    text = "Israeli jets bombed a wedding party in Gaza, and at least 20 people were killed."
    assert {c.party for c in run(text).casualties} == {"civilians"}


def test_review_guards_who_was_spoken_with_does_not_urge() -> None:
    text = "Erdogan spoke by phone with Putin on Monday urging him to return to talks."
    assert "russia" not in {s.actor for s in run(text).statements}


def test_review_guards_a_toll_of_decades_since_a_year_long_past_is_history() -> None:
    text = (
        "The decades-long conflict, which has killed more than 450,000 people since 1958, "
        "is the region's longest."
    )
    assert run(text).casualties == []


def test_review_guards_a_peace_summit_talked_of_leaves_the_host_a_side() -> None:
    text = "Zelenskiy held talks in Ankara hosted by Erdogan on Friday, discussing a peace summit."
    talks = [d for d in run(text).diplomacy if d.type == "talks"]
    assert [(d.participants, d.mediators) for d in talks] == [(("turkey", "ukraine"), ())]


def test_review_guards_a_time_phrase_in_brackets_is_no_dateline() -> None:
    text = "Since Monday, March 4 (when the truce began) Hamas has fired 12 rockets, Israel said."
    assert all(s.text.startswith("Since Monday") for s in run(text).statements)
