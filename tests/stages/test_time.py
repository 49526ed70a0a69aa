"""The time stage on small hand-written sentences and on the seed article."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from spacy.language import Language

from dyads.records import TimeRef
from dyads.stages.time import TimeTagger, governing_time, infer_article_date

TUESDAY = datetime.date(2025, 8, 12)  # a Tuesday, ISO week 33
NEW_YEAR = datetime.date(2025, 1, 2)
TAGGER = TimeTagger()


def tag(nlp: Language, text: str, anchor: datetime.date | None = TUESDAY) -> list[TimeRef]:
    return TAGGER.process(nlp(text), anchor)


def values(nlp: Language, text: str, anchor: datetime.date | None = TUESDAY) -> dict[str, str]:
    return {time.text: time.value for time in tag(nlp, text, anchor)}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The treaty was signed on August 12, 2025.", "August 12, 2025", "2025-08-12"),
        ("They met on 12 July 2025 in Geneva.", "12 July 2025", "2025-07-12"),
        ("The summit was held in August 2025.", "August 2025", "2025-08"),
        ("The law took effect in 2024.", "2024", "2024"),
        ("The war in the 1990s changed the region.", "the 1990s", "199"),
        ("The report was filed on 2025-03-04.", "2025-03-04", "2025-03-04"),
        ("Profits rose in the first quarter of 2026.", "the first quarter of 2026", "2026-Q1"),
        ("Floods hit the region in the summer of 2024.", "the summer of 2024", "2024-SU"),
    ],
)
def test_absolute_dates(nlp: Language, text: str, expression: str, value: str) -> None:
    assert values(nlp, text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The ministry said last month that prices rose.", "last month", "2025-07"),
        ("The agreement was signed last year.", "last year", "2024"),
        ("The two leaders will meet next month.", "next month", "2025-09"),
        ("Exports grew this year.", "this year", "2025"),
        ("The talks are set to take place later this week.", "later this week", "2025-W33"),
        ("The talks will resume next week.", "next week", "2025-W34"),
        ("Rebels attacked the town two days ago.", "two days ago", "2025-08-10"),
        ("He arrived yesterday and leaves tomorrow.", "yesterday", "2025-08-11"),
        ("He arrived yesterday and leaves tomorrow.", "tomorrow", "2025-08-13"),
        ("The minister spoke today.", "today", "2025-08-12"),
        ("Troops withdrew last Tuesday.", "last Tuesday", "2025-08-05"),
        ("Talks resume next Monday.", "next Monday", "2025-08-18"),
    ],
)
def test_relative_dates(nlp: Language, text: str, expression: str, value: str) -> None:
    assert values(nlp, text)[expression] == value


def test_weekday_in_past_clause_is_on_or_before_anchor(nlp: Language) -> None:
    assert values(nlp, "The Kremlin announced the call on Tuesday.")["Tuesday"] == "2025-08-12"
    assert values(nlp, "The rebels attacked on Sunday.")["Sunday"] == "2025-08-10"


@pytest.mark.parametrize(
    "text",
    [
        "The ministers will meet on Friday.",
        "The meeting is expected to take place on Friday.",
        "The leaders are set to sign the deal on Friday.",
    ],
)
def test_weekday_in_future_clause_is_after_anchor(nlp: Language, text: str) -> None:
    assert values(nlp, text)["Friday"] == "2025-08-15"


def test_weekday_on_a_verb_in_the_simple_present_is_a_schedule(nlp: Language) -> None:
    # The Saturday before the anchor (a Tuesday) is nearer; a schedule points ahead.
    assert values(nlp, "Foreign ministers gather in Rome on Saturday.")["Saturday"] == "2025-08-16"
    text = "The suspension on Saturday of the talks leaves the truce in doubt."
    assert values(nlp, text)["Saturday"] == "2025-08-09"
    headline = "Rebels seize airport on Saturday\nThe rebels seized the airport, officials said."
    assert values(nlp, headline)["Saturday"] == "2025-08-09"


def test_weekday_of_publication_is_that_day_in_either_tense(nlp: Language) -> None:
    # Wire copy names the day it is written on by its weekday; a week on is "next Tuesday".
    assert values(nlp, "The council will vote on Tuesday.")["Tuesday"] == "2025-08-12"
    assert values(nlp, "The council voted on Tuesday.")["Tuesday"] == "2025-08-12"
    assert values(nlp, "The council will vote next Tuesday.")["next Tuesday"] == "2025-08-19"


def test_month_day_follows_tense(nlp: Language) -> None:
    assert values(nlp, "Officials met on July 12 in Geneva.")["July 12"] == "2025-07-12"
    assert values(nlp, "The vote will be held on July 12.")["July 12"] == "2026-07-12"


def test_year_boundaries(nlp: Language) -> None:
    assert values(nlp, "Prices fell last month.", NEW_YEAR)["last month"] == "2024-12"
    assert values(nlp, "The treaty was signed on December 30.", NEW_YEAR) == {
        "December 30": "2024-12-30"
    }
    assert values(nlp, "Prices fell last year.", NEW_YEAR)["last year"] == "2024"
    assert values(nlp, "It happened last week.", NEW_YEAR)["last week"] == "2024-W52"


def test_without_anchor_keeps_placeholders(nlp: Language) -> None:
    found = values(nlp, "They met on July 12 and will meet again on Friday.", None)
    assert found == {"July 12": "XXXX-07-12", "Friday": "XXXX-WXX-5"}
    assert values(nlp, "Prices fell last month.", None)["last month"] == "XXXX-XX"
    assert values(nlp, "The deal was signed on August 12, 2025.", None) == {
        "August 12, 2025": "2025-08-12"
    }


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The ceasefire lasted three days.", "three days", "P3D"),
        ("The talks took two hours.", "two hours", "PT2H"),
        ("He served for 12 years.", "12 years", "P12Y"),
        ("The ban stays in force for months.", "months", "PXM"),
        ("Fighting continued for several weeks.", "several weeks", "PXW"),
        ("The strike lasted three more days.", "three more days", "P3D"),
    ],
)
def test_durations(nlp: Language, text: str, expression: str, value: str) -> None:
    found = {time.text: (time.value, time.type) for time in tag(nlp, text)}
    assert found[expression] == (value, "DURATION")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Inspectors visit the site every week.", "every week", "P1W"),
        ("The council meets twice a year.", "twice a year", "P1Y"),
        ("The paper appears daily.", "daily", "P1D"),
        ("Protesters gather on Mondays.", "Mondays", "XXXX-WXX-1"),
    ],
)
def test_sets(nlp: Language, text: str, expression: str, value: str) -> None:
    found = {time.text: (time.value, time.type) for time in tag(nlp, text)}
    assert found[expression] == (value, "SET")


def test_references(nlp: Language) -> None:
    found = values(
        nlp,
        "Prices are currently high and were previously lower; they may fall in the coming weeks.",
    )
    assert found == {
        "currently": "PRESENT_REF",
        "previously": "PAST_REF",
        "the coming weeks": "FUTURE_REF",
    }


def test_times_and_parts_of_day(nlp: Language) -> None:
    found = values(nlp, "The strike began at 2:30 p.m. on Tuesday and ended at 6 pm.")
    assert found["2:30 p.m."] == "2025-08-12T14:30"
    assert found["6 pm"] == "2025-08-12T18:00"
    found = values(nlp, "Shelling resumed on Sunday evening after a quiet night.")
    assert found["Sunday evening"] == "2025-08-10TEV"
    assert values(nlp, "He arrived yesterday morning.")["yesterday morning"] == "2025-08-11TMO"


def test_clock_time_takes_the_day_beside_it(nlp: Language) -> None:
    found = values(nlp, "The vote ended on Sunday at 18:00.")
    assert found["18:00"] == "2025-08-10T18:00"


def test_seasons(nlp: Language) -> None:
    assert values(nlp, "The offensive began this summer.")["this summer"] == "2025-SU"
    assert values(nlp, "The offensive stalled last winter.")["last winter"] == "2024-WI"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Fighting continued over the weekend.", "the weekend", "2025-W32-WE"),
        ("The talks will resume over the weekend.", "the weekend", "2025-W33-WE"),
        ("Protests erupted this past weekend.", "this past weekend", "2025-W32-WE"),
        ("The debt grew in the prior year.", "the prior year", "2024"),
        ("The budget runs out at the end of the year.", "the end of the year", "2025"),
        ("He was arrested on Christmas Eve.", "Christmas Eve", "2024-12-24"),
        ("Rebels took the town in mid-July.", "mid-July", "2025-07"),
        ("The unrest began in early 2024.", "early 2024", "2024"),
        ("Few remember the 2011 protests.", "2011", "2011"),
        ("The fortress fell in 1713.", "1713", "1713"),
        ("Wars shaped the 20th century.", "the 20th century", "19"),
        ("Shelling continued overnight.", "overnight", "2025-08-11TNI"),
        ("The bomb exploded at 1820 GMT.", "1820 GMT", "2025-08-12T18:20Z"),
        ("The law was passed on Feb. 29.", "Feb. 29", "2024-02-29"),
    ],
)
def test_more_dates(nlp: Language, text: str, expression: str, value: str) -> None:
    assert values(nlp, text)[expression] == value


def test_following_day_counts_from_the_last_named_date(nlp: Language) -> None:
    found = values(nlp, "Troops entered the city on July 3. The following day, talks began.")
    assert found["The following day"] == "2025-07-04"
    found = values(nlp, "Talks began. The next day, the rebels withdrew.")
    assert found["The next day"] == "2025-08-13"


def test_annual_is_a_set(nlp: Language) -> None:
    found = {time.text: (time.value, time.type) for time in tag(nlp, "The annual summit ended.")}
    assert found == {"annual": ("P1Y", "SET")}


def test_spans_exclude_prepositions(nlp: Language) -> None:
    text = "The leaders will meet on Friday in the capital."
    (friday,) = tag(nlp, text)
    assert friday.text == "Friday"
    assert text[friday.span[0] : friday.span[1]] == "Friday"
    (future,) = tag(nlp, "Relations may improve in the coming weeks.")
    assert future.text == "the coming weeks"


@pytest.mark.parametrize(
    "text",
    [
        "The 55-year-old leader resigned.",
        "May the talks succeed, he said.",
        "The second round of talks ended without agreement.",
        "The army sent 2000 troops to the border.",
        "A second deployment may be in preparation.",
        "Prices may fall as the economy cools.",
        "An earlier statement denied it.",
        "About 1500 people marched in the capital.",
        "Leaves fall in the park.",
        "Crowds cheered after the fall of the regime.",
        "Smith and May said the talks failed.",
    ],
)
def test_no_false_positives(nlp: Language, text: str) -> None:
    assert tag(nlp, text) == []


def test_article_date_from_dateline(nlp: Language) -> None:
    doc = nlp("MOSCOW, Aug 12, 2025 (Reuters) – Russia said it would hold talks.")
    assert infer_article_date(doc) == (TUESDAY, "dateline")
    doc = nlp("August 12, 2025 — The council met in Brussels.")
    assert infer_article_date(doc) == (TUESDAY, "dateline")


def test_date_alone_on_a_line_under_the_headline_is_a_dateline(nlp: Language) -> None:
    doc = nlp("Council backs budget\nAugust 12, 2025\nThe council approved the budget on Monday.")
    assert infer_article_date(doc) == (TUESDAY, "dateline")
    doc = nlp("Council backs budget\nAugust 12\nThe council approved the budget on Monday.")
    assert infer_article_date(doc) == (None, None)  # no year: not a dateline on its own


def test_yearless_dateline_takes_the_year_from_the_text(nlp: Language) -> None:
    doc = nlp("MOSCOW, Aug 12 (Reuters) – Russia said on Tuesday it had signed the 2025 budget.")
    assert infer_article_date(doc) == (TUESDAY, "dateline")


def test_yearless_dateline_without_years_gives_nothing(nlp: Language) -> None:
    doc = nlp("WASHINGTON, Aug. 12 (AP) — The Senate voted on the bill.")
    assert infer_article_date(doc) == (None, None)


def test_dateline_without_date_falls_back_to_text(nlp: Language) -> None:
    doc = nlp(
        "WASHINGTON (AP) — The Senate voted on Tuesday. The bill was filed on August 12, 2025."
    )
    assert infer_article_date(doc) == (TUESDAY, "text")


def test_article_date_from_text_checked_against_weekdays(nlp: Language) -> None:
    # August 11, 2025 is a Monday: only the Tuesday date agrees with "on Tuesday".
    doc = nlp(
        "The minister spoke on August 11, 2025 and again on August 12, 2025. "
        "The ministry announced the deal on Tuesday."
    )
    assert infer_article_date(doc) == (TUESDAY, "text")
    doc = nlp("The ministry announced on Friday a plan first drafted on August 12, 2025.")
    assert infer_article_date(doc) == (None, None)


def test_article_date_ignores_future_dates(nlp: Language) -> None:
    doc = nlp("The deal was signed on March 3, 2025. The summit will take place on June 5, 2026.")
    assert infer_article_date(doc) == (datetime.date(2025, 3, 3), "text")


def test_article_date_none_without_dates(nlp: Language) -> None:
    assert infer_article_date(nlp("The minister spoke on Tuesday.")) == (None, None)


def test_governing_time_follows_the_parse(nlp: Language) -> None:
    doc = nlp("The Kremlin announced on Tuesday that the leaders will meet on Friday.")
    times = TAGGER.process(doc, TUESDAY)
    announced = next(token.i for token in doc if token.text == "announced")
    meet = next(token.i for token in doc if token.text == "meet")
    assert governing_time(doc, announced, times) == times[0]
    chosen = governing_time(doc, meet, times)
    assert chosen is not None and chosen.value == "2025-08-15"


def test_governing_time_none_when_unattached(nlp: Language) -> None:
    doc = nlp("The minister resigned. Talks resumed on Friday.")
    times = TAGGER.process(doc, TUESDAY)
    resigned = next(token.i for token in doc if token.text == "resigned")
    assert governing_time(doc, resigned, times) is None


def _seed(shared_data: Path) -> str:
    raw = (shared_data / "seed" / "article.txt").read_text(encoding="utf-8")
    return raw.split("\n", 1)[1]  # the first line is the title


def test_seed_article(nlp: Language, shared_data: Path) -> None:
    doc = nlp(_seed(shared_data))
    anchor, source = infer_article_date(doc)
    assert (anchor, source) == (TUESDAY, "text")
    found = {time.text: time.value for time in TAGGER.process(doc, anchor)}
    expected = {
        "August 12, 2025": "2025-08-12",
        "later this week": "2025-W33",
        "Tuesday": "2025-08-12",
        "Friday": "2025-08-15",
        "last year": "2024",
        "Last month": "2025-07",
        "July 12": "2025-07-12",
    }
    assert {text: found.get(text) for text in expected} == expected
    assert not any(time.type == "DURATION" for time in TAGGER.process(doc, anchor))


def test_seed_governing_times(nlp: Language, shared_data: Path) -> None:
    doc = nlp(_seed(shared_data))
    times = TAGGER.process(doc, TUESDAY)

    def governed(word: str, occurrence: int = 0) -> str | None:
        index = [token.i for token in doc if token.text == word][occurrence]
        chosen = governing_time(doc, index, times)
        return chosen.value if chosen else None

    assert governed("announced") == "2025-08-12"
    assert governed("emphasized") == "2025-07-12"  # "During the ... dialogue held ... on July 12"
    assert governed("meeting", 3) == "2025-08-15"  # "the meeting, which is expected ... Friday"


# --- rules added for the TempEval-3 conventions -----------------------------------------------

JANUARY = datetime.date(2025, 1, 20)  # a Monday in the first quarter


@pytest.mark.parametrize(
    ("text", "anchor", "expression", "value"),
    [
        ("Profits fell in the fourth quarter.", JANUARY, "the fourth quarter", "2024-Q4"),
        ("Sales will rise in the fourth quarter.", JANUARY, "the fourth quarter", "2025-Q4"),
        ("The firm lost money in the final quarter of 2024.", TUESDAY, None, "2024-Q4"),
        ("Our third-quarter results were strong.", TUESDAY, "third-quarter", "2025-Q3"),
        ("Sales grew in the first quarter of last year.", TUESDAY, None, "2024-Q1"),
        ("Output shrank in the third quarter of this year.", TUESDAY, None, "2025-Q3"),
    ],
)
def test_quarters(
    nlp: Language, text: str, anchor: datetime.date, expression: str | None, value: str
) -> None:
    found = values(nlp, text, anchor)
    if expression is None:  # the whole phrase from "the" to the year
        assert list(found.values()) == [value]
    else:
        assert found[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The polls closed at 16:00 UTC.", "16:00 UTC", "2025-08-12T16:00Z"),
        ("The rocket lifted off at 9:30 GMT.", "9:30 GMT", "2025-08-12T09:30Z"),
        ("The president spoke at 16:00 UTC today.", "16:00 UTC today", "2025-08-12T16:00Z"),
        ("The minister resigned earlier today.", "earlier today", "2025-08-12"),
        ("The court will rule later today.", "later today", "2025-08-12"),
    ],
)
def test_clock_zones_and_parts_of_today(
    nlp: Language, text: str, expression: str, value: str
) -> None:
    assert values(nlp, text)[expression] == value


def test_clock_and_day_stay_apart_across_words(nlp: Language) -> None:
    found = values(nlp, "The strike began at 2:30 p.m. on Tuesday.")
    assert set(found) == {"2:30 p.m.", "Tuesday"}


def test_part_of_day_without_article(nlp: Language) -> None:
    assert values(nlp, "Shares rose in morning trading.")["morning"] == "2025-08-12TMO"


def test_the_day_is_the_day_last_named(nlp: Language) -> None:
    found = values(nlp, "Stocks fell on Monday but recovered late in the day.")
    assert found["late in the day"] == "2025-08-11"
    assert values(nlp, "For the day, the index was down 1%.")["the day"] == "2025-08-12"
    assert "the day" not in values(nlp, "He left the day after the vote.")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Prices have been stable for over a decade.", "a decade", "P10Y"),
        ("The war lasted two decades.", "two decades", "P20Y"),
        ("The index lost the gains in just minutes.", "minutes", "PTXM"),
        ("Workers built the firm over the years.", "the years", "PXY"),
        ("The sides settled a decades-long dispute.", "decades-long", "PXY"),
        ("Stocks fell for the past five trading days.", "the past five trading days", "P5D"),
        ("It was the worst single-day drop on record.", "single-day", "P1D"),
        ("The jet is two and a half years late.", "two and a half years", "P2.5Y"),
    ],
)
def test_more_durations(nlp: Language, text: str, expression: str, value: str) -> None:
    assert values(nlp, text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Growth should return in the near term.", "the near term", "FUTURE_REF"),
        ("The plant is secured for the long term.", "the long term", "FUTURE_REF"),
        ("The border stays shut for the time being.", "the time being", "PRESENT_REF"),
        ("He repeated the mistakes of the past.", "the past", "PAST_REF"),
    ],
)
def test_more_references(nlp: Language, text: str, expression: str, value: str) -> None:
    assert values(nlp, text)[expression] == value


@pytest.mark.parametrize(
    "text",
    [
        "Stocks continue to fall.",
        "Banks struggle in the current crisis.",  # an adjective: events keep their own dates
        "Critics attacked the now-cancelled deal.",
        "Leaders met at the soon-to-open terminal.",
    ],
)
def test_more_non_expressions(nlp: Language, text: str) -> None:
    assert tag(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The jet first flew on 7/8/07.", "7/8/07", "2007-07-08"),
        ("The ceasefire began on 25/12/2024.", "25/12/2024", "2024-12-25"),
        ("The index hit its lowest level since '82.", "'82", "1982"),
        ("Cars of the 70s were boxy.", "the 70s", "197"),
        ("Music from the '90s returned.", "the '90s", "199"),
    ],
)
def test_short_and_numeric_dates(nlp: Language, text: str, expression: str, value: str) -> None:
    assert values(nlp, text)[expression] == value


def test_expressions_do_not_cross_line_breaks(nlp: Language) -> None:
    found = values(nlp, "Markets stay shut until Friday\nSeptember 18, 2008\nThe exchange said so.")
    assert found["September 18, 2008"] == "2008-09-18"
    assert "Friday" in found


def test_infinitive_on_a_noun_points_ahead(nlp: Language) -> None:
    found = values(nlp, "The company announced an event to be held on October 12.")
    assert found["October 12"] == "2025-10-12"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Elections will be held next March.", "next March", "2026-03"),
        ("The law passed last August.", "last August", "2024-08"),
        ("Prices rose last March.", "last March", "2025-03"),
        ("It rained heavily this June.", "this June", "2025-06"),
        ("Attacks rose in the first half of 2024.", "the first half of 2024", "2024-H1"),
        ("Growth slowed in the second half of the year.", "the second half of the year", "2025-H2"),
        ("The deficit grew in fiscal 2026.", "fiscal 2026", "FY2026"),
        ("The FY2024 budget was cut.", "FY2024", "FY2024"),
    ],
)
def test_relative_months_halves_and_fiscal_years(
    nlp: Language, text: str, expression: str, value: str
) -> None:
    assert values(nlp, text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("He will return in half an hour.", "half an hour", "PT30M"),
        ("The siege lasted half a year.", "half a year", "P6M"),
        ("The talks lasted a year and a half.", "a year and a half", "P1.5Y"),
    ],
)
def test_halves(nlp: Language, text: str, expression: str, value: str) -> None:
    assert values(nlp, text)[expression] == value


def test_the_day_before_counts_from_the_last_named_date(nlp: Language) -> None:
    found = values(nlp, "Troops entered the city on July 3. Envoys had arrived the day before.")
    assert found["the day before"] == "2025-07-02"
    assert values(nlp, "He left the day after the vote.") == {}


SATURDAY = datetime.date(2025, 8, 16)


def test_weekday_follows_the_tense_when_the_anchor_is_a_saturday(nlp: Language) -> None:
    assert values(nlp, "The talks collapsed on Sunday.", SATURDAY)["Sunday"] == "2025-08-10"
    assert values(nlp, "The talks will resume on Sunday.", SATURDAY)["Sunday"] == "2025-08-17"
    assert values(nlp, "The envoy left on Saturday.", SATURDAY)["Saturday"] == "2025-08-16"
    assert values(nlp, "The envoy will leave on Saturday.", SATURDAY)["Saturday"] == "2025-08-16"


def test_this_weekday_follows_the_tense(nlp: Language) -> None:
    assert values(nlp, "The council will vote this Friday.", SATURDAY)["this Friday"] == (
        "2025-08-22"
    )
    assert values(nlp, "The council voted this Friday.", SATURDAY)["this Friday"] == "2025-08-15"


def test_weekday_week_is_a_week_after_the_coming_weekday(nlp: Language) -> None:
    assert values(nlp, "The verdict is due Friday week.")["Friday week"] == "2025-08-22"
    assert values(nlp, "The verdict is due on Friday.")["Friday"] == "2025-08-15"


def test_passive_decision_verb_dates_the_decision(nlp: Language) -> None:
    text = "The truce, which was agreed on Wednesday, broke down within hours."
    assert values(nlp, text, SATURDAY)["Wednesday"] == "2025-08-13"
    text = "The vote, which was scheduled for Wednesday, has been postponed."
    assert values(nlp, text, SATURDAY)["Wednesday"] == "2025-08-20"


def test_infinitive_after_a_finite_verb_is_not_a_headline(nlp: Language) -> None:
    # A perfect infinitive tells of the past: "to have been signed on Sunday".
    text = "The accord, to have been signed on Sunday, was shelved."
    assert values(nlp, text, SATURDAY)["Sunday"] == "2025-08-10"


def test_headline_and_caption_present_tell_of_the_past(nlp: Language) -> None:
    found = tag(nlp, "Talks collapse Friday\nThe talks broke up after two days.")
    assert (found[0].text, found[0].value) == ("Friday", "2025-08-08")
    text = "Crowds march in the capital on Sunday. (AP Photo/Jane Doe)\nThousands marched."
    assert values(nlp, text, SATURDAY)["Sunday"] == "2025-08-10"
    assert values(nlp, "Leaders to meet on Friday\nTalks are planned.")["Friday"] == "2025-08-15"


def test_headline_weekday_takes_the_date_of_its_tensed_mention(nlp: Language) -> None:
    text = "Leaders meet Friday\nThe two leaders will meet on Friday in Geneva, officials said."
    assert [time.value for time in tag(nlp, text)] == ["2025-08-15", "2025-08-15"]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "On July 3 the army said it had taken the town two days earlier.",
            "two days earlier",
            "2025-07-01",
        ),
        ("The ministry said the ship had sunk two days earlier.", "two days earlier", "2025-08-10"),
        (
            "The bill passed on Monday and was signed two days later.",
            "two days later",
            "2025-08-13",
        ),
        (
            "Troops arrived on July 3 and three weeks later the town fell.",
            "three weeks later",
            "2025-W30",
        ),
        (
            "The envoy arrived on July 3 and left the following week.",
            "the following week",
            "2025-W28",
        ),
        (
            "Rebels fled on March 30, 2024. The previous month, talks had failed.",
            "The previous month",
            "2024-02",
        ),
        ("Talks will continue the following week.", "the following week", "2025-W34"),
        ("The ambassador was recalled a week ago.", "a week ago", "2025-W32"),
    ],
)
def test_shifts_count_from_the_date_named_before(
    nlp: Language, text: str, expression: str, value: str
) -> None:
    assert values(nlp, text)[expression] == value


def test_shifts_without_a_date_in_their_sentence(nlp: Language) -> None:
    text = "Troops arrived on July 3. The ship had sunk two days earlier."
    assert values(nlp, text)["two days earlier"] == "2025-08-10"  # from the anchor
    found = tag(nlp, "Troops arrived on July 3. Three years later, the town fell.")
    assert [(time.text, time.value, time.type) for time in found][1] == (
        "Three years later",
        "P3Y",
        "DURATION",
    )


def test_overnight_in_a_past_clause_is_the_night_before(nlp: Language) -> None:
    assert values(nlp, "Shelling continued overnight.")["overnight"] == "2025-08-11TNI"
    assert values(nlp, "Rain will continue overnight.")["overnight"] == "2025-08-12TNI"


def test_dates_without_a_year_near_new_year(nlp: Language) -> None:
    anchor = datetime.date(2026, 1, 3)
    assert values(nlp, "The attack on December 28 killed 12.", anchor)["December 28"] == (
        "2025-12-28"
    )
    assert values(nlp, "The vote will be held on January 10.", anchor)["January 10"] == (
        "2026-01-10"
    )
    assert values(nlp, "Fighting broke out on Wednesday.", anchor)["Wednesday"] == "2025-12-31"


def test_one_weekday_to_a_story(nlp: Language) -> None:
    thursday = datetime.date(2025, 8, 14)
    text = "The minister said on Friday that talks had failed, according to a report on Friday."
    assert [time.value for time in tag(nlp, text, thursday)] == ["2025-08-08", "2025-08-08"]
    # Alone, a tenseless weekday is the nearest one.
    assert values(nlp, "A report on Friday.", thursday)["Friday"] == "2025-08-15"


def test_a_one_line_text_is_prose_not_a_headline(nlp: Language) -> None:
    assert values(nlp, "Talks collapse Friday")["Friday"] == "2025-08-15"
