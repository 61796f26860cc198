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


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v0_to_v1]
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
