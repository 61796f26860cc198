"""Which happening a date is the time of, for date claims that no concept names.

A date-conflict is an accusation: two outlets dating one happening differently. rules/concepts.yml
names a few happenings outright (a treaty, an invasion); most are said in the words around the
date ("Pe 25 septembrie, autocamionul a fost oprit"). Two such dates are taken to time one
happening only when:
- neither is the date of a report, statement or publication ("Poliția a transmis marți"), nor said
  as a plan, nor in a paragraph about another happening, nor a base of comparison, nor one of two
  dates on one verb, nor a day named against the article's date ("ieri", "vineri");
- their subjects name one thing (the head noun of one is a noun of the other's phrase: "Drogurile
  au ajuns" / "Containerele cu … droguri a ajuns"), and the places they name, if both do, agree;
- and they tell it alike: the same verb (and object); verbs of one class of rules/events.yml
  (`happenings`) sharing a few content words around the dates; or other verbs sharing many. Verbs of
  opposed classes (an arrival and a departure) are never one happening.
Anything less says nothing (no finding): arrest and seizure, arrival and departure are told with
different verbs.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from claimcheck.lang.frames import frame_words
from claimcheck.lang.rules import Lang, compiled
from claimcheck.lang.stems import StemTable, shared_stems, stem, stems_meet
from claimcheck.model import Claim
from claimcheck.reconcile.verdicts import interval, is_point

BLOCK = "~happening"  # the block of date claims told by their words, not by a concept


@dataclass(frozen=True, slots=True)
class _Rules:
    classes: StemTable
    opposed: frozenset[frozenset[str]]
    shared: int
    shared_same_class: int


@compiled
def _rules(lang: Lang) -> _Rules:
    h = lang.load("events").get("happenings") or {}
    return _Rules(StemTable([(s, c) for c, stems in (h.get("classes") or {}).items() for s in stems]),
                  frozenset(frozenset(p) for p in h.get("opposed", [])),
                  int(h.get("shared_words", 4)), int(h.get("shared_words_same_class", 3)))


def not_happened(c: Claim) -> bool:
    """Said as a plan or a forecast ("va fi", "urmează să"), or as what is not the case ("în loc
    de 12"): it has not happened, so it times no happening and is no figure that came true."""
    return c.frame.get("mood") in ("planned", "unreal")


def _own_dates(c: Claim) -> tuple[str, str] | None:
    """(low, high) of the date a claim's own words give it, as ISO strings; None without one."""
    t = c.frame.get("time")
    if not (t and c.frame.get("time_text")) or t.get("unit") != "date" \
            or not (isinstance(t.get("low"), str) and isinstance(t.get("high"), str)):
        return None
    return t["low"], t["high"]


def plan_came(plan: Claim, told: Claim) -> bool:
    """A plan dated by its own words to a period that had begun by the day the other article
    was written ("vor participa 5.000 de militari" in an exercise "în perioada 20 octombrie-13
    noiembrie", against "au participat" on 13 November): the plan is what came to be."""
    own, d = _own_dates(plan), told.frame.get("article_date")
    return bool(own and d) and own[0] <= d


def estimate_held(plan: Claim, told: Claim) -> bool:
    """An amount or level said about a thing in the future and loosely ("tranzacția se va ridica
    la aproximativ 350 de milioane de euro"), with no event of its own, that the other figure
    falls within (347,5 milioane): the estimate of that figure before it was known, not a plan
    another fact followed."""
    if plan.frame.get("event") or plan.frame.get("mood") != "planned" or plan.value.qualifier != "approx" \
            or plan.frame.get("role") != "level" or told.frame.get("role") != "level" or not is_point(told.value):
        return False
    lo, hi = interval(plan.value, approx=True)
    return lo <= float(told.value.low) <= hi


def still_running(c: Claim) -> bool:
    """Dated by its own words to a period that reaches its article's day or later: what it says
    is under way or to come, not finished."""
    own, d = _own_dates(c), c.frame.get("article_date")
    return bool(own and d) and own[1] >= d and own[0] <= own[1]


# A weekday is read as the day of that name within three days of the article's date
# (scan/dates/periods.weekday_near). Within two, it names the same day when the article's date is
# a day late: "miercuri" in an article of Thursday or of Friday is the same Wednesday.
NAMED_DAY_REACH = 2


def named_day_held(c: Claim) -> bool:
    """A weekday ("miercuri", "joi dimineața") whose reading does not hang on the article's date
    being the day it was written, unlike "ieri" or "astăzi". Not one read after the article's
    date: a happening told as done is not dated after its report ("au murit … în noaptea de
    duminică spre luni" in a Friday's follow-up months later is no coming Sunday)."""
    off = c.frame.get("named_day")
    return isinstance(off, int) and -NAMED_DAY_REACH <= off <= 0


def _subject(c: Claim, lang: Lang | None = None) -> list[str]:
    """The stems of what the date's happening is of: the clause's subject, or the name of whose
    it is when the verb has a class of rules/events.yml ("Ivan Patzaichin a murit sâmbătă":
    the parse gives the name as the figure's owner, not as a subject's words)."""
    f = c.frame
    if f.get("subject"):
        return f["subject"]
    if f.get("owner") and (f.get("event") or _rules(lang).classes.lookup(f.get("predicate") or "")):
        # (or of a class of happenings: "Horia Colibășanu a plecat în 5 aprilie spre Nepal")
        return [stem(w) for w in f["owner"].split()]
    return []


def happening_key(c: Claim, lang: Lang | None = None) -> str | None:
    """BLOCK if `c` is a date the words around it may tie to a happening, else None."""
    f = c.frame
    pred, subject = f.get("predicate"), _subject(c, lang)
    if c.concept or not pred or not subject or not_happened(c) or f.get("aside") or f.get("previous") \
            or f.get("another_date") or f.get("compared") or f.get("measured_period"):
        # (see extract/dates.py: no happening's own time, or not known to be; "a încercat anterior
        # să urce Kangchenjunga în 2012" dates an earlier try, not the climb the story tells)
        return None
    # (a span of weekdays too: "în noaptea de duminică spre luni")
    if f.get("relative") and (f.get("grain") in ("day", "week") or f.get("named_day") is not None) \
            and not any(ch.isdigit() for ch in c.text) \
            and not named_day_held(c):
        # "ieri", "săptămâna trecută" are read against the article's date, which is often the
        # day after the report was written: a day apart is no disagreement.
        return None
    if frame_words(lang).report_verbs.lookup(pred) \
            or (f.get("owner") and not f.get("event") and not _rules(lang).classes.lookup(pred)):
        return None  # ("Publicat: …, Gabriela Gogu": a byline's date has an owner, not a happening)
    return BLOCK


def told_by_noun(a: Claim, b: Claim) -> bool:
    """One happening told by its noun: "Evadarea a avut loc" and "deținutul a evadat"; or two
    "a avut loc" / "s-a produs" of which one names no particular happening ("Incidentul s-a
    produs la 18:45" / "Evadarea a avut loc la 18:20": a story's articles tell one incident, the
    one the other article tells first)."""
    ha, hb = a.frame.get("happening"), b.frame.get("happening")
    if ha and hb:
        if "*" in (ha, hb):
            # (the incident is the story's: the happening its article tells first)
            told = b if ha == "*" else a
            return told.frame.get("happening") == "*" or bool(told.frame.get("lead"))
        return stems_meet(ha, hb)
    noun, other = (ha, b) if ha else (hb, a)
    verb = other.frame.get("predicate")
    return bool(noun and noun != "*" and verb and stems_meet(noun, stem(verb)))


def leads_of_two(a: Claim, b: Claim) -> bool:
    """Two articles' first happenings told by a noun, whatever the nouns ("Nenorocirea a avut loc"
    and "Un accident grav s-a produs"): each is its story's."""
    return a.article != b.article and bool(a.frame.get("lead")) and bool(b.frame.get("lead"))


def _subjects_meet(a: list[str], b: list[str]) -> bool:
    return any(stems_meet(a[0], y) for y in b) or any(stems_meet(b[0], x) for x in a)


def same_happening(a: Claim, b: Claim, lang: Lang | None = None,
                   place_similarity: float = 80.0) -> tuple[bool, str]:
    """(one happening?, why) for two date claims of the BLOCK; two places less alike than
    `place_similarity` (the `place-similarity` threshold) are two happenings."""
    r = _rules(lang)
    sa, sb = _subject(a, lang), _subject(b, lang)
    by_noun = told_by_noun(a, b)
    if not by_noun and not (sa and sb and _subjects_meet(sa, sb)):
        return False, f"{' '.join(sa) or 'no subject'} vs {' '.join(sb) or 'no subject'}: two happenings"
    la, lb = a.frame.get("place"), b.frame.get("place")
    if la and lb and fuzz.token_set_ratio(la.lower(), lb.lower()) < place_similarity:
        return False, f"in {la} vs in {lb}: two happenings"
    pa, pb = a.frame.get("predicate") or "", b.frame.get("predicate") or ""
    if by_noun:
        return True, f"both tell of {a.frame.get('happening') or pa} / {b.frame.get('happening') or pb}"
    oa, ob = a.frame.get("object"), b.frame.get("object")
    if oa and ob and not stems_meet(oa, ob):
        return False, f"{pa} {oa} vs {pb} {ob}: two happenings"
    if stems_meet(stem(pa), stem(pb)):
        return True, f"both {sa[0]} … {pa}"
    event, owner = a.frame.get("event"), a.frame.get("owner")
    ka, kb = r.classes.lookup(pa), r.classes.lookup(pb)
    if owner and owner == b.frame.get("owner") and ((event and event == b.frame.get("event")) or (ka and ka == kb)):
        # "Ivan Patzaichin a murit sâmbătă" / "a încetat din viață duminică", "Mihai a pornit pe
        # 12 decembrie" / "a plecat în 13 decembrie": one named one's happening of one class, in
        # other words
        return True, f"{pa} / {pb}: {owner} ({event or ka})"
    if ka and kb and frozenset((ka, kb)) in r.opposed:
        return False, f"{pa} ({ka}) vs {pb} ({kb}): two happenings"
    ca, cb = a.frame.get("clause") or [], b.frame.get("clause") or []
    shared = shared_stems(ca, cb)
    need = r.shared_same_class if ka and ka == kb else r.shared
    if len(shared) >= need:
        return True, f"{pa} / {pb}: both tell of {' '.join(shared)}"
    return False, f"{pa} vs {pb}, sharing {len(shared)} words: two happenings"
