"""People known only by the body they lead, and former holders of an office named by title.

News often names an official by a descriptive phrase and no name: "the head of the central
bank", "the chief of Syria's intelligence service", "a former defence minister of Ukraine". The
head of a body is coded with the body (its state and sector: the head of a spy agency is SPY,
as its spokesman would be; the head of the U.N. is the U.N.'s), the mention covering both, and
so is one who presides over it ("the chancellor of the Exchequer", "the speaker of the
Knesset"); and
a state office held formerly is an elite's standing (ELI), as "former President X" is.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from dyads.stages.actor_patterns import HEAD_NOUNS, STATE_SECTORS, Mention, says_former

# Mentions a head noun may lead: a state's bodies, organisations and media ("the head of the
# U.N.", "the director of the BBC"); a state itself is led by titled people (actor_titles.py).
HEADED_KINDS = frozenset({"agent", "org", "media"})
# Titles of those who preside over a body, which lead it as a head does: "the chancellor of the
# Exchequer", "the governor of the Bank of Ghana", "the speaker of the Knesset".
PRESIDING_NOUNS = frozenset(
    {"chancellor", "governor", "president", "speaker", "chair", "chairwoman", "chairperson"}
)


def headed_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each body led by a head noun before "of" extended over the head
    ("the head of the central bank" -> the bank's code and sector), and each state office
    after "former" made an elite's (ELI)."""
    result = []
    heads: list[tuple[int, int]] = []  # the words of each head taken into its body's mention
    for mention in mentions:
        if mention.kind in HEADED_KINDS:
            headed = _with_head(doc, mention)
            if headed.start < mention.start:
                heads.append((headed.start, mention.start))
            mention = headed
        state_office = mention.kind == "agent" and mention.sector in STATE_SECTORS
        if state_office and _formerly(doc, mention.start):
            mention = replace(mention, sector="ELI")
        result.append(mention)
    # "The commander of the FARC": the head is the body's, not an agent of its own coded with
    # the state in focus (a state's army commander beside the group's).
    return [m for m in result if not any(s <= m.start and m.end <= e for s, e in heads)]


def _with_head(doc: Doc, body: Mention) -> Mention:
    """The body mention extended back over "head of" ("the head of X's security service")."""
    k = body.start
    if k > 0 and doc[k - 1].lower_ == "the":
        k -= 1
    if k < 2 or doc[k - 1].lower_ != "of":
        return body
    if doc[k - 2].lower_ not in HEAD_NOUNS and doc[k - 2].lower_ not in PRESIDING_NOUNS:
        return body
    head = doc[k - 2]
    if head.i > 0 and doc[head.i - 1].pos_ in ("NOUN", "PROPN") and doc[head.i - 1].is_lower:
        return body  # "the army chief of X": a title of its own, found as an agent noun
    return body.with_span(head.i, body.end)


def _formerly(doc: Doc, start: int) -> bool:
    """Whether "former" (or "ex-", "ousted") stands right before a mention."""
    return start > 0 and says_former(doc[start - 1])
