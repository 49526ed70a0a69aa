"""QuoteFinder: direct and indirect quotes with their speakers, on hand-written sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from dyads.records import Actor, Quote
from dyads.stages.quotes import QuoteFinder


def mention(
    text: str, words: str, name: str, code: str, sector: str, nth: int = 0, within: str = ""
) -> Actor:
    """An actor for the nth occurrence of `words` in `text` (after the phrase `within`)."""
    start = text.index(within) - 1 if within else -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Actor(text=words, name=name, code=code, sector=sector, span=(start, start + len(words)))


def find(nlp: Language, text: str, actors: list[Actor] | None = None) -> list[Quote]:
    quotes = QuoteFinder().process(nlp(text), actors or [])
    for quote in quotes:
        assert text[quote.span[0] : quote.span[1]] == quote.content
    return quotes


def direct(quotes: list[Quote]) -> list[Quote]:
    return [quote for quote in quotes if quote.kind == "direct"]


def indirect(quotes: list[Quote]) -> list[Quote]:
    return [quote for quote in quotes if quote.kind == "indirect"]


def speaker_name(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker else None


SMITH = ("Anna Smith", "GBR", "GOV")


def test_straight_quote_with_trailing_attribution(nlp: Language) -> None:
    text = '"We will not retreat from this position," Smith said on Monday.'
    (quote,) = direct(find(nlp, text, [mention(text, "Smith", *SMITH)]))
    assert quote.content == "We will not retreat from this position"
    assert speaker_name(quote) == "Anna Smith"
    assert quote.cue == "say"


def test_curly_quote_attributed_to_an_institution(nlp: Language) -> None:
    text = "“The talks are over for now,” the ministry said in a statement."
    ministry = mention(text, "the ministry", "Ministry of Foreign Affairs", "FRA", "GOV")
    (quote,) = direct(find(nlp, text, [ministry]))
    assert quote.content == "The talks are over for now"
    assert quote.speaker == ministry


def test_attribution_before_the_quote(nlp: Language) -> None:
    text = "Smith told the assembly: \"We don't accept the terms of the '90s.\""
    (quote,) = direct(find(nlp, text, [mention(text, "Smith", *SMITH)]))
    assert quote.content == "We don't accept the terms of the '90s."
    assert speaker_name(quote) == "Anna Smith"


def test_apostrophes_make_no_quotes(nlp: Language) -> None:
    text = "The minister's aides don't expect Russia's offer to change the leaders' plan."
    assert direct(find(nlp, text)) == []


def test_split_quote_gives_two_quotes_with_one_speaker(nlp: Language) -> None:
    text = '"We are ready to talk," Smith said, "but we will not wait forever."'
    quotes = direct(find(nlp, text, [mention(text, "Smith", *SMITH)]))
    assert [quote.content for quote in quotes] == [
        "We are ready to talk",
        "but we will not wait forever.",
    ]
    assert [speaker_name(quote) for quote in quotes] == ["Anna Smith", "Anna Smith"]


def test_quote_over_two_paragraphs_keeps_its_speaker(nlp: Language) -> None:
    text = (
        'Smith said: "The first round of talks ended without a deal.\n'
        '"The second round will start next month in Geneva."\n'
        "Markets fell on the news."
    )
    quotes = direct(find(nlp, text, [mention(text, "Smith", *SMITH)]))
    assert [quote.content for quote in quotes] == [
        "The first round of talks ended without a deal.",
        "The second round will start next month in Geneva.",
    ]
    assert all(speaker_name(quote) == "Anna Smith" for quote in quotes)


def test_partial_quote_under_a_reporting_verb(nlp: Language) -> None:
    text = 'Garcia described the accord as a "historic step" for the region.'
    garcia = mention(text, "Garcia", "Luis Garcia", "ESP", "GOV")
    (quote,) = direct(find(nlp, text, [garcia]))
    assert quote.content == "historic step"
    assert quote.speaker == garcia
    assert quote.cue == "describe"


def test_partial_quote_takes_the_sentence_subject(nlp: Language) -> None:
    text = 'The senator praised the "courage and patience" of the negotiators.'
    senator = mention(text, "The senator", "senator", "USA", "LEG")
    (quote,) = direct(find(nlp, text, [senator]))
    assert quote.content == "courage and patience"
    assert quote.speaker == senator


def test_partial_quote_in_a_participle_clause(nlp: Language) -> None:
    text = 'Jones backed the plan, calling the new pact a "shield for the region".'
    jones = mention(text, "Jones", "Tom Jones", "AUS", "GOV")
    (quote,) = direct(find(nlp, text, [jones]))
    assert quote.content == "shield for the region"
    assert quote.speaker == jones


def test_pronoun_speaker_resolved_by_the_actor_stage(nlp: Language) -> None:
    text = 'Smith arrived in Paris on Friday. "We will win this vote," she said.'
    she = mention(text, "she", *SMITH, within="she said")
    (quote,) = direct(find(nlp, text, [mention(text, "Smith", *SMITH), she]))
    assert quote.speaker == she


def test_unattributed_quote_follows_the_previous_one_in_its_paragraph(nlp: Language) -> None:
    text = '"We were not consulted," Smith said. "Nobody asked us anything."'
    quotes = direct(find(nlp, text, [mention(text, "Smith", *SMITH)]))
    assert [speaker_name(quote) for quote in quotes] == ["Anna Smith", "Anna Smith"]


def test_quote_without_any_attribution_has_no_speaker(nlp: Language) -> None:
    text = 'The banner read "No war" in red letters.\n"Peace now."'
    quotes = direct(find(nlp, text))
    assert [quote.content for quote in quotes] == ["No war", "Peace now."]
    assert all(quote.speaker is None for quote in quotes)


def test_unbalanced_mark_loses_only_its_own_quote(nlp: Language) -> None:
    text = 'Critics called it "a farce.\n"We agree with the ruling," Jones said.'
    jones = mention(text, "Jones", "Tom Jones", "AUS", "GOV")
    quotes = direct(find(nlp, text, [jones]))
    assert [quote.content for quote in quotes] == ["We agree with the ruling"]
    assert quotes[0].speaker == jones


@pytest.mark.parametrize(
    ("verb", "lemma"),
    [
        ("said", "say"),
        ("stressed", "stress"),
        ("warned", "warn"),
        ("emphasized", "emphasize"),
        ("stated", "state"),
        ("announced", "announce"),
        ("confirmed", "confirm"),
        ("noted", "note"),
    ],
)
def test_indirect_speech_with_a_that_clause(nlp: Language, verb: str, lemma: str) -> None:
    text = f"Smith {verb} that the border would remain closed until March."
    (quote,) = indirect(find(nlp, text, [mention(text, "Smith", *SMITH)]))
    assert quote.content == "the border would remain closed until March"
    assert speaker_name(quote) == "Anna Smith"
    assert quote.cue == lemma


def test_indirect_speech_without_that(nlp: Language) -> None:
    text = "The ministry said the talks had failed."
    ministry = mention(text, "The ministry", "ministry", "FRA", "GOV")
    (quote,) = indirect(find(nlp, text, [ministry]))
    assert quote.content == "the talks had failed"
    assert quote.speaker == ministry


def test_told_reporters_leaves_out_the_audience(nlp: Language) -> None:
    text = "Smith told reporters that the embassy would reopen soon."
    (quote,) = indirect(find(nlp, text, [mention(text, "Smith", *SMITH)]))
    assert quote.content == "the embassy would reopen soon"
    assert quote.cue == "tell"


def test_added_and_denied(nlp: Language) -> None:
    text = "Smith denied the report. She added that no troops had moved."
    she = mention(text, "She", *SMITH)
    quotes = indirect(find(nlp, text, [mention(text, "Smith", *SMITH), she]))
    assert [(quote.cue, quote.content) for quote in quotes] == [
        ("deny", "the report"),
        ("add", "no troops had moved"),
    ]
    assert all(speaker_name(quote) == "Anna Smith" for quote in quotes)


def test_a_charge_rejected_is_the_rejecting_party_s_statement(nlp: Language) -> None:
    text = "Smith rejected claims that her office had leaked the memo."
    (quote,) = indirect(find(nlp, text, [mention(text, "Smith", *SMITH)]))
    assert (quote.cue, quote.content) == ("reject", "claims that her office had leaked the memo")
    assert speaker_name(quote) == "Anna Smith"


def test_a_proposal_rejected_reports_no_statement(nlp: Language) -> None:
    text = "Smith rejected the proposal to merge the two offices."
    assert indirect(find(nlp, text, [mention(text, "Smith", *SMITH)])) == []


def test_accused_and_described(nlp: Language) -> None:
    text = "Smith accused Jones of lying. Jones described the talks as useful."
    smith = mention(text, "Smith", *SMITH)
    jones = mention(text, "Jones", "Tom Jones", "AUS", "GOV", nth=1)
    quotes = indirect(find(nlp, text, [smith, jones]))
    assert [(quote.cue, quote.content, quote.speaker) for quote in quotes] == [
        ("accuse", "Jones of lying", smith),
        ("describe", "the talks as useful", jones),
    ]


def test_attribution_at_the_end_of_the_sentence(nlp: Language) -> None:
    text = "The talks will resume in Vienna next week, the ministry announced on Monday."
    ministry = mention(text, "the ministry", "ministry", "AUT", "GOV")
    (quote,) = indirect(find(nlp, text, [ministry]))
    assert quote.content == "The talks will resume in Vienna next week"
    assert quote.speaker == ministry
    assert quote.cue == "announce"


def test_according_to_at_the_start_and_at_the_end(nlp: Language) -> None:
    text = (
        "According to the ministry, the troops left the city overnight.\n"
        "The bridge was destroyed, according to local officials."
    )
    ministry = mention(text, "the ministry", "ministry", "UKR", "GOV")
    officials = mention(text, "local officials", "officials", "UKR", "GOV")
    quotes = indirect(find(nlp, text, [ministry, officials]))
    assert [(quote.cue, quote.content, quote.speaker) for quote in quotes] == [
        ("according to", "the troops left the city overnight", ministry),
        ("according to", "The bridge was destroyed", officials),
    ]


def test_negated_reporting_verb_reports_nothing(nlp: Language) -> None:
    text = "Smith did not say that the talks had failed."
    assert indirect(find(nlp, text, [mention(text, "Smith", *SMITH)])) == []


def test_reporting_verbs_inside_a_direct_quote_are_the_speakers_words(nlp: Language) -> None:
    text = '"Jones said that the deal was dead," Smith said.'
    jones = mention(text, "Jones", "Tom Jones", "AUS", "GOV")
    quotes = find(nlp, text, [jones, mention(text, "Smith", *SMITH)])
    assert all(quote.speaker != jones for quote in quotes)
    assert indirect(quotes) == []


def test_a_report_named_earlier_keeps_its_author(nlp: Language) -> None:
    text = (
        "According to a Japanese government report, ships entered the strait.\n"
        "The report also suggests that more ships may follow."
    )
    japan = mention(text, "Japanese government", "Japan", "JPN", "GOV")
    quotes = indirect(find(nlp, text, [japan]))
    assert [(quote.cue, quote.speaker) for quote in quotes] == [
        ("according to", japan),
        ("suggest", japan),
    ]


def seed_actors(text: str) -> list[Actor]:
    """Actors as the actor stage gives them for the seed article (pronouns resolved)."""
    putin = ("Vladimir Putin", "RUS", "GOV")
    choe = ("Choe Son Hui", "PRK", "GOV")
    return [
        mention(text, "the Kremlin", "Kremlin", "RUS", "GOV", within="the Kremlin announced"),
        mention(text, "KCNA", "KCNA", "PRK", "MED", nth=1),
        mention(text, "he", *putin, within="what he described"),
        mention(text, "South Korean intelligence", "South Korea", "KOR", "SPY"),
        mention(text, "Choe Son Hui", *choe),
        mention(text, "Choe", *choe, within="Choe said"),
        mention(text, "She", *choe, within="She further"),
        mention(text, "Lavrov", "Sergey Lavrov", "RUS", "GOV", within="Lavrov echoed"),
    ]


def test_seed_article_quotes(nlp: Language, shared_data: Path) -> None:
    text = (shared_data / "seed" / "article.txt").read_text(encoding="utf-8")
    quotes = find(nlp, text, seed_actors(text))

    def speaker_of(words: str, kind: str = "direct") -> tuple[str | None, str | None]:
        (quote,) = [q for q in quotes if q.kind == kind and q.content.startswith(words)]
        return (quote.speaker.name if quote.speaker else None, quote.cue)

    assert speaker_of("The strategic choice") == ("Choe Son Hui", "say")
    assert speaker_of("to diligently implement")[0] == "Choe Son Hui"
    assert speaker_of("military brotherhood")[0] == "Sergey Lavrov"
    assert speaker_of("liberation") == ("Vladimir Putin", "describe")
    assert speaker_of("Russian President Vladimir Putin spoke", "indirect") == (
        "Kremlin",
        "announce",
    )
    assert speaker_of("the two leaders discussed", "indirect") == ("KCNA", "according to")
    assert speaker_of("over 10,000 DPRK troops", "indirect")[0] == "South Korea"
    assert speaker_of("a second deployment", "indirect")[0] == "South Korea"


def test_inverted_attribution_and_a_quote_of_several_sentences(nlp: Language) -> None:
    text = '"We will hold the line. We will not give up the city," said Smith.'
    (quote,) = direct(find(nlp, text, [mention(text, "Smith", *SMITH)]))
    assert quote.content == "We will hold the line. We will not give up the city"
    assert speaker_name(quote) == "Anna Smith"


def test_quote_with_no_parse_link_takes_the_nearest_reporting_verb(nlp: Language) -> None:
    text = 'Smith was blunt. She said: "No deal."'
    she = mention(text, "She", *SMITH)
    (quote,) = direct(find(nlp, text, [mention(text, "Smith", *SMITH), she]))
    assert quote.content == "No deal."
    assert quote.speaker == she


def test_text_without_words_gives_no_quotes(nlp: Language) -> None:
    assert find(nlp, "") == []
    assert find(nlp, '" " \u201c\n\u201d') == []


def test_partial_quote_under_a_naming_verb_is_that_subjects_wording(nlp: Language) -> None:
    text = 'Smith rejected what Jones called a "fair deal" for the region.'
    jones = mention(text, "Jones", "Tom Jones", "AUS", "GOV")
    (quote,) = direct(find(nlp, text, [mention(text, "Smith", *SMITH), jones]))
    assert quote.speaker == jones
    assert quote.cue == "call"


def test_indirect_content_ending_in_a_direct_quote_keeps_its_closing_mark(nlp: Language) -> None:
    text = 'Smith stated that her party is ready "to sign the accord."'
    smith = mention(text, "Smith", *SMITH)
    quotes = find(nlp, text, [smith])
    assert [quote.content for quote in direct(quotes)] == ["to sign the accord."]
    assert [quote.content for quote in indirect(quotes)] == [
        'her party is ready "to sign the accord."'
    ]


def test_speakers_the_actor_stage_does_not_code_are_named(nlp: Language) -> None:
    text = (
        '"Demand is falling fast," said Maria Keller, an analyst at a Zurich bank. '
        '"We expect more cuts," Keller added.'
    )
    quotes = direct(find(nlp, text))
    assert [speaker_name(quote) for quote in quotes] == ["Maria Keller", "Maria Keller"]
    assert all(quote.speaker is not None and quote.speaker.code is None for quote in quotes)


def test_pronoun_refers_to_an_uncoded_person_speaker(nlp: Language) -> None:
    text = (
        'Union leader Tomas Berg said the strike would go on. "We will not back down," he told '
        "reporters."
    )
    quotes = find(nlp, text)
    assert [speaker_name(quote) for quote in quotes] == ["Tomas Berg", "Tomas Berg"]
    he = direct(quotes)[0].speaker
    assert he is not None and text[he.span[0] : he.span[1]] == "he"


def test_unnamed_source_is_the_subject_phrase(nlp: Language) -> None:
    text = '"Talks resume on Monday," a senior official said.'
    (quote,) = direct(find(nlp, text))
    assert quote.speaker is not None and quote.speaker.name == "senior official"
    assert quote.speaker.code is None


def test_quotation_continued_where_paragraph_breaks_were_lost(nlp: Language) -> None:
    text = (
        "“The harvest failed this year. Many farmers left. “Those who stayed need help now,” "
        "said Adaeze Obi, a local farmer."
    )
    quotes = direct(find(nlp, text))
    assert [quote.content for quote in quotes] == [
        "The harvest failed this year. Many farmers left.",
        "Those who stayed need help now",
    ]
    assert all(speaker_name(quote) == "Adaeze Obi" for quote in quotes)


def test_names_and_titles_in_quote_marks_are_not_quotes(nlp: Language) -> None:
    text = (
        'The "Big Three" carmakers lost ground. The plan, called "Way Forward", cuts jobs. '
        'The paper ran the headline "Winter is coming".'
    )
    assert direct(find(nlp, text)) == []


def test_a_noun_object_reports_no_statement(nlp: Language) -> None:
    text = "Smith announced the company's move on Wednesday and explained the plan."
    assert indirect(find(nlp, text, [mention(text, "Smith", *SMITH)])) == []


def test_an_object_with_a_predicate_is_a_statement(nlp: Language) -> None:
    text = "Smith urged the mayor to save the old market for traders."
    (quote,) = indirect(find(nlp, text, [mention(text, "Smith", *SMITH)]))
    assert quote.content == "the mayor to save the old market for traders"
    assert quote.cue == "urge"


def test_calling_something_something_is_a_statement(nlp: Language) -> None:
    text = "Smith called the decision a grave mistake. Smith called him on Monday."
    (quote,) = indirect(find(nlp, text, [mention(text, "Smith", *SMITH)]))
    assert (quote.content, quote.cue) == ("the decision a grave mistake", "call")
