"""Text-only grammars: numbers/ (numbers, units, clock times) and dates/; no model needed."""
