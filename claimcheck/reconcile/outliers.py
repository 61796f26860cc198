"""An article that contradicts itself, against the outlets that agree with it once.

One article's two values of one fact are most often two facts the frames could not tell apart
(blocks._Block.unsure), so neither is compared. But when the article gives both a value and
another that two or more other outlets give alone ("Timiș, cu 17,1%" in a ranking, then "Timiș,
… creștere de 7,4%"; two other outlets say 7,4%), its odd value is the one to check: the
consensus of the others says which fact the frame is. Counts are left out (an article telling a
toll that grew gives its earlier count too), and so is a pair the article itself marks as a
change ("inițial", a date): that is an update, not a slip; nor is an odd value said of what
should or will be ("ar trebui să fie condamnat la cel puțin 20 de ani"). And only two values: an article
that gives the group three or more (weight classes, scores, a table of rates) lists facts the
frames fused, and an outlet that gives the group more than one value says nothing alone.
"""

from __future__ import annotations

from claimcheck.model import Claim
from claimcheck.reconcile.changes import marks_change

# Outlets that must give the article's other value alone.
CONSENSUS = 2


def odd_one_out(xs: list[Claim], ys: list[Claim], values: dict[str, int]) -> tuple[list[Claim], list[Claim]] | None:
    """(the odd value's claims, the consensus claims of other articles) when every article
    that gives the value of `xs` or `ys` also gives the other, save two or more that give only
    one of them; None otherwise. `values`: how many different values each article gives the group."""
    if xs[0].kind != "quantity" or xs[0].frame.get("quantity") == "count":
        return None
    said_x, said_y = {c.article for c in xs}, {c.article for c in ys}
    for odd, common, odd_said, common_said in ((xs, ys, said_x, said_y), (ys, xs, said_y, said_x)):
        alone = common_said - odd_said
        if odd_said <= common_said and len(alone) >= CONSENSUS \
                and all(values[a] == 2 for a in odd_said) and all(values[a] == 1 for a in alone):
            if any(c.frame.get("mood") for c in odd):
                return None
            own = [c for c in common if c.article in odd_said]
            if any(marks_change(a, b) for a in odd for b in own if a.article == b.article):
                return None
            return odd, [c for c in common if c.article in alone]
    return None
