"""A bounded schemathesis run against the OpenAPI schema of a real server: no 5xx, ever.

Both valid (positive) and invalid (negative) requests are generated for every operation,
including coding fuzzed text with the real pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from .conftest import LiveServer

schemathesis = pytest.importorskip("schemathesis")

EXAMPLES_PER_OPERATION = 15


def operations(server: LiveServer) -> list[Any]:
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_no_request_makes_the_server_fail(live_server: LiveServer, mode: str) -> None:
    found = operations(live_server)
    assert len(found) == 5
    failures: list[str] = []
    for operation in found:
        strategy = operation.as_strategy(generation_mode=schemathesis.GenerationMode(mode))

        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            database=None,
            derandomize=True,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=strategy)
        def call(case: Any) -> None:
            response = case.call(base_url=live_server.url, timeout=30)
            if response.status_code >= 500:
                failures.append(
                    f"{case.method} {case.formatted_path} {case.query!r}: {response.status_code}"
                )

        call()
    assert failures == []
