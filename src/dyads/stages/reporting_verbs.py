"""Word tables for reported speech: the verbs that introduce it and the nouns that name sources."""

from __future__ import annotations

# Lemmas of verbs that report what someone said, wrote or claimed. Each one, used with a subject
# and a complement, makes the complement that subject's statement.
REPORTING_VERBS: frozenset[str] = frozenset(
    {
        "accuse",
        "acknowledge",
        "add",
        "admit",
        "affirm",
        "allege",
        "announce",
        "argue",
        "assert",
        "claim",
        "comment",
        "confirm",
        "contend",
        "declare",
        "deny",
        "describe",
        "emphasise",
        "emphasize",
        "explain",
        "highlight",
        "indicate",
        "insist",
        "maintain",
        "mention",
        "note",
        "pledge",
        "proclaim",
        "promise",
        "reiterate",
        "remark",
        "report",
        "reveal",
        "say",
        "state",
        "stress",
        "suggest",
        "tell",
        "tweet",
        "underline",
        "vow",
        "warn",
        "write",
    }
)

# Lemmas of verbs that put a name on something ("what Jones called a 'fair deal'"). A quoted
# phrase under one of them is that subject's wording; they report no statement of their own.
NAMING_VERBS: frozenset[str] = frozenset(
    {"brand", "call", "characterise", "characterize", "dub", "label", "refer", "term"}
)

# Prepositions that attach what was said to a reporting verb ("warned of", "described X as").
CONTENT_PREPOSITIONS: frozenset[str] = frozenset({"about", "against", "as", "of", "on", "over"})

# Nouns for written statements whose author can be named once and referred back to later
# ("a South Korean intelligence assessment ... The report also suggests").
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {
        "analysis",
        "assessment",
        "communique",
        "document",
        "estimate",
        "finding",
        "memo",
        "report",
        "statement",
        "study",
        "survey",
    }
)

# Nouns that stand for a source of information when they follow "citing" or "according to".
SOURCE_NOUNS: frozenset[str] = DOCUMENT_NOUNS | frozenset(
    {
        "agency",
        "diplomat",
        "media",
        "ministry",
        "official",
        "outlet",
        "person",
        "source",
        "spokesman",
        "spokesperson",
        "spokeswoman",
        "witness",
    }
)
