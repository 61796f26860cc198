"""Who is who: names, titles and aliases of speakers, within an article and across articles.

Within an article a reader resolves "președintele ucrainean" to the Zelenski named two
paragraphs up, "Kim" to the last Kim the article named, and "Isley" to Leif-Eric Isley. Across
articles, spellings of one name are one person ("Kim Jong-un" = "Kim Jong Un") while another
person with the same surname stays apart ("Kim Hong-gyun"). The people and their aliases are
data (`rules/actors.yml`); this module is the mechanism.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from claimcheck.lang.regex import alternation
from claimcheck.lang.rules import Lang, RulesError, compiled, lang_for
from claimcheck.read.textnorm import fold, fold_same_length

# Two spellings of a name the actors list does not know are one person at this similarity
# (token order ignored): "Kim Yong-ho" / "Kim Yung-ho". Overridable per call.
NAME_MATCH = 90.0

CAP_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    type: str
    aliases: tuple[str, ...]
    titles: tuple[str, ...]


@dataclass(slots=True)
class ActorTable:
    actors: list[Actor]
    by_key: dict[str, Actor]  # name_key(alias) -> actor
    by_title: dict[str, Actor]  # name_key(title) -> actor
    pattern: re.Pattern[str] | None  # every alias and title, on folded text
    # Alias keys written in lower case in the YAML ("nord-coreenii"); every other alias must
    # start with a capital in the text, or "Putin" would match "puțin" once folded.
    lowercase_keys: frozenset[str] = frozenset()
    title_stems: tuple[str, ...] = ()  # folded, longest first
    title_endings: frozenset[str] = frozenset()
    institution_stems: tuple[str, ...] = ()
    genitive_endings: tuple[str, ...] = ()
    # The grammar of names (rules/grammar.yml), folded: words inside a name, words a name after
    # which is no speaker, words that open a clause, endings of a definite noun.
    connectors: frozenset[str] = frozenset()
    institution_connectors: frozenset[str] = frozenset()
    oblique: frozenset[str] = frozenset()
    clause_words: frozenset[str] = frozenset()
    definite_endings: tuple[str, ...] = ()
    definite_singular_endings: tuple[str, ...] = ()
    abbreviations: frozenset[str] = frozenset()  # their full stop ends no sentence
    title_qualifiers: frozenset[str] = frozenset()  # "fostul", "actualul": before a title's head
    title_equivalents: dict[str, str] = field(default_factory=dict)  # "seful statului" -> "presedint"

    def title_stem(self, word: str) -> str | None:
        """The title stem `word` is a form of ("Șeful" → "sef"), or None."""
        w = fold(word).split("-")[0]
        for st in self.title_stems:
            if w.startswith(st) and w[len(st):] in self.title_endings:
                return st
        return None

    def after_particle(self, word: str) -> str:
        """A name word without the particle glued to it ("al-Assad" → "Assad"), else the word."""
        head, _, rest = word.partition("-")
        return rest if rest and fold(head) in self.connectors else word

    def is_institution(self, word: str) -> bool:
        return fold(word).startswith(self.institution_stems)


@dataclass(slots=True)
class Mention:
    """A name, title or description in the text. `actor` is set when rules/actors.yml knows
    the words; `kind` is alias | title | name (a capitalised run the lexicon does not know)."""

    start: int
    end: int
    text: str
    kind: str
    actor: Actor | None = None

    @property
    def outlet(self) -> bool:
        """A news outlet (rules/actors.yml, type media): it reports words, it does not say them."""
        return self.actor is not None and self.actor.type == "media"


def name_key(s: str) -> str:
    """Case, diacritics, hyphens and dots do not tell two names apart."""
    return " ".join(re.sub(r"[-.’']", " ", fold(s)).split())


@compiled
def actor_table(lang: Lang) -> ActorTable:
    data = lang.load("actors")
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise RulesError("rules/actors.yml: expected a list under 'actors'")
    actors, by_key, by_title, phrases, lower = [], {}, {}, [], set()
    for e in data["actors"]:
        if not isinstance(e, dict) or "name" not in e:
            raise RulesError(f"rules/actors.yml: an actor needs a name: {e!r}")
        a = Actor(e["name"], e.get("type", "person"), tuple(e.get("aliases") or ()), tuple(e.get("titles") or ()))
        actors.append(a)
        for alias in (a.name, *a.aliases):
            by_key.setdefault(name_key(alias), a)
            if alias[:1].islower():
                lower.add(name_key(alias))
        for t in a.titles:
            by_title.setdefault(name_key(t), a)
        phrases += [a.name, *a.aliases, *a.titles]
    # Hyphens and spaces are interchangeable inside a name ("Kim Jong-un" / "Kim Jong Un").
    alts = alternation([p.replace("-", " ") for p in phrases], space=r"[\s-]+")
    pattern = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])") if phrases else None
    stems = tuple(sorted({fold(x) for x in data.get("title_stems") or ()}, key=len, reverse=True))
    grammar = lang.load("grammar") or {}
    oblique = frozenset(fold(w) for w in grammar.get("oblique") or ())
    try:
        function_words = lang.load("language").get("function_words", [])
    except (RulesError, AttributeError):
        function_words = []
    return ActorTable(actors, by_key, by_title, pattern, frozenset(lower), stems,
                      frozenset(fold(x) for x in data.get("title_endings") or ("",)),
                      tuple(fold(x) for x in data.get("institution_stems") or ()),
                      tuple(fold(x) for x in data.get("genitive_endings") or ()),
                      connectors=frozenset(fold(w) for w in grammar.get("name_connectors") or ()),
                      institution_connectors=frozenset(fold(w) for w in grammar.get("institution_connectors") or ()),
                      oblique=oblique,
                      clause_words=frozenset(function_words) | oblique
                      | {fold(w) for w in grammar.get("clause_openers") or ()},
                      definite_endings=tuple(fold(w) for w in grammar.get("definite_endings") or ()),
                      definite_singular_endings=tuple(fold(w) for w in grammar.get("definite_singular_endings") or ()),
                      abbreviations=frozenset(fold(w) for w in grammar.get("abbreviations") or ()),
                      title_qualifiers=frozenset(fold(w) for w in data.get("title_qualifiers") or ()),
                      title_equivalents={fold(k).lower(): fold(v) for k, v in (data.get("title_equivalents") or {}).items()})


def find_mentions(text: str, table: ActorTable, folded: str | None = None) -> list[Mention]:
    """Known aliases and titles, and capitalised runs that look like names, without overlaps
    (the longest wins: "Kim Hong-gyun" over the alias "Kim")."""
    folded = folded if folded is not None else fold_same_length(text)
    found: list[Mention] = []
    if table.pattern is not None:
        for m in table.pattern.finditer(folded):
            key = name_key(m.group())
            actor = table.by_key.get(key)
            if actor is not None and key not in table.lowercase_keys and not text[m.start()].isupper():
                actor = None  # "puțin" is not Putin
                if key not in table.by_title:
                    continue
            kind = "alias" if actor else "title"
            found.append(Mention(m.start(), m.end(), text[m.start():m.end()], kind, actor or table.by_title.get(key)))
    found += _capitalised_runs(text, table)
    found.sort(key=lambda m: (m.start, -(m.end - m.start), m.kind == "name"))
    out: list[Mention] = []
    for m in found:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return _surnames(text, out)


def _surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """A capitalised word that opens a sentence is a name when it is the surname of a full name
    the article gives ("Raed Arafat a sosit. … Arafat a făcut apel"): only a run of two words
    counted before, so the bare surname at a sentence start was lost."""
    last = {name_key(w[-1]) for w in (m.text.split() for m in mentions if m.kind == "name")
            if len(w) >= 2 and all(x[0].isupper() for x in w)}
    if not last:
        return mentions
    starts = [m.start for m in mentions]
    extra = []
    for w in CAP_WORD.finditer(text):
        if w.group()[0].isupper() and name_key(w.group()) in last and _sentence_initial(text, w.start()):
            k = bisect.bisect_right(starts, w.start()) - 1
            if k < 0 or mentions[k].end <= w.start():
                extra.append(Mention(w.start(), w.end(), w.group(), "name"))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _capitalised_runs(text: str, table: ActorTable) -> list[Mention]:
    """Runs of capitalised words, with name connectors inside ("Ministerul de Externe al
    Seulului"). A single capitalised word at a sentence start is ordinary Romanian, so it
    counts only as part of a longer run. A run that opens with a title ("Șeful DSU",
    "Ministrul Muncii") is a title, not a name, so the name in apposition after it speaks."""
    out: list[Mention] = []
    words = list(CAP_WORD.finditer(text))
    i = 0
    while i < len(words):
        w = words[i]
        if not w.group()[0].isupper():
            i += 1
            continue
        j = i
        caps = 1
        k = i + 1
        while k < len(words) and text[words[k - 1].end():words[k].start()] == " ":
            g = words[k].group()
            if _DIGIT.search(g) or _DIGIT.search(words[k - 1].group()):
                break  # "pentru Digi24 Ioana Marin": an outlet's name with a digit stands alone
            if k == i + 1 and _acronym_before_person(text, words, i):
                break  # "pentru AGERPRES Dan Idolu": the agency, then the person (not "ISU Bihor")
            if g[0].isupper() or table.after_particle(g)[:1].isupper():
                j, caps = k, caps + 1  # (or a particle glued to its name: "Hafez al-Assad")
            elif fold(g) not in table.connectors and not _joins_institution(text, words, i, k, table):
                break
            k += 1
        start, end = w.start(), words[j].end()
        if caps >= 2 and _sentence_initial(text, start) and fold(w.group()) in table.clause_words:
            # "Pentru Putin", "Deși Xi": a capitalised function word opens the sentence, not a name.
            i += 1
            continue
        titled = table.title_stem(w.group()) is not None
        if titled and caps >= 2 and _of_title(words[i + 1].group(), table):
            # "Ministrul Muncii", "Ministrul Afacerilor Externe", "Șeful DSU": a title
            out.append(Mention(start, end, text[start:end], "title"))
            i = j + 1
            continue
        definite = fold(w.group()).endswith(table.definite_endings) and not table.is_institution(w.group())
        if caps >= 3 and (titled or definite) and all(
                words[x].group()[0].isupper() for x in range(i + 1, j + 1)):
            # "Ministrul Kim Yung-ho", "Președintele Vladimir Putin", "Medicul-șef Ana Pop":
            # a title, then the name (but "Inspectoratul Școlar Județean Cluj" is one name)
            start = words[i + 1].start()
        elif caps >= 2 and titled:
            out.append(Mention(start, end, text[start:end], "title"))
            i = j + 1
            continue
        if caps == 1 and j == i and _after_title(text, words, i, table):
            # "ministrul Muncii", "șeful DSU": the title with what it is of
            start = words[i - 1].start()
            out.append(Mention(start, end, text[start:end], "title"))
            i += 1
            continue
        if caps >= 2 or not _sentence_initial(text, start):
            out.append(Mention(start, end, text[start:end], "name"))
        i = j + 1
    return out


def _acronym_before_person(text: str, words: list, i: int) -> bool:
    """An acronym followed by two capitalised words in lower case after their first letter: an
    outlet or an institution, then a person's given name and surname ("AGERPRES Dan Idolu"). One
    word after it is the acronym's own complement ("ISU Bihor", "DSP Dolj")."""
    if i + 2 >= len(words) or not (words[i].group().isupper() and len(words[i].group()) >= 2):
        return False
    a, b = words[i + 1].group(), words[i + 2].group()
    spaced = text[words[i].end():words[i + 1].start()] == " " and text[words[i + 1].end():words[i + 2].start()] == " "
    return spaced and all(x[:1].isupper() and x[1:].islower() and len(x) > 1 for x in (a, b))


def _joins_institution(text: str, words: list, i: int, k: int, table: ActorTable) -> bool:
    """Whether words[k] joins two parts of one institution's name ("Casație și Justiție")."""
    if fold(words[k].group()) not in table.institution_connectors or k + 1 >= len(words):
        return False
    nxt = words[k + 1].group()
    return (text[words[k].end():words[k + 1].start()] == " " and nxt[0].isupper() and not table.is_institution(nxt)
            and any(table.is_institution(words[x].group()) for x in range(i, k)))


def _after_title(text: str, words: list, i: int, table: ActorTable) -> bool:
    w = words[i].group()
    if i == 0 or text[words[i - 1].end():words[i].start()] != " " or table.title_stem(words[i - 1].group()) is None:
        return False
    return _of_title(w, table)


def _of_title(w: str, table: ActorTable) -> bool:
    """An acronym or a genitive: what a title is of ("Muncii", "DSU"), not a given name."""
    return (len(w) > 1 and w.isupper()) or fold(w).endswith(table.genitive_endings)


def _sentence_initial(text: str, i: int) -> bool:
    k = i - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in ".!?:;\n„«“\"”—–-("


def oblique(text: str, m: Mention, words: frozenset[str]) -> bool:
    """Preceded by a preposition or "lui" (`words`: ActorTable.oblique): an object or a
    genitive, not a subject."""
    before = text[max(0, m.start - 20):m.start].split()
    return bool(before) and fold(before[-1].strip(",")) in words


# An acronym this long may stand for a person's initials ("CTP", "KWI").
_INITIALS_MIN, _INITIALS_MAX = 3, 4


@dataclass(slots=True)
class ArticleNames:
    """The names an article uses, for resolving short forms and titles inside it."""

    table: ActorTable
    mentions: list[Mention]
    present: set[str] = field(default_factory=set)  # actors named (not just titled) in the article

    _by_word: dict[str, list[Mention]] = field(default_factory=dict)  # full names by first/last word

    def __post_init__(self) -> None:
        self.present = {m.actor.name for m in self.mentions if m.kind == "alias" and m.actor}
        for m in self.mentions:
            w = name_key(m.text).split()
            if m.kind != "title" and len(w) >= 2:
                for word in {w[0], w[-1]}:
                    self._by_word.setdefault(word, []).append(m)

    def resolve(self, text: str, at: int | None = None) -> str:
        """The canonical name for the words `text` found at offset `at`."""
        key = name_key(text)
        words = key.split()
        if not words:
            return text.strip()
        actor = self.table.by_key.get(key)
        if len(words) == 1 and not (len(text.strip()) > 1 and text.strip().isupper()):
            # A bare surname first means the last person of that name the article gave (but an
            # acronym is the institution itself: "a anunțat CNIR" is not "Comisia … a CNIR").
            full = self._last_full_name(words[0], at)
            if full is not None:
                return full
        if actor is not None:
            return actor.name
        if len(words) == 1 and _INITIALS_MIN <= len(text.strip()) <= _INITIALS_MAX and text.strip().isupper() \
                and (full := self._initials_of(text.strip(), at)) is not None:
            return full
        titled = self.table.by_title.get(key)
        if titled is not None and titled.name in self.present:
            return titled.name
        return " ".join(text.split()).strip(" ,.;:")

    def _initials_of(self, acronym: str, at: int | None) -> str | None:
        """The one full name named before `at` whose words' initials spell `acronym`: "CTP" after
        "Cristian Tudor Popescu" (the press's way with some people), never an institution's
        acronym no name spells."""
        found = {" ".join(m.text.split()) for ms in self._by_word.values() for m in ms
                 if (at is None or m.start < at) and m.kind == "name" and len(m.text.split()) == len(acronym)
                 and not self.table.is_institution(m.text.split()[0])
                 and "".join(w[0] for w in m.text.split()).upper() == acronym}
        return next(iter(found)) if len(found) == 1 else None

    def _last_full_name(self, word: str, at: int | None) -> str | None:
        """The last full name before `at` that starts or ends with `word` ("Kim" → "Kim
        Yung-ho" when that is the last Kim named)."""
        names = self._by_word.get(word)
        if not names:
            # ("a spus Prya" after "Krzysztof Pyra": two letters swapped in typing)
            typed = [k for k in self._by_word if len(k) >= 4 and swapped_letters(k, word)]
            names = self._by_word[typed[0]] if len(typed) == 1 else None
        if not names:
            return None
        k = len(names) if at is None else bisect.bisect_left(names, at, key=lambda m: m.start)
        if k == 0:
            return None
        best = names[k - 1]
        return best.actor.name if best.actor else " ".join(best.text.split())


@compiled
def _keys_by_length(lang: Lang) -> dict[int, list[tuple[str, Actor]]]:
    """The alias keys of the actor table by their number of words, in the table's order."""
    out: dict[int, list[tuple[str, Actor]]] = {}
    for alias_key, actor in actor_table(lang).by_key.items():
        out.setdefault(len(alias_key.split()), []).append((alias_key, actor))
    return out


def canonical(name: str, lang: Lang | None = None, threshold: float = NAME_MATCH) -> str:
    """The name across articles: an alias of a known actor becomes its name; an unknown
    spelling close enough to a known name with as many words becomes that name (the first such
    alias in the table's order)."""
    return _canonical(name, lang_for(lang), threshold)


@lru_cache(maxsize=65536)  # a corpus repeats the same few spellings; reconciling asks for each many times
def _canonical(name: str, lang: Lang, threshold: float) -> str:
    table = actor_table(lang)
    key = name_key(name)
    if key in table.by_key:
        return table.by_key[key].name
    n = len(key.split())
    if n >= 2:
        same_length = _keys_by_length(lang).get(n, [])
        hits = process.extract(key, [k for k, _ in same_length], scorer=fuzz.ratio, score_cutoff=threshold,
                               limit=None)
        if hits:
            return same_length[min(index for _, _, index in hits)][1].name
    return " ".join(name.split())


def same_speaker(a: str | None, b: str | None, lang: Lang | None = None, threshold: float = NAME_MATCH) -> bool:
    if not a or not b:
        return False
    ca, cb = canonical(a, lang, threshold), canonical(b, lang, threshold)
    if ca == cb or any(_spelled_out(x, y) for x, y in ((a, b), (ca, cb))):
        return True
    table = actor_table(lang)
    known = {x.name for x in table.actors}
    if ca in known or cb in known:
        return False  # two different known people, or a known one and a stranger
    ka, kb = name_key(ca), name_key(cb)
    if len(ka.split()) != len(kb.split()):
        return False
    # ("a spus Pyra" / "a spus Prya": two letters swapped in typing are one name, however short)
    return fuzz.token_sort_ratio(ka, kb) >= threshold or swapped_letters(ka, kb)


def swapped_letters(a: str, b: str) -> bool:
    """Two spellings of one word with two neighbouring letters swapped ("Pyra" / "Prya"): the same
    letters, one transposition apart (rapidfuzz's optimal string alignment distance)."""
    return sorted(a) == sorted(b) and OSA.distance(a, b) == 1


# An all-capitals word this long at most is an acronym ("FRC", "ICCJ").
ACRONYM_LETTERS = 6


@dataclass(frozen=True, slots=True)
class Complement:
    """What a title is of: the first capitalised word after its head ("ministrul Muncii" → "munci"),
    with the initials of the capitalised words it starts ("Federației Române de Canotaj" → "frc"),
    so that an acronym ("Președinta FRC") meets the name it stands for ("Președinta Federației de
    Canotaj")."""

    key: str
    initials: str
    acronym: bool

    @classmethod
    def of(cls, name: str) -> "Complement | None":
        """The complement a whole name makes: "INS" an acronym, "Institutul Național de
        Statistică" the key "insti" with the initials "ins"."""
        words = name.split()
        caps = [w for w in words if w[:1].isupper()]
        if not caps:
            return None
        acronym = len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= ACRONYM_LETTERS
        initials = "".join(name_key(w)[:1] for w in caps[:6])
        return cls(name_key(caps[0]).lower() if acronym else name_key(caps[0])[:5], initials, acronym)

    def meets(self, other: "Complement") -> bool:
        if self.acronym == other.acronym:
            # ("ministrul Muncii" is "ministrul Muncii și Solidarității Sociale"; "Federației de
            # Scrimă" is not "Federației de Fotbal")
            a, b = sorted((self.initials, other.initials), key=len)
            return self.key == other.key and (self.acronym or b.startswith(a))
        short, full = (self, other) if self.acronym else (other, self)
        # (the initials in order within the acronym, from its first letter: "Federației de
        # Canotaj" in FRC, never "Federației de Fotbal")
        letters = iter(short.key[1:])
        return full.initials[:1] == short.key[:1] and all(c in letters for c in full.initials[1:])


def _spelled_out(a: str, b: str) -> bool:
    """An institution quoted by its acronym in one outlet and by its name in another: "INS" and
    "Institutul Național de Statistică" are one speaker."""
    ca, cb = Complement.of(a), Complement.of(b)
    return ca is not None and cb is not None and ca.acronym != cb.acronym and ca.meets(cb)
