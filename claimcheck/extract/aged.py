"""Whose age an unnamed person's age is, by the role the article gives them: "Mecanicul locomotivei
are 50 de ani" and "condusă de mecanicul de serviciu, un bărbat cu vârsta de 49 ani" give the
train driver's age twice. A story rarely has two of one role (one driver, one pilot), but often two
men or two victims: "bărbat", "victimă", "persoană" say only that someone is a person
(rules/frames.yml `unnamed_people`), and an age given for one of those stays nobody's. Read from
the dependency parse only: without it, which noun a "de 49 de ani" hangs on is a guess."""

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
    if not doc.has_annotation("DEP") or sum(t.like_num for t in span) != 1 or _RANGE.search(span.text):
        return None  # (an age bracket, "categoria de vârstă 25–74 de ani", is no one's age)
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
