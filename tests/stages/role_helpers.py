"""Helpers shared by the role tests: an index of parties built by their words, how to read a
trigger's roles, and the facts read back out of them."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from dyads.stages.roles import ActorIndex, Roles, noun_roles, verb_roles

from .event_helpers import PartySpec, actor, codes, parties, token


def index_of(
    doc: Doc, specs: Sequence[PartySpec], places: Sequence[tuple[str, str]] = ()
) -> ActorIndex:
    """An index of the parties, with the places (actors of no sector) added after them."""
    index = ActorIndex(doc, parties(doc.text, specs))
    if places:
        index.add_places([actor(doc.text, words, code, None) for words, code in places])
    return index


class RolesOf:
    """How to read the roles of one trigger word: the parties the index holds (and the places
    added after them), whether the word is an event noun, and the options of the reading."""

    def __init__(
        self,
        word: str,
        specs: Sequence[PartySpec],
        *,
        places: Sequence[tuple[str, str]] = (),
        noun: bool = False,
        **options: bool,
    ) -> None:
        self.word, self.specs, self.places = word, specs, places
        self.noun, self.options = noun, options

    def index(self, doc: Doc) -> ActorIndex:
        return index_of(doc, self.specs, self.places)

    def read(self, nlp: Language, text: str, **more: bool) -> Roles:
        doc = nlp(text)
        trigger, index, options = token(doc, self.word), self.index(doc), self.options | more
        if self.noun:
            return noun_roles(trigger, index, **options)
        return verb_roles(trigger, index, **options)


def recipient_code(roles: Roles) -> str | None:
    """The recipient's code; None only when there is no recipient ("?" for one without code)."""
    return None if roles.recipient is None else (roles.recipient.code or "?")


def role_facts(roles: Roles, keys: Sequence[str]) -> dict[str, object]:
    """The named facts of the roles: actor codes, recipient code, codes of all recipients."""
    every: dict[str, object] = {
        "actors": codes(roles.actors),
        "recipient": recipient_code(roles),
        "recipients": codes(roles.recipients),
    }
    return {key: every[key] for key in keys}
