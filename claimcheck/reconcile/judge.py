"""Both reconcilers over one corpus's claims: quantities and dates by blocks (blocks.py), quotations
by speaker and wording (quotes.py). Each builds its findings with findings.finding, so the
severities of the run apply in one place."""

from __future__ import annotations

from claimcheck.model import Claim, Finding, Group
from claimcheck.reconcile.blocks import reconcile
from claimcheck.reconcile.findings import worst_first
from claimcheck.reconcile.quotes import reconcile_quotes
from claimcheck.settings import RunSettings


def judge(claims: list[Claim], settings: RunSettings | None = None,
          only_articles: set[str] | None = None) -> tuple[list[Group], list[Finding]]:
    """Groups and findings of `claims`. With `only_articles` (`check`), only findings that
    involve a claim of those articles are kept."""
    s = settings or RunSettings()
    result = reconcile(claims, s, only_articles=only_articles)
    q_groups, q_findings = reconcile_quotes([c for c in claims if c.kind == "quote"], lang=s.lang,
                                            focus=only_articles, thresholds=s.thresholds,
                                            severities=s.severities)
    if only_articles is not None:
        article_of = {c.id: c.article for c in claims}
        q_findings = [f for f in q_findings if any(article_of.get(cid) in only_articles for cid in f.claims)]
    return result.groups + q_groups, worst_first(result.findings + q_findings)
