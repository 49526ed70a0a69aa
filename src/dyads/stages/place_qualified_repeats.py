"""A town the article names once with its state or country is that town at its bare mentions.

Local news names its town in full once, in the dateline or the first sentence ("PERU, Ind. —",
"Warsaw, Indiana"), and bare afterwards ("west of Peru"). Read alone, the bare name goes to
its largest namesake, a country or a capital abroad; the article has already said which place
it means. So a bare mention takes the town (or county) its qualified mention was read as,
where that place is among the bare name's candidates; a name that is also a country's or a
region's only where its sentence names another place in the town's country ("also ship to
Mexico" in a story datelined "MEXICO, Mo." is the country).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dyads.stages.gazetteer import GazEntry
from dyads.stages.place_resolution import AREA_KINDS, LOCAL_KINDS, Context, Mention, same_name

Resolved = tuple[Mention, GazEntry | None, GazEntry | None]


def with_qualified_readings(
    resolved: Sequence[Resolved], contexts: Mapping[Mention, Context]
) -> list[Resolved]:
    """The resolved mentions, each bare one read as the town its name was qualified as
    elsewhere in the article (not where it qualifies the name as two places: "Portland,
    Maine" and "Portland, Oregon"; nor where the bare mention's sentence names a place in the
    country it was read in: "flew to Paris to see the Eiffel Tower")."""
    qualified: dict[str, GazEntry | None] = {}
    for mention, entry, qualifier in resolved:
        if qualifier is None or entry is None or entry.kind not in LOCAL_KINDS:
            continue
        if mention.key and not mention.facility:
            known = qualified.setdefault(mention.key, entry)
            qualified[mention.key] = known if known == entry else None
    if not any(qualified.values()):
        return list(resolved)
    result = []
    for mention, entry, qualifier in resolved:
        town = qualified.get(mention.key)
        if (
            town is not None
            and qualifier is None
            and entry is not town
            and not mention.area_only
            and not mention.facility
            and town in mention.candidates
            and not _backed_by_sentence(mention, entry, town, contexts)
            and (not _names_an_area(mention) or _town_country_in_sentence(mention, town, contexts))
        ):
            entry = town
        result.append((mention, entry, qualifier))
    return result


def _backed_by_sentence(
    mention: Mention, entry: GazEntry | None, town: GazEntry, contexts: Mapping[Mention, Context]
) -> bool:
    """The bare reading is in another country than the qualified town, one the mention's
    sentence names a place in."""
    context = contexts.get(mention)
    return (
        entry is not None
        and context is not None
        and entry.country != town.country
        and entry.country in context.sentence
    )


def _names_an_area(mention: Mention) -> bool:
    """The name is also a country's or a region's ("Peru", "Mexico")."""
    return any(e.kind in AREA_KINDS and same_name(e.name, mention.key) for e in mention.candidates)


def _town_country_in_sentence(
    mention: Mention, town: GazEntry, contexts: Mapping[Mention, Context]
) -> bool:
    """The mention's sentence names another place in the qualified town's country: "west of
    Peru ... near the Wabash River" is the Indiana town, "also ship to Mexico" the country."""
    context = contexts.get(mention)
    return context is not None and town.country in context.sentence
