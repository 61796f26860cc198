"""Quantity claims: numbers with what they count or measure, in their frame."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from claimcheck.claims import Article, Claim, Match
from claimcheck.extract.frames import SourceOf, build_frame, concept_for, token_span
from claimcheck.rules import load_rules
from claimcheck.textnorm import fold

# Kinds of number match that state a checkable quantity. Bare numbers and ordinals do not:
# without a unit or a counted noun there is nothing to line them up by.
CLAIM_KINDS = frozenset({"count", "duration", "money", "percent", "measure"})


def quantity_claims(doc: Doc, article: Article, matches: list[Match], dates: list[Match],
                    source_of: SourceOf, rules_dir: str | None = None) -> list[Claim]:
    claims: list[Claim] = []
    words = _word_lists(rules_dir)
    last_count: tuple[int, str] | None = None  # (sentence start, counted noun) of the latest count
    for m in matches:
        if m.start < article.body_start:
            continue
        span = token_span(doc, m.start, m.end)
        if span is None:
            continue
        sent = span.sent
        noun_span = None
        inherited = None
        kind = m.kind
        if kind == "count" and m.attrs.get("noun_start") is not None:
            noun_span = (m.attrs["noun_start"], m.attrs["noun_end"])
        elif kind == "number" and last_count is not None and last_count[0] >= _previous_sentence_start(sent):
            follower = _next_word(doc.text, m.end)
            if follower in words["partitive"]:
                rest = doc.text[m.end:m.end + 40].split()
                if len(rest) > 1 and fold(rest[1].strip(",.;:")) in words["pronouns"]:
                    inherited, kind = last_count[1], "count"
            elif follower in words["ellipsis"]:
                inherited, kind = last_count[1], "count"
        if kind not in CLAIM_KINDS:
            continue
        frame = build_frame(doc, m.start, m.end, noun_span, rules_dir)
        value = m.value
        if kind == "count":
            frame.noun = frame.noun or inherited
            if frame.noun is None:
                continue  # a number with nothing named to count
            if not inherited:
                last_count = (sent.start, frame.noun)
            if _previous_word(doc.text, m.start) in words["anaphoric"]:
                continue  # "cei doi lideri": a reference back, not a claim
            value = replace(value, unit=frame.noun)
        fd = frame.to_dict()
        fd["quantity"] = kind
        if inherited:
            fd["noun_from"] = "ellipsis"
        if m.attrs.get("approx"):
            fd["approx"] = True
        if m.attrs.get("step"):
            fd["step"] = m.attrs["step"]
        if article.date is not None:
            fd["article_date"] = article.date.isoformat()
        when = _date_in(sent.start_char, sent.end_char, dates, m.start)
        if when is not None:
            fd["time"] = when.value.to_dict()
            fd["time_text"] = when.text
        source, hedge = source_of(m.start)
        if fd.get("owner") and source and fd["owner"] in fold(source):
            del fd["owner"]  # "potrivit Gazzetta dello Sport": who reports a figure does not own it
        claims.append(article.claim(
            "quantity", m.start, m.end,
            source=source,
            hedge=hedge,
            sentence=sent.text.strip(),
            value=value,
            concept=concept_for(kind, frame, rules_dir),
            frame=fd,
            id_key=kind,
        ))
    return claims


def _previous_sentence_start(sent) -> int:
    doc = sent.doc
    if sent.start == 0:
        return 0
    return doc[sent.start - 1].sent.start


def _next_word(text: str, end: int) -> str:
    rest = text[end:end + 20].lstrip()
    if not rest:
        return ""
    if not rest[0].isalnum():
        return rest[0]
    return fold(rest.split(maxsplit=1)[0].rstrip(",.;:"))


def _previous_word(text: str, start: int) -> str:
    before = text[max(0, start - 12):start].split()
    return fold(before[-1]) if before else ""


def _date_in(start: int, end: int, dates: list[Match], at: int) -> Match | None:
    """The resolved date in the same sentence nearest to the figure at offset `at`: the time
    the figure refers to ("1,04 miliarde de lei în 2023", not the sentence's first date)."""
    found = [d for d in dates if start <= d.start < end and d.attrs.get("resolved", True) and d.value.low is not None]
    return min(found, key=lambda d: min(abs(d.start - at), abs(d.end - at)), default=None)


@lru_cache(maxsize=8)
def _word_lists(rules_dir: str | None) -> dict[str, frozenset[str]]:
    cc = load_rules("concepts", rules_dir)
    return {key: frozenset(fold(w) for w in cc.get(name, []))
            for key, name in (("anaphoric", "anaphoric_determiners"), ("partitive", "partitive_words"),
                              ("ellipsis", "ellipsis_followers"), ("pronouns", "partitive_pronouns"))}
