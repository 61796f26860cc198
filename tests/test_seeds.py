"""The foundation's promise on the five seed articles, with the real Romanian model:
the named disagreements are found, and the traps are not paired."""

from __future__ import annotations

import pytest

from conftest import claim_by_text, findings_between


def _grouped_together(report, a, b) -> bool:
    return any(a.id in g.claims and b.id in g.claims for g in report.groups)


def _paired(report, a, b) -> bool:
    return bool(findings_between(report, a, b)) or _grouped_together(report, a, b)


@pytest.fixture(scope="module", params=["full", "blank"])
def report(request):
    # Only the variant asked for is built, so the "blank" tests never load the model.
    return request.getfixturevalue("seeds_report" if request.param == "full" else "seeds_report_blank")


def test_troop_numbers_conflict(report):
    k000 = claim_by_text(report, "000", "15.000 de militari")
    k001 = claim_by_text(report, "001", "aproximativ 15.000")
    k002 = claim_by_text(report, "002", "11.000-12.000")
    assert k000.concept == k001.concept == k002.concept == "troops"
    assert (k002.value.low, k002.value.high, k002.value.qualifier) == (11000, 12000, "range")
    assert k001.value.qualifier == "approx"
    for a in (k000, k001):
        [f] = findings_between(report, a, k002)
        assert (f.rule, f.severity) == ("quantity-conflict", "error")
        assert "disjoint" in f.message and a.article in f.message and k002.article in f.message
    # 000 and 001 state the same figure: grouped, no finding between them.
    assert _grouped_together(report, k000, k001) and not findings_between(report, k000, k001)


def test_meeting_length_is_imprecise(report):
    a = claim_by_text(report, "001", "două ore și jumătate")
    b = claim_by_text(report, "003", "mai mult de două ore")
    assert (a.value.low, a.value.high, a.value.unit) == (9000, 9000, "s")
    assert (b.value.low, b.value.high, b.value.qualifier) == (7200, None, "more_than")
    [f] = findings_between(report, a, b)
    assert (f.rule, f.severity) == ("quantity-imprecise", "warning")


def test_traps_are_not_paired(report):
    troops = claim_by_text(report, "000", "15.000 de militari", kind="quantity")
    # Each trap must be there to be tested: a trap whose claim vanished would pass unpaired.
    dead = [c for c in report.claims if c.article.startswith("000") and c.kind == "quantity"
            and c.text.startswith("2.000")]
    assert dead, "the '2.000 dintre ei au murit' claim of 000 is gone"
    for c in dead:
        assert not _paired(report, c, troops), c.text
    drones = claim_by_text(report, "003", "500 de drone", kind="quantity")
    missiles = claim_by_text(report, "004", "50 de astfel de rachete", kind="quantity")
    assert not _paired(report, drones, missiles)
    rule = claim_by_text(report, "001", "14 ani", kind="quantity")
    six = [c for c in report.claims if c.article.startswith("003") and c.kind == "quantity" and "șase ani" in c.text]
    assert six, "the 'în șase ani' claim of 003 is gone"
    for c in six:
        assert not _paired(report, rule, c), c.text


def test_no_other_quantity_errors(report):
    """Precision: on the seeds the only quantity conflicts are the troop numbers."""
    by_id = {c.id: c for c in report.claims}
    for f in report.findings:
        if f.rule == "quantity-conflict":
            assert {by_id[i].concept for i in f.claims} == {"troops"}, f.message
