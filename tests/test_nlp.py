"""The rule-based NLP layer: sentences, numbers and actor mentions, on made-up news text."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.config import parse_config
from briefings.nlp.actors import Lexicon, learn_names
from briefings.nlp.numbers import find_quantities, parse_number
from briefings.nlp.sentences import split_sentences

UKRAINE = """
title: Donbas brief
date: 2022-03-01
actors:
  ukraine: {name: Ukraine, aliases: [Volodymyr Zelensky]}
  russia: {name: Russia, aliases: [Vladimir Putin, Sergei Lavrov]}
  separatists: {name: Separatists, aliases: [pro-Russian separatists, DPR]}
"""
LIBYA = """
title: Libya brief
date: 2020-01-15
actors:
  gna: {name: Government of National Accord, aliases: [GNA, Fayez al-Sarraj]}
  lna: {name: Libyan National Army, aliases: [LNA, Khalifa Haftar]}
  libya: {name: Libyan government}
"""


def lexicon(text: str) -> Lexicon:
    return Lexicon(parse_config(text, Path("test.yaml")))


# -- sentences -------------------------------------------------------------------


def test_sentences_keep_offsets_and_skip_abbreviations() -> None:
    text = (
        "Gen. Ivanov met Mr. Smith in the U.S. capital on Jan. 5. Talks went on.\n\n"
        'HEADLINE WITHOUT STOP\n"We will not retreat," the commander said. He left.'
    )
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "Gen. Ivanov met Mr. Smith in the U.S. capital on Jan. 5.",
        "Talks went on.",
        "HEADLINE WITHOUT STOP",
        '"We will not retreat," the commander said.',
        "He left.",
    ]
    for s in sents:
        assert text[s.start : s.end] == s.text


def test_sentence_split_holds_at_scale() -> None:
    # how fast: benchmarks/bench_extract.py prints the splitter's sentences/s
    text = "The army said 12 soldiers were killed near Bakhmut on Monday. " * 20000
    sents = split_sentences(text)
    assert len(sents) == 20000


# -- numbers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "low", "high", "approximate"),
    [
        ("killed 13 people", 13, None, None, False),
        ("twenty-two fighters", 22, None, None, False),
        ("30-35 militiamen", None, 30, 35, False),
        ("more than 50 soldiers", 50, 50, None, False),
        ("at least twenty-two civilians", 22, 22, None, False),
        ("up to 40 people", 40, None, 40, False),
        ("nearly a million refugees", 1_000_000, None, None, True),
        ("1.5 million displaced", 1_500_000, None, None, False),
        ("2,300 dead", 2300, None, None, False),
        ("between 30 and 40 wounded", None, 30, 40, False),
        ("dozens of Houthi fighters", None, None, None, True),
        ("hundreds of thousands have fled", None, None, None, True),
    ],
)
def test_quantities(text: str, count, low, high, approximate) -> None:
    q = find_quantities(text)[0]
    assert (q.count, q.low, q.high, q.approximate) == (count, low, high, approximate)


def test_years_times_and_dates_are_not_counts() -> None:
    assert find_quantities("In 2014, at 3 pm on March 4, for 12 hours over 40 km") == []
    assert parse_number("one hundred and five") == 105


# -- actors ----------------------------------------------------------------------


def mentions(lx: Lexicon, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor) for m in lx.find(text)]


def test_world_knowledge_maps_to_config_ids() -> None:
    lx = lexicon(UKRAINE)
    found = mentions(lx, "The Kremlin and Kyiv traded blame as Ukrainian troops and Moscow met.")
    assert found == [
        ("Kremlin", "russia"),
        ("Kyiv", "ukraine"),
        ("Ukrainian", "ukraine"),
        ("Moscow", "russia"),
    ]
    assert mentions(lx, "Lavrov spoke to Zelensky.") == [
        ("Lavrov", "russia"),
        ("Zelensky", "ukraine"),
    ]


def test_longest_match_and_modifiers() -> None:
    lx = lexicon(UKRAINE)
    assert mentions(lx, "pro-Russian separatists shelled the town") == [
        ("pro-Russian separatists", "separatists")
    ]
    # A backer named in a hyphenated modifier is nobody's side.
    assert mentions(lx, "Russian-backed fighters") == [("Russian", None)]


def test_a_capital_in_a_facilitys_name_is_no_side() -> None:
    lx = lexicon(UKRAINE)
    assert mentions(lx, "near Kyiv's Moscow Adde International Airport") == [
        ("Kyiv", "ukraine"),
        ("Moscow", None),
    ]
    assert mentions(lx, "students at Kyiv University") == [("Kyiv", None)]


def test_unconfigured_countries_and_bodies_keep_plain_names() -> None:
    lx = lexicon(UKRAINE)
    assert mentions(lx, "The UN and Poland and the US") == [
        ("UN", "UN"),
        ("Poland", "Poland"),
        ("US", "United States"),
    ]
    assert mentions(lx, "they told us") == []  # "us" is not the United States


def test_state_phrase_in_config_gets_the_country() -> None:
    lx = lexicon(LIBYA)
    found = mentions(lx, "Tripoli said Haftar and the LNA advanced; Libyan officials denied it.")
    assert found == [("Tripoli", "libya"), ("Haftar", "lna"), ("LNA", "lna"), ("Libyan", "libya")]


def test_compact_military_ranks_do_not_end_a_sentence() -> None:
    text = "The spokesman, BGen. Ivo Marn, said so. LtCol. Ana Vell and MGen. Dov Ruse agreed."
    assert [s.text for s in split_sentences(text)] == [
        "The spokesman, BGen. Ivo Marn, said so.",
        "LtCol. Ana Vell and MGen. Dov Ruse agreed.",
    ]


def test_titles_make_person_mentions() -> None:
    lx = lexicon(UKRAINE)
    first = lx.find("The Ukrainian president said so.")[0]
    assert first.is_person and first.actor == "ukraine"


# -- world knowledge: names the config did not list ------------------------------------


def test_spelling_variants_of_a_listed_surname() -> None:
    lx = lexicon(
        """
title: t
date: 2022-03-01
actors:
  ukraine: {name: Ukraine, aliases: [Volodymyr Zelenskiy]}
"""
    )
    found = [(m.text, m.actor, m.canonical) for m in lx.find("Zelensky met Zelenskyy's aide.")]
    assert found == [
        ("Zelensky", "ukraine", "Volodymyr Zelenskiy"),
        ("Zelenskyy", "ukraine", "Volodymyr Zelenskiy"),
    ]


def test_people_named_with_a_title_or_in_apposition_speak_for_their_side() -> None:
    lx = lexicon(LIBYA)
    people = [
        (m.text, m.actor, m.canonical)
        for m in lx.find(
            "French President Anne Dubois met Omar Kadiki, spokesman for the LNA, and "
            "UN Secretary-General Pavel Novak."
        )
        if m.canonical
    ]
    assert people == [
        ("Anne Dubois", "France", "Anne Dubois"),
        ("Omar Kadiki", "lna", "Omar Kadiki"),
        ("Pavel Novak", "UN", "Pavel Novak"),
    ]


def test_a_name_learnt_in_an_article_is_found_again_by_surname() -> None:
    lx = lexicon(LIBYA)
    sentences = ["UN envoy Pavel Novak arrived in Tripoli.", "Novak said the talks would resume."]
    found = learn_names(sentences, [lx.find(s) for s in sentences])
    assert [(m.text, m.actor) for m in found[1]] == [("Novak", "UN")]


def test_a_side_named_after_its_territory_and_bodies_named_after_capitals() -> None:
    lx = lexicon(
        """
title: t
date: 2020-10-01
actors:
  karabakh: {name: Nagorno-Karabakh authorities}
  armenia: {name: Armenia}
"""
    )
    assert mentions(lx, "Karabakh officials in Nagorno-Karabakh met the Minsk Group.") == [
        ("Karabakh", "karabakh"),
        ("Nagorno-Karabakh", "karabakh"),
        ("Minsk Group", "Minsk Group"),  # not Belarus
    ]


def test_a_demonym_two_countries_share_names_the_configured_one() -> None:
    config = """
title: t
date: 2025-10-01
actors:
  drc: {name: Democratic Republic of the Congo}
  rwanda: {name: Rwanda}
"""
    text = "The Congolese army and Rwandan troops clashed in the Democratic Republic of the Congo."
    assert mentions(lexicon(config), text) == [
        ("Congolese", "drc"),
        ("Rwandan", "rwanda"),
        ("Democratic Republic of the Congo", "drc"),
    ]
    # without a configured Congo the word stays a plain country's
    assert (
        mentions(lexicon(config.replace("Democratic Republic of the Congo", "Burundi")), text)[0][0]
        == "Congolese"
    )


def test_a_configured_body_owns_all_its_names() -> None:
    config = """
title: t
date: 2025-10-01
actors:
  un: {name: United Nations}
  houthis: {name: Houthis}
"""
    text = "The U.N. envoy met the Houthis; the United Nations said the UN would return."
    assert [a for _t, a in mentions(lexicon(config), text)] == ["un", "houthis", "un", "un"]


def test_a_surname_after_another_given_name_or_a_body_inside_a_longer_name_is_not_theirs() -> None:
    config = """
title: t
date: 2025-05-01
actors:
  pakistan: {name: Pakistan, aliases: [Kashif Abdullah]}
  iran: {name: Iran}
"""
    lx = lexicon(config)
    assert mentions(lx, "Chief Minister Omar Abdullah spoke.") == []
    assert mentions(lx, "Spokesman Kashif Abdullah spoke; later Abdullah left.") == [
        ("Kashif Abdullah", "pakistan"),
        ("Abdullah", "pakistan"),
    ]
    assert mentions(lx, "The Supreme National Security Council met.") == []
    assert mentions(lx, "The Security Council met.") == [("Security Council", "UN")]
    assert mentions(lx, "The UK-based Syrian Observatory for Human Rights said.")[-1][1] == (
        "Syrian Observatory for Human Rights"
    )


def test_page_furniture_numbers_are_not_counts() -> None:
    assert find_quantities("016 Tags civilian deaths") == []
    assert find_quantities("85 Related stories") == []
    assert find_quantities("two million people")[0].count == 2_000_000


def test_splitter_where_pysbd_is_right() -> None:
    text = (
        "The shelling stopped on Monday. (Field Desk) Residents came back. "
        "The bill went to the senate. - The senate may vote on it. "
        "The convoy reached the bridge... 12 trucks were left behind. "
        "It was over... Then the sirens began."
    )
    assert [s.text for s in split_sentences(text)] == [
        "The shelling stopped on Monday.",
        "(Field Desk)",
        "Residents came back.",
        "The bill went to the senate.",
        "- The senate may vote on it.",
        "The convoy reached the bridge... 12 trucks were left behind.",
        "It was over...",
        "Then the sirens began.",
    ]
    # brackets inside a sentence stay in it
    assert len(split_sentences("He said (in Geneva) that Ministers met.")) == 1


def test_a_states_federal_or_transitional_government_is_that_state() -> None:
    cfg = parse_config(
        """
title: t
date: 2024-01-01
actors:
  gov: {name: Ethiopian federal government}
  lna: {name: Libyan National Army}
""",
        Path("t.yaml"),
    )
    lexicon = Lexicon(cfg)
    found = {m.text: m.actor for m in lexicon.find("Ethiopia and Libya met the Ethiopian envoy.")}
    assert found["Ethiopia"] == "gov" and found["Ethiopian"] == "gov"
    # a national army named for a country is not its state
    assert found["Libya"] != "lna"


def test_a_quote_that_opens_right_after_a_stop_starts_a_sentence() -> None:
    from briefings.nlp.sentences import split_sentences

    text = "He said the shield worked, limiting damage.“This operation will go on,” Kuleba said."
    assert [s.text for s in split_sentences(text)] == [
        "He said the shield worked, limiting damage.",
        "“This operation will go on,” Kuleba said.",
    ]
    # a quote that closes with its stop stays
    assert len(split_sentences('Kuleba called it "a crime." Then he left.')) == 2
    assert len(split_sentences('Kuleba called it "a crime."')) == 1


def test_a_long_line_ending_on_a_stop_ends_its_sentence() -> None:
    text = (
        "The two leaders discussed the war and the aid corridors at length, according to a "
        "statement issued by the presidency on X.\nErdogan said the corridors must stay open."
    )
    assert [s.text for s in split_sentences(text)] == [
        text.split("\n")[0],
        "Erdogan said the corridors must stay open.",
    ]
