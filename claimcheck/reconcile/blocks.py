"""Lining up claims that state the same fact, and judging them.

Claims are compared only inside blocks (same kind of measure and concept), so the work grows
with the size of the blocks, not with the square of the corpus. Inside a block a pair is
compatible when nothing in the two frames says they are different facts (event classes,
actors, times); compatible pairs are joined into groups (groups.UnionFind). Claims with one
frame are compared once (`_Block`), and a group's claims with one value are judged once: the
group's disagreement is one finding per two clusters of values (clusters.py), naming
every claim of both, so that a figure repeated by k articles gives the same findings for every
k (issue 14).

Where to change what: `block_key` decides which claims are compared at all; `compatible` (with
matching.score_pair) whether two are one fact, and `_frame_key` what of a claim it reads;
`pairs.verdict_of` the verdict, and `value_key` what of a claim it reads; `_Block` how a block is walked;
`clusters.cluster_findings` which clusters are judged against which; `wording.cluster_finding` the message.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from claimcheck.lang.frames import frame_words, tables
from claimcheck.lang.stems import stem
from claimcheck.read.textnorm import fold
from claimcheck.model import SEVERITY_RANK, Claim, Finding, Group, stable_id
from claimcheck.reconcile.anchored import Anchors
from claimcheck.reconcile.changes import marks_change
from claimcheck.reconcile.lemmas import unify_lemmas
from claimcheck.reconcile.clusters import cluster_findings, two_sources_of_one_age
from claimcheck.reconcile.baseunits import in_base_units
from claimcheck.reconcile.breakdown import mark_breakdowns
from claimcheck.reconcile.coincidence import coinciding
from claimcheck.reconcile.currency import currency_slips
from claimcheck.reconcile.points import points_slips
from claimcheck.reconcile.groups import UnionFind
from claimcheck.reconcile.happenings import happening_key
from claimcheck.reconcile.marks import (mark_contrasts, mark_lists_apart, mark_named_apart, mark_sole,
                                         mark_summed_parts, share_restated)
from claimcheck.reconcile.name_order import unify_name_order
from claimcheck.reconcile.nearmiss import near_misses
from claimcheck.reconcile.owned import owned_to_measured
from claimcheck.reconcile.matching import concept_key, score_pair
from claimcheck.reconcile.pairs import value_key, value_span, verdict_of
from claimcheck.reconcile.verdicts import AGREE, CONFLICT, IMPRECISE, RANK
from claimcheck.reconcile.wording import cluster_finding
from claimcheck.settings import RunSettings, merged_thresholds
from claimcheck.lang.rules import Lang


@dataclass(slots=True)
class Result:
    groups: list[Group]
    findings: list[Finding]


def block_key(c: Claim, lang: Lang | None = None) -> tuple[str, ...] | None:
    """Which claims may state the same fact as `c`; None: nothing to compare it with."""
    if c.value is None:
        return None
    if c.kind == "date":
        if c.value.low is None:
            return None  # unresolved relative dates never conflict
        # (no concept: the words around the date may still tell its happening, see happenings.py)
        key = c.concept or happening_key(c, lang)
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
        if c.frame.get("event") and frame_words(lang).lasts(c.frame.get("predicate")):
            # "o finală care a durat doar 55 de minute" and "Jocul … a durat doar 56 de minute":
            # what lasted is said or not, the verb says one span (matching.py compares subjects)
            return (q, "!" + c.frame["event"], c.value.unit or "")
        # "5 ani de închisoare", "10 minute de întârziere": the noun after it says what it is
        subject = c.frame.get("subject") if c.frame.get("named_after") else None
        if subject and c.frame.get("event") \
                and tables(lang).events.lookup(fold(c.frame.get("subject_text") or "")) == c.frame["event"]:
            # "o luptă de 90 de minute" and "lupta … a durat peste o oră și jumătate": a noun of a
            # happening names the span as the verb that lasted does
            return (q, "!" + c.frame["event"], c.value.unit or "")
        if subject:
            return (q, "~" + subject[0][:3], c.value.unit or "")
        # "Adrian Iovan avea 54 de ani": a named person's age; "Paula Todoran, cu timpul 2h 21min
        # 24sec": a named one's time (extract/frames `timed`)
        if c.frame.get("owner") and (c.frame.get("age") or c.frame.get("timed")):
            return (q, "@" + c.frame["owner"], "age" if c.frame.get("age") else "time")
        if c.frame.get("aged"):
            # "Mecanicul locomotivei are 50 de ani": the age of the story's one train driver
            return (q, "%" + c.frame["aged"], "age")
        if c.frame.get("event") and not c.frame.get("age"):
            # "Finala a durat doar 55 de minute" and "a durat doar 56 de minute", "a executat
            # efectiv aproape trei ani": the verb's class says what the span is of (matching.py
            # still asks that its subject, time and happening agree)
            return (q, "!" + c.frame["event"], c.value.unit or "")
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
        pred = fold(c.frame.get("predicate") or "")
        key = c.frame.get("event") or ("goal" if pred.startswith(frame_words(lang).goal_verbs) else None) \
            or (stem(pred) if pred else None) or (c.frame.get("subject") or [None])[0]
        return (q, "~" + key[:4], c.value.unit or "") if key else None
    if c.frame.get("site"):
        # a temperature or a rainfall is of its site: -20 at Joseni is not -23 at Brașov (the
        # first letters only block: placing.place_field tells "Întorsura Buzăulu" is "Buzăului")
        return (q or "", "#" + c.frame["site"][:4], c.value.unit or "")
    subject = c.frame.get("subject")
    if subject:
        return (q or "", "~" + subject[0][:3], c.value.unit or "")
    if c.frame.get("owner"):
        return (q or "", "@" + c.frame["owner"], c.value.unit or "")
    return None


def compatible(a: Claim, b: Claim, settings: RunSettings) -> bool:
    """Nothing in the two frames says these are different facts (see matching.score_pair)."""
    return score_pair(a, b, settings.lang, settings.thresholds)[0]


def reconcile(claims: Iterable[Claim], settings: RunSettings | None = None,
              only_articles: set[str] | None = None) -> Result:
    """Groups and findings. With `only_articles`, findings are kept only when one of their
    claims comes from those articles (the `check` command)."""
    s = settings or RunSettings()
    claims = unify_lemmas(unify_name_order(in_base_units(claims, s.lang)))
    blocks: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    keyed = [(c, key) for c in claims if (key := block_key(c, s.lang)) is not None]
    for c, key in owned_to_measured(keyed):
        blocks[key].append(c)

    out = Result([], [])
    place_similarity = merged_thresholds(s.thresholds)["place-similarity"]
    for key, members in sorted(blocks.items()):
        if only_articles is not None and not any(c.article in only_articles for c in members):
            continue  # `check`: a block without a new claim cannot hold a finding to report
        kind = "date" if key[0] == "date" else "quantity"
        if key[0] == "count":
            mark_summed_parts(members)
        if key[0] == "count" and str(key[1]).startswith("~"):
            mark_sole(members)
            mark_named_apart(members)
        if key[0] == "count":
            share_restated(members)
            mark_breakdowns(members, place_similarity)
        if key[0] != "date":
            mark_contrasts(members, s.lang)
            mark_lists_apart(members)
        block = _Block(members, s)
        unsure = block.unsure()
        group_of: dict[str, str] = {}
        for comp in block.components(only_articles):
            ids = sorted(c.id for c in comp)
            gid = stable_id("group", *ids)
            found = cluster_findings(comp, gid, block, s, unsure)
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
            out.findings.append(cluster_finding("quantity-update", gid, [a], [b], reason, s))
    gid_of = {i: g.id for g in out.groups for i in g.claims}
    linked = {frozenset(f.claims[:2]) for f in out.findings}
    # An article that says its figure twice (the title, then the body) need not meet its rounding
    # twice: a finding that already pairs the rounding with that article's value covers both.
    by_id = {c.id: c for c in claims}
    said: list[set[tuple]] = []
    findings_of: dict[str, list[int]] = defaultdict(list)
    for f in out.findings:
        said.append({(by_id[i].article, value_key(by_id[i])) for i in f.claims if i in by_id})
        for i in f.claims:
            findings_of[i].append(len(said) - 1)

    def judged(a: str, b: str) -> bool:
        if (a in gid_of and gid_of.get(b) == gid_of[a]) or frozenset((a, b)) in linked:
            return True
        ca, cb = by_id.get(a), by_id.get(b)
        return ca is not None and cb is not None and any(
            (ca.article, value_key(ca)) in said[k] for k in findings_of.get(b, ()))

    def across(rule: str, xs: list[Claim], ys: list[Claim], reason: str) -> None:
        # a finding of clusters the groups did not make: its id is its claims'
        out.findings.append(cluster_finding(rule, stable_id("group", *sorted(c.id for c in xs + ys)), xs, ys, reason, s))

    anchors = Anchors(claims, s)
    for xs, ys, verdict, reason in anchors.findings(judged, only_articles):
        across("quantity-conflict" if verdict == CONFLICT else "quantity-imprecise", xs, ys, reason)

    def settled(a: str, b: str) -> bool:
        return judged(a, b) or anchors.decided(a, b)

    # the readers of one sign across the blocks, each past what is already judged
    for rule, read in (("quantity-imprecise", coinciding), ("quantity-conflict", near_misses),
                       ("quantity-currency", currency_slips), ("quantity-points", points_slips)):
        for xs, ys, reason in read(claims, settled, s, only_articles):
            across(rule, xs, ys, reason)
    out.findings.sort(key=lambda f: (-SEVERITY_RANK[f.severity], f.rule, f.message))
    return out


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
        t = tables(self.s.lang)
        sub: dict[tuple[str, str], list[int]] = defaultdict(list)
        for f, idx in enumerate(self.frames):
            c = self.members[idx[0]]
            sub[(c.frame.get("actor") or "", t.event_family(c.frame.get("event")))].append(f)
        for part in sub.values():
            part.sort(key=lambda f: (value_span(self.members[self.frames[f][0]], self.s.tolerance), f))
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
                            verdict, reason = verdict_of(self.members[i], self.members[j], self.s)
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
            if two_sources_of_one_age(a, b):
                continue
            if a.kind == "date" or not marks_change(a, b):
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
            if marks_change(a, b):
                yield a, b, reason


def _frame_key(c: Claim) -> tuple:
    """What `compatible` reads of a claim (matching.score_pair), plus who said it: two claims with
    the same key are compatible with the same claims."""
    return (c.kind, c.concept, c.value.unit if c.value else None, c.source, c.speaker, c.hedge,
            json.dumps(c.frame, sort_keys=True, default=str, ensure_ascii=False))
