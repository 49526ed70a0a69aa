"""Finding toponyms in a parsed article, each with every place it may denote.

The model's place entities (`place_entities`), and what it misreads or misses: datelines, title-case
headlines and lines in capitals (`place_lines`), towns named before a site they hold ("Dover port",
"the Zaporizhzhia nuclear plant": `place_sites`), towns paired by a hyphen before a road or a line
("the Kherson-Mykolaiv road": `place_routes`), places it labels as persons or organisations where
the words around them say "place" (`place_misread`), demonyms before geographic nouns, region and
settlement phrases ("the Belgorod region", "Kasoa village", "the village of Nagrig", "present-day
Basra": `place_phrases`), local features (streets, buildings, rivers, "Evin prison":
`place_features`), numbered roads ("the M62", "Route 66": `place_roads`), names joined by a
lower-case particle ("Figueira da Foz": `place_particles`), lists and repeated names
(`place_lists`), a country's initials after its full name (`place_initials`), names inside longer
expressions (`place_compounds`), sites after a town's possessive ("London's Gatwick", "Toronto's
Sunnybrook Hospital": `place_possessives`) and a gazetteer matcher (`place_untagged`); a plural name
after "the" is a region, not a town ("the Hamptons": `place_plurals`); in a sports report, names
used for teams are dropped (`place_sports`), and so everywhere are towns inside clubs' names ("Real
Madrid", "the Boston Celtics": `place_clubs`) and news agencies credited in brackets after a
dateline ("(Xinhua) --": `place_lines`); places' names given to kin, nicknames and storms ("his
daughters Florence and Adelaide", "alias Dakar", "Hurricane Florence": `place_given_names`) and to
firms introduced as such ("exploration firm Ocean Vantage": `place_firms`) are dropped, and so are
places inside a name a person's role stands beside ("Santiago Peña, Paraguay's president,":
`place_appositions`). Towns listed inside one entity of another label are split
(`place_entity_lists`), bylines give the reporter's town ("From Ahmed Musa, Kano.":
`place_bylines`), and universities and clubs the gazetteer lacks take the place they are named after
("Colorado State University", "Exeter City": `place_named_bodies`). Names ending with a facility's
words are found and placed at the town after "in" or named inside them ("Stonewall Golf Club",
"Royal Darwin Hospital": `place_facilities`), and so are short school names listed together
(`place_school_lists`); famous sites the landmarks table lists are found under any label ("the Burj
Khalifa": `place_landmarks`), and towns written in lower case after "in" where the model or the
sentence says so ("i grew up in manchester": `place_lower_case`). The places stage (`places.py`)
resolves them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.stages.gazetteer import Gazetteer
from dyads.stages.place_appositions import without_persons_by_apposition
from dyads.stages.place_bylines import byline_mentions
from dyads.stages.place_clubs import names_a_club
from dyads.stages.place_compass_divisions import compass_tail
from dyads.stages.place_compounds import situated_by_participle, within_names
from dyads.stages.place_counted_lists import without_counted_things
from dyads.stages.place_division_lists import as_listed_division
from dyads.stages.place_embassies import as_embassy
from dyads.stages.place_entities import (
    entity_as_place,
    joined_neighbours,
    names_within,
    split_at_preposition,
    with_first_word,
    with_saint_prefix,
)
from dyads.stages.place_entity_lists import split_listed_towns
from dyads.stages.place_facilities import facility_mentions, placed_facility
from dyads.stages.place_features import (
    coordinated_feature_mentions,
    feature_noun_mentions,
    untagged_feature_mentions,
)
from dyads.stages.place_filters import names_an_office
from dyads.stages.place_firms import without_firm_names
from dyads.stages.place_given_names import without_given_names
from dyads.stages.place_initials import initials_mentions
from dyads.stages.place_landmarks import (
    site_entity,
    stands_for_its_occupants,
    with_listed_site,
)
from dyads.stages.place_lines import (
    agency_credit,
    capitals_line_mentions,
    colon_dateline_mentions,
    dateline_mentions,
    glued_dateline_mentions,
    headline_mentions,
)
from dyads.stages.place_lists import list_mentions, repeated_mentions
from dyads.stages.place_lookup import PlaceLookup
from dyads.stages.place_lower_case import lower_case_town_mentions
from dyads.stages.place_named_bodies import place_of_named_body
from dyads.stages.place_openers import names_a_commodity, opening_adverb
from dyads.stages.place_particles import particle_name_mentions
from dyads.stages.place_person_clauses import without_persons_by_clause
from dyads.stages.place_phrases import (
    demonym_mentions,
    local_government_mentions,
    present_day_mentions,
    region_word_mentions,
    settlement_of_mentions,
    settlement_word_mentions,
)
from dyads.stages.place_plurals import plural_areas
from dyads.stages.place_possessives import (
    country_town_mentions,
    possessive_building_mentions,
    possessive_site_mentions,
)
from dyads.stages.place_postal_codes import postal_code_mentions
from dyads.stages.place_region_universities import region_university
from dyads.stages.place_resolution import Mention
from dyads.stages.place_roads import road_mentions
from dyads.stages.place_routes import route_pair_mentions
from dyads.stages.place_school_lists import school_list_mentions
from dyads.stages.place_sites import chain_hotel_mentions, site_mentions, town_of_building
from dyads.stages.place_sports import sports_report, without_teams
from dyads.stages.place_state_bodies import as_state_before_body
from dyads.stages.place_universities import university_entity
from dyads.stages.place_untagged import gazetteer_mentions

# Entities under which a gazetteer name is not a place ("Washington Post", "Jordan Peterson").
BLOCKING_LABELS = frozenset({"PERSON", "ORG", "NORP", "DATE", "TIME", "MONEY", "LAW", "LANGUAGE"})


class ToponymFinder:
    """Every toponym of an article, with the places each may denote."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.lookup = PlaceLookup(gazetteer)

    def find(self, doc: Doc) -> list[Mention]:
        """The toponyms of the article in text order."""
        lookup = self.lookup
        taken = [False] * len(doc)
        found: list[Mention] = []

        def take(mentions: list[Mention]) -> None:
            for mention in mentions:
                found.append(mention)
                taken[mention.start : mention.end] = [True] * (mention.end - mention.start)

        # The words as plain strings, read once without building tokens: cheap first checks.
        strings = doc.vocab.strings
        words = [strings[orth] for orth in doc.to_array("ORTH")]
        take(dateline_mentions(lookup, doc, words))
        take([m for m in glued_dateline_mentions(lookup, doc, words) if not taken[m.start]])
        take(colon_dateline_mentions(lookup, doc, words, taken))  # "Bengaluru: Traffic..."
        take(headline_mentions(lookup, doc, words, taken))
        take(capitals_line_mentions(lookup, doc, words, taken))
        take(site_mentions(lookup, doc, words, taken))
        take(chain_hotel_mentions(lookup, doc, words, taken))
        take(route_pair_mentions(lookup, doc, words, taken))
        take(particle_name_mentions(lookup, doc, words, taken))  # "Figueira da Foz"
        entities = joined_neighbours(lookup, doc, doc.ents)
        parts = (part for whole in entities for part in split_at_preposition(doc, whole, lookup))
        for ent in (item for part in parts for item in split_listed_towns(lookup, doc, part)):
            ent = with_first_word(lookup, doc, with_saint_prefix(lookup, doc, ent))
            if not any(taken[ent.start : ent.end]):  # else inside a longer name found already
                site = site_entity(lookup, doc, ent)  # "the Burj Khalifa" read as a law
                site = site or university_entity(self.gazetteer, doc, ent)  # "taught at Yale"
                site = site or region_university(self.gazetteer, doc, ent)  # "Ohio University"
                within = [] if site is not None else names_within(lookup, doc, ent)
                mention = site or (None if within else entity_as_place(lookup, doc, ent))
                take(within or ([mention] if mention is not None else []))
        take(situated_by_participle(doc, self.gazetteer, taken))
        take(byline_mentions(lookup, doc, words, taken))
        take(demonym_mentions(lookup, doc, words, taken))
        take(region_word_mentions(lookup, doc, words, taken))
        take(local_government_mentions(lookup, doc, words, taken))
        take(settlement_word_mentions(lookup, doc, taken))
        take(settlement_of_mentions(lookup, doc, words, taken))
        take(present_day_mentions(lookup, doc, words, taken))
        take(feature_noun_mentions(lookup, doc, words, taken))
        take(coordinated_feature_mentions(lookup, doc, words, taken))
        take(untagged_feature_mentions(lookup, doc, words, taken))
        take(road_mentions(doc, words, taken))
        take(list_mentions(lookup, doc, words, found, taken))
        take(repeated_mentions(lookup, doc, words, found, taken))
        take(postal_code_mentions(lookup, doc, found, taken))  # "Greensboro, NC"
        take(initials_mentions(self.gazetteer, doc, words, found, taken))
        known = {m.key for m in found if m.candidates}
        sporting = sports_report(doc, words, found)
        if not sporting:  # in a sports report "the Boston Celtics", "Real Madrid" are clubs
            take(within_names(doc, self.gazetteer, taken, known))
        take(possessive_site_mentions(lookup, doc, found, taken))
        take(country_town_mentions(lookup, doc, found, taken))
        take(possessive_building_mentions(doc, taken))
        take(facility_mentions(doc, words, taken))
        take(school_list_mentions(words, taken))
        take(lower_case_town_mentions(lookup, doc, words, taken))
        unblocked = taken.copy()
        for ent in doc.ents:
            if ent.label_ in BLOCKING_LABELS:
                taken[ent.start : ent.end] = [True] * len(ent)
        untagged = gazetteer_mentions(lookup, doc, words, taken)
        found.extend(untagged)
        if untagged:
            # "to Santorini and Mykonos": a name listed beside a town found only now, untagged,
            # is read as the lists above read names beside tagged places.
            for mention in untagged:
                unblocked[mention.start : mention.end] = [True] * (mention.end - mention.start)
            found.extend(list_mentions(lookup, doc, words, found, unblocked))
        if sporting:
            found = without_teams(doc, found)
        found = [
            m
            for m in found
            if not names_a_club(doc, m)
            and not agency_credit(doc, m)
            and not names_an_office(doc, m)
            and not compass_tail(doc, m)
            and not names_a_commodity(doc, m)
            and not opening_adverb(doc, m)
        ]
        found = without_firm_names(doc, without_given_names(doc, found))
        found = without_counted_things(doc, words, found)  # "three hurricanes: Harvey, Irma"
        found = without_persons_by_clause(doc, found)  # "Marion, who thanked her parents"
        found = without_persons_by_apposition(doc, found)  # "Santiago Peña, the president,"
        found = [plural_areas(doc, town_of_building(lookup, doc, m)) for m in found]
        found = [as_listed_division(doc, m) for m in found]  # "the provinces of X and Y"
        found = [as_state_before_body(doc, m) for m in found]  # "a New York court"
        found = [
            with_listed_site(lookup, doc, m) for m in found if not stands_for_its_occupants(doc, m)
        ]
        found = sorted((place_of_named_body(lookup, doc, m) for m in found), key=lambda m: m.start)
        following: list[Mention | None] = [*found[1:], None] if found else []
        return [
            placed_facility(lookup, doc, as_embassy(lookup, doc, m, after), after)
            for m, after in zip(found, following, strict=True)
        ]
