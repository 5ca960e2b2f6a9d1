"""Near-duplicate folding by prefix filtering finds the groups that comparing every
pair finds (briefings/sources/dedupe.py).

The texts are made of our own words: stories, copies of them with a few words
changed (some still near-duplicates, some not), exact copies and short texts, so
that the prefixes hold both shingles no other text has and shingles many share.
"""

from __future__ import annotations

import random

import pytest

from briefings.sources.dedupe import THRESHOLD, _similar, duplicate_groups, shingles

WORDS = (
    "army rebels town shelling talks ceasefire minister said killed wounded fled village "
    "border envoy summit monday tuesday north south river bridge convoy aid hospital"
).split()


def every_pair(texts: list[str]) -> list[list[int]]:
    sets = [shingles(t) for t in texts]
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i in range(len(texts)):
        for j in range(i):
            if sets[i] and sets[j] and _similar(sets[i], sets[j], THRESHOLD):
                a, b = root(i), root(j)
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(len(texts)):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values())


def corpus(seed: int) -> list[str]:
    rng = random.Random(seed)
    stories = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 60))) for _ in range(12)]
    texts = list(stories)
    for _ in range(40):
        words = rng.choice(stories).split()
        for _ in range(rng.randint(0, 6)):  # a few words changed: near or not, by chance
            words[rng.randrange(len(words))] = rng.choice(WORDS + ["Reuters", "AFP"])
        texts.append(" ".join(words))
    texts += [rng.choice(texts) for _ in range(5)] + ["", "army"]
    rng.shuffle(texts)
    return texts


@pytest.mark.parametrize("seed", range(25))
def test_prefix_filtering_finds_the_groups_every_pair_finds(seed):
    texts = corpus(seed)
    assert duplicate_groups(texts) == every_pair(texts)
