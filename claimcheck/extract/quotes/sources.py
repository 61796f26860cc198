"""Sources and hedges: who an article cites for a claim, and how sure it is.

An `Attribution` covers a span of the text (a sentence, or the words of a quotation) and
says where what is in it comes from ("potrivit serviciilor sud-coreene de informații",
"AFP, citată de Agerpres", or the speaker of a quotation) and whether it is hedged ("se
estimează"). Other extractors ask `covering(attrs, offset)` for the claim at that offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from claimcheck.extract.quotes.analysis import analyse
from claimcheck.extract.quotes.context import QuoteContext, Site
from claimcheck.extract.quotes.names import name_key
from claimcheck.extract.quotes.speakers import subject_before
from claimcheck.read.textnorm import fold

# A source phrase ends at punctuation or where a clause starts (SourceLexicon.source_end, on
# folded text); longer than this is not a name.
_MAX_SOURCE_WORDS = 10
_COMMA = re.compile(r"\s*,\s*")


@dataclass(frozen=True, slots=True)
class Attribution:
    start: int  # the normalised span it covers
    end: int
    source: str | None = None  # "serviciilor sud-coreene de informații", "AFP, citată de Agerpres"
    hedge: str | None = None  # "se estimează"
    marker: str | None = None  # "potrivit", "relatează", "a declarat", "se estimează"
    marker_start: int | None = None
    kind: str = "source"  # source | hedge | speech
    # True when it covers a paragraph's later sentences because "Potrivit X," opened it.
    inherited: bool = False
    source_start: int | None = None  # where the source's words are in the text
    source_end: int | None = None

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "source": self.source, "hedge": self.hedge,
                "marker": self.marker, "kind": self.kind}


def attributions(doc: Doc, lang=None) -> list[Attribution]:
    an = analyse(doc, lang)
    ctx = an.ctx
    out: list[Attribution] = []
    out += _before_markers(ctx)
    out += _reporting(ctx)
    for m in ctx.sources.hedges.finditer(ctx.folded):
        ss, se = ctx.layout.sentence(m.start())
        out.append(Attribution(ss, se, hedge=ctx.text[m.start():m.end()], marker=m.group(), marker_start=m.start(),
                               kind="hedge"))
    for f in an.anonymous:
        ss, se = ctx.layout.sentence(f.start)
        lo = f.speaker.start if f.speaker.start is not None else (f.site.start if f.site else f.start)
        hi = f.site.end if f.site else lo
        out.append(Attribution(ss, se, hedge=ctx.text[min(lo, hi):max(lo, hi)], marker=f.site.text if f.site else None,
                               marker_start=lo, kind="hedge"))
    for f in an.found:
        if f.speaker.name:
            out.append(Attribution(f.inner_start, f.inner_end, source=f.speaker.name,
                                   marker=f.site.text if f.site else None,
                                   marker_start=f.site.start if f.site else None, kind="speech"))
    return _dedupe(out)


def _dedupe(attrs: list[Attribution]) -> list[Attribution]:
    """One attribution per fact: "citată de Agerpres" inside the chain "AFP, citată de
    Agerpres" is not a source of its own, and a hedge found twice is one hedge."""
    chains = [(a.source_start, a.source_end) for a in attrs if a.source_start is not None]
    seen: set[tuple] = set()
    out = []
    for a in sorted(attrs, key=lambda a: (a.start, a.end, a.marker_start or 0)):
        if a.marker_start is not None and a.kind == "source" and any(
                s < a.marker_start < e for s, e in chains):
            continue
        key = (a.start, a.end, a.kind, fold(a.source or ""), fold(a.hedge or ""), a.inherited)
        if key in seen:
            continue
        seen.add(key)
        out.append(a)
    return out


def covering(attrs: list[Attribution], i: int, kinds: tuple[str, ...] | None = None) -> Attribution | None:
    """The attribution for offset `i`: the tightest source that covers it (a quotation's
    speaker before its sentence's "potrivit X", an explicit source before one inherited from
    the paragraph's first sentence, the nearest marker on ties) with the tightest hedge."""
    cands = [a for a in attrs if a.start <= i < a.end and (kinds is None or a.kind in kinds)]
    if not cands:
        return None

    def rank(a: Attribution) -> tuple:
        return (a.inherited, a.end - a.start, abs((a.marker_start if a.marker_start is not None else i) - i))

    src = min((a for a in cands if a.source), key=rank, default=None)
    hedge = min((a for a in cands if a.hedge), key=rank, default=None)
    base = src or hedge
    assert base is not None
    return replace(base, source=src.source if src else None, hedge=hedge.hedge if hedge else None)


def _source_phrase(ctx: QuoteContext, start: int) -> tuple[int, int] | None:
    """The source named from `start`, with its chain ("AFP, citată de Agerpres")."""
    text = ctx.text
    while start < len(text) and text[start] == " ":
        start += 1
    if ctx.folded.startswith("lui ", start):
        start += 4  # "potrivit lui Ion Popescu": the source is Ion Popescu
    end = _phrase_end(ctx, start)
    if end <= start:
        return None
    while True:
        m = ctx.sources.chain.match(ctx.folded, end)
        if not m:
            break
        nxt = _phrase_end(ctx, m.end())
        if nxt <= m.end():
            break
        end = nxt
    if len(ctx.words(start, end)) > _MAX_SOURCE_WORDS:
        return None
    if any(ctx.actors.title_stem(w.group()) for w in ctx.words(start, end)) \
            and (named := _apposed_name(ctx, end)) is not None:
        # "potrivit ministrului Culturii, Corina Șuteu, aproape 50.000 de persoane …": the
        # name in apposition to the title is the source too, not whose the figure is
        end = named
    return start, end


def _apposed_name(ctx: QuoteContext, at: int) -> int | None:
    """The end of a name the article names between commas right at `at` (", Corina Șuteu,"), or None."""
    comma = _COMMA.match(ctx.text, at)
    m = ctx.mention_at(comma.end()) if comma else None
    if m is None or m.kind not in ("name", "alias") or len(m.text.split()) < 2 or not _COMMA.match(ctx.text, m.end):
        return None
    return m.end


def _phrase_end(ctx: QuoteContext, start: int) -> int:
    _, pe = ctx.layout.paragraph(start)
    m = ctx.sources.source_end.search(ctx.folded, start, pe)
    end = m.start() if m else pe
    while end > start and ctx.text[end - 1] == " ":
        end -= 1
    return end


def _clause_boundary_before(ctx: QuoteContext, i: int) -> bool:
    k = i
    while k > 0 and ctx.text[k - 1] == " ":
        k -= 1
    ss, _ = ctx.layout.sentence(i)
    return k <= ss or ctx.text[k - 1] in ",;:(\n—–"


def _before_markers(ctx: QuoteContext) -> list[Attribution]:
    out = []
    media = {name_key(a) for actor in ctx.actors.actors if actor.type == "media" for a in (actor.name, *actor.aliases)}
    markers = [(m.start(), m.end(), m.group("m")) for m in ctx.sources.before.finditer(ctx.folded)]
    # "după" is mostly about time; it cites only a known outlet or a source noun ("după datele").
    for m in ctx.sources.dupa.finditer(ctx.folded):
        word = fold(m.group(1).split()[0])
        if word in ctx.sources.dupa_nouns or name_key(ctx.text[m.start(1):m.end(1)]) in media:
            marker_end = m.start() + len(ctx.folded[m.start():m.start(1)].rstrip())
            markers.append((m.start(), marker_end, ctx.folded[m.start():marker_end]))
    for ms, me, marker in markers:
        if not _clause_boundary_before(ctx, ms) and " ".join(marker.split()) not in ctx.sources.chain_words:
            continue  # "momentul potrivit": an adjective, not a citation
        span = _source_phrase(ctx, me)
        if span is None:
            continue
        ss, se = ctx.layout.sentence(ms)
        src = ctx.text[span[0]:span[1]]
        out.append(Attribution(ss, se, source=src, marker=ctx.text[ms:me], marker_start=ms,
                               source_start=span[0], source_end=span[1]))
        ps, pe = ctx.layout.paragraph(ms)
        if ss == ps and not ctx.text[ss:ms].strip() and se < pe:
            # "Potrivit X, …" opening a paragraph speaks for the paragraph.
            out.append(Attribution(se, pe, source=src, marker=ctx.text[ms:me], marker_start=ms, inherited=True,
                                   source_start=span[0], source_end=span[1]))
    return out


def _reporting(ctx: QuoteContext) -> list[Attribution]:
    """", arată The Guardian", "relatează AFP, citată de Agerpres", "TASS a relatat că …"."""
    out = []
    for m in ctx.sources.reporting.finditer(ctx.folded):
        ms, me = m.start(), m.end()
        if ctx.is_inside(ms):
            continue
        ss, se = ctx.layout.sentence(ms)
        after = ctx.words(me, min(se, me + 40))
        if after and fold(after[0].group()) == ctx.speech.complementizer:
            site = Site(ms, me, ms, "", "say", "participle", None, None, ctx.text[ms:me])
            sp = subject_before(ctx, site)
            if sp.text:
                out.append(Attribution(ss, se, source=sp.name or sp.text, marker=ctx.text[ms:me], marker_start=ms,
                                       source_start=sp.start, source_end=(sp.start or 0) + len(sp.text)))
            continue
        if after and after[0].group()[0].isupper() and (_clause_boundary_before(ctx, ms) or ms == ss):
            span = _source_phrase(ctx, me)
            if span is not None:
                out.append(Attribution(ss, se, source=ctx.text[span[0]:span[1]], marker=ctx.text[ms:me],
                                       marker_start=ms, source_start=span[0], source_end=span[1]))
    return out
