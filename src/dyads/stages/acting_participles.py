"""Verbs of collective action the parser reads as participles describing their subject.

"Hundreds of Chinese students protested outside the Japanese embassy ..., witnesses said": the
parser may hang "protested" on "Hundreds" as a past participle (as in "the officers accused of
genocide") and make the crowd the subject of "said". People are not "protested", "rallied" or
"marched", so such a participle with no agent, subject or object of its own is the crowd's
active verb, and the noun it hangs on is its subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.trigger_lemmas import lemma_of

# Verbs of collective action that take no object describing people; not "strike" ("villages
# struck by shells") or "block" ("roads blocked by protesters"), whose passives are common.
ACTION_VERBS = frozenset({"protest", "demonstrate", "rally", "march", "riot", "picket"})
_OWN_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "dobj", "auxpass"})


def is_acting_participle(verb: Token) -> bool:
    """Whether a participle the parser hung on a noun is that noun's active verb of action."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and verb.head.i < verb.i
        and lemma_of(verb) in ACTION_VERBS
        and not any(c.dep_ in _OWN_ARGUMENT_DEPS for c in verb.children)
    )
