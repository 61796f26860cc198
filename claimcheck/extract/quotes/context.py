"""Everything the quote and source finders read from one document, computed once.

With the full model the parse is used where it is better than word windows (the subject of a
speech verb, where a reported clause ends); without it (`spacy.blank("ro")` + sentencizer)
the same questions are answered from the text. `parsed` tells which.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from claimcheck.extract.quotes.lexicon import SpeechLexicon, SourceLexicon, source_lexicon, speaks_of_self, speech_lexicon
from claimcheck.extract.quotes.marks import ALL_MARKS, RUN_ON_PARAGRAPHS, QuoteSpan, find_quotes
from claimcheck.extract.quotes.names import ActorTable, ArticleNames, Mention, actor_table, find_mentions
from claimcheck.extract.quotes.segments import WORD, Layout
from claimcheck.read.textnorm import fold_same_length
from claimcheck.lang.rules import Lang


@dataclass(slots=True)
class Site:
    """A speech verb in the text: "i-a declarat", "a mai spus", "spunându-i", "spun"."""

    start: int  # where the verb phrase starts (clitic or auxiliary included)
    end: int
    verb_start: int  # where the verb itself starts
    lemma: str
    kind: str  # say | act
    role: str  # participle | present | gerund | other
    clitic: str | None  # before the auxiliary: "i-a spus"
    enclitic: str | None  # after a gerund: "spunându-i"
    text: str


@dataclass(slots=True)
class QuoteContext:
    doc: Doc
    text: str
    folded: str
    parsed: bool
    speech: SpeechLexicon
    sources: SourceLexicon
    actors: ActorTable
    quotes: list[QuoteSpan]
    layout: Layout
    inside: bytearray  # 1 where a character is inside a quotation's words
    sites: list[Site]  # speech verbs outside quotations
    mentions: list[Mention]
    names: ArticleNames
    _tok_at: list[int] = field(default_factory=list)
    # Sorted starts, so that every look-up is a bisection: a long file has thousands of each.
    _m_starts: list[int] = field(default_factory=list)
    _q_starts: list[int] = field(default_factory=list)
    _q_ends: list[int] = field(default_factory=list)
    _s_starts: list[int] = field(default_factory=list)
    # name key -> the entity types the model gave that name's mentions (candidates.py)
    entity_votes: dict[str, set[str]] | None = None
    # (the person the article is about, or None) once read: analysis.protagonist
    protagonist_read: tuple[tuple[str, int] | None] | None = None

    def __post_init__(self) -> None:
        self._m_starts = [m.start for m in self.mentions]
        self._q_starts = [q.start for q in self.quotes]
        self._q_ends = [q.end for q in self.quotes]
        self._s_starts = [s.start for s in self.sites]

    def token_at(self, i: int) -> Token | None:
        if not self._tok_at:
            self._tok_at = [-1] * (len(self.text) + 1)
            for t in self.doc:
                for k in range(t.idx, t.idx + len(t.text)):
                    self._tok_at[k] = t.i
        if 0 <= i < len(self._tok_at) and self._tok_at[i] >= 0:
            return self.doc[self._tok_at[i]]
        return None

    def is_inside(self, i: int) -> bool:
        return 0 <= i < len(self.inside) and bool(self.inside[i])

    def quote_at(self, i: int) -> QuoteSpan | None:
        k = bisect.bisect_right(self._q_starts, i) - 1
        return self.quotes[k] if k >= 0 and i < self.quotes[k].end else None

    def quotes_ending_in(self, start: int, end: int) -> list[QuoteSpan]:
        """Quotations whose end falls in [start, end] (top-level quotes never overlap)."""
        return self.quotes[bisect.bisect_left(self._q_ends, start):bisect.bisect_right(self._q_ends, end)]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        out = []
        for m in self.mentions[bisect.bisect_left(self._m_starts, start):]:
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def mention_at(self, i: int) -> Mention | None:
        k = bisect.bisect_left(self._m_starts, i)
        return self.mentions[k] if k < len(self.mentions) and self.mentions[k].start == i else None

    def mentions_before(self, i: int):
        """Mentions starting before `i`, nearest first."""
        return reversed(self.mentions[:bisect.bisect_left(self._m_starts, i)])

    def sites_in(self, start: int, end: int) -> list[Site]:
        """Speech verbs starting in [start, end)."""
        return self.sites[bisect.bisect_left(self._s_starts, start):bisect.bisect_left(self._s_starts, end)]

    def site_at(self, i: int) -> Site | None:
        k = bisect.bisect_left(self._s_starts, i)
        return self.sites[k] if k < len(self.sites) and self.sites[k].start == i else None

    def words(self, start: int, end: int) -> list[re.Match[str]]:
        return list(WORD.finditer(self.text, start, end)) if end > start else []


def build(doc: Doc, lang: Lang | None = None) -> QuoteContext:
    text = doc.text
    folded = fold_same_length(text)
    speech = speech_lexicon(lang)
    all_sites = find_sites(text, folded, speech)
    quotes = find_quotes(text)
    for q in quotes:
        if not q.closed:
            _trim_unclosed(q, text, all_sites, speech)
    quotes = sorted(quotes + _unopened(text, quotes, all_sites, speech), key=lambda q: q.start)
    inside = bytearray(len(text))
    for q in quotes:
        inside[q.inner_start:q.inner_end] = b"\x01" * (q.inner_end - q.inner_start)
    table = actor_table(lang)
    mentions = find_mentions(text, table, folded)
    return QuoteContext(
        doc=doc, text=text, folded=folded, parsed=doc.has_annotation("DEP"), speech=speech,
        sources=source_lexicon(lang), actors=table, quotes=quotes, layout=Layout(text, quotes, table.abbreviations),
        inside=inside, sites=[s for s in all_sites if not inside[s.verb_start]], mentions=mentions,
        names=ArticleNames(table, mentions),
    )


def find_sites(text: str, folded: str, speech: SpeechLexicon) -> list[Site]:
    out = []
    for m in speech.site.finditer(folded):
        form = m.group("part") or m.group("bare")
        verb, role = speech.forms[" ".join(form.split())]
        vstart = m.start("part") if m.group("part") else m.start("bare")
        out.append(Site(m.start(), m.end(), vstart, verb.lemma, verb.kind, role, m.group("cl"),
                        m.group("enc"), text[m.start():m.end()]))
    return out


# „…”, a spus X after a closing mark that no mark opened: the words from the paragraph start.
_STRAY_CLOSE = re.compile(r"(?<=\S)([”\"»“])\s*,\s*(?:[—–-]\s*)?$")


def _unopened(text: str, quotes: list[QuoteSpan], sites: list[Site], speech: SpeechLexicon) -> list[QuoteSpan]:
    """Quotations whose opening mark is missing: a paragraph that ends a statement with a closing
    mark and its attribution ("Destinația finală era Olanda”, a spus X"), the mark left over
    when the quote was carried over from the paragraph before. A paragraph with a quotation of
    its own before that mark is left alone: there the mark is a typo, not an ending."""
    out = []
    for s in sites:
        m = _STRAY_CLOSE.search(text, max(0, s.start - 8), s.start)
        if m is None or m.end() != s.start:
            continue
        mark = m.start(1)
        start = text.rfind("\n", 0, mark) + 1
        # a mark left over in between is this quotation's misplaced opening ("medicale." Pe …")
        start = max(start, max((i + 1 for i in range(start, mark) if text[i] in ALL_MARKS), default=start))
        while start < mark and text[start].isspace():
            start += 1
        if any(q.start < mark + 1 and start < q.end for q in quotes) or len(WORD.findall(text, start, mark)) < speech.min_partial_words:
            continue
        if start == text.rfind("\n", 0, mark) + 1:
            start = _spoken_before(text, start, quotes, speech)
        out.append(QuoteSpan(start, mark + 1, start, mark, "", text[mark]))
    return out


def _spoken_before(text: str, start: int, quotes: list[QuoteSpan], speech: SpeechLexicon) -> int:
    """Where a quotation that lost its opening mark begins when it ends a paragraph: the start of
    the paragraphs just before it that speak in the first person with no mark of their own ("Un
    Campionat Mondial extrem … N-am mai trăit" … „… Hai România“, a spus X"), the way a long
    quotation is printed with its attribution at the end; at most `RUN_ON_PARAGRAPHS` of them."""
    for _ in range(RUN_ON_PARAGRAPHS):
        end = len(text[:start].rstrip())
        if end == 0:
            break
        begin = text.rfind("\n", 0, end) + 1
        para = text[begin:end]
        if (any(c in ALL_MARKS for c in para) or any(q.start < end and begin < q.end for q in quotes)
                or not speaks_of_self(para, speech)):
            break
        start = begin
    return start


def _trim_unclosed(q: QuoteSpan, text: str, sites: list[Site], speech: SpeechLexicon) -> None:
    """A quotation left open ("„Sprijinul vostru contează, a adăugat el.") most likely ends
    where an attribution starts: ", <speech verb> <subject>" at the end of its sentence."""
    for s in sites:
        if not (q.inner_start < s.start < q.inner_end):
            continue
        k = s.start
        while k > q.inner_start and text[k - 1] == " ":
            k -= 1
        if k > q.inner_start and text[k - 1] == ",":
            rest = text[s.end:q.inner_end]
            # the attribution must close its sentence: a few words then the end
            tail = re.match(r"[^.!?„”«»]{0,60}[.!?]?\s*$", rest)
            if tail:
                q.inner_end = q.end = k - 1
                return
