"""In Indian news "the Centre" is the Union government in New Delhi, as against the states' ("the
Centre told the Supreme Court it would frame a scheme"). Read so only in an article that names
India otherwise, written with a capital after "the", and not the start of a body's name ("the
Centre for Policy Research").
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.stages.actor_patterns import Mention
from dyads.stages.doc_utils import token_table

CENTRE_WORDS = frozenset({"Centre", "Center"})
INDIA = "India"
INDIA_CODE = "IND"
# Words after "Centre" that make it the start of a body's name.
NAME_LINKS = frozenset({"for", "of", "on", "'s", "’s"})


def union_centres(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A mention of India's government for each "the Centre" of an article about India."""
    if not any(m.code == INDIA_CODE for m in mentions):
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    texts = token_table(doc).texts
    for i in (i for i, text in enumerate(texts) if text in CENTRE_WORDS):
        token = doc[i]
        if token.i in taken or token.i == 0:
            continue
        if doc[token.i - 1].lower_ != "the":
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and (after.lower_ in NAME_LINKS or after.text[:1].isupper()):
            continue  # "the Centre for Policy Research", "the Centre Point mall"
        found.append(Mention(token.i, token.i + 1, INDIA, "agent", INDIA_CODE, "GOV"))
    return found
