"""`--url-list FILE` (claimcheck/read/fetch.py): pages fetched from a local HTTP server on 127.0.0.1
(never any other address), read like saved pages, cached in the --db store by address."""

from __future__ import annotations

import http.server
import json
import sqlite3
import threading
import time

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.read.corpus import read_corpus
from claimcheck.read.fetch import FetchError, article_id, fetch

from conftest import ARTICLES, SEEDS
from test_webpage import _page

CONTRADICTS = ARTICLES / "check" / "contradicts.txt"


def run(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def _seed_pages() -> dict[str, bytes]:
    pages = {}
    for a in read_corpus([SEEDS]).articles:
        first_line_end = a.text.index("\n", len(a.text) - len(a.text.lstrip()))
        paragraphs = [line.strip() for line in a.text[first_line_end:].split("\n") if line.strip()]
        pages[f"/stiri/{a.id}.html"] = _page(a.title, a.date.isoformat() if a.date else None,
                                             paragraphs).encode("utf-8")
    return pages


class Site:
    """A local news site: the seeds as pages, a page with no article, a CSV file, a redirect;
    anything else is a 404. Every request is counted."""

    def __init__(self):
        self.pages = _seed_pages()
        self.requests: list[str] = []
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            timeout = 10

            def do_GET(self):
                site.requests.append(self.path)
                if self.path in site.pages:
                    self._send(200, "text/html; charset=utf-8", site.pages[self.path])
                elif self.path == "/index.html":
                    self._send(200, "text/html; charset=utf-8",
                               b'<html><body><nav><a href="/">Acasa</a></nav></body></html>')
                elif self.path == "/langsam.html":
                    time.sleep(2)  # longer than the test's timeout
                    self._send(200, "text/html", b"<html><body>prea tarziu</body></html>")
                elif self.path == "/latin2.html":
                    page = next(iter(site.pages.values())).decode("utf-8").replace('<meta charset="utf-8">', "")
                    self._send(200, "text/html; charset=iso-8859-2", page.replace("ș", "ş").replace("ț", "ţ")
                               .replace("Ș", "Ş").replace("Ț", "Ţ").encode("iso-8859-2", errors="xmlcharrefreplace"))
                elif self.path == "/date.csv":
                    self._send(200, "text/csv", b"a,b\n1,2\n")
                elif self.path.startswith("/scurt/"):
                    self.send_response(302)
                    self.send_header("Location", "/stiri/" + self.path.rsplit("/", 1)[1] + ".html")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                else:
                    self._send(404, "text/html", b"<html><body>not found</body></html>")

            def _send(self, code: int, ctype: str, body: bytes) -> None:
                try:
                    self.send_response(code)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (the timeout test)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture()
def site(monkeypatch):
    # Only 127.0.0.1 is ever contacted: no proxy may stand in between.
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("no_proxy", "*")
    monkeypatch.setenv("NO_PROXY", "*")
    s = Site()
    s.thread.start()
    try:
        yield s
    finally:
        s.server.shutdown()
        s.server.server_close()
        s.thread.join(timeout=10)


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed once the socket is: a connection there is refused


def _list(tmp_path, lines: list[str]):
    path = tmp_path / "urls.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _seed_urls(site) -> list[str]:
    return [site.url(p) for p in sorted(site.pages)]


def _claims(data: dict) -> set:
    return {(c["article"].rsplit("/", 1)[-1], c["kind"], c["text"], json.dumps(c.get("value"), sort_keys=True),
             c.get("speaker"), c.get("source")) for c in data["claims"]}


def _findings(data: dict) -> list:
    text = {c["id"]: c["text"] for c in data["claims"]}
    return sorted((f["rule"], f["severity"], tuple(text[c] for c in f["claims"])) for f in data["findings"])


@pytest.fixture(scope="module")
def seeds_json() -> dict:
    r = run("report", str(SEEDS), "--model", "blank", "-f", "json")
    return json.loads(r.stdout)


def test_report_from_url_list_gives_the_seeds_claims_and_findings(site, tmp_path, seeds_json):
    urls = _list(tmp_path, ["# the seeds, served locally", "", *_seed_urls(site), "   "])
    r = run("report", "--url-list", str(urls), "--model", "blank", "-f", "json")
    assert r.exit_code == 0, r.stderr
    data = json.loads(r.stdout)
    assert [a["path"] for a in data["articles"]] == _seed_urls(site)
    assert [a["id"] for a in data["articles"]] == [article_id(u) for u in _seed_urls(site)]
    assert _claims(data) == _claims(seeds_json)
    assert _findings(data) == _findings(seeds_json)
    assert any(f[0] == "quantity-conflict" and "15.000 de militari" in f[2] for f in _findings(data))
    assert len(site.requests) == len(site.pages)


def test_extract_mixes_paths_and_url_list(site, tmp_path):
    seed_files = sorted(SEEDS.glob("*.txt"))
    urls = _list(tmp_path, [site.url(f"/stiri/{seed_files[0].stem}.html")])
    r = run("extract", str(seed_files[1]), "--url-list", str(urls), "--model", "blank")
    assert r.exit_code == 0, r.stderr
    data = json.loads(r.stdout)
    assert [a["id"] for a in data["articles"]] == [seed_files[1].stem, article_id(urls.read_text().strip())]


def test_bad_addresses_get_one_warning_each_and_the_run_goes_on(site, tmp_path):
    good = _seed_urls(site)[:2]
    bad = {
        site.url("/lipsa.html"): "HTTP error 404",
        site.url("/date.csv"): "not an HTML page",
        site.url("/index.html"): "no article body",
        f"http://127.0.0.1:{_closed_port()}/stire.html": "cannot be fetched",
        "ftp://127.0.0.1/stire.html": "not an http or https address",
    }
    urls = _list(tmp_path, [*bad, *good])
    r = run("extract", "--url-list", str(urls), "--model", "blank")
    assert r.exit_code == 0, r.stderr
    assert [a["path"] for a in json.loads(r.stdout)["articles"]] == good
    lines = r.stderr.strip().splitlines()
    assert len(lines) == len(bad), r.stderr
    for (url, why), line in zip(bad.items(), lines):
        assert line.startswith(f"claimcheck: warning: {url}: ") and why in line, line
    assert "Traceback" not in r.stderr


def test_all_pages_failing_is_no_readable_article(site, tmp_path):
    urls = _list(tmp_path, [site.url("/lipsa.html"), site.url("/date.csv")])
    r = run("report", "--url-list", str(urls), "--model", "blank")
    assert r.exit_code == 2
    assert "no readable articles" in r.stderr
    assert r.stderr.count("warning:") == 2


def test_redirects_are_followed_and_max_bytes_bounds_a_page(site, tmp_path):
    stem = sorted(SEEDS.glob("*.txt"))[0].stem
    url = site.url(f"/scurt/{stem}")
    r = run("extract", "--url-list", str(_list(tmp_path, [url])), "--model", "blank")
    assert r.exit_code == 0, r.stderr
    assert [a["path"] for a in json.loads(r.stdout)["articles"]] == [url]
    r = run("report", "--url-list", str(_list(tmp_path, [url])), "--model", "blank", "--max-bytes", "500")
    assert r.exit_code == 2 and "larger than 500 bytes" in r.stderr


def test_a_second_run_with_db_fetches_nothing(site, tmp_path):
    db = tmp_path / "corpus.db"
    urls = _list(tmp_path, [*_seed_urls(site), site.url("/lipsa.html")])
    first = run("report", "--url-list", str(urls), "--model", "blank", "-f", "json", "--db", str(db))
    assert first.exit_code == 0, first.stderr
    assert len(site.requests) == len(site.pages) + 1
    site.requests.clear()
    second = run("report", "--url-list", str(urls), "--model", "blank", "-f", "json", "--db", str(db))
    assert second.exit_code == 0, second.stderr
    # The pages come from the store; the 404 was not stored, so it alone is asked for again.
    assert site.requests == ["/lipsa.html"]
    assert json.loads(second.stdout) == json.loads(first.stdout)
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT url, final_url, content_type FROM pages ORDER BY url").fetchall()
    assert [row[0] for row in rows] == _seed_urls(site)
    assert all(row[2].startswith("text/html") for row in rows)


def test_check_reads_the_url_list_as_the_corpus(site, tmp_path):
    urls = _list(tmp_path, _seed_urls(site))
    r = run("check", str(CONTRADICTS), "--url-list", str(urls), "--model", "blank", "-f", "json")
    against = run("check", str(CONTRADICTS), "--against", str(SEEDS), "--model", "blank", "-f", "json")
    assert r.exit_code == against.exit_code == 1, r.stderr
    assert _findings(json.loads(r.stdout)) == _findings(json.loads(against.stdout))


def test_url_list_problems_are_usage_errors(tmp_path):
    r = run("report", "--url-list", str(tmp_path / "nope.txt"), "--model", "blank")
    assert r.exit_code == 2 and "--url-list" in r.stderr and "no such file" in r.stderr
    empty = _list(tmp_path, ["# nothing yet"])
    r = run("report", "--url-list", str(empty), "--model", "blank")
    assert r.exit_code == 2 and "no addresses" in r.stderr


def test_article_ids_are_readable_and_stable():
    assert article_id("https://www.ziarul.ro/externe/articol-1.html") == "www.ziarul.ro/externe/articol-1"
    assert article_id("http://127.0.0.1:8000/stiri/x/") == "127.0.0.1_8000/stiri/x"
    assert article_id("https://ziarul.ro/a?id=7") == "ziarul.ro/a_id_7"
    assert article_id("https://ziarul.ro/") == "ziarul.ro"


def test_a_slow_page_times_out_and_a_charset_is_applied(site):
    with pytest.raises(FetchError, match="timed out after 0.5 s"):
        fetch(site.url("/langsam.html"), 100_000, timeout=0.5)
    html, final, ctype = fetch(site.url("/latin2.html"), 1_000_000)
    assert final == site.url("/latin2.html") and "iso-8859-2" in ctype
    assert "ş" in html and "\ufffd" not in html


def test_a_version_2_store_gains_the_page_cache(tmp_path):
    from claimcheck.store.store import Store
    from claimcheck.store.schema import SCHEMA_VERSION

    db = tmp_path / "old.db"
    Store.open(db).close()
    with sqlite3.connect(db) as con:  # back to the layout of schema version 2
        con.execute("DROP TABLE pages")
        con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    with Store.open(db) as store:
        assert store.page("http://127.0.0.1/a") is None
        store.save_page("http://127.0.0.1/a", "<html>ă</html>", content_type="text/html")
        assert store.page("http://127.0.0.1/a") == "<html>ă</html>"
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)
    assert SCHEMA_VERSION == 5
