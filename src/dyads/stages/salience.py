"""How central a trigger is to its sentence: the main predicate is what the sentence reports.

A trigger's rank is the number of subordinating links between its clause and the sentence root;
conjuncts, the content of reporting verbs ("officials said Russia attacked") and the infinitive
of an order or decision ("gave no order to withdraw") do not count. Background loses more than
rank: a condition ("if Y asks"), a clause of time limit, contrast or exception ("until",
"while", "although", "other than"), a clause that dates the main event by another ("after",
"when") and what a noun of report or fear is about ("officers answering reports of a man
threatening people shot him": the shooting is the news). Of verbs conjoined with one subject,
the first is the main predicate: a later one's surer type reading breaks no tie with it. Two
frames give way to what they frame: a signed order or petition to the act it orders or asks
for, and the threat read into a sanction announced with "will" to the sanction decided. What a
later conjunct of saying reports ("arrested him and said he would be charged") is a clause below
the first conjunct's act.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dyads.stages.meeting_occasions import follows_occasion, is_meeting_occasion
from dyads.stages.status import clause_verb

_REPORTING = frozenset(
    {"say", "announce", "report", "state", "tell", "claim", "confirm", "add", "note", "declare"}
)
# Nouns of ordering and deciding whose infinitive is the act the sentence reports.
_COMMAND_NOUNS = frozenset({"order", "instruction", "directive", "command", "decision"})
# Verbs that judge or answer an order or decision named as their object ("welcomed Ukraine's
# decision to give up its weapons", "rejected the order to withdraw"): the judgement is the
# event, and what was decided is its content.
_JUDGING_VERBS = frozenset(
    {"welcome", "praise", "hail", "applaud", "commend", "endorse", "support", "back", "accept"}
    | {"condemn", "criticise", "criticize", "denounce", "deplore", "regret", "reject", "oppose"}
    | {"protest", "question", "challenge", "slam", "blast", "decry", "defy", "ignore"}
)
# Verbs of defiance whose participle can only comment on the main clause's act.
_DEFIANCE_VERBS = frozenset({"defy", "ignore", "flout", "disregard"})
_MAIN_BONUS = 0.2
_NEAR_MAIN_BONUS = 0.05
_DESCRIPTION_PENALTY = 0.1
_MAX_DEPTH = 10
# What a later conjunct gives up so that, all else equal, the first conjunct ranks above it.
_CONJUNCT_TIE_MARGIN = 0.01
# CAMEO quad classes of conflict (verbal 3, material 4), against cooperation (1, 2).
_CONFLICT_QUADS = frozenset({3, 4})
_VERBAL_COOPERATION = 1
_VERBAL_QUADS = frozenset({1, 3})
_CONDITION_PENALTY = 0.3
_CONDITIONS = frozenset({"if", "unless"})
# Clauses that set a time limit to the main clause's event or a contrast beside it ("shelled the
# camps until the militants retreated", "while Egypt has long accused Ethiopia, the two resumed
# talks"), or an exception or alternative to it ("gave no order to withdraw, other than to say
# that its troops would leave in time", "talked rather than fought"): background to it, as a
# condition is.
_BACKGROUND_MARKS = frozenset(
    {"until", "till", "while", "whilst", "although", "though", "whereas", "than"}
)
# Clauses that only date the main clause's event by another ("Serbia's threat of force faded
# after NATO sent more troops", "Kenya summoned the envoy when troops crossed"): the other event
# is background, also where the main clause tells its own by a noun, which weighs less.
_TIME_CLAUSE_MARKS = frozenset({"after", "before", "when", "once", "as"})
# Nouns whose complement is what is reported, feared or risked ("reports of gunmen attacking",
# "fears that troops would cross", "the threat of sanctions"), not an event the sentence asserts,
# unless a reporting verb takes the noun as its object ("confirmed reports that X attacked").
_BACKGROUND_NOUNS = frozenset(
    {"report", "rumour", "rumor", "news", "word", "account", "claim", "allegation", "accusation"}
    | {"fear", "concern", "worry", "suspicion", "threat", "risk", "danger", "prospect", "spectre"}
    | {"specter", "possibility", "video", "footage", "image", "picture", "photo", "photograph"}
    | {"wake", "aftermath", "alarm"}
)
# The prepositions of what such a noun is about ("reports of", "fears over", "alarm at");
# "threats such as clashes" lists instances of the noun, which are no background to it.
_ABOUT = frozenset({"of", "about", "over", "on", "at", "regarding", "concerning"})
# How many heads a trigger may climb to the noun whose complement holds it.
_MAX_NOUN_CLIMB = 6
# Verbs that turn a document into the act it orders or asks for ("signed an executive order to
# deploy troops", "signed a petition calling for his dismissal", "approved a bill lifting the
# curfew", "approved a measure to send troops"): the signature or vote is no agreement with
# another party (CAMEO 057 signs agreements between parties); the content is the event.
_ENACTING_VERBS = frozenset({"sign", "issue", "pass", "adopt", "approve", "enact"})
_DOCUMENTS = frozenset(
    {"order", "decree", "proclamation", "directive", "petition", "resolution", "bill", "edict"}
    | {"ordinance", "motion", "law", "measure"}
)
# Nouns of what a party says or writes: a relative clause on one ("released a communique, in
# which he called on") states its content, which weighs as a description, not as background.
_STATEMENT_NOUNS = frozenset(
    {"statement", "communique", "communiqué", "letter", "message", "speech", "declaration"}
    | {"interview", "address", "note", "broadcast", "editorial", "article", "post"}
)
# Announcing one's own act with "will" states a decision; a warning, a threat or a condition
# makes the same words a threat ("warned it would expel", "would expel them if").
_DECISION_AUX = frozenset({"will", "would", "'ll", "shall", "wo"})
_THREAT_VERBS = frozenset({"warn", "threaten"})


# A meeting, talks or a tour named only as what a return home or an ending follows
# ("returned home after the meeting ended", "flew back at the end of a tour of Asia", "after
# the talks ended, the delegates left") is background to the return, no event of its own.
_ENDING_VERBS = frozenset({"end", "close", "conclude", "finish", "adjourn", "wind", "wrap"})
_TIME_MARKS = frozenset({"after", "when", "once", "as", "before"})
_AFTER_PREPS = frozenset({"after", "following", "from"})
_END_NOUNS = frozenset({"end", "close", "conclusion", "wake"})
_RETURN_VERBS = frozenset({"return", "leave", "depart"})
_HOMEWARD = frozenset({"back", "home"})


def is_background_gathering(noun: Token) -> bool:
    """True for a gathering noun that only ends before, or is left behind by, a return."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "after talks in Washington and a tour of the Gulf"
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() in _ENDING_VERBS:
        return head.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in head.children
        )
    if noun.dep_ != "pobj":
        return False
    phrase = head
    if phrase.lower_ == "of" and phrase.head.lemma_.lower() in _END_NOUNS:
        end = phrase.head  # "at the end of a tour"
        if end.dep_ != "pobj":
            return False
        phrase = end.head
    elif phrase.lower_ not in _AFTER_PREPS:
        return False
    elif phrase.head.lemma_.lower() in _ENDING_VERBS:
        return True  # "after the summit closed", the parser taking "after" for a preposition
    return _is_return(phrase.head)


def _is_return(verb: Token) -> bool:
    """ "returned", "left", "flew back", "went home", "was back", "is due back"."""
    if verb.lemma_.lower() in _RETURN_VERBS:
        return True
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "acomp" for g in c.children)]
    return any(c.dep_ in ("advmod", "prt") and c.lower_ in _HOMEWARD for c in near)


def clause_rank(trigger: Token) -> int:
    """0 for the main predicate, 1 for a clause directly under it, and so on."""
    current = clause_verb(trigger)
    rank = 0 if current is trigger or trigger.dep_ in ("dobj", "nsubj", "attr") else 1
    for _ in range(_MAX_DEPTH):
        if current.head == current:
            return rank
        if current.dep_ != "conj" and not _is_reported(current) and not _is_commanded(current):
            rank += 1
        elif _is_reported(current) and first_conjunct(current.head) is not None:
            # "arrested NAME and said he would be charged": what a later conjunct says comments
            # on the first conjunct's act, which the sentence reports.
            rank += 1
        current = clause_verb(current.head)
    return rank


def _is_commanded(clause: Token) -> bool:
    """The infinitive of an order or decision its verb's object names ("gave no instruction to
    withdraw its troops", "announced its decision to expel"): the act commanded or decided is
    the event the clause reports, as "ordered the troops to withdraw" tells it."""
    noun = clause.head
    return (
        clause.dep_ == "acl"
        and noun.lemma_.lower() in _COMMAND_NOUNS
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() not in _JUDGING_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _is_reported(clause: Token) -> bool:
    """The content of a reporting verb ("said Russia attacked"), not of a noun ("reports that")."""
    head = clause.head
    return clause.dep_ == "ccomp" and head.pos_ == "VERB" and head.lemma_.lower() in _REPORTING


def main_clause_bonus(trigger: Token) -> float:
    """Confidence added for triggers of the main clause; taken away for a passive participle
    that only describes a noun ("the officers accused of genocide"), which is background, and
    for what a statement set off by a relative clause says ("a communique, in which he called
    on"); more for a relative clause on any other noun ("Washington, which accuses Havana of
    ..., tightened"), as for a condition ("would resume its programme if Y failed to deliver
    fuel"), a time limit or a contrast ("until", "while") and the complement of a noun of report
    or fear: what a party
    would do is the news, not what it sets as the condition, and what it does, not what was
    reported to it."""
    # "met after Washington demanded": the meeting is the sequel, the demand the news.
    if is_meeting_occasion(trigger):
        return _MAIN_BONUS
    if follows_occasion(trigger):
        return _NEAR_MAIN_BONUS
    # Each kind of background the trigger lies in takes its share: "a picture of the soldier
    # killed while battling" puts the battle deeper in the background than the killing.
    clauses = _clauses_up(trigger)
    kinds = (
        any(_has_mark(clause, _CONDITIONS) for clause in clauses),
        any(_has_mark(clause, _BACKGROUND_MARKS) for clause in clauses),
        _in_noun_complement(trigger),
        any(_has_mark(clause, _TIME_CLAUSE_MARKS) for clause in clauses),
    )
    if any(kinds):
        return -_CONDITION_PENALTY * sum(kinds)
    relative = _relative_clause(clauses)
    if relative is not None and relative.head.lemma_.lower() not in _STATEMENT_NOUNS:
        return -_CONDITION_PENALTY
    if _is_description(trigger) or relative is not None or _is_defiance_adjunct(trigger):
        return -_DESCRIPTION_PENALTY
    rank = clause_rank(trigger)
    return _MAIN_BONUS if rank == 0 else _NEAR_MAIN_BONUS if rank == 1 else 0.0


def _is_defiance_adjunct(trigger: Token) -> bool:
    """ "began joint manoeuvres on Monday, defying Turkish warnings": a participle of defiance
    set off after the main clause says in what spirit its act was done; the act is the news."""
    return (
        trigger.tag_ == "VBG"
        and trigger.dep_ == "advcl"
        and trigger.lemma_.lower() in _DEFIANCE_VERBS
        and trigger.i > trigger.head.i
        and not any(c.dep_ in ("nsubj", "mark") for c in trigger.children)
        and trigger.doc[trigger.i - 1].text == ","
    )


def first_conjunct(verb: Token) -> Token | None:
    """The first of the verbs a verb is conjoined after and shares its subject with ("shelled
    the town and later withdrew": "shelled" for "withdrew"), or None."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # a clause of its own ("X shelled the town and Y withdrew")
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    return first if first.i != verb.i else None


@dataclass(frozen=True, slots=True)
class TypeReading:
    """How a trigger's type was read: the lexicon's certainty, the CAMEO quad class, and
    whether pattern words (not the bare verb) decided it."""

    certainty: float
    quad_class: int
    matched: bool


def conjunct_tie_share(verb: Token, readings: dict[int, TypeReading]) -> float:
    """Confidence to take from a verb conjoined after a trigger that shares its subject: the
    first conjunct is the main predicate ("the army shelled the town and later pulled its tanks
    back": the shelling). A longer pattern match makes the later verb's type surer, not its
    event more central, so that excess is removed and ties go to the first (the parties each
    names still count) where the two rest on like evidence (the first read from its words too)
    or the later steps back from the first's conflict (a retreat, truce or release after an
    attack), and where words of cooperation come first and words follow ("praised Ghana's role
    and called for more trade": the praise). A verb read alone as a verbal act of conflict
    ("cursed at the driver") gives way to the act its conjunct's words name ("and pointed a
    rifle at him")."""
    first = first_conjunct(verb)
    if first is None or first.i not in readings or verb.i not in readings:
        return 0.0
    return _tie_share(readings[verb.i], readings[first.i])


def governor_tie_share(
    governor: Token, reading: TypeReading, readings: dict[int, TypeReading]
) -> float:
    """The same share for an intent or refusal whose stating word is the later conjunct
    ("congratulated Turkey and promised to back its bid": the promise stated by "promised"
    gives way to the congratulation before it), given the reading the stating word gives."""
    first = first_conjunct(governor)
    if first is None or first.i not in readings:
        return 0.0
    return _tie_share(reading, readings[first.i])


def _tie_share(later: TypeReading, main: TypeReading) -> float:
    """What a later conjunct's reading gives up to the first conjunct's (`conjunct_tie_share`)."""
    steps_back = main.quad_class in _CONFLICT_QUADS and later.quad_class not in _CONFLICT_QUADS
    # "praised Ghana's role and called for more trade": words of support lead words after them.
    both_words = main.quad_class == _VERBAL_COOPERATION and later.quad_class in _VERBAL_QUADS
    if not (main.matched or steps_back or both_words):
        return 0.0
    return max(0.0, later.certainty - main.certainty) + _CONJUNCT_TIE_MARGIN


def _is_description(trigger: Token) -> bool:
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN":
        return False
    return not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in trigger.children)


def _clauses_up(trigger: Token) -> list[Token]:
    """The verbs of the clauses that hold the trigger, from its own up to the sentence root."""
    clauses = [clause_verb(trigger)]
    for _ in range(_MAX_DEPTH):
        current = clauses[-1]
        if current.head == current:
            break
        clauses.append(clause_verb(current.head))
    return clauses


def _has_mark(clause: Token, marks: frozenset[str]) -> bool:
    return clause.dep_ == "advcl" and any(c.lower_ in marks for c in clause.children)


def is_condition(trigger: Token) -> bool:
    """True inside an "if" or "unless" clause, at any depth."""
    return any(_has_mark(clause, _CONDITIONS) for clause in _clauses_up(trigger))


def _in_noun_complement(trigger: Token) -> bool:
    """True inside what a noun of report or fear is about, a phrase or a that-clause ("reports
    of gunmen attacking", "fears that troops would cross"), unless a reporting verb takes that
    noun as its object. A participle on the noun states what a report itself says ("a report
    accusing Israel of"): no background."""
    current = trigger
    for _ in range(_MAX_NOUN_CLIMB):
        if current.head.i == current.i:
            return False
        below, current = current, current.head
        if current.pos_ in ("NOUN", "PROPN") and current.lemma_.lower() in _BACKGROUND_NOUNS:
            about = (below.dep_ == "prep" and below.lower_ in _ABOUT) or any(
                c.dep_ == "mark" and c.lower_ == "that" for c in below.children
            )
            reported = current.dep_ == "dobj" and current.head.lemma_.lower() in _REPORTING
            return about and not reported
    return False


def _relative_clause(clauses: list[Token]) -> Token | None:
    """The relative clause set off by a comma that holds the trigger ("X, which accuses Y of
    ..., did"), given the clauses that hold it, or None."""
    for clause in clauses:
        if clause.dep_ == "relcl":
            before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
            return clause if before is not None and before.text == "," else None
    return None


def document_content(verb: Token) -> list[Token]:
    """The clauses stating what a signed or issued order, decree or petition orders or asks for
    ("signed an executive order to deploy troops", "signed a petition calling for"), whether
    the parser hung them on the document or on the verb; empty for other verbs."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ENACTING_VERBS:
        return []
    documents = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _DOCUMENTS]
    if not documents:
        return []
    stated = [c for d in documents for c in d.children if c.dep_ in ("acl", "relcl")]
    hung = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and _is_nonfinite(c)]
    return stated + hung


def enacting_verb(token: Token) -> Token | None:
    """The verb that signs or issues the document whose content holds a token, or None."""
    current = token
    for _ in range(_MAX_NOUN_CLIMB):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ == "VERB" and current.lemma_.lower() in _ENACTING_VERBS:
            content = document_content(current)
            inside = any(c.left_edge.i <= token.i <= c.right_edge.i for c in content)
            return current if inside else None
    return None


def _is_nonfinite(verb: Token) -> bool:
    """An infinitive ("to deploy") or a participle ("calling for")."""
    return verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_announced_decision(trigger: Token) -> bool:
    """ "The Netherlands will expel two Iranian diplomats": one's own act told with "will" (or
    "would" in reported speech) and no condition, warning or threat is a decision announced."""
    verb = trigger.head if trigger.dep_ == "dobj" else trigger
    if verb.pos_ != "VERB" or not any(
        c.dep_ == "aux" and c.lower_ in _DECISION_AUX for c in verb.children
    ):
        return False
    if any(_has_mark(c, _CONDITIONS) for c in verb.children) or is_condition(verb):
        return False
    return not any(clause.lemma_.lower() in _THREAT_VERBS for clause in _clauses_up(verb))
