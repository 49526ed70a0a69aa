"""Retaliation in kind: "would retaliate in kind against countries that expelled its diplomats",
"will respond in kind to Germany's expulsion of four diplomats".

A retaliation "in kind", "equally" or "reciprocally" answers an act with an act of the same
kind: against an expulsion it is an expulsion, against tariffs it is tariffs. Its type is the
answered act's (SANCTION for expelled diplomats), not the threat a bare "retaliate" is coded as
(CAMEO 130), and its parties stay its own (the retaliator against whom it answers). The answered
act is looked for first among the words the retaliation governs ("to Germany's expulsion",
"against countries that expelled", "if the United States went ahead with tariffs"), then in the
rest of the sentence ("a day after New Delhi expelled").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from dyads.stages.trigger_lemmas import lemma_of

# Verbs of answering another party's act.
RETALIATING_VERBS = frozenset({"retaliate", "respond", "reciprocate", "react", "answer", "hit"})
# Verbs of promising or threatening whose clause may be a retaliation in kind ("vowed to
# retaliate in kind"): the vow is coded by the clause it governs.
VOWING_VERBS = frozenset({"vow", "threaten", "promise", "pledge", "warn"})
# Adverbs that make a response an act of the same kind.
_IN_KIND_ADVERBS = frozenset(
    {"equally", "equivalently", "reciprocally", "symmetrically", "likewise", "similarly"}
    | {"proportionately", "correspondingly"}
)
# "in kind", "in the same way", "in a similar manner", "in equal measure".
_IN_KIND_NOUNS = frozenset({"kind", "way", "manner", "fashion", "measure", "coin"})
_SAME_WORDS = frozenset({"same", "similar", "equal", "like", "identical", "mirror"})
# Types that name an act one can answer with its like; words and threats are not answered in
# kind by this rule (a retaliation against a threat keeps its own reading).
ANSWERABLE_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST", "REJECT"})


def is_in_kind(verb: Token) -> bool:
    """Whether a verb of answering is done in kind ("retaliated in kind", "respond equally",
    "would answer in the same way"); "hit back in kind" is read on "hit" with its particle."""
    lemma = lemma_of(verb)
    if lemma not in RETALIATING_VERBS:
        return False
    children = list(verb.children)
    if lemma == "hit" and not any(c.dep_ == "prt" and c.lower_ == "back" for c in children):
        return False
    doc = verb.doc
    for child in children:
        if child.dep_ == "advmod" and child.lower_ in _IN_KIND_ADVERBS:
            return True
        if child.lower_ != "in":
            continue
        # Read on the words, as the parser may split "in kind" ("kind" an adverb elsewhere).
        after = [t.lower_ for t in doc[child.i + 1 : child.i + 4]]
        if after[:1] == ["kind"]:
            return True
        noun = next((n for n, w in enumerate(after) if w in _IN_KIND_NOUNS), None)
        if noun is not None and any(w in _SAME_WORDS for w in after[:noun]):
            return True
    return False


def retaliation_in_kind_of(vow: Token) -> Token | None:
    """The retaliation in kind a vow or threat governs ("vowed to retaliate in kind"), else
    None."""
    if lemma_of(vow) not in VOWING_VERBS:
        return None
    return next((c for c in vow.children if c.dep_ == "xcomp" and is_in_kind(c)), None)


def _candidates(verb: Token) -> Iterator[Token]:
    """Words that may name the answered act: those the retaliation governs, nearest first,
    then the rest of its sentence, nearest first."""
    own = sorted((t for t in verb.subtree if t.i != verb.i), key=lambda t: abs(t.i - verb.i))
    seen = {t.i for t in own} | {verb.i}
    yield from own
    rest = [t for t in verb.sent if t.i not in seen]
    yield from sorted(rest, key=lambda t: abs(t.i - verb.i))


def answered_act(verb: Token, code: Callable[[Token], str | None]) -> str | None:
    """The CAMEO code of the act a retaliation in kind answers, by `code` (a word's CAMEO code
    when it names an act of an answerable type, else None), or None when the sentence names
    none."""
    for token in _candidates(verb):
        if token.pos_ not in ("VERB", "NOUN"):
            continue
        if lemma_of(token) in RETALIATING_VERBS | VOWING_VERBS:
            continue  # the retaliation itself, or the vow that governs it
        found = code(token)
        if found is not None:
            return found
    return None
