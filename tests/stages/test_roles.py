"""Tests for actor and recipient from the dependency parse."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from dyads.records import Actor
from dyads.stages.roles import (
    ActorIndex,
    Roles,
    noun_roles,
    reporting_speakers,
    subject_actors,
    verb_roles,
)


def actor(text: str, needle: str, code: str, nth: int = 0, sector: str | None = "GOV") -> Actor:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Actor(
        text=needle, name=needle, code=code, sector=sector, span=(start, start + len(needle))
    )


def token(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


def codes(actors: tuple[Actor, ...] | list[Actor]) -> list[str | None]:
    return [a.code for a in actors]


def test_subject_and_object(nlp: Language) -> None:
    text = "Russian forces attacked Ukrainian positions near the river."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Russian forces", "RUS"), actor(text, "Ukrainian", "UKR")])
    roles = verb_roles(token(doc, "attacked"), index, theme_is_actor=False)
    assert codes(roles.actors) == ["RUS"]
    assert roles.recipient is not None and roles.recipient.code == "UKR"


def test_passive_with_agent(nlp: Language) -> None:
    text = "The convoy was attacked by rebels from Mali."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "convoy", "FRA"), actor(text, "rebels", "MLI")])
    roles = verb_roles(token(doc, "attacked"), index, theme_is_actor=False)
    assert codes(roles.actors) == ["MLI"]
    assert roles.recipient is not None and roles.recipient.code == "FRA"


def test_passive_deployment_makes_the_troops_the_actor(nlp: Language) -> None:
    text = "Thousands of Chadian troops were deployed to help Nigerian forces."
    doc = nlp(text)
    index = ActorIndex(
        doc, [actor(text, "Chadian troops", "TCD"), actor(text, "Nigerian forces", "NGA")]
    )
    roles = verb_roles(token(doc, "deployed"), index, theme_is_actor=True)
    assert codes(roles.actors) == ["TCD"]
    assert roles.recipient is not None and roles.recipient.code == "NGA"


def test_prepositional_recipient(nlp: Language) -> None:
    text = "The president spoke by phone with the Japanese prime minister."
    doc = nlp(text)
    index = ActorIndex(
        doc, [actor(text, "The president", "USA"), actor(text, "Japanese prime minister", "JPN")]
    )
    roles = verb_roles(token(doc, "spoke"), index, theme_is_actor=False)
    assert codes(roles.actors) == ["USA"]
    assert roles.recipient is not None and roles.recipient.code == "JPN"


def test_conjoined_subjects_give_one_actor_each(nlp: Language) -> None:
    text = "Senior Hungarian and Romanian officials agreed on Wednesday to cooperate."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Hungarian", "HUN"), actor(text, "Romanian", "ROU")])
    roles = verb_roles(token(doc, "agreed"), index, theme_is_actor=False)
    assert sorted(str(c) for c in codes(roles.actors)) == ["HUN", "ROU"]


def test_relative_clause_subject_is_the_antecedent(nlp: Language) -> None:
    text = "Police arrested the rebels, who attacked the village of Kaya last week."
    doc = nlp(text)
    index = ActorIndex(
        doc, [actor(text, "Police", "BFA"), actor(text, "the rebels", "BFA", sector="REB")]
    )
    assert codes(subject_actors(token(doc, "attacked"), index)) == ["BFA"]
    assert subject_actors(token(doc, "attacked"), index)[0].sector == "REB"


def test_possessive_and_with_on_an_event_noun(nlp: Language) -> None:
    text = "Macron told reporters about his meeting with the German chancellor."
    doc = nlp(text)
    his = actor(text, "his", "FRA")
    index = ActorIndex(
        doc, [actor(text, "Macron", "FRA"), his, actor(text, "German chancellor", "DEU")]
    )
    roles = noun_roles(token(doc, "meeting"), index)
    assert roles.actors == (his,)
    assert roles.recipient is not None and roles.recipient.code == "DEU"


def test_between_a_and_b(nlp: Language) -> None:
    text = "Talks between Egypt and Ethiopia resumed in Cairo."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Egypt", "EGY"), actor(text, "Ethiopia", "ETH")])
    roles = noun_roles(token(doc, "Talks"), index)
    assert codes(roles.actors) == ["EGY"]
    assert roles.recipient is not None and roles.recipient.code == "ETH"


def test_two_leaders_points_back_to_the_previous_pair(nlp: Language) -> None:
    text = "The two leaders discussed trade."
    doc = nlp(text)
    roles = verb_roles(
        token(doc, "discussed"),
        ActorIndex(doc, []),
        theme_is_actor=False,
    )
    assert roles.actors == ()
    assert roles.refers_to_previous_pair


def test_recipient_is_never_the_actor_itself(nlp: Language) -> None:
    text = "Putin reaffirmed cooperation between Moscow and Pyongyang."
    doc = nlp(text)
    index = ActorIndex(
        doc,
        [
            actor(text, "Putin", "RUS"),
            actor(text, "Moscow", "RUS"),
            actor(text, "Pyongyang", "PRK"),
        ],
    )
    roles = verb_roles(token(doc, "reaffirmed"), index, theme_is_actor=False)
    assert roles.recipient is not None and roles.recipient.code == "PRK"


def test_demand_addresses_the_subject_of_its_clause(nlp: Language) -> None:
    text = "Amnesty International demanded that the Egyptian government release the journalists."
    doc = nlp(text)
    index = ActorIndex(
        doc,
        [
            actor(text, "Amnesty International", "NGOAMN", sector="NGO"),
            actor(text, "Egyptian government", "EGY"),
        ],
    )
    verb = token(doc, "demanded")
    roles = verb_roles(verb, index, addresses_content=True)
    assert roles.recipient is not None and roles.recipient.code == "EGY"
    assert verb_roles(verb, index).recipient is None


def test_adjective_complement_takes_the_subject_of_its_clause(nlp: Language) -> None:
    text = "Brazil is willing to send doctors to Angola."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Brazil", "BRA"), actor(text, "Angola", "AGO")])
    assert codes(subject_actors(token(doc, "send"), index)) == ["BRA"]


def test_event_noun_under_a_light_verb_takes_its_subject(nlp: Language) -> None:
    text = "Egypt tightened the blockade of Gaza."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Egypt", "EGY"), actor(text, "Gaza", "PSE")])
    roles = noun_roles(token(doc, "blockade"), index)
    assert codes(roles.actors) == ["EGY"]
    assert roles.recipient is not None and roles.recipient.code == "PSE"


def test_helper_in_a_with_phrase_is_not_the_recipient(nlp: Language) -> None:
    text = "Egypt tightened the blockade of Gaza with Israel's help."
    doc = nlp(text)
    index = ActorIndex(
        doc,
        [actor(text, "Egypt", "EGY"), actor(text, "Gaza", "PSE"), actor(text, "Israel", "ISR")],
    )
    roles = noun_roles(token(doc, "blockade"), index)
    assert roles.recipient is not None and roles.recipient.code == "PSE"


def test_from_names_the_recipient_of_a_withdrawal_only_when_asked(nlp: Language) -> None:
    text = "Libyan troops withdrew from Chad on Monday."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Libyan troops", "LBY"), actor(text, "Chad", "TCD")])
    withdrew = token(doc, "withdrew")
    with_from = verb_roles(withdrew, index, source_is_recipient=True)
    assert with_from.recipient is not None and with_from.recipient.code == "TCD"
    assert verb_roles(withdrew, index).recipient is None


def test_coordinated_modifiers_name_one_actor_each(nlp: Language) -> None:
    text = "Senior Czech and Slovak officials agreed to meet."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Czech", "CZE"), actor(text, "Slovak officials", "SVK")])
    assert set(codes(subject_actors(token(doc, "agreed"), index))) == {"CZE", "SVK"}


def test_conjoined_recipients_are_all_kept(nlp: Language) -> None:
    text = "The Gambian president will visit Mauritania and Senegal."
    doc = nlp(text)
    index = ActorIndex(
        doc,
        [
            actor(text, "Gambian president", "GMB"),
            actor(text, "Mauritania", "MRT"),
            actor(text, "Senegal", "SEN"),
        ],
    )
    roles = verb_roles(token(doc, "visit"), index)
    assert [r.code for r in roles.recipients if r is not None] == ["MRT", "SEN"]


def test_no_recipient_gives_one_empty_recipient_slot(nlp: Language) -> None:
    text = "Chilean students marched."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Chilean students", "CHL", sector="CVL")])
    assert verb_roles(token(doc, "marched"), index).recipients == (None,)


def test_possessive_pronoun_in_reported_speech_is_the_speaker(nlp: Language) -> None:
    text = "Georgia said Russian jets had bombed its territory."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Georgia", "GEO"), actor(text, "Russian jets", "RUS")])
    roles = verb_roles(token(doc, "bombed"), index)
    assert codes(roles.actors) == ["RUS"]
    assert roles.recipient is not None and roles.recipient.code == "GEO"


def test_place_named_by_the_direct_object_stands_for_its_country(nlp: Language) -> None:
    text = "Serb forces shelled Sarajevo overnight."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Serb forces", "SRB", sector="MIL")])
    index.add_places([actor(text, "Sarajevo", "BIH", sector=None)])
    roles = verb_roles(token(doc, "shelled"), index)
    assert roles.recipient is not None and roles.recipient.code == "BIH"


def test_places_are_never_actors(nlp: Language) -> None:
    text = "Sarajevo was quiet and talks with Serbia began."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Serbia", "SRB")])
    index.add_places([actor(text, "Sarajevo", "BIH", sector=None)])
    assert index.actors_in(token(doc, "Sarajevo")) == []


def test_same_country_in_another_sector_is_another_party(nlp: Language) -> None:
    text = "French farmers blockaded Paris."
    doc = nlp(text)
    farmers = Actor(text="French farmers", name="France", code="FRA", sector="AGR", span=(0, 14))
    capital = Actor(text="Paris", name="France", code="FRA", sector="GOV", span=(25, 30))
    roles = verb_roles(token(doc, "blockaded"), ActorIndex(doc, [farmers, capital]))
    assert roles.actors == (farmers,)
    assert roles.recipient is capital


def test_clause_initial_actor_parsed_as_adverbial_is_the_subject(nlp: Language) -> None:
    text = "Sweden suspended aid to Somalia."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Sweden", "SWE"), actor(text, "Somalia", "SOM")])
    roles = verb_roles(token(doc, "suspended"), index)
    assert codes(roles.actors) == ["SWE"]
    assert roles.recipient is not None and roles.recipient.code == "SOM"


def test_an_official_owned_by_a_pronoun_is_the_subjects_own(nlp: Language) -> None:
    text = "Britain recalled its ambassador from Iran."
    doc = nlp(text)
    index = ActorIndex(
        doc,
        [
            actor(text, "Britain", "GBR", sector=None),
            actor(text, "ambassador", "GBR"),
            actor(text, "Iran", "IRN", sector=None),
        ],
    )
    roles = verb_roles(token(doc, "recalled"), index, source_is_recipient=True)
    assert roles.recipient is not None and roles.recipient.code == "IRN"


def test_a_named_counterpart_owned_by_a_pronoun_is_the_recipient(nlp: Language) -> None:
    text = "The Chinese minister met his Australian counterpart."
    doc = nlp(text)
    index = ActorIndex(
        doc,
        [actor(text, "Chinese minister", "CHN"), actor(text, "Australian counterpart", "AUS")],
    )
    roles = verb_roles(token(doc, "met"), index)
    assert roles.recipient is not None and roles.recipient.code == "AUS"


def test_the_agent_of_a_participle_on_the_object_is_a_party(nlp: Language) -> None:
    text = "Venezuela denounced the sanctions imposed by the United States."
    doc = nlp(text)
    index = ActorIndex(
        doc, [actor(text, "Venezuela", "VEN"), actor(text, "the United States", "USA")]
    )
    roles = verb_roles(token(doc, "denounced"), index, addresses_content=True)
    assert roles.recipient is not None and roles.recipient.code == "USA"


def test_a_particle_phrase_names_the_place_left(nlp: Language) -> None:
    text = "French forces pulled out of Niger."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "French forces", "FRA"), actor(text, "Niger", "NER")])
    roles = verb_roles(token(doc, "pulled"), index, source_is_recipient=True)
    assert roles.recipient is not None and roles.recipient.code == "NER"
    assert verb_roles(token(doc, "pulled"), index).recipient is None


def test_goal_of_a_transfer_is_the_recipient_before_the_object(nlp: Language) -> None:
    text = "Spain extradited a Russian businessman to the United States."
    doc = nlp(text)
    index = ActorIndex(
        doc,
        [
            actor(text, "Spain", "ESP"),
            actor(text, "Russian businessman", "RUS", sector="BUS"),
            actor(text, "the United States", "USA"),
        ],
    )
    extradited = token(doc, "extradited")
    transfer = verb_roles(extradited, index, goal_is_recipient=True)
    assert transfer.recipient is not None and transfer.recipient.code == "USA"
    plain = verb_roles(extradited, index)
    assert plain.recipient is not None and plain.recipient.code == "RUS"


def test_deployment_near_a_border_targets_the_neighbour(nlp: Language) -> None:
    text = "India stationed fighter jets near its border with China."
    doc = nlp(text)
    index = ActorIndex(
        doc, [actor(text, "India", "IND"), actor(text, "its", "IND"), actor(text, "China", "CHN")]
    )
    roles = verb_roles(token(doc, "stationed"), index, goal_is_recipient=True)
    assert roles.recipient is not None and roles.recipient.code == "CHN"


def recipient_codes(roles: Roles) -> list[str | None]:
    return [r.code for r in roles.recipients if r is not None]


def test_party_helped_inside_an_infinitive_clause(nlp: Language) -> None:
    text = "Indonesia agreed to help Malaysia fight forest fires."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Indonesia", "IDN"), actor(text, "Malaysia", "MYS")])
    assert recipient_codes(verb_roles(token(doc, "agreed"), index)) == ["MYS"]


def test_in_names_a_party_only_for_verbs_of_investing(nlp: Language) -> None:
    text = "Qatar agreed to invest $10 billion in Egypt."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Qatar", "QAT"), actor(text, "Egypt", "EGY")])
    assert recipient_codes(verb_roles(token(doc, "agreed"), index)) == ["EGY"]
    text = "Qatar agreed to stay in Egypt."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Qatar", "QAT"), actor(text, "Egypt", "EGY")])
    assert recipient_codes(verb_roles(token(doc, "agreed"), index)) == []


def test_each_other_makes_every_actor_a_recipient(nlp: Language) -> None:
    text = "India and Pakistan accused each other of violating the ceasefire."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "India", "IND"), actor(text, "Pakistan", "PAK")])
    roles = verb_roles(token(doc, "accused"), index)
    assert codes(roles.actors) == ["IND", "PAK"]
    assert recipient_codes(roles) == ["IND", "PAK"]


def test_the_target_of_a_protest_named_after_in_protest_of(nlp: Language) -> None:
    text = "Refugees began a hunger strike in protest of the Russian government's refusal."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Russian government", "RUS")])
    assert recipient_codes(noun_roles(token(doc, "strike"), index)) == ["RUS"]


def test_the_other_side_of_a_war_the_action_belongs_to(nlp: Language) -> None:
    text = "Iran threatened to launch a new offensive in its war with Iraq."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Iran", "IRN"), actor(text, "Iraq", "IRQ")])
    assert recipient_codes(verb_roles(token(doc, "threatened"), index)) == ["IRQ"]


def test_the_subject_of_a_demanded_clause_under_a_noun(nlp: Language) -> None:
    text = "The rebels insisted on their demands that Burundi's government grant more rights."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Burundi's government", "BDI")])
    roles = verb_roles(token(doc, "insisted"), index, addresses_content=True)
    assert recipient_codes(roles) == ["BDI"]
    assert recipient_codes(verb_roles(token(doc, "insisted"), index)) == []


def test_a_third_party_between_two_others(nlp: Language) -> None:
    text = "The Arab League chief undertook a mediation mission between Syria and Iraq."
    doc = nlp(text)
    index = ActorIndex(
        doc,
        [
            actor(text, "Arab League chief", "IGOARL"),
            actor(text, "Syria", "SYR"),
            actor(text, "Iraq", "IRQ"),
        ],
    )
    roles = noun_roles(token(doc, "mission"), index)
    assert codes(roles.actors) == ["IGOARL"]
    assert recipient_codes(roles) == ["SYR", "IRQ"]


def test_a_country_that_only_locates_the_object_is_no_recipient(nlp: Language) -> None:
    text = "Burmese troops captured a guerrilla stronghold on the Thai border."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Burmese troops", "MMR"), actor(text, "Thai", "THA")])
    assert recipient_codes(verb_roles(token(doc, "captured"), index)) == []


def test_who_reports_an_event(nlp: Language) -> None:
    for text in (
        "Ukrainian officials said Russian forces shelled the town.",
        "Russian forces shelled the town, Ukrainian officials said.",
        "According to Ukrainian officials, Russian forces shelled the town.",
    ):
        doc = nlp(text)
        index = ActorIndex(
            doc, [actor(text, "Ukrainian officials", "UKR"), actor(text, "Russian forces", "RUS")]
        )
        assert codes(reporting_speakers(token(doc, "shelled"), index)) == ["UKR"], text


def test_a_bare_office_in_a_statement_is_the_speakers_own(nlp: Language) -> None:
    text = "The Kremlin said the president would travel to Ankara."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "The Kremlin", "RUS")])
    assert codes(subject_actors(token(doc, "travel"), index)) == ["RUS"]
    text = "The Kremlin said a French president would travel to Ankara."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "The Kremlin", "RUS")])
    assert codes(subject_actors(token(doc, "travel"), index)) == []


def test_subject_of_the_clause_a_raising_verb_governs_is_its_recipient(nlp: Language) -> None:
    text = "Iraq allowed Jordanian monitors to enter the camp."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Iraq", "IRQ"), actor(text, "Jordanian monitors", "JOR")])
    roles = verb_roles(token(doc, "allowed"), index)
    assert codes(roles.actors) == ["IRQ"]
    assert roles.recipient is not None and roles.recipient.code == "JOR"


def test_conjoined_subject_of_a_light_verb_acts_together(nlp: Language) -> None:
    text = "Chile and Peru launched a joint venture."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Chile", "CHL"), actor(text, "Peru", "PER")])
    roles = noun_roles(token(doc, "venture"), index)
    assert codes(roles.actors) == ["CHL", "PER"]
    assert roles.recipient is None


def test_noun_naming_the_kind_of_a_light_verb_object_takes_its_subject(nlp: Language) -> None:
    text = "Burmese troops carried out a campaign of killings."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Burmese troops", "MMR", sector="MIL")])
    roles = noun_roles(token(doc, "killings"), index)
    assert codes(roles.actors) == ["MMR"]


def test_subject_of_a_passive_head_acts_in_its_complement(nlp: Language) -> None:
    text = "Officials said Israel was prepared to withdraw."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Israel", "ISR")])
    assert codes(subject_actors(token(doc, "withdraw"), index)) == ["ISR"]
    passive = verb_roles(token(doc, "prepared"), index)
    assert codes(passive.actors) == []


def test_party_of_the_clause_giving_a_mobilization_its_cause_is_its_recipient(
    nlp: Language,
) -> None:
    text = "Chile put its army on alert as Peruvian troops massed on the border."
    doc = nlp(text)
    index = ActorIndex(
        doc, [actor(text, "Chile", "CHL"), actor(text, "Peruvian troops", "PER", sector="MIL")]
    )
    roles = verb_roles(token(doc, "put"), index, cause_is_recipient=True)
    assert roles.recipient is not None and roles.recipient.code == "PER"
    assert verb_roles(token(doc, "put"), index).recipient is None


def test_the_doer_of_a_condemned_act_is_the_recipient(nlp: Language) -> None:
    text = "The Dutch government condemned the killing of Albanian civilians by Serbian police."
    doc = nlp(text)
    parties = [
        actor(text, "Dutch government", "NLD"),
        actor(text, "Albanian civilians", "ALB", sector="CVL"),
        actor(text, "Serbian police", "SRB", sector="COP"),
    ]
    roles = verb_roles(token(doc, "condemned"), ActorIndex(doc, parties), addresses_content=True)
    assert roles.recipient is not None and roles.recipient.code == "SRB"


def test_a_participle_of_result_names_whom_the_action_hit(nlp: Language) -> None:
    text = "A car bomb exploded in Belfast on Saturday, killing two British soldiers."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "British soldiers", "GBR", sector="MIL")])
    roles = verb_roles(token(doc, "exploded"), index)
    assert roles.actors == ()
    assert roles.recipient is not None and roles.recipient.code == "GBR"


def test_an_investigation_into_events_names_where_they_happened(nlp: Language) -> None:
    text = "A U.N. commission began an investigation into the massacres of civilians in Rwanda."
    doc = nlp(text)
    parties = [
        actor(text, "U.N.", "IGOUNO"),
        actor(text, "civilians in Rwanda", "RWA", sector="CVL"),
    ]
    roles = noun_roles(token(doc, "investigation"), ActorIndex(doc, parties))
    assert codes(roles.actors) == ["IGOUNO"]
    assert roles.recipient is not None and roles.recipient.code == "RWA"


# The parse the model gives to long openings ("With the signing of a Memorandum of Understanding
# (MOU) on ..., the government and the rebels have agreed"): word, head, dependency, part of speech.
OPENING_PHRASE_PARSE = """
With 10 prep ADP
the 2 det DET
signing 0 pobj NOUN
, 10 punct PUNCT
the 6 det DET
Angolan 6 amod ADJ
government 2 conj NOUN
and 6 cc CCONJ
rebels 6 conj NOUN
have 10 aux AUX
agreed 10 ROOT VERB
to 12 aux PART
stop 10 xcomp VERB
. 10 punct PUNCT
"""


def test_actors_taken_into_an_opening_phrase_are_the_subject(nlp: Language) -> None:
    rows = [line.split() for line in OPENING_PHRASE_PARSE.strip().splitlines()]
    words, heads = [r[0] for r in rows], [int(r[1]) for r in rows]
    deps, pos = [r[2] for r in rows], [r[3] for r in rows]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    text = doc.text
    parties = [actor(text, "Angolan government", "AGO"), actor(text, "rebels", "AGO", sector="REB")]
    roles = verb_roles(doc[10], ActorIndex(doc, parties))
    assert [(a.code, a.sector) for a in roles.actors] == [("AGO", "GOV"), ("AGO", "REB")]


def test_a_passive_agent_hung_on_a_later_clause(nlp: Language) -> None:
    text = (
        "Former minister Juan Perez has been accused of misusing public funds, much of it "
        "believed to have been embezzled, by current Chilean government officials."
    )
    doc = nlp(text)
    parties = [
        actor(text, "Former minister Juan Perez", "CHL", sector="ELI"),
        actor(text, "Chilean government officials", "CHL"),
    ]
    verb = token(doc, "accused")
    assert verb.dep_ == "ccomp"  # the model hangs "accused" and "by" on "believed"
    roles = verb_roles(verb, ActorIndex(doc, parties), addresses_content=True)
    assert codes(roles.actors) == ["CHL"] and roles.actors[0].sector == "GOV"
    assert roles.recipient is not None and roles.recipient.sector == "ELI"


def test_a_show_of_force_is_aimed_at_its_party(nlp: Language) -> None:
    text = "The United States ordered more troops to the Gulf in a show of force against Iraq."
    doc = nlp(text)
    parties = [actor(text, "United States", "USA"), actor(text, "Iraq", "IRQ")]
    roles = verb_roles(token(doc, "ordered"), ActorIndex(doc, parties), theme_is_actor=True)
    assert roles.recipient is not None and roles.recipient.code == "IRQ"


def test_a_promise_names_the_place_it_is_kept(nlp: Language) -> None:
    text = "Japan agreed on Thursday to help build a steel plant in China."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Japan", "JPN")])
    china = actor(text, "China", "CHN", sector=None)
    index.add_places([china])
    shallow = verb_roles(token(doc, "agreed"), index)
    assert shallow.recipient is None
    deep = verb_roles(token(doc, "agreed"), index, deep_parties=True)
    assert deep.recipient is not None and deep.recipient.code == "CHN"


def test_a_clause_describing_the_object_names_its_party(nlp: Language) -> None:
    text = "Japan lifted the economic sanctions it imposed on China."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Japan", "JPN"), actor(text, "China", "CHN")])
    roles = verb_roles(token(doc, "lifted"), index)
    assert roles.recipient is not None and roles.recipient.code == "CHN"


def test_aimed_at_comes_before_the_reason(nlp: Language) -> None:
    text = "India lashed out at the United States for arming Pakistan."
    doc = nlp(text)
    parties = [
        actor(text, "India", "IND"),
        actor(text, "United States", "USA"),
        actor(text, "Pakistan", "PAK"),
    ]
    roles = verb_roles(token(doc, "lashed"), ActorIndex(doc, parties), addresses_content=True)
    assert roles.recipient is not None and roles.recipient.code == "USA"


def test_on_behalf_of_names_the_party_served(nlp: Language) -> None:
    text = "Cuba campaigned at the United Nations on behalf of Nicaragua."
    doc = nlp(text)
    parties = [
        actor(text, "Cuba", "CUB"),
        actor(text, "United Nations", "IGOUNO"),
        actor(text, "Nicaragua", "NIC"),
    ]
    roles = verb_roles(token(doc, "campaigned"), ActorIndex(doc, parties))
    assert roles.recipient is not None and roles.recipient.code == "NIC"


def test_a_country_left_to_the_places_stage_is_a_conjoined_actor(nlp: Language) -> None:
    text = "Israel and the Vatican agreed to establish full diplomatic relations."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Israel", "ISR")])
    index.add_places([actor(text, "Vatican", "VAT", sector=None)])
    roles = verb_roles(token(doc, "agreed"), index)
    assert codes(roles.actors) == ["ISR", "VAT"]


def test_an_office_owned_by_a_pronoun_in_reported_speech_is_the_speakers(nlp: Language) -> None:
    text = "Pakistan's foreign minister said his government was ready to resume talks with India."
    doc = nlp(text)
    parties = [actor(text, "Pakistan's foreign minister", "PAK"), actor(text, "India", "IND")]
    assert codes(subject_actors(token(doc, "resume"), ActorIndex(doc, parties))) == ["PAK"]


def test_a_joint_undertaking_is_done_by_the_subjects_parties_together(nlp: Language) -> None:
    text = "Egypt and Sudan on Sunday began work on a joint irrigation project on the Nile."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Egypt", "EGY"), actor(text, "Sudan", "SDN")])
    roles = noun_roles(token(doc, "project"), index)
    assert codes(roles.actors) == ["EGY", "SDN"]
    assert roles.recipient is None


def test_forces_off_a_coast_are_aimed_at_its_country(nlp: Language) -> None:
    text = "Russian warships held drills off the coast of Norway."
    doc = nlp(text)
    index = ActorIndex(doc, [actor(text, "Russian warships", "RUS"), actor(text, "Norway", "NOR")])
    roles = verb_roles(token(doc, "held"), index, goal_is_recipient=True)
    assert roles.recipient is not None and roles.recipient.code == "NOR"


def test_parties_conjoined_inside_an_actors_phrase_all_act(nlp: Language) -> None:
    text = "Delegates of Peru and Ecuador met in Brasilia."
    doc = nlp(text)
    index = ActorIndex(
        doc, [actor(text, "Delegates of Peru", "PER"), actor(text, "Ecuador", "ECU")]
    )
    roles = verb_roles(token(doc, "met"), index)
    assert codes(roles.actors) == ["PER", "ECU"]
    assert roles.recipient is None


def test_who_appoints_an_inquiry_conducts_it(nlp: Language) -> None:
    text = "Spain appointed a commission of inquiry into the bombing."
    doc = nlp(text)
    roles = noun_roles(token(doc, "inquiry"), ActorIndex(doc, [actor(text, "Spain", "ESP")]))
    assert codes(roles.actors) == ["ESP"]


def test_a_purpose_clause_addresses_the_subject_of_what_it_examines(nlp: Language) -> None:
    text = "The European Union sent experts to examine claims that Syria had bombed hospitals."
    doc = nlp(text)
    parties = [actor(text, "European Union", "IGOEU"), actor(text, "Syria", "SYR")]
    roles = verb_roles(token(doc, "sent"), ActorIndex(doc, parties), addresses_content=True)
    assert roles.recipient is not None and roles.recipient.code == "SYR"


def test_a_venue_of_the_object_comes_after_the_party_it_is_for(nlp: Language) -> None:
    text = "Mexico won support at the United Nations for the Guatemalan proposal."
    doc = nlp(text)
    parties = [
        actor(text, "Mexico", "MEX"),
        actor(text, "United Nations", "IGOUNO"),
        actor(text, "Guatemalan", "GTM"),
    ]
    roles = verb_roles(token(doc, "won"), ActorIndex(doc, parties))
    assert roles.recipient is not None and roles.recipient.code == "GTM"


def test_members_of_a_body_stand_for_the_body(nlp: Language) -> None:
    text = "Syria expelled British members of the U.N. monitoring mission."
    doc = nlp(text)
    parties = [
        actor(text, "Syria", "SYR"),
        actor(text, "British", "GBR"),
        actor(text, "U.N.", "IGOUNO"),
    ]
    roles = verb_roles(token(doc, "expelled"), ActorIndex(doc, parties))
    assert roles.recipient is not None and roles.recipient.code == "IGOUNO"


def test_help_with_a_bare_infinitive_serves_its_object(nlp: Language) -> None:
    text = "Germany promised to help train the Afghan police."
    doc = nlp(text)
    parties = [actor(text, "Germany", "DEU"), actor(text, "Afghan police", "AFG")]
    roles = verb_roles(token(doc, "help"), ActorIndex(doc, parties))
    assert roles.recipient is not None and roles.recipient.code == "AFG"


def test_a_transfer_goal_hung_inside_another_phrase(nlp: Language) -> None:
    text = "Britain passed intelligence on Syrian arms shipments to Turkey."
    doc = nlp(text)
    parties = [
        actor(text, "Britain", "GBR"),
        actor(text, "Syrian", "SYR"),
        actor(text, "Turkey", "TUR"),
    ]
    roles = verb_roles(token(doc, "passed"), ActorIndex(doc, parties), nested_goal=True)
    assert roles.recipient is not None and roles.recipient.code == "TUR"


def test_a_by_phrase_of_an_active_verb_names_the_doer_of_its_object(nlp: Language) -> None:
    text = "Sudan said it would accept arbitration by the African Union in its dispute with Chad."
    doc = nlp(text)
    parties = [
        actor(text, "Sudan", "SDN"),
        actor(text, "African Union", "IGOAFRAU"),
        actor(text, "Chad", "TCD"),
    ]
    roles = verb_roles(token(doc, "accept"), ActorIndex(doc, parties), deep_parties=True)
    assert roles.recipient is not None and roles.recipient.code == "IGOAFRAU"


def test_a_pronoun_object_of_a_purpose_clause_is_the_verbs_object(nlp: Language) -> None:
    text = "Rebels seized Kenyan aid workers to use them as hostages."
    doc = nlp(text)
    parties = [actor(text, "Rebels", "SOM"), actor(text, "Kenyan aid workers", "KEN")]
    roles = verb_roles(token(doc, "use"), ActorIndex(doc, parties))
    assert roles.recipient is not None and roles.recipient.code == "KEN"


def test_a_bomb_set_off_near_a_party_targets_it(nlp: Language) -> None:
    text = "Taliban fighters detonated a bomb near an Afghan army convoy."
    doc = nlp(text)
    parties = [actor(text, "Taliban fighters", "AFG"), actor(text, "Afghan army", "AFG")]
    parties[1] = Actor(text="Afghan army", name="x", code="AFG", sector="MIL", span=parties[1].span)
    index = ActorIndex(doc, parties)
    assert verb_roles(token(doc, "detonated"), index).recipient is None
    roles = verb_roles(token(doc, "detonated"), index, nearby_is_target=True)
    assert roles.recipient is not None and roles.recipient.sector == "MIL"


def test_prisoners_protest_against_those_who_hold_them(nlp: Language) -> None:
    text = "Iraqi prisoners in Iranian jails refused food on Monday."
    doc = nlp(text)
    parties = [actor(text, "Iraqi prisoners", "IRQ"), actor(text, "Iranian jails", "IRN")]
    roles = verb_roles(token(doc, "refused"), ActorIndex(doc, parties), keeper_is_recipient=True)
    assert roles.recipient is not None and roles.recipient.code == "IRN"


def test_the_light_verbs_phrase_addresses_the_nouns_event(nlp: Language) -> None:
    text = "The Pope made an urgent appeal on Friday to Sudan's warring factions to end the war."
    doc = nlp(text)
    parties = [actor(text, "Pope", "VAT"), actor(text, "Sudan's warring factions", "SDN")]
    roles = noun_roles(token(doc, "appeal"), ActorIndex(doc, parties), addresses_content=True)
    assert roles.recipient is not None and roles.recipient.code == "SDN"


def test_a_conflict_an_action_is_in_names_its_party(nlp: Language) -> None:
    text = "The Ghanaian president offered to mediate in the Somali civil war."
    doc = nlp(text)
    parties = [actor(text, "Ghanaian president", "GHA"), actor(text, "Somali", "SOM")]
    roles = verb_roles(token(doc, "mediate"), ActorIndex(doc, parties))
    assert roles.recipient is not None and roles.recipient.code == "SOM"


def test_a_release_is_aimed_at_the_party_the_captors_hold(nlp: Language) -> None:
    text = "Gunmen holding staff at the French consulate in Bamako released three captives."
    doc = nlp(text)
    parties = [actor(text, "Gunmen", "MLI"), actor(text, "French consulate", "FRA")]
    index = ActorIndex(doc, parties)
    assert verb_roles(token(doc, "released"), index).recipient is None
    roles = verb_roles(token(doc, "released"), index, held_by_subject=True)
    assert roles.recipient is not None and roles.recipient.code == "FRA"
