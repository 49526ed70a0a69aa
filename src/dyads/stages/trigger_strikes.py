"""Strikes: a stoppage of work (PROTEST, the strike mode) or an armed attack.

The noun "strike" alone codes as an attack. A strike whose own words name labour ("a general
strike", "a two-day strike", "a commercial strike", "teachers on strike"), whose subject is a
body of workers ("miners began a strike"), or that a party calls, stages, holds, declares or
observes is a labour strike: armed forces carry out or launch their strikes, they do not call
them. A weapon named beside the noun ("called in air strikes", "staged a drone strike") keeps it
military, and "call in" (summon fire) and "call off" (end a strike, coded by the lexicon) are no
calling of one. A strike in a
sentence that names workers, a union or their pay, and no weapon or armed force, is a labour
strike too ("the strike would go on until the company raised wages, the union said"), as is the
verb without an object there ("unions warned they would strike"). Calling a labour strike off
eases dissent (CAMEO 082), not the de-escalation of a military one.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Token

from dyads.stages.trigger_lemmas import lemma_of, word_index

STRIKE_CAMEO = "143"
MILITARY_STRIKE_CAMEO = "190"
CALLED_OFF_STRIKE_CAMEO = "082"
# PLOVER types of ending a strike ("called off the strike").
_YIELD_TYPES = frozenset({"RETREAT", "CONCEDE"})

# Workers and their bodies: a subject that strikes, a word beside the noun, a word in the sentence.
_WORKERS = frozenset(
    {"worker", "dockworker", "docker", "employee", "staff", "miner", "teacher", "nurse", "doctor"}
    | {"driver", "union", "farmer", "trucker", "workforce", "pilot", "lawyer", "student"}
    # Shops shut in a strike of commerce ("shopkeepers shut their stores in a strike").
    | {"shopkeeper", "merchant", "trader", "shop", "store"}
)
# Their pay, and the words of a stoppage of work.
_PAY = frozenset({"pay", "wage", "salary"})
_STOPPAGE = frozenset({"walkout", "picket", "stoppage", "employer"})
# Words that make a strike's own phrase one of labour ("a general strike", "a two-day strike").
_LABOUR_KINDS = frozenset(
    {"general", "labor", "labour", "hunger", "wildcat", "nationwide", "national", "indefinite"}
    | {"commercial"}
    | {"day", "hour", "week", "token", "sympathy"}
)
_LABOUR_MODIFIERS = _WORKERS | _PAY | _LABOUR_KINDS
_LABOUR_NOUNS = _WORKERS | _PAY | _STOPPAGE
# Weapons and arms of service: a strike they name is an attack whatever else is said of it.
_WEAPONS = frozenset(
    {"air", "drone", "missile", "rocket", "military", "artillery", "naval", "navy", "jet"}
    | {"warplane", "aircraft", "bomb", "airstrike"}
)
# Words of the strike's own phrase that make it military ("a retaliatory strike").
_MILITARY_MODIFIERS = _WEAPONS | frozenset(
    {"nuclear", "retaliatory", "pre-emptive", "preemptive", "surgical", "precision"}
)
# Words of its sentence that name an armed side ("the strike hit the depot, the army said").
_ARMED_WORDS = _WEAPONS | frozenset(
    {"army", "troop", "soldier", "militant", "rebel", "insurgent", "target", "weapon", "force"}
)
# Words that make "union" a bloc of states ("the European Union").
_BLOC_WORDS = frozenset({"european", "african", "soviet", "customs", "monetary", "economic"})

# Verbs whose object strike is one of work stopped.
_CALLING_VERBS = frozenset({"call", "stage", "hold", "declare", "observe", "organise", "organize"})
# Particles that make "call" another verb ("called in air strikes", "called off the strike").
_OTHER_SENSE_PARTICLES = frozenset({"in", "off"})


def called_strike(verb: Token, lemma: str) -> Token | None:
    """The strike a verb of calling (of lemma `lemma`, as the lexicon repairs it: the tagger
    reads "staged" as "stag") takes as its object ("called a nationwide strike"), or None;
    whether it is military is the caller's to check."""
    if lemma not in _CALLING_VERBS:
        return None
    if any(c.dep_ == "prt" and c.lower_ in _OTHER_SENSE_PARTICLES for c in verb.children):
        return None
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "strike"), None
    )


def is_called_strike(noun: Token, head_lemma: str) -> bool:
    """Whether a noun "strike" is the object a verb of calling (its head, of lemma
    `head_lemma`) names."""
    return noun.dep_ == "dobj" and called_strike(noun.head, head_lemma) == noun


def strike_among_workers(strike: Token) -> bool:
    """Whether the sentence of a "strike", noun or verb without object, names workers, a union
    or pay ("the strike went on, union officials said"; "unions warned they would strike"), and
    no weapon or armed force."""
    named: set[str] = set()
    for token in strike.sent:
        if token.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        word = token.lemma_.lower()
        if word == "union" and token.i > 0 and token.nbor(-1).lower_ in _BLOC_WORDS:
            continue  # "the European Union" is no trade union
        named.add(word)
    return bool(named & _LABOUR_NOUNS) and not named & _ARMED_WORDS


def is_workers(subject: list[Token]) -> bool:
    """ "Bolivian tin miners called off their strike": the subject is a body of workers."""
    return any(t.lemma_.lower() in _WORKERS for t in subject if t.dep_ in ("nsubj", "conj"))


def strike_words(noun: Token) -> AbstractSet[str]:
    """The words (text and lemma, lower case) of a strike noun's phrase, the noun left out."""
    return word_index([t for t in noun.subtree if t.i != noun.i]).keys()


def is_military_strike(noun: Token) -> bool:
    """ "a drone strike", "an air strike on the port": a weapon named among the noun's words."""
    return bool(strike_words(noun) & _MILITARY_MODIFIERS)


def is_labour_strike_noun(noun: Token, modifiers: AbstractSet[str]) -> bool:
    """ "a two-day strike", "teachers on strike", "workers began a strike": a strike whose
    words (`modifiers`) or whose strikers name labour, and no weapon."""
    if modifiers & _MILITARY_MODIFIERS:
        return False
    if (
        modifiers & _LABOUR_MODIFIERS
        or noun.head.lower_ == "on"
        or is_called_strike(noun, lemma_of(noun.head))
    ):
        return True
    verb = noun.head
    subject = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
    return (noun.dep_ == "dobj" and is_workers(subject)) or strike_among_workers(noun)


def matched_strike_code(
    code: str, event: str | None, doc: Doc, matched: frozenset[int], subject: list[Token]
) -> str:
    """The code of a verb pattern (`code`, of PLOVER type `event`) whose matched words
    (`matched`) name a strike: staging a labour strike is a protest and calling one off eases
    dissent; staging a drone strike is no walkout. Else the code itself."""
    strikes = [doc[i] for i in matched if doc[i].lemma_.lower() == "strike"]
    if not strikes:
        return code
    if event == "PROTEST" and is_military_strike(strikes[0]):
        return MILITARY_STRIKE_CAMEO
    labour = is_labour_strike_noun(strikes[0], strike_words(strikes[0]))
    if not (labour or is_workers(subject)):
        return code
    return CALLED_OFF_STRIKE_CAMEO if event in _YIELD_TYPES else STRIKE_CAMEO
