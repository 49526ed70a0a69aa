"""Whether a trigger names its recipient only by reference back ("aid to the country", "talks
with them", "rejected the criticism"): the recipient is there but uncoded, so none is implied in
its place."""

from __future__ import annotations

from spacy.tokens import Token

# Words that name a party only by reference back to one named before.
_BACK_REFERENCES = frozenset(
    {"country", "nation", "government", "state", "regime", "authorities", "side", "people"}
)
_RECIPIENT_PREPOSITIONS = frozenset({"to", "with", "against", "for", "toward", "towards"})
_REFERRING_DETERMINERS = frozenset({"the", "its", "their", "that", "this"})


def names_a_party_by_reference(trigger: Token) -> bool:
    """Whether the trigger, or its object, has a recipient phrase naming a party only by a
    pronoun or a word referring back ("provide aid to the country", "talks with them")."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "obj"))]
    for head in heads:
        for prep in head.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ not in _RECIPIENT_PREPOSITIONS:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.pos_ == "PRON" or (
                    obj.lower_ in _BACK_REFERENCES
                    and any(d.lower_ in _REFERRING_DETERMINERS for d in obj.lefts)
                ):
                    return True
    return False


# Nouns for other parties named by their bond to the actor or by a world region, which no
# state code fits ("called on Western allies", "urged the West", "appealed to donors").
_OTHER_PARTY_NOUNS = frozenset(
    {"ally", "allies", "partner", "partners", "donor", "donors", "neighbour", "neighbours"}
    | {"neighbor", "neighbors", "west", "community", "backers", "friends", "world", "sides"}
    | {"powers"}  # plural only: "hand over power" names no party
)
# Prepositions by which an object names who made it ("a demand by six world powers").
_AUTHOR_PREPOSITIONS = frozenset({"by", "from"})
# Where such a party stands as the one acted on or addressed.
_ADDRESS_PREPOSITIONS = _RECIPIENT_PREPOSITIONS | {"on", "upon"}
# Nouns of a quarrel, whose "with" phrase names the other side.
_DISPUTE_NOUNS = frozenset(
    {"dispute", "conflict", "quarrel", "row", "feud", "wrangle", "difference", "differences"}
)


def names_other_parties_by_kind(trigger: Token) -> bool:
    """Whether the trigger's object or addressee names other parties by a noun no state code
    fits ("called on Western allies to send", "urged the West", "appealed to the international
    community", "rejected a demand by six world powers") or as of other states ("expelled
    foreign journalists"): the recipient is there but uncoded, so the actor's own country is
    not implied in its place."""
    heads = [c for c in trigger.children if c.dep_ in ("dobj", "dative")]
    heads += [
        o
        for prep in trigger.children
        if prep.dep_ in ("prep", "dative") and prep.lower_ in _ADDRESS_PREPOSITIONS
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    # "rejected a demand by six world powers": the authors of what it answers.
    heads += [
        o
        for obj in trigger.children
        if obj.dep_ == "dobj"
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ in _AUTHOR_PREPOSITIONS
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    return any(
        h.lemma_.lower() in _OTHER_PARTY_NOUNS
        or h.lower_ in _OTHER_PARTY_NOUNS
        or any(m.dep_ in ("amod", "compound") and m.lower_ in _FOREIGN_WORDS for m in h.children)
        for h in heads
    ) or any(_names_dispute_partner(h) for h in heads)


def _names_dispute_partner(noun: Token) -> bool:
    """ "settled its trademark dispute with the Beatles' record company": a dispute "with" a
    party names the other side, coded or not."""
    return noun.lemma_.lower() in _DISPUTE_NOUNS and any(
        p.dep_ == "prep" and p.lower_ in ("with", "between") for p in noun.children
    )


# Modifiers that say people are of another state than the actor's ("expelled foreign
# journalists", "detained two foreign aid workers").
_FOREIGN_WORDS = frozenset({"foreign", "expatriate", "overseas"})


# Words, decisions and findings another party made, and the texts it puts to a vote: a
# reaction to "the criticism" or "the ruling", or a vote against "the motion", answers whoever
# voiced, made or put it, never the speaker's own country. A bill, a budget or a measure is
# the government's own text: voting against it stays aimed at the voter's own government.
_OTHERS_WORDS = frozenset(
    {
        "accusation",
        "allegation",
        "amendment",
        "charge",
        "claim",
        "comment",
        "criticism",
        "decision",
        "finding",
        "judgment",
        "judgement",
        "motion",
        "move",
        "proposal",
        "remark",
        "report",
        "resolution",
        "ruling",
        "statement",
        "verdict",
    }
)
_ANSWERING_PREPOSITIONS = frozenset({"with", "against", "over", "of"})
_DEFINITE = frozenset({"the", "that", "this", "these", "those"})


def answers_anothers_word(trigger: Token) -> bool:
    """Whether a criticism or rejection is aimed at a decision, ruling, claim or text put to a
    vote named by reference ("rejected the criticism", "disagreed with the findings", "criticised
    the tariff decision", "voted against the motion"): its author is the recipient, named before
    or not at all."""
    heads = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    heads += [
        obj
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ in _ANSWERING_PREPOSITIONS
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    return any(
        head.lemma_.lower() in _OTHERS_WORDS
        and any(d.lower_ in _DEFINITE for d in head.children if d.dep_ == "det")
        for head in heads
    )
