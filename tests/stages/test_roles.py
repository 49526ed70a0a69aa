"""Tests for actor and recipient from the dependency parse."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dyads.records import Actor
from dyads.stages.roles import (
    ActorIndex,
    Roles,
    names_a_party_by_reference,
    noun_roles,
    reporting_speakers,
    subject_actors,
    verb_roles,
)

from .event_helpers import PartySpec, actor, by_rule, codes, find, parties, token


def index_of(
    doc: Doc, specs: Sequence[PartySpec], places: Sequence[tuple[str, str]] = ()
) -> ActorIndex:
    """An index of the parties, with the places (actors of no sector) added after them."""
    index = ActorIndex(doc, parties(doc.text, specs))
    if places:
        index.add_places([actor(doc.text, words, code, None) for words, code in places])
    return index


class RolesOf:
    """How to read the roles of one trigger word: the parties the index holds (and the places
    added after them), whether the word is an event noun, and the options of the reading."""

    def __init__(
        self,
        word: str,
        specs: Sequence[PartySpec],
        *,
        places: Sequence[tuple[str, str]] = (),
        noun: bool = False,
        **options: bool,
    ) -> None:
        self.word, self.specs, self.places = word, specs, places
        self.noun, self.options = noun, options

    def index(self, doc: Doc) -> ActorIndex:
        return index_of(doc, self.specs, self.places)

    def read(self, nlp: Language, text: str, **more: bool) -> Roles:
        doc = nlp(text)
        trigger, index, options = token(doc, self.word), self.index(doc), self.options | more
        if self.noun:
            return noun_roles(trigger, index, **options)
        return verb_roles(trigger, index, **options)


def recipient_code(roles: Roles) -> str | None:
    """The recipient's code; None only when there is no recipient ("?" for one without code)."""
    return None if roles.recipient is None else (roles.recipient.code or "?")


def role_facts(roles: Roles, keys: Sequence[str]) -> dict[str, object]:
    """The named facts of the roles: actor codes, recipient code, codes of all recipients."""
    every: dict[str, object] = {
        "actors": codes(roles.actors),
        "recipient": recipient_code(roles),
        "recipients": codes(roles.recipients),
    }
    return {key: every[key] for key in keys}


# Rows keyed by the rule they test: the sentence, how to read its trigger, and the facts
# expected of its roles (see `role_facts`).
ROLES: dict[str, tuple[str, RolesOf, dict[str, object]]] = {
    "subject and object": (
        "Russian forces attacked Ukrainian positions near the river.",
        RolesOf(
            "attacked", [("Russian forces", "RUS"), ("Ukrainian", "UKR")], theme_is_actor=False
        ),
        {"actors": ["RUS"], "recipient": "UKR"},
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
    "between A and B": (
        "Talks between Egypt and Ethiopia resumed in Cairo.",
        RolesOf("Talks", [("Egypt", "EGY"), ("Ethiopia", "ETH")], noun=True),
        {"actors": ["EGY"], "recipient": "ETH"},
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
    "from names the recipient of a withdrawal only when asked": (
        "Libyan troops withdrew from Chad on Monday.",
        RolesOf("withdrew", [("Libyan troops", "LBY"), ("Chad", "TCD")]),
        "source_is_recipient",
        ("TCD", None),
    ),
    "a particle phrase names the place left": (
        "French forces pulled out of Niger.",
        RolesOf("pulled", [("French forces", "FRA"), ("Niger", "NER")]),
        "source_is_recipient",
        ("NER", None),
    ),
    "goal of a transfer is the recipient before the object": (
        "Spain extradited a Russian businessman to the United States.",
        RolesOf(
            "extradited",
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
}


@pytest.mark.parametrize(("text", "how", "option", "recipients"), by_rule(BY_OPTION))
def test_recipient_by_option(
    nlp: Language, text: str, how: RolesOf, option: str, recipients: tuple[str, str | None]
) -> None:
    with_option, without = recipients
    assert recipient_code(how.read(nlp, text, **{option: True})) == with_option
    assert recipient_code(how.read(nlp, text)) == without


SUBJECTS: dict[str, tuple[str, RolesOf, list[str]]] = {
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


def test_conjoined_subjects_give_one_actor_each(nlp: Language) -> None:
    text = "Senior Polish and Czech officials pledged on Monday to work together."
    how = RolesOf("pledged", [("Polish", "POL"), ("Czech", "CZE")], theme_is_actor=False)
    assert sorted(str(c) for c in codes(how.read(nlp, text).actors)) == ["CZE", "POL"]


def test_two_leaders_points_back_to_the_previous_pair(nlp: Language) -> None:
    roles = RolesOf("discussed", [], theme_is_actor=False).read(
        nlp, "The two leaders discussed trade."
    )
    assert roles.actors == ()
    assert roles.refers_to_previous_pair


def test_no_recipient_gives_one_empty_recipient_slot(nlp: Language) -> None:
    how = RolesOf("marched", [("Chilean students", "CHL", "CVL")])
    assert how.read(nlp, "Chilean students marched.").recipients == (None,)


def test_coordinated_modifiers_name_one_actor_each(nlp: Language) -> None:
    text = "Senior Czech and Slovak officials agreed to meet."
    doc = nlp(text)
    index = index_of(doc, [("Czech", "CZE"), ("Slovak officials", "SVK")])
    assert set(codes(subject_actors(token(doc, "agreed"), index))) == {"CZE", "SVK"}


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


def test_places_are_never_actors(nlp: Language) -> None:
    doc = nlp("Sarajevo was quiet and talks with Serbia began.")
    index = index_of(doc, [("Serbia", "SRB")], places=[("Sarajevo", "BIH")])
    assert index.actors_in(token(doc, "Sarajevo")) == []


def test_same_country_in_another_sector_is_another_party(nlp: Language) -> None:
    text = "French farmers blockaded Paris."
    doc = nlp(text)
    farmers = Actor(text="French farmers", name="France", code="FRA", sector="AGR", span=(0, 14))
    capital = Actor(text="Paris", name="France", code="FRA", sector="GOV", span=(25, 30))
    roles = verb_roles(token(doc, "blockaded"), ActorIndex(doc, [farmers, capital]))
    assert roles.actors == (farmers,)
    assert roles.recipient is capital


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
        "Former minister Juan Perez has been accused of diverting aid money, much of it "
        "believed to have been lost, by current Chilean government officials."
    )
    doc = nlp(text)
    specs: list[PartySpec] = [
        ("Former minister Juan Perez", "CHL", "ELI"),
        ("Chilean government officials", "CHL"),
    ]
    verb = token(doc, "accused")
    assert verb.dep_ == "ccomp"  # the model hangs "accused" and "by" on "believed"
    roles = verb_roles(verb, index_of(doc, specs), addresses_content=True)
    assert codes(roles.actors) == ["CHL"] and roles.actors[0].sector == "GOV"
    assert roles.recipient is not None and roles.recipient.sector == "ELI"


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


@pytest.mark.parametrize(
    ("text", "verb", "by_reference"),
    [
        pytest.param("Spain sent doctors to the country.", "sent", True, id="the country"),
        pytest.param("Spain held talks with them.", "held", True, id="a pronoun"),
        pytest.param("Spain sent doctors to Chad.", "sent", False, id="a name"),
        pytest.param("Spain sent doctors on Monday.", "sent", False, id="no recipient phrase"),
    ],
)
def test_a_party_named_by_reference(
    nlp: Language, text: str, verb: str, by_reference: bool
) -> None:
    assert names_a_party_by_reference(token(nlp(text), verb)) is by_reference
