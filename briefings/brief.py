"""The view model: Findings + Config -> Brief, the only thing the templates see.

Analysis (``briefings/analysis``) decides what the articles add up to: merged
events with their status history, the casualty ledger with claims side by
side, tallies, positions by theme, the timeline and the key developments.
This module arranges that for reading: what goes in each section and in what
order, what the key-figures strip shows, which points the chart plots, what
a long brief folds into short lists. The words themselves (actor names,
dates, each finding's sentence) come from ``briefings/wording.py``, the one
place a finding is worded. Templates stay dumb, so an override template
cannot get a figure or a citation wrong; ``render/`` draws the chart from the
plain points given here.

Every line carries the source numbers it rests on (``Cite``: the number of
the article in the Sources list and the sentence the fact came from), so a
reader can check any line against its source.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import PurePath
from typing import TYPE_CHECKING

from markupsafe import Markup

from briefings import __version__
from briefings.analysis.model import (
    THEMES,
    Claim,
    Event,
    Findings,
    GroundItem,
    LedgerRow,
    PositionStatement,
    StatusReport,
    TimelineItem,
)
from briefings.condense import (
    claims_shown,
    contacts_listed,
    events_ranked,
    ground_shown,
    latest_first,
    ledger_listed,
    ledger_ranked,
    statements_shown,
    timeline_shown,
)
from briefings.config import Config, Limits
from briefings.models import CIVILIANS, UNKNOWN, Article, Evidence, Facts
from briefings.wording import (
    DASH,
    NOT_STATED,
    Namer,
    Sentences,
    and_,
    appendix_words,
    chart_left_out_words,
    claim_words,
    claimant_words,
    coming_up_words,
    contact_words,
    count,
    date_words,
    earlier_reports_words,
    excerpt,
    ground_digest_words,
    ground_sentence,
    last_day,
    left_out_words,
    more_claims_words,
    parts,
    period_words,
    quoted,
    reached_at_words,
    row_party,
    short_date,
    since_words,
    sources_words,
    status_detail,
    status_words,
    step_words,
    tally_words,
)
from briefings.wording import namer as _namer

if TYPE_CHECKING:  # changes.py words its lines with briefings.wording
    from briefings.changes import Changes

#: The kinds the key-figures strip shows, in this order.
STRIP_KINDS = ("killed", "displaced")
KIND_ORDER = ("killed", "wounded", "missing", "captured", "displaced")
#: A statement longer than this is shown cut at a word, with an ellipsis (its source
#: sentence is one click away): some sources paraphrase a whole paragraph.
MAX_STATEMENT_CHARS = 200
#: The kind the chart draws (figures of other kinds are orders of magnitude apart).
CHART_KIND = "killed"

Citer = Callable[[Iterable[Evidence]], tuple["Cite", ...]]

# -- the records the templates see ---------------------------------------------


@dataclass(frozen=True)
class Cite:
    """One citation: the source number and the sentence the fact came from."""

    n: int
    sentence: str
    #: Citations of the same line not shown after this one (output.limits.cites).
    more: int = 0
    #: The file whose Sources list has this source, when this one's does not: the
    #: data appendix ("brief-2024-05-10-data.html"); "" for this document.
    where: str = ""


@dataclass(frozen=True)
class Header:
    title: str
    as_of: str  # "4 March 2020"
    as_of_iso: str
    period: str  # "11 February – 4 March 2020", or "not stated"
    n_sources: int
    marking: str | None
    generated_with: str


@dataclass(frozen=True)
class KeyFigure:
    """One figure of the key-figures strip: the range of the claims for one party and kind."""

    kind: str  # "killed", "displaced"
    figure: str  # "33–36", or "33" when every claim agrees
    n_claims: int
    cites: tuple[Cite, ...]  # the claims giving the lower and the upper figure


@dataclass(frozen=True)
class PartyFigures:
    party: str
    figures: tuple[KeyFigure, ...]  # in STRIP_KINDS order; kinds nobody reports are left out


@dataclass(frozen=True)
class Development:
    """A key development: one sentence worded from its finding, with its citations."""

    text: str  # "Russia and Turkey met in Moscow on 5 March 2020 and reached an agreement."
    date: str  # in words, or "" when undated
    single_source: bool  # fewer than two independent sources
    n_sources: int
    sources: str  # "12 sources", "single source"
    why: str  # how it was ranked: Score.explain()
    cites: tuple[Cite, ...]


@dataclass(frozen=True)
class PositionLine:
    speaker: str  # a name, or "" when the article names no one
    text: str  # already in quotation marks when it is a verbatim quote
    quote: bool
    date: str  # in words, or ""
    n_sources: int
    cites: tuple[Cite, ...]


@dataclass(frozen=True)
class Theme:
    name: str  # "Demands", "Accuses", ...
    statements: tuple[PositionLine, ...]  # strongest first, none repeating another
    more: int  # statements of this theme not shown: rewordings of these, or weaker


@dataclass(frozen=True)
class Position:
    actor: str
    themes: tuple[Theme, ...]  # in THEMES order; themes with nothing shown left out
    #: Statements of the themes left out (each theme shown counts its own in ``more``).
    more: int = 0
    #: A side of the config; others (third countries, agencies) are shown more briefly.
    side: bool = True


@dataclass(frozen=True)
class StatusLine:
    """One report of a step's status: 'planned' + ', Moscow (Kremlin, 4 Mar)'."""

    status: str  # "planned", "not planned"
    detail: str  # ", Moscow (Kremlin, 4 Mar)": place, date if it differs, who said so, when
    cites: tuple[Cite, ...]

    @property
    def text(self) -> str:
        return self.status + self.detail


@dataclass(frozen=True)
class EventRow:
    """One diplomatic step with its status history, latest report first."""

    step: str  # "Talks", "Phone call"
    name: str  # "Sochi memorandum", or ""
    participants: str  # "Russia and Turkey", or "not stated"
    date: str  # in words, or "—"
    place: str  # or "—"
    status: str  # the latest status, or "" when the sources only refer to the step
    current: tuple[StatusLine, ...]  # the latest day's reports of that status
    disputed: tuple[StatusLine, ...]  # other statuses reported on that day: shown, not resolved
    earlier: tuple[StatusLine, ...]  # earlier reports, latest first; undated last
    n_sources: int
    cites: tuple[Cite, ...]  # every sentence that mentions the step
    #: An agreement reached at a meeting: "reached at the meeting in Moscow, 5 March 2020".
    reached_at: str = ""
    #: "and 4 earlier reports", when some are not shown (output.limits.reports).
    earlier_more: str = ""


@dataclass(frozen=True)
class Contact:
    """A minor contact on one line: a call, meeting or visit with one source and no date."""

    text: str  # "Kestria and Ostmark: phone call, held"
    cites: tuple[Cite, ...]


@dataclass(frozen=True)
class ComingUp:
    """A planned or proposed step dated on or after the as-of date."""

    date: str
    text: str  # "Russia and Turkey: talks, Moscow (planned)"
    cites: tuple[Cite, ...]


@dataclass(frozen=True)
class ClaimLine:
    figure: str  # "33", "30–35", "more than 50", "dozens"
    claimant: str  # "Hatay governor", or "reported by Reuters"
    n_sources: int  # corroboration: independent sources giving this figure
    cites: tuple[Cite, ...]


@dataclass(frozen=True)
class LedgerLine:
    """One incident, party and kind; the claims side by side, lowest first, never averaged."""

    party: str
    kind: str
    cumulative: bool  # a running tally, not one incident
    date: str  # the incident date in words, or "—"
    place: str  # or "—"
    claims: tuple[ClaimLine, ...]
    cites: tuple[Cite, ...]  # every claim's citations together
    #: Claims not shown (output.limits.claims): they are in the data appendix.
    more_claims: str = ""


@dataclass(frozen=True)
class CasualtyDigest:
    """One party and kind's claims that have no row of their own, on one line."""

    party: str
    kind: str
    text: str  # "more than 50 (Northern Front); 4 (reported by Radio Esk, Tolvik, 12 May 2031)"
    n_claims: int
    cites: tuple[Cite, ...]
    #: "and 380 more claims in the full data", when the line is cut.
    more: str = ""


@dataclass(frozen=True)
class GroundRow:
    text: str  # "Kerrin Liberation Front captured Zarek."
    #: The source sentence, shortened: "Turkey struck." alone tells a reader little.
    excerpt: str
    actor: str
    action: str
    place: str
    date: str
    n_sources: int
    cites: tuple[Cite, ...]


@dataclass(frozen=True)
class GroundDigest:
    """The ground reports of one side that have no row of their own, on one line."""

    actor: str
    text: str  # "attacked Hama and Idlib (5 reports); struck (3 reports); advanced"
    n_reports: int
    cites: tuple[Cite, ...]


@dataclass(frozen=True)
class TimelineEntry:
    date: str  # in words; "" for the undated list
    date_iso: str
    category: str  # "Diplomacy", "Casualties", "Ground", "Statement"
    text: str
    cites: tuple[Cite, ...]


@dataclass(frozen=True)
class ChartPoint:
    """One claimed figure: ``value`` people of ``party`` (``kind``) as of ``date``."""

    party: str
    date: dt.date
    value: int
    claimant: str | None
    kind: str = "killed"
    #: A running tally ("so far", "the death toll rose to"), said so in the chart's text.
    cumulative: bool = False
    #: Points of one series with the same ``line`` are joined by a line (one running
    #: tally as it grows). Others stand alone: joining separate incidents would read
    #: as a trend that no source reports.
    line: str | None = None
    #: The figure as the source gives it ("30–35", "at least 40"), shown instead of
    #: ``value``, which only places the mark.
    label: str | None = None


@dataclass(frozen=True)
class Chart:
    """The casualty chart as data: the points, and what it shows in words.

    ``render/`` draws the SVG from ``points`` and sets ``svg`` just before the
    templates run; the view model leaves it empty and never draws.
    """

    points: tuple[ChartPoint, ...]  # in date order
    title: str
    caption: str
    svg: Markup = field(default_factory=lambda: Markup(""))

    @property
    def n_points(self) -> int:
        return len(self.points)


@dataclass(frozen=True)
class SourceEntry:
    n: int
    id: str  # the article id: "a1"
    title: str
    outlets: str  # "Reuters, AP", or ""
    published: str  # in words; "undated (not before 5 Mar)"; or "date not stated"
    url: str | None  # as given, shown as text
    href: str | None  # the same URL when it is http(s), so a link can never run script
    file: str  # the file name, without its folder
    duplicates: int  # near-duplicate copies folded into this one


@dataclass(frozen=True)
class ChangeLine:
    """One change since the previous brief: what moved, citing the new sentences and,
    when they are still among the sources, the earlier ones."""

    kind: str  # "status", "revised", ... (briefings.changes.KINDS)
    label: str  # "Toll revised"
    text: str  # "Southland, killed in Varna: 29 → 33 (Varna health ministry)"
    effect: str  # "worse", "better" or "" (how the trend counts it)
    cites: tuple[Cite, ...]  # the new sentences
    was: tuple[Cite, ...]  # the earlier sentences, when among this brief's sources
    #: The earlier sentence itself, when its article is not among this brief's sources.
    earlier: str


@dataclass(frozen=True)
class ChangesBox:
    """'Changes since <date>': the trend line, then the changes."""

    since: str  # "10 June 2030"
    since_iso: str
    trend: str  # "deteriorated", "improved", "unchanged"
    trend_text: str  # head and reasons in one sentence
    trend_head: str  # "Deteriorated since 10 June 2030"
    trend_reasons: str  # "worse: ...; ... — better: ..."
    trend_cites: tuple[Cite, ...]  # the new sentences of the changes the trend counts
    lines: tuple[ChangeLine, ...]  # at most MAX_CHANGES
    more: int  # changes left out of the box (all are in the JSON of `extract`)
    rule: str  # how the trend is decided


#: The changes box shows this many changes, the most telling kinds first.
MAX_CHANGES = 12


@dataclass(frozen=True)
class More:
    """What a section leaves out, counted, with a link to it in the data appendix."""

    n: int
    text: str  # "and 212 more casualty rows in the full data"
    href: str  # "brief-2018-12-31-data.html#casualties"


@dataclass(frozen=True)
class Appendix:
    """The data appendix: the full tables, written beside a brief whose sections are cut
    (``output.limits``); each section's ``More`` counts what it leaves out."""

    file: str  # "brief-2018-12-31-data.html", relative: it sits beside the brief
    note: str  # one sentence for the header
    diplomacy: More | None = None
    coming_up: More | None = None
    contacts: More | None = None
    ground: More | None = None
    casualties: More | None = None
    casualty_digest: More | None = None
    timeline: More | None = None
    sources: More | None = None


@dataclass(frozen=True)
class Brief:
    """Everything one brief shows, in reading order."""

    header: Header
    key_figures: tuple[PartyFigures, ...]
    key_developments: tuple[Development, ...]
    positions: tuple[Position, ...]
    diplomacy: tuple[EventRow, ...]
    coming_up: tuple[ComingUp, ...]
    ground: tuple[GroundRow, ...]
    chart: Chart
    casualties: tuple[LedgerLine, ...]
    timeline: tuple[TimelineEntry, ...]
    #: How many findings the sources give no date for: they are in their sections
    #: only (a timeline has no place for them), so the brief just counts them.
    n_undated: int
    sources: tuple[SourceEntry, ...]
    skipped: tuple[str, ...]  # inputs that could not be read: "path: reason"
    #: What changed since the previous brief of the same config; None when there is
    #: none to compare with (no store, or the first brief).
    changes: ChangesBox | None = None
    #: Calls, meetings and visits with one source and no date: one line each.
    other_contacts: tuple[Contact, ...] = ()
    #: Ground reports without a row of their own, one line per side.
    ground_digest: tuple[GroundDigest, ...] = ()
    #: Single claims from one source without a row of their own, one line per party and kind.
    casualty_digest: tuple[CasualtyDigest, ...] = ()
    #: Dated findings the sections above do not show in full, left off the timeline.
    timeline_left_out: int = 0
    #: The data appendix, when the brief leaves something out; None when it shows all.
    appendix: Appendix | None = None


# -- ordering ----------------------------------------------------------------------


def _day(iso: str | None) -> dt.date | None:
    p = parts(iso)
    return dt.date(*p) if p and len(p) == 3 else None


def _recent_first(items: Iterable, date_of) -> list:
    """Most recent first, undated last (a plain reverse sort would put them first)."""
    items = list(items)
    dated = sorted((i for i in items if parts(date_of(i))), key=date_of, reverse=True)
    return dated + [i for i in items if not parts(date_of(i))]


def _sort_key(iso: str | None) -> tuple[bool, str]:
    # ISO strings sort as dates; partial dates ("2020-03") sort before that month's
    # days; undated facts go last, after everything the sources do date.
    return (parts(iso) is None, iso or "")


def _party_key(config: Config, name: Namer) -> Callable[[str], tuple]:
    """Configured actors in config order, then civilians, then others A-Z, unattributed last."""
    order = {a.id: i for i, a in enumerate(config.actors)}

    def key(party: str) -> tuple:
        if party in order:
            return (0, order[party], "")
        if party == CIVILIANS:
            return (1, 0, "")
        if party == UNKNOWN:
            return (3, 0, "")
        return (2, 0, name(party).casefold())

    return key


THEME_NAMES = {
    "demands": "Demands",
    "accuses": "Accuses",
    "warns": "Warns",
    "denies": "Denies",
    "commits": "Commits",
    "says": "Says",
}


# -- building ---------------------------------------------------------------------


def _source(n: int, a: Article, not_before: dict[str, str], year: int) -> SourceEntry:
    outlets = a.outlets or ((a.source,) if a.source else ())
    published = date_words(a.published, empty="date not stated")
    if not parts(a.published) and a.id in not_before:
        # Undated, but its text allows no earlier day: a bound, never a date.
        published = f"undated (not before {short_date(not_before[a.id], year)})"
    return SourceEntry(
        n=n,
        id=a.id,
        title=a.title.strip() or PurePath(a.path).name,
        outlets=", ".join(dict.fromkeys(outlets)),
        published=published,
        url=a.url or None,
        href=a.url if a.url and re.match(r"https?://", a.url, re.IGNORECASE) else None,
        file=PurePath(a.path).name,
        duplicates=len(a.duplicates),
    )


def namer(config: Config) -> Namer:
    """How the brief names an actor id, a party or a plain name."""
    return _namer((a.id, a.name) for a in config.actors)


def build_brief(
    facts: Facts,
    config: Config,
    findings: Findings | None = None,
    changes: Changes | None = None,
    *,
    full: bool = False,
) -> Brief:
    """Arrange the findings for reading; every line keeps its source numbers.

    ``findings`` defaults to ``analyze(facts, config)``; pass them when the
    caller already has them (the pipeline, the tests). ``changes`` (from
    ``briefings.changes.compare``) fills the "Changes since" box. Each section
    shows what ``config.limits`` allows, the best ranked (``condense.py``), and
    counts the rest; ``full`` gives the data appendix instead: every row of every
    table, every citation, every source.
    """
    if findings is None:
        from briefings.analysis import analyze

        findings = analyze(facts, config)
    name = namer(config)
    number = {a.id: i for i, a in enumerate(facts.articles, start=1)}
    limits = None if full else config.limits

    def cite(evidence: Iterable[Evidence]) -> tuple[Cite, ...]:
        # Evidence from an article that is not in the list cannot be cited; it is
        # dropped from the citation rather than given a number that points nowhere.
        # The first sentence of each source is the one shown on hover.
        first: dict[int, str] = {}
        for e in evidence:
            n = number.get(e.article_id)
            if n is not None and n not in first:
                first[n] = e.sentence
        ns = sorted(first)
        if limits is not None and len(ns) > limits.cites:
            # "[3] [5] [9] +26": the line stays a line; every number is in the appendix
            last = ns[limits.cites - 1]
            return (
                *(Cite(n, first[n].strip()) for n in ns[: limits.cites - 1]),
                Cite(last, first[last].strip(), more=len(ns) - limits.cites),
            )
        return tuple(Cite(n, first[n].strip()) for n in ns)

    as_of = config.date
    words = Sentences(findings, name, as_of)
    party_key = _party_key(config, name)
    cut: dict[str, int] = {}  # section -> how many it leaves out

    def bound(section: str, ranked: list, limit: int | None) -> set[str]:
        """The ids of the first ``limit`` of ``ranked``; the rest are counted."""
        if limit is None or len(ranked) <= limit:
            return {x.id for x in ranked}
        cut[section] = len(ranked) - limit
        return {x.id for x in ranked[:limit]}

    minor = contacts_listed(findings)
    steps = [e for e in _events(findings) if e.id not in minor]
    contacts = [e for e in _events(findings) if e.id in minor]
    steps_kept = bound(
        "diplomacy", events_ranked(steps, as_of), limits.diplomacy if limits else None
    )
    contacts_kept = bound("contacts", latest_first(contacts), limits.contacts if limits else None)
    coming = _coming_up(findings, name, cite, as_of)
    if limits is not None and len(coming) > limits.diplomacy:
        cut["coming_up"] = len(coming) - limits.diplomacy
        coming = coming[: limits.diplomacy]

    shown_ground, rest_ground = ground_shown(
        findings, limits.ground if limits else len(findings.ground)
    )
    ground_digest = _ground_digest(rest_ground, name, cite, party_key)
    if limits is not None and len(ground_digest) > limits.ground_sides:
        most = sorted(ground_digest, key=lambda g: -g.n_reports)[: limits.ground_sides]
        cut["ground"] = len(ground_digest) - len(most)
        ground_digest = [g for g in ground_digest if g in most]

    # The appendix keeps every casualty row in its table; the brief folds single claims
    # into short lines (condense.ledger_listed), then keeps the best ranked rows.
    listed = ledger_listed(findings) if limits else set()
    table = [r for r in findings.ledger if r.id not in listed]
    table_kept = bound("casualties", ledger_ranked(table), limits.casualties if limits else None)
    lines = _casualty_digest(
        [r for r in findings.ledger if r.id in listed], name, cite, party_key, limits
    )
    if limits is not None and len(lines) > limits.casualty_lines:
        most_claims = sorted(lines, key=lambda x: -x[0].n_claims)[: limits.casualty_lines]
        cut["casualty_digest"] = len(lines) - len(most_claims)
        lines = [x for x in lines if x in most_claims]
    digest = [line for line, _ in lines]
    # The chart marks the claims the casualty section shows, so that every mark is
    # in the table below it; a bounded brief's chart stays bounded too.
    charted = None
    if limits is not None:
        charted = {id(c) for _, claims in lines for c in claims}
        charted |= {
            id(c)
            for r in table
            if r.id in table_kept
            for c in claims_shown(r.claims, limits.claims)
        }

    positions, shown_statements = _positions(findings, config, name, cite)
    shown = steps_kept | contacts_kept | {r.id for r in findings.ledger if r.id in listed}
    shown |= table_kept | {g.id for g in shown_ground} | shown_statements
    if full:
        dated = list(findings.timeline)
    else:
        dated = timeline_shown(
            findings,
            shown,
            lambda evidence: len(cite(evidence)),
            limits.timeline if limits else None,
        )
    not_before = dict(findings.not_before)
    year = as_of.year
    brief = Brief(
        header=_header(facts, config),
        key_figures=tuple(_key_figures(findings, name, cite, party_key)),
        key_developments=tuple(
            Development(
                text=words.development(k),
                date=date_words(k.date, empty=""),
                single_source=k.single_source,
                n_sources=k.n_sources,
                sources=sources_words(k.n_sources),
                why=k.score.explain(),
                cites=cite(k.evidence),
            )
            for k in findings.key_developments
        ),
        positions=tuple(positions),
        diplomacy=tuple(
            _event_row(e, findings, name, cite, year, limits.reports if limits else None)
            for e in steps
            if e.id in steps_kept
        ),
        other_contacts=tuple(
            Contact(contact_words(e, name), cite(e.mentions))
            for e in contacts
            if e.id in contacts_kept
        ),
        coming_up=tuple(coming),
        ground=tuple(_ground(shown_ground, name, cite)),
        ground_digest=tuple(ground_digest),
        chart=_chart(findings, name, charted),
        casualties=tuple(
            _ledger((r for r in table if r.id in table_kept), name, cite, party_key, limits)
        ),
        casualty_digest=tuple(digest),
        timeline=tuple(_timeline(dated, words, findings, cite)),
        timeline_left_out=len(findings.timeline) - len(dated),
        n_undated=len(findings.undated),
        sources=tuple(_source(number[a.id], a, not_before, year) for a in facts.articles),
        skipped=tuple(f"{p.path}: {p.message}" for p in facts.problems),
        changes=_changes(changes, cite, number) if changes is not None else None,
    )
    if limits is None:
        return brief
    return _bounded(brief, config, cut, limits.sources)


# -- bounds ------------------------------------------------------------------------

#: Where each section's rows are in the appendix: the id of its section there.
SECTION_IDS = {
    "diplomacy": "diplomatic-track",
    "coming_up": "diplomatic-track",
    "contacts": "diplomatic-track",
    "ground": "ground-situation",
    "casualties": "casualties",
    "casualty_digest": "casualties",
    "timeline": "timeline",
    "sources": "sources",
}


#: Records that hold no citation: not walked (the chart alone has thousands of points).
_NO_CITES = (Header, Chart, SourceEntry, str)


def _cites_in(value: object) -> Iterable[Cite]:
    """Every citation a record holds, however deep."""
    if isinstance(value, _NO_CITES):
        return
    if isinstance(value, Cite):
        yield value
    elif isinstance(value, tuple):
        for v in value:
            yield from _cites_in(v)
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            yield from _cites_in(getattr(value, f.name))


def _retarget(value: object, listed: set[int], where: str) -> object:
    """The record with each citation of a source not listed here pointed at ``where``."""
    if isinstance(value, _NO_CITES):
        return value
    if isinstance(value, Cite):
        return value if value.n in listed else replace(value, where=where)
    if isinstance(value, tuple):
        return tuple(_retarget(v, listed, where) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        changed = {f.name: _retarget(getattr(value, f.name), listed, where) for f in fields(value)}
        return replace(value, **changed)
    return value


def _bounded(brief: Brief, config: Config, cut: dict[str, int], max_sources: int) -> Brief:
    """The brief with its Sources cut to those it cites, the most cited first, when
    anything is left out; and the appendix that holds the rest. A brief that shows
    everything is returned as it is, with no appendix."""
    shown = [c for f in fields(brief) if f.name != "sources"
             for c in _cites_in(getattr(brief, f.name))]  # fmt: skip
    cites_cut = (
        any(c.more for c in shown)
        or any(r.earlier_more for r in brief.diplomacy)
        or any(r.more_claims for r in brief.casualties)
        or any(c.more for c in brief.casualty_digest)
    )
    if not cut and not cites_cut and len(brief.sources) <= max_sources:
        return brief
    file = config.appendix_name()
    times: dict[int, int] = {}
    for c in shown:
        times[c.n] = times.get(c.n, 0) + 1
    most = sorted(times, key=lambda n: (-times[n], n))[:max_sources]
    listed = set(most)
    sources = tuple(s for s in brief.sources if s.n in listed)
    if len(sources) < len(brief.sources):
        cut["sources"] = len(brief.sources) - len(sources)
    if brief.timeline_left_out:
        cut["timeline"] = brief.timeline_left_out
    more = {
        section: More(n, left_out_words(n, section), f"{file}#{SECTION_IDS[section]}")
        for section, n in cut.items()
    }
    appendix = Appendix(file=file, note=appendix_words(file), **more)
    bounded = _retarget(replace(brief, sources=()), listed, file)
    assert isinstance(bounded, Brief)
    return replace(bounded, sources=sources, appendix=appendix)


def _changes(changes: Changes, cite: Citer, number: dict[str, int]) -> ChangesBox:
    from briefings.changes import TREND_RULE

    effects = {1: "worse", -1: "better", 0: ""}
    lines = []
    for c in changes.items[:MAX_CHANGES]:
        gone = [e for e in c.earlier if e.article_id not in number]
        lines.append(
            ChangeLine(
                kind=c.kind,
                label=c.label,
                text=c.text,
                effect=effects[c.effect],
                cites=cite(c.evidence),
                was=cite(c.earlier),
                earlier=excerpt(gone[0].sentence) if gone and not cite(c.earlier) else "",
            )
        )
    counted = changes.trend.worse + changes.trend.better
    return ChangesBox(
        since=date_words(changes.since),
        since_iso=changes.since,
        trend=changes.trend.direction,
        trend_text=changes.trend.text,
        trend_head=changes.trend.head,
        trend_reasons=changes.trend.reasons,
        trend_cites=cite(e for i in sorted(counted) for e in changes.items[i].evidence),
        lines=tuple(lines),
        more=max(0, len(changes.items) - MAX_CHANGES),
        rule=TREND_RULE,
    )


def _header(facts: Facts, config: Config) -> Header:
    dated = sorted((a.published for a in facts.articles if parts(a.published)), key=_sort_key)
    n = len(facts.articles)
    as_of = config.date.isoformat()
    return Header(
        title=config.title,
        as_of=date_words(as_of),
        as_of_iso=as_of,
        period=period_words(dated[0], dated[-1]) if dated else NOT_STATED,
        n_sources=n,
        marking=config.marking or None,
        generated_with=(
            f"Compiled by briefings {__version__} from {count(n, 'news source')}. "
            "Figures and statements are as reported by the sources and have not been "
            "independently verified."
        ),
    )


def _key_figures(findings: Findings, name: Namer, cite: Citer, party_key) -> list[PartyFigures]:
    rows = {r.id: r for r in findings.ledger}
    by_party: dict[str, dict[str, KeyFigure]] = {}
    for t in findings.tallies:
        if t.kind not in STRIP_KINDS:
            continue
        claims = [c for ref in t.rows if ref in rows for c in rows[ref].claims]
        by_party.setdefault(t.party, {})[t.kind] = KeyFigure(
            kind=t.kind,
            figure=tally_words(t.conservative, t.highest, claims),
            n_claims=t.n_claims,
            cites=cite(t.evidence),
        )
    return [
        PartyFigures(
            party=name(p),
            figures=tuple(by_party[p][k] for k in STRIP_KINDS if k in by_party[p]),
        )
        for p in sorted(by_party, key=party_key)
    ]


# -- positions --------------------------------------------------------------------


def _positions(
    findings: Findings, config: Config, name: Namer, cite: Citer
) -> tuple[list[Position], set[str]]:
    """One entry per actor with statements shown, configured actors first, unattributed
    last; which statements, ``condense.statements_shown`` decides. Returns the entries
    and the ids of the statements shown."""
    key = _party_key(config, name)
    configured = {a.id for a in config.actors}
    kept = statements_shown(findings, configured, key)
    out, shown_ids = [], set()
    for p in sorted(findings.positions, key=lambda p: key(p.actor)):
        chosen = kept.get(p.actor, [])
        order = {t: THEMES.index(t) if t in THEMES else len(THEMES) for t, _ in p.themes}
        themes, unshown = [], 0
        for theme, statements in sorted(p.themes, key=lambda t: order[t[0]]):
            # within a theme, the order analysis gave (strongest first)
            lines = tuple(_position_line(s, cite) for s in statements if s in chosen)
            if lines:
                label = THEME_NAMES.get(theme, theme.capitalize())
                themes.append(Theme(label, lines, len(statements) - len(lines)))
            else:
                unshown += len(statements)
        shown_ids |= {s.id for s in chosen if s.id}
        if themes:
            side = p.actor in configured
            out.append(Position(name(p.actor), tuple(themes), more=unshown, side=side))
    return out, shown_ids


def _position_line(s: PositionStatement, cite: Citer) -> PositionLine:
    return PositionLine(
        speaker=s.speaker or "",
        text=quoted(excerpt(s.text, MAX_STATEMENT_CHARS), s.quote),
        quote=s.quote,
        date=date_words(s.date, empty=""),
        n_sources=s.n_sources,
        cites=cite(s.evidence),
    )


# -- diplomacy --------------------------------------------------------------------


def _events(findings: Findings) -> list[Event]:
    """Steps with a status in date order (undated last), then those only referred to."""
    return sorted(findings.events, key=lambda e: (e.status is None, _sort_key(e.date)))


def _status_lines(
    reports: Iterable[StatusReport], event: Event, name: Namer, cite: Citer, year: int
) -> tuple[StatusLine, ...]:
    """Reports that say the same (status, place, date, day reported) read as one line."""
    groups: dict[tuple, list[StatusReport]] = {}
    for r in reports:
        groups.setdefault((r.status, r.location, r.date, r.reported), []).append(r)
    return tuple(
        StatusLine(
            status_words(status),
            status_detail(rs, event, name, year),
            cite(e for r in rs for e in r.evidence),
        )
        for (status, *_), rs in groups.items()
    )


def _event_row(
    e: Event, findings: Findings, name: Namer, cite: Citer, year: int, reports: int | None = None
) -> EventRow:
    history = list(e.history)
    disputed = [r for r in history if r in e.disputed]
    latest = history[0].reported if history else None
    current = [r for r in history if r.reported == latest and r not in e.disputed]
    earlier = [r for r in history if r not in current and r not in e.disputed]
    meeting = findings.event(e.reached_at) if e.reached_at else None
    earlier_lines = _status_lines(earlier, e, name, cite, year)
    earlier_more = ""
    if reports is not None and len(earlier_lines) > reports:  # the latest are kept
        earlier_more = earlier_reports_words(len(earlier_lines) - reports)
        earlier_lines = earlier_lines[:reports]
    return EventRow(
        step=step_words(e.type).capitalize(),
        name=e.name or "",
        participants=and_(name(p) for p in e.participants) or NOT_STATED,
        date=date_words(e.date),
        place=e.location or DASH,
        status=status_words(e.status),
        current=_status_lines(current, e, name, cite, year),
        disputed=_status_lines(disputed, e, name, cite, year),
        earlier=earlier_lines,
        n_sources=e.n_sources,
        cites=cite(e.mentions),
        reached_at=reached_at_words(meeting, name) if meeting else "",
        earlier_more=earlier_more,
    )


def _coming_up(findings: Findings, name: Namer, cite: Citer, as_of: dt.date) -> list[ComingUp]:
    """Planned or proposed steps whose date has not passed on the as-of date."""
    out = []
    for e in sorted(findings.events, key=lambda e: _sort_key(e.date)):
        last = last_day(e.date)
        if e.status not in ("planned", "proposed") or last is None or last < as_of:
            continue
        evidence = [ev for r in e.history if r.status == e.status for ev in r.evidence]
        evidence += [ev for r in e.disputed for ev in r.evidence]
        out.append(
            ComingUp(date_words(e.date), coming_up_words(e, name), cite(evidence or e.mentions))
        )
    return out


# -- ground -----------------------------------------------------------------------


def _ground(items: list[GroundItem], name: Namer, cite: Citer) -> list[GroundRow]:
    """Most recent first; items read from one sentence share one row, so the sentence
    is shown once ("Turkey struck · Turkey shelled Saraqib")."""
    rows: list[GroundRow] = []
    for g in _recent_first(items, lambda g: g.date):
        row = GroundRow(
            text=ground_sentence(g, name, dated=False),
            excerpt=excerpt(g.evidence[0].sentence) if g.evidence else "",
            actor=name(g.actor),
            action=g.action,
            place=g.place or DASH,
            date=date_words(g.date),
            n_sources=g.n_sources,
            cites=cite(g.evidence),
        )
        last = rows[-1] if rows else None
        if last and row.excerpt and (last.excerpt, last.date) == (row.excerpt, row.date):
            merged = tuple(dict.fromkeys(last.cites + row.cites))
            rows[-1] = replace(
                last,
                text=f"{last.text.rstrip('.')} · {row.text}",
                n_sources=max(last.n_sources, row.n_sources),
                cites=merged,
            )
        else:
            rows.append(row)
    return rows


def _ground_digest(
    items: list[GroundItem], name: Namer, cite: Citer, party_key
) -> list[GroundDigest]:
    """One line per side, configured sides first."""
    by_actor: dict[str, list[GroundItem]] = {}
    for g in items:
        by_actor.setdefault(g.actor, []).append(g)
    return [
        GroundDigest(
            name(actor),
            ground_digest_words(gs),
            len(gs),
            cite(e for g in gs for e in g.evidence),
        )
        for actor, gs in sorted(by_actor.items(), key=lambda kv: party_key(kv[0]))
    ]


# -- casualties -------------------------------------------------------------------


def _ledger_key(party_key) -> Callable[[LedgerRow], tuple]:
    def key(r: LedgerRow) -> tuple:
        kind = KIND_ORDER.index(r.kind) if r.kind in KIND_ORDER else len(KIND_ORDER)
        return (party_key(r.party), r.group or "", kind, _sort_key(r.date), r.cumulative)

    return key


def _casualty_digest(
    rows: list[LedgerRow], name: Namer, cite: Citer, party_key, limits: Limits | None = None
) -> list[tuple[CasualtyDigest, list[Claim]]]:
    """One line per party (or part of its people) and kind, with the claims it shows;
    past ``limits.claims`` claims, the largest and then the latest reported stay on the
    line, in ledger order."""
    groups: dict[tuple[str, str | None, str], list[LedgerRow]] = {}
    for r in sorted(rows, key=_ledger_key(party_key)):
        groups.setdefault((r.party, r.group, r.kind), []).append(r)
    out = []
    for (_, _, kind), group in groups.items():
        pairs = [(r, c) for r in group for c in r.claims]
        more = ""
        if limits is not None and len(pairs) > limits.claims:
            best = sorted(
                range(len(pairs)),
                key=lambda i: (-(pairs[i][1].value or 0), -_ordinal(pairs[i][1].reported), i),
            )[: limits.claims]
            more = more_claims_words(len(pairs) - limits.claims)
            pairs = [pairs[i] for i in sorted(best)]
        line = CasualtyDigest(
            party=row_party(group[0], name),
            kind=kind,
            text="; ".join(claim_words(r, c, name) for r, c in pairs),
            n_claims=len(group),
            cites=cite(e for _, c in pairs for e in c.evidence),
            more=more,
        )
        out.append((line, [c for _, c in pairs]))
    return out


def _ordinal(iso: str | None) -> int:
    day = last_day(iso)
    return day.toordinal() if day else 0


def _ledger(
    rows: Iterable[LedgerRow], name: Namer, cite: Citer, party_key, limits: Limits | None = None
) -> list[LedgerLine]:
    out = []
    for r in sorted(rows, key=_ledger_key(party_key)):
        kept = claims_shown(r.claims, limits.claims) if limits else list(r.claims)
        claims = tuple(
            ClaimLine(
                figure=c.figure,
                claimant=claimant_words(c.claimant, c.outlets, name),
                n_sources=c.n_sources,
                cites=cite(c.evidence),
            )
            for c in kept
        )
        out.append(
            LedgerLine(
                party=row_party(r, name),
                kind=r.kind,
                cumulative=r.cumulative,
                date=since_words(r.since) or date_words(r.date),
                place=r.location or DASH,
                claims=claims,
                cites=cite(e for c in kept for e in c.evidence),
                more_claims=more_claims_words(len(r.claims) - len(kept)),
            )
        )
    return out


def _chart(findings: Findings, name: Namer, shown: set[int] | None = None) -> Chart:
    """Every dated claim of CHART_KIND, by party, at the date it was published; when
    the brief is bounded, only the claims the casualty section shows (``shown``: their
    ``id``s), and the caption says how many more the data appendix holds.

    The same figure from the same party on the same day is one point; running
    tallies are joined by a line, single incidents stand alone.
    """
    points: dict[tuple, ChartPoint] = {}
    left_out = 0
    for r in findings.ledger:
        if r.kind != CHART_KIND:
            continue
        for c in r.claims:
            when = _day(c.reported) or _day(r.date)
            if when is None or c.value is None:
                continue
            if shown is not None and id(c) not in shown:
                left_out += 1
                continue
            party = row_party(r, name)
            claimant = name(c.claimant) if c.claimant else None
            k = (party, when, c.value, r.id if r.cumulative else None)
            if k in points:  # the same figure again: one point, every claimant named
                claimants = [x for x in (points[k].claimant or "").split("; ") if x]
                if claimant and claimant not in claimants:
                    claimants.append(claimant)
                claimant = "; ".join(claimants) or None
            points[k] = ChartPoint(
                party,
                when,
                c.value,
                claimant,
                CHART_KIND,
                cumulative=r.cumulative,
                line=r.id if r.cumulative else None,
                label=c.figure,
            )
    ordered = sorted(points.values(), key=lambda p: (p.date, p.party, p.value))
    return Chart(
        points=tuple(ordered),
        title=f"People reported {CHART_KIND}, by party and date reported",
        caption=(
            f"People reported {CHART_KIND}: each mark is one claim, placed at the date it was "
            "published; a line joins the figures of one running total as it grows. Claims are "
            "as reported and are listed with their sources in the table below."
            + chart_left_out_words(left_out)
        ),
    )


# -- timeline ---------------------------------------------------------------------


def _timeline(
    items: Iterable[TimelineItem], words: Sentences, findings: Findings, cite: Citer
) -> list[TimelineEntry]:
    statements = [s for p in findings.positions for _, ss in p.themes for s in ss]

    def text_of(item: TimelineItem) -> str:
        text = words.of(item.ref, dated=False)
        if text is not None:
            return text
        mine = set(item.evidence)
        for s in statements:
            if mine & set(s.evidence):
                return words.of(s.id, dated=False) or quoted(s.text, s.quote)
        # Nothing to compose from: the source's own sentence, verbatim.
        return f"“{item.evidence[0].sentence.strip()}”" if item.evidence else item.ref

    return [
        TimelineEntry(
            date=date_words(item.date, empty=""),
            date_iso=item.date or "",
            category=item.category,
            text=text_of(item),
            cites=cite(item.evidence),
        )
        for item in items
    ]
