"""Scoring two claim frames field by field: do they state the same fact?

Each field gives a score in [0, 1] and a note a person can read; `explain` prints them. A field
can veto (opposed events, different sides, disjoint times): a fact-checker would never call
those the same fact however alike the rest looks. Otherwise the weighted mean must reach the
`group` threshold (configurable: `[thresholds] group = ...`).
"""

from __future__ import annotations

from datetime import date as date_cls

from claimcheck.model import CHANGE_EVENTS, Claim, Value
from claimcheck.lang.stems import shared_stems, stem, stems_meet
from claimcheck.lang.frames import tables
from claimcheck.read.textnorm import fold
from claimcheck.reconcile.fieldscore import VETO, FieldScore
from claimcheck.reconcile.givenfor import same_item, same_match
from claimcheck.reconcile.happenings import estimate_held, leads_of_two, not_happened, plan_came, same_happening, \
    still_running, told_by_noun
from claimcheck.reconcile.placing import place_field
from claimcheck.reconcile.subjects import narrowed_alike, same_holder, same_owner, subject_field, valued_alike
from claimcheck.reconcile.timing import time_field
from claimcheck.settings import THRESHOLDS, merged_thresholds
from claimcheck.lang.rules import Lang

__all__ = ["FieldScore", "concept_key", "score_pair"]  # (FieldScore is read by render/explain.py)

HAPPENING_WORDS = 3  # content words two sentences share to time one happening (see _happening)
# How much each field counts when none vetoes. Concept and event say what the fact is; actor,
# place and time say whose and when, and are often missing from one of two wordings.
WEIGHTS = {"concept": 3.0, "subject": 2.0, "event": 2.0, "actor": 1.5, "place": 1.0, "time": 1.0}


def concept_key(c: Claim) -> str | None:
    """What a claim counts or measures: its concept, else its unit (for a count, the counted
    noun's stem: the model lemmatizes "biblioteci" to "bibliotecă" in one sentence and not in
    the next, and both are one noun)."""
    if c.concept:
        return c.concept
    if not (c.value and c.value.unit):
        return None
    return "~" + stem(c.value.unit) if c.frame.get("quantity") == "count" else fold(c.value.unit)


def _concept(a: Claim, b: Claim) -> FieldScore:
    ka, kb = concept_key(a), concept_key(b)
    if ka == kb:
        return FieldScore("concept", 1.0, f"both {ka}")
    return FieldScore("concept", VETO, f"{ka} vs {kb}", veto=True, wording=True)


def _match_of(a: Claim, b: Claim) -> FieldScore:
    same, why = same_match(a, b)
    return FieldScore("event", 1.0, why) if same else FieldScore("event", VETO, why, veto=True)


def _event(a: Claim, b: Claim, lang: Lang | None, place_similarity: float,
           clock_gap: float = THRESHOLDS["clock-gap-minutes"]) -> FieldScore:
    ea, eb = a.frame.get("event"), b.frame.get("event")
    t = tables(lang)
    if (ea in t.modal) != (eb in t.modal):
        # "au cerut peste 10 ani de detenție" and "va rămâne cu pedeapsa de 10 ani": what was asked
        # or offered is never what was decided, planned or done
        return FieldScore("event", VETO, f"{ea or a.frame.get('mood') or 'no event'} vs "
                                         f"{eb or b.frame.get('mood') or 'no event'}: only one is asked or offered",
                          veto=True)
    if (ea in t.exclusive or eb in t.exclusive) and ea != eb:
        # "a executat efectiv aproape trei ani" is the part of a term served, never the term a
        # court gave ("condamnat la 10 ani"), whatever verb the other side has or lacks
        return FieldScore("event", VETO, f"{ea or 'no event'} vs {eb or 'no event'}: only one is of its own kind",
                          veto=True)
    ma = ea in t.modal or not_happened(a)
    mb = eb in t.modal or not_happened(b)
    # (one side asked or offered and not the other was vetoed above: here a side that has not
    # happened is a plan or a forecast)
    if ma != mb and a.frame.get("quantity") != "clock" \
            and (still_running(b) or plan_came(a, b) if ma else still_running(a) or plan_came(b, a)):
        # "pensiile vor crește de la 1 martie" and "pensiile cresc din martie", both written in
        # March: a present tense over a period the article stands in speaks of the same change
        # as the plan, not of one that came true before it.
        # (not a time of day: "Trenul va ajunge la ora 17.30" the day it came is the timetable,
        # not when the train came, "a intrat … la ora 18 si 25 de minute")
        ma = mb = True
    if ma != mb and (estimate_held(a, b) if ma else estimate_held(b, a)):
        # "tranzacția se va ridica la aproximativ 350 de milioane" months before "un preț de
        # 347,5 milioane": the estimate of the figure, said loosely, not a plan another fact followed
        ma = mb = True
    if ma != mb:
        # An offer, a demand or a forecast is never the figure that came true. (A side with no
        # verb at all, a list's "Rețele Electrice: de la 294,08 lei/MWh la 317,39 lei/MWh", says
        # no tense: the veto then rests on the wording, and a figure that coincides with the plan
        # to its last digit is the plan's, coincidence.py.)
        verbless = not (b if ma else a).frame.get("predicate")
        return FieldScore("event", VETO, f"{ea or a.frame.get('mood') or 'no event'} vs "
                                         f"{eb or b.frame.get('mood') or 'no event'}: only one has happened",
                          veto=True, wording=verbless)
    if bool(a.frame.get("negated")) != bool(b.frame.get("negated")):
        return FieldScore("event", VETO, f"{a.frame.get('predicate')} vs {b.frame.get('predicate')}: "
                                         "only one is denied (\"nu\")", veto=True)
    if a.frame.get("quantity") == "clock":
        return _happening(a, b, clock_gap)
    wa = ea if ea in CHANGE_EVENTS else a.frame.get("way")
    wb = eb if eb in CHANGE_EVENTS else b.frame.get("way")
    if wa and wb and wa != wb and (ea not in CHANGE_EVENTS or eb not in CHANGE_EVENTS):
        # "Scăderi de preț … la fructe proaspete, cu 7,82%" against "Urmează fructele proaspete
        # cu 32,4 la sută, …, cu creșteri medii de preț": a fall and a rise its sentence tells
        return FieldScore("event", VETO, f"a {wa} vs a {wb} (told in its sentence)", veto=True)
    if (a.frame.get("age") and b.frame.get("age")) or (a.frame.get("timed") and b.frame.get("timed")):
        # one named's age or race time, told with any verb ("a câștigat cu timpul", "a parcurs în")
        return FieldScore("event", None, "an age or a time of one named: any verb tells it")
    if a.kind == "date" and not a.concept:
        same, why = same_happening(a, b, lang, place_similarity)
        return FieldScore("event", 1.0, why) if same else FieldScore("event", VETO, why, veto=True)
    if a.concept and a.concept in t.told and not (ea and ea == eb) and _within_a_day(a) and _within_a_day(b):
        # "la peste două ore de la decolare, a revenit" and "la 30 de minute de la decolare, a
        # declarat urgență": one start, two happenings, told by two verbs. (Years since a start
        # are a commemoration, told with any verb: "se împlinesc", "marcăm" 75 de ani.)
        pa, pb = a.frame.get("predicate"), b.frame.get("predicate")
        if pa and pb and not stems_meet(stem(pa), stem(pb)):
            return FieldScore("event", VETO, f"{pa} vs {pb}: two happenings after one start", veto=True)
    if ea is None or eb is None:
        pa, pb = a.frame.get("predicate"), b.frame.get("predicate")
        same_verb = bool(pa and pb and stems_meet(stem(pa), stem(pb)))
        oa, ob = a.frame.get("object"), b.frame.get("object")
        if same_verb and oa and ob and not stems_meet(oa, ob):
            # "au suferit arsuri" is not "au suferit traumatisme": a light verb means its object
            return FieldScore("event", VETO, f"{pa} {oa} vs {pb} {ob}", veto=True)
        if ea is None and eb is None and same_verb:
            # No table knows the verb, but both say the same one: "au obținut", "a obținut".
            return FieldScore("event", 1.0, f"both {pa}")
        # A generic noun ("persoane", or a noun no concept knows) says what was counted but not
        # which fact: without the event on both sides it could be anything, unless both name
        # whose figure it is ("Nicușor Dan, cu 1.840.465 voturi").
        generic = a.kind == "quantity" and (a.concept is None or a.concept in t.generic)
        # (two verbs no table knows say two things: "a marcat" and "a primit" goals)
        # (but a toll on one side only is no one's figure alike: "trei mineri au fost prinși" and
        # "un miner a fost găsit mort", both of the Lupeni mine, count two things)
        owned = a.frame.get("owner") and same_owner(a, b) \
            and (same_verb or not (pa and pb) or (a.frame.get("ranked") and b.frame.get("ranked"))) \
            and not ((ea in t.tolls) != (eb in t.tolls))
        # "cazuri de infecții respiratorii": a noun narrowed the same way on both sides is a fact
        # (or given for one item of a list: "Limba și literatura română: 131.849 de elevi")
        narrowed = narrowed_alike(a, b) or same_holder(a, b) or valued_alike(a, b) or same_item(a, b)
        # "41 de medii de 10 (față de 23 înainte)": an article comparing a count with its earlier
        # value says itself that the two are one quantity
        compared = a.article == b.article and bool(a.frame.get("previous")) != bool(b.frame.get("previous"))
        # (an article's one figure of the noun against another's: reconcile/marks.mark_sole)
        sole = a.article != b.article and a.frame.get("sole") and b.frame.get("sole")
        # "Numărul șomerilor a fost de 493.700" and "500.000 de români sunt șomeri": each says it
        # is the whole number of the noun, which is then the fact
        total = a.frame.get("total") and b.frame.get("total")
        # "… decât în 2024, când numărul a fost de peste 27.000" and "… comparativ cu anul
        # precedent, când au fost înregistrate 27.640": two bases of one comparison, dated, are the
        # earlier value of the one count the two articles compare (the time field decides)
        bases = all(c.frame.get("previous") and c.frame.get("time") for c in (a, b))
        if generic and a.frame.get("quantity") == "count" and not owned and not narrowed and not compared \
                and not sole and not total and not bases:
            return FieldScore("event", VETO, f"{a.concept or 'an unknown noun'} needs the event on both sides",
                              veto=True, wording=True)
        if ea is None and eb is None and pa and pb and not same_verb and a.frame.get("quantity") == "count" \
                and a.frame.get("people") and b.frame.get("people") and not owned and not narrowed and not total:
            # "dă afară peste 400 de angajați" and "va afecta aproximativ 190 de angajați": two
            # verbs no table knows say two things that befell people (all the plant's workers,
            # one plant's), not one figure told twice. (Things counted are often the same figure
            # told by two verbs of record: "13.816 autoturisme înmatriculate", "a înregistrat un
            # volum de 13.816 de unități". The model's word vectors do not tell these apart:
            # "muri"/"deceda" score -0.01, "vinde"/"cumpăra" 0.68.)
            return FieldScore("event", VETO, f"{pa} vs {pb}: two verbs no table knows", veto=True, wording=True)
        return FieldScore("event", None, f"{ea or 'no event'} / {eb or 'no event'}")
    if ea == eb:
        return FieldScore("event", 1.0, f"both {ea}")
    if tables(lang).events_compatible(ea, eb):
        return FieldScore("event", 0.8, f"{ea} and {eb} are compatible (rules/events.yml)")
    return FieldScore("event", VETO, f"{ea} vs {eb}: different events", veto=True)


def _within_a_day(c: Claim) -> bool:
    """A span of minutes or hours (seconds below a day), the time of something in a running story."""
    v = c.value
    top = v.high if v.high is not None else v.low
    return top is not None and not isinstance(top, date_cls) and top < 86400


def _time_key(c: Claim) -> str | None:
    # (not the subject: "o delegație a profesorilor va discuta" and "profesorii vor sta" are two
    # happenings of the same people)
    # ("a avut loc", "s-a produs" say only that something happened: their subject says what)
    happening = c.frame.get("happening")
    if happening:
        return happening[:4] if happening != "*" else None
    key = c.frame.get("event") or (stem(c.frame["predicate"]) if c.frame.get("predicate") else None)
    return key[:4] if key else None


def _happening(a: Claim, b: Claim, gap: float) -> FieldScore:
    """Two times of day are one fact only when they time one happening: the same event or verb
    ("explozia s-a produs la 9.07"), or sentences that share its words ("o delegație va
    merge la discuții cu premierul Ilie Bolojan" / "o delegație va discuta cu prim-ministrul Ilie
    Bolojan"): at least HAPPENING_WORDS content words, which "a început la 10" and "vor sta
    până la 13" never share."""
    if told_by_noun(a, b):
        return FieldScore("event", 1.0, f"both tell of {a.frame.get('happening') or a.frame.get('predicate')}")
    if leads_of_two(a, b) and _minutes_apart(a.value, b.value) <= gap:
        # ("Nenorocirea a avut loc în jurul orei 05.15" and "Un accident grav s-a produs în jurul
        # orei 05:00": each article's story, told by any noun, minutes apart, not hours)
        return FieldScore("event", 1.0, f"the story's {a.frame['happening']} and {b.frame['happening']}")
    ka, kb = _time_key(a), _time_key(b)
    if {a.frame.get("happening"), b.frame.get("happening")} - {None, "*"}:
        # "Scurgerea de gaz a avut loc la 10:40" says what happened then; "elevii au fost evacuați
        # la 12:10" tells another step, however many of the story's names the two share
        return FieldScore("event", VETO, f"{ka or 'no event'} vs {kb or 'no event'}: two happenings", veto=True)
    if ka and ka == kb:
        return FieldScore("event", 1.0, f"both {a.frame.get('event') or a.frame.get('predicate') or ka}")
    shared = shared_stems(a.frame.get("clause") or [], b.frame.get("clause") or [])
    if len(shared) >= HAPPENING_WORDS and _minutes_apart(a.value, b.value) <= gap:
        # (a story's sentences share its names: "deținutul … Poarta Albă" escaped at 18:45 and
        # was caught at 01:20; outlets that disagree on one time are minutes apart, not hours)
        return FieldScore("event", 1.0, f"both tell of {' '.join(shared)}")
    return FieldScore("event", VETO, f"{ka or 'no event'} vs {kb or 'no event'}, sharing {len(shared)} words: "
                                     "two happenings", veto=True)


def _minutes_apart(a: Value, b: Value) -> float:
    """The least distance between two times of day, across midnight too (23:50 and 00:10: 20)."""
    ia = (a.low if a.low is not None else a.high, a.high if a.high is not None else a.low)
    ib = (b.low if b.low is not None else b.high, b.high if b.high is not None else b.low)
    if None in ia or None in ib:
        return 0.0
    if ia[0] <= ib[1] and ib[0] <= ia[1]:
        return 0.0
    d = min(abs(ia[0] - ib[1]), abs(ib[0] - ia[1]))
    return min(d, 1440 - d)


def _owner(a: Claim, b: Claim, lang: Lang | None) -> FieldScore | None:
    """Whose figure it is, by name: the same candidate's votes line up, two candidates' never. A
    count of something no concept knows ("goluri", "voturi") that one side gives to a person and
    the other to nobody is not known to be one figure."""
    oa, ob = a.frame.get("owner"), b.frame.get("owner")
    ra, rb = a.frame.get("aged"), b.frame.get("aged")
    if ra or rb:
        # an unnamed one's age, by role: the driver's is never the pilot's, nor a named one's
        return FieldScore("actor", 1.0, f"both the {ra}'s age") if ra == rb and not (oa or ob) \
            else FieldScore("actor", VETO, f"{ra or oa} vs {rb or ob}: different people", veto=True)
    # (in a list of everyone's figures, a country or a party that did it names whose figure it is
    # as much: "Spania a primit 231 puncte" is not "Ucraina …, care a primit din partea publicului
    # 439 de puncte"; marks.mark_named_apart)
    apart = a.frame.get("named_apart") and b.frame.get("named_apart")
    wa = oa or (a.frame.get("actor") if apart else None)
    wb = ob or (b.frame.get("actor") if apart else None)
    if bool(wa) != bool(wb) and a.frame.get("quantity") == "count" \
            and (a.concept is None or a.concept in tables(lang).generic):
        return FieldScore("actor", VETO, f"{wa or 'nobody named'} vs {wb or 'nobody named'}", veto=True)
    if not oa or not ob:
        return None
    if same_owner(a, b):
        return FieldScore("actor", 1.0, f"both {oa}")
    return FieldScore("actor", VETO, f"{oa} vs {ob}: different owners", veto=True)


def _actor(a: Claim, b: Claim, lang: Lang | None = None) -> FieldScore:
    owner = _owner(a, b, lang)
    if owner is not None and (owner.veto or not (a.frame.get("actor") and b.frame.get("actor"))):
        return owner
    xa, xb = a.frame.get("actor"), b.frame.get("actor")
    if xa is None or xb is None:
        return FieldScore("actor", None, f"{xa or 'no actor'} / {xb or 'no actor'}")
    if xa == xb:
        ta, tb = a.frame.get("actor_text", xa), b.frame.get("actor_text", xb)
        return FieldScore("actor", 1.0, f"both {xa} ({ta!r}, {tb!r})")
    return FieldScore("actor", VETO, f"{xa} vs {xb}: different sides", veto=True)


def _ranking(a: Claim, b: Claim, lang: Lang | None) -> FieldScore:
    """One's place in one ranking: "mondial" and "WTA" are one standing (numbers.yml
    `rank_standing`), as is a place said with no ranking; "în grupa B" and "la general" are two."""
    from claimcheck.scan.numbers.rank import rank_rules

    ra, rb = a.frame.get("ranking") or "", b.frame.get("ranking") or ""
    world = rank_rules(lang).standing
    if ra == rb or ({ra, rb} - {""}) <= world:
        return FieldScore("ranking", 1.0, f"{ra or 'no ranking named'} / {rb or 'no ranking named'}")
    return FieldScore("ranking", VETO, f"{ra or 'no ranking named'} vs {rb or 'no ranking named'}: two rankings",
                      veto=True)


def score_pair(a: Claim, b: Claim, lang: Lang | None = None,
               thresholds: dict[str, float] | None = None) -> tuple[bool, float, list[FieldScore]]:
    """(same fact?, weighted score, the fields) for two claims."""
    th = merged_thresholds(thresholds)
    kinds = {a.frame.get("quantity"), b.frame.get("quantity")}
    if kinds & {"score", "rank"}:
        # a score is one match's, a place one ranking's: that and the time decide
        fields = [_match_of(a, b) if "score" in kinds else _ranking(a, b, lang), time_field(a, b, th["implicit-time-days"], lang)]
        same = not any(f.veto for f in fields)
        return same, 1.0 if same else 0.0, fields
    fields = [_concept(a, b), subject_field(a, b, lang),
              _event(a, b, lang, th["place-similarity"], th["clock-gap-minutes"]),
              _actor(a, b, lang),
              place_field(a, b, lang, th["place-similarity"]), time_field(a, b, th["implicit-time-days"], lang)]
    if any(f.veto for f in fields):
        return False, 0.0, fields
    known = [(WEIGHTS[f.field], f.score) for f in fields if f.score is not None]
    total = sum(w * s for w, s in known) / sum(w for w, _ in known) if known else 0.0
    return total >= th["group"], total, fields
