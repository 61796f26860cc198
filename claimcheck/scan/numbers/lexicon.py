"""The number lexicon: rules/numbers.yml, qualifiers.yml, units.yml and vague.yml turned into
look-up tables, phrase tries and the one anchor regex the scanner runs over a whole text.

Every key is folded (textnorm.fold) so that text without diacritics finds the same entries;
unit symbols are the exception and keep their case ("m" metre, "MW").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from claimcheck.lang import rulecache
from claimcheck.lang.rules import Lang, RulesError, compiled
from claimcheck.read.textnorm import fold
from .tokens import TOKEN_RE

# The qualifier lists of rules/qualifiers.yml, each the key a phrase's qualifier is read as.
QUALIFIER_KEYS = ("approx", "nearly", "more_than", "at_least", "less_than", "at_most", "exact")
TIGHT = "\x00"  # marks a trie edge whose token must be glued to the previous one ("km2")


@dataclass(frozen=True, slots=True)
class Unit:
    kind: str  # duration | money | percent | measure
    unit: str  # "s", ISO code, "%", "pp", "km"...
    factor: Fraction = Fraction(1)  # value in `unit` per one of this word (seconds, 0.01 RON)
    id: str = ""
    subunit: str = ""  # id of the money entry that may follow ("ban" after "lei")
    base: tuple | None = None


@dataclass(slots=True)
class NumberLexicon:
    units: dict[str, int] = field(default_factory=dict)  # 0-9, strong forms
    weak: dict[str, int] = field(default_factory=dict)  # o, un, una
    weak_spellings: frozenset = frozenset()
    adjective_before: dict[str, frozenset] = field(default_factory=dict)
    teens: dict[str, int] = field(default_factory=dict)
    tens: dict[str, int] = field(default_factory=dict)
    tens_word: frozenset = frozenset()
    hundred_sg: frozenset = frozenset()
    hundred_pl: frozenset = frozenset()
    mult: dict[str, int] = field(default_factory=dict)  # singular and plural words
    mult_abbr: dict = field(default_factory=dict)  # trie, after digits only
    bare_mult: frozenset = frozenset()
    half: frozenset = frozenset()
    denominators: dict[str, int] = field(default_factory=dict)
    partitive: frozenset = frozenset()
    and_word: frozenset = frozenset()
    zero: dict = field(default_factory=dict)  # trie
    minus_before: frozenset = frozenset()
    minus_after: frozenset = frozenset()
    de: frozenset = frozenset()
    de_from: int = 20
    ord_articles: frozenset = frozenset()
    ord_suffixes: frozenset = frozenset()
    ord_standalone: dict[str, int] = field(default_factory=dict)
    ord_forms: dict[str, int] = field(default_factory=dict)
    ord_masculine: str = ""  # rules/numbers.yml ordinals.masculine_suffix ("lea")
    ord_not_before: dict[str, frozenset] = field(default_factory=dict)
    months: dict = field(default_factory=dict)  # forward trie
    months_back: dict = field(default_factory=dict)  # backward trie
    mai_not_month: frozenset = frozenset()
    ambiguous_month: str = ""  # "mai": also "more"
    year_range: tuple[int, int] = (1900, 2100)
    not_after: dict = field(default_factory=dict)  # backward trie
    skip_phrases: tuple = ()
    skip_keys: frozenset = frozenset()  # the words of skip_phrases, to test cheaply first
    stop: frozenset = frozenset()
    noun_skip: dict = field(default_factory=dict)  # trie
    vague: dict = field(default_factory=dict)  # trie -> (low, high, factor)
    qualifiers: dict = field(default_factory=dict)  # backward trie -> qualifier
    # folded qualifier phrase -> the folded verbs after which it is a preposition, no bound
    prepositions_after: dict = field(default_factory=dict)
    places_before_article: frozenset = frozenset()
    infix: dict = field(default_factory=dict)  # trie
    range_prefix: dict = field(default_factory=dict)  # backward trie -> closer trie
    unit_forms: dict = field(default_factory=dict)  # trie on folded keys
    date_modifiers: frozenset = frozenset()  # after a calendar word: a date, not a unit ("săptămâna trecută")
    unsigned_units: frozenset = frozenset()  # "ha", "kg": never negative, so a dash before is a dash
    unit_symbols: dict = field(default_factory=dict)  # trie on raw text
    prefix_units: dict = field(default_factory=dict)  # backward trie on raw text
    # Symbols that name the unit only after a signed number ("-20 C", "minus 5 C"): alone, a
    # capital letter after a number is a group, a class or a list item.
    signed_symbols: dict = field(default_factory=dict)  # trie on raw text
    number_words: frozenset = frozenset()  # every word that is part of a number
    weak_anchor: frozenset = frozenset()
    anchor: re.Pattern = re.compile("$^")


def phrase(s: str, raw: bool = False) -> list[tuple[str, bool]]:
    """A YAML phrase as (key, glued-to-previous) pairs, tokenised like the text is."""
    out = []
    for m in TOKEN_RE.finditer(str(s)):
        kind = m.lastgroup or "s"
        tok = m.group(kind)
        out.append((tok if raw or kind != "w" else fold(tok), m.group(1) == "" and bool(out)))
    return out


def trie_add(trie: dict, s: str, payload: Any, raw: bool = False, backward: bool = False) -> None:
    toks = phrase(s, raw)
    if backward:
        keys = [k for k, _ in reversed(toks)]
    else:
        keys = [(TIGHT + k) if tight else k for k, tight in toks]
    node = trie
    for k in keys:
        node = node.setdefault(k, {})
    node[None] = payload


def forms(d: Any, *, where: str) -> list[str]:
    if d is None:
        return []
    if not isinstance(d, list):
        raise RulesError(f"{where}: expected a list, got {type(d).__name__}")
    return [str(x) for x in d]


def _folded(items: list[str]) -> frozenset:
    return frozenset(fold(x) for x in items)


def _build_units(lex: NumberLexicon, data: dict) -> list[str]:
    """Fill the unit tries; return the unit words that make "o"/"un" a count ("o oră")."""
    followers: list[str] = []
    for kind in ("duration", "money", "percent", "measure"):
        for e in data.get(kind) or []:
            if kind == "duration":
                u = Unit("duration", "s", Fraction(str(e["seconds"])))
            elif kind == "money":
                u = Unit("money", e["code"], Fraction(str(e.get("factor", 1))), e.get("id", ""),
                         e.get("subunit", ""))
            else:
                u = Unit(kind, e["unit"], base=tuple(e["base"]) if e.get("base") else None)
            for f in forms(e.get("forms"), where=f"units.yml {kind}"):
                trie_add(lex.unit_forms, f, u)
                followers.append(f)
            for s in forms(e.get("symbols"), where=f"units.yml {kind}"):
                trie_add(lex.unit_symbols, s, u, raw=True)
                if len(s) > 1 and s.isalpha():
                    followers.append(s)  # "o sec", "un km"
            for s in forms(e.get("signed_symbols"), where=f"units.yml {kind}"):
                trie_add(lex.signed_symbols, s, u, raw=True)
            for s in forms(e.get("prefix"), where=f"units.yml {kind}"):
                trie_add(lex.prefix_units, s, u, raw=True, backward=True)
    return followers


# Letters a word may be written with: any case, with or without its diacritic. Spelled out
# as classes instead of re.IGNORECASE, which makes every comparison slower.
_VARIANTS = {"a": "aăâAĂÂ", "i": "iîIÎ", "s": "sșşSȘŞ", "t": "tțţTȚŢ"}


def _char_class(ch: str) -> str:
    v = _VARIANTS.get(ch) or (ch + ch.upper() if ch.upper() != ch and len(ch.upper()) == 1 else ch)
    return "[" + re.escape(v) + "]" if len(v) > 1 else re.escape(v)


def _word_regex(words: "list[str] | dict[str, list[str]]") -> str:
    """One alternation for many words, factored as a trie so that the regex engine tries a
    handful of branches per position, not hundreds. With a dict, each word maps to the
    regexes that may follow it (tried in order, e.g. a lookahead, then a plain `\\b`)."""
    ends = words if isinstance(words, dict) else {w: [""] for w in words}
    trie: dict = {}
    for w, tails in ends.items():
        node = trie
        for ch in fold(w):
            node = node.setdefault(ch, {})
        node.setdefault(None, []).extend(t for t in tails if t not in node.get(None, []))

    def rx(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else _char_class(ch)) + rx(node[ch])
                for ch in sorted(k for k in node if k is not None)]
        tails = node.get(None)
        if tails is not None:
            alts += tails
        if not alts:
            return ""
        if len(alts) == 1:
            return alts[0]
        if alts[-1] == "":
            return "(?:" + "|".join(alts[:-1]) + ")?"
        return "(?:" + "|".join(alts) + ")"

    return rx(trie)


def build(lang: Lang) -> NumberLexicon:
    nums = lang.load("numbers")
    quals = lang.load("qualifiers")
    units = lang.load("units")
    vague = lang.load("vague")
    lex = NumberLexicon()
    lex.date_modifiers = _folded(forms(units.get("date_modifiers"), where="units.yml"))
    lex.unsigned_units = frozenset(forms(units.get("unsigned_units"), where="units.yml"))
    w = "numbers.yml"
    for v, fs in (nums.get("units") or {}).items():
        for f in forms(fs, where=f"{w} units"):
            lex.units[fold(f)] = int(v)
    for v, fs in (nums.get("weak_units") or {}).items():
        for f in forms(fs, where=f"{w} weak_units"):
            lex.weak[fold(f)] = int(v)
    lex.weak_spellings = frozenset(forms(nums.get("weak_spellings"), where=w))
    lex.adjective_before = {fold(k): _folded(forms(v, where=w))
                            for k, v in (nums.get("adjective_before") or {}).items()}
    for name in ("teens", "tens"):
        table = getattr(lex, name)
        for v, fs in (nums.get(name) or {}).items():
            for f in forms(fs, where=f"{w} {name}"):
                table[fold(f)] = int(v)
    lex.tens_word = _folded(forms(nums.get("tens_word"), where=w))
    lex.hundred_sg = _folded(forms(nums["hundred"]["singular"], where=w))
    lex.hundred_pl = _folded(forms(nums["hundred"]["plural"], where=w))
    for m in nums.get("multipliers") or []:
        for f in forms(m.get("singular"), where=w) + forms(m.get("plural"), where=w):
            lex.mult[fold(f)] = int(m["value"])
        for f in forms(m.get("abbreviations"), where=w):
            trie_add(lex.mult_abbr, f, int(m["value"]))
    lex.bare_mult = _folded(forms(nums.get("bare_singular_multipliers"), where=w))
    lex.half = _folded(forms(nums.get("half"), where=w))
    for v, fs in (nums.get("denominators") or {}).items():
        for f in forms(fs, where=w):
            lex.denominators[fold(f)] = int(v)
    lex.partitive = _folded(forms(nums.get("partitive"), where=w))
    lex.and_word = _folded(forms(nums.get("and_word"), where=w))
    for f in forms(nums.get("zero_phrases"), where=w):
        trie_add(lex.zero, f, 0)
    lex.minus_before = _folded(forms(nums.get("minus_before"), where=w))
    lex.minus_after = _folded(forms(nums.get("minus_after"), where=w))
    lex.de = _folded(forms(nums.get("de"), where=w))
    lex.de_from = int(nums.get("de_from", 20))
    _build_ordinals(lex, nums.get("ordinals") or {})
    for f in forms(nums.get("months"), where=w):
        trie_add(lex.months, f, True)
        trie_add(lex.months_back, f, True, backward=True)
    lex.mai_not_month = _folded(forms(nums.get("mai_not_month"), where=w))
    lex.ambiguous_month = fold(nums.get("ambiguous_month") or "")
    lo, hi = nums.get("year_range", [1900, 2100])
    lex.year_range = (int(lo), int(hi))
    for f in forms(nums.get("not_quantity_after"), where=w):
        trie_add(lex.not_after, f, True, backward=True)
    lex.skip_phrases = tuple(tuple(k for k, _ in phrase(f)) for f in forms(nums.get("skip_phrases"), where=w))
    lex.skip_keys = frozenset(k for p in lex.skip_phrases for k in p)
    count = nums.get("count") or {}
    lex.stop = _folded(forms(count.get("stop"), where=w))
    for f in forms(count.get("skip"), where=w):
        trie_add(lex.noun_skip, f, True)

    for e in vague.get("vague") or []:
        payload = (Fraction(e["low"]), None if e.get("high") is None else Fraction(e["high"]),
                   int(e["factor"]) if e.get("factor") else 0)
        for f in forms(e.get("forms"), where="vague.yml"):
            trie_add(lex.vague, f, payload)

    for q in QUALIFIER_KEYS:
        for f in forms(quals.get(q), where="qualifiers.yml"):
            trie_add(lex.qualifiers, f, q, backward=True)
    lex.prepositions_after = {fold(q): frozenset(fold(v) for v in forms(verbs, where="qualifiers.yml"))
                              for q, verbs in (quals.get("prepositions_after") or {}).items()}
    lex.places_before_article = frozenset(fold(w) for w in forms(quals.get("places_before_article"),
                                                                where="qualifiers.yml"))
    ranges = quals.get("ranges") or {}
    for f in forms(ranges.get("infix"), where="qualifiers.yml"):
        trie_add(lex.infix, f, True)
    for pre, closers in (ranges.get("prefix") or {}).items():
        closer_trie: dict = {}
        for c in forms(closers, where="qualifiers.yml"):
            trie_add(closer_trie, c, True)
        trie_add(lex.range_prefix, pre, (fold(pre), closer_trie), backward=True)

    followers = _build_units(lex, units)
    lex.number_words = frozenset(
        set(lex.units) | set(lex.teens) | set(lex.tens) | lex.tens_word | lex.hundred_sg
        | lex.hundred_pl | set(lex.mult) | lex.half | set(lex.denominators)
        | set(lex.ord_standalone) | set(lex.ord_forms))
    _build_anchor(lex, nums, quals, vague, followers, lang)
    return lex


def _build_ordinals(lex: NumberLexicon, o: dict) -> None:
    w = "numbers.yml ordinals"
    lex.ord_articles = _folded(forms(o.get("articles"), where=w))
    lex.ord_suffixes = _folded(forms(o.get("suffixes"), where=w))
    lex.ord_masculine = fold(o.get("masculine_suffix") or "")
    for v, fs in (o.get("standalone") or {}).items():
        for f in forms(fs, where=w):
            lex.ord_standalone[fold(f)] = int(v)
    for v, fs in (o.get("forms") or {}).items():
        for f in forms(fs, where=w):
            lex.ord_forms[fold(f)] = int(v)
    for rule in o.get("ending_rules") or []:
        card, masc, fem = fold(rule["cardinal"]), fold(rule["masculine"]), fold(rule["feminine"])
        for table in (lex.teens, lex.tens):
            for word, v in table.items():
                if word.endswith(card):
                    stem = word[: -len(card)]
                    lex.ord_forms.setdefault(stem + masc, v)
                    lex.ord_forms.setdefault(stem + fem, v)
    lex.ord_not_before = {fold(k): _folded(forms(v, where=w))
                          for k, v in (o.get("not_before") or {}).items()}


def _build_anchor(lex: NumberLexicon, nums: dict, quals: dict, vague: dict, followers: list[str],
                  lang: Lang) -> None:
    """The one regex that finds where a number may start: digits, number words, vague words,
    ordinals, and the weak words "o"/"un" only where a unit, multiplier or qualifier makes them
    count. Everything else about a candidate is decided by the grammar, around the anchor."""
    strong = (set(lex.units) | set(lex.teens) | set(lex.tens) | lex.tens_word | lex.hundred_sg
              | lex.hundred_pl | set(lex.mult) | lex.half | set(lex.ord_standalone)
              | {k for k in lex.ord_forms if lex.ord_masculine and k.endswith(lex.ord_masculine)} | {k for k in lex.ord_forms
                                                                   if k not in lex.units and k not in lex.weak})
    strong |= {fold(f) for f in forms(nums.get("zero_phrases"), where="numbers.yml")}
    for e in vague.get("vague") or []:
        strong |= {fold(f) for f in forms(e.get("forms"), where="vague.yml")}
    strong = {s for s in strong if s}
    follow = {fold(f) for f in followers if len(fold(f)) > 1 and fold(f)[0].isalpha()}
    follow |= set(lex.mult) | lex.hundred_sg | lex.half | set(lex.denominators)
    # "una sau două zile": a weak word opening a range (the unit after it decides).
    follow |= {fold(f) for f in forms((quals.get("ranges") or {}).get("infix"), where="qualifiers.yml")
               if fold(f)[:1].isalpha()}
    weak = set(lex.weak) | {fold(s) for s in lex.weak_spellings}
    qual_words = [fold(f) for q in QUALIFIER_KEYS
                  for f in forms(quals.get(q), where="qualifiers.yml") if fold(f)[-1:].isalpha()]
    # All words share one trie; what may follow a word decides its role: a number word ends at
    # `\b`, a weak word needs a unit after it, a qualifier needs a weak word after it (the match
    # then ends before that weak word, see `anchor_position`). One `\b` guards the whole trie,
    # so that the many positions inside words fail at once.
    weak_tail = rf"\s+(?=(?:{_word_regex(sorted(follow))})\b)"
    qual_tail = rf"\s+(?=(?:{_word_regex(sorted(weak))})\b)"
    ends: dict[str, list[str]] = {}
    for w in weak:
        ends.setdefault(w, []).append(weak_tail)
    for q in qual_words:
        ends.setdefault(q, []).append(qual_tail)
    for w in strong:
        ends.setdefault(w, []).append(r"\b")
    pattern = (r"[0-9]+|,(?<![\w.,],)[0-9]"
               rf"|\b(?:[IVXLCDM]+-(?:lea|a)\b|{_word_regex(ends)})")
    lex.weak_anchor = frozenset(weak)
    lex.anchor = rulecache.compile(pattern, folder=lang.folder)  # about 0.6 s to compile; cached


@compiled
def get_lexicon(lang: Lang) -> NumberLexicon:
    try:
        return build(lang)
    except RulesError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A missing key or a wrong type in one of the four files: name them, not a traceback.
        raise RulesError(f"{lang.folder}: numbers.yml, qualifiers.yml, units.yml or vague.yml is "
                         f"malformed: {type(exc).__name__}: {exc}") from None


def anchor_position(lex: NumberLexicon, m: re.Match) -> int:
    """Where the number of an anchor match starts: at the match, except after a qualifier
    ("cel puțin o rachetă"), whose match ends where the weak word "o" starts."""
    s = m.group()
    if s[-1:].isspace() and fold(s.rstrip()) not in lex.weak_anchor:
        return m.end()
    return m.start()


def match_forward(trie: dict, st: Any, i: int, raw: bool = False) -> tuple[Any, int] | None:
    """The longest phrase of `trie` starting at token `i` of a Stream: (payload, index after)."""
    node, best, k = trie, None, i
    while True:
        t = st[k]
        if t is None:
            break
        key = t.raw if raw else t.key
        nxt = None
        if k > i and t.ws == "":
            nxt = node.get(TIGHT + key)
        if nxt is None:
            nxt = node.get(key)
        if nxt is None:
            break
        node, k = nxt, k + 1
        if None in node:
            best = (node[None], k)
    return best


def match_backward(trie: dict, back: Any, d: int, raw: bool = False) -> tuple[Any, int] | None:
    """The longest phrase of a backward trie that ends just before `back[d + 1]` is read, i.e.
    made of back[d + 1], back[d + 2]...: (payload, depth of its first token)."""
    node, best = trie, None
    while True:
        d += 1
        t = back[d]
        if t is None:
            break
        nxt = node.get(t.raw if raw else t.key)
        if nxt is None:
            break
        node = nxt
        if None in node:
            best = (node[None], d)
    return best
