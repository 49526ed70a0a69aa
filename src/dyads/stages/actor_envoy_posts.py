"""Where an envoy is posted: "ambassador to Kenya" is no envoy of Kenya's.

An envoy's noun followed by "to" or "in" and a state or body names where the envoy serves, not
whose envoy it is: "Japan's ambassador to Kenya" is Japan's, and so is "NAME, ambassador to
Kenya, said Japan would ...". The host is therefore never the envoy's own state; the envoy's
state is another one its sentence names, else none.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.actor_patterns import Mention

# Nouns of diplomats, posted by a state to another state or body: "to" or "in" names the post
# ("envoy to", "ambassador in").
DIPLOMAT_WORDS = frozenset(
    {"ambassador", "ambassadors", "envoy", "envoys", "consul", "consuls"}
    | {"emissary", "emissaries", "ambassador-designate", "chargé", "charge", "attache", "attaché"}
)
# Nouns of people who also serve at home: only "to" names a post abroad ("commissioner to the
# EU"); "the police commissioner in Lagos" and "representatives in Congress" serve where they are.
DELEGATE_WORDS = frozenset({"commissioner", "commissioners", "representative", "representatives"})
ENVOY_WORDS = DIPLOMAT_WORDS | DELEGATE_WORDS


def post_of(envoy: Token) -> range | None:
    """The tokens naming where an envoy noun is posted ("to Kenya", "to the United Nations"),
    if the noun is an envoy's and the words right after it name a post."""
    doc = envoy.doc
    after = envoy.i + 1
    if envoy.lower_ not in ENVOY_WORDS or after >= len(doc):
        return None
    word = doc[after].lower_
    if not (word == "to" or (word == "in" and envoy.lower_ in DIPLOMAT_WORDS)):
        return None
    preposition = doc[after]
    if preposition.head.i != envoy.i:
        return range(after + 1, min(len(doc), after + 2))  # a misparse: the word after it
    return range(after + 1, preposition.right_edge.i + 1)


def host_of(envoy: Token, mentions: list[Mention]) -> Mention | None:
    """The coded mention an envoy is posted to, if any."""
    post = post_of(envoy)
    if post is None:
        return None
    return next((m for m in mentions if m.start in post and m.code), None)


def envoy_state(envoy: Token, host: Mention, mentions: list[Mention]) -> str | None:
    """The state of an envoy posted to `host`: the one other state its sentence names, else
    none ("NAME, ambassador to Kenya, said Japan would ..." is Japan's)."""
    sentence = envoy.sent
    others = {
        m.code
        for m in mentions
        if sentence.start <= m.start < sentence.end
        and m.code is not None
        and len(m.code) == 3
        and m.code != host.code
        and m.kind in ("country", "capital")
    }
    return next(iter(others)) if len(others) == 1 else None
