"""Bodies and people named without their state take the state the text implies.

"The government", "the army" and "its ambassador" are the state in focus (``StateFocus``);
"his government" is that of the person "his" stands for; rebels or protesters with no state of
their own are of the state whose places their sentence names; "Defence Minister Ana Ruiz" with
no nationality serves the state in focus. A state in focus that is only a private person's
nationality or home ("A British tourist was robbed in Mombasa. Officials said") gives way to the
state where the story happens: its dateline's, else its places'. A body posted where it acts
(authorities, police, the army) with no state in view takes the state of a town its sentence
names ("Authorities imposed a curfew on Ambon", "the army in Jaffna").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from dyads.stages.actor_acting_bodies import names_its_act
from dyads.stages.actor_agent_nouns import AgentSpans
from dyads.stages.actor_anaphors import NAMING_KINDS, after_pair_word, owning_pair
from dyads.stages.actor_armed_opponents import opposing_group_state
from dyads.stages.actor_article_states import ArticleStates, body_head
from dyads.stages.actor_clerics import titled_cleric
from dyads.stages.actor_downed_weapons import downed_weapon
from dyads.stages.actor_envoy_posts import envoy_state, host_of
from dyads.stages.actor_hacker_groups import is_cyber_agent
from dyads.stages.actor_lone_names import SPEECH_LEMMAS
from dyads.stages.actor_object_bodies import acted_on_by, earlier_namesake
from dyads.stages.actor_patterns import (
    POSSESSIVE_DETERMINERS,
    PRONOUN_GENDER,
    STATE_OWNED,
    STATE_SECTORS,
    SUBJECT_DEPS,
    Mention,
    StateFocus,
    resolve_pronoun,
    sentence_starts,
    title_country,
)
from dyads.stages.actor_placement import located_states
from dyads.stages.actor_portfolios import holds_portfolio
from dyads.stages.actor_pronoun_offices import titled_holder_state
from dyads.stages.actor_reporting_bodies import reporter_state
from dyads.stages.actor_speaking_groups import speaking_group_state

# Words of people who live away from their own state: no place they are in is theirs.
LIVING_ABROAD = frozenset(
    {"exile", "exiles", "exiled", "emigre", "emigres", "émigré", "émigrés", "expatriate"}
    | {"expatriates", "diaspora"}
)
# Non-state agents placed by where their sentence happens ("rebels ... in northern Mali",
# "gangs control most of Port-au-Prince").
LOCATED_SECTORS = frozenset({"REB", "UAF", "OPP", "CVL", "LAB", "AGR", "EDU", "CRM"})
# Participles that say where a group sits, and so whose it is: "hackers based in China".
BASING_PARTICIPLES = frozenset({"based", "headquartered", "stationed"})
# "the army", "its ambassador", "his information minister": a body of the state in focus.
DETERMINERS_OF_STATE_BODIES = frozenset({"the", "its", "his", "her", "their"})
# "A judge ruled", "a senior official said": an indefinite body that acts.
INDEFINITE_DETERMINERS = frozenset({"a", "an"})
# Armed groups and gangs: the soldiers they attack belong to the state they fight.
ARMED_GROUP_SECTORS = frozenset({"REB", "UAF", "CRM"})
# People placed first by the places their sentence names: armed leaders, clerics, who
# preach where they are ("Ayatollah NAME urged calm in Najaf"), and party leaders, who rally
# where they campaign ("Party leader NAME told workers in Kerala"), opposition leaders too.
PLACED_BY_SENTENCE = ARMED_GROUP_SECTORS | {"REL", "PTY", "OPP"}
# Clauses without a subject of their own that share the subject of the clause they hang on.
_SHARED_SUBJECT_DEPS = frozenset({"advcl", "conj", "xcomp"})
# Bodies named in the singular that stand for many, like a plural ("Police fired ..."); South
# Asian English names its own state's forces and government so too ("He said army would help").
MASS_BODIES = frozenset(
    {"police", "opposition", "counsel", "prosecution", "army", "military", "government"}
)
# Bodies that speak only before a court: the court's state, named after them, is theirs
# ("Counsel for the defence asked the Kenyan court ...").
COURT_BODIES = frozenset({"counsel", "prosecution"})
# Sectors of private people ("a British tourist", "a Nigerian migrant"): their nationality is
# theirs alone and says nothing of whose officials or police act where the story happens.
PRIVATE_SECTORS = frozenset({"CVL", "BUS", "REF", "EDU", "REL", "LAB", "HLH", "AGR", "MED", "NGO"})
# Bodies that act where they are posted, so a town names their state ("Authorities imposed a
# curfew on Ambon", "the army in Jaffna"), unlike envoys or delegates who travel to meet there
# ("Delegates gathered in Bonn").
STATIONED_BODIES = frozenset(
    {"authority", "authorities", "official", "police", "policeman", "officer", "army", "troop"}
    | {"soldier", "military", "government", "force", "court", "judge", "prosecutor", "governor"}
    | {"administration", "guard", "militia", "commander", "garrison"}
    # Courts by other names sit where they judge ("a military tribunal in Port Harcourt").
    | {"tribunal", "magistrate"}
)
# Words before a place that make it where someone comes from, not where the story happens.
ORIGIN_WORDS = frozenset({"from"})
# Mentions of towns and regions the gazetteer places ("Ambon"): not states' names, which may be
# a party or a destination ("sent aid to Haiti"), nor capitals, which stand for governments.
TOWN_KINDS = frozenset({"place"})
# A body's seat named by "in" may be a capital too ("the government in Khartoum", "a court in
# Tunis"): there it is where the body sits, not a government that acts.
SEAT_KINDS = TOWN_KINDS | {"capital"}
# Words before a capital or region that make it where something happens ("in Darfur").
LOCATIVE_WORDS = frozenset({"in", "near", "around", "outside"})
# Mentions that name where a thing happens after such a word ("in Darfur", "in Chechnya").
SCENE_KINDS = frozenset({"capital", "country"})
# Words of rank or scope a country's own body may carry without naming the country.
SCOPE_WORDS = frozenset(
    {"local", "senior", "top", "regional", "provincial", "riot", "government", "federal"}
    # "the Democratic governor", "the Socialist minister": a party or leaning said of the body.
    | {"democratic", "republican", "socialist", "conservative", "liberal", "labour", "labor"}
    | {"leftist", "rightist", "nationalist", "communist", "centrist", "populist"}
    # "the new government", "the outgoing president": the body's time in office.
    | {"new", "outgoing", "incoming", "caretaker", "interim", "transitional", "acting"}
    # "plainclothes police", "uniformed officers": how the body is dressed, not whose it is.
    | {"plainclothes", "plain-clothes", "uniformed", "undercover"}
)


def definite_agents(
    doc: Doc,
    mentions: list[Mention],
    agents: AgentSpans,
    context: list[Mention] | None = None,
    groups: list[Mention] | None = None,
    filed_at: frozenset[int] = frozenset(),
    folded_towns: tuple[Mention, ...] = (),
) -> list[Mention]:
    """ "The government", "the army", "its ambassador": a state body named without its
    state is that of the state in focus (see ``StateFocus``), found among the `context`
    mentions (by default the actors; a capital named as the story's location counts too). The
    `groups` placed by ``located_agents`` may be the armed group that attacks a bare body.
    With no state in its own sentence, an earlier body of the same kind, else the state in
    focus, else the article's own state decides (``ArticleStates``; `filed_at` holds the
    dateline's tokens; a dateline in focus or as the article's state gives way to a town of the
    body's own sentence). A subject with no state in view at all is still the event's doer: an
    actor of its sector with no state ("The army said five soldiers were killed"). The
    `folded_towns` are towns since joined to another party's mention ("rioters in Ambon"):
    they still say where a posted body acts ("Police opened fire on rioters in Ambon")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    ends = {m.end for m in mentions if m.kind == "person"}
    seen = mentions if context is None else context
    article = ArticleStates(doc, seen, filed_at)
    # The dateline names where the story is filed, not a place its sentence happens in.
    unfiled = [m for m in seen if m.start not in filed_at]
    focus = StateFocus(doc, seen)
    located = located_states(doc, unfiled)
    towns = located_states(doc, [m for m in [*unfiled, *folded_towns] if _a_scene(doc, m)])
    town_starts = {m.start: m for m in seen if m.kind in SEAT_KINDS and m.code}
    # where the story happens: its places, less the places people come from ("from Lagos")
    scene = located_states(doc, (m for m in unfiled if not _origin(doc, m)))
    people = [m for m in mentions if m.kind == "person"]
    sent_starts = sentence_starts(doc)
    parties = mentions + (groups or [])
    found = []
    for end, (start, sector) in sorted(agents.items()):
        state_body = sector in STATE_SECTORS or doc[start].lower_ in STATE_OWNED
        if not state_body or any(i in taken for i in range(start, end)):
            continue
        if after_pair_word(doc, start):
            continue  # "the two leaders": a pair, resolved where the roles are
        if _launched_by_agent(doc[start:end].root):
            continue  # "a drone launched by Hezbollah": the agent's own, read by the roles
        if doc[end - 1].lower_ in WEAPON_NOUNS and end < len(doc) and doc[end].pos_ == "NOUN":
            continue  # "a missile and drone attack": the means of an act, no party
        if downed_weapon(doc[start:end].root) and not _owned(doc, start):
            # "two drones were shot down" over a town: the launcher's, whom no word names
            found.append(Mention(start, end, doc[start:end].text, "agent", None, sector))
            continue
        opposed = bare = False
        county = _county_start(doc, start, taken)
        start = county if county is not None else start  # "the Maricopa County Sheriff's Office"
        if _scoped(doc, start, taken):
            start -= 1  # "the local police", "the regional government": the state's own
        start = _composition_start(doc, start, taken)  # "the Tutsi-dominated army"
        determiner = doc[start - 1].lower_ if start > 0 else ""
        acting = names_its_act(doc, start, end)
        if acting or _indefinite_doer(doc, start, end, taken):
            # "a police raid": the police raided; "A judge blocked the law": a body of the
            # state the story is about, as "the judge" would be.
            determiner = "the"
        elif determiner not in DETERMINERS_OF_STATE_BODIES or start - 1 in taken:
            # "Police fired tear gas": as "the police"; but "mobilised 10,000 soldiers" names
            # the subject's own forces, no second party.
            if not is_bare_plural(doc, start, end, taken):
                continue
            root = doc[start:end].root
            doer = _in_subject(root) or _passive_agent(root)  # "shot by officers"
            opposed = (
                not doer and not _fired_by_subject(root) and _opposed_by_armed_group(root, parties)
            )
            if not doer and not opposed:
                continue
            determiner, bare = "the", True
        if start >= 2 and doc[start - 2].text == "," and start - 2 in ends:
            continue  # "Ana Ruiz, the prime minister,": a title in apposition
        linked = end < len(doc) and _names_an_owner(doc[end], start, end)
        if linked and _owns_a_thing(doc, start, end, agents, taken):
            linked = False  # "challenged the governor's decision": the governor is a party
        stationed = doc[start:end].root.lemma_.lower() in STATIONED_BODIES
        seat = _town_of_seat(doc, end, town_starts) if linked and stationed else None
        if seat is not None and determiner == "the":
            # "The army in Jaffna said": a town the tables lack places the body in its state
            found.append(
                Mention(start, seat.end, doc[start : seat.end].text, "agent", seat.code, sector)
            )
            continue
        if linked and determiner == "the":
            continue  # "the government of ...": attached elsewhere, or not a state's
        if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and not acting:
            continue  # "the deputy chief": the agent noun is not the phrase's head
        if determiner != "the" and doc[start:end].root.dep_ not in SUBJECT_DEPS:
            continue  # "withdrew its troops": the subject's own body adds no party
        root = doc[start:end].root
        pair = owning_pair(doc, seen, start) if determiner == "their" else []
        if pair:
            # "Britain and France said their jets bombed": the forces of both, acting jointly.
            found += [Mention(start, end, m.name, "agent", m.code, sector) for m in pair]
            continue
        if determiner in PRONOUN_GENDER:  # "his government": the person's state
            state = resolve_pronoun(doc[start - 1], people, sent_starts)
            code = state.code if state is not None else None
            own_sentence = sent_starts[bisect_right(sent_starts, start) - 1]
            if state is None or state.start < own_sentence:
                # "Turkey's foreign minister said his government": an office of the pronoun's
                # own sentence comes before a person named in an earlier one.
                code = titled_holder_state(doc, start - 1, seen, agents, sent_starts) or code
        else:
            state = focus.before(start)
            code = state.code if state is not None else None
            if (
                state is not None
                and focus.in_sentence(state, start)
                and (acted_on_by(root, state) or state.sector in ARMED_GROUP_SECTORS)
                and (
                    namesake := earlier_namesake(doc, article, [*seen, *found], start, end, sector)
                )
            ):
                # "Washington ... accusing the army of attacks", "a drone launched by Hezbollah
                # hit a base, according to the military": the body the article has been about,
                # not the accuser's own nor an armed group's state (actor_object_bodies.py).
                code = namesake
            if state is not None and state.start in filed_at:
                # "NEW YORK (AP) — Government negotiators met rebels in Kampala": the bureau's
                # state gives way to where the body's own sentence happens.
                code = towns.get(sent_starts[bisect_right(sent_starts, start) - 1]) or code
            if state is None or not focus.in_sentence(state, start):
                # "Soldiers fired ..., the Egyptian army said": the reporter's own body; else
                # "The Syrian army ... Turkey condemned it. The army said": the same body.
                reporter = reporter_state(doc, root, sector, mentions)
                # "The junta detained the president ... The junta accused Paris": a story has one
                # junta, the one it already coded, though it was named bare there too.
                earlier = (
                    earlier_namesake(doc, article, [*seen, *found], start, end, sector)
                    if body_head(doc, start, end) in ONE_PER_STORY_BODIES
                    else None
                )
                code = reporter or earlier or article.same_body(start, end, sector) or code
                if reporter is None and state is not None and _a_persons_own(doc, state):
                    # "A British tourist was robbed in Mombasa. Officials said": the state where
                    # the story happens, not the nationality or home of a private person in it.
                    code = article.dateline or _local_state(scene, sent_starts, start) or code
            if code is None:
                # "Fighting between the army and the RSF": the forces an armed group fights
                # are those of its own state (actor_armed_opponents.py).
                code = opposing_group_state(doc, parties, start, end)
            if code is None and state is None and (sector in _FORCE_SECTORS or stationed):
                # "Soldiers seized power in Niger. France condemned the coup": forces with no
                # state named before them are of the one state their own sentence places them in,
                # not a later sentence's (delegates who gather somewhere are not).
                code = _local_state(located, sent_starts, start)
            if code is None:
                code = _dateline_or_scene(article, towns, sent_starts, start)
            court = root.lower_ in COURT_BODIES
            if code is None and (court or not bare) and _singular_subject(root):
                state = focus.ahead(end)  # "The prosecutor told the Nigerian court"
                state = state if state is not None and _own_ahead(doc, state) else None
                code = state.code if state is not None else None
            if code is None and county is not None:
                code = COUNTY_SHERIFF_STATE
            if code is None and stationed:
                # "Authorities imposed a curfew on Ambon": with no state in view, the one state
                # whose towns the body's own sentence names is where it acts.
                code = towns.get(sent_starts[bisect_right(sent_starts, start) - 1])
        if (sector == "COP" and determiner == "the") or opposed:
            # Police, and the forces an armed group attacks, are those of where the story is.
            code = _local_state(located, sent_starts, start) or code
        host = host_of(root, seen) if code is not None else None
        if host is not None and code == host.code:
            # "The ambassador to Kenya said Japan would ...": the post is not the envoy's state.
            code = envoy_state(root, host, seen)
        if code is not None and _received_envoy(root, determiner):
            code = None  # "Turkey summoned the ambassador": another state's envoy
        if (
            code is not None
            and _visitor(doc, root, code, seen, sector)
            and not focus.in_view(start)
        ):
            code = None  # "The minister visited Kyiv": a visitor is not of the land he visits
        if code is not None:
            # Named for the state, not for a group or person that put it in focus ("The RSF
            # accused the army": the army is Sudan's, not named "Rapid Support Forces").
            named = state is not None and state.code == code and state.kind in NAMING_KINDS
            name = state.name if named and state is not None else code
            found.append(Mention(start, end, name, "agent", code, sector))
        elif (bare and _speaks(root)) or (
            _unowned_doer(doc, root, end) and not focus.in_view(start)
        ):
            # "Officials said ...", "The army said ..." with no state in view: a doer of known
            # sector, uncoded ("the government said" after two states is left to the roles).
            found.append(Mention(start, end, doc[start:end].text, "agent", None, sector))
    return found


# Armed and police forces, who act where they are posted.
_FORCE_SECTORS = frozenset({"MIL", "COP"})


# Bodies a story has one of, ruling the one state it is about: a later bare mention is the same
# body whatever state is in focus then ("France cut off aid. The junta accused Paris").
ONE_PER_STORY_BODIES = frozenset({"junta"})


# Verbs of going to a place: their subject comes from elsewhere ("The minister visited Kyiv").
TRAVEL_LEMMAS = frozenset(
    {"visit", "arrive", "travel", "fly", "land", "tour", "head", "go", "come", "return"}
)
# The prepositions that name where one goes ("arrived in Moscow", "flew to Beijing").
DESTINATION_PREPOSITIONS = frozenset({"in", "to", "into", "at"})


def _received_envoy(body: Token, determiner: str) -> bool:
    """Whether a bare "the ambassador" or "an envoy" is acted on (summoned, expelled, received,
    handed a note): a state deals so with envoys of other states, its own it names as "its
    ambassador" or "our envoy"."""
    if body.lower_ not in ENVOY_NOUNS or determiner not in ("the", "a", "an"):
        return False
    return body.dep_ in ("dobj", "nsubjpass", "dative") or (
        body.dep_ == "pobj" and body.head.lower_ in ("to", "with")
    )


def _visitor(doc: Doc, body: Token, code: str, mentions: list[Mention], sector: str) -> bool:
    """Whether a body with no state named before it is the subject of a verb of travel whose
    destination is a place of the state `code`: "The minister visited Kyiv", "the envoy
    arrived in Moscow", or of a verb of sending whose goal is that state by name: "The
    government sent aid to Haiti", "the navy dispatched two ships to Haiti". The state it would
    take from the article is then where it went or sent, not whose it is. Police work where
    they are ("Police arrived in Nairobi"), and a body sends to its own towns and regions ("The
    army deployed troops to Timbuktu")."""
    if sector == "COP" or body.dep_ not in SUBJECT_DEPS:
        return False
    verb = body.head
    lemma = verb.lemma_.lower()
    if lemma in TRAVEL_LEMMAS:
        places = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        kinds: frozenset[str] | None = None
        goals = DESTINATION_PREPOSITIONS
    elif lemma in SENDING_LEMMAS:
        places, kinds, goals = [], SENT_TO_KINDS, SENDING_GOALS
    else:
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in goals:
            places += [c for c in prep.children if c.dep_ == "pobj"]
    spots = {token.i for token in places}
    return any(
        m.code == code
        and (kinds is None or m.kind in kinds)
        and any(i in spots for i in range(m.start, m.end))
        for m in mentions
    )


# Verbs of sending people or goods somewhere: a goal named as a state is another state than
# the sender's ("sent aid to Haiti"); "in" is not a goal for them ("deployed troops in Mali"
# may be at home).
SENDING_LEMMAS = frozenset(
    {"send", "deploy", "dispatch", "airlift", "ship", "deliver", "fly", "rush", "donate"}
)
SENT_TO_KINDS = frozenset({"country"})
SENDING_GOALS = frozenset({"to", "into"})


# Envoys represent another state to the one they deal with: "The Foreign Ministry told the
# Japanese ambassador" is not Japan's ministry.
ENVOY_NOUNS = frozenset(
    {"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "consul"}
    | {"consuls", "attache", "attaché", "chargé", "charge"}
)


# Arms named as a state's force ("Indian drones"): things a ministry reports on, like an act.
WEAPON_NOUNS = frozenset(
    {
        "drone",
        "drones",
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "warplane",
        "warplanes",
        "jets",
        "bombers",
        "warships",
        "tanks",
        "artillery",
    }
)


# Verbs by which a subject uses arms of its own ("fired rockets", "launched drones").
FIRING_VERBS = frozenset({"fire", "launch", "lob", "use", "deploy", "shoot", "send"})


def _fired_by_subject(noun: Token) -> bool:
    """Whether weapons are the object of a verb of firing them: the subject's own, not arms of
    the side it fights ("Hezbollah fired rockets at Haifa"; "shot down two warplanes" are the
    other side's)."""
    if noun.lower_ not in WEAPON_NOUNS or noun.dep_ != "dobj":
        return False
    verb = noun.head
    downed = any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    return verb.lemma_.lower() in FIRING_VERBS and not downed


def _launched_by_agent(noun: Token) -> bool:
    """Whether weapons are described by a participle with a "by" agent ("a drone launched by
    Hezbollah", "rockets fired by militants"): they are that agent's."""
    return noun.lower_ in WEAPON_NOUNS and any(
        c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children) for c in noun.children
    )


def _owned(doc: Doc, start: int) -> bool:
    """Whether an owner stands before an agent noun: "its drones", "the army's missiles"."""
    before = doc[start - 1] if start > 0 else None
    return before is not None and (before.lower_ in POSSESSIVE_DETERMINERS or before.tag_ == "POS")


def _own_ahead(doc: Doc, state: Mention) -> bool:
    """Whether a state named after a lone official in his sentence may be his own: not an
    envoy he deals with, nor a foreign thing he speaks of by its definite name ("The ministry
    said the Canadian tariffs ...", "the Russian request": a known act of another state, unlike
    "Pakistani airspace" or "the Turkish military", a body of his own), nor a company, which
    any state's officials deal with ("An aide urged the firm to sell Volvo"), nor a place
    others come from."""
    if state.sector == "BUS" or any(t.lower_ in ENVOY_NOUNS for t in doc[state.start : state.end]):
        return False
    words = doc[state.start : state.end]
    if any(t.lower_ == "from" for t in words) or (
        words.root.dep_ == "pobj" and words.root.head.lower_ == "from"
    ):
        return False  # "The minister received a delegation from China": where others come from
    definite = state.start > 0 and doc[state.start - 1].lower_ == "the"
    if definite and doc[state.end - 1].lower_ in WEAPON_NOUNS:
        return False  # "the Indian drones had been shot down": arms he speaks of, not his own
    return not (definite and state.kind == "country")


# Sheriffs elected by counties are the police of the United States' counties ("the Harris County
# Sheriff's Office"); elsewhere a sheriff is a court officer, so only a county's sheriff with no
# other state in view is American.
COUNTY_SHERIFF_STATE = "USA"
COUNTY_WORDS = frozenset({"County", "Parish"})


def _indefinite_doer(doc: Doc, start: int, end: int, taken: set[int]) -> bool:
    """Whether a body named with "a" or "an" is the subject of its clause or the agent of its
    passive ("A federal court upheld the fine", "a senior official said", "was sentenced by a
    court in Cairo"): one of the state in focus, unlike an envoy ("a diplomat said" may be
    anyone's) or a victim ("A soldier was killed")."""
    if start < 1 or doc[start - 1].lower_ not in INDEFINITE_DETERMINERS or start - 1 in taken:
        return False
    root = doc[start:end].root
    return (root.dep_ == "nsubj" or _passive_agent(root)) and root.lower_ not in ENVOY_NOUNS


def _scoped(doc: Doc, start: int, taken: set[int]) -> bool:
    """Whether a body is named with a word of rank or scope between it and its determiner
    ("the local police", "its top commanders")."""
    return (
        start >= 2
        and doc[start - 1].lower_ in SCOPE_WORDS
        and doc[start - 2].lower_ in DETERMINERS_OF_STATE_BODIES | INDEFINITE_DETERMINERS
        and start - 1 not in taken
        and start - 2 not in taken
    )


# Participles that say which people fill a body, not whose it is ("the Tutsi-dominated army").
COMPOSITION_PARTICIPLES = frozenset({"dominated"})


def _composition_start(doc: Doc, start: int, taken: set[int]) -> int:
    """Where a body starts that is named with the people who fill it between it and its
    determiner ("the Tutsi-dominated army", "a Sunni-dominated police force"): at the people's
    word, so that the determiner before it makes the body the state's own."""
    first = start - 3
    if (
        first < 1
        or doc[start - 1].lower_ not in COMPOSITION_PARTICIPLES
        or doc[start - 2].text != "-"
        or any(i in taken for i in range(first, start))
    ):
        return start
    return first


def _county_start(doc: Doc, start: int, taken: set[int]) -> int | None:
    """The first word of a county's name before its sheriff ("Walker County (Ga.) Sheriff's
    Office"), if a sheriff's body starts at `start` after one."""
    if doc[start].lower_ != "sheriff" or start < 2:
        return None
    k = start
    if doc[k - 1].text == ")":  # "(Ga.)": the state the county is in
        opening = next((j for j in range(k - 2, max(k - 6, 0), -1) if doc[j].text == "("), None)
        if opening is None:
            return None
        k = opening
    if k < 2 or doc[k - 1].text not in COUNTY_WORDS:
        return None
    k -= 1
    while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_title and k - 1 not in taken:
        k -= 1
    return k if k < start - 1 else None


def _passive_agent(token: Token) -> bool:
    """Whether a noun is the agent of a passive verb ("was shot by officers")."""
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


# Words after a body that say whose it is, or what it belongs to: "Leaders of the opposition
# coalition", "officials from the ministry" are not a state's body of their own.
BELONGING_WORDS = frozenset({"of", "from", "for", "at", "'s", "’s"})


def _unowned_doer(doc: Doc, root: Token, end: int) -> bool:
    """Whether a body with no state is the doer of its clause and names no body it belongs to."""
    return _doer(root) and not (end < len(doc) and doc[end].lower_ in BELONGING_WORDS)


def _doer(token: Token) -> bool:
    """Whether a noun does the act of its clause: its active subject or its passive's agent,
    or part of one ("Four of the officers fired")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != token.i:
        token = token.head.head  # the count or share the noun is counted in
    if _passive_agent(token):
        return True
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "nsubj"  # not "soldiers were killed", who suffer the act


def _singular_subject(token: Token) -> bool:
    """Whether a noun is one person or body as the subject of its clause."""
    return token.tag_ in ("NN", "NNP") and token.dep_ in ("nsubj", "nsubjpass")


def _speaks(token: Token) -> bool:
    """Whether a noun is the subject of a verb of speech ("Officials said")."""
    return token.dep_ == "nsubj" and token.head.lemma_ in SPEECH_LEMMAS


def _town_of_seat(doc: Doc, end: int, towns: dict[int, Mention]) -> Mention | None:
    """The town of one state named by "in" right after a body ("the army in Jaffna")."""
    if end >= len(doc) or doc[end].lower_ != "in":
        return None
    town = towns.get(end + 1)
    return town if town is not None and len(town.code or "") == 3 else None


def _a_scene(doc: Doc, mention: Mention) -> bool:
    """Whether a mention names where its sentence happens: a town or region, or a capital or
    state named after "in" or "near" ("recaptured two villages in Darfur")."""
    if mention.kind in TOWN_KINDS:
        return True
    before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    return mention.kind in SCENE_KINDS and before in LOCATIVE_WORDS


def _a_persons_own(doc: Doc, state: Mention) -> bool:
    """Whether a state in focus is only a private person's nationality ("a British tourist")
    or the place someone comes from ("arrived from Lagos")."""
    return state.sector in PRIVATE_SECTORS or _origin(doc, state)


def _origin(doc: Doc, mention: Mention) -> bool:
    """Whether a place is named as where someone comes from ("arrived from Lagos")."""
    return mention.start > 0 and doc[mention.start - 1].lower_ in ORIGIN_WORDS


def _dateline_or_scene(
    article: ArticleStates, towns: dict[int, str | None], starts: list[int], position: int
) -> str | None:
    """The article's state for a body (``ArticleStates``), save that a dateline gives way to
    the one state whose towns, or places named after "in" or "near", the body's own sentence
    names (`towns`): a story filed from a news hub is often about elsewhere ("NEW YORK (AP) —
    Government negotiators met rebel commanders in Kampala")."""
    code = article.article_state(position)
    if code is None or code != article.dateline:
        return code
    return towns.get(starts[bisect_right(starts, position) - 1]) or code


def _local_state(located: dict[int, str | None], starts: list[int], position: int) -> str | None:
    """The one state whose places the sentence of a token names, else the nearest of the two
    sentences before that names places of one: police are those of where the story is
    ("Protesters attacked the U.S. embassy in Belgrade. Police made no arrests": Serbia's)."""
    sentence = bisect_right(starts, position) - 1
    for k in range(sentence, max(sentence - 3, -1), -1):
        if starts[k] in located:
            return located[starts[k]]
    return None


def _names_an_owner(after: Token, start: int, end: int) -> bool:
    """Whether the word after a body starts a phrase naming its owner or seat ("the
    government's", "the government of Chad", "the army in Kabul"); "accused the government of
    fraud" names a charge, "the police in the capital" no one."""
    if after.lower_ in ("'s", "’s"):
        return True
    if after.lower_ not in ("of", "from", "in") or not start <= after.head.i < end:
        return False
    return any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in after.children)


def _owns_a_thing(doc: Doc, start: int, end: int, agents: AgentSpans, taken: set[int]) -> bool:
    """Whether a body before "'s" owns a thing, not a person or body: "the governor's
    decision", "the army's plan" name the body as a party of their own, while "the
    government's spokesman" names one who serves it."""
    if end >= len(doc) or doc[end].lower_ not in ("'s", "’s"):
        return False
    owned = doc[start:end].root.head
    if owned.i < end or owned.pos_ not in ("NOUN", "PROPN"):
        return False
    serving = taken | {i for e, (s, _) in agents.items() for i in range(s, e)}
    return owned.i not in serving


def _opposed_by_armed_group(token: Token, mentions: list[Mention]) -> bool:
    """Whether a noun is the object of a clause whose subject is an armed group or gang: the
    soldiers rebels attack are the state's, not the rebels' own ("Rebels ambushed a patrol of
    soldiers", "militiamen clashed with federal troops")."""
    armed = {i for m in mentions if m.sector in ARMED_GROUP_SECTORS for i in range(m.start, m.end)}
    if not armed:
        return False
    for _ in range(4):  # up through "of"/"with" phrases and objects to the verb
        if token.dep_ not in ("dobj", "pobj", "prep") or token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
            if not subjects and token.dep_ in _SHARED_SUBJECT_DEPS and token.tag_ == "VBG":
                # "A bomber struck a checkpoint, killing nine policemen": the doer of a gerund
                # clause is the subject of the clause it hangs on.
                subjects = [c for c in token.head.children if c.dep_ in SUBJECT_DEPS]
            return any(c.i in armed for c in subjects)
    return False


def _in_subject(token: Token) -> bool:
    """Whether a noun is a subject, or joined by "and" to one ("FARC guerrillas and
    government negotiators opened talks")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in SUBJECT_DEPS


def is_bare_plural(doc: Doc, start: int, end: int, taken: set[int]) -> bool:
    """A plural body named with no determiner, as wire copy names a country's own ("Police
    fired tear gas", "Government troops retook the town", "local officials said"): nothing
    before it in its phrase but a word of rank or scope."""
    last = doc[end - 1]
    if last.tag_ not in ("NNS", "NNPS") and last.lower_ not in MASS_BODIES:
        return False
    if start == 0 or start - 1 in taken:
        return start == 0
    before = doc[start - 1]
    if before.like_num:
        return True  # "killed 30 militants"
    if before.head.i < start or before.head.i >= end or before.is_punct:
        return True  # the word before belongs to another phrase
    return before.lower_ in SCOPE_WORDS and (start < 2 or doc[start - 2].head.i != last.i)


def located_agents(
    doc: Doc,
    mentions: list[Mention],
    agents: AgentSpans,
    filed_at: frozenset[int] = frozenset(),
    folded_towns: Sequence[Mention] = (),
) -> list[Mention]:
    """Rebels, protesters or an opposition named without a state of their own are of the
    state whose places their sentence names ("Rebels seized two towns in northern Mali",
    "the opposition postponed its rally in Baku"), when it names places of that state only;
    with no place in their sentence, "the rebels" (or "rebels") are those of the state in
    focus ("Russian jets bombed Grozny. The rebels said ..."). With none in focus either, an
    unarmed group (an opposition, students, workers) is of the state the article is filed
    from (its dateline: "BELGRADE - Opposition leaders urged ..."); armed groups may come
    from across a border. Exiles, émigrés and expatriates are never placed by where they are
    ("exiles met in Paris"). The `folded_towns`, towns since joined to another party's mention,
    still say where the sentence happens ("The activist was sentenced by a Cairo court")."""
    candidates = [(end, start, s) for end, (start, s) in agents.items() if s in LOCATED_SECTORS]
    if not candidates:
        return []
    unfiled = [m for m in mentions if m.start not in filed_at]  # the dateline comes last
    # A capital joined to a body as its seat ("a Cairo court") is where the body sits too.
    scenes = [m for m in folded_towns if m.start not in filed_at and m.kind in SEAT_KINDS]
    located = located_states(doc, [*unfiled, *scenes])
    focus = StateFocus(doc, unfiled)
    dateline: str | None = None
    dateline_read = False  # the article's states are read once, and only if a group needs them
    taken = {i for m in mentions for i in range(m.start, m.end)}
    starts = sentence_starts(doc)
    found = []
    for end, start, sector in sorted(candidates):
        if any(i in taken for i in range(start, end)):
            continue
        if start > 0 and doc[start - 1].lower_ in POSSESSIVE_DETERMINERS:
            continue  # "their supporters": whoever "their" stands for
        if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN"):
            continue  # "the opposition leader": the agent noun is not the phrase's head
        if doc[end - 1].lower_ in ACCUSED:
            continue  # suspects are not of where they struck
        if is_cyber_agent(doc, start, end):
            # Nor are hackers; yet those who act are the act's doers, of no state named here
            # ("Hackers breached the insurer's servers"), unless their phrase says where they
            # are based ("Hackers based in China").
            based = _based_state(doc, mentions, start, end)
            if based is not None or doc[start:end].root.dep_ in ("nsubj", "nsubjpass"):
                name = based or doc[start:end].text
                found.append(Mention(start, end, name, "agent", based, sector))
            continue
        if any(doc[i].lower_ in LIVING_ABROAD for i in range(start, end)):
            continue  # "exiles met in Paris": where they are is not where they are from
        sentence = starts[bisect_right(starts, start) - 1]
        # "Liberia's government and two rebel movements agreed in Accra": the sides of one
        # state's conflict, named together, are of that state wherever they meet.
        partner = _conjoined_state(doc, mentions, start, end)
        if partner is None and sector in ARMED_GROUP_SECTORS:
            # "The rebels are ready to sign, NAME, chairman of the MNLF, said": the speaker's.
            partner = speaking_group_state(doc, mentions, start, end)
        partner = partner or _own_place_state(doc, mentions, start, end)
        state = partner or located.get(sentence)
        if partner is None and sentence not in located and not counted_people(doc, start, end):
            state = _focus_state(doc, focus, start, end, taken)
            if state is None and sector in ARMED_GROUP_SECTORS:
                state = _fought_state(doc, mentions, start, end)
            elif state is None and filed_at:
                if not dateline_read:
                    dateline, dateline_read = ArticleStates(doc, mentions, filed_at).dateline, True
                state = dateline
        if state is not None:
            found.append(Mention(start, end, state, "agent", state, sector))
        elif doc[end - 1].lower_ not in NAMELESS_PEOPLE and _unowned_doer(
            doc, doc[start:end].root, end
        ):
            # "Militants attacked the village": of no state named, yet the act's doers
            # ("people drowned" names no group).
            found.append(Mention(start, end, doc[start:end].text, "agent", None, sector))
    return found


# Kinds of mention that name places, as opposed to people and bodies.
_PLACE_MENTION_KINDS = frozenset({"country", "capital", "place"})


def _based_state(doc: Doc, mentions: list[Mention], start: int, end: int) -> str | None:
    """The state of the place a participle of a group's phrase says it is based in ("hackers
    based in China", "militants stationed in Lebanon"): where a group sits is whose it is."""
    root = doc[start:end].root
    heads = [c for c in root.children if c.dep_ == "acl" and c.lower_ in BASING_PARTICIPLES]
    return _state_in(mentions, heads)


def _own_place_state(doc: Doc, mentions: list[Mention], start: int, end: int) -> str | None:
    """The state of the place a group's own phrase puts it "in" ("leftist guerrillas in
    northern Colombia", "gunmen based in Somalia"), whatever other states its sentence
    names."""
    root = doc[start:end].root
    based = [c for c in root.children if c.dep_ == "acl" and c.lower_ in BASING_PARTICIPLES]
    return _state_in(mentions, [root, *based])


def _state_in(mentions: list[Mention], heads: list[Token]) -> str | None:
    """The one state of the places named in the "in" phrases hung on the given words."""
    codes = {
        str(mention.code)
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for obj in prep.subtree
        for mention in mentions
        if mention.start <= obj.i < mention.end
        and mention.kind in _PLACE_MENTION_KINDS
        and len(mention.code or "") == 3
    }
    # "people in Turkey and Syria" are of neither state alone.
    return codes.pop() if len(codes) == 1 else None


def _conjoined_state(doc: Doc, mentions: list[Mention], start: int, end: int) -> str | None:
    """The state of a government, army or police conjoined with a group's words ("the
    government and the rebels", "rebels and government troops"), if one is."""
    root = doc[start:end].root
    partners = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        partners.append(root.head)
    codes = {
        m.code
        for m in mentions
        if m.sector in STATE_SECTORS
        and m.code is not None
        and len(m.code) == 3
        and any(m.start <= p.i < m.end for p in partners)
    }
    if not codes:
        codes = _negotiating_government(doc, mentions, root)
    return codes.pop() if len(codes) == 1 else None


def _negotiating_government(doc: Doc, mentions: list[Mention], root: Token) -> set[str]:
    """The state of a government that makes a deal or holds talks "with" a group ("Sudan's
    government signed a ceasefire with southern rebels in Nairobi"): a government negotiates
    with its own insurgents, wherever the talks are held."""
    if root.dep_ != "pobj" or root.head.lower_ != "with":
        return set()
    governor = root.head.head
    verb = governor.head if governor.dep_ in ("dobj", "pobj") else governor
    if not {governor.lemma_.lower(), verb.lemma_.lower()} & NEGOTIATION_WORDS:
        return set()
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return {
        str(m.code)
        for m in mentions
        if m.sector == "GOV"
        and len(m.code or "") == 3
        and doc[m.end - 1].lemma_.lower() in GOVERNING_BODIES
        and any(m.start <= s.i < m.end for s in subjects)
    }


# What a state's government makes or holds with its insurgents.
NEGOTIATION_WORDS = frozenset(
    {"sign", "agree", "negotiate", "talk", "talks", "negotiation", "ceasefire", "truce", "deal"}
    | {"accord", "agreement", "peace", "meet", "conclude", "reach"}
)
GOVERNING_BODIES = frozenset({"government", "regime", "junta", "authorities", "authority"})


def _fought_state(doc: Doc, mentions: list[Mention], start: int, end: int) -> str | None:
    """The state of the one government, army or police an armed group that is its verb's
    subject acts on in its clause ("The rebel chief accused the Sierra Leone government",
    "Rebels ambushed Angolan troops"): rebels fight their own state."""
    root = doc[start:end].root
    if root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX"):
        return None
    clause = root.head
    codes = {
        m.code
        for m in mentions
        if m.start >= end
        and m.sector in STATE_SECTORS
        and m.code is not None
        and len(m.code) == 3
        and _within_clause(doc[m.start : m.end].root, clause)
    }
    return codes.pop() if len(codes) == 1 else None


def _within_clause(token: Token, clause: Token) -> bool:
    """Whether a token hangs on a verb through objects and phrases, not a clause of its own."""
    for _ in range(6):
        if token.i == clause.i:
            return True
        if token.dep_ not in ("dobj", "pobj", "prep", "compound", "amod", "poss", "conj"):
            return False
        token = token.head
    return False


# People named for what they are accused of: where they acted or trained is no nationality,
# and only a demonym ("Pakistani suspects") says whose they are.
ACCUSED = frozenset({"suspect", "suspects"})
# Nouns for anyone at all: a count of them ("killing eight people") is a tally of victims or
# a crowd, of no state unless their sentence places them.
GENERIC_PEOPLE = frozenset({"people", "persons"})
CIVILIAN_NOUNS = frozenset({"civilians", "noncombatants", "non-combatants"})
NAMELESS_PEOPLE = GENERIC_PEOPLE | CIVILIAN_NOUNS
QUANTITY_WORDS = frozenset(
    {"dozens", "hundreds", "thousands", "scores", "millions", "many", "several", "some", "few"}
)


def counted_people(doc: Doc, start: int, end: int) -> bool:
    """Whether an agent is a count of people ("eight people", "dozens of people", "at least
    30 persons"): victims or crowds, never the state in focus's by default. Civilians named
    without a nationality are likewise where they are: the attacker in focus is not theirs
    ("a Russian bombardment killed civilians")."""
    if doc[end - 1].lower_ in CIVILIAN_NOUNS and end - start == 1:
        return doc[start].dep_ != "conj"  # "Nepalese soldiers and civilians" share a state
    if doc[end - 1].lower_ not in GENERIC_PEOPLE or start == 0:
        return False
    before = doc[start - 1]
    if before.lower_ == "of" and start >= 2:
        before = doc[start - 2]
    return before.like_num or before.lower_ in QUANTITY_WORDS


def _focus_state(doc: Doc, focus: StateFocus, start: int, end: int, taken: set[int]) -> str | None:
    """The state in focus for a group named with "the" or as a bare plural, if any."""
    definite = start > 0 and doc[start - 1].lower_ == "the" and start - 1 not in taken
    if not definite and not is_bare_plural(doc, start, end, taken):
        return None
    state = focus.before(start)
    return state.code if state is not None else None


def place_titled_people(
    doc: Doc,
    mentions: list[Mention],
    context: list[Mention] | None = None,
    filed_at: frozenset[int] = frozenset(),
    folded: Sequence[Mention] = (),
) -> list[Mention]:
    """A person with a state title but no nationality ("..., Defence Minister Ana Ruiz
    said") serves the state in focus; with none in view, or when the parser does not
    take the name for a person's ("Air Force Col"), it is left out. A few titles name
    their state themselves where no other is in view ("Senator X": USA). A rebel or militia
    leader with no state ("Rebel leader NAME said his men took two towns in northern Uganda")
    leads in the state whose places the sentence names, else the state in focus, else the
    first state named after him in his sentence; the `context` mentions hold the places, and
    `folded` the towns joined to another mention ("drones killed four people in Odesa, Governor
    NAME said": Odesa still places the governor). With no state in view, a titled person
    serves the article's own state (``ArticleStates``: a dateline, or the one state the
    article names most)."""
    focus = StateFocus(doc, mentions)
    article: ArticleStates | None = None  # built only where a title needs it
    located: dict[int, str | None] | None = None  # found only where an armed leader needs it
    starts = sentence_starts(doc)
    result = []
    for mention in mentions:
        if mention.kind == "person" and mention.code is None:
            if (
                doc[mention.end - 1].ent_type_ != "PERSON"
                and not titled_cleric(doc, mention)
                and not holds_portfolio(doc, mention.start, mention.end)
            ):
                continue
            if mention.sector in PLACED_BY_SENTENCE or _local_office(doc, mention):
                if located is None:
                    places = mentions if context is None else context
                    located = located_states(doc, [*places, *folded])
                code = _armed_leader_state(focus, located, starts, mention)
            else:
                state = focus.before(mention.start)
                code = state.code if state is not None else title_country(doc, mention)
                if code is None:
                    if article is None:
                        article = ArticleStates(
                            doc, mentions if context is None else context, filed_at
                        )
                    code = article.article_state(mention.start)
            if code is None:
                continue
            mention = replace(mention, code=code)
        result.append(mention)
    return result


# Offices of a town or region: their holder serves the state whose places his sentence names
# ("Russian drones struck the Odesa region, according to the regional governor, NAME").
LOCAL_OFFICE_WORDS = frozenset({"governor", "mayor", "regional", "provincial", "municipal"})
# How far from a name its title in apposition may stand (", the regional governor, NAME").
_APPOSITION_REACH = 4


def _local_office(doc: Doc, person: Mention) -> bool:
    """Whether a person's title, in the mention or in apposition beside it, is a local
    office: a governor's or a mayor's."""
    before = doc[max(0, person.start - _APPOSITION_REACH) : person.start]
    after = doc[person.end : person.end + _APPOSITION_REACH]
    words = [*doc[person.start : person.end], *before, *after]
    return any(t.lower_ in LOCAL_OFFICE_WORDS for t in words)


def _armed_leader_state(
    focus: StateFocus, located: dict[int, str | None], starts: list[int], leader: Mention
) -> str | None:
    """The state a rebel or militia leader named without one fights in (see above)."""
    place = located.get(starts[bisect_right(starts, leader.start) - 1])
    if place is not None:
        return place
    state = focus.before(leader.start) or focus.ahead(leader.end)
    return state.code if state is not None else None
