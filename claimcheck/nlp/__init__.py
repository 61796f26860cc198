"""The spaCy pipeline: a model (or `blank`) plus the registered rule components."""
