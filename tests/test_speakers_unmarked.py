"""Who said a quotation when its marks or its antecedent mislead, in constructions real news
showed: a relative clause after an apposition set off by commas ("Mara Oprea, solista formației
Lumen, care a spus „…”" is Mara Oprea's, not the band's, though the parser hangs the clause on the
band), a long first-person statement printed over paragraphs whose opening mark the page lost,
closed by a “ glued to its last word ("… Mulțumim suporterilor“, a spus antrenoarea"), and a
court that speaks by its ruling ("„…”, a decis Înalta Curte de Casație și Justiție"), whose name
holds a "și". Without a parse too: a description after the speech verb ends at a function word
("a punctat elevul hotărât să ajungă programator" is "elevul", the one person named), and a winner
("a declarat câștigătorul din acest an") is a title that goes to the person named just before. The articles in tests/articles/anydomain/ were written for these tests (invented
people); run through the same flow as the CLI, in both model modes."""

from __future__ import annotations

from conftest import folder_reports, speaker_of as speaker

reports = folder_reports(("apozitie-care", "citat-fara-deschidere", "instanta-decizie", "descriere-vorbitor"))


def test_a_relative_clause_after_an_apposition_is_about_the_name(reports):
    r = reports["apozitie-care"]
    assert speaker(r, "vrem să cântăm") == "Mara Oprea"
    # the apposition's own title with "care": the name before it still speaks
    assert speaker(r, "suntem mulțumiți") == "Tudor Lazăr"


def test_a_statement_that_lost_its_opening_mark_runs_back_over_first_person_paragraphs(reports):
    r = reports["citat-fara-deschidere"]
    [q] = [c for c in r.claims if c.kind == "quote" and "Mulțumim suporterilor" in (c.quote or "")]
    assert "Silvia Petrache" in q.speaker
    # it starts where the first person starts, not at the narration before it
    assert q.quote.startswith("A fost un turneu foarte greu")
    assert "Suntem la început de drum" in q.quote
    assert "a vorbit la sosirea" not in q.quote
    # the mark glued to the last word closes it: the attribution is no quotation of its own
    assert not [c for c in r.claims if c.kind == "quote" and "a spus antrenoarea" in (c.quote or "")]


def test_a_court_speaks_by_its_ruling_under_its_whole_name(reports):
    r = reports["instanta-decizie"]
    assert speaker(r, "Respinge, ca nefondat") == "Înalta Curte de Casație și Justiție"


def test_a_description_after_the_verb_stands_for_the_person_named(reports):
    r = reports["descriere-vorbitor"]
    assert speaker(r, "Vreau să merg la un liceu") == "Radu Tomescu"
    assert speaker(r, "mă bucur că am câștigat") == "Daniel Kiptoo"
    assert speaker(r, "Am alergat cu gândul") == "Ioana Bratu"
