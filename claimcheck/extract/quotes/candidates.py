"""Who may be a quotation's speaker: the names a stretch of text offers, ranked (a person's name
beats an institution, which beats a description), and the words themselves when they name nobody.
`speakers` picks among them by the grammar of the sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.extract.quotes.context import QuoteContext
from claimcheck.extract.quotes.names import Mention, name_key, oblique
from claimcheck.read.textnorm import fold

_FALLBACK_MAX_WORDS = 5


@dataclass(slots=True)
class Speaker:
    text: str | None  # the words that name the speaker ("liderul de la Kremlin", "el")
    name: str | None  # canonical, filled for pronouns and continuations in `analysis`
    start: int | None
    how: str  # mention | pronoun | null (no subject) | phrase | unnamed ("un suporter") | continues | none
    anonymous: bool = False


NOBODY = Speaker(None, None, None, "none")


def rank(ctx: QuoteContext, m: Mention) -> int:
    """A person's name beats an institution, which beats a description: in "președintele SUA,
    Donald Trump," or "Ministrul de Externe al Ungariei, Péter Szijjártó," the name speaks, and
    in "Sabin Cornoiu, Salvamont România:" the person speaks for the service."""
    if m.kind == "alias" and m.actor is not None:
        return 3 if m.actor.type == "person" else 2
    if m.kind == "name":
        words = m.text.split()
        if not (len(words) >= 2 and all(w[0].isupper() for w in words)):
            return 1
        return 2 if ctx.actors.is_institution(words[0]) or named_entity_not_person(ctx, m) else 3
    return 0


def named_entity_not_person(ctx: QuoteContext, m: Mention) -> bool:
    """With the model: the words are an organisation or a place and no person, here or where
    the article names them again (the model labels "Champions League" an event on one line and
    nothing on the next)."""
    if not ctx.parsed:
        return False
    types = _entity_types(ctx, m)
    if types:
        return "PERSON" not in types and "" not in types
    votes = _entity_votes(ctx).get(name_key(m.text), set())
    return bool(votes) and "PERSON" not in votes


def _entity_types(ctx: QuoteContext, m: Mention) -> set[str]:
    """The entity types of a mention's first and last words; empty when either word is unlabelled
    or not found."""
    toks = [t for t in (ctx.token_at(i) for i in (m.start, m.end - 1)) if t is not None]
    types = {t.ent_type_ for t in toks}
    return set() if not toks or "" in types else types


def _entity_votes(ctx: QuoteContext) -> dict[str, set[str]]:
    if ctx.entity_votes is None:
        ctx.entity_votes = {}
        for x in ctx.mentions:
            if x.kind == "name" and (types := _entity_types(ctx, x)):
                ctx.entity_votes.setdefault(name_key(x.text), set()).update(types)
    return ctx.entity_votes


def genitive_of(ctx: QuoteContext, m: Mention) -> bool:
    """A name right after a noun in the genitive is what that noun is of, not a subject:
    "Primarul municipiului Constanța a declarat" (the mayor speaks, not the city)."""
    before = re.search(r"([^\W\d_]+)\s+$", ctx.text[max(0, m.start - 30):m.start])
    if before and before.group(1).islower():
        word = fold(before.group(1))
        return word.endswith(ctx.actors.genitive_endings) and word not in ctx.speech.spokespeople
    # "Hafez al-Assad, fiul președintelui Siriei, Bashar al-Assad, a declarat": a name in
    # apposition to a title in the genitive, after a noun it is of, is that title's holder
    appos = _APPOSED_TO_GENITIVE.search(ctx.text[max(0, m.start - 60):m.start])
    if not appos:
        return False
    head, title = fold(appos.group(1)), fold(appos.group(2))
    return head.endswith(ctx.actors.definite_endings) and title.endswith(ctx.actors.genitive_endings) \
        and ctx.actors.title_stem(appos.group(2)) is not None


# a lower-case noun, a title in the genitive, what it is of, a comma: "fiul președintelui Siriei, "
_APPOSED_TO_GENITIVE = re.compile(r"\b([^\W\d_]+)\s+([^\W\d_]+)\s+[A-ZĂÂÎȘȚŞŢ][^\W\d_]*\s*,\s*$")


def speaker_from(ctx: QuoteContext, m: Mention) -> Speaker:
    return Speaker(m.text, ctx.names.resolve(m.text, m.start), m.start, "mention")


def best_mention(ctx: QuoteContext, start: int, end: int, head: int | None = None) -> Mention | None:
    cands = [m for m in ctx.mentions_in(start, end) if not ctx.is_inside(m.start) and not oblique(ctx.text, m, ctx.actors.oblique)
             and not genitive_of(ctx, m)]
    if not cands:
        return None
    ranks = [rank(ctx, m) for m in cands]
    best = [m for m, r in zip(cands, ranks) if r == max(ranks)]
    if head is not None:
        for m in best:
            if m.start <= head < m.end:
                return m
    return best[-1]


def phrase_speaker(ctx: QuoteContext, start: int, end: int) -> Speaker | None:
    """No name: keep the words themselves when they look like a subject ("Oficialii
    ucraineni"), flag anonymous ones ("analiștii")."""
    words = ctx.words(start, end)
    if not words or len(words) > _FALLBACK_MAX_WORDS:
        return None
    s, e = words[0].start(), words[-1].end()
    phrase = ctx.text[s:e]
    first = fold(words[0].group())
    if any(c.isdigit() for c in phrase) or any(ctx.is_inside(k) for k in (s, e - 1)):
        return None
    if first in ctx.speech.pronouns and len(words) == 1:
        return Speaker(phrase, None, s, "pronoun")
    anon = first in ctx.sources.anonymous or fold(phrase) in ctx.sources.anonymous
    # a title in the nominative ("a declarat la final sportiva") speaks, without what its phrase
    # says of it after a preposition ("premierul olandez pentru presa locală"); `people`
    # resolves it to a name
    if not anon and not phrase[0].isupper():
        if not (nominative_title(ctx, first) or is_epithet(ctx, phrase)):
            return None
        cut = next((k for k, w in enumerate(words) if k and fold(w.group()) in ctx.actors.oblique), len(words))
        phrase = ctx.text[s:words[cut - 1].end()]
    return Speaker(phrase, None if anon else ctx.names.resolve(phrase, s), s, "phrase", anonymous=anon)


def nominative_title(ctx: QuoteContext, first: str) -> bool:
    """A folded word is a title in the nominative ("purtătoarea"), not the dative or genitive of
    one ("spunându-i președintei", "șeful Departamentului")."""
    return ctx.actors.title_stem(first) is not None and not first.endswith(ctx.actors.genitive_endings)


def is_epithet(ctx: QuoteContext, phrase: str | None) -> bool:
    """One lower-case noun with the definite article rules/speech.yml `description_endings` names
    ("miliardarul"): a description of someone, which extract/quotes/people.py resolves."""
    words = (phrase or "").split()
    if not words or not words[0][:1].islower():
        return False
    first = fold(words[0])
    return first.endswith(ctx.speech.description_endings) and first not in ctx.speech.not_subjects \
        and not first.endswith(ctx.actors.genitive_endings)


# "a transmis instituția" points back this many paragraphs at most for the institution it names.
_ANAPHOR_PARAGRAPHS = 2


def last_institution(ctx: QuoteContext, before: int) -> Mention | None:
    """The institution named last before `before` (as a subject or not: "datele publicate de
    Ministerul Educației … „…”, a transmis instituția"), outside quotations."""
    here = ctx.layout.paragraph_index(before)
    for m in ctx.mentions_before(before):
        if here - ctx.layout.paragraph_index(m.start) > _ANAPHOR_PARAGRAPHS:
            return None
        if not ctx.is_inside(m.start) and rank(ctx, m) == 2:
            return m
    return None


def unnamed(ctx: QuoteContext, start: int, end: int) -> Speaker:
    """A subject that names nobody ("un suporter", "o locuitoare"): the quote has a speaker the
    article does not name, so no one else's name may be given to it."""
    return Speaker(" ".join(ctx.text[start:end].split()), None, start, "unnamed")
