"""What was asked is never what was decided, and "de la" makes an anniversary only right after
its figure. "Procurorii au cerut peste 12 ani de închisoare", "familia a solicitat o pedeapsă de
20 de ani" are demands (rules/events.yml offer, modal): never paired with the sentence, even one
said in the future ("va rămâne definitiv cu pedeapsa de 8 ani", matching._event). "La doi ani de
la accident" is a span since a happening (rules/concepts.yml anniversary, right_after), and
"condamnat … la 8 ani de închisoare" in the same sentence is not one. On articles written for
these tests (tests/articles/anydomain/pedeapsa-ceruta)."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report


moded = moded_case_report(ARTICLES / "anydomain" / "pedeapsa-ceruta")


def test_a_demand_never_meets_the_sentence(moded):
    mode, r = moded
    asked, sentence = claim_by_text(r, "a", "peste 12 ani"), claim_by_text(r, "b", "8 ani", index=1)
    assert asked.frame["event"] == "offer" and sentence.frame.get("mood") == "planned"
    named = {i for f in r.findings for i in f.claims}
    assert asked.id not in named and claim_by_text(r, "a", "20 de ani").id not in named
    if mode == "ro_legal_fl":
        decided, other = claim_by_text(r, "a", "8 ani"), claim_by_text(r, "c", "9 ani")
        assert [f.rule for f in findings_between(r, decided, other)] == ["quantity-conflict"]
        assert len(r.findings) == 1


def test_an_anniversary_is_read_right_after_its_figure(moded):
    _, r = moded
    since, sentence = claim_by_text(r, "a", "doi ani"), claim_by_text(r, "a", "8 ani")
    assert since.concept == "anniversary" and sentence.concept != "anniversary"
    # "8 ani de închisoare pentru accidentul de la Constanța" (b's title): a "de la" further on
    titled = claim_by_text(r, "b", "8 ani", index=0)
    assert titled.line == 1 and titled.concept != "anniversary"
    assert not findings_between(r, since, titled)
