"""Set-up shared by every pool of spawned worker processes."""

from __future__ import annotations

import multiprocessing
import os
import threading
from multiprocessing.connection import wait as wait_for_any

from dyads.pipeline import PipelineConfig, cached_pipeline


def exit_with_parent() -> None:
    """Make this worker exit as soon as its parent is gone."""
    # A worker whose parent was killed (kill -9 leaves no time to stop the pool) would
    # otherwise linger, holding a loaded model.
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait_for_any([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def start_worker(config: PipelineConfig) -> None:
    """Pool initializer: watch the parent, and load the pipeline once, before any work."""
    exit_with_parent()
    cached_pipeline(config)
