"""Small readings of the dependency parse shared by the role rules: dependency sets, a token's
children along some dependencies, and the objects of its prepositions in order of preference."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyads.stages.doc_utils import parse_table, token_table


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(words.split())


# Clauses of their own: an argument's actor is not looked for inside them.
SUBCLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "xcomp"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Clauses whose missing subject is the head verb's subject ("agreed to meet", "met and signed").
# "France is ready to contribute": an adjective complement's clause is its subject's too.
INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# How many clauses up a reported event's speaker is looked for.
MAX_CLAUSE_CLIMB = 3
# In order of preference: "lashed out at the United States for arming Pakistan" is aimed "at".
VERB_RECIPIENT_PREPS = (
    "with",
    "against",
    "to",
    "toward",
    "towards",
    "at",
    "for",
    "on",
    "into",
    "between",
)
# Verbs of reacting to another's act: a passive one placed in a capital is that state's, and its
# "by" phrase names who reacts, not who did the act its subject names.
REACTION_VERBS = word_set("welcome hail praise applaud condemn criticise criticize denounce")
# Verbs whose "in" phrase names a party, not a place ("invested $10 billion in Egypt").
PARTY_IN_VERBS = word_set("invest intervene interfere meddle")
# Verbs of leaving a place or a process ("withdraw from", "pull out of"), and of calling one's own
# people back from it ("recalled its ambassador from Khartoum").
WITHDRAWAL_VERBS = word_set("withdraw pull retreat evacuate walk recall")
# Verbs of handing people or property over, whose "to" phrase, or the party a participle says
# seeks them, names whom the act answers ("refused to hand over bin Laden to the United States";
# "a deal to sell the carmaker to a Canadian group": a company sold is no party to its sale).
HANDOVER_VERBS = word_set("hand extradite surrender deliver deport sell")
# What a party writes to another ("in a letter to X").
LETTER_NOUNS = word_set("letter message note cable telegram memorandum")
# Nouns for talks, whose "with" partner a meeting or a journey for them meets.
TALK_NOUNS = word_set(
    "talk talks meeting meetings negotiation negotiations consultation consultations"
    " discussion discussions"
)
# Protests and complaints, whose "over" phrase names what they are about ("protested over
# Japan's textbooks", "voiced anger over the Saudi police's conduct"); not "strike" or "march",
# which also move troops or aircraft over places.
GRIEVANCE_WORDS = word_set(
    "protest complain complaint demonstrate demonstration rally riot picket object objection "
    "anger outrage fury displeasure indignation grievance"
)
# Adverbs of direction that the parser makes the head of the phrase after them ("back into").
_DIRECTION_ADVERBS = word_set("back deep deeper further farther across home")
# Relative pronouns: "which", "whom" in a relative clause stand for the noun it describes.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Clauses describing a noun: relative clauses, and those the parser reads as a noun's clause.
_CLAUSE_OF_NOUN = frozenset({"relcl", "acl"})
# "with Albania's help": the helper of an action, not its recipient.
_INSTRUMENT_NOUNS = word_set("help support assistance backing aid cooperation participation")


# Keys of the per-Doc caches in `Doc.user_data` (dictionaries and lists, so the Doc still
# serialises).
_CHILDREN_KEY = "dyads.role_children"
_PHRASES_KEY = "dyads.role_phrases"


class ChildLinks(dict[int, list[tuple[str, int]]]):
    """A token's (dependency, index) children by its index, each token's read the first time it
    is asked for: the role rules ask for a few tokens' children many times, and most tokens'
    never."""

    def __init__(self, doc: Doc) -> None:
        super().__init__()
        self._deps = token_table(doc).deps
        self._children = parse_table(doc).children

    def __missing__(self, i: int) -> list[tuple[str, int]]:
        deps = self._deps
        found = self[i] = [(deps[c], c) for c in self._children[i]]
        return found


def _child_pairs(doc: Doc) -> ChildLinks:
    """Every token's (dependency, index) children, by token index, kept once per Doc: spaCy
    rebuilds a token's children on every call."""
    pairs = doc.user_data.get(_CHILDREN_KEY)
    if not isinstance(pairs, ChildLinks):  # a Doc read back from bytes keeps a plain dict
        pairs = doc.user_data[_CHILDREN_KEY] = ChildLinks(doc)
    return pairs


def _table(doc: Doc, key: str) -> dict[int, list[tuple[str, int]]]:
    """A cache kept on the Doc, by token index."""
    table: dict[int, list[tuple[str, int]]] | None = doc.user_data.get(key)
    if table is None:
        table = doc.user_data[key] = {}
    return table


def children(token: Token, deps: frozenset[str] | tuple[str, ...]) -> list[Token]:
    """The token's children along any of these dependencies."""
    doc = token.doc
    return [doc[i] for dep, i in _child_pairs(doc)[token.i] if dep in deps]


def stand_in(token: Token) -> Token:
    """The noun a relative pronoun of a relative clause stands for ("Georgia, which
    Russia accused": Georgia), or that "others" are more of (`others_of`), or that a word for
    a part is part of ("some of the troops": troops), else the token itself."""
    clause = token.head
    if token.lower_ in RELATIVE_PRONOUNS and clause.dep_ in _CLAUSE_OF_NOUN and token.i < clause.i:
        return clause.head
    if token.lower_ == "others":
        return others_of(token)
    if token.lower_ in _PART_WORDS:
        # "pull back some of the troops it deployed": a part stands for what it is part of.
        whole = [
            o
            for p in token.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        return whole[0] if whole else token
    return token


# Words for a part of what their "of" phrase names ("some of the troops", "most of the hostages").
_PART_WORDS = frozenset({"some", "most", "many", "all", "part", "half", "several", "few", "rest"})


# How a clause of "others" follows the clause naming the first of them ("died and six others
# were hurt", "died while six others were hurt").
_PARALLEL_CLAUSE_DEPS = frozenset({"conj", "advcl"})
# The roles "others" may stand in, those who undergo an act, and the roles of their parallel in
# the first clause ("an officer died", "killed an officer and wounded six others"); an active
# subject ("Russia objected while others agreed") is no more of the same party.
_PARALLEL_ROLES = {
    "nsubjpass": ("nsubj", "nsubjpass"),
    "dobj": ("dobj",),
}


def others_of(others: Token) -> Token:
    """ "An Iraqi officer died and six others were hurt": the party named in the same role of
    the clause before, which "others" are more of (the officer), else "others" itself."""
    roles = _PARALLEL_ROLES.get(others.dep_)
    clause = others.head
    if roles is None or clause.dep_ not in _PARALLEL_CLAUSE_DEPS or clause.head.i > clause.i:
        return others
    first = [t for t in children(clause.head, roles) if t.i < others.i]
    return first[0] if first else others


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the token's prepositions, in the order of `preps`."""
    found = [(preps.index(word), i) for word, i in _phrase_objects(token) if word in preps]
    doc = token.doc
    return [doc[i] for _, i in sorted(found, key=lambda pair: pair[0])]


def letters_to(verb: Token, nouns: frozenset[str] = LETTER_NOUNS) -> list[Token]:
    """Whom the letter or message a verb is said in is written to ("said in a letter to X")."""
    return [
        obj
        for letter in prep_objects(verb, ("in",))
        if letter.lemma_.lower() in nouns
        for obj in prep_objects(letter, ("to",))
    ]


def _phrase_objects(token: Token) -> list[tuple[str, int]]:
    """Every (preposition, object index) of the token's phrases in text order, built once per
    token: the role rules ask for them along many sets of prepositions."""
    table = _table(token.doc, _PHRASES_KEY)
    cached = table.get(token.i)
    if cached is not None:
        return cached
    found: list[tuple[str, int]] = []
    # "appealed to the government and to the rebels": conjoined prepositions share the role, also
    # one the parser conjoined to the verb itself ("shipped pumps to Poland and to Hungary").
    own = children(token, ("prep",)) + stray_preps(token) + _particle_preps(token)
    phrases = [p for prep in own for p in (prep, *_conjoined_preps(prep))]
    doc = token.doc
    pairs, lowers, lemmas = _child_pairs(doc), token_table(doc).lowers, parse_table(doc).lemmas
    for prep in phrases:
        word = lowers[prep.i]
        for dep, obj in pairs[prep.i]:
            if dep not in ("pobj", "pcomp"):
                continue
            if word == "with" and lemmas[obj].lower() in _INSTRUMENT_NOUNS:
                continue
            found.append((word, obj))
    found += [("to", name) for name in _names_read_as_infinitives(token)]
    table[token.i] = found
    return found


def _names_read_as_infinitives(token: Token) -> list[int]:
    """ "disbursed a credit to Zambia on Wednesday to support": the parser may read "to" and a
    name as an infinitive clause of the verb (the name tagged a verb); the name is the object of
    a "to" phrase."""
    doc = token.doc
    pairs, lowers = _child_pairs(doc), token_table(doc).lowers
    return [
        clause
        for dep, clause in pairs[token.i]
        if dep in ("advcl", "xcomp")
        and clause > 0
        and doc[clause].is_title
        and lowers[clause - 1] == "to"
        and any(d == "aux" and c == clause - 1 for d, c in pairs[clause])
    ]


def _particle_preps(token: Token) -> list[Token]:
    """Prepositions hung on an adverb of direction ("send troops back into Sudan", "pushed deep
    into Ukraine"): the phrase is the verb's."""
    doc = token.doc
    pairs, lowers = _child_pairs(doc), token_table(doc).lowers
    return [
        doc[prep]
        for dep, adverb in pairs[token.i]
        if dep in ("advmod", "prt") and lowers[adverb] in _DIRECTION_ADVERBS
        for prep_dep, prep in pairs[adverb]
        if prep_dep == "prep"
    ]


def dative_objects(verb: Token) -> list[Token]:
    """Objects of a "to" phrase the parser took for a dative ("made an offer to Syria")."""
    return [
        obj
        for dative in children(verb, ("dative",))
        if dative.pos_ == "ADP"
        for obj in children(dative, ("pobj",))
    ]


def _conjoined_preps(prep: Token) -> list[Token]:
    """The prepositions conjoined after a preposition ("to X and to Y")."""
    return [c for c in prep.conjuncts if c.i > prep.i and c.pos_ == "ADP"]


def stray_preps(token: Token) -> list[Token]:
    """Prepositions the parser conjoined to a verb: "shipped pumps to Poland and to Hungary"
    hangs "and to Hungary" on "shipped" as if it were a second verb."""
    doc = token.doc
    pos = parse_table(doc).pos
    return [doc[c] for dep, c in _child_pairs(doc)[token.i] if dep == "conj" and pos[c] == "ADP"]
