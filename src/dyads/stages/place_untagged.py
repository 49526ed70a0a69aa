"""Toponyms the model did not tag, matched in the gazetteer: countries and regions anywhere,
towns where the words around them say "place" or where they are large; after words only a
place follows ("off the coast of Hodeidah"), a name the gazetteer knows in another spelling.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from dyads.stages.gazetteer import adjective_towns, fold
from dyads.stages.place_cues import (
    after_locative,
    attack_target,
    before_resident_noun,
    bracketed,
    cued_by_of,
    described_as_settlement,
    from_people,
    hometown,
    is_capitalised,
    measured_from,
    moving_to_or_from,
    name_token,
    part_of_longer_name,
)
from dyads.stages.place_filters import (
    ATTACKED_TOWN_POPULATION,
    before_currency,
    is_common_word_with_the,
    kin_possessor,
    names_a_club,
    people_adjective,
    person_not_town,
    sizeable_town,
)
from dyads.stages.place_landmarks import landmark_after_word_of_place
from dyads.stages.place_local_cues import bound_for, local_cue
from dyads.stages.place_lookup import MAX_NAME_TOKENS, MIN_POPULATION_UNTAGGED, PlaceLookup
from dyads.stages.place_plurals import plural_area_after_the
from dyads.stages.place_resolution import AREA_KINDS, Mention, same_town_name
from dyads.stages.place_sites import (
    left_without_supply,
    offshore,
    on_route,
    site_noun_after,
    taken_by_armed_group,
)

# A name the gazetteer lacks is looked up by its spelling variants up to this many words.
MAX_VARIANT_TOKENS = 3
# Prepositions after which only a place stands ("in" and "at" also take times and events).
STRONG_PREPOSITIONS = frozenset({"near", "outside", "inside", "around", "across", "into"})


def gazetteer_mentions(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], taken: list[bool]
) -> list[Mention]:
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        mention = None
        if not taken[i] and is_capitalised(words[i]):
            mention = _longest_match(lookup, doc, i, words, taken) or _variant_match(
                lookup, doc, i, taken
            )
        if mention is None:
            i += 1
            continue
        found.append(mention)
        i = mention.end
    return found


def _longest_match(
    lookup: PlaceLookup, doc: Doc, start: int, words: Sequence[str], taken: list[bool]
) -> Mention | None:
    limit = min(len(doc), start + MAX_NAME_TOKENS)
    for end in range(limit, start, -1):
        if any(taken[start:end]) or not is_capitalised(words[end - 1]):
            continue
        if not all(name_token(words[k]) for k in range(start, end)):
            continue
        mention = lookup.mention_at(doc, start, end, tagged=False)
        if mention is not None and _plausible_untagged(lookup, doc, mention):
            return mention
    return None


def _variant_match(lookup: PlaceLookup, doc: Doc, start: int, taken: list[bool]) -> Mention | None:
    """A name the gazetteer knows only in another spelling ("off the coast of Hodeidah" for Al
    Hudaydah), where the words before it can only take a place: a proper name of its own (no
    entity, no longer name), after "off", "the coast of", "outside", "the road to"..."""
    if not _strong_cue(doc, start):
        return None
    end = start
    while end < min(len(doc), start + MAX_VARIANT_TOKENS) and not taken[end]:
        token = doc[end]
        if token.pos_ != "PROPN" or not is_capitalised(token.text) or token.ent_type_:
            break
        end += 1
    if end == start or part_of_longer_name(doc, start, end):
        return None
    name = doc[start:end].text
    candidates = lookup.places_named(name, variants=True, cued=True)
    return Mention(start, end, candidates, key=fold(name)) if candidates else None


def _strong_cue(doc: Doc, start: int) -> bool:
    """Words before a name that only a place follows."""
    if after_locative(doc, start, STRONG_PREPOSITIONS) or cued_by_of(doc, start):
        return True
    return offshore(doc, start) or on_route(doc, start) or moving_to_or_from(doc, start)


def _plausible_untagged(lookup: PlaceLookup, doc: Doc, mention: Mention) -> bool:
    """Without an entity, accept areas, big towns, and towns after "in", "at"..."""
    if mention.area_only:
        return True  # "the Donetsk region", "western Russia"
    if part_of_longer_name(doc, mention.start, mention.end):
        return False  # "Centre" in "the Centre for Policy Studies"
    if mention.end - mention.start == 1 and people_adjective(
        lookup.gazetteer, doc[mention.start].text
    ):
        return False  # "Welsh farmers", "in English": a people's adjective, no small US town
    if any(t.pos_ != "PROPN" and t.text != "-" for t in _name_words(doc, mention)):
        # "While" opening a sentence, "Western" in "Western hegemony"; but a sizeable town's
        # name the tagger takes for a noun before its people or services is the town
        # ("Timaru firefighters").
        return (
            _noun_before_residents(doc, mention)
            or _noun_attacked(doc, mention)
            or landmark_after_word_of_place(doc, mention)
        )
    if plural_area_after_the(doc, mention):
        return True  # "the Canaries": the islands, though "canaries" is a common noun
    if is_common_word_with_the(doc, mention):
        return False  # "the Centre" (a government), "the West"
    if person_not_town(doc, mention):
        return False  # "support from Warren": a person
    if before_currency(doc, mention.end):
        return False  # "the Hong Kong dollar"
    if kin_possessor(doc, mention.end) or names_a_club(doc, mention.end):
        return False  # "Charlotte's mother", "Newcastle United fans"
    if site_noun_after(doc, mention.end) is not None:
        return False  # "at the Ford plant": the site finder has read the name with its noun
    if any(entry.kind in AREA_KINDS for entry in mention.candidates):
        return True
    # A town known only by an old or foreign name ("Adams", "Maria") needs an entity.
    local = [entry for entry in mention.candidates if same_town_name(entry, mention.key)]
    if not local:
        return False
    if after_locative(doc, mention.start) or hometown(doc, mention.start):
        return True
    if cued_by_of(doc, mention.start) or moving_to_or_from(doc, mention.start):
        return True  # "the island of Rhodes", "fled from Kharkiv"
    if from_people(doc, mention.start) or measured_from(doc, mention.start, mention.end):
        return True  # "doctors from Kenema", "12 miles from Centreville"
    if offshore(doc, mention.start) or on_route(doc, mention.start):
        return True  # "rescued off Lampedusa", "the road to Kherson"
    if local_cue(doc, mention.start, mention.end) and sizeable_town(mention):
        return True  # "Sloviansk's mayor", "out of Goma", "the Swat district"
    if _taken_or_cut_off(doc, mention) and sizeable_town(mention):
        return True  # "shelled Kupiansk", "rebels took Kidal", "left without power"
    if described_as_settlement(doc, mention.end):
        return True  # "Gyumri, a city of 120,000"
    if before_resident_noun(doc, mention.end) and mention.key not in adjective_towns():
        return True  # "a Leesburg man"; but "Green voters" are a party's
    if bracketed(doc, mention.start, mention.end):
        return True
    # A county or a district needs the words around it; a town may be large enough.
    towns = [entry.population for entry in local if entry.kind == "city"]
    return max(towns, default=0) >= MIN_POPULATION_UNTAGGED


def _name_words(doc: Doc, mention: Mention) -> Span:
    """The mention's words, without an opening "The" that is part of a town's own name ("The
    Pas", "The Dalles"): the tagger reads it as an article."""
    start = mention.start
    opening = doc[start].text == "The" and mention.end - start > 1
    if opening and any(same_town_name(e, mention.key) for e in mention.candidates):
        start += 1
    return doc[start : mention.end]


def _noun_before_residents(doc: Doc, mention: Mention) -> bool:
    """'Timaru firefighters', 'Uvalde residents', 'a Herat-bound bus': a town's one-word name
    the tagger takes for a noun or an adjective before its people or services or "-bound" (as
    an adjective, only a name that is no English adjective: not "Young voters", "Mobile
    homes")."""
    if mention.end - mention.start != 1 or doc[mention.start].pos_ not in {"NOUN", "ADJ"}:
        return False
    if doc[mention.start].pos_ == "ADJ" and mention.key in adjective_towns():
        return False
    cued = before_resident_noun(doc, mention.end) or bound_for(doc, mention.end)
    if not cued or is_common_word_with_the(doc, mention):
        return False
    return any(
        entry.kind == "city"
        and same_town_name(entry, mention.key)
        and entry.population >= ATTACKED_TOWN_POPULATION
        for entry in mention.candidates
    )


def _noun_attacked(doc: Doc, mention: Mention) -> bool:
    """'Odesa was hit by drones', 'Sumy has been without power': a large town's one-word name
    the tagger takes for a common noun, attacked, taken or cut off (not a name that is an
    English adjective or a common word after "the")."""
    if mention.end - mention.start != 1 or doc[mention.start].pos_ != "NOUN":
        return False
    if mention.key in adjective_towns() or is_common_word_with_the(doc, mention):
        return False
    large = any(
        entry.kind == "city"
        and same_town_name(entry, mention.key)
        and entry.population >= MIN_POPULATION_UNTAGGED
        for entry in mention.candidates
    )
    return large and _taken_or_cut_off(doc, mention)


def _taken_or_cut_off(doc: Doc, mention: Mention) -> bool:
    start, end = mention.start, mention.end
    return (
        attack_target(doc, start, end)
        or taken_by_armed_group(doc, start, end)
        or left_without_supply(doc, start, end)
    )
