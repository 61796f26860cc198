"""Sources ("potrivit X", "relatează AFP, citată de Agerpres") and hedges ("se estimează")
attached by offset, with and without the parse."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.extract.quotes import attributions, covering
from claimcheck.read.textnorm import normalize

ROOT = Path(__file__).resolve().parents[1]




@pytest.fixture(params=["full", "blank"])
def nlp(request):
    # Only the variant asked for is loaded, so the "blank" tests never load the model.
    return request.getfixturevalue("nlp_full" if request.param == "full" else "nlp_blank")


def at(nlp, text: str, fragment: str, occurrence: int = 0):
    """The attribution covering the start of `fragment` in `text`."""
    text = normalize(text)[0]
    i = -1
    for _ in range(occurrence + 1):
        i = text.index(fragment, i + 1)
    return covering(attributions(nlp(text)), i)


def seed(name: str) -> str:
    return next((ROOT / "seeds").glob(f"{name}_*.txt")).read_text(encoding="utf-8")


def test_potrivit_covers_its_sentence_and_the_paragraph_it_opens(nlp):
    text = seed("000")
    a = at(nlp, text, "15.000 de militari")
    assert (a.source, a.marker, a.hedge) == ("serviciilor sud-coreene de informații", "Potrivit", None)
    b = at(nlp, text, "2.000 dintre ei")
    assert b.source == "serviciilor sud-coreene de informații" and b.inherited
    assert at(nlp, text, "Cooperarea ruso-nord-coreeană") is None  # the next paragraph is on its own


def test_an_explicit_source_beats_an_inherited_one(nlp):
    text = ("Potrivit Reuters, armata a trimis 300 de tancuri. Conform ministerului, alte 40 sunt în reparații.\n\n"
            "Nimeni nu a confirmat cifrele.")
    assert at(nlp, text, "300 de tancuri").source == "Reuters"
    assert at(nlp, text, "40 sunt").source == "ministerului"
    assert at(nlp, text, "Nimeni") is None


def test_reporting_verbs_before_and_after(nlp):
    assert at(nlp, seed("001"), "două ore și jumătate").source == "TASS"
    assert at(nlp, seed("001"), "14 ani de guvernare").source == "Associated Press"
    assert at(nlp, seed("003"), "Invitația").source == "The Guardian"
    # inside Zelenski's reported words he is the source; the sentence's outlet stays on the quote
    assert at(nlp, seed("003"), "impunitatea").source == "Volodimir Zelenski"


def test_chain_of_sources_is_one_source(nlp):
    text = "Kim Jong-un a inspectat o fabrică de rachete, relatează AFP, citată de Agerpres. Altceva."
    a = at(nlp, text, "fabrică")
    assert a.source == "AFP, citată de Agerpres" and a.marker == "relatează"
    sources = [x.source for x in attributions(nlp(text)) if x.kind == "source"]
    assert sources == ["AFP, citată de Agerpres"]


def test_hedges(nlp):
    a = at(nlp, seed("003"), "500 de drone")
    assert a.hedge == "Se estimează" and a.source is None
    assert at(nlp, seed("003"), "prima dată").hedge == "Se crede"
    assert at(nlp, seed("003"), "Beijingul este nemulțumit").hedge == "analiștii spun"
    assert at(nlp, seed("000"), "ezită să oficializeze").hedge == "Analiștii speculează"


def test_a_quotation_and_reported_speech_are_sources_of_what_they_contain(nlp):
    text = seed("004")
    assert at(nlp, text, "18-19 iunie").source == "Kremlinul"
    assert at(nlp, text, "aproximativ 50 de astfel").source == "Oficialii ucraineni"
    assert at(nlp, text, "19-20 iunie").source == "Kremlinul"


def test_a_quote_carries_its_sentence_source(nlp):
    from claimcheck.model import Article
    from claimcheck.extract.quotes import quote_claims

    raw = seed("001")
    text, offsets = normalize(raw)
    art = Article(id="001", path="001.txt", text=text, offsets=offsets)
    claims = quote_claims(nlp(text), art)
    first = next(c for c in claims if c.quote.startswith("Relațiile"))
    assert first.source == "relatării Interfax" and first.speaker == "Vladimir Putin"


@pytest.mark.parametrize("text", [
    "Este momentul potrivit pentru negocieri, a spus el.",
    "După invazia din 2022, armata a pierdut 300 de tancuri.",
    "După Al Doilea Război Mondial, granițele s-au schimbat de 3 ori.",
    "Putin „își arată impunitatea” prin 500 de drone.",
])
def test_look_alikes_are_not_sources(nlp, text):
    digits = next(i for i, c in enumerate(text) if c.isdigit()) if any(c.isdigit() for c in text) else 0
    a = covering(attributions(nlp(text)), digits)
    assert a is None or a.source is None


def test_potrivit_lui_names_the_person(nlp):
    a = at(nlp, "Potrivit lui Ion Popescu, directorul firmei, 20 de angajați au plecat.", "20 de")
    assert a.source == "Ion Popescu"


def test_dupa_cites_a_known_outlet(nlp):
    assert at(nlp, "După Reuters, armata a pierdut 300 de tancuri.", "300").source == "Reuters"


def test_covering_outside_everything_is_none(nlp):
    assert covering(attributions(nlp("Armata a trimis 300 de tancuri.")), 15) is None
