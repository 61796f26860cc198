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
    assert names[-2:] == ["claimcheck_numbers", "claimcheck_dates"]
    assert nlp_blank.pipe_names == ["claimcheck_paragraphs", "sentencizer", "claimcheck_numbers", "claimcheck_dates"]
    # (the model's tagger writes only tag_, which nothing reads: it is not loaded)
    assert "tagger" not in names and "morphologizer" in names


def test_worker_processes_give_the_same_claims(nlp_full):
    articles = read_corpus([SEEDS]).articles
    items = [(a.text, a.date) for a in articles]
    one = [extract_claims(d, a) for a, d in zip(articles, parse_texts(nlp_full, items))]
    two = [extract_claims(d, a) for a, d in zip(articles, parse_texts(nlp_full, items, n_process=2))]
    assert [[c.to_dict() for c in cs] for cs in one] == [[c.to_dict() for c in cs] for cs in two]
    assert nlp_full.pipe_names[-2:] == ["claimcheck_numbers", "claimcheck_dates"]  # re-enabled
