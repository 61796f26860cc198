"""The command line past one machine (issue 14): `--scheduler` on report, extract and check gives
the report that one process gives, byte for byte; `db stats` and `db vacuum` on a real store.
Real CLI (typer's CliRunner), real SQLite files, a real Dask LocalCluster."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

from conftest import ARTICLES, SEEDS

distributed = pytest.importorskip("distributed")

CONTRADICTS = ARTICLES / "check" / "contradicts.txt"


def run(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def cluster():
    """A running cluster, as `dask scheduler` + `dask worker ADDRESS --nworkers 2 --nthreads 1` make."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as c:
        yield c.scheduler_address


def test_report_is_byte_identical_with_one_process_two_and_a_cluster(cluster, tmp_path):
    outs = {}
    for name, extra in (("j1", ["-j", "1"]), ("j2", ["-j", "2"]), ("local", ["--scheduler", "local", "-j", "2"]),
                        ("tcp", ["--scheduler", cluster])):
        out = tmp_path / f"{name}.json"
        r = run("report", str(SEEDS), "--model", "blank", "-f", "json", "-q", "-o", str(out), *extra)
        assert r.exit_code == 0, r.stderr
        outs[name] = out.read_bytes()
    assert json.loads(outs["j1"])["findings"]
    assert outs["j1"] == outs["j2"] == outs["local"] == outs["tcp"]


@pytest.mark.model
def test_report_is_byte_identical_on_a_cluster_with_the_model(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    outs = []
    for extra in (["-j", "1"], ["-j", "2"], ["--scheduler", "local", "-j", "2"]):
        out = tmp_path / "out.json"
        r = run("report", str(seeds), "-f", "json", "-q", "-o", str(out), *extra)
        assert r.exit_code == 0, r.stderr
        outs.append(out.read_bytes())
    assert json.loads(outs[0])["findings"]
    assert outs[0] == outs[1] == outs[2]


def test_extract_and_check_on_a_cluster_fill_and_read_the_same_store(cluster, tmp_path):
    db = tmp_path / "cc.db"
    plain = run("extract", str(SEEDS), "--model", "blank", "-f", "json")
    r = run("extract", str(SEEDS), "--model", "blank", "-f", "json", "--db", str(db), "--scheduler", cluster)
    assert r.exit_code == 0, r.stderr
    assert r.stdout == plain.stdout and json.loads(r.stdout)["claims"]
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (5,)
        assert con.execute("SELECT count(*) FROM claims").fetchone() == (len(json.loads(plain.stdout)["claims"]),)
    here = run("check", str(CONTRADICTS), "--db", str(db), "--model", "blank", "-f", "json")
    there = run("check", str(CONTRADICTS), "--db", str(db), "--model", "blank", "-f", "json", "--scheduler", cluster)
    assert here.exit_code == there.exit_code == 1, there.stderr  # it contradicts the seeds
    assert here.stdout == there.stdout


def test_a_scheduler_that_cannot_be_used_is_one_line_and_exit_2(tmp_path, monkeypatch):
    from claimcheck.nlp import dask_engine

    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 2)
    r = run("report", str(SEEDS), "--model", "blank", "-q", "--scheduler", "tcp://127.0.0.1:9")
    assert r.exit_code == 2
    assert "cannot reach the Dask scheduler" in r.stderr and "Traceback" not in r.stderr
    monkeypatch.setitem(__import__("sys").modules, "distributed", None)  # Dask not installed
    r = run("extract", str(SEEDS), "--model", "blank", "--scheduler", "local")
    assert r.exit_code == 2 and "pip install 'claimcheck[dask]'" in r.stderr


def test_db_stats_and_vacuum(tmp_path):
    db = tmp_path / "cc.db"
    assert run("report", str(SEEDS), "--model", "blank", "-q", "--db", str(db)).exit_code == 0
    r = run("db", "stats", "--db", str(db), "-f", "json")
    assert r.exit_code == 0, r.stderr
    s = json.loads(r.stdout)
    with sqlite3.connect(db) as con:
        assert s["articles"] == 5 == con.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert s["claims"] == con.execute("SELECT count(*) FROM claims").fetchone()[0]
        assert s["findings"] == con.execute("SELECT count(*) FROM findings").fetchone()[0] > 0
        con.execute("CREATE TABLE junk (x)")
        con.executemany("INSERT INTO junk VALUES (?)", [("x" * 3000,)] * 200)
        con.commit()
        con.execute("DROP TABLE junk")
        con.commit()
    text = run("db", "stats", "--db", str(db))
    assert text.exit_code == 0 and "articles       5 " in text.stdout and "db vacuum" in text.stdout
    before = db.stat().st_size
    r = run("db", "vacuum", "--db", str(db))
    assert r.exit_code == 0, r.stderr
    assert db.stat().st_size < before - 400_000 and "→" in r.stderr
    assert json.loads(run("db", "stats", "--db", str(db), "-f", "json").stdout)["free_pages"] == 0
    # The store still serves the report it served before.
    again = run("report", str(SEEDS), "--model", "blank", "-q", "--db", str(db), "-f", "json")
    assert again.exit_code == 0 and json.loads(again.stdout)["findings"]


def test_db_commands_refuse_what_is_not_a_store(tmp_path):
    missing = tmp_path / "missing.db"
    for cmd in ("stats", "vacuum"):
        r = run("db", cmd, "--db", str(missing))
        assert r.exit_code == 2 and "no such database" in r.stderr
        assert not missing.exists()
    r = run("db", "stats")
    assert r.exit_code == 2 and "--db FILE" in r.stderr
    other = tmp_path / "other.db"
    other.write_text("not sqlite")
    r = run("db", "vacuum", "--db", str(other))
    assert r.exit_code == 2 and "not a SQLite database" in r.stderr and other.read_text() == "not sqlite"
