"""The real CLI, through typer's CliRunner and a subprocess: formats, exit codes, bad input,
atomic output, the store, configuration and baselines."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

from conftest import ARTICLES, SEEDS

SCHEMA = Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json"
CONTRADICTS = ARTICLES / "check" / "contradicts.txt"
CONSISTENT = ARTICLES / "check" / "consistent.txt"


def run(*args: str, input: str | None = None):
    # Typer's runner keeps stdout and stderr apart (click 8.2+), as a terminal user sees them.
    return CliRunner().invoke(app, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def json_report():
    r = run("report", str(SEEDS), "-f", "json")
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)


def test_version():
    r = run("--version")
    assert r.exit_code == 0 and r.stdout.startswith("claimcheck ")


@pytest.mark.model  # the command line default model, ro_legal_fl
def test_json_contract(json_report):
    d = json_report
    assert d["version"] == 1 and set(d) == {"version", "articles", "claims", "groups", "findings"}
    assert {a["id"] for a in d["articles"]} == {p.stem for p in SEEDS.glob("*.txt")}
    assert set(d["articles"][0]) == {"id", "path", "date", "title"}
    claim = d["claims"][0]
    for key in ("id", "article", "kind", "text", "start", "end", "line", "column", "sentence", "value", "concept",
                "speaker", "source"):
        assert key in claim
    assert {c["kind"] for c in d["claims"]} >= {"quantity", "date", "quote"}
    assert set(d["groups"][0]) >= {"id", "concept", "claims", "verdict"}
    f = d["findings"][0]
    assert set(f) == {"id", "rule", "severity", "group", "claims", "message"}
    ids = {c["id"] for c in d["claims"]}
    assert all(set(f["claims"]) <= ids for f in d["findings"])


@pytest.mark.model  # the command line default model, ro_legal_fl
def test_offsets_point_into_the_file(json_report):
    quantities = [c for c in json_report["claims"] if c["kind"] == "quantity"]
    assert len(quantities) >= 10, "the seeds' quantity claims are gone: nothing to check offsets on"
    for c in quantities:
        path = next(a["path"] for a in json_report["articles"] if a["id"] == c["article"])
        text = Path(path).read_text(encoding="utf-8")
        assert text[c["start"]:c["end"]] == c["text"]
        line = text.split("\n")[c["line"] - 1]
        assert line[c["column"] - 1:].startswith(c["text"][:10])


@pytest.mark.model  # the command line default model, ro_legal_fl
def test_ids_are_stable_across_runs(json_report):
    again = json.loads(run("report", str(SEEDS), "-f", "json").stdout)
    assert [f["id"] for f in again["findings"]] == [f["id"] for f in json_report["findings"]]


@pytest.mark.model  # the command line default model, ro_legal_fl
def test_text_report_shows_conflict_and_imprecise():
    r = run("report", str(SEEDS))
    assert r.exit_code == 0
    out = r.stdout
    assert "ERROR" in out and "quantity-conflict" in out and "11.000-12.000" in out
    assert "WARNING" in out and "quantity-imprecise" in out and "mai mult de două ore" in out


@pytest.mark.model  # the command line default model, ro_legal_fl
def test_csv_to_file(tmp_path):
    out = tmp_path / "conflicts.csv"
    r = run("report", str(SEEDS), "-f", "csv", "-o", str(out))
    assert r.exit_code == 0 and r.stdout == ""
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    conflict = [row for row in rows if row["rule"] == "quantity-conflict"
                and {row["a_article"][:3], row["b_article"][:3]} == {"000", "002"}]
    assert conflict, rows
    row = conflict[0]
    assert row["severity"] == "error" and row["concept"] == "troops"
    assert row["a_value"] == "exact 15000 militar" and row["b_low"] == "11000" and row["b_high"] == "12000"
    assert int(row["a_line"]) > 1 and row["b_qualifier"] == "range"


def test_fail_on_sets_the_exit_code():
    assert run("report", str(SEEDS), "--model", "blank", "-f", "json", "--fail-on", "error").exit_code == 1
    assert run("report", str(SEEDS), "--model", "blank", "-f", "json").exit_code == 0


@pytest.mark.model  # the command line default model, ro_legal_fl
def test_check_exits_1_on_contradiction_and_0_otherwise():
    bad = run("check", str(CONTRADICTS), "--against", str(SEEDS), "-f", "json")
    assert bad.exit_code == 1, bad.stderr
    d = json.loads(bad.stdout)
    assert d["findings"] and all(
        any(c["article"] == "contradicts" for c in d["claims"] if c["id"] in f["claims"]) for f in d["findings"])
    good = run("check", str(CONSISTENT), "--against", str(SEEDS), "-f", "json")
    assert good.exit_code == 0, good.stdout
    assert run("check", str(CONTRADICTS), "--against", str(SEEDS), "--exit-zero", "-f", "json").exit_code == 0


def test_check_needs_a_corpus():
    r = run("check", str(CONSISTENT))
    assert r.exit_code == 2 and "--against" in r.stderr


@pytest.mark.model  # the command line default model, ro_legal_fl
def test_sarif_is_valid_and_points_into_the_new_article():
    jsonschema = pytest.importorskip("jsonschema")
    r = run("check", str(CONTRADICTS), "--against", str(SEEDS), "-f", "sarif")
    doc = json.loads(r.stdout)
    jsonschema.validate(doc, json.loads(SCHEMA.read_text(encoding="utf-8")))
    run_ = doc["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    rule_ids = {rule["id"] for rule in run_["tool"]["driver"]["rules"]}
    assert {"quantity-conflict", "quantity-imprecise"} <= rule_ids
    res = run_["results"][0]
    assert res["level"] == "error" and res["ruleId"] in rule_ids
    assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("contradicts.txt")
    assert res["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] >= 1


@pytest.mark.model  # the command line default model, ro_legal_fl
def test_github_annotations():
    r = run("check", str(CONTRADICTS), "--against", str(SEEDS), "-f", "github")
    lines = r.stdout.strip().splitlines()
    conflicts = [line for line in lines if "conflict" in line]
    assert conflicts and all(line.startswith("::error file=") for line in conflicts), lines
    assert "contradicts.txt,line=" in lines[0] and ",col=" in lines[0]


def test_parse_needs_no_model(monkeypatch):
    import claimcheck.nlp.pipeline

    monkeypatch.setattr(claimcheck.nlp.pipeline, "load_pipeline", lambda *a, **k: pytest.fail("model loaded"))
    r = run("parse", "circa 11.000-12.000 de soldați")
    assert r.exit_code == 0
    [obj] = [json.loads(line) for line in r.stdout.splitlines()]
    [m] = obj["matches"]
    assert obj["input"] == "circa 11.000-12.000 de soldați"
    assert m["value"]["low"] == 11000 and m["value"]["high"] == 12000 and m["value"]["qualifier"] == "range"
    r = run("parse", "-", "--date", "2025-09-03", input="mai mult de două ore\nîn iunie anul trecut\n")
    objs = [json.loads(line) for line in r.stdout.splitlines()]
    assert [o["input"] for o in objs] == ["mai mult de două ore", "în iunie anul trecut"]
    assert objs[0]["matches"][0]["value"] == {"low": 7200, "high": None, "unit": "s", "qualifier": "more_than"}
    assert objs[1]["matches"][0]["value"]["low"] == "2024-06-01"


# --- bad input: one line on stderr naming the file, exit 2 or a skipped file, never a traceback

def test_missing_file(tmp_path):
    missing = tmp_path / "nu-exista.txt"
    r = run("report", str(missing), "--model", "blank")
    assert r.exit_code == 2
    assert str(missing) in r.stderr and "no such file" in r.stderr and "Traceback" not in r.stderr


def test_not_utf8_named_file_is_an_error_but_the_rest_is_reported(tmp_path):
    bad = tmp_path / "latin2.txt"
    bad.write_bytes("17 iunie 2024\nRomânia a exportat grâu în ţările vecine.".encode("iso-8859-2"))
    r = run("report", str(bad), str(SEEDS), "--model", "blank", "-f", "json")
    assert r.exit_code == 2
    assert f"{bad}: not UTF-8" in r.stderr
    assert len(json.loads(r.stdout)["articles"]) == 5


def test_bad_files_in_a_folder_are_skipped_with_a_warning(tmp_path):
    (tmp_path / "gol.txt").write_text("")
    (tmp_path / "binar.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "bun.txt").write_text((SEEDS / "002_39816f37140de1bd.txt").read_text(encoding="utf-8"), encoding="utf-8")
    r = run("report", str(tmp_path), "--model", "blank", "-f", "json")
    assert r.exit_code == 0
    assert "warning" in r.stderr and "gol.txt: empty" in r.stderr and "binar.txt: binary" in r.stderr
    assert [a["id"] for a in json.loads(r.stdout)["articles"]] == ["bun"]


def test_failed_run_leaves_existing_output_untouched(tmp_path):
    out = tmp_path / "report.json"
    out.write_text("previous report\n")
    r = run("report", str(tmp_path / "lipsa.txt"), "-o", str(out), "--model", "blank", "-f", "json")
    assert r.exit_code == 2
    assert out.read_text() == "previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_bad_date_flag_is_a_usage_error():
    r = run("report", str(SEEDS), "--date", "ieri", "--model", "blank")
    assert r.exit_code == 2 and "--date" in r.stderr and "Traceback" not in r.stderr


def test_missing_model_says_how_to_install():
    r = run("report", str(SEEDS), "--model", "ro_model_care_nu_exista")
    assert r.exit_code == 2 and "pip install" in r.stderr and "Traceback" not in r.stderr


def test_subprocess_entry_point_and_streams(tmp_path):
    """The installed console script: report on stdout, problems on stderr, no colour codes
    when stdout is a pipe."""
    exe = Path(sys.executable).with_name("claimcheck")
    p = subprocess.run([str(exe), "report", str(SEEDS), str(tmp_path / "lipsa.txt"), "--model", "blank"],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 2
    assert "quantity-conflict" in p.stdout and "\x1b[" not in p.stdout
    assert p.stderr.strip().count("\n") == 0 and "lipsa.txt" in p.stderr


# --- store, configuration, baseline

@pytest.mark.model  # the command line default model, ro_legal_fl
def test_same_report_with_and_without_the_store(tmp_path, monkeypatch, json_report):
    db = tmp_path / "cc.db"
    first = run("report", str(SEEDS), "-f", "json", "--db", str(db))
    assert first.exit_code == 0
    assert json.loads(first.stdout) == json_report
    import claimcheck.nlp.pipeline

    # Warm run: nothing changed, so the model must not even be loaded.
    monkeypatch.setattr(claimcheck.nlp.pipeline, "load_pipeline", lambda *a, **k: pytest.fail("model loaded"))
    warm = run("report", str(SEEDS), "-f", "json", "--db", str(db))
    assert warm.exit_code == 0 and json.loads(warm.stdout) == json_report


def test_check_against_the_store(tmp_path):
    db = tmp_path / "cc.db"
    assert run("report", str(SEEDS), "-f", "json", "--db", str(db), "--model", "blank").exit_code == 0
    r = run("check", str(CONTRADICTS), "--db", str(db), "--model", "blank", "-f", "json")
    assert r.exit_code == 1
    import sqlite3

    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    r = run("check", str(CONTRADICTS), "--db", str(db), "--model", "blank", "-f", "json", "--add")
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 6


def test_config_file_sets_defaults_and_flags_win(tmp_path, monkeypatch):
    (tmp_path / "claimcheck.toml").write_text('model = "blank"\nfail-on = "warning"\nformat = "json"\n')
    monkeypatch.chdir(tmp_path)
    r = run("report", str(SEEDS))
    assert r.exit_code == 1 and json.loads(r.stdout)["findings"]
    assert run("report", str(SEEDS), "--fail-on", "never").exit_code == 0
    (tmp_path / "claimcheck.toml").write_text('modle = "blank"\n')
    r = run("report", str(SEEDS))
    assert r.exit_code == 2 and "modle" in r.stderr


def test_baseline_hides_accepted_findings(tmp_path):
    base = tmp_path / "baseline.json"
    r = run("baseline", "create", str(SEEDS), "-o", str(base), "--model", "blank")
    assert r.exit_code == 0 and json.loads(base.read_text())["findings"]
    r = run("report", str(SEEDS), "--model", "blank", "-f", "json", "--baseline", str(base), "--fail-on", "info")
    assert r.exit_code == 0 and json.loads(r.stdout)["findings"] == []


def test_extract_prints_articles_and_claims_only():
    r = run("extract", str(SEEDS / "002_39816f37140de1bd.txt"), "--model", "blank")
    d = json.loads(r.stdout)
    assert r.exit_code == 0 and set(d) == {"version", "articles", "claims"}
    assert any(c["text"] == "circa 11.000-12.000 de soldați" for c in d["claims"])
    r = run("extract", str(SEEDS), "--model", "blank", "-f", "sarif")  # extract prints claims: json, jsonl, csv
    assert r.exit_code == 2 and "json" in r.stderr


def test_jsonl_has_one_typed_object_per_line():
    r = run("report", str(SEEDS), "--model", "blank", "-f", "jsonl")
    objs = [json.loads(line) for line in r.stdout.splitlines()]
    assert {o["type"] for o in objs} == {"article", "claim", "group", "finding"}
    assert sum(o["type"] == "article" for o in objs) == 5


def test_explain_shows_the_field_scores():
    d = json.loads(run("report", str(SEEDS), "--model", "blank", "-f", "json").stdout)
    conflict = next(f for f in d["findings"] if f["rule"] == "quantity-conflict")
    r = run("explain", conflict["id"][:8], str(SEEDS), "--model", "blank", "-f", "json")
    assert r.exit_code == 0, r.stderr
    e = json.loads(r.stdout)
    assert e["finding"]["id"] == conflict["id"] and e["same_fact"] is True
    fields = {f["field"]: f for f in e["fields"]}
    assert set(fields) == {"concept", "subject", "event", "actor", "place", "time"}
    assert fields["concept"]["score"] == 1.0 and not any(f["veto"] for f in e["fields"])
    text = run("explain", conflict["id"], str(SEEDS), "--model", "blank")
    assert "why they were grouped" in text.stdout and "troops" in text.stdout
    missing = run("explain", "ffffffffffff", str(SEEDS), "--model", "blank")
    assert missing.exit_code == 2 and "no finding" in missing.stderr


def test_corrupt_store_is_refused_and_left_untouched(tmp_path):
    db = tmp_path / "cc.db"
    db.write_bytes(b"this is not a SQLite database, but a note someone saved here\n" * 20)
    before = db.read_bytes()
    r = run("report", str(SEEDS), "--db", str(db), "--model", "blank", "-f", "json")
    assert r.exit_code == 2 and str(db) in r.stderr and "Traceback" not in r.stderr
    assert db.read_bytes() == before


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_color_is_honoured(monkeypatch, seeds_report_blank):
    from claimcheck.render.text import render

    import re

    colour = re.compile(r"\x1b\[[0-9;]*?(?:3[0-8]|9[0-7])[;m]")  # SGR foreground colours
    coloured = _Terminal()
    monkeypatch.delenv("NO_COLOR", raising=False)
    render(seeds_report_blank, coloured)
    assert colour.search(coloured.getvalue())
    plain = _Terminal()
    monkeypatch.setenv("NO_COLOR", "1")
    render(seeds_report_blank, plain)
    assert not colour.search(plain.getvalue()) and "quantity-conflict" in plain.getvalue()
