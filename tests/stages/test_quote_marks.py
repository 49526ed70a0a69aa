"""Pairing quotation marks in plain text (no parse needed)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dyads.stages.quote_marks import find_quoted_parts


def contents(text: str) -> list[str]:
    return [text[part.span[0] : part.span[1]] for part in find_quoted_parts(text)]


def test_straight_and_curly_double_marks() -> None:
    text = 'He said "we agree" and she said “we do not”.'
    assert contents(text) == ["we agree", "we do not"]


def test_trailing_comma_is_not_part_of_the_quote() -> None:
    assert contents('"We are ready," Smith said.') == ["We are ready"]


def test_apostrophes_are_not_quote_marks() -> None:
    text = "The minister's aides don't expect Russia’s offer, as in the '90s, or the leaders' plan."
    assert contents(text) == []


def test_single_marks_quote_when_paired() -> None:
    text = "Jones called the plan 'a betrayal' and ‘a mistake’ on Monday."
    assert contents(text) == ["a betrayal", "a mistake"]


def test_apostrophes_inside_a_quote_stay_in_it() -> None:
    text = "Smith said: \"We don't accept Russia's terms from the '90s.\""
    assert contents(text) == ["We don't accept Russia's terms from the '90s."]


def test_nested_single_quote_belongs_to_the_outer_quote() -> None:
    text = "\"They told us 'never again' twice,\" she said."
    assert contents(text) == ["They told us 'never again' twice"]


def test_quote_split_by_attribution_gives_two_parts() -> None:
    text = '"We are ready," Smith said, "but we will not wait."'
    parts = find_quoted_parts(text)
    assert [text[p.span[0] : p.span[1]] for p in parts] == ["We are ready", "but we will not wait."]
    assert parts[0].group != parts[1].group


def test_quote_running_over_paragraphs_shares_a_group() -> None:
    text = 'Smith said: "The first part ends here.\n"The second part goes on."\nNo quote here.'
    parts = find_quoted_parts(text)
    assert [text[p.span[0] : p.span[1]] for p in parts] == [
        "The first part ends here.",
        "The second part goes on.",
    ]
    assert parts[0].group == parts[1].group


def test_unclosed_quote_is_dropped_alone() -> None:
    text = 'He said "this never closes.\nA new paragraph. "Fine," Jones said.'
    assert contents(text) == ["Fine"]


def test_second_opening_mark_restarts_a_broken_quote() -> None:
    text = 'Critics called it "a farce. Later, "We agree," Smith said.'
    assert contents(text) == ["We agree"]


def test_stray_closing_mark_is_ignored() -> None:
    text = "Prices rose” sharply. “Enough,” the union said."
    assert contents(text) == ["Enough"]


def test_offsets_point_into_the_text() -> None:
    text = "Title\n\nThe envoy said “talks resume” today."
    (part,) = find_quoted_parts(text)
    assert text[part.span[0] : part.span[1]] == "talks resume"
    assert text[part.span[0] - 1] == "“"


def test_only_a_whole_statement_runs_on_to_the_next_paragraph() -> None:
    text = 'Critics called it "a farce.\n"We agree," Jones said.'
    assert contents(text) == ["We agree"]


@given(st.text(alphabet=st.sampled_from(list("ab .,:\n\"'“”‘’«»")), max_size=60))
def test_any_text_gives_ordered_parts_inside_it(text: str) -> None:
    parts = find_quoted_parts(text)
    previous_end = 0
    for part in parts:
        start, end = part.span
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end


def test_reopened_quotation_after_a_sentence_continues_it() -> None:
    text = "“The talks failed. “We will try again.” Obi said."
    parts = find_quoted_parts(text)
    assert [text[p.span[0] : p.span[1]] for p in parts] == [
        "The talks failed.",
        "We will try again.",
    ]
    assert parts[0].group == parts[1].group
