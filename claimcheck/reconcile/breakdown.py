"""A toll broken down by place: "Patru oameni au murit în județul Arad, unul la Oradea; mai sunt
doi morți la Deva". An article that gives one count at two or more places splits it by place, so
each of those figures is one place's part: it is that place's figure in another report, never
the figure of a report that names no place (the whole, or another place). The words say where,
not a table of places; placing.place_field reads the marks. The same article's count of no place
above all those is the whole it splits: another report's figure well below it may be one
place's, and is not held against it."""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz

from claimcheck.model import Claim
from claimcheck.read.textnorm import fold
from claimcheck.reconcile.verdicts import magnitude, smaller_part

MARK = "breakdown"
WHOLE = "split_whole"  # the article's count of no place above every one it places: the whole


def mark_breakdowns(members: list[Claim], similarity: float) -> None:
    """Mark the located counts of every article that places one count's figures at two or more
    places less alike than `similarity` (the `place-similarity` threshold)."""
    located: dict[str, list[Claim]] = defaultdict(list)
    for c in members:
        # ("În toată țara sunt șapte morți": the country's figure is the whole, no place's part)
        if c.frame.get("quantity") == "count" and c.frame.get("place") and c.frame.get("place_level") != "country":
            located[c.article].append(c)
    for cs in located.values():
        places: list[str] = []
        for c in cs:
            p = fold(c.frame["place"])
            if not any(fuzz.token_set_ratio(p, q) >= similarity for q in places):
                places.append(p)
        if len(places) >= 2:
            for c in cs:
                c.frame[MARK] = True
            _mark_wholes([c for c in members if c.article == cs[0].article], cs)


def _mark_wholes(article: list[Claim], located: list[Claim]) -> None:
    """An article's count of no place above every count it places ("67 persoane au fost rănite
    (49 în județul Timiș, 12 persoane în județul Arad și 6 persoane la Alba)") is the whole it
    splits."""
    top = max(magnitude(c.value) for c in located)
    for c in article:
        if c.frame.get("quantity") == "count" and not c.frame.get("place") and magnitude(c.value) > top:
            c.frame[WHOLE] = True


def apart(a: Claim, b: Claim, similarity: float) -> str | None:
    """Why two counts are two places' figures, when one of them is a part of a breakdown by place
    (in one article too: "Cinci morți în Timiș" is no earlier state of its "opt persoane" in the
    whole country); None when nothing says so."""
    for whole, other in ((a, b), (b, a)) if a.article != b.article else ():
        if whole.frame.get(WHOLE) and not other.frame.get(WHOLE) and not other.frame.get("place") \
                and smaller_part(other.value, whole.value):
            # (a total the other report names no place for may be the whole's too: above a
            # share of it, the two are compared)
            return (f"{other.text!r}, well below a whole that its report splits by place, "
                    f"may be one place's part of it")
    if not (a.frame.get(MARK) or b.frame.get(MARK)):
        return None
    pa, pb = a.frame.get("place"), b.frame.get("place")
    if not pa or not pb:
        return f"{pa or pb!r}, one place of a breakdown by place, vs a figure of no place"
    if fuzz.token_set_ratio(fold(pa), fold(pb)) < similarity:
        return f"{pa!r} vs {pb!r}: two places of a breakdown by place"
    return None
