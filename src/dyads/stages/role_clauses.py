"""Recipients named in the clauses around a trigger: the infinitive clauses an action serves
("agreed to help Malaysia"), the participle of its result ("exploded, killing two soldiers"), the
clause a demand states ("demanded that the government resign"; "that the Afghan Taliban act",
whose verb the parser read as a noun), the "against" party of the act a threat's clause announces
("warned it would take action against Syria"), the clause that gives its cause
("as Iraqi troops massed"), the clause describing the subject ("rebels holding hostages at the
Japanese ambassador's residence"), the accuser a clause describing the subject names ("Indonesia,
which Australia accuses of backing the militias, denied the charge"), and a possessive pronoun in
reported speech, which most often stands for the speaker ("Georgia said Russian jets bombed its
territory")."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.records import Actor
from dyads.stages.denials import denied_allegations
from dyads.stages.role_index import ActorIndex
from dyads.stages.role_objects import object_actors
from dyads.stages.role_phrases import particle_sources, reaction_targets
from dyads.stages.role_subjects import subject_actors
from dyads.stages.role_syntax import (
    HANDOVER_VERBS,
    INHERIT_DEPS,
    MAX_CLAUSE_CLIMB,
    PARTY_IN_VERBS,
    SUBJECT_DEPS,
    VERB_RECIPIENT_PREPS,
    WITHDRAWAL_VERBS,
    children,
    dative_objects,
    prep_objects,
    word_set,
)
from dyads.stages.trigger_lemmas import lemma_of

# Conjunctions of a clause that gives a cause ("as troops massed", "after jets violated", "when
# troops massed").
# Verbs of moving another party to answer an act: their object reacts to it.
_PROMPTING_VERBS = frozenset({"prompt", "spur", "lead", "trigger", "spark", "provoke"})
_CAUSE_MARKS = frozenset({"as", "after", "because", "since", "when"})
_CAUSE_PREPS = frozenset({"after", "following"})
# How many infinitives deep the parties of a purpose are looked for ("to stop cooperating with").
_MAX_CLAUSE_DEPTH = 2
# Verbs whose bare infinitive states whom they serve ("help modernise the armed forces").
_HELP_VERBS = word_set("help assist")
# Verbs denying a charge, the nouns for one, and the verbs of making one: a denial answers the
# party that makes the charge.
_DENYING_VERBS = word_set("deny reject dismiss refute")
_CHARGE_NOUNS = word_set("charge accusation allegation claim")
_ACCUSING_VERBS = word_set("accuse blame suspect")


def purpose_clauses(verb: Token) -> list[Token]:
    """ "deployed to support X": infinitive clauses that say whom the action serves."""
    helps = verb.lemma_.lower() in _HELP_VERBS  # "help modernise the armed forces"
    return [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp")
        and (any(a.lower_ == "to" for a in c.children) or (helps and c.dep_ == "xcomp"))
    ]


def result_clauses(verb: Token) -> list[Token]:
    """ "a bomb exploded, killing two soldiers": a participle after the verb that states what
    its action did, whose object is the party it hit. One that tells a third party's answer
    ("massed troops, prompting the United States to send warships") names who reacts, not
    whom the act was aimed at."""
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i > verb.i
        and c.tag_ == "VBG"
        and lemma_of(c) not in _PROMPTING_VERBS
        and not children(c, (*SUBJECT_DEPS, "mark"))
    ]


def clause_parties(clause: Token, index: ActorIndex, depth: int = 0) -> list[Actor]:
    """The parties an infinitive clause acts on: "to help Malaysia", "to work with Iran",
    "to help Malaysia fight fires" (the subject of a clause it governs), "to invest in Egypt"."""
    preps: tuple[str, ...] = VERB_RECIPIENT_PREPS
    preps += ("in",) if clause.lemma_.lower() in PARTY_IN_VERBS else ()
    found: list[Actor] = []
    if lemma_of(clause) in WITHDRAWAL_VERBS:
        # "refused to withdraw its forces from Kuwait": the party left is the one acted on, before
        # the forces withdrawn (the actor's own).
        for obj in prep_objects(clause, ("from",)) + particle_sources(clause):
            place = index.object_place(obj)
            found += index.actors_in(obj) or ([place] if place is not None else [])
    if lemma_of(clause) in HANDOVER_VERBS:
        # "refused to hand over bin Laden to the United States": whom people are handed to comes
        # before the people handed (also where the parser takes the "to" for a dative).
        for obj in prep_objects(clause, ("to",)) + dative_objects(clause):
            place = index.object_place(obj)
            found += index.actors_in(obj) or ([place] if place is not None else [])
    for obj in children(clause, ("dobj",)):
        found += object_actors(obj, index)  # "to extradite two men wanted by Britain"
    for obj in children(clause, ("dative",)) + prep_objects(clause, preps):
        found += index.actors_in(obj)
    for inner in children(clause, ("ccomp", "xcomp")):
        subjects = children(inner, ("nsubj",))
        for subject in subjects:
            found += index.actors_in(subject)
        if not subjects and inner.dep_ == "xcomp" and depth < _MAX_CLAUSE_DEPTH:
            # "threatened to stop cooperating with U.N. inspectors": the clause it governs.
            found += clause_parties(inner, index, depth + 1)
    return found + reaction_targets(clause, index)


# Conjunctions of a clause stating what a threat depends on.
_CONDITION_MARKS = frozenset({"if", "unless"})
_REFUSAL_LIMIT_MARKS = frozenset({"until", "till"})


def content_subjects(token: Token, index: ActorIndex) -> list[Actor]:
    """ "demanded that the government resign", "insisted on its demands that Burundi grant":
    the subject of the clause a demand or warning states."""
    holders = [token, *children(token, ("dobj",)), *prep_objects(token, ("on", "of"))]
    found: list[Actor] = []
    for holder in holders:
        # "rejected accusations that its troops had crossed": the party a denied charge is
        # about is the denier, not whom the denial answers.
        alleged = denied_allegations(holder)
        for clause in children(holder, ("ccomp", "acl")):
            if holder is not token and not any(c.lower_ == "that" for c in clause.children):
                continue
            if clause in alleged:
                continue
            found += passive_agents(clause, index)
            for subject in children(clause, ("nsubj", "nsubjpass")) or _folded_subjects(clause):
                found += index.actors_in(subject)
    return found


def passive_agents(clause: Token, index: ActorIndex) -> list[Actor]:
    """ "demanded that the fishermen be freed by Ethiopia", "wants the debt to be repaid by
    Greece": who is to do what a passive clause a demand states is whom the demand is made of,
    before the passive subject, which only undergoes it."""
    if not children(clause, ("nsubjpass",)):
        return []
    return [a for agent in children(clause, ("agent",)) for a in index.actors_in(agent)]


def _folded_subjects(clause: Token) -> list[Token]:
    """ "demanded that the Afghan Taliban act against militants": a bare verb that could be a
    noun ("act", "answer") the parser read as one, folding the clause's subject into it as its
    modifiers ("the Cameroonian military act"); they are the subject (none for a true verb or a
    clause without "that")."""
    if clause.pos_ not in ("NOUN", "PROPN"):
        return []
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return []
    return [c for c in clause.children if c.dep_ in ("compound", "amod") and c.i < clause.i]


def threatened_parties(
    verb: Token, index: ActorIndex, chosen: tuple[Actor, ...] = ()
) -> list[Actor]:
    """ "warned it would take military action against South Korea": whom the act a threat's
    clause announces is aimed at, by an "against" phrase of that act or of its object, then
    whom that act is done to where the threatener does it ("warned that Iran would attack U.S.
    warships", "threatened to fire missiles at Israel"), then by the condition that act
    depends on ("... if U.S. forces attacked" names whom the threat answers, not its target)."""
    found: list[Actor] = []
    acts = children(verb, ("ccomp",)) + _statement_clauses(verb)
    for act in acts:
        aimed = prep_objects(act, ("against",))
        aimed += [o for obj in children(act, ("dobj",)) for o in prep_objects(obj, ("against",))]
        for obj in aimed:
            place = index.object_place(obj)
            found += index.actors_in(obj) or ([place] if place is not None else [])
    for act in (act for act in acts if _done_by_threatener(act, index, chosen)):
        # The object's own words ("U.S. warships"), not its phrases ("talks with Azerbaijan").
        words = [
            w
            for obj in children(act, ("dobj",))
            for w in [obj, *(c for c in obj.children if c.dep_ in _OWN_WORD_DEPS)]
        ]
        targets = [a for w in words for a in index.all_at(w)]
        targets += [a for o in prep_objects(act, _THREAT_TARGET_PREPS) for a in index.actors_in(o)]
        found += [a for a in targets if a not in found]
    for clause in purpose_clauses(verb):
        found += [a for a in clause_parties(clause, index) if a not in found]
    # "warned that Tehran would respond if Israeli drones kept coming": the party whose act
    # the threatened act depends on, after any "against" party.
    for act in acts:
        found += condition_parties(act, index)
    return found


# Phrases of a threatened act that name whom it is done to ("would cut gas to Ukraine"); not
# "with", a partner ("warned it would hold talks with Azerbaijan" threatens nobody).
_THREAT_TARGET_PREPS = ("at", "on", "to", "into", "against")
# Words of an object that name whose it is ("U.S. warships", "Israel's cities").
_OWN_WORD_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
# Subjects that stand for the threatener itself in the clause of its threat ("warned it would").
_SELF_PRONOUNS = frozenset({"it", "we", "he", "she", "they", "i"})


def _done_by_threatener(act: Token, index: ActorIndex, chosen: tuple[Actor, ...]) -> bool:
    """Whether the act a threat's clause announces is the threatener's own: its subject is a
    pronoun, or parties all of the threatener's state ("Rafsanjani warned that Iran would")."""
    subjects = children(act, ("nsubj",))
    if not subjects:
        return False
    if subjects[0].lower_ in _SELF_PRONOUNS:
        return True
    parties = index.actors_in(subjects[0])
    codes = {a.code for a in chosen}
    return bool(parties) and all(p.code in codes for p in parties)


def _statement_clauses(verb: Token) -> list[Token]:
    """ "warned in a statement that it would retaliate": the clause the parser hung on the
    statement noun of an "in" phrase rather than on the verb."""
    return [
        clause
        for statement in prep_objects(verb, ("in",))
        for clause in children(statement, ("acl",))
        if any(mark.lower_ == "that" for mark in children(clause, ("mark",)))
    ]


def condition_parties(verb: Token, index: ActorIndex) -> list[Actor]:
    """ "Baghdad would use force if Kuwait did not pay", "will strike unless Hamas frees the
    hostages": a threat is made to the party whose act its condition names, also one the
    parser hung on the act threatened ("threatened to restart the reactor if Washington
    failed to deliver the fuel")."""
    found: list[Actor] = []
    acts = [verb, *children(verb, ("xcomp",))]
    # "would not resume talks until Israel agreed to withdraw": an act refused until another
    # party acts is refused to that party, as one held over an "unless" clause is.
    refused = any(children(act, ("neg",)) for act in acts)
    marks = _CONDITION_MARKS | (_REFUSAL_LIMIT_MARKS if refused else frozenset())
    for clause in (c for act in acts for c in children(act, ("advcl",))):
        if not any(c.lower_ in marks for c in children(clause, ("mark",))):
            continue
        for subject in children(clause, SUBJECT_DEPS):
            found += index.actors_in(subject)
    return found


def cause_parties(verb: Token, index: ActorIndex) -> list[Actor]:
    """The subjects of the clauses that give a verb's cause: "as Iraqi troops massed", "after
    Turkish jets violated its airspace", "as tension with Israel mounted"."""
    found: list[Actor] = []
    for clause in children(verb, ("advcl",)):
        # "when" is read as an adverb of the clause, the others as its conjunction.
        marks = children(clause, ("mark", "advmod"))
        if not any(c.lower_ in _CAUSE_MARKS for c in marks):
            continue
        for subject in children(clause, SUBJECT_DEPS):
            found += index.actors_in(subject)
    # "after infiltrators from Pakistan seized peaks": the parser reads the clause's subject as
    # the object of "after" and its verb as a modifier; the subject is still the cause's doer.
    for prep in children(verb, ("prep",)):
        if prep.lower_ in _CAUSE_PREPS:
            found += [
                a
                for obj in children(prep, ("pobj",))
                if _misread_clause(obj)
                for a in index.actors_in(obj)
            ]
    return found


def _misread_clause(noun: Token) -> bool:
    """A noun with a finite verb or participle in its phrase ("infiltrators from Pakistan
    seized peaks"): a clause the parser read as a noun phrase."""
    return any(t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN") for t in noun.subtree if t.i > noun.i)


def captors_clause_parties(verb: Token, index: ActorIndex) -> list[Actor]:
    """The parties a clause describing the subject names: "rebels holding hostages at the
    Japanese ambassador's residence" (a subject clause too, as the parser often reads it)."""
    found: list[Actor] = []
    for subject in children(verb, SUBJECT_DEPS):
        clauses = [subject] if subject.dep_ == "csubj" else children(subject, ("acl", "relcl"))
        for clause in clauses:
            found += clause_parties(clause, index)
    return found


def captor_agents(captive: Token, index: ActorIndex) -> list[Actor]:
    """ "Indian fishermen arrested by Sri Lanka's navy were released": the agent of a participle
    describing the captives, who holds them."""
    return [
        a
        for clause in children(captive, ("acl",))
        if clause.tag_ == "VBN"
        for agent in children(clause, ("agent",))
        for obj in children(agent, ("pobj",))
        for a in index.actors_in(obj)
    ]


def keepers(verb: Token, index: ActorIndex) -> list[Actor]:
    """ "Palestinian activists in Israeli prisons": the party whose hands the subject is in."""
    return [
        a
        for subject in children(verb, SUBJECT_DEPS)
        for place in prep_objects(subject, ("in",))
        for a in index.actors_in(place)
    ]


def possessor_speakers(verb: Token, index: ActorIndex) -> list[Actor]:
    """ "Georgia said Russian jets bombed its territory": a possessive pronoun in the object of
    reported speech most often stands for the speaker."""
    objects = children(verb, ("dobj",)) + prep_objects(verb, VERB_RECIPIENT_PREPS)
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for o in objects for c in o.children):
        return []
    current = verb
    for _ in range(MAX_CLAUSE_CLIMB):
        if current.dep_ == "ccomp":
            return subject_actors(current.head, index)
        if current.dep_ not in INHERIT_DEPS:
            break
        current = current.head
    return []


def subject_accusers(verb: Token, index: ActorIndex) -> list[Actor]:
    """The party that a clause describing a denial's subject says makes the charge denied ("The
    Indonesian government, which Australia accuses of backing the militias, denied the charge")."""
    if lemma_of(verb) not in _DENYING_VERBS:
        return []
    if not any(lemma_of(o) in _CHARGE_NOUNS for o in children(verb, ("dobj",))):
        return []
    return [
        party
        for subject in children(verb, ("nsubj",))
        for clause in children(subject, ("relcl",))
        if lemma_of(clause) in _ACCUSING_VERBS
        for accuser in children(clause, ("nsubj",))
        for party in index.actors_in(accuser)
    ]
