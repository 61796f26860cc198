"""Look-up of Romanian words against stem lists from `rules/`.

Romanian inflects nouns and verbs heavily (soldat, soldați, soldaților); without a lemmatizer
(the blank pipeline) a stem plus a known ending is the cheapest honest match. Stems may hold
several words ("lucrator feroviar", "stat de vorba"); each word matches on its own, and the
longest entry wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

import snowballstemmer

from claimcheck.read.textnorm import fold


class StemTable:
    def __init__(self, entries: Iterable[tuple[str, str]], suffixes: Iterable[str] | None = None):
        """`entries`: (stem, label) pairs; `suffixes`: endings allowed after each stem word
        (None: any ending, i.e. a prefix match)."""
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for stem, label in entries:
            words = tuple(fold(stem).split())
            self._by_first.setdefault(words[0][:2], []).append((words, label))
        for lst in self._by_first.values():
            lst.sort(key=lambda e: (-len(e[0]), -len(e[0][0])))
        self._suffixes = None if suffixes is None else {fold(x) for x in suffixes}

    def _word_ok(self, word: str, stem: str) -> bool:
        return word.startswith(stem) and (self._suffixes is None or word[len(stem):] in self._suffixes)

    def match(self, words: Sequence[str]) -> tuple[str, int] | None:
        """(label, number of words) of the longest entry at the start of `words`."""
        if not words:
            return None
        folded = [fold(w) for w in words[:4]]
        for stem_words, label in self._by_first.get(folded[0][:2], ()):
            n = len(stem_words)
            if n <= len(folded) and all(self._word_ok(w, s) for w, s in zip(folded, stem_words)):
                return label, n
        return None

    def lookup(self, word: str) -> str | None:
        hit = self.match([word])
        return hit[0] if hit and hit[1] == 1 else None

    def lookup_phrase(self, words: Sequence[str]) -> str | None:
        """The label of an entry of two words or more that `words` start with ("pierdut viața",
        "încetat din viață")."""
        hit = self.match(words)
        return hit[0] if hit and hit[1] >= 2 else None


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    return fold(_stemmer().stemWord(word.lower()))


@lru_cache(maxsize=1)
def _stemmer():  # noqa: ANN202 - snowballstemmer has no type hints
    return snowballstemmer.stemmer("romanian")


def stems_meet(a: str, b: str) -> bool:
    """Two stems of one word: "rat" (rata) and "rate" (ratei); "sum" and "sume"."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 3 and long_.startswith(short)


def shared_stems(a: list[str], b: list[str]) -> list[str]:
    """The stems of `a` that meet a stem of `b`: the words two sentences share."""
    return [x for x in a if any(stems_meet(x, y) for y in b)]


def same_modifiers(ma: list[str], mb: list[str]) -> bool:
    """One modifier more or less is the same thing said more fully; two are a different thing, and
    so is one marked "+" (joined by "și", or after a scope link): "salarii și venit" is not
    "salarii", "abonament pentru metrou" is not "abonament"."""
    only_a = [m for m in ma if not any(stems_meet(m.lstrip("+"), n.lstrip("+")) for n in mb)]
    only_b = [m for m in mb if not any(stems_meet(m.lstrip("+"), n.lstrip("+")) for n in ma)]
    if any(m.startswith("+") for m in only_a + only_b):
        return False
    return len(only_a) + len(only_b) <= 1


def same_subject(a: list[str], b: list[str]) -> bool | None:
    """Whether two measured noun phrases (head stem first, then modifiers) name one thing; None when
    either is unknown. One modifier more or less is the same thing said more fully ("rata
    inflației" and "rata anuală a inflației"); two are a different thing ("… calculată pe baza
    IAPC")."""
    if not a or not b:
        return None
    if not stems_meet(a[0], b[0]):
        return False
    return same_modifiers(a[1:], b[1:])
