"""A news page saved from a site (`.html`, `.htm`) read as an article: trafilatura finds the
article's body (leaving out menus, footers, comments), its title and its publication date from
the page's metadata (`article:published_time`, JSON-LD, `<time>`…).

The page becomes the same text a person would write by hand for claimcheck: a header line
`date YYYY-MM-DD Title` (or, without a date, a front-matter title and the title as the first
line), then the paragraphs separated by blank lines. So a page and the same article as a `.txt`
file give the same claims; their lines and columns point into this text, not into the HTML."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import yaml

SUFFIXES = (".html", ".htm")
MIN_WORDS = 10  # fewer words in the body found: the page holds no article


@dataclass(frozen=True, slots=True)
class Page:
    title: str | None
    date: date | None
    paragraphs: list[str]

    def as_text(self) -> str:
        body = "\n\n".join(self.paragraphs)
        if self.date and self.title:
            return f"date {self.date.isoformat()} {self.title}\n\n{body}\n"
        if self.date:
            return f"date {self.date.isoformat()}\n\n{body}\n"
        if self.title:
            front = yaml.safe_dump({"title": self.title}, allow_unicode=True, width=10_000).strip()
            return f"---\n{front}\n---\n{self.title}\n\n{body}\n"
        return body + "\n"


def read_page(markup: str) -> Page | None:
    """The article in a page, or None when the page has no article body."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        markup, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
        # the publication date from the metadata, not a date guessed from the text
        date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None or not (doc.text or "").strip():
        return None
    title = " ".join((doc.title or "").split()) or None
    lines = [" ".join(line.split()) for line in doc.text.split("\n")]
    lines = [line for line in lines if line]
    if title and lines and lines[0] == title:
        lines = lines[1:]  # the page's <h1>: already the header's title
    if sum(len(line.split()) for line in lines) < MIN_WORDS:
        return None  # a menu, a list of links, a cookie notice: not an article
    published = None
    if doc.date:
        try:
            published = date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
    return Page(title, published, lines)
