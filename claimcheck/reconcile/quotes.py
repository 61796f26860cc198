"""The same statement across articles: one group per statement, findings where they differ.

Two quote claims from different articles are the same statement when their speakers are one
person (names.same_speaker) and their content words mostly match: a soft Dice overlap where
two words match when they share a stem or rapidfuzz finds them close ("complotați" /
"conspiră" do not match, but the rest of Trump's post does, so the two translations still
group). Different wording of one statement between two direct quotations is an `info`
finding; the same words in quotation marks given to different speakers is an `error`.

Near-linear: an inverted index of word stems proposes candidate pairs, so a corpus of
thousands of quotes is never compared all against all.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations

from rapidfuzz import fuzz, process

from collections.abc import Mapping

from claimcheck.extract.quotes.names import NAME_MATCH, canonical, same_speaker
from claimcheck.lang.rules import Lang, RulesError, compiled
from claimcheck.model import Article, Claim, Finding, Group, stable_id
from claimcheck.read.textnorm import fold
from claimcheck.reconcile.findings import finding
from claimcheck.reconcile.groups import UnionFind
from claimcheck.settings import merged_thresholds

# The two thresholds a user may set are in settings.THRESHOLDS (`quote-similarity`: same speaker,
# content-word overlap 0–100 for one statement; `quote-conflict-similarity`: different speakers,
# overlap for "the same words"); the rest are fixed properties of the comparison.
IDENTICAL = 97.0  # rapidfuzz ratio of the normalised wordings above which they are the same
WORD_MATCH = 80.0  # rapidfuzz ratio for two inflected or respelled forms of one word
MIN_CONFLICT_WORDS = 4  # shorter quotations ("pace", "nu") are too common to conflict
STEM = 5  # leading characters that identify a Romanian word across its endings
MAX_POSTING = 500  # a stem shared by more quotes than this proposes no pairs (too common)
_SHOW = 140  # characters of a quotation shown in a message


def reconcile_quotes(claims: list[Claim], articles: dict[str, Article] | None = None, *,
                     group_similarity: float | None = None, conflict_similarity: float | None = None,
                     identical: float = IDENTICAL, name_match: float = NAME_MATCH,
                     lang: Lang | None = None, focus: set[str] | None = None,
                     thresholds: Mapping[str, float] | None = None,
                     severities: Mapping[str, str] | None = None) -> tuple[list[Group], list[Finding]]:
    """Groups of one statement across articles, and their findings. Only claims of different
    articles are paired. `articles` is accepted so callers can pass what they have; the claims
    carry all that is needed (article ids name the articles in messages). The similarities come
    from the arguments, else `thresholds` (the run's overrides), else settings.THRESHOLDS."""
    th = merged_thresholds(thresholds)
    if group_similarity is None:
        group_similarity = th["quote-similarity"]
    if conflict_similarity is None:
        conflict_similarity = th["quote-conflict-similarity"]
    quotes = [c for c in claims if c.kind == "quote" and c.quote]
    words = {c.id: content_words(c.quote or "", lang) for c in quotes}
    speaker_of = _speaker_blocks(quotes, lang, name_match)
    joined = UnionFind(c.id for c in quotes)
    find = joined.find

    # The same speaker's same words, repeated across articles (agencies, syndication), are one
    # statement: join them at once and compare one representative, so that a quotation
    # reprinted n times costs n, not n².
    reps: dict[tuple, Claim] = {}
    distinct: list[Claim] = []
    for c in quotes:
        if speaker_of[c.id] is None:
            distinct.append(c)  # no speaker: nothing says two such quotes are one statement
            continue
        rep = reps.setdefault((speaker_of[c.id], tuple(words[c.id])), c)
        if rep is c:
            distinct.append(c)
        else:
            joined.union(c.id, rep.id)

    conflicts: list[tuple[Claim, Claim]] = []

    def compare(a: Claim, b: Claim) -> bool:
        """Join a and b when they are one statement or the same words given to two speakers."""
        if a.article == b.article:
            return False
        same = speaker_of[a.id] is not None and speaker_of[a.id] == speaker_of[b.id]
        if same:
            if similarity(words[a.id], words[b.id]) >= group_similarity:
                joined.union(a.id, b.id)
                return True
        elif (a.direct and b.direct and a.speaker and b.speaker
              and min(len(words[a.id]), len(words[b.id])) >= MIN_CONFLICT_WORDS
              and similarity(words[a.id], words[b.id]) >= conflict_similarity):
            joined.union(a.id, b.id)
            conflicts.append((a, b))
            return True
        return False

    if focus is None:
        for a, b in _candidates(distinct, words):
            compare(a, b)
    else:
        # `check`: only the groups that hold a quote of the focus articles matter. They are
        # found by walking out from those quotes along the pairs that join, so the work is the
        # quotes reached, not the corpus; the groups are the ones the whole corpus would give.
        _walk(distinct, words, {find(c.id) for c in quotes if c.article in focus}, find, compare)
        reached = {find(c.id) for c in quotes if c.article in focus}
        quotes = [c for c in quotes if find(c.id) in reached]

    by_root: dict[str, list[Claim]] = defaultdict(list)
    for c in quotes:
        by_root[find(c.id)].append(c)
    groups: list[Group] = []
    group_of: dict[str, str] = {}
    findings: list[Finding] = []
    conflicted = {find(a.id) for a, _ in conflicts}
    for root, members in by_root.items():
        if len(members) < 2:
            continue
        members.sort(key=lambda c: (c.article, c.start))
        ids = [c.id for c in members]
        gid = stable_id("quote-group", *sorted(ids))
        wordings = {_norm(c.quote) for c in members}
        verdict = "conflict" if root in conflicted else ("agree" if len(wordings) == 1 else "variant")
        speakers = sorted({c.speaker for c in members if c.speaker})
        groups.append(Group(gid, " / ".join(speakers) or None, ids, verdict, kind="quote"))
        for i in ids:
            group_of[i] = gid
        for a, b in _variant_pairs(members, speaker_of, identical):
            findings.append(_finding("quote-variant", a, b, gid, lang, severities))
    seen: set[tuple] = set()
    for a, b in sorted(conflicts, key=lambda p: (p[0].article, p[0].start, p[1].article, p[1].start)):
        key = (group_of[a.id], frozenset((speaker_of[a.id], speaker_of[b.id])))
        if key not in seen:  # one error per pair of speakers, however many articles repeat it
            seen.add(key)
            findings.append(_finding("quote-speaker-conflict", a, b, group_of[a.id], lang, severities))
    groups.sort(key=lambda g: g.claims)
    findings.sort(key=lambda f: (f.group, f.rule, f.claims))
    return groups, findings


def _variant_pairs(members: list[Claim], speaker_of: dict, identical: float):
    """For each speaker in a group, each other wording of their quotation against the most
    common one (earliest on ties): n wordings give n-1 findings, not n²."""
    by_speaker: dict = defaultdict(list)
    for c in members:
        if c.direct and speaker_of[c.id] is not None:
            by_speaker[speaker_of[c.id]].append(c)
    for claims in by_speaker.values():
        wordings: dict[str, list[Claim]] = {}
        for c in claims:
            n = _norm(c.quote)
            key = next((w for w in wordings if fuzz.ratio(w, n) >= identical), n)
            wordings.setdefault(key, []).append(c)
        if len(wordings) < 2:
            continue
        ranked = sorted(wordings.values(), key=lambda cs: (-len(cs), cs[0].article, cs[0].start))
        rep = ranked[0][0]
        for other in ranked[1:]:
            yield rep, other[0]


@compiled
def _ignored(lang: Lang) -> frozenset[str]:
    """Function words carry no statement: Romanian's list (language.yml) plus the extra
    words speech.yml names for comparing quotations."""
    words: set[str] = set()
    try:
        words |= set(lang.load("language").get("function_words", []))
    except (RulesError, AttributeError):
        pass
    words |= {fold(w) for w in (lang.load("speech").get("compare_ignore") or [])}
    return frozenset(words)


def content_words(text: str, lang: Lang | None = None) -> list[str]:
    ignore = _ignored(lang)
    seen: dict[str, None] = {}
    for w in re.findall(r"[^\W_]+", fold(text)):
        if len(w) >= 3 and w not in ignore:
            seen.setdefault(w, None)
    return list(seen)


def similarity(a: list[str], b: list[str]) -> float:
    """Soft Dice overlap of two content-word lists, 0–100."""
    if not a or not b:
        return 0.0
    return 100.0 * (_matched(a, b) + _matched(b, a)) / (len(a) + len(b))


def _matched(a: list[str], b: list[str]) -> int:
    stems = {w[:STEM] for w in b}
    n = 0
    for w in a:
        if w[:STEM] in stems or process.extractOne(w, b, scorer=fuzz.ratio, score_cutoff=WORD_MATCH):
            n += 1
    return n


def _norm(s: str | None) -> str:
    return " ".join(re.findall(r"[^\W_]+", fold(s or "")))


def _speaker_blocks(quotes: list[Claim], lang: Lang | None, threshold: float) -> dict[str, int | None]:
    """A block number per claim: spellings of one person share a block."""
    # One look-up per distinct spelling: a corpus repeats the same few speakers many times.
    canon = {sp: canonical(sp, lang, threshold) for sp in {c.speaker for c in quotes if c.speaker}}
    names = sorted(set(canon.values()))
    block: dict[str, int] = {}
    for i, n in enumerate(names):
        block[n] = next((block[m] for m in names[:i] if same_speaker(n, m, lang, threshold)), i)
    return {c.id: block[canon[c.speaker]] if c.speaker else None for c in quotes}


def _candidates(quotes: list[Claim], words: dict[str, list[str]]):
    """Pairs that share enough word stems to be worth comparing (two, or one for a short quote)."""
    index = _index(quotes, words)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for posting in index.values():
        if len(posting) > MAX_POSTING:
            continue
        for i, j in combinations(posting, 2):
            shared[(i, j)] += 1
    for (i, j), n in sorted(shared.items()):
        if _proposed(quotes[i], quotes[j], n, words):
            yield quotes[i], quotes[j]


def _index(quotes: list[Claim], words: dict[str, list[str]]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for n, c in enumerate(quotes):
        for s in {w[:STEM] for w in words[c.id]}:
            index[s].append(n)
    return index


def _proposed(a: Claim, b: Claim, shared: int, words: dict[str, list[str]]) -> bool:
    """Enough shared word stems to be worth comparing: two, or one for a short quote."""
    return shared >= 2 or min(len(words[a.id]), len(words[b.id])) <= 2


def _walk(quotes: list[Claim], words: dict[str, list[str]], roots: set[str], find, compare) -> None:
    """Compare, from the quotes whose group root is in `roots`, every proposed pair (as
    _candidates would) and go on from each quote a pair joins: the groups reached are whole."""
    index = _index(quotes, words)
    todo = [n for n, c in enumerate(quotes) if find(c.id) in roots]
    seen, done = set(todo), set()
    while todo:
        i = todo.pop()
        a = quotes[i]
        shared: dict[int, int] = defaultdict(int)
        for s in {w[:STEM] for w in words[a.id]}:
            posting = index[s]
            if len(posting) <= MAX_POSTING:
                for j in posting:
                    if j != i:
                        shared[j] += 1
        for j, n in sorted(shared.items()):
            pair = (min(i, j), max(i, j))
            if pair in done or not _proposed(a, quotes[j], n, words):
                continue
            done.add(pair)
            x, y = quotes[pair[0]], quotes[pair[1]]
            if compare(x, y) and j not in seen:
                seen.add(j)
                todo.append(j)


def _finding(rule: str, a: Claim, b: Claim, group: str, lang: Lang | None,
             severities: Mapping[str, str] | None) -> Finding:
    fields = {"a_article": a.article, "b_article": b.article, "speaker": a.speaker or "?",
              "a_speaker": a.speaker or "?", "b_speaker": b.speaker or "?",
              "a_text": _short(a.quote), "b_text": _short(b.quote)}
    fallback = f"{a.article}: „{fields['a_text']}” ({fields['a_speaker']}); {b.article}: „{fields['b_text']}” ({fields['b_speaker']})"
    return finding(rule, group, a, b, fields, lang=lang, severities=severities, fallback=fallback)


def _short(s: str | None) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= _SHOW else s[:_SHOW - 1].rstrip() + "…"
