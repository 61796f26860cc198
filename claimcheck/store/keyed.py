"""Reading a store by what its claims can meet (schema version 5, reconcile/keys.py): the claims
that share a block or a coincidence class with a new article's, and the articles they belong
to, so that `check` against an archive reads a few blocks instead of every claim.

The keys are written with the claims (`Store.save(keys=...)`) and, for a store whose keys are
missing or were written by other code, all at once by `write_keys` after a run that read every
claim. `trusted` says when they can be used: the store's key scheme is the running code's, and
every stored article was parsed with the run's model and rules (a stale article is parsed again,
and its new claims may meet anything).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from claimcheck.model import Article, Claim
from claimcheck.store.admin import iter_claims
from claimcheck.store.store import _CLAIMS_SELECT, Store, _article_from_row, claim_from_row


def written_scheme(store: Store) -> str | None:
    """The scheme the store's keys were last written under; None when they are not all written."""
    with store._errors():
        row = store.db.execute("SELECT value FROM meta WHERE key = 'key_scheme'").fetchone()
    return row[0] if row else None


def _all_parsed_with(store: Store, model: str, rules_hash: str) -> bool:
    with store._errors():
        return store.db.execute("SELECT 1 FROM articles WHERE text IS NOT NULL AND (model IS NOT ? OR "
                                "rules_hash IS NOT ?) LIMIT 1", (model, rules_hash)).fetchone() is None


def trusted(store: Store, scheme: str | None, model: str, rules_hash: str) -> bool:
    """The stored keys are those the running code would write, for every stored article."""
    return scheme is not None and written_scheme(store) == scheme and _all_parsed_with(store, model, rules_hash)


def write_keys(store: Store, keys: Callable[[Claim], tuple[str | None, str | None]], scheme: str | None,
               model: str, rules_hash: str) -> bool:
    """Write every stored claim's keys and record `scheme`, in one transaction; only when every
    stored article was parsed with `model` and `rules_hash` (the keys depend on the rules).
    True when written."""
    if scheme is None or not _all_parsed_with(store, model, rules_hash):
        return False
    rows = [(*keys(c), c.id) for c in iter_claims(store)]
    with store._transaction():
        store.db.executemany("UPDATE claims SET block = ?, class = ? WHERE id = ?", rows)
        store.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('key_scheme', ?)", (scheme,))
    return True


def claims_meeting(store: Store, blocks: Iterable[str], classes: Iterable[str],
                   exclude_articles: Iterable[str] = ()) -> list[Claim]:
    """The stored claims in one of `blocks` or `classes`, in `Store.claims` order (articles by
    path, claims in article order), but those of `exclude_articles`."""
    skip = set(exclude_articles)
    sql = (f"SELECT {_CLAIMS_SELECT} FROM claims c JOIN articles a ON a.id = c.article "
           "WHERE c.block IN (SELECT value FROM json_each(?)) OR c.class IN (SELECT value FROM json_each(?)) "
           "ORDER BY a.path, a.id, c.seq")
    with store._errors():
        rows = store.db.execute(sql, (json.dumps(sorted(set(blocks))), json.dumps(sorted(set(classes))))).fetchall()
    return [claim_from_row(r) for r in rows if r[1] not in skip]


def articles_by_id(store: Store, ids: Iterable[str]) -> list[Article]:
    """The stored articles with these ids (and a text), in `Store.articles` order."""
    with store._errors():
        rows = store.db.execute("SELECT id, path, sha256, date, title, body_start, text FROM articles "
                                "WHERE text IS NOT NULL AND id IN (SELECT value FROM json_each(?)) ORDER BY path, id",
                                (json.dumps(sorted(set(ids))),)).fetchall()
    return [_article_from_row(r) for r in rows]


def count_articles(store: Store, exclude: Iterable[str] = ()) -> int:
    """How many stored articles (with a text) are not among `exclude`."""
    with store._errors():
        return store.db.execute("SELECT count(*) FROM articles WHERE text IS NOT NULL AND id NOT IN "
                                "(SELECT value FROM json_each(?))", (json.dumps(sorted(set(exclude))),)).fetchone()[0]
