"""Where a reading was taken: "iar la Joseni au fost -20 C", "la stația meteo Joseni au fost
minus 23,6 grade Celsius", "38 de grade la Timișoara". A temperature or a rainfall is a fact of
one site and one day: -20 at Joseni and -23 at Brașov are two facts, so the site, named by
any place name (no table of places), is what the figure is of. Without a site the reading is
of nowhere the articles can be held to, and is compared with nothing.

The words decide, not the parse: the same reading holds with and without a model.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimcheck.lang.frames import FrameWords
from claimcheck.read.textnorm import fold

# Lower-case words a site's name may follow inside its phrase ("la stația meteo Joseni").
COMMON_BEFORE_NAME = 2
# Words between a site and the figure it was read at ("la Joseni au fost", "la Miercurea-Ciuc
# termometrele au arătat"): a clause's verb and subject at most.
REACH_BEFORE = 8
REACH_AFTER = 3


def name_at(doc, k: int, end: int) -> list[Token]:
    """The capitalised words from k ("Miercurea Ciuc", "Întorsura Buzăului")."""
    name = []
    while k < end and doc[k].text[:1].isupper() and (doc[k].is_alpha or "-" in doc[k].text):
        name.append(doc[k])
        k += 1
    return name


def _after_preposition(doc, k: int, end: int, w: FrameWords) -> list[Token]:
    """The name of a place phrase that opens at k with a preposition: "la Joseni", "la stația
    meteo Joseni"; [] when k opens none."""
    if fold(doc[k].text) not in w.place_prepositions:
        return []
    j = k + 1
    for _ in range(COMMON_BEFORE_NAME + 1):
        if j >= end:
            return []
        if doc[j].text[:1].isupper():
            return name_at(doc, j, end)
        if j + 2 < end and fold(doc[j].text) == w.of_link and fold(doc[j + 1].text) in w.place_prepositions \
                and j > k + 1:
            # "la stația meteo de la Băneasa": the station's place is the site
            return _after_preposition(doc, j + 1, end, w)
        if not doc[j].is_alpha or not doc[j].is_lower or fold(doc[j].text) in w.function_words:
            return []
        j += 1
    return []


def _follows_figure(doc, k: int, lo: int) -> bool:
    """A figure, with its unit, ends right before token k ("-29 C la …", "30 mm la …"), in the
    same sentence ("-23 C. La Miercurea Ciuc …": "C." may be one token that ends a sentence)."""
    for j in range(k - 1, max(lo, k - 2) - 1, -1):
        if doc[j].like_num:
            return True
        if doc[j].text.endswith((".", "!", "?")):
            return False
    return False


def reading_site(span: Span, w: FrameWords) -> str | None:
    """The site a reading was taken at, folded ("joseni", "miercurea ciuc"); None without one.
    Of several sites joined for one figure ("La Miercurea Ciuc, Poiana Stampei și Făgăraș au
    fost -21 C") the first is taken: each had it."""
    doc, sent = span.doc, span.sent
    lo = max(sent.start, span.start - REACH_BEFORE - 4)
    if span.end < sent.end and doc[span.end].is_lower and not doc[span.end - 1].text.endswith(".") \
            and (right := _after_preposition(doc, span.end, sent.end, w)):
        # "la București, cu 20,6 grade la stația meteo de la Băneasa": the site right after the
        # figure is its own, however near a wider place stands before it (not the next
        # sentence's, which a "-23 C. La Miercurea Ciuc" without a parse may hold)
        return _folded(right)
    best = None
    for k in range(span.start - 1, lo - 1, -1):
        word = fold(doc[k].text)
        if word in w.clause_breaks or word in (";", ".", ":") or doc[k].like_num:
            break
        if (name := _after_preposition(doc, k, span.start, w)):
            if span.start - name[-1].i - 1 > REACH_BEFORE or _follows_figure(doc, k, sent.start):
                # ("-29 C la Întorsura Buzăului, -25,8 C la Târgu Secuiesc": a site right after
                # a figure is that figure's, the list's previous item)
                break
            best = name
            # ("La Miercurea Ciuc, Poiana Stampei și Făgăraș": the list's first place is read
            # from its preposition, nearer names with none are the list's other members)
            break
    if best is None:
        # "38 de grade la Timișoara": the site said right after, or set off by a comma ("+22,4 C,
        # la Turnu Măgurele, au spus meteorologii") unless a figure follows it: then it is the
        # next item's of a list ("-29 C, la Joseni -25 C")
        for k in range(span.end, min(span.end + REACH_AFTER, sent.end)):
            if k == span.end and doc[k].text == ",":
                continue
            if fold(doc[k].text) in (",", ".", ";") or doc[k].like_num \
                    or (doc[span.end].text == "," and k > span.end + 1):
                break  # (past a comma, only a place right after it: not "…, iar la Brașov au fost")
            if (name := _after_preposition(doc, k, sent.end, w)):
                after = name[-1].i + 1
                if k > span.end and doc[span.end].text == "," \
                        and any(t.like_num for t in doc[after:min(after + 2, sent.end)]):
                    break
                best = name
                break
    if best is None:
        # "În zona Crângași, datele au indicat un episod comparabil. Senzorii au înregistrat un
        # vârf de peste 300 µg/m³": a place a sentence opens with is the scene of the readings
        # in it, and of the next sentence's when that names none of its own
        best = _scene(doc, sent, w)
        if best is None and sent.start > 0 and not _names_a_place(doc, sent, w):
            best = _scene(doc, doc[sent.start - 1].sent, w)
    return _folded(best) if best else None


def _scene(doc, sent, w: FrameWords) -> list[Token] | None:
    """The place phrase a sentence opens with: "În zona Crângași, …", "În zona Bulevardului Ion
    Mihalache și a străzii Turda, …"."""
    k = sent.start
    while k < sent.end and (doc[k].is_space or not doc[k].text.strip()):
        k += 1
    name = _after_preposition(doc, k, sent.end, w) if k < sent.end else []
    return name if name and name[-1].i + 1 < sent.end else None


def _names_a_place(doc, sent, w: FrameWords) -> bool:
    """A place phrase anywhere in the sentence: its readings are not the previous scene's."""
    return any(_after_preposition(doc, k, sent.end, w) for k in range(sent.start, sent.end))


def _folded(name: list[Token]) -> str:
    return " ".join(fold(t.text).replace("-", " ") for t in name)
