"""The hostile corpus (tests/hostile/corpus, see its README) through the real command
line: exact lines on standard error, nothing fetched, nothing attached, nothing run;
and 3,000 files with some broken, each broken one reported, the rest in the brief."""

from __future__ import annotations

import json
import random
import re
import shutil
import time
from pathlib import Path

import pytest
from hostile_support import briefings
from support import Recorder, attachments

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parent / "corpus" / "articles"

EXPECTED_STDERR = [
    "Skipped corpus/12-odd-types.json: the object: 'text' is a mapping, not text; give it as "
    "a string",
    "Skipped corpus/13-alias-bomb.md: the front matter (line 8): the alias '*l5' makes it "
    "expand past 100,000 values; write the values out instead of nesting aliases",
    "Skipped corpus/14-empty.txt: the file is empty; remove it or add the article text",
    "Skipped corpus/15-binary.txt: looks like a binary file, not an article; remove it or "
    "convert it to text",
    "Note: corpus/09-impossible-date.md: 'published: 2020-02-30' is not a real date (day is "
    "out of range for month), so it was ignored; write it as YYYY-MM-DD",
    "Note: corpus/10-big-numbers.txt: a casualty figure of 10^100 is beyond any plausible "
    "count of people (more than 1,000,000,000), so it was left out: 'Northern army shelling "
    "killed 10^100 people in Pell on Monday, the Southland…'",
    "Note: corpus/10-big-numbers.txt: a casualty figure of 100,000,000,000,000,000,000,000,000 "
    "is beyond any plausible count of people (more than 1,000,000,000), so it was left out: "
    "'Northern army shelling killed 100000000000000000000000000 civilians in Pell on…'",
]
TITLES = [
    "Shelling resumes near Dalmi", "Convoy reaches Veresk", "Talks in Geneva",
    "Ceasefire talks planned", "Talks {{ 7*7 }} {% for x in range(10**9) %}x{% endfor %}",
    "Strike on Norda", "Strike on Kaver", "Strike on Tamsk", "Strike on Lorn",
    "Shelling near Brask", "Alarm over Selva", "Aid reaches Marn", "Figures beyond belief",
    "Talks in Oslo", "Truce holds",
]  # fmt: skip


@pytest.fixture
def corpus_run(desk: Path, server: str):
    corpus = desk / "corpus"
    shutil.copytree(CORPUS, corpus)
    for path in corpus.iterdir():
        data = path.read_bytes()
        if b"HOSTILE-SERVER" in data:
            path.write_bytes(data.replace(b"http://HOSTILE-SERVER", server.encode()))
    result = briefings("generate", "--config", "cfg.yaml", "--out", "out", "corpus", cwd=desk)
    return desk, result


def test_the_corpus_gives_exactly_these_messages(corpus_run) -> None:
    desk, result = corpus_run

    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert re.fullmatch(r"Read 15 articles \(4 skipped\) \(1 note\) in \d+\.\d s", lines[0])
    assert re.fullmatch(r"Extracted \d+ facts \(2 notes\) in \d+\.\d s", lines[1])
    # after the progress lines, what was skipped and noted, exactly
    assert [ln for ln in lines[2:] if ln.startswith(("Skipped ", "Note: "))] == EXPECTED_STDERR
    assert lines[-len(EXPECTED_STDERR) :] == EXPECTED_STDERR
    assert result.stdout == "out/brief-2024-05-10.pdf\nout/brief-2024-05-10.html\n"


def test_the_corpus_fetches_runs_and_attaches_nothing(corpus_run) -> None:
    desk, result = corpus_run
    assert result.returncode == 0, result.stderr
    html = (desk / "out" / "brief-2024-05-10.html").read_text(encoding="utf-8")
    pdf = (desk / "out" / "brief-2024-05-10.pdf").read_bytes()

    assert Recorder.requests == []
    assert attachments(pdf) == []
    assert b"root:x:0:0" not in pdf and "root:x:0:0" not in html
    for tag in ("<script", "<iframe", "<object", "<embed", "<img", "<base", "<meta http-equiv",
                '<link rel="attachment"', '<a rel="attachment"', "<style>@import"):  # fmt: skip
        assert tag not in html, tag
    assert not re.search(r"\son\w+\s*=", html), "an event handler attribute got through"
    hrefs = re.findall(r'(?:href|src)="([^"]*)"', html)
    assert all(h.startswith(("#", "http://", "https://")) for h in hrefs), hrefs
    assert "javascript:alert(document.domain)" in html  # shown as text, not a link
    assert "Talks {{ 7*7 }} {% for x in range(10**9) %}x{% endfor %}" in html  # as written
    for title in TITLES:
        assert title.replace("'", "&#39;").replace('"', "&#34;") in html, title
    assert "\x07" not in html and "\x1b" not in html


# -- 3,000 files, some broken --------------------------------------------------------

PLACES = ("Dalmi Veresk Ostra Norda Kaver Tamsk Lorn Brask Selva Marn Pell Rimsk Tolva "
          "Barrow Essen Kiran Moss Vale Dunn Hale").split()  # fmt: skip
VERBS = ["shelling killed", "drones killed", "an air strike killed", "artillery fire wounded"]
WHO = ["civilians", "Southern soldiers", "Northern soldiers", "people", "aid workers"]
SAID = ["the Southland defence ministry said", "a local official said", "the monitor said"]
MORE = [
    "Delegations of Northland and Southland held talks in {p}.",
    "Southland called for a ceasefire in {p}.",
    "The shelling lasted {n} hours, witnesses said.",
    "Aid convoys were blocked near {p} for {n} days.",
]
BROKEN = [
    ("txt", b"\x00\x01bin" * 10, "looks like a binary file, not an article; remove it or "
     "convert it to text"),
    ("txt", b"", "the file is empty; remove it or add the article text"),
    ("json", b'{"title": "x", "text": ', "not valid JSON (line 1, column 24: Expecting value); "
     "fix it"),
    ("md", b"---\ntitle: [unclosed\n---\nBody.\n", "the front matter is not valid YAML (line 3); "
     "fix it"),
    ("json", b'{"title": "t", "text": 5}', "the object: 'text' is a number, not text; give it "
     "as a string"),
    ("xml", b"<rss><channel><item>", "entry 1: no title and no text; it was skipped"),
]  # fmt: skip


def test_three_thousand_files_with_some_broken(desk: Path) -> None:
    rng = random.Random(13)
    expected = []
    for i in range(3000):
        folder = desk / "many" / f"d{i % 30:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        if i % 100 == 7:
            ext, data, message = BROKEN[(i // 100) % len(BROKEN)]
            (folder / f"a{i:04d}.{ext}").write_bytes(data)
            expected.append(f"Skipped many/d{i % 30:02d}/a{i:04d}.{ext}: {message}")
            continue
        place, n = rng.choice(PLACES), rng.randint(2, 400)
        more = " ".join(
            rng.choice(MORE).format(p=rng.choice(PLACES), n=rng.randint(2, 40)) for _ in range(3)
        )
        (folder / f"a{i:04d}.txt").write_text(
            f"Report {i} from {place}\n\nNorthern army {rng.choice(VERBS)} {n} {rng.choice(WHO)} "
            f"near {place} on day {i}, {rng.choice(SAID)}. {more} Report {i}.\n",
            encoding="utf-8",
        )

    started = time.monotonic()
    result = briefings(
        "generate", "--config", "cfg.yaml", "--format", "html", "--out", "out", "many",
        cwd=desk, timeout=600,
    )  # fmt: skip
    took = time.monotonic() - started

    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stderr.splitlines()
    assert re.fullmatch(r"Read 2970 articles \(30 skipped\) in \d+\.\d s", lines[0]), lines[0]
    assert sorted(line for line in lines if line.startswith("Skipped")) == sorted(expected)
    assert took < 300, f"3,000 small files took {took:.0f} s"
    facts = briefings("extract", "--config", "cfg.yaml", "many", "-q", cwd=desk, timeout=600)
    assert len(json.loads(facts.stdout)["articles"]) == 2970
