"""A cache of the compiled regular expressions that the number and date rules are built into.

The number grammar's anchor is one alternation of every number word, qualifier and unit in
`rules/` (about 30,000 characters); Python's `re` parses and compiles such a pattern in pure
Python, which costs more than half a second on every start. What `re` hands to its C engine at
the end is a list of integers (the SRE code), so that list is what is cached: as JSON, keyed by
the SHA-256 of the pattern's text and flags (the content: a change to the rules changes the
pattern, hence the key), in a file named after the Python version and the SRE format
(`_sre.MAGIC`), which are the only other things the code depends on. No pickle: reading the
cache runs no code, and the C engine validates the SRE code it is given (a damaged entry is an
error there, and falls back to compiling the pattern).

Where: next to the rules in use (`<rules>/.cache/`) when that folder is writable, else in the
user's cache folder (`$XDG_CACHE_HOME/claimcheck`, `~/.cache/claimcheck`).
`CLAIMCHECK_RULE_CACHE=off` turns the cache off; `CLAIMCHECK_RULE_CACHE=DIR` puts it in DIR.
Anything that goes wrong (a read-only disk, a damaged file, another Python) only means the
pattern is compiled as before.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tempfile
from pathlib import Path

MAX_ENTRIES = 256  # a file keeps the most recent patterns; rules edited many times do not grow it forever

_memory: dict[str, dict[str, list]] = {}  # cache file -> its entries, read once per process


def _sre_tag() -> str | None:
    try:
        import _sre
    except ImportError:  # pragma: no cover - another Python implementation
        return None
    if sys.implementation.name != "cpython":  # pragma: no cover
        return None
    return f"cp{sys.version_info[0]}{sys.version_info[1]}-sre{_sre.MAGIC}"


def cache_dir(folder: Path | str | None) -> Path | None:
    setting = os.environ.get("CLAIMCHECK_RULE_CACHE", "")
    if setting.lower() in ("off", "0", "no", "false"):
        return None
    if setting:
        return Path(setting)
    if folder is None:
        from claimcheck.lang.rules import default_rules_dir

        folder = default_rules_dir()
    base = Path(folder)
    if base.is_dir() and os.access(base, os.W_OK):
        return base / ".cache"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "claimcheck"


def _key(pattern: str, flags: int) -> str:
    return hashlib.sha256(f"{int(flags)}\0{pattern}".encode("utf-8", "surrogatepass")).hexdigest()


def _read(path: Path) -> dict[str, list]:
    if str(path) not in _memory:
        _memory[str(path)] = _read_disk(path)
    return _memory[str(path)]


def _write(path: Path, entries: dict[str, list]) -> None:
    """Atomically (a temporary file renamed over it): a reader never sees half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if len(entries) > MAX_ENTRIES:
            for k in list(entries)[:len(entries) - MAX_ENTRIES]:
                del entries[k]
        fd, tmp = tempfile.mkstemp(prefix=".regex-", suffix=".tmp", dir=path.parent)
        try:
            os.chmod(tmp, 0o644)  # the rules may be shared: so is their cache (it holds no secret)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"format": 1, "entries": entries}, fh, separators=(",", ":"))
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError:
        pass  # a read-only place: the next start compiles again


def _from_code(pattern: str, entry: list) -> re.Pattern[str]:
    import _sre

    flags, code, groups, groupindex, indexgroup = entry
    if not (isinstance(code, list) and all(type(x) is int for x in code)):
        raise ValueError("not SRE code")
    return _sre.compile(pattern, int(flags), code, int(groups), dict(groupindex), tuple(indexgroup))


def _to_code(pattern: str, flags: int) -> tuple[re.Pattern[str], list]:
    """What `re._compiler.compile` does, keeping the code it passes to the engine."""
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    entry = [int(flags | p.state.flags), list(code), p.state.groups - 1, groupindex, indexgroup]
    return _sre.compile(pattern, entry[0], code, entry[2], groupindex, tuple(indexgroup)), entry


def compile(pattern: str, flags: int = 0, *, folder: Path | str | None = None) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, served from the cache when this pattern was compiled before."""
    tag = _sre_tag()
    where = cache_dir(folder) if tag else None
    if where is None:
        return re.compile(pattern, flags)
    path = where / f"regex-{tag}.json"
    key = _key(pattern, int(flags))
    entries = _read(path)
    entry = entries.get(key)
    if entry is not None:
        try:
            return _from_code(pattern, entry)
        except Exception:  # damaged or foreign: compile it again and replace the entry
            entries.pop(key, None)
    try:
        compiled, entry = _to_code(pattern, int(flags))
    except re.error:
        raise
    except Exception:  # another `re` inside: no cache
        return re.compile(pattern, flags)
    # Merge with what another process may have written since this one read the file.
    fresh = dict(_read_disk(path))
    fresh.update(entries)
    fresh[key] = entry
    _memory[str(path)] = fresh
    _write(path, fresh)
    return compiled


def _read_disk(path: Path) -> dict[str, list]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data["entries"] if isinstance(data, dict) and isinstance(data.get("entries"), dict) else {}
    except (OSError, ValueError, UnicodeDecodeError):
        return {}
