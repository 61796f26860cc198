"""Baselines under `check`, filling and refreshing the store, and the store for people (issue 12,
items 13, 14 and 16)."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

from conftest import ARTICLES, SEEDS

CONTRADICTS = ARTICLES / "check" / "contradicts.txt"
CONSISTENT = ARTICLES / "check" / "consistent.txt"


def run(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


# --- 13: check --baseline judges staleness only on what it computed -----------------------------------

def test_check_baseline_reports_no_stale_entries_for_articles_it_did_not_judge(tmp_path):
    base = tmp_path / "baseline.json"
    assert run("baseline", "create", str(SEEDS), "-o", str(base), "--model", "blank").exit_code == 0
    assert json.loads(base.read_text())["findings"]  # the seeds' own findings are accepted
    r = run("check", str(CONSISTENT), "--against", str(SEEDS), "--model", "blank", "-f", "json",
            "--baseline", str(base))
    assert r.exit_code == 0, r.stderr
    assert "no longer occur" not in r.stderr


def test_check_baseline_still_reports_stale_entries_about_the_new_article(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    shutil.copy2(CONTRADICTS, corpus / "contradicts.txt")
    base = tmp_path / "baseline.json"
    assert run("baseline", "create", str(corpus), "-o", str(base), "--model", "blank").exit_code == 0
    # The article is rewritten: its accepted findings no longer occur, and check says so.
    (corpus / "contradicts.txt").write_text("date 2025-09-04 Un alt subiect\n\nNimic de numărat aici.\n",
                                            encoding="utf-8")
    r = run("check", str(corpus / "contradicts.txt"), "--against", str(SEEDS), "--model", "blank", "-f", "json",
            "--baseline", str(base))
    assert "no longer occur" in r.stderr
    stale = int(r.stderr.split("warning: ")[1].split(": ")[1].split()[0])
    accepted = json.loads(base.read_text())["findings"]
    assert stale == sum(1 for e in accepted if "contradicts" in e["articles"])


# --- 14: filling the store, refreshing it on --add, an empty store -----------------------------------

def _count(db, table: str) -> int:
    with sqlite3.connect(db) as con:
        return con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def test_check_add_refreshes_the_stored_findings(tmp_path):
    db = tmp_path / "cc.db"
    assert run("report", str(SEEDS), "--db", str(db), "--model", "blank", "-f", "json").exit_code == 0
    with sqlite3.connect(db) as con:
        before = {r[0] for r in con.execute("SELECT id FROM findings")}
    r = run("check", str(CONTRADICTS), "--db", str(db), "--model", "blank", "-f", "json", "--add")
    assert r.exit_code == 1
    new = {f["id"] for f in json.loads(r.stdout)["findings"]}
    with sqlite3.connect(db) as con:
        after = {r[0] for r in con.execute("SELECT id FROM findings")}
        arts = {r[0] for r in con.execute("SELECT article FROM claims WHERE id IN "
                                          "(SELECT claim_a FROM findings UNION SELECT claim_b FROM findings)")}
    assert new <= after and before <= after and "contradicts" in arts
    # The same as a full report of the stored corpus would store.
    full = tmp_path / "full.db"
    both = tmp_path / "both"
    shutil.copytree(SEEDS, both)
    shutil.copy2(CONTRADICTS, both / "contradicts.txt")
    assert run("report", str(both), "--db", str(full), "--model", "blank", "-f", "json").exit_code == 0
    with sqlite3.connect(full) as con:
        assert {r[0] for r in con.execute("SELECT id FROM findings")} == after


def test_check_against_an_empty_store_says_so(tmp_path):
    db = tmp_path / "empty.db"
    r = run("check", str(CONSISTENT), "--db", str(db), "--model", "blank")
    assert r.exit_code == 2 and "report" in r.stderr and "Traceback" not in r.stderr
    r = run("check", str(CONSISTENT), "--db", str(db), "--model", "blank", "--add", "-f", "json")
    assert r.exit_code == 0, r.stderr
    assert "nothing to compare with" in r.stderr and _count(db, "articles") == 1
    db.unlink()
    import claimcheck.store.store as st

    with st.Store.open(db):
        pass  # a store with no articles
    r = run("check", str(CONSISTENT), "--db", str(db), "--model", "blank")
    assert r.exit_code == 2 and "holds no articles" in r.stderr and "claimcheck report" in r.stderr


# --- 16: foreign keys and views ------------------------------------------------------------------

@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    db = tmp_path_factory.mktemp("store") / "cc.db"
    assert run("report", str(SEEDS), "--db", str(db), "--model", "blank", "-f", "json").exit_code == 0
    return db


def test_findings_have_foreign_keys_to_claims_and_groups(filled):
    with sqlite3.connect(filled) as con:
        fks = {(r[2], r[3]) for r in con.execute("PRAGMA foreign_key_list(findings)")}
        assert fks == {("claims", "claim_a"), ("claims", "claim_b"), ("groups", "group_id")}
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("SELECT count(*) FROM findings").fetchone()[0] > 0


def test_readable_views(filled):
    with sqlite3.connect(filled) as con:
        con.row_factory = sqlite3.Row
        views = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
        assert {"finding_claims", "article_claims", "group_claims"} <= views
        rows = con.execute("SELECT * FROM finding_claims WHERE rule = 'quantity-conflict'").fetchall()
        assert rows
        row = rows[0]
        assert row["a_title"] and row["b_title"] and row["a_text"] and row["b_text"]
        n_findings = con.execute("SELECT count(*) FROM findings").fetchone()[0]
        assert con.execute("SELECT count(*) FROM finding_claims").fetchone()[0] == n_findings
        claim = con.execute("SELECT * FROM article_claims WHERE kind = 'quantity' LIMIT 1").fetchone()
        assert claim["title"] and claim["low"] is not None
        assert con.execute("SELECT count(*) FROM group_claims").fetchone()[0] > 0


def test_a_version_1_store_is_migrated_to_foreign_keys(tmp_path, filled):
    from claimcheck.store import schema as store_schema
    from claimcheck.store.store import Store

    db = tmp_path / "v1.db"
    with sqlite3.connect(db) as con:
        con.execute(store_schema.ARTICLES_V0)
        store_schema._v0_to_v1(con)
        con.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
        con.execute("INSERT INTO findings VALUES ('f', 'quantity-conflict', 'error', 'g', 'x', 'y', 'm')")
    with Store.open(db) as s:
        assert s.findings() == []  # it named claims that do not exist
        version = s.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
        assert int(version) == store_schema.SCHEMA_VERSION
        assert s.db.execute("PRAGMA foreign_key_list(findings)").fetchall()
