"""The frame of a figure (who did what, where and when around it) as a record, with the small
token helpers every way of reading one shares. extract/frames.py builds it, from the parse
(extract/parsed.py) or a word window (extract/windowed.py), with its place (extract/places.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from claimcheck.lang.frames import FrameTables
from claimcheck.read.textnorm import fold

# Maps a normalised offset to the (source, hedge) that covers it.
SourceOf = Callable[[int], tuple[str | None, str | None]]

# What opens a list item before its first word ("- Rata anuală a inflației … a fost 9,9%").
BULLETS = ("-", "–", "—", "•", "*", "·")


@dataclass(slots=True)
class Frame:
    noun: str | None = None  # the counted noun's lemma (or folded form without a lemmatizer)
    predicate: str | None = None  # the governing verb's lemma
    event: str | None = None  # its class from rules/events.yml
    actor: str | None = None  # the side from rules/sides.yml
    actor_text: str | None = None
    place: str | None = None
    context: list[str] = field(default_factory=list)  # words that name what a duration/amount measures
    modifiers: list[str] = field(default_factory=list)  # temporal qualifiers: inițial, până acum
    subject: list[str] = field(default_factory=list)  # stems of the noun phrase measured (measured.py)
    owner: str | None = None  # the named person or organisation the figure belongs to (surname, folded)
    # the owner's other words ("nicusor", "kent"): "Kent Blue" is not "Rothmans Blue"
    owner_given: list[str] = field(default_factory=list)
    ranked: bool | None = None  # owned as in a ranking, "Franța cu 30 de medalii": the verb says nothing
    base: str | None = None  # what a rate is compared to: year, month, year_to_date
    place_level: str | None = None  # country, county, city, sector, commune
    of: str | None = None  # the noun a count qualifies ("diferența de 10.000 de voturi"): another measure
    holder: str | None = None  # stem of what holds the counted ("un microbuz cu 14 persoane")
    member_of: str | None = None  # stem of what the counted make up ("o echipă formată din 11 salvatori")
    negated: bool | None = None  # the predicate is denied ("patru … nu au putut fi salvate")
    age: bool | None = None  # a span of years that is someone's age ("Iovan avea 54 de ani")
    aged: str | None = None  # stem of the role an unnamed one's age is given for ("mecanicul … are 50 de ani")
    timed: bool | None = None  # a named one's time, as in a race ("Todoran, cu timpul 2h 21min 24sec")
    subject_text: str | None = None  # the measured noun phrase as written
    named_after: bool | None = None  # a span of time named by the noun after it ("5 ani de închisoare")
    repeat: bool | None = None  # said of a second time ("a decolat din nou"): not the first time's figure
    risen: bool | None = None  # said to have risen to this ("bilanțul a ajuns la 26"): a later count
    toll_rose: bool | None = None  # after "Bilanțul a crescut:" in its sentence: the toll's later state
    partial: bool | None = None  # said to be partial or provisional ("rezultate parțiale", "până acum")
    final: bool | None = None  # in an article that gives final, corrected figures ("rezultatele finale")
    mood: str | None = None  # "planned": a future or conditional ("va fi probabil peste 9%")
    present: bool | None = None  # its verb says what holds now or will ("costă 28 de lei", "va costa")
    role: str | None = None  # for percentages: change, share or level
    # a change that says no way of its own: the one way its sentence tells ("Urmează fructele
    # proaspete cu 32,4 la sută, …, cu creșteri medii de preț de aproape 20 de procente")
    way: str | None = None
    object: str | None = None  # stem of the verb's object, when it is not the figure ("au suferit arsuri")
    previous: bool | None = None  # "a crescut de la 4.050 lei la 4.325": the value before a change
    per: str | None = None  # what a rate is per: hour, month, year, season; or net / gross pay
    part: bool | None = None  # a part of a total said with it ("25 de milioane plus alte 5")
    aside: bool | None = None  # in a background paragraph about another happening ("Amintim că …")
    recalled: bool | None = None  # that paragraph only recalls ("Amintim că, joi, …"): maybe this story
    usual: bool | None = None  # what usually holds ("de obicei are un debit de 0,5 mc/s")
    own: bool | None = None  # the speaker's own figure ("gradul nostru de ocupare")
    clause: list[str] = field(default_factory=list)  # a clock time's sentence: stems of its content words
    people: bool | None = None  # the counted noun names people (NER), known to a table or not
    happening: str | None = None  # stem of what "a avut loc" / "s-a produs"; "*" for "incidentul"
    value_of: list[str] = field(default_factory=list)  # stems: "populația feminină a fost de N persoane"
    stock: bool | None = None  # how many there are: "cele 270 de case câte sunt în sat"
    # the whole number of its noun: "numărul șomerilor a fost de N", "N … sunt șomeri", "cei N pasageri"
    total: bool | None = None
    several: bool | None = None  # said of several happenings ("au murit în accidente separate"): their sum
    after: str | None = None  # the two words right after the figure, folded ("de la": an anniversary)

    def to_dict(self) -> dict[str, Any]:
        # (`after` serves concept_for while the frame is built, `recalled` the quantities' check
        # of an aside's days; the words are in the text)
        return {k: v for k, v in asdict(self).items() if v not in (None, []) and k not in ("after", "recalled")}


def token_span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def has_case(tok: Token, links) -> bool:
    """A case word of `tok` (its preposition) is one of `links` (folded): "de urs", "la bord"."""
    return any(c.dep_ == "case" and fold(c.text) in links for c in tok.children)


def lemma_of(tok: Token) -> str:
    return fold(tok.lemma_ or tok.text) if tok.lemma_ else fold(tok.text)


def side_of(words: list[str], t: FrameTables) -> str | None:
    for i in range(len(words)):
        hit = t.sides.match(words[i:])
        if hit:
            return hit[0]
    return None
