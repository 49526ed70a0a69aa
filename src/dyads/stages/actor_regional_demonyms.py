"""Bodies named by the adjective of a state's province: "the Bavarian state government",
"Sindhi police", "Andalusian officials".

The actor dictionary knows the adjectives of states ("German", "Scottish"), not those of their
provinces, and the tagger reads them as peoples (NORP), so a province's own body was no actor.
Such an adjective is mostly its province's name with an ending ("Bavaria-n", "Punjab-i",
"Sicil-ian" for Sicily, "Ohio-an", "Assam-ese", "Quebec-er") or its name less the last letter
("Saxon" for Saxony, "Tuscan" for Tuscany): an adjective the dictionary lacks,
right before a state's or a local body's noun (with at most two words between: "state",
"regional"), names the state of the one first-level division (a province, a federation's state,
a region) the gazetteer gives for one of those stems. A stem that names divisions of several
states ("Punjab") or that a region of several states shares (``regions.tsv``: "Kashmiri",
"Galician") decides nothing, nor does a word no division is named from ("Christian").
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

from dyads.stages.actor_agent_nouns import AgentSpans
from dyads.stages.actor_patterns import STATE_SECTORS, Mention
from dyads.stages.gazetteer import load_gazetteer
from dyads.stages.state_names import state_name

# Bodies a province has of its own: its government, police, courts and legislature, and the
# officials and media that work there.
LOCAL_BODY_SECTORS = STATE_SECTORS | {"MED"}
# Lower-case words that may stand between the adjective and the body's noun.
MAX_BETWEEN = 2
MIN_LETTERS = 5  # shorter adjectives leave stems too short to name a province
# A province whose people run a government of their own is at least this large.
MIN_DIVISION_POPULATION = 100_000
PROVINCE_KIND = "admin1"
# Endings of a province's adjective and what the name ends with instead.
ENDINGS = (
    ("ian", "y"),  # Sicilian
    ("ian", "io"),  # Ontarian
    ("n", ""),  # Bavarian, Californian, Andalusian
    ("an", ""),  # Ohioan, Tigrayan, Hawaiian
    ("i", ""),  # Sindhi, Bihari
    ("ese", ""),  # Assamese
    ("er", ""),  # Quebecer, Queenslander
    ("", "y"),  # Saxon, Tuscan, Lombard
)


def regional_demonyms(
    doc: Doc, mentions: list[Mention], agents: AgentSpans, shared: Collection[str] = ()
) -> list[Mention]:
    """The mentions with each province's adjective before a body's noun added as a mention of
    the province's state (kind "country"), which the body then takes as its owner; `shared`
    holds the names of regions several states share."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    starts = {start: sector for start, sector in agents.values()}
    found = []
    for i, token in enumerate(doc):
        if i in taken or not _adjective(token.text, token.tag_, token.ent_type_):
            continue
        if not _before_body(doc, i, starts):
            continue
        code = province_state(token.text, shared)
        if code is not None:
            found.append(Mention(i, i + 1, state_name(code), "country", code, None))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _adjective(text: str, tag: str, label: str) -> bool:
    return (
        len(text) >= MIN_LETTERS
        and text[:1].isupper()
        and text[1:].islower()
        and (tag in ("JJ", "NNP", "NNPS") or label == "NORP")
    )


def _before_body(doc: Doc, i: int, starts: dict[int, str]) -> bool:
    """Whether a word stands right before a local body's noun, or before up to two lower-case
    words and the noun ("Bavarian state government")."""
    for k in range(i + 1, min(len(doc), i + 2 + MAX_BETWEEN)):
        if k in starts:
            return starts[k] in LOCAL_BODY_SECTORS
        if not doc[k].is_lower or not doc[k].is_alpha:
            return False
    return False


def province_state(adjective: str, shared: Collection[str] = ()) -> str | None:
    """The state of the one first-level division an adjective names ("Bavarian" -> DEU), if
    one stem of it names divisions of exactly one state and no region in `shared`."""
    gazetteer = load_gazetteer()
    for ending, replacement in ENDINGS:
        if not adjective.endswith(ending):
            continue
        stem = adjective[: len(adjective) - len(ending)] + replacement
        if stem in shared:
            return None  # "Kashmiri": a region of two states
        divisions = [
            e
            for e in gazetteer.lookup(stem)
            if e.kind == PROVINCE_KIND and e.country and e.population >= MIN_DIVISION_POPULATION
        ]
        states = {str(e.country) for e in divisions}
        if len(states) == 1:
            return states.pop()
    return None
