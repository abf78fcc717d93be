"""Data files of extractnews (knowledge base, word lists), shipped in the wheel."""
