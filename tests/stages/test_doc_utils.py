"""Tests for the Doc helpers and per-Doc caches (``doc_utils``)."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.doc_utils import (
    doc_reading,
    doc_words,
    forget_cached_readings,
    has_child,
    head_token,
    parse_table,
    preposition_objects,
    sentence_bounds,
    span_text,
    text_of,
    token_lowers,
    token_table,
    tokens_of,
)


def test_token_table_reads_what_the_tokens_say(nlp: Language) -> None:
    doc = nlp("The U.N.  envoy’s state-run TV said.")
    table = token_table(doc)
    assert table.texts == [t.text for t in doc]
    assert table.lowers == [t.lower_ for t in doc] == token_lowers(doc)
    assert table.is_space == [t.is_space for t in doc]
    assert table.trailing == [bool(t.whitespace_) for t in doc]
    assert table.tags == [t.tag_ for t in doc]
    assert table.deps == [t.dep_ for t in doc]
    assert table.starts == [t.idx for t in doc]
    assert token_table(doc) is table  # built once per Doc


def test_span_text_is_the_span_s_text(nlp: Language) -> None:
    doc = nlp("Benita Ferrero-Waldner, the  OSCE chairman, said (again) so.")
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            assert span_text(doc, start, end) == doc[start:end].text
    assert span_text(doc, 3, 3) == ""


def test_text_of_is_the_doc_s_text(nlp: Language) -> None:
    doc = nlp("Police fired tear gas in Mombasa.")
    assert text_of(doc) == doc.text


def test_doc_words_are_the_lower_cased_tokens(nlp: Language) -> None:
    doc = nlp("Talks resumed After the Summit.")
    assert doc_words(doc) == frozenset({"talks", "resumed", "after", "the", "summit", "."})
    assert doc_words(doc) is doc_words(doc)  # kept on the Doc


def test_parse_table_reads_what_the_tokens_say(nlp: Language) -> None:
    doc = nlp("Kenya's envoy met officials in Kampala, and they signed a deal.")
    table = parse_table(doc)
    assert table.heads == [t.head.i for t in doc]
    assert table.pos == [t.pos_ for t in doc]
    assert table.lemmas == [t.lemma_ for t in doc]
    assert table.children == [[c.i for c in t.children] for t in doc]


def test_span_tokens_and_heads_are_those_of_the_characters(nlp: Language) -> None:
    text = "The foreign minister of Kenya arrived."
    doc = nlp(text)
    span = (text.index("foreign"), text.index(" arrived"))
    assert tokens_of(doc, span).text == "foreign minister of Kenya"
    assert head_token(doc, span).text == "minister"
    assert head_token(doc, span).i == tokens_of(doc, span).root.i  # from the kept bounds too


def test_forgetting_drops_every_kept_reading(nlp: Language) -> None:
    doc = nlp("Rebels seized the town.")
    token_table(doc)
    parse_table(doc)
    doc.user_data["other"] = 1
    forget_cached_readings(doc)
    assert list(doc.user_data) == ["other"]


def test_has_child_reads_dependency_and_word(nlp: Language) -> None:
    doc = nlp("The army will not withdraw its troops.")
    verb = next(t for t in doc if t.text == "withdraw")
    assert has_child(verb, ("aux",), {"will"})
    assert not has_child(verb, ("aux",), {"would"})
    assert has_child(verb, ("neg",))
    assert not has_child(verb, ("nsubjpass",))
    assert has_child(verb, ("dobj",)) == any(c.dep_ == "dobj" for c in verb.children)


def test_sentence_bounds_are_the_token_s_sentence(nlp: Language) -> None:
    doc = nlp("Rain fell in Oslo. Trains stopped!\nNobody knew why, said Ms Berg. Then it ended")
    assert len(list(doc.sents)) > 2
    for token in doc:
        assert sentence_bounds(doc, token.i) == (token.sent.start, token.sent.end)
    unsplit = nlp.make_doc("Rain fell. Trains stopped.")  # no parse: one passage
    assert sentence_bounds(unsplit, 4) == (0, len(unsplit))


def test_doc_reading_reads_once_and_is_forgotten_with_the_others(nlp: Language) -> None:
    doc = nlp("Rebels seized the town.")
    calls: list[int] = []

    def count(d: object) -> int:
        calls.append(1)
        return len(calls)

    assert doc_reading(doc, "dyads.test_reading", count) == 1
    assert doc_reading(doc, "dyads.test_reading", count) == 1  # kept, not read again
    forget_cached_readings(doc)
    assert doc_reading(doc, "dyads.test_reading", count) == 2
    assert doc_reading(doc, "dyads.test_false", lambda d: False) is False
    assert doc.user_data["dyads.test_false"] is False


def test_preposition_objects_are_the_objects_of_the_named_prepositions(nlp: Language) -> None:
    doc = nlp("Iraq opened its palaces to inspectors in March.")
    opened = next(t for t in doc if t.lemma_ == "open")
    assert [t.text for t in preposition_objects(opened, "to")] == ["inspectors"]
    assert [t.text for t in preposition_objects(opened, "to", "in")] == ["inspectors", "March"]
    assert preposition_objects(opened, "with") == []
