"""Data tables of factex (plain text, read once per process)."""
