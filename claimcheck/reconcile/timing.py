"""The time field of two claims: the span each speaks of (its own date words, else the year before
its article's date, the article's day for a time of day), whether the two overlap, and whether
one is a later day's state of what the other gave undated (`later_state`)."""

from __future__ import annotations

from datetime import date as date_cls, timedelta

from claimcheck.lang.frames import frame_words
from claimcheck.model import Claim
from claimcheck.read.textnorm import fold
from claimcheck.reconcile.fieldscore import VETO, FieldScore
from claimcheck.reconcile.happenings import not_happened
from claimcheck.lang.rules import Lang

IMPLICIT_AFTER_DAYS = 7
# A figure dated at most a month long, up to this many days after another report was published,
# is a later state of what that report gave undated ("în data de 27.09.2024, mai sunt active 24
# de focare" against "Aproape 60 de focare" of 10 August): compared, as an update.
LATER_DAYS = 120
LATER_SPAN_DAYS = 31
# What a price or a rate is now ("Pall Mall va costa 27 lei", "costă 28 de lei") is its state as
# of the report: two reports this many days apart or more may each be right (a later state), up
# to the year an undated figure speaks of.
STATE_DAYS = IMPLICIT_AFTER_DAYS + 1
STATE_LEVELS = ("money", "measure", "percent")


def _interval(c: Claim, implicit_days: float, earlier: frozenset[str] = frozenset()) -> tuple[str, str, str] | None:
    """(low, high, how) of the time a claim speaks of: its own date words, else the year before
    its article's date (news speaks of the recent past unless it says otherwise), else None; and
    None for an undated figure said to be an earlier one (`earlier`: "Inițial, … a fost
    condamnat la 13 ani", at a time the article does not say)."""
    t = c.frame.get("time")
    if t and t.get("low") is not None and t.get("high") is not None:
        return t["low"], t["high"], c.frame.get("time_text") or "its date"
    if any(fold(m) in earlier for m in c.frame.get("modifiers") or []):
        return None
    d = c.frame.get("article_date")
    if d and (c.frame.get("quantity") == "clock" or c.frame.get("site")):
        # A time of day with no day named is the article's day, or the night before its report
        # ("a decolat la ora 19:19" is not "luni dimineață, în jurul orei 8.00"). A reading at a
        # site with no day named is its report's morning's: "La Cluj au fost -13 C" in a report of
        # Thursday is not Friday's -14,5 C, nor is Friday's the Thursday before.
        day = date_cls.fromisoformat(d)
        lo = day - timedelta(days=1) if day > date_cls.min and not c.frame.get("site") else day
        if not_happened(c):
            # ("vor organiza, de la ora 14:30, …": a plan for the coming days)
            hi = day + timedelta(days=min(IMPLICIT_AFTER_DAYS, (date_cls.max - day).days))
            return lo.isoformat(), hi.isoformat(), f"no day: planned in the week after {d}"
        return lo.isoformat(), day.isoformat(), f"no day: the day of {d}" + ("" if lo == day else " or the one before")
    if d and _now(c):
        # "JTI și Philip Morris scumpesc țigările cu 50 de bani", "va costa 27 lei": a price or
        # a rate said to move or hold now speaks of its report's weeks, not of the year before
        # (a price holds a while: "acum aproape 1.180 de lei" still meets March's 1.178 lei)
        day = date_cls.fromisoformat(d)
        lo = day - timedelta(days=min(LATER_SPAN_DAYS, (day - date_cls.min).days))
        hi = day + timedelta(days=min(IMPLICIT_AFTER_DAYS, (date_cls.max - day).days))
        return lo.isoformat(), hi.isoformat(), f"no time: said as of {d}"
    if d:
        day = date_cls.fromisoformat(d)
        # A few days past the article's date too: a report of the next day may date the same
        # fact with its own "joi".
        # (clamped to the calendar: an article dated 9999-12-31 or 0001-01-01 does not overflow)
        lo = day - timedelta(days=min(implicit_days, (day - date_cls.min).days))
        hi = day + timedelta(days=min(IMPLICIT_AFTER_DAYS, (date_cls.max - day).days))
        return (lo.isoformat(), hi.isoformat(),
                f"no time: the {implicit_days:.0f} days before {d}")
    return None


def time_field(a: Claim, b: Claim, implicit_days: float, lang: Lang | None = None) -> FieldScore:
    if a.kind == "date":
        return FieldScore("time", None, "the values are the dates")
    if (gap := _states_apart(a, b)) is not None and gap >= STATE_DAYS:
        return FieldScore("time", 0.5, f"what holds as of two reports {gap} days apart: a later state")
    if (gap := _changes_apart(a, b)) >= STATE_DAYS:
        # "a crescut cu 1 leu" in April, "a crescut cu 0,50 lei" in August: a price, a rate or a
        # tariff moves again and again; undated rises told a week or more apart are two rises
        return FieldScore("time", VETO, f"changes told undated by reports {gap} days apart", veto=True)
    if one_aged(a, b) and not (a.frame.get("time") or b.frame.get("time")):
        # a person's age told years apart ("38 de ani" in a piece on the crash's third
        # anniversary): the same person, older by the years between, or not if they died then;
        # pairs.verdict_of weighs the years
        return FieldScore("time", None, "one person's age: the years between its reports weigh in the verdict")
    earlier = frame_words(lang).earlier_words
    ia, ib = _interval(a, implicit_days, earlier), _interval(b, implicit_days, earlier)
    if ia is None or ib is None:
        return FieldScore("time", None, f"{ia[2] if ia else 'no time'} / {ib[2] if ib else 'no time'}")
    # ISO dates compare correctly as strings.
    if ia[1] < ib[0] or ib[1] < ia[0]:
        if later_state(a, b) or later_state(b, a):
            return FieldScore("time", 0.5, f"{ia[2]} / {ib[2]}: a later day's state")
        return FieldScore("time", VETO, f"{ia[2]} vs {ib[2]}: disjoint", veto=True)
    explicit = a.frame.get("time") and b.frame.get("time")
    if not explicit and (a.frame.get("time") or b.frame.get("time")):
        # A time said against the one guessed for an undated figure: "anul trecut" (all of
        # 2024) touches the year before a report of 29 December 2025 by two days only. A time
        # said mostly before the guess is another time (one running on past the report, "din
        # ianuarie", is not).
        said, guessed = (ia, ib) if a.frame.get("time") else (ib, ia)
        if _days_before(said, guessed[0]) * 2 > _days(said):
            return FieldScore("time", VETO, f"{said[2]} lies mostly before {guessed[2]}", veto=True)
    return FieldScore("time", 1.0 if explicit else 0.7, f"{ia[2]} / {ib[2]}: overlap")


def one_aged(a: Claim, b: Claim) -> bool:
    """Both are the age of one person the frames name or give a role (matching's actor field
    decides whether it is the same one)."""
    return all(c.frame.get("age") and (c.frame.get("owner") or c.frame.get("aged")) for c in (a, b))


def years_apart(a: Claim, b: Claim) -> float:
    """How many years apart two claims' articles are dated (0 unless both are)."""
    if not (a.frame.get("article_date") and b.frame.get("article_date")):
        return 0.0
    return _reports_apart(a, b) / 365.25


def dated_span(t: dict | None) -> tuple[date_cls, date_cls] | None:
    """The first and last day a frame's `time` covers; None when it names no calendar days."""
    try:
        return date_cls.fromisoformat(str(t["low"])), date_cls.fromisoformat(str(t["high"]))
    except (KeyError, TypeError, ValueError):
        return None


def later_state(early: Claim, late: Claim) -> bool:
    """`late` gives a count or measure as of a day (or a month) after `early`'s undated report
    was published, within LATER_DAYS: a later state of the same thing, not another time's fact."""
    if (gap := _states_apart(early, late)) is not None:
        return STATE_DAYS <= gap and early.frame["article_date"] < late.frame["article_date"]
    if is_state(late) and early.frame.get("quantity") in STATE_LEVELS and early.frame.get("role", "level") == "level" \
            and (days := dated_span(early.frame.get("time"))) is not None and (days[1] - days[0]).days < LATER_SPAN_DAYS:
        # "Pall Mall vor ajunge la 26,5 lei începând cu 8 aprilie" and, in September, "Pall Mall
        # 27 de lei": the price of a day, then the price as of a report months after it
        return STATE_DAYS <= (date_cls.fromisoformat(late.frame["article_date"]) - days[1]).days <= 365
    if early.frame.get("time") or early.frame.get("quantity") not in ("count", "measure"):
        return False
    span, d, own = dated_span(late.frame.get("time")), early.frame.get("article_date"), late.frame.get("article_date")
    if not (span and d and own):
        return False
    (lo, hi), day = span, date_cls.fromisoformat(d)
    # (past the days a next-day report may still date the same fact, and a day its own report
    # has seen: "etapa de pe 12 septembrie" in a report of the 10th is a plan, not a state)
    return (hi - lo).days < LATER_SPAN_DAYS and IMPLICIT_AFTER_DAYS < (lo - day).days <= LATER_DAYS \
        and hi <= date_cls.fromisoformat(own)


def _now(c: Claim) -> bool:
    """A price, measure or rate (or its change) said undated in the present or future tense
    ("va costa 27 lei", "costă 28 de lei", "scumpesc țigările cu 50 de bani"): as of its report."""
    f = c.frame
    # (a price in a list with no verb, "Pall Mall 27 de lei, iar Kent Blue 28 de lei", is a
    # price list's: what things cost as of the report)
    return f.get("quantity") in STATE_LEVELS and not f.get("time") and not f.get("previous") \
        and (f.get("mood") == "planned" or bool(f.get("present"))
             or (f.get("quantity") == "money" and not f.get("predicate") and bool(f.get("owner")))) \
        and bool(f.get("article_date"))


def is_state(c: Claim) -> bool:
    """What a price, measure or rate is now (`_now`): its level, which may have moved since."""
    return _now(c) and c.frame.get("role", "level") == "level"


def _states_apart(a: Claim, b: Claim) -> int | None:
    """How many days apart two states' reports are (is_state), within the year an undated figure
    speaks of; None unless both are states."""
    if not (is_state(a) and is_state(b)):
        return None
    gap = _reports_apart(a, b)
    return gap if gap <= 365 else None


def _changes_apart(a: Claim, b: Claim) -> int:
    """How many days apart the reports of two undated changes of a level are (0 unless both are)."""
    if not all(c.frame.get("quantity") in STATE_LEVELS and str(c.frame.get("role", "")).startswith("change")
               and not c.frame.get("time") and c.frame.get("article_date") for c in (a, b)):
        return 0
    return _reports_apart(a, b)


def _reports_apart(a: Claim, b: Claim) -> int:
    """How many days apart two claims' articles are dated (both must be)."""
    return abs((date_cls.fromisoformat(a.frame["article_date"]) - date_cls.fromisoformat(b.frame["article_date"])).days)


def _days(span: tuple[str, str, str]) -> int:
    return (date_cls.fromisoformat(span[1]) - date_cls.fromisoformat(span[0])).days + 1


def _days_before(span: tuple[str, str, str], start: str) -> int:
    """How many days of `span` come before the day `start`."""
    if span[0] >= start:
        return 0
    end = min(date_cls.fromisoformat(span[1]), date_cls.fromisoformat(start) - timedelta(days=1))
    return (end - date_cls.fromisoformat(span[0])).days + 1
