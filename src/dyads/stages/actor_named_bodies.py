"""Offices of a body the tables lack, named between a state and the office's noun: "Oman Film
Society president NAME" and "Kenya Rugby Union chairman NAME" head that body, not the state's
government. The tagger reads the state and the capitalised words after it as one organisation;
the office keeps the state's code, with the sector the body's last word gives (a society,
federation or club is non-governmental, a university educational, a company a business), or
none where the word says nothing of the body's trade.
"""

from __future__ import annotations

from spacy.tokens import Doc

# Last words of a body's name and the sector of the body.
BODY_WORD_SECTORS = {
    "society": "NGO",
    "association": "NGO",
    "federation": "NGO",
    "foundation": "NGO",
    "league": "NGO",
    "club": "NGO",
    "university": "EDU",
    "college": "EDU",
    "institute": "EDU",
    "academy": "EDU",
    "school": "EDU",
    "company": "BUS",
    "corporation": "BUS",
    "group": "BUS",
    "bank": "BUS",
    "airlines": "BUS",
    "airways": "BUS",
    "holdings": "BUS",
}


# Words that say which level of a state runs a body, not another body's name: "the Oromia
# Regional Government" is the region's government, as "the Oromia government" is.
LEVEL_WORDS = frozenset(
    {"regional", "provincial", "state", "county", "municipal", "interim", "transitional"}
)


def names_another_body(doc: Doc, state_end: int, noun_start: int, covered: set[int]) -> bool:
    """Whether the words between a state's name and an office's noun finish one organisation's
    name with it: capitalised proper nouns, none an agent noun ("Nigerian Army spokesman" is
    the army's) nor a level's word ("Regional"), inside the organisation entity that holds the
    state's name."""
    if noun_start <= state_end or doc[state_end - 1].ent_type_ != "ORG":
        return False
    if all(doc[i].lower_ in LEVEL_WORDS for i in range(state_end, noun_start)):
        return False
    return all(
        doc[i].pos_ == "PROPN"
        and doc[i].text[:1].isupper()
        and i not in covered
        and doc[i].ent_type_ == "ORG"
        and doc[i].ent_iob_ == "I"
        for i in range(state_end, noun_start)
    )


def body_sector(doc: Doc, noun_start: int) -> str | None:
    """The sector the last word of a body's name gives ("Society": NGO), if any."""
    return BODY_WORD_SECTORS.get(doc[noun_start - 1].lower_)
