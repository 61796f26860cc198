"""Being infected is a happening of its own (rules/events.yml `infect`): "șapte nou-născuți … au
fost infectați" does not count the dead of "Patru nou-născuți … au murit", however alike the
nouns and what narrows them ("cu vârsta sub o lună"). Both modes read the verb. Case:
tests/articles/anydomain/infectati-morti."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "infectati-morti")


def test_the_infected_are_not_the_dead(moded):
    _, r = moded
    dead = claim_by_text(r, "a", "Patru nou-născuți", kind="quantity")
    infected = claim_by_text(r, "b", "șapte nou-născuți", kind="quantity")
    assert (dead.frame.get("event"), infected.frame.get("event")) == ("die", "infect")
    assert findings_between(r, dead, infected) == []
