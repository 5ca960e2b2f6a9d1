"""A feed file whose content is a path must be read as (bad) feed text, never as
the path: feedparser opens a string it is given when it names a file."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_support import briefings

pytestmark = pytest.mark.slow  # PDFs, a browser or the command line in a subprocess

PRIVATE_FEED = """\
<?xml version="1.0"?>
<rss version="2.0"><channel><title>Private desk</title>
<item><title>PRIVATE-ITEM-TITLE</title>
<description>Northern army shelling killed 7 people. PRIVATE-ITEM-TEXT.</description></item>
</channel></rss>
"""


@pytest.mark.parametrize("target", ["private", "/dev/zero", "/dev/stdin"])
def test_feed_content_naming_a_file_is_not_opened(desk: Path, target: str) -> None:
    private = desk.parent / f"{desk.name}-private.xml"
    private.write_text(PRIVATE_FEED, encoding="utf-8")
    named = str(private) if target == "private" else target
    (desk / "news" / "innocent.xml").write_text(named, encoding="utf-8")

    result = briefings(
        "extract",
        "--config",
        "cfg.yaml",
        "news/innocent.xml",
        "news/clashes.txt",
        cwd=desk,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert "PRIVATE" not in result.stdout
    assert (
        "Skipped news/innocent.xml: not an RSS or Atom feed (the XML is broken: "
        "not well-formed (invalid token)); check the file or give it another extension"
    ) in result.stderr
