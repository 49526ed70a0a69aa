"""News outlets suspended, banned or shut: "suspended the BBC and Voice of America for two
weeks", "banned Al Jazeera", "shut down Radio France Internationale". An outlet named by its own
name (the media table) is censored (COERCE censor, CAMEO 1721), as "suspended a newspaper" is;
without this the verb's own reading stands (suspending ties or aid reduces relations)."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Token

from dyads.stages.trigger_lemmas import lemma_of

CENSOR_CAMEO = "1721"
# Verbs that stop an outlet from publishing or broadcasting.
_STOPPING_VERBS = frozenset({"suspend", "ban", "shut", "close", "block", "outlaw", "bar"})
# Words a name's span is made of before the head ("Voice of America", "France 24").
_NAME_DEPS = frozenset({"compound", "nummod", "prep", "pobj", "npadvmod", "appos", "flat"})


@cache
def _outlet_names() -> frozenset[str]:
    """The names and other names of the media table, lower-cased."""
    path = Path(str(resources.files("dyads") / "data" / "actors" / "media.tsv"))
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    names: set[str] = set()
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        names.add((row.get("name") or "").strip().lower())
        names.update(a.strip().lower() for a in (row.get("aliases") or "").split(";"))
    return frozenset(n for n in names if n)


def censored_outlet_or(code: str, verb: Token) -> str:
    """The code of censorship for a verb of stopping whose object is a named news outlet (see
    the module), else the code itself."""
    if lemma_of(verb) not in _STOPPING_VERBS:
        return code
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    return CENSOR_CAMEO if any(_is_outlet_name(o) for o in objects) else code


def _is_outlet_name(noun: Token) -> bool:
    """Whether a proper noun and the words of its name spell an outlet of the media table."""
    if noun.pos_ != "PROPN":
        return False
    words = [noun, *(t for t in noun.subtree if t.i != noun.i and _in_name(t, noun))]
    words.sort(key=lambda t: t.i)
    text = " ".join(t.text for t in words).lower()
    return text in _outlet_names() or noun.lower_ in _outlet_names()


def _in_name(token: Token, head: Token) -> bool:
    """Whether a token of the head's subtree is part of its name: capitalised or a number, and
    joined to it by words of the name alone (not a conjunct or a clause)."""
    node = token
    while node.i != head.i:
        if node.dep_ not in _NAME_DEPS or node.dep_ == "appos":
            return False
        node = node.head
    return token.text[:1].isupper() or token.like_num or token.lower_ == "of"
