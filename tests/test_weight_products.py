"""A weight names what it weighs with or without "de": "5 kilograme cocaină" as "8 kg de hașiș"
(scan/numbers/phrase.py: a noun right after a unit of mass). A measure before a bracket that
splits it ("droguri de aproximativ 12 kg (4 kg cocaină și 8 kg de hașiș)") is no noun phrase
the bracket's figures narrow (extract/measured.bracketed_after). Case:
tests/articles/anydomain/kg-fara-de."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "kg-fara-de")


def test_the_product_follows_without_de(moded):
    _, r = moded
    assert claim_by_text(r, "a", "5 kilograme cocaină").frame.get("subject") == ["cocain"]
    assert claim_by_text(r, "a", "8 kilograme hașiș").frame.get("subject") == ["hasis"]
    # the bracket's figures are of their own products, not of "aproximativ 12 kg"
    assert claim_by_text(r, "b", "4 kg cocaină").frame.get("subject") == ["cocain"]


def test_the_cocaine_weights_disagree_and_the_hashish_agrees(moded):
    _, r = moded
    [f] = findings_between(r, claim_by_text(r, "a", "5 kilograme cocaină"), claim_by_text(r, "b", "4 kg cocaină"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
    assert not findings_between(r, claim_by_text(r, "a", "8 kilograme hașiș"), claim_by_text(r, "b", "8 kg de hașiș"))
    assert not findings_between(r, claim_by_text(r, "a", "5 kilograme cocaină"), claim_by_text(r, "b", "8 kg de hașiș"))
