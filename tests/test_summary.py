from __future__ import annotations

from rich.console import Console

from dyads.records import Actor, Article, CodedArticle, Event, Place
from dyads.summary import print_summary


def test_summary_shows_type_dyad_place_status_and_source() -> None:
    text = "Leaders of A and B met in C."
    actor = Actor(text="A", name="Aland", code="ALA", sector="GOV", span=(11, 12))
    recipient = Actor(text="B", name="Bland", code="BLA", sector=None, span=(17, 18))
    source = Actor(text="the ministry", name="Aland", code="ALA", sector="GOV", span=(0, 1))
    place = Place(
        text="C",
        name="Ceetown",
        country="CEE",
        admin1=None,
        lat=1.0,
        lon=2.0,
        geonameid=None,
        span=(26, 27),
    )
    event = Event(
        id="x-e1",
        event="CONSULT",
        mode="visit",
        context=("diplomatic",),
        status="future",
        cameo="042",
        quad_class=1,
        actor=actor,
        recipient=recipient,
        date="2026-01-02",
        date_text="Friday",
        location=place,
        reported_by=source,
        trigger="met",
        span=(0, 28),
        confidence=0.9,
    )
    coded = CodedArticle(article=Article(id="x", text=text, title="Talks"), events=(event,))
    console = Console(width=200, record=True)
    print_summary([coded], console)
    output = console.export_text()
    for expected in (
        "Talks",
        "CONSULT/visit",
        "Aland (ALA GOV) → Bland (BLA)",
        "2026-01-02",
        "Ceetown (CEE)",
        "future",
        "1 article(s), 1 event(s)",
    ):
        assert expected in output
