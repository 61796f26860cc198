"""claimcheck.scan.numbers.scan on Romanian snippets: every construction the scanner knows, the
false positives it must avoid, and the seed articles' quantities as docs/design.md states them."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.model import Match
from claimcheck.scan.numbers import scan
from claimcheck.read.textnorm import normalize

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
YEAR = 365 * 86400


def one(text: str) -> Match:
    ms = scan(text)
    assert len(ms) == 1, [(m.text, m.kind, m.value) for m in ms]
    return ms[0]


def val(m: Match) -> tuple:
    return (m.kind, m.value.low, m.value.high, m.value.unit, m.value.qualifier)


def find(ms: list[Match], text: str) -> Match:
    hits = [m for m in ms if m.text == text]
    assert hits, (text, [m.text for m in ms])
    return hits[0]


# ---- the seeds' quantities (docs/design.md, "Values are intervals") ---------------------------

@pytest.mark.parametrize("text, span, expected", [
    ("Kim a trimis inițial circa 11.000-12.000 de soldați în Rusia.", "circa 11.000-12.000 de soldați",
     ("count", 11000, 12000, "soldați", "range")),
    ("a trimis aproximativ 15.000 de soldați în Rusia", "aproximativ 15.000 de soldați",
     ("count", 15000, 15000, "soldați", "approx")),
    ("15.000 de militari nord-coreeni au luptat", "15.000 de militari",
     ("count", 15000, 15000, "militari", "exact")),
    ("cel puțin patru lucrători feroviari au fost răniți", "cel puțin patru lucrători",
     ("count", 4, None, "lucrători", "at_least")),
    ("500 de drone și zeci de rachete au fost lansate", "zeci de rachete",
     ("count", 20, 99, "rachete", "vague")),
    ("500 de drone și zeci de rachete", "500 de drone", ("count", 500, 500, "drone", "exact")),
    ("iar alte câteva mii au fost răniți", "câteva mii", ("number", 2000, 9999, None, "vague")),
    ("o întâlnire care a durat mai mult de două ore", "mai mult de două ore",
     ("duration", 7200, None, "s", "more_than")),
    ("au stat de vorbă două ore și jumătate", "două ore și jumătate", ("duration", 9000, 9000, "s", "exact")),
    ("au numărat aproximativ 50 de astfel de rachete", "aproximativ 50 de astfel de rachete",
     ("count", 50, 50, "rachete", "approx")),
    ("în cei 14 ani de guvernare", "14 ani", ("duration", 14 * YEAR, 14 * YEAR, "s", "exact")),
    ("a treia călătorie în străinătate în șase ani", "șase ani", ("duration", 6 * YEAR, 6 * YEAR, "s", "exact")),
    ("pentru a marca 80 de ani de la capitulare", "80 de ani", ("duration", 80 * YEAR, 80 * YEAR, "s", "exact")),
    ("a furnizat rachete și mii de soldați", "mii de soldați", ("count", 2000, None, "soldați", "vague")),
])
def test_seed_constructions(text: str, span: str, expected: tuple) -> None:
    assert val(find(scan(text), span)) == expected


def test_seed_range_keeps_approx_and_noun_offsets() -> None:
    text = "Kim a trimis inițial circa 11.000-12.000 de soldați în Rusia."
    m = find(scan(text), "circa 11.000-12.000 de soldați")
    assert m.attrs["approx"] is True and m.attrs["qualifier_text"] == "circa"
    assert text[m.attrs["noun_start"]:m.attrs["noun_end"]] == "soldați" == m.attrs["noun"]
    assert text[m.start:m.end] == m.text


def test_seed_files() -> None:
    found = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text, _ = normalize(path.read_text(encoding="utf-8"))
        found[path.stem[:3]] = {m.text: val(m) for m in scan(text)}
    assert found["000"]["15.000 de militari"] == ("count", 15000, 15000, "militari", "exact")
    assert found["000"]["2.000"] == ("number", 2000, 2000, None, "exact")  # "2.000 dintre ei au murit"
    assert found["001"]["aproximativ 15.000 de soldați"][1:3] == (15000, 15000)
    assert found["002"]["circa 11.000-12.000 de soldați"][1:3] == (11000, 12000)
    assert found["003"]["mai mult de două ore"] == ("duration", 7200, None, "s", "more_than")
    assert found["004"]["cel puțin o rachetă"] == ("count", 1, None, "rachetă", "at_least")
    every = [t for d in found.values() for t in d]
    # Years and dates belong to the dates module.
    for date_part in ("2024", "2023", "2022", "1945", "2000", "13", "18-19", "19-20"):
        assert date_part not in every, date_part


# ---- bare numbers ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("15.000", 15000), ("1.234,56", 1234.56), ("2,5", 2.5), ("15 000", 15000), ("15\u00a0000", 15000),
    ("1 234 567", 1234567), ("-3", -3), ("minus 1.200.000", -1200000), ("3 negativ", -3),
    ("douăzeci și unu", 21), ("doua sute treizeci si patru de mii", 234000),
    ("două sute treizeci și patru de mii", 234000), ("unsprezece mii", 11000), ("unșpe", 11),
    ("douășpe", 12), ("o sută de mii", 100000), ("un milion două sute de mii", 1200000),
    ("21 de milioane", 21_000_000), ("2,5 milioane", 2_500_000), ("un milion și jumătate", 1_500_000),
    ("nouă miliarde", 9_000_000_000), ("o mie", 1000), ("1 sută", 100), ("nici unul", 0), ("zero", 0),
])
def test_bare_numbers(text: str, value: float) -> None:
    m = one(text)
    assert (m.kind, m.value.low, m.value.high, m.value.unit, m.value.qualifier) == ("number", value, value, None, "exact")
    assert m.text == text


def test_de_joins_only_from_twenty() -> None:
    assert [m.value.low for m in scan("19 de milioane")] == [19, 2_000_000]
    assert one("20 de milioane").value.low == 20_000_000
    assert one("10 de dolari").kind == "number"  # no "de" after 10: no money
    assert one("10 dolari").kind == "money"


# ---- counts -------------------------------------------------------------------------------

def test_count_noun_and_stop_words() -> None:
    assert one("2.000 dintre ei au murit").kind == "number"
    assert val(one("cele trei țări")) == ("count", 3, 3, "țări", "exact")
    assert val(one("câțiva lideri")) == ("count", 2, 9, "lideri", "vague")
    assert val(one("mai multe rachete")) == ("count", 2, None, "rachete", "vague")
    assert val(one("500 de noi locuri de muncă")) == ("count", 500, 500, "locuri", "exact")
    assert val(one("15 militari-cheie")) == ("count", 15, 15, "militari-cheie", "exact")


def test_article_is_no_count() -> None:
    assert scan("o vizită rară") == []
    assert scan("un soldat a murit") == []
    assert scan("Noua Zeelandă a votat o nouă lege") == []
    assert scan("într-o zi frumoasă") == []
    assert val(one("cel puțin o rachetă")) == ("count", 1, None, "rachetă", "at_least")


# ---- qualifiers and ranges ------------------------------------------------------------------

@pytest.mark.parametrize("text, low, high, qualifier", [
    ("aproximativ 300 de oameni", 300, 300, "approx"), ("circa 300 de oameni", 300, 300, "approx"),
    ("cca. 300 de oameni", 300, 300, "approx"), ("în jur de 300 de oameni", 300, 300, "approx"),
    ("aproape 300 de oameni", 300, 300, "approx"), ("cam 300 de oameni", 300, 300, "approx"),
    ("undeva la 300 de oameni", 300, 300, "approx"), ("peste 300 de oameni", 300, None, "more_than"),
    ("mai bine de 300 de oameni", 300, None, "more_than"), ("cel puțin 300 de oameni", 300, None, "at_least"),
    ("minimum 300 de oameni", 300, None, "at_least"), ("nu mai puțin de 300 de oameni", 300, None, "at_least"),
    ("sub 300 de oameni", None, 300, "less_than"), ("mai puțin de 300 de oameni", None, 300, "less_than"),
    ("cel mult 300 de oameni", None, 300, "at_most"), ("maximum 300 de oameni", None, 300, "at_most"),
    ("până la 300 de oameni", None, 300, "at_most"), ("doar 300 de oameni", 300, 300, "exact"),
    ("11.000–12.000 de oameni", 11000, 12000, "range"), ("între 11.000 și 12.000 de oameni", 11000, 12000, "range"),
    ("de la 300 la 400 de oameni", 300, 400, "range"), ("300 până la 400 de oameni", 300, 400, "range"),
    ("11-12 mii de oameni", 11000, 12000, "range"), ("trei sau patru oameni", 3, 4, "range"),
])
def test_qualifiers(text: str, low: float, high: float, qualifier: str) -> None:
    m = one(text)
    assert (m.kind, m.value.low, m.value.high, m.value.qualifier) == ("count", low, high, qualifier)
    assert m.text == text


def test_no_range_when_decreasing() -> None:
    assert scan("Scorul a fost 3-1.") == []


# ---- vague --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, low, high", [
    ("zeci de mii de oameni", 20000, 99999), ("sute de oameni", 200, 999), ("sute de mii de oameni", 200000, 999999),
    ("câteva sute de oameni", 200, 999), ("câteva zeci de oameni", 20, 99), ("milioane de oameni", 2_000_000, None),
    ("câțiva oameni", 2, 9),
])
def test_vague(text: str, low: float, high: float) -> None:
    assert val(one(text)) == ("count", low, high, "oameni", "vague")


# ---- durations, money, percent, measures --------------------------------------------------

@pytest.mark.parametrize("text, seconds", [
    ("o oră și 15 minute", 4500), ("jumătate de oră", 1800), ("doua ore si jumatate", 9000),
    ("un an și jumătate", 1.5 * YEAR), ("2 ore 30 de minute", 9000), ("o oră și un sfert", 4500),
    ("trei sferturi de oră", 2700), ("45min", 2700), ("o săptămână", 604800), ("două luni", 60 * 86400),
])
def test_durations(text: str, seconds: float) -> None:
    assert val(one(text)) == ("duration", seconds, seconds, "s", "exact")


@pytest.mark.parametrize("text, value, code", [
    ("10 lei și 50 de bani", 10.5, "RON"), ("5 mil. euro", 5_000_000, "EUR"), ("$20", 20, "USD"),
    ("20 de dolari", 20, "USD"), ("50 de bani", 0.5, "RON"), ("2,5 milioane de euro", 2_500_000, "EUR"),
    ("1,2 mld. lei", 1_200_000_000, "RON"), ("20€", 20, "EUR"), ("EUR 20", 20, "EUR"),
    ("doi dolari și 23", 2.23, "USD"), ("10 cenți", 10, "cent"), ("£9", 9, "GBP"),
])
def test_money(text: str, value: float, code: str) -> None:
    assert val(one(text)) == ("money", value, value, code, "exact")


def test_money_range_and_vague() -> None:
    assert val(one("între 5 și 15 lei")) == ("money", 5, 15, "RON", "range")
    assert one("de la 5 RON la 15 RON").attrs["from_to"] is True
    assert val(one("milioane de euro")) == ("money", 2_000_000, None, "EUR", "vague")


def test_a_money_range_across_a_sub_unit() -> None:
    # "Majorările sunt cuprinse între 50 de bani și un leu": one range in lei, not 50 bani alone
    assert val(one("între 50 de bani și un leu")) == ("money", 0.5, 1, "RON", "range")
    assert val(one("de la 80 de bani la 1,20 lei")) == ("money", 0.8, 1.2, "RON", "range")
    # the currency first and its sub-unit after is one sum, not a range from 2 bani
    assert val(one("între 2 lei și 50 de bani")) == ("money", 2.5, 2.5, "RON", "exact")


@pytest.mark.parametrize("text, value, unit", [
    ("53,21%", 53.21, "%"), ("20 la sută", 20, "%"), ("20 de procente", 20, "%"), ("sută la sută", 100, "%"),
    ("2,5 puncte procentuale", 2.5, "pp"),
])
def test_percent(text: str, value: float, unit: str) -> None:
    assert val(one(text)) == ("percent", value, value, unit, "exact")


@pytest.mark.parametrize("text, value, unit", [
    ("3 km", 3, "km"), ("50 km/h", 50, "km/h"), ("3,5 tone", 3.5, "t"), ("100 de hectare", 100, "ha"),
    ("-3 grade", -3, "°"), ("37 de grade Celsius", 37, "°C"), ("20 MW", 20, "MW"), ("2 litri", 2, "l"),
])
def test_measures(text: str, value: float, unit: str) -> None:
    assert val(one(text)) == ("measure", value, value, unit, "exact")


def test_measure_product() -> None:
    m = one("3,5 tone de cereale")
    assert m.attrs["product"] == "cereale" and m.value.unit == "t" and m.attrs["base"] == ["g", 1000000]


# ---- ordinals -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("prima", 1), ("primul", 1), ("al doilea", 2), ("a treia", 3), ("a 80-a", 80), ("al 2-lea", 2),
    ("Al Doilea", 2), ("al douăzeci și doilea", 22), ("secolul al XX-lea", 20), ("a doua", 2),
])
def test_ordinals(text: str, n: int) -> None:
    m = scan(text)[-1]
    assert (m.kind, m.value.low, m.value.high) == ("ordinal", n, n)


def test_ordinal_idioms() -> None:
    assert scan("primul ministru") == []
    assert scan("în primul rând") == []
    assert scan("a opta pentru") == []
    assert [m.text for m in scan("a doua a fost vizita")] == ["a doua"]


# ---- what is not a quantity -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "în 2024", "semnat în 2024, după", "1945", "13 septembrie 2023", "în perioada 18-19 iunie",
    "în iulie 2000", "la sfârșitul anului 2024", "între 2020 și 2024", "COVID-19", "MiG-29", "G7", "5G",
    "art. 5", "13.09.2023", "3.8.1", "Legea nr. 123/2020", "anii '90", "tel. 0721 123 456",
    "June 17, 2024", "1 mai",
])
def test_not_quantities(text: str) -> None:
    assert scan(text) == [], [(m.text, m.kind) for m in scan(text)]


def test_years_that_count_something_are_quantities() -> None:
    assert val(one("2000 km")) == ("measure", 2000, 2000, "km", "exact")
    assert one("1950 de euro").kind == "money"


def test_without_diacritics() -> None:
    assert val(one("aproximativ 15.000 de soldati")) == ("count", 15000, 15000, "soldati", "approx")
    assert val(one("cel putin patru lucratori"))[1:3] == (4, None)
    # In a text without any diacritics "noua" may well be nine.
    assert val(one("noua soldati")) == ("count", 9, 9, "soldati", "exact")


def test_matches_are_sorted_non_overlapping_and_offsets_exact() -> None:
    text = "Peste 300 de oameni, 2,5% și două ore; apoi 15.000 de militari."
    ms = scan(text)
    assert [m.text for m in ms] == ["Peste 300 de oameni", "2,5%", "două ore", "15.000 de militari"]
    for a, b in zip(ms, ms[1:]):
        assert a.end <= b.start
    for m in ms:
        assert text[m.start:m.end] == m.text


def test_rules_dir_is_honoured(tmp_path: Path) -> None:
    from claimcheck.lang.rules import lang_for

    rules = Path(__file__).resolve().parents[1] / "rules"
    # (dates.yml too: a part of the day is anchored by its weekdays, scan/numbers/dayparts.py)
    for name in ("numbers", "units", "vague", "clock", "dates"):
        (tmp_path / f"{name}.yml").write_text((rules / f"{name}.yml").read_text(encoding="utf-8"), encoding="utf-8")
    q = (rules / "qualifiers.yml").read_text(encoding="utf-8").replace("exact: [doar,", "exact: [doar, tocmai2,")
    q = q.replace("approx: [aproximativ,", "approx: [aproximativ, pe la,")
    (tmp_path / "qualifiers.yml").write_text(q, encoding="utf-8")
    assert one("pe la 300 de oameni").value.qualifier == "exact"  # the default rules do not know "pe la"
    assert scan("pe la 300 de oameni", lang=lang_for(tmp_path))[0].value.qualifier == "approx"


def test_malformed_rules_name_the_files(tmp_path: Path) -> None:
    from claimcheck.lang.rules import RulesError, lang_for

    rules = Path(__file__).resolve().parents[1] / "rules"
    for name in ("numbers", "qualifiers", "vague"):
        (tmp_path / f"{name}.yml").write_text((rules / f"{name}.yml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "units.yml").write_text("duration:\n  - forms: [oră]\n", encoding="utf-8")  # no seconds
    with pytest.raises(RulesError, match="units.yml"):
        scan("două ore", lang=lang_for(tmp_path))


@pytest.mark.parametrize("text, kind, low, high", [
    ("ora 12:30", "clock", 750, 750),           # a time of day, not a count of twelve
    ("la ora 09:07", "clock", 547, 547),
    ("cu puțin trecut de ora 9.00", "clock", 540, 570),
    ("în jurul orei 10", "clock", 570, 630),
    ("până la ora 15", "clock", None, 900),
    ("în jurul orei 18 și 20 de minute", "clock", 1090, 1110),  # minutes said in words
    ("la ora 9 și 5 minute", "clock", 545, 545),
    ("în jurul orei 18:45", "clock", 1115, 1135),  # to the minute: loose by minutes, not the half hour
    ("puțin după ora 9.00", "clock", 540, 570),  # a whole hour written out stays loose by the half hour
    ("în minutul 90+4", "minute", 94, 94),
    ("în minutul 90 plus 5", "minute", 95, 95),
])
def test_clock_times_and_minutes_of_play(text: str, kind: str, low, high) -> None:
    [m] = scan(text)
    assert (m.kind, m.value.low, m.value.high) == (kind, low, high)


def test_a_clock_time_said_to_the_hour_stands_for_the_half_hour_either_side() -> None:
    [m] = scan("la ora 9 a început ședința")
    assert m.attrs["step"] == 60 and (m.value.low, m.value.high) == (540, 540)


@pytest.mark.parametrize("text, span, qualifier", [
    ("Peretele s-a prăbușit joi peste doi bărbați.", "doi bărbați", "exact"),  # onto two men
    ("Un zid a căzut peste trei muncitori.", "trei muncitori", "exact"),
    ("Au murit peste doi bărbați.", "peste doi bărbați", "more_than"),
    ("Au căzut peste 100 de litri pe metru pătrat.", "peste 100 de litri pe metru pătrat", "more_than"),  # rain fell
])
def test_peste_after_a_verb_of_falling_is_a_preposition_before_a_count(text: str, span: str, qualifier: str) -> None:
    [m] = scan(text)
    assert (m.text, m.value.qualifier) == (span, qualifier)


@pytest.mark.parametrize("text,expected", [
    # a dash glued to an area, a mass or a volume is a list's dash: none of those is negative
    ("porumb -176.153 ha, floarea soarelui – 93.938 ha", ("measure", 176153, 176153, "ha", "exact")),
    ("soia -12,5 tone", ("measure", 12.5, 12.5, "t", "exact")),
    # a temperature keeps its sign, and so does a word "minus"
    ("la Joseni au fost -20 C", ("measure", -20, -20, "°C", "exact")),
])
def test_a_dash_before_an_unsigned_measure_is_no_minus(text, expected):
    m = scan(text)[0]
    assert val(m) == expected
    assert not m.text.startswith("-") or expected[1] < 0
