"""Reading and resolving dates in Romanian news (English month names too, for headers).

    scan_dates(text, ref, lang=None) -> list[Match]   every date expression, as ISO intervals

The words are in rules/dates.yml, with the reading rules this package applies (weekdays within ±3 days of
the article's date, a month name alone is the latest such month not after the article's...).
"""

from claimcheck.scan.dates.scan import scan_dates

__all__ = ["scan_dates"]
