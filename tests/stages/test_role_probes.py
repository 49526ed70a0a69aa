"""Role probes: actors and recipients in harder syntax, coded end to end.

The probes (`data/role_probes.tsv`) come in forty-three sets, each written in full before any of it
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
event nouns ("cast its veto") and denials of a claim the article reports earlier; set AK, the
recipients of wire news of 2000 and 2025 (in event nouns and possessives, after prepositions, hidden
by the parse, and none named); set AL, roles a reader sees wrong (the place a blockade is laid
on, "forces of X", a bare "the court", forces sent to a region of no state, "both sides" after
brokered talks, "its aircraft" that strike, a monitor reporting after a comma); set AM, events
and roles a reader sees wrong (strikes that are called, talks hosted by a third state, "left" as
a result, "their" forces after two joined states); set AN, a third round drawn from stories of
kinds little read before (a sentence opening with "It", "the country's" after a dateline,
statements sent to reporters, complaints lodged with a body against a party, victims of a gerund
clause, a convoy named again, "he" after an office holder named by title); set AO, that round's
errors left open (envoys recalled from a post, convoys let pass or stopped, refuge in an embassy,
acts ordered from a capital, military intelligence services, meetings after a demand, "his
government" of a titled office, "the attacks" of an armed group named before); set AQ, the general
causes behind the PLOVER dev half's errors (press releases, people held as human shields,
documents approved with the act they state, a rival's victory recognised, routes blocked between
two states); set AR, the causes behind the role errors of the events dev halves (resignations,
funds the state gave, deals inked, a town's police, a town attacked as a passive subject).
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


@dataclass(frozen=True)
class GroupFloor:
    """The floors a group of probe sets holds: its least size, and the shares of probes with
    both role sets right and with the full record right."""

    name: str
    sets: tuple[str, ...]
    size: int
    roles_right: float
    full_record: float


# Each group's measured scores, as its sets' headers give them, with the floors under them:
# E, F long wire sentences: roles 104 of 113 (0.920), full 93 (0.823);
# G, H pairs referred back to: roles 73 of 75 (0.973), full 66 (0.880);
# I to P constructions the PLOVER dev half does not show: roles 262 of 280 (0.936), full 239;
# Q to U long leads in the style of the PLOVER gold's wire: roles 164 of 174 (0.943), full 156;
# V, W receiving, destinations, denials and conditions, whose misses are mostly the events
#   lexicon's: roles 65 of 100, full 60 (left out of the floor over all sets);
# X, Y, AA the recipient gaps of unseen news: roles 106 of 120, full 96 (left out too);
# AF lenders inside what money is drawn from, "urged visiting X to", the crowd of a clash;
# AG real news (implied own states, expelled participles, weighed requests, object control,
#   shared objects, summoned envoys): roles 28 of 35 (0.800), full 25 (0.714);
# AH parties the parse hides: roles 54 of 62 (0.871), full 49 (0.790);
# AI the constructions wire news names parties in: roles 92 of 96 (0.958), full 91 (0.948);
# AJ bare bodies in article context, agent nouns opening a sentence, light verbs, and denials
#   of an earlier claim: roles 23 of 28, full 22 before the provenance stage answered the
#   claim's source; 26 and 25 after.
# AK recipients of wire news (nouns and possessives, prepositions, parties the parse hides, none
#   named): roles 178 of 200 (0.890), full 163 (0.815); 167 and 153 before its rules.
# AL roles a reader sees wrong: roles 45 of 49 (0.918), full 42 (0.857); 23 and 22 before its rules.
# AM events and roles a reader sees wrong, second round: roles 39 of 41 (0.951), full 39 (0.951);
#   31 and 26 before its rules.
# AN events and roles a reader sees wrong, third round: roles 24 of 30 (0.800), full 24 (0.800);
#   12 and 12 before its rules.
# AO the third round's errors left open, in new words: roles 27 of 30 (0.900), full 27 (0.900);
#   10 and 8 before its rules; 28 of 31 with a probe added after the first run.
# AQ the causes behind the PLOVER dev half's errors: roles 27 of 27, full 27; 11 and 8 of its
#   first 20 before its rules, 2 and 2 of the five blocked routes and 2 and 0 of the two foreign
#   recognitions written after them.
# AR the causes behind the events dev halves' role errors: roles 22 of 24 (0.917), full 21
#   (0.875); 7 and 6 of its first 23 before its rules.
GROUP_FLOORS = (
    GroupFloor("wire sentences", ("E", "F"), 100, 0.88, 0.78),
    GroupFloor("pairs referred back to", ("G", "H"), 70, 0.92, 0.85),
    GroupFloor("unseen constructions", ("I", "J", "K", "L", "M", "N", "O", "P"), 250, 0.91, 0.83),
    GroupFloor("wire-era leads", ("Q", "R", "S", "T", "U"), 150, 0.92, 0.87),
    GroupFloor("receiving and denials", ("V", "W"), 90, 0.60, 0.55),
    GroupFloor("recipient gaps", ("X", "Y", "AA"), 100, 0.85, 0.75),
    GroupFloor("lenders and crowds", ("AF",), 15, 0.9, 0.85),
    GroupFloor("real news", ("AG",), 30, 0.75, 0.65),
    GroupFloor("hidden parties", ("AH",), 20, 0.83, 0.75),
    GroupFloor("wire constructions", ("AI",), 50, 0.92, 0.90),
    GroupFloor("article context", ("AJ",), 25, 0.85, 0.82),
    GroupFloor("wire recipients", ("AK",), 195, 0.86, 0.78),
    GroupFloor("roles seen wrong", ("AL",), 45, 0.88, 0.8),
    GroupFloor("events and roles seen wrong", ("AM",), 40, 0.92, 0.9),
    GroupFloor("third round seen wrong", ("AN",), 30, 0.76, 0.76),
    GroupFloor("third round left open", ("AO",), 31, 0.86, 0.86),
    GroupFloor("dev-half causes", ("AQ",), 27, 0.92, 0.92),
    GroupFloor("events dev-half roles", ("AR",), 24, 0.87, 0.83),
)
# Groups whose misses are mostly other stages': the floor over all sets leaves them out.
OTHER_STAGES_SETS = ("V", "W", "X", "Y", "AA")


@dataclass(frozen=True)
class RoleProbe:
    set: str  # "A" to "Z", then "AA" to "AR", see the probe file's header
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
    roles_right, full_record = shares([o for o in outcomes if o.probe.set not in OTHER_STAGES_SETS])
    assert roles_right >= MIN_ROLES_RIGHT
    assert full_record >= MIN_FULL_RECORD


@pytest.mark.parametrize("floor", GROUP_FLOORS, ids=lambda floor: floor.name)
def test_probe_groups_stay_above_their_floors(outcomes: list[Outcome], floor: GroupFloor) -> None:
    rows = [o for o in outcomes if o.probe.set in floor.sets]
    assert len(rows) >= floor.size
    roles_right, full_record = shares(rows)
    assert roles_right >= floor.roles_right
    assert full_record >= floor.full_record
