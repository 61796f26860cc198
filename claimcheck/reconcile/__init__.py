"""Claims that state one fact, grouped and judged.

    judge.py     both reconcilers over a corpus: judge(claims, settings, only_articles) -> (groups, findings)
    blocks.py    quantities and dates: blocks, frames, groups, value clusters, findings between clusters
    marks.py     what a block's claims say of each other before pairing (sole, contrasted, restated)
    clusters.py  a group's value clusters judged against each other: which rule names a disagreement
    quotes.py    quotations: one statement across articles, its wordings and speakers
    matching.py  two frames field by field (vetoes, then a weighted score); concept_key
    verdicts.py  values as intervals: agree, imprecise, conflict
    groups.py    the union-find both reconcilers join claims with
    findings.py  the one Finding builder and severity path; which findings a run reports
"""
