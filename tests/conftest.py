"""Shared fixtures. The Romanian model takes a second to load and the seeds a few to parse, so
both are done once per test session."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ARTICLES = Path(__file__).resolve().parent / "articles"  # small Romanian articles written for tests


def _conformance_dir() -> Path:
    """Duckling's Romanian corpora: ../shared/conformance/duckling_ro beside the checkout (as CI
    has it), or wherever CLAIMCHECK_CONFORMANCE points. Read in place, never copied in."""
    env = os.environ.get("CLAIMCHECK_CONFORMANCE")
    if env:
        base = Path(env)
        return base / "duckling_ro" if (base / "duckling_ro").is_dir() else base
    return ROOT.parent / "shared" / "conformance" / "duckling_ro"


CONFORMANCE = _conformance_dir()


# Tests that load the ro_legal_fl model are marked `model` (declared in pyproject.toml), so that
# `pytest -m "not model and not install"` is the fast subset (README, "Tests"): the tests that use
# a model fixture, the "full" and "ro_legal_fl" variants of tests parametrised by model (here), and
# tests that run the command line with its default model (marked in their own files). A test
# left unmarked that loads the model fails when the model is hidden: PYTHONPATH=DIR, with
# DIR/ro_legal_fl/__init__.py raising ImportError, then pytest -m "not model and not install".
MODEL_FIXTURES = frozenset({"nlp_full", "seeds_report"})
# (a fixture's name as a parameter value: a test that takes it with request.getfixturevalue)
MODEL_PARAMS = frozenset({"full", "ro_legal_fl"}) | MODEL_FIXTURES


def pytest_collection_modifyitems(config, items):
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())) or \
                any(isinstance(v, str) and v in MODEL_PARAMS for v in params.values()):
            item.add_marker(pytest.mark.model)


@pytest.fixture(scope="session")
def nlp_full():
    from claimcheck.nlp.pipeline import load_pipeline

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_pipeline("ro_legal_fl")


@pytest.fixture(scope="session")
def nlp_blank():
    from claimcheck.nlp.pipeline import load_pipeline

    return load_pipeline("blank")


@pytest.fixture(scope="session")
def seeds_report():
    """The full flow on the five seed articles with the real model."""
    from claimcheck.api import RunSettings, analyse

    return analyse([SEEDS], RunSettings())


@pytest.fixture(scope="session")
def seeds_report_blank():
    from claimcheck.api import RunSettings, analyse

    return analyse([SEEDS], RunSettings(model="blank"))


def analyse_case(case: Path, model: str = "ro_legal_fl", **thresholds: float):
    """The report on one folder of test articles, as the CLI's flow makes it."""
    from claimcheck.api import RunSettings, analyse

    return analyse([case], RunSettings(model=model, thresholds=thresholds))


def explained_fields(finding_id: str, case: Path, model: str) -> dict[str, dict]:
    """`claimcheck explain` on one finding of a folder of test articles, through the real CLI:
    each field's score and veto, by field name."""
    import json

    from typer.testing import CliRunner

    from claimcheck.cli import app

    out = CliRunner().invoke(app, ["explain", finding_id[:10], str(case), "--model", model, "-f", "json"])
    assert out.exit_code == 0, out.stderr
    return {x["field"]: x for x in json.loads(out.stdout)["fields"]}


def case_report(case: Path, name: str = "report"):
    """A module fixture `name`: the report on one folder of test articles, once with the model
    and once without (`--model blank`); the model's variant is marked `model`."""
    @pytest.fixture(scope="module", params=["ro_legal_fl", "blank"], name=name)
    def _report(request):
        return analyse_case(case, request.param)

    return _report


def folder_reports(folders: tuple[str, ...], name: str = "reports"):
    """A module fixture `name`: {folder: report} for folders of tests/articles/anydomain, each
    read alone, once with the model and once without."""
    @pytest.fixture(scope="module", params=["ro_legal_fl", "blank"], name=name)
    def _reports(request):
        return {folder: analyse_case(ARTICLES / "anydomain" / folder, request.param) for folder in folders}

    return _reports


def moded_case_report(case: Path, name: str = "moded"):
    """As `case_report`, but the fixture gives (model name, report): for tests whose expectation
    differs without a parse."""
    @pytest.fixture(scope="module", params=["ro_legal_fl", "blank"], name=name)
    def _report(request):
        return request.param, analyse_case(case, request.param)

    return _report


def speaker_of(report, fragment: str, article: str | None = None) -> str | None:
    """The speaker of the one quotation (of `article`, if given) whose words contain `fragment`;
    fails loudly when none or several do."""
    found = [c for c in report.claims if c.kind == "quote" and fragment in (c.quote or "")
             and (article is None or c.article == article)]
    assert len(found) == 1, f"{fragment!r}: {[(c.article, c.quote, c.speaker) for c in report.claims if c.kind == 'quote']}"
    return found[0].speaker


def claim_by_text(report, article_prefix: str, text_fragment: str, kind: str | None = None,
                  index: int | None = None):
    """The one claim of an article (of `kind`, if given) whose text contains a fragment.

    Fails loudly when none does, and when several do: a test that silently took the first of
    several claims would pass on the wrong one. Pass `kind` to narrow the search, or `index` to
    choose one of several matches on purpose (in document order)."""
    found = [c for c in report.claims if c.article.startswith(article_prefix) and text_fragment in c.text
             and (kind is None or c.kind == kind)]
    assert found, f"no claim with {text_fragment!r} in {article_prefix}: " + \
        repr([c.text for c in report.claims if c.article.startswith(article_prefix)])
    if index is not None:
        assert index < len(found), f"only {len(found)} claims with {text_fragment!r} in {article_prefix}"
        return found[index]
    assert len(found) == 1, f"{len(found)} claims with {text_fragment!r} in {article_prefix} " + \
        f"(pass kind= or index=): {[(c.kind, c.text, c.line) for c in found]}"
    return found[0]


def findings_between(report, a, b):
    """The findings that link `a` and `b`: a finding of these two, or one between two clusters
    of claims that names both with different values (read as the external scorer reads it)."""
    ids = {a.id, b.id}
    return [f for f in report.findings
            if set(f.claims) == ids or (len(f.claims) > 2 and ids <= set(f.claims) and a.value != b.value)]


def severities_between(report, a, b) -> list[str]:
    """The severities of the findings that link `a` and `b` (findings_between), in order."""
    return [f.severity for f in findings_between(report, a, b)]
