"""Reported speech: "X a declarat că …" and "…, a spus X." without quotation marks.

The reported clause starts after "că" and ends where the parse says the clause ends (the
subtree of the verb "că" introduces), else at the end of the sentence; in both cases earlier
where a new clause that is not part of what was said begins (", dar …") or where a source
follows (", arată The Guardian"). Quotation marks inside the clause stay part of it: "Kim a
afirmat că cooperarea s-a „consolidat semnificativ”" is one reported claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.extract.quotes.candidates import Speaker
from claimcheck.extract.quotes.context import QuoteContext, Site
from claimcheck.extract.quotes.marks import ALL_MARKS
from claimcheck.extract.quotes.segments import strip_span
from claimcheck.extract.quotes.speakers import after_comma, subject_after, subject_of
from claimcheck.read.textnorm import fold

_TRAIL = " \t\n,.;:!?—–-"


@dataclass(slots=True)
class Reported:
    start: int
    end: int
    speaker: Speaker
    site: Site
    how: str  # indirect (… că …) | inverted (…, a spus X)


def find_reported(ctx: QuoteContext) -> list[Reported]:
    out: list[Reported] = []
    taken_end = -1
    for site in ctx.sites:
        if site.start < taken_end:
            continue  # "despre care a spus că …" inside a clause already reported
        if _impersonal(ctx, site):
            continue  # "s-a spus că", "se estimează că": a hedge, not a speaker
        comp = _complementizer(ctx, site)
        if comp is not None:
            r = _that_clause(ctx, site, comp)
        else:
            r = _inverted(ctx, site)
        if r is not None:
            out.append(r)
            taken_end = max(taken_end, r.end)
    return out


def _impersonal(ctx: QuoteContext, site: Site) -> bool:
    if site.clitic in ctx.speech.reflexive_proclitics and site.role == "participle":
        return True
    before = ctx.folded[max(0, site.start - 4):site.start].split()
    return bool(before) and before[-1] == ctx.speech.reflexive_pronoun


def _complementizer(ctx: QuoteContext, site: Site) -> int | None:
    """Offset of the "că" that opens what `site` reports, if it follows closely."""
    _, se = ctx.layout.sentence(site.start)
    words = ctx.words(site.end, se)
    prev = fold(ctx.text[max(0, site.start - 12):site.start]).split()
    for n, w in enumerate(words[:ctx.speech.max_gap + 1]):
        if _marks_between(ctx.text, site.end, w.start()) or ctx.site_at(w.start()) is not None:
            return None
        if fold(w.group()) == ctx.speech.complementizer:
            before = fold(words[n - 1].group()) if n else (prev[-1] if prev else "")
            after = fold(words[n + 1].group()) if n + 1 < len(words) else ""
            return None if before in ctx.speech.not_complementizer_after \
                or after in ctx.speech.not_complementizer_before else w.start()
    return None


def _that_clause(ctx: QuoteContext, site: Site, comp: int) -> Reported | None:
    text = ctx.text
    start = comp + len(ctx.speech.complementizer)
    while start < len(text) and text[start] == " ":
        start += 1
    _, se = ctx.layout.sentence(start)
    end = _parse_end(ctx, site, comp, se) if ctx.parsed else se
    end = _cut(ctx, start, end)
    start, end = strip_span(text, start, end, _TRAIL)
    if len(ctx.words(start, end)) < 2:
        return None
    q = ctx.quote_at(start)
    if q is not None and q.start == start and q.end >= end:
        return None  # "a subliniat că „…”": a direct quotation, attributed in speakers
    return Reported(start, end, subject_of(ctx, site), site, "indirect")


def _parse_end(ctx: QuoteContext, site: Site, comp: int, limit: int) -> int:
    """The right edge of the clause "că" opens, trusted only when the rest of the sentence
    hangs outside the speech verb ("Pentru Putin, care a spus că …Ucraina, curtarea lui Kim
    i-ar putea…"). Words the parser hangs on the speech verb itself ("de când …", ", mai
    puțin Statele Unite") are most often the reported clause's tail, misattached."""
    tok, verb = ctx.token_at(comp), ctx.token_at(site.verb_start)
    if tok is None or verb is None or tok.head.i <= tok.i:
        return limit
    right = tok.head.right_edge
    end = right.idx + len(right.text)
    if end <= comp or end >= limit:
        return limit
    rest = [t for t in ctx.doc[right.i + 1:] if t.idx < limit and not t.is_punct]
    if not rest or verb.is_ancestor(rest[0]):
        return limit
    return end


def _cut(ctx: QuoteContext, start: int, end: int) -> int:
    """End the clause before ", dar …", ", arată X", ", potrivit X", ", a adăugat el"."""
    f = ctx.folded
    for b in ctx.speech.clause_breaks:
        k = f.find(b, start, end)
        while k >= 0 and ctx.is_inside(k) and not ctx.is_inside(start):
            k = f.find(b, k + 1, end)
        if k >= 0:
            end = min(end, k)
    for rx in (ctx.sources.before, ctx.sources.reporting):
        for m in rx.finditer(f, start, end):
            if after_comma(ctx.text, m.start()):
                end = min(end, ctx.text.rfind(",", start, m.start()))
                break
    for s in ctx.sites_in(start + 1, end):
        if s.start < end and after_comma(ctx.text, s.start):
            end = min(end, ctx.text.rfind(",", start, s.start))
    return end


def _inverted(ctx: QuoteContext, site: Site) -> Reported | None:
    """"Putin va vizita Coreea de Nord, a spus Kremlinul." The clause before the comma is
    what was said; the subject must follow the verb and close the clause."""
    text = ctx.text
    if site.role not in ("participle", "present") or not after_comma(text, site.start):
        return None
    comma = text.rfind(",", 0, site.start)
    before = text[:comma].rstrip()
    if before and before[-1] in ALL_MARKS:
        return None  # „…”, a spus X: a direct quotation
    sp = subject_after(ctx, site)
    if sp is None or fold((sp.text or "").split(" ", 1)[0]) in ctx.speech.indefinite_articles:
        # ("Ciprian Șerban, ministrul Transporturilor, a anunțat o anchetă": an object after the
        # verb, and the clause before it its subject; an unnamed "un suporter" would give the
        # unmarked words no speaker either)
        return None
    k = sp.start + len(sp.text or "")
    if not re.match(r"\s*(?:[,.;!?]|$)", text[k:k + 3]):
        return None
    ss, _ = ctx.layout.sentence(site.start)
    start, end = strip_span(text, ss, comma, _TRAIL)
    if len(ctx.words(start, end)) < 4 or ctx.is_inside(start) or text[start] in ALL_MARKS:
        return None
    if ctx.sites_in(start, end):
        return None  # the clause has its own speech verb: not a bare report
    if _named_subject(ctx, start, end):
        return None
    return Reported(start, end, sp, site, "inverted")


def _named_subject(ctx: QuoteContext, start: int, end: int) -> bool:
    """"Secretarul de stat în Ministerul Mediului, Ion Vlaicu, a anunțat sprijinul guvernului":
    words before the comma that end in a name set off by a comma of its own (or that are that
    name alone) are the verb's subject with its title, not what was said."""
    named = [m for m in ctx.mentions_in(start, end) if m.kind == "name"]
    if not named or ctx.text[named[-1].end:end].strip():
        return False
    before = ctx.text[start:named[-1].start].rstrip()
    return not before or before.endswith(",")


def _marks_between(text: str, a: int, b: int) -> bool:
    return any(c in ALL_MARKS for c in text[a:b])
