"""Tests for the trigger lexicon: CAMEO codes, PLOVER types, modes and contexts."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dyads.stages.triggers import (
    PLOVER_CONTEXTS,
    Coding,
    TriggerLexicon,
    parse_cameo_plover,
    quad_class,
)


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


def coding(nlp: Language, lexicon: TriggerLexicon, text: str, word: str) -> Coding | None:
    doc = nlp(text)
    return lexicon.code(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(
    ("text", "word", "event", "mode"),
    [
        ("The president spoke by phone with the king.", "spoke", "CONSULT", "phone"),
        ("The two presidents spoke by telephone on Sunday.", "spoke", "CONSULT", "phone"),
        ("The agency distributed food to refugees.", "distributed", "AID", None),
        ("The king received the visiting defence secretary.", "received", "CONSULT", "visit"),
        ("Canberra froze defence cooperation with Paris.", "froze", "SANCTION", None),
        ("Iraq moved two divisions towards the border.", "moved", "MOBILIZE", "troops"),
        ("Police fired tear gas at protesters.", "fired", "ASSAULT", "crowd-control"),
        ("The air force launched airstrikes on the city.", "launched", "ASSAULT", "aerial"),
        ("The government deployed troops to the border.", "deployed", "MOBILIZE", "troops"),
        ("The union announced a general strike.", "strike", "PROTEST", "strike"),
        ("Thousands of students protested in the capital.", "protested", "PROTEST", "demo"),
        ("The minister paid a visit to Tokyo.", "visit", "CONSULT", "visit"),
        ("The council imposed sanctions on the regime.", "imposed", "SANCTION", "discontinue"),
        ("The government imposed a curfew on the city.", "imposed", "COERCE", "curfew"),
        ("The rebels released the hostages.", "released", "RETREAT", "release"),
        ("The prime minister resigned on Monday.", "resigned", "RETREAT", "resign"),
    ],
)
def test_codes_and_modes(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, event: str, mode: str
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is not None
    assert (found.event, found.mode) == (event, mode)


def test_pattern_words_raise_confidence_over_the_bare_verb(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    with_pattern = coding(nlp, lexicon, "The army sent troops to the north.", "sent")
    bare = coding(nlp, lexicon, "The rebels attacked.", "attacked")
    assert with_pattern is not None and bare is not None
    assert with_pattern.confidence > bare.confidence
    assert with_pattern.matched  # the token "troops"


def test_event_nouns_are_less_confident_than_verbs(nlp: Language, lexicon: TriggerLexicon) -> None:
    noun = coding(nlp, lexicon, "The talks ended without a deal.", "talks")
    assert noun is not None and noun.event == "CONSULT"
    assert noun.confidence < 0.6


def test_statements_and_non_events_have_no_coding(nlp: Language, lexicon: TriggerLexicon) -> None:
    assert coding(nlp, lexicon, "The spokesman said the talks went well.", "said") is None
    assert coding(nlp, lexicon, "The summit will take place in June.", "take") is None
    assert coding(nlp, lexicon, "According to officials, the town fell.", "According") is None
    assert coding(nlp, lexicon, "The ousted president fled.", "ousted") is None
    assert coding(nlp, lexicon, "A staff member went missing.", "went") is None


def test_military_context_from_cue_words(nlp: Language, lexicon: TriggerLexicon) -> None:
    found = coding(nlp, lexicon, "The two states agreed on military cooperation.", "cooperation")
    assert found is not None and "military" in found.context


def test_quad_class_from_cameo_root() -> None:
    assert [quad_class(c) for c in ("036", "057", "061", "0871", "112", "138", "141", "190")] == [
        1,
        1,
        2,
        2,
        3,
        3,
        4,
        4,
    ]


def test_noun_patterns_refine_event_nouns(nlp: Language, lexicon: TriggerLexicon) -> None:
    calls = coding(nlp, lexicon, "Calls for a ceasefire grew louder.", "Calls")
    assert calls is not None and calls.event == "REQUEST"
    call = coding(nlp, lexicon, "The call lasted an hour.", "call")
    assert call is not None and (call.event, call.mode) == ("CONSULT", "phone")
    aid = coding(nlp, lexicon, "The country received military aid.", "aid")
    assert aid is not None and aid.cameo == "072" and "military" in aid.context


def test_supplement_codes_are_cameo_codes() -> None:
    folder = resources.files("dyads") / "data" / "events"
    supplement = json.loads((folder / "supplement.json").read_text("utf-8"))
    codes = [*supplement["verbs"].values(), *supplement["nouns"].values()]
    codes += [code for _, _, code in supplement["verb_patterns"] + supplement["noun_patterns"]]
    for code in codes:
        assert code is None or (code.isdigit() and len(code) in (3, 4) and 2 <= int(code[:2]) <= 20)


def test_cue_modes_are_codebook_modes(lexicon: TriggerLexicon) -> None:
    folder = resources.files("dyads") / "data" / "events"
    codebook = json.loads((folder / "plover_modes.json").read_text("utf-8"))
    for event in ("CONSULT", "ASSAULT", "PROTEST", "MOBILIZE"):
        modes = lexicon.cue_modes(event)
        assert modes and set(modes) <= set(codebook[event])


MODES = {"CONSULT": ["visit", "phone"], "ASSAULT": ["aerial"], "AGREE": []}
TABLE_HEADER = "# a comment\ncode\ttype\tmode\tcontexts\twhy\n"


def test_cameo_plover_rows_parse() -> None:
    text = TABLE_HEADER + "040\tCONSULT\t\t\tConsult\n041\tCONSULT\tphone\t\tBy phone\n"
    text += "\n0312\tAGREE\t\tmilitary;legal\tIntent to cooperate\n"
    assert parse_cameo_plover(text, MODES) == {
        "040": ("CONSULT", None, ()),
        "041": ("CONSULT", "phone", ()),
        "0312": ("AGREE", None, ("military", "legal")),
    }


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("041\tCONSULT\tphone\tBy phone", "5 tab-separated fields"),
        ("41\tCONSULT\tphone\t\tBy phone", "not 3 or 4 digits"),
        ("010\tCONSULT\t\t\tMake statement", "root 01"),
        ("041\tCONSUlT\tphone\t\tBy phone", "not a PLOVER type"),
        ("195\tASSAULT\tphone\t\tAerial weapons", "not a codebook mode of ASSAULT"),
        ("040\tCONSULT\t\tmilitary;sports\tConsult", "unknown PLOVER context sports"),
        ("040\tCONSULT\t\t\tConsult\n040\tCONSULT\t\t\tAgain", "listed twice"),
    ],
)
def test_cameo_plover_rejects_what_plover_does_not_have(row: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_cameo_plover(TABLE_HEADER + row + "\n", MODES)


def test_plover_lookup_falls_back_to_parent_then_root(lexicon: TriggerLexicon) -> None:
    assert lexicon.plover("041") == ("CONSULT", "phone", ())
    assert lexicon.plover("0841") == ("RETREAT", "release", ())
    parent = lexicon.plover("086")
    assert parent is not None and lexicon.plover("0862") == parent  # no row of its own
    root = lexicon.plover("190")
    assert root is not None and lexicon.plover("199") == root  # unknown code, known root
    # Public statements (CAMEO 01) are no PLOVER event, whatever the depth of the code.
    assert [lexicon.plover(c) for c in ("010", "013", "0101")] == [None, None, None]


def test_statement_verbs_code_no_event(nlp: Language, lexicon: TriggerLexicon) -> None:
    # "comment" is CAMEO 010 (make statement) in the verb dictionary.
    assert coding(nlp, lexicon, "The ministry commented on the report.", "commented") is None


def _shipped_table() -> str:
    return (resources.files("dyads") / "data" / "events" / "cameo_plover.tsv").read_text("utf-8")


def _codefile_codes(shared_data: Path) -> set[str]:
    """CAMEO codes named in the code list: `LABEL: 0211= Appeal for …`."""
    text = (shared_data / "petrarch" / "CAMEO_codefile.txt").read_text("utf-8")
    labels = [line.partition(":")[2] for line in text.splitlines() if line.startswith("LABEL")]
    found = {label.partition("=")[0].strip() for label in labels}
    return {code for code in found if code.isdigit()}


def test_shipped_table_covers_every_cameo_code(shared_data: Path) -> None:
    folder = resources.files("dyads") / "data" / "events"
    modes = json.loads((folder / "plover_modes.json").read_text("utf-8"))
    table = parse_cameo_plover(_shipped_table(), modes)
    codes = _codefile_codes(shared_data)
    # Cyber attack (176) and drone strikes (1952) came into CAMEO after the 2007 code list.
    assert set(table) <= codes | {"176", "1952"}
    three_digit = {c for c in codes if len(c) == 3 and not c.startswith("01")}
    assert three_digit <= set(table)
    assert {event for event, _, _ in table.values()} == set(modes)  # all 16 types are reached
    assert {c for _, _, contexts in table.values() for c in contexts} <= PLOVER_CONTEXTS
    # A 4-digit row is there only where it says something its parent does not.
    assert [c for c in table if len(c) == 4 and table[c] == table[c[:3]]] == []


def test_every_dictionary_code_outside_statements_has_a_plover_type(
    lexicon: TriggerLexicon,
) -> None:
    folder = resources.files("dyads") / "data" / "events"
    verbs = json.loads((folder / "cameo_verbs.json").read_text("utf-8"))["verbs"]
    codes = {entry["code"] for entry in verbs.values()}
    codes |= {pattern[0] for entry in verbs.values() for pattern in entry["patterns"]}
    for code in sorted(c for c in codes if c is not None):
        assert (lexicon.plover(code) is None) == code.startswith("01"), code


@pytest.mark.parametrize(
    ("text", "word", "cameo", "event"),
    [
        ("The court cancelled restrictions on foreign media.", "cancelled", "081", "CONCEDE"),
        ("The rebels dismissed an appeal to disarm.", "dismissed", "120", "REJECT"),
        ("The army captured the town after a week.", "captured", "192", "ASSAULT"),
        ("Farmers blocked the highway with tractors.", "blocked", "144", "PROTEST"),
        ("The president extended martial law in the south.", "extended", "1724", "COERCE"),
        ("Police sealed off the district overnight.", "sealed", "191", "COERCE"),
        ("The two navies began joint drills.", "drills", "062", "COOPERATE"),
        ("The envoy offered mediation between the parties.", "mediation", "045", "CONSULT"),
        ("The president received the Somali foreign minister.", "received", "043", "CONSULT"),
        ("Israeli forces pulled out of the town.", "pulled", "0874", "RETREAT"),
        ("Venezuela denied the request for extradition.", "denied", "120", "REJECT"),
        ("The council vetoed the new bill.", "vetoed", "120", "REJECT"),
        ("Dock workers went on strike.", "went", "143", "PROTEST"),
        ("The bloc imposed an arms embargo on Belarus.", "imposed", "163", "SANCTION"),
        ("Qatar severed diplomatic relations with Egypt.", "severed", "161", "SANCTION"),
        ("Russia massed troops along the border.", "massed", "154", "MOBILIZE"),
        ("The government shut down dozens of newspapers.", "shut", "1721", "COERCE"),
        ("The agencies shared intelligence on the plot.", "shared", "064", "COOPERATE"),
        ("The army sent reinforcements to the region.", "sent", "154", "MOBILIZE"),
        ("The rebels handed over their weapons.", "handed", "0873", "RETREAT"),
        ("The army lifted the siege of the city.", "lifted", "0872", "RETREAT"),
        ("The militia surrendered to government troops.", "surrendered", "0874", "RETREAT"),
        ("The navy dispatched two warships to the Gulf.", "dispatched", "154", "MOBILIZE"),
        ("France supplied fighter jets to India.", "supplied", "072", "AID"),
        ("The IMF disbursed a loan to Argentina.", "disbursed", "071", "AID"),
        ("Parliament repealed the security law.", "repealed", "081", "CONCEDE"),
        ("The premier defended the army's actions.", "defended", "052", "SUPPORT"),
        ("Human rights groups slammed the new law.", "slammed", "111", "ACCUSE"),
        ("The rebels turned down the offer of talks.", "turned", "120", "REJECT"),
        ("The union spurned the wage offer.", "spurned", "120", "REJECT"),
        ("The president gave the rebels an ultimatum.", "gave", "139", "THREATEN"),
        ("Delegations negotiated for three days.", "negotiated", "046", "CONSULT"),
        ("The envoy shuttled between the two capitals.", "shuttled", "045", "CONSULT"),
        ("Kenya broke diplomatic relations with Sudan.", "broke", "161", "SANCTION"),
        ("The bank approved a loan to Ghana.", "approved", "071", "AID"),
        ("The UN deployed peacekeeping troops in Haiti.", "deployed", "074", "AID"),
        ("The junta lifted martial law on Sunday.", "lifted", "081", "CONCEDE"),
        ("The government eased press censorship.", "eased", "0811", "CONCEDE"),
        ("The army held exercises near the border.", "held", "150", "MOBILIZE"),
        ("The two navies held joint exercises.", "held", "062", "COOPERATE"),
        ("The regime expelled the inspectors.", "expelled", "166", "SANCTION"),
        ("The authorities expelled thousands of migrants.", "expelled", "201", "ASSAULT"),
        ("The president ordered the observers to leave.", "ordered", "166", "SANCTION"),
        ("Gunmen hijacked an airliner over the sea.", "hijacked", "181", "ASSAULT"),
        ("The rebels began to demobilize.", "demobilize", "0873", "RETREAT"),
        ("Donors suspended food deliveries to the region.", "suspended", "162", "SANCTION"),
        ("The company sold tanks to Chile.", "sold", "072", "AID"),
        ("India moved troops to the frontier.", "moved", "154", "MOBILIZE"),
        ("Iraq let the inspectors into the site.", "let", "086", "RETREAT"),
        ("The two states launched a joint venture.", "venture", "061", "COOPERATE"),
        ("The minister expressed regret for the incident.", "expressed", "055", "SUPPORT"),
        ("The exiles rallied support for the opposition.", "rallied", "053", "SUPPORT"),
    ],
)
def test_supplement_patterns(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str, event: str
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is not None
    assert (found.cameo, found.event) == (cameo, event)


def test_launching_a_labour_strike_is_a_protest_not_an_airstrike(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    labour = coding(nlp, lexicon, "Teachers launched a general strike on Monday.", "launched")
    assert labour is not None and (labour.cameo, labour.event) == ("143", "PROTEST")
    attack = coding(nlp, lexicon, "Rebels launched a strike on the airport.", "launched")
    assert attack is not None and attack.event == "ASSAULT"


def _misparsed(nlp: Language, tag: str) -> Doc:
    """ "Planes bombed positions" with the verb attached as a modifier of its object."""
    return Doc(
        nlp.vocab,
        words=["Planes", "bombed", "positions", "."],
        pos=["NOUN", "VERB", "NOUN", "PUNCT"],
        tags=["NNS", tag, "NNS", "."],
        lemmas=["plane", "bomb", "position", "."],
        heads=[2, 2, 2, 2],
        deps=["compound", "amod", "ROOT", "punct"],
    )


def test_finite_verb_parsed_as_a_modifier_is_still_a_predicate(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    found = lexicon.code(_misparsed(nlp, "VBD")[1])
    assert found is not None and found.event == "ASSAULT"
    assert lexicon.code(_misparsed(nlp, "VBN")[1]) is None  # "the bombed positions"


def test_participle_modifier_is_no_trigger(nlp: Language, lexicon: TriggerLexicon) -> None:
    assert coding(nlp, lexicon, "The ousted president fled the country.", "ousted") is None


def test_participle_takes_the_noun_it_describes_as_its_object(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    found = coding(nlp, lexicon, "The sanctions imposed by Canada hurt exports.", "imposed")
    assert found is not None and (found.cameo, found.event) == ("163", "SANCTION")


def test_taking_effect_is_no_event(nlp: Language, lexicon: TriggerLexicon) -> None:
    assert coding(nlp, lexicon, "The new rules took effect on Monday.", "took") is None


def test_month_names_are_no_event_nouns(nlp: Language, lexicon: TriggerLexicon) -> None:
    assert coding(nlp, lexicon, "The talks resumed on March 3, 2020.", "March") is None
    march = coding(nlp, lexicon, "The march drew thousands of people.", "march")
    assert march is not None and march.event == "PROTEST"


# Corrections of the CAMEO dictionary in `supplement.json`, one test per class of correction.


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The new president took office in May.", "took"),
        ("The minister led the delegation.", "led"),
        ("The government faces a difficult winter.", "faces"),
        ("The ministry plans new rules for banks.", "plans"),
        ("The army declared victory.", "declared"),
        ("The company launched a new phone.", "launched"),
        ("Voters joined the queue before dawn.", "joined"),
        ("The rebels claimed the town was theirs.", "claimed"),
        ("The cabinet considered the budget.", "considered"),
        ("Officials gave no details.", "gave"),
    ],
)
def test_general_verbs_alone_announce_no_event(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str
) -> None:
    assert coding(nlp, lexicon, text, word) is None


@pytest.mark.parametrize(
    ("text", "word", "event"),
    [
        ("The army declared a ceasefire.", "declared", "CONCEDE"),
        ("The rebels launched missiles at the city.", "launched", "ASSAULT"),
        ("The regulator launched an investigation into the bank.", "launched", "ACCUSE"),
        ("The rebels took control of the airport.", "took", "ASSAULT"),
        ("Pakistan sought a loan from the fund.", "sought", "REQUEST"),
        ("The government blocked access to the website.", "blocked", "COERCE"),
        ("Germany granted asylum to the dissident.", "granted", "AID"),
        ("Nurses joined the strike.", "joined", "PROTEST"),
    ],
)
def test_general_verbs_are_events_with_their_objects(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, event: str
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is not None and found.event == event


@pytest.mark.parametrize(
    ("text", "word", "event", "mode"),
    [
        ("The rebels freed two journalists.", "freed", "RETREAT", "release"),
        ("The minister resigned last week.", "resigned", "RETREAT", "resign"),
        ("The army withdrew from the valley.", "withdrew", "RETREAT", "withdraw"),
        ("The court sentenced the general to ten years.", "sentenced", "SANCTION", "convict"),
        ("The court convicted the former mayor.", "convicted", "SANCTION", "convict"),
        ("Prosecutors indicted the former mayor.", "indicted", "ACCUSE", "allege"),
        ("The king invited the president to visit.", "invited", "AGREE", None),
        ("Japan provided food to the refugees.", "provided", "AID", None),
        ("The donors delivered medicine to the region.", "delivered", "AID", None),
        ("Parliament approved the new policy.", "approved", "SUPPORT", None),
        ("The two agencies coordinated their efforts.", "coordinated", "COOPERATE", None),
        ("The junta imposed restrictions on travel.", "imposed", "COERCE", "restrict"),
    ],
)
def test_defaults_of_the_wrong_type_are_corrected(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, event: str, mode: str | None
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is not None
    assert (found.event, found.mode) == (event, mode)


@pytest.mark.parametrize(
    ("text", "word", "event"),
    [
        ("China sent warships to the strait.", "sent", "MOBILIZE"),
        ("Qatar negotiated with the rebels.", "negotiated", "CONSULT"),
        ("Cuba denounced the sanctions.", "denounced", "ACCUSE"),
        ("Nicaragua broke off relations with Taiwan.", "broke", "SANCTION"),
        ("The troops pulled back from the border.", "pulled", "RETREAT"),
        ("Prosecutors charged the mayor with fraud.", "charged", "ACCUSE"),
        ("Britain summoned the ambassador.", "summoned", "ACCUSE"),
    ],
)
def test_patterns_coded_wrong_for_plover_are_overridden(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, event: str
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is not None and found.event == event


def test_adverb_parsed_particles_complete_patterns(nlp: Language, lexicon: TriggerLexicon) -> None:
    doc = nlp("Ethiopian forces pulled back from the border.")
    pulled = next(t for t in doc if t.text == "pulled")
    assert next(t for t in doc if t.text == "back").dep_ in ("advmod", "prt")
    found = lexicon.code(pulled)
    assert found is not None and (found.event, found.mode) == ("RETREAT", "withdraw")
    # Other adverbs complete nothing.
    assert coding(nlp, lexicon, "The minister quickly took a decision.", "took") is None


def test_violence_by_a_crowd_is_a_riot(nlp: Language, lexicon: TriggerLexicon) -> None:
    riot = coding(nlp, lexicon, "Rioters torched cars in the suburbs.", "torched")
    assert riot is not None and (riot.event, riot.mode) == ("PROTEST", "riot")
    arson = coding(nlp, lexicon, "Soldiers torched the village.", "torched")
    assert arson is not None and arson.event == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "word", "mode"),
    [
        ("Russian drones struck a power plant.", "struck", "drone"),
        ("Israeli aircraft bombed the depot.", "bombed", "aerial"),
        ("A suicide bomber killed twelve people.", "killed", "suicide-attack"),
    ],
)
def test_the_subject_sets_the_assault_mode(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, mode: str
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is not None and (found.event, found.mode) == ("ASSAULT", mode)


@pytest.mark.parametrize(
    ("text", "word", "event"),
    [
        ("Officials held a press conference.", "held", None),
        ("Police broke up the protest.", "broke", "ASSAULT"),
        ("The union ended the strike.", "ended", "CONCEDE"),
    ],
)
def test_light_verb_phrases_coded_as_plover_reads_them(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, event: str | None
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert (found.event if found is not None else None) == event


@pytest.mark.parametrize(
    ("text", "word", "event", "mode"),
    [
        ("Russia expelled ten German diplomats.", "expelled", "SANCTION", "expel"),
        ("The junta expelled a French journalist.", "expelled", "COERCE", "deport"),
        ("The rebels suspended attacks on the army.", "suspended", "CONCEDE", None),
        ("The minister was found guilty of fraud.", "found", "SANCTION", "convict"),
        ("A cyber attack hit the ministry.", "attack", "COERCE", "cyber"),
    ],
)
def test_object_decides_between_plover_types(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, event: str, mode: str | None
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is not None and (found.event, found.mode) == (event, mode)


@pytest.mark.parametrize(
    ("text", "word", "event"),
    [
        ("Japan gave patrol boats to the Philippines.", "gave", "AID"),
        ("Japan gave Ukraine $1 billion in loans.", "gave", "AID"),
        ("The government finally gave in to the strikers.", "gave", "CONCEDE"),
        ("Iran pardoned thousands of prisoners.", "pardoned", "CONCEDE"),
        ("Armenia handed over four villages to Azerbaijan.", "handed", "RETREAT"),
        ("Benin opened its borders to refugees from Nigeria.", "opened", "AID"),
    ],
)
def test_verb_class_rules_for_giving_and_conceding(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, event: str
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is not None and found.event == event


def test_an_order_to_close_or_suspend_is_coercion(nlp: Language, lexicon: TriggerLexicon) -> None:
    text = "The government ordered the newspaper to suspend publication."
    found = coding(nlp, lexicon, text, "ordered")
    assert found is not None and found.event == "COERCE"
    demand = coding(nlp, lexicon, "The court ordered the minister to testify.", "ordered")
    assert demand is not None and demand.event == "REQUEST"


def test_mobilizing_non_forces_is_no_mobilization(nlp: Language, lexicon: TriggerLexicon) -> None:
    text = "The government mobilized pressure groups abroad."
    assert coding(nlp, lexicon, text, "mobilized") is None
    troops = coding(nlp, lexicon, "The government mobilized troops.", "mobilized")
    assert troops is not None and troops.event == "MOBILIZE"


def test_noun_patterns_reach_the_object_of_a_preposition(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    embargo = coding(nlp, lexicon, "France announced a ban on arms exports.", "ban")
    assert embargo is not None and embargo.event == "SANCTION"
    rallies = coding(nlp, lexicon, "The junta announced a ban on rallies.", "ban")
    assert rallies is not None and rallies.event == "COERCE"
    text = "The envoy undertook a mediation mission between the two sides."
    mission = coding(nlp, lexicon, text, "mission")
    assert mission is not None and mission.event == "CONSULT"
    assert coding(nlp, lexicon, "The mission ended in May.", "mission") is None


def test_verb_lemmas_the_lemmatizer_gets_wrong_are_repaired(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    strike = coding(nlp, lexicon, "Teachers staged a demonstration in the capital.", "staged")
    assert strike is not None and strike.event == "PROTEST"
    relief = coding(nlp, lexicon, "Italy forgave part of the debt.", "forgave")
    assert relief is not None and relief.event == "AID"


def test_a_modifier_hung_on_a_compound_still_completes_a_noun_pattern(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    found = coding(nlp, lexicon, "They began work on a joint power project.", "project")
    assert found is not None and (found.cameo, found.event) == ("061", "COOPERATE")


def test_object_of_a_raising_verb_completes_its_pattern(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    found = coding(nlp, lexicon, "Iraq allowed the inspectors to visit the site.", "allowed")
    assert found is not None and (found.cameo, found.event) == ("086", "RETREAT")


def test_calling_off_a_labour_strike_eases_dissent(nlp: Language, lexicon: TriggerLexicon) -> None:
    workers = coding(nlp, lexicon, "The miners called off their strike.", "called")
    assert workers is not None and (workers.cameo, workers.event) == ("082", "CONCEDE")
    general = coding(nlp, lexicon, "The union called off the general strike.", "called")
    assert general is not None and general.cameo == "082"


def test_a_blockade_by_a_group_of_civilians_is_a_protest_but_their_violence_not_a_riot(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    peasants = coding(nlp, lexicon, "Peasants blockaded the town hall.", "blockaded")
    assert peasants is not None and peasants.event == "PROTEST"
    police = coding(nlp, lexicon, "Police blockaded the town hall.", "blockaded")
    assert police is not None and police.event == "COERCE"
    villagers = coding(nlp, lexicon, "Villagers killed two soldiers.", "killed")
    assert villagers is not None and villagers.event == "ASSAULT"


def test_exercises_held_by_conjoined_parties_are_military_cooperation(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    together = coding(nlp, lexicon, "Russia and China held naval exercises.", "held")
    assert together is not None and (together.cameo, together.event) == ("062", "COOPERATE")
    alone = coding(nlp, lexicon, "China held naval exercises.", "held")
    assert alone is not None and alone.event == "MOBILIZE"


def test_a_word_form_the_lemmatizer_maps_to_another_verb_is_repaired(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    found = coding(nlp, lexicon, "Soldiers raped women in the village.", "raped")
    assert found is not None and (found.cameo, found.event) == ("1821", "ASSAULT")


def test_a_purpose_clause_completes_a_clause_pattern(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    text = "The league sent a team to investigate the killings."
    found = coding(nlp, lexicon, text, "sent")
    assert found is not None and (found.cameo, found.event) == ("090", "ACCUSE")


def test_expelling_people_by_the_thousand_is_a_mass_expulsion(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    mass = coding(nlp, lexicon, "The regime expelled 80,000 migrants last year.", "expelled")
    assert mass is not None and (mass.cameo, mass.event) == ("201", "ASSAULT")
    few = coding(nlp, lexicon, "The regime expelled 80 migrants last year.", "expelled")
    assert few is not None and few.cameo != "201"


def test_a_crowd_that_seizes_property_still_seizes_it(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    found = coding(nlp, lexicon, "Students seized the embassy on Sunday.", "seized")
    assert found is not None and found.event == "COERCE"
