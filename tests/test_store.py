"""The SQLite store: exact round trips, the cache key, transactions, and refusing files it must
not touch (locked, corrupt, newer, foreign). Real SQLite files in tmp_path; no spaCy model."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from claimcheck.store import store as store_mod
from claimcheck.model import Article, Claim, Finding, Group, Value, stable_id
from claimcheck.read.corpus import read_corpus
from claimcheck.lang.rules import default_rules_dir
from claimcheck.store.store import Store, StoreError, claim_from_row, claim_to_row, rules_hash
from claimcheck.store.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]

# A header date line, a cedilla ş and CRLF line ends in B: the offset map is not the identity.
TEXT_A = (" date 2025-09-03 Coreea de Nord trimite trupe în Rusia\n\n"
          "Potrivit serviciilor sud-coreene de informații, Phenianul a trimis 15.000 de militari în regiunea Kursk.\n"
          "În iunie anul trecut, cei doi lideri au semnat un pact de apărare reciprocă.\n"
          "„Vom lupta până la capăt”, a declarat Kim Jong Un la Beijing.\n")
TEXT_B = ("June 17, 2024\r\n\r\n"
          "Surse ucrainene estimează că circa 11.000-12.000 de militari nord-coreeni au ajuns în Rusia.\r\n"
          "Întâlnirea dintre cei doi lideri a durat peste două ore, iar Putin a promis sprijin şi tehnologie.\r\n")


def write(folder: Path, name: str, text: str) -> Path:
    p = folder / name
    p.write_text(text, encoding="utf-8", newline="")
    return p


def read(path: Path, **kw) -> Article:
    corpus = read_corpus([path], **kw)
    assert len(corpus.articles) == 1, corpus.problems
    return corpus.articles[0]


def span(a: Article, words: str) -> tuple[int, int]:
    start = a.text.index(words)
    return start, start + len(words)


def claims_of(a: Article) -> list[Claim]:
    """Claims of every shape the extractors make: float and int bounds, open intervals, dates,
    quotes, nested frames."""
    out = []
    if "15.000 de militari" in a.text:
        out.append(a.claim("quantity", *span(a, "15.000 de militari"), value=Value(15000.0, 15000.0, "militar", "exact"),
                           concept="troops", source="serviciilor sud-coreene de informații",
                           sentence="Potrivit serviciilor sud-coreene de informații, Phenianul a trimis 15.000 de militari.",
                           frame={"noun": "militar", "actor": "north_korea", "place": "kursk", "quantity": "count",
                                  "time": {"low": "2024-06-01", "high": "2024-06-30", "unit": "date", "qualifier": "exact"},
                                  "context": ["trimite"]}, id_key="count"))
        out.append(a.claim("date", *span(a, "iunie anul trecut"), value=Value(date(2024, 6, 1), date(2024, 6, 30), "date"),
                           concept="pact_signed", frame={"grain": "month", "resolved": True, "relative": True},
                           id_key="date"))
        out.append(a.claim("quote", *span(a, "Vom lupta până la capăt"), quote="Vom lupta până la capăt",
                           speaker="Kim Jong Un", direct=True, frame={"predicate": "declara"}))
    if "11.000-12.000" in a.text:
        out.append(a.claim("quantity", *span(a, "circa 11.000-12.000 de militari"),
                           value=Value(11000, 12000, "militar", "range"), concept="troops", hedge="estimează",
                           frame={"approx": True}, id_key="count"))
        out.append(a.claim("quantity", *span(a, "peste două ore"), value=Value(7200.0, None, "s", "more_than"),
                           frame={"quantity": "duration"}, id_key="duration"))
        out.append(a.claim("quote", *span(a, "a promis sprijin"), quote=None, speaker="Putin", direct=False))
    return out


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "articole"
    folder.mkdir()
    a = read(write(folder, "a.txt", TEXT_A))
    b = read(write(folder, "b.txt", TEXT_B))
    return folder, a, b


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        return list(db.iterdump())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_claims_and_articles_round_trip_exactly(tmp_path, corpus):
    _, a, b = corpus
    assert b.offsets.points is not None  # CRLF: the map really maps
    db = tmp_path / "cc.db"
    with Store.open(db) as s:
        s.save([(a, claims_of(a)), (b, claims_of(b))], "ro_legal_fl", "r1")
    with Store.open(db, create=False) as s:
        assert s.cached(a, "ro_legal_fl", "r1") == claims_of(a)
        assert s.cached(b, "ro_legal_fl", "r1") == claims_of(b)
        back = {x.id: x for x in s.articles()}
        stored = s.claims()
    assert stored == claims_of(a) + claims_of(b)  # in path order, then article order
    for orig in (a, b):
        got = back[orig.id]
        assert (got.path, got.text, got.date, got.title, got.body_start, got.sha256) == \
               (orig.path, orig.text, orig.date, orig.title, orig.body_start, orig.sha256)
        assert got.offsets.original == orig.offsets.original and got.offsets.points == orig.offsets.points
        # A claim made from the stored article lands where one made from the file does.
        s0, e0 = span(orig, "militari")
        assert got.claim("quantity", s0, e0) == orig.claim("quantity", s0, e0)
    assert back[b.id].date == date(2024, 6, 17) and back[a.id].title == "Coreea de Nord trimite trupe în Rusia"


@pytest.mark.parametrize("value", [
    Value(15000, 15000, "militar", "exact"),  # int stays int
    Value(2.5, 2.5, "s", "exact"),
    Value(None, 50.0, "%", "less_than"),
    Value(7200.0, float("inf"), "s", "more_than"),
    Value(date(2024, 10, 1), date(2024, 12, 31), "date", "range"),
    None,
])
def test_claim_rows_keep_value_types(corpus, value):
    _, a, _ = corpus
    c = a.claim("quantity", *span(a, "15.000 de militari"), value=value, direct=None)
    back = claim_from_row(claim_to_row(c, 0))
    assert back == c
    if value is not None:
        assert (type(back.value.low), type(back.value.high)) == (type(value.low), type(value.high))


def test_cache_key(tmp_path, corpus):
    folder, a, b = corpus
    db = tmp_path / "cc.db"
    with Store.open(db) as s:
        s.save([(a, claims_of(a)), (b, [])], "ro_legal_fl", "r1")
        assert s.cached(b, "ro_legal_fl", "r1") == []  # parsed, no claims: not a miss
        assert s.cached(a, "blank", "r1") is None
        assert s.cached(a, "ro_legal_fl", "r2") is None
        # Another date (--date) resolves "anul trecut" differently: parse again.
        assert s.cached(read(folder / "a.txt", date_override=date(2026, 1, 5)), "ro_legal_fl", "r1") is None
        write(folder, "a.txt", TEXT_A.replace("15.000", "16.000"))
        assert s.cached(read(folder / "a.txt"), "ro_legal_fl", "r1") is None
        write(folder, "c.txt", TEXT_A)  # the same bytes under another id
        assert s.cached(read(folder / "c.txt"), "ro_legal_fl", "r1") is None


def test_a_change_to_the_code_invalidates_cached_claims(tmp_path):
    # The version stays 0.1.0 across a release's commits; the source's digest is part of the
    # key, so a store filled by other code parses again (a copy of the package is edited here).
    package = Path(store_mod.__file__).resolve().parent.parent
    copy = tmp_path / "claimcheck"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__", "_rules"))
    before = store_mod.source_digest(copy)
    assert before == store_mod.code_digest()
    target = copy / "extract" / "quantities.py"
    target.write_text(target.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    assert store_mod.source_digest(copy) != before


def test_save_replaces_an_article_and_its_claims(tmp_path, corpus):
    _, a, b = corpus
    db = tmp_path / "cc.db"
    with Store.open(db) as s:
        s.save([(a, claims_of(a)), (b, claims_of(b))], "ro_legal_fl", "r1")
        s.save([(a, claims_of(a)[:1])], "blank", "r2")
        assert s.cached(a, "blank", "r2") == claims_of(a)[:1]
        assert s.cached(a, "ro_legal_fl", "r1") is None
        assert [c.article for c in s.claims()] == [a.id] + [b.id] * 3
        assert s.claims(exclude_articles={a.id}) == claims_of(b)
        assert s.claims(model="ro_legal_fl") == claims_of(b)
        with pytest.raises(StoreError, match="occurs twice"):
            s.save([(b, claims_of(b) * 2)], "blank", "r2")
        assert s.cached(b, "ro_legal_fl", "r1") == claims_of(b)


def test_findings_are_replaced_as_a_whole(tmp_path, corpus):
    _, a, b = corpus
    ca, cb = claims_of(a)[0], claims_of(b)[0]
    g = Group(stable_id("group", ca.id, cb.id), "troops", [ca.id, cb.id], "conflict")
    f = Finding(stable_id("quantity-conflict", ca.id, cb.id), "quantity-conflict", "error", g.id, (ca.id, cb.id),
                "a says 15.000 de militari (exact 15000); b says circa 11.000-12.000 de militari: disjoint")
    upd = Finding("u1", "quantity-update", "warning", "pair-group", (ca.id, ca.id), "a changes its figure")
    db = tmp_path / "cc.db"
    with Store.open(db) as s:
        s.save([(a, claims_of(a)), (b, claims_of(b))], "ro_legal_fl", "r1")
        s.save_findings([g], [f, upd])
        assert s.groups() == [g] and s.findings() == [f, upd]
        s.save_findings([], [upd])
        assert s.groups() == [] and s.findings() == [upd]


def test_an_exception_inside_save_leaves_the_database_as_it_was(tmp_path, corpus, monkeypatch):
    _, a, b = corpus
    db = tmp_path / "cc.db"
    with Store.open(db) as s:
        s.save([(a, claims_of(a))], "ro_legal_fl", "r1")
    before = dump(db)
    calls = []

    def flaky(claim, seq):
        calls.append(claim.id)
        if len(calls) == 4:  # a's three claims are rewritten, then b's first fails
            raise KeyboardInterrupt
        return claim_to_row(claim, seq)

    with Store.open(db) as s:
        monkeypatch.setattr(store_mod, "claim_to_row", flaky)
        with pytest.raises(KeyboardInterrupt):
            s.save([(a, claims_of(a)[:1]), (b, claims_of(b))], "blank", "r2")
        monkeypatch.undo()
        bad = replace(claims_of(b)[1], frame={"when": date(2024, 1, 1)})  # not JSON
        with pytest.raises(StoreError, match="frame is not JSON"):
            s.save([(a, []), (b, [claims_of(b)[0], bad])], "blank", "r2")
        assert s.cached(a, "ro_legal_fl", "r1") == claims_of(a)
    assert len(calls) == 4
    assert dump(db) == before


KILL_SCRIPT = """
import os, sys
from claimcheck.store import store as m
from claimcheck.read.corpus import read_corpus
arts = read_corpus([sys.argv[2]]).articles
s = m.Store.open(sys.argv[1])
s.db.execute("PRAGMA cache_size = 1")  # spill pages to the file mid-transaction
real, n = m.claim_to_row, [0]
def dying(c, seq):
    n[0] += 1
    if n[0] == 200:
        os._exit(3)
    return real(c, seq)
m.claim_to_row = dying
big = [(a, [a.claim("quantity", i % 50, i % 50 + 3, frame={"pad": "x" * 500}, id_key=i) for i in range(400)]) for a in arts]
s.save(big, "blank", "r2")
"""


def test_a_killed_run_is_rolled_back_on_the_next_open(tmp_path, corpus):
    folder, a, b = corpus
    db = tmp_path / "cc.db"
    with Store.open(db) as s:
        s.save([(a, claims_of(a)), (b, claims_of(b))], "ro_legal_fl", "r1")
    before = dump(db)
    proc = subprocess.run([sys.executable, "-c", KILL_SCRIPT, str(db), str(folder)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 3, proc.stderr
    # The process died with pages already written to the file: a hot journal is left behind.
    assert Path(str(db) + "-journal").exists()
    with Store.open(db) as s:
        assert s.cached(b, "ro_legal_fl", "r1") == claims_of(b)
    assert dump(db) == before


def test_a_locked_database_fails_fast_and_is_not_changed(tmp_path, corpus):
    _, a, b = corpus
    db = tmp_path / "cc.db"
    with Store.open(db) as s:
        s.save([(a, claims_of(a))], "ro_legal_fl", "r1")
    before = dump(db)
    other = sqlite3.connect(db, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another writer is at work
        with Store.open(db, timeout=0.2) as s:  # reading still works
            assert s.cached(a, "ro_legal_fl", "r1") == claims_of(a)
            t0 = time.monotonic()
            with pytest.raises(StoreError, match=r"cc\.db: the database is locked"):
                s.save([(b, claims_of(b))], "ro_legal_fl", "r1")
            assert time.monotonic() - t0 < 2
        other.execute("DELETE FROM claims")
        other.execute("COMMIT")  # writing takes its exclusive lock now
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StoreError, match="locked"):
            Store.open(db, timeout=0.2)
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert len(dump(db)) == len(before) - 3  # only the other writer's change


def test_files_that_are_not_a_usable_store_are_refused_untouched(tmp_path):
    text = tmp_path / "note.db"
    text.write_text("Aceasta nu este o bază de date.\n", encoding="utf-8")
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE utilizatori (nume TEXT)")
    newer = tmp_path / "newer.db"
    Store.open(newer).close()
    with sqlite3.connect(newer) as db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    cases = {text: "not a SQLite database", foreign: "not a claimcheck store.*utilizatori",
             newer: "newer claimcheck.*schema version 99"}
    for path, message in cases.items():
        before = digest(path)
        with pytest.raises(StoreError, match=message) as err:
            Store.open(path)
        assert str(path) in str(err.value)
        assert digest(path) == before
    missing = tmp_path / "lipsa.db"
    with pytest.raises(StoreError, match="no such database"):
        Store.open(missing, create=False)
    assert not missing.exists()


def test_a_corrupt_database_is_refused_untouched(tmp_path, corpus):
    _, a, b = corpus
    db = tmp_path / "cc.db"
    big = [(x, [x.claim("quantity", i % 40, i % 40 + 5, sentence="Phenianul a trimis militari. " * 20, id_key=i)
                for i in range(300)]) for x in (a, b)]
    with Store.open(db) as s:
        s.save(big, "blank", "r1")
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) > 20 * page
    for p in range(len(data) // page // 2, len(data) // page // 2 + 3):  # scribble over b-tree pages
        data[p * page:p * page + 64] = b"\xa5" * 64
    db.write_bytes(bytes(data))
    before = digest(db)
    with pytest.raises(StoreError, match="corrupt"):
        Store.open(db)
    assert digest(db) == before


V0_LAYOUT = "CREATE TABLE articles (id TEXT PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL, date TEXT, title TEXT)"


def test_a_version_0_store_is_migrated(tmp_path, corpus):
    _, a, b = corpus
    old = tmp_path / "v0.db"
    with sqlite3.connect(old) as db:
        db.execute(V0_LAYOUT)
        db.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?)", (a.id, a.path, a.sha256, "2025-09-03", a.title))
    fresh = tmp_path / "fresh.db"
    Store.open(fresh).close()
    with Store.open(old) as s:
        # Kept for the record, but it never had claims: parse again.
        assert s.cached(a, "ro_legal_fl", "r1") is None and s.articles() == []
        row = s.db.execute("SELECT id, path, title, model FROM articles").fetchall()
        assert row == [(a.id, a.path, a.title, None)]
        s.save([(a, claims_of(a)), (b, claims_of(b))], "ro_legal_fl", "r1")
        assert s.cached(a, "ro_legal_fl", "r1") == claims_of(a)
    with sqlite3.connect(old) as m, sqlite3.connect(fresh) as f:
        assert m.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)
        layout = "SELECT type, name, tbl_name FROM sqlite_master ORDER BY name"
        assert m.execute(layout).fetchall() == f.execute(layout).fetchall()
        for table in ("articles", "claims", "groups", "findings", "meta"):
            info = f'PRAGMA table_info("{table}")'
            assert m.execute(info).fetchall() == f.execute(info).fetchall()


def test_schema_constraints_and_indexes(tmp_path, corpus):
    _, a, b = corpus
    path = tmp_path / "cc.db"
    with Store.open(path) as s:
        s.save([(a, claims_of(a)), (b, claims_of(b))], "ro_legal_fl", "r1")
        db = s.db
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            db.execute("UPDATE claims SET frame = '{nu e json' WHERE kind = 'quote'")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            db.execute("INSERT INTO claims (id, article, seq, kind, text, start, \"end\", line, \"column\") "
                       "VALUES ('x', 'nu-exista', 0, 'quantity', 't', 0, 1, 1, 1)")

        def plan(sql: str) -> str:
            return " ".join(r[-1] for r in db.execute("EXPLAIN QUERY PLAN " + sql, ("x",)))

        assert "claims_article" in plan("SELECT * FROM claims WHERE article = ? ORDER BY seq")
        assert "claims_concept_kind" in plan("SELECT * FROM claims WHERE concept = ? AND kind = 'quantity'")
        assert "articles_sha256" in plan("SELECT id FROM articles WHERE sha256 = ?")
        db.execute("DELETE FROM articles WHERE id = ?", (a.id,))
        assert db.execute("SELECT DISTINCT article FROM claims").fetchall() == [(b.id,)]


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="the sqlite3 shell is not installed")
def test_the_store_opens_in_the_sqlite3_shell(tmp_path, corpus):
    _, a, b = corpus
    path = tmp_path / "cc.db"
    with Store.open(path) as s:
        s.save([(a, claims_of(a)), (b, claims_of(b))], "ro_legal_fl", "r1")
    out = subprocess.run(["sqlite3", str(path), "PRAGMA integrity_check; PRAGMA foreign_key_check; "
                          "SELECT a.title, json_extract(c.value, '$.low') FROM claims c JOIN articles a ON a.id = c.article "
                          "WHERE c.concept = 'troops' ORDER BY 2;"], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["ok", "|11000", "Coreea de Nord trimite trupe în Rusia|15000.0"]


def test_rules_hash_follows_rule_contents(tmp_path):
    copy = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), copy)
    assert rules_hash(copy) == rules_hash(None)
    qc = copy / "findings" / "quantity-conflict.yml"
    qc.write_text(qc.read_text(encoding="utf-8").replace("level: error", "level: warning"), encoding="utf-8")
    changed = rules_hash(copy)
    assert changed != rules_hash(None)
    (copy / "concepts.yml").write_text((copy / "concepts.yml").read_text(encoding="utf-8") + "\n# o notă\n",
                                       encoding="utf-8")
    assert rules_hash(copy) not in (changed, rules_hash(None))
