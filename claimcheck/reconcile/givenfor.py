"""Two figures given for different things their words alone do not tell apart: two items of
a list (the labels of their lines), two brackets of a scale, two matches (extract/givenfor.py
reads them). Each returns why the two are apart, or None; matching.py makes it a veto.
"""

from __future__ import annotations

from claimcheck.lang.stems import shared_stems, stems_meet
from claimcheck.model import Claim


def same_match(a: Claim, b: Claim) -> tuple[bool, str]:
    """Two final scores are of one match when their sentences name both teams ("România – Croaţia
    34-23", "România a învins Croația, scor 33-24")."""
    if a.frame.get("quantity") != b.frame.get("quantity"):
        return False, "a score vs another figure"
    shared = shared_stems(a.frame.get("teams") or [], b.frame.get("teams") or [])
    if len(shared) >= 2:
        return True, f"the match of {' '.join(shared)}"
    # (one team in common is one team's two matches as often: "U-BT … 111-92 cu Aris", "U-BT …
    # cu Bourg-en-Bresse 96-84")
    return False, f"{' '.join(shared) or 'no team'} named on both sides: two matches"


def items_apart(a: Claim, b: Claim) -> str | None:
    """Two lines of lists that name different items ("Industria:", "Agricultura:") give the
    figures of two items, whatever the words after the colon share."""
    la, lb = a.frame.get("label"), b.frame.get("label")
    if la and lb and not shared_stems(la, lb):
        return f"list items {' '.join(la)!r} vs {' '.join(lb)!r}"
    return None


def same_item(a: Claim, b: Claim) -> bool:
    """Both figures are given for one item of a list: the words of one's label are all in the
    other's ("Limba și literatura română: 131.849 de elevi" / "La proba de Limba și literatura
    română, 131.999 de elevi"). That names what a count is of as a noun narrowed on both sides
    does; "Limba și literatura maternă" is another item, for all the words it shares."""
    la, lb = a.frame.get("label"), b.frame.get("label")
    if not (la and lb):
        return False
    short, long_ = (la, lb) if len(la) <= len(lb) else (lb, la)
    return all(any(stems_meet(x, y) for y in long_) for x in short)


def brackets_apart(a: Claim, b: Claim) -> str | None:
    """A figure given for a bracket of a scale ("cu pensii sub 1.500 de lei") is one fact with a
    figure for the same bracket only: not with another bracket's, nor with one said for all."""
    ba, bb = a.frame.get("bracket"), b.frame.get("bracket")
    if not (ba or bb) or (ba and bb and any(_meets(x, y) for x in ba for y in bb)):
        return None
    return f"{ba or 'all'} vs {bb or 'all'}: two brackets of a scale"


def groups_apart(a: Claim, b: Claim) -> str | None:
    """A figure said for a group ("6,1% în cazul persoanelor de sex masculin") is one fact only
    with a figure said for the same group in the same words: not with another group's, nor with
    the figure for all."""
    ga, gb = a.frame.get("group"), b.frame.get("group")
    if not (ga or gb) or ga == gb:
        return None
    return f"{' '.join(ga or []) or 'all'} vs {' '.join(gb or []) or 'all'}: two groups"


def _meets(x: list, y: list) -> bool:
    """Two brackets [low, high] (None: open) with an edge in common: "între 1.501 și 2.000" and
    "între 1.500 și 2.000 de lei" (the upper), "pensia maximă de 3.000" and "între 2.001 și 3.000".
    Overlapping is not enough: "sub 3.000" holds every bracket of a scale below it."""
    return x == y or (x[0] is not None and x[0] == y[0]) or (x[1] is not None and x[1] == y[1])
