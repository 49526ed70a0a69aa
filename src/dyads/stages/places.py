"""The places stage: find toponyms and resolve them against the offline gazetteer.

Toponyms come from the model's GPE/LOC/FAC entities plus a gazetteer matcher for names the
model misses. Each toponym is resolved in context: a qualifier ("Moscow, Idaho"), regions named
elsewhere in the article, cue words ("the city of"), the kind of place (countries and regions
before homonymous towns), the countries of the article's other places and actors, then size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from dyads.records import Actor, Place
from dyads.stages.gazetteer import GazEntry, Gazetteer, fold, load_gazetteer

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities under which a gazetteer name is not a place ("Washington Post", "Jordan Peterson").
BLOCKING_LABELS = frozenset({"PERSON", "ORG", "NORP", "DATE", "TIME", "MONEY", "LAW", "LANGUAGE"})
REGION_WORDS = frozenset(
    {"region", "oblast", "province", "governorate", "prefecture", "state", "krai", "territory"}
)
DIRECTION_WORDS = frozenset(
    {
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "north-eastern",
        "north-western",
        "south-eastern",
        "south-western",
    }
)
CITY_CUES = frozenset({"city", "town", "village", "port", "capital"})
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "from", "to", "outside", "around", "into", "across", "toward", "towards"}
)
NAME_CONNECTORS = frozenset({"of", "de", "del", "la", "le", "el", "al", "and", "-", "upon"})
MAX_NAME_TOKENS = 5
# A town known from the gazetteer alone (no entity) must be this large, or follow "in"/"at".
MIN_POPULATION_UNTAGGED = 100_000
BIG_CITY = 1_000_000
AREA_KINDS = frozenset({"continent", "country", "admin1", "region"})
# An entity the gazetteer does not know is kept as a toponym when it names a kind of place.
FEATURE_WORDS = frozenset(
    {
        *("street", "avenue", "road", "boulevard", "square", "bridge", "airport", "station"),
        *("port", "harbour", "harbor", "river", "lake", "sea", "ocean", "gulf", "bay", "strait"),
        *("island", "islands", "peninsula", "mountain", "mountains", "mount", "hills", "valley"),
        *("desert", "coast", "county", "district", "province", "region", "canal", "park"),
        *("border", "base", "camp", "highway", "crossing", "heights", "plain", "basin"),
    }
)


@dataclass(frozen=True)
class Mention:
    """A toponym in the text with every place it may denote."""

    start: int  # token offsets into the Doc
    end: int
    candidates: tuple[GazEntry, ...]
    key: str = ""  # the folded name that was looked up
    city_cue: bool = False
    area_only: bool = False  # "western X", "X region": a country or region, never a town


@dataclass(frozen=True)
class Context:
    """What the rest of the article says about where it is."""

    countries: frozenset[str]
    admin1: frozenset[tuple[str, str]]  # (country, region name)


class Geoparser:
    """Toponyms of an article, resolved to countries, regions and coordinates."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()

    def process(self, doc: Doc, actors: Sequence[Actor]) -> list[Place]:
        mentions = self._mentions(doc)
        actor_countries = {
            actor.code for actor in actors if actor.code and self.gazetteer.country(actor.code)
        }
        prior = Context(frozenset(actor_countries), frozenset())
        first = {mention: self._best(mention, prior) for mention in mentions}
        places: list[Place] = []
        for mention in mentions:
            others = {m: e for m, e in first.items() if m != mention and e != first[mention]}
            context = self._context(others, actor_countries)
            qualifier = self._qualifier(doc, mention, first)
            entry = self._best(mention, context, qualifier)
            places.append(self._place(doc, mention, entry))
        return places

    # -- finding toponyms -------------------------------------------------------------------

    def _mentions(self, doc: Doc) -> list[Mention]:
        taken = [False] * len(doc)
        found: list[Mention] = []
        for ent in doc.ents:
            if any(taken[ent.start : ent.end]):
                continue  # inside a longer name found already
            if ent.label_ in PLACE_LABELS:
                mention = self._entity_mention(doc, ent)
            elif ent.label_ == "ORG":
                mention = self._org_as_place(doc, ent)
            else:
                mention = None
            if mention is not None:
                found.append(mention)
                taken[mention.start : mention.end] = [True] * (mention.end - mention.start)
        for mention in self._region_word_mentions(doc, taken):
            found.append(mention)
            taken[mention.start : mention.end] = [True] * (mention.end - mention.start)
        for ent in doc.ents:
            if ent.label_ in BLOCKING_LABELS:
                taken[ent.start : ent.end] = [True] * len(ent)
        found.extend(self._gazetteer_mentions(doc, taken))
        return sorted(found, key=lambda m: m.start)

    def _entity_mention(self, doc: Doc, ent: TokenSpan) -> Mention | None:
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ == "the":
            start += 1
        if end - start > 1 and _is_direction(doc, start):
            start += 1  # "western Russia" as one entity: widened again by _mention_at
        while end > start and doc[end - 1].text in {"'s", "’s", "'"}:
            end -= 1
        if start == end:
            return None
        return self._longer_area(doc, start, end) or self._mention_at(doc, start, end, tagged=True)

    def _longer_area(self, doc: Doc, start: int, end: int) -> Mention | None:
        """'Trinidad and Tobago' when the model tagged only 'Trinidad'."""
        for longer in range(min(len(doc), start + MAX_NAME_TOKENS), end, -1):
            tokens = doc[start:longer]
            if not all(_name_token(t.text) for t in tokens) or not _is_capitalised(tokens[-1].text):
                continue
            areas = tuple(e for e in self.gazetteer.lookup(tokens.text) if e.kind in AREA_KINDS)
            if areas:
                return Mention(start, longer, areas, key=fold(tokens.text))
        return None

    def _org_as_place(self, doc: Doc, ent: TokenSpan) -> Mention | None:
        """The small model often tags a country's name as ORG ("the DPRK"): keep whole names."""
        start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        candidates = self.gazetteer.lookup(doc[start : ent.end].text)
        if any(entry.kind in AREA_KINDS for entry in candidates):
            return Mention(start, ent.end, candidates)
        return None

    def _region_word_mentions(self, doc: Doc, taken: list[bool]) -> list[Mention]:
        """'the Kherson region': the region word outweighs the model's PERSON or NORP guess."""
        found: list[Mention] = []
        for token in doc[1:]:
            name = doc[token.i - 1]
            if token.lower_ not in REGION_WORDS or not token.is_lower or taken[name.i]:
                continue
            if name.pos_ == "PROPN" and _is_capitalised(name.text):
                mention = self._region_phrase(doc, name.i, token.i, token.i + 1)
                if mention is not None:
                    found.append(mention)
        return found

    def _gazetteer_mentions(self, doc: Doc, taken: list[bool]) -> list[Mention]:
        found: list[Mention] = []
        i = 0
        while i < len(doc):
            mention = None
            if not taken[i] and _is_capitalised(doc[i].text):
                mention = self._longest_match(doc, i, taken)
            if mention is None:
                i += 1
                continue
            found.append(mention)
            i = mention.end
        return found

    def _longest_match(self, doc: Doc, start: int, taken: list[bool]) -> Mention | None:
        limit = min(len(doc), start + MAX_NAME_TOKENS)
        for end in range(limit, start, -1):
            if any(taken[start:end]) or not _is_capitalised(doc[end - 1].text):
                continue
            if not all(_name_token(doc[k].text) for k in range(start, end)):
                continue
            mention = self._mention_at(doc, start, end, tagged=False)
            if mention is not None and self._plausible_untagged(doc, mention):
                return mention
        return None

    def _plausible_untagged(self, doc: Doc, mention: Mention) -> bool:
        """Without an entity, accept areas, big towns, and towns after "in", "at"..."""
        if mention.area_only:
            return True  # "the Donetsk region", "western Russia"
        if _part_of_longer_name(doc, mention.start, mention.end):
            return False  # "Centre" in "the Centre for Policy Studies"
        if any(token.pos_ != "PROPN" for token in doc[mention.start : mention.end]):
            return False  # "While" opening a sentence, "Western" in "Western hegemony"
        if any(entry.kind in AREA_KINDS for entry in mention.candidates):
            return True
        previous = doc[mention.start - 1].lower_ if mention.start > 0 else ""
        if previous in LOCATIVE_PREPOSITIONS:
            return True
        return max(entry.population for entry in mention.candidates) >= MIN_POPULATION_UNTAGGED

    def _mention_at(self, doc: Doc, start: int, end: int, *, tagged: bool) -> Mention | None:
        """A mention for tokens [start, end), widened to region and direction phrases."""
        tokens = doc[start:end]
        if tokens[-1].lower_ in REGION_WORDS and len(tokens) > 1:
            region = self._region_phrase(doc, start, end - 1, end)
            return region or self._mention_at(doc, start, end - 1, tagged=tagged)
        if end < len(doc) and doc[end].lower_ in REGION_WORDS and doc[end].is_lower:
            region = self._region_phrase(doc, start, end, end + 1)
            if region is not None:
                return region
        if not _is_capitalised(tokens.text) or _too_short(tokens.text):
            return None  # "tina", "No": not names of places even when tagged
        candidates = self.gazetteer.lookup(tokens.text)
        if not candidates:
            return self._unresolved(doc, start, end) if tagged else None
        if start > 0 and _is_direction(doc, start - 1):
            areas = tuple(entry for entry in candidates if entry.kind in AREA_KINDS)
            if areas:
                return Mention(start - 1, end, areas, area_only=True)
        cue = _has_city_cue(doc, start, end)
        return Mention(start, end, candidates, key=fold(tokens.text), city_cue=cue)

    def _region_phrase(self, doc: Doc, start: int, name_end: int, end: int) -> Mention | None:
        """'Kursk region' -> the first-level region around Kursk; 'Punjab province' -> Punjab."""
        candidates = self.gazetteer.lookup(doc[start:name_end].text)
        regions = [entry for entry in candidates if entry.kind in {"admin1", "region"}]
        if not regions:  # the region around the largest town of that name, in each country
            towns: dict[str, GazEntry] = {}
            for town in (entry for entry in candidates if entry.kind == "city"):
                best = towns.get(town.country or "")
                if best is None or town.population > best.population:
                    towns[town.country or ""] = town
            for town in towns.values():
                region = self.gazetteer.admin1(town.country or "", town.admin1 or "")
                if region is not None:
                    regions.append(region)
        if not regions:
            return None
        return Mention(start, end, tuple(regions), area_only=True)

    def _unresolved(self, doc: Doc, start: int, end: int) -> Mention | None:
        # A tagged name the gazetteer does not know is kept, without a place, when it says what
        # kind of place it is ("Royal Street", "Indian Ocean"); the model's other guesses at
        # unknown names are too often products, events or organisations.
        tokens = doc[start:end]
        if not any(_is_capitalised(t.text) for t in tokens):
            return None
        if not any(t.lower_ in FEATURE_WORDS for t in tokens):
            return None
        return Mention(start, end, ())

    # -- resolving them ---------------------------------------------------------------------

    def _context(self, others: dict[Mention, GazEntry | None], actors: set[str]) -> Context:
        countries = set(actors)
        admin1: set[tuple[str, str]] = set()
        for entry in others.values():
            if entry is None or entry.country is None:
                continue
            countries.add(entry.country)
            if entry.kind == "admin1":
                admin1.add((entry.country, entry.name))
        return Context(frozenset(countries), frozenset(admin1))

    def _qualifier(
        self, doc: Doc, mention: Mention, first: dict[Mention, GazEntry | None]
    ) -> GazEntry | None:
        """In "Moscow, Idaho" the place after the comma qualifies the one before it."""
        if mention.end + 1 >= len(doc) or doc[mention.end].text != ",":
            return None
        for other, entry in first.items():
            if other.start == mention.end + 1 and entry is not None and entry.kind in AREA_KINDS:
                return entry
        return None

    def _best(
        self, mention: Mention, context: Context, qualifier: GazEntry | None = None
    ) -> GazEntry | None:
        if not mention.candidates:
            return None
        return max(mention.candidates, key=lambda e: _score(e, mention, context, qualifier))

    def _place(self, doc: Doc, mention: Mention, entry: GazEntry | None) -> Place:
        tokens = doc[mention.start : mention.end]
        return Place(
            text=tokens.text,
            name=entry.name if entry else tokens.text,
            country=entry.country if entry else None,
            admin1=entry.admin1 if entry else None,
            lat=entry.lat if entry else None,
            lon=entry.lon if entry else None,
            geonameid=entry.geonameid if entry else None,
            span=(tokens.start_char, tokens.end_char),
        )


def _score(
    entry: GazEntry, mention: Mention, context: Context, qualifier: GazEntry | None
) -> tuple[bool, bool, bool, bool, bool, int, int]:
    """Sort key of a candidate: earlier fields decide, later ones break ties."""
    qualified = qualifier is not None and (
        (qualifier.kind == "admin1" and entry.admin1 == qualifier.name)
        or (qualifier.kind != "admin1" and entry.country == qualifier.country)
    )
    # A town in a region named elsewhere ("Moscow" in an article about Idaho), by its own name.
    region_named = (
        entry.kind == "city"
        and fold(entry.name) == mention.key
        and (entry.country, entry.admin1) in context.admin1
    )
    cued = mention.city_cue and entry.kind == "city"
    prominent = entry.kind in AREA_KINDS or entry.capital or entry.population >= BIG_CITY
    in_context = entry.country in context.countries
    return (qualified, region_named, cued, prominent, in_context, _rank(entry), entry.population)


def _rank(entry: GazEntry) -> int:
    """Countries, then capitals and big cities, then regions, then towns."""
    if entry.kind in {"country", "continent"}:
        return 4
    if entry.capital:
        return 3
    if entry.kind == "city" and entry.population >= BIG_CITY:
        return 2
    return 1 if entry.kind in AREA_KINDS else 0


def _too_short(text: str) -> bool:
    """One- and two-letter names are places only as capitals' abbreviations ("US", "UK")."""
    return len(text) <= 2 and not text.isupper()


def _is_capitalised(text: str) -> bool:
    return text[:1].isupper()


def _name_token(text: str) -> bool:
    return _is_capitalised(text) or text.lower() in NAME_CONNECTORS


def _part_of_longer_name(doc: Doc, start: int, end: int) -> bool:
    """A proper noun right before or after the match: the match is only part of a name."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return any(
        token is not None and token.pos_ == "PROPN" and _is_capitalised(token.text)
        for token in (before, after)
    )


def _is_direction(doc: Doc, i: int) -> bool:
    token = doc[i]
    return token.lower_ in DIRECTION_WORDS and (token.is_lower or bool(token.is_sent_start))


def _has_city_cue(doc: Doc, start: int, end: int) -> bool:
    """'the city of Kuwait', 'Kuwait city' (lower case: the cue is not part of the name)."""
    before = doc[start - 2 : start] if start >= 2 else None
    if before is not None and before[1].lower_ == "of" and before[0].lower_ in CITY_CUES:
        return True
    return end < len(doc) and doc[end].text in CITY_CUES
