"""The Dask worker plugin that loads the model when a worker joins (claimcheck/nlp/dask_engine.py).

A module of its own because it subclasses `distributed.WorkerPlugin` at import time: only the
cluster path imports it, and Dask pickles the plugin by reference to this module, so every
worker needs claimcheck installed (it needs it to parse anyway)."""

from __future__ import annotations

from typing import Any

from distributed import WorkerPlugin


class ModelPlugin(WorkerPlugin):
    """Loads the model when a worker joins (and on every worker already there), so that the
    first task does not wait for it; the loaded pipeline is cached in the worker process
    (`pipeline.load_pipeline`), where every task of the run finds it."""

    def __init__(self, model: str, rules_dir: str | None):
        self.model, self.rules_dir = model, rules_dir
        self.name = f"claimcheck-model-{model}-{rules_dir or ''}"

    def setup(self, worker: Any) -> None:
        from claimcheck.nlp.dask_engine import _PARSE_LOCK
        from claimcheck.nlp.pipeline import load_pipeline

        with _PARSE_LOCK:
            load_pipeline(self.model, self.rules_dir)
