"""Date claims: an event with its date ("pact semnat în 2024")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimcheck.extract import measured
from claimcheck.extract.frame import SourceOf, token_span
from claimcheck.extract.frames import build_frame, concept_for
from claimcheck.extract.parsed import governing_verb
from claimcheck.extract.windowed import perfect_participle
from claimcheck.lang.frames import frame_words
from claimcheck.lang.stems import stem, stems_meet
from claimcheck.model import Article, Claim, Match
from claimcheck.read.textnorm import fold
from claimcheck.lang.rules import Lang

_BASE_REACH = 10  # words before a date where a comparison marker makes it a base's date
_MAX_SUBJECT = 6  # words of a subject's phrase kept: enough for "Containerele cu cele 16 tone de fructe"


def _clause(span: Span, others: list[Span], lang: Lang | None) -> list[str]:
    """Stems of the content words of the date's sentence that stand nearer to it than to any other
    date of the sentence: what two outlets share when they date one happening ("autocamionul …
    punctul de trecere a frontierei Nădlac"). Other dates' words are left out, and so are the
    numbers: a month name or a year shared says nothing about what happened."""
    sent = span.sent
    others = [o for o in others if o.sent.start == sent.start and o.start != span.start]

    def dist(s: Span, i: int) -> int:
        return s.start - i if i < s.start else i - s.end + 1

    inside = {i for s in [span, *others] for i in range(s.start, s.end)}
    words = [t for t in sent if t.i not in inside and not any(dist(o, t.i) < dist(span, t.i) for o in others)]
    return measured.content_stems(words, frame_words(lang))


def _subject(span: Span, lang: Lang | None) -> list[str] | None:
    """With a parse: the stems of the subject of the verb the date hangs on, head first. A date is
    an adjunct: what happened is told by its verb and that verb's subject, wherever they stand
    ("Potrivit anchetei, pe 18 septembrie, un container … a fost descărcat": the container, not
    the inquiry the words before the date name)."""
    if not span.doc.has_annotation("DEP"):
        return None
    verb = governing_verb(span.root)
    if verb is None:
        return None
    w = frame_words(lang)
    for dep in ("nsubj", "nsubj:pass"):
        for noun in verb.children:
            if noun.dep_ == dep and noun.pos_ == "NOUN" and not (span.start <= noun.i < span.end):
                mods = [t for t in noun.subtree if t != noun and t.is_alpha and t.pos_ in ("NOUN", "ADJ", "PROPN")
                        and fold(t.text) not in w.function_words and not (span.start <= t.i < span.end)]
                return [stem(t.text) for t in [noun, *mods][:_MAX_SUBJECT]]
    return None


def _fronted(span: Span, lang: Lang | None, attributed: bool = False) -> tuple[list[str], str] | None:
    """Without a parse: a date that opens its sentence before a comma ("Pe 25 septembrie,
    autocamionul a fost oprit …") times what the clause after it tells: (the stems of its first
    noun, the verb after its first auxiliary). Past a relative clause the verb is the main one,
    past the commas around it: "La data de 23 septembrie 2024, autocamionul care a transportat …
    a sosit în …", "pe 18 septembrie, un container, ce a fost importat din Ecuador, …, a fost
    descărcat". An attribution may stand before the date (`attributed`: "Potrivit anchetei, pe
    18 septembrie, …")."""
    doc = span.doc
    w = frame_words(lang)
    led = any(not (t.is_punct or t.is_space) for t in doc[span.sent.start:span.start])
    if led and not (attributed and doc[span.start - 1].text == ","):
        return None
    k = span.end
    if k >= span.sent.end or doc[k].text != ",":
        return None
    k += 1
    if k < span.sent.end and fold(doc[k].text) in w.indefinite_articles:
        k += 1  # ("pe 18 septembrie, un container … a fost descărcat")
    noun = doc[k] if k < span.sent.end else None
    if noun is None or not noun.is_alpha or noun.like_num or noun.text[:1].isupper() \
            or fold(noun.text) in w.function_words:
        return None
    # (the relative pronoun right after the noun, or after a comma: "un container, ce a fost …")
    rel = next((k + d for d in (1, 2) if k + d < span.sent.end and fold(doc[k + d].text) in w.relatives
                and doc[k + 1:k + d].text in ("", ",")), None)
    relative = rel is not None
    verbs = []
    for i in range(k + 1, span.sent.end - 1):
        if doc[i].is_punct and not (relative and doc[i].text == ","):
            break
        verb = perfect_participle(doc, i, span.sent.end, w)
        if verb is not None and fold(verb.text).endswith(w.participle_endings):
            verbs.append(verb)
    if not verbs:
        return None
    verb = verbs[0]
    if relative and len(verbs) > 1:
        # the relative clause runs to its first comma: a verb inside it is its own, the main
        # verb is the next ("ce conținea …, importat …, a fost descărcat" has none of its own)
        comma = next((t.i for t in doc[rel:span.sent.end] if t.text == ","), span.sent.end)
        verb = verbs[1] if verbs[0].i < comma else verbs[0]
    return [stem(noun.text)], verb.text


def _trailing(span: Span, lang: Lang | None) -> tuple[list[str], str] | None:
    """Without a parse: a date that ends the clause its sentence opens with a subject and a verb
    in the perfect ("Drogurile au ajuns în România pe data de 18 septembrie", "Containerele cu
    cele 16 tone de fructe congelate şi droguri a ajuns în portul Constanţa la începutul lunii
    august") times what that clause tells: (the stems of the subject's words, the participle). No
    comma stands between: past one, the date may be another clause's."""
    doc = span.doc
    w = frame_words(lang)
    before = doc[span.sent.start:span.start]
    if len(before) < 3 or any(t.is_punct for t in before) or not before[0].is_alpha \
            or fold(before[0].text) in w.function_words:
        return None
    for i, tok in enumerate(before):
        if fold(tok.text) in w.clause_openers:
            return None  # (a date past "că", "când" is another clause's)
        if not i or fold(tok.text) not in w.auxiliaries:
            continue
        verb = perfect_participle(doc, tok.i, span.start, w)
        if verb is None:
            if fold(tok.text) in w.indefinite_articles:
                continue  # ("o întâlnire": the article, not the future's "o")
            return None
        rest = [fold(t.text) for t in doc[verb.i + 1:span.start]]
        if any(x in w.clause_openers or x in w.auxiliaries for x in rest):
            return None  # (a second verb before the date may be the date's)
        words = [t for t in before[:i] if t.is_alpha and fold(t.text) not in w.function_words]
        return [stem(t.text) for t in words[:_MAX_SUBJECT]], verb.text
    return None


def _verb_of(span: Span):
    return governing_verb(span.root) if span.doc.has_annotation("DEP") else None


def _marks(span: Span, others: list[Span], lang: Lang | None) -> dict[str, object]:
    """What makes a date no happening's own time, for happenings.py: another date on the same verb
    ("a urcat în septembrie, de la 9,85% în august": which is the rise's?), a comparison right
    before it ("mai bună decât anul trecut"), a future or conditional in its clause ("din iulie
    2026, salariul va ajunge")."""
    out: dict[str, object] = {}
    verb = _verb_of(span)
    same = [o for o in others if o.sent.start == span.sent.start and o.start != span.start]
    if any(verb is None or (v := _verb_of(o)) is None or v.i == verb.i for o in same):
        out["another_date"] = True
    doc = span.doc
    # (the markers of a comparison base are the quantities' own, rules/frames.yml; a base may be
    # named at length: "comparativ cu aceeași perioadă a anului anterior, respectiv noiembrie 2024")
    before = [fold(t.text) for t in doc[max(span.sent.start, span.start - _BASE_REACH):span.start]]
    if measured.has_cue(before, frame_words(lang).comparison_markers):
        out["compared"] = True
    if measured.has_cue(_clause_words(span, verb), frame_words(lang).planned_cues):
        out["mood"] = "planned"
    return out


def _clause_words(span: Span, verb: Token | None) -> list[str]:
    """The folded words of the date's clause: with a parse, those whose nearest verb is the date's
    (and the verb it completes: "urmează să fie lansată"); "În luna mai, când a fost lansată
    campania, autoritățile spuneau că … se va strânge" is no plan. Without one, the sentence."""
    if verb is None:
        return [fold(t.text) for t in span.sent]
    heads = {verb.i} | ({verb.head.i} if verb.dep_ in ("xcomp", "ccomp") else set())

    def nearest_verb(t: Token) -> int:
        for _ in range(8):
            if t.i in heads or t.dep_ == "ROOT":
                return t.i
            t = t.head
            if t.pos_ == "VERB":
                return t.i
        return t.i

    sent = span.sent
    return [fold(t.text) for t in sent if t.i in heads or (t.pos_ != "VERB" and nearest_verb(t) in heads)]


def date_claims(doc: Doc, article: Article, dates: list[Match], source_of: SourceOf, lang: Lang | None = None) -> list[Claim]:
    claims: list[Claim] = []
    spans = [token_span(doc, m.start, m.end) for m in dates]
    by_value = [(d.value, s) for d, s in zip(dates, spans) if s is not None and len(s)]
    found = [s for _, s in by_value]
    for m, span in zip(dates, spans):
        if m.start < article.body_start:
            continue
        frame = build_frame(doc, m.start, m.end, None, lang)
        concept = concept_for("date", frame, lang)
        fd = frame.to_dict()
        fd.update({k: v for k, v in m.attrs.items() if k in ("grain", "resolved", "relative", "anchor", "named_day")})
        source, hedge = source_of(m.start)
        if span is not None and len(span):
            fd["clause"] = _clause(span, found, lang)
            subject = _subject(span, lang) if frame.predicate else None
            if not concept and not doc.has_annotation("DEP") \
                    and (fronted := _fronted(span, lang, bool(source)) or _trailing(span, lang)):
                subject, fd["predicate"] = fronted
                if fd.get("owner") and not any(stems_meet(stem(fd["owner"].split()[-1]), x) for x in subject):
                    # ("Drogurile au ajuns în România pe 18 septembrie": the clause's subject is
                    # whose happening it is; a name after it is where, not a byline's owner)
                    del fd["owner"]
            if subject and not concept:
                fd["subject"] = subject
            if not concept:
                # ("a aprobat astăzi, 9 februarie": one day said twice is no second date)
                fd.update(_marks(span, [s for v, s in by_value if v != m.value or s.start == span.start], lang))
        claims.append(article.claim(
            "date", m.start, m.end,
            source=source,
            hedge=hedge,
            sentence=span.sent.text.strip() if span is not None else "",
            value=m.value,
            concept=concept,
            frame=fd,
            id_key="date",
        ))
    return claims
