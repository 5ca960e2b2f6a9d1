"""Fold exact and near-duplicate articles: the same wire story run by several outlets.

Two articles are duplicates when the Jaccard similarity of their sets of
word 5-grams ("shingles") is at least 0.8: robust to a different banner,
headline or byline and to small edits, while two different stories on the
same event share far fewer 5-grams.

Comparing every pair is quadratic (500,000 pairs for 1,000 articles). We
use *prefix filtering* instead (Chaudhuri et al. 2006; the all-pairs
similarity-join trick): order each set's shingles by a global order, rarest
first. If J(A, B) >= t then A and B must share a shingle among the first
|A| - ceil(t * |A|) + 1 of A's (and likewise B's). So only pairs sharing a
prefix shingle are candidates, found through an inverted index, and each
candidate is then verified exactly. Unlike MinHash this is exact (no missed
pairs, no randomness), and on real news almost no unrelated pair shares a
rare 5-gram, so it runs in about linear time.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import replace
from itertools import chain

from briefings.models import Article

THRESHOLD = 0.8
SHINGLE = 5
_WORD = re.compile(r"\w+")
_MASK = (1 << 64) - 1


def shingles(text: str, k: int = SHINGLE) -> set[int]:
    """Hashes of the word k-grams of ``text`` (lowercased, punctuation ignored).

    Python's own hash of a tuple of words, several times faster than hashing
    joined strings: it varies between runs, but only changes which shingles
    are taken as rare first, never which articles the exact check folds."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {hash(tuple(words))} if words else set()
    return set(map(hash, zip(*(words[i:] for i in range(k)), strict=False)))


def duplicate_groups(texts: list[str], threshold: float = THRESHOLD) -> list[list[int]]:
    """Indexes of ``texts`` grouped by near-duplication, each group in index order."""
    if len(texts) < 2:
        return [[i] for i in range(len(texts))]
    sets = [shingles(t) for t in texts]
    frequency = Counter(chain.from_iterable(sets))
    # One sort key per shingle two texts or more share, rarest first, ties by hash
    # value (a total order: any order is exact), as one int so that sorting calls no
    # Python code. A shingle of one text only ranks before them all and can find no
    # other text: a prefix's such shingles are counted, never sorted or indexed.
    rank = {h: (n << 64) | (h & _MASK) for h, n in frequency.items() if n > 1}
    shared_anywhere = rank.keys()
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index: dict[int, list[int]] = defaultdict(list)
    for i, current in enumerate(sets):
        if not current:
            continue
        shared = current & shared_anywhere
        room = len(shared) - math.ceil(threshold * len(current)) + 1  # prefix minus singles
        if room <= 0:
            continue  # the whole prefix is this text's own: no candidate, nothing to index
        prefix = sorted(shared, key=rank.__getitem__)[:room]
        candidates = {j for h in prefix for j in index[h]}
        for j in candidates:
            if root(i) != root(j) and _similar(current, sets[j], threshold):
                parent[max(root(i), root(j))] = min(root(i), root(j))
        for h in prefix:
            index[h].append(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(texts)):
        groups[root(i)].append(i)
    return sorted(groups.values())


def _similar(a: set[int], b: set[int], threshold: float) -> bool:
    small, large = sorted((len(a), len(b)))
    if small < threshold * large:  # the size bound: no need to intersect
        return False
    common = len(a & b)
    return common / (len(a) + len(b) - common) >= threshold


def fold(articles: list[Article]) -> list[Article]:
    """Keep the first article of each duplicate group, listing every outlet and path."""
    kept: list[Article] = []
    for group in duplicate_groups([a.text for a in articles]):
        first, others = articles[group[0]], [articles[i] for i in group[1:]]
        if not others:
            kept.append(first)
            continue
        members = [first, *others]
        outlets = list(dict.fromkeys(o for a in members for o in (*a.outlets, a.source) if o))
        # The story's date and place are the same whichever outlet ran it.
        published = first.published or next((a.published for a in others if a.published), None)
        dateline = first.dateline or next((a.dateline for a in others if a.dateline), None)
        kept.append(
            replace(
                first,
                outlets=tuple(outlets),
                duplicates=tuple(dict.fromkeys(a.path for a in others if a.path != first.path)),
                published=published,
                dateline=dateline,
            )
        )
    return kept
