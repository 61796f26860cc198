"""Joining claims into groups: the one union-find both reconcilers use.

Claims found to state one fact are joined pair by pair; a group is what ends up joined. Roots
carry no meaning (a group's id comes from its members), so `union(a, b)` may hang either tree
under the other; `components` lists the groups in the order their first member was added, which
keeps the report's order stable from run to run.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class UnionFind(Generic[K]):
    def __init__(self, keys: Iterable[K] = ()):
        self.parent: dict[K, K] = {k: k for k in keys}

    def add(self, key: K) -> None:
        self.parent.setdefault(key, key)

    def find(self, x: K) -> K:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving: near-constant time per look-up
            x = parent[x]
        return x

    def union(self, a: K, b: K) -> None:
        self.parent[self.find(a)] = self.find(b)

    def components(self) -> list[list[K]]:
        """Every set, members in the order they were added, sets in the order of their first member."""
        out: dict[K, list[K]] = {}
        for k in self.parent:
            out.setdefault(self.find(k), []).append(k)
        return list(out.values())
