"""The subject field of a pair: what two figures measure or count, and whose.

matching.score_pair asks this module whether two claims' nouns, the words that narrow them, the
marks a block set on them (a part, a kind set apart, a value of one thing) and the role of a
percentage (a change, a share, a level) let them state one fact. Kept apart from matching.py,
which weighs the fields, so that each field's reading is one module's job.
"""

from __future__ import annotations

from claimcheck.extract.valued import value_relation
from claimcheck.lang.frames import tables
from claimcheck.lang.rules import Lang
from claimcheck.lang.stems import same_modifiers, same_subject, stem, stems_meet
from claimcheck.model import Claim
from claimcheck.reconcile.fieldscore import VETO, FieldScore
from claimcheck.reconcile.givenfor import brackets_apart, groups_apart, items_apart
from claimcheck.reconcile.verdicts import smaller_part

# Two periods within 5% are one ("primele 11 luni" of 30 days each and "ianuarie–noiembrie", 334
# days); ten months against eleven differ by 9%.
PERIOD_TOLERANCE = 0.05


def narrowed_alike(a: Claim, b: Claim) -> bool:
    """A word narrows the counted noun on both sides: "cazuri de infecții respiratorii", "persoane
    (aflate) la bord"."""
    ma, mb = (a.frame.get("subject") or [])[1:], (b.frame.get("subject") or [])[1:]
    return any(stems_meet(x, y) for x in ma for y in mb)


def same_holder(a: Claim, b: Claim) -> bool:
    """"un autocar cu 30 de persoane" and "un autocar cu 32 de persoane": both say whose they are."""
    ha, hb = a.frame.get("holder"), b.frame.get("holder")
    return bool(ha and hb and stems_meet(ha, hb))


def same_owner(a: Claim, b: Claim) -> bool:
    """One name on both sides: the same surname, and given names that share a word when both
    sides give any ("Nicușor Dan", "Nicușor-Daniel Dan", "Dan"; not "Kent Blue", "Rothmans Blue")."""
    if a.frame.get("owner") != b.frame.get("owner"):
        return False
    ga, gb = set(a.frame.get("owner_given") or ()), set(b.frame.get("owner_given") or ())
    return not (ga and gb) or bool(ga & gb)


def _same_predicate(a: Claim, b: Claim) -> bool:
    pa, pb = a.frame.get("predicate"), b.frame.get("predicate")
    if not (pa and pb and stems_meet(stem(pa), stem(pb))):
        return False
    oa, ob = a.frame.get("object"), b.frame.get("object")
    return not (oa and ob) or stems_meet(oa, ob)


def _same_event(a: Claim, b: Claim) -> bool:
    """Both frames name one event class ("au decedat", "decese": die)."""
    ea = a.frame.get("event")
    return bool(ea) and ea == b.frame.get("event")


def _roles_differ(ra: str | None, rb: str | None) -> bool:
    """A change, a share and a level are three facts; a change of unknown direction may be
    either a rise or a fall, but a rise is not a fall."""
    if not ra or not rb or ra == rb:
        return False
    if ra.startswith("change") and rb.startswith("change"):
        return {ra, rb} == {"change up", "change down"}
    return True


def subject_field(a: Claim, b: Claim, lang: Lang | None) -> FieldScore:
    """What is measured, and against what: the noun phrase ("energia electrică" vs "energia
    termică"), the base of a rate ("în ritm anual" vs "față de luna precedentă"), the item of a
    list and the bracket of a scale it is given for."""
    for apart in (items_apart(a, b), brackets_apart(a, b), groups_apart(a, b)):
        if apart is not None:
            return FieldScore("subject", VETO, apart, veto=True)
    qa, qb = a.frame.get("period"), b.frame.get("period")
    if qa and qb and abs(qa - qb) > PERIOD_TOLERANCE * max(qa, qb):
        return FieldScore("subject", VETO, "totals over periods of different lengths (\"în primele N luni\")", veto=True)
    if bool(a.frame.get("repeat")) != bool(b.frame.get("repeat")):
        return FieldScore("subject", VETO, "a second time (\"din nou\") vs the first", veto=True)
    if a.frame.get("quantity") == "clock":
        return FieldScore("subject", None, "a time of day: what happened decides (see event)")
    if (a.frame.get("age") and b.frame.get("age")) or (a.frame.get("timed") and b.frame.get("timed")):
        # "asistenta Maria Ionescu, de 41 de ani" and "în vârstă de 44 de ani": the one named decides
        return FieldScore("subject", None, "an age or a time of one named: whose it is decides (see actor)")
    if a.kind == "date" and not a.concept:
        return FieldScore("subject", None, "a date: its happening decides (see event)")
    ba, bb = a.frame.get("base"), b.frame.get("base")
    if ba and bb and ba != bb:
        return FieldScore("subject", VETO, f"against {ba} vs against {bb}", veto=True)
    part = a if a.frame.get("part") else b
    if bool(a.frame.get("part")) != bool(b.frame.get("part")) \
            and not (part.frame.get("own_predicate") and (_same_predicate(a, b) or _same_event(a, b))) \
            and not (part.frame.get("kind_of") and _same_noun(a, b)):
        # "Patru persoane au fost rănite – două au suferit arsuri": the two are not the four; but
        # "două au suferit arsuri" and "patru persoane au suferit arsuri" count the same people,
        # and "58 de persoane, dintre care 14 copii" counts children as "10 copii" does; "nouă
        # copii infectați, dintre care șapte au decedat" counts the dead as "șase decese" does.
        return FieldScore("subject", VETO, "a part vs a whole", veto=True)
    if bool(a.frame.get("aside")) != bool(b.frame.get("aside")):
        return FieldScore("subject", VETO, "one is from a paragraph about another happening", veto=True)
    if bool(a.frame.get("increment")) != bool(b.frame.get("increment")):
        return FieldScore("subject", VETO, "more of them (\"încă\", \"alte\") vs a total", veto=True)
    if bool(a.frame.get("several")) != bool(b.frame.get("several")):
        return FieldScore("subject", VETO, "a sum over several happenings (\"în accidente separate\") vs one's",
                          veto=True)
    if bool(a.frame.get("stock")) != bool(b.frame.get("stock")):
        return FieldScore("subject", VETO, "how many there are vs a count of what happened", veto=True)
    if bool(a.frame.get("usual")) != bool(b.frame.get("usual")):
        return FieldScore("subject", VETO, "what usually holds vs this time's value", veto=True)
    if bool(a.frame.get("own")) != bool(b.frame.get("own")) \
            or (a.frame.get("own") and a.speaker and b.speaker and a.speaker != b.speaker):
        # "Gradul nostru de ocupare este de 100%", says a hotel's manager: her hotel's figure,
        # not the resort's nor another speaker's hotel's
        return FieldScore("subject", VETO, "a speaker's own figure (\"nostru\", \"la noi\") vs "
                                           + ("another's" if a.frame.get("own") and b.frame.get("own") else "the whole's"),
                          veto=True)
    if bool(a.frame.get("previous")) != bool(b.frame.get("previous")) and a.article != b.article:
        # (within one article, a value before a change and the one after it are an update)
        return FieldScore("subject", VETO, "a value before a change vs one after it", veto=True)
    if b.article in (a.frame.get("lists_apart") or ()):
        # ("Marea Britanie, cu 466 de puncte" … and "După votul juraților, Marea Britanie a
        # primit 283 puncte" …: marks.mark_lists_apart)
        return FieldScore("subject", VETO, "two lists of the same names that disagree on every one: two measures",
                          veto=True)
    pa, pb = a.frame.get("per"), b.frame.get("per")
    said = {"hour", "day", "week", "inhabitants"}
    if (pa and pb and pa != pb) or (bool(pa) != bool(pb) and said & set(pa or pb)):
        # (an amount per hour or per day says so; one that does not is not per hour; nor is a
        # count a rate per million inhabitants)
        return FieldScore("subject", VETO, f"per {'/'.join(pa or ['-'])} vs per {'/'.join(pb or ['-'])}", veto=True)
    ra, rb = a.frame.get("role"), b.frame.get("role")
    if _roles_differ(ra, rb):
        return FieldScore("subject", VETO, f"a {ra} vs a {rb}", veto=True)
    wa, wb = a.frame.get("member_of"), b.frame.get("member_of")
    if (wa or wb) and not (wa and wb and stems_meet(wa, wb)):
        # "o echipă pedestră formată din 11 salvatori": that team's members, a part of "două
        # echipe, totalizând 15 salvatori"; however alike the nouns ("salvatori montani")
        return FieldScore("subject", VETO, f"members of {wa or '-'} vs of {wb or '-'}", veto=True)
    ha, hb = a.frame.get("holder"), b.frame.get("holder")
    if ha and hb and not stems_meet(ha, hb):
        return FieldScore("subject", VETO, f"held by {ha} vs by {hb}", veto=True)
    if bool(ha) != bool(hb) and a.frame.get("quantity") == "count" and not narrowed_alike(a, b):
        # "un microbuz cu 14 persoane" is not "60 de persoane au rămas blocate"; "o ambarcațiune cu
        # 13 persoane la bord" and "cu 14 persoane la bord" say alike where they were
        return FieldScore("subject", VETO, f"held by {ha or hb} vs said of nothing", veto=True)
    va, vb = a.frame.get("value_of"), b.frame.get("value_of")
    if va and vb and (relation := value_relation(va, vb)) != "same":
        # "populația feminină a fost de 9.777.000 persoane" and "populația … de 19.036.031 de
        # persoane" count persons, but are the values of two things (extract/valued.py). One word
        # more is the same thing said more fully ("sporul natural negativ", -100.900, and "sporul
        # natural", -102.000) unless the narrower one is clearly the smaller: then a part.
        if relation is None:
            return FieldScore("subject", VETO, f"the value of {' '.join(va)} vs of {' '.join(vb)}", veto=True)
        narrow, broad = (a, b) if relation == "a" else (b, a)
        if smaller_part(narrow.value, broad.value):
            return FieldScore("subject", VETO, f"{' '.join(narrow.frame['value_of'])}: a part of "
                                               f"{' '.join(broad.frame['value_of'])}", veto=True)
    if _split_apart(a, b):
        return FieldScore("subject", VETO, f"{a.value.unit} vs {b.value.unit}: one kind of a group said "
                                           "in parts (\"27 de adulți și 10 copii\")", veto=True)
    if (kept := _set_apart(a, b)) is not None:
        return FieldScore("subject", VETO, f"{kept}: a kind an article gives a figure of its own", veto=True)
    if a.frame.get("quantity") == "count":
        # The block already holds one concept or noun ("militari", "soldați"); what narrows it
        # ("cazuri de gripă" vs "cazuri de infecții respiratorii") may still set two counts apart.
        ma, mb = (a.frame.get("subject") or [])[1:], (b.frame.get("subject") or [])[1:]
        if not ma and not mb:
            return FieldScore("subject", None, "a count: its noun says what is counted")
        if same_modifiers(ma, mb):
            if bool(ma) != bool(mb):
                # "2.400 de militari francezi" among "peste 5.000 de militari": one word more is
                # the same thing said more fully, unless the narrower count is clearly the smaller
                narrow, broad = (a, b) if ma else (b, a)
                if smaller_part(narrow.value, broad.value):
                    return FieldScore("subject", VETO, f"{' '.join(ma or mb)}: a part of the whole count", veto=True)
            return FieldScore("subject", 1.0, f"{' '.join(ma) or '-'} ~ {' '.join(mb) or '-'}")
        return FieldScore("subject", VETO, f"{' '.join(ma)} vs {' '.join(mb)}: different things counted", veto=True, wording=True)
    sa_, sb_ = a.frame.get("subject") or [], b.frame.get("subject") or []
    if a.concept and b.concept and a.concept not in tables(lang).generic \
            and not (sa_ and sb_ and stems_meet(sa_[0], sb_[0])):
        # A concept from rules/concepts.yml already says what is measured; the phrases around it
        # vary far more than the fact ("durata marșului", "protestul a durat"). Only one noun
        # said with different qualifiers still tells two facts apart ("rata anuală a inflației"
        # against "… calculată pe baza indicelui armonizat").
        return FieldScore("subject", None, f"both {a.concept} (rules/concepts.yml)")
    same = same_subject(sa_, sb_)
    if same is None:
        if a.concept and a.concept in tables(lang).generic and not (a.frame.get("owner") and same_owner(a, b)):
            # "o creștere de 13%" and "o creștere de 19,4%": growths of what? Unsaid on one side,
            # nothing says they are one fact. (One named on both sides, "Timiș, cu 17,1%" and
            # "Timiș, o creștere de 7,4%", is the growth of that one's figure the story tells.)
            return FieldScore("subject", VETO, f"a {a.concept} of what is not said on both sides", veto=True, wording=True)
        return FieldScore("subject", None, "what is measured is not named on both sides")
    sa, sb = " ".join(a.frame["subject"]), " ".join(b.frame["subject"])
    if same:
        return FieldScore("subject", 1.0, f"both measure {sa!r} ~ {sb!r}")
    return FieldScore("subject", VETO, f"{sa!r} vs {sb!r}: different things measured", veto=True, wording=True)


def _set_apart(a: Claim, b: Claim) -> str | None:
    """The modifier one side has and the other lacks that some article sets apart as a kind of
    their noun ("pensiile militare" beside "pensiile", reconcile/marks.mark_contrasts)."""
    sa, sb = a.frame.get("subject") or [], b.frame.get("subject") or []
    if not sa or not sb or sa[0] != sb[0]:
        return None
    marked = set(a.frame.get("contrasted") or ()) | set(b.frame.get("contrasted") or ())
    differ = {m.lstrip("+") for m in set(sa[1:]) ^ set(sb[1:])}
    return next((f"{sa[0]} {m}" for m in sorted(differ & marked)), None)


def _same_noun(a: Claim, b: Claim) -> bool:
    na, nb = a.frame.get("noun"), b.frame.get("noun")
    return bool(na and nb and stems_meet(stem(na), stem(nb)))


def _split_apart(a: Claim, b: Claim) -> bool:
    """A count said beside the other kinds of its group (extract/coordinated.py) is that kind's
    only: never another noun's count, however both name people."""
    return bool(a.frame.get("split") or b.frame.get("split")) and not _same_noun(a, b)


def valued_alike(a: Claim, b: Claim) -> bool:
    """Both counts are the value of one thing: "personalul companiei a fost de 4.310 persoane" and
    "un personal de 4.350 de persoane" (extract/valued.py): that names the fact, with no event."""
    va, vb = a.frame.get("value_of"), b.frame.get("value_of")
    return bool(va and vb) and value_relation(va, vb) == "same"
