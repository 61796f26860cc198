"""Who said it: the subject of a speech verb, and the attribution of a quotation.

A quotation gets its speaker from, in order: an attribution right after it („…”, a declarat
X; „…”, mai spune X; a misspelt „…”, a declarant X); a credit right after it („…”, conform X);
an introduction before it (X: „…”; X a spus că „…”; spunându-i lui Y „…”); a speech verb
earlier in its sentence (for a quotation long enough to be more than a scare quote); when it
stands alone, a sentence just before that announces it ("X a oferit o declarație"), and last
the previous speaker or the next paragraph's attribution (resolved later, in `analysis`, once
every quotation is in order).

The subject of a speech verb comes from the parse when there is one (nsubj, climbing from a
gerund to its verb, from "care" to its antecedent), else from the text: a name right after
the verb past particles and asides (", a spus Kremlinul", ", a transmis, marți, X") or the
last name before it that is not an object. A subject that names nobody ("un suporter") keeps
the quote from anyone else's name.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process
from spacy.tokens import Token

from claimcheck.extract.quotes.candidates import (NOBODY, Speaker, best_mention, last_institution, nominative_title,
                                                  phrase_speaker, speaker_from, unnamed)
from claimcheck.extract.quotes.context import QuoteContext, Site
from claimcheck.extract.quotes.descriptions import closing_name, titled_tail
from claimcheck.extract.quotes.marks import ALL_MARKS, QuoteSpan
from claimcheck.extract.quotes.names import Mention, oblique
from claimcheck.extract.quotes.segments import word_count
from claimcheck.read.textnorm import fold

_SUBJ = ("nsubj", "nsubj:pass")
# Words between a speech verb and its inverted subject that the parser took for an object: an
# adverbial of a few words at most ("la final", "ieri").
_ADVERBIAL = ("case", "obl", "advmod", "det", "amod", "fixed")
_OBJ_REACH = 4
_CLIMB = ("advcl", "conj", "xcomp", "acl")
# Parts of speech no subject has: a parse that tags one so went wrong (see _subject_from_parse).
_NOT_SUBJECT = frozenset({"ADP", "DET", "VERB", "AUX", "CCONJ", "SCONJ", "PUNCT", "PART"})
# Between a quotation and its attribution: a comma or a dash ("„…” — a declarat X").
_AFTER_GAP = re.compile(r"\s*[,;]?\s*(?:[—–-]\s*)?")


def subject_of(ctx: QuoteContext, site: Site) -> Speaker:
    """Who does the speaking verb at `site`."""
    if ctx.parsed:
        sp = _subject_from_parse(ctx, site)
        if sp is not None:
            return sp
    return subject_after(ctx, site) or subject_before(ctx, site)


def _subject_from_parse(ctx: QuoteContext, site: Site) -> Speaker | None:
    tok = ctx.token_at(site.verb_start)
    if tok is None:
        return None
    v, subj = tok, None
    for _ in range(4):
        # (a preposition or a verb tagged as a subject is a parse that went wrong, mostly on text
        # typed without diacritics: "Intr-o conferinta …, Felix Baumgartner a spus:")
        found = [c for c in v.children if c.dep_ in _SUBJ and c.pos_ not in _NOT_SUBJECT]
        if not found and v is tok and site.role != "gerund":
            # „…”, a declarat premierul olandez: the parser often takes the inverted subject
            # for an object, since the quotation it does not see as the object.
            # (also behind an adverbial: "a declarat la final sportiva"; never after a gerund,
            # whose subject is its main clause's: "…, subliniind importanța unor nume precum
            # Nicolae Grigorescu:" is the art historian's)
            found = [c for c in tok.rights if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")
                     and c.i - tok.i <= _OBJ_REACH
                     and all(t.dep_ in _ADVERBIAL for t in tok.doc[tok.i + 1:c.i])][:1]
        if found:
            subj = found[0]
            break
        if v.dep_ in _CLIMB and v.head.i != v.i:
            v = v.head
            continue
        return None
    if subj is None:
        return None
    if "Rel" in subj.morph.get("PronType") and v.dep_.startswith("acl") and v.head.i != v.i:
        # "Putin, care a spus că …": the antecedent speaks, named whatever governs it ("invitat
        # de Chris Martin, care a spus"); after an apposition, the name it describes
        m = _apposed(ctx, subj.idx) or ctx.mention_at(v.head.idx)
        subj = v.head
        if m is not None and not ctx.is_inside(m.start):
            return speaker_from(ctx, m)
    if ctx.is_inside(subj.idx):
        return None
    if fold(subj.text) in ctx.speech.pronouns:
        return Speaker(subj.text, None, subj.idx, "pronoun")
    left, right = _subtree_span(subj, site)
    m = best_mention(ctx, left, right, subj.idx)
    if m is not None:
        return speaker_from(ctx, m)
    return phrase_speaker(ctx, left, right)


def _clause_subject(ctx: QuoteContext, start: int, colon: int) -> Mention | None:
    """The named subject of the clause before a colon that no speech verb introduces: "Perijoc va
    lupta … cu kazaha Dina Jolaman, mai scrie Agerpres: „…”" is Perijoc's, not the rival's named
    after "cu" (a longer name would outrank a surname) nor the outlet's. Without a parse, the
    first name that an auxiliary follows ("Perijoc va lupta")."""
    if not ctx.parsed:
        for m in ctx.mentions_in(start, colon):
            if m.outlet or ctx.is_inside(m.start) or oblique(ctx.text, m, ctx.actors.oblique):
                continue
            gap = re.match(r"\s+", ctx.text[m.end:colon])
            if gap and ctx.speech.auxiliary.match(ctx.folded, m.end + gap.end()):
                return m
        return None
    tok = ctx.token_at(len(ctx.text[:colon].rstrip()) - 1)
    while tok is not None and start <= tok.idx:
        for c in tok.children:
            if c.dep_ in _SUBJ and start <= c.idx < colon:
                m = ctx.mention_at(c.idx)
                return None if m is None or m.outlet else m
        if tok.head.i == tok.i:  # the root is its own head (a new Token object each time)
            break
        tok = tok.head
    return None


def _subtree_span(subj: Token, site: Site) -> tuple[int, int]:
    """The subject's words, on its side of the verb only, without relative clauses."""
    drop: set[int] = set()
    for t in subj.subtree:
        if t != subj and t.dep_.startswith("acl"):
            drop.update(x.i for x in t.subtree)
    toks = [t for t in subj.subtree if t.i not in drop]
    if subj.idx < site.start:
        toks = [t for t in toks if t.idx < site.start]
    else:
        toks = [t for t in toks if t.idx >= site.end]
    if not toks:
        return subj.idx, subj.idx + len(subj.text)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def subject_after(ctx: QuoteContext, site: Site) -> Speaker | None:
    """Inverted subject: ", a spus Kremlinul", "i-a declarat Putin liderului …", "a mai spus el",
    also behind particles and asides (", a precizat și X", ", a transmis, marți, pentru Agerpres, X")."""
    k = _after_asides(ctx, site.end)
    if (j := _past_spokespeople(ctx, k)) != k and (m := ctx.mention_at(j)) is not None:
        return speaker_from(ctx, m)  # "au anunțat reprezentanții INSP": the institution speaks
    m = ctx.mention_at(k)
    if m is not None and (m.kind != "title" or m.actor is not None):
        return speaker_from(ctx, m)
    # a title ("ministrul Muncii") is read as a description below, where a dative
    # ("spunându-i președintei Parlamentului") is not taken for a subject
    w = re.match(r"[^\W\d_]+", ctx.text[k:k + 30])
    if w and fold(w.group()) in ctx.speech.pronouns:
        return Speaker(w.group(), None, k, "pronoun")
    first = fold(w.group()) if w else ""
    if first in ctx.speech.institution_anaphors:
        m = last_institution(ctx, site.start)
        return speaker_from(ctx, m) if m is not None else unnamed(ctx, k, k + w.end())
    if first in ctx.speech.indefinite_articles:
        noun = re.match(r"[^\W\d_]+\s+([^\W\d_]+)", ctx.text[k:k + 40])
        if noun and noun.group(1).islower():
            if (named := closing_name(ctx, k)) is not None:
                return speaker_from(ctx, named)
            return unnamed(ctx, k, k + noun.end())
    if _describes(ctx, first):
        # a description: "a declarat premierul olandez pentru presa locală"
        words = ctx.words(k, ctx.layout.sentence(k)[1])
        phrase = []
        for x in words[:3]:
            # a preposition or a function word ("elevul hotărât să obțină") ends the description
            if fold(x.group()) in ctx.actors.clause_words or (phrase and ctx.text[phrase[-1].end():x.start()].strip()):
                break
            phrase.append(x)
        if not phrase:
            return None
        e = phrase[-1].end()
        resolved = ctx.names.resolve(ctx.text[k:e], k)
        comma = re.match(r"(?:\s+[^\W\d_]{1,4})?\s*,\s*", ctx.text[e:e + 12])
        if resolved is None and comma and (named := ctx.mention_at(e + comma.end())) is not None \
                and named.kind == "name":
            # "avocata sa, Flavia Teodosiu": a description the article resolves to no one is the
            # name set after it (and a short possessive)
            return speaker_from(ctx, named)
        return Speaker(ctx.text[k:e], resolved, k, "phrase")
    return None


_WEB_SUFFIX = re.compile(r"\.[a-z]{2,4}\b")
# An inverted subject may follow this many asides (", marți,", "pentru Agerpres") at most.
_MAX_ASIDES = 3


def _describes(ctx: QuoteContext, first: str) -> bool:
    """Does a folded word open a description that can be a subject: a definite noun ("premierul")
    or a title ("purtătoarea de cuvânt")?"""
    if first in ctx.speech.not_subjects or first in ctx.actors.oblique or first in ctx.speech.pronouns:
        return False
    if len(first) > 4 and first.endswith(ctx.speech.subject_endings):
        return True
    return nominative_title(ctx, first)


def _after_asides(ctx: QuoteContext, k: int) -> int:
    """Where the inverted subject after a speech verb starts: past the particles ("a precizat și
    X"), a lower-case adverb ("a declarat ieri X") and asides between commas or after a
    preposition (", marți, pentru Agerpres, X"), none of which can be the subject."""
    text = ctx.text
    _, end = ctx.layout.sentence(k)
    for _ in range(_MAX_ASIDES + 2):
        j = k
        while j < end and text[j] in " ,":
            j += 1
        w = re.match(r"[^\W\d_][\w'’-]*", text[j:end])
        if not w:
            return j
        word = fold(w.group())
        if word in ctx.speech.particles:
            k = j + w.end()
            continue
        if word in ctx.actors.abbreviations and text[j + w.end():j + w.end() + 1] == ".":
            k = j + w.end() + 1  # ("a precizat dr. Gabriel Martinescu": a title's abbreviation)
            continue
        if word in ctx.actors.oblique and word not in ctx.speech.pronouns:
            m = ctx.mention_at(j + w.end() + 1)
            # ("pentru News.ro": an outlet named by its web address)
            if m is None:
                # a preposition and a lower-case noun that names no one: an adverbial ("a
                # declarat la final sportiva", "a spus pentru presă ministrul")
                nxt = re.match(r"\s+([^\W\d_]+)(?=[\s,])", text[j + w.end():end])
                if nxt and nxt.group(1).islower() and not _describes(ctx, fold(nxt.group(1))) \
                        and fold(nxt.group(1)) not in ctx.actors.clause_words:
                    k = j + w.end() + nxt.end()
                    continue
                if nxt and nxt.group(1).islower() and (past := _adverbial_before_subject(ctx, j + w.end() + nxt.end(),
                                                                                      end)) is not None:
                    # "spunea la momentul respectiv avocata sa, Flavia Teodosiu": a definite noun
                    # after a preposition is the adverbial's when a subject follows it
                    k = past
                    continue
                if (aside := re.match(r"(?:\s+[^\W\d_]+){1,3}(?=\s*,)", text[j + w.end():end])) \
                        and aside.group().islower() and after_comma(text, j):
                    # "a afirmat, în acest context, rectorul UBB": a preposition's few lower-case
                    # words set off by commas are an aside, whatever they say
                    k = j + w.end() + aside.end()
                    continue
                return j
            after = m.end + (len(web.group()) if (web := _WEB_SUFFIX.match(text, m.end)) else 0)
            if text[after:after + 1] not in (",", " "):
                return j
            k = after  # "pentru Agerpres", "la Realitatea Plus"
            continue
        # an adverb before a comma ("marți,") or a known one ("ieri Ion Pop"), never a noun that
        # heads the subject ("reprezentanții Ministerului") nor a word that opens a clause ("că")
        comma = text[j + w.end():j + w.end() + 1] == ","
        aside = (w.group()[:1].islower() and ctx.mention_at(j) is None and word not in ctx.speech.pronouns and (
            word in ctx.speech.not_subjects or (comma and word not in ctx.actors.clause_words
                                                and not _describes(ctx, word))))
        if aside:
            k = j + w.end()
            continue
        return j
    return k


def _adverbial_before_subject(ctx: QuoteContext, i: int, end: int) -> int | None:
    """Where a subject starts after the noun of an adverbial ending at `i`, past one lower-case
    adjective ("la momentul respectiv avocata sa"), or None when no description or name follows."""
    k = i
    adj = re.match(r"\s+([^\W\d_]+)(?=\s)", ctx.text[k:end])
    if adj and adj.group(1).islower() and not _describes(ctx, fold(adj.group(1))):
        k += adj.end()
    elif adj and adj.group(1).islower() and fold(adj.group(1))[-2:] == fold(ctx.text[:i])[-2:]:
        # "a declarat pe rețelele sociale că": a word that ends as the adverbial's noun does
        # agrees with it, its adjective, however much it looks like a subject with its article
        return None
    subject = re.match(r"\s+([^\W\d_]+)", ctx.text[k:end])
    if subject is None:
        return None
    start, word = k + subject.start(1), fold(subject.group(1))
    if word.endswith(ctx.actors.genitive_endings):
        return None  # "la fața locului": the adverbial's own complement, no subject
    return start if ctx.mention_at(start) is not None or _describes(ctx, word) else None


def clause_start(ctx: QuoteContext, pos: int) -> int:
    """Where the clause holding `pos` starts, for looking left: the sentence start, or the
    end of a quotation or colon in between."""
    ss, _ = ctx.layout.sentence(pos)
    start = ss
    for q in ctx.quotes_ending_in(ss, pos):
        start = max(start, q.end)
    colon = ctx.text.rfind(":", start, pos)
    return max(start, colon + 1) if colon >= 0 and not ctx.is_inside(colon) else start


def subject_before(ctx: QuoteContext, site: Site) -> Speaker:
    start = clause_start(ctx, site.start)
    seg = ctx.text[start:site.start]
    care = re.search(r",?\s*\b(?P<rel>care)\s*$", seg)
    if care:
        # relative clause: the antecedent right before "care" speaks, even after "Pentru"
        before = ctx.mentions_in(start, start + care.start())
        if before:
            return speaker_from(ctx, _apposed(ctx, start + care.start("rel")) or before[-1])
    comma = seg.rfind(",")
    if comma >= 0 and (titled := titled_tail(ctx, start + comma + 1, site.start)) is not None:
        return titled
    m = best_mention(ctx, start, site.start)
    if m is not None:
        return speaker_from(ctx, m)
    # the words after the last comma, then the whole segment ("Oficialii ucraineni spun că")
    for s in ([start + comma + 1] if comma >= 0 else []) + [start]:
        sp = phrase_speaker(ctx, s, site.start)
        if sp is not None:
            return sp
    return Speaker(None, None, None, "null")


def _apposed(ctx: QuoteContext, care: int) -> Mention | None:
    """The name an apposition set off by commas right before the relative "care" at `care`
    describes ("Chris Martin, solistul trupei Coldplay, care a spus"; "Ana Pop, directoarea
    școlii, care a declarat"): the clause is about that name, not the last name inside the
    apposition, wherever the parser hangs it. An apposition opens with a lower-case noun with
    its article or a title; None when there is none."""
    close = ctx.text.rfind(",", 0, care)
    if close < 0 or ctx.text[close + 1:care].strip():
        return None
    ss, _ = ctx.layout.sentence(care)
    open_ = ctx.text.rfind(",", ss, close)
    w = re.match(r"\s*([^\W\d_]+)", ctx.text[open_ + 1:close]) if open_ >= 0 else None
    if w is None or not w.group(1).islower():
        return None
    first = fold(w.group(1))
    if first in ctx.actors.clause_words or not (ctx.actors.title_stem(first) is not None
                                                or first.endswith(ctx.actors.definite_singular_endings)):
        return None
    named = [m for m in ctx.mentions_in(ss, open_) if m.kind == "name" and not ctx.is_inside(m.start)]
    return named[-1] if named and not ctx.text[named[-1].end:open_].strip() else None


def attribute_quote(ctx: QuoteContext, q: QuoteSpan) -> tuple[Speaker, Site | None, str] | None:
    """(speaker, verb, how) for a quotation that is a claim, or None for a partial quote.

    how: after | according | colon | that | intro | sentence | lead | continues."""
    text = ctx.text
    # 1. „…”, a declarat X
    s = _site_after(ctx, q.end)
    if s is not None:
        return subject_of(ctx, s), s, "after"
    cited = _cited_after(ctx, q.end)
    if cited is not None:
        return cited, None, "according"
    left_start = clause_start(ctx, q.start)
    ss, se = ctx.layout.sentence(q.start)
    left = text[ss:q.start].rstrip()
    before_sites = [s for s in ctx.sites_in(ss, q.start) if s.end <= q.start]
    # 2a. X: „…” / X a spus: „…”
    if left.endswith(":"):
        colon = ss + len(left) - 1
        intro = [s for s in before_sites if s.end <= colon]
        if intro:
            return subject_of(ctx, intro[-1]), intro[-1], "colon"
        seg_start = clause_start(ctx, colon)
        mm = _clause_subject(ctx, seg_start, colon) or best_mention(ctx, seg_start, colon)
        if mm is not None:
            return speaker_from(ctx, mm), None, "colon"
        sp = phrase_speaker(ctx, seg_start, colon)
        return (sp or NOBODY), None, "colon"
    words = ctx.words(ss, q.start)
    # 2b. X a subliniat că „…”
    if words and fold(words[-1].group()) == ctx.speech.complementizer and (
            len(words) < 2 or fold(words[-2].group()) not in ctx.speech.not_complementizer_after):
        near = [s for s in before_sites if word_count(text, s.end, words[-1].start()) <= ctx.speech.max_gap]
        if near:
            return subject_of(ctx, near[-1]), near[-1], "that"
    # 2c. spunându-i lui Putin „…”
    if before_sites and _introduces(ctx, before_sites[-1], q.start):
        s = before_sites[-1]
        return subject_of(ctx, s), s, "intro"
    n_words = word_count(text, q.inner_start, q.inner_end)
    # 3. a longer quotation in a sentence with a speech verb
    if before_sites and n_words >= ctx.speech.min_partial_words:
        return subject_of(ctx, before_sites[-1]), before_sites[-1], "sentence"
    # 4. a quotation standing alone continues the previous speaker
    after = text[q.end:se]
    if not text[left_start:q.start].strip(" \t\n—–-") and not re.search(r"[^\W_]", after):
        lead = _lead_in(ctx, ss)
        if lead is not None:
            return lead
        return Speaker(None, None, None, "continues"), None, "continues"
    return None


def _lead_in(ctx: QuoteContext, quote_sentence: int) -> tuple[Speaker, Site | None, str] | None:
    """A quotation standing alone after a sentence that announces it: "Marcel Ciolacu a oferit o
    declarație" / "Ce a spus ministrul Muncii" + „…”. That sentence's speaker says it; a sentence
    with a quotation of its own is an attribution, whose speaker the quotation continues anyway."""
    if quote_sentence == 0:
        return None
    ps, pe = ctx.layout.sentence(quote_sentence - 1)
    if pe > quote_sentence or any(c in ALL_MARKS for c in ctx.text[ps:pe]):
        return None
    sites = [x for x in ctx.sites_in(ps, pe) if x.end <= pe]
    if sites:
        sp, site = subject_of(ctx, sites[-1]), sites[-1]
    else:
        noun = next((w for w in reversed(ctx.words(ps, pe)) if fold(w.group()) in ctx.speech.speech_nouns), None)
        if noun is None:
            return None
        # only a name: "Potrivit unui comunicat" has no subject, just a source
        m = best_mention(ctx, clause_start(ctx, noun.start()), noun.start())
        sp, site = (speaker_from(ctx, m) if m is not None else NOBODY), None
    if sp.how not in ("mention", "phrase") or sp.anonymous or sp.name is None:
        return None
    return sp, site, "lead"


def _site_after(ctx: QuoteContext, end: int) -> Site | None:
    """The speech verb right after a quotation: „…”, a declarat X; „…” — mai spune X."""
    m = _AFTER_GAP.match(ctx.text, end)
    pos = m.end() if m else end
    for _ in range(3):
        s = ctx.site_at(pos)
        if s is not None:
            return s
        w = re.match(r"([^\W\d_]+) +", ctx.text[pos:pos + 20])
        if not w or fold(w.group(1)) not in ctx.speech.particles:
            return _misspelt_site(ctx, pos)
        pos += w.end()
    return None


# A word right after „…”, a … that is this close to a speech participle is that participle
# misspelt ("a declarant prefectul"): in that place a reader expects nothing else.
_TYPO_SIMILARITY = 85
_TYPO_MIN_LENGTH = 6


def _misspelt_site(ctx: QuoteContext, pos: int) -> Site | None:
    m = ctx.speech.auxiliary.match(ctx.folded, pos)
    if m is None or len(m.group("word")) < _TYPO_MIN_LENGTH:
        return None
    word = m.group("word")
    best = process.extractOne(word, ctx.speech.participles, scorer=fuzz.ratio, score_cutoff=_TYPO_SIMILARITY)
    if best is None or best[0][:3] != word[:3]:
        return None
    verb, role = ctx.speech.forms[best[0]]
    return Site(pos, m.end(), m.start("word"), verb.lemma, verb.kind, role, None, None, ctx.text[pos:m.end()])


def _cited_after(ctx: QuoteContext, end: int) -> Speaker | None:
    """„…”, conform DNSC / potrivit lui X: whoever the quoted words are credited to, unless an
    outlet (rules/actors.yml, type media), which reports the words and did not say them."""
    m = _AFTER_GAP.match(ctx.text, end)
    pos = m.end() if m else end
    w = ctx.speech.quote_credit.match(ctx.folded, pos)
    if w is None:
        return None
    # ("arată datele INS": the institution whose figures they are speaks)
    mention = ctx.mention_at(_past_spokespeople(ctx, w.end()))
    if mention is None or ctx.is_inside(mention.start) or mention.outlet:
        return None
    return speaker_from(ctx, mention)


def _past_spokespeople(ctx: QuoteContext, k: int) -> int:
    """Past a word that speaks for the institution named after it ("reprezentanții", "datele",
    rules/speech.yml `spokespeople`) at `k`, if there is one; else `k`."""
    w = re.match(r"([^\W\d_]+) +", ctx.text[k:k + 40])
    return k + w.end() if w and fold(w.group(1)) in ctx.speech.spokespeople else k


def _introduces(ctx: QuoteContext, s: Site, at: int) -> bool:
    """A "say" verb right before the quotation, with at most the person spoken to between:
    "a răspuns „…”", "spunându-i lui Putin „…”" (not "au declarat un parteneriat „…”")."""
    if s.kind != "say" or _marks_between(ctx.text, s.end, at):
        return False
    gap = ctx.words(s.end, at)
    if not gap:
        return True
    dative = s.clitic in ctx.speech.dative_proclitics or s.enclitic in ctx.speech.dative_enclitics
    return len(gap) <= 3 and (dative or fold(gap[0].group()) == ctx.speech.dative_article)


def _marks_between(text: str, a: int, b: int) -> bool:
    return any(c in ALL_MARKS for c in text[a:b])


def after_comma(text: str, i: int) -> bool:
    """A comma right before offset `i`, past spaces: ", a spus X", ", în acest context, …"."""
    k = i - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k >= 0 and text[k] == ","
