"""The scans built with alternations grouped by first letter (vocabulary.by_first_letter)
find exactly what the plain alternations find: the verbs of saying, the ground verbs and
nouns, the diplomatic triggers, on random text built from the words, their prefixes and
their neighbours; and the tests around a verb of saying, matched in place, case-blind or
after a substring test, answer as before."""

from __future__ import annotations

import random
import re

from briefings.extract import attribution, ground, statements
from briefings.extract.diplomacy import triggers
from briefings.nlp.folding import CaseBlind, Caseless, fold, matches_where
from briefings.nlp.vocabulary import (
    SAYING_BARE,
    SAYING_FINITE,
    SAYING_PARTICIPLES,
    top_level_alternatives,
)


def _words(pattern: str) -> list[str]:
    """Plain words from a pattern's alternatives: the letters, spaces for its ``\\s+``."""
    out = []
    for alt in top_level_alternatives(pattern):
        word = re.sub(r"\\s[+*]?", " ", alt)
        word = re.sub(r"\(\?[=!<][^)]*\)|[()?:+*|\\\[\]{}]", "", word)
        out.append(word)
    return out


def _texts(words: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = words + [w[: rng.randint(1, len(w))] for w in words] + [
        "the", "a", "town", "of", "missiles", "control", "Idlib", "ſaid", "\u212aill",
        "İs", "x", "-", ",", ".", '"', "“", "'s", "over", "for", "by", "that",
    ]  # fmt: skip
    out = []
    for _ in range(n):
        parts = [rng.choice(pieces) for _ in range(rng.randint(1, 12))]
        seps = [rng.choice(("", " ", " ", "  ", "\n", "-")) for _ in parts]
        text = "".join(p + s for p, s in zip(parts, seps, strict=True))
        out.append(text if rng.random() < 0.7 else text.upper() if rng.random() < 0.5 else text)
    return out


def _same(fast: re.Pattern[str], plain: re.Pattern[str], texts: list[str]) -> int:
    hits = 0
    for text in texts:
        for t in (text, fold(text)):
            want = [(m.span(), m.groupdict()) for m in plain.finditer(t)]
            got = [(m.span(), m.groupdict()) for m in fast.finditer(t)]
            assert got == want, t
            hits += len(want)
    return hits


def _plain(words: frozenset[str]) -> str:
    """The words' alternation as it was before grouping: longest first, ungrouped."""
    parts = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in parts)


def test_verbs_of_saying_as_the_plain_alternation() -> None:
    words = SAYING_FINITE | SAYING_PARTICIPLES | SAYING_BARE
    plain = re.compile(
        rf"(?<![\w-])(?P<verb>{_plain(SAYING_FINITE)}|{_plain(SAYING_PARTICIPLES)}"
        rf"|{_plain(SAYING_BARE)})\b"
    )
    texts = _texts(sorted(words), 3000, seed=7)
    assert _same(attribution._SAY, plain, texts) > 1000


def test_ground_scans_as_the_exact_patterns() -> None:
    for fast, exact, forms in (
        (ground._VERB_SCAN, ground._VERB, [v for _, v, _ in ground._ACTIONS]),
        (ground._NOUN_SCAN, ground._NOUN, [n for _, _, n in ground._ACTIONS]),
    ):
        texts = _texts(_words("|".join(forms)), 3000, seed=len(forms))
        hits = 0
        for text in texts:
            low = fold(text)
            want = [(m.span(), m.lastgroup) for m in exact.finditer(low)]
            got = [(m.span(), m.lastgroup) for m in matches_where(fast, exact, low, low)]
            assert got == want
            hits += len(want)
        assert hits > 1000


def test_tests_after_the_verb_as_on_the_tail() -> None:
    # _LEAD_IN was matched with "^" on the text after the verb; now at the verb's end
    anchored = re.compile("^" + attribution._LEAD_IN.pattern)
    rng = random.Random(5)
    pieces = [
        "said", " ", ", ", "to", "reporters", "journalists", "in", "a", "statement", "on",
        "Monday", "that", "the", "Army", "Trend", "reports", "him", "also", "earlier",
        "interview", "last", "week", "This", "Idlib", ".", "by", "of",
    ]  # fmt: skip
    for _ in range(4000):
        text = "".join(rng.choice(pieces) + rng.choice(("", " ")) for _ in range(12))
        for m in re.finditer(r"said\b", text):
            ve = m.end()
            lead = attribution._LEAD_IN.match(text, ve)
            old = anchored.match(text[ve:])
            assert (lead.end() - ve if lead else None) == (old.end() if old else None), text
            for pattern in (attribution._ENDS_CLAUSE, attribution._NOUN_AFTER):
                assert bool(pattern.match(text, ve)) == bool(
                    re.match(pattern.pattern, text[ve:], pattern.flags)
                )


def test_trigger_scan_as_the_caseless_scan() -> None:
    words = [w for _, alts in triggers._TRIGGERS_IN_ORDER for w in _words(alts)]
    plain = Caseless(triggers._TRIGGER_PATTERN)  # scanned for as written
    hits = 0
    for text in _texts(words + ["Kesh", "in Doha", "at Geneva"], 3000, seed=13):
        low = fold(text)
        want = [(m.span(), m.lastgroup) for m in plain.finditer(text, low)]
        got = [(m.span(), m.lastgroup) for m in triggers.trigger_matches(text, low)]
        assert got == want, text
        hits += len(want)
    assert hits > 1000


def test_verb_before_a_quote_found_as_the_pattern() -> None:
    words = sorted(SAYING_FINITE) + ["told", "reporters", "on Monday", ":", "that", "asked"]
    plain = statements._SAY_BEFORE_TAIL
    found = 0
    for text in _texts(words, 3000, seed=17):
        want = plain.search(text) is not None
        assert statements._SAY_BEFORE_TAIL_CB.found(text, folded=fold(text)) == want, text
        assert CaseBlind(plain).found(text) == want
        found += want
    assert found > 300


def test_tests_before_the_verb_case_blind_as_the_patterns() -> None:
    pieces = [
        "the", "a", "his", "Leader's", "claims", "were", "WERE", "reported", "as", "Ankara",
        "has", "not", "NEVER", "n't", "declined to", "yet", "said", "statement", "The Joint",
        "report", "also", "\u017fays", "\u212aesh", "\u0130dlib", ",", " ", "  ", "-",
    ]  # fmt: skip
    rng = random.Random(19)
    met = 0
    for pattern in (
        attribution._PASSIVE_BEFORE,
        attribution._NOUN_BEFORE,
        attribution._NOT_SAID,
        attribution._AS_BEFORE,
        attribution._DOCUMENT_SUBJECT,
    ):
        blind = CaseBlind(pattern)
        for _ in range(1500):
            parts = [rng.choice(pieces) + rng.choice(("", " ", " ")) for _ in range(10)]
            text = "".join(parts)
            low = fold(text)
            # the verb mostly right after a word and its space, as in a sentence
            vs = len("".join(parts[: rng.randint(0, 10)])) if rng.random() < 0.8 else len(text) // 2
            a = max(0, vs - rng.choice((20, 30, 40, 80)))
            want = pattern.search(text, a, vs) is not None
            assert blind.found(text, a, vs, low) == want, text
            want = pattern.search(text[a:vs]) is not None
            assert blind.found(text[a:vs], folded=low[a:vs]) == want, text
            met += want
    assert met > 200


def test_prefilters_before_the_patterns_as_the_patterns() -> None:
    pieces = [
        "said", "he", '"', "”", "“", ",", ".", "!", "accused", "Accused", "threatens",
        "warned", "vowed", "denied", "deny", "denying", "to", "strike", "the", "town", "x",
    ]  # fmt: skip
    rng = random.Random(31)
    met = [0, 0]
    for _ in range(4000):
        parts = [rng.choice(pieces) + rng.choice(("", " ", " ")) for _ in range(12)]
        text = "".join(parts)
        pos = len("".join(parts[: rng.randint(0, 12)]))
        want = attribution._AFTER_QUOTE.search(text, max(0, pos - 60), pos) is not None
        assert attribution._after_quote(text, pos) == want, (text, pos)
        near = ground._SPEECH_NEAR.search(text, max(0, pos - 60), pos) is not None
        assert ground._speech_near(text, pos) == near, (text, pos)
        met[0] += want
        met[1] += near
    assert min(met) > 200
