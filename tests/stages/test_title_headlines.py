"""Tests for title-case headlines parsed again with their verb in lower case
(``title_headlines``)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dyads.stages.doc_utils import token_table
from dyads.stages.title_headlines import (
    TitleHeadlines,
    irregular_past_forms,
    is_title_case_headline,
    is_verb_form,
)
from dyads.stages.trigger_headlines import is_headline_verb
from dyads.stages.triggers import TriggerLexicon

from .actor_helpers import shared_recognizer
from .event_helpers import token


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


@pytest.fixture(scope="module")
def headlines(nlp: Language, lexicon: TriggerLexicon) -> TitleHeadlines:
    recognizer = shared_recognizer()
    return TitleHeadlines(
        nlp, lexicon.verb_lemmas(), recognizer.name_spans, recognizer.is_agent_word
    )


def _line(nlp: Language, text: str) -> bool:
    return is_title_case_headline(next(nlp(text).sents))


@pytest.mark.parametrize(
    "text",
    [
        "Chad Recalls Envoy From Khartoum",
        "Bolivian Police Arrest Mining Union Leaders",
        "Oman To Host Talks On Yemen Truce",
    ],
)
def test_a_short_capitalised_line_is_a_title_case_headline(nlp: Language, text: str) -> None:
    assert _line(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # sentence case: words of content in lower case
        "Chad recalls envoy from Khartoum",
        # a final stop ends prose, not a headline, also before a line break
        "Chad Recalls Envoy From Khartoum.",
        "Chad Recalls Envoy From Khartoum.\nHe left.",
        # a line in capitals is no title case
        "CHAD RECALLS ENVOY FROM KHARTOUM",
        # too few capitalised words
        "Chad Votes",
    ],
)
def test_other_lines_are_no_title_case_headline(nlp: Language, text: str) -> None:
    assert not _line(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Chad Recalls Envoy From Khartoum", "Recalls"),  # an -s form
        ("Malian Troops Shelled Rebel Camp", "Shelled"),  # an -ed form
        ("Bolivian Police Arrest Mining Union Leaders", "Arrest"),  # a base form after Police
        ("Nepal And Bhutan Restore Flights", "Restore"),  # after parties listed with And
        ("Oman To Host Talks On Yemen Truce", "Host"),  # a base form after "To"
    ],
)
def test_verb_forms_of_the_lexicon(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str
) -> None:
    assert is_verb_form(token(nlp(text), word), lexicon.verb_lemmas())


def test_a_base_form_after_a_singular_name_is_no_verb_form(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    assert not is_verb_form(
        token(nlp("Chad Arrest Warrant Issued"), "Arrest"), lexicon.verb_lemmas()
    )


def _annotations(doc: Doc) -> list[tuple[str, str, str, int, str]]:
    return [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc]


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("Chad Recalls Envoy From Khartoum", "Recalls", "Chad"),
        ("Zambian Police Arrest Opposition Activists", "Arrest", "Police"),
        ("Malian Troops Shelled Rebel Camp Near Gao", "Shelled", "Troops"),
    ],
)
def test_the_verb_of_a_title_case_headline_heads_its_clause(
    nlp: Language, headlines: TitleHeadlines, text: str, verb: str, subject: str
) -> None:
    doc = headlines.reparse(nlp(text))
    found = token(doc, verb)
    assert found.pos_ == "VERB"
    assert found.text == verb  # the words keep their own case
    assert doc.text == text
    assert token(doc, subject).head == found


def test_a_verb_read_as_a_noun_in_sentence_case_too_takes_that_reading(
    nlp: Language, headlines: TitleHeadlines, lexicon: TriggerLexicon
) -> None:
    # The model reads "police arrest mining union leaders" as one noun phrase even in lower
    # case: the line takes the sentence-case parse, whose headline rules read "Arrest".
    doc = headlines.reparse(nlp("Bolivian Police Arrest Mining Union Leaders"))
    assert is_headline_verb(token(doc, "Arrest"), lexicon.verb_lemmas())
    assert token(doc, "Union").tag_ == "NN"
    actors = shared_recognizer().process(doc, None)
    # In title case a word tagged as a common noun starts no person's name after a title.
    assert [a.text for a in actors] == ["Bolivian Police"]


def test_a_firm_named_like_the_verb_is_no_party(nlp: Language, headlines: TitleHeadlines) -> None:
    # "Shell" is a firm of the dictionary; read as the verb after its subject, it is no name.
    doc = headlines.reparse(nlp("Malian Rebels Shell Army Post Near Gao"))
    assert token(doc, "Shell").pos_ == "VERB"
    actors = shared_recognizer().process(doc, None)
    assert "Shell" not in {a.text for a in actors}
    assert any(a.text == "Malian Rebels" for a in actors)


def test_a_base_form_after_a_verbs_s_form_is_no_verb(
    nlp: Language, headlines: TitleHeadlines
) -> None:
    # "Lifts" is the verb, no plural subject of "Ban": the model reads neither line with "Lifts"
    # in lower case as a clause of "lifts", and the line keeps its first parse.
    doc = headlines.reparse(nlp("Pakistan Lifts Ban On Afghan Songs"))
    assert token(doc, "Ban").pos_ != "VERB"


def test_a_base_form_after_a_plural_agent_noun_is_the_verb(
    nlp: Language, headlines: TitleHeadlines
) -> None:
    # "Forces" is also the -s form of "force", but an agent noun: "Retake" is the verb.
    doc = headlines.reparse(nlp("Somali Forces Retake Port From Militants"))
    assert token(doc, "Retake").pos_ == "VERB"
    assert token(doc, "Forces").head == token(doc, "Retake")


def test_a_word_of_a_longer_name_is_no_verb(nlp: Language, headlines: TitleHeadlines) -> None:
    # "States" is the -s form of "state", but a word of "United States".
    doc = headlines.reparse(nlp("United States Warns Cuba Over Migrants"))
    assert token(doc, "States").pos_ == "PROPN"
    assert token(doc, "Warns").pos_ == "VERB"


def test_a_noun_after_no_party_is_no_verb(nlp: Language, headlines: TitleHeadlines) -> None:
    # "Talks" follows "Border", no party: the base form after it is the verb.
    doc = headlines.reparse(nlp("Border Talks Resume In Doha"))
    assert token(doc, "Talks").pos_ != "VERB"


def test_prose_is_left_as_parsed(nlp: Language, headlines: TitleHeadlines) -> None:
    text = "Chad recalled its envoy from Khartoum on Monday."
    before = _annotations(nlp(text))
    assert _annotations(headlines.reparse(nlp(text))) == before


def test_only_the_headline_line_of_an_article_is_parsed_again(
    nlp: Language, headlines: TitleHeadlines
) -> None:
    text = "Chad Recalls Envoy From Khartoum\nThe envoy left on Monday after a dispute."
    original = nlp(text)
    body_start = next(s for s in original.sents if s.start > 0).start
    body_before = _annotations(original)[body_start:]
    doc = headlines.reparse(nlp(text))
    assert token(doc, "Recalls").dep_ == "ROOT"
    assert _annotations(doc)[body_start:] == body_before


def test_readings_kept_on_the_doc_follow_the_new_parse(
    nlp: Language, headlines: TitleHeadlines
) -> None:
    # The token table read while choosing the verb holds the first parse's tags: it is dropped
    # with the parse it described.
    doc = nlp("Chad Recalls Envoy From Khartoum")
    token_table(doc)
    headlines.reparse(doc)
    assert token_table(doc).tags == [t.tag_ for t in doc]
    assert token_table(doc).deps == [t.dep_ for t in doc]


def test_irregular_past_forms_of_the_lexicon(nlp: Language, lexicon: TriggerLexicon) -> None:
    pasts = irregular_past_forms(nlp, lexicon.verb_lemmas())
    assert {"struck", "withdrew", "met", "shot", "fought"} <= pasts
    # Gerunds, -s forms and forms of verbs the lexicon lacks are left out.
    assert not {"striking", "does", "seized", "swam"} & pasts


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("Russian Jets Struck Rebel Base In Idlib", "Struck", "Jets"),
        ("Greek And Turkish Leaders Met In Brussels", "Met", "Leaders"),
    ],
)
def test_an_irregular_past_form_is_the_verb(
    nlp: Language, headlines: TitleHeadlines, text: str, verb: str, subject: str
) -> None:
    doc = headlines.reparse(nlp(text))
    assert token(doc, verb).pos_ == "VERB"
    assert token(doc, subject).head == token(doc, verb)
