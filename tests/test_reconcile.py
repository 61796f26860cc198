"""Grouping and verdicts on claims built by hand (no model): blocking, vetoes, findings between
clusters of values (small and large groups), and the messages."""

from __future__ import annotations

from datetime import date

from claimcheck.model import Article, Value
from claimcheck.reconcile.matching import score_pair
from claimcheck.reconcile.blocks import reconcile
from claimcheck.settings import RunSettings
from claimcheck.read.textnorm import normalize

TEXT = "Coreea de Nord a trimis 15.000 de soldați în Rusia. Au murit 2.000 de soldați."


def article(aid: str) -> Article:
    text, offsets = normalize(TEXT)
    return Article(aid, f"{aid}.txt", text, offsets, date(2025, 9, 3))


def troops(aid: str, low, high=None, qualifier="exact", event="send", actor="Coreea de Nord", time=None, concept="troops"):
    a = article(aid)
    frame = {"quantity": "count", "event": event, "actor": actor, "noun": "soldat"}
    if time:
        frame["time"] = {"low": time[0], "high": time[1], "unit": "date", "qualifier": "exact"}
        frame["time_text"] = f"în {time[0][:4]}"
    return a.claim("quantity", 24, 42, value=Value(low, low if high is None and qualifier == "exact" else high,
                                                   "soldat", qualifier),
                   concept=concept, frame=frame, id_key=f"{low}{event}{actor}{time}")


def test_conflict_imprecise_and_agree():
    a, b, c = troops("a", 15000), troops("b", 11000, 12000, "range"), troops("c", 15000, None, "more_than")
    d = troops("d", 15000, 15000, "approx")
    res = reconcile([a, b, c, d])
    rules = sorted((f.rule, tuple(sorted(f.claims))) for f in res.findings)
    assert ("quantity-conflict", tuple(sorted((a.id, b.id)))) in rules
    assert ("quantity-conflict", tuple(sorted((b.id, d.id)))) in rules
    assert ("quantity-imprecise", tuple(sorted((a.id, c.id)))) in rules
    assert not any(set(f.claims) == {a.id, d.id} for f in res.findings)
    [group] = res.groups
    assert group.verdict == "conflict" and set(group.claims) == {a.id, b.id, c.id, d.id}


def test_opposed_events_different_sides_and_disjoint_times_never_group():
    sent = troops("a", 15000)
    died = troops("b", 2000, event="die")
    other_side = troops("c", 11000, actor="Rusia")
    assert not score_pair(sent, died)[0]
    assert not score_pair(sent, other_side)[0]
    t2023 = troops("d", 11000, time=("2023-01-01", "2023-12-31"))
    t2024 = troops("e", 15000, time=("2024-01-01", "2024-12-31"))
    same, _, fields = score_pair(t2023, t2024)
    assert not same and [f.field for f in fields if f.veto] == ["time"]
    res = reconcile([sent, died, other_side, t2023, t2024])
    for f in res.findings:
        assert {sent.id, died.id} != set(f.claims)
        assert {t2023.id, t2024.id} != set(f.claims)


def test_compatible_events_group():
    sent = troops("a", 15000, event="send")
    fought = troops("b", 11000, 12000, "range", event="fight")
    same, score, fields = score_pair(sent, fought)
    assert same and 0.6 <= score < 1.0
    assert [f.rule for f in reconcile([sent, fought]).findings] == ["quantity-conflict"]


def test_conflict_message_names_time_words():
    a = troops("a", 15000)
    b = troops("b", 11000, 12000, "range", time=("2024-10-01", "2024-12-31"))
    [f] = reconcile([a, b]).findings
    assert "a gives no time" in f.message and "b says 'în 2024'" in f.message


def test_only_articles_keeps_findings_that_involve_them():
    a, b, c = troops("a", 15000), troops("b", 11000, 12000, "range"), troops("new", 30000)
    res = reconcile([a, b, c], only_articles={"new"})
    assert res.findings and all(any(i == c.id for i in f.claims) for f in res.findings)


def test_a_large_block_gives_one_finding_per_pair_of_values():
    """However many articles repeat a figure, a group's disagreement is one finding per two
    values, naming every claim of both clusters (issue 14: no representative, no silent loss)."""
    claims = [troops(f"m{i:03d}", 15000) for i in range(80)] + [troops("x1", 30000), troops("x2", 11000, 12000, "range")]
    res = reconcile(claims, RunSettings(pairwise_limit=64))
    majority = {c.id for c in claims[:80]}
    x1, x2 = claims[-2:]
    by_pair = {tuple(sorted(values(f, claims))): f for f in res.findings}
    assert sorted(by_pair) == [(11000.0, 15000.0), (11000.0, 30000.0), (15000.0, 30000.0)]
    assert all(f.rule == "quantity-conflict" for f in res.findings)
    assert set(by_pair[(15000.0, 30000.0)].claims) == majority | {x1.id}
    assert set(by_pair[(11000.0, 15000.0)].claims) == majority | {x2.id}
    assert set(by_pair[(11000.0, 30000.0)].claims) == {x1.id, x2.id}
    f = by_pair[(15000.0, 30000.0)]
    # the first two claims are one disagreeing pair, for the formats that show a pair
    assert {f.claims[0], f.claims[1]} & {x1.id} and f.claims[0] in majority | {x1.id}
    assert f.message.startswith("80 articles (m000, m001, m002 and 77 more) say ")
    assert "x1 says" in f.message and "(exact 30000 soldat)" in f.message
    # the same findings whatever the limit and however many copies: nothing depends on size
    small = reconcile(claims[:1] + claims[-2:], RunSettings(pairwise_limit=64))
    assert sorted(tuple(sorted(values(f, claims))) for f in small.findings) == sorted(by_pair)


def values(f, claims):
    by_id = {c.id: c for c in claims}
    return {by_id[i].value.low for i in f.claims}


def test_many_different_values_stay_linear_and_name_every_outlier():
    """Past `pairwise_limit` different values in one group, the main value is judged against all
    the others (one conflict finding, one imprecise) and the rest against their neighbours."""
    main = [troops(f"m{i:03d}", 15000) for i in range(40)]
    outliers = [troops(f"o{i:03d}", 20000 + 100 * i) for i in range(100)]
    res = reconcile(main + outliers, RunSettings(pairwise_limit=16))
    named = {i for f in res.findings for i in f.claims}
    assert {c.id for c in outliers} <= named
    assert len(res.findings) <= 100
    [against_main] = [f for f in res.findings if {c.id for c in main} <= set(f.claims)]
    assert set(against_main.claims) == {c.id for c in main + outliers}
    assert "100 articles (o000, o001, o002 and 97 more) say 100 other values, from exact 20000 soldat " \
           "to exact 29900 soldat" in against_main.message
    assert sum(len(f.claims) for f in res.findings) <= 2 * len(main + outliers) + 2 * len(outliers)


def test_a_cluster_finding_names_only_claims_compatible_across_the_sides():
    """A group joins claims transitively; a finding names only the claims that are compatible
    with one of the other side (here 2023 and 2024 never are: disjoint times)."""
    t2023 = troops("a", 11000, time=("2023-01-01", "2023-12-31"))
    t2024 = troops("b", 15000, time=("2024-01-01", "2024-12-31"))
    bridge = troops("c", 11000, time=("2023-01-01", "2024-12-31"))
    res = reconcile([t2023, t2024, bridge])
    assert [set(f.claims) for f in res.findings] == [{t2024.id, bridge.id}]


def test_a_figure_that_changes_within_one_article_is_an_update():
    a = article("a")
    first = a.claim("quantity", 24, 30, value=Value(5, 5, "mort", "exact"), concept="casualties_dead",
                    frame={"quantity": "count", "event": "die", "modifiers": ["inițial"]}, id_key="1")
    later = a.claim("quantity", 60, 66, value=Value(6, 6, "mort", "exact"), concept="casualties_dead",
                    frame={"quantity": "count", "event": "die"}, id_key="2")
    [f] = reconcile([first, later]).findings
    assert f.rule == "quantity-update" and f.severity == "warning" and "later" in f.message
    assert reconcile([first, later]).groups == []


def test_two_figures_in_one_article_without_a_change_in_time_are_not_an_update():
    # Far more often two facts the frames could not tell apart than a correction.
    a = article("a")
    one = a.claim("quantity", 24, 30, value=Value(5, 5, "mort", "exact"), concept="casualties_dead",
                  frame={"quantity": "count", "event": "die"}, id_key="1")
    other = a.claim("quantity", 60, 66, value=Value(6, 6, "mort", "exact"), concept="casualties_dead",
                    frame={"quantity": "count", "event": "die"}, id_key="2")
    assert reconcile([one, other]).findings == []
