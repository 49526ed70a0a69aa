"""Time-expression patterns: matching on the lower-cased text, and line breaks."""

from __future__ import annotations

from dyads.stages.time_patterns import PATTERNS, span_of

SAMPLE = (
    "LATER TODAY the Minister said: Earlier This Week, over the past Five Trading Days and "
    "Every Monday, prices Rose Twice A Month; In The Near Term they may fall for the time "
    "being. The Third-Quarter results of Last Year came Half An Hour late at 9:30 GMT."
)


def test_folded_patterns_match_as_the_case_insensitive_ones() -> None:
    folded = [pattern for pattern in PATTERNS if pattern._folded is not None]
    assert folded  # the speed-up applies to the case-insensitive patterns
    lowered = SAMPLE.lower()
    for pattern in folded:
        expected = [span_of(match) for match in pattern.regex.finditer(SAMPLE)]
        assert [span_of(match) for match in pattern.finditer(SAMPLE, lowered)] == expected


def test_matches_never_run_across_a_line_break() -> None:
    text = "Markets stay shut until Friday\nSeptember 18, 2008"
    spans = [
        span_of(match)
        for pattern in PATTERNS
        for match in pattern.finditer(text, text.lower())
        if pattern.name == "month_day_year"
    ]
    assert [text[start:end] for start, end in spans] == ["September 18, 2008"]
