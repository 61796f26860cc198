"""Configuration discovery and checking, with real files in tmp_path."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from claimcheck.settings import ConfigError, RunSettings, find_config, load_config
from claimcheck.lang.rules import default_rules_dir

FULL = """
rules = "reguli"
model = "blank"
fail-on = "warning"
format = "sarif"
exclude = ["**/ciorne/*", "*.draft.md"]
tolerance = 0.05
db = ".claimcheck/articole.db"

[severities]
quote-variant = "warning"
quantity-imprecise = "info"

[thresholds]
quote-similarity = 0.85
"""


def tree(tmp_path: Path) -> Path:
    """repo/ with a config, and a subfolder two levels down where a hook runs."""
    deep = tmp_path / "repo" / "redactie" / "stiri"
    deep.mkdir(parents=True)
    shutil.copytree(default_rules_dir(), tmp_path / "repo" / "reguli")
    return deep


def test_full_file_is_read_and_paths_resolve_against_its_folder(tmp_path):
    deep = tree(tmp_path)
    repo = tmp_path / "repo"
    (repo / "claimcheck.toml").write_text(FULL, encoding="utf-8")
    cfg = load_config(start=deep)
    given = {"rules_dir", "model", "fail_on", "format", "exclude", "tolerance", "severities", "thresholds", "db"}
    assert cfg == RunSettings(rules_dir=str((repo / "reguli").resolve()), model="blank", fail_on="warning", format="sarif",
                              exclude=("**/ciorne/*", "*.draft.md"), tolerance=0.05,
                              severities={"quote-variant": "warning", "quantity-imprecise": "info"},
                              thresholds={"quote-similarity": 0.85},
                              db=(repo / ".claimcheck" / "articole.db").resolve(),
                              config_file=(repo / "claimcheck.toml").resolve(), from_file=frozenset(given))


def test_walking_up_skips_a_pyproject_without_our_table(tmp_path):
    deep = tree(tmp_path)
    repo = tmp_path / "repo"
    (repo / "redactie" / "pyproject.toml").write_text('[project]\nname = "stiri"\n', encoding="utf-8")
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.claimcheck]\nfail-on = "info"\n'
                                         'db = "cache.db"\n', encoding="utf-8")
    found = find_config(deep)
    assert found == (repo / "pyproject.toml").resolve()
    cfg = load_config(start=deep)
    assert (cfg.fail_on, cfg.db, cfg.config_file) == ("info", (repo / "cache.db").resolve(), found)


def test_claimcheck_toml_wins_over_pyproject_in_the_same_folder_and_nearer_wins(tmp_path):
    deep = tree(tmp_path)
    repo = tmp_path / "repo"
    (repo / "pyproject.toml").write_text('[tool.claimcheck]\nformat = "json"\n', encoding="utf-8")
    (repo / "claimcheck.toml").write_text('format = "github"\n', encoding="utf-8")
    assert load_config(start=deep).format == "github"
    (deep / "pyproject.toml").write_text('[tool.claimcheck]\nformat = "csv"\n', encoding="utf-8")
    assert load_config(start=deep).format == "csv"


def test_explicit_file_wins_and_nothing_found_gives_defaults(tmp_path):
    deep = tree(tmp_path)
    (tmp_path / "repo" / "claimcheck.toml").write_text('format = "github"\n', encoding="utf-8")
    other = tmp_path / "ci.toml"
    other.write_text('format = "jsonl"\n', encoding="utf-8")
    assert load_config(other, start=deep).format == "jsonl"
    lonely = tmp_path / "gol"
    lonely.mkdir()
    assert find_config(lonely) is None
    assert load_config(start=lonely) == RunSettings()
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_config(tmp_path / "lipsa.toml")


@pytest.mark.parametrize("text, key, why", [
    ('fail_on = "error"\n', "fail_on", "unknown key.*did you mean 'fail-on'"),
    ('tolernace = 0.1\n', "tolernace", "unknown key"),
    ('fail-on = "errors"\n', "fail-on", "must be one of error, warning, info, never"),
    ('format = "xml"\n', "format", "must be one of text"),
    ('tolerance = 10\n', "tolerance", "from 0 to 1"),
    ('tolerance = "10%"\n', "tolerance", "from 0 to 1"),
    ('exclude = [1, 2]\n', "exclude", "list of glob strings"),
    ('rules = "nu-exista"\n', "rules", "no such folder"),
    ('severities = "error"\n', "severities", "must be a table"),
    ('[severities]\nquantity-conflict = "fatal"\n', "severities.quantity-conflict", "must be one of info, warning, error"),
    ('[severities]\nquantity-conflit = "error"\n', "severities.quantity-conflit", "no such finding rule.*quantity-conflict"),
    ('[thresholds]\nquote-similarity = "mare"\n', "thresholds.quote-similarity", "a number"),
])
def test_bad_keys_and_values_name_the_file_and_the_key(tmp_path, text, key, why):
    path = tmp_path / "claimcheck.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=why) as err:
        load_config(start=tmp_path)
    assert str(err.value).startswith(f"{path.resolve()}: {key}:")


def test_errors_inside_pyproject_name_the_tool_table(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.claimcheck]\nmodle = "blank"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"pyproject\.toml: tool\.claimcheck\.modle: unknown key"):
        load_config(start=tmp_path)
    with pytest.raises(ConfigError, match="has no \\[tool.claimcheck\\] table"):
        (tmp_path / "p2").mkdir()
        p2 = tmp_path / "p2" / "pyproject.toml"
        p2.write_text('[tool.ruff]\nline-length = 100\n', encoding="utf-8")
        load_config(p2)


def test_invalid_toml_is_an_error(tmp_path):
    path = tmp_path / "claimcheck.toml"
    path.write_text('format = "json\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"claimcheck\.toml: not valid TOML"):
        load_config(start=tmp_path)


def test_severities_need_the_rules_they_name(tmp_path):
    (tmp_path / "reguli-goale").mkdir()
    path = tmp_path / "claimcheck.toml"
    path.write_text('rules = "reguli-goale"\n[severities]\nquote-variant = "error"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="reguli-goale has no findings/\\*.yml rules"):
        load_config(path)
    path.write_text('rules = "reguli-goale"\n', encoding="utf-8")  # fine without severities
    assert load_config(path).rules_dir == str((tmp_path / "reguli-goale").resolve())
