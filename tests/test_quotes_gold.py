"""Quote extraction scored against hand-written gold (tests/gold/quotes/*.json).

Each gold file lists every quote of one article: the span of the words said (for a quotation,
what is between the marks; for reported speech, the clause after "că" or before ", a spus X")
and the speaker as a reader would name them.

Span match: both spans are trimmed of spaces and of the punctuation . , ; : ! ? … at their
edges (a quotation's closing "." inside or outside the marks is a matter of style); a
predicted span matches a gold span when the trimmed spans overlap by at least
`NEAR` of their union (character IoU), one to one, best overlap first. `exact` counts the
matches with identical trimmed spans. Precision = matches / predicted, recall = matches /
gold, speaker accuracy = matched pairs whose speaker is the gold speaker (ignoring case and
diacritics) / matches.

Floors (measured, see the printed table): the full model must reach 0.9 on every score on the
seeds. The blank pipeline (no parse) scores lower only where the parse finds where a
reported clause ends; its floor is set just under what it measures, so a regression fails.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimcheck.model import Article
from claimcheck.extract.quotes import quote_claims
from claimcheck.extract.quotes.marks import ALL_MARKS
from claimcheck.read.textnorm import fold, normalize

ROOT = Path(__file__).resolve().parents[1]
GOLD = sorted((Path(__file__).resolve().parent / "gold" / "quotes").glob("*.json"))
NEAR = 0.9
EDGE = " \t\n.,;:!?…"
FULL_FLOOR = 0.9
# Measured on the seeds: full model P 0.97 R 0.97 speaker 1.00 (one reported clause keeps a
# gerund that is the speaker's own: "…„își arată impunitatea”, solicitând sancțiuni…");
# blank pipeline P 0.94 R 0.94 speaker 1.00 (also "Pentru Putin, care a spus că …Ucraina,
# curtarea lui Kim …" runs to the sentence end: only the parse sees where that clause stops).
BLANK_FLOOR = {"precision": 0.9, "recall": 0.9, "speaker": 0.95}




@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    speaker_ok: int = 0
    direct_ok: int = 0

    def add(self, o: "Score") -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(o, k))

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def speaker(self) -> float:
        return self.speaker_ok / self.matched if self.matched else 1.0

    def row(self, name: str) -> str:
        return (f"{name:28} gold {self.gold:3} pred {self.predicted:3} match {self.matched:3} exact {self.exact:3}  "
                f"P {self.precision:.2f}  R {self.recall:.2f}  speaker {self.speaker:.2f}  "
                f"direct {self.direct_ok}/{self.matched}")


def load_gold(path: Path) -> tuple[Article, dict]:
    g = json.loads(path.read_text(encoding="utf-8"))
    raw = (ROOT / g["file"]).read_text(encoding="utf-8") if "file" in g else g["text"]
    text, offsets = normalize(raw)
    return Article(id=g["article"], path=g.get("file", path.name), text=text, offsets=offsets), g


def _normalised(article: Article, orig: int) -> int:
    pts = article.offsets.points
    return orig if pts is None else bisect.bisect_left(pts, orig)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in EDGE:
        s += 1
    while e > s and text[e - 1] in EDGE:
        e -= 1
    return s, e


def predicted_spans(article: Article, claims) -> list[tuple[int, int, object]]:
    out = []
    for c in claims:
        s, e = _normalised(article, c.start), _normalised(article, c.end)
        if c.direct and c.text[:1] in ALL_MARKS:
            s += 1
        if c.direct and c.text[-1:] in ALL_MARKS and e - 1 > s:
            e -= 1
        out.append((*_trim(article.text, s, e), c))
    return out


def score_article(article: Article, gold: dict, claims) -> tuple[Score, list[str]]:
    text = article.text
    golds = []
    for q in gold["quotes"]:
        k = text.find(q["span"])
        assert k >= 0, f"{article.id}: gold span not in the text: {q['span'][:60]!r}"
        golds.append((*_trim(text, k, k + len(q["span"])), q))
    preds = predicted_spans(article, claims)
    pairs = []
    for gi, (gs, ge, _) in enumerate(golds):
        for pi, (ps, pe, _) in enumerate(preds):
            inter = max(0, min(ge, pe) - max(gs, ps))
            union = max(ge, pe) - min(gs, ps)
            if union and inter / union >= NEAR:
                pairs.append((inter / union, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p = set(), set()
    sc = Score(gold=len(golds), predicted=len(preds))
    notes = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        gs, ge, q = golds[gi]
        ps, pe, c = preds[pi]
        sc.matched += 1
        sc.exact += (gs, ge) == (ps, pe)
        if fold(c.speaker or "") == fold(q["speaker"]):
            sc.speaker_ok += 1
        else:
            notes.append(f"  speaker {c.speaker!r} != {q['speaker']!r}: {q['span'][:50]!r}")
        sc.direct_ok += bool(c.direct) == bool(q.get("direct", True))
    notes += [f"  missed: {golds[i][2]['span'][:60]!r}" for i in range(len(golds)) if i not in used_g]
    notes += [f"  extra:  {text[preds[i][0]:preds[i][1]][:60]!r}" for i in range(len(preds)) if i not in used_p]
    return sc, notes


def _run(nlp) -> dict[str, tuple[Score, list[str]]]:
    out = {}
    for path in GOLD:
        article, gold = load_gold(path)
        claims = quote_claims(nlp(article.text), article)
        out[article.id] = score_article(article, gold, claims)
    return out


@pytest.fixture(scope="module")
def scores_full(nlp_full):
    return _run(nlp_full)


@pytest.fixture(scope="module")
def scores_blank(nlp_blank):
    return _run(nlp_blank)


def _report(label: str, scores: dict, capsys) -> tuple[Score, Score]:
    seeds, own = Score(), Score()
    lines = [f"quote extraction, {label}:"]
    for aid, (sc, notes) in scores.items():
        (own if aid.startswith("x") else seeds).add(sc)
        lines.append(sc.row(aid))
        lines += notes
    lines += [seeds.row("SEEDS"), own.row("OWN ARTICLES")]
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    return seeds, own


def test_gold_files_are_well_formed():
    assert len(GOLD) >= 8
    for path in GOLD:
        article, gold = load_gold(path)
        assert gold["quotes"], path
        for q in gold["quotes"]:
            assert set(q) <= {"span", "speaker", "direct"} and q["span"] and q["speaker"], (path, q)
            assert article.text.count(q["span"]) == 1, (path, q["span"][:50])


def test_full_model_scores(scores_full, capsys):
    seeds, own = _report("full model (ro_legal_fl)", scores_full, capsys)
    assert seeds.precision >= FULL_FLOOR and seeds.recall >= FULL_FLOOR and seeds.speaker >= FULL_FLOOR, seeds.row("SEEDS")
    # Own articles: written for edge cases (marks, paragraphs, clitics, titles for people no
    # list knows) and one held out. Speakers measured 1.00 (31/31) once titles resolve.
    assert own.precision >= 0.85 and own.recall >= 0.85 and own.speaker >= 0.95, own.row("OWN")


def test_blank_pipeline_scores(scores_blank, capsys):
    seeds, own = _report("blank pipeline (no parse)", scores_blank, capsys)
    for k, floor in BLANK_FLOOR.items():
        assert getattr(seeds, k) >= floor, (k, seeds.row("SEEDS"))
    assert own.recall >= 0.85 and own.speaker >= 0.95, own.row("OWN")


def test_scoring_counts_a_wrong_span_and_a_wrong_speaker():
    """The scorer itself: a span cut short and a misattributed speaker must both cost."""
    from claimcheck.model import Claim

    article, gold = load_gold(next(p for p in GOLD if p.stem.startswith("x01")))
    good = gold["quotes"][0]
    k = article.text.find(good["span"])
    short = Claim("a", article.id, "quote", article.text[k:k + 10], k, k + 10, 1, 1, speaker=good["speaker"],
                  direct=False, quote=article.text[k:k + 10])
    wrong = Claim("b", article.id, "quote", good["span"], k, k + len(good["span"]), 1, 1, speaker="Donald Trump",
                  direct=False, quote=good["span"])
    sc, _ = score_article(article, gold, [short])
    assert sc.matched == 0 and sc.predicted == 1
    sc, _ = score_article(article, gold, [wrong])
    assert sc.matched == 1 and sc.speaker_ok == 0
