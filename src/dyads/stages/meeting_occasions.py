"""A meeting called after another act: the act is the news, the meeting its sequel.

"Gulf ministers met in Riyadh after Washington demanded that Iran halt enrichment": the
meeting answers the demand, which is what the sentence reports; elsewhere an "after" clause
only dates the main event by another and is background to it (see ``salience``).
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that only say that people came together.
GATHERING_VERBS = frozenset({"meet", "gather", "convene", "assemble", "huddle"})
_AFTER = frozenset({"after", "following"})


def occasion_clause(verb: Token) -> Token | None:
    """The "after" clause of a gathering verb, if it has one."""
    if verb.lemma_.lower() not in GATHERING_VERBS:
        return None
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(c.lower_ in _AFTER for c in clause.children):
            return clause
    return None


def is_meeting_occasion(trigger: Token) -> bool:
    """True for the verb of an "after" clause that a gathering follows; not for a noun in it
    ("met after the ceasefire took hold": the meeting is the news)."""
    return trigger.dep_ == "advcl" and occasion_clause(trigger.head) == trigger


def follows_occasion(trigger: Token) -> bool:
    """True for a gathering verb that an "after" clause dates by the act it answers."""
    return occasion_clause(trigger) is not None
