"""The JSON report on the seeds, in both model modes, is the one saved in tests/gold/report/
before issue 10's restructuring: moving code must not change a claim, a group or a finding.

The saved copies hold no absolute path or timestamp (paths are relative to the checkout, which is
the working directory here). When a change is meant to alter the report, regenerate them with
`claimcheck report seeds/ -f json [--model blank]` from the checkout and say why in the commit."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT

GOLD = ROOT / "tests" / "gold" / "report"


def _report(*args: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "claimcheck", "report", "seeds/", "-f", "json", *args],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return json.loads(out)


@pytest.mark.parametrize("mode", [pytest.param("model", marks=pytest.mark.model), "blank"])
def test_seed_report_is_unchanged(mode):
    want = json.loads((GOLD / f"seeds-{mode}.json").read_text(encoding="utf-8"))
    got = _report(*(["--model", "blank"] if mode == "blank" else []))
    for key in ("articles", "claims", "groups", "findings"):
        assert got[key] == want[key], f"{key} differ from tests/gold/report/seeds-{mode}.json"
    assert got == want
