"""The actor probes: news-style sentences written for dyads, each with the actors it must yield
(``data/actor_probes.tsv``; its header explains the format)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from spacy.language import Language

from dyads.records import Actor
from dyads.stages.actors import ActorRecognizer

from .actor_helpers import shared_recognizer

PROBES = Path(__file__).resolve().parent / "data" / "actor_probes.tsv"
GAP = "gap:"


@dataclass(frozen=True)
class Expectation:
    text: str
    occurrence: int  # 1 for the first occurrence of `text` in the sentence
    code: str | None
    sector: str | None
    absent: bool  # no actor may cover the text


@dataclass(frozen=True)
class Probe:
    on: dt.date
    sentence: str
    expected: tuple[Expectation, ...]
    known_gap: bool = False  # dated "gap:YYYY-MM-DD": expected to fail until the rule exists


def parse_expectation(item: str) -> Expectation:
    absent = item.startswith("!")
    target, _, coding = item.lstrip("!").partition("=")
    text, _, nth = target.partition("@")
    code, _, sector = coding.partition("/")
    return Expectation(
        text=text,
        occurrence=int(nth or 1),
        code=None if code in ("", "-") else code,
        sector=None if sector in ("", "-") else sector,
        absent=absent,
    )


def load_probes(path: Path = PROBES) -> list[Probe]:
    probes = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "date\t")):
            continue
        on, sentence, expected = line.split("\t")
        items = tuple(parse_expectation(i.strip()) for i in expected.split("; ") if i.strip())
        gap = on.startswith(GAP)
        probes.append(Probe(dt.date.fromisoformat(on.removeprefix(GAP)), sentence, items, gap))
    return probes


def locate(sentence: str, text: str, occurrence: int) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = sentence.find(text, start + 1)
        if start < 0:
            raise ValueError(f"{text!r} does not occur {occurrence} times in {sentence!r}")
    return start, start + len(text)


def misses(probe: Probe, actors: list[Actor]) -> list[str]:
    """What the actors get wrong against the probe's expectations (empty when all hold)."""
    wrong = []
    for want in probe.expected:
        start, end = locate(probe.sentence, want.text, want.occurrence)
        covering = [a for a in actors if a.span[0] < end and start < a.span[1]]
        if want.absent:
            if covering:
                wrong.append(f"{want.text!r} should not be an actor: {covering[0].text!r}")
        elif not any((a.code, a.sector) == (want.code, want.sector) for a in covering):
            found = [(a.text, a.code, a.sector) for a in covering]
            wrong.append(f"{want.text!r} should be {want.code}/{want.sector}, found {found}")
    return wrong


def test_probe_file_is_well_formed() -> None:
    probes = load_probes()
    assert len(probes) >= 450
    assert sum(p.known_gap for p in probes) <= 20
    for probe in probes:
        assert probe.expected, probe.sentence
        for want in probe.expected:
            locate(probe.sentence, want.text, want.occurrence)


@pytest.fixture(scope="module")
def recognizer() -> ActorRecognizer:
    return shared_recognizer()


def _param(probe: Probe) -> object:
    """A probe as a test case; a known gap is a strict xfail, so fixing it is noticed."""
    marks = [pytest.mark.xfail(strict=True, reason="known gap")] if probe.known_gap else []
    return pytest.param(probe, marks=marks, id=probe.sentence[:48])


@pytest.mark.parametrize("probe", [_param(p) for p in load_probes()])
def test_probe(nlp: Language, recognizer: ActorRecognizer, probe: Probe) -> None:
    assert misses(probe, recognizer.process(nlp(probe.sentence), probe.on)) == []


def test_misses_reports_wrong_codes_and_unwanted_actors() -> None:
    probe = Probe(
        dt.date(2025, 1, 1),
        "Moscow met Paris.",
        (parse_expectation("Moscow=RUS/GOV"), parse_expectation("!Paris")),
    )
    moscow = Actor(text="Moscow", name="Russia", code="RUS", sector="MIL", span=(0, 6))
    paris = Actor(text="Paris", name="France", code="FRA", sector="GOV", span=(11, 16))
    assert len(misses(probe, [moscow, paris])) == 2
    right = Actor(text="Moscow", name="Russia", code="RUS", sector="GOV", span=(0, 6))
    assert misses(probe, [right]) == []
