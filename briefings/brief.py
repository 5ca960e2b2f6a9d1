"""The view model: Findings + Config -> Brief, the only thing the templates see.

Analysis (``briefings/analysis``) decides what the articles add up to: merged
events with their status history, the casualty ledger with claims side by
side, tallies, positions by theme, the timeline and the key developments.
This module decides only how that reads: actor names, figures, dates in
words, status histories as sentences, what goes in the key-figures strip
and on the chart. Templates stay dumb, so an override template cannot get a
figure or a citation wrong.

Every line carries the source numbers it rests on (``Cite``: the number of
the article in the Sources list and the sentence the fact came from), so a
reader can check any line against its source.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
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
from briefings.config import Config
from briefings.models import CIVILIANS, PARTY_NAMES, UNKNOWN, Article, Evidence, Facts

if TYPE_CHECKING:  # changes.py words its lines with this module's helpers
    from briefings.changes import Changes

NOT_STATED = "not stated"
DASH = "—"
#: The kinds the key-figures strip shows, in this order.
STRIP_KINDS = ("killed", "displaced")
KIND_ORDER = ("killed", "wounded", "missing", "captured", "displaced")
#: Positions: the strongest statements of each theme, no more (a brief, not a transcript).
MAX_PER_THEME = 4
#: The kind the chart draws (figures of other kinds are orders of magnitude apart).
CHART_KIND = "killed"

Namer = Callable[..., str]
Citer = Callable[[Iterable[Evidence]], tuple["Cite", ...]]

# -- the records the templates see ---------------------------------------------


@dataclass(frozen=True)
class Cite:
    """One citation: the source number and the sentence the fact came from."""

    n: int
    sentence: str


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
    """A key development: the sentence analysis composed, with its citations."""

    text: str
    date: str  # in words, or "" when undated
    single_source: bool  # fewer than two independent sources
    n_sources: int
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
    statements: tuple[PositionLine, ...]  # strongest first, at most MAX_PER_THEME
    more: int  # statements of this theme left out (they stay in the timeline when dated)


@dataclass(frozen=True)
class Position:
    actor: str
    themes: tuple[Theme, ...]  # in THEMES order; empty themes left out


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
class TimelineEntry:
    date: str  # in words; "" for the undated list
    date_iso: str
    category: str  # "Diplomacy", "Casualties", "Ground", "Statement"
    text: str
    cites: tuple[Cite, ...]


@dataclass(frozen=True)
class Chart:
    """The casualty chart: an inline SVG drawn at build time, and what it shows in words."""

    svg: Markup  # "" when there is nothing to draw
    caption: str
    n_points: int


@dataclass(frozen=True)
class SourceEntry:
    n: int
    id: str  # the article id: "a1"
    title: str
    outlets: str  # "Reuters, AP", or ""
    published: str  # in words, or "date not stated"
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
    undated: tuple[TimelineEntry, ...]  # facts the sources give no date for
    sources: tuple[SourceEntry, ...]
    skipped: tuple[str, ...]  # inputs that could not be read: "path: reason"
    #: What changed since the previous brief of the same config; None when there is
    #: none to compare with (no store, or the first brief).
    changes: ChangesBox | None = None


# -- dates in words --------------------------------------------------------------

MONTHS = (
    "January February March April May June July August September October November December"
).split()


def _parts(iso: str | None) -> tuple[int, ...] | None:
    if not iso:
        return None
    try:
        parts = tuple(int(p) for p in iso.split("-"))
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None
    return parts if 1 <= len(parts) <= 3 else None


def date_words(iso: str | None, empty: str = DASH) -> str:
    """'2020-03-04' -> '4 March 2020'; partial dates stay partial ('March 2020')."""
    parts = _parts(iso)
    if parts is None:
        return iso or empty  # an unparseable date is shown as given, never guessed at
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        return f"{MONTHS[parts[1] - 1]} {parts[0]}"
    return f"{parts[2]} {MONTHS[parts[1] - 1]} {parts[0]}"


def short_date(iso: str | None, year: int | None = None) -> str:
    """'2020-03-04' -> '4 Mar' in the brief's own year, '4 Mar 2019' otherwise."""
    parts = _parts(iso)
    if parts is None:
        return iso or ""
    if len(parts) == 1:
        return str(parts[0])
    month = MONTHS[parts[1] - 1][:3]
    suffix = "" if parts[0] == year else f" {parts[0]}"
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{parts[2]} {month}{suffix}"


def period_words(first: str | None, last: str | None) -> str:
    """A compact range: '11 February – 4 March 2020', '4–11 February 2020'."""
    if not first or not last:
        return NOT_STATED
    if first == last:
        return date_words(first)
    a, b = _parts(first), _parts(last)
    if a and b and len(a) == len(b) == 3 and a[0] == b[0]:
        if a[1] == b[1]:
            return f"{a[2]}–{b[2]} {MONTHS[a[1] - 1]} {a[0]}"
        return f"{a[2]} {MONTHS[a[1] - 1]} – {date_words(last)}"
    return f"{date_words(first)} – {date_words(last)}"


def _last_day(iso: str | None) -> dt.date | None:
    """The last day a date can mean: '2020-03' -> 31 March 2020."""
    parts = _parts(iso)
    if parts is None:
        return None
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31)


def _day(iso: str | None) -> dt.date | None:
    parts = _parts(iso)
    return dt.date(*parts) if parts and len(parts) == 3 else None


def _recent_first(items: Iterable, date_of) -> list:
    """Most recent first, undated last (a plain reverse sort would put them first)."""
    items = list(items)
    dated = sorted((i for i in items if _parts(date_of(i))), key=date_of, reverse=True)
    return dated + [i for i in items if not _parts(date_of(i))]


def _sort_key(iso: str | None) -> tuple[bool, str]:
    # ISO strings sort as dates; partial dates ("2020-03") sort before that month's
    # days; undated facts go last, after everything the sources do date.
    return (_parts(iso) is None, iso or "")


# -- names -------------------------------------------------------------------------


def _namer(config: Config) -> Namer:
    names = {a.id: a.name for a in config.actors}
    names.update(PARTY_NAMES)

    def name(value: str | None, empty: str = NOT_STATED) -> str:
        if not value:
            return empty
        return names.get(value, value)  # a plain name ("Syrian Observatory") as given

    return name


def namer(config: Config) -> Namer:
    """How the brief names an actor id, a party or a plain name."""
    return _namer(config)


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


def _and(names: Iterable[str]) -> str:
    items = list(dict.fromkeys(n for n in names if n))
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# -- wording -----------------------------------------------------------------------

STATUS = {"not_planned": "not planned"}
STEP_TYPE = {"call": "phone call"}
THEME_NAMES = {
    "demands": "Demands",
    "accuses": "Accuses",
    "warns": "Warns",
    "denies": "Denies",
    "commits": "Commits",
    "says": "Says",
}
#: Actions whose object is the place itself ("captured Saraqib"); others take "in".
TRANSITIVE = {
    "attacked", "captured", "shelled", "struck", "bombed", "seized", "entered", "besieged",
    "took", "recaptured", "took control of", "retook", "hit", "targeted", "surrounded",
}  # fmt: skip
PLACE_PREPOSITION = {"withdrew": "from", "retreated": "from", "advanced": "on"}


def status_words(status: str | None) -> str:
    return STATUS.get(status, status) if status else ""


def step_words(kind: str) -> str:
    return STEP_TYPE.get(kind, kind)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def quoted(text: str, quote: bool) -> str:
    text = text.strip()
    if quote and not text.startswith(("“", '"')):
        return f"“{text}”"
    return text


def _ground(findings: Findings, name: Namer, cite: Citer) -> list[GroundRow]:
    """Most recent first; items read from one sentence share one row, so the sentence
    is shown once ("Turkey struck · Turkey shelled Saraqib")."""
    rows: list[GroundRow] = []
    for g in _recent_first(findings.ground, lambda g: g.date):
        row = GroundRow(
            text=ground_text(g, name, dated=False),
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


def excerpt(sentence: str, limit: int = 200) -> str:
    """The sentence, cut at a word boundary near ``limit`` characters with an ellipsis."""
    text = " ".join(sentence.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + " …"


def ground_text(g: GroundItem, name: Namer, dated: bool = True) -> str:
    text = f"{name(g.actor)} {g.action}"
    if g.place:
        prep = PLACE_PREPOSITION.get(g.action, "" if g.action in TRANSITIVE else "in")
        text += f" {prep} {g.place}".replace("  ", " ")
    if dated and _parts(g.date):
        text += f" {'on' if len(_parts(g.date) or ()) == 3 else 'in'} {date_words(g.date)}"
    return text + "."


def event_title(e: Event, name: Namer) -> str:
    """'Russia and Turkey: talks', 'Sochi memorandum (Russia and Turkey)'."""
    who = _and(name(p) for p in e.participants)
    if e.name:
        return f"{e.name} ({who})" if who else e.name
    kind = step_words(e.type)
    return f"{who}: {kind}" if who else kind.capitalize()


def event_text(e: Event, name: Namer) -> str:
    text = event_title(e, name)
    if e.status:
        text += f" {status_words(e.status)}"
    else:
        text += " referred to"
    if e.location:
        text += f" ({e.location})"
    return text + "."


def since_words(since: str | None) -> str:
    """A running total's start: "since 1 June 2030", "since the war began"."""
    if not since:
        return ""
    if _parts(since):
        return f"since {date_words(since)}"
    return "since the war began" if since == "war" else since


def claimant_words(claimant: str | None, outlets: tuple[str, ...], name: Namer) -> str:
    if claimant:
        return name(claimant)
    if outlets:
        return "reported by " + _and(outlets)
    return "claimant not stated"


def ledger_text(r: LedgerRow, name: Namer, dated: bool = False) -> str:
    """'Turkey, killed in Balyun: 33 (Hatay governor); 34 (Syrian Observatory).'"""
    head = f"{name(r.party)}, {r.kind}"
    if r.cumulative:
        head += " (cumulative)"
    if r.location:
        head += f" in {r.location}"
    if dated and _parts(r.date):
        head += f" on {date_words(r.date)}"
    claims = "; ".join(
        f"{c.figure} ({claimant_words(c.claimant, c.outlets, name)})" for c in r.claims
    )
    return f"{head}: {claims}."


def statement_text(s: PositionStatement, name: Namer) -> str:
    who = s.speaker or name(s.actor)
    if s.speaker and s.actor != UNKNOWN and name(s.actor) not in (s.speaker, NOT_STATED):
        who = f"{s.speaker} ({name(s.actor)})"
    return f"{who}: {quoted(s.text, s.quote)}"


# -- building ---------------------------------------------------------------------


def _source(n: int, a: Article) -> SourceEntry:
    outlets = a.outlets or ((a.source,) if a.source else ())
    return SourceEntry(
        n=n,
        id=a.id,
        title=a.title.strip() or PurePath(a.path).name,
        outlets=", ".join(dict.fromkeys(outlets)),
        published=date_words(a.published, empty="date not stated"),
        url=a.url or None,
        href=a.url if a.url and re.match(r"https?://", a.url, re.IGNORECASE) else None,
        file=PurePath(a.path).name,
        duplicates=len(a.duplicates),
    )


def build_brief(
    facts: Facts,
    config: Config,
    findings: Findings | None = None,
    changes: Changes | None = None,
) -> Brief:
    """Arrange the findings for reading; every line keeps its source numbers.

    ``findings`` defaults to ``analyze(facts, config)``; pass them when the
    caller already has them (the pipeline, the tests). ``changes`` (from
    ``briefings.changes.compare``) fills the "Changes since" box.
    """
    if findings is None:
        from briefings.analysis import analyze

        findings = analyze(facts, config)
    name = _namer(config)
    number = {a.id: i for i, a in enumerate(facts.articles, start=1)}

    def cite(evidence: Iterable[Evidence]) -> tuple[Cite, ...]:
        # Evidence from an article that is not in the list cannot be cited; it is
        # dropped from the citation rather than given a number that points nowhere.
        # The first sentence of each source is the one shown on hover.
        found: dict[int, Cite] = {}
        for e in evidence:
            n = number.get(e.article_id)
            if n is not None:
                found.setdefault(n, Cite(n, e.sentence.strip()))
        return tuple(found[n] for n in sorted(found))

    as_of = config.date
    party_key = _party_key(config, name)
    return Brief(
        header=_header(facts, config),
        key_figures=tuple(_key_figures(findings, name, cite, party_key)),
        key_developments=tuple(
            Development(
                text=_without_flag(k.text),
                date=date_words(k.date, empty=""),
                single_source=k.single_source,
                n_sources=k.n_sources,
                why=k.score.explain(),
                cites=cite(k.evidence),
            )
            for k in findings.key_developments
        ),
        positions=tuple(_positions(findings, config, name, cite)),
        diplomacy=tuple(_event_row(e, name, cite, as_of.year) for e in _events(findings)),
        coming_up=tuple(_coming_up(findings, name, cite, as_of)),
        ground=tuple(_ground(findings, name, cite)),
        chart=_chart(findings, name),
        casualties=tuple(_ledger(findings, name, cite, party_key)),
        timeline=tuple(_timeline(findings.timeline, findings, name, cite)),
        undated=tuple(_timeline(findings.undated, findings, name, cite)),
        sources=tuple(_source(number[a.id], a) for a in facts.articles),
        skipped=tuple(f"{p.path}: {p.message}" for p in facts.problems),
        changes=_changes(changes, cite, number) if changes is not None else None,
    )


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
    dated = sorted((a.published for a in facts.articles if _parts(a.published)), key=_sort_key)
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
            f"Compiled by briefings {__version__} from {_count(n, 'news source')}. "
            "Figures and statements are as reported by the sources and have not been "
            "independently verified."
        ),
    )


def _without_flag(text: str) -> str:
    """The template flags single-source developments; the sentence need not say it too."""
    return re.sub(r"\s*\(single source\)(?=\.?$)", "", text.strip())


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


def tally_words(low: int, high: int, claims: Iterable[Claim]) -> str:
    """A tally's range in the words of the claims that give its ends.

    A bare '50' for a claim of 'more than 50' would be more precise than the
    source, so each end keeps its claim's wording when it has one.
    """
    claims = list(claims)
    low_claim = next((c for c in claims if c.floor == low and c.count == low), None) or next(
        (c for c in claims if c.floor == low), None
    )
    high_claim = next((c for c in claims if c.value == high and c.count == high), None) or next(
        (c for c in claims if c.value == high), None
    )
    low_words = _plain(low_claim, low)
    high_words = _plain(high_claim, high)
    if low == high or low_words == high_words:
        return low_words
    if low_words == f"{low:,}" and high_words == f"{high:,}":
        return f"{low:,}–{high:,}"
    return f"{low_words} to {high_words}"


def _plain(claim: Claim | None, value: int) -> str:
    """The claim's own figure when it says more than a bare number ('more than 50')."""
    if claim is None or "–" in claim.figure:  # a range's end is a bare number
        return f"{value:,}"
    return claim.figure


def _positions(findings: Findings, config: Config, name: Namer, cite: Citer) -> list[Position]:
    """One entry per actor with statements, configured actors first, unattributed last."""
    key = _party_key(config, name)
    out = []
    for p in sorted(findings.positions, key=lambda p: key(p.actor)):
        themes = []
        for theme, statements in sorted(
            p.themes, key=lambda t: THEMES.index(t[0]) if t[0] in THEMES else len(THEMES)
        ):
            lines = tuple(
                PositionLine(
                    speaker=s.speaker or "",
                    text=quoted(s.text, s.quote),
                    quote=s.quote,
                    date=date_words(s.date, empty=""),
                    n_sources=s.n_sources,
                    cites=cite(s.evidence),
                )
                for s in statements
            )
            if lines:
                label = THEME_NAMES.get(theme, theme.capitalize())
                themes.append(Theme(label, lines[:MAX_PER_THEME], len(lines[MAX_PER_THEME:])))
        if themes:
            out.append(Position(actor=name(p.actor), themes=tuple(themes)))
    return out


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
    lines = []
    for (status, location, date, reported), rs in groups.items():
        text = ""
        if location:
            text += f", {location}"
        if date and date != event.date:
            text += f", {short_date(date, year)}"
        who = _and(name(r.reporter, empty="") for r in rs)
        when = short_date(reported, year) if reported else "report undated"
        text += f" ({who}, {when})" if who else f" ({when})"
        evidence = [e for r in rs for e in r.evidence]
        lines.append(StatusLine(status_words(status), text, cite(evidence)))
    return tuple(lines)


def _event_row(e: Event, name: Namer, cite: Citer, year: int) -> EventRow:
    history = list(e.history)
    disputed = [r for r in history if r in e.disputed]
    latest = history[0].reported if history else None
    current = [r for r in history if r.reported == latest and r not in e.disputed]
    earlier = [r for r in history if r not in current and r not in e.disputed]
    return EventRow(
        step=step_words(e.type).capitalize(),
        name=e.name or "",
        participants=_and(name(p) for p in e.participants) or NOT_STATED,
        date=date_words(e.date),
        place=e.location or DASH,
        status=status_words(e.status),
        current=_status_lines(current, e, name, cite, year),
        disputed=_status_lines(disputed, e, name, cite, year),
        earlier=_status_lines(earlier, e, name, cite, year),
        n_sources=e.n_sources,
        cites=cite(e.mentions),
    )


def _coming_up(findings: Findings, name: Namer, cite: Citer, as_of: dt.date) -> list[ComingUp]:
    """Planned or proposed steps whose date has not passed on the as-of date."""
    out = []
    for e in sorted(findings.events, key=lambda e: _sort_key(e.date)):
        last = _last_day(e.date)
        if e.status not in ("planned", "proposed") or last is None or last < as_of:
            continue
        who = _and(name(p) for p in e.participants)
        text = e.name or step_words(e.type).capitalize()
        text += f": {who}" if who else ""
        if e.location:
            text += f", in {e.location}"
        text += f" ({status_words(e.status)}"
        if e.disputed:
            others = _and(sorted({status_words(r.status) for r in e.disputed}))
            text += f"; also reported {others}"
        text += ")"
        evidence = [ev for r in e.history if r.status == e.status for ev in r.evidence]
        evidence += [ev for r in e.disputed for ev in r.evidence]
        out.append(ComingUp(date_words(e.date), text, cite(evidence or e.mentions)))
    return out


# -- casualties -------------------------------------------------------------------


def _ledger(findings: Findings, name: Namer, cite: Citer, party_key) -> list[LedgerLine]:
    def key(r: LedgerRow) -> tuple:
        kind = KIND_ORDER.index(r.kind) if r.kind in KIND_ORDER else len(KIND_ORDER)
        return (party_key(r.party), kind, _sort_key(r.date), r.cumulative)

    out = []
    for r in sorted(findings.ledger, key=key):
        claims = tuple(
            ClaimLine(
                figure=c.figure,
                claimant=claimant_words(c.claimant, c.outlets, name),
                n_sources=c.n_sources,
                cites=cite(c.evidence),
            )
            for c in r.claims
        )
        out.append(
            LedgerLine(
                party=name(r.party),
                kind=r.kind,
                cumulative=r.cumulative,
                date=since_words(r.since) or date_words(r.date),
                place=r.location or DASH,
                claims=claims,
                cites=cite(r.evidence),
            )
        )
    return out


def _chart(findings: Findings, name: Namer) -> Chart:
    """Every dated claim of CHART_KIND, by party, at the date it was published.

    The same figure from the same party on the same day is one point; running
    tallies are joined by a line, single incidents stand alone.
    """
    from briefings.render.chart import ChartPoint, casualty_chart  # render imports this module

    points: dict[tuple, ChartPoint] = {}
    for r in findings.ledger:
        if r.kind != CHART_KIND:
            continue
        for c in r.claims:
            when = _day(c.reported) or _day(r.date)
            if when is None or c.value is None:
                continue
            party = name(r.party)
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
    svg = casualty_chart(ordered, title=f"People reported {CHART_KIND}, by party and date reported")
    caption = (
        f"People reported {CHART_KIND}: each mark is one claim, placed at the date it was "
        "published; a line joins the figures of one running total as it grows. Claims are "
        "as reported and are listed with their sources in the table below."
    )
    return Chart(svg=Markup(svg), caption=caption, n_points=len(ordered))


# -- timeline ---------------------------------------------------------------------


def _timeline(
    items: Iterable[TimelineItem], findings: Findings, name: Namer, cite: Citer
) -> list[TimelineEntry]:
    events = {e.id: e for e in findings.events}
    ledger = {r.id: r for r in findings.ledger}
    ground = {g.id: g for g in findings.ground}
    statements = [s for p in findings.positions for _, ss in p.themes for s in ss]
    by_id = {s.id: s for s in statements if s.id}

    def text_of(item: TimelineItem) -> str:
        if item.ref in events:
            return event_text(events[item.ref], name)
        if item.ref in ledger:
            return ledger_text(ledger[item.ref], name)
        if item.ref in ground:
            return ground_text(ground[item.ref], name, dated=False)
        if item.ref in by_id:
            return statement_text(by_id[item.ref], name)
        mine = set(item.evidence)
        for s in statements:
            if mine & set(s.evidence):
                return statement_text(s, name)
        # Nothing to compose from: the source's own sentence, verbatim.
        return f"“{item.evidence[0].sentence.strip()}”" if item.evidence else item.ref

    out = []
    for item in items:
        out.append(
            TimelineEntry(
                date=date_words(item.date, empty=""),
                date_iso=item.date or "",
                category=item.category,
                text=text_of(item),
                cites=cite(item.evidence),
            )
        )
    return out
