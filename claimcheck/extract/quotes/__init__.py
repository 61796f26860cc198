"""Quotations, speakers and sources: who said what in an article. Who says it across articles is
claimcheck/reconcile/quotes.py.

    quote_claims(doc, article, rules_dir=None) -> list[Claim]      # kind "quote"
    attributions(doc, rules_dir=None) -> list[Attribution]         # sources and hedges by span
    covering(attrs, offset) -> Attribution | None                  # the one for a claim at offset

Works with the full Romanian model (the parse finds subjects and clause ends) and with
`spacy.blank("ro")` plus a sentencizer (marks, speech verbs and word windows only).
"""

from claimcheck.extract.quotes.extract import quote_claims
from claimcheck.extract.quotes.names import canonical, same_speaker
from claimcheck.extract.quotes.sources import Attribution, attributions, covering

__all__ = ["Attribution", "attributions", "canonical", "covering", "quote_claims", "same_speaker"]
