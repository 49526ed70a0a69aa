"""The TimeML scorer: reading gold (MEANTIME and TempEval-3 formats) and relaxed scoring."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

import pytest

from dyads.errors import InputError
from dyads.eval.timex import (
    GoldDocument,
    GoldTimex,
    gold_files,
    match,
    read_gold,
    read_meantime,
    read_timeml,
    rebuild_text,
    score,
)

MEANTIME = """<?xml version="1.0" ?>
<Document doc_id="7" doc_name="7_Talks" lang="en" url="http://example.org">
<token number="0" sentence="0" t_id="1">Talks</token>
<token number="1" sentence="0" t_id="2">resume</token>
<token number="2" sentence="1" t_id="3">March</token>
<token number="3" sentence="1" t_id="4">3</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2010</token>
<token number="6" sentence="2" t_id="7">Talks</token>
<token number="7" sentence="2" t_id="8">resumed</token>
<token number="8" sentence="2" t_id="9">on</token>
<token number="9" sentence="2" t_id="10">Monday</token>
<token number="10" sentence="2" t_id="11">.</token>
<token number="11" sentence="3" t_id="12">More</token>
<token number="12" sentence="3" t_id="13">talks</token>
<token number="13" sentence="3" t_id="14">follow</token>
<token number="14" sentence="3" t_id="15">next</token>
<token number="15" sentence="3" t_id="16">week</token>
<token number="16" sentence="3" t_id="17">.</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2010-03-03">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2010-03-01">
<token_anchor t_id="10"/>
</TIMEX3>
<TIMEX3 TAG_DESCRIPTOR="2010" functionInDocument="NONE" m_id="3" type="DATE" value="2010"/>
</Markables>
</Document>
"""

TIMEML = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>wire1</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-27" functionInDocument="CREATION_TIME">'
    "02/27/1998</TIMEX3></DCT>\n"
    '<TEXT>The vote came <TIMEX3 tid="t1" type="DATE" value="1998-02-26">Thursday</TIMEX3>, '
    'after <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> of talks.</TEXT>\n'
    "</TimeML>\n"
)


@dataclass(frozen=True)
class Guess:
    span: tuple[int, int]
    value: str


def test_rebuild_text_joins_tokens_as_written() -> None:
    tokens = ["He", "said", "``", "yes", "''", "(", "on", "Monday", ")", "."]
    text, spans = rebuild_text(
        [["Title"], tokens, ["It", "cost", "US$", "5", ",", "it", "'s", "said"]]
    )
    assert text == 'Title\nHe said "yes" (on Monday).\nIt cost US$5, it\'s said'
    monday = spans[1][7]
    assert text[monday[0] : monday[1]] == "Monday"
    assert [text[s:e] for s, e in spans[2]][2:4] == ["US$", "5"]


def test_rebuild_text_alternates_straight_quotes() -> None:
    text, _ = rebuild_text([["She", "said", '"', "no", '"', "and", "left"]])
    assert text == 'She said "no" and left'


def test_read_meantime(tmp_path: Path) -> None:
    path = tmp_path / "talks.xml"
    path.write_text(MEANTIME, encoding="utf-8")
    document = read_meantime(path, annotated_sentences=3)
    assert (
        document.text
        == "Talks resume\nMarch 3, 2010\nTalks resumed on Monday.\nMore talks follow next week."
    )
    assert document.creation_value == "2010-03-03"
    assert document.creation_date == datetime.date(2010, 3, 3)
    assert document.creation_span is not None
    assert document.text[slice(*document.creation_span)] == "March 3, 2010"
    (monday,) = document.timexes  # the markable without tokens is not in the text
    assert document.text[slice(*monday.span)] == "Monday" and monday.value == "2010-03-01"
    assert document.annotated_end == document.text.index("Monday") + len("Monday.")
    assert read_meantime(path, annotated_sentences=None).annotated_end is None
    assert read_gold(path) == read_meantime(path)


def test_read_timeml(tmp_path: Path) -> None:
    path = tmp_path / "wire1.tml"
    path.write_text(TIMEML, encoding="utf-8")
    document = read_timeml(path)
    assert document.id == "wire1"
    assert document.text == "The vote came Thursday, after three days of talks."
    assert document.creation_date == datetime.date(1998, 2, 27)
    assert [(document.text[slice(*t.span)], t.value) for t in document.timexes] == [
        ("Thursday", "1998-02-26"),
        ("three days", "P3D"),
    ]
    assert read_gold(path) == document
    assert document.creation_span is None  # the creation time is outside the text


def test_read_timeml_with_creation_time_in_text(tmp_path: Path) -> None:
    path = tmp_path / "wire2.tml"
    path.write_text(
        '<TimeML><TEXT><TIMEX3 tid="t0" type="DATE" value="1998-02-27" '
        'functionInDocument="CREATION_TIME">Feb. 27, 1998</TIMEX3> Talks ended '
        '<TIMEX3 tid="t1" type="DATE" value="1998-02-26">Thursday</TIMEX3>.</TEXT></TimeML>',
        encoding="utf-8",
    )
    document = read_timeml(path)
    assert document.creation_span is not None
    assert document.text[slice(*document.creation_span)] == "Feb. 27, 1998"
    assert [document.text[slice(*t.span)] for t in document.timexes] == ["Thursday"]


def test_gold_files_and_bad_input(tmp_path: Path) -> None:
    (tmp_path / "a.tml").write_text(TIMEML, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not gold", encoding="utf-8")
    assert gold_files(tmp_path) == [tmp_path / "a.tml"]
    broken = tmp_path / "b.xml"
    broken.write_text("<TimeML><TEXT>", encoding="utf-8")
    with pytest.raises(InputError):
        read_gold(broken)
    with pytest.raises(InputError):
        gold_files(tmp_path / "missing")


def _document() -> GoldDocument:
    text = "Dateline 2010\nVoting ends Friday and results come in two days. Later text 2011."
    return GoldDocument(
        id="d",
        text=text,
        creation_value="2010-03-03",
        creation_span=(9, 13),
        timexes=(
            GoldTimex((text.index("Friday"), text.index("Friday") + 6), "2010-03-05", "DATE"),
            GoldTimex((text.index("two days"), text.index("two days") + 8), "P2D", "DURATION"),
        ),
        annotated_end=text.index("Later"),
    )


def test_score_relaxed_span_and_value() -> None:
    document = _document()
    text = document.text
    friday = text.index("Friday")
    predicted = [
        Guess((9, 13), "2010"),  # the creation time: not scored
        Guess((friday, friday + 6), "2010-03-12"),  # span right, value wrong
        Guess((text.index("in two"), text.index("days") + 4), "P2D"),  # overlaps: both right
        Guess((text.index("2011"), text.index("2011") + 4), "2011"),  # after the annotated text
    ]
    scores = score([(document, predicted)])
    assert (scores.span.predicted, scores.span.gold) == (2, 2)
    assert scores.span.f1 == 1.0
    assert (scores.value.precision, scores.value.recall) == (0.5, 0.5)
    assert scores.as_dict()["gold"] == 2


def test_match_is_one_to_one() -> None:
    gold = [GoldTimex((0, 10), "P1D", "DURATION")]
    predicted = [Guess((0, 4), "P1D"), Guess((5, 10), "P1D")]
    assert len(match(gold, predicted)) == 1
    scores = score([(GoldDocument("d", "x" * 10, None, None, tuple(gold)), predicted)])
    assert scores.span.precision == 0.5 and scores.span.recall == 1.0


def test_empty_scores_are_zero() -> None:
    scores = score([])
    assert scores.documents == 0 and scores.span.f1 == 0.0


def test_reads_a_meantime_article(shared_data: Path) -> None:
    folder = shared_data / "timex" / "meantime_en"
    files = gold_files(folder)
    assert len(files) == 120
    document = read_gold(files[0])
    assert document.creation_span is not None and document.creation_date is not None
    for timex in document.timexes:
        assert document.text[slice(*timex.span)].strip() and timex.value
