"""Choosing among the places a toponym may denote, and where an article mostly is."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from dyads.eval.geo import distance_km
from dyads.stages.gazetteer import MIN_VARIANT_LETTERS, GazEntry, fold, variant_key
from dyads.stages.place_capitals import fits_capitals
from dyads.stages.place_cues import is_capitals

AREA_KINDS = frozenset({"continent", "country", "admin1", "region"})
# Towns and second-level divisions (counties, districts): named like many other places, they
# need the text to say "place" before a name is taken for one, and context to choose.
LOCAL_KINDS = frozenset({"city", "admin2"})
BIG_CITY = 1_000_000
# A first-level division smaller than this is a small state's parish or district ("Saint John"
# in Antigua, "Saint Andrew" in Barbados), which the sentence's country outweighs as for a town.
PARISH_POPULATION = 100_000
# A city this large is as likely to be meant as a region of the same name: context decides.
PROMINENT_CITY = 100_000
MIN_DOMINANT = 2  # named at least this often to be the article's country
# A town holding this share of the people of a first-level region named like it is what the
# bare name means ("Kyiv", "Gao", "Zaporizhzhia"); a region named after a small namesake is not.
MAIN_TOWN_SHARE = 0.1
# A town's other name (English or former: "Derna" for Darnah, "Lemberg" for Lviv) means the town
# before the villages whose own name it is when the town is this many times larger than each...
OTHER_NAME_RATIO = 5
# ...and they are villages ("Derna", Romania; "Palmyra", Pennsylvania), the town no hamlet itself.
VILLAGE_POPULATION = 15_000
MIN_OTHER_NAME_POPULATION = 10_000
# A town this close to another town of its sentence fits the sentence, across a border too.
NEAR_SENTENCE_TOWN_KM = 100.0
# The Arabic article as transliterated before town names ("Al Qāmishlī", "Ar Raqqah").
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "at", "ash", "az", "an", "adh"})
# Words naming a site built at a town, written after its name ("El Geneina Fort", "Kakuma
# Camp"): the town's bare name is the town's, not the site's.
SITE_SUFFIXES = frozenset(
    {
        *("fort", "castle", "citadel", "barracks", "garrison", "camp", "base", "airport"),
        *("airbase", "airfield", "prison", "dam", "bridge"),
    }
)


@dataclass(frozen=True)
class Mention:
    """A toponym in the text with every place it may denote."""

    start: int  # token offsets into the Doc
    end: int
    candidates: tuple[GazEntry, ...]
    key: str = ""  # the folded name that was looked up
    city_cue: bool = False
    area_only: bool = False  # "western X", "X region": a country or region, never a town
    facility: bool = False  # "X airport": a town named X counts only where the article is
    site: bool = False  # a facility placed at the town it stands in: no GeoNames id of its own
    # A site named after its town's first-level region ("Michigan State University"): it says
    # where the article is as the region's own name does.
    names_region: bool = False

    def __hash__(self) -> int:
        # The hash the dataclass would give, kept once computed: mentions key the resolver's
        # tables many times over per article, and a mention's hash covers every candidate.
        known: int | None = self.__dict__.get("_hash")
        if known is None:
            known = hash(
                (
                    *(self.start, self.end, self.candidates, self.key, self.city_cue),
                    *(self.area_only, self.facility, self.site, self.names_region),
                )
            )
            object.__setattr__(self, "_hash", known)
        return known


@dataclass(frozen=True)
class Context:
    """What the rest of the article says about where it is."""

    countries: frozenset[str]
    admin1: frozenset[tuple[str, str]]  # (country, region name)
    # Countries of the other places in the mention's own sentence ("57 in Ballina, 48 in
    # Newport"): closer evidence than the article's, it outweighs a town's size.
    sentence: frozenset[str] = frozenset()
    # Countries of the towns and regions among them: a country's bare name ("U.S. envoys in
    # Geneva") does not make a large town abroad yield to a small namesake, a town there does.
    sentence_towns: frozenset[str] = frozenset()
    # The country most of the article's other places are in, when one clearly leads: a town
    # there outweighs a mid-sized homonym abroad ("Birmingham" in a story about Alabama).
    dominant: str | None = None
    # First-level regions of the article's other towns: a county there is the one meant
    # ("Hamilton County" in a story about Chattanooga).
    towns_admin1: frozenset[tuple[str, str]] = frozenset()
    # Regions of every town the article names as first resolved, sure or not: a region or a
    # country of one name that holds them is the one meant ("Georgia" beside "Savannah").
    town_regions: frozenset[tuple[str, str]] = frozenset()
    # Countries, towns' regions and named regions of the article's places of other names alone
    # (the actors' countries and other mentions of this name left out: a reading of this very
    # name is no evidence for it).
    place_countries: frozenset[str] = frozenset()
    other_town_regions: frozenset[tuple[str, str]] = frozenset()
    # Candidates of this name that are main towns of their country, and whether the
    # sentence's other towns are all national capitals (see `place_capitals`).
    main_towns: frozenset[GazEntry] = frozenset()
    among_capitals: bool = False
    # First-level regions of the article's anchors, the places read without context (see
    # `place_anchors`): a small town there is meant before a larger namesake elsewhere.
    anchor_regions: frozenset[tuple[str, str]] = frozenset()
    # Countries of the anchors listed with the mention ("Trujillo and Barinas"): a town of
    # some size there is meant before a namesake abroad that is no capital.
    listed_countries: frozenset[str] = frozenset()
    # Points of the other towns of the mention's sentence: a town close to one of them fits
    # the sentence whatever country it names ("San Cristóbal" beside Cúcuta, over the border).
    sentence_points: tuple[tuple[float, float], ...] = ()


def holding_area(areas: Sequence[GazEntry], places: Sequence[GazEntry]) -> GazEntry | None:
    """Of the countries and first-level regions among `areas`, the largest that holds one of
    `places` (else the largest of them; None when there are none)."""
    candidates = [area for area in areas if area.kind in {"country", "admin1"}]
    holding = [area for area in candidates if any(_holds(area, place) for place in places)]
    return max(holding or candidates, key=lambda area: area.population, default=None)


def _holds(area: GazEntry, place: GazEntry) -> bool:
    if area.kind == "admin1":
        return place.country == area.country and place.admin1 == area.name
    return place.country == area.country and place is not area


def article_focus(entries: Sequence[GazEntry | None]) -> GazEntry | None:
    """Where the article mostly is: its most often named country, then the most often named
    town of that country (the first on a tie), else its region, else the country itself."""
    known = [entry for entry in entries if entry is not None and entry.country]
    if not known:
        return None
    country = Counter(entry.country for entry in known).most_common(1)[0][0]
    # Of towns named equally often, the one in the region the article names most (its towns
    # and the region itself): "Gainesville" beside "Fairfax", "Vienna" and "Va.", not a town
    # named once in passing elsewhere in the country.
    regions = Counter(e.admin1 for e in known if e.country == country and e.admin1)
    for kind in ("city", "admin1", "country"):
        named = Counter(e for e in known if e.kind == kind and e.country == country)
        if named:
            return max(named, key=lambda e: (named[e], regions[e.admin1] if e.admin1 else 0))
    return None


# A town known by another name counts as named so in a region the article names from this size
# ("Noto ... in Ishikawa prefecture" is Ushitsu, which GeoNames also calls Noto).
OTHER_NAME_REGION_TOWN = 10_000


def _known_so_in_named_region(entry: GazEntry, mention: Mention, context: Context) -> bool:
    """A town of some size by another of its names, in a first-level region the article names,
    in a country where no place goes by the name as its own: the article's region says which
    is meant."""
    if entry.kind != "city" or entry.population < OTHER_NAME_REGION_TOWN or not mention.key:
        return False
    region = (entry.country, entry.admin1)
    if region not in context.admin1 or same_name(entry.name, mention.key):
        return False
    # Only against namesakes abroad: within one country GeoNames' stray other names abound
    # ("Washington" for a town of upstate New York, beside the capital).
    return not any(
        other is not entry and other.country == entry.country and _own_named(other, mention.key)
        for other in mention.candidates
    )


def candidate_score(
    entry: GazEntry, mention: Mention, context: Context, qualifier: GazEntry | None
) -> tuple[int, ...]:
    """Sort key of a candidate: earlier fields decide, later ones break ties (tests that hold
    or fail, then rank and population)."""
    qualified = qualifier is not None and (
        (qualifier.kind == "admin1" and entry.admin1 == qualifier.name)
        or (qualifier.kind != "admin1" and entry.country == qualifier.country)
    )
    # A town in a region named elsewhere ("Moscow" in an article about Idaho), by its own name.
    # (Not when the name is itself a country's or region's: "Florida" beside "New York".)
    region_named = (
        entry.kind in LOCAL_KINDS
        and same_name(entry.name, mention.key)
        and (
            (entry.country, entry.admin1) in context.admin1
            or (entry.kind == "admin2" and (entry.country, entry.admin1) in context.towns_admin1)
        )
        and not any(
            other.kind in AREA_KINDS
            and same_name(other.name, mention.key)
            and _in_play(other, context)
            for other in mention.candidates
        )
    )
    region_named = region_named or _known_so_in_named_region(entry, mention, context)
    region_of_towns = _in_region_of_towns(entry, mention, context)
    cued = mention.city_cue and entry.kind == "city"
    # "Salisbury" is a town in England before it is the old name of Harare; a spelling of the
    # town's own name counts as its own ("Zaporizhzhia" for Zaporizhzhya), and so does another
    # name the town is known by where its namesakes are villages or the article is about it.
    own_name = (
        entry.kind not in LOCAL_KINDS
        or not mention.key
        or _own_named(entry, mention.key)
        or _main_town_of_named_region(entry, mention)
        or known_by_other_name(entry, mention, context)
        or _other_name_where_the_article_is(entry, mention, context)
    )
    # A country's name is the country's before it is a town's ("Benin", not Benin City),
    # unless a cue says city (weighed above).
    shadowed = entry.kind in LOCAL_KINDS and any(
        other.kind == "country" and _loose_name(other.name) == _loose_name(mention.key)
        for other in mention.candidates
    )
    # "Saskatoon" is the city before the division named after it, unless a cue says county.
    named_after_town = entry.kind == "admin2" and any(
        other.kind == "city"
        and other.country == entry.country
        and same_name(other.name, mention.key)
        for other in mention.candidates
    )
    own_name = own_name and not shadowed and not named_after_town
    own_name = own_name and not _shortened_division_name(entry, mention)
    # A town that is neither a capital nor among the largest cities yields to a homonym in a
    # country named in the same sentence ("48 in Newport, 36 in Cloughjordan" in Ireland); with
    # no homonym there, it yields to none ("between Mendoza and Santiago" is the city, not
    # the province named after it).
    fits_sentence = (
        not context.sentence
        or (entry.kind not in LOCAL_KINDS and not _parish(entry))
        or not any(other.country in context.sentence for other in mention.candidates)
        or entry.capital
        or entry.population >= BIG_CITY
        or entry.country in context.sentence
        or _dwarfs_namesakes_in_sentence(entry, mention, context)
        or _near_sentence_town(entry, mention, context)
    )
    fits_article = (
        context.dominant is None
        or entry.kind not in LOCAL_KINDS
        or entry.capital
        or entry.population >= BIG_CITY
        or entry.country == context.dominant
        # A town of the sentence in its country, or close to it across a border, outweighs
        # the article's leading one.
        or entry.country in context.sentence_towns
        or _near_sentence_town(entry, mention, context)
    )
    fits_article_towns = _fits_country_of_towns(entry, mention, context)
    # A town in a region where the article's other towns are, before a homonym elsewhere in
    # the same country ("Oceanside" beside two Long Island towns is not in California), a
    # capital or a city of a million aside.
    fits_towns = (
        entry.kind != "city"
        or entry.capital
        or entry.population >= BIG_CITY
        or (entry.country, entry.admin1) in context.towns_admin1
        or not any(
            other.kind == "city" and (other.country, other.admin1) in context.towns_admin1
            for other in mention.candidates
            if other.country == entry.country
        )
    )
    # "Georgia" beside "Savannah" is the state, beside "Tbilisi" the country: of a country and
    # a region abroad named alike, the one that holds the article's towns.
    holds_towns = (
        entry.kind not in {"country", "admin1"}
        or _holds_towns(entry, context)
        or not any(
            other.kind in {"country", "admin1"}
            and other.country != entry.country
            and _holds_towns(other, context)
            for other in mention.candidates
        )
    )
    capitals = fits_capitals(
        entry,
        mention.candidates,
        context.main_towns,
        context.place_countries,
        context.among_capitals,
    )
    prominent = entry.kind in AREA_KINDS or entry.capital or entry.population >= PROMINENT_CITY
    in_context = entry.country in context.countries
    fits_list = _fits_listed_anchors(entry, mention, context)
    return (
        *(qualified, region_named, region_of_towns, cued, own_name, fits_list, fits_sentence),
        *(fits_article, fits_article_towns, fits_towns),
        holds_towns,
        not named_after_main_town(entry, mention),
        capitals,
        _near_anchor(entry, mention, context),
        prominent,
        in_context,
        _rank(entry),
        entry.population,
    )


def _parish(entry: GazEntry) -> bool:
    """A first-level division of a small state, no larger than a town ("Saint John", a parish
    of Antigua): it yields to a town in a country the sentence names, as a town would."""
    return entry.kind == "admin1" and entry.population < PARISH_POPULATION


def _fits_listed_anchors(entry: GazEntry, mention: Mention, context: Context) -> bool:
    """False for a town abroad, no capital, whose name is also that of a town of some size in
    the country of an anchor listed with it: "Trujillo and Barinas" are both Venezuelan, not
    the larger Peruvian Trujillo; "Spain and Valencia" the Spanish city. A town across the
    border right beside the anchor, larger than its namesakes there, fits ("Windsor and
    Detroit" are the Ontario city and its neighbour, not Windsor, Colorado)."""
    listed = context.listed_countries
    if not listed or entry.kind not in LOCAL_KINDS or entry.capital or entry.country in listed:
        return True
    return not _town_named_so_in(mention, listed) or _near_sentence_town(entry, mention, context)


def _town_named_so_in(mention: Mention, countries: Collection[str | None]) -> bool:
    """Whether a candidate of the mention is a town of some size in one of the countries whose
    own name the mention is."""
    return any(
        other.kind == "city"
        and other.country in countries
        and other.population >= VILLAGE_POPULATION
        and _own_named(other, mention.key)
        for other in mention.candidates
    )


def _near_sentence_town(entry: GazEntry, mention: Mention, context: Context) -> bool:
    """The place lies close to another town of its sentence, across a border from where the
    sentence's country evidence points, and is larger than every namesake there ("El Paso"
    beside Ciudad Juárez; not a Lille suburb named "Mons-en-Barœul" beside Ghent and Mons)."""
    if entry.lat is None or entry.lon is None:
        return False
    if not any(
        distance_km(entry.lat, entry.lon, lat, lon) <= NEAR_SENTENCE_TOWN_KM
        for lat, lon in context.sentence_points
    ):
        return False
    return all(
        other.population < entry.population
        for other in mention.candidates
        if other.kind in LOCAL_KINDS and other.country in context.sentence
    )


def _near_anchor(entry: GazEntry, mention: Mention, context: Context) -> bool:
    """A town or a county in the first-level region of an anchor, where no capital or city of
    millions abroad shares the name: "Windsor" in a story datelined Sydney is the New South
    Wales town, before Windsor, Ontario, and "Fulton County" beside Kosciusko County the
    Indiana one; "London" in a story about Texas is still England's capital. Not where the
    name is a country's or a region's ("Florida" beside New York towns)."""
    region = (entry.country or "", entry.admin1 or "")
    if entry.kind not in LOCAL_KINDS or region not in context.anchor_regions:
        return False
    if not _own_named(entry, mention.key):
        return False  # "Liverpool" is no other name of a small town there
    return not any(
        other.kind in AREA_KINDS
        or (other.country != entry.country and (other.capital or other.population >= BIG_CITY))
        for other in mention.candidates
    )


def _in_region_of_towns(entry: GazEntry, mention: Mention, context: Context) -> bool:
    """A town of its own name in the first-level region of the article's other towns, large
    enough to make news on its own: "Paris" beside "Dallas" is Paris, Texas; "Perth" beside
    "Dundee" the Scottish town; even where the namesake is a capital or a city of millions. Not
    where the name is a country's or a region's ("Mexico" is not Mexico City), nor where a
    capital or a large city of the name lies in another country the article's places are in
    ("London" beside an Ontario town and British ones)."""
    if entry.kind != "city" or entry.population < VILLAGE_POPULATION:
        return False
    if (entry.country, entry.admin1 or "") not in context.other_town_regions:
        return False
    if not _own_named(entry, mention.key):
        return False
    return not any(
        (
            other.kind in AREA_KINDS
            and same_name(other.name, mention.key)
            and (other.kind in {"country", "continent"} or other.country in context.place_countries)
        )
        or (
            other.country != entry.country
            and other.country in context.place_countries
            and (other.capital or other.population >= PROMINENT_CITY)
        )
        for other in mention.candidates
    )


def _fits_country_of_towns(entry: GazEntry, mention: Mention, context: Context) -> bool:
    """False for a mid-sized town or a region abroad whose name is also a town's in the country
    of the article's other towns: "Granada" beside "Managua" is the Nicaraguan city, "Toledo"
    beside "Madrid" the Spanish one. Countries, capitals and cities of millions keep their
    name ("Washington ... Paris" is no Texas town), and so does a town across the border
    right beside a town of its sentence ("Windsor and Detroit")."""
    countries = {country for country, _ in context.other_town_regions}
    if not countries or entry.country in countries:
        return True
    if entry.kind in {"country", "continent"} or entry.capital or entry.population >= BIG_CITY:
        return True
    return not _town_named_so_in(mention, countries) or _near_sentence_town(entry, mention, context)


def _dwarfs_namesakes_in_sentence(entry: GazEntry, mention: Mention, context: Context) -> bool:
    """A large town abroad many times the size of its namesakes in the countries the sentence
    names, where the sentence names them by no town or region of theirs: "U.S. envoys in
    Geneva" is the Swiss city, not the Illinois town; "Granada in Nicaragua" the Nicaraguan
    city, as large as half the Spanish one."""
    if entry.population < PROMINENT_CITY or context.sentence_towns:
        return False
    return all(
        OTHER_NAME_RATIO * other.population <= entry.population
        for other in mention.candidates
        if other.kind in LOCAL_KINDS and other.country in context.sentence
    )


def known_by_other_name(entry: GazEntry, mention: Mention, context: Context) -> bool:
    """A town the mention names by another of its names (English or former: "Derna" for
    Darnah, "Lemberg" for Lviv, "Canton" for Guangzhou) that the name means before the places
    whose own name it is. Not where the text is about a namesake (its country in the sentence
    or leading the article, its region named); else where the article is about the town's
    country, no namesake is in it and the town outnumbers them ("Canton" beside "Chinese";
    not Cumberland, Maryland, for "Cumbria" beside a stray American hamlet), or where the
    namesakes are villages the town dwarfs ("Derna", "Bombay"). Only for a town abroad: within
    one country the other names are mostly stray ones ("Southold" for South Bend)."""
    if entry.kind != "city" or not mention.key or entry.population < MIN_OTHER_NAME_POPULATION:
        return False
    if _own_named(entry, mention.key):
        return False
    if any(o.kind == "region" and _own_named(o, mention.key) for o in mention.candidates):
        return False  # a well-known region or site by its own name: "the White House"
    namesakes = [
        other
        for other in mention.candidates
        if other.kind in LOCAL_KINDS and _own_named(other, mention.key)
    ]
    if not namesakes or any(_namesake_in_view(other, context) for other in namesakes):
        return False
    if any(other.country == entry.country for other in namesakes):
        return False
    if entry.country not in context.countries and any(
        other.country in context.countries for other in namesakes
    ):
        return False  # "Caesarea" in a story about Israel
    largest = max(other.population for other in namesakes)
    if entry.country in context.countries and entry.population > largest:
        return True
    return largest < VILLAGE_POPULATION and entry.population >= OTHER_NAME_RATIO * max(1, largest)


def _other_name_where_the_article_is(entry: GazEntry, mention: Mention, context: Context) -> bool:
    """A town the mention names by another of its names, in the region of a town the article
    names, where no namesake whose own name it is lies: "Washington Square" beside "New York"
    is the Manhattan neighbourhood known so, not the Pennsylvania suburb named so."""
    if entry.kind != "city" or not mention.key or entry.population < MIN_OTHER_NAME_POPULATION:
        return False
    if (entry.country, entry.admin1 or "") not in context.town_regions:
        return False
    return not any(
        other.kind in LOCAL_KINDS
        and _own_named(other, mention.key)
        and _region_in_view(other, context)
        for other in mention.candidates
    )


def _region_in_view(entry: GazEntry, context: Context) -> bool:
    """The place's first-level region is named, or holds another town the article names."""
    region = (entry.country, entry.admin1 or "")
    return region in context.admin1 or region in context.town_regions


def _holds_towns(area: GazEntry, context: Context) -> bool:
    """A country or first-level region holding a town the article names, or a first-level
    region of the country of another the article names ("Georgia" in a story about Alabama;
    the country holds that other region too: "Georgia" beside "Adjara")."""
    regions = context.town_regions | context.admin1
    if area.kind == "admin1":
        return (area.country or "", area.name) in context.town_regions or any(
            country == area.country and name != area.name for country, name in context.admin1
        )
    return any(country == area.country for country, _ in regions)


def _own_named(entry: GazEntry, key: str) -> bool:
    """The key is the place's own name, or a spelling of a town's own name."""
    return same_name(entry.name, key) or (entry.kind == "city" and same_spelling(entry.name, key))


def _shortened_division_name(entry: GazEntry, mention: Mention) -> bool:
    """A division named by the first words of its name ("Buffalo" for Buffalo City
    Metropolitan Municipality, in South Africa) where a prominent town has the name as its
    whole own name (Buffalo, New York): the name is the town's."""
    if entry.kind != "admin2" or _loose_name(entry.name) == _loose_name(mention.key):
        return False
    return any(
        other.kind == "city"
        and _loose_name(other.name) == _loose_name(mention.key)
        and other.population >= PROMINENT_CITY
        for other in mention.candidates
    )


def _namesake_in_view(entry: GazEntry, context: Context) -> bool:
    """The text is about where this place is: its country is named in the sentence or leads
    the article, or its first-level region is named."""
    region = (entry.country, entry.admin1 or "")
    # Towns of the sentence that all lie in other countries are closer evidence than the
    # article's leading country or its towns' regions ("Bruges and Leuven" in a story about
    # strikes in France and Belgium).
    elsewhere = bool(context.sentence_towns) and entry.country not in context.sentence_towns
    return (
        entry.country in context.sentence
        or region in context.admin1
        or (not elsewhere and (entry.country == context.dominant or region in context.towns_admin1))
    )


def named_after_main_town(entry: GazEntry, mention: Mention) -> bool:
    """A first-level region named like its main town, which the bare name means ("Kyiv",
    "Gao", "Zaporizhzhia"; "the Gao region" is read as a region before candidates are
    weighed): the town lies in the region (or in no known region of the country), is named
    just so (not "Oklahoma City" for "Oklahoma") and holds a good share of its people; or the
    region has no point to place it at."""
    return entry.kind == "admin1" and any(
        _main_town(town, entry)
        and (
            entry.lat is None
            or _loose_name(town.name) == _loose_name(mention.key)
            or same_spelling(town.name, mention.key)
        )
        for town in mention.candidates
    )


def _main_town(town: GazEntry, region: GazEntry) -> bool:
    """A town in the region (or in no known region of its country) holding a good share of
    the region's people, or any town of its country when the region has no point (nor then,
    often, a town list that names it: "Deir al-Balah" is in "Gaza" to GeoNames)."""
    return (
        town.kind == "city"
        and town.country == region.country
        and (town.admin1 in (None, region.name) or region.lat is None)
        and (region.lat is None or town.population >= MAIN_TOWN_SHARE * region.population)
    )


def _main_town_of_named_region(entry: GazEntry, mention: Mention) -> bool:
    """The town the name means through the region named after it: "Jenin" is the town the
    gazetteer writes "Janin", as the governorate named "Jenin" holds it."""
    return any(
        region.kind == "admin1"
        and same_name(region.name, mention.key)
        and _main_town(entry, region)
        for region in mention.candidates
    )


def _in_play(area: GazEntry, context: Context) -> bool:
    """Whether an area could be meant: a country, or a region in a country the article names
    (a department of Guatemala does not stand for "San Marcos" in a story about California)."""
    return area.kind in {"country", "continent"} or area.country in context.countries


def dominant_country(countries: Sequence[str]) -> str | None:
    """The country named at least twice and more often than all others together."""
    counts = Counter(countries)
    if not counts:
        return None
    country, count = counts.most_common(1)[0]
    return country if count >= MIN_DOMINANT and count > len(countries) - count else None


def _rank(entry: GazEntry) -> int:
    """Countries, then capitals, then big cities and named regions, then first-level regions
    and large towns (the more populous first), then other towns."""
    if entry.kind in {"country", "continent"}:
        return 4
    if entry.capital:
        return 3
    if entry.kind == "region" or (entry.kind == "city" and entry.population >= BIG_CITY):
        return 2
    if entry.kind in {"admin1", "admin2"} or entry.population >= PROMINENT_CITY:
        return 1
    return 0


def same_name(name: str, key: str) -> bool:
    """A place's own name, give or take "City" and "Saint"/"St.": "New York City" is named
    "New York", "Saint Petersburg" "St. Petersburg"; "Harare" is not named "Salisbury", nor
    a fort at a town ("El Geneina Fort") by the town's name."""
    own, wanted = _loose_name(name), _loose_name(key)
    if own == wanted:
        return True
    return own.startswith(wanted + " ") and own.split()[-1] not in SITE_SUFFIXES


def same_town_name(entry: GazEntry, key: str) -> bool:
    """A town's own name, also without the Arabic article the gazetteer writes ("Al Qāmishlī"
    is named "Qamishli", as its index has it) or in another transliteration ("Avdiivka" for
    Avdiyivka)."""
    if same_name(entry.name, key):
        return True
    if entry.kind != "city":
        return False
    if same_spelling(entry.name, key):
        return True
    first, _, rest = fold(entry.name).replace("-", " ").partition(" ")
    return first in ARABIC_ARTICLES and bool(rest) and same_name(rest, key)


def same_spelling(name: str, key: str) -> bool:
    """The name and the key are spellings of one name ("Zaporizhzhya", "zaporizhzhia"); a
    short key ("ana" for ‘Anah) only by its own spelling."""
    if sum(ch.isalpha() for ch in key) < MIN_VARIANT_LETTERS:
        return False
    return variant_key(name) == variant_key(key)


@lru_cache(maxsize=1 << 14)
def _loose_name(name: str) -> str:
    words = fold(name).replace("-", " ").replace(".", " ").split()
    return " ".join("st" if word == "saint" else word for word in words)


def is_acronym(key: str, candidates: Sequence[GazEntry]) -> bool:
    """A key kept in capitals ("UN") that no candidate writes in capitals."""
    return is_capitals(key) and not any(e.name.isupper() for e in candidates)
