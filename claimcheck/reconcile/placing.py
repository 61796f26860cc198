"""The place field of a pair: a county's figure is not the country's, nor one site's another's.

matching.score_pair asks this module whether two claims' places (their names, levels and sites,
an article's scene, a breakdown by place) let them state one fact.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from claimcheck.lang.frames import frame_words, tables
from claimcheck.lang.rules import Lang
from claimcheck.model import Claim
from claimcheck.read.textnorm import fold
from claimcheck.reconcile import breakdown
from claimcheck.reconcile.fieldscore import VETO, FieldScore


def place_field(a: Claim, b: Claim, lang: Lang | None, similarity: float) -> FieldScore:
    pa, pb = a.frame.get("place"), b.frame.get("place")
    la, lb = a.frame.get("place_level"), b.frame.get("place_level")
    # A county's figure is not the country's, nor a city's its county's. A place named without a
    # level word ("București") may be of any level: only a figure with no place at all is the
    # whole's.
    unknown_level = (la is None and pa) or (lb is None and pb)
    if a.frame.get("age") and b.frame.get("age"):
        # an age is the person's, wherever the article says they come from or died
        return FieldScore("place", None, "an age: the person's, not a place's")
    if (not pa or not pb) and (a.kind == "date" or a.frame.get("quantity") in ("clock", "minute")):
        # A time is of one happening, not a total over an area: "a evadat din penitenciarul
        # din județul Constanța la ora 18:45" and "Evadarea a avut loc la 18:20" time one escape.
        unknown_level = True
    if (why := breakdown.apart(a, b, similarity)) is not None:
        return FieldScore("place", VETO, why, veto=True)
    sa, sb = a.frame.get("site"), b.frame.get("site")
    if sa and sb:
        # two readings' sites (extract/sites.py): one site written two ways, or two sites
        sim = fuzz.ratio(sa, sb)
        if sim >= similarity:
            return FieldScore("place", sim / 100, f"read at {sa!r} ~ {sb!r} ({sim:.0f}%)")
        return FieldScore("place", VETO, f"read at {sa!r} vs {sb!r}: two sites", veto=True)
    for x, y in ((a, b), (b, a)):
        if x.frame.get("place_level") != "site" or y.frame.get("place"):
            continue
        scene = y.frame.get("scene")
        if scene and (sim := fuzz.token_set_ratio(fold(x.frame["place"]), fold(scene))) >= similarity:
            # "zece pacienți au decedat" in an article about one hospital's fire is that hospital's
            return FieldScore("place", sim / 100, f"{x.frame['place']!r} ~ {scene!r}, the scene of its article")
        named = y.frame.get("actor_text") or y.frame.get("subject_text")
        if named and set(fold(x.frame["place"]).split()) <= set(fold(named).split()):
            # "Portul Constanța a operat 92.418.306 tone" and "Traficul din Portul Constanța a
            # ajuns la 92,4 milioane de tone": the site is in the words the other figure is of
            return FieldScore("place", 1.0, f"{x.frame['place']!r} in {named!r}")
    if (la or lb) and la != lb and not unknown_level and (la not in (None, "country") or lb not in (None, "country")):
        return FieldScore("place", VETO, f"{pa or 'no place named'} ({la or 'whole'}) vs "
                                         f"{pb or 'no place named'} ({lb or 'whole'}): different levels", veto=True)
    if not pa or not pb:
        return FieldScore("place", None, f"{pa or 'no place'} / {pb or 'no place'}")
    # (two names after one level word are compared whole: "Spitalul Clinic de Urgență Floreasca"
    # is not "Spitalul Clinic de Urgență pentru Copii …", though all its first words are in it)
    ratio = fuzz.token_sort_ratio if la and la == lb else fuzz.token_set_ratio
    sim = ratio(fold(pa), fold(pb))  # ("din toată țara" and "din țară": one country)
    if sim >= similarity:
        return FieldScore("place", sim / 100, f"{pa!r} ~ {pb!r} ({sim:.0f}%)")
    if la and la == lb and _seat_unsaid(pa, pb, frame_words(lang).seat_links):
        return FieldScore("place", 0.9, f"{pa!r} ~ {pb!r}: one name, its town said once")
    if la and la == lb:
        # two names after one level word: "Spitalul Abrud" and "Spitalul Județean Alba"
        return FieldScore("place", VETO, f"{pa!r} vs {pb!r}: two places of one level ({la})", veto=True)
    if a.frame.get("quantity") == b.frame.get("quantity") == "count" and (la or lb):
        # "76 de cazuri … în București" and "în județul Ilfov … 42 de astfel de cazuri": counts at
        # two places, one of them an area the words name as such, are two counts, whether the
        # places lie apart or one holds the other (but soldiers "trimiși în Rusia" are those who
        # "au luptat în Kursk": a group that moved is counted wherever it went)
        return FieldScore("place", VETO, f"{pa!r} vs {pb!r}: counts of two places", veto=True)
    # Different names may still be one place (Kursk is in Rusia); only places of two different
    # sides are surely apart.
    sides = tables(lang).sides
    sa, sb = sides.match(pa.split()), sides.match(pb.split())
    if sa and sb and sa[0] != sb[0]:
        return FieldScore("place", VETO, f"{pa!r} ({sa[0]}) vs {pb!r} ({sb[0]})", veto=True)
    return FieldScore("place", None, f"{pa!r} / {pb!r}: not known to differ")


def _seat_unsaid(pa: str, pb: str, links: frozenset[str]) -> bool:
    """"Spitalul Elias din Capitală" and "Spitalul Elias": one site, whose town one article adds
    after one of `links`. Two towns ("Spitalul Județean din Craiova", "… din Slatina") are two sites."""
    ta, tb = fold(pa).split(), fold(pb).split()
    for x, y in ((ta, tb), (tb, ta)):
        if len(x) == len(y) + 2 and len(y) >= 2 and x[-2] in links and x[:-2] == y:
            return True
    return False
