"""The cache of compiled rule regexes (claimcheck/lang/rulecache.py): a cached pattern matches exactly
as `re.compile` would, the file is JSON (no pickle), and a damaged, foreign or unwritable cache
only means compiling again."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.lang import rulecache

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Circa 11.000-12.000 de soldați, peste 3 milioane de lei și 2,5% pe 3 mai 2024, anul trecut."
PATTERNS = [
    (r"(?<!\w)(?P<word>unu|doi|trei|o sută|mii?)(?!\w)|(?<![\d])\d", 0),
    (r"[0-9]+|,(?<![\w.,],)[0-9]|\b(?:[IVXLCDM]+-(?:lea|a)\b)", 0),
    (r"(?:(?<!\w)(?P<prep>în|pe|la)\s+)?(?P<num>\d+)\s*(?P<unit>lei|%)?", re.I),
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMCHECK_RULE_CACHE", str(tmp_path / "cache"))
    rulecache._memory.clear()
    yield tmp_path / "cache"
    rulecache._memory.clear()


def files(folder: Path) -> list[Path]:
    return sorted(folder.glob("regex-*.json"))


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_a_cached_pattern_matches_as_re_compiles_it(cache, pattern, flags):
    first = rulecache.compile(pattern, flags)
    rulecache._memory.clear()  # the second one comes from the file, as in a new process
    second = rulecache.compile(pattern, flags)
    plain = re.compile(pattern, flags)
    [path] = files(cache)
    entries = json.loads(path.read_text())["entries"]
    assert len(entries) == 1
    for p in (first, second):
        assert p.pattern == plain.pattern and p.flags == plain.flags and p.groupindex == plain.groupindex
        assert [m.span() for m in p.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
        assert [m.groupdict() for m in p.finditer(TEXT)] == [m.groupdict() for m in plain.finditer(TEXT)]


def test_the_number_and_date_rules_read_the_same_from_the_cache(cache):
    """A new process with the cache filled reads every text as one without it."""
    script = ("import json,sys; from claimcheck.scan.numbers import scan; from claimcheck.scan.dates import scan_dates; "
              "import datetime as dt; t=sys.argv[1]; "
              "print(json.dumps([m.to_dict() for m in scan(t)] + [m.to_dict() for m in scan_dates(t, dt.date(2025,9,3))],"
              " default=str))")
    env = {"PYTHONPATH": str(ROOT), "CLAIMCHECK_RULE_CACHE": str(cache), "PATH": "/usr/bin:/bin"}
    runs = [subprocess.run([sys.executable, "-c", script, TEXT], env=env, capture_output=True, text=True, check=True).stdout
            for _ in range(2)]
    off = subprocess.run([sys.executable, "-c", script, TEXT], env={**env, "CLAIMCHECK_RULE_CACHE": "off"},
                         capture_output=True, text=True, check=True).stdout
    assert runs[0] == runs[1] == off and json.loads(off)
    [path] = files(cache)
    assert len(json.loads(path.read_text())["entries"]) >= 5  # the number anchor and the date grammar


def test_a_damaged_cache_is_compiled_again_and_replaced(cache):
    pattern, flags = PATTERNS[0]
    rulecache.compile(pattern, flags)
    [path] = files(cache)
    data = json.loads(path.read_text())
    key = next(iter(data["entries"]))
    data["entries"][key][1] = [9999, 1, 2]  # SRE code the engine refuses
    path.write_text(json.dumps(data))
    rulecache._memory.clear()
    p = rulecache.compile(pattern, flags)
    assert [m.span() for m in p.finditer(TEXT)] == [m.span() for m in re.finditer(pattern, TEXT, flags)]
    assert json.loads(path.read_text())["entries"][key][1] != [9999, 1, 2]
    path.write_text("not json {")
    rulecache._memory.clear()
    assert rulecache.compile(pattern, flags).pattern == pattern


def test_off_and_unwritable_places_compile_without_a_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMCHECK_RULE_CACHE", "off")
    rulecache._memory.clear()
    assert rulecache.compile(PATTERNS[1][0]).search("abc 42").group() == "42"
    assert rulecache.cache_dir(None) is None
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("CLAIMCHECK_RULE_CACHE", str(blocker / "sub"))  # a folder cannot be made there
    rulecache._memory.clear()
    assert rulecache.compile(PATTERNS[1][0]).search("abc 42").group() == "42"
    assert not (blocker / "sub").exists()


def test_the_cache_sits_next_to_writable_rules_else_in_the_user_cache(tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMCHECK_RULE_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    rules = tmp_path / "rules"
    rules.mkdir()
    assert rulecache.cache_dir(rules) == rules / ".cache"
    monkeypatch.setattr(rulecache.os, "access", lambda path, mode: False)  # read-only rules (installed as root)
    assert rulecache.cache_dir(rules) == tmp_path / "xdg" / "claimcheck"


def test_the_cache_holds_no_pickle(cache):
    rulecache.compile(*PATTERNS[2])
    [path] = files(cache)
    raw = path.read_bytes()
    data = json.loads(raw)  # plain JSON: lists of ints, strings, and the group names
    assert data["format"] == 1 and not raw.startswith(b"\x80")
    for flags, code, groups, groupindex, indexgroup in data["entries"].values():
        assert all(type(x) is int for x in code) and isinstance(groupindex, dict)
