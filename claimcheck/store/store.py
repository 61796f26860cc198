"""The SQLite store: articles and their claims, cached by content hash, plus the last groups
and findings. The schema and its migrations are in `schema.py`.

A stored article keeps the file's decoded text (not the normalised one): re-running
`textnorm.normalize` on it gives back the normalised text and the exact `OffsetMap`, so an
article read from the store is the article read from disk. Its claims are served again only
while the content hash, the date, the model and `rules_hash()` all match, since any of them
changes what extraction finds (the date resolves "anul trecut").

Safety: every write is one transaction (an exception or a killed process leaves the file as it
was; SQLite rolls a hot journal back on the next open). A file that is not SQLite, fails
`PRAGMA quick_check`, comes from a newer claimcheck or belongs to another program is refused
with a StoreError before anything is written. The journal stays in SQLite's default mode
(not WAL) so that the store is one file that CI can cache and any client can open.
"""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from claimcheck import __version__
from claimcheck.store import schema
from claimcheck.model import Article, Claim, Finding, Group, Value
from claimcheck.lang.rules import RulesError, default_rules_dir
from claimcheck.read.textnorm import normalize

SQLITE_MAGIC = b"SQLite format 3\x00"
DEFAULT_TIMEOUT = 2.0  # seconds to wait for another writer: CI should fail fast, not hang
V0_COLUMNS = ["id", "path", "sha256", "date", "title"]

CLAIM_COLUMNS = ("id", "article", "seq", "kind", "text", "start", "end", "line", "column", "sentence",
                 "value", "concept", "speaker", "source", "hedge", "quote", "direct", "frame")
ARTICLE_COLUMNS = ("id", "path", "sha256", "date", "title", "body_start", "text", "model", "rules_hash",
                   "parsed_at")
_QUOTED = [f'"{c}"' for c in CLAIM_COLUMNS]  # "end" and "column" are SQL keywords
_CLAIMS_SELECT = ", ".join(f"c.{c}" for c in _QUOTED)
_CLAIMS_INSERT = (f"INSERT INTO claims ({', '.join(_QUOTED)}, block, class) "
                  f"VALUES ({', '.join('?' * (len(CLAIM_COLUMNS) + 2))})")
_ARTICLES_INSERT = (f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
                    f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})")


class StoreError(Exception):
    """The store cannot be used; the message names the file and says what to do."""


# -- rows ------------------------------------------------------------------------------------

def _bound_out(v: float | date | None) -> Any:
    # Dates become ISO strings and non-finite floats "inf"/"nan" (JSON has neither); ints
    # and floats stay as they are, so 15000 and 15000.0 come back as they went in.
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float) and not math.isfinite(v):
        return repr(v)
    return v


def _bound_in(v: Any) -> float | date | None:
    if isinstance(v, str):
        try:
            return float(v)
        except ValueError:
            return date.fromisoformat(v)
    return v


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def value_to_json(value: Value | None) -> str | None:
    if value is None:
        return None
    return _json({"low": _bound_out(value.low), "high": _bound_out(value.high), "unit": value.unit,
                  "qualifier": value.qualifier})


def value_from_json(text: str | None) -> Value | None:
    if text is None:
        return None
    d = json.loads(text)
    return Value(_bound_in(d["low"]), _bound_in(d["high"]), d["unit"], d["qualifier"])


def claim_to_row(claim: Claim, seq: int) -> tuple:
    """The claim as a row of `claims`, in CLAIM_COLUMNS order. The frame must be JSON data
    (tuples come back as lists, dict keys as strings)."""
    try:
        frame = _json(claim.frame)
    except (TypeError, ValueError) as exc:
        raise StoreError(f"claim {claim.id} of {claim.article}: its frame is not JSON data ({exc})") from None
    return (claim.id, claim.article, seq, claim.kind, claim.text, claim.start, claim.end, claim.line,
            claim.column, claim.sentence, value_to_json(claim.value), claim.concept, claim.speaker,
            claim.source, claim.hedge, claim.quote, None if claim.direct is None else int(claim.direct), frame)


def claim_from_row(row: tuple) -> Claim:
    (id_, article, _seq, kind, text, start, end, line, column, sentence, value, concept, speaker,
     source, hedge, quote, direct, frame) = row
    return Claim(id=id_, article=article, kind=kind, text=text, start=start, end=end, line=line,
                 column=column, sentence=sentence, value=value_from_json(value), concept=concept,
                 speaker=speaker, source=source, hedge=hedge, quote=quote,
                 direct=None if direct is None else bool(direct), frame=json.loads(frame))


def _article_from_row(row: tuple) -> Article:
    id_, path, sha256, day, title, body_start, original = row
    text, offsets = normalize(original)
    return Article(id=id_, path=path, text=text, offsets=offsets,
                   date=date.fromisoformat(day) if day else None, title=title,
                   body_start=body_start, sha256=sha256)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def rules_hash(rules_dir: str | Path | None = None) -> str:
    """A hash of every rules/*.yml and rules/findings/*.yml, of claimcheck's version and of its
    source: a change to any may change what extraction finds, so it invalidates cached claims
    (the version alone stays the same across the commits of one release)."""
    base = Path(rules_dir) if rules_dir else default_rules_dir()
    if not base.is_dir():
        raise RulesError(f"{base}: no such rules folder")
    # (one run asks several times, `check` for the corpus and for the new articles: the files
    # are read again only when one of them changed size or time)
    paths = sorted([*base.glob("*.yml"), *(base / "findings").glob("*.yml")])
    stats = [(p, p.stat()) for p in paths]
    stamp = tuple((p.relative_to(base).as_posix(), st.st_mtime_ns, st.st_size) for p, st in stats)
    return _rules_digest(str(base), stamp)


@lru_cache(maxsize=1)
def code_digest() -> str:
    """`source_digest` of the installed claimcheck package, once per process."""
    return source_digest(Path(__file__).resolve().parent.parent)


def source_digest(package: Path, paths: Iterable[Path] | None = None, salt: str = "") -> str:
    """A hash of the Python files of a package folder (every one, or `paths`), by relative path
    and content, after `salt`."""
    h = hashlib.sha256(salt.encode())
    for path in sorted(package.rglob("*.py") if paths is None else paths):
        h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


@lru_cache(maxsize=8)
def _rules_digest(base: str, stamp: tuple[tuple[str, int, int], ...]) -> str:
    h = hashlib.sha256(f"claimcheck {__version__}\0{code_digest()}\0".encode())
    for name, _, _ in stamp:
        h.update(name.encode() + b"\0" + (Path(base) / name).read_bytes() + b"\0")
    return h.hexdigest()[:16]


# -- the store ---------------------------------------------------------------------------------

def claims_query(model: str | None = None, rules_hash: str | None = None) -> tuple[str, list[str]]:
    """The SELECT of stored claims in `Store.claims` order, kept to one model and rules hash when
    given (shared by `Store.claims` and `admin.iter_claims`)."""
    where, args = [], []
    if model is not None:
        where.append("a.model = ?")
        args.append(model)
    if rules_hash is not None:
        where.append("a.rules_hash = ?")
        args.append(rules_hash)
    return (f"SELECT {_CLAIMS_SELECT} FROM claims c JOIN articles a ON a.id = c.article"
            f"{' WHERE ' + ' AND '.join(where) if where else ''} ORDER BY a.path, a.id, c.seq"), args


class Store:
    def __init__(self, db: sqlite3.Connection, path: Path, timeout: float):
        self.db, self.path, self.timeout = db, path, timeout

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, timeout: float = DEFAULT_TIMEOUT) -> Store:
        """Open (and with `create`, make) a store; an older schema is migrated in place."""
        path = Path(path)
        if path.is_dir():
            raise StoreError(f"{path}: is a folder, not a database file")
        existed = path.exists()
        if existed and not path.is_file():
            raise StoreError(f"{path}: not a regular file (a device or a FIFO?); it was left untouched")
        if not existed and not create:
            raise StoreError(f"{path}: no such database (fill one with `claimcheck report PATH --db {path}`)")
        if not existed and not path.parent.is_dir():
            raise StoreError(f"{path}: the folder {path.parent} does not exist")
        if existed:
            try:
                with path.open("rb") as fh:
                    head = fh.read(len(SQLITE_MAGIC))
            except OSError as exc:
                raise StoreError(f"{path}: cannot be read ({exc.strerror or exc})") from None
            # Checked before SQLite touches the file: a stray file given as --db stays as it is.
            if head and head != SQLITE_MAGIC:
                raise StoreError(f"{path}: not a SQLite database; it was left untouched")
        try:
            db = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot be opened ({exc})") from None
        store = cls(db, path, timeout)
        try:
            store._prepare(create)
        except BaseException:
            db.close()
            if not existed and path.exists() and path.stat().st_size == 0:
                path.unlink()
            raise
        return store

    def _prepare(self, create: bool) -> None:
        with self._errors():
            self.db.execute("PRAGMA foreign_keys = ON")
            problems = [r[0] for r in self.db.execute("PRAGMA quick_check(5)")]
            if problems != ["ok"]:
                raise StoreError(f"{self.path}: the database is corrupt ({'; '.join(problems)}); it was left "
                                 "untouched: restore a copy, or delete it to rebuild the cache")
            version = self._version(create)
            if version == schema.SCHEMA_VERSION:
                return
            with self._transaction():
                version = self._version(create)  # again, under the write lock: another run may have won
                if version is None:
                    schema.create(self.db)
                else:
                    for step in schema.MIGRATIONS[version:]:
                        step(self.db)
                self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                                (str(schema.SCHEMA_VERSION),))

    def _version(self, create: bool) -> int | None:
        """The schema version on disk; None for an empty file. Refuses what it cannot migrate."""
        tables = {r[0] for r in self.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
        if "meta" in tables:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None or not str(row[0]).isdigit():
                raise StoreError(f"{self.path}: no valid schema_version in its meta table; not a claimcheck "
                                 "store, or a damaged one; it was left untouched")
            version = int(row[0])
            if version > schema.SCHEMA_VERSION:
                raise StoreError(f"{self.path}: written by a newer claimcheck (schema version {version}; this "
                                 f"one, {__version__}, reads up to {schema.SCHEMA_VERSION}); upgrade claimcheck. "
                                 "The file was left untouched")
            return version
        if not tables:
            if not create:
                raise StoreError(f"{self.path}: an empty database, not a claimcheck store")
            return None
        if tables == {"articles"} and schema.columns(self.db, "articles") == V0_COLUMNS:
            return 0
        raise StoreError(f"{self.path}: not a claimcheck store (it holds the tables {', '.join(sorted(tables))}); "
                         "it was left untouched")

    def _explain(self, exc: sqlite3.Error) -> str:
        text = str(exc)
        low = text.lower()
        if "locked" in low or "busy" in low:
            return (f"{self.path}: the database is locked by another program (waited {self.timeout:g} s); "
                    "nothing was changed: try again when it has finished")
        if "malformed" in low or "not a database" in low or "corrupt" in low:
            return (f"{self.path}: the database is corrupt ({text}); restore a copy, or delete it to rebuild "
                    "the cache")
        if "readonly" in low or "read-only" in low:
            return f"{self.path}: the database is read-only ({text})"
        return f"{self.path}: SQLite error: {text}"

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(self._explain(exc)) from None

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """All or nothing: BEGIN IMMEDIATE takes the write lock up front, so a busy store fails
        before any work rather than at COMMIT."""
        with self._errors():
            self.db.execute("BEGIN IMMEDIATE")
        try:
            with self._errors():
                yield
                self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                try:
                    self.db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # SQLite rolls the journal back itself on the next open
            raise

    # -- articles and claims --

    def cached(self, article: Article, model: str, rules_hash: str) -> list[Claim] | None:
        """The stored claims of this article if they were made from the same bytes, date,
        model and rules; None when it must be parsed again."""
        if not article.sha256:
            return None
        with self._errors():
            row = self.db.execute("SELECT sha256, date, body_start, model, rules_hash FROM articles WHERE id = ?",
                                  (article.id,)).fetchone()
            if row != (article.sha256, _iso(article.date), article.body_start, model, rules_hash):
                return None
            rows = self.db.execute(f"SELECT {_CLAIMS_SELECT} FROM claims c WHERE c.article = ? ORDER BY c.seq",
                                   (article.id,)).fetchall()
        return [claim_from_row(r) for r in rows]

    def save(self, articles_with_claims: Iterable[tuple[Article, list[Claim]]], model: str, rules_hash: str,
             keys: Callable[[Claim], tuple[str | None, str | None]] | None = None) -> None:
        """Store articles with their claims, replacing what was stored under the same ids; one
        transaction. `keys` gives each claim's block and class (reconcile/keys.py); without it
        the claims have none, and the store's keys are no longer trusted (`key_scheme`)."""
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        no_keys = (None, None)
        with self._transaction():
            if keys is None:
                self.db.execute("DELETE FROM meta WHERE key = 'key_scheme'")
            for article, claims in articles_with_claims:
                seen: set[str] = set()
                for c in claims:
                    if c.article != article.id:
                        raise StoreError(f"{self.path}: claim {c.id} belongs to {c.article}, not to {article.id}")
                    if c.id in seen:
                        raise StoreError(f"{self.path}: claim id {c.id} occurs twice in {article.id}; nothing was saved")
                    seen.add(c.id)
                self.db.execute("DELETE FROM articles WHERE id = ?", (article.id,))  # cascades to its claims
                self.db.execute(_ARTICLES_INSERT, (article.id, article.path, article.sha256, _iso(article.date),
                                              article.title, article.body_start, article.offsets.original,
                                              model, rules_hash, now))
                self.db.executemany(_CLAIMS_INSERT, (claim_to_row(c, i) + (keys(c) if keys else no_keys)
                                                     for i, c in enumerate(claims)))

    def articles(self) -> list[Article]:
        """Every stored article with its text (articles migrated from version 0 have none and
        are left out)."""
        with self._errors():
            rows = self.db.execute("SELECT id, path, sha256, date, title, body_start, text FROM articles "
                                   "WHERE text IS NOT NULL ORDER BY path, id").fetchall()
        return [_article_from_row(r) for r in rows]

    def claims(self, exclude_articles: Iterable[str] = frozenset(), *, model: str | None = None,
               rules_hash: str | None = None) -> list[Claim]:
        """Every stored claim, article by article (in path order) and in article order inside
        one; `model`/`rules_hash` keep only claims made with those."""
        sql, args = claims_query(model, rules_hash)
        skip = set(exclude_articles)
        with self._errors():
            rows = self.db.execute(sql, args).fetchall()
        return [claim_from_row(r) for r in rows if r[1] not in skip]

    # -- web pages (--url-list) --

    def page(self, url: str) -> str | None:
        """The HTML fetched earlier from this address, or None."""
        with self._errors():
            row = self.db.execute("SELECT html FROM pages WHERE url = ?", (url,)).fetchone()
        return row[0] if row else None

    def save_page(self, url: str, html: str, *, final_url: str | None = None, content_type: str | None = None) -> None:
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._transaction():
            self.db.execute("INSERT OR REPLACE INTO pages (url, final_url, content_type, html, fetched_at) "
                            "VALUES (?, ?, ?, ?, ?)", (url, final_url or url, content_type, html, now))

    # -- groups and findings --

    def save_findings(self, groups: list[Group], findings: list[Finding]) -> None:
        """Replace the stored groups and findings with these; one transaction. A finding whose
        group is not among `groups` (quantity-update: two figures of one article) gets its pair
        stored as a group of kind 'pair', so that every finding's group_id leads somewhere."""
        known = {g.id for g in groups}
        pairs = {f.group: (f.group, "pair", None, "update", _json(list(f.claims))) for f in findings
                 if f.group not in known}
        with self._transaction():
            self.db.execute("DELETE FROM findings")
            self.db.execute('DELETE FROM "groups"')
            self.db.executemany('INSERT INTO "groups" (id, kind, concept, verdict, claims) VALUES (?, ?, ?, ?, ?)',
                                [(g.id, g.kind, g.concept, g.verdict, _json(list(g.claims))) for g in groups]
                                + list(pairs.values()))
            self.db.executemany("INSERT INTO findings (id, rule, severity, group_id, claim_a, claim_b, message) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                                [(f.id, f.rule, f.severity, f.group, f.claims[0], f.claims[1], f.message)
                                 for f in findings])

    def groups(self) -> list[Group]:
        with self._errors():
            rows = self.db.execute('SELECT id, concept, claims, verdict, kind FROM "groups" WHERE kind != \'pair\' '
                                   'ORDER BY rowid').fetchall()
        return [Group(i, concept, json.loads(claims), verdict, kind) for i, concept, claims, verdict, kind in rows]

    def findings(self) -> list[Finding]:
        with self._errors():
            rows = self.db.execute("SELECT id, rule, severity, group_id, claim_a, claim_b, message FROM findings "
                                   "ORDER BY rowid").fetchall()
        return [Finding(i, rule, sev, gid, (a, b), msg) for i, rule, sev, gid, a, b, msg in rows]

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
