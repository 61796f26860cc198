"""The message of a finding between two clusters of claims that each give one value: one claim
against one reads as its rule's message; larger clusters name how many articles say what."""

from __future__ import annotations

from claimcheck.model import Claim, Finding
from claimcheck.reconcile.findings import finding
from claimcheck.reconcile.pairs import value_key, value_span
from claimcheck.reconcile.verdicts import describe
from claimcheck.settings import RunSettings


def _time_words(c: Claim) -> str:
    when = c.frame.get("time_text") or ""
    words = [w for w in c.frame.get("modifiers", []) if w.lower() not in when.lower()]
    if when:
        words.append(when)
    return " … ".join(words)


def cluster_finding(rule_id: str, gid: str, xs: list[Claim], ys: list[Claim], reason: str, s: RunSettings) -> Finding:
    """The finding between two clusters of claims that each give one value. One claim against
    one: the rule's message, as it always read. Larger clusters: "3 articles (…) say 15.000 de
    militari (exact 15000 militari); 002 says circa 11.000-12.000 de soldați (…): disjoint"."""
    # Order each side, and the sides, by article then position, so the finding reads the same
    # on every run.
    def order(c: Claim) -> tuple[str, int]:
        return c.article, c.start

    xs, ys = sorted(xs, key=order), sorted(ys, key=order)
    if rule_id == "quantity-rise":
        if xs[0].frame.get("risen"):
            xs, ys = ys, xs  # (the message names the count that rose second)
    elif order(ys[0]) < order(xs[0]):
        xs, ys = ys, xs
    a, b = xs[0], ys[0]
    fields = {"a_article": a.article, "a_text": a.text, "a_value": describe(a.value),
              "b_article": b.article, "b_text": b.text, "b_value": describe(b.value), "reason": reason,
              "note": _time_note(xs, ys)}
    if len(xs) == 1 and len(ys) == 1:
        return finding(rule_id, gid, a, b, fields, lang=s.lang, severities=s.severities)
    message = f"{_says(xs)}; {_says(ys)}: {reason}{fields['note']}"
    ids = [a.id, b.id, *(c.id for c in xs[1:]), *(c.id for c in ys[1:])]
    return finding(rule_id, gid, a, b, fields, lang=s.lang, severities=s.severities,
                   claims=ids, message=message)


def _articles(cs: list[Claim]) -> list[str]:
    return list(dict.fromkeys(c.article for c in cs))


def _who(cs: list[Claim]) -> str:
    """"000_8f3d" or "3 articles (000_8f3d, 001_3964, 004_721f)" or "40 articles (…, … and 37 more)"."""
    arts = _articles(cs)
    if len(arts) == 1:
        return arts[0]
    names = ", ".join(arts[:3]) + (f" and {len(arts) - 3} more" if len(arts) > 3 else "")
    return f"{len(arts)} articles ({names})"


def _says(cs: list[Claim]) -> str:
    n = len(_articles(cs))
    verb = "says" if n == 1 else "say"
    values = list(dict.fromkeys(value_key(c) for c in cs))
    if len(values) > 1:  # the other values of a large group (clusters.cluster_findings)
        lo = min(cs, key=lambda c: value_span(c, 0.0))
        hi = max(cs, key=lambda c: value_span(c, 0.0))
        return f"{_who(cs)} {verb} {len(values)} other values, from {describe(lo.value)} to {describe(hi.value)}"
    times = f" {len(cs)} times" if n == 1 and len(cs) > 1 else ""
    return f"{_who(cs)} {verb} {cs[0].text} ({describe(cs[0].value)}){times}"


def _time_note(xs: list[Claim], ys: list[Claim]) -> str:
    """"; 000 gives no time; 002 says 'inițial … 2024'" when the two sides' time words differ."""
    tx, ty = sorted({_time_words(c) for c in xs}), sorted({_time_words(c) for c in ys})
    if tx == ty:
        return ""

    def side(cs: list[Claim], words: list[str]) -> str:
        arts = _articles(cs)
        one = len(arts) == 1
        who = arts[0] if one else f"the {len(arts)} saying {describe(cs[0].value)}"
        if words == [""]:
            return f"{who} {'gives' if one else 'give'} no time"
        said = " / ".join(f"'{w}'" if w else "no time" for w in words)
        return f"{who} {'says' if one else 'say'} {said}"

    return f"; {side(xs, tx)}; {side(ys, ty)}"
