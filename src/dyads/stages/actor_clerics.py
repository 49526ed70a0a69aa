"""Clerics named by a religious title before the name: "Imam NAME", "Father NAME".

A capitalised religious title right before a capitalised name is the person's title, sector
REL, even where the tagger tags no person ("Pastor NAME led a march"). The titles then place
the cleric where the sentence's places are, else in the state in view (``actor_titles.py``,
``actor_implied_states.py``); a person the dictionary knows keeps its own coding.

Some titles also open the names of institutions and of people ("Metropolitan Police",
"Cardinal Health", "Father Christmas"): after those, the name must be tagged as a person or
open with a known given name, or be one word, no institution's kind, that a verb of what
people do follows ("Metropolitan NAME blessed the troops"), however the tagger tagged it.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc

from dyads.stages.actor_agent_nouns import AgentSpans
from dyads.stages.actor_patterns import Mention, is_capitalised
from dyads.stages.doc_utils import token_table

CLERIC_SECTOR = "REL"
# Titles that, capitalised before a name, name a cleric.
CLERICAL_TITLES = frozenset(
    {"imam", "rabbi", "pastor", "ayatollah", "patriarch", "archbishop", "mullah", "reverend"}
)
# Titles that also open the names of institutions or stand for other things ("Metropolitan
# Police", "Cardinal Health", "Father Christmas"): a cleric's only before a person's name.
SHARED_TITLES = frozenset({"father", "cardinal", "bishop", "metropolitan"})
# Verbs of what a person does, after a one-word name the tagger may read as an organisation.
PERSON_VERBS = frozenset(
    {"say", "tell", "lead", "urge", "bless", "pray", "preach", "celebrate", "condemn", "warn"}
    | {"appeal", "thank"}
)
# Words that name a kind of institution, not a person ("Metropolitan Opera", "Cardinal Health").
INSTITUTION_WORDS = frozenset(
    {"opera", "transit", "health", "life", "museum", "council", "authority", "area", "district"}
    | {"board", "hospital", "university", "college", "bank", "club", "railway", "line", "water"}
    | {"library", "region", "borough", "school", "airport", "orchestra", "theatre", "theater"}
    | {"church", "cathedral", "police", "group", "insurance", "news", "times", "post"}
)


def with_clerical_titles(
    doc: Doc, mentions: list[Mention], agents: AgentSpans, given_names: Mapping[str, object]
) -> AgentSpans:
    """The agent nouns, with the religious titles before a name outside the mentions and the
    agent nouns found so far: end -> (start, "REL")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    taken.update(i for end, (start, _) in agents.items() for i in range(start, end))
    found: AgentSpans = dict(agents)
    table = token_table(doc)
    for i in range(len(doc) - 1):  # read from the table: no Token built for most words
        word = table.lowers[i]
        if word not in CLERICAL_TITLES and word not in SHARED_TITLES:
            continue
        if i in taken or i + 1 in taken or not table.texts[i][:1].isupper():
            continue
        name = doc[i + 1]
        if not (is_capitalised(name) and name.is_alpha and name.pos_ == "PROPN"):
            continue
        named = name.ent_type_ == "PERSON" or name.lower_ in given_names
        if word in SHARED_TITLES and not (named or _lone_acting_name(doc, i + 1)):
            continue
        if _names_a_thing(doc, i + 1):
            continue
        found[i + 1] = (i, CLERIC_SECTOR)
    return found


def _names_a_thing(doc: Doc, start: int) -> bool:
    """Whether the capitalised words from `start` name a thing, not a person: a building or
    body the tagger tags so ("the Imam Ali Mosque"), or words that only modify a noun after
    them ("Father Ted fans")."""
    if _lone_acting_name(doc, start):
        return False  # "Metropolitan NAME said", though the tagger read an organisation
    end = start
    while end < len(doc) and is_capitalised(doc[end]) and doc[end].is_alpha:
        end += 1
    words = doc[start:end]
    if not words:
        return False
    if any(t.ent_type_ and t.ent_type_ != "PERSON" for t in words):
        return True
    last = words[-1]
    return last.dep_ == "compound" and last.head.pos_ == "NOUN" and last.head.i >= end


def titled_cleric(doc: Doc, person: Mention) -> bool:
    """Whether a person's mention opens with a religious title ("Pastor NAME"): a person,
    whatever the tagger made of the name."""
    return (
        person.sector == CLERIC_SECTOR
        and doc[person.start].lower_ in CLERICAL_TITLES | SHARED_TITLES
        and not _names_a_thing(doc, person.start + 1)
    )


def _lone_acting_name(doc: Doc, start: int) -> bool:
    """Whether the word at `start` is a one-word name, no institution's kind, that a verb of
    what people do follows: "Metropolitan NAME urged the faithful"."""
    if start + 1 >= len(doc):
        return False
    name, verb = doc[start], doc[start + 1]
    if not (is_capitalised(name) and name.is_alpha) or name.lower_ in INSTITUTION_WORDS:
        return False
    return verb.pos_ == "VERB" and verb.lemma_ in PERSON_VERBS
