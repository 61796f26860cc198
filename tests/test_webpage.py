"""News pages as input (`.html`, `.htm`; claimcheck/read/webpage.py): pages built from the seeds, with
a site's menu, footer and metadata around each article, give the same claims and findings as the
seeds themselves."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from claimcheck.read.corpus import read_corpus
from claimcheck.api import RunSettings, analyse

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def _page(title: str | None, day: str | None, paragraphs: list[str]) -> str:
    meta = f'<meta property="article:published_time" content="{day}T10:00:00+03:00">' if day else ""
    if title:
        meta += f'<title>{html.escape(title)} | Ziarul</title><meta property="og:title" content="{html.escape(title)}">'
    return (
        '<!DOCTYPE html><html lang="ro"><head><meta charset="utf-8">'
        f"{meta}</head>"
        '<body><header><nav><a href="/">Acasă</a> <a href="/externe">Externe</a> <a href="/sport">Sport</a>'
        "</nav></header><main><article>"
        + (f"<h1>{html.escape(title)}</h1>" if title else "")
        + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        + "</article></main><footer><p>© 2025 Ziarul. Toate drepturile rezervate.</p>"
        '<p><a href="/contact">Contact</a></p></footer></body></html>')


def _pages_from_seeds(folder: Path) -> Path:
    """Each seed as a page: its date in the metadata, its title in <title> and <h1>, each of its
    paragraphs a <p>, between a menu and a footer."""
    folder.mkdir()
    for a in read_corpus([SEEDS]).articles:
        first_line_end = a.text.index("\n", len(a.text) - len(a.text.lstrip()))
        paragraphs = [line.strip() for line in a.text[first_line_end:].split("\n") if line.strip()]
        day = a.date.isoformat() if a.date else None
        (folder / f"{a.id}.html").write_text(_page(a.title, day, paragraphs), encoding="utf-8")
    return folder


def _claims(report) -> set:
    return {(c.article, c.kind, c.text, repr(c.value.to_dict() if c.value else None), c.speaker, c.source)
            for c in report.claims}


def _findings(report) -> list:
    text = {c.id: c.text for c in report.claims}
    return sorted((f.rule, f.severity, tuple(text[c] for c in f.claims)) for f in report.findings)


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> Path:
    return _pages_from_seeds(tmp_path_factory.mktemp("web") / "pages")


def test_pages_read_title_and_date_from_metadata(pages):
    corpus = read_corpus([pages])
    seeds = read_corpus([SEEDS])
    assert corpus.problems == []
    assert [(a.id, a.date, a.title) for a in corpus.articles] == [(a.id, a.date, a.title) for a in seeds.articles]
    assert all("Acasă" not in a.text and "drepturile rezervate" not in a.text for a in corpus.articles)


@pytest.mark.parametrize("model", ["blank", "ro_legal_fl"])
def test_pages_give_the_same_claims_and_findings_as_the_seeds(pages, model):
    from_pages = analyse([pages], RunSettings(model=model))
    from_seeds = analyse([SEEDS], RunSettings(model=model))
    assert _claims(from_pages) == _claims(from_seeds)
    assert _findings(from_pages) == _findings(from_seeds)
    assert any(f[0] == "quantity-conflict" and "15.000 de militari" in f[2] for f in _findings(from_pages))


def test_a_folder_may_mix_text_files_and_pages(pages, tmp_path):
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    for i, p in enumerate(sorted(pages.glob("*.html"))):
        src = p if i % 2 else SEEDS / f"{p.stem}.txt"
        (mixed / src.name).write_bytes(src.read_bytes())
    (mixed / "002_39816f37140de1bd.html").rename(mixed / "002_39816f37140de1bd.htm") \
        if (mixed / "002_39816f37140de1bd.html").exists() else None
    assert _findings(analyse([mixed], RunSettings(model="blank"))) == _findings(analyse([SEEDS], RunSettings(model="blank")))


def test_a_page_without_an_article_is_one_warning(tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "index.html").write_text('<html><body><nav><a href="/">Acasă</a></nav></body></html>', encoding="utf-8")
    (folder / "stire.html").write_text(
        _page("Titlu", "2025-09-03", ["Coreea de Nord a trimis 15.000 de militari în Rusia, potrivit "
                                      "serviciilor sud-coreene de informații, care au luptat în regiunea Kursk."]),
        encoding="utf-8")
    corpus = read_corpus([folder])
    assert [a.id for a in corpus.articles] == ["stire"]
    assert [(Path(p.path).name, p.level) for p in corpus.problems] == [("index.html", "warning")]
    assert "no article body" in corpus.problems[0].message
