"""Hostile input: each case runs the real command line, as a user's shell would,
and asserts the exact message and exit status."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_support import ARTICLE, CONFIG


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A folder with a config (cfg.yaml) and one good article (news/clashes.txt)."""
    (tmp_path / "cfg.yaml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "clashes.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path
