"""The library: read -> extract -> reconcile, and the commands' work as calls that the CLI wraps.

    read(paths, settings, url_list=None, watch=None) -> Corpus         files, folders and fetched pages
    extract(articles, settings, progress=None, store=None) -> claims   parse (or take from the store)
    judge(claims, settings, only_articles=None) -> (groups, findings)  every finding (reconcile/judge.py)
    analyse(paths, settings) -> Report                                 the three in a row
    report(paths, settings, url_list=None, watch=None) -> Report       `claimcheck report`
    load(paths, settings, url_list=None, watch=None) -> (corpus, claims)  `claimcheck extract`
    check(new, settings, against=..., add=...) -> Report               `claimcheck check`
    explain(finding, paths, settings) -> Explanation                  `claimcheck explain`

`RunSettings` (settings.py) says everything a run is told. Each stage stays in its own package
(read/, nlp/, extract/, reconcile/, store/) so that it can be used alone; this module only chains
them. Nothing here prints: a `Watch` receives the problems, warnings and progress, and a
`RunError` carries what stops a run (the CLI prints its message and exits with its code).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.model import Article, Claim, Finding, Group, Problem, Report
from claimcheck.read.corpus import Corpus, read_corpus
from claimcheck.reconcile.findings import select_findings
from claimcheck.reconcile.judge import judge
from claimcheck.reconcile.keys import keys_for
from claimcheck.settings import RunSettings

if TYPE_CHECKING:
    from claimcheck.reconcile.matching import FieldScore
    from claimcheck.store.store import Store

__all__ = ["Explanation", "RunError", "NothingToCheck", "RunSettings", "Watch", "analyse", "check", "explain",
           "extract", "judge", "judge_reported", "load", "read", "report"]


class RunError(Exception):
    """What stops a run: bad usage or no input to work on. `code` is the exit code a command
    gives (2: claimcheck could not do what it was asked)."""

    code = 2


class NothingToCheck(RunError):
    """`check` was given only files that are not articles: nothing to do, and nothing wrong."""

    code = 0


Progress = Callable[[int, int], None]


class _Stage:
    def phase(self, text: str, total: int | None = None) -> None:
        pass

    def advance(self, done: int, total: int) -> None:
        pass


class Watch:
    """What a caller sees of a run while it goes on; this one sees nothing. The CLI's prints
    problems and warnings on stderr and shows a progress bar (claimcheck/cli/progress.py)."""

    def problems(self, problems: list[Problem]) -> None:
        pass

    def warning(self, message: str) -> None:
        pass

    @contextmanager
    def stage(self) -> Iterator[_Stage]:
        """One stretch of work with its own progress (parsing, reconciling)."""
        yield _Stage()


def read(paths: list[str | Path] | None, settings: RunSettings | None = None, *, url_list: Path | None = None,
         watch: Watch | None = None) -> Corpus:
    """The articles of the files and folders, then of the pages listed in `url_list` (fetched,
    or read from the store's page cache)."""
    s = settings or RunSettings()
    corpus = read_corpus(paths, date_override=s.date_override, max_bytes=s.max_bytes, exclude=s.exclude,
                         lang=s.lang) if paths else Corpus([], [])
    if url_list is not None:
        corpus = _add_pages(corpus, url_list, s)
    (watch or Watch()).problems(corpus.problems)
    return corpus


def _add_pages(corpus: Corpus, url_list: Path, s: RunSettings) -> Corpus:
    from claimcheck.read import fetch

    try:
        urls = fetch.read_url_list(url_list, s.max_bytes)
    except FileNotFoundError:
        raise RunError(f"--url-list: {url_list}: no such file") from None
    except UnicodeDecodeError:
        raise RunError(f"--url-list: {url_list}: not UTF-8") from None
    except (OSError, ValueError) as exc:
        raise RunError(f"--url-list: {url_list}: {getattr(exc, 'strerror', None) or exc}") from None
    if not urls:
        raise RunError(f"--url-list: {url_list}: no addresses in it")
    with ExitStack() as stack:
        store = _open_store(stack, s.db)
        pages = fetch.read_urls(urls, max_bytes=s.max_bytes, date_override=s.date_override,
                                lang=s.lang, store=store)
    known = {a.id for a in corpus.articles}
    for a in pages.articles:
        if a.id in known:
            a.id = f"url/{a.id}"
    corpus.articles.extend(pages.articles)
    corpus.problems.extend(pages.problems)
    return corpus


def _open_store(stack: ExitStack, db: Path | None, *, create: bool = True) -> "Store | None":
    if db is None:
        return None
    from claimcheck.store.store import Store

    return stack.enter_context(Store.open(db, create=create))


def extract(articles: list[Article], settings: RunSettings | None = None, progress: Progress | None = None,
            store: "Store | None" = None, save: bool = True,
            phase: Callable[..., None] | None = None,
            failed: Callable[[Article, Exception], None] | None = None) -> list[Claim]:
    """Parse the articles in batches and pull out their claims. With a store, an article whose
    bytes, date, model and rules are unchanged is not parsed again, and the model is not even
    loaded when nothing needs parsing. With `failed`, an article that claimcheck fails on (a
    defect, not the input's fault) is reported there and skipped, with no claims and nothing
    stored, instead of stopping the run; without it the error propagates."""
    if not articles:
        return []
    opts = settings or RunSettings()
    per_article: dict[str, list[Claim]] = {}
    todo: list[Article] = []
    version = None
    if store is not None:
        from claimcheck.store.store import rules_hash

        version = rules_hash(opts.rules_dir)
        from claimcheck.store.admin import cached_claims

        hits = cached_claims(store, articles, opts.model, version)  # a block of articles per query
    for a in articles:
        cached = hits.get(a.id) if store is not None else None
        if cached is None:
            todo.append(a)
        else:
            per_article[a.id] = cached
    if todo and opts.scheduler:
        from claimcheck.nlp.dask_engine import extract_into

        extract_into(todo, opts, per_article, progress, store if save else None, version, phase)
    elif todo:
        from claimcheck.extract import extract_claims
        from claimcheck.nlp.pipeline import chain, interrupts_reach_only_this_process, jobs_for, load_pipeline, parse_long, parse_texts
        import warnings

        # spaCy warns W127 ("not all workers completed") whenever its worker processes are
        # stopped, which happens only when claimcheck stops them (Ctrl-C); a SIGINT may arrive
        # anywhere in the parse, so the filter is set before it starts, not in the handler.
        warnings.filterwarnings("ignore", message=r".*\[W127\].*")

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
        n_process = jobs_for(opts.model, opts.jobs, len(short))
        docs = parse_texts(nlp, ((a.text_to_parse, a.date) for a in short), batch_size=opts.batch_size,
                           n_process=n_process)
        docs = chain(docs, (parse_long(nlp, a.text_to_parse, a.date, opts.batch_size) for a in long_))
        try:
            with interrupts_reach_only_this_process():
                for i, (article, doc) in enumerate(zip(short + long_, docs), 1):
                    try:
                        claims = extract_claims(doc, article, opts.lang)
                    except Exception as exc:  # noqa: BLE001 - one article's defect must not sink the corpus
                        if failed is None:
                            raise
                        failed(article, exc)
                        per_article[article.id] = []
                    else:
                        per_article[article.id] = claims
                        parsed.append((article, claims))
                    if progress:
                        progress(i, len(todo))
        except KeyboardInterrupt:
            # Ctrl-C: what was parsed is kept in the store, so the next run starts from there,
            # and the worker processes are stopped before claimcheck exits (quietly: spaCy's
            # W127 says only that they were stopped).
            if store is not None and save and parsed:
                store.save(parsed, opts.model, version, keys_for(opts.lang))
            import multiprocessing

            for child in multiprocessing.active_children():
                child.terminate()  # a worker blocked on a full pipe would never see the end
            docs.close()
            import gc

            gc.collect()
            raise
        if store is not None and save:
            store.save(parsed, opts.model, version, keys_for(opts.lang))
    return [c for a in articles for c in per_article[a.id]]


def _parse(articles: list[Article], s: RunSettings, watch: Watch, store: "Store | None" = None,
           save: bool = True) -> list[Claim]:
    def failed(article: Article, exc: Exception) -> None:
        watch.warning(f"warning: {article.path}: skipped: claimcheck failed on this article ({type(exc).__name__}: "
                      f"{exc}); its claims are left out. This is a defect in claimcheck: please report it with "
                      "the file")

    with watch.stage() as st:
        return extract(articles, s, st.advance, store, save, phase=st.phase, failed=failed)


def _keys_trusted(store: "Store", s: RunSettings) -> bool:
    from claimcheck.reconcile.keys import scheme
    from claimcheck.store.keyed import trusted
    from claimcheck.store.store import rules_hash

    return trusted(store, scheme(), s.model, rules_hash(s.rules_dir))


def _refresh_keys(store: "Store", s: RunSettings) -> None:
    """After a run that parsed or read every stored article: write the keys `check` reads by,
    when the store's are missing or were written by other code (once per such change)."""
    from claimcheck.reconcile.keys import scheme
    from claimcheck.store.keyed import trusted, write_keys
    from claimcheck.store.store import rules_hash

    current, version = scheme(), rules_hash(s.rules_dir)
    if not trusted(store, current, s.model, version):
        write_keys(store, keys_for(s.lang), current, s.model, version)


def _empty_store(db: Path | None) -> str:
    return f"{db}: the store holds no articles to compare with; fill it with `claimcheck report PATH --db {db}` " \
        "(or `check --add`)"


def judge_reported(claims: list[Claim], articles: list[Article], settings: RunSettings | None = None, *,
                   only_articles: set[str] | None = None, watch: Watch | None = None) -> tuple[list[Group], list[Finding]]:
    """`judge`, then the findings the user left out taken away (--select, --ignore, `off`
    severities, the articles' own ignore comments)."""
    s = settings or RunSettings()
    with (watch or Watch()).stage() as st:
        st.phase(f"reconciling {len(claims):,} claims")
        groups, findings = judge(claims, s, only_articles)
    return groups, select_findings(findings, claims, list(articles), s)


def analyse(paths: list[str | Path], settings: RunSettings | None = None, progress: Progress | None = None,
            store: "Store | None" = None) -> Report:
    """Read, extract and judge: every group and finding of a corpus, none left out."""
    s = settings or RunSettings()
    corpus = read(paths, s)
    claims = extract(corpus.articles, s, progress, store)
    groups, findings = judge(claims, s)
    return Report(corpus.articles, claims, groups, findings, corpus.problems, rules_dir=s.rules_dir)


def load(paths: list[str] | None, settings: RunSettings | None = None, *, url_list: Path | None = None,
         watch: Watch | None = None) -> tuple[Corpus, list[Claim]]:
    """The articles and their claims (through the store when settings.db is set)."""
    s, w = settings or RunSettings(), watch or Watch()
    corpus = read(paths, s, url_list=url_list, watch=w)
    if not corpus.articles:
        raise RunError("no readable articles")
    with ExitStack() as stack:
        claims = _parse(corpus.articles, s, w, _open_store(stack, s.db))
    return corpus, claims


def report(paths: list[str] | None, settings: RunSettings | None = None, *, url_list: Path | None = None,
           watch: Watch | None = None) -> Report:
    """`claimcheck report`: claims, groups and the findings the settings select. With a store,
    the groups and findings are saved in it too."""
    s, w = settings or RunSettings(), watch or Watch()
    corpus = read(paths, s, url_list=url_list, watch=w)
    if not corpus.articles:
        raise RunError("no readable articles")
    with ExitStack() as stack:
        store = _open_store(stack, s.db)
        claims = _parse(corpus.articles, s, w, store)
        groups, findings = judge_reported(claims, corpus.articles, s, watch=w)
        if store is not None:
            store.save_findings(groups, findings)
            _refresh_keys(store, s)
    return Report(corpus.articles, claims, groups, findings, corpus.problems, rules_dir=s.rules_dir)


def check(new: list[str], settings: RunSettings | None = None, *, against: list[str] | None = None,
          url_list: Path | None = None, add: bool = False, before_parse: Callable[[], None] | None = None,
          watch: Watch | None = None) -> Report:
    """`claimcheck check`: the findings that involve the new articles, against the corpus of
    `against` (else settings.against), `url_list` and the store (settings.db). With `add`, the
    new articles join the store and its groups and findings are judged again. `before_parse`
    runs once the new articles are known to hold something to check (the CLI installs the
    model there)."""
    s, w = settings or RunSettings(), watch or Watch()
    against = list(against or s.against) or None
    if not against and url_list is None and s.db is None:
        raise RunError("check needs the corpus to compare with: --against PATH, --url-list FILE, --db FILE, or "
                       "`against` or `db` in claimcheck.toml")
    if add and s.db is None:
        raise RunError("--add needs --db FILE")
    new_corpus = read(new, s, watch=w)
    if not new_corpus.articles:
        if new_corpus.has_errors:
            raise RunError("no readable new article to check")
        # Only files that are not articles (an English README, notes): nothing to check, and
        # a commit that touches only such files passes the pre-commit hook.
        raise NothingToCheck("no Romanian article among the files given: nothing to check")
    if before_parse is not None:
        before_parse()
    old_corpus = read(against, s, url_list=url_list, watch=w) if against or url_list is not None else None
    new_paths = {Path(a.path).resolve() for a in new_corpus.articles}
    new_ids = {a.id for a in new_corpus.articles}
    problems = new_corpus.problems + (old_corpus.problems if old_corpus else [])
    with ExitStack() as stack:
        store = _open_store(stack, s.db, create=add or bool(against) or url_list is not None)
        old_articles = [a for a in (old_corpus.articles if old_corpus else [])
                        if Path(a.path).resolve() not in new_paths and a.id not in new_ids]
        keyed = store is not None and not add and _keys_trusted(store, s)
        if keyed:
            # Only the stored claims that can meet the new ones (reconcile/keys.py): the same
            # findings as a full read, without reading an archive's every claim.
            from claimcheck.store import keyed as by_key

            new_claims = _parse(new_corpus.articles, s, w, store, save=False)
            skip = new_ids | {a.id for a in old_articles}
            old_claims = _parse(old_articles, s, w, store)
            corpus_size = len(old_articles) + by_key.count_articles(store, skip)
            if not corpus_size:
                raise RunError(_empty_store(s.db))
            blocks, classes = zip(*map(keys_for(s.lang), new_claims)) if new_claims else ((), ())
            with w.stage() as st:
                st.phase("reading the stored claims that can meet the new ones")
                old_claims += by_key.claims_meeting(store, filter(None, blocks), filter(None, classes), skip)
        else:
            if store is not None:
                known = {a.id for a in old_articles}
                stored = store.articles()
                old_articles += [a for a in stored if a.id not in known and a.id not in new_ids]
                if not old_articles:
                    if not add:
                        raise RunError(_empty_store(s.db))
                    w.warning(f"warning: {s.db}: the store holds no other articles: nothing to compare with yet; "
                              "the new articles are stored")
            old_claims = _parse(old_articles, s, w, store)
            new_claims = _parse(new_corpus.articles, s, w, store, save=add)
            corpus_size = len(old_articles)
            if store is not None and add:
                # The stored groups and findings describe the whole stored corpus: with the new
                # articles in it, they are judged again (as `report --db` would).
                store.save_findings(*judge_reported(new_claims + old_claims, new_corpus.articles + old_articles, s))
            if store is not None:
                _refresh_keys(store, s)
        claims = new_claims + old_claims
        with w.stage() as st:
            st.phase(f"reconciling {len(claims):,} claims")
            groups, findings = judge(claims, s, new_ids)
        in_new = {c.id for c in new_claims}
        groups = [g for g in groups if in_new.intersection(g.claims)]
        if keyed:
            # the stored articles that the groups and findings name: their ignore comments apply
            by_id = {c.id: c for c in claims}
            have = {a.id for a in new_corpus.articles + old_articles}
            cited = {by_id[i].article for x in (*groups, *findings) for i in x.claims if i in by_id}
            old_articles += by_key.articles_by_id(store, cited - have)
    findings = select_findings(findings, claims, new_corpus.articles + old_articles, s)
    # The report speaks of the new articles: their claims, and the corpus claims and articles
    # that their groups and findings name, not the whole corpus.
    named = in_new.union(*(g.claims for g in groups), *(f.claims for f in findings))
    claims = [c for c in claims if c.id in named]
    cited = {c.article for c in claims}
    articles = new_corpus.articles + [a for a in old_articles if a.id in cited]
    return Report(articles, claims, groups, findings, problems, focus=new_ids, corpus_size=corpus_size,
                  rules_dir=s.rules_dir)


@dataclass(slots=True)
class Explanation:
    """Why two claims were put together: the finding, its two claims, and matching's verdict
    (same fact or not, the weighted score, each field's score)."""

    finding: Finding
    a: Claim
    b: Claim
    same: bool
    total: float
    fields: list["FieldScore"]


def explain(finding: str, paths: list[str], settings: RunSettings | None = None, *,
            watch: Watch | None = None) -> Explanation:
    """`claimcheck explain`: the finding whose id is or starts with `finding`, among those of `paths`."""
    from claimcheck.reconcile.baseunits import in_base_unit
    from claimcheck.reconcile.currency import in_unit_of
    from claimcheck.reconcile.matching import score_pair

    s = settings or RunSettings()
    _, claims = load(paths, s, watch=watch)
    _, findings = judge(claims, s)
    hits = [f for f in findings if f.id.startswith(finding)]
    if len(hits) != 1:
        raise RunError(f"{finding}: {'no finding' if not hits else 'several findings'} with this id in these articles")
    f = hits[0]
    by_id = {c.id: c for c in claims}
    a, b = by_id[f.claims[0]], by_id[f.claims[1]]
    # the pair as the reconcilers read it: measures in their base unit, and a slip's figures in
    # one unit, a currency's or a percentage's (the claims shown stay as written)
    ra, rb = in_base_unit(a, s.lang), in_base_unit(b, s.lang)
    if f.rule in ("quantity-currency", "quantity-points"):
        rb = in_unit_of(rb, ra)
    same, total, fields = score_pair(ra, rb, s.lang, s.thresholds)
    return Explanation(f, a, b, same, total, fields)
