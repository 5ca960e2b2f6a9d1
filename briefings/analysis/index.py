"""Blocking: the groups that could take a new mention, found without comparing it to
every group so far.

A step that merges mentions into groups (incidents, events, ground items, positions)
files each group under the keys anything that joins it must share with it (a figure
and the day it was reported, a place, an article, a day...), and looks a mention up
under the keys it could share. Every group that could fit is among the candidates, so
taking the first candidate that fits (groups in order of creation) gives what a scan
of every group in order would give, at the cost of the few groups filed under those
keys instead of all of them.

``AllPairs`` is that scan: the same calls, every group a candidate. Analysis run with
it (``analyze(..., every_pair=True)``) is the reference the blocking is tested against.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class Blocks(Generic[T]):
    """Groups filed by number under keys; the candidates for some keys, in number order."""

    def __init__(self) -> None:
        self._buckets: dict[Hashable, dict[int, T]] = {}

    def file(self, key: Hashable, number: int, group: T) -> None:
        self._buckets.setdefault(key, {})[number] = group

    def unfile(self, key: Hashable, number: int) -> None:
        bucket = self._buckets.get(key)
        if bucket is not None:
            bucket.pop(number, None)

    def candidates(self, keys: Iterable[Hashable]) -> list[T]:
        found: dict[int, T] = {}
        for key in keys:
            bucket = self._buckets.get(key)
            if bucket:
                found.update(bucket)
        return [found[n] for n in sorted(found)]

    def each(self, keys: Iterable[Hashable]) -> Iterator[T]:
        """The candidates one by one, in no set order: for a caller that may stop early
        and whose answer does not depend on the order."""
        seen: set[int] = set()
        for key in keys:
            for n, group in self._buckets.get(key, {}).items():
                if n not in seen:
                    seen.add(n)
                    yield group


class AllPairs(Blocks[T]):
    """Every group filed is a candidate for every mention: the all-pairs reference."""

    def __init__(self) -> None:
        super().__init__()
        self._every: dict[int, T] = {}

    def file(self, key: Hashable, number: int, group: T) -> None:
        self._every[number] = group

    def unfile(self, key: Hashable, number: int) -> None:
        pass  # a group once filed stays a candidate: the reference checks them all

    def candidates(self, keys: Iterable[Hashable]) -> list[T]:
        return [self._every[n] for n in sorted(self._every)]

    def each(self, keys: Iterable[Hashable]) -> Iterator[T]:
        return iter(self.candidates(keys))


def blocks(every_pair: bool) -> Blocks[T]:
    """The index a step uses: blocking, or for the reference every pair."""
    return AllPairs() if every_pair else Blocks()
