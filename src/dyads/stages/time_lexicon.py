"""Word tables for time expressions: months, weekdays, numbers, units, seasons, parts of day."""

from __future__ import annotations

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
)
WEEKDAY_RE = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

_SMALL_NUMBERS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
NUMBER_WORDS: dict[str, int] = {word: value for value, word in enumerate(_SMALL_NUMBERS)}
NUMBER_WORDS.update(_TENS)
NUMBER_WORDS.update({"a": 1, "an": 1, "a single": 1, "single": 1, "a couple of": 2, "couple of": 2})
NUMBER_WORDS.update({"a hundred": 100, "one hundred": 100, "a dozen": 12})
# Words that give a count without a number: TimeML writes it as X ("several days" -> PXD).
VAGUE_NUMBERS = ("a few", "few", "several", "many", "some", "dozens of", "hundreds of")

_number_words = sorted(list(NUMBER_WORDS) + list(VAGUE_NUMBERS), key=len, reverse=True)
_tens = "|".join(_TENS)
NUMBER_RE = (
    r"\d+(?:\.\d+)?|(?:"
    + _tens
    + r")-(?:one|two|three|four|five|six|seven|eight|nine)|"
    + "|".join(word.replace(" ", r"\s+") for word in _number_words)
)

# Unit word -> (TimeML duration letter, is a time-of-day unit needing the "T" designator).
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "night": ("D", False),
    "week": ("W", False),
    "month": ("M", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
}
UNIT_RE = r"seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|century|centuries"

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
}
SET_ADVERBS = {
    "annual": "P1Y",
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "yearly": "P1Y",
    "annually": "P1Y",
}

# Fixed-date holidays (month, day); movable feasts would need a table per year.
HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "boxing day": (12, 26),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "may day": (5, 1),
}

# Words before a bare month or year that make it a date ("in May", "since 2014").
DATE_CUES = frozenset(
    [
        "in",
        "since",
        "until",
        "till",
        "by",
        "from",
        "to",
        "through",
        "during",
        "of",
        "before",
        "after",
        "between",
        "and",
        "or",
        "early",
        "late",
        "mid",
        "end",
        "beginning",
        "start",
        "last",
        "next",
        "this",
        "in-between",
        "around",
    ]
)


def month_number(word: str) -> int:
    """1-12 for a month name or abbreviation ("Sept." -> 9)."""
    key = word.rstrip(".").lower()[:3]
    return next(index for index, name in enumerate(MONTHS, start=1) if name.startswith(key))


def weekday_number(word: str) -> int:
    """0 (Monday) to 6 (Sunday), as in `datetime.date.weekday()`."""
    return WEEKDAYS.index(word.lower().rstrip("s"))


def unit_key(word: str) -> str:
    """The singular unit for a unit word ("centuries" -> "century")."""
    lowered = word.lower()
    if lowered == "centuries":
        return "century"
    return lowered[:-1] if lowered.endswith("s") else lowered


def number_value(words: str) -> int | float | None:
    """The count in a number phrase, or None when it is vague ("several")."""
    key = " ".join(words.lower().split())
    if key.endswith(" and a half"):
        whole = number_value(key.removesuffix(" and a half"))
        return None if whole is None else whole + 0.5
    if key in NUMBER_WORDS:
        return NUMBER_WORDS[key]
    if "-" in key and key.split("-")[0] in _TENS:
        tens, ones = key.split("-", 1)
        return _TENS[tens] + NUMBER_WORDS.get(ones, 0)
    try:
        number = float(key)
    except ValueError:
        return None
    return int(number) if number.is_integer() else number
