"""Quote claims for an article: each quotation and reported statement with its speaker."""

from __future__ import annotations

from spacy.tokens import Doc

from claimcheck.model import Article, Claim
from claimcheck.extract.quotes.analysis import Found, analyse
from claimcheck.extract.quotes.marks import clean_quote
from claimcheck.extract.quotes.names import canonical
from claimcheck.extract.quotes.transcript import signed_paragraphs, transcript_lines
from claimcheck.extract.quotes.sources import attributions, covering


def quote_claims(doc: Doc, article: Article, lang=None) -> list[Claim]:
    """Claims of kind "quote": `quote` holds the words said (without marks), `speaker` the
    canonical name, `direct` tells a quotation from reported speech, `source`/`hedge` come
    from the sentence ("…, potrivit relatării Interfax")."""
    an = analyse(doc, lang)
    ctx = an.ctx
    # The speaker is the quote's own attribution; its source is what the sentence cites.
    attrs = [a for a in attributions(doc, lang) if a.kind != "speech"]
    # A transcript paragraph ("Teo Postelnicu: Este vorba de … comandantul a anunțat că …") is the
    # speaker's own statement: a clause reported inside it is part of it, not a quote of its own.
    said = transcript_lines(ctx.text, lang) + signed_paragraphs(ctx.text, lang)
    found = [f for f in an.found if f.direct or not any(s <= f.start and f.end <= e for _, s, e in said)]
    claims = []
    for f in found:
        anchor = f.site.start if f.site is not None else f.start
        att = covering(attrs, anchor) or covering(attrs, f.start)
        frame = _frame(f)
        claims.append(article.claim(
            "quote", f.start, f.end,
            quote=clean_quote(ctx.text, f.inner_start, f.inner_end, f.quote.reopen if f.quote else ()),
            speaker=f.speaker.name, direct=f.direct, sentence=_sentence(f, an, article.body_start), frame=frame,
            source=att.source if att else None, hedge=att.hedge if att else None, id_key="quote",
        ))
    taken = [(f.start, f.end) for f in found]
    for name, start, end in said:
        if start < article.body_start or any(s < end and start < e for s, e in taken):
            continue
        claims.append(article.claim(
            "quote", start, end, quote=ctx.text[start:end].strip(), speaker=canonical(name, lang), direct=True,
            sentence=" ".join(ctx.text[start:end].split()), frame={"attribution": "transcript", "speaker_text": name},
            source=None, hedge=None, id_key="quote",
        ))
    return claims


def _frame(f: Found) -> dict:
    frame: dict = {"attribution": f.how}
    if f.speaker.text:
        frame["speaker_text"] = " ".join(f.speaker.text.split())
    if f.site is not None:
        frame["verb"] = " ".join(f.site.text.split())
    if f.partials:
        frame["partial_quotes"] = len(f.partials)
    return frame


def _sentence(f: Found, an, body_start: int = 0) -> str:
    """The sentence(s) a reader needs: from the quote's sentence to its attribution's (not
    the date header that shares the first line with a title)."""
    lay = an.ctx.layout
    lo = min(f.start, f.site.start) if f.site is not None else f.start
    hi = max(f.end, f.site.end) if f.site is not None else f.end
    s, _ = lay.sentence(lo)
    _, e = lay.sentence(max(lo, hi - 1))
    if s < body_start <= lo:
        s = body_start
    return " ".join(an.ctx.text[s:e].split())
