"""Quotations, speakers and sources: who said what in an article. Who says it across articles is
claimcheck/reconcile/quotes.py.

    quote_claims(doc, article, lang=None) -> list[Claim]      # kind "quote"
    attributions(doc, lang=None) -> list[Attribution]         # sources and hedges by span
    covering(attrs, offset) -> Attribution | None                  # the one for a claim at offset

Works with the full Romanian model (the parse finds subjects and clause ends) and with
`spacy.blank("ro")` plus a sentencizer (marks, speech verbs and word windows only).
"""

# Imported on first use (PEP 562): the extractors need spaCy, the reconciler does not, so a run
# that only reconciles stored claims (`check` of an article already in the store) never imports it.
_WHERE = {
    "quote_claims": "claimcheck.extract.quotes.extract",
    "canonical": "claimcheck.extract.quotes.names",
    "same_speaker": "claimcheck.extract.quotes.names",
    "Attribution": "claimcheck.extract.quotes.sources",
    "attributions": "claimcheck.extract.quotes.sources",
    "covering": "claimcheck.extract.quotes.sources",
}

__all__ = ["Attribution", "attributions", "canonical", "covering", "quote_claims", "same_speaker"]


def __getattr__(name: str):
    if name in _WHERE:
        import importlib

        value = getattr(importlib.import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'claimcheck.extract.quotes' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])
