"""The NLP stages: each takes a parsed `Doc` (and earlier stages' records) and returns records."""
