"""Positions: per actor, what it says, grouped by theme, strongest first.

A statement's theme comes from the verb that introduces it ("accused",
"called for", "denied") and, failing that, from its own wording ("must",
"we will"): plain English reporting language, nothing tied to one conflict.

The same statement repeated in several articles (or caught twice in one
sentence, once in full and once in part) is merged into one, keeping every
sentence as evidence; its strength grows with the number of sources.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace

from briefings.analysis.common import Context, Names, norm, order_key, parts, sort_key
from briefings.analysis.model import THEMES, Position, PositionStatement
from briefings.models import UNKNOWN, Statement

#: Statements shorter than this many words are fragments, not positions ("Earlier, in January").
MIN_WORDS = 4
#: Two statements by one actor are the same when this share of their words is shared.
SAME_TEXT = 0.6
#: Two statements near-repeat each other when this share of the shorter one's content
#: words is in the other: looser than SAME_TEXT, for choosing what to show, not merging.
NEAR_REPEAT = 0.5

# Introducing verbs, theme by theme; checked in THEMES order on the words before the statement.
_INTRO = {
    "demands": r"demand|call(?:s|ed|ing)? (?:on|for)|urg(?:e|es|ed|ing)\b|press(?:es|ed)? for|"
    r"ask(?:s|ed)? for|appeal",
    "accuses": r"accus|blam|condemn|denounc|criticis|criticiz|charg(?:es|ed) that|slam",
    "warns": r"warn|threat|vow(?:s|ed)? to (?:retaliate|respond|strike|hit)",
    "denies": r"den(?:y|ies|ied)|dismiss|reject|refut|rul(?:es|ed) out|deni",
    "commits": r"commit|pledg|promis|vow|agree(?:s|d)? to|guarant|undert",
}
# The statement's own wording when the introduction says nothing more than "said".
_OWN = {
    # "should" as an ought, not "there should be no doubt".
    "demands": r"\bmust\b|\bshould\b(?!\s+be\s+no\b)|\bhas to\b|\bhave to\b|\bhad to\b|"
    r"\bneeds? to\b|\bstop\b|\bdemand",
    "accuses": r"\baccus|\bviolat|\bmassacre|\bcrime|\bfail(?:ed|ing|s)? to\b|\bbreach|"
    r"\bunacceptable\b|\bruns? counter to\b",
    "warns": r"\bwarn|\bthreat|\bwill (?:respond|retaliate|strike|hit)\b|\bor else\b",
    "denies": r"\bden(?:y|ies|ied)\b|\bno plans?\b|\bnot true\b|\bfalse\b|\bbaseless\b",
    "commits": r"\bcommitted to\b|\bwill (?:continue|support|ensure|work|uphold|honou?r)\b|"
    r"\bready to\b|\bpledge|\bpromise",
}
# After the words a side is said to deny: ", a charge Kabul denies", ", which it rejects".
_DENIED_AFTER = re.compile(
    r"[\s,]*(?:(?:an?\s+)?(?:charges?|accusations?|allegations?|claims?)|which)\s+"
    r"(?:[\w’'.-]+\s+){0,5}?(?:(?:has|have|had)\s+)?(?:den(?:y|ies|ied)|reject(?:s|ed)?"
    r"|dismiss(?:es|ed)?|refut(?:es|ed))\b",
    re.IGNORECASE,
)
_INTRO_RE = {k: re.compile(r"\b(?:" + v + r")", re.IGNORECASE) for k, v in _INTRO.items()}
_OWN_RE = {k: re.compile(v, re.IGNORECASE) for k, v in _OWN.items()}
# Wording that makes a statement stand out: absolutes, alarm, refusal.
_STRONG = re.compile(
    r"\b(?:unacceptable|never|must|will not|won't|cannot|everywhere|massacres?|war|"
    r"aggression|terroris\w*|immediately|all|any|no doubt|red line|ultimatum)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w’']+")


def theme(s: Statement) -> str:
    """What kind of position the statement takes: one of THEMES."""
    sentence = s.evidence.sentence
    intro = ""
    # The words before the statement; a text quoted loosely is found by its first words.
    for probe in (s.text[:40], " ".join(s.text.split()[:2])):
        at = sentence.find(probe) if probe else -1
        if at >= 0:
            intro = sentence[:at]
            if not intro.strip() and _DENIED_AFTER.match(sentence, at + len(s.text)):
                # "Israel accuses Hamas of X, a charge Hamas denies": Hamas's words deny
                return "denies"
            break
    for name, rx in _INTRO_RE.items():
        if rx.search(intro):
            return name
    for name, rx in _OWN_RE.items():
        if rx.search(s.text):
            return name
    return "says"


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


@dataclass(frozen=True)
class _Said:
    """A statement with its normalised text and words, computed once."""

    s: Statement
    text: str
    words: frozenset[str]


def _said(s: Statement) -> _Said:
    return _Said(s, norm(s.text).strip(' .,"“”'), frozenset(_words(s.text)))


def _same(a: _Said, b: _Said) -> bool:
    if a.s.actor != b.s.actor:
        return False
    if a.text in b.text or b.text in a.text:
        return True
    wa, wb = a.words, b.words
    if not (wa and wb):
        return False
    shared = len(wa & wb)  # the union's size follows: no second set is built
    return shared / (len(wa) + len(wb) - shared) >= SAME_TEXT


#: How many of a statement's rarest inner words narrow the texts it may be within,
#: and how few texts are searched as they are.
_NARROW, _FEW = 4, 8
#: A wording's first HEAD characters: one wording within another puts them there.
HEAD = 8
#: Joins a group's wordings into one text: no normalised statement holds it.
_SEP = "\x00"


class _Probe:
    """A statement as ``_Wordings.takes`` reads it, worked out once for all the groups
    it is looked up in."""

    def __init__(self, x: _Said, prefix: list[str]) -> None:
        self.x = x
        self.prefix = prefix  # its prefix words (_group)
        # Words that are whole words in any text it is within: those of its normalised
        # text but the first and the last, which may be cut there.
        self.inner = set(_WORD.findall(x.text)[1:-1])
        self._grams: set[str] | None = None

    def grams(self) -> set[str]:
        """Every ``HEAD``-character slice of its text: the heads of the wordings within it."""
        if self._grams is None:
            text = self.x.text
            self._grams = {text[i : i + HEAD] for i in range(len(text) - HEAD + 1)}
        return self._grams


class _Wordings:
    """One group's distinct wordings, with what answers "is any of them the same as
    this statement?" (``_same`` with any) without comparing it to each of them: a
    repeated statement's group gains a wording with every retelling, and a mention is
    looked up in many groups that do not take it.

    - within one of them: its inner words (``_Probe``) are then words of that text, so
      only the texts with its inner word that fewest texts have are searched (all of
      them, joined in one text, when it has no inner word; ``_SEP`` is in none): a
      group of thousands of wordings is not searched whole for each statement;
    - one of them within it: a wording's first ``HEAD`` characters are then in it,
      so only the wordings whose heads it holds are searched (shorter ones always);
    - words shared (``SAME_TEXT``): shared/union >= 3/5 needs 5 * shared >= 3 * |its
      words| (the union is at least its words), and what it shares with one wording
      it shares with the group's words: when even those are too few, none is the same;
      else only the wordings that share a prefix word with it can be (``_group``).
    """

    def __init__(self, actor: str) -> None:
        self.actor = actor
        self.said: dict[str, _Said] = {}  # text -> its first wording, as _same sees it
        self.words: set[str] = set()  # the words _same compares, of every wording
        self.tokens: dict[str, set[str]] = {}  # word -> the normalised texts with it
        #: head -> the texts that begin with it, and their lengths (ascending)
        self.heads: dict[str, tuple[set[str], list[int]]] = {}
        self.head_set: set[str] = set()  # the same heads, as a set to meet the probe's
        self.short: list[str] = []  # texts shorter than HEAD
        self.prefixes: dict[str, list[_Said]] = {}  # prefix word -> the wordings with it
        self._joined: str | None = ""

    def add(self, x: _Said, prefix: list[str]) -> None:
        if x.text in self.said:
            return  # a wording seen already: compared once
        self.said[x.text] = x
        for w in prefix:
            self.prefixes.setdefault(w, []).append(x)
        self.words |= x.words
        for w in set(_WORD.findall(x.text)):
            self.tokens.setdefault(w, set()).add(x.text)
        if len(x.text) < HEAD:
            self.short.append(x.text)
        else:
            texts, lengths = self.heads.setdefault(x.text[:HEAD], (set(), []))
            texts.add(x.text)
            at = bisect_left(lengths, len(x.text))
            if at == len(lengths) or lengths[at] != len(x.text):
                lengths.insert(at, len(x.text))
            self.head_set.add(x.text[:HEAD])
        self._joined = None

    def takes(self, probe: _Probe) -> bool:
        """``any(_same(x, o) for o in self.said.values())`` for the probe's statement.
        Most groups looked up take it not: the checks that say so cheapest come first."""
        x = probe.x
        if x.s.actor != self.actor:
            return False
        text = x.text
        if _SEP in text:  # never for a normalised statement; then compare one by one
            return any(_same(x, o) for o in self.said.values())
        if not probe.inner:
            if self._joined is None:
                self._joined = _SEP.join(self.said)
            if text in self._joined:
                return True
        elif all(w in self.tokens for w in probe.inner):
            # The texts with its rarest inner words, not only the rarest: in a group of
            # thousands of wordings of a few clauses each word is in hundreds of them.
            rare = sorted(probe.inner, key=lambda w: len(self.tokens[w]))
            within = self.tokens[rare[0]]
            for w in rare[1:_NARROW]:
                if len(within) <= _FEW:
                    break
                within = within & self.tokens[w]
            if any(text in t for t in within):
                return True
        for t in self.short:
            if t in text:
                return True
        grams = probe.grams()
        if not grams.isdisjoint(self.head_set):
            # A wording within the text starts where its head does: look the text up
            # there, at each length such wordings have, instead of searching the text
            # for each of them (a big group has thousands with one head).
            for head in grams & self.head_set:
                texts, lengths = self.heads[head]
                at = text.find(head)
                while at >= 0:
                    rest = len(text) - at  # no longer wording fits from here
                    for n in lengths:
                        if n > rest:
                            break
                        if text[at : at + n] in texts:
                            return True
                    at = text.find(head, at + 1)
        wa = x.words
        if not wa or 5 * len(wa & self.words) < 3 * len(wa):
            return False
        # A wording within SAME_TEXT shares a prefix word with it (_group): only those.
        seen: set[int] = set()
        for w in probe.prefix:
            for o in self.prefixes.get(w, ()):
                if id(o) not in seen:
                    seen.add(id(o))
                    wb = o.words
                    shared = len(wa & wb)
                    if shared / (len(wa) + len(wb) - shared) >= SAME_TEXT:
                        return True
        return False


def _group(statements: list[Statement], every_pair: bool = False) -> list[list[Statement]]:
    """Repetitions together (single linkage), groups in order of first mention.

    Only groups that can match are compared, found through word indexes. Words
    are ranked rarest first across all statements; a statement's prefix is its
    rarest floor((1 - SAME_TEXT) * n) + 1 words. Two statements within SAME_TEXT
    of each other share at least SAME_TEXT of the larger one's words, so their
    prefixes share a word (the prefix filter of all-pairs similarity joins); one
    that contains another contains the other's rarest word.
    """
    said = [_said(s) for s in statements]
    df = Counter(w for x in said for w in x.words)
    # rarest first, ties by the word: one rank per word, looked up rather than recomputed
    rank = {w: i for i, w in enumerate(sorted(df, key=lambda w: (df[w], w)))}
    groups: list[list[_Said]] = []
    # each group's distinct wordings: a repeated statement is compared once
    distinct: list[_Wordings] = []
    verbatim: dict[tuple[str, str], int] = {}  # (actor, text) -> the group it is in
    prefix: dict[tuple[str, str], set[int]] = {}  # a prefix word of a member
    any_word: dict[tuple[str, str], set[int]] = {}  # any word of a member
    rarest: dict[tuple[str, str], set[int]] = {}  # the rarest word of a member
    every = every_pair  # the reference: every earlier group a candidate
    # (actor, text) -> its words and the groups that did not take it, each with its
    # number of wordings then: a group without a new wording answers the same
    refused: dict[tuple[str, str], tuple[frozenset[str], dict[int, int]]] = {}
    for x in said:
        actor = x.s.actor
        ranked = sorted(x.words, key=rank.__getitem__)
        k = int((1 - SAME_TEXT) * len(ranked)) + 1
        candidates: set[int] = set(range(len(groups))) if every else set()
        for w in ranked[:k]:
            candidates |= prefix.get((actor, w), set())
        if ranked:  # it within another
            candidates |= any_word.get((actor, ranked[0]), set())
        for w in x.words:  # another within it
            candidates |= rarest.get((actor, w), set())
        # The same words said before are the same statement: only an earlier group
        # can take this one first.
        twin = verbatim.get((actor, x.text))
        earlier = sorted(candidates if twin is None else [g for g in candidates if g < twin])
        if every:  # the reference compares with each wording, as _same reads them
            home = next(
                (g for g in earlier if any(_same(x, o) for o in distinct[g].said.values())), twin
            )
        else:
            probe = _Probe(x, ranked[:k])
            # A statement said again word for word: the groups that did not take it
            # last time, and have no new wording since, do not take it now.
            memo = refused.get((actor, x.text))
            if memo is None or memo[0] != x.words:
                memo = refused[(actor, x.text)] = (x.words, {})
            sizes = memo[1]
            home = twin
            for g in earlier:
                size = len(distinct[g].said)
                if sizes.get(g) != size:
                    if distinct[g].takes(probe):
                        home = g
                        break
                    sizes[g] = size
        if home is None:
            home = len(groups)
            groups.append([])
            distinct.append(_Wordings(actor))
        groups[home].append(x)
        distinct[home].add(x, ranked[:k])
        verbatim[(actor, x.text)] = home  # never later than the twin it had
        for w in x.words:
            any_word.setdefault((actor, w), set()).add(home)
        for w in ranked[:k]:
            prefix.setdefault((actor, w), set()).add(home)
        if ranked:
            rarest.setdefault((actor, ranked[0]), set()).add(home)
    return [[x.s for x in g] for g in groups]


#: Words that carry no content: two statements sharing only these say different things.
_FUNCTION_WORDS = frozenset(
    """a an the of to in on at by for from with without and or but nor not no that this these
    those is are was were be been being it its it's their they them he she his her we our
    us you your has have had will would shall should can could may might must do does did
    said says say saying told as than then there here who which what when where any such
    all also very more most""".split()
)


def _content(text: str) -> frozenset[str]:
    """Content words, a plural or past-tense ending dropped: 'weapons' ~ 'weapon'."""
    out = set()
    for w in _words(text):
        if w in _FUNCTION_WORDS or len(w) < 3:
            continue
        out.add(re.sub(r"(?:ies|es|s|ed|ing)$", "", w) if len(w) > 5 else w)
    return frozenset(out)


def near_repeat(a: str, b: str) -> bool:
    """Whether two statements say much the same: most of the shorter one's content
    words are in the other ('the army had used no such weapons' and 'the army does
    not and has not used such weapons')."""
    wa, wb = _content(a), _content(b)
    if not wa or not wb:
        return norm(a) == norm(b)
    return len(wa & wb) / min(len(wa), len(wb)) >= NEAR_REPEAT


def _useful(s: Statement) -> bool:
    return len(_words(s.text)) >= MIN_WORDS


_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ish|ian|ese|ean|i)")


def _named(speaker: str | None) -> bool:
    """A person or body, not a demonym caught as a speaker ('Turkish')."""
    return bool(speaker) and not _DEMONYM.fullmatch(speaker or "")


def _best(items: list[Statement]) -> Statement:
    """The wording to show: verbatim first, then one with a named speaker, then the fullest."""
    return max(
        items, key=lambda s: (s.quote, _named(s.speaker), len(s.text), -order_key(s.evidence)[0])
    )


def build_positions(ctx: Context, names: Names) -> list[Position]:
    statements = sorted(
        (s for s in ctx.facts.statements if _useful(s)), key=lambda s: order_key(s.evidence)
    )
    merged = [_statement(ctx, items) for items in _group(statements, ctx.every_pair)]
    merged = [replace(p, id=f"s{i}") for i, p in enumerate(merged, start=1)]

    by_actor: dict[str, list[PositionStatement]] = {}
    for p in merged:
        by_actor.setdefault(p.actor, []).append(p)
    order = [a for a in names.order if a in by_actor]
    order += sorted(a for a in by_actor if a not in order and a != UNKNOWN)
    order += [UNKNOWN] if UNKNOWN in by_actor else []
    out = []
    for actor in order:
        themes = []
        for t in THEMES:
            items = [p for p in by_actor[actor] if p.theme == t]
            if items:
                items.sort(key=lambda p: (-p.strength, *sort_key(p.date), p.id))
                themes.append((t, tuple(items)))
        out.append(Position(actor=actor, themes=tuple(themes)))
    return out


def _statement(ctx: Context, items: list[Statement]) -> PositionStatement:
    best = _best(items)
    evidence = tuple(
        dict.fromkeys(s.evidence for s in sorted(items, key=lambda s: order_key(s.evidence)))
    )
    n_sources = ctx.n_sources(evidence)
    dates = sorted((s.date for s in items if parts(s.date)), key=sort_key)
    reported = sorted((p for e in evidence if (p := ctx.published(e))), key=sort_key)
    speaker = next((s.speaker for s in (best, *items) if _named(s.speaker)), None)
    strength = (
        (1.0 if any(s.quote for s in items) else 0.0)
        + min(1.0, 0.5 * len(_STRONG.findall(best.text)))
        + 0.5 * (n_sources - 1)
        + (0.25 if speaker else 0.0)
    )
    return PositionStatement(
        actor=best.actor,
        speaker=speaker,
        text=best.text.strip(),
        quote=best.quote,
        theme=theme(best),
        date=dates[0] if dates else None,
        strength=round(strength, 2),
        evidence=evidence,
        n_sources=n_sources,
        id="",
        reported=reported[0] if reported else None,
    )
