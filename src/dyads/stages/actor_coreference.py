"""Later mentions of a person: genders, repeated names, bare surnames and pronouns.

An article means one person throughout: a later bare "Vucic" is coded as the first, titled
"Serbian Prime Minister Aleksandar Vucic"; "Lavrov said" is Sergey Lavrov met earlier; he/she
go to the topic person before them, of a compatible gender where it is known.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc

from dyads.stages.actor_dictionary import Gender
from dyads.stages.actor_patterns import (
    GENDERED_TITLES,
    PRONOUNS,
    Mention,
    resolve_pronoun,
    sentence_starts,
)

HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sheikh", "sheikha", "emir"}
    | {"king", "queen", "prince", "princess", "ayatollah", "pope", "saint", "st"}
)


def with_gender(doc: Doc, mention: Mention, given_names: dict[str, Gender]) -> Mention:
    """A person's gender, for he/she: from the office table, an honorific ("Mrs", "King")
    before or in the name, or a common given name."""
    if mention.kind != "person":
        return mention
    gender = mention.entry.gender if mention.entry is not None else None
    first = max(0, mention.start - 1)
    for token in doc[first : mention.end]:
        gender = gender or GENDERED_TITLES.get(token.lower_.rstrip("."))
    if gender is None:  # the first word of the name that is not an honorific
        words = [w for w in mention.name.split() if w.lower().rstrip(".") not in GENDERED_TITLES]
        gender = given_names.get(words[0].lower()) if words else None
    return replace(mention, gender=gender)


def named_later(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A headline's lone name is the person named in full later ("DPRK's Kim ... Kim Jong Un"):
    it takes that person's coding when one full name alone contains it and the states agree (or
    when the lone name was only resolved by date, "Castro ... Raul Castro")."""
    people = [m for m in mentions if m.kind == "person" and not m.by_surname]
    result = []
    for mention in mentions:
        words = mention.name.split()
        if mention.by_surname:
            words = [doc[mention.end - 1].text]
        if (
            mention.kind == "person"
            and (mention.entry is None or mention.by_surname)
            and (len(words) == 1)
        ):
            later = {
                p.name: p
                for p in people
                if p.start > mention.start
                and len(p.name.split()) > 1
                and words[0] in p.name.split()
            }
            if len(later) == 1:
                full = next(iter(later.values()))
                if mention.code in (None, full.code) or mention.by_surname:
                    mention = replace(
                        mention,
                        name=full.name,
                        code=full.code,
                        sector=full.sector,
                        entry=full.entry,
                        by_surname=False,
                    )
        result.append(mention)
    return result


def consistent_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A later bare mention of a person ("Vucic") is coded as the first, titled one
    ("Serbian Prime Minister Aleksandar Vucic"): an article means one person throughout."""
    first: dict[str, Mention] = {}
    result = []
    for mention in named_later(doc, sorted(mentions, key=lambda m: m.start)):
        if mention.kind != "person":
            result.append(mention)
            continue
        if mention.end - mention.start == 1 or mention.by_surname:
            # A lone word of an earlier person's name is that person ("King Abdullah II" ...
            # "Abdullah"), not a namesake in the dictionary.
            word = doc[mention.end - 1].text
            named = [p for p in first.values() if word in p.name.split()]
            if len(named) == 1 and named[0].name != mention.name:
                mention = replace(mention, name=named[0].name, entry=named[0].entry)
                if mention.by_surname:  # the date's guess gives way to the article's person
                    mention = replace(mention, code=named[0].code, sector=named[0].sector)
        earlier = first.setdefault(mention.name, mention)
        words = {t.text for t in doc[mention.start : mention.end]}
        bare = words <= set(mention.name.split())
        if earlier is not mention and bare:
            mention = replace(
                mention, code=earlier.code, sector=earlier.sector, gender=earlier.gender
            )
        result.append(mention)
    return result


def surnames(doc: Doc, mentions: list[Mention], is_title: Callable[[str], bool]) -> list[Mention]:
    """Bare surnames after a full name: "Lavrov said" -> Sergey Lavrov."""
    keys: dict[str, Mention | None] = {}
    first_seen: dict[str, int] = {}
    for person in sorted(mentions, key=lambda m: m.start):
        words = person.name.split()
        if person.kind != "person" or len(words) < 2:
            continue
        for word in {words[0], words[-1]}:
            if len(word) < 2 or not word[0].isupper() or not word.isalpha():
                continue
            if word.lower() in HONORIFICS or is_title(word):
                continue  # "King" of "King Charles III" is a title, not a name
            other = keys.get(word)
            same = other is not None and other.name == person.name
            keys[word] = person if word not in keys or same else None
            first_seen.setdefault(word, person.end)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for token in doc:
        known = keys.get(token.text)
        if known is None or token.i in taken or token.i < first_seen[token.text]:
            continue
        found.append(replace(known, start=token.i, end=token.i + 1, entry=None))
    return found


def pronouns(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """he/she/him/her/his resolved to a person mentioned before (see ``resolve_pronoun``)."""
    people = [m for m in mentions if m.kind == "person"]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    sent_starts = sentence_starts(doc)
    found = []
    for token in doc:
        if token.lower_ not in PRONOUNS or token.pos_ != "PRON" or token.i in taken:
            continue
        person = resolve_pronoun(token, people, sent_starts)
        if person is not None:
            found.append(
                Mention(token.i, token.i + 1, person.name, "pronoun", person.code, person.sector)
            )
    return found
