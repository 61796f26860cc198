"""The store at archive scale (claimcheck/store/admin.py, schema version 4): claims read by block
give what the per-article cache gives, the look-ups use indexes, stats count what is there, vacuum
gives free pages back, and the views read in plain SQL. Real SQLite files; `--model blank`."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from claimcheck.reconcile.keys import keys_for, scheme
from claimcheck.store import admin as store_admin
from claimcheck.store import keyed
from claimcheck.api import RunSettings as Options, extract, judge, read
from claimcheck.store.store import Store, rules_hash
from claimcheck.store.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture
def filled(tmp_path):
    """A store of 15 articles (the seeds three times, in folders), with its groups and findings."""
    folder = tmp_path / "corpus"
    for k in range(3):
        (folder / f"copy{k}").mkdir(parents=True)
        for p in SEEDS:
            shutil.copy(p, folder / f"copy{k}" / p.name)
    opts = Options(model="blank")
    corpus = read([folder], opts)
    db = tmp_path / "cc.db"
    with Store.open(db) as store:
        claims = extract(corpus.articles, opts, store=store)
        store.save_findings(*judge(claims, opts))
    return db, corpus.articles, claims


def test_claims_read_by_block_are_the_cached_claims(filled):
    db, articles, claims = filled
    version = rules_hash(None)
    changed = replace(articles[1], sha256="0" * 64)  # edited since it was stored
    undated = replace(articles[2], date=None) if articles[2].date else replace(articles[2], date=articles[3].date)
    asked = [articles[0], changed, undated, *articles[3:]]
    with Store.open(db) as store:
        by_block = store_admin.cached_claims(store, asked, "blank", version, block=4)
        for a in asked:
            assert by_block.get(a.id) == store.cached(a, "blank", version)
        assert changed.id not in by_block and undated.id not in by_block and len(by_block) == len(asked) - 2
        assert store_admin.cached_claims(store, articles, "ro_legal_fl", version) == {}  # another model
        assert store_admin.cached_claims(store, articles, "blank", "other") == {}  # other rules
        assert list(store_admin.iter_claims(store, block=7)) == store.claims() != []
        assert list(store_admin.iter_claims(store, model="blank", rules_hash=version, block=3)) == store.claims()
        assert list(store_admin.iter_claims(store, model="x")) == []
    assert sum(len(v) for v in by_block.values()) < len(claims)


def test_the_lookups_use_indexes(filled):
    db, _, _ = filled
    with sqlite3.connect(db) as con:
        def plan(sql: str, *args) -> str:
            return " ".join(r[-1] for r in con.execute("EXPLAIN QUERY PLAN " + sql, args))

        cached = plan("SELECT id, sha256, date, body_start, model, rules_hash FROM articles WHERE id IN (?, ?)", "a", "b")
        assert "sqlite_autoindex_articles_1" in cached or "PRIMARY KEY" in cached
        assert "claims_article" in plan("SELECT * FROM claims c WHERE c.article IN (?, ?) ORDER BY c.article, c.seq", "a", "b")
        ordered = plan("SELECT id FROM articles WHERE text IS NOT NULL ORDER BY path, id")
        assert "articles_path" in ordered and "TEMP B-TREE" not in ordered
        assert "articles_parsed" in plan("SELECT count(*) FROM articles WHERE model = ? AND rules_hash = ?", "blank", "x")
        assert "findings_claim" in plan("SELECT * FROM findings WHERE claim_a = ? OR claim_b = ?", "x", "y")


def test_stats_count_what_the_store_holds(filled):
    db, articles, claims = filled
    with Store.open(db) as store:
        s = store_admin.stats(store)
        con = store.db
        assert s["schema_version"] == SCHEMA_VERSION == 5
        assert s["articles"] == len(articles) == 15 and s["claims"] == len(claims)
        assert sum(s["claims_by_kind"].values()) == len(claims)
        assert s["findings"] == con.execute("SELECT count(*) FROM findings").fetchone()[0] > 0
        assert sum(s["findings_by_severity"].values()) == s["findings"] == sum(s["findings_by_rule"].values())
        assert s["parsed_with"] == [{"model": "blank", "rules_hash": rules_hash(None), "articles": 15,
                                     "current_rules": True}]
        assert s["stale_articles"] == 0 and s["free_pages"] == 0 and s["web_pages"] == 0
        assert s["db_pages"] * s["page_size"] == s["file_bytes"] > 0
        assert {"articles_path", "articles_parsed", "claims_article"} <= set(s["indexes"])
        assert {"finding_claims", "article_claims", "group_claims", "article_summary"} <= set(s["views"])
        text = store_admin.format_stats(s)
        assert f"articles       15 " in text and f"claims         {len(claims):,}" in text
        # filled by extract() without a full run's refresh: check would read every claim
        assert not s["keys_current"] and "check reads    every stored claim" in text
        assert keyed.write_keys(store, keys_for(None), scheme(), "blank", rules_hash(None))
        s = store_admin.stats(store)
        assert s["keys_current"] and "the claims that can meet the new ones" in store_admin.format_stats(s)
        con.execute("UPDATE articles SET rules_hash = 'old' WHERE path LIKE '%copy0%'")
        s = store_admin.stats(store)
        assert s["stale_articles"] == 5 and "other rules: parsed again when read" in store_admin.format_stats(s)


def test_vacuum_gives_free_pages_back_and_keeps_the_data(filled):
    db, articles, _ = filled
    with Store.open(db) as store:
        before_claims = store.claims()
        keep = [a for a in articles if "copy0" in a.path]
        with store._transaction():
            store.db.execute("CREATE TABLE bulk (x TEXT)")
            store.db.executemany("INSERT INTO bulk VALUES (?)", [("x" * 4000,)] * 300)
        with store._transaction():
            store.db.execute("DROP TABLE bulk")
        assert store_admin.stats(store)["free_pages"] > 200
        out = store_admin.vacuum(store)
        assert out["bytes_after"] < out["bytes_before"] - 800_000
        assert store_admin.stats(store)["free_pages"] == 0
        assert store.claims() == before_claims and len(keep) == 5
        assert store.db.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0] > 0  # ANALYZE ran


def test_the_views_read_in_plain_sql(filled):
    db, articles, _ = filled
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT rule, severity, a_title, a_text, a_path, b_title, b_text, b_path FROM finding_claims "
                           "WHERE severity = 'error'").fetchall()
        assert rows and all(r[2] and r[3] and r[5] and r[6] for r in rows)
        assert con.execute("SELECT count(*) FROM finding_claims").fetchone()[0] == \
            con.execute("SELECT count(*) FROM findings").fetchone()[0]
        summary = con.execute("SELECT article, title, claims, findings FROM article_summary ORDER BY path").fetchall()
        assert len(summary) == 15
        per_article = dict(con.execute("SELECT article, count(*) FROM claims GROUP BY article").fetchall())
        assert all(n == per_article.get(a, 0) for a, _, n, _ in summary)
        assert sum(f for *_, f in summary) >= con.execute("SELECT count(*) FROM findings").fetchone()[0]


def test_a_version_3_store_gains_the_indexes(tmp_path):
    db = tmp_path / "v3.db"
    Store.open(db).close()
    with sqlite3.connect(db) as con:
        con.execute("DROP INDEX articles_path")
        con.execute("DROP INDEX articles_parsed")
        con.execute("DROP VIEW article_summary")
        for index, column in (("claims_block", "block"), ("claims_class", "class")):  # version 5's
            con.execute(f"DROP INDEX {index}")
            con.execute(f"ALTER TABLE claims DROP COLUMN {column}")
        con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    Store.open(db).close()
    with sqlite3.connect(db) as con:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        assert {"articles_path", "articles_parsed", "article_summary", "claims_block", "claims_class"} <= names
        assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("5",)
