"""Who is speaking: the subject of a reporting verb, resolved to an actor of the article.

Most sources in the news are people and bodies the actor stage does not code (an analyst, a
company, a councillor), so a speaker is found in this order:

1. a pronoun ("she said") refers to the nearest earlier speaking subject of its kind, a person
   for he/she and a body for "it", up to four sentences back (a resolved pronoun subject
   passes its referent on);
2. the coded actor whose span covers the subject;
3. a named person or organisation at the subject (the spaCy entity), or a person named in
   apposition to it ("the union's general secretary, Tony Woodley"): an uncoded actor
   (`code=None`) whose name is the full name met in the article ("Reid" -> "Harry Reid"),
   coded as the office it is in apposition to when that office is a coded actor;
4. for "the minister", the last person named earlier with that title; else the coded actor
   inside the subject phrase nearest its head ("a spokesman for the Russian
   foreign ministry" -> the ministry);
5. a written source named once and referred back to ("a South Korean intelligence assessment ...
   The report") keeps its author;
6. otherwise the subject phrase itself, uncoded ("a top administration official", "the
   company"), unless its head is a noun for an action ("the deployment indicates").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import msgspec
from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from dyads.records import Actor
from dyads.stages.doc_utils import parse_table, text_of
from dyads.stages.reporting_verbs import BODY_NOUNS, DOCUMENT_NOUNS, PERSON_NOUNS, SOURCE_NOUNS

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_SPEAKING_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Clauses without their own subject that share the subject of the clause they hang on.
_SUBJECTLESS_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp"})
_FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ"})
# Parts of speech of a noun that may name a written source ("the report", "the Times").
_NOUN_TAGS = frozenset({"NOUN", "PROPN"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
_CLOSE_DEPS = frozenset({"appos", "compound", "flat", "nmod"})
_PERSON_PRONOUNS = frozenset({"he", "she"})
_BODY_PRONOUNS = frozenset({"it"})
_CHAINED = _PERSON_PRONOUNS | _BODY_PRONOUNS
_NAMED_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_BODY_ENTITIES = frozenset({"ORG", "NORP", "GPE"})
_PHRASE_STOPS = frozenset({"relcl", "acl", "appos", "punct"})
_LEADING_WORDS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "cllr", "sen", "rep", "gov", "gen", "prof", "sir", "dame"}
)
_SPEAKER_NOUNS = PERSON_NOUNS | SOURCE_NOUNS | BODY_NOUNS
# Endings of nouns for actions and states, which never speak unless listed above.
_ACTION_SUFFIXES = ("ment", "tion", "sion", "ance", "ence", "ing", "ure", "ity")
_ANTECEDENT_SENTENCES = 4  # how far back a pronoun looks for the subject it stands for


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, borrowed from the governing clause when the verb has none."""
    current = verb
    for _ in range(8):  # a bound on how far up a clause chain a subject is looked for
        for child in current.children:
            if child.dep_ in _SUBJECT_DEPS:
                if child.lower_ in _RELATIVE_PRONOUNS and current.dep_ == "relcl":
                    return current.head  # "the ministry, which said ..."
                return child
            if child.dep_ == "agent":  # "was announced by the ministry"
                objects = [grand for grand in child.children if grand.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if current.dep_ == "acl" and current.tag_ in _FINITE_TAGS and current.head.i < current.i:
            return current.head  # "…, the palace announced": a finite verb misread as a modifier
        if current.dep_ not in _SUBJECTLESS_DEPS or current.head.i == current.i:
            return None
        current = current.head
    return None


class SpeakerResolver:
    """Resolves source phrases of one Doc to actors, coded or not."""

    def __init__(self, doc: Doc, actors: Sequence[Actor]) -> None:
        self._doc = doc
        self._actors = sorted(actors, key=lambda actor: actor.span)
        self._full_names = _full_names(doc)
        self._sentence_starts = [sentence.start for sentence in doc.sents]
        self._documents = self._document_authors(doc)
        self._document_starts = [offset for offset, _ in self._documents]
        self._antecedents: list[tuple[int, Actor, str]] | None = None  # built on first use

    def resolve(self, head: Token, *, strict: bool = False, describe: bool = True) -> Actor | None:
        """The actor a source phrase names, or None.

        With `strict`, the phrase must itself be an actor, a named entity or a source noun
        ("citing the DPRK's participation" names no source, though it mentions the DPRK).
        Without `describe`, a common-noun phrase is no source of its own (the subject of a verb
        that is not one of saying: "the banner read ...").
        """
        if head.pos_ == "PRON":
            return self._pronoun(head)
        person = self._person_beside(head)
        covering = self._covering(head)
        if person is not None and person.code is None and covering is not None:
            # "the union's general secretary, Tony Woodley": the person, coded as the office
            return msgspec.structs.replace(person, code=covering.code, sector=covering.sector)
        actor = covering or self._known_surname(head) or self._entity(head)
        if actor is not None:
            return actor
        if strict and head.lemma_.lower() not in SOURCE_NOUNS:
            return None
        actor = self._person_beside(head) or self._titled_person(head) or self._inside(head)
        if actor is not None:
            return actor
        if head.lemma_.lower() in DOCUMENT_NOUNS:
            actor = self._earlier_document_author(head.idx)
            if actor is not None:
                return actor
        return _described(head) if describe and not strict else None

    def _covering(self, token: Token) -> Actor | None:
        """The longest actor span covering the token."""
        start, end = token.idx, token.idx + len(token.text)
        covering = [a for a in self._actors if a.span[0] <= start and end <= a.span[1]]
        if not covering:
            return None
        return max(covering, key=lambda actor: actor.span[1] - actor.span[0])

    def _entity(self, token: Token) -> Actor | None:
        """An uncoded actor for the named person or organisation the token is part of."""
        if token.ent_type_ not in _NAMED_ENTITIES or token.pos_ not in ("PROPN", "NOUN"):
            return None
        entity = next((ent for ent in self._doc.ents if ent.start <= token.i < ent.end), None)
        if entity is None:
            return None
        words = _trimmed(entity)
        if words is None:
            return None
        name = words.text
        if entity.label_ == "PERSON":
            name = self._full_names.get(_surname_key(words), name)
        elif words[0].lower_ in _LEADING_WORDS:
            words = words[1:]
            name = words.text
        return Actor(
            text=words.text,
            name=name,
            code=None,
            sector=None,
            span=(words.start_char, words.end_char),
        )

    def _known_surname(self, token: Token) -> Actor | None:
        """A proper noun that is the surname of a person named in full elsewhere ("Smith")."""
        name = self._full_names.get(token.text.casefold()) if token.pos_ == "PROPN" else None
        if name is None:
            return None
        span = (token.idx, token.idx + len(token.text))
        return Actor(text=token.text, name=name, code=None, sector=None, span=span)

    def _person_beside(self, head: Token) -> Actor | None:
        """A person named in a common-noun phrase ("the chief executive, Jane Roe"; "the vice
        president of Dacia, Ion Popescu", where the parser hangs the name on the last noun
        before it): a person entity after the head, or an untyped proper noun in apposition."""
        if head.pos_ != "NOUN":
            return None
        for token in head.subtree:
            if token.pos_ != "PROPN" or token.i < head.i:
                continue
            last_of_person = token.ent_type_ == "PERSON" and (
                token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I"
            )
            if last_of_person or (token.dep_ == "appos" and not token.ent_type_):
                return (
                    self._covering(token)
                    or self._known_surname(token)
                    or self._entity(token)
                    or _described(token)
                )
        return None

    def _titled_person(self, head: Token) -> Actor | None:
        """'The minister said': the last person named earlier with that title ("Foreign
        Minister Anna Lind"), as that person, with the words "The minister" as the span."""
        title = head.lemma_.lower()
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        if title not in PERSON_NOUNS or not definite or len(list(head.subtree)) > 2:
            return None
        earlier = [
            ent
            for ent in self._doc.ents
            if ent.label_ == "PERSON" and ent.end <= head.i and _has_title(ent, title)
        ]
        if not earlier:
            return None
        named = self._covering(earlier[-1].root) or self._entity(earlier[-1].root)
        if named is None:
            return None
        start = head.left_edge.idx
        end = head.idx + len(head.text)
        return msgspec.structs.replace(named, text=text_of(self._doc)[start:end], span=(start, end))

    def _inside(self, head: Token) -> Actor | None:
        """The coded actor in the head's phrase, preferring names joined to the head itself."""
        for child in head.children:
            if child.dep_ in _CLOSE_DEPS:
                actor = self._covering(child)
                if actor is not None:
                    return actor
        start = head.left_edge.idx
        end = head.right_edge.idx + len(head.right_edge.text)
        inside = [a for a in self._actors if start <= a.span[0] and a.span[1] <= end]
        if not inside:
            return None
        return min(inside, key=lambda actor: _distance(actor, head.idx))

    def _pronoun(self, pronoun: Token) -> Actor | None:
        """he/she/it: the nearest earlier speaking subject of the same kind, else the actor
        stage's reading of the pronoun."""
        wants_person = pronoun.lower_ in _PERSON_PRONOUNS
        if wants_person or pronoun.lower_ in _BODY_PRONOUNS:
            earliest = self._sentence_of(pronoun.i) - _ANTECEDENT_SENTENCES
            wanted = "person" if wants_person else "body"
            for index, actor, kind in reversed(self._speaking_subjects()):
                if index >= pronoun.i:
                    continue
                if self._sentence_of(index) < earliest:
                    break
                if kind == wanted:
                    return Actor(
                        text=pronoun.text,
                        name=actor.name,
                        code=actor.code,
                        sector=actor.sector,
                        span=(pronoun.idx, pronoun.idx + len(pronoun.text)),
                    )
        return self._covering(pronoun)

    def _speaking_subjects(self) -> list[tuple[int, Actor, str]]:
        """Every subject, resolved, with its kind: "person", "body" (a coded or named body) or
        "other" (a common noun, never a pronoun's antecedent). A pronoun subject resolved from
        the subjects before it joins the chain, so "she" can follow "she" past the window."""
        if self._antecedents is None:
            self._antecedents = []
            for token in self._doc:
                if token.dep_ not in _SPEAKING_SUBJECT_DEPS:
                    continue
                if token.pos_ == "PRON":
                    kind = "person" if token.lower_ in _PERSON_PRONOUNS else "body"
                    found = self._pronoun(token) if token.lower_ in _CHAINED else None
                else:
                    found = self.resolve(token)
                    kind = "other" if found is None else _kind(token, found)
                if found is not None:
                    self._antecedents.append((token.i, found, kind))
        return self._antecedents

    def _sentence_of(self, index: int) -> int:
        return bisect.bisect_right(self._sentence_starts, index) - 1

    def _document_authors(self, doc: Doc) -> list[tuple[int, Actor]]:
        """Where each written source with a named author is mentioned, in text order."""
        authors: list[tuple[int, Actor]] = []
        # Lemmas and parts of speech from the Doc's parse table, which the event stage reads
        # too: most tokens need no Token object.
        table = parse_table(doc)
        for i, (lemma, pos) in enumerate(zip(table.lemmas, table.pos, strict=True)):
            if pos not in _NOUN_TAGS or lemma.lower() not in DOCUMENT_NOUNS:
                continue
            token = doc[i]
            actor = self._covering(token) or self._inside(token)
            if actor is not None:
                authors.append((token.idx, actor))
        return authors

    def _earlier_document_author(self, offset: int) -> Actor | None:
        """The author of the last written source mentioned before an offset."""
        index = bisect.bisect_left(self._document_starts, offset) - 1
        return self._documents[index][1] if index >= 0 else None


def _kind(token: Token, actor: Actor) -> str:
    """Whether a resolved subject is a person, a body, or neither for pronouns' purposes."""
    if token.ent_type_ == "PERSON" or token.lemma_.lower() in PERSON_NOUNS:
        return "person"
    if actor.code is None and actor.name != actor.text and token.pos_ == "PROPN":
        return "person"  # a surname resolved to a full name
    if any(child.dep_ == "appos" and child.ent_type_ == "PERSON" for child in token.children):
        return "person"
    if actor.code is not None or token.ent_type_ in _BODY_ENTITIES:
        return "body"
    return "other"


def _has_title(person: TokenSpan, title: str) -> bool:
    """Whether a title word stands next to a person's name ("Minister X", "X, the minister")."""
    doc = person.doc
    sentence = person.sent
    window = doc[max(sentence.start, person.start - 4) : min(sentence.end, person.end + 4)]
    return any(token.lemma_.lower() == title for token in window)


def _trimmed(entity: TokenSpan) -> TokenSpan | None:
    """An entity without a possessive ending or leading honorifics ("Mr Howard's" -> Howard)."""
    start, end = entity.start, entity.end
    while end > start and entity.doc[end - 1].tag_ == "POS":
        end -= 1
    while end - start > 1 and entity.doc[start].lower_.rstrip(".") in _HONORIFICS:
        start += 1
    return entity.doc[start:end] if end > start else None


def _surname_key(words: TokenSpan) -> str:
    return words[-1].text.casefold()


def _full_names(doc: Doc) -> dict[str, str]:
    """Surname -> the one full name of at least two words the article gives for it."""
    names: dict[str, str | None] = {}
    for entity in doc.ents:
        words = _trimmed(entity) if entity.label_ == "PERSON" else None
        if words is None or len(words) < 2:
            continue
        key = _surname_key(words)
        known = names.get(key, words.text)
        names[key] = words.text if known == words.text else None  # two people share a surname
    return {key: name for key, name in names.items() if name is not None}


def _described(head: Token) -> Actor | None:
    """An uncoded actor for a common-noun source ("a top administration official")."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN" and lemma not in _SPEAKER_NOUNS and lemma.endswith(_ACTION_SUFFIXES):
        return None  # "a second deployment ... indicating": an action, not a source
    tokens = [token for token in head.subtree]
    end = len(tokens)
    for position, token in enumerate(tokens):
        if token.i > head.i and (token.dep_ in _PHRASE_STOPS or token.head.dep_ in _PHRASE_STOPS):
            end = position
            break
    words = tokens[:end]
    while len(words) > 1 and (words[0].lower_ in _LEADING_WORDS or words[0].dep_ == "poss"):
        if words[0].dep_ == "poss":
            break  # "GM's vice president" keeps its owner
        words = words[1:]
    start_char = words[0].idx
    end_char = words[-1].idx + len(words[-1].text)
    text = text_of(head.doc)[start_char:end_char]
    return Actor(text=text, name=text, code=None, sector=None, span=(start_char, end_char))


def _distance(actor: Actor, offset: int) -> int:
    if actor.span[0] <= offset < actor.span[1]:
        return 0
    return min(abs(actor.span[0] - offset), abs(actor.span[1] - offset))
