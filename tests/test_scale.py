"""Findings must not depend on the size of the corpus (issue 14, "a correctness defect at
scale"): k copies of the seeds give the seeds' findings, per distinct pair of values, for every
k up to 50. Before, a block larger than `pairwise_limit` was judged against one representative,
and the seeds' troops conflict and meeting-length warning vanished from k = 40 on.

A finding between two clusters names every claim of both; it is read, as the external scorer
reads it, as linking each pair of its claims whose values differ."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import replace

import pytest

from conftest import ROOT, SEEDS

VALUE_RULES = ("quantity-conflict", "quantity-imprecise", "quantity-update", "date-conflict")


def links(findings, claims, original=lambda article: article) -> set[tuple]:
    """(rule, the two sides) for each pair of claims a finding links, a side being the seed
    article (copies mapped back by `original`), the claim's words and its value."""
    by_id = {c["id"]: c for c in claims}
    out = set()
    for f in findings:
        if f["rule"] not in VALUE_RULES:
            continue
        cs = [by_id[i] for i in f["claims"]]
        for i, x in enumerate(cs):
            for y in cs[i + 1:]:
                if len(cs) == 2 or x["value"] != y["value"]:
                    sides = sorted((original(c["article"]), c["text"], json.dumps(c["value"], sort_keys=True))
                                   for c in (x, y))
                    out.add((f["rule"], *sides))
    return out


def _dicts(report):
    return [c.to_dict() for c in report.claims], [f.to_dict() for f in report.findings]


def test_k_copies_of_the_seeds_give_the_seeds_findings(seeds_report_blank):
    from claimcheck.api import RunSettings
    from claimcheck.reconcile.judge import judge

    claims, findings = _dicts(seeds_report_blank)
    want = links(findings, claims)
    assert {r for r, *_ in want} == {"quantity-conflict", "quantity-imprecise"}  # the headline findings
    want_count = Counter(f["rule"] for f in findings)
    settings = RunSettings(model="blank")
    for k in range(1, 51):
        copies = [replace(c, id=f"{c.id}~{i}", article=f"{c.article}~{i}")
                  for i in range(k) for c in seeds_report_blank.claims]
        _, got = judge(copies, settings)
        got_claims = [c.to_dict() for c in copies]
        got_findings = [f.to_dict() for f in got]
        assert links(got_findings, got_claims, lambda a: a.split("~")[0]) == want, f"k = {k}"
        assert Counter(f["rule"] for f in got_findings) == want_count, f"k = {k}"
        # a finding names every copy of both sides
        for f in got_findings:
            if f["rule"] in VALUE_RULES:
                assert len(f["claims"]) == 2 * k, f"k = {k}: {f['message']}"


def test_50_copies_through_the_command_line(tmp_path, seeds_report_blank):
    corpus = tmp_path / "copies"
    corpus.mkdir()
    k = 50
    for i in range(k):
        for path in sorted(SEEDS.glob("*.txt")):
            shutil.copy(path, corpus / f"c{i:02d}_{path.name}")
    out = subprocess.run([sys.executable, "-m", "claimcheck", "report", str(corpus), "-f", "json", "-q",
                          "--model", "blank"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert out.returncode in (0, 1), out.stderr
    d = json.loads(out.stdout)
    claims, findings = _dicts(seeds_report_blank)
    assert links(d["findings"], d["claims"], lambda a: a[4:]) == links(findings, claims)
    troops = [f for f in d["findings"] if f["rule"] == "quantity-conflict"]
    assert len(troops) == 2 and all(len(f["claims"]) == 2 * k for f in troops)
    assert all(f["message"].startswith("50 articles (c00_") for f in troops)
    assert all(set(f) >= {"id", "rule", "severity", "claims"} for f in d["findings"])
    assert all(set(c) >= {"id", "article", "text", "kind", "speaker"} for c in d["claims"])


@pytest.mark.parametrize("fmt", ["text", "jsonl", "csv", "sarif", "github", "html"])
def test_every_format_renders_a_cluster_finding(tmp_path, fmt):
    corpus = tmp_path / "copies"
    corpus.mkdir()
    for i in range(3):
        for path in sorted(SEEDS.glob("*.txt")):
            shutil.copy(path, corpus / f"c{i}_{path.name}")
    out = subprocess.run([sys.executable, "-m", "claimcheck", "report", str(corpus), "-f", fmt, "-q",
                          "--model", "blank"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert out.returncode in (0, 1), out.stderr
    assert out.stdout.strip()
