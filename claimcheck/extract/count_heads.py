"""A bare number that a count head came to ("Numărul deceselor a ajuns la 5", "bilanțul morților
a urcat la 5") counts the noun after the head: read from the text before the figure, or across a
long noun phrase with the parse."""

from __future__ import annotations

from claimcheck.extract.words import words as _words
from claimcheck.lang.frames import frame_words, tables
from claimcheck.lang.stems import stem
from claimcheck.read.textnorm import fold
from claimcheck.lang.rules import Lang


def count_head(text: str, sent_start: int, at: int, lang: Lang | None) -> str | None:
    """The noun after "numărul"/"bilanțul" when a bare number is what it came to: "Numărul
    deceselor a ajuns la 5" counts deaths. "" when the head names no noun of its own ("…, când
    numărul a fost de peste 27.000": the number of what the article just counted)."""
    words = [fold(x) for x in _words(text[max(sent_start, at - 80):at])]
    w = frame_words(lang)
    for k in range(len(words) - 1, -1, -1):
        if words[k] in w.count_heads and k + 1 < len(words):
            n = k + 1
            # "Numărul total al spitalelor": past a qualifier and a genitive article to the noun
            while n + 1 < len(words) and (words[n].startswith(w.weak_heads) or words[n] in w.genitive_links):
                n += 1
            if words[n] in w.copulas or words[n] in w.auxiliaries:
                return ""  # ("numărul a fost de": "a" was the auxiliary, not a genitive article)
            between = words[n + 1:]
            # only a verb and its particles between the noun and the figure ("a ajuns la")
            if len(between) <= 4 and not any(any(ch.isdigit() for ch in x) for x in between):
                return words[n]
            return None
    return None


def count_head_reading(words: list[str], counted: str, lang: Lang | None) -> tuple[str | None, list[str]]:
    """What the words after a count head's noun say (`words`: the sentence up to the figure):
    the event that happened to the counted ("persoanelor intoxicate"), and the stems of the noun
    and of the nouns "de" joins to it ("cazurilor de gripă")."""
    folded = [fold(w) for w in words]
    if counted not in folded:
        return None, [stem(counted)]
    k = folded.index(counted)
    lookup = tables(lang).events.lookup
    event = next((e for x in folded[k + 1:] if (e := lookup(x)) and e not in ("increase", "decrease")), None)
    phrase = [stem(words[k])]
    of = frame_words(lang).of_link
    while k + 2 < len(words) and folded[k + 1] == of and words[k + 2].isalpha():
        phrase.append(stem(words[k + 2]))
        k += 2
    return event, phrase


def as_lemma(sent, word: str) -> str:
    """The lemma of `word` (folded, as written in `sent`) when the model gave lemmas: "spitalelor"
    counts what "18 spitale" counts."""
    if not sent.doc.has_annotation("LEMMA"):
        return word
    tok = next((t for t in sent if fold(t.text) == word), None)
    return fold(tok.lemma_) if tok is not None and tok.lemma_ else word


def count_head_parsed(span, lang: Lang | None) -> str | None:
    """With a parse, the same reading across a long noun phrase: "Numărul total al spitalelor din
    București afectate de atac ajunge la 26" (the figure's verb has "numărul" as its subject, and
    the noun in the genitive after it is what is counted)."""
    if not span.doc.has_annotation("DEP"):
        return None
    verb = span.root.head
    # (the parser may hang the figure on a date after it, "a ajuns la 1.250 săptămâna trecută")
    for _ in range(2):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    heads = frame_words(lang).count_heads
    for subj in (c for c in verb.children if c.dep_.startswith("nsubj")):
        if fold(subj.text) in heads:
            noun = next((c for c in subj.children if c.dep_ == "nmod" and c.pos_ == "NOUN"), None)
            return fold(noun.text) if noun is not None else None
    return None
