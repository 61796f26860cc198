"""What a stored claim can meet, written beside it so that `check` reads only those claims.

A claim of a new article can be grouped only with claims of its block (blocks.block_key), can
round only figures of its coincidence class (coincidence.claim_class), can give in another
currency only an amount (currency.py: the class of an amount is stored without its currency), and
can be a variant only of another quotation (quotes.py compares every quotation's wording). The store keeps these keys
per claim (schema version 5), and `check` asks for the claims that share a key with the new
article's claims instead of reading the whole store: the reconcilers see every claim that can
change a finding about the new article, so the findings are those of a full read.

The keys are computed by code, so they are trusted only while the code that computed them is
the code that reads them: `scheme()` hashes the modules that decide them (the reconcilers and the
language tables) and claimcheck's version, and the store records the scheme its keys were last
written under. Another scheme, or a save that wrote no keys, and `check` reads the whole store
(and writes the keys again). The rules the keys depend on are covered by each article's
rules_hash: `check` takes the keyed path only when every stored article was parsed with the
run's model and rules.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from claimcheck import __version__
from claimcheck.model import Claim
from claimcheck.store.store import source_digest
from claimcheck.lang.rules import Lang

QUOTES = '["quote"]'  # every quotation meets every other (by wording): one key for all


def keys_for(lang: Lang | None) -> Callable[[Claim], tuple[str | None, str | None]]:
    """The function giving a claim's (block, class) as JSON text, each None when it has none,
    with the run's rules, as `Store.save(keys=...)` takes it. (The reconcilers are imported here,
    once per run, not at claimcheck's start-up.)"""
    from claimcheck.reconcile.baseunits import in_base_unit
    from claimcheck.reconcile.blocks import block_key
    from claimcheck.reconcile.coincidence import claim_class

    def claim_keys(c: Claim) -> tuple[str | None, str | None]:
        if c.kind == "quote":
            return QUOTES, None
        c = in_base_unit(c, lang)  # (the reconcilers key a measure in its base unit)
        block, cls = block_key(c, lang), claim_class(c)
        if cls is not None and cls[0] in ("money", "percent"):
            # (an amount meets the same figure in every currency, currency.py, and a change in
            # percent the same one in percentage points, points.py)
            cls = (cls[0], "")
        return (None if block is None else _text(block)), (None if cls is None else _text(cls))

    return claim_keys


def _text(key: tuple) -> str:
    return json.dumps(list(key), ensure_ascii=False, separators=(",", ":"))


@lru_cache(maxsize=1)
def scheme() -> str | None:
    """A hash of the code that computes the keys; None when that code cannot be read (an
    install without sources), and then no stored key is trusted."""
    package = Path(__file__).resolve().parents[1]
    try:
        return source_digest(package, [*(package / "reconcile").glob("*.py"), *(package / "lang").glob("*.py"),
                                       package / "model.py"], f"claimcheck {__version__}\0")
    except OSError:
        return None
