"""Extraction on a Dask cluster: the engine past one machine (`--scheduler`).

Extraction is independent per article, so the articles to parse are cut into batches and each
batch is one Dask task. A worker loads the model once (`ModelPlugin` loads it when the worker
joins; `load_pipeline` is cached per process, so every later task finds it loaded), parses its
batch, and sends back the claims: plain dataclasses (`Claim`), never spaCy Docs, which are
large and would not survive the trip (their `doc._` extensions live in the worker). The claims
come back to the same store and the same reconciliation as with `-j`, so the report does not
depend on the engine that parsed it.

`--scheduler tcp://HOST:8786` uses a running cluster (`dask scheduler` on one machine,
`dask worker tcp://HOST:8786 --nworkers N --nthreads 1` on each; see the README); `--scheduler
local` starts a `LocalCluster` of worker processes on this machine, for trying it out. Dask is
an optional dependency: `pip install 'claimcheck[dask]'`, on the client and on every worker,
with the model installed beside it on the workers.

Each worker checks that its rules give the same `rules_hash` as the client's (same claimcheck
version, same rules): a worker with other rules would store claims under the wrong cache key.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimcheck.model import Article, Claim

LOCAL = "local"
ARTICLES_PER_TASK = 16  # about 5 s of parsing with ro_legal_fl: far above a task's overhead (~1 ms)
CONNECT_TIMEOUT = 20  # seconds to reach a scheduler before giving up with a clear message
DASK_HINT = "pip install 'claimcheck[dask]'"

# One parse at a time in a worker process: a worker started with several threads would
# otherwise run one spaCy pipeline from several threads at once. (Start workers with
# `--nthreads 1` and one worker process per core instead: `--nworkers N`.)
_PARSE_LOCK = threading.Lock()


from claimcheck.errors import SchedulerError  # noqa: E402  (defined apart: caught without importing Dask)


def _import_distributed():
    try:
        import distributed
    except ImportError:
        raise SchedulerError(f"--scheduler needs Dask, which is not installed: {DASK_HINT}") from None
    return distributed


def parse_batch(articles: list["Article"], model: str, rules_dir: str | None, batch_size: int,
                expect_rules: str | None = None) -> list[list["Claim"]]:
    """On a worker: the claims of each article of the batch, in order. The model is loaded
    once per worker process (`load_pipeline` is cached) and the Docs stay here."""
    from claimcheck.extract import extract_claims
    from claimcheck.lang.rules import lang_for
    from claimcheck.nlp.pipeline import parse_long
    from claimcheck.nlp.pipeline import load_pipeline, parse_texts

    if expect_rules is not None:
        mine = worker_rules_hash(rules_dir)
        if mine != expect_rules:
            raise SchedulerError(f"a worker's rules differ from the client's (rules hash {mine}, expected "
                                 f"{expect_rules}): install the same claimcheck version and rules on every worker")
    lang = lang_for(rules_dir)
    with _PARSE_LOCK:
        nlp = load_pipeline(model, rules_dir)
        short = [(i, a) for i, a in enumerate(articles) if len(a.text) <= nlp.max_length]
        long_ = [(i, a) for i, a in enumerate(articles) if len(a.text) > nlp.max_length]
        out: list[list[Claim]] = [[] for _ in articles]
        docs = parse_texts(nlp, ((a.text_to_parse, a.date) for _, a in short), batch_size=batch_size)
        for (i, a), doc in zip(short, docs):
            out[i] = extract_claims(doc, a, lang)
        for i, a in long_:
            out[i] = extract_claims(parse_long(nlp, a.text_to_parse, a.date, batch_size), a, lang)
    return out


def worker_rules_hash(rules_dir: str | None) -> str:
    from claimcheck.store.store import rules_hash

    return rules_hash(rules_dir)


@contextmanager
def connect(scheduler: str, workers: int = 2) -> Iterator[Any]:
    """A Dask client on `scheduler` (an address, or `local` for a LocalCluster of `workers`
    single-threaded worker processes), closed on the way out."""
    distributed = _import_distributed()
    import logging

    # Dask's own INFO lines (cluster started, worker joined) are not claimcheck's output.
    for name in ("distributed", "distributed.scheduler", "distributed.worker", "distributed.nanny",
                 "distributed.core", "distributed.http.proxy"):
        logging.getLogger(name).setLevel(logging.WARNING)
    cluster = None
    try:
        if scheduler == LOCAL:
            cluster = distributed.LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                               dashboard_address=":0")
            client = distributed.Client(cluster)
        else:
            address = scheduler if "://" in scheduler else f"tcp://{scheduler}"
            client = distributed.Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise SchedulerError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({exc}); start one with "
                             "`dask scheduler` and workers with `dask worker ADDRESS`") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def extract(articles: list["Article"], model: str, rules_dir: str | None, *, scheduler: str,
            workers: int = 0, batch_size: int = 16, rules_version: str | None = None,
            progress: Callable[[int, int], None] | None = None,
            on_batch: Callable[[list[tuple["Article", list["Claim"]]]], None] | None = None
            ) -> list[list["Claim"]]:
    """The claims of each article (in order), parsed by the workers of `scheduler`.

    `on_batch` receives each batch's (article, claims) pairs as it comes back, so that the
    caller can keep them (in the store) even if a later batch fails or the user interrupts.
    """
    if not articles:
        return []
    distributed = _import_distributed()
    expect = rules_version or worker_rules_hash(rules_dir)
    batches = [articles[i:i + ARTICLES_PER_TASK] for i in range(0, len(articles), ARTICLES_PER_TASK)]
    out: list[list[Claim] | None] = [None] * len(articles)
    with connect(scheduler, workers or os.cpu_count() or 2) as client:
        if not client.scheduler_info().get("workers"):
            try:
                client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
            except (TimeoutError, OSError):
                raise SchedulerError(f"--scheduler {scheduler}: the scheduler has no workers; start some with "
                                     f"`dask worker {scheduler}`") from None
        from claimcheck.nlp.dask_plugin import ModelPlugin

        client.register_plugin(ModelPlugin(model, rules_dir))
        futures = {client.submit(parse_batch, batch, model, rules_dir, batch_size, expect, pure=False): k
                   for k, batch in enumerate(batches)}
        done = 0
        try:
            for future in distributed.as_completed(futures):
                k = futures[future]
                try:
                    claims = future.result()
                except SchedulerError:
                    raise
                except (OSError, distributed.client.FutureCancelledError) as exc:  # pragma: no cover
                    raise SchedulerError(f"--scheduler {scheduler}: a batch was lost ({exc})") from None
                start = k * ARTICLES_PER_TASK
                for j, c in enumerate(claims):
                    out[start + j] = c
                if on_batch is not None:
                    on_batch(list(zip(batches[k], claims)))
                done += len(batches[k])
                if progress:
                    progress(done, len(articles))
        except BaseException:
            for f in futures:
                f.cancel()
            raise
    return [c if c is not None else [] for c in out]


def extract_into(todo: list["Article"], opts: Any, per_article: dict[str, list["Claim"]],
                 progress: Callable[[int, int], None] | None, store: Any, version: str | None,
                 phase: Callable[..., None] | None = None) -> None:
    """`flow.extract`'s parse step on a cluster: fills `per_article` and, with a store, saves what
    came back (what came back before an interruption or a failure is saved too, so the next run
    starts from there)."""
    if phase:
        phase(f"parsing {len(todo):,} article{'s' if len(todo) != 1 else ''} on {opts.scheduler}", len(todo))
    parsed: list[tuple[Article, list[Claim]]] = []
    try:
        extract(todo, opts.model, opts.rules_dir, scheduler=opts.scheduler, workers=opts.jobs,
                batch_size=opts.batch_size, rules_version=version, progress=progress, on_batch=parsed.extend)
    finally:
        if store is not None and parsed:
            from claimcheck.reconcile.keys import keys_for
            from claimcheck.store.store import rules_hash

            store.save(parsed, opts.model, version or rules_hash(opts.rules_dir), keys_for(opts.lang))
    for article, claims in parsed:
        per_article[article.id] = claims
