"""Figures with no noun of their own: what a bare number stands for. A number after "alte",
"dintre care" or before its own verb takes the noun said before ("iar alte 9 au fost rănite"); a
share of a noun after "dintre" ("șapte dintre pacienți"); a round amount without its currency
after one with it ("șase milioane"); a figure after a measure in its sentence, in that measure's
unit; and the figures that are none of these: a number a noun names or bounds ("nota 10",
"locul 3", "riscul de grad 4"), a participle the scanner took for a noun ("4 aflate în
autoturism"). extract/quantities.py asks."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from claimcheck.model import LOWER_BOUNDS, UPPER_BOUNDS, Match
from claimcheck.extract.frame import token_span
from claimcheck.extract.neighbours import definite_noun
from claimcheck.extract.words import ends_with as _after, next_word
from claimcheck.lang.frames import frame_words
from claimcheck.lang.rules import Lang
from claimcheck.read.textnorm import fold


def elliptic(doc: Doc, m: Match, span, lang: Lang | None) -> bool:
    """A bare number that stands for a noun said before: after "alte", "încă", "dintre care"
    ("iar alte 9 au fost rănite"), or, in the parse, the subject or object of its own verb."""
    if _after(doc.text, m.start, frame_words(lang).elliptic):
        return True
    root = span.root
    if not doc.has_annotation("DEP"):
        # without a parse, a bare number followed by an auxiliary is the subject of its own verb:
        # "– două au suferit arsuri"
        return next_word(doc.text, m.end) in frame_words(lang).subject_followers
    return root.like_num and root.dep_ in ("nsubj", "nsubj:pass", "obj") \
        and not any(c.dep_ == "nmod" for c in root.children)


_TWO_WORDS = re.compile(r"\s*(\w+)\s+(\w+)")  # the two words after a figure


def partitive_noun(text: str, m: Match, words: dict[str, frozenset[str]]) -> tuple[int, int] | None:
    """Where the noun a bare number takes a part of stands ("șapte dintre pacienți"); None after
    a pronoun or a determiner ("2.000 dintre ei": the count before says whom), for none and one,
    and for a range."""
    if m.value.qualifier == "range" or m.value.low in (0, 1):
        return None  # ("niciunul dintre", "unul dintre": no figure of the noun's)
    after = _TWO_WORDS.match(text, m.end)
    if after is None or fold(after.group(1)) not in words["partitive"]:
        return None
    noun = after.group(2)
    if not noun.isalpha() or fold(noun) in words["pronouns"] \
            or fold(noun) in words["anaphoric"]:  # ("dintre cei trei lideri": said before)
        return None
    return after.span(2)


def as_share(m: Match) -> Match:
    """A fraction ("jumătate", "două treimi") as the percentage it is, said loosely."""
    def pct(x):
        return None if x is None else round(float(x) * 100, 2)
    return replace(m, kind="percent", value=replace(m.value, low=pct(m.value.low), high=pct(m.value.high), unit="%"),
                   attrs={**m.attrs, "approx": True})


def money_ellipsis(m: Match, text: str, lang: Lang | None) -> bool:
    """A round amount without its currency after an amount with one, in the same sentence: a
    bare "șase milioane", or "25 de milioane sumă fixă" read as a count of a container noun."""
    if m.value.low is None or m.value.low < 1000 or m.value.low != m.value.high:
        return False
    if m.kind == "number":
        return any(ch.isalpha() for ch in m.text)  # a multiplier word: "șase milioane", "5 milioane"
    return m.kind == "count" and fold(m.attrs.get("noun") or "") in frame_words(lang).containers


def before_definite(doc: Doc, m: Match, lang: Lang | None) -> Match | None:
    """The bare figure of a count whose noun has the definite article ("50.000 argintul"), cut
    before that noun, or None. Only a round amount's size: a list of amounts goes on without its
    currency, a count of a few things never."""
    if m.kind != "count" or m.value.low is None or m.value.low < 1000 or m.value.low != m.value.high \
            or m.attrs.get("noun_start") is None:
        return None
    noun = token_span(doc, m.attrs["noun_start"], m.attrs["noun_end"])
    if noun is None or definite_noun(noun[0], frame_words(lang)) is None:
        return None
    end = len(doc.text[:m.attrs["noun_start"]].rstrip())
    if not doc.text[m.start:end][-1:].isdigit():
        return None  # ("50.000 de argintul" is no ellipsis, and no Romanian)
    return replace(m, end=end, text=doc.text[m.start:end],
                   attrs={k: v for k, v in m.attrs.items() if not k.startswith("noun")})


def multiple(unit: str) -> bool:
    return unit == "×"  # "de 5 ori mai multe … (2.238)": a multiple lends its unit to nothing


def measure_ellipsis(m: Match, text: str) -> bool:
    """A bare figure ending its clause after a measure in the same sentence speaks in that
    measure's unit ("0,5 metri cubi pe secundă; azi avea peste 50."). A figure followed by a
    word counts that word, and a range is a score, so both are left alone."""
    if m.kind != "number" or m.value.qualifier == "range" or m.value.low == m.value.high is None:
        return False
    rest = text[m.end:m.end + 2]
    # (a bracketed figure glosses a noun: "a sezonului precedent (2.238)")
    return rest[:1] in (".", ",", ";", "") and not rest[1:2].isdigit() and not text[:m.start].rstrip().endswith("(")


def labels_noun(span, lang: Lang | None) -> bool:
    """"riscul de grad 4", "la nivelul 3": a figure right after a noun numbers or grades it; it
    does not speak in the unit of a measure before it. A parsed noun says so; without a parse,
    a noun's definite article ending does (rules/frames.yml, label_endings)."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if span.doc.has_annotation("POS"):
        return before.pos_ in ("NOUN", "PROPN")
    key = fold(before.text)
    return before.is_alpha and key not in frame_words(lang).function_words \
        and key.endswith(frame_words(lang).label_endings)


def designated(doc: Doc, span, m: Match, lang: Lang | None) -> bool:
    """A bare figure right after the noun it names or bounds ("nota 10", "locul 3", "note mai
    mari de 5"): a number on that noun's scale, never how many of something counted before. A
    count comes before its noun in Romanian, and a noun a number names takes the definite article;
    "iar în autoturism doi" (no article after the preposition) is two people in the car."""
    bound = m.value.qualifier in LOWER_BOUNDS + UPPER_BOUNDS
    if doc.has_annotation("DEP"):
        before = doc[span.start - 1] if span.start > 0 else None
        return before is not None and before.pos_ in ("NOUN", "PROPN") and span.root.head == before \
            and (bound or "Def" in before.morph.get("Definite"))
    w = frame_words(lang)
    words = doc.text[max(0, m.start - 40):m.start].split()
    if not words:
        return False
    word, key = words[-1], fold(words[-1])
    # (without a tagger: the article as written, "nota", "locul"; "notă" has none)
    return word.isalpha() and word[:1].islower() and key not in w.function_words \
        and key not in w.window_stops and key not in w.auxiliaries and not key.endswith(w.participle_endings) \
        and (bound or word.endswith(w.definite_singular_endings))


def participle_at(doc: Doc, i: int, end: int) -> bool:
    """With the parse: the word from token `i` on, right at `end` ("4 aflate", "7 încarcerate"), is
    a verb's participle, which says what befell what the figure counts, never names it."""
    if not doc.has_annotation("POS"):
        return False
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc) or doc[i].idx - end > 1:
        return False
    tok = doc[i]
    # (and a complement after it, "aflate în autoturism": a bare "3 decedați" names the dead)
    return tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm") and i + 1 < len(doc) and doc[i + 1].pos_ == "ADP"


def gerund_at(doc: Doc, i: int, end: int, lang: Lang | None) -> bool:
    """The word at token `i`, right at `end`, is a gerund ("70 ajungând la spital", "5 rămânând
    internați"): what those the figure counts did, never their name. From the written ending, in
    both model modes (rules/frames.yml gerund_endings)."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc) or doc[i].idx - end > 1:
        return False
    word = doc[i].text
    return word.islower() and len(word) > 4 and fold(word).endswith(frame_words(lang).gerund_endings)


def participle_for_noun(doc: Doc, m: Match, lang: Lang | None = None) -> Match | None:
    """`m` as a bare number when the scanner took a participle or a gerund right after it for its
    noun."""
    ns = m.attrs.get("noun_start")
    noun = token_span(doc, ns, m.attrs["noun_end"]) if ns is not None else None
    if noun is None:
        return None
    at = noun.start + (doc[noun.start].idx < ns)
    if not (participle_at(doc, at, ns) or gerund_at(doc, at, ns, lang)):
        return None
    end = len(doc.text[:ns].rstrip())
    if end <= m.start:
        return None
    attrs = {k: v for k, v in m.attrs.items() if k not in ("noun", "noun_start", "noun_end")}
    return replace(m, text=doc.text[m.start:end], end=end, kind="number", value=replace(m.value, unit=None), attrs=attrs)
