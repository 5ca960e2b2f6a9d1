"""Casualty figures: a quantity tied to a casualty word, with the victims' side.

Three shapes cover most reporting:

- figure, victims, verb:  "30-35 Syrians were neutralized", "six soldiers died"
- verb, figure, victims:  "killed 13 Turkish soldiers", "killing at least 22"
- figure + casualty noun: "12 dead", "a death toll of 40", "120 refugees"

The party is the victims' side, read from the noun phrase of the figure
("13 Turkish soldiers" -> Turkey), never the attacker; civilians by their
nouns. Equipment ("destroying two armored transports") is not a casualty,
because its noun is not a person.
"""

from __future__ import annotations

import re

from briefings.extract.attribution import claimant_at, speech_acts
from briefings.extract.context import ArticleContext, Sent
from briefings.models import CIVILIANS, UNKNOWN, Casualty
from briefings.nlp.numbers import Quantity, find_quantities

_KIND_WORDS: list[tuple[str, str]] = [
    (
        "killed",
        r"killed|kills|killing|dead|died|die|dies|dying|deaths?|death\s+toll|toll"
        r"|lost\s+their\s+lives|lost\s+his\s+life|perished|neutrali[sz]ed|neutrali[sz]ing"
        r"|slain|massacred|executed|bodies|fatalities|martyred|martyrs|lives",
    ),
    ("wounded", r"wounded|wounding|injured|injuring|injuries|hurt|casualties"),
    ("missing", r"missing|unaccounted\s+for|disappeared"),
    (
        "captured",
        r"captured|capturing|taken\s+prisoner|taken\s+captive|prisoners|captives"
        r"|detained|detaining|abducted|abducting|kidnapped|kidnapping|hostages|arrested",
    ),
    (
        "displaced",
        r"displaced|displacing|fled|fleeing|flee|refugees|evacuated|homeless"
        r"|uprooted|forced\s+from\s+their\s+homes|left\s+their\s+homes",
    ),
]
_KIND_RE = re.compile(
    r"\b(?:" + "|".join(rf"(?P<{k}>{v})" for k, v in _KIND_WORDS) + r")\b", re.IGNORECASE
)
# Nouns for people: a figure followed by one of these counts people.
_PEOPLE = (
    r"people|persons|civilians|residents|villagers|children|kids|women|men|girls|boys|babies"
    r"|infants|families|family\s+members|students|worshippers|patients|doctors|nurses|medics"
    r"|journalists|workers|farmers|pilgrims|protesters|demonstrators|passengers|refugees"
    r"|migrants|inhabitants|individuals|victims|bodies|others|more|soldiers|troops|servicemen"
    r"|personnel|officers|fighters|militants|rebels|insurgents|militiamen|gunmen|jihadists"
    r"|terrorists|members|guards|policemen|police\s+officers|police|recruits|commanders|marines"
    r"|paratroopers|pilots|sailors|conscripts|mercenaries|combatants|attackers|militia"
    r"|army|forces|of\s+them|of\s+whom|dead|wounded|injured|killed|were|was|have|had|are|died"
    r"|lost|deaths|fatalities|casualties|prisoners|captives|hostages|Palestinians|Israelis"
)
_CIVILIAN = re.compile(
    r"\b(?:civilians?|people|persons|residents|villagers|children|kids|women|girls|boys|babies"
    r"|infants|families|students|worshippers|patients|doctors|nurses|medics|journalists"
    r"|workers|farmers|pilgrims|protesters|demonstrators|passengers|refugees|migrants"
    r"|inhabitants|individuals|non-combatants)\b",
    re.IGNORECASE,
)
_COMBATANT = re.compile(
    r"\b(?:soldiers|troops|servicemen|personnel|officers|fighters|militants|rebels|insurgents"
    r"|militiamen|gunmen|jihadists|terrorists|guards|policemen|police|recruits|commanders"
    r"|marines|paratroopers|pilots|sailors|conscripts|mercenaries|combatants|attackers"
    r"|militia|army|forces|members)\b",
    re.IGNORECASE,
)
# Between the figure and its noun: adjectives, demonyms, "of the", "more".
_NP_GAP = re.compile(
    r"^\s*(?:(?:of\s+)?(?:the|its|their|his|her|our|them|whom|these|those|other|another|more"
    r"|further|additional|local|innocent|unarmed|young|[A-Z][\w-]*(?:’s|'s)?|[\w-]+-(?:backed|led"
    r"|allied|controlled|linked)|government|regime|opposition|army|armed|security|military|[a-z]+"
    r"(?:ian|ish|ese|i)|pro-\w+)\s+){0,5}",
)
_NOUN_AFTER = re.compile(rf"^\s*(?P<noun>{_PEOPLE})\b", re.IGNORECASE)
# Things that are not people: a figure before one of these is never a casualty.
_THINGS = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:tanks?|vehicles?|trucks?|transports?|aircraft|planes?|jets?"
    r"|helicopters?|drones?|systems?|guns?|howitzers?|launchers?|rockets?|missiles?|shells?"
    r"|bombs?|buildings?|houses?|homes|targets?|positions?|villages?|towns?|cities|kilometers?"
    r"|km|miles?|times|years?|months?|weeks?|days?|hours?|minutes?|points?|percent|%|dollars"
    r"|tonnes?|tons?|attacks?|strikes?|raids?|incidents?|sorties|calls?|meetings?|rounds?)\b",
    re.IGNORECASE,
)
_WINDOW_AFTER = 70  # characters from the noun to a following verb
_WINDOW_BEFORE = 40  # characters from a verb to a following figure
_TOLL = re.compile(
    r"\b(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|victims|those\s+killed))\b"
    r"[^.;]{0,40}?\b(?:to|at|of|reached|hit|is|was|stands\s+at|stood\s+at|rose\s+to|climbed\s+to)\s*$",
    re.IGNORECASE,
)
# Between a verb and its figure: nothing but "a total of", "another", "as many as".
_DIRECTLY = re.compile(
    r"^[\s\"'”’]*(?:(?:a\s+total\s+of|as\s+many\s+as|another|an\s+additional|at\s+least|some|off"
    r"|up|in\s+total|overall)\s+)*$",
    re.IGNORECASE,
)
_SUBSET_BEFORE = re.compile(
    r"\b(?:including|includes|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+$", re.IGNORECASE
)
_SUBSET_AFTER = re.compile(
    r"^\s+(?:of\s+them|(?:[\w-]+\s+){0,2}(?:were|was|are)\s+among)\b", re.IGNORECASE
)
_OWNER_AFTER = re.compile(r"\s+(?:from|of|in\s+the\s+ranks\s+of)\s+(?:the\s+)?[A-Z][\w-]*")
_NEGATED = re.compile(r"\b(?:no|none|not|nobody|without)\b[^,.;]{0,20}$", re.IGNORECASE)
# A running total over a whole war: "killed since the conflict began in March 2011",
# "in over three years of turmoil". Background, not news, when its start lies more
# than a year before the article; a total since a recent start (a Gaza toll "since
# October 7" in a December story) is the news and stays.
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_YEARS_OF = re.compile(
    r"\b(?:(?:more|over|nearly|almost)\s+(?:than\s+)?)?(?P<n>\d+|two|three|four|five|six|seven"
    r"|eight|nine|ten|a\s+decade)\s*(?:-|\s)\s*(?:years?|decades?)\s+(?:of|-long)\s+(?:the\s+)?"
    r"(?:war|conflict|fighting|turmoil|violence|civil\s+war|bloodshed|uprising|crisis)\b",
    re.IGNORECASE,
)
_BACKGROUND_DAYS = 365


def extract_casualties(ctx: ArticleContext) -> list[Casualty]:
    out: list[Casualty] = []
    for sent in ctx.sents:
        if not _KIND_RE.search(sent.text):
            continue
        quantities = find_quantities(sent.text)
        if not quantities:
            continue
        since = _background_from(ctx, sent)
        acts = None
        prev_party: str | None = None
        for i, q in enumerate(quantities):
            found = _classify(sent, q, quantities[i + 1] if i + 1 < len(quantities) else None)
            if found is None:
                continue
            kind, noun_end, verb_pos = found
            if since is not None and _same_clause(sent.text, q.start, since):
                continue  # a whole-war running total, background to the news
            party = _party(ctx, sent, q, noun_end, kind, prev_party)
            prev_party = party
            if acts is None:
                acts = speech_acts(ctx, sent)
            claimant = claimant_at(ctx, sent, q.start, acts)
            claimed_by = None
            if claimant is not None:
                claimed_by = claimant.actor
            if _SUBSET_BEFORE.search(sent.text[: q.start]) or _SUBSET_AFTER.match(
                sent.text[q.end :]
            ):
                continue  # "11 civilians including two children": a breakdown, not a new toll
            out.append(
                Casualty(
                    party=party,
                    kind=kind,  # type: ignore[arg-type]
                    count=q.count if q.low is None or q.count is not None else None,
                    low=q.low,
                    high=q.high,
                    approximate=q.approximate,
                    evidence=ctx.evidence(sent),
                    date=ctx.date_near(sent, verb_pos, future=False),
                    location=ctx.place_after(sent, verb_pos, q.end),
                    claimed_by=claimed_by,
                )
            )
    return out


def _background_from(ctx: ArticleContext, sent: Sent) -> int | None:
    """Where a whole-war running total's period starts in ``sent``, or None.

    "since March 2011" / "since the conflict began in 2011" count when the start is
    more than a year before the article's date; "in five years of war" always does.
    """
    text = sent.text
    years = _YEARS_OF.search(text)
    if years is not None and years.group("n").lower() not in ("1", "one"):
        return years.start()
    if ctx.base is None:
        return None
    for m in _SINCE.finditer(text):
        for start, _end, phrase in sent.dates:
            if start < m.start() or start - m.end() > 90:
                continue
            iso = ctx.parse(phrase, future=False)
            if iso is None:
                continue
            parts = [int(x) for x in iso.split("-")]
            when = (parts[0], parts[1] if len(parts) > 1 else 12)
            months = (ctx.base.year - when[0]) * 12 + ctx.base.month - when[1]
            if months * 30 > _BACKGROUND_DAYS:
                return m.start()
    return None


def _same_clause(text: str, a: int, b: int) -> bool:
    """Whether positions ``a`` and ``b`` are no more than a clause apart."""
    lo, hi = min(a, b), max(a, b)
    between = text[lo:hi]
    return hi - lo < 160 and not re.search(r";|\bwhile\b|\bwhereas\b", between)


def _classify(sent: Sent, q: Quantity, nxt: Quantity | None) -> tuple[str, int, int] | None:
    """(kind, end of the victims' noun phrase, position of the casualty word) or None."""
    text = sent.text
    after = text[q.end :]
    if _THINGS.match(after):
        return None
    if _NEGATED.search(text[max(0, q.start - 25) : q.start]):
        return None
    gap = _NP_GAP.match(after)
    gap_end = q.end + (gap.end() if gap else 0)
    noun = _NOUN_AFTER.match(text[gap_end:])
    noun_end = gap_end + noun.end() if noun else q.end
    # "13 Turkish soldiers from Turkey": a trailing "from/of X" belongs to the phrase.
    tail = _OWNER_AFTER.match(text, noun_end)
    np_end = tail.end() if tail else noun_end
    limit = nxt.start if nxt is not None else len(text)

    # Verb before the figure: "killed 13 soldiers", "killing at least 22 people".
    before = text[max(0, q.start - _WINDOW_BEFORE) : q.start]
    kinds_before = list(_KIND_RE.finditer(before))
    if kinds_before and (noun or q.approximate):
        k = kinds_before[-1]
        between = before[k.end() :]
        if _DIRECTLY.match(between) and _active_or_toll(k, before):
            return k.lastgroup or "killed", np_end, q.start - len(before) + k.start()
    # Figure then a casualty word: "30-35 Syrians were neutralized", "12 dead".
    window = text[np_end : min(limit, np_end + _WINDOW_AFTER)]
    if noun or q.approximate or re.match(r"^\s+(?:were|was|have|had|are|died|dead|killed)", window):
        k = _KIND_RE.search(window)
        if k is not None and not re.search(r"[;]|\bwho\b", window[: k.start()]):
            if _no_other_subject(window[: k.start()]):
                return k.lastgroup or "killed", np_end, np_end + k.start()
    # "the death toll rose to 40"
    if _TOLL.search(text[max(0, q.start - 80) : q.start]):
        return "killed", np_end, q.start
    return None


def _active_or_toll(k: re.Match[str], before: str) -> bool:
    """'killed 13' and 'killing 13' are verbs acting on the figure; 'the dead 13' is odd."""
    word = k.group(0).lower()
    return not word.startswith(("dead", "death", "bodies", "lives", "toll", "casualt"))


def _no_other_subject(between: str) -> bool:
    """The casualty word belongs to our figure, not to a clause about something else."""
    return not re.search(r"[.;]|\b(?:after|because|when|while|since|which|that)\b", between)


def _party(
    ctx: ArticleContext, sent: Sent, q: Quantity, np_end: int, kind: str, prev: str | None
) -> str:
    text = sent.text
    phrase = text[q.start : np_end]
    # Actor mentions inside the victims' phrase; the last one is its head ("Russian-backed
    # Syrian government troops" -> Syrian government).
    inside = [m for m in sent.mentions if m.start >= q.start and m.end <= np_end and m.actor]
    # "some of its troops": the owner is the sentence's subject.
    if inside:
        return inside[-1].actor or UNKNOWN
    if re.search(r"\b(?:its|their|our)\b", phrase, re.IGNORECASE):
        owner = ctx.subject(sent, q.start)
        if owner is not None and owner.actor:
            if re.search(r"\bour\b", phrase, re.IGNORECASE):
                return owner.actor
            return owner.actor
    if _CIVILIAN.search(phrase):
        return CIVILIANS
    if kind == "displaced":
        return CIVILIANS
    # "another five were wounded": same victims as the figure before.
    if prev is not None and len(phrase.split()) <= 2 and not _COMBATANT.search(phrase):
        return prev
    # "killed 13 in Idlib": victims named just after ("of the Syrian army").
    follow = [m for m in sent.mentions if np_end <= m.start < np_end + 25 and m.actor]
    if follow and re.match(r"^\s*(?:of|from)\b", text[np_end:]):
        return follow[0].actor or UNKNOWN
    return UNKNOWN
