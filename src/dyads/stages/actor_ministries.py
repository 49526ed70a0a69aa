"""Ministries and government departments named by their portfolio, whatever it is: "the Energy
Ministry", "the Ministry of Emergency Situations", "the Justice Department", "the Department of
Homeland Security". The agent tables list only some portfolios, and a ministry named with one
they lack was no actor. A ministry or ministries (any case), or a "Department" written with a
capital and named with its portfolio, is a government body (GOV) spanning its portfolio's
words: the words before it that modify it, and the capitalised words after "of" or "for" up to
a name already found ("the Ministry of Foreign Affairs of Vietnam" leaves "of Vietnam" to say
whose it is). Its state comes as any agent's does: an owner before it, "of" a state after it,
else the state in focus.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyads.stages.doc_utils import token_table

MINISTRY_NOUNS = frozenset({"ministry", "ministries"})
DEPARTMENT_NOUNS = frozenset({"department", "departments"})
GOVERNMENT_SECTOR = "GOV"
# Sectors of a force whose department is the force: "the New York Police Department" (COP).
FORCE_SECTORS = frozenset({"COP", "MIL"})
# Words that join a portfolio's parts: "Information and Broadcasting", "Home Affairs, Immigration".
JOINERS = frozenset({"and", "&", ","})
# Small words inside a portfolio after "of": "Ministry of the Interior", "Ministry for Women".
PORTFOLIO_PARTICLES = frozenset({"the", "and", "&", ",", "for", "of"})
MODIFIER_TAGS = frozenset({"NOUN", "PROPN", "ADJ"})
MAX_PORTFOLIO_WORDS = 6


def ministry_agents(
    doc: Doc, agents: dict[int, tuple[int, str]], taken: set[int]
) -> dict[int, tuple[int, str]]:
    """The agent spans with each ministry or department named by its portfolio added or
    widened over the portfolio's words (end -> (start, sector))."""
    # Read from the token table: most articles name no ministry, and need no Token built.
    table = token_table(doc)
    heads = [
        doc[i]
        for i, (lower, text) in enumerate(zip(table.lowers, table.texts, strict=True))
        if lower in MINISTRY_NOUNS or (lower in DEPARTMENT_NOUNS and text[:1].isupper())
    ]
    if not heads:
        return agents
    result = dict(agents)
    covering = {i: end for end, (start, _) in agents.items() for i in range(start, end)}
    for head in heads:
        if head.i in taken:
            continue
        end = covering.get(head.i, head.i + 1)
        start, sector = agents.get(end, (head.i, GOVERNMENT_SECTOR))
        if end != head.i + 1 and start != head.i:
            continue  # inside a longer agent phrase ("ministry spokesman")
        first = _portfolio_start(doc, head, start, taken)
        last = max(end, _portfolio_end(doc, head.i + 1, taken))
        if head.lower_ in DEPARTMENT_NOUNS and first == head.i and last == head.i + 1:
            continue  # "the Department" alone names no portfolio
        if (first, last) == (start, end):
            continue
        inside = [e for e, (s, _) in result.items() if s < last and first < e]
        for other in inside:
            if other <= head.i and result[other][1] in FORCE_SECTORS:
                sector = result[other][1]  # "the Police Department" is the police
            del result[other]  # agent words inside the name ("Foreign Affairs")
        result[last] = (first, sector)
    return result


def _portfolio_start(doc: Doc, head: Token, start: int, taken: set[int]) -> int:
    """The first word of the portfolio before a ministry's noun: words that modify a word of
    the span, and joiners between them ("Information and Broadcasting Ministry")."""
    first = start
    k = start - 1
    while k >= 0 and head.i - k <= MAX_PORTFOLIO_WORDS and k not in taken:
        token = doc[k]
        if token.lower_ in JOINERS and k > 0 and doc[k - 1].pos_ in MODIFIER_TAGS:
            k -= 1
            continue
        if token.pos_ not in MODIFIER_TAGS:
            break
        titled = token.text[:1].isupper() and head.text[:1].isupper()
        if not titled and not first <= token.head.i <= head.i:
            break  # a lower-case word that modifies no word of the name
        if token.text[:1].islower() and head.text[:1].isupper():
            break  # "a new Health Ministry": "new" is no part of the name
        first = k
        k -= 1
    return first


def _portfolio_end(doc: Doc, end: int, taken: set[int]) -> int:
    """The end of a portfolio named after "of"/"for": capitalised words and the small words
    between them, stopping before a name already found ("of Vietnam")."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("of", "for"):
        return end
    last = end
    k = end + 1
    while k < len(doc) and k - end <= MAX_PORTFOLIO_WORDS and k not in taken:
        token = doc[k]
        if token.lower_ in PORTFOLIO_PARTICLES and token.i != end:
            k += 1
            continue
        if not token.text[:1].isupper() or token.pos_ not in MODIFIER_TAGS:
            break
        last = k + 1
        k += 1
    return last
