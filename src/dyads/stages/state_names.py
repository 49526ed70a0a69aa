"""The names of states as news writes them, by ISO-3 code.

One name per state wherever an actor is named after it: a state implied by its code, and the
dictionary's own entries for states, whose source names are not uniform ("Palestinian
Territories", "Myanmar [Burma]", "Hong Kong SAR China").
"""

from __future__ import annotations

from functools import cache

import pycountry

# Where ISO's short name reads as a catalogue entry, the name news and the dictionary use, so
# that a state implied by its code is named as it is when the text names it ("Russia", not
# "Russian Federation").
_NEWS_NAMES = {
    "BRN": "Brunei",
    "COD": "Democratic Republic of the Congo",
    "FLK": "Falkland Islands",
    "FSM": "Micronesia",
    "PSE": "Palestine",
    "RUS": "Russia",
    "TUR": "Turkey",
    "VAT": "Holy See",
    "VGB": "British Virgin Islands",
    "VIR": "US Virgin Islands",
}


@cache
def state_name(code: str) -> str:
    """The short English name of a state by its ISO-3 code ("KEN" -> "Kenya", "PRK" -> "North
    Korea", "RUS" -> "Russia"), for actors that know only their code; the code itself when ISO
    has none."""
    if code in _NEWS_NAMES:
        return _NEWS_NAMES[code]
    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if country is None:
        return code
    return str(getattr(country, "common_name", country.name))
