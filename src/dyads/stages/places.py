"""The places stage: find toponyms and resolve them against the offline gazetteer.

Toponyms (found by `place_finders`) come from the model's GPE/LOC/FAC entities plus what the small
model misreads or misses: datelines in capitals, title-case headlines, names it labels as persons
or organisations where the words around them say "place" ("in Boise", "Boise, Idaho", "returns to
Hampshire", "fled from Kharkiv", "the island of Leyte", "a Leesburg man", a town listed with other
places, "at the Manila Cathedral", "Royal Street", "Lake Kivu", "Evin prison", "the Torkham border
crossing", "on the A120", "shut Highway 17", "Kasoa village", "the village of Nagrig", "the State
of Tamil Nadu", a region's name of several words, a town shelled or "fired on", "doctors from
Kenema", an unknown name described as a suburb or listed after "in", a town run together with words
of time ("struck Kyiv overnight" tagged as one TIME); but no team in a sports report: "Notre Dame
won 91-89", "the Boston Celtics"), demonyms before a geographic noun or a thing situated in a
territory ("the Turkish border", "the American economy"), places named inside longer expressions
("US-based", "the Winnipeg Fire Service": `place_compounds`), a place's name repeated where the
model reads it otherwise (one sense per article) and a gazetteer matcher; local courts, hotels,
malls and slums named by the place they are in ("Tallaght District Court", "the Kibera slum"), "X
Local Government Area", an entity the model ran over "in" ("Canal Road in Ikeja") and two place
entities that name one known place ("Sheikh Zayed City"). Each toponym is resolved in context (a
state's or a country's name beside a town of the region holding a town of that name is the town:
"Columbus and Delaware", `place_state_towns`; three towns or more of one sentence are read in the
one region holding a town of each name: "Hillsboro and Wilmington, south of Dayton",
`place_region_lists`): a qualifier ("Moscow, Idaho", "London's Heathrow", but not an item of a
list: "Washington, Maryland and Virginia"; a part of a town after its possessive is never a
namesake far away: "Chicago's South Side"), a description naming a country ("the Lebanese port of
Tripoli", "Victoria, the Australian state"), a list of regions it stands in ("Oregon, Washington
and Montana", "Georgia and the Carolinas"), a university's one-word name in talk of study ("left
Oxford for Stanford": `place_universities`), regions named elsewhere in the article and the regions
of its other towns, cue words ("the city of"), a place's own name (in any transliteration:
"Zaporizhzhia", "Avdiivka") before an old or foreign one (unless that one is a large town's and the
own-name places are villages abroad or the article is about the town's country: "Derna", "Canton"
beside "Chinese"), the kind of place (countries, capitals and the largest cities before homonyms, a
town before the county named after it, a region's main town before the region it names: "Kyiv",
"Gao"; but a town of some size in the region of the article's other towns or named regions before a
namesake abroad, capital or not, unless the article has places in the namesake's country: "Paris"
beside "Dallas"; and a mid-sized town or a region abroad after a namesake in the country of those
places: "Granada" after "Managua"), of a country and a region abroad named alike the one holding
the article's towns or the country of its other first-level regions ("Georgia" beside Alabama), the
country of an anchor the name is listed with ("Trujillo and Barinas", not the larger Peruvian town;
a capital abroad aside), the countries of the other places in the sentence (or a town close to one
of them, across a border: "San Cristóbal" beside Cúcuta, "Windsor" beside Detroit, even where
a smaller namesake lies in the anchor's country), the article's dominant country, then the
countries of its places and actors, then size (the other places as read beside the anchors first,
`place_anchors`: no small homonym's first reading outvotes a large city or a named region beside
it); names before "west of X", "just outside X", "in southwest X" placed near X (`place_relative`);
a small namesake in the state a sentence names yields to the country's largest town of the name
where the town named beside it is its name's largest in that town's region ("Ruston, Louisiana ...
Richmond and Norfolk": `place_namesake_pairs`); a town and a county named in one sentence are read
as namesakes that lie together ("Plymouth and Marshall County": `place_county_towns`); a town named
once with its state is that town at its bare mentions, a country's name only beside another place
of the town's country ("PERU, Ind. — ... west of Peru ... near the Wabash River":
`place_qualified_repeats`); a country's name listed with a small town near a town of that name is
the town ("Brazil and Terre Haute": `place_country_towns`); a former name of a capital that is a
town elsewhere is the renamed town only in a story dated while it was in use ("Batavia" in 1930:
`place_former_names`); of seas sharing a name, the one nearest the article's other places ("the
Gulf" beside Louisiana or Bahrain). A famous site of the landmarks table is no evidence of where
the sentence's towns are ("a week at Disneyland before flying home to Leeds"). A local feature the
gazetteer does not know (a street, a building, a small town abroad that the article's other places
make unlikely, or a village in another region of the article's country than its places:
`place_region_strays`) is placed at its qualifier or the town whose possessive it follows (as that
town was resolved in full: "London's Heathrow" beside a Canadian actor), else at the town right
after "in" it ("the Sunset Grill in Toronto"), else at the town named closest to it in its sentence
(or in the sentence before, when that town is in the country the article is about; never a small
town in another region of the main town's country, a doubtful reading, unless the article names
that region), else at the article's main town (a numbered road with no town beside it only in the
region or country named closest to it, with no point: `place_roads`); an unknown village or town
("the village of X") is placed at that closest town only in the country of the article's main
place, else at the main place (`place_villages`). A county after a comma qualifies the town before
it as its first-level region does ("Lakewood, Ocean County"). A name the actor stage reads at the
same words as a party of a state the place does not lie in is no place ("Israel and Hamas
agreed": not Hamm, Germany). A town's name that is the surname of
a person the actor stage found at the same words is no place ("the Clinton camp"), unless a verb's
"in" governs it and a large town of the name or the town read lies in the country of the
article's other places ("spoke to reporters in Hamilton" beside Bermuda). A small town abroad
near a town of another name the article places is a neighbour across a border, not a stray
namesake ("the Sadakhlo crossing" beside Armenian towns). A name the gazetteer lacks that the
actor stage reads at the same words as a state's own name is that state, not a place beside the
town named closest ("Yugoslavia" in 1999, dated as Serbia's, beside "Russia").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

import msgspec
from spacy.tokens import Doc, Span

from dyads.eval.geo import distance_km
from dyads.records import Actor, Place
from dyads.stages.doc_utils import sentence_bounds
from dyads.stages.gazetteer import GazEntry, Gazetteer, fold, load_gazetteer
from dyads.stages.place_anchors import anchor_regions, is_anchor, sure_reading
from dyads.stages.place_bases import with_base_towns
from dyads.stages.place_capitals import main_towns, only_capitals
from dyads.stages.place_compounds import SITUATING_PARTICIPLES
from dyads.stages.place_country_towns import with_country_named_towns
from dyads.stages.place_county_towns import with_county_towns
from dyads.stages.place_dates import country_on
from dyads.stages.place_finders import ToponymFinder
from dyads.stages.place_former_names import with_former_names
from dyads.stages.place_holder_regions import names_holders_only
from dyads.stages.place_landmarks import is_landmark
from dyads.stages.place_lines import GLUED_DASH
from dyads.stages.place_namesake_pairs import pair_readings
from dyads.stages.place_qualified_repeats import with_qualified_readings
from dyads.stages.place_region_lists import regional_readings
from dyads.stages.place_region_strays import off_region_village
from dyads.stages.place_relative import lies_near, relative_reference
from dyads.stages.place_resolution import (
    AREA_KINDS,
    BIG_CITY,
    LOCAL_KINDS,
    PROMINENT_CITY,
    Context,
    Mention,
    article_focus,
    candidate_score,
    dominant_country,
    holding_area,
    same_name,
    same_spelling,
)
from dyads.stages.place_roads import names_a_road, nearest_in_sentence, road_area
from dyads.stages.place_sites import SITE_WORDS
from dyads.stages.place_state_towns import state_named_town
from dyads.stages.place_universities import university_reading
from dyads.stages.place_villages import settlement_home

# A town smaller than this, in a country the article never names, is taken for a local name the
# gazetteer lacks; in another first-level region of the article's country it is a doubtful
# reading, no place to put a feature at.
STRAY_TOWN_POPULATION = 15_000
# A namesake this many times larger than the town a relative phrase's reference was read as is
# the town meant, where the situated name has a town near it ("outside Columbus").
LARGER_NAMESAKE = 5
# A town this close to another is its suburb or neighbour ("New Albany" by Columbus, Ohio).
SUBURB_KM = 60.0
# The same, where the sentence's other towns lie in the article's country ("Chala" beside
# Peruvian towns is no Tanzanian town of 22,000).
STRAY_ABROAD_POPULATION = 40_000
# A small town abroad this close to a town the article places is its neighbour across a border
# or a strait ("Lampedusa" beside Sfax, 190 km over the sea), not a stray namesake.
NEIGHBOUR_ABROAD_KM = 200.0
# Nouns that describe a place by its kind: "the Lebanese city of", ", the Australian state".
DESCRIBING_NOUNS = frozenset(
    {"city", "town", "village", "port", "capital", "state", "province", "region", "island"}
)
# Nouns for a part of a town or a region: "the Dala area of Kano", "the Petare neighbourhood of
# Caracas" (the place after "of" holds the one before).
PART_NOUNS = frozenset(
    {"area", "district", "neighbourhood", "neighborhood", "suburb", "quarter", "township"}
)
# A place after a town's possessive lies within this distance of the town ("Tokyo's Narita
# airport" is some 60 km out); a namesake farther away is not the place meant.
PART_OF_TOWN_KM = 161.0
# A town lies this close to the centre of the county named after it ("Lakewood, Ocean County").
COUNTY_KM = 100.0
# A capital listed with regions this close is the capital ("Washington, Maryland and Virginia").
LISTED_CAPITAL_KM = 500.0


class Geoparser:
    """Toponyms of an article, resolved to countries, regions and coordinates."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self.finder = ToponymFinder(self.gazetteer)

    def process(
        self, doc: Doc, actors: Sequence[Actor], date: dt.date | None = None
    ) -> list[Place]:
        """The places of the article, each with the country that held it on `date` (the
        article's date; today's countries when it is None: see `place_dates`)."""
        return [_on_date(place, date) for place in self._places(doc, actors, date)]

    def _places(self, doc: Doc, actors: Sequence[Actor], date: dt.date | None) -> list[Place]:
        mentions = with_base_towns(self.gazetteer, doc, self.finder.find(doc))
        mentions = with_former_names(mentions, date)  # "Batavia" in 1930 is Jakarta
        coded = [actor for actor in actors if actor.code and self.gazetteer.country(actor.code)]
        actor_countries = {actor.code or "" for actor in coded}
        first = {
            mention: self._best(
                mention, Context(_countries_beside(doc, mention, coded), frozenset())
            )
            for mention in mentions
        }
        # Each name read beside the anchors alone, not beside the others' first readings.
        anchors = self._anchor_readings(doc, mentions, first, coded)
        read = self._readings_beside_anchors(doc, mentions, first, coded, anchors)
        # "a Texas-based company": a region named as a company's base says nothing of where
        # the article's towns are ("... a plant in Florence").
        # "the Texas governor", "Texas executives": whose they are, not where ("... to Paris").
        evidence = {
            m: e
            for m, e in read.items()
            if not _company_base(doc, m, e) and not names_holders_only(doc, m.start, m.end, e)
        }
        dominant = dominant_country(
            [e.country for m, e in evidence.items() if e is not None and e.country and _sure(m, e)]
        )
        resolved: list[tuple[Mention, GazEntry | None, GazEntry | None]] = []
        contexts: dict[Mention, Context] = {}
        for number, mention in enumerate(mentions):
            context = self._full_context(doc, mention, evidence, first, coded, anchors)
            context = replace(context, dominant=dominant)
            contexts[mention] = context
            qualifier = self._qualifier(doc, mention, first) or self._described(doc, mention, first)
            entry = self._best(mention, context, qualifier)
            entry = _town_of_county(doc, mention, entry, first) or entry  # "Richmond, N. Yorks"
            own = first[mention]
            others = {m: e for m, e in evidence.items() if m != mention and e != own}
            entry = _region_nearest_article(mention, entry, others) or entry
            if qualifier is None:
                entry = _listed_region(doc, mention, first, entry) or entry
                if entry is not None and entry.kind in {"admin1", "country"}:
                    # "Columbus and Delaware": the town near Columbus, not the state
                    sentence = _sentence_of(doc, mention)
                    readings = list(first.items())
                    apart = _countries_apart(doc, mention, coded)
                    entry = state_named_town(mention, entry, sentence, readings, apart) or entry
            # The possessor as resolved in full, not as first read: "London's Heathrow" in a
            # story that also names Canada is at London, England, where "London" was placed.
            settled = {m: e for m, e, _ in resolved}
            owner = _possessor(doc, mention, first | settled)
            if owner is not None:
                # "London's Heathrow", "Moscow's Red Square": a place within the possessor,
                # placed there when the gazetteer knows no such place in its country.
                qualifier = qualifier or owner
                if entry is not None and entry.country != owner.country:
                    entry = None if not _built_by(doc, mention, owner) else entry
                    qualifier = qualifier if entry is None else None
                elif entry is not None and _far_part_of_town(entry, owner):
                    entry = None  # "Chicago's South Side" is no namesake across the country
            holder = _holder_of_part(doc, mention, first)
            if holder is not None:
                # "the Dala area of Kano": in Kano's country, else a part the gazetteer lacks.
                qualifier = qualifier or holder
                if entry is not None and entry.country != holder.country:
                    entry = None
                elif entry is not None and _far_part_of_town(entry, holder):
                    entry = None  # "the Germantown neighborhood of Philadelphia", not Maryland's
            if number > 0 and not mention.city_cue and self._qualified(doc, mention, mentions):
                # "New York" in "Oceanside, New York" is the state that holds the town.
                held = mentions[number - 1].candidates
                area = holding_area(mention.candidates, held)
                if area is None and not _listed_on(doc, mention, first):
                    area = _holding_county(mention, held)
                entry = area or entry  # "Lincolnshire" in "Boston, Lincolnshire": the county
            if qualifier is None:  # "left Oxford for Stanford": the universities
                sentence = _sentence_of(doc, mention)
                university = university_reading(
                    self.gazetteer, doc, mention, entry, context, sentence
                )
                entry = university or entry
            resolved.append((mention, entry, qualifier))
        resolved = regional_readings(doc, resolved)  # "Hillsboro, Wilmington and Dayton"
        resolved = pair_readings(doc, self._placed_relative(doc, resolved, contexts))
        resolved = with_qualified_readings(with_county_towns(doc, resolved), contexts)
        resolved = with_country_named_towns(doc, resolved)
        resolved = _without_other_names_abroad(doc, resolved)  # "Kurla" is no Korla by Mumbai
        focus = article_focus([entry for m, entry, _ in resolved if not m.facility])
        # An unknown name with no town beside it goes to the article's main place; a state
        # named only as a party acting ("France expressed concern over the fighting in X") is
        # no place of the article's, so it gives no home to put X at.
        home = article_focus(
            [
                entry
                for m, entry, _ in resolved
                if not m.facility
                and not (entry is not None and entry.kind == "country" and _subject(doc, m))
            ]
        )
        places = []
        for mention, entry, qualifier in resolved:
            countries = {e.country for m, e, _ in resolved if e is not None and m is not mention}
            if (
                qualifier is None
                and not _large_town_after_verb_in(doc, mention, entry, countries)
                and self._person_named(doc, mention, entry, actors)
            ):
                continue  # "the Clinton camp": the actor stage found a person at these words
            if qualifier is None and _body_of_another_state(doc, mention, entry, actors):
                continue  # "Israel and Hamas agreed": the group, not Hamm in Germany
            beside = contexts[mention].sentence_towns
            if _stray_town(mention, entry, qualifier, focus, resolved, actor_countries, beside):
                entry = None
            elif off_region_village(mention, entry, qualifier, focus, resolved):
                entry = None  # "Stonewall", Louisiana, in a story about Virginia
            elif _island_division_abroad(doc, mention, entry, resolved):
                entry = None  # "Lekki and Victoria Island" in Lagos, not Victoria in Australia
            near = qualifier
            if entry is None and near is None and not mention.candidates:
                entry = self._state_named(doc, mention, coded)  # "Yugoslavia" in 1999
            if entry is None and near is None:
                near = settlement_home(
                    doc, mention, _nearest_town(doc, mention, resolved, focus), home
                )
            if entry is None and near is None and names_a_road(doc[mention.start : mention.end]):
                near = road_area(doc, mention, resolved)  # "Highway 17 near Sudbury"
            if entry is None and near is None and not mention.candidates:
                near = _nearest_local_place(doc, mention, resolved)  # "Old Faithful"
            places.append(self._place(doc, mention, entry, near=near))
        return places

    # -- resolving them ---------------------------------------------------------------------

    def _full_context(
        self,
        doc: Doc,
        mention: Mention,
        evidence: dict[Mention, GazEntry | None],
        first: dict[Mention, GazEntry | None],
        coded: Sequence[Actor],
        anchors: dict[Mention, GazEntry | None],
    ) -> Context:
        """What the article's other places (as read in `evidence`) and actors say about the
        mention; the anchors' regions from anchors of other names alone."""
        own = first[mention]
        others = {m: e for m, e in evidence.items() if m != mention and e != own}
        beside = set(_countries_beside(doc, mention, coded))
        sentence = _sentence_of(doc, mention)
        context = self._context(others, beside, sentence, mention.key)
        return replace(
            context,
            admin1=context.admin1 | self._people_regions(doc, sentence),
            main_towns=main_towns(self.gazetteer, mention.candidates),
            among_capitals=only_capitals(
                e for m, e in others.items() if sentence[0] <= m.start < sentence[1]
            ),
            anchor_regions=anchor_regions(
                e for m, e in anchors.items() if m != mention and m.key != mention.key
            ),
            listed_countries=frozenset(
                e.country
                for m, e in anchors.items()
                if e is not None
                and e.country
                and m.key != mention.key
                and _listed_with(doc, m, mention)
            ),
        )

    def _people_regions(self, doc: Doc, sentence: tuple[int, int]) -> frozenset[tuple[str, str]]:
        """The first-level regions a people's adjective in the sentence names, tagged as a
        people ("Scottish police ... in Perth" names Scotland; "English" tagged as the language
        names nothing)."""
        regions = set()
        for ent in doc[sentence[0] : sentence[1]].ents:
            if ent.label_ != "NORP":
                continue
            area = self.gazetteer.demonym(ent.text)
            if area is not None and area.kind == "admin1" and area.country:
                regions.add((area.country, area.name))
        return frozenset(regions)

    def _reading(
        self,
        doc: Doc,
        mention: Mention,
        evidence: dict[Mention, GazEntry | None],
        first: dict[Mention, GazEntry | None],
        coded: Sequence[Actor],
        anchors: dict[Mention, GazEntry | None],
    ) -> GazEntry | None:
        """The mention read beside `evidence` alone, with its qualifier."""
        context = self._full_context(doc, mention, evidence, first, coded, anchors)
        qualifier = self._qualifier(doc, mention, first) or self._described(doc, mention, first)
        return self._best(mention, context, qualifier)

    def _anchor_readings(
        self,
        doc: Doc,
        mentions: Sequence[Mention],
        first: dict[Mention, GazEntry | None],
        coded: Sequence[Actor],
    ) -> dict[Mention, GazEntry | None]:
        """The anchors (`place_anchors`) as read beside the sure ones: a large city beside
        sure places of another country may still yield to a namesake there ("Tripoli"
        beside "Beirut")."""
        sure = {
            m: e for m, e in first.items() if sure_reading(m, e) and not _company_base(doc, m, e)
        }
        return {
            m: first[m] if m in sure else self._reading(doc, m, sure, first, coded, {})
            for m in mentions
            if is_anchor(m, first[m]) and not _company_base(doc, m, first[m])
        }

    def _readings_beside_anchors(
        self,
        doc: Doc,
        mentions: Sequence[Mention],
        first: dict[Mention, GazEntry | None],
        coded: Sequence[Actor],
        anchors: dict[Mention, GazEntry | None],
    ) -> dict[Mention, GazEntry | None]:
        """The readings the article's names are evidence by: an anchor's own; a name with a
        town in an anchor's first-level region read beside the anchors alone ("Windsor and
        Richmond" in a story datelined Sydney), so that no other name's first reading outvotes
        them; any other name its first reading ("Manchester" beside "Colchester" in a story
        that also names Texas)."""
        regions = anchor_regions(anchors.values())
        readings = {}
        for mention in mentions:
            if mention in anchors:
                readings[mention] = anchors[mention]
            elif any(
                c.kind in LOCAL_KINDS and (c.country or "", c.admin1 or "") in regions
                for c in mention.candidates
            ):
                readings[mention] = self._reading(doc, mention, anchors, first, coded, anchors)
            else:
                readings[mention] = first[mention]
        return readings

    def _placed_relative(
        self,
        doc: Doc,
        resolved: list[tuple[Mention, GazEntry | None, GazEntry | None]],
        contexts: dict[Mention, Context],
    ) -> list[tuple[Mention, GazEntry | None, GazEntry | None]]:
        """Names a relative phrase situates ("Richmond and Windsor, north-west of Sydney"):
        the best candidate near the place it names; none there, a part of that town the
        gazetteer lacks, placed at it ("Kingston, in south-west London")."""
        mentions = [m for m, _, _ in resolved]
        entries = {m: e for m, e, _ in resolved}
        # "in New Albany, outside Columbus": the town a phrase refers to is read on its own, not
        # through the small town it situates (read first as New Albany, Indiana, it had made
        # Columbus the Indiana town): a far larger namesake with one of the situated name's
        # towns near it is meant.
        qualified = {m for m, _, q in resolved if q is not None}  # "Columbus, Indiana"
        for mention in mentions:
            reference = relative_reference(doc, mention, mentions)
            target = entries.get(reference) if reference is not None else None
            if reference in qualified:
                continue
            if reference is not None and target is not None and target.kind == "city":
                larger = _larger_namesake_near(reference, target, mention)
                entries[reference] = larger or target
        resolved = [(m, entries[m], q) for m, _, q in resolved]
        placed = []
        for mention, entry, qualifier in resolved:
            reference = relative_reference(doc, mention, mentions)
            target = entries.get(reference) if reference is not None else None
            if target is None or qualifier is not None or mention.area_only:
                placed.append((mention, entry, qualifier))
                continue
            if entry is not None and lies_near(entry, target):
                placed.append((mention, entry, qualifier))
                continue
            near = tuple(c for c in mention.candidates if lies_near(c, target))
            if near:
                entry = self._best(replace(mention, candidates=near), contexts[mention])
            elif target.kind == "city":
                entry, qualifier = None, target
            placed.append((mention, entry, qualifier))
        return placed

    def _context(
        self,
        others: dict[Mention, GazEntry | None],
        actors: set[str],
        sentence: tuple[int, int],
        key: str = "",
    ) -> Context:
        countries = set(actors)
        # What the article's places of other names say: another mention of the same name,
        # read otherwise, is no evidence of where the name is.
        place_countries: set[str] = set()
        other_town_regions: set[tuple[str, str]] = set()
        admin1: set[tuple[str, str]] = set()
        towns_admin1: set[tuple[str, str]] = set()
        town_regions: set[tuple[str, str]] = set()
        nearby: set[str] = set()
        nearby_towns: set[str] = set()
        points: list[tuple[float, float]] = []
        for mention, entry in others.items():
            if entry is None or entry.country is None:
                continue
            countries.add(entry.country)
            if mention.key != key:
                place_countries.add(entry.country)
                if entry.kind == "city" and entry.admin1 and not mention.facility:
                    other_town_regions.add((entry.country, entry.admin1))
                elif entry.kind in {"admin1", "region"} and not is_landmark(entry):
                    other_town_regions.add((entry.country, entry.name))  # "West Yorkshire"
            if entry.kind == "city" and entry.admin1 and not mention.facility:
                town_regions.add((entry.country, entry.admin1))
            if entry.kind == "admin1":
                admin1.add((entry.country, entry.name))
            elif mention.names_region and entry.admin1:
                admin1.add((entry.country, entry.admin1))
            elif entry.kind == "city" and entry.admin1 and _sure(mention, entry):
                towns_admin1.add((entry.country, entry.admin1))
            if sentence[0] <= mention.start < sentence[1]:
                nearby.add(entry.country)
                # A famous site draws visitors from afar ("a week at Disneyland before flying
                # home to Leeds"): unlike a town, it says little of where the sentence's towns
                # are (nor, above, of the country of the article's towns).
                if entry.kind not in {"country", "continent"} and not is_landmark(entry):
                    nearby_towns.add(entry.country)
                if entry.kind == "city" and mention.key != key and entry.lat is not None:
                    points.append((entry.lat, entry.lon or 0.0))
        return Context(
            frozenset(countries),
            frozenset(admin1),
            frozenset(nearby),
            sentence_towns=frozenset(nearby_towns),
            towns_admin1=frozenset(towns_admin1),
            town_regions=frozenset(town_regions),
            place_countries=frozenset(place_countries),
            other_town_regions=frozenset(other_town_regions),
            sentence_points=tuple(points),
        )

    def _qualifier(
        self, doc: Doc, mention: Mention, first: dict[Mention, GazEntry | None]
    ) -> GazEntry | None:
        """In "Moscow, Idaho" or "Walker County (Ga.)" the country or first-level region after
        the comma or bracket qualifies the place before it (preferring one that holds it:
        in "Oceanside, New York" the state, not the city)."""
        if mention.end + 1 >= len(doc):
            return None
        if doc[mention.end].lower_ == "in":
            return _area_after_in(doc, mention, first)
        if doc[mention.end].text not in {",", "("}:
            return None
        following = next((m for m in first if m.start == mention.end + 1), None)
        if following is None or _heads_a_list(doc, following, first):
            return None
        if not mention.candidates and first.get(following) is not None:
            # "Moss Side, Manchester": a part the gazetteer lacks lies in the town or region
            # after the comma as read there, not in a namesake parish abroad.
            return first[following]
        area = holding_area(following.candidates, mention.candidates)
        return area or self._county_region(following.candidates, mention.candidates)

    def _county_region(
        self, counties: Sequence[GazEntry], places: Sequence[GazEntry]
    ) -> GazEntry | None:
        """ "Lakewood, Ocean County": the first-level region of a county after the comma that
        holds one of the places, near its centre (local news names a town's county so)."""
        for county in counties:
            if county.kind != "admin2" or county.country is None or county.admin1 is None:
                continue
            if any(
                place.kind == "city"
                and (place.country, place.admin1) == (county.country, county.admin1)
                and _distance(place, county) <= COUNTY_KM
                for place in places
            ):
                return self.gazetteer.admin1(county.country, county.admin1)
        return None

    def _described(
        self, doc: Doc, mention: Mention, first: dict[Mention, GazEntry | None]
    ) -> GazEntry | None:
        """The country a description of the place names: "the Lebanese city of Tripoli",
        "Victoria, the Australian state", "Armenia, a city in Colombia's Quindío"."""
        before = doc[max(0, mention.start - 2) : mention.start]
        if len(before) == 2 and before[1].lower_ == "of" and before[0].lower_ in DESCRIBING_NOUNS:
            window = range(max(0, mention.start - 6), mention.start - 2)
            return self._named_country(doc, window, first)
        if mention.end + 2 >= len(doc) or doc[mention.end].text != ",":
            return None
        window_end = mention.end + 1
        while window_end < min(len(doc), mention.end + 10) and not doc[window_end].is_punct:
            window_end += 1
        words = {token.lower_ for token in doc[mention.end + 1 : window_end]}
        if words & DESCRIBING_NOUNS and doc[mention.end + 1].lower_ in {"the", "a", "an"}:
            window = range(mention.end + 1, window_end)
            named = self._named_country(doc, window, first)
            return named or _holding_region(mention, window, first)
        return None

    def _named_country(
        self, doc: Doc, window: range, first: dict[Mention, GazEntry | None]
    ) -> GazEntry | None:
        """The first country in the tokens, by demonym ("Lebanese") or by name."""
        for i in window:
            owner = next((m for m in first if m.start <= i < m.end), None)
            named = (first[owner] if owner else None) or self.gazetteer.demonym(doc[i].text)
            if named is not None and named.kind == "country":
                return named
        return None

    def _qualified(self, doc: Doc, mention: Mention, mentions: Sequence[Mention]) -> bool:
        """Whether the mention qualifies the place before it ("Idaho" in "Moscow, Idaho")."""
        if mention.start < 2 or doc[mention.start - 1].text not in {",", "("}:
            return False
        return any(m.end == mention.start - 1 and m.candidates for m in mentions)

    def _state_named(self, doc: Doc, mention: Mention, coded: Sequence[Actor]) -> GazEntry | None:
        """The country the actor stage reads at exactly these words as a state's own name, for
        a name the gazetteer lacks ("Yugoslavia" in 1999, which the actor stage dates as
        Serbia's): no town nearby stands for it. A region it codes by its state ("Ghouta" as
        Syria's) is no state's name, and stays placed by the towns near it."""
        tokens = doc[mention.start : mention.end]
        for actor in coded:
            same = actor.span == (tokens.start_char, tokens.end_char) and actor.name == tokens.text
            if same and actor.code is not None and actor.sector is None:
                return self.gazetteer.country(actor.code)
        return None

    def _person_named(
        self, doc: Doc, mention: Mention, entry: GazEntry | None, actors: Sequence[Actor]
    ) -> bool:
        """Whether a town's (or a county's) name is the surname of a person the actor stage
        found at the same words: the actor's canonical name is longer, ends with these words
        and is no place's name ("Hillary Clinton" at "Clinton"; not "Russia" at "Moscow")."""
        if entry is None or entry.kind in AREA_KINDS:
            return False
        tokens = doc[mention.start : mention.end]
        words = fold(tokens.text).split()
        for actor in actors:
            if not (actor.span[0] <= tokens.start_char and tokens.end_char <= actor.span[1]):
                continue
            name = fold(actor.name).split()
            surname = len(name) > len(words) and name[-len(words) :] == words
            # "police in London", "the government in Khartoum": a body placed at the town.
            placed = surname and name[-len(words) - 1] in _PLACING_WORDS
            if surname and not placed and actor.name not in self.gazetteer:
                return True
        return False

    def _best(
        self, mention: Mention, context: Context, qualifier: GazEntry | None = None
    ) -> GazEntry | None:
        if not mention.candidates:
            return None
        return max(
            mention.candidates, key=lambda e: candidate_score(e, mention, context, qualifier)
        )

    def _place(
        self, doc: Doc, mention: Mention, entry: GazEntry | None, near: GazEntry | None
    ) -> Place:
        tokens = doc[mention.start : mention.end]
        text, span = _text_and_span(tokens)
        if mention.site and entry is not None:
            near, entry = entry, None  # "Stonewall Golf Club in Gainesville": at the town
        if entry is None and near is not None:
            # A local feature the gazetteer does not know ("Royal Street", "Orange County"):
            # placed where its qualifier or the article's main town is, with no GeoNames id;
            # a road with no town beside it, only in that region or country.
            pointless = near.kind != "city" and names_a_road(tokens)
            return Place(
                text=text,
                name=text,
                country=near.country,
                admin1=near.admin1,
                lat=None if pointless else near.lat,
                lon=None if pointless else near.lon,
                geonameid=None,
                span=span,
            )
        return Place(
            text=text,
            name=entry.name if entry else text,
            country=entry.country if entry else None,
            admin1=entry.admin1 if entry else None,
            lat=entry.lat if entry else None,
            lon=entry.lon if entry else None,
            geonameid=entry.geonameid if entry else None,
            span=span,
        )


def _subject(doc: Doc, mention: Mention) -> bool:
    """Whether a name is the subject of its clause ("France expressed concern"), or joined to
    one ("France and Britain warned")."""
    head = doc[mention.start : mention.end].root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ == "nsubj"


def _holding_region(
    mention: Mention, window: range, first: dict[Mention, GazEntry | None]
) -> GazEntry | None:
    """'Armenia, the capital of Quindío': a first-level region named in the description that
    holds one of the place's namesakes (a description naming no country)."""
    for other in first:
        if other.start not in window:
            continue
        for area in other.candidates:
            if area.kind == "admin1" and any(
                place.kind == "city" and place.country == area.country and place.admin1 == area.name
                for place in mention.candidates
            ):
                return area
    return None


def _area_after_in(
    doc: Doc, mention: Mention, first: dict[Mention, GazEntry | None]
) -> GazEntry | None:
    """ "Santa Cruz in the Galápagos Islands", "Paris in Texas": the area right after "in"
    (or "in the") that holds one of the place's candidates qualifies it as after a comma. A
    national capital before a country it does not lie in is that capital acting there ("the
    war Moscow waged in Ukraine"), not a namesake of it."""
    start = mention.end + 1
    if start < len(doc) and doc[start].lower_ == "the":
        start += 1
    following = next((m for m in first if m.start == start), None)
    if following is None:
        return None
    areas = [
        area
        for area in following.candidates
        if area.country
        and area.kind in {"country", "admin1", "region"}
        and any(_held_in(area, place) for place in mention.candidates)
    ]
    if not areas:
        return None
    area = max(areas, key=lambda a: a.population)
    if area.kind == "country" and any(
        c.capital and c.country != area.country for c in mention.candidates
    ):
        return None
    return area


def _held_in(area: GazEntry, place: GazEntry) -> bool:
    if place is area or place.kind in {"country", "continent"}:
        return False
    if area.kind == "admin1":
        return place.country == area.country and place.admin1 == area.name
    return place.country == area.country


def _on_date(place: Place, date: dt.date | None) -> Place:
    country = country_on(place.country, place.admin1, date)
    return place if country == place.country else msgspec.structs.replace(place, country=country)


def _body_of_another_state(
    doc: Doc, mention: Mention, entry: GazEntry | None, actors: Sequence[Actor]
) -> bool:
    """Whether the actor stage read these very words as a body, a group or a person of a state
    the place read does not lie in ("Hamas", a Palestinian group, read as Hamm in Germany): a
    party's name, no place. A body of the place's own state ("Moscow said") stays a place, and so
    does a capital read as its government ("Kingston" beside Toronto)."""
    if entry is None or entry.country is None:
        return False
    tokens = doc[mention.start : mention.end]
    span = (tokens.start_char, tokens.end_char)
    return any(
        actor.span == span
        and actor.sector not in (None, "GOV")  # a capital read as its government stays a town
        and actor.code is not None
        and len(actor.code) == 3
        and actor.code != entry.country
        for actor in actors
    )


def _company_base(doc: Doc, mention: Mention, entry: GazEntry | None) -> bool:
    """A first-level region named only before "-based" or "-headquartered" ("a Texas-based
    company")."""
    end = mention.end
    return (
        entry is not None
        and entry.kind == "admin1"
        and end + 1 < len(doc)
        and doc[end].text == "-"
        and doc[end + 1].lower_ in SITUATING_PARTICIPLES
    )


def _text_and_span(tokens: Span) -> tuple[str, tuple[int, int]]:
    """The mention's words and character span, cut at a wire dateline's dash that the
    tokenizer glued to them ("SEATTLE--(BUSINESS" is "SEATTLE")."""
    text = tokens.text
    cut = text.find(GLUED_DASH)
    if cut > 0:
        text = text[:cut]
    return text, (tokens.start_char, tokens.start_char + len(text))


def _stray_town(
    mention: Mention,
    entry: GazEntry | None,
    qualifier: GazEntry | None,
    focus: GazEntry | None,
    resolved: Sequence[tuple[Mention, GazEntry | None, GazEntry | None]],
    actor_countries: set[str],
    sentence_towns: frozenset[str] = frozenset(),
) -> bool:
    """A small town in a country the article otherwise never names, far from where the article
    is ("Heathrow", Florida, in a story about London's airport): more likely a local feature the
    gazetteer does not know, placed then where the article is. Where the sentence's other towns
    lie in the article's country, a mid-sized town abroad is so too ("Nazca and Chala" in a
    story about Peru is no Tanzanian town of 22,000)."""
    if entry is None or entry.kind not in LOCAL_KINDS or qualifier is not None or focus is None:
        return False  # a town, or a district named after one ("Thyna", Tunisia)
    at_home = focus.country in sentence_towns and entry.country not in sentence_towns
    limit = STRAY_ABROAD_POPULATION if at_home and not mention.facility else STRAY_TOWN_POPULATION
    if entry.population >= limit or entry.capital:
        return False  # "Przemysl station" in a story about Ukraine is the Polish town's
    if mention.facility:
        return entry.country != focus.country  # "Heathrow airport" in a story about London
    if entry.country == focus.country or entry.country in actor_countries:
        return False
    if _near_other_town(mention, entry, resolved):
        return False  # "the Sadakhlo crossing" beside Armenian towns: a neighbour abroad
    return not any(
        e is not None and e is not entry and e.country == entry.country for _, e, _ in resolved
    )


def _without_other_names_abroad(
    doc: Doc, resolved: list[tuple[Mention, GazEntry | None, GazEntry | None]]
) -> list[tuple[Mention, GazEntry | None, GazEntry | None]]:
    """A town read by a spelling of its name ("Kurla" as Korla in China), abroad from the one
    country where the sentence's towns named by their own names lie ("Andheri, Kurla and Sion
    ... in Mumbai"), is a local name the gazetteer lacks: left unresolved, to be placed beside
    those towns. A capital or a city of a million keeps its spellings; names of another
    language ("Kinmen" beside Xiamen, "Königsberg" beside Berlin) are left alone."""
    if not doc.has_annotation("SENT_START"):
        return resolved
    kept = []
    for mention, entry, qualifier in resolved:
        if (
            entry is not None
            and qualifier is None
            and entry.kind == "city"
            and not entry.capital
            and entry.population < BIG_CITY
            and mention.key
            and not same_name(entry.name, mention.key)
            and same_spelling(entry.name, mention.key)
        ):
            own = _sentence_town_countries(doc, mention, resolved, by_own_name=True)
            if len(own) == 1 and entry.country not in own:
                entry = None
        kept.append((mention, entry, qualifier))
    return kept


def _larger_namesake_near(
    reference: Mention, target: GazEntry, situated: Mention
) -> GazEntry | None:
    """A town of the reference's name far larger than the one read (five times, and of
    100,000 or more), with a town of the situated name close to it and none close to the one
    read ("Seymour, south of Columbus" is beside Columbus, Indiana)."""
    if any(_close(town, target) for town in situated.candidates):
        return None
    larger = [
        c
        for c in reference.candidates
        if c.kind == "city"
        and c.population >= max(PROMINENT_CITY, LARGER_NAMESAKE * target.population)
        and any(_close(town, c) for town in situated.candidates)
    ]
    return max(larger, key=lambda c: c.population, default=None)


def _close(town: GazEntry, other: GazEntry) -> bool:
    if None in (town.lat, town.lon, other.lat, other.lon) or town is other:
        return False
    return _distance(town, other) <= SUBURB_KM


def _island_division_abroad(
    doc: Doc,
    mention: Mention,
    entry: GazEntry | None,
    resolved: Sequence[tuple[Mention, GazEntry | None, GazEntry | None]],
) -> bool:
    """An island the gazetteer lacks, read as the division named like it without "Island"
    ("Victoria Island" as Victoria, Australia), where the sentence's towns all lie in another
    country: a part of where they are, not a division abroad."""
    if entry is None or entry.kind not in {"admin1", "admin2"}:
        return False
    if doc[mention.end - 1].lower_ not in {"island", "isle"} or mention.end - mention.start < 2:
        return False
    if fold(entry.name) == mention.key:
        return False  # the division is named with "Island" itself
    # Towns, not countries: "Australia will fund a base on Manus Island".
    countries = _sentence_town_countries(doc, mention, resolved)
    return bool(countries) and entry.country not in countries


def _near_other_town(
    mention: Mention,
    entry: GazEntry,
    resolved: Sequence[tuple[Mention, GazEntry | None, GazEntry | None]],
) -> bool:
    """A town lies near a town of another name the article places: a neighbour across a
    border, not a namesake far from where the article is."""
    if entry.lat is None or entry.lon is None:
        return False
    return any(
        e is not None
        and m.key != mention.key
        and e.kind == "city"
        and e.lat is not None
        and e.lon is not None
        and distance_km(entry.lat, entry.lon, e.lat, e.lon) <= NEIGHBOUR_ABROAD_KM
        for m, e, _ in resolved
    )


def _region_nearest_article(
    mention: Mention, entry: GazEntry | None, others: dict[Mention, GazEntry | None]
) -> GazEntry | None:
    """Of seas or other regions sharing a name, the one nearest the article's other places:
    "the Gulf" beside Louisiana is the Gulf of Mexico, beside Bahrain the Persian Gulf."""
    regions = [e for e in mention.candidates if e.kind == "region" and e.lat is not None]
    if entry is None or entry.kind != "region" or len(regions) < 2:
        return None
    points = [
        (e.lat, e.lon)
        for e in others.values()
        if e is not None and e.kind != "region" and e.lat is not None and e.lon is not None
    ]
    if not points:
        return None
    return min(
        regions,
        key=lambda r: min(distance_km(r.lat or 0.0, r.lon or 0.0, *point) for point in points),
    )


def _town_of_county(
    doc: Doc, mention: Mention, entry: GazEntry | None, first: dict[Mention, GazEntry | None]
) -> GazEntry | None:
    """'Richmond, North Yorkshire', 'Boston, Lincolnshire': the largest namesake near the centre
    of the county after the comma, where the reading chosen lies elsewhere (the county's
    first-level region, England, holds Richmond in London too)."""
    if entry is None or entry.kind != "city" or mention.end + 1 >= len(doc):
        return None
    if doc[mention.end].text != ",":
        return None
    following = next((m for m in first if m.start == mention.end + 1), None)
    if following is None or _listed_on(doc, following, first):
        return None
    counties = [c for c in following.candidates if c.kind == "admin2"]
    if not counties or any(_in_county(entry, c) for c in counties):
        return None
    near = [
        town
        for town in mention.candidates
        if town.kind == "city" and any(_in_county(town, c) for c in counties)
    ]
    return max(near, key=lambda town: town.population, default=None)


def _listed_on(doc: Doc, mention: Mention, first: dict[Mention, GazEntry | None]) -> bool:
    """'Goma, Rutshuru and Kiwanja', 'Goma, Rutshuru, Masisi': another name follows after
    "and", "or" or a comma, so the name is an item of a list, not a qualifier."""
    if mention.end + 1 >= len(doc) or doc[mention.end].lower_ not in {"and", "or", ","}:
        return False
    if doc[mention.end].lower_ in {"and", "or"}:
        return True
    return any(m.start == mention.end + 1 for m in first)


def _holding_county(mention: Mention, places: Sequence[GazEntry]) -> GazEntry | None:
    """Of the mention's counties, one near whose centre a town of `places` lies."""
    return next(
        (
            county
            for county in mention.candidates
            if county.kind == "admin2"
            and any(place.kind == "city" and _in_county(place, county) for place in places)
        ),
        None,
    )


def _in_county(town: GazEntry, county: GazEntry) -> bool:
    return (town.country, town.admin1) == (county.country, county.admin1) and _distance(
        town, county
    ) <= COUNTY_KM


def _heads_a_list(doc: Doc, mention: Mention, first: dict[Mention, GazEntry | None]) -> bool:
    """Whether "and" or "or" joins the mention to a place of its kind: then it is an item of
    a list ("Washington, Maryland and Virginia"), not a qualifier ("Moscow, Idaho")."""
    if mention.end + 1 >= len(doc) or doc[mention.end].lower_ not in {"and", "or"}:
        return False
    own = first.get(mention)
    joined = next((m for m in first if m.start == mention.end + 1), None)
    other = first.get(joined) if joined is not None else None
    return own is not None and other is not None and own.kind == other.kind


def _listed_region(
    doc: Doc, mention: Mention, first: dict[Mention, GazEntry | None], entry: GazEntry | None
) -> GazEntry | None:
    """A name listed with first-level regions of one country, or with a region that lies in one
    ("Georgia and the Carolinas"), is that country's region too ("California, Washington,
    Utah"): unless it is a capital named with regions next to it ("Washington, Maryland and
    Virginia")."""
    regions = [e for e in mention.candidates if e.kind == "admin1"]
    if entry is None or entry.kind == "admin1" or not regions or mention.city_cue:
        return None  # "Ondo town" beside regions stays the town
    listed = [
        e
        for m, e in first.items()
        if e is not None
        and e.kind in {"admin1", "region"}
        and e.country
        and m is not mention
        and _listed_with(doc, m, mention)
    ]
    region = next((r for r in regions if any(e.country == r.country for e in listed)), None)
    if region is None:
        return None
    near = any(_distance(e, entry) <= LISTED_CAPITAL_KM for e in listed)
    return None if entry.capital and near else region


def _listed_with(doc: Doc, one: Mention, other: Mention) -> bool:
    """Whether two mentions stand in one list: between them only commas, "and", "or", "the"
    and other names ("Georgia and the Carolinas")."""
    start, end = (one.end, other.start) if one.end <= other.start else (other.end, one.start)
    if end - start > 12:
        return False
    between = doc[start:end]
    return (
        bool(between)
        and all(
            token.text in {",", "and", "or", "&", "the"} or token.is_title or token.text.isupper()
            for token in between
        )
        and any(token.text in {",", "and", "or", "&"} for token in between)
    )


def _distance(one: GazEntry, other: GazEntry) -> float:
    if None in (one.lat, one.lon, other.lat, other.lon):
        return float("inf")
    return distance_km(one.lat or 0.0, one.lon or 0.0, other.lat or 0.0, other.lon or 0.0)


def _nearest_town(
    doc: Doc,
    mention: Mention,
    resolved: Sequence[tuple[Mention, GazEntry | None, GazEntry | None]],
    focus: GazEntry | None,
) -> GazEntry | None:
    """The town right after "in" a local feature ("the Ritz in Paris"), else the town
    named closest to it, in its sentence ("a bar on Bourbon Street in New Orleans") or in the one
    before when that town is in the country the article is about: where the feature most
    likely is."""
    if not doc.has_annotation("SENT_START"):
        return None
    # "moved from Lyon to the Ritz in Paris": the town after "in" is the
    # feature's own, however close another town stands before it.
    if mention.end + 1 < len(doc) and doc[mention.end].lower_ == "in":
        following = next(
            (e for m, e, _ in resolved if m.start == mention.end + 1 and e is not None), None
        )
        if following is not None and following.kind == "city":
            return following
    sentence = doc[mention.start].sent
    first = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    # A town of a region the article names is no doubtful reading ("In Saskatchewan, people in
    # Creighton and X": Creighton, though the article is mostly about Manitoba).
    named = {(e.country, e.name) for _, e, _ in resolved if e is not None and e.kind == "admin1"}
    towns = [
        (abs(other.start - mention.start), entry)
        for other, entry, _ in resolved
        if entry is not None
        and entry.kind == "city"
        and other is not mention
        and not other.facility
        and first <= other.start < sentence.end
        and (other.start >= sentence.start or focus is None or entry.country == focus.country)
        and ((entry.country, entry.admin1) in named or not _small_town_off_focus(entry, focus))
    ]
    return min(towns, key=lambda pair: pair[0], default=(0, None))[1]


def _nearest_local_place(
    doc: Doc,
    mention: Mention,
    resolved: Sequence[tuple[Mention, GazEntry | None, GazEntry | None]],
) -> GazEntry | None:
    """A feature the gazetteer lacks with no town beside it is placed at the nearest place of
    its sentence that is no town but lies in one country: a county or district, a park or a
    site of the sites tables, a facility placed already ("near Old Faithful" beside Yellowstone
    National Park, "Temple Meads" beside Bristol Crown Court, "villages of Wayanad")."""
    if not doc.has_annotation("SENT_START"):
        return None
    return nearest_in_sentence(
        doc,
        mention,
        resolved,
        lambda other, entry: bool(
            entry.country
            and entry.lat is not None
            and (entry.kind in {"admin2", "region"} or other.facility or other.site)
        ),
    )


def _small_town_off_focus(town: GazEntry, focus: GazEntry | None) -> bool:
    """A small town in another region of the country the article is about ("Stonewall",
    Louisiana, in a story on Virginia): a doubtful reading, no place to put a feature at."""
    return (
        focus is not None
        and focus.admin1 is not None
        and town.country == focus.country
        and town.admin1 != focus.admin1
        and town.population < STRAY_TOWN_POPULATION
    )


def _holder_of_part(
    doc: Doc, mention: Mention, first: dict[Mention, GazEntry | None]
) -> GazEntry | None:
    """The place after a noun for a part and "of" ("Kano" in "the Dala area of Kano"), as
    first resolved."""
    end = mention.end
    if end + 2 >= len(doc) or doc[end].lower_ not in PART_NOUNS or doc[end + 1].lower_ != "of":
        return None
    holder = next((m for m in first if m.start == end + 2), None)
    return None if holder is None else first[holder]


def _possessor(
    doc: Doc, mention: Mention, first: dict[Mention, GazEntry | None]
) -> GazEntry | None:
    """The place whose possessive comes right before the mention ("London's" in "London's
    Heathrow"), as first resolved."""
    if mention.start < 2 or doc[mention.start - 1].text not in {"'s", "’s"}:
        return None
    owner = next((m for m in first if m.end == mention.start - 1), None)
    return None if owner is None else first[owner]


def _far_part_of_town(entry: GazEntry, owner: GazEntry) -> bool:
    """A town's possessive before a place of the same country that lies far from the town: the
    name is a part of the town the gazetteer lacks, not the namesake it found."""
    if owner.kind != "city" or entry.kind in {"country", "admin1"}:
        return False
    if entry.lat is None or entry.lon is None or owner.lat is None or owner.lon is None:
        return False
    return distance_km(entry.lat, entry.lon, owner.lat, owner.lon) > PART_OF_TOWN_KM


def _built_by(doc: Doc, mention: Mention, owner: GazEntry) -> bool:
    """A country's possessive before a site ("Russia's Bushehr reactor", "China's Gwadar port")
    names who built, runs or leases it, not the country it lies in: the gazetteer's reading of
    the name elsewhere stands."""
    if owner.kind != "country":
        return False
    following = doc[mention.end : mention.end + 3]
    return any(token.lower_ in SITE_WORDS for token in following)


def _large_town_after_verb_in(
    doc: Doc, mention: Mention, entry: GazEntry | None, countries: set[str | None]
) -> bool:
    """A large town after "in" that a verb governs ("arrested in Hamilton"), in the country of
    the article's other places where it names any, is the town even where the actor stage
    found a person of that surname ("confidence in Hamilton" keeps the person); also where
    the town read is a namesake in that country ("spoke to reporters in Hamilton" beside
    Bermuda)."""
    if entry is None or entry.kind != "city":
        return False
    if mention.start == 0 or doc[mention.start - 1].lower_ != "in":
        return False
    if doc[mention.start - 1].head.pos_ not in {"VERB", "AUX"}:
        return False
    large = [
        town
        for town in mention.candidates
        if town.kind == "city" and town.population >= PROMINENT_CITY
    ]
    if not large:
        return False
    return not countries or entry.country in countries or any(t.country in countries for t in large)


def _sure(mention: Mention, entry: GazEntry) -> bool:
    """A resolution that needs no context: the name is only that place's, or the place is a
    country or a region."""
    return entry.kind in AREA_KINDS or len({e.country for e in mention.candidates}) == 1


# Words before a town that ends a body's name, placing the body there ("police in London").
_PLACING_WORDS = frozenset({"in", "at", "of", "from", "near", "outside"})


def _countries_beside(doc: Doc, mention: Mention, actors: Sequence[Actor]) -> frozenset[str]:
    """The countries of the actors, but for one found at the mention's words and coded by a town
    it may denote ("leaders in Lugansk" placed at a Kazakh village): a reading of the name, no
    evidence for it. (An actor that is the name itself, coded as a country the name denotes,
    stays: "Congo"; "gunmen in Tripoli" coded by the Libyan region is a reading again.)"""
    tokens = doc[mention.start : mention.end]
    # Only a country's name: an actor read at a region's name ("the Gulf" as Papua New Guinea's
    # Gulf province) is a reading of the name again.
    areas = {entry.country for entry in mention.candidates if entry.kind == "country"}
    start, end = tokens.start_char, tokens.end_char  # read once: a span computes them anew
    return frozenset(
        actor.code or ""
        for actor in actors
        if not (actor.span[0] <= start and end <= actor.span[1])
        or (actor.code in areas and _names_only(actor, tokens))
    )


def _countries_apart(doc: Doc, mention: Mention, actors: Sequence[Actor]) -> frozenset[str]:
    """The countries of the actors found away from the mention's words ("Lebanon" coded as an
    actor is the name itself, no evidence for the country)."""
    tokens = doc[mention.start : mention.end]
    start, end = tokens.start_char, tokens.end_char  # read once: a span computes them anew
    return frozenset(
        actor.code or "" for actor in actors if actor.span[1] <= start or end <= actor.span[0]
    )


def _names_only(actor: Actor, tokens: Span) -> bool:
    """The actor's words are the name, give or take an article ("the Congo")."""
    extra = (actor.span[1] - actor.span[0]) - (tokens.end_char - tokens.start_char)
    return extra <= len("the ")


def _sentence_of(doc: Doc, mention: Mention) -> tuple[int, int]:
    """Token bounds of the sentence that holds the mention (the whole text when unsplit)."""
    return sentence_bounds(doc, mention.start)


def _sentence_town_countries(
    doc: Doc,
    mention: Mention,
    resolved: Sequence[tuple[Mention, GazEntry | None, GazEntry | None]],
    *,
    by_own_name: bool = False,
) -> set[str]:
    """The countries of the other towns the mention's sentence names (only those read by their
    own name, not a spelling variant, when `by_own_name`)."""
    sentence = _sentence_of(doc, mention)
    return {
        e.country
        for m, e, _ in resolved
        if m is not mention
        and e is not None
        and e.kind == "city"
        and e.country
        and sentence[0] <= m.start < sentence[1]
        and (not by_own_name or same_name(e.name, m.key))
    }
