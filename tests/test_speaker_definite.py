""""„…”, a punctat tânărul": a speaker written as a singular common noun with the definite
article refers back to the one person the article has named (extract/quotes/people._definite_noun,
_sole_person). With two people named it could be either, and stays as written. The parse says
which words are such nouns, so without it (`--model blank`) the noun stays as written too.
"a punctat", "a zis" and "a detaliat" are speech verbs (rules/speech.yml). Case:
tests/articles/anydomain/vorbitor-definit."""

from __future__ import annotations

from conftest import ARTICLES, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "vorbitor-definit")


def speaker(report, article: str, fragment: str) -> str | None:
    found = [c for c in report.claims if c.kind == "quote" and c.article == article and fragment in (c.quote or "")]
    assert len(found) == 1, [(c.article, c.quote, c.speaker) for c in report.claims if c.kind == "quote"]
    return found[0].speaker


def test_a_definite_noun_is_the_one_person_named(moded):
    mode, r = moded
    want = "Andrei Mureșan" if mode == "ro_legal_fl" else None
    assert speaker(r, "a", "Am lucrat zi de zi") == (want or "tânărul")
    assert speaker(r, "a", "Vreau să studiez fizica") == (want or "elevul")


def test_with_two_people_named_the_noun_stays(moded):
    _, r = moded
    assert speaker(r, "b", "cel mai greu concurs") == "elevul"


def test_more_speech_verbs(moded):
    _, r = moded
    assert speaker(r, "b", "Rata de promovare") == "Mihai Pop"
