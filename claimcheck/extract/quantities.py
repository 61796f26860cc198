"""Quantity claims: numbers with what they count or measure, in their frame."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc

from claimcheck.model import CHANGE_EVENTS, Article, Claim, Match, Value
from claimcheck.extract.criteria import names_a_kind
from claimcheck.extract.frame import SourceOf, token_span
from claimcheck.extract.dating import date_in, time_before, window_start, words_apart
from claimcheck.extract.count_heads import as_lemma, count_head, count_head_parsed, count_head_reading
from claimcheck.extract import bare, owners
from claimcheck.extract.aged import aged_role
from claimcheck.extract.frames import build_frame, concept_for
from claimcheck.extract.givenfor import brackets, group_after, line_label, teams, topic_label
from claimcheck.extract.periods import day_period, periods_of, range_period
from claimcheck.extract.progress import counting_under_way, says_final
from claimcheck.extract.singles import single_counts
from claimcheck.extract.sites import reading_site
from claimcheck.extract.words import ends_with as _after, next_word, previous_word, words as _words
from claimcheck.lang.frames import frame_words, tables
from claimcheck.lang.rules import Lang, compiled
from claimcheck.read.textnorm import fold
from claimcheck.scan.numbers.rank import rank_rules
from claimcheck.lang.stems import stem, stems_meet

# Kinds of number match that state a checkable quantity. Bare numbers and ordinals do not:
# without a unit or a counted noun there is nothing to line them up by.
CLAIM_KINDS = frozenset({"count", "duration", "money", "percent", "measure", "clock", "minute", "score", "rank"})
AUDIENCE = "attend"  # the event of a count that watched ("în fața a 38.000 de spectatori")


def _standing_or_auxiliary(lang: Lang | None):
    """Whether a word is a verb of standing (rules/numbers.yml `rank_verbs`) or an auxiliary or
    reflexive before one ("s-a clasat", "a ocupat")."""
    w, verbs = frame_words(lang), rank_rules(lang).verbs
    return lambda word: (key := fold(word.rstrip("-")).lower()) in w.auxiliaries | w.reflexives \
        or key.startswith(verbs)


def quantity_claims(doc: Doc, article: Article, matches: list[Match], dates: list[Match],
                    source_of: SourceOf, lang: Lang | None = None) -> list[Claim]:
    claims: list[Claim] = []
    # (spaCy's Doc.text joins every token's text on each access: read once, not per figure,
    # which made a long article's extraction quadratic)
    text = doc.text
    words = _word_lists(lang)
    # (sentence start, counted noun, predicate, people) of the latest count
    last_count: tuple[int, str, str | None, bool | None] | None = None
    last_money: tuple[int, str] | None = None  # (sentence start, currency) of the latest amount
    said_counts: set[tuple[float | None, str]] = set()  # (value, noun stem) of the counts said so far
    last_count_said: dict | None = None  # what the latest count's frame says it counts and of what happening
    said_subject: dict[str, tuple[int, list[str], int]] = {}  # kind -> (sentence start, subject, end) of its last figure
    last_measure: tuple[int, str, list | None] | None = None  # (sentence start, unit, subject)
    periods = periods_of(doc, matches, dates, article.date, lang)
    # "Rezultate parțiale" anywhere in the article: every figure of it is partial ("Rezultatele
    # finale", said not of later ones: every figure of it is final)
    folded = fold(text)
    partial_article = any(p in folded for p in frame_words(lang).partial_article_markers) \
        or counting_under_way(text[article.body_start:], frame_words(lang))
    final_article = says_final(folded, frame_words(lang)) or None
    conditions: set[int] = set()  # offsets of amounts that bound a bracket another figure is for
    # (counts of one said with "un"/"o", read after every real figure: kept only where their
    # verb tells a toll, and never the state a real figure's frame reads)
    singles = single_counts(text, article.body_start, matches, frame_words(lang), tables(lang))
    ordinal_ends = {x.end for x in matches if x.kind == "ordinal"}
    for m in matches + singles:
        if m.start < article.body_start:
            continue
        if m.kind in ("count", "measure", "money", "number") and names_a_kind(text, m, ordinal_ends, frame_words(lang)):
            continue  # "singurul munte de peste 8.000 de metri": which kind, no fact of it
        span = token_span(doc, m.start, m.end)
        if span is None:
            continue
        sent = span.sent
        noun_span = None
        inherited = None
        elided = None  # the subject of the measure whose unit an elliptic figure takes
        compared = False
        another = False
        kind = m.kind
        if kind == "count" and last_count is not None and last_count[0] >= _previous_sentence_start(sent) \
                and (cut := bare.participle_for_noun(doc, m, lang)) is not None:
            # "21 de persoane (4 aflate în autoturism și 17 în microbuz)": "aflate" is what is
            # said of the people, not what is counted; the figure counts the noun its sentence
            # said before ("Au fost 4 evacuați" alone keeps its word: the evacuated)
            m, kind = cut, "number"
            span = token_span(doc, m.start, m.end)
        prior_count = last_count  # (this figure may become the latest count below)
        # "zece persoane, dintre care cinci", "10 oameni, între care 7 copii": a share of a count
        part = _after(text, m.start, frame_words(lang).partitive_before) \
            or _after(text, m.start, frame_words(lang).remain_before)
        if last_money is not None and last_money[0] == sent.start and (cut := bare.before_definite(doc, m, lang)):
            # "100.000 de euro aurul, 50.000 argintul": a count never takes a noun with the
            # article; the figure is an amount in the currency said before, for that noun
            kind, m = "money", replace(cut, kind="money", value=replace(m.value, unit=last_money[1]))
            span = token_span(doc, m.start, m.end) or span
        elif last_money is not None and last_money[0] == sent.start and bare.money_ellipsis(m, text, lang):
            # "31 de milioane de euro: 25 de milioane sumă fixă și șase milioane ca bonusuri"
            kind, m = "money", replace(m, kind="money", value=replace(m.value, unit=last_money[1]))
        elif last_measure is not None and last_measure[0] == sent.start and bare.measure_ellipsis(m, text) \
                and not bare.labels_noun(span, lang):
            # "un debit de până la 0,5 metri cubi pe secundă, azi dimineață avea peste 50."
            kind, m = "measure", replace(m, kind="measure", value=replace(m.value, unit=last_measure[1]))
            elided = last_measure[2]
        # "…, numărul unităților ajungând astfel la 26": a count head names what the figure counts
        # more surely than the count said before it
        counted = None
        if kind == "number":
            counted = count_head(text, sent.start_char, m.start, lang)
            if counted == "":
                # "19.101 contestații – mai puține decât în 2024, când numărul a fost de peste
                # 27.000": a head with no noun of its own counts what was just counted
                recent = last_count is not None and last_count[0] >= _previous_sentence_start(sent)
                counted = last_count[1] if recent else None
            counted = counted or count_head_parsed(span, lang)
        own_verb = False
        if kind == "count" and m.attrs.get("noun_start") is not None:
            noun_span = (m.attrs["noun_start"], m.attrs["noun_end"])
        elif kind == "measure" and m.attrs.get("product_start") is not None:
            # "81.000 de kilometri de fir de oțel", "2,5 milioane de tone de rapiță": what the
            # measure is of, never what its sentence measured before it
            noun_span = (m.attrs["product_start"], m.attrs["product_end"])
        elif kind == "number" and m.attrs.get("fraction") and bare.partitive_noun(text, m, words):
            # "mai mult de jumătate din profitul total", "un sfert dintre angajați": a fraction of
            # a whole is a share of it, said loosely, never a count of half a profit
            m = bare.as_share(m)
            kind = "percent"
            span = token_span(doc, m.start, m.end) or span
        elif kind == "number" and not counted and (of_whom := bare.partitive_noun(text, m, words)):
            # "șapte dintre pacienți sunt decedați": it counts patients, a part of those the article
            # names, with a verb of its own ("unul dintre organizatori" is one person, no figure)
            noun_span, kind, part, own_verb = of_whom, "count", True, True
        elif kind == "number" and not counted and m.value.qualifier != "range" and last_count is not None \
                and last_count[0] >= _previous_sentence_start(sent):
            # (a bare range is a score, "România - Elveția 36-24", far more often than an ellipsis)
            follower = next_word(text, m.end)
            rest = text[m.end:m.end + 40].split()
            if follower in words["partitive"]:
                if len(rest) > 1 and fold(rest[1].strip(",.;:")) in words["pronouns"]:
                    inherited, kind, part = last_count[1], "count", True  # "2.000 dintre ei"
            elif len(rest) > 1 and (follower in frame_words(lang).list_links or follower in ("-", ",")) and rest[1][:1].isdigit():
                pass  # "de 12 și 17 ani", "(28, 36 și 61 de ani)": a list sharing the unit after its last figure
            elif part:
                inherited, kind = last_count[1], "count"  # "zece persoane, dintre care cinci"
            elif last_count[0] == sent.start and _after(text, m.start, frame_words(lang).comparison_markers):
                # "32 de note de 10 (față de 23 înainte de contestații)": the same count, as it
                # was before or elsewhere; never the same fact as the figure it is compared with
                inherited, kind, compared = last_count[1], "count", True
            elif bare.designated(doc, span, m, lang) and not _after(text, m.start, frame_words(lang).elliptic):
                pass  # "489 au obținut nota 10", "note mai mari de 5": a grade, not a count of pupils
            elif follower in words["ellipsis"] or bare.elliptic(doc, m, span, lang) or bare.participle_at(doc, span.end, m.end):
                inherited, kind = last_count[1], "count"
                # "au fost reconectate 86.000 și mai rămân alte 114.000": another group, never
                # the first count corrected
                another = _after(text, m.start, frame_words(lang).elliptic)
        if kind == "number" and counted:
            # "Numărul deceselor a ajuns la 5", "bilanțul morților a urcat la 5"
            inherited, kind = as_lemma(sent, counted), "count"
            head_event, head_phrase = count_head_reading(_words(text[sent.start_char:m.start]), counted, lang)
        else:
            head_event = counted = None  # (an elliptic count took the noun said before it)
        if kind not in CLAIM_KINDS:
            continue
        frame = build_frame(doc, m.attrs.get("core_start", m.start), m.end, noun_span, lang, kind, m.start)
        frame.partial = frame.partial or partial_article or None
        frame.final = final_article
        if head_event:
            # "Numărul persoanelor intoxicate a ajuns la 67": what happened to them is said by the
            # words after the counted noun; "a ajuns", "a crescut" only say the total moved
            frame.event = head_event
        if m.attrs.get("weak") and (frame.event not in tables(lang).tolls or frame.negated or inherited):
            continue  # "un bărbat a declarat": the article, no count
        if counted:
            # what narrows it is what "de" joins to it ("numărul cazurilor de gripă"); a place or
            # a scene after it ("la nunta din Ivănești") says where, not what is counted
            frame.subject = head_phrase
            frame.total = True
        value = m.value
        if kind == "count":
            frame.noun = frame.noun or inherited
            if frame.noun is None:
                continue  # a number with nothing named to count
            if inherited and prior_count is not None and inherited == prior_count[1]:
                # "nouă copii …, dintre care șapte au decedat": people, as the count they are of
                frame.people = frame.people or prior_count[3]
            if not inherited or counted:
                # (a count head names its noun itself: "Numărul persoanelor intoxicate a ajuns la
                # 67. Dintre acestea, 45 au fost transportate la spital")
                last_count = (sent.start, frame.noun, frame.predicate, frame.people)
                # "din 97,89% din secții …, cu peste 3,57 milioane de voturi, echivalentul a
                # 40,21%": a count with its own noun between two figures ends what the first
                # one measured; the later share is of that count, not of the sections
                said_subject = {k: v for k, v in said_subject.items() if v[0] != sent.start}
                last_count_said = {k: v for k, v in (("subject", frame.subject), ("predicate", frame.predicate),
                                                     ("event", frame.event), ("object", frame.object)) if v}
            said_key = (m.value.low, stem(frame.noun))
            definite = previous_word(text, m.start) in words["anaphoric"]
            # ("toți cei nouă oameni de la bord", "celor 9 români care au murit": all of them, or
            # the ones a clause says what befell: how many, not a pointer back)
            whole = definite and (previous_word(text, text.rfind(" ", 0, m.start - 1) + 1) in words["whole"]
                                  or (noun_span is not None
                                      and next_word(text, noun_span[1]) in frame_words(lang).relatives))
            if definite and not whole and not m.attrs.get("qualifier_text") \
                    and (m.value.low is None or m.value.low <= REFERENCE_MAX or said_key in said_counts):
                # "cei doi lideri": a reference back, not a claim; but a reference does not hedge
                # ("evacuarea tuturor celor peste 300 de elevi" says how many, loosely), and "cei
                # 176 de pasageri au fost cazați" is how many, unless the article said it before
                continue
            said_counts.add(said_key)
            if definite:
                frame.total = True  # ("cei 176 de pasageri": all of them, the whole number)
            value = replace(value, unit=frame.noun)
        if kind == "money" and value.unit:
            last_money = (sent.start, value.unit)
        fd = frame.to_dict()
        fd["quantity"] = kind
        if elided:
            fd["subject"] = elided
        if kind in ("percent", "money", "measure"):
            said = said_subject.get(kind)
            if not fd.get("subject") and said and said[0] == sent.start \
                    and not _clause_break(text[said[2]:m.start], lang):
                # "Rata de promovare a fost de 74,3% inițial, apoi a crescut la 76,5%": a later
                # figure of its sentence with no noun of its own measures what the first one did
                # (not past "iar", which opens a clause of another subject: "Prețul benzinei a
                # ajuns la 7,49 lei, iar motorina costă 7,82 lei")
                fd["subject"] = said[1]
            elif fd.get("subject") and not _after(text, m.start, frame_words(lang).source_markers):
                said_subject[kind] = (sent.start, fd["subject"], m.end)
        if kind == "measure" and (read_as := frame_words(lang).readings_as.get(value.unit)) \
                and any(x.startswith(read_as.cues) for x in _words(fold(sent.text))) \
                and not set(_words(fold(text[m.end:m.end + 12]))[:1]) & read_as.not_before:
            value = replace(value, unit=read_as.unit)  # "22,4 grade" of the weather: "+22,4 C"
        if kind == "measure" and value.unit in frame_words(lang).reading_units \
                and (site := reading_site(span, frame_words(lang))):
            fd["site"] = site
            if fd.get("owner") and fd["owner"] in site:
                # (without a parse the nearest name is the site's: "la Întorsura Buzăului")
                fd.pop("owner"), fd.pop("owner_given", None)
            # The unit says what is read, the site where: the sentence's subject is most often
            # the day's ("Noaptea … a adus cele mai scăzute temperaturi, iar la Joseni au fost -20 C")
            fd.pop("subject", None), fd.pop("subject_text", None)
        if kind == "measure" and value.unit and not bare.multiple(value.unit):
            last_measure = (sent.start, value.unit, fd.get("subject"))
        from_to = bool(m.attrs.get("from_to")) and value.high is not None
        reached = frame.event in CHANGE_EVENTS \
            and (from_to or (value.qualifier == "at_most" and _reached_after_change(text, m.start, m.end, lang)))
        if reached:
            # "crește de la 3.700 de lei la 4.050 de lei" is no range: the figure is the new value
            if from_to:
                fd["from"] = value.low
            value = replace(value, low=value.high, qualifier="exact")
            # the value a change reaches is a level of what changed ("creșterea punctului de pensie
            # cu 13%, până la 2.296 de lei"; "… cu 12,5%, de la 2.032 la 2.286 de lei")
            fd["role"] = "level"
            if not fd.get("subject"):
                fd["subject"] = next((said[1] for said in said_subject.values() if said[0] == sent.start), None)
        if fd.get("role") == "change down" and value.high is not None and value.low is not None and value.high < 0:
            # "scăderi de -26,3%": the fall's size, as another outlet's "a scăzut cu 26,4%" says it
            value = replace(value, low=-value.high, high=-value.low)
        own_period = sent.start in periods and _period_is_own(periods[sent.start], m, matches, dates, sent, text)
        if kind != "duration" and own_period:
            # "deficit de 108,87 miliarde lei în primele zece luni": a total over ten months is not
            # the one over eleven
            fd["period"] = periods[sent.start].seconds
        if another:
            fd["another"] = True
        elif not inherited and ((kind == "count" and _after(text, m.start, frame_words(lang).elliptic))
                                or (kind == "money" and _after(text, m.start, frame_words(lang).money_increments))):
            # "încă cinci spitale au fost atacate": more of them, on top of a total said elsewhere
            # ("mai trebuie încă 5.168.826 de euro": what is still wanted, not the sum given)
            fd["increment"] = True
        if compared:
            fd["previous"] = True
            # (what it counts and what happened to it are the compared count's)
            for key, said in (last_count_said or {}).items():
                fd[key] = said
            fd.pop("part", None)
        if inherited or own_verb:
            fd["noun_from"] = "partitive" if part else "ellipsis"
        if part or fd.get("part"):
            fd["part"] = True  # a share of a count said before: only ever the same fact as another share
            if kind == "count" and not inherited and prior_count is not None and prior_count[0] == sent.start \
                    and fd.get("noun") and not stems_meet(stem(fd["noun"]), stem(prior_count[1])):
                # "58 de persoane, dintre care 14 copii": a kind within the whole, named
                fd["kind_of"] = prior_count[1]
            # "dintre care trei" shares the whole's verb; "două au suferit arsuri" has its own, and
            # may count the same people as another source's "patru persoane au suferit arsuri"
            # (without a parse the window may take "răniți" of "patru dintre răniți" for the verb)
            # (a count head's figure is itself the latest count: compare with the one before it)
            whole = prior_count if counted else last_count
            if frame.predicate and ((own_verb and stem(frame.predicate) != stem(frame.noun or ""))
                                    or (whole is not None and frame.predicate != whole[2])):
                fd["own_predicate"] = True
        if m.attrs.get("approx"):
            fd["approx"] = True
        if m.attrs.get("nearly"):
            fd["nearly"] = True
        if m.attrs.get("around"):
            fd["around"] = True
        if m.attrs.get("step"):
            fd["step"] = m.attrs["step"]
        if article.date is not None:
            fd["article_date"] = article.date.isoformat()
        if kind == "count" and _after(text, m.start, frame_words(lang).audience_before):
            # "în fața a 38.000 de spectatori": the audience of what the clause tells
            for key in ("predicate", "object", "owner", "owner_given", "ranked", "actor", "actor_text"):
                fd.pop(key, None)
            fd["event"] = AUDIENCE
        if kind == "rank":
            # whose place it is and in which ranking, as the apposition says (scan/numbers/rank.py);
            # a place said with a verb is its clause's owner's, and nobody's place is no claim
            fd["ranking"] = m.attrs["ranking"]
            if not m.attrs.get("verbal"):
                fd["owner"] = m.attrs["owner"]
                fd.pop("owner_given", None)
            else:
                if (name := owners.rank_owner(span, _standing_or_auxiliary(lang))) is None:
                    continue
                fd["owner"], fd["owner_given"] = owners.split_name(name)
        if kind == "score":
            fd["teams"] = teams(text, m.start, sent.start_char, sent.end_char, frame_words(lang).function_words)
        if label := line_label(text, m.start) or topic_label(text, m.start, frame_words(lang).topic_openers):
            fd["label"] = label
        if group := group_after(text, m.end, frame_words(lang).group_openers,
                                frame_words(lang).function_words):
            fd["group"] = group
        # (a figure's sentence by offset, not by scanning every figure and date of the article)
        bracket, edges = brackets(m, _between(matches, sent.start_char, sent.end_char), sent.start_char, sent.end_char, text,
                                  frame_words(lang).bracket_upper_before, frame_words(lang).bracket_lower_before)
        if bracket:
            fd["bracket"] = bracket
            conditions.update(edges)
        label_start = window_start(sent, text)
        when = date_in(label_start, sent.end_char, _between(dates, label_start, sent.end_char), m,
                        _between(matches, label_start, sent.end_char), text, lang)
        if when is None:
            when = time_before(sent, text, m.start, dates, lang)
        if when is not None:
            fd["time"] = when.value.to_dict()
            fd["time_text"] = when.text
        if frame.recalled and fd.get("aside") and article.date is not None \
                and any(d.value.low is not None and 0 <= (article.date - d.value.low).days <= RECALL_DAYS
                        for d in _between(dates, sent.start_char, sent.end_char)):
            # "Amintim că, joi, după surparea unei galerii, trei mineri au rămas blocați mai mult
            # de 12 ore": a paragraph that recalls a day of this week recalls this story (but not
            # one that names another happening: "Amintim că, joi, un alt accident …")
            del fd["aside"]
        if kind != "duration" and "period" not in fd and (months := range_period(when)):
            fd["period"] = months
        elif kind == "count" and "period" not in fd and (day := day_period(when)):
            fd["period"] = day
        period = periods.get(sent.start) if kind != "duration" and own_period else None
        if period is not None and period.window and _within(period.window, when):
            # "în primele zece luni ale anului 2025": the ten months, not the whole year
            fd["time"] = Value(*period.window, unit="date").to_dict()
            fd["time_text"] = period.text
        concept = concept_for(kind, frame, lang, value.unit if value is not None else None)
        noun_event = (tables(lang).noun_events or {}).get(concept or "")
        if noun_event and frame.noun and tables(lang).concepts_by_noun.lookup(frame.noun) == concept:
            fd["event"] = noun_event  # "Cinci morți și … pacienți evacuați": the dead died
        source, hedge = source_of(m.start)
        if fd.get("owner") and source and fd["owner"] in fold(source):
            fd.pop("owner_given", None)
            del fd["owner"]  # "potrivit Gazzetta dello Sport": who reports a figure does not own it
            if fd.get("age") and span is not None and (role := aged_role(span, frame_words(lang))) is not None:
                # ("Conform IPJ Arad, locomotiva era condusă de mecanicul de serviciu, un bărbat
                # cu vârsta de 51 de ani": with the source set aside, the age is the role's)
                fd["aged"] = role
        claims.append(article.claim(
            "quantity", m.start, m.end,
            source=source,
            hedge=hedge,
            sentence=sent.text.strip(),
            value=value,
            concept=concept,
            frame=fd,
            id_key=kind,
        ))
    # "cu pensii între 2.001 și 3.000 de lei … 600 de lei": the bracket says whose, it is no fact
    return [c for c in claims if c.start not in conditions] if conditions else claims


# A handful after "cei"/"cele" is the people or things just named ("cei doi lideri"); a larger
# count is how many, unless the article gave it before.
REFERENCE_MAX = 10

def _previous_sentence_start(sent) -> int:
    doc = sent.doc
    if sent.start == 0:
        return 0
    return doc[sent.start - 1].sent.start


# Days before its article within which a recalled day is the story's own ("Amintim că, joi, …").
RECALL_DAYS = 7


def _between(ordered: list[Match], lo: int, hi: int) -> list[Match]:
    """The matches that start in [lo, hi), of a list sorted by start (as the scanners give them)."""
    return ordered[bisect_left(ordered, lo, key=_start):bisect_left(ordered, hi, key=_start)]


def _start(m: Match) -> int:
    return m.start


def _period_is_own(period, m: Match, figures: list[Match], dates: list[Match], sent, text: str) -> bool:
    """Whether the period a sentence names is the figure's: "…, o rată de participare de 95,6%,
    situată la aceleași valori consemnate în ultimii 5 ani" is the rate's five years, not the
    152.233 candidates' said before it. A period said by no figure ("în primele zece luni" as
    words) is every figure's of the sentence."""
    if period.at is None:
        return True

    def dist(f: Match) -> int:
        return words_apart(text[f.end:period.at] if f.end <= period.at else text[period.at:f.start])

    others = [f for f in figures if f is not m and sent.start_char <= f.start < sent.end_char
              and f.start != period.at and f.kind not in ("duration", "clock")
              and not any(d.start <= f.start < d.end for d in dates)]
    return not any(dist(f) < dist(m) for f in others)


def _within(window, when: Match | None) -> bool:
    """Whether a period's dates say more than the figure's own date (none, or a year around them)."""
    if when is None:
        return True
    lo, hi = when.value.low, when.value.high
    return lo is not None and hi is not None and lo <= window[0] and window[1] <= hi


@compiled
def _word_lists(lang: Lang) -> dict[str, frozenset[str]]:
    cc = lang.load("concepts")
    return {key: frozenset(fold(w) for w in cc.get(name, []))
            for key, name in (("anaphoric", "anaphoric_determiners"), ("whole", "whole_determiners"),
                              ("partitive", "partitive_words"),
                              ("ellipsis", "ellipsis_followers"), ("pronouns", "partitive_pronouns"))}


def _reached_after_change(text: str, start: int, end: int, lang: Lang | None) -> bool:
    """"cu 13%, până la 2.296 de lei": after a change's figure and its comma, the value it reaches."""
    if not text[:start].rstrip().endswith(","):
        return False
    words = tuple(fold(text[start:end]).split())
    return any(words[:len(p)] == p for p in frame_words(lang).reached_after_change)


def _clause_break(between: str, lang: Lang | None) -> bool:
    """A word that opens another clause (rules/frames.yml clause_breaks: "iar", "dar", ";")."""
    breaks = frame_words(lang).clause_breaks
    return any(w in breaks for w in fold(between).replace(";", " ; ").split())
