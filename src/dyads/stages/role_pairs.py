"""Parties referred back to as a pair: "the two leaders", "both sides", "the neighbours", and
"they" after a plural subject.

News names two parties and then refers to them together ("Putin met Xi in Moscow. The two leaders
signed ..."; "Armenia and Azerbaijan ..., but both sides ..."). The pair is looked for in the
reference's own sentence before it, then in the three sentences before, nearest first: parties
conjoined as an argument ("Peru and Ecuador agreed", "Indian and Pakistani officials met", "talks
between A and B", also two of one state with different sectors: "between the army and the
RSF"), else the one who acts and the one acted on of the nearest verb that has both
("Xi received Lula"; "troops were deployed to support Russian operations"). Who only reports
("..., the Kremlin said", "according to state media") is never one of the pair, nor are the hosts
or brokers a participle's "by" phrase names ("held talks in Riyadh brokered by Saudi Arabia and
the UAE"), and parties named in passing inside a noun ("no mention of the Biden-Xi summit") pair
up with nobody. "They" as the subject of a clause is the nearest plural subject before it, one
party or a pair.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Token

from dyads.records import Actor
from dyads.stages.doc_utils import text_of
from dyads.stages.role_syntax import INHERIT_DEPS, word_set

# Plural nouns that, after "the two" or "both", name the pair met before.
PAIR_NOUNS = word_set(
    "leader side country nation party government minister president premier neighbour neighbor "
    "army delegation capital"
)
# Nouns that name the pair with "the" alone ("the neighbours agreed").
_PAIR_WITH_THE = word_set("neighbour neighbor")
# How many sentences before the reference's own the pair is looked for (the parser may cut one
# sentence in two).
SENTENCES_BACK = 3
# Verbs that only report: their subject is a source, not one of the pair.
_REPORTING_VERBS = word_set("say tell report announce confirm add state claim quote")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Where parties conjoined name a pair: subjects, objects, and phrases of a verb or of "between".
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
# Words that modify the noun a party stands in ("Indian and Pakistani officials").
_PHRASE_DEPS = frozenset({"amod", "compound", "nmod", "poss", "conj"})
# Clauses that describe a noun ("talks hosted by Turkey"): the doer their "by" phrase names
# brokers or hosts what the pair does.
_DESCRIBING_DEPS = frozenset({"acl", "relcl", "advcl"})
# How many verbs up a clause without a subject looks for one ("deployed to support").
_MAX_CLIMB = 3


class PartyLookup(Protocol):
    """The index of the article's parties (`role_index.ActorIndex`)."""

    def parties_named_at(self, token: Token) -> list[Actor]: ...

    def actors_in(self, root: Token) -> list[Actor]: ...


# Pair nouns that say what of each state is meant, whatever body named it before: "the two
# countries" after "Beijing" and "Indian troops" are the states, "the two governments" their
# governments. Other pair nouns ("both sides", "the two leaders") keep the parties' own sectors.
_KIND_SECTORS: dict[str, str | None] = {
    "country": None,
    "nation": None,
    "government": "GOV",
    "capital": "GOV",
    "army": "MIL",
}


def is_pair_reference(token: Token) -> bool:
    """ "the two leaders", "both sides", "the two foreign ministers", "the neighbours"."""
    if token.tag_ not in ("NNS", "NNPS") or token.lemma_.lower() not in PAIR_NOUNS:
        return False
    words = {c.lower_ for c in token.children if c.i < token.i}
    if "both" in words or {"the", "two"} <= words:
        return True
    return token.lemma_.lower() in _PAIR_WITH_THE and "the" in words


def is_plural_pronoun_subject(token: Token) -> bool:
    """ "They agreed": "they" as the subject of an active clause (a passive's "they" is as often
    the people acted on before: "Police arrested two men. They were charged ...")."""
    return token.lower_ == "they" and token.dep_ == "nsubj"


def referred_parties(token: Token, index: PartyLookup) -> list[Actor]:
    """The parties a pair reference or a subject "they" stands for, on the reference's own
    words; none when no pair (or plural subject) is in view."""
    if is_pair_reference(token):
        found = previous_pair(token, index)
    elif is_plural_pronoun_subject(token):
        found = previous_plural_subject(token, index)
    else:
        return []
    start = token.left_edge.idx if token.left_edge.i < token.i else token.idx
    span = (start, token.idx + len(token.text))
    text = text_of(token.doc)[span[0] : span[1]]  # `Doc.text` joins every token again
    kind = token.lemma_.lower()
    return [
        Actor(
            text=text,
            name=a.name,
            code=a.code,
            sector=_KIND_SECTORS.get(kind, a.sector),
            span=span,
        )
        for a in found
    ]


def previous_pair(token: Token, index: PartyLookup) -> list[Actor]:
    """The last two parties named together before a pair reference, one per code."""
    for sentence in _sentences_back(token):
        before = [t for t in sentence if t.i < token.i]
        for head in reversed(before):  # "Peru and Ecuador": parties conjoined, nearest first
            if not _is_argument(head) or _only_reports(head):
                continue
            pair = _two_sides(index.parties_named_at(head))
            if len(pair) >= 2:
                return pair
        # Verbs whose clause is over before the reference: "offered to mediate between the two
        # neighbours" names no pair before them.
        verbs = [t for t in before if t.pos_ == "VERB" and t.right_edge.i < token.i]
        for verb in reversed(verbs):
            pair = _dyad_of(verb, index)
            if pair:
                return pair
    return []


def previous_plural_subject(token: Token, index: PartyLookup) -> list[Actor]:
    """The parties of the nearest plural subject before "they", in its sentence or the one
    before ("Israeli troops entered the town. They arrested ..."); none when that subject names
    no party ("Witnesses said they saw ...")."""
    for sentence in _sentences_back(token, back=1):
        subjects = [
            t
            for t in sentence
            if t.i < token.i and t.dep_ in _SUBJECTS and t.lower_ != "they" and _is_plural(t)
        ]
        if subjects:
            return _one_per_code(index.actors_in(subjects[-1]))
    return []


def _dyad_of(verb: Token, index: PartyLookup) -> list[Actor]:
    """The one who acts and the first party of another code it acts on: its object, dative or
    the object of one of its prepositions ("received Lula", "spoke with Kim")."""
    if verb.lemma_.lower() in _REPORTING_VERBS:
        return []
    subject = _subject_of(verb)
    if subject is None or _only_reports(subject):
        return []
    doers = [a for a in index.actors_in(subject) if a.code is not None]
    if not doers:
        return []
    targets = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    targets += [
        o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
    ]
    for target in targets:
        other = next(
            (a for a in index.actors_in(target) if a.code not in (None, doers[0].code)), None
        )
        if other is not None:
            return [doers[0], other]
    return []


def _subject_of(verb: Token) -> Token | None:
    """A verb's subject, or that of the verb its clause depends on ("deployed to support")."""
    current = verb
    for _ in range(_MAX_CLIMB):
        subjects = [c for c in current.children if c.dep_ in _SUBJECTS]
        if subjects:
            return subjects[0]
        if current.dep_ not in INHERIT_DEPS or current.head == current:
            return None
        current = current.head
    return None


def _is_argument(head: Token) -> bool:
    """Whether a party's words are a subject or object, or a phrase of a verb or of "between",
    not a party named in passing inside a noun ("a mention of the Biden-Xi summit")."""
    phrase = head
    while phrase.dep_ in _PHRASE_DEPS and phrase.head != phrase:
        phrase = phrase.head
    if phrase.dep_ in _ARGUMENT_DEPS:
        return True
    prep = phrase.head
    if prep.dep_ == "agent" and prep.head.dep_ in _DESCRIBING_DEPS:
        return False  # "talks brokered by Qatar and Egypt": the go-betweens, not the sides
    return phrase.dep_ == "pobj" and (prep.lower_ == "between" or prep.head.pos_ == "VERB")


def _is_plural(subject: Token) -> bool:
    return subject.tag_ in ("NNS", "NNPS") or bool(subject.conjuncts)


def _only_reports(head: Token) -> bool:
    """A party that is only the source: "..., the Kremlin said", "according to a South Korean
    intelligence assessment"."""
    phrase = head
    while phrase.dep_ in _PHRASE_DEPS and phrase.head != phrase:
        phrase = phrase.head
    if phrase.dep_ == "nsubj" and phrase.head.lemma_.lower() in _REPORTING_VERBS:
        return True
    prep = phrase.head
    return phrase.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"


def _two_sides(parties: list[Actor]) -> list[Actor]:
    """One party per code; parties of one state only are two sides when their sectors differ
    ("talks between Sudan's army and the RSF", "the government and ELN rebels")."""
    pair = _one_per_code(parties)
    if len(pair) >= 2 or len(parties) < 2:
        return pair
    found: list[Actor] = []
    for party in parties:
        if party.code is not None and all(party.sector != f.sector for f in found):
            found.append(party)
    return found


def _one_per_code(parties: list[Actor]) -> list[Actor]:
    """The first party of each coded country or body."""
    found: list[Actor] = []
    for party in parties:
        if party.code is not None and all(party.code != f.code for f in found):
            found.append(party)
    return found


def _sentences_back(token: Token, back: int = SENTENCES_BACK) -> list[list[Token]]:
    """The token's sentence and the `back` sentences before it, nearest first."""
    doc: Doc = token.doc
    sentence = token.sent
    found = [list(sentence)]
    for _ in range(back):
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
        found.append(list(sentence))
    return found
