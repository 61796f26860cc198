"""A bound said with "mai mari sau egale cu" ("medii mai mari sau egale cu 5", "note mai mici sau
egale cu 9") is a qualifier (rules/qualifiers.yml at_least, at_most): the figure after it is a
grade on the noun's scale, never an elliptic count of the pupils said before it ("126.495 de
elevi … au obținut medii mai mari sau egale cu 5" had given a count of 5 pupils, which a "5 elevi
au fost eliminați" of another outlet could meet). Case: tests/articles/anydomain/note-prag."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "note-prag")


def test_a_grade_after_a_bound_is_no_count_of_pupils(moded):
    _, r = moded
    counts = [c for c in r.claims if c.kind == "quantity" and c.frame.get("quantity") == "count"]
    assert {(c.article, c.value.low) for c in counts if c.value.low in (5, 9)} == {("b", 5)}
    # the pupils after "iar" are still counted: "iar 489 au obținut nota 10"
    assert claim_by_text(r, "a", "489").value.low == 489
    five = claim_by_text(r, "b", "5 elevi")
    assert not [f for f in r.findings if five.id in f.claims]
