"""Agent nouns joined to the country or body that owns them.

The owner stands right before the noun ("Russian forces" -> RUS MIL, "Hungarian and Romanian
officials" -> HUN GOV and ROU GOV, "UN officials", "Russian-installed officials") or after
"of"/"from"/"in" ("the foreign ministers of France and Germany", "officials in Moscow"); not in
"its ambassador from Mali" (the ambassador is the speaker's own) nor in "US troops in Syria"
(troops are often abroad). Aides and spokespeople serve the principal after "to"/"for" ("an aide
to Zelensky"), and a spokesman the owned body that possesses him ("the Israeli military's
spokesman").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Token

from dyads.stages.actor_agent_nouns import VOICE_NOUNS, AgentSpans
from dyads.stages.actor_merges import merge_named_bodies, scope_to_owner
from dyads.stages.actor_named_bodies import body_sector, names_another_body
from dyads.stages.actor_patterns import (
    BODY_KINDS,
    GOVERNMENT_NOUNS,
    PARTY_COUNTRIES,
    POSSESSIVE_DETERMINERS,
    STATE_NOUNS,
    STATE_OWNED,
    STATE_SECTORS,
    Mention,
    sentence_starts,
)
from dyads.stages.actor_placement import located_states
from dyads.stages.actor_town_names import is_town_mention
from dyads.stages.actor_towns import BODY_LEVELS, is_town_of

# Words that start a sentence capitalised but name no people: "Local officials in X" are X's.
GENERIC_MODIFIERS = frozenset(
    {"local", "provincial", "regional", "municipal", "district", "state", "city", "federal"}
    | {"senior", "top", "government", "security", "many", "some", "two", "three"}
)
# Plural agents whose "in X" makes them X's: officials, police, civilians, rebels.
IN_PLACE_SECTORS = frozenset(
    {"GOV", "COP", "JUD", "LEG", "SPY", "CVL", "LAB", "OPP", "REB", "UAF", "REL"}
)
SINGULAR_IN_PLACE_SECTORS = frozenset({"CVL", "LAB", "OPP", "REL", "LEG"})
# Media outlets are published where they are, unlike reporters, who travel: "a newspaper in
# Algiers" is Algeria's, "a reporter in Kyiv" may be anyone's.
OUTLET_NOUNS = frozenset({"newspaper", "daily", "weekly", "broadcaster", "station", "channel"})
# Bodies of a state that sit in its own capital, never abroad: "the health ministry in Kinshasa
# confirmed" is that state's (an embassy is not).
SEATED_BODY_NOUNS = frozenset({"ministry", "ministries"})
# Agent nouns for a party's own leaders and voices: "Labour leader X" is the party's (PTY).
LEADER_NOUNS = frozenset(
    {"leader", "leaders", "leadership", "chairman", "chairwoman", "spokesman", "spokeswoman"}
    | {"spokesperson", "chief", "head", "official", "officials", "member", "members"}
    | {"president", "chairperson", "secretary", "secretary-general"}
)
# A people's leaders are its elites (ELI); its "officials" are those of a government of its own.
ELITE_NOUNS = frozenset({"leader", "leaders", "leadership", "chief", "chiefs", "elders"})
FIGHTER_NOUNS = frozenset({"fighter", "fighters"})
# Armed groups of no state: their commanders and officials are of the group's sector.
ARMED_GROUP_SECTORS = frozenset({"REB", "UAF"})
POSSESSIVE = ("'s", "’s")
# "Russian-installed officials", "Hamas-run health ministry": the body is the owner's, whatever
# its own sector ("-backed", "-linked" or "-allied" say no such thing: "Iran-backed militias").
OWNING_PARTICIPLES = frozenset({"run", "installed", "appointed", "controlled", "operated", "owned"})
# People who serve a principal named after "to"/"for": "an aide to Zelensky", "a spokesperson
# for the Kenyan police" are of the person's or body's state and sector.
SERVANT_NOUNS = frozenset(
    {"aide", "aides", "adviser", "advisers", "advisor", "advisors"}
    | {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"}
)
SERVANT_KINDS = BODY_KINDS | {"person", "agent"}


def attach_agents(
    doc: Doc,
    mentions: list[Mention],
    agents: AgentSpans,
    placements: dict[str, tuple[str, ...]],
) -> list[Mention]:
    """The mentions with each owned agent noun and its owner made one agent mention."""
    by_end = {m.end: m for m in mentions}
    by_start = {m.start: m for m in mentions}
    replaced: dict[int, list[Mention]] = {}  # mention start -> its replacements
    servants = _servants(doc, agents, by_start)
    served = {m.start for m in servants}
    covered = {i for end, (start, _) in agents.items() for i in range(start, end)}
    for end, (start, sector) in sorted(agents.items()):
        if start in served:
            continue
        noun = _agent_noun(doc, start, end)
        owner = _owner_by_participle(doc, start, by_end)
        if owner is not None:
            replaced[owner.start] = [
                Mention(owner.start, end, owner.name, "agent", owner.code, sector)
            ]
            continue
        leader = by_end.get(start)
        if leader is not None and leader.kind == "person" and leader.code is not None:
            if doc[start:end].text.lower() in GOVERNMENT_NOUNS:  # "the Trump administration"
                name = f"{leader.name} {doc[start:end].text}"
                replaced[leader.start] = [
                    Mention(leader.start, end, name, "agent", leader.code, "GOV")
                ]
            continue
        commander = _armed_possessor(doc, start, by_end)
        if commander is not None and sector == "MIL":
            # "Aidid's forces", "Kony's fighters": the armed group its leader commands.
            replaced[commander.start] = [
                commander,
                Mention(start, end, commander.name, "agent", commander.code, commander.sector),
            ]
            continue
        bodies = _bodies_before(doc, start, by_end, sector)
        if bodies:
            *earlier, last = bodies
            for body in earlier:
                replaced[body.start] = [
                    _as_agent(body, body.start, body.end, sector, noun, placements)
                ]
            owned = _as_agent(last, last.start, end, sector, noun, placements)
            if sector == "GOV" and names_another_body(doc, last.end, start, covered):
                # "Oman Film Society president": the society's, in the state's name.
                owned = replace(owned, sector=body_sector(doc, start))
            state = _state_of_shared_name(doc, last, by_end, placements)
            if state is not None:
                # "Ghana Football Association president", "Israeli Labour MPs": a name several
                # states' bodies share is that of the state named right before it.
                owned = replace(owned, start=state.start, code=state.code, entry=None)
                replaced[state.start] = [owned]
                replaced[last.start] = []
                continue
            replaced[last.start] = [owned]
            continue
        after = _body_after(doc, start, end, sector, by_start)
        if after is not None:
            replaced[after.start] = [_as_agent(after, start, after.end, sector, noun, placements)]
            if doc[end - 1].tag_ in ("NNS", "NNPS"):  # "ministers of France and Germany"
                for other in _conjoined_states(doc, after, by_start):
                    replaced[other.start] = [
                        _as_agent(other, other.start, other.end, sector, noun, placements)
                    ]
    result: list[Mention] = list(servants)
    for mention in mentions:
        result.extend(replaced.get(mention.start, [mention]))
    result.sort(key=lambda m: m.start)
    result = _owned_voices(doc, scope_to_owner(doc, merge_named_bodies(result)), agents)
    return _members_of_bodies(doc, result, agents)


# Prepositions that tie a person to the body he belongs to or works at: "a lawmaker from
# Japan's ruling party", "journalists at a Kenyan newspaper", "officials of Russia's ministry".
MEMBER_PREPOSITIONS = frozenset({"of", "from", "at"})
MEMBER_DETERMINERS = frozenset({"the", "a", "an"})
# Nouns that say only that one belongs to a body: they take the body's sector ("a
# representative of Brunei's embassy" is GOV, not a legislator).
GENERIC_MEMBERS = frozenset(
    {"representative", "representatives", "member", "members", "delegate", "delegates"}
    | {"official", "officials", "employee", "employees", "staff", "worker", "workers"}
)


def _members_of_bodies(doc: Doc, mentions: list[Mention], agents: AgentSpans) -> list[Mention]:
    """An agent noun with no owner of its own, before "of"/"from"/"at" and a state's body or an
    armed group, is a member of that body: the body's state with the noun's own sector (a
    lawmaker from a ruling party is LEG, journalists at a newspaper MED), or the body's for a
    noun that says only that ("a representative of Brunei's embassy") or for an armed group's
    fighters and commanders; the mention covers both."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    by_start = {m.start: m for m in mentions}
    joined: dict[int, Mention] = {}
    for end, (start, sector) in agents.items():
        if any(i in taken for i in range(start, end)) or end + 1 >= len(doc):
            continue
        if doc[end].lower_ not in MEMBER_PREPOSITIONS:
            continue
        k = end + 1
        if doc[k].lower_ in MEMBER_DETERMINERS:
            k += 1
        body = by_start.get(k)
        if body is None or body.code is None:
            continue
        armed = body.sector in ARMED_GROUP_SECTORS
        # "guerrillas of the African National Congress": a party's armed men are rebels, as
        # "ANC guerrillas" are (_as_agent).
        party_arms = body.sector in ("PTY", "OPP") and sector in ARMED_GROUP_SECTORS
        grouped = body.kind in ("org", "group")
        if body.kind != "agent" and not ((armed or party_arms) and grouped):
            continue
        own = body.sector if doc[end - 1].lower_ in GENERIC_MEMBERS else sector
        if armed and own in STATE_SECTORS | ARMED_GROUP_SECTORS:
            # "the commander of Hamas's military wing", "fighters of the FARC": members of an
            # armed group of no state are of the group's sector, not a state's soldiers.
            own = body.sector
        joined[body.start] = Mention(start, body.end, body.name, "agent", body.code, own)
    if not joined:
        return mentions
    return sorted((joined.get(m.start, m) for m in mentions), key=lambda m: m.start)


def _owned_voices(doc: Doc, mentions: list[Mention], agents: AgentSpans) -> list[Mention]:
    """A spokesman whose possessor is an owned body speaks for it, modifiers between: "the
    Israeli military's Arabic-language spokesman" is ISR MIL, as "army spokesman" is MIL."""
    by_token = {i: m for m in mentions if m.kind == "agent" for i in range(m.start, m.end)}
    replaced: dict[int, Mention] = {}
    for end, (start, _) in agents.items():
        voice = doc[end - 1]
        if voice.lower_ not in VOICE_NOUNS:
            continue
        for owner in (c for c in voice.children if c.dep_ == "poss" and c.i in by_token):
            body = by_token[owner.i]
            if body.code is None or (body.start <= start < body.end and owner.i + 1 not in agents):
                continue
            # The body's own noun decides when the voice already joined it ("army's spokesman").
            sector = agents[owner.i + 1][1] if owner.i + 1 in agents else body.sector
            replaced[body.start] = replace(body, end=max(end, body.end), sector=sector)
            break
    return [replaced.get(m.start, m) for m in mentions]


def _owner_by_participle(doc: Doc, start: int, by_end: dict[int, Mention]) -> Mention | None:
    """The owner named in "OWNER-run" or "OWNER-installed" before an agent noun, at most one
    other modifier between ("Hamas-run health ministry")."""
    for k in range(start, max(2, start - 2) - 1, -1):
        word = doc[k - 1]
        hyphen = doc[k - 2]
        if word.lower_ in OWNING_PARTICIPLES and hyphen.text == "-" and not hyphen.whitespace_:
            owner = by_end.get(k - 2)
            if owner is not None and owner.kind in BODY_KINDS and owner.code is not None:
                return owner
            return None
        if not (word.pos_ in ("ADJ", "NOUN", "PROPN") and word.is_lower):
            return None
    return None


def _servants(doc: Doc, agents: AgentSpans, mentions_by_start: dict[int, Mention]) -> list[Mention]:
    """Aides, advisers and spokespeople of the principal after "to"/"for", with the
    principal's state and sector (a body's own agent noun decides: "a spokesperson for the
    Kenyan police" is KEN COP; a state's or an international body's, the noun's own). The
    principal keeps its own mention."""
    found = []
    by_start = _agents_by_start(agents)
    for end, (start, sector) in sorted(agents.items()):
        if doc[end - 1].lower_ not in SERVANT_NOUNS or end + 1 >= len(doc):
            continue
        if doc[end].lower_ not in ("to", "for"):
            continue
        k = end + 1 + (doc[end + 1].lower_ == "the")
        principal = mentions_by_start.get(k)
        if principal is None or principal.kind not in SERVANT_KINDS or principal.code is None:
            continue
        chosen = principal.sector
        if principal.end in by_start:  # "the Kenyan police": the body's own agent noun
            chosen = by_start[principal.end][1]
        else:
            body = principal.code[:3] in ("IGO", "NGO", "IMG")  # "for the UN": the UN itself
            if principal.kind in ("country", "capital") or (chosen is None and not body):
                chosen = sector
        found.append(Mention(start, end, principal.name, "agent", principal.code, chosen))
    return found


def _agents_by_start(agents: AgentSpans) -> dict[int, tuple[int, str]]:
    """The agent phrases keyed by their start token: start -> (end, sector)."""
    return {start: (end, sector) for end, (start, sector) in agents.items()}


def _agent_noun(doc: Doc, start: int, end: int) -> str:
    """The head noun of an agent phrase, lower case; for fighters named by a longer phrase
    ("opposition fighters") or with an adjective before them, the words, as "foreign fighters"
    are militants abroad, not a state's forces."""
    noun = doc[end - 1].lower_
    if noun == "general" and any(t.lower_ == "secretary" for t in doc[start:end]):
        return "secretary-general"  # "MDC secretary-general": the party's, as its leader is
    if noun in FIGHTER_NOUNS and end - start > 1:
        return doc[start:end].text.lower()  # "opposition fighters": the phrase's own sector
    before = doc[start - 1] if start > 0 else None
    if noun in FIGHTER_NOUNS and before is not None and before.is_lower and before.pos_ == "ADJ":
        return f"{before.lower_} {noun}"
    return noun


def _as_agent(
    body: Mention,
    start: int,
    end: int,
    sector: str,
    noun: str,
    placements: dict[str, tuple[str, ...]],
) -> Mention:
    """The agent noun's mention, coded with the body before or after it."""
    keep = body.sector is not None and body.kind in ("org", "group", "media")
    placed = body.entry is not None and body.entry.name in placements
    if placed and body.sector == "CVL":
        # A people named by a word that is also its plural ("Rohingya", "Sinhalese") before an
        # agent noun only qualifies it: "Rohingya refugees" are refugees, "Rohingya militants"
        # rebels; the people's own sector is for the word standing alone.
        keep = False
    if keep and body.sector in ("PTY", "GOV") and sector in STATE_SECTORS:
        # "Labour MP", "Likud ministers", "Sandinista army", "Taliban fighters": members of
        # a party (or ruling group) in office; but "Labour leader" is the party's.
        keep = sector == "GOV" and noun in LEADER_NOUNS
    if not keep and sector == "GOV" and (body.code or "")[:3] in ("IGO", "NGO", "IMG"):
        keep = True  # "UN officials" are the UN itself, not a government
    if keep and sector == "MED" and body.sector in STATE_SECTORS:
        keep = False  # "a White House correspondent" reports on the White House
    if keep and body.sector in ("PTY", "OPP") and sector in ARMED_GROUP_SECTORS:
        keep = False  # "ANC guerrillas", "RENAMO rebels": a party's armed men are rebels
    if keep and body.sector == "BUS" and sector == "LAB":
        keep = False  # "Boeing workers", "Samsung employees": a company's workforce is labour
    chosen = body.sector if keep else sector
    if noun in FIGHTER_NOUNS and body.kind in ("country", "capital"):
        chosen = "MIL"  # "Soviet fighters": a state's fighters are its air force or army
    if noun == "executive" and sector == "BUS" and body.kind in ("country", "capital", "place"):
        chosen = "GOV"  # a chief executive heads a company, but a state's its government
    if placed and body.sector in (None, "CVL") and sector == "GOV" and noun in ELITE_NOUNS:
        chosen = "ELI"  # "Yoruba leaders", "Kurdish leaders": a people's elites
    entry = body.entry if placed else None
    return Mention(start, end, body.name, "agent", body.code, chosen, entry)


# Sectors of the people a town or province before their noun places there: its own state
# bodies, and those who work there ("Oklahoma teachers", "Karachi traders"), but not fighters or
# gangs, who may come from anywhere, nor civilians named by the town alone ("Yangon residents"
# leave the town a place).
LOCAL_SECTORS = STATE_SECTORS | {"LAB", "AGR", "EDU", "BUS", "MED", "HLH", "REL", "OPP"}
# Entity types of a place name that is no province or town before an agent noun ("Gulf
# states": a sea, not Papua New Guinea's Gulf province).
NOT_PROVINCE_ENTITIES = frozenset({"LOC", "FAC", "PERSON", "NORP"})


def _state_of_shared_name(
    doc: Doc, body: Mention, by_end: dict[int, Mention], placements: dict[str, tuple[str, ...]]
) -> Mention | None:
    """The state named right before a body's name that several states' bodies share ("Ghana"
    of "Ghana Football Association", "Israeli" of "Israeli Labour"), as ``national_groups``
    places the name alone; also a state's possessive before lower-case modifiers of the name
    ("Burundi's first elected Hutu president")."""
    if body.kind != "group" or body.entry is None or body.entry.name not in placements:
        return None
    state = by_end.get(body.start) or by_end.get(_possessor_end(doc, body.start))
    if state is None or state.kind != "country" or len(state.code or "") != 3:
        return None
    return state


def _possessor_end(doc: Doc, start: int) -> int:
    """Where a possessor before lower-case modifiers ends ("Burundi" of "Burundi's first
    elected Hutu"), or -1 when no possessive comes before them."""
    i = start
    while i > 0 and _modifies_the_name(doc[i - 1]):
        i -= 1
    if i == start or i == 0 or doc[i - 1].text not in POSSESSIVE:
        return -1
    return i - 1


def _modifies_the_name(token: Token) -> bool:
    """A lower-case modifier of a name ("first", "elected", "democratically")."""
    return token.is_lower and token.dep_ in _MODIFIER_DEPS and token.pos_ in _MODIFIER_POS


_MODIFIER_DEPS = frozenset({"amod", "advmod", "nummod"})
_MODIFIER_POS = frozenset({"ADJ", "ADV", "VERB", "NUM"})


# Sectors of armed groups whose leader's forces are the group's, not a state's army.
_ARMED_GROUP_SECTORS = frozenset({"REB", "UAF", "INS"})


def _armed_possessor(doc: Doc, start: int, by_end: dict[int, Mention]) -> Mention | None:
    """The leader of an armed group named in a possessive right before an agent noun
    ("Aidid's forces"), or None."""
    if start < 2 or doc[start - 1].text not in POSSESSIVE:
        return None
    leader = by_end.get(start - 1)
    if leader is None or leader.kind != "person" or leader.code is None:
        return None
    return leader if leader.sector in _ARMED_GROUP_SECTORS else None


def _bodies_before(doc: Doc, start: int, by_end: dict[int, Mention], sector: str) -> list[Mention]:
    """Countries or bodies right before an agent noun, with coordination."""
    k = start
    skipped = 0
    while k not in by_end and k > 0 and (skipped < 2 or doc[k - 1].text in POSSESSIVE):
        token = doc[k - 1]
        modifier = token.pos_ in ("ADJ", "PROPN") or (token.pos_ == "NOUN" and token.is_lower)
        modifier = modifier or (token.tag_ == "VBG" and token.is_lower)  # "warring militias"
        # "Thailand's three main opposition parties": a number written in words counts them.
        modifier = modifier or (token.pos_ == "NUM" and token.is_alpha and token.is_lower)
        # "Chinese state-owned companies": a common word joined by a hyphen modifies too (not
        # an owner's name: "Iran-backed militias" are not Iran's).
        joined = k >= 3 and doc[k - 2].text == "-" and doc[k - 3].is_lower
        hyphen = token.text == "-" and k >= 2 and doc[k - 2].is_lower
        modifier = modifier or hyphen or (token.tag_ == "VBN" and token.is_lower and joined)
        if token.text in ("'s", "’s") or modifier:
            k -= 1
            # "state-run" counts once, as one modifier.
            skipped += not (token.text in ("'s", "’s", "-") or (modifier and joined))
            continue
        break
    bodies: list[Mention] = []
    place = by_end.get(k)
    if place is not None and place.kind == "place" and place.code and doc[k].text in POSSESSIVE:
        return [place]  # "Gaza's health ministry": a body of the place's country
    local = sector in LOCAL_SECTORS and doc[start].lower_ not in STATE_NOUNS  # "Kaduna state"
    if place is not None and place.kind == "place" and place.code and local:
        # "Texas officials", "Karachi police": local arms of the state (not "Gulf states");
        # "Oklahoma teachers", "Punjab farmers": people who live and work there.
        label = doc[place.end - 1].ent_type_
        if label not in NOT_PROVINCE_ENTITIES:
            return [place]
        if label == "PERSON" and any(t.lower_ in BODY_LEVELS for t in doc[place.end : start]):
            return [place]  # "the Oromia regional police": no person has a regional police
        # "a Saskatoon police officer": a town the tagger reads as a location still is one.
        return [place] if label == "LOC" and is_town_of(place.name, place.code) else []
    while k in by_end and by_end[k].kind in BODY_KINDS:
        body = by_end[k]
        bodies.insert(0, body)
        k = body.start
        if k >= 2 and doc[k - 1].lower_ in ("and", ",", "or") and k - 1 in by_end:
            k -= 1
        else:
            break
    return bodies


# Words that say people are not of the place they are in or come from.
_OUTSIDERS = frozenset({"foreign", "international", "expatriate", "overseas", "visiting"})


def _body_after(
    doc: Doc, start: int, end: int, sector: str, by_start: dict[int, Mention]
) -> Mention | None:
    """A country after "of"/"from"/"in" ("officials from Hungary", "the leader of the
    DPRK"), unless the agent already has an owner: "its ambassador from Mali" is the
    speaker's own, and "Rohingya refugees in Bangladesh" are named by their own people."""
    if end >= len(doc) or doc[end].lower_ not in ("of", "from", "in"):
        return None
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in POSSESSIVE_DETERMINERS:
        return None
    if before is not None and before.lower_ in _OUTSIDERS:
        return None  # "expelled foreign journalists from Belgrade": not Belgrade's own
    named = (
        before is not None
        and before.text[:1].isupper()
        and before.pos_ != "DET"  # "A Methodist minister in Fiji"
        and before.lower_ not in PARTY_COUNTRIES  # "Republican lawmakers in Texas"
        and not (before.is_sent_start and before.lower_ in GENERIC_MODIFIERS)
    )
    state_owned = doc[start].lower_ in STATE_OWNED  # "state media in Russia" are Russia's
    if (
        doc[end].lower_ == "in"
        and not state_owned
        and (not _in_place(doc[end - 1], sector) or named)
    ):
        # "officials in Moscow" are Moscow's, but not "the embassy in Manila", nor troops
        # and refugees, who are so often abroad ("US troops in Syria"), nor gangs or
        # businesses, which "in" does not say are the state's.
        return None
    k = end + 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    body = by_start.get(k)
    if body is not None and body.end < len(doc) and doc[body.end].text in POSSESSIVE:
        after = doc[body.end + 1] if body.end + 1 < len(doc) else None
        region = after is not None and after.pos_ == "PROPN" and doc[end].lower_ == "in"
        if not (region and body.kind == "country"):
            return None  # "a lawmaker from Japan's ruling party": a member of the party
        return body  # "officials in India's Kashmir": a region of that state
    if body is not None and doc[end].lower_ == "in" and _in_two_states(doc, body, by_start):
        return None  # "200 people in Nairobi and Dar es Salaam": no one state's
    if body is not None and body.kind in ("country", "capital"):
        return body
    if body is not None and body.kind == "place" and body.code is not None:
        return body  # "the governor of Texas", "police in Karachi"; not "gangs in X"
    return None


def _in_two_states(doc: Doc, place: Mention, by_start: dict[int, Mention]) -> bool:
    """Whether a place after "in" is listed with a place of another state ("in Turkey and
    Syria")."""
    k = place.end
    if k + 1 >= len(doc) or doc[k].lower_ not in ("and", ",", "or"):
        return False
    k += 2 if doc[k].text == "," and doc[k + 1].lower_ in ("and", "or") else 1
    other = by_start.get(k)
    return other is not None and other.code is not None and other.code != place.code


def _in_place(noun: Token, sector: str) -> bool:
    """Whether an agent noun before "in" and a place is the place's: plural officials,
    police or civilians, or one person of a sector that lives where it works as the subject
    ("a lawmaker in Serbia said", "a Methodist minister in Fiji led prayers"); not one
    official, who may be posted abroad, nor a body where it sits ("parliament in Nairobi").
    Army officers acting in a state are its own ("Army officers in Mali seized power"), unlike
    troops, who may be foreign ("troops in Syria").
    """
    if sector == "MIL" and noun.lemma_.lower() == "officer" and noun.dep_ in ("nsubj", "nsubjpass"):
        return True  # "Army officers in Mali seized power": a state's own officer corps
    if noun.tag_ in ("NNS", "NNPS"):
        return sector in IN_PLACE_SECTORS
    if sector == "MED" and noun.lower_ in OUTLET_NOUNS:
        return noun.dep_ in ("nsubj", "nsubjpass")  # "a newspaper in Algiers said": its own
    if noun.lower_ in SEATED_BODY_NOUNS:
        return noun.dep_ in ("nsubj", "nsubjpass")  # "the ministry in Hanoi said": its own
    return sector in SINGULAR_IN_PLACE_SECTORS and noun.dep_ in ("nsubj", "nsubjpass")


def _conjoined_states(doc: Doc, first: Mention, by_start: dict[int, Mention]) -> list[Mention]:
    """The countries listed after a first one: "France, Italy and Germany". A state after a
    town and a comma is where the town is ("Atlanta, Georgia"), not another owner."""
    found: list[Mention] = []
    k = first.end
    town = first.kind == "place" or is_town_mention(first)
    if town and k < len(doc) and doc[k].text == ",":
        return found
    while k + 1 < len(doc) and doc[k].lower_ in (",", "and", "or"):
        k += 2 if doc[k].text == "," and doc[k + 1].lower_ in ("and", "or") else 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        state = by_start.get(k)
        if state is None or state.kind not in ("country", "capital"):
            break
        found.append(state)
        k = state.end
    return found


# Nouns after an owned body that make it another party's: "Israel's militia ally in southern
# Lebanon" is a Lebanese militia allied to Israel.
ALLY_NOUNS = frozenset({"ally", "allies", "proxy", "proxies", "surrogate", "surrogates"})


def allied_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An owned body followed by "ally" or "proxy" is of the state its sentence places it in
    (when one, and another than the owner's), the ally noun joining its mention."""
    allies = [
        m
        for m in mentions
        if m.kind == "agent" and m.end < len(doc) and doc[m.end].lower_ in ALLY_NOUNS
    ]
    if not allies:
        return mentions
    located = located_states(doc, mentions)
    starts = sentence_starts(doc)
    replaced = {}
    for ally in allies:
        state = located.get(starts[bisect_right(starts, ally.start) - 1])
        if state is not None and state != ally.code:
            end = ally.end + 1
            replaced[ally.start] = replace(ally, end=end, name=state, code=state, entry=None)
    return [replaced.get(m.start, m) for m in mentions]
