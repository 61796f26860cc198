"""What a figure measures and whose it is, for any domain: read from the parse, not from tables.

A concept table knows troops and inflation; the news is about everything. When no concept names
what a percentage, an amount or a measure is of, the noun phrase it belongs to does ("energia
electrică, cu 69,16%", "Rata anuală a inflației a fost 9,9%"). It is kept as word stems (Snowball's
Romanian stemmer, a well-kept library, rather than a hand-written suffix list) of the words as
written, so that inflected forms meet and both model modes give the same key: `energia`,
`energiei` and `energie` all give `energ`.

The same goes for the base a rate is measured against and the level of the place it counts in.
Whose figure it is: extract/owners.py; the role it plays in its clause: extract/roles.py.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimcheck.extract.frame import BULLETS
from claimcheck.extract.quotes.marks import OPENERS
from claimcheck.lang.frames import FrameWords
from claimcheck.read.textnorm import fold
from claimcheck.lang.stems import stem

MAX_MODIFIERS = 6


def _content(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "ADJ", "PROPN") and tok.ent_type_ not in ("DATETIME", "PERIOD", "NUMERIC")


def dated_chars(doc) -> set[int]:
    """Character offsets inside a date the date grammar read."""
    return {t for d in doc._.cc_dates or [] for t in range(d.start, d.end)}


def unit_of_another(tok: Token, span: Span, w: FrameWords) -> bool:
    """A word inside another figure's phrase, not a count's noun: the unit of "0,1 puncte
    procentuale" or "3 kilometri", never what the figure at `span` measures ("o revizuire cu 0,1
    puncte procentuale, de la 101,6% la 101,7%" does not measure percentage points). A count's
    noun may be ("126.495 de elevi (83,1%)": the pupils' share), and so may a noun after an
    indefinite article the number grammar read as one ("un grad de ocupare de 70%")."""
    return any(n.start <= tok.idx < n.end and not (n.start <= span.start_char < n.end)
               and n.kind not in ("count", "number", "ordinal")
               and fold(n.text.split()[0]) not in w.indefinite_articles
               for n in tok.doc._.cc_numbers or [])


def has_cue(folded: list[str], cues: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of `cues` (folded words) stands anywhere in `folded`."""
    return any(tuple(folded[k:k + len(cue)]) == cue for cue in cues for k in range(len(folded)))


def without_phrases(tokens: list[Token], phrases: tuple[tuple[str, ...], ...]) -> list[Token]:
    """`tokens` less every run of them (folded, in order, punctuation skipped) that says one of
    `phrases`, the longest first."""
    words = [t for t in tokens if t.is_alpha]
    folded = [fold(t.text) for t in words]
    drop: set[int] = set()
    for cue in sorted(phrases, key=len, reverse=True):
        for k in range(len(folded) - len(cue) + 1):
            if tuple(folded[k:k + len(cue)]) == cue and not drop & set(range(k, k + len(cue))):
                drop.update(range(k, k + len(cue)))
    gone = {words[k].i for k in drop}
    return [t for t in tokens if t.i not in gone]


def _phrase(noun: Token, span: Span, w: FrameWords) -> list[Token] | None:
    """A noun and its modifiers; through a container noun to its complement."""
    if noun.is_space:
        # A line break taken for the subject of a list item ("\n- Rata anuală … a fost 9,9%"):
        # the real noun hangs on it.
        noun = next((c for c in noun.children if c.pos_ == "NOUN" and not c.is_space), None)
        if noun is None:
            return None
    if fold(noun.text) in w.containers or fold(noun.lemma_ or "") in w.containers:
        inner = [c for c in noun.children if c.dep_.startswith("nmod") and c.pos_ == "NOUN"
                 and not (span.start <= c.i < span.end) and fold(c.text) not in w.containers]
        if not inner:
            return None
        noun = inner[0]
    # Every content word the noun's phrase holds: "Rata anuală a inflației calculată pe baza
    # indicelui armonizat (IAPC)" is not "Rata anuală a inflației".
    # (a coordinated word whatever its tag: "Impozitul pe salarii și venit", with "venit" taken
    # for a verb, is not the tax on wages alone)
    mods = [c for c in noun.subtree if c != noun and (_content(c) or (c.dep_ == "conj" and c.is_alpha))
            and not c.is_space and not (span.start <= c.i < span.end) and c.i < span.start]
    words = [noun] + sorted(mods, key=lambda t: t.i)[:MAX_MODIFIERS]
    return words


def subject_from_parse(span: Span, verb: Token | None, w: FrameWords) -> list[Token] | None:
    """The noun phrase the figure at `span` measures: the noun it modifies ("energia electrică, cu
    69%"), else its clause's subject ("Rata inflației a fost 9,9%"), else an agent ("urmată de
    fructele proaspete, cu 32%")."""
    root = span.root
    head = root.head
    dated = dated_chars(span.doc)
    # A time is when, not what ("La 27 mai, ora 9:30, debitul a fost de 60 mc/s": the parse may
    # hang the figure on "ora").
    timely = head.ent_type_ == "DATETIME" or head.idx in dated
    # "a fost de 86,4% după contestații": a noun after the figure, joined by a preposition other
    # than "de", "din" or "ca", says when or how, not what (the parse may still hang it there)
    case = next((fold(c.text) for c in head.children if c.dep_ == "case"), None) if head.i > root.i else None
    circumstance = case is not None and case != w.of_link and case not in w.share_after \
        and case not in w.money_named_by
    if head != root and head.pos_ == "NOUN" and not (span.start <= head.i < span.end) and not timely \
            and not circumstance and not unit_of_another(head, span, w) \
            and root.dep_.split(":")[0] in ("nmod", "amod", "appos", "nummod"):
        found = _phrase(head, span, w)
        if found:
            return found
    # "Rata inflației a fost 9,9%": with a copula the figure itself heads the clause. But the
    # subject of "Sassuolo a plătit 3 milioane" is who paid, not what the money is: the subject
    # names what is measured only when the figure is not the verb's object.
    if root.dep_ == "obj" and not (verb is not None and _measure_verb(verb.lemma_ or verb.text, w)):
        return None  # ("prejudiciul depășește 4,2 milioane": a verb of measure, its subject is measured)
    # (a figure with a gerund copula of its own heads an absolute clause, whatever verb the
    # sentence hangs it on: "Grupul își vinde filiala, prețul tranzacției fiind de 412 milioane")
    first = (root, verb) if any(c.dep_ == "cop" and fold(c.text) in w.gerund_copulas for c in root.children) \
        else (verb, root)
    heads = [h for h in first if h is not None] + [t for t in span if t is not root]
    if root.head is not root and root.head.pos_ == "AUX" and root.head not in heads:
        # "rata șomajului … a fost, în formă ajustată sezonier, de 6%": the parse may hang the
        # figure on the copula itself, away from the verb the frame found
        heads.append(root.head)
    if verb is not None and verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        heads.append(verb.head)  # a conjunct shares its first verb's subject ("Trenul deraiat … circula cu 75 km/h")
    for dep in ("nsubj", "nsubj:pass", "obl:agent"):
        for child in (c for h in heads for c in h.children):
            # (a name is who, not what; but a noun in lower case alone is no name, whatever the
            # NER says: "motorina a urcat la 7,9 lei", tagged PERSON; "candidatul George Simion"
            # is a title in the name's entity)
            if child.dep_ == dep and child.pos_ == "NOUN" and not (span.start <= child.i < span.end) \
                    and (child.ent_type_ not in ("PERSON", "ORG", "NAT_REL_POL", "GPE") or _lone_lower(child)):
                found = _phrase(child, span, w)
                if found:
                    return found
            if child.dep_ == dep and (noun := _elided_noun(child, w)) is not None:
                return [noun, child]
    return None


def absolute_subject(span: Span, w: FrameWords) -> list[Token] | None:
    """What a figure measures when a gerund copula right before it opens an absolute clause of its
    own: ", ultima lui tabără fiind la 8.300 m" is the camp's altitude, whatever the sentence's
    verb ("Ascensiunea a durat 12 ore, …"), on which the parse may hang the figure. The clause's
    words from the comma to the gerund, up to a genitive or a name: in both model modes."""
    doc = span.doc
    k = span.start - 1
    if k >= 0 and fold(doc[k].text) in w.window_skips and doc[k].is_alpha:
        k -= 1  # "fiind la 8.300 m", "fiind de 412 milioane"
    if k < 1 or fold(doc[k].text) not in w.gerund_copulas:
        return None
    j = k - 1
    while j > span.sent.start and k - j <= 6 and doc[j].text not in (",", ";", ":"):
        j -= 1
    if doc[j].text != ",":
        return None
    tagged = doc.has_annotation("POS")
    words: list[Token] = []
    for tok in doc[j + 1:k]:
        key = fold(tok.text)
        if key in w.genitive_links or (tok.text[:1].isupper() and words):
            break
        if not tok.is_alpha or key in w.function_words or (tagged and tok.pos_ not in ("NOUN", "ADJ")):
            continue
        words.append(tok)
    if tagged and not any(t.pos_ == "NOUN" for t in words):
        return None
    return words or None


def _elided_noun(adj: Token, w: FrameWords) -> Token | None:
    """The noun an adjective with its article stands for ("Cel mai mare are 25 de tone": the
    largest of the bells): the subject of the sentence before, a noun."""
    if adj.pos_ != "ADJ" or not any(c.dep_ == "det" and fold(c.text) in w.elided_articles for c in adj.children):
        return None
    sent = adj.sent
    if sent.start == 0:
        return None
    before = adj.doc[sent.start - 1].sent
    subject = next((t for t in before if t.dep_ in ("nsubj", "nsubj:pass") and t.head == before.root), None)
    return subject if subject is not None and subject.pos_ == "NOUN" else None


def main_clause_subject(span: Span, w: FrameWords) -> list[Token] | None:
    """What a change noun that is its own clause's subject measures, when that clause is adverbial
    and shares the main clause's subject: "Înmatriculările … se află pe un trend crescător,
    fiind înregistrat un salt de 36%" is a jump of registrations. From the parse; without it, only
    from a gerund of `gerund_copulas` right after a comma, a few words before the figure."""
    doc = span.doc
    if not doc.has_annotation("DEP"):
        # Without a parse, the same shape as written: ", fiind înregistrat un salt de 36%" after
        # the main clause, whose subject opens the sentence
        lead = [fold(t.text) for t in doc[span.sent.start:span.start]]
        gerund = max((k for k, x in enumerate(lead) if x in w.gerund_copulas), default=None)
        if gerund is None or gerund == 0 or lead[gerund - 1] != "," or len(lead) - gerund > 5:
            return None
        return _sentence_opening(span, w, dated_chars(doc))
    noun = span.root.head
    verb = noun.head if noun.dep_.startswith("nsubj") else None
    if verb is None or verb.dep_ != "advcl":
        return None
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i < verb.i), None)
    return _phrase(subject, span, w) if subject is not None else None


def _lone_lower(tok: Token) -> bool:
    """A lower-case word the NER labels alone, no name after it in its entity; or one that is
    capitalised only because it opens its sentence, tagged a common noun and a person ("Motorina
    s-a scumpit cu 12 bani"; but "Executivul", an organisation, is who acts)."""
    doc = tok.doc
    return (tok.is_lower or (_written_lower(tok) and tok.pos_ == "NOUN" and tok.ent_type_ == "PERSON")) \
        and not (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I")


def _written_lower(tok: Token) -> bool:
    """In lower case, or capitalised only as its sentence's first word, or a quotation's."""
    return tok.is_lower or ((tok.is_sent_start or opens_quotation(tok)) and tok.text[1:].islower())


def opens_quotation(tok: Token) -> bool:
    """The first word after an opening quotation mark: capitalised as a sentence's first word is
    ("„Rata șomajului a fost de 6%”": a quoted release opens with its subject, no name)."""
    return tok.i > 0 and tok.doc[tok.i - 1].text in OPENERS - {"”", "\""}


def after_line_label(tok: Token) -> bool:
    """The first word after a line's label, a year or a number and a colon: capitalised as a
    line's first word is ("2023: Profit net de 3,94 miliarde de lei": no name)."""
    doc, k = tok.doc, tok.i
    return k >= 2 and doc[k - 1].text == ":" and doc[k - 2].like_num \
        and (k == 2 or doc[k - 2].is_sent_start or (doc[k - 3].is_space and "\n" in doc[k - 3].text))


def _measure_verb(word: str, w: FrameWords) -> bool:
    """"depășește", "totalizează", "se ridică la": a verb that gives its subject's measure."""
    key = fold(word)
    return any(key.startswith(v) for v in w.measure_verbs)


def subject_from_window(span: Span, w: FrameWords, is_verb=lambda word: None) -> list[Token] | None:
    """Without a parse: the content words just before the figure ("fructele proaspete cu 32,4 la
    sută"), up to a verb-like stop word. A verb in between ("a fost 9,9%") leaves it unknown."""
    doc = span.doc
    dated = dated_chars(doc)
    words: list[Token] = []
    i = span.start - 1
    crossed = False
    timed = 0  # words of a date crossed on the way to a copula (they do not count in the reach)
    while i >= 0 and span.start - i - timed <= (9 if crossed else 5) and len(words) < (3 if crossed else 2):
        tok = doc[i]
        key = fold(tok.text)
        if tok.is_space and "\n" in tok.text:
            break
        if crossed and words and key in w.genitive_links:
            i -= 1  # "creșterea medie a pensiilor"
            continue
        if (key in w.copulas or is_verb(tok.text) in ("increase", "decrease") or _measure_verb(tok.text, w)) \
                and not words and not crossed and not doc.has_annotation("DEP"):
            # (with a parse, the verb's subject comes from the tree: a long noun phrase before the
            # verb is not read by a window)
            # "Creșterea medie a pensiilor este de 622 de lei", "Pensiile cresc cu 600 de lei":
            # across a copula or a verb of change to its subject, which is what is measured
            crossed = True
            i -= 1
            while i >= 0 and fold(doc[i].text.rstrip("-")) in w.window_stops | w.reflexives:
                i -= 1
            continue
        if crossed and not words and (tok.like_num or tok.idx in dated):
            # "- Rata anuală a inflației în luna septembrie 2025 comparativ cu luna septembrie 2024
            # a fost 9,9%": the copula's subject opens the sentence, past the dates that time it
            return _sentence_opening(span, w, dated)
        if tok.idx in dated and not words and not crossed and not doc.has_annotation("DEP"):
            # "Rata anuală a inflației a fost în octombrie de 7,9%", "a coborât în octombrie la
            # 7,9%": past the date that times it to the copula or verb of change, whose subject is
            # measured (but a date is never the subject itself)
            k = i
            while k >= 0 and doc[k].idx in dated:
                k -= 1
            if k >= 0 and (fold(doc[k].text) in w.copulas or is_verb(doc[k].text) in ("increase", "decrease")
                           or _measure_verb(doc[k].text, w)):
                timed, i = i - k, k
                continue
        if not words and not crossed and not doc.has_annotation("DEP") and i > 0 \
                and fold(doc[i - 1].text) in w.gerund_copulas and key.endswith(w.participle_endings):
            # "medalia de aur fiind răsplătită cu 100.000 de dolari": past the gerund and its
            # participle to the noun they are said of, as across a copula
            crossed = True
            i -= 2
            continue
        if key in w.window_stops or tok.like_num or tok.idx in dated or unit_of_another(tok, span, w):
            break  # a verb, another figure or a date ("în ianuarie la 5,2%") is not what is measured
        if key in w.noun_links and len(words) == 1 and i > 0 and _noun_like(doc[i - 1], w):
            i -= 1  # "punctului de pensie": the head before "de" (next round) leads the phrase
            continue
        if crossed and not words and tok.text == "," and (opened := _aside_start(doc, i, span, w)) is not None:
            # ("Numărul înmatriculărilor …, în România, s-a majorat cu 36,3%": the aside does not
            # count in the reach, as a date's words do not)
            timed, i = timed + i - opened + 1, opened - 1
            continue
        if key in w.window_skips or tok.is_punct:
            if words:
                break
            i -= 1
            continue
        homograph = key in w.adjective_homographs and i > 0 and _noun_like(doc[i - 1], w)
        if not tok.is_alpha or (key in w.function_words and not homograph) or (key,) in w.elliptic \
                or (is_verb(tok.text) and not crossed) \
                or tok.pos_ in ("VERB", "AUX", "PRON", "DET", "NUM", "PROPN", "ADP") \
                or (tok.text[:1].isupper() and not tok.is_sent_start and not opens_quotation(tok)
                    and not after_line_label(tok)):
            break  # a name is whose figure it is, not what it measures
        before = doc[i - 1] if i > 0 else None
        prior = fold(before.text.rstrip("-")) if before is not None else ""
        # (a clause's connector before it is no auxiliary: "iar coloana de mașini a ajuns la 10
        # kilometri"; but "și" is often one verb's after another: "au crescut cu 33% și reprezintă")
        if before is not None and not doc.has_annotation("POS") and not before.is_punct \
                and prior in w.window_stops and prior not in w.clause_breaks \
                and not (crossed and fold(before.text) in w.genitive_links) \
                and not (prior in w.joins and tok.text.endswith(w.definite_singular_endings)):
            # "s-au scumpit energia": a participle after its auxiliary is the verb (but a word
            # with the article after "și" is a noun: "argintul cu 40.000 de dolari și bronzul cu
            # 20.000", and no participle takes the article)
            break
        words.append(tok)
        i -= 1
    words = [t for t in reversed(words) if fold(t.text) not in w.containers]
    if not words or (doc.has_annotation("POS") and words[0].pos_ != "NOUN"):
        return None
    return words


def _aside_start(doc, comma: int, span: Span, w: FrameWords, reach: int = 5) -> int | None:
    """Where the comma opening an aside stands, for the comma closing it at `comma`: an aside that
    opens with a preposition of `aside_openers` and holds no verb or figure (", în România,")."""
    k = comma - 1
    while k > span.sent.start and comma - k <= reach:
        if doc[k].text == ",":
            inner = doc[k + 1:comma]
            if len(inner) and fold(inner[0].text) in w.aside_openers \
                    and not any(t.like_num or fold(t.text) in w.window_stops for t in inner[1:]):
                return k
            return None
        k -= 1
    return None


def _noun_like(tok: Token, w: FrameWords) -> bool:
    """A lower-case content word that may head a noun phrase (by its tag when there is one)."""
    key = fold(tok.text)
    # (capitalised only as its sentence's first word: "Stratul de zăpadă măsoară 40 de centimetri")
    return tok.is_alpha and _written_lower(tok) and key not in w.function_words and key not in w.window_stops \
        and key not in w.window_skips and not key.startswith(w.weak_heads) \
        and (not tok.doc.has_annotation("POS") or tok.pos_ == "NOUN")


def _sentence_opening(span: Span, w: FrameWords, dated: set[int]) -> list[Token] | None:
    """The noun phrase a sentence opens with (behind a list's dash), through its genitives ("Rata
    anuală a inflației"), up to the first other function word, figure or date; at most three
    words. None when the sentence opens otherwise ("În 2024, …") or with a name."""
    doc = span.doc
    i = span.sent.start
    while i < span.start and (doc[i].is_space or doc[i].text in BULLETS):
        i += 1
    words: list[Token] = []
    while i < span.start and len(words) < 3:
        tok = doc[i]
        key = fold(tok.text)
        if words and key in w.genitive_links:
            i += 1
            continue
        if not tok.is_alpha or tok.like_num or tok.idx in dated or key in w.function_words \
                or key in w.window_stops or (words and tok.text[:1].isupper()):
            break
        words.append(tok)
        i += 1
    words = [t for t in words if fold(t.text) not in w.containers]
    return words or None


def base_of(span: Span, w: FrameWords) -> str | None:
    """The base a rate is compared to, named nearest the figure in its sentence."""
    sent, doc = span.sent, span.doc
    dated = dated_chars(doc)
    folded = [fold(t.text) for t in sent]
    best: tuple[int, str] | None = None
    for k in range(len(folded)):
        for phrase, name in w.bases:
            if tuple(folded[k:k + len(phrase)]) == phrase:
                at = sent.start + k
                dist = span.start - at if at < span.start else at - span.end
                between = doc[at + len(phrase):span.start] if at < span.start else doc[span.end:at]
                if any((t.like_num or any(ch.isdigit() for ch in t.text)) and t.idx not in dated for t in between):
                    # Another figure stands between: the base is that figure's ("102.655 cazuri,
                    # cu 3.7% mai multe comparativ cu săptămâna anterioară").
                    break
                if best is None or dist < best[0]:
                    best = (dist, name)
                break
    return best[1] if best else None


def place_level(words: list[str], w: FrameWords) -> str | None:
    for word in words:
        level = w.place_levels.get(fold(word))
        if level:
            return level
    return None


def noun_modifiers(noun: Token, w: FrameWords) -> list[Token]:
    """What narrows a counted noun, right after it: "cazuri de gripă" is not "cazuri de infecții
    respiratorii", "persoane rănite" not "persoane evacuate". Read from the words, in both modes."""
    doc = noun.doc
    out: list[Token] = []
    k = noun.i + 1
    while k < len(doc) and k - noun.i <= 4 and len(out) < 3:
        tok = doc[k]
        key = fold(tok.text)
        if not out and key in w.located_words:
            k += 1  # "persoane aflate la bord"
            continue
        if not out and key == w.at_link and k + 1 < len(doc) and doc[k + 1].is_alpha \
                and not doc[k + 1].text[:1].isupper() and fold(doc[k + 1].text) not in w.place_levels:
            k += 1  # "persoane la bord"
            continue
        if key in (w.of_link, w.with_link, w.from_link) and not out and k + 1 < len(doc) and doc[k + 1].is_alpha:
            if key == "din" and fold(doc[k + 1].text) in w.place_levels:
                break  # "consumatori din județul Buzău": where, not which (places.place_after_noun)
            if fold(doc[k + 1].text) in w.various_words:
                break  # "militari din diferite structuri": of mixed kinds, so of none
            k += 1
            continue
        if not out and k == noun.i + 1 and _acronym(tok) and not noun.text.isupper():
            # "3 ambulanțe SMURD" are not "4 ambulanțe ale Serviciului de Ambulanță": an acronym
            # right after the noun says whose they are (a name otherwise ends the phrase)
            out.append(tok)
            k += 1
            continue
        if not tok.is_alpha or key in w.function_words or key in w.window_stops \
                or tok.pos_ in ("VERB", "AUX", "PRON", "DET", "NUM", "ADP", "PROPN") \
                or (tok.text[:1].isupper() and not tok.is_sent_start):
            break
        out.append(tok)
        k += 1
    return out


def bracketed_after(span: Span, w: FrameWords) -> list[Token]:
    """The noun phrase a bracketed count follows narrows what it counts: "pentru promoția 2025
    (4.508 candidați promovați), cât și pentru promoțiile anterioare (2.798 …)" are two counts
    of candidates. Read back from the bracket over at most three words, to a function word."""
    doc = span.doc
    i = span.start - 1
    while i >= span.sent.start and doc[i].is_space:
        i -= 1
    if i < 1 or doc[i].text != "(":
        return []
    words: list[Token] = []
    i -= 1
    while i >= span.sent.start and len(words) < 3:
        tok = doc[i]
        if tok.is_punct or tok.is_space or fold(tok.text) in w.function_words or not (tok.is_alpha or tok.is_digit) \
                or tok.text in w.unit_symbols:
            # ("droguri de aproximativ 12 kg (4 kg cocaină și 8 kg de hașiș)": a measure before
            # the bracket, which the bracket splits, names nothing)
            break
        words.append(tok)
        i -= 1
    return list(reversed(words))


def content_stems(span: Span | list[Token], w: FrameWords) -> list[str]:
    """Stems of the content words of a stretch of text, in order, once each."""
    out: list[str] = []
    for tok in span:
        key = fold(tok.text)
        if not tok.is_alpha or len(key) < 3 or key in w.function_words or key in w.window_stops:
            continue
        s = stem(tok.text)
        if s not in out:
            out.append(s)
    return out


def _acronym(tok: Token) -> bool:
    """An organisation's initials ("SMURD", "ISU", "NATO"), not a word in capitals for emphasis
    (a line in capitals has its noun in capitals too)."""
    return tok.is_alpha and len(tok.text) >= 2 and tok.text.isupper()
