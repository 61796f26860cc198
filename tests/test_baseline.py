"""Baselines: accepted findings stay hidden while the articles are edited elsewhere, come back
when the disputed words change, and the files are written atomically and checked on reading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.store.baseline import BaselineError, apply_baseline, create_baseline, load_baseline, write_baseline
from claimcheck.model import Article, Claim, Finding, Value, stable_id
from claimcheck.read.corpus import read_corpus

TEXT_A = (" date 2025-09-03 Trupe nord-coreene în Rusia\n\n"
          "Potrivit serviciilor sud-coreene, Phenianul a trimis 15.000 de militari în regiunea Kursk.\n"
          "Summitul de la Beijing a durat două ore și jumătate.\n")
TEXT_B = (" date 2025-09-04 Kim și Putin la Beijing\n\n"
          "Surse ucrainene estimează că circa 11.000-12.000 de militari nord-coreeni au ajuns în Rusia.\n"
          "Întâlnirea a durat peste două ore.\n")
NEW_PARAGRAPH = "Liderul chinez a găzduit parada militară de miercuri, la care au participat zeci de lideri.\n"


def read(folder: Path, name: str, text: str) -> Article:
    p = folder / name
    p.write_text(text, encoding="utf-8")
    corpus = read_corpus([p])
    assert len(corpus.articles) == 1, corpus.problems
    return corpus.articles[0]


def claim(a: Article, words: str, value: Value, nth: int = 0) -> Claim:
    start = -1
    for _ in range(nth + 1):
        start = a.text.index(words, start + 1)
    return a.claim("quantity", start, start + len(words), value=value, id_key=value.unit)


def findings_for(a: Article, b: Article) -> tuple[list[Finding], list[Claim]]:
    """The findings the reconciler makes for these two articles (ids built as it builds them)."""
    troops_a = claim(a, "15.000 de militari", Value(15000.0, 15000.0, "militar"))
    troops_b = claim(b, "circa 11.000-12.000 de militari", Value(11000.0, 12000.0, "militar", "range"))
    time_a = claim(a, "două ore și jumătate", Value(9000.0, 9000.0, "s"))
    time_b = claim(b, "peste două ore", Value(7200.0, None, "s", "more_than"))
    findings = [
        Finding(stable_id("quantity-conflict", troops_a.id, troops_b.id), "quantity-conflict", "error",
                stable_id("group", troops_a.id, troops_b.id), (troops_a.id, troops_b.id),
                f"{a.id} says 15.000 de militari; {b.id} says circa 11.000-12.000 de militari: disjoint"),
        Finding(stable_id("quantity-imprecise", time_a.id, time_b.id), "quantity-imprecise", "warning",
                stable_id("group", time_a.id, time_b.id), (time_a.id, time_b.id),
                f"{a.id} says două ore și jumătate; {b.id} says peste două ore: less precise"),
    ]
    return findings, [troops_a, troops_b, time_a, time_b]


def test_baseline_survives_edits_elsewhere_and_reports_stale_entries(tmp_path):
    a, b = read(tmp_path, "a.txt", TEXT_A), read(tmp_path, "b.txt", TEXT_B)
    findings, claims = findings_for(a, b)
    path = tmp_path / ".claimcheck-baseline.json"
    write_baseline(path, create_baseline(findings, claims))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert [(e["rule"], e["articles"]) for e in data["findings"]] == [
        ("quantity-conflict", ["a", "b"]), ("quantity-imprecise", ["a", "b"])]
    assert data["findings"][0]["message"] == findings[0].message
    accepted = load_baseline(path)
    assert len(accepted) == 2
    assert apply_baseline(findings, accepted, claims) == ([], [])

    # A paragraph added above the claims moves every offset and line: the finding ids change,
    # the baseline still recognises both findings.
    edited = read(tmp_path, "a.txt", TEXT_A.replace("\n\n", "\n\n" + NEW_PARAGRAPH, 1))
    moved, moved_claims = findings_for(edited, b)
    assert {f.id for f in moved}.isdisjoint(f.id for f in findings)
    assert moved_claims[0].line == claims[0].line + 1
    assert apply_baseline(moved, accepted, moved_claims) == ([], [])

    # New words in dispute: the troops finding is new again and its old entry is stale.
    changed = read(tmp_path, "a.txt", TEXT_A.replace("15.000", "16.000"))
    troops = claim(changed, "16.000 de militari", Value(16000.0, 16000.0, "militar"))
    old_troops_b, time_a, time_b = claims[1], claim(changed, "două ore și jumătate", Value(9000.0, 9000.0, "s")), claims[3]
    new_findings = [
        Finding(stable_id("quantity-conflict", troops.id, old_troops_b.id), "quantity-conflict", "error", "g",
                (troops.id, old_troops_b.id), "a says 16.000 de militari; b says circa 11.000-12.000: disjoint"),
        Finding(stable_id("quantity-imprecise", time_a.id, time_b.id), "quantity-imprecise", "warning", "g2",
                (time_a.id, time_b.id), "less precise"),
    ]
    kept, stale = apply_baseline(new_findings, accepted, [troops, old_troops_b, time_a, time_b])
    assert kept == new_findings[:1]
    assert stale == [data["findings"][0]["id"]]


def test_the_same_words_disputed_twice_make_one_entry(tmp_path):
    twice = TEXT_A + "Analiștii repetă că 15.000 de militari înseamnă o escaladare.\n"
    a, b = read(tmp_path, "a.txt", twice), read(tmp_path, "b.txt", TEXT_B)
    first = claim(a, "15.000 de militari", Value(15000.0, 15000.0, "militar"), nth=0)
    second = claim(a, "15.000 de militari", Value(15000.0, 15000.0, "militar"), nth=1)
    other = claim(b, "circa 11.000-12.000 de militari", Value(11000.0, 12000.0, "militar", "range"))
    assert first.id != second.id
    fs = [Finding(stable_id("quantity-conflict", c.id, other.id), "quantity-conflict", "error", "g", (c.id, other.id),
                  "disjoint") for c in (first, second)]
    data = create_baseline(fs, [first, second, other])
    assert len(data["findings"]) == 1
    assert apply_baseline(fs, {data["findings"][0]["id"]}, [first, second, other]) == ([], [])


def test_writing_is_atomic(tmp_path):
    path = tmp_path / "baseline.json"
    write_baseline(path, {"version": 1, "findings": [{"id": "abc", "rule": "quote-variant", "articles": ["a"],
                                                      "message": "„Vom lupta” / „Vom continua lupta”"}]})
    before = path.read_bytes()
    assert "„Vom lupta”" in before.decode("utf-8")  # readable Romanian, not \\u escapes
    with pytest.raises(TypeError):
        write_baseline(path, {"version": 1, "findings": [{"id": {"not", "json"}}]})
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baseline.json"]  # no temp file left


@pytest.mark.parametrize("content, message", [
    (None, "no such baseline file"),
    ("{nu este json", "not valid JSON"),
    ('["abc"]', "not a claimcheck baseline"),
    ('{"version": 2, "findings": []}', "version 2 is not supported"),
    ('{"version": 1, "findings": {"id": "abc"}}', "must be a list"),
    ('{"version": 1, "findings": [{"id": "abc"}, {"rule": "quantity-conflict"}]}', r"findings\[1\] has no \"id\""),
])
def test_bad_baseline_files_are_named(tmp_path, content, message):
    path = tmp_path / "baseline.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError, match=message) as err:
        load_baseline(path)
    assert str(err.value).startswith(str(path))
