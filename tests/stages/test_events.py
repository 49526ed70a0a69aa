"""Tests for the events stage, on sentences written for them and on the seed article."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dyads.api import code_text
from dyads.records import Actor, Event, TimeRef
from dyads.stages import event_setting as setting
from dyads.stages.events import EventExtractor, prose_units, unit_of

from .event_helpers import PartySpec, by_rule, chosen, dyad, facts, first, parties, place, time

ANCHOR = dt.date(2025, 8, 12)


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor()


def code(
    nlp: Language,
    extractor: EventExtractor,
    text: str,
    actors: Sequence[PartySpec],
    times: Sequence[tuple[str, str]] = (),
    places: Sequence[tuple[str, str | None]] = (),
) -> list[Event]:
    """Code a text; actors are (words, code[, sector[, occurrence]]), times and places by words."""
    doc: Doc = nlp(text)
    return extractor.process(
        doc,
        parties(text, actors),
        [time(text, *t) for t in times],
        [place(text, *p) for p in places],
        ANCHOR,
        "t",
    )


def in_context(
    text: str, context: str, needle: str, code: str, sector: str | None = "GOV"
) -> Actor:
    """An actor for `needle` as it occurs inside the first occurrence of `context`."""
    start = text.index(context) + context.index(needle)
    return Actor(
        text=needle, name=needle, code=code, sector=sector, span=(start, start + len(needle))
    )


def test_prose_units_skip_captions_and_cut_at_paragraphs(nlp: Language) -> None:
    text = (
        "The minister arrives in Rome on May 2, 2024. (Jane Doe/AP Photo via AP)\n"
        "Italy and Spain signed a trade deal on Monday.\n"
        "Officials said talks would continue."
    )
    units = prose_units(nlp(text))
    assert [text[s:e] for s, e in (u.span for u in units)] == [
        "Italy and Spain signed a trade deal on Monday.",
        "Officials said talks would continue.",
    ]


def test_units_keep_the_words_of_the_classes_read(nlp: Language) -> None:
    doc = nlp("Rebels in the north quickly seized the old town and were happy.")
    units = prose_units(doc)
    assert len(units) == 1
    unit = units[0]
    assert (unit.first, unit.last) == (0, len(doc) - 1)
    assert unit.span == (0, len(doc.text))
    assert [t.i for t in unit.verbs] == [t.i for t in doc if t.pos_ in ("VERB", "AUX")]
    assert [t.i for t in unit.nouns] == [t.i for t in doc if t.pos_ == "NOUN"]
    content = [t.i for t in doc if t.pos_ in ("VERB", "ADJ", "NOUN", "PROPN")]
    assert [t.i for t in unit.content] == content
    # A piece that skips a token keeps its bounds and reads only the words it holds.
    part = unit_of(doc, [0, 4], (0, 1))
    assert (part.first, part.last) == (0, 4)
    kept = [i for i in (0, 4) if doc[i].pos_ in ("VERB", "ADJ", "NOUN", "PROPN")]
    assert [t.i for t in part.content] == kept


def test_caption_yields_no_event(nlp: Language, extractor: EventExtractor) -> None:
    text = (
        "Leaders attend a summit in Paris on May 2, 2024. (Jane Doe/AP Photo via AP)\n"
        "The weather was mild."
    )
    assert code(nlp, extractor, text, [("Leaders", "FRA")]) == []


def test_visit_in_a_phrase_of_a_verbless_line(nlp: Language, extractor: EventExtractor) -> None:
    # The climb from the phrase's verb to its clause stops at the root, here a noun: it once
    # looped for ever on such a line.
    text = "Plans to boost trade during a visit to Hanoi."
    events = code(nlp, extractor, text, [])
    assert [(e.event, e.mode) for e in events] == [("CONSULT", "visit")]


def test_call_with_actor_recipient_mode_and_date(nlp: Language, extractor: EventExtractor) -> None:
    text = "Chinese President Xi Jinping spoke by phone with French President Macron on Monday."
    events = code(
        nlp,
        extractor,
        text,
        [("Chinese President Xi Jinping", "CHN"), ("French President Macron", "FRA")],
        times=[("Monday", "2025-08-11")],
    )
    top = events[0]
    assert (top.event, top.mode, top.status) == ("CONSULT", "phone", "asserted")
    assert dyad(top) == ("CHN", "FRA")
    assert top.actor is not None and top.recipient is not None
    assert (top.date, top.date_text) == ("2025-08-11", "Monday")
    assert top.span == (0, len(text))
    assert top.id == "t-e1"


def test_a_sum_pledged_in_aid_is_the_pledge_alone(nlp: Language, extractor: EventExtractor) -> None:
    text = "The United States pledged $50 million in military aid to Colombia."
    events = code(nlp, extractor, text, [("United States", "USA"), ("Colombia", "COL")])
    assert [(e.event, e.cameo) for e in events] == [("AGREE", "030")]


def test_objects_joined_to_a_cut_share_its_event(nlp: Language, extractor: EventExtractor) -> None:
    # The aid is suspended with the loans, not given; so where the parser read "grant" as a verb.
    for text in ("Japan suspended loans and aid to Laos.", "Japan froze loans and grant aid."):
        events = code(nlp, extractor, text, [("Japan", "JPN")])
        assert [(e.event, e.cameo) for e in events] == [("SANCTION", "162")], text


class Scene:
    """What the earlier stages found in a text, by words: actors (words, code[, sector[,
    occurrence]]), times (words, value) and places (words, country)."""

    def __init__(
        self,
        actors: Sequence[PartySpec],
        *,
        times: Sequence[tuple[str, str]] = (),
        places: Sequence[tuple[str, str | None]] = (),
    ) -> None:
        self.actors, self.times, self.places = actors, times, places

    def code(self, nlp: Language, extractor: EventExtractor, text: str) -> list[Event]:
        return code(nlp, extractor, text, self.actors, self.times, self.places)


Row = tuple[str, Scene, dict[str, Any], dict[str, object]]


def case(
    text: str, scene: Scene, expected: dict[str, object], *, pick: dict[str, Any] | None = None
) -> Row:
    """A row of `EVENT_FACTS`: the facts of the first event, or of the first `pick` chooses."""
    return (text, scene, pick or {}, expected)


# One event per row: the sentence, what the earlier stages found in it, and the facts expected
# of its first event or of the first `pick` chooses (a type, trigger, trigger start or mode; see
# `facts`: None for "actor" or "recipient" means there is none).
EVENT_FACTS: dict[str, Row] = {
    "a ceasefire two parties agree to together is their agreement": case(
        "Armenia and Azerbaijan agreed on Thursday to a permanent ceasefire.",
        Scene([("Armenia", "ARM"), ("Azerbaijan", "AZE")]),
        {"event": "AGREE", "actor": "ARM", "recipient": None},
    ),
    "a conjunct with no auxiliary of its own shares the first conjunct's will": case(
        "Nicaragua will hold elections and allow foreign observers to monitor the vote.",
        Scene([("Nicaragua", "NIC")]),
        {"event": "CONCEDE", "actor": "NIC"},
        pick={"trigger": "allow observers"},
    ),
    "a ceasefire one party agrees to is its concession": case(
        "Azerbaijan agreed on Thursday to a permanent ceasefire.",
        Scene([("Azerbaijan", "AZE")]),
        {"event": "CONCEDE", "actor": "AZE"},
    ),
    "anchor dates asserted events without time": case(
        "Kenyan police arrested the opposition leader.",
        Scene([("Kenyan police", "KEN", "COP"), ("opposition leader", "KEN", "OPP")]),
        {"event": "COERCE", "date": ANCHOR.isoformat(), "date_text": None},
    ),
    "date and place of a noun event through a participle": case(
        "After the third round of talks between Serbia and Kosovo, held in Brussels on "
        "June 3, the envoy returned home on June 5.",
        Scene(
            [("Serbia", "SRB"), ("Kosovo", "XKX")],
            times=[("June 3", "2025-06-03"), ("June 5", "2025-06-05")],
            places=[("Brussels", "BEL")],
        ),
        {
            "event": "CONSULT",
            "actor": "SRB",
            "recipient": None,  # talks between two sides: both act (docs/events.md, Between)
            "date": "2025-06-03",
            "location": "Brussels",
        },
        pick={"trigger": "talks"},
    ),
    "a town attacked is the attack's place, and its country the target": case(
        "Russian troops shelled the outskirts of Kharkiv on Monday.",
        Scene([("Russian troops", "RUS", "MIL")], places=[("Kharkiv", "UKR")]),
        {"event": "ASSAULT", "actor": "RUS", "recipient": "UKR", "location": "Kharkiv"},
    ),
    "a country visited is the visit's place": case(
        "The Indian prime minister visited Kenya on Tuesday.",
        Scene([("Indian prime minister", "IND")], places=[("Kenya", "KEN")]),
        {"event": "CONSULT", "actor": "IND", "recipient": "KEN", "location": "Kenya"},
    ),
    "where a visit goes is the visit's place": case(
        "The Estonian prime minister began a two-day visit to Riga on Monday.",
        Scene([("Estonian prime minister", "EST")], places=[("Riga", "LVA")]),
        {"event": "CONSULT", "actor": "EST", "recipient": "LVA", "location": "Riga"},
        pick={"trigger": "visit"},
    ),
    "where deportees are sent is no place of the deportation": case(
        "Greek police deported forty migrants to Turkey on Monday.",
        Scene([("Greek police", "GRC", "COP")], places=[("Turkey", "TUR")]),
        {"event": "COERCE", "actor": "GRC", "location": None},
    ),
    "a place in what is talked about is no place of the talk": case(
        "The French president spoke with the Kenyan president about the fighting in Somalia.",
        Scene(
            [("French president", "FRA"), ("Kenyan president", "KEN")], places=[("Somalia", "SOM")]
        ),
        {"event": "CONSULT", "actor": "FRA", "recipient": "KEN", "location": None},
    ),
    "a state sanctioned is no place of the sanction": case(
        "The European Union sanctioned Belarus on Friday.",
        Scene([("European Union", "IGOEUREEC", None)], places=[("Belarus", "BLR")]),
        {"event": "SANCTION", "location": None},
    ),
    "agreeing to a withdrawal is a concession": case(
        "Israel agreed on Tuesday to withdraw its troops from two towns.",
        Scene([("Israel", "ISR")]),
        {"event": "CONCEDE", "cameo": "0356", "actor": "ISR"},
        pick={"trigger_prefix": "agreed"},
    ),
    "agreeing to extend a ceasefire is the ceasefire agreed to": case(
        "Israel agreed on Tuesday to extend the truce with Hamas by two days.",
        Scene([("Israel", "ISR"), ("Hamas", "PSE", "REB")]),
        {"event": "CONCEDE", "cameo": "0871", "actor": "ISR", "recipient": "PSE"},
        pick={"trigger_prefix": "agreed"},
    ),
    "parties agreeing together to extend a ceasefire make an agreement": case(
        "Israel and Hamas agreed on Tuesday to extend the truce by two days.",
        Scene([("Israel", "ISR"), ("Hamas", "PSE", "REB")]),
        {"event": "AGREE", "recipient": None},
        pick={"trigger_prefix": "agreed"},
    ),
    "offering concessions is a concession": case(
        "The government offered concessions to the striking miners on Monday.",
        Scene([("The government", "POL")]),
        {"event": "CONCEDE", "actor": "POL"},
        pick={"trigger_prefix": "offered"},
    ),
    "parties agreeing together make an agreement, not a concession": case(
        "The government and the rebels agreed to allow aid agencies into the north.",
        Scene([("The government", "SDN"), ("the rebels", "SDN", "REB")]),
        {"event": "AGREE"},
        pick={"trigger_prefix": "agreed"},
    ),
    "the process of withdrawing is a withdrawal under way": case(
        "Russia has started the process of withdrawing its troops from the region.",
        Scene([("Russia", "RUS")]),
        {"event": "RETREAT", "actor": "RUS"},
        pick={"trigger_prefix": "withdrawing"},
    ),
    "a demand stated by a participle of a protest ranks after the protest": case(
        "Thousands of Kurds demonstrated in Kirkuk on Sunday calling for independence.",
        Scene([("Kurds", "IRQ", "CVL")]),
        {"event": "PROTEST"},
    ),
    "place must be governed by the event": case(
        "Japan's foreign minister, who grew up in Osaka, criticized China.",
        Scene([("Japan's foreign minister", "JPN"), ("China", "CHN")], places=[("Osaka", "JPN")]),
        {"location": None, "actor": "JPN"},
        pick={"event": "ACCUSE"},
    ),
    "week values keep their words and are dated by their month": case(
        "The prime minister will visit Canada later this week.",
        Scene(
            [("The prime minister", "GBR"), ("Canada", "CAN")],
            times=[("later this week", "2025-W33")],
        ),
        {"status": "future", "date": "2025-08", "date_text": "later this week"},
        pick={"event": "CONSULT"},
    ),
    "the two leaders are the previous pair, acting jointly (docs/events.md)": case(
        "Modi met Putin in Moscow on Monday. The two leaders discussed energy trade.",
        Scene([("Modi", "IND"), ("Putin", "RUS")], times=[("Monday", "2025-08-11")]),
        {"actor": "IND", "recipient": None},
        pick={"trigger_prefix": "discussed"},
    ),
    "the two sides without a previous pair has no actor": case(
        "Russia attacked. The two sides agreed to talk.",
        Scene([("Russia", "RUS")]),
        {"actor": None},
        pick={"trigger_prefix": "agreed"},
    ),
    "intent to act is an agree event": case(
        "France will send food aid to Mali.",
        Scene([("France", "FRA"), ("Mali", "MLI")]),
        {"event": "AGREE", "status": "asserted"},
    ),
    "an intended gift is the promise, asserted now": case(
        "France will send food aid to Mali.",
        Scene([("France", "FRA"), ("Mali", "MLI")]),
        {"status": "asserted", "actor": "FRA", "recipient": "MLI"},
        pick={"event": "AGREE"},
    ),
    "intent to act is a threaten event": case(
        "The farmers said they would blockade the capital.",
        Scene([]),
        {"event": "THREATEN"},
    ),
    "must in reported speech is a demand": case(
        "Japan said on Friday that Peru must free the detained sailors.",
        Scene([("Japan", "JPN"), ("Peru", "PER")]),
        {"event": "REQUEST", "actor": "JPN", "recipient": "PER"},
    ),
    "negated event keeps its type": case(
        "The government did not impose a curfew in the capital.",
        Scene([("The government", "NGA")]),
        {"status": "negated"},
    ),
    "future reference makes an event future": case(
        "Closer military cooperation in the future was the theme of the speech.",
        Scene([], times=[("the future", "FUTURE_REF")]),
        {"status": "future", "date": None, "date_text": "the future"},
        pick={"trigger": "cooperation"},
    ),
    "announced coercion by an event noun is a threat": case(
        "The governor said he will extend the curfew in the city.",
        Scene([("The governor", "NGA"), ("he", "NGA")]),
        {"event": "THREATEN"},
    ),
    "announced coercion is a future coercion": case(
        "The governor said he will extend the curfew in the city.",
        Scene([("The governor", "NGA"), ("he", "NGA")]),
        {"mode": "curfew", "status": "future"},
        pick={"event": "COERCE"},
    ),
    "domestic event without named target is aimed at the actor's country": case(
        "Thousands of Chilean students demonstrated on Sunday.",
        Scene([("Chilean students", "CHL", "CVL")]),
        {"recipient": "CHL", "recipient_sector": "GOV"},
        pick={"event": "PROTEST"},
    ),
    "event without named target is aimed at the country where it happens": case(
        "Kenyan police imposed a curfew in Kampala.",
        Scene([("Kenyan police", "KEN", "COP")], places=[("Kampala", "UGA")]),
        {"recipient": "UGA"},
        pick={"event": "COERCE"},
    ),
    "a promise naming nobody is aimed at home": case(
        "Peruvian officials agreed to hold elections in May.",
        Scene([("Peruvian officials", "PER")]),
        {"recipient": "PER"},
        pick={"event": "AGREE"},
    ),
    "said that someone must act is a demand": case(
        "The Dutch minister said that Belgium must hand over the documents.",
        Scene([("Dutch minister", "NLD"), ("Belgium", "BEL")]),
        {"event": "REQUEST", "cameo": "100", "actor": "NLD", "recipient": "BEL"},
    ),
    "must be ready to act is a demand not an intent": case(
        "The Greek president said the Turkish government must be ready to negotiate.",
        Scene([("Greek president", "GRC"), ("Turkish government", "TUR")]),
        {"event": "REQUEST", "recipient": "TUR"},
    ),
    "intent word over an action is no event of its own": case(
        "The Serbian army prepared to resume shelling the town.",
        Scene([("Serbian army", "SRB", "MIL")]),
        {"event": "MOBILIZE"},  # readying forces to attack mobilizes them
    ),
    "adjective complement inherits the subject": case(
        "Canada is ready to contribute 500 troops to the force in Haiti.",
        Scene([("Canada", "CAN"), ("Haiti", "HTI")]),
        {"actor": "CAN"},
    ),
    "withdrawing peacekeepers from a country targets it": case(
        "Ghana withdrew its peacekeepers from Liberia.",
        Scene([("Ghana", "GHA"), ("Liberia", "LBR")]),
        {"recipient": "LBR"},
    ),
    "clause on a time takes that time and is background": case(
        "The town saw heavy fighting in 2014, when Syrian forces shelled it for weeks.",
        Scene([("Syrian forces", "SYR", "MIL")], times=[("2014", "2014")]),
        {"date": "2014", "status": "historical"},
        pick={"trigger": "shelled"},
    ),
    "vowing to attack is a threat": case(
        "The Tamil rebels vowed to attack the capital.",
        Scene([("Tamil rebels", "LKA", "REB")]),
        {"event": "THREATEN"},
    ),
    "pledging to cooperate is an agreement": case(
        "Chile and Peru pledged to cooperate against smuggling.",
        Scene([("Chile", "CHL"), ("Peru", "PER")]),
        {"event": "AGREE"},
    ),
    "a noun event takes the place of the verb it is subject of": case(
        "The deployment of Chadian troops began in Niger on Monday.",
        Scene([("Chadian troops", "TCD", "MIL")], places=[("Niger", "NER")]),
        {"location_country": "NER"},
        pick={"trigger": "deployment"},
    ),
    "an uncoded place is implied through the actor its words name": case(
        "Chinese peacekeeping troops have arrived in Bosnia.",
        Scene(
            [("Chinese peacekeeping troops", "CHN", "MIL"), ("Bosnia", "BIH", None)],
            places=[("Bosnia", None)],
        ),
        {"event": "AID", "recipient": "BIH"},
    ),
    "a reporter of another country is the target of an untargeted attack": case(
        "Pakistani officials said Indian troops violated the ceasefire.",
        Scene([("Pakistani officials", "PAK"), ("Indian troops", "IND", "MIL")]),
        {"actor": "IND", "recipient": "PAK"},
    ),
    "helping frames the support it governs": case(
        "Qatar paid advocacy groups to help support Palestinian refugees.",
        Scene([("Qatar", "QAT"), ("Palestinian refugees", "PSE", "CVL")]),
        {"actor": "QAT", "recipient": "PSE"},
        pick={"event": "SUPPORT"},
    ),
    "helping a party to act is aid": case(
        "Japan helped Ukraine rebuild its power grid.",
        Scene([("Japan", "JPN"), ("Ukraine", "UKR")]),
        {"event": "AID"},
    ),
    "announcing a withdrawal is a concession": case(
        "Vietnam said it would withdraw its troops from Laos.",
        Scene([("Vietnam", "VNM"), ("Laos", "LAO")]),
        {"event": "CONCEDE", "cameo": "0356", "recipient": "LAO"},
    ),
    "offering to free prisoners is a concession": case(
        "Nigeria offered to free the prisoners.",
        Scene([("Nigeria", "NGA")]),
        {"event": "CONCEDE", "cameo": "0353"},
    ),
    "promising to hand over power is a concession aimed at home": case(
        "The Nepalese junta promised to hand over power.",
        Scene([("Nepalese junta", "NPL")]),
        {"event": "CONCEDE", "cameo": "035", "recipient": "NPL"},
    ),
    "promising to restore civilian rule is a concession too": case(
        "The Thai army pledged to restore civilian rule within a year.",
        Scene([("Thai army", "THA", "MIL")]),
        {"event": "CONCEDE", "cameo": "035", "recipient": "THA"},
    ),
    "promising to step down stays an intent to change leadership": case(
        "The Nepalese king promised to step down after the elections.",
        Scene([("Nepalese king", "NPL")]),
        {"event": "AGREE"},
    ),
    "refusing to leave a country targets it": case(
        "Ghana refused to withdraw its troops from Liberia.",
        Scene([("Ghana", "GHA"), ("Liberia", "LBR")]),
        {"event": "REJECT", "recipient": "LBR"},
    ),
    "saying one is unwilling to act refuses the act": case(
        "Peru said it was unwilling to send troops to Haiti.",
        Scene([("Peru", "PER"), ("Haiti", "HTI")]),
        {"event": "REJECT", "actor": "PER"},
    ),
    "a willingness reiterated states an intent": case(
        "Kazakhstan reiterated its willingness to resume talks with Kyrgyzstan.",
        Scene([("Kazakhstan", "KAZ"), ("Kyrgyzstan", "KGZ")]),
        {"event": "AGREE"},
    ),
    "an appeal whose clause says what should be done is the demand": case(
        "India advocates that all disputes should be settled through dialogue.",
        Scene([("India", "IND")]),
        {"event": "REQUEST", "actor": "IND"},
    ),
    "hoping another party will act appeals to it": case(
        "Chile hopes that the Bolivian government could reopen the border crossings soon.",
        Scene([("Chile", "CHL"), ("Bolivian government", "BOL")]),
        {"event": "REQUEST", "actor": "CHL"},
    ),
    "hoping to act oneself is no appeal": case(
        "Chile hopes that it can reopen the border crossings soon.",
        Scene([("Chile", "CHL")]),
        {"event": "RETREAT"},
    ),
    "a violation a speaker charges another party with accuses it": case(
        "Chile said the Peruvian import quotas were a clear violation of the trade treaty.",
        Scene([("Chile", "CHL"), ("Peruvian", "PER")]),
        {"event": "ACCUSE", "actor": "CHL", "recipient": "PER"},
    ),
    "an obligation addressed to all sides is a demand": case(
        "All sides should return to the table, the Chilean foreign minister told a news "
        "conference in Santiago.",
        Scene([("Chilean foreign minister", "CHL")]),
        {"event": "REQUEST", "actor": "CHL"},
    ),
    "an act forced by a siege is what is reported, not the siege": case(
        "The siege of the port forced the Yemeni rebels to withdraw from the coast road.",
        Scene([("Yemeni rebels", "YEM", "REB")]),
        {"event": "RETREAT"},
    ),
    "wanting another party to act asks it": case(
        "The Bangladeshi opposition wants the election commission to postpone the vote.",
        Scene([("Bangladeshi opposition", "BGD", "OPP")]),
        {"event": "REQUEST", "actor": "BGD"},
    ),
    "the gerund of a verb's by-phrase is the act": case(
        "The Czech government responded by expelling three Russian diplomats.",
        Scene([("Czech government", "CZE"), ("Russian diplomats", "RUS")]),
        {"event": "SANCTION", "recipient": "RUS"},
    ),
    "withdrawing from a city targets its country": case(
        "Ghana withdrew its troops from Monrovia.",
        Scene([("Ghana", "GHA")], places=[("Monrovia", "LBR")]),
        {"event": "RETREAT", "recipient": "LBR"},
    ),
    "unattributed violence is coded to where it happens": case(
        "A car bomb exploded in Belfast on Saturday, killing two British soldiers.",
        Scene([("British soldiers", "GBR", "MIL")], places=[("Belfast", "GBR")]),
        {"event": "ASSAULT", "actor": "GBR", "actor_text": "Belfast", "recipient": "GBR"},
    ),
    "uncoded protesters are the place's own": case(
        "Students clashed with police in Jakarta during protests against the government.",
        Scene([], places=[("Jakarta", "IDN")]),
        {"actor": "IDN"},
        pick={"event": "PROTEST"},
    ),
    "a meeting partner hung inside the topic": case(
        "The German chancellor discussed Iran's nuclear programme with her French counterpart.",
        Scene([("German chancellor", "DEU"), ("Iran", "IRN"), ("French counterpart", "FRA")]),
        {"recipient": "FRA"},
        pick={"event": "CONSULT"},
    ),
    "a participle describing a noun is background": case(
        "The U.N. court started investigating the Liberian militia leaders accused of genocide.",
        Scene([("U.N. court", "IGOUNO"), ("Liberian militia leaders", "LBR")]),
        {"actor": "IGOUNO", "recipient": "LBR"},
    ),
    "actors of a skipped caption are never roles": case(
        "The president waves in Paris on May 2, 2024. (Jane Doe, Sputnik, Pool Photo via AP)\n"
        "French President Emmanuel Macron spoke by phone with the Japanese prime minister.",
        Scene(
            [
                ("Sputnik", "RUS", "MED"),
                ("French President Emmanuel Macron", "FRA"),
                ("Japanese prime minister", "JPN"),
            ]
        ),
        {"actor": "FRA", "recipient": "JPN"},
        pick={"mode": "phone"},
    ),
    "a visit in a phrase of another act is made by that act's subject": case(
        "The Mexican foreign minister gave an interview during a visit to Havana.",
        Scene([("Mexican foreign minister", "MEX")], places=[("Havana", "CUB")]),
        {"event": "CONSULT", "actor": "MEX", "recipient": "CUB"},
    ),
    "a visit at the end of which a passive subject was received": case(
        "At the end of a visit to Lima, the Chilean president was given an honorary degree.",
        Scene([("Chilean president", "CHL")], places=[("Lima", "PER")]),
        {"event": "CONSULT", "actor": "CHL", "recipient": "PER"},
    ),
    "a visit hung on an infinitive of a noun is the clause subject's": case(
        "The Swedish minister backed Georgia's bid to enter the alliance during a visit to"
        " Tbilisi on Monday.",
        Scene(
            [("Swedish minister", "SWE"), ("Georgia", "GEO")],
            places=[("Tbilisi", "GEO")],
        ),
        {"actor": "SWE", "recipient": "GEO"},
        pick={"mode": "visit"},
    ),
    "a reaction something was met with is aimed at its owner": case(
        "Moscow's proposal was met with criticism from Ukraine.",
        Scene([("Moscow", "RUS"), ("Ukraine", "UKR")]),
        {"event": "ACCUSE", "actor": "UKR", "recipient": "RUS"},
    ),
    "an intent stated by a noun is the intent": case(
        "The Thai government announced plans to lift martial law in the south.",
        Scene([("Thai government", "THA")]),
        {"event": "CONCEDE", "actor": "THA"},
    ),
    "refusing a yielding act rejects it": case(
        "Morocco said it would not withdraw its troops from the disputed territory.",
        Scene([("Morocco", "MAR")]),
        {"event": "REJECT", "cameo": "1246", "actor": "MAR"},
    ),
    "refusing a cooperative act rejects it": case(
        "Austria said it would not extradite the former officer to Serbia.",
        Scene([("Austria", "AUT"), ("Serbia", "SRB")]),
        {"event": "REJECT", "cameo": "121", "actor": "AUT", "recipient": "SRB"},
    ),
    "a denial of an act rejects the claim and comes first": case(
        "Turkey denied that its jets had bombed Kurdish villages in Iraq.",
        Scene([("Turkey", "TUR"), ("Iraq", "IRQ")]),
        {"event": "REJECT", "cameo": "120", "actor": "TUR", "status": "asserted"},
    ),
    "the act denied stays coded as negated": case(
        "Turkey denied that its jets had bombed Kurdish villages in Iraq.",
        Scene([("Turkey", "TUR"), ("Iraq", "IRQ")]),
        {"event": "ASSAULT", "status": "negated"},
        pick={"event": "ASSAULT"},
    ),
    "an asserted act comes before a negated one": case(
        "Kenya accused Somalia of sheltering the militants but did not recall its ambassador.",
        Scene([("Kenya", "KEN"), ("Somalia", "SOM")]),
        {"event": "ACCUSE", "actor": "KEN", "recipient": "SOM"},
    ),
    "agreeing with a party's view endorses it": case(
        "Ireland agreed with Belgium that the talks should speed up.",
        Scene([("Ireland", "IRL"), ("Belgium", "BEL")]),
        {"event": "SUPPORT", "cameo": "051", "actor": "IRL", "recipient": "BEL"},
    ),
    "a promise of support is an intent to cooperate": case(
        "Portugal would support Cape Verde's bid to join the bloc.",
        Scene([("Portugal", "PRT"), ("Cape Verde", "CPV")]),
        {"event": "AGREE", "cameo": "032", "actor": "PRT"},
    ),
    "an act continued with will is intended": case(
        "Japan will continue to deepen its cooperation with India.",
        Scene([("Japan", "JPN"), ("India", "IND")]),
        {"event": "AGREE", "actor": "JPN", "recipient": "IND"},
    ),
    "a demand voiced by protesters is their protest": case(
        "Protesters in Dhaka blocked the main road and demanded the resignation of the minister.",
        Scene([("Protesters", "BGD", "CVL")]),
        {"event": "PROTEST", "cameo": "141", "actor": "BGD"},
        pick={"trigger_prefix": "demanded"},
    ),
    "the aim of talks is part of the talks": case(
        "The talks between Serbia and Kosovo aim to find a lasting settlement.",
        Scene([("Serbia", "SRB"), ("Kosovo", "XKX")]),
        {"event": "CONSULT"},
    ),
    "a demand stated as a view is a demand": case(
        "Norway's foreign minister expressed the view that Israel should allow aid into Gaza.",
        Scene([("Norway", "NOR"), ("Israel", "ISR")]),
        {"event": "REQUEST", "actor": "NOR", "recipient": "ISR"},
    ),
    "a message to one's followers is no consultation": case(
        "Venezuela's opposition leader sent a message to his supporters urging them to vote.",
        Scene([("Venezuela's opposition leader", "VEN", "OPP")]),
        {"event": "REQUEST"},
    ),
    "a breach an act amounts to is an accusation": case(
        "Pakistan said the closure of the crossing amounted to a violation of the agreement.",
        Scene([("Pakistan", "PAK")]),
        {"event": "ACCUSE", "cameo": "112", "actor": "PAK"},
    ),
}


@pytest.mark.parametrize(("text", "scene", "pick", "expected"), by_rule(EVENT_FACTS))
def test_event_facts(
    nlp: Language,
    extractor: EventExtractor,
    text: str,
    scene: Scene,
    pick: dict[str, Any],
    expected: dict[str, object],
) -> None:
    found = first(scene.code(nlp, extractor, text), **pick)
    assert facts(found, expected) == expected


# Whether a word is the trigger of any event.
TRIGGER_WORDS: dict[str, tuple[str, Scene, str, bool]] = {
    "the purpose of a light verb's event noun is that event's": (
        "Malian soldiers carried out joint patrols with French troops to hunt down militants.",
        Scene([("Malian soldiers", "MLI", "MIL"), ("French troops", "FRA", "MIL")]),
        "hunt",
        False,
    ),
    "intent word over an action is no event of its own": (
        "The Serbian army prepared to resume shelling the town.",
        Scene([("Serbian army", "SRB", "MIL")]),
        "prepared",
        False,
    ),
    "vowing frames the threat": (
        "The Tamil rebels vowed to attack the capital.",
        Scene([("Tamil rebels", "LKA", "REB")]),
        "vowed",
        False,
    ),
    "helping frames the support it governs": (
        "Qatar paid advocacy groups to help support Palestinian refugees.",
        Scene([("Qatar", "QAT"), ("Palestinian refugees", "PSE", "CVL")]),
        "help",
        False,
    ),
    "a that-clause of another party keeps the frame": (
        "The Kenyan government warned that police would crush further protests.",
        Scene([("Kenyan government", "KEN")]),
        "warned",
        True,
    ),
}


@pytest.mark.parametrize(("text", "scene", "word", "is_trigger"), by_rule(TRIGGER_WORDS))
def test_trigger_words(
    nlp: Language, extractor: EventExtractor, text: str, scene: Scene, word: str, is_trigger: bool
) -> None:
    triggers = {e.trigger for e in scene.code(nlp, extractor, text)}
    assert (word in triggers) == is_trigger


# Parties acting together: the actors of the events picked (compared as a set, or as a sorted
# list where each party must act once), and whether those events must all lack a recipient.
TOGETHER: dict[str, tuple[str, Scene, dict[str, Any], list[str] | set[str], bool]] = {
    "compound actor gives one event per actor": (
        "Polish and Czech officials agreed on Monday to cooperate on border checks.",
        Scene([("Polish", "POL"), ("Czech", "CZE")]),
        {"event": "AGREE"},
        ["CZE", "POL"],
        False,
    ),
    "both sides refers to previous conjoined actors": (
        "Chinese and American officials met in Geneva. Both sides agreed to cut tariffs.",
        Scene([("Chinese", "CHN"), ("American", "USA")]),
        {"trigger_prefix": "agreed"},
        ["CHN", "USA"],
        True,
    ),
    "a joint agreement has no recipient": (
        "Chile and Peru agreed to cooperate on fisheries through the Andean Community.",
        Scene([("Chile", "CHL"), ("Peru", "PER"), ("Andean Community", "IGOCAN")]),
        {"event": "AGREE"},
        {"CHL", "PER"},
        True,
    ),
    "pledging to cooperate is an agreement of both": (
        "Chile and Peru pledged to cooperate against smuggling.",
        Scene([("Chile", "CHL"), ("Peru", "PER")]),
        {"event": "AGREE"},
        {"CHL", "PER"},
        False,
    ),
    "parties acting together have no recipient of their own country": (
        "The British and Irish governments signed a joint declaration on Northern Ireland.",
        Scene([("British", "GBR"), ("Irish governments", "IRL"), ("Ireland", "IRL", "CVL")]),
        {"event": "SUPPORT"},
        {"GBR", "IRL"},
        True,
    ),
    "parties of several countries imply no recipient of their own": (
        "Peru and Ecuador agreed to settle their border dispute through peaceful means.",
        Scene([("Peru", "PER"), ("Ecuador", "ECU")]),
        {"like_top": True},
        {"PER", "ECU"},
        True,
    ),
}


@pytest.mark.parametrize(("text", "scene", "pick", "together", "no_recipient"), by_rule(TOGETHER))
def test_parties_acting_together(
    nlp: Language,
    extractor: EventExtractor,
    text: str,
    scene: Scene,
    pick: dict[str, Any],
    together: list[str] | set[str],
    no_recipient: bool,
) -> None:
    events = chosen(scene.code(nlp, extractor, text), **pick)
    found = [str(e.actor.code) for e in events if e.actor]
    if isinstance(together, set):
        assert set(found) == together
    else:
        assert sorted(found) == together
    if no_recipient:
        assert all(e.recipient is None for e in events)


def test_force_used_together_in_one_of_the_parties_lands_is_used_on_it(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Russian mercenaries and Malian soldiers killed 500 people in the town of Moura."
    scene = Scene(
        [("Russian mercenaries", "RUS", "UAF"), ("Malian soldiers", "MLI", "MIL")],
        places=[("Moura", "MLI")],
    )
    events = chosen(scene.code(nlp, extractor, text), event="ASSAULT")
    assert {
        (str(e.actor.code), str(e.recipient.code)) for e in events if e.actor and e.recipient
    } == {
        ("RUS", "MLI"),
        ("MLI", "MLI"),
    }


def test_what_is_agreed_is_no_event_of_its_own(nlp: Language, extractor: EventExtractor) -> None:
    text = "Polish and Czech officials agreed on Monday to cooperate on border checks."
    events = code(nlp, extractor, text, [("Polish", "POL"), ("Czech", "CZE")])
    assert all(e.event != "COOPERATE" for e in events)  # "to cooperate" is what they agreed


def test_several_events_in_one_sentence_most_confident_first(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Rebels attacked the town on Monday, and the army arrested dozens of suspects."
    events = code(
        nlp,
        extractor,
        text,
        [("Rebels", "MLI", "REB"), ("the army", "MLI", "MIL")],
        times=[("Monday", "2025-08-11")],
    )
    assert {e.event for e in events} >= {"ASSAULT", "COERCE"}
    assert [e.confidence for e in events] == sorted((e.confidence for e in events), reverse=True)
    assert [e.id for e in events] == [f"t-e{n}" for n in range(1, len(events) + 1)]


def test_conjoined_recipients_give_one_event_each(nlp: Language, extractor: EventExtractor) -> None:
    text = "The Gambian president will visit Mauritania and Senegal."
    events = code(
        nlp,
        extractor,
        text,
        [("Gambian president", "GMB"), ("Mauritania", "MRT"), ("Senegal", "SEN")],
    )
    visits = [e for e in chosen(events, like_top=True) if e.event == events[0].event]
    assert {e.recipient.code for e in visits if e.recipient} == {"MRT", "SEN"}


def test_participle_event_takes_agent_and_recipient(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "The sanctions imposed by Canada on Iran took effect on Monday."
    events = code(nlp, extractor, text, [("Canada", "CAN"), ("Iran", "IRN")])
    assert [e.event for e in events] == ["SANCTION"]
    assert dyad(events[0]) == ("CAN", "IRN")
    assert events[0].actor is not None and events[0].recipient is not None


def test_each_other_codes_each_party_against_the_other(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Armenia and Azerbaijan blamed each other for the clashes."
    events = code(nlp, extractor, text, [("Armenia", "ARM"), ("Azerbaijan", "AZE")])
    pairs = {
        (e.actor.code, e.recipient.code)
        for e in chosen(events, event="ACCUSE")
        if e.actor is not None and e.recipient is not None
    }
    assert pairs == {("ARM", "AZE"), ("AZE", "ARM")}


def test_a_reporter_of_the_same_country_is_no_target(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Indian officials said Indian troops violated the ceasefire."
    events = code(
        nlp, extractor, text, [("Indian officials", "IND"), ("Indian troops", "IND", "MIL")]
    )
    assert events[0].recipient is None or events[0].recipient.text == "Indian troops"


def test_a_party_named_only_by_reference_is_not_replaced_by_the_actor(
    nlp: Language, extractor: EventExtractor
) -> None:
    # "the country" is a recipient the actor stage cannot code: no recipient is implied.
    referred = "Spain promised to send more doctors to the country."
    events = code(nlp, extractor, referred, [("Spain", "ESP")])
    assert events and all(e.recipient is None for e in events)
    # With no recipient phrase at all, a promise is still aimed at home.
    at_home = "Spain promised to hold early elections."
    events = code(nlp, extractor, at_home, [("Spain", "ESP")])
    assert events and events[0].recipient is not None and events[0].recipient.code == "ESP"


def test_a_that_clause_stating_the_subjects_own_act_is_the_event(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Portugal conceded on Monday that it would hand over Macau to China in 1999."
    events = code(nlp, extractor, text, [("Portugal", "PRT"), ("China", "CHN")])
    top = events[0]
    assert top.trigger != "conceded"
    assert top.recipient is not None and top.recipient.code == "CHN"


def test_a_passive_participle_describes_who_undergoes_it(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "The court began trying the Liberian commanders accused of war crimes."
    events = code(nlp, extractor, text, [("Liberian commanders", "LBR", "MIL")])
    accused = chosen(events, trigger_prefix="accused")
    assert accused and all(e.actor is None or e.actor.code != "LBR" for e in accused)
    assert any(e.recipient is not None and e.recipient.code == "LBR" for e in accused)


def test_details_of_one_event_mentioned_twice_are_shared(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = (
        "Modi spoke about his upcoming meeting with the Chinese president in Beijing. "
        "The Modi-Xi meeting is expected to take place on Friday."
    )
    events = code(
        nlp,
        extractor,
        text,
        [
            ("Modi", "IND"),
            ("his", "IND"),
            ("Chinese president", "CHN"),
            ("Modi", "IND", "GOV", 1),
            ("Xi", "CHN"),
        ],
        times=[("Friday", "2025-08-15")],
        places=[("Beijing", "CHN")],
    )
    meetings = chosen(events, trigger="meeting")
    assert len(meetings) == 2
    assert all(e.status == "future" and set(dyad(e)) == {"IND", "CHN"} for e in meetings)
    assert all(e.date == "2025-08-15" for e in meetings)
    assert all(e.location is not None and e.location.name == "Beijing" for e in meetings)


def test_empty_and_non_prose_texts_have_no_events(nlp: Language, extractor: EventExtractor) -> None:
    assert extractor.process(nlp(""), [], [], [], None, "x") == []
    assert extractor.process(nlp("-\n***\n"), [], [], [], None, "x") == []


def test_without_anchor_asserted_events_have_no_date(
    nlp: Language, extractor: EventExtractor
) -> None:
    events = extractor.process(nlp("Rebels attacked the convoy."), [], [], [], None, "x")
    assert events and events[0].date is None and events[0].status == "asserted"


SEED_ANCHOR = ANCHOR


@pytest.fixture(scope="module")
def seed_events(
    nlp: Language, extractor: EventExtractor, shared_data: Path
) -> tuple[str, list[Event]]:
    article = (shared_data / "seed" / "article.txt").read_text(encoding="utf-8")
    text = article.split("\n", 1)[1]  # the first line is the title
    call = "Russian President Vladimir Putin spoke by phone"
    actors = [
        in_context(text, call, "Russian President Vladimir Putin", "RUS"),
        in_context(
            text,
            "Democratic People’s Republic of Korea",
            "Democratic People’s Republic of Korea",
            "PRK",
        ),
        in_context(text, "informing him of his upcoming", "him", "PRK"),
        in_context(text, "informing him of his upcoming", "his", "RUS"),
        in_context(
            text, "meeting with US President Donald Trump, set", "US President Donald Trump", "USA"
        ),
        in_context(text, "the Kremlin announced", "the Kremlin", "RUS"),
        in_context(text, "KCNA confirmed", "KCNA", "PRK", "MED"),
        in_context(text, "the Putin-Trump meeting", "Putin", "RUS"),
        in_context(text, "the Putin-Trump meeting", "Trump", "USA"),
        in_context(text, "over 10,000 DPRK troops", "DPRK troops", "PRK", "MIL"),
        in_context(text, "support Russian operations", "Russian", "RUS"),
        in_context(text, "the DPRK declared", "the DPRK", "PRK"),
        in_context(text, "declared its unconditional", "its", "PRK"),
        in_context(text, "for Russia's efforts", "Russia", "RUS"),
        in_context(text, "between Russia and the DPRK", "Russia", "RUS"),
        in_context(text, "between Russia and the DPRK", "the DPRK", "PRK"),
        in_context(
            text, "DPRK Foreign Minister Choe Son Hui", "DPRK Foreign Minister Choe Son Hui", "PRK"
        ),
    ]

    def timex(words: str, value: str) -> TimeRef:
        start = text.index(words)
        return TimeRef(text=words, value=value, type="DATE", span=(start, start + len(words)))

    times = [
        timex("August 12, 2025", "2025-08-12"),
        timex("later this week", "2025-W33"),
        timex("Tuesday", "2025-08-12"),
        timex("Friday", "2025-08-15"),
        timex("last year", "2024"),
        timex("Last month", "2025-07"),
        timex("July 12", "2025-07-12"),
    ]
    places = [
        place(text, "Alaska", "USA"),
        place(text, "Wonsan", "PRK"),
        place(text, "Moscow", "RUS", 1),
    ]
    return text, extractor.process(nlp(text), actors, times, places, SEED_ANCHOR, "seed")


def test_seed_phone_call(seed_events: tuple[str, list[Event]]) -> None:
    _, events = seed_events
    call = next(e for e in events if e.mode == "phone" and dyad(e) == ("RUS", "PRK"))
    assert call.event == "CONSULT" and call.status == "asserted"
    assert call.date == "2025-08-12"


def test_seed_future_meeting_in_alaska(seed_events: tuple[str, list[Event]]) -> None:
    _, events = seed_events
    meetings = [e for e in events if e.event == "CONSULT" and set(dyad(e)) == {"RUS", "USA"}]
    assert meetings and all(e.status == "future" for e in meetings)
    assert any(e.location is not None and e.location.name == "Alaska" for e in meetings)
    assert any(e.date == "2025-08-15" for e in meetings)


def test_seed_deployment_and_possible_second_one(seed_events: tuple[str, list[Event]]) -> None:
    _, events = seed_events
    deployed = next(e for e in events if e.trigger.endswith("deployed"))
    assert deployed.event in ("MOBILIZE", "AID") and deployed.status == "asserted"
    assert dyad(deployed) == ("PRK", "RUS") and deployed.actor and deployed.actor.sector == "MIL"
    second = first(events, trigger="deployment")
    assert second.event == "MOBILIZE" and second.status == "hypothetical"


def test_seed_support_pledge_and_wonsan_talks(seed_events: tuple[str, list[Event]]) -> None:
    _, events = seed_events
    support = first(events, event="SUPPORT", trigger_prefix="declared")
    assert dyad(support) == ("PRK", "RUS")
    talks = [e for e in events if e.location is not None and e.location.name == "Wonsan"]
    assert talks and all(t.event == "CONSULT" and t.date == "2025-07-12" for t in talks)
    # "dialogue between Russia and the DPRK": both sides act (docs/events.md, Between).
    assert {dyad(t) for t in talks} == {("RUS", None), ("PRK", None)}


def test_seed_caption_has_no_event(seed_events: tuple[str, list[Event]]) -> None:
    text, events = seed_events
    caption_start = text.index("Russian President Vladimir Putin chairs")
    caption_end = text.index("via AP)") + len("via AP)")
    assert all(not (caption_start <= e.span[0] < caption_end) for e in events)


def test_scheduled_arrival_is_the_visit_to_come(nlp: Language, extractor: EventExtractor) -> None:
    text = "The Chinese president will arrive in Pakistan on Wednesday for a state visit."
    events = code(
        nlp, extractor, text, [("Chinese president", "CHN")], places=[("Pakistan", "PAK")]
    )
    assert events[0].event == "CONSULT"
    assert events[0].status == "future"
    assert dyad(events[0]) == ("CHN", "PAK")


def test_travel_the_traveller_announces_is_an_intent(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Mandela said he would travel to Zimbabwe next week for talks on security."
    events = code(nlp, extractor, text, [("Mandela", "ZAF"), ("Zimbabwe", "ZWE")])
    assert events[0].event == "AGREE"


def test_fire_from_armed_men_is_an_attack_on_the_subject(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Indian positions came under mortar fire from Pakistani troops on Monday."
    events = code(nlp, extractor, text, [("Indian", "IND"), ("Pakistani troops", "PAK")])
    assert events[0].event == "ASSAULT"
    assert dyad(events[0]) == ("PAK", "IND")


def test_reported_attack_outranks_the_reporting_verb(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Military sources in Ankara said Turkish jets had struck rebel camps in Iraq."
    events = code(nlp, extractor, text, [("Ankara", "TUR"), ("Turkish jets", "TUR")])
    assert events[0].event == "ASSAULT"


def test_main_clause_outranks_an_opening_participle(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Backed by tanks, Russian troops stormed the village on Sunday."
    events = code(nlp, extractor, text, [("Russian troops", "RUS")])
    assert events[0].event == "ASSAULT"


def test_scheduled_hosting_is_the_meeting_to_come(nlp: Language, extractor: EventExtractor) -> None:
    text = "Norway will host talks between the government and the rebels next month."
    actors: list[PartySpec] = [
        ("Norway", "NOR"),
        ("the government", "LKA"),
        ("the rebels", "LKA", "REB"),
    ]
    events = code(nlp, extractor, text, actors)
    assert (events[0].event, events[0].status) == ("CONSULT", "future")


def test_an_offer_to_host_is_an_intent_to_meet(nlp: Language, extractor: EventExtractor) -> None:
    text = "Switzerland offered on Tuesday to host talks between Armenia and Azerbaijan."
    actors = [("Switzerland", "CHE"), ("Armenia", "ARM"), ("Azerbaijan", "AZE")]
    assert code(nlp, extractor, text, actors)[0].event == "AGREE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels promised not to attack the peacekeepers.", "AGREE"),
        ("The rebels said they would never attack the peacekeepers.", "AGREE"),
        ("The rebels threatened to attack the peacekeepers.", "THREATEN"),
    ],
)
def test_a_promise_to_refrain_from_force_is_no_threat(
    nlp: Language, extractor: EventExtractor, text: str, expected: str
) -> None:
    actors = [("rebels", "SLE", "REB"), ("peacekeepers", "IGOUNO", "IGO")]
    assert code(nlp, extractor, text, actors)[0].event == expected


@pytest.mark.parametrize(
    "text",
    [
        "Students rallied in the capital on Friday, condemning the government.",
        "Protesters demanding the president's resignation marched through the capital.",
        "Opposition groups staged a protest outside parliament, accusing the government of fraud.",
    ],
)
def test_what_a_protest_says_ranks_after_the_protest(
    nlp: Language, extractor: EventExtractor, text: str
) -> None:
    named = [("the government", "KEN"), ("the president", "KEN")]
    events = code(nlp, extractor, text, [party for party in named if party[0] in text])
    assert events[0].event == "PROTEST"


def test_a_trade_held_together_has_no_recipient(nlp: Language, extractor: EventExtractor) -> None:
    text = "Vietnam and Thailand traded rice for rubber last year."
    events = chosen(code(nlp, extractor, text, [("Vietnam", "VNM"), ("Thailand", "THA")]))
    cooperation = [e for e in events if e.event == "COOPERATE"]
    assert {e.actor.code for e in cooperation if e.actor} == {"VNM", "THA"}
    assert all(e.recipient is None for e in cooperation)


def test_an_exchange_of_fire_goes_both_ways(nlp: Language, extractor: EventExtractor) -> None:
    text = "Indian and Pakistani troops exchanged artillery fire on Sunday."
    events = code(nlp, extractor, text, [("Indian", "IND"), ("Pakistani troops", "PAK")])
    assert {dyad(e) for e in chosen(events, event="ASSAULT")} == {("IND", "PAK"), ("PAK", "IND")}


@pytest.mark.parametrize(
    ("second", "event", "pairs"),
    [
        ("The two leaders signed three agreements.", "SUPPORT", {("CHN", None), ("BRA", None)}),
        ("The two sides praised each other.", "SUPPORT", {("CHN", "BRA"), ("BRA", "CHN")}),
    ],
)
def test_a_pair_referred_back_acts_jointly(
    nlp: Language,
    extractor: EventExtractor,
    second: str,
    event: str,
    pairs: set[tuple[str | None, str | None]],
) -> None:
    text = "Xi received Lula in Beijing on Monday. " + second
    events = code(nlp, extractor, text, [("Xi", "CHN"), ("Lula", "BRA")])
    later = [e for e in chosen(events, event=event) if e.span[0] > text.index(second) - 1]
    assert {dyad(e) for e in later} == pairs


def test_a_place_named_by_its_kind_of_place_is_where_the_event_is(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Striking dockers formed picket lines outside the port of Liverpool on Tuesday."
    events = code(nlp, extractor, text, [], places=[("Liverpool", "GBR")])
    assert events[0].event == "PROTEST"
    assert events[0].location is not None and events[0].location.text == "Liverpool"


def test_declining_to_meet_rejects_the_meeting(nlp: Language, extractor: EventExtractor) -> None:
    text = "The Greek premier declined to hold talks with Ankara before the elections."
    events = code(nlp, extractor, text, [("The Greek premier", "GRC"), ("Ankara", "TUR")])
    assert events[0].event == "REJECT"
    assert events[0].cameo == "125"
    assert dyad(events[0]) == ("GRC", "TUR")
    talks = [e for e in events if e.event == "CONSULT"]
    assert all(e.status == "negated" for e in talks)


def test_a_promise_of_aid_is_one_agree_event(nlp: Language, extractor: EventExtractor) -> None:
    text = "Tokyo said it would provide emergency aid to Manila."
    events = code(nlp, extractor, text, [("Tokyo", "JPN"), ("Manila", "PHL")])
    assert [e.event for e in events] == ["AGREE"]
    assert events[0].status == "asserted"


def test_agreeing_to_halt_a_disputed_activity_concedes(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Pyongyang agreed to freeze construction at its reactor site."
    events = code(nlp, extractor, text, [("Pyongyang", "PRK")])
    assert events[0].event == "CONCEDE"


def test_a_headline_verb_read_as_a_noun_is_coded(nlp: Language, extractor: EventExtractor) -> None:
    text = "Algeria Expels French Diplomat"
    events = code(nlp, extractor, text, [("Algeria", "DZA"), ("French Diplomat", "FRA")])
    assert events[0].event == "SANCTION"
    assert dyad(events[0]) == ("DZA", "FRA")


def test_listed_parties_of_a_headline_verb_read_as_a_noun_all_act(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Croatia, Slovenia swap detainees"
    events = code(nlp, extractor, text, [("Croatia", "HRV"), ("Slovenia", "SVN")])
    assert {e.event for e in events} == {"COOPERATE"}
    # swapping together names no recipient
    assert sorted(dyad(e) for e in events) == [("HRV", None), ("SVN", None)]


def test_listed_parties_of_a_headline_that_trade_fire_act_on_each_other(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Ecuador, Peru trade fire along frontier"
    events = code(nlp, extractor, text, [("Ecuador", "ECU"), ("Peru", "PER")])
    assert {e.event for e in events} == {"ASSAULT"}
    assert sorted(dyad(e) for e in events) == [("ECU", "PER"), ("PER", "ECU")]


def test_a_headline_verb_the_parser_gave_no_subject_takes_the_party_before_it(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Peru Recalls Ambassador To Brazil"
    events = code(nlp, extractor, text, [("Peru", "PER"), ("Brazil", "BRA")])
    assert events[0].event == "SANCTION"
    assert dyad(events[0]) == ("PER", "BRA")


def test_a_headline_infinitive_after_its_subject_is_to_come(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Jordan to impose sanctions on Syrian officials"
    events = code(nlp, extractor, text, [("Jordan", "JOR"), ("Syrian officials", "SYR")])
    assert events[0].event == "SANCTION"
    assert events[0].status == "future"
    assert dyad(events[0]) == ("JOR", "SYR")


def test_a_country_naming_a_building_is_no_location(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "A bomb exploded outside the Israeli embassy in Buenos Aires on Friday."
    places = [("Israeli", "ISR"), ("Buenos Aires", "ARG")]
    events = code(nlp, extractor, text, [], places=places)
    assert events[0].event == "ASSAULT"
    assert events[0].location is not None and events[0].location.text == "Buenos Aires"


def test_where_a_party_is_based_is_not_where_it_acts(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Militiamen based in Rwanda attacked a village."
    events = code(nlp, extractor, text, [], places=[("Rwanda", "RWA")])
    assert events[0].event == "ASSAULT"
    assert events[0].location is None


def test_what_aid_pays_for_is_no_event_of_its_own(nlp: Language, extractor: EventExtractor) -> None:
    text = "The Asian Development Bank approved a loan for Laos that will fund new bridges."
    events = code(nlp, extractor, text, [("The Asian Development Bank", "IGO"), ("Laos", "LAO")])
    assert [e.event for e in events] == ["AID"]


def test_a_condition_ranks_below_what_a_party_says_it_would_do(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Tehran said it would restart enrichment if Paris did not deliver the fuel."
    events = code(nlp, extractor, text, [("Tehran", "IRN"), ("Paris", "FRA")])
    assert events[0].event == "THREATEN"
    assert dyad(events[0]) == ("IRN", "FRA")


def test_refusing_until_another_complies_rejects(nlp: Language, extractor: EventExtractor) -> None:
    text = "Baku will not return to the table unless Yerevan halts its offensive."
    events = code(nlp, extractor, text, [("Baku", "AZE"), ("Yerevan", "ARM")])
    assert events[0].event == "REJECT"
    assert dyad(events[0]) == ("AZE", "ARM")


def test_refusing_to_allow_another_party_to_stay_rejects(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Riga would not allow Russian units to stay after August."
    events = code(nlp, extractor, text, [("Riga", "LVA"), ("Russian", "RUS")])
    assert events[0].event == "REJECT"
    assert dyad(events[0]) == ("LVA", "RUS")


def test_a_relative_clause_ranks_below_the_main_verb(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Ankara, which accuses Athens of harbouring rebels, expelled two Greek diplomats."
    events = code(nlp, extractor, text, [("Ankara", "TUR"), ("Athens", "GRC"), ("Greek", "GRC")])
    assert events[0].event == "SANCTION"


def test_the_topic_of_stalled_talks_is_no_event(nlp: Language, extractor: EventExtractor) -> None:
    text = "The talks remained deadlocked over the release of prisoners."
    assert code(nlp, extractor, text, []) == []


def test_a_headline_of_talks_opening_is_a_meeting(nlp: Language, extractor: EventExtractor) -> None:
    text = "Border Talks Resume In Vienna"
    events = code(nlp, extractor, text, [])
    assert [e.event for e in events] == ["CONSULT"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ukraine called off the talks with Russia on Monday.", ["called", "off", "talks"]),
        ("Putin spoke with Kim by phone on Tuesday.", ["spoke", "phone"]),
        ("Police arrested the protesters in Minsk.", ["arrested", "protesters"]),
    ],
)
def test_trigger_spans_point_at_the_trigger_words(
    nlp: Language, extractor: EventExtractor, text: str, words: list[str]
) -> None:
    actors: list[PartySpec] = [("Ukraine", "UKR"), ("Russia", "RUS"), ("Putin", "RUS")]
    actors += [("Kim", "PRK"), ("Police", "BLR", "COP"), ("protesters", "BLR", "CVL")]
    present = [a for a in actors if a[0] in text]
    top = code(nlp, extractor, text, present)[0]
    assert [text[start:end] for start, end in top.trigger_spans] == top.trigger.split()
    assert top.trigger.split() == words


def test_an_arranged_gift_is_a_promise(nlp: Language, extractor: EventExtractor) -> None:
    text = "Tokyo is to give Hanoi 30 patrol boats under a new accord."
    events = code(nlp, extractor, text, [("Tokyo", "JPN"), ("Hanoi", "VNM")])
    assert events[0].event == "AGREE"
    assert dyad(events[0]) == ("JPN", "VNM")


def test_an_arranged_meeting_is_the_meeting_to_come(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "The Indian premier is to meet the Chinese president in Beijing next week."
    events = code(nlp, extractor, text, [("Indian", "IND"), ("Chinese", "CHN")])
    assert events[0].event == "CONSULT"


def test_an_envoy_called_home_is_recalled(nlp: Language, extractor: EventExtractor) -> None:
    text = "Rabat called home its ambassador to Algeria over the border dispute."
    events = code(nlp, extractor, text, [("Rabat", "MAR"), ("Algeria", "DZA")])
    assert events[0].event == "SANCTION"
    assert events[0].cameo == "161"


def test_denying_charges_rejects_their_author(nlp: Language, extractor: EventExtractor) -> None:
    text = "Minsk denied Lithuanian charges that it had cut the power lines."
    events = code(nlp, extractor, text, [("Minsk", "BLR"), ("Lithuanian", "LTU")])
    assert events[0].event == "REJECT"
    assert dyad(events[0]) == ("BLR", "LTU")


def test_a_gerund_with_its_own_subject_after_with_is_an_event(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "A row erupted over the fishing zone, with Iceland downgrading its ties with Norway."
    events = code(nlp, extractor, text, [("Iceland", "ISL"), ("Norway", "NOR")])
    assert [e.event for e in events] == ["SANCTION"]
    assert events[0].actor is not None and events[0].actor.code == "ISL"


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Hanoi would deploy its divisions along the border if Beijing attacked again.",
            [("Hanoi", "VNM"), ("Beijing", "CHN")],
        ),
        (
            "Athens would mobilise its reserves if Ankara's warships entered its waters.",
            [("Athens", "GRC"), ("Ankara", "TUR")],
        ),
    ],
)
def test_forces_readied_against_another_partys_hostile_act_threaten(
    nlp: Language, extractor: EventExtractor, text: str, actors: list[PartySpec]
) -> None:
    events = code(nlp, extractor, text, actors)
    assert (events[0].event, events[0].cameo) == ("THREATEN", "138")


def test_forces_readied_for_a_peaceful_condition_stay_a_mobilization(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Dhaka would deploy peacekeepers to the island if both sides agreed."
    events = code(nlp, extractor, text, [("Dhaka", "BGD")])
    assert all(e.event != "THREATEN" for e in events)


def test_an_offers_infinitive_after_its_phrase_is_the_offer(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Khartoum made an offer to Cairo on Sunday to hold talks on the dam."
    events = code(nlp, extractor, text, [("Khartoum", "SDN"), ("Cairo", "EGY")])
    assert events[0].event == "AGREE"
    assert events[0].actor is not None and events[0].actor.code == "SDN"


def _words(text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in spans]


@pytest.mark.parametrize(
    ("text", "times", "status", "cues", "date_words"),
    [
        # Cue words decide: they are the evidence, the date keeps its own words.
        (
            "Egypt will host talks with Sudan on Friday.",
            [("Friday", "2025-08-15")],
            "future",
            ["will"],
            "Friday",
        ),
        (
            "Egypt did not attack Sudan on Monday.",
            [("Monday", "2025-08-11")],
            "negated",
            ["not"],
            "Monday",
        ),
        ("Egypt could attack Sudan.", [], "hypothetical", ["could"], None),
        # The date decides: the date's words are the evidence.
        (
            "Egypt meets Sudan on Friday.",
            [("Friday", "2025-08-15")],
            "future",
            ["Friday"],
            "Friday",
        ),
        ("Egypt attacked Sudan in 2019.", [("2019", "2019")], "historical", ["2019"], "2019"),
        # Asserted needs no cue; dated by the article, it has no date words.
        ("Egypt attacked Sudan on Monday.", [("Monday", "2025-08-11")], "asserted", [], "Monday"),
        ("Egypt attacked Sudan.", [], "asserted", [], None),
    ],
)
def test_status_and_date_come_with_the_words_they_were_read_from(
    nlp: Language,
    extractor: EventExtractor,
    text: str,
    times: list[tuple[str, str]],
    status: str,
    cues: list[str],
    date_words: str | None,
) -> None:
    top = code(nlp, extractor, text, [("Egypt", "EGY"), ("Sudan", "SDN")], times)[0]
    assert top.status == status
    assert _words(text, top.status_spans) == cues
    assert (top.date_text, _words(text, [top.date_span] if top.date_span else [])) == (
        date_words,
        [date_words] if date_words else [],
    )


def test_a_future_reference_is_the_evidence_of_its_status(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Closer military cooperation in the future was the theme of the speech."
    events = code(nlp, extractor, text, [], times=[("the future", "FUTURE_REF")])
    (cooperation,) = chosen(events, trigger="cooperation")
    assert cooperation.status == "future"
    assert _words(text, cooperation.status_spans) == ["the future"]
    assert cooperation.date_span is not None
    assert _words(text, [cooperation.date_span]) == ["the future"]


def test_a_date_shared_from_another_mention_brings_its_words_along(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = (
        "Modi spoke about his upcoming meeting with the Chinese president in Beijing. "
        "The Modi-Xi meeting is expected to take place on Friday."
    )
    actors: list[PartySpec] = [("Modi", "IND"), ("his", "IND"), ("Chinese president", "CHN")]
    actors += [("Modi", "IND", "GOV", 1), ("Xi", "CHN")]
    events = code(nlp, extractor, text, actors, times=[("Friday", "2025-08-15")])
    meetings = chosen(events, trigger="meeting")
    assert len(meetings) == 2
    assert [_words(text, e.status_spans) for e in meetings] == [["upcoming"], ["expected"]]
    assert all(e.date_span is not None and text[slice(*e.date_span)] == "Friday" for e in meetings)


def test_forces_moved_on_a_condition_another_party_meets_threaten(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Russia will station troops on the border if Estonia hosts the missile battery."
    events = code(nlp, extractor, text, [("Russia", "RUS"), ("Estonia", "EST")])
    assert (events[0].event, events[0].cameo) == ("THREATEN", "138")
    assert dyad(events[0]) == ("RUS", "EST")


def test_forces_offered_on_a_request_or_sent_to_a_third_state_threaten_no_one(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Japan will send troops to East Timor if the United Nations asks it to."
    asked: list[PartySpec] = [("Japan", "JPN"), ("East Timor", "TLS"), ("United Nations", "IGO")]
    assert all(e.event != "THREATEN" for e in code(nlp, extractor, text, asked))
    text = "Germany would send tanks to Ukraine if the United States did the same."
    third: list[PartySpec] = [("Germany", "DEU"), ("Ukraine", "UKR"), ("United States", "USA")]
    assert all(e.event != "THREATEN" for e in code(nlp, extractor, text, third))


def test_letting_another_partys_ship_act_eases_a_restriction(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Greece allowed a Turkish survey ship to pass through its waters on Thursday."
    events = code(nlp, extractor, text, [("Greece", "GRC"), ("Turkish", "TUR")])
    assert (events[0].event, events[0].cameo) == ("CONCEDE", "081")
    assert dyad(events[0]) == ("GRC", "TUR")


def test_joint_parties_praising_what_listed_states_did_address_those_states(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = (
        "Ghana and Togo welcomed and supported the steps taken by several states, including Benin."
    )
    specs: list[PartySpec] = [("Ghana", "GHA"), ("Togo", "TGO"), ("Benin", "BEN")]
    events = [e for e in code(nlp, extractor, text, specs) if e.event == "SUPPORT"]
    assert events and all(e.recipient is not None for e in events)
    assert {e.recipient.code for e in events if e.recipient} == {"BEN"}


def test_no_own_state_implied_when_another_states_party_holds_no_role(
    nlp: Language, extractor: EventExtractor
) -> None:
    # A deployment a week after meeting another state's envoy: not aimed at home.
    text = (
        "Chile's president authorised the deployment of troops, a week after meeting a Peruvian"
        " envoy."
    )
    specs: list[PartySpec] = [("Chile's president", "CHL"), ("Peruvian envoy", "PER")]
    deployed = [e for e in code(nlp, extractor, text, specs) if e.event == "MOBILIZE"]
    assert deployed and all(dyad(e) == ("CHL", None) for e in deployed)
    alone = "Chile's president authorised the deployment of troops on Monday."
    deployed = [e for e in code(nlp, extractor, alone, specs[:1]) if e.event == "MOBILIZE"]
    assert deployed and dyad(deployed[0]) == ("CHL", "CHL")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Fighting between Sudan's army and the RSF spread to Omdurman.", ("Sudan's army", "RSF")),
        (
            "Heavy fighting broke out between Sudanese troops and RSF fighters.",
            ("Sudanese troops", "RSF fighters"),
        ),
        (
            "Fighting between Sudanese troops and RSF fighters raged in the capital.",
            ("Sudanese troops", "RSF fighters"),
        ),
    ],
)
def test_sides_of_one_state_fighting_between_them_imply_no_target(
    nlp: Language, extractor: EventExtractor, text: str, sides: tuple[str, str]
) -> None:
    # Both sides hold the fighting; the state they share is neither's target.
    specs: list[PartySpec] = [(sides[0], "SDN", "MIL"), (sides[1], "SDN", "REB")]
    fought = [e for e in code(nlp, extractor, text, specs) if e.event == "ASSAULT"]
    assert len(fought) == 2
    assert all(e.recipient is None for e in fought)
    assert {(e.actor.code, e.actor.sector) for e in fought if e.actor} == {
        ("SDN", "MIL"),
        ("SDN", "REB"),
    }


def _top(events: Sequence[Event]) -> Event:
    assert events, "no event"
    return max(events, key=lambda e: e.confidence)


@pytest.mark.parametrize(
    ("text", "actors", "event", "pair"),
    [
        (
            "Syria's troop build-up near the Turkish border went on.",
            [("Syria", "SYR"), ("Turkish", "TUR")],
            "MOBILIZE",
            ("SYR", None),
        ),
        (
            "Morocco's closure of the Algerian frontier hurt traders.",
            [("Morocco", "MAR"), ("Algerian", "DZA")],
            "COERCE",
            ("MAR", None),
        ),
        (
            "Belgian police turned back a convoy of Dutch lorries.",
            [("Belgian police", "BEL", "COP"), ("Dutch", "NLD")],
            "COERCE",
            ("BEL", None),
        ),
        (
            "Qatar transferred 30 million dollars to Lebanon on Monday.",
            [("Qatar", "QAT"), ("Lebanon", "LBN")],
            "AID",
            ("QAT", "LBN"),
        ),
        (
            "Latvia received artillery from Sweden on Monday.",
            [("Latvia", "LVA"), ("Sweden", "SWE")],
            "AID",
            ("SWE", "LVA"),
        ),
        (
            "Belgium's decision to expel two Chinese diplomats was announced on Monday.",
            [("Belgium", "BEL"), ("Chinese", "CHN")],
            "SANCTION",
            ("BEL", "CHN"),
        ),
        (
            "Canada voiced alarm at Iran's crackdown on students.",
            [("Canada", "CAN"), ("Iran", "IRN")],
            "ACCUSE",
            ("CAN", "IRN"),
        ),
        (
            "Italy said it would double its defence spending.",
            [("Italy", "ITA")],
            "AGREE",
            ("ITA", "ITA"),
        ),
    ],
)
def test_event_nouns_transfers_and_decisions_the_lexicon_missed(
    nlp: Language,
    extractor: EventExtractor,
    text: str,
    actors: list[PartySpec],
    event: str,
    pair: tuple[str | None, str | None],
) -> None:
    top = _top(code(nlp, extractor, text, actors))
    assert top.event == event
    assert dyad(top)[0] == pair[0]
    if pair[1] is not None:
        assert dyad(top)[1] == pair[1]


def test_an_order_noun_s_infinitive_is_the_act_commanded(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Putin signed an order to deploy troops to the Finnish border."
    top = _top(code(nlp, extractor, text, [("Putin", "RUS"), ("Finnish", "FIN")]))
    assert (top.event, top.status) == ("MOBILIZE", "asserted")
    text = "Macron has given no order to withdraw the troops from Chad."
    top = _top(code(nlp, extractor, text, [("Macron", "FRA"), ("Chad", "TCD")]))
    assert (top.event, top.status) == ("RETREAT", "negated")


def test_a_decision_noun_s_infinitive_is_the_decided_act_not_a_frame(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Poland's plan to expel three Belarusian diplomats was discussed on Monday."
    planned = code(nlp, extractor, text, [("Poland", "POL"), ("Belarusian", "BLR")])
    assert not chosen(planned, event="SANCTION")  # a plan is no decision


def test_a_threat_that_receded_is_the_threat_not_a_concession(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "The Chinese threat of force against Taiwan receded on Monday."
    top = _top(code(nlp, extractor, text, [("Chinese", "CHN"), ("Taiwan", "TWN")]))
    assert (top.event, dyad(top)) == ("THREATEN", ("CHN", "TWN"))


def test_a_demand_to_act_in_a_letter_asks_whom_the_letter_is_written_to(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = (
        "Chad said in a letter to the African Union that the body must act to stop attacks "
        "by Sudanese militias."
    )
    actors: list[PartySpec] = [
        ("Chad", "TCD"),
        ("African Union", "IGOAFR", None),
        ("Sudanese", "SDN"),
    ]
    top = _top(code(nlp, extractor, text, actors))
    assert (top.event, dyad(top)) == ("REQUEST", ("TCD", "IGOAFR"))


def test_a_week_dates_the_event_by_the_month_holding_most_of_its_days(
    nlp: Language, extractor: EventExtractor
) -> None:
    # An event's date has no weeks: "last week" (2025-W32, 4-10 August) is dated 2025-08, and
    # a week across two months by the month of its Thursday (2025-W31 ends on 3 August).
    for words, value, month in (
        ("Last week", "2025-W32", "2025-08"),
        ("Two weeks ago", "2025-W31", "2025-07"),
    ):
        text = f"{words} Chinese and Indian commanders met at the border."
        events = code(
            nlp,
            extractor,
            text,
            [("Chinese", "CHN"), ("Indian", "IND")],
            times=[(words, value)],
        )
        assert events and {(e.date, e.date_text, e.status) for e in events} == {
            (month, words, "asserted")
        }


def test_week_month_reads_only_whole_iso_weeks() -> None:
    assert setting.week_month("2025-W33") == "2025-08"
    assert setting.week_month("2026-W01") == "2026-01"  # 29 Dec 2025 - 4 Jan 2026: Thursday 1 Jan
    assert setting.week_month("2025-W53") is None  # 2025 has 52 ISO weeks
    assert setting.week_month("2025-W32-WE") is None and setting.week_month("XXXX-WXX") is None


def test_words_of_a_body_s_name_are_no_triggers(nlp: Language, extractor: EventExtractor) -> None:
    # "Protect" names the committee, it reports no protection; the attack is still coded.
    text = "The attack killed at least 12 people, the Committee to Protect Journalists said."
    events = code(nlp, extractor, text, [("Committee to Protect Journalists", "NGOHRICPJ")])
    assert [e.event for e in events] == ["ASSAULT"]
    # The same word outside a name is a trigger as before.
    text = "The Kenyan army vowed to protect civilians in Garissa."
    words = code(nlp, extractor, text, [("Kenyan army", "KEN", "MIL")])
    assert any(e.trigger.lower().startswith("protect") for e in words)


def test_an_event_travelled_to_takes_the_journey_s_place_and_day(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "The Sudanese envoys arrived in Jeddah on Tuesday for talks with the Saudi minister."
    events = code(
        nlp,
        extractor,
        text,
        [("Sudanese envoys", "SDN", "GOV"), ("Saudi minister", "SAU", "GOV")],
        times=[("Tuesday", "2025-08-12")],
        places=[("Jeddah", "SAU")],
    )
    talks = [e for e in events if e.trigger.startswith("talks")]
    assert talks and talks[0].location is not None and talks[0].location.text == "Jeddah"
    assert talks[0].date == "2025-08-12"


def test_an_event_noun_inside_a_charge_is_no_act_of_the_accuser(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Serbia accused Croatia of organising the protests."
    events = code(nlp, extractor, text, [("Serbia", "SRB"), ("Croatia", "HRV")])
    assert [e.event for e in events] == ["ACCUSE"]
    text = "Kenyan police arrested two students for organising the protests."
    events = code(nlp, extractor, text, [("Kenyan police", "KEN", "COP")])
    assert [e.event for e in events] == ["COERCE"]


def test_joint_mediators_address_those_they_mediate_between(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Egypt and Qatar mediated between Israel and Hamas."
    events = code(
        nlp,
        extractor,
        text,
        [("Egypt", "EGY"), ("Qatar", "QAT"), ("Israel", "ISR"), ("Hamas", "PSE", "REB")],
    )
    assert {dyad(e) for e in events} >= {("EGY", "ISR"), ("QAT", "PSE")}


def test_mediation_offered_is_the_offer_alone(nlp: Language, extractor: EventExtractor) -> None:
    text = "Ghana's labour ministry offered to mediate between the dockers and the port owners."
    events = code(nlp, extractor, text, [("Ghana's labour ministry", "GHA")])
    assert [e.event for e in events] == ["AGREE"]


def test_mediation_done_stays_a_consultation(nlp: Language, extractor: EventExtractor) -> None:
    text = "Switzerland mediated between the two factions in Geneva."
    events = code(nlp, extractor, text, [("Switzerland", "CHE")])
    assert [(e.event, e.mode) for e in events] == [("CONSULT", "third-party")]


def test_joint_parties_meet_the_partner_of_their_talks(
    nlp: Language, extractor: EventExtractor
) -> None:
    specs: list[PartySpec] = [
        ("Robertson", "IGOWSTNAT"),
        ("Solana", "IGOEUREEC"),
        ("President Boris Trajkovski", "MKD", "GOV"),
    ]
    for text in (
        "Robertson and Solana held talks with President Boris Trajkovski in Skopje.",
        "Robertson and Solana flew to Skopje for talks with President Boris Trajkovski.",
    ):
        met = [e for e in code(nlp, extractor, text, specs) if e.event == "CONSULT"]
        assert len(met) == 2 and {dyad(e)[1] for e in met} == {"MKD"}, text


def test_a_place_where_one_states_sides_meet_is_no_partner(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Liberia's government and the rebels agreed in Accra to form a new government."
    specs: list[PartySpec] = [("Liberia's government", "LBR", "GOV"), ("rebels", "LBR", "REB")]
    agreed = [e for e in code(nlp, extractor, text, specs, places=[("Accra", "GHA")])]
    assert agreed and all(dyad(e) == ("LBR", None) for e in agreed if e.event == "AGREE")


@pytest.mark.parametrize(
    ("text", "specs", "recipient"),
    [
        (
            "Settlers demonstrated in Jerusalem against the handover of towns to Palestinian rule.",
            [("Settlers", "ISR", "CVL"), ("Palestinian", "PSE")],
            "ISR",  # what is handed over and to whom is not the target; the place's state is
        ),
        (
            "Greeks protested against the sale of arms to Turkey by the United States.",
            [("Greeks", "GRC", "CVL"), ("Turkey", "TUR"), ("United States", "USA")],
            "USA",  # whoever hands it over is
        ),
    ],
)
def test_a_protest_against_a_handover_is_aimed_at_its_doer(
    nlp: Language,
    extractor: EventExtractor,
    text: str,
    specs: list[PartySpec],
    recipient: str,
) -> None:
    places = [("Jerusalem", "ISR")] if "Jerusalem" in text else []
    protests = [e for e in code(nlp, extractor, text, specs, places=places) if e.event == "PROTEST"]
    assert protests and dyad(protests[0])[1] == recipient


def test_a_time_in_a_relative_clause_dates_only_what_it_says_of_its_noun(
    nlp: Language, extractor: EventExtractor
) -> None:
    # "on July 26" dates the detention the clause tells of Bazoum, not the threat.
    text = "ECOWAS threatened to use force to free Bazoum, who has been held since July 26."
    events = code(
        nlp,
        extractor,
        text,
        [("ECOWAS", "IGOWAFBUSWAS"), ("Bazoum", "NER")],
        times=[("July 26", "2025-07-26")],
    )
    threats = [e for e in events if e.event == "THREATEN"]
    assert threats and all(e.date == ANCHOR.isoformat() for e in threats)
    doc = nlp(text)
    july = next(t for t in doc if t.text == "July")
    threatened = next(t for t in doc if t.text == "threatened")
    held = next(t for t in doc if t.text == "held")
    assert setting.describes_other_noun(setting.climb(july), threatened)
    assert not setting.describes_other_noun(setting.climb(july), held)


def test_a_time_below_a_participle_describing_a_noun_dates_no_event_outside_it(
    nlp: Language,
) -> None:
    # "in 1979" dates the killing the participle tells of Kuntar, not the release.
    text = "Israel freed Samir Kuntar, a militant jailed for killing an Israeli family in 1979."
    doc = nlp(text)
    year = next(t for t in doc if t.text == "1979")
    freed = next(t for t in doc if t.text == "freed")
    killing = next(t for t in doc if t.text == "killing")
    assert setting.describes_other_noun(setting.climb(year), freed)
    assert not setting.describes_other_noun(setting.climb(year), killing)
    released = [e for e in code_text(text, "2004-01-30").events if e.event == "RETREAT"]
    assert released and released[0].date == "2004-01-30" and released[0].status == "asserted"


def test_a_town_named_of_its_country_is_the_place_struck_not_the_country() -> None:
    text = "Russian warplanes bombed the Georgian town of Gori on Friday, witnesses said."
    struck = [e for e in code_text(text, "2008-08-08").events if e.event == "ASSAULT"]
    assert struck and struck[0].location is not None
    assert struck[0].location.name == "Gori"
    text = "Syrian troops shelled the city of Homs on Friday."
    struck = [e for e in code_text(text, "2012-08-08").events if e.event == "ASSAULT"]
    assert struck and struck[0].location is not None and struck[0].location.name == "Homs"
    # Nor the region a people's adjective names ("Kurdish" is Kurdistan).
    text = "Iraqi planes bombed the Kurdish town of Halabja."
    struck = [e for e in code_text(text, "1988-03-16").events if e.event == "ASSAULT"]
    assert struck and struck[0].location is not None and struck[0].location.name == "Halabja"


def test_a_place_forces_move_into_to_occupy_is_where_they_occupy() -> None:
    text = "Iraqi troops moved into the city of Arbil."
    taken = [e for e in code_text(text, "1996-08-31").events if e.cameo == "192"]
    assert taken and taken[0].location is not None and taken[0].location.name == "Erbil"
    # Where people are deported to is no scene of the deportation.
    sent = [e for e in code_text("The refugees were deported to Haiti.", "2000-01-01").events]
    assert sent and sent[0].location is None


def test_a_day_possessing_a_noun_dates_that_noun_not_the_verb_acting_on_it() -> None:
    text = "The opposition leader rejected the result of Thursday's election as fraudulent."
    rejected = [e for e in code_text(text, "2007-12-30").events if e.event == "REJECT"]
    assert rejected and rejected[0].date == "2007-12-30"
    # The act the day possesses is dated by it, and so is what that act did.
    text = "Thursday's attack on the embassy killed four people."
    killed = [e for e in code_text(text, "2007-12-30").events if e.event == "ASSAULT"]
    assert killed and killed[0].date == "2007-12-27"


def test_a_country_naming_whose_the_victims_are_is_no_place_of_the_attack() -> None:
    text = "Gunmen killed 13 U.S. troops near the airport on Thursday."
    killed = [e for e in code_text(text, "2021-08-26").events if e.event == "ASSAULT"]
    assert killed and all(e.location is None or e.location.country != "USA" for e in killed)


def test_a_threatened_penalty_is_no_event_of_its_own(
    nlp: Language, extractor: EventExtractor
) -> None:
    specs: list[PartySpec] = [("EU", "IGOEUREEC", None), ("Belarus", "BLR")]
    for text in (
        "The EU threatened sanctions against Belarus.",
        "The EU threatened Belarus with sanctions.",
        "The EU told Belarus to free the prisoners or face sanctions.",
    ):
        assert [e.event for e in code(nlp, extractor, text, specs)] == ["THREATEN"], text
    # Sanctions that are no threat's object stay an event of their own.
    text = "The EU imposed sanctions on Belarus and threatened more."
    events = code(nlp, extractor, text, specs)
    assert {e.event for e in events} == {"SANCTION", "THREATEN"}


def test_a_promise_of_aid_implies_no_home_recipient(
    nlp: Language, extractor: EventExtractor
) -> None:
    specs: list[PartySpec] = [("Turkey", "TUR")]
    text = "Turkey pledged $10 million in emergency aid for the refugees."
    pledges = [e for e in code(nlp, extractor, text, specs) if e.event == "AGREE"]
    assert [dyad(e) for e in pledges] == [("TUR", None)]
    # A promise of an act at home keeps the promiser's own country.
    text = "Turkey pledged to hold elections next year."
    pledges = [e for e in code(nlp, extractor, text, specs) if e.event == "AGREE"]
    assert [dyad(e) for e in pledges] == [("TUR", "TUR")]


def test_information_passed_to_a_party_is_shared_with_it_not_with_its_subject(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Jordanian officials passed information on Hamas activists to Israel's Shin Bet."
    events = code(
        nlp,
        extractor,
        text,
        [("Jordanian officials", "JOR"), ("Hamas activists", "PSE"), ("Israel's Shin Bet", "ISR")],
    )
    shared = [e for e in events if e.cameo == "064"]
    assert shared and dyad(shared[0]) == ("JOR", "ISR")
    # With no "to" phrase of its own the partner of "with" is still the recipient.
    text = "Jordan pledged to share intelligence with Israel on the activities of militants."
    events = code(nlp, extractor, text, [("Jordan", "JOR"), ("Israel", "ISR")])
    assert any(dyad(e) == ("JOR", "ISR") for e in events)


def test_a_demand_told_to_joined_parties_asks_them_all(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Washington told Israel and Syria that they must return to the table."
    actors = [("Washington", "USA"), ("Israel", "ISR"), ("Syria", "SYR")]
    events = [e for e in code(nlp, extractor, text, actors) if e.event == "REQUEST"]
    assert {dyad(e) for e in events} == {("USA", "ISR"), ("USA", "SYR")}


def test_a_stance_on_a_condition_of_joined_parties_is_aimed_at_them_all(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = (
        "Washington said it would wash its hands of the matter unless Israel and Syria got serious."
    )
    actors = [("Washington", "USA"), ("Israel", "ISR"), ("Syria", "SYR")]
    events = code(nlp, extractor, text, actors)
    assert events[0].event == "THREATEN"
    assert {dyad(e) for e in events if e.event == "THREATEN"} == {("USA", "ISR"), ("USA", "SYR")}
