"""Tests for actor and recipient of a trigger from the dependency parse (`verb_roles` and
`noun_roles` over whole sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.records import Actor
from dyads.stages.roles import ActorIndex, verb_roles

from .event_helpers import PartySpec, actor, by_rule, codes, find, token
from .role_helpers import RolesOf, recipient_code, role_facts

# Rows keyed by the rule they test: the sentence, how to read its trigger, and the facts
# expected of its roles (see `role_facts`).
ROLES: dict[str, tuple[str, RolesOf, dict[str, object]]] = {
    "a possessor of the actor's own country owns the act, as 'its' does": (
        "Sisi reaffirmed Egypt's support for Sudan's unity.",
        RolesOf("reaffirmed", [("Sisi", "EGY", "GOV"), ("Egypt", "EGY"), ("Sudan", "SDN")]),
        {"actors": ["EGY"], "recipient": "SDN"},
    ),
    "a possessor that is a body of the actor's own state is the party the act is aimed at": (
        "The UNP would welcome the TNA's support to defeat the motion.",
        RolesOf("welcome", [("UNP", "LKA", "PTY"), ("TNA", "LKA", "PTY")]),
        {"actors": ["LKA"], "recipient": "LKA"},
    ),
    "a possessor of another country is the party the act is aimed at": (
        "Zelensky condemned Russia's invasion.",
        RolesOf("condemned", [("Zelensky", "UKR", "GOV"), ("Russia", "RUS")]),
        {"actors": ["UKR"], "recipient": "RUS"},
    ),
    "a sponsor named in one hyphened word is no attendee but the other party": (
        "Clerides said he would not attend U.N.-sponsored talks in New York.",
        RolesOf("talks", [("he", "CYP", "GOV"), ("U.N.-sponsored", "IGOUNO", None)], noun=True),
        {"actors": ["CYP"], "recipient": "IGOUNO"},
    ),
    "a group's 'from' phrase the parser hung on the verb still names whose it is": (
        "Tiani met a delegation from ECOWAS last week.",
        RolesOf("met", [("Tiani", "NER", "GOV"), ("ECOWAS", "IGOWAFBUSWAS", None)]),
        {"actors": ["NER"], "recipient": "IGOWAFBUSWAS"},
    ),
    "a gerund of result is done by the agent of the participle describing its clause's subject": (
        "A drone launched by Hezbollah hit a base in Nahariya, killing four soldiers.",
        RolesOf("killing", [("Hezbollah", "LBN", "REB"), ("soldiers", "ISR", "MIL")]),
        {"actors": ["LBN"], "recipient": "ISR"},
    ),
    "'its' before an act's noun is the subject of the clause around it": (
        "India said its strikes had hit nine camps in Pakistan.",
        RolesOf("hit", [("India", "IND"), ("Pakistan", "PAK")]),
        {"actors": ["IND"]},
    ),
    "'both' before a garbled pair keeps both as recipients": (
        "Rubio spoke with both Indian External Affairs Minister Subrahmanyam Jaishankar and"
        " Pakistani Prime Minister Shehbaz Sharif.",
        RolesOf(
            "spoke",
            [
                ("Rubio", "USA", "GOV"),
                ("Indian External Affairs Minister Subrahmanyam Jaishankar", "IND", "GOV"),
                ("Pakistani Prime Minister Shehbaz Sharif", "PAK", "GOV"),
            ],
        ),
        {"actors": ["USA"], "recipients": ["PAK", "IND"]},
    ),
    "a participle describing a statement is done by the statement's issuers": (
        "The United States and Britain issued a joint statement expressing concern over the"
        " violence in Kenya.",
        RolesOf(
            "expressing",
            [("United States", "USA"), ("Britain", "GBR"), ("Kenya", "KEN")],
        ),
        {"actors": ["USA", "GBR"]},
    ),
    "a gerund of harm after an attack names those the attack struck when it names none": (
        "Turkish drones struck Kurdish fighters near Kobani, killing three.",
        RolesOf("killing", [("Turkish drones", "TUR", "MIL"), ("Kurdish fighters", "SYR", "UAF")]),
        {"actors": ["TUR"], "recipient": "SYR"},
    ),
    "subject and object": (
        "Russian forces attacked Ukrainian positions near the river.",
        RolesOf(
            "attacked", [("Russian forces", "RUS"), ("Ukrainian", "UKR")], theme_is_actor=False
        ),
        {"actors": ["RUS"], "recipient": "UKR"},
    ),
    "a passive of harm without agent: the doer of the clause saying how it happened": (
        "Two peacekeepers were killed when their vehicle was ambushed by gunmen.",
        RolesOf("killed", [("peacekeepers", "IGOUNO", "MIL"), ("gunmen", "SOM", "UAF")]),
        {"actors": ["SOM"], "recipient": "IGOUNO"},
    ),
    "a passive of harm: the subject of a when-clause is its doer": (
        "Three soldiers were killed when Hezbollah guerrillas attacked their patrol.",
        RolesOf("killed", [("soldiers", "ISR", "MIL"), ("Hezbollah guerrillas", "LBN", "REB")]),
        {"actors": ["LBN"], "recipient": "ISR"},
    ),
    "a participle left on the root noun of a verbless parse is the sentence's verb": (
        "Javier Solana, the EU's foreign policy chief, called on Macedonia's government to act.",
        RolesOf(
            "called", [("Javier Solana", "IGOEUREEC", None), ("Macedonia's government", "MKD")]
        ),
        {"actors": ["IGOEUREEC"], "recipient": "MKD"},
    ),
    "a pronoun owning a passive's agent that stands for the victim does not do it": (
        "Indira Gandhi was assassinated by her bodyguards.",
        RolesOf("assassinated", [("Indira Gandhi", "IND", "GOV"), ("her", "IND", "GOV")]),
        {"actors": [], "recipient": "IND"},
    ),
    "a headline's participle on its noun stays passive": (
        "Two French officers accused of genocide",
        RolesOf("accused", [("French officers", "FRA", "MIL")]),
        {"actors": [], "recipient": "FRA"},
    ),
    'the place a siege the verb lays is "of" is where it is laid': (
        "Morocco tightened its blockade of Tindouf after the raids.",
        RolesOf("tightened", [("Morocco", "MAR")], places=[("Tindouf", "DZA")]),
        {"actors": ["MAR"], "recipient": "DZA"},
    ),
    "a reporter the parser hung on the object is no recipient": (
        "Army shells hit a rebel-held town near Aleppo, the Syrian Observatory for Human Rights"
        " said.",
        RolesOf(
            "hit",
            [("Army", "SYR", "MIL"), ("Syrian Observatory for Human Rights", "NGO", None)],
            places=[("Aleppo", "SYR")],
        ),
        {"actors": ["SYR"], "recipient": None},
    ),
    "a sea or strait named after a land is none of its state's": (
        "The United States sent a carrier to the Taiwan Strait to deter China.",
        RolesOf(
            "sent",
            [("United States", "USA"), ("Taiwan", "TWN"), ("China", "CHN")],
            goal_is_recipient=True,
        ),
        {"actors": ["USA"], "recipient": "CHN"},
    ),
    "people handed over go to the party that wants them": (
        "Sudan handed over three suspects wanted by Ethiopia.",
        RolesOf("handed", [("Sudan", "SDN"), ("suspects", "SDN", "CVL"), ("Ethiopia", "ETH")]),
        {"actors": ["SDN"], "recipient": "ETH"},
    ),
    "people arrested are the party, not whoever wants them": (
        "Police arrested two Britons wanted by Spain.",
        RolesOf(
            "arrested", [("Police", "FRA", "COP"), ("Britons", "GBR", "CVL"), ("Spain", "ESP")]
        ),
        {"actors": ["FRA"], "recipient": "GBR"},
    ),
    "a protest is addressed to the envoy summoned for it, not the own people it mourns": (
        "India summoned the Pakistani envoy to protest against the killing of two Indian soldiers.",
        RolesOf(
            "protest",
            [("India", "IND"), ("Pakistani envoy", "PAK"), ("Indian soldiers", "IND", "MIL")],
        ),
        {"actors": ["IND"], "recipient": "PAK"},
    ),
    "a complaint noun lodged with a capital is lodged with its state": (
        "Thailand lodged a protest with Rangoon.",
        RolesOf("protest", [("Thailand", "THA")], places=[("Rangoon", "MMR")], noun=True),
        {"actors": ["THA"], "recipient": "MMR"},
    ),
    "a complaint made to a capital is made to its state": (
        "Germany's foreign minister protested to Moscow over the bombing.",
        RolesOf("protested", [("Germany's foreign minister", "DEU")], places=[("Moscow", "RUS")]),
        {"actors": ["DEU"], "recipient": "RUS"},
    ),
    "an appeal made to a capital is made to its state, before the party it would have act": (
        "Berri appealed to Washington to persuade Israel to free the prisoners.",
        RolesOf(
            "appealed",
            [("Berri", "LBN"), ("Israel", "ISR")],
            places=[("Washington", "USA")],
        ),
        {"actors": ["LBN"], "recipient": "USA"},
    ),
    "a state's border where an act takes place locates it once the object names a party": (
        "Iraq released 50 Kuwaiti prisoners to the Red Cross on the Saudi border.",
        RolesOf(
            "released",
            [("Iraq", "IRQ"), ("Kuwaiti prisoners", "KWT", "MIL"), ("Saudi", "SAU")],
            goal_is_recipient=True,
        ),
        {"actors": ["IRQ"], "recipient": "KWT"},
    ),
    "a state's border still names the target of forces massed on it": (
        "Iraq massed troops on the Kuwaiti border.",
        RolesOf("massed", [("Iraq", "IRQ"), ("Kuwaiti", "KWT")], goal_is_recipient=True),
        {"actors": ["IRQ"], "recipient": "KWT"},
    ),
    "the party met in a clause before the verb is its partner": (
        "Chilean President Eduardo Frei, meeting Argentine President Carlos Menem in Santiago, "
        "signed a pact.",
        RolesOf(
            "signed",
            [
                ("Chilean President Eduardo Frei", "CHL"),
                ("Argentine President Carlos Menem", "ARG"),
            ],
        ),
        {"actors": ["CHL"], "recipient": "ARG"},
    ),
    "whom people are handed to comes before the people handed": (
        "The Taliban refused to hand over bin Laden to the United States.",
        RolesOf(
            "refused",
            [("Taliban", "AFG"), ("bin Laden", "IMGMUSALQ", None), ("United States", "USA")],
        ),
        {"actors": ["AFG"], "recipient": "USA"},
    ),
    "passive with agent": (
        "The convoy was attacked by rebels from Mali.",
        RolesOf("attacked", [("convoy", "FRA"), ("rebels", "MLI")], theme_is_actor=False),
        {"actors": ["MLI"], "recipient": "FRA"},
    ),
    "passive deployment makes the troops the actor": (
        "Thousands of Chadian troops were deployed to help Nigerian forces.",
        RolesOf(
            "deployed", [("Chadian troops", "TCD"), ("Nigerian forces", "NGA")], theme_is_actor=True
        ),
        {"actors": ["TCD"], "recipient": "NGA"},
    ),
    "prepositional recipient": (
        "The president spoke by phone with the Japanese prime minister.",
        RolesOf(
            "spoke",
            [("The president", "USA"), ("Japanese prime minister", "JPN")],
            theme_is_actor=False,
        ),
        {"actors": ["USA"], "recipient": "JPN"},
    ),
    "between A and B: both act, neither is the other's recipient": (
        "Talks between Egypt and Ethiopia resumed in Cairo.",
        RolesOf("Talks", [("Egypt", "EGY"), ("Ethiopia", "ETH")], noun=True),
        {"actors": ["EGY", "ETH"], "recipient": None},
    ),
    "between A and B arranged by a third party: both are its recipients": (
        "Swiss diplomats arranged a meeting between Armenia and Turkey in Zurich.",
        RolesOf(
            "meeting",
            [("Swiss diplomats", "CHE", "GOV"), ("Armenia", "ARM"), ("Turkey", "TUR")],
            noun=True,
        ),
        {"actors": ["CHE"], "recipients": ["ARM", "TUR"]},
    ),
    "a withdrawal verb's from phrase names the party left, whatever the reading": (
        "Libyan troops withdrew from Chad on Monday.",
        RolesOf("withdrew", [("Libyan troops", "LBY"), ("Chad", "TCD")]),
        {"actors": ["LBY"], "recipient": "TCD"},
    ),
    "forces withdrawing leave the land their own words place them in": (
        "Russia's troops in Georgia began withdrawing on Saturday.",
        RolesOf("withdrawing", [("Russia's troops", "RUS", "MIL"), ("Georgia", "GEO", None)]),
        {"actors": ["RUS"], "recipient": "GEO"},
    ),
    "whom people are handed to comes before the people handed, wherever the phrase hangs": (
        "Kenya handed over five Rwandan genocide suspects to the U.N. tribunal in Arusha.",
        RolesOf(
            "handed",
            [("Kenya", "KEN"), ("Rwandan genocide suspects", "RWA", "CVL"), ("U.N.", "IGOUNO")],
        ),
        {"actors": ["KEN"], "recipient": "IGOUNO"},
    ),
    "an envoy recalled from a capital: the capital's state, not the envoy's own": (
        "Kenya recalled its ambassador from Khartoum on Wednesday.",
        RolesOf("recalled", [("Kenya", "KEN")], places=[("Khartoum", "SDN")]),
        {"actors": ["KEN"], "recipient": "SDN"},
    ),
    "the party ground is taken from comes before the place taken": (
        "Government troops recaptured the town of Kapoeta from the rebels.",
        RolesOf(
            "recaptured",
            [("Government troops", "SDN", "MIL"), ("rebels", "SDN", "REB")],
            places=[("Kapoeta", "SSD")],
        ),
        {"actors": ["SDN"], "recipient": "SDN"},
    ),
    "a complaint lodged with a capital is lodged with its state": (
        "Thailand lodged a protest with Rangoon.",
        RolesOf("lodged", [("Thailand", "THA")], places=[("Rangoon", "MMR")]),
        {"actors": ["THA"], "recipient": "MMR"},
    ),
    "a particle phrase of a withdrawal verb names the place left": (
        "French forces pulled out of Niger.",
        RolesOf("pulled", [("French forces", "FRA"), ("Niger", "NER")]),
        {"actors": ["FRA"], "recipient": "NER"},
    ),
    "the forces withdrawn are the actor's own, not its recipient": (
        "Russia promised to withdraw the last Russian troops from Estonia.",
        RolesOf(
            "withdraw",
            [("Russia", "RUS"), ("Russian troops", "RUS", "MIL"), ("Estonia", "EST")],
        ),
        {"actors": ["RUS"], "recipient": "EST"},
    ),
    "conjoined prepositions name one recipient each": (
        "France granted new loans to Senegal and to Mali.",
        RolesOf("granted", [("France", "FRA"), ("Senegal", "SEN"), ("Mali", "MLI")]),
        {"actors": ["FRA"], "recipients": ["SEN", "MLI"]},
    ),
    "a conjoined preposition names the recipient when the first names no party": (
        "The Red Cross appealed to the government and to the rebels to spare civilians.",
        RolesOf(
            "appealed",
            [("Red Cross", "NGOIRC"), ("rebels", "LBR", "REB"), ("civilians", "CHE", "CVL")],
        ),
        {"actors": ["NGOIRC"], "recipient": "LBR"},
    ),
    "parties in conjoined places of a protest": (
        "Iranian students rallied in front of the British embassy and outside the French embassy.",
        RolesOf(
            "rallied",
            [("Iranian students", "IRN", "EDU"), ("British embassy", "GBR"), ("French", "FRA")],
            keeper_is_recipient=True,
        ),
        {"actors": ["IRN"], "recipients": ["FRA", "GBR"]},
    ),
    "a protest over another party's act is aimed at it": (
        "Chinese students protested in Beijing over Japan's approval of a history textbook.",
        RolesOf("protested", [("Chinese students", "CHN", "EDU"), ("Japan", "JPN")]),
        {"actors": ["CHN"], "recipient": "JPN"},
    ),
    "a protest over an act whose doer is not named is aimed at no party inside it": (
        "Chinese students protested over the sale of fighter jets to Taiwan.",
        RolesOf("protested", [("Chinese students", "CHN", "EDU"), ("Taiwan", "TWN")]),
        {"actors": ["CHN"], "recipient": None},
    ),
    "over names no recipient of a verb that is no protest": (
        "Russian jets flew over Georgia's border villages on Friday.",
        RolesOf("flew", [("Russian jets", "RUS", "MIL"), ("Georgia", "GEO")]),
        {"actors": ["RUS"], "recipient": None},
    ),
    "the actor's own country in what it retaliates for is no target": (
        "Israeli jets struck targets in retaliation for rocket attacks on northern Israel.",
        RolesOf("struck", [("Israeli jets", "ISR", "MIL"), ("northern Israel", "ISR")]),
        {"actors": ["ISR"], "recipient": None},
    ),
    "the doer of what a retaliation answers is its target": (
        "Israeli jets struck targets in retaliation for Syria's shelling of the border.",
        RolesOf("struck", [("Israeli jets", "ISR", "MIL"), ("Syria", "SYR")]),
        {"actors": ["ISR"], "recipient": "SYR"},
    ),
    "event noun under a light verb takes its subject": (
        "Egypt tightened the blockade of Gaza.",
        RolesOf("blockade", [("Egypt", "EGY"), ("Gaza", "PSE")], noun=True),
        {"actors": ["EGY"], "recipient": "PSE"},
    ),
    "possessive pronoun in reported speech is the speaker": (
        "Georgia said Russian jets had bombed its territory.",
        RolesOf("bombed", [("Georgia", "GEO"), ("Russian jets", "RUS")]),
        {"actors": ["RUS"], "recipient": "GEO"},
    ),
    "clause-initial actor parsed as adverbial is the subject": (
        "Sweden suspended aid to Somalia.",
        RolesOf("suspended", [("Sweden", "SWE"), ("Somalia", "SOM")]),
        {"actors": ["SWE"], "recipient": "SOM"},
    ),
    "subject of the clause a raising verb governs is its recipient": (
        "Iraq allowed Jordanian monitors to enter the camp.",
        RolesOf("allowed", [("Iraq", "IRQ"), ("Jordanian monitors", "JOR")]),
        {"actors": ["IRQ"], "recipient": "JOR"},
    ),
    "conjoined subject of a light verb acts together": (
        "Chile and Peru launched a joint venture.",
        RolesOf("venture", [("Chile", "CHL"), ("Peru", "PER")], noun=True),
        {"actors": ["CHL", "PER"], "recipient": None},
    ),
    "a participle of result names whom the action hit": (
        "A car bomb exploded in Belfast on Saturday, killing two British soldiers.",
        RolesOf("exploded", [("British soldiers", "GBR", "MIL")]),
        {"actors": [], "recipient": "GBR"},
    ),
    "an investigation into events names where they happened": (
        "A U.N. commission began an investigation into the massacres of civilians in Rwanda.",
        RolesOf(
            "investigation", [("U.N.", "IGOUNO"), ("civilians in Rwanda", "RWA", "CVL")], noun=True
        ),
        {"actors": ["IGOUNO"], "recipient": "RWA"},
    ),
    "a joint undertaking is done by the subject's parties together": (
        "Egypt and Sudan on Sunday began work on a joint irrigation project on the Nile.",
        RolesOf("project", [("Egypt", "EGY"), ("Sudan", "SDN")], noun=True),
        {"actors": ["EGY", "SDN"], "recipient": None},
    ),
    "parties conjoined inside an actor's phrase all act": (
        "Delegates of Peru and Ecuador met in Brasilia.",
        RolesOf("met", [("Delegates of Peru", "PER"), ("Ecuador", "ECU")]),
        {"actors": ["PER", "ECU"], "recipient": None},
    ),
    "noun naming the kind of a light verb object takes its subject": (
        "Burmese troops carried out a campaign of killings.",
        RolesOf("killings", [("Burmese troops", "MMR", "MIL")], noun=True),
        {"actors": ["MMR"]},
    ),
    "a country left to the places stage is a conjoined actor": (
        "Israel and the Vatican agreed to establish full diplomatic relations.",
        RolesOf("agreed", [("Israel", "ISR")], places=[("Vatican", "VAT")]),
        {"actors": ["ISR", "VAT"]},
    ),
    "who appoints an inquiry conducts it": (
        "Spain appointed a commission of inquiry into the bombing.",
        RolesOf("inquiry", [("Spain", "ESP")], noun=True),
        {"actors": ["ESP"]},
    ),
    "recipient is never the actor itself": (
        "Putin reaffirmed cooperation between Moscow and Pyongyang.",
        RolesOf(
            "reaffirmed",
            [("Putin", "RUS"), ("Moscow", "RUS"), ("Pyongyang", "PRK")],
            theme_is_actor=False,
        ),
        {"recipient": "PRK"},
    ),
    "helper in a with-phrase is not the recipient": (
        "Egypt tightened the blockade of Gaza with Israel's help.",
        RolesOf("blockade", [("Egypt", "EGY"), ("Gaza", "PSE"), ("Israel", "ISR")], noun=True),
        {"recipient": "PSE"},
    ),
    "place named by the direct object stands for its country": (
        "Serb forces shelled Sarajevo overnight.",
        RolesOf("shelled", [("Serb forces", "SRB", "MIL")], places=[("Sarajevo", "BIH")]),
        {"recipient": "BIH"},
    ),
    "an official owned by a pronoun is the subject's own": (
        "Britain recalled its ambassador from Iran.",
        RolesOf(
            "recalled",
            [("Britain", "GBR", None), ("ambassador", "GBR"), ("Iran", "IRN", None)],
            source_is_recipient=True,
        ),
        {"recipient": "IRN"},
    ),
    "a named counterpart owned by a pronoun is the recipient": (
        "The Chinese minister met his Australian counterpart.",
        RolesOf("met", [("Chinese minister", "CHN"), ("Australian counterpart", "AUS")]),
        {"recipient": "AUS"},
    ),
    "the agent of a participle on the object is a party": (
        "Venezuela denounced the sanctions imposed by the United States.",
        RolesOf(
            "denounced",
            [("Venezuela", "VEN"), ("the United States", "USA")],
            addresses_content=True,
        ),
        {"recipient": "USA"},
    ),
    "deployment near a border targets the neighbour": (
        "India stationed fighter jets near its border with China.",
        RolesOf(
            "stationed",
            [("India", "IND"), ("its", "IND"), ("China", "CHN")],
            goal_is_recipient=True,
        ),
        {"recipient": "CHN"},
    ),
    "the doer of a condemned act is the recipient": (
        "The Dutch government condemned the killing of Albanian civilians by Serbian police.",
        RolesOf(
            "condemned",
            [
                ("Dutch government", "NLD"),
                ("Albanian civilians", "ALB", "CVL"),
                ("Serbian police", "SRB", "COP"),
            ],
            addresses_content=True,
        ),
        {"recipient": "SRB"},
    ),
    "a show of force is aimed at its party": (
        "The United States ordered more troops to the Gulf in a show of force against Iraq.",
        RolesOf("ordered", [("United States", "USA"), ("Iraq", "IRQ")], theme_is_actor=True),
        {"recipient": "IRQ"},
    ),
    "a clause describing the object names its party": (
        "Japan lifted the economic sanctions it imposed on China.",
        RolesOf("lifted", [("Japan", "JPN"), ("China", "CHN")]),
        {"recipient": "CHN"},
    ),
    "aimed-at comes before the reason": (
        "India lashed out at the United States for arming Pakistan.",
        RolesOf(
            "lashed",
            [("India", "IND"), ("United States", "USA"), ("Pakistan", "PAK")],
            addresses_content=True,
        ),
        {"recipient": "USA"},
    ),
    "on behalf of names the party served": (
        "Cuba campaigned at the United Nations on behalf of Nicaragua.",
        RolesOf(
            "campaigned", [("Cuba", "CUB"), ("United Nations", "IGOUNO"), ("Nicaragua", "NIC")]
        ),
        {"recipient": "NIC"},
    ),
    "forces off a coast are aimed at its country": (
        "Russian warships held drills off the coast of Norway.",
        RolesOf("held", [("Russian warships", "RUS"), ("Norway", "NOR")], goal_is_recipient=True),
        {"recipient": "NOR"},
    ),
    "a purpose clause addresses the subject of what it examines": (
        "The European Union sent experts to examine claims that Syria had bombed hospitals.",
        RolesOf("sent", [("European Union", "IGOEU"), ("Syria", "SYR")], addresses_content=True),
        {"recipient": "SYR"},
    ),
    "a venue of the object comes after the party it is for": (
        "Mexico won support at the United Nations for the Guatemalan proposal.",
        RolesOf("won", [("Mexico", "MEX"), ("United Nations", "IGOUNO"), ("Guatemalan", "GTM")]),
        {"recipient": "GTM"},
    ),
    "members of a body stand for the body": (
        "Syria expelled British members of the U.N. monitoring mission.",
        RolesOf("expelled", [("Syria", "SYR"), ("British", "GBR"), ("U.N.", "IGOUNO")]),
        {"recipient": "IGOUNO"},
    ),
    "help with a bare infinitive serves its object": (
        "Germany promised to help train the Afghan police.",
        RolesOf("help", [("Germany", "DEU"), ("Afghan police", "AFG")]),
        {"recipient": "AFG"},
    ),
    "a transfer goal hung inside another phrase": (
        "Britain passed intelligence on Syrian arms shipments to Turkey.",
        RolesOf(
            "passed", [("Britain", "GBR"), ("Syrian", "SYR"), ("Turkey", "TUR")], nested_goal=True
        ),
        {"recipient": "TUR"},
    ),
    "a by-phrase of an active verb names the doer of its object": (
        "Sudan said it would accept arbitration by the African Union in its dispute with Chad.",
        RolesOf(
            "accept",
            [("Sudan", "SDN"), ("African Union", "IGOAFRAU"), ("Chad", "TCD")],
            deep_parties=True,
        ),
        {"recipient": "IGOAFRAU"},
    ),
    "a pronoun object of a purpose clause is the verb's object": (
        "Rebels seized Kenyan aid workers to use them as hostages.",
        RolesOf("use", [("Rebels", "SOM"), ("Kenyan aid workers", "KEN")]),
        {"recipient": "KEN"},
    ),
    "prisoners protest against those who hold them": (
        "Iraqi prisoners in Iranian jails refused food on Monday.",
        RolesOf(
            "refused",
            [("Iraqi prisoners", "IRQ"), ("Iranian jails", "IRN")],
            keeper_is_recipient=True,
        ),
        {"recipient": "IRN"},
    ),
    "the light verb's phrase addresses the noun's event": (
        "The Pope made an urgent appeal on Friday to Sudan's warring factions to end the war.",
        RolesOf(
            "appeal",
            [("Pope", "VAT"), ("Sudan's warring factions", "SDN")],
            noun=True,
            addresses_content=True,
        ),
        {"recipient": "SDN"},
    ),
    "a conflict an action is in names its party": (
        "The Ghanaian president offered to mediate in the Somali civil war.",
        RolesOf("mediate", [("Ghanaian president", "GHA"), ("Somali", "SOM")]),
        {"recipient": "SOM"},
    ),
    "conjoined recipients are all kept": (
        "The Gambian president will visit Mauritania and Senegal.",
        RolesOf("visit", [("Gambian president", "GMB"), ("Mauritania", "MRT"), ("Senegal", "SEN")]),
        {"recipients": ["MRT", "SEN"]},
    ),
    "party helped inside an infinitive clause": (
        "Indonesia agreed to help Malaysia fight forest fires.",
        RolesOf("agreed", [("Indonesia", "IDN"), ("Malaysia", "MYS")]),
        {"recipients": ["MYS"]},
    ),
    "in names a party for verbs of investing": (
        "Qatar agreed to invest $10 billion in Egypt.",
        RolesOf("agreed", [("Qatar", "QAT"), ("Egypt", "EGY")]),
        {"recipients": ["EGY"]},
    ),
    "in names no party for other verbs": (
        "Qatar agreed to stay in Egypt.",
        RolesOf("agreed", [("Qatar", "QAT"), ("Egypt", "EGY")]),
        {"recipients": []},
    ),
    "each other makes every actor a recipient": (
        "India and Pakistan accused each other of violating the ceasefire.",
        RolesOf("accused", [("India", "IND"), ("Pakistan", "PAK")]),
        {"actors": ["IND", "PAK"], "recipients": ["IND", "PAK"]},
    ),
    "the target of a protest named after in protest of": (
        "Miners went on a hunger strike in protest of the Polish government's pit closures.",
        RolesOf("strike", [("Polish government", "POL")], noun=True),
        {"recipients": ["POL"]},
    ),
    "the other side of a war the action belongs to": (
        "Iran threatened to launch a new offensive in its war with Iraq.",
        RolesOf("threatened", [("Iran", "IRN"), ("Iraq", "IRQ")]),
        {"recipients": ["IRQ"]},
    ),
    "the subject of a demanded clause under a noun": (
        "The rebels insisted on their demands that Burundi's government grant more rights.",
        RolesOf("insisted", [("Burundi's government", "BDI")], addresses_content=True),
        {"recipients": ["BDI"]},
    ),
    "the subject of a demanded clause only when asked": (
        "The rebels insisted on their demands that Burundi's government grant more rights.",
        RolesOf("insisted", [("Burundi's government", "BDI")]),
        {"recipients": []},
    ),
    "a third party between two others": (
        "The Arab League chief undertook a mediation mission between Syria and Iraq.",
        RolesOf(
            "mission",
            [("Arab League chief", "IGOARL"), ("Syria", "SYR"), ("Iraq", "IRQ")],
            noun=True,
        ),
        {"actors": ["IGOARL"], "recipients": ["SYR", "IRQ"]},
    ),
    "a country that only locates the object is no recipient": (
        "Burmese troops captured a guerrilla stronghold on the Thai border.",
        RolesOf("captured", [("Burmese troops", "MMR"), ("Thai", "THA")]),
        {"recipients": []},
    ),
    "a passive's by phrase hung on the noun of its prepositional phrase": (
        "Nepalese soldiers were wounded in an ambush by Maoist rebels.",
        RolesOf("wounded", [("Nepalese soldiers", "NPL", "MIL"), ("Maoist rebels", "NPL", "REB")]),
        {"actors": ["NPL"], "recipient": "NPL"},
    ),
    "forces withdrawn in a passive are the side that withdraws": (
        "Cuban troops were pulled out of Angola after the accord.",
        RolesOf(
            "pulled", [("Cuban troops", "CUB", "MIL"), ("Angola", "AGO")], source_is_recipient=True
        ),
        {"actors": ["CUB"], "recipient": "AGO"},
    ),
    "people evacuated in a passive are not the side that leaves": (
        "Foreign nationals were evacuated from Libya by ship.",
        RolesOf("evacuated", [("Foreign nationals", "GBR", "CVL"), ("Libya", "LBY")]),
        {"actors": [], "recipient": "GBR"},
    ),
    "the party a passive of expulsion names with from expels": (
        "Two Russian diplomats were expelled from Estonia on Friday.",
        RolesOf("expelled", [("Russian diplomats", "RUS"), ("Estonia", "EST")]),
        {"actors": ["EST"], "recipient": "RUS"},
    ),
    "a participle of expulsion is done by the party it names with from": (
        "The Libyan envoys expelled from Malta last week have returned to Tripoli.",
        RolesOf("expelled", [("Libyan envoys", "LBY"), ("Malta", "MLT")]),
        {"actors": ["MLT"], "recipient": "LBY"},
    ),
    "a participle of another verb takes no actor from its from phrase": (
        "The Libyan envoys released from Malta last week have returned to Tripoli.",
        RolesOf("released", [("Libyan envoys", "LBY"), ("Malta", "MLT")]),
        {"actors": [], "recipient": "LBY"},
    ),
    "a place a passive of expulsion names with from stands for its country": (
        "Two Russian diplomats were expelled from Tallinn on Friday.",
        RolesOf("expelled", [("Russian diplomats", "RUS")], places=[("Tallinn", "EST")]),
        {"actors": ["EST"], "recipient": "RUS"},
    ),
    "a passive light verb takes the roles of the act that is its subject": (
        "Russia's withdrawal from Moldova was completed in May.",
        RolesOf("completed", [("Russia", "RUS", None), ("Moldova", "MDA", None)]),
        {"actors": ["RUS"], "recipient": "MDA"},
    ),
    "an accusation with no named author is its reporter's": (
        "Rwanda has been accused of backing the rebels, Congolese officials said.",
        RolesOf(
            "accused",
            [("Rwanda", "RWA"), ("Congolese officials", "COD")],
            addresses_content=True,
        ),
        {"actors": ["COD"], "recipient": "RWA"},
    ),
    "a passive with no author and no reporting option keeps no actor": (
        "Rwanda has been accused of backing the rebels, Congolese officials said.",
        RolesOf("accused", [("Rwanda", "RWA"), ("Congolese officials", "COD")]),
        {"actors": [], "recipient": "RWA"},
    ),
    "a relative pronoun object stands for the noun the clause describes": (
        "Georgia, which Russia accused of harbouring rebels, denied the charge.",
        RolesOf("accused", [("Georgia", "GEO"), ("Russia", "RUS")]),
        {"actors": ["RUS"], "recipient": "GEO"},
    ),
    "a relative pronoun passive subject stands for the noun the clause describes": (
        "The villagers, who were attacked by Ugandan rebels, fled to the hills.",
        RolesOf("attacked", [("villagers", "SSD", "CVL"), ("Ugandan rebels", "UGA", "REB")]),
        {"actors": ["UGA"], "recipient": "SSD"},
    ),
    "a written act is addressed to the party its letter is to": (
        "In a letter to the Arab League, Yemen demanded an end to the blockade.",
        RolesOf("demanded", [("Arab League", "IGOARL"), ("Yemen", "YEM")]),
        {"actors": ["YEM"], "recipient": "IGOARL"},
    ),
    "the writer's own act stated in a letter is addressed to the party the letter is to": (
        "Chile said in a message to Bolivia that it was willing to discuss access to the sea.",
        RolesOf("discuss", [("Chile", "CHL"), ("Bolivia", "BOL")]),
        {"actors": ["CHL"], "recipient": "BOL"},
    ),
    "the source of what a subject comes under is the other party": (
        "Chad came under pressure from France to hold elections.",
        RolesOf("came", [("Chad", "TCD"), ("France", "FRA")]),
        {"actors": ["TCD"], "recipient": "FRA"},
    ),
    "the target of an act that is the subject comes before those it harms": (
        "Pakistan's airstrikes on Afghan border towns killed eight people.",
        RolesOf(
            "killed", [("Pakistan", "PAK", None), ("Afghan", "AFG", None), ("people", "PAK", "CVL")]
        ),
        {"actors": ["PAK"], "recipient": "AFG"},
    ),
    "a place something is sent to stands for its country": (
        "Rubio said that Washington would send more missiles to Kyiv.",
        RolesOf("send", [("Rubio", "USA"), ("Washington", "USA")], places=[("Kyiv", "UKR")]),
        {"actors": ["USA"], "recipient": "UKR"},
    ),
    "what one receives comes from the other party": (
        "Ukraine received new tanks from Poland on Monday.",
        RolesOf("received", [("Ukraine", "UKR", None), ("Poland", "POL", None)]),
        {"actors": ["UKR"], "recipient": "POL"},
    ),
    "who is told what they must do must do it": (
        "Turkey told Sweden that it must expel the militants.",
        RolesOf("expel", [("Turkey", "TUR", None), ("Sweden", "SWE", None)]),
        {"actors": ["SWE"]},
    ),
    "what one tells a party one will do is one's own": (
        "Turkey told Sweden that it would expel the militants.",
        RolesOf("expel", [("Turkey", "TUR", None), ("Sweden", "SWE", None)]),
        {"actors": ["TUR"]},
    ),
    "a passive without agent told to a party as what will be done": (
        "The State Department informed Pakistan that military aid would be suspended.",
        RolesOf("suspended", [("State Department", "USA"), ("Pakistan", "PAK", None)]),
        {"actors": ["USA"], "recipient": "PAK"},
    ),
    "the party an attack noun names is the agent of a passive": (
        "Two Palestinians were killed in an Israeli raid near Nablus.",
        RolesOf("killed", [("Palestinians", "PSE", "CVL"), ("Israeli", "ISR", None)]),
        {"actors": ["ISR"], "recipient": "PSE"},
    ),
    "a by phrase hung on the object of a passive is its agent": (
        "Ukraine was promised new air defences by Germany on Friday.",
        RolesOf("promised", [("Ukraine", "UKR", None), ("Germany", "DEU", None)]),
        {"actors": ["DEU"], "recipient": "UKR"},
    ),
    "a participle with an object is active": (
        "The Saudi-led coalition bombed Sanaa on Sunday.",
        RolesOf("bombed", [("Saudi", "SAU", None)], places=[("Sanaa", "YEM")]),
        {"actors": ["SAU"], "recipient": "YEM"},
    ),
    "who sent what a verb's subject names acts": (
        "Relief supplies sent by Turkey reached the Syrian city of Aleppo on Saturday.",
        RolesOf("reached", [("Turkey", "TUR", None)]),
        {"actors": ["TUR"]},
    ),
    "a headline lists parties with a comma": (
        "Pakistan, Afghanistan agree ceasefire",
        RolesOf("agree", [("Pakistan", "PAK", None), ("Afghanistan", "AFG", None)]),
        {"actors": ["PAK", "AFG"]},
    ),
    "whom a statement is told to is its recipient": (
        "Qian told his Japanese counterpart that Beijing wanted closer economic ties.",
        RolesOf("wanted", [("Qian", "CHN"), ("Japanese counterpart", "JPN"), ("Beijing", "CHN")]),
        {"actors": ["CHN"], "recipient": "JPN"},
    ),
    "an audience told is no recipient": (
        "Qian told reporters that Beijing wanted closer economic ties.",
        RolesOf("wanted", [("Qian", "CHN"), ("Beijing", "CHN")]),
        {"actors": ["CHN"], "recipient": None},
    ),
    "a place the object is aimed at stands for its country": (
        "The United States imposed new trade sanctions on Tehran on Monday.",
        RolesOf("imposed", [("United States", "USA", None)], places=[("Tehran", "IRN")]),
        {"actors": ["USA"], "recipient": "IRN"},
    ),
    "a verb hung on the agent of the subject's participle has that subject": (
        "Turkish troops backed by tanks moved into northern Iraq on Thursday.",
        RolesOf("moved", [("Turkish troops", "TUR", "MIL")], places=[("Iraq", "IRQ")]),
        {"actors": ["TUR"], "recipient": "IRQ"},
    ),
    "a verb hung on the agent inside a quantity's subject has that subject": (
        "Thousands of Turkish troops backed by tanks moved into northern Iraq, officials said.",
        RolesOf("moved", [("Turkish troops", "TUR", "MIL")], places=[("Iraq", "IRQ")]),
        {"actors": ["TUR"], "recipient": "IRQ"},
    ),
    "a cargo seized is aimed at whom it is bound for": (
        "Israeli commandos seized a ship carrying weapons bound for the Palestinian Authority.",
        RolesOf(
            "seized",
            [("Israeli commandos", "ISR", "MIL"), ("Palestinian Authority", "PSE", "GOV")],
        ),
        {"actors": ["ISR"], "recipient": "PSE"},
    ),
    "a place a cargo is destined for stands for its country": (
        "Egyptian police seized a truck carrying rockets destined for the Gaza Strip on Saturday.",
        RolesOf("seized", [("Egyptian police", "EGY", "COP")], places=[("Gaza Strip", "PSE")]),
        {"actors": ["EGY"], "recipient": "PSE"},
    ),
    "a conditional act is aimed at the party its condition names": (
        "Baghdad would use force if Kuwait did not pay compensation.",
        RolesOf("use", [("Baghdad", "IRQ", "GOV"), ("Kuwait", "KWT", None)]),
        {"actors": ["IRQ"], "recipient": "KWT"},
    ),
    "a condition hung on the act threatened names the threat's target": (
        "Iran threatened on Monday to resume uranium enrichment if Britain failed to release "
        "the seized tanker.",
        RolesOf("threatened", [("Iran", "IRN", None), ("Britain", "GBR", None)]),
        {"actors": ["IRN"], "recipient": "GBR"},
    ),
    "an object put after the verb's 'as' and its predicate is its object": (
        "Syria rejected as unacceptable an Israeli proposal for security talks.",
        RolesOf("rejected", [("Syria", "SYR", None), ("Israeli", "ISR", None)]),
        {"actors": ["SYR"], "recipient": "ISR"},
    ),
    "a peacekeeping mission joined serves the land it is in before the body running it": (
        "Fiji's soldiers joined the U.N. peacekeeping mission in Lebanon.",
        RolesOf(
            "joined",
            [("Fiji's soldiers", "FJI", "MIL"), ("U.N.", "IGOUNO", None)],
            places=[("Lebanon", "LBN")],
        ),
        {"actors": ["FJI"], "recipient": "LBN"},
    ),
    "a cause clause names no conditional target": (
        "Baghdad used force because Kuwait had not paid compensation.",
        RolesOf("used", [("Baghdad", "IRQ", "GOV"), ("Kuwait", "KWT", None)]),
        {"actors": ["IRQ"], "recipient": None},
    ),
    "a part of a place pushed into stands for its country": (
        "American soldiers pushed into the southern outskirts of Baghdad on Saturday.",
        RolesOf("pushed", [("American soldiers", "USA", "MIL")], places=[("Baghdad", "IRQ")]),
        {"actors": ["USA"], "recipient": "IRQ"},
    ),
    "a passive release without agent is the captors' that a participle names": (
        "Fifteen Indian fishermen arrested by Sri Lanka's navy were released on Sunday.",
        RolesOf(
            "released",
            [("Indian fishermen", "IND", "CVL"), ("Sri Lanka's navy", "LKA", "MIL")],
            held_by_subject=True,
        ),
        {"actors": ["LKA"], "recipient": "IND"},
    ),
    "a passive release without the option keeps no captor": (
        "Fifteen Indian fishermen arrested by Sri Lanka's navy were released on Sunday.",
        RolesOf(
            "released", [("Indian fishermen", "IND", "CVL"), ("Sri Lanka's navy", "LKA", "MIL")]
        ),
        {"actors": []},
    ),
    "a passive without agent held between two parties is held by both": (
        "Talks were held between Ethiopia and Egypt in Cairo on Sunday.",
        RolesOf("held", [("Ethiopia", "ETH", None), ("Egypt", "EGY", None)]),
        {"actors": ["ETH", "EGY"], "recipient": None},
    ),
    "a verb with no subject fought between two parties is fought by both": (
        "Fighting between Israel and Hezbollah resumed on Monday.",
        RolesOf("Fighting", [("Israel", "ISR", None), ("Hezbollah", "LBN", "REB")]),
        {"actors": ["ISR", "LBN"], "recipient": None},
    ),
    "a passive with agent keeps its agent beside a between phrase": (
        "Talks were arranged by Norway between Israel and the Palestinians.",
        RolesOf("arranged", [("Norway", "NOR", None), ("Israel", "ISR", None)]),
        {"actors": ["NOR"]},
    ),
    "a base form the tagger read as a verb in a subject is an event noun": (
        "Aid from China reached earthquake survivors on Monday.",
        RolesOf("Aid", [("China", "CHN", None)]),
        {"actors": ["CHN"], "recipient": None},
    ),
    "a conditional deployment goes back into the place after an adverb of direction": (
        "Uganda said it would send troops back into South Sudan if fighting threatened its "
        "citizens.",
        RolesOf(
            "send",
            [("Uganda", "UGA", None), ("South Sudan", "SSD", None), ("its", "UGA", None)],
            goal_is_recipient=True,
        ),
        {"recipient": "SSD"},
    ),
    "an attack beaten back with no one named is the event, with its own roles": (
        "Azerbaijan's offensive against Armenian positions was beaten back.",
        RolesOf("beaten", [("Azerbaijan", "AZE", None), ("Armenian", "ARM", None)]),
        {"actors": ["AZE"], "recipient": "ARM"},
    ),
    "an attack repulsed: the attacker acts on the land it went into": (
        "An Iraqi incursion into Kuwaiti territory was repulsed.",
        RolesOf("repulsed", [("Iraqi", "IRQ", None), ("Kuwaiti", "KWT", None)]),
        {"actors": ["IRQ"], "recipient": "KWT"},
    ),
    "a place troops would be deployed inside names the target before the condition's party": (
        "Ethiopia will deploy its troops inside Somalia if the militias advance.",
        RolesOf(
            "deploy",
            [("Ethiopia", "ETH", None), ("its", "ETH", None), ("militias", "ETH", "UAF")],
            places=[("Somalia", "SOM")],
        ),
        {"actors": ["ETH"], "recipient": "SOM"},
    ),
    "a place an act happens inside is no target unless forces are sent there": (
        "Gunmen shot two guards inside the airport terminal.",
        RolesOf("shot", [("Gunmen", "USA", "UAF")], places=[("airport terminal", "USA")]),
        {"actors": ["USA"], "recipient": None},
    ),
    "an offer put forward is the subject's": (
        "India put forward an offer to Pakistan to resume the talks.",
        RolesOf("offer", [("India", "IND", None), ("Pakistan", "PAK", None)], noun=True),
        {"actors": ["IND"], "recipient": "PAK"},
    ),
    "a release authorised is the authoriser's": (
        "Myanmar's ruling council authorised the release of 200 political prisoners.",
        RolesOf(
            "release",
            [("Myanmar's ruling council", "MMR", "GOV"), ("prisoners", "MMR", "CVL")],
            noun=True,
        ),
        {"actors": ["MMR"]},
    ),
    "a 'where' clause's act is aimed at the place it describes": (
        "Gaza, where Israeli jets struck overnight, was quiet on Monday.",
        RolesOf("struck", [("Israeli jets", "ISR", "MIL")], places=[("Gaza", "PSE")]),
        {"actors": ["ISR"], "recipient": "PSE"},
    ),
    "a 'to' phrase after what a complaint is over belongs to that act": (
        "China complained over American arms sales to Taiwan.",
        RolesOf("complained", [("China", "CHN"), ("American", "USA"), ("Taiwan", "TWN")]),
        {"actors": ["CHN"], "recipient": "USA"},
    ),
    "a complaint made 'to' a party before what it is over is made to it": (
        "Seoul protested to Tokyo over the new textbook.",
        RolesOf("protested", [("Seoul", "KOR"), ("Tokyo", "JPN")]),
        {"actors": ["KOR"], "recipient": "JPN"},
    ),
    "a request 'to' a party turned down with no agent was refused by that party": (
        "Britain's request to India for the extradition of the businessman was turned down.",
        RolesOf("turned", [("Britain", "GBR"), ("India", "IND")]),
        {"actors": ["IND"], "recipient": "GBR"},
    ),
    "a request turned down by a named agent keeps the agent": (
        "Britain's request to India was turned down by the Indian court.",
        RolesOf("turned", [("Britain", "GBR"), ("India", "IND"), ("Indian court", "IND", "JUD")]),
        {"actors": ["IND"]},
    ),
    "an act done in a telephone call with a party is addressed to it": (
        "Mubarak, in a telephone call with the Israeli prime minister, urged a return to talks.",
        RolesOf("urged", [("Mubarak", "EGY"), ("Israeli prime minister", "ISR")]),
        {"actors": ["EGY"], "recipient": "ISR"},
    ),
    "forces flown out of a place leave it": (
        "Sixty UN monitors were flown out of the Bosnian town of Bihac on Monday.",
        RolesOf(
            "flown",
            [("UN monitors", "IGOUNO", "MIL")],
            places=[("Bihac", "BIH")],
            source_is_recipient=True,
        ),
        {"actors": ["IGOUNO"], "recipient": "BIH"},
    ),
    "forces taken out as others advance still leave by themselves": (
        "Hundreds of UN monitors were evacuated from Liberia as rebels advanced on the capital.",
        RolesOf(
            "evacuated",
            [("UN monitors", "IGOUNO", "MIL"), ("rebels", "LBR", "REB")],
            places=[("Liberia", "LBR")],
            source_is_recipient=True,
        ),
        {"actors": ["IGOUNO"], "recipient": "LBR"},
    ),
    "a body's staff evacuated leave by themselves": (
        "Dozens of UN staff were evacuated from Haiti as gangs closed in.",
        RolesOf(
            "evacuated",
            [("UN staff", "IGOUNO", "IGO"), ("gangs", "HTI", "CRM")],
            places=[("Haiti", "HTI")],
            source_is_recipient=True,
        ),
        {"actors": ["IGOUNO"], "recipient": "HTI"},
    ),
    "people evacuated from a place are rescued, not leaving of their own": (
        "Hundreds of foreigners were evacuated from Freetown.",
        RolesOf("evacuated", [], places=[("Freetown", "SLE")]),
        {"actors": []},
    ),
    "a feeling about a party's act is aimed at the doer before the place it concerns": (
        "The United States expressed concern over China's military build-up opposite Taiwan.",
        RolesOf("expressed", [("United States", "USA"), ("China", "CHN"), ("Taiwan", "TWN")]),
        {"actors": ["USA"], "recipient": "CHN"},
    ),
    "people a border is opened to stand for the land they flee": (
        "Guinea opened its border to thousands of refugees fleeing the fighting in Sierra Leone.",
        RolesOf("opened", [("Guinea", "GIN")], places=[("Sierra Leone", "SLE")]),
        {"actors": ["GIN"], "recipient": "SLE"},
    ),
    "people described by where they stay name no land left": (
        "Guinea opened its border to thousands of refugees living in Sierra Leone.",
        RolesOf("opened", [("Guinea", "GIN")], places=[("Sierra Leone", "SLE")]),
        {"actors": ["GIN"], "recipient": None},
    ),
    "a reaction placed in a capital with no one named to react is that state's": (
        "France's backing for the army was welcomed in Beirut.",
        RolesOf("welcomed", [("France", "FRA")], places=[("Beirut", "LBN")]),
        {"actors": ["LBN"], "recipient": "FRA"},
    ),
    "a reaction placed in a part of a land names no one reacting": (
        "France's backing for the army was welcomed in northern Lebanon.",
        RolesOf("welcomed", [("France", "FRA")], places=[("Lebanon", "LBN")]),
        {"actors": [], "recipient": "FRA"},
    ),
    "a pronoun told in a message what it should do is the party written to": (
        "Egypt said in a message to Israel that it should reopen the crossings.",
        RolesOf("reopen", [("Egypt", "EGY"), ("Israel", "ISR"), ("it", "EGY")]),
        {"actors": ["ISR"]},
    ),
    "a pronoun in a message saying what it will do stays the writer's": (
        "Egypt said in a message to Israel that it would reopen the crossings.",
        RolesOf("reopen", [("Egypt", "EGY"), ("Israel", "ISR"), ("it", "EGY")]),
        {"actors": ["EGY"]},
    ),
    "captives released to a go-between: the release is done to their own side": (
        "The militants freed two Nepali students to the Red Cross near the border.",
        RolesOf(
            "freed",
            [
                ("militants", "PSE", "REB"),
                ("Nepali students", "NPL", "CVL"),
                ("Red Cross", "NGOHLHIRC", None),
            ],
            held_by_subject=True,
            goal_is_recipient=True,
            nested_goal=True,
        ),
        {"actors": ["PSE"], "recipient": "NPL"},
    ),
    "captives released to their own side: the 'to' phrase stands": (
        "Moscow released the Ukrainian sailors to Ukraine on Friday.",
        RolesOf(
            "released",
            [("Moscow", "RUS"), ("Ukrainian sailors", "UKR", "CVL"), ("Ukraine", "UKR")],
            held_by_subject=True,
            goal_is_recipient=True,
        ),
        {"actors": ["RUS"], "recipient": "UKR"},
    ),
    "ground regained: the party it is taken from": (
        "Government troops regained control of the valley from the rebels.",
        RolesOf("regained", [("Government troops", "YEM", "MIL"), ("rebels", "YEM", "REB")]),
        {"actors": ["YEM"], "recipient": "YEM"},
    ),
    "a blockade or siege 'of' a place is laid on that place's country": (
        "Israel's naval blockade of Gaza entered its third year.",
        RolesOf("blockade", [("Israel", "ISR")], places=[("Gaza", "PSE")], noun=True),
        {"actors": ["ISR"], "recipient": "PSE"},
    ),
    "the 'of' phrase of another event noun names no place aimed at": (
        "The visit of the premier to Japan ended in Osaka.",
        RolesOf("visit", [("premier", "CHN")], places=[("Osaka", "JPN")], noun=True),
        {"actors": ["CHN"], "recipient": None},
    ),
    "the actor's own navy named by an adjective of the act is not acted on": (
        "Turkey imposed a naval blockade on the ports of Cyprus.",
        RolesOf("imposed", [("Turkey", "TUR"), ("naval", "TUR", "MIL"), ("Cyprus", "CYP")]),
        {"actors": ["TUR"], "recipient": "CYP"},
    ),
    "who votes with the subject votes alongside it, no party the vote is aimed at": (
        "Irish independents voted with the Labour Party against the motion.",
        RolesOf("voted", [("Irish independents", "IRL", "LEG"), ("Labour Party", "IRL", "PTY")]),
        {"actors": ["IRL"], "recipient": None},
    ),
    "a 'with' phrase of another verb still names its partner": (
        "Irish independents sided with the Labour Party against the motion.",
        RolesOf("sided", [("Irish independents", "IRL", "LEG"), ("Labour Party", "IRL", "PTY")]),
        {"actors": ["IRL"], "recipient": "IRL"},
    ),
    "people handed over go where a 'to' phrase at the end of their participle says": (
        "Oman extradited three men sought for piracy to Kenya.",
        RolesOf("extradited", [("Oman", "OMN")], places=[("Kenya", "KEN")]),
        {"actors": ["OMN"], "recipient": "KEN"},
    ),
    "a 'to' phrase inside a verb of the participle's phrase is that verb's": (
        "Oman extradited three men accused of shipping arms to Yemen.",
        RolesOf("extradited", [("Oman", "OMN")], places=[("Yemen", "YEM")]),
        {"actors": ["OMN"], "recipient": None},
    ),
    "a noun left loose after a phrase of time is the verb's object": (
        "Botha rejected on Wednesday calls by the Commonwealth to free Nelson Mandela.",
        RolesOf(
            "rejected",
            [("Botha", "ZAF", "GOV"), ("Commonwealth", "IGOCWN"), ("Nelson Mandela", "ZAF")],
        ),
        {"actors": ["ZAF"], "recipient": "IGOCWN"},
    ),
    "a state named by 'neighbouring' after the verb is its object": (
        "Libya's interior ministry accused neighbouring Tunisia of sheltering gunmen.",
        RolesOf("accused", [("Libya's interior ministry", "LBY"), ("Tunisia", "TUN")]),
        {"actors": ["LBY"], "recipient": "TUN"},
    ),
}


@pytest.mark.parametrize(("text", "how", "expected"), by_rule(ROLES))
def test_roles(nlp: Language, text: str, how: RolesOf, expected: dict[str, object]) -> None:
    assert role_facts(how.read(nlp, text), list(expected)) == expected


# Rules that hold only for some triggers, switched on by an option: the recipient with the
# option, then without it.
BY_OPTION: dict[str, tuple[str, RolesOf, str, tuple[str, str | None]]] = {
    "demand addresses the subject of its clause": (
        "Amnesty International demanded that the Egyptian government release the journalists.",
        RolesOf(
            "demanded", [("Amnesty International", "NGOAMN", "NGO"), ("Egyptian government", "EGY")]
        ),
        "addresses_content",
        ("EGY", None),
    ),
    "from names the recipient of a demand only when asked": (
        "Eritrean rebels demanded independence on Monday from Ethiopia.",
        RolesOf("demanded", [("Eritrean rebels", "ERI", "REB"), ("Ethiopia", "ETH")]),
        "source_is_recipient",
        ("ETH", None),
    ),
    "a particle phrase names the place left when asked": (
        "Syrian troops moved out of Lebanon.",
        RolesOf("moved", [("Syrian troops", "SYR"), ("Lebanon", "LBN")]),
        "source_is_recipient",
        ("LBN", None),
    ),
    "goal of a transfer is the recipient before the object": (
        "Spain deported a Russian businessman to the United States.",
        RolesOf(
            "deported",
            [("Spain", "ESP"), ("Russian businessman", "RUS", "BUS"), ("the United States", "USA")],
        ),
        "goal_is_recipient",
        ("USA", "RUS"),
    ),
    "party of the clause giving a mobilization its cause is its recipient": (
        "Chile put its army on alert as Peruvian troops massed on the border.",
        RolesOf("put", [("Chile", "CHL"), ("Peruvian troops", "PER", "MIL")]),
        "cause_is_recipient",
        ("PER", None),
    ),
    "a promise names the place it is kept": (
        "Japan agreed on Thursday to help build a steel plant in China.",
        RolesOf("agreed", [("Japan", "JPN")], places=[("China", "CHN")]),
        "deep_parties",
        ("CHN", None),
    ),
    "a release is aimed at the party the captors hold": (
        "Gunmen holding staff at the French consulate in Bamako released three captives.",
        RolesOf("released", [("Gunmen", "MLI"), ("French consulate", "FRA")]),
        "held_by_subject",
        ("FRA", None),
    ),
    "the host of a visit is where it goes": (
        "The Turkish president travelled to Baghdad for talks.",
        RolesOf("travelled", [("Turkish president", "TUR")], places=[("Baghdad", "IRQ")]),
        "partner_first",
        ("IRQ", None),
    ),
    "a threat is aimed at the 'against' party of the act it announces": (
        "Armenia warned on Friday it would take firm steps against Azerbaijan.",
        RolesOf("warned", [("Armenia", "ARM"), ("it", "ARM"), ("Azerbaijan", "AZE")]),
        "threat_is_aimed",
        ("AZE", None),
    ),
}


@pytest.mark.parametrize(("text", "how", "option", "recipients"), by_rule(BY_OPTION))
def test_recipient_by_option(
    nlp: Language, text: str, how: RolesOf, option: str, recipients: tuple[str, str | None]
) -> None:
    with_option, without = recipients
    assert recipient_code(how.read(nlp, text, **{option: True})) == with_option
    assert recipient_code(how.read(nlp, text)) == without


def test_no_recipient_gives_one_empty_recipient_slot(nlp: Language) -> None:
    how = RolesOf("marched", [("Chilean students", "CHL", "CVL")])
    assert how.read(nlp, "Chilean students marched.").recipients == (None,)


def test_same_country_in_another_sector_is_another_party(nlp: Language) -> None:
    text = "French farmers blockaded Paris."
    doc = nlp(text)
    farmers = Actor(text="French farmers", name="France", code="FRA", sector="AGR", span=(0, 14))
    capital = Actor(text="Paris", name="France", code="FRA", sector="GOV", span=(25, 30))
    roles = verb_roles(token(doc, "blockaded"), ActorIndex(doc, [farmers, capital]))
    assert roles.actors == (farmers,)
    assert roles.recipient is capital


def test_a_bomb_set_off_near_a_party_targets_it(nlp: Language) -> None:
    text = "Taliban fighters detonated a bomb near an Afghan army convoy."
    doc = nlp(text)
    army = Actor(
        text="Afghan army", name="x", code="AFG", sector="MIL", span=find(text, "Afghan army")
    )
    index = ActorIndex(doc, [actor(text, "Taliban fighters", "AFG"), army])
    assert verb_roles(token(doc, "detonated"), index).recipient is None
    roles = verb_roles(token(doc, "detonated"), index, nearby_is_target=True)
    assert roles.recipient is not None and roles.recipient.sector == "MIL"


def test_what_a_participle_of_carrying_describes_goes_where_it_arrives(nlp: Language) -> None:
    text = "Emergency supplies flown in by Russia reached the city of Bam."
    how = RolesOf("flown", [("Russia", "RUS")], places=[("Bam", "IRN")])
    roles = how.read(nlp, text)
    assert (codes(roles.actors), recipient_code(roles)) == (["RUS"], "IRN")


def test_what_a_restriction_is_laid_on_goes_where_it_is_bound(nlp: Language) -> None:
    text = "China imposed export controls on rare earths bound for Japan."
    roles = RolesOf("imposed", [("China", "CHN"), ("Japan", "JPN")]).read(nlp, text)
    assert (codes(roles.actors), recipient_code(roles)) == (["CHN"], "JPN")


def test_who_would_do_a_threatened_act_is_its_means(nlp: Language) -> None:
    text = "The U.N. threatened NATO air strikes against the Serbs."
    parties: list[PartySpec] = [("U.N.", "IGOUNO", None), ("NATO", "IGOWSTNAT", None)]
    roles = RolesOf("threatened", [*parties, ("Serbs", "SRB", None)]).read(nlp, text)
    assert (codes(roles.actors), recipient_code(roles)) == (["IGOUNO"], "SRB")
    text = "Russia threatened NATO with countermeasures."
    roles = RolesOf("threatened", [("Russia", "RUS"), ("NATO", "IGOWSTNAT", None)]).read(nlp, text)
    assert recipient_code(roles) == "IGOWSTNAT"


def test_a_past_participle_describes_what_undergoes_it(nlp: Language) -> None:
    text = "Rebels backed by Rwanda seized the town."
    how = RolesOf("backed", [("Rebels", "COD", "REB"), ("Rwanda", "RWA")])
    roles = how.read(nlp, text)
    assert (codes(roles.actors), recipient_code(roles)) == (["RWA"], "COD")


def test_a_crowds_protest_read_as_a_participle_is_the_crowds_act(nlp: Language) -> None:
    text = (
        "Hundreds of Chinese students protested outside the Japanese embassy on Monday, "
        "witnesses said."
    )
    parties: list[PartySpec] = [("Chinese students", "CHN", "EDU"), ("Japanese embassy", "JPN")]
    roles = RolesOf("protested", parties, keeper_is_recipient=True).read(nlp, text)
    assert (codes(roles.actors), recipient_code(roles)) == (["CHN"], "JPN")


def test_a_speaker_of_the_actors_own_state_speaks_of_its_own(nlp: Language) -> None:
    text = "Thailand reinforced its troops at the temple, the army said."
    how = RolesOf("reinforced", [("Thailand", "THA"), ("army", "THA", "MIL")])
    assert recipient_code(how.read(nlp, text)) is None
    other = "Russian jets bombed its territory, Georgia said."
    how = RolesOf("bombed", [("Russian jets", "RUS", "MIL"), ("Georgia", "GEO")])
    assert recipient_code(how.read(nlp, other)) == "GEO"


def test_forces_massed_near_a_states_border_are_aimed_at_it(nlp: Language) -> None:
    text = "Iraq massed troops near the Kuwaiti border on Friday."
    how = RolesOf("massed", [("Iraq", "IRQ"), ("Kuwaiti", "KWT")])
    assert recipient_code(how.read(nlp, text, goal_is_recipient=True)) == "KWT"


def test_a_crowd_against_a_pact_does_not_target_its_partner(nlp: Language) -> None:
    text = "South Korean farmers staged a rally against a free trade deal with Chile."
    how = RolesOf("staged", [("South Korean farmers", "KOR", "AGR"), ("Chile", "CHL")])
    assert recipient_code(how.read(nlp, text, keeper_is_recipient=True)) is None
    assert recipient_code(how.read(nlp, text)) == "CHL"  # only a protest reads it so


def test_aid_a_state_names_as_its_own_is_not_whom_it_cuts_off(nlp: Language) -> None:
    text = "Clinton imposed sanctions on India, cutting off all U.S. aid."
    how = RolesOf("cutting", [("Clinton", "USA", "GOV"), ("India", "IND"), ("U.S.", "USA")])
    assert recipient_code(how.read(nlp, text)) != "USA"


def test_fighting_with_no_subject_is_done_by_the_sides_between_which_it_rages(
    nlp: Language,
) -> None:
    text = (
        "The Security Council voted to cut its force in Rwanda, as fighting between government "
        "troops and Rwandan Patriotic Front rebels raged in the capital."
    )
    parties: list[PartySpec] = [
        ("Security Council", "IGOUNO", None),
        ("Rwandan Patriotic Front rebels", "RWA", "REB"),
    ]
    roles = RolesOf("fighting", parties).read(nlp, text)
    assert (codes(roles.actors), recipient_code(roles)) == (["RWA"], None)
    mediation = "Colombia offered to mediate between Venezuela and its opposition."
    how = RolesOf("mediate", [("Colombia", "COL"), ("Venezuela", "VEN")])
    assert codes(how.read(nlp, mediation).actors) == ["COL"]


def test_a_warning_of_what_the_speakers_own_state_will_do_is_not_aimed_at_it(
    nlp: Language,
) -> None:
    text = "The Pakistani foreign minister warned that Pakistan would take all measures."
    parties: list[PartySpec] = [("Pakistani foreign minister", "PAK", "GOV"), ("Pakistan", "PAK")]
    how = RolesOf("warned", parties)
    assert recipient_code(how.read(nlp, text, addresses_content=True)) is None
    other = "The Indian prime minister warned that Pakistan would pay a heavy price."
    how = RolesOf("warned", [("Indian prime minister", "IND", "GOV"), ("Pakistan", "PAK")])
    assert recipient_code(how.read(nlp, other, addresses_content=True)) == "PAK"


def test_a_proposal_is_put_to_the_party_that_answers_it(nlp: Language) -> None:
    text = "The rebels rejected a ceasefire offered by the interim government."
    parties: list[PartySpec] = [("rebels", "RWA", "REB"), ("interim government", "RWA", "GOV")]
    roles = RolesOf("offered", parties).read(nlp, text)
    assert roles.recipient is not None and roles.recipient.sector == "REB"
    other = "The UN condemned the attack carried out by rebels."
    how = RolesOf("carried", [("UN", "IGOUNO", None), ("rebels", "RWA", "REB")])
    assert recipient_code(how.read(nlp, other)) != "IGOUNO"


def test_whom_a_protest_answers_comes_before_the_place_it_blocks(nlp: Language) -> None:
    text = "Spanish fishermen blockaded the port of Algeciras in protest at Morocco's refusal."
    parties: list[PartySpec] = [("Spanish fishermen", "ESP", "AGR"), ("Morocco", "MAR")]
    how = RolesOf("blockaded", parties, places=[("Algeciras", "ESP")])
    assert recipient_code(how.read(nlp, text, keeper_is_recipient=True)) == "MAR"
    plain = "Spanish fishermen blockaded the port of Algeciras on Monday."
    alone = RolesOf("blockaded", parties[:1], places=[("Algeciras", "ESP")])
    assert recipient_code(alone.read(nlp, plain, keeper_is_recipient=True)) == "ESP"


def test_a_mission_abroad_is_aimed_at_the_state_it_is_in(nlp: Language) -> None:
    text = "Kuwait reopened its embassy in Amman on Tuesday."
    how = RolesOf("reopened", [("Kuwait", "KWT")], places=[("Amman", "JOR")])
    assert recipient_code(how.read(nlp, text)) == "JOR"


def test_an_inquiry_is_into_whoever_what_it_examines_belongs_to(nlp: Language) -> None:
    text = (
        "Swiss prosecutors opened an investigation into bank accounts held by Nigerian officials."
    )
    parties: list[PartySpec] = [("Swiss prosecutors", "CHE", "JUD"), ("Nigerian officials", "NGA")]
    assert recipient_code(RolesOf("opened", parties).read(nlp, text)) == "NGA"


def test_the_actors_own_state_owning_what_a_purpose_acts_on_is_no_recipient(
    nlp: Language,
) -> None:
    text = "Iran reached a deal on Tuesday to curb Tehran's nuclear program."
    how = RolesOf("reached", [("Iran", "IRN"), ("Tehran", "IRN", "GOV")])
    assert recipient_code(how.read(nlp, text)) is None
    other = "The United States sent troops to protect Kuwait's oil fields."
    how = RolesOf("sent", [("United States", "USA"), ("Kuwait", "KWT")])
    assert recipient_code(how.read(nlp, other)) == "KWT"
