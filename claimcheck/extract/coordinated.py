"""Figures said together: counts as the parts of one group ("27 de adulți și 10 copii sunt
internați"), an amount and its conversion ("600 de milioane de lei (circa 120 de milioane de euro)").

Two counts of different nouns joined by "și" or a comma, with one verb and one happening, split one
group of people or things into kinds. Each is the count of its kind only: "27 de adulți" is not
another outlet's "60 de persoane internate" (a part of them), nor the "10 copii" beside it. A
kind the sentence names on its own ("32 de copii au fost internați") is no such part.
"""

from __future__ import annotations

import re

from claimcheck.model import Claim
from claimcheck.lang.stems import stem, stems_meet
from claimcheck.read.textnorm import fold

_BETWEEN = re.compile(r"\s*(?:,\s*)?(\w+)?\s*$")


def mark_split_counts(claims: list[Claim], text: str, links: frozenset[str] | list[str]) -> None:
    """Set frame["split"] on counts joined to a neighbouring count of another noun (claims in
    text order)."""
    counts = [c for c in claims if c.kind == "quantity" and c.frame.get("quantity") == "count"]
    for a, b in zip(counts, counts[1:]):
        if not _joined(text[a.end:b.start], links):
            continue
        na, nb = a.frame.get("noun"), b.frame.get("noun")
        if not (na and nb) or stems_meet(stem(na), stem(nb)):
            continue  # "2.400 de militari francezi și 1.000 de militari belgieni": its modifiers decide
        if a.frame.get("predicate") != b.frame.get("predicate") or a.frame.get("event") != b.frame.get("event"):
            continue  # "trei morți și 12 răniți": two happenings, each its own count
        a.frame["split"] = b.frame["split"] = True


def _joined(between: str, links) -> bool:
    """Only a comma or a link word between the two figures: "27 de adulți și 10 copii"."""
    if len(between) > 12:
        return False
    m = _BETWEEN.fullmatch(between)
    if m is None:
        return False
    word = m.group(1)
    return (word is None and "," in between) or (word is not None and fold(word) in links)


def mark_breakdowns(claims: list[Claim], text: str) -> None:
    """Figures after a colon that add up to the figure before it are its parts: "Suma de transfer
    este de 31 de milioane de euro: 25 de milioane sumă fixă și șase milioane ca bonusuri" gives
    one fee, 31 millions, and the 25 millions is no second fee of that article (frame["part"], as
    "dintre care" gives: a part only ever meets another part). The sum is the test, so a list that
    merely follows a colon ("Prețuri: 27 de lei, 28 de lei") is left alone. Claims come in text
    order, with their concepts set."""
    figures = [c for c in claims if c.kind == "quantity" and c.value is not None and c.value.low is not None
               and c.value.low == c.value.high and c.frame.get("quantity") in ("money", "count")]
    for i, total in enumerate(figures):
        colon = text[total.end:total.end + 3]
        if not colon.lstrip().startswith(":"):
            continue
        parts = []
        for c in figures[i + 1:]:
            if c.sentence != total.sentence or c.frame.get("quantity") != total.frame.get("quantity"):
                break
            parts.append(c)
            if len(parts) >= 2 and _adds_up(parts, total):
                for p in parts:
                    # (a part read as what the total is, "25 de milioane sumă fixă" a fee too; one
                    # that names its own kind, "șase milioane ca bonusuri", is still a bonus)
                    if p.concept is not None and p.concept == total.concept:
                        p.frame["part"] = True
                break


def _adds_up(parts: list[Claim], total: Claim) -> bool:
    units = {p.value.unit for p in parts}
    if total.frame.get("quantity") == "money" and units != {total.value.unit}:
        return False
    return abs(sum(p.value.low for p in parts) - total.value.low) <= 1e-9 * max(1.0, abs(total.value.low))


# What may stand between an amount and the same amount in another currency: "600 de milioane de
# lei (circa 120 de milioane de euro)", "5,17 miliarde lei (fără TVA), adică aproape 1 miliard".
_CONVERSION = re.compile(r"\s*(?:\([^()]{0,20}\))?\s*[,(]?\s*(?:adica\s*)?", re.IGNORECASE)


def mark_conversions(claims: list[Claim], text: str) -> None:
    """An amount converted into another currency right after it says what that amount says: its
    role (a difference, "mai scumpă cu …", stays one), subject and happening."""
    money = [c for c in claims if c.kind == "quantity" and c.frame.get("quantity") == "money"]
    for a, b in zip(money, money[1:]):
        if a.value.unit == b.value.unit or not _CONVERSION.fullmatch(fold(text[a.end:b.start])):
            continue
        for key in ("role", "subject", "event", "predicate"):
            if a.frame.get(key) is not None:
                b.frame[key] = a.frame[key]
            else:
                b.frame.pop(key, None)
        b.frame["converted"] = True


_WORDS = re.compile(r"[^\W\d_]+")


def mark_scene(claims: list[Claim], text: str, start: int, levels: dict[str, str], named: frozenset[str],
               joiners: frozenset[str] = frozenset()) -> None:
    """The one establishment an article tells of ("un incendiu a izbucnit la Spitalul Județean din
    Piatra Neamț"), kept as the scene of its counts that name no place: "zece pacienți au decedat"
    there may be another outlet's count "la Spitalul Județean". An article that names two
    establishments of a level ("Spitalul Abrud", "Spitalul Județean Alba") has no one scene."""
    scenes: dict[str, str] = {}
    words = list(_WORDS.finditer(text, start))
    for k, w in enumerate(words[:-1]):
        if levels.get(fold(w.group())) not in named:
            continue
        name = words[k + 1].group()
        if name[:1].isupper() and text[w.end():words[k + 1].start()].strip() == "":
            # the name as written, with the small words that join it ("Spitalul Județean de
            # Urgență (SJU) Piatra Neamț"): another outlet's "Spitalul de Urgență Piatra Neamț"
            # shares its words
            rest = []
            for j in range(k + 2, min(k + 8, len(words))):
                between = text[words[j - 1].end():words[j].start()]
                word = words[j].group()
                if not set(between) <= set(" ()") or not (word[:1].isupper() or (
                        fold(word) in joiners and j + 1 < len(words) and words[j + 1].group()[:1].isupper())):
                    break
                rest.append(word)
            scenes.setdefault(fold(name)[:5], " ".join([w.group(), name, *rest]))
    if len(scenes) != 1:
        return
    [scene] = scenes.values()
    for c in claims:
        if c.kind == "quantity" and c.frame.get("quantity") == "count" and not c.frame.get("place"):
            c.frame["scene"] = scene
