"""A group's disagreements, judged between clusters of claims that give one value: which
clusters are judged against which, and which rule names the disagreement (a conflict, a later
state, a running total, a partial count). blocks.reconcile calls `cluster_findings` per group."""

from __future__ import annotations

from collections import Counter
from typing import Protocol

from claimcheck.model import Claim, Finding
from claimcheck.reconcile.outliers import odd_one_out
from claimcheck.reconcile.pairs import grown, later, partial, rose, tallied, value_key, value_span, verdict_of
from claimcheck.reconcile.verdicts import AGREE, CONFLICT, IMPRECISE, describe
from claimcheck.reconcile.wording import cluster_finding
from claimcheck.settings import RunSettings


class Block(Protocol):
    """What of a block (blocks._Block) judging its groups reads."""
    members: list[Claim]

    def linked(self, xs: list[Claim], ys: list[Claim]) -> tuple[list[Claim], list[Claim]]: ...


def two_sources_of_one_age(a: Claim, b: Claim) -> bool:
    """"are vârsta de 50 ani" (the company's statement) and "conform IPJ Galați, … un bărbat cu
    vârsta de 49 ani": one article gives one person's age after two sources. The article shows
    the disagreement; it does not leave in doubt which fact the frame is (a person has one age)."""
    return bool(a.frame.get("age") and b.frame.get("age")) and a.source != b.source


def _with_own_sources(kept: tuple[list[Claim], list[Claim]], xs: list[Claim],
                      ys: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    """The claims `linked` kept, with those of an article that gives one person's age after two
    sources, both of them: its own disagreement is one to check as much as another outlet's
    (`linked` names only claims with a partner from another article)."""
    kx, ky = kept
    if not (kx and ky):
        return kept
    named = {c.id for c in kx + ky}
    def more(side: list[Claim], other: list[Claim]) -> list[Claim]:
        return [c for c in side if c.id not in named
                and any(o.id in named and o.article == c.article and two_sources_of_one_age(c, o) for o in other)]
    ax, ay = more(xs, ys), more(ys, xs)
    return (kx + ax, ky + ay) if ax or ay else kept


def _sources_apart(xs: list[Claim], ys: list[Claim], articles: set[str]) -> bool:
    """Every article that gives both values gives them as one person's age after two sources."""
    return all(any(two_sources_of_one_age(a, b) for a in xs if a.article == art for b in ys if b.article == art)
               for art in articles)


def cluster_findings(comp: list[Claim], gid: str, block: Block, s: RunSettings,
                     unsure: set[str] = frozenset()) -> list[tuple[str, Finding]]:
    """A group's disagreements, as findings between clusters of claims that give one value.

    The verdict between two claims depends only on their values (`value_key`), so the claims of
    a group are clustered by value and sorted by interval. Up to `pairwise_limit` clusters, every
    two clusters that disagree make one finding: exact, one finding per distinct pair of values
    however many articles repeat each. Past it (a group of many different values), the cluster
    most articles give is judged against all the others, and the clusters that are disjoint from
    it make one conflict finding with it, those it is imprecise against one imprecise finding;
    the other clusters are judged against their neighbours in interval order. That keeps the
    work and the size of the report linear, and every claim that disagrees with its group's main
    value or a neighbouring value is named. A finding names the claims of both sides that are
    compatible with a claim of the other side from another article; its first two claims are
    one such pair."""
    by_value: dict[tuple, list[Claim]] = {}
    for c in comp:
        by_value.setdefault(value_key(c), []).append(c)
    clusters = sorted(by_value.values(),
                      key=lambda cl: (value_span(cl[0], s.tolerance), cl[0].value.qualifier, describe(cl[0].value),
                                      bool(cl[0].frame.get("approx")), str(cl[0].frame.get("step"))))
    m = len(clusters)
    out: list[tuple[str, Finding]] = []

    def emit(verdict: str, reason: str, xs: list[Claim], ys: list[Claim], sure: bool = False) -> None:
        if verdict == CONFLICT and unsure and not sure:
            xs, ys = [c for c in xs if c.id not in unsure], [c for c in ys if c.id not in unsure]
        xs, ys = _with_own_sources(block.linked(xs, ys), xs, ys)
        if xs and ys:
            rule = "date-conflict" if xs[0].kind == "date" else \
                "quantity-conflict" if verdict == CONFLICT else "quantity-imprecise"
            if rule == "quantity-conflict" and later(xs, ys):
                rule = "quantity-later"
            elif rule == "quantity-conflict" and grown(xs, ys, s):
                rule = "quantity-grown"
            elif rule == "quantity-conflict" and (why := rose(xs, ys, s.tolerance, block.members)):
                rule, reason = "quantity-rise", f"{reason}; {why}"
            elif rule == "quantity-conflict" and partial(xs, ys):
                rule = "quantity-partial"
            elif rule == "quantity-conflict" and tallied(xs, ys, s):
                rule = "quantity-grown"  # (a running total's later state)
            out.append((verdict, cluster_finding(rule, gid, xs, ys, reason, s)))

    said = [{c.article for c in cl} for cl in clusters]
    values = Counter(a for art in said for a in art)  # how many values each article gives
    if m <= s.pairwise_limit:
        for x in range(m):
            for y in range(x + 1, m):
                if said[x] & said[y] and not _sources_apart(clusters[x], clusters[y], said[x] & said[y]):
                    if (odd := odd_one_out(clusters[x], clusters[y], values)) is not None:
                        # (an article's odd value against the outlets that agree on its other)
                        verdict, reason = verdict_of(odd[0][0], odd[1][0], s)
                        if verdict != AGREE:
                            emit(verdict, reason, *odd, sure=True)
                        continue
                    # One article gives both values of what the frames took for one fact ("5.000
                    # de militari", "Franța trimite 2.400 de militari"): two facts the frames did
                    # not tell apart, or a change that article tells itself (block.updates); no
                    # other article is wrong for giving one of them. (Only the same value: a
                    # title's "peste 3,4 milioane" does not excuse its body's "3.4 milioane".)
                    continue
                verdict, reason = verdict_of(clusters[x][0], clusters[y][0], s)
                if verdict != AGREE:
                    emit(verdict, reason, clusters[x], clusters[y])
        return out
    major = max(range(m), key=lambda x: (len({c.article for c in clusters[x]}), -x))
    against: dict[str, tuple[str, list[Claim]]] = {}
    for x in range(m):
        if x != major and not said[major] & said[x]:
            verdict, reason = verdict_of(clusters[major][0], clusters[x][0], s)
            if verdict != AGREE:
                against.setdefault(verdict, (reason, []))[1].extend(clusters[x])
    for verdict in (CONFLICT, IMPRECISE):
        if verdict in against:
            reason, others = against[verdict]
            emit(verdict, reason, clusters[major], others)
    for x in range(m - 1):
        if major not in (x, x + 1) and not said[x] & said[x + 1]:
            verdict, reason = verdict_of(clusters[x][0], clusters[x + 1][0], s)
            if verdict != AGREE:
                emit(verdict, reason, clusters[x], clusters[x + 1])
    return out
