"""Loading the Romanian spaCy pipeline and adding claimcheck's rule components.

The statistical model parses; the rule components, registered as spaCy factories and built
from `rules/`, find the numbers and dates. Running them inside the pipeline keeps one pass
over each document and lets `nlp.pipe` batch everything.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimcheck.errors import ModelNotFound  # noqa: F401  (defined apart so that catching it needs no spaCy)

DEFAULT_MODEL = "ro_legal_fl"
BLANK = "blank"
MODEL_INSTALL_HINT = "claimcheck install-model   (it runs pip install --no-deps ro-legal-fl==3.6.1)"

# ro_legal_fl 3.6.1 declares spacy<3.7 (W095) and ships an attribute ruler with no patterns
# (W036). Under spaCy 3.8 its output is identical (docs/design.md, "Parsing"), so both warnings
# are noise for this model only; other models keep their warnings.
_MODEL_WARNINGS = (r".*\[W095\].*ro_legal_fl.*", r".*\[W036\].*")

for _name, _default in (("cc_numbers", None), ("cc_dates", None), ("ref_date", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@Language.component("claimcheck_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence. News titles and one-line paragraphs carry no final full
    stop, and without this the title runs into the first paragraph's sentence. Set before the
    parser, which keeps boundaries that are already set."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


@Language.factory("claimcheck_numbers", default_config={"rules_dir": None})
def make_numbers(nlp: Language, name: str, rules_dir: str | None) -> "NumbersComponent":
    return NumbersComponent(rules_dir)


@Language.factory("claimcheck_dates", default_config={"rules_dir": None})
def make_dates(nlp: Language, name: str, rules_dir: str | None) -> "DatesComponent":
    return DatesComponent(rules_dir)


class NumbersComponent:
    """Sets `doc._.cc_numbers`: every quantity the Romanian number grammar reads in the text."""

    def __init__(self, rules_dir: str | None = None):
        from claimcheck.numbers import scan

        self._scan = scan
        self.rules_dir = rules_dir

    def __call__(self, doc: Doc) -> Doc:
        doc._.cc_numbers = self._scan(doc.text, rules_dir=self.rules_dir)
        return doc


class DatesComponent:
    """Sets `doc._.cc_dates`, resolved against `doc._.ref_date` (the article's date)."""

    def __init__(self, rules_dir: str | None = None):
        from claimcheck.dates import scan_dates

        self._scan = scan_dates
        self.rules_dir = rules_dir

    def __call__(self, doc: Doc) -> Doc:
        doc._.cc_dates = self._scan(doc.text, doc._.ref_date, rules_dir=self.rules_dir)
        return doc


@lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL, rules_dir: Path | str | None = None) -> Language:
    """The model named (or `blank`: tokenizer and sentence splitter only) plus the rule
    components. Loaded once per process (`check` parses the corpus and the new articles apart)."""
    cfg = {"rules_dir": str(rules_dir) if rules_dir else None}
    if model == BLANK:
        nlp = spacy.blank("ro")
        nlp.add_pipe("claimcheck_paragraphs")
        nlp.add_pipe("sentencizer")
    else:
        with warnings.catch_warnings():
            for pattern in _MODEL_WARNINGS:
                warnings.filterwarnings("ignore", message=pattern)
            try:
                nlp = spacy.load(model)
            except OSError:
                hint = MODEL_INSTALL_HINT if model == DEFAULT_MODEL else f"pip install {model}"
                raise ModelNotFound(f"the spaCy model '{model}' is not installed. Install it with: {hint}; "
                                    "or run with --model blank (rules only, no parse)") from None
        if nlp.lang != "ro":
            raise ModelNotFound(f"the spaCy model '{model}' is for language '{nlp.lang}', not Romanian ('ro')")
        if model == DEFAULT_MODEL:
            # Its attribute ruler has no patterns: skipping it changes nothing and stops W036
            # from being raised on every document.
            if "attribute_ruler" in nlp.pipe_names:
                nlp.disable_pipe("attribute_ruler")
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("claimcheck_paragraphs", before="parser")
        else:
            nlp.add_pipe("claimcheck_paragraphs", first=True)
    nlp.add_pipe("claimcheck_numbers", config=cfg)
    nlp.add_pipe("claimcheck_dates", config=cfg)
    return nlp


RULE_COMPONENTS = ("claimcheck_numbers", "claimcheck_dates")


def parse_texts(nlp: Language, items: Iterable[tuple[str, date | None]], batch_size: int = 16,
                n_process: int = 1) -> Iterator[Doc]:
    """Run (text, reference date) pairs through `nlp.pipe` in batches, in order.

    With `n_process` > 1 the statistical components run in worker processes and the rule
    components in this one: their results (dataclasses, dates) live in `doc._` and would not
    survive the trip back from a worker, and they cost well under 1% of the time anyway."""
    with warnings.catch_warnings():
        for pattern in _MODEL_WARNINGS:
            warnings.filterwarnings("ignore", message=pattern)
        if n_process <= 1:
            def docs() -> Iterator[Doc]:
                for text, ref in items:
                    doc = nlp.make_doc(text)
                    doc._.ref_date = ref
                    yield doc

            yield from nlp.pipe(docs(), batch_size=batch_size)
            return
        items = list(items)
        rules = [(name, nlp.get_pipe(name)) for name in RULE_COMPONENTS if name in nlp.pipe_names]
        with nlp.select_pipes(disable=[name for name, _ in rules]):
            parsed = nlp.pipe((text for text, _ in items), batch_size=batch_size, n_process=n_process)
            for doc, (_, ref) in zip(parsed, items):
                doc._.ref_date = ref
                for _, component in rules:
                    doc = component(doc)
                yield doc
