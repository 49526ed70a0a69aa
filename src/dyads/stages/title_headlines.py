"""Headlines in title case: the verb the tagger read into a name, parsed again in lower case.

Feeds often give headlines in title case ("Algeria Recalls Ambassador From Paris", "Zimbabwe
Police Arrest Opposition Activists"). The small model tags nearly every capitalised word a
proper noun and reads the line as one long name: the verb joins the names around it, so the
actor stage takes it into a party's mention and the parse has no clause to code. The same line
with its verb in lower case parses as a clause.

In a short line with no final stop whose words are all capitalised save short function words,
a capitalised word that the parse does not already read as a clause's verb, and that is no
word of a longer name of the actor dictionary ("United States"), is tried as the line's verb
where its lower-case form is a form of a verb the trigger lexicon knows: an -s form
("Recalls"), a past form in -ed ("Shelled") or an irregular past form the model's lemmatizer
lists ("Struck", "Withdrew") after a party's name, an agent noun or a word
tagged as a person, place or people ("Peace Talks" has none before "Talks"); a base form after
a plural, "Police" or listed parties ("Rebels Shell", "Ghana And Togo Restore"); or a base form
after "To" ("EU To Impose"). The line is parsed again as its sentence-case twin: that word
(and its "To") in lower case, and every other word but the first that names nothing, being
no word of a dictionary name nor of a person, place or people the model tags; else with that
word alone in lower case. Where the new parse reads the word as a clause's verb (or, in
sentence case, as a verb the rules of `trigger_headlines.py` read), it replaces the line's
parse in the Doc. The words keep their own text and offsets, so every stage reads the line's
clause: its names before the verb are the subject, those after it the object.

Every line bails out on its last character and length before its words are read, so body text
pays next to nothing; a headline costs a few parses of its own words at most.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

from dyads.stages.doc_utils import forget_cached_readings
from dyads.stages.trigger_headlines import (
    PLURAL_COLLECTIVES,
    PLURAL_TAGS,
    headline_lemmas,
    is_headline_verb,
    is_short_unpunctuated,
)

# Words a title-case headline may leave in lower case.
_SMALL_WORDS = frozenset(
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
        "with", "from", "as", "into", "onto", "off", "up", "out", "over", "near", "after",
        "amid", "vs", "via", "per", "is", "are",
    }
)  # fmt: skip
# Stops that end a line of prose, before a line break too.
_FINAL_STOPS = frozenset(".!?:;")
# A headline of fewer capitalised words than this is no title-case line ("Kenya votes").
_MIN_CAPITALISED = 3
# Words tried per line: the first is nearly always the verb, the second covers a plural noun
# that is also a verb's -s form ("Iraqi Forces Retake Town").
_MAX_TRIES = 2
_LIST_WORDS = frozenset({"and", ","})
# Entity labels of words kept capitalised where the rest of a line is put in lower case.
_NAME_ENTITIES = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})
# Tags of the verb the new parse must read: finite or base ("Ghana and Togo restore"), or a
# participle of a passive headline.
_VERB_TAGS = frozenset({"VBZ", "VBP", "VBD", "VBN", "VB"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# What the new parse gives each word of the line.
_ATTRS = ("TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE")

# Entity labels of a word that may end a headline's subject (a title-case line is often
# one long ORG entity, so that label tells nothing).
_PARTY_ENTITIES = frozenset({"PERSON", "GPE", "NORP"})

NameSpans = Callable[[Doc, int, int], list[tuple[int, int]]]


class TitleHeadlines:
    """Parses title-case headlines again with their verb in lower case."""

    def __init__(
        self,
        nlp: Language,
        verbs: Container[str],
        names: NameSpans,
        is_agent_word: Callable[[str], bool],
    ) -> None:
        self._nlp = nlp
        self._verbs = verbs
        self._pasts = irregular_past_forms(nlp, verbs)
        self._names = names
        self._is_agent_word = is_agent_word

    def reparse(self, doc: Doc) -> Doc:
        """The Doc with each title-case headline's parse read with its verb in lower case."""
        reparsed = False
        for sentence in list(doc.sents):
            if not is_title_case_headline(sentence):
                continue  # checked first: most lines stop here
            names = self._names(doc, sentence.start, sentence.end)
            for candidate in self._candidates(sentence, names):
                if self._parse_with_verb(doc, sentence, candidate, names):
                    reparsed = True
                    break
        if reparsed:
            forget_cached_readings(doc)  # read while choosing, from the parse now replaced
        return doc

    def _candidates(self, sentence: Span, names: list[tuple[int, int]]) -> Iterator[Token]:
        in_names = {i for start, end in names for i in range(start, end)}
        # A word of a longer name is no verb ("United States"); a name of one word may be
        # ("Shell" the firm, "shell" the verb), which the new parse decides.
        in_long_names = {i for start, end in names if end - start > 1 for i in range(start, end)}
        tries = 0
        for token in sentence[1:]:
            if tries == _MAX_TRIES:
                return
            if token.i in in_long_names or not is_verb_form(token, self._verbs, self._pasts):
                continue
            before = token.doc[token.i - 1]
            inflected = _is_inflected(token, self._pasts)
            if inflected and not self._ends_party(before, in_names):
                continue  # "Peace Talks Open": no party before "Talks"
            if not inflected and self._is_verb_not_agent(before):
                continue  # "Pakistan Lifts Ban": "Lifts" is the verb, no plural subject
            if heads_clause(token) and not token.ent_type_:
                return  # the tagger, the parser and the entities found the verb themselves
            tries += 1
            yield token

    def _ends_party(self, token: Token, in_names: set[int]) -> bool:
        """Whether a word may end a headline's subject: a word of a dictionary name, an agent
        noun ("Minister", "Army") or a word the model tags as a name of a party."""
        if token.i in in_names or token.ent_type_ in _PARTY_ENTITIES:
            return True
        return self._is_agent_word(token.text)

    def _is_verb_not_agent(self, token: Token) -> bool:
        """A verb's form that is no agent noun ("Lifts", not "Forces")."""
        return is_verb_form(token, self._verbs, self._pasts) and not self._is_agent_word(token.text)

    def _parse_with_verb(
        self, doc: Doc, sentence: Span, verb: Token, names: list[tuple[int, int]]
    ) -> bool:
        """Parse the line in sentence case, the verb (and a "To" before it) and every word but
        the first that names nothing in lower case ("Iraqi forces retake town from Islamic
        State"), else with the verb alone in lower case; keep the first new parse that reads
        the word as a verb."""
        lowered = {verb.i} | ({verb.i - 1} if _follows_to(verb) else set())
        in_names = {i for start, end in names for i in range(start, end)}
        # The first parse's entities keep a word's capital, save a verb form's: a title-case
        # line's entities may take in its verb ("Repel Al-Shabaab" as a person).
        common = {
            t.i
            for t in sentence[1:]
            if t.i not in in_names
            and t.text[1:].islower()
            and (t.ent_type_ not in _NAME_ENTITIES or is_verb_form(t, self._verbs, self._pasts))
        } - lowered
        # The sentence-case twin is what the headline rules read best; in it a noun those rules
        # take for the verb will do ("police arrest union leaders"). The verb alone in lower
        # case keeps every other capital, and must head a clause.
        variants = [(lowered | common, self._reads_verb)]
        if common:
            variants.append((lowered, heads_clause))
        for words, reads_verb in variants:
            parsed = self._parse_lowered(sentence, words)
            if parsed is not None and reads_verb(parsed[verb.i - sentence.start]):
                _copy_parse(parsed, doc, sentence.start)
                return True
        return False

    def _reads_verb(self, token: Token) -> bool:
        """Whether a new parse reads the word as the line's verb: heading a clause, or as a
        noun the rules of sentence-case headlines take for the verb ("police arrest")."""
        return heads_clause(token) or is_headline_verb(token, self._verbs)

    def _parse_lowered(self, sentence: Span, lowered: set[int]) -> Doc | None:
        """The line parsed alone with the words at `lowered` in lower case, if it splits into
        the same words and one sentence."""
        text = "".join(
            (t.text[:1].lower() + t.text[1:] if t.i in lowered else t.text) + t.whitespace_
            for t in sentence
        )
        parsed = self._nlp(text)
        if [t.lower_ for t in parsed] != [t.lower_ for t in sentence]:
            return None  # a word in lower case was split otherwise
        if len(list(parsed.sents)) != 1:
            return None  # a line read as two sentences keeps its first parse
        return parsed


def _copy_parse(parsed: Doc, doc: Doc, start: int) -> None:
    """The annotations of a line parsed alone written over its words in the Doc (heads are
    stored as offsets, so they hold at the line's place)."""
    attrs: list[int | str] = list(_ATTRS)
    table = doc.to_array(attrs)
    table[start : start + len(parsed)] = parsed.to_array(attrs)
    doc.from_array(attrs, cast(Ints2d, table))


def heads_clause(token: Token) -> bool:
    """A verb the parse reads as a clause's head: the root, or a verb with a subject that is
    no part of a name ("Algeria Recalls Ambassador", the verb a compound of its object)."""
    if token.pos_ != "VERB" or token.tag_ not in _VERB_TAGS or token.dep_ == "compound":
        return False
    return token.dep_ == "ROOT" or any(c.dep_ in _SUBJECT_DEPS for c in token.children)


def is_title_case_headline(sentence: Span) -> bool:
    """A short line with no final stop whose words are all capitalised save short function
    words, and not all in capitals ("Peru Recalls Ambassador To Mexico")."""
    if not is_short_unpunctuated(sentence):
        return False
    last = sentence[-2] if len(sentence) > 1 and sentence[-1].is_space else sentence[-1]
    if not last.is_alpha and last.text[-1] in _FINAL_STOPS:
        return False  # a stop before the line break ends prose
    capitalised = 0
    for token in sentence:
        if not token.is_alpha:
            continue
        if token.text[0].islower():
            if token.lower_ not in _SMALL_WORDS:
                return False  # a word of content in lower case: sentence case
        elif token.text[1:].islower():
            capitalised += 1
    return capitalised >= _MIN_CAPITALISED


def is_verb_form(token: Token, verbs: Container[str], pasts: Container[str] = ()) -> bool:
    """Whether a capitalised word after a capitalised word is a headline verb's form: an -s
    or -ed form of a verb in `verbs`, an irregular past form in `pasts` ("Struck", "Fled"), or
    a base form after a plural, "Police", listed parties or "To"."""
    if token.i == 0 or not token.is_alpha or not token.text[0].isupper():
        return False
    before = token.doc[token.i - 1]
    if not before.text[:1].isupper():
        return False
    word = token.lower_
    if word in pasts:
        return True
    if word.endswith("s") and any(form in verbs for form in headline_lemmas(token) if form != word):
        return True  # an -s form ("Recalls"), not a base form that ends so ("Press")
    if word.endswith("ed"):
        return any(lemma in verbs for lemma in _past_lemmas(word))
    if word not in verbs:
        return False
    return _follows_plural(before) or _follows_to(token)


def _is_inflected(token: Token, pasts: Container[str]) -> bool:
    """An -s or -ed form, which a headline writes after a singular subject, or an irregular
    past form, which follows any subject."""
    return token.lower_.endswith(("s", "ed")) or token.lower_ in pasts


def irregular_past_forms(nlp: Language, verbs: Container[str]) -> frozenset[str]:
    """The irregular past forms of the verbs in `verbs` ("struck", "fled", "withdrew"), from
    the exceptions of the model's own lemmatizer; empty where the model has none. Forms in
    -ing and -s are left to the other readings."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    component = nlp.get_pipe("lemmatizer")
    # The stock component keeps its tables; `fast_lemmatizer` wraps it as `.lemmatizer`.
    stock = getattr(component, "lemmatizer", component)
    lookups = getattr(stock, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return frozenset()
    exceptions = lookups.get_table("lemma_exc").get("verb", {})
    return frozenset(
        form
        for form, lemmas in exceptions.items()
        if form.isalpha()
        and not form.endswith(("ing", "s"))
        and any(lemma in verbs and lemma != form for lemma in lemmas)
    )


def _past_lemmas(word: str) -> list[str]:
    """The base forms an -ed word may have: "seized" seize, "shelled" shell, "stopped" stop,
    "denied" deny."""
    lemmas = [word[:-1], word[:-2]]
    if len(word) > 4 and word[-3] == word[-4]:
        lemmas.append(word[:-3])
    if word.endswith("ied"):
        lemmas.append(word[:-3] + "y")
    return lemmas


def _follows_plural(before: Token) -> bool:
    """A plural ("Rebels", "Thousands"), "Police" or "People", or the last of listed parties
    ("Ghana And Togo")."""
    word = before.lower_
    if word in PLURAL_COLLECTIVES or before.tag_ in PLURAL_TAGS:
        return True
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return True
    sentence_start = before.sent.start
    return any(t.lower_ in _LIST_WORDS for t in before.doc[sentence_start : before.i])


def _follows_to(token: Token) -> bool:
    """ "EU To Impose": a base form after a capitalised "To" that follows a name."""
    if token.i < 2:
        return False
    to = token.doc[token.i - 1]
    return to.text == "To" and token.doc[token.i - 2].text[:1].isupper()
