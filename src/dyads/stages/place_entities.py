"""Toponyms from the model's entities: place entities trimmed and widened ("the Western US",
"Umuokpara, Nigeria", "Trinidad and Tobago"), names run together ("Greece Italy"), and
places under other labels (`place_misread`).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from dyads.stages.gazetteer import fold
from dyads.stages.place_cues import (
    BUILDING_WORDS,
    FEATURE_WORDS,
    PLACE_LABELS,
    PLACE_PREPOSITIONS,
    after_locative,
    attack_target,
    cued_by_of,
    described_as_settlement,
    has_city_cue,
    is_capitalised,
    is_direction,
    is_direction_word,
    names_a_feature,
    names_a_standing_building,
    starts_a_feature,
)
from dyads.stages.place_filters import (
    before_currency,
    is_common_word_with_the,
    is_generic_word_with_the,
    kin_possessor,
    names_a_club,
    person_not_town,
)
from dyads.stages.place_lookup import (
    COMPASS_POINTS,
    MIN_POPULATION_UNTAGGED,
    PlaceLookup,
    named_place,
)
from dyads.stages.place_misread import (
    MISREAD_LABELS,
    misread_entity,
    misread_language,
    named_site,
    place_before_time_words,
    polity_of,
    venue,
)
from dyads.stages.place_resolution import AREA_KINDS, Mention, same_town_name

# "Santo Domingo", "São Tomé", "St. Petersburg": the model often tags only the saint's name
# ("Domingo", as a person) and leaves the prefix out.
_SAINT_PREFIXES = frozenset(
    {"san", "santo", "santa", "são", "sao", "saint", "st.", "st", "sainte", "ste.", "sant"}
)


def with_saint_prefix(lookup: PlaceLookup, doc: Doc, ent: TokenSpan) -> TokenSpan:
    """The entity widened over a saint prefix before it ("Santo" before "Domingo"), when the
    whole name is a town large enough to stand without an entity, or an area; else the entity.
    The widened name is labelled a place: the saint's name alone was a town's part."""
    start = ent.start
    if start == 0 or not is_capitalised(doc[start - 1].text):
        return ent
    if doc[start - 1].lower_ not in _SAINT_PREFIXES:
        return ent
    entries = lookup.gazetteer.lookup(doc[start - 1 : ent.end].text)
    if not any(
        entry.kind in AREA_KINDS or entry.population >= MIN_POPULATION_UNTAGGED for entry in entries
    ):
        return ent
    label = ent.label_ if ent.label_ in PLACE_LABELS else "GPE"
    return TokenSpan(doc, start - 1, ent.end, label=label)


def with_first_word(lookup: PlaceLookup, doc: Doc, ent: TokenSpan) -> TokenSpan:
    """The entity widened over the capitalised word before it after "in", "at", "near"...,
    where the whole is a town's own name the entity alone is not ("in Much Wenlock" with only
    "Wenlock" tagged, as a person): labelled a place. Else the entity."""
    start = ent.start
    if start < 2 or not is_capitalised(doc[start - 1].text) or doc[start - 1].ent_type_:
        return ent
    if not after_locative(doc, start - 1, PLACE_PREPOSITIONS):
        return ent
    key = fold(doc[start - 1 : ent.end].text)
    if not any(same_town_name(e, key) for e in lookup.gazetteer.lookup(key)):
        return ent
    return TokenSpan(doc, start - 1, ent.end, label="GPE")


def entity_as_place(lookup: PlaceLookup, doc: Doc, ent: TokenSpan) -> Mention | None:
    """The toponym an entity names, whatever its label, or None."""
    before_time = place_before_time_words(lookup, doc, ent)
    if before_time is not None:
        return before_time  # "Kyiv overnight" tagged as one TIME
    if ent.label_ in PLACE_LABELS:
        if not any(t.text[:1].isupper() for t in ent):
            return None  # "south london": the lower-case finder reads it, past "south"
        return _entity_mention(lookup, doc, ent)
    start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
    if ent.label_ in MISREAD_LABELS and start < ent.end:
        tokens = doc[start : ent.end]
        if (names_a_feature(tokens) or starts_a_feature(tokens)) and not lookup.known_town(
            doc, start, ent.end
        ):  # ("Klamath Falls", "Port Harcourt": towns' names, resolved below)
            return Mention(start, ent.end, ())  # "Royal Street", "Lake Kivu"
        if names_a_standing_building(tokens):
            # "Evin Prison", "Wembley Stadium"; placed where the sites table knows the name
            # ("Indira Gandhi International Airport").
            return named_site(lookup, doc, start, ent.end) or Mention(start, ent.end, ())
    if ent.label_ in MISREAD_LABELS and start < ent.end:
        longer = lookup.longer_area(doc, start, ent.end)
        if longer is not None:  # "Gilgit-Baltistan" with only "Gilgit" tagged
            return longer
        polity = polity_of(lookup, doc, start, ent.end)
        if polity is not None:  # "the State of Tamil Nadu"
            return polity
    if ent.label_ == "ORG":
        mention = _org_as_place(lookup, doc, ent) or misread_entity(lookup, doc, ent)
        return mention or venue(doc, start, ent.end)
    if ent.label_ == "WORK_OF_ART":
        return misread_entity(lookup, doc, ent) or venue(doc, start, ent.end)
    if ent.label_ in MISREAD_LABELS:
        return misread_entity(lookup, doc, _without_possessive(doc, ent))
    if ent.label_ == "LANGUAGE":
        return misread_language(lookup, doc, ent)
    return None


def joined_neighbours(lookup: PlaceLookup, doc: Doc, ents: Sequence[TokenSpan]) -> list[TokenSpan]:
    """'Sheikh' and 'Zayed City' tagged as two places side by side: one place when the
    gazetteer knows the whole name; so too a name split at its possessive, whatever the first
    part's label ("Hawke" a person and "Bay" a place in "Hawke's Bay"); the entities as they
    are otherwise."""
    joined: list[TokenSpan] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.end == ent.start
            and last.label_ in PLACE_LABELS
            and ent.label_ in PLACE_LABELS
            and doc[last.start : ent.end].text in lookup.gazetteer
        ) or (
            last is not None
            and (
                _split_at_possessive(lookup, doc, last, ent)
                or _division_split_at_and(lookup, doc, last, ent)
            )
        ):
            joined[-1] = TokenSpan(doc, last.start, ent.end, label=ent.label_)
        else:
            joined.append(ent)
    return joined


def _division_split_at_and(lookup: PlaceLookup, doc: Doc, last: TokenSpan, ent: TokenSpan) -> bool:
    """'Perth' and 'Kinross' tagged as two places: one division whose name joins two towns'
    names ("Perth and Kinross", "Dumfries and Galloway"), where the gazetteer knows it so."""
    if not (last.end + 1 == ent.start and doc[last.end].lower_ == "and"):
        return False
    if last.label_ not in PLACE_LABELS or ent.label_ not in PLACE_LABELS:
        return False
    whole = lookup.gazetteer.lookup(doc[last.start : ent.end].text)
    return any(e.kind in {"country", "admin1", "admin2"} for e in whole)


def _split_at_possessive(lookup: PlaceLookup, doc: Doc, last: TokenSpan, ent: TokenSpan) -> bool:
    """'Hawke' 's 'Bay': a place's name with a possessive inside, tagged as two entities."""
    return (
        last.end + 1 == ent.start
        and doc[last.end].tag_ == "POS"
        and ent.label_ in PLACE_LABELS
        and doc[last.start : ent.end].text in lookup.gazetteer
    )


# Lower-case words the model runs into one entity between two names ("Canal Road in Ikeja").
INNER_PREPOSITIONS = frozenset({"in", "near"})


# Words the model runs onto the end of an entity before the next name ("Oxford Street and") or
# before a place's feature ("George along the Garden Route"): no name ends in them.
TRAILING_JOINERS = frozenset({"and", "or", ",", "&", "along", "at", "on"})


def split_at_preposition(
    doc: Doc, ent: TokenSpan, lookup: PlaceLookup | None = None
) -> list[TokenSpan]:
    """'Canal Road in Ikeja' tagged as one entity: the names on either side of "in" or "near",
    each an entity of the same label; so too either side of "on" before a country or a
    first-level region ("Westport on New Zealand's"; "Stoke on Trent" stays one name);
    "Oxford Street and" without its "and", "Hpakant in" without its "in"; any other entity as
    it is."""
    if len(ent) > 1 and doc[ent.end - 1].text in TRAILING_JOINERS | INNER_PREPOSITIONS:
        ent = TokenSpan(doc, ent.start, ent.end - 1, label=ent.label_)
    for i in range(ent.start + 1, ent.end - 1):
        if doc[i].text == "on" and lookup is not None and _on_an_area(lookup, doc, ent, i):
            return [  # the area after "on" is a place whatever the label
                TokenSpan(doc, ent.start, i, label=ent.label_),
                TokenSpan(doc, i + 1, ent.end, label="GPE"),
            ]
        if doc[i].text not in INNER_PREPOSITIONS:
            continue
        if is_capitalised(doc[i - 1].text) and is_capitalised(doc[i + 1].text):
            return [
                TokenSpan(doc, ent.start, i, label=ent.label_),
                TokenSpan(doc, i + 1, ent.end, label=ent.label_),
            ]
    return [ent]


def _on_an_area(lookup: PlaceLookup, doc: Doc, ent: TokenSpan, on: int) -> bool:
    """'Westport on New Zealand's': a town's name, "on", then a country or a first-level
    region (its possessive aside), the whole no name the gazetteer knows ("the Conference on
    Syria" is a body's name)."""
    end = ent.end - 1 if doc[ent.end - 1].tag_ == "POS" else ent.end
    if end <= on + 1 or not is_capitalised(doc[on - 1].text) or ent.text in lookup.gazetteer:
        return False
    if not any(e.kind == "city" for e in lookup.gazetteer.lookup(doc[ent.start : on].text)):
        return False
    areas = lookup.gazetteer.lookup(doc[on + 1 : end].text)
    return any(e.kind in {"country", "admin1"} for e in areas)


def _without_possessive(doc: Doc, ent: TokenSpan) -> TokenSpan:
    """The entity without a possessive the model ran into it ("Central Java's" tagged as one
    person): the cues after the name ("'s governor") are then read as they stand."""
    if len(ent) > 1 and doc[ent.end - 1].text in {"'s", "’s"}:
        return TokenSpan(doc, ent.start, ent.end - 1, label=ent.label_)
    return ent


def names_within(lookup: PlaceLookup, doc: Doc, ent: TokenSpan) -> list[Mention]:
    """'Greece Italy' (a comma missing) tagged as one unknown place: the places in it,
    when every word of it belongs to one."""
    if ent.label_ not in {"GPE", "LOC"} or len(ent) < 2:
        return []
    if ent[-1].lower_ in FEATURE_WORDS:
        return []  # "Walnut Street": one feature's name, though "Walnut" and "Street" are towns
    found: list[Mention] = []
    start = ent.start
    while start < ent.end:
        mention = next(
            (
                Mention(start, end, lookup.gazetteer.lookup(doc[start:end].text), key=key)
                for end in range(ent.end, start, -1)
                if (key := fold(doc[start:end].text)) in lookup.gazetteer
            ),
            None,
        )
        if mention is None or not named_place(mention) or is_direction_word(doc, start):
            return []
        if doc[start].lower_ in COMPASS_POINTS:
            return []  # "West Wales", "South Venezuela": a part of one place
        if not is_capitalised(doc[start].text):
            return []  # "Hackney beach": one place and a common noun
        found.append(mention)
        start = mention.end
    if len(found) < 2:
        return []
    # "Moss Side" (a district of Manchester) is no Norwegian town beside a Turkish one: names
    # run together are split only where each is a country, a region or a large town, which is
    # what a missing comma joins; two small towns abroad are the words of one unknown name.
    if not all(_prominent(mention) for mention in found):
        return []
    return found


def _prominent(mention: Mention) -> bool:
    return any(
        entry.kind in AREA_KINDS or entry.population >= MIN_POPULATION_UNTAGGED
        for entry in mention.candidates
    )


def _entity_mention(lookup: PlaceLookup, doc: Doc, ent: TokenSpan) -> Mention | None:
    start, end = ent.start, ent.end
    while start < end and doc[start].lower_ == "the" and not _the_in_name(lookup, doc, start, end):
        start += 1
    if end - start > 1 and is_direction(doc, start):
        start += 1  # "western Russia" as one entity: widened again by _mention_at
    elif is_direction_word(doc, start) and not _directed_name(lookup, doc, start, end):
        start += 1  # "the Western US" (but "Western Sahara" is a name)
    comma = next((i for i in range(start + 1, end) if doc[i].text == ","), None)
    if comma is not None and lookup.qualified_by_area(doc, comma):
        end = comma  # "Umuokpara, Nigeria" as one entity: the town, then its country
    possessive = False
    while (
        end > start
        and doc[end - 1].text in {"'s", "’s", "'"}
        and not _own_possessive(lookup, doc, start, end)
    ):
        end, possessive = end - 1, True
    if possessive and _building_word_after(doc, ent.end):
        return Mention(start, ent.end + 1, ())  # "St. Peter's Basilica": a building
    if start == end:
        return None
    # A spelling the gazetteer lacks is looked up among smaller towns where the words around
    # it say "place": after "in" or a direction, as what an attack strikes ("shelled
    # Tskhinvali"), or before an apposition calling it a town or a capital.
    located = ent.label_ in PLACE_LABELS and (
        after_locative(doc, start)
        or (start > 0 and is_direction(doc, start - 1))
        or described_as_settlement(doc, end)
        or attack_target(doc, start, end)
        or cued_by_of(doc, start)  # "a resident of Kothrud", "the village of Nagrig"
    )
    if _bare_demonym(lookup, doc, start, end):
        return None
    mention = lookup.longer_area(doc, start, end) or lookup.mention_at(
        doc, start, end, tagged=True, located=located
    )
    head = mention is not None and (
        mention.end >= len(doc) or doc[mention.end].pos_ not in {"NOUN", "PROPN"}
    )
    if mention is None and _lone_building(doc, ent, start, end):
        return Mention(start, end, ())  # "the state Capitol": a building of the nearest town
    if mention is not None and person_not_town(doc, mention):
        return None  # "support from Warren" tagged as a place
    if mention is not None and before_currency(doc, mention.end):
        return None  # "the US dollar": money
    if mention is not None and (kin_possessor(doc, end) or names_a_club(doc, end)):
        return None  # "Charlotte's mother", "Newcastle United fans"
    if mention is not None and head and is_generic_word_with_the(doc, mention):
        # "directing the Centre", "both the West and Russia": a government, a part of the
        # world; but "in the Hague" is the town.
        return mention if after_locative(doc, mention.start, PLACE_PREPOSITIONS) else None
    return mention


def _bare_demonym(lookup: PlaceLookup, doc: Doc, start: int, end: int) -> bool:
    """'the Kuwaiti border' with "Kuwaiti" tagged as a place: a demonym that names no place
    of its own is left to `demonym_mentions`, which reads it as its country before a place
    noun, rather than taken as an unknown local feature of whatever town is nearest."""
    text = doc[start:end].text
    return (
        end - start == 1
        and text not in lookup.gazetteer
        and lookup.gazetteer.demonym(text) is not None
    )


def _directed_name(lookup: PlaceLookup, doc: Doc, start: int, end: int) -> bool:
    """'Western Sahara', "Western Australia's": a name the gazetteer knows whole, opening with
    a direction, its possessive aside."""
    if end - start > 1 and doc[end - 1].text in {"'s", "’s"}:
        end -= 1
    return doc[start:end].text in lookup.gazetteer


def _own_possessive(lookup: PlaceLookup, doc: Doc, start: int, end: int) -> bool:
    """'St. John's, Newfoundland': a possessive that ends a town's own name, where no noun
    follows it for it to own ("St. John's harbour" may be St. John's)."""
    if end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}:
        return False
    return any(e.kind == "city" for e in lookup.gazetteer.lookup(doc[start:end].text))


def _the_in_name(lookup: PlaceLookup, doc: Doc, start: int, end: int) -> bool:
    """'The Pas', 'The Dalles': a capitalised "The" that opens a town's own name."""
    if doc[start].text != "The" or end - start < 2:
        return False
    name = doc[start:end].text
    key = fold(name)
    return any(same_town_name(e, key) for e in lookup.gazetteer.lookup(name))


def _org_as_place(lookup: PlaceLookup, doc: Doc, ent: TokenSpan) -> Mention | None:
    """The small model often tags a country's name as ORG ("the DPRK"): keep whole names."""
    start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
    name = doc[start : ent.end].text
    # "Ondo town": the town of a region's name, weighed as the city cue says.
    cue = has_city_cue(doc, start, ent.end)
    mention = Mention(start, ent.end, lookup.gazetteer.lookup(name), key=fold(name), city_cue=cue)
    if is_common_word_with_the(doc, mention):
        return None  # "the Centre" as an organisation is a government
    if any(entry.kind in AREA_KINDS for entry in mention.candidates):
        return mention
    return None


def _lone_building(doc: Doc, ent: TokenSpan, start: int, end: int) -> bool:
    """'the Capitol', 'the Cathedral' tagged as a facility: one capitalised word for a building
    is the building of that name in the town the article is about."""
    return (
        ent.label_ == "FAC"
        and end - start == 1
        and doc[start].is_title
        and doc[start].lower_ in BUILDING_WORDS
    )


def _building_word_after(doc: Doc, end: int) -> bool:
    """A capitalised word for a building or a feature follows ("St. Peter's Basilica")."""
    if end >= len(doc) or not is_capitalised(doc[end].text):
        return False
    return doc[end].lower_ in BUILDING_WORDS | FEATURE_WORDS
