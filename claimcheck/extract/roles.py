"""The role a figure plays in its clause, read from the words around it: a level, a change or a
share (`rate_role`, `change_is_said`); the value before a change or the one it reaches; a part of
a total said with it, or a stock (how many there are); planned, usual, the speaker's own, or in
an aside about another happening; and what it is per."""

from __future__ import annotations

import itertools

from collections.abc import Callable

from spacy.tokens import Span, Token

from claimcheck.extract.measured import dated_chars, has_cue
from claimcheck.lang.frames import FrameWords
from claimcheck.model import CHANGE_EVENTS
from claimcheck.read.textnorm import fold


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
    if has_cue(folded, w.planned_cues):
        return "planned"
    # a cue that opens the sentence governs all of it, however far the figure: "Urmează ca Horia
    # să coboare la o altitudine sub 8.000 de metri" (unless a clause break comes between)
    opening = [fold(t.text) for t in doc[span.sent.start:min(span.sent.start + 2, span.start)]]
    between = {fold(t.text) for t in doc[span.sent.start:span.start]}
    return "planned" if has_cue(opening, w.planned_cues) and not between & w.clause_breaks else None


def rate_role(span: Span, w: FrameWords) -> str | None:
    """What a percentage states: a change ("a crescut cu 5%", "cu 15% mai multe cazuri"), a share
    ("40% din voturi") or a level ("a ajuns la 9,88%"). Two roles are two facts."""
    doc = span.doc
    before = fold(doc[span.start - 1].text) if span.start > 0 else ""
    after = fold(doc[span.end].text) if span.end < len(doc) else ""
    # the qualifier may hold the preposition: "(cresc) în medie cu 600 de lei"
    lead = [fold(t.text) for t in span if not t.like_num][:3]
    if span[0].text[:1] in w.fall_signs and span[0].text[1:2].isdigit():
        return "change down"  # "scăderi de -26,3%" (extract/quantities reads the fall's size)
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
    if before in w.change_noun_links and span.start > 1 and _change_noun(doc[span.start - 2], w):
        return "change"  # "o majorare de aproximativ 10%"
    dated = dated_chars(doc)
    if after in w.share_after and doc[span.end].idx not in dated:
        return "share"  # (but "din ianuarie" is a date)
    if _share_noun_said(span, w):
        return "share"  # "o cotă de piață de 7,6%", "7.6% cotă de piață"
    if before == "(" and span.start > 1 and (doc[span.start - 2].like_num or doc[span.start - 2].is_alpha):
        return "share"  # "1.979.767 de voturi (20,99%)": the count's share of its total
    return "level"


def _share_noun_said(span: Span, w: FrameWords) -> bool:
    """A share noun (rules/frames.yml `share_nouns`) right after the figure, or ending right before
    its "de" ("o pondere de 37%")."""
    doc = span.doc
    lo = max(span.sent.start, span.start - 4)
    before = tuple(fold(t.text) for t in doc[lo:span.start])
    return share_noun_after(span, w) is not None \
        or (before[-1:] == ("de",) and any(before[-1 - len(p):-1] == p for p in w.share_nouns))


def share_noun_after(span: Span, w: FrameWords) -> Token | None:
    """The last word of a share noun right after a percentage ("27,4% cotă de piață": "piață"),
    which names what the share is of, as in "o cotă de piață de 27,4%"; or None."""
    doc = span.doc
    after = tuple(fold(t.text) for t in doc[span.end:span.end + 3])
    size = next((len(p) for p in w.share_nouns if after[:len(p)] == p), 0)
    return doc[span.end + size - 1] if size else None


def _change_noun(tok, w: FrameWords) -> bool:
    word = fold(tok.text)
    return word.startswith(w.change_nouns) and word.endswith(w.verbal_noun_endings)


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


def sentence_way(span: Span, lookup: Callable[[str], str | None]) -> str | None:
    """The one way (increase or decrease) the words of a figure's sentence tell, or None when they
    tell none or both."""
    ways = {cls for t in span.sent for cls in (lookup(t.lemma_) if t.lemma_ else None, lookup(t.text))
            if cls in CHANGE_EVENTS}
    return ways.pop() if len(ways) == 1 else None


def is_previous_value(span: Span, w: FrameWords) -> bool:
    """"crește de la 4.050 lei la 4.325 lei": with a change verb, the figure after "de la" is the
    value before the change, a different fact from the value after it."""
    doc = span.doc
    before = tuple(fold(t.text) for t in doc[max(span.sent.start, span.start - 6):span.start])
    if any(before[-len(p):] == p for p in w.previous_markers if len(p) <= len(before)):
        return True
    # "să crească la 317,4 lei, de la nivelul actual de 294 de lei": the marker leads a noun that
    # holds the figure (rules/frames.yml container_nouns), a word may describe it, "de" links the figure
    if not before or before[-1] != w.of_link:
        return False
    for gap in (1, 2):
        k = len(before) - 1 - gap
        if k > 0 and before[k] in w.containers \
                and any(before[max(0, k - len(p)):k] == p for p in w.previous_markers):
            return True
    return False


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


RATE_REACH = 8  # words after a figure that may still name the population it is a rate of


def per_unit(span: Span, w: FrameWords, pay: bool = True) -> list[str] | None:
    """What a figure is per, right after it: "24,5 lei pe oră" is not "4.325 lei" a month; and,
    with `pay` (an amount of money), whether pay is net or gross, after it ("2.574 de lei net") or
    in the words just before it ("salariul net va fi de 2.599 de lei"); a growth of the "produsul
    intern brut" is no gross pay."""
    doc = span.doc
    after = [fold(t.text) for t in doc[span.end:span.end + 3]]
    before = [fold(t.text) for t in doc[max(span.sent.start, span.start - 6):span.start]]
    found = {name for name, phrases in w.per_markers if name != "inhabitants" and has_cue(after, phrases)}
    found |= {name for name, phrases in w.per_markers if name in ("net", "gross") and has_cue(before, phrases)}
    if not pay:
        found -= {"net", "gross"}
    # (a rate's population may follow what the figure counts: "46 de victime ale traficului rutier
    # la un milion de locuitori", up to the clause's first comma)
    clause = list(itertools.takewhile(lambda x: x not in (",", ".", ";", ":"),
                                      (fold(t.text) for t in doc[span.end:min(span.end + RATE_REACH, span.sent.end)])))
    found |= {name for name, phrases in w.per_markers if name == "inhabitants" and has_cue(clause, phrases)}
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


def of_several(span: Span, w: FrameWords) -> bool:
    """"Trei turiști au murit în accidente separate": the count's clause says its happenings were
    several (rules/frames.yml `several_markers` after its noun), so it sums them. Read from the
    clause's start to its end. Before its noun the word means "various" ("au defilat peste 2.900
    de militari din diferite structuri"): one happening's count of mixed kinds, so the word
    before the marker must be a content word, not a preposition."""
    doc = span.doc
    end = span.end
    while end < span.sent.end and fold(doc[end].text) not in w.clause_breaks and doc[end].text not in (".", ";", ",") \
            and not doc[end].like_num:
        end += 1
    toks = _clause_tokens(span, w) + list(doc[span.end:end])
    return any(k > 0 and fold(t.text) in w.several_markers and toks[k - 1].is_alpha and not toks[k - 1].is_stop
               for k, t in enumerate(toks))


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


def in_aside(span: Span, w: FrameWords) -> str | None:
    """A background paragraph about another happening: "Amintim că, în noiembrie, un microbuz s-a
    răsturnat …", "Un accident similar a avut loc …". Its figures are another story's. "recall"
    when its only cue recalls ("Amintim că"): the days it names tell whose story it is
    (extract/quantities.RECALL_DAYS); "other" when a cue names another happening."""
    doc = span.doc
    i = span.start
    while i > 0 and not (doc[i - 1].is_space and "\n" in doc[i - 1].text):
        i -= 1
    opening = [fold(t.text) for t in doc[i:min(i + 15, span.start + 1)] if not t.is_space]
    if not has_cue(opening, w.aside_markers):
        return None
    other = tuple(c for c in w.aside_markers if c not in w.recall_markers)
    return "other" if has_cue(opening, other) else "recall"
