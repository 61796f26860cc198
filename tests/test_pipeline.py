"""The pipeline: rule components registered and in place, and parsing in worker processes gives
exactly what one process gives."""

from __future__ import annotations

from claimcheck.read.corpus import read_corpus
from claimcheck.extract import extract_claims
from claimcheck.nlp.pipeline import parse_texts

from conftest import SEEDS


def test_components_in_order(nlp_full, nlp_blank):
    names = nlp_full.pipe_names
    assert names.index("claimcheck_paragraphs") < names.index("parser")
    assert names[-3:] == ["claimcheck_numbers", "claimcheck_dates", "claimcheck_quotes"]
    assert nlp_blank.pipe_names == ["claimcheck_paragraphs", "sentencizer", "claimcheck_numbers", "claimcheck_dates",
                                    "claimcheck_quotes"]
    # (the model's tagger writes only tag_, which nothing reads: it is not loaded)
    assert "tagger" not in names and "morphologizer" in names


def test_worker_processes_give_the_same_claims(nlp_full):
    articles = read_corpus([SEEDS]).articles
    items = [(a.text, a.date) for a in articles]
    one = [extract_claims(d, a) for a, d in zip(articles, parse_texts(nlp_full, items))]
    two = [extract_claims(d, a) for a, d in zip(articles, parse_texts(nlp_full, items, n_process=2))]
    assert [[c.to_dict() for c in cs] for cs in one] == [[c.to_dict() for c in cs] for cs in two]
    assert nlp_full.pipe_names[-3:] == ["claimcheck_numbers", "claimcheck_dates", "claimcheck_quotes"]  # re-enabled


def test_quotes_component_sets_the_analysis_the_claims_read(nlp_blank):
    """The quotations are found once, by the pipeline's component, into `doc._.cc_quotes`; the
    quote claims read that object rather than finding them again."""
    from claimcheck.extract.quotes.analysis import analyse

    doc = nlp_blank("Ministrul a vorbit joi. „Nu vom accepta asta”, a declarat Ion Popescu.")
    done = doc._.cc_quotes
    assert done is not None and [f.speaker.name for f in done.found] == ["Ion Popescu"]
    assert analyse(doc) is done
    # another rules folder is another reading: computed again, not taken from the component
    import shutil, tempfile
    from claimcheck.lang.rules import default_rules_dir

    other = tempfile.mkdtemp()
    shutil.copytree(default_rules_dir(), other, dirs_exist_ok=True)
    again = analyse(doc, other)
    assert again is not done and [f.speaker.name for f in again.found] == ["Ion Popescu"]
