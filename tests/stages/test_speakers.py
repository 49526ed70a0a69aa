"""Speaker resolution: subjects of reporting verbs and the actors they name."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

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


def subject(doc: Doc, verb: str) -> Token:
    token = next(token for token in doc if token.text == verb)
    found = subject_of(token)
    assert found is not None
    return found


def test_a_surname_resolves_to_the_full_name_met_in_the_article(nlp: Language) -> None:
    doc = nlp("Harriet Olsen chairs the panel. Olsen said the vote was fair.")
    speaker = SpeakerResolver(doc, []).resolve(subject(doc, "said"))
    assert speaker is not None
    assert (speaker.name, speaker.text, speaker.code) == ("Harriet Olsen", "Olsen", None)


def test_a_person_in_apposition_is_the_speaker(nlp: Language) -> None:
    doc = nlp("The chief executive of the airline, Ravi Menon, said fares would rise.")
    speaker = SpeakerResolver(doc, []).resolve(subject(doc, "said"))
    assert speaker is not None and speaker.name == "Ravi Menon"


def test_a_person_takes_the_code_of_the_office_around_them(nlp: Language) -> None:
    text = "The Kenyan foreign minister, Ravi Menon, said the border was open."
    doc = nlp(text)
    office = mention(text, "Kenyan foreign minister", "KEN")
    speaker = SpeakerResolver(doc, [office]).resolve(subject(doc, "said"))
    assert speaker is not None
    assert (speaker.name, speaker.code, speaker.sector) == ("Ravi Menon", "KEN", "GOV")


def test_it_refers_to_the_last_body_that_spoke(nlp: Language) -> None:
    text = "The Kenyan ministry confirmed the visit. It said the talks went well."
    doc = nlp(text)
    ministry = mention(text, "Kenyan ministry", "KEN")
    speaker = SpeakerResolver(doc, [ministry]).resolve(subject(doc, "said"))
    assert speaker is not None
    assert (speaker.text, speaker.name, speaker.code) == ("It", "Kenyan ministry", "KEN")


def test_an_action_noun_is_no_speaker(nlp: Language) -> None:
    doc = nlp("The deployment indicates deeper ties.")
    assert SpeakerResolver(doc, []).resolve(subject(doc, "indicates")) is None


def test_strict_resolution_keeps_named_sources_only(nlp: Language) -> None:
    doc = nlp("The paper cited Harriet Olsen and the growing unrest.")
    resolver = SpeakerResolver(doc, [])
    olsen = next(token for token in doc if token.text == "Olsen")
    unrest = next(token for token in doc if token.text == "unrest")
    found = resolver.resolve(olsen, strict=True)
    assert found is not None and found.name == "Harriet Olsen"
    assert resolver.resolve(unrest, strict=True) is None


def test_a_title_refers_back_to_the_person_who_holds_it(nlp: Language) -> None:
    doc = nlp(
        "Foreign Minister Anna Lindqvist arrived in Oslo. The minister said talks would go on."
    )
    speaker = SpeakerResolver(doc, []).resolve(subject(doc, "said"))
    assert speaker is not None
    assert (speaker.name, speaker.text) == ("Anna Lindqvist", "The minister")
