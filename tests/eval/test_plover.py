from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import msgspec
import pytest

from dyads.errors import InputError
from dyads.eval.plover import (
    NO_EVENT,
    GoldSentence,
    Prediction,
    comparable_code,
    in_gold_terms,
    load_gold,
    score,
    top_prediction,
)
from dyads.records import Actor, Event


def _actor(code: str) -> Actor:
    return Actor(text=code, name=code, code=code, sector=None, span=(0, 3))


def _event(
    kind: str, actor: str | None, recipient: str | None, confidence: float, trigger: str = "met"
) -> Event:
    return Event(
        id="a-e1",
        event=kind,
        mode=None,
        context=(),
        status="asserted",
        cameo=None,
        quad_class=None,
        actor=_actor(actor) if actor else None,
        recipient=_actor(recipient) if recipient else None,
        date=None,
        date_text=None,
        location=None,
        reported_by=None,
        trigger=trigger,
        span=(0, 10),
        confidence=confidence,
    )


def _gold(event: str, actors: set[str], recipients: set[str]) -> GoldSentence:
    return GoldSentence("g", "text", None, event, frozenset(actors), frozenset(recipients))


def test_old_plover_names_map_to_new(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    records = [
        {"id": "1", "text": "A", "event": "DEMAND", "source": [{"code": "USA"}], "target": ""},
        {
            "id": "2",
            "text": "B",
            "event": "FIGHT",
            "source": [{"code": "IGO"}],
            "target": [{"code": "SRB"}],
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    gold = load_gold(path)
    assert [g.event for g in gold] == ["REQUEST", "ASSAULT"]
    assert gold[0].recipients == frozenset()
    assert gold[1].actors == frozenset({"IGO"})


def test_malformed_gold_line_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "1", "text": "A", "event": "AGREE"}\n{not json\n')
    with pytest.raises(InputError, match=r"gold.jsonl:2"):
        load_gold(path)


def test_top_prediction_takes_most_confident_and_its_compound_siblings() -> None:
    events = [
        _event("AGREE", "HUN", None, 0.8, trigger="agreed"),
        _event("AGREE", "ROU", None, 0.8, trigger="agreed"),
        _event("CONSULT", "FRA", "DEU", 0.5),
    ]
    predicted = top_prediction(events)
    assert predicted.event == "AGREE"
    assert predicted.actors == frozenset({"HUN", "ROU"})
    assert top_prediction([]).event == NO_EVENT


def test_igo_codes_compare_by_class() -> None:
    assert comparable_code("IGOUNO") == "IGO"
    assert comparable_code("RUS") == "RUS"


def test_score_counts_accuracy_codes_and_full_records() -> None:
    gold = [
        _gold("AGREE", {"HUN", "ROU"}, set()),
        _gold("ASSAULT", {"ISR"}, {"LBN"}),
        _gold("PROTEST", {"FRA"}, set()),
    ]
    predicted = [
        Prediction("AGREE", frozenset({"HUN", "ROU"}), frozenset()),
        Prediction("ASSAULT", frozenset({"ISR"}), frozenset({"SYR"})),
        Prediction(NO_EVENT, frozenset(), frozenset()),
    ]
    scores = score(gold, predicted)
    assert scores.accuracy == pytest.approx(2 / 3)
    assert scores.full_record == pytest.approx(1 / 3)
    # actors: tp 3 (HUN, ROU, ISR), fn 1 (FRA) -> 6 / 7
    assert scores.actor_f1 == pytest.approx(6 / 7)
    # recipients: tp 0, fp 1 (SYR), fn 1 (LBN) -> 0
    assert scores.recipient_f1 == 0.0
    assert scores.per_type["PROTEST"].recall == 0.0
    assert scores.macro_f1 == pytest.approx((1 + 1 + 0) / 3)


def test_gold_parties_tagged_src_tar_without_target_are_undirected(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    call = "(SRC/TAR: Christopher) (EVT: telephoned) (SRC/TAR: Kozyrev)"
    records = [
        {
            "id": "1",
            "text": "Christopher telephoned Kozyrev.",
            "event": "CONSULT",
            "source": [{"code": "USA"}, {"code": "RUS"}],
            "target": "",
            "textInfo": {"markup": call},
            "version": "0.5b1",
        },
        {
            "id": "2",
            "text": "Israel shelled Lebanon.",
            "event": "FIGHT",
            "source": [{"code": "ISR"}],
            "target": [{"code": "LBN"}],
            "textInfo": {"markup": "(SRC: Israel) (EVT: shelled) (TAR: Lebanon)."},
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    call_gold, attack_gold = load_gold(path)
    assert call_gold.undirected and not attack_gold.undirected
    assert (call_gold.version, attack_gold.version) == ("0.5b1", None)
    directed = Prediction("CONSULT", frozenset({"USA"}), frozenset({"RUS"}))
    assert score([call_gold], [directed]).full_record == 1.0
    assert score([call_gold], [directed], strict=True).full_record == 0.0
    # A directed gold keeps its direction: the reverse pair stays wrong.
    reversed_attack = Prediction("ASSAULT", frozenset({"LBN"}), frozenset({"ISR"}))
    assert score([attack_gold], [reversed_attack]).full_record == 0.0


def test_promised_concession_reads_as_the_gold_versions_agree() -> None:
    gold = dataclasses.replace(_gold("AGREE", {"RUS"}, set()), version="0.5b1")
    promised = Prediction("CONCEDE", frozenset({"RUS"}), frozenset(), cameo="0353")
    done = Prediction("CONCEDE", frozenset({"RUS"}), frozenset(), cameo="0811")
    assert in_gold_terms(gold, promised).event == "AGREE"
    assert in_gold_terms(gold, done).event == "CONCEDE"
    assert score([gold], [promised]).accuracy == 1.0
    assert score([gold], [promised], strict=True).accuracy == 0.0
    # Gold coded in PLOVER 2.0 (or of no stated version) takes dyads' type as written.
    assert in_gold_terms(_gold("AGREE", {"RUS"}, set()), promised).event == "CONCEDE"


def test_top_prediction_keeps_the_cameo_code() -> None:
    coded = msgspec.structs.replace(_event("CONCEDE", "RUS", None, 0.9), cameo="0356")
    assert top_prediction([coded]).cameo == "0356"


def test_a_gold_line_that_is_no_record_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "1", "text": "A", "event": "AGREE"}\n["not", "a", "record"]\n')
    with pytest.raises(InputError, match=r"gold.jsonl:2"):
        load_gold(path)
