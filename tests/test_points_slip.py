"""A change of a rate given in percent by one outlet and in percentage points by another, with
the same figure, is one change with the wrong unit in one of them: "Rata anuală a inflației a
fost … de 7,9%, în scădere cu 0,3%" against "… la 7,9%, în scădere cu 0,3 puncte procentuale"
(reconcile/points.py, rules/findings/quantity-points.yml). A change of a price in percent by
the same figure is another fact. Without a parse the word window reaches the rate past the
month that times it ("a fost în octombrie de 7,9%", "a coborât în octombrie la 7,9%"), and the
change after it in its sentence measures the same rate. Case:
tests/articles/anydomain/puncte-sau-procente."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, explained_fields, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "puncte-sau-procente")


def test_a_rate_changed_in_percent_and_in_points_is_a_slip(moded):
    _, r = moded
    percent, points = claim_by_text(r, "a", "0,3%"), claim_by_text(r, "b", "0,3 puncte procentuale")
    [f] = findings_between(r, percent, points)
    assert (f.rule, f.severity) == ("quantity-points", "error")
    assert "percentage points" in f.message


def test_a_level_timed_between_its_verb_and_figure_has_the_verb_s_subject(moded):
    _, r = moded
    for article in ("a", "b"):
        assert claim_by_text(r, article, "7,9%").frame.get("subject") == ["rat", "anual", "inflat"]


def test_a_price_changed_by_the_same_figure_is_another_fact(moded):
    _, r = moded
    price = claim_by_text(r, "c", "0,3%")
    assert not [f for f in r.findings if price.id in f.claims]


def test_explain_reads_the_slip_in_one_unit(moded):
    # `claimcheck explain` scores the two changes as the reconciler read them, in one unit: the
    # subject meets and nothing vetoes
    mode, r = moded
    [f] = findings_between(r, claim_by_text(r, "a", "0,3%"), claim_by_text(r, "b", "0,3 puncte procentuale"))
    fields = explained_fields(f.id, ARTICLES / "anydomain" / "puncte-sau-procente", mode)
    assert fields["subject"]["score"] and not any(x["veto"] for x in fields.values())
