"""The recipient of an event that names none: the country where it happens, or the actor's own.

PLOVER codes the target of a one-sided event even when the sentence names no second party:
"Turkish authorities imposed a curfew in Cizre, Turkey" targets Turkey (where it happens);
"Iraqi Kurds demonstrated in Kirkuk" or "rebels demanded more rights" are aimed at the actor's
own country. Agreements, consultations, support and cooperation are between parties that must
be named, so they get no implied recipient, except a visit: "arrived in Tokyo for a visit" visits
Japan; and a promised reform, aimed at the actor's own country. Aid goes to others, so only
where it is delivered.
An implied recipient is an `Actor` built from the place (or the actor) mention, so its span
points to the words it was read from.
"""

from __future__ import annotations

import pycountry

from dyads.records import Actor, Place

# Types whose second party is never implied.
_NAMED_PARTY_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE"})
# A promised political reform ("promised to allow multiparty elections") is aimed at the
# actor's own country, though agreements otherwise need a named party.
_REFORM_INTENT_CAMEO = "034"
# A visit's host is the country it is made to.
_VISIT_MODE = "visit"
# Types aimed outward: the place where they happen may be implied, the actor's own country not.
_OUTWARD_TYPES = frozenset({"AID"})


def _country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_3=code)
    return str(country.name) if country is not None else code


def _is_country(code: str | None) -> bool:
    return code is not None and len(code) == 3 and code.isalpha() and code.isupper()


def place_party(place: Place) -> Actor | None:
    """A place standing for its country as a party (the target of "a curfew in Cizre")."""
    if place.country is None:
        return None
    return Actor(
        text=place.text,
        name=_country_name(place.country),
        code=place.country,
        sector=None,
        span=place.span,
    )


def implied_recipient(
    event: str,
    actor: Actor | None,
    location: Place | None,
    location_party: Actor | None = None,
    *,
    mode: str | None = None,
    cameo: str | None = None,
) -> Actor | None:
    """The recipient to assume for an event that has an actor but no named recipient.

    The place where it happens may be implied for any coded actor ("NATO troops arrived in
    Bosnia"); `location_party` is the actor named by the place's words, for a place the
    gazetteer could not give a country. The actor's own country is implied only for a country.
    """
    if actor is None or actor.code is None:
        return None
    if event == "CONSULT" and mode == _VISIT_MODE and location is not None:
        host = place_party(location) or location_party
        return host if host is not None and host.code != actor.code else None
    is_reform = cameo is not None and cameo.startswith(_REFORM_INTENT_CAMEO)
    if event in _NAMED_PARTY_TYPES and not is_reform:
        return None
    if location is not None:
        party = place_party(location) or location_party
        return (
            party if party is None or _is_country(actor.code) or party.code != actor.code else None
        )
    if event in _OUTWARD_TYPES or not _is_country(actor.code):
        return None
    return Actor(
        text=actor.text,
        name=_country_name(actor.code),
        code=actor.code,
        sector="GOV",
        span=actor.span,
    )
