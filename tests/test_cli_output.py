"""Output users share and rule selection (issue 12, items 5, 7 and 15): SARIF's project link, CSV
for spreadsheets, --select/--ignore, `off` severities and inline suppressions."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

from conftest import ARTICLES, SEEDS

CONTRADICTS = ARTICLES / "check" / "contradicts.txt"


def run(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


# --- 5: SARIF points to this project ---------------------------------------------------------------

def test_sarif_information_uri_is_this_projects_repository():
    import tomllib

    from conftest import ROOT

    r = run("check", str(CONTRADICTS), "--against", str(SEEDS), "--model", "blank", "-f", "sarif")
    driver = json.loads(r.stdout)["runs"][0]["tool"]["driver"]
    home = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["urls"]["Homepage"]
    assert driver["informationUri"] == home and "pypi.org" not in home


# --- 7: CSV for spreadsheets -----------------------------------------------------------------------

def test_csv_opens_in_excel_and_names_articles_and_sides(tmp_path):
    out = tmp_path / "f.csv"
    r = run("check", str(CONTRADICTS), "--against", str(SEEDS), "--model", "blank", "-f", "csv", "-o", str(out))
    assert r.exit_code == 1, r.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows
    for key in ("a_title", "a_path", "a_sentence", "a_speaker", "a_source", "a_role", "b_role"):
        assert key in rows[0]
    row = rows[0]
    assert {row["a_role"], row["b_role"]} == {"new", "corpus"}
    new_side = "a" if row["a_role"] == "new" else "b"
    assert row[f"{new_side}_article"] == "contradicts" and row[f"{new_side}_path"].endswith("contradicts.txt")
    assert row[f"{new_side}_title"].startswith("Coreea de Nord a trimis") and row[f"{new_side}_sentence"]
    assert "ș" in raw.decode("utf-8-sig") or "ț" in raw.decode("utf-8-sig")


def test_report_csv_leaves_the_role_empty():
    r = run("report", str(SEEDS), "--model", "blank", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout.removeprefix("\ufeff"), newline="")))
    assert rows and all(row["a_role"] == "" == row["b_role"] for row in rows)


def test_extract_gives_claims_as_csv():
    r = run("extract", str(SEEDS / "002_39816f37140de1bd.txt"), "--model", "blank", "-f", "csv")
    assert r.exit_code == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout.removeprefix("\ufeff"), newline="")))
    assert rows and {"claim", "article", "title", "kind", "line", "text", "low", "high", "speaker", "source"} <= set(rows[0])
    hit = [row for row in rows if row["text"] == "circa 11.000-12.000 de soldați"]
    assert hit and hit[0]["low"] == "11000" and hit[0]["high"] == "12000" and hit[0]["title"]


# --- 15: rule selection ----------------------------------------------------------------------------

def _rules(r) -> set[str]:
    assert r.exit_code in (0, 1), r.stderr
    return {f["rule"] for f in json.loads(r.stdout)["findings"]}


def test_select_and_ignore():
    every = _rules(run("report", str(SEEDS), "--model", "blank", "-f", "json"))
    assert {"quantity-conflict", "quote-variant"} <= every
    assert _rules(run("report", str(SEEDS), "--model", "blank", "-f", "json", "--select", "quantity-conflict")) == \
        {"quantity-conflict"}
    assert _rules(run("report", str(SEEDS), "--model", "blank", "-f", "json",
                      "--ignore", "quote-variant,quantity-conflict")) == every - {"quote-variant", "quantity-conflict"}
    r = run("report", str(SEEDS), "--model", "blank", "--ignore", "quantity-conflit")
    assert r.exit_code == 2 and "quantity-conflit" in r.stderr and "quantity-conflict" in r.stderr


def test_config_select_ignore_and_off(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claimcheck.toml").write_text('[severities]\nquote-variant = "off"\n')
    rules = _rules(run("report", str(SEEDS), "--model", "blank", "-f", "json"))
    assert "quote-variant" not in rules and "quantity-conflict" in rules
    (tmp_path / "claimcheck.toml").write_text('ignore = ["quantity-conflict"]\n')
    assert "quantity-conflict" not in _rules(run("report", str(SEEDS), "--model", "blank", "-f", "json"))
    (tmp_path / "claimcheck.toml").write_text('select = ["quote-variant"]\n')
    assert _rules(run("report", str(SEEDS), "--model", "blank", "-f", "json")) == {"quote-variant"}
    (tmp_path / "claimcheck.toml").write_text('select = ["nu-exista"]\n')
    r = run("report", str(SEEDS), "--model", "blank")
    assert r.exit_code == 2 and "nu-exista" in r.stderr


def _conflicts_with_002(r) -> list[dict]:
    d = json.loads(r.stdout)
    article = {c["id"]: c["article"] for c in d["claims"]}
    return [f for f in d["findings"] if f["rule"] == "quantity-conflict"
            and any(article[c].startswith("002") for c in f["claims"])]


def test_inline_suppression_in_an_article(tmp_path):
    corpus = tmp_path / "c"
    shutil.copytree(SEEDS, corpus)
    before = run("report", str(corpus), "--model", "blank", "-f", "json")
    assert _conflicts_with_002(before)
    path = corpus / "002_39816f37140de1bd.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    k = next(i for i, ln in enumerate(lines) if "11.000-12.000" in ln)
    # A fact-checker's note on the paragraph: this conflict has been looked at.
    lines.insert(k, "<!-- claimcheck: ignore quantity-conflict -->")
    path.write_text("\n".join(lines), encoding="utf-8")
    after = run("report", str(corpus), "--model", "blank", "-f", "json")
    assert not _conflicts_with_002(after)
    assert _rules(after) >= {"quote-variant"}  # other rules, other paragraphs: still reported
    # Another rule named: the conflict stays.
    path.write_text("\n".join(lines).replace("ignore quantity-conflict", "ignore quote-variant"), encoding="utf-8")
    assert _conflicts_with_002(run("report", str(corpus), "--model", "blank", "-f", "json"))
    # ignore-file: the whole article.
    path.write_text("<!-- claimcheck: ignore-file quantity-conflict -->\n" + "\n".join(lines[:k] + lines[k + 1:]),
                    encoding="utf-8")
    assert not _conflicts_with_002(run("report", str(corpus), "--model", "blank", "-f", "json"))


def test_suppression_scopes():
    from claimcheck.model import Article
    from claimcheck.reconcile.findings import suppressions

    text = ("date 2025-09-03 Titlu\n\nUnu.\n<!-- claimcheck: ignore quantity-conflict, quote-variant -->\n"
            "Doi.\nTrei.\n\nPatru.\n")
    (first, last, rules), = suppressions(Article("a", "a.txt", text, None))
    assert (first, last) == (4, 6) and rules == {"quantity-conflict", "quote-variant"}
    (scope,) = suppressions(Article("a", "a.txt", "Unu <!-- claimcheck: ignore -->\nDoi\n\nTrei\n", None))
    assert scope == (1, 2, frozenset())
