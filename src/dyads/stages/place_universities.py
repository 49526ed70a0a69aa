"""Universities named by one word, their town's or their own ("left Oxford for Stanford",
"a Yale professor", "studied at Harvard"; `data/places/university_names.tsv`).

Such a word is the university, placed where the landmarks table puts it, where its sentence
speaks of study or teaching or names another university ("from Oxford to Yale"): tagged as an
organisation, after a word of place ("taught at Yale"; "a Yale professor" names no place), or
tagged as a place, unless the article's other places lie in the region of the namesake chosen
("the University of Mississippi in Oxford"). Elsewhere the word is read as any other ("Halifax
and Dartmouth").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from dyads.stages.doc_utils import sentence_bounds
from dyads.stages.gazetteer import DATA_DIR, GazEntry, Gazetteer, fold
from dyads.stages.place_landmarks import PLACE_WORDS
from dyads.stages.place_resolution import Context, Mention

UNIVERSITY_NAMES_FILE = "university_names.tsv"
# Words (lemmas) of study and teaching: beside them a university's one-word name is the
# university, not a namesake town.
ACADEMIC_WORDS = frozenset(
    {
        *("study", "student", "graduate", "undergraduate", "postgraduate", "alumnus"),
        *("alumni", "alumna", "professor", "lecturer", "lecture", "teach", "fellow"),
        *("fellowship", "scholar", "scholarship", "researcher", "degree", "doctorate"),
        *("phd", "dean", "faculty", "campus", "tenure", "thesis", "dissertation"),
        *("university", "college", "academic", "academia", "enrol", "enroll", "tuition"),
        *("postdoctoral", "admission", "semester", "provost", "chancellor"),
    }
)


@lru_cache(maxsize=1)
def university_names() -> dict[str, str]:
    """Folded short name -> the landmarks table's name of the university it stands for."""
    names: dict[str, str] = {}
    lines = (DATA_DIR / UNIVERSITY_NAMES_FILE).read_text(encoding="utf-8").splitlines()
    for line in lines:
        if not line.strip() or line.startswith(("#", "short\t")):
            continue
        short, university = line.split("\t")
        names[fold(short)] = university
    return names


def university_of(gazetteer: Gazetteer, key: str) -> GazEntry | None:
    """The university a folded one-word name stands for, as the landmarks table places it."""
    university = university_names().get(key)
    if university is None:
        return None
    sites = [entry for entry in gazetteer.lookup(university) if entry.kind == "region"]
    return sites[0] if sites else None


def university_entity(gazetteer: Gazetteer, doc: Doc, ent: TokenSpan) -> Mention | None:
    """A one-word organisation named like a university after a word of place, in talk of study
    ("taught at Yale", "a post at Princeton"): the university. Before a noun it names no place
    ("a Yale professor", "an Oxford graduate")."""
    words = [token for token in ent if token.lower_ != "the"]
    if ent.label_ != "ORG" or len(words) != 1:
        return None
    before = words[0].i - 1
    if before < 0 or doc[before].lower_ not in PLACE_WORDS:
        return None
    key = fold(words[0].text)
    site = university_of(gazetteer, key)
    if site is None:
        return None
    mention = Mention(words[0].i, words[0].i + 1, (site,), key=key)
    return mention if _academic(doc, mention, _sentence_bounds(doc, words[0].i)) else None


def university_reading(
    gazetteer: Gazetteer,
    doc: Doc,
    mention: Mention,
    entry: GazEntry | None,
    context: Context,
    sentence: tuple[int, int],
) -> GazEntry | None:
    """The university a town's name stands for in talk of study or beside another university
    (None where the name is no university's, or the town is meant)."""
    site = university_of(gazetteer, mention.key)
    if site is None or entry is None or entry.kind not in {"city", "admin2"}:
        return None
    if not _academic(doc, mention, sentence):
        return None
    region = (entry.country or "", entry.admin1 or "")
    in_view = region in context.other_town_regions or region in context.admin1
    if in_view and not _near_site(entry, site):
        return None  # "the University of Mississippi in Oxford"
    return site


def _academic(doc: Doc, mention: Mention, sentence: tuple[int, int]) -> bool:
    """The sentence speaks of study or teaching, or names another university by one word."""
    for token in doc[sentence[0] : sentence[1]]:
        if mention.start <= token.i < mention.end:
            continue
        if token.lemma_.lower() in ACADEMIC_WORDS or token.lower_ in ACADEMIC_WORDS:
            return True
        if token.text[:1].isupper() and fold(token.text) in university_names():
            return True
    return False


def _sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Token bounds of the sentence holding token i (the whole text when unsplit)."""
    return sentence_bounds(doc, i)


def _near_site(entry: GazEntry, site: GazEntry) -> bool:
    """The town is the university's own (within a few tenths of a degree)."""
    if entry.country != site.country or None in (entry.lat, entry.lon, site.lat, site.lon):
        return False
    return abs((entry.lat or 0) - (site.lat or 0)) + abs((entry.lon or 0) - (site.lon or 0)) < 0.5
