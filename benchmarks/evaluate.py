"""`make eval`: score claimcheck's findings against the gold files in tests/gold/findings/.

Each gold file names a corpus and pairs of claims (article-id prefix + a fragment of the claim's
text) under `conflicts`, `imprecise`, `agree` and `apart` (traps that must never share a group or
a finding). Printed per corpus and model:
  conflict precision  conflict findings that are gold conflicts / all conflict findings
  conflict recall     gold conflicts found as conflicts / gold conflicts
  imprecise recall    gold imprecise pairs found as imprecise / gold imprecise pairs
  agree recall        gold agreeing pairs grouped with no finding / gold agreeing pairs
  false pairs         `apart` pairs that share a group or a finding
A gold pair whose claim is not extracted at all counts as missed.

Usage: python benchmarks/evaluate.py [--model ro_legal_fl|blank|both] [GOLD.yml ...]
"""

from __future__ import annotations

import argparse
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import yaml

warnings.filterwarnings("ignore")
ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "findings"


@dataclass
class Score:
    corpus: str
    model: str
    conflict_found: int = 0
    conflict_gold: int = 0
    conflict_reported: int = 0
    conflict_correct: int = 0
    imprecise_found: int = 0
    imprecise_gold: int = 0
    agree_found: int = 0
    agree_gold: int = 0
    false_pairs: int = 0
    apart_gold: int = 0
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def ratio(a: int, b: int) -> str:
        return f"{a}/{b} = {a / b:.2f}" if b else "n/a"


def find_claim(report, prefix: str, fragment: str):
    cands = [c for c in report.claims if c.article.startswith(str(prefix)) and fragment in c.text
             and c.kind in ("quantity", "date")]
    return cands[0] if cands else None


def linked_pairs(finding, by_id) -> list[frozenset]:
    """The pairs of claims a finding links: its two claims, or, for a finding between two
    clusters of claims, each pair of them whose values differ (as the external scorer reads it)."""
    cs = [by_id[i] for i in finding.claims if i in by_id]
    if len(cs) == 2:
        return [frozenset((cs[0].id, cs[1].id))]
    return [frozenset((x.id, y.id)) for i, x in enumerate(cs) for y in cs[i + 1:] if x.value != y.value]


def score(gold_path: Path, model: str) -> Score:
    from claimcheck.api import RunSettings, analyse

    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    report = analyse([ROOT / gold["corpus"]], RunSettings(model=model))
    s = Score(gold_path.stem, model)
    by_id = {c.id: c for c in report.claims}
    pair_findings = {pair: f for f in report.findings for pair in linked_pairs(f, by_id)}
    grouped = [set(g.claims) for g in report.groups]

    def resolve(pair):
        a = find_claim(report, pair[0], pair[1])
        b = find_claim(report, pair[2], pair[3])
        if a is None or b is None:
            s.misses.append(f"not extracted: {pair}")
        return a, b

    gold_conflicts = set()
    for pair in gold.get("conflicts", []):
        s.conflict_gold += 1
        a, b = resolve(pair)
        if a and b:
            gold_conflicts.add(frozenset((a.id, b.id)))
            f = pair_findings.get(frozenset((a.id, b.id)))
            if f and f.rule.endswith("conflict"):
                s.conflict_found += 1
            else:
                s.misses.append(f"conflict not found: {pair}")
    for f in report.findings:
        if f.rule in ("quantity-conflict", "date-conflict"):
            for pair in linked_pairs(f, by_id):  # a finding between two clusters: each pair it links
                s.conflict_reported += 1
                if pair in gold_conflicts:
                    s.conflict_correct += 1
                else:
                    s.misses.append(f"extra conflict: {f.message}")
    for pair in gold.get("imprecise", []):
        s.imprecise_gold += 1
        a, b = resolve(pair)
        f = pair_findings.get(frozenset((a.id, b.id))) if a and b else None
        if f and f.rule == "quantity-imprecise":
            s.imprecise_found += 1
        else:
            s.misses.append(f"imprecise not found: {pair}")
    for pair in gold.get("agree", []):
        s.agree_gold += 1
        a, b = resolve(pair)
        if a and b and any({a.id, b.id} <= g for g in grouped) and frozenset((a.id, b.id)) not in pair_findings:
            s.agree_found += 1
        else:
            s.misses.append(f"agreement not grouped: {pair}")
    for pair in gold.get("apart", []):
        s.apart_gold += 1
        a = find_claim(report, pair[0], pair[1])
        b = find_claim(report, pair[2], pair[3])
        if a and b and (frozenset((a.id, b.id)) in pair_findings or any({a.id, b.id} <= g for g in grouped)):
            s.false_pairs += 1
            s.misses.append(f"false pair: {pair}")
    return s


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="*", type=Path)
    ap.add_argument("--model", default="both")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    files = args.gold or sorted(GOLD.glob("*.yml"))
    models = ["ro_legal_fl", "blank"] if args.model == "both" else [args.model]
    from rich.console import Console
    from rich.table import Table

    table = Table(title="claimcheck against the gold findings")
    for col in ("corpus", "model", "conflict precision", "conflict recall", "imprecise recall", "agree recall",
                "false pairs"):
        table.add_column(col)
    scores = [score(f, m) for m in models for f in files]
    for s in scores:
        table.add_row(s.corpus, s.model, Score.ratio(s.conflict_correct, s.conflict_reported),
                      Score.ratio(s.conflict_found, s.conflict_gold), Score.ratio(s.imprecise_found, s.imprecise_gold),
                      Score.ratio(s.agree_found, s.agree_gold), f"{s.false_pairs}/{s.apart_gold}")
    for m in models:
        ms = [s for s in scores if s.model == m]
        table.add_row("ALL", m, Score.ratio(sum(s.conflict_correct for s in ms), sum(s.conflict_reported for s in ms)),
                      Score.ratio(sum(s.conflict_found for s in ms), sum(s.conflict_gold for s in ms)),
                      Score.ratio(sum(s.imprecise_found for s in ms), sum(s.imprecise_gold for s in ms)),
                      Score.ratio(sum(s.agree_found for s in ms), sum(s.agree_gold for s in ms)),
                      f"{sum(s.false_pairs for s in ms)}/{sum(s.apart_gold for s in ms)}", style="bold")
    con = Console(width=150)
    con.print(table)
    if args.verbose:
        for s in scores:
            for m in s.misses:
                con.print(f"  {s.corpus} [{s.model}]: {m}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
