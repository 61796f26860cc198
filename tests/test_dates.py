"""The date reader: every construction of issue 4 on Romanian snippets, the seeds, small articles whose
dates conflict, articles without a date, text without diacritics, and the words that only look like dates."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from claimcheck.read.headers import header_date
from claimcheck.scan.dates import scan_dates
from claimcheck.read.textnorm import normalize

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
MON_2024_06_17 = date(2024, 6, 17)  # seed 004's date, a Monday
WED_2025_09_03 = date(2025, 9, 3)  # the other seeds' date, a Wednesday
D = date.fromisoformat


def one(text: str, ref: date | None):
    ms = scan_dates(text, ref)
    assert len(ms) == 1, f"{text!r}: {[m.text for m in ms]}"
    return ms[0]


def iv(m) -> tuple[str | None, str | None]:
    lo, hi = m.value.low, m.value.high
    return (lo.isoformat() if lo else None, hi.isoformat() if hi else None)


def seed(stem: str) -> tuple[str, date]:
    """A seed's body (the header line's title included, as corpus.py keeps it) and its date."""
    text, _ = normalize((SEEDS / f"{stem}.txt").read_text(encoding="utf-8"))
    first = text.split("\n", 1)[0]
    parsed = header_date(first)
    assert parsed is not None
    return text[parsed[1]:], parsed[0]


def found(text: str, ref: date | None) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: iv(m) for m in scan_dates(text, ref)}


# ---- absolute dates, at their grain ------------------------------------------------------------

@pytest.mark.parametrize("text, low, high, grain", [
    ("La 13 septembrie 2023, președintele", "2023-09-13", "2023-09-13", "day"),
    ("Putin a vizitat Phenianul în iulie 2000.", "2000-07-01", "2000-07-31", "month"),
    ("pactul semnat în 2024, după", "2024-01-01", "2024-12-31", "year"),
    ("vizita din perioada 18-19 iunie 2024", "2024-06-18", "2024-06-19", "span"),
    ("raportul din 19.06.2024 arată", "2024-06-19", "2024-06-19", "day"),
    ("publicat la 2024-06-19", "2024-06-19", "2024-06-19", "day"),
    ("muzica din anii '90", "1990-01-01", "1999-12-31", "decade"),
    ("în anii ’80", "1980-01-01", "1989-12-31", "decade"),
    ("în secolul XX", "1901-01-01", "2000-12-31", "century"),
    ("în secolul al XIX-lea", "1801-01-01", "1900-12-31", "century"),
    ("invazia lansată în februarie 2022", "2022-02-01", "2022-02-28", "month"),
    ("japonezi, în 1945.", "1945-01-01", "1945-12-31", "year"),
    ("între 2020 și 2024", "2020-01-01", "2024-12-31", "span"),
    ("din 2014 până în 2022", "2014-01-01", "2022-12-31", "span"),
    ("trimestrul I 2024", "2024-01-01", "2024-03-31", "quarter"),
    ("30 decembrie 2023 - 2 ianuarie 2024", "2023-12-30", "2024-01-02", "span"),
    ("la 13 sept. 2023", "2023-09-13", "2023-09-13", "day"),
    ("Crăciunul 2023", "2023-12-25", "2023-12-25", "day"),
])
def test_absolute_dates_do_not_depend_on_the_article_date(text, low, high, grain):
    for ref in (MON_2024_06_17, None):
        m = one(text, ref)
        assert iv(m) == (low, high), (text, ref)
        assert m.attrs["grain"] == grain and m.attrs["resolved"] and not m.attrs["relative"]
        assert m.kind == "date" and m.value.unit == "date" and text[m.start:m.end] == m.text


def test_leap_days_and_impossible_dates():
    assert iv(one("pe 29 februarie 2024", None)) == ("2024-02-29", "2024-02-29")
    assert scan_dates("pe 31.02.2024 și 2023-02-29", None) == []


# ---- relative dates, against the article's date -------------------------------------------------

@pytest.mark.parametrize("text, ref, low, high, grain", [
    ("azi", WED_2025_09_03, "2025-09-03", "2025-09-03", "day"),
    ("astăzi", WED_2025_09_03, "2025-09-03", "2025-09-03", "day"),
    ("ieri", WED_2025_09_03, "2025-09-02", "2025-09-02", "day"),
    ("alaltăieri", WED_2025_09_03, "2025-09-01", "2025-09-01", "day"),
    ("mâine", WED_2025_09_03, "2025-09-04", "2025-09-04", "day"),
    ("poimâine", WED_2025_09_03, "2025-09-05", "2025-09-05", "day"),
    # weekdays: the day so named within [ref − 3, ref + 3]
    ("miercuri", WED_2025_09_03, "2025-09-03", "2025-09-03", "day"),
    ("de duminică", WED_2025_09_03, "2025-08-31", "2025-08-31", "day"),
    ("sâmbătă", WED_2025_09_03, "2025-09-06", "2025-09-06", "day"),
    ("vineri", MON_2024_06_17, "2024-06-14", "2024-06-14", "day"),
    ("joi", MON_2024_06_17, "2024-06-20", "2024-06-20", "day"),
    ("miercurea trecută", WED_2025_09_03, "2025-08-27", "2025-08-27", "day"),
    ("vinerea viitoare", WED_2025_09_03, "2025-09-12", "2025-09-12", "day"),
    ("săptămâna aceasta", WED_2025_09_03, "2025-09-01", "2025-09-07", "week"),
    ("săptămâna trecută", WED_2025_09_03, "2025-08-25", "2025-08-31", "week"),
    ("săptămâna viitoare", WED_2025_09_03, "2025-09-08", "2025-09-14", "week"),
    ("luna trecută", WED_2025_09_03, "2025-08-01", "2025-08-31", "month"),
    ("luna viitoare", WED_2025_09_03, "2025-10-01", "2025-10-31", "month"),
    ("anul trecut", WED_2025_09_03, "2024-01-01", "2024-12-31", "year"),
    ("anul viitor", WED_2025_09_03, "2026-01-01", "2026-12-31", "year"),
    ("anul acesta", WED_2025_09_03, "2025-01-01", "2025-12-31", "year"),
    ("iunie anul trecut", WED_2025_09_03, "2024-06-01", "2024-06-30", "month"),
    ("septembrie anul trecut", MON_2024_06_17, "2023-09-01", "2023-09-30", "month"),
    ("în ianuarie", MON_2024_06_17, "2024-01-01", "2024-01-31", "month"),
    ("în octombrie", MON_2024_06_17, "2023-10-01", "2023-10-31", "month"),
    ("18-19 iunie", MON_2024_06_17, "2024-06-18", "2024-06-19", "span"),
    ("18 și 19 iunie", MON_2024_06_17, "2024-06-18", "2024-06-19", "span"),
    ("pe 28 decembrie", date(2025, 1, 3), "2024-12-28", "2024-12-28", "day"),
    ("15 martie a.c.", WED_2025_09_03, "2025-03-15", "2025-03-15", "day"),
    ("primăvara acestui an", WED_2025_09_03, "2025-03-01", "2025-05-31", "season"),
    ("în această primăvară", WED_2025_09_03, "2025-03-01", "2025-05-31", "season"),
    ("vara trecută", WED_2025_09_03, "2024-06-01", "2024-08-31", "season"),
    ("iarna trecută", WED_2025_09_03, "2024-12-01", "2025-02-28", "season"),
    ("iarna aceasta", date(2025, 1, 20), "2024-12-01", "2025-02-28", "season"),
    ("la sfârșitul anului 2024", WED_2025_09_03, "2024-10-01", "2024-12-31", "quarter"),
    ("la începutul anului", WED_2025_09_03, "2025-01-01", "2025-03-31", "quarter"),
    ("la jumătatea lui 2025", WED_2025_09_03, "2025-05-01", "2025-08-31", "span"),
    ("la sfârșitul lunii august", WED_2025_09_03, "2025-08-21", "2025-08-31", "span"),
    ("prima jumătate a anului 2024", WED_2025_09_03, "2024-01-01", "2024-06-30", "span"),
    ("sfârșitul anilor '90", WED_2025_09_03, "1997-01-01", "1999-12-31", "span"),
    ("acum doi ani", WED_2025_09_03, "2023-01-01", "2023-12-31", "year"),
    ("în urmă cu trei luni", WED_2025_09_03, "2025-06-01", "2025-06-30", "month"),
    ("cu trei luni în urmă", WED_2025_09_03, "2025-06-01", "2025-06-30", "month"),
    ("acum o săptămână", WED_2025_09_03, "2025-08-25", "2025-08-31", "week"),
    ("acum 10 ani", WED_2025_09_03, "2015-01-01", "2015-12-31", "year"),
    ("de luna trecută", WED_2025_09_03, "2025-08-01", "2025-08-31", "month"),
    ("Crăciunul trecut", WED_2025_09_03, "2024-12-25", "2024-12-25", "day"),
    ("în anii '20", WED_2025_09_03, "2020-01-01", "2029-12-31", "decade"),
    ("în anii '30", WED_2025_09_03, "1930-01-01", "1939-12-31", "decade"),
])
def test_relative_dates_resolve_against_the_article_date(text, ref, low, high, grain):
    m = one(text, ref)
    assert iv(m) == (low, high)
    assert m.attrs["grain"] == grain and m.attrs["resolved"]


def test_tuesday_and_wednesday_in_an_article_of_monday_17_june_2024():
    ms = scan_dates("Putin va vizita Coreea de Nord marți și miercuri, a spus Kremlinul.", MON_2024_06_17)
    assert [(m.text, iv(m)) for m in ms] == [("marți", ("2024-06-18", "2024-06-18")),
                                             ("miercuri", ("2024-06-19", "2024-06-19"))]


def test_a_future_cue_turns_a_month_name_forward():
    past = one("Putin a vizitat Vietnamul în octombrie.", MON_2024_06_17)
    future = one("Putin va vizita Vietnamul în octombrie.", MON_2024_06_17)
    assert iv(past) == ("2023-10-01", "2023-10-31") and iv(future) == ("2024-10-01", "2024-10-31")
    # "vă" (you) is not "va" (will)
    assert iv(one("Vă spun că a fost în octombrie.", MON_2024_06_17)) == ("2023-10-01", "2023-10-31")


def test_parts_are_approximate_and_named():
    m = one("la sfârșitul anului 2024", WED_2025_09_03)
    assert m.value.qualifier == "approx" and m.attrs["part"] == "end"
    assert one("în 2024", WED_2025_09_03).value.qualifier == "exact"
    assert one("vara trecută", WED_2025_09_03).value.qualifier == "approx"


# ---- durations anchored in time -----------------------------------------------------------------

def test_since_last_year_keeps_the_anchor():
    m = one("a trimis 15.000 de soldați începând de anul trecut", WED_2025_09_03)
    assert m.text == "începând de anul trecut" and iv(m) == ("2024-01-01", "2024-12-31")
    assert m.attrs["anchor"] == "since"


def test_during_the_last_six_years_keeps_duration_and_anchor():
    m = one("în ultimii șase ani", WED_2025_09_03)
    assert iv(m) == ("2019-09-03", "2025-09-03") and m.attrs["anchor"] == "during_last"
    assert m.attrs["duration_s"] == 6 * 31556952 and m.attrs["grain"] == "span"
    m = one("în următorii 2 ani", WED_2025_09_03)
    assert iv(m) == ("2025-09-03", "2027-09-03") and m.attrs["anchor"] == "during_next"
    assert one("acum doi ani", WED_2025_09_03).attrs["duration_s"] == 2 * 31556952


def test_until_and_list_of_years():
    assert one("până în 2030", None).attrs["anchor"] == "until"
    assert found("în 2020 și 2024", None) == {"în 2020": ("2020-01-01", "2020-12-31"),
                                              "2024": ("2024-01-01", "2024-12-31")}
    assert iv(one("din martie până în iunie", WED_2025_09_03)) == ("2025-03-01", "2025-06-30")


# ---- no article date: relative dates stay unresolved --------------------------------------------

@pytest.mark.parametrize("text", ["anul trecut", "ieri", "marți", "în ianuarie", "18-19 iunie", "acum doi ani",
                                  "vara trecută", "la sfârșitul anului", "în ultimii șase ani", "de luna trecută"])
def test_without_an_article_date_relative_dates_are_unresolved(text):
    m = one(text, None)
    assert m.value.low is None and m.value.high is None
    assert m.attrs["resolved"] is False and m.attrs["relative"] is True


# ---- what is not a date ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "manifestări prilejuite de Ziua Victoriei chinezilor",
    "lupta împotriva Puterilor Axei în Al Doilea Război Mondial",
    "pentru a marca 80 de ani de la capitularea Japoniei",
    "în cei 14 ani de guvernare",
    "2.000 dintre ei au murit",
    "15.000 de militari nord-coreeni",
    "în mai multe țări",
    "Au mai 2 zile de negocieri.",
    "în 2000 de localități",
    "2024 a fost un an greu",  # a bare number without a cue
    "după trei luni de negocieri și luni de zile de așteptare",
    "în ultimele luni",
    "în ziua de azi",
    "s-a schimbat de azi pe mâine",
    "guvernatorul statului Maine",
    "în ultima zi a summitului",
    "Legea 123/2024",
    "lunea se ține ședința",
    "anul 44 î.Hr.",
    "Kim a stat în Rusia în șase ani",
])
def test_not_dates(text):
    assert scan_dates(text, WED_2025_09_03) == []


def test_weekday_monday_is_not_the_plural_of_month():
    assert [m.text for m in scan_dates("ședința de luni a fost amânată cu trei luni", WED_2025_09_03)] == ["de luni"]


@pytest.mark.parametrize("text, day", [
    # a compound perfect right before the weekday tells the past: the one before the article
    ("Guvernul a aprobat joi creșterea punctului de pensie.", "2026-11-26"),
    ("Pompierii au intervenit, miercuri, la un bloc din Câmpina.", "2026-11-25"),
    ("Trei muncitori au fost răniți vineri, la baza nautică.", "2026-11-27"),
    # the news reading otherwise: a future, a bare "de joi", a weekday already before the article
    ("Joi va avea loc ședința de guvern.", "2026-12-03"),
    ("Meciul de joi se joacă la Cluj.", "2026-12-03"),
    ("Guvernul a aprobat luni creșterea.", "2026-11-30"),
])
def test_a_weekday_after_a_compound_perfect_is_past(text, day):
    [m] = scan_dates(text, date(2026, 12, 1))  # a Tuesday
    assert iv(m) == (day, day)


# ---- without diacritics ------------------------------------------------------------------------

def test_text_without_diacritics_reads_the_same():
    with_d = "Săptămâna trecută, în iunie anul trecut, la sfârșitul anului 2024, alaltăieri, în urmă cu trei luni"
    without = "Saptamana trecuta, in iunie anul trecut, la sfarsitul anului 2024, alaltaieri, in urma cu trei luni"
    a, b = scan_dates(with_d, WED_2025_09_03), scan_dates(without, WED_2025_09_03)
    assert len(a) == 5 and [(m.start, m.end, iv(m)) for m in a] == [(m.start, m.end, iv(m)) for m in b]


def test_matches_are_sorted_and_do_not_overlap():
    text = "Marți, 18 iunie 2024, la 13 septembrie 2023 și anul trecut, ieri, în 1945 și în anii '90."
    ms = scan_dates(text, MON_2024_06_17)
    assert len(ms) == 6
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:]))
    assert ms[0].text == "Marți, 18 iunie 2024" and ms[0].attrs["weekday"] == 1


# ---- the seeds ---------------------------------------------------------------------------------

def test_seed_000_pact_signed_in_2024():
    body, ref = seed("000_8f3d4b1b307b8117")
    assert ref == WED_2025_09_03
    assert found(body, ref) == {"în 2024": ("2024-01-01", "2024-12-31")}


def test_seed_001():
    body, ref = seed("001_39643bb24b2764dc")
    assert found(body, ref) == {
        "de astăzi": ("2025-09-03", "2025-09-03"),
        "în 1945": ("1945-01-01", "1945-12-31"),
        "începând de anul trecut": ("2024-01-01", "2024-12-31"),
        "în februarie 2022": ("2022-02-01", "2022-02-28"),
        "miercuri": ("2025-09-03", "2025-09-03"),
        "în iunie anul trecut": ("2024-06-01", "2024-06-30"),
    }


def test_seed_002():
    body, ref = seed("002_39816f37140de1bd")
    assert found(body, ref) == {
        "la sfârșitul anului 2024": ("2024-10-01", "2024-12-31"),
        "în primăvara acestui an": ("2025-03-01", "2025-05-31"),
    }


def test_seed_003():
    body, ref = seed("003_5da7c51a3953eaad")
    assert found(body, ref) == {
        "de miercuri": ("2025-09-03", "2025-09-03"),
        "în 2023": ("2023-01-01", "2023-12-31"),
        "de săptămâna aceasta": ("2025-09-01", "2025-09-07"),
        "în 2022": ("2022-01-01", "2022-12-31"),
        "Anul trecut": ("2024-01-01", "2024-12-31"),
        "de duminică": ("2025-08-31", "2025-08-31"),
        "Miercuri": ("2025-09-03", "2025-09-03"),
        "de luna trecută": ("2025-08-01", "2025-08-31"),
    }


def test_seed_004_dated_june_17_2024():
    body, ref = seed("004_721f38e0835637b1")
    assert ref == MON_2024_06_17
    assert found(body, ref) == {
        "La 13 septembrie 2023": ("2023-09-13", "2023-09-13"),
        "marți": ("2024-06-18", "2024-06-18"),
        "miercuri": ("2024-06-19", "2024-06-19"),
        "în septembrie anul trecut": ("2023-09-01", "2023-09-30"),
        "în iulie 2000": ("2000-07-01", "2000-07-31"),
        "în perioada 18-19 iunie": ("2024-06-18", "2024-06-19"),
        "în perioada 19-20 iunie": ("2024-06-19", "2024-06-20"),
        "în ianuarie": ("2024-01-01", "2024-01-31"),
        "vineri": ("2024-06-14", "2024-06-14"),
    }


def test_seeds_agree_on_when_the_pact_was_signed():
    """000 "semnat în 2024", 001 "în iunie anul trecut", 003 "Anul trecut ... au semnat": one year, one
    month inside it: intervals that overlap (agreement), each resolved against 2025-09-03."""
    signed = {
        "000": found(*seed("000_8f3d4b1b307b8117"))["în 2024"],
        "001": found(*seed("001_39643bb24b2764dc"))["în iunie anul trecut"],
        "003": found(*seed("003_5da7c51a3953eaad"))["Anul trecut"],
    }
    los, his = [D(v[0]) for v in signed.values()], [D(v[1]) for v in signed.values()]
    assert max(los) <= min(his)


# ---- small articles with conflicting dates -------------------------------------------------------

def article_dates(article: str) -> list[tuple[str, date | None, date | None]]:
    text, _ = normalize(article)
    first, _, rest = text.partition("\n")
    parsed = header_date(first)
    ref = parsed[0] if parsed else None
    body = rest if parsed else text
    return [(m.text, m.value.low, m.value.high) for m in scan_dates(body, ref)]


def disjoint(a, b) -> bool:
    return a[2] < b[1] or b[2] < a[1]


def test_treaty_signed_last_year_against_2023():
    a = article_dates("date 2025-09-03 Tratatul\nRusia și Coreea de Nord au semnat tratatul anul trecut.")
    b = article_dates("17.06.2024\nÎn 2023, cele două țări au semnat un tratat de apărare.")
    c = article_dates("Marți, 10 septembrie 2024\nTratatul a fost semnat în iunie, la Phenian.")
    assert a == [("anul trecut", D("2024-01-01"), D("2024-12-31"))]
    assert b == [("În 2023", D("2023-01-01"), D("2023-12-31"))]
    assert c == [("în iunie", D("2024-06-01"), D("2024-06-30"))]
    assert disjoint(a[0], b[0]) and not disjoint(a[0], c[0])


def test_visit_on_wednesday_against_arrived_yesterday():
    """Monday's article announces the visit for Wednesday; Tuesday's says it began yesterday: the days
    differ (2024-06-19 against 2024-06-17)."""
    a = article_dates("June 17, 2024\nPutin va ajunge miercuri la Phenian.")
    b = article_dates("2024-06-18 Vizita\nPutin a ajuns ieri la Phenian, unde va sta până joi.")
    assert a == [("miercuri", D("2024-06-19"), D("2024-06-19"))]
    assert b[0] == ("ieri", D("2024-06-17"), D("2024-06-17")) and b[1][1] == D("2024-06-20")
    assert disjoint(a[0], b[0])


def test_undated_article_leaves_relative_dates_unresolved():
    dates = article_dates("Anul trecut, Rusia și Coreea de Nord au semnat un acord, în iunie 2024.")
    assert dates == [("Anul trecut", None, None), ("în iunie 2024", D("2024-06-01"), D("2024-06-30"))]


# ---- speed -----------------------------------------------------------------------------------------

def test_scan_is_fast_on_news_text():
    """The target is 2 MB/s (about 4.6 measured on the seeds repeated to 5 MB); this checks a tenth of
    that on 1 MB, which only a regression such as regex backtracking would fail on a busy machine."""
    text = "\n\n".join(seed(p.stem)[0] for p in sorted(SEEDS.glob("*.txt")))
    big = text * (1_000_000 // len(text) + 1)
    scan_dates("x", None)
    t = time.perf_counter()
    ms = scan_dates(big, WED_2025_09_03)
    elapsed = time.perf_counter() - t
    assert len(ms) > 1000
    assert len(big.encode("utf-8")) / elapsed > 200_000
