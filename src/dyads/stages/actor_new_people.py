"""People the dictionary does not know: PERSON entities and names the tagger missed.

Names after a singular title ("Foreign Minister Ana Ruiz"), after a title and the place it
is posted to ("envoy to Ukraine Ivan Petrov"), after a title and its portfolio ("Minister for
Health Ana Ruiz": ``actor_portfolios.py``), and names set off by commas beside
a title ("Russia's envoy to the UN, Ivan Petrov,") are people even where spaCy tags none.
They leave here uncoded; their titles code them later (``actor_titles.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from dyads.stages.actor_agent_nouns import AgentSpans
from dyads.stages.actor_patterns import Mention, appositive_names, name_after_title
from dyads.stages.actor_portfolios import name_after_portfolio

# Entities that name where a title is posted ("envoy to the Middle East").
POST_LABELS = frozenset({"GPE", "LOC"})


def new_people(
    doc: Doc, mentions: list[Mention], agents: AgentSpans, is_title: Callable[[Token], bool]
) -> list[Mention]:
    """Uncoded person mentions for the names outside the mentions found so far."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    spans = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    for end in agents:
        found = (
            name_after_title(doc, end, taken)
            or _name_after_post(doc, end, mentions, taken)
            or name_after_portfolio(doc, end, taken)
        )
        if found is not None:
            spans.append(found)
    spans += appositive_names(doc, taken, is_title)
    # The end of the title each title word belongs to: the tagger may start a name inside a
    # title ("Grand Ayatollah NAME" tagged from "Ayatollah").
    title_ends = {i: end for end, (start, _) in agents.items() for i in range(start, end)}
    people: list[Mention] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if title_ends.get(start, end) < end:
            start = title_ends[start]  # "Warlord NAME": the tagger ran the title into the name
        while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
            end -= 1
        if end <= start or any(i in taken for i in range(start, end)):
            continue
        taken.update(range(start, end))
        name = doc[start:end].text
        people.append(Mention(start, end, name, "person", None, None))
    return people


def _name_after_post(
    doc: Doc, title_end: int, mentions: list[Mention], taken: set[int]
) -> tuple[int, int] | None:
    """The name after a title and the place it is posted to: "envoy to Ukraine NAME",
    "ambassador to the UN NAME" (the tagger often runs the place into the name)."""
    k = title_end
    if k >= len(doc) or doc[k].lower_ != "to":
        return None
    if doc[k - 1].tag_ in ("NNS", "NNPS"):
        return None  # "Troops To Guyana Border": troops are posted, no title of one person
    k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
    ends = [m.end for m in mentions if m.start == k and m.kind != "person"]
    if not ends:  # a region the dictionary lacks, tagged with its article ("the Middle East")
        ends = [e.end for e in doc.ents if k - 1 <= e.start <= k and e.label_ in POST_LABELS]
    if not ends or max(ends) >= len(doc):
        return None
    return name_after_title(doc, max(ends), taken)
