"""Claims that state one fact, grouped and judged: blocks.py (quantities and dates), quotes.py,
matching.py (frames), verdicts.py (intervals)."""
