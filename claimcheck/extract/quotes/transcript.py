"""Quotes written as a transcript: a paragraph that opens with who speaks, then a colon.

TV news sites print interviews this way, with no quotation marks:

    Dragoș Ionescu, responsabil fond cinegetic Direcția Silvică Argeș: Sunt 3-4 poze …
    Dragoș Onea Salvamont Argeș: Ursoaica ne-a urmărit tot timpul …

The speaker is the first two or three capitalised words (a name), optionally followed by a title
before the colon; labels that open a line the same way ("Foto:", "Sursa:", "Update luni, ora
9:25:") are listed in rules/speech.yml (`transcript_labels`) and never speak.

Sites also print a statement as a paragraph signed by a line with the speaker's name alone:

    Este un gol aparte, e cea mai fericită zi din viața mea! …
    Virgil Ghiță

Such a paragraph is a quote of that name when it speaks in the first person (`first_person`) and
the article names the person elsewhere too (an author's byline is named nowhere else).
"""

from __future__ import annotations

import re

from claimcheck.extract.quotes.lexicon import LETTERS, speaks_of_self, speech_lexicon
from claimcheck.extract.quotes.marks import ALL_MARKS
from claimcheck.extract.quotes.names import CAP_WORD
from claimcheck.extract.quotes.segments import is_filler
from claimcheck.lang.rules import Lang, compiled
from claimcheck.read.textnorm import fold

# A paragraph whose opening, up to its first colon, is who speaks; the words said follow.
_LINE = re.compile(r"(?m)^(?P<head>[^\n:]{3,130}): (?P<said>\S[^\n]+)$")
MAX_TITLE = 90  # characters of title after the name ("responsabil fond cinegetic Direcția Silvică Argeș")
MIN_WORDS = 5  # fewer words after the colon are a caption or a heading, not a statement
# (words of letters: "PSV - Girona, marți, 19:45, DGS 1" is a TV schedule's line of four; and a
# statement is prose, a sentence, not "Real Madrid - Milan, marți, 22:00, DGS 1")


@compiled
def _labels(lang: Lang) -> frozenset[str]:
    return frozenset(fold(w) for w in lang.load("speech").get("transcript_labels", []))


_PARAGRAPH = re.compile(r"[^\n]+")


def signed_paragraphs(text: str, lang: Lang | None = None) -> list[tuple[str, int, int]]:
    """(speaker's name, start, end of the words said) for each paragraph signed by a name line."""
    labels, speech = _labels(lang), speech_lexicon(lang)
    paras = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    out = []
    for (ps, pe), (ns, ne) in zip(paras, paras[1:]):
        name = text[ns:ne].strip()
        split = _name(name)
        if split is None or split[1].strip() or any(fold(w) in labels for w in name.split()):
            continue
        said = text[ps:pe]
        words = LETTERS.findall(said)
        if (len(words) < MIN_WORDS or any(c in ALL_MARKS for c in said) or not speaks_of_self(said, speech)
                or text.count(name) < 2):
            continue
        out.append((name, ps + len(said) - len(said.lstrip()), ps + len(said.rstrip())))
    return out


def transcript_lines(text: str, lang: Lang | None = None) -> list[tuple[str, int, int]]:
    """(speaker's name, start, end of the words said) for each transcript paragraph of `text`."""
    labels = _labels(lang)
    out = []
    for m in _LINE.finditer(text):
        head = m.group("head")
        # (a headline may set the speaker after its first sentence: "Culturile agricole, mari
        # probleme din cauza secetei. Petre Daea: Suntem aproape de fermieri …")
        split = _name(head) or _name(_SENTENCE_END.split(head)[-1])
        if split is None:
            continue
        name, title = split
        said, start = m.group("said"), m.start("said")
        if said[:1].islower() and (titled := _TITLE_AFTER.match(said)) is not None \
                and said[titled.end():titled.end() + 1].isupper():
            # "Dan Cărbunaru: purtătorul de cuvânt al guvernului - Își pot anunța prezența …": who
            # the speaker is, after the colon, then the words said
            said, start = said[titled.end():], start + titled.end()
        if (any(fold(w) in labels for w in re.findall(r"\w+", head)) or "|" in head
                or len(LETTERS.findall(said)) < MIN_WORDS or said[0].islower() or is_filler(said)):
            # (speech opens a sentence; a lower-case word after the colon is an item of a list:
            # "Rețele Electrice: creștere cu 7,91%, de la 294,08 lei/MWh la 317,39 lei/MWh.")
            continue
        words = name.split()
        if len(words) == 3 and not title.startswith(","):
            name = " ".join(words[:2])  # "Dragoș Onea Salvamont Argeș:": a name, then who they are
        out.append((name, start, m.end("said")))
    return out


_SENTENCE_END = re.compile(r"[.!?] ")
# A title in lower case after the colon, then a dash and the words said, opening in a capital.
_TITLE_AFTER = re.compile(r"[^\W\d_][^.!?\n„”\"]{2,90}? [-–—] (?=[^\W\d_])")


def _name(head: str) -> tuple[str, str] | None:
    """(name, title) when `head` opens with two or three capitalised words (not acronyms) and
    what follows them is a short title: no sentence end, no quotation mark."""
    end, n = 0, 0
    for w in CAP_WORD.finditer(head):
        word = w.group()
        if n == 3 or w.start() != (end + 1 if n else 0) or not (word[0].isupper() and not word.isupper()):
            break
        end, n = w.end(), n + 1
    title = head[end:]
    if n < 2 or len(title) > MAX_TITLE or (title and title[0] not in " ,") or any(ch in title for ch in ".„”\""):
        return None
    return head[:end], title
