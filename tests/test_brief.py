"""The view model: Findings -> Brief. Names, figures, status histories, citations.

The facts and the findings are hand-built about a fictional conflict (Valdoria,
Kestria and the Northern Front), so these tests need neither the extractor nor
the analysis, nor any real article. ``sample_findings()`` is what analysis
could make of ``sample_facts()``; test_render and test_golden use both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from briefings.analysis.model import (
    Claim,
    Event,
    Findings,
    GroundItem,
    KeyDevelopment,
    LedgerRow,
    Position,
    PositionStatement,
    Score,
    StatusReport,
    Tally,
    TimelineItem,
)
from briefings.brief import build_brief
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
from briefings.render.chart import casualty_chart
from briefings.wording import date_words, excerpt, period_words, short_date, tally_words


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


# -- what analysis makes of them ------------------------------------------------

MARREN_A1 = CASUALTIES[0].evidence
MARREN_A2 = CASUALTIES[5].evidence
MAYOR = ev("a4", "The mayor of Marren said 14 people died in Saturday's shelling.")
TOLL_11 = ev(
    "a2", "At least 40 civilians have been killed since the fighting began, the council said."
)
TOLL_13 = ev("a4", "The council said on Tuesday the civilian death toll had risen to 52.")
DEAL = DIPLOMACY[0].evidence
DEAL_PROPOSED = ev("a1", "Valdoria proposed a corridor agreement on Saturday.")
GENEVA = DIPLOMACY[1].evidence
GENEVA_DENIED = ev("a2", "Marek said no talks in Geneva were planned.")
GENEVA_PROPOSED = ev("a1", "The UN proposed talks in Halden.")


def report(status, reported, reporter, evidence, side=None, date=None, location=None):
    return StatusReport(status, reported, reporter, side, date, location, (evidence,))


def score(total: float) -> Score:
    return Score(recency=1.0, sources=0.5, size=0.0, status_change=1.0, agreement=0.0, total=total)


EVENTS = (
    Event(
        id="e1",
        type="agreement",
        participants=("valdoria", "kestria"),
        name="Halden corridor agreement",
        date="2031-05-12",
        location="Halden",
        status="concluded",
        disputed=(),
        history=(
            report("concluded", "2031-05-12", "Esk Daily", DEAL, location="Halden"),
            report("proposed", "2031-05-10", "valdoria", DEAL_PROPOSED, side="valdoria"),
        ),
        mentions=(DEAL_PROPOSED, DEAL),
        n_sources=2,
    ),
    Event(
        id="e2",
        type="talks",
        participants=("valdoria", "kestria", "United Nations"),
        name=None,
        date="2031-05-16",
        location="Geneva",
        status="planned",
        disputed=(report("not_planned", "2031-05-12", "Ilse Marek", GENEVA_DENIED, "valdoria"),),
        history=(
            report("planned", "2031-05-12", "Esk Daily", GENEVA, location="Geneva"),
            report("not_planned", "2031-05-12", "Ilse Marek", GENEVA_DENIED, "valdoria"),
            report("proposed", "2031-05-10", "United Nations", GENEVA_PROPOSED, location="Halden"),
        ),
        mentions=(GENEVA_PROPOSED, GENEVA, GENEVA_DENIED),
        n_sources=2,
    ),
    Event(
        id="e3",
        type="call",
        participants=("kestria", "Ostmark"),
        name=None,
        date=None,
        location=None,
        status="held",
        disputed=(),
        history=(report("held", "2031-05-10", "Tomas Reyn", DIPLOMACY[2].evidence, "kestria"),),
        mentions=(DIPLOMACY[2].evidence,),
        n_sources=1,
    ),
    Event(
        id="e4",
        type="meeting",
        participants=("valdoria", "front"),
        name=None,
        date=None,
        location=None,
        status="not_planned",
        disputed=(),
        history=(report("not_planned", "2031-05-13", "valdoria", DIPLOMACY[3].evidence),),
        mentions=(DIPLOMACY[3].evidence,),
        n_sources=1,
    ),
)


def claim(figure, claimant, evidence, outlets, reported, count=None, low=None, high=None):
    return Claim(
        figure=figure,
        count=count,
        low=low,
        high=high,
        approximate=figure.startswith(("about", "dozens")),
        claimant=claimant,
        outlets=outlets,
        reported=reported,
        evidence=tuple(evidence),
        n_sources=len(set(outlets)) or 1,
    )


LEDGER = (
    LedgerRow(
        id="c1",
        party="civilians",
        kind="killed",
        date="2031-05-10",
        location="Marren",
        cumulative=False,
        claims=(
            claim("12", None, [MARREN_A1, MARREN_A2], ("Northwire", "Esk Daily"), "2031-05-10", 12),
            claim("14", "Marren mayor", [MAYOR], ("Relief Agency Bulletin",), "2031-05-13", 14),
        ),
    ),
    LedgerRow(
        id="c2",
        party="kestria",
        kind="killed",
        date="2031-05-11",
        location=None,
        cumulative=False,
        claims=(
            claim(
                "30–35",
                "valdoria",
                [CASUALTIES[1].evidence],
                ("Northwire",),
                "2031-05-10",
                low=30,
                high=35,
            ),
        ),  # fmt: skip
    ),
    LedgerRow(
        id="c3",
        party="valdoria",
        kind="wounded",
        date=None,
        location=None,
        cumulative=False,
        claims=(
            claim(
                "more than 50",
                "front",
                [CASUALTIES[2].evidence],
                ("Radio Esk",),
                "2031-05-13",
                low=50,
            ),
        ),  # fmt: skip
    ),
    LedgerRow(
        id="c4",
        party="front",
        kind="killed",
        date="2031-05-12",
        location="Tolvik",
        cumulative=False,
        claims=(claim("dozens", None, [CASUALTIES[3].evidence], ("Radio Esk",), "2031-05-13"),),
    ),
    LedgerRow(
        id="c5",
        party="civilians",
        kind="displaced",
        date="2031-05",
        location="Esk river",
        cumulative=True,
        claims=(
            claim(
                "about 4,000",
                "Esk Relief Council",
                [CASUALTIES[4].evidence],
                ("Relief Agency Bulletin",),
                "2031-05-13",
                count=4000,
            ),
        ),  # fmt: skip
    ),
    LedgerRow(
        id="c6",
        party="civilians",
        kind="killed",
        date=None,
        location=None,
        cumulative=True,
        claims=(
            claim(
                "at least 40", "Esk Relief Council", [TOLL_11], ("Esk Daily",), "2031-05-12", low=40
            ),
            claim(
                "52",
                "Esk Relief Council",
                [TOLL_13],
                ("Relief Agency Bulletin",),
                "2031-05-13",
                count=52,
            ),
        ),  # fmt: skip
    ),
)

TALLIES = (
    Tally("civilians", "killed", 40, 52, 12, 4, ("c1", "c6"), (TOLL_11, TOLL_13)),
    Tally("kestria", "killed", 30, 35, 30, 1, ("c2",), (CASUALTIES[1].evidence,)),
    Tally("valdoria", "wounded", 50, 50, 50, 1, ("c3",), (CASUALTIES[2].evidence,)),
    Tally("civilians", "displaced", 4000, 4000, 4000, 1, ("c5",), (CASUALTIES[4].evidence,)),
)


def said(statement, theme, n_sources=1, id=""):
    return PositionStatement(
        actor=statement.actor,
        speaker=statement.speaker,
        text=statement.text,
        quote=statement.quote,
        theme=theme,
        date=statement.date,
        strength=1.0,
        evidence=(statement.evidence,),
        n_sources=n_sources,
        id=id,
    )


POSITIONS = (
    Position("unknown", (("says", (said(STATEMENTS[3], "says", id="s4"),)),)),
    Position(
        "kestria",
        (
            ("commits", (said(STATEMENTS[1], "commits", id="s2"),)),
            ("denies", (said(STATEMENTS[2], "denies", id="s3"),)),
        ),
    ),
    Position("valdoria", (("demands", (said(STATEMENTS[0], "demands", 2, id="s1"),)),)),
)

GROUND_ITEMS = (
    GroundItem("g1", "kestria", "shelled", "Marren", "2031-05-10", (GROUND[0].evidence,), 1),
    GroundItem("g2", "front", "captured", "Tolvik bridge", "2031-05-13", (GROUND[1].evidence,), 1),
    GroundItem("g3", "valdoria", "withdrew", "the south bank", None, (GROUND[2].evidence,), 1),
)

TIMELINE = (
    TimelineItem("2031-05", "Casualties", "c5", LEDGER[4].evidence),
    TimelineItem("2031-05-10", "Casualties", "c1", LEDGER[0].evidence),
    TimelineItem("2031-05-10", "Ground", "g1", GROUND_ITEMS[0].evidence),
    TimelineItem("2031-05-10", "Statement", "s1", (STATEMENTS[0].evidence,)),
    TimelineItem("2031-05-11", "Casualties", "c2", LEDGER[1].evidence),
    TimelineItem("2031-05-12", "Diplomacy", "e1", EVENTS[0].mentions),
    TimelineItem("2031-05-12", "Casualties", "c4", LEDGER[3].evidence),
    TimelineItem("2031-05-12", "Statement", "s2", (STATEMENTS[1].evidence,)),
    TimelineItem("2031-05-13", "Ground", "g2", GROUND_ITEMS[1].evidence),
    TimelineItem("2031-05-16", "Diplomacy", "e2", EVENTS[1].mentions),
)
UNDATED = (
    TimelineItem(None, "Diplomacy", "e3", EVENTS[2].mentions),
    TimelineItem(None, "Diplomacy", "e4", EVENTS[3].mentions),
    TimelineItem(None, "Casualties", "c3", LEDGER[2].evidence),
    TimelineItem(None, "Casualties", "c6", LEDGER[5].evidence),
    TimelineItem(None, "Ground", "g3", GROUND_ITEMS[2].evidence),
    TimelineItem(None, "Statement", "s3", (STATEMENTS[2].evidence,)),
    TimelineItem(None, "Statement", "s4", (STATEMENTS[3].evidence,)),
)

KEY = (
    KeyDevelopment("event", "e1", "2031-05-12", score(6.5), 2, False, EVENTS[0].mentions),
    KeyDevelopment("ledger", "c6", None, score(5.0), 1, True, (TOLL_13,)),
    KeyDevelopment("ground", "g2", "2031-05-13", score(4.0), 1, True, GROUND_ITEMS[1].evidence),
)


def sample_findings() -> Findings:
    return Findings(
        as_of="2031-05-14",
        events=EVENTS,
        ledger=LEDGER,
        tallies=TALLIES,
        positions=POSITIONS,
        ground=GROUND_ITEMS,
        timeline=TIMELINE,
        undated=UNDATED,
        key_developments=KEY,
    )


def sample_brief(**config):
    return build_brief(sample_facts(), make_config(**config), sample_findings())


def empty_findings(as_of: str = "2031-05-14") -> Findings:
    return Findings(as_of, (), (), (), (), (), (), (), ())


@pytest.fixture
def brief():
    return sample_brief()


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
    assert short_date("2020-03-04", 2020) == "4 Mar"
    assert short_date("2019-12-30", 2020) == "30 Dec 2019"
    assert short_date("2020-03", 2020) == "Mar 2020"


def test_header_without_dates_or_marking():
    facts = Facts(as_of="2031-05-14", articles=[ARTICLES[4]])
    h = build_brief(facts, make_config(marking=None), empty_findings()).header
    assert h.period == "not stated"
    assert h.marking is None
    assert "1 news source." in h.generated_with


def test_findings_default_to_the_analysis(monkeypatch):
    """Without findings, build_brief asks briefings.analysis for them."""
    import briefings.analysis

    seen = []
    monkeypatch.setattr(
        briefings.analysis, "analyze", lambda facts, config: seen.append(facts) or sample_findings()
    )
    facts = sample_facts()
    assert build_brief(facts, make_config()) == build_brief(facts, make_config(), sample_findings())
    assert seen == [facts]


# -- key figures ------------------------------------------------------------------


def test_key_figures_are_ranges_per_party_killed_and_displaced(brief):
    strip = {p.party: {f.kind: f for f in p.figures} for p in brief.key_figures}
    assert list(strip) == ["Kestria", "Civilians"]  # configured actors first; no wounded
    assert strip["Kestria"]["killed"].figure == "30–35"
    assert strip["Civilians"]["killed"].figure == "at least 40 to 52"  # as the claims say
    assert strip["Civilians"]["killed"].n_claims == 4
    assert [c.n for c in strip["Civilians"]["killed"].cites] == [2, 4]
    assert strip["Civilians"]["displaced"].figure == "about 4,000"  # never more precise


def test_tally_words_keep_the_claims_wording():
    more = claim("more than 50", "x", [], (), None, low=50)
    assert tally_words(50, 50, [more]) == "more than 50"
    exact = claim("33", "x", [], (), None, count=33)
    other = claim("34", "y", [], (), None, count=34)
    assert tally_words(33, 34, [exact, other]) == "33–34"
    assert tally_words(33, 50, [exact, more]) == "33 to more than 50"
    span = claim("30–35", "x", [], (), None, low=30, high=35)
    assert tally_words(30, 35, [span]) == "30–35"


# -- key developments -------------------------------------------------------------


def test_key_developments_keep_order_flags_and_reasons(brief):
    kd = brief.key_developments
    assert [d.text for d in kd] == [
        # the place is in the agreement's name, so it is not said twice
        "Valdoria and Kestria concluded the Halden corridor agreement on 12 May 2031.",
        # a running total gives its latest figure; the template shows the source count
        "Civilians: 52 killed so far, according to Esk Relief Council.",
        "Northern Front captured Tolvik bridge on 13 May 2031.",
    ]
    assert [d.single_source for d in kd] == [False, True, True]
    assert [d.sources for d in kd] == ["2 sources", "single source", "single source"]
    assert kd[0].why.startswith("score 6.50 = recency 1.00")
    assert [c.n for c in kd[0].cites] == [1, 2]


# -- positions ------------------------------------------------------------------


def test_positions_by_actor_and_theme(brief):
    assert [p.actor for p in brief.positions] == ["Valdoria", "Kestria", "Side not stated"]
    valdoria, kestria, unknown = brief.positions
    assert [t.name for t in valdoria.themes] == ["Demands"]
    marek = valdoria.themes[0].statements[0]
    assert marek.speaker == "Ilse Marek"
    assert marek.text == "“We will not negotiate while our towns are under fire”"
    assert marek.n_sources == 2
    assert [t.name for t in kestria.themes] == ["Denies", "Commits"]  # THEMES order
    reyn = kestria.themes[1].statements[0]
    assert reyn.text.startswith("the corridor")  # paraphrases get no quotation marks
    assert unknown.themes[0].statements[0].cites[0].n == 3


SEVEN_POINTS = (
    "the harbour of Marren will reopen next week",
    "grain convoys need safe passage through the valley",
    "our delegation arrives in Geneva on Friday",
    "prisoners should be exchanged before winter",
    "the border crossing at Tolvik stays closed",
    "new elections are planned for the autumn",
    "reporters may visit the front with an escort",
)


def _says(*texts: str, strength: float = 1.0) -> tuple[PositionStatement, ...]:
    return tuple(
        replace(said(STATEMENTS[0], "says"), text=t, strength=strength - i / 10, id=f"s{i}")
        for i, t in enumerate(texts)
    )


def test_positions_show_the_strongest_few_and_count_the_rest():
    many = _says(*SEVEN_POINTS)
    findings = replace(sample_findings(), positions=(Position("valdoria", (("says", many),)),))
    theme = build_brief(sample_facts(), make_config(), findings).positions[0].themes[0]
    assert (len(theme.statements), theme.more) == (3, 4)  # MAX_PER_THEME, then counted
    assert [s.text for s in theme.statements] == ["“" + t + "”" for t in SEVEN_POINTS[:3]]


def test_positions_leave_out_a_weaker_rewording_of_a_point_already_shown():
    statements = (
        *_says(
            "the army has never used chemical weapons and never will",
            "chemical weapons were never used by the army",  # the same denial, reworded
            "the corridor will open once the shelling stops",
        ),
    )
    denies = tuple(replace(s, theme="denies") for s in statements)
    findings = replace(sample_findings(), positions=(Position("valdoria", (("denies", denies),)),))
    (theme,) = build_brief(sample_facts(), make_config(), findings).positions[0].themes
    assert [s.text.strip("“”") for s in theme.statements] == [
        "the army has never used chemical weapons and never will",
        "the corridor will open once the shelling stops",
    ]
    assert theme.more == 1


# -- diplomacy ------------------------------------------------------------------


def test_status_history_reads_latest_first_with_who_and_when(brief):
    rows = {r.step: r for r in brief.diplomacy}
    talks = rows["Talks"]
    assert talks.status == "planned"
    assert [line.text for line in talks.current] == ["planned, Geneva (Esk Daily, 12 May)"]
    assert [line.text for line in talks.disputed] == ["not planned (Ilse Marek, 12 May)"]
    assert [line.text for line in talks.earlier] == ["proposed, Halden (United Nations, 10 May)"]
    assert [c.n for c in talks.disputed[0].cites] == [2]
    assert talks.participants == "Valdoria, Kestria and United Nations"
    deal = rows["Agreement"]
    assert deal.name == "Halden corridor agreement"
    assert [line.text for line in deal.earlier] == ["proposed (Valdoria, 10 May)"]
    assert deal.n_sources == 2 and [c.n for c in deal.cites] == [1, 2]


def test_one_source_undated_contacts_are_listed_on_one_line_each(brief):
    """The call and the ruled-out meeting have one source and no date: no full rows."""
    assert [r.step for r in brief.diplomacy] == ["Agreement", "Talks"]
    assert [(c.text, [n.n for n in c.cites]) for c in brief.other_contacts] == [
        ("Kestria and Ostmark: phone call, held", [1]),  # plain names as given
        ("Valdoria and Northern Front: meeting, not planned", [3]),
    ]


def test_diplomatic_steps_in_date_order_undated_last():
    undated = replace(EVENTS[1], id="e5", date=None, disputed=(), n_sources=1)
    findings = replace(sample_findings(), events=(undated, *EVENTS))
    rows = build_brief(sample_facts(), make_config(), findings).diplomacy
    assert [(r.step, r.date) for r in rows] == [
        ("Agreement", "12 May 2031"),
        ("Talks", "16 May 2031"),
        ("Talks", "—"),  # undated talks are no minor contact: a row of their own
    ]


def test_coming_up_lists_planned_steps_after_the_as_of_date(brief):
    assert [(c.date, c.text) for c in brief.coming_up] == [
        (
            "16 May 2031",
            "Talks: Valdoria, Kestria and United Nations, in Geneva "
            "(planned; also reported not planned)",
        )
    ]
    assert [c.n for c in brief.coming_up[0].cites] == [2]
    # a plan whose day has passed is not coming up
    past = sample_brief(date=dt.date(2031, 5, 17))
    assert past.coming_up == ()


# -- casualties -------------------------------------------------------------------


def test_ledger_puts_claims_side_by_side(brief):
    rows = {(r.party, r.kind, r.cumulative, r.place): r for r in brief.casualties}
    marren = rows[("Civilians", "killed", False, "Marren")]
    assert [(c.figure, c.claimant, c.n_sources) for c in marren.claims] == [
        ("12", "reported by Northwire and Esk Daily", 2),
        ("14", "Marren mayor", 1),
    ]
    assert [c.n for c in marren.claims[0].cites] == [1, 2]
    assert marren.date == "10 May 2031"
    toll = rows[("Civilians", "killed", True, "—")]
    assert [c.figure for c in toll.claims] == ["at least 40", "52"]
    assert rows[("Kestria", "killed", False, "—")].claims[0].claimant == "Valdoria"
    assert rows[("Civilians", "displaced", True, "Esk river")].date == "May 2031"
    # configured actors first, then civilians, then anyone else
    assert [r.party for r in brief.casualties] == [
        "Kestria", "Northern Front", "Civilians", "Civilians", "Civilians",
    ]  # fmt: skip
    # one claim, one source, neither date nor place: a line, not a row of dashes
    (wounded,) = brief.casualty_digest
    assert (wounded.party, wounded.kind, wounded.text) == (
        "Valdoria",
        "wounded",
        "more than 50 (Northern Front)",
    )
    assert [c.n for c in wounded.cites] == [3]


def test_chart_plots_dated_killed_claims_and_joins_running_totals_only(brief):
    chart = brief.chart
    assert chart.n_points == 5  # 12, 14, 30–35 (as 35), 40, 52; dozens has no number
    assert chart.svg == ""  # the view model gives points; render draws them
    assert [p.line for p in chart.points].count("c6") == 2
    svg = str(casualty_chart(chart.points, title=chart.title))
    assert svg.startswith("<svg") and "<desc" in svg
    assert "Civilians: 12 killed on 10 May 2031 (claimant not stated);" in svg
    assert (
        "at least 40 killed (running total) on 12 May 2031 (claimed by Esk Relief Council)" in svg
    )
    assert "Kestria: 30–35 killed on 10 May 2031 (claimed by Valdoria)" in svg  # as claimed
    assert svg.count('stroke-linejoin="round"') == 1  # one running total, one line


# -- ground, timeline, sources ------------------------------------------------------


def test_ground_most_recent_first_undated_last(brief):
    assert [(r.text, r.date) for r in brief.ground] == [
        ("Northern Front captured Tolvik bridge.", "13 May 2031"),
        ("Kestria shelled Marren.", "10 May 2031"),
        ("Valdoria withdrew from the south bank.", "—"),
    ]


def test_ground_rows_show_their_sentence_once(brief):
    assert brief.ground[0].excerpt == GROUND[1].evidence.sentence
    same = GROUND_ITEMS[0].evidence
    two = GroundItem("g9", "front", "attacked", None, "2031-05-10", same, 1)
    findings = replace(sample_findings(), ground=(GROUND_ITEMS[0], two))
    rows = build_brief(sample_facts(), make_config(), findings).ground
    assert [r.text for r in rows] == ["Kestria shelled Marren · Northern Front attacked."]
    assert rows[0].excerpt == same[0].sentence


def test_excerpt_cuts_long_sentences_at_a_word():
    long = "word " * 100
    cut = excerpt(long, limit=50)
    assert cut.endswith(" …") and len(cut) <= 52 and "wor …" not in cut


def test_timeline_composes_each_finding_without_repeating_the_date(brief):
    texts = [(e.date, e.category, e.text) for e in brief.timeline]
    # The same sentences as everywhere else in the brief, without the date.
    assert texts[0] == (
        "May 2031",
        "Casualties",
        "Civilians: about 4,000 displaced so far in Esk river, according to Esk Relief Council.",
    )
    assert (
        "10 May 2031",
        "Casualties",
        "Civilians: 12–14 killed in Marren; claims differ: 12 (reported by Northwire and Esk "
        "Daily), 14 (Marren mayor).",
    ) in texts
    assert ("10 May 2031", "Ground", "Kestria shelled Marren.") in texts
    assert (
        "12 May 2031",
        "Diplomacy",
        "Valdoria and Kestria concluded the Halden corridor agreement.",
    ) in texts
    assert (
        "10 May 2031",
        "Statement",
        "Ilse Marek (Valdoria): “We will not negotiate while our towns are under fire”",
    ) in texts
    assert [e.date_iso for e in brief.timeline] == sorted(e.date_iso for e in brief.timeline)
    # undated findings stay in their sections; the timeline counts them
    assert brief.n_undated == 7


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


def test_every_line_cites_a_source(brief):
    lines = [
        *brief.key_developments,
        *(f for p in brief.key_figures for f in p.figures),
        *(s for p in brief.positions for t in p.themes for s in t.statements),
        *brief.diplomacy,
        *(line for r in brief.diplomacy for line in (*r.current, *r.disputed, *r.earlier)),
        *brief.coming_up,
        *brief.other_contacts,
        *brief.ground,
        *brief.ground_digest,
        *brief.casualty_digest,
        *brief.casualties,
        *(c for r in brief.casualties for c in r.claims),
        *brief.timeline,
    ]
    assert lines and all(x.cites and all(1 <= c.n <= 5 for c in x.cites) for x in lines)


def test_evidence_from_an_unknown_article_is_not_given_a_number():
    facts = sample_facts()
    facts.articles = facts.articles[:2]  # a3..a5 gone
    brief = build_brief(facts, make_config(), sample_findings())
    assert all(c.n in (1, 2) for r in brief.timeline for c in r.cites)


def test_empty_findings():
    brief = build_brief(
        Facts(as_of="2031-05-14", articles=ARTICLES[:1]), make_config(), empty_findings()
    )
    assert brief.key_developments == brief.casualties == brief.timeline == ()
    assert brief.positions == brief.key_figures == brief.coming_up == ()
    assert brief.chart.svg == "" and brief.chart.n_points == 0
