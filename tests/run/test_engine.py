from __future__ import annotations

from dyads.pipeline import PipelineConfig, cached_pipeline
from dyads.records import Article
from dyads.run.engine import code_partition
from dyads.run.partitions import Partition, fingerprint
from dyads.store.flatten import ARTICLE_SCHEMA, EVENT_SCHEMA, QUOTE_SCHEMA


def test_a_partition_is_coded_into_typed_tables_that_agree_with_each_other() -> None:
    articles = (
        Article(id="p1", text="France accused Germany of breaking the trade deal, officials said."),
        Article(id="p2", text="Nothing happened in the quiet village this week."),
    )
    output = code_partition(Partition(4, articles, fingerprint(articles)), PipelineConfig())
    assert (output.index, output.size, output.rejects) == (4, 2, ())
    assert output.fingerprint == fingerprint(articles)
    assert output.articles.schema == ARTICLE_SCHEMA
    assert output.events.schema == EVENT_SCHEMA
    assert output.quotes.schema == QUOTE_SCHEMA
    assert output.articles.column("id").to_pylist() == ["p1", "p2"]
    assert sum(output.articles.column("n_events").to_pylist()) == output.events.num_rows >= 1


def test_the_pipeline_is_built_once_per_process_and_config() -> None:
    config = PipelineConfig()
    assert cached_pipeline(config) is cached_pipeline(config)
