"""Reading articles from disk: files and folders in, `Article`s and a list of problems out.

Bad input never raises: each bad file becomes one `Problem` naming the file and the reason,
and the other files are still read. The CLI decides how loud a problem is.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from claimcheck.read import webpage
from claimcheck.model import Article, Problem
from claimcheck.lang.rules import Lang, lang_for
from claimcheck.read.textnorm import fold, normalize

SUFFIXES = (".txt", ".md", ".html", ".htm")  # pages are read by claimcheck/read/webpage.py
DEFAULT_MAX_BYTES = 5_000_000  # a news article is tens of KB; more is a dump, not an article


@dataclass(slots=True)
class Corpus:
    articles: list[Article]
    problems: list[Problem]

    @property
    def has_errors(self) -> bool:
        return any(p.level == "error" for p in self.problems)


def discover(paths: list[str | Path], exclude: tuple[str, ...] = ()) -> tuple[list[tuple[Path, bool]], list[Problem]]:
    """Expand folders (recursively, sorted) into files. Returns (path, named_explicitly) pairs."""
    found: list[tuple[Path, bool]] = []
    problems: list[Problem] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.suffix.lower() in SUFFIXES and f.is_file()
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            files = [f for f in files if not any(f.match(g) for g in exclude)]
            if not files:
                problems.append(Problem(str(p), "folder holds no .txt, .md or .html articles", "error"))
            found.extend((f, False) for f in files)
        elif p.exists():
            found.append((p, True))
        else:
            problems.append(Problem(str(p), "no such file or folder", "error"))
    return found, problems


def read_corpus(paths: list[str | Path], *, date_override: date | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES, exclude: tuple[str, ...] = (),
                lang: Lang | None = None) -> Corpus:
    files, problems = discover(paths, exclude)
    articles: list[Article] = []
    seen_ids: dict[str, Path] = {}
    for path, explicit in files:
        result = read_article(path, date_override=date_override, max_bytes=max_bytes, lang=lang)
        if isinstance(result, Problem):
            # A file found by walking a folder is skipped with a warning; a file the user named
            # explicitly and cannot be read is an error.
            problems.append(Problem(result.path, result.message,
                                    "error" if explicit and result.level == "error" else "warning"))
            continue
        article, warnings = result
        problems.extend(warnings)
        if article.id in seen_ids:
            # Ids are file stems; two folders may hold the same stem, so keep both apart.
            article.id = f"{path.parent.name}/{article.id}"
        seen_ids[article.id] = path
        articles.append(article)
    return Corpus(articles, problems)


class NotRegular(OSError):
    """A device, FIFO or socket: reading it could block or never end."""


class TooLarge(OSError):
    def __init__(self, size: int):
        super().__init__(f"larger than {size:,} bytes")
        self.size = size


def read_regular(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most `max_bytes`. A FIFO, a device (/dev/zero) or a
    socket is refused before it is opened, and never more than max_bytes + 1 bytes are read (a
    file that grows while it is read is still bounded)."""
    st = os.stat(path)
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(21, "Is a directory", str(path))
    if not stat.S_ISREG(st.st_mode):
        kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(st.st_mode) else "a device" if stat.S_ISCHR(st.st_mode)
                or stat.S_ISBLK(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) else "not a regular file")
        raise NotRegular(f"is {kind}, not a regular file")
    if st.st_size > max_bytes:
        raise TooLarge(st.st_size)
    # O_NONBLOCK: if the path was swapped for a FIFO since the stat, opening it does not hang.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegular("is not a regular file")
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLarge(len(data))
    return data


def read_article(path: Path, *, date_override: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 lang: Lang | None = None) -> tuple[Article, list[Problem]] | Problem:
    name = str(path)
    try:
        data = read_regular(path, max_bytes)
    except NotRegular as exc:
        return Problem(name, str(exc))
    except TooLarge as exc:
        return Problem(name, f"too large ({exc.size:,} bytes; the limit is {max_bytes:,}, see --max-bytes)")
    except FileNotFoundError:
        return Problem(name, "no such file")
    except IsADirectoryError:
        return Problem(name, "is a folder, not a file")
    except PermissionError:
        return Problem(name, "permission denied")
    except OSError as exc:
        return Problem(name, f"cannot be read ({exc.strerror or exc})")
    return article_from_bytes(name, path.stem, data, page=path.suffix.lower() in webpage.SUFFIXES,
                              date_override=date_override, lang=lang)


def article_from_bytes(name: str, article_id: str, data: bytes, *, page: bool, date_override: date | None = None,
                       lang: Lang | None = None) -> tuple[Article, list[Problem]] | Problem:
    """An article from a file's bytes (`page`: a web page, read by claimcheck/read/webpage.py); `name`
    is the file's path or the page's address, kept as the article's path."""
    if not data.strip():
        return Problem(name, "empty file")
    if b"\x00" in data[:8192]:
        return Problem(name, "binary file (NUL bytes), not a text article")
    try:
        raw = data.decode("utf-8-sig")  # a BOM is not text: offsets count from after it, as editors do
    except UnicodeDecodeError as exc:
        return Problem(name, f"not UTF-8 (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                             "convert it, e.g. iconv -f ISO-8859-2 -t UTF-8")
    if page:
        found = webpage.read_page(raw)
        if found is None:
            return Problem(name, "no article body found in the page; skipped", "warning")
        raw = found.as_text()
    text, offsets = normalize(raw)
    warnings: list[Problem] = []
    if not looks_romanian(text, lang):
        return Problem(name, "does not look like Romanian text (too few Romanian function words); skipped",
                       "warning")
    header = parse_header(text, lang)
    if header.date is None and date_override is None:
        warnings.append(Problem(name, "no date line; relative dates (anul trecut, miercuri) stay unresolved",
                                "warning"))
    article = Article(
        id=article_id,
        path=name,
        text=text,
        offsets=offsets,
        date=date_override or header.date,
        title=header.title,
        body_start=header.body_start,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    return article, warnings


@dataclass(slots=True)
class Header:
    date: date | None
    title: str | None
    body_start: int


_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def parse_header(text: str, lang: Lang | None = None) -> Header:
    """The article's date and title from Markdown front matter or its first line."""
    from claimcheck.read.headers import header_date

    fm = _FRONT_MATTER.match(text)
    if fm:
        try:
            meta = yaml.safe_load(fm.group(1)) or {}
        except yaml.YAMLError:
            meta = {}
        if isinstance(meta, dict):
            d = meta.get("date")
            if isinstance(d, str):
                parsed = header_date(d, lang)
                d = parsed[0] if parsed else None
            elif not isinstance(d, date):
                d = None
            title = meta.get("title")
            return Header(d, str(title) if title else None, fm.end())
    # The first non-blank line.
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    line = text[start:end]
    parsed = header_date(line, lang)
    if parsed is None:
        return Header(None, None, 0)
    d, consumed = parsed
    title = line[consumed:].strip() or None
    # When the title continues the header line (the seeds do this), the body starts with it:
    # it carries claims too.
    body_start = start + consumed if title else end
    return Header(d, title, body_start)


def looks_romanian(text: str, lang: Lang | None = None) -> bool:
    """A cheap language check: Romanian function words make up a good share of any Romanian
    prose. Short texts get the benefit of the doubt."""
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if len(words) < 25:
        return True
    language = lang_for(lang).load("language")
    stop = set(language["function_words"])
    hits = sum(1 for w in words if fold(w) in stop)
    return hits / len(words) >= float(language.get("min_share", 0.08))
