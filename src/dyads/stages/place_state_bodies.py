"""A name shared by a first-level region and its town, before a noun for a court, a
legislature or its members, is the region: "a New York appeals court", "New York lawmakers",
"a Quebec judge" (the city's own bodies take other nouns: "New York police")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from dyads.stages.place_resolution import Mention, same_name

# Nouns for a region's courts and legislature and their members.
STATE_BODY_NOUNS = frozenset(
    {
        *("court", "courts", "judge", "judges", "justice", "justices", "jury", "legislature"),
        *("legislators", "lawmakers", "assembly", "assemblyman", "assemblywoman", "senate"),
        *("senator", "senators", "regulators", "comptroller"),
    }
)
# Lower-case words naming a kind of court between the name and its noun.
COURT_KINDS = frozenset({"appeals", "appellate", "state", "supreme", "superior", "trial"})


def as_state_before_body(doc: Doc, mention: Mention) -> Mention:
    """The mention read as the first-level region of its name where a noun for a court or a
    legislature follows it (after at most one word for a kind of court); else as it was."""
    after = mention.end
    if after < len(doc) and doc[after].lower_ in COURT_KINDS and doc[after].is_lower:
        after += 1
    if after >= len(doc) or doc[after].lower_ not in STATE_BODY_NOUNS or not doc[after].is_lower:
        return mention
    regions = tuple(
        e for e in mention.candidates if e.kind == "admin1" and same_name(e.name, mention.key)
    )
    if not regions or len(regions) == len(mention.candidates):
        return mention
    return replace(mention, candidates=regions, area_only=True)
