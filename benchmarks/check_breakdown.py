"""Where `claimcheck check NEW --db STORE` spends its time, in a fresh process (as the command
runs): imports, model load, parse of the new article, the read of the stored claims that can
meet its claims (store/keyed.py), reconciliation; and, for comparison, a read of every stored
article and claim (what `check` did before schema version 5), which the command does not do.

It follows the command's own steps (claimcheck/cli.py, `check`) with the same functions, timing
each; `benchmarks/run.py` runs it in a subprocess beside the end-to-end command, so the sum can
be compared with the wall time. Prints one JSON object.

Usage: python benchmarks/check_breakdown.py NEW.txt STORE.db [--model ro_legal_fl]
"""

from __future__ import annotations

import json
import sys
import time

T0 = time.perf_counter()


def main() -> None:
    new, db = sys.argv[1], sys.argv[2]
    model = sys.argv[sys.argv.index("--model") + 1] if "--model" in sys.argv else "ro_legal_fl"
    out: dict[str, float] = {}
    mark = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal mark
        now = time.perf_counter()
        out[name] = round(now - mark, 3)
        mark = now

    import claimcheck.cli  # noqa: F401  (what the console script imports first)
    from claimcheck import api as flow
    from claimcheck.store.store import Store

    lap("import claimcheck (CLI, typer, reconciler)")
    opts = flow.RunSettings(model=model)
    new_corpus = flow.read([new], opts)
    new_ids = {a.id for a in new_corpus.articles}
    lap("read the new article")
    from claimcheck.reconcile.keys import keys_for
    from claimcheck.store import keyed

    with Store.open(db, create=False) as store:
        import spacy  # noqa: F401

        lap("import spaCy")
        from claimcheck.nlp.pipeline import load_pipeline

        load_pipeline(opts.model, opts.rules_dir)
        lap("load the model")
        new_claims = flow.extract(new_corpus.articles, opts, store=store, save=False)
        lap("parse the new article (rules compiled or cached)")
        blocks, classes = zip(*map(keys_for(opts.lang), new_claims))
        old_claims = keyed.claims_meeting(store, filter(None, blocks), filter(None, classes), new_ids)
        lap("store: read the stored claims that can meet the new ones (what check reads)")
        stored = len(store.articles())
        everything = store.claims(exclude_articles=new_ids)
        lap("store: every stored article and claim (what check read before schema 5; not part of check)")
    claims = new_claims + old_claims
    from claimcheck.reconcile.blocks import reconcile

    reconcile(claims, flow.RunSettings(), only_articles=new_ids)
    lap("reconcile quantities and dates")
    from claimcheck.reconcile.quotes import reconcile_quotes

    reconcile_quotes([c for c in claims if c.kind == "quote"], focus=new_ids)
    lap("reconcile quotations")
    full = "store: every stored article and claim (what check read before schema 5; not part of check)"
    out["total in process (the full read left out)"] = round(time.perf_counter() - T0 - out[full], 3)
    out["claims read"] = len(claims)
    out["claims stored"] = len(everything)
    out["stored articles"] = stored
    print(json.dumps(out))


if __name__ == "__main__":
    main()
