"""A figure's frame from the dependency parse: the counted noun, the verb that governs it, what
that verb says happened, its subject (the actor) and whether it is denied."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimcheck.extract import valued
from claimcheck.extract.frame import Frame, has_case, lemma_of, side_of
from claimcheck.lang.frames import FrameTables, FrameWords
from claimcheck.lang.stems import stem
from claimcheck.read.textnorm import fold


def _of_kind(noun: Token, w: FrameWords) -> Token | None:
    """The noun after "de" that says what kind `noun` is of: "exemplare de urs", "populația de urși"."""
    return next((c for c in noun.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i > noun.i
                 and has_case(c, (w.of_link,))), None)


def frame_from_parse(span: Span, noun_tok: Token | None, t: FrameTables, w: FrameWords,
                      governing: Token | None, said: Token | None) -> Frame:
    """The frame the parse gives: `governing` is the figure's clause verb (or None), `said` the
    participle a verb of state says its fact with."""
    f = Frame()
    anchor = noun_tok or span.root
    if noun_tok is not None:
        f.noun = lemma_of(noun_tok)
        # ro_legal_fl tags nouns for people ("pacienți", "turiști") as PERSON: whatever the table
        # knows, they count people, and what happened to them says which fact
        f.people = (noun_tok.ent_type_ == "PERSON" and noun_tok.pos_ == "NOUN") or None
    if f.noun and fold(f.noun) in w.classifier_nouns and (kind := _of_kind(noun_tok, w)) is not None:
        # "12.770 de exemplare de urs brun": the pieces are of the noun after "de"
        f.noun = lemma_of(kind)
    elif f.noun and fold(f.noun) in w.classifier_nouns and governing is None \
            and (subj := next((c for c in noun_tok.children if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "NOUN"),
                              None)) is not None:
        # "Populația de lupi … este de 2.500 de indivizi": a copular count is of its subject's kind
        f.noun = lemma_of(_of_kind(subj, w) or subj)
    elif f.noun and fold(f.noun) in w.classifier_nouns and governing is not None:
        # "autoturismele … au înregistrat un volum de 13.816 de unități": a noun that only counts
        # pieces counts what its clause's subject names ("populația de urși … este de 10.657 de
        # exemplare": what the subject is of)
        # (never a container: "cifrele … doar 8.913 unități" counts no figures)
        subj = next((c for c in governing.children if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "NOUN"
                     and c != noun_tok and lemma_of(c) not in w.containers and fold(c.text) not in w.containers), None)
        if subj is not None:
            f.noun = lemma_of(_of_kind(subj, w) or subj)
    elif noun_tok is not None and ((c := t.concepts_by_noun.lookup(f.noun)) is None or c in t.generic) \
            and (named := valued.named_count(noun_tok, w)) is not None:
        # "Numărul șomerilor … a fost estimat la 493.700 de persoane": persons is the unit, the
        # unemployed what is counted, as "493.700 de șomeri" would say it
        f.noun, f.total = lemma_of(named), True
    verb = governing or anchor
    if verb.pos_ == "VERB":
        f.predicate = lemma_of(verb)
        f.negated = is_negated(verb, span, w) or None
        f.present = _finite_present(verb) or None
        obj = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c != anchor
                    and not (span.start <= c.i < span.end)), None)
        f.object = stem(obj.text) if obj is not None else None
        f.happening = happening_of(verb, anchor, span, w)
        # A light verb takes its class from its object or place: "au avut leziuni" (wound), "au
        # fost duse la spital" (hospitalise); "Explozia s-a produs" from what happened. A means
        # or a place tells it only as an object or place: "Spitalul a raportat cazul" is no
        # taking to hospital.
        # (or the word as written, where the lemmatiser errs: "ceruseră" → "ceru")
        # (a verb and its object may say it together: "și-au pierdut viața" is "au murit"; the
        # word right after the verb when the parse missed the object, as without diacritics)
        # ("a încetat din viață": or the two words after it)
        followers = ([[obj.text]] if obj is not None else []) + [[x.text for x in verb.doc[verb.i + 1:verb.i + 3]]]
        idiom = next((cls for nxt in followers if (cls := t.events.lookup_phrase([f.predicate, *nxt]))), None)
        f.event = idiom or t.events.lookup(f.predicate) \
            or t.events.lookup(fold(verb.text)) if f.happening is None else None
        f.event = f.event or next(
            (cls for c in verb.children if c.dep_ in ("obj", "obl", "obl:agent", "nsubj", "nsubj:pass") and c != anchor
             and (cls := t.events.lookup(lemma_of(c))
                  or (t.means.lookup(lemma_of(c)) if not c.dep_.startswith("nsubj") else None))), None)
        if f.event is None and f.negated:
            # "18 vieți nu au mai putut fi salvate": a denied "could" is about its complement
            # (only when denied: "au reușit să se salveze" and "au reușit să iasă" tell one fact)
            f.event = next((cls for c in verb.children if c.dep_ in ("xcomp", "ccomp")
                            and (cls := t.events.lookup(lemma_of(c)))), None)
    if said is not None:
        # "58 de persoane se află internate": being somewhere says nothing of what happened
        f.predicate = lemma_of(said)
        f.event = t.events.lookup(f.predicate) or f.event
    elif noun_tok is not None and (f.predicate is None or only_records(f.predicate, w)) \
            and (said := participle_after(noun_tok, w)) is not None:
        # "a fost consemnat un volum de 13.817 de autoturisme noi înmatriculate": a verb that only
        # records the figure leaves what happened to the counted to the participle after it, as
        # "au fost înmatriculate 13.816 autoturisme" says it with the verb
        f.predicate = lemma_of(said)
        f.event = t.events.lookup(f.predicate) or f.event
    if f.event is None and noun_tok is not None:
        # "o ambarcațiune cu 13 persoane la bord", "persoanele aflate la bord": what happened to
        # the counted is said right after it when the clause's verb does not say it
        f.event = event_after_noun(noun_tok, t)
    # What a duration or amount measures, most specific first: the unit's own complement
    # ("14 ani de guvernare"), the words right after it ("80 de ani de la capitulare"), the noun
    # a relative clause hangs on ("o întâlnire, care a durat"), the verb's arguments, the verb.
    context: list[str] = []
    for child in span.root.children:
        if child.dep_.startswith("nmod") and child.i > span.root.i:
            context.append(lemma_of(child))
    doc = span.doc
    # (three words: "120 de litri pe metru pătrat" is rain)
    context.append(" ".join(fold(w.text) for w in doc[span.end: span.end + 3]))
    # The noun the amount belongs to: "o cifră de afaceri de 1,2 miliarde" (its head, with the
    # words after it, for multi-word names).
    head = span.root.head
    if head.pos_ in ("NOUN", "PROPN") and head.i not in range(span.start, span.end):
        context.append(" ".join(fold(w.text) for w in doc[head.i: head.i + 3]))
        context.append(lemma_of(head))
    # "jucătorul de 23 de ani a semnat": an amount that qualifies a noun (an age, a size) says
    # nothing about the verb, so the verb's words are not its context.
    qualifies_noun = span.root.dep_.startswith("nmod") and head.pos_ == "NOUN"
    if verb.pos_ == "VERB" and not qualifies_noun:
        if verb.dep_.startswith("acl"):
            context.append(lemma_of(verb.head))
        for child in verb.children:
            if (child.dep_.startswith("nsubj") or child.dep_ == "obj") and child.pos_ != "PRON" \
                    and child.i not in range(span.start, span.end):
                context.append(lemma_of(child))
                # "rata anuală a inflației": the subject's complement names what is measured
                context.extend(lemma_of(g) for g in child.children if g.dep_.startswith("nmod"))
            if child.dep_ == "obl" and child.pos_ == "NOUN" and child.i < span.start:
                context.append(lemma_of(child))
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
        f.actor = side_of(words, t) or side_of([subj.text], t) or _named_place(subj)
    if f.actor is None and noun_tok is not None:
        for child in noun_tok.children:
            if child.dep_ in ("amod", "nmod") and (side := side_of([child.text], t)):
                f.actor, f.actor_text = side, child.text
                break
    if verb.pos_ == "VERB":
        for child in verb.children:
            if child.dep_ == "obl" and child.pos_ == "PROPN" and child.ent_type_ in ("GPE", "LOC"):
                f.place = " ".join(w.text for w in child.subtree if w.pos_ == "PROPN") or child.text
                break
    return f


def _named_place(subj: Token) -> str | None:
    """A country or a city the NER names as the verb's subject, when no side table knows it: its
    stems, marked "~" ("Spania a primit 231 puncte" is Spain's, never "Ucraina a primit 631")."""
    if subj.ent_type_ != "GPE" or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    name = [tok for tok in subj.subtree if tok.ent_type_ == "GPE" and tok.is_alpha]
    return "~" + " ".join(stem(tok.text) for tok in name) if name else None


def happening_of(verb: Token, anchor: Token, span: Span, w: FrameWords) -> str | None:
    """What happened, when the verb only says that it did ("Evadarea a avut loc", "Incidentul
    s-a produs"): the stem of its subject, or "*" for a subject that names no particular
    happening."""
    need = w.happen_verbs.get(lemma_of(verb))
    if need is None:
        return None
    if need == "se":
        ok = any(c.dep_.startswith("expl") for c in verb.children)
    elif not need:
        ok = True  # ("a izbucnit": the verb alone)
    else:
        ok = any(fold(c.text) == need for c in verb.children if c.i > verb.i)
    # ("Tragedia a avut loc": a sentence's first word, capitalised, is often tagged a name)
    # (a reflexive verb of happening takes no object: the noun the parse makes its object after
    # it is its inverted subject, "se va desfășura, cu începere de la ora 17:45, slujba")
    deps = ("nsubj", "nsubj:pass", "obj") if need == "se" else ("nsubj", "nsubj:pass")
    subj = next((c for c in verb.children if c.dep_ in deps and c != anchor
                 and not (span.start <= c.i < span.end) and (c.dep_ != "obj" or c.i > verb.i)
                 and (c.pos_ in ("NOUN", "PRON") or (c.pos_ == "PROPN" and c.is_sent_start))), None)
    if not ok or subj is None:
        return None
    if lemma_of(subj) in w.generic_happenings or fold(subj.text) in w.generic_happenings \
            or stem(subj.text) in w.generic_happening_stems:
        return "*"
    return stem(subj.text) if subj.pos_ in ("NOUN", "PROPN") else None


def is_negated(verb: Token, span: Span, w: FrameWords) -> bool:
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


def only_records(predicate: str, w: FrameWords) -> bool:
    """A verb that gives a figure without saying what happened: "este", "a ajuns", "s-au
    înregistrat", "a fost consemnat"."""
    return predicate in w.copulas or predicate.startswith(w.measure_verbs)


def state_participle(verb: Token, w: FrameWords) -> Token | None:
    """The participle completing a verb of state ("se află internați", "rămân blocate"); the
    model tags it an adjective or a verb, as a complement or an adverbial clause."""
    return next((c for c in verb.children if c.i > verb.i and c.dep_ in ("xcomp", "advcl")
                 and c.pos_ in ("ADJ", "VERB") and fold(c.text).endswith(w.participle_endings)), None)


def participle_after(noun: Token, w: FrameWords) -> Token | None:
    """A participle right after the counted noun, hanging on it ("autoturisme noi înmatriculate",
    "droguri ascunse"): the model tags it an adjective, so its ending tells it."""
    for c in noun.children:
        if c.i > noun.i and c.i - noun.i <= 2 and c.dep_ in ("amod", "acl") and c.pos_ in ("ADJ", "VERB") \
                and fold(c.text).endswith(w.participle_endings):
            return c
    return None


def event_after_noun(noun: Token, t: FrameTables) -> str | None:
    """The class of a noun or participle that follows the counted noun and hangs on it ("la bord",
    "aflate la bord", "duse la spital")."""
    for c in noun.children:
        # (a complement further on tells of something else: "lideri din țări … la manifestări")
        if c.i < noun.i or c.dep_ not in ("nmod", "acl") or (c.dep_ == "nmod" and c.i - noun.i > 2):
            continue
        # (the tagger may take a number word for a pronoun: "dintre care nouă au murit")
        if c.dep_ == "acl" and any(g.dep_.startswith("nsubj") and (g.pos_ == "NUM" or g.like_num) for g in c.children):
            continue  # "șapte persoane, dintre care șase au fost transportate": what befell a part
        if cls := t.events.lookup(lemma_of(c)):
            return cls
        if c.dep_ == "acl" and (cls := next((e for g in c.children if g.dep_ == "obl"
                                             and (e := t.events.lookup(lemma_of(g)))), None)):
            return cls
    return None


def governing_verb(anchor: Token, skip: range = range(0), passed: frozenset[str] = frozenset()) -> Token | None:
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


def base_clause_verb(noun: Token, w: FrameWords) -> Token | None:
    """"Din 12 mineri care lucrau în subteran, nouă au reușit să iasă": a counted noun after a
    partitive base word ("din"), with a relative clause whose subject is the relative pronoun,
    is the whole the part is taken from; that clause's verb is its fact, not the part's verb."""
    if not has_case(noun, w.partitive_bases):
        return None
    return next((c for c in noun.children if c.dep_.startswith("acl") and c.pos_ == "VERB"
                 and any(g.dep_.startswith("nsubj") and fold(g.text) in w.relative_pronouns for g in c.children)),
                None)


def _finite_present(verb: Token) -> bool:
    """The verb says what holds now or will: "costă", "ajunge", "va costa" (an infinitive with
    an auxiliary: a future or conditional), not "a costat"."""
    if verb.morph.get("VerbForm") == ["Inf"]:
        return any(c.dep_ == "aux" for c in verb.children)
    return verb.morph.get("Tense") == ["Pres"] and verb.morph.get("VerbForm") == ["Fin"]
