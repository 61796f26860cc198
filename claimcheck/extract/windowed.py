"""A figure's frame without a parse (`--model blank`): the verb, the actor and what is measured,
read from a window of words around the figure in its clause. Weaker than the parse, but the
same tables from `rules/` decide, so both modes agree on easy cases."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimcheck.extract.frame import Frame, side_of
from claimcheck.extract.parsed import is_negated
from claimcheck.lang.frames import FrameTables, FrameWords
from claimcheck.lang.stems import stem, stems_meet
from claimcheck.read.textnorm import fold

WINDOW = 8  # words either side where a parse-less frame looks for the verb and actor: about a clause
CONTEXT_WINDOW = 12  # words after it that may name what is measured ("au semnat un acord de …")


def happening_from_window(doc: Doc, start: int, span: Span, w: FrameWords) -> tuple[str, int] | None:
    """Without a parse: (what happened, where its verb starts) when a happen verb as written
    stands before the figure in its clause, after a noun ("Evadarea a avut loc joi, la ora 18:20")."""
    folded = [fold(t.text) for t in doc[start:span.start]]
    for k in range(1, len(folded)):
        for form in w.happen_forms:
            if tuple(folded[k:k + len(form)]) == form and doc[start + k - 1].is_alpha:
                # the word before the verb, unless it is a name ending the subject's phrase
                # ("Scurgerea de gaz de la Școala … din Deva a avut loc"): then the clause's first
                before = doc[start + k - 1]
                noun = before if before.is_sent_start or not before.text[:1].isupper() else doc[start]
                head = doc[start + k - 3] if k >= 3 else None
                if head is not None and fold(doc[start + k - 2].text) == w.of_link and head.is_alpha \
                        and (head.is_sent_start or not head.text[:1].isupper()):
                    # "Aterizarea de urgență a avut loc": the noun its complement tells of, as
                    # the parse's subject is ("Scurgerea de gaz a avut loc" is the leak's)
                    noun = head
                if head is not None and fold(head.text) in w.indefinite_articles and doc[start + k - 2].is_alpha:
                    # "Un incendiu puternic a izbucnit": the noun right after "un"/"o", not its adjective
                    noun = doc[start + k - 2]
                # ("A avut loc un incendiu la ora 18.30": the subject after the verb)
                noun = _postposed(doc, start + k + len(form), w) or noun
                if not noun.is_alpha:
                    return None
                return _said(noun, w), start + k
    # "Sâmbătă seară, în jurul orei 18.30, la Spitalul Județean a avut loc un incendiu": a fronted
    # time, its happen verb the clause's first verb after it, with the subject after the verb (not
    # in "La ora 10, pompierii au intervenit, iar la ora 12 a avut loc o explozie")
    folded = [fold(t.text) for t in doc[span.end:span.sent.end]]
    for k in range(len(folded)):
        for form in w.happen_forms:
            if tuple(folded[k:k + len(form)]) == form:
                noun = _postposed(doc, span.end + k + len(form), w)
                return (_said(noun, w), span.end + k) if noun is not None else None
        if folded[k] in w.auxiliaries or folded[k] in w.clause_breaks:
            return None
    return None


def _participle_before(doc: Doc, lo: int, span: Span, w: FrameWords) -> Token | None:
    """The nearest participle right after an auxiliary before the figure, in its clause: "a
    aterizat", "au ajuns"."""
    for k in range(span.start - 1, max(lo, 1) - 1, -1):
        tok = doc[k]
        if tok.is_alpha and tok.is_lower and fold(tok.text).endswith(w.participle_endings) \
                and fold(doc[k - 1].text) in w.auxiliaries:
            return tok
    return None


def _postposed(doc: Doc, i: int, w: FrameWords) -> Token | None:
    """The noun of "un incendiu", "o explozie" starting at `i`, the subject said after its verb."""
    if i + 1 < len(doc) and fold(doc[i].text) in w.indefinite_articles and doc[i + 1].is_alpha:
        return doc[i + 1]
    return None


def _said(noun: Token, w: FrameWords) -> str:
    said = stem(noun.text)
    return "*" if any(stems_meet(said, g) for g in w.generic_happening_stems) else said


def _own_verb(doc: Doc, i: int, end: int, w: FrameWords) -> bool:
    """An auxiliary or a reflexive clitic stands between `i` and the next comma: the clause there
    has a verb of its own ("dintre care nouă au murit", "dintre care doi s-au salvat")."""
    for tok in doc[i:end]:
        if tok.text in ",;.":
            return False
        if fold(tok.text) in w.auxiliaries or fold(tok.text) in w.reflexives:
            return True
    return False


def _as_means(tok: Token, w: FrameWords) -> bool:
    """A means noun tells what befell the counted after a preposition ("duse la spital") or as the
    label of a list line ("Spitalul Județean de Urgență Pitești – 4 pacienți"), not as whose
    something is ("directorul spitalului", "al Spitalului Județean")."""
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    return before is None or (before.is_space and "\n" in before.text) or fold(before.text) in w.means_prepositions


def frame_from_window(span: Span, noun_tok: Token | None, t: FrameTables, w: FrameWords,
                      time_of_day: bool = False) -> Frame:
    f = Frame()
    doc = span.doc
    sent = clause_bounds(span)
    if noun_tok is not None:
        f.noun = fold(noun_tok.text)
        classifier = any(stems_meet(stem(f.noun), stem(c)) for c in w.classifier_nouns)
        after = doc[noun_tok.i + 1:noun_tok.i + 3]
        if classifier and len(after) == 2 and fold(after[0].text) == w.of_link and after[1].is_alpha \
                and after[1].is_lower:
            # "12.770 de exemplare de urs brun": the pieces are of the noun after "de"
            f.noun = fold(after[1].text)
        elif classifier and (subject := _subject_of_perfect(span, w)) is not None:
            # "autoturismele (…) au înregistrat un volum de 13.816 de unități": a noun that only
            # counts pieces counts what the subject of its clause's verb names, as with the parse
            f.noun = fold(subject.text)
    lo = max(sent.start, span.start - WINDOW)
    hi = min(sent.end, span.end + CONTEXT_WINDOW)
    # "3 persoane au murit, iar 13 victime au fost duse la spital": a connector starts another
    # clause, whose verb is not this figure's.
    breaks = w.clause_breaks
    lo = max([lo] + [k + 1 for k in range(lo, span.start) if fold(doc[k].text) in breaks])
    hi = min([hi] + [k for k in range(span.end, hi) if fold(doc[k].text) in breaks])
    # "16 persoane, dintre care nouă au murit": what befell the part is not the whole's (a comma
    # sets the part's clause off; "2.000 dintre ei au murit" is the part itself, and "45 de
    # persoane, dintre care 9 copii, se află internate" an aside with no verb of its own)
    hi = min([hi] + [k for k in range(span.end + 1, hi) for p in w.partitive_before
                     if doc[k - 1].text == "," and tuple(fold(x.text) for x in doc[k:k + len(p)]) == p
                     and _own_verb(doc, k + len(p), sent.end, w)])
    # Nearest verb-like word with an event class, after the quantity first: Romanian puts the
    # verb after a subject quantity and before an object quantity, so look both ways by distance.
    best: tuple[int, str, str] | None = None
    # "Două persoane au murit și patru au fost rănite": a figure right before an auxiliary is the
    # subject of the verb after it, however near the verb before it stands
    subject = span.end < len(doc) and fold(doc[span.end].text) in w.subject_followers
    # "Ei au fost aduși la suprafață ieri dimineață, unul dintre ei fiind deja decedat": a time
    # after its clause's auxiliary times the verb before it (even one no table knows), so a verb
    # past the next comma tells another clause. (Only a time: a count after "s-a terminat la
    # spital pentru 100 dintre ei" loses nothing to a verb past a comma and measured no better.)
    comma = next((k for k in range(span.end, hi) if doc[k].text == ","), None) \
        if time_of_day and any(fold(x.text) in w.auxiliaries for x in doc[lo:span.start]) else None
    for tok in doc[lo:hi]:
        if span.start <= tok.i < span.end or not tok.is_alpha or (subject and tok.i < span.start):
            continue
        if comma is not None and tok.i > comma:
            continue
        if tok.i >= span.end and len(tok.text) > 5 and fold(tok.text).endswith(w.gerund_endings) \
                and any(x.text == "," for x in doc[span.end:tok.i]):
            continue  # ("…, în jurul orei 03.00, oferindu-le privitorilor ocazia": another clause)
        if tok.i > 0 and fold(doc[tok.i - 1].text) in w.indefinite_articles:
            continue  # "o fabrică", "un produs": a noun that looks like a verb of a class
        # ("și-au pierdut viața": a verb and its object that say the class together)
        two = t.events.lookup_phrase([x.text for x in doc[tok.i:tok.i + 3]])
        cls = two or t.events.lookup(tok.text) or (t.means.lookup(tok.text) if _as_means(tok, w) else None)
        if cls:
            dist = span.start - tok.i if tok.i < span.start else tok.i - span.end + 1
            if tok.i < span.start and any(x.text == ":" for x in doc[tok.i:span.start]):
                # "Bilanțul a crescut: cinci persoane au fost rănite": a verb of the clause after a
                # colon is the figure's; the one before it only when no other is near
                dist += WINDOW
            # (at one distance, the verb after it: "Trei persoane au murit și alte cinci au fost
            # rănite" wounded the five)
            if best is None or dist < best[0] or (dist == best[0] and tok.i > span.start > best[3]):
                best = (dist, fold(tok.text), cls, tok.i)
    if best:
        f.predicate, f.event = best[1], best[2]
        f.negated = is_negated(doc[best[3]], span, w) or None
    elif time_of_day and (done := _participle_before(doc, lo, span, w)) is not None:
        # "aeronava a aterizat în siguranță la ora 11:05": a verb no table knows still says what
        # the time is of, as its lemma does with the parse (matching asks both times tell of it)
        f.predicate = fold(done.text)
    elif noun_tok is not None and noun_tok.i + 1 < hi \
            and (done := perfect_participle(doc, noun_tok.i + 1, hi, w)) is not None \
            and fold(done.text).endswith(w.participle_endings):
        # "71.000 de persoane au donat prin SMS": a verb no table knows, right after the counted
        # noun and its auxiliary, is what befell it, as its lemma is with the parse
        f.predicate = fold(done.text)
    # (the whole sentence's clause: a subject may stand more than a window before its time)
    first = span.sent.start
    clause = max([first] + [k + 1 for k in range(first, span.start) if fold(doc[k].text) in breaks])
    said = happening_from_window(doc, clause, span, w)
    if said is not None:
        # "Incidentul s-a produs la 18:45": what happened is the word before the verb, which
        # itself says only that it did (and "produs" is no manufacture here)
        f.happening, k = said
        if best and k <= best[3] < span.start:
            f.event = None
    words = [w.text for w in doc[lo:hi]]
    f.context = [" ".join(fold(w) for w in words[i:i + 3]) for i in range(len(words))]
    if qualifies_previous_noun(span, t, w):
        # "Jucătorul de 23 de ani a semnat": the amount describes the noun before "de" (an
        # age, a size), so neither the verb nor the words around say what it measures. But a
        # verb of what did not happen still says so ("sunt așteptate cantități de apă de 80-100
        # l/mp" is a forecast, never the rain measured)
        if f.event not in t.modal:
            f.predicate = f.event = None
        # the noun, or the noun before its adjective ("un salariu anual de 800.000 de euro")
        f.context = [fold(doc[i].text) for i in (span.start - 2, span.start - 3) if i >= 0]
    # Actor: a nationality right after the counted noun ("militari nord-coreeni"), else a side
    # named before the quantity in the same clause (a comma ends the look-back: in "Potrivit
    # serviciilor sud-coreene, 15.000 de militari" the source is not the actor).
    if noun_tok is not None and noun_tok.i + 1 < sent.end:
        nxt = doc[noun_tok.i + 1]
        side = side_of([nxt.text], t)
        if side:
            f.actor, f.actor_text = side, nxt.text
    if f.actor is None:
        for tok in reversed(doc[max(sent.start, span.start - WINDOW):span.start]):
            if tok.is_punct and tok.text in ",;:":
                break
            if tok.is_alpha and tok.text[:1].isupper() or "-" in tok.text:
                side = side_of([w.text for w in doc[tok.i:tok.i + 3]], t)
                if side:
                    f.actor, f.actor_text = side, tok.text
                    break
    return f


def perfect_participle(doc: Doc, k: int, end: int, w: FrameWords) -> Token | None:
    """The participle of a verb in the perfect whose auxiliary stands at `k` ("au ajuns", "a fost
    descărcat", "s-a produs"), before `end`; None when `k` holds no auxiliary (the article "o",
    "a fost în": a copula alone tells nothing that happened)."""
    word = fold(doc[k].text)
    if word not in w.auxiliaries or word in w.indefinite_articles:
        return None
    j = k + 1
    while j < end and fold(doc[j].text) in w.reflexives:
        j += 1
    if j + 1 < end and fold(doc[j].text) in w.copulas and fold(doc[j + 1].text).endswith(w.participle_endings):
        j += 1  # ("a fost descărcat": the participle after the passive's "fost")
    if j >= end or not (doc[j].is_alpha and doc[j].text.islower()) \
            or fold(doc[j].text) in w.function_words or fold(doc[j].text) in w.window_stops:
        return None
    return doc[j]


def _subject_of_perfect(span: Span, w: FrameWords) -> Token | None:
    """The noun right before the verb in the perfect that stands before the figure in its clause
    (past a parenthesis: "autoturismele (care reprezintă …) au înregistrat"); None when it is no
    common noun (a name, a function word, a container such as "cifrele")."""
    doc = span.doc
    for k in range(span.start - 1, max(span.sent.start, span.start - WINDOW) - 1, -1):
        if doc[k].text in ",;:" or fold(doc[k].text) in w.clause_breaks:
            return None
        if perfect_participle(doc, k, span.start, w) is None:
            continue
        j = k - 1
        if j >= span.sent.start and doc[j].text == ")":
            while j > span.sent.start and doc[j].text != "(":
                j -= 1
            j -= 1
        if j > span.sent.start and fold(doc[j].text) in w.function_words:
            j -= 1  # ("Autoturismele noi au înregistrat": a word after the noun that describes it)
        if j < span.sent.start:
            return None
        noun = doc[j]
        word = fold(noun.text)
        if not (noun.is_alpha and (noun.text.islower() or noun.i == span.sent.start)) \
                or word in w.function_words or word in w.containers:
            return None
        return noun
    return None


def qualifies_previous_noun(span: Span, t: FrameTables, w: FrameWords) -> bool:
    """Without a parse: is the amount a "de" complement of the word before it ("jucătorul de 23
    de ani", "o întârziere de două ore"), rather than of the verb ("timp de două ore")?"""
    if span.start < 2:
        return False
    de, word = span.doc[span.start - 1], span.doc[span.start - 2]
    return fold(de.text) == w.of_link and word.is_alpha and fold(word.text) not in t.not_nouns_before_de


def with_previous_noun(span: Span, w: FrameWords) -> bool:
    """"un microbuz cu 14 persoane", "un bloc cu opt etaje": after an article, a noun and "cu" the
    count describes that noun."""
    if span.start < 3:
        return False
    doc = span.doc
    return fold(doc[span.start - 1].text) == w.with_link and doc[span.start - 2].is_alpha \
        and fold(doc[span.start - 3].text) in w.indefinite_articles


def maker_of(span: Span, w: FrameWords) -> Token | None:
    """"o echipă pedestră formată din 11 salvatori": the noun after an indefinite article that a
    participle of `made_of` and `from_link` ("din") say the count makes up (a word may describe it
    between)."""
    doc = span.doc
    k = span.start
    if k < 4 or fold(doc[k - 1].text) != w.from_link or fold(doc[k - 2].text) not in w.made_of:
        return None
    for a in range(k - 4, max(k - 6, 0) - 1, -1):
        if fold(doc[a].text) in w.indefinite_articles and doc[a + 1].is_alpha:
            return doc[a + 1]
    return None


def clause_bounds(span: Span) -> Span:
    """The sentence around `span` by punctuation and line breaks alone. A parser may cut a
    fronted "Anul trecut, …" off its clause; the window must not trust that cut."""
    doc = span.doc
    start = span.start
    while start > 0 and span.start - start < CONTEXT_WINDOW:
        prev = doc[start - 1]
        if prev.text in (".", "!", "?") or (prev.is_space and "\n" in prev.text):
            break
        start -= 1
    end = span.end
    while end < len(doc) and end - span.end < CONTEXT_WINDOW:
        tok = doc[end]
        end += 1
        if tok.text in (".", "!", "?") or (tok.is_space and "\n" in tok.text):
            break
    return doc[start:end]
