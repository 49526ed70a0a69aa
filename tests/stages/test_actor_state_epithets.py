"""States named by a description: "the island nation", "the Gulf kingdom"."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from dyads.stages.actor_state_epithets import state_epithets_table

from .actor_helpers import ActorCoder, coded, find

WIRE_2000 = dt.date(2000, 6, 1)


def test_table_lists_the_states_each_word_fits() -> None:
    table = state_epithets_table()
    assert "BHR" in table["gulf"] and "IRN" not in table["gulf"]
    assert "GEO" in table["soviet"]


def test_description_that_fits_is_the_state_in_focus(nlp: Language) -> None:
    actors = ActorCoder(nlp)("Omani officials said the Gulf sultanate would mediate.", WIRE_2000)
    assert coded(find(actors, "Gulf sultanate")) == ("OMN", None)


def test_description_that_does_not_fit_the_focus_takes_the_last_state_that_fits(
    nlp: Language,
) -> None:
    text = "Estonia joined NATO, and Moscow warned the Baltic state against hosting troops."
    actors = ActorCoder(nlp)(text, dt.date(2004, 3, 29))
    assert coded(find(actors, "Baltic state")) == ("EST", None)


def test_unlisted_words_fit_any_state(nlp: Language) -> None:
    actors = ActorCoder(nlp)("Malawian officials said the impoverished country needed food.")
    assert coded(find(actors, "impoverished country")) == ("MWI", None)


def test_no_state_fits_leaves_no_actor(nlp: Language) -> None:
    actors = ActorCoder(nlp)("Chilean officials said the Gulf kingdom had paid.", WIRE_2000)
    assert not [a for a in actors if "kingdom" in a.text]


def test_a_word_pointing_elsewhere_is_not_the_state_in_focus(nlp: Language) -> None:
    actors = ActorCoder(nlp)("Thai officials said the neighbouring country had closed a road.")
    assert not [a for a in actors if "country" in a.text]


def test_a_former_state_inside_the_description_gives_way(nlp: Language) -> None:
    text = "Armenian officials said the former Soviet republic would not join the pact."
    actors = ActorCoder(nlp)(text, WIRE_2000)
    assert coded(find(actors, "former Soviet republic")) == ("ARM", None)
    assert not [a for a in actors if a.code == "SUN"]


def test_state_needs_a_listed_word(nlp: Language) -> None:
    actors = ActorCoder(nlp)("Indian officials said the southern state had banned the film.")
    assert not [a for a in actors if "state" in a.text]


def test_epithets_that_name_one_state_are_names(nlp: Language) -> None:
    actors = ActorCoder(nlp)("Egypt urged the Jewish state to halt the raids.", WIRE_2000)
    assert coded(find(actors, "Jewish state")) == ("ISR", None)


def test_the_island_alone_is_an_island_state_in_focus(nlp: Language) -> None:
    code = ActorCoder(nlp)
    actors = code("Taiwan's president said the island would not bow to pressure.")
    assert [a.code for a in actors if a.text == "island"] == ["TWN"]
    # Not a state that is no island, nor an island named by "of".
    assert all(a.text != "island" for a in code("Italy said the island was overwhelmed."))
    assert all(a.text != "island" for a in code("Cyprus said the island of Crete was calm."))
