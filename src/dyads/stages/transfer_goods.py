"""What a transfer carries decides its aid: arms are military aid (CAMEO 072), food, medicine or
relief humanitarian aid (073), money economic aid (071).

"delivered 20 armoured vehicles to Latvia", "sent Yemen fuel and food", "handed Taipei a $1.1
billion arms package": the goods are the objects of a verb of giving or carrying (its direct
object, what it supplies a party "with"), or what a noun of transfer is "of" ("the delivery of
tanks to Poland"), with their modifiers. Arms outrank relief and relief outranks money ("two
million vaccine doses" is relief), so a price or count never hides what is given.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

import pycountry
from spacy.tokens import Token

from dyads.stages.trigger_lemmas import lemma_of

MILITARY_AID = "072"
HUMANITARIAN_AID = "073"
ECONOMIC_AID = "071"
GENERAL_AID = "070"
# Arms first: "a $2bn arms package" is military, "a million doses of vaccine" relief.
_PRIORITY = (MILITARY_AID, HUMANITARIAN_AID, ECONOMIC_AID)
# Object links that hold the goods; a party given them is a dative or "to"/"for" phrase.
_GOODS_LINKS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
_GOODS_PREPS = frozenset({"with", "of"})
# Modifiers of the goods that belong to them ("armoured vehicles", "air defence systems").
_MODIFIER_LINKS = frozenset({"compound", "amod", "nmod", "nummod", "quantmod", "conj", "pobj"})
_MODIFIER_PREPS = frozenset({"of", "in"})
_MAX_WORDS = 24
# "to Ukraine", "from Germany": the parties of a transfer noun, not its goods.
_PARTY_PREPS = frozenset({"to", "for", "from", "into"})
_MISREAD_LINKS = frozenset({"compound", "nmod"})
_FORCE_WORDS = frozenset(
    {"navy", "army", "air", "marine", "marines", "military", "coast", "guard", "police"}
)


@dataclass(frozen=True)
class TransferGoods:
    """Goods words by the aid code they make, and the nouns that name a transfer."""

    goods: tuple[tuple[str, frozenset[str]], ...]
    nouns: frozenset[str]

    @classmethod
    def from_data(cls, section: Mapping[str, object]) -> TransferGoods:
        words = section.get("goods", {})
        assert isinstance(words, dict)
        goods = tuple((code, frozenset(words.get(code, ()))) for code in _PRIORITY)
        nouns = section.get("nouns", ())
        assert isinstance(nouns, list)
        return cls(goods, frozenset(nouns))

    def code_of(self, words: Iterable[str]) -> str | None:
        """The aid code of the first kind of goods the words name, by priority."""
        present = {_singular_model(w) for w in words}
        for code, goods in self.goods:
            if present & goods:
                return code
        return None

    def refined(self, cameo: str, trigger: Token) -> str:
        """A general aid code made specific by the goods a verb or noun of giving carries; an
        economic or humanitarian code becomes military when arms are among the goods."""
        code = self.code_of(goods_words(trigger))
        if code is None or code == cameo:
            return cameo
        if cameo == GENERAL_AID or code == MILITARY_AID:
            return code
        return cameo

    def noun_code(self, noun: Token) -> str | None:
        """ "the delivery of tanks to Poland", "Seoul's transfer of artillery shells": a noun of
        transfer whose arms or relief go to a party or come from a possessor is aid. Money moved
        is no aid by the noun alone ("a transfer of $1m to an offshore account")."""
        if noun.lemma_.lower() not in self.nouns:
            return None
        children = list(noun.children)
        has_party = any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in _PARTY_PREPS) for c in children
        )
        if not has_party:
            return None  # "a food delivery app": no giver and no receiver
        code = self.code_of(goods_words(noun))
        return code if code in (MILITARY_AID, HUMANITARIAN_AID) else None


def goods_words(trigger: Token) -> list[str]:
    """The words (lower case and lemma) of what a verb or noun of transfer gives."""
    heads = []
    for child in trigger.children:
        if child.dep_ in _GOODS_LINKS:
            heads.append(child)
        elif child.dep_ == "prep" and child.lower_ in _GOODS_PREPS:
            heads.extend(o for o in child.children if o.dep_ == "pobj")
        elif child.dep_ == "compound" and trigger.pos_ == "NOUN":
            heads.append(child)  # "arms deliveries", "military aid"
        elif child.dep_ == "amod" and trigger.pos_ == "NOUN":
            heads.append(child)
    words: list[str] = []
    stack = heads
    while stack and len(words) < _MAX_WORDS:
        token = stack.pop()
        words += (token.lower_, lemma_of(token))
        for child in token.children:
            if child.dep_ in _MODIFIER_LINKS or (
                child.dep_ == "prep" and child.lower_ in _MODIFIER_PREPS
            ):
                stack.append(child)
    return words


def hands_arms_to_state(verb: Token) -> bool:
    """ "France handed over 12 howitzers to Armenia": arms handed over to a state named by its
    place name are given to it, not surrendered (rebels hand theirs to the army or the UN)."""
    return any(
        phrase.dep_ in ("prep", "dative")
        and phrase.lower_ == "to"
        and any(o.dep_ == "pobj" and o.ent_type_ == "GPE" for o in phrase.children)
        for phrase in verb.children
    )


def misread_indirect_object(verb: Token) -> Token | None:
    """ "Poland Sends Ukraine Fighter Jets", "handed the Philippines six patrol boats": a state
    the parser hung first on the object of a verb of giving, before the goods' own modifiers, is
    whom they are given to, not a kind of goods."""
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        lefts = [c for c in obj.lefts if c.dep_ != "det"]
        if len(lefts) < 2 or lefts[0].dep_ not in _MISREAD_LINKS or not _names_state(lefts[0]):
            continue
        # "sent US Navy helicopters": the state's own forces, not a receiver.
        if lefts[1].lower_ not in _FORCE_WORDS and lefts[1].ent_type_ != "ORG":
            return lefts[0]
    return None


def _names_state(token: Token) -> bool:
    """A place the tagger saw, or a country's name it left untagged in a headline."""
    return token.ent_type_ == "GPE" or (token.pos_ == "PROPN" and is_country_name(token.text))


@cache
def is_country_name(name: str) -> bool:
    """Whether a word or phrase is a country's name or code as ISO 3166 gives it."""
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


def _singular_model(word: str) -> str:
    """ "f-16s" → "f-16": a model number's plural is the model."""
    if len(word) > 2 and word.endswith("s") and word[-2].isdigit():
        return word[:-1]
    return word
