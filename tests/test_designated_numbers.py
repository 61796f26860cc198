"""A figure right after the noun it names is on that noun's scale, not a count.

"iar 489 au obținut nota 10." ended in a bare "10" followed by a full stop, which was read as an
elliptic count of the pupils just counted (10 pupils), and "note mai mari de 5" as "more than 5
pupils". A count comes before its noun in Romanian; a number after a noun designates ("nota 10",
"locul 3") or bounds ("note mai mari de 5") a value of it. With the parse the figure hangs on
that noun; without one, the word before is a lower-case content word that is no participle
("au murit 5" stays an elliptic count), and the noun takes its article: "iar în autoturism doi"
is two people in the car (tests/test_people_in_vehicles.py). The elliptic "489 au obținut" is kept.
Case: tests/articles/anydomain/nota-zece (an article of our own)."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

grades = moded_case_report(ARTICLES / "anydomain" / "nota-zece", "grades")


def test_a_grade_is_no_count_of_pupils(grades):
    _, r = grades
    pupils = [c for c in r.claims if c.kind == "quantity" and c.frame.get("quantity") == "count"]
    assert sorted(c.value.low for c in pupils if c.article == "a") == [489, 976, 131999]
    assert sorted(c.value.low for c in pupils if c.article == "b") == [474, 919, 131849]


def test_the_elliptic_count_before_a_grade_is_kept(grades):
    _, r = grades
    c = claim_by_text(r, "a", "489")
    assert c.frame["noun_from"] == "ellipsis"


def test_counts_of_one_subject_still_conflict(grades):
    _, r = grades
    a, b = claim_by_text(r, "a", "976 de elevi"), claim_by_text(r, "b", "919 elevi")
    [f] = findings_between(r, a, b)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
