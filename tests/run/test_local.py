from __future__ import annotations

from dyads.pipeline import PipelineConfig
from dyads.records import Article, CodedArticle, Rejected
from dyads.run.local import code_in_processes

TEXTS = [
    "The Greek Prime Minister met the Turkish President in Ankara on Monday.",
    "Thousands of Chilean students protested in Santiago on Friday.",
    "Israeli aircraft struck targets in southern Lebanon, the army said.",
    "The European Union imposed sanctions on Iranian officials.",
    "Nothing happened here at all.",
]


def _articles() -> list[Article]:
    return [
        Article(id=f"t{n}", text=text, date="2026-02-04", date_source="metadata")
        for n, text in enumerate(TEXTS)
    ]


def test_two_processes_give_the_same_records_in_the_same_order() -> None:
    config = PipelineConfig()
    alone = list(code_in_processes(_articles(), config, workers=1))
    parallel = list(code_in_processes(_articles(), config, workers=2, chunk_size=2))
    assert [r.article.id for r in alone if isinstance(r, CodedArticle)] == [
        f"t{n}" for n in range(len(TEXTS))
    ]
    assert parallel == alone
    assert not any(isinstance(r, Rejected) for r in alone)
