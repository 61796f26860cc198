"""Lining up claims that state the same fact, and judging each pair.

Claims are compared only inside blocks (same kind of measure and concept), so the work grows
with the size of the blocks, not with the square of the corpus. Inside a block a pair is
compatible when nothing in the two frames says they are different facts (event classes,
actors, times); compatible pairs are joined into groups and judged as intervals.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from claimcheck.claims import Claim, Finding, Group, stable_id
from claimcheck.extract.frames import tables
from claimcheck.extract.quantities import noun_key
from claimcheck.rulebook import rule_for
from claimcheck.verdicts import AGREE, CONFLICT, IMPRECISE, RANK, compare, compare_dates, describe


@dataclass(slots=True)
class Settings:
    tolerance: float = 0.10
    rules_dir: str | None = None
    severities: dict[str, str] | None = None  # rule id -> level, overriding the rule files


@dataclass(slots=True)
class Result:
    groups: list[Group]
    findings: list[Finding]
    pairs: dict[tuple[str, str], tuple[str, str]]  # (claim id, claim id) -> (verdict, reason)


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
        key = noun_key(c)
        return ("count", key) if key else None
    # Durations, money, percentages and measures carry no counted noun: without a concept that
    # says what they measure, two "two hours" could be anything, so they are not compared.
    if not c.concept:
        return None
    return (q or "", c.concept, c.value.unit or "")


def compatible(a: Claim, b: Claim, rules_dir: str | None = None) -> bool:
    """Nothing in the two frames says these are different facts."""
    t = tables(rules_dir)
    fa, fb = a.frame, b.frame
    if not t.events_compatible(fa.get("event"), fb.get("event")):
        return False
    if fa.get("actor") and fb.get("actor") and fa["actor"] != fb["actor"]:
        return False
    ta, tb = fa.get("time"), fb.get("time")
    if ta and tb and a.kind == "quantity":
        # Figures stated for disjoint times are different facts (a January launch is not the
        # launch of last night). A claim with no time of its own stays comparable.
        alo, ahi = _days(ta)
        blo, bhi = _days(tb)
        if alo is not None and blo is not None and (ahi < blo or bhi < alo):
            return False
    return True


def _days(t: dict) -> tuple[str | None, str | None]:
    return t.get("low"), t.get("high")


def reconcile(claims: Iterable[Claim], settings: Settings | None = None,
              only_articles: set[str] | None = None) -> Result:
    """Groups and findings. With `only_articles`, findings are kept only when one of their
    claims comes from those articles (the `check` command)."""
    s = settings or Settings()
    blocks: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for c in claims:
        key = block_key(c)
        if key is not None:
            blocks[key].append(c)

    groups: list[Group] = []
    findings: list[Finding] = []
    pairs: dict[tuple[str, str], tuple[str, str]] = {}
    for key, members in sorted(blocks.items()):
        if len({c.article for c in members}) < 2 and not _may_update(members):
            continue
        parent = {c.id: c.id for c in members}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        judged: list[tuple[Claim, Claim, str, str]] = []
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if not compatible(a, b, s.rules_dir):
                    continue
                verdict, reason = _judge(a, b, s.tolerance)
                pairs[(a.id, b.id)] = (verdict, reason)
                if a.article == b.article:
                    if verdict == CONFLICT:
                        judged.append((a, b, verdict, reason))
                    continue
                parent[find(a.id)] = find(b.id)
                judged.append((a, b, verdict, reason))
        comps: dict[str, list[Claim]] = defaultdict(list)
        for c in members:
            comps[find(c.id)].append(c)
        group_of: dict[str, str] = {}
        for comp in comps.values():
            if len({c.article for c in comp}) < 2:
                continue
            ids = sorted(c.id for c in comp)
            gid = stable_id("group", *ids)
            worst = max((RANK[v] for a, b, v, _ in judged if a.article != b.article
                         and a.id in ids and b.id in ids), default=0)
            verdict = {0: AGREE, 1: IMPRECISE, 2: CONFLICT}[worst]
            groups.append(Group(gid, key[1] if len(key) > 1 else None, [c.id for c in comp], verdict,
                                kind="date" if key[0] == "date" else "quantity"))
            for c in comp:
                group_of[c.id] = gid
        for a, b, verdict, reason in judged:
            if verdict == AGREE:
                continue
            if only_articles is not None and a.article not in only_articles and b.article not in only_articles:
                continue
            rule = _rule_id(a, b, verdict)
            gid = group_of.get(a.id) or group_of.get(b.id) or stable_id("group", a.id, b.id)
            findings.append(_finding(rule, gid, a, b, reason, s))
    findings.sort(key=lambda f: (-RANK_SEV[f.severity], f.rule, f.message))
    return Result(groups, findings, pairs)


RANK_SEV = {"info": 0, "warning": 1, "error": 2}


def _may_update(members: list[Claim]) -> bool:
    return len(members) > 1


def _judge(a: Claim, b: Claim, tolerance: float) -> tuple[str, str]:
    if a.kind == "date":
        return compare_dates(a.value, b.value)
    return compare(a.value, b.value, tolerance, bool(a.frame.get("approx")), bool(b.frame.get("approx")))


def _rule_id(a: Claim, b: Claim, verdict: str) -> str:
    if a.article == b.article:
        return "quantity-update"
    if a.kind == "date":
        return "date-conflict"
    return "quantity-conflict" if verdict == CONFLICT else "quantity-imprecise"


def _time_words(c: Claim) -> str:
    words = list(c.frame.get("modifiers", []))
    if c.frame.get("time_text"):
        words.append(c.frame["time_text"])
    return " … ".join(words)


def _finding(rule_id: str, gid: str, a: Claim, b: Claim, reason: str, s: Settings) -> Finding:
    # Order the pair by article, then position, so the message reads the same on every run.
    a, b = sorted((a, b), key=lambda c: (c.article, c.start))
    rule = rule_for(rule_id, s.rules_dir)
    ta, tb = _time_words(a), _time_words(b)
    note = ""
    if ta != tb:
        sa = f"{a.article} says '{ta}'" if ta else f"{a.article} gives no time"
        sb = f"{b.article} says '{tb}'" if tb else f"{b.article} gives no time"
        note = f"; {sa}; {sb}"
    message = rule.message.format(a_article=a.article, a_text=a.text, a_value=describe(a.value),
                                  b_article=b.article, b_text=b.text, b_value=describe(b.value),
                                  reason=reason, note=note)
    level = (s.severities or {}).get(rule_id, rule.level)
    return Finding(stable_id(rule_id, a.id, b.id), rule_id, level, gid, (a.id, b.id), message)


