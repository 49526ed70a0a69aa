"""Progress of a batch run, shown as a bar on a terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from rich.console import Console


class ProgressReporter(Protocol):
    """Told how many articles there are to code, then how many finished."""

    def start(self, total: int) -> None: ...

    def advance(self, articles: int) -> None: ...

    def stop(self) -> None: ...


class RichProgress:
    """A progress bar with articles/s and the time left, for a terminal."""

    def __init__(self, console: Console) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("coding"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=console,
            transient=True,
        )
        self._task = self._progress.add_task("coding", total=None, rate="")

    def start(self, total: int) -> None:
        self._progress.update(self._task, total=total)
        self._progress.start()

    def advance(self, articles: int) -> None:
        self._progress.advance(self._task, articles)
        speed = self._progress.tasks[0].speed
        rate = f"{speed:.1f} articles/s" if speed else ""
        self._progress.update(self._task, rate=rate)

    def stop(self) -> None:
        self._progress.stop()
