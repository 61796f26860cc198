"""Duckling's Romanian time corpus, read by claimcheck's date reader at day precision.

Duckling is an assistant's parser: it resolves weekday names forward ("marți" said on a Tuesday is next
Tuesday) and reads clock times. claimcheck reads news: a weekday is the day so named within three days of
the article's date, and clock times are out of scope. Every case where the two readings differ is listed
in DELIBERATE with its reason and printed; the test fails if a listed case starts to agree (the list
must stay true) and requires every other case (days, months, years, spans) to match.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from conftest import CONFORMANCE

from claimcheck.scan.dates import periods as P
from claimcheck.scan.dates import scan_dates


CORPUS = CONFORMANCE

_NEWS_WEEKDAY = ("news reading: the weekday within three days of the article's date (2013-02-12, a "
                 "Tuesday); Duckling takes the next one")
DELIBERATE = {
    "acum": "clock time (grain second); 'acum' (now) is an adverb in almost every news paragraph, not a date",
    "chiar acum": "clock time (grain second): out of scope for dates at day precision",
    "luni": _NEWS_WEEKDAY + " (Mon 2013-02-11, yesterday; Duckling 02-18)",
    "lunea asta": _NEWS_WEEKDAY + " ('lunea asta' = this week's Monday, 02-11; Duckling 02-18)",
    "lunea aceasta": _NEWS_WEEKDAY + " ('lunea aceasta' = this week's Monday, 02-11; Duckling 02-18)",
    "marti": _NEWS_WEEKDAY + " ('marți' on a Tuesday is today, 02-12; Duckling 02-19)",
    "marți": _NEWS_WEEKDAY + " ('marți' on a Tuesday is today, 02-12; Duckling 02-19)",
    "sambata": _NEWS_WEEKDAY + " (Sat 02-09; Duckling 02-16)",
    "sâmbătă": _NEWS_WEEKDAY + " (Sat 02-09; Duckling 02-16)",
    "duminica": _NEWS_WEEKDAY + " (Sun 02-10; Duckling 02-17)",
    "duminică": _NEWS_WEEKDAY + " (Sun 02-10; Duckling 02-17)",
    "jo": "weekday abbreviation alone: read only before a day number ('Jo, 14 feb'), since 'jo', 'vi', 'sam', "
          "'du' are ordinary words or names in running text",
    "vi": "weekday abbreviation alone: read only before a day number",
    "sam": "weekday abbreviation alone: read only before a day number",
    "du": "weekday abbreviation alone: read only before a day number",
    "dum": "weekday abbreviation alone: read only before a day number",
    "ziua de craciun": "a day-month without a year is its occurrence nearest the article's date (2012-12-25, "
                       "seven weeks back); Duckling takes the next one (2013-12-25)",
    "crăciun": "a day-month without a year is its occurrence nearest the article's date (2012-12-25); "
               "Duckling takes the next one (2013-12-25)",
}


def _iso_date(s: str) -> date:
    return datetime.fromisoformat(s.replace("Z", "+00:00")).date()  # local wall-clock date as written


def _expected(e: dict) -> tuple[date, date, str]:
    """Duckling's value as an interval of days, and its kind (day/month/year/span/clock...)."""
    if e["type"] == "interval":
        lo = _iso_date(e["from"]["value"])
        hi = _iso_date(e["to"]["value"]) - timedelta(days=1)  # Duckling's "to" is exclusive
        return lo, hi, "span"
    d, grain = _iso_date(e["value"]), e["grain"]
    if grain == "day":
        return d, d, "day"
    if grain == "week":
        return (*P.week_span(d), "week")
    if grain == "month":
        return (*P.month_span(d.year, d.month), "month")
    if grain == "year":
        return (*P.year_span(d.year), "year")
    return d, d, "clock"


def _load() -> tuple[list[dict], date]:
    if not (CORPUS / "time.json").is_file():
        pytest.skip(f"Duckling conformance corpus not found at {CORPUS} (set CLAIMCHECK_CONFORMANCE)")
    cases = json.loads((CORPUS / "time.json").read_text(encoding="utf-8"))
    meta = json.loads((CORPUS / "_meta.json").read_text(encoding="utf-8"))
    ref = date.fromisoformat(meta["reference_time"]["local"][:10])
    return cases, ref


def _passes(case: dict, ref: date) -> tuple[bool, str]:
    text = case["text"]
    lo, hi, _ = _expected(case["expected"])
    ms = scan_dates(text, ref)
    got = [(m.text, m.value.low, m.value.high) for m in ms]
    ok = len(ms) == 1 and ms[0].start == 0 and ms[0].end == len(text) and (ms[0].value.low, ms[0].value.high) == (lo, hi)
    return ok, f"expected {lo}..{hi}, got {got}"


def test_duckling_time_corpus():
    cases, ref = _load()
    assert ref == date(2013, 2, 12) and ref.weekday() == 1  # a Tuesday, as _meta.json says
    passed, failures, stale = 0, [], []
    print()
    for case in cases:
        ok, detail = _passes(case, ref)
        passed += ok
        text = case["text"]
        if text in DELIBERATE:
            print(f"  deliberate  {text!r}: {DELIBERATE[text]} [{detail}]")
            if ok:
                stale.append(text)
        elif not ok:
            failures.append(f"{text!r} ({_expected(case['expected'])[2]}): {detail}")
    checked = [c for c in cases if c["text"] not in DELIBERATE]
    print(f"  Duckling RO time: {passed}/{len(cases)} pass ({passed / len(cases):.0%}); "
          f"{len(checked) - len(failures)}/{len(checked)} of the non-deliberate cases; "
          f"{len(DELIBERATE)} deliberate differences")
    assert not stale, f"listed as deliberate but now agree with Duckling, remove from DELIBERATE: {stale}"
    assert not failures, "\n".join(failures)
    # Every non-deliberate case is a day, a month, a year or a span (no clock time slips through).
    assert {_expected(c["expected"])[2] for c in checked} <= {"day", "month", "year", "span"}
    assert set(DELIBERATE) <= {c["text"] for c in cases}, "DELIBERATE names a text not in the corpus"


def test_negative_corpus_has_no_dates():
    _load()
    meta = json.loads((CORPUS / "_meta.json").read_text(encoding="utf-8"))
    for text in meta.get("negative_corpora", {}).get("Time", {}).get("texts", []):
        assert scan_dates(text, date(2013, 2, 12)) == [], text
