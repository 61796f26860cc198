"""claimcheck: find the claims that Romanian news articles share, and where they disagree."""

__version__ = "0.1.0"
