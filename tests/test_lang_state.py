"""The language knowledge of a rules folder is one object (`Lang`) that owns its compiled tables:
the pipeline's rule components hold it as their state, a run's settings give the same object to
the extractors and the reconciler, and two rules folders in one process never share a table."""

from __future__ import annotations

import json
import shutil

from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.lang.frames import frame_words
from claimcheck.lang.rules import Lang, default_rules_dir, lang_for
from claimcheck.nlp.pipeline import load_pipeline
from claimcheck.settings import RunSettings

from conftest import SEEDS


def _copy_rules(tmp_path, name="reguli"):
    folder = tmp_path / name
    shutil.copytree(default_rules_dir(), folder, ignore=shutil.ignore_patterns(".cache"))
    return folder


def test_one_lang_per_folder_however_it_is_spelled(tmp_path, monkeypatch):
    folder = _copy_rules(tmp_path)
    monkeypatch.chdir(tmp_path)
    lang = lang_for(folder)
    assert isinstance(lang, Lang) and lang.folder == folder.resolve()
    assert lang_for("reguli") is lang and lang_for(str(folder) + "/") is lang and lang_for(lang) is lang
    assert lang_for(None) is lang_for(default_rules_dir()) and lang_for(None) is not lang
    # CLAIMCHECK_RULES moves the default folder, and the default Lang with it
    monkeypatch.setenv("CLAIMCHECK_RULES", str(folder))
    assert lang_for(None) is lang


def test_a_table_is_compiled_once_per_folder_and_kept_by_it(tmp_path):
    mine = lang_for(_copy_rules(tmp_path))
    assert frame_words(mine) is frame_words(mine)
    assert frame_words(mine) is not frame_words(lang_for(None))
    assert frame_words.build in mine._tables  # the Lang holds it, not a module-level cache


def test_components_hold_the_lang_of_their_rules_and_the_run_reads_the_same(tmp_path):
    folder = _copy_rules(tmp_path)
    nlp = load_pipeline("blank", str(folder))
    held = {name: nlp.get_pipe(name).lang for name in ("claimcheck_numbers", "claimcheck_dates", "claimcheck_quotes")}
    assert set(map(id, held.values())) == {id(lang_for(folder))}
    assert RunSettings(rules_dir=str(folder)).lang is held["claimcheck_numbers"]
    assert load_pipeline("blank").get_pipe("claimcheck_numbers").lang is lang_for(None)


def test_two_rules_folders_in_one_process_read_the_same_text_apart(tmp_path):
    # "pe la 300" is "about 300" only in the folder whose qualifiers.yml says so; both pipelines
    # live in this process, each with its own compiled number grammar.
    folder = _copy_rules(tmp_path)
    q = folder / "qualifiers.yml"
    text = q.read_text(encoding="utf-8")
    assert "approx: [aproximativ," in text
    q.write_text(text.replace("approx: [aproximativ,", "approx: [aproximativ, pe la,"), encoding="utf-8")
    sentence = "Pe la 300 de oameni au ieșit în stradă."
    mine = load_pipeline("blank", str(folder))(sentence)._.cc_numbers
    shipped = load_pipeline("blank")(sentence)._.cc_numbers
    assert [m.value.qualifier for m in mine if m.value.low == 300] == ["approx"]
    assert [m.value.qualifier for m in shipped if m.value.low == 300] == ["exact"]


def test_sarif_describes_the_finding_rules_of_the_rules_folder_in_use(tmp_path):
    folder = _copy_rules(tmp_path)
    rule = folder / "findings" / "quantity-conflict.yml"
    text = rule.read_text(encoding="utf-8")
    said = "Two articles give disjoint values for the same quantity."
    assert said in text
    rule.write_text(text.replace(said, "Două articole dau valori disjuncte."), encoding="utf-8")
    r = CliRunner().invoke(app, ["report", str(SEEDS), "--model", "blank", "-f", "sarif", "--rules", str(folder)],
                           catch_exceptions=False)
    assert r.exit_code in (0, 1), r.output
    rules = {x["id"]: x for x in json.loads(r.stdout)["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["quantity-conflict"]["shortDescription"]["text"] == "Două articole dau valori disjuncte."
