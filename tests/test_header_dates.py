"""`header_date`: the article's date at the start of its first line, and where the title begins."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck.read.headers import header_date
from claimcheck.read.textnorm import normalize

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.mark.parametrize("line, day, rest", [
    (" date 2025-09-03 Ping pong de interese", "2025-09-03", "Ping pong de interese"),
    ("date: 2025-09-03", "2025-09-03", ""),
    ("Data: 17.06.2024", "2024-06-17", ""),
    ("June 17, 2024", "2024-06-17", ""),
    ("17 iunie 2024", "2024-06-17", ""),
    ("17.06.2024", "2024-06-17", ""),
    ("17/06/2024 Titlu", "2024-06-17", "Titlu"),
    ("2024-06-17", "2024-06-17", ""),
    ("17 June 2024", "2024-06-17", ""),
    ("Marți, 17 iunie 2024", "2024-06-17", ""),
    ("Marti, 17 iunie 2024 - Putin vine la Phenian", "2024-06-17", "Putin vine la Phenian"),
    ("Monday, June 17, 2024 | Știri", "2024-06-17", "Știri"),
    ("2024-06-17T10:30:00+03:00 Titlu", "2024-06-17", "Titlu"),
    ("17 iunie 2024, 14:35 | Externe", "2024-06-17", "Externe"),
    ("1 mai 2024", "2024-05-01", ""),
])
def test_header_lines(line, day, rest):
    parsed = header_date(line)
    assert parsed is not None, line
    d, offset = parsed
    assert d == date.fromisoformat(day)
    assert line[offset:] == rest


@pytest.mark.parametrize("line", [
    "La 13 septembrie 2023, președintele rus Vladimir Putin",  # body text that contains a date
    "Președintele rus Vladimir Putin l-a invitat pe Kim",
    "2024 a fost un an greu",
    "17 iunie",  # no year
    "31.02.2024",  # no such day
    "Anul trecut, Rusia și Coreea de Nord au semnat un acord",
    "",
])
def test_not_header_lines(line):
    assert header_date(line) is None


@pytest.mark.parametrize("stem, day, title_start", [
    ("000_8f3d4b1b307b8117", "2025-09-03", "Ping pong de interese"),
    ("001_39643bb24b2764dc", "2025-09-03", "„Relațiile dintre țările noastre"),
    ("002_39816f37140de1bd", "2025-09-03", "Coreea de Nord a devenit"),
    ("003_5da7c51a3953eaad", "2025-09-03", "Președintele rus Vladimir Putin"),
    ("004_721f38e0835637b1", "2024-06-17", ""),
])
def test_seed_headers(stem, day, title_start):
    text, _ = normalize((SEEDS / f"{stem}.txt").read_text(encoding="utf-8"))
    line = text.split("\n", 1)[0]
    d, offset = header_date(line)
    assert d == date.fromisoformat(day)
    assert line[offset:].startswith(title_start) and (title_start or line[offset:] == "")
