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
  count as their city: the Kremlin is in Moscow; a venue, its city and its region
  are one place, places.py); plans may move;
- proper names: the sources' name for a step ("the Sochi memorandum") joins
  every sentence that uses it, including sentences that only refer to it,
  and two different names never merge.

Mentions are taken most specific first (named, then full dates, months, years,
undated); each joins the compatible event it fits best (+3 same name, +2
same date, +1 same place, +1 same participants, +0.5 an event with a full
date) and starts a new one when nothing fits; of events that fit equally well it
joins the most told (one step told in two pieces gains no third). Leaders' talks, a
meeting and the visit it was held in, on one day, are one step; calls, meetings and
visits are told undated as done only in the week after them (they recur).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field, replace
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
from briefings.analysis.index import Blocks, blocks
from briefings.analysis.model import Event, StatusReport
from briefings.analysis.places import Places
from briefings.models import (
    Casualty,
    DiplomacyStatus,
    DiplomaticStep,
    Evidence,
    GroundEvent,
    Statement,
)

PLAN_WINDOW_DAYS = 14
#: Talks put off and held again this many days apart at most are one process.
PROCESS_DAYS = 45
#: Undated mentions of an undated step reported this close together can be one step.
NEAR_DAYS = 3
#: A call, meeting or visit told undated as done is the one of the week before at most.
ONE_OFF_DAYS = 7
#: Talks at one place go on for days ("opened in Pretoria on Tuesday", "were extended to
#: Sunday"): reports of them held on days at most this far apart are one round.
TALKS_DAYS = 10
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
    direct indirect formal informal official preliminary technical broader wider renewed
    fresh further high-level face-to-face trilateral multilateral regional international
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
    """Proper names of diplomatic steps in a sentence: [(name, noun, type)] (see ``_named_in``)."""
    return list(_named_in(sentence))


def _named_in(sentence: str) -> tuple[tuple[str, str, str], ...]:
    """Proper names of diplomatic steps in a sentence: [(name, noun, type)].

    'the Sochi memorandum' -> ('Sochi', 'memorandum', 'agreement'); demonyms
    ('Russian-Turkish agreements'), months and common words are not names.
    """
    out = []
    headline: bool | None = None  # worked out once, only for a sentence with a name in it
    for m in _NAMED.finditer(sentence):
        if headline is None:
            words_ = sentence.split()
            headline = sum(w[:1].isupper() for w in words_) > 0.6 * len(words_)
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
    return tuple(out)


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
    reported: str | None  # the article's publication date
    reporter: str | None
    side: str | None
    order: tuple = ()
    when: str | None = None  # when it was written, as far as known (Context.reported)
    #: What kind of agreement its own word makes it: "truce" or "document", else None.
    family: str | None = None
    #: How long a truce is to last, in hours, when its sentence says ("a seven-day truce").
    hours: int | None = None
    term: str | None = None  # the step's own word (DiplomaticStep.term)
    #: "agreed on Saturday" in an undated article: the day of the week, with no date
    weekday: int | None = None


@dataclass
class _Cluster:
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def name(self) -> str | None:
        return next((m.name for m in self.mentions if m.name), None)

    @property
    def date(self) -> str | None:
        """The step's day: the one it took place on when reported so, else the day
        given by the latest report ("rescheduled for 24 October"), else the most precise."""
        done = [m for m in self.mentions if m.date and m.status in DONE]
        if done:
            return _most_precise(done)
        dated = [m for m in self.mentions if m.date]
        if not dated:
            return None
        latest = max((m.when or "" for m in dated), default="")
        return _most_precise([m for m in dated if (m.when or "") == latest] or dated)

    @property
    def dates(self) -> set[str]:
        return {m.date for m in self.mentions if m.date}

    @property
    def participants(self) -> frozenset[str]:
        return frozenset().union(*(m.participants for m in self.mentions))

    @property
    def locations(self) -> set[str]:
        return {norm(m.location) for m in self.mentions if m.location}

    @property
    def done_locations(self) -> set[str]:
        return {norm(m.location) for m in self.mentions if m.location and m.status in DONE}


def _most_precise(ms: list[_Mention]) -> str | None:
    date = None
    for m in ms:
        date = more_precise(date, m.date)
    return date


def _unspecific(m: _Mention, c: _Cluster, places: Places) -> bool:
    """A mention that says nothing to tell it from ``c``: no day, no name, no other
    place, and the step's own sides."""
    if m.date is not None or m.name is not None:
        return False
    if m.location and c.locations and not _at(places, m.location, c.locations):
        return False
    # the step's own sides, some of them, or them and a broker or host named with them
    core = _core(c)
    return not m.participants or m.participants <= core or core <= m.participants


#: Which statuses a step's reports can follow from: a suspension follows talks held or
#: planned, a report that talks took place follows one that they were planned.
_AFFINITY = {
    "held": ({"held", "concluded"}, {"planned", "proposed"}),
    "concluded": ({"held", "concluded"}, {"planned", "proposed"}),
    "cancelled": ({"held", "planned", "cancelled"}, {"proposed"}),
    "planned": ({"planned", "proposed"}, {"cancelled", "held", "concluded"}),
    "proposed": ({"planned", "proposed"}, {"held", "concluded"}),
    "not_planned": ({"planned", "proposed", "not_planned"}, set()),
}


#: Steps that last and are told of again and again ("the talks", "the ceasefire"); calls,
#: meetings and visits are one-off contacts, each its own until a date or place says
#: otherwise.
_LASTING = frozenset(("talks", "agreement"))


def _only_step(m: _Mention, fitting: Iterable[_Cluster], places: Places) -> _Cluster | None:
    """The one step an unspecific mention can be: of the lasting steps it fits and does
    not contradict, the one whose reports it most plainly goes on from, if only one.
    ``fitting`` is read lazily: two steps it most plainly goes on from settle it."""
    if m.status is None or m.type not in _LASTING:
        return None
    close, loose = _AFFINITY.get(m.status, (set(), set()))
    ranked: dict[int, list[_Cluster]] = {}
    for c in fitting:
        if not _unspecific(m, c, places) or _kind(c) != m.type:
            continue  # "talks can be arranged" is no news of the leaders' meeting
        statuses = {o.status for o in c.mentions if o.status}
        # the same kind of deal ("a ceasefire" and the ceasefire, not the trade deal)
        kin = bool(m.family) and any(o.family == m.family for o in c.mentions)
        rank = (
            (4 if kin else 2) if statuses & close else (3 if kin else 1) if statuses & loose else 0
        )
        ranked.setdefault(rank, []).append(c)
        if len(ranked.get(4, ())) > 1 or (not m.family and len(ranked.get(2, ())) > 1):
            return None  # no one step; the rest cannot change that
    for rank in (4, 3, 2, 1):
        if rank in ranked:
            return ranked[rank][0] if len(ranked[rank]) == 1 else None
    return None


def _at(places: Places, where: str, among: set[str]) -> bool:
    """Whether a place is one of a step's places, or one with it (places.py)."""
    return any(places.same(where, x) for x in among)


def _kind(c: _Cluster) -> str:
    """The step's type: a face-to-face meeting is the more specific word for leaders'
    talks."""
    types = [m.type for m in sorted(c.mentions, key=lambda m: m.order)]
    return next((t for t in ("meeting", "talks") if t in types), types[0])


def _core(c: _Cluster) -> frozenset[str]:
    """The sides most of a step's mentions name."""
    with_people = [m.participants for m in c.mentions if m.participants]
    counts = Counter(p for ps in with_people for p in ps)
    return frozenset(p for p, n in counts.items() if n * 2 > len(with_people))


def _mentions(ctx: Context) -> list[_Mention]:
    found: dict[str, tuple[tuple[str, str, str], ...]] = {}

    def read(sentence: str) -> tuple[tuple[str, str, str], ...]:
        # a step's sentence is read for its own name and again for references: once
        if sentence not in found:
            found[sentence] = _named_in(sentence)
        return found[sentence]

    out: list[_Mention] = []
    covered: set[tuple[str, int, str]] = set()  # (article, sentence start, type)
    for s in ctx.facts.diplomacy:
        out.append(_from_step(ctx, s, read))
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
        for name, noun, kind in read(e.sentence):
            if (e.article_id, e.start, kind) in covered:
                continue
            covered.add((e.article_id, e.start, kind))
            years = set(re.findall(r"\b(?:19|20)\d\d\b", e.sentence))
            label, side = ctx.reporter(e)
            out.append(
                _Mention(
                    family=family(noun) if kind == "agreement" else None,
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
        m.when = ctx.reported(m.evidence)
    return out


def _from_step(
    ctx: Context, s: DiplomaticStep, read: Callable[[str], Iterable[tuple[str, str, str]]] = named
) -> _Mention:
    name = noun = None
    for n, nn, kind in read(s.evidence.sentence):
        if kind == s.type:
            name, noun = n, nn
            break
    label, side = ctx.reporter(s.evidence)
    return _Mention(
        family=family(s.term or noun) if s.type == "agreement" else None,
        term=s.term,
        hours=truce_hours(s.evidence.sentence) if s.type == "agreement" else None,
        type=s.type,
        participants=frozenset(s.participants),
        status=s.status,
        date=s.date if parts(s.date) else None,
        weekday=None if parts(s.date) else s.weekday,
        location=place(s.location),
        name=name,
        noun=noun,
        evidence=s.evidence,
        reported=ctx.published(s.evidence),
        reporter=label,
        side=side,
    )


#: Agreements of different kinds are different steps: a truce is not a declaration.
FAMILIES = {
    "truce": "ceasefire cease-fire ceasefires truce truces armistice cessation pause".split(),
    "document": "declaration memorandum commitment protocol treaty accord accords road map "
    "roadmap".split(),
}
_FAMILY_OF = {w: f for f, words in FAMILIES.items() for w in words}


def family(term: str | None) -> str | None:
    """'ceasefire' -> 'truce', 'memorandum' -> 'document', 'deal' -> None (any kind)."""
    if not term:
        return None
    words = term.lower().split()
    return _FAMILY_OF.get(words[0]) or _FAMILY_OF.get(words[-1])


_UNITS = {"hour": 1, "day": 24, "week": 24 * 7, "month": 24 * 30}
_COUNTS = dict(
    zip(
        "one two three four five six seven eight nine ten eleven twelve".split(),
        range(1, 13),
        strict=True,
    )
)
_DURATION = re.compile(
    r"\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]"
    r"(hour|day|week|month)s?(?:-long)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ceasefire|cease-fire|truce|pause|halt)\b",
    re.IGNORECASE,
)


def truce_hours(sentence: str) -> int | None:
    """'a seven-day ceasefire' -> 168; None unless exactly one length is given."""
    found = {
        (int(n) if n.isdigit() else _COUNTS[n.lower()]) * _UNITS[unit.lower()]
        for n, unit in _DURATION.findall(sentence)
    }
    return found.pop() if len(found) == 1 else None


def _specificity(m: _Mention) -> tuple:
    p = parts(m.date)
    return (m.name is None, -(len(p) if p else 0), m.location is None, m.order)


#: Leaders' talks and a meeting on one day are one step (_types_fit).
_FACE_TO_FACE = frozenset({"meeting", "talks"})
#: ... and so is the visit in which they met ("visited Moscow on August 6, where he
#: held a meeting with Putin").
_IN_PERSON = _FACE_TO_FACE | {"visit"}


def _types_fit(m: _Mention, c: _Cluster, places: Places) -> bool:
    """Same type; or leaders' "talks" and a "meeting" on the same day, which are one step."""
    types = {x.type for x in c.mentions}
    if m.type in types:
        return True
    if not ({m.type} | types <= _IN_PERSON and day(m.date) is not None and m.date in c.dates):
        return False
    # a visit elsewhere that day is another step ("will visit Israel on Monday" before
    # the summit in Egypt)
    return not (m.location and c.locations and not _at(places, m.location, c.locations))


def _tense(status: str | None) -> str | None:
    return "future" if status in FUTURE else "done" if status in DONE else None


_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
_ROUND = re.compile(
    r"\b(?P<which>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|next"
    r"|another|latest|fresh|further|\d+(?:st|nd|rd|th))\s+(?:round|session)s?\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 14)
def _round(sentence: str) -> str | None:
    """Which round of talks a sentence tells: "second", or "new" for one more; None."""
    found = {
        m.group("which").lower()
        for m in _ROUND.finditer(sentence)
        # (not one the step is set against: "far shorter than the first round")
        if not _SET_AGAINST.search(sentence, max(0, m.start() - 20), m.start())
    }
    return found.pop() if len(found) == 1 else None


_SET_AGAINST = re.compile(
    r"\b(?:than|after|since|before|following|unlike|like|from|of)\s+(?:the\s+|a\s+)?$", re.I
)


def _rescheduled(m: _Mention, c: _Cluster, places: Places) -> bool:
    """Talks planned for one day, put off and held on another are one process: the same
    sides (checked before) and place, days at most ``PROCESS_DAYS`` apart, and a plan
    among them ("planned for 8 October in South Africa", "rescheduled for 24 October",
    "delegations meet in South Africa")."""
    if m.type != "talks" or _kind(c) != "talks":
        return False  # (not the leaders' meeting its talks lead up to)
    if _round(m.evidence.sentence) in _ORDINALS or any(
        _round(o.evidence.sentence) in _ORDINALS for o in c.mentions
    ):
        # "a second round in Istanbul on June 2": one more, not the first put off (but
        # "the next round", put off, is the one planned)
        return False
    if not m.location or not _at(places, m.location, c.locations):
        return False
    if m.status not in FUTURE | {"cancelled"} and not any(
        o.status in FUTURE | {"cancelled"} for o in c.mentions
    ):
        return False
    mine = first_day(m.date)
    return mine is not None and all(
        (d := first_day(x)) is None or abs((d - mine).days) <= PROCESS_DAYS for x in c.dates
    )


_TALKS_ENDED = re.compile(
    r"\b(?:ended|concluded|wrapped\s+up|broke\s+up|closed|adjourned|finished)\b", re.IGNORECASE
)


def _went_on(m: _Mention, c: _Cluster, places: Places) -> bool:
    """Talks held at one place over days are one round: the same sides (checked
    before), told as taking place at that place on days at most ``TALKS_DAYS`` apart, no
    round of them set against another ("a second round", "new talks")."""
    if m.type != "talks" or m.status not in DONE | {"cancelled"} or _kind(c) != "talks":
        return False
    if not m.location or not _at(places, m.location, c.locations):
        return False
    if _round(m.evidence.sentence) or any(_round(o.evidence.sentence) for o in c.mentions):
        return False
    if any(_TALKS_ENDED.search(o.evidence.sentence) for o in (m, *c.mentions)):
        return False  # talks told as ended that day are a round of their own
    mine = day(m.date)
    return (
        mine is not None
        and any(o.status in DONE for o in c.mentions)
        and all((d := first_day(x)) is None or abs((d - mine).days) <= TALKS_DAYS for x in c.dates)
    )


# A deal about something of its own, not a truce: "a prisoner exchange deal", "a grain deal".
_DEAL_OF_ITS_OWN = re.compile(
    r"\b(?:exchange|swap|grain|prisoners?|aid|hostages?|release|trade|economic|energy|gas|oil"
    r"|border|maritime|water|security|defen[cs]e|investment)\s+(?:[\w-]+\s+)?(?:deal|agreement"
    r"|accord|pact)\b",
    re.IGNORECASE,
)
_EXTENDED = re.compile(r"\bexten(?:d|ds|ded|ding|sion)\b|\brenew(?:ed|al)?\b", re.IGNORECASE)


def _told_a_day_apart(m: _Mention, c: _Cluster) -> bool:
    """A truce made overnight is dated by some on the day it was agreed, by others on
    the day it was announced: truces made between the same sides (checked after) on
    days next to each other are one ("agreed on Wednesday", "announced on Thursday")."""
    mine = day(m.date)
    if mine is None or m.type != "agreement" or m.status != "concluded":
        return False
    if m.family not in (None, "truce") or not all(o.family in (None, "truce") for o in c.mentions):
        return False
    if m.family is None and not any(o.family == "truce" for o in c.mentions):
        return False  # (two deals, neither told as a truce: no sign they are one)
    if any(
        x.family is None and _DEAL_OF_ITS_OWN.search(x.evidence.sentence) for x in (m, *c.mentions)
    ):
        return False  # "signed a prisoner exchange deal on Tuesday": another deal
    # (not two truces told apart by their names, or a truce and its extension; one
    # named for where it holds, "the Gaza ceasefire", and one told unnamed may be one)
    if (m.name and c.name and norm(m.name) != norm(c.name)) or any(
        _EXTENDED.search(o.evidence.sentence) for o in (m, *c.mentions)
    ):
        return False
    days = [d for x in c.dates if (d := day(x))]
    return (
        bool(days)
        and all(abs((d - mine).days) <= 1 for d in days)
        and any(
            o.status == "concluded" and "truce" in (o.family, m.family) and day(o.date)
            for o in c.mentions
        )
    )


def _on_its_weekday(m: _Mention, c: _Cluster, slack: int = 0) -> bool:
    """Whether a step's days hold the day of the week a mention names (``slack`` days
    either side: a truce made overnight is told on either day); True when the step has
    no day to set against it."""
    days = [d for x in c.dates if (d := day(x))]
    if m.weekday is None or not days:
        return True
    if m.type != "agreement":
        slack = 0
    return any(
        min((d.weekday() - m.weekday) % 7, (m.weekday - d.weekday()) % 7) <= slack for d in days
    )


def _anchored(ctx: Context, m: _Mention, c: _Cluster) -> bool:
    """Positive evidence that a mention is this step, beyond not contradicting it."""
    if m.name and c.name:
        return True
    if m.date and c.dates:
        return True  # compatible (checked before): the same day, or a month holding it
    if m.weekday is not None and any(day(x) for x in c.dates) and _on_its_weekday(m, c):
        return True  # "on Saturday", in an undated article, told of a step of a Saturday
    if m.location and _at(ctx.places, m.location, c.locations):
        return True
    if (m.location and c.name and ctx.places.same(m.location, c.name)) or (
        m.name and _at(ctx.places, m.name, c.locations)
    ):
        return True  # "the Jeddah talks" are the talks held in Jeddah
    if _same_story(m, c):
        return True
    reported = day(m.reported)
    whens = [w for x in c.dates if (w := first_day(x))]
    if reported and whens and m.status in FUTURE:
        return True  # reported within PLAN_WINDOW_DAYS before the date (checked before)
    if (
        reported
        and m.status in DONE
        and any(0 <= (reported - w).days <= _told_after(m.type) for w in whens)
    ):
        return True  # "held talks" in a story of the days just after them
    if reported and not c.dates and not m.date:
        # Neither side dated: reports within days of each other, in the same tense.
        for o in c.mentions:
            other = day(o.reported)
            if other and abs((other - reported).days) <= NEAR_DAYS:
                if _tense(o.status) == _tense(m.status):
                    return True
    return False


def _told_after(kind: str) -> int:
    """How many days after a step a story may tell it as done without its date: talks
    and agreements are told of for weeks; calls, meetings and visits between the same
    leaders recur within days, and a story tells its own at once."""
    return PLAN_WINDOW_DAYS if kind in _LASTING else ONE_OFF_DAYS


def _same_story(m: _Mention, c: _Cluster) -> bool:
    """One article about one step: the same sides in the same story."""
    return any(
        o.evidence.article_id == m.evidence.article_id and o.participants == m.participants
        for o in c.mentions
    )


def _compatible(ctx: Context, m: _Mention, c: _Cluster) -> bool:
    """Whether a mention can be this step: nothing it says contradicts the step."""
    if not _types_fit(m, c, ctx.places):
        return False
    if m.family and any(o.family and o.family != m.family for o in c.mentions):
        return False  # a declaration is not the truce signed later
    if m.hours and any(o.hours and o.hours != m.hours for o in c.mentions):
        return False  # a 24-hour truce is not the seven-day one
    if m.type == "talks" and (mine := _round(m.evidence.sentence)) in _ORDINALS:
        if any((r := _round(o.evidence.sentence)) in _ORDINALS and r != mine for o in c.mentions):
            return False  # the second round is not the first
    if m.name and c.name and norm(m.name) != norm(c.name):
        return False
    same_name = bool(m.name and c.name and norm(m.name) == norm(c.name))
    if m.participants and not (same_name and m.participants & c.participants):
        # Every mention must share the step's sides (complete linkage: Russia–Turkey and
        # Russia–Syria do not become one step through a Russia–Turkey–Syria mention);
        # a step called by the same name and sharing a side is the one step, whoever
        # else a report names in it ("the Gaza ceasefire" Vance asks Israel to keep).
        for o in c.mentions:
            if o.participants and len(m.participants & o.participants) < min(
                2, len(m.participants), len(o.participants)
            ):
                return False
    if (
        not all(compatible_dates(m.date, x) for x in c.dates)
        and not _rescheduled(m, c, ctx.places)
        and not _went_on(m, c, ctx.places)
        and not _told_a_day_apart(m, c)
    ):
        return False
    if m.weekday is not None and not _on_its_weekday(m, c, slack=1):
        return False  # "agreed on Saturday" is not the deal of a Tuesday
    if m.date is None and c.dates and m.status is not None:
        reported = day(m.reported)
        whens = [w for x in c.dates if (w := first_day(x))]
        if m.status in FUTURE and reported and whens:
            if not any(-2 <= (w - reported).days <= PLAN_WINDOW_DAYS for w in whens):
                return False
        if m.status in DONE and whens:
            if reported and all(reported < w for w in whens):
                return False
            if ctx.as_of and all(w > ctx.as_of for w in whens):
                return False
    # "the Alaska summit", planned in Alaska, is not the meeting held in Moscow (a name
    # only: "the Gaza summit" may be held anywhere)
    if m.status in DONE and m.location and c.name and _at(ctx.places, c.name, c.locations):
        # (a country may hold it: "the Jeddah talks" were held "in Saudi Arabia")
        if not ctx.places.same(m.location, c.name) and not ctx.places.country(m.location):
            return False
    # (a deal of the same day is told where it was reached, announced or signed:
    # "agreed ... following talks in Putrajaya", "agreed ... in Kuala Lumpur")
    same_day_deal = m.type == "agreement" and day(m.date) is not None and m.date in c.dates
    if m.status in DONE and m.location and c.done_locations and not same_day_deal:
        if not _at(ctx.places, m.location, c.done_locations):
            return False
    return True


def _score(ctx: Context, m: _Mention, c: _Cluster) -> float | None:
    """How well a compatible mention fits an event; None without positive evidence."""
    if not _anchored(ctx, m, c):
        return None
    score = 0.0
    if m.name and c.name:
        score += 3
    if m.date and m.date in c.dates:
        score += 2
    elif m.weekday is not None and any(day(x) for x in c.dates) and _on_its_weekday(m, c):
        score += 1.5  # the day of the week: a day, but not a sure one
    if _same_story(m, c):
        score += 1.5
    if m.location and _at(ctx.places, m.location, c.locations):
        score += 1
    if m.participants and m.participants == c.participants:
        score += 1
    if any(day(x) for x in c.dates):
        score += 0.5
    return score


def _filed(m: _Mention, places: Places) -> list[Hashable]:
    """The keys a step is filed under for one of its mentions (see ``_anchors``)."""
    keys: list[Hashable] = [("article", m.evidence.article_id)]
    if m.name:
        keys.append(("name", norm(m.name)))
    if m.location:
        keys.append(("place", places.key(m.location)))
    p = parts(m.date)
    if p:
        keys.append(("date", p))
        keys += [("within", p[:n]) for n in range(1, len(p) + 1)]
        keys.append(("first-day", first_day(m.date)))
        if (d := day(m.date)) is not None:
            keys.append(("weekday", d.weekday()))
    # Its report day is filed by merge_events, with its tense, while the step has no
    # date (the only way _anchored reads it); ``_lasting`` keys there too.
    return keys


#: Past this many sides a core or a mention's sides are not split into subsets.
_WIDE = 8


def _core_keys(kind: str, core: frozenset[str], status: str) -> list[Hashable]:
    """The keys a lasting step is filed under for its core sides and one of the statuses
    its reports give (``_lasting``)."""
    if len(core) > _WIDE:
        return [("wide-core", kind, status)]
    return [
        ("core", kind, status, core),
        *(("core-within", kind, status, sub) for sub in _subsets(core)),
    ]


def _subsets(sides: frozenset[str]) -> list[frozenset[str]]:
    ordered = sorted(sides)
    return [
        frozenset(s for i, s in enumerate(ordered) if bits >> i & 1)
        for bits in range(1 << len(ordered))
    ]


def _days(when: dt.date, first: int, last: int) -> list[dt.date]:
    return [when + dt.timedelta(days=d) for d in range(first, last + 1)]


def _anchors(m: _Mention, places: Places) -> list[Hashable]:
    """The keys under which every step ``_anchored`` (and compatible) could take ``m`` is
    filed: its name, its place (or its name as a place, its place as a name), its
    article, a date that fits its date, a date within the windows ``_compatible`` and
    ``_anchored`` allow around its report day, or an undated step reported days apart."""
    keys: list[Hashable] = [("article", m.evidence.article_id)]
    for word in (m.name, m.location):
        if word:
            keys += [("name", norm(word)), ("place", places.key(word))]
    p = parts(m.date)
    if p:
        keys.append(("within", p))  # a date as precise or more
        keys += [("date", p[:n]) for n in range(1, len(p))]  # a month or year holding it
    if m.weekday is not None:
        keys.append(("weekday", m.weekday))  # a day of that week
    reported = day(m.reported)
    if reported:
        if m.status in FUTURE:
            first, last = -PLAN_WINDOW_DAYS, 2
        else:
            first, last = 0, PLAN_WINDOW_DAYS if m.status in DONE else -1
        keys += [("first-day", d) for d in _days(reported, -last, -first)]
        # an undated step reported days apart in the same tense (filed by merge_events)
        tense = _tense(m.status)
        keys += [("reported", d, tense) for d in _days(reported, -NEAR_DAYS, NEAR_DAYS)]
    return keys


def _typed_anchors(m: _Mention, places: Places) -> list[Hashable]:
    """``_anchors`` under each type a compatible step can have (``_types_fit``): its own,
    or for talks or a meeting either. A step is filed under each of its types (its
    keys from ``_filed``, and its report days while it has no date), so a mention meets
    only the steps of its type that share a key with it, not every step on that day."""
    kinds = sorted(_IN_PERSON) if m.type in _IN_PERSON else [m.type]
    return [(kind, key) for kind in kinds for key in _anchors(m, places)]


def _lasting(m: _Mention) -> list[Hashable]:
    """The keys under which every step ``_only_step`` could give ``m`` is filed: one of
    its type (``_kind``) whose core sides hold its sides or are among them
    (``_unspecific``); any of its type when it names no side."""
    if m.status is None or m.type not in _LASTING or m.date is not None or m.name is not None:
        return []  # _only_step gives nothing
    sides = m.participants
    if not sides or len(sides) > _WIDE:
        return [("lasting", m.type)]
    # A step none of whose reports it can follow from (rank 0) is never the one.
    close, loose = _AFFINITY.get(m.status, (set(), set()))
    keys: list[Hashable] = []
    for status in sorted(close | loose):
        keys.append(("wide-core", m.type, status))
        keys.append(("core-within", m.type, status, sides))  # its sides among the core
        keys += [("core", m.type, status, sub) for sub in _subsets(sides)]  # core among its
    return keys


def merge_events(ctx: Context) -> list[Event]:
    clusters: list[_Cluster] = []
    index: Blocks[_Cluster] = blocks(ctx.every_pair)
    number: dict[int, int] = {}  # id(cluster) -> its number, in order of creation
    cores: dict[int, list[Hashable]] = {}  # cluster number -> its core keys filed
    # cluster number -> its types and the keys of its mentions (_filed), filed under each
    typed: dict[int, tuple[set[str], list[Hashable]]] = {}
    # cluster number -> the report keys of an undated cluster: unfiled once it is dated
    undated: dict[int, set[tuple[str, dt.date, str | None]]] = {}

    def join(m: _Mention, c: _Cluster | None) -> None:
        if c is None:
            c = _Cluster()
            number[id(c)] = len(clusters)
            clusters.append(c)
        n = number[id(c)]
        c.mentions.append(m)
        if m.type in _LASTING:  # for _only_step, of any date; its sides: _core_keys
            index.file(("lasting", m.type), n, c)
        # Filed under each of its types (_typed_anchors): a new type files all it has.
        types, filed = typed.setdefault(n, (set(), []))
        reports = undated.setdefault(n, set()) if len(c.mentions) == 1 else undated.get(n)
        new = _filed(m, ctx.places)
        filed += new
        if reports is not None:
            if m.date:  # dated now, and for good: no longer reached by its report days
                for report in reports:
                    for kind in types:
                        index.unfile((kind, report), n)
                del undated[n]
            elif (when := day(m.reported)) and (
                report := ("reported", when, _tense(m.status))
            ) not in reports:
                # _anchored reads report days only of a step without dates
                reports.add(report)
                new.append(report)
        if m.type not in types:
            types.add(m.type)
            for key in (*filed, *undated.get(n, ())):
                index.file((m.type, key), n, c)
        for kind in types:
            for key in new:
                index.file((kind, key), n, c)
        if m.participants or m.status or n not in cores:
            # the core sides, as they stand now, for every lasting type and status it has
            kinds = sorted({o.type for o in c.mentions} & _LASTING)
            statuses = sorted({o.status for o in c.mentions if o.status})
            core = _core(c)
            keys = [k for kind in kinds for st in statuses for k in _core_keys(kind, core, st)]
            if keys != cores.get(n):
                for key in cores.get(n, []):
                    index.unfile(key, n)
                for key in keys:
                    index.file(key, n, c)
                cores[n] = keys

    for m in sorted(_mentions(ctx), key=_specificity):
        fitting = [
            c for c in index.candidates(_typed_anchors(m, ctx.places)) if _compatible(ctx, m, c)
        ]
        scored = [(s, c) for c in fitting if (s := _score(ctx, m, c)) is not None]
        best = max((s for s, _ in scored), default=None)
        top = [c for s, c in scored if s == best]
        if len(top) > 1 and len({d for c in top for d in c.dates if day(d)}) <= 1:
            # Fitting two steps of one day alike, it is one of them, not a third: the step
            # most told of (a summit told in many stories is often also told in two
            # pieces). Steps of two days stay apart ("met Putin in April": the 11th or 25th).
            most = max(len(c.mentions) for c in top)
            top = [c for c in top if len(c.mentions) == most][:1]
        if len(top) == 1:
            join(m, top[0])
            continue
        if (
            len(top) > 1
            and not m.date
            and not m.location
            and all(any(o.status == m.status for o in c.mentions) for c in top)
        ):
            # A report with no day and no place that fits steps of two days alike, and
            # tells nothing of them that each has not told ("hours after Kyiv and Moscow
            # secured a deal", when the deal stands in two pieces): it is one of them, not
            # a third; which one it cannot say, so it stays a fact of its article only.
            continue
        if not top and (lasting := _lasting(m)):
            # "talks between the two sides", no day, no place, no name: the only step it
            # can be in this brief
            only = _only_step(
                m,
                (
                    c
                    for c in index.each(lasting)  # any order: only a unique step counts
                    if _unspecific(m, c, ctx.places)
                    and _kind(c) == m.type
                    and _compatible(ctx, m, c)
                ),
                ctx.places,
            )
            if only is not None:
                join(m, only)
                continue
        join(m, None)
    # Pieces of one step told apart because a report that ties them came after each had
    # taken its own reports ("opened talks in Pretoria on Tuesday" before "after ten days
    # of talks, signed on Wednesday"): a piece whose every report fits one other piece,
    # and one of them says so (_anchored), joins it; the smaller joins the larger (and a
    # piece of a known day not one of a month only: "met in April" may be another day).
    gone: set[int] = set()
    for a in sorted(clusters, key=lambda c: (len(c.mentions), number[id(c)])):
        keys = [k for m in a.mentions for k in _typed_anchors(m, ctx.places)]
        of_a_day = any(day(x) for x in a.dates)
        fits = [
            b
            for b in index.candidates(keys)
            if b is not a
            and id(b) not in gone
            and len(b.mentions) >= len(a.mentions)
            and (not of_a_day or any(day(x) for x in b.dates))
            and all(_compatible(ctx, m, b) for m in a.mentions)
            and any(_score(ctx, m, b) is not None for m in a.mentions)
        ]
        if len(fits) == 1:
            gone.add(id(a))
            for m in a.mentions:
                join(m, fits[0])
    clusters = [c for c in clusters if id(c) not in gone]
    _attach_references(ctx, clusters)
    # Clusters made only of passing references (no status, no date) stay: they are
    # how a reader learns that an agreement keeps being invoked.
    events = [_event(ctx, c) for c in clusters]
    events.sort(key=lambda e: order_key(e.mentions[0]))
    events = [_renumber(e, i) for i, e in enumerate(events, start=1)]
    return _link_agreements(events, ctx.every_pair)


def _link_agreements(events: list[Event], every_pair: bool = False) -> list[Event]:
    """An agreement reached at a meeting, talks or a call stays its own event, linked to
    it (``reached_at``): told in the same sentence ("after a week of talks in Jeddah,
    the two sides signed a declaration"), or on the meeting's own day by the same
    sides. Only one meeting can be it; any doubt and there is no link."""
    gatherings = [e for e in events if e.type in ("meeting", "talks", "call")]
    # blocking (index.py): only gatherings told in one of its sentences or on its day
    told_in: dict[tuple[str, int], dict[int, Event]] = {}
    held_on: dict[str | None, dict[int, Event]] = {}
    for n, g in enumerate(gatherings):
        for m in g.mentions:
            told_in.setdefault((m.article_id, m.start), {})[n] = g
        held_on.setdefault(g.date, {})[n] = g
    out = []
    for e in events:
        if e.type != "agreement" or e.status != "concluded":
            out.append(e)
            continue
        sentences = {(m.article_id, m.start) for m in e.mentions}
        near: dict[int, Event] = {}
        for key in sentences:
            near.update(told_in.get(key, {}))
        if day(e.date):
            near.update(held_on.get(e.date, {}))
        candidates = gatherings if every_pair else [near[n] for n in sorted(near)]
        told = [
            g
            for g in candidates
            if sentences & {(m.article_id, m.start) for m in g.mentions}
            and len(set(g.participants) & set(e.participants)) >= 2
            # (a meeting still to come is where no deal already made was reached: "the
            # ministers signed a truce on Tuesday; the presidents are to meet Thursday")
            and g.status not in _TO_COME
        ]
        same_day = [
            g
            for g in candidates
            if day(e.date)
            and g.date == e.date
            and g.status in DONE
            and len(set(g.participants) & set(e.participants)) >= 2
        ]
        found = told if len(told) == 1 else same_day if len(same_day) == 1 else []
        out.append(replace(e, reached_at=found[0].id) if found else e)
    return out


#: Steps still to come, or not to come (a step called off may have been held first).
_TO_COME = FUTURE - {"cancelled"}
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
                family=family(noun.group(1)),
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
    return replace(e, id=f"e{i}")


def _event(ctx: Context, c: _Cluster) -> Event:
    ms = sorted(c.mentions, key=lambda m: m.order)
    reports = _reports(ctx, ms)
    status, disputed, current = _current(reports)
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
    if len(participants) == 1:
        # (reports that disagree on the other side: the sides of a report that dates
        # the step as made)
        done = [m for m in ms if m.status in DONE and m.date and len(m.participants) >= 2]
        if done and participants[0] in done[0].participants:
            participants = tuple(p for p in order if p in done[0].participants)
    location = next((r.location for r in current if r.location), None) or next(
        (loc for loc, _ in Counter(m.location for m in ms if m.location).most_common(1)), None
    )
    return Event(
        id="",
        type=_kind(c),  # type: ignore[arg-type]
        participants=participants,
        name=name,
        date=_dated(c, status),
        location=location,
        status=status,
        disputed=disputed,
        history=tuple(reports),
        mentions=tuple(dict.fromkeys(m.evidence for m in ms)),
        n_sources=ctx.n_sources(m.evidence for m in ms),
        term=_telling([m.term for m in ms]),
    )


def _dated(c: _Cluster, status: DiplomacyStatus | None) -> str | None:
    """The step's day as the brief tells it with its status. A step told as done
    takes its day only from a report that it was done, or from a mention of the step
    itself ("the accord of 2019"): the day a truce was proposed, or accepted by one
    side, or set for, is not the day it was made."""
    if status in DONE and not any(m.date and m.status in DONE | {None} for m in c.mentions):
        return None
    return c.date


def _telling(terms: list[str | None]) -> str | None:
    """The word most of a step's mentions use, of those that say what it is."""
    found = Counter(t for t in terms if t and family(t))
    return found.most_common(1)[0][0] if found else None


def _reports(ctx: Context, ms: list[_Mention]) -> list[StatusReport]:
    """One report per status, reporter, day, date and place; latest first (by when it
    was written, as far as known), undated last."""
    grouped: dict[tuple, list[_Mention]] = {}
    for m in ms:
        if m.status is None:
            continue
        key = (m.status, norm(m.reporter), m.reported, m.date, norm(m.location))
        grouped.setdefault(key, []).append(m)
    # The same report without its date or place ("concluded" beside "concluded,
    # Nairobi" from one reporter on one day) is part of the one that gives them.
    for key in [k for k in grouped if not k[3] or not k[4]]:
        fuller = [
            k
            for k in grouped
            if k != key
            and k[:3] == key[:3]
            and key[3] in (None, k[3])
            and key[4] in ("", None, k[4])
        ]
        if len(fuller) == 1:
            grouped[fuller[0]].extend(grouped.pop(key))
    reports = [
        StatusReport(
            status=g[0].status,  # type: ignore[arg-type]
            reported=g[0].reported,
            reporter=g[0].reporter,
            side=g[0].side,
            date=g[0].date,
            location=g[0].location,
            evidence=tuple(dict.fromkeys(m.evidence for m in g)),
            not_before=None if g[0].reported else g[0].when,
        )
        for g in grouped.values()
    ]
    known = sorted((r for r in reports if _written(r)), key=_written, reverse=True)
    return known + [r for r in reports if not _written(r)]


def _written(r: StatusReport) -> str:
    return (r.reported if parts(r.reported) else r.not_before) or ""


#: How far along a step's life a status is: the current status is the furthest of the
#: latest reports (talks held, then suspended: suspended).
_LIFECYCLE = {
    "proposed": 0,
    "not_planned": 1,
    "planned": 2,
    "held": 3,
    "concluded": 4,
    "cancelled": 5,
}
_NEGATIVE = {"not_planned", "cancelled"}


def _current(
    reports: list[StatusReport],
) -> tuple[DiplomacyStatus | None, tuple[StatusReport, ...], list[StatusReport]]:
    """The status as of the latest reports, the reports that dispute it, and those
    latest reports.

    A plan reported after the day it was for is a recap, not news ("talks had been
    planned for 8 October", written on the 21st). Of the latest reports, the furthest
    along its life wins: a report that a step took place beats one that it was
    planned; a suspension beats both. Sources that disagree at the same time (one says
    it will happen, another that it will not) are shown as disputed, not resolved.
    """
    if not reports:
        return None, (), []
    news = [r for r in reports if not _recap(r)] or reports
    latest = max((_written(r) for r in news), default="")
    current = [r for r in news if _written(r) == latest] if latest else news
    chosen = max(current, key=lambda r: _LIFECYCLE.get(r.status, 0))
    # A step that stories of two outlets told as made, on days before, is not unmade by
    # later talk of it as sought or to come ("a complete ceasefire is required", "hope
    # the deal will be implemented"); a denial ("no deal was reached") still counts.
    done = [r for r in news if r.status in DONE and _written(r)]
    if (
        chosen.status in ("proposed", "planned")
        and len({e.article_id for r in done for e in r.evidence}) >= 2
    ):
        chosen = max(done, key=lambda r: (_written(r), _LIFECYCLE.get(r.status, 0)))
        current = [r for r in news if _written(r) == _written(chosen)]
    # A step reports gave a day for is not made a mere proposal again by a later report
    # that gives none ("the only possible dialogue would be on terrorism", after talks
    # set for 12 May): that report speaks of such steps in general.
    if chosen.status == "proposed" and chosen.date is None:
        # (still to come, or done, as of the proposal: not a plan long past)
        dated = [
            r
            for r in news
            if r.status in ("planned", "held")
            and (when := day(r.date))
            and (r.status == "held" or when.isoformat() >= _written(chosen))
        ]
        if dated:
            chosen = max(dated, key=lambda r: (_written(r), _LIFECYCLE.get(r.status, 0)))
            current = [r for r in news if _written(r) == _written(chosen)]
    articles = {e.article_id for e in chosen.evidence}
    disputed = tuple(
        r
        for r in current
        if r.status != chosen.status
        and (r.status in _NEGATIVE) != (chosen.status in _NEGATIVE)
        and norm(r.reporter) != norm(chosen.reporter)
        # one story telling both, in its own voice, tells what happened in turn (held,
        # then suspended); two sides in one story can still disagree
        and (
            not articles & {e.article_id for e in r.evidence}
            or bool(r.side and chosen.side and r.side != chosen.side)
        )
    )
    return chosen.status, disputed, current


def _recap(r: StatusReport) -> bool:
    """A plan told after the day it was planned for."""
    written, when = day(_written(r) or None), first_day(r.date)
    return r.status in FUTURE - {"cancelled"} and bool(written and when and when < written)
