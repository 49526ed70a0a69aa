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
        "concede",
        "conclude",
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
        "observe",
        "pledge",
        "predict",
        "proclaim",
        "promise",
        "recall",
        "reiterate",
        "remark",
        "reply",
        "report",
        "reveal",
        "say",
        "state",
        "stress",
        "suggest",
        "tell",
        "tweet",
        "underline",
        "urge",
        "vow",
        "warn",
        "write",
    }
)

# Reporting verbs whose bare noun object stands for a claim ("denied the report", "confirmed the
# call"); other reporting verbs report a statement only with a clause or a predicate ("announced
# that ...", "described X as Y", "urged X to Y"), not with a noun ("announced its plan").
CLAIM_OBJECT_VERBS: frozenset[str] = frozenset(
    {"acknowledge", "admit", "confirm", "deny", "dispute"}
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
        "filing",
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

# Nouns for people who speak in the news, so that a pronoun ("she said") can refer back to "the
# housing officer" or "the company's vice president" when no name is given.
PERSON_NOUNS: frozenset[str] = frozenset(
    {
        "activist",
        "actor",
        "actress",
        "adviser",
        "advisor",
        "ambassador",
        "analyst",
        "attorney",
        "author",
        "candidate",
        "ceo",
        "chair",
        "chairman",
        "chairperson",
        "chairwoman",
        "chancellor",
        "chief",
        "coach",
        "commander",
        "commissioner",
        "councillor",
        "councilman",
        "councilwoman",
        "daughter",
        "diplomat",
        "director",
        "doctor",
        "economist",
        "editor",
        "employee",
        "executive",
        "expert",
        "fan",
        "farmer",
        "father",
        "founder",
        "general",
        "governor",
        "head",
        "husband",
        "journalist",
        "lawmaker",
        "lawyer",
        "leader",
        "manager",
        "mayor",
        "member",
        "minister",
        "mother",
        "nurse",
        "officer",
        "official",
        "owner",
        "player",
        "premier",
        "president",
        "professor",
        "prosecutor",
        "reporter",
        "representative",
        "resident",
        "secretary",
        "senator",
        "son",
        "spokesman",
        "spokesperson",
        "spokeswoman",
        "student",
        "teacher",
        "victim",
        "voter",
        "wife",
        "witness",
        "worker",
        "writer",
    }
)

# Nouns for bodies and collective sources that speak without a name ("the company said", "the
# defence argued"), listed where their endings would make them look like nouns for actions
# ("administration", "prosecution"); other common nouns may speak unless they name an action.
BODY_NOUNS: frozenset[str] = frozenset(
    {
        "administration",
        "army",
        "association",
        "authority",
        "bank",
        "board",
        "broadcaster",
        "cabinet",
        "commission",
        "committee",
        "company",
        "congress",
        "council",
        "court",
        "critic",
        "data",
        "defence",
        "defense",
        "department",
        "embassy",
        "federation",
        "figure",
        "firm",
        "government",
        "group",
        "institute",
        "investigator",
        "jury",
        "maker",
        "military",
        "network",
        "newspaper",
        "office",
        "organisation",
        "organization",
        "parliament",
        "party",
        "police",
        "poll",
        "prosecution",
        "regulator",
        "senate",
        "statistic",
        "team",
        "union",
        "website",
    }
)

# Nouns after which a quoted phrase is a title or a name, not anyone's words ("the headline
# 'London's bleeding'", "the book 'Disowned'").
TITLE_NOUNS: frozenset[str] = frozenset(
    {
        "album",
        "book",
        "campaign",
        "film",
        "hashtag",
        "headline",
        "motto",
        "movie",
        "name",
        "nickname",
        "novel",
        "programme",
        "slogan",
        "song",
        "text",
        "title",
    }
)
