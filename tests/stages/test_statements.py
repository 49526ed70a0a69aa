"""Repaired sentence spans: cut at line breaks, joined where the parser cut too early."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dyads.stages.statements import Statements


def sentences(doc: Doc) -> list[str]:
    return [doc.text[start:end] for start, end in Statements(doc).spans]


def test_sentences_are_cut_at_line_breaks(nlp: Language) -> None:
    doc = nlp("Leaders meet in Rome\nThe summit opened on Monday. Talks went on late.")
    assert sentences(doc) == [
        "Leaders meet in Rome",
        "The summit opened on Monday.",
        "Talks went on late.",
    ]


def test_a_sentence_without_final_punctuation_is_joined_to_the_next() -> None:
    words = ["The", "envoy", "met", "the", "king", "(", "Jordan", ")", "Abdullah", "today", "."]
    spaces = [True] * 5 + [False, False, True, True, False, False]
    starts: list[bool | int | None] = [i == 8 for i in range(len(words))]
    doc = Doc(Vocab(), words=words, spaces=spaces, sent_starts=starts)
    assert sentences(doc) == ["The envoy met the king (Jordan) Abdullah today."]


def test_a_closing_mark_stays_with_its_sentence(nlp: Language) -> None:
    doc = nlp('She called it "a deal."\nIn turn, he agreed.')
    assert sentences(doc) == ['She called it "a deal."', "In turn, he agreed."]


def test_lookup_by_offset(nlp: Language) -> None:
    doc = nlp("First one here. Second one here.")
    statements = Statements(doc)
    assert statements.span_at(0) == (0, 15)
    assert statements.span_at(doc.text.index("Second")) == (16, 32)
    assert statements.index_at(15) is None  # the space between the sentences
