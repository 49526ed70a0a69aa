"""The later actor probe sets, each in the format of the main actor probes
(``test_actor_probes.py``): a party's standing, clerics' titles and local officials
(``actor_probes_standing.tsv``); party titles, Gulf rulers, clerics read as organisations, towns
and the EU presidency (``actor_probes_offices.tsv``); weapons shot down over towns, people with an
ordinary trade, and names sharing a word with a leader's (``actor_probes_people.tsv``); sports
bodies, cyber agencies and hacker groups, trade unions, parties the tables lacked, air defences,
central banks and envoys posted to a state (``actor_probes_bodies.tsv``); companies named by
their short names, national subsidiaries and companies named by a common word or a place's name
(``actor_probes_firms.tsv``); police forces, armed forces and intelligence services named by
their own names, news outlets, ministries named by any portfolio or placed by their capital,
peoples in the plural, heads of unlisted bodies, titled people whose state follows "of",
governors titled by a division, "the Centre" of Indian news and names that are surnames or
dates (``actor_probes_agencies.tsv``); "Korea" alone, the Pope by his title, Britain's offices,
a demonym before a body several states' bodies share, companies named after a lone official,
airlines and accident boards the tables lacked, titles naming a portfolio before a name and
bodies named with the people who fill them, and local councils (``actor_probes_implied.tsv``);
full names several leaders share, told apart by the date and the states named
(``actor_probes_namesakes.tsv``); regional police and governments, legislatures, courts,
election commissions, central banks, state media, ministers by title, armed services by branch
and titled people named again by surname (``actor_probes_institutions.tsv``); leaders,
ministers, army chiefs, rebel leaders and heads of international bodies of 1979-1999 named by
name alone, several in two or three roles (``actor_probes_leaders79.tsv``); rebel movements,
militias, parties in and out of government, unions, churches, NGOs and peoples acting as groups
(``actor_probes_groups.tsv``); people of 1985-2005 news named by surname, full name, title or
office alone, on dates of different roles, with opposition and rebel leaders, heads of
international bodies and people with a trade (``actor_probes_decade90.tsv``); the wire of
1975-2005 in every region: armed groups, parties, peoples and their demonyms, capitals and seats,
states that split or were renamed, officials by office alone, heads of international bodies,
envoys and news agencies (``actor_probes_wire.tsv``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from dyads.stages.actors import ActorRecognizer

from .actor_helpers import shared_recognizer
from .test_actor_probes import Probe, load_probes, misses

DATA = Path(__file__).resolve().parent / "data"
# Each file: (the fewest probes it holds, the most known gaps it may list).
PROBE_SETS = {
    "actor_probes_standing.tsv": (40, 2),
    "actor_probes_offices.tsv": (40, 2),
    "actor_probes_people.tsv": (30, 0),
    "actor_probes_bodies.tsv": (40, 1),
    "actor_probes_firms.tsv": (55, 1),
    "actor_probes_agencies.tsv": (90, 0),
    "actor_probes_implied.tsv": (35, 0),
    "actor_probes_namesakes.tsv": (20, 0),
    "actor_probes_institutions.tsv": (140, 4),
    "actor_probes_leaders79.tsv": (100, 4),
    "actor_probes_groups.tsv": (150, 3),
    "actor_probes_decade90.tsv": (290, 20),
    "actor_probes_wire.tsv": (400, 8),
}


@pytest.mark.parametrize(("name", "limits"), PROBE_SETS.items())
def test_probe_file_is_well_formed(name: str, limits: tuple[int, int]) -> None:
    probes = load_probes(DATA / name)
    fewest, gaps = limits
    assert len(probes) >= fewest
    assert sum(p.known_gap for p in probes) <= gaps


@pytest.fixture(scope="module")
def recognizer() -> ActorRecognizer:
    return shared_recognizer()


def _params() -> list[object]:
    """Every probe as a test case; a known gap is a strict xfail, so fixing it is noticed."""
    params: list[object] = []
    for name in PROBE_SETS:
        for probe in load_probes(DATA / name):
            gap = [pytest.mark.xfail(strict=True, reason="known gap")] if probe.known_gap else []
            stem = name.removeprefix("actor_probes_").removesuffix(".tsv")
            params.append(pytest.param(probe, marks=gap, id=f"{stem}: {probe.sentence[:48]}"))
    return params


@pytest.mark.parametrize("probe", _params())
def test_probe(nlp: Language, recognizer: ActorRecognizer, probe: Probe) -> None:
    assert misses(probe, recognizer.process(nlp(probe.sentence), probe.on)) == []
