"""Two loose figures and a condition said after a figure.

- "aproximativ 1.000 de metri" and "aproximativ 930 de metri" of one depth: both loose, but given
  to the thousand and to the ten; the rounder one is the less precise (a warning), where two
  loose figures of one precision within the tolerance still agree. Case: adancime-aprox.
- "se ridică la 592,8 puncte, iar astfel de exemplare pot fi vândute cu sume de până la 20.000 de
  euro": an amount after the figure is no bracket of a scale the figure is given for (a
  condition stands before what it conditions), so the score is compared, and the sale's price is
  a claim of its own. Case: trofeu-vanzare.
- "peste 80.000 de euro" and "peste 83.700 de euro" of one fund: one bound cut to the ten
  thousand, within half the tolerance (a warning); "peste 3.000 de firme" and "peste 2.900 de firme"
  are two true bounds (no rounding of 2.900 down gives 3.000), and so are "peste 220 de case" and
  "peste 200 de case" (9% apart). Case: praguri-strans."""

from __future__ import annotations

from conftest import ARTICLES, case_report, claim_by_text, severities_between

depth = case_report(ARTICLES / "anydomain" / "adancime-aprox", name="depth")
trophy = case_report(ARTICLES / "anydomain" / "trofeu-vanzare", name="trophy")
bounds = case_report(ARTICLES / "anydomain" / "praguri-strans", name="bounds")


def test_the_rounder_of_two_loose_figures_is_the_less_precise(depth):
    r = depth
    assert severities_between(r, claim_by_text(r, "a", "1.000 de metri"), claim_by_text(r, "b", "930 de metri")) \
        == ["warning"]


def test_an_amount_after_a_figure_is_no_bracket_of_it(trophy):
    r = trophy
    score = claim_by_text(r, "a", "592,8 puncte")
    assert "bracket" not in score.frame
    assert claim_by_text(r, "a", "20.000 de euro").value.high == 20_000
    assert severities_between(r, score, claim_by_text(r, "b", "589 de puncte")) == ["error"]


def test_a_bound_cut_to_fewer_digits_is_imprecise(bounds):
    r = bounds
    assert severities_between(r, claim_by_text(r, "a", "80.000"), claim_by_text(r, "b", "83.700")) \
        == ["warning"]
    assert severities_between(r, claim_by_text(r, "a", "3.000 de firme"), claim_by_text(r, "b", "2.900 de firme")) == []
    assert severities_between(r, claim_by_text(r, "a", "220 de case"), claim_by_text(r, "b", "200 de case")) == []
