"""Run the stages over articles: parse once, then actors, time, places, quotes, events, sources."""

from __future__ import annotations

import datetime as dt
import gc
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import msgspec
from spacy.tokens import Doc

from dyads.nlp import load_model
from dyads.records import Actor, Article, CodedArticle, Mentions, Place, Rejected
from dyads.stages.actor_place_agreement import agree_with_places
from dyads.stages.actors import ActorRecognizer
from dyads.stages.events import EventExtractor
from dyads.stages.places import Geoparser
from dyads.stages.provenance import ProvenanceResolver
from dyads.stages.quotes import QuoteFinder
from dyads.stages.time import TimeTagger, infer_article_date
from dyads.stages.title_headlines import TitleHeadlines
from dyads.stages.triggers import TriggerLexicon

BATCH_SIZE = 16


@dataclass(frozen=True)
class PipelineConfig:
    """What a pipeline is built from: the spaCy model and the user's own actor file."""

    model: str | None = None
    actors_file: Path | None = None


class Pipeline:
    """All stages, loaded once; `code` and `code_many` turn articles into coded articles."""

    def __init__(self, config: PipelineConfig | None = None) -> None:
        self.config = config or PipelineConfig()
        self.nlp = load_model(self.config.model)
        self.time_tagger = TimeTagger()
        self.actor_recognizer = ActorRecognizer(extra_actors=self.config.actors_file)
        self.geoparser = Geoparser()
        self.quote_finder = QuoteFinder()
        lexicon = TriggerLexicon()
        self.event_extractor = EventExtractor(lexicon)
        self.title_headlines = TitleHeadlines(
            self.nlp,
            lexicon.verb_lemmas(),
            self.actor_recognizer.name_spans,
            self.actor_recognizer.is_agent_word,
        )
        self.provenance = ProvenanceResolver()
        # The tables just loaded (dictionaries, gazetteer, model) last as long as the process:
        # kept out of the collector's full passes, which would walk them all again each time.
        gc.freeze()

    def code(self, article: Article) -> CodedArticle:
        """Code one article."""
        return self._code_parsed(article, self.nlp(article.text))

    def code_many(
        self, articles: Iterable[Article], batch_size: int = BATCH_SIZE
    ) -> Iterator[CodedArticle]:
        """Code a stream of articles, parsing them in batches; order is kept."""
        pairs = ((article.text, article) for article in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield self._code_parsed(article, doc)

    def code_safely(
        self, articles: Iterable[Article], batch_size: int = BATCH_SIZE
    ) -> Iterator[CodedArticle | Rejected]:
        """Like `code_many`, but an article that fails is reported, and the others go on."""
        pairs = ((article.text, article) for article in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            try:
                yield self._code_parsed(article, doc)
            except Exception as exc:  # one bad article must never stop a batch
                yield coding_failure(article, exc)

    def actors_and_places(
        self, doc: Doc, anchor: dt.date | None
    ) -> tuple[list[Actor], list[Place]]:
        """The actors and places of a parsed text: every caller that codes actors goes through
        here, so that all give the same actors."""
        actors = self.actor_recognizer.process(doc, anchor)
        places = self.geoparser.process(doc, actors, date=anchor)
        # Towns read before the geoparser ran may name another state's namesake.
        return agree_with_places(doc.text, actors, places), places

    def _code_parsed(self, article: Article, doc: Doc) -> CodedArticle:
        # A title-case headline's verb, read into a name by the tagger, read as a verb.
        doc = self.title_headlines.reparse(doc)
        article = _with_article_date(article, doc)
        anchor = dt.date.fromisoformat(article.date) if article.date else None
        times = self.time_tagger.process(doc, anchor)
        actors, places = self.actors_and_places(doc, anchor)
        quotes = self.quote_finder.process(doc, actors)
        events = self.event_extractor.process(doc, actors, times, places, anchor, article.id)
        events = self.provenance.process(doc, events, actors, quotes)
        return CodedArticle(
            article=article,
            events=tuple(events),
            quotes=tuple(quotes),
            mentions=Mentions(actors=tuple(actors), places=tuple(places), times=tuple(times)),
        )


def _with_article_date(article: Article, doc: Doc) -> Article:
    """Keep a metadata date; otherwise infer one from a dateline or dated text."""
    if article.date is not None:
        return article
    date, source = infer_article_date(doc, article.title)
    if date is None:
        return article
    return msgspec.structs.replace(article, date=date.isoformat(), date_source=source)


def coding_failure(article: Article, exc: Exception) -> Rejected:
    """The rejection reported for an article that a stage failed on."""
    return Rejected(
        source=f"article {article.id}",
        line=None,
        reason=f"coding failed: {type(exc).__name__}: {exc}",
        raw=None,
    )


_pipelines: dict[PipelineConfig, Pipeline] = {}
_pipelines_lock = threading.Lock()


def cached_pipeline(config: PipelineConfig | None = None) -> Pipeline:
    """The pipeline for `config`, built once per process however many articles it codes."""
    config = config or PipelineConfig()
    with _pipelines_lock:
        pipeline = _pipelines.get(config)
        if pipeline is None:
            pipeline = _pipelines[config] = Pipeline(config)
        return pipeline
