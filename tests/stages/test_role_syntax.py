"""Tests for the small readings of the parse shared by the role rules."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dyads.stages.role_syntax import (
    ChildLinks,
    children,
    dative_objects,
    prep_objects,
    stand_in,
    stray_preps,
)

from .event_helpers import token


def test_a_relative_pronoun_stands_for_the_noun_its_clause_describes(nlp: Language) -> None:
    doc = nlp("Iraq, which Kuwait accused of massing troops, denied the charge.")
    assert stand_in(token(doc, "which")).text == "Iraq"
    assert stand_in(token(doc, "Kuwait")).text == "Kuwait"


def test_a_that_clause_conjunction_stands_for_nothing_else(nlp: Language) -> None:
    doc = nlp("Egypt said that Israel had agreed.")
    assert stand_in(token(doc, "that")).text == "that"


def test_others_hurt_after_a_party_named_first_stand_for_it(nlp: Language) -> None:
    doc = nlp("A Ghanaian soldier died and seven others were wounded in the ambush.")
    assert stand_in(token(doc, "others")).text == "soldier"
    doc = nlp("The bomb killed a Nepali guard and wounded three others.")
    assert stand_in(token(doc, "others")).text == "guard"


def test_others_in_the_first_clause_stand_for_nothing_else(nlp: Language) -> None:
    doc = nlp("Others were wounded in the ambush.")
    assert stand_in(token(doc, "Others")).text == "Others"
    doc = nlp("Chile objected while others agreed.")
    assert stand_in(token(doc, "others")).text == "others"


def test_preposition_objects_come_in_order_of_preference(nlp: Language) -> None:
    doc = nlp("Iran lashed out at Britain for its support of the rebels with Iraqi help.")
    verb = token(doc, "lashed")
    assert [t.text for t in prep_objects(verb, ("with", "at", "for"))] == ["Britain", "support"]


def test_conjoined_prepositions_give_their_objects_too(nlp: Language) -> None:
    doc = nlp("The Red Cross appealed to the government and to the rebels to spare civilians.")
    verb = token(doc, "appealed")
    assert [t.text for t in prep_objects(verb, ("to",))] == ["government", "rebels"]


def test_a_preposition_conjoined_to_the_verb_is_one_of_its_phrases(nlp: Language) -> None:
    doc = nlp("Germany shipped sandbags and pumps to Poland and to the Czech Republic on Thursday.")
    shipped = token(doc, "shipped")
    # The model hangs "to Poland" on the object and "and to the Czech Republic" on the verb.
    assert [t.i for t in stray_preps(shipped)] == [token(doc, "Czech").i - 2]
    assert [t.text for t in prep_objects(shipped, ("to",))] == ["Republic"]


def test_a_phrase_hung_on_an_adverb_of_direction_is_the_verbs(nlp: Language) -> None:
    doc = nlp("Uganda said it would send troops back into South Sudan if fighting resumed.")
    send = token(doc, "send")
    assert token(doc, "into").head.text == "back"  # the parse the rule is for
    assert [t.text for t in prep_objects(send, ("into",))] == ["Sudan"]


def test_a_phrase_of_another_adverb_is_not_the_verbs(nlp: Language) -> None:
    doc = nlp("Kenya kept its troops well away from the border with Somalia.")
    assert token(doc, "from").head.text == "away"  # the parse the rule is for
    assert prep_objects(token(doc, "kept"), ("from",)) == []


def test_a_name_read_as_an_infinitive_is_the_object_of_a_to_phrase(nlp: Language) -> None:
    doc = nlp(
        "Japan disbursed a $40 million credit to Zambia on Friday to support its farm reforms."
    )
    assert token(doc, "Zambia").pos_ == "VERB"  # the misreading this covers
    assert [t.text for t in prep_objects(token(doc, "disbursed"), ("to",))] == ["Zambia"]
    doc = nlp("Japan promised on Friday to support farm reforms in Zambia.")
    assert prep_objects(token(doc, "promised"), ("to",)) == []


def test_a_to_phrase_taken_for_a_dative_is_found(nlp: Language) -> None:
    doc = nlp("Israel made an offer to Syria on Monday.")
    assert [t.text for t in dative_objects(token(doc, "made"))] == ["Syria"]


def test_children_and_phrases_are_read_the_same_twice(nlp: Language) -> None:
    # The children and phrases are kept on the Doc after the first reading.
    doc = nlp("Sudan shipped grain to Chad and to Niger.")
    verb = token(doc, "shipped")
    first = [t.text for t in prep_objects(verb, ("to",))]
    assert first == ["Chad", "Niger"]
    assert [t.text for t in prep_objects(verb, ("to",))] == first
    assert [t.text for t in children(verb, ("nsubj",))] == ["Sudan"]


def test_the_kept_readings_leave_the_doc_serialisable(nlp: Language) -> None:
    doc = nlp("Iran protested to Britain.")
    prep_objects(token(doc, "protested"), ("to",))
    assert Doc(nlp.vocab).from_bytes(doc.to_bytes()).text == doc.text


def test_a_part_stands_for_what_its_of_phrase_names(nlp: Language) -> None:
    doc = nlp("Serbia pulled back some of the troops it had deployed.")
    assert stand_in(token(doc, "some")).text == "troops"
    doc = nlp("Some said the talks had failed.")
    assert stand_in(token(doc, "Some")).text == "Some"


def test_child_links_read_each_token_as_asked(nlp: Language) -> None:
    doc = nlp("Rebels in the north seized the town and freed two hostages.")
    links = ChildLinks(doc)
    assert len(links) == 0
    verb = next(t for t in doc if t.text == "seized")
    assert links[verb.i] == [(c.dep_, c.i) for c in verb.children]
    assert list(links) == [verb.i]  # only the token asked for is read
    for word in doc:
        assert links[word.i] == [(c.dep_, c.i) for c in word.children]
    assert [t.i for t in children(verb, ("nsubj", "dobj"))] == [
        c.i for c in verb.children if c.dep_ in ("nsubj", "dobj")
    ]
