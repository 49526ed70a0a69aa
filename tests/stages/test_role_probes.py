"""Role probes: actors and recipients in harder syntax, coded end to end.

The probes (`data/role_probes.tsv`) come in thirty-six sets, each written in full before any of it
was run (B after the fixes drawn from A, C after those from B, and so on), so each set's first score
estimates how the fixes before it generalise. They probe passives with and without "by", "came
under fire from", nominalisations, "in a letter to", "urged X to", "accused X of", objects of
intent verbs, relative clauses, raising and control, attribution, coordinated recipients, "both
sides", pronouns pointing back to a party named earlier in the sentence, and (sets E and F) long
wire sentences: parties named by adjectives, recipients coordinated across prepositional phrases,
"between A and B", "over" naming whose act is protested, possessors, genitive actors,
appositions and participial clauses; sets G and H, pairs referred back to ("the two leaders", "both
sides", "they", "each other") in the sentence after the one naming them; sets I to P, dated stories
of today's and the 1990s wire: nominal events with possessors and prepositions, verbs with a
complement, whom a verb of saying addresses, ditransitives, places of a state as objects,
infinitival, gerund and control complements, headlines, a speaker who acts, and a person whose
country only an earlier sentence gives; sets Q to U, long leads in the style of the 1990s-2000s
wire (a reporting verb at the end, appositions, officials of the era, parties named by capital or
adjective, events inside complements); sets V and W, what a party receives "from" another,
cargo "bound for" a party, forces moving "into" a place, denied charges, "a spokesman for X",
"sources close to X", threats with a condition; sets X and Y, deployments threatened with a
condition, receiving the other way round, possessed and "of"-phrase events, "with" partners that
are a person or body of another state, addressees of calls and warnings, the actor's own people,
and passive and nominal leads; sets Z, AC and AD, leads in the PLOVER gold's style and date,
plain and long; sets AA and AB, the gaps of sets X and Y in yet other words; set AE, attacks
fought off, conditional deployments, offers put forward and releases authorised; set AF, lenders
named inside what money is drawn from, addressees after "urged visiting", crowds in clashes; set
AG, recipients and roles of real news (own states implied beside another state's party, expelled
participles, weighed requests, object control, shared objects, summoned envoys); set AH, parties
the parse hides (a finite verb hung on the participle describing its subject, bare bodies whose
reporter gives their state, party and tenure words before a body, groups "led by" a party,
gerund adjuncts, bodies named before their act, "on strike", asides that add a subject, rival
parties of one state); set AI, the constructions wire news names parties in ("told Y that it
must", "X's talks with Y", "X's troops in Y", "handed Y to Z", "the Serb strongman", a pronoun
for an office named by title, rebels of the state their clause acts on); set AJ, bare bodies in
article context and in a sentence naming a town, agent nouns opening a sentence, light verbs of
event nouns ("cast its veto") and denials of a claim the article reports earlier.
Each sentence is coded alone (sets G and H after their context, with the story's date) and scored as
`dyads eval plover` scores gold (`top_prediction`); the file's header keeps each set's scores
before and after.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

from dyads.eval.plover import Prediction, comparable_code, top_prediction
from dyads.pipeline import Pipeline
from dyads.records import PLOVER_TYPES, Article

PROBES = Path(__file__).parent / "data" / "role_probes.tsv"
# The PLOVER gold's date, which the probes are written for.
GOLD_DATE = "2000-01-01"
# Floors under the measured scores (see the probe file's header), so a change that loses role
# readings fails while small shifts of the parse do not.
MIN_ROLES_RIGHT = 0.90
MIN_FULL_RECORD = 0.80
MIN_PER_CONSTRUCTION = 3
# Sets E and F, long wire sentences: measured roles 104 of 113 (0.920), full 93 (0.823).
WIRE_SETS = ("E", "F")
MIN_WIRE_ROLES_RIGHT = 0.88
MIN_WIRE_FULL_RECORD = 0.78
# Sets G and H, pairs referred back to: measured roles 73 of 75 (0.973), full 66 (0.880).
PAIR_SETS = ("G", "H")
MIN_PAIR_ROLES_RIGHT = 0.92
MIN_PAIR_FULL_RECORD = 0.85
# Sets I to P, constructions the PLOVER dev half does not show: measured roles 262 of 280 (0.936),
# full 239 (0.854).
UNSEEN_SETS = ("I", "J", "K", "L", "M", "N", "O", "P")
MIN_UNSEEN_ROLES_RIGHT = 0.91
MIN_UNSEEN_FULL_RECORD = 0.83
# Sets Q to U, long leads in the style of the PLOVER gold's wire: measured roles 164 of 174
# (0.943), full 156 (0.897).
WIRE_ERA_SETS = ("Q", "R", "S", "T", "U")
MIN_WIRE_ERA_ROLES_RIGHT = 0.92
MIN_WIRE_ERA_FULL_RECORD = 0.87
# Sets V and W, receiving, destinations, denials and conditions, whose misses are mostly the
# events lexicon's: measured roles 65 of 100, full 60; the floor over all sets leaves them out.
RECEIVING_SETS = ("V", "W")
MIN_RECEIVING_ROLES_RIGHT = 0.60
MIN_RECEIVING_FULL_RECORD = 0.55
# Sets X, Y and AA, the recipient gaps of unseen news: measured roles 106 of 120, full 96; their
# misses are mostly other stages', so the floor over all sets leaves them out too.
RECIPIENT_GAP_SETS = ("X", "Y", "AA")
MIN_RECIPIENT_GAP_ROLES_RIGHT = 0.85
MIN_RECIPIENT_GAP_FULL_RECORD = 0.75
# Set AF probes lenders named inside what money is drawn from, the people "urged visiting X
# to" addresses, and the crowd of a clash as the actor of its riot.
GAP_AF_SET = "AF"
MIN_GAP_AF_ROLES_RIGHT = 0.9
MIN_GAP_AF_FULL_RECORD = 0.85
# Set AG probes recipients and roles of real news (implied own states beside another state's
# party, expelled participles, weighed requests, object control, shared objects, summoned envoys,
# one state's bodies acting together): measured roles 28 of 35 (0.800), full 25 (0.714).
REAL_NEWS_AG_SET = "AG"
MIN_REAL_NEWS_AG_ROLES_RIGHT = 0.75
MIN_REAL_NEWS_AG_FULL_RECORD = 0.65
# Set AH probes parties the parse hides: measured roles 54 of 62 (0.871), full 49 (0.790).
HIDDEN_PARTY_AH_SET = "AH"
MIN_HIDDEN_PARTY_AH_ROLES_RIGHT = 0.83
MIN_HIDDEN_PARTY_AH_FULL_RECORD = 0.75
# Set AI probes the constructions wire news names parties in: measured roles 92 of 96 (0.958),
# full 91 (0.948).
WIRE_CONSTRUCTIONS_AI_SET = "AI"
MIN_WIRE_CONSTRUCTIONS_AI_ROLES_RIGHT = 0.92
MIN_WIRE_CONSTRUCTIONS_AI_FULL_RECORD = 0.90
# Set AJ probes bare bodies in article context, agent nouns opening a sentence, light verbs and
# denials of an earlier claim: measured roles 23 of 28 (0.821), full 22 (0.786); its denials
# wait on the provenance stage.
ARTICLE_CONTEXT_AJ_SET = "AJ"
MIN_ARTICLE_CONTEXT_AJ_ROLES_RIGHT = 0.78
MIN_ARTICLE_CONTEXT_AJ_FULL_RECORD = 0.75


@dataclass(frozen=True)
class RoleProbe:
    set: str  # "A" to "Z", then "AA" to "AJ", see the probe file's header
    construction: str  # the syntax the sentence probes ("passive_by", "attribution", ...)
    event: str
    actors: frozenset[str]
    recipients: frozenset[str]
    text: str
    context: str = ""  # the sentences before it (sets G to U: the pair or person referred to)
    date: str = GOLD_DATE

    @property
    def article_text(self) -> str:
        return f"{self.context} {self.text}" if self.context else self.text


@dataclass(frozen=True)
class Outcome:
    probe: RoleProbe
    predicted: Prediction

    @property
    def roles_right(self) -> bool:
        """Both code sets right, whatever type the top event has."""
        return (
            self.predicted.actors == self.probe.actors
            and self.predicted.recipients == self.probe.recipients
        )

    @property
    def record_right(self) -> bool:
        return self.roles_right and self.predicted.event == self.probe.event


def _codes(field: str) -> frozenset[str]:
    return frozenset(comparable_code(c) for c in field.split(",") if c and c != "-")


def read_role_probes(path: Path = PROBES) -> list[RoleProbe]:
    """The probes, one per tab-separated row after the `#` header and the column names."""
    probes = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "set\t")):
            continue
        batch, construction, event, actors, recipients, text, *story = line.split("\t")
        context, date = story if story else ("", GOLD_DATE)
        probes.append(
            RoleProbe(
                batch, construction, event, _codes(actors), _codes(recipients), text, context, date
            )
        )
    return probes


def code_probes(pipeline: Pipeline, probes: Iterable[RoleProbe]) -> list[Outcome]:
    """Code each probe alone (after its context, if any) and keep the top prediction among the
    events of the probed sentence."""
    probes = list(probes)
    articles = [
        Article(id=f"role-{i}", text=p.article_text, date=p.date, date_source="metadata")
        for i, p in enumerate(probes)
    ]
    coded = pipeline.code_many(articles)
    return [
        Outcome(p, top_prediction(e for e in c.events if e.span[0] >= len(p.context)))
        for p, c in zip(probes, coded, strict=True)
    ]


def shares(outcomes: list[Outcome]) -> tuple[float, float]:
    """The share of probes with both role sets right, and with the full record right."""
    return (
        sum(o.roles_right for o in outcomes) / len(outcomes),
        sum(o.record_right for o in outcomes) / len(outcomes),
    )


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    return code_probes(Pipeline(), read_role_probes())


def test_probes_are_well_formed() -> None:
    probes = read_role_probes()
    assert len(probes) >= 100
    assert {p.event for p in probes} <= set(PLOVER_TYPES)
    assert all(p.actors for p in probes)
    counts: dict[str, int] = {}
    for probe in probes:
        counts[probe.construction] = counts.get(probe.construction, 0) + 1
    assert min(counts.values()) >= MIN_PER_CONSTRUCTION


def test_role_probe_scores_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    kept = RECEIVING_SETS + RECIPIENT_GAP_SETS
    roles_right, full_record = shares([o for o in outcomes if o.probe.set not in kept])
    assert roles_right >= MIN_ROLES_RIGHT
    assert full_record >= MIN_FULL_RECORD


def test_wire_sentence_probes_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    roles_right, full_record = shares([o for o in outcomes if o.probe.set in WIRE_SETS])
    assert roles_right >= MIN_WIRE_ROLES_RIGHT
    assert full_record >= MIN_WIRE_FULL_RECORD


def test_pair_reference_probes_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    roles_right, full_record = shares([o for o in outcomes if o.probe.set in PAIR_SETS])
    assert roles_right >= MIN_PAIR_ROLES_RIGHT
    assert full_record >= MIN_PAIR_FULL_RECORD


def test_unseen_construction_probes_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    roles_right, full_record = shares([o for o in outcomes if o.probe.set in UNSEEN_SETS])
    assert roles_right >= MIN_UNSEEN_ROLES_RIGHT
    assert full_record >= MIN_UNSEEN_FULL_RECORD


def test_wire_era_lead_probes_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    roles_right, full_record = shares([o for o in outcomes if o.probe.set in WIRE_ERA_SETS])
    assert roles_right >= MIN_WIRE_ERA_ROLES_RIGHT
    assert full_record >= MIN_WIRE_ERA_FULL_RECORD


def test_receiving_and_denial_probes_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    roles_right, full_record = shares([o for o in outcomes if o.probe.set in RECEIVING_SETS])
    assert roles_right >= MIN_RECEIVING_ROLES_RIGHT
    assert full_record >= MIN_RECEIVING_FULL_RECORD


def test_recipient_gap_probes_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    roles_right, full_record = shares([o for o in outcomes if o.probe.set in RECIPIENT_GAP_SETS])
    assert roles_right >= MIN_RECIPIENT_GAP_ROLES_RIGHT
    assert full_record >= MIN_RECIPIENT_GAP_FULL_RECORD


def test_set_af_gap_probes_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    gaps = [o for o in outcomes if o.probe.set == GAP_AF_SET]
    assert len(gaps) >= 15
    roles_right, full_record = shares(gaps)
    assert roles_right >= MIN_GAP_AF_ROLES_RIGHT
    assert full_record >= MIN_GAP_AF_FULL_RECORD


def test_set_ag_real_news_probes_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    probes = [o for o in outcomes if o.probe.set == REAL_NEWS_AG_SET]
    assert len(probes) >= 30
    roles_right, full_record = shares(probes)
    assert roles_right >= MIN_REAL_NEWS_AG_ROLES_RIGHT
    assert full_record >= MIN_REAL_NEWS_AG_FULL_RECORD


def test_set_ah_hidden_party_probes_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    probes = [o for o in outcomes if o.probe.set == HIDDEN_PARTY_AH_SET]
    assert len(probes) >= 20
    roles_right, full_record = shares(probes)
    assert roles_right >= MIN_HIDDEN_PARTY_AH_ROLES_RIGHT
    assert full_record >= MIN_HIDDEN_PARTY_AH_FULL_RECORD


def test_set_ai_wire_construction_probes_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    probes = [o for o in outcomes if o.probe.set == WIRE_CONSTRUCTIONS_AI_SET]
    assert len(probes) >= 50
    roles_right, full_record = shares(probes)
    assert roles_right >= MIN_WIRE_CONSTRUCTIONS_AI_ROLES_RIGHT
    assert full_record >= MIN_WIRE_CONSTRUCTIONS_AI_FULL_RECORD


def test_set_aj_article_context_probes_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    probes = [o for o in outcomes if o.probe.set == ARTICLE_CONTEXT_AJ_SET]
    assert len(probes) >= 25
    roles_right, full_record = shares(probes)
    assert roles_right >= MIN_ARTICLE_CONTEXT_AJ_ROLES_RIGHT
    assert full_record >= MIN_ARTICLE_CONTEXT_AJ_FULL_RECORD
