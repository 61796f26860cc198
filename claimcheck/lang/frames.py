"""The tables behind claim frames, loaded from `rules/`: event classes, sides, concepts.

Kept apart from the frame builder so that the reconciler can use them without importing spaCy
(`check --db` on stored claims never loads a model).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from claimcheck.lang.rules import Lang, compiled
from claimcheck.lang.stems import StemTable, stem
from claimcheck.read.textnorm import fold


@dataclass(frozen=True)
class FrameTables:
    events: StemTable
    compatible: frozenset[frozenset[str]]
    sides: StemTable
    concepts_by_noun: StemTable
    concepts_by_context: dict[str, StemTable]  # kind -> table
    concept_kinds: dict[str, tuple[str, ...]]
    temporal: frozenset[str]
    by_event: dict[str, dict[str, str]]
    generic: frozenset[str]  # concepts that identify a fact only together with its event
    not_nouns_before_de: frozenset[str]  # "timp de două ore": words that do not own the amount
    modal: frozenset[str] = frozenset()  # event classes of what did not (yet) happen: offers, forecasts
    noun_events: dict[str, str] | None = None  # concept -> the event its noun itself states ("morți": die)
    concept_roles: dict[str, tuple[str, ...]] | None = None  # concept -> the rate roles it can have
    told: frozenset[str] = frozenset()  # concepts whose fact is the happening its verb tells
    concepts_after: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # kind -> (cue, concept)
    means: StemTable = StemTable([])  # "transportate cu ambulanțele": a verb's argument tells its class
    tolls: frozenset[str] = frozenset()  # event classes of a toll, which grows while a story runs
    concepts_by_unit: dict[str, str] = field(default_factory=dict)  # "l/m²": what only rain is measured in
    exclusive: frozenset[str] = frozenset()  # classes only ever one fact with their own: time served

    def event_family(self, event: str | None) -> str:
        """A name shared by compatible event classes (send and fight: one family)."""
        if event is None:
            return ""
        family = sorted({event}.union(*(p for p in self.compatible if event in p)))
        return family[0]

    def events_compatible(self, a: str | None, b: str | None) -> bool:
        if a is None or b is None or a == b:
            return True
        return frozenset((a, b)) in self.compatible


@compiled
def tables(lang: Lang) -> FrameTables:
    ev = lang.load("events")
    sd = lang.load("sides")
    cc = lang.load("concepts")
    events = StemTable([(stem, cls) for cls, stems in ev["classes"].items() for stem in stems])
    compatible = frozenset(frozenset(p) for group in ev.get("compatible", [])
                           for p in _pairs(group))
    sides = StemTable([(a, side) for side, aliases in sd["sides"].items() for a in aliases],
                      sd.get("inflection_suffixes"))
    suffixes = cc.get("inflection_suffixes")
    by_noun = StemTable([(n, name) for name, c in cc["concepts"].items() for n in c.get("nouns", [])], suffixes)
    by_context: dict[str, list[tuple[str, str]]] = {}
    kinds: dict[str, tuple[str, ...]] = {}
    for name, c in cc["concepts"].items():
        kinds[name] = tuple(c.get("kinds", ["count"]))
        for kind in kinds[name]:
            for w in c.get("context", []):
                by_context.setdefault(kind, []).append((w, name))
    temporal = frozenset(fold(w) for w in ev.get("temporal_modifiers", []))
    return FrameTables(events, compatible, sides, by_noun,
                       {k: StemTable(v, cc.get("context_suffixes")) for k, v in by_context.items()}, kinds,
                       temporal, cc.get("by_event", {}),
                       frozenset(n for n, c in cc["concepts"].items() if c.get("generic")),
                       frozenset(fold(w) for w in cc.get("not_nouns_before_de", [])),
                       frozenset(ev.get("modal", [])),
                       {n: c["event"] for n, c in cc["concepts"].items() if c.get("event")},
                       {n: tuple(c["roles"]) for n, c in cc["concepts"].items() if c.get("roles")},
                       frozenset(n for n, c in cc["concepts"].items() if c.get("told_by_verb")),
                       {k: tuple((fold(w), n) for n, c in cc["concepts"].items() if k in kinds[n]
                                 for w in c.get("right_after", [])) for k in {k for v in kinds.values() for k in v}},
                       StemTable([(stem, cls) for cls, stems in (ev.get("means") or {}).items() for stem in stems]),
                       frozenset(ev.get("tolls", [])),
                       {u: n for n, c in cc["concepts"].items() for u in c.get("units", [])},
                       frozenset(ev.get("exclusive", [])))


def _pairs(group: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for i, a in enumerate(group) for b in group[i + 1:]]


class ReadingAs(NamedTuple):
    """A unit that is a reading's ("grade" -> "°C", rules/units.yml `reading_as`) when its sentence
    holds one of the `cues` stems and the word right after it is none of `not_before` ("cu 15 grade
    mai ridicate": a difference of temperatures)."""

    unit: str
    cues: tuple[str, ...]
    not_before: frozenset[str]


@dataclass(frozen=True)
class FrameWords:
    """rules/frames.yml: what a figure belongs to when no concept names it, and what sets two
    figures of one measure apart (their base, their place's level)."""

    containers: frozenset[str]
    window_stops: frozenset[str]
    window_skips: frozenset[str]
    elliptic: tuple[tuple[str, ...], ...]
    bases: tuple[tuple[tuple[str, ...], str], ...]  # (folded words, base), longest first
    place_levels: dict[str, str]  # folded word -> level
    named_levels: frozenset[str] = frozenset()  # "site": a level only with a name ("Spitalul Abrud")
    function_words: frozenset[str] = frozenset()  # rules/language.yml: never what is measured
    # rules/events.yml happenings.report_verbs: a statement's date ("Poliția a transmis marți")
    # times no happening, and its subject is a figure's source ("DSP Dolj a confirmat 47 de cazuri")
    report_verbs: StemTable = StemTable([])
    clause_breaks: frozenset[str] = frozenset()  # "iar": a new clause, with a verb of its own
    clause_openers: frozenset[str] = frozenset()  # "că", "când": a clause inside the sentence
    class_selectors: frozenset[str] = frozenset()  # "singurul munte de peste 8.000 de metri": a kind
    gerund_copulas: frozenset[str] = frozenset()  # "fiind": "medalia de aur fiind răsplătită cu …"
    gerund_endings: tuple[str, ...] = ()  # "oferind", "oferindu-le": a clause of its own past a comma
    elided_articles: frozenset[str] = frozenset()  # "Cel mai mare": an adjective for its noun
    money_increments: tuple[tuple[str, ...], ...] = ()  # "încă 5 milioane": more money, not the sum
    seat_links: frozenset[str] = frozenset()  # "din": "Spitalul Elias din Capitală" is Spitalul Elias
    adjective_homographs: frozenset[str] = frozenset()  # "noi" after a noun: new, not "we"
    aside_openers: frozenset[str] = frozenset()  # ", în România,": an aside a window passes
    comparison_markers: tuple[tuple[str, ...], ...] = ()  # "comparativ cu": the date after is a base
    planned_cues: tuple[tuple[str, ...], ...] = ()  # "va", "urmează să": the figure has not happened
    clock_glosses: tuple[tuple[str, ...], ...] = ()  # "(ora României)": a time's zone, not what happened
    time_anaphors: tuple[tuple[str, ...], ...] = ()  # "La acea vreme, …": the time the sentence before named
    agent_markers: frozenset[str] = frozenset()  # "de", "potrivit": the name after is a source
    holder_not_after: frozenset[str] = frozenset()  # "cursa pentru Președinția României, cu …"
    place_relatives: frozenset[str] = frozenset()  # "Iași, unde s-au intabulat …": Iași's figures
    partitive_before: tuple[tuple[str, ...], ...] = ()  # "dintre care": the figure is a share
    audience_before: tuple[tuple[str, ...], ...] = ()  # "în fața a": the counted were there to watch
    bracket_upper_before: tuple[tuple[str, ...], ...] = ()  # "pensia maximă de": a bracket up to the amount
    bracket_lower_before: tuple[tuple[str, ...], ...] = ()  # "pensia minimă de": a bracket from the amount
    topic_openers: tuple[tuple[str, ...], ...] = ()  # "La Matematică, 116.251 de elevi": the item
    group_openers: tuple[tuple[str, ...], ...] = ()  # "6,1% în cazul bărbaților": the group it is for
    whole_markers: tuple[tuple[str, ...], ...] = ()  # "din totalul de 1.600 de salariați": the whole of a share
    source_markers: tuple[tuple[str, ...], ...] = ()  # "din cele 16 tone de amestec": a whole others come from
    stock_markers: tuple[tuple[str, ...], ...] = ()  # "270 de case câte sunt în sat": how many there are
    span_verbs: tuple[str, ...] = ()  # stems: "a durat două ore" is named by its subject, not its verb
    lasting_verbs: tuple[str, ...] = ()  # stems: "Finala a durat 56 de minute": its subject lasted
    earlier_words: frozenset[str] = frozenset()  # "inițial": an undated figure of an earlier, unsaid time
    scope_links: frozenset[str] = frozenset()  # "abonamentul pentru metrou": a word after it narrows for good
    remain_before: tuple[tuple[str, ...], ...] = ()  # "mai rămân": the figure is what is left
    change_before: frozenset[str] = frozenset()  # "cu 5%": a percentage that is a change
    fall_signs: frozenset[str] = frozenset()  # "-26,3%": a percentage that is a fall
    change_noun_links: frozenset[str] = frozenset()  # "o majorare de 10%": after a change noun
    share_after: frozenset[str] = frozenset()  # "40% din": a percentage that is a share
    share_nouns: tuple[tuple[str, ...], ...] = ()  # "o cotă de piață de 7,6%": a share by its noun
    more_after: tuple[tuple[str, ...], ...] = ()  # "cu 15% mai multe": a change upwards
    less_after: tuple[tuple[str, ...], ...] = ()  # "cu 4% mai puține": a change downwards
    previous_markers: tuple[tuple[str, ...], ...] = ()  # "de la 4.050 lei": the value before a change
    base_clause_openers: frozenset[str] = frozenset()  # "față de luna precedentă, când …": the base's value
    per_markers: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = ()  # "pe oră" -> hour
    before_words: tuple[tuple[str, ...], ...] = ()  # "anterior", "în prezent": the value before a change
    part_after: tuple[tuple[str, ...], ...] = ()  # "plus": the figure is a part of a total
    part_openers: frozenset[str] = frozenset()  # "–", ":": an elliptic figure after them is a part
    reached_markers: frozenset[str] = frozenset()  # "de la 294 lei la 317 lei": 317 is reached
    reached_after_change: tuple[tuple[str, ...], ...] = ()  # "cu 13%, până la 2.296 de lei"
    comparative_words: frozenset[str] = frozenset()  # "mai scumpă cu 500 de lei": "cu" gives a difference
    change_nouns: tuple[str, ...] = ()  # stems: "creșterea de 622 lei" is a change, not a level
    verbal_noun_endings: tuple[str, ...] = ()  # "creșterea", not "majorată": without a parse, a noun
    weak_heads: tuple[str, ...] = ()  # stems of modifiers that never head what is measured ("medie")
    copulas: frozenset[str] = frozenset()  # "este de 622": the measured noun is the copula's subject
    genitive_links: frozenset[str] = frozenset()  # "a", "al": inside a noun phrase ("creșterea a pensiilor")
    noun_links: frozenset[str] = frozenset()  # "de" between a head noun and its noun ("punctul de pensie")
    goal_verbs: tuple[str, ...] = ()  # stems: "a marcat", "a înscris" tell one kind of happening
    subject_followers: frozenset[str] = frozenset()  # "două au …": without a parse, a number as subject
    aside_markers: tuple[tuple[str, ...], ...] = ()  # "amintim că": a paragraph about another happening
    recall_markers: tuple[tuple[str, ...], ...] = ()  # of those, the ones that only recall
    indefinite_articles: frozenset[str] = frozenset()  # "un microbuz cu 14 persoane"
    definite_singular_endings: tuple[str, ...] = ()  # "-ul", "-a": the article as written (grammar.yml)
    count_heads: frozenset[str] = frozenset()  # "numărul deceselor a ajuns la 5": the noun after counts
    measure_verbs: tuple[str, ...] = ()  # stems: "prejudiciul depășește 4,2 milioane" measures its subject
    participle_endings: tuple[str, ...] = ()  # "autoturisme înmatriculate": what befell the counted
    state_verbs: frozenset[str] = frozenset()  # "se află internate": the participle says what befell them
    gerund_prepositions: frozenset[str] = frozenset()  # "începând cu ora 15.10": no verb of the fact
    change_directions: tuple[tuple[str, str], ...] = ()  # (stem, increase|decrease): "un avans de 0,9%"
    made_of: frozenset[str] = frozenset()  # "o echipă formată din 11 salvatori": the team holds them
    percent_words: frozenset[str] = frozenset()  # "la sută", "procente": the figure is a percentage
    of_link: str = ""  # "de": "o întârziere de două ore"
    measure_content_links: frozenset[str] = frozenset()  # "hectare cu porumb": what the measure is of
    with_link: str = ""  # "cu": "un microbuz cu 14 persoane"
    item_links: frozenset[str] = frozenset()  # "iar": "…, iar Kent Blue 28 de lei" (extract/owners)
    respectively: frozenset[str] = frozenset()  # "respectiv": figures that go to names in order
    place_prepositions: frozenset[str] = frozenset()  # "din", "ale": a place right after the counted noun
    count_place_prepositions: frozenset[str] = frozenset()  # "la", "în": a count's place name after it
    several_markers: frozenset[str] = frozenset()  # "separate": a count over several happenings
    various_words: frozenset[str] = frozenset()  # "din diferite structuri": mixed origins, no kind
    where_relatives: frozenset[str] = frozenset()  # "unde": "în județul Timiș, unde cinci persoane …"
    means_prepositions: frozenset[str] = frozenset()  # "duse la spital": a means only after one
    partitive_bases: frozenset[str] = frozenset()  # "din": "Din 12 mineri care lucrau …, nouă au reușit"
    relative_pronouns: frozenset[str] = frozenset()  # "care": a relative clause's subject
    reflexives: frozenset[str] = frozenset()  # "se": crossed on the way to a subject
    auxiliaries: frozenset[str] = frozenset()  # "a", "au": before a copula ("a fost de 4.310")
    genitive_endings: tuple[str, ...] = ()  # "companiei", "județului": a noun in the genitive
    joins: frozenset[str] = frozenset()  # "și", "sau": "elevi și cadre didactice" is one count of both
    people_participles: tuple[str, ...] = ()  # "reținuți", "evacuați": plural participles naming people
    partial_markers: tuple[tuple[str, ...], ...] = ()  # "rezultate parțiale": the figures after are partial
    progress_words: tuple[str, ...] = ()  # stems: "centralizate", counting under way (extract/progress.py)
    partial_article_markers: tuple[str, ...] = ()  # folded phrases: the whole article's figures are
    final_article_markers: tuple[str, ...] = ()  # "rezultatele finale": the article's figures are corrected ones
    list_links: frozenset[str] = frozenset()  # "și": figures sharing one unit
    own_markers: frozenset[str] = frozenset()  # "gradul nostru": the speaker's own figure
    own_pronouns: frozenset[str] = frozenset()  # "la noi": the speaker's, but "autoturismele noi" are new
    own_pronoun_after: frozenset[str] = frozenset()
    usual_markers: tuple[tuple[str, ...], ...] = ()  # "de obicei": what usually holds, not this time's value
    from_link: str = ""  # "din": "candidați din promoțiile anterioare" narrows what is counted
    label_endings: tuple[str, ...] = ()  # "nivelul 3": without a parse, a noun's article before a figure
    empty_span_nouns: frozenset[str] = frozenset()  # "timp de două ore": no noun names the span
    time_units: frozenset[str] = frozenset()  # "zile", "ore": words of time (rules/units.yml durations)
    unit_symbols: frozenset[str] = frozenset()  # "MWh", "km": rules/units.yml symbols, as written
    # "°C", "l/m²": rules/units.yml measures with `reading: true`, a figure read at a site
    reading_units: frozenset[str] = frozenset()
    readings_as: dict[str, ReadingAs] = field(default_factory=dict)  # "grade" of the weather: "°C"
    participle_links: frozenset[str] = frozenset()  # "au rămas blocați": a state that lasted
    span_openers: tuple[tuple[str, ...], ...] = ()  # "timp de": a span of time after what took it
    single_skips: tuple[str, ...] = ()  # "alt", "nou": after "un"/"o", another one, not a toll of one
    name_joiners: frozenset[str] = frozenset()  # "de", "din": small words inside an establishment's name
    repeat_markers: tuple[tuple[str, ...], ...] = ()  # "din nou": a second time, not the first
    rise_markers: tuple[tuple[str, ...], ...] = ()  # "a ajuns la": a count said to have risen to this
    toll_rise_markers: tuple[tuple[str, ...], ...] = ()  # "bilanțul a crescut:": every figure after it rose
    period_markers: tuple[tuple[str, ...], ...] = ()  # "primele": a figure totalled over a period
    unreal_cues: tuple[tuple[str, ...], ...] = ()  # "în loc de": a figure that is not the case
    period_phrases: tuple[tuple[float, tuple[tuple[str, ...], ...]], ...] = ()  # (days, "în acea zi", "weekend")
    when_relatives: frozenset[str] = frozenset()  # "când": the clause after a time is of that time
    clause_coordinators: frozenset[str] = frozenset()  # "și a depășit": a second clause, its own date
    relatives: frozenset[str] = frozenset()  # "care": a clause about the noun before it
    at_link: str = ""  # "la": "persoane la bord" narrows what is counted
    located_words: frozenset[str] = frozenset()  # "aflate": "persoane aflate la bord"
    money_named_by: frozenset[str] = frozenset()  # "ca": "șase milioane ca bonusuri"
    money_named_by_not: frozenset[str] = frozenset()  # "din cauza": a preposition, not a name
    negations: frozenset[str] = frozenset()  # "nu": the verb after is denied
    denied_events: dict[str, str] = field(default_factory=dict)  # rescue -> die: "nu au putut fi salvate"
    price_verbs: tuple[str, ...] = ()  # stems: "s-a scumpit" says its subject's price changed
    price_noun: str = ""  # the stem of the noun it says ("preț")
    classifier_nouns: frozenset[str] = frozenset()  # lemmas: "13.816 de unități" counts the clause's subject
    time_nouns: frozenset[str] = frozenset()  # stems: "cu timpul 2h 21min" is one's time
    distance_words: tuple[str, ...] = ()  # stems: "a parcurs cei 42 de kilometri în 2 ore"
    margin_after: frozenset[str] = frozenset()  # "două sutimi în spatele": a gap, no one's time
    age_verbs: frozenset[str] = frozenset()  # "avea": "Iovan avea 54 de ani" is an age
    age_words: frozenset[str] = frozenset()  # "vârstă": "în vârstă de 54 de ani"
    age_links: frozenset[str] = frozenset()  # "cu", "în", "de": between a person and an age
    age_verb_forms: frozenset[str] = frozenset()  # "are", "avea": the age verb as written
    age_units: frozenset[str] = frozenset()  # "ani": an age is said in years
    unnamed_people: frozenset[str] = frozenset()  # stems: "bărbat", "victimă" say only "a person"
    happen_verbs: dict[str, str] = field(default_factory=dict)  # lemma -> word it needs ("avea": "loc"; "se")
    generic_happenings: frozenset[str] = frozenset()  # "incident": the story's happening, whichever
    generic_happening_stems: frozenset[str] = frozenset()  # the same as stems, for reading without a parse
    happen_forms: tuple[tuple[str, ...], ...] = ()  # "s- a produs": the happen verbs as written
    light_verb_stems: frozenset[str] = frozenset()  # "suferi": a day on it is its event object's

    def lasts(self, predicate: str | None) -> bool:
        """A verb of `lasting_verbs` ("a durat"): its subject is what the span was of."""
        return fold(predicate or "").startswith(self.lasting_verbs)


def _phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
    """Phrases of a rules list as tuples of folded words, as `has_cue` and `_after` match them."""
    return tuple(tuple(fold(p).split()) for p in items)


@compiled
def frame_words(lang: Lang) -> FrameWords:
    fw = lang.load("frames")
    words = lambda key: frozenset(fold(w) for w in fw.get(key, []))  # noqa: E731
    phrases = lambda key: _phrases(fw.get(key, []))  # noqa: E731
    # (stems and endings, matched with startswith and endswith)
    prefixes = lambda key: tuple(fold(x) for x in fw.get(key, []))  # noqa: E731
    bases = sorted(((tuple(fold(p).split()), name) for name, ps in fw.get("bases", {}).items()
                    for p in ps), key=lambda e: -len(e[0]))
    levels = {fold(w): level for level, ws in fw.get("place_levels", {}).items() for w in ws}
    return FrameWords(
        containers=words("container_nouns"), window_stops=words("window_stops"),
        window_skips=words("window_skips"), elliptic=phrases("elliptic_determiners"),
        bases=tuple(bases), place_levels=levels, named_levels=words("named_levels"),
        function_words=frozenset(fold(x) for x in lang.load("language").get("function_words", [])),
        report_verbs=StemTable([(s, "report")
                                for s in (lang.load("events").get("happenings") or {}).get("report_verbs", [])]),
        clause_breaks=words("clause_breaks"), clause_openers=words("clause_openers"),
        class_selectors=words("class_selectors"),
        gerund_copulas=words("gerund_copulas"), gerund_endings=prefixes("gerund_endings"),
        elided_articles=words("elided_articles"), money_increments=phrases("money_increments"),
        seat_links=words("seat_links"),
        adjective_homographs=words("adjective_homographs"),
        aside_openers=words("aside_openers"),
        comparison_markers=phrases("comparison_markers"),
        planned_cues=phrases("planned_cues"), clock_glosses=phrases("clock_glosses"), time_anaphors=phrases("time_anaphors"), agent_markers=words("agent_markers"), holder_not_after=words("holder_not_after"),
        place_relatives=words("place_relatives"),
        partitive_before=phrases("partitive_before"), audience_before=phrases("audience_before"),
        bracket_upper_before=_phrases((fw.get("bracket_before") or {}).get("upper", [])),
        bracket_lower_before=_phrases((fw.get("bracket_before") or {}).get("lower", [])),
        topic_openers=phrases("topic_openers"),
        group_openers=phrases("group_openers"),
        scope_links=words("scope_links"), earlier_words=words("earlier_words"), span_verbs=prefixes("span_verbs"),
        lasting_verbs=prefixes("lasting_verbs"),
        stock_markers=phrases("stock_markers"), whole_markers=phrases("whole_markers"),
        source_markers=phrases("source_markers"),
        remain_before=phrases("remain_before"), change_before=words("change_before"),
        fall_signs=words("fall_signs"),
        change_noun_links=words("change_noun_links"),
        share_after=words("share_after"), share_nouns=phrases("share_nouns"),
        more_after=phrases("more_after"), less_after=phrases("less_after"),
        previous_markers=phrases("previous_markers"), base_clause_openers=words("base_clause_openers"),
        per_markers=tuple((name, _phrases(ps)) for name, ps in fw.get("per", {}).items()),
        before_words=phrases("before_words"), part_after=phrases("part_after"),
        part_openers=frozenset(fw.get("part_openers", [])),
        comparative_words=words("comparative_words"), reached_markers=words("reached_markers"),
        reached_after_change=phrases("reached_after_change"),
        change_nouns=prefixes("change_nouns"),
        verbal_noun_endings=prefixes("verbal_noun_endings"),
        weak_heads=prefixes("weak_heads"),
        copulas=words("copulas"), genitive_links=words("genitive_links"), noun_links=words("noun_links"),
        goal_verbs=prefixes("goal_verbs"),
        subject_followers=words("subject_followers"), aside_markers=phrases("aside_markers"),
        recall_markers=phrases("recall_markers"),
        indefinite_articles=words("indefinite_articles"), count_heads=words("count_heads"),
        definite_singular_endings=tuple(fold(x) for x in lang.load("grammar").get("definite_singular_endings", [])),
        auxiliaries=words("auxiliaries"), genitive_endings=prefixes("genitive_endings"),
        joins=words("joins"), people_participles=prefixes("people_participles"),
        measure_verbs=prefixes("measure_verbs"),
        participle_endings=prefixes("participle_endings"),
        state_verbs=words("state_verbs"), gerund_prepositions=words("gerund_prepositions"), made_of=words("made_of"),
        change_directions=tuple((fold(x), way) for way, stems in (fw.get("change_directions") or {}).items()
                                for x in stems),
        percent_words=words("percent_words"), empty_span_nouns=words("empty_span_nouns"), of_link=fold(fw.get("of_link") or ""),
        measure_content_links=words("measure_content_links"),
        with_link=fold(fw.get("with_link") or ""), item_links=words("item_links"),
        respectively=words("respectively"), place_prepositions=words("place_prepositions"),
        count_place_prepositions=words("count_place_prepositions"), several_markers=words("several_markers"),
        various_words=words("various_words"),
        where_relatives=words("where_relatives"), partitive_bases=words("partitive_bases"),
        means_prepositions=words("means_prepositions"),
        relative_pronouns=words("relative_pronouns"),
        name_joiners=words("name_joiners"), participle_links=words("participle_links"),
        span_openers=phrases("span_openers"), single_skips=prefixes("single_skips"),
        reflexives=words("reflexives"), list_links=words("list_links"), usual_markers=phrases("usual_markers"),
        own_markers=words("own_markers"), own_pronouns=words("own_pronouns"), own_pronoun_after=words("own_pronoun_after"),
        from_link=fold(fw.get("from_link") or ""),
        label_endings=prefixes("label_endings"),
        time_units=frozenset(fold(f) for u in lang.load("units").get("duration", [])
                             for f in u.get("forms", [])),
        unit_symbols=frozenset(str(x) for kind in ("duration", "money", "percent", "measure")
                               for u in lang.load("units").get(kind) or [] for x in u.get("symbols") or []),
        reading_units=frozenset(str(u["unit"]) for u in lang.load("units").get("measure") or [] if u.get("reading")),
        readings_as={str(u["unit"]): ReadingAs(str(u["reading_as"]), tuple(fold(x) for x in u.get("reading_cues") or ()),
                                               frozenset(fold(x) for x in u.get("reading_not_before") or ()))
                     for u in lang.load("units").get("measure") or [] if u.get("reading_as")},
        repeat_markers=phrases("repeat_markers"), rise_markers=phrases("rise_markers"),
        toll_rise_markers=phrases("toll_rise_markers"), partial_markers=phrases("partial_markers"),
        partial_article_markers=prefixes("partial_article_markers"),
        final_article_markers=prefixes("final_article_markers"), progress_words=prefixes("progress_words"),
        period_markers=phrases("period_markers"), unreal_cues=phrases("unreal_cues"),
        period_phrases=tuple((float(days), _phrases(ps)) for days, ps in (fw.get("period_phrases") or {}).items()),
        when_relatives=words("when_relatives"), relatives=words("relatives"),
        clause_coordinators=words("clause_coordinators"),
        at_link=fold(fw.get("at_link") or ""), located_words=words("located_words"),
        money_named_by=words("money_named_by"), money_named_by_not=words("money_named_by_not"),
        negations=words("negations"), denied_events=dict(fw.get("denied_events") or {}),
        price_verbs=prefixes("price_verbs"), price_noun=fold(fw.get("price_noun", "")),
        classifier_nouns=words("classifier_nouns"), time_nouns=words("time_nouns"),
        distance_words=prefixes("distance_words"), margin_after=words("margin_after"),
        age_verbs=words("age_verbs"), age_words=words("age_words"),
        age_links=words("age_links"), age_verb_forms=words("age_verb_forms"), age_units=words("age_units"),
        unnamed_people=frozenset(stem(x) for x in fw.get("unnamed_people", [])),
        happen_verbs=dict(_happen_verb(e) for e in fw.get("happen_verbs", [])),
        generic_happenings=words("generic_happenings"),
        generic_happening_stems=frozenset(stem(x) for x in fw.get("generic_happenings", [])),
        happen_forms=phrases("happen_forms"),
        light_verb_stems=frozenset(stem(x) for x in fw.get("light_verbs", [])))


def _happen_verb(entry: str) -> tuple[str, str]:
    """"se produce" -> ("produce", "se"); "avea loc" -> ("avea", "loc"): the lemma, the word it needs."""
    words = fold(entry).split()
    return (words[1], "se") if words[0] == "se" else (words[0], " ".join(words[1:]))
