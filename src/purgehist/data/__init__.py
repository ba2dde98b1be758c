"""Data files shipped with purgehist (the bundled example)."""
