"""Lining up claims that state the same fact, and judging each pair.

Claims are compared only inside blocks (same kind of measure and concept), so the work grows
with the size of the blocks, not with the square of the corpus. Inside a block a pair is
compatible when nothing in the two frames says they are different facts (event classes,
actors, times); compatible pairs are joined into groups (groups.UnionFind) and judged as
intervals (verdicts.py); a pair that disagrees becomes a finding (findings.finding).

Where to change what: `block_key` decides which claims are compared at all; `compatible` (with
matching.score_pair) whether two are one fact; `_judge` the verdict; `_pairwise` and
`_by_representative` how a block is walked (all pairs, or against one representative).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from claimcheck.lang.frames import tables
from claimcheck.lang.stems import stem, stems_meet
from claimcheck.model import SEVERITY_RANK, Claim, Finding, Group, stable_id
from claimcheck.reconcile.findings import finding
from claimcheck.reconcile.groups import UnionFind
from claimcheck.reconcile.matching import concept_key, score_pair
from claimcheck.reconcile.verdicts import AGREE, CONFLICT, IMPRECISE, RANK, compare, compare_dates, describe
from claimcheck.settings import RunSettings


@dataclass(slots=True)
class Result:
    groups: list[Group]
    findings: list[Finding]


def block_key(c: Claim) -> tuple[str, ...] | None:
    """Which claims may state the same fact as `c`; None: nothing to compare it with."""
    if c.value is None:
        return None
    if c.kind == "date":
        if not c.concept or c.value.low is None:
            return None  # unresolved relative dates never conflict
        return ("date", c.concept)
    if c.kind != "quantity":
        return None
    q = c.frame.get("quantity")
    if q == "count":
        key = concept_key(c)
        # "diferența de 10.000 de voturi" counts votes, but measures a difference
        return ("count", key, c.frame.get("of") or "") if key else None
    # Durations, money, percentages and measures carry no counted noun: without a concept or a
    # noun phrase that says what they measure, or a name whose figure it is, two "two hours" could
    # be anything, so they are not compared. The first letters of the measured noun's stem only
    # block: matching.py decides whether the two phrases name one thing.
    if c.concept:
        return (q or "", c.concept, c.value.unit or "")
    if q == "duration":
        return None
    if q == "clock":
        # Compared with every time of day: matching._happening decides which tell one happening.
        return (q, "", c.value.unit or "")
    if q == "minute":
        # A time of day or a minute of play is the time of something: the same happening, by
        # its event, its verb or its noun ("explozia s-a produs la ora 9.07").
        key = c.frame.get("event") or (stem(c.frame["predicate"]) if c.frame.get("predicate") else None) \
            or (c.frame.get("subject") or [None])[0]
        return (q, "~" + key[:4], c.value.unit or "") if key else None
    subject = c.frame.get("subject")
    if subject:
        return (q or "", "~" + subject[0][:3], c.value.unit or "")
    if c.frame.get("owner"):
        return (q or "", "@" + c.frame["owner"], c.value.unit or "")
    return None


def compatible(a: Claim, b: Claim, settings: RunSettings) -> bool:
    """Nothing in the two frames says these are different facts (see matching.score_pair)."""
    return score_pair(a, b, settings.rules_dir, settings.thresholds)[0]


def reconcile(claims: Iterable[Claim], settings: RunSettings | None = None,
              only_articles: set[str] | None = None) -> Result:
    """Groups and findings. With `only_articles`, findings are kept only when one of their
    claims comes from those articles (the `check` command)."""
    s = settings or RunSettings()
    blocks: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for c in claims:
        key = block_key(c)
        if key is not None:
            blocks[key].append(c)

    out = Result([], [])
    for key, members in sorted(blocks.items()):
        if only_articles is not None and not any(c.article in only_articles for c in members):
            continue  # `check`: a block without a new claim cannot hold a finding to report
        kind = "date" if key[0] == "date" else "quantity"
        if len(members) > s.pairwise_limit:
            comps, judged = _by_representative(members, s)
        else:
            comps, judged = _pairwise(members, s)
        group_of: dict[str, str] = {}
        for comp in comps:
            ids = sorted(c.id for c in comp)
            in_comp = set(ids)
            gid = stable_id("group", *ids)
            worst = max((RANK[v] for a, b, v, _ in judged
                         if a.article != b.article and a.id in in_comp and b.id in in_comp), default=0)
            out.groups.append(Group(gid, key[1] if len(key) > 1 else None, [c.id for c in comp],
                                    (AGREE, IMPRECISE, CONFLICT)[worst], kind=kind))
            group_of.update((i, gid) for i in ids)
        for a, b, verdict, reason in judged:
            if verdict == AGREE:
                continue
            if only_articles is not None and a.article not in only_articles and b.article not in only_articles:
                continue
            gid = group_of.get(a.id) or group_of.get(b.id) or stable_id("group", a.id, b.id)
            out.findings.append(_finding(_rule_id(a, b, verdict), gid, a, b, reason, s))
    out.findings.sort(key=lambda f: (-SEVERITY_RANK[f.severity], f.rule, f.message))
    return out


Judged = list[tuple[Claim, Claim, str, str]]


def _pairwise(members: list[Claim], s: RunSettings) -> tuple[list[list[Claim]], Judged]:
    """Every compatible pair judged: exact, for the small blocks real corpora have."""
    joined = UnionFind(range(len(members)))
    judged: Judged = []
    for i, a in enumerate(members):
        for j in range(i + 1, len(members)):
            b = members[j]
            if not compatible(a, b, s):
                continue
            verdict, reason = _judge(a, b, s.tolerance)
            if a.article == b.article:
                # The same article restating a figure is not a second source. A changed figure is
                # an update, reported apart, but only where the article marks the change in time
                # ("inițial", "până acum", a date): two different figures in one article are far
                # more often two different facts that the frames could not tell apart.
                if verdict == CONFLICT and _marks_change(a, b):
                    judged.append((a, b, verdict, reason))
                continue
            joined.union(i, j)
            judged.append((a, b, verdict, reason))
    comps = [[members[i] for i in comp] for comp in joined.components()]
    return [comp for comp in comps if len({c.article for c in comp}) > 1], judged


def _by_representative(members: list[Claim], s: RunSettings) -> tuple[list[list[Claim]], Judged]:
    """Large blocks: each claim is judged against one representative of its sub-block instead of
    against every other claim, so the work is linear and a finding still names two claims.

    Sub-blocks split by actor and event; the representative is the most precise claim of the
    largest cluster of overlapping values, i.e. what most sources say.
    """
    t = tables(s.rules_dir)
    sub: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in members:
        sub[(c.frame.get("actor") or "", t.event_family(c.frame.get("event")))].append(c)
    comps: list[list[Claim]] = []
    judged: Judged = []
    for part in sub.values():
        rep = _representative(part, s.tolerance)
        comp = [rep]
        for c in part:
            if c is rep or c.article == rep.article or not compatible(rep, c, s):
                continue
            verdict, reason = _judge(rep, c, s.tolerance)
            judged.append((rep, c, verdict, reason))
            comp.append(c)
        if len({c.article for c in comp}) > 1:
            comps.append(comp)
    return comps, judged


def _representative(part: list[Claim], tolerance: float) -> Claim:
    """The narrowest claim in the largest run of overlapping (non-vague) values."""
    from claimcheck.reconcile.verdicts import interval

    precise = [c for c in part if c.value.qualifier != "vague"] or part
    spans = sorted(((*interval(c.value, tolerance, bool(c.frame.get("approx"))), c) for c in precise),
                   key=lambda x: (x[0], x[1], x[2].article, x[2].start))
    best: list[tuple[float, float, Claim]] = []
    run: list[tuple[float, float, Claim]] = []
    run_hi = float("-inf")
    for lo, hi, c in spans:
        if run and lo > run_hi:
            if len(run) > len(best):
                best = run
            run, run_hi = [], float("-inf")
        run.append((lo, hi, c))
        run_hi = max(run_hi, hi)
    if len(run) > len(best):
        best = run
    return min(best, key=lambda x: (x[1] - x[0], x[2].article, x[2].start))[2]


def _judge(a: Claim, b: Claim, tolerance: float) -> tuple[str, str]:
    if a.kind == "date":
        return compare_dates(a.value, b.value)
    return compare(a.value, b.value, tolerance, bool(a.frame.get("approx")), bool(b.frame.get("approx")),
                   a.frame.get("step"), b.frame.get("step"))


def _marks_change(a: Claim, b: Claim) -> bool:
    """An article that corrects itself says so: "inițial", "până acum", or two different dates.
    But two counts of one noun with two verbs are two facts ("din cele 200.000 de locuințe
    afectate până acum, au fost reconectate 86.000"), not a count and its update."""
    pa, pb = a.frame.get("predicate"), b.frame.get("predicate")
    if a.frame.get("quantity") == "count" and pa and pb and not stems_meet(stem(pa), stem(pb)) \
            and not (a.frame.get("event") and a.frame.get("event") == b.frame.get("event")):
        return False
    ma, mb = a.frame.get("modifiers") or [], b.frame.get("modifiers") or []
    ta, tb = a.frame.get("time"), b.frame.get("time")
    return (bool(ma or mb) and ma != mb) or bool(ta and tb and ta != tb) \
        or bool(a.frame.get("previous")) != bool(b.frame.get("previous"))


def _rule_id(a: Claim, b: Claim, verdict: str) -> str:
    if a.article == b.article:
        return "quantity-update"
    if a.kind == "date":
        return "date-conflict"
    return "quantity-conflict" if verdict == CONFLICT else "quantity-imprecise"


def _time_words(c: Claim) -> str:
    when = c.frame.get("time_text") or ""
    words = [w for w in c.frame.get("modifiers", []) if w.lower() not in when.lower()]
    if when:
        words.append(when)
    return " … ".join(words)


def _finding(rule_id: str, gid: str, a: Claim, b: Claim, reason: str, s: RunSettings) -> Finding:
    # Order the pair by article, then position, so the message reads the same on every run.
    a, b = sorted((a, b), key=lambda c: (c.article, c.start))
    ta, tb = _time_words(a), _time_words(b)
    note = ""
    if ta != tb:
        sa = f"{a.article} says '{ta}'" if ta else f"{a.article} gives no time"
        sb = f"{b.article} says '{tb}'" if tb else f"{b.article} gives no time"
        note = f"; {sa}; {sb}"
    fields = {"a_article": a.article, "a_text": a.text, "a_value": describe(a.value),
              "b_article": b.article, "b_text": b.text, "b_value": describe(b.value), "reason": reason, "note": note}
    return finding(rule_id, gid, a, b, fields, rules_dir=s.rules_dir, severities=s.severities)


