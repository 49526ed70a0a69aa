"""Where the server may listen."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from dyads.cli import app
from dyads.web import ServeError, check_bind, serve
from dyads.web.serve import is_loopback

from .conftest import free_port


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]"])
def test_loopback_hosts(host: str) -> None:
    assert is_loopback(host)
    check_bind(host, token=None)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.10", "example.org"])
def test_other_hosts_need_a_token(host: str) -> None:
    assert not is_loopback(host)
    with pytest.raises(ServeError, match="DYADS_TOKEN"):
        check_bind(host, token=None)
    with pytest.raises(ServeError):
        check_bind(host, token="")
    check_bind(host, token="secret")


def test_serve_refuses_before_starting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DYADS_TOKEN", raising=False)
    with pytest.raises(ServeError, match="refusing"):
        serve(tmp_path / "x.duckdb", host="0.0.0.0")
    with pytest.raises(ServeError, match="port"):
        serve(tmp_path / "x.duckdb", port=70000)
    with pytest.raises(ServeError, match="no folder"):
        serve(tmp_path / "missing" / "x.duckdb")
    assert not (tmp_path / "x.duckdb").exists()


def test_the_cli_refuses_an_open_address_without_a_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DYADS_TOKEN", raising=False)
    result = CliRunner().invoke(
        app, ["serve", "--db", str(tmp_path / "s.duckdb"), "--host", "0.0.0.0"]
    )
    assert result.exit_code == 1
    assert "refusing to listen on 0.0.0.0" in result.output


def test_dyads_serve_answers_on_loopback(writable_store: Path) -> None:
    port = free_port()
    env = {key: value for key, value in os.environ.items() if key != "DYADS_TOKEN"}
    command = [
        sys.executable,
        "-m",
        "dyads",
        "serve",
        "--db",
        str(writable_store),
        "--port",
        str(port),
    ]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        body = _wait_for(f"http://127.0.0.1:{port}/v1/events", server)
        assert body["total"] == 5
        write = httpx.post(f"http://127.0.0.1:{port}/v1/articles", json={"text": "x"})
        assert write.status_code == 403  # no token in the environment: no writes
    finally:
        server.terminate()
        server.wait(timeout=10)


def _wait_for(url: str, server: subprocess.Popen[bytes]) -> Any:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"dyads serve exited: {server.stderr and server.stderr.read()!r}")
        try:
            return httpx.get(url, timeout=2).json()
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError("dyads serve did not answer")
