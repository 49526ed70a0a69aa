"""Tests for the second senses of trigger words that their arguments tell apart."""

from __future__ import annotations

import inspect
import re
from typing import Any

import pytest
from spacy.language import Language

from dyads.stages import trigger_senses
from dyads.stages.intents import intent_coding
from dyads.stages.trigger_senses import NO_EVENT, Sense, SenseLexicon, is_hostless_journey
from dyads.stages.triggers import TriggerLexicon, _load_data


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


def cameo_of(nlp: Language, lexicon: TriggerLexicon, text: str, word: str) -> str | None:
    """The CAMEO code the lexicon gives the first token spelled `word`, None for no event."""
    coding = lexicon.code(next(t for t in nlp(text) if t.text == word))
    return coding.cameo if coding is not None else None


def rule(name: str, *rows: tuple[Any, ...]) -> list[Any]:
    """The rows of one rule, each named by the rule and its sentence."""
    return [pytest.param(*row, id=f"{name}: {row[0][:40]}") for row in rows]


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        *rule(
            "figurative attack",
            ("The union blasted the ministry's decision to freeze wages.", "blasted", "111"),
            ("Critics slammed the handling of the floods by the army.", "slammed", "111"),
            ("The senator blasted the president for ignoring the report.", "blasted", "111"),
            ("Artillery blasted rebel positions near the airport.", "blasted", "190"),
            ("Gunmen attacked the building of the electoral board.", "attacked", "190"),
        ),
        *rule(
            "signing",
            ("Forty deputies signed a petition demanding new elections.", "signed", "020"),
            ("The president signed a proclamation on Friday.", "signed", None),
            ("Chile signed a trade agreement with Peru.", "signed", "057"),
            ("The senators signed a letter urging a veto.", "signed", None),
        ),
        *rule(
            "help",
            ("Higher oil prices helped push up inflation.", "helped", None),
            ("Japan helped Laos rebuild its bridges.", "helped", "070"),
            ("Norway helped to rebuild the bridges.", "helped", "070"),
        ),
        *rule(
            "search",
            ("Police searched the offices of the newspaper.", "searched", "171"),
            ("Customs officers searched a cargo ship in the port.", "searched", "171"),
        ),
        *rule(
            "release",
            ("The dam's operators released water into the river.", "released", None),
            ("Rebels released two hostages on Monday.", "released", "0841"),
            ("The factory released toxic gas overnight.", "released", None),
            ("A cult released nerve gas on the subway.", "released", "204"),
        ),
        *rule(
            "weapons of mass destruction",
            ("Iraqi forces used chemical weapons against the Kurds.", "used", "204"),
            ("The army used poison gas on the rebels.", "used", "204"),
            ("Police used tear gas on protesters.", "used", "175"),
        ),
        *rule(
            "inspections allowed",
            ("Iraq allowed U.N. inspections of the sites.", "allowed", "0862"),
            ("Iraq will not permit inspections.", "permit", "0862"),
        ),
        *rule(
            "messages received",
            ("The king received a message from the Syrian President.", "received", "040"),
            ("The king received Syrian President Hafez al-Assad.", "received", "043"),
        ),
        *rule(
            "fighting an ill",
            ("Colombia is fighting drug trafficking.", "fighting", None),
            ("The new government vowed to tackle corruption.", "tackle", None),
            ("Rebels fought government troops near the border.", "fought", "190"),
        ),
        *rule(
            "shipments halted",
            ("China halted shipments of rare earths to Japan.", "halted", "162"),
        ),
        *rule(
            "initialling",
            ("The three presidents initialled the peace accord.", "initialled", "057"),
        ),
        *rule(
            "hold back",
            ("Kurdish fighters held the army back from the town.", "held", "190"),
            ("The council held a meeting on Monday.", "held", "040"),
        ),
        *rule(
            "letters",
            ("Nepal wrote to India asking for more fuel.", "wrote", "020"),
            ("Nepal has written to India for the return of the refugees.", "written", "020"),
            ("The poet wrote to a friend in Paris.", "wrote", None),
        ),
        *rule(
            "disquiet",
            ("The minister was deeply troubled by Hungary's plan.", "troubled", "110"),
            ("The case concerns fishing rights.", "concerns", None),
        ),
        *rule(
            "envoys",
            ("Turkey informed the Swedish ambassador of the decision.", "informed", "040"),
            ("US Ambassador John Smith was informed about the decision.", "informed", "040"),
        ),
        *rule(
            "attention",
            ("The campaign drew attention to Iran's abuses of prisoners.", "drew", "111"),
            ("The report drew attention to the plight of refugees.", "drew", None),
        ),
        *rule(
            "custody",
            ("Two journalists remained in police custody in Ankara.", "remained", "173"),
            ("A man is in custody after the shooting.", "custody", "173"),
        ),
        *rule(
            "other senses",
            ("A man pointed a gun at two officers.", "pointed", "130"),
            ("The senate will convene a special session.", "convene", None),
            ("Ten deputies voted against the motion.", "voted", "120"),
            ("Most deputies voted against it on Friday.", "voted", "120"),
            ("The minister took a swipe at Ireland's tax regime.", "took", "111"),
            ("Ghana greatly treasures its ties with Togo.", "treasures", "051"),
            ("Traders pushed up the price of copper.", "pushed", None),
            ("The party wants the commission to postpone the vote.", "wants", "020"),
            ("The government would say no to the loan.", "say", "120"),
            ("Its jets degraded the rebels' fighters near the lake.", "degraded", "190"),
            ("Moscow told Oslo to reduce its diplomatic staff.", "reduce", "166"),
            ("The carmaker will cut its staff by a tenth.", "cut", None),
            ("Youths pulled down the wall of the station.", "pulled", "1712"),
            ("The state moved the Supreme Court against the ministry.", "moved", "115"),
        ),
        *rule(
            "legal action started",
            ("Chile initiated the dispute settlement procedure.", "initiated", "115"),
            ("Peru launched arbitration against the mining firm.", "launched", "115"),
            ("The bloc started an infringement procedure against Poland.", "started", "115"),
            ("The rebels launched a new process of recruitment.", "launched", None),
        ),
        *rule(
            "boycott",
            ("The papers withdrew their reporters from any dealings with him.", "withdrew", "143"),
            ("The unions broke off all contact with the minister.", "broke", "143"),
            ("Ten firms pulled their commercials from the show.", "pulled", "163"),
            ("The banks withdrew their advertising from the paper.", "withdrew", "163"),
            ("Russia withdrew its troops from the border.", "withdrew", "0874"),
        ),
        *rule(
            "shared view",
            ("Ireland agreed with Belgium that the talks should speed up.", "agreed", "051"),
            ("Norway concurred with Denmark that the quotas had to be cut.", "concurred", "051"),
            ("Russia agreed with Ukraine to exchange prisoners.", "agreed", "030"),
        ),
        *rule(
            "protection",
            ("The tariffs will protect the steel industry.", "protect", None),
            ("The new law aims to protect jobs in the north.", "protect", None),
            ("Pakistan would take all measures to protect its security.", "protect", None),
            ("The army vowed to protect the country's territorial integrity.", "protect", None),
            ("French troops will protect the refugee camps.", "protect", "074"),
        ),
        *rule(
            "messages to an audience",
            ("The senator sent a message to his supporters on Sunday.", "sent", None),
            ("The king sent a message to the nation.", "sent", None),
            ("The president sent a message to his Kazakh counterpart.", "sent", "040"),
        ),
        *rule(
            "expressing",
            ("The minister expressed his belief that the talks would succeed.", "expressed", None),
            ("The minister expressed concern over the arrests.", "expressed", "110"),
        ),
        *rule(
            "goods ordered",
            ("Lufthansa has ordered 40 Airbus jets.", "ordered", None),
            ("Emirates, the launch customer, has ordered 30.", "ordered", None),
            ("Qantas has ordered A$4 billion in new aircraft.", "ordered", None),
            ("Indonesia ordered 42 Rafale fighters from France.", "ordered", "061"),
            ("The army ordered 300 soldiers to the border.", "ordered", "154"),
            ("The judge ordered 12 defendants released.", "ordered", "100"),
        ),
        *rule(
            "motions defeated or failing to pass",
            ("The budget bill was defeated in the lower house.", "defeated", "120"),
            ("Lawmakers defeated the pension reform bill by 12 votes.", "defeated", "120"),
            ("The Senate failed to pass the farm subsidy bill.", "failed", "120"),
            ("The farm subsidy bill failed to clear the Senate.", "failed", "120"),
            ("The candidate failed to pass the exam.", "failed", None),
            ("Government forces defeated the rebels near Goma.", "defeated", "190"),
        ),
        *rule(
            "deals signed for goods",
            ("Kenya Airways signed a deal for ten new Embraer jets.", "signed", "061"),
            ("Garuda has signed a deal for another $2 billion in aircraft.", "signed", "061"),
            ("The rebels signed an agreement for a 30-day truce.", "signed", "057"),
            ("The two leaders signed the accord for five years.", "signed", "057"),
        ),
        *rule(
            "curbing an economic quantity",
            ("The central bank moved to curb inflation.", "curb", None),
            ("Police curbed the protest in the capital.", "curbed", "170"),
        ),
        *rule(
            "currency swap lines",
            (
                "China's central bank opened a new currency swap line with Argentina.",
                "opened",
                "061",
            ),
            ("The Swiss National Bank set up a swap arrangement with Poland.", "set", "061"),
            ("The airport opened a new security line for passengers.", "opened", None),
        ),
        *rule(
            "a chamber sitting",
            ("Lawmakers will meet on Saturday in the capital.", "meet", None),
            ("Parliament will convene on Monday.", "convene", None),
            ("Lawmakers met with the finance minister on Monday.", "met", "040"),
        ),
        *rule(
            "bids",
            ("Three Korean shipyards will bid for the Polish submarine contract.", "bid", None),
            ("Two Chinese firms are bidding in the tender for the Lagos metro.", "bidding", None),
        ),
        *rule(
            "a gerund that dates the act",
            ("The contractor was suspended after breaking procurement law.", "suspended", "160"),
        ),
        *rule(
            "deposits",
            ("Qatar deposited $3 billion in the central bank of Pakistan.", "deposited", "071"),
            ("The company deposited the funds in a Swiss bank account.", "deposited", None),
        ),
        *rule(
            "a leader flying into a place visits it; forces flying in are moved",
            ("President Joseph Estrada flew into Jakarta on Tuesday.", "flew", "042"),
            ("The foreign minister flew into Kabul on Sunday.", "flew", "042"),
            ("Russian troops flew into Pristina airport.", "flew", "154"),
            ("Australia flew 1,000 troops into East Timor.", "flew", "154"),
        ),
        *rule(
            "one's own flight into exile or hiding moves no forces",
            ("The president resigned and flew into exile in Nigeria.", "flew", None),
            ("The deposed president flew into exile in Morocco.", "flew", None),
            ("The rebel leader went into hiding after the raid.", "went", None),
            ("Rebel troops flew into the capital at dawn.", "flew", "154"),
        ),
        *rule(
            "a quota cut restricts trade",
            ("Washington cut Nicaragua's sugar import quota by 90 percent.", "cut", "163"),
        ),
        *rule(
            "a freeze imposed on assets is a sanction; a joint task force set up, cooperation",
            ("The Contact Group imposed a freeze on Belgrade's assets.", "imposed", "163"),
            ("Egypt and Israel set up a joint task force on smuggling.", "set", "060"),
        ),
    ],
)
def test_verb_senses(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str | None
) -> None:
    assert cameo_of(nlp, lexicon, text, word) == cameo


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        *rule(
            "idiom",
            ("The concert was in aid of orphans.", "aid", None),
            ("Japan sent aid to the flood victims.", "aid", "070"),
        ),
        *rule(
            "emergency calls",
            ("Police were summoned by emergency calls about a man.", "calls", None),
            ("Officers responded to a 999 call about a burglary.", "call", None),
            ("Putin held a phone call with Erdogan.", "call", "041"),
        ),
        *rule(
            "release of things",
            ("The release of water from the dam was delayed.", "release", None),
            ("The release of the prisoners was delayed.", "release", "0841"),
        ),
        *rule(
            "press release",
            ("The navy said so in a press release on Friday.", "release", None),
            ("A news release from the ministry gave the figures.", "release", None),
            ("The rebels announced the release of two engineers.", "release", "0841"),
        ),
        *rule(
            "market demand",
            ("Strong demand for copper lifted prices.", "demand", None),
            ("The demand for copper lifted prices.", "demand", None),
        ),
        *rule(
            "disobedience",
            ("Activists called for civil disobedience.", "disobedience", "140"),
            ("It was wilful disobedience of the court's order.", "disobedience", None),
        ),
        *rule(
            "custody",
            ("The custody battle over the children went on.", "custody", None),
        ),
        *rule(
            "agreements in force",
            ("Both sides will implement the signed agreements.", "agreements", None),
            ("Both sides signed new agreements on trade.", "agreements", "057"),
        ),
        *rule(
            "legal proceedings",
            ("The court began proceedings against the minister.", "proceedings", "115"),
            ("The proceedings of the summit were broadcast live.", "proceedings", None),
        ),
        *rule(
            "dangers",
            ("There are new security threats in the north.", "threats", None),
            ("The rebels' threat to attack the port alarmed Kenya.", "threat", "130"),
        ),
        *rule(
            "a party's grievance",
            ("Ghana's anger at Togo's border closure grew.", "anger", "110"),
            ("Public anger at fuel prices grew.", "anger", None),
            ("The ministry voiced frustration at the delays.", "frustration", None),
            ("The ministry voiced frustration at the delays.", "voiced", "110"),
            ("Seoul's concern over the missile tests grew.", "concern", "110"),
            ("Vietnam's worries about Chinese dredging grew.", "worries", "110"),
            ("The company's main concern is cost.", "concern", None),
        ),
    ],
)
def test_noun_senses(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str | None
) -> None:
    assert cameo_of(nlp, lexicon, text, word) == cameo


@pytest.mark.parametrize(
    ("text", "hostless"),
    [
        ("Thousands of migrants came to Italy's southern shores.", True),
        ("Families set off on foot for the border.", True),
        ("The dispute set off a wave of expulsions.", True),
        ("The prime minister will fly to Kyiv for talks.", False),
        ("The premier arrived in Moscow for a three-day visit.", False),
    ],
)
def test_journeys_need_a_host(nlp: Language, text: str, hostless: bool) -> None:
    senses = SenseLexicon.from_data(_senses_section())
    verb = next(t for t in nlp(text) if t.pos_ == "VERB")
    assert is_hostless_journey(verb, senses) is hostless


def test_sense_lexicon_reads_lists_as_sets() -> None:
    senses = SenseLexicon.from_data({"about": "x", "signing": ["sign"], "petition": "020"})
    assert senses.signing == frozenset({"sign"})
    assert senses.petition == "020"
    assert Sense(None) == NO_EVENT


def _senses_section() -> dict[str, Any]:
    section: dict[str, Any] = _load_data()["supplement"]["senses"]
    return section


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The government insisted it would not allow foreign troops into the province.", None),
        ("The minister insisted he had done nothing wrong.", None),
        ("The minister insisted that Iraq must disarm.", "100"),
    ],
)
def test_insisting_on_ones_own_stand_is_no_demand(
    nlp: Language, lexicon: TriggerLexicon, text: str, cameo: str | None
) -> None:
    assert cameo_of(nlp, lexicon, text, "insisted") == cameo


@pytest.mark.parametrize(
    ("text", "hostless"),
    [
        ("The foreign minister flew back to Rome on Friday.", True),
        ("The delegation went home on Sunday.", True),
        ("The delegation returned to Nairobi on Sunday.", False),
        ("The envoy flew back to Kabul for talks with the rebels.", False),
    ],
)
def test_a_journey_home_visits_nobody(nlp: Language, text: str, hostless: bool) -> None:
    senses = SenseLexicon.from_data(_senses_section())
    verb = next(t for t in nlp(text) if t.pos_ == "VERB")
    assert is_hostless_journey(verb, senses) is hostless


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        ("Ankara said it would not accept foreign monitors on its soil.", "accept", "120"),
        ("Hanoi will never accept foreign bases in the region.", "accept", "120"),
        ("The minister would not accept responsibility for the crash.", "accept", None),
        ("The president accepted the new ambassador's credentials.", "accepted", None),
    ],
)
def test_an_acceptance_refused_rejects(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str | None
) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.text == word)
    coding = lexicon.code(verb)
    intent = intent_coding(verb, coding) if coding is not None else None
    assert (intent.cameo if intent is not None else None) == cameo


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Belgium handed the disputed enclave to the Netherlands on Monday.", "0842"),
        ("Kenyan police handed the three suspects to Ugandan authorities.", "063"),
        ("Gunmen handed the kidnapped engineers to Nigerian officials.", "0841"),
        ("The envoy handed a letter from the king to President Chirac.", None),
        ("The minister handed over a cheque to the Red Cross.", "071"),
    ],
)
def test_handing_to_a_party_is_handing_over(
    nlp: Language, lexicon: TriggerLexicon, text: str, cameo: str | None
) -> None:
    assert cameo_of(nlp, lexicon, text, "handed") == cameo


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("France cast its veto against the draft on Monday.", "120"),
        ("China used its veto to block the resolution.", "120"),
    ],
)
def test_a_veto_cast_rejects(nlp: Language, lexicon: TriggerLexicon, text: str, cameo: str) -> None:
    verb = next(t for t in nlp(text) if t.pos_ == "VERB")
    assert cameo_of(nlp, lexicon, text, verb.text) == cameo


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        *rule(
            "doer is a thing",
            ("Tall pine trees surround the lake.", "surround", None),
            ("The statue was inspired by an old coin.", "inspired", None),
            ("The treaty protects only migratory birds.", "protects", None),
            ("Rebels surrounded the airport on Friday.", "surrounded", "190"),
            ("Peacekeepers protected the convoy.", "protected", "074"),
        ),
        *rule(
            "force of nature",
            ("A cyclone hit the island on Monday.", "hit", None),
            ("Rebels hit an army convoy on Monday.", "hit", "190"),
        ),
        *rule(
            "manner",
            ("The author spoke with warmth about her father.", "spoke", None),
            ("The envoy spoke with rebel leaders in Kampala.", "spoke", "040"),
        ),
        *rule(
            "idiom",
            ("Investors tend to avoid risky bonds.", "tend", None),
            ("The driver pleaded guilty to speeding.", "pleaded", None),
            ("The defender was sent off in the first half.", "sent", None),
            ("Bank shares rallied on Friday.", "rallied", None),
        ),
        *rule(
            "thing undergone",
            ("The museum charges a small fee for entry.", "charges", None),
            ("Police charged three men with murder.", "charged", "1121"),
            ("The painting captures the light of the harbour.", "captures", None),
            ("The army captured the port.", "captured", "171"),
            ("She occupied the post of treasurer for ten years.", "occupied", None),
            ("The club overcame its financial problems.", "overcame", None),
            ("The actor plans to donate his liver.", "donate", None),
            ("The hotel offers discounts in winter.", "offers", None),
            ("The student wants to research the history of the town.", "research", None),
        ),
        *rule(
            "wielder",
            ("The farm uses drones to spray its crops.", "uses", None),
            ("Syrian troops used helicopters in the attack.", "used", "090"),
        ),
        *rule(
            "statement",
            ("The director expressed that the show would tour Asia.", "expressed", None),
        ),
        *rule(
            "purchase",
            ("The family plans to buy a bigger house.", "buy", None),
            ("The council wants to purchase new buses.", "purchase", None),
            ("Egypt agreed to buy Russian wheat.", "buy", "061"),
        ),
        *rule(
            "compromise",
            ("The leak could compromise the safety of the crew.", "compromise", None),
        ),
        *rule(
            "support by a thing",
            ("The new rules support the growth of small firms.", "support", None),
            ("Brazil supports the resolution.", "supports", "050"),
        ),
    ],
)
def test_everyday_verb_senses(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str | None
) -> None:
    assert cameo_of(nlp, lexicon, text, word) == cameo


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        ("The patient was kept on life support for a week.", "support", None),
        ("The new phone adds support for faster charging.", "support", None),
        ("France voiced its support for the plan.", "support", "050"),
        ("The series has broad appeal among teenagers.", "appeal", None),
        ("The couple took out a home loan last year.", "loan", None),
        ("The bishop made an appeal for calm.", "appeal", "020"),
        ("The study looks at the mediation of stress by sleep.", "mediation", None),
        ("Norway offered its mediation between the two sides.", "mediation", "045"),
        ("The weekend brings concerts, rallies and fireworks.", "rallies", None),
        ("The opposition staged rallies in three cities.", "rallies", "141"),
    ],
)
def test_everyday_noun_senses(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str | None
) -> None:
    assert cameo_of(nlp, lexicon, text, word) == cameo


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        *rule(
            "truce in force",
            ("The ceasefire took effect at dawn on Monday.", "ceasefire", "087"),
            ("The truce came into force on Sunday, officials said.", "truce", "087"),
            ("The ceasefire will take effect at midnight.", "ceasefire", "0871"),
            ("The rebels declared a ceasefire on Sunday.", "ceasefire", "0871"),
        ),
    ],
)
def test_a_truce_in_force_is_carried_out(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str
) -> None:
    assert cameo_of(nlp, lexicon, text, word) == cameo


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        ("Weaker demand may be to blame for the drop in sales.", "blame", None),
        ("Bankers blamed the strong franc for the slump.", "blamed", None),
        ("The losses were blamed on the cold winter.", "blamed", "112"),
        ("Jordan blamed Syria for the shelling.", "blamed", "112"),
        ("Officials said the rebels were to blame for the raid.", "blame", "112"),
    ],
)
def test_blame_laid_on_a_thing_accuses_nobody(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str | None
) -> None:
    assert cameo_of(nlp, lexicon, text, word) == cameo


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        ("Fiji has negotiated the sale of two patrol boats.", "negotiated", "030"),
        ("Laos negotiates purchase of 4 Chinese trains", "negotiates", "030"),
        ("Fiji and Tonga are negotiating a fishing accord.", "negotiating", "046"),
        ("Fiji negotiated with Tonga for two days.", "negotiated", "046"),
        ("Fiji negotiated a deal between Tonga and Samoa.", "negotiated", "046"),
    ],
)
def test_a_deal_negotiated_is_reached(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str | None
) -> None:
    assert cameo_of(nlp, lexicon, text, word) == cameo


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        ("Chile's minister called the late poet a visionary.", "called", "051"),
        ("The envoy described the dead mediator as a peacemaker.", "described", "051"),
        ("We love Norway and its people, the president said.", "love", "051"),
        ("I love cycling, the champion said.", "love", None),
    ],
)
def test_praise_named_or_loved(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str | None
) -> None:
    assert cameo_of(nlp, lexicon, text, word) == cameo


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Aid agencies warned that millions faced famine in the region.", None),
        ("The health agency warned that cholera was spreading in the camps.", None),
        ("China warned Taiwan that independence would mean war.", "130"),
        ("Washington warned that Iran would face consequences over famine relief.", "130"),
    ],
)
def test_a_warning_of_hardship_threatens_nobody(
    nlp: Language, lexicon: TriggerLexicon, text: str, cameo: str | None
) -> None:
    assert cameo_of(nlp, lexicon, text, "warned") == cameo


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        *rule(
            "particle read as a count",
            ("The rebels will hand over 62 captured soldiers.", "hand", "0841"),
        ),
        *rule(
            "mass expulsion counted by its object",
            ("Soldiers drove thousands of villagers from their homes.", "drove", "201"),
            ("Soldiers drove 40 families from their homes.", "drove", "174"),
        ),
        *rule(
            "withdrawal from a place under an accord",
            ("The fighters withdrew from the port under the agreement.", "withdrew", "0874"),
            ("Russia withdrew from the treaty on Friday.", "withdrew", "160"),
            ("The company withdrew its bid for the bank.", "withdrew", None),
        ),
        *rule(
            "a closure eased",
            ("Israel eased its closure of the territory on Sunday.", "eased", "0872"),
        ),
        *rule(
            "inspectors barred",
            ("Iran barred the inspectors from the site.", "barred", "1245"),
        ),
        *rule(
            "backing a call",
            ("The party backed the president's call for early elections.", "backed", "051"),
        ),
        *rule(
            "trade resumed",
            ("Russia resumed gas deliveries to Ukraine on Tuesday.", "resumed", "061"),
            ("The agency resumed aid deliveries to the region.", "resumed", "070"),
        ),
        *rule(
            "sanctions adopted",
            ("The European Union adopted new sanctions against Iran.", "adopted", "163"),
        ),
        *rule(
            "property seized",
            ("Police seized the printing presses of the newspaper.", "seized", "1711"),
        ),
    ],
)
def test_type_boundaries_drawn_by_arguments(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str | None
) -> None:
    assert cameo_of(nlp, lexicon, text, word) == cameo


def test_every_verb_list_read_by_verb_sense_is_gathered() -> None:
    """`verb_sense` skips a verb in none of `SENSE_VERB_LISTS`: every list of verbs its rules
    test a lemma against must be among them, or that rule would never be reached."""
    source = "".join(
        inspect.getsource(f) for f in (trigger_senses.verb_sense, trigger_senses._everyday_sense)
    )
    read = set(re.findall(r"lemma in senses\.(\w+)", source))
    read |= {verbs for verbs, _ in trigger_senses._OBJECT_LISTS}
    assert read <= set(trigger_senses.SENSE_VERB_LISTS)


def test_verb_in_no_sense_list_keeps_lexicon_reading(nlp: Language) -> None:
    senses = SenseLexicon.from_data({"signing": ["sign"]})
    assert senses.sense_verbs == frozenset({"sign"})
    verb = next(t for t in nlp("The envoy visited the capital.") if t.text == "visited")
    assert trigger_senses.verb_sense(verb, "visit", senses) is None


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        *rule(
            "postponing names no event of its own",
            ("The government would postpone large infrastructure projects.", "postpone", None),
            ("The ministry deferred the decision on the new airport.", "deferred", None),
        ),
        *rule(
            "talks ended or concluded after days of them were held, no ties cut",
            ("Barak and Arafat ended two weeks of talks at Camp David.", "ended", "046"),
            ("Greek and Turkish negotiators concluded their talks in Geneva.", "concluded", "046"),
            ("Israel abruptly ended talks with Syria.", "ended", "160"),
        ),
        *rule(
            "a weapon named against by 'anti-' is not the one that fires",
            ("Yugoslav anti-aircraft batteries opened fire on the planes.", "opened", "193"),
            ("Yugoslav aircraft opened fire on the convoy.", "opened", "195"),
        ),
        *rule(
            "arms sent into a place are deployed there, arms sent to a party given",
            ("Russia sent tanks into South Ossetia.", "sent", "154"),
            ("The United States sent tanks to Ukraine.", "sent", "072"),
        ),
        *rule(
            "a person handed to a court or tribunal is sent to be tried",
            ("Serbia handed Karadzic over to the U.N. war crimes tribunal.", "handed", "063"),
            ("Karadzic will be handed over to the tribunal in The Hague.", "handed", "063"),
            ("Iraq handed over the bodies of two soldiers to Iran.", "handed", "0841"),
        ),
        *rule(
            "a motion of no confidence or censure criticises; a law pushed through is no appeal",
            ("Opposition lawmakers filed a motion of no confidence against him.", "motion", "110"),
            ("The opposition tabled a censure motion against the cabinet.", "motion", "110"),
            ("The government pushed the reform through parliament.", "pushed", None),
            ("Kyiv pushed for more air defence systems.", "pushed", "0212"),
        ),
        *rule(
            "fire returned is fighting, jets returned are property given back",
            ("Indian troops returned fire and scrambled jets.", "returned", "190"),
            ("Iraq returned the Kuwaiti jets seized in 1990.", "returned", "0842"),
        ),
        *rule(
            "orders and contracts won are trade, whatever they are for",
            ("Airbus won orders for 50 jets from Qatar Airways.", "won", "061"),
            ("Boeing secured a contract from the U.S. Air Force.", "secured", "061"),
            ("Ukraine received tanks from Poland.", "received", "072"),
        ),
    ],
)
def test_verb_defaults_and_patterns_news_means(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, cameo: str | None
) -> None:
    assert cameo_of(nlp, lexicon, text, word) == cameo
