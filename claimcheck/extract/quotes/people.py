"""The people an article names, and the person a title stands for.

News names most speakers once in full and then by a title: "Secretarul de stat Raed Arafat a
declarat … „…”, a precizat șeful Departamentului". A reader resolves the title to the person
the article names with it; so does `resolve_titles`, for any person, with no table of people:

  (a) a name in apposition to the title ("Șeful DSU, Raed Arafat,", "seismologul Mihai Ionescu");
  (b) a name given with the same title elsewhere in the article ("Mihai Ionescu, seismolog la
      INFP" … "a spus seismologul"; "Ministrul Muncii, Florin Manole" … "ministrul Muncii");
  (c) else the person named last before the quote, when they spoke before or were named in the
      sentences just before it (and hold no other title of the same kind, such as another ministry).

With none of these the title stays as written: a title never puts words in a stranger's mouth.

People come from the model's named entities when there are any (PERSON, without the title
words the model includes: "Ministrul" in "Ministrul Florin Manole"), and from capitalised
runs of two or more words that do not start like an institution (`institution_stems`).
Titles are words of `title_stems` (rules/actors.yml), or with the model a lower-case
singular noun it tags as a person ("oficialul olandez").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.extract.quotes.candidates import named_entity_not_person
from claimcheck.extract.quotes.context import QuoteContext
from claimcheck.extract.quotes.marks import ALL_MARKS
from claimcheck.extract.quotes.names import ACRONYM_LETTERS, Complement, Mention, name_key, oblique
from claimcheck.read.textnorm import fold

# How far the words of a title may run before the name in apposition ("purtătoarea de cuvânt a
# Inspectoratului pentru Situații de Urgență Sibiu, Raluca Marcu").
_APPOSITION_WORDS = 10
_ABBREVIATED = re.compile(r"(?<!\w)(\w+)\.")
# A name in quotation marks inside the title ("reprezentanta ISU „Delta”, Cristina Profir") has
# at most this many words; a longer quotation between a title and a name is what someone said.
_QUOTED_NAME_WORDS = 3
# (c): the person must be named in the quote's paragraph or the one before, and either this
# many sentences before the quote at most or have spoken since.
_RECENT_SENTENCES = 2
_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*")


@dataclass(frozen=True, slots=True)
class Person:
    start: int
    end: int
    name: str  # as a speaker: canonical for a known actor, else the words


def _meet(a: Complement | None, b: Complement | None) -> bool:
    return a is None or b is None or a.meets(b)


@dataclass(frozen=True, slots=True)
class Holding:
    """A person named with a title: "Florin Manole" with ministru + "munci"."""

    person: Person
    stem: str
    complement: Complement | None
    at: int


def find_people(ctx: QuoteContext) -> list[Person]:
    spans: dict[int, tuple[int, int]] = {}
    other: list[tuple[int, int]] = []
    led: list[tuple[int, int]] = []  # the model's persons
    if ctx.parsed and ctx.doc.has_annotation("ENT_IOB"):
        for ent in ctx.doc.ents:
            if ent.label_ != "PERSON":
                other.append((ent.start_char, ent.end_char))
                continue
            led.append((ent.start_char, ent.end_char))
            run: list = []
            for t in list(ent) + [None]:
                if t is not None and _name_word(ctx, t.text) and t.pos_ in ("PROPN", "NOUN", "X", "ADJ"):
                    run.append(t)
                    continue
                if len(run) >= 2:
                    spans[run[0].idx] = (run[0].idx, run[-1].idx + len(run[-1].text))
                run = []
    for m in ctx.mentions:
        # (a name the model starts as a person and ends as a place is still the person's:
        # "Emanuel von und zu Liechtenstein")
        if _person_mention(ctx, m) and m.start not in spans \
                and (any(s <= m.start < e for s, e in led) or not any(s < m.end and m.start < e for s, e in other)):
            if not any(s < m.end and m.start < e for s, e in spans.values()):
                spans[m.start] = (m.start, m.end)
    out = []
    for s, e in sorted(spans.values()):
        if ctx.is_inside(s):
            continue
        out.append(Person(s, e, ctx.names.resolve(ctx.text[s:e], s)))
    return out


def _name_word(ctx: QuoteContext, w: str) -> bool:
    w = ctx.actors.after_particle(w)  # ("al-Assad")
    return (w[:1].isupper() and not (len(w) > 1 and w.isupper()) and ctx.actors.title_stem(w) is None
            and not ctx.actors.is_institution(w))


def _person_mention(ctx: QuoteContext, m: Mention) -> bool:
    if m.kind == "alias":
        return m.actor is not None and m.actor.type == "person" and len(m.text.split()) >= 2
    if m.kind != "name":
        return False
    # (a person's name may hold particles: "Emanuel von und zu Liechtenstein", "Hafez al-Assad")
    words = [w for w in m.text.split() if w[:1].isupper() or fold(w) not in ctx.actors.connectors]
    # (and not a name the model labels an event, a team or a place where the article says it
    # again: "Champions League: Real Madrid - Milan" on a line of the TV schedule)
    return 2 <= len(words) <= 4 and all(_name_word(ctx, w) for w in words) and fold(words[0]) not in ctx.actors.oblique \
        and not named_entity_not_person(ctx, m)


def is_title(ctx: QuoteContext, start: int, text: str) -> str | None:
    """The title stem of the words `text` at `start` ("șeful Departamentului" → "sef"), or
    "" for a title known only from the parse, or None."""
    words = _WORD.findall(text)
    while len(words) > 1 and fold(words[0]) in ctx.actors.title_qualifiers:
        words = words[1:]  # "fostul ministru": the former minister is still the minister named
    if not words:
        return None
    said = fold(" ".join(words[:2])).lower()
    if said in ctx.actors.title_equivalents:
        return ctx.actors.title_equivalents[said]  # "șeful statului": the president, in other words
    stem = ctx.actors.title_stem(words[0])
    if stem is not None:
        return stem
    if ctx.parsed:
        tok = ctx.token_at(start)
        if (tok is not None and tok.pos_ == "NOUN" and tok.text[:1].islower() and tok.ent_type_ == "PERSON"
                and tok.morph.get("Number") == ["Sing"]):
            return ""
    return None


def _complement(ctx: QuoteContext, start: int, people: list[Person]) -> Complement | None:
    """The word that tells two titles of one kind apart: the first capitalised word after the
    title's head, within three words ("ministrul Muncii", "seismolog la INFP")."""
    head = _WORD.match(ctx.text, start)
    if head is None:
        return None
    words = list(_WORD.finditer(ctx.text, head.end(), min(len(ctx.text), head.end() + 80)))
    for n, w in enumerate(words):
        if n >= 3 or _breaks(ctx.text[head.end():w.start()]):
            return None
        if w.group()[:1].isupper():
            if any(p.start <= w.start() < p.end for p in people):
                return None
            word = w.group()
            acronym = word.isupper() and 2 <= len(word) <= ACRONYM_LETTERS
            # (the capitalised words of the name it starts, up to a break: "Federației Române de Canotaj")
            initials = ""
            for x in words[n:n + 6]:
                if _breaks(ctx.text[w.start():x.start()]):
                    break
                if x.group()[:1].isupper():
                    initials += name_key(x.group())[:1]
            return Complement(name_key(word).lower() if acronym else name_key(word)[:5], initials, acronym)
    return None


def _breaks(gap: str) -> bool:
    """Punctuation or a quotation mark: the words after it are no longer the title's."""
    return any(c in ",.;:!?\n" or c in ALL_MARKS for c in gap)


def _apposition(ctx: QuoteContext, start: int, people: list[Person]) -> Person | None:
    """The person named right after the title words at `start`, in the same clause."""
    _, se = ctx.layout.sentence(start)
    for p in people:
        if p.start <= start:
            continue
        if p.start >= se:
            return None
        gap = _ABBREVIATED.sub(lambda m: m.group(1) if fold(m.group(1)) in ctx.actors.abbreviations else m.group(0),
                               ctx.text[start:p.start])  # ("rectorul UBB, prof. univ. dr. Daniel David")
        if (len(_WORD.findall(gap)) > _APPOSITION_WORDS + 1 or gap.count(",") > 1 or _quotes_in(ctx, start, p.start)
                or any(c in gap for c in ".;:!?\n") or ctx.sites_in(start, p.start)):
            return None
        if oblique(ctx.text, Mention(p.start, p.end, p.name, "name"), ctx.actors.oblique):
            # ("directorul de la Grădina Zoo Târgoviște, Florina Pârvulescu": a name after a
            # preposition is the title's complement, and the person may follow it)
            continue
        return p
    return None


# Words a description may run to before the name it describes ("ghidul de pescuit Piotr Boufał").
_DESCRIPTION_WORDS = 3


def _named_after(ctx: QuoteContext, start: int, people: list[Person]) -> Person | None:
    """The person named right after a description at `start` ("a comentat ghidul de pescuit Piotr
    Boufał", "avocata sa, Flavia Teodosiu"): a few words, none a genitive ("rolul unor pictori
    precum Ion Andreescu" names someone else), at most a comma before the name."""
    _, se = ctx.layout.sentence(start)
    p = next((p for p in people if start < p.start < se), None)
    if p is None:
        return None
    gap = ctx.text[start:p.start]
    words = [fold(w) for w in _WORD.findall(gap)]
    if len(words) > _DESCRIPTION_WORDS or any(c in gap for c in ".;:!?\n") or gap.count(",") > 1 \
            or (gap.count(",") == 1 and not gap.rstrip().endswith(",")) \
            or any(w.endswith(ctx.actors.genitive_endings) for w in words[1:]):
        return None
    return p


def _alone(ctx: QuoteContext, p: Person | None, people: list[Person]) -> Person | None:
    """`p`, when no one else is named in the sentence that names it: "Andrei Mureșan și Ioana Vlad au
    obținut medalii. „…”, a punctat elevul" could be either."""
    if p is None:
        return None
    ss, se = ctx.layout.sentence(p.start)
    return p if all(name_key(q.name) == name_key(p.name) for q in people if ss <= q.start < se) else None


def _quotes_in(ctx: QuoteContext, start: int, end: int) -> bool:
    """Quotation marks between `start` and `end` other than those of a short quoted name."""
    k = start
    while k < end:
        if ctx.text[k] in ALL_MARKS:
            q = ctx.quote_at(k)
            if q is None or not q.closed or q.end > end or len(_WORD.findall(ctx.text[q.inner_start:q.inner_end])) > _QUOTED_NAME_WORDS:
                return True
            k = q.end
            continue
        k += 1
    return False


def holdings(ctx: QuoteContext, people: list[Person]) -> list[Holding]:
    """Every person the article names with a title: "X, seismolog la INFP", "seismologul X"."""
    out = []
    for w in _WORD.finditer(ctx.text):
        stem = ctx.actors.title_stem(w.group())
        if stem is None or ctx.is_inside(w.start()):
            continue
        p = _apposition(ctx, w.start(), people)
        if p is None:
            before = re.search(r"([^\W\d_][\w'’-]*)\s*,\s*$", ctx.text[max(0, w.start() - 80):w.start()])
            if before:
                end = w.start() - (len(before.group()) - len(before.group(1)))
                p = next((x for x in people if x.end == end), None)
        if p is not None:
            out.append(Holding(p, stem, _complement(ctx, w.start(), people), w.start()))
    return out


def resolve_titles(ctx: QuoteContext, found: list) -> None:
    """Give each speaker written as a title the person it stands for (see the module doc)."""
    people = None
    held: list[Holding] = []
    spoke: list = []
    left: list[tuple] = []  # (speaker, stem, complement) of titles no person was found for
    titled: list[Holding] = []  # the titles that were resolved, as holdings of their person
    last = None  # the statement before this one, whoever made it
    for k, f in enumerate(found):
        sp = f.speaker
        if sp.text and sp.start is not None and _unresolved(sp):
            stem = is_title(ctx, sp.start, sp.text)
            if stem is not None:
                if people is None:
                    people = find_people(ctx)
                    held = holdings(ctx, people)
                p = (_apposition(ctx, sp.start, people) or _same_title(ctx, sp.start, stem, f, people, held)
                     or _recent(ctx, sp.start, stem, f, people, held, spoke, last))
                comp = _complement(ctx, sp.start, people) if stem else None
                if p is not None:
                    sp.name = p.name
                    if comp is not None:
                        # (a bare "ministrul" resolved to Florin Manole says nothing of which
                        # ministry: it must not make him the "ministrul Transporturilor" left)
                        titled.append(Holding(p, stem, comp, sp.start))
                elif stem:
                    left.append((sp, stem, comp, k))
            elif _definite_noun(ctx, sp.start):
                if people is None:
                    people = find_people(ctx)
                    held = holdings(ctx, people)
                # (the name right after it, "ghidul de pescuit Piotr Boufał"; the one person named
                # before it; or, with more named, the one named last in the sentences just before,
                # as (c) reads a title, when that sentence names no one else: "Ion Vlaicu a anunțat
                # … „…”, a spus demnitarul")
                p = _named_after(ctx, sp.start, people) or _sole_person(ctx, people, min(sp.start, f.start)) \
                    or _alone(ctx, _recent(ctx, sp.start, "", f, people, held, spoke, last), people)
                if p is not None:
                    sp.name = p.name
        if sp.name:
            spoke.append(f)
        last = f
    for sp, stem, comp, k in left:
        p = _only_holder(held + titled, stem, comp) or _goes_on(ctx, found, k)
        if p is not None:
            sp.name = p.name


def _goes_on(ctx: QuoteContext, found: list, k: int) -> Person | None:
    """"„…”, a transmis ministrul Transporturilor. Ciprian Șerban a mai precizat că …": the
    statement right after, in the next sentence, made by a name with "mai" ("a mai precizat",
    "a mai spus": said further) goes on from the one before, whose title is that name's."""
    if k + 1 >= len(found):
        return None
    f, g = found[k], found[k + 1]
    sp = g.speaker
    if g.site is None or not sp.name or sp.start is None or _unresolved(sp) and is_title(ctx, sp.start, sp.text or ""):
        return None
    if "mai" not in {fold(w) for w in _WORD.findall(g.site.text)}:
        return None
    lay = ctx.layout
    if lay.sentence_index(sp.start) - lay.sentence_index(max(f.end, f.speaker.start or f.end)) != 1:
        return None
    return Person(sp.start, sp.start + len(sp.text or ""), sp.name)


def _definite_noun(ctx: QuoteContext, start: int) -> bool:
    """"„…”, a punctat elevul": a speaker written as a singular common noun with the definite
    article refers back to someone the reader already knows; without a parse, a lower-case word
    with a singular article's ending that is no function word."""
    if not ctx.parsed:
        w = _WORD.match(ctx.text, start)
        first = fold(w.group()) if w else ""
        return (w is not None and w.group().islower() and len(first) > 3 and first not in ctx.actors.clause_words
                and first.endswith(ctx.actors.definite_singular_endings))
    tok = ctx.token_at(start)
    return tok is not None and tok.pos_ == "NOUN" and tok.text[:1].islower() \
        and tok.morph.get("Definite") == ["Def"] and tok.morph.get("Number") == ["Sing"]


def _sole_person(ctx: QuoteContext, people: list[Person], before: int) -> Person | None:
    """The one person the article names before `before`, if it names exactly one: "Vlad Boancă,
    puștiul din Cluj-Napoca, …" and later "a punctat elevul". With two people named, "elevul"
    could be either, and is left as written."""
    prior = {name_key(p.name): p for p in people if p.end <= before
             and not oblique(ctx.text, Mention(p.start, p.end, p.name, "name"), ctx.actors.oblique)}
    return next(iter(prior.values())) if len(prior) == 1 else None


def _only_holder(held: list[Holding], stem: str, comp: str | None) -> Person | None:
    """"„…”, este de părere ministrul" before the article names anyone: the title stands for the
    person it stands for elsewhere in the article, when that is one person only."""
    names = {h.person.name: h.person for h in held
             if h.stem == stem and _meet(comp, h.complement)}
    return next(iter(names.values())) if len(names) == 1 else None


def _unresolved(sp) -> bool:
    return not sp.name or name_key(sp.name) == name_key(sp.text)


def _same_title(ctx: QuoteContext, at: int, stem: str, f, people: list[Person], held: list[Holding]) -> Person | None:
    if not stem:
        return None
    comp = _complement(ctx, at, people)
    cands = [h for h in held if h.stem == stem and h.at != at and _meet(comp, h.complement)]
    if not cands:
        return None
    before = [h for h in cands if h.at < f.start]
    best = before[-1] if before else cands[0]
    return best.person


def _recent(ctx: QuoteContext, at: int, stem: str, f, people: list[Person], held: list[Holding], spoke: list,
            last=None) -> Person | None:
    anchor = min(at, f.start)
    lay = ctx.layout
    # (a name on a line of no prose, a TV schedule's "Real Madrid - Milan", is nobody the story is about)
    prior = [p for p in people if p.end <= anchor and not lay.in_filler(p.start)
             and not oblique(ctx.text, Mention(p.start, p.end, p.name, "name"), ctx.actors.oblique)]
    if not prior:
        return None
    p = prior[-1]
    # "„…”, a declarat ministrul. Oficialul a adăugat că …": a title right after the statement of
    # the person named last goes on with that person, however long the statement ran
    goes_on = last is not None and last.speaker.name == p.name and last.end > p.start \
        and lay.paragraph_gap(anchor, last.end) <= 1
    if lay.paragraph_gap(anchor, p.start) > 1 and not goes_on:
        return None
    near = lay.sentence_gap(anchor, p.start) <= _RECENT_SENTENCES
    if not (near or any(g.speaker.name == p.name and g.end > p.start for g in spoke)):
        return None
    _, se = lay.sentence(at)
    if any(q.name == p.name and at < q.start < se for q in people):
        return None  # "a spus medicul, care a tratat-o pe Ana Pop": Ana Pop is someone else
    comp = _complement(ctx, at, people) if stem else None
    if comp and not comp.acronym and any(name_key(w)[:5] == comp.key for w in p.name.split()):
        return None  # "primarul orașului Brad" is not "Radio Vocea Brad": the name holds what the title is of
    for h in held:
        # Florin Manole is the minister of Labour: "ministrul Transporturilor" is someone else.
        if h.person.name == p.name and stem and h.stem == stem and not _meet(comp, h.complement):
            return None
    if stem and _role_of_something(ctx, at) and any(h.person.name == p.name for h in held) \
            and not any(h.person.name == p.name and h.stem == stem for h in held):
        # "Primarul orașului, Elena Vasilescu" … "Proprietarul depozitului: „…”": a role said
        # with what it is of, which the person named last does not hold, introduces someone else
        return None
    return p


def _role_of_something(ctx: QuoteContext, at: int) -> bool:
    """The title at `at` is followed by a lower-case genitive, what the role is of
    ("proprietarul depozitului", "directorul școlii")."""
    words = _WORD.findall(ctx.text[at:at + 60])
    return len(words) >= 2 and words[1].islower() and fold(words[1]).endswith(ctx.actors.genitive_endings)
