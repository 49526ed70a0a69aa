"""Companies named by a word that is also a common word or a place ("Amazon", the river and the
firm; "Meta", Colombia's department and the firm), read as the company only where the sentence
makes it act: the subject of a clause or a possessive ("Amazon opened a warehouse", "Meta's
lawyers"), a proper noun the tagger does not read as a place or person, with no article, adjective
or owner of its own ("the Amazon", "the northern Amazon" and "Brazil's Amazon" are the river's
basin). The words are listed in ``company_words.tsv``."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from dyads.stages.actor_dictionary import Entry
from dyads.stages.actor_patterns import Mention
from dyads.stages.doc_utils import token_lowers

# Dependencies of a party that acts or owns: the subject of a clause, a possessive.
_ACTING_DEPS = frozenset({"nsubj", "poss"})
# Entity labels that say the word is no company here.
_OTHER_LABELS = frozenset({"GPE", "LOC", "FAC", "PERSON", "NORP"})
# Dependents a company's bare name does not take: an article, an adjective, an owner.
_PLACE_DEPENDENTS = frozenset({"det", "amod", "poss", "compound", "nummod"})


def company_words(
    doc: Doc, mentions: list[Mention], words: dict[str, Entry], on: dt.date | None
) -> list[Mention]:
    """Mentions of the companies whose one-word names act in the sentence, outside the
    mentions already found."""
    if not words:
        return []
    lowered = {word.lower() for word in words}
    hits = [i for i, lower in enumerate(token_lowers(doc)) if lower in lowered]
    if not hits:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for i in hits:
        entry = words.get(doc[i].text)  # the word as written: "amazon" is no company
        if entry is None or i in taken or not _acts_as_company(doc[i]):
            continue
        code, sector = entry.code_on(on)
        found.append(Mention(i, i + 1, entry.name, "org", code, sector, entry))
    return found


def _acts_as_company(token: Token) -> bool:
    """Whether a company's word stands alone as a proper noun that acts or owns."""
    if token.dep_ not in _ACTING_DEPS or token.pos_ != "PROPN":
        return False
    if token.ent_type_ in _OTHER_LABELS or (token.ent_iob_ == "I"):
        return False  # "Amazon" ending a longer name is another name's word
    after = token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I"
    return not after and not any(c.dep_ in _PLACE_DEPENDENTS for c in token.children)
