"""The view model: names, figures, citations and the key-developments rule.

The facts are hand-built about a fictional conflict (Valdoria, Kestria and the
Northern Front), so these tests need no extractor and no real articles.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefings.brief import build_brief, date_words, figure_words, period_words
from briefings.config import Actor, Config
from briefings.models import (
    Article,
    Casualty,
    DiplomaticStep,
    Evidence,
    Facts,
    GroundEvent,
    Problem,
    Statement,
)


def make_config(tmp: Path | None = None, **changes) -> Config:
    base = tmp or Path("/nonexistent")
    values = dict(
        path=base / "brief.yaml",
        title="Esk Valley Situation Brief",
        date=dt.date(2031, 5, 14),
        window=None,
        actors=(
            Actor("valdoria", "Valdoria", ("Valdorian army", "President Ilse Marek")),
            Actor("kestria", "Kestria", ("Kestrian forces", "Tomas Reyn")),
            Actor("front", "Northern Front", ("rebels",)),
        ),
        sources=(),
        output_folder=base / "out",
        formats=("pdf", "html"),
        filename="brief-{date}",
        template_dir=None,
        marking="OFFICIAL – SENSITIVE",
    )
    values.update(changes)
    return Config(**values)


def ev(article: str, sentence: str) -> Evidence:
    return Evidence(article, sentence, 0, len(sentence))


ARTICLES = [
    Article(
        "a1",
        "news/001_wire.txt",
        "Kestrian shelling kills 12 in Marren as talks stall",
        "...",
        source="Northwire",
        published="2031-05-10",
        url="https://northwire.example/esk/marren-shelling",
    ),
    Article(
        "a2",
        "news/002_daily.txt",
        "Valdoria and Kestria agree to open a humanitarian corridor",
        "...",
        source="Esk Daily",
        published="2031-05-12",
        url="https://eskdaily.example/2031/05/12/corridor-deal",
        outlets=("Esk Daily", "Wire24"),
        duplicates=("news/002b_wire24.txt",),
    ),
    Article(
        "a3",
        "news/003_radio.html",
        "Northern Front claims capture of Tolvik bridge",
        "...",
        source="Radio Esk",
        published="2031-05-13",
    ),
    Article(
        "a4",
        "news/004_agency.txt",
        "Thousands flee fighting along the Esk river",
        "...",
        source="Relief Agency Bulletin",
        published="2031-05-13",
    ),
    Article(
        "a5",
        "news/005_undated.txt",
        "Analysis: what the corridor deal leaves out",
        "...",
        source="The Esk Review",
        published=None,
        url="javascript:alert(1)",
    ),
]

CASUALTIES = [
    Casualty(
        "civilians",
        "killed",
        12,
        ev(
            "a1",
            "Kestrian shelling killed 12 civilians in Marren on Saturday, local officials said.",
        ),
        date="2031-05-10",
        location="Marren",
    ),
    Casualty(
        "kestria",
        "killed",
        None,
        ev("a1", "Valdoria said 30-35 Kestrian soldiers were killed in the counter-attack."),
        low=30,
        high=35,
        claimed_by="valdoria",
        date="2031-05-11",
    ),
    Casualty(
        "valdoria",
        "wounded",
        None,
        ev("a3", "More than 50 Valdorian troops were wounded, the Front said."),
        low=50,
        claimed_by="front",
    ),
    Casualty(
        "front",
        "killed",
        None,
        ev("a3", "Dozens of Northern Front fighters were killed near Tolvik."),
        approximate=True,
        low=24,
        location="Tolvik",
        date="2031-05-12",
    ),
    Casualty(
        "civilians",
        "displaced",
        4000,
        ev("a4", "About 4,000 people have fled villages along the Esk river."),
        approximate=True,
        location="Esk river",
        claimed_by="Esk Relief Council",
        date="2031-05",
    ),
    Casualty(
        "civilians",
        "killed",
        12,
        ev("a2", "The shelling of Marren on Saturday killed 12 civilians."),
        date="2031-05-10",
        location="Marren",
    ),
]

STATEMENTS = [
    Statement(
        "valdoria",
        "Ilse Marek",
        "We will not negotiate while our towns are under fire",
        True,
        ev(
            "a1",
            '"We will not negotiate while our towns are under fire," President Ilse Marek said.',
        ),
        date="2031-05-10",
    ),
    Statement(
        "kestria",
        "Tomas Reyn",
        "the corridor will stay open as long as Valdoria respects it",
        False,
        ev(
            "a2",
            "Foreign minister Tomas Reyn said the corridor will stay open as long as "
            "Valdoria respects it.",
        ),
        date="2031-05-12",
    ),
    Statement(
        "kestria",
        None,
        "Kestrian forces only returned fire",
        True,
        ev("a1", 'The Kestrian defence ministry said its forces "only returned fire".'),
    ),
    Statement(
        "unknown",
        None,
        "the bridge is mined",
        False,
        ev("a3", "Residents said the bridge is mined."),
    ),
]

DIPLOMACY = [
    DiplomaticStep(
        "agreement",
        ("valdoria", "kestria"),
        "concluded",
        ev(
            "a2",
            "Valdoria and Kestria signed a deal in Halden on Monday to open a "
            "humanitarian corridor.",
        ),
        date="2031-05-12",
        location="Halden",
    ),
    DiplomaticStep(
        "talks",
        ("valdoria", "kestria", "United Nations"),
        "planned",
        ev("a2", "Delegations are due to meet in Geneva on Friday under UN auspices."),
        date="2031-05-16",
        location="Geneva",
    ),
    DiplomaticStep(
        "call",
        ("kestria", "Ostmark"),
        "held",
        ev("a1", "Reyn spoke by phone with his Ostmark counterpart."),
    ),
    DiplomaticStep(
        "meeting",
        ("valdoria", "front"),
        "not_planned",
        ev("a3", "Valdoria ruled out any meeting with the Front."),
    ),
]

GROUND = [
    GroundEvent(
        "kestria",
        "shelled",
        ev("a1", "Kestrian artillery shelled Marren on Saturday."),
        place="Marren",
        date="2031-05-10",
    ),
    GroundEvent(
        "front",
        "captured",
        ev("a3", "Northern Front fighters captured the Tolvik bridge on Tuesday."),
        place="Tolvik bridge",
        date="2031-05-13",
    ),
    GroundEvent(
        "valdoria",
        "withdrew",
        ev("a4", "Valdorian units withdrew from positions south of the river."),
        place="the south bank",
    ),
]


def sample_facts() -> Facts:
    return Facts(
        as_of="2031-05-14",
        articles=list(ARTICLES),
        casualties=list(CASUALTIES),
        statements=list(STATEMENTS),
        diplomacy=list(DIPLOMACY),
        ground=list(GROUND),
        problems=[Problem("news/broken.pdf", "not a readable PDF")],
    )


@pytest.fixture
def brief():
    return build_brief(sample_facts(), make_config())


# -- header --------------------------------------------------------------------


def test_header(brief):
    h = brief.header
    assert h.title == "Esk Valley Situation Brief"
    assert h.as_of == "14 May 2031"
    assert h.period == "10–13 May 2031"  # the undated article does not stretch it
    assert h.n_sources == 5
    assert h.marking == "OFFICIAL – SENSITIVE"
    assert "briefings" in h.generated_with and "5 news sources" in h.generated_with


def test_period_words():
    assert period_words("2020-02-11", "2020-03-04") == "11 February – 4 March 2020"
    assert period_words("2019-12-30", "2020-01-02") == "30 December 2019 – 2 January 2020"
    assert period_words("2020-03", "2020-03-04") == "March 2020 – 4 March 2020"
    assert period_words("2020-03-04", "2020-03-04") == "4 March 2020"
    assert period_words(None, None) == "not stated"


def test_dates_stay_as_precise_as_the_source():
    assert date_words("2031-05-10") == "10 May 2031"
    assert date_words("2031-05") == "May 2031"
    assert date_words("2031") == "2031"
    assert date_words(None) == "—"


def test_header_without_dates_or_marking():
    facts = Facts(as_of="2031-05-14", articles=[ARTICLES[4]])
    h = build_brief(facts, make_config(marking=None)).header
    assert h.period == "not stated"
    assert h.marking is None
    assert "1 news source." in h.generated_with


# -- casualties ------------------------------------------------------------------


def test_casualty_rows(brief):
    rows = {(r.party, r.kind, r.figure): r for r in brief.casualties}
    assert set(rows) == {
        ("Civilians", "killed", "12"),
        ("Kestria", "killed", "30–35"),
        ("Valdoria", "wounded", "more than 50"),
        ("Northern Front", "killed", "dozens"),
        ("Civilians", "displaced", "about 4,000"),
    }
    kestria = rows[("Kestria", "killed", "30–35")]
    assert kestria.claimant == "Valdoria"
    assert kestria.date == "11 May 2031"
    assert kestria.place == "—"
    assert rows[("Civilians", "displaced", "about 4,000")].claimant == "Esk Relief Council"
    assert rows[("Civilians", "displaced", "about 4,000")].date == "May 2031"
    assert rows[("Civilians", "killed", "12")].claimant == "not stated"
    assert rows[("Valdoria", "wounded", "more than 50")].date == "—"


def test_identical_claims_from_two_sources_are_one_row_citing_both(brief):
    marren = [r for r in brief.casualties if r.place == "Marren"]
    assert len(marren) == 1
    assert [c.n for c in marren[0].cites] == [1, 2]
    assert "killed 12 civilians in Marren" in marren[0].cites[0].sentence


def test_figure_words():
    sentence = ev("a1", "At least 40 people were killed.")
    assert figure_words(Casualty("civilians", "killed", None, sentence, low=40)) == "at least 40"
    assert figure_words(Casualty("civilians", "killed", None, sentence, high=9)) == "up to 9"
    vague = ev("a1", "Hundreds of thousands have fled.")
    assert figure_words(Casualty("civilians", "displaced", None, vague, approximate=True)) == (
        "hundreds of thousands"
    )
    bare = ev("a1", "People were killed.")
    assert figure_words(Casualty("civilians", "killed", None, bare)) == "number not stated"


# -- positions ------------------------------------------------------------------


def test_positions_per_configured_actor_then_unattributed(brief):
    assert [p.actor for p in brief.positions] == [
        "Valdoria",
        "Kestria",
        "Northern Front",
        "Unattributed",
    ]
    valdoria, kestria, front, unknown = brief.positions
    assert valdoria.statements[0].speaker == "Ilse Marek"
    assert valdoria.statements[0].text == "“We will not negotiate while our towns are under fire”"
    assert front.statements == ()
    # paraphrases are not put in quotation marks
    reyn = next(s for s in kestria.statements if s.speaker == "Tomas Reyn")
    assert reyn.text.startswith("the corridor")
    assert unknown.statements[0].cites[0].n == 3


# -- diplomacy, ground ------------------------------------------------------------


def test_diplomatic_steps(brief):
    rows = {r.type: r for r in brief.diplomacy}
    assert rows["Agreement"].participants == "Valdoria and Kestria"
    assert rows["Agreement"].status == "concluded"
    assert rows["Agreement"].place == "Halden"
    assert rows["Talks"].participants == "Valdoria, Kestria and United Nations"
    assert rows["Phone call"].participants == "Kestria and Ostmark"  # plain names as given
    assert rows["Meeting"].status == "not planned"
    assert rows["Meeting"].date == "—"


def test_ground(brief):
    assert [(r.actor, r.action, r.place, r.date) for r in brief.ground] == [
        ("Kestria", "shelled", "Marren", "10 May 2031"),
        ("Northern Front", "captured", "Tolvik bridge", "13 May 2031"),
        ("Valdoria", "withdrew", "the south bank", "—"),  # undated last
    ]


# -- key developments, timeline, sources -------------------------------------------


def test_key_developments_rule(brief):
    texts = [d.text for d in brief.key_developments]
    assert 3 <= len(texts) <= 7
    # 1. the largest figures, killed first
    assert texts[0] == "Kestria: 30–35 killed on 11 May 2031, according to Valdoria."
    assert texts[1] == "Northern Front: dozens killed in Tolvik on 12 May 2031."
    # 2. diplomacy that happened, agreements first
    assert texts[2] == "Valdoria and Kestria: agreement concluded in Halden on 12 May 2031."
    assert "Kestria and Ostmark: phone call held." in texts
    # 3. the most recent ground events
    assert "Northern Front captured Tolvik bridge on 13 May 2031." in texts
    assert all(d.cites for d in brief.key_developments)


def test_key_developments_fall_back_to_statements():
    facts = Facts(as_of="2031-05-14", articles=ARTICLES[:2], statements=STATEMENTS[:2])
    brief = build_brief(facts, make_config())
    assert len(brief.key_developments) == 2
    assert brief.key_developments[0].text.startswith("Tomas Reyn (Kestria): the corridor")


def test_timeline_holds_only_dated_facts_in_order(brief):
    dates = [e.date_iso for e in brief.timeline]
    assert dates == sorted(dates)
    assert "2031-05" in dates  # a partial date stays partial
    assert all(e.cites for e in brief.timeline)
    assert not any("withdrew" in e.text for e in brief.timeline)  # undated: not invented
    # the date column says when; the text does not repeat it
    assert ("10 May 2031", "Ground", "Kestria shelled Marren.") in [
        (e.date, e.category, e.text) for e in brief.timeline
    ]
    assert brief.undated == 6


def test_sources(brief):
    assert [s.n for s in brief.sources] == [1, 2, 3, 4, 5]
    corridor = brief.sources[1]
    assert corridor.outlets == "Esk Daily, Wire24"
    assert corridor.published == "12 May 2031"
    assert corridor.file == "002_daily.txt"
    assert corridor.duplicates == 1
    assert corridor.href == corridor.url
    assert brief.sources[4].published == "date not stated"
    assert brief.sources[4].href is None  # a javascript: URL is shown, never linked
    assert brief.skipped == ("news/broken.pdf: not a readable PDF",)


def test_every_row_cites_a_source(brief):
    rows = [
        *brief.key_developments,
        *brief.casualties,
        *brief.diplomacy,
        *brief.ground,
        *brief.timeline,
        *(s for p in brief.positions for s in p.statements),
    ]
    assert rows and all(r.cites and all(1 <= c.n <= 5 for c in r.cites) for r in rows)


def test_empty_facts():
    brief = build_brief(Facts(as_of="2031-05-14", articles=ARTICLES[:1]), make_config())
    assert brief.key_developments == brief.casualties == brief.timeline == ()
    assert [p.statements for p in brief.positions] == [(), (), ()]
