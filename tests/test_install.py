"""claimcheck where users install it: a wheel in a fresh environment, the model installer, the
pre-commit hook (through `pre-commit try-repo`), and --rules reaching every rules loader.

The wheel tests build the package from a copy of the sources (so the checkout gets no build/
folder) and install it into a new venv that has no claimcheck of its own; spaCy, the model and
the other dependencies come from this venv's site-packages through a `.pth` line (installing them
again would only test pip). claimcheck itself comes only from the wheel, as the tests check.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

from conftest import ARTICLES, ROOT, SEEDS

install = pytest.mark.install  # slow: builds and installs the package

CONTRADICTS = ARTICLES / "check" / "contradicts.txt"
CONSISTENT = ARTICLES / "check" / "consistent.txt"


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment without this checkout's venv: no PYTHONPATH, and its bin off PATH."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "CLAIMCHECK_RULES", "VIRTUAL_ENV", "PYTHONHOME")}
    here = Path(sys.prefix).resolve()
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                  if p and not Path(p).resolve().is_relative_to(here))
    env.update(extra)
    return env


def copy_sources(dest: Path) -> Path:
    """The files a source distribution holds, copied (tracked or not) without caches."""
    dest.mkdir(parents=True)
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(ROOT / name, dest / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "claimcheck", dest / "claimcheck", ignore=ignore)
    shutil.copytree(ROOT / "rules", dest / "rules", ignore=ignore)
    return dest


def build_wheel(src: Path, out: Path) -> Path:
    p = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check", "-q",
                        "-w", str(out), str(src)], capture_output=True, text=True, timeout=600, env=_clean_env())
    assert p.returncode == 0, p.stdout + p.stderr
    (wheel,) = out.glob("claimcheck-*.whl")
    return wheel


def _dependencies(where: Path) -> Path:
    """This venv's site-packages without claimcheck (a folder of links), so that a venv pointed
    at it finds spaCy, the model and pip, and claimcheck only where it was installed."""
    if where.is_dir():
        return where
    where.mkdir(parents=True)
    for entry in Path(sysconfig.get_paths()["purelib"]).iterdir():
        name = entry.name.lower()
        if name.startswith(("claimcheck", "__editable__", "_claimcheck")) or entry.suffix == ".pth":
            continue
        (where / entry.name).symlink_to(entry)
    return where


def make_venv(where: Path) -> Path:
    """A venv without system site-packages whose dependencies are this venv's (one .pth line)."""
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", "--without-pip", str(where)], check=True, timeout=300)
    py = where / "bin" / "python"
    purelib = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    deps = _dependencies(where.parent / "_deps")
    Path(purelib, "_claimcheck_test_deps.pth").write_text(f"{deps}\n")
    return py


@pytest.fixture(scope="module")
def wheel_env(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("wheel")
    wheel = build_wheel(copy_sources(tmp / "src"), tmp / "dist")
    py = make_venv(tmp / "venv")
    p = subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps",
                        "--disable-pip-version-check", "-q", str(wheel)],
                       capture_output=True, text=True, timeout=600, env=_clean_env())
    assert p.returncode == 0, p.stdout + p.stderr
    elsewhere = tmp / "elsewhere"
    shutil.copytree(SEEDS, elsewhere / "seeds")
    return wheel, py, elsewhere


# --- packaging --------------------------------------------------------------------------------

def test_every_package_folder_is_listed_in_pyproject():
    """pyproject.toml lists the packages (it maps rules/ into the package): a new subpackage
    that is not listed would be missing from the wheel."""
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "claimcheck").rglob("__init__.py")}
    assert found <= listed
    assert {"claimcheck._rules", "claimcheck._rules.findings"} <= listed


@install
def test_wheel_carries_the_rules(wheel_env):
    import zipfile

    wheel, _, _ = wheel_env
    names = set(zipfile.ZipFile(wheel).namelist())
    for f in (ROOT / "rules").rglob("*.yml"):
        assert f"claimcheck/_rules/{f.relative_to(ROOT / 'rules').as_posix()}" in names
    meta = zipfile.ZipFile(wheel).read("claimcheck-0.1.0.dist-info/METADATA").decode()
    assert "Project-URL: Homepage, https://" in meta and "pypi.org/project/claimcheck" not in meta


@install
def test_wheel_install_works_from_another_folder(wheel_env):
    _, py, elsewhere = wheel_env
    exe = py.parent / "claimcheck"
    where = subprocess.run([str(py), "-c", "import claimcheck, claimcheck.lang.rules as r; "
                                           "print(claimcheck.__file__); print(r.default_rules_dir())"],
                           capture_output=True, text=True, cwd=elsewhere, env=_clean_env(), check=True).stdout.split()
    venv = py.parent.parent
    assert Path(where[0]).is_relative_to(venv) and Path(where[1]).is_relative_to(venv), where  # from the wheel
    p = subprocess.run([str(exe), "report", "seeds", "--model", "blank", "-f", "json"], capture_output=True,
                       text=True, cwd=elsewhere, env=_clean_env(), timeout=600)
    assert p.returncode == 0, p.stderr
    assert '"quantity-conflict"' in p.stdout


@install
@pytest.mark.model
def test_wheel_install_runs_the_model_from_another_folder(wheel_env):
    _, py, elsewhere = wheel_env
    p = subprocess.run([str(py.parent / "claimcheck"), "report", "seeds/"], capture_output=True, text=True,
                       cwd=elsewhere, env=_clean_env(), timeout=600)
    assert p.returncode == 0, p.stderr
    assert "quantity-conflict" in p.stdout and "11.000-12.000" in p.stdout


@install
def test_install_model_runs_pip_in_the_environment_of_claimcheck(wheel_env):
    _, py, elsewhere = wheel_env
    p = subprocess.run([str(py.parent / "claimcheck"), "install-model"], capture_output=True, text=True,
                       cwd=elsewhere, env=_clean_env(), timeout=600)
    assert p.returncode == 0, p.stdout + p.stderr
    assert f"into {py.parent.parent}" in p.stderr and "--no-deps ro-legal-fl==3.6.1" in p.stderr
    assert "ro-legal-fl" in p.stdout  # pip's own report ("already satisfied" here)


def test_install_model_exits_with_pips_code(monkeypatch):
    import subprocess as sp

    from typer.testing import CliRunner

    from claimcheck.cli import app

    calls = []
    monkeypatch.setattr(sp, "call", lambda cmd, **kw: calls.append(cmd) or 7)
    r = CliRunner().invoke(app, ["install-model"])
    assert r.exit_code == 7
    assert calls == [[sys.executable, "-m", "pip", "install", "--disable-pip-version-check", "--no-deps",
                      "ro-legal-fl==3.6.1"]]
    assert "ro-legal-fl==3.6.1" in r.stderr


def test_check_install_model_installs_only_when_missing(monkeypatch, tmp_path):
    """The pre-commit hook's `check --install-model`: pip runs when the model is missing, and
    not for --model blank or when it is there."""
    import importlib.util
    import subprocess as sp

    from claimcheck.cli import commands as cli

    calls = []
    monkeypatch.setattr(sp, "call", lambda cmd, **kw: calls.append(cmd) or 0)
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "ro_legal_fl" else real(name, *a))
    cli._ensure_model("blank", True)
    assert calls == []
    cli._ensure_model("ro_legal_fl", True)
    assert calls and calls[0][-1] == "ro-legal-fl==3.6.1"
    monkeypatch.setattr(sp, "call", lambda cmd, **kw: 1)
    with pytest.raises(cli.CliExit) as e:
        cli._ensure_model("ro_legal_fl", True)
    assert e.value.code == 2


# --- --rules reaches every loader ----------------------------------------------------------------

def test_rules_flag_reaches_every_loader(tmp_path):
    """With the shipped rules unreachable, --rules alone must do (the date header once loaded its
    words from the default folder whatever --rules said)."""
    rules = shutil.copytree(ROOT / "rules", tmp_path / "myrules")
    env = _clean_env(CLAIMCHECK_RULES=str(tmp_path / "nowhere"))
    exe = Path(sys.executable).with_name("claimcheck")
    p = subprocess.run([str(exe), "report", str(SEEDS), "--rules", str(rules), "--model", "blank", "-f", "json"],
                       capture_output=True, text=True, env=env, timeout=600)
    assert p.returncode == 0, p.stderr
    assert '"quantity-conflict"' in p.stdout and '"date": "2025-09-03"' in p.stdout


# --- pre-commit -----------------------------------------------------------------------------------

def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false",
                    *args], cwd=cwd, check=True, capture_output=True, timeout=120)


@install
def test_pre_commit_hook_with_try_repo(tmp_path):
    """The shipped hook, as a user gets it: the corpus from claimcheck.toml, README.md never
    checked, a commit with no article passes, a contradicting article fails the commit."""
    pre_commit = Path(sys.executable).with_name("pre-commit")
    if not pre_commit.exists():
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    src = copy_sources(tmp_path / "hookrepo")
    _git(src, "init", "-q")
    _git(src, "add", ".")
    _git(src, "commit", "-q", "-m", "claimcheck")

    news = tmp_path / "news"
    (news / "articles" / "published").mkdir(parents=True)
    for f in sorted(SEEDS.glob("*.txt")):
        shutil.copy2(f, news / "articles" / "published" / f.name)
    # The model is the pre-commit environment's to install (`--install-model`); the rules alone
    # keep this test to the hook's own behaviour.
    (news / "claimcheck.toml").write_text('against = "articles/published"\nmodel = "blank"\n')
    (news / "README.md").write_text("# Our newsroom\n\nThis repository holds the articles we publish.\n")
    _git(news, "init", "-q")
    _git(news, "add", ".")
    _git(news, "commit", "-q", "-m", "corpus")
    env = _clean_env(PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"))

    def try_repo() -> subprocess.CompletedProcess:
        return subprocess.run([str(pre_commit), "try-repo", str(src), "claimcheck"], cwd=news, env=env,
                              capture_output=True, text=True, timeout=1200)

    # Only a non-article changed (a README in English): passes.
    (news / "README.md").write_text("# Our newsroom\n\nThe articles we publish, and how we check them.\n")
    _git(news, "add", "README.md")
    p = try_repo()
    assert p.returncode == 0, p.stdout + p.stderr
    _git(news, "commit", "-q", "-m", "readme")

    # A new article that agrees with the corpus, together with the README: passes.
    shutil.copy2(CONSISTENT, news / "articles" / "consistent.txt")
    (news / "README.md").write_text("# Our newsroom\n\nNow with one more article.\n")
    _git(news, "add", "articles/consistent.txt", "README.md")
    p = try_repo()
    assert p.returncode == 0, p.stdout + p.stderr
    _git(news, "commit", "-q", "-m", "consistent")

    # A new article that contradicts it: the commit fails and the finding is shown.
    shutil.copy2(CONTRADICTS, news / "articles" / "contradicts.txt")
    _git(news, "add", "articles/contradicts.txt")
    p = try_repo()
    assert p.returncode == 1, p.stdout + p.stderr
    assert "quantity-conflict" in p.stdout and "Coreea de Nord a trimis" in p.stdout  # the new article, by title


# --- the README's GitHub Actions example -----------------------------------------------------------

@install
def test_github_actions_example_runs(wheel_env, tmp_path):
    """tests/recipes/run_workflow.py runs the README's workflow commands as written, in a fresh
    venv, with the package to install (`CLAIMCHECK`) pointing at the wheel built from here."""
    import json

    jsonschema = pytest.importorskip("jsonschema")
    wheel, _, _ = wheel_env
    py = make_venv(tmp_path / "runner")
    work = tmp_path / "newsroom"
    shutil.copytree(SEEDS, work / "articles" / "published")
    (work / "articles" / "new").mkdir()
    shutil.copy2(CONTRADICTS, work / "articles" / "new" / "contradicts.txt")
    p = subprocess.run([str(py), str(ROOT / "tests" / "recipes" / "run_workflow.py"), str(ROOT / "README.md"),
                        "--workdir", str(work), "--venv", str(py.parent.parent), "--set", f"CLAIMCHECK={wheel}"],
                       capture_output=True, text=True, timeout=1200, env=_clean_env())
    assert p.returncode == 0, p.stdout + p.stderr
    installed = subprocess.run([str(py), "-c", "import claimcheck; print(claimcheck.__file__)"], cwd=tmp_path,
                               capture_output=True, text=True, check=True, env=_clean_env()).stdout.strip()
    assert Path(installed).is_relative_to(tmp_path / "runner")  # the workflow's pip installed it
    doc = json.loads((work / "claimcheck.sarif").read_text(encoding="utf-8"))
    jsonschema.validate(doc, json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text()))
    results = doc["runs"][0]["results"]
    assert results and results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(
        "contradicts.txt")
    assert "pypi.org" not in doc["runs"][0]["tool"]["driver"]["informationUri"]


# --- the hook's behaviours, without pre-commit ------------------------------------------------------

def test_check_reads_against_from_the_configuration(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from claimcheck.cli import app

    shutil.copytree(SEEDS, tmp_path / "published")
    (tmp_path / "claimcheck.toml").write_text('against = "published"\nmodel = "blank"\n')
    sub = tmp_path / "drafts"
    sub.mkdir()
    monkeypatch.chdir(sub)  # found upwards, and `against` is relative to the file
    r = CliRunner().invoke(app, ["check", str(CONTRADICTS), "-f", "json"])
    assert r.exit_code == 1, r.stderr
    r = CliRunner().invoke(app, ["check", str(CONSISTENT), "-f", "json"])
    assert r.exit_code == 0, r.stderr


def test_check_of_files_that_are_not_articles_passes(tmp_path):
    from typer.testing import CliRunner

    from claimcheck.cli import app

    readme = tmp_path / "README.md"
    readme.write_text("# Our newsroom\n\nThis repository holds the articles we publish, and the tools we use "
                      "to check them before they go out; see the contributing guide for the details of how "
                      "to add one.\n")
    r = CliRunner().invoke(app, ["check", str(readme), "--against", str(SEEDS), "--model", "blank"])
    assert r.exit_code == 0 and "nothing to check" in r.stderr, r.stderr
    r = CliRunner().invoke(app, ["check", str(tmp_path / "lipsa.txt"), "--against", str(SEEDS), "--model", "blank"])
    assert r.exit_code == 2  # a missing file is still an error


def test_the_hook_leaves_readme_and_friends_out():
    import re

    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])

    def picked(path: str) -> bool:
        return bool(files.search(path)) and not exclude.search(path)

    assert picked("articles/2025/stire.txt") and picked("articles/stire.md")
    for path in ("README.md", "docs/CHANGELOG.md", "LICENSE.txt", "CONTRIBUTING.md", "readme.txt", "x.py"):
        assert not picked(path), path
    assert hook["entry"].startswith("claimcheck check") and "--install-model" in hook["entry"]
