"""Lining up claims that state the same fact, and judging them.

Claims are compared only inside blocks (same kind of measure and concept), so the work grows
with the size of the blocks, not with the square of the corpus. Inside a block a pair is
compatible when nothing in the two frames says they are different facts (event classes,
actors, times); compatible pairs are joined into groups (groups.UnionFind). Claims with one
frame are compared once (`_Block`), and a group's claims with one value are judged once: the
group's disagreement is one finding per two clusters of values (`_cluster_findings`), naming
every claim of both, so that a figure repeated by k articles gives the same findings for every
k (issue 14).

Where to change what: `block_key` decides which claims are compared at all; `compatible` (with
matching.score_pair) whether two are one fact, and `_frame_key` what of a claim it reads;
`_judge` the verdict, and `_value_key` what of a claim it reads; `_Block` how a block is walked;
`_cluster_findings` which clusters are judged against which; `_finding` the message.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from claimcheck.lang.frames import tables
from claimcheck.lang.stems import stem, stems_meet
from claimcheck.model import SEVERITY_RANK, Claim, Finding, Group, stable_id
from claimcheck.reconcile.coincidence import coinciding, cut_to_last_digit, is_point, to_the_unit
from claimcheck.reconcile.findings import finding
from claimcheck.reconcile.groups import UnionFind
from claimcheck.reconcile.happenings import happening_key
from claimcheck.reconcile.matching import concept_key, later_state, score_pair
from claimcheck.reconcile.verdicts import (AGREE, CONFLICT, IMPRECISE, LOWER_BOUNDS, RANK, UPPER_BOUNDS, compare,
                                            compare_dates, describe, interval)
from claimcheck.settings import RunSettings, merged_thresholds

# Days between two reports of a toll past which the later one's higher figure is the toll's later
# state (quantity-grown): a story's next-day reports still disagree about one moment's toll.
GROWN_DAYS = 2


@dataclass(slots=True)
class Result:
    groups: list[Group]
    findings: list[Finding]


def block_key(c: Claim, rules_dir: str | None = None) -> tuple[str, ...] | None:
    """Which claims may state the same fact as `c`; None: nothing to compare it with."""
    if c.value is None:
        return None
    if c.kind == "date":
        if c.value.low is None:
            return None  # unresolved relative dates never conflict
        # (no concept: the words around the date may still tell its happening, see happenings.py)
        key = c.concept or happening_key(c, rules_dir)
        return ("date", key) if key else None
    if c.kind != "quantity":
        return None
    q = c.frame.get("quantity")
    if q == "count":
        key = concept_key(c)
        # "diferența de 10.000 de voturi" counts votes, but measures a difference; "personalul a
        # fost de 4.310 persoane" is the value of the staff, as "un personal de 4.350 de persoane"
        of = c.frame.get("of") or (c.frame.get("value_of") or [""])[0]
        return ("count", key, of) if key else None
    # Durations, money, percentages and measures carry no counted noun: without a concept or a
    # noun phrase that says what they measure, or a name whose figure it is, two "two hours" could
    # be anything, so they are not compared. The first letters of the measured noun's stem only
    # block: matching.py decides whether the two phrases name one thing.
    if c.concept:
        return (q or "", c.concept, c.value.unit or "")
    if q == "duration":
        # "5 ani de închisoare", "10 minute de întârziere": the noun after it says what it is
        subject = c.frame.get("subject") if c.frame.get("named_after") else None
        if subject:
            return (q, "~" + subject[0][:3], c.value.unit or "")
        # "Adrian Iovan avea 54 de ani": a named person's age; "Paula Todoran, cu timpul 2h 21min
        # 24sec": a named one's time (extract/frames `timed`)
        if c.frame.get("owner") and (c.frame.get("age") or c.frame.get("timed")):
            return (q, "@" + c.frame["owner"], "age" if c.frame.get("age") else "time")
        return None
    if q == "rank":
        # a named one's place (scan/numbers/rank.py): only ever that one's place
        return (q, "@" + c.frame["owner"], "rank") if c.frame.get("owner") else None
    if q in ("clock", "score"):
        # Compared with every time of day (matching._happening decides which tell one happening),
        # every final score with every other (reconcile/givenfor.same_match: the same teams)
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
    claims = list(claims)
    blocks: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for c in claims:
        key = block_key(c, s.rules_dir)
        if key is not None:
            blocks[key].append(c)

    out = Result([], [])
    for key, members in sorted(blocks.items()):
        if only_articles is not None and not any(c.article in only_articles for c in members):
            continue  # `check`: a block without a new claim cannot hold a finding to report
        kind = "date" if key[0] == "date" else "quantity"
        if key[0] == "count" and str(key[1]).startswith("~"):
            _mark_sole(members)
        block = _Block(members, s)
        unsure = block.unsure()
        group_of: dict[str, str] = {}
        for comp in block.components(only_articles):
            ids = sorted(c.id for c in comp)
            gid = stable_id("group", *ids)
            found = _cluster_findings(comp, gid, block, s, unsure)
            worst = max((RANK[verdict] for verdict, _ in found), default=0)
            out.groups.append(Group(gid, key[1] if len(key) > 1 else None, [c.id for c in comp],
                                    (AGREE, IMPRECISE, CONFLICT)[worst], kind=kind))
            group_of.update((i, gid) for i in ids)
            article_of = {c.id: c.article for c in comp}
            out.findings.extend(f for _, f in found
                                if only_articles is None or any(article_of[i] in only_articles for i in f.claims))
        for a, b, reason in block.updates(only_articles):
            if only_articles is not None and a.article not in only_articles:
                continue
            gid = group_of.get(a.id) or group_of.get(b.id) or stable_id("group", a.id, b.id)
            out.findings.append(_finding("quantity-update", gid, [a], [b], reason, s))
    gid_of = {i: g.id for g in out.groups for i in g.claims}
    linked = {frozenset(f.claims[:2]) for f in out.findings}
    # An article that says its figure twice (the title, then the body) need not meet its rounding
    # twice: a finding that already pairs the rounding with that article's value covers both.
    by_id = {c.id: c for c in claims}
    said: list[set[tuple]] = []
    findings_of: dict[str, list[int]] = defaultdict(list)
    for f in out.findings:
        said.append({(by_id[i].article, _value_key(by_id[i])) for i in f.claims if i in by_id})
        for i in f.claims:
            findings_of[i].append(len(said) - 1)

    def judged(a: str, b: str) -> bool:
        if (a in gid_of and gid_of.get(b) == gid_of[a]) or frozenset((a, b)) in linked:
            return True
        ca, cb = by_id.get(a), by_id.get(b)
        return ca is not None and cb is not None and any(
            (ca.article, _value_key(ca)) in said[k] for k in findings_of.get(b, ()))

    for xs, ys, reason in coinciding(claims, judged, s, only_articles):
        out.findings.append(_finding("quantity-imprecise", stable_id("group", *sorted(c.id for c in xs + ys)),
                                     xs, ys, reason, s))
    out.findings.sort(key=lambda f: (-SEVERITY_RANK[f.severity], f.rule, f.message))
    return out


def _mark_sole(members: list[Claim]) -> None:
    """A noun no concept knows, counted with one value only in an article (a title may repeat
    it): that article's one figure of the noun ("aproape trei milioane de pensionari"), which
    another report's one figure of it may state too (matching reads `sole` for the event it
    would otherwise want on both sides)."""
    values: dict[str, set] = defaultdict(set)
    for c in members:
        values[c.article].add((c.value.low, c.value.high, c.value.qualifier))
    for c in members:
        if len(values[c.article]) == 1 and not any(c.frame.get(k) for k in ("part", "increment", "another", "previous")):
            c.frame["sole"] = True


class _Block:
    """One block's claims, walked by frame: claims whose frames are identical are compared once.

    `compatible` reads only a claim's kind, concept, unit and frame (matching.score_pair), so the
    claims of a block are bucketed by those ("frames" below); a corpus that repeats a fact (k
    copies of an article, agencies, the synthetic bench) has far fewer frames than claims. Up to
    `pairwise_limit` frames, every pair of frames is compared: exact. Past it (a block of many
    different frames), frames are sub-blocked by actor and event family, sorted by value, and
    each is compared with the next `pairwise_limit` of its sub-block: linear, and claims with
    close values, the ones that can agree or be imprecise, still meet.
    """

    def __init__(self, members: list[Claim], s: RunSettings):
        self.members, self.s = members, s
        index: dict[tuple, int] = {}
        self.frames: list[list[int]] = []  # frame -> indices of its claims in `members`
        self.frame_of: list[int] = []  # claim index -> frame
        for i, c in enumerate(members):
            f = index.setdefault(_frame_key(c), len(self.frames))
            if f == len(self.frames):
                self.frames.append([])
            self.frames[f].append(i)
            self.frame_of.append(f)
        self.pos = {c.id: i for i, c in enumerate(members)}
        self.art = [c.article for c in members]
        self._ok: dict[tuple[int, int], bool] = {}
        self._own: list[tuple[int, int, str]] | None = None  # see own_conflicts

    def ok(self, i: int, j: int) -> bool:
        """Frames i and j may state the same fact (compared once, by their first claims)."""
        if i > j:
            i, j = j, i
        known = self._ok.get((i, j))
        if known is None:
            a, b = self.members[self.frames[i][0]], self.members[self.frames[j][0]]
            known = self._ok[(i, j)] = compatible(a, b, self.s)
        return known

    def _candidates(self) -> Iterable[tuple[int, int]]:
        n, limit = len(self.frames), self.s.pairwise_limit
        if n <= limit:
            for i in range(n):
                for j in range(i, n):
                    yield i, j
            return
        t = tables(self.s.rules_dir)
        sub: dict[tuple[str, str], list[int]] = defaultdict(list)
        for f, idx in enumerate(self.frames):
            c = self.members[idx[0]]
            sub[(c.frame.get("actor") or "", t.event_family(c.frame.get("event")))].append(f)
        for part in sub.values():
            part.sort(key=lambda f: (_span(self.members[self.frames[f][0]], self.s.tolerance), f))
            for x, i in enumerate(part):
                yield i, i
                for j in part[x + 1:x + 1 + limit]:
                    yield i, j

    def components(self, focus: set[str] | None = None) -> list[list[Claim]]:
        """Claims of different articles joined where their frames are compatible; the groups
        that span more than one article, in the order of their first claim. With `focus`
        (`check`'s new articles), only the groups that hold one of their claims: found by walking
        out from their frames, so the work is the frames reached times the block's frames, not
        the block's frames squared."""
        joined = UnionFind(range(len(self.members)))
        n = len(self.frames)
        if focus is not None and n <= self.s.pairwise_limit:
            start = {f for f, idx in enumerate(self.frames) if any(self.members[k].article in focus for k in idx)}
            seen, todo = set(start), list(start)
            while todo:
                i = todo.pop()
                for j in range(n):
                    if self.ok(i, j):
                        self._join(joined, self.frames[i], self.frames[j])
                        if j not in seen:
                            seen.add(j)
                            todo.append(j)
        else:
            for i, j in self._candidates():
                if self.ok(i, j):
                    self._join(joined, self.frames[i], self.frames[j])
        comps = [[self.members[k] for k in comp] for comp in joined.components()]
        return [comp for comp in comps if len({c.article for c in comp}) > 1]

    def _join(self, joined: UnionFind, xs: list[int], ys: list[int]) -> None:
        """Join every claim of `xs` with the claims of `ys` from other articles (xs may be ys):
        the same components as joining each such pair, in |xs| + |ys| unions."""
        art = self.art
        for side, other in ((xs, ys), (ys, xs)):
            p = other[0]
            q = next((k for k in other if art[k] != art[p]), None)
            for k in side:
                partner = p if art[k] != art[p] else q
                if partner is not None and partner != k:
                    joined.union(k, partner)

    def linked(self, xs: list[Claim], ys: list[Claim]) -> tuple[list[Claim], list[Claim]]:
        """The claims of `xs` compatible with a claim of `ys` from another article, and the
        claims of `ys` compatible with one of `xs` (each in its order): work in |xs| + |ys| and
        the number of pairs of their frames."""
        fx: dict[int, set[str]] = defaultdict(set)  # frame -> its articles on this side
        fy: dict[int, set[str]] = defaultdict(set)
        for cs, fs in ((xs, fx), (ys, fy)):
            for c in cs:
                fs[self.frame_of[self.pos[c.id]]].add(c.article)
        # per frame of one side, the articles of the compatible frames on the other side (two
        # are enough to know whether a claim has a partner from another article)
        px: dict[int, set[str]] = defaultdict(set)
        py: dict[int, set[str]] = defaultdict(set)
        for i, ax in fx.items():
            for j, ay in fy.items():
                if (len(px[i]) < 2 or len(py[j]) < 2) and self.ok(i, j):
                    px[i].update(list(ay)[:2] if len(px[i]) < 2 else ())
                    py[j].update(list(ax)[:2] if len(py[j]) < 2 else ())

        def keep(cs: list[Claim], partners: dict[int, set[str]]) -> list[Claim]:
            return [c for c in cs if partners.get(self.frame_of[self.pos[c.id]], set()) - {c.article}]

        return keep(xs, px), keep(ys, py)

    def own_conflicts(self) -> list[tuple[int, int, str]]:
        """(i, j, reason) for two claims of one article whose frames are compatible and whose
        values conflict: the pairs `unsure` and `updates` read, found once per block."""
        if self._own is None:
            by_article: dict[str, list[int]] = defaultdict(list)
            for k, c in enumerate(self.members):
                by_article[c.article].append(k)
            self._own = []
            for ks in by_article.values():
                for x, i in enumerate(ks):
                    for j in ks[x + 1:]:
                        if self.ok(self.frame_of[i], self.frame_of[j]):
                            verdict, reason = _judge(self.members[i], self.members[j], self.s)
                            if verdict == CONFLICT:
                                self._own.append((i, j, reason))
        return self._own

    def unsure(self) -> set[str]:
        """Claims whose frame fits another figure of their own article that it conflicts with,
        where the article marks no change: "benzina costă 7,9 lei, motorina 8,2 lei" read with
        one frame. A frame that one article fills with two different values does not say which
        fact it is; comparing either with another article accuses an outlet on a guess. Such
        claims still group and may be imprecise against another article (a value that rounds to
        one of them names it), but are in no conflict. Counts are left out: one article's two
        counts of one frame are far more often a toll it tells growing, or a part of the whole
        (real news: every such count pair lost a true conflict and removed no false one)."""
        if self.members[0].frame.get("quantity") == "count":
            return set()  # (a block holds one kind of measure: block_key)
        out: set[str] = set()
        for i, j, _ in self.own_conflicts():
            a, b = self.members[i], self.members[j]
            if a.kind == "date" or not _marks_change(a, b):
                out.update((a.id, b.id))
        return out

    def updates(self, focus: set[str] | None = None) -> Iterable[tuple[Claim, Claim, str]]:
        """Pairs of one article that give two figures for one fact and mark the change in time.

        The same article restating a figure is not a second source. A changed figure is an
        update, reported apart, but only where the article marks the change in time ("inițial",
        "până acum", a date): two different figures in one article are far more often two
        different facts that the frames could not tell apart."""
        if self.members[0].kind == "date":
            return  # (one article's two dates of a happening are two steps of it, not a correction)
        for i, j, reason in self.own_conflicts():
            a, b = self.members[i], self.members[j]
            if focus is not None and a.article not in focus:
                continue
            if self.frame_of[i] == self.frame_of[j]:
                continue  # one frame: no modifier or date sets the two apart
            if _marks_change(a, b):
                yield a, b, reason


def _frame_key(c: Claim) -> tuple:
    """What `compatible` reads of a claim (matching.score_pair), plus who said it: two claims with
    the same key are compatible with the same claims."""
    return (c.kind, c.concept, c.value.unit if c.value else None, c.source, c.speaker, c.hedge,
            json.dumps(c.frame, sort_keys=True, default=str, ensure_ascii=False))


def _value_key(c: Claim) -> tuple:
    """What `_judge` reads of a claim: two claims with the same key get the same verdict against
    any other, and read as the same value."""
    return (c.kind, c.value, bool(c.frame.get("approx")), c.frame.get("step"))


def _span(c: Claim, tolerance: float) -> tuple[float, float]:
    if c.kind == "date":
        return interval(c.value, 0.0)
    return interval(c.value, tolerance, bool(c.frame.get("approx")), c.frame.get("step"))


def _cluster_findings(comp: list[Claim], gid: str, block: _Block, s: RunSettings,
                      unsure: set[str] = frozenset()) -> list[tuple[str, Finding]]:
    """A group's disagreements, as findings between clusters of claims that give one value.

    The verdict between two claims depends only on their values (`_value_key`), so the claims of
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
        by_value.setdefault(_value_key(c), []).append(c)
    clusters = sorted(by_value.values(),
                      key=lambda cl: (_span(cl[0], s.tolerance), cl[0].value.qualifier, describe(cl[0].value),
                                      bool(cl[0].frame.get("approx")), str(cl[0].frame.get("step"))))
    m = len(clusters)
    out: list[tuple[str, Finding]] = []

    def emit(verdict: str, reason: str, xs: list[Claim], ys: list[Claim]) -> None:
        if verdict == CONFLICT and unsure:
            xs, ys = [c for c in xs if c.id not in unsure], [c for c in ys if c.id not in unsure]
        xs, ys = block.linked(xs, ys)
        if xs and ys:
            rule = "date-conflict" if xs[0].kind == "date" else \
                "quantity-conflict" if verdict == CONFLICT else "quantity-imprecise"
            if rule == "quantity-conflict" and _later(xs, ys):
                rule = "quantity-later"
            elif rule == "quantity-conflict" and _grown(xs, ys, s):
                rule = "quantity-grown"
            elif rule == "quantity-conflict" and _rose(xs, ys, s.tolerance):
                rule = "quantity-rise"
            elif rule == "quantity-conflict" and _partial(xs, ys):
                rule = "quantity-partial"
            out.append((verdict, _finding(rule, gid, xs, ys, reason, s)))

    said = [{c.article for c in cl} for cl in clusters]
    if m <= s.pairwise_limit:
        for x in range(m):
            for y in range(x + 1, m):
                if said[x] & said[y]:
                    # One article gives both values of what the frames took for one fact ("5.000
                    # de militari", "Franța trimite 2.400 de militari"): two facts the frames did
                    # not tell apart, or a change that article tells itself (block.updates); no
                    # other article is wrong for giving one of them. (Only the same value: a
                    # title's "peste 3,4 milioane" does not excuse its body's "3.4 milioane".)
                    continue
                verdict, reason = _judge(clusters[x][0], clusters[y][0], s)
                if verdict != AGREE:
                    emit(verdict, reason, clusters[x], clusters[y])
        return out
    major = max(range(m), key=lambda x: (len({c.article for c in clusters[x]}), -x))
    against: dict[str, tuple[str, list[Claim]]] = {}
    for x in range(m):
        if x != major and not said[major] & said[x]:
            verdict, reason = _judge(clusters[major][0], clusters[x][0], s)
            if verdict != AGREE:
                against.setdefault(verdict, (reason, []))[1].extend(clusters[x])
    for verdict in (CONFLICT, IMPRECISE):
        if verdict in against:
            reason, others = against[verdict]
            emit(verdict, reason, clusters[major], others)
    for x in range(m - 1):
        if major not in (x, x + 1) and not said[x] & said[x + 1]:
            verdict, reason = _judge(clusters[x][0], clusters[x + 1][0], s)
            if verdict != AGREE:
                emit(verdict, reason, clusters[x], clusters[x + 1])
    return out


def _rose(xs: list[Claim], ys: list[Claim], tolerance: float) -> bool:
    """One side gives the higher count and says it rose to it ("a ajuns la 67", "bilanțul a
    crescut la 26"), or says the whole toll rose, the other does not: a toll that grew between
    two reports, not an error."""
    if xs[0].frame.get("quantity") != "count":
        return False
    low, high = (xs, ys) if _span(xs[0], tolerance) < _span(ys[0], tolerance) else (ys, xs)
    if all(c.frame.get("risen") for c in high) and not any(c.frame.get("risen") for c in low):
        return True
    # "Bilanțul a crescut: cinci persoane au fost rănite, iar alte 9 au primit îngrijiri": the
    # whole toll moved, some of its parts down
    return _one_side_says(xs, ys, "toll_rose")


def _later(xs: list[Claim], ys: list[Claim]) -> bool:
    """Every claim of one side is the state of a later day than every claim of the other was
    published on (matching.later_state): the figure changed, no outlet is wrong."""
    return all(later_state(x, y) for x in xs for y in ys) or all(later_state(y, x) for x in xs for y in ys)


def _grown(xs: list[Claim], ys: list[Claim], s: RunSettings) -> bool:
    """A toll (rules/events.yml `tolls`) given as of its report on both sides, higher on the side
    whose every report was published GROWN_DAYS or more after every report of the other side: the
    toll's later state."""
    tolls = tables(s.rules_dir).tolls
    both = [*xs, *ys]
    if any(c.frame.get("quantity") != "count" or c.frame.get("event") not in tolls
           or not c.frame.get("article_date") or not _as_of_report(c) for c in both):
        return False
    low, high = (xs, ys) if _span(xs[0], s.tolerance) < _span(ys[0], s.tolerance) else (ys, xs)
    last = date.fromisoformat(max(c.frame["article_date"] for c in low))
    return (date.fromisoformat(min(c.frame["article_date"] for c in high)) - last).days >= GROWN_DAYS


def _as_of_report(c: Claim) -> bool:
    """Undated, or dated to its report's day or the day before ("a anunțat luni"): the toll as
    that report knew it."""
    t = c.frame.get("time")
    if not t:
        return True
    try:
        lo, hi = date.fromisoformat(str(t["low"])), date.fromisoformat(str(t["high"]))
    except (KeyError, TypeError, ValueError):
        return False
    day = date.fromisoformat(c.frame["article_date"])
    return hi <= day and (day - lo).days <= 1


def _partial(xs: list[Claim], ys: list[Claim]) -> bool:
    """One side's every claim is said to be partial or provisional, the other's none: a count
    still moving, not an error (quantity-partial)."""
    return _one_side_says(xs, ys, "partial")


def _one_side_says(xs: list[Claim], ys: list[Claim], flag: str) -> bool:
    """Every claim of one side has the frame flag, and no claim of the other."""
    said = [all(c.frame.get(flag) for c in side) for side in (xs, ys)]
    return said[0] != said[1] and not any(c.frame.get(flag) for c in (ys if said[0] else xs))


def _judge(a: Claim, b: Claim, s: RunSettings) -> tuple[str, str]:
    if a.kind == "date":
        return compare_dates(a.value, b.value)
    if a.frame.get("quantity") in ("score", "rank"):
        # a result or a place is right or wrong: 33-24 is not 34-23 said loosely, nor 66th 72nd
        what = "score" if a.frame.get("quantity") == "score" else "place"
        return (AGREE, f"the same {what}") if (a.value.low, a.value.high) == (b.value.low, b.value.high) \
            else (CONFLICT, "two final scores of one match" if what == "score" else "two places of one in one ranking")
    verdict = compare(a.value, b.value, s.tolerance, bool(a.frame.get("approx")), bool(b.frame.get("approx")),
                      a.frame.get("step"), b.frame.get("step"))
    if verdict[0] == CONFLICT and a.frame.get("quantity") in ("count", "measure") \
            and _times_apart(a, b) > merged_thresholds(s.thresholds)["scope-ratio"]:
        # "18 persoane au murit înecate în acest sezon" and "Patru turiști au murit în weekend":
        # counts (and lengths, weights: "tronsonul de 50 km" of a 319 km motorway) many times
        # apart are a part and a whole or two scopes the frames did not tell apart, far more
        # often than one figure misreported; none accuses an outlet.
        return AGREE, "counts of different scopes"
    if verdict[0] == IMPRECISE and a.frame.get("quantity") in ("count", "measure") \
            and _bound_far(a, b, merged_thresholds(s.thresholds)["scope-ratio"]):
        # "peste 700 de case" and "aproape 6.000 de case": an open bound many times below (or
        # above) the other figure contains it, but says another scope, not the same one loosely
        return AGREE, "a bound and a figure of different scopes"
    if verdict[0] == CONFLICT and _two_groups(a, b, s):
        return AGREE, "a few people named by two nouns: two groups"
    if verdict[0] == CONFLICT and (to_the_unit(a, b) or to_the_unit(b, a)):
        return AGREE, "a measure to the unit and with its decimals"
    if verdict[0] == CONFLICT and (cut_to_last_digit(a, b) or cut_to_last_digit(b, a)):
        return IMPRECISE, "the same figure cut to fewer digits"
    if verdict[0] == IMPRECISE and a.frame.get("quantity") == "clock" and not (is_point(a) and is_point(b)):
        # "până la ora 18:00" and "între orele 14:00 – 18:00" tell one deadline: a window of
        # time inside another is no imprecision; "la ora 15" against "în jurul orei 14:45" is.
        return AGREE, "overlapping times of day"
    return verdict


def _two_groups(a: Claim, b: Claim, s: RunSettings) -> bool:
    """"trei turiști" and "doi tineri", "trei persoane" and "doi bărbați": a handful of people
    named by two nouns, neither of which says what befell them ("morți", "răniți" do), are two
    groups of one story far more often than one group miscounted; but two nouns that name anyone
    ("persoane", "oameni") with one event are one group."""
    if not (a.frame.get("quantity") == "count" and a.frame.get("people") and b.frame.get("people")):
        return False
    ua, ub = a.value.unit, b.value.unit
    t = tables(s.rules_dir)
    pa, pb = a.frame.get("predicate"), b.frame.get("predicate")
    if all(t.concepts_by_noun.lookup(u or "") in t.generic for u in (ua, ub)) \
            and ((a.frame.get("event") and a.frame.get("event") == b.frame.get("event"))
                 or (pa and pb and stems_meet(stem(pa), stem(pb)))):
        # "Trei persoane au murit" and "Patru oameni au murit": two words for anyone, one verb
        # for what befell them: one group, miscounted (also a verb no table knows: "se aflau
        # alte cinci", "iar în autoturism patru" [se aflau])
        return False
    return bool(ua and ub) and not stems_meet(stem(ua), stem(ub)) \
        and max(_top(a), _top(b)) <= merged_thresholds(s.thresholds)["few-people"] \
        and not any(t.events.lookup(u) for u in (ua, ub))


def _bound_far(a: Claim, b: Claim, ratio: float) -> bool:
    """One side is an open bound ("peste 700") and the figures said are more than `ratio` apart."""
    open_ = LOWER_BOUNDS + UPPER_BOUNDS
    if not (a.value.qualifier in open_ or b.value.qualifier in open_):
        return False
    said = [v.low if v.low is not None else v.high for v in (a.value, b.value)]
    if any(not isinstance(x, (int, float)) or x <= 0 for x in said):
        return False
    return max(said) / min(said) > ratio


def _top(c: Claim) -> float:
    """The larger bound of a count."""
    v = c.value
    return float(v.high if v.high is not None else v.low or 0)


def _times_apart(a: Claim, b: Claim) -> float:
    """How many times the larger count is the smaller (by their nearest bounds)."""
    la, ha = interval(a.value, 0.0)
    lb, hb = interval(b.value, 0.0)
    small, big = (ha, lb) if ha < lb else (hb, la)
    return big / small if small and small > 0 else 1.0


def _marks_change(a: Claim, b: Claim) -> bool:
    """An article that corrects itself says so: "inițial", "până acum", two different dates, or
    an earlier figure beside the new one in one sentence.
    But two counts of one noun with two verbs are two facts ("din cele 200.000 de locuințe
    afectate până acum, au fost reconectate 86.000"), not a count and its update."""
    if a.frame.get("another") or b.frame.get("another"):
        return False  # ("alte 114.000" counts others, it corrects nothing)
    if a.frame.get("previous") or b.frame.get("previous"):
        # A figure said as the one before ("în creștere de la 5,5%", "față de 35") is the earlier
        # value of the figure its own sentence gives, whatever word dates it ("din anul
        # anterior"), never of a figure on another line; and a change the sentence tells from
        # the one to the other corrects nothing.
        if a.sentence != b.sentence or (bool(a.frame.get("previous")) != bool(b.frame.get("previous"))
                                        and _told_change(a, b)):
            return False
    pa, pb = a.frame.get("predicate"), b.frame.get("predicate")
    if a.frame.get("quantity") == "count" and pa and pb and not stems_meet(stem(pa), stem(pb)) \
            and not (a.frame.get("event") and a.frame.get("event") == b.frame.get("event")):
        return False
    ma, mb = a.frame.get("modifiers") or [], b.frame.get("modifiers") or []
    ta, tb = a.frame.get("time"), b.frame.get("time")
    return (bool(ma or mb) and ma != mb) or bool(ta and tb and ta != tb and _day(ta) and _day(tb)) \
        or (bool(a.frame.get("previous")) != bool(b.frame.get("previous")) and a.sentence == b.sentence
            and not _told_change(a, b))


def _told_change(a: Claim, b: Claim) -> bool:
    """"crește … de la 33,03 lei/MWh la 36,45 lei/MWh", "7,6%, în creștere de la 5,5%": the
    article tells the change itself, from the one figure straight to the other; nothing in it is
    corrected."""
    before, after = (a, b) if a.frame.get("previous") else (b, a)
    # (or the new figure first: "o cotă de 7,6%, în creștere de la 5,5%", "493.700 …, în creștere
    # cu 6.400 față de luna precedentă, de la 487.300")
    # (a unit may follow the first figure: "de la 294 de lei pe MWh la 317,39 lei pe MWh")
    return re.search(re.escape(before.text) + r"\S*(?:\s+[^\s.;,]+){0,3}?\s+la\s+" + re.escape(after.text),
                     before.sentence) is not None \
        or re.search(re.escape(after.text) + _CLAUSE_GAP + r"\bde\s+la\s+" + re.escape(before.text), before.sentence) is not None


# Up to a few words of the same sentence, figures included ("493.700 de persoane, în creștere cu
# 6.400 față de luna precedentă, de la 487.300"): a full stop inside a number ends nothing.
_CLAUSE_GAP = r"(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?"


def _day(t: dict) -> bool:
    """A time of a day or two: the moment a running tally was told. Two months, two quarters or
    a quarter and the year to date are the periods of two figures, not one figure's update."""
    try:
        lo, hi = date.fromisoformat(str(t["low"])), date.fromisoformat(str(t["high"]))
    except (KeyError, TypeError, ValueError):
        return False
    return (hi - lo).days <= 1


def _time_words(c: Claim) -> str:
    when = c.frame.get("time_text") or ""
    words = [w for w in c.frame.get("modifiers", []) if w.lower() not in when.lower()]
    if when:
        words.append(when)
    return " … ".join(words)


def _finding(rule_id: str, gid: str, xs: list[Claim], ys: list[Claim], reason: str, s: RunSettings) -> Finding:
    """The finding between two clusters of claims that each give one value. One claim against
    one: the rule's message, as it always read. Larger clusters: "3 articles (…) say 15.000 de
    militari (exact 15000 militari); 002 says circa 11.000-12.000 de soldați (…): disjoint"."""
    # Order each side, and the sides, by article then position, so the finding reads the same
    # on every run.
    def order(c: Claim) -> tuple[str, int]:
        return c.article, c.start

    xs, ys = sorted(xs, key=order), sorted(ys, key=order)
    if rule_id == "quantity-rise":
        if xs[0].frame.get("risen"):
            xs, ys = ys, xs  # (the message names the count that rose second)
    elif order(ys[0]) < order(xs[0]):
        xs, ys = ys, xs
    a, b = xs[0], ys[0]
    fields = {"a_article": a.article, "a_text": a.text, "a_value": describe(a.value),
              "b_article": b.article, "b_text": b.text, "b_value": describe(b.value), "reason": reason,
              "note": _time_note(xs, ys)}
    if len(xs) == 1 and len(ys) == 1:
        return finding(rule_id, gid, a, b, fields, rules_dir=s.rules_dir, severities=s.severities)
    message = f"{_says(xs)}; {_says(ys)}: {reason}{fields['note']}"
    ids = [a.id, b.id, *(c.id for c in xs[1:]), *(c.id for c in ys[1:])]
    return finding(rule_id, gid, a, b, fields, rules_dir=s.rules_dir, severities=s.severities,
                   claims=ids, message=message)


def _articles(cs: list[Claim]) -> list[str]:
    return list(dict.fromkeys(c.article for c in cs))


def _who(cs: list[Claim]) -> str:
    """"000_8f3d" or "3 articles (000_8f3d, 001_3964, 004_721f)" or "40 articles (…, … and 37 more)"."""
    arts = _articles(cs)
    if len(arts) == 1:
        return arts[0]
    names = ", ".join(arts[:3]) + (f" and {len(arts) - 3} more" if len(arts) > 3 else "")
    return f"{len(arts)} articles ({names})"


def _says(cs: list[Claim]) -> str:
    n = len(_articles(cs))
    verb = "says" if n == 1 else "say"
    values = list(dict.fromkeys(_value_key(c) for c in cs))
    if len(values) > 1:  # the other values of a large group (_cluster_findings)
        lo = min(cs, key=lambda c: _span(c, 0.0))
        hi = max(cs, key=lambda c: _span(c, 0.0))
        return f"{_who(cs)} {verb} {len(values)} other values, from {describe(lo.value)} to {describe(hi.value)}"
    times = f" {len(cs)} times" if n == 1 and len(cs) > 1 else ""
    return f"{_who(cs)} {verb} {cs[0].text} ({describe(cs[0].value)}){times}"


def _time_note(xs: list[Claim], ys: list[Claim]) -> str:
    """"; 000 gives no time; 002 says 'inițial … 2024'" when the two sides' time words differ."""
    tx, ty = sorted({_time_words(c) for c in xs}), sorted({_time_words(c) for c in ys})
    if tx == ty:
        return ""

    def side(cs: list[Claim], words: list[str]) -> str:
        arts = _articles(cs)
        one = len(arts) == 1
        who = arts[0] if one else f"the {len(arts)} saying {describe(cs[0].value)}"
        if words == [""]:
            return f"{who} {'gives' if one else 'give'} no time"
        said = " / ".join(f"'{w}'" if w else "no time" for w in words)
        return f"{who} {'says' if one else 'say'} {said}"

    return f"; {side(xs, tx)}; {side(ys, ty)}"
