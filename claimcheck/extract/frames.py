"""Claim frames: who did what, where and when, around a number.

With a dependency parse the frame follows the tree (the number's noun, its governing verb, the
verb's subject and places). Without one (`--model blank`) it falls back to a word window in the
sentence: weaker, but the same tables from `rules/` decide, so both modes agree on easy cases.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from claimcheck.extract import measured, valued
from claimcheck.lang.frames import FrameTables, FrameWords, frame_words, tables
from claimcheck.lang.stems import stem, stems_meet
from claimcheck.read.textnorm import fold

# Maps a normalised offset to the (source, hedge) that covers it.
SourceOf = Callable[[int], tuple[str | None, str | None]]

WINDOW = 8  # words either side where a parse-less frame looks for the verb and actor: about a clause
CONTEXT_WINDOW = 12  # words after it that may name what is measured ("au semnat un acord de …")


@dataclass(slots=True)
class Frame:
    noun: str | None = None  # the counted noun's lemma (or folded form without a lemmatizer)
    predicate: str | None = None  # the governing verb's lemma
    event: str | None = None  # its class from rules/events.yml
    actor: str | None = None  # the side from rules/sides.yml
    actor_text: str | None = None
    place: str | None = None
    context: list[str] = field(default_factory=list)  # words that name what a duration/amount measures
    modifiers: list[str] = field(default_factory=list)  # temporal qualifiers: inițial, până acum
    subject: list[str] = field(default_factory=list)  # stems of the noun phrase measured (measured.py)
    owner: str | None = None  # the named person or organisation the figure belongs to (surname, folded)
    ranked: bool | None = None  # owned as in a ranking, "Franța cu 30 de medalii": the verb says nothing
    base: str | None = None  # what a rate is compared to: year, month, year_to_date
    place_level: str | None = None  # country, county, city, sector, commune
    of: str | None = None  # the noun a count qualifies ("diferența de 10.000 de voturi"): another measure
    holder: str | None = None  # stem of what holds the counted ("un microbuz cu 14 persoane")
    member_of: str | None = None  # stem of what the counted make up ("o echipă formată din 11 salvatori")
    negated: bool | None = None  # the predicate is denied ("patru … nu au putut fi salvate")
    age: bool | None = None  # a span of years that is someone's age ("Iovan avea 54 de ani")
    timed: bool | None = None  # a named one's time, as in a race ("Todoran, cu timpul 2h 21min 24sec")
    subject_text: str | None = None  # the measured noun phrase as written
    named_after: bool | None = None  # a span of time named by the noun after it ("5 ani de închisoare")
    repeat: bool | None = None  # said of a second time ("a decolat din nou"): not the first time's figure
    risen: bool | None = None  # said to have risen to this ("bilanțul a ajuns la 26"): a later count
    toll_rose: bool | None = None  # after "Bilanțul a crescut:" in its sentence: the toll's later state
    partial: bool | None = None  # said to be partial or provisional ("rezultate parțiale", "până acum")
    mood: str | None = None  # "planned": a future or conditional ("va fi probabil peste 9%")
    role: str | None = None  # for percentages: change, share or level
    object: str | None = None  # stem of the verb's object, when it is not the figure ("au suferit arsuri")
    previous: bool | None = None  # "a crescut de la 4.050 lei la 4.325": the value before a change
    per: str | None = None  # what a rate is per: hour, month, year, season; or net / gross pay
    part: bool | None = None  # a part of a total said with it ("25 de milioane plus alte 5")
    aside: bool | None = None  # in a background paragraph about another happening ("Amintim că …")
    usual: bool | None = None  # what usually holds ("de obicei are un debit de 0,5 mc/s")
    own: bool | None = None  # the speaker's own figure ("gradul nostru de ocupare")
    clause: list[str] = field(default_factory=list)  # a clock time's sentence: stems of its content words
    people: bool | None = None  # the counted noun names people (NER), known to a table or not
    happening: str | None = None  # stem of what "a avut loc" / "s-a produs"; "*" for "incidentul"
    value_of: list[str] = field(default_factory=list)  # stems: "populația feminină a fost de N persoane"
    after: str | None = None  # the two words right after the figure, folded ("de la": an anniversary)

    def to_dict(self) -> dict[str, Any]:
        # (`after` serves concept_for while the frame is built; the words are in the text)
        return {k: v for k, v in asdict(self).items() if v not in (None, []) and k != "after"}


def _distance(span: Span, i: int) -> int:
    return span.start - i if i < span.start else i - span.end + 1


def _nearest_words(span: Span, phrase: Span, with_phrase: bool = False) -> list[Token]:
    """The words of the figure's sentence that stand nearer to it than to any other figure of
    the sentence; the words of its own `phrase` too when `with_phrase`."""
    inside = range(phrase.start, phrase.end)
    figures = [t.i for t in span.sent if (t.like_num or any(ch.isdigit() for ch in t.text)) and t.i not in inside]
    return [t for t in span.sent if (with_phrase or t.i not in inside)
            and not any(abs(f - t.i) < _distance(span, t.i) for f in figures)]


def token_span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def build_frame(doc: Doc, start: int, end: int, noun_span: tuple[int, int] | None,
                rules_dir: str | None = None, kind: str | None = None, outer_start: int | None = None) -> Frame:
    """The frame of the quantity at chars [start, end) of `doc`."""
    t = tables(rules_dir)
    span = token_span(doc, start, end)
    if span is None or len(span) == 0:
        return Frame()
    noun_tok = None
    if noun_span:
        ns = token_span(doc, *noun_span)
        noun_tok = ns[0] if ns is not None and len(ns) else None
    w = frame_words(rules_dir)
    outer_start = start if outer_start is None else outer_start
    if doc.has_annotation("DEP"):
        # (nor is the figure itself, which the tagger may take for a verb: "Șase dintre pacienți")
        skip = range(outer.start, span.end) if (outer := token_span(doc, outer_start, start)) is not None \
            and outer_start < start else range(span.start, span.end)
        verb = _governing_verb(noun_tok or span.root, skip, w.gerund_prepositions)
        # ("se află internate": a verb of state says its fact with the participle after it)
        said = _state_participle(verb, w) if verb is not None and _lemma(verb) in w.state_verbs else None
        frame = _frame_from_parse(span, noun_tok, t, w, verb, said)
        # The words right before a figure name what it measures more reliably than a parse of
        # a long list ("energia electrică, cu 69%, urmată de fructele proaspete, cu 32%").
        phrase = measured.subject_from_window(span, w, t.events.lookup) or valued.gapped_subject(span, w) \
            or measured.subject_from_parse(span, verb, w) or []
        frame.owner = measured.owner_from_parse(span, verb)
        _place_from_parse(frame, verb, said, w)
        if frame.predicate is None:
            # The parse found no governing verb (a fronted "Anul trecut, …" is sometimes left
            # hanging): the word window still knows what happened nearby.
            window = _frame_from_window(span, noun_tok, t, w)
            frame.predicate, frame.event, frame.negated = window.predicate, window.event, window.negated
            frame.context = frame.context + window.context
            frame.actor = frame.actor or window.actor
            frame.actor_text = frame.actor_text or window.actor_text
    else:
        # the whole phrase, qualifier included: "cu puțin trecut de ora 9.00" is not "trecut de 9"
        outer = token_span(doc, outer_start, end) or span
        frame = _frame_from_window(outer, noun_tok, t, w)
        if kind not in (None, "clock", "minute"):
            frame.happening = None  # (the window reads it for times and dates only: it reaches far)
        phrase = []
    joined = None
    if noun_tok is not None:
        # A count's noun says what is counted; the words after it narrow it.
        narrowing = measured.noun_modifiers(noun_tok, w)
        phrase = [noun_tok, *narrowing, *measured.bracketed_after(span, w)]
        if kind == "count" and (joined := valued.joined_noun(noun_tok, narrowing, w, t.events.lookup)) is not None:
            phrase.append(joined)  # (marked "+" below: a sum, never the first noun's count)
    if kind == "duration" and noun_tok is None and (after := measured.noun_after(span, w)) is not None:
        phrase = [after]
        frame.named_after = True
    elif kind == "duration" and noun_tok is None and (before := measured.noun_before(span, w)) is not None:
        # (never an age: noun_before reads no years)
        phrase = [before]
        frame.named_after = True  # (named by a noun of its own, before or after it)
    if kind == "count" and noun_tok is not None:
        phrase_of = valued.value_of(noun_tok, w) if doc.has_annotation("DEP") \
            else valued.value_of_window(span, noun_tok, w, measured.dated_chars(doc))
        frame.value_of = [stem(tok.text) for tok in phrase_of]
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
    if frame.event is None and kind in ("percent", "money") and (change := _change_noun_before(span, t, w)):
        # "economia a consemnat un avans de 0,9%", "o scădere de 0,2%": the noun says which way
        frame.event = change
    if kind == "duration" and not frame.named_after and _is_age(span, frame, w):
        frame.age = True
    if kind == "measure" and noun_tok is None and (after := measured.noun_right_after(span, w)) is not None:
        phrase = [after]
    phrase = phrase or measured.subject_from_window(span, w, t.events.lookup) or []
    # Stems of the words as written, not lemmas, so that both model modes give the same key; the
    # words themselves also join the context, where rules/concepts.yml may know them.
    # (a word joined by "și" is marked "+": "impozitul pe salarii și venit" is a sum, never the
    # tax on wages said more fully)
    frame.subject = [("+" if (tok.dep_ == "conj" or (joined is not None and tok.i == joined.i)) and k else "") + stem(tok.text)
                     for k, tok in enumerate(phrase)]
    frame.subject_text = " ".join(tok.text for tok in phrase) or None
    if frame.subject and frame.predicate and fold(frame.predicate).startswith(w.price_verbs) \
            and frame.subject[0] != w.price_noun:
        # "pâinea s-a scumpit cu 12%" is a change of the bread's price: "prețul pâinii a crescut"
        frame.subject = [w.price_noun, *frame.subject]
    frame.mood = measured.mood_of(span, w)
    if (frame.event in ("increase", "decrease") and measured.is_previous_value(span, w)) or measured.was_before(span, w) \
            or measured.in_base_clause(span, w):
        frame.previous = True
    frame.part = measured.is_part(span, w) or None
    frame.aside = measured.in_aside(span, w) or None
    frame.usual = measured.is_usual(span, w) or None
    frame.own = measured.is_own(span, w) or None
    if kind == "clock":
        # A time of day is the time of whatever its sentence tells; two sentences that tell the
        # same happening share its words ("o delegație … discuții cu premierul Ilie Bolojan").
        # Only the words nearer this time than any other figure: "Afișarea rezultatelor (până la
        # ora 12:00) și depunerea contestațiilor (14:00–18:00)" times two happenings.
        # (the sentence, whole: a time is often fronted, "La ora 15, o delegație va merge …")
        words = _nearest_words(span, token_span(doc, outer_start, end) or span)
        frame.clause = measured.content_stems(words, w)
        if measured.has_cue([fold(t.text) for t in words], w.planned_cues):
            frame.mood = "planned"
    if doc[span.end - 1].text.endswith("%") or fold(doc[span.end - 1].text) in w.percent_words:
        frame.role = measured.rate_role(span, w)
    elif kind == "money":
        # "crește cu 275 de lei": the rise, not the wage ("din" after an amount is where it comes
        # from, "5 milioane din bonusuri", not a share as after a percentage)
        frame.role = measured.rate_role(span, w).replace("share", "level")
    elif kind == "count" and (role := measured.rate_role(span, w)).startswith("change"):
        frame.role = role
    if kind in ("money", "count") and frame.role == "change" \
            and not measured.change_is_said(span, frame.predicate, frame.event, w, t.events.lookup):
        frame.role = None if kind == "count" else "level"
    if frame.subject and any(frame.subject[0].startswith(c) for c in w.change_nouns):
        # "creșterea medie a pensiilor este de 622 lei" is a change of pensions: the same fact as
        # "pensiile cresc în medie cu 600 de lei"
        # (but the value a change reaches or starts from is a level: "creștere cu 7,91%, de la
        # 294,08 lei/MWh la 317,39 lei/MWh")
        reached = measured.is_previous_value(span, w) or measured.is_reached_value(span, w)
        if frame.role == "level" and not reached:
            frame.role = "change"
        if frame.event is None:
            frame.event = _change_direction(frame.subject[0], w)
        rest = [x for x in frame.subject[1:] if not any(x.startswith(c) for c in w.weak_heads)]
        # "veniturile au totalizat 591 mld lei, în creștere cu 13%": a bare "creștere" is a
        # change of whatever the clause is about (its subject); with no subject, what grew is
        # unknown, and "creștere" alone would join every growth of the corpus.
        frame.subject = rest or _actor_stems(frame, w)
        if not frame.subject and (after := _changed_after(span, w)) is not None:
            frame.subject, frame.subject_text = [stem(after.text)], after.text
    frame.per = measured.per_unit(span, w)
    # The nearest name before a figure owns it ("iar Crin Antonescu pe locul 3, cu 22.062 de
    # voturi"), more often than the clause's grammatical subject does in lists of results.
    frame.owner = measured.owner_from_window(span, w) or frame.owner
    frame.ranked = (frame.owner is not None and measured.ranked_with(span, w)) or None
    if kind == "duration" and frame.owner is not None and not frame.age:
        # "Paula Todoran, cu timpul 2h 21min 24sec", "Todoran a parcurs cei 42 de kilometri în 2
        # ore și 41 de minute": what one named took, compared with the same one's elsewhere
        # (the distance from the sentence's words before the time when there is no parse)
        frame.timed = bool(frame.ranked or (frame.subject and frame.subject[0] in w.time_nouns)
                           or (frame.object and frame.object.startswith(w.distance_words))
                           or any(t.is_alpha and fold(t.text).startswith(w.distance_words)
                                  for t in doc[span.sent.start:span.start])) or None
    if frame.place_level is None and noun_tok is not None:
        _place_after_noun(frame, noun_tok, w)
    if frame.place_level is None and noun_tok is not None:
        _site_after_noun(frame, noun_tok, w)
    if frame.place_level is None:
        _place_from_window(frame, span, w)
    frame.base = measured.base_of(span, w)
    if noun_tok is not None and (maker := _made_of(span, w)) is not None:
        frame.member_of = stem(maker.text)
    elif noun_tok is not None and (_qualifies_previous_noun(span, t, w) or _with_previous_noun(span, w)):
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
    frame.modifiers = [tok.text for tok, key in zip(nearest, folded) if key in t.temporal]
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


def _actor_stems(frame: Frame, w: FrameWords) -> list[str]:
    """Stems of the content words of the clause's subject as written ("Veniturile bugetului")."""
    words = [x for x in (frame.actor_text or "").split() if x.isalpha()]
    # (the subject may be the change noun itself: "O creștere de 14% s-a înregistrat")
    return [stem(x) for x in words if len(x) >= 3 and fold(x) not in w.function_words
            and not stem(x).startswith(w.change_nouns)]


def _lemma(tok: Token) -> str:
    return fold(tok.lemma_ or tok.text) if tok.lemma_ else fold(tok.text)


def _frame_from_parse(span: Span, noun_tok: Token | None, t: FrameTables, w: FrameWords,
                      governing: Token | None, said: Token | None) -> Frame:
    """The frame the parse gives: `governing` is the figure's clause verb (or None), `said` the
    participle a verb of state says its fact with."""
    f = Frame()
    anchor = noun_tok or span.root
    if noun_tok is not None:
        f.noun = _lemma(noun_tok)
        # ro_legal_fl tags nouns for people ("pacienți", "turiști") as PERSON: whatever the table
        # knows, they count people, and what happened to them says which fact
        f.people = (noun_tok.ent_type_ == "PERSON" and noun_tok.pos_ == "NOUN") or None
    if f.noun and fold(f.noun) in w.classifier_nouns and governing is not None:
        # "autoturismele … au înregistrat un volum de 13.816 de unități": a noun that only counts
        # pieces counts what its clause's subject names
        # (never a container: "cifrele … doar 8.913 unități" counts no figures)
        subj = next((c for c in governing.children if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "NOUN"
                     and c != noun_tok and _lemma(c) not in w.containers and fold(c.text) not in w.containers), None)
        if subj is not None:
            f.noun = _lemma(subj)
    verb = governing or anchor
    if verb.pos_ == "VERB":
        f.predicate = _lemma(verb)
        f.negated = _negated(verb, span, w) or None
        obj = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c != anchor
                    and not (span.start <= c.i < span.end)), None)
        f.object = stem(obj.text) if obj is not None else None
        f.happening = _happening(verb, anchor, span, w)
        # A light verb takes its class from its object or place: "au avut leziuni" (wound), "au
        # fost duse la spital" (hospitalise); "Explozia s-a produs" from what happened.
        f.event = t.events.lookup(f.predicate) if f.happening is None else None
        f.event = f.event or next(
            (cls for c in verb.children if c.dep_ in ("obj", "obl", "obl:agent", "nsubj", "nsubj:pass") and c != anchor
             and (cls := t.events.lookup(_lemma(c)) or t.means.lookup(_lemma(c)))), None)
        if f.event is None and f.negated:
            # "18 vieți nu au mai putut fi salvate": a denied "could" is about its complement
            # (only when denied: "au reușit să se salveze" and "au reușit să iasă" tell one fact)
            f.event = next((cls for c in verb.children if c.dep_ in ("xcomp", "ccomp")
                            and (cls := t.events.lookup(_lemma(c)))), None)
    if said is not None:
        # "58 de persoane se află internate": being somewhere says nothing of what happened
        f.predicate = _lemma(said)
        f.event = t.events.lookup(f.predicate) or f.event
    elif noun_tok is not None and (f.predicate is None or _records(f.predicate, w)) \
            and (said := _participle_after(noun_tok, w)) is not None:
        # "a fost consemnat un volum de 13.817 de autoturisme noi înmatriculate": a verb that only
        # records the figure leaves what happened to the counted to the participle after it, as
        # "au fost înmatriculate 13.816 autoturisme" says it with the verb
        f.predicate = _lemma(said)
        f.event = t.events.lookup(f.predicate) or f.event
    if f.event is None and noun_tok is not None:
        # "o ambarcațiune cu 13 persoane la bord", "persoanele aflate la bord": what happened to
        # the counted is said right after it when the clause's verb does not say it
        f.event = _event_after_noun(noun_tok, t)
    # What a duration or amount measures, most specific first: the unit's own complement
    # ("14 ani de guvernare"), the words right after it ("80 de ani de la capitulare"), the noun
    # a relative clause hangs on ("o întâlnire, care a durat"), the verb's arguments, the verb.
    context: list[str] = []
    for child in span.root.children:
        if child.dep_.startswith("nmod") and child.i > span.root.i:
            context.append(_lemma(child))
    doc = span.doc
    # (three words: "120 de litri pe metru pătrat" is rain)
    context.append(" ".join(fold(w.text) for w in doc[span.end: span.end + 3]))
    # The noun the amount belongs to: "o cifră de afaceri de 1,2 miliarde" (its head, with the
    # words after it, for multi-word names).
    head = span.root.head
    if head.pos_ in ("NOUN", "PROPN") and head.i not in range(span.start, span.end):
        context.append(" ".join(fold(w.text) for w in doc[head.i: head.i + 3]))
        context.append(_lemma(head))
    # "jucătorul de 23 de ani a semnat": an amount that qualifies a noun (an age, a size) says
    # nothing about the verb, so the verb's words are not its context.
    qualifies_noun = span.root.dep_.startswith("nmod") and head.pos_ == "NOUN"
    if verb.pos_ == "VERB" and not qualifies_noun:
        if verb.dep_.startswith("acl"):
            context.append(_lemma(verb.head))
        for child in verb.children:
            if (child.dep_.startswith("nsubj") or child.dep_ == "obj") and child.pos_ != "PRON" \
                    and child.i not in range(span.start, span.end):
                context.append(_lemma(child))
                # "rata anuală a inflației": the subject's complement names what is measured
                context.extend(_lemma(g) for g in child.children if g.dep_.startswith("nmod"))
            if child.dep_ == "obl" and child.pos_ == "NOUN" and child.i < span.start:
                context.append(_lemma(child))
        # "au stat de vorbă": the fixed expression carries the meaning, not "sta"
        context.append(" ".join(fold(w.text) for w in doc[verb.i: verb.i + 3]))
    if f.predicate and not qualifies_noun:
        context.append(f.predicate)
    f.context = [c for c in context if c]
    # Actor: the verb's subject, unless the subject is what is counted; then the counted noun's
    # nationality ("militari nord-coreeni").
    subj = None
    if verb.pos_ == "VERB":
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c != anchor
                     and c.i not in range(span.start, span.end)), None)
        if subj is None:
            subj = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
    if subj is not None:
        words = [w.text for w in subj.subtree][:5]
        f.actor_text = " ".join(words)
        f.actor = _side(words, t) or _side([subj.text], t)
    if f.actor is None and noun_tok is not None:
        for child in noun_tok.children:
            if child.dep_ in ("amod", "nmod") and (side := _side([child.text], t)):
                f.actor, f.actor_text = side, child.text
                break
    if verb.pos_ == "VERB":
        for child in verb.children:
            if child.dep_ == "obl" and child.pos_ == "PROPN" and child.ent_type_ in ("GPE", "LOC"):
                f.place = " ".join(w.text for w in child.subtree if w.pos_ == "PROPN") or child.text
                break
    return f


def _happening(verb: Token, anchor: Token, span: Span, w: FrameWords) -> str | None:
    """What happened, when the verb only says that it did ("Evadarea a avut loc", "Incidentul
    s-a produs"): the stem of its subject, or "*" for a subject that names no particular
    happening."""
    need = w.happen_verbs.get(_lemma(verb))
    if need is None:
        return None
    if need == "se":
        ok = any(c.dep_.startswith("expl") for c in verb.children)
    else:
        ok = any(fold(c.text) == need for c in verb.children if c.i > verb.i)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c != anchor
                 and not (span.start <= c.i < span.end) and c.pos_ in ("NOUN", "PRON")), None)
    if not ok or subj is None:
        return None
    if _lemma(subj) in w.generic_happenings or fold(subj.text) in w.generic_happenings:
        return "*"
    return stem(subj.text) if subj.pos_ == "NOUN" else None


def _happening_from_window(doc: Doc, start: int, span: Span, w: FrameWords) -> tuple[str, int] | None:
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
                if not noun.is_alpha:
                    return None
                said = stem(noun.text)
                generic = any(stems_meet(said, g) for g in w.generic_happening_stems)
                return ("*" if generic else said), start + k
    return None


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
    return frame.predicate in w.age_verbs or any(b in w.age_verbs for b in before) or _after_full_name(span, w)


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
        return last.ent_type_ == "PERSON" and first.ent_type_ == "PERSON"
    return True


def _negated(verb: Token, span: Span, w: FrameWords) -> bool:
    """"nu au putut fi salvate": a negation among the few words before the verb, in its clause. A
    verb said before the figure and cut from it by "și" or a comma is another conjunct's: "4.805
    elevi care nu au promovat în iulie și 2.978 candidați din promoții anterioare"."""
    doc = verb.doc
    cuts = w.list_links | w.clause_breaks
    if verb.i < span.start and any(fold(t.text) in cuts or t.text in ",;" for t in doc[verb.i + 1:span.start]):
        return False
    for tok in reversed(doc[max(0, verb.i - 4):verb.i]):
        key = fold(tok.text)
        if key in w.clause_breaks or tok.text in ",;.":
            return False
        if key in w.negations:
            return True
    return False


def _records(predicate: str, w: FrameWords) -> bool:
    """A verb that gives a figure without saying what happened: "este", "a ajuns", "s-au
    înregistrat", "a fost consemnat"."""
    return predicate in w.copulas or predicate.startswith(w.measure_verbs)


def _state_participle(verb: Token, w: FrameWords) -> Token | None:
    """The participle completing a verb of state ("se află internați", "rămân blocate"); the
    model tags it an adjective or a verb, as a complement or an adverbial clause."""
    return next((c for c in verb.children if c.i > verb.i and c.dep_ in ("xcomp", "advcl")
                 and c.pos_ in ("ADJ", "VERB") and fold(c.text).endswith(w.participle_endings)), None)


def _participle_after(noun: Token, w: FrameWords) -> Token | None:
    """A participle right after the counted noun, hanging on it ("autoturisme noi înmatriculate",
    "droguri ascunse"): the model tags it an adjective, so its ending tells it."""
    for c in noun.children:
        if c.i > noun.i and c.i - noun.i <= 2 and c.dep_ in ("amod", "acl") and c.pos_ in ("ADJ", "VERB") \
                and fold(c.text).endswith(w.participle_endings):
            return c
    return None


def _event_after_noun(noun: Token, t: FrameTables) -> str | None:
    """The class of a noun or participle that follows the counted noun and hangs on it ("la bord",
    "aflate la bord", "duse la spital")."""
    for c in noun.children:
        # (a complement further on tells of something else: "lideri din țări … la manifestări")
        if c.i < noun.i or c.dep_ not in ("nmod", "acl") or (c.dep_ == "nmod" and c.i - noun.i > 2):
            continue
        if c.dep_ == "acl" and any(g.dep_.startswith("nsubj") and g.pos_ == "NUM" for g in c.children):
            continue  # "șapte persoane, dintre care șase au fost transportate": what befell a part
        if cls := t.events.lookup(_lemma(c)):
            return cls
        if c.dep_ == "acl" and (cls := next((e for g in c.children if g.dep_ == "obl"
                                             and (e := t.events.lookup(_lemma(g)))), None)):
            return cls
    return None


def _governing_verb(anchor: Token, skip: range = range(0), passed: frozenset[str] = frozenset()) -> Token | None:
    """The verb a figure's phrase depends on; a number inside a relative clause or a nominal
    stays with it. None when the climb reaches the root without a verb. Tokens in `skip` belong to
    the figure's own qualifier ("cu puțin trecut de ora 9"): no verb of the fact; the gerunds in
    `passed` are prepositions ("reluată începând cu ora 15.10": resumed, not begun)."""
    verb = anchor
    for _ in range(6):
        if verb.pos_ == "VERB" and verb.i not in skip and fold(verb.text) not in passed:
            return verb
        if verb.dep_ == "ROOT":
            break
        verb = verb.head
    return verb if verb.pos_ == "VERB" and fold(verb.text) not in passed else None


def _place_from_parse(f: Frame, verb: Token | None, said: Token | None, w: FrameWords) -> None:
    """A place with its level, as the figure's own clause names it ("În județul Constanța, X
    are 135.591 de voturi")."""
    if verb is None:
        return
    children = list(verb.children)
    if said is not None:
        children += list(said.children)  # "se află internate la Spitalul Județean"
    for child in children:
        if child.dep_ == "obl" and child.pos_ == "NOUN" and (level := measured.place_level([child.text], w)):
            names = [g.text for g in child.children if g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "LOC")]
            if level in w.named_levels and not names:
                continue
            f.place = " ".join([child.text, *names])
            f.place_level = level
            return


def _place_after_noun(f: Frame, noun: Token, w: FrameWords) -> None:
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


def _site_after_noun(f: Frame, noun: Token, w: FrameWords, reach: int = 5) -> None:
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
                and level in w.named_levels and doc[k + 2].text[:1].isupper():
            names = [t.text for t in itertools.takewhile(lambda t: t.text[:1].isupper(),
                                                         doc[k + 2:min(k + 5, noun.sent.end)])]
            f.place, f.place_level = " ".join([doc[k + 1].text, *names]), level
            return


def _place_from_window(f: Frame, span: Span, w: FrameWords) -> None:
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
    labelled = len(line) > 1 and line[-1].text[-1:] in ("-", "–", "—", ":")  # ("Bagdasar-Arseni- 5")
    for sent_start in reversed(starts):
        head = doc[sent_start:min(sent_start + 3, span.start)]
        for k, tok in enumerate(head):
            level = measured.place_level([tok.text], w)
            if labelled and level and k == 0 and sent_start == line.start:
                f.place, f.place_level = doc[tok.i:span.start].text.rstrip(" -–—:"), level
                return
            if level in w.named_levels and not (k and fold(head[k - 1].text) in w.place_prepositions):
                continue  # ("Elevii Școlii Gimnaziale … au plecat": whose, not where)
            if level and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
                f.place, f.place_level = f"{tok.text} {doc[tok.i + 1].text}", level
                return


def _frame_from_window(span: Span, noun_tok: Token | None, t: FrameTables, w: FrameWords) -> Frame:
    f = Frame()
    doc = span.doc
    sent = _clause_bounds(span)
    if noun_tok is not None:
        f.noun = fold(noun_tok.text)
    lo = max(sent.start, span.start - WINDOW)
    hi = min(sent.end, span.end + CONTEXT_WINDOW)
    # "3 persoane au murit, iar 13 victime au fost duse la spital": a connector starts another
    # clause, whose verb is not this figure's.
    breaks = w.clause_breaks
    lo = max([lo] + [k + 1 for k in range(lo, span.start) if fold(doc[k].text) in breaks])
    hi = min([hi] + [k for k in range(span.end, hi) if fold(doc[k].text) in breaks])
    # Nearest verb-like word with an event class, after the quantity first: Romanian puts the
    # verb after a subject quantity and before an object quantity, so look both ways by distance.
    best: tuple[int, str, str] | None = None
    for tok in doc[lo:hi]:
        if span.start <= tok.i < span.end or not tok.is_alpha:
            continue
        if tok.i > 0 and fold(doc[tok.i - 1].text) in w.indefinite_articles:
            continue  # "o fabrică", "un produs": a noun that looks like a verb of a class
        cls = t.events.lookup(tok.text) or t.means.lookup(tok.text)
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
        f.negated = _negated(doc[best[3]], span, w) or None
    # (the whole sentence's clause: a subject may stand more than a window before its time)
    first = span.sent.start
    clause = max([first] + [k + 1 for k in range(first, span.start) if fold(doc[k].text) in breaks])
    said = _happening_from_window(doc, clause, span, w)
    if said is not None:
        # "Incidentul s-a produs la 18:45": what happened is the word before the verb, which
        # itself says only that it did (and "produs" is no manufacture here)
        f.happening, k = said
        if best and k <= best[3] < span.start:
            f.event = None
    words = [w.text for w in doc[lo:hi]]
    f.context = [" ".join(fold(w) for w in words[i:i + 3]) for i in range(len(words))]
    if _qualifies_previous_noun(span, t, w):
        # "Jucătorul de 23 de ani a semnat": the amount describes the noun before "de" (an
        # age, a size), so neither the verb nor the words around say what it measures.
        f.predicate = f.event = None
        # the noun, or the noun before its adjective ("un salariu anual de 800.000 de euro")
        f.context = [fold(doc[i].text) for i in (span.start - 2, span.start - 3) if i >= 0]
    # Actor: a nationality right after the counted noun ("militari nord-coreeni"), else a side
    # named before the quantity in the same clause (a comma ends the look-back: in "Potrivit
    # serviciilor sud-coreene, 15.000 de militari" the source is not the actor).
    if noun_tok is not None and noun_tok.i + 1 < sent.end:
        nxt = doc[noun_tok.i + 1]
        side = _side([nxt.text], t)
        if side:
            f.actor, f.actor_text = side, nxt.text
    if f.actor is None:
        for tok in reversed(doc[max(sent.start, span.start - WINDOW):span.start]):
            if tok.is_punct and tok.text in ",;:":
                break
            if tok.is_alpha and tok.text[:1].isupper() or "-" in tok.text:
                side = _side([w.text for w in doc[tok.i:tok.i + 3]], t)
                if side:
                    f.actor, f.actor_text = side, tok.text
                    break
    return f


def _qualifies_previous_noun(span: Span, t: FrameTables, w: FrameWords) -> bool:
    """Without a parse: is the amount a "de" complement of the word before it ("jucătorul de 23
    de ani", "o întârziere de două ore"), rather than of the verb ("timp de două ore")?"""
    if span.start < 2:
        return False
    de, word = span.doc[span.start - 1], span.doc[span.start - 2]
    return fold(de.text) == w.of_link and word.is_alpha and fold(word.text) not in t.not_nouns_before_de


def _with_previous_noun(span: Span, w: FrameWords) -> bool:
    """"un microbuz cu 14 persoane", "un bloc cu opt etaje": after an article, a noun and "cu" the
    count describes that noun."""
    if span.start < 3:
        return False
    doc = span.doc
    return fold(doc[span.start - 1].text) == w.with_link and doc[span.start - 2].is_alpha \
        and fold(doc[span.start - 3].text) in w.indefinite_articles


def _made_of(span: Span, w: FrameWords) -> Token | None:
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


def _clause_bounds(span: Span) -> Span:
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


def _side(words: list[str], t: FrameTables) -> str | None:
    for i in range(len(words)):
        hit = t.sides.match(words[i:])
        if hit:
            return hit[0]
    return None


def concept_for(kind: str, frame: Frame, rules_dir: str | None = None) -> str | None:
    """The concept a claim measures: from its noun for counts, from its context otherwise."""
    t = tables(rules_dir)
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
    for cue, name in t.concepts_after.get(kind, ()):
        # "la doi ani de la tragedie": read from the words right after the figure only, not from
        # another phrase of its sentence ("la 10 ani de detenție", "… de la 2 Mai")
        if frame.after and (frame.after + " ").startswith(cue + " "):
            return name
    table = t.concepts_by_context.get(kind)
    if table and frame.subject_text and kind in ("percent", "money", "measure"):
        # The noun phrase a figure belongs to is the local evidence: in "inflația a urcat la 9,88%,
        # în condițiile în care serviciile s-au scumpit cu 10,36%" the 10,36% is not inflation.
        words = frame.subject_text.split()
        hit = next((h for k in range(len(words)) if (h := table.match(words[k:]))), None)
        return hit[0] if hit else None
    if table:
        for ctx in frame.context:
            hit = table.match(ctx.split())
            roles = (t.concept_roles or {}).get(hit[0]) if hit else None
            if hit and not (roles and frame.role and frame.role not in roles):
                # (a concept of changes is no level: "a crescut la 63,4%" is where it got to)
                return hit[0]
    return None
