"""Famous sites the tables list (`data/places/landmarks.tsv`, `sites.tsv`), however the model
reads them: "the Burj Khalifa" tagged as a law, "Stanford University" as an organisation, or
"St. Peter's Square" found by the word "Square" but left unplaced. The whole name, looked up as
written, is the site; a town or region of the same name keeps the name from being read so. A
seat of power named in one word ("the Kremlin", "the Pentagon") stands for those in it unless a
word of place comes before it ("denied by the Kremlin", but "a drone over the Kremlin").
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from dyads.stages.gazetteer import DATA_DIR, LANDMARKS_FILE, GazEntry, fold
from dyads.stages.place_cues import is_capitalised
from dyads.stages.place_lookup import PlaceLookup
from dyads.stages.place_resolution import Mention

# Labels the model gives names of sites it does not know as places (a law for "the Burj Khalifa",
# a work of art for "the Sydney Opera House"); a person's label is left to the cues of place
# (`place_misread`): "Diego Garcia scored twice" is a player, not the atoll's base.
SITE_LABELS = frozenset({"ORG", "LAW", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC"})
# A one-word name ("Kremlin", "Pentagon") is read as a site only where the model says place.
ONE_WORD_LABELS = frozenset({"FAC", "GPE", "LOC"})
# Verbs whose object is a site, never a person: "Police closed St Pancras".
CLOSING_LEMMAS = frozenset({"close", "shut", "evacuate", "reopen", "seal", "cordon"})
# Words after which a one-word landmark is where something happens, not who acts.
PLACE_WORDS = frozenset(
    {
        *("in", "at", "near", "outside", "inside", "into", "over", "around", "across", "to"),
        *("from", "toward", "towards", "behind", "beside", "within", "on", "onto", "through"),
    }
)


def listed_site(lookup: PlaceLookup, doc: Doc, start: int, end: int) -> Mention | None:
    """The listed site named by tokens [start, end) (a leading "the" left out), when every
    place of that name is a site or region, none a town."""
    if start < end and doc[start].lower_ == "the":
        start += 1
    if start >= end or not is_capitalised(doc[end - 1].text):
        return None
    name = doc[start:end].text
    entries = lookup.gazetteer.lookup(name)
    if not entries or any(e.kind != "region" for e in entries):
        return None
    return Mention(start, end, entries, key=fold(name))


def site_entity(lookup: PlaceLookup, doc: Doc, ent: TokenSpan) -> Mention | None:
    """An entity of a label other than a place's whose whole name is a listed site; tagged as a
    person, only as what is closed or evacuated ("Police closed St Pancras")."""
    if ent.label_ == "PERSON" and len(ent) > 1 and _closed_site(ent):
        return listed_site(lookup, doc, ent.start, ent.end)
    if ent.label_ not in SITE_LABELS:
        return None
    words = sum(t.text != "the" for t in ent)
    if words < 2 and ent.label_ not in ONE_WORD_LABELS:
        return None
    return listed_site(lookup, doc, ent.start, ent.end)


def _closed_site(ent: TokenSpan) -> bool:
    """The entity is the object of a verb of closing or evacuating: no person is "closed"."""
    root = ent.root
    return root.dep_ == "dobj" and root.head.lemma_ in CLOSING_LEMMAS


def with_listed_site(lookup: PlaceLookup, doc: Doc, mention: Mention) -> Mention:
    """A mention found with no place (a square, a palace, a university by its kind's word) that
    a table lists under its whole name, with that site; other mentions as they are."""
    if mention.candidates:
        return mention
    site = listed_site(lookup, doc, mention.start, mention.end)
    if site is None:
        return mention
    return replace(mention, candidates=site.candidates, key=site.key)


def stands_for_its_occupants(doc: Doc, mention: Mention) -> bool:
    """A landmark named in one word after "the" and not after a word of place: "the Pentagon
    said", "on behalf of the Kremlin" name those who work there, not where anything happens."""
    words = [t for t in doc[mention.start : mention.end] if t.lower_ != "the"]
    if len(words) != 1 or mention.key not in landmark_names():
        return False
    before = words[0].i - 1
    if before < 0 or doc[before].lower_ != "the":
        return False  # "Rio's Maracana": a seat of power is named with "the"
    return before == 0 or doc[before - 1].lower_ not in PLACE_WORDS


def landmark_after_word_of_place(doc: Doc, mention: Mention) -> bool:
    """A capitalised name the landmarks table alone lists, after a word of place ("outside
    the Nurburgring"), whatever part of speech the tagger gives it."""
    if not mention.candidates or not all(is_landmark(e) for e in mention.candidates):
        return False
    if not is_capitalised(doc[mention.start].text) or doc[mention.start].is_sent_start:
        return False
    before = mention.start - 1
    if before >= 0 and doc[before].lower_ == "the":
        before -= 1
    return before >= 0 and doc[before].lower_ in PLACE_WORDS


def is_landmark(entry: GazEntry) -> bool:
    """A site of the landmarks table (a square, a stadium, a theme park), not a town or a
    region."""
    return (
        entry.kind == "region" and entry.geonameid is None and fold(entry.name) in landmark_names()
    )


@lru_cache(maxsize=1)
def landmark_names() -> frozenset[str]:
    """The folded names and other names of the landmarks table."""
    names: set[str] = set()
    lines = (DATA_DIR / LANDMARKS_FILE).read_text(encoding="utf-8").splitlines()
    for line in lines:
        if not line.strip() or line.startswith(("#", "name\t")):
            continue
        name, _, _, _, aliases = line.split("\t")
        names.update(fold(alias) for alias in [name, *aliases.split("|")] if alias)
    return frozenset(names)
