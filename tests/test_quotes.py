"""Quotations, speakers and names on small Romanian texts, and quote reconciliation on the seeds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.model import Article
from claimcheck.extract.quotes import attributions, canonical, quote_claims, same_speaker
from claimcheck.reconcile.quotes import reconcile_quotes
from claimcheck.extract.quotes.marks import find_quotes
from claimcheck.extract.quotes.names import ArticleNames, actor_table, find_mentions
from claimcheck.read.textnorm import normalize
from claimcheck.lang.rules import lang_for

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))




def make_article(raw: str, id: str = "t") -> Article:
    text, offsets = normalize(raw)
    return Article(id=id, path=f"{id}.txt", text=text, offsets=offsets)


@pytest.fixture(params=["full", "blank"])
def nlp(request):
    # Only the variant asked for is loaded, so the "blank" tests never load the model.
    return request.getfixturevalue("nlp_full" if request.param == "full" else "nlp_blank")


def claims_of(nlp, raw: str, id: str = "t", rules_dir=None):
    a = make_article(raw, id)
    return quote_claims(nlp(a.text), a, lang=lang_for(rules_dir))


def by_quote(claims, fragment: str):
    found = [c for c in claims if fragment in (c.quote or "")]
    assert found, f"no quote with {fragment!r}: {[c.quote for c in claims]}"
    return found[0]


# --- marks -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, inner", [
    ("El a spus „pace acum” ieri.", ["pace acum"]),
    ("El a spus «pace acum» ieri.", ["pace acum"]),
    ("El a spus “pace acum” ieri.", ["pace acum"]),
    ('El a spus "pace acum" ieri.', ["pace acum"]),
    ("El a spus ”pace acum” ieri.", ["pace acum"]),
    ("El a spus „pace acum“ ieri.", ["pace acum"]),
    ("„Am spus «nu», apoi „da””, a zis.", ["Am spus «nu», apoi „da”"]),
])
def test_each_kind_of_quotation_mark(text, inner):
    assert [q.words(text) for q in find_quotes(text)] == inner


def test_nested_quote_is_inside_not_separate():
    text = "„Am spus mereu că «pacea nu se negociază», iar poziția nu s-a schimbat”, a subliniat Xi."
    (q,) = find_quotes(text)
    assert q.closed and len(q.nested) == 1
    assert text[q.nested[0][0]:q.nested[0][1]] == "pacea nu se negociază"


def test_quote_over_two_paragraphs_is_one_quote():
    text = "„Prima frază.\n\n„A doua frază”, a spus el.\n\nAlt paragraf."
    (q,) = find_quotes(text)
    assert q.words(text) == "Prima frază. A doua frază" and q.closed and len(q.reopen) == 1


def test_unclosed_quote_ends_with_its_paragraph_and_stray_marks_are_ignored():
    text = "„Fără sfârșit aici\n\nAlt paragraf cu ” un semn rătăcit » și „bun”."
    qs = find_quotes(text)
    assert [(q.words(text), q.closed) for q in qs] == [("Fără sfârșit aici", False), ("bun", True)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("„”“\"«»‹› ab.,\n:")), max_size=60))
def test_marks_never_crash_and_spans_are_sane(text):
    qs = find_quotes(text)
    last = -1
    for q in qs:
        assert 0 <= q.start <= q.inner_start <= q.inner_end <= q.end <= len(text)
        assert q.start > last
        last = q.end - 1


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(list("„”«»\" ,.:\nabc") + [
    "a spus ", "a declarat ", "Putin ", "că ", "el ", "Kim ", "i-a spus ", "spunându-i ", "potrivit ", "Analiștii "]),
    max_size=30).map("".join))
def test_extraction_never_crashes_on_broken_text(nlp_blank, text):
    a = make_article(text)
    doc = nlp_blank(a.text)
    for c in quote_claims(doc, a):
        assert 0 <= c.start <= c.end <= len(text)
    for x in attributions(doc):
        assert 0 <= x.start <= x.end <= len(a.text)


# --- speakers --------------------------------------------------------------------------------

def test_attribution_after_and_the_pronoun_that_follows(nlp):
    raw = ("„Relațiile dintre țările noastre s-au întărit”, i-a declarat Putin liderului nord-coreean "
           "Kim Jong Un. „Mă bucur să vă revăd”, a mai spus el.")
    cs = claims_of(nlp, raw)
    assert [(c.speaker, c.direct) for c in cs] == [("Vladimir Putin", True), ("Vladimir Putin", True)]
    first = cs[0]
    assert first.text.startswith("„") and first.text.endswith("”") and not first.quote.startswith("„")
    assert first.frame["verb"] == "i-a declarat" and first.frame["speaker_text"] == "Putin"


def test_colon_and_description_resolve_to_the_person(nlp):
    raw = ("Volodimir Zelenski a vorbit joi la Bruxelles.\n\n"
           "„Avem nevoie de apărare aeriană acum”, a declarat președintele ucrainean.\n\n"
           "Kim Jong-Un, liderul suprem al Coreei de Nord: „Suntem gata să ajutăm”.")
    cs = claims_of(nlp, raw)
    assert by_quote(cs, "apărare aeriană").speaker == "Volodimir Zelenski"
    assert by_quote(cs, "apărare aeriană").frame["speaker_text"] == "președintele ucrainean"
    assert by_quote(cs, "gata să ajutăm").speaker == "Kim Jong Un"


def test_a_title_alone_does_not_name_someone_the_article_never_names(nlp):
    cs = claims_of(nlp, "„Vom trimite ajutoare”, a declarat președintele ucrainean.")
    assert cs[0].speaker == "președintele ucrainean"


def test_clitic_forms(nlp):
    raw = ("Kim a fost filmat spunându-i lui Putin „ne vedem curând” la despărțire. "
           "„Vă așteptăm”, i-a răspuns Putin lui Kim.")
    cs = claims_of(nlp, raw)
    assert [(c.quote, c.speaker) for c in cs] == [("ne vedem curând", "Kim Jong Un"), ("Vă așteptăm", "Vladimir Putin")]


def test_indirect_speech_is_a_quote_with_direct_false(nlp):
    cs = claims_of(nlp, "Miercuri, Kim a afirmat că cooperarea cu Moscova s-a consolidat, dar Seulul a protestat.")
    (c,) = cs
    assert (c.direct, c.speaker, c.quote) == (False, "Kim Jong Un", "cooperarea cu Moscova s-a consolidat")


def test_institutions_speak_and_the_bare_report_form(nlp):
    raw = "Putin va vizita Coreea de Nord marți, a spus Kremlinul. Phenianul a anunțat că pregătește o primire fastuoasă."
    cs = claims_of(nlp, raw)
    assert [(c.speaker, c.direct) for c in cs] == [("Kremlinul", False), ("Coreea de Nord", False)]
    assert cs[0].quote == "Putin va vizita Coreea de Nord marți"


def test_an_object_after_the_verb_makes_no_bare_report(nlp):
    # "X, ministrul Transporturilor, a anunțat o anchetă": the clause before the verb is its
    # subject, and "o anchetă" its object, not who spoke
    cs = claims_of(nlp, "Ciprian Șerban, ministrul Transporturilor, a anunțat o anchetă. "
                        "Trenul a deraiat lângă Pașcani, a spus un martor.")
    assert cs == []


def test_partial_quotes_are_not_claims_and_do_not_steal_the_speaker(nlp):
    raw = ("Putin a lăudat „curajul” și „eroismul” soldaților nord-coreeni. "
           "„Nu vom uita niciodată sacrificiile voastre”, a spus el.")
    cs = claims_of(nlp, raw)
    assert [(c.quote, c.speaker) for c in cs] == [("Nu vom uita niciodată sacrificiile voastre", "Vladimir Putin")]


def test_quote_inside_reported_speech_belongs_to_it(nlp):
    cs = claims_of(nlp, "Liderul de la Kremlin a declarat că cei doi vor discuta relațiile „în toate formele și direcțiile”.\n"
                        "Vladimir Putin a plecat apoi la Moscova.")
    (c,) = cs
    assert c.direct is False and c.speaker == "Vladimir Putin" and c.frame["partial_quotes"] == 1


def test_unattributed_quote_paragraph_continues_the_previous_speaker(nlp):
    raw = ("„Lista țărilor dispuse să-l primească pe Putin este scurtă”, a declarat Leif-Eric Isley, profesor la Seul.\n\n"
           "„Acest summit întărește legitimitatea internă a lui Kim Jong Un”.\n\n"
           "Viceministrul Kim Hong-gyun a discutat cu Kurt Campbell, a declarat ministerul.")
    cs = claims_of(nlp, raw)
    assert by_quote(cs, "legitimitatea internă").speaker == "Leif-Eric Isley"
    assert all(c.speaker != "Kim Hong-gyun" for c in cs)


def test_anonymous_speakers_and_impersonal_verbs_make_no_quote(nlp):
    raw = "Analiștii spun că Beijingul este nemulțumit. Se estimează că 500 de drone au fost lansate."
    assert claims_of(nlp, raw) == []


def test_unclosed_quote_is_cut_before_its_attribution(nlp):
    (c,) = claims_of(nlp, "Zelenski a vorbit în parlament.\n\n„Sprijinul vostru contează mai mult ca oricând, a adăugat el.\n")
    assert c.quote == "Sprijinul vostru contează mai mult ca oricând" and c.speaker == "Volodimir Zelenski"


def test_offsets_point_into_the_file_and_ids_are_stable(nlp):
    raw = "Titlu\r\n\r\n„Relaţiile s-au întărit”, a declarat Putin.\r\n"  # CRLF and a cedilla ţ
    a = make_article(raw)
    c1 = quote_claims(nlp(a.text), a)
    c2 = quote_claims(nlp(a.text), a)
    (c,) = c1
    assert normalize(raw[c.start:c.end])[0] == c.text == "„Relațiile s-au întărit”"
    assert (c.line, c.column) == (3, 1)
    assert [x.id for x in c1] == [x.id for x in c2]


def test_a_rule_author_adds_a_person_in_yaml(nlp, tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    # A bare surname the article never gives in full: only the actors list knows who it is.
    # (A title such as "oficialul olandez" needs no entry: it resolves to the name the article gives.)
    raw = "„Trebuie să fim pregătiți”, a insistat Rutte la Bruxelles."
    assert claims_of(nlp, raw)[0].speaker == "Rutte"
    with (rules / "actors.yml").open("a", encoding="utf-8") as fh:
        fh.write("\n  - name: Mark Rutte\n    type: person\n    aliases: [Rutte]\n"
                 "    titles: [oficialul olandez, secretarul general al NATO]\n")
    assert claims_of(nlp, raw, rules_dir=rules)[0].speaker == "Mark Rutte"


# --- titles and people the actors list does not know ------------------------------------------

def test_a_title_after_the_quote_is_the_person_who_just_spoke(nlp):
    raw = ("Secretarul de stat Dan Mureșan a declarat, la fața locului, că imobilul este grav avariat. "
           "„Primul verdict este că blocul este cu risc de prăbușire”, a precizat șeful Departamentului "
           "pentru Situații de Urgență.\n")
    cs = claims_of(nlp, raw)
    assert [c.speaker for c in cs] == ["Dan Mureșan", "Dan Mureșan"]
    assert by_quote(cs, "Primul verdict").frame["speaker_text"].startswith("șeful Departamentului")


def test_the_name_in_apposition_to_a_title_speaks(nlp):
    cs = claims_of(nlp, "Șeful ISU, Dan Mureșan, a declarat că „blocul este cu risc de prăbușire”.\n")
    assert [c.speaker for c in cs] == ["Dan Mureșan"]
    cs = claims_of(nlp, "„Blocul va fi demolat cât mai curând”, a anunțat primarul sectorului, Ana Vasilescu.\n")
    assert [c.speaker for c in cs] == ["Ana Vasilescu"]


def test_a_title_resolves_to_whom_the_article_names_with_it_paragraphs_away(nlp):
    raw = ("Ministrul Muncii, Ioana Dumitrescu, a vizitat joi zona afectată.\n\n"
           "Pompierii au lucrat toată noaptea în cartier.\n\n"
           "Mai multe familii au fost evacuate de autorități.\n\n"
           "„Vom acorda ajutoare tuturor familiilor afectate”, a spus ministrul Muncii.\n\n"
           "Victor Stan, seismolog la INFP, a explicat că replicile vor continua.\n\n"
           "Locuitorii au petrecut noaptea în corturi.\n\n"
           "„Nu există motive de panică”, a adăugat seismologul.\n")
    cs = claims_of(nlp, raw)
    assert by_quote(cs, "ajutoare").speaker == "Ioana Dumitrescu"
    assert by_quote(cs, "motive de panică").speaker == "Victor Stan"


@pytest.mark.parametrize("raw, fragment, who", [
    ("Purtătorul de cuvânt al IGSU, Ion Neagu, a declarat că incendiul a fost stins. "
     "„Nu sunt victime”, a precizat purtătorul de cuvânt.\n", "victime", "Ion Neagu"),
    ("Procurorul Elena Matei a anunțat că suspectul a fost reținut.\n\nAvocatul acestuia a contestat măsura.\n\n"
     "„Probele sunt solide”, a spus procurorul.\n", "Probele", "Elena Matei"),
    ("Antrenorul Stelei, Marius Ene, a vorbit după meci.\n\n”Am jucat slab în prima repriză”, a declarat "
     "tehnicianul.\n", "slab", "Marius Ene"),
    ("Ministrul Sănătății, Ioan Rusu, a vizitat spitalul. Medicul-șef Ana Pop l-a însoțit. "
     "„Avem nevoie de aparatură”, a spus medicul-șef.\n", "aparatură", "Ana Pop"),
])
def test_titles_in_other_domains(nlp, raw, fragment, who):
    assert by_quote(claims_of(nlp, raw), fragment).speaker == who


def test_a_title_never_names_someone_else(nlp):
    # another ministry than the one the last person named holds
    raw = ("Ministrul Muncii, Ioana Dumitrescu, a vizitat zona. "
           "„Nu avem bani pentru toate drumurile”, a spus ministrul Transporturilor.\n")
    assert by_quote(claims_of(nlp, raw), "drumurile").speaker == "ministrul Transporturilor"
    # nobody named near the quote
    raw = ("Ioana Dumitrescu a vizitat zona luni.\n\nAutoritățile au închis strada.\n\n"
           "Traficul a fost deviat.\n\n„Pacienții sunt stabili”, a declarat medicul de gardă.\n")
    assert by_quote(claims_of(nlp, raw), "Pacienții").speaker.startswith("medicul")


def test_a_bare_surname_is_the_full_name_given_earlier(nlp):
    raw = ("Dan Mureșan a ajuns la fața locului joi dimineață.\n\n"
           "Mureșan a făcut apel la locatari să nu revină: „Rugămintea este să nu intre nimeni în clădire”.\n")
    assert by_quote(claims_of(nlp, raw), "Rugămintea").speaker == "Dan Mureșan"


@pytest.mark.parametrize("mark, close", [("„", "”"), ("”", "”"), ("«", "»")])
def test_a_quotation_over_paragraphs_closed_only_at_the_end(nlp, mark, close):
    raw = (f"Clubul a anunțat transferul joi.\n\n{mark}Azi dimineață am semnat contractul. Suntem bucuroși.\n\n"
           f"Jucătorul va face vizita medicală mâine.\n\nVom vedea ce urmează{close}, a declarat Sorin Pavel la radio.\n")
    (c,) = claims_of(nlp, raw)
    assert c.speaker == "Sorin Pavel" and c.quote.startswith("Azi dimineață") and c.quote.endswith("ce urmează")


def test_pronouns_continue_the_person_named_last(nlp):
    raw = ("Primarul Radu Enache a vorbit cu locatarii. „Vom reloca familiile”, a transmis acesta. "
           "„Avem locuri în hoteluri”, a mai spus acesta. „Nimeni nu rămâne pe drumuri”, a adăugat el.\n")
    assert [c.speaker for c in claims_of(nlp, raw)] == ["Radu Enache"] * 3


def test_a_run_on_quote_stops_at_a_new_quotation_or_a_stray_mark():
    text = "„Una fără sfârșit.\n\nAlt paragraf „cu citat” aici.\n"
    assert [(q.words(text), q.closed) for q in find_quotes(text)] == [("Una fără sfârșit.", False), ("cu citat", True)]
    text = "„Una.\n\nDoi.\n\nTrei.\n\nPatru.\n\nCinci”, a spus el.\n"
    assert not find_quotes(text)[0].closed  # too many paragraphs away


def test_a_capitalised_title_is_not_a_name_and_a_sentence_initial_surname_is():
    text = "Șeful DSU, Dan Mureșan, a sosit. Mureșan a vorbit cu ministrul Muncii."
    ms = {m.text: m.kind for m in find_mentions(text, actor_table())}
    assert ms["Șeful DSU"] == "title" and ms["Dan Mureșan"] == "name" and ms["Mureșan"] == "name"
    assert ms["ministrul Muncii"] == "title"


# --- names -----------------------------------------------------------------------------------

def test_kim_spellings_are_one_person_and_kim_hong_gyun_another():
    assert {canonical(n) for n in ("Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "Kim")} == {"Kim Jong Un"}
    assert canonical("Kim Hong-gyun") == "Kim Hong-gyun"
    assert same_speaker("Kim Jong-un", "Kim Jong-Un") and same_speaker("Kim", "Kim Jong Un")
    assert not same_speaker("Kim Hong-gyun", "Kim Jong Un") and not same_speaker("Kim", "Kim Hong-gyun")
    # strangers: close spellings are one person, other given names are not
    assert same_speaker("Kim Yong-ho", "Kim Yung-ho") and not same_speaker("Kim Yung-ho", "Kim Jong-il")


def test_within_an_article_a_bare_surname_is_the_last_person_of_that_name():
    text = "Kim Jong-un a inspectat trupele. Ministrul Kim Yung-ho a răspuns. Kim a tăcut."
    names = ArticleNames(actor_table(), find_mentions(text, actor_table()))
    assert names.resolve("Kim", text.index("Kim a tăcut")) == "Kim Yung-ho"
    assert names.resolve("Kim", text.index("Ministrul")) == "Kim Jong Un"


def test_lowercase_words_are_not_names():
    text = "Mai puțin Statele Unite, a spus el."
    assert all(m.text != "puțin" for m in find_mentions(text, actor_table()))


# --- reconciliation on the seeds -------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_claims(nlp_full):
    out = []
    for p in SEEDS:
        a = make_article(p.read_text(encoding="utf-8"), p.stem)
        out += quote_claims(nlp_full(a.text), a)
    return out


def _find(claims, article: str, fragment: str):
    return next(c for c in claims if c.article.startswith(article) and fragment in c.quote)


def _group_of(groups, claim):
    return next((g for g in groups if claim.id in g.claims), None)


def test_seed_statements_line_up_across_articles(seed_claims):
    groups, findings = reconcile_quotes(seed_claims)
    kim0, kim1 = _find(seed_claims, "000", "datorie frățească"), _find(seed_claims, "001", "datorie frățească")
    assert _group_of(groups, kim0) is _group_of(groups, kim1) is not None
    t0, t1 = _find(seed_claims, "000", "complotați"), _find(seed_claims, "001", "care conspiră")
    g = _group_of(groups, t0)
    assert g is _group_of(groups, t1) and g.kind == "quote" and g.verdict == "variant"
    variant = [f for f in findings if set(f.claims) == {t0.id, t1.id}]
    assert [(f.rule, f.severity) for f in variant] == [("quote-variant", "info")]
    assert "complotați" in variant[0].message and "conspiră" in variant[0].message
    p0, p2 = _find(seed_claims, "000", "regiunii Kursk"), _find(seed_claims, "002", "regiunii Kursk")
    assert _group_of(groups, p0) is _group_of(groups, p2) is not None
    ushakov = _find(seed_claims, "001", "nimeni nu a complotat nimic")
    assert ushakov.speaker == "Iuri Ușakov"
    assert _group_of(groups, ushakov) is None
    assert not [f for f in findings if f.rule == "quote-speaker-conflict"]
    # every group joins different articles; ids are stable
    for g in groups:
        arts = [c.article for c in seed_claims if c.id in g.claims]
        assert len(set(arts)) >= 2
    assert [g.id for g in groups] == [g.id for g in reconcile_quotes(seed_claims)[0]]


def test_thresholds_can_be_overridden(seed_claims):
    strict, _ = reconcile_quotes(seed_claims, group_similarity=99.0)
    kim0 = _find(seed_claims, "000", "datorie frățească")
    assert _group_of(strict, kim0) is None


def test_same_words_for_two_speakers_is_an_error_and_same_words_same_speaker_agree(nlp_blank):
    words = "„Nu vom ceda niciodată în fața presiunilor occidentale asupra economiei noastre”"
    a = claims_of(nlp_blank, f"{words}, a declarat Putin.", "a")
    b = claims_of(nlp_blank, f"{words}, a declarat Xi Jinping.", "b")
    c = claims_of(nlp_blank, f"{words}, a spus Vladimir Putin la Moscova.", "c")
    groups, findings = reconcile_quotes(a + b + c)
    # one error per pair of speakers, however many articles repeat the attribution
    assert [(f.rule, f.severity) for f in findings] == [("quote-speaker-conflict", "error")]
    assert "Xi Jinping" in findings[0].message and "Vladimir Putin" in findings[0].message
    (g,) = groups
    assert g.verdict == "conflict" and len(g.claims) == 3
    same, none = reconcile_quotes(a + c)
    assert [x.verdict for x in same] == ["agree"] and none == []


def test_quotes_from_one_article_are_never_paired(nlp_blank):
    cs = claims_of(nlp_blank, "„Vom câștiga acest război fără îndoială”, a spus Putin. "
                              "„Vom câștiga acest război fără îndoială”, a repetat Putin.", "a")
    assert reconcile_quotes(cs) == ([], [])


@pytest.mark.parametrize("report_fixture", ["seeds_report", "seeds_report_blank"])
def test_check_walk_gives_the_groups_the_whole_corpus_gives(report_fixture, request):
    """`check` finds a new article's quote groups by walking out from its quotes; they must be
    exactly the groups (and findings) the whole corpus gives that hold one of its quotes."""
    report = request.getfixturevalue(report_fixture)
    quotes = [c for c in report.claims if c.kind == "quote"]
    article_of = {c.id: c.article for c in quotes}
    groups, findings = reconcile_quotes(quotes)
    compared = 0
    for article in sorted({c.article for c in quotes}):
        focus = {article}
        f_groups, f_findings = reconcile_quotes(quotes, focus=focus)
        want = [g for g in groups if any(article_of[i] in focus for i in g.claims)]
        assert [(g.id, g.claims, g.verdict) for g in f_groups] == [(g.id, g.claims, g.verdict) for g in want]
        want_f = [f.id for f in findings if any(article_of[i] in focus for i in f.claims)]
        assert [f.id for f in f_findings if any(article_of[i] in focus for i in f.claims)] == want_f
        compared += len(want)
    assert compared > 0  # the seeds repeat statements across articles: there are groups to compare
