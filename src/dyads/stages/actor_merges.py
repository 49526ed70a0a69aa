"""Neighbouring mentions that name one actor, merged into one mention.

"South Korea's Joint Chiefs of Staff" (a body owned by a country), "China's state news agency
Xinhua" (an agent phrase naming a body) and "Iraqi Kurds" (a state before a placed group) are
each one actor, coded by the state; "Amnesty International Kenya" is the body's section, one
actor coded as the body, and "Shell Nigeria" a company's subsidiary, one actor coded as a
company of the state it is named for. A demonym before a state body of another state is the
demonym's state's body of that name ("the Canadian House of Commons", "the German Foreign
Office"): the tables file such a name under the state that made it known.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc

from dyads.stages.actor_patterns import STATE_SECTORS, Mention


def _fold_pairs(
    mentions: list[Mention], merge: Callable[[Mention, Mention], Mention | None]
) -> list[Mention]:
    """The mentions in text order, each joined to the one kept before it wherever `merge` makes
    one actor of the two (it gets the earlier and the later mention, and gives the joined one or
    None)."""
    result: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        merged = merge(result[-1], mention) if result else None
        if merged is not None:
            result[-1] = merged
        else:
            result.append(mention)
    return result


def scope_to_owner(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "South Korea's Joint Chiefs of Staff": a body owned by a country is that country's."""

    def merge(owner: Mention, mention: Mention) -> Mention | None:
        if not (
            owner.kind == "country"
            and mention.kind in ("org", "group", "agent")
            and mention.start == owner.end + 1
            and doc[owner.end].text in ("'s", "’s")
            and (mention.code or "")[:3] not in ("IGO", "NGO", "IMG")
        ):
            return None
        # A group's name is no state's ("Socialists", "Kurds"): it stays, placed by the owner;
        # another state's body named alike is named by the text's words.
        name = (
            mention.name
            if mention.code == owner.code or mention.kind == "group"
            else doc[mention.start : mention.end].text
        )
        return replace(mention, start=owner.start, name=name, code=owner.code, entry=None)

    return _fold_pairs(mentions, merge)


def merge_named_bodies(mentions: list[Mention]) -> list[Mention]:
    """ "China's state news agency Xinhua" is one actor: the agent phrase names the body."""

    def merge(before: Mention, mention: Mention) -> Mention | None:
        if not (
            before.kind == "agent"
            and before.end == mention.start
            and mention.kind in ("org", "media", "group")
            and before.code == mention.code
        ):
            return None
        return replace(mention, start=before.start, sector=mention.sector or before.sector)

    return _fold_pairs(mentions, merge)


def national_sections(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Amnesty International Kenya", "Transparency International Ukraine": a state's name
    right after a non-governmental body's, in the same run of capitalised words, names the
    body's section there; one actor, the body, not the state."""

    def merge(before: Mention, mention: Mention) -> Mention | None:
        if not (
            (before.code or "").startswith("NGO")
            and mention.kind == "country"
            and before.end == mention.start
            and doc[mention.start].is_title
        ):
            return None
        return replace(before, end=mention.end)

    return _fold_pairs(mentions, merge)


def national_subsidiaries(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Shell Nigeria", "Vodafone Egypt", "General Motors of Canada": a state's name right
    after a company's, in the same run of capitalised words or after "of", names the company's
    subsidiary there; one actor, a company (BUS) of that state. After "of", a state's
    possessive starts a new phrase ("Tata of Britain's Jaguar"); its people's name is no
    subsidiary's."""

    def merge(before: Mention, mention: Mention) -> Mention | None:
        if not (
            before.kind == "org"
            and before.sector == "BUS"
            and mention.kind == "country"
            and len(mention.code or "") == 3
            and _names_subsidiary(doc, before, mention)
        ):
            return None
        text = doc[before.start : mention.end].text
        return replace(before, end=mention.end, name=text, code=mention.code, entry=None)

    return _fold_pairs(mentions, merge)


def _names_subsidiary(doc: Doc, company: Mention, state: Mention) -> bool:
    """Whether a state's name follows a company's as the name of its subsidiary there."""
    between = doc[company.end : state.start]
    if len(between) > 1 or (len(between) == 1 and between[0].lower_ != "of"):
        return False
    first = doc[state.start]
    possessive = state.end < len(doc) and doc[state.end].text in ("'s", "’s")
    return first.is_title and first.ent_type_ != "NORP" and not (between and possessive)


def national_groups(
    mentions: list[Mention], placements: dict[str, tuple[str, ...]]
) -> list[Mention]:
    """A state's name right before a placed group places it: "Iraqi Kurds" are Iraq's
    (civilians), "Australia's Labor Party" is Australia's."""

    def merge(before: Mention, mention: Mention) -> Mention | None:
        if not (
            mention.entry is not None
            and mention.entry.name in placements
            and before.kind == "country"
            and len(before.code or "") == 3
            and before.end == mention.start
        ):
            return None
        return replace(mention, start=before.start, code=before.code, entry=None)

    return _fold_pairs(mentions, merge)


def demonym_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "The Canadian House of Commons", "the German Foreign Office": a state's name or people
    right before a state body the tables give another state names that state's body of the
    same name; one actor, coded by the state named first."""

    def merge(before: Mention, mention: Mention) -> Mention | None:
        if not (
            before.kind == "country"
            and before.end == mention.start
            and mention.kind == "org"
            and mention.sector in STATE_SECTORS
            and len(before.code or "") == 3
            and len(mention.code or "") == 3
            and before.code != mention.code
        ):
            return None
        text = doc[before.start : mention.end].text
        return replace(mention, start=before.start, name=text, code=before.code, entry=None)

    return _fold_pairs(mentions, merge)
