"""The CLI as a new user meets it: help and usage errors, the summary line, the terminal report
at 80 columns, progress phases and Ctrl-C (issue 12, items 8-12)."""

from __future__ import annotations

import io
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

from conftest import ARTICLES, SEEDS

EXE = Path(sys.executable).with_name("claimcheck")
CONTRADICTS = ARTICLES / "check" / "contradicts.txt"


def run(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=300, **kw)


# --- 8: help and usage errors ---------------------------------------------------------------------

def _formats_in_help(command: str) -> set[str]:
    r = run(command, "-h")
    assert r.exit_code == 0
    m = re.search(r"--format <([a-z|]+)>", r.stdout)
    assert m, r.stdout
    return set(m.group(1).split("|"))


def test_each_command_lists_only_the_formats_it_accepts():
    assert _formats_in_help("report") == {"text", "json", "jsonl", "csv", "sarif", "github", "html"}
    assert _formats_in_help("check") == {"text", "json", "jsonl", "csv", "sarif", "github", "html"}
    assert _formats_in_help("extract") == {"json", "jsonl", "csv"}
    assert _formats_in_help("explain") == {"text", "json"}


def test_help_reads_without_python_types():
    for command in ("report", "check", "extract", "explain", "parse", "baseline"):
        out = run(command, "-h").stdout
        assert "<list[str]>" not in out and "{" not in out.split("\n\n")[0], out
    assert "PATH..." in run("report", "-h").stdout


@pytest.mark.parametrize("args, words", [
    (["report", str(SEEDS), "-f", "nope"], ["--format", "nope"]),
    (["extract", "-f", "text", str(SEEDS)], ["--format", "'text' is not one of"]),
    (["explain", "-f", "csv", "abc", str(SEEDS)], ["--format", "'csv'"]),
    (["report"], ["missing PATH"]),
    (["check"], ["missing NEW"]),
    (["report", str(SEEDS), "--nope"], ["--nope"]),
    (["report", str(SEEDS), "--max-bytes", "0"], ["--max-bytes"]),
])
def test_usage_errors_are_one_line(args, words):
    p = cli(*args)
    assert p.returncode == 2
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("claimcheck: "), p.stderr
    assert all(w in lines[0] for w in words), lines[0]
    assert "Value error" not in p.stderr and "Traceback" not in p.stderr and "<list" not in p.stderr


def test_short_help_option():
    assert run("-h").exit_code == 0 and "report" in run("-h").stdout
    assert "Usage" in run("check", "-h").stdout


def test_a_date_that_does_not_exist():
    r = run("report", str(SEEDS), "--model", "blank", "--date", "2025-02-30")
    assert r.exit_code == 2 and "does not exist" in r.stderr and "28 days" in r.stderr
    r = run("parse", "ieri", "--date", "2025-13-01")
    assert r.exit_code == 2 and "month 13" in r.stderr


# --- 9: the summary line ---------------------------------------------------------------------------

def test_summary_line_counts_what_was_read():
    r = run("check", str(CONTRADICTS), "--against", str(SEEDS), "--model", "blank")
    first = r.stdout.splitlines()[0]
    assert "1 new article checked against 5 articles" in first, first
    assert " notes" not in first and "info" in first
    one = run("report", str(SEEDS / "000_8f3d4b1b307b8117.txt"), "--model", "blank").stdout.splitlines()[0]
    assert "1 article " in one and "1 articles" not in one, one


def test_summary_line_counts_skipped_files(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "c")
    (tmp_path / "c" / "notes.md").write_text("This is an English note about the articles in this folder, which "
                                            "should not be read as Romanian text by the tool at all, since it is "
                                            "written in a different language entirely, and it has more than "
                                            "enough words for the language check to be sure of it.\n")
    first = run("report", str(tmp_path / "c"), "--model", "blank").stdout.splitlines()[0]
    assert "5 articles" in first and "1 file skipped" in first, first


# --- 10: the terminal report at 80 columns ----------------------------------------------------------

class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_terminal_report_fits_80_columns_and_names_articles_by_title(monkeypatch, seeds_report_blank):
    from claimcheck.render.text import render

    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("NO_COLOR", "1")
    out = _Terminal()
    render(seeds_report_blank, out)
    text = re.sub(r"\x1b\[[0-9;]*m", "", out.getvalue())
    assert max(len(line) for line in text.splitlines()) <= 80
    table_lines = [ln for ln in text.splitlines() if ln.startswith(" ") and ":" in ln]
    assert table_lines and not any(re.search(r"\d{3}_[0-9a-f]{16}:", ln) for ln in table_lines)
    assert "Ping pong de" in text  # 000's title, shortened
    # Words wrap whole: every word of every claim's text is found unbroken in the report.
    words = set()
    shown = {cid for g in seeds_report_blank.groups for cid in g.claims}
    for c in seeds_report_blank.claims:
        if c.kind == "quantity" and c.id in shown:
            words.update(w for w in re.findall(r"[^\W\d_]{5,}", c.text) if len(w) < 16)
    assert words and all(w in text for w in words), [w for w in words if w not in text]


def test_finding_message_does_not_repeat_the_table(seeds_report_blank):
    from claimcheck.render.text import render

    out = io.StringIO()
    render(seeds_report_blank, out)
    text = out.getvalue()
    assert "disjoint" in text and " says 15.000 de militari (exact" not in text


def test_short_title():
    from claimcheck.render.text import short_title

    assert short_title("Scurt") == "Scurt"
    t = short_title("Coreea de Nord a devenit un aliat important al Rusiei")
    assert len(t) <= 28 and t.endswith("…") and " " in t and "Coreea de Nord" in t


# --- 11: progress phases ----------------------------------------------------------------------------

def test_extract_reports_its_phases():
    from claimcheck.api import RunSettings, extract, read

    seen: list[tuple] = []
    corpus = read([SEEDS], RunSettings(model="blank"))
    extract(corpus.articles, RunSettings(model="blank"), lambda d, t: seen.append(("done", d, t)), None, True,
            phase=lambda text, total=None: seen.append(("phase", text, total)))
    phases = [s[1] for s in seen if s[0] == "phase"]
    assert phases[0].startswith("loading the model") and phases[1] == "parsing 5 articles"
    assert ("done", 5, 5) in seen


def test_progress_phases_on_a_terminal(monkeypatch):
    from claimcheck.cli import progress

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    with progress.Phases(False) as ph:
        assert ph.bar is not None
        ph.phase("loading the model ro_legal_fl")
        ph.phase("parsing 3 articles", 3)
        ph.advance(1, 3)
        task = ph.bar.tasks[-1]
        assert task.description == "parsing 3 articles" and task.total == 3 and task.completed == 1
        assert len(ph.bar.tasks) == 1  # one phase at a time
    with progress.Phases(True) as ph:
        assert ph.bar is None


# --- 12: Ctrl-C -----------------------------------------------------------------------------------------

def test_interrupt_keeps_the_parsed_articles_in_the_store(tmp_path):
    from claimcheck.api import RunSettings, extract, read
    from claimcheck.store.store import Store

    opts = RunSettings(model="blank")
    corpus = read([SEEDS], opts)

    def stop_after_two(done, total):
        if done == 2:
            raise KeyboardInterrupt

    with Store.open(tmp_path / "cc.db") as store:
        with pytest.raises(KeyboardInterrupt):
            extract(corpus.articles, opts, stop_after_two, store)
        assert len(store.articles()) == 2


@pytest.mark.model
def test_ctrl_c_prints_one_line_and_exits_130(tmp_path):
    corpus = tmp_path / "many"
    corpus.mkdir()
    for i in range(40):
        for f in SEEDS.glob("*.txt"):
            shutil.copy2(f, corpus / f"{f.stem}_{i}.txt")
    db = tmp_path / "cc.db"
    p = subprocess.Popen([str(EXE), "report", str(corpus), "--db", str(db), "-j", "2", "-f", "json"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    time.sleep(12)
    os.killpg(p.pid, signal.SIGINT)  # as a terminal does: the whole process group
    out, err = p.communicate(timeout=120)
    assert p.returncode == 130, err
    assert err.strip() == "claimcheck: interrupted", err
    with sqlite3.connect(db) as con:
        con.execute("SELECT count(*) FROM articles").fetchone()
