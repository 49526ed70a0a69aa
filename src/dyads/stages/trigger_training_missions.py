"""Forces sent to train another state's forces: "sent 100 military instructors to Burkina Faso",
"deployed 200 troops to Niger to train local forces", "dispatched advisers to Kyiv". Training,
instructing or advising the forces of another state is military assistance (CAMEO 072, the
codebook's AID), not a show of force; troops sent to train alongside allies ("to train with NATO
allies") hold a joint exercise and stay a deployment."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.trigger_lemmas import lemma_of

MILITARY_AID_CAMEO = "072"
# Deployments of armed forces or police (CAMEO 153, 154).
_DEPLOYMENT_CAMEOS = frozenset({"153", "154"})
# People whose task is to train or advise forces.
_TRAINERS = frozenset({"instructor", "trainer", "adviser", "advisor", "mentor"})
# Verbs of a purpose clause that train forces ("to train its soldiers").
_TRAINING_VERBS = frozenset({"train", "instruct", "mentor", "retrain"})
_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "relcl", "acl"})


def training_mission_or(code: str, verb: Token) -> str:
    """The code of military aid for a deployment of trainers or of forces sent to train others
    (see the module), else the code itself."""
    if code not in _DEPLOYMENT_CAMEOS:
        return code
    objects = _objects(verb)
    if any(o.lemma_.lower() in _TRAINERS or o.lower_.rstrip("s") in _TRAINERS for o in objects):
        return MILITARY_AID_CAMEO
    clauses = [c for head in (verb, *objects) for c in head.children if c.dep_ in _PURPOSE_DEPS]
    trains = [c for c in clauses if lemma_of(c) in _TRAINING_VERBS]
    # Forces trained are the clause's object; "to train with allies" trains no one.
    if any(any(o.dep_ == "dobj" for o in c.children) for c in trains):
        return MILITARY_AID_CAMEO
    return code


def _objects(verb: Token) -> list[Token]:
    """The verb's objects and their conjuncts ("sent instructors and advisers")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects + [c for o in objects for c in o.conjuncts]
