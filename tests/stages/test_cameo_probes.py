"""CAMEO coverage probes: wire-style sentences for every 2-, 3- and 4-digit CAMEO event code.

The probes (`data/cameo_probes.tsv`) come in sets, each written in full before any of it was
run: A to D from the CAMEO code names, E to H from the gold's conventions for actor and
recipient sets, I from the errors of the coder on synthetic lead sentences (periphrastic event
expressions and precision traps), J on hedged and embedded events, ranking and verbs whose CAMEO
default news mostly means otherwise, K on the lexicon gaps the role stage's probes found, L on
event types of news the dev gold does not show (found in the synthetic leads' errors), M on
event nouns the lexicon lacked, N on aid named by a compound ("an aid package"), O on the gaps
found in the last round, P on which event is on top in long leads (conditions, relative clauses,
refusals to permit) and the type gaps found on gold-style sentences, Q on long wire leads with
several clauses over the 16 types and the type gaps still open, R on the gaps the role stage
found on top of Q (aid received, conditional deployments, arrests, demolitions), S on the gaps
left by R (credit lines drawn, power handed over, products' tours and orders, demands told to
visitors, clashes with a crowd), T on the type gaps left by S (conditional threats of force and
permission given to another party's act), U on which clause's event is on top where real news
goes wrong (what a noun of report or fear is about, "until" and "while" clauses, sanctions
announced with "will", signed orders and petitions), V on second senses of trigger words and
missing event patterns found on real web news (figurative attacks, idioms, signing, journeys
without a host, searches, custody, letters, disquiet), W on the type gaps left after V (demands
with "should" and posts, hopes that another party acts, legal action started, violations charged,
boycotts by media and advertisers), X on the type errors left after W (denials that an act
happened, asserted acts beside negated ones, agreeing with a party's view, promises of support,
demands laid on a named party, acts continued with "will", breaches an act amounts to, the aim
of talks), Y on the types wire news codes least well (rejections by verbs of turning down and by
a speaker's own stand, agreements and offers, concessions against retreats, coercion against its
look-alikes, cooperation), Z on which event of a long wire lead is on top (refusals before a
participle, main clauses before "after", "before" and "as" clauses, meetings and tours that are
only background to a return home) and the gaps other stages found (things handed "to" a party,
refusals stated in a letter, vetoes threatened on a condition or cast), AA on the lines the
codebook draws between types that one trigger word does not (concessions promised against
retreats done, coercion against force and reduced relations, cooperation done against promised
and talked, refusals against accusations and threats, requests against support, mobilization
against threats, protests against assaults), AC on the actor and recipient of CAMEO-manual-style
wire sentences of 1990-2000 over all 20 roots, AD on hard wire leads of 1990-2000 (long
sentences with sources, appositions, participles, second events, passives and nominal events),
AE on the causes of the errors on real web news (retaliation in kind, documents handed over,
acts judged a wrong, esteem, requests weighed, lexicon gaps);
AF on one sentence of the CAMEO manual's kind per 3-digit code;
AG on one more such sentence per 3-digit code, in wording sets A-D and AA-AF do not use;
AH on constructions missed on AF (recourse to a party "for" goods, envoys declared "persona non
grata", hyphenated verbs of violence, petitions, acts done "to protest", parties invited to act);
AJ on type gaps of AG in sentences of their own (bargaining, sitting down with a party, journeys
made "in search of" money or support, demands told with "had to", acts a party "would regret",
parties that put themselves forward as mediators, abuses
documented);
so each set's
first score estimates how the events stage generalises to gold of the CAMEO manual's kind (the
file's header keeps those scores). Each sentence is coded alone and scored as `dyads eval plover`
scores gold: the top event's type, and the code sets of its actors and recipients
(`top_prediction`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

from dyads.eval.plover import NO_EVENT, Prediction, comparable_code, top_prediction
from dyads.pipeline import Pipeline
from dyads.records import PLOVER_TYPES, Article
from dyads.stages.triggers import TriggerLexicon

PROBES = Path(__file__).parent / "data" / "cameo_probes.tsv"
# The gold's date: the PLOVER gold sentences are all dated 2000-01-01.
GOLD_DATE = "2000-01-01"
NOT_CHECKED = "*"
# Floors under the measured scores (see the probe file's header), so a change that loses
# coverage fails while small shifts of the parse do not.
MIN_TYPE_ACCURACY = 0.93
MIN_FULL_RECORD = 0.83
# Sets E to H probe the gold's conventions for actor and recipient sets (docs/events.md).
ROLE_SETS = ("E", "F", "G", "H")
MIN_ROLE_FULL_RECORD = 0.86
# Set I probes periphrastic event expressions and type precision (types only).
EXPRESSION_SET = "I"
MIN_EXPRESSION_TYPE_ACCURACY = 0.92
# Set J probes hedged and embedded events, fire against criticism, ranking, organisations
# leaving a country and verbs whose CAMEO default news mostly means otherwise.
RANKING_SET = "J"
MIN_RANKING_TYPE_ACCURACY = 0.93
MIN_RANKING_FULL_RECORD = 0.82
# Set K probes the lexicon gaps the role stage's probes found, in other wording: protest and
# withdrawal nouns, recognition, relief carried, a state's protest, hosting, hostile exchanges,
# promises to refrain from force, halted operations, mourning and words that refer back.
GAP_SET = "K"
MIN_GAP_TYPE_ACCURACY = 0.94
MIN_GAP_FULL_RECORD = 0.80
# Set L probes event types the dev gold does not show: sanctions weighed, operations halted,
# orders to leave, visits named in a phrase, receptions, cyber attacks, police raids, relations,
# intents stated by a noun, court sentences, closing media, property handed back.
UNSEEN_SET = "L"
MIN_UNSEEN_TYPE_ACCURACY = 0.95
MIN_UNSEEN_FULL_RECORD = 0.88
# Set M probes event nouns the lexicon lacked (types only): ambushes, gunfights, sieges,
# handovers, armistices, complaints, rebukes, backing, loans, and events that shocked.
NOUN_SET = "M"
MIN_NOUN_TYPE_ACCURACY = 0.92
# Set N probes aid named by a compound whose head is no event and restricted access (types only).
COMPOUND_SET = "N"
MIN_COMPOUND_TYPE_ACCURACY = 0.80
# Set O probes the gaps found in the last round: giving with an indirect object, decisions to
# give, export curbs, reopened crossings, airlifts, accepted offers, headline verbs, forces
# moving into a place, stalled talks, refusals, halted activities, loans, receiving, ranking
# against background phrases, visits beside another meeting verb and promises of aid.
GAP_ROUND_SET = "O"
MIN_GAP_ROUND_TYPE_ACCURACY = 0.93
MIN_GAP_ROUND_FULL_RECORD = 0.85
# Set P probes the top event of long leads (conditions, relative clauses, refusals to permit)
# and the type gaps found on gold-style sentences (envoys, departures, protests, refusals).
TOP_EVENT_SET = "P"
MIN_TOP_EVENT_TYPE_ACCURACY = 0.88
MIN_TOP_EVENT_FULL_RECORD = 0.83
# Set Q probes long wire leads with several clauses over the 16 types (attributions, participles
# after the verb, earlier events in "after" clauses, "amid" phrases, headlines of nouns) and the
# type gaps still open (charges denied, forces entering a country, vessels intercepted, envoys
# called home, "is to give", sanctions considered against a government).
LONG_LEAD_SET = "Q"
MIN_LONG_LEAD_TYPE_ACCURACY = 0.95
MIN_LONG_LEAD_FULL_RECORD = 0.88


@dataclass(frozen=True)
class SetFloor:
    """The floors a later probe set holds: its least size, type accuracy and full record."""

    set: str
    size: int
    type_accuracy: float
    full_record: float


# Later sets, each written for the gaps the one before left, with the floors they hold:
# R: goods received "from" a giver (aid), forces readied against another's hostile act (a
#    threat), arrests, offers stated after their phrase, easing travel, seizures named by a noun,
#    expulsions announced, extraditions, releases approved, deportations, cooperation broken off,
#    demolitions and product orders;
# S: money drawn from a lender's credit line, promises to hand over power, products' tours and
#    orders, demands told to visitors and clashes with a crowd;
# T: forces moved or fire promised on a condition another party is to meet, consequences
#    threatened, and permission given to another party's act;
# U: the top event where real news goes wrong: what a noun of report or fear is about, time
#    limits and contrasts, conditions, sanctions announced with "will", signed orders;
# V: second senses of trigger words and event patterns found missing on real web news;
# W: demands with "should", hopes that another party acts, legal action started, violations
#    charged, boycotts, acts forced by attacks;
# X: denials of an act, negated events beside asserted ones, shared views, promised support,
#    continued acts, breaches;
# Y: rejections, agreements, concessions against retreats, coercion against its look-alikes and
#    cooperation, in wire wording of 2000;
# Z: the top event of long wire leads (refusals before a participle, main clauses before time
#    clauses, background meetings and tours), handovers "to" a party, refusals in letters, vetoes;
# AA: the boundaries between PLOVER types that one trigger word does not draw (truces declared
#    against truces in force, releases promised against releases done, arrests against beatings,
#    expulsions of diplomats against deportations and mass expulsions, signing against agreeing
#    against talks, denials against accusations, warnings of force against warnings of hardship).
# AB: event nouns with a possessive actor (build-ups, closures), convoys turned back, money
#    transferred, decisions to expel, goods received, spending raised, demands in a letter,
#    threats that receded, alarm at another's crackdown, forces evacuated, conjoined verbs.
# AC: CAMEO-manual-style wire sentences of 1990-2000, one or more per 3-digit code, weighted
#    toward actors and recipients (compound actors, officials of bodies, rebels of a country,
#    people named alone, recipients in phrases, possessives and event nouns, passives).
# AD: hard wire leads of 1990-2000 over the 20 roots (sources, appositions, participles after
#    the main event, second events, passives, nominal events, people named alone).
# AE: the causes of the errors on real web news: retaliation in kind, finding out, ideas
#    dismissed, surveillance, exception taken, honours conferred, documents handed over, acts
#    judged a wrong, esteem stated, requests weighed; part 2: meals with a party, feelings
#    reported "according to" a source, collaboration, humanitarian visas handed out; part 3:
#    event nouns named by a noun of announcing or imposing with its "by" phrase.
# AF: one sentence of the CAMEO manual's kind per 3-digit code (background clauses,
#    attributions, purpose clauses, the act in a complement), with other verbs than A-D, AA-AD.
# AG: one more such sentence per 3-digit code, with other verbs than A-D and AA-AF (idioms of
#    refusal and reduced relations, light verbs with a noun, acts told in a complement).
# AH: constructions missed on AF, in sentences of their own: recourse to a party "for" goods,
#    envoys declared "persona non grata", verbs of violence written with a hyphen, petitions;
#    part 2: acts done "to protest", parties invited to invest, bid or help; part 3: riots told
#    by a participle of the crowd ("rampaging youths"); part 4: acts done "to protest" by parties
#    that are no crowd; part 5: a party let or allowed to mediate; part 6: "have nothing to do
#    with", places "thrown open" to a party; part 7: things put "on hold" behind long phrases;
#    part 8: people "taken in" by a state.
# AI: the actors and recipients of rows whose type was right on AF and AG; part 1: groups named
#    by the state they are "based in"; part 2: demands told to parties joined by "and"; part 3:
#    stances aimed at parties joined in an "unless" clause; part 4: the party a demand or call
#    noun's "for X to act" asks; part 5: the doer of the act an inquiry looks "into".
# AJ: type gaps of AG, in sentences of their own: bargaining told by "haggle" or "bargain",
#    meetings told by "sit down with"; part 2: journeys made "in search of" money or support;
#    part 3: demands told in a complement with "had to" or "has to"; part 4: parties a speaker
#    says "would regret" an act; part 5: parties that put themselves forward as mediators;
#    part 6: abuses "documented" by a monitor.
SET_FLOORS = (
    SetFloor("R", 75, 0.95, 0.87),
    SetFloor("S", 35, 0.95, 0.83),
    SetFloor("T", 12, 0.9, 0.9),
    SetFloor("U", 40, 0.90, 0.80),
    SetFloor("V", 50, 0.88, 0.76),
    SetFloor("W", 23, 0.70, 0.55),
    SetFloor("X", 40, 0.88, 0.85),
    SetFloor("Y", 210, 0.92, 0.91),
    SetFloor("Z", 60, 0.94, 0.92),
    SetFloor("AA", 200, 0.95, 0.93),
    SetFloor("AB", 34, 0.90, 0.90),
    SetFloor("AC", 210, 0.95, 0.95),
    SetFloor("AD", 119, 0.95, 0.90),
    SetFloor("AE", 64, 0.94, 0.90),
    SetFloor("AF", 138, 0.87, 0.79),
    SetFloor("AG", 138, 0.81, 0.70),
    SetFloor("AH", 51, 0.95, 0.94),
    SetFloor("AI", 20, 1.0, 0.9),
    SetFloor("AJ", 25, 0.95, 0.9),
)
# Rows of one expected type in a set that all but one must keep: products that are no event
# (S), second senses that are none (V, W), denials read as rejections (X), and background
# meetings, conditional vetoes and refusals (Z), and look-alikes of the boundary types (AA).
KEPT_ROWS = (
    ("S", NO_EVENT),
    ("V", NO_EVENT),
    ("W", NO_EVENT),
    ("X", "REJECT"),
    ("Z", NO_EVENT),
    ("Z", "THREATEN"),
    ("Z", "REJECT"),
    ("AA", NO_EVENT),
)


@dataclass(frozen=True)
class CameoProbe:
    set: str  # "A" to "Z", then "AA" to "AJ", see the probe file's header
    cameo: str
    event: str  # a PLOVER type, or NO_EVENT
    actors: frozenset[str] | None  # None: not checked
    recipients: frozenset[str] | None
    text: str


@dataclass(frozen=True)
class Outcome:
    probe: CameoProbe
    predicted: Prediction

    @property
    def type_right(self) -> bool:
        return self.predicted.event == self.probe.event

    @property
    def record_right(self) -> bool:
        if self.probe.event == NO_EVENT:
            return self.type_right
        return (
            self.type_right
            and self.probe.actors in (None, self.predicted.actors)
            and self.probe.recipients in (None, self.predicted.recipients)
        )


def _codes(field: str) -> frozenset[str] | None:
    if field == NOT_CHECKED:
        return None
    return frozenset(comparable_code(c) for c in field.split(",") if c and c != "-")


def read_cameo_probes(path: Path = PROBES) -> list[CameoProbe]:
    """The probes, one per tab-separated row after the `#` header and the column names."""
    probes = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "set\t")):
            continue
        batch, cameo, event, actors, recipients, text = line.split("\t")
        event = NO_EVENT if event == "-" else event
        probes.append(CameoProbe(batch, cameo, event, _codes(actors), _codes(recipients), text))
    return probes


def code_probes(pipeline: Pipeline, probes: Iterable[CameoProbe]) -> list[Outcome]:
    """Code each probe sentence alone and keep its top prediction."""
    probes = list(probes)
    articles = [
        Article(id=f"cameo-{i}", text=p.text, date=GOLD_DATE, date_source="metadata")
        for i, p in enumerate(probes)
    ]
    coded = pipeline.code_many(articles)
    return [Outcome(p, top_prediction(c.events)) for p, c in zip(probes, coded, strict=True)]


def accuracy(outcomes: list[Outcome]) -> tuple[float, float]:
    """Type accuracy and full-record accuracy over probes that expect an event."""
    events = [o for o in outcomes if o.probe.event != NO_EVENT]
    return (
        sum(o.type_right for o in events) / len(events),
        sum(o.record_right for o in events) / len(events),
    )


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    return code_probes(Pipeline(), read_cameo_probes())


def test_every_cameo_code_has_two_probes() -> None:
    probes = read_cameo_probes()
    by_code: dict[str, int] = {}
    for probe in probes:
        code = probe.cameo[:3]  # a probe of a 4-digit code illustrates its parent too
        by_code[code] = by_code.get(code, 0) + 1
    roots = {f"{root:02d}" for root in range(1, 21)}
    assert {code[:2] for code in by_code} == roots
    assert all(count >= 2 for count in by_code.values())
    assert len(by_code) >= 140


def test_expected_types_follow_the_cameo_plover_table() -> None:
    lexicon = TriggerLexicon()
    for probe in read_cameo_probes():
        coding = lexicon.plover(probe.cameo)
        expected = coding[0] if coding is not None else NO_EVENT
        assert probe.event == expected, probe.text


def test_probe_scores_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    type_accuracy, full_record = accuracy(outcomes)
    assert type_accuracy >= MIN_TYPE_ACCURACY
    assert full_record >= MIN_FULL_RECORD


def test_role_convention_probes_stay_above_their_floor(outcomes: list[Outcome]) -> None:
    roles = [o for o in outcomes if o.probe.set in ROLE_SETS]
    assert len(roles) >= 150
    assert {o.probe.event for o in roles} == set(PLOVER_TYPES)
    assert accuracy(roles)[1] >= MIN_ROLE_FULL_RECORD


def test_expression_and_precision_probes_stay_above_their_floor(outcomes: list[Outcome]) -> None:
    expressions = [o for o in outcomes if o.probe.set == EXPRESSION_SET]
    assert len(expressions) >= 100
    assert accuracy(expressions)[0] >= MIN_EXPRESSION_TYPE_ACCURACY


def test_ranking_and_default_probes_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    ranking = [o for o in outcomes if o.probe.set == RANKING_SET]
    assert len(ranking) >= 100
    type_accuracy, full_record = accuracy(ranking)
    assert type_accuracy >= MIN_RANKING_TYPE_ACCURACY
    assert full_record >= MIN_RANKING_FULL_RECORD


def test_lexicon_gap_probes_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    gaps = [o for o in outcomes if o.probe.set == GAP_SET]
    assert len(gaps) >= 90
    type_accuracy, full_record = accuracy(gaps)
    assert type_accuracy >= MIN_GAP_TYPE_ACCURACY
    assert full_record >= MIN_GAP_FULL_RECORD
    mourning = [o for o in gaps if o.probe.event == NO_EVENT]
    assert sum(o.type_right for o in mourning) >= len(mourning) - 1


def test_unseen_type_probes_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    unseen = [o for o in outcomes if o.probe.set == UNSEEN_SET]
    assert len(unseen) >= 90
    type_accuracy, full_record = accuracy(unseen)
    assert type_accuracy >= MIN_UNSEEN_TYPE_ACCURACY
    assert full_record >= MIN_UNSEEN_FULL_RECORD
    weighed = [o for o in unseen if o.probe.event == NO_EVENT]
    assert all(o.type_right for o in weighed)


def test_event_noun_probes_stay_above_their_floor(outcomes: list[Outcome]) -> None:
    nouns = [o for o in outcomes if o.probe.set == NOUN_SET]
    assert len(nouns) >= 25
    assert accuracy(nouns)[0] >= MIN_NOUN_TYPE_ACCURACY


def test_compound_aid_probes_stay_above_their_floor(outcomes: list[Outcome]) -> None:
    compounds = [o for o in outcomes if o.probe.set == COMPOUND_SET]
    assert len(compounds) >= 15
    assert accuracy(compounds)[0] >= MIN_COMPOUND_TYPE_ACCURACY


def test_gap_round_probes_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    gaps = [o for o in outcomes if o.probe.set == GAP_ROUND_SET]
    assert len(gaps) >= 75
    type_accuracy, full_record = accuracy(gaps)
    assert type_accuracy >= MIN_GAP_ROUND_TYPE_ACCURACY
    assert full_record >= MIN_GAP_ROUND_FULL_RECORD


def test_top_event_probes_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    top = [o for o in outcomes if o.probe.set == TOP_EVENT_SET]
    assert len(top) >= 75
    type_accuracy, full_record = accuracy(top)
    assert type_accuracy >= MIN_TOP_EVENT_TYPE_ACCURACY
    assert full_record >= MIN_TOP_EVENT_FULL_RECORD
    stalled = [o for o in top if o.probe.event == NO_EVENT]
    assert all(o.type_right for o in stalled)


def test_long_lead_probes_stay_above_their_floors(outcomes: list[Outcome]) -> None:
    leads = [o for o in outcomes if o.probe.set == LONG_LEAD_SET]
    assert len(leads) >= 90
    assert {o.probe.event for o in leads} == set(PLOVER_TYPES)
    type_accuracy, full_record = accuracy(leads)
    assert type_accuracy >= MIN_LONG_LEAD_TYPE_ACCURACY
    assert full_record >= MIN_LONG_LEAD_FULL_RECORD


def test_public_statements_are_often_not_coded_as_events(outcomes: list[Outcome]) -> None:
    # Root 01 has no PLOVER event; statements that mention an event ("denied the bombing")
    # still yield it, so only a share of them is expected to stay without one.
    statements = [o for o in outcomes if o.probe.event == NO_EVENT]
    assert sum(o.type_right for o in statements) >= len(statements) // 3


@pytest.mark.parametrize("floor", SET_FLOORS, ids=lambda f: f.set)
def test_later_probe_sets_stay_above_their_floors(outcomes: list[Outcome], floor: SetFloor) -> None:
    rows = [o for o in outcomes if o.probe.set == floor.set]
    assert len(rows) >= floor.size
    type_accuracy, full_record = accuracy(rows)
    assert type_accuracy >= floor.type_accuracy
    assert full_record >= floor.full_record


@pytest.mark.parametrize(("probe_set", "event"), KEPT_ROWS)
def test_rows_of_one_type_all_but_one_kept(
    outcomes: list[Outcome], probe_set: str, event: str
) -> None:
    rows = [o for o in outcomes if o.probe.set == probe_set and o.probe.event == event]
    assert rows
    assert sum(o.type_right for o in rows) >= len(rows) - 1


# Rows of set AC still coded wrong, by the start of their sentence, with the reason; every other
# row of the set must stay right.
AC_KNOWN_GAPS = {
    "Syrian armoured units moved closer to the Turkish frontier": (
        "the parser hangs 'to the frontier' on 'closer', so no pattern of moving to a border "
        "matches"
    ),
}


def _known_gap(probe: CameoProbe) -> str | None:
    return next((why for start, why in AC_KNOWN_GAPS.items() if probe.text.startswith(start)), None)


def test_set_ac_rows_stay_right_but_its_known_gaps(outcomes: list[Outcome]) -> None:
    rows = [o for o in outcomes if o.probe.set == "AC"]
    assert len(rows) >= 210
    wrong = [o.probe.text for o in rows if not o.record_right and _known_gap(o.probe) is None]
    assert wrong == []


@pytest.mark.parametrize("start", sorted(AC_KNOWN_GAPS))
def test_set_ac_known_gaps(outcomes: list[Outcome], start: str) -> None:
    rows = [o for o in outcomes if o.probe.set == "AC" and o.probe.text.startswith(start)]
    assert len(rows) == 1
    if not rows[0].record_right:
        pytest.xfail(AC_KNOWN_GAPS[start])


# Rows of set AD still coded wrong, by the start of their sentence, with the reason; every other
# row of the set must stay right.
AD_KNOWN_GAPS = {
    "Pakistani officials voiced deep pessimism": (
        "an event noun that is the subject of a verb of impact is the event ('the fighting in "
        "Kargil had set relations back'), also inside a statement of pessimism"
    ),
    "Belgian Prime Minister Guy Verhofstadt": (
        "an apology's recipient is read from the possessor of its 'for' phrase (the apologiser's "
        "own state), not from the people the failure harmed"
    ),
    "European Union foreign ministers endorsed": (
        "a later conjunct ('but urged Arafat') that matches more words outranks the first verb"
    ),
    "Martial law in Lhasa was lifted": (
        "a passive with no agent names no one who lifts it: the type is right, the parties empty"
    ),
    "Bosnian Serb leader Radovan Karadzic refused": (
        "the party whose deadline is defied stands in a participle after the refusal, which takes "
        "its recipient from its own clause"
    ),
    "Libyan leader Moammar Gadhafi flew to Niger": (
        "a journey 'in defiance of' an embargo is coded as the journey, as set I codes marches in "
        "defiance of a ban as protests"
    ),
    "Hamas vowed on Wednesday to avenge": (
        "the vow names no killer; Israel stands only in the 'saying' clause after it"
    ),
    "King Hussein sent a message of sympathy": (
        "the parser hangs 'killed' on 'message', so the earthquake is not read as its cause"
    ),
    "Hezbollah's secretary-general, Sheikh Hassan Nasrallah": (
        "the killer of the avenged guerrillas stands in a phrase ('in an Israeli air raid'), so "
        "the guerrillas' own state is taken as the target"
    ),
    "The state of emergency in the Moluccas": (
        "the 'of' phrase of a passive subject completes no pattern ('lift emergency'), so the noun "
        "of the emergency (COERCE) is on top"
    ),
    "The Organisation for Security and Cooperation in Europe": (
        "the place the monitors were expelled 'from' ranks before the doer's 'by' phrase"
    ),
    "Iraq's deputy prime minister, Tariq Aziz, rejected": (
        "the rejected plan's 'to Baghdad' ranks before the plan's owner, the Security Council"
    ),
    "Rioters torched churches and Chinese-owned shops": (
        "'Chinese-owned shops' is read as China's, not as the ethnic Chinese of Indonesia"
    ),
}


def _ad_known_gap(probe: CameoProbe) -> str | None:
    return next((why for start, why in AD_KNOWN_GAPS.items() if probe.text.startswith(start)), None)


def test_set_ad_rows_stay_right_but_its_known_gaps(outcomes: list[Outcome]) -> None:
    rows = [o for o in outcomes if o.probe.set == "AD"]
    assert len(rows) >= 140
    wrong = [o.probe.text for o in rows if not o.record_right and _ad_known_gap(o.probe) is None]
    assert wrong == []


@pytest.mark.parametrize("start", sorted(AD_KNOWN_GAPS))
def test_set_ad_known_gaps(outcomes: list[Outcome], start: str) -> None:
    rows = [o for o in outcomes if o.probe.set == "AD" and o.probe.text.startswith(start)]
    assert len(rows) == 1
    if not rows[0].record_right:
        pytest.xfail(AD_KNOWN_GAPS[start])


# Rows of set AE still coded wrong, by the start of their sentence, with the reason; every other
# row of the set must stay right.
AE_KNOWN_GAPS = {
    "Turkey said it would retaliate equally": (
        "the retaliation's target names no party ('any country'), and the sanctioned banks' "
        "Turkey is read as its recipient"
    ),
    "Voters in Ecuador will find out": (
        "an agentless approval in a 'whether' clause is coded as the constitution's endorsement"
    ),
    "Germany's finance minister dismissed the idea": (
        "a rejection of an idea no party put forward is given the rejecter's own state as recipient"
    ),
    "According to the Chinese foreign ministry": (
        "the sale that the disappointing decision names outranks the disappointment at it"
    ),
    "The declaration by Ecuador of a state of emergency": (
        "a state of emergency named by a noun of declaring has no pattern (only the verb "
        "'declared' codes one), so the clashes it followed are the event"
    ),
    "Nigeria's president conferred national honours": (
        "the parser reads 'honours' as a verb, so no pattern of conferring an honour matches"
    ),
}


# Rows of set AF still coded wrong, by the start of their sentence, with the reason; every other
# row of the set must stay right.
AF_KNOWN_GAPS = {
    "Speaking to reporters after a cabinet meeting": (
        "a cabinet meeting named only as the time of a statement is coded as a consultation "
        "with nobody"
    ),
    "The Irish Republican Army disclaimed": (
        "'disclaim' is no denial in the lexicon, so the killing the role is denied in is "
        "coded (and 'denied any role' reads REJECT 120, against the written 016 convention)"
    ),
    "The Kuwaiti emir, in a letter": (
        "the help sought is 'the world body's help': its possessor names no recipient"
    ),
    "Opposition leaders in Kenya petitioned": (
        "the legalisation in the infinitive outranks the verb 'petition', which loses its actors"
    ),
    "Bonn stands ready to work with Warsaw": (
        "the readiness is the capital's, while the speaker named is Kohl in the attribution: "
        "no actor is taken from it"
    ),
    "Japan and China will jointly develop": (
        "'develop' is no trigger, so the talks of the 'after' phrase are on top"
    ),
    "Albania is keen to re-establish": (
        "'re-establish relations' is no trigger, so the relations 'broken off' in the "
        "participle are on top"
    ),
    "Tokyo earmarked 300 million dollars": (
        "money earmarked reads as aid given (AID), not as a promise, and Cambodia in the "
        "'for' phrase is no recipient"
    ),
    "South Korea's ruling party chairman": (
        "'committed himself to direct elections' is no trigger, so the participle 'bowing to'"
        " (CONCEDE) is on top"
    ),
    "Jordan's King Hussein signalled": (
        "the willingness is read (AGREE 036), but its pronoun subject 'he' is not resolved to "
        "the king in the clause of 'signalled'"
    ),
    "Negotiators from Britain and China wrapped up": (
        "the negotiators' 'from' phrase is not read as the bargaining's parties"
    ),
    "Yasser Arafat travelled to Arab capitals": (
        "the journey is coded as a visit; the purpose clause 'to drum up support' ranks below it"
    ),
    "Former Argentine President Isabel Peron": (
        "'bore no grudge' is no trigger, so the ousting in the relative clause is on top"
    ),
    "Moscow and Washington put their signatures": (
        "the signatures' noun trigger takes no actors from the conjoined subject"
    ),
    "American and Egyptian paratroopers carried out": (
        "'joint landings' read as a deployment (MOBILIZE), and the conjoined demonyms give no"
        " actors"
    ),
    "Colombia put a reputed financier": (
        "'put on a plane to face charges' is no extradition pattern; the charges are on top, "
        "read as U.S. accusations"
    ),
    "The World Food Programme airdropped": (
        "the 'over famine areas of southern Sudan' phrase is no goal of the airdrop"
    ),
    "India flew 3,000 troops into Sri Lanka": (
        "troops flown in to police an accord read as a deployment (MOBILIZE 154, the "
        "convention for forces entering to keep order), not peacekeeping provided (074)"
    ),
    "Syrian troops vacated their positions": (
        "the recipient of a withdrawal from 'the hills above Beirut' is read as the troops' "
        "own state"
    ),
    "The U.N. war crimes tribunal began gathering": (
        "the 'by Bosnian Serb forces' phrase inside the evidence's topic is not read as its "
        "recipient"
    ),
    "The Security Council ordered Iraq": (
        "an order's infinitive is coded as the act by whoever gives it (directive verbs), "
        "here the destruction of weapons, not a demand on Iraq"
    ),
    "Beijing took strong exception": (
        "the Dalai Lama of the meeting's 'between' phrase is coded CHN and kept as a recipient"
    ),
    "The Iranian leadership mounted a campaign": (
        "the pattern 'turn opinion against' does not reach the verb inside the campaign's "
        "infinitive"
    ),
    "Burma's military rulers ruled out": (
        "'any transfer of power' is no event noun, so nothing is ruled out"
    ),
    "Police throughout Northern Ireland stepped up": (
        "a domestic alert keeps the police's own state as recipient"
    ),
    "Kenya put its mediation between": (
        "the parser hangs 'on hold' on 'rebels', so the pattern 'put mediation on hold' does "
        "not match"
    ),
    "Greek police bundled 300 illegal Albanian": (
        "'bundled onto buses and drove them back across the border' is no deportation pattern"
    ),
    "Members of the Revolutionary Armed Forces": ("'carried off' a person is no abduction pattern"),
    "Iraq transferred British and American hostages": (
        "the human shield of the purpose clause takes no parties from the main verb"
    ),
    "Iraqi troops cut off food and fuel supplies": (
        "supplies cut off read as aid reduced (SANCTION), not as a blockade (191)"
    ),
}


def _ae_known_gap(probe: CameoProbe) -> str | None:
    return next((why for start, why in AE_KNOWN_GAPS.items() if probe.text.startswith(start)), None)


def test_set_ae_rows_stay_right_but_its_known_gaps(outcomes: list[Outcome]) -> None:
    rows = [o for o in outcomes if o.probe.set == "AE"]
    assert len(rows) >= 64
    wrong = [o.probe.text for o in rows if not o.record_right and _ae_known_gap(o.probe) is None]
    assert wrong == []


@pytest.mark.parametrize("start", sorted(AE_KNOWN_GAPS))
def test_set_ae_known_gaps(outcomes: list[Outcome], start: str) -> None:
    rows = [o for o in outcomes if o.probe.set == "AE" and o.probe.text.startswith(start)]
    assert len(rows) == 1
    if not rows[0].record_right:
        pytest.xfail(AE_KNOWN_GAPS[start])


def _af_known_gap(probe: CameoProbe) -> str | None:
    return next((why for start, why in AF_KNOWN_GAPS.items() if probe.text.startswith(start)), None)


def test_set_af_rows_stay_right_but_its_known_gaps(outcomes: list[Outcome]) -> None:
    rows = [o for o in outcomes if o.probe.set == "AF"]
    assert len(rows) == 148
    wrong = [o.probe.text for o in rows if not o.record_right and _af_known_gap(o.probe) is None]
    assert wrong == []


@pytest.mark.parametrize("start", sorted(AF_KNOWN_GAPS))
def test_set_af_known_gaps(outcomes: list[Outcome], start: str) -> None:
    rows = [o for o in outcomes if o.probe.set == "AF" and o.probe.text.startswith(start)]
    assert len(rows) == 1
    if not rows[0].record_right:
        pytest.xfail(AF_KNOWN_GAPS[start])


# Rows of set AG still coded wrong, by the start of their sentence, with the reason; every other
# row of the set must stay right.
AG_KNOWN_GAPS = {
    "Peru's President Alberto Fujimori": (
        "a request 'put in' by an appositive's head leaves the actor uncoded: the light "
        "verb's subject is not read through the apposition"
    ),
    "Nigeria's military ruler, General Sani Abacha, vowed": (
        "'hand the country a new constitution' is no trigger, so the vow states nothing"
    ),
    "Prime Minister Yitzhak Rabin told the cabinet": (
        "'could free' is read as the release done (RETREAT), not as a stated readiness to yield"
    ),
    "Ecuador promised on Friday to abide by": (
        "'abide by' a ruling is a concession in the CAMEO dictionary (080), so the promise is"
        " CONCEDE, not an intent to settle"
    ),
    "Sudan's government said on Monday it would welcome": (
        "welcoming an initiative is praise (051); a future welcome of mediation is not read "
        "as accepting it"
    ),
    "France threw its support behind": (
        "the type is right; 'German unification' names no recipient for the role stage"
    ),
    "The White House stood up for Israel": (
        "the type is right; the recipient is taken from 'the PLO headquarters' in the "
        "criticism's phrase, not from 'for Israel'"
    ),
    "Argentina's foreign minister toured": (
        "the tour is coded as a visit; the purpose clause 'to muster backing' ranks below it "
        "(as set AF's 'to drum up support')"
    ),
    "Seoul switched its diplomatic recognition": (
        "the type is right; 'from Taipei to Beijing' gives no recipient"
    ),
    "President Bill Clinton personally said sorry": (
        "the type is right; the recipient is taken from NATO in the 'for' phrase, not from "
        "Jiang Zemin after 'to'"
    ),
    "Mozambique's President Joaquim Chissano extended an amnesty": (
        "an amnesty reads as an easing (CONCEDE) rather than forgiveness (056)"
    ),
    "Indian and American warships sailed together": (
        "joint exercises told by 'sailed together in' read as a show of force with no "
        "parties, not military cooperation"
    ),
    "Pakistan surrendered Ramzi Yousef": (
        "surrendering a wanted man to another state's agents reads as a concession or return "
        "(RETREAT), not as an extradition"
    ),
    "France kept the Rwandan army stocked": (
        "'kept X stocked with' arms is no giving pattern; the arms are read as trade with no "
        "parties"
    ),
    "North Korea backed down on Monday": (
        "the type is right; the recipient is North Korea's own, not the inspectors of the "
        "later participle"
    ),
    "Chile's military government allowed opposition parties to hold rallies": (
        "the rallies allowed are coded as a protest; permission for dissent is not read as "
        "easing it (082)"
    ),
    "Iraq let 21 Kuwaiti prisoners of war go home": (
        "'let ... go home' reads as permission (CONCEDE), not as a release (0841)"
    ),
    "Iraq granted U.N. arms inspectors": (
        "the parser hangs 'access' on 'unrestricted' (read as a verb), so the pattern of "
        "inspectors granted access misses and the deal's broker outranks it"
    ),
    "India thinned out its troops": (
        "the type is right; 'along the Pakistani frontier' gives no recipient"
    ),
    "A U.N. fact-finding mission arrived": (
        "the arrival is coded as a visit; the purpose clause 'to establish the facts' ranks "
        "below it"
    ),
    "Human Rights Watch is documenting": (
        "the type is right; Human Rights Watch is coded as no actor in a clause of 'documenting'"
    ),
    "The Pentagon convened a board of investigation": (
        "the type is right; the shooting down in the purpose clause names no target of the inquiry"
    ),
    "The Organisation of American States told Peru and Ecuador": (
        "the type is right; only the first of the conjoined addressees of 'told' is the recipient"
    ),
    "Iran's Ayatollah Khomeini sought on Friday to turn": (
        "the pattern 'turn opinion against' does not cover 'turn the Moslem world against' "
        "(as set AF's campaign)"
    ),
    "Turkey's parliament declared on Thursday": (
        "the type is right; the threat told by the noun 'cause for war' in a clause of "
        "'declared' takes no parties"
    ),
    "The United Nations Security Council set January 15": (
        "a date set 'by which Iraq must leave ... or face' is no ultimatum in the lexicon"
    ),
    "Hundreds of thousands of Hong Kong people turned out": (
        "'turned out in a show of anger' is no protest; the crackdown in its phrase is coded"
    ),
    "More than 100,000 East Germans thronged": (
        "the type is right; the recipient is read from Leipzig as a place of 2000 (DEU), not "
        "from the East Germans' own state"
    ),
    "Hundreds of leftist prisoners in Turkish jails were in the fourth week of a fast": (
        "the parser hangs 'against their transfer' on 'were', not on 'fast', so the fast's "
        "pattern misses"
    ),
    "French lorry drivers jammed motorways": (
        "the type is right; the lorry drivers are not coded as French by the actor stage"
    ),
    "Pakistan drafted thousands of extra paramilitary Rangers": (
        "'drafted into' is no deployment; the ethnic killings of the 'after' phrase are coded"
    ),
    "Iraq moved two Republican Guard divisions": (
        "the type is right; the recipient is the source's U.S. officials, not Kuwait in 'the "
        "Kuwaiti border'"
    ),
    "New Zealand scaled back its relations": (
        "the type is right; Fiji in 'Fiji's military regime' after 'with' is not read as recipient"
    ),
    "Chinese authorities made dozens of Tibetan nuns sign": (
        "'made X sign statements denouncing' codes the denunciation, not the coercion"
    ),
    "Malaysian police burst into the home": (
        "'led him away' is a conjunct whose subject the pattern does not read from 'burst'"
    ),
    "Malaysia shipped thousands of Indonesian illegal workers home": (
        "'thousands of' deportees raise the deportation to a mass expulsion (201, ASSAULT)"
    ),
    "ELN guerrillas forced an Avianca airliner to land": (
        "forcing an airliner to land reads as coercion, not a hijacking (181)"
    ),
    "A truck packed with explosives rammed": (
        "the type is right; 'the U.S. Marine barracks' is a place noun the role stage gives "
        "no recipient"
    ),
    "Bosnian Serbs chained captured U.N. peacekeepers": (
        "the type is right; the peacekeepers are read as actor, the Bosnian Serbs not coded"
    ),
    "Croatian Serb gunners ignored a U.N.-brokered ceasefire": (
        "ignoring a ceasefire is a refusal to de-escalate (REJECT 1246), ranked before the "
        "shelling of the second conjunct"
    ),
    "The Khmer Rouge worked and starved to death": (
        "'starved to death' with an object is no killing in the lexicon (a verb whose "
        "intransitive use is a famine's)"
    ),
    "Bhutan forced out some 100,000 ethnic Nepalis": (
        "'forced out' is read as coercion (17x), not as a mass expulsion (201)"
    ),
}


# Rows of set AH still coded wrong, by the start of their sentence, with the reason.
AH_KNOWN_GAPS = {
    "Black trade unions in South Africa petitioned": (
        "the parser tags 'petitioned' as a proper noun and makes it the root, so it is no verb "
        "of appeal; the release in the infinitive is on top"
    ),
    "Youths went on the rampage in the Nigerian city": (
        "a rampage gone on is no crowd's act unless its doers are a crowd, and 'youths' are "
        "none, so the burning of churches in the participle is on top (ASSAULT)"
    ),
    "Communist deputies in the Ukrainian parliament": (
        "the protest is read, but 'Communist deputies in the Ukrainian parliament' is coded "
        "as no actor"
    ),
}


def _ag_known_gap(probe: CameoProbe) -> str | None:
    return next((why for start, why in AG_KNOWN_GAPS.items() if probe.text.startswith(start)), None)


def test_set_ag_rows_stay_right_but_its_known_gaps(outcomes: list[Outcome]) -> None:
    rows = [o for o in outcomes if o.probe.set == "AG"]
    assert len(rows) == 138
    wrong = [o.probe.text for o in rows if not o.record_right and _ag_known_gap(o.probe) is None]
    assert wrong == []


@pytest.mark.parametrize("start", sorted(AG_KNOWN_GAPS))
def test_set_ag_known_gaps(outcomes: list[Outcome], start: str) -> None:
    rows = [o for o in outcomes if o.probe.set == "AG" and o.probe.text.startswith(start)]
    assert len(rows) == 1
    if not rows[0].record_right:
        pytest.xfail(AG_KNOWN_GAPS[start])


def test_set_ah_rows_stay_right_but_its_known_gaps(outcomes: list[Outcome]) -> None:
    rows = [o for o in outcomes if o.probe.set == "AH"]
    assert len(rows) == 51
    wrong = [
        o.probe.text
        for o in rows
        if not o.record_right and not any(o.probe.text.startswith(s) for s in AH_KNOWN_GAPS)
    ]
    assert wrong == []


# Rows of set AI still coded wrong, by the start of their sentence, with the reason.
AI_KNOWN_GAPS = {
    "A charity based in Switzerland": (
        "'charity' is no agent noun, so the body based in a state is no actor"
    ),
    "A think tank based in Washington": (
        "'think tank' is no agent noun, so the body based in a state is no actor"
    ),
}


def test_set_ai_rows_stay_right_but_its_known_gaps(outcomes: list[Outcome]) -> None:
    rows = [o for o in outcomes if o.probe.set == "AI"]
    assert len(rows) >= 20
    wrong = [
        o.probe.text
        for o in rows
        if not o.record_right and not any(o.probe.text.startswith(s) for s in AI_KNOWN_GAPS)
    ]
    assert wrong == []


# Rows of set AJ still coded wrong, by the start of their sentence, with the reason.
AJ_KNOWN_GAPS: dict[str, str] = {
    "Amnesty International said on Wednesday it had documented": (
        "the type is right; the pronoun 'it' is resolved to Indonesia, not to Amnesty, and East "
        "Timor is read as TLS, not as Indonesia's in 2000"
    ),
    "Human rights groups documented": (
        "the type is right; 'human rights groups' named by no name are coded as no actor"
    ),
}


def test_set_aj_rows_stay_right_but_its_known_gaps(outcomes: list[Outcome]) -> None:
    rows = [o for o in outcomes if o.probe.set == "AJ"]
    assert len(rows) == 25
    wrong = [
        o.probe.text
        for o in rows
        if not o.record_right and not any(o.probe.text.startswith(s) for s in AJ_KNOWN_GAPS)
    ]
    assert wrong == []
