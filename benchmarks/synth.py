"""Synthetic corpora for benchmarks: the seed articles repeated with varied numbers and names,
so that the text stays real Romanian news prose while no two articles are identical."""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])|(?<![\d.,])\d{2,3}(?![\d.,-])")
_NAMES = ["Putin", "Kim", "Xi", "Zelenski", "Trump"]
_OTHER = ["Popescu", "Ionescu", "Georgescu", "Dumitrescu", "Stan", "Marin", "Tudor", "Preda"]


def vary(text: str, rng: random.Random) -> str:
    def number(m: re.Match) -> str:
        raw = m.group(0)
        digits = int(raw.replace(".", ""))
        if 1900 <= digits <= 2100 and "." not in raw:
            return raw  # years stay years, so that dates keep resolving
        new = max(1, int(digits * rng.uniform(0.5, 1.5)))
        return f"{new:,}".replace(",", ".") if "." in raw else str(new)

    text = _NUMBER.sub(number, text)
    if rng.random() < 0.5:
        name = rng.choice(_NAMES)
        text = re.sub(rf"\b{name}\b", rng.choice(_OTHER), text)
    return text


def texts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    originals = [p.read_text(encoding="utf-8") for p in SEEDS]
    return [vary(originals[i % len(originals)], rng) for i in range(n)]


def write_corpus(folder: Path, n: int, seed: int = 7) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(texts(n, seed)):
        p = folder / f"a{i:05d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths
