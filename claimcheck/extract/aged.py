"""Whose age an unnamed person's age is, by the role the article gives them: "Mecanicul locomotivei
are 50 de ani" and "condusă de mecanicul de serviciu, un bărbat cu vârsta de 49 ani" give the
train driver's age twice. A story rarely has two of one role (one driver, one pilot), but often two
men or two victims: "bărbat", "victimă", "persoană" say only that someone is a person
(rules/frames.yml `unnamed_people`), and an age given for one of those stays nobody's. Read from
the dependency parse; without it, only from the two shapes whose words say it: the clause's first
word before "are (vârsta de)", and the noun phrase before ", un bărbat cu vârsta de"."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from claimcheck.lang.frames import FrameWords
from claimcheck.lang.stems import stem
from claimcheck.read.textnorm import fold

_RANGE = re.compile(r"\d\s*[-–—]\s*\d")


def aged_role(span: Span, w: FrameWords) -> str | None:
    """The stem of the role noun an age is given for, or None: a plural ("doi muncitori, de 30 și
    40 de ani" are two people), a noun that only says "a person", a name (owners.py has those)."""
    doc = span.doc
    if sum(t.like_num for t in span) != 1 or _RANGE.search(span.text):
        return None  # (an age bracket, "categoria de vârstă 25–74 de ani", is no one's age)
    if not doc.has_annotation("DEP"):
        return _role_from_window(span, w)
    if (apposed := _role_from_window(span, w, apposed_only=True)) is not None:
        # ", un bărbat cu vârsta de 44 de ani" right after a noun phrase is read as written with
        # the parse too: the parser may hang the man on whatever noun opened the sentence
        return apposed
    tok = doc[span.end - 1].head
    if fold(tok.text) in w.age_words:
        tok = tok.head  # "(bărbat) cu vârsta de 49 de ani", "(are) vârsta de 50 ani"
    if tok.pos_ in ("VERB", "AUX") and fold(tok.lemma_) in w.age_verbs:
        # "Mecanicul locomotivei are 50 de ani": the one who has the years
        tok = next((c for c in tok.children if c.dep_.startswith("nsubj")), None)
    if tok is None:
        return None
    if _unnamed(tok, w):
        # "mecanicul de serviciu, un bărbat cu vârsta de 49 ani": the man is the driver
        tok = _apposed_to(tok) or tok
    # (a role said with the definite article: the story's one driver; "un operator în vârstă de
    # 27 de ani", "al doilea angajat" are one of several)
    if tok.pos_ != "NOUN" or _unnamed(tok, w) or "Plur" in tok.morph.get("Number") \
            or "Def" not in tok.morph.get("Definite") \
            or any(c.pos_ == "PROPN" and c.dep_ in ("flat", "appos") for c in tok.children):
        return None
    return stem(tok.text)


def _role_from_window(span: Span, w: FrameWords, apposed_only: bool = False) -> str | None:
    """Without a parse, the same readings from the words as written: the sentence's first noun
    before "are vârsta de 50 ani", or the noun phrase a ", un bărbat cu vârsta de 49 ani" is set
    beside; a role in the singular with its article ("mecanicul", "șoferul")."""
    doc, start = span.doc, span.sent.start
    k = span.start - 1
    while k > start and (fold(doc[k].text) in w.age_links or fold(doc[k].text) in w.age_words):
        k -= 1
    tok = doc[k]
    if apposed_only and not _unnamed(tok, w):
        return None
    if fold(tok.text) in w.age_verb_forms:
        # the first word of the clause "are" stands in: "Mecanicul de locomotivă implicat în acest
        # accident are vârsta de 50 ani", "Compania a transmis că mecanicul locomotivei are 52 de ani"
        opened = max((t.i for t in doc[start:k] if fold(t.text) in w.clause_openers), default=start - 1) + 1
        if k - opened > 8 or any(t.text in (",", ";", ":") for t in doc[opened:k]):
            return None
        tok = doc[opened]
    elif _unnamed(tok, w):
        # ", un bărbat cu vârsta de 49 ani": the noun phrase before the comma, past its "de …"
        if k - start < 3 or fold(doc[k - 1].text) not in w.indefinite_articles or doc[k - 2].text != ",":
            return None
        j = k - 3
        while j - 2 >= start and fold(doc[j - 1].text) == w.of_link and doc[j].is_lower \
                and not fold(doc[j].text).endswith(w.definite_singular_endings):
            j -= 2  # ("mecanicul de serviciu": a complement without the article, to the head)
        tok = doc[j]
    key = fold(tok.text)
    if not tok.is_alpha or _unnamed(tok, w) or key in w.function_words \
            or not key.endswith(w.definite_singular_endings) or (tok.text[:1].isupper() and not tok.is_sent_start):
        return None
    return stem(tok.text)


def _unnamed(tok: Token, w: FrameWords) -> bool:
    return stem(tok.text) in w.unnamed_people


def _apposed_to(tok: Token) -> Token | None:
    """The noun another is set beside by a comma alone, or None. The parse tags it `appos`, or
    `conj` with no conjunction of its own ("mecanicul de serviciu, un bărbat …"; not "o femeie …
    și un bărbat"); as often it hangs the man on the verb, so ", un bărbat" right after a noun
    phrase is read as what it says: that phrase's head, past its "de …" complements."""
    head = tok.head
    if head is not tok and head.pos_ == "NOUN" and head.i < tok.i and (
            tok.dep_ == "appos" or (tok.dep_ == "conj" and not any(c.dep_ == "cc" for c in tok.children)
                                    and any(t.text == "," for t in tok.doc[head.i:tok.i]))):
        return head
    doc, k = tok.doc, tok.i
    if k < 3 or doc[k - 1].pos_ != "DET" or doc[k - 2].text != ",":
        return None
    before = doc[k - 3]
    while before.dep_ == "nmod" and before.head.i < before.i and before.head.pos_ == "NOUN":
        before = before.head
    return before if before.pos_ == "NOUN" else None
