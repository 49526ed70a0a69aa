"""Choosing among candidates: own names, holding regions, the article's focus."""

from __future__ import annotations

from dataclasses import replace

from dyads.stages.gazetteer import GazEntry, Kind, fold
from dyads.stages.place_resolution import (
    Context,
    Mention,
    article_focus,
    candidate_score,
    dominant_country,
    holding_area,
    is_acronym,
    known_by_other_name,
    same_name,
)


def entry(kind: Kind, name: str, country: str, admin1: str | None = None, pop: int = 0) -> GazEntry:
    return GazEntry(kind, name, country, admin1, 1.0, 2.0, pop, None)


IDAHO = entry("admin1", "Idaho", "USA", "Idaho", 1_700_000)
MOSCOW_ID = entry("city", "Moscow", "USA", "Idaho", 25_000)
MOSCOW_RU = GazEntry("city", "Moscow", "RUS", "Moskva", 55.7, 37.6, 10_000_000, 1, capital=True)
RUSSIA = entry("country", "Russia", "RUS", None, 144_000_000)


def test_own_names_give_or_take_city_and_saint() -> None:
    assert same_name("New York City", "new york")
    assert same_name("Saint Petersburg", "st. petersburg")
    assert not same_name("Harare", "salisbury")


def test_a_site_at_a_town_is_not_named_by_the_towns_name() -> None:
    assert not same_name("Bakri Fort", "bakri")
    assert not same_name("Karima Airport", "karima")
    assert same_name("Bakri Fort", "bakri fort")


def test_acronyms_only_match_names_written_in_capitals() -> None:
    assert is_acronym("UN", [entry("city", "Un", "IND")])
    assert not is_acronym("USA", [entry("country", "USA", "USA")])
    assert not is_acronym("oslo", [entry("city", "Oslo", "NOR")])


def test_the_holding_region_is_preferred() -> None:
    assert holding_area([IDAHO, RUSSIA], [MOSCOW_ID]) == IDAHO
    assert holding_area([IDAHO, RUSSIA], [MOSCOW_RU]) == RUSSIA
    assert holding_area([MOSCOW_ID], [MOSCOW_RU]) is None


def test_a_qualifier_outweighs_size() -> None:
    mention = Mention(0, 1, (MOSCOW_ID, MOSCOW_RU), key="moscow")
    context = Context(frozenset(), frozenset())

    def best(qualifier: GazEntry | None) -> GazEntry:
        return max(
            mention.candidates, key=lambda e: candidate_score(e, mention, context, qualifier)
        )

    assert best(None) == MOSCOW_RU
    assert best(IDAHO) == MOSCOW_ID


def test_the_focus_is_the_main_town_of_the_main_country() -> None:
    boise = entry("city", "Boise", "USA", "Idaho", 200_000)
    assert article_focus([RUSSIA, IDAHO, boise, MOSCOW_ID, boise, None]) == boise
    assert article_focus([RUSSIA, RUSSIA, IDAHO]) == RUSSIA
    assert article_focus([None]) is None


def test_a_country_named_in_the_sentence_outweighs_a_larger_town_but_not_a_capital() -> None:
    newport_gb = entry("city", "Newport", "GBR", "Wales", 145_000)
    newport_ie = entry("city", "Newport", "IRL", "Munster", 600)
    paris_tx = entry("city", "Paris", "USA", "Texas", 25_000)
    paris_fr = GazEntry("city", "Paris", "FRA", "Ile-de-France", 48.9, 2.3, 2_100_000, 1, True)
    # "48 in Newport, 36 in Cloughjordan": a town of Ireland in the sentence.
    irish = Context(
        frozenset({"IRL", "GBR"}),
        frozenset(),
        frozenset({"IRL"}),
        sentence_towns=frozenset({"IRL"}),
    )
    texan = Context(frozenset({"USA"}), frozenset(), frozenset({"USA"}))
    # "Irish ministers in Newport": only the country named, and the namesake a hamlet.
    by_name = Context(frozenset({"IRL", "GBR"}), frozenset(), frozenset({"IRL"}))

    def best(candidates: tuple[GazEntry, ...], context: Context) -> GazEntry:
        mention = Mention(0, 1, candidates, key=fold(candidates[0].name))
        return max(candidates, key=lambda e: candidate_score(e, mention, context, None))

    assert best((newport_gb, newport_ie), irish) == newport_ie
    assert best((paris_fr, paris_tx), texan) == paris_fr
    assert best((newport_gb, newport_ie), by_name) == newport_gb


def test_a_country_in_the_sentence_with_no_namesake_there_leaves_a_town_its_name() -> None:
    # "between Mendoza and Santiago": Chile is named by the other town, and no candidate of
    # "Mendoza" lies there, so the city keeps the name before the province named after it.
    province = entry("admin1", "Mendoza", "ARG", "Mendoza", 673_000)
    city = entry("city", "Mendoza", "ARG", "Mendoza", 115_000)
    chilean = Context(
        frozenset({"ARG", "CHL"}),
        frozenset(),
        frozenset({"CHL"}),
        sentence_towns=frozenset({"CHL"}),
    )
    assert best_of((province, city), "mendoza", chilean) == city
    # A namesake in the sentence's country is still read before it.
    village = entry("city", "Mendoza", "CHL", "Maule", 900)
    assert best_of((province, city, village), "mendoza", chilean) == village


def best_of(candidates: tuple[GazEntry, ...], key: str, context: Context) -> GazEntry:
    mention = Mention(0, 1, candidates, key=key)
    return max(candidates, key=lambda e: candidate_score(e, mention, context, None))


def test_a_country_dominates_only_when_it_leads_clearly() -> None:
    assert dominant_country(["USA", "USA", "GBR"]) == "USA"
    assert dominant_country(["USA", "GBR"]) is None  # no majority
    assert dominant_country(["USA"]) is None  # named once
    assert dominant_country([]) is None


def test_the_dominant_country_outweighs_a_mid_sized_town_abroad_not_a_big_one() -> None:
    bham_gb = entry("city", "Birmingham", "GBR", "England", 980_000)
    bham_us = entry("city", "Birmingham", "USA", "Alabama", 210_000)
    london_gb = GazEntry("city", "London", "GBR", "England", 51.5, -0.1, 8_900_000, 2, True)
    london_us = entry("city", "London", "USA", "Kentucky", 8_000)
    american = Context(frozenset({"USA", "GBR"}), frozenset(), dominant="USA")
    assert best_of((bham_gb, bham_us), "birmingham", american) == bham_us
    assert best_of((london_gb, london_us), "london", american) == london_gb
    assert best_of((bham_gb, bham_us), "birmingham", Context(frozenset(), frozenset())) == bham_gb


def test_a_town_comes_before_the_division_named_after_it() -> None:
    town = entry("city", "Saskatoon", "CAN", "Saskatchewan", 266_000)
    division = entry("admin2", "Saskatoon", "CAN", "Saskatchewan", 907_000)
    assert best_of((town, division), "saskatoon", Context(frozenset(), frozenset())) == town


def test_a_prominent_town_before_a_division_abroad_named_by_its_first_words() -> None:
    town = entry("city", "Buffalo", "USA", "New York", 258_000)
    division = entry(
        "admin2", "Buffalo City Metropolitan Municipality", "ZAF", "Eastern Cape", 1_011_000
    )
    village = entry("city", "Buffalo", "USA", "Iowa", 1_300)
    context = Context(frozenset(), frozenset())
    assert best_of((village, division, town), "buffalo", context) == town
    # A small town of the name alone does not outweigh the division.
    assert best_of((village, division), "buffalo", context) == division


def test_a_county_in_the_region_of_the_articles_towns() -> None:
    ohio = entry("admin2", "Hamilton County", "USA", "Ohio", 800_000)
    tennessee = entry("admin2", "Hamilton County", "USA", "Tennessee", 360_000)
    context = Context(frozenset({"USA"}), frozenset())
    assert best_of((ohio, tennessee), "hamilton county", context) == ohio
    near_chattanooga = Context(
        frozenset({"USA"}), frozenset(), towns_admin1=frozenset({("USA", "Tennessee")})
    )
    assert best_of((ohio, tennessee), "hamilton county", near_chattanooga) == tennessee


def test_a_town_in_the_region_of_the_articles_towns_before_a_larger_homonym() -> None:
    west = entry("city", "Lakeview", "USA", "Oregon", 180_000)
    east = entry("city", "Lakeview", "USA", "New York", 20_000)
    usa = Context(frozenset({"USA"}), frozenset())
    assert best_of((west, east), "lakeview", usa) == west
    near_long_island = Context(
        frozenset({"USA"}), frozenset(), towns_admin1=frozenset({("USA", "New York")})
    )
    assert best_of((west, east), "lakeview", near_long_island) == east
    # Towns elsewhere in another country weigh nothing.
    in_kent = Context(frozenset({"USA"}), frozenset(), towns_admin1=frozenset({("GBR", "Kent")}))
    assert best_of((west, east), "lakeview", in_kent) == west


def test_a_region_abroad_in_a_country_the_article_never_names_does_not_block() -> None:
    town = entry("city", "San Marcos", "USA", "California", 95_000)
    department = entry("admin1", "San Marcos", "GTM", "San Marcos", 1_000_000)
    california = Context(frozenset({"USA"}), frozenset({("USA", "California")}))
    assert best_of((town, department), "san marcos", california) == town


def test_of_towns_named_as_often_the_focus_is_in_the_region_named_most() -> None:
    passing = entry("city", "Charleston", "USA", "South Carolina", 150_000)
    vienna = entry("city", "Vienna", "USA", "Virginia", 16_000)
    fairfax = entry("city", "Fairfax", "USA", "Virginia", 24_000)
    virginia = entry("admin1", "Virginia", "USA", "Virginia", 8_000_000)
    assert article_focus([passing, vienna, fairfax, virginia]) == vienna
    assert article_focus([passing, passing, vienna, fairfax]) == passing


def test_same_town_name_without_the_arabic_article() -> None:
    from dyads.stages.place_resolution import same_town_name

    town = GazEntry("city", "Al Qāmishlī", "SYR", None, 37.05, 41.22, 88_000, 173_000)
    assert same_town_name(town, "qamishli")
    assert same_town_name(town, "al qamishli")
    region = GazEntry("admin1", "Al Anbār", "IRQ", None, 33.0, 42.0, 1_000_000, 1)
    assert not same_town_name(region, "anbar")  # regions are indexed so already


def _best(*candidates: GazEntry, key: str) -> GazEntry:
    mention = Mention(0, 1, candidates, key=key)
    context = Context(frozenset(), frozenset())
    return max(candidates, key=lambda e: candidate_score(e, mention, context, None))


def test_a_bare_name_is_the_main_town_a_region_is_named_after() -> None:
    region = entry("admin1", "Gao", "MLI", "Gao", 540_000)
    town = entry("city", "Gao", "MLI", "Gao", 133_000)
    assert _best(region, town, key="gao") == town


def test_a_region_named_after_a_minor_town_or_a_longer_name_stays_the_region() -> None:
    state = entry("admin1", "Oklahoma", "USA", "Oklahoma", 3_900_000)
    city = entry("city", "Oklahoma City", "USA", "Oklahoma", 650_000)
    assert _best(state, city, key="oklahoma") == state
    province = entry("admin1", "Quebec", "CAN", "Quebec", 8_000_000)
    capital = entry("city", "Quebec", "CAN", "Quebec", 530_000)
    assert _best(province, capital, key="quebec") == province


def test_a_region_without_a_point_yields_to_its_town_spelt_otherwise() -> None:
    # The governorate is named "Jenin", its town "Janin"; a village in Poland is named "Jenin".
    region = GazEntry("admin1", "Jenin", "PSE", "Jenin", None, None, 0, None)
    town = entry("city", "Janīn", "PSE", None, 35_000)
    village = entry("city", "Jenin", "POL", "Lubuskie", 1_100)
    assert _best(region, town, village, key="jenin") == town


def test_a_town_spelt_otherwise_is_named_by_its_own_name() -> None:
    village = entry("city", "Zaporizhzhia", "UKR", "Zaporizka oblast", 656)
    city = entry("city", "Zaporizhzhya", "UKR", "Zaporizka oblast", 710_000)
    assert _best(village, city, key="zaporizhzhia") == city


DARNAH = entry("city", "Darnah", "LBY", "Darnah", 100_000)
DERNA_RO = entry("city", "Derna", "ROU", "Bihor", 3_000)
GUANGZHOU = entry("city", "Guangzhou", "CHN", "Guangdong", 16_000_000)
CANTON_US = entry("city", "Canton", "USA", "Ohio", 87_000)
KAYSERI = entry("city", "Kayseri", "TUR", "Kayseri", 1_450_000)
CAESAREA_IL = entry("city", "Caesarea", "ISR", "Haifa", 5_000)


def chosen(mention: Mention, context: Context) -> GazEntry:
    return max(mention.candidates, key=lambda e: candidate_score(e, mention, context, None))


def test_a_large_towns_other_name_outweighs_villages_named_so() -> None:
    derna = Mention(0, 1, (DERNA_RO, DARNAH), key="derna")
    assert chosen(derna, Context(frozenset(), frozenset())) == DARNAH
    # Not when the text is about the village's country or region.
    romania = Context(frozenset({"ROU"}), frozenset(), sentence=frozenset({"ROU"}))
    assert chosen(derna, romania) == DERNA_RO
    bihor = Context(frozenset({"ROU"}), frozenset({("ROU", "Bihor")}))
    assert chosen(derna, bihor) == DERNA_RO


def test_an_other_name_needs_the_town_to_dwarf_every_namesake() -> None:
    small = entry("city", "Darnah", "LBY", "Darnah", 12_000)
    town = entry("city", "Derna", "ROU", "Bihor", 16_000)
    empty = Context(frozenset(), frozenset())
    assert not known_by_other_name(small, Mention(0, 1, (DERNA_RO, small), key="derna"), empty)
    assert not known_by_other_name(DARNAH, Mention(0, 1, (town, DARNAH), key="derna"), empty)


def test_the_articles_countries_choose_between_a_name_and_an_other_name() -> None:
    canton = Mention(0, 1, (CANTON_US, GUANGZHOU), key="canton")
    assert chosen(canton, Context(frozenset(), frozenset())) == CANTON_US
    assert chosen(canton, Context(frozenset({"CHN"}), frozenset())) == GUANGZHOU
    ohio = Context(frozenset({"CHN", "USA"}), frozenset({("USA", "Ohio")}))
    assert chosen(canton, ohio) == CANTON_US
    caesarea = Mention(0, 1, (CAESAREA_IL, KAYSERI), key="caesarea")
    assert chosen(caesarea, Context(frozenset(), frozenset())) == KAYSERI
    assert chosen(caesarea, Context(frozenset({"ISR"}), frozenset())) == CAESAREA_IL


def test_of_a_country_and_a_region_abroad_the_one_holding_the_articles_towns() -> None:
    georgia_us = entry("admin1", "Georgia", "USA", "Georgia", 10_000_000)
    georgia = entry("country", "Georgia", "GEO", None, 3_700_000)
    mention = Mention(0, 1, (georgia_us, georgia), key="georgia")
    both = frozenset({"USA", "GEO"})
    assert chosen(mention, Context(both, frozenset())) == georgia
    atlanta = Context(both, frozenset(), town_regions=frozenset({("USA", "Georgia")}))
    assert chosen(mention, atlanta) == georgia_us
    tbilisi = Context(both, frozenset(), town_regions=frozenset({("GEO", "Tbilisi")}))
    assert chosen(mention, tbilisi) == georgia


def _best_in(mention: Mention, context: Context) -> GazEntry:
    return max(mention.candidates, key=lambda e: candidate_score(e, mention, context, None))


def test_another_name_of_a_town_where_the_article_is_outweighs_a_namesake_elsewhere() -> None:
    # A neighbourhood known also by a park's name, and a suburb named so in another state.
    known_so = entry("city", "Greenwich Village", "USA", "New York", 29_000)
    named_so = entry("city", "Washington Square", "USA", "Pennsylvania", 13_000)
    mention = Mention(0, 2, (known_so, named_so), key="washington square")
    in_new_york = Context(frozenset({"USA"}), frozenset(), town_regions=frozenset({NEW_YORK}))
    assert _best_in(mention, in_new_york) == known_so
    nowhere = Context(frozenset({"USA"}), frozenset())
    assert _best_in(mention, nowhere) == named_so  # no town named: the own name wins
    both = replace(in_new_york, town_regions=frozenset({NEW_YORK, ("USA", "Pennsylvania")}))
    assert _best_in(mention, both) == named_so  # the namesake's region is in view too


NEW_YORK = ("USA", "New York")


PARIS_FR = GazEntry("city", "Paris", "FRA", "Île-de-France", 48.9, 2.3, 2_100_000, 1, capital=True)
PARIS_TX = entry("city", "Paris", "USA", "Texas", 25_000)
PARIS_VILLAGE = entry("city", "Paris", "USA", "Maine", 5_000)
TEXAS_TOWNS = frozenset({("USA", "Texas")})


def test_a_town_in_the_region_of_the_articles_other_towns_outweighs_a_capital_abroad() -> None:
    mention = Mention(0, 1, (PARIS_FR, PARIS_TX), key="paris")
    beside_dallas = Context(
        frozenset({"USA"}),
        frozenset(),
        other_town_regions=TEXAS_TOWNS,
        place_countries=frozenset({"USA"}),
    )
    assert _best_in(mention, beside_dallas) == PARIS_TX
    # Not when the article's places are in the capital's country too ("Dallas ... Lyon").
    with_france = replace(beside_dallas, place_countries=frozenset({"USA", "FRA"}))
    assert _best_in(mention, with_france) == PARIS_FR
    # Nor for a village, nor where only another mention of the name points there.
    village = Mention(0, 1, (PARIS_FR, PARIS_VILLAGE), key="paris")
    beside_maine = replace(beside_dallas, other_town_regions=frozenset({("USA", "Maine")}))
    assert _best_in(village, beside_maine) == PARIS_FR
    only_itself = replace(beside_dallas, other_town_regions=frozenset())
    assert _best_in(mention, only_itself) == PARIS_FR


def test_a_country_or_region_name_is_no_town_of_the_articles_region() -> None:
    mexico = entry("country", "Mexico", "MEX", None, 126_000_000)
    mexico_city = entry("city", "Mexico City", "MEX", "Mexico City", 12_000_000)
    mention = Mention(0, 1, (mexico, mexico_city), key="mexico")
    context = Context(
        frozenset({"MEX"}),
        frozenset(),
        other_town_regions=frozenset({("MEX", "Mexico City")}),
        place_countries=frozenset({"MEX"}),
    )
    assert _best_in(mention, context) == mexico


GRANADA_ES = entry("city", "Granada", "ESP", "Andalusia", 230_000)
GRANADA_NI = entry("city", "Granada", "NIC", "Granada", 90_000)
TOLEDO_BZ = entry("admin1", "Toledo", "BLZ", "Toledo", 30_000)
TOLEDO_ES = entry("city", "Toledo", "ESP", "Castille-La Mancha", 80_000)


def test_a_mid_sized_town_or_region_abroad_yields_to_a_town_where_the_other_towns_are() -> None:
    granada = Mention(0, 1, (GRANADA_ES, GRANADA_NI), key="granada")
    beside_managua = Context(
        frozenset({"NIC"}), frozenset(), other_town_regions=frozenset({("NIC", "Managua")})
    )
    assert _best_in(granada, beside_managua) == GRANADA_NI
    assert _best_in(granada, Context(frozenset(), frozenset())) == GRANADA_ES
    toledo = Mention(0, 1, (TOLEDO_BZ, TOLEDO_ES), key="toledo")
    beside_madrid = Context(
        frozenset({"ESP"}), frozenset(), other_town_regions=frozenset({("ESP", "Madrid")})
    )
    assert _best_in(toledo, beside_madrid) == TOLEDO_ES
    # A capital abroad keeps its name: "Washington ... Paris" is no Texas town.
    paris = Mention(0, 1, (PARIS_FR, PARIS_TX), key="paris")
    beside_washington = Context(
        frozenset({"USA"}), frozenset(), other_town_regions=frozenset({("USA", "Washington, D.C.")})
    )
    assert _best_in(paris, beside_washington) == PARIS_FR


TRUJILLO_PE = entry("city", "Trujillo", "PER", "La Libertad", 1_070_000)
TRUJILLO_VE = entry("city", "Trujillo", "VEN", "Trujillo", 71_000)


def test_a_town_listed_with_an_anchor_is_in_the_anchors_country() -> None:
    mention = Mention(0, 1, (TRUJILLO_PE, TRUJILLO_VE), key="trujillo")
    listed = Context(frozenset({"VEN"}), frozenset(), listed_countries=frozenset({"VEN"}))
    assert _best_in(mention, listed) == TRUJILLO_VE
    assert _best_in(mention, Context(frozenset(), frozenset())) == TRUJILLO_PE
    # A capital abroad keeps its name beside a listed anchor.
    paris = Mention(0, 1, (PARIS_FR, PARIS_TX), key="paris")
    by_texas = Context(frozenset({"USA"}), frozenset(), listed_countries=frozenset({"USA"}))
    assert _best_in(paris, by_texas) == PARIS_FR


SAN_CRISTOBAL_VE = GazEntry("city", "San Cristóbal", "VEN", "Táchira", 7.77, -72.24, 290_000, 2)
SAN_CRISTOBAL_CO = GazEntry("city", "San Cristóbal", "COL", "Bolívar", 9.88, -75.25, 4_700, 3)


def test_a_town_close_to_a_town_of_its_sentence_fits_it_across_a_border() -> None:
    mention = Mention(0, 2, (SAN_CRISTOBAL_VE, SAN_CRISTOBAL_CO), key="san cristobal")
    beside_cucuta = Context(
        frozenset({"COL"}),
        frozenset(),
        sentence=frozenset({"COL"}),
        sentence_towns=frozenset({"COL"}),
        dominant="COL",
        sentence_points=((7.91, -72.50),),
    )
    assert _best_in(mention, beside_cucuta) == SAN_CRISTOBAL_VE
    far_town = replace(beside_cucuta, sentence_points=((4.71, -74.07),))  # Bogotá
    assert _best_in(mention, far_town) == SAN_CRISTOBAL_CO
