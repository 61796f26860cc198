"""What the claims of one block say of each other before any two are paired: a count restated in
the same article shares its marks, an article's one figure of a noun is its `sole` one, a block
whose figures go to two named ones or more is a list of everyone's (`named_apart`), and a
modifier an article gives a figure of its own names a kind (`contrasted`). blocks.reconcile marks
each block once; matching.score_pair reads the marks."""

from __future__ import annotations

from collections import defaultdict

from claimcheck.lang.frames import FrameWords, frame_words
from claimcheck.lang.rules import Lang
from claimcheck.model import LOWER_BOUNDS, UPPER_BOUNDS, Claim
from claimcheck.read.textnorm import fold
from claimcheck.reconcile.pairs import value_key
from claimcheck.reconcile.verdicts import CONFLICT, compare_claims, interval, smaller_part


# Marks a count's clause gives that a restatement of it in the same article does not repeat.
RESTATED_MARKS = ("several",)


def share_restated(members: list[Claim]) -> None:
    """"Trei turiști au murit în Munții Făgăraș" (the title) and "Trei turiști au murit în
    accidente separate" (the lead): one article's same count of one block, said twice, is one
    figure, and what one saying tells of it holds for the other."""
    marked: dict[tuple, set[str]] = defaultdict(set)
    for c in members:
        for k in RESTATED_MARKS:
            if c.frame.get(k):
                marked[(c.article, value_key(c))].add(k)
    for c in members:
        for k in marked.get((c.article, value_key(c)), ()):
            c.frame[k] = True


def mark_summed_parts(members: list[Claim]) -> None:
    """"Dispozitivul de defilare e alcătuit din 160 de mijloace tehnice, iar 60 de mijloace tehnice
    sunt pregătite pentru o expoziție statică": two or more figures of one count in one sentence
    that add up to a figure of the block (another report's "220 de mijloace tehnice") are its
    parts, not rival figures of it (frame["part"], as "dintre care" gives). The sum is the test:
    a sentence's figures that add up to nothing said are left alone. Parts told apart by kinds of
    their own ("absolvenții din acest an (3.150 de candidați)" and "din anii trecuți (1.240 de
    candidați)") are each a kind's figure, which another report may give: matching compares them."""
    exact = [c for c in members if c.value.qualifier == "exact" and c.value.low is not None
             and c.value.low == c.value.high and not c.frame.get("part")]
    said = {float(c.value.low) for c in exact}
    by_sentence: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in exact:
        by_sentence[(c.article, c.sentence)].append(c)
    for cs in by_sentence.values():
        values = sorted({float(c.value.low) for c in cs})
        kinds = {tuple(c.frame.get("subject") or ()) for c in cs}
        if len(values) >= 2 and len(kinds) == 1 and sum(values) in said and sum(values) not in values:
            for c in cs:
                c.frame["part"] = True


def mark_sole(members: list[Claim]) -> None:
    """A noun no concept knows, counted with one value only in an article (a title may repeat
    it): that article's one figure of the noun ("aproape trei milioane de pensionari"), which
    another report's one figure of it may state too (matching reads `sole` for the event it
    would otherwise want on both sides)."""
    # ("Sute de elevi au început școala" is no figure of its own: a vague amount beside "sunt 310
    # elevi în toată unitatea" leaves 310 the article's one figure of pupils)
    values: dict[str, set] = defaultdict(set)
    said: dict[str, list[Claim]] = defaultdict(list)
    for c in members:
        if c.value.qualifier != "vague":
            values[c.article].add((c.value.low, c.value.high, c.value.qualifier))
            said[c.article].append(c)
    for c in members:
        if c.value.qualifier != "vague" and (len(values[c.article]) == 1 or _one_figure(said[c.article])) \
                and not any(c.frame.get(k) for k in ("part", "increment", "another", "previous")):
            c.frame["sole"] = True


def mark_named_apart(members: list[Claim]) -> None:
    """"Italia a primit 210 puncte, Grecia a obținut 180 de puncte" and "care a primit din partea
    publicului 390 de puncte": a block whose figures the reports give to two named ones or more
    (persons, or the countries and parties that did it) is a list of everyone's figures, where a
    figure given to nobody is not known to be any one's (`named_apart`, matching._owner reads it).
    A block with one doer ("ISU Dolj a trimis 14 echipaje" / "formată din 12 echipaje") is not."""
    named = {c.frame.get("owner") or c.frame.get("actor") for c in members} - {None}
    if len(named) >= 2:
        for c in members:
            c.frame["named_apart"] = True


def _one_figure(said: list[Claim]) -> bool:
    """"Tezaur format din peste 2.500 de monede" (the title) and "se aflau 2.517 monede" (the
    body): an article's one exact figure of a noun and looser sayings that hold it (a bound, an
    approximation) are one figure, told at two precisions."""
    exact = {(c.value.low, c.value.high) for c in said if c.value.qualifier == "exact" and c.value.low == c.value.high
             and not c.frame.get("approx") and not c.frame.get("nearly")}
    if len(exact) != 1:
        return False
    point = next(c for c in said if (c.value.low, c.value.high) in exact and c.value.qualifier == "exact")
    return all((c.value.low, c.value.high) in exact or (
        (c.value.qualifier in LOWER_BOUNDS + UPPER_BOUNDS or c.value.qualifier == "approx" or c.frame.get("approx"))
        and compare_claims(c, point)[0] != CONFLICT) for c in said)


# Names two articles must both give figures of before their disagreeing on every one says the two
# lists measure two things.
LIST_NAMES = 3


def mark_lists_apart(members: list[Claim]) -> None:
    """Two articles that give figures of the same three names or more and disagree on every one
    ("Marea Britanie, cu 466 de puncte, Spania, cu 459, Suedia, cu 438" against "După votul
    juraților, Marea Britanie a primit 283 puncte, Suedia a obținut 258 puncte, Spania a primit
    231 puncte") measure two things (a total and a jury's vote, two rounds), not one list
    misreported name by name: each such claim names the other article in `lists_apart`, which
    matching reads. An outlet's error is one figure, not all of them."""
    named: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in members:
        if c.frame.get("owner") and c.value.qualifier != "vague":
            named[c.article][c.frame["owner"]].append(c)
    articles = sorted(named)
    apart: dict[str, set[str]] = defaultdict(set)
    for i, a in enumerate(articles):
        for b in articles[i + 1:]:
            shared = set(named[a]) & set(named[b])
            if len(shared) >= LIST_NAMES and all(_values_apart(x, y) for name in shared
                                                 for x in named[a][name] for y in named[b][name]):
                apart[a].add(b)
                apart[b].add(a)
    for c in members:
        if c.frame.get("owner") and apart.get(c.article):
            c.frame["lists_apart"] = sorted(apart[c.article])


def mark_contrasts(members: list[Claim], lang: Lang | None = None) -> None:
    """Modifiers an article itself sets apart: "Pensiile vor crește cu 12,5%. Pensiile militare
    vor fi majorate cu 5%" gives the military pensions a figure of their own, so "militare" names
    a category of pensions, not pensions said more fully, in every article of the block
    (matching reads `contrasted`; one modifier more is otherwise the same thing)."""
    by_head: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in members:
        subject = c.frame.get("subject") or []
        if subject:
            by_head[(c.article, subject[0])].append(c)
    contrasted: dict[str, set[str]] = defaultdict(set)
    w = frame_words(lang)
    weak = w.weak_heads
    for (_, head), cs in by_head.items():
        for a in cs:
            for b in cs:
                ma, mb = set(a.frame["subject"][1:]), set(b.frame["subject"][1:])
                # (the narrower phrase a kind beside the broader one, not a part of it: "75 de
                # absolvenți de gimnaziu" with a 10 among "152.233 de absolvenți" is a part, as
                # matching already says; two narrowings, "de clasa a VIII-a" and "de gimnaziu",
                # are not one beside the other)
                if ma < mb and _values_apart(a, b) and not _differ_otherwise(a, b) \
                        and not (b.frame.get("quantity") == "count" and smaller_part(b.value, a.value)):
                    # ("total", "medie", "anuală" say how, not which kind: rules/frames.yml
                    # weak_heads; nor does a participle, "debitul înregistrat")
                    contrasted[head] |= {m.lstrip("+") for m in mb - ma if not m.lstrip("+").startswith(weak)
                                         and not _participle(m.lstrip("+"), b, w)}
    for c in members:
        subject = c.frame.get("subject") or []
        if subject and contrasted.get(subject[0]):
            c.frame["contrasted"] = sorted(contrasted[subject[0]])


# Frame marks that already tell two figures of one article apart (a usual value, an earlier one,
# a part, more of them, a second time, a comparison's base): no kind is needed to explain them.
_OTHERWISE = ("usual", "previous", "part", "another", "increment", "repeat", "compared", "partial")


def _values_apart(a: Claim, b: Claim) -> bool:
    """Two figures no reading makes one: "peste 2.900 de militari" and "2.900 de militari și
    specialiști" in one article are one count said twice, the second more fully, not a kind set
    apart from the first."""
    if value_key(a) == value_key(b):
        return False
    if a.kind == "date" or b.kind == "date":
        return True
    (alo, ahi), (blo, bhi) = interval(a.value, 0.0), interval(b.value, 0.0)
    return ahi < blo or bhi < alo


def _differ_otherwise(a: Claim, b: Claim) -> bool:
    if any(a.frame.get(k) or b.frame.get(k) for k in _OTHERWISE):
        return True
    ta, tb = a.frame.get("time"), b.frame.get("time")
    return a.frame.get("role") != b.frame.get("role") or (bool(ta) and bool(tb) and ta != tb)


def _participle(modifier: str, c: Claim, w: FrameWords) -> bool:
    """The word a modifier stem was read from ends as a participle ("înregistrat")."""
    word = next((x for x in fold(c.frame.get("subject_text") or "").split() if x.startswith(modifier)), "")
    return word.endswith(w.participle_endings)
