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


@pytest.fixture(scope="session")
def nlp_full():
    from claimcheck.pipeline import load_pipeline

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_pipeline("ro_legal_fl")


@pytest.fixture(scope="session")
def nlp_blank():
    from claimcheck.pipeline import load_pipeline

    return load_pipeline("blank")


@pytest.fixture(scope="session")
def seeds_report():
    """The full flow on the five seed articles with the real model."""
    from claimcheck.flow import Options, analyse

    return analyse([SEEDS], Options())


@pytest.fixture(scope="session")
def seeds_report_blank():
    from claimcheck.flow import Options, analyse

    return analyse([SEEDS], Options(model="blank"))


def claim_by_text(report, article_prefix: str, text_fragment: str, kind: str | None = None):
    """The one claim of an article whose text contains a fragment (fails loudly otherwise)."""
    found = [c for c in report.claims if c.article.startswith(article_prefix) and text_fragment in c.text
             and (kind is None or c.kind == kind)]
    assert len(found) >= 1, f"no claim with {text_fragment!r} in {article_prefix}: " + \
        repr([c.text for c in report.claims if c.article.startswith(article_prefix)])
    return found[0]


def findings_between(report, a, b):
    ids = {a.id, b.id}
    return [f for f in report.findings if set(f.claims) == ids]
