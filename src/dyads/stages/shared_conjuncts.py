"""Verbs joined by "and" or "or" share what stands before the first of them.

"Russia would expel the diplomats and close the consulate": "close" has no auxiliary or
subject of its own, so the "would" of "expel" puts it in the same mood; "demanded that Tehran
suspend enrichment and allow inspectors in" asks for both acts; "the rebels may attack the
town and kill its mayor" leaves both open. A conjunct with a subject or an auxiliary of its
own is a clause of its own ("Russia will expel them and the US has closed its consulate").
Only verbs of one form are one coordination: a past tense after an infinitive ("agreed to hold
talks and released two sailors") is a verb of the main clause however the parser joins it, and so
is a verb with an object after a passive ("warned of consequences if the tanker was not
released and summoned the envoy": the summons happened).
The first conjunct's own verb does not govern the second: in "refused to disarm and fled" the
flight is no refusal, so only what the first conjunct inherits, never its lemma, is shared.
"""

from __future__ import annotations

from spacy.tokens import Token

# Dependents that give a conjunct a clause of its own.
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass"})
_VERB_POS = frozenset({"VERB", "AUX"})
# The base form and the present tense other than the third person are spelled alike
# ("would expel and close", "they attack and kill").
_BASE_FORMS = frozenset({"VB", "VBP"})


def leading_conjunct(verb: Token) -> Token | None:
    """The first verb of the coordination a verb is a later conjunct of, when the verb has no
    subject or auxiliary of its own and so shares that verb's; else None."""
    if verb.dep_ != "conj" or verb.pos_ not in _VERB_POS:
        return None
    head = verb.head
    if head.i == verb.i or head.pos_ not in _VERB_POS:
        return None
    if any(c.dep_ in _OWN_CLAUSE_DEPS for c in verb.children):
        return None
    same_form = verb.tag_ == head.tag_ or {verb.tag_, head.tag_} <= _BASE_FORMS
    if not same_form:
        return None
    if _is_passive(head) and any(c.dep_ == "dobj" for c in verb.children):
        return None  # "if the tanker was not released and summoned the envoy": an active verb
    return head


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def is_shared_from(chain: list[Token], k: int) -> bool:
    """Whether the k-th verb of a chain of governors was reached as the leading conjunct of the
    verb before it: its auxiliaries and governors count, its own meaning does not."""
    if k == 0:
        return False
    below = chain[k - 1]
    return below.dep_ == "conj" and below.head.i == chain[k].i
