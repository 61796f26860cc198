"""Who a description around a speech verb names, when the words say it by position: the title
that opens the words after a fronted clause's comma ("Întrebat de ce a lipsit … operatorul
Telekom, şeful ANCOM a precizat:"), and the name that closes the sentence of an indefinite
description (", a explicat … un oceanolog de la …, Andrew Meijers."). extract/quotes/speakers.py
asks."""

from __future__ import annotations

from claimcheck.extract.quotes.candidates import Speaker, nominative_title, phrase_speaker, rank
from claimcheck.extract.quotes.context import QuoteContext
from claimcheck.extract.quotes.names import Mention
from claimcheck.read.textnorm import fold

# Words a title may run to between the last comma and its speech verb ("şeful ANCOM a precizat").
TAIL_WORDS = 4


def closing_name(ctx: QuoteContext, k: int) -> Mention | None:
    """", a explicat pentru AFP un oceanolog de la Institutul … (British Antarctic Survey), Andrew
    Meijers.": a person's name after a comma that ends the sentence is who the indefinite
    description at `k` is."""
    _, end = ctx.layout.sentence(k)
    comma = ctx.text.rfind(",", k, end)
    if comma < 0:
        return None
    named = [m for m in ctx.mentions_in(comma + 1, end) if m.kind == "name"]
    if len(named) != 1 or ctx.text[named[0].end:end].strip(" .!?\n") or ctx.text[comma + 1:named[0].start].strip():
        return None
    return named[0] if rank(ctx, named[0]) == 3 else None


def titled_tail(ctx: QuoteContext, start: int, verb: int) -> Speaker | None:
    """"Întrebat de ce a lipsit … operatorul Telekom, şeful ANCOM a precizat:": a title that
    opens the words between the clause's last comma and the verb is its subject, whatever names
    the fronted words before the comma hold."""
    words = ctx.words(start, verb)
    if not words or len(words) > TAIL_WORDS or not words[0].group()[:1].isalpha():
        return None
    return phrase_speaker(ctx, start, verb) if nominative_title(ctx, fold(words[0].group())) else None
