"""Date claims: an event with its date ("pact semnat în 2024")."""

from __future__ import annotations

from spacy.tokens import Doc

from claimcheck.model import Article, Claim, Match
from claimcheck.extract.frames import SourceOf, build_frame, concept_for, token_span


def date_claims(doc: Doc, article: Article, dates: list[Match], source_of: SourceOf, rules_dir: str | None = None) -> list[Claim]:
    claims: list[Claim] = []
    for m in dates:
        if m.start < article.body_start:
            continue
        frame = build_frame(doc, m.start, m.end, None, rules_dir)
        span = token_span(doc, m.start, m.end)
        fd = frame.to_dict()
        fd.update({k: v for k, v in m.attrs.items() if k in ("grain", "resolved", "relative", "anchor")})
        source, hedge = source_of(m.start)
        claims.append(article.claim(
            "date", m.start, m.end,
            source=source,
            hedge=hedge,
            sentence=span.sent.text.strip() if span is not None else "",
            value=m.value,
            concept=concept_for("date", frame, rules_dir),
            frame=fd,
            id_key="date",
        ))
    return claims
