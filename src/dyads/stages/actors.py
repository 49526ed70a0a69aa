"""The actors stage: every person, body and group in an article, coded for the article's date.

``ActorRecognizer(extra_actors=None).process(doc, on)`` returns one ``Actor`` per mention:

1. Dictionary names (token index over the converted PETRARCH/Phoenix dictionary, the office
   table, organisations and media), longest match first, with a case check so that "us" or
   "who" are not countries or organisations (``actor_name_matcher.py``). Names of places that
   contain a country's name ("Indian Ocean") match but are never coded; "the Serbs of Kosovo"
   are Kosovo's civilians (``actor_residents.py``).
2. Agent nouns (``actor_agent_nouns.py``) joined to the country, capital or organisation
   before them ("Russian forces" -> RUS MIL, "Hungarian and Romanian officials" -> HUN GOV and
   ROU GOV) or after "of"/"from"/"in" ("the foreign ministers of France and Germany", "officials
   in Moscow"; not "its ambassador from Mali" nor "US troops in Syria"); "Russian-installed
   officials" are Russia's, "an aide to Zelensky" Ukraine's (``actor_agent_owners.py``); a
   state's "its aircraft" that strike are its forces (``actor_owned_aircraft.py``).
   Ministries and departments named by any portfolio are government bodies ("the Energy
   Ministry", "the Justice Department": ``actor_ministries.py``); a capitalised "Speaker" is a
   legislature's, "the Scottish Secretary" and "the Home Secretary" ministers
   (``actor_office_titles.py``); a province's adjective before a body names the province's
   state ("the Bavarian state government": ``actor_regional_demonyms.py``); the head of a
   body the tables lack, named between a state and the title, leads that body ("Oman Film
   Society president NAME": ``actor_named_bodies.py``).
   Neighbours that name one actor merge ("South Korea's Joint Chiefs of Staff", "Iraqi Kurds":
   ``actor_merges.py``). A hacker group named by its own name beside a hacker's noun ("a
   hacker group calling itself NAME") is a criminal actor (``actor_hacker_groups.py``).
3. People: dictionary people, spaCy PERSON entities and capitalised names after a title
   ("Foreign Minister Ana Ruiz"). Names set off by commas next to a title are people even where
   spaCy misses them ("Russia's envoy to the UN, NAME," and "NAME, the head of Ukraine's
   military intelligence,") (``actor_new_people.py``). Titles and nationalities before a name
   join its mention; an unknown person takes the country and the title's sector; "former"
   gives sector ELI (``actor_titles.py``, ``actor_appositions.py``). Well-known people named by
   one word ("Mobutu", "President Mugabe") are resolved by the date among the people the word
   may name (``actor_lone_names.py``, ``actor_surnames.py``). The head or envoy of a body
   ("U.N. Secretary-General X") is coded with the body, and so is a head named by his body
   alone ("the head of the central bank"); "a former defence minister of X" is ELI
   (``actor_heads.py``). Heads of international bodies carry the body's code and no sector,
   known or not ("World Bank President X", "IMF Managing Director X"), unlike officers of
   another trade ("ICC prosecutor X" is JUD). A title after a name, set off by commas or spaced
   dashes, decides as one before it ("NAME, commander-in-chief of the armed forces,", "NAME -
   the army chief -"). A religious honorific in a name ("Mullah", "Imam", "Ayatollah") gives
   REL only to people no table codes otherwise; such a cleric is placed like a rebel leader.
   A religious title right before a name ("Pastor NAME", "Father NAME") is a REL title, though
   the tagger tags no person there (``actor_clerics.py``).
4. Peoples, faiths and shared party names ("Tamil rebels", "Muslim militants", "Labour") take
   the state where the text places them (``actor_placement.py``); so do rebels, gangs,
   protesters or an opposition with no state of their own, from the places their sentence
   names, else the state in focus (``actor_implied_states.py``); "ethnic Turks" with no state
   after them, from the other state their passage names (``actor_residents.py``); and
   "Indians" in the Americas, the state's native peoples (``actor_indigenous.py``). "Arab
   leaders" and "Western diplomats" are of no one state: uncoded, with the noun's sector
   (``actor_regional.py``). Towns the dictionary lacks are placed by the gazetteer and help
   place them (``actor_towns.py``); "Israel's militia ally in southern Lebanon" is Lebanon's
   (``actor_agent_owners.py``). A rebel or militia leader named without a state leads in the
   state his sentence places him in, else the state in focus ("Rebel leader NAME said his
   men took two towns in northern Uganda": ``actor_implied_states.py``). A bare "Congress" is
   India's Congress party, the US Congress or another state's legislature as the article's
   states say (``actor_congresses.py``); "the Centre" of an article about India is its Union
   government (``actor_union_centres.py``); a party named "the opposition X", or out of
   government on the coding date by ``data/actors/governing_parties.tsv``, is OPP
   (``actor_opposition.py``). The head of a one-party state's ruling party ("Party chief NAME",
   "China's party chief") is its government (``actor_party_heads.py``); "the Belgian EU
   presidency" is Belgium's government (``actor_presiding_states.py``); "Radio Rwanda" is
   Rwanda's radio, its media (``actor_radio_outlets.py``).
5. Capitals count as their government only where they act ("Moscow said", "talks between
   Moscow and Seoul", "criticism from Moscow"), not as locations ("in Moscow", "visited
   Moscow"); other places are left to the geoparser. In a story naming a former state and not
   its successor, the successor's capital is the former state's (``actor_former_states.py``);
   a seat of government is its government only on the dates it was one ("Bonn" until 1999,
   "Lagos" until 1991, "Belgrade" for Yugoslavia until 1992: ``actor_seats.py``).
   Police, troops or authorities with no state in view take the state of a town their
   sentence names, also one folded into another party's mention ("Police opened fire on
   rioters in Ambon": ``actor_implied_states.py``).
   Towns the dictionary files as names of their state ("Rafah") are read like capitals, and act
   only as the subject of a verb of saying or acting (``actor_town_names.py``); so do their
   provinces ("Anbar"), and a state named like a region of another state whose towns the
   article names ("Georgia" beside "Atlanta": ``actor_namesake_regions.py``).
   A bare "the government" or "the army" is that of the state in focus; so are "Police" and
   "Government troops" as subjects, "its army" as a subject, "the Democratic governor" and "the
   new government" (a party or tenure word before the body), and "his government" is that of
   the person "his" stands for (``actor_implied_states.py``); "Soldiers fired ..., the Egyptian
   army said": a body of the same sector that reports its clause gives its state
   (``actor_reporting_bodies.py``); "a police raid", "a government crackdown": a body named
   before the act it carries out is of the state in focus (``actor_acting_bodies.py``), and so
   is one named with "a" that acts ("A federal court upheld the fine"). "The country" is the
   state in focus, "the two countries" and "both governments" the pair named last, "the
   charity" or "the rights group" the non-governmental body named last (``actor_anaphors.py``);
   other pair words ("the two leaders") are never one state. Beyond
   the two sentences before, an earlier body of the same kind, the dateline's place or the one
   state the article names most decides, and a body that acts with none in view is an actor of
   its sector with no state (``actor_article_states.py``). "SA" or "MDC" is the one of its
   states the article names otherwise, or names most (``actor_short_forms.py``). "The
   island nation", "the Gulf kingdom" are the state in focus if the description fits it, else
   the last fitting state named (``actor_state_epithets.py``); "rebels who crossed from
   Tanzania" leave Tanzania out, a place of origin (``actor_origins.py``).
6. Names in modifiers that name no party are dropped ("the Gulf of Oman", "Iranian-made
   drones", "pro-Russian separatists"); a "-bound" destination is a party with no sector; a
   body "backed" or "led" by another is its own state's ("Libya's U.N.-backed government")
   (``actor_modifiers.py``); a region named with its state that speaks is that state's
   government ("Iraq's Kurdistan region said": ``actor_shared_regions.py``).
7. Later mentions of a person keep the first mention's coding; bare surnames ("Lavrov said",
   "De Mistura said", "Kosiniak-Kamysz", "Bashir" after "Omar al-Bashir", "Assad" after "Hafez
   al-Assad" though the word is also another's alias) resolve to the full
   name met earlier, before any dictionary namesake of that word, and he/she/his/her to the
   nearest fitting person before them, of a compatible gender where it is known
   (``actor_coreference.py``); a sentence opening with "It" is the body or state that was the
   subject of the sentence before (``actor_body_pronouns.py``). A person nothing else codes
   who acts ("Okonkwo warned") takes an
   earlier fuller mention's coding, the body in a role beside the name ("NAME, a researcher for
   Amnesty International,"), else the article's own state (``actor_article_people.py``). A
   count of people ("killing eight people") takes no state in focus; a lone official with none
   in view takes the state named after it in its sentence
   ("The prosecutor told the Nigerian court": ``actor_implied_states.py``). An envoy posted
   "to" a state is never that state's ("NAME, ambassador to Kenya, said Japan would ...":
   ``actor_envoy_posts.py``).

The pipeline re-places an actor named by a town once the geoparser has resolved that town to
another state with evidence ("Police in London, Ontario,": ``actor_place_agreement.py``), in
``Pipeline.actors_and_places``, which every entry point that codes actors goes through.
A state is named as news names it (``state_names.py``).

Codes are ISO 3166 alpha-3 or CAMEO-style IGO/NGO/IMG codes (see data/actors/SOURCE.md); sectors
are PLOVER sector codes. The date ``on`` picks office holders' codes; ``None`` means "now".

The user file given as ``extra_actors`` has the columns of ``data/actors/offices.tsv`` (tab
separated, header ``name aliases country sector office start end``, aliases ';'-separated, dates
YYYY-MM-DD or empty). Its rows replace any built-in actor of the same name or alias; a row with
neither office nor dates is an organisation, otherwise a person.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from spacy.tokens import Doc, Span

from dyads.records import Actor
from dyads.stages.actor_agent_nouns import AgentNouns
from dyads.stages.actor_agent_owners import allied_bodies, attach_agents
from dyads.stages.actor_anaphors import (
    armed_group_anaphors,
    body_anaphors,
    charity_anaphors,
    country_anaphors,
    with_pair_anaphors,
)
from dyads.stages.actor_article_people import article_people
from dyads.stages.actor_body_pronouns import body_pronouns
from dyads.stages.actor_clerics import with_clerical_titles
from dyads.stages.actor_company_words import company_words
from dyads.stages.actor_congresses import congress_mentions
from dyads.stages.actor_coreference import consistent_people, pronouns, surnames, with_gender
from dyads.stages.actor_dictionary import ActorDictionary
from dyads.stages.actor_divided_states import compass_halves
from dyads.stages.actor_former_names import without_former_names
from dyads.stages.actor_former_states import former_capitals
from dyads.stages.actor_hacker_groups import hacker_groups
from dyads.stages.actor_heads import headed_bodies
from dyads.stages.actor_implied_states import (
    definite_agents,
    located_agents,
    place_titled_people,
)
from dyads.stages.actor_indigenous import native_peoples
from dyads.stages.actor_led_forces import led_forces
from dyads.stages.actor_lone_names import LoneNames
from dyads.stages.actor_merges import (
    demonym_bodies,
    national_groups,
    national_sections,
    national_subsidiaries,
)
from dyads.stages.actor_modifiers import backed_bodies, destinations
from dyads.stages.actor_name_matcher import NameMatcher
from dyads.stages.actor_namesake_regions import namesake_regions
from dyads.stages.actor_new_people import new_people
from dyads.stages.actor_opposition import opposition_parties
from dyads.stages.actor_origins import without_origins
from dyads.stages.actor_owned_aircraft import owned_aircraft
from dyads.stages.actor_party_heads import ruling_party_heads
from dyads.stages.actor_patterns import Mention, acts_as_agent
from dyads.stages.actor_placement import place_groups
from dyads.stages.actor_presiding_states import presiding_states
from dyads.stages.actor_radio_outlets import radio_outlets
from dyads.stages.actor_regional import regional_bodies
from dyads.stages.actor_regional_demonyms import regional_demonyms
from dyads.stages.actor_residents import ethnic_minorities, residents
from dyads.stages.actor_seats import dated_seats
from dyads.stages.actor_shared_regions import speaking_regions
from dyads.stages.actor_short_forms import short_form_mentions
from dyads.stages.actor_state_epithets import island_states, state_epithets
from dyads.stages.actor_titles import TitledPeople
from dyads.stages.actor_town_names import is_town_mention, town_acts, towns_as_capitals
from dyads.stages.actor_towns import acting_provinces, dated_towns, town_mentions
from dyads.stages.actor_union_centres import union_centres
from dyads.stages.actor_verb_agents import without_verb_prefixes, without_verbs
from dyads.stages.actor_vocatives import addressed_mentions
from dyads.stages.actor_warships import warships
from dyads.stages.datelines import dateline_tokens
from dyads.stages.state_names import state_name

# Places a party's mention may fold in ("rioters in Ambon", "rebels in Chechnya") that still
# say where a posted body acts.
FOLDED_PLACE_KINDS = frozenset({"place", "capital", "country"})


class ActorRecognizer:
    """Finds and codes political actors in a parsed article."""

    def __init__(self, extra_actors: Path | None = None) -> None:
        self.dictionary = ActorDictionary(extra_actors)
        self._names = NameMatcher(self.dictionary)
        self._agent_nouns = AgentNouns(self.dictionary)
        self._lone_names = LoneNames(
            self.dictionary, self._agent_nouns.is_title, self._agent_nouns.sector
        )
        self._titled_people = TitledPeople(self._names, self._agent_nouns)
        self._placements = self.dictionary.placements
        self._shared_regions = set(self.dictionary.regions)

    def process(self, doc: Doc, on: dt.date | None) -> list[Actor]:
        # Each step sees the mentions of the steps before it; the order matters.
        mentions = without_former_names(doc, self._names.mentions(doc, on), on)
        # "Shell Nigeria officials": the subsidiary is named before agents find their owners.
        mentions = demonym_bodies(doc, national_subsidiaries(doc, mentions))
        words = company_words(doc, mentions, self.dictionary.company_words, on)
        mentions = sorted(mentions + words, key=lambda m: m.start) if words else mentions
        mentions = dated_seats(doc, mentions, on, self.dictionary)
        mentions = former_capitals(mentions)
        mentions = namesake_regions(doc, towns_as_capitals(doc, mentions))
        mentions = compass_halves(doc, mentions, on)
        mentions = residents(doc, self._lone_names.resolve(doc, mentions, on))
        mentions += country_anaphors(doc, mentions)
        mentions += body_anaphors(doc, mentions)
        mentions += charity_anaphors(doc, mentions)
        mentions += armed_group_anaphors(doc, mentions)
        mentions += short_form_mentions(doc, mentions)
        mentions += union_centres(doc, mentions)
        mentions = without_origins(doc, island_states(doc, state_epithets(doc, mentions)))
        mentions = acting_provinces(doc, mentions + town_mentions(doc, mentions))
        mentions = dated_towns(doc, mentions, on)
        mentions = speaking_regions(doc, destinations(doc, mentions), self._shared_regions)
        mentions = radio_outlets(doc, presiding_states(doc, mentions))
        agents = without_verbs(doc, self._agent_nouns.find(doc, mentions))
        agents = without_verb_prefixes(doc, agents, self._agent_nouns.sector)
        agents = with_clerical_titles(doc, mentions, agents, self.dictionary.given_names)
        agents = owned_aircraft(doc, agents, mentions)
        mentions = regional_demonyms(doc, mentions, agents, self._shared_regions)
        mentions += hacker_groups(doc, mentions, agents)
        mentions = warships(doc, mentions)
        towns = tuple(m for m in mentions if m.kind in FOLDED_PLACE_KINDS and m.code)
        mentions = allied_bodies(doc, attach_agents(doc, mentions, agents, self._placements))
        # Towns joined to a party's mention ("rioters in Ambon") still place posted bodies.
        kept = {(m.start, m.end) for m in mentions}
        folded = tuple(m for m in towns if (m.start, m.end) not in kept)
        mentions = led_forces(doc, backed_bodies(doc, mentions, agents), self.dictionary, on)
        mentions += new_people(doc, mentions, agents, self._agent_nouns.is_title)
        # People no table knows, before titles code them: those left uncoded are placed by the
        # article at the end (``article_people``).
        untitled = [m for m in mentions if m.kind == "person" and m.entry is None and not m.code]
        mentions = self._titled_people.extend(doc, mentions, agents, on)
        mentions = national_sections(doc, mentions)
        mentions = national_groups(mentions, self._placements)
        mentions = place_groups(doc, mentions, self._placements, self._names.longest)
        mentions = native_peoples(doc, ethnic_minorities(doc, mentions))
        mentions += regional_bodies(doc, mentions, agents)
        # The dateline names where the story was filed: never an actor, though it may say
        # whose officials are meant ("NEW DELHI - Officials said").
        filed_at = dateline_tokens(doc)
        located = located_agents(doc, mentions, agents, filed_at, folded)
        given_names = self.dictionary.given_names
        context = mentions
        mentions = [
            with_gender(doc, m, given_names)
            for m in mentions
            if m.start not in filed_at and self._is_actor(doc, m)
        ]
        mentions = sorted(
            mentions
            + definite_agents(doc, mentions, agents, context, located, filed_at, folded)
            + located,
            key=lambda m: m.start,
        )
        mentions = place_titled_people(doc, headed_bodies(doc, mentions), context, filed_at, folded)
        mentions = congress_mentions(doc, mentions, context)
        mentions = opposition_parties(doc, mentions, on, self._names.longest)
        mentions = ruling_party_heads(doc, mentions)
        mentions = consistent_people(doc, mentions)
        mentions += surnames(doc, mentions, self._agent_nouns.is_title_word)
        placed = article_people(
            doc, mentions, untitled, context, agents, filed_at, self._agent_nouns.is_title_word
        )
        mentions += [with_gender(doc, m, given_names) for m in placed]
        # Those people named again by surname alone ("Sharma said", tagged as a body).
        named_again = surnames(doc, mentions, self._agent_nouns.is_title_word) if placed else []
        mentions += [m for m in named_again if any(m.name == p.name for p in placed)]
        mentions.sort(key=lambda m: m.start)
        mentions += pronouns(doc, mentions)
        mentions += body_pronouns(doc, mentions)
        mentions += addressed_mentions(doc, mentions, self.dictionary, on)
        mentions.sort(key=lambda m: m.start)
        mentions = with_pair_anaphors(doc, mentions)
        return [_actor(doc, m) for m in mentions]

    def name_spans(self, doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        """Where the dictionary's names lie among tokens start to end, uncoded."""
        return self._names.name_spans(doc, start, end)

    def is_agent_word(self, word: str) -> bool:
        """Whether a word is an agent noun of the table ("Minister", "Army", "Rebels")."""
        return self._agent_nouns.is_title_word(word)

    def _is_actor(self, doc: Doc, mention: Mention) -> bool:
        """Whether a mention is an actor: places are the geoparser's, and a capital counts as
        its government only where it acts ("Moscow said", not "in Moscow")."""
        if mention.kind == "place":
            return mention.sector is not None  # a province that acts ("Texas sued")
        if mention.kind == "group" and mention.entry and self._names.is_modifier(mention.entry):
            return False  # "a Kurdish town": the adjective qualifies no actor
        if is_town_mention(mention):
            return town_acts(doc, mention.start, mention.end)
        if mention.kind == "capital":
            return acts_as_agent(doc, mention.start, mention.end)
        return mention.code is not None or mention.sector is not None


def _ends_with_full_stop(tokens: Span) -> bool:
    """Whether a name's last word carries the stop that ends its sentence: a word of three
    letters or more ("Jun.", not an initial "J." nor "Jr.") that ends the sentence."""
    last = tokens[-1]
    word = last.text.removesuffix(".")
    if not last.text.endswith(".") or len(word) < 3 or not word.isalpha():
        return False
    return last.is_sent_end or last.i == len(last.doc) - 1


def _actor(doc: Doc, mention: Mention) -> Actor:
    """The record that leaves the stage: the words, the codes and character offsets."""
    tokens = doc[mention.start : mention.end]
    name = mention.name
    if name == mention.code:
        name = state_name(name)  # a body placed by its state alone ("demonstrators" in Kenya)
    if mention.kind == "person" and _ends_with_full_stop(tokens):
        # "said Defence Minister Dong Jun.": the tokenizer kept the stop on a name that reads
        # as an abbreviation ("Jun."); it ends the sentence, not the name (the words and their
        # offsets stay the token's).
        name = name.removesuffix(".")
    return Actor(
        text=tokens.text,
        name=name,
        code=mention.code,
        sector=mention.sector,
        span=(tokens.start_char, tokens.end_char),
    )
