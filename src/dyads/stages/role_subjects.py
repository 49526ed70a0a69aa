"""Who acts: the subject of a verb, inherited from the verb it depends on (also through the
preposition of a gerund, "responded by bombing", and from the participle the parser took for the
main verb, "officers responding to a call shot"), read through parses that missed it (a
headline's "A, B agree", a subject an aside between dashes took, a second subject an aside added),
the leader of a group no table codes ("a coalition led by X"), the party told what it must do, the
party answering a charge about itself ("rejected accusations that it had"), or
pointing back to the previous pair ("the two leaders"); the agent of a passive the parser hung
elsewhere (on its object, or an attack noun's own modifier: "killed in an Israeli raid", "jailed
in a government crackdown"), the party a passive of expulsion is "from", or the teller of what a
party is told will be done; and who reports an event ("officials said Russian forces shelled")."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.records import Actor
from dyads.stages.acting_participles import is_acting_participle
from dyads.stages.denials import charge_answerer
from dyads.stages.doc_utils import sentence_bounds, token_lowers
from dyads.stages.role_index import ActorIndex
from dyads.stages.role_syntax import (
    INHERIT_DEPS,
    MAX_CLAUSE_CLIMB,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    children,
    letters_to,
    prep_objects,
    word_set,
)
from dyads.stages.trigger_lemmas import lemma_of

# Subjects that point back to the two parties of the previous event.
_PAIR_NOUNS = frozenset(
    {"leader", "side", "country", "nation", "party", "government", "minister", "president"}
)
_PAIR_WORDS = frozenset({"two", "both"})
# Verbs that only report (not "warn" or "accuse", which are events of their own).
_PURE_REPORTING_VERBS = word_set(
    "say tell report claim add state confirm announce allege write explain note insist "
    "acknowledge admit"
)
# Offices a speaker's statement may name without saying whose ("the president will travel"),
# and the speaker's state named by a common noun ("his country was ready to talk").
_OFFICE_NOUNS = word_set(
    "president government army military police ministry minister chancellor king premier cabinet "
    "country nation"
)
# Verbs of putting someone out of a country or a body.
_EXPULSION_VERBS = word_set("expel deport suspend eject oust banish exclude")
# Verbs of telling a party what one will do, and the auxiliaries of what will be done.
_TELLING_VERBS = word_set("tell inform notify assure warn")
_INTENT_AUX = frozenset({"will", "would", "'ll"})
# Nouns of an attack in which people are killed, wounded or captured.
_ATTACK_NOUNS = word_set(
    "attack raid strike airstrike air-strike ambush shelling bombing bombardment barrage assault "
    "offensive fire gunfire crossfire operation incursion drone rocket missile"
    # "jailed in a government crackdown": the sweeps in which people are seized.
    " crackdown clampdown sweep roundup"
)
# Nouns of a fight between two sides, whose "with" phrase names the other side.
_FIGHT_NOUNS = word_set(
    "clash fighting fight battle skirmish gunbattle gunfight firefight shootout exchange"
    " encounter confrontation"
)
# Tags of a finite verb, which a participle cannot govern as its own clause.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Participles naming who leads a group ("led by", "headed by", "commanded by").
_LEADING_VERBS = word_set("lead head command spearhead")
# Auxiliaries of an obligation ("it must leave").
_OBLIGATION_AUX = frozenset({"must", "should"})
# How the parser hangs the first of the parties a headline lists with a comma on their verb.
_LISTED_DEPS = frozenset({"npadvmod", "nsubj", "dep", "amod"})
# Pronouns that may stand for the party a speaker addresses ("told Sweden that it must"): not
# "we" or "I", the speaker's own.
_THIRD_PERSON_PRONOUNS = frozenset({"it", "they", "he", "she"})
# Verbs of saying whose "to" phrase names whom they address ("said to Syria that it must").
_SAYING_TO_VERBS = word_set("say write declare state explain stress insist")
# Words opening a clause that says how a passive's harm came about ("were killed when ...").
_HOW_IT_HAPPENED = frozenset({"when", "as"})
# How many verbs up a clause without a subject looks for one.
_MAX_SUBJECT_CLIMB = 4
# Passives of telling and summoning, and the prepositions naming the body that tells or summons.
_BRIEFING_VERBS = {
    "inform": ("at",),
    "tell": ("at",),
    "brief": ("at",),
    "notify": ("at",),
    "summon": ("to", "at"),
    "call": ("to",),
}
# Verbs by which a party makes, states or stands by a decision of its own ("announced its
# decision to expel the ambassador", "made the decision to suspend Guinea"): their subject
# decided, and so does the act decided on; reactions to another's ("welcomed the decision to")
# do not.
_DECIDING_VERBS = word_set(
    "announce make take reach confirm defend explain justify reaffirm reiterate implement"
    " declare unveil communicate publicise publicize finalise finalize formalise formalize"
)
_DECISION_NOUNS = word_set("decision")
# Verbs that make their attribute a description of their subject.
_COPULAS = word_set("be become remain")
# Orders a party gives decide the act they order as a decision does ("gave the order to withdraw
# troops", "issued orders to expel two diplomats", "signed an order to deploy"); one received is
# another's.
_ORDER_NOUNS = word_set("order command directive instruction")
_ORDERING_VERBS = _DECIDING_VERBS | word_set("give issue sign send")
# Verbs whose object does what their infinitive says ("prompted Kenya to recall its envoy");
# not "promised Japan to" (the subject's own act), nor a purpose clause the parser hangs on a verb
# like one ("seized aid workers to use them as hostages", "summoned the envoy to protest").
_OBJECT_CONTROL_VERBS = word_set(
    "prompt lead force compel oblige urge ask persuade convince induce encourage cause push press"
    " pressure drive invite order tell instruct allow permit enable get want expect require"
    " advise authorise authorize beg inspire spur motivate trigger"
)


def _is_pair_reference(subject: Token) -> bool:
    """ "the two leaders", "both sides", "the two countries" """
    if subject.lemma_.lower() not in _PAIR_NOUNS:
        return False
    return any(c.lower_ in _PAIR_WORDS for c in subject.children)


def _misparsed_subjects(verb: Token, index: ActorIndex) -> list[Token]:
    """ "Sweden suspended aid": a clause-initial actor the parser took for an adverbial noun;
    "With the signing of the accord, the government and the rebels have agreed": the actors
    just before the verb, taken into the opening phrase."""
    found = [
        c
        for c in verb.children
        if c.dep_ == "npadvmod"
        and c.i < verb.i
        and c.left_edge.i == verb.sent.start
        and index.actors_in(c)
    ]
    if found:
        return found
    if verb.dep_ == "ccomp":
        return _subject_taken_by_aside(verb, index)
    if verb.dep_ != "ROOT":
        return found
    before = _word_before_verb_group(verb)
    if before is None or before.pos_ not in ("NOUN", "PROPN") or before.head.i > verb.i:
        return []
    while before.dep_ == "conj" and before.head.i < before.i and index.at(before.head):
        before = before.head  # the first of conjoined parties names them all
    return [before] if index.actors_in(before) else []


def _subject_taken_by_aside(verb: Token, index: ActorIndex) -> list[Token]:
    """ "said without details - the number of troops, the cost - the governor was unwilling":
    a reported clause with no subject, whose subject right before it the parser hung on the aside
    as an apposition or conjunct."""
    if verb.tag_ not in _FINITE_TAGS or children(verb, ("nsubjpass", "expl")):
        return []
    before = _word_before_verb_group(verb)
    if before is None or before.pos_ not in ("NOUN", "PROPN") or before.head.i > verb.i:
        return []
    return [before] if before.dep_ in ("appos", "conj") and index.actors_in(before) else []


def _word_before_verb_group(verb: Token) -> Token | None:
    """The word before a verb and its auxiliaries ("the rebels [have agreed]"), if any."""
    helpers = [c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i]
    start = min([verb.i, *helpers])
    return verb.doc[start - 1] if start > sentence_bounds(verb.doc, verb.i)[0] else None


def subject_of(verb: Token, index: ActorIndex) -> tuple[list[Actor], bool]:
    """Actors of a verb's subject, climbing to the verb it depends on when it has none, and
    whether the subject points back to the previous pair instead ("the two leaders")."""
    current = verb
    for _ in range(_MAX_SUBJECT_CLIMB):
        subjects = children(current, SUBJECT_DEPS) or _misparsed_subjects(current, index)
        if not subjects and current != verb and _is_complement_head(current, verb):
            # "Israel was prepared to withdraw", "Iraq was forced to pull out": the subject of
            # a passive head is the one who acts in its complement.
            subjects = children(current, ("nsubjpass",))
        if subjects:
            subject = _nearest_subject(current, subjects, index)
            if listed := _headline_listed(current, subject, index) or _split_pair(
                subjects, subject, index
            ):
                return listed, False
            if subject.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                return index.actors_in(current.head), False
            actors = index.actors_in(subject) or _leaders(subject, index)
            addressees = _addressees(current) if subject.pos_ == "PRON" else []
            told = [a for t in addressees for a in index.actors_in(t)]
            told_own_duty = not actors or subject.lower_ in _THIRD_PERSON_PRONOUNS
            if told_own_duty and current.dep_ == "ccomp" and _is_obliged(current) and told:
                # "Turkey told Sweden that it must expel the militants", "said in a message to
                # Israel that it should reopen the crossings": who is told what they must do is
                # the one who must do it, whoever the pronoun was first read as.
                return told, False
            if not actors and _is_content_clause(current) and _is_speakers_own(subject):
                # "Japan said it had halted aid", "the White House said the president would
                # meet": an unresolved pronoun or bare office in reported speech is most often
                # the speaker's own.
                return subject_of(current.head, index)[0], False
            answerer = charge_answerer(current) if not actors else None
            if answerer is not None and _is_speakers_own(subject):
                # "Rwanda rejected accusations that it had sent troops": the charge is about
                # the party that answers it.
                return subject_of(answerer, index)[0], False
            return actors, not actors and _is_pair_reference(subject)
        if current.dep_ in ("relcl", "acl"):  # "personnel assisting Russian forces"
            owners = index.actors_in(current.head)
            decider = _decider(current.head) if not owners else None
            if not owners and decider is None and (copula := _described_by(current)) is not None:
                return subject_of(copula, index)[0], False
            return (subject_of(decider, index)[0] if decider else owners), False
        if current.dep_ == "xcomp" and (controllers := _object_controllers(current, index)):
            return controllers, False
        inherits = (
            current.dep_ in INHERIT_DEPS
            or _after_reduced_relative(current)
            or _after_relative_aside(current)
        )
        if not inherits and not _adjunct_preposition(current):
            break
        if current.head == current:
            break
        current = current.head
    return [], False


def _after_relative_aside(verb: Token) -> bool:
    """ "Olaf Scholz, whose country's carmakers depend on the Chinese market, welcomed the
    talks": a verb after a relative aside set off by commas that the parser left hanging on the
    aside's verb ("dep") shares that verb's subject, the person the aside describes."""
    if verb.dep_ != "dep" or verb.pos_ != "VERB" or verb.head.i > verb.i:
        return False
    return (
        verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and any(
            t.lower_ in ("whose", "who", "which") for t in verb.doc[verb.head.left_edge.i : verb.i]
        )
    )


def _described_by(clause: Token) -> Token | None:
    """ "Turkey became the first country to recognise Azerbaijan", "Oslo was the last capital to
    cut ties": an infinitive on a noun that describes a subject through a copula is done by that
    subject; the copula, or None."""
    noun = clause.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    if noun.dep_ != "attr" or lemma_of(noun.head) not in _COPULAS:
        return None
    return noun.head


def _decider(noun: Token) -> Token | None:
    """The verb whose subject made the decision or gave the order a noun names, when the noun
    names no party of its own ("Lithuania announced its decision to expel the ambassador":
    "announced"; "Madrid gave the order to withdraw": "gave"), or None."""
    if noun.dep_ != "dobj":
        return None
    lemma = noun.lemma_.lower()
    verbs = _DECIDING_VERBS if lemma in _DECISION_NOUNS else None
    verbs = _ORDERING_VERBS if lemma in _ORDER_NOUNS else verbs
    if verbs is None:
        return None
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
        return None  # "the firm's decision": someone else's, named but not coded
    return noun.head if lemma_of(noun.head) in verbs else None


def _is_content_clause(verb: Token) -> bool:
    """Whether a verb heads what another verb states: a complement clause, also one opened by
    "that" that the parser hung as an adverbial clause ("made it clear that they would")."""
    if verb.dep_ == "ccomp":
        return True
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children
    )


def _nearest_subject(verb: Token, subjects: list[Token], index: ActorIndex) -> Token:
    """ "said despite the warm words - and the new pact signed in May - the Argentine
    government had broken": a verb has one subject; where the parser gives it several, an aside
    took one, and the subject next to the verb is the verb's (the nearest that names a party)."""
    if len(subjects) < 2:
        return subjects[0]
    before = sorted((s for s in subjects if s.i < verb.i), key=lambda s: -s.i)
    return next((s for s in before if index.actors_in(s)), before[0] if before else subjects[0])


def _after_reduced_relative(verb: Token) -> bool:
    """ "Police officers responding to a call on Sunday shot a man": the parser may take the
    participle that describes the subject for the main verb and hang the finite verb on it;
    the participle's subject is then the finite verb's."""
    head = verb.head
    return (
        verb.dep_ == "dep"
        and verb.tag_ in _FINITE_TAGS
        and head.tag_ == "VBG"
        and head.i < verb.i
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
        and any(c.dep_ == "nsubj" and c.i < head.i for c in head.children)
    )


def _adjunct_preposition(token: Token) -> bool:
    """ "responded by bombing", "entered the town after shelling": the preposition of a gerund
    clause that modifies a verb; the gerund's understood subject is that verb's subject."""
    return (
        token.pos_ == "ADP"
        and token.dep_ == "prep"
        and token.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in token.children)
    )


def _leaders(subject: Token, index: ActorIndex) -> list[Actor]:
    """ "A coalition led by Saudi Arabia bombed", "the parties led by Senator X voted": a group
    the tables do not code acts as the party that leads it."""
    return [
        actor
        for clause in children(subject, ("acl",))
        if lemma_of(clause) in _LEADING_VERBS and clause.tag_ == "VBN"
        for agent in children(clause, ("agent",))
        for obj in children(agent, ("pobj",))
        for actor in index.actors_in(obj)
    ]


def _object_controllers(clause: Token, index: ActorIndex) -> list[Actor]:
    """ "The scandal prompted Ukrainian channels to withdraw", "forced Hungary to recall its
    envoy": the party a verb takes as its object before an infinitive does what the infinitive
    says (object control), not the verb's subject."""
    head = clause.head
    if head.pos_ != "VERB" or lemma_of(head) not in _OBJECT_CONTROL_VERBS:
        return []
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < clause.i]
    return index.actors_in(objects[0]) if objects else []


def _headline_listed(verb: Token, subject: Token, index: ActorIndex) -> list[Actor]:
    """ "Pakistan, Afghanistan agree ceasefire": a headline lists parties with a comma for "and";
    the parser takes the first for an adverbial noun, a second subject ("Kenya, Somalia restore
    ties"), a dependent it leaves unlabelled ("Egypt, Ethiopia resume talks"), an adjective of
    the verb ("Chinese, Indian ministers meet"), or the root the verb is an apposition of ("Peru,
    Bolivia sign pact")."""
    start = subject.left_edge.i
    # The common case: no word and comma before the subject (the comma is read first, as
    # finding the sentence is slower).
    if start < 2 or token_lowers(verb.doc)[start - 1] != "," or start - 2 < verb.sent.start:
        return []
    candidates = [c for c in verb.children if c.dep_ in _LISTED_DEPS and c.i < subject.i]
    if verb.dep_ == "appos" and verb.head.dep_ == "ROOT":
        candidates.append(verb.head)
    listed = [
        c
        for c in candidates
        if c.i + 2 == subject.left_edge.i
        and c.left_edge.i == verb.sent.start
        and c.doc[c.i + 1].lower_ == ","
    ]
    first = index.actors_in(listed[0]) if listed else []
    rest = index.actors_in(subject)
    return [*first, *rest] if first and rest else []


def _split_pair(subjects: list[Token], subject: Token, index: ActorIndex) -> list[Actor]:
    """ "Irish Prime Minister X and British Prime Minister Y agreed": with two long titled names
    the parser may make each a subject of the verb, the "and" left on the first; both act."""
    if len(subjects) < 2:
        return []
    joined = subject.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    if joined is None or joined.dep_ != "cc" or joined.head not in subjects:
        return []
    first = index.actors_in(joined.head)
    rest = index.actors_in(subject)
    return [*first, *rest] if first and rest else []


def _is_obliged(verb: Token) -> bool:
    """ "it must leave", "it should stop": a clause that states an obligation."""
    return any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_AUX for c in verb.children)


def _addressees(clause: Token) -> list[Token]:
    """Whom the verb a reported clause hangs on addresses: "told Sweden that ...", "said in a
    message to Israel that ...", "said to Ivory Coast that ..."."""
    saying = clause.head
    written = letters_to(saying)
    spoken_to = prep_objects(saying, ("to",)) if lemma_of(saying) in _SAYING_TO_VERBS else []
    return children(saying, ("dobj", "dative")) + written + spoken_to


def _is_complement_head(head: Token, verb: Token) -> bool:
    """Whether `verb` hangs below `head` through complements only ("prepared to withdraw")."""
    current = verb
    while current != head and current.dep_ in ("xcomp", "acomp") and current.head != current:
        current = current.head
    return current == head


def _is_speakers_own(subject: Token) -> bool:
    """A pronoun, or an office named without a country ("the president", "the army", "his
    government")."""
    if subject.pos_ == "PRON":
        return True
    if subject.lemma_.lower() not in _OFFICE_NOUNS:
        return False
    if any(c.dep_ in ("amod", "compound", "nmod", "prep") for c in subject.children):
        return False
    owners = [c for c in subject.children if c.dep_ == "poss"]
    if owners:
        return all(c.pos_ == "PRON" for c in owners)
    return any(c.lower_ == "the" for c in subject.children)


def subject_actors(verb: Token, index: ActorIndex) -> list[Actor]:
    """The actors of a verb's subject (inherited through complements and conjuncts)."""
    return subject_of(verb, index)[0]


def reporting_speakers(verb: Token, index: ActorIndex) -> list[Actor]:
    """Who reports an event: "Ukrainian officials said Russian forces shelled the city",
    "Russian forces shelled the city, officials said", "according to Ukrainian officials"."""
    current = verb
    for _ in range(MAX_CLAUSE_CLIMB):
        frames = [
            c
            for c in current.children
            if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in _PURE_REPORTING_VERBS
        ]
        if frames:
            return subject_actors(frames[0], index)
        according = [
            obj
            for prep in children(current, ("prep",))
            if prep.lower_ == "according"
            for obj in prep_objects(prep, ("to",))
        ]
        if according:
            return index.actors_in(according[0])
        if current.dep_ in ("ccomp", "parataxis"):
            head = current.head
            return (
                subject_actors(head, index) if head.lemma_.lower() in _PURE_REPORTING_VERBS else []
            )
        if current.dep_ not in INHERIT_DEPS or current.head == current:
            return []
        current = current.head
    return []


def is_verbless_subject_participle(verb: Token) -> bool:
    """ "Javier Solana, the EU's foreign policy chief, called on Macedonia to": a participle the
    parser hung on a noun that it left as the root of a sentence with no verb of its own is that
    sentence's verb, and the noun its subject, when a comma closes the noun's phrase before it
    (a headline's "Officers accused of genocide" is a passive)."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and verb.tag_ in ("VBN", "VBD")
        and head.dep_ == "ROOT"
        and head.pos_ in ("PROPN", "NOUN")
        and not children(verb, SUBJECT_DEPS)
        and not any(t.pos_ in ("VERB", "AUX") for t in head.children if t.i < verb.i)
    )


def stray_verb_subject(verb: Token) -> Token | None:
    """ "Turkish troops backed by tanks moved into Iraq": a finite past verb the parser hung on
    the agent of a participle describing a noun continues that noun's phrase, whose noun is its
    subject (the agent, "tanks", only supports the noun)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or children(verb, SUBJECT_DEPS):
        return None
    agent = verb.head.head
    participle = agent.head
    if verb.head.dep_ != "pobj" or agent.dep_ != "agent" or participle.dep_ != "acl":
        return None
    return participle.head if participle.tag_ == "VBN" else None


def is_passive_participle(verb: Token) -> bool:
    """ "the officers accused of genocide": a past participle describing a noun, no subject."""
    # "the Saudi-led coalition bombed Sanaa", misread as a participle: a passive has no object.
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and not children(verb, SUBJECT_DEPS)
        and not children(verb, ("dobj",))
        and not is_verbless_subject_participle(verb)
        and not is_acting_participle(verb)
    )


def expelling_parties(verb: Token, index: ActorIndex) -> list[Actor]:
    """ "two Russian diplomats were expelled from Estonia", "Zimbabwe was suspended from the
    Commonwealth": the party or place a passive of expulsion names with "from" expels."""
    if lemma_of(verb) not in _EXPULSION_VERBS:
        return []
    found: list[Actor] = []
    for source in prep_objects(verb, ("from",)):
        place = index.object_place(source)
        found += index.actors_in(source) or ([place] if place is not None else [])
    return found


def briefing_hosts(verb: Token, index: ActorIndex) -> list[Actor]:
    """ "The Danish ambassador was informed of the decision at the Iranian Foreign Ministry",
    "the Swiss envoy was summoned to the Chinese foreign ministry": whoever a passive of telling
    or summoning names as the body one is told "at" or summoned "to" does the telling."""
    preps = _BRIEFING_VERBS.get(lemma_of(verb))
    if preps is None:
        return []
    # "informed of the decision at the ministry": the parser may hang it on the topic's noun.
    topics = prep_objects(verb, ("of", "about", "on"))
    places = prep_objects(verb, preps) + [o for t in topics for o in prep_objects(t, preps)]
    return [a for obj in places for a in index.actors_in(obj)]


def nested_agents(verb: Token, index: ActorIndex) -> list[Token]:
    """ "Chad was hit with sanctions by the European Union", "soldiers were killed in
    an ambush by rebels": a passive's "by" phrase that the parser hung on the noun of one of its
    prepositional phrases."""
    # "Ukraine was promised new air defences by Germany": hung on the object of a passive that
    # keeps one.
    nouns = children(verb, ("dobj",)) + [
        noun
        for prep in children(verb, ("prep",))
        if prep.lower_ != "by"
        for noun in children(prep, ("pobj",))
    ]
    agents = [obj for noun in nouns for obj in prep_objects(noun, ("by",)) if index.actors_in(obj)]
    return (
        agents
        or _attack_doers(verb, index)
        or _clash_opponents(verb, index)
        or _when_clause_doers(verb, index)
    )


def _attack_doers(verb: Token, index: ActorIndex) -> list[Token]:
    """ "Two Palestinians were killed in an Israeli raid", "wounded in Russian shelling": the
    party an attack noun's own modifiers name is the passive's agent."""
    return [
        modifier
        for attack in prep_objects(verb, ("in",))
        if attack.lemma_.lower() in _ATTACK_NOUNS
        for modifier in children(attack, ("amod", "compound", "nmod", "poss"))
        if index.actors_in(modifier)
    ]


def _clash_opponents(verb: Token, index: ActorIndex) -> list[Token]:
    """ "Twenty soldiers were killed in a clash with Chinese troops", "wounded in clashes with
    police": the other side of the fight the passive's subject came to harm in; a fight's "with"
    phrase names the party the subject fought."""
    return [
        side
        for fight in prep_objects(verb, ("in",))
        if fight.lemma_.lower() in _FIGHT_NOUNS
        for opponent in prep_objects(fight, ("with",))
        for side in (opponent, *(c for c in opponent.children if c.dep_ == "conj"))
        if index.actors_in(side)
    ]


def _when_clause_doers(verb: Token, index: ActorIndex) -> list[Token]:
    """ "Two peacekeepers were killed when their vehicle was ambushed by gunmen", "were wounded
    when rebels attacked the convoy": the doer of the clause that says how it happened."""
    for clause in children(verb, ("advcl",)):
        if not any(c.lower_ in _HOW_IT_HAPPENED for c in children(clause, ("advmod", "mark"))):
            continue
        agents = [o for a in children(clause, ("agent",)) for o in children(a, ("pobj",))]
        doers = agents or children(clause, ("nsubj",))
        found = [d for d in doers if index.actors_in(d)]
        if found:
            return found
    return []


def detached_agents(verb: Token, index: ActorIndex) -> list[Token]:
    """ "X has been accused of misusing funds, much of it believed embezzled, by officials": a
    passive's "by" phrase that the parser hung on the clause the passive depends on."""
    if verb.dep_ not in ("ccomp", "conj") or verb.head.i < verb.i:
        return []
    return [
        obj
        for prep in children(verb.head, ("prep",))
        if prep.lower_ == "by" and prep.i > verb.i
        for obj in children(prep, ("pobj",))
        if index.actors_in(obj)
    ]


def announced_intent(verb: Token, index: ActorIndex) -> tuple[list[Actor], list[Actor]]:
    """ "The State Department informed Pakistan that military aid would be suspended": a passive
    without agent that states what will be done, told to a party, is the teller's own intent,
    aimed at the party told. The teller and the parties told, or two empty lists."""
    head = verb.head
    if verb.dep_ != "ccomp" or lemma_of(head) not in _TELLING_VERBS:
        return [], []
    if not any(c.dep_ == "aux" and c.lower_ in _INTENT_AUX for c in verb.children):
        return [], []
    told = [a for t in _addressees(verb) for a in index.actors_in(t)]
    return (subject_actors(head, index), told) if told else ([], [])


def told_parties(verb: Token, index: ActorIndex) -> list[Actor]:
    """ "told his Japanese counterpart that Beijing wanted closer ties": the parties a verb of
    telling addresses, for the clause it states; an audience that is no party names nobody."""
    if verb.dep_ != "ccomp" or lemma_of(verb.head) not in _TELLING_VERBS:
        return []
    return [a for t in _addressees(verb) for a in index.actors_in(t)]
