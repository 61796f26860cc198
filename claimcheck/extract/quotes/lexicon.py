"""The speech and source lexicons of `rules/speech.yml` and `rules/sources.yml`, compiled.

All patterns run on folded text (lower-case, no diacritics; see `read/textnorm.fold_same_length`)
so that "a declarat", "a declarat" typed without diacritics and "A DECLARAT" are one form, and
every match offset is an offset in the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.lang.rules import Lang, RulesError, compiled
from claimcheck.lang.regex import alternation, key
from claimcheck.read.textnorm import fold

_B = r"(?<![\w-])"  # word start
_E = r"(?![\w])"  # word end (a trailing hyphen may glue a clitic)


@dataclass(frozen=True, slots=True)
class Verb:
    lemma: str
    kind: str  # say | act


@dataclass(frozen=True, slots=True)
class SpeechLexicon:
    site: re.Pattern[str]  # a speech verb with its auxiliary and clitics
    forms: dict[str, tuple[Verb, str]]  # folded form -> (verb, "participle"|"present"|"gerund"|"other")
    lemmas: dict[str, Verb]
    pronouns: frozenset[str]
    complementizer: str
    not_complementizer_after: frozenset[str]
    not_complementizer_before: frozenset[str]
    max_gap: int
    clause_breaks: tuple[str, ...]
    min_partial_words: int
    continue_paragraphs: int
    subject_endings: tuple[str, ...]
    description_endings: tuple[str, ...]
    not_subjects: frozenset[str]
    dative_proclitics: frozenset[str]  # "i-a spus": the person spoken to
    dative_enclitics: frozenset[str]  # "spunându-i"
    dative_article: str  # "lui" before the person spoken to
    reflexive_proclitics: frozenset[str]  # "s-a declarat": impersonal
    reflexive_pronoun: str  # "se spune"
    particles: frozenset[str] = frozenset()  # "mai", "și": between an auxiliary and its verb, or after it
    participles: tuple[str, ...] = ()  # folded, "declarat", "spus"
    auxiliary: re.Pattern[str] = re.compile(r"(?!)")  # "a", "au mai" and the word after it, as `word`
    spokespeople: frozenset[str] = frozenset()  # "reprezentanții INSP": INSP speaks through them
    institution_anaphors: frozenset[str] = frozenset()  # "a transmis instituția"
    indefinite_articles: frozenset[str] = frozenset()  # "un suporter": someone unnamed
    speech_nouns: frozenset[str] = frozenset()  # "o declarație": a sentence that announces a quotation
    quote_credit: re.Pattern[str] = re.compile(r"(?!)")  # "conform ", "potrivit lui " right after a quotation
    first_person_singular: frozenset[str] = frozenset()  # "mă", "eu": a lone quotation said by the protagonist
    first_person: frozenset[str] = frozenset()  # "noi", "am": words of someone speaking of themselves
    protagonist_mentions: int = 3
    protagonist_margin: float = 2.0


LETTERS = re.compile(r"[^\W\d_]+")  # runs of letters: the words a paragraph is read by


def speaks_of_self(text: str, speech: SpeechLexicon) -> bool:
    """Whether `text` has a word of someone speaking of themselves (`first_person`; "n-am" holds
    "am"): a signed paragraph, or one before a quotation that lost its opening mark."""
    return any(fold(w) in speech.first_person for w in LETTERS.findall(text))


@dataclass(frozen=True, slots=True)
class SourceLexicon:
    before: re.Pattern[str]  # potrivit / conform / citat de … + the source
    reporting: re.Pattern[str]  # relatează / scrie / arată / a relatat …
    chain: re.Pattern[str]  # ", citată de"
    hedges: re.Pattern[str]
    dupa_nouns: frozenset[str]
    anonymous: frozenset[str]
    dupa: re.Pattern[str]  # "după" + what follows it: a source only before some nouns or an outlet
    source_end: re.Pattern[str]  # where a source phrase ends: punctuation, or a word opening a clause
    chain_words: frozenset[str]


def _need(data: object, path: str, keys: tuple[str, ...]) -> dict:
    if not isinstance(data, dict) or any(k not in data for k in keys):
        raise RulesError(f"{path}: expected the keys {', '.join(keys)}")
    return data


@compiled
def speech_lexicon(lang: Lang) -> SpeechLexicon:
    data = _need(lang.load("speech"), "rules/speech.yml", ("verbs", "auxiliaries", "pronouns"))
    forms: dict[str, tuple[Verb, str]] = {}
    lemmas: dict[str, Verb] = {}
    for entry in data["verbs"]:
        verb = Verb(fold(entry["lemma"]), entry.get("kind", "say"))
        lemmas[verb.lemma] = verb
        for role in ("participle", "present", "gerund", "other"):
            val = entry.get(role) or []
            for form in [val] if isinstance(val, str) else val:
                forms.setdefault(fold(form), (verb, role))
    participles = [f for f, (_, r) in forms.items() if r in ("participle",)]
    others = [f for f, (_, r) in forms.items() if r != "participle"]
    aux = alternation(data["auxiliaries"])
    particles = alternation(data.get("particles", []))
    # Which clitic is taken does not depend on the order: a hyphen or a word end must follow.
    proclitics = alternation(data.get("proclitics", []))
    enclitics = alternation(data.get("enclitics", []))
    # "i-a mai spus", "au declarat", "ar fi spus" | "spune", "spunându-i", "declarase"
    site = re.compile(
        rf"{_B}(?:(?P<cl>{proclitics})-)?(?P<aux>{aux})\s+(?:(?:{particles})\s+)*(?P<part>{alternation(participles)}){_E}"
        rf"|{_B}(?P<bare>{alternation(others)})(?:u?-(?P<enc>{enclitics}))?{_E}"
    )
    return SpeechLexicon(
        site=site,
        forms=forms,
        lemmas=lemmas,
        pronouns=frozenset(fold(p) for p in data["pronouns"]),
        complementizer=fold(data.get("complementizer", "că")),
        not_complementizer_after=frozenset(fold(w) for w in data.get("not_complementizer_after", [])),
        not_complementizer_before=frozenset(fold(w) for w in data.get("not_complementizer_before", [])),
        max_gap=int(data.get("max_gap_to_complementizer", 6)),
        clause_breaks=tuple(fold(b) for b in data.get("clause_breaks", [])),
        min_partial_words=int(data.get("min_partial_words", 4)),
        continue_paragraphs=int(data.get("continue_paragraphs", 1)),
        subject_endings=tuple(fold(e) for e in data.get("subject_endings", [])),
        description_endings=tuple(fold(e) for e in data.get("description_endings", [])),
        not_subjects=frozenset(fold(w) for w in data.get("not_subjects", [])),
        dative_proclitics=frozenset(fold(w) for w in data.get("dative_proclitics", [])),
        dative_enclitics=frozenset(fold(w) for w in data.get("dative_enclitics", [])),
        dative_article=fold(data.get("dative_article", "lui")),
        reflexive_proclitics=frozenset(fold(w) for w in data.get("reflexive_proclitics", [])),
        reflexive_pronoun=fold(data.get("reflexive_pronoun", "se")),
        particles=frozenset(fold(w) for w in data.get("particles", [])),
        participles=tuple(participles),
        auxiliary=re.compile(rf"(?:{aux})\s+(?:(?:{particles})\s+)*(?P<word>[^\W\d_]+){_E}"),
        spokespeople=frozenset(fold(w) for w in data.get("spokespeople", [])),
        institution_anaphors=frozenset(fold(w) for w in data.get("institution_anaphors", [])),
        indefinite_articles=frozenset(fold(w) for w in data.get("indefinite_articles", [])),
        speech_nouns=frozenset(fold(w) for w in data.get("speech_nouns", [])),
        first_person_singular=frozenset(fold(w) for w in data.get("first_person_singular", [])),
        first_person=frozenset(fold(w) for w in data.get("first_person", [])),
        protagonist_mentions=int(data.get("protagonist_mentions", 3)),
        protagonist_margin=float(data.get("protagonist_margin", 2)),
        quote_credit=_credit(data.get("quote_credit") or [], fold(data.get("dative_article", "lui"))),
    )


def _credit(markers: list[str], dative: str) -> re.Pattern[str]:
    if not markers:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:{alternation(markers)})\s+(?:{dative}\s+)?")


@compiled
def source_lexicon(lang: Lang) -> SourceLexicon:
    data = _need(lang.load("sources"), "rules/sources.yml",
                 ("before_source", "reporting_verbs", "hedges"))
    return SourceLexicon(
        before=re.compile(rf"{_B}(?P<m>{alternation(data['before_source'])}){_E}"),
        reporting=re.compile(rf"{_B}(?P<m>{alternation(data['reporting_verbs'])}){_E}"),
        chain=re.compile(rf"\s*,\s*(?P<m>{alternation(data.get('chain', []))})\s+"),
        hedges=re.compile(rf"{_B}(?P<m>{alternation(data['hedges'])}){_E}"),
        dupa_nouns=frozenset(fold(w) for w in data.get("dupa_nouns", [])),
        anonymous=frozenset(fold(w) for w in data.get("anonymous_speakers", [])),
        dupa=re.compile(rf"(?<![\w-]){alternation([data.get('dupa') or ''])}\s+([^\W\d_][\w-]*(?:\s+[A-Z][\w-]*)*)"),
        source_end=re.compile(r"[,.;:!?()\n„”«»\"]|\s(?:" + alternation(data.get("source_ends_before", [])) + r")\s"),
        chain_words=frozenset(key(w) for w in data.get("chain", [])),
    )
