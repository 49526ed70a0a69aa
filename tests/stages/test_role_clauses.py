"""Tests for recipients named in the clauses around a trigger."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.role_clauses import (
    captor_agents,
    cause_parties,
    clause_parties,
    condition_parties,
    content_subjects,
    passive_agents,
    result_clauses,
    subject_accusers,
    threatened_parties,
)

from .event_helpers import PartySpec, codes, token
from .role_helpers import index_of


def test_a_when_clause_gives_a_cause(nlp: Language) -> None:
    doc = nlp("When Syrian troops massed near the border, Turkey put its army on alert.")
    index = index_of(doc, [("Syrian troops", "SYR", "MIL"), ("Turkey", "TUR")])
    assert codes(cause_parties(token(doc, "put"), index)) == ["SYR"]


def test_a_clause_of_time_without_a_cause_word_gives_none(nlp: Language) -> None:
    doc = nlp("Turkey put its army on alert, and Syrian troops massed near the border.")
    index = index_of(doc, [("Syrian troops", "SYR", "MIL"), ("Turkey", "TUR")])
    assert cause_parties(token(doc, "put"), index) == []


def test_an_infinitive_governed_by_the_purpose_names_its_parties(nlp: Language) -> None:
    doc = nlp("Serbia threatened to stop cooperating with the OSCE mission.")
    index = index_of(doc, [("Serbia", "SRB"), ("OSCE", "IGOOSC")])
    stop = token(doc, "stop")
    assert stop.head.text == "threatened"
    assert codes(clause_parties(stop, index)) == ["IGOOSC"]


def test_a_withdrawal_names_the_party_left_before_the_forces_withdrawn(nlp: Language) -> None:
    doc = nlp("Russia agreed to pull its remaining Russian troops out of Moldova.")
    specs: list[PartySpec] = [
        ("Russia", "RUS"),
        ("Russian troops", "RUS", "MIL"),
        ("Moldova", "MDA"),
    ]
    index = index_of(doc, specs)
    assert codes(clause_parties(token(doc, "pull"), index)) == ["MDA", "RUS"]


def test_the_agent_of_a_participle_describing_captives_holds_them(nlp: Language) -> None:
    doc = nlp("Fifteen Indian fishermen arrested by Sri Lanka's navy were released on Sunday.")
    index = index_of(doc, [("Indian fishermen", "IND", "CVL"), ("Sri Lanka's navy", "LKA", "MIL")])
    assert codes(captor_agents(token(doc, "fishermen"), index)) == ["LKA"]


def test_captives_no_participle_describes_have_no_captors(nlp: Language) -> None:
    doc = nlp("Fifteen Indian fishermen were released by Sri Lanka's navy on Sunday.")
    index = index_of(doc, [("Indian fishermen", "IND", "CVL"), ("Sri Lanka's navy", "LKA", "MIL")])
    assert captor_agents(token(doc, "fishermen"), index) == []


def test_a_denied_charge_answers_the_accuser_a_clause_on_the_subject_names(nlp: Language) -> None:
    text = "Syria, which Israel accuses of arming Hezbollah, denied the charges."
    doc = nlp(text)
    index = index_of(doc, [("Syria", "SYR"), ("Israel", "ISR"), ("Hezbollah", "LBN", "REB")])
    assert codes(subject_accusers(token(doc, "denied"), index)) == ["ISR"]
    # Denying something else, or a clause that makes no charge, names no accuser.
    doc = nlp("Syria, which Israel accuses of arming Hezbollah, denied entry to the envoy.")
    index = index_of(doc, [("Syria", "SYR"), ("Israel", "ISR"), ("Hezbollah", "LBN", "REB")])
    assert subject_accusers(token(doc, "denied"), index) == []
    doc = nlp("Syria, which Israel fought in 1973, denied the charges.")
    index = index_of(doc, [("Syria", "SYR"), ("Israel", "ISR")])
    assert subject_accusers(token(doc, "denied"), index) == []


def test_the_party_a_denied_charge_is_about_is_no_content_subject(nlp: Language) -> None:
    doc = nlp("Chile dismissed claims that Bolivian troops had crossed the border.")
    index = index_of(doc, [("Chile", "CHL"), ("Bolivian troops", "BOL", "MIL")])
    assert content_subjects(token(doc, "dismissed"), index) == []


def test_the_subject_of_a_demand_clause_is_a_content_subject(nlp: Language) -> None:
    doc = nlp("Chile made demands that Bolivian troops leave the border.")
    index = index_of(doc, [("Chile", "CHL"), ("Bolivian troops", "BOL", "MIL")])
    assert codes(content_subjects(token(doc, "made"), index)) == ["BOL"]


def test_the_agent_of_a_passive_demand_clause_comes_before_its_subject(nlp: Language) -> None:
    doc = nlp("Laos demanded that the Laotian prisoners be released by Thailand.")
    specs: list[PartySpec] = [("Laos", "LAO"), ("Laotian prisoners", "LAO"), ("Thailand", "THA")]
    assert codes(content_subjects(token(doc, "demanded"), index_of(doc, specs))) == ["THA", "LAO"]


def test_the_agent_of_a_passive_wish_is_whom_it_is_made_of(nlp: Language) -> None:
    doc = nlp("Peru wants the fines to be paid by Ecuador.")
    index = index_of(doc, [("Peru", "PER"), ("Ecuador", "ECU")])
    assert codes(passive_agents(token(doc, "paid"), index)) == ["ECU"]


def test_an_active_clause_has_no_passive_agent(nlp: Language) -> None:
    doc = nlp("Peru wants Ecuador to pay the fines.")
    index = index_of(doc, [("Peru", "PER"), ("Ecuador", "ECU")])
    assert passive_agents(token(doc, "pay"), index) == []


def test_a_clause_of_sale_names_the_buyer_before_the_company_sold(nlp: Language) -> None:
    doc = nlp("Siemens agreed to sell Nokia to Geely.")
    index = index_of(doc, [("Siemens", "DEU", "BUS"), ("Nokia", "FIN", "BUS"), ("Geely", "CHN")])
    assert codes(clause_parties(token(doc, "sell"), index))[:1] == ["CHN"]


def test_a_subject_folded_into_a_bare_verb_read_as_a_noun_is_a_content_subject(
    nlp: Language,
) -> None:
    doc = nlp("Chile demanded that the Peruvian army act against the smugglers.")
    index = index_of(doc, [("Chile", "CHL"), ("Peruvian army", "PER", "MIL")])
    clause = token(doc, "act")
    assert clause.dep_ == "ccomp" and clause.pos_ in ("NOUN", "PROPN")  # the parse it fixes
    assert codes(content_subjects(token(doc, "demanded"), index)) == ["PER"]


def test_a_noun_object_with_modifiers_is_no_folded_subject(nlp: Language) -> None:
    doc = nlp("Chile praised the Peruvian navy act of restraint.")
    index = index_of(doc, [("Chile", "CHL"), ("Peruvian navy", "PER", "MIL")])
    assert content_subjects(token(doc, "praised"), index) == []


def test_the_against_party_of_the_threatened_act_is_threatened(nlp: Language) -> None:
    doc = nlp("Armenia warned it would take firm measures against Azerbaijan.")
    index = index_of(doc, [("Armenia", "ARM"), ("Azerbaijan", "AZE")])
    assert codes(threatened_parties(token(doc, "warned"), index)) == ["AZE"]
    doc = nlp("Armenia warned it would hold talks with Azerbaijan.")
    index = index_of(doc, [("Armenia", "ARM"), ("Azerbaijan", "AZE")])
    assert threatened_parties(token(doc, "warned"), index) == []


def test_the_party_a_warned_act_is_conditioned_on_is_threatened(nlp: Language) -> None:
    specs: list[PartySpec] = [("Iran", "IRN"), ("Tehran", "IRN"), ("Israeli drones", "ISR", "MIL")]
    doc = nlp("Iran warned that Tehran would respond if Israeli drones kept entering its airspace.")
    assert codes(threatened_parties(token(doc, "warned"), index_of(doc, specs))) == ["ISR"]
    # The clause the parser hangs on "in a statement" is the warning's all the same.
    doc = nlp(
        "Iran warned in a televised statement that Tehran would respond if Israeli drones "
        "kept entering its airspace."
    )
    assert codes(threatened_parties(token(doc, "warned"), index_of(doc, specs))) == ["ISR"]
    # A condition on the warning itself is no act threatened.
    doc = nlp("Iran warned that Tehran was ready to talk, even if Israeli drones kept flying.")
    assert threatened_parties(token(doc, "warned"), index_of(doc, specs)) == []


def test_after_a_clause_read_as_a_noun_phrase_its_subject_gives_the_cause(nlp: Language) -> None:
    doc = nlp("India put its troops on high alert after infiltrators from Pakistan seized peaks.")
    index = index_of(doc, [("India", "IND"), ("Pakistan", "PAK")])
    assert codes(cause_parties(token(doc, "put"), index)) == ["PAK"]
    plain = nlp("India put its troops on high alert after talks with Pakistan.")
    index = index_of(plain, [("India", "IND"), ("Pakistan", "PAK")])
    assert cause_parties(token(plain, "put"), index) == []  # a meeting, no act that causes


def test_a_participle_of_prompting_states_no_result_on_a_target(nlp: Language) -> None:
    doc = nlp("Iraq massed troops near the border, prompting the United States to send ships.")
    assert result_clauses(token(doc, "massed")) == []
    hit = nlp("A bomb exploded in the market, killing two soldiers.")
    assert [c.text for c in result_clauses(token(hit, "exploded"))] == ["killing"]


def test_a_threat_the_threatener_carries_out_is_aimed_at_whom_it_is_done_to(
    nlp: Language,
) -> None:
    doc = nlp("Rafsanjani warned that Iran would attack U.S. warships in the Gulf.")
    specs: list[PartySpec] = [("Rafsanjani", "IRN", "LEG"), ("Iran", "IRN"), ("U.S.", "USA")]
    index = index_of(doc, specs)
    chosen = (index.actors_in(token(doc, "Rafsanjani"))[0],)
    assert codes(threatened_parties(token(doc, "warned"), index, chosen))[:1] == ["USA"]
    # Another state's act in the clause is no act of the threatener: its object is not aimed at.
    doc = nlp("Iran warned that Israel would attack Syrian positions.")
    index = index_of(doc, [("Iran", "IRN"), ("Israel", "ISR"), ("Syrian", "SYR")])
    chosen = (index.actors_in(token(doc, "Iran"))[0],)
    assert "SYR" not in codes(threatened_parties(token(doc, "warned"), index, chosen))


def test_a_threatened_act_names_its_target_before_the_condition(nlp: Language) -> None:
    doc = nlp("Iraq threatened to fire missiles at Israel if U.S. forces attacked.")
    index = index_of(doc, [("Iraq", "IRQ"), ("Israel", "ISR"), ("U.S. forces", "USA", "MIL")])
    chosen = (index.actors_in(token(doc, "Iraq"))[0],)
    assert codes(threatened_parties(token(doc, "threatened"), index, chosen))[:1] == ["ISR"]


def test_an_act_refused_until_another_party_acts_is_refused_to_it(nlp: Language) -> None:
    doc = nlp("Damascus would not resume talks until Israel agreed to withdraw.")
    index = index_of(doc, [("Damascus", "SYR"), ("Israel", "ISR")])
    assert codes(condition_parties(token(doc, "resume"), index)) == ["ISR"]
    done = nlp("The army shelled the camps until the rebels retreated.")
    index = index_of(done, [("army", "SYR", "MIL"), ("rebels", "SYR", "REB")])
    assert codes(condition_parties(token(done, "shelled"), index)) == []
