"""`header_date`: the article's own date when a line starts with it.

Accepted (after optional whitespace, an optional label such as "date", "Data:" and an optional weekday):
`2025-09-03`, `17.06.2024`, `17/06/2024`, `17 iunie 2024`, `June 17, 2024`, `17 June 2024`,
`Marți, 17 iunie 2024`, optionally followed by a clock time. A line that does not *start* with a full
date (day, month and year) is not a header: "La 13 septembrie 2023, președintele..." is body text.
"""

from __future__ import annotations

import re
from datetime import date

from claimcheck.scan.dates import periods as P
from claimcheck.read.textnorm import fold_same_length
from claimcheck.scan.dates.lexicon import get_lexicon, key
from claimcheck.lang.rules import Lang, compiled


@compiled
def _pattern(lang: Lang) -> tuple[re.Pattern[str], dict[str, tuple[int, bool]]]:
    lx = get_lexicon(lang)
    r = lx.rx
    mon = r["month"]
    rx = re.compile(
        rf"\s*(?:(?<!\w)(?:{r['header_label']})(?!\w)\s*:?\s*)?"
        rf"(?:(?<!\w)(?:{r['weekday_any']})\.?,?\s+)?"
        rf"(?:(?P<iy>\d{{4}})-(?P<im>\d\d)-(?P<id>\d\d)"
        rf"|(?P<nd>\d{{1,2}})(?P<ns>[./])(?P<nm>\d{{1,2}})(?P=ns)(?P<ny>\d{{4}})"
        rf"|(?P<d1>\d{{1,2}})(?:{r['ord_suffix']})?\.?\s+(?:(?:{r['linker']})\s+)?(?P<m1>{mon})\.?,?\s+(?P<y1>\d{{4}})"
        rf"|(?P<m2>{mon})\.?\s+(?P<d2>\d{{1,2}})(?:{r['ord_suffix']})?,?\s+(?P<y2>\d{{4}}))(?!\d)"
        # an ISO "T10:30:00+03:00" or ", ora 14:35" after the date belongs to the header, not the title
        rf"(?:(?:t|\s+|,\s*)(?:(?:{r['time_word']})\s+)?\d{{1,2}}:\d\d(?::\d\d)?(?:\.\d+)?(?:z|[+-]\d\d:?\d\d)?(?!\d))?"
        rf"[\s|,;:–—-]*")
    return rx, lx.month_of


def header_date(line: str, lang: Lang | None = None) -> tuple[date, int] | None:
    """(the date, the offset in `line` just after the date and its separator) if `line` starts with a
    full date, else None. The caller takes `line[offset:]` as the title. `lang` is --rules (the
    month and weekday words come from its dates.yml)."""
    rx, month_of = _pattern(lang)
    m = rx.match(fold_same_length(line))
    if m is None:
        return None
    if m.group("iy"):
        y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    elif m.group("ny"):
        y, mo, d = int(m.group("ny")), int(m.group("nm")), int(m.group("nd"))
    elif m.group("y1"):
        y, mo, d = int(m.group("y1")), month_of[key(m.group("m1"))][0], int(m.group("d1"))
    else:
        y, mo, d = int(m.group("y2")), month_of[key(m.group("m2"))][0], int(m.group("d2"))
    if not P.valid(y, mo, d) or y < 1000:
        return None
    return date(y, mo, d), m.end()
