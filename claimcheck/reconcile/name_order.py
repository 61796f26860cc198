"""One person named in either order: "Gabriel Sandu" in one outlet, "Sandu Gabriel" in a police or
hospital statement another outlet copies (official Romanian style puts the surname first).

Extraction takes a name's last word as its owner ("Gabriel Sandu" → sandu, given gabriel), which
splits the two orders into two people whose ages or times are never compared. Across the corpus
the words of a name, in any order, are one person; the owner is the word the corpus uses most as
one (a bare "Sandu" counts), so that the claims of both orders meet in one block.
"""

from __future__ import annotations

from collections import Counter

from claimcheck.model import Claim


def unify_name_order(claims: list[Claim]) -> list[Claim]:
    """`claims`, a name given in another order than the corpus's usual one re-keyed to that order
    in its frame (as reconcile marks `sole` counts: the report shows the frames it compared)."""
    owners = Counter(c.frame["owner"] for c in claims if c.frame.get("owner"))
    orders: dict[frozenset[str], set[str]] = {}
    for c in claims:
        if c.frame.get("owner") and c.frame.get("owner_given"):
            orders.setdefault(frozenset([c.frame["owner"], *c.frame["owner_given"]]), set()).add(c.frame["owner"])
    usual = {words: max(seen, key=lambda w: (owners[w], w)) for words, seen in orders.items() if len(seen) > 1}
    for c in claims if usual else ():
        owner, given = c.frame.get("owner"), c.frame.get("owner_given")
        best = usual.get(frozenset([owner, *given])) if owner and given else None
        if best is not None and best != owner:
            c.frame["owner_given"] = [w for w in (*given, owner) if w != best]
            c.frame["owner"] = best
    return claims
