"""The store at archive scale: reading claims by block, and `claimcheck db stats` / `db vacuum` for
the people who keep a store of a newsroom's archive.

`cached_claims` is `Store.cached` for many articles at once: the cache keys of a block of
articles in one query, their claims in a second, instead of two queries per article (1,000
articles: 2 queries instead of 2,000). `iter_claims` walks every stored claim a block at a time
(`fetchmany`), so that a caller that does not need them all at once does not hold them all.
`stats` describes a store without changing it; `vacuum` rebuilds the file without its free
pages and refreshes SQLite's statistics (ANALYZE), so that the query planner keeps choosing the
indexes as the store grows.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.store.store import _CLAIMS_SELECT, Store, _iso, claim_from_row, claims_query

if TYPE_CHECKING:
    from claimcheck.model import Article, Claim

BLOCK = 500  # articles per query: well under SQLite's limit on bound parameters (32,766)


def _blocks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def cached_claims(store: Store, articles: Iterable["Article"], model: str, rules_hash: str,
                  block: int = BLOCK) -> dict[str, list["Claim"]]:
    """The stored claims of every article whose bytes, date, model and rules are unchanged (as
    `Store.cached` decides), by article id; the others are absent (they must be parsed)."""
    wanted = {a.id: (a.sha256, _iso(a.date), a.body_start, model, rules_hash) for a in articles if a.sha256}
    out: dict[str, list[Claim]] = {}
    with store._errors():
        for ids in _blocks(list(wanted), block):
            marks = ",".join("?" * len(ids))
            fresh = [row[0] for row in store.db.execute(
                f"SELECT id, sha256, date, body_start, model, rules_hash FROM articles WHERE id IN ({marks})", ids)
                if tuple(row[1:]) == wanted[row[0]]]
            for article_id in fresh:
                out[article_id] = []
            if not fresh:
                continue
            marks = ",".join("?" * len(fresh))
            for row in store.db.execute(f"SELECT {_CLAIMS_SELECT} FROM claims c WHERE c.article IN ({marks}) "
                                        "ORDER BY c.article, c.seq", fresh):
                out[row[1]].append(claim_from_row(row))
    return out


def iter_claims(store: Store, *, model: str | None = None, rules_hash: str | None = None,
                block: int = 10_000) -> Iterator["Claim"]:
    """Every stored claim in `Store.claims` order, read `block` rows at a time."""
    sql, args = claims_query(model, rules_hash)
    with store._errors():
        cursor = store.db.execute(sql, args)
        while rows := cursor.fetchmany(block):
            yield from (claim_from_row(r) for r in rows)


def stats(store: Store, rules_dir: str | None = None) -> dict[str, Any]:
    """What the store holds and what it costs on disk; reads only."""
    from claimcheck.store.store import rules_hash as current_rules

    db = store.db
    one = lambda sql, *args: db.execute(sql, args).fetchone()[0]  # noqa: E731
    with store._errors():
        page_size = one("PRAGMA page_size")
        pages = one("PRAGMA page_count")
        free = one("PRAGMA freelist_count")
        try:
            current = current_rules(rules_dir)
        except Exception:  # rules that cannot be read: the count of stale articles is then unknown
            current = None
        parsed = db.execute("SELECT model, rules_hash, count(*) FROM articles WHERE text IS NOT NULL "
                            "GROUP BY model, rules_hash ORDER BY count(*) DESC").fetchall()
        out: dict[str, Any] = {
            "path": str(store.path),
            "schema_version": int(one("SELECT value FROM meta WHERE key = 'schema_version'")),
            "sqlite_version": one("SELECT sqlite_version()"),
            "file_bytes": os.path.getsize(store.path) if Path(store.path).exists() else 0,
            "page_size": page_size,
            "db_pages": pages,
            "free_pages": free,
            "reclaimable_bytes": free * page_size,
            "articles": one("SELECT count(*) FROM articles"),
            "articles_without_text": one("SELECT count(*) FROM articles WHERE text IS NULL"),
            "text_bytes": one("SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM articles"),
            "claims": one("SELECT count(*) FROM claims"),
            "claims_by_kind": dict(db.execute("SELECT kind, count(*) FROM claims GROUP BY kind ORDER BY kind")),
            "groups": one("SELECT count(*) FROM \"groups\" WHERE kind != 'pair'"),
            "findings": one("SELECT count(*) FROM findings"),
            "findings_by_severity": dict(db.execute(
                "SELECT severity, count(*) FROM findings GROUP BY severity ORDER BY severity")),
            "findings_by_rule": dict(db.execute("SELECT rule, count(*) FROM findings GROUP BY rule ORDER BY rule")),
            "web_pages": one("SELECT count(*) FROM pages"),
            "parsed_with": [{"model": m, "rules_hash": r, "articles": n, "current_rules": r == current}
                            for m, r, n in parsed],
            "last_parsed_at": one("SELECT max(parsed_at) FROM articles"),
            "rules_hash": current,
            "indexes": [r[0] for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name")],
            "views": [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name")],
        }
        out["stale_articles"] = (sum(n for _, r, n in parsed if r != current) if current else None)
        from claimcheck.reconcile.keys import scheme
        from claimcheck.store.keyed import written_scheme

        # `check` reads by the claims' keys only when this holds and no article is stale (store/keyed.py)
        out["keys_current"] = written_scheme(store) == scheme() is not None
        out["tables"] = _table_bytes(db)
    return out


def _table_bytes(db) -> dict[str, int] | None:
    """Bytes on disk per table and index (SQLite's dbstat table, when it was compiled in)."""
    try:
        rows = db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY sum(pgsize) DESC").fetchall()
    except Exception:
        return None
    return {name: int(size) for name, size in rows}


def _size(n: int | None) -> str:
    if n is None:
        return "?"
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"  # pragma: no cover


def format_stats(s: dict[str, Any]) -> str:
    """`db stats` as text: one fact a line, for people."""
    kinds = ", ".join(f"{k} {v:,}" for k, v in s["claims_by_kind"].items()) or "none"
    severities = ", ".join(f"{k} {v:,}" for k, v in s["findings_by_severity"].items()) or "none"
    lines = [
        f"store          {s['path']} (schema version {s['schema_version']}, SQLite {s['sqlite_version']})",
        f"file           {_size(s['file_bytes'])}; {_size(s['reclaimable_bytes'])} free "
        f"({s['free_pages']:,} of {s['db_pages']:,} pages{'; `claimcheck db vacuum` gives it back' if s['free_pages'] else ''})",
        f"articles       {s['articles']:,} ({_size(s['text_bytes'])} of text"
        + (f"; {s['articles_without_text']:,} without text, from schema version 0" if s["articles_without_text"] else "")
        + ")",
        f"claims         {s['claims']:,} ({kinds})",
        f"groups         {s['groups']:,}",
        f"findings       {s['findings']:,} ({severities})",
        f"web pages      {s['web_pages']:,} cached (--url-list)",
    ]
    for p in s["parsed_with"]:
        state = "current rules" if p["current_rules"] else "other rules: parsed again when read"
        lines.append(f"parsed with    {p['model']} / rules {p['rules_hash']}: {p['articles']:,} articles ({state})")
    if s["last_parsed_at"]:
        lines.append(f"last parse     {s['last_parsed_at']}")
    if s["tables"]:
        biggest = ", ".join(f"{name} {_size(size)}" for name, size in list(s["tables"].items())[:6])
        lines.append(f"largest        {biggest}")
    lines.append("check reads    " + ("the claims that can meet the new ones (their keys are current)"
                                      if s["keys_current"] and not s["stale_articles"] else
                                      "every stored claim (keys missing, stale or from other code: the next "
                                      "`report --db` or `check --db` writes them)"))
    lines.append(f"views          {', '.join(s['views'])}")
    return "\n".join(lines) + "\n"


def vacuum(store: Store) -> dict[str, int]:
    """Rebuild the file without its free pages, then ANALYZE; the bytes before and after. VACUUM
    writes a copy first, so it needs as much free disk as the store's size, and it waits for
    (and then holds) the write lock like any save."""
    before = os.path.getsize(store.path)
    with store._errors():
        if store.db.in_transaction:  # pragma: no cover - every write is committed
            store.db.execute("COMMIT")
        store.db.execute("VACUUM")
        store.db.execute("ANALYZE")
        store.db.execute("PRAGMA optimize")
    return {"bytes_before": before, "bytes_after": os.path.getsize(store.path)}
