"""Wording: how every finding reads, decided here and nowhere else.

Analysis decides what the articles add up to and hands over records (events,
ledger rows, ground items, statements, key developments as references to
them). This module turns those records into the words a reader sees, for
every section: a key development, a timeline entry, a line of the diplomatic
track. One finding therefore reads the same wherever it appears, and a change
of wording is made once.

Rules the wording keeps:

- a date is shown only when the finding has one, and never more precisely than
  the source gives it ("March 2020" stays a month);
- different casualty figures are never merged: a sentence gives their range and
  who claims each end;
- a key development is one sentence; a step's status history lives in the
  diplomatic track, not in the sentence.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Sequence

from briefings.analysis.events import family
from briefings.analysis.model import (
    Claim,
    Event,
    Findings,
    GroundItem,
    KeyDevelopment,
    LedgerRow,
    PositionStatement,
    StatusReport,
)
from briefings.models import PARTY_NAMES, UNKNOWN

NOT_STATED = "not stated"
DASH = "—"

#: name(value, empty=NOT_STATED): an actor id or plain name as readers know it.
Namer = Callable[..., str]

# -- dates in words --------------------------------------------------------------

MONTHS = (
    "January February March April May June July August September October November December"
).split()


def parts(iso: str | None) -> tuple[int, ...] | None:
    """'2020-03-04' -> (2020, 3, 4); None for a missing or unreadable date."""
    if not iso:
        return None
    return _parts(iso)


@functools.lru_cache(maxsize=4096)  # ranking reads the same few hundred dates again and again
def _parts(iso: str) -> tuple[int, ...] | None:
    try:
        p = tuple(int(x) for x in iso.split("-"))
        dt.date(p[0], p[1] if len(p) > 1 else 1, p[2] if len(p) > 2 else 1)
    except (ValueError, IndexError):
        return None
    return p if 1 <= len(p) <= 3 else None


def date_words(iso: str | None, empty: str = DASH) -> str:
    """'2020-03-04' -> '4 March 2020'; partial dates stay partial ('March 2020')."""
    p = parts(iso)
    if p is None:
        return iso or empty  # an unparseable date is shown as given, never guessed at
    if len(p) == 1:
        return str(p[0])
    if len(p) == 2:
        return f"{MONTHS[p[1] - 1]} {p[0]}"
    return f"{p[2]} {MONTHS[p[1] - 1]} {p[0]}"


def short_date(iso: str | None, year: int | None = None) -> str:
    """'2020-03-04' -> '4 Mar' in the brief's own year, '4 Mar 2019' otherwise."""
    p = parts(iso)
    if p is None:
        return iso or ""
    if len(p) == 1:
        return str(p[0])
    month = MONTHS[p[1] - 1][:3]
    suffix = "" if p[0] == year else f" {p[0]}"
    if len(p) == 2:
        return f"{month} {p[0]}"
    return f"{p[2]} {month}{suffix}"


def period_words(first: str | None, last: str | None) -> str:
    """A compact range: '11 February – 4 March 2020', '4–11 February 2020'."""
    if not first or not last:
        return NOT_STATED
    if first == last:
        return date_words(first)
    a, b = parts(first), parts(last)
    if a and b and len(a) == len(b) == 3 and a[0] == b[0]:
        if a[1] == b[1]:
            return f"{a[2]}–{b[2]} {MONTHS[a[1] - 1]} {a[0]}"
        return f"{a[2]} {MONTHS[a[1] - 1]} – {date_words(last)}"
    return f"{date_words(first)} – {date_words(last)}"


def last_day(iso: str | None) -> dt.date | None:
    """The last day a date can mean: '2020-03' -> 31 March 2020."""
    p = parts(iso)
    if p is None:
        return None
    if len(p) == 3:
        return dt.date(*p)
    if len(p) == 2:
        nxt = dt.date(p[0] + p[1] // 12, p[1] % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(p[0], 12, 31)


def _on(iso: str | None) -> str:
    """' on 5 March 2020', ' in March 2020', or '' when the finding has no date."""
    p = parts(iso)
    if not p:
        return ""
    return f" {'on' if len(p) == 3 else 'in'} {date_words(iso)}"


# -- names and small words -----------------------------------------------------------


def namer(actors: Iterable[tuple[str, str]] = ()) -> Namer:
    """Actor ids to the configured names ((id, name) pairs); plain names stay as given."""
    names = dict(actors)
    names.update(PARTY_NAMES)

    def name(value: str | None, empty: str = NOT_STATED) -> str:
        if not value:
            return empty
        return names.get(value, value)

    return name


def id_namer() -> Namer:
    """Without a config: an id ('russia') reads as a name ('Russia'); plain names as given."""
    plain = namer()

    def name(value: str | None, empty: str = NOT_STATED) -> str:
        text = plain(value, empty)
        return text[:1].upper() + text[1:] if value and text.islower() else text

    return name


def and_(names: Iterable[str]) -> str:
    """'A', 'A and B', 'A, B and C'; blanks and repeats left out."""
    items = list(dict.fromkeys(n for n in names if n))
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def sources_words(n: int) -> str:
    """How many independent sources a line rests on: '3 sources', 'single source'."""
    return "single source" if n < 2 else f"{n} sources"


STATUS = {"not_planned": "not planned"}
STEP_TYPE = {"call": "phone call"}


def status_words(status: str | None) -> str:
    return STATUS.get(status, status) if status else ""


def step_words(kind: str) -> str:
    return STEP_TYPE.get(kind, kind)


def quoted(text: str, quote: bool) -> str:
    text = text.strip()
    if quote and not text.startswith(("“", '"')):
        return f"“{text}”"
    return text


def excerpt(sentence: str, limit: int = 200) -> str:
    """The sentence, cut at a word boundary near ``limit`` characters with an ellipsis."""
    text = " ".join(sentence.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + " …"


def _sentence(text: str) -> str:
    """One full stop at the end, whatever the parts ended with."""
    text = text.rstrip(" .")
    return text + "." if not text.endswith(("”", '"', "?", "!")) else text


# -- diplomatic steps ------------------------------------------------------------------

#: What the participants did, when two or more sides took part: 'Russia and Turkey met'.
DONE_VERB = {"meeting": "met", "call": "spoke by phone", "talks": "held talks"}
#: What they are to do: 'Russia and Turkey are to meet'; past its day: 'were due to meet'.
#: (Who visits whom is not known, so a visit is always worded as a noun.)
TO_DO = {"meeting": "meet", "call": "speak by phone", "talks": "hold talks"}
#: Any step in the passive, for every other case: 'a meeting with Russia was ruled out'.
PASSIVE = {
    "held": "took place",
    "planned": "is planned",
    "proposed": "was proposed",
    "not_planned": "was ruled out",
    "cancelled": "was called off or put off",
    "concluded": "was concluded",
    None: "was referred to",
}
#: The same verbs for a plural step ('talks', 'the Minsk accords').
PLURAL = {"is": "are", "was": "were"}
NO_REPORT_YET = "no report yet that it took place"
#: Statuses of a step still to come, or not to come: its date is 'for' a day.
FUTURE = ("planned", "proposed", "not_planned", "cancelled")


def _place(e: Event) -> str:
    """' in Moscow', unless the step's own name says it ('the Moscow protocol')."""
    if not e.location or (e.name and e.location.casefold() in e.name.casefold()):
        return ""
    return f" in {e.location}"


def _step_noun(e: Event) -> str:
    """'the Sochi memorandum', 'an agreement', 'a phone call', 'talks'."""
    if e.name:
        return f"the {e.name}"
    kind = step_words(e.type)
    if _plural(kind):
        return kind
    return ("an " if kind[0] in "aeiou" else "a ") + kind


def _plural(noun: str) -> bool:
    """'talks', 'the Minsk accords': the verb that follows is plural."""
    return noun.rstrip().endswith(("talks", "accords", "agreements"))


def _passive(status: str | None, plural: bool) -> str:
    verb = PASSIVE.get(status, PASSIVE[None])
    if plural:
        first, _, rest = verb.partition(" ")
        verb = f"{PLURAL.get(first, first)} {rest}".strip()
    return verb


def _overdue(e: Event, as_of: dt.date | None) -> bool:
    """A planned step whose last possible day is before the as-of date."""
    last = last_day(e.date)
    return bool(e.status == "planned" and as_of and last and last < as_of)


def _clause(e: Event, who: str, many: bool, when: str, as_of: dt.date | None) -> str:
    """The step as a clause, subject first: 'Russia and Turkey met in Moscow on 5 March'."""
    where = _place(e)
    if many and e.type == "agreement" and e.status == "concluded":
        what = e.name and f"the {e.name}"
        return f"{who} {'concluded ' + what if what else 'reached an agreement'}{where}{when}"
    if many and e.type == "agreement" and e.status == "planned":
        return f"{who} {'were' if _overdue(e, as_of) else 'are'} due to conclude " + (
            f"{_step_noun(e)}{where}{when}"
        )
    if many and e.status == "held" and e.type in DONE_VERB:
        return f"{who} {_done(e)}{where}{when}"
    if many and e.status == "planned" and e.type in TO_DO:
        named = f" ({e.name})" if e.name else ""
        if _overdue(e, as_of):
            return f"{who} were due to {TO_DO[e.type]}{named}{where}{when}; {NO_REPORT_YET}"
        return f"{who} are to {TO_DO[e.type]}{named}{where}{when}"
    # One side, or no verb that fits: the step as a noun, in the passive, its date after
    # the verb ('a meeting with Kestria was ruled out for 5 May', 'is planned for').
    noun = _step_noun(e)
    with_ = f" between {who}" if many else (f" with {who}" if who else "")
    if e.type == "visit" and who and not many:
        with_ = f" by {who}"  # the one side named is the visitor
        where = f" to {e.location}" if where else ""
    if e.name and who:
        with_ = f" ({who})"
    verb = _passive(e.status, _plural(noun))
    was = "were" if _plural(noun) else "was"
    if e.status in FUTURE:
        when = when.replace(" on ", " for ", 1).replace(" in ", " for ", 1)
    if e.status == "cancelled" and when:  # 'planned for 5 March, was called off'
        where = f"{where} planned{when}"
        when = ""
    elif e.status is None:  # 'a meeting on 5 March was referred to'
        where, when = where + when, ""
    if _overdue(e, as_of):  # 'was planned for 5 March 2020; no report yet ...'
        verb = f"{was} planned{when}; {NO_REPORT_YET}"
        when = ""
    return f"{noun[0].upper()}{noun[1:]}{with_}{where} {verb}{when}"


def _done(e: Event) -> str:
    """'met', 'met at the Sochi summit', 'held the Astana talks', 'held talks (Geneva process)'."""
    if not e.name:
        return DONE_VERB[e.type]
    if e.type == "meeting":
        return f"met at the {e.name}"
    if e.type == "talks" and _plural(e.name):
        return f"held the {e.name}"
    return f"{DONE_VERB[e.type]} ({e.name})"


def event_sentence(
    e: Event,
    name: Namer,
    *,
    dated: bool = True,
    as_of: dt.date | None = None,
    reached: Sequence[Event] = (),
) -> str:
    """One sentence for a diplomatic step, in its current status.

    ``reached``: agreements reached at this step (``Event.reached_at``), said in the
    same sentence: 'Russia and Turkey met in Moscow on 5 March 2020 and concluded the
    Moscow protocol.' ``dated=False`` leaves the date out (the timeline shows it).
    """
    agreed = [a for a in reached if a.type == "agreement"]
    # The meeting's sides, else the agreement's parties (who took part in the meeting).
    ids = list(e.participants) or [p for a in agreed for p in a.participants]
    sides = list(dict.fromkeys(s for s in (name(p, empty="") for p in ids) if s))
    who, many = and_(sides), len(sides) > 1
    when = _on(e.date) if dated else ""
    # An agreement concluded at a meeting means the meeting took place.
    if agreed and (
        e.status in ("held", "cancelled", None) or any(a.status == "concluded" for a in agreed)
    ):
        later = ""
        if e.status == "cancelled":  # talks held, an agreement reached, then suspended
            latest = e.history[0] if e.history else None
            on = _on(latest.reported) if latest and dated and latest.reported else ""
            later = f"; the {step_words(e.type)} {_passive('cancelled', True)}{on}"
        if many and e.type in DONE_VERB:
            deals = _deals(e, agreed, dated)
            text = f"{who} {_done(e)}{_place(e)}{when} and {deals}{later}"
        else:  # 'Talks took place in Moscow on 5 March, where an agreement was reached'
            noun = _step_noun(e)
            with_ = f" with {who}" if who else ""
            deals = " and ".join(_agreed_passive(a) for a in agreed)
            text = f"{noun[0].upper()}{noun[1:]}{with_} {_passive('held', _plural(noun))}"
            text += f"{_place(e)}{when}, where {deals}"
        return _sentence(text + _disputed(e, name))
    return _sentence(_clause(e, who, many, when, as_of) + _disputed(e, name))


def _agreed_passive(a: Event) -> str:
    """'the Moscow protocol was concluded', 'an agreement was reached'."""
    if a.status == "concluded":
        return f"the {a.name} was concluded" if a.name else "an agreement was reached"
    what = f"the {a.name}" if a.name else "an agreement"
    return f"{what} was discussed ({status_words(a.status) or 'referred to'})"


def _deals(e: Event, agreed: Sequence[Event], dated: bool) -> str:
    """'agreed a truce and another on 20 May', 'agreed a truce and a prisoner exchange':
    one verb for the agreements reached at ``e``; each one's day only when it is not the
    meeting's."""
    said: list[str] = []
    families: set[str] = set()
    for a in agreed:
        text = _agreed(a, dated and a.date != e.date)
        kind = family(a.term) if a.term else None
        if said and text.startswith("agreed "):
            if kind and kind in families:
                text = "another" + text.split(a.term or "", 1)[1]  # 'another on 20 May'
            elif said[-1].startswith(("agreed ", "another")):
                text = text.removeprefix("agreed ")
        families |= {kind} if kind else set()
        said.append(text)
    return " and ".join(said)


def _agreed(a: Event, dated: bool = True) -> str:
    """The agreement part of 'met ... and concluded the Moscow protocol', '... and
    agreed a ceasefire on 20 May'."""
    if a.status == "concluded":
        when = _on(a.date) if dated else ""
        if a.name:
            return f"concluded the {a.name}{when}"
        if a.term and family(a.term):
            article = "an" if a.term[0] in "aeiou" else "a"
            return f"agreed {article} {a.term}{when}"
        return f"reached an agreement{when}"
    what = f"the {a.name}" if a.name else "an agreement"
    return f"discussed {what} ({status_words(a.status) or 'referred to'})"


def _disputed(e: Event, name: Namer) -> str:
    """Another status reported the same day by another side: shown, not resolved."""
    if not e.disputed:
        return ""
    said = "; ".join(
        f"{name(r.reporter, empty='another source')} says {status_words(r.status)}"
        for r in e.disputed
    )
    return f" (disputed: {said})"


def event_title(e: Event, name: Namer) -> str:
    """'Russia and Turkey: phone call', 'Sochi memorandum (Russia and Turkey)'."""
    who = and_(name(p, empty="") for p in e.participants)
    if e.name:
        return f"{e.name} ({who})" if who else e.name
    kind = step_words(e.type)
    return f"{who}: {kind}" if who else kind.capitalize()


def contact_words(e: Event, name: Namer) -> str:
    """A minor contact on one line: 'Kestria and Ostmark: phone call, held'."""
    return f"{event_title(e, name)}, {status_words(e.status) or 'referred to'}"


def status_detail(
    reports: Sequence[StatusReport], event: Event, name: Namer, year: int | None
) -> str:
    """Who reported a status, and when: ', Moscow (Kremlin, 4 Mar)'.

    The place and date are shown only where this report's differ from the step's.
    """
    first = reports[0]
    text = f", {first.location}" if first.location else ""
    if first.date and first.date != event.date:
        text += f", {short_date(first.date, year)}"
    who = and_(name(r.reporter, empty="") for r in reports)
    when = short_date(first.reported, year) if first.reported else "report undated"
    return text + (f" ({who}, {when})" if who else f" ({when})")


def coming_up_words(e: Event, name: Namer) -> str:
    """'Talks: Valdoria and Kestria, in Geneva (planned; also reported not planned)'."""
    who = and_(name(p, empty="") for p in e.participants)
    text = e.name or step_words(e.type).capitalize()
    text += f": {who}" if who else ""
    if e.location:
        text += f", in {e.location}"
    text += f" ({status_words(e.status)}"
    if e.disputed:
        others = and_(sorted({status_words(r.status) for r in e.disputed}))
        text += f"; also reported {others}"
    return text + ")"


def reached_at_words(meeting: Event, name: Namer) -> str:
    """Where an agreement was reached: 'reached at the meeting in Moscow, 5 March 2020'."""
    text = f"reached at the {step_words(meeting.type)}"
    if meeting.location:
        text += f" in {meeting.location}"
    if parts(meeting.date):
        text += f", {date_words(meeting.date)}"
    return text


# -- casualties ------------------------------------------------------------------------


def since_words(since: str | None) -> str:
    """A running total's start: "since 1 June 2030", "since the war began",
    "since ceasefire"."""
    if not since:
        return ""
    if parts(since):
        return f"since {date_words(since)}"
    return "since the war began" if since == "war" else since


def claimant_words(claimant: str | None, outlets: tuple[str, ...], name: Namer) -> str:
    if claimant:
        return name(claimant)
    if outlets:
        return "reported by " + and_(outlets)
    return "claimant not stated"


def _ends(claims: Sequence[Claim]) -> tuple[Claim, Claim]:
    """The claims at the two ends of a row's range: the lowest and the highest figure.

    Vague figures ('dozens') have no number to rank by; they are ends only when no
    claim gives a number.
    """
    numbered = [c for c in claims if c.value is not None] or list(claims)
    low = min(numbered, key=lambda c: (c.floor or 0, c.value or 0))
    high = max(numbered, key=lambda c: (c.value or 0, c.floor or 0))
    return low, high


def _figure_range(low: Claim, high: Claim) -> str:
    """'12–14', 'at least 40 to 52', or the one figure when both ends are the same."""
    if low.figure == high.figure:
        return low.figure
    if low.figure.replace(",", "").isdigit() and high.figure.replace(",", "").isdigit():
        return f"{low.figure}–{high.figure}"
    return f"{low.figure} to {high.figure}"


def _by(c: Claim, name: Namer) -> str:
    """', according to the Hatay governor', ', reported by Reuters', or nothing."""
    if c.claimant:
        return f", according to {name(c.claimant)}"
    return f", reported by {and_(c.outlets)}" if c.outlets else ""


def _where(r: LedgerRow, dated: bool) -> str:
    return (f" in {r.location}" if r.location else "") + (_on(r.date) if dated else "")


def row_party(r: LedgerRow, name: Namer) -> str:
    """Whose dead a ledger row counts: 'Civilians', or a part of them: 'Civilians,
    children' (the figures count the children only, not all the civilians)."""
    party = name(r.party)
    return f"{party}, {r.group}" if r.group else party


def ledger_sentence(r: LedgerRow, name: Namer, *, dated: bool = True) -> str:
    """One sentence per incident: the figure, or the range of the figures, and who claims them.

    'Civilians: 12 killed in Marren on 10 May 2031, according to the Marren mayor.'
    'Civilians: 12–14 killed in Marren; claims differ: 12 (reported by Northwire), 14 (Marren
    mayor).' A running total gives its latest figure: '52 killed so far'.
    """
    party = row_party(r, name)
    claims = list(r.claims)
    if r.cumulative:
        # the ledger orders a row's claims as they were reported, undated last: the latest
        # is the last one whose day is known
        latest = next((c for c in reversed(claims) if c.reported), claims[-1])
        start = f" ({since_words(r.since)})" if parts(r.since) else ""
        return _sentence(
            f"{party}: {latest.figure} {r.kind} so far{start}{_where(r, dated)}{_by(latest, name)}"
        )
    if len(claims) == 1:
        c = claims[0]
        return _sentence(f"{party}: {c.figure} {r.kind}{_where(r, dated)}{_by(c, name)}")
    low, high = _ends(claims)
    head = f"{party}: {_figure_range(low, high)} {r.kind}{_where(r, dated)}"

    def each(c: Claim) -> str:
        return f"{c.figure} ({claimant_words(c.claimant, c.outlets, name)})"

    if len({c.figure for c in claims}) == 1 and len(claims) <= 6:
        # the same figure from more than one claimant: no difference to flag
        return _sentence(f"{head}; claims agree: {', '.join(each(c) for c in claims)}")
    # (every claim, when there are two, or when the figures that bound them are one:
    # "at least 11 (A), at least 11 (B), scores (C)", never "from at least 11 to at least 11")
    if len(claims) == 2 or (low.figure == high.figure and len(claims) <= 6):
        return _sentence(f"{head}; claims differ: {', '.join(each(c) for c in claims)}")
    return _sentence(f"{head}; {len(claims)} claims differ, from {each(low)} to {each(high)}")


def claim_words(r: LedgerRow, c: Claim, name: Namer) -> str:
    """A claim on a line of its own: '48 (reported by Radio Esk, Tolvik, 12 May 2031)'."""
    bits = [claimant_words(c.claimant, c.outlets, name)]
    if r.location:
        bits.append(r.location)
    if parts(r.date):
        bits.append(date_words(r.date))
    return f"{c.figure} ({', '.join(bits)})"


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


# -- ground and statements ------------------------------------------------------------

#: Actions whose object is the place itself ("captured Saraqib"); others take "in".
TRANSITIVE = {
    "attacked", "captured", "shelled", "struck", "bombed", "seized", "entered", "besieged",
    "took", "recaptured", "took control of", "retook", "hit", "targeted", "surrounded",
}  # fmt: skip
PLACE_PREPOSITION = {"withdrew": "from", "retreated": "from", "advanced": "on"}


def action_words(action: str, places: Sequence[str]) -> str:
    """'captured Tolvik bridge', 'withdrew from the south bank', 'advanced'."""
    if not places:
        return action
    prep = PLACE_PREPOSITION.get(action, "" if action in TRANSITIVE else "in")
    return f"{action} {prep} {and_(places)}".replace("  ", " ")


#: A side's one line of ground reports names at most this many places per action.
MAX_DIGEST_PLACES = 4


def ground_digest_words(items: Sequence[GroundItem]) -> str:
    """One side's ground reports on one line, the most reported action first:
    'attacked Hama and Idlib (5 reports); struck (3 reports); advanced'."""
    by_action: dict[str, list[GroundItem]] = {}
    for g in items:
        by_action.setdefault(g.action, []).append(g)
    bits = []
    for action, gs in sorted(by_action.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        places = sorted({g.place for g in gs if g.place}, key=str.casefold)
        if len(places) > MAX_DIGEST_PLACES:  # the rest are in the cited sentences
            extra = len(places) - MAX_DIGEST_PLACES + 1
            places = [*places[: MAX_DIGEST_PLACES - 1], count(extra, "other place")]
        reports = f" ({count(len(gs), 'report')})" if len(gs) > 1 else ""
        bits.append(action_words(action, places) + reports)
    return "; ".join(bits)


def ground_sentence(g: GroundItem, name: Namer, *, dated: bool = True) -> str:
    """'Northern Front captured Tolvik bridge on 13 May 2031.'"""
    text = f"{name(g.actor)} {action_words(g.action, [g.place] if g.place else [])}"
    return _sentence(text + (_on(g.date) if dated else ""))


def speaker_words(s: PositionStatement, name: Namer) -> str:
    """'Ilse Marek (Valdoria)', 'Valdoria', or the speaker alone when the side is unknown."""
    who = s.speaker or name(s.actor)
    if s.speaker and s.actor != UNKNOWN and name(s.actor) not in (s.speaker, NOT_STATED):
        who = f"{s.speaker} ({name(s.actor)})"
    return who


def statement_sentence(s: PositionStatement, name: Namer, *, dated: bool = True) -> str:
    """'Ilse Marek (Valdoria), 10 May 2031: “We will not negotiate ...”'."""
    when = f", {date_words(s.date)}" if dated and parts(s.date) else ""
    return f"{speaker_words(s, name)}{when}: {quoted(s.text, s.quote)}"


# -- any finding, by reference ----------------------------------------------------------


class Sentences:
    """The sentence for any finding by its id ('e1', 'c2', 'g3', 's4'), in one wording."""

    def __init__(self, findings: Findings, name: Namer, as_of: dt.date | None = None) -> None:
        self.findings = findings
        self.name = name
        self.as_of = as_of
        self.events = {e.id: e for e in findings.events}
        self.ledger = {r.id: r for r in findings.ledger}
        self.ground = {g.id: g for g in findings.ground}
        self.statements = {
            s.id: s for p in findings.positions for _, ss in p.themes for s in ss if s.id
        }

    def of(self, ref: str, *, dated: bool) -> str | None:
        """The finding's sentence; ``dated=False`` leaves out its date. None if unknown."""
        if ref in self.events:
            return event_sentence(self.events[ref], self.name, dated=dated, as_of=self.as_of)
        if ref in self.ledger:
            return ledger_sentence(self.ledger[ref], self.name, dated=dated)
        if ref in self.ground:
            return ground_sentence(self.ground[ref], self.name, dated=dated)
        if ref in self.statements:
            return statement_sentence(self.statements[ref], self.name, dated=dated)
        return None

    def development(self, k: KeyDevelopment) -> str:
        """A key development as one sentence, from the finding it refers to.

        A meeting with agreements reached at it (``k.also``) reads as one step: the
        meeting and the agreement in one sentence.
        """
        if k.kind == "event" and k.ref in self.events:
            reached = [self.events[ref] for ref in k.also if ref in self.events]
            return event_sentence(self.events[k.ref], self.name, as_of=self.as_of, reached=reached)
        text = self.of(k.ref, dated=True)
        if text is None:  # a reference analysis did not keep: the source's own sentence
            return f"“{k.evidence[0].sentence.strip()}”" if k.evidence else k.ref
        return text


# -- what a bounded brief leaves out (output.limits) ------------------------------------


#: What a section of a bounded brief leaves out is called, one and many.
LEFT_OUT = {
    "diplomacy": ("diplomatic step", "diplomatic steps"),
    "coming_up": ("step coming up", "steps coming up"),
    "contacts": ("reported contact", "reported contacts"),
    "ground": ("side's other ground reports", "sides' other ground reports"),
    "casualties": ("casualty row", "casualty rows"),
    "casualty_digest": ("line of other casualty reports", "lines of other casualty reports"),
    "timeline": ("dated finding", "dated findings"),
    "sources": ("source", "sources"),
    "claims": ("claim", "claims"),
}


def left_out_words(n: int, section: str) -> str:
    """'and 212 more casualty rows in the full data', or '' for none."""
    if n <= 0:
        return ""
    one, many = LEFT_OUT[section]
    return f"and {n} more {one if n == 1 else many} in the full data"


def more_claims_words(n: int) -> str:
    """'and 30 more claims in the full data', or '' for none."""
    return left_out_words(n, "claims")


def chart_left_out_words(n: int) -> str:
    """The chart caption's closing sentence when the brief is bounded, or '' for none."""
    if n <= 0:
        return ""
    verb = "is" if n == 1 else "are"
    more = count(n, "more claim")
    return f" It marks the claims the table shows; {more} {verb} in the full data."


def earlier_reports_words(n: int) -> str:
    """'and 4 earlier reports' (of a step's status), or '' for none."""
    return f"and {count(n, 'earlier report')}" if n > 0 else ""


def appendix_words(file: str) -> str:
    """The header's line on the data appendix."""
    return (
        "Each section shows its most telling findings, ranked, and counts the rest; "
        f"every row, claim and source is in the full data, {file}, beside this brief."
    )
