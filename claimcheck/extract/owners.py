"""Whose a figure is: a person or organisation the parse or NER ties to it ("Nicușor Dan, cu
1.840.465 voturi"), or, without a parse, the nearest name before it; and whether it is held as in
a ranking ("Franța, cu 30 de medalii")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimcheck.extract.frame import BULLETS
from claimcheck.extract.measured import after_line_label, opens_quotation
from claimcheck.lang.frames import FrameWords
from claimcheck.read.textnorm import fold

# Entity labels of ro_legal_fl (RoNEC) that name someone a figure can belong to.
OWNER_LABELS = ("PERSON", "ORG")


def owner_from_parse(span: Span, verb: Token | None) -> str | None:
    """A named person or organisation the figure belongs to: the clause's subject, or the name
    the figure's phrase hangs on ("Nicușor Dan, cu 1.840.465 voturi"); or a name the NER leaves
    unlabelled as the subject ("Pall Mall va costa 27 lei": brands, products). The whole name,
    folded (`split_name` parts it)."""
    if (named := _bracketed_after_name(span)) is not None:
        return _full_name(named)
    # Not an agent: "estimat de Gazzetta dello Sport la 4-5 milioane" names a source.
    # "Curtea de Apel l-a condamnat pe fostul director la 4 ani": with a person for its object,
    # the subject is who acted; the figure is the object's (a sentence, a fee paid for a player)
    patient = next((c for c in verb.children if c.dep_ == "obj" and not (span.start <= c.i < span.end)
                    and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")), None) if verb is not None else None
    subject_deps = ("nsubj:pass",) if patient is not None else ("nsubj", "nsubj:pass")
    candidates = [c for h in (verb, span.root) if h is not None for c in h.children if c.dep_ in subject_deps]
    if patient is not None:
        candidates.append(patient)
    head = span.root.head
    if head.pos_ == "PROPN":
        candidates.insert(0, head)
    for cand in candidates:
        if any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in cand.children):
            return None  # ("Putin și Kim au stat de vorbă două ore": both's, neither's alone)
        for tok in cand.subtree:
            if tok.ent_type_ in OWNER_LABELS and tok.pos_ == "PROPN" and not (span.start <= tok.i < span.end) \
                    and not (tok.is_upper and len(tok.text) <= 6) and not _complement_of(tok, cand):
                return _full_name(tok)
        if cand.pos_ == "PROPN" and not cand.ent_type_ and _capitalised(cand) and cand.dep_ == "nsubj":
            return _full_name(cand)
    return None


def rank_owner(span: Span, verb_word=lambda word: False) -> str | None:
    """Whose a place said with a verb is: the subject of its verb ("România s-a clasat pe locul
    3", "Pe primul loc s-a clasat China"), or of the verb a gerund or a conjunct hangs on
    ("România a cucerit șase medalii, clasându-se pe locul 3"). A country is an owner here, as in
    a ranking; a subject that is no name ("Delegația noastră") gives the place to no one. A name
    right before it owns it whatever the parse ("China pe primul loc, iar Olanda pe locul 2");
    without a parse, only such a name does, or one right before the verb of standing and its
    auxiliaries (`verb_word`): "Olanda a ocupat primul loc"."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.is_alpha and _name_like(before):
        return _full_name(before)
    if not doc.has_annotation("DEP"):
        k = span.start - 1
        while k >= 0 and span.start - k <= 4 and verb_word(doc[k].text):
            k -= 1
        named = doc[k] if 0 <= k < span.start - 1 else None
        return _full_name(named) if named is not None and named.is_alpha and _name_like(named) else None
    verb = span.root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    # (up a chain of gerunds and conjuncts, which share the first verb's subject: "România a
    # impresionat …, cucerind 6 medalii …, clasându-se pe locul 3")
    chain = [verb]
    while chain[-1].dep_ in ("advcl", "conj", "xcomp") and chain[-1].head is not chain[-1] and len(chain) < 4:
        chain.append(chain[-1].head)
    for v in chain:
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if subjects:
            subject = subjects[0]
            if subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG", "GPE", "LOC"):
                return _full_name(subject) if subject.text[:1].isupper() else None
            return None
    return None


def _name_start(tok: Token) -> int:
    """Where the name `tok` ends stands from: the capitalised words before it, within its sentence."""
    doc, k = tok.doc, tok.i
    while k > 0 and _capitalised(doc[k - 1]) and not doc[k].is_sent_start:
        k -= 1
    return k


def _one_of_several(tok: Token, w: FrameWords) -> bool:
    """The last of names joined by "și": "Rothmans Blue, Vogue și Viceroy Red vor avea prețuri
    între 26 și 28,5 lei" is the three brands' range, none's alone. (A comma alone may set off
    an apposition: "Fostul primar al orașului Zărnești, Mihai Dumitrescu, a fost condamnat".)"""
    doc, k = tok.doc, _name_start(tok)
    return k >= 2 and fold(doc[k - 1].text) in w.list_links \
        and _capitalised(doc[k - 2]) and not doc[k - 2].is_sent_start


def _with_complement(tok: Token, w: FrameWords) -> bool:
    """Without a parse, a name joined by "cu" to the common noun before it is that noun's
    complement ("diagnosticați cu infecție cu Serratia marcescens, dintre care șapte au decedat":
    the bacterium owns no deaths), as `_complement_of` reads it from the tree."""
    doc, k = tok.doc, _name_start(tok)
    return not doc.has_annotation("DEP") and k >= 2 and fold(doc[k - 1].text) == w.with_link \
        and doc[k - 2].is_alpha and doc[k - 2].is_lower and fold(doc[k - 2].text) not in w.function_words


def _complement_of(tok: Token, cand: Token) -> bool:
    """A name inside a complement of a common noun: "Fostul director al Spitalului Județean Buzău"
    is the director, not Buzău (but "candidatul George Simion" is Simion, in apposition)."""
    if cand.pos_ != "NOUN":
        return False
    while tok != cand and tok.head != tok:
        if tok.dep_.startswith("nmod") and tok.head.i == cand.i and _linked(tok):
            return True
        tok = tok.head
    return False


def _linked(tok: Token) -> bool:
    """A genitive or a preposition makes a complement ("al Spitalului", "din Buzău"); a name
    right after a title is the same one ("candidatul George-Nicolae Simion", parsed nmod too)."""
    return any(c.dep_ in ("case", "det") for c in tok.children) or "Gen" in "".join(tok.morph.get("Case"))


def _bracketed_after_name(span: Span) -> Token | None:
    """The name a bracket opens after, for a figure inside it: "Steluța Duță (cat. 48 kg),
    Claudia Nechita (cat. 57 kg) au părăsit turneul" gives each her own category, whichever of
    the two the parse makes the verb's subject."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and span.start - i <= 8 and doc[i].text not in ("(", ")", ";") and not doc[i].is_space:
        i -= 1
    if i < 1 or doc[i].text != "(":
        return None
    name = doc[i - 1]
    if name.pos_ == "PROPN" and name.ent_type_ in OWNER_LABELS and not (name.is_upper and len(name.text) <= 6):
        return name
    return None


def owner_from_window(span: Span, w: FrameWords) -> str | None:
    """Without a usable parse: the nearest name before the figure in its clause, passing over a
    parenthesis ("George Simion (Alianța …): 3.862.761 de voturi")."""
    doc = span.doc
    if (listed := _listed_before(span, w)) is not None:
        return _full_name(listed)
    i = span.start - 1
    depth = 0
    while i >= 0 and span.start - i <= 20:
        tok = doc[i]
        if tok.is_space and "\n" in tok.text:
            break
        if fold(tok.text) in w.relatives and i >= 2 and fold(doc[i - 1].text) in w.place_prepositions \
                and doc[i - 2].text == ",":
            # "România a găzduit evenimentul, la care au participat 1.500 de elevi": a relative
            # clause after a preposition tells of the noun before it; a name further back is
            # the main clause's
            return None
        if tok.is_lower and w.report_verbs.lookup(tok.text):
            # "DSP Dolj a confirmat 47 de cazuri": a name before a verb of reporting is the
            # figure's source, not whose figure it is
            return None
        if depth == 0 and fold(tok.text) in w.place_relatives and i >= 2 and doc[i - 1].text == "," \
                and _place_name(doc[i - 2]):
            return _full_name(doc[i - 2])  # "de Iași, unde s-au intabulat …": Iași's
        if tok.is_punct and ")" in tok.text:
            depth += tok.text.count(")")  # (the tokenizer without a model keeps "):" whole)
        elif tok.text == "(":
            depth = max(0, depth - 1)
        elif depth == 0:
            if tok.text in (".", ";", "!", "?"):
                break
            if tok.text in w.unit_symbols:
                # ("317,4 lei pe MWh, de la … 294 de lei": a unit's symbol, capitalised, names no one)
                i -= 1
                continue
            if not doc.has_annotation("ENT_IOB") and tok.text[:1].isupper() and fold(tok.text) in w.function_words:
                break  # ("„În total, …": a clause opens there; a name before it is another clause's)
            named = tok.ent_type_ in ("PERSON", "GPE", "LOC", "ORG") and tok.pos_ == "PROPN" \
                if doc.has_annotation("ENT_IOB") else _name_like(tok)
            if named and doc.has_annotation("ENT_IOB") and _topic(tok, w):
                # "În Timiș, creșterea anuală a fost de 7,4%": a place set before the clause as its
                # topic is whose figure it is, as the window reads it without the NER
                return _full_name(tok)
            if named and _holds_with(tok, w) and not _after_agent_marker(tok, w, w.holder_not_after):
                # "China cu 83 de medalii, dintre care 33 de aur", "urmată de Franța cu 30 de
                # medalii": a country, club or person ranked with its figures owns them
                return _full_name(tok)
            if (tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and not (tok.is_upper and len(tok.text) <= 6)) \
                    or (not doc.has_annotation("ENT_IOB") and _name_like(tok)):
                # (without the NER a name after "la", "în" is where, not whose: "în Copou participă
                # 120 de edituri" is the fair's count; places.py reads the place)
                return None if _after_agent_marker(tok, w) or _after_agent_marker(tok, w, w.holder_not_after) \
                    or _one_of_several(tok, w) or _with_complement(tok, w) \
                    or (not doc.has_annotation("ENT_IOB") and _after_agent_marker(tok, w, w.count_place_prepositions)) \
                    else _full_name(tok)
        i -= 1
    return None


# Words between "respectiv" and the figure it joins: ", puțin peste 6.000 de ipoteci".
RESPECTIVE_REACH = 6


def respective_owner(span: Span, w: FrameWords) -> str | None:
    """"Iași și Constanța au înregistrat scăderi de -26,3% și, respectiv, -5,2%": the figures
    "respectiv" joins go, in order, to as many names coordinated before the first of them (the
    nearest name before each figure would give both to Constanța). Any other count of names
    says nothing."""
    doc, sent = span.doc, span.sent
    marks = [t.i for t in sent if fold(t.text) in w.respectively]
    if not marks:
        return None
    chain = [_figure_near(doc, marks[0], -1, sent)] + [_figure_near(doc, m, 1, sent) for m in marks]
    if None in chain or len(set(chain)) != len(chain) or chain != sorted(chain):
        return None
    at = next((n for n, k in enumerate(chain) if span.start <= k < span.end), None)
    if at is None:
        return None
    groups = _coordinated_names(doc, sent.start, chain[0], w)
    names = next((g for g in reversed(groups) if len(g) == len(chain)), None)
    return _full_name(names[at]) if names else None


def _figure_near(doc, i: int, step: int, sent: Span) -> int | None:
    """The first token with a figure from `i` in the direction `step`, within its clause."""
    k = i + step
    while sent.start <= k < sent.end and abs(k - i) <= RESPECTIVE_REACH:
        tok = doc[k]
        if tok.text in (".", ";", ":"):
            return None
        if tok.like_num or any(ch.isdigit() for ch in tok.text):
            return k
        k += step
    return None


def _coordinated_names(doc, start: int, end: int, w: FrameWords) -> list[list[Token]]:
    """Names joined by commas and "și" between `start` and `end`: each group as the last words
    of its names ("județele Iași și Constanța" is one group of two)."""
    named = (lambda t: t.pos_ == "PROPN" and _capitalised(t)) if doc.has_annotation("POS") else _capitalised
    groups: list[list[Token]] = []
    last, k = None, start
    while k < end:
        if not named(doc[k]):
            k += 1
            continue
        while k + 1 < end and named(doc[k + 1]):
            k += 1  # (a name of several words: its last one)
        first_of_name = k
        while first_of_name > start and named(doc[first_of_name - 1]):
            first_of_name -= 1
        gap = [fold(t.text) for t in doc[last + 1:first_of_name]] if last is not None else None
        if gap and all(g == "," or g in w.list_links for g in gap):
            groups[-1].append(doc[k])
        else:
            groups.append([doc[k]])
        last = k
        k += 1
    return groups


def ranked_with(span: Span, w: FrameWords, reach: int = 6) -> bool:
    """"Franța cu 30 de medalii", "China, cu un total de 90": the figure is its owner's in a
    ranking, whatever verb places the owner ("urmată de", "se află"): the name nearest before it
    is followed by "cu", at most `reach` words before the figure, with no other name between; or
    the figure stands in brackets right after the name, as in a results list ("Richards (1 min 44
    sec 74/100)"; not years, which are an age there: "Popovici (19 ani)")."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].text == "(" and doc[span.start - 2].text[:1].isupper() \
            and doc[span.start - 2].is_alpha and fold(doc[span.end - 1].text) not in w.age_units:
        return True
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


def _after_agent_marker(tok: Token, w: FrameWords, markers: frozenset[str] | None = None) -> bool:
    """"estimat de Gazzetta dello Sport", "potrivit lui Ion Pop": the name is a source or an
    agent, not whose figure it is (`markers`: other words that say so, `agent_markers` else)."""
    doc = tok.doc
    marks = w.agent_markers if markers is None else markers
    # (over a name's small words, "Gazzetta dello Sport", "Vălenii de Munte", but not over one of
    # `markers` between two names: "de la Budapesta spre Abu Dhabi" is bound for Abu Dhabi)
    stops = markers or frozenset()
    j = tok.i - 1
    while j > 0 and (doc[j].text[:1].isupper() or (len(doc[j].text) <= 4 and doc[j - 1].text[:1].isupper()
                                                   and doc[j].is_lower and fold(doc[j].text) not in stops)):
        j -= 1
    return j >= 0 and fold(doc[j].text) in marks


def _topic(tok: Token, w: FrameWords) -> bool:
    """A name that a place preposition opens a sentence or clause with, before a comma: "În Timiș,"."""
    doc, k = tok.doc, tok.i
    if k < 1 or k + 1 >= len(doc) or doc[k + 1].text != "," or fold(doc[k - 1].text) not in w.place_prepositions:
        return False
    return doc[k - 1].is_sent_start \
        or (k >= 2 and (doc[k - 2].text in (",", ";") or fold(doc[k - 2].text) in w.clause_breaks))


def _name_like(tok: Token) -> bool:
    """A capitalised word that does not open its sentence: a name, without NER. An acronym
    ("INSP", "IACRS") names an institution or a term, not whose figure it is. (A function word
    capitalised after a quotation mark, "„În total …", ends the look-back before this is asked.)"""
    return (tok.is_alpha or "-" in tok.text) and tok.text[:1].isupper() and not _opens_sentence(tok) \
        and not (tok.is_upper and len(tok.text) <= 6)


def _place_name(tok: Token) -> bool:
    if tok.doc.has_annotation("ENT_IOB"):
        return tok.pos_ == "PROPN" and tok.ent_type_ in ("GPE", "LOC", "ORG")
    return _name_like(tok)


def _opens_sentence(tok: Token) -> bool:
    """The first word of its sentence or of its line, behind a list's dash or bullet at most: "-
    Rata anuală a inflației … a fost 9,9%" has no name in it, nor has a title or a paragraph
    that opens with "Datele publicate de …" (the sentencizer without a model does not split
    after a title with no full stop)."""
    doc = tok.doc
    k = tok.i
    while k > tok.sent.start and (doc[k - 1].text in BULLETS or (doc[k - 1].is_space and k < tok.i)):
        k -= 1
    # (the title, after the blanked date line, opens the article)
    line_start = k > 0 and doc[k - 1].is_space and ("\n" in doc[k - 1].text or all(t.is_space for t in doc[:k]))
    return (k == tok.sent.start and k < tok.i) or tok.is_sent_start or line_start or opens_quotation(tok) \
        or after_line_label(tok)


def _listed_before(span: Span, w: FrameWords) -> Token | None:
    """A list of items with their figures, "Pall Mall 27 de lei, iar Kent Blue 28 de lei",
    "…, Vogue 29 de lei": a name right before the figure, after a comma, colon, "iar" or a
    sentence's start, owns it whatever the parse or the NER make of it; so does a full name and
    a comma before years ("Voicu Socae, 36 de ani"). The name's last word."""
    doc = span.doc
    j = span.start - 1
    if j > 1 and doc[j].text == "," and fold(doc[span.end - 1].text) in w.age_units \
            and _capitalised(doc[j - 2]) and not doc[j - 2].is_sent_start:
        # "copilotul Voicu Socae, 36 de ani": years after a full name are that one's age
        return doc[j - 1]
    if j < 1 or not (_capitalised(doc[j]) and not doc[j].is_sent_start):
        return None
    first = j
    while first > 0 and _capitalised(doc[first - 1]) and not doc[first].is_sent_start:
        first -= 1
    if doc[first].is_sent_start or doc[first - 1].text in (",", ":", ";") or fold(doc[first - 1].text) in w.item_links:
        return doc[j]
    return None


def _capitalised(tok: Token) -> bool:
    """A word written as a name: capitalised, not all capitals (an acronym names an institution
    or a term; "ACTUALIZARE 21.18", "EXCLUSIV" label a paragraph)."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper


def _full_name(tok: Token) -> str:
    """The name `tok` is in, folded: the capitalised words around it (of its entity, when the
    NER labels it), but not a sentence's first word before it, which a capital tells nothing of
    unless the tagger takes it for a name."""
    doc = tok.doc
    same = (lambda t: t.ent_type_ == tok.ent_type_) if doc.has_annotation("ENT_IOB") else (lambda t: True)
    j = tok.i
    while j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and same(doc[j + 1]) \
            and (doc[j + 1].is_alpha or "-" in doc[j + 1].text):
        j += 1
    i = tok.i
    while i > 0 and doc[i - 1].text[:1].isupper() and same(doc[i - 1]) and not doc[i].is_sent_start \
            and (not doc[i - 1].is_sent_start or doc[i - 1].pos_ == "PROPN") \
            and (doc[i - 1].is_alpha or "-" in doc[i - 1].text):
        i -= 1
    return " ".join(fold(t.text) for t in doc[i:j + 1])


def split_name(name: str) -> tuple[str, list[str]]:
    """(the surname, the other parts) of a folded full name: "Nicușor-Daniel Dan" and "Nicușor
    Dan" meet on "dan", with "nicusor" in both; "Kent Blue" and "Rothmans Blue" do not."""
    words = name.split()
    last = words[-1].split("-")
    return last[-1], [p for w in words[:-1] for p in w.split("-")] + last[:-1]
