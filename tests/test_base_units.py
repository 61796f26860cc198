"""Measures are compared in one unit per dimension (reconcile/baseunits.py, rules/units.yml
`base`): "o lungime de 1.974 de metri" and "o lungime de aproape 2 kilometri" are one length said
loosely, "2,5 kilometri" another. The report still shows each value as written; the finding's
message gives both in the base unit. Case: tests/articles/anydomain/unitati-masura."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from claimcheck.cli import app
from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "unitati-masura")


def test_metres_and_kilometres_of_one_length_meet(moded):
    _, r = moded
    metres, km = claim_by_text(r, "a", "1.974 de metri"), claim_by_text(r, "b", "aproape 2 kilometri")
    assert (metres.value.unit, km.value.unit) == ("m", "km")  # as written
    [f] = findings_between(r, metres, km)
    assert (f.rule, f.severity) == ("quantity-imprecise", "warning")


def test_a_length_in_kilometres_against_one_in_metres_is_a_conflict(moded):
    _, r = moded
    [f] = findings_between(r, claim_by_text(r, "a", "1.974 de metri"), claim_by_text(r, "c", "2,5 kilometri"))
    assert (f.rule, f.severity) == ("quantity-conflict", "error")
    assert "(exact 2500 m)" in f.message and "(exact 1974 m)" in f.message


def test_explain_reads_the_pair_in_one_unit(moded, tmp_path):
    # `claimcheck explain` scores the pair as the reconcilers read it: metres against kilometres
    # is one length (no concept veto "m vs km")
    mode, r = moded
    [f] = findings_between(r, claim_by_text(r, "a", "1.974 de metri"), claim_by_text(r, "c", "2,5 kilometri"))
    out = CliRunner().invoke(app, ["explain", f.id[:10], str(ARTICLES / "anydomain" / "unitati-masura"),
                                   "--model", mode, "-f", "json"])
    assert out.exit_code == 0, out.stderr
    e = json.loads(out.stdout)
    assert e["same_fact"] is True and not any(x["veto"] for x in e["fields"])
