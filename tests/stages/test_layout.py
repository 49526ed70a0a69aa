"""Tests for skipping captions, credits, bylines and headings."""

from __future__ import annotations

from dyads.stages.layout import is_prose, paragraphs, skipped_spans


def test_paragraphs_are_stripped_lines_with_offsets() -> None:
    text = "First line.\n\n  Second line.  \n"
    spans = paragraphs(text)
    assert [text[s:e] for s, e in spans] == ["First line.", "Second line."]


def test_photo_credit_paragraph_is_skipped() -> None:
    caption = "The minister speaks in Paris on May 2, 2024. (Jane Doe/AP Photo via AP)"
    text = f"Leaders met in Paris on Tuesday.\n{caption}\nThey agreed to meet again."
    skipped = skipped_spans(text)
    assert [text[s:e] for s, e in skipped] == [caption]


def test_agency_credits_and_photo_lines_are_not_prose() -> None:
    assert not is_prose("Protesters gather outside parliament. (Reuters)")
    assert not is_prose("Photo: John Smith")
    assert not is_prose("By Maria Lopez")


def test_separators_and_headings_are_not_prose() -> None:
    assert not is_prose("-")
    assert not is_prose("***")
    assert not is_prose("Ministers vow closer trade ties")


def test_ordinary_sentences_are_prose() -> None:
    assert is_prose("The army said it had withdrawn from the town (near the border).")
    assert is_prose("By Friday, both sides had agreed to a ceasefire.")


def test_single_line_text_without_full_stop_is_kept() -> None:
    assert skipped_spans("Russia attacked Ukraine") == []


def test_agency_caption_ending_with_a_comma_set_date_is_not_prose() -> None:
    assert not is_prose("Soldiers patrol the streets of Gao, Mali, March 3, 2020.")
    assert not is_prose("Protesters gather in Lima, Peru, Tuesday, Sept. 12, 2023.")


def test_prose_dated_with_a_preposition_is_kept() -> None:
    assert is_prose("The two countries signed the treaty in Lima on March 3, 2020.")
