"""Where a figure holds, and at which level (country, county, city, commune, one named site):
from the verb's places in the parse, the words right after the counted noun (or a count's figure),
a place a relative "unde" before a count points to, the place after a count's verb without a
parse, or a word window. A county's figure is not the country's, so the level is part of the
fact."""

from __future__ import annotations

import itertools

from spacy.tokens import Span, Token

from claimcheck.extract import measured
from claimcheck.extract.frame import Frame
from claimcheck.extract.sites import name_at
from claimcheck.lang.frames import FrameWords
from claimcheck.read.textnorm import fold


def place_from_parse(f: Frame, verb: Token | None, said: Token | None, w: FrameWords,
                     noun: Token | None = None) -> None:
    """A place with its level, as the figure's own clause names it ("În județul Constanța, X
    are 135.591 de voturi"); with no verb, the places of a counted noun that is its clause's
    predicate ("la Palatul Culturii au fost 31.375 vizitatori": "au fost" is its copula)."""
    if verb is None and noun is not None and any(c.dep_ == "cop" for c in noun.children):
        verb = noun
    if verb is None:
        return
    children = list(verb.children)
    if said is not None:
        children += list(said.children)  # "se află internate la Spitalul Județean"
    for child in children:
        if child.dep_ == "obl" and child.pos_ == "NOUN" and (level := measured.place_level([child.text], w)):
            names = quoted_name(child) or [g.text for g in child.children if g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "LOC")]
            if level in w.named_levels and names and set(names) <= set(written := written_name(child, w)):
                names = written  # (the parse's proper names, in the name as written around them)
            if level in w.named_levels and not names:
                continue
            f.place = " ".join([child.text, *names])
            f.place_level = level
            return
    for child in children:
        # "la Palatul Culturii au fost 31.375 vizitatori", "Muzeul Cotroceni a atras peste 3.000
        # de vizitatori": an establishment the model's NER names is one site, whatever its level
        # word (a museum, a palace, an opera house: no list of such words is needed)
        # (but one that reports a figure is its source: "Spitalul Județean Bacău a raportat 14 cazuri")
        if (child.dep_ == "obl" or (child.dep_ == "nsubj" and not w.report_verbs.lookup(fold(verb.text)))) \
                and (name := site_name(child, w)):
            f.place, f.place_level = name, "site"
            return


LABEL_WORDS = 12  # the most tokens a list line's label takes ("Spitalul Clinic de Urgență Floreasca –")

# The NER labels (ro_legal_fl's) of one establishment: a building or a site, not an organisation.
SITE_LABELS = ("FACILITY",)


def site_name(tok: Token, w: FrameWords) -> str | None:
    """The establishment's name the NER finds at `tok`, as written up to its last capitalised
    word ("Muzeul Unirii – 2.621" is tagged whole: the figure is not the name); None when `tok`
    names none or the name is one word."""
    if tok.ent_type_ not in SITE_LABELS:
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None:
        return None
    words: list[str] = []
    for t in ent:
        if t.text[:1].isupper() and (t.is_alpha or "-" in t.text):
            words.append(t.text)
        elif not (fold(t.text) in w.name_joiners and words):
            break
    return " ".join(words) if len(words) >= 2 else None


# Marks that open and close an establishment's name: "Spitalul „Sfânta Maria” din Iași".
NAME_QUOTES = frozenset("„“”\"«»")


def quoted_name(level: Token, longest: int = 4) -> list[str]:
    """The name in quotation marks right after a level word ("Spitalul „Sfânta Maria”", "Liceul
    „George Coșbuc”"): its capitalised words, which the parse hangs anywhere; [] without one."""
    doc = level.doc
    k = level.i + 1
    if k >= len(doc) or doc[k].text not in NAME_QUOTES:
        return []
    names = list(itertools.takewhile(lambda t: t.text[:1].isupper() and t.text not in NAME_QUOTES,
                                     doc[k + 1:min(k + 1 + longest, len(doc))]))
    closed = k + 1 + len(names) < len(doc) and doc[k + 1 + len(names)].text in NAME_QUOTES
    return [t.text for t in names] if names and closed else []


def written_name(level: Token, w: FrameWords, longest: int = 7) -> list[str]:
    """An establishment's name as written after its level word: "Spitalul Județean de Urgență
    Piatra Neamț", its capitalised words and the small words that join them ("de", "din"); []
    when no capitalised word follows. The parse hangs such a name's words anywhere (the place was
    "Spitalul Piatra"), and another outlet's "Spitalul Județean" is the same establishment."""
    doc = level.doc
    end = min(level.i + 1 + longest, level.sent.end)
    out: list[str] = []
    k = level.i + 1
    while k < end:
        tok = doc[k]
        if tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text):
            out.append(tok.text)
        elif fold(tok.text) in w.name_joiners and k + 1 < end and doc[k + 1].text[:1].isupper():
            # ("Spitalul de Urgență Piatra Neamț": a joiner may open the name too)
            out.append(tok.text)
        else:
            break
        k += 1
    return out if any(x[:1].isupper() for x in out) else []


def place_after_noun(f: Frame, noun: Token, w: FrameWords) -> None:
    """"11.000 de consumatori din județul Buzău", "1.707 consumatori din patru localități ale
    județului": where the counted things are, said right after their noun."""
    doc = noun.doc
    folded = [fold(t.text) for t in doc[noun.i + 1:min(noun.i + 8, noun.sent.end)]]
    # (one word may describe the noun first: "consumatori afectați la nivelul județului")
    skip = 1 if len(folded) > 1 and folded[0].isalpha() and folded[0] not in w.function_words \
        and folded[1] in w.place_prepositions else 0
    if len(folded) <= skip or folded[skip] not in w.place_prepositions:
        return
    for k, word in enumerate(folded):
        if k < skip:
            continue
        if word in (",", ".", ";") or (k > skip and word in w.window_stops):
            return
        level = measured.place_level([word], w)
        if level:
            name = doc[noun.i + 2 + k].text if noun.i + 2 + k < len(doc) and doc[noun.i + 2 + k].is_alpha else ""
            if level in w.named_levels and not name[:1].isupper():
                return
            f.place, f.place_level = f"{doc[noun.i + 1 + k].text} {name}".strip(), level
            return


def site_after_noun(f: Frame, noun: Token, w: FrameWords, reach: int = 5) -> None:
    """"14 elevi au fost internați la Spitalul Județean Hunedoara": a named establishment in the
    counted noun's clause, a few words on, is where they were counted (the parse finds it as the
    verb's place; without a parse, the words do)."""
    doc = noun.doc
    # (a preposition, the level word and a name's first word, all inside the sentence)
    end = min(noun.i + 1 + reach, noun.sent.end - 3)
    for k in range(noun.i + 1, end + 1):
        word = fold(doc[k].text)
        if word in (",", ".", ";", ":") or word in w.clause_breaks or doc[k].like_num:
            return
        if word in w.place_prepositions and (level := measured.place_level([doc[k + 1].text], w)) \
                and level in w.named_levels:
            # (no name after the level word, written bare or in quotation marks: read on)
            names = quoted_name(doc[k + 1]) or [t.text for t in itertools.takewhile(
                lambda t: t.text[:1].isupper(), doc[k + 2:min(k + 5, noun.sent.end)])]
            if names:
                f.place, f.place_level = " ".join([doc[k + 1].text, *names]), level
                return


def place_from_window(f: Frame, span: Span, w: FrameWords) -> None:
    """A place that opens a sentence ("În județul Constanța, X are …") sets the scene for the rest
    of its paragraph line, as a heading does. A place inside a sentence ("un bloc din sectorul 5")
    describes a noun, not where a figure counts, so only a fronted one is taken."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and span.start - i <= 80 and not (doc[i].is_space and "\n" in doc[i].text):
        i -= 1
    line = doc[i + 1:span.start]
    # (a clause opened by "iar" sets its own scene: "…, iar la nivelul județului Bacău rata este de 27%")
    starts = [t.i for t in line if t.is_sent_start or t.i == line.start
              or (t.i > line.start and fold(doc[t.i - 1].text) in w.clause_breaks)]
    # "Spitalul Clinic de Urgență Floreasca – 5 pacienți": a list line's label is the place of
    # its figure, all of it (another line names "Spitalul Clinic de Urgență pentru Copii …")
    # (a label is short: a paragraph whose last sentence ends "… în 14 muzee: 5 instituții" is
    # no list line, however it starts)
    labelled = 1 < len(line) <= LABEL_WORDS and line[-1].text[-1:] in ("-", "–", "—", ":")  # ("Bagdasar-Arseni- 5")
    for sent_start in reversed(starts):
        head = doc[sent_start:min(sent_start + 3, span.start)]
        for k, tok in enumerate(head):
            level = measured.place_level([tok.text], w)
            if labelled and level and k == 0 and sent_start == line.start:
                f.place, f.place_level = doc[tok.i:span.start].text.rstrip(" -–—:"), level
                return
            if level in w.named_levels and not (k and fold(head[k - 1].text) in w.place_prepositions):
                if k == 0 and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() \
                        and not any(w.report_verbs.lookup(fold(x.text)) for x in doc[tok.i:span.start]):
                    # "Teatrul Maghiar de Stat a primit 1.300 de vizitatori": the establishment the
                    # sentence opens with is where its figure holds (as the parse's subject is,
                    # site_name), not an earlier sentence's place
                    f.place, f.place_level = f"{tok.text} {doc[tok.i + 1].text}", level
                    return
                continue  # ("Elevii Școlii Gimnaziale … au plecat": whose, not where)
            if level and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
                f.place, f.place_level = f"{tok.text} {doc[tok.i + 1].text}", level
                return


def name_after_count(f: Frame, last: Token, w: FrameWords) -> None:
    """"Mai sunt doi decedați la Bistrița", "6 persoane la Alba", "Cinci morți în Timiș": a name
    right after a count (its noun, or the figure itself when the noun is left out) is where they
    were counted, at a level the words do not say. A list of such counts breaks a toll down by
    place (reconcile/breakdown.py)."""
    doc, end = last.doc, last.sent.end
    k = last.i + 1
    if k + 1 >= end or fold(doc[k].text) not in w.count_place_prepositions:
        return
    name = name_at(doc, k + 1, min(k + 5, end))
    after = k + 1 + len(name)
    if name and after + 1 < end and fold(doc[after].text) in w.joins and doc[after + 1].text[:1].isupper():
        return  # "351 de intervenții în București și Ilfov": two places' whole, no one place's part
    if name:
        f.place = " ".join(t.text for t in name)


def place_before_where(f: Frame, first: Token, w: FrameWords, reach: int = 4) -> None:
    """"Cea mai gravă situație se înregistrează în județul Timiș, unde cinci persoane și-au pierdut
    viața": the place that a relative "unde" right before the count refers to is where it was
    counted (a level word and its name, or a name after a preposition)."""
    doc = first.doc
    k = first.i - 1
    if k < 2 or fold(doc[k].text) not in w.where_relatives or doc[k - 1].text != ",":
        return
    lo = max(first.sent.start, k - 1 - reach)
    for j in range(k - 2, lo - 1, -1):
        level = measured.place_level([doc[j].text], w)
        if level and j + 1 < k - 1 and doc[j + 1].text[:1].isupper():
            f.place, f.place_level = f"{doc[j].text} {doc[j + 1].text}", level
            return
        if fold(doc[j].text) in w.count_place_prepositions and doc[j + 1].text[:1].isupper() and j + 1 < k - 1:
            f.place = " ".join(t.text for t in doc[j + 1:k - 1] if t.text[:1].isupper())
            return


def place_after_verb(f: Frame, noun: Token, w: FrameWords) -> None:
    """Without a parse, "Patru oameni au murit în județul Timiș", "două persoane au murit în
    Sălaj": a level word and its name, or a name, right after the count's verb (its auxiliaries,
    clitics and one verb word) is where they were counted, as the verb's place is in the parse
    with a model."""
    doc, end = noun.doc, noun.sent.end
    k = noun.i + 1

    def helper(word: str) -> bool:
        # ("au", "s-au", "și-au", "au fost"): an auxiliary, a clitic before one, a linking participle
        return word in w.auxiliaries or word in w.participle_links or word.split("-")[-1] in w.auxiliaries
    while k < end and helper(fold(doc[k].text)):
        k += 1
    verb = doc[k] if k < end else None
    if verb is None or not verb.is_alpha or not verb.is_lower or fold(verb.text) in w.function_words \
            or k == noun.i + 1:
        return  # (a verb after its auxiliary: "oameni din județul X" is place_after_noun's)
    k += 1
    if k + 1 >= end or fold(doc[k].text) not in w.count_place_prepositions:
        return
    level = measured.place_level([doc[k + 1].text], w)
    if level and level not in w.named_levels and k + 2 < end and doc[k + 2].text[:1].isupper():
        f.place, f.place_level = f"{doc[k + 1].text} {doc[k + 2].text}", level
    elif not level:
        name_after_count(f, doc[k - 1], w)  # ("au murit în Sălaj": a name, of no level the words say)
