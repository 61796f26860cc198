"""When one article gives two values of one fact: whether it says the figure changed (an update)
or tells the change itself from one value to the other (nothing corrected)."""

from __future__ import annotations

import re

from claimcheck.lang.stems import stem, stems_meet
from claimcheck.model import Claim
from claimcheck.reconcile.timing import dated_span

# Up to a few words of the same sentence, figures included ("493.700 de persoane, în creștere cu
# 6.400 față de luna precedentă, de la 487.300"): a full stop inside a number ends nothing.
_CLAUSE_GAP = r"(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?"
# "de la" before the value a change starts from, maybe through the noun of that value ("de la
# nivelul actual de 294 de lei"); a sign may precede the figure ("de la +0,5% la +0,6%").
_FROM = r"\bde\s+la\s+(?:[^\W\d_]+\s+){0,2}?(?:de\s+)?[+−-]?"


def marks_change(a: Claim, b: Claim) -> bool:
    """An article that corrects itself says so: "inițial", "până acum", two different dates, or
    an earlier figure beside the new one in one sentence.
    But two counts of one noun with two verbs are two facts ("din cele 200.000 de locuințe
    afectate până acum, au fost reconectate 86.000"), not a count and its update. Nor are two
    spans of time: an article that gives a term "inițial", then another "ulterior" and one "în
    final" tells a history of decisions, not a figure it corrects."""
    if a.frame.get("quantity") == "duration" or b.frame.get("quantity") == "duration":
        return False
    if a.frame.get("another") or b.frame.get("another"):
        return False  # ("alte 114.000" counts others, it corrects nothing)
    if a.frame.get("previous") or b.frame.get("previous"):
        # A figure said as the one before ("în creștere de la 5,5%", "față de 35") is the earlier
        # value of the figure its own sentence gives, whatever word dates it ("din anul
        # anterior"), never of a figure on another line; and a change the sentence tells from
        # the one to the other corrects nothing.
        if a.sentence != b.sentence or (bool(a.frame.get("previous")) != bool(b.frame.get("previous"))
                                        and told_change(a, b)):
            return False
    pa, pb = a.frame.get("predicate"), b.frame.get("predicate")
    if a.frame.get("quantity") == "count" and pa and pb and not stems_meet(stem(pa), stem(pb)) \
            and not (a.frame.get("event") and a.frame.get("event") == b.frame.get("event")):
        return False
    if a.frame.get("role") == b.frame.get("role") == "change" and a.sentence != b.sentence:
        # Two rises told apart ("în ianuarie prețurile au crescut cu 1 leu" … "în total, prețul a
        # crescut cu 4 lei") are two changes, not one figure and its correction.
        return False
    ma, mb = a.frame.get("modifiers") or [], b.frame.get("modifiers") or []
    if a.sentence and a.sentence == b.sentence and _clause_wide(a, b, set(ma) ^ set(mb)):
        # the verb's adverb ("Duță (48 kg), Nechita (57 kg) au părăsit deja turneul", "Până acum
        # au fost aplicate amenzi de 10.000 de lei …, precum și o amendă de 50.000 de lei") is
        # read beside the nearer figure only; it sets neither apart from the other ("61,2%
        # inițial, apoi … 63,4%" does)
        ma = mb = []
    ta, tb = a.frame.get("time"), b.frame.get("time")
    return (bool(ma or mb) and ma != mb) or bool(ta and tb and ta != tb and _day(ta) and _day(tb)) \
        or (bool(a.frame.get("previous")) != bool(b.frame.get("previous")) and a.sentence == b.sentence
            and not told_change(a, b))


# How near its figure a time word must stand to be that figure's own ("61,2% inițial").
_OWN_WORD_CHARS = 12


def _clause_wide(a: Claim, b: Claim, words: set[str]) -> bool:
    """Every one of `words` belongs to the clause rather than to one figure: it stands after both
    figures, or, when the two share their verb, away from both."""
    sent = a.sentence or ""
    ia, ib = sent.find(a.text), sent.find(b.text)
    if ia < 0 or ib < 0 or not words:
        return False
    spans = [(ia, ia + len(a.text)), (ib, ib + len(b.text))]
    end = max(e for _, e in spans)
    # (two figures with no verb read, as without a parse, may share one too)
    shared_verb = a.frame.get("predicate") == b.frame.get("predicate")
    for w in words:
        spots = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", sent, re.I)]
        if not spots:
            return False
        if min(spots) >= end:
            continue
        near = any(s - _OWN_WORD_CHARS <= p <= e + _OWN_WORD_CHARS for p in spots for s, e in spans)
        if not shared_verb or near:
            return False
    return True


def told_change(a: Claim, b: Claim) -> bool:
    """"crește … de la 33,03 lei/MWh la 36,45 lei/MWh", "7,6%, în creștere de la 5,5%": the
    article tells the change itself, from the one figure straight to the other; nothing in it is
    corrected."""
    before, after = (a, b) if a.frame.get("previous") else (b, a)
    return told_from_to(before, after)


def told_from_to(before: Claim, after: Claim, said_from: bool = False) -> bool:
    """Whether `before`'s sentence tells a change from `before` to `after`. With `said_from`,
    only after "de la" (the caller knows no figure as the one before)."""
    # (or the new figure first: "o cotă de 7,6%, în creștere de la 5,5%", "493.700 …, în creștere
    # cu 6.400 față de luna precedentă, de la 487.300")
    # (a unit may follow the first figure: "de la 294 de lei pe MWh la 317,39 lei pe MWh"; a sign
    # may precede either: "contribuția a crescut de la +0,5% la +0,6%")
    lead = _FROM if said_from else ""
    return re.search(lead + re.escape(before.text) + r"\S*(?:\s+[^\s.;,]+){0,3}?\s+la\s+[+−-]?"
                     + re.escape(after.text), before.sentence) is not None \
        or re.search(re.escape(after.text) + _CLAUSE_GAP + _FROM + re.escape(before.text),
                     before.sentence) is not None


def _day(t: dict) -> bool:
    """A time of a day or two: the moment a running tally was told. Two months, two quarters or
    a quarter and the year to date are the periods of two figures, not one figure's update."""
    days = dated_span(t)
    return days is not None and (days[1] - days[0]).days <= 1
