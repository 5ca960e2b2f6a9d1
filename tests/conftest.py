"""Shared fixtures: the repository, the real seed articles and the eval config.

The seeds are third-party text, so they are read from ../shared beside the
checkout and never copied into the repo. Under CI=true a missing ../shared is
a failure, not a skip: CI must test against the real articles.
"""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest
from support import SHARED, Recorder, need_shared

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def no_store_in_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    """By default the history store goes beside the config. ../shared is third-party
    data, read only, and the checkout is no scratch space: a config in either keeps
    no store, so no test writes into them (tests of the store use a tmp_path)."""
    import briefings.store

    real = briefings.store.open_store

    def guarded(config, *, create=True):
        path = config.store_path
        if path is not None and any(
            path.resolve().is_relative_to(root.resolve()) for root in (SHARED, ROOT)
        ):
            return None
        return real(config, create=create)

    monkeypatch.setattr(briefings.store, "open_store", guarded)


@pytest.fixture
def seeds_dir() -> Path:
    return need_shared("seeds")


@pytest.fixture
def seed_paths(seeds_dir: Path) -> list[Path]:
    paths = sorted(seeds_dir.glob("*.txt"))
    assert len(paths) == 5, paths
    return paths


@pytest.fixture
def idlib_config() -> Path:
    return need_shared("eval", "configs", "idlib.yaml")


@pytest.fixture
def eval_dir() -> Path:
    return need_shared("eval")


@pytest.fixture
def demo_config() -> Path:
    return ROOT / "config" / "demo.yaml"


@pytest.fixture
def server():
    """A real HTTP server on 127.0.0.1 that records every request it gets."""
    Recorder.requests = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
