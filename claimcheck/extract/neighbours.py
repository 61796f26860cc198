"""What names a figure that has no counted noun, read from the words right beside it: "5 ani
de închisoare", "o întârziere de 140 de minute", "Trenul a întârziat peste trei ore", "Finala a
durat 56 de minute", "100.000 de euro aurul", "doi metri înălțime". extract/frames.py asks, by
the figure's kind; what the clause's noun phrase measures is extract/measured.py's."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimcheck.extract.measured import dated_chars
from claimcheck.lang.frames import FrameWords
from claimcheck.read.textnorm import fold


def noun_after(span: Span, w: FrameWords) -> Token | None:
    """"5 ani de închisoare", "10 minute de întârziere": the noun after "de" says what a span of
    time is (not "de la", a start; not a time unit, "2 ani de zile")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or fold(doc[span.end].text) != w.of_link:
        return None
    return plain_noun(doc[span.end + 1], w, w.time_units)


def noun_named_by(span: Span, w: FrameWords) -> Token | None:
    """"șase milioane ca bonusuri", "alte 5 milioane din bonusuri": a noun after "ca", "drept" or
    "din" right after an amount says what the amount is (rules/frames.yml money_named_by); so
    does a noun with the definite article right after it ("100.000 de euro aurul", what the gold
    medal brings), which no count or complement takes."""
    doc = span.doc
    if span.end < len(doc) and (named := definite_noun(doc[span.end], w)) is not None:
        return named
    if span.end + 1 >= len(doc) or fold(doc[span.end].text) not in w.money_named_by \
            or doc[span.end + 1].text[:1].isupper() or doc[span.end + 1].idx in dated_chars(doc):
        return None  # ("cu 600 de lei din ianuarie": when, not what)
    return plain_noun(doc[span.end + 1], w, w.window_stops | w.money_named_by_not)


def noun_before(span: Span, w: FrameWords) -> Token | None:
    """"o întârziere de 140 de minute", "o pauză de zece zile": a noun and "de" right before
    a span of time say what took it (not "timp de două ore", rules/frames.yml empty_span_nouns)."""
    doc = span.doc
    if span.start < 2 or fold(doc[span.start - 1].text) != w.of_link:
        return None
    if fold(doc[span.end - 1].text) in w.age_units:
        return None  # ("un bărbat de 35 de ani": a noun before years is far more often an age)
    tok = doc[span.start - 2]
    if fold(tok.text) in w.empty_span_nouns or fold(tok.text) in w.containers:
        return None
    return plain_noun(tok, w, w.time_units)


def verb_right_before(span: Span, w: FrameWords) -> Token | None:
    """"Trenul a întârziat peste trei ore", "au așteptat două ore": a verb after its auxiliary,
    right before a span of time (`span`: the figure with its qualifier), names what took it, as
    "o întârziere de 140 de minute" does with a noun. Not the verbs that only say a span passed
    or lasted (rules/frames.yml span_verbs: "a durat două ore" is named by its subject), and not
    years (an age or a term far more often)."""
    doc = span.doc
    if span.start < 2 or fold(doc[span.end - 1].text) in w.age_units:
        return None
    start = span.start
    opener = next((len(o) for o in w.span_openers
                   if start > len(o) and tuple(fold(t.text) for t in doc[start - len(o):start]) == o), 0)
    if opener:
        # "blocați în subteran timp de 11 ore": past "timp de" and a place said between
        start -= opener
        if start >= 4 and fold(doc[start - 2].text) in w.place_prepositions and doc[start - 1].is_lower:
            start -= 2
    if start < 2:
        return None
    verb, aux = doc[start - 1], fold(doc[start - 2].text.rstrip("-"))
    key = fold(verb.text)
    if not verb.is_alpha or verb.text[:1].isupper() or key in w.function_words or key in w.window_stops \
            or key.startswith(w.span_verbs) or (doc.has_annotation("POS") and verb.pos_ not in ("VERB", "ADJ")):
        return None
    if doc.has_annotation("POS") and verb.pos_ == "ADJ" and aux not in w.participle_links:
        return None  # (a participle the tagger calls an adjective, only after "au rămas", "au fost")
    return verb if aux in w.auxiliaries or aux in w.reflexives or aux in w.participle_links else None


LASTING_REACH = 2  # words between "a durat" and its span ("a durat doar aproximativ 56 de minute")


def what_lasted(span: Span, verb: Token | None, w: FrameWords) -> Token | None:
    """"Finala turneului a durat doar 56 de minute": the common noun that is the subject of the
    verb of lasting before the span (`span`: the figure with its qualifier). With a parse, the
    verb's subject; without, the noun that opens the clause the verb ends, right before its
    auxiliary ("Ședința de ieri a durat"), when no comma or other verb stands between. A relative
    subject stands for the noun before it ("o finală care a durat")."""
    doc = span.doc
    if verb is not None and doc.has_annotation("DEP"):
        subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
        if subject is not None and fold(subject.text) in w.relative_pronouns and verb.dep_.startswith("acl"):
            subject = verb.head  # "o finală care a durat doar 55 de minute": the noun "care" stands for
        if subject is None or subject.ent_type_ in ("PERSON", "ORG", "GPE"):
            return None
        return plain_noun(subject, w, w.window_stops | w.time_units)
    k = span.start - 1
    while k >= span.sent.start and not w.lasts(doc[k].text):
        if not doc[k].is_alpha or span.start - k > LASTING_REACH:
            return None
        k -= 1
    if k - 1 < span.sent.start or fold(doc[k - 1].text) not in w.auxiliaries:
        return None
    start = k - 1
    while start > span.sent.start and doc[start - 1].text not in ",;:" \
            and fold(doc[start - 1].text) not in w.clause_openers and fold(doc[start - 1].text) not in w.auxiliaries:
        start -= 1
    if start - 2 >= span.sent.start and fold(doc[start - 1].text) in w.relative_pronouns:
        start -= 2  # ("o finală care a durat": the noun before "care")
        while start - 2 >= span.sent.start and fold(doc[start - 1].text) == w.of_link:
            start -= 2  # (past its complement: "o ceremonie de premiere care")
    first = doc[start]
    if start > span.sent.start and not first.is_lower:
        return None  # (a name, not the noun of a clause that opens after a comma)
    return plain_noun(first, w, w.window_stops | w.time_units | w.function_words)


def noun_right_after(span: Span, w: FrameWords) -> Token | None:
    """"la peste 1.400 de metri altitudine", "doi metri înălțime": a noun right after a measure's
    unit says what it measures."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text[:1].isupper():
        return None
    return plain_noun(doc[span.end], w, w.window_stops)


def noun_with(span: Span, w: FrameWords) -> Token | None:
    """"54.129 hectare cu floarea soarelui": a common noun after "cu" right after a measure says
    what it is an amount of (rules/frames.yml measure_content_links)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or fold(doc[span.end].text) not in w.measure_content_links \
            or not doc[span.end + 1].is_lower:
        return None
    return plain_noun(doc[span.end + 1], w, w.window_stops | w.time_units)


def definite_noun(tok: Token, w: FrameWords) -> Token | None:
    """`tok` if it is a lower-case common noun with the definite article: the parse's
    `Definite=Def`, else the article as written (grammar.yml definite_singular_endings; "aurul",
    "medalia"). Not a time unit ("50 de lei ora" is a price per hour) nor a container."""
    if not tok.text[:1].islower() or plain_noun(tok, w, w.window_stops | w.time_units | w.containers) is None:
        return None
    if tok.doc.has_annotation("MORPH"):
        return tok if "Def" in tok.morph.get("Definite") else None
    return tok if tok.text.endswith(w.definite_singular_endings) else None


def plain_noun(tok: Token, w: FrameWords, stops: frozenset[str]) -> Token | None:
    """`tok` if it may be a common noun: a word, no function word nor one of `stops`, and a NOUN
    where the model tags."""
    key = fold(tok.text)
    if not tok.is_alpha or key in w.function_words or key in stops:
        return None
    if tok.doc.has_annotation("POS") and tok.pos_ != "NOUN":
        return None
    return tok
