"""The HTML report (`-f html`), checked in a real browser: Debian's headless Chromium, run with
its own `--dump-dom` (the DOM after the page's scripts ran) and `--screenshot`; nothing is
downloaded. Interaction (a checkbox clicked, j/k pressed) is driven by a script added to a copy
of the page, which runs after the page's own script, before the DOM is dumped.

`make test` installs Chromium (the Makefile's `browser` step); without it the browser tests skip.
`CLAIMCHECK_SCREENSHOT=docs/report.png pytest tests/test_html.py -k screenshot` refreshes the
README's screenshot."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from claimcheck.api import RunSettings, analyse
from claimcheck.render import FORMATS
from claimcheck.render import html as html_render

ROOT = Path(__file__).resolve().parents[1]

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
browser = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium on PATH: `make browser` (or `apt-get install chromium`) installs Debian's package")


# --- a small DOM from the dumped page -----------------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: "Node | None"):
        self.tag, self.attrs, self.parent, self.children = tag, attrs, parent, []

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def iter(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list["Node"]:
        return [n for n in self.iter() if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)
                and all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())]


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.cur = Node("#document", {}, None)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs), self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse(markup: str) -> Node:
    b = _Builder()
    b.feed(markup)
    return b.root


# --- the browser --------------------------------------------------------------------------------

def _chromium(args: list[str], page: Path, tmp: Path, fragment: str = "") -> subprocess.CompletedProcess:
    cmd = [CHROMIUM, "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
           "--disable-extensions", "--enable-logging=stderr", "--v=0", f"--user-data-dir={tmp / 'profile'}",
           *(["--no-sandbox"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []),  # root in a container
           *args, page.resolve().as_uri() + fragment]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=90)


def dump_dom(page: Path, tmp: Path, fragment: str = "") -> tuple[Node, list[str]]:
    """The page's DOM after load (its scripts ran), and the console messages it logged."""
    r = _chromium(["--dump-dom"], page, tmp, fragment)
    assert r.returncode == 0, r.stderr[-2000:]
    console = [line for line in r.stderr.splitlines() if ":CONSOLE" in line]
    return parse(r.stdout), console


def screenshot(page: Path, png: Path, tmp: Path, size: str = "1000,1400") -> None:
    r = _chromium(["--hide-scrollbars", f"--window-size={size}", f"--screenshot={png.resolve()}"], page, tmp)
    assert r.returncode == 0 and png.exists(), r.stderr[-2000:]


def write_page(report, path: Path, *, head_js: str = "", tail_js: str = "") -> Path:
    with path.open("w", encoding="utf-8") as fh:
        html_render.render(report, fh)
    page = path.read_text(encoding="utf-8")
    if head_js:
        page = page.replace("<head>", f"<head><script>{head_js}</script>", 1)
    if tail_js:
        page = page.replace("</body>", f"<script>{tail_js}</script></body>", 1)
    path.write_text(page, encoding="utf-8")
    return path


def cards(dom: Node) -> list[Node]:
    return dom.find_all("section", cls="card")


def shown(dom: Node) -> list[Node]:
    return [c for c in cards(dom) if "hidden" not in c.attrs]


def highlighted(card: Node) -> list[str]:
    return [m.text for m in card.find_all("mark", cls="hl")]


@pytest.fixture(scope="module")
def seeds_page(seeds_report, tmp_path_factory) -> Path:
    return write_page(seeds_report, tmp_path_factory.mktemp("html") / "report.html")


# --- without a browser ----------------------------------------------------------------------------

def test_html_is_a_registered_format():
    assert "html" in FORMATS


def test_the_template_ships_in_the_wheel():
    """The template is package data: the glob in pyproject.toml must match it (the wheel test in
    tests/test_install.py builds the package; this is the quick check)."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    folder = ROOT / "claimcheck" / "render"
    matched = {p for pattern in data["claimcheck.render"] for p in folder.glob(pattern)}
    assert folder / "templates" / "report.html.j2" in matched


def test_everything_from_an_article_is_escaped(tmp_path):
    report = analyse([_hostile_corpus(tmp_path)], RunSettings(model="blank"))
    page = write_page(report, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img" not in page and "<b>niciodată" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in page


# --- in the browser ------------------------------------------------------------------------------

@browser
def test_seeds_report_loads_with_a_card_per_finding(seeds_report, seeds_page, tmp_path):
    dom, console = dump_dom(seeds_page, tmp_path)
    assert console == []
    assert dom.find_all("html")[0].attrs.get("data-ready") == "1"  # the page's script ran
    assert [c.attrs["id"] for c in cards(dom)] == [f"f-{f.id}" for f in seeds_report.findings]
    assert len(shown(dom)) == len(seeds_report.findings) >= 3
    assert len(dom.find_all("article", cls="doc")) == len(seeds_report.articles)
    # every claim a finding names is marked in its article, with the claimed words, and the
    # cards link to it
    claims = {c.id: c for c in seeds_report.claims}
    for f in seeds_report.findings:
        card = dom.find_all(id=f"f-{f.id}")[0]
        links = {a.attrs.get("href") for a in card.find_all("a", cls="goto")}
        for cid in f.claims:
            (mark,) = dom.find_all("mark", id=f"c-{cid}")
            assert mark.text == claims[cid].text
            assert f"lv-{f.severity}" in mark.classes or any(
                f"lv-{g.severity}" in mark.classes for g in seeds_report.findings if cid in g.claims)
            assert f"#c-{cid}" in links
    # the source shows on hover and focus
    troops = next(c for c in seeds_report.claims if c.text == "15.000 de militari")
    (mark,) = dom.find_all("mark", id=f"c-{troops.id}")
    assert f"source: {troops.source}" in mark.attrs["title"] and mark.attrs["data-tip"] == mark.attrs["title"]
    kinds = {m.attrs.get("data-kind") for m in dom.find_all("mark", cls="claim")}
    assert {"number", "date", "quote"} <= kinds


@browser
def test_troops_conflict_and_meeting_warning_show_both_sentences(seeds_report, seeds_page, tmp_path):
    dom, _ = dump_dom(seeds_page, tmp_path)
    conflicts = [c for c in cards(dom) if c.attrs["data-rule"] == "quantity-conflict"]
    troops = [c for c in conflicts if "15.000 de militari" in highlighted(c)]
    assert troops, [highlighted(c) for c in conflicts]
    (card,) = troops
    assert highlighted(card) == ["15.000 de militari", "circa 11.000-12.000 de soldați"]
    sentences = [b.text for b in card.find_all("blockquote", cls="sentence")]
    assert "nord-coreeni au luptat de partea Rusiei" in sentences[0]
    assert sentences[1].startswith("Kim a trimis inițial circa 11.000-12.000 de soldați în Rusia")
    assert card.attrs["data-level"] == "error"

    (meeting,) = [c for c in cards(dom) if c.attrs["data-rule"] == "quantity-imprecise"
                  and "două ore și jumătate" in highlighted(c)]
    assert highlighted(meeting) == ["două ore și jumătate", "mai mult de două ore"]
    assert meeting.attrs["data-level"] == "warning"
    assert all(len(b.text) > len(m) for b, m in zip(meeting.find_all("blockquote"), highlighted(meeting)))


@browser
def test_filters_hide_and_show_cards(seeds_report, seeds_page, tmp_path):
    levels = [f.severity for f in seeds_report.findings]
    assert "info" in levels and "error" in levels

    # a click on a checkbox, as a person would
    page = write_page(seeds_report, tmp_path / "click.html",
                      tail_js='document.querySelector(\'input[data-filter="level"][value="info"]\').click();')
    dom, console = dump_dom(page, tmp_path)
    assert console == []
    assert len(shown(dom)) == sum(lv != "info" for lv in levels)
    assert all(c.attrs["data-level"] != "info" for c in shown(dom))
    assert dom.find_all(id="shown")[0].text == str(sum(lv != "info" for lv in levels))

    # and clicked again: all shown
    page = write_page(seeds_report, tmp_path / "click2.html",
                      tail_js='var b = document.querySelector(\'input[data-filter="level"][value="info"]\'); b.click(); b.click();')
    dom, _ = dump_dom(page, tmp_path)
    assert len(shown(dom)) == len(levels)

    # a filtered view named in the address
    dom, _ = dump_dom(seeds_page, tmp_path, "#rule=quantity-imprecise")
    assert {c.attrs["data-rule"] for c in shown(dom)} == {"quantity-imprecise"}
    assert dom.find_all(id="shown")[0].text == str(len(shown(dom)))
    dom, _ = dump_dom(seeds_page, tmp_path, "#level=error")
    assert len(shown(dom)) == levels.count("error")


@browser
def test_keyboard_moves_between_findings(seeds_report, tmp_path):
    press = "".join(f'document.dispatchEvent(new KeyboardEvent("keydown", {{key: "{k}"}}));' for k in "jjjk")
    dom, _ = dump_dom(write_page(seeds_report, tmp_path / "keys.html", tail_js=press), tmp_path)
    current = [c.attrs["id"] for c in cards(dom) if "current" in c.classes]
    assert current == [f"f-{seeds_report.findings[1].id}"]
    press = "".join(f'document.dispatchEvent(new KeyboardEvent("keydown", {{key: "{k}"}}));' for k in "nnnnnnnnnnnnp")
    dom, _ = dump_dom(write_page(seeds_report, tmp_path / "keys2.html", tail_js=press), tmp_path)
    current = [c.attrs["id"] for c in cards(dom) if "current" in c.classes]
    assert current == [f"f-{seeds_report.findings[-2].id}"]


def _hostile_corpus(tmp: Path) -> Path:
    folder = tmp / "hostile"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "date 2025-09-03 Titlu <script>alert(1)</script> despre trupe\n"
        'Potrivit serviciilor sud-coreene de informații "><img src=x onerror=alert(1)>, Coreea de Nord a '
        "trimis 15.000 de militari nord-coreeni care au luptat de partea Rusiei în Kursk.\n"
        "Kim Jong Un a declarat: „Vom fi mereu alături de voi <script>alert(2)</script> și nu vom uita”.\n",
        encoding="utf-8")
    (folder / "b.txt").write_text(
        'date 2025-09-03 Alt titlu "><img src=x onerror=alert(3)>\n'
        "Kim a trimis inițial circa 11.000-12.000 de soldați în Rusia, la sfârșitul anului 2024, pentru a "
        "respinge incursiunea ucraineană în regiunea Kursk.\n"
        "Kim Jong Un a declarat: „Vom fi mereu alături de voi și nu vom uita <b>niciodată</b>”.\n",
        encoding="utf-8")
    return folder


@browser
def test_an_article_with_markup_executes_nothing(tmp_path):
    report = analyse([_hostile_corpus(tmp_path)], RunSettings(model="blank"))
    assert {f.rule for f in report.findings} >= {"quantity-conflict", "quote-variant"}
    # Any alert (from a script or an onerror) would leave its mark on <html>.
    hook = ("window.alert = function (m) { document.documentElement.setAttribute('data-alerted', "
            "(document.documentElement.getAttribute('data-alerted') || '') + String(m)); };")
    dom, console = dump_dom(write_page(report, tmp_path / "hostile.html", head_js=hook), tmp_path)
    html_el = dom.find_all("html")[0]
    assert html_el.attrs.get("data-ready") == "1"
    assert "data-alerted" not in html_el.attrs
    assert dom.find_all("img") == [] and dom.find_all("b") == []
    assert len(dom.find_all("script")) == 2  # the hook and the page's own
    assert not [line for line in console if "Uncaught" in line or "Content Security Policy" in line]
    text = dom.find_all("body")[0].text
    assert "<script>alert(1)</script>" in text  # shown as text: the title
    assert '"><img src=x onerror=alert(1)>' in text
    assert "<script>alert(2)</script>" in text and "<b>niciodată</b>" in text
    assert "<script>alert(1)</script>" in dom.find_all("title")[0].text or \
        "<script>alert(1)</script>" in dom.find_all("article", cls="doc")[0].text


@browser
@pytest.mark.model
def test_screenshot_of_the_seeds_report(tmp_path, monkeypatch):
    """The README's picture, of `claimcheck report seeds/ -f html` run from the repository (so the
    page names seeds/…, not this machine's folders): `CLAIMCHECK_SCREENSHOT=docs/report.png`
    writes it there."""
    target = os.environ.get("CLAIMCHECK_SCREENSHOT")
    png = Path(target).resolve() if target else tmp_path / "report.png"
    monkeypatch.chdir(ROOT)
    page = write_page(analyse([Path("seeds")], RunSettings()), tmp_path / "report.html")
    screenshot(page, png, tmp_path)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1000, 1400)


@browser
def test_phone_width_has_no_sideways_scroll(seeds_report, tmp_path):
    js = ("document.documentElement.setAttribute('data-overflow', "
          "String(document.documentElement.scrollWidth > window.innerWidth + 1));")
    page = write_page(seeds_report, tmp_path / "phone.html", tail_js=js)
    r = _chromium(["--window-size=390,844", "--dump-dom"], page, tmp_path)
    assert re.search(r'data-overflow="false"', r.stdout), r.stdout[:300]
