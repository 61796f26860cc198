"""Errors that commands catch before they know whether they will need spaCy: defined here, in a
module that imports nothing, so that catching them does not import spaCy (about 0.7 s) in a run
that never parses (`check` of an article already in the store, `parse`, `db stats`)."""

from __future__ import annotations


class ModelNotFound(Exception):
    """The spaCy model named is not installed, or is not a Romanian one."""


class SchedulerError(Exception):
    """The cluster cannot be used (Dask missing, scheduler unreachable, workers that differ);
    the message says what to do."""
