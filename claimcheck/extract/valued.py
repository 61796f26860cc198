"""The noun phrase a count is the value of, when it is not the counted noun.

"Populația feminină a fost de 9.752.600 persoane" counts persons, as does "populația României a
fost de 19.036.031 persoane": the noun ("persoane") is the unit, and what the figure is the value
of is the copula's subject, with what narrows it ("feminină", "din mediul urban"). Two such
figures are one fact only when they are the value of one thing (reconcile.matching). Read from
the parse; without one, nothing is said (and nothing is vetoed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.lang.stems import stem, stems_meet
from claimcheck.read.textnorm import fold

if TYPE_CHECKING:  # (reconcile.matching reads value_relation: `check` of a stored article loads no spaCy)
    from spacy.tokens import Span, Token

    from claimcheck.lang.frames import FrameWords

# dependency relations of a clause hung on another one's verb, whose subject it shares
# ("a scăzut cu 1,3%, ajungând la 9.768.000 persoane"; "…, fiind de 9.777.000 persoane")
_SHARED_SUBJECT = ("advcl", "conj", "xcomp")


def _subject(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_.startswith("nsubj")), None)


def _case(tok: Token) -> str:
    return next((fold(c.text) for c in tok.children if c.dep_ == "case"), "")


def _reaches(verb: Token, w: FrameWords) -> bool:
    """A verb that gives its subject's level ("ajunge la", "totalizează"), not one done to the counted."""
    return fold(verb.lemma_ or verb.text) in w.copulas or fold(verb.text).startswith(w.measure_verbs)


def value_of(noun: Token, w: FrameWords, dated: set[int] = frozenset()) -> list[Token]:
    """The noun phrase (head first, then what narrows it) whose value the count of `noun` is, or
    [] when the counted noun is itself what is counted. A subject inside a date (`dated`: its
    characters) says when, not whose value: "Anul acesta vor fi 300 de militari"."""
    if not noun.doc.has_annotation("DEP"):
        return []
    head = noun.head
    subj = None
    if any(c.dep_ == "cop" for c in noun.children):
        # "Populația feminină … a fost de 9.752.600 persoane"
        subj = _subject(noun) or (_subject(head) if noun.dep_ in _SHARED_SUBJECT and head != noun else None)
    elif noun.dep_ == "nmod" and head.pos_ == "NOUN" and head.i < noun.i and _case(noun) == w.of_link:
        # "o populație rezidentă de 19.036.031 de persoane"
        subj = head
    elif noun.dep_ == "obl" and head.pos_ == "VERB" and _case(noun) == w.at_link and _reaches(head, w):
        # "…, ajungând la 9.768.000 persoane": the subject of the verb that reached it
        subj = _subject(head) or (_subject(head.head) if head.dep_ in _SHARED_SUBJECT and head.head != head else None)
    if subj is None or subj.pos_ != "NOUN" or subj.idx in dated or stems_meet(stem(subj.text), stem(noun.text)) \
            or fold(subj.text) in w.count_heads or fold(subj.text) in w.containers:
        return []
    narrow = [c for c in subj.children if c.dep_ == "amod" and c.pos_ == "ADJ"]
    for c in subj.children:
        # "din mediul urban" narrows; "din județul Cluj" is where (the frame's place), a date is when
        if c.dep_ == "nmod" and c.pos_ == "NOUN" and _case(c) == w.from_link \
                and fold(c.text) not in w.place_levels and not any(g.like_num for g in c.children):
            narrow += [c, *(g for g in c.children if g.dep_ == "amod" and g.pos_ == "ADJ")]
    return [subj, *sorted(narrow, key=lambda t: t.i)]


def named_count(noun: Token, w: FrameWords) -> Token | None:
    """The noun that says what a count of people-in-general counts, from the parse: "Numărul
    șomerilor … a fost estimat la 493.700 de persoane" counts the unemployed (the count head's
    genitive), and "500.000 de români sunt șomeri" counts them too (the noun the counted are said
    to be). None when the clause names nothing else."""
    if not noun.doc.has_annotation("DEP"):
        return None
    head = noun.head
    if noun.dep_.startswith("nsubj") and head.pos_ == "NOUN" and head.i > noun.i \
            and any(c.dep_ == "cop" for c in head.children) and not any(c.dep_ == "case" for c in head.children):
        return head  # ("sunt șomeri": what they are; "sunt în stare gravă" is how they are)
    subj = None
    if any(c.dep_ == "cop" for c in noun.children):
        # (the parser may hang the copula's noun on the subject: "Numărul … a fost de N persoane")
        subj = _subject(noun) or (head if head.i < noun.i and head.pos_ == "NOUN" else None)
    elif noun.dep_ == "obl" and head.pos_ == "VERB" and _case(noun) in (w.at_link, w.of_link) and _reaches(head, w):
        subj = _subject(head)
    if subj is None or fold(subj.text) not in w.count_heads:
        return None
    return next((c for c in subj.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i > subj.i), None)


def joined_noun(noun: Token, after: list[Token], w: FrameWords, is_event=lambda word: None) -> Token | None:
    """A noun the counted one is joined to by "și"/"sau": "300 de elevi și cadre didactice" counts
    pupils and teachers together, never pupils alone. From the parse (a `conj` of the noun),
    else the word after "și" that ends the counted phrase (`after`: the words that narrow it),
    when it is no figure, verb (`is_event`) or name ("286 de elevi și 25 de profesori" are two
    counts)."""
    doc = noun.doc

    def figure(tok: Token) -> bool:  # ("zeci de rachete" is a figure too, though not like_num)
        return tok.like_num or any(n.start <= tok.idx < n.end for n in doc._.cc_numbers or [])

    if doc.has_annotation("DEP"):
        # (no figure in between: "300 de elevi și a celor 25 de cadre" are two counts)
        return next((c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > noun.i
                     and not any(figure(t) for t in doc[noun.i + 1:c.i + 1])
                     and not any(figure(g) for g in c.children)), None)
    k = (after[-1].i if after else noun.i) + 1
    if k + 1 >= len(doc) or fold(doc[k].text) not in w.joins:
        return None
    nxt = doc[k + 1]
    key = fold(nxt.text)
    if not nxt.is_alpha or nxt.text[:1].isupper() or key in w.function_words or key in w.window_stops \
            or key in w.auxiliaries or key in w.reflexives or is_event(nxt.text) or figure(nxt):
        return None
    return nxt


def gapped_subject(span: Span, w: FrameWords) -> list[Token]:
    """The noun phrase of a clause whose verb is left out: "Ministerul Muncii beneficiază de 5,516
    miliarde lei, iar Ministerul Dezvoltării … de 2,473 miliarde lei" gives the second figure to
    the second ministry, not to the first clause's subject. From the parse: after the last
    clause break ("iar") before the figure, no verb, and a noun right after the break."""
    doc = span.doc
    if not doc.has_annotation("POS"):
        return []
    sent = span.sent
    breaks = [t.i for t in doc[sent.start:span.start] if fold(t.text) in w.clause_breaks]
    if not breaks:
        return []
    between = doc[breaks[-1] + 1:span.start]
    if not len(between) or any(t.pos_ in ("VERB", "AUX") for t in between):
        return []
    words: list[Token] = []
    for t in between:
        if t.pos_ in ("NOUN", "PROPN") and len(words) < 2:
            words.append(t)
        elif words:
            break
    return words


def value_of_window(span: Span, noun: Token, w: FrameWords, dated: set[int]) -> list[Token]:
    """Without a parse: "Populația feminină [la 1 ianuarie 2025] a fost de 9.752.600 persoane"
    (across a copula and a date to the words before it), "o populație rezidentă de 19.036.031 de
    persoane" (the indefinite noun phrase right before "de")."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or fold(doc[i].text) != w.of_link:
        return []
    i -= 1
    crossed = fold(doc[i].text) in w.copulas
    if crossed:
        i -= 1
        while i >= 0 and fold(doc[i].text) in w.auxiliaries:
            i -= 1
        while i >= 0 and (doc[i].idx in dated or (fold(doc[i].text) == w.at_link and i + 1 < len(doc)
                                                  and doc[i + 1].idx in dated)):
            i -= 1  # "la 1 ianuarie 2025": when, not what
    words: list[Token] = []
    while i >= 0 and len(words) < 5:
        tok, key = doc[i], fold(doc[i].text)
        if key == w.from_link and words:
            i -= 1  # "din mediul urban" narrows
            continue
        if not words and tok.is_alpha and not tok.is_sent_start and (
                tok.text[:1].isupper() or key in w.genitive_links or key.endswith(w.genitive_endings)):
            i -= 1  # "personalul companiei Metrorex", "… al Metrorex": whose, not what
            continue
        if not tok.is_alpha or key in w.function_words or key in w.window_stops or key in w.copulas \
                or (tok.text[:1].isupper() and not tok.is_sent_start):
            break
        words.append(tok)
        i -= 1
    words.reverse()
    if not words:
        return []
    if not crossed and not (i >= 0 and fold(doc[i].text) in w.indefinite_articles):
        return []  # "a crescut de la 5": a verb before "de", not a noun phrase
    head = words[0]
    if stems_meet(stem(head.text), stem(noun.text)) or fold(head.text) in w.count_heads \
            or fold(head.text) in w.containers:
        return []
    return words


def value_relation(a: list[str], b: list[str]) -> str | None:
    """How two such phrases (stems, head first) relate: "same" (one thing, said alike), "a" or "b"
    (that one is the other narrowed by one more word: "populația feminină" of "populația", or
    "sporul natural negativ" of "sporul natural"), or None (two things)."""
    if not stems_meet(a[0], b[0]):
        return None
    only_a = [x for x in a[1:] if not any(stems_meet(x, y) for y in b[1:])]
    only_b = [y for y in b[1:] if not any(stems_meet(y, x) for x in a[1:])]
    if not only_a and not only_b:
        return "same"
    if len(only_a) + len(only_b) > 1:
        return None
    return "a" if only_a else "b"
