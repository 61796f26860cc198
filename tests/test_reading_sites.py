"""A temperature is a reading of one site ("iar la Joseni au fost -20 C", "la stația meteo Joseni au
fost minus 23,6 grade Celsius"): the site named by any place name is what the figure is of
(extract/sites.py, units.yml `reading`), so -20 at Joseni is compared with Joseni's reading
only, and a reading of no named site with none. "-20 C" is a temperature because of its sign
(units.yml `signed_symbols`); "grupa 4 C" is no measure. Case:
tests/articles/anydomain/ger-statii."""

from __future__ import annotations

from conftest import ARTICLES, claim_by_text, findings_between, moded_case_report

moded = moded_case_report(ARTICLES / "anydomain" / "ger-statii")


def _grouped(r, a, b) -> bool:
    return bool(findings_between(r, a, b)) or any(a.id in g.claims and b.id in g.claims for g in r.groups)


def test_a_signed_c_is_a_temperature_and_a_bare_one_is_not(moded):
    _, r = moded
    joseni = claim_by_text(r, "a", "-20 C")
    assert (joseni.value.low, joseni.value.unit) == (-20, "°C")
    assert not [c for c in r.claims if c.article == "a" and "4 C" in c.text and c.value and c.value.unit == "°C"]


def test_the_site_is_any_place_name_before_or_in_its_phrase(moded):
    _, r = moded
    assert claim_by_text(r, "a", "-20 C").frame.get("site") == "joseni"
    assert claim_by_text(r, "b", "minus 23,6").frame.get("site") == "joseni"  # "la stația meteo Joseni"
    # the first of a list of places, and a hyphenated name read as the same words
    assert claim_by_text(r, "a", "-21 C").frame.get("site") == "miercurea ciuc"
    assert claim_by_text(r, "b", "minus 23,2").frame.get("site") == "miercurea ciuc"


def test_one_site_s_readings_disagree(moded):
    _, r = moded
    for a, b in (("-20 C", "minus 23,6"), ("-21 C", "minus 23,2")):
        [f] = findings_between(r, claim_by_text(r, "a", a), claim_by_text(r, "b", b))
        assert (f.rule, f.severity) == ("quantity-conflict", "error")
    # Brașov's -23 is told alike
    assert not findings_between(r, claim_by_text(r, "a", "-23 C"), claim_by_text(r, "b", "minus 23 de grade"))
    assert _grouped(r, claim_by_text(r, "a", "-23 C"), claim_by_text(r, "b", "minus 23 de grade"))


def test_two_sites_and_no_site_are_never_compared(moded):
    _, r = moded
    assert not _grouped(r, claim_by_text(r, "a", "-20 C"), claim_by_text(r, "b", "minus 23 de grade"))
    # "minus 25 de grade Celsius în zilele următoare" and last year's "minus 18": no site named
    assert not _grouped(r, claim_by_text(r, "a", "minus 25", "quantity"), claim_by_text(r, "b", "minus 18", "quantity"))
