"""Loading the Romanian spaCy pipeline, adding claimcheck's rule components, and parsing with it
(in batches, in worker processes, and articles longer than the model's max_length in parts).

The statistical model parses; the rule components, registered as spaCy factories and built
from `rules/`, find the numbers and dates. Running them inside the pipeline keeps one pass
over each document and lets `nlp.pipe` batch everything.
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimcheck.settings import DEFAULT_MODEL
from claimcheck.lang.rules import lang_for
from claimcheck.errors import ModelNotFound  # noqa: F401  (defined apart so that catching it needs no spaCy)
import claimcheck.nlp.extensions  # noqa: F401  (registers doc._.cc_numbers, cc_dates, cc_quotes, ref_date)

BLANK = "blank"
MODEL_INSTALL_HINT = "claimcheck install-model   (it runs pip install --no-deps ro-legal-fl==3.6.1)"

# ro_legal_fl 3.6.1 declares spacy<3.7 (W095) and ships an attribute ruler with no patterns
# (W036). Under spaCy 3.8 its output is identical (docs/design.md, "Parsing"), so both warnings
# are noise for this model only; other models keep their warnings.
_MODEL_WARNINGS = (r".*\[W095\].*ro_legal_fl.*", r".*\[W036\].*")
# Components of the default model whose output nothing reads: ro_legal_fl's tagger writes only
# `tag_` (its morphologizer gives `pos_`, its lemmatizer and parser listen to the shared tok2vec,
# not to the tagger). It is not loaded: one component less to read from disk and run, the same
# claims (tests/test_gold_report.py); the time saved is within this machine's noise.
_UNREAD = {DEFAULT_MODEL: ["tagger"]}

@Language.component("claimcheck_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence. News titles and one-line paragraphs carry no final full
    stop, and without this the title runs into the first paragraph's sentence. Set before the
    parser, which keeps boundaries that are already set."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


@Language.factory("claimcheck_numbers", default_config={"rules_dir": None}, assigns=["doc._.cc_numbers"])
def make_numbers(nlp: Language, name: str, rules_dir: str | None) -> "NumbersComponent":
    return NumbersComponent(rules_dir)


@Language.factory("claimcheck_dates", default_config={"rules_dir": None}, assigns=["doc._.cc_dates"],
                  requires=["doc._.ref_date"])
def make_dates(nlp: Language, name: str, rules_dir: str | None) -> "DatesComponent":
    return DatesComponent(rules_dir)


@Language.factory("claimcheck_quotes", default_config={"rules_dir": None}, assigns=["doc._.cc_quotes"])
def make_quotes(nlp: Language, name: str, rules_dir: str | None) -> "QuotesComponent":
    return QuotesComponent(rules_dir)


class NumbersComponent:
    """Sets `doc._.cc_numbers`: every quantity the Romanian number grammar reads in the text."""

    def __init__(self, rules_dir: str | None = None):
        from claimcheck.scan.numbers import scan

        self._scan = scan
        self.lang = lang_for(rules_dir)  # its tables are compiled on the first document

    def __call__(self, doc: Doc) -> Doc:
        doc._.cc_numbers = self._scan(doc.text, lang=self.lang)
        return doc


class DatesComponent:
    """Sets `doc._.cc_dates`, resolved against `doc._.ref_date` (the article's date)."""

    def __init__(self, rules_dir: str | None = None):
        from claimcheck.scan.dates import scan_dates

        self._scan = scan_dates
        self.lang = lang_for(rules_dir)

    def __call__(self, doc: Doc) -> Doc:
        doc._.cc_dates = self._scan(doc.text, doc._.ref_date, lang=self.lang)
        return doc


class QuotesComponent:
    """Sets `doc._.cc_quotes`: every quotation and reported statement with its speaker (an
    `Analysis`), which the quote claims and every claim's source and hedge read."""

    def __init__(self, rules_dir: str | None = None):
        from claimcheck.extract.quotes.analysis import analyse

        self._analyse = analyse
        self.lang = lang_for(rules_dir)

    def __call__(self, doc: Doc) -> Doc:
        self._analyse(doc, self.lang)
        return doc


# An opening bracket glued to the word before it starts a token of its own: Romanian's tokenizer
# keeps "Nehoiu(21km" whole, so the figure's tokens held the town's name ("Covasna(24km),
# Nehoiu(28km)" in a seismology institute's list) and no list item had its owner.
_GLUED_BRACKET = r"(?<=[^\W\d_])\((?=\w)"


def _split_glued_brackets(nlp: Language) -> None:
    infixes = nlp.tokenizer.infix_finditer
    pattern = infixes.__self__.pattern if infixes is not None else None
    nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{_GLUED_BRACKET}" if pattern else _GLUED_BRACKET).finditer


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
                nlp = spacy.load(model, exclude=_UNREAD.get(model, []))
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
    _split_glued_brackets(nlp)
    nlp.add_pipe("claimcheck_numbers", config=cfg)
    nlp.add_pipe("claimcheck_dates", config=cfg)
    nlp.add_pipe("claimcheck_quotes", config=cfg)
    return nlp


RULE_COMPONENTS = ("claimcheck_numbers", "claimcheck_dates", "claimcheck_quotes")


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


# --- Parsing many articles, and very long ones --------------------------------------------------

@contextmanager
def interrupts_reach_only_this_process():
    """Ctrl-C goes to every process of the terminal's group, worker processes (-j) too. Forked
    workers share this handler: they let it pass, and this process stops them; without it each
    worker prints its own traceback."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    parent = os.getpid()

    def handler(signum, frame):
        if os.getpid() != parent:
            return
        # Stop the workers first: the interrupt may land inside spaCy's generator, whose
        # clean-up waits for workers that are blocked writing to a pipe nobody reads.
        import multiprocessing

        import warnings

        for child in multiprocessing.active_children():
            child.terminate()
        warnings.filterwarnings("ignore", message=r".*\[W127\].*")  # "not all workers completed": we stopped them
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def chain(*iterables):
    for it in iterables:
        yield from it


def split_parts(text: str, limit: int) -> list[str]:
    """`text` cut into consecutive parts of at most `limit` characters that join back into it:
    after a blank line where possible, else after a line end, a sentence end, a space, and only
    as a last resort anywhere."""
    parts: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            k = window.rfind(sep)
            if k > 0:
                cut = k + len(sep)
                break
        if cut <= 0:
            cut = limit
        parts.append(text[start:start + cut])
        start += cut
    parts.append(text[start:])
    return parts


def parse_long(nlp, text: str, ref: date | None, batch_size: int = 16):
    """One Doc for a text longer than `nlp.max_length`: the statistical components run on its
    parts, the rule components (numbers, dates, quotes) on the joined Doc."""
    import warnings

    from spacy.tokens import Doc

    parts = split_parts(text, max(1000, nlp.max_length - 1000))
    rules = [nlp.get_pipe(name) for name in RULE_COMPONENTS if name in nlp.pipe_names]
    with warnings.catch_warnings():
        for pattern in _MODEL_WARNINGS:
            warnings.filterwarnings("ignore", message=pattern)
        with nlp.select_pipes(disable=[n for n in RULE_COMPONENTS if n in nlp.pipe_names]):
            docs = list(nlp.pipe(parts, batch_size=batch_size))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # from_docs keeps every character; anything else would shift offsets
        raise RuntimeError("the parts of a long article do not join back into its text")
    doc._.ref_date = ref
    for component in rules:
        doc = component(doc)
    return doc


MIN_ARTICLES_PER_JOB = 40  # below this, starting a worker (about 2 s to load the model) costs more than it saves


def jobs_for(model: str, jobs: int, n_articles: int) -> int:
    """Worker processes for parsing `n_articles` (`jobs` 0: automatic)."""
    if model == BLANK:
        return 1  # rules only: already fast, nothing to share out
    if jobs > 0:
        return jobs
    return max(1, min(os.cpu_count() or 1, n_articles // MIN_ARTICLES_PER_JOB))
