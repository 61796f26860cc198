"""`make bench`: claimcheck's speed, as ratios measured in one run on one machine.

Figures, each against a baseline measured in the same run on the same texts:
  1. pipeline: bare `nlp.pipe` of ro_legal_fl vs claimcheck's extraction (same texts);
     the number+date normaliser alone, and its share of the pipeline's time; blank mode.
  2. normaliser throughput on >= 5 MB of Romanian news text (chars/s).
  3. reconciliation of 1,000 / 10,000 / 100,000 synthetic claims and the growth ratio.
  4. the store: cold `report` on N articles vs the warm re-run with --db, and `check` of one
     new article against the stored corpus (a subprocess: model load included), broken down
     into imports, model load, store read, parse, reconcile (benchmarks/check_breakdown.py).
  5. engines: -j 1, -j 2 and a Dask LocalCluster of two workers on the same articles.
  6. reconciliation at archive scale: 10^5 and 10^6 claims, time and peak memory, each in a
     fresh process (benchmarks/scale.py).

Usage: python benchmarks/run.py [--articles N] [--store-articles N] [--engine-articles N] [--skip-store]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
import warnings
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
warnings.filterwarnings("ignore")

import synth  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def timed(fn, *args, **kwargs):
    t = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t


def row(name: str, value: str) -> None:
    print(f"  {name:<58} {value}")


def bench_pipeline(n: int) -> None:
    import spacy

    from claimcheck.read.corpus import Article
    from claimcheck.read.headers import header_date
    from claimcheck.scan.dates import scan_dates
    from claimcheck.extract import extract_claims
    from claimcheck.scan.numbers import scan
    from claimcheck.nlp.pipeline import load_pipeline, parse_texts
    from claimcheck.read.textnorm import normalize

    texts = synth.texts(n)
    chars = sum(map(len, texts))
    print(f"\n1. pipeline on {n} articles ({chars / 1e6:.2f} M chars)")
    bare = spacy.load("ro_legal_fl")
    bare.disable_pipe("attribute_ruler")  # empty in this model; claimcheck skips it too
    list(bare.pipe(texts[:5]))  # warm-up: first batches allocate
    _, t_bare = timed(lambda: list(bare.pipe(texts, batch_size=16)))
    row("bare nlp.pipe (ro_legal_fl)", f"{t_bare:.2f} s  ({chars / t_bare / 1e3:.0f} k chars/s)")

    def articles():
        for i, text in enumerate(texts):
            norm, offsets = normalize(text)
            hd = header_date(norm.strip().split("\n", 1)[0])
            yield Article(f"a{i}", f"a{i}.txt", norm, offsets, hd[0] if hd else None)

    arts = list(articles())

    def full(model: str) -> int:
        nlp = load_pipeline(model)
        count = 0
        for art, doc in zip(arts, parse_texts(nlp, ((a.text, a.date) for a in arts))):
            count += len(extract_claims(doc, art))
        return count

    n_claims, t_full = timed(full, "ro_legal_fl")
    row("claimcheck extraction (model + rules + claims)", f"{t_full:.2f} s  = {t_full / t_bare:.2f}× bare  ({n_claims} claims)")
    _, t_norm = timed(lambda: [(scan(a.text), scan_dates(a.text, a.date)) for a in arts])
    row("number + date normaliser alone", f"{t_norm:.3f} s  = {t_norm / t_bare:.1%} of bare nlp.pipe")
    n_blank, t_blank = timed(full, "blank")
    row("claimcheck --model blank", f"{t_blank:.2f} s  = {t_bare / t_blank:.1f}× faster than bare model ({n_blank} claims)")


def bench_normaliser(target_bytes: int = 5_000_000) -> None:
    from claimcheck.scan.dates import scan_dates
    from claimcheck.scan.numbers import scan

    texts = synth.texts(2000)
    body, size = [], 0
    for t in texts:
        body.append(t)
        size += len(t.encode("utf-8"))
        if size >= target_bytes:
            break
    text = "\n\n".join(body)
    print(f"\n2. normaliser on {len(text.encode('utf-8')) / 1e6:.1f} MB of Romanian news text")
    found, t = timed(scan, text)
    row("numbers.scan", f"{t:.2f} s  ({len(text) / t / 1e6:.2f} M chars/s, {len(found)} matches)")
    import datetime as dt

    found, t = timed(scan_dates, text, dt.date(2025, 9, 3))
    row("dates.scan_dates", f"{t:.2f} s  ({len(text) / t / 1e6:.2f} M chars/s, {len(found)} matches)")


def synthetic_claims(n: int, seed_claims: list) -> list:
    """`n` claims with the seeds' real frames, spread over n/20 articles, values varied."""
    rng = random.Random(3)
    quantities = [c for c in seed_claims if c.kind in ("quantity", "date")]
    out = []
    for i in range(n):
        c = quantities[i % len(quantities)]
        v = c.value
        if c.kind == "quantity" and isinstance(v.low, (int, float)):
            f = rng.choice((1.0, 1.0, 1.0, rng.uniform(0.5, 1.5)))
            v = replace(v, low=v.low * f, high=None if v.high is None else v.high * f)
        out.append(replace(c, id=f"{c.id}-{i}", article=f"s{i // 20:05d}", value=v))
    return out


def bench_reconcile() -> None:
    from claimcheck.api import RunSettings, analyse
    from claimcheck.reconcile.blocks import reconcile

    print("\n3. reconciliation of synthetic claims (frames from the seeds, values varied)")
    seed_claims = analyse([ROOT / "seeds"], RunSettings()).claims
    prev = None
    for n in (1_000, 10_000, 100_000):
        claims = synthetic_claims(n, seed_claims)
        res, t = timed(reconcile, claims)
        growth = f", ×{t / prev:.1f} for ×10 claims" if prev else ""
        row(f"{n:>7,} claims", f"{t:.2f} s  ({len(res.groups)} groups, {len(res.findings)} findings{growth})")
        prev = t


def bench_store(n: int) -> None:
    print(f"\n4. store: {n} synthetic articles")
    exe = [sys.executable, "-m", "claimcheck"]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        synth.write_corpus(corpus, n)
        new = Path(tmp) / "new.txt"
        new.write_text(synth.texts(1, seed=99)[0], encoding="utf-8")
        db = Path(tmp) / "cc.db"

        def run(*args: str) -> float:
            t = time.perf_counter()
            subprocess.run([*exe, *args], check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return time.perf_counter() - t

        cold = run("report", str(corpus), "-f", "json", "-q")
        row("cold report (no store)", f"{cold:.1f} s")
        fill = run("report", str(corpus), "-f", "json", "-q", "--db", str(db))
        row("first report with --db (parses and stores)", f"{fill:.1f} s")
        warm = run("report", str(corpus), "-f", "json", "-q", "--db", str(db))
        row("warm re-run with --db", f"{warm:.2f} s  = {cold / warm:.0f}× faster than cold")
        chk = run("check", str(new), "--db", str(db), "-f", "json", "-q")
        row("check one new article --db (model load included)", f"{chk:.2f} s")
        chk2 = run("check", str(new), "--db", str(db), "-f", "json", "-q")
        row("  the same again", f"{chk2:.2f} s")
        stored = run("check", str(corpus / "a00000.txt"), "--db", str(db), "-f", "json", "-q")
        row("check an article already in the store (no spaCy, no model)", f"{stored:.2f} s")
        proc = subprocess.run([sys.executable, str(Path(__file__).with_name("check_breakdown.py")), str(new), str(db)],
                              capture_output=True, text=True)
        if proc.returncode == 0:
            import json

            parts = json.loads(proc.stdout.strip().splitlines()[-1])
            print("  check of one new article, step by step (a fresh process):")
            for name, value in parts.items():
                row(f"  {name}", f"{value:.2f} s" if isinstance(value, float) else f"{value:,}")
        else:
            row("check breakdown", "failed: " + (proc.stderr.strip().splitlines() or ["?"])[-1])


def bench_engines(n: int) -> None:
    import scale

    print(f"\n5. engines: extraction of the same {n} synthetic articles (workers started and model loaded included)")
    out = scale.engines(n)
    for name in ("-j 1", "-j 2", "LocalCluster, 2 workers"):
        r = out[name]
        row(name, f"{r['seconds']:.1f} s  ({r['articles_per_s']:.2f} articles/s; same claims: {r['same_claims']})")
    row("LocalCluster time / -j 2 time", f"{out['cluster / -j 2 time']:.2f} (target ≤ 1.15)")


def bench_scale() -> None:
    import scale

    print("\n6. reconciliation at archive scale (each size in a fresh process)")
    rows = scale.reconcile_scale()
    for r in rows:
        if "error" in r:
            row(f"{r['claims']:>9,} claims", f"failed: {r['error']}")
            continue
        row(f"{r['claims']:>9,} claims", f"{r['seconds']:.1f} s, peak {r['peak_rss_mb']:,} MB "
            f"(claims {r['claims_mb']:,} MB, reconciling +{r['reconcile_mb']:,} MB); "
            f"{r['groups']:,} groups, {r['findings']:,} findings")
    ok = [r for r in rows if "error" not in r]
    if len(ok) == 2:
        row("10× the claims costs", f"{ok[1]['seconds'] / ok[0]['seconds']:.1f}× the time (target ≤ 12×), "
            f"{ok[1]['peak_rss_mb'] / ok[0]['peak_rss_mb']:.1f}× the peak memory")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--store-articles", type=int, default=1000)
    ap.add_argument("--engine-articles", type=int, default=200)
    ap.add_argument("--skip-store", action="store_true")
    ap.add_argument("--only", choices=["pipeline", "normaliser", "reconcile", "store", "engines", "scale"])
    args = ap.parse_args()
    print(f"claimcheck benchmark on {sys.platform}, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    if args.only in (None, "pipeline"):
        bench_pipeline(args.articles)
    if args.only in (None, "normaliser"):
        bench_normaliser()
    if args.only in (None, "reconcile"):
        bench_reconcile()
    if args.only == "store" or (args.only is None and not args.skip_store):
        bench_store(args.store_articles)
    if args.only in (None, "engines"):
        bench_engines(args.engine_articles)
    if args.only in (None, "scale"):
        bench_scale()


if __name__ == "__main__":
    main()
