"""Token-level patterns around actor mentions: titles, agent nouns, names and pronouns.

Everything here works on a spaCy ``Doc`` and the stage's internal ``Mention``; nothing leaves
the ``stages`` package.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.attrs import ORTH  # type: ignore[import-not-found]  # compiled, without stubs
from spacy.tokens import Doc, Token

from dyads.stages.actor_dictionary import Entry, Gender
from dyads.stages.title_headlines import is_title_case_headline

# Words before a title that say the person no longer holds the office.
FORMER_WORDS = frozenset({"former", "ex", "ex-", "ousted", "deposed", "late", "exiled"})
# Participles that mark a title as past only where they modify it ("the sacked deputy prime
# minister"), not as the verb of the act ("Mahathir sacked Deputy Prime Minister NAME").
REMOVED_WORDS = frozenset({"sacked", "dismissed", "toppled", "overthrown", "fired"})


# Function words a title phrase may contain ("the leader of the DPRK", "Russia's president").
TITLE_GLUE = frozenset({"the", "of", "'s", "’s", "'", "’"})
PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
PRONOUN_GENDER: dict[str, Gender] = {
    **dict.fromkeys(("he", "him", "his"), "m"),
    **dict.fromkeys(("she", "her", "hers"), "f"),
}
# Honorifics and titles that say a person's gender ("Mrs", "Queen"), for he/she.
GENDERED_TITLES: dict[str, Gender] = {
    **dict.fromkeys(("mr", "sir", "lord", "king", "prince", "emir", "sheikh", "pope"), "m"),
    **dict.fromkeys(("mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess"), "f"),
    **dict.fromkeys(("sheikha", "madame", "mme"), "f"),
}
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "iobj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Dependencies under which a city name acts ("Moscow said", "talks between Moscow and ...").
AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "poss", "appos", "dative"})
# Verbs whose object is a destination, not a party: "Macron visited Beijing".
MOTION_VERBS = frozenset(
    {"visit", "tour", "reach", "leave", "enter", "flee", "fly", "travel", "return", "arrive"}
)
AGENT_PREPOSITIONS = frozenset({"between", "with", "by", "against", "toward", "towards"})
# Nouns of what one party says or does to another: the place after their "from" is a party
# ("criticism from Washington"), unlike "flights from Moscow".
ACT_NOUNS = frozenset(
    {"criticism", "pressure", "support", "aid", "assistance", "demand", "request", "protest"}
    | {"condemnation", "warning", "threat", "response", "reaction", "message", "offer"}
    | {"proposal", "objection", "appeal", "complaint", "rebuke", "invitation", "approval"}
    | {"opposition", "backing", "retaliation", "ultimatum", "signal", "concession", "pledge"}
)
# Words before "on" that make what follows it a party: "called on Washington", "pressure on
# Moscow" (not "an attack on Kyiv", a place struck).
ON_PARTY_WORDS = frozenset({"call", "prevail", "pressure", "sanction", "sanctions"})
# Verbs whose "to" names who receives: "lease the base to Moscow" (not "fly to Moscow"), also
# what is surrendered or handed over, and a protest or appeal addressed ("protested to New
# Delhi", "surrendered his army to Rangoon").
GIVING_VERBS = frozenset(
    {"give", "hand", "sell", "lease", "offer", "transfer", "grant", "supply", "lend", "cede"}
    | {"surrender", "deliver", "extradite", "protest", "appeal", "complain", "apologise"}
    | {"apologize"}
)
MAX_NAME_TOKENS = 4
# Nouns that head a body's leadership: "the head of Ukraine's military intelligence".
HEAD_NOUNS = frozenset({"head", "chief", "director", "leader", "commander", "chairman", "boss"})
# State bodies that "the government", "the army" may stand for, and the mentions naming a state.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# First words of an agent phrase that make it a state's own ("state media", "state broadcaster").
STATE_OWNED = frozenset({"state", "state-run", "state-owned"})
STATE_KINDS = frozenset({"country", "capital", "agent", "person"})
# Mentions that put a state in focus: those naming it, its own bodies and groups ("Egypt's
# Labour Party accused the government": Egypt's government) and its towns.
FOCUS_KINDS = STATE_KINDS | {"org", "group", "place"}
# CAMEO region codes (and "unknown"/"international") the converted dictionary gives armed groups
# it could not tie to one state ("Revolutionary United Front": WAF), and multinationals: three
# letters, but no state.
REGION_CODES = frozenset(
    {"AFR", "ASA", "BLK", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR", "LAM", "MDT"}
    | {"MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WEU", "WST"}
    | {"KKL", "INT"}
)
NOT_STATES = REGION_CODES | {"MNC"}
# Entity types that never continue a person's name (the model may tag a name's last part NORP).
NOT_NAME_ENTITIES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "GPE", "LOC"}
)
NAME_TAGS = frozenset({"NNP", "NNPS"})
# Mentions that can own an agent noun or stand before a name: "Russian forces", "UN officials".
# Nouns for states themselves: "Gulf states" are several states, "Kaduna state" a province.
STATE_NOUNS = frozenset({"state", "states", "country", "countries", "nation", "nations"})
BODY_KINDS = frozenset({"country", "capital", "org", "media", "group"})
GOVERNMENT_NOUNS = frozenset({"administration", "government", "regime", "cabinet"})
# "its ambassador from X": the agent belongs to whoever "its" stands for, not to X.
POSSESSIVE_DETERMINERS = frozenset({"its", "their", "our", "his", "her", "my", "your"})


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor mention while the stage works: token range plus resolved codes."""

    start: int  # token index
    end: int  # token index, exclusive
    name: str
    kind: str
    code: str | None
    sector: str | None
    entry: Entry | None = None
    gender: Gender | None = None  # people only: "m", "f" or unknown
    # People only: named by a lone surname and resolved by date (see actor_surnames.py); a full
    # name in the same article wins over that guess.
    by_surname: bool = False

    def with_span(self, start: int, end: int) -> Mention:
        return replace(self, start=start, end=end)


_CLOSERS = frozenset({'"', "'", "”", "’", ")", "»"})


# The longest dictionary name starting at a token: its end and entry, or None (the name
# matcher's `longest`, passed to helpers that look for a name inside a longer mention).
NameAt = Callable[[Doc, int], "tuple[int, Entry] | None"]


# Where a Doc keeps its sentence starts once computed (in `Doc.user_data`).
_SENTENCE_STARTS = "dyads.sentence_starts"


def sentence_starts(doc: Doc) -> list[int]:
    """spaCy's sentence starts, less those not after final punctuation or a line break.

    The small model sometimes splits a sentence before a name ("... the leader of Chile (CL) |
    Ana Ruiz, telling him ..."); titles and pronouns must see across such splits. Computed once
    per Doc (many rules ask); callers must not change the list.
    """
    cached: list[int] | None = doc.user_data.get(_SENTENCE_STARTS)
    if cached is None:
        cached = _sentence_starts(doc)
        doc.user_data[_SENTENCE_STARTS] = cached
    return cached


def _sentence_starts(doc: Doc) -> list[int]:
    if not doc.has_annotation("SENT_START"):
        return [0]
    starts = []
    for sentence in doc.sents:
        k = sentence.start - 1
        while k >= 0 and doc[k].text in _CLOSERS:
            k -= 1
        if k < 0 or doc[k].text.endswith((".", "!", "?", "…")) or "\n" in doc[k].text:
            starts.append(sentence.start)
    return starts or [0]


class StateFocus:
    """The state a passage is about, for bodies and titles named without one.

    It is the first state named (or whose national is named) earlier in the sentence, else in
    the nearest of the two sentences before, as news puts its topic first. Two states named
    together ("Kenya and Uganda") leave it open.
    """

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self._doc = doc
        self._starts = sentence_starts(doc)
        self._by_sentence: dict[int, list[Mention]] = {}
        for mention in sorted(mentions, key=lambda m: m.start):
            code = mention.code or ""
            if mention.kind in FOCUS_KINDS and len(code) == 3 and code not in NOT_STATES:
                sentence = bisect_right(self._starts, mention.start) - 1
                self._by_sentence.setdefault(sentence, []).append(mention)

    def before(self, position: int) -> Mention | None:
        """The state in focus at a token, from the mentions before it."""
        sentence = bisect_right(self._starts, position) - 1
        own = [m for m in self._by_sentence.get(sentence, []) if m.end <= position]
        earlier = [self._by_sentence.get(k, []) for k in (sentence - 1, sentence - 2) if k >= 0]
        focus = own or next((m for m in earlier if m), [])
        if not focus or self._coordinated(focus):
            return None
        return focus[0]

    def in_view(self, position: int) -> bool:
        """Whether any state is named before a token in its sentence or the two before it
        (named alone or with others: "Kenya and Uganda" are in view, though neither is in
        focus)."""
        sentence = bisect_right(self._starts, position) - 1
        if any(m.end <= position for m in self._by_sentence.get(sentence, [])):
            return True
        return any(self._by_sentence.get(k) for k in (sentence - 1, sentence - 2) if k >= 0)

    def in_sentence(self, mention: Mention, position: int) -> bool:
        """Whether a mention lies in the sentence of a token."""
        return bisect_right(self._starts, mention.start) == bisect_right(self._starts, position)

    def ahead(self, position: int) -> Mention | None:
        """With no state in view before a token, the first named after it in its sentence:
        a story may name its court or parliament's state only after the official who speaks
        there ("The prosecutor told the Nigerian court ...")."""
        sentence = bisect_right(self._starts, position) - 1
        if any(self._by_sentence.get(k) for k in (sentence - 1, sentence - 2) if k >= 0):
            return None
        own = self._by_sentence.get(sentence, [])
        if any(m.end <= position for m in own):
            return None
        later = [m for m in own if m.start > position]
        if not later or self._coordinated(later):
            return None
        return later[0]

    def _coordinated(self, mentions: list[Mention]) -> bool:
        """Whether the first mention is joined by "and"/"or" to one of another state."""
        heads = {self._doc[m.start : m.end].root.i: m.code for m in mentions}
        first = self._doc[mentions[0].start : mentions[0].end].root
        code = mentions[0].code
        return any(heads.get(c.i, code) != code for c in first.conjuncts)


# Titles used of one state's office holders far more than of any other's, and party names before
# a title that say the same ("Republican Senator X"): the state when no other is in view.
TITLE_COUNTRIES = {"senator": "USA", "congressman": "USA", "congresswoman": "USA"}
PARTY_COUNTRIES = {"republican": "USA", "democrat": "USA", "democratic": "USA"}


def title_country(doc: Doc, person: Mention) -> str | None:
    """The state a person's own title names ("Senator X", "Republican Senator X"), if any."""
    words = [t.lower_ for t in doc[person.start : person.end]]
    title = next((TITLE_COUNTRIES[w] for w in words if w in TITLE_COUNTRIES), None)
    party = PARTY_COUNTRIES.get(words[0]) if len(words) > 1 and title is not None else None
    return title or party


def is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def acts_as_agent(doc: Doc, start: int, end: int) -> bool:
    """Whether a place name at tokens [start, end) is used as an actor, not a location."""
    head = doc[start:end].root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "dobj" and head.head.lemma_.lower() in MOTION_VERBS:
        return False
    if head.dep_ in AGENT_DEPS:
        return True
    if head.dep_ == "pobj":
        preposition = head.head
        if preposition.lower_ == "from":
            return preposition.head.pos_ == "NOUN" and preposition.head.lemma_ in ACT_NOUNS
        if preposition.lower_ == "on":
            return preposition.head.lemma_.lower() in ON_PARTY_WORDS
        if preposition.lower_ == "to":
            return preposition.head.pos_ == "VERB" and preposition.head.lemma_ in GIVING_VERBS
        return preposition.lower_ in AGENT_PREPOSITIONS
    return False


# Words that begin a surname of several words ("de Mistura", "bin Salman", "van der Bellen").
SURNAME_PARTICLES = frozenset(
    {"de", "da", "das", "do", "dos", "del", "della", "di", "du", "van", "von", "der", "den"}
    | {"ter", "le", "la", "bin", "ben", "ibn", "al", "el", "abu", "ould", "wa"}
)


def name_after_title(doc: Doc, start: int, taken: set[int]) -> tuple[int, int] | None:
    """Capitalised name tokens right after a singular title ("Minister Ana Ruiz"), if any,
    with the particles of a surname inside ("Envoy Staffan de Mistura")."""
    if start == 0 or doc[start - 1].tag_ in ("NNS", "NNPS"):
        return None  # "forces", "officials" are not titles of one person
    end = start
    while end < len(doc) and end - start < MAX_NAME_TOKENS:
        token = doc[end]
        if _inner_particle(doc, end, start):
            end += 1
            continue
        if end in taken or not is_capitalised(token) or (not token.is_alpha and token.text != "-"):
            break
        if token.ent_type_ in NOT_NAME_ENTITIES:
            break
        if token.is_sent_start and end != start:
            break
        end += 1
    while end > start and not doc[end - 1].is_alpha:
        end -= 1
    if end == start:
        return None
    if doc[start].pos_ not in ("PROPN", "NOUN", "X") and doc[start].ent_type_ != "PERSON":
        return None
    if doc[start].pos_ == "NOUN" and is_title_case_headline(doc[start].sent):
        return None  # "Police Arrest Union Leaders": in title case a noun is a common word
    return start, end


def _inner_particle(doc: Doc, i: int, start: int) -> bool:
    """Whether token i is a lower-case particle inside a name: after a name word and before
    a capitalised one ("Staffan de Mistura")."""
    return (
        i > start
        and doc[i].lower_ in SURNAME_PARTICLES
        and doc[i].is_lower
        and i + 1 < len(doc)
        and is_capitalised(doc[i + 1])
        and doc[i + 1].is_alpha
    )


def resolve_pronoun(token: Token, people: list[Mention], sent_starts: list[int]) -> Mention | None:
    """The person a pronoun most likely refers to, among the people mentioned before it.

    A person known to be of the other gender is never chosen ("she" skips "Mr Smith").

    News sentences put their topic first: a subject or possessive pronoun refers to the first
    person of its own sentence (before it), else to the first person of the nearest earlier
    sentence (up to two back). An object pronoun ("informing him") takes the nearest person
    before it who is not the subject of its own verb.
    """
    sentence = bisect_right(sent_starts, token.i) - 1
    gender = PRONOUN_GENDER.get(token.lower_)
    before = [p for p in people if p.end <= token.i and p.gender in (None, gender)]
    by_sentence: dict[int, list[Mention]] = {}
    for person in before:
        by_sentence.setdefault(bisect_right(sent_starts, person.start) - 1, []).append(person)
    own = by_sentence.get(sentence, [])
    if token.dep_ in OBJECT_DEPS and token.lower_ in ("him", "her"):
        # Not the subject of the pronoun's own verb ("Xi called Modi and praised him").
        doc = token.doc
        others = [
            p
            for p in before
            if not (
                doc[p.start : p.end].root.head.i == token.head.i
                and doc[p.start : p.end].root.dep_ in SUBJECT_DEPS
            )
        ]
        return others[-1] if others else None
    if own:
        return own[0]
    for earlier in range(sentence - 1, max(sentence - 3, -1), -1):
        if by_sentence.get(earlier):
            return by_sentence[earlier][0]
    return None


def appositive_partners(token: Token) -> list[Token]:
    """The nouns a word stands in apposition to, either way ("NAME, a rebel commander,")."""
    partners = [token.head] if token.dep_ == "appos" and token.head.i != token.i else []
    return partners + [c for c in token.children if c.dep_ == "appos"]


def appositive_names(
    doc: Doc, taken: set[int], is_title: Callable[[Token], bool]
) -> list[tuple[int, int]]:
    """Names the entity tagger missed that stand in apposition to a singular title:
    "Russia's envoy to the UN, Ivan Petrov, said" or "Ivan Petrov, the head of ...": a run of
    two to four capitalised proper nouns set off by commas."""
    found = []
    # The name ends right before a comma or full stop: look only there (this runs on every
    # article, and most tokens are not).
    orth = doc.to_array(ORTH)
    marks = (orth == doc.vocab.strings[","]) | (orth == doc.vocab.strings["."])
    for i in marks.nonzero()[0].tolist():
        if i == 0:
            continue
        mark, token = doc[i], doc[i - 1]
        if token.tag_ != "NNP" or token.i in taken or token.ent_type_ in NOT_NAME_ENTITIES:
            continue
        if token.dep_ != "appos" and mark.text != ",":
            continue  # neither an apposition nor a name an apposition follows
        partners = [
            p for p in appositive_partners(token) if p.tag_ == "NN" and is_title(p) and p.is_lower
        ]
        if not partners:
            continue
        start = token.i
        while start > 0 and doc[start - 1].tag_ == "NNP" and doc[start - 1].head.i == token.i:
            start -= 1
        words = doc[start : token.i + 1]
        bounded = mark.text == "," or (start > 0 and doc[start - 1].text == ",")
        if not 2 <= len(words) <= MAX_NAME_TOKENS or not bounded:
            continue
        if any(
            i in taken or not is_capitalised(doc[i]) or not doc[i].is_alpha
            for i in range(start, token.i + 1)
        ):
            continue
        found.append((start, token.i + 1))
    return found


def appositive_title(doc: Doc, person: Mention, mentions: list[Mention]) -> Mention | None:
    """The body or title a person is set in apposition to: the agent mention holding the
    partner noun ("Russia's envoy"), or the body after a head noun ("the head of Ukraine's
    military intelligence")."""
    by_token = {i: m for m in mentions if m.kind == "agent" for i in range(m.start, m.end)}
    # "the head of the World Food Programme": an international body's head is the body's.
    bodies = {
        i: m
        for m in mentions
        if m.kind == "org" and (m.code or "")[:3] in ("IGO", "NGO")
        for i in range(m.start, m.end)
    }
    root = doc[person.start : person.end].root
    for partner in appositive_partners(root):
        if partner.i in by_token:
            return by_token[partner.i]
        if partner.dep_ == "pobj" and partner.head.head.i in by_token:
            return by_token[partner.head.head.i]  # "Turkey's envoy to NATO, NAME,"
        if partner.lower_ not in HEAD_NOUNS:
            continue
        for prep in (c for c in partner.children if c.lower_ == "of"):
            for body in (c for c in prep.children if c.dep_ == "pobj"):
                if body.i in by_token:
                    return by_token[body.i]
                if body.i in bodies:
                    return bodies[body.i]
    return None


def says_former(token: Token) -> bool:
    """Whether a word before a title says its holder no longer holds it ("the ousted
    president", "the sacked minister"), not the clause's verb that ousts him ("the army ousted
    President NAME", "Mahathir sacked Deputy Prime Minister NAME")."""
    word = token.lower_
    if word in REMOVED_WORDS:
        return token.dep_ == "amod"
    if word not in FORMER_WORDS:
        return False
    return token.tag_ != "VBD" and not any(c.dep_ == "nsubj" for c in token.children)
