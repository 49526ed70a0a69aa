"""Tests for who acts: subjects inherited, misparsed or pointing back, passive agents the parser
hung elsewhere, and who reports an event."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dyads.stages.role_subjects import (
    announced_intent,
    briefing_hosts,
    expelling_parties,
    nested_agents,
)
from dyads.stages.roles import reporting_speakers, subject_actors, verb_roles

from .event_helpers import PartySpec, by_rule, codes, token
from .role_helpers import RolesOf, index_of

SUBJECTS: dict[str, tuple[str, RolesOf, list[str]]] = {
    "a verb left hanging on a relative aside's verb shares the described subject": (
        "German Chancellor Olaf Scholz, whose country's carmakers depend on the Chinese market,"
        " welcomed the talks.",
        RolesOf("welcomed", [("German Chancellor Olaf Scholz", "DEU", "GOV"), ("Chinese", "CHN")]),
        ["DEU"],
    ),
    "an infinitive on a noun a copula says the subject is is the subject's act": (
        "Turkey became the first country to recognise Azerbaijan's independence.",
        RolesOf("recognise", [("Turkey", "TUR"), ("Azerbaijan", "AZE")]),
        ["TUR"],
    ),
    "an infinitive on a noun of no copula names no subject": (
        "The first country to recognise Azerbaijan's independence was praised.",
        RolesOf("recognise", [("Azerbaijan", "AZE")]),
        [],
    ),
    "a headline's parties listed with a comma, parsed as two subjects, both act": (
        "Kenya, Somalia restore diplomatic ties",
        RolesOf("restore", [("Kenya", "KEN"), ("Somalia", "SOM")]),
        ["KEN", "SOM"],
    ),
    "a headline's verb parsed as an apposition of the first party has both as actors": (
        "Peru, Bolivia sign water-sharing pact for Lake Titicaca",
        RolesOf("sign", [("Peru", "PER"), ("Bolivia", "BOL")]),
        ["PER", "BOL"],
    ),
    "a headline's first listed party left unlabelled by the parser acts too": (
        "Laos, Cambodia resume talks on river",
        RolesOf("resume", [("Laos", "LAO"), ("Cambodia", "KHM")]),
        ["LAO", "KHM"],
    ),
    "a headline's nationalities listed before the subject's noun both act": (
        "Lebanese, Syrian army chiefs meet in Beirut",
        RolesOf("meet", [("Lebanese", "LBN"), ("Syrian army chiefs", "SYR")]),
        ["LBN", "SYR"],
    ),
    "two titled names the parser made two subjects, the 'and' left on the first, both act": (
        "Belgian Prime Minister Jean-Luc Dehaene and British Defence Secretary Tom King agreed "
        "on Monday to hold joint naval exercises next spring.",
        RolesOf(
            "agreed",
            [
                ("Belgian Prime Minister Jean-Luc Dehaene", "BEL"),
                ("British Defence Secretary Tom King", "GBR"),
            ],
        ),
        ["BEL", "GBR"],
    ),
    "a phrase of time before the comma is no party of a headline list": (
        "Yesterday, Somalia restored diplomatic ties with Kenya.",
        RolesOf("restored", [("Somalia", "SOM"), ("Kenya", "KEN")]),
        ["SOM"],
    ),
    "who announces its own decision does the act decided on": (
        "Estonia announced its decision to expel the Belarusian consul.",
        RolesOf("expel", [("Estonia", "EST"), ("Belarusian", "BLR")]),
        ["EST"],
    ),
    "who makes a decision with no owner named does the act decided on": (
        "The African Union made the decision to suspend Guinea.",
        RolesOf("suspend", [("The African Union", "IGOAFRAFU"), ("Guinea", "GIN")]),
        ["IGOAFRAFU"],
    ),
    "who welcomes a decision is not who made it": (
        "Ukraine welcomed the decision to expel the Belarusian consul.",
        RolesOf("expel", [("Ukraine", "UKR"), ("Belarusian", "BLR")]),
        [],
    ),
    "who gives an order does the act ordered": (
        "Lisbon gave the order to pull Portuguese troops out of Angola.",
        RolesOf("pull", [("Lisbon", "PRT"), ("Portuguese troops", "PRT"), ("Angola", "AGO")]),
        ["PRT"],
    ),
    "who issues orders does the act ordered": (
        "Nigeria issued orders to expel three Ghanaian envoys.",
        RolesOf("expel", [("Nigeria", "NGA"), ("Ghanaian envoys", "GHA")]),
        ["NGA"],
    ),
    "who receives an order did not give it": (
        "The Chadian garrison received orders to withdraw from the town.",
        RolesOf("withdraw", [("The Chadian garrison", "TCD")]),
        [],
    ),
    "the speaker's country named by a common noun is the speaker's": (
        "Iran's foreign minister said his country would not negotiate with Washington.",
        RolesOf("negotiate", [("Iran's foreign minister", "IRN"), ("Washington", "USA")]),
        ["IRN"],
    ),
    "adjective complement takes the subject of its clause": (
        "Brazil is willing to send doctors to Angola.",
        RolesOf("send", [("Brazil", "BRA"), ("Angola", "AGO")]),
        ["BRA"],
    ),
    "an office owned by a pronoun in reported speech is the speaker's": (
        "Pakistan's foreign minister said his government was ready to resume talks with India.",
        RolesOf("resume", [("Pakistan's foreign minister", "PAK"), ("India", "IND")]),
        ["PAK"],
    ),
    "a bare office in a statement is the speaker's own": (
        "The Kremlin said the president would travel to Ankara.",
        RolesOf("travel", [("The Kremlin", "RUS")]),
        ["RUS"],
    ),
    "the object of a verb before an infinitive does what it says": (
        "The floods prompted Bangladeshi officials to seek help from India.",
        RolesOf("seek", [("Bangladeshi officials", "BGD"), ("India", "IND")]),
        ["BGD"],
    ),
    "an object that names no party leaves the subject": (
        "Bangladesh used helicopters to deliver food to the villages.",
        RolesOf("deliver", [("Bangladesh", "BGD")]),
        ["BGD"],
    ),
    "a promise made to a party keeps its subject as the doer": (
        "Japan promised Indonesia to build a new port.",
        RolesOf("build", [("Japan", "JPN"), ("Indonesia", "IDN")]),
        ["JPN"],
    ),
    "an office of another country in a statement is not the speaker's": (
        "The Kremlin said a French president would travel to Ankara.",
        RolesOf("travel", [("The Kremlin", "RUS")]),
        [],
    ),
}


@pytest.mark.parametrize(("text", "how", "subjects"), by_rule(SUBJECTS))
def test_subject_actors(nlp: Language, text: str, how: RolesOf, subjects: list[str]) -> None:
    doc = nlp(text)
    assert codes(subject_actors(token(doc, how.word), how.index(doc))) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian officials said Russian forces shelled the town.",
        "Russian forces shelled the town, Ukrainian officials said.",
        "According to Ukrainian officials, Russian forces shelled the town.",
    ],
)
def test_who_reports_an_event(nlp: Language, text: str) -> None:
    doc = nlp(text)
    index = index_of(doc, [("Ukrainian officials", "UKR"), ("Russian forces", "RUS")])
    assert codes(reporting_speakers(token(doc, "shelled"), index)) == ["UKR"]


def test_two_leaders_points_back_to_the_previous_pair(nlp: Language) -> None:
    roles = RolesOf("discussed", [], theme_is_actor=False).read(
        nlp, "The two leaders discussed trade."
    )
    assert roles.actors == ()
    assert roles.refers_to_previous_pair


def test_relative_clause_subject_is_the_antecedent(nlp: Language) -> None:
    text = "Police arrested the rebels, who attacked the village of Kaya last week."
    doc = nlp(text)
    index = index_of(doc, [("Police", "BFA"), ("the rebels", "BFA", "REB")])
    assert codes(subject_actors(token(doc, "attacked"), index)) == ["BFA"]
    assert subject_actors(token(doc, "attacked"), index)[0].sector == "REB"


def test_subject_of_a_passive_head_acts_in_its_complement(nlp: Language) -> None:
    text = "Officials said Israel was prepared to withdraw."
    doc = nlp(text)
    index = index_of(doc, [("Israel", "ISR")])
    assert codes(subject_actors(token(doc, "withdraw"), index)) == ["ISR"]
    passive = verb_roles(token(doc, "prepared"), index)
    assert codes(passive.actors) == []


# The parse the model gives to long openings ("With the signing of the accord on a truce, the
# government and the rebels have agreed"): word, head, dependency, part of speech.
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
    index = index_of(doc, [("Angolan government", "AGO"), ("rebels", "AGO", "REB")])
    roles = verb_roles(doc[10], index)
    assert [(a.code, a.sector) for a in roles.actors] == [("AGO", "GOV"), ("AGO", "REB")]


def test_a_passive_agent_hung_on_a_later_clause(nlp: Language) -> None:
    text = (
        "Former governor Ana Ruiz has been accused of stealing pension money, most of it "
        "thought to have disappeared, by current Peruvian government officials."
    )
    doc = nlp(text)
    specs: list[PartySpec] = [
        ("Former governor Ana Ruiz", "PER", "ELI"),
        ("Peruvian government officials", "PER"),
    ]
    verb = token(doc, "accused")
    assert verb.dep_ == "ccomp"  # the model hangs "accused" and "by" on "thought"
    roles = verb_roles(verb, index_of(doc, specs), addresses_content=True)
    assert codes(roles.actors) == ["PER"] and roles.actors[0].sector == "GOV"
    assert roles.recipient is not None and roles.recipient.sector == "ELI"


def test_a_by_phrase_on_the_noun_of_a_passive_phrase_is_its_agent(nlp: Language) -> None:
    doc = nlp("Three policemen were killed in a raid by Maoist guerrillas.")
    index = index_of(doc, [("policemen", "IND", "COP"), ("Maoist guerrillas", "IND", "REB")])
    assert [t.text for t in nested_agents(token(doc, "killed"), index)] == ["guerrillas"]
    assert nested_agents(token(doc, "killed"), index_of(doc, [])) == []


def test_only_verbs_of_expulsion_make_the_from_party_the_actor(nlp: Language) -> None:
    doc = nlp("Two aid workers were expelled from Sudan and two were evacuated from Chad.")
    index = index_of(doc, [("Sudan", "SDN"), ("Chad", "TCD")])
    assert codes(expelling_parties(token(doc, "expelled"), index)) == ["SDN"]
    assert expelling_parties(token(doc, "evacuated"), index) == []


def test_only_what_will_be_done_is_the_tellers_own_intent(nlp: Language) -> None:
    specs: list[PartySpec] = [("State Department", "USA"), ("Pakistan", "PAK", None)]
    doc = nlp("The State Department informed Pakistan that military aid would be suspended.")
    speakers, told = announced_intent(token(doc, "suspended"), index_of(doc, specs))
    assert codes(speakers) == ["USA"] and codes(told) == ["PAK"]
    doc = nlp("The State Department informed Pakistan that military aid had been suspended.")
    assert announced_intent(token(doc, "suspended"), index_of(doc, specs)) == ([], [])


def test_an_attack_noun_names_the_agent_only_by_its_own_modifiers(nlp: Language) -> None:
    specs: list[PartySpec] = [("Palestinians", "PSE", "CVL"), ("Israeli", "ISR", None)]
    doc = nlp("Two Palestinians were killed in an Israeli raid.")
    assert [t.text for t in nested_agents(token(doc, "killed"), index_of(doc, specs))] == [
        "Israeli"
    ]
    doc = nlp("Two Palestinians were killed in an Israeli village.")
    assert nested_agents(token(doc, "killed"), index_of(doc, specs)) == []


def test_the_body_one_is_summoned_to_summons(nlp: Language) -> None:
    doc = nlp("The Dutch envoy was summoned to the Turkish foreign ministry on Friday.")
    index = index_of(doc, [("Dutch envoy", "NLD"), ("Turkish foreign ministry", "TUR")])
    assert codes(briefing_hosts(token(doc, "summoned"), index)) == ["TUR"]


def test_the_body_one_is_informed_at_informs_also_past_the_topic(nlp: Language) -> None:
    doc = nlp("The Dutch envoy was informed of the ruling at the Turkish foreign ministry.")
    index = index_of(doc, [("Dutch envoy", "NLD"), ("Turkish foreign ministry", "TUR")])
    assert codes(briefing_hosts(token(doc, "informed"), index)) == ["TUR"]


def test_a_place_one_is_arrested_at_names_no_doer(nlp: Language) -> None:
    doc = nlp("The Dutch envoy was arrested at the Turkish foreign ministry.")
    index = index_of(doc, [("Dutch envoy", "NLD"), ("Turkish foreign ministry", "TUR")])
    assert briefing_hosts(token(doc, "arrested"), index) == []


# The parse the model gives to a subject described by a participle ("Police officers responding
# to a call shot a man"): the participle as the root, the finite verb hung on it as "dep".
REDUCED_RELATIVE_PARSE = """
Kenyan 2 amod ADJ JJ
police 2 compound NOUN NN
officers 3 nsubj NOUN NNS
responding 3 ROOT VERB VBG
to 3 prep ADP IN
a 6 det DET DT
call 4 pobj NOUN NN
fatally 8 advmod ADV RB
shot 3 dep VERB VBD
a 10 det DET DT
Somali 11 amod ADJ JJ
trader 8 dobj NOUN NN
. 3 punct PUNCT .
"""


def _parsed(nlp: Language, parse: str, tags: dict[int, str] | None = None) -> Doc:
    rows = [line.split() for line in parse.strip().splitlines()]
    words, heads = [r[0] for r in rows], [int(r[1]) for r in rows]
    deps, pos, tags_ = [r[2] for r in rows], [r[3] for r in rows], [r[4] for r in rows]
    for i, tag in (tags or {}).items():
        tags_[i] = tag
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags_)


def test_a_finite_verb_hung_on_a_describing_participle_takes_its_subject(nlp: Language) -> None:
    doc = _parsed(nlp, REDUCED_RELATIVE_PARSE)
    index = index_of(doc, [("Kenyan police officers", "KEN", "COP"), ("Somali trader", "SOM")])
    roles = verb_roles(doc[8], index)
    assert codes(roles.actors) == ["KEN"]
    assert codes([roles.recipient]) == ["SOM"]


# The same words with an auxiliary before the participle ("officers were responding"): a verb of
# its own, whose "dep" is left as the parser gave it.
PARTICIPLE_WITH_AUXILIARY_PARSE = """
Kenyan 2 amod ADJ JJ
police 2 compound NOUN NN
officers 4 nsubj NOUN NNS
were 4 aux AUX VBD
responding 4 ROOT VERB VBG
to 4 prep ADP IN
a 7 det DET DT
call 5 pobj NOUN NN
fatally 9 advmod ADV RB
shot 4 dep VERB VBD
a 11 det DET DT
Somali 12 amod ADJ JJ
trader 9 dobj NOUN NN
. 4 punct PUNCT .
"""


def test_a_participle_with_an_auxiliary_is_a_verb_of_its_own(nlp: Language) -> None:
    doc = _parsed(nlp, PARTICIPLE_WITH_AUXILIARY_PARSE)
    index = index_of(doc, [("Kenyan police officers", "KEN", "COP"), ("Somali trader", "SOM")])
    assert codes(verb_roles(doc[9], index).actors) == []


def test_a_group_the_tables_do_not_code_acts_as_its_leader(nlp: Language) -> None:
    doc = nlp("A coalition led by Saudi Arabia bombed Yemeni army positions near the port.")
    index = index_of(doc, [("Saudi Arabia", "SAU"), ("Yemeni army", "YEM", "MIL")])
    roles = verb_roles(token(doc, "bombed"), index)
    assert codes(roles.actors) == ["SAU"]
    assert codes([roles.recipient]) == ["YEM"]


def test_a_group_only_backed_by_a_party_is_not_that_party(nlp: Language) -> None:
    doc = nlp("A militia backed by Iran attacked Iraqi army positions near the border.")
    index = index_of(doc, [("Iran", "IRN"), ("Iraqi army", "IRQ", "MIL")])
    assert codes(verb_roles(token(doc, "attacked"), index).actors) == []


def test_a_pronoun_in_a_that_clause_hung_as_adverbial_is_the_speakers(nlp: Language) -> None:
    doc = nlp(
        "The ANC has made it plain that it will reject any motion to dissolve the legislature."
    )
    index = index_of(doc, [("ANC", "ZAF", "PTY")])
    verb = token(doc, "reject")
    assert verb.dep_ in ("ccomp", "advcl")
    assert codes(verb_roles(verb, index).actors) == ["ZAF"]


# An aside between dashes that the parser reads as a second subject of the verb after it.
TWO_SUBJECTS_PARSE = """
Kenya 2 poss PROPN NNP
's 0 case PART POS
president 3 nsubj NOUN NN
said 3 ROOT VERB VBD
and 3 cc CCONJ CC
a 7 det DET DT
new 7 amod ADJ JJ
parliament 12 nsubj NOUN NN
- 12 punct PUNCT :
the 11 det DET DT
Kenyan 11 amod ADJ JJ
government 12 nsubj NOUN NN
backed 3 conj VERB VBD
Somalia 12 dobj PROPN NNP
. 3 punct PUNCT .
"""


def test_of_two_subjects_the_one_next_to_the_verb_acts(nlp: Language) -> None:
    doc = _parsed(nlp, TWO_SUBJECTS_PARSE)
    index = index_of(doc, [("Kenyan government", "KEN"), ("Somalia", "SOM")])
    roles = verb_roles(doc[12], index)
    assert codes(roles.actors) == ["KEN"]
    assert codes([roles.recipient]) == ["SOM"]


# A reported clause whose subject the parser hung on an aside between dashes as an apposition.
ASIDE_APPOSITION_PARSE = """
Ruiz 1 nsubj PROPN NNP
said 1 ROOT VERB VBD
without 1 prep ADP IN
details 2 pobj NOUN NNS
- 3 punct PUNCT :
the 6 det DET DT
cost 3 appos NOUN NN
- 6 punct PUNCT :
the 10 det DET DT
Chilean 10 amod ADJ JJ
governor 6 appos NOUN NN
was 1 ccomp AUX VBD
unwilling 11 acomp ADJ JJ
to 14 aux PART TO
commit 12 xcomp VERB VB
. 1 punct PUNCT .
"""


def test_a_reported_clause_takes_the_subject_an_aside_took(nlp: Language) -> None:
    doc = _parsed(nlp, ASIDE_APPOSITION_PARSE)
    index = index_of(doc, [("Chilean governor", "CHL")])
    assert codes(verb_roles(doc[14], index).actors) == ["CHL"]
    # Without a party in the noun before it, the clause keeps no subject.
    empty = index_of(doc, [("details", "CHL")])
    assert codes(verb_roles(doc[14], empty).actors) == []


def test_the_pronoun_in_a_charge_answered_is_the_answering_party(nlp: Language) -> None:
    doc = nlp("Chad rejected accusations that it had sent soldiers into Niger.")
    index = index_of(doc, [("Chad", "TCD"), ("Niger", "NER")])
    assert codes(subject_actors(token(doc, "sent"), index)) == ["TCD"]


def test_the_pronoun_in_a_report_published_is_not_resolved(nlp: Language) -> None:
    doc = nlp("Mali published reports that it had arrested a monk.")
    index = index_of(doc, [("Mali", "MLI")])
    assert subject_actors(token(doc, "arrested"), index) == []


def test_the_other_side_of_a_fight_one_came_to_harm_in_is_the_agent(nlp: Language) -> None:
    specs: list[PartySpec] = [("Indian soldiers", "IND", "MIL"), ("Chinese troops", "CHN", "MIL")]
    doc = nlp("Twenty Indian soldiers were killed in a clash with Chinese troops.")
    assert [t.text for t in nested_agents(token(doc, "killed"), index_of(doc, specs))] == ["troops"]
    specs = [("protesters", "KEN", "CVL"), ("police", "KEN", "COP")]
    doc = nlp("Five protesters were wounded in clashes with police.")
    assert [t.text for t in nested_agents(token(doc, "wounded"), index_of(doc, specs))] == [
        "police"
    ]
    # A "with" phrase on a noun that is no fight names no side.
    specs = [("Indian soldiers", "IND", "MIL"), ("Chinese troops", "CHN", "MIL")]
    doc = nlp("Twenty Indian soldiers were killed in a convoy with Chinese troops.")
    assert nested_agents(token(doc, "killed"), index_of(doc, specs)) == []
