"""Universities named after a first-level region, placed at the town of their main campus
("Michigan State University" is in East Lansing, "the University of Queensland" in Brisbane),
not at the region's centre (`data/places/region_universities.tsv`)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from dyads.stages.gazetteer import DATA_DIR, Gazetteer, fold
from dyads.stages.place_resolution import Mention

REGION_UNIVERSITIES_FILE = "region_universities.tsv"


@lru_cache(maxsize=1)
def region_universities() -> dict[str, tuple[str, str]]:
    """Folded name (or other name) of a university -> its campus town and that town's
    first-level region."""
    found: dict[str, tuple[str, str]] = {}
    lines = (DATA_DIR / REGION_UNIVERSITIES_FILE).read_text(encoding="utf-8").splitlines()
    for line in lines:
        if not line.strip() or line.startswith(("#", "university\t")):
            continue
        name, town, region, others = line.split("\t")
        for each in (name, *filter(None, others.split("|"))):
            found[fold(each)] = (town, region)
    return found


def region_university(gazetteer: Gazetteer, doc: Doc, ent: TokenSpan) -> Mention | None:
    """An entity whose whole name (after "the") is a listed university, placed at its campus
    town: the town's entry, so that it also says which region the article is about."""
    start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
    if ent.end - start < 2:
        return None
    campus = region_universities().get(fold(doc[start : ent.end].text))
    if campus is None:
        return None
    town, region = campus
    towns = [e for e in gazetteer.lookup(town) if e.kind == "city" and e.admin1 == region]
    if not towns:
        return None
    largest = max(towns, key=lambda e: e.population)
    return Mention(start, ent.end, (largest,), key=fold(town), site=True, names_region=True)
