"""A report that says it gives the final, corrected figures ("Rezultatele finale …, publicate după
soluționarea contestațiilor"), published after one that does not: a different figure in the
earlier report is the count before its correction, a warning (quantity-partial), not an error
accusing the earlier outlet (reconcile/pairs._final_later, rules/frames.yml final_article_markers).
The same two figures without the final words, or with the "final" report published first, stay
a conflict. Case: tests/articles/anydomain/rezultate-finale."""

from __future__ import annotations

import shutil

import pytest

from conftest import ARTICLES, analyse_case, claim_by_text, findings_between

CASE = ARTICLES / "anydomain" / "rezultate-finale"
MODELS = ["ro_legal_fl", "blank"]


def _pair(report):
    # (the pass rate: its subject is read in both modes; the count of 10s is told apart only with the parse)
    return claim_by_text(report, "a", "83,1%"), claim_by_text(report, "b", "83,2%")


def _variant(tmp_path, b_text: str):
    folder = tmp_path / "caz"
    folder.mkdir()
    shutil.copy(CASE / "a.txt", folder / "a.txt")
    (folder / "b.txt").write_text(b_text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("model", MODELS)
def test_a_later_report_of_final_figures_makes_the_earlier_count_partial(model):
    r = analyse_case(CASE, model)
    a, b = _pair(r)
    assert b.frame.get("final") and not a.frame.get("final")
    [f] = findings_between(r, a, b)
    assert (f.rule, f.severity) == ("quantity-partial", "warning")
    if model == "ro_legal_fl":
        tens = claim_by_text(r, "a", "474 de elevi", kind="quantity"), claim_by_text(r, "b", "489 de elevi", kind="quantity")
        assert [(f.rule, f.severity) for f in findings_between(r, *tens)] == [("quantity-partial", "warning")]


@pytest.mark.parametrize("model", MODELS)
def test_without_the_final_words_the_two_counts_conflict(model, tmp_path):
    text = (CASE / "b.txt").read_text(encoding="utf-8")
    plain = text.replace("Rezultatele finale ale Evaluării Naționale", "Evaluarea Națională") \
        .replace("Rezultatele finale, publicate după soluționarea contestațiilor, arată", "Datele ministerului arată")
    assert "final" not in plain and "contesta" not in plain
    r = analyse_case(_variant(tmp_path, plain), model)
    a, b = _pair(r)
    assert not b.frame.get("final")
    [f] = findings_between(r, a, b)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")


@pytest.mark.parametrize("model", MODELS)
def test_final_figures_published_first_do_not_excuse_a_later_report(model, tmp_path):
    text = (CASE / "b.txt").read_text(encoding="utf-8").replace("date 2025-07-10", "date 2025-07-01", 1)
    r = analyse_case(_variant(tmp_path, text), model)
    a, b = _pair(r)
    assert b.frame.get("final")
    [f] = findings_between(r, a, b)
    assert (f.rule, f.severity) == ("quantity-conflict", "error")


@pytest.mark.parametrize("model", MODELS)
def test_final_figures_announced_for_later_are_not_final(model, tmp_path):
    # "Rezultatele finale vor fi publicate pe 10 iulie": the early report says its own are not
    # final; the later, final report still makes its figure the corrected one.
    folder = tmp_path / "caz"
    folder.mkdir()
    early = (CASE / "a.txt").read_text(encoding="utf-8") + "\nRezultatele finale vor fi publicate pe 10 iulie.\n"
    (folder / "a.txt").write_text(early, encoding="utf-8")
    shutil.copy(CASE / "b.txt", folder / "b.txt")
    r = analyse_case(folder, model)
    a, b = _pair(r)
    assert not a.frame.get("final") and b.frame.get("final")
    [f] = findings_between(r, a, b)
    assert (f.rule, f.severity) == ("quantity-partial", "warning")
