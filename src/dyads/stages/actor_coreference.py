"""Later mentions of a person: genders, repeated names, bare surnames and pronouns.

An article means one person throughout: a later bare "Vucic" is coded as the first, titled
"Serbian Prime Minister Aleksandar Vucic"; "Lavrov said" is Sergey Lavrov met earlier; he/she
go to the topic person before them, of a compatible gender where it is known.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc

from dyads.stages.actor_dictionary import Gender
from dyads.stages.actor_patterns import (
    GENDERED_TITLES,
    PRONOUNS,
    SURNAME_PARTICLES,
    Mention,
    resolve_pronoun,
    sentence_starts,
)
from dyads.stages.doc_utils import span_text, token_lowers

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
            named = [p for p in first.values() if word in name_words(p.name)]
            if len(named) == 1 and named[0].name != mention.name:
                # The date's guess, and a dictionary namesake known by that one word ("Hassan"
                # after "Samia Suluhu Hassan"), give way to the person the article named in
                # full; a given name ("Abdullah" of "Abdullah II") keeps its own reading.
                surname = named[0].name.split()[0] != word
                mention = replace(mention, name=named[0].name, entry=named[0].entry)
                if mention.by_surname or surname:
                    mention = replace(mention, code=named[0].code, sector=named[0].sector)
        earlier = first.setdefault(mention.name, mention)
        # As written: "Ferrero-Waldner" is one word of the name, though three tokens.
        bare = set(doc[mention.start : mention.end].text.split()) <= name_words(mention.name)
        if earlier is not mention and bare:
            mention = replace(
                mention, code=earlier.code, sector=earlier.sector, gender=earlier.gender
            )
        result.append(mention)
    return result


def name_words(name: str) -> set[str]:
    """The words of a person's name, each also without an Arabic article ("Assad" of "Hafez
    al-Assad"), by which the article may name him again."""
    words = set(name.split())
    return words | {w.split("-", 1)[1] for w in words if w.lower().startswith(_ARABIC_ARTICLES)}


def surnames(doc: Doc, mentions: list[Mention], is_title: Callable[[str], bool]) -> list[Mention]:
    """Bare surnames after a full name: "Lavrov said" -> Sergey Lavrov; also surnames of
    several words ("Kosiniak-Kamysz", "de Mistura", "Van der Bellen", "Ben Ali", "Lopez
    Obrador") and an Arabic surname without its article ("Bashir" of "Omar al-Bashir")."""
    keys: dict[str, Mention | None] = {}
    first_seen: dict[str, int] = {}
    for person in sorted(mentions, key=lambda m: m.start):
        if person.kind != "person":
            continue
        # The name as the dictionary lists it and as the article writes it ("Abiy Ahmed" of
        # "Prime Minister Abiy Ahmed Ali": a later "Ali" is him too).
        names = {person.name, written_name(doc, person)}
        for key in {k for n in names if len(n.split()) > 1 for k in surname_keys(n, is_title)}:
            other = keys.get(key)
            same = other is not None and other.name == person.name
            keys[key] = person if key not in keys or same else None
            first_seen.setdefault(key, person.end)
    starts = {key.split(" ")[0] for key in keys}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    lowers = token_lowers(doc)
    i = 0
    while i < len(doc):
        if lowers[i] not in starts or i in taken:
            i += 1
            continue
        for end in range(min(len(doc), i + _MOST_SURNAME_TOKENS), i, -1):
            key = _span_key(doc, i, end)
            known = keys.get(key)
            ends_in_name = doc[end - 1].text[:1].isupper()
            if known is None or not ends_in_name or any(j in taken for j in range(i, end)):
                continue
            if i >= first_seen[key]:
                found.append(replace(known, start=i, end=end, entry=None))
                i = end - 1
            break
        i += 1
    return found


_ARABIC_ARTICLES = ("al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-")
GENERATION_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "vi"})
_MOST_SURNAME_TOKENS = 6  # "de Hoop Scheffer", "Kosiniak - Kamysz"


def surname_keys(name: str, is_title: Callable[[str], bool]) -> set[str]:
    """Lower-case forms by which a person named in full may be named again alone: the first
    and the last word, the last word without an Arabic article, and a surname of several
    words that begins with a particle, or the last two words of a name of three or more
    (Spanish double surnames: "Lopez Obrador")."""
    words = name.split()
    # "Ferdinand Marcos Jr", "King Charles III": a generation's mark is no name of its own.
    while len(words) > 1 and words[-1].lower().rstrip(".") in GENERATION_SUFFIXES:
        words = words[:-1]
    keys = set()
    for word in {words[0], words[-1]}:
        # "Ferrero-Waldner", "D'Alema", "Yar’Adua": hyphens and apostrophes join one name.
        bare = word.replace("-", "").replace("'", "").replace("’", "")
        if len(word) < 2 or not word[0].isupper() or not bare.isalpha():
            continue
        if word.lower() in HONORIFICS or is_title(word):
            continue  # "King" of "King Charles III" is a title, not a name
        keys.add(word.lower())
    last = words[-1].lower()
    if last.startswith(_ARABIC_ARTICLES) and len(last) > 5:
        keys.add(last.split("-", 1)[1])
    for size in range(2, len(words)):
        tail = words[-size:]
        if tail[0].lower() in SURNAME_PARTICLES or (size == 2 and len(words) >= 3):
            keys.add(" ".join(tail).lower())
    return {key.replace("-", " ") for key in keys}


def written_name(doc: Doc, person: Mention) -> str:
    """The words a person's mention ends with that the tagger takes for a person's name."""
    start = person.end
    while start > person.start and (
        doc[start - 1].ent_type_ == "PERSON" or doc[start - 1].text == "-"
    ):
        start -= 1
    return doc[start : person.end].text.replace(" - ", "-")


def _span_key(doc: Doc, start: int, end: int) -> str:
    """The lower-case words of doc[start:end], hyphens joined without spaces."""
    return span_text(doc, start, end).lower().replace("-", " ")


# Offices one person holds: "Cuba's foreign minister arrived ... He signed" is that minister.
OFFICE_NOUNS = frozenset(
    {"president", "minister", "premier", "chancellor", "leader", "envoy", "ambassador"}
    | {"secretary", "spokesman", "spokeswoman", "commander", "chief", "king", "queen", "emir"}
    | {"governor", "mayor", "chairman", "strongman", "ruler", "dictator", "monarch", "counterpart"}
)


def pronouns(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """he/she/him/her/his resolved to a person mentioned before (see ``resolve_pronoun``), else
    to an office holder named by title alone ("the Iraqi foreign minister")."""
    people = [m for m in mentions if m.kind == "person"]
    officials = [m for m in mentions if _office_holder(doc, m)]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    sent_starts = sentence_starts(doc)
    found = []
    for i, lower in enumerate(token_lowers(doc)):
        if lower not in PRONOUNS or i in taken:
            continue
        token = doc[i]
        if token.pos_ != "PRON":
            continue
        person = _nearer(
            resolve_pronoun(token, people, sent_starts),
            resolve_pronoun(token, officials, sent_starts) if officials else None,
            sent_starts,
        )
        if person is not None:
            found.append(
                Mention(token.i, token.i + 1, person.name, "pronoun", person.code, person.sector)
            )
    return found


def _nearer(
    person: Mention | None, official: Mention | None, sent_starts: list[int]
) -> Mention | None:
    """The named person a pronoun was resolved to, unless an office holder named by title
    alone is in a later sentence ("Sosa said ... Peru's foreign minister said ... he said"):
    the nearer topic wins."""
    if person is None or official is None:
        return person or official
    if bisect_right(sent_starts, official.start) > bisect_right(sent_starts, person.start):
        return official
    return person


def _office_holder(doc: Doc, mention: Mention) -> bool:
    """Whether a mention names one coded office holder by title alone ("Cuba's foreign
    minister", "the Serb strongman"), not a body or many."""
    last = doc[mention.end - 1]
    return (
        mention.kind == "agent"
        and mention.code is not None
        and last.tag_ == "NN"
        and last.lower_ in OFFICE_NOUNS
    )
