"""Speaker resolution: subjects of reporting verbs and the actors they name."""

from __future__ import annotations

from spacy.language import Language

from dyads.records import Actor
from dyads.stages.speakers import SpeakerResolver, subject_of


def mention(text: str, words: str, code: str) -> Actor:
    start = text.index(words)
    return Actor(text=words, name=words, code=code, sector="GOV", span=(start, start + len(words)))


def test_subject_of_a_participle_is_borrowed_from_its_clause(nlp: Language) -> None:
    doc = nlp("Smith left the room, saying that the talks were over.")
    saying = next(token for token in doc if token.text == "saying")
    subject = subject_of(saying)
    assert subject is not None and subject.text == "Smith"


def test_subject_of_a_relative_clause_is_the_noun_it_modifies(nlp: Language) -> None:
    doc = nlp("The ministry, which said the border was closed, gave no details.")
    said = next(token for token in doc if token.text == "said")
    subject = subject_of(said)
    assert subject is not None and subject.text == "ministry"


def test_a_phrase_resolves_to_the_actor_inside_it(nlp: Language) -> None:
    text = "A spokesman for the Kenyan foreign ministry said nothing."
    doc = nlp(text)
    ministry = mention(text, "Kenyan foreign ministry", "KEN")
    spokesman = next(token for token in doc if token.text == "spokesman")
    assert SpeakerResolver(doc, [ministry]).resolve(spokesman) == ministry


def test_strict_resolution_needs_a_source(nlp: Language) -> None:
    text = "They cited Chile's role in the talks."
    doc = nlp(text)
    chile = mention(text, "Chile", "CHL")
    role = next(token for token in doc if token.text == "role")
    resolver = SpeakerResolver(doc, [chile])
    assert resolver.resolve(role, strict=True) is None
    assert resolver.resolve(role) == chile


def test_a_document_refers_back_to_its_author(nlp: Language) -> None:
    text = "A Brazilian army study found gaps. The study warns of shortages."
    doc = nlp(text)
    army = mention(text, "Brazilian army", "BRA")
    second = [token for token in doc if token.text == "study"][1]
    assert SpeakerResolver(doc, [army]).resolve(second) == army
