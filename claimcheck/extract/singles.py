"""A toll of one said with the article-like "un"/"o": "Un miner a fost găsit mort", "O femeie a
murit". The number grammar anchors "un"/"o" only before a unit (anchoring it before every noun
would try every "o" of a text), so these are proposed here, by a plain pattern, and read by
`quantities` after every real figure (so that they change nothing a real figure's frame reads
from the ones before it), kept only where the verb of their frame tells a toll (rules/events.yml
`tolls`): "un bărbat a declarat" counts no one. Against another outlet's "Doi mineri morți" the
one is an earlier or a wrong toll.
"""

from __future__ import annotations

import re

from claimcheck.lang.frames import FrameTables, FrameWords
from claimcheck.model import Match, Value
from claimcheck.read.textnorm import fold

_SINGLE = re.compile(r"\b([Uu]n|[Oo]|[Uu]na)\s+([^\W\d_]{3,})\b")
_WORD = re.compile(r"[^\W\d_]+")
# How far after the noun its sentence is searched for a verb of a toll (a cheap sieve: the
# frame's event decides, in `quantities`; this only spares building frames no toll can have).
SIEVE_CHARS = 160


def single_counts(text: str, start: int, matches: list[Match], w: FrameWords, t: FrameTables) -> list[Match]:
    """Counts of one at "un"/"o" + a lower-case noun, outside every figure already read, in a
    sentence with a word of a toll's class; each marked `weak` (one only if its verb says what
    befell it)."""
    taken = sorted((m.start, m.end) for m in matches)
    out: list[Match] = []
    k = 0
    for m in _SINGLE.finditer(text, start):
        noun = m.group(2)
        key = fold(noun)
        if not noun.islower() or key in w.function_words or key.startswith(w.single_skips):
            continue  # ("un alt miner", "o nouă victimă": another one, not the toll)
        if text[:m.start()].rstrip()[-1:] in (",", "(", "–", "—") and _apposition(text, m.end(), w):
            continue  # "Victima, un bărbat de 43 de ani, …": an apposition says who, not how many
        while k < len(taken) and taken[k][1] <= m.start():
            k += 1
        if k < len(taken) and taken[k][0] < m.end():
            continue
        if not _toll_word_near(text, m, t):
            continue
        out.append(Match(m.group(0), m.start(), m.end(), "count", Value(1.0, 1.0, noun.lower(), "exact"),
                         {"noun": noun.lower(), "noun_start": m.start(2), "noun_end": m.end(2), "weak": True}))
    return out


def _apposition(text: str, end: int, w: FrameWords) -> bool:
    """Whether the words after a noun set off by a comma close with another mark before any
    auxiliary: "Victima, un bărbat de 43 de ani din Hunedoara, și-a pierdut viața" (an
    apposition), not "…, un miner a fost găsit mort" (a clause of its own)."""
    rest = re.split(r"[,;.)–—]", text[end:end + 80], maxsplit=1)
    if len(rest) < 2:
        return False
    return not any(fold(x) in w.auxiliaries or fold(x) in w.participle_links for x in _WORD.findall(rest[0]))


def _toll_word_near(text: str, m: re.Match, t: FrameTables) -> bool:
    """Whether the sentence around the noun holds a word (or two, "pierdut viața") of a toll's
    event class: no other sentence can give the count the event `quantities` keeps it for."""
    lo = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    words = _WORD.findall(text[lo:m.end() + SIEVE_CHARS])
    return any((hit := t.events.match(words[i:i + 2])) is not None and hit[0] in t.tolls
               for i in range(len(words)))
