"""Extraction on a Dask cluster (claimcheck/nlp/dask_engine.py): the claims, and so the report, do not
depend on the engine that parsed them; a worker loads the model once; the claims land in the
same store; a cluster that cannot be used says so. The command line's --scheduler is tested in
tests/test_cli_scale.py."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from claimcheck.nlp import dask_engine  # noqa: E402
from claimcheck.api import Report, RunSettings as Options, extract, judge, read  # noqa: E402
from claimcheck.render.json_ import render  # noqa: E402
from claimcheck.store.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def cluster():
    """Two single-threaded worker processes, as `dask worker --nworkers 2 --nthreads 1` starts."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as c:
        yield c.scheduler_address


def report_json(opts: Options, store: Store | None = None) -> str:
    corpus = read([SEEDS], opts)
    claims = extract(corpus.articles, opts, store=store)
    groups, findings = judge(claims, opts)
    out = io.StringIO()
    render(Report(corpus.articles, claims, groups, findings, corpus.problems), out)
    return out.getvalue()


def test_the_cluster_gives_the_report_of_one_process(cluster, monkeypatch):
    monkeypatch.setattr(dask_engine, "ARTICLES_PER_TASK", 2)  # 3 tasks for the 5 seeds, over 2 workers
    local = report_json(Options(model="blank", jobs=1))
    on_cluster = report_json(Options(model="blank", scheduler=cluster))
    assert '"findings": [' in local and local.count('"rule"') >= 2
    assert on_cluster == local


def test_each_worker_loads_the_model_once(cluster, monkeypatch):
    monkeypatch.setattr(dask_engine, "ARTICLES_PER_TASK", 1)  # 5 tasks: some worker runs several
    opts = Options(model="blank", scheduler=cluster)
    corpus = read([SEEDS], opts)
    assert len(extract(corpus.articles, opts)) > 0
    assert len(extract(corpus.articles, opts)) > 0

    def loads():
        from claimcheck.nlp.pipeline import load_pipeline

        info = load_pipeline.cache_info()
        return info.misses, info.hits

    with distributed.Client(cluster) as client:
        counts = client.run(loads)
    assert len(counts) == 2
    assert all(misses == 1 for misses, _ in counts.values()), counts  # one load per worker process
    assert sum(hits for _, hits in counts.values()) >= 10 - 2, counts  # every other task found it loaded


def test_claims_from_the_cluster_land_in_the_store(cluster, tmp_path):
    db = tmp_path / "cc.db"
    with Store.open(db) as store:
        first = report_json(Options(model="blank", scheduler=cluster), store)
    with Store.open(db) as store:
        assert len(store.articles()) == 5
        # Everything is in the store: the scheduler is not even contacted (nothing listens there).
        again = report_json(Options(model="blank", scheduler="tcp://127.0.0.1:9"), store)
    assert again == first == report_json(Options(model="blank"))


def test_an_unreachable_scheduler_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 2)
    opts = Options(model="blank", scheduler="tcp://127.0.0.1:9")
    corpus = read([SEEDS], opts)
    with pytest.raises(dask_engine.SchedulerError, match="cannot reach the Dask scheduler.*dask scheduler"):
        extract(corpus.articles[:1], opts)


def test_workers_with_other_rules_are_refused(cluster):
    opts = Options(model="blank")
    corpus = read([SEEDS], opts)
    with pytest.raises(dask_engine.SchedulerError, match="rules differ"):
        dask_engine.extract(corpus.articles[:1], "blank", None, scheduler=cluster, rules_version="0" * 16)


@pytest.mark.model
def test_the_cluster_gives_the_report_of_one_process_with_the_model(cluster, monkeypatch):
    monkeypatch.setattr(dask_engine, "ARTICLES_PER_TASK", 2)
    local = report_json(Options(jobs=1))
    assert report_json(Options(scheduler=cluster)) == local
