"""Agent nouns in the text and their PLOVER sectors: "forces" (MIL), "foreign minister" (GOV).

The nouns come from the agent lists of ``actor_dictionary.py``. A phrase is matched longest
first outside the names already found, and only where it heads its phrase ("deputy" of "deputy
energy minister" is no agent of its own).
"""

from __future__ import annotations

from typing import TypeAlias

from spacy.tokens import Doc, Token

from dyads.stages.actor_dictionary import ActorDictionary, first_word, is_name_cased_acronym
from dyads.stages.actor_ministries import ministry_agents
from dyads.stages.actor_name_matcher import phrase_keys
from dyads.stages.actor_office_titles import office_title_agents
from dyads.stages.actor_patterns import HEAD_NOUNS, Mention
from dyads.stages.actor_phrase_prefixes import PhrasePrefixes
from dyads.stages.doc_utils import token_lowers

# Agent phrases found in a Doc, keyed by their end token: end -> (start, sector).
AgentSpans: TypeAlias = dict[int, tuple[int, str]]

MAX_AGENT_WORDS = 5  # "chief of the naval staff"
VOICE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen"})
# Trades that serve in an armed or security body and take its sector there: "army engineers",
# "navy divers" and "police doctors" are its members, not civilians. Not "experts" or
# "analysts": "military experts" are more often outside observers.
STAFF_NOUNS = frozenset(
    {"engineer", "engineers", "doctor", "doctors", "medic", "medics", "nurse", "nurses"}
    | {"surgeon", "surgeons", "pilot", "pilots", "technician", "technicians", "divers"}
    | {"chaplain", "chaplains", "paramedics", "mechanics", "instructors", "sappers"}
)
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY"})


# Religious honorifics written before a name, which news also uses for leaders of movements
# and states ("Mullah Mohammad Omar", "Ayatollah Ali Khamenei"): after an office's title they
# are part of the name ("Governor Mullah NAME"), and the office is the title.
RELIGIOUS_HONORIFICS = frozenset(
    {"mullah", "imam", "ayatollah", "maulana", "mawlana", "hojatoleslam"}
)


class AgentNouns:
    """Looks up agent nouns: the phrases in a Doc, and whether a word names an office."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self._dictionary = dictionary
        self._starts = {first_word(p) for p in dictionary.agents}
        self._prefixes = PhrasePrefixes(dictionary.agents)

    def find(self, doc: Doc, mentions: list[Mention]) -> AgentSpans:
        """Agent nouns outside names, keyed by their end token: end -> (start, sector)."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        result: AgentSpans = {}
        lowers = token_lowers(doc)
        i = 0
        while i < len(doc):
            if i in taken or lowers[i] not in self._starts:
                i += 1
                continue
            for end, key in reversed(phrase_keys(doc, i, MAX_AGENT_WORDS, self._prefixes)):
                if any(j in taken for j in range(i, end)):
                    continue
                sector = self._dictionary.agents.get(key)
                if sector is not None and end == i + 1 and is_name_cased_acronym(doc[i].text):
                    sector = None  # "Ngo", a surname, is not the agent "NGO"
                if sector is not None and _ends_a_place_name(doc, i, end):
                    break  # "Niger State", "Shan State": part of a region's name
                if sector is not None and end < len(doc) and _hyphen_after(doc, end):
                    break  # "state-run news agency": the noun after the hyphen is the agent
                if sector is not None and self._modifies_agent(doc, end, taken):
                    break  # "deputy" of "deputy energy minister": the head noun is the agent
                if sector is not None and carries_relief(doc, i, end):
                    break  # "a convoy of Turkish aid", "a relief convoy": no armed force
                if sector is not None:
                    stop = end
                    while stop - 1 > i and _trailing_particle(doc[stop - 1]):
                        # "ambassador to": the preposition is not the agent's, nor the "to" of
                        # an infinitive after it ("ordered the French ambassador to leave").
                        stop -= 1
                    # "the court" is listed whole: its article is the determiner, not the agent's.
                    first = i + 1 if lowers[i] == "the" and stop - i > 1 else i
                    result[stop] = (first, sector)
                    i = stop - 1
                    break
            i += 1
        result = office_title_agents(doc, ministry_agents(doc, result, taken), mentions)
        for end, (start, _) in result.items():
            if doc[start:end].text.lower() in OFFICER_NOUNS and _police_story(doc, start):
                result[end] = (start, "COP")  # "Police said officers arrested a man"
                continue
            if doc[start:end].text.lower() in DEPUTY_NOUNS and _sheriff_story(doc, start):
                result[end] = (start, "COP")  # "The sheriff said deputies arrested a man"
                continue
            voice = doc[end - 1].lower_ in VOICE_NOUNS
            if start == 0 or not (voice or doc[end - 1].lower_ in STAFF_NOUNS):
                continue
            # "army spokesman", "National Guard spokesman": the voice of the body before it;
            # "army engineers": members of the armed body before them.
            body = self.sector(doc[start - 2 : start].text) if start > 1 else None
            body = body or self.sector(doc[start - 1].text)
            if body is not None and (voice or body in ARMED_SECTORS):
                result[end] = (start, body)
        return result

    def at(self, doc: Doc, start: int, skip: int) -> tuple[int, str] | None:
        """The agent noun at `start` or after up to `skip` modifiers, ending last: (end, sector).

        "deputy foreign minister" gives "foreign minister", not "deputy".
        """
        best: tuple[int, str] | None = None
        for begin in range(start, min(len(doc), start + skip + 1)):
            for stop in range(min(len(doc), begin + MAX_AGENT_WORDS), begin, -1):
                sector = self.sector(doc[begin:stop].text)
                if sector is not None:
                    if best is None or stop > best[0]:
                        best = (stop, sector)
                    break
            if doc[begin].pos_ not in ("ADJ", "NOUN", "ADV", "PROPN"):
                break
        return best

    def sector(self, phrase: str) -> str | None:
        """The sector of an agent phrase ("foreign minister" -> GOV), if it is one."""
        return self._dictionary.agent_sector(phrase)

    def is_title_word(self, word: str) -> bool:
        return self.sector(word) is not None

    def is_title(self, token: Token) -> bool:
        """Whether a noun names an office ("minister", "envoy") or heads a body ("chief")."""
        return token.lower_ in HEAD_NOUNS or self.sector(token.text) is not None

    def _modifies_agent(self, doc: Doc, end: int, taken: set[int]) -> bool:
        """Whether the word ending an agent phrase modifies a later agent noun near it. A name
        already found is no agent noun (a surname "Dumas" is not the plural of "Duma")."""
        head = doc[end - 1].head
        if doc[end - 1].dep_ not in ("amod", "compound", "nmod") or not 0 <= head.i - end < 3:
            return False
        if head.i in taken:
            return False
        if any(t.tag_.startswith("VB") for t in doc[end : head.i]):
            return False  # "police chief ordered officers": a misparse, not a compound
        return any(
            self.sector(doc[b : head.i + 1].text) is not None
            and doc[b : head.i + 1].text.lower() not in RELIGIOUS_HONORIFICS
            for b in range(end, head.i + 1)
        )


# A convoy is a military word unless it carries relief, goods or people: "a convoy of aid
# trucks", "a Jordanian relief convoy", "a convoy of refugees" are no armed force.
CONVOY_NOUNS = frozenset({"convoy", "convoys"})
CARGO_WORDS = frozenset(
    {"aid", "relief", "humanitarian", "food", "medicine", "medicines", "medical", "supplies"}
    | {"supply", "fuel", "trucks", "lorries", "refugees", "evacuees", "civilians", "buses"}
    | {"goods", "grain", "blankets", "tents", "water", "families", "migrants", "wounded"}
)
ARMED_WORDS = frozenset(
    {"military", "army", "armoured", "armored", "troop", "troops", "tank", "tanks", "police"}
    | {"naval", "security", "rebel", "militia", "soldiers", "armed", "nato"}
)
CARGO_WINDOW = 6  # words after "convoy" that may say what it carries


def carries_relief(doc: Doc, start: int, end: int) -> bool:
    """Whether a convoy carries relief, goods or people rather than troops: a cargo word among
    its modifiers or the words after it, and no military word among its modifiers."""
    if doc[end - 1].lower_ not in CONVOY_NOUNS:
        return False
    head = doc[end - 1]
    modifiers = [t.lower_ for t in head.lefts]
    if any(w in ARMED_WORDS for w in modifiers):
        return False
    following = []
    for token in doc[end : min(len(doc), end + CARGO_WINDOW)]:
        if token.is_sent_start or token.lower_ in ARMED_WORDS:
            break  # "a convoy of troops", or a new sentence
        following.append(token.lower_)
    if any(w in CARGO_WORDS for w in modifiers + following):
        return True
    # "A convoy of 40 trucks carrying food ... The rebels let the convoy through": a convoy
    # named again is the one named before.
    return "the" in modifiers and _named_before_as_relief(doc, head.i)


def _named_before_as_relief(doc: Doc, before: int) -> bool:
    """Whether the last convoy named before a token carried relief."""
    earlier = [t.i for t in doc[:before] if t.lower_ in CONVOY_NOUNS]
    return bool(earlier) and carries_relief(doc, earlier[-1], earlier[-1] + 1)


# "Officers" alone are soldiers in wire news, but police in a story about the police.
OFFICER_NOUNS = frozenset({"officer", "officers"})
POLICE_WORDS = frozenset({"police", "policeman", "policemen", "policewoman", "constable"})


# Words that make a story about soldiers: the nearest of these or of the police words before
# "officers" says which they are when their own passage names neither.
MILITARY_WORDS = frozenset({"army", "military", "troops", "soldiers", "navy", "marines"})


def _police_story(doc: Doc, start: int) -> bool:
    """Whether the police are named in the sentence of a token or the one before it, or, with
    neither named there, whether the police are named before it in the article later than
    any army or troops ("Police in Denver were called ... Four of the officers fired")."""
    sentence = doc[start].sent
    first = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    passage = {t.lower_ for t in doc[first : sentence.end]}
    if passage & POLICE_WORDS:
        return True
    if passage & MILITARY_WORDS:
        return False
    for token in reversed(doc[:first]):
        if token.lower_ in POLICE_WORDS:
            return True
        if token.lower_ in MILITARY_WORDS:
            return False
    return False


# "Deputies" are legislators, except in a story about a sheriff, whose officers they are.
DEPUTY_NOUNS = frozenset({"deputy", "deputies"})


def _sheriff_story(doc: Doc, start: int) -> bool:
    """Whether a sheriff is named in the sentence of a token or the one before it."""
    sentence = doc[start].sent
    first = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    return any(t.lower_ in ("sheriff", "sheriffs") for t in doc[first : sentence.end])


# Agent nouns that end the names of regions when capitalised after a name ("Niger State").
PLACE_NAME_ENDINGS = frozenset({"State", "States"})


def _trailing_particle(token: Token) -> bool:
    """A preposition, or the "to" of an infinitive, that a listed agent phrase ends with."""
    return token.pos_ == "ADP" or (token.pos_ == "PART" and token.lower_ == "to")


def _ends_a_place_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word agent noun is the capitalised last word of a region's name."""
    return (
        end - start == 1
        and doc[start].text in PLACE_NAME_ENDINGS
        and start > 0
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].pos_ == "PROPN"
    )


def _hyphen_after(doc: Doc, end: int) -> bool:
    """Whether a hyphen joins the word before token `end` to the next ("state-run"), unlike a
    spaced dash that sets off an apposition ("NAME - the army chief - said")."""
    return doc[end].text == "-" and not doc[end - 1].whitespace_
