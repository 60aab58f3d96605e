"""Readers, the spaCy pipeline, actor resolution in text, event extraction, dates and dedup."""
