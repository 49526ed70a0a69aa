"""Forces sent to keep peace: "sent 600 soldiers to join the U.N. peacekeeping force in
Lebanon", "deployed a battalion to serve with the UN mission in Mali", "sent police officers
for the AU force in Somalia", "sent 400 police officers to lead a U.N.-backed security
mission". The codebook's AID covers providing peacekeepers (CAMEO 074), so a deployment whose
purpose or destination is a peacekeeping force or a mission an international body runs or
backs is aid to the land it serves, not a show of force."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.trigger_lemmas import lemma_of

PEACEKEEPING_CAMEO = "074"
# Deployments of armed forces or police (CAMEO 153, 154).
_DEPLOYMENT_CAMEOS = frozenset({"153", "154"})
# Verbs of a purpose clause that put forces in a mission ("to join", "to serve with").
_JOINING_VERBS = frozenset(
    {"join", "serve", "reinforce", "bolster", "strengthen", "boost", "lead", "spearhead"}
)
# Prepositions of the verb or its purpose that name the mission ("for the AU force", "serve
# with the UN mission", "serve in").
_MISSION_PREPS = frozenset({"for", "with", "in", "to"})
# Nouns of a body of forces a state contributes to.
_MISSION_NOUNS = frozenset({"mission", "force", "operation", "contingent"})
# Nouns naming the forces as peacekeepers ("sent troops as peacekeepers").
_PEACEKEEPER_NOUNS = frozenset({"peacekeeper", "peacekeepers"})
# Words that make a force or mission one that keeps peace: its kind, or the international
# body that runs it ("the U.N. force", "the African Union mission"); a multinational or
# alliance force may fight a war, and stays a deployment.
_PEACE_WORDS = frozenset(
    {
        "peacekeeping",
        "peace-keeping",
        "peacekeepers",
        "peace",
        "stabilisation",
        "stabilization",
        "observer",
        "u.n.",
        "un",
        "nations",
        "au",
        "union",
        "ecowas",
        "ecomog",
        "osce",
        "sadc",
    }
)
# Participles after a hyphen that tie a mission to the body that authorised it ("U.N.-backed").
_BACKING_WORDS = frozenset({"backed", "mandated", "authorised", "authorized", "sanctioned", "led"})
_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "relcl", "acl"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})


def peacekeeping_or(code: str, verb: Token) -> str:
    """The code of providing peacekeepers for a deployment whose forces go to keep peace (see
    the module), else the code itself."""
    if code not in _DEPLOYMENT_CAMEOS:
        return code
    if peace_mission_of(verb) is not None or _sends_as_peacekeepers(verb):
        return PEACEKEEPING_CAMEO
    return code


def peace_mission_of(verb: Token) -> Token | None:
    """The peacekeeping force or mission a verb of sending puts forces in: the object of its
    purpose clause ("to join the U.N. force"), or of its or that clause's "for", "with", "in"
    or "to" phrase ("for the AU force", "to serve with the UN mission"); else None."""
    clauses = [c for c in verb.children if c.dep_ in _PURPOSE_DEPS]
    # "deployed a battalion to serve with": the parser may hang the purpose on the object.
    clauses += [
        c for o in verb.children if o.dep_ == "dobj" for c in o.children if c.dep_ in _PURPOSE_DEPS
    ]
    joined = [c for c in clauses if lemma_of(c) in _JOINING_VERBS]
    objects = [o for c in joined for o in c.children if o.dep_ == "dobj"]
    objects += [
        o
        for head in (verb, *joined)
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in _MISSION_PREPS
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return next((o for o in objects if _is_peace_mission(o)), None)


def _sends_as_peacekeepers(verb: Token) -> bool:
    """ "sent 400 troops to South Sudan as peacekeepers"."""
    return any(
        o.lower_ in _PEACEKEEPER_NOUNS
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "as"
        for o in p.children
    )


def _is_peace_mission(noun: Token) -> bool:
    """ "the U.N. peacekeeping force", "the AU force", "the African Union mission": a force or
    mission that keeps peace or that an international body runs."""
    if noun.lemma_.lower() not in _MISSION_NOUNS:
        return False
    modifiers = [c for c in noun.children if c.dep_ in _MODIFIER_DEPS]
    words = {t.lower_ for m in modifiers for t in m.subtree}
    # "a U.N.-backed multinational mission": one the body authorised or backs, a single word.
    words |= {w.rpartition("-")[0] for w in words if w.rpartition("-")[2] in _BACKING_WORDS}
    return not words.isdisjoint(_PEACE_WORDS)
