"""Titles that name a portfolio after "for" before a person's name: "Commissioner for Health
Tunde Bakare", "Minister for Foreign Affairs Ana Ruiz".

The tagger reads such a name as part of the portfolio and tags no person, so the person was lost
with the title. The name starts after the portfolio's last word, which must be one of the words
portfolios end with ("Health", "Affairs", "Works"): "Minister for Foreign Affairs said" names
nobody, and a capitalised word that ends no portfolio ("Commissioner for Lagos NAME") leaves the
run unread.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc

from dyads.stages.actor_patterns import is_capitalised

FOR = "for"
# Words that join a portfolio's parts: "Works and Infrastructure", "Women & Children".
JOINERS = frozenset({"and", "&"})
# Nouns a portfolio ends with (lower case).
PORTFOLIO_ENDS = frozenset(
    {"affairs", "health", "education", "finance", "justice", "defence", "defense", "transport"}
    | {"energy", "environment", "information", "communications", "communication", "culture"}
    | {"tourism", "industry", "industries", "agriculture", "labour", "labor", "employment"}
    | {"infrastructure", "commerce", "economy", "interior", "sport", "sports", "youth"}
    | {"women", "children", "family", "science", "technology", "innovation", "water"}
    | {"resources", "mines", "mining", "petroleum", "lands", "land", "budget", "treasury"}
    | {"broadcasting", "aviation", "police", "immigration", "integration", "equality"}
    | {"fisheries", "forestry", "investment", "enterprise", "power", "roads", "highways"}
    | {"revenue", "works", "housing", "welfare", "security", "trade", "development"}
    | {"planning", "services", "relations", "government", "reform", "administration"}
    | {"cooperation", "co-operation", "orientation", "utilities", "climate"}
)
# Longest title-and-name run read after "for".
MAX_RUN = 10
MAX_NAME_WORDS = 4


def name_after_portfolio(doc: Doc, title_end: int, taken: set[int]) -> tuple[int, int] | None:
    """The person's name after a title and the portfolio it names after "for" (tokens
    [start, end)), if the title ending at `title_end` is followed by one."""
    if title_end >= len(doc) or doc[title_end].lower_ != FOR:
        return None
    run_end = _run_end(doc, title_end + 1, taken)
    last_portfolio = None
    for i in range(title_end + 1, run_end):
        if doc[i].lower_ in PORTFOLIO_ENDS:
            last_portfolio = i
    if last_portfolio is None:
        return None
    start = last_portfolio + 1
    if not 0 < run_end - start <= MAX_NAME_WORDS:
        return None
    if any(doc[i].pos_ != "PROPN" or doc[i].lower_ in JOINERS for i in range(start, run_end)):
        return None
    return start, run_end


def holds_portfolio(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) are a title, its portfolio and a name ending the span
    ("Commissioner for Health Tunde Bakare"): the name is a person's, though the tagger tags
    no person there."""
    for i in range(start, end):
        if doc[i].lower_ == FOR:
            found = name_after_portfolio(doc, i, set())
            if found is not None and found[1] == end:
                return True
    return False


def portfolio_start(doc: Doc, name_start: int, title_ends: Container[int]) -> int | None:
    """Where "for" opens the portfolio between a title and the name at `name_start` ("Minister
    for Health NAME"): the end of the title, given the ends of the agent phrases."""
    k = name_start
    if k == 0 or doc[k - 1].lower_ not in PORTFOLIO_ENDS:
        return None
    while k > 0 and name_start - k < MAX_RUN:
        token = doc[k - 1]
        if token.lower_ == FOR:
            return k - 1 if k - 1 in title_ends else None
        if not (is_capitalised(token) or token.lower_ in JOINERS):
            return None
        k -= 1
    return None


def _run_end(doc: Doc, start: int, taken: set[int]) -> int:
    """The end of the capitalised words (and their joiners) from `start`."""
    end = start
    while end < len(doc) and end - start < MAX_RUN and end not in taken:
        token = doc[end]
        if token.lower_ in JOINERS and end > start:
            end += 1
            continue
        if not is_capitalised(token) or not token.is_alpha:
            break
        end += 1
    while end > start and doc[end - 1].lower_ in JOINERS:
        end -= 1
    return end
