"""`check` of articles already in the store reconciles stored claims and never needs spaCy: it
must not import it (about 0.7 s of every run) or load a model. Real CLI in a subprocess, a real
SQLite store, `--model blank` to fill it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

# Runs the console script's main() and then says which heavy modules were imported.
PROBE = ("import sys, runpy\n"
         "sys.argv = ['claimcheck', *sys.argv[1:]]\n"
         "try:\n"
         "    from claimcheck.cli import main; main()\n"
         "except SystemExit as e:\n"
         "    code = e.code\n"
         "heavy = sorted(m for m in ('spacy', 'thinc', 'claimcheck.nlp.pipeline', 'claimcheck.extract.quotes.extract', 'distributed')"
         " if m in sys.modules)\n"
         "sys.stderr.write('IMPORTED ' + ' '.join(heavy) + '\\n')\n"
         "sys.exit(code)\n")


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", PROBE, *args], cwd=cwd, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(cwd)})


def imported(proc: subprocess.CompletedProcess) -> list[str]:
    line = [x for x in proc.stderr.splitlines() if x.startswith("IMPORTED")][-1]
    return line.split()[1:]


def test_check_of_a_stored_article_imports_no_spacy(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in SEEDS:
        shutil.copy(p, corpus / p.name)
    filled = run("report", "corpus", "--db", "cc.db", "--model", "blank", "-f", "json", "-q", cwd=tmp_path)
    assert filled.returncode == 0, filled.stderr
    assert "spacy" in imported(filled)  # parsing needs it: the probe sees imports
    stored = run("check", f"corpus/{SEEDS[0].name}", "--db", "cc.db", "--model", "blank", "-f", "json",
                 "--exit-zero", cwd=tmp_path)
    assert stored.returncode == 0, stored.stderr
    assert imported(stored) == []
    report = json.loads(stored.stdout)
    assert report["findings"] and {c["article"] for c in report["claims"]} > {report["articles"][0]["id"]}
    # A new article (not in the store) does load the model, and finds the same as without the store.
    new = tmp_path / "new.txt"
    new.write_text(SEEDS[0].read_text(encoding="utf-8") + "\nUn paragraf nou.\n", encoding="utf-8")
    fresh = run("check", "new.txt", "--db", "cc.db", "--model", "blank", "-f", "json", "--exit-zero", cwd=tmp_path)
    assert fresh.returncode == 0, fresh.stderr
    assert "spacy" in imported(fresh)


def test_the_quote_package_imports_its_parts_on_first_use():
    code = ("import sys; import claimcheck.extract.quotes as q; assert 'spacy' not in sys.modules; "
            "import claimcheck.reconcile.quotes; f = q.same_speaker; assert 'spacy' not in sys.modules; "
            "assert callable(q.quote_claims) and 'spacy' in sys.modules; "
            "assert {'same_speaker', 'quote_claims', 'covering'} <= set(dir(q)); "
            "import pytest\n"
            "try:\n    q.nothing\nexcept AttributeError as e:\n    print(e)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    assert "has no attribute 'nothing'" in proc.stdout
