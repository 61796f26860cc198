"""What persists: the SQLite store and its schema, baseline files."""
