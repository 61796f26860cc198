"""The whole flow in one place: files → articles → docs → claims → groups and findings.

Commands call `analyse`; each stage stays in its own module so that it can be used alone.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.claims import SEVERITY_RANK, Article, Claim, Finding, Group
from claimcheck.corpus import Corpus, Problem, read_corpus
from claimcheck.reconcile import Settings, reconcile

if TYPE_CHECKING:
    from claimcheck.store import Store


@dataclass(slots=True)
class Report:
    articles: list[Article]
    claims: list[Claim]
    groups: list[Group] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # The articles under review (the new ones in `check`): SARIF and GitHub annotations point
    # into these; None means all.
    focus: set[str] | None = None
    # `check`: how many corpus articles the new ones were compared with (the report itself
    # lists only the ones its findings and groups name).
    corpus_size: int | None = None

    def to_dict(self, *, with_findings: bool = True) -> dict:
        out = {
            "version": 1,
            "articles": [a.to_dict() for a in self.articles],
            "claims": [c.to_dict() for c in self.claims],
        }
        if with_findings:
            out["groups"] = [g.to_dict() for g in self.groups]
            out["findings"] = [f.to_dict() for f in self.findings]
        return out


@dataclass(slots=True)
class Options:
    model: str = "ro_legal_fl"
    rules_dir: str | None = None
    date_override: date | None = None
    max_bytes: int = 5_000_000
    exclude: tuple[str, ...] = ()
    tolerance: float = 0.10
    severities: dict[str, str] | None = None
    thresholds: dict[str, float] | None = None
    batch_size: int = 16
    # Worker processes for the statistical model; 0 = automatic: all cores once there are
    # enough articles to pay for loading the model in each worker.
    jobs: int = 0
    # Finding rules to report (empty: all) and to leave out (--select/--ignore, `off` severities).
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    # A Dask scheduler's address, or "local", to parse on a cluster (claimcheck/dask_engine.py).
    scheduler: str | None = None


Progress = Callable[[int, int], None]


def read(paths: list[str | Path], opts: Options) -> Corpus:
    return read_corpus(paths, date_override=opts.date_override, max_bytes=opts.max_bytes,
                       exclude=opts.exclude, rules_dir=Path(opts.rules_dir) if opts.rules_dir else None)


def extract(articles: list[Article], opts: Options, progress: Progress | None = None,
            store: "Store | None" = None, save: bool = True,
            phase: Callable[..., None] | None = None) -> list[Claim]:
    """Parse the articles in batches and pull out their claims. With a store, an article whose
    bytes, date, model and rules are unchanged is not parsed again, and the model is not even
    loaded when nothing needs parsing."""
    if not articles:
        return []
    per_article: dict[str, list[Claim]] = {}
    todo: list[Article] = []
    version = None
    if store is not None:
        from claimcheck.store import rules_hash

        version = rules_hash(opts.rules_dir)
    if store is not None:
        from claimcheck.store_admin import cached_claims

        hits = cached_claims(store, articles, opts.model, version)  # a block of articles per query
    for a in articles:
        cached = hits.get(a.id) if store is not None else None
        if cached is None:
            todo.append(a)
        else:
            per_article[a.id] = cached
    if todo and opts.scheduler:
        from claimcheck.dask_engine import extract_into

        extract_into(todo, opts, per_article, progress, store if save else None, version, phase)
    elif todo:
        from claimcheck.extract import extract_claims
        from claimcheck.pipeline import load_pipeline, parse_texts

        if phase:
            phase(f"loading the model {opts.model}")
        nlp = load_pipeline(opts.model, opts.rules_dir)
        if phase:
            phase(f"parsing {len(todo):,} article{'s' if len(todo) != 1 else ''}", len(todo))
        parsed: list[tuple[Article, list[Claim]]] = []
        # An article longer than the model's max_length (spaCy's E088) is parsed in parts, cut
        # at paragraph ends, and joined back into one Doc over the whole text: offsets, ids and
        # the rule components see the article as it is.
        short = [a for a in todo if len(a.text) <= nlp.max_length]
        long_ = [a for a in todo if len(a.text) > nlp.max_length]
        n_process = _jobs(opts, len(short))
        docs = parse_texts(nlp, ((a.text, a.date) for a in short), batch_size=opts.batch_size,
                           n_process=n_process)
        docs = _chain(docs, (parse_long(nlp, a.text, a.date, opts.batch_size) for a in long_))
        try:
            with _interrupts_reach_only_this_process():
                for i, (article, doc) in enumerate(zip(short + long_, docs), 1):
                    claims = extract_claims(doc, article, opts.rules_dir)
                    per_article[article.id] = claims
                    parsed.append((article, claims))
                    if progress:
                        progress(i, len(todo))
        except KeyboardInterrupt:
            # Ctrl-C: what was parsed is kept in the store, so the next run starts from there,
            # and the worker processes are stopped before claimcheck exits (quietly: spaCy's
            # W127 says only that they were stopped).
            if store is not None and save and parsed:
                store.save(parsed, opts.model, version)
            import multiprocessing
            import warnings

            for child in multiprocessing.active_children():
                child.terminate()  # a worker blocked on a full pipe would never see the end
            # spaCy's own generator is closed when it is collected, which may be later: its W127
            # ("not all workers completed") says only what the user asked for.
            warnings.filterwarnings("ignore", message=r".*\[W127\].*")
            docs.close()
            import gc

            gc.collect()
            raise
        if store is not None and save:
            store.save(parsed, opts.model, version)
    return [c for a in articles for c in per_article[a.id]]


@contextmanager
def _interrupts_reach_only_this_process():
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


def _chain(*iterables):
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
    parts, the rule components (numbers, dates) on the joined Doc."""
    import warnings

    from spacy.tokens import Doc

    from claimcheck.pipeline import _MODEL_WARNINGS, RULE_COMPONENTS

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


def _jobs(opts: Options, n_articles: int) -> int:
    if opts.model == "blank":
        return 1  # rules only: already fast, nothing to share out
    if opts.jobs > 0:
        return opts.jobs
    return max(1, min(os.cpu_count() or 1, n_articles // MIN_ARTICLES_PER_JOB))


def judge(claims: list[Claim], opts: Options, only_articles: set[str] | None = None) -> tuple[list[Group], list[Finding]]:
    from claimcheck.quotes import reconcile_quotes

    settings = Settings(tolerance=opts.tolerance, rules_dir=opts.rules_dir, severities=opts.severities,
                        thresholds=opts.thresholds)
    result = reconcile(claims, settings, only_articles=only_articles)
    th = opts.thresholds or {}
    q_args = {k: th[name] for name, k in (("quote-similarity", "group_similarity"),
                                          ("quote-conflict-similarity", "conflict_similarity")) if name in th}
    q_groups, q_findings = reconcile_quotes([c for c in claims if c.kind == "quote"], rules_dir=opts.rules_dir,
                                            focus=only_articles, **q_args)
    if only_articles is not None:
        article_of = {c.id: c.article for c in claims}
        q_findings = [f for f in q_findings if any(article_of.get(cid) in only_articles for cid in f.claims)]
    if opts.severities:
        for f in q_findings:
            f.severity = opts.severities.get(f.rule, f.severity)
    # Errors first, whichever reconciler found them (the sort is stable within a severity).
    findings = sorted(result.findings + q_findings, key=lambda f: -SEVERITY_RANK[f.severity])
    return result.groups + q_groups, findings


_SUPPRESS = re.compile(r"<!--\s*claimcheck\s*:\s*(ignore-file|ignore)\b(.*?)-->", re.I | re.S)


def suppressions(article: Article) -> list[tuple[int, int, frozenset[str]]]:
    """The inline suppressions of an article, as (first line, last line, rule ids; empty: every
    rule). `<!-- claimcheck: ignore RULE[, RULE] -->` covers its own line and the paragraph it
    stands in or just before; `<!-- claimcheck: ignore-file RULE -->` the whole article."""
    text = article.text
    if "claimcheck" not in text:
        return []
    lines = text.split("\n")
    out: list[tuple[int, int, frozenset[str]]] = []
    for m in _SUPPRESS.finditer(text):
        rules = frozenset(r for r in re.split(r"[\s,]+", m.group(2).strip()) if r)
        if m.group(1).lower() == "ignore-file":
            out.append((1, len(lines), rules))
            continue
        first = text.count("\n", 0, m.start()) + 1
        k = first - 1  # 0-based: the paragraph starts at the first line with words besides comments
        while k < len(lines) and not _SUPPRESS.sub("", lines[k]).strip():
            k += 1
        while k + 1 < len(lines) and lines[k + 1].strip():
            k += 1
        out.append((first, k + 1, rules))
    return out


def select_findings(findings: list[Finding], claims: list[Claim], articles: list[Article],
                    opts: Options) -> list[Finding]:
    """The findings left after --select/--ignore (and `off` severities) and the articles' own
    `<!-- claimcheck: ignore ... -->` comments."""
    keep = [f for f in findings if (not opts.select or f.rule in opts.select) and f.rule not in opts.ignore]
    scopes = {a.id: s for a in articles if (s := suppressions(a))}
    if not scopes:
        return keep
    by_id = {c.id: c for c in claims}

    def hidden(f: Finding) -> bool:
        for cid in f.claims:
            c = by_id.get(cid)
            for first, last, rules in scopes.get(c.article, ()) if c else ():
                if first <= c.line <= last and (not rules or f.rule in rules):
                    return True
        return False

    return [f for f in keep if not hidden(f)]


def analyse(paths: list[str | Path], opts: Options, progress: Progress | None = None,
            store: "Store | None" = None) -> Report:
    corpus = read(paths, opts)
    claims = extract(corpus.articles, opts, progress, store)
    groups, findings = judge(claims, opts)
    return Report(corpus.articles, claims, groups, findings, corpus.problems)
