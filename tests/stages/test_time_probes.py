"""The time probes: hand-written sentences with the TIMEX3 value each expression must get."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import NamedTuple

from spacy.language import Language

from dyads.stages.time import TimeTagger

PROBES = Path(__file__).parent / "data" / "time_probes.tsv"
# Share of probes that must come out right: the score after the last round (98/98),
# rounded down.
FLOOR = 0.98


class Probe(NamedTuple):
    text: str
    anchor: datetime.date
    expression: str
    value: str


def load_probes() -> list[Probe]:
    probes = []
    for line in PROBES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, anchor, expression, value = line.split("\t")
        probes.append(
            Probe(text.replace("\\n", "\n"), datetime.date.fromisoformat(anchor), expression, value)
        )
    return probes


def probe_value(nlp: Language, probe: Probe) -> str | None:
    times = TimeTagger().process(nlp(probe.text), probe.anchor)
    return next((time.value for time in times if time.text == probe.expression), None)


def test_probe_table_is_well_formed() -> None:
    probes = load_probes()
    assert len(probes) >= 80
    assert all(probe.expression in probe.text for probe in probes)


def test_probe_score_holds_the_floor(nlp: Language) -> None:
    probes = load_probes()
    failures = [
        (probe.text, probe.expression, probe.value, found)
        for probe in probes
        if (found := probe_value(nlp, probe)) != probe.value
    ]
    score = 1 - len(failures) / len(probes)
    assert score >= FLOOR, f"score {score:.3f}; failures: {failures}"


if (
    __name__ == "__main__"
):  # print the score and the failures: python tests/stages/test_time_probes.py
    from dyads.nlp import load_model

    model = load_model()
    all_probes = load_probes()
    wrong = [(p, found) for p in all_probes if (found := probe_value(model, p)) != p.value]
    for probe, found in wrong:
        print(f"{probe.anchor}  {probe.text!r}  {probe.expression!r}: {found} != {probe.value}")
    print(f"{len(all_probes) - len(wrong)}/{len(all_probes)}")
