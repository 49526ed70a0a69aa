"""Agent nouns that are verbs: "China advocates a settlement", "Russia forces Kyiv to retreat".

Some agent nouns share their spelling with a present-tense verb ("advocates", "forces",
"guards", "rebels", "monitors"). Straight after a state's name they would join it as that
state's people ("Chinese advocates"), yet in news a bare name followed by such a word and an
object is the state acting: the word is the verb, the state its subject. A plural noun after
a proper name cannot be followed by an article or a "that" clause, so the word is read as a verb
where the tagger says so or where such an object follows it, but never where the parser makes
the plural another verb's object ("attacked U.S. troops on Thursday"). Likewise a word that
makes a title past ("ousted prime minister") is the clause's verb where it has a subject ("The
army chief ousted Prime Minister NAME"): the title then starts after it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from dyads.stages.actor_agent_nouns import AgentSpans
from dyads.stages.actor_patterns import FORMER_WORDS, says_former

# Words that open a verb's object or complement, never the words after a plural noun phrase:
# articles, possessives, numbers, "that" ("advocates that all disputes be settled").
_OBJECT_TAGS = frozenset({"DT", "PRP$", "CD", "WDT", "PDT"})
_COMPLEMENT_WORDS = frozenset({"that", "for", "on"})


def without_verbs(doc: Doc, agents: AgentSpans) -> AgentSpans:
    """The agent spans less one-word nouns that are a verb after a name ("India advocates a
    peaceful resolution"); the name then stands alone as the verb's subject."""
    return {end: found for end, found in agents.items() if not _is_verb(doc, found[0], end)}


def without_verb_prefixes(
    doc: Doc, agents: AgentSpans, sector_of: Callable[[str], str | None]
) -> AgentSpans:
    """The agent spans with a verb of ousting that opens them cut off ("chief ousted Prime
    Minister NAME" -> "Prime Minister"), the rest coded anew; dropped when the rest is none."""
    kept: AgentSpans = {}
    for end, (start, sector) in agents.items():
        word = doc[start]
        if end - start > 1 and word.lower_ in FORMER_WORDS and not says_former(word):
            rest = sector_of(doc[start + 1 : end].text)
            if rest is not None:
                kept[end] = (start + 1, rest)
            continue
        kept[end] = (start, sector)
    return kept


def _is_verb(doc: Doc, start: int, end: int) -> bool:
    if end - start != 1 or start == 0:
        return False
    word, before = doc[start], doc[start - 1]
    if not word.lower_.endswith("s") or before.tag_ != "NNP" or word.is_sent_start:
        return False
    # "attacked U.S. troops on Thursday": a plural the parser makes another verb's object is
    # no verb of its own, whatever follows it.
    if word.tag_ == "NNS" and word.dep_ in ("dobj", "pobj"):
        return False
    return word.tag_ == "VBZ" or (word.tag_ == "NNS" and _opens_object(doc, end))


def _opens_object(doc: Doc, end: int) -> bool:
    """Whether the word after an agent noun opens an object or complement of a verb."""
    if end >= len(doc):
        return False
    following: Token = doc[end]
    return following.tag_ in _OBJECT_TAGS or following.lower_ in _COMPLEMENT_WORDS
