"""The SQLite schema of the claimcheck store, and the steps that migrate older stores to it.

Plain tables with JSON in TEXT columns, so that the file opens as it is in Datasette or the
sqlite3 shell (`json_extract(value, '$.low')` works there). `MIGRATIONS[n]` takes a store from
schema version n to n + 1 inside the caller's transaction; the current version is the number
of steps. A later change appends one function here and never edits an old one.

Version 0 is the layout of the first prototype: one `articles` table (id, path, sha256, date,
title) and no `meta` table. It held no text and no claims, so a migrated version-0 article is
kept for the record but never served from the cache (its `model` is NULL) until it is parsed
and saved again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# "end", "column" and "groups" are SQL keywords: always quoted.
ARTICLES_V0 = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    date TEXT,
    title TEXT
)"""

# Columns that version 1 adds to a version-0 `articles` table, in table order. A fresh store
# gets the same columns in the same order, so both ways lead to one layout.
ARTICLES_V1_ADDED = (
    "body_start INTEGER NOT NULL DEFAULT 0",  # normalised offset where the body starts
    "text TEXT",  # the file's text as decoded (not normalised): offsets are rebuilt from it
    "model TEXT",  # the spaCy pipeline that made the stored claims
    "rules_hash TEXT",  # store.rules_hash() of the rules the claims were made with
    "parsed_at TEXT",  # UTC, ISO 8601
)

TABLES_V1 = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_sha256 ON articles(sha256);
CREATE TABLE IF NOT EXISTS claims (
    id TEXT PRIMARY KEY,
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,  -- position in the article's claim list, so claims come back in order
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    line INTEGER NOT NULL,
    "column" INTEGER NOT NULL,
    sentence TEXT NOT NULL DEFAULT '',
    value TEXT CHECK (value IS NULL OR json_valid(value)),
    concept TEXT,
    speaker TEXT,
    source TEXT,
    hedge TEXT,
    quote TEXT,
    direct INTEGER CHECK (direct IS NULL OR direct IN (0, 1)),
    frame TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(frame))
);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article, seq);
CREATE INDEX IF NOT EXISTS claims_concept_kind ON claims(concept, kind);
CREATE INDEX IF NOT EXISTS claims_kind ON claims(kind);
CREATE TABLE IF NOT EXISTS "groups" (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    concept TEXT,
    verdict TEXT NOT NULL,
    claims TEXT NOT NULL CHECK (json_valid(claims))  -- JSON list of claim ids
);
-- group_id has no foreign key: a finding inside one article (quantity-update) names a pair
-- group that is not stored as a group. claim_a/claim_b may name claims of a checked article
-- that was not added to the store.
CREATE TABLE IF NOT EXISTS findings (
    id TEXT PRIMARY KEY,
    rule TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'error')),
    group_id TEXT NOT NULL,
    claim_a TEXT NOT NULL,
    claim_b TEXT NOT NULL,
    message TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS findings_group ON findings(group_id);
CREATE INDEX IF NOT EXISTS findings_claims ON findings(claim_a, claim_b);
"""


def _v0_to_v1(db: sqlite3.Connection) -> None:
    for column in ARTICLES_V1_ADDED:
        db.execute(f"ALTER TABLE articles ADD COLUMN {column}")
    # One statement at a time: executescript() would COMMIT the caller's open transaction.
    for statement in _statements(TABLES_V1):
        db.execute(statement)


# Version 2: foreign keys from findings to the claims and the group they name (a finding whose
# group is not one of the report's groups, quantity-update, stores its pair as a group of kind
# 'pair'), and views with readable columns for people browsing the store (Datasette, sqlite3).
FINDINGS_V2 = """
CREATE TABLE findings_v2 (
    id TEXT PRIMARY KEY,
    rule TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'error')),
    group_id TEXT NOT NULL REFERENCES "groups"(id) ON DELETE CASCADE,
    claim_a TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    claim_b TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    message TEXT NOT NULL
)"""

VIEWS_V2 = """
CREATE VIEW finding_claims AS
SELECT f.id AS finding, f.rule, f.severity, f.message,
       ca.article AS a_article, aa.title AS a_title, aa.path AS a_path, ca.line AS a_line, ca."column" AS a_column,
       ca.text AS a_text, json_extract(ca.value, '$.low') AS a_low, json_extract(ca.value, '$.high') AS a_high,
       json_extract(ca.value, '$.unit') AS a_unit, coalesce(ca.speaker, ca.source) AS a_source, ca.sentence AS a_sentence,
       cb.article AS b_article, ab.title AS b_title, ab.path AS b_path, cb.line AS b_line, cb."column" AS b_column,
       cb.text AS b_text, json_extract(cb.value, '$.low') AS b_low, json_extract(cb.value, '$.high') AS b_high,
       json_extract(cb.value, '$.unit') AS b_unit, coalesce(cb.speaker, cb.source) AS b_source, cb.sentence AS b_sentence,
       g.concept, f.group_id
FROM findings f
JOIN claims ca ON ca.id = f.claim_a JOIN articles aa ON aa.id = ca.article
JOIN claims cb ON cb.id = f.claim_b JOIN articles ab ON ab.id = cb.article
LEFT JOIN "groups" g ON g.id = f.group_id;
CREATE VIEW article_claims AS
SELECT c.id AS claim, c.article, a.title, a.date AS article_date, a.path, c.kind, c.line, c."column", c.text,
       json_extract(c.value, '$.low') AS low, json_extract(c.value, '$.high') AS high,
       json_extract(c.value, '$.unit') AS unit, json_extract(c.value, '$.qualifier') AS qualifier,
       c.concept, c.speaker, c.source, c.quote, c.sentence
FROM claims c JOIN articles a ON a.id = c.article;
CREATE VIEW group_claims AS
SELECT g.id AS group_id, g.kind AS group_kind, g.concept, g.verdict, c.id AS claim, c.article, a.title,
       c.line, c.text, json_extract(c.value, '$.low') AS low, json_extract(c.value, '$.high') AS high,
       json_extract(c.value, '$.unit') AS unit, coalesce(c.speaker, c.source) AS source
FROM "groups" g, json_each(g.claims) j JOIN claims c ON c.id = j.value JOIN articles a ON a.id = c.article
"""


def _v1_to_v2(db: sqlite3.Connection) -> None:
    db.execute(FINDINGS_V2)
    # Findings that name claims or groups that are gone are dropped: the next `report --db`
    # judges the corpus again.
    db.execute('INSERT INTO findings_v2 SELECT * FROM findings WHERE claim_a IN (SELECT id FROM claims) '
               'AND claim_b IN (SELECT id FROM claims) AND group_id IN (SELECT id FROM "groups")')
    db.execute("DROP TABLE findings")
    db.execute("ALTER TABLE findings_v2 RENAME TO findings")
    db.execute("CREATE INDEX IF NOT EXISTS findings_group ON findings(group_id)")
    db.execute("CREATE INDEX IF NOT EXISTS findings_claims ON findings(claim_a, claim_b)")
    db.execute("CREATE INDEX IF NOT EXISTS findings_claim_b ON findings(claim_b)")
    for statement in _statements(VIEWS_V2):
        db.execute(statement)


# Version 3: web pages fetched for --url-list, cached by address so that a second run does not
# fetch them again. `html` is the page as decoded (its charset applied), `url` the address as
# listed, `final_url` where the redirects ended.
PAGES_V3 = """
CREATE TABLE pages (
    url TEXT PRIMARY KEY,
    final_url TEXT NOT NULL,
    content_type TEXT,
    html TEXT NOT NULL,
    fetched_at TEXT NOT NULL
)"""


def _v2_to_v3(db: sqlite3.Connection) -> None:
    db.execute(PAGES_V3)


# Version 4: the store of a newsroom's archive (100,000 articles). Indexes for what `report` and
# `check` read (every article in path order; the articles parsed with one model and rules, which
# `db stats` counts), and a view with one row per article for people browsing the store.
INDEXES_V4 = """
CREATE INDEX IF NOT EXISTS articles_path ON articles(path, id);
CREATE INDEX IF NOT EXISTS articles_parsed ON articles(model, rules_hash);
CREATE VIEW IF NOT EXISTS article_summary AS
SELECT a.id AS article, a.title, a.date AS article_date, a.path, a.model, a.rules_hash, a.parsed_at,
       (SELECT count(*) FROM claims c WHERE c.article = a.id) AS claims,
       (SELECT count(*) FROM findings f JOIN claims c ON c.id IN (f.claim_a, f.claim_b)
        WHERE c.article = a.id) AS findings
FROM articles a
"""


def _v3_to_v4(db: sqlite3.Connection) -> None:
    for statement in _statements(INDEXES_V4):
        db.execute(statement)


# Version 5: what each claim can meet (reconcile/keys.py), so that `check` reads only the claims
# that share a key with the new article's instead of the whole store: its reconciliation block
# and its coincidence class, as JSON text. Claims stored before this version have none; the
# meta row 'key_scheme' names the code the keys were written by and is absent until a run that
# read every claim writes them all (see store/keyed.write_keys).
KEYS_V5_COLUMNS = ("block", "class")
KEYS_V5 = """
CREATE INDEX IF NOT EXISTS claims_block ON claims(block);
CREATE INDEX IF NOT EXISTS claims_class ON claims(class)
"""


def _v4_to_v5(db: sqlite3.Connection) -> None:
    have = columns(db, "claims")
    for column in KEYS_V5_COLUMNS:
        if column not in have:  # (as the indexes' IF NOT EXISTS: a step may meet its own work)
            db.execute(f"ALTER TABLE claims ADD COLUMN {column} TEXT")
    for statement in _statements(KEYS_V5):
        db.execute(statement)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v0_to_v1, _v1_to_v2, _v2_to_v3, _v3_to_v4, _v4_to_v5]
SCHEMA_VERSION = len(MIGRATIONS)


def create(db: sqlite3.Connection) -> None:
    """A fresh store: the version-0 table, then every migration, so a fresh store and a
    migrated one cannot drift apart."""
    db.execute(ARTICLES_V0)
    for step in MIGRATIONS:
        step(db)


def _statements(script: str) -> list[str]:
    """Split a schema script into statements (no semicolon may appear inside one, comments
    included). The comments stay: SQLite keeps them in the schema that clients show."""
    return [s.strip() for s in script.split(";") if s.strip()]


def columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]
