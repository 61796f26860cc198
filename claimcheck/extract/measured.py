"""What a figure measures and whose it is, for any domain: read from the parse, not from tables.

A concept table knows troops and inflation; the news is about everything. When no concept names
what a percentage, an amount or a measure is of, the noun phrase it belongs to does ("energia
electrică, cu 69,16%", "Rata anuală a inflației a fost 9,9%"). It is kept as word stems (Snowball's
Romanian stemmer, a well-kept library, rather than a hand-written suffix list) of the words as
written, so that inflected forms meet and both model modes give the same key: `energia`,
`energiei` and `energie` all give `energ`.

The same goes for whose figure it is: a person or organisation the parse or NER ties to the
figure ("Nicușor Dan, cu 1.840.465 voturi"), the base a rate is measured against, and the level
of the place it counts in.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Span, Token

from claimcheck.lang.frames import FrameWords
from claimcheck.read.textnorm import fold
from claimcheck.lang.stems import stem

MAX_MODIFIERS = 6
# Entity labels of ro_legal_fl (RoNEC) that name someone a figure can belong to.
OWNER_LABELS = ("PERSON", "ORG")
# The event classes of rules/events.yml that are changes of a level.
CHANGE_EVENTS = ("increase", "decrease")


def _content(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "ADJ", "PROPN") and tok.ent_type_ not in ("DATETIME", "PERIOD", "NUMERIC")


def dated_chars(doc) -> set[int]:
    """Character offsets inside a date the date grammar read."""
    return {t for d in doc._.cc_dates or [] for t in range(d.start, d.end)}


def has_cue(folded: list[str], cues: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of `cues` (folded words) stands anywhere in `folded`."""
    return any(tuple(folded[k:k + len(cue)]) == cue for cue in cues for k in range(len(folded)))


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


def noun_after(span: Span, w: FrameWords) -> Token | None:
    """"5 ani de închisoare", "10 minute de întârziere": the noun after "de" says what a span of
    time is (not "de la", a start; not a time unit, "2 ani de zile")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or fold(doc[span.end].text) != w.of_link:
        return None
    return _plain_noun(doc[span.end + 1], w, w.time_units)


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
    return _plain_noun(tok, w, w.time_units)


def noun_right_after(span: Span, w: FrameWords) -> Token | None:
    """"la peste 1.400 de metri altitudine", "doi metri înălțime": a noun right after a measure's
    unit says what it measures."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text[:1].isupper():
        return None
    return _plain_noun(doc[span.end], w, w.window_stops)


def _plain_noun(tok: Token, w: FrameWords, stops: frozenset[str]) -> Token | None:
    """`tok` if it may be a common noun: a word, no function word nor one of `stops`, and a NOUN
    where the model tags."""
    key = fold(tok.text)
    if not tok.is_alpha or key in w.function_words or key in stops:
        return None
    if tok.doc.has_annotation("POS") and tok.pos_ != "NOUN":
        return None
    return tok


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
    if head != root and head.pos_ == "NOUN" and not (span.start <= head.i < span.end) and not timely \
            and root.dep_.split(":")[0] in ("nmod", "amod", "appos", "nummod"):
        found = _phrase(head, span, w)
        if found:
            return found
    # "Rata inflației a fost 9,9%": with a copula the figure itself heads the clause. But the
    # subject of "Sassuolo a plătit 3 milioane" is who paid, not what the money is: the subject
    # names what is measured only when the figure is not the verb's object.
    if root.dep_ == "obj" and not (verb is not None and _measure_verb(verb.lemma_ or verb.text, w)):
        return None  # ("prejudiciul depășește 4,2 milioane": a verb of measure, its subject is measured)
    heads = [h for h in (verb, root) if h is not None] + [t for t in span if t is not root]
    for dep in ("nsubj", "nsubj:pass", "obl:agent"):
        for child in (c for h in heads for c in h.children):
            if child.dep_ == dep and child.pos_ == "NOUN" and not (span.start <= child.i < span.end) \
                    and child.ent_type_ not in ("PERSON", "ORG", "NAT_REL_POL", "GPE"):
                found = _phrase(child, span, w)
                if found:
                    return found
    return None


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
    while i >= 0 and span.start - i <= (9 if crossed else 5) and len(words) < (3 if crossed else 2):
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
        if key in w.window_stops or tok.like_num or tok.idx in dated:
            break  # a verb, another figure or a date ("în ianuarie la 5,2%") is not what is measured
        if key in w.window_skips or tok.is_punct:
            if words:
                break
            i -= 1
            continue
        if not tok.is_alpha or key in w.function_words or (is_verb(tok.text) and not crossed) \
                or tok.pos_ in ("VERB", "AUX", "PRON", "DET", "NUM", "PROPN", "ADP") \
                or (tok.text[:1].isupper() and not tok.is_sent_start):
            break  # a name is whose figure it is, not what it measures
        before = doc[i - 1] if i > 0 else None
        if before is not None and not doc.has_annotation("POS") and fold(before.text.rstrip("-")) in w.window_stops \
                and not (crossed and fold(before.text) in w.genitive_links):
            break  # "s-au scumpit energia": a participle after its auxiliary is the verb
        words.append(tok)
        i -= 1
    words = [t for t in reversed(words) if fold(t.text) not in w.containers]
    if not words or (doc.has_annotation("POS") and words[0].pos_ != "NOUN"):
        return None
    return words


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


def owner_from_parse(span: Span, verb: Token | None) -> str | None:
    """A named person or organisation the figure belongs to: the clause's subject, or the name
    the figure's phrase hangs on ("Nicușor Dan, cu 1.840.465 voturi")."""
    # Not an agent: "estimat de Gazzetta dello Sport la 4-5 milioane" names a source.
    candidates = [c for h in (verb, span.root) if h is not None
                  for c in h.children if c.dep_ in ("nsubj", "nsubj:pass")]
    head = span.root.head
    if head.pos_ == "PROPN":
        candidates.insert(0, head)
    for cand in candidates:
        for tok in cand.subtree:
            if tok.ent_type_ in OWNER_LABELS and tok.pos_ == "PROPN" and not (span.start <= tok.i < span.end) \
                    and not (tok.is_upper and len(tok.text) <= 6):
                return _surname(tok)
    return None


def owner_from_window(span: Span, w: FrameWords) -> str | None:
    """Without a usable parse: the nearest name before the figure in its clause, passing over a
    parenthesis ("George Simion (Alianța …): 3.862.761 de voturi")."""
    doc = span.doc
    i = span.start - 1
    depth = 0
    while i >= 0 and span.start - i <= 20:
        tok = doc[i]
        if tok.is_space and "\n" in tok.text:
            break
        if tok.text == ")":
            depth += 1
        elif tok.text == "(":
            depth = max(0, depth - 1)
        elif depth == 0:
            if tok.text in (".", ";", "!", "?"):
                break
            named = tok.ent_type_ in ("PERSON", "GPE", "LOC", "ORG") and tok.pos_ == "PROPN" \
                if doc.has_annotation("ENT_IOB") else _name_like(tok)
            if named and _holds_with(tok, w):
                # "China cu 83 de medalii, dintre care 33 de aur", "urmată de Franța cu 30 de
                # medalii": a country, club or person ranked with its figures owns them
                return _surname(tok)
            if (tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and not (tok.is_upper and len(tok.text) <= 6)) \
                    or (not doc.has_annotation("ENT_IOB") and _name_like(tok)):
                return None if _after_agent_marker(tok, w) else _surname(tok)
        i -= 1
    return None


def ranked_with(span: Span, w: FrameWords, reach: int = 6) -> bool:
    """"Franța cu 30 de medalii", "China, cu un total de 90": the figure is its owner's in a
    ranking, whatever verb places the owner ("urmată de", "se află"): the name nearest before it
    is followed by "cu", at most `reach` words before the figure, with no other name between."""
    doc = span.doc
    # (the name stands one or two words before its "cu")
    name = next((doc[i] for i in range(span.start - 1, max(-1, span.start - reach - 3), -1)
                 if doc[i].text[:1].isupper()), None)
    at = _with_after(name, w) if name is not None else None
    return at is not None and span.start - at <= reach


def _holds_with(tok: Token, w: FrameWords) -> bool:
    """The name `tok` ends is followed by "cu" (after a comma at most): "China cu 83 de medalii"."""
    return _with_after(tok, w) is not None


def _with_after(tok: Token, w: FrameWords) -> int | None:
    """Where the "cu" right after `tok` (or after a comma after it) stands, if there is one."""
    doc = tok.doc
    j = tok.i + 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    return j if j < len(doc) and fold(doc[j].text) == w.with_link else None


def _after_agent_marker(tok: Token, w: FrameWords) -> bool:
    """"estimat de Gazzetta dello Sport", "potrivit lui Ion Pop": the name is a source or an
    agent, not whose figure it is."""
    doc = tok.doc
    j = tok.i - 1
    while j > 0 and (doc[j].text[:1].isupper() or (len(doc[j].text) <= 4 and doc[j - 1].text[:1].isupper()
                                                   and doc[j].is_lower)):
        j -= 1
    return j >= 0 and fold(doc[j].text) in w.agent_markers


def _name_like(tok: Token) -> bool:
    """A capitalised word that does not open its sentence: a name, without NER. An acronym
    ("INSP", "IACRS") names an institution or a term, not whose figure it is."""
    return (tok.is_alpha or "-" in tok.text) and tok.text[:1].isupper() and not tok.is_sent_start \
        and not (tok.is_upper and len(tok.text) <= 6)


def _surname(tok: Token) -> str:
    """The last word of the name `tok` is in: "Nicușor-Daniel Dan" and "Nicușor Dan" meet on "dan"."""
    doc = tok.doc
    j = tok.i
    while j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and (doc[j + 1].ent_type_ == tok.ent_type_
                                                                   or not doc.has_annotation("ENT_IOB")) \
            and (doc[j + 1].is_alpha or "-" in doc[j + 1].text):
        j += 1
    return fold(doc[j].text.split("-")[-1])


def place_level(words: list[str], w: FrameWords) -> str | None:
    for word in words:
        level = w.place_levels.get(fold(word))
        if level:
            return level
    return None


def mood_of(span: Span, w: FrameWords) -> str | None:
    """"planned" when a future or conditional governs the figure in its clause ("la finalul anului
    va fi probabil peste 9%", "urmează să primească 5.000 de lei"); "unreal" right after "în loc
    de"."""
    doc = span.doc
    lo = max(span.sent.start, span.start - 6)
    folded = [fold(t.text) for t in doc[lo:span.start]]
    for k in range(len(folded)):
        if folded[k] in w.clause_breaks:
            folded[:k + 1] = [""] * (k + 1)
    if has_cue(folded[-4:], w.unreal_cues):
        return "unreal"  # "în loc de 12 persoane"
    return "planned" if has_cue(folded, w.planned_cues) else None


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
            k += 1
            continue
        if not tok.is_alpha or key in w.function_words or key in w.window_stops \
                or tok.pos_ in ("VERB", "AUX", "PRON", "DET", "NUM", "ADP", "PROPN") \
                or (tok.text[:1].isupper() and not tok.is_sent_start):
            break
        out.append(tok)
        k += 1
    return out


def rate_role(span: Span, w: FrameWords) -> str | None:
    """What a percentage states: a change ("a crescut cu 5%", "cu 15% mai multe cazuri"), a share
    ("40% din voturi") or a level ("a ajuns la 9,88%"). Two roles are two facts."""
    doc = span.doc
    before = fold(doc[span.start - 1].text) if span.start > 0 else ""
    after = fold(doc[span.end].text) if span.end < len(doc) else ""
    # the qualifier may hold the preposition: "(cresc) în medie cu 600 de lei"
    lead = [fold(t.text) for t in span if not t.like_num][:3]
    # (a sign may be glued to the figure's token: "+19,4%")
    signed = span[0].text[:1] in w.change_before
    if before in w.change_before or signed or (not span[0].like_num and any(x in w.change_before for x in lead)):
        # "cu 15,2% mai multe cazuri" and "cu 3,7% mai puține" are changes the opposite way
        after3 = tuple(fold(t.text) for t in doc[span.end:span.end + 2])
        if any(after3[:len(p)] == p for p in w.more_after):
            return "change up"
        if any(after3[:len(p)] == p for p in w.less_after):
            return "change down"
        return "change"
    dated = dated_chars(doc)
    if after in w.share_after and doc[span.end].idx not in dated:
        return "share"  # (but "din ianuarie" is a date)
    if before == "(" and span.start > 1 and (doc[span.start - 2].like_num or doc[span.start - 2].is_alpha):
        return "share"  # "1.979.767 de voturi (20,99%)": the count's share of its total
    return "level"


def change_is_said(span: Span, predicate: str | None, event: str | None, w: FrameWords,
                   lookup: Callable[[str], str | None]) -> bool:
    """Whether "cu" before an amount marks a change: only a word of change or a comparative
    makes it one, anywhere before it in its sentence ("a crescut cu 275 de lei", "o creștere cu
    7,91%", "mai scumpă cu 500 de lei").
    Elsewhere "cu" gives the amount itself: "au înșelat … cu peste 100 de milioane de euro",
    "a fost amendată cu 8.000 de lei"."""
    if span[0].text[:1] in w.change_before or event in CHANGE_EVENTS:
        return True
    if predicate and (fold(predicate).startswith(w.change_nouns) or lookup(predicate) in CHANGE_EVENTS):
        return True
    # (anywhere before it in the sentence: a gapped verb is still the amount's, "benzina s-a
    # scumpit cu 30 de bani, iar motorina cu aproape 50 de bani")
    doc = span.doc
    before = [t for t in doc[span.sent.start:span.start] if t.is_alpha]
    return any(fold(t.text) in w.comparative_words for t in before[-4:]) \
        or any(fold(t.text).startswith(w.change_nouns) or lookup(t.lemma_ or t.text) in CHANGE_EVENTS
               or lookup(t.text) in CHANGE_EVENTS for t in before)


def is_previous_value(span: Span, w: FrameWords) -> bool:
    """"crește de la 4.050 lei la 4.325 lei": with a change verb, the figure after "de la" is the
    value before the change, a different fact from the value after it."""
    doc = span.doc
    before = tuple(fold(t.text) for t in doc[max(span.sent.start, span.start - 3):span.start])
    return any(before[-len(p):] == p for p in w.previous_markers if len(p) <= len(before))


def in_base_clause(span: Span, w: FrameWords) -> bool:
    """"față de luna precedentă, când erau înregistrați 487.300 de șomeri": a clause after a
    comparison base gives the base's own value, the one before, not the one reported."""
    doc = span.doc
    lead = [fold(t.text) for t in doc[max(span.sent.start, span.start - 12):span.start]]
    opener = max((k for k, x in enumerate(lead) if x in w.base_clause_openers), default=None)
    return opener is not None and not any(t.like_num for t in doc[span.start - len(lead) + opener:span.start]) \
        and has_cue(lead[:opener], w.comparison_markers)


def is_reached_value(span: Span, w: FrameWords) -> bool:
    """"creștere cu 7,91%, de la 294,08 lei/MWh la 317,39 lei/MWh": after a change, the figure after
    "la" in a "de la … la" pair is the value it reaches, a level and not the change. ("avansul
    rămâne la 1,4%" gives the change itself.)"""
    doc = span.doc
    before = fold(doc[span.start - 1].text) if span.start > span.sent.start else ""
    lead = [fold(t.text) for t in span if not t.like_num][:1]
    if before not in w.reached_markers and not (lead and lead[0] in w.reached_markers):
        return False
    words = tuple(fold(t.text) for t in doc[max(span.sent.start, span.start - 10):span.start - 1])
    return any(words[k:k + len(p)] == p for p in w.previous_markers for k in range(len(words)))


def was_before(span: Span, w: FrameWords) -> bool:
    """"Anterior, salariul minim fusese stabilit la 4.050 lei", "În prezent, … se ridică la 4.050":
    the article names the value before the change it reports. ("Până în prezent au fost raportate
    șase decese" is a count so far, partial_markers, not an earlier value.)"""
    doc = span.doc
    before = [fold(t.text) for t in doc[span.sent.start:span.start]]
    return has_cue(before, w.before_words) and not has_cue(before, w.partial_markers)


def per_unit(span: Span, w: FrameWords) -> list[str] | None:
    """What a figure is per, right after it: "24,5 lei pe oră" is not "4.325 lei" a month; and
    whether pay is net or gross, after it ("2.574 de lei net") or in the words just before it
    ("salariul net va fi de 2.599 de lei")."""
    doc = span.doc
    after = [fold(t.text) for t in doc[span.end:span.end + 3]]
    before = [fold(t.text) for t in doc[max(span.sent.start, span.start - 6):span.start]]
    found = {name for name, phrases in w.per_markers if has_cue(after, phrases)}
    found |= {name for name, phrases in w.per_markers if name in ("net", "gross") and has_cue(before, phrases)}
    return sorted(found) or None


def is_stock(span: Span, w: FrameWords, event: str | None) -> bool:
    """A count followed by "câte sunt", "cât avem" (rules/frames.yml stock_markers) says how many
    there are, a stock: "Din cele 270 de case câte sunt în sat, 220 au acoperișurile distruse"
    does not count houses the hail hit. So does one after "din totalul de", "dintre cei"
    (whole_markers) with nothing befalling it: "Din totalul de aproximativ 1.600 de salariați ai
    fabricii, aproape o treime …" (but "dintre cele 58 de persoane intoxicate" is a toll)."""
    doc = span.doc
    after = [fold(t.text) for t in doc[span.end:min(span.end + 3, span.sent.end)]]
    before = [fold(t.text) for t in doc[max(span.sent.start, span.start - 3):span.start]]
    return has_cue(after[:2], w.stock_markers) or (event is None and any(
        tuple(before[-len(p):]) == p for p in w.whole_markers if len(p) <= len(before)))


def is_part(span: Span, w: FrameWords) -> bool:
    """A figure said as a part of a total: "25 de milioane … plus alte 5 milioane", "Patru persoane
    au fost rănite – două au suferit arsuri"."""
    doc = span.doc
    after = []
    for t in doc[span.end:min(span.end + 10, span.sent.end)]:
        if t.text in (".", ";", "!", "?"):
            break
        after.append(fold(t.text))
    if has_cue(after, w.part_after):
        return True
    # a bare number anywhere after the dash or colon that opens the breakdown: "Patru persoane au
    # fost rănite – două au suferit arsuri, iar două au traumatisme"
    # ("bilanț: trei persoane au murit, iar alte 17 …": no count before the colon, and "alte" adds)
    if not all(t.like_num for t in span) or fold(doc[span.start - 1].text) in {p[-1] for p in w.elliptic}:
        return False
    openers = [t.i for t in doc[span.sent.start:span.start] if t.text in w.part_openers]
    return any(t.like_num for k in openers for t in doc[span.sent.start:k])


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
        if tok.is_punct or tok.is_space or fold(tok.text) in w.function_words or not (tok.is_alpha or tok.is_digit):
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


def is_usual(span: Span, w: FrameWords) -> bool:
    """"Pârâul, care de obicei are un debit de 0,5 mc/s", "debitul normal este de 0,5 mc/s": the
    figure says what usually holds. Read in the ten words before it, back to its clause's start."""
    return has_cue(_clause_before(span, w), w.usual_markers)


def is_own(span: Span, w: FrameWords) -> bool:
    """"Gradul nostru de ocupare este de 100%", "la noi au venit 300 de turiști": the speaker's
    own figure (a hotel's, a firm's), read like `is_usual`."""
    toks = _clause_tokens(span, w)
    words = [fold(t.text) for t in toks]
    return any(word in w.own_markers for word in words) or any(
        word in w.own_pronouns and (k == 0 or words[k - 1] in w.own_pronoun_after or toks[k].pos_ == "PRON")
        for k, word in enumerate(words))


def _clause_before(span: Span, w: FrameWords) -> list[str]:
    """The folded words before a figure, up to ten, back to its clause's start or a number."""
    return [fold(t.text) for t in _clause_tokens(span, w)]


def _clause_tokens(span: Span, w: FrameWords) -> list[Token]:
    doc = span.doc
    start = span.start
    while start > max(span.sent.start, span.start - 10) and fold(doc[start - 1].text) not in w.clause_breaks \
            and not doc[start - 1].like_num:
        start -= 1
    return list(doc[start:span.start])


def in_aside(span: Span, w: FrameWords) -> bool:
    """A background paragraph about another happening: "Amintim că, în noiembrie, un microbuz s-a
    răsturnat …", "Un accident similar a avut loc …". Its figures are another story's."""
    doc = span.doc
    i = span.start
    while i > 0 and not (doc[i - 1].is_space and "\n" in doc[i - 1].text):
        i -= 1
    opening = [fold(t.text) for t in doc[i:min(i + 15, span.start + 1)] if not t.is_space]
    return has_cue(opening, w.aside_markers)
