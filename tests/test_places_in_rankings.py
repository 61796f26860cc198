"""A place in a ranking said with a verb of standing.

"România a cucerit șase medalii …, clasându-se pe locul 3 în ierarhia pe medalii" and "România a
terminat pe locul al 4-lea în clasamentul general pe medalii": a place after "pe locul" (in
digits, "al N-lea", words, or "pe primul loc") is read when a verb of standing is in its sentence
(rules/numbers.yml `rank_verbs`), and is the place of its clause's subject, or of the name right
before it ("iar Olanda pe locul 2"), a country included (extract/owners.rank_owner). The words
after it name the ranking, less those that only say it is one ("în clasamentul general";
`rank_filler`). Nobody's place is no claim ("Delegația noastră a terminat pe locul 3"), nor is a
place with no verb of standing ("pe locul 3 din sală": a seat).
Case: tests/articles/anydomain/loc-clasare (articles of our own)."""

from __future__ import annotations

from claimcheck.scan.numbers import scan

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

ranks = moded_case_report(ARTICLES / "anydomain" / "loc-clasare", "ranks")


def test_places_with_a_verb_are_read_and_others_are_not():
    [m] = [x for x in scan("România a terminat pe locul al 4-lea în clasamentul general pe medalii.") if x.kind == "rank"]
    assert (m.value.low, m.attrs["ranking"]) == (4, "medalii")
    assert [x for x in scan("Spectatorul a stat pe locul 3 din sală.") if x.kind == "rank"] == []
    # a place in words, cardinal or ordinal (rules/numbers.yml rank_place_words)
    for text, place in (("Pe locul al doilea s-a clasat Nicușor Dan.", 2), ("România s-a clasat pe locul trei.", 3)):
        [m] = [x for x in scan(text) if x.kind == "rank"]
        assert m.value.low == place


def test_one_countrys_two_places_conflict_with_the_parse(ranks):
    model, r = ranks
    b2 = claim_by_text(r, "b", "pe locul 2")
    assert b2.frame["owner"] == "olanda"
    if model == "ro_legal_fl":
        a, b = claim_by_text(r, "a", "pe locul 3"), claim_by_text(r, "b", "pe locul al 4-lea")
        assert a.frame["owner"] == b.frame["owner"] == "romania"
        [f] = findings_between(r, a, b)
        assert (f.rule, f.severity) == ("quantity-conflict", "error")
        # China first in both: no finding; Olanda's second place is another's
        assert findings_between(r, claim_by_text(r, "a", "Pe primul loc"), b2) == []
    else:
        # (without a parse only a name right before the place owns it; "România" opens its
        # sentence, far from it, and a nearer capital, "Mondiale", is no owner)
        assert not any(c.kind == "quantity" and c.value.unit == "rank" and c.article == "a" for c in r.claims)
