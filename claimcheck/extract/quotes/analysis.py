"""One pass over a document: every quotation and reported statement with its speaker.

`quote_claims` and `attributions` both read this, so it is computed once per document, by the
pipeline's `claimcheck_quotes` component, and kept in `doc._.cc_quotes` with the rules folder
it was read with.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from claimcheck.extract.quotes.candidates import Speaker, rank
from claimcheck.extract.quotes.context import QuoteContext, Site, build
from claimcheck.extract.quotes.indirect import find_reported
from claimcheck.extract.quotes.marks import QuoteSpan
from claimcheck.extract.quotes.names import name_key, oblique
from claimcheck.extract.quotes.people import resolve_titles
from claimcheck.extract.quotes.speakers import attribute_quote
from claimcheck.lang.rules import Lang, lang_for
import claimcheck.nlp.extensions  # noqa: F401  (doc._.cc_quotes)

# A pronoun or a missing subject ("a mai spus el", "„…”, a adăugat.") points back this many
# paragraphs at most; beyond that a reader would not know who is meant either.
PRONOUN_PARAGRAPHS = 2


@dataclass(slots=True)
class Found:
    """A quotation or reported statement that is a claim. Offsets are normalised."""

    start: int  # the claim's span: with the marks for a quotation
    end: int
    inner_start: int  # the words said
    inner_end: int
    direct: bool
    speaker: Speaker
    site: Site | None
    how: str  # after | according | colon | that | intro | sentence | lead | continues | indirect | inverted
    quote: QuoteSpan | None = None
    partials: list[tuple[int, int]] = field(default_factory=list)  # scare quotes inside


@dataclass(slots=True)
class Analysis:
    ctx: QuoteContext
    found: list[Found]  # claims, in text order
    anonymous: list[Found]  # "analiștii spun că …": hedges, not claims
    partial: list[QuoteSpan]  # quotations that are not claims of their own
    rules: str | None = None  # Lang.key of the folder the lexicons came from


def analyse(doc: Doc, lang: Lang | None = None) -> Analysis:
    """`doc._.cc_quotes` when the pipeline set it with these rules; else computed and set (a Doc
    made without the component, or read with another rules folder)."""
    lang = lang_for(lang)
    done = doc._.cc_quotes
    if done is not None and done.rules == lang.key:
        return done
    result = _analyse(build(doc, lang))
    result.rules = lang.key
    doc._.cc_quotes = result
    return result


def _analyse(ctx: QuoteContext) -> Analysis:
    reported = find_reported(ctx)
    found: list[Found] = []
    anonymous: list[Found] = []
    for r in reported:
        f = Found(r.start, r.end, r.start, r.end, False, r.speaker, r.site, r.how)
        (anonymous if r.speaker.anonymous else found).append(f)
    partial: list[QuoteSpan] = []
    # Reported clauses never overlap (find_reported skips nested ones): bisect for a holder.
    holders = sorted(found + anonymous, key=lambda f: f.start)
    starts = [f.start for f in holders]
    for q in ctx.quotes:
        got = attribute_quote(ctx, q)
        k = bisect.bisect_right(starts, q.start) - 1
        holder = holders[k] if k >= 0 and q.end <= holders[k].end else None
        if got is None or (holder is not None and got[2] in ("sentence", "continues")):
            # A partial quote; inside reported speech it belongs to that claim.
            partial.append(q)
            if holder is not None:
                holder.partials.append((q.inner_start, q.inner_end))
            continue
        speaker, site, how = got
        f = Found(q.start, q.end, q.inner_start, q.inner_end, True, speaker, site, how, q)
        (anonymous if speaker.anonymous else found).append(f)
    found.sort(key=lambda f: f.start)
    resolve_titles(ctx, found)
    _resolve_back_references(ctx, found)
    _lone_first_person(ctx, found)
    return Analysis(ctx, found, anonymous, partial)


def _resolve_back_references(ctx: QuoteContext, found: list[Found]) -> None:
    """Pronouns, missing subjects and lone quotation paragraphs take the previous speaker; a
    pronoun with no speaker before it takes the last person the text named ("Zelenski a
    vorbit. „…”, a adăugat el.")."""
    last: Found | None = None
    for k, f in enumerate(found):
        sp = f.speaker
        if sp.how in ("pronoun", "null", "continues", "none") and sp.name is None:
            reach = ctx.speech.continue_paragraphs if sp.how in ("continues", "none") else PRONOUN_PARAGRAPHS
            here = ctx.layout.paragraph_index(f.start)
            named = _named_since(ctx, last, f) if sp.how in ("pronoun", "null") else None
            if named is not None:
                # "Primarul Radu Enache a vorbit cu locatarii. „…”, a transmis acesta.": the
                # person named after the previous speaker's sentence, not that speaker
                sp.name = ctx.names.resolve(named.text, named.start)
                sp.text = sp.text or named.text
            elif last is not None and here - ctx.layout.paragraph_index(last.end) <= reach:
                sp.name = last.speaker.name
                sp.text = sp.text or last.speaker.text
            elif sp.how in ("pronoun", "null"):
                m = _last_person(ctx, f.start, here - reach)
                if m is not None:
                    sp.name = ctx.names.resolve(m.text, m.start)
                    sp.text = sp.text or m.text
                elif (who := protagonist(ctx)) is not None and who[1] < f.start:
                    # ("Horia Colibășanu a ajuns pe vârf. … „…”, a explicat el.": named paragraphs
                    # before, but the one person the whole article is about)
                    sp.name = who[0]
                    sp.text = sp.text or who[0]
            elif k + 1 < len(found) and _continued_by(ctx, f, found[k + 1]):
                sp.name = found[k + 1].speaker.name
                sp.text = sp.text or found[k + 1].speaker.text
        if sp.name:
            last = f


def _lone_first_person(ctx: QuoteContext, found: list[Found]) -> None:
    """A quotation with no speaker after every other reading, said in the first person ("Mă bucur
    foarte tare … am scris istorie"), is the protagonist's: in a report about one person, a
    reader takes it as theirs. With no clear protagonist it keeps no speaker."""
    # (a quotation left open may have lost its attribution with its end: it is nobody's here)
    lone = [f for f in found if f.direct and f.speaker.name is None and f.speaker.how in ("continues", "none")
            and f.quote is not None and f.quote.closed and _first_person(ctx, f)]
    if not lone:
        return
    who = protagonist(ctx)
    for f in lone:
        if who is not None and who[1] < f.start:
            f.speaker.name = f.speaker.text = who[0]


def _first_person(ctx: QuoteContext, f: Found) -> bool:
    words = re.findall(r"[^\W\d_]+", ctx.folded[f.inner_start:f.inner_end])
    return any(w in ctx.speech.first_person_singular for w in words)


def protagonist(ctx: QuoteContext) -> tuple[str, int] | None:
    """`_protagonist`, read once per article (a lone first-person quotation and every unresolved
    pronoun ask)."""
    if ctx.protagonist_read is None:
        ctx.protagonist_read = (_protagonist(ctx),)
    return ctx.protagonist_read[0]


def _protagonist(ctx: QuoteContext) -> tuple[str, int] | None:
    """(name, where first named) of the person the article names most, outside quotations, when
    named at least `protagonist_mentions` times and `protagonist_margin` times as often as the
    next person; a surname alone counts for the full name it stands for."""
    full: dict[str, tuple[str, int, int]] = {}
    for m in ctx.mentions:
        if ctx.is_inside(m.start) or not ((m.actor is not None and m.actor.type == "person") or rank(ctx, m) == 3):
            continue
        name = ctx.names.resolve(m.text, m.start)
        surname = name_key(name).split()[-1:]
        # the plainest form: a title's "VIDEO Paula Todoran" is Paula Todoran
        shouting = sum(len(w) > 1 and w.isupper() for w in name.split())
        if surname and (surname[0] not in full or shouting < full[surname[0]][2]):
            full[surname[0]] = (name, m.start, shouting)
    if not full:
        return None
    counts = {}
    for surname in full:
        spots = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", ctx.folded)]
        counts[surname] = sum(not ctx.is_inside(p) for p in spots)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if n < ctx.speech.protagonist_mentions or n < ctx.speech.protagonist_margin * second:
        return None
    name, at, _ = full[top]
    return name, at


def _continued_by(ctx: QuoteContext, f: Found, nxt: Found) -> bool:
    """A quotation standing alone with no speaker before it, then the next paragraph's quotation
    with its attribution ("„…”" / "„…”, a spus X."): one statement carried over paragraphs, the
    way a long quote is printed with its attribution at the end."""
    sp = nxt.speaker
    if not (nxt.direct and nxt.how == "after" and sp.how == "mention" and sp.name):
        return False
    return ctx.layout.paragraph_index(nxt.start) - ctx.layout.paragraph_index(f.end) <= ctx.speech.continue_paragraphs


def _named_since(ctx: QuoteContext, last: Found | None, f: Found):
    """The last person named as a subject (not after a preposition) between the end of the
    sentence that attributed the previous quote and `f`, in `f`'s paragraph or the one before."""
    if last is None:
        return None
    done = max(last.end, last.site.end if last.site is not None else 0)
    after = ctx.layout.sentence(done)[1]
    m = _last_person(ctx, f.start, ctx.layout.paragraph_index(f.start) - 1)
    if m is None or m.start < after or oblique(ctx.text, m, ctx.actors.oblique):
        return None
    return m


def _last_person(ctx: QuoteContext, before: int, min_paragraph: int):
    for m in ctx.mentions_before(before):
        if ctx.layout.paragraph_index(m.start) < min_paragraph:
            return None
        if ctx.is_inside(m.start):
            continue
        # a person, never an institution ("Ministerului Afacerilor Interne")
        if (m.actor is not None and m.actor.type == "person") or rank(ctx, m) == 3:
            return m
    return None
