"""The terminal report keeps a table to MAX_ROWS rows (render/text.py): a figure that many stored
articles repeat is one table of the checked article's claims and a line for the rest, not one
row per article (rendering those took longer than `check` itself on a 1,000-article store). The
JSON report still names every claim. Real CLI, real store, the seeds copied eight times."""

from __future__ import annotations

import json
import shutil

from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.render.text import MAX_ROWS
from conftest import SEEDS


def _cli(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_check_against_many_copies_shows_the_new_article_and_counts_the_rest(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for k in range(8):
        for p in seeds[1:]:
            shutil.copy(p, corpus / f"{p.stem}-{k}.txt")
    db = str(tmp_path / "store.db")
    assert _cli("report", str(corpus), "--db", db, "--model", "blank", "-f", "json", "-o",
                str(tmp_path / "all.json")).exit_code == 0
    new = seeds[0]
    text = _cli("check", str(new), "--db", db, "--model", "blank")
    assert text.exit_code in (0, 1)
    assert "more in" in text.output and "(-f json lists them all)" in text.output
    data = json.loads(_cli("check", str(new), "--db", db, "--model", "blank", "-f", "json").output)
    by_id = {c["id"]: c for c in data["claims"]}
    big = [g for g in data["groups"] if len(g["claims"]) > MAX_ROWS]
    assert big  # (the JSON names them all; the terminal table did not)
    own = [by_id[i] for g in big for i in g["claims"] if by_id[i]["article"] == new.stem]
    assert own and all(c["text"].split()[0] in text.output for c in own)  # the checked article's rows
    assert text.output.count("more in") >= len(big)
