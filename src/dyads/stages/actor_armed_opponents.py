"""A state body with no state in view that fights an armed group is the group's own state's.

"Fighting between the army and the RSF has killed thousands", "The army clashed with the
Houthis", "Al-Shabaab fighters ambushed the police": an insurgent or militia fights the forces of
the state it is of, so where no state is named near the body, the armed group named with it
says whose it is. The group must be of one state (its code a country's) and be joined to the
body by "and", by the verb the body is the subject or object of, or by "between" or "with".
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dyads.stages.actor_patterns import Mention

# Sectors of armed groups that fight a state from within.
ARMED_GROUP_SECTORS = frozenset({"REB", "UAF", "INS"})
# How a group hangs on the verb or noun that joins it to the body.
_PARTNER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "prep", "conj", "agent"})
# How far a group may hang below the word that joins it to the body.
_MAX_DEPTH = 3


def opposing_group_state(doc: Doc, mentions: Sequence[Mention], start: int, end: int) -> str | None:
    """The one country of the armed groups joined to the body at `start:end`, if there is one."""
    groups = [
        m for m in mentions if m.sector in ARMED_GROUP_SECTORS and m.code and _is_country(m.code)
    ]
    if not groups:
        return None
    root = doc[start:end].root
    joints = _joints(root)
    codes = {
        m.code
        for m in groups
        if (m.end <= start or m.start >= end)
        and any(_hangs_on(doc[m.start : m.end].root, joint) for joint in joints)
    }
    return codes.pop() if len(codes) == 1 else None


def _joints(body: Token) -> list[Token]:
    """The words through which a body meets its opponent: the body itself (its conjuncts and
    phrases), the word it is joined to by "and", and the verb or noun it is an argument of."""
    joints = [body]
    head = body
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "the army and the RSF": the first of the pair
        joints.append(head)
    if head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        joints.append(head.head)  # "The army clashed with", "ambushed the police"
    elif head.dep_ == "pobj" and head.head.head.i != head.head.i:
        joints.append(head.head.head)  # "fighting between the army and", "clashed with"
    return joints


def _hangs_on(token: Token, joint: Token) -> bool:
    """Whether a token hangs on `joint` through arguments, phrases and conjuncts."""
    for _ in range(_MAX_DEPTH + 1):
        if token.i == joint.i:
            return True
        if token.dep_ not in _PARTNER_DEPS or token.head.i == token.i:
            return False
        token = token.head
    return token.i == joint.i


def _is_country(code: str) -> bool:
    return len(code) == 3 and code.isalpha() and code.isupper()
