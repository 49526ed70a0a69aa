"""Whom a quote or a letter addresses: "@NATO, you should", "Dear Chancellor X, we ask you".

Posts, open letters and speeches name their addressee at the head of a sentence or quote and
then speak to them as "you". The addressee is a vocative: a known actor or a handle ("@NATO",
"@EU_Commission", "@FirstLast") at the start of a sentence or quote, after at most a form of
address ("Dear", "Mr"), and set off by a comma; or a handle set off by commas anywhere in a
post. Every "you" and "your" after it in the same sentence stands for that actor, so the request
or accusation the sentence makes has a recipient. A handle names the actor the dictionary knows
by its words ("@EmmanuelMacron"), or a person or body by its first words ("@LulaOficial").
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Token

from dyads.stages.actor_dictionary import ActorDictionary
from dyads.stages.actor_patterns import Mention
from dyads.stages.doc_utils import token_table

_OPENERS = frozenset({'"', "“", "‘", "'", ":", "«", "(", "-", "—"})
_FORMS_OF_ADDRESS = frozenset({"dear", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "madam", "sir"})
_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
_CLOSERS = frozenset({'"', "”", "’", "»"})
# "@EmmanuelMacron" -> "Emmanuel Macron": the capitals of a handle start its words.
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Kinds of actor a handle may name by the first words of its name.
_NAMED_KINDS = frozenset({"person", "org"})


def addressed_mentions(
    doc: Doc, mentions: list[Mention], dictionary: ActorDictionary, on: dt.date | None
) -> list[Mention]:
    """Handles the dictionary knows, and the "you" that stands for a vocative actor."""
    by_start = {m.start: m for m in mentions if m.code is not None}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    # Only coded mentions and handles can be vocatives: visit those, not every token.
    texts = token_table(doc).texts
    handles = {i for i, text in enumerate(texts) if text.startswith("@")}
    for i in sorted(by_start.keys() | handles):
        token = doc[i]
        vocative = by_start.get(i)
        if vocative is None and token.i not in taken and _is_handle(token):
            vocative = _handle(token, dictionary, on)
            if vocative is not None:
                found.append(vocative)
        if vocative is None or not _is_vocative(doc, vocative):
            continue
        found += [
            Mention(t.i, t.i + 1, vocative.name, vocative.kind, vocative.code, vocative.sector)
            for t in _addressed_words(doc, vocative.end)
            if t.i not in taken
        ]
    return found


def _is_handle(token: Token) -> bool:
    return token.text.startswith("@") and len(token.text) > 1


def _handle(token: Token, dictionary: ActorDictionary, on: dt.date | None) -> Mention | None:
    """The actor a social-media handle names ("@NATO", "@EU_Commission"), if the dictionary
    knows the name."""
    words = _CAMEL.sub(" ", token.text[1:].replace("_", " ")).split()
    entry = dictionary.entry(" ".join(words)) if words else None
    for size in range(len(words) - 1, 0, -1):
        if entry is not None:
            break
        # "@LulaOficial", "@EU_Commission": a person or body named first, then a word of its own;
        # never a place ("@NewYorkTimes" is no state's act).
        entry = dictionary.entry(" ".join(words[:size]))
        entry = entry if entry is not None and entry.kind in _NAMED_KINDS else None
    if entry is None:
        return None
    code, sector = entry.code_on(on)
    if code is None:
        return None
    return Mention(token.i, token.i + 1, entry.name, entry.kind, code, sector, entry)


def _is_vocative(doc: Doc, mention: Mention) -> bool:
    """A mention at the head of a sentence or quote, set off by a comma."""
    if mention.end >= len(doc) or doc[mention.end].text != ",":
        return False
    start = mention.start
    if start > 0 and doc[start - 1].lower_ in _FORMS_OF_ADDRESS:
        start -= 1
    if start == 0 or doc[start].is_sent_start or doc[start - 1].text in _OPENERS:
        return True
    # A handle set off by commas inside a post ("If you care, @Brand, then you should stop").
    return _is_handle(doc[mention.start]) and doc[start - 1].text == ","


def _addressed_words(doc: Doc, after: int) -> list[Token]:
    """The second-person words after a vocative, up to the end of its sentence or quote."""
    words: list[Token] = []
    for token in doc[after:]:
        if token.is_sent_start or token.text in _CLOSERS:
            break
        if token.lower_ in _SECOND_PERSON:
            words.append(token)
    return words
