"""A verb that only records a figure ("a fost consemnat un volum de 4.210 de autoturisme noi
înmatriculate") leaves what happened to the counted to the participle after it (frames.
_participle_after, rules/frames.yml participle_endings; "volum" holds a figure without saying
what it is, container_nouns): it is the count that "au fost înmatriculate 4.250 de autoturisme"
gives, and not the cars "radiate". Read from the parse; without one, nothing is compared. On
articles written for these tests (tests/articles/anydomain/participiu-consemnat)."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report


moded = moded_case_report(ARTICLES / "anydomain" / "participiu-consemnat")


def test_a_participle_says_what_a_recorded_count_counts(moded):
    mode, r = moded
    said, other = claim_by_text(r, "a", "4.210"), claim_by_text(r, "b", "4.250")
    for registered in (said, other):
        for removed in (claim_by_text(r, "a", "1.300"), claim_by_text(r, "b", "1.300")):
            assert not findings_between(r, registered, removed)
    if mode == "blank":
        assert not findings_between(r, said, other)  # (no parse: no participle, nothing to compare)
        return
    assert said.frame["predicate"].startswith("inmatricul")
    assert [f.rule for f in findings_between(r, said, other)] == ["quantity-conflict"]
