"""Quotations, speakers and sources: who said what in an article, and who says it across articles.

    quote_claims(doc, article, rules_dir=None) -> list[Claim]      # kind "quote"
    attributions(doc, rules_dir=None) -> list[Attribution]         # sources and hedges by span
    covering(attrs, offset) -> Attribution | None                  # the one for a claim at offset
    reconcile_quotes(claims, articles=None) -> (groups, findings)  # across articles

Works with the full Romanian model (the parse finds subjects and clause ends) and with
`spacy.blank("ro")` plus a sentencizer (marks, speech verbs and word windows only).
"""

from claimcheck.quotes.extract import quote_claims
from claimcheck.quotes.names import canonical, same_speaker
from claimcheck.quotes.reconcile import reconcile_quotes
from claimcheck.quotes.sources import Attribution, attributions, covering

__all__ = ["Attribution", "attributions", "canonical", "covering", "quote_claims", "reconcile_quotes", "same_speaker"]
