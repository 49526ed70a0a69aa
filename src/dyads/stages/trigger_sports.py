"""Sport told in the words of war: "Liverpool beat Arsenal 3-1", "the striker attacked the near
post", "Juventus signed the midfielder", "fans marched to the stadium".

Sports reports use verbs of fighting for games won and lost. A verb of contest (beat, crush,
attack, storm, invade ...) names a game, no use of force, where its doer is no armed party (no
troops, police, gunmen or crowd) and either what it acts on is a place of play ("the near post",
"the opposition half", "the charts") or its sentence is a sports report: a score ("2-0",
"120-98") or a word only sport uses ("qualifier", "derby", "goalkeeper"). Signing or firing a
player, coach or agent hires or dismisses staff; fans marching or gathering with no word of
protest go to a game. A state that strikes a stadium is still an attack: venues are no mark.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Verbs a sports report uses for play, which the lexicon reads as force.
CONTEST_VERBS = frozenset(
    {"beat", "defeat", "crush", "thrash", "rout", "trounce", "hammer", "overwhelm", "outclass"}
    | {"stun", "upset", "clash", "invade", "storm", "attack", "fight", "strike", "hit", "sink"}
    | {"down", "eliminate", "knock", "batter", "overpower", "humiliate", "topple", "conquer"}
    | {"edge", "demolish", "destroy", "dominate", "outplay", "rally", "battle"}
)
# Words that only a report of sport uses (nouns).
_SPORT_WORDS = frozenset(
    {"derby", "qualifier", "semifinal", "semi-final", "quarterfinal", "quarter-final", "playoff"}
    | {"play-off", "tournament", "championship", "league", "striker", "goalkeeper", "midfielder"}
    | {"footballer", "kickoff", "kick-off", "equaliser", "equalizer", "hat-trick", "touchdown"}
    | {"inning", "innings", "half-time", "halftime", "scoreline", "wicket", "cricket", "football"}
    | {"soccer", "rugby", "tennis", "basketball", "baseball", "hockey", "golf", "podium", "medal"}
    | {"olympics", "fixture", "winger", "quarterback", "pitcher", "qualifiers", "derbies"}
)
# Words of sport that other news uses as verbs or adjectives: only as nouns ("the final").
_SPORT_NOUNS = frozenset({"match", "cup", "final", "lap"})
# Places of play that a contest verb's object names ("attacked the near post").
_PLACES_OF_PLAY = frozenset({"goal", "half", "pitch", "chart", "crease", "basket", "rim", "hoop"})
# A post is a place of play only as the near or far one (a border post is attacked).
_GOALPOSTS = frozenset({"near", "far", "back", "front"})
# Staff and players a team or a person hires or dismisses.
_HIRING_VERBS = frozenset({"sign", "fire", "sack", "hire"})
_STAFF = frozenset(
    {"player", "striker", "midfielder", "goalkeeper", "defender", "winger", "forward", "coach"}
    | {"manager", "footballer", "quarterback", "pitcher", "agent", "trainer", "captain"}
    | {"assistant", "publicist", "bodyguard", "chef", "caddie"}
)
# Marches and gatherings of fans, and the words that make one a protest.
_GATHERING_VERBS = frozenset({"march", "rally", "gather", "parade", "flock", "converge"})
_FANS = frozenset({"fan", "spectator", "fanbase"})
# Supporters are a game's only in a sports report; elsewhere a party's ("opposition supporters").
_SUPPORTERS = frozenset({"supporter"})
_PROTEST_MARKS = frozenset({"against", "over", "protest", "demand", "chant", "call", "for"})
# Parties that bear arms or riot: their contest is force, whatever the sentence.
_ARMED = frozenset(
    {"army", "troop", "soldier", "police", "policeman", "officer", "gunman", "militant", "rebel"}
    | {"militia", "insurgent", "force", "navy", "jet", "warplane", "drone", "missile", "tank"}
    | {"guard", "fighter", "terrorist", "jihadist", "guerrilla", "mob", "rioter", "protester"}
    | {"demonstrator", "crowd", "gang", "military", "marine", "commando", "sniper", "bomber"}
)
# Words that make a clash in a sports report a fight, not a game.
_NO_GAME_MARKS = _ARMED | _FANS | _SUPPORTERS
# Infinitives of a game's result ("to beat Dortmund"), and those that are one only with a score
# as their object ("to level the score"; "to level the town" destroys it).
_RESULT_VERBS = frozenset({"beat", "equalise", "equalize", "clinch"})
_SCORED_VERBS = frozenset({"level", "tie", "win"})
_SCORES = frozenset({"score", "scores", "match", "game", "tie", "series", "title", "cup", "final"})
# The largest score a game reports ("120-98"), so that a range of years is no score.
_HIGHEST_SCORE = 200


def is_sports_play(verb: Token, lemma: str) -> bool:
    """Whether a verb of lemma `lemma` tells of play in a game, staff hired or fired, or fans
    going to a game: no event."""
    if lemma in CONTEST_VERBS:
        return _is_contest(verb)
    if lemma in _HIRING_VERBS:
        return _head_lemma(_objects(verb)) in _STAFF
    if lemma in _GATHERING_VERBS:
        return _fans_gather(verb)
    return False


def is_sports_clash(noun: Token) -> bool:
    """ "Sunday's clash with Rangers ended 2-2": a game, in a sports report naming no armed
    party and no fans (fans who clash riot)."""
    sentence = noun.sent
    return _in_sports_report(sentence) and not any(
        t.lemma_.lower() in _NO_GAME_MARKS for t in sentence
    )


def _is_contest(verb: Token) -> bool:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    head = verb.head
    if not subjects and verb.dep_ in ("xcomp", "advcl") and head.lemma_.lower() in CONTEST_VERBS:
        return _is_contest(head)  # "struck late to beat Dortmund": the game the strike won
    if not subjects or any(_is_armed(s) for s in subjects):
        return False
    objects = _objects(verb) + [o for p in _preps(verb, "with") for o in p.children]
    if any(_is_armed(o) for o in objects):
        return False
    if any(map(_is_place_of_play, _objects(verb))) or _plays_to_win(verb):
        return True
    return _in_sports_report(verb.sent)


def _plays_to_win(verb: Token) -> bool:
    """ "struck late to beat Dortmund", "stormed back to level the score": a contest whose
    purpose is a game's result."""
    for clause in verb.children:
        if clause.dep_ not in ("xcomp", "advcl") or clause.pos_ != "VERB":
            continue
        lemma = clause.lemma_.lower()
        if any(c.dep_ == "prt" for c in clause.children):
            continue  # "to beat back the offensive": force repelled
        if lemma in _RESULT_VERBS:
            return True
        if lemma in _SCORED_VERBS and _head_lemma(_objects(clause)) in _SCORES:
            return True
    return False


def _is_place_of_play(thing: Token) -> bool:
    lemma = thing.lemma_.lower()
    if lemma == "post":
        return any(c.dep_ == "amod" and c.lower_ in _GOALPOSTS for c in thing.children)
    return lemma in _PLACES_OF_PLAY


def _fans_gather(verb: Token) -> bool:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    words = {t.lemma_.lower() for s in subjects for t in s.subtree}
    fans = bool(words & _FANS) or (bool(words & _SUPPORTERS) and _in_sports_report(verb.sent))
    if not fans:
        return False
    return not any(
        t.lemma_.lower() in _PROTEST_MARKS or t.lemma_.lower() in _ARMED for t in verb.subtree
    )


def _in_sports_report(sentence: Span) -> bool:
    """Whether a sentence reports sport: a score, or a word only sport uses."""
    tokens = list(sentence)
    for i, token in enumerate(tokens):
        if token.lower_ in _SPORT_WORDS or token.lemma_.lower() in _SPORT_WORDS:
            return True
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in _SPORT_NOUNS:
            return True
        if _is_score(tokens, i) or _counts_sets(token):
            return True
    return False


def _counts_sets(token: Token) -> bool:
    """ "won in four sets": sets counted, not "two sets of sanctions"."""
    return (
        token.lower_ == "sets"
        and any(c.dep_ == "nummod" for c in token.children)
        and not _preps(token, "of")
    )


def _is_score(tokens: list[Token], i: int) -> bool:
    """ "3-1", "120-98": two small numbers joined by a dash."""
    if i + 2 >= len(tokens) or tokens[i + 1].text not in ("-", "–"):
        return False
    first, second = tokens[i], tokens[i + 2]
    return all(t.text.isdigit() and int(t.text) <= _HIGHEST_SCORE for t in (first, second))


def _is_armed(phrase: Token) -> bool:
    near = [phrase, *phrase.children, *(o for p in _preps(phrase, "of") for o in p.children)]
    return any(t.lemma_.lower() in _ARMED for t in near)


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def _preps(token: Token, *words: str) -> list[Token]:
    return [c for c in token.children if c.dep_ == "prep" and c.lower_ in words]


def _head_lemma(tokens: list[Token]) -> str | None:
    return tokens[0].lemma_.lower() if tokens else None


def is_players_contract(noun: Token) -> bool:
    """ "signed the midfielder on a four-year deal": the contract of staff hired, no pact."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in ("on", "to", "until"):
        return False
    verb = preposition.head
    return verb.lemma_.lower() in _HIRING_VERBS and _head_lemma(_objects(verb)) in _STAFF
