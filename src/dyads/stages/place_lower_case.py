"""Towns written in lower case after "in", "from", "to" or "near" ("i grew up in manchester",
"the flight from nairobi"), as comments and informal web text write them. Most such words are
common nouns in edited text ("in march", "in reading"), so a lower-case name is taken only where
the model tags it as a place, or after "in" or "near" where the whole sentence is written
without capitals ("to" and "from" there only after a verb of motion: "moved to leeds"); and only
for a country, a first-level region or a large town, which is what such text names. A word for
a part of a town may stand between ("in downtown toronto", "in south london").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dyads.stages.doc_utils import text_of
from dyads.stages.gazetteer import GazEntry, fold
from dyads.stages.place_cues import CALENDAR_WORDS, LOWER_COMPASS_WORDS, moving_to_or_from
from dyads.stages.place_lookup import PlaceLookup
from dyads.stages.place_resolution import Mention

PREPOSITIONS = frozenset({"in", "from", "to", "near"})
# After these a lower-case name is as often a person's ("a text from charlotte", "talk to
# jordan"): a place only where the model tags it so.
PERSON_PREPOSITIONS = frozenset({"from", "to"})
# A lower-case town of fewer people is too often a word ("bath", "reading", "derby").
MIN_POPULATION = 250_000
# Longest lower-case name tried: "rio de janeiro".
MAX_WORDS = 3
# Tags of a name's words; an adjective, verb or adverb reading wins ("in general", "in reading
# the", "in mobile payments").
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
# Tags of a common word a name may be paired with ("in reading and writing").
COMMON_WORD_TAGS = frozenset({"NN", "NNS", "VBG", "JJ"})
# Lower-case words for a part of a town between the preposition and its name.
CITY_PART_WORDS = LOWER_COMPASS_WORDS | {"central", "downtown", "inner", "greater"}
# Entities whose words are no town's whatever the gazetteer holds ("in may" as a date).
BLOCKING_LABELS = frozenset({"DATE", "TIME", "PERSON", "ORG", "NORP", "MONEY", "CARDINAL"})


def lower_case_town_mentions(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], taken: list[bool]
) -> list[Mention]:
    """Countries, regions and large towns named in lower case after a preposition of place."""
    found: list[Mention] = []
    lower_sentences: list[tuple[int, int]] | None = None  # read only when needed
    covered = 0  # the end of the last name found: "sudan" in "south sudan" is no other
    for i in range(1, len(doc)):
        if taken[i] or i < covered or not words[i].islower():
            continue
        before = i - 1
        if words[before] in CITY_PART_WORDS and before > 0:
            before -= 1  # "in downtown toronto", "in south london"
        if words[before].lower() not in PREPOSITIONS:
            continue
        tagged = doc[i].ent_type_ in PLACE_LABELS
        person_word = words[before].lower() in PERSON_PREPOSITIONS
        if not tagged and person_word and not moving_to_or_from(doc, before + 1):
            continue  # "a text from charlotte", but "moved to leeds"
        if not tagged:
            if lower_sentences is None:
                lower_sentences = _sentences_in_lower_case(doc)
            if not any(start <= i < end for start, end in lower_sentences):
                continue
        mention = _longest_town(lookup, doc, words, i, taken)
        if mention is not None:
            found.append(mention)
            covered = mention.end
    return found


def _longest_town(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], start: int, taken: list[bool]
) -> Mention | None:
    for end in range(min(len(doc), start + MAX_WORDS), start, -1):
        tokens = doc[start:end]
        if any(taken[start:end]) or not all(w.isalpha() and w.islower() for w in words[start:end]):
            continue
        if tokens[-1].tag_ not in NOUN_TAGS or any(t.ent_type_ in BLOCKING_LABELS for t in tokens):
            continue
        if end - start == 1 and words[start] in CITY_PART_WORDS:
            continue  # "south" alone is no region named "South" (Cameroon's)
        name = tokens.text
        if fold(name) in CALENDAR_WORDS or _paired_with_a_word(lookup, doc, end):
            continue
        places = tuple(e for e in lookup.gazetteer.lookup(name) if _named_in_lower_case(e))
        if places:
            return Mention(start, end, places, key=fold(name))
    return None


def _paired_with_a_word(lookup: PlaceLookup, doc: Doc, end: int) -> bool:
    """ "in reading and writing": a name joined to a lower-case word that names no place is a
    common noun like it."""
    if end + 1 >= len(doc) or doc[end].lower_ not in {"and", "or"}:
        return False
    other = doc[end + 1]
    if other.tag_ not in COMMON_WORD_TAGS or not other.is_lower:
        return False  # "in manchester and it rained": a clause goes on, no pair
    return not lookup.gazetteer.lookup(other.text)


def _named_in_lower_case(entry: GazEntry) -> bool:
    if entry.kind in {"country", "admin1"}:
        return True
    return entry.kind == "city" and (entry.capital or entry.population >= MIN_POPULATION)


def _sentences_in_lower_case(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of the sentences with no capital letter at all ("lol i moved to
    leeds")."""
    text = text_of(doc)  # cut from the Doc's text: a sentence builds its text token by token
    return [
        (sentence.start, sentence.end)
        for sentence in doc.sents
        if not any(ch.isupper() for ch in text[sentence.start_char : sentence.end_char])
    ]
