"""Tests for the trigger lexicon: CAMEO codes, PLOVER types, modes and contexts."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dyads.stages.triggers import (
    PLOVER_CONTEXTS,
    Coding,
    Pattern,
    PatternOpenings,
    Slot,
    TriggerLexicon,
    _argument_tokens,
    _best_pattern,
    misread_crowd_participle,
    parse_cameo_plover,
    permitted_party,
    quad_class,
)


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


def coding(nlp: Language, lexicon: TriggerLexicon, text: str, word: str) -> Coding | None:
    doc = nlp(text)
    return lexicon.code(next(t for t in doc if t.text == word))


def rule(name: str, *rows: tuple[Any, ...]) -> list[Any]:
    """The rows of one rule, each named by the rule and its sentence."""
    return [pytest.param(*row, id=f"{name}: {row[0]}") for row in rows]


# The PLOVER type and mode a trigger word gets in its sentence.
@pytest.mark.parametrize(
    ("text", "word", "event", "mode"),
    [
        *rule(
            "codes and modes",
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
        ),
        *rule(
            "defaults of the wrong type are corrected",
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
        ),
        *rule(
            "the subject sets the assault mode",
            ("Russian drones struck a power plant.", "struck", "ASSAULT", "drone"),
            ("Israeli aircraft bombed the depot.", "bombed", "ASSAULT", "aerial"),
            ("A suicide bomber killed twelve people.", "killed", "ASSAULT", "suicide-attack"),
        ),
        *rule(
            "the object decides between PLOVER types",
            ("Russia expelled ten German diplomats.", "expelled", "SANCTION", "expel"),
            ("The junta expelled a French journalist.", "expelled", "COERCE", "deport"),
            ("The rebels suspended attacks on the army.", "suspended", "CONCEDE", None),
            ("The minister was found guilty of fraud.", "found", "SANCTION", "convict"),
            ("A cyber attack hit the ministry.", "attack", "COERCE", "cyber"),
        ),
        *rule(
            "noun patterns refine event nouns",
            ("The call lasted an hour.", "call", "CONSULT", "phone"),
        ),
        *rule(
            "violence by a crowd is a riot",
            ("Rioters torched cars in the suburbs.", "torched", "PROTEST", "riot"),
        ),
        *rule(
            "talks a journey is for are held on a visit",
            ("Kohl arrived in Moscow for talks with Yeltsin.", "talks", "CONSULT", "visit"),
            (
                "Meles arrived in Asmara on Sunday for two days of talks with Isaias.",
                "talks",
                "CONSULT",
                "visit",
            ),
            ("Kohl held talks with Yeltsin in Moscow.", "talks", "CONSULT", None),
        ),
        *rule(
            "an act the trigger names is the mode before a weapon around it",
            ("Gunmen kidnapped a journalist at gunpoint.", "kidnapped", "ASSAULT", "abduct"),
            ("Gunmen assassinated the governor.", "assassinated", "ASSAULT", "assassinate"),
            ("Gunmen shot a journalist in Beirut.", "shot", "ASSAULT", "firearms"),
        ),
    ],
)
def test_event_and_mode(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, event: str, mode: str | None
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is not None
    assert (found.event, found.mode) == (event, mode)


# The CAMEO code and PLOVER type a trigger word gets in its sentence.
@pytest.mark.parametrize(
    ("text", "word", "cameo", "event"),
    [
        *rule(
            "a blockade imposed, enforced or laid by a verb restricts movement (CAMEO 191)",
            ("Chinese warships blockaded the island's harbours.", "blockaded", "191", "COERCE"),
            ("The coalition imposed a naval blockade on the port.", "imposed", "191", "COERCE"),
            ("The navy enforced a blockade of the coast.", "enforced", "191", "COERCE"),
            ("The junta declared a state of siege in the capital.", "declared", "1724", "COERCE"),
        ),
        *rule(
            "supplement patterns",
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
        ),
        *rule(
            "launching a labour strike is a protest",
            ("Teachers launched a general strike on Monday.", "launched", "143", "PROTEST"),
        ),
        *rule(
            "a participle takes the noun it describes as its object",
            ("The sanctions imposed by Canada hurt exports.", "imposed", "163", "SANCTION"),
        ),
        *rule(
            "a modifier hung on a compound still completes a noun pattern",
            ("They began work on a joint power project.", "project", "061", "COOPERATE"),
        ),
        *rule(
            "the object of a raising verb completes its pattern",
            ("Iraq allowed the inspectors to visit the site.", "allowed", "086", "RETREAT"),
        ),
        *rule(
            "calling off a labour strike eases dissent",
            ("The miners called off their strike.", "called", "082", "CONCEDE"),
        ),
        *rule(
            "a protest named by a noun is a state's complaint when a state makes it",
            ("Seoul's protest to Tokyo was ignored.", "protest", "114", "ACCUSE"),
            ("The exercises drew angry protests from North Korea.", "protests", "114", "ACCUSE"),
            ("The decision drew protests from students.", "protests", "141", "PROTEST"),
            ("The protest in Seoul drew 10,000 people.", "protest", "141", "PROTEST"),
        ),
        *rule(
            "a soldier or marine who leaves a country withdraws",
            ("The last Soviet soldier left Afghanistan.", "left", "0874", "RETREAT"),
            ("The last U.S. Marine departed Somalia on Friday.", "departed", "0874", "RETREAT"),
        ),
        *rule(
            "a noun left loose after a phrase of time is the verb's object",
            (
                "Botha rejected on Wednesday calls by the Commonwealth to free Mandela.",
                "rejected",
                "120",
                "REJECT",
            ),
        ),
        *rule(
            "forces put on a war footing are on alert",
            ("North Korea put its forces on a war footing.", "put", "150", "MOBILIZE"),
            ("Iran put its army on a war footing on Monday.", "put", "150", "MOBILIZE"),
        ),
        *rule(
            "exercises held by conjoined parties are military cooperation",
            ("Russia and China held naval exercises.", "held", "062", "COOPERATE"),
            (
                "South Korea and the United States began their annual exercises.",
                "exercises",
                "062",
                "COOPERATE",
            ),
        ),
        *rule(
            "a word form the lemmatizer maps to another verb is repaired",
            ("Soldiers raped women in the village.", "raped", "1821", "ASSAULT"),
        ),
        *rule(
            "a purpose clause completes a clause pattern",
            ("The league sent a team to investigate the killings.", "sent", "090", "ACCUSE"),
        ),
        *rule(
            "events named by a general verb and its subject or particle",
            ("A car bomb went off near the station.", "went", "183", "ASSAULT"),
            ("Fighting broke out in the north on Sunday.", "broke", "190", "ASSAULT"),
            ("Ethnic violence swept the province.", "swept", "190", "ASSAULT"),
            ("The march turned violent in the afternoon.", "turned", "145", "PROTEST"),
            ("The province was placed under martial law.", "placed", "1724", "COERCE"),
            ("The leader was put under house arrest.", "put", "173", "COERCE"),
            ("The guerrillas handed in their weapons.", "handed", "0873", "RETREAT"),
            ("Italy sent back two hundred migrants.", "sent", "174", "COERCE"),
            ("Washington put pressure on Seoul.", "put", "100", "REQUEST"),
            ("The opposition withdrew its demand for elections.", "withdrew", "080", "CONCEDE"),
            ("The donors withdrew their funding for the dam.", "withdrew", "162", "SANCTION"),
            ("The delegation withdrew from the talks.", "withdrew", "164", "SANCTION"),
            ("The bank released a loan to Kenya.", "released", "071", "AID"),
            ("The government called up 20,000 reservists.", "called", "154", "MOBILIZE"),
            ("Police stepped up patrols in the capital.", "stepped", "150", "MOBILIZE"),
            ("Advisers trained Colombian soldiers.", "trained", "072", "AID"),
            ("A judge issued an arrest warrant for the general.", "issued", "173", "COERCE"),
            ("The junta agreed to allow public rallies.", "allow", "0811", "CONCEDE"),
            ("The pope called for an end to the fighting.", "called", "1056", "REQUEST"),
        ),
        *rule(
            "ending an event codes by the ended event's type",
            ("The students halted their protests.", "halted", "082", "CONCEDE"),
            ("Donors suspended aid to the region.", "suspended", "162", "SANCTION"),
            ("The rebels stopped fighting on Sunday.", "stopped", "087", "RETREAT"),
        ),
        *rule(
            "signing an agreement is SUPPORT whatever it is about",
            (
                "Egypt and Sudan signed an economic cooperation agreement.",
                "signed",
                "057",
                "SUPPORT",
            ),
        ),
        *rule(
            "a word naming the kind of building is not the object",
            ("Demonstrators attacked government buildings.", "attacked", "145", "PROTEST"),
        ),
        *rule(
            "a word naming whose forces or targets they are is not the object",
            ("Rebels attacked government forces near the border.", "attacked", "190", "ASSAULT"),
            ("Guerrillas attacked a government convoy.", "attacked", "190", "ASSAULT"),
            ("Rebels attacked army positions overnight.", "attacked", "190", "ASSAULT"),
            ("The senator attacked the government.", "attacked", "111", "ACCUSE"),
        ),
        *rule(
            "executing a party, or people, kills them; executing a plan is no event",
            (
                "Ceausescu and his wife were executed by a firing squad.",
                "executed",
                "190",
                "ASSAULT",
            ),
            ("The rebels executed a captured soldier.", "executed", "190", "ASSAULT"),
        ),
        *rule(
            "a visit made or ended, a summit ended, is the meeting held",
            ("Mitterrand made a surprise visit to Sarajevo.", "made", "042", "CONSULT"),
            ("The Chinese president ended his visit to Japan.", "ended", "042", "CONSULT"),
            ("The two leaders ended their summit without an agreement.", "ended", "040", "CONSULT"),
            ("Iran broke off talks with the EU.", "broke", "164", "SANCTION"),
        ),
        *rule(
            "a movement's word before its leaders is not the object",
            ("The council held talks with protest leaders.", "held", "040", "CONSULT"),
        ),
        *rule(
            "event nouns of concessions, severed ties and advances",
            ("The junta made concessions to the opposition.", "concessions", "080", "CONCEDE"),
            (
                "Kuwait announced the suspension of relations with Iraq.",
                "suspension",
                "161",
                "SANCTION",
            ),
            ("The army began a military advance on the town.", "advance", "190", "ASSAULT"),
        ),
        *rule(
            "a strike by workers or of days is a labour strike",
            ("Teachers have been striking since Monday.", "striking", "143", "PROTEST"),
            ("Hundreds of nurses are on strike.", "strike", "143", "PROTEST"),
            ("Dock workers began a strike on Monday.", "strike", "143", "PROTEST"),
            ("Unions called a two-day strike.", "strike", "143", "PROTEST"),
            ("Jets carried out air strikes for a week.", "strikes", "195", "ASSAULT"),
        ),
        *rule(
            "envoys, protests, departures and deliveries",
            ("Oslo summoned the Kenyan high commissioner.", "summoned", "110", "ACCUSE"),
            ("Lima recalled its envoy from Quito.", "recalled", "161", "SANCTION"),
            ("Accra withdrew its envoy from Lome.", "withdrew", "161", "SANCTION"),
            ("Hanoi filed a protest with Manila.", "filed", "114", "ACCUSE"),
            ("The last French soldiers left Chad.", "left", "0874", "RETREAT"),
            ("The navy took delivery of two frigates.", "took", "072", "AID"),
            ("Police broke up a rally in the capital.", "broke", "172", "COERCE"),
            ("Rome rejected claims that it paid a ransom.", "rejected", "120", "REJECT"),
            ("The two sides met for talks in Cairo.", "met", "046", "CONSULT"),
        ),
        *rule(
            "envoys expelled, links cut, plans shelved, truces and exports",
            ("Honiara expelled Australia's high commissioner.", "expelled", "166", "SANCTION"),
            ("Nairobi expelled the British consul.", "expelled", "166", "SANCTION"),
            ("Moscow cut postal links with Tbilisi.", "cut", "160", "SANCTION"),
            ("The government shelved the amnesty bill.", "shelved", "080", "CONCEDE"),
            (
                "Kampala declared a cessation of hostilities with the rebels.",
                "declared",
                "0871",
                "CONCEDE",
            ),
            ("Kazakhstan began pumping oil to China.", "pumping", "061", "COOPERATE"),
        ),
        *rule(
            "a noun conjoined to the object completes a pattern",
            ("Moscow cut all transport and postal links with Tbilisi.", "cut", "160", "SANCTION"),
            # One conjoined to a passive subject is no crowd doing the act.
            ("Dozens of lawyers and activists were detained.", "detained", "173", "COERCE"),
        ),
        *rule(
            "people accused of a crime handed to a go-between are returned, not extradited",
            (
                "Georgia handed over four Russian officers accused of spying to the OSCE.",
                "handed",
                "0842",
                "RETREAT",
            ),
            (
                "Georgia handed over four Russian officers accused of spying to Russian police.",
                "handed",
                "063",
                "COOPERATE",
            ),
        ),
        *rule(
            "a place's phrase is its own",
            (
                "Rebels attacked a camp for displaced families near the border.",
                "attacked",
                "190",
                "ASSAULT",
            ),
            ("The senator attacked the minister for his silence.", "attacked", "111", "ACCUSE"),
        ),
        *rule(
            "banning investment in a state, trade with it or its imports and exports is an "
            "embargo (CAMEO 163), not a ban at home",
            ("The bloc banned new investment in the country.", "banned", "163", "SANCTION"),
            ("Washington banned trade with Havana.", "banned", "163", "SANCTION"),
            ("The government banned imports from its neighbour.", "banned", "163", "SANCTION"),
            ("The junta banned exports of rice.", "banned", "163", "SANCTION"),
            ("The junta banned political gatherings.", "banned", "172", "COERCE"),
        ),
        *rule(
            "trade cut off, halted, suspended or severed is curtailed commerce (CAMEO 163)",
            ("Ethiopia cut off trade with Eritrea.", "cut", "163", "SANCTION"),
            ("Moscow suspended trade with Riga.", "suspended", "163", "SANCTION"),
            ("The junta halted commerce with its neighbour.", "halted", "163", "SANCTION"),
        ),
        *rule(
            "troops, warships or tanks that gather or assemble are mobilised (CAMEO 154)",
            ("Turkish warships gathered off the islet.", "gathered", "154", "MOBILIZE"),
            ("Iraqi troops gathered near the border.", "gathered", "154", "MOBILIZE"),
            ("Tanks assembled outside the capital.", "assembled", "154", "MOBILIZE"),
        ),
        *rule(
            "autonomy or independence granted accedes to political change (CAMEO 083), and a "
            "phrase of the price asked completes none of the act's patterns",
            ("Britain granted independence to Kenya.", "granted", "083", "CONCEDE"),
            (
                "Jakarta granted the province autonomy in return for recognition of its rule.",
                "granted",
                "083",
                "CONCEDE",
            ),
        ),
        *rule(
            "a preposition of a pattern governs the word after it, and a verb governed with no "
            "subject of its own takes its governor's subject",
            (
                "Serbian troops began withdrawing from Kosovo under the agreement.",
                "withdrawing",
                "0874",
                "RETREAT",
            ),
            (
                "The United States began withdrawing from the treaty.",
                "withdrawing",
                "160",
                "SANCTION",
            ),
            ("Russian troops started to withdraw from the border.", "withdraw", "0874", "RETREAT"),
        ),
        *rule(
            "peacekeepers that arrive or land provide peacekeeping (CAMEO 074), not the host's"
            " 0861",
            ("The first peacekeepers landed in Monrovia.", "landed", "074", "AID"),
            ("U.N. peacekeepers arrived in Kigali.", "arrived", "074", "AID"),
        ),
        *rule(
            "stones, bottles or petrol bombs thrown by a crowd or youths are a riot (145)",
            ("Palestinian youths hurled stones at Israeli troops.", "hurled", "145", "PROTEST"),
            ("Rebels threw grenades at a police station.", "threw", "193", "ASSAULT"),
        ),
        *rule(
            "settled disputes, raised alerts, lobbed tear gas, frozen transfers, recalls",
            ("Peru settled its border dispute with Ecuador.", "settled", "037", "AGREE"),
            ("Cyprus raised the alert level of its National Guard.", "raised", "150", "MOBILIZE"),
            ("Riot police lobbed tear gas into the crowd.", "lobbed", "175", "ASSAULT"),
            ("Israel froze the transfer of tax revenues.", "froze", "163", "SANCTION"),
            ("The recall of the ambassador was announced.", "recall", "161", "SANCTION"),
        ),
        *rule(
            "goods sent under a supply, trade or sales agreement or a contract are trade (061)",
            ("Russia delivered gas to Ukraine under a contract.", "delivered", "061", "COOPERATE"),
            (
                "Japan sent rice to North Korea under a humanitarian agreement.",
                "sent",
                "073",
                "AID",
            ),
        ),
        *rule(
            "a passive 'received by' is the host's meeting; aid agencies banned are restricted",
            ("The envoy was received by the king.", "received", "043", "CONSULT"),
            ("The minister received a letter by fax.", "received", "040", "CONSULT"),
            ("The junta banned foreign aid workers.", "banned", "172", "COERCE"),
            ("Washington banned aid to the junta.", "banned", "162", "SANCTION"),
        ),
        *rule(
            "eased rules, hailed defeats, crowds pouring in to demand",
            ("Kuwait eased visa rules for Jordanian workers.", "eased", "081", "CONCEDE"),
            ("The OAU hailed Diouf for conceding defeat.", "hailed", "051", "SUPPORT"),
            ("Seoul welcomed Japan's offer of aid to Pyongyang.", "welcomed", "051", "SUPPORT"),
            ("Senegal welcomed a Gambian offer to mediate.", "welcomed", "030", "AGREE"),
            (
                "Thousands of Serbs poured into Belgrade to demand change.",
                "poured",
                "141",
                "PROTEST",
            ),
        ),
        *rule(
            "shops shut in a strike are the strike (CAMEO 143), not the end of one or a closure",
            ("Merchants closed their shops for a three-day strike.", "closed", "143", "PROTEST"),
            ("Traders shut their stores in a strike.", "shut", "143", "PROTEST"),
            ("Police closed the shops.", "closed", "1723", "COERCE"),
        ),
    ],
)
def test_cameo_and_event(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str, event: str
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is not None
    assert (found.cameo, found.event) == (cameo, event)


# The PLOVER type a trigger word gets in its sentence; None: the word is no trigger there.
@pytest.mark.parametrize(
    ("text", "word", "event"),
    [
        *rule(
            "statements and non-events have no coding",
            ("The spokesman said the talks went well.", "said", None),
            ("The summit will take place in June.", "take", None),
            ("According to officials, the town fell.", "According", None),
            ("The ousted president fled.", "ousted", None),
            ("A staff member went missing.", "went", None),
        ),
        *rule(
            "a crowd pouring in with no demand is no protest",
            ("Thousands of refugees poured into Guinea.", "poured", None),
        ),
        *rule(
            # "comment" is CAMEO 010 (make statement) in the verb dictionary.
            "statement verbs code no event",
            ("The ministry commented on the report.", "commented", None),
        ),
        *rule(
            "wire wording of the CAMEO manual's kind: climbing down yields (080), unbanning eases "
            "(081), expropriating seizes (171), flouting defies (128), repudiating rejects (120)",
            ("Iraq climbed down in its dispute with the inspectors.", "climbed", "CONCEDE"),
            ("The government unbanned the African National Congress.", "unbanned", "CONCEDE"),
            ("The government expropriated 841 white-owned farms.", "expropriated", "COERCE"),
            ("Libya flouted the air embargo on Monday.", "flouted", "REJECT"),
            ("The PLO repudiated the Israeli plan for elections.", "repudiated", "REJECT"),
        ),
        *rule(
            "idioms of the CAMEO manual's kind: a third party bringing two together mediates "
            "(045), diplomatic weight lent praises (051), speaking up for defends (052), taking "
            "exception disapproves (110), a complaint registered is official (114)",
            ("Egypt brought together Arafat and Peres in Cairo.", "brought", "CONSULT"),
            ("Brazil lent its diplomatic weight to Argentina's claim.", "lent", "SUPPORT"),
            ("China spoke up for Pakistan on Tuesday.", "spoke", "SUPPORT"),
            ("Beijing took strong exception to the visit.", "took", "ACCUSE"),
            ("Tokyo registered a formal complaint with Moscow.", "registered", "ACCUSE"),
            ("A court sent the dissident to prison for 14 years.", "sent", "SANCTION"),
            ("The minister struck a gloomy note about the talks.", "struck", None),
        ),
        *rule(
            "acts of the CAMEO manual's kind: relations put on ice (160), walking or storming "
            "out of talks (164), strikers going back to work (082), forces vacating positions "
            "(0874), remains repatriated (0842), looking into an incident investigates (090)",
            ("Canberra put its ties with Fiji on ice.", "put", "SANCTION"),
            ("North Korea stormed out of the border talks.", "stormed", "SANCTION"),
            ("Striking miners went back to work on Thursday.", "went", "CONCEDE"),
            ("Syrian troops vacated their positions in the hills.", "vacated", "RETREAT"),
            ("Hanoi repatriated the remains of 14 servicemen.", "repatriated", "RETREAT"),
            ("A commission is looking into the air raid.", "looking", "ACCUSE"),
            ("Settlers roughed up two journalists in Hebron.", "roughed", "ASSAULT"),
            ("Security agents picked up the lawyer at his home.", "picked", "COERCE"),
            ("Aid agencies picked up the pace of deliveries.", "picked", None),
            ("Some 300 inmates have been fasting for ten days.", "fasting", "PROTEST"),
            ("Muslims across Indonesia are fasting during Ramadan.", "fasting", None),
            ("Iraqi artillery rained shells on the port.", "rained", "ASSAULT"),
            ("Baghdad summoned reservists to their units.", "summoned", "MOBILIZE"),
            ("Troops herded villagers into resettlement camps.", "herded", "COERCE"),
            ("Washington outlawed all trade with Libya.", "outlawed", "SANCTION"),
            ("Iraq and Jordan launched a joint trucking company.", "launched", "COOPERATE"),
        ),
        *rule(
            "idioms of refusal, reduced relations and force of the CAMEO manual's kind: accords "
            "torn up (127), plans thrown out or turned aside and calls brushed off (120), the door "
            "closed to talks (125), resolutions killed (129), deadlines ignored (128), the plug "
            "pulled on talks (164), aid stopped (162), imports barred (163), guns turned on a "
            "crowd and arms broken (ASSAULT), rounds poured into a town (194), a region purged "
            "of its population (203), representations made (114), notes compared (040), "
            "tip-offs (064)",
            ("Savimbi tore up the peace accords on Wednesday.", "tore", "REJECT"),
            ("France threw out the American plan on Monday.", "threw", "REJECT"),
            ("Sri Lanka turned aside an Indian offer to broker talks.", "turned", "REJECT"),
            ("Beijing brushed off calls for political reform.", "brushed", "REJECT"),
            ("Ankara closed the door to any negotiations with the rebels.", "closed", "REJECT"),
            ("The United States killed the Security Council resolution.", "killed", "REJECT"),
            ("Libya ignored the U.N. deadline on Wednesday.", "ignored", "REJECT"),
            ("Pyongyang pulled the plug on the talks with Seoul.", "pulled", "SANCTION"),
            ("Britain stopped its aid programme to Malawi.", "stopped", "SANCTION"),
            ("Washington barred imports of Iranian oil.", "barred", "SANCTION"),
            ("Soldiers turned their guns on the marchers.", "turned", "ASSAULT"),
            ("Soldiers broke the arms of two youths.", "broke", "ASSAULT"),
            ("Gunners poured hundreds of rounds into the city.", "poured", "ASSAULT"),
            ("Abkhaz forces purged Abkhazia of its Georgian population.", "purged", "ASSAULT"),
            ("China made solemn representations to India.", "made", "ACCUSE"),
            ("French and German generals compared notes in Paris.", "compared", "CONSULT"),
            ("Jordanian agents tipped off the CIA about the plot.", "tipped", "COOPERATE"),
            ("The White House stood up for Israel on Thursday.", "stood", "SUPPORT"),
            ("Mobs rampaged through the town on Thursday.", "rampaged", "PROTEST"),
            ("Hackers defaced dozens of government web sites.", "defaced", "COERCE"),
            ("Guatemala invited the United Nations to oversee the talks.", "invited", "REQUEST"),
        ),
        *rule(
            "light verbs and particles of the CAMEO manual's kind: an envoy brought home (161), an "
            "inquiry convened (090), troops thinned out (0874), getting on the telephone to a "
            "party (041), a banquet laid on (043), a war or offensive renewed (190), a port or "
            "border closed to a party (191), people ordered to stay indoors (172)",
            ("Cairo brought its ambassador home from Tel Aviv.", "brought", "SANCTION"),
            ("The Pentagon convened a board of inquiry on Friday.", "convened", "ACCUSE"),
            ("The Pentagon convened a meeting of the joint chiefs.", "convened", "CONSULT"),
            ("India thinned out its troops along the frontier.", "thinned", "RETREAT"),
            ("Bush got on the telephone to Yeltsin on Saturday.", "got", "CONSULT"),
            ("Moi laid on a state banquet for Museveni.", "laid", "CONSULT"),
            ("Ethiopia renewed its war with Eritrea on Friday.", "renewed", "ASSAULT"),
            ("Greece closed its port to goods bound for Macedonia.", "closed", "COERCE"),
            ("The army ordered residents to stay indoors.", "ordered", "COERCE"),
            ("Forensic experts exhumed mass graves near Kibuye.", "exhumed", "ACCUSE"),
            ("The U.N. flew its last foreign staff out of Mogadishu.", "flew", "SANCTION"),
            ("Norway stepped back from its role as peace broker.", "stepped", "SANCTION"),
            ("Milosevic stood firm against NATO's demand.", "stood", "REJECT"),
            ("Some 200 prisoners began a fast against their transfer.", "fast", "PROTEST"),
            ("Muslims began the fast of Ramadan on Monday.", "fast", None),
            ("Police led the lawyer away in handcuffs.", "led", "COERCE"),
            (
                "Tens of thousands of Czechs thronged Wenceslas Square on Friday calling for free "
                "elections.",
                "thronged",
                "PROTEST",
            ),
            ("Refugees poured across the border fleeing the fighting.", "poured", None),
            ("Ankara said the move would be a cause for war.", "cause", "THREATEN"),
            ("Iraq granted U.N. inspectors access to the palaces.", "granted", "RETREAT"),
            ("Brazil and Argentina pooled their nuclear research.", "pooled", "COOPERATE"),
            ("The IMF held up Ghana as a model for Africa.", "held", "SUPPORT"),
            ("Malaysia shipped 500 illegal workers home.", "shipped", "COERCE"),
        ),
        *rule(
            "throats cut or slit are unconventional violence (CAMEO 180)",
            ("Militants cut the throats of 43 villagers.", "cut", "ASSAULT"),
            ("Gunmen slit the throats of two guards.", "slit", "ASSAULT"),
            ("The firm cut its prices again.", "cut", None),
        ),
        *rule(
            "police who club people beat them (182); companies that club together do not",
            ("Riot police clubbed opposition supporters.", "clubbed", "ASSAULT"),
            ("Four oil companies clubbed together to buy the pipeline.", "clubbed", None),
        ),
        *rule(
            "forces put on combat readiness, or ordered on to alert, are mobilised (150)",
            ("Armenia's armed forces were put on combat readiness.", "put", "MOBILIZE"),
            ("Security forces were ordered on to high alert on Sunday.", "ordered", "MOBILIZE"),
        ),
        *rule(
            "a message of condolence or sympathy is a public statement (018), no event",
            ("The president sent a message of condolence to the families.", "sent", None),
            ("The king sent a message of sympathy to the victims.", "sent", None),
            ("The president sent a message of support to the troops.", "sent", "SUPPORT"),
        ),
        *rule(
            "opening the gates of hell is an idiom, no eased blockade",
            ("He said Israel had opened the gates of hell.", "opened", None),
            ("Israel opened the gates of the Erez crossing.", "opened", "RETREAT"),
        ),
        *rule(
            "a vow to avenge threatens (138)",
            ("Hamas vowed to avenge the killing of its bombmaker.", "avenge", "THREATEN"),
        ),
        *rule(
            "the Red Cross or a mission allowed in is international involvement (086)",
            ("The junta allowed the Red Cross to visit prisoners.", "allowed", "RETREAT"),
            ("Israel let an EU mission monitor the crossing.", "let", "RETREAT"),
        ),
        *rule(
            "the modifiers of a passive subject complete the verb's pattern",
            ("Martial law in Lhasa was lifted on Tuesday.", "lifted", "CONCEDE"),
            ("The rejection of the proposal was announced on Tuesday.", "announced", None),
        ),
        *rule(
            "people killed when a vehicle crashed or plunged died in an accident",
            ("Thirty passengers were killed when a bus plunged into the river.", "killed", None),
            ("Two soldiers were killed when their helicopter crashed.", "killed", None),
            ("Two soldiers were killed when rebels ambushed their convoy.", "killed", "ASSAULT"),
        ),
        *rule(
            "a statement, email or video sent to reporters is no aid",
            ("The militants claimed the raid in a statement sent to reporters.", "sent", None),
            ("The group sent a video to a local broadcaster.", "sent", None),
            ("Norway sent food to the flooded districts.", "sent", "AID"),
        ),
        *rule(
            "a peacekeeping mission ended withdraws peacekeepers",
            (
                "The Security Council voted to end the peacekeeping mission in Haiti.",
                "end",
                "SANCTION",
            ),
            ("The Security Council ended its session early.", "ended", None),
        ),
        *rule(
            "a warning of a risk and no reprisal threatens nobody",
            ("Unions warned that thousands of jobs were at risk.", "warned", None),
            ("Greece warned Ankara that it risked sanctions.", "warned", "THREATEN"),
        ),
        *rule(
            "general verbs alone announce no event",
            ("The new president took office in May.", "took", None),
            ("The minister led the delegation.", "led", None),
            ("The government faces a difficult winter.", "faces", None),
            ("The ministry plans new rules for banks.", "plans", None),
            ("The army declared victory.", "declared", None),
            ("The company launched a new phone.", "launched", None),
            ("Voters joined the queue before dawn.", "joined", None),
            ("The rebels claimed the town was theirs.", "claimed", None),
            ("The cabinet considered the budget.", "considered", None),
            ("Officials gave no details.", "gave", None),
        ),
        *rule(
            "general verbs are events with their objects",
            ("The army declared a ceasefire.", "declared", "CONCEDE"),
            ("The rebels launched missiles at the city.", "launched", "ASSAULT"),
            ("The regulator launched an investigation into the bank.", "launched", "ACCUSE"),
            ("The rebels took control of the airport.", "took", "ASSAULT"),
            ("Pakistan sought a loan from the fund.", "sought", "REQUEST"),
            ("The government blocked access to the website.", "blocked", "COERCE"),
            ("Germany granted asylum to the dissident.", "granted", "AID"),
            ("Nurses joined the strike.", "joined", "PROTEST"),
        ),
        *rule(
            "patterns coded wrong for PLOVER are overridden",
            ("China sent warships to the strait.", "sent", "MOBILIZE"),
            ("Qatar negotiated with the rebels.", "negotiated", "CONSULT"),
            ("Cuba denounced the sanctions.", "denounced", "ACCUSE"),
            ("Nicaragua broke off relations with Taiwan.", "broke", "SANCTION"),
            ("The troops pulled back from the border.", "pulled", "RETREAT"),
            ("Prosecutors charged the mayor with fraud.", "charged", "ACCUSE"),
            ("Police pressed charges against the mayor.", "pressed", "ACCUSE"),
            ("Prosecutors filed charges against the mayor.", "filed", "ACCUSE"),
            ("A court in Quito indicted two colonels on charges of fraud.", "indicted", "ACCUSE"),
            ("Paris ordered two frigates to the Lebanese coast.", "ordered", "MOBILIZE"),
            ("Canada retaliated by expelling two Libyan diplomats.", "retaliated", None),
            ("Canada retaliated by expelling two Libyan diplomats.", "expelling", "SANCTION"),
            ("The navy ordered two frigates from a Dutch shipyard.", "ordered", None),
            ("Britain summoned the ambassador.", "summoned", "ACCUSE"),
        ),
        *rule(
            "light verb phrases coded as PLOVER reads them",
            ("Officials held a press conference.", "held", None),
            ("Police broke up the protest.", "broke", "COERCE"),
            ("Police fired tear gas to break up the protest.", "fired", "ASSAULT"),
            ("The union ended the strike.", "ended", "CONCEDE"),
        ),
        *rule(
            "verb class rules for giving and conceding",
            ("Japan gave patrol boats to the Philippines.", "gave", "AID"),
            ("Japan gave Ukraine $1 billion in loans.", "gave", "AID"),
            ("The government finally gave in to the strikers.", "gave", "CONCEDE"),
            ("Iran pardoned thousands of prisoners.", "pardoned", "CONCEDE"),
            ("Armenia handed over four villages to Azerbaijan.", "handed", "RETREAT"),
            ("Benin opened its borders to refugees from Nigeria.", "opened", "AID"),
        ),
        *rule(
            "noun patterns refine event nouns",
            ("Calls for a ceasefire grew louder.", "Calls", "REQUEST"),
            ("Iran carried out missile tests near the Strait of Hormuz.", "tests", "MOBILIZE"),
            ("The new drug passed its final tests.", "tests", None),
            (
                "The Sri Lankan army declared a moratorium on military operations.",
                "moratorium",
                "CONCEDE",
            ),
            ("Pakistan announced a moratorium on nuclear tests.", "moratorium", "CONCEDE"),
            ("The bank announced a moratorium on debt payments.", "moratorium", None),
        ),
        *rule(
            "launching a strike on a target is an attack",
            ("Rebels launched a strike on the airport.", "launched", "ASSAULT"),
        ),
        *rule(
            "a participle modifier is no trigger",
            ("The ousted president fled the country.", "ousted", None),
        ),
        *rule(
            "taking effect is no event",
            ("The new rules took effect on Monday.", "took", None),
        ),
        *rule(
            "month names are no event nouns",
            ("The talks resumed on March 3, 2020.", "March", None),
            ("The march drew thousands of people.", "march", "PROTEST"),
        ),
        *rule(
            "violence by soldiers is no riot",
            ("Soldiers torched the village.", "torched", "ASSAULT"),
        ),
        *rule(
            "an order to close or suspend is coercion",
            ("The government ordered the newspaper to suspend publication.", "ordered", "COERCE"),
            ("The court ordered the minister to testify.", "ordered", "REQUEST"),
        ),
        *rule(
            "mobilizing non-forces is no mobilization",
            ("The government mobilized pressure groups abroad.", "mobilized", None),
            ("The government mobilized troops.", "mobilized", "MOBILIZE"),
        ),
        *rule(
            "noun patterns reach the object of a preposition",
            ("France announced a ban on arms exports.", "ban", "SANCTION"),
            ("The junta announced a ban on rallies.", "ban", "COERCE"),
            (
                "The envoy undertook a mediation mission between the two sides.",
                "mission",
                "CONSULT",
            ),
            ("The mission ended in May.", "mission", None),
        ),
        *rule(
            "verb lemmas the lemmatizer gets wrong are repaired",
            ("Teachers staged a demonstration in the capital.", "staged", "PROTEST"),
            ("Italy forgave part of the debt.", "forgave", "AID"),
        ),
        *rule(
            "a blockade by civilians is a protest but their violence not a riot",
            ("Peasants blockaded the town hall.", "blockaded", "PROTEST"),
            ("Police blockaded the town hall.", "blockaded", "COERCE"),
            ("Villagers killed two soldiers.", "killed", "ASSAULT"),
        ),
        *rule(
            "exercises held by one party are a mobilization",
            ("China held naval exercises.", "held", "MOBILIZE"),
            ("China began military exercises near Taiwan.", "exercises", "MOBILIZE"),
        ),
        *rule(
            "a crowd that seizes property still seizes it",
            ("Students seized the embassy on Sunday.", "seized", "COERCE"),
        ),
        *rule(
            "general verbs keep their patterns but carry no event alone",
            ("The central bank issued new banknotes.", "issued", None),
            ("The court ruled on the appeal on Monday.", "ruled", None),
            ("The government established a new ministry.", "established", None),
            ("Tensions eased along the border.", "eased", None),
            ("Students assembled in front of parliament.", "assembled", None),
            ("The new law allows companies to hire foreigners.", "allows", None),
            ("Iraq submitted a report to the United Nations.", "submitted", "COOPERATE"),
        ),
        *rule(
            "forcing by a circumstance or by nobody named is no coercion",
            ("Floods forced villagers to leave their homes.", "forced", None),
            ("The airline was forced to cancel flights.", "forced", None),
            ("Police forced the protesters out of the square.", "forced", "COERCE"),
            ("Growers lost money and were forced to borrow from banks.", "forced", None),
            ("Months of bombing compelled the garrison to surrender.", "compelled", None),
            ("Soldiers compelled the villagers to leave.", "compelled", "COERCE"),
        ),
        *rule(
            "a verb that intensifies or begins an event leaves it to the event noun",
            ("Rebels intensified their attacks on the city.", "intensified", None),
            ("Rebels intensified their attacks on the city.", "attacks", "ASSAULT"),
            ("The army completed the withdrawal of its troops.", "completed", None),
        ),
        *rule(
            "a verb of impact whose cause is an event noun reports that event",
            ("The ministry's website was hit by a cyber attack.", "hit", "COERCE"),
            ("Mass protests rocked the capital.", "rocked", "PROTEST"),
            ("The storm hit the capital on Monday.", "hit", None),
            ("Exporters were hard hit in the recession.", "hit", None),
            ("Two soldiers were hit in the ambush near the border.", "hit", "ASSAULT"),
            ("Turkey's blockade of the enclave has cut off fuel deliveries.", "cut", "COERCE"),
            ("Floods cut off three villages in the valley.", "cut", None),
        ),
        *rule(
            "talks that stall report no event, a stalled offensive was still fought",
            ("Peace talks on Kosovo stalled on Monday.", "talks", None),
            ("Russia's offensive in Donbas has stalled.", "offensive", "ASSAULT"),
        ),
        *rule(
            "halting, freezing or calling off troop movements or manoeuvres de-escalates",
            ("Moscow halted troop movements near the frontier.", "halted", "RETREAT"),
            ("Seoul froze all army movements along the coast.", "froze", "RETREAT"),
            ("Hanoi ended its army manoeuvres near the border.", "ended", "RETREAT"),
            ("Beijing called off its naval exercises in the strait.", "called", "RETREAT"),
            ("The party called off its march in the capital.", "called", "CONCEDE"),
        ),
        *rule(
            "forces and staff evacuated are the subject of a passive, counted or not",
            ("Hundreds of Kenyan soldiers were evacuated from the island.", "evacuated", "RETREAT"),
            ("Dozens of UN peacekeepers were evacuated from the town.", "evacuated", "SANCTION"),
            ("Hundreds of wounded civilians were evacuated from the city.", "evacuated", "AID"),
            ("Italy evacuated its troops from the capital.", "evacuated", "RETREAT"),
        ),
        *rule(
            "a crowd counted, described as rioting, or continued in a conjunct is a crowd",
            ("Thousands of protesters torched cars.", "torched", "PROTEST"),
            ("Rioting youths torched shops in the town centre on Sunday.", "torched", "PROTEST"),
            ("Protesters clashed with police and set fire to cars.", "set", "PROTEST"),
            ("Riot police torched the camp.", "torched", "ASSAULT"),
            ("Dozens of activists were taken into custody.", "taken", "COERCE"),
        ),
        *rule(
            "ground retaken is taken as ground captured",
            ("Somali troops retook the port town from the militants.", "retook", "ASSAULT"),
            ("The army said it had retaken the airfield.", "retaken", "ASSAULT"),
            ("Federal soldiers regained control of the valley.", "regained", "ASSAULT"),
            ("The rebels reclaimed control of the district.", "reclaimed", "ASSAULT"),
            ("The opposition party regained control of the council.", "regained", None),
            ("The team retook the lead in the second half.", "retook", None),
        ),
        *rule(
            "a bloc, alliance, court or treaty left reduces relations",
            ("Bolivia said it would quit the alliance.", "quit", "SANCTION"),
            ("Peru left the Andean trade bloc last year.", "left", "SANCTION"),
            ("Gabon pulled out of the oil cartel.", "pulled", "SANCTION"),
            ("Burundi withdrew from the International Criminal Court.", "withdrew", "SANCTION"),
            ("The troops left the base at dawn.", "left", "RETREAT"),
        ),
        *rule(
            "one's own officials dismissed are no event; mass purges coerce",
            ("The president dismissed his army chief on Monday.", "dismissed", None),
            ("The premier sacked the interior minister.", "sacked", None),
            ("The governor fired the prison director.", "fired", None),
            ("The junta sacked hundreds of judges.", "sacked", "COERCE"),
            ("The minister dismissed the proposal.", "dismissed", "REJECT"),
        ),
        *rule(
            "defending one's own act supports nobody",
            ("Denmark defended its decision to deport the activists.", "defended", None),
            ("The minister defended his handling of the crisis.", "defended", None),
            ("Russia defended the Syrian government.", "defended", "SUPPORT"),
        ),
        *rule(
            "an order to leave: the speaker's own forces withdraw, others are sent out",
            ("The prime minister ordered the army to leave the city.", "ordered", "RETREAT"),
            ("The general ordered his troops to leave the valley.", "ordered", "RETREAT"),
            ("The junta ordered the French army to leave the country.", "ordered", "SANCTION"),
            ("Mali ordered UN peacekeepers to leave.", "ordered", "SANCTION"),
            ("The government ordered two foreign reporters to leave.", "ordered", "COERCE"),
            ("The navy ordered a blockade of the port.", "ordered", None),
        ),
        *rule(
            "talking to a person or a state consults it; to an audience, no event",
            ("Trump talked to Xi on Friday.", "talked", "CONSULT"),
            ("Obama spoke to Netanyahu about the settlements.", "spoke", "CONSULT"),
            ("Putin spoke to reporters in Moscow.", "spoke", None),
            ("He spoke to the BBC on Sunday.", "spoke", None),
        ),
        *rule(
            "ordered out of the country: diplomats and missions are sent out, people expelled",
            ("The US ordered 48 Russian diplomats out of the country.", "ordered", "SANCTION"),
            ("Sudan ordered the U.N. envoy out of the country.", "ordered", "SANCTION"),
            (
                "The government ordered the BBC correspondent out of the country.",
                "ordered",
                "COERCE",
            ),
        ),
    ],
)
def test_event_type(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, event: str | None
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert (found.event if found is not None else None) == event


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


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        pytest.param(
            "The two states agreed on military cooperation.",
            "cooperation",
            None,
            id="military context from cue words",
        ),
        pytest.param(
            "The country received military aid.", "aid", "072", id="noun patterns refine aid"
        ),
    ],
)
def test_military_context(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str | None
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is not None and "military" in found.context
    if cameo is not None:
        assert found.cameo == cameo


def test_calling_off_a_general_strike_eases_dissent(nlp: Language, lexicon: TriggerLexicon) -> None:
    general = coding(nlp, lexicon, "The union called off the general strike.", "called")
    assert general is not None and general.cameo == "082"


def test_expelling_people_by_the_thousand_is_a_mass_expulsion(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    mass = coding(nlp, lexicon, "The regime expelled 80,000 migrants last year.", "expelled")
    assert mass is not None and (mass.cameo, mass.event) == ("201", "ASSAULT")
    few = coding(nlp, lexicon, "The regime expelled 80 migrants last year.", "expelled")
    assert few is not None and few.cameo != "201"


def test_adverb_parsed_particles_complete_patterns(nlp: Language, lexicon: TriggerLexicon) -> None:
    doc = nlp("Ethiopian forces pulled back from the border.")
    pulled = next(t for t in doc if t.text == "pulled")
    assert next(t for t in doc if t.text == "back").dep_ in ("advmod", "prt")
    found = lexicon.code(pulled)
    assert found is not None and (found.event, found.mode) == ("RETREAT", "withdraw")
    # Other adverbs complete nothing.
    assert coding(nlp, lexicon, "The minister quickly took a decision.", "took") is None


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


def test_supplement_codes_are_cameo_codes() -> None:
    folder = resources.files("dyads") / "data" / "events"
    supplement = json.loads((folder / "supplement.json").read_text("utf-8"))
    codes = [*supplement["verbs"].values(), *supplement["nouns"].values()]
    patterns = supplement["verb_patterns"] + supplement["noun_patterns"]
    codes += [code for _, _, code, *_subject in patterns]
    codes += supplement["cessation"]["codes"].values()
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


# Verbs whose CAMEO default is not their usual sense in news: the object or the phrase decides.
@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        *rule(
            "fire from weapons or armed sources is shooting, else criticism",
            ("The post came under mortar fire from the rebels.", "came", "190"),
            ("The convoy came under fire near the village.", "came", "190"),
            ("The outpost came under fire from government troops.", "came", "190"),
            ("The minister came under fire from critics over the budget.", "came", "111"),
            ("The government came under heavy fire from the opposition.", "came", "111"),
            ("Rebel fighters came under fire outside the town.", "came", "190"),
            ("The bank came under fire for financing the dam.", "came", "111"),
            ("Britain came under attack from Spain for its stance.", "came", "111"),
        ),
        *rule(
            "naming with a condemning or approving word",
            ("The opposition called the election a fraud on Monday.", "called", "111"),
            ("Beijing called the visit a provocation.", "called", "111"),
            ("The minister called the accord a breakthrough.", "called", "051"),
        ),
        *rule(
            "organisations taking their people out of a country",
            ("The agency pulled its staff out of Somalia.", "pulled", "166"),
            ("The Red Cross withdrew its foreign staff from the region.", "withdrew", "166"),
            ("The United Nations evacuated its personnel from the capital.", "evacuated", "166"),
            ("The United Nations pulled its peacekeepers out of the town.", "pulled", "1661"),
            ("Forty peacekeepers were shipped out of the enclave.", "shipped", "1661"),
            ("The army withdrew its troops from the valley.", "withdrew", "0874"),
        ),
        *rule(
            "objects that make a default right",
            ("The soldiers abandoned their positions near the river.", "abandoned", "0874"),
            ("Police charged the protesters with batons.", "charged", "175"),
            ("The rebels released twenty prisoners.", "released", "0841"),
            ("Japan delivered rice to the famine region.", "delivered", "073"),
            ("The minister called his French counterpart on Monday.", "called", "041"),
            ("The soldiers died in clashes with rebels.", "died", "190"),
        ),
        *rule(
            "yielding to demands and easing controls",
            ("The mayor accepted the demands of the protesters.", "accepted", "080"),
            ("The ministry eased the visa requirement for students.", "eased", "081"),
        ),
        *rule(
            "an impact verb reports the event that hits",
            ("The news site was hit with a cyber attack.", "hit", "176"),
            ("The capital was hit by a wave of protests.", "hit", "141"),
        ),
        *rule(
            "ending a plan ends the planned event",
            ("The king suspended plans to impose a curfew.", "suspended", "081"),
        ),
        *rule(
            "a command to do a material act is that act",
            ("The president ordered the troops to withdraw from the town.", "ordered", "0874"),
            ("The court ordered the government to release the detainees.", "ordered", "0841"),
        ),
        *rule(
            "relief carried somewhere or handed over is aid",
            ("Army trucks carried tents to the flooded villages.", "carried", "073"),
            ("Boats ferried rice to the stranded islanders.", "ferried", "073"),
            ("The charity handed out blankets in the camp.", "handed", "073"),
            ("The envoy handed over a cheque to the mayor.", "handed", "071"),
            ("The rebels handed over the captives to the mediators.", "handed", "0841"),
        ),
        *rule(
            "a state protests in words, a crowd in the street",
            ("The foreign ministry protested against the missile test.", "protested", "114"),
            ("Tokyo protested to Seoul over the arrests.", "protested", "114"),
            ("Hundreds of students protested against the fees.", "protested", "141"),
            ("Nurses picketed the hospital for a week.", "picketed", "141"),
            ("Protesters gathered outside the ministry on Friday.", "gathered", "141"),
        ),
        *rule(
            "hostile exchanges are attacks, trading goods is cooperation",
            ("The two armies traded fire across the river.", "traded", "190"),
            ("Police and gunmen swapped shots in the market.", "swapped", "193"),
            ("The neighbours traded coffee for machinery.", "traded", "060"),
        ),
        *rule(
            "forces recalled retreat; ambassadors recalled reduce relations",
            ("The government recalled its troops from the border.", "recalled", "0874"),
            ("The government recalled its ambassador from the capital.", "recalled", "161"),
        ),
        *rule(
            "halting operations: armed forces de-escalate, others withdraw their work",
            ("The army halted its operations in the valley.", "halted", "087"),
            ("The aid agency suspended its operations in the province.", "suspended", "1623"),
            ("The mining company halted operations in the region.", "halted", "160"),
        ),
        *rule(
            "hosting a meeting",
            ("Norway hosted talks between the two parties.", "hosted", "043"),
        ),
    ],
)
def test_verb_needs_its_object_or_phrase(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is not None
    assert found.cameo == cameo


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *rule(
            "defaults dropped where news mostly means no event",
            ("The government released a report on the economy.", "released"),
            ("The president delivered a speech in parliament.", "delivered"),
            ("The army provided no details about the operation.", "provided"),
            ("The ministry gave no reason for the delay.", "gave"),
            ("The party called a press conference on Tuesday.", "called"),
            ("The group calling itself the Islamic Front claimed the attack.", "calling"),
            ("The virus was found in a program called Backoff.", "called"),
            ("Thousands mourned the victims at a service.", "mourned"),
            ("The country celebrated its independence day.", "celebrated"),
            ("Ten pilgrims died when their bus overturned.", "died"),
            ("The rebels vowed to pursue their struggle.", "vowed"),
            ("The recession that hit the region deepened.", "hit"),
        ),
        *rule(
            "commemorating the dead reports neither the mourning nor what killed them",
            ("Villagers buried the victims of the massacre.", "massacre"),
            ("Mourners laid wreaths in memory of those killed in the raid.", "raid"),
            ("Mourners laid wreaths in memory of those killed in the raid.", "killed"),
            ("The minister paid tribute to the soldiers who died.", "paid"),
        ),
        *rule(
            "words that refer back to an event told before",
            ("Neither side has respected the accord.", "respected"),
            ("Critics say the deal is too weak.", "deal"),
            ("She was honoured in recognition of her work.", "recognition"),
            ("The help arrived too late for the villagers.", "arrived"),
        ),
        *rule(
            "taking an oath of office is no event",
            ("Nelson Mandela was sworn in as president.", "sworn"),
            ("The army executed the plan flawlessly.", "executed"),
            ("The plan was executed flawlessly.", "executed"),
        ),
    ],
)
def test_verb_without_its_event_object_is_no_event(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str
) -> None:
    assert coding(nlp, lexicon, text, word) is None


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        ("The army began its pull-out from the city.", "out", "0874"),
        ("The rebels completed a pullback from the hills.", "pullback", "0874"),
        ("Dockers formed a picket line at the gates.", "line", "141"),
        ("Relatives held a vigil outside the prison.", "vigil", "141"),
        ("Portugal extended recognition to the new state.", "recognition", "054"),
        ("The minister praised the president for paying tribute to the fallen.", "praised", "051"),
    ],
)
def test_event_nouns_of_protest_withdrawal_and_recognition(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is not None
    assert found.cameo == cameo


def test_reversed_fire_keeps_the_subject_as_target(nlp: Language, lexicon: TriggerLexicon) -> None:
    found = coding(nlp, lexicon, "The post came under artillery fire from the rebels.", "came")
    assert found is not None
    assert (found.event, found.mode, found.reverse) == ("ASSAULT", "heavy-weapons", True)


def test_naming_codes_are_cameo_codes() -> None:
    folder = resources.files("dyads") / "data" / "events"
    supplement = json.loads((folder / "supplement.json").read_text("utf-8"))
    codes = [*supplement["naming"]["codes"], *supplement["party_object_verbs"]["codes"].values()]
    assert codes and all(code.isdigit() and len(code) in (3, 4) for code in codes)


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        *rule(
            "sanctions weighed against a named party threaten them",
            ("The union is weighing sanctions against Syria.", "weighing", "1312"),
            ("Ottawa is considering an embargo on Libya.", "considering", "1312"),
        ),
        *rule(
            "an order to leave expels individuals unless they are a mission",
            ("The junta ordered three foreign reporters to leave.", "ordered", "174"),
            ("The government told the monitors to leave.", "told", "166"),
            ("The regime ordered a Swiss priest out of the country.", "ordered", "174"),
        ),
        *rule(
            "a verb carrying out an event noun takes the noun's own kind",
            ("Unknown hackers launched a malware attack on the bank.", "launched", "176"),
            ("Agents broke into the computers of the ministry.", "broke", "176"),
        ),
        *rule(
            "who raids, deals and sentences decides the code",
            ("Customs officers raided a warehouse near the port.", "raided", "171"),
            ("The two parties struck a deal on the budget.", "struck", "030"),
            ("A military court jailed the colonel for treason.", "jailed", "116"),
            ("The judge found the mayor guilty of bribery.", "found", "116"),
            ("The tribunal handed down long sentences to the generals.", "handed", "116"),
            ("The province upgraded its ties with Taipei.", "upgraded", "054"),
            ("The regulator revoked the licence of a private radio station.", "revoked", "172"),
            ("The mining group shut down its operations in the north.", "shut", "160"),
            ("The militia returned the seized vehicles to the town.", "returned", "0842"),
        ),
        *rule(
            "an arrival whose subject is an event noun is that event",
            ("A food convoy arrived in the besieged city.", "arrived", "073"),
            ("The relief flight landed in Kigali on Sunday.", "landed", "073"),
        ),
        *rule(
            "a carrying verb with an indirect object gives what it carries",
            ("Canada flew the Malian army a load of ammunition.", "flew", "072"),
        ),
        *rule(
            "money granted or lent is economic aid",
            ("Kuwait lent Egypt 300 million dollars last year.", "lent", "071"),
            ("The bank granted the province 40 million euros.", "granted", "071"),
            ("Oslo will give Malawi more budget support.", "give", "071"),
        ),
        *rule(
            "halting a disputed activity yields",
            ("The government froze construction in the disputed area.", "froze", "080"),
            ("Tehran suspended enrichment at two sites.", "suspended", "080"),
            ("The company stopped work on the pipeline.", "stopped", "080"),
        ),
        *rule(
            "reopening a crossing lets people and goods through",
            ("Jordan reopened the bridge crossing into the West Bank.", "reopened", "0872"),
            ("Ankara reopened its border with Armenia.", "reopened", "0872"),
        ),
        *rule(
            "export and trade curbs are an embargo",
            ("Seoul tightened export controls on steel bound for Pyongyang.", "tightened", "163"),
            ("The ministry imposed export restrictions on fertiliser.", "imposed", "163"),
            ("Brussels announced new trade curbs on Minsk.", "curbs", "163"),
        ),
        *rule(
            "naming a party's act a failure or a disaster criticises it",
            ("Lapid called the deal a dangerous failure of Netanyahu's policy.", "called", "111"),
            ("The opposition called the summit a fiasco.", "called", "111"),
        ),
        *rule(
            "missiles fired into the sea show force, they strike nobody",
            ("North Korea fired two ballistic missiles into the sea.", "fired", "150"),
            ("Pyongyang launched a missile into the waters off its coast.", "launched", "150"),
        ),
        *rule(
            "denying a role in or responsibility for an act rejects the charge",
            ("Pakistan denied any role in the attack.", "denied", "120"),
            ("Iran denied involvement in the attack on the tanker.", "denied", "120"),
            ("The group denied responsibility for the bombing.", "denied", "120"),
        ),
        *rule(
            "listing a party on a blacklist or sanctions list sanctions it",
            ("Washington added Huawei to its entity list.", "added", "163"),
            ("The Treasury placed three Iranian banks on its sanctions list.", "placed", "163"),
            ("The United States blacklisted two Russian banks.", "blacklisted", "163"),
            ("Japan is expected to adopt similar curbs.", "adopt", "163"),
        ),
        *rule(
            "forces moving into a place take it",
            ("Ethiopian tanks rolled into the border town at dawn.", "rolled", "192"),
            ("Government troops swept into the rebel stronghold.", "swept", "192"),
        ),
        *rule(
            "accepting an offer or an invitation agrees",
            ("Kiev accepted an offer of mediation from Ankara.", "accepted", "038"),
            ("Hanoi accepted an invitation to the summit.", "accepted", "036"),
        ),
        *rule(
            "denying or dismissing a charge or complaint rejects it",
            ("Minsk denied Lithuanian charges that it had shut the pipeline.", "denied", "120"),
            ("Ankara dismissed Greek complaints about the flights.", "dismissed", "120"),
            ("The junta turned down an offer of talks from the rebels.", "turned", "120"),
        ),
        *rule(
            "seizing or stopping a vessel or cargo seizes it",
            ("The navy intercepted a trawler carrying rifles.", "intercepted", "171"),
            ("Port officials impounded two tankers last week.", "impounded", "171"),
        ),
        *rule(
            "armed forces entering a place occupy it",
            ("Ugandan troops entered the town of Bunia at dawn.", "entered", "192"),
            ("A Chadian force entered northern Cameroon in pursuit of bandits.", "entered", "192"),
            ("Rebel fighters marched into Kinshasa on Saturday.", "marched", "192"),
            ("Russian tanks rolled into the town.", "rolled", "192"),
        ),
        *rule(
            "a crowd marching into a place still marches",
            ("Thousands of students marched into the square.", "marched", "140"),
        ),
        *rule(
            "a peacekeeping force, or one keeping order, entering a place is deployed",
            ("The first peacekeepers entered Dili on Monday.", "entered", "154"),
            ("Belgian soldiers entered Kigali to evacuate foreigners.", "entered", "154"),
        ),
        *rule(
            "an envoy called home is recalled",
            ("Lima called home its ambassador in Quito.", "called", "161"),
        ),
        *rule(
            "sanctions weighed against a government threaten them",
            ("Canada is weighing sanctions against Burma's military rulers.", "weighing", "1312"),
        ),
        *rule(
            "people handed over who are wanted for a crime are extradited",
            ("Kenya handed over two men wanted for the bombing to Tanzania.", "handed", "063"),
            ("Peru handed over a banker convicted of fraud to Ecuador.", "handed", "063"),
            ("Latvia handed over three men suspected of arson to Lithuania.", "handed", "063"),
        ),
        *rule(
            "people handed over with no crime named are returned",
            ("Peru handed over three captured soldiers to Ecuador.", "handed", "0841"),
        ),
        *rule(
            "a report rejected is a charge rejected",
            ("Minsk rejected an EU report that accused it of torture.", "rejected", "120"),
            ("The army dismissed the report as propaganda.", "dismissed", "120"),
        ),
        *rule(
            "military as the kind of aid sent sends no troops",
            ("Spain sent 40 million euros of military aid to Chad.", "sent", "072"),
            ("Spain sent 400 soldiers to Chad.", "sent", "154"),
        ),
        *rule(
            "seeing an envoy meets him",
            ("The president saw the Iraqi envoy on Monday.", "saw", "040"),
        ),
        *rule(
            "meeting leaders is a meeting",
            ("The mediator met with leaders of both parties in Arusha.", "met", "040"),
        ),
        *rule(
            "a crowd protesting against detention protests",
            ("Students protested against the detention of their leaders.", "protested", "141"),
        ),
    ],
)
def test_rules_of_sets_l_o_and_q_code_the_act(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is not None
    assert found.cameo == cameo


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *rule(
            "a bill sent to a chamber carries nothing to anybody",
            ("The Senate passed the package, sending the bill to the House.", "sending"),
        ),
        *rule(
            "a measure, or a participle telling whom one is aimed at, targets nobody by force",
            ("The new tariffs target Chinese steel.", "target"),
            ("The EU agreed new sanctions on Russia, targeting companies in China.", "targeting"),
        ),
        *rule(
            "a national body meeting with no one named sits, and meets nobody",
            ("Pakistan's National Security Committee will meet on Friday.", "meet"),
            ("The cabinet will meet on Friday.", "meet"),
        ),
        *rule(
            "defending one's own rights or sovereignty shields no party",
            ("China will take steps to safeguard its rights.", "safeguard"),
            ("Kyiv vowed to protect its sovereignty.", "protect"),
            ("Poland scrambled jets to protect its airspace.", "protect"),
        ),
        *rule(
            "what a verb of weighing weighs is no event yet",
            ("The cabinet is considering a ban on fishing.", "ban"),
            ("The cabinet is considering a ban on fishing.", "considering"),
            ("The ministry is studying whether to ease the curfew.", "ease"),
            ("Seoul is weighing the lifting of its embargo.", "embargo"),
        ),
        *rule(
            "a passive of reception is no meeting",
            ("The reform was met with strikes across the country.", "met"),
            ("The verdict was greeted with protests.", "greeted"),
            ("The plan was met with scorn in the capital.", "met"),
        ),
        *rule(
            "ending and topic idioms of coming are no visit",
            ("The strike came to an end on Monday.", "came"),
            ("When it comes to oil, the cartel is united.", "comes"),
        ),
        *rule(
            "the feeling an event stirs is no event of its own",
            ("The bombing of the market stunned the capital.", "stunned"),
            ("The expulsion of the envoy angered Madrid.", "angered"),
        ),
        *rule(
            "circumstances complete no pattern",
            ("The envoy made his remarks during a visit to Rome.", "made"),
        ),
    ],
)
def test_set_l_rules_leave_no_event(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str
) -> None:
    assert coding(nlp, lexicon, text, word) is None


def test_a_visit_is_the_setting_of_a_commemoration(nlp: Language, lexicon: TriggerLexicon) -> None:
    text = "On a visit to Hanoi, the senator laid a wreath at the war memorial."
    found = coding(nlp, lexicon, text, "visit")
    assert found is not None
    assert found.event == "CONSULT"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *rule(
            "talks that stall are no accusation",
            ("The border talks stalled over fishing rights.", "stalled"),
        ),
        *rule(
            "workers stopping work strike, which is no yield",
            ("Dock workers stopped work at the port on Monday.", "stopped"),
        ),
    ],
)
def test_set_o_rules_leave_no_yield(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is None or found.cameo != "080"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The border talks stalled over fishing rights.", "talks"),
        ("The negotiations remained deadlocked over the border.", "negotiations"),
    ],
)
def test_talks_that_are_stuck_are_no_event(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str
) -> None:
    assert coding(nlp, lexicon, text, word) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The rebels entered talks with the government in May.", "entered"),
        ("Fighter jets intercepted two missiles over the capital.", "intercepted"),
        ("He called the minister a liar.", "called"),
    ],
)
def test_set_q_rules_need_their_objects(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is None or found.cameo not in ("192", "171", "161")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *rule(
            "beating a rival in a contest is no attack",
            ("The consortium defeated Boeing for the tanker contract.", "defeated"),
            ("The opposition beat the ruling party in the election.", "beat"),
        ),
        *rule(
            "harm an accident or a natural cause does is no act",
            ("A landslide killed 20 villagers above the town.", "killed"),
            ("A gas leak at a chemical plant killed thousands.", "killed"),
            ("The ferry capsized off the coast, killing 40 passengers.", "killing"),
            ("The bus crash that injured 12 pupils was caused by ice.", "injured"),
            ("A fire killed 12 traders in the market overnight.", "killed"),
        ),
        *rule(
            "releasing a product or figures is no release of people",
            ("The company released a new version of its software.", "released"),
        ),
        *rule(
            "verbs whose CAMEO default news does not mean",
            ("The flight to Paris was delayed by two hours.", "delayed"),
            ("The launch date matches the model number.", "matches"),
            ("The firm pushed back the opening of the plant.", "pushed"),
        ),
    ],
)
def test_contests_accidents_and_products_are_no_event(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str
) -> None:
    assert coding(nlp, lexicon, text, word) is None


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        ("Government troops defeated the rebels in a battle near the border.", "defeated", "190"),
        ("A car bomb exploded in the market, killing 12 people.", "killing", "190"),
        ("The rebels released 60 captured soldiers on Monday.", "released", "0841"),
        ("Syrian gunners downed an Israeli jet over the valley.", "downed", "190"),
        ("Two soldiers were killed by Hezbollah fire on Monday.", "killed", "190"),
        ("Three fishermen were killed by Israeli fire off Gaza.", "killed", "190"),
    ],
)
def test_fights_attacks_and_releases_of_people_stay_events(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is not None
    assert found.cameo == cameo


def test_a_pattern_opens_with_the_words_of_its_first_slot_after_the_verb() -> None:
    talks = Slot.of(["talks", "peace talks"])
    assert Pattern("036", False, (talks, Slot.of(["with"])), ()).opening == {"talks", "peace"}
    assert Pattern("036", False, (), (talks,)).opening == frozenset()


def test_the_longest_pattern_wins_over_those_that_cannot_open(nlp: Language) -> None:
    doc = nlp("Russia halted gas supplies to Ukraine.")
    verb = doc[1]
    post, pre = _argument_tokens(verb)
    absent = Pattern("111", False, (Slot.of(["oil"]), Slot.of(["to"])), ())
    short = Pattern("101", False, (Slot.of(["supply"]),), ())
    longer = Pattern("1012", False, (Slot.of(["gas"]), Slot.of(["to"])), ())
    subject = Pattern("1013", False, (Slot.of(["oil"]),), (Slot.of(["russia"]),))
    best, matched = _best_pattern(verb, (absent, short, longer, subject), post, pre)
    assert best is longer
    assert sorted(doc[i].text for i in matched) == ["gas", "to"]
    alone, _ = _best_pattern(verb, (absent, subject), post, pre)
    assert alone is None


@pytest.mark.parametrize(
    ("text", "word", "cameo", "reverse"),
    [
        *rule(
            "goods received from a giver are its aid, the receiver its recipient",
            ("Haiti obtained a $200 million loan from the World Bank.", "obtained", "071", True),
            ("The town got blankets and tents from the Red Cross.", "got", "073", True),
            ("Taiwan secured two batteries of missiles from Washington.", "secured", "072", True),
            ("The island won a bailout from its European partners.", "won", "071", True),
        ),
        *rule(
            "civil authorities pulling buildings down seize property; troops destroy it",
            ("City officials demolished 40 market stalls.", "demolished", "171", False),
            ("Police demolished the squatters' huts by the river.", "demolished", "171", False),
            ("Soldiers demolished the house of the gunman.", "demolished", "1712", False),
        ),
        *rule(
            "a deportation stays a deportation however many it removes",
            ("The kingdom deported 5,000 migrant labourers by bus.", "deported", "174", False),
        ),
        *rule(
            "ending cooperation reduces relations",
            ("Moscow suspended its military cooperation with Oslo.", "suspended", "160", False),
        ),
        *rule(
            "letting citizens travel eases restrictions",
            ("The ministry permitted its citizens to visit the island.", "permitted", "081", False),
        ),
        *rule(
            "ordering aircraft from a state is trade",
            ("Egypt ordered 24 fighter jets from France.", "ordered", "061", False),
        ),
        *rule(
            "announcing an expulsion expels",
            ("The ministry announced the expulsion of two envoys.", "announced", "166", False),
        ),
        *rule(
            "approving a release is the release",
            ("The council approved the release of 300 detainees.", "approved", "0841", False),
        ),
        *rule(
            "authorities demolishing the homes of fighters punish in a conflict",
            ("Officials demolished the homes of two militants.", "demolished", "1712", False),
        ),
        *rule(
            "arresting protesters is an arrest, not force against a crowd",
            ("Police in Lima arrested 40 demonstrators.", "arrested", "173", False),
            ("Troops detained a dozen students after the protest.", "detained", "173", False),
        ),
        *rule(
            "security forces raiding a building carry out a law enforcement raid",
            ("Security forces raided a church in the north.", "raided", "171", False),
        ),
        *rule(
            "people handed over who are wanted are extradited",
            ("Oman handed over to Cairo two men wanted for murder.", "handed", "063", False),
        ),
        *rule(
            "money drawn from a lender's facility is the lender's aid",
            ("Chile drew $2 billion from its credit line with the bank.", "drew", "071", True),
            ("Peru withdrew $400 million from its loan programme.", "withdrew", "071", True),
            ("Laos tapped a swap line with the central bank of Thailand.", "tapped", "071", True),
        ),
        *rule(
            "money released to a party is aid, not a release of people",
            ("The bank released $300 million to Benin on Friday.", "released", "071", False),
        ),
        *rule(
            "a state ordering tanks or weapons from another cooperates",
            ("Norway ordered 54 tanks from Germany.", "ordered", "061", False),
        ),
        *rule(
            "a fight one of whose sides is a crowd is a riot",
            ("Police clashed with protesters in the capital.", "clashed", "145", False),
            ("Clashes broke out between police and youths in the suburbs.", "broke", "145", False),
            ("Clashes between troops and students left ten dead.", "Clashes", "145", False),
        ),
        *rule(
            "a fight between armed parties stays a fight",
            ("Clashes broke out between Thai and Cambodian troops.", "broke", "190", False),
        ),
        *rule(
            "handing power to a civilian government changes the regime",
            ("The junta handed power to an elected president.", "handed", "0834", False),
        ),
    ],
)
def test_rules_of_sets_r_and_s_code_the_act(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str, reverse: bool
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is not None
    assert (found.cameo, found.reverse) == (cameo, reverse)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *rule(
            "an airline's order of airliners is no request",
            ("The airline ordered 30 new jets for its long routes.", "ordered"),
        ),
    ],
)
def test_set_r_verbs_leave_the_event_to_their_object(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str
) -> None:
    assert coding(nlp, lexicon, text, word) is None


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        ("The seizure of the tanker by the navy angered London.", "seizure", "171"),
        ("The coast guard's capture of two fishing boats was condemned.", "capture", "171"),
        ("The freeing of the prisoners took place at dawn.", "freeing", "0841"),
    ],
)
def test_set_r_event_nouns(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is not None
    assert found.cameo == cameo


def test_a_bare_seizure_refers_back_to_the_capture_told(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    text = "The navy captured two trawlers, and officials said the seizure was lawful."
    assert coding(nlp, lexicon, text, "seizure") is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The new Airbus A380 began a tour of airports in Asia.", "began"),
        ("The Boeing 787 Dreamliner arrived in Tokyo for its first tour.", "arrived"),
        ("The Queen Mary 2 ended its tour of Caribbean ports.", "tour"),
        ("Qantas ordered 20 jets worth $7 billion.", "ordered"),
        ("Maersk ordered eight container ships from a Korean shipyard.", "ordered"),
        ("Egypt ordered 30 jets from France in a deal worth $4 billion.", "deal"),
    ],
)
def test_set_s_products_and_their_deals_are_no_event(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str
) -> None:
    assert coding(nlp, lexicon, text, word) is None


def test_a_leader_named_with_a_number_still_visits(nlp: Language, lexicon: TriggerLexicon) -> None:
    text = "The G7 leaders arrived in Tokyo for a visit."
    found = coding(nlp, lexicon, text, "arrived")
    assert found is not None
    assert found.event == "CONSULT"


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        ("Moscow permitted Norwegian fishing boats to operate in the zone.", "permitted", "081"),
        ("Venezuela let Colombian lorries cross the bridge.", "let", "081"),
        # The parser may make the doer a clause of its own and the act an infinitive on it.
        ("India allowed Pakistani pilgrims to visit a Sikh shrine in Punjab.", "allowed", "081"),
        ("Turkey gave the green light for U.S. warplanes to fly over Iraq.", "gave", "081"),
        # Letting a party go on using what it has is an arrangement, not a restriction eased.
        ("Kazakhstan agreed to let Russia keep using the space centre.", "let", None),
    ],
)
def test_permitting_a_partys_act_eases_a_restriction(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str | None
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert (found.cameo if found is not None else None) == cameo or (
        cameo is None and found is not None and found.cameo != "081"
    )


# Verbs of turning down take the object patterns of "reject" after their particle; things that
# are not turned down, and look-alike objects of coercion verbs, stay without an event.
@pytest.mark.parametrize(
    ("text", "word", "event"),
    [
        *rule(
            "turning a thing down rejects it",
            ("Iran brushed aside the European proposal on Monday.", "brushed", "REJECT"),
            ("North Korea snubbed the offer of talks.", "snubbed", "REJECT"),
            ("Sudan balked at the demands from Washington.", "balked", "REJECT"),
            ("Cuba shrugged off the demands for free elections.", "shrugged", "REJECT"),
            ("The rebels dismissed the peace plan as a fraud.", "dismissed", "REJECT"),
            ("Benin refused entry to hundreds of traders.", "refused", "REJECT"),
            ("The generals ignored the calls for a dialogue.", "ignored", "REJECT"),
            ("Turkey resisted the pressure from Washington.", "resisted", "REJECT"),
            ("The farmers ignored the heavy rain.", "ignored", None),
            ("She brushed aside a strand of hair.", "brushed", None),
        ),
        *rule(
            "objects that decide the type",
            ("Khartoum allowed aid convoys into the besieged town.", "allowed", "RETREAT"),
            ("Swiss banks handed over records to the investigators.", "handed", "COOPERATE"),
            ("Serbia accepted the terms of the peace plan.", "accepted", "AGREE"),
            ("Algeria dissolved the Islamic party on Sunday.", "dissolved", "COERCE"),
            ("Israel reopened the crossing points into Gaza.", "reopened", "RETREAT"),
            ("Iran broke off the negotiations with Europe.", "broke", "SANCTION"),
            ("Syria imposed a curfew on the town.", "imposed", "COERCE"),
            ("Israel budged on the settlements.", "budged", "CONCEDE"),
        ),
        *rule(
            "look-alikes of coercion are no event",
            ("The economy arrested its decline in the spring.", "arrested", None),
            ("The ruling party seized the initiative in the debate.", "seized", None),
            ("Toyota shut down two assembly lines at the plant.", "shut", None),
            ("The government imposed a new tax on fuel.", "imposed", None),
            ("The talks broke off in 1996.", "broke", None),
        ),
        *rule(
            "a bare 'from' sends out individuals unless they are a mission or a body",
            ("Uzbekistan expelled a BBC correspondent from the country.", "expelled", "COERCE"),
            ("Uzbekistan expelled the BBC from the country.", "expelled", "SANCTION"),
        ),
        *rule(
            "a thing handed back to a party returns property",
            ("Germany returned a collection of looted paintings to Poland.", "returned", "RETREAT"),
            ("Iraq returned the favour to Jordan.", "returned", None),
        ),
    ],
)
def test_rejections_and_look_alike_objects(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, event: str | None
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert (found.event if found is not None else None) == event


def test_a_call_to_a_name_the_parser_read_as_a_predicate_is_a_call(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    found = coding(nlp, lexicon, "Macron called Scholz on Monday.", "called")
    assert found is not None and (found.event, found.mode) == ("CONSULT", "phone")
    # Naming keeps its reading: an object and what it is called.
    named = coding(nlp, lexicon, "Trump called Zelensky a dictator.", "called")
    assert named is not None and named.event == "ACCUSE"


def test_warships_of_any_class_sent_are_a_deployment_of_weapons(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    for text, word in (
        ("Japan will send a destroyer to the Gulf.", "send"),
        ("The US dispatched two submarines to the region.", "dispatched"),
        ("France deployed a frigate to the Red Sea.", "deployed"),
    ):
        found = coding(nlp, lexicon, text, word)
        assert found is not None and (found.event, found.mode) == ("MOBILIZE", "weapons"), text


def test_what_drills_simulate_is_no_event(nlp: Language, lexicon: TriggerLexicon) -> None:
    text = "China launched drills around Taiwan, simulating a blockade of the island's ports."
    assert coding(nlp, lexicon, text, "blockade") is None
    assert coding(nlp, lexicon, "The navy imposed a blockade of the ports.", "blockade")


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        # Failed negotiations and walk-outs end negotiations (PLOVER SANCTION, CAMEO 164).
        ("Negotiations on the pipeline broke down on Monday.", "broke", "164"),
        ("The wage talks fell apart over pensions.", "fell", "164"),
        ("Talks with the rebels fell through in March.", "fell", "164"),
        ("The dialogue between the parties collapsed last year.", "collapsed", "164"),
        ("The union delegation walked out of the negotiations.", "walked", "164"),
        # Workers walking out strike; a truce or a bridge that collapses is no event.
        ("Dock workers walked out over pay.", "walked", "143"),
        ("The ceasefire broke down after a week.", "broke", None),
        ("The old bridge collapsed in the flood.", "collapsed", None),
    ],
)
def test_failed_talks_end_negotiations(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str | None
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert (found.cameo if found is not None else None) == cameo


def test_pattern_openings_keep_lexicon_order_and_patterns_without_slots() -> None:
    patterns = (
        Pattern("111", False, (Slot.of(["on", "upon"]),), ()),
        Pattern("010", False, (), ()),
        Pattern("120", False, (Slot.of(["against"]), Slot.of(["plan"])), ()),
        Pattern("130", False, (Slot.of(["sanctions imposed"]),), ()),
    )
    openings = PatternOpenings.of(patterns)
    assert openings.candidates({"against": 3, "on": 5}) == [0, 1, 2]
    assert openings.candidates({"sanctions": 2}) == [1, 3]
    assert openings.candidates({}) == [1]


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        # A pull-out announced is the withdrawal, as an announced withdrawal is (RETREAT 0874).
        (
            "The Belgian army announced the pullout of its soldiers from Kosovo.",
            "announced",
            "0874",
        ),
        # Backing down on a plan yields (CONCEDE 080); backing a plan endorses it.
        ("Chile's cabinet backed down on the metro fare rise.", "backed", "080"),
        # Internet restored after a shutdown eases a restriction (CONCEDE 081).
        ("Ethiopia restored internet access in Tigray after two years.", "restored", "081"),
        ("The junta restored the internet in Yangon on Friday.", "restored", "081"),
        # Rescue and relief teams sent are humanitarian aid (AID 073).
        ("Greece dispatched a team of 40 rescuers to Libya.", "dispatched", "073"),
        ("Spain sent a disaster relief team to Ecuador.", "sent", "073"),
        # Humanitarian visas are refuge given (AID 075); other visas stay cooperation.
        ("Brazil granted humanitarian visas to 500 Haitians.", "granted", "075"),
        ("France granted visas to 30 Chinese students.", "granted", "060"),
    ],
)
def test_web_news_phrasings_of_withdrawal_yielding_and_aid(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is not None and found.cameo == cameo, text


@pytest.mark.parametrize(
    ("text", "word", "event", "cameo"),
    [
        *rule(
            "a phrase of what an act answers completes none of its patterns",
            (
                "The EU suspended its trade agreement with Belgrade in response to the fighting.",
                "suspended",
                "SANCTION",
                "160",
            ),
        ),
        *rule(
            "verbs of attack named after a weapon",
            ("Jets rocketed the presidential palace in Zagreb.", "rocketed", "ASSAULT", "194"),
            ("Rebels mortared the barracks overnight.", "mortared", "ASSAULT", "194"),
            ("Planes strafed the convoy.", "strafed", "ASSAULT", "195"),
        ),
        *rule(
            "agreeing to a demand or a request accedes to it",
            (
                "The president agreed to the opposition's demand for a new vote.",
                "agreed",
                "CONCEDE",
                "083",
            ),
            ("The government agreed to the unions' request.", "agreed", "CONCEDE", "083"),
        ),
        *rule(
            "a crowd protesting an act demonstrates; a state complains",
            (
                "Chinese students protested against the prime minister's visit.",
                "protested",
                "PROTEST",
                "141",
            ),
            ("China protested against the prime minister's visit.", "protested", "ACCUSE", "111"),
        ),
    ],
)
def test_wire_lead_triggers(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, event: str, cameo: str
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert found is not None
    assert (found.event, found.cameo) == (event, cameo)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Iraq let UNSCOM inspectors into the palaces.", "inspectors"),
        ("The Serbs let U.N. relief convoys into the enclave.", "convoys"),
        ("Israel let a fuel convoy pass into Gaza.", None),
    ],
)
def test_a_party_let_into_a_place_is_permitted(nlp: Language, text: str, party: str | None) -> None:
    # The parser makes the noun let in a clause of its own; its way in says it is let go.
    doc = nlp(text)
    found = permitted_party(next(t for t in doc if t.lower_ == "let"), "let")
    assert (found.text if found is not None else None) == party


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        *rule(
            "finding out is learning, no consultation",
            ("Parents want to find out why the school closed.", "find", None),
            ("The auditors found out that the accounts were wrong.", "found", None),
        ),
        *rule(
            "people put, placed or kept under surveillance are restricted",
            ("Police put the activist under surveillance.", "put", "172"),
            ("The regime kept the dissidents under constant surveillance.", "kept", "172"),
        ),
        *rule(
            "taking exception to something disapproves of it",
            ("Canada took exception to the remarks of the ambassador.", "took", "111"),
        ),
        *rule(
            "an honour, an order or a degree conferred or bestowed praises",
            ("The university conferred an honorary doctorate on the king.", "conferred", "051"),
            ("Spain bestowed its highest order on the Mexican president.", "bestowed", "051"),
            ("The minister conferred with his aides.", "conferred", "046"),
        ),
        *rule(
            "an idea or a notion dismissed is rejected",
            ("Ottawa dismissed the idea of a customs union.", "dismissed", "120"),
            ("The premier rejected the notion of early elections.", "rejected", "120"),
        ),
        *rule(
            "a meal with a party meets it",
            ("The king dined with the Omani envoy.", "dined", "040"),
            ("The premier had lunch with the Danish king.", "had", "040"),
            ("The minister held a working breakfast with the envoys.", "held", "040"),
            ("The chef cooked lunch for the guests.", "lunch", None),
        ),
        *rule(
            "work done in collaboration with a party cooperates",
            ("The plant was built in collaboration with Japan.", "collaboration", "060"),
        ),
        *rule(
            "humanitarian visas handed out or given are refuge granted",
            ("Peru handed out humanitarian visas to Haitians.", "handed", "075"),
            ("Chile gave humanitarian visas to 200 families.", "gave", "075"),
        ),
        *rule(
            "tariffs laid on goods or a country sanction",
            ("New tariffs on Mexican tomatoes took effect.", "tariffs", "163"),
            ("Tariffs were discussed at length.", "Tariffs", None),
        ),
    ],
)
def test_lexicon_gaps_of_real_news(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str | None
) -> None:
    found = coding(nlp, lexicon, text, word)
    assert (found.cameo if found is not None else None) == cameo, text


def test_a_rampaging_crowd_riots_but_rampaging_soldiers_do_not(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    doc = nlp("Rampaging youths smashed shop windows in the centre of Jakarta.")
    coding = lexicon.code(next(t for t in doc if t.lower_ == "smashed"))
    assert coding is not None and coding.cameo == "145"
    doc = nlp("Rampaging soldiers smashed shop windows in the centre of Jakarta.")
    coding = lexicon.code(next(t for t in doc if t.lower_ == "smashed"))
    assert coding is not None and coding.event == "ASSAULT"


def test_an_opening_crowd_participle_read_as_a_verb_names_the_crowd(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    doc = nlp(
        "Rampaging youths overturned and burned cars and looted shops in the Algerian capital"
        " on Wednesday in a third day of unrest over food prices."
    )
    verb = doc[0]
    if verb.pos_ != "VERB":
        pytest.skip("the parse reads the participle as a modifier")
    assert misread_crowd_participle(verb)
    coding = lexicon.code(verb)
    assert coding is not None and coding.event == "PROTEST"


# Lexicon patterns: bargaining, sitting down with a party, offering oneself as a mediator and
# documenting abuses.
@pytest.mark.parametrize(
    ("text", "lemma", "cameo"),
    [
        ("Japan haggled with the United States over rice quotas.", "haggle", "046"),
        ("Union leaders and ministers bargained over the minimum wage.", "bargain", "046"),
        ("King Hussein sat down with Prime Minister Rabin in Washington.", "sit", "040"),
    ],
)
def test_bargaining_and_sitting_down_with_a_party_consult(
    nlp: Language, lexicon: TriggerLexicon, text: str, lemma: str, cameo: str
) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == lemma)
    coding = lexicon.code(verb)
    assert coding is not None and coding.cameo == cameo


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("The shoppers haggled at the market stalls.", "haggle"),
        ("The children sat down on the floor.", "sit"),
    ],
)
def test_haggling_and_sitting_alone_are_no_event(
    nlp: Language, lexicon: TriggerLexicon, text: str, lemma: str
) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == lemma)
    assert lexicon.code(verb) is None


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Egypt put itself forward as a mediator between the two sides.", "put"),
        ("Mandela put himself forward as a peacemaker in the war.", "put"),
        ("Qatar offered itself as a peacemaker in the dispute.", "offer"),
    ],
)
def test_a_party_that_puts_itself_forward_as_a_mediator_offers_to_mediate(
    nlp: Language, lexicon: TriggerLexicon, text: str, lemma: str
) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == lemma)
    coding = lexicon.code(verb)
    assert coding is not None and coding.cameo == "039"


def test_a_party_put_forward_by_another_offers_nothing(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    verb = next(
        t for t in nlp("Egypt put the plan forward as a basis for talks.") if t.lemma_ == "put"
    )
    coding = lexicon.code(verb)
    assert coding is None or coding.cameo != "039"


@pytest.mark.parametrize(
    "text",
    [
        "Human Rights Watch has documented atrocities committed by soldiers in Chechnya.",
        "U.N. monitors are documenting abuses by government forces in the Nuba Mountains.",
    ],
)
def test_abuses_documented_are_investigated(
    nlp: Language, lexicon: TriggerLexicon, text: str
) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == "document")
    coding = lexicon.code(verb)
    assert coding is not None and coding.cameo == "092"


def test_a_journey_documented_is_no_investigation(nlp: Language, lexicon: TriggerLexicon) -> None:
    verb = next(t for t in nlp("The film documented her journey.") if t.lemma_ == "document")
    assert lexicon.code(verb) is None
