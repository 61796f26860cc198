"""The `doc._` attributes claimcheck's pipeline components assign, registered once on import:
the scanners' numbers and dates, the quote analysis, and the article's date they resolve against.
Imported by the components and by every reader, so a Doc made by any pipeline has them."""

from spacy.tokens import Doc

for _name in ("cc_numbers", "cc_dates", "cc_quotes", "ref_date"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
