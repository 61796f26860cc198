"""`check` against a store reads only the stored claims that can meet the new article's (schema
version 5, reconcile/keys.py, store/keyed.py), and finds what a read of every claim finds (issue
14: claims read by block). Real SQLite files, the real CLI, `--model blank`."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import contextmanager

import pytest
from typer.testing import CliRunner

from claimcheck.api import RunSettings, Watch, check
from claimcheck.cli import app
from claimcheck.reconcile.keys import keys_for, scheme
from claimcheck.store import keyed
from claimcheck.store.store import Store, rules_hash

from conftest import ARTICLES, SEEDS

CONTRADICTS = ARTICLES / "check" / "contradicts.txt"
# a rounding in other words of a stored figure (found by its class, not its block) and a quotation
# that another article gives in other words (every quotation meets every other)
ACROSS = ARTICLES / "check" / "meets-by-class.txt"
# the silver's prize in dollars where a stored article gives it in euros (an amount meets the same
# figure in every currency: its class is stored without the currency)
CURRENCY = ARTICLES / "check" / "currency-slip.txt"
# a length in kilometres where stored articles give it in metres (a measure is keyed in its base unit)
KILOMETRES = ARTICLES / "check" / "length-in-km.txt"
KEYED_PHASE = "reading the stored claims that can meet the new ones"


def run(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


class Phases(Watch):
    """Records the phases a run goes through (the CLI shows them on its progress bar)."""

    def __init__(self):
        self.seen: list[str] = []

    @contextmanager
    def stage(self):
        watch = self

        class Stage:
            def phase(self, text, total=None):
                watch.seen.append(text)

            def advance(self, done, total):
                pass

        yield Stage()


def _scheme_in(db) -> str | None:
    with sqlite3.connect(db) as con:
        row = con.execute("SELECT value FROM meta WHERE key = 'key_scheme'").fetchone()
    return row[0] if row else None


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """A store of the seeds twice and the articles written for other domains, filled by `report --db`."""
    tmp = tmp_path_factory.mktemp("archive")
    corpus = tmp / "corpus"
    for k in range(2):
        shutil.copytree(SEEDS, corpus / f"seeds{k}")
    shutil.copytree(ARTICLES / "anydomain", corpus / "anydomain")
    db = tmp / "cc.db"
    r = run("report", str(corpus), "--db", str(db), "--model", "blank", "-f", "json", "-o", str(tmp / "r.json"))
    assert r.exit_code in (0, 1), r.stderr
    return db


def test_report_writes_the_keys_and_check_reads_by_them(archive, tmp_path):
    assert _scheme_in(archive) == scheme() is not None
    db = tmp_path / "keyed.db"
    shutil.copy2(archive, db)
    watch = Phases()
    report = check([str(CONTRADICTS)], RunSettings(model="blank", db=db), watch=watch)
    assert KEYED_PHASE in watch.seen
    assert any(f.severity == "error" for f in report.findings)
    with Store.open(db) as store:
        everything = store.claims()
        stored_articles = len(store.articles())
    assert report.corpus_size == stored_articles
    # what it read: the claims that share a key with the new ones, a small part of the store
    new = check([str(CONTRADICTS)], RunSettings(model="blank", against=[str(CONTRADICTS.parent)]))
    mine = [c for c in new.claims if c.article in new.focus]
    blocks, classes = zip(*map(keys_for(None), mine))
    with Store.open(db) as store:
        met = keyed.claims_meeting(store, filter(None, blocks), filter(None, classes))
    assert 0 < len(met) < len(everything) / 2
    assert {c.id for c in report.claims if c.article not in report.focus} <= {c.id for c in met}


def test_a_read_of_every_claim_finds_the_same(archive, tmp_path):
    keyed_db, full_db = tmp_path / "keyed.db", tmp_path / "full.db"
    shutil.copy2(archive, keyed_db)
    shutil.copy2(archive, full_db)
    with sqlite3.connect(full_db) as con:  # keys written by other code: not trusted
        con.execute("UPDATE meta SET value = 'other' WHERE key = 'key_scheme'")
    for new, rules in ((CONTRADICTS, {"quantity-conflict"}), (ACROSS, {"quantity-imprecise", "quote-variant"}),
                       (CURRENCY, {"quantity-currency"}), (KILOMETRES, {"quantity-conflict"})):
        outputs = []
        for db in (keyed_db, full_db):
            r = run("check", str(new), "--db", str(db), "--model", "blank", "-f", "json")
            assert r.exit_code == (0 if new is ACROSS else 1), r.stderr  # warnings pass
            outputs.append(r.stdout)
        assert outputs[0] == outputs[1]
        assert rules <= {f["rule"] for f in json.loads(outputs[0])["findings"]}
        with sqlite3.connect(full_db) as con:  # the second article's full read too
            con.execute("UPDATE meta SET value = 'other' WHERE key = 'key_scheme'")
    # a full read writes the keys again, so the next check reads by them
    check([str(CONTRADICTS)], RunSettings(model="blank", db=full_db))
    assert _scheme_in(full_db) == scheme()
    watch = Phases()
    check([str(CONTRADICTS)], RunSettings(model="blank", db=full_db), watch=watch)
    assert KEYED_PHASE in watch.seen


def test_keys_are_not_trusted_after_a_save_without_them_or_with_other_rules(archive, tmp_path):
    db = tmp_path / "cc.db"
    shutil.copy2(archive, db)
    version = rules_hash(None)
    with Store.open(db) as store:
        assert keyed.trusted(store, scheme(), "blank", version)
        assert not keyed.trusted(store, scheme(), "ro_legal_fl", version)  # parsed with another model
        assert not keyed.trusted(store, scheme(), "blank", "other rules")
        article = store.articles()[0]
        store.save([(article, [])], "blank", version)  # a writer that gives no keys
        assert not keyed.trusted(store, scheme(), "blank", version)
    watch = Phases()
    check([str(CONTRADICTS)], RunSettings(model="blank", db=db), watch=watch)
    assert KEYED_PHASE not in watch.seen and _scheme_in(db) == scheme()


def test_a_version_4_store_gains_the_keys_on_its_next_full_read(tmp_path):
    db = tmp_path / "v4.db"
    assert run("report", str(SEEDS), "--db", str(db), "--model", "blank", "-f", "json").exit_code == 0
    with sqlite3.connect(db) as con:
        for index, column in (("claims_block", "block"), ("claims_class", "class")):
            con.execute(f"DROP INDEX {index}")
            con.execute(f"ALTER TABLE claims DROP COLUMN {column}")
        con.execute("DELETE FROM meta WHERE key = 'key_scheme'")
        con.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    first, second = Phases(), Phases()
    a = check([str(CONTRADICTS)], RunSettings(model="blank", db=db), watch=first)
    b = check([str(CONTRADICTS)], RunSettings(model="blank", db=db), watch=second)
    assert KEYED_PHASE not in first.seen and KEYED_PHASE in second.seen
    assert [f.id for f in a.findings] == [f.id for f in b.findings] != []
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM claims WHERE block IS NOT NULL").fetchone()[0] > 0
