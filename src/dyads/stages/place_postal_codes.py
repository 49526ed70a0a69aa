"""US states by their two-letter postal codes after a town and a comma ("Greensboro, NC",
"Boise, ID"), as local web news writes addresses and datelines. Most codes are also common
words or other names ("IN", "OR", "ME", "PA"), so a code counts only right after a town's name
and a comma, and only where the gazetteer holds a town of that name in that state.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dyads.stages.place_lookup import PlaceLookup
from dyads.stages.place_resolution import Mention

# The USPS codes of the fifty states and the District of Columbia (the GeoNames first-level
# names they stand for).
STATE_CODES = {
    **{"AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California"},
    **{"CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida"},
    **{"GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana"},
    **{"IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine"},
    **{"MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota"},
    **{"MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska"},
    **{"NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico"},
    **{"NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio"},
    **{"OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island"},
    **{"SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas"},
    **{"UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia"},
    **{"WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia"},
}


def postal_code_mentions(
    lookup: PlaceLookup, doc: Doc, found: Sequence[Mention], taken: list[bool]
) -> list[Mention]:
    """The states whose postal codes follow a town of theirs and a comma."""
    mentions = []
    for town in found:
        code = town.end + 1
        if code >= len(doc) or doc[town.end].text != "," or taken[code]:
            continue
        state = STATE_CODES.get(doc[code].text)
        if state is None or (code + 1 < len(doc) and doc[code + 1].text == "-"):
            continue
        if not any(e.country == "USA" and e.admin1 == state for e in town.candidates):
            continue
        entry = lookup.gazetteer.admin1("USA", state)
        if entry is not None:
            mentions.append(Mention(code, code + 1, (entry,), key=state.lower(), area_only=True))
    return mentions
