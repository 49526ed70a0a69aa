"""Score time expressions against TimeML gold, the TempEval-3 way.

Two gold formats are read:

- TempEval-3 TimeML (`.tml`): text inside `<TEXT>` with inline `<TIMEX3>` tags; the creation
  time is the `<TIMEX3 functionInDocument="CREATION_TIME">` (usually inside `<DCT>`).
- MEANTIME / NewsReader XML (`.xml`): `<token>` elements and stand-off `<TIMEX3>` markables
  that point at tokens. The text is rebuilt from the tokens (see `rebuild_text`), and each
  markable's span runs from the start of its first token to the end of its last one. MEANTIME
  marks time expressions only in the first six token sentences of an article (title, dateline
  and opening sentences; later ones carry only cross-document event links), so only
  predictions there are scored.

Scores (the creation time itself is never scored, and a prediction overlapping it is ignored):

- relaxed span: a predicted expression matches a gold one when their spans overlap (each gold
  expression is matched at most once, the largest overlap first); precision is matched
  predictions over predictions, recall matched gold over gold;
- value: as relaxed span, but a match counts only when the TimeML values are equal strings.
"""

from __future__ import annotations

import datetime
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from dyads.errors import InputError
from dyads.eval.metrics import PRF
from dyads.records import TimeRef

Span = tuple[int, int]
CREATION_TIME = "CREATION_TIME"


@dataclass(frozen=True)
class GoldTimex:
    """One gold time expression in the document's text."""

    span: Span
    value: str
    type: str


@dataclass(frozen=True)
class GoldDocument:
    """A gold document: its text, creation time and scored time expressions."""

    id: str
    text: str
    creation_value: str | None
    creation_span: Span | None  # where the creation time is written in `text`, if it is
    timexes: tuple[GoldTimex, ...]
    # Where the annotated part of the text ends (None: it all is); later predictions are not
    # scored, since gold says nothing about them.
    annotated_end: int | None = None

    @property
    def creation_date(self) -> datetime.date | None:
        """The creation time as a calendar date, when its value starts with one."""
        if self.creation_value is None:
            return None
        try:
            return datetime.date.fromisoformat(self.creation_value[:10])
        except ValueError:
            return None


class Predicted(Protocol):
    """What the scorer needs of a predicted expression (a `TimeRef` has both)."""

    @property
    def span(self) -> Span: ...

    @property
    def value(self) -> str: ...


# --- reading gold -----------------------------------------------------------------------------

# Tokens written without a space before them, and tokens without a space after them.
_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?%)\]}]|\.\.\.|'s|'S|n't|'re|'ve|'ll|'d|'m|'|”|’)$")
_NO_SPACE_AFTER = re.compile(r"^(?:[(\[{$£€#“‘]|[A-Z]{1,3}\$)$")
_PTB_QUOTES = {"``": '"', "''": '"'}


def rebuild_text(sentences: Sequence[Sequence[str]]) -> tuple[str, list[list[Span]]]:
    """Text from tokenised sentences, with the character span of every token.

    Each sentence goes on its own line (the tokens say nothing of paragraphs). Within a
    sentence tokens are joined by one space, except before closing punctuation and clitics
    ("," "." ")" "%" "'s" "n't") and after opening brackets and currency signs ("(" "$" "US$").
    Treebank quotes (`` and '') become plain double quotes; a straight double quote opens and
    closes in turn.
    """
    pieces: list[str] = []
    spans: list[list[Span]] = []
    length = 0
    for number, sentence in enumerate(sentences):
        if number:
            pieces.append("\n")
            length += 1
        sentence_spans: list[Span] = []
        glue = True  # no space before the first token of a line
        quote_open = False
        for raw in sentence:
            token = _PTB_QUOTES.get(raw, raw)
            closes_quote = token == '"' and (raw == "''" or (raw == '"' and quote_open))
            if token == '"':
                quote_open = not closes_quote
            if not glue and not _NO_SPACE_BEFORE.match(token) and not closes_quote:
                pieces.append(" ")
                length += 1
            sentence_spans.append((length, length + len(token)))
            pieces.append(token)
            length += len(token)
            glue = bool(_NO_SPACE_AFTER.match(token)) or (token == '"' and quote_open)
        spans.append(sentence_spans)
    return "".join(pieces), spans


# MEANTIME's time expressions all lie in sentences 0-5 (0 is the title, 1 the dateline).
MEANTIME_ANNOTATED_SENTENCES = 6


def meantime_text(root: ET.Element) -> tuple[str, list[list[Span]], dict[str, Span]]:
    """A MEANTIME document's text rebuilt from its tokens, the spans of each sentence's tokens,
    and each token id's span."""
    sentences: dict[int, list[tuple[str, str]]] = {}
    for token in root.iter("token"):
        sentence = int(token.get("sentence", "0"))
        sentences.setdefault(sentence, []).append((token.get("t_id", ""), token.text or ""))
    ordered = [sentences[key] for key in sorted(sentences)]
    text, spans = rebuild_text([[word for _, word in sentence] for sentence in ordered])
    where = {
        token_id: span
        for sentence, sentence_spans in zip(ordered, spans, strict=True)
        for (token_id, _), span in zip(sentence, sentence_spans, strict=True)
    }
    return text, spans, where


def read_meantime(
    path: Path, annotated_sentences: int | None = MEANTIME_ANNOTATED_SENTENCES
) -> GoldDocument:
    """A MEANTIME (NewsReader XML) document with its TIMEX3 markables; predictions are scored
    in its first `annotated_sentences` sentences only (None: everywhere)."""
    root = _parse(path)
    text, spans, where = meantime_text(root)
    creation_value: str | None = None
    creation_span: Span | None = None
    timexes: list[GoldTimex] = []
    for timex in root.iter("TIMEX3"):
        anchors = [where[a.get("t_id", "")] for a in timex.iter("token_anchor")]
        span = (min(s for s, _ in anchors), max(e for _, e in anchors)) if anchors else None
        value = timex.get("value", "")
        if timex.get("functionInDocument") == CREATION_TIME:
            creation_value, creation_span = value, span
        elif span is not None:  # markables without tokens are not in the text
            timexes.append(GoldTimex(span, value, timex.get("type", "")))
    timexes.sort(key=lambda timex: timex.span)
    document_id = root.get("doc_name") or root.get("doc_id") or path.stem
    annotated_end = None
    if annotated_sentences is not None and len(spans) > annotated_sentences:
        annotated_end = spans[annotated_sentences - 1][-1][1]
    return GoldDocument(
        document_id, text, creation_value, creation_span, tuple(timexes), annotated_end
    )


def read_timeml(path: Path) -> GoldDocument:
    """A TempEval-3 TimeML document: the text of `<TEXT>` with its inline TIMEX3 tags."""
    root = _parse(path)
    body = root.find(".//TEXT")
    if body is None:
        raise InputError(f"{path}: no <TEXT> element")
    pieces: list[str] = []
    timexes: list[GoldTimex] = []
    creation_value: str | None = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == CREATION_TIME:
            creation_value = timex.get("value")
    creation: list[Span] = []
    _collect(body, pieces, timexes, creation)
    text = "".join(pieces)
    document_id = (root.findtext(".//DOCID") or path.stem).strip()
    creation_span = creation[0] if creation else None  # when the text itself states it
    return GoldDocument(document_id, text, creation_value, creation_span, tuple(timexes))


def _collect(
    element: ET.Element, pieces: list[str], timexes: list[GoldTimex], creation: list[Span]
) -> None:
    """Append the text of `element` to `pieces`, noting where each TIMEX3 inside it lies
    (the creation time apart from the others)."""
    start = sum(len(piece) for piece in pieces)
    pieces.append(element.text or "")
    for child in element:
        _collect(child, pieces, timexes, creation)
        pieces.append(child.tail or "")
    if element.tag == "TIMEX3":
        span = (start, sum(len(piece) for piece in pieces))
        if element.get("functionInDocument") == CREATION_TIME:
            creation.append(span)
        else:
            timexes.append(GoldTimex(span, element.get("value", ""), element.get("type", "")))


def read_gold(path: Path) -> GoldDocument:
    """A gold document in either format, told apart by its root element."""
    root = _parse(path)
    if root.tag == "Document" and root.find("token") is not None:
        return read_meantime(path)
    return read_timeml(path)


def gold_files(path: Path) -> list[Path]:
    """The gold files under a path: the file itself, or every .xml and .tml below a folder."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise InputError(f"{path}: no such file or folder")
    found = sorted(p for p in path.rglob("*") if p.suffix in (".xml", ".tml") and p.is_file())
    return [p for p in found if p.stat().st_size and not p.name.startswith(".")]


def _parse(path: Path) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise InputError(f"{path}: not readable TimeML ({exc})") from exc


# --- scoring ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimexScores:
    documents: int
    span: PRF  # relaxed (overlap) span match
    value: PRF  # relaxed span match with the right value

    def as_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "gold": self.span.gold,
            "predicted": self.span.predicted,
            "span": self.span.as_dict(),
            "value": self.value.as_dict(),
        }


def _overlap(first: Span, second: Span) -> int:
    return min(first[1], second[1]) - max(first[0], second[0])


def match(
    gold: Sequence[GoldTimex], predicted: Sequence[Predicted]
) -> list[tuple[GoldTimex, Predicted]]:
    """One-to-one pairs of overlapping gold and predicted expressions, largest overlap first."""
    candidates = sorted(
        (
            (-_overlap(g.span, p.span), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(predicted)
            if _overlap(g.span, p.span) > 0
        ),
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs: list[tuple[GoldTimex, Predicted]] = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_predicted:
            continue
        used_gold.add(gi)
        used_predicted.add(pi)
        pairs.append((gold[gi], predicted[pi]))
    return pairs


def scored_predictions(document: GoldDocument, predicted: Iterable[Predicted]) -> list[Predicted]:
    """The predictions that count: those in the annotated text, but not on the creation time."""
    dct = document.creation_span
    end = document.annotated_end
    return [
        p
        for p in predicted
        if (dct is None or _overlap(p.span, dct) <= 0) and (end is None or p.span[0] < end)
    ]


def score(results: Iterable[tuple[GoldDocument, Sequence[Predicted]]]) -> TimexScores:
    """Relaxed span and value precision, recall and F1 over documents, micro-averaged."""
    documents = gold_total = predicted_total = span_correct = value_correct = 0
    for document, predicted in results:
        kept = scored_predictions(document, predicted)
        pairs = match(document.timexes, kept)
        documents += 1
        gold_total += len(document.timexes)
        predicted_total += len(kept)
        span_correct += len(pairs)
        value_correct += sum(1 for g, p in pairs if g.value == p.value)
    return TimexScores(
        documents=documents,
        span=PRF(span_correct, predicted_total, gold_total),
        value=PRF(value_correct, predicted_total, gold_total),
    )


def dyads_tagger(model: str | None = None) -> Callable[[GoldDocument], list[TimeRef]]:
    """dyads' own time tagging of a gold document: the model's parse and the TimeTagger,
    anchored on the creation time, else on the date dyads infers from the text."""
    from dyads.nlp import load_model  # imported here: scoring other systems needs no model
    from dyads.stages.time import TimeTagger, infer_article_date

    nlp, tagger = load_model(model), TimeTagger()

    def tag(document: GoldDocument) -> list[TimeRef]:
        doc = nlp(document.text)
        anchor = document.creation_date or infer_article_date(doc)[0]
        return tagger.process(doc, anchor)

    return tag
