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
    anaphoric = anaphoric_determiners(rules_dir)
    for m in matches:
        if m.kind not in CLAIM_KINDS or m.start < article.body_start:
            continue
        noun_span = None
        if m.kind == "count" and m.attrs.get("noun_start") is not None:
            noun_span = (m.attrs["noun_start"], m.attrs["noun_end"])
        frame = build_frame(doc, m.start, m.end, noun_span, rules_dir)
        value = m.value
        if m.kind == "count":
            if frame.noun is None:
                continue  # "2.000 dintre ei": a number with nothing named to count
            if _after_anaphoric(doc.text, m.start, anaphoric):
                continue
            value = replace(value, unit=frame.noun)
        span = token_span(doc, m.start, m.end)
        sent = span.sent if span is not None else None
        fd = frame.to_dict()
        fd["quantity"] = m.kind
        if m.attrs.get("approx"):
            fd["approx"] = True
        when = _date_in(sent.start_char, sent.end_char, dates) if sent is not None else None
        if when is not None:
            fd["time"] = when.value.to_dict()
            fd["time_text"] = when.text
        source, hedge = source_of(m.start)
        claims.append(article.claim(
            "quantity", m.start, m.end,
            source=source,
            hedge=hedge,
            sentence=sent.text.strip() if sent is not None else "",
            value=value,
            concept=concept_for(m.kind, frame, rules_dir),
            frame=fd,
            id_key=m.kind,
        ))
    return claims


def _date_in(start: int, end: int, dates: list[Match]) -> Match | None:
    """The first resolved date stated in the same sentence: the time the figure refers to."""
    for d in dates:
        if start <= d.start < end and d.attrs.get("resolved", True) and d.value.low is not None \
                and d.attrs.get("anchor") is None:
            return d
    return None


@lru_cache(maxsize=8)
def anaphoric_determiners(rules_dir: str | None) -> frozenset[str]:
    return frozenset(fold(w) for w in load_rules("concepts", rules_dir).get("anaphoric_determiners", []))


def _after_anaphoric(text: str, start: int, words: frozenset[str]) -> bool:
    before = text[max(0, start - 12):start].split()
    return bool(before) and fold(before[-1]) in words
