"""Benchmarks past one machine (issue 14), run by `benchmarks/run.py` (sections 5 and 6) or alone:

  python benchmarks/scale.py engines [N]       -j 1, -j 2 and a LocalCluster of two workers on the
                                               same N synthetic articles (default 200): articles/s
  python benchmarks/scale.py reconcile N       one run of the reconciler on N synthetic claims, in
                                               this process: time and peak memory, as JSON
  python benchmarks/scale.py reconcile-scale   10^5 and 10^6 claims, each in a fresh process (so
                                               that one's peak memory does not hide the other's)

Peak memory is the process's peak resident set during `reconcile` (Linux: VmHWM, reset just
before the call); `reconcile_mb` is that peak minus the resident set just before the call, and
`claims_mb` what the synthetic claims themselves take. tracemalloc is not used: it slows the reconciler several times over.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
warnings.filterwarnings("ignore")

ROOT = Path(__file__).resolve().parents[1]


def _rss_mb() -> float:
    """The current resident set, from /proc (Linux); the peak where /proc is missing."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:  # pragma: no cover
        return _peak_mb()


def _peak_mb() -> float:
    """The peak resident set since the last `_reset_peak` (Linux: VmHWM), else since start."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:  # pragma: no cover
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def _reset_peak() -> bool:
    """Linux: writing 5 to clear_refs resets the peak resident set to the current one, so that the
    model loaded to make the seed claims does not hide the reconciler's own peak."""
    import gc

    gc.collect()
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:  # pragma: no cover
        return False


def _articles(n: int):
    import synth

    from claimcheck.model import Article
    from claimcheck.read.headers import header_date
    from claimcheck.read.textnorm import normalize

    out = []
    for i, text in enumerate(synth.texts(n)):
        norm, offsets = normalize(text)
        hd = header_date(norm.strip().split("\n", 1)[0])
        out.append(Article(f"a{i:05d}", f"a{i:05d}.txt", norm, offsets, hd[0] if hd else None))
    return out


def engines(n: int = 200, model: str = "ro_legal_fl") -> dict:
    """Extraction of the same `n` articles with -j 1, -j 2 and `--scheduler local` (two
    single-threaded workers); each figure includes starting its workers and loading the model
    in each (what a user waits for), and the claims must be the same."""
    from claimcheck.api import RunSettings as Options, extract

    arts = _articles(n)
    chars = sum(len(a.text) for a in arts)
    out: dict = {"articles": n, "chars": chars, "cores": os.cpu_count()}
    reference = None
    for name, opts in (("-j 1", Options(model=model, jobs=1)), ("-j 2", Options(model=model, jobs=2)),
                       ("LocalCluster, 2 workers", Options(model=model, jobs=2, scheduler="local"))):
        t = time.perf_counter()
        claims = extract(arts, opts)
        seconds = time.perf_counter() - t
        dump = [c.to_dict() for c in claims]
        reference = reference or dump
        out[name] = {"seconds": round(seconds, 2), "articles_per_s": round(n / seconds, 2),
                     "same_claims": dump == reference, "claims": len(claims)}
    out["cluster / -j 2 time"] = round(out["LocalCluster, 2 workers"]["seconds"] / out["-j 2"]["seconds"], 3)
    return out


def _seed_claims(model: str) -> list:
    from claimcheck.api import RunSettings as Options, analyse

    return analyse([ROOT / "seeds"], Options(model=model)).claims


def reconcile_once(n: int, model: str = "ro_legal_fl") -> dict:
    from run import synthetic_claims

    from claimcheck.reconcile.blocks import reconcile

    seed = _seed_claims(model)
    base = _rss_mb()
    claims = synthetic_claims(n, seed)
    reset = _reset_peak()
    before = _rss_mb()
    t = time.perf_counter()
    res = reconcile(claims)
    seconds = time.perf_counter() - t
    peak = _peak_mb()
    return {"claims": n, "seconds": round(seconds, 2), "peak_rss_mb": round(peak), "peak_reset": reset,
            "claims_mb": round(before - base), "reconcile_mb": round(max(0.0, peak - before)),
            "groups": len(res.groups), "findings": len(res.findings)}


def reconcile_scale(sizes=(100_000, 1_000_000), model: str = "ro_legal_fl") -> list[dict]:
    rows = []
    for n in sizes:
        proc = subprocess.run([sys.executable, __file__, "reconcile", str(n), "--model", model],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            rows.append({"claims": n, "error": proc.stderr.strip().splitlines()[-1:]})
            continue
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return rows


def main() -> None:
    args = sys.argv[1:]
    model = args[args.index("--model") + 1] if "--model" in args else "ro_legal_fl"
    args = [a for i, a in enumerate(args) if a != "--model" and (i == 0 or args[i - 1] != "--model")]
    what = args[0] if args else "engines"
    if what == "engines":
        print(json.dumps(engines(int(args[1]) if len(args) > 1 else 200, model)))
    elif what == "reconcile":
        print(json.dumps(reconcile_once(int(args[1]), model)))
    elif what == "reconcile-scale":
        print(json.dumps(reconcile_scale(model=model)))
    else:
        sys.exit(f"unknown benchmark {what!r}: engines, reconcile N, reconcile-scale")


if __name__ == "__main__":
    main()
