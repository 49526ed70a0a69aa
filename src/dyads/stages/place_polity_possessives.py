"""A country's name before its possessive and a noun for what a state has: "Bermuda's premier",
"Bermuda's economy", "Gabon's coast".

The small model reads some countries' and territories' one-word names as persons' in this
position ("Bermuda's premier" tagged PERSON), so the name was lost. A person's possessive takes
nouns for kin, work and belongings ("Jordan's coach", "Chad's mother"); the nouns here are a
state's offices, bodies, economy and territory, which only a polity has, so the name is the
country's whatever the model's label.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.stages.place_cues import POSSESSIVES
from dyads.stages.place_resolution import Mention, same_name

# Nouns for what a state has: its offices and bodies, its economy, its land and its people.
STATE_NOUNS = frozenset(
    {
        *("premier", "president", "prime", "government", "parliament", "legislature"),
        *("cabinet", "ministry", "constitution", "opposition", "election", "elections"),
        *("economy", "currency", "exports", "imports", "debt", "budget", "tourism"),
        *("capital", "coast", "coastline", "border", "borders", "territory", "population"),
        *("army", "military", "navy", "armed", "central", "finance", "foreign", "interior"),
        *("king", "queen", "monarch", "governor", "ambassador", "embassy"),
    }
)


def country_before_state_noun(doc: Doc, end: int, mention: Mention) -> bool:
    """The name ending at `end` is a country's own name of one word, followed by a possessive
    and a noun for what a state has ("Bermuda's premier")."""
    if end - mention.start != 1 or end + 1 >= len(doc):
        return False
    if doc[end].text not in POSSESSIVES or doc[end + 1].lower_ not in STATE_NOUNS:
        return False
    return any(
        entry.kind == "country" and same_name(entry.name, mention.key)
        for entry in mention.candidates
    )
