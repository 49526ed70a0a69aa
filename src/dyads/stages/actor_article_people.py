"""People the article places though their own sentence does not: untitled names that act.

News introduces a person once, often with no title at all ("Okonkwo warned that ...", "Dizon
said ...") in a story about one state, or with a role in apposition ("NAME, a researcher for
Amnesty International,"), and then names them by surname. A person the tagger finds, whom no
title, table or earlier mention codes, and who acts (the subject of a verb, or the agent of a
passive), takes in order (the tagger's person names, and untagged proper nouns as the subject
of a verb of speech or stance: "Okonkwo warned"):

1. the coding of a fuller mention of the same person met earlier ("Wu Mei-ling ... Wu
   said"); an earlier coded person is already taken by ``actor_coreference.surnames``;
2. the code of the body or state inside the role set beside the name ("NAME, a spokeswoman for
   the Taiwanese coast guard," -> TWN MIL; "NAME, a researcher for Amnesty International," ->
   Amnesty's code), with the body's sector, else the role noun's; an organisation the tables
   lack named after "the charity", "the watchdog" or "the rights group" is CAMEO's NGO, and a
   state inside its name ("Chinese" of a charity's name) is no owner;
3. the article's own state (``ArticleStates``: the dateline's, else the one state the article
   names most), with the role noun's sector if a role is given.

An article about several states with none dominant gives an untitled person no state: the
name alone does not say whose the person is, and a guess would mislead more than a gap. The
sector stays empty without a role noun: PLOVER's CVL is for private people, and a bare name in
news is as often an official whose office the article named elsewhere. A person who is only
acted upon ("Police questioned NAME") is no actor of anything and is left out, unless the
article has already coded them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from dyads.stages.actor_agent_nouns import AgentSpans
from dyads.stages.actor_article_states import ArticleStates
from dyads.stages.actor_coreference import surname_keys
from dyads.stages.actor_envoy_posts import envoy_state, host_of
from dyads.stages.actor_lone_names import SPEECH_LEMMAS
from dyads.stages.actor_patterns import Mention
from dyads.stages.doc_utils import token_table
from dyads.stages.reporting_verbs import PERSON_NOUNS, REPORTING_VERBS

# Dependencies of a name that acts: the subject of an active verb.
SUBJECT_DEPS = frozenset({"nsubj"})
# Mentions of places inside a role ("a Hanoi baker", "a nurse in Lyon"): they say where a
# person is from, not whose body they serve, though a capital alone may stand for a government.
HOME_KINDS = frozenset({"capital", "place", "country"})
# CAMEO's code for a non-governmental organisation it has no code of its own for.
NGO = "NGO"
VERB_POS = frozenset({"VERB", "AUX"})
# Verbs whose subject is a party that speaks or takes a stand: an untagged name before one is
# a person's or a body's, not a thing's ("Okonkwo warned", "Hogg responded").
SPEAKING_LEMMAS = (
    SPEECH_LEMMAS
    | REPORTING_VERBS
    | {"respond", "disclose", "blame", "condemn", "criticise", "criticize", "welcome"}
)
# Nouns that say the organisation named after them is a private, non-governmental one ("the
# charity NAME", "the rights group NAME"): CAMEO's NGO, whatever state its name holds.
NGO_NOUNS = frozenset({"charity", "foundation", "ngo", "nonprofit", "non-profit", "watchdog"})
# "Group" or "organisation" names a private body only after one of these ("the rights group
# NAME"); alone it may be armed ("the militant group NAME").
GROUP_NOUNS = frozenset({"group", "organisation", "organization"})
PRIVATE_AIMS = frozenset(
    {"rights", "advocacy", "aid", "relief", "humanitarian", "environmental", "campaign"}
    | {"lobby", "civic", "charitable", "non-governmental", "nongovernmental", "monitoring"}
)
# Nouns of people's roles beside a name, beyond the reporting nouns of people.
ROLE_NOUNS = PERSON_NOUNS | frozenset(
    {"researcher", "campaigner", "lawyer", "aide", "official", "professor", "student"}
    | {"resident", "farmer", "trader", "teacher", "worker", "member", "founder", "volunteer"}
    | {"organiser", "organizer", "spokesman", "spokeswoman", "spokesperson", "scholar"}
)
# Social-media handles and tags the tagger may take for names: "@handle", "#tag".
HANDLE_MARKS = frozenset({"@", "#"})


def article_people(
    doc: Doc,
    mentions: list[Mention],
    untitled: list[Mention],
    context: list[Mention],
    agents: AgentSpans,
    filed_at: frozenset[int],
    is_title: Callable[[str], bool],
) -> list[Mention]:
    """Codings for the `untitled` people (uncoded person mentions found before the stage drops
    them) that act or that the article has coded before (see the module). `mentions` are the
    actors found so far, `context` every mention (places included) for the article's state."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    role_sector = {i: sector for end, (start, sector) in agents.items() for i in range(start, end)}
    known: dict[str, Mention] = {}  # surname keys of the people coded here, first one wins
    article: ArticleStates | None = None  # built only where a person needs it
    named_in_full: dict[str, int] | None = None  # built only where a person needs it
    found: list[Mention] = []
    for person in sorted(untitled + speaking_names(doc, context), key=lambda m: m.start):
        if any(i in taken for i in range(person.start, person.end)) or not _is_name(doc, person):
            continue
        earlier = known.get(_key(doc, person))
        if earlier is not None:
            coded = replace(person, name=earlier.name, code=earlier.code, sector=earlier.sector)
        elif not acts(doc, person):
            continue
        else:
            if named_in_full is None:
                named_in_full = _full_name_ends(doc)
            if not _introduced(doc, person, named_in_full):
                continue
            code, sector = _role(doc, person, mentions + context, role_sector)
            if code is None:
                if article is None:
                    article = ArticleStates(doc, context, filed_at)
                code = article.article_state(person.start)
            if code is None or code == _post_state(doc, person, context):
                continue  # several states and none the article's own, or the envoy's post
            coded = replace(person, code=code, sector=sector)
            if len(person.name.split()) > 1:
                for key in surname_keys(person.name, is_title):
                    known.setdefault(key, coded)
        taken.update(range(person.start, person.end))
        found.append(coded)
    return found


def speaking_names(doc: Doc, context: list[Mention]) -> list[Mention]:
    """Names the tagger left untagged that speak as people do in news ("Okonkwo warned",
    "Lindqvist, a researcher for NAME, said"): a capitalised proper noun, not in capitals and
    part of no other mention, as the subject of a verb of speech or stance (one the tagger took
    for an organisation's only with a person's role beside it)."""
    covered = {i for m in context for i in range(m.start, m.end)}
    names = []
    table = token_table(doc)
    for i, dep in enumerate(table.deps):
        if dep != "nsubj" or table.tags[i] != "NNP":
            continue  # a subject proper noun (see ``_untagged_name``), read without a Token
        token = doc[i]
        if (
            token.head.lemma_ not in SPEAKING_LEMMAS
            or not _untagged_name(token)
            or token.i in covered
        ):
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and _untagged_name(doc[start - 1]):
            start -= 1
        if token.ent_type_ == "ORG" and _person_role(doc, token) is None:
            continue  # "Boeing said": an organisation's name, unless a person's role is beside
        if not any(i in covered for i in range(start, token.i)):
            names.append(
                Mention(start, token.i + 1, doc[start : token.i + 1].text, "person", None, None)
            )
    return names


def _introduced(doc: Doc, person: Mention, named_in_full: dict[str, int]) -> bool:
    """Whether a name is a person's as news introduces one: a name of two words or more, a
    last word of a fuller name met earlier ("Emeka Okonkwo ... Okonkwo warned"), or a name
    with a person's role beside it. A lone word with none of these is as often a company's, a
    brand's or a deity's ("Eskom warned", "Twitter said")."""
    if person.end - person.start > 1:
        return True
    if named_in_full.get(doc[person.start].text, len(doc)) < person.start:
        return True
    return _person_role(doc, doc[person.start]) is not None


def _full_name_ends(doc: Doc) -> dict[str, int]:
    """Where each word first ends a name of two or more capitalised proper nouns."""
    ends: dict[str, int] = {}
    table = token_table(doc)
    tags, texts = table.tags, table.texts
    for i in range(1, len(tags)):
        if tags[i] == "NNP" and tags[i - 1] == "NNP" and texts[i - 1][:1].isupper():
            ends.setdefault(texts[i], i)
    return ends


def _person_role(doc: Doc, token: Token) -> Token | None:
    """A person's role beside a word the tagger took for an organisation's name: a noun of
    people ("researcher", "lawyer"), not of things ("Boeing, the planemaker,")."""
    role = role_beside(doc, Mention(token.i, token.i + 1, token.text, "person", None, None))
    return role if role is not None and role.lemma_.lower() in ROLE_NOUNS else None


def _untagged_name(token: Token) -> bool:
    """A proper noun the tagger did not take for a person, place or date (an organisation's
    name only where a person's role stands beside it: see ``_person_role``)."""
    return (
        token.ent_type_ in ("", "ORG")
        and token.tag_ == "NNP"
        and token.is_alpha
        and token.text[:1].isupper()
        and not token.is_upper
    )


def acts(doc: Doc, person: Mention) -> bool:
    """Whether a name is the subject of a verb or the agent of a passive ("opposed by NAME"),
    alone or joined to another ("NAME and NAME withdrew")."""
    root = doc[person.start : person.end].root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ in SUBJECT_DEPS:
        return root.head.pos_ in VERB_POS
    return root.dep_ == "pobj" and root.head.dep_ == "agent"


def _role(
    doc: Doc, person: Mention, known: list[Mention], role_sector: dict[int, str]
) -> tuple[str | None, str | None]:
    """(code, sector) from the role set beside a name: the first coded body or state inside
    the apposition (the outermost where they nest), with the body's sector, else the role
    noun's ("a lawyer for the company": no code, JUD). `known` holds the actors and every
    other mention found so far."""
    role = role_beside(doc, person)
    if role is None:
        return None, None
    first, last = role.left_edge.i, role.right_edge.i
    sector = role_sector.get(role.i)
    if any(first <= e.start and e.end <= last + 1 for e in private_bodies(doc, known)):
        return NGO, sector  # "an analyst for the charity Forum for Open Courts"
    host = host_of(role, known)  # "ambassador to Kenya": where the envoy serves
    inside = [
        m
        for m in sorted(known, key=lambda m: (m.start, m.start - m.end))
        if first <= m.start
        and m.end <= last + 1
        and m.code
        and m is not host
        # a person inside the role is no owner ("a friend of NAME"), unless the stage read the
        # role itself as a titled name ("a commander of the rebel group NAME")
        and (m.kind != "person" or m.start <= role.i < m.end)
    ]
    if inside:
        owner = inside[0]
        if owner.kind in HOME_KINDS:
            # "NAME, a Hanoi baker,": the town is where the person lives, not a body they
            # serve; the role noun alone says the sector.
            return owner.code, sector
        return owner.code, owner.sector or sector
    if host is not None:
        return envoy_state(role, host, known), sector
    return None, sector


def _post_state(doc: Doc, person: Mention, known: list[Mention]) -> str | None:
    """The state of the post in the role beside a name ("NAME, ambassador to Kenya,"), which
    is never the envoy's own."""
    role = role_beside(doc, person)
    host = host_of(role, known) if role is not None else None
    return host.code if host is not None else None


def private_bodies(doc: Doc, context: list[Mention]) -> list[Span]:
    """Organisations the tables do not know, named after a noun of private bodies ("the
    charity NAME", "the rights group NAME"): a state inside the name is no owner."""
    bodies = []
    for entity in doc.ents:
        if entity.label_ != "ORG" or entity.start == 0:
            continue
        if not _names_private_body(doc, entity.start - 1):
            continue
        if any(m.start <= entity.start and entity.end <= m.end for m in context if m.code):
            continue  # a body the tables know ("the rights group Amnesty International")
        bodies.append(entity)
    return bodies


def _names_private_body(doc: Doc, i: int) -> bool:
    """Whether the noun at `i` says the name after it is a private body's (see NGO_NOUNS)."""
    word = doc[i].lower_
    if word in NGO_NOUNS:
        return True
    return word in GROUP_NOUNS and i > 0 and doc[i - 1].lower_ in PRIVATE_AIMS


def role_beside(doc: Doc, person: Mention) -> Token | None:
    """The noun of a role set off by a comma after a name ("NAME, a researcher for X,"): its
    apposition, or the noun the parser made a second subject of the same verb."""
    root = doc[person.start : person.end].root
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            return child
    k = person.end
    if k >= len(doc) or doc[k].text != ",":
        return None
    k += 1
    while k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    if k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].head.i == root.head.i != root.i:
        return doc[k]
    return None


def _is_name(doc: Doc, person: Mention) -> bool:
    """A name the tagger takes for a person's, written as one: "Okonkwo", not "@handle"."""
    tokens = doc[person.start : person.end]
    return (
        tokens[-1].ent_type_ in ("PERSON", "", "ORG")
        and tokens[0].text[:1].isupper()
        and not any(t.text[:1] in HANDLE_MARKS for t in tokens)
    )


def _key(doc: Doc, person: Mention) -> str:
    """The lower-case words by which a later mention may name an earlier person."""
    return doc[person.start : person.end].text.lower().replace("-", " ")
