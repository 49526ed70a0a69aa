"""Tests for the actor stage as a whole: the records it returns, on sentences written for
it and on the seed article."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from spacy.language import Language

from dyads.stages.actors import ActorRecognizer

from .actor_helpers import MID_2025, ActorCoder, coded, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_spans_are_offsets_into_the_text(code: ActorCoder) -> None:
    text = "Officials in Seoul said Japanese troops and the Kremlin disagreed."
    for actor in code(text):
        assert text[actor.span[0] : actor.span[1]] == actor.text


def test_a_body_placed_by_its_state_alone_is_named_after_the_state(code: ActorCoder) -> None:
    text = (
        "Thousands of Kenyan protesters marched through Nairobi on Tuesday. "
        "Police fired tear gas at the demonstrators near the parliament."
    )
    demonstrators = find(code(text), "demonstrators")
    assert coded(demonstrators) == ("KEN", "CVL")
    assert demonstrators.name == "Kenya"


def test_capital_as_location_is_not_an_actor(code: ActorCoder) -> None:
    actors = code("The delegates met in Moscow on Friday.")
    assert all(a.text != "Moscow" for a in actors)


def test_empty_and_unparsed_text(code: ActorCoder) -> None:
    assert code.recognizer.process(code.nlp(""), None) == []
    bare = code.nlp.make_doc("Russian troops met Vladimir Putin. He thanked them.")
    actors = code.recognizer.process(bare, None)  # no tags or parse: names still found
    assert "Vladimir Putin" in [a.name for a in actors]


def test_user_file_overrides_the_table(nlp: Language, tmp_path: Path) -> None:
    user_file = tmp_path / "actors.tsv"
    user_file.write_text(
        "name\taliases\tcountry\tsector\toffice\tstart\tend\n"
        "Sergey Lavrov\tLavrov\tRUS\tELI\tretired diplomat\t2025-01-01\t\n"
        "Arvid Blomqvist\tBlomqvist\tSWE\tGOV\tforeign minister\t2024-01-01\t\n",
        encoding="utf-8",
    )
    recognizer = ActorRecognizer(extra_actors=user_file)
    actors = recognizer.process(nlp("Sergey Lavrov and Arvid Blomqvist met."), MID_2025)
    assert coded(find(actors, "Sergey Lavrov")) == ("RUS", "ELI")
    assert coded(find(actors, "Arvid Blomqvist")) == ("SWE", "GOV")


def test_seed_article(code: ActorCoder, shared_data: Path) -> None:
    text = (shared_data / "seed" / "article.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    actors = code(text)
    by_text = {a.text: a for a in actors}
    expected = {
        "Russian President Vladimir Putin": ("RUS", "GOV"),
        "DPRK leader Kim Jong Un": ("PRK", "GOV"),
        "US President Donald Trump": ("USA", "GOV"),
        "Kremlin": ("RUS", "GOV"),
        "KCNA": ("PRK", "MED"),
        "South Korean intelligence": ("KOR", "SPY"),
        "DPRK troops": ("PRK", "MIL"),
        "Korean People's Army personnel": ("PRK", "MIL"),
        "Russian forces": ("RUS", "MIL"),
        "DPRK Foreign Minister Choe Son Hui": ("PRK", "GOV"),
        "Choe": ("PRK", "GOV"),
        "She": ("PRK", "GOV"),
        "Russian Foreign Minister Sergey Lavrov": ("RUS", "GOV"),
        "Lavrov": ("RUS", "GOV"),
        "Moscow": ("RUS", "GOV"),
        "Pyongyang": ("PRK", "GOV"),
    }
    for surface, codes in expected.items():
        assert surface in by_text, surface
        assert coded(by_text[surface]) == codes, surface
    assert by_text["She"].name == "Choe Son Hui"
    spans = sorted(a.span for a in actors)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))  # no overlaps
    assert by_text["DPRK"].code == "PRK"


def test_a_capital_after_from_is_a_party_only_after_an_act(code: ActorCoder) -> None:
    by_text = code.by_text("Israel ignored pressure from Washington to freeze building.")
    assert coded(by_text["Washington"]) == ("USA", "GOV")
    assert "Moscow" not in code.by_text("Flights from Moscow were cancelled.")


def test_popes_are_the_holy_see(code: ActorCoder) -> None:
    actors = code("Pope John Paul II visited Chile.", dt.date(1987, 4, 1))
    assert coded(find(actors, "Pope John Paul II")) == ("VAT", "REL")
    actors = code("A gunman shot Pope John Paul in St. Peter's Square.", dt.date(1981, 5, 13))
    assert coded(find(actors, "Pope John Paul")) == ("VAT", "REL")


def test_the_dateline_town_is_no_actor(code: ActorCoder) -> None:
    actors = code("NAIROBI, June 8, 2026 (Reuters) - Uganda denied sending troops.")
    assert [a.text for a in actors] == ["Uganda"]


def test_an_implied_state_is_named_as_the_named_one(nlp: Language) -> None:
    # The recipient implied from the actor's own state carries the name the actor has.
    from dyads.api import code_text

    coded_article = code_text("Russian troops occupied the village.", date="2025-03-01")
    names = {
        party.name
        for event in coded_article.events
        for party in (event.actor, event.recipient)
        if party is not None and party.code == "RUS"
    }
    assert names == {"Russia"}


def test_a_name_ending_the_sentence_is_named_without_the_stop(code: ActorCoder) -> None:
    # "Jun." is one token (the month's abbreviation): the stop ends the sentence, not the name.
    actors = code('"We will respond," said Chinese Defence Minister Dong Jun.')
    person = find(actors, "Chinese Defence Minister Dong Jun.")
    assert (person.name, coded(person)) == ("Dong Jun", ("CHN", "GOV"))


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("The U.N. nuclear watchdog called on Iran to stop.", "U.N. nuclear watchdog", "IGOUNOIAE"),
        ("The UN food agency warned of famine.", "UN food agency", "IGOUNOWFP"),
        ("The U.N. children's agency sent vaccines.", "U.N. children's agency", "IGOUNOKID"),
        ("The UN health agency declared an emergency.", "UN health agency", "IGOUNOHLHWHO"),
    ],
)
def test_wire_descriptions_of_un_agencies(
    code: ActorCoder, text: str, words: str, expected: str
) -> None:
    # Wires name U.N. agencies by what they do, as "the U.N. refugee agency" names the UNHCR.
    assert find(code(text), words).code == expected


@pytest.mark.parametrize(
    ("text", "on", "name", "expected"),
    [
        # Movements that laid down their arms: rebels before, a party (or the army) after.
        ("SWAPO guerrillas attacked a base.", dt.date(1988, 8, 8), "SWAPO guerrillas", "REB"),
        ("SWAPO won the election.", dt.date(1995, 2, 3), "SWAPO", "PTY"),
        ("The FMLN attacked a base.", dt.date(1984, 10, 15), "FMLN", "REB"),
        ("The FMLN won seats.", dt.date(1994, 3, 21), "FMLN", "PTY"),
        ("The National Resistance Army took Kampala.", dt.date(1986, 1, 25), None, "REB"),
        ("The National Resistance Army took Gulu.", dt.date(1987, 1, 25), None, "MIL"),
        ("The TPLF held its congress.", dt.date(1995, 6, 20), "TPLF", "PTY"),
        ("The TPLF attacked a base.", dt.date(2021, 6, 20), "TPLF", "REB"),
        # Iraq's exiled opposition until Baghdad fell.
        ("The Iraqi National Congress met.", dt.date(1998, 11, 1), None, "OPP"),
        ("The Iraqi National Congress met.", dt.date(2004, 11, 1), None, "PTY"),
    ],
)
def test_bodies_whose_role_changed_are_coded_for_the_date(
    code: ActorCoder, text: str, on: dt.date, name: str | None, expected: str
) -> None:
    actors = [a for a in code(text, on) if a.code not in (None,)]
    chosen = find(actors, name) if name else actors[0]
    assert chosen.sector == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police arrested him for DUI.", "DUI"),
        ("A DOS attack hit the bank.", "DOS"),
        ("Arda Turan scored twice for Barcelona.", "Turan"),
        ("Tourists visited Sapa in the mountains.", "Sapa"),
    ],
)
def test_short_names_other_things_share_name_no_party(
    code: ActorCoder, text: str, word: str
) -> None:
    assert not any(word in a.text for a in code(text, dt.date(2005, 1, 1)))


def test_cartels_of_the_wire_are_criminals_of_their_state(code: ActorCoder) -> None:
    actors = code("The Gulf Cartel fought Los Zetas in Tamaulipas.", dt.date(2010, 6, 1))
    assert coded(find(actors, "Gulf Cartel")) == ("MEX", "CRM")
    assert coded(find(actors, "Los Zetas")) == ("MEX", "CRM")
    actors = code("The Medellin cartel bombed an airliner.", dt.date(1989, 11, 27))
    assert coded(find(actors, "Medellin cartel")) == ("COL", "CRM")
