"""From a parsed article to its claims: quantities, dates and quotes."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from claimcheck.model import Article, Claim, Match
from claimcheck.lang.rules import Lang

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_claims(doc: "Doc", article: Article, lang: Lang | None = None) -> list[Claim]:
    # (imported here: the reconciler imports extract/quotes/names.py, and a run that only
    # reconciles stored claims must not import spaCy through this package)
    from claimcheck.extract.coordinated import mark_breakdowns, mark_conversions, mark_scene, mark_split_counts
    from claimcheck.extract.dates import date_claims
    from claimcheck.extract.quantities import quantity_claims
    from claimcheck.extract.quotes import attributions, covering, quote_claims
    from claimcheck.lang.frames import frame_words

    attrs = attributions(doc, lang=lang)

    def source_of(start: int) -> tuple[str | None, str | None]:
        """The source ("potrivit X") and hedge ("se estimează") covering a normalised offset."""
        a = covering(attrs, start)
        return (a.source, a.hedge) if a is not None else (None, None)

    # The header's own date ("date 2025-09-03") is the article's date, not a claim.
    dates = [d for d in doc._.cc_dates or [] if d.start >= article.body_start]
    # (a year the date grammar read is no count: "deținut din 1960 de colonelul Kittinger")
    numbers = [n for n in doc._.cc_numbers or []
               if not (n.kind == "count" and any(d.start <= n.start < d.end and _year_in(d, n) for d in dates))]
    claims = quantity_claims(doc, article, numbers, dates, source_of, lang)
    claims += date_claims(doc, article, dates, source_of, lang)
    claims += quote_claims(doc, article, lang=lang)
    claims.sort(key=lambda c: (c.start, c.kind))
    w = frame_words(lang)
    mark_split_counts(claims, doc.text, w.list_links)
    mark_conversions(claims, doc.text)
    mark_breakdowns(claims, doc.text)
    mark_scene(claims, doc.text, article.body_start, w.place_levels, w.named_levels, w.name_joiners)
    _mark_lead_happening(claims)
    _mark_periods_of_rates(claims)
    return claims


def _mark_periods_of_rates(claims: list[Claim]) -> None:
    """A year, a quarter or a month in a sentence that gives a rate or an amount ("În 2024, PIB-ul
    a crescut cu 0,9%", "în trimestrul III 2025 … 1,6%") is the period the figure measures, not
    the time of a happening: two outlets that give two periods gave two figures, and the
    figures are compared, not the periods (happenings.py)."""
    measured = {c.sentence for c in claims if c.kind == "quantity" and c.frame.get("quantity") in ("percent", "money")}
    for c in claims:
        if c.kind == "date" and not c.concept and c.sentence in measured and c.value is not None \
                and c.value.low is not None and c.value.high is not None and c.value.high != c.value.low:
            c.frame["measured_period"] = True


def _mark_lead_happening(claims: list[Claim]) -> None:
    """An article's first happening told by its noun ("Scurgerea de gaz a avut loc …") is its
    story's: the one another outlet's "Incidentul s-a produs" can mean. Later ones ("Evacuarea a
    avut loc") are steps of it."""
    lead = next((h for c in claims if (h := c.frame.get("happening")) not in (None, "*")), None)
    if lead is None:
        return
    for c in claims:
        if c.frame.get("happening") == lead:
            c.frame["lead"] = True


def _year_in(d: Match, n: Match) -> bool:
    """The count `n` starts with the year the date `d` gives ("1960 de colonelul" in "din 1960")."""
    low = d.value.low
    return n.value is not None and isinstance(low, date) and n.value.low == low.year
