"""A figure that only says which kind of thing is meant: "singurul munte de peste 8.000 de metri
neatins de români", "al 8-lea vârf de peste 8000 m", "toate cele 14 vârfuri de peste 8.000 de
metri". The figure completes a noun after "de", and the noun is picked out of its kind by a word of
rules/frames.yml `class_selectors` or an ordinal: the kind is the mountains over 8,000 m, and no
outlet states a height by naming it. Read from the written words, the same in both model modes;
extract/quantities.py asks."""

from __future__ import annotations

import re

from claimcheck.lang.frames import FrameWords
from claimcheck.model import Match
from claimcheck.read.textnorm import fold

# "<selector> [<number>] <noun> de " right before the figure (its qualifier included): the noun
# is one word, as a kind's name is ("munte", "vârfuri")
_BEFORE = re.compile(r"(?P<sel>[^\W\d_]+)(?:\s+\d+)?\s+(?P<noun>[^\W\d_]+)\s+de(?:\s+[^\W\d_]+){0,2}\s+$")
_REACH = 60  # characters read back from the figure


def names_a_kind(text: str, m: Match, ordinal_ends: set[int], w: FrameWords) -> bool:
    """Whether the figure at `m` completes a noun that a selector or an ordinal picks out of its
    kind; `ordinal_ends` are where the article's ordinals end."""
    lo = max(0, m.start - _REACH)
    before = _BEFORE.search(fold(text[lo:m.start]).lower())
    if before is None:
        return False
    if before.group("sel") in w.class_selectors:
        return True
    # "al 8-lea vârf de …": an ordinal ends right before the noun
    noun_start = lo + before.start("noun")
    return any(end <= noun_start and not text[end:noun_start].strip() for end in ordinal_ends)
