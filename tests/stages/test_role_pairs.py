"""Tests for parties referred back to as a pair ("the two leaders", "both sides", "they") and for
several actors on the same words ("the two countries")."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.role_pairs import is_pair_reference
from dyads.stages.roles import ActorIndex, subject_actors, verb_roles

from .event_helpers import PartySpec, actor, codes, token
from .role_helpers import index_of


def test_pair_words_need_both_or_the_two(nlp: Language) -> None:
    doc = nlp(
        "The two leaders met. Both sides agreed. Two leaders resigned. The neighbours agreed."
    )
    assert is_pair_reference(token(doc, "leaders"))
    assert is_pair_reference(token(doc, "sides"))
    second = [t for t in doc if t.text == "leaders"][1]
    assert not is_pair_reference(second)  # "Two leaders" without "the"
    assert is_pair_reference(token(doc, "neighbours"))


def test_the_two_leaders_are_the_actor_and_the_party_met(nlp: Language) -> None:
    text = "Kenya's president met Somalia's president in Nairobi. The two leaders agreed to talk."
    doc = nlp(text)
    index = index_of(doc, [("Kenya's president", "KEN"), ("Somalia's president", "SOM")])
    assert set(codes(subject_actors(token(doc, "agreed"), index))) == {"KEN", "SOM"}


def test_a_pair_noun_of_a_kind_says_what_of_each_state_is_meant(nlp: Language) -> None:
    specs: list[PartySpec] = [("Beijing", "CHN", "GOV"), ("Indian troops", "IND", "MIL")]
    text = "Beijing blamed Indian troops for the clash. The two countries agreed to talk."
    doc = nlp(text)
    found = subject_actors(token(doc, "agreed"), index_of(doc, specs))
    assert {(a.code, a.sector) for a in found} == {("CHN", None), ("IND", None)}
    text = "Beijing blamed Indian troops for the clash. The two governments agreed to talk."
    doc = nlp(text)
    found = subject_actors(token(doc, "agreed"), index_of(doc, specs))
    assert {(a.code, a.sector) for a in found} == {("CHN", "GOV"), ("IND", "GOV")}
    # "both sides" keeps the parties' own sectors.
    text = "Beijing blamed Indian troops for the clash. Both sides agreed to talk."
    doc = nlp(text)
    found = subject_actors(token(doc, "agreed"), index_of(doc, specs))
    assert {(a.code, a.sector) for a in found} == {("CHN", "GOV"), ("IND", "MIL")}


def test_the_pair_named_together_comes_before_other_parties(nlp: Language) -> None:
    text = "The U.N. said Israeli and Syrian negotiators met in Geneva. Both sides agreed to talk."
    doc = nlp(text)
    index = index_of(doc, [("U.N.", "IGOUNO", "IGO"), ("Israeli", "ISR"), ("Syrian", "SYR")])
    assert set(codes(subject_actors(token(doc, "agreed"), index))) == {"ISR", "SYR"}


def test_whoever_only_reports_is_not_one_of_the_pair(nlp: Language) -> None:
    text = "Putin spoke with Kim, the Kremlin said. The two leaders agreed to meet."
    doc = nlp(text)
    index = index_of(doc, [("Putin", "RUS"), ("Kim", "PRK"), ("Kremlin", "RUS")])
    assert set(codes(subject_actors(token(doc, "agreed"), index))) == {"RUS", "PRK"}


def test_brokers_named_by_a_participle_are_not_the_pair(nlp: Language) -> None:
    text = "Chad and Sudan held talks in Doha brokered by Qatar and Egypt. Both sides agreed."
    doc = nlp(text)
    specs: list[PartySpec] = [("Chad", "TCD"), ("Sudan", "SDN"), ("Qatar", "QAT"), ("Egypt", "EGY")]
    index = index_of(doc, specs)
    assert set(codes(subject_actors(token(doc, "agreed"), index))) == {"TCD", "SDN"}


def test_two_sides_of_one_state_differ_by_sector(nlp: Language) -> None:
    text = "Ghana hosted talks between the Malian army and Tuareg rebels. Both sides agreed."
    doc = nlp(text)
    specs: list[PartySpec] = [
        ("Ghana", "GHA"),
        ("Malian army", "MLI", "MIL"),
        ("Tuareg rebels", "MLI", "REB"),
    ]
    sides = subject_actors(token(doc, "agreed"), index_of(doc, specs))
    assert sorted((a.code, a.sector) for a in sides) == [("MLI", "MIL"), ("MLI", "REB")]


def test_no_pair_in_view_leaves_the_reference_unresolved(nlp: Language) -> None:
    text = "The talks were long. Both sides agreed to meet again."
    doc = nlp(text)
    assert subject_actors(token(doc, "agreed"), index_of(doc, [])) == []


def test_pair_found_too_far_back_is_not_taken(nlp: Language) -> None:
    text = "Chad and Sudan met. It rained. The roads flooded. Crops failed. Both sides agreed."
    doc = nlp(text)
    index = index_of(doc, [("Chad", "TCD"), ("Sudan", "SDN")])
    assert subject_actors(token(doc, "agreed"), index) == []


def test_they_is_the_plural_subject_before_it(nlp: Language) -> None:
    text = "Peru and Ecuador held talks on Monday. They agreed to set up a commission."
    doc = nlp(text)
    index = index_of(doc, [("Peru", "PER"), ("Ecuador", "ECU")])
    assert set(codes(subject_actors(token(doc, "agreed"), index))) == {"PER", "ECU"}


def test_they_after_one_plural_party_is_that_party(nlp: Language) -> None:
    text = "Israeli troops entered the town on Monday. They arrested five men."
    doc = nlp(text)
    index = index_of(doc, [("Israeli troops", "ISR", "MIL")])
    assert codes(subject_actors(token(doc, "arrested"), index)) == ["ISR"]


def test_actors_on_the_same_words_are_all_actors(nlp: Language) -> None:
    text = "Peru and Ecuador met. The two countries signed a treaty."
    doc = nlp(text)
    pair = [actor(text, "The two countries", "PER"), actor(text, "The two countries", "ECU")]
    index = ActorIndex(doc, pair)
    assert set(codes(subject_actors(token(doc, "signed"), index))) == {"PER", "ECU"}


def test_each_other_makes_each_of_the_pair_the_others_recipient(nlp: Language) -> None:
    text = (
        "Chinese ships fired water cannon at a Philippine boat. The two sides accused each other."
    )
    doc = nlp(text)
    index = index_of(doc, [("Chinese ships", "CHN", "MIL"), ("Philippine", "PHL", None)])
    roles = verb_roles(token(doc, "accused"), index)
    assert set(codes(roles.actors)) == {"CHN", "PHL"}
    assert set(codes(roles.recipients)) == {"CHN", "PHL"}


def test_a_pair_addressed_is_two_recipients(nlp: Language) -> None:
    text = "Armenia and Azerbaijan fought on Tuesday. The United Nations urged both sides to stop."
    doc = nlp(text)
    specs: list[PartySpec] = [
        ("Armenia", "ARM"),
        ("Azerbaijan", "AZE"),
        ("United Nations", "IGOUNO", "IGO"),
    ]
    roles = verb_roles(token(doc, "urged"), index_of(doc, specs), addresses_content=True)
    assert set(codes(roles.recipients)) == {"ARM", "AZE"}


def test_an_exchange_between_joint_parties_goes_both_ways(nlp: Language) -> None:
    text = "Indian and Pakistani troops exchanged fire along the border."
    doc = nlp(text)
    roles = verb_roles(
        token(doc, "exchanged"), index_of(doc, [("Indian", "IND"), ("Pakistani", "PAK")])
    )
    assert set(codes(roles.recipients)) == {"IND", "PAK"}


def test_parties_named_in_passing_inside_a_noun_are_no_pair(nlp: Language) -> None:
    text = (
        "Putin spoke by phone with Kim on Monday. The agency made no mention of the Putin-Trump "
        "meeting. The two leaders discussed trade."
    )
    doc = nlp(text)
    specs: list[PartySpec] = [
        ("Putin", "RUS"),
        ("Kim", "PRK"),
        ("Putin", "RUS", "GOV", 1),
        ("Trump", "USA"),
    ]
    assert set(codes(subject_actors(token(doc, "discussed"), index_of(doc, specs)))) == {
        "RUS",
        "PRK",
    }


def test_a_source_named_by_according_to_is_not_one_of_the_pair(nlp: Language) -> None:
    text = (
        "According to South Korean officials, North Korean troops were sent to support Russian "
        "forces. The two countries have deepened their ties."
    )
    doc = nlp(text)
    specs: list[PartySpec] = [
        ("South Korean officials", "KOR"),
        ("North Korean troops", "PRK", "MIL"),
        ("Russian forces", "RUS", "MIL"),
    ]
    assert set(codes(subject_actors(token(doc, "deepened"), index_of(doc, specs)))) == {
        "PRK",
        "RUS",
    }
