"""Claim frames: who did what, where and when, around a number.

With a dependency parse the frame follows the tree (the number's noun, its governing verb, the
verb's subject and places: extract/parsed.py, extract/places.py). Without one (`--model blank`)
it falls back to a word window in the sentence (extract/windowed.py): weaker, but the same tables
from `rules/` decide, so both modes agree on easy cases. The record itself is extract/frame.py.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimcheck.extract import aged, measured, neighbours, owners, roles, valued
from claimcheck.extract.frame import Frame, has_case, lemma_of, token_span
from claimcheck.extract.parsed import base_clause_verb, frame_from_parse, governing_verb, state_participle
from claimcheck.extract.places import name_after_count, place_after_noun, place_after_verb, place_before_where, \
    place_from_parse, place_from_window, site_after_noun
from claimcheck.extract.windowed import frame_from_window, maker_of, qualifies_previous_noun, with_previous_noun
from claimcheck.extract.words import ends_within
from claimcheck.lang.frames import FrameTables, FrameWords, frame_words, tables
from claimcheck.lang.stems import stem, stems_meet
from claimcheck.read.textnorm import fold
from claimcheck.lang.rules import Lang


def _distance(span: Span, i: int) -> int:
    return span.start - i if i < span.start else i - span.end + 1


def _nearest_words(span: Span, phrase: Span, with_phrase: bool = False, dated: set[int] = frozenset()) -> list[Token]:
    """The words of the figure's sentence that stand nearer to it than to any other figure of
    the sentence (a figure inside a date at `dated` chars counts as none); the words of its own
    `phrase` too when `with_phrase`."""
    inside = range(phrase.start, phrase.end)
    figures = [t.i for t in span.sent if (t.like_num or any(ch.isdigit() for ch in t.text)) and t.i not in inside
               and t.idx not in dated]
    return [t for t in span.sent if (with_phrase or t.i not in inside)
            and not any(abs(f - t.i) < _distance(span, t.i) for f in figures)]


def _distance_stem(word_stem: str, w: FrameWords) -> bool:
    """A word of a distance covered ("kilometri", "turul", "traseul"): a short stem must be the
    word's whole stem, "turneul" is no lap."""
    return any(word_stem == d or (len(d) > 3 and word_stem.startswith(d)) for d in w.distance_words)


def _own_place(frame: Frame, last: Token, has_noun: bool, count: bool, w: FrameWords,
               first: Token | None = None) -> bool:
    """The place said right after the counted noun (or after a count's figure, when its noun is
    left out: "49 în județul Timiș"), which beats its verb's: "38 de oameni au fost răniți în
    județul Arad, 9 persoane în județul Bihor și 5 la Hunedoara" (the parse hangs every place on
    the first verb); for a count, also the place a relative "unde" right before it points to ("în
    județul Timiș, unde cinci persoane …") and, without a parse, the place after its verb ("au murit
    în județul Arad"). A name with no level word is read for counts only.
    True when the place is such a name, which no place farther from the figure then replaces."""
    if not (has_noun or count):
        return False
    own = Frame()
    place_after_noun(own, last, w)
    if own.place is None and count:
        name_after_count(own, last, w)
    if own.place is None and count and first is not None:
        place_before_where(own, first, w)
    if own.place is None and count and has_noun and not last.doc.has_annotation("DEP"):
        place_after_verb(own, last, w)
    if own.place is not None:
        frame.place, frame.place_level = own.place, own.place_level
    return own.place is not None and own.place_level is None


def build_frame(doc: Doc, start: int, end: int, noun_span: tuple[int, int] | None,
                lang: Lang | None = None, kind: str | None = None, outer_start: int | None = None) -> Frame:
    """The frame of the quantity at chars [start, end) of `doc`."""
    t = tables(lang)
    span = token_span(doc, start, end)
    if span is None or len(span) == 0:
        return Frame()
    noun_tok = None
    if noun_span:
        ns = token_span(doc, *noun_span)
        noun_tok = ns[0] if ns is not None and len(ns) else None
    w = frame_words(lang)
    outer_start = start if outer_start is None else outer_start
    # the whole phrase, qualifier included: "cu puțin trecut de ora 9.00" is not "trecut de 9"
    phrase_span = token_span(doc, outer_start, end) or span
    verb = None
    if doc.has_annotation("DEP"):
        # (nor is the figure itself, which the tagger may take for a verb: "Șase dintre pacienți")
        skip = range(outer.start, span.end) if (outer := token_span(doc, outer_start, start)) is not None \
            and outer_start < start else range(span.start, span.end)
        verb = (noun_tok is not None and base_clause_verb(noun_tok, w)) \
            or governing_verb(noun_tok or span.root, skip, w.gerund_prepositions)
        # ("se află internate": a verb of state says its fact with the participle after it)
        said = state_participle(verb, w) if verb is not None and lemma_of(verb) in w.state_verbs else None
        frame = frame_from_parse(span, noun_tok, t, w, verb, said)
        # The words right before a figure name what it measures more reliably than a parse of
        # a long list ("energia electrică, cu 69%, urmată de fructele proaspete, cu 32%").
        # (but who reports a figure is its source, not whose figure it is: "Direcția de Sănătate
        # Publică Dolj a confirmat 47 de cazuri", as "potrivit X" is, quantities.source_of; nor
        # what it measures: "Institutul a transmis: „Rata șomajului a fost de 6%”")
        reported = verb is not None and verb.i < span.start and w.report_verbs.lookup(lemma_of(verb))
        phrase = measured.absolute_subject(span, w) or measured.subject_from_window(span, w, t.events.lookup) \
            or valued.gapped_subject(span, w) or measured.subject_from_parse(span, None if reported else verb, w) or []
        frame.owner = None if reported else owners.owner_from_parse(span, verb)
        place_from_parse(frame, verb, said, w, noun_tok)
        if frame.predicate is None:
            # The parse found no governing verb (a fronted "Anul trecut, …" is sometimes left
            # hanging): the word window still knows what happened nearby.
            window = frame_from_window(span, noun_tok, t, w, time_of_day=kind == "clock")
            frame.predicate, frame.event, frame.negated = window.predicate, window.event, window.negated
            frame.context = frame.context + window.context
            frame.actor = frame.actor or window.actor
            frame.actor_text = frame.actor_text or window.actor_text
    else:
        frame = frame_from_window(phrase_span, noun_tok, t, w, time_of_day=kind == "clock")
        if kind not in (None, "clock", "minute"):
            frame.happening = None  # (the window reads it for times and dates only: it reaches far)
        phrase = []
    if kind in (None, "clock") and frame.happening is None and frame.object and frame.predicate \
            and stem(frame.predicate) in w.light_verb_stems:
        # "Un turist canadian a suferit un atac din partea unui urs miercuri": the day is the
        # attack's, which "a fost atacat de urs sâmbătă" tells with its own verb
        frame.happening = frame.object
    elif kind in (None, "clock") and frame.happening is None and frame.predicate is None \
            and (headline := _verbless_head(span)) is not None:
        # "Cutremur de 5,1 grade pe scara Richter, la ora 3.38, în Vrancea": a sentence with no
        # verb, a headline's, tells the happening its noun names
        frame.happening = stem(headline.text)
    joined = None
    if noun_tok is not None:
        # A count's noun says what is counted; the words after it narrow it.
        narrowing = measured.noun_modifiers(noun_tok, w) or _where_stated(verb, noun_tok, w)
        phrase = [noun_tok, *narrowing, *measured.bracketed_after(span, w)]
        if kind == "count" and (joined := valued.joined_noun(noun_tok, narrowing, w, t.events.lookup)) is not None:
            phrase.append(joined)  # (marked "+" below: a sum, never the first noun's count)
    if kind == "duration" and noun_tok is None and (after := neighbours.noun_after(span, w)) is not None:
        phrase = [after]
        frame.named_after = True
    elif kind == "duration" and noun_tok is None and (before := neighbours.noun_before(span, w)) is not None:
        # (never an age: noun_before reads no years)
        phrase = [before]
        frame.named_after = True  # (named by a noun of its own, before or after it)
    elif kind == "duration" and noun_tok is None \
            and (span_verb := neighbours.verb_right_before(phrase_span, w)) is not None:
        # "a întârziat peste trei ore" is the span "o întârziere de 140 de minute" names
        phrase = [span_verb]
        frame.named_after = True
    elif kind == "duration" and noun_tok is None and w.lasts(frame.predicate) \
            and (lasted := neighbours.what_lasted(phrase_span, verb, w)) is not None:
        # "Finala a durat doar 56 de minute": what lasted is the verb's subject
        phrase = [lasted]
        frame.named_after = True
    if kind == "duration" and frame.named_after and phrase and w.lasts(frame.predicate) \
            and (told := t.events.lookup(fold(phrase[0].text))):
        # "lupta cu peștele a durat peste o oră și jumătate" is a fight's length, as "o luptă de
        # 90 de minute" is: the noun's happening, not the verb's (rules/events.yml meet)
        frame.event = told
    if kind == "count" and noun_tok is not None:
        phrase_of = valued.value_of(noun_tok, w, measured.dated_chars(doc)) if doc.has_annotation("DEP") \
            else valued.value_of_window(span, noun_tok, w, measured.dated_chars(doc))
        frame.value_of = [stem(tok.text) for tok in phrase_of]
        if fold(lemma_of(noun_tok)) in w.classifier_nouns and fold(frame.noun or "") != fold(lemma_of(noun_tok)):
            # ("Populația de lupi … este de 2.500 de indivizi" counts wolves, the population's kind:
            # no value of the population besides)
            frame.value_of = []
    if frame.negated and frame.event in w.denied_events:
        # "patru dintre ele nu au putut fi salvate": they died
        frame.event, frame.negated = w.denied_events[frame.event], None
    if kind == "count" and frame.noun and not frame.people and noun_tok is not None \
            and fold(noun_tok.text).endswith(w.people_participles) and t.events.lookup(frame.noun):
        # "Peste 90 reținuți", "12 evacuați": people named by what befell them (a plural participle
        # of an event's verb), as "91 de persoane reținute" says with a noun
        frame.people = True
    if frame.event is None and kind == "count" and frame.noun and frame.people \
            and (said := t.events.lookup(frame.noun)):
        # "77.000 de vizitatori", "doi răniți": people named by what they did or what befell them
        frame.event = said
    if frame.event is None and kind == "count" and (nominal := _event_noun_before(span, t, w)):
        # "rănirea a zece persoane", "evacuarea a 200 de oameni": what happened to the counted is
        # the noun they complete
        frame.event = nominal
    if frame.event not in roles.CHANGE_EVENTS and kind in ("percent", "money") \
            and (change := _change_noun_before(span, t, w)):
        # "economia a consemnat un avans de 0,9%", "o scădere de 0,2%": the noun says which way;
        # "Livrările au consemnat un declin de 4%" is a fall of deliveries, not a delivery
        frame.event = change
    if kind == "duration" and not frame.named_after and _is_age(span, frame, w):
        frame.age = True
    if kind == "measure" and noun_tok is None and (after := neighbours.noun_right_after(span, w)
                                                   or neighbours.noun_with(span, w)) is not None:
        phrase = [after]
    if kind == "money" and (named := neighbours.noun_named_by(span, w)) is not None:
        phrase = [named]
    if kind == "percent" and (share_of := roles.share_noun_after(span, w)) is not None:
        phrase = [share_of]  # "27,4% cotă de piață" is a share of the market, as "din piață" says
    phrase = phrase or measured.absolute_subject(span, w) or measured.subject_from_window(span, w, t.events.lookup) or []
    if not phrase and kind == "money" and not doc.has_annotation("DEP") and qualifies_previous_noun(span, t, w) \
            and fold(doc[span.start - 2].text) not in w.containers:
        # "reeșalonarea a datoriei de 28 de milioane de lei": without a parse the noun the amount
        # completes is what it measures, as the parse's head noun is (not "sumei", which names
        # no thing: "în schimbul sumei de 30 de milioane")
        phrase = [doc[span.start - 2]]
    # Stems of the words as written, not lemmas, so that both model modes give the same key; the
    # words themselves also join the context, where rules/concepts.yml may know them.
    # (a word joined by "și" is marked "+": "impozitul pe salarii și venit" is a sum, never the
    # tax on wages said more fully; so is one a scope link opens, "abonamentul lunar pentru
    # metrou" is one pass among several, never "abonamentul lunar" said more fully)
    if len(phrase) > 1 and noun_tok is not None and phrase[0] is noun_tok and frame.noun \
            and fold(frame.noun) != fold(noun_tok.lemma_ or noun_tok.text) and fold(noun_tok.text) != fold(frame.noun) \
            and stems_meet(stem(phrase[1].text), stem(frame.noun)):
        # "3.100 de exemplare de lup cenușiu": the pieces' noun is no word of what they are of
        phrase = phrase[1:]
    frame.subject = [("+" if (tok.dep_ == "conj" or (joined is not None and tok.i == joined.i)
                              or (tok.i > 0 and fold(doc[tok.i - 1].text) in w.scope_links)) and k else "")
                     + stem(tok.text) for k, tok in enumerate(phrase)]
    frame.subject_text = " ".join(tok.text for tok in phrase) or None
    if frame.subject and frame.predicate and fold(frame.predicate).startswith(w.price_verbs) \
            and frame.subject[0] != w.price_noun:
        # "pâinea s-a scumpit cu 12%" is a change of the bread's price: "prețul pâinii a crescut"
        frame.subject = [w.price_noun, *frame.subject]
    elif kind == "money" and frame.subject[:1] == [w.price_noun] and doc.has_annotation("DEP"):
        # An amount is what its thing costs, said with "preț" or not: "prețul tranzacției fiind de
        # 347 milioane" and "tranzacția se va ridica la 350 de milioane" measure the deal, and so
        # does "Tranzacția se încheie la un preț de 347,5 milioane" (a price no genitive names is
        # its clause's subject's). "Prețul final", "prețul de ofertă" stay prices.
        of = phrase[1] if len(phrase) > 1 and phrase[1].pos_ in ("NOUN", "PROPN") and phrase[1].dep_ == "nmod" \
            and not any(c.dep_ == "case" for c in phrase[1].children) else None
        if of is None and len(phrase) == 1 and verb is not None:
            of = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if of is not None:
            frame.subject = [stem(of.text), *(x for x in frame.subject[1:] if x != stem(of.text))]
    frame.mood = roles.mood_of(span, w)
    # (the change may be told anywhere before the figure: without a parse, "ar urma să crească la
    # 317,4 lei, de la nivelul actual de 294 de lei" gives the 294 no verb of its own)
    # ("de la" first: it is rare, the change's words are looked for over the whole sentence)
    if (roles.is_previous_value(span, w)
            and roles.change_is_said(span, frame.predicate, frame.event, w, t.events.lookup)) \
            or roles.was_before(span, w) or roles.in_base_clause(span, w):
        frame.previous = True
    frame.part = roles.is_part(span, w) or None
    aside = roles.in_aside(span, w)
    frame.aside = bool(aside) or None
    frame.recalled = aside == "recall" or None
    frame.usual = roles.is_usual(span, w) or None
    frame.own = roles.is_own(span, w) or None
    frame.stock = (kind == "count" and roles.is_stock(phrase_span, w, frame.event)) or None
    frame.several = (kind == "count" and roles.of_several(span, w)) or None
    if kind == "clock":
        # A time of day is the time of whatever its sentence tells; two sentences that tell the
        # same happening share its words ("o delegație … discuții cu premierul Ilie Bolojan").
        # Only the words nearer this time than any other figure: "Afișarea rezultatelor (până la
        # ora 12:00) și depunerea contestațiilor (14:00–18:00)" times two happenings.
        # (the sentence, whole: a time is often fronted, "La ora 15, o delegație va merge …")
        # (a date's numbers are when, not another figure: "a luminat cerul în noaptea de 6 spre 7
        # ianuarie, în jurul orei 03.00" times the lighting; a month's name shared says nothing
        # about what happened)
        dated = measured.dated_chars(doc)
        words = [t for t in _nearest_words(span, phrase_span, dated=dated) if t.idx not in dated]
        frame.clause = measured.content_stems(measured.without_phrases(words, w.clock_glosses), w)
        if measured.has_cue([fold(t.text) for t in words], w.planned_cues):
            frame.mood = "planned"
    if doc[span.end - 1].text.endswith("%") or fold(doc[span.end - 1].text) in w.percent_words \
            or (kind == "percent" and not doc[span.end - 1].like_num):
        # (a fraction read as a share ends in its word: "mai mult de jumătate din profitul total")
        frame.role = roles.rate_role(span, w)
    elif kind == "money":
        # "crește cu 275 de lei": the rise, not the wage ("din" after an amount is where it comes
        # from, "5 milioane din bonusuri", not a share as after a percentage)
        frame.role = roles.rate_role(span, w).replace("share", "level")
    elif kind == "count" and (role := roles.rate_role(span, w)).startswith("change"):
        frame.role = role
    if frame.role == "change" and frame.event not in roles.CHANGE_EVENTS:
        frame.way = roles.sentence_way(span, t.events.lookup)
    elif frame.role in ("change up", "change down") and frame.event not in roles.CHANGE_EVENTS:
        frame.way = "increase" if frame.role == "change up" else "decrease"  # "cu 3,7% mai puține", "-2,04%"
    if kind in ("money", "count") and frame.role == "change" \
            and not roles.change_is_said(span, frame.predicate, frame.event, w, t.events.lookup):
        frame.role = None if kind == "count" else "level"
    # (without a parse the change noun may be all the frame has, as its predicate: "Creșterea
    # medie a pensiilor va fi de 622 de lei")
    pred = fold(frame.predicate or "")
    nominal = not doc.has_annotation("DEP") and pred.endswith(w.verbal_noun_endings)
    if frame.subject and (all(x.startswith(w.weak_heads) for x in frame.subject)
                          or (kind in ("percent", "money", "measure") and _names_only(frame.subject_text, w))):
        # "scăderi semnificative, de -26,3%" says how large, not what fell; "județele Bihor și
        # Sibiu au înregistrat -12,4% și, respectiv, -3,1%" whose the figures are (the owner)
        frame.subject = []
        if not doc.has_annotation("DEP") and not nominal:
            # (without a parse the window took the adjective for the noun: the change noun it
            # describes is the head, "o scădere ușoară, de -0,6%")
            pred = _noun_before_weak(span, w) or pred
            nominal = bool(pred)
    head = frame.subject[0] if frame.subject else pred if nominal else ""
    if head and any(head.startswith(c) for c in w.change_nouns):
        # "creșterea medie a pensiilor este de 622 lei" is a change of pensions: the same fact as
        # "pensiile cresc în medie cu 600 de lei"
        # (but the value a change reaches or starts from is a level: "creștere cu 7,91%, de la
        # 294,08 lei/MWh la 317,39 lei/MWh")
        reached = roles.is_previous_value(span, w) or roles.is_reached_value(span, w)
        if frame.role == "level" and not reached:
            frame.role = "change"
        if frame.event is None:
            frame.event = _change_direction(head, w)
        rest = [x for x in frame.subject[1:] if not any(x.startswith(c) for c in w.weak_heads)]
        # "veniturile au totalizat 591 mld lei, în creștere cu 13%": a bare "creștere" is a
        # change of whatever the clause is about (its subject); with no subject, what grew is
        # unknown, and "creștere" alone would join every growth of the corpus.
        frame.subject = rest or _actor_stems(frame, w) \
            or [stem(tok.text) for tok in measured.main_clause_subject(span, w) or []]
        if not frame.subject and (after := _changed_after(span, w)) is not None:
            frame.subject, frame.subject_text = [stem(after.text)], after.text
    frame.per = roles.per_unit(span, w, pay=kind in (None, "money"))
    # The nearest name before a figure owns it ("iar Crin Antonescu pe locul 3, cu 22.062 de
    # voturi"), more often than the clause's grammatical subject does in lists of results.
    frame.owner = owners.respective_owner(span, w) or owners.owner_from_window(span, w) or frame.owner
    if frame.owner is not None:
        frame.owner, frame.owner_given = owners.split_name(frame.owner)
    frame.ranked = (frame.owner is not None and owners.ranked_with(span, w)) or None
    if frame.age and frame.owner is None:
        frame.aged = aged.aged_role(span, w)
    if kind == "duration" and frame.owner is not None and not frame.age and not _margin(span, w):
        # "Paula Todoran, cu timpul 2h 21min 24sec", "Todoran a parcurs cei 42 de kilometri în 2
        # ore și 41 de minute": what one named took, compared with the same one's elsewhere
        # (the distance from the sentence's words before the time when there is no parse)
        frame.timed = bool(frame.ranked or (frame.subject and frame.subject[0] in w.time_nouns)
                           or (frame.object and _distance_stem(frame.object, w))
                           or any(t.is_alpha and _distance_stem(stem(t.text), w)
                                  for t in doc[span.sent.start:span.start])) or None
    named = _own_place(frame, doc[span.end - 1] if noun_tok is None else noun_tok, noun_tok is not None,
                       kind == "count", w, doc[span.start])
    if frame.place_level is None and noun_tok is not None and not named:
        site_after_noun(frame, noun_tok, w)
    if frame.place_level is None and not named:
        place_from_window(frame, span, w)
    frame.base = measured.base_of(span, w)
    if noun_tok is not None and (maker := maker_of(span, w)) is not None:
        frame.member_of = stem(maker.text)
    elif noun_tok is not None and (qualifies_previous_noun(span, t, w) or with_previous_noun(span, w)):
        head = doc[span.start - 2]
        if fold(head.text) not in w.containers and (not doc.has_annotation("POS") or head.pos_ == "NOUN"):
            if fold(doc[span.start - 1].text) == w.with_link:
                frame.holder = stem(head.text)
            else:
                frame.of = stem(head.text)
    # A time word belongs to the figure nearest it: in "a fost de 74,3% inițial, apoi a crescut la
    # 76,5%" only the first figure is the initial one.
    nearest = _nearest_words(span, span, with_phrase=True)
    folded = [fold(tok.text) for tok in nearest]
    frame.modifiers = [tok.text for tok, key in zip(nearest, folded) if key in t.temporal and not _in_base(tok, w)]
    # "Avionul a decolat din nou … în jurul orei 8.00": a second time, never the first one's figure
    frame.repeat = measured.has_cue(folded, w.repeat_markers) or None
    # "Numărul persoanelor intoxicate a ajuns la 67": the report says the figure rose to this
    frame.risen = measured.has_cue(folded, w.rise_markers) or None
    # "Bilanțul a crescut: cinci … rănite, iar alte 9 au primit îngrijiri": a later state of the toll
    before = [fold(tok.text) for tok in doc[span.sent.start:span.start]]
    frame.toll_rose = measured.has_cue(before, w.toll_rise_markers) or None
    # "Până în acest moment, trei persoane …" (an article that says "Rezultate parțiale" anywhere:
    # quantities.quantity_claims, once per article)
    frame.partial = measured.has_cue(before, w.partial_markers) or None
    frame.after = " ".join(fold(t.text) for t in doc[span.end:span.end + 2]) or None
    return frame


def _where_stated(verb: Token | None, noun: Token, w: FrameWords) -> list[Token]:
    """"La bordul aeronavei se aflau 236 de pasageri": the place a verb of state puts the counted
    in ("la" and a common noun) narrows them as "236 de pasageri aflați la bord" does
    (measured.noun_modifiers reads that one after the noun)."""
    if verb is None or lemma_of(verb) not in w.state_verbs or noun.head != verb:
        return []
    return [c for c in verb.children if c.dep_ == "obl" and c.pos_ == "NOUN" and c.i < noun.i
            and has_case(c, (w.at_link,))
            and fold(c.text) not in w.place_levels][:1]


def _in_base(tok: Token, w: FrameWords, reach: int = 2) -> bool:
    """The word stands in a comparison's base, at most `reach` words after its marker: "a scăzut …
    la 20.380, față de anul anterior" says when the base was, not that 20.380 is an earlier figure."""
    before = [fold(x.text) for x in tok.doc[max(tok.sent.start, tok.i - reach - 4):tok.i]]
    return ends_within(before, w.comparison_markers, reach)


def _changed_after(span: Span, w: FrameWords) -> Token | None:
    """What a bare change is of, named right after it: "un plus de 25 de miliarde de lei la
    cheltuieli" is a rise of spending."""
    doc = span.doc
    k = span.end
    if k + 1 >= len(doc) or fold(doc[k].text) != w.at_link:
        return None
    nxt = doc[k + 1]
    key = fold(nxt.text)
    if not nxt.is_alpha or nxt.text[:1].isupper() or key in w.function_words or key in w.window_stops \
            or (doc.has_annotation("POS") and nxt.pos_ != "NOUN"):
        return None
    return nxt


def _noun_before_weak(span: Span, w: FrameWords) -> str | None:
    """The word before the figure past its "de", commas and words of `weak_heads`."""
    doc = span.doc
    k = span.start - 1
    while k >= span.sent.start and (doc[k].is_punct or fold(doc[k].text) == w.of_link
                                    or stem(doc[k].text).startswith(w.weak_heads)):
        k -= 1
    return fold(doc[k].text) if k >= span.sent.start and doc[k].is_alpha else None


def _names_only(text: str | None, w: FrameWords) -> bool:
    """Words that are all names, place levels or function words, and say so: a place level
    ("județele Iași și Constanța") or two names ("Iași și Constanța"); one capitalised word may
    only open its sentence ("Motorina s-a scumpit")."""
    words = [x for x in (text or "").split() if x.isalpha()]
    # (a run of capitalised words is one name: "Ministerul Transporturilor")
    names = sum(x[:1].isupper() and (k == 0 or not words[k - 1][:1].isupper()) for k, x in enumerate(words))
    levels = sum(fold(x) in w.place_levels for x in words)
    return bool(words) and (levels or names >= 2) \
        and all(x[:1].isupper() or fold(x) in w.place_levels or fold(x) in w.function_words for x in words)


def _verbless_head(span: Span) -> Token | None:
    """The common noun that heads a sentence with no verb at all, by the parse; None otherwise."""
    sent = span.sent
    if not span.doc.has_annotation("DEP") or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return None
    root = sent.root
    # (before the figure: "Ora 11.33: Declarații ISU" labels a live report's entry, no happening)
    return root if root.pos_ == "NOUN" and root.i < span.start else None


def _actor_stems(frame: Frame, w: FrameWords) -> list[str]:
    """Stems of the content words of the clause's subject as written ("Veniturile bugetului");
    none when the clause's verb reports the figure ("Institutul a transmis: „… în creștere cu 0,1
    puncte procentuale”": the institute is the source, not what grew)."""
    if frame.predicate and w.report_verbs.lookup(frame.predicate):
        return []
    # (a compound word is one: "Motorizările full-hybrid" are not "Motorizările pe benzină")
    words = [x for x in (frame.actor_text or "").split() if x.replace("-", "").isalpha()]
    # (the subject may be the change noun itself: "O creștere de 14% s-a înregistrat"; "județele
    # Iași și Constanța au înregistrat scăderi" names whose the falls are, not what fell)
    if _names_only(frame.actor_text, w):
        return []
    return [stem(x) for x in words if len(x) >= 3 and fold(x) not in w.function_words
            and not stem(x).startswith(w.change_nouns)]


def _change_noun_before(span: Span, t: FrameTables, w: FrameWords) -> str | None:
    """Which way a change noun an amount is "de" of goes: "un avans de 0,9%" (increase)."""
    doc = span.doc
    if span.start < 2 or fold(doc[span.start - 1].text) != w.of_link:
        return None
    noun = doc[span.start - 2]
    if not noun.is_alpha or noun.pos_ != "NOUN":
        return None
    return _change_direction(fold(noun.text), w)


def _change_direction(word: str, w: FrameWords) -> str | None:
    """increase or decrease, for a folded word or stem that starts with a change noun's stem."""
    return next((way for stem_, way in w.change_directions if word.startswith(stem_)), None)


def _event_noun_before(span: Span, t: FrameTables, w: FrameWords) -> str | None:
    """The class of an event noun a count is the genitive of: "rănirea a zece persoane"."""
    doc = span.doc
    if span.start < 2 or fold(doc[span.start - 1].text) not in w.genitive_links:
        return None
    noun = doc[span.start - 2]
    if not noun.is_alpha or (doc.has_annotation("POS") and noun.pos_ != "NOUN"):
        return None
    return t.events.lookup(noun.lemma_ or noun.text) or t.events.lookup(noun.text)


def _is_age(span: Span, frame: Frame, w: FrameWords) -> bool:
    """"avea 54 de ani", "în vârstă de 54 de ani": years said as an age."""
    doc = span.doc
    before = [fold(t.text) for t in doc[max(0, span.start - 3):span.start]]
    unit = fold(doc[span.end - 1].text)
    if unit not in w.age_units:
        return False
    if any(b in w.age_words for b in before):
        return True
    if len(before) >= 2 and before[-1] == w.of_link and doc[span.start - 2].is_alpha \
            and doc[span.start - 2].text[:1].islower():
        return False  # "avea o experiență de 11 ani": the noun's span, not an age
    # (without a parse "avea" is read as written right before the years: "mecanicul are 52 de ani")
    return frame.predicate in w.age_verbs or any(b in w.age_verbs for b in before) \
        or (not doc.has_annotation("LEMMA") and before[-1:] and before[-1] in w.age_verb_forms) \
        or _after_full_name(span, w)


def _after_full_name(span: Span, w: FrameWords) -> bool:
    """"asistentul Gabriel Sandu, de 40 de ani", "pilotul Doru Gavril, 53 de ani": years right
    after a person's full name (two capitalised words, a PERSON with the parse) are the age."""
    doc = span.doc
    k = span.start
    while k > span.sent.start and (doc[k - 1].text == "," or fold(doc[k - 1].text) == w.of_link) and span.start - k < 2:
        k -= 1
    if k == span.start or k - 2 < span.sent.start:
        return False
    last, first = doc[k - 1], doc[k - 2]
    if not (last.is_alpha and first.is_alpha and last.text[:1].isupper() and first.text[:1].isupper()) \
            or last.is_sent_start or first.is_sent_start or fold(first.text) in w.place_levels:
        return False
    if doc.has_annotation("ENT_IOB") and doc.has_annotation("DEP"):
        # (the NER misses many a name in a list of crew: "căpitan-comandor Voicu Socae, 36 de ani")
        return all(t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and not t.ent_type_) for t in (last, first))
    return True


def concept_for(kind: str, frame: Frame, lang: Lang | None = None, unit: str | None = None) -> str | None:
    """The concept a claim measures: from its noun for counts, from a unit only it is measured in
    ("58 l/mp": rain), from its context otherwise."""
    t = tables(lang)
    if unit and (c := t.concepts_by_unit.get(unit)) and kind in t.concept_kinds.get(c, ()):
        return c
    if frame.noun:
        c = t.concepts_by_noun.lookup(frame.noun)
        if c and kind in t.concept_kinds.get(c, ("count",)):
            # "12 persoane" killed are casualties; the event refines what the noun says.
            return t.by_event.get(c, {}).get(frame.event or "", c)
        if c is None and frame.people:
            # "patru pacienți au murit": people no table lists, refined by what happened to them
            refined = t.by_event.get("people", {}).get(frame.event or "")
            if refined:
                return refined
            if frame.event and t.events.lookup(frame.noun) == frame.event:
                # "Peste 90 reținuți": people named by the event itself count what "91 de persoane
                # reținute" counts
                return "people"
    # (what lasted a span is measured from its start, not an anniversary of it: "Ascensiunea a
    # durat 12 ore de la ultima tabără")
    for cue, name in () if frame_words(lang).lasts(frame.predicate) else t.concepts_after.get(kind, ()):
        # "la doi ani de la tragedie": read from the words right after the figure only, not from
        # another phrase of its sentence ("la 10 ani de detenție", "… de la 2 Mai")
        if frame.after and (frame.after + " ").startswith(cue + " "):
            return name
    table = t.concepts_by_context.get(kind)

    def fits(name: str) -> bool:
        # a concept measured in units of its own (rain in "l/m²") is never a figure in another
        # unit, whatever its words: "a căzut aproape un kilometru" is no rainfall
        listed = [u for u, n in t.concepts_by_unit.items() if n == name]
        return not listed or unit in listed

    if table and frame.subject_text and kind in ("percent", "money", "measure"):
        # The noun phrase a figure belongs to is the local evidence: in "inflația a urcat la 9,88%,
        # în condițiile în care serviciile s-au scumpit cu 10,36%" the 10,36% is not inflation.
        words = frame.subject_text.split()
        hit = next((h for k in range(len(words)) if (h := table.match(words[k:]))), None)
        return hit[0] if hit and fits(hit[0]) else None
    if table:
        for ctx in frame.context:
            hit = table.match(ctx.split())
            roles = (t.concept_roles or {}).get(hit[0]) if hit else None
            if hit and not (roles and frame.role and frame.role not in roles) and fits(hit[0]):
                # (a concept of changes is no level: "a crescut la 63,4%" is where it got to)
                return hit[0]
    return None


def _margin(span: Span, w: FrameWords) -> bool:
    """A span of time that is the gap between two ("la două sutimi în spatele românului", "mai
    rapid cu două sutimi decât Richards"): a cue among the few words after it."""
    after = span.doc[span.end:min(len(span.doc), span.end + 4)]
    return any(fold(t.text) in w.margin_after for t in after)
