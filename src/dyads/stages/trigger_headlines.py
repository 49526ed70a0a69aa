"""Headlines: the verb the tagger misreads as a noun, and the infinitive of an act to come.

News feeds give headlines as well as body text: short lines without a final stop, articles or
auxiliaries, their verb in the present. The small model often tags that verb as a noun: an -s
form after a capitalised subject ("Bahrain Expels Envoy", "Mali junta frees detained soldiers"),
or a base form after a plural subject, a list of parties or a plural collective ("Armenia,
Azerbaijan exchange fire", "Police fire tear gas at protesters"). A headline's "to" and a verb
after its subject tells the act itself to come ("UN to send peacekeepers": status future).

Every check bails out on a word's own tag or its neighbour before it reads the sentence, so
body text pays next to nothing.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Span, Token

# A headline: a line of few words with no final stop.
_HEADLINE_END = frozenset(".!?:;\"”’'")
_HEADLINE_MAX_WORDS = 12
_NOUN_POS = frozenset({"NOUN", "PROPN"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Nouns that take a plural verb without an -s ("Police fire tear gas").
PLURAL_COLLECTIVES = frozenset({"police", "people"})
# Words of a subject made of names, nouns and their modifiers ("Armenia, Azerbaijan",
# "Somali opposition leaders", "The two Koreas").
_SUBJECT_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PUNCT", "CCONJ"})
# Tags of a finite verb: a line with one has a verb of its own and no bare infinitive.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Participles a headline may use as adjectives beside its verb ("frees detained soldiers").
_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
# Tags of a verb in the present, a headline's tense for what happened.
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# Entity labels of a name that may be a headline's subject ("Philippines", tagged a noun).
_PARTY_ENTITIES = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# How an infinitive after the subject hangs in the parse: as the root, or on the subject.
_INFINITIVE_DEPS = frozenset({"ROOT", "acl", "relcl"})


def is_headline_verb(token: Token, verbs: Container[str]) -> bool:
    """Whether a word tagged as a noun is the verb of a headline: the first -s form after a
    capitalised word or a singular noun ("Japan protests", "Mali junta frees"), or the first
    base form of a verb in `verbs` after a plural subject or a list of parties ("Rebels seize",
    "India, Pakistan exchange"), in a short unpunctuated line with no verb the tagger found
    before it."""
    if token.i not in _headline_shaped(token.doc):
        return False  # checked first: most words stand in no headline-shaped line
    if token.pos_ not in _NOUN_POS or not _may_be_verb(token, verbs):
        return False
    sentence = token.sent
    if not _is_verbless_headline(sentence, token):
        return False
    for candidate in sentence[1:]:
        if candidate.pos_ in _NOUN_POS and _may_be_verb(candidate, verbs):
            return candidate.i == token.i
    return False


def is_subjectless_headline_verb(verb: Token) -> bool:
    """ "Peru Recalls Ambassador To Mexico": a headline's present-tense root verb the parser gave
    no subject (it hung the party on the verb as a compound), in a short unpunctuated line."""
    if verb.dep_ != "ROOT" or verb.tag_ not in _PRESENT_TAGS:
        return False  # checked first: most verbs stop here
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    return is_short_unpunctuated(verb.sent)


def headline_lemmas(token: Token) -> list[str]:
    """The base forms a headline's verb may have: those of an -s form ("seizes" seize,
    "pushes" push, "denies" deny), else the word itself."""
    word = token.lower_
    if not _is_s_form(token):
        return [word]
    lemmas = [word[:-1]]
    if word.endswith("ies"):
        lemmas.append(word[:-3] + "y")
    elif word.endswith("es"):
        lemmas.append(word[:-2])
    return lemmas


def is_headline_infinitive(verb: Token) -> bool:
    """ "UN to send peacekeepers to Haiti", "Philippines, Vietnam to hold talks": an infinitive
    right after a headline's subject, in a line with no finite verb, tells an act to come."""
    if verb.dep_ not in _INFINITIVE_DEPS or verb.i < 2:
        return False
    to = verb.doc[verb.i - 1]
    if to.lower_ != "to" or to.head != verb:
        return False  # checked first: "to" as the verb's own marker, right before it
    subject = verb.doc[verb.i - 2]
    if subject.pos_ not in _NOUN_POS:
        return False
    # Hung on the word before it, the infinitive is a party's act ("EU to impose") only when
    # that word names one: "Plans to boost trade" is a noun and what it is for.
    if verb.dep_ != "ROOT" and not _names_a_party_at_root(verb.head, verb):
        return False
    return not any(t.tag_ in _FINITE_TAGS for t in verb.sent)


def _names_a_party_at_root(head: Token, verb: Token) -> bool:
    return (
        head.dep_ == "ROOT"
        and head.i < verb.i
        and (head.pos_ == "PROPN" or head.ent_type_ in _PARTY_ENTITIES)
    )


def _may_be_verb(token: Token, verbs: Container[str]) -> bool:
    """An -s form after a capitalised word or a singular noun, or a base form of a verb after a
    plural subject, a plural collective or the last of listed parties: read on the word and
    the one before it only."""
    if token.i == 0 or not token.is_alpha:
        return False
    before = token.doc[token.i - 1]
    if _is_s_form(token):
        return before.text[:1].isupper() or before.tag_ == "NN"
    if token.lower_ not in verbs:
        return False
    if before.tag_ in PLURAL_TAGS or before.lower_ in PLURAL_COLLECTIVES:
        return before.pos_ in _NOUN_POS
    return before.pos_ == "PROPN" and _ends_a_list(before)


def _ends_a_list(name: Token) -> bool:
    """ "Armenia, Azerbaijan": a name after a comma, with only a subject's words before it."""
    sentence_start = name.sent.start
    words = name.doc[sentence_start : name.i]
    return any(w.text == "," for w in words) and all(w.pos_ in _SUBJECT_POS for w in words)


# Key of the Doc's words in headline-shaped lines in `Doc.user_data`.
_SHAPED_KEY = "dyads.headline_shaped"


def _headline_shaped(doc: Doc) -> frozenset[int]:
    """The words of the Doc's sentences that are short and have no final stop, found once."""
    shaped: frozenset[int] | None = doc.user_data.get(_SHAPED_KEY)
    if shaped is None:
        lines = [s for s in doc.sents if is_short_unpunctuated(s)]
        shaped = doc.user_data[_SHAPED_KEY] = frozenset(
            i for s in lines for i in range(s.start, s.end)
        )
    return shaped


def is_short_unpunctuated(sentence: Span) -> bool:
    """A line of few words with no final stop: a headline's shape."""
    if sentence[-1].text[-1] in _HEADLINE_END:
        return False
    return sum(t.is_alpha for t in sentence) <= _HEADLINE_MAX_WORDS


def _is_verbless_headline(sentence: Span, token: Token) -> bool:
    """A short line with no final stop and no verb the tagger found, save participles after
    the word read as its verb ("frees detained Ivorian soldiers")."""
    if not is_short_unpunctuated(sentence):
        return False
    return all(
        t.pos_ not in ("VERB", "AUX") or (t.tag_ in _PARTICIPLE_TAGS and t.i > token.i)
        for t in sentence
    )


def _is_s_form(token: Token) -> bool:
    word = token.lower_
    return token.is_alpha and word.endswith("s") and not word.endswith(("ss", "us", "is"))
