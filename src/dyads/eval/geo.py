"""Score a geoparser against gold toponyms: tagging with overlap matching, then resolution.

Gold is one JSON object per line: `{"id", "text", "toponyms": [{"start", "end", "lat", "lon",
"country", "locational"}]}` (coordinates, country and `locational` optional). Only locational
toponyms are scored; a prediction that overlaps a non-locational gold toponym (a country used
for its government, "Russian" as an adjective) is left out: neither right nor wrong.

- tagging: a prediction is correct when it overlaps a locational gold toponym, a gold toponym is
  found when a prediction overlaps it; precision, recall and F1 from those counts;
- accuracy within 161 km (100 miles): over the found gold toponyms that have coordinates, the
  share whose best-overlapping prediction lies within 161 km of the gold point (a prediction
  without coordinates counts as wrong);
- country accuracy: over the found gold toponyms that name a country, the share whose
  prediction has the same ISO alpha-3 country. A gold country of `NO_SINGLE_COUNTRY` marks a
  place that lies in several states (the Middle East, a river between two states): there the
  prediction is right when it gives no country either.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import msgspec

from dyads.errors import InputError
from dyads.eval.metrics import f1_score
from dyads.records import Place, Span

EARTH_RADIUS_KM = 6371.0088
NEAR_KM = 161.0  # 100 miles, the field's usual threshold
# Gold "country" of a place of several states: a prediction naming one state is wrong there.
NO_SINGLE_COUNTRY = "-"


class GoldToponym(msgspec.Struct, frozen=True, kw_only=True):
    """One gold toponym: character offsets, and where it is when that is known."""

    start: int
    end: int
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO alpha-3, or NO_SINGLE_COUNTRY
    locational: bool = True

    @property
    def span(self) -> Span:
        return (self.start, self.end)


class GoldDocument(msgspec.Struct, frozen=True, kw_only=True):
    """A text with its gold toponyms."""

    id: str
    text: str
    toponyms: tuple[GoldToponym, ...] = ()


@dataclass
class Tally:
    """Counts summed over documents; `errors_km` holds one distance per geocoded toponym."""

    documents: int = 0
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    ignored: int = 0
    errors_km: list[float] = field(default_factory=list)
    country_scored: int = 0
    country_correct: int = 0

    def add(self, other: Tally) -> None:
        self.documents += other.documents
        self.gold += other.gold
        self.found += other.found
        self.predicted += other.predicted
        self.correct += other.correct
        self.ignored += other.ignored
        self.errors_km.extend(other.errors_km)
        self.country_scored += other.country_scored
        self.country_correct += other.country_correct


@dataclass(frozen=True)
class GeoScores:
    """The headline figures of a geoparsing evaluation."""

    documents: int
    gold: int
    predicted: int
    ignored: int
    precision: float
    recall: float
    f1: float
    geocoded: int
    accuracy_161km: float
    median_error_km: float | None
    country_scored: int
    country_accuracy: float

    def as_dict(self) -> dict[str, object]:
        return dict(vars(self))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) between two points in degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def tally_document(gold: GoldDocument, predicted: Sequence[Place]) -> Tally:
    """Compare one document's predicted places with its gold toponyms."""
    locational = [t for t in gold.toponyms if t.locational]
    other = [t for t in gold.toponyms if not t.locational]
    tally = Tally(documents=1, gold=len(locational))
    for place in predicted:
        if any(_overlap(place.span, t.span) for t in locational):
            tally.predicted += 1
            tally.correct += 1
        elif any(_overlap(place.span, t.span) for t in other):
            tally.ignored += 1
        else:
            tally.predicted += 1
    for toponym in locational:
        overlapping = [p for p in predicted if _overlap(p.span, toponym.span)]
        if not overlapping:
            continue
        tally.found += 1
        best = max(overlapping, key=lambda p: _overlap(p.span, toponym.span))
        if toponym.lat is not None and toponym.lon is not None:
            if best.lat is None or best.lon is None:
                tally.errors_km.append(math.inf)
            else:
                tally.errors_km.append(distance_km(toponym.lat, toponym.lon, best.lat, best.lon))
        if toponym.country is not None:
            tally.country_scored += 1
            tally.country_correct += (best.country or NO_SINGLE_COUNTRY) == toponym.country
    return tally


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def scores_of(tally: Tally) -> GeoScores:
    """Turn summed counts into precision, recall, F1 and the resolution accuracies."""
    precision = _ratio(tally.correct, tally.predicted)
    recall = _ratio(tally.found, tally.gold)
    f1 = f1_score(precision, recall)
    near = sum(1 for km in tally.errors_km if km <= NEAR_KM)
    return GeoScores(
        documents=tally.documents,
        gold=tally.gold,
        predicted=tally.predicted,
        ignored=tally.ignored,
        precision=precision,
        recall=recall,
        f1=f1,
        geocoded=len(tally.errors_km),
        accuracy_161km=_ratio(near, len(tally.errors_km)),
        median_error_km=statistics.median(tally.errors_km) if tally.errors_km else None,
        country_scored=tally.country_scored,
        country_accuracy=_ratio(tally.country_correct, tally.country_scored),
    )


def evaluate(
    documents: Iterable[GoldDocument], geoparse: Callable[[str], Sequence[Place]]
) -> GeoScores:
    """Run `geoparse` on each gold text and score the places it returns."""
    total = Tally()
    for document in documents:
        total.add(tally_document(document, geoparse(document.text)))
    return scores_of(total)


def dyads_geoparser(model: str | None = None) -> Callable[[str], Sequence[Place]]:
    """dyads' own geoparsing, text in, places out: the model's parse, the actor recogniser
    (whose countries are evidence) and the Geoparser, as the pipeline runs them."""
    from dyads.nlp import load_model  # imported here: scoring other systems needs no model
    from dyads.stages.actors import ActorRecognizer
    from dyads.stages.places import Geoparser

    nlp, actors, places = load_model(model), ActorRecognizer(), Geoparser()

    def geoparse(text: str) -> Sequence[Place]:
        doc = nlp(text)
        return places.process(doc, actors.process(doc, None))

    return geoparse


_decoder = msgspec.json.Decoder(GoldDocument)


def load_gold(path: Path) -> Iterator[GoldDocument]:
    """Read gold documents from a JSONL file, naming the line of any malformed record."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read gold file {path}: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            document = _decoder.decode(line)
        except msgspec.DecodeError as exc:
            raise InputError(f"{path}:{number}: not a gold document: {exc}") from exc
        for toponym in document.toponyms:
            if not 0 <= toponym.start < toponym.end <= len(document.text):
                raise InputError(f"{path}:{number}: toponym span outside the text")
        yield document
