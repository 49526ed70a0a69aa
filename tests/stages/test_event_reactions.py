"""Reactions to an act told before, aimed at whoever did that act (``event_reactions``)."""

from __future__ import annotations

from dyads.api import code_text


def _reactions(text: str, date: str = "2024-07-19") -> list[tuple[str, str | None]]:
    coded = code_text(text, date)
    return [
        (e.event, e.recipient.code if e.recipient else None)
        for e in coded.events
        if e.event in ("ACCUSE", "SUPPORT", "REJECT") and e.actor is not None
    ]


def test_a_verdict_condemned_is_aimed_at_the_court_that_gave_it() -> None:
    text = (
        "A Moscow court on Friday sentenced the American reporter to 16 years in prison. "
        "The White House condemned the verdict."
    )
    assert ("ACCUSE", "RUS") in _reactions(text)


def test_an_attack_condemned_is_aimed_at_its_doer_not_at_home() -> None:
    text = (
        "Hamas gunmen attacked an army post near Gaza on Monday, killing two soldiers. "
        "Egypt condemned the attack."
    )
    assert _reactions(text) == [("ACCUSE", "PSE")]


def test_an_act_with_its_own_party_or_of_the_reactors_state_is_left() -> None:
    text = "Hamas gunmen attacked an army post near Gaza. Egypt condemned Israel's response."
    assert ("ACCUSE", "PSE") not in _reactions(text)
    text = "Egyptian police raided a mosque in Cairo. Egypt's president praised the raid."
    praise = [e for e in code_text(text, "2024-07-19").events if e.event == "SUPPORT"]
    assert praise and all(e.recipient is None or e.recipient.sector != "COP" for e in praise)


def test_an_agreement_welcomed_is_aimed_at_a_party_that_signed_it() -> None:
    text = (
        "Ethiopia's government and the rebels signed a peace agreement in Pretoria on Wednesday."
        " The United Nations welcomed the agreement."
    )
    assert ("SUPPORT", "ETH") in _reactions(text, "2022-11-02")


def test_a_deal_welcomed_is_aimed_at_its_parties_not_at_those_who_praised_it() -> None:
    text = (
        "Iran and Saudi Arabia agreed on Friday to restore diplomatic relations. Wang Yi, China's"
        " top diplomat, hailed it. The United States welcomed the deal."
    )
    reactions = _reactions(text, "2023-03-10")
    assert ("SUPPORT", "CHN") not in reactions
    assert ("SUPPORT", "SAU") in reactions or ("SUPPORT", "IRN") in reactions


def test_a_reaction_to_the_leads_act_named_by_the_same_word_is_aimed_at_its_doer() -> None:
    text = (
        "NATO warplanes struck military targets across Yugoslavia on Wednesday night, alliance "
        "officials said. The strikes were the first attack on a sovereign European state in the "
        "alliance's fifty years, its secretary-general said in a long statement to the press. "
        "Yugoslav anti-aircraft batteries opened fire on the attacking planes, witnesses in "
        "the capital said. The Yugoslav government declared a state of war. "
        "Russian President Boris Yeltsin condemned the strikes as open aggression."
    )
    condemned = [e for e in code_text(text, "1999-03-24").events if e.event == "ACCUSE" and e.actor]
    assert condemned and condemned[-1].recipient is not None
    assert condemned[-1].recipient.code == "IGOWSTNAT"


def test_a_demand_to_end_an_act_told_before_is_aimed_at_its_doer() -> None:
    text = "Israeli jets bombed Beirut on Monday. France demanded an end to the bombing."
    demands = [e for e in code_text(text, "2006-07-17").events if e.event == "REQUEST"]
    assert demands and demands[0].recipient is not None
    assert demands[0].recipient.code == "ISR"


def test_opposing_a_test_told_before_is_aimed_at_who_carried_it_out() -> None:
    text = (
        "Pakistan carried out its first nuclear test on Thursday. China said it resolutely "
        "opposes the test. Japan's prime minister called the test a grave threat."
    )
    reactions = [e for e in code_text(text, "1998-05-28").events if e.event == "ACCUSE" and e.actor]
    assert len(reactions) == 2
    assert all(e.recipient is not None and e.recipient.code == "PAK" for e in reactions)


def test_a_resolution_rejected_is_aimed_at_the_body_that_passed_it() -> None:
    text = (
        "The U.N. Security Council demanded that Israel halt settlement building. "
        "Israel rejected the resolution."
    )
    rejected = [e for e in code_text(text, "2016-12-23").events if e.event == "REJECT"]
    assert rejected and rejected[0].recipient is not None
    assert rejected[0].recipient.code == "IGOUNO"


def test_the_attack_condemned_is_the_leads_not_a_claim_told_later() -> None:
    text = (
        "Azerbaijani forces shelled Armenian border villages on Sunday, killing two civilians, "
        "Armenia's defence ministry said. Azerbaijan's defence ministry said Armenia had fired "
        "first. France condemned the attack."
    )
    condemned = [e for e in code_text(text, "2020-09-28").events if e.event == "ACCUSE"]
    assert condemned and condemned[-1].recipient is not None
    assert condemned[-1].recipient.code == "AZE"


def test_fire_returned_is_aimed_at_whoever_fired() -> None:
    text = "Pakistani troops shelled Indian border posts on Saturday. Indian troops returned fire."
    returned = [e for e in code_text(text, "2018-01-20").events if e.trigger == "returned fire"]
    assert returned and returned[0].recipient is not None
    assert returned[0].recipient.code == "PAK"


def test_a_vote_welcomed_is_aimed_at_the_body_that_voted_not_at_who_asked_for_it() -> None:
    text = (
        "The U.N. Security Council voted on Friday to end the peacekeeping mission in Mali "
        "after the country's military junta demanded that the troops leave. "
        "Russia welcomed the vote."
    )
    assert ("SUPPORT", "IGOUNO") in _reactions(text, "2023-07-01")
    condemned = "The European Parliament voted on Wednesday to suspend talks with Turkey. "
    assert ("ACCUSE", "IGOEURPAR") in _reactions(condemned + "Turkey condemned the vote.")


def test_a_vote_no_verb_of_voting_told_names_no_party() -> None:
    text = "Iraq held a referendum on Sunday. The United States welcomed the vote."
    assert ("SUPPORT", None) in _reactions(text, "2005-10-17")


def test_an_act_told_before_and_judged_wrong_is_aimed_at_its_doer() -> None:
    text = (
        "The Security Council imposed sanctions on Pyongyang on Friday. "
        "North Korea said the sanctions were illegal."
    )
    assert ("ACCUSE", "IGOUNO") in _reactions(text, "2016-03-05")
