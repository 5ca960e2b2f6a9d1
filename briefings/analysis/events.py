"""Event merging: the mentions of one diplomatic step across articles become one Event.

Two mentions are the same step when they have the same type, overlapping
participants (or one side's are unknown) and compatible dates and places:

- dates: a month fits its days; two different days never merge. A mention
  without a date of a step still to come (planned, proposed, not planned,
  cancelled) fits a dated step only if its article appeared at most
  ``PLAN_WINDOW_DAYS`` before that date (plans made weeks earlier are
  another plan); one of a step that happened (held, concluded) fits only a
  step dated on or before its article's date and never one after the as-of date;
- places: held or concluded mentions must agree on the place (seats of power
  count as their city: the Kremlin is in Moscow); plans may move;
- proper names: the sources' name for a step ("the Sochi memorandum") joins
  every sentence that uses it, including sentences that only refer to it,
  and two different names never merge.

Mentions are taken most specific first (named, then full dates, months, years,
undated); each joins the compatible event it fits best (+3 same name, +2
same date, +1 same place, +1 same participants, +0.5 an event with a full
date) and starts a new one when nothing fits or two events fit equally well.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from briefings.analysis.common import (
    Context,
    compatible_dates,
    day,
    first_day,
    more_precise,
    norm,
    order_key,
    parts,
    place,
)
from briefings.analysis.model import Event, StatusReport
from briefings.models import Casualty, DiplomaticStep, Evidence, GroundEvent, Statement

PLAN_WINDOW_DAYS = 14
#: Undated mentions of an undated step reported this close together can be one step.
NEAR_DAYS = 3
FUTURE = {"planned", "proposed", "not_planned", "cancelled"}
DONE = {"held", "concluded"}

#: The noun after a proper name, most specific first (the name shown uses the most specific).
NOUNS = {
    "memorandum": "agreement",
    "treaty": "agreement",
    "protocol": "agreement",
    "accords": "agreement",
    "accord": "agreement",
    "declaration": "agreement",
    "ceasefire": "agreement",
    "truce": "agreement",
    "agreements": "agreement",
    "agreement": "agreement",
    "deal": "agreement",
    "summit": "meeting",
    "talks": "talks",
    "format": "talks",
    "process": "talks",
}
_NAMED = re.compile(
    # The noun in any case: "the Sochi memorandum", "the Dorne Corridor Agreement".
    r"\b([A-Z][a-z]{2,}(?:[- ][A-Z][a-z]{2,})?)\s+((?i:" + "|".join(NOUNS) + r"))\b(?!-)",
)
_NOT_NAMES = set(
    """the this that these those a an any new previous existing such peace trade grain nuclear
    prisoner security humanitarian final interim comprehensive bilateral ceasefire joint
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday last next earlier later""".split()
)


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    try:
        from briefings.nlp.world import countries

        return frozenset(norm(d) for c in countries() for d in (*c.demonyms, *c.names))
    except Exception:
        return frozenset()


def named(sentence: str) -> list[tuple[str, str, str]]:
    """Proper names of diplomatic steps in a sentence: [(name, noun, type)].

    'the Sochi memorandum' -> ('Sochi', 'memorandum', 'agreement'); demonyms
    ('Russian-Turkish agreements'), months and common words are not names.
    """
    out = []
    words_ = sentence.split()
    headline = sum(w[:1].isupper() for w in words_) > 0.6 * len(words_)
    for m in _NAMED.finditer(sentence):
        if headline and not m.group(2).islower():
            continue  # Title Case headlines capitalise every noun: "Putin-Erdogan Talks"
        name = m.group(1)
        # A capitalised article or adjective before the name ("The Selka Accord") is dropped.
        first, _, rest = name.partition(" ")
        if rest and norm(first) in _NOT_NAMES:
            name = rest
        words = re.split(r"[- ]", name)
        if any(norm(w) in _NOT_NAMES or norm(w) in _demonyms() for w in words):
            continue
        # The noun as written: a name shows as its sources spell it ("Corridor Agreement").
        out.append((name, m.group(2), NOUNS[m.group(2).lower()]))
    return out


@dataclass
class _Mention:
    type: str
    participants: frozenset[str]
    status: str | None  # None: a sentence that only refers to the step by name
    date: str | None
    location: str | None
    name: str | None
    noun: str | None
    evidence: Evidence
    reported: str | None
    reporter: str | None
    side: str | None
    order: tuple = ()


@dataclass
class _Cluster:
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def name(self) -> str | None:
        return next((m.name for m in self.mentions if m.name), None)

    @property
    def date(self) -> str | None:
        date = None
        for m in self.mentions:
            date = more_precise(date, m.date)
        return date

    @property
    def participants(self) -> frozenset[str]:
        return frozenset().union(*(m.participants for m in self.mentions))

    @property
    def locations(self) -> set[str]:
        return {norm(m.location) for m in self.mentions if m.location}

    @property
    def done_locations(self) -> set[str]:
        return {norm(m.location) for m in self.mentions if m.location and m.status in DONE}


def _mentions(ctx: Context) -> list[_Mention]:
    out: list[_Mention] = []
    covered: set[tuple[str, int, str]] = set()  # (article, sentence start, type)
    for s in ctx.facts.diplomacy:
        out.append(_from_step(ctx, s))
        covered.add((s.evidence.article_id, s.evidence.start, s.type))
    # Sentences that only refer to a named step ("runs counter to the Sochi agreements"):
    # every sentence any fact came from is searched, once.
    seen: set[tuple[str, int]] = set()
    every: list[Statement | Casualty | GroundEvent | DiplomaticStep] = [
        *ctx.facts.statements,
        *ctx.facts.casualties,
        *ctx.facts.ground,
        *ctx.facts.diplomacy,
    ]
    for f in sorted(every, key=lambda f: order_key(f.evidence)):
        e = f.evidence
        if (e.article_id, e.start) in seen:
            continue
        seen.add((e.article_id, e.start))
        for name, noun, kind in named(e.sentence):
            if (e.article_id, e.start, kind) in covered:
                continue
            covered.add((e.article_id, e.start, kind))
            years = set(re.findall(r"\b(?:19|20)\d\d\b", e.sentence))
            label, side = ctx.reporter(e)
            out.append(
                _Mention(
                    type=kind,
                    participants=frozenset(),
                    status=None,
                    date=years.pop() if len(years) == 1 else None,
                    location=None,
                    name=name,
                    noun=noun,
                    evidence=e,
                    reported=ctx.published(e),
                    reporter=label,
                    side=side,
                )
            )
    for i, m in enumerate(out):
        m.order = (*order_key(m.evidence), i)
    return out


def _from_step(ctx: Context, s: DiplomaticStep) -> _Mention:
    name = noun = None
    for n, nn, kind in named(s.evidence.sentence):
        if kind == s.type:
            name, noun = n, nn
            break
    label, side = ctx.reporter(s.evidence)
    return _Mention(
        type=s.type,
        participants=frozenset(s.participants),
        status=s.status,
        date=s.date if parts(s.date) else None,
        location=place(s.location),
        name=name,
        noun=noun,
        evidence=s.evidence,
        reported=ctx.published(s.evidence),
        reporter=label,
        side=side,
    )


def _specificity(m: _Mention) -> tuple:
    p = parts(m.date)
    return (m.name is None, -(len(p) if p else 0), m.order)


def _types_fit(m: _Mention, c: _Cluster) -> bool:
    """Same type; or leaders' "talks" and a "meeting" on the same day, which are one step."""
    types = {x.type for x in c.mentions}
    if m.type in types:
        return True
    face_to_face = {"meeting", "talks"}
    return {m.type} | types <= face_to_face and day(m.date) is not None and m.date == c.date


def _tense(status: str | None) -> str | None:
    return "future" if status in FUTURE else "done" if status in DONE else None


def _anchored(ctx: Context, m: _Mention, c: _Cluster) -> bool:
    """Positive evidence that a mention is this step, beyond not contradicting it."""
    cdate = c.date
    if m.name and c.name:
        return True
    if m.date and cdate:
        return True  # compatible (checked before): the same day, or a month holding it
    if m.location and norm(m.location) in c.locations:
        return True
    for o in c.mentions:
        # One article about one step: the same sides in the same story.
        if o.evidence.article_id == m.evidence.article_id and o.participants == m.participants:
            return True
    reported, when = day(m.reported), first_day(cdate)
    if reported and when and m.status in FUTURE:
        return True  # reported within PLAN_WINDOW_DAYS before the date (checked before)
    if reported and when and m.status in DONE and (reported - when).days <= PLAN_WINDOW_DAYS:
        return True  # "held talks" in a story of the days just after them
    if reported and cdate is None:
        # Neither side dated: reports within days of each other, in the same tense.
        for o in c.mentions:
            other = day(o.reported)
            if other and abs((other - reported).days) <= NEAR_DAYS:
                if _tense(o.status) == _tense(m.status):
                    return True
    return False


def _fits(ctx: Context, m: _Mention, c: _Cluster) -> float | None:
    """How well a mention fits an event; None if it cannot be the same step."""
    if not _types_fit(m, c):
        return None
    if m.name and c.name and norm(m.name) != norm(c.name):
        return None
    if m.participants:
        # Every mention must share the step's sides (complete linkage: Russia–Turkey and
        # Russia–Syria do not become one step through a Russia–Turkey–Syria mention).
        for o in c.mentions:
            if o.participants and len(m.participants & o.participants) < min(
                2, len(m.participants), len(o.participants)
            ):
                return None
    cp = c.participants
    cdate = c.date
    if not compatible_dates(m.date, cdate):
        return None
    if m.date is None and cdate is not None and m.status is not None:
        reported, when = day(m.reported), first_day(cdate)
        if m.status in FUTURE and reported and when:
            if not -2 <= (when - reported).days <= PLAN_WINDOW_DAYS:
                return None
        if m.status in DONE and when:
            if reported and reported < when:
                return None
            if ctx.as_of and when > ctx.as_of:
                return None
    if m.status in DONE and m.location and c.done_locations:
        if norm(m.location) not in c.done_locations:
            return None
    if not _anchored(ctx, m, c):
        return None
    score = 0.0
    if m.name and c.name:
        score += 3
    if m.date and cdate and m.date == cdate:
        score += 2
    if m.location and norm(m.location) in c.locations:
        score += 1
    if m.participants and m.participants == cp:
        score += 1
    if day(cdate):
        score += 0.5
    return score


def merge_events(ctx: Context) -> list[Event]:
    clusters: list[_Cluster] = []
    for m in sorted(_mentions(ctx), key=_specificity):
        scored = [(s, c) for c in clusters if (s := _fits(ctx, m, c)) is not None]
        best = max((s for s, _ in scored), default=None)
        top = [c for s, c in scored if s == best]
        if len(top) == 1:
            top[0].mentions.append(m)
        else:
            clusters.append(_Cluster([m]))
    _attach_references(ctx, clusters)
    # Clusters made only of passing references (no status, no date) stay: they are
    # how a reader learns that an agreement keeps being invoked.
    events = [_event(ctx, c) for c in clusters]
    events.sort(key=lambda e: order_key(e.mentions[0]))
    return [_renumber(e, i) for i, e in enumerate(events, start=1)]


_AGREEMENT_NOUN = re.compile(
    r"\b(" + "|".join(n for n, kind in NOUNS.items() if kind == "agreement") + r")\b", re.IGNORECASE
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _attach_references(ctx: Context, clusters: list[_Cluster]) -> None:
    """Unnamed references to a named agreement: "in 2018 the two agreed a memorandum".

    A sentence with an agreement noun and exactly one year refers to the named
    agreement of that year, when exactly one named agreement has that year; any
    doubt and the sentence is left alone.
    """
    by_year: dict[str, list[_Cluster]] = {}
    for c in clusters:
        p = parts(c.date)
        if c.name and c.mentions[0].type == "agreement" and p:
            by_year.setdefault(str(p[0]), []).append(c)
    if not by_year:
        return
    taken = {(m.evidence.article_id, m.evidence.start) for c in clusters for m in c.mentions}
    every: list[Statement | Casualty | GroundEvent | DiplomaticStep] = [
        *ctx.facts.statements,
        *ctx.facts.casualties,
        *ctx.facts.ground,
        *ctx.facts.diplomacy,
    ]
    for f in sorted(every, key=lambda f: order_key(f.evidence)):
        e = f.evidence
        if (e.article_id, e.start) in taken:
            continue
        taken.add((e.article_id, e.start))
        noun = _AGREEMENT_NOUN.search(e.sentence)
        years = set(_YEAR.findall(e.sentence))
        if not noun or len(years) != 1:
            continue
        year = years.pop()
        if len(by_year.get(year, [])) != 1:
            continue
        label, side = ctx.reporter(e)
        by_year[year][0].mentions.append(
            _Mention(
                type="agreement",
                participants=frozenset(),
                status=None,
                date=year,
                location=None,
                name=None,
                noun=noun.group(1).lower(),
                evidence=e,
                reported=ctx.published(e),
                reporter=label,
                side=side,
                order=(*order_key(e), len(taken)),
            )
        )


def _renumber(e: Event, i: int) -> Event:
    from dataclasses import replace

    return replace(e, id=f"e{i}")


def _event(ctx: Context, c: _Cluster) -> Event:
    ms = sorted(c.mentions, key=lambda m: m.order)
    reports = _reports(ms)
    dated = [r for r in reports if day(r.reported)]
    latest_day = max((r.reported or "" for r in dated), default=None)
    current = [r for r in reports if r.reported == latest_day] if dated else reports
    status = current[0].status if current else None
    disputed = tuple(r for r in current[1:] if r.status != status)
    name = None
    if c.name:
        # Only nouns that follow the name: an unnamed reference ("a memorandum") says nothing.
        nouns = [m.noun for m in ms if m.noun and m.name]
        noun = min(nouns, key=lambda n: (list(NOUNS).index(n.lower()), n)) if nouns else ""
        name = f"{c.name} {noun[:-1] if noun.lower() == 'agreements' else noun}".strip()
    with_people = [m.participants for m in ms if m.participants]
    counts = Counter(p for ps in with_people for p in ps)
    order = list(dict.fromkeys(p for m in ms for p in sorted(m.participants)))
    participants = tuple(p for p in order if counts[p] * 2 > len(with_people)) or tuple(order)
    location = next((r.location for r in current if r.location), None) or next(
        (loc for loc, _ in Counter(m.location for m in ms if m.location).most_common(1)), None
    )
    return Event(
        id="",
        # A face-to-face meeting is the more specific word for leaders' talks.
        type="meeting" if "meeting" in {m.type for m in ms} else ms[0].type,  # type: ignore[arg-type]
        participants=participants,
        name=name,
        date=c.date,
        location=location,
        status=status,
        disputed=disputed,
        history=tuple(reports),
        mentions=tuple(dict.fromkeys(m.evidence for m in ms)),
        n_sources=ctx.n_sources(m.evidence for m in ms),
    )


def _reports(ms: list[_Mention]) -> list[StatusReport]:
    """One report per status, reporter, day, date and place; latest first, undated last."""
    grouped: dict[tuple, list[_Mention]] = {}
    for m in ms:
        if m.status is None:
            continue
        key = (m.status, norm(m.reporter), m.reported, m.date, norm(m.location))
        grouped.setdefault(key, []).append(m)
    reports = [
        StatusReport(
            status=g[0].status,  # type: ignore[arg-type]
            reported=g[0].reported,
            reporter=g[0].reporter,
            side=g[0].side,
            date=g[0].date,
            location=g[0].location,
            evidence=tuple(dict.fromkeys(m.evidence for m in g)),
        )
        for g in grouped.values()
    ]
    dated = sorted(
        (r for r in reports if day(r.reported)), key=lambda r: r.reported or "", reverse=True
    )
    return dated + [r for r in reports if not day(r.reported)]
