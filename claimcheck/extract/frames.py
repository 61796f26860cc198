"""Claim frames: who did what, where and when, around a number.

With a dependency parse the frame follows the tree (the number's noun, its governing verb, the
verb's subject and places). Without one (`--model blank`) it falls back to a word window in the
sentence: weaker, but the same tables from `rules/` decide, so both modes agree on easy cases.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from claimcheck.framerules import FrameTables, tables
from claimcheck.textnorm import fold

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

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, [])}


def token_span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def build_frame(doc: Doc, start: int, end: int, noun_span: tuple[int, int] | None,
                rules_dir: str | None = None) -> Frame:
    """The frame of the quantity at chars [start, end) of `doc`."""
    t = tables(rules_dir)
    span = token_span(doc, start, end)
    if span is None or len(span) == 0:
        return Frame()
    noun_tok = None
    if noun_span:
        ns = token_span(doc, *noun_span)
        noun_tok = ns[0] if ns is not None and len(ns) else None
    if doc.has_annotation("DEP"):
        frame = _frame_from_parse(span, noun_tok, t)
        if frame.predicate is None:
            # The parse found no governing verb (a fronted "Anul trecut, …" is sometimes left
            # hanging): the word window still knows what happened nearby.
            window = _frame_from_window(span, noun_tok, t)
            frame.predicate, frame.event = window.predicate, window.event
            frame.context = frame.context + window.context
            frame.actor = frame.actor or window.actor
            frame.actor_text = frame.actor_text or window.actor_text
    else:
        frame = _frame_from_window(span, noun_tok, t)
    sent = span.sent
    frame.modifiers = [tok.text for tok in sent if fold(tok.text) in t.temporal]
    return frame


def _lemma(tok: Token) -> str:
    return fold(tok.lemma_ or tok.text) if tok.lemma_ else fold(tok.text)


def _frame_from_parse(span: Span, noun_tok: Token | None, t: FrameTables) -> Frame:
    f = Frame()
    anchor = noun_tok or span.root
    if noun_tok is not None:
        f.noun = _lemma(noun_tok)
    # Climb to the governing verb; a number inside a relative clause or a nominal stays with it.
    verb = anchor
    for _ in range(6):
        if verb.pos_ in ("VERB",) or verb.dep_ == "ROOT":
            break
        verb = verb.head
    if verb.pos_ == "VERB":
        f.predicate = _lemma(verb)
        f.event = t.events.lookup(f.predicate)
    # What a duration or amount measures, most specific first: the unit's own complement
    # ("14 ani de guvernare"), the words right after it ("80 de ani de la capitulare"), the noun
    # a relative clause hangs on ("o întâlnire, care a durat"), the verb's arguments, the verb.
    context: list[str] = []
    for child in span.root.children:
        if child.dep_.startswith("nmod") and child.i > span.root.i:
            context.append(_lemma(child))
    doc = span.doc
    context.append(" ".join(fold(w.text) for w in doc[span.end: span.end + 2]))
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


def _frame_from_window(span: Span, noun_tok: Token | None, t: FrameTables) -> Frame:
    f = Frame()
    doc = span.doc
    sent = _clause_bounds(span)
    if noun_tok is not None:
        f.noun = fold(noun_tok.text)
    lo = max(sent.start, span.start - WINDOW)
    hi = min(sent.end, span.end + CONTEXT_WINDOW)
    # Nearest verb-like word with an event class, after the quantity first: Romanian puts the
    # verb after a subject quantity and before an object quantity, so look both ways by distance.
    best: tuple[int, str, str] | None = None
    for tok in doc[lo:hi]:
        if span.start <= tok.i < span.end or not tok.is_alpha:
            continue
        cls = t.events.lookup(tok.text)
        if cls:
            dist = span.start - tok.i if tok.i < span.start else tok.i - span.end + 1
            if best is None or dist < best[0]:
                best = (dist, fold(tok.text), cls)
    if best:
        f.predicate, f.event = best[1], best[2]
    words = [w.text for w in doc[lo:hi]]
    f.context = [" ".join(fold(w) for w in words[i:i + 3]) for i in range(len(words))]
    if _qualifies_previous_noun(span, t):
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


def _qualifies_previous_noun(span: Span, t: FrameTables) -> bool:
    """Without a parse: is the amount a "de" complement of the word before it ("jucătorul de 23
    de ani", "o întârziere de două ore"), rather than of the verb ("timp de două ore")?"""
    if span.start < 2:
        return False
    de, word = span.doc[span.start - 1], span.doc[span.start - 2]
    return fold(de.text) == "de" and word.is_alpha and fold(word.text) not in t.not_nouns_before_de


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
    table = t.concepts_by_context.get(kind)
    if table:
        for ctx in frame.context:
            hit = table.match(ctx.split())
            if hit:
                return hit[0]
    return None


def rules_key(rules_dir: Path | str | None) -> str | None:
    return str(rules_dir) if rules_dir else None
