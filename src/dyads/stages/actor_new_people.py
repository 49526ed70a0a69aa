"""People the dictionary does not know: PERSON entities and names the tagger missed.

Names after a singular title ("Foreign Minister Ana Ruiz") and names set off by commas beside
a title ("Russia's envoy to the UN, Ivan Petrov,") are people even where spaCy tags none.
They leave here uncoded; their titles code them later (``actor_titles.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from dyads.stages.actor_agent_nouns import AgentSpans
from dyads.stages.actor_patterns import Mention, appositive_names, name_after_title


def new_people(
    doc: Doc, mentions: list[Mention], agents: AgentSpans, is_title: Callable[[Token], bool]
) -> list[Mention]:
    """Uncoded person mentions for the names outside the mentions found so far."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    spans = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    for end in agents:
        found = name_after_title(doc, end, taken)
        if found is not None:
            spans.append(found)
    spans += appositive_names(doc, taken, is_title)
    people: list[Mention] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
            end -= 1
        if end <= start or any(i in taken for i in range(start, end)):
            continue
        taken.update(range(start, end))
        name = doc[start:end].text
        people.append(Mention(start, end, name, "person", None, None))
    return people
