"""The party an event does not name: the recipient where it happens or the actor's own country,
and the actor of violence, protest or repression whose doers are not coded.

PLOVER codes the target of a one-sided event even when the sentence names no second party: "Turkish
authorities imposed a curfew in Cizre, Turkey" targets Turkey (where it happens); "Iraqi Kurds
demonstrated in Kirkuk" or "rebels demanded more rights" are aimed at the actor's own country.
Consultations, support and cooperation are between parties that must be named, so they get no
implied recipient, except a visit: "arrived in Tokyo for a visit" visits Japan. A promise that names
nobody it is made to is kept where it says, else at home ("the king promised to introduce a
multiparty system"). Aid goes to others, so only where it is delivered (and aid cut is cut to
others: none at home), and so do blockades, forces
sent to a place that gives no state ("deployed a carrier group to the Middle East") and ships or
aircraft seized. A resignation is aimed at nobody: the office holder leaves a post of
their own ("the economy minister resigned"), so neither home nor the place is implied. The
actor's own country is no target when the sentence names a party of another
state that holds no role in the event ("signed the order after meeting the Argentine minister"): the
act concerns or answers that state. Violence, protest and arrests keep it ("Indonesian police,
acting on a tip from Australian intelligence, arrested three men"): they are done to people where
they are, the codebook's domestic targets.
Violence whose attacker is not named ("a car bomb exploded in Belfast, killing two soldiers")
is coded as domestic, as the PLOVER gold codes it: the actor is the country where it happens,
else the victims' own country; so are a protest by people named only by what they do and
arrests or bans by unnamed authorities, which, where no place is given, are those of the state
whose politicians they hold ("Police arrested opposition leader Kizza Besigye").
The actor's own country as a target is its government, but force and repression that a state's
own bodies use at home target its people (CVL: "Police opened fire on crowds", "the government
imposed a curfew").
An implied party is an `Actor` built from the place (or the other party's) mention, so its span
points to the words it was read from.
"""

from __future__ import annotations

from collections.abc import Sequence

from dyads.records import Actor, Place, Span
from dyads.stages.state_names import state_name

# Types whose second party is never implied. A promise (AGREE) that names nobody it is made to
# is aimed where it is to be kept, else at the actor's own country ("the rebels agreed to meet
# government negotiators", "the king promised to introduce a multiparty system").
_NAMED_PARTY_TYPES = frozenset({"CONSULT", "SUPPORT", "COOPERATE"})
# A visit's host is the country it is made to.
_VISIT_MODE = "visit"
# A resignation (RETREAT resign) leaves one's own post: no party undergoes it.
_RESIGNATION = ("RETREAT", "resign")
# Types aimed outward: the place where they happen may be implied, the actor's own country not.
_OUTWARD_TYPES = frozenset({"AID"})
# Cutting aid (CAMEO 162 and its 4-digit codes) stops what went to others: "Japan froze new
# loans" cuts them to whoever had them, never to Japan.
_AID_CUT_CAMEO = "162"
# A demand to ease sanctions, an embargo or a blockade (REQUEST yield, economic) is aimed at
# whoever holds them, whom the demand often leaves unnamed: neither the place it is made in nor
# the actor's own country.
_HELD_RESTRAINT = ("REQUEST", "yield", "economic")
# A blockade (COERCE restrict, military) is laid on another party: where the sentence names
# none, the blockading state's own country is no target ("a military blockade by Azerbaijan").
_BLOCKADE = ("COERCE", "restrict", "military")
# Administrative restrictions (CAMEO 172: bans, curfews, martial law) are laid at home, whoever
# lays them: "the military junta banned political gatherings" targets the junta's own country.
_ADMINISTRATIVE_CAMEO = "172"
# Easing them (CAMEO 0811-0814: political freedoms, bans on parties, curfews, a state of
# emergency or martial law) is done at home too, whatever other state the sentence names:
# "Algeria lifted its state of emergency, meeting a demand of groups inspired by the uprisings
# in Tunisia and Egypt" eases it for Algerians.
_DOMESTIC_EASING_CAMEOS = frozenset({"0811", "0812", "0813", "0814"})
# Violence by an unknown hand; a protest by people the text names only by what they do
# ("students", "rioters"), who are taken to be the place's own; arrests, bans and curfews
# ("militants were arrested in Cairo"), which only a state's authorities impose.
_UNATTRIBUTED_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE"})


# Force and repression, and the sectors of a state's own bodies that use them at home.
_REPRESSION_TYPES = frozenset({"ASSAULT", "COERCE"})
_STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})
# Sectors of a state's own political life: its government, opposition, parties, lawmakers and
# former leaders, whom only that state's bodies arrest or ban.
_POLITICAL_SECTORS = frozenset({"GOV", "OPP", "PTY", "LEG", "ELI"})


def _is_country(code: str | None) -> bool:
    return code is not None and len(code) == 3 and code.isalpha() and code.isupper()


def place_party(place: Place) -> Actor | None:
    """A place standing for its country as a party (the target of "a curfew in Cizre")."""
    if place.country is None:
        return None
    return _country_actor(place.country, place.text, place.span)


def _country_actor(code: str, text: str, span: Span, sector: str | None = None) -> Actor:
    """A country as a party, read from the words at `span` (a place, or another party's)."""
    return Actor(text=text, name=state_name(code), code=code, sector=sector, span=span)


def implied_recipient(
    event: str,
    actor: Actor | None,
    location: Place | None,
    location_party: Actor | None = None,
    *,
    mode: str | None = None,
    context: Sequence[str] = (),
    bystanders: Sequence[Actor] = (),
    away_from_home: bool = False,
    cameo: str | None = None,
) -> Actor | None:
    """The recipient to assume for an event that has an actor but no named recipient.

    The place where it happens may be implied for any coded actor ("NATO troops arrived in
    Bosnia"); `location_party` is the actor named by the place's words, for a place the
    gazetteer could not give a country. The actor's own country is implied only for a country,
    and, except for violence, protest and arrests, only when none of `bystanders` (the
    sentence's parties that hold no role in the event) is of another country: "reviewing the
    Polish request", "after meeting the Argentine minister" say the act concerns or was prompted
    by another state, so a domestic target is a guess against the sentence. Nor is it for an
    act `away_from_home`: forces sent to a place that gives no state ("deployed a carrier group
    to the Middle East"), a ship or aircraft seized ("seized a tanker in the Strait of Hormuz").
    A restriction by military hands is a blockade, with no home target, unless its `cameo` is an
    administrative one (a ban, a curfew); easing a curfew, a state of emergency, martial law or
    a ban on parties stays at home whoever else is named, as imposing one does.
    """
    if actor is None or actor.code is None:
        return None
    if event == "CONSULT" and mode == _VISIT_MODE and location is not None:
        host = place_party(location) or location_party
        return host if host is not None and host.code != actor.code else None
    if event in _NAMED_PARTY_TYPES or (event, mode) == _RESIGNATION:
        return None
    kind, yielding, holding = _HELD_RESTRAINT
    if event == kind and mode == yielding and holding in context:
        return None
    party = _location_country(location, location_party) if location is not None else None
    if party is not None:
        return party if _is_country(actor.code) or party.code != actor.code else None
    aid_cut = cameo is not None and cameo.startswith(_AID_CUT_CAMEO)
    if event in _OUTWARD_TYPES or aid_cut or away_from_home or not _is_country(actor.code):
        return None
    administrative = cameo is not None and cameo.startswith(_ADMINISTRATIVE_CAMEO)
    if (event, mode) == _BLOCKADE[:2] and _BLOCKADE[2] in context and not administrative:
        return None
    foreign = any(_is_country(b.code) and b.code != actor.code for b in bystanders)
    if foreign and event not in _UNATTRIBUTED_TYPES and cameo not in _DOMESTIC_EASING_CAMEOS:
        return None
    return _country_actor(actor.code, actor.text, actor.span, _home_target_sector(event, actor))


def _home_target_sector(event: str, actor: Actor) -> str:
    """The sector of the actor's own country as the target: its people for force or repression
    a state's own bodies use at home ("Police opened fire on crowds", "the government imposed a
    curfew": the civilians, as the PLOVER gold codes a curfew in Cizre), else its government
    (protests, demands, an armed group's attacks)."""
    if event in _REPRESSION_TYPES and actor.sector in _STATE_BODY_SECTORS:
        return "CVL"
    return "GOV"


def _location_country(location: Place, location_party: Actor | None) -> Actor | None:
    """The country a place stands for: the actor stage's reading of its words first, which
    knows the state of the article's time ("Prague" in 1989 is Czechoslovakia's capital)."""
    if location_party is not None and _is_country(location_party.code):
        return location_party
    return place_party(location) or location_party


def implied_actor(
    event: str,
    recipient: Actor | None,
    location: Place | None,
    location_party: Actor | None = None,
    doer: Actor | None = None,
) -> Actor | None:
    """The actor to assume for violence, a protest or repression whose doers are not coded: the
    country where it happens, else (for violence) the victims' own country, and (for
    repression by a state's body named without its state) the country of the political figure
    or body it is used on."""
    if event not in _UNATTRIBUTED_TYPES:
        return None
    party = (place_party(location) or location_party) if location is not None else None
    if party is not None and _is_country(party.code):
        return party
    if recipient is None or recipient.code is None or not _is_country(recipient.code):
        return None
    if event == "ASSAULT":
        if doer is not None:  # "Troops opened fire on Kurdish demonstrators": the troops
            return _country_actor(recipient.code, doer.text, doer.span, doer.sector)
        return _country_actor(recipient.code, recipient.text, recipient.span)
    if (
        event == "COERCE"
        and doer is not None
        and doer.sector in _STATE_BODY_SECTORS
        and recipient.sector in _POLITICAL_SECTORS
    ):
        # "Police arrested opposition leader Kizza Besigye": a state's police arrest its own
        # politicians; foreigners they hold ("two British tourists") say nothing of the police.
        return _country_actor(recipient.code, doer.text, doer.span, doer.sector)
    return None
