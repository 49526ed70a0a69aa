"""People named by one word in the text ("Mobutu", "President Mugabe"), resolved by the date.

The candidates and the choice among them are ``actor_surnames.py``'s; this module finds the
words that may be such a name, and says what the text tells of them (a title, a PERSON entity).
A word of a full name met in the same article is left to coreference instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Doc, Token

from dyads.stages.actor_coreference import HONORIFICS
from dyads.stages.actor_dictionary import ActorDictionary, Entry, token_key
from dyads.stages.actor_patterns import (
    BODY_KINDS,
    GOVERNMENT_NOUNS,
    HEAD_NOUNS,
    NAME_TAGS,
    STATE_SECTORS,
    Mention,
)
from dyads.stages.actor_surnames import PARTICLES, ROYAL_TITLES, Evidence, Resolved, SurnameIndex
from dyads.stages.doc_utils import token_table

STATE_MENTION_KINDS = frozenset({"country", "capital", "place"})
# Verbs of speech whose subject, when it is a known surname, shows a person.
SPEECH_LEMMAS = frozenset({"say", "tell", "add", "warn", "insist", "reply"})
# Entity types a lone surname never has ("Castro Street" is a FAC, "May" a DATE).
NOT_LONE_NAME_ENTITIES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "FAC", "LOC"}
    | {"EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"}
)
# Words before a name that make it a place's or a saint's: "St. Thomas", "Fort Worth".
PLACE_PREFIXES = frozenset({"st", "saint", "san", "santa", "fort", "port", "mount", "lake", "cape"})
# Nouns of a leader's followers, whose modifier is the leader ("Aidid supporters").
FOLLOWER_NOUNS = frozenset({"supporter", "loyalist", "follower", "partisan", "militiaman"})
# Titles that name a person before a lone surname ("President Mobutu", "Gen. Pinochet"); other
# agent nouns do not ("State Street").
PERSON_TITLES = frozenset(
    {"president", "premier", "minister", "chancellor", "leader", "chairman", "chairwoman"}
    | {"gen", "general", "col", "colonel", "marshal", "admiral", "commander", "senator", "sen"}
    | {"governor", "secretary", "ambassador", "envoy", "dictator", "strongman", "comrade"}
    | {"mayor", "judge", "justice", "speaker", "spokesman", "spokeswoman", "rep", "lt"}
)


class LoneNames:
    """Codes leaders named by one word, for the date and the states in view."""

    def __init__(
        self,
        dictionary: ActorDictionary,
        is_title: Callable[[Token], bool],
        sector_of: Callable[[str], str | None] | None = None,
    ) -> None:
        self._surnames = SurnameIndex(
            dictionary.person_phrases(), dictionary.given_names, dictionary.materialise
        )
        self._is_title = is_title
        self._sector_of = sector_of

    def resolve(self, doc: Doc, mentions: list[Mention], on: dt.date | None) -> list[Mention]:
        """Leaders named by surname or mononym alone ("Mobutu", "President Mugabe"), added to
        the dictionary's mentions. A one-word dictionary person is checked the same way, so the
        date can pick another holder of the name ("Assad" in 1986 is Hafez al-Assad); when the
        evidence is unclear it stays as the dictionary has it."""
        # States the article names, and those of the office holders it names ("Trump and
        # Vance": the United States is in view).
        in_view = {
            m.code
            for m in mentions
            if m.code is not None
            and len(m.code) == 3
            and (
                m.kind in STATE_MENTION_KINDS or (m.kind == "person" and m.sector in STATE_SECTORS)
            )
        }
        taken = {i for m in mentions for i in range(m.start, m.end)}
        by_end = {m.end: m for m in mentions}
        named = full_name_words(doc, mentions)
        result = []
        for mention in mentions:
            entry = mention.entry
            lone = mention.kind == "person" and mention.end - mention.start == 1
            if lone and entry is not None and self._other_given_name(doc, mention.start, entry):
                continue  # "shopkeeper Ana Lula": someone else who shares the leader's name
            # The office table is the witness for its people while they hold office.
            lone = lone and entry is not None and not (entry.from_table and entry.code_on(on)[1])
            word = doc[mention.start].text
            if lone and entry is not None and not _elsewhere(named.get(word, []), mention.start):
                key = token_key(doc[mention.start])
                evidence = Evidence(person=True, titled=False)
                found = self._surnames.resolve(key, on, in_view, evidence, also=entry)
                if found is not None and found.entry is not None and found.entry.name != entry.name:
                    mention = _lone_mention(mention.start, mention.end, found)
            result.append(mention)
        texts = token_table(doc).texts
        for i in range(len(doc)):
            if i in taken or not texts[i][:1].isupper():
                continue  # a lone name is capitalised (see ``_may_be_lone_name``)
            spot = self._lone_name_at(doc, i, taken, by_end)
            if spot is None or _elsewhere(named.get(doc[i].text, []), i):
                continue  # "Li Wenzu ... Li": the article's own person, for coreference
            start, evidence = spot
            found = self._surnames.resolve(token_key(doc[i]), on, in_view, evidence)
            if found is not None and found.code is not None:
                result.append(_lone_mention(start, i + 1, found, doc[i].text))
        return sorted(result, key=lambda m: m.start)

    def _lone_name_at(
        self, doc: Doc, i: int, taken: set[int], by_end: dict[int, Mention]
    ) -> tuple[int, Evidence] | None:
        """Whether token i may be a person's lone name: its start, taking in a particle ("de
        Klerk"), and what the text says of it (see ``Evidence``)."""
        token = doc[i]
        if not self._may_be_lone_name(token) or _continues_name(doc, i):
            return None
        start = i
        while start > 0 and doc[start - 1].lower_ in PARTICLES and start - 1 not in taken:
            start -= 1
        titled = royal = False
        if start > 0:
            before, body = doc[start - 1], by_end.get(start)
            word = before.lower_.rstrip(".")
            if word in PLACE_PREFIXES or before.text == "-" or before.is_quote:
                return None  # "St. Thomas", "Dan-Ali", a nickname in quotes
            if self._introduced(doc, start):
                return None  # "his son, Sebastian": someone the article introduces
            if word in HONORIFICS or word in PERSON_TITLES:
                titled, royal = True, word in ROYAL_TITLES
            elif body is not None and body.kind in BODY_KINDS:
                pass  # "Zimbabwean Mugabe"
            elif before.text[:1].isupper() and before.tag_ in NAME_TAGS:
                return None  # "Juan Ortega" is not Daniel Ortega, nor "J. Dunbar" anyone else
        person = titled or token.ent_type_ == "PERSON" or _speaks(token) or _leads(token)
        return start, Evidence(person=person, titled=titled, royal=royal, acts=_acts(token))

    def _other_given_name(self, doc: Doc, start: int, entry: Entry) -> bool:
        """Whether a one-word name is the last of a person's full name that is not the
        leader's: a capitalised word of the same name before it (in the PERSON entity, or a
        compound of it) that the leader's name lacks ("Ana Lula" is not Lula; "Inacio Lula" may
        be)."""
        if start == 0 or doc[start].ent_type_ != "PERSON":
            return False
        before = doc[start - 1]
        if before.tag_ not in NAME_TAGS or before.ent_type_ not in ("PERSON", ""):
            return False
        if before.ent_type_ == "" and not (before.dep_ == "compound" and before.head.i == start):
            return False  # an untagged word only as part of the name
        word = before.lower_.rstrip(".")
        if not before.text[:1].isupper() or word in HONORIFICS or word in PERSON_TITLES:
            return False
        if self._is_title(before):
            return False
        return word not in entry.name.lower().replace("-", " ").split()

    def _introduced(self, doc: Doc, start: int) -> bool:
        """Whether a name stands in apposition after a common noun that is no title: "his
        son, Sebastian", but not "the president, Mobutu"."""
        if start < 2 or doc[start - 1].text != ",":
            return False
        noun = doc[start - 2]
        return noun.pos_ == "NOUN" and noun.is_lower and not self._is_title(noun)

    def _may_be_lone_name(self, token: Token) -> bool:
        """A capitalised proper noun the index knows, not a body ("Duma") nor a modifier of a
        thing ("Bush fires")."""
        if not token.text[:1].isupper() or not token.is_alpha or token.is_stop:
            return False
        if token.ent_type_ in NOT_LONE_NAME_ENTITIES or not _name_tagged(token):
            return False
        if token_key(token) not in self._surnames:
            return False
        if self._is_title(token) and not self._trade_surname(token):
            return False
        return not self._modifies_thing(token)

    def _trade_surname(self, token: Token) -> bool:
        """Whether a word that is also the noun of a trade ("Baker", "Cook", "Butler") is used
        as a surname: tagged a person, in the singular, and named without an article, where
        the trade's noun would need one ("Baker met Shevardnadze"). An office's noun
        ("Minister", "Chief") never is."""
        if self._sector_of is None or token.ent_type_ != "PERSON" or token.tag_ != "NNP":
            return False
        sector = self._sector_of(token.lower_)
        if sector is None or sector in STATE_SECTORS or token.lower_ in HEAD_NOUNS:
            return False
        return not any(c.dep_ == "det" for c in token.children)

    def _modifies_thing(self, token: Token) -> bool:
        """Whether a name modifies a common noun that is no body or office: "Bush fires", but
        not "the Mugabe government" or "the Castro regime"."""
        head = token.head
        if token.dep_ != "compound" or head.i < token.i or head.pos_ != "NOUN":
            return False
        if head.lemma_.lower() in FOLLOWER_NOUNS:
            return False  # "Aidid supporters": the people a leader has
        return head.is_lower and head.lower_ not in GOVERNMENT_NOUNS and not self._is_title(head)


# Entities a capitalised word the tagger took for a common noun may still be a name in
# ("Barak and Sharaa met": an unfamiliar surname read as a singular noun of a place).
NAMED_ENTITIES = frozenset({"PERSON", "GPE", "ORG", "NORP"})


def _name_tagged(token: Token) -> bool:
    """Whether a word is tagged as a proper noun, or as a singular noun the tagger makes a
    person's ("Rabin ordered"), or inside another named entity away from the sentence's start,
    where only a name is capitalised."""
    if token.tag_ in NAME_TAGS:
        return True
    if token.tag_ != "NN":
        return False
    return token.ent_type_ == "PERSON" or (
        token.i > token.sent.start and token.ent_type_ in NAMED_ENTITIES
    )


def _speaks(token: Token) -> bool:
    """Whether a word the tagger left untagged (or took for an organisation) is the subject
    of a verb of speech, as people named by surname are in news ("Choe told ...")."""
    return (
        token.ent_type_ in ("", "ORG")
        and token.dep_ == "nsubj"
        and token.head.lemma_ in SPEECH_LEMMAS
    )


def _acts(token: Token) -> bool:
    """Whether a word the tagger left untagged is the subject of a verb ("Kinkel urged
    Belgrade", "Ciller sent troops"): enough for a leader of recent years the name alone
    denotes, not for a minister among many."""
    return token.ent_type_ == "" and token.dep_ == "nsubj" and token.head.pos_ == "VERB"


def _leads(token: Token) -> bool:
    """Whether a word the tagger left untagged names whom a noun of followers follows
    ("Aidid supporters", "Taylor loyalists"), as people named by surname are in news."""
    return (
        token.ent_type_ in ("", "ORG", "PERSON")
        and token.dep_ == "compound"
        and token.head.lemma_.lower() in FOLLOWER_NOUNS
    )


def full_name_words(doc: Doc, mentions: list[Mention]) -> dict[str, list[range]]:
    """Words of the full names in an article (PERSON entities and dictionary people of
    several words), each with the token ranges of the names holding it."""
    spans = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
    spans += [(m.start, m.end) for m in mentions if m.kind == "person" and m.end - m.start > 1]
    words: dict[str, list[range]] = {}
    for start, end in spans:
        for token in doc[start:end]:
            if token.text[:1].isupper() and token.lower_ not in HONORIFICS:
                words.setdefault(token.text, []).append(range(start, end))
    return words


def _lone_mention(start: int, end: int, found: Resolved, word: str = "") -> Mention:
    name = found.entry.name if found.entry is not None else word
    return Mention(
        start, end, name, "person", found.code, found.sector, found.entry, by_surname=True
    )


def _continues_name(doc: Doc, i: int) -> bool:
    """Whether the word after token i goes on with a longer name ("Castro Ruz", "Mansur M.",
    "Houphouet-Boigny", "Hamdan bin Mohammed", "Hassan al-Turabi"), or introduces someone
    ("Castro, a local activist"), whom a leader's surname does not name."""
    if i + 1 >= len(doc):
        return False
    after = doc[i + 1]
    following = doc[i + 2] if i + 2 < len(doc) else None
    if after.text == "-" or (after.text[:1].isupper() and not after.is_punct):
        return True
    if following is None:
        return False
    if after.lower_ in PARTICLES and (following.text[:1].isupper() or following.text == "-"):
        return True
    return after.text == "," and following.lower_ in ("a", "an")


def _elsewhere(names: list[range], i: int) -> bool:
    """Whether any of these names lies away from token i."""
    return any(i not in name for name in names)
