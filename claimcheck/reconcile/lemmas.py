"""One counted noun however the model lemmatised it: "32 de oi" is counted in "oaie" where the
model gave the lemma and in "oi" where it did not ("Două oi din cele 14.000"), and the stems of
an irregular plural and its lemma differ ("oi" / "oai", "urși" / "urs"), so the two counts would
never meet. Across the corpus, a written noun the model lemmatised anywhere takes that lemma
wherever it stands unlemmatised, as `name_order` gives a name the corpus's usual order.

(`check`'s keyed read keys each claim alone and does not see this: a new article's unlemmatised
plural meets stored claims of the same written form only.)"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from claimcheck.model import Claim
from claimcheck.read.textnorm import fold


def _written(c: Claim) -> str | None:
    text = c.frame.get("subject_text")
    return fold(text.split()[0]) if text and c.frame.get("quantity") == "count" and c.value.unit else None


def unify_lemmas(claims: list[Claim]) -> list[Claim]:
    """`claims`, a count whose noun stands as written re-keyed to the lemma the model gave the
    same written noun elsewhere in the corpus (the most frequent one; a copy, the others as they
    are)."""
    seen: dict[str, Counter] = defaultdict(Counter)
    for c in claims:
        written = _written(c)
        if written and fold(c.value.unit) != written:
            seen[written][c.value.unit] += 1
    if not seen:
        return claims
    lemma_of = {written: max(units, key=lambda u: (units[u], u)) for written, units in seen.items()}
    out = []
    for c in claims:
        written = _written(c)
        if written in lemma_of and fold(c.value.unit) == written:
            lemma = lemma_of[written]
            c = replace(c, value=replace(c.value, unit=lemma),
                        frame={**c.frame, "noun": lemma} if c.frame.get("noun") else c.frame)
        out.append(c)
    return out
