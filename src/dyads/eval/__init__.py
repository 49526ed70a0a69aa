"""Scorers that users can run on their own gold data."""
