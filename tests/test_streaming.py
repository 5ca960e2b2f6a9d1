"""A large JSON Lines file is read a line at a time (briefings/sources/jsonl.py):
the same articles as a whole read, without ever holding the whole file.

Peak memory on a file of hundreds of megabytes is measured by
benchmarks/bench_jsonl.py, not here.
"""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from briefings.sources import jsonl, read_articles
from briefings.sources.jsonl import JsonReader


def _records(n: int) -> list[dict]:
    """Fictional articles, each its own story (no two fold as duplicates)."""
    places = ["Dalmi", "Port Vell", "Norda", "Brask", "Istrel", "Korvath", "Asteri"]
    out = []
    for i in range(n):
        place = places[i % len(places)]
        out.append(
            {
                "id": f"r{i}",
                "title": f"Report {i} from {place}",
                "text": f"Shelling killed {i + 3} people in {place} on Monday, officials said. "
                f"Talks number {i} between the sides were postponed to week {i % 52 + 1}. "
                f"The bridge {i * 7} kilometres from {place} reopened after repairs; "
                f"engineers counted {i * 11 + 5} trucks crossing and {i % 9} convoys waiting.",
                "source": "Example Wire",
                "published": f"2026-11-{i % 28 + 1:02d}",
            }
        )
    return out


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), "utf-8")
    return path


def test_a_streamed_file_gives_what_a_whole_read_gives(monkeypatch, tmp_path: Path) -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in _records(60)]
    lines[5] = "{not json"
    lines[9] = ""
    lines[12] = json.dumps({"title": "no text here"})
    lines[20] = json.dumps({**_records(1)[0], "id": "u", "title": "Café à Dalmi — “quoted”"})
    path = _write(tmp_path / "big.jsonl", lines)

    monkeypatch.setattr(jsonl, "STREAM_BYTES", 10**12)
    whole = read_articles([path], default_year=2026)
    monkeypatch.setattr(jsonl, "STREAM_BYTES", 0)
    streamed = read_articles([path], default_year=2026)

    assert streamed.articles == whole.articles
    assert streamed.problems == whole.problems
    assert streamed.notes == whole.notes
    # 60 lines: one not JSON, one blank, one without text; line 21 retells line 1
    assert len(streamed.articles) == 56
    assert streamed.articles[0].duplicates == (f"{path}:21",)
    assert [p.message.split(":")[0] for p in streamed.problems] == ["line 6", "line 13"]
    assert streamed.articles[0].path == f"{path}:1"


def test_a_streamed_file_with_a_byte_order_mark_and_crlf(monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    body = "\r\n".join(json.dumps(r) for r in _records(3))
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))  # no newline at the end
    monkeypatch.setattr(jsonl, "STREAM_BYTES", 0)
    read = read_articles([path], default_year=2026)
    assert [a.id for a in read.articles] == ["r0", "r1", "r2"] and not read.problems


def test_a_line_that_is_not_utf8_is_decoded_on_its_own(monkeypatch, tmp_path: Path) -> None:
    records = [json.dumps(r) for r in _records(4)]
    cp1252 = json.dumps({**_records(5)[4], "title": "Caf\u00e9 talks"}, ensure_ascii=False)
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b"\n".join(
            [r.encode() for r in records[:2]] + [cp1252.encode("cp1252")] + [records[3].encode()]
        )
    )
    monkeypatch.setattr(jsonl, "STREAM_BYTES", 0)
    read = read_articles([path], default_year=2026)
    assert [a.title for a in read.articles][2] == "Caf\u00e9 talks"  # Windows-1252
    assert not read.problems and not read.notes  # as a whole Windows-1252 file is read


def test_a_line_of_utf8_with_a_stray_byte_gets_one_note(monkeypatch, tmp_path: Path) -> None:
    records = [json.dumps(r, ensure_ascii=False).encode() for r in _records(3)]
    stray = json.dumps(
        {**_records(4)[3], "title": "Caf\u00e9 \u201ctalks\u201d"}, ensure_ascii=False
    )
    path = tmp_path / "stray.jsonl"
    path.write_bytes(b"\n".join([*records, stray.encode().replace(b"talks", b"ta\xfflks")]))
    monkeypatch.setattr(jsonl, "STREAM_BYTES", 0)
    read = read_articles([path], default_year=2026)
    assert len(read.articles) == 4
    assert [n.message[:24] for n in read.notes] == ["line 4: 1 byte is not va"]


def test_a_utf16_file_is_read_whole(monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes("\n".join(json.dumps(r) for r in _records(3)).encode("utf-16"))
    monkeypatch.setattr(jsonl, "STREAM_BYTES", 0)
    assert [a.id for a in read_articles([path], default_year=2026).articles] == ["r0", "r1", "r2"]


def test_the_whole_file_is_never_held(tmp_path: Path) -> None:
    """Reading a 24 MB file line by line holds about one line: records without text
    are problems of a few bytes each, so whatever stays is the reader's own."""
    filler = "x" * 100_000
    path = _write(tmp_path / "huge.jsonl", [json.dumps({"title": filler})] * 240)
    size = path.stat().st_size
    assert size > 24_000_000
    reader = JsonReader(2026)
    tracemalloc.start()
    try:
        with path.open("rb") as handle:
            items = list(reader.read_stream(str(path), handle))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(items) == 240
    assert peak < size / 20, f"peak {peak:,} bytes for a file of {size:,}"


@pytest.mark.parametrize("name", ["a.json"])
def test_a_json_file_is_never_streamed(name: str) -> None:
    """A JSON document (one object or a list) can only be parsed whole."""
    assert not JsonReader(2026).streams(name, 10**12)
    assert JsonReader(2026).streams("a.jsonl", 10**12)
    assert JsonReader(2026).streams("a.ndjson", 10**12)
