"""Forces sent to bring relief: "dispatched an aircraft carrier to the Philippines to help
typhoon survivors", "sent two navy ships to deliver aid to earthquake victims", "deployed troops
for disaster relief". The codebook's AID covers humanitarian aid (CAMEO 073) whoever carries
it, so a deployment whose purpose is to help people in distress or to bring them relief is aid
to the land it goes to, not a show of force; so is a journey of doctors, medics or rescuers with
that purpose ("A team of 100 doctors flew to Honduras to treat victims of Hurricane Mitch"), no
visit."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.trigger_lemmas import lemma_of

RELIEF_CAMEO = "073"
# Deployments of armed forces or police (CAMEO 153, 154).
_DEPLOYMENT_CAMEOS = frozenset({"153", "154"})
_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "relcl", "acl"})
# Journeys (CAMEO 042, 043): made by doctors or rescuers to bring relief, they are aid too.
_JOURNEY_CAMEOS = frozenset({"042", "043"})
# People whose work is care or rescue.
_CARERS = frozenset(
    {"doctor", "medic", "nurse", "surgeon", "paramedic", "rescuer", "physician", "doctors"}
    | {"medics", "nurses", "rescuers", "surgeons", "paramedics"}
)
# Verbs of a purpose clause that bring relief, to people in distress or as goods.
_HELPING_VERBS = frozenset(
    {"help", "assist", "aid", "rescue", "deliver", "distribute", "bring", "carry", "supply"}
    | {"treat", "care", "tend", "vaccinate", "evacuate"}
)
# People in distress a purpose clause helps ("typhoon survivors", "flood victims").
_SUFFERERS = frozenset(
    {"survivor", "victim", "refugee", "evacuee", "homeless", "displaced", "stranded", "injured"}
)
# Goods of relief a purpose clause delivers, and relief named by a "for" phrase.
_RELIEF_NOUNS = frozenset(
    {"aid", "relief", "supplies", "supply", "food", "water", "medicine", "medicines", "rescue"}
)


def relief_mission_or(code: str, verb: Token) -> str:
    """The code of humanitarian aid for a deployment whose purpose is relief, or a journey of
    doctors or rescuers whose purpose is relief (see the module), else the code itself."""
    if code in _JOURNEY_CAMEOS and _is_relief_team(verb):
        return RELIEF_CAMEO if _brings_relief(verb) else code
    if code not in _DEPLOYMENT_CAMEOS:
        return code
    return RELIEF_CAMEO if _brings_relief(verb) else code


def _is_relief_team(verb: Token) -> bool:
    """ "A team of 100 doctors flew to Honduras", "Cuban medics arrived": the travellers are
    people whose work is care or rescue, not envoys."""
    for subject in verb.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        heads = [subject, *(o for p in _preps(subject, "of") for o in p.children)]
        if any(h.lemma_.lower() in _CARERS or h.lower_ in _CARERS for h in heads):
            return True
    return False


def _brings_relief(verb: Token) -> bool:
    clauses = [c for c in verb.children if c.dep_ in _PURPOSE_DEPS]
    # "sent ships to Haiti to help": the parser may hang the purpose on the object.
    clauses += [
        c for o in verb.children if o.dep_ == "dobj" for c in o.children if c.dep_ in _PURPOSE_DEPS
    ]
    for clause in clauses:
        if lemma_of(clause) not in _HELPING_VERBS:
            continue
        if any(_names_relief(t) for t in _objects(clause)):
            return True
    # "deployed troops for disaster relief", "for rescue operations"
    return any(_names_relief(o) for p in _preps(verb, "for") for o in p.subtree)


def _objects(clause: Token) -> list[Token]:
    """What a purpose clause acts on: its object, and the objects of its "to" phrase."""
    objects = [c for c in clause.children if c.dep_ in ("dobj", "dative")]
    return objects + [o for p in _preps(clause, "to") for o in p.children if o.dep_ == "pobj"]


def _names_relief(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in _SUFFERERS or noun.lower_ in _SUFFERERS or lemma in _RELIEF_NOUNS


def _preps(token: Token, *words: str) -> list[Token]:
    return [c for c in token.children if c.dep_ == "prep" and c.lower_ in words]
