"""Changes told between two values: "tariful … crește cu 10,33%, de la 3,29 lei/MWh la 3,63
lei/MWh" and "Acesta ar urma să crească de la 3,29 lei pe MWh la 3,63 lei pe MWh, ceea ce
înseamnă o majorare de aproximativ 10%". The two values a change goes between name which change
it is, whatever words say what changed ("Acesta", "ceea ce", a bare "creștere" after a label):
the blocks, which need those words, never meet such a pair. Two changes between the same two
values (each the same figure, or one rounded) are one change; their sizes are compared as any
two values of one fact are (`pairs.verdict_of`)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from claimcheck.model import Claim
from claimcheck.reconcile.changes import told_from_to
from claimcheck.reconcile.pairs import value_key, verdict_of
from claimcheck.reconcile.verdicts import AGREE, CONFLICT, IMPRECISE, is_point
from claimcheck.settings import RunSettings

# A change belongs to the two values right beside it: at most this many words between them, and
# no clause break (";", "iar" opens another clause with its own change: "…, iar prețul final
# crește cu 2%").
_MAX_WORDS_BETWEEN = 10  # (a unit's words count: "la 5,70 lei pe metru cub, ceea ce înseamnă o majorare de")
_BREAK = re.compile(r";|\biar\b", re.I)
_WORD = re.compile(r"\w+")
# Two starting values further apart than this share of the value (or one unit) are no rounding of
# one figure: their changes are not compared.
_NEAR = 0.01


@dataclass(frozen=True, slots=True)
class Anchored:
    change: Claim
    before: Claim  # the value it changed from
    after: Claim  # the value it changed to


class Anchors:
    """The changes of a corpus told between two values, and which two of them are one change."""

    def __init__(self, claims: Iterable[Claim], s: RunSettings):
        self.s = s
        self.told = _anchor(claims)
        self._of = {x.change.id: x for x in self.told}

    def same(self, x: Anchored, y: Anchored) -> bool:
        """Two candidates (of one unit each, `_candidates`) go between the same two values."""
        return _same_value(x.before, y.before, self.s) and _same_value(x.after, y.after, self.s)

    def _candidates(self) -> Iterable[tuple[Anchored, Anchored]]:
        """Pairs whose starting values are near enough to be one figure rounded: sorted by that
        value within each unit, a window of `_NEAR` of it (linear in a large corpus, not
        quadratic)."""
        by_unit: dict[tuple, list[Anchored]] = defaultdict(list)
        for x in self.told:
            by_unit[(x.change.value.unit, x.before.value.unit)].append(x)
        for xs in by_unit.values():
            xs.sort(key=lambda x: float(x.before.value.low))
            for i, x in enumerate(xs):
                v = float(x.before.value.low)
                for y in xs[i + 1:]:
                    if float(y.before.value.low) - v > max(1.0, _NEAR * abs(v)):
                        break
                    yield x, y

    def decided(self, a: str, b: str) -> bool:
        """Both changes are told between two values: the values already say whether they are one
        change ("circa 10%" of the sewage tariff is not the drinking water's 9,62%)."""
        return a in self._of and b in self._of

    def findings(self, judged: Callable[[str, str], bool],
                 only_articles: set[str] | None = None) -> list[tuple[list[Claim], list[Claim], str, str]]:
        """(claims of one value, claims of the other, verdict, reason) for the changes of
        different articles told between the same two values that the blocks did not already
        judge, the articles that give one value together (a figure two outlets copy is one
        finding); verdict imprecise or conflict."""
        sides: dict[tuple, tuple[dict[str, Claim], dict[str, Claim], str, str]] = {}
        for x, y in self._candidates():
            a, b = x.change, y.change
            if a.article == b.article or judged(a.id, b.id) or not self.same(x, y) or (
                    only_articles is not None and not {a.article, b.article} & only_articles):
                continue
            verdict, reason = verdict_of(a, b, self.s)
            if verdict not in (IMPRECISE, CONFLICT):
                continue
            if repr(value_key(b)) < repr(value_key(a)):  # (one order for the two sides, whichever came first)
                a, b = b, a
            # (keyed by the first side's values: three outlets of one change make one finding)
            first = self._of[a.id]
            key = (value_key(first.before), value_key(a), value_key(b))
            xs, ys, _, _ = sides.setdefault(key, ({}, {}, verdict, f"one change between the same two values "
                                                                   f"({_said(first.before)} → {_said(first.after)}): {reason}"))
            xs[a.id], ys[b.id] = a, b
        return [(list(xs.values()), list(ys.values()), verdict, reason) for xs, ys, verdict, reason in sides.values()]


def _anchor(claims: Iterable[Claim]) -> list[Anchored]:
    by_sentence: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "quantity" and c.value is not None and c.sentence:
            by_sentence[(c.article, c.sentence)].append(c)
    out = []
    for cs in by_sentence.values():
        changes = [c for c in cs if c.frame.get("role") == "change"]
        if not changes:
            continue
        # (from the words, not the "previous" mark: without a parse "să crească de la 3,29 lei"
        # has none)
        # (single figures only: "de la peste 5 lei" names no value to meet another's)
        levels = [c for c in cs if c.frame.get("role") == "level" and is_point(c.value)
                  and isinstance(c.value.low, (int, float))]
        pairs = [(p, q) for p in levels for q in levels
                 if q is not p and p.value.unit == q.value.unit and told_from_to(p, q, said_from=True)]
        # one claim read as the value reached, with the one it started from: "de la 5,20 lei la 5,70 lei"
        pairs += [(replace(q, value=replace(q.value, low=q.frame["from"], high=q.frame["from"])), q)
                  for q in levels if isinstance(q.frame.get("from"), (int, float))]
        for c in changes:
            near = [(p, q) for p, q in pairs if _beside(c, p, q, changes)]
            if len(near) == 1:
                out.append(Anchored(c, *near[0]))
    return sorted(out, key=lambda t: (t.change.article, t.change.start))


def _beside(c: Claim, p: Claim, q: Claim, changes: list[Claim]) -> bool:
    """The change stands right before the two values or right after them ("la 3,63 lei, de la 3,29
    lei" names the new value first), with no other change and no clause break between."""
    first, last = min(p.start, q.start), max(p.end, q.end)
    gap = (c.end, first) if c.end <= first else (last, c.start) if last <= c.start else None
    if gap is None or any(o is not c and gap[0] <= o.start < gap[1] for o in changes):
        return False
    between = _text_between(c, gap)
    return between is not None and len(_WORD.findall(between)) <= _MAX_WORDS_BETWEEN and not _BREAK.search(between)


def _text_between(c: Claim, gap: tuple[int, int]) -> str | None:
    """The words between two offsets of `c`'s article, read from `c`'s sentence."""
    at = c.sentence.find(c.text)
    if at < 0:
        return None
    base = c.start - at
    lo, hi = gap[0] - base, gap[1] - base
    return c.sentence[lo:hi] if 0 <= lo <= hi <= len(c.sentence) else None


def _same_value(a: Claim, b: Claim, s: RunSettings) -> bool:
    """The same figure, or one given to fewer digits ("294 de lei" of 294,08 lei)."""
    if a.value.unit != b.value.unit:
        return False
    return verdict_of(a, b, s)[0] in (AGREE, IMPRECISE)


def _said(c: Claim) -> str:
    return f"{c.value.low:g} {c.value.unit or ''}".strip()
