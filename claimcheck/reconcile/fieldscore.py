"""One field's verdict on whether two claims state the same fact: a score in [0, 1] (or None when
one side does not say), a note a person can read (`explain` prints it), and whether it vetoes."""

from __future__ import annotations

from dataclasses import dataclass

VETO = 0.0


@dataclass(frozen=True, slots=True)
class FieldScore:
    field: str
    score: float | None  # None: one side does not say, so the field neither helps nor hurts
    note: str
    veto: bool = False
    # The veto rests on the wording ("călători" vs "pasageri", a noun with no event on one side),
    # not on a fact that sets the two apart (a date, a place, a mood): figures that coincide to
    # the last digit one of them gives may overrule it (see coincidence.py).
    wording: bool = False
