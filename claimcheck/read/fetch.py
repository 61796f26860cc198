"""`--url-list FILE`: news pages fetched by address and read like saved `.html` pages.

One address a line (blank lines and `#` comments ignored). Each page is fetched with urllib from
the standard library (http and https only, redirects followed but never to another scheme, a
timeout, a User-Agent naming claimcheck, at most --max-bytes read), decoded with its charset and
read by claimcheck/read/webpage.py exactly as a saved page is. With a store (`--db`), the HTML is kept
in its `pages` table by address, and a later run reads it from there without fetching.

A page that cannot be fetched (DNS, HTTP error, timeout, not HTML, too large) or holds no article
becomes one warning naming the address; the other pages are still read.
"""

from __future__ import annotations

import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck import __version__
from claimcheck.read.corpus import Corpus, Problem, TooLarge, article_from_bytes, read_regular
from claimcheck.lang.rules import Lang

if TYPE_CHECKING:
    from claimcheck.store.store import Store

TIMEOUT = 20.0  # seconds for connecting and for each read
USER_AGENT = f"claimcheck/{__version__} (+https://github.com/claimcheck-ro/claimcheck)"
SCHEMES = ("http", "https")
HTML_TYPES = ("text/html", "application/xhtml+xml")


class FetchError(Exception):
    """A page that cannot be fetched; the message says why, without the address."""


def read_url_list(path: str | Path, max_bytes: int) -> list[str]:
    """The addresses in a list file, in order, without repeats. Raises OSError / ValueError."""
    try:
        data = read_regular(path, max_bytes)
    except TooLarge as exc:
        raise ValueError(f"too large ({exc.size:,} bytes; the limit is {max_bytes:,}, see --max-bytes)") from None
    text = data.decode("utf-8-sig")
    urls: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#") and line not in urls:
            urls.append(line)
    return urls


def article_id(url: str) -> str:
    """A stable, readable id from the host and the path: `ziarul.ro/externe/articol-1`."""
    parts = urllib.parse.urlsplit(url)
    host = (parts.hostname or "page") + (f"_{parts.port}" if parts.port else "")
    path = parts.path.strip("/")
    path = re.sub(r"\.html?$", "", path, flags=re.I)
    raw = host + ("/" + path if path else "") + ("_" + parts.query if parts.query else "")
    return re.sub(r"[^\w.\-/]+", "_", raw).strip("_") or "page"


class _Redirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        scheme = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, newurl)).scheme.lower()
        if scheme not in SCHEMES:
            raise FetchError(f"redirected to a {scheme or 'relative'} address ({newurl}); only http and https are fetched")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, max_bytes: int, timeout: float = TIMEOUT) -> tuple[str, str, str]:
    """(html, final address, content type) of a page. Raises FetchError."""
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in SCHEMES:
        raise FetchError(f"not an http or https address (scheme {scheme or 'missing'})")
    opener = urllib.request.build_opener(_Redirects())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                                   "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"})
    try:
        with opener.open(request, timeout=timeout) as resp:
            ctype = resp.headers.get("Content-Type", "") or ""
            mime = ctype.split(";")[0].strip().lower()
            if mime and mime not in HTML_TYPES:
                raise FetchError(f"not an HTML page (Content-Type {mime})")
            data = resp.read(max_bytes + 1)
            final = resp.geturl()
            charset = resp.headers.get_content_charset()
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP error {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise FetchError(f"timed out after {timeout:g} s") from None
        if isinstance(reason, socket.gaierror):
            raise FetchError(f"host not found ({reason.strerror or reason})") from None
        raise FetchError(f"cannot be fetched ({getattr(reason, 'strerror', None) or reason})") from None
    except (socket.timeout, TimeoutError):
        raise FetchError(f"timed out after {timeout:g} s") from None
    except (OSError, ValueError) as exc:  # a connection reset, a malformed address or response
        raise FetchError(f"cannot be fetched ({exc})") from None
    if len(data) > max_bytes:
        raise FetchError(f"larger than {max_bytes:,} bytes (see --max-bytes)")
    if not mime and not re.search(rb"<(!doctype html|html|body|p)\b", data[:4096], re.I):
        raise FetchError("not an HTML page (no Content-Type, no HTML markup)")
    return _decode(data, charset), final, ctype


def _decode(data: bytes, charset: str | None) -> str:
    """The page's text: the header's charset, else a <meta charset>, else UTF-8 (bad bytes replaced)."""
    if not charset:
        m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", data[:4096], re.I)
        charset = m.group(1).decode("ascii") if m else "utf-8"
    try:
        return data.decode(charset, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def read_urls(urls: list[str], *, max_bytes: int, date_override: date | None = None,
              lang: Lang | None = None, store: Store | None = None,
              timeout: float = TIMEOUT) -> Corpus:
    """The articles of these pages; each page that fails is one warning naming its address."""
    articles = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for url in urls:
        html = store.page(url) if store is not None else None
        if html is None:
            try:
                html, final, ctype = fetch(url, max_bytes, timeout)
            except FetchError as exc:
                problems.append(Problem(url, f"{exc}; skipped", "warning"))
                continue
            if store is not None:
                store.save_page(url, html, final_url=final, content_type=ctype)
        result = article_from_bytes(url, article_id(url), html.encode("utf-8"), page=True,
                                    date_override=date_override, lang=lang)
        if isinstance(result, Problem):
            problems.append(Problem(result.path, result.message, "warning"))
            continue
        article, warnings = result
        problems.extend(warnings)
        base, n = article.id, 2
        while article.id in seen:
            article.id = f"{base}_{n}"
            n += 1
        seen.add(article.id)
        articles.append(article)
    return Corpus(articles, problems)
