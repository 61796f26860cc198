"""Without a parse, a name joined by "cu" to the common noun before it is that noun's complement,
never whose a figure is: "nouă copii au fost diagnosticați cu infecție cu Klebsiella pneumoniae,
dintre care patru au murit" (the bacterium owns no deaths; as an owner it kept the count from
every other outlet's count of the dead). With the parse, `owners._complement_of` reads the same
from the tree. Case: tests/articles/anydomain/bacterie-nume."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "bacterie-nume")


def test_a_name_after_cu_and_a_noun_owns_no_figure(moded):
    _, r = moded
    dead = claim_by_text(r, "a", "patru")
    assert dead.frame.get("owner") is None
    assert dead.frame.get("event") == "die"


def test_the_deaths_meet_another_outlet_s_count(moded):
    _, r = moded
    [f] = findings_between(r, claim_by_text(r, "a", "patru"), claim_by_text(r, "b", "Trei copii"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
