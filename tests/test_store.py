"""The history store: migrations from every earlier version, facts kept exactly,
transactions, locking, and the messages a damaged or newer store gets."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.config import load_config
from briefings.errors import StoreError
from briefings.extract import extract_facts
from briefings.facts_json import (
    article_facts_from_json,
    article_facts_to_json,
    article_from_meta,
    article_meta_to_json,
)
from briefings.models import Article, Casualty, DiplomaticStep, Evidence, GroundEvent, Statement
from briefings.sources import read_articles
from briefings.store import (
    Answer,
    BriefArticle,
    BriefFile,
    BriefKey,
    Store,
    anchor,
    content_hash,
)
from briefings.store.db import BUSY_SECONDS, statements
from briefings.store.schema import LATEST, MIGRATIONS

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"

# -- sample rows, one set per schema version, written with plain SQL as that version had them

ROWS = {
    1: [
        "INSERT INTO runs (id, started, command, series) VALUES "
        "(1, '2031-03-02T06:00:00Z', 'generate', '/desk/cfg.yaml')",
        "INSERT INTO articles (hash, path, first_seen, first_run, meta) VALUES "
        "('h1', '/desk/news/a.txt', '2031-03-02T06:00:00Z', 1, "
        '\'{"title": "T", "source": "Wire", "published": "2031-03-01", "url": null, '
        '"byline": null, "dateline": null, "format": "txt", "outlets": ["Wire"]}\')',
        "INSERT INTO files (path, size, mtime_ns, seen_run) VALUES ('/desk/news/a.txt', 10, 5, 1)",
        "INSERT INTO facts (hash, extractor, actors, anchor, facts, created) VALUES "
        "('h1', 'x1', 'act', '', "
        '\'{"casualties": [], "statements": [], "diplomacy": [], "ground": []}\', '
        "'2031-03-02T06:00:00Z')",
    ],
    2: [
        "INSERT INTO briefs (id, series, as_of, issued, run, extractor, actors, since, "
        "html_sha256, renderer, summary, findings) VALUES (1, '/desk/cfg.yaml', '2031-03-02', "
        "'2031-03-02T06:00:01Z', 1, 'x1', 'act', NULL, 'abc', 'r1', '{\"title\": \"T\"}', x'00')",
        "INSERT INTO brief_files (brief, format, path, sha256, size) VALUES "
        "(1, 'pdf', '/desk/out/brief.pdf', 'def', 3)",
        "INSERT INTO brief_articles (brief, position, hash, article_id, anchor) VALUES "
        "(1, 0, 'h1', 'a1', '')",
    ],
    3: [
        "INSERT INTO sendings (id, brief, started, method, server, recipients, forced, "
        "outcome, message_id, detail) VALUES (1, 1, '2031-03-02T06:00:02Z', 'smtp', "
        "'smtp.example.org:587 (starttls)', '[\"a@example.org\"]', 0, 'sent', '<m@x>', NULL)",
        "INSERT INTO sending_answers (sending, recipient, field, accepted, code, answer) VALUES "
        "(1, 'a@example.org', 'to', 1, 250, 'RCPT: OK; DATA: queued')",
    ],
    4: [
        "INSERT INTO brief_keys (brief, key, racy, report) VALUES "
        "(1, 'k1', '{}', '{\"articles\": 1}')",
    ],
}


def store_at_version(path: Path, version: int) -> None:
    """A store as briefings made it when ``version`` was the latest, with data in it."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("BEGIN")
    for step in range(version):
        for sql in statements(MIGRATIONS[step]):
            con.execute(sql)
        for sql in ROWS[step + 1]:
            con.execute(sql)
    con.execute(f"PRAGMA user_version = {version}")
    con.execute("COMMIT")
    con.close()


def schema(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    rows = con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    con.close()
    return [" ".join(str(x).split()) for row in rows for x in row]


def test_every_schema_step_is_tested() -> None:
    assert sorted(ROWS) == list(range(1, LATEST + 1))


@pytest.mark.parametrize("version", range(LATEST))
def test_migrates_from_every_earlier_version(tmp_path: Path, version: int) -> None:
    old = tmp_path / "old.db"
    store_at_version(old, version)
    fresh = tmp_path / "fresh.db"
    Store(fresh)

    store = Store(old)

    assert store.version() == LATEST
    assert schema(old) == schema(fresh)  # as if made new
    assert store.integrity() == "ok"
    if version >= 1:  # what was there is still there, through the current code
        assert store.load_facts([("h1", "")], "x1", "act") == {
            ("h1", ""): '{"casualties": [], "statements": [], "diplomacy": [], "ground": []}'
        }
        assert store.first_runs(["h1"]) == {"h1": 1}
        assert store.seen_files(["/desk/news/a.txt"])["/desk/news/a.txt"].seen_run == 1
    if version >= 2:
        brief = store.brief_of("/desk/cfg.yaml", "2031-03-02")
        assert brief is not None and brief.files["pdf"].sha256 == "def"
        assert store.brief_articles(brief.id) == [BriefArticle("h1", "a1", "")]
    if version >= 3:
        (sending,) = store.sendings("/desk/cfg.yaml")
        assert sending.answers == (
            Answer("a@example.org", "to", True, 250, "RCPT: OK; DATA: queued"),
        )
    if version >= 4:
        ((brief, key),) = store.briefs_of_key("k1")
        assert brief.as_of == "2031-03-02" and key.report == {"articles": 1}
    # and everything can be written after the migration
    run = store.begin_run("generate", "/desk/cfg.yaml")
    store.record_read(run, [("/desk/news/b.txt", 4, 9)], [("h2", "/desk/news/b.txt", {})])
    brief_id = store.record_brief(
        series="/desk/cfg.yaml",
        as_of="2031-03-03",
        run=run,
        extractor="x1",
        actors="act",
        since="last",
        html_sha256="h",
        renderer="r",
        summary={},
        findings={"events": []},
        files={"html": BriefFile("/desk/out/b.html", "s", 1)},
        articles=[BriefArticle("h2", "a1", "")],
        key=BriefKey("k2", {"/desk/news/b.txt": "s2"}, {"articles": 1}),
    )
    ((brief, key),) = store.briefs_of_key("k2")
    assert brief.id == brief_id and key.racy == {"/desk/news/b.txt": "s2"}
    store.record_sending(
        brief=brief_id,
        method="smtp",
        server="s",
        recipients=["b@example.org"],
        forced=False,
        outcome="sent",
        message_id=None,
        detail=None,
        answers=[Answer("b@example.org", "to", True, 250, "ok")],
    )
    assert store.brief_findings(brief_id) == {"events": []}
    assert store.integrity() == "ok"


def test_a_store_made_by_a_newer_briefings_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Store(path)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {LATEST + 1}")
    con.close()
    with pytest.raises(StoreError, match=f"version {LATEST + 1}, made by a newer briefings"):
        Store(path)


def test_a_file_that_is_no_database_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "briefings.db"
    path.write_bytes(b"this is not SQLite at all " * 100)
    with pytest.raises(StoreError) as info:
        Store(path)
    assert "move it aside and run again" in info.value.message
    assert "store.path" in info.value.message


def test_wal_busy_timeout_and_foreign_keys(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    with store.read() as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert con.execute("PRAGMA busy_timeout").fetchone()[0] == int(BUSY_SECONDS * 1000)
        assert con.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_failed_write_stores_nothing(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    run = store.begin_run("generate", "cfg")
    with pytest.raises(RuntimeError), store.write() as con:
        con.execute(
            "INSERT INTO files (path, size, mtime_ns, seen_run) VALUES ('x', 1, 1, ?)", (run,)
        )
        raise RuntimeError("killed halfway")
    assert store.seen_files(["x"]) == {}


def _writer(args: tuple[str, int]) -> int:
    path, n = args
    store = Store(Path(path))
    for i in range(30):
        run = store.begin_run("generate", f"cfg{n}")
        store.record_read(run, [(f"/f{n}-{i}", i, i)], [(f"h{n}-{i}", f"/f{n}-{i}", {})])
        store.save_facts([(f"h{n}-{i}", "", "{}")], "x", "a")
    return n


@pytest.mark.slow
def test_runs_at_once_neither_fail_nor_corrupt(tmp_path: Path) -> None:
    """Four processes writing as fast as they can: no "database is locked", nothing lost."""
    path = tmp_path / "s.db"
    Store(path)
    with multiprocessing.get_context("fork").Pool(4) as pool:
        assert sorted(pool.map(_writer, [(str(path), n) for n in range(4)])) == [0, 1, 2, 3]
    store = Store(path)
    assert store.integrity() == "ok"
    with store.read() as con:
        assert con.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 120
        assert con.execute("SELECT COUNT(*) FROM facts").fetchone()[0] == 120


def _opener(path: str) -> str:
    try:
        Store(Path(path))
    except StoreError as exc:
        return str(exc)
    return "ok"


@pytest.mark.slow
def test_runs_at_once_make_one_new_store(tmp_path: Path) -> None:
    """Four runs making the same new store at once: its switch to WAL needs the file to
    itself, and SQLite answers the others "database is locked" without waiting; each
    must wait its turn, not fail (the store code before this failed about one round in
    ten)."""
    context = multiprocessing.get_context("fork")
    for n in range(40):
        path = str(tmp_path / f"s{n}.db")
        with context.Pool(4) as pool:
            assert pool.map(_opener, [path] * 4) == ["ok"] * 4, n


# -- facts kept exactly ---------------------------------------------------------------

text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
maybe_text = st.none() | text
maybe_int = st.none() | st.integers(min_value=0, max_value=10**12)
evidence = st.builds(
    Evidence,
    article_id=st.just("a1"),
    sentence=text,
    start=st.integers(0, 10**6),
    end=st.integers(0, 10**6),
)
casualty = st.builds(
    Casualty,
    party=text,
    kind=st.sampled_from(["killed", "wounded", "missing", "captured", "displaced"]),
    count=maybe_int,
    evidence=evidence,
    low=maybe_int,
    high=maybe_int,
    approximate=st.booleans(),
    date=maybe_text,
    location=maybe_text,
    claimed_by=maybe_text,
)
statement = st.builds(
    Statement,
    actor=text,
    speaker=maybe_text,
    text=text,
    quote=st.booleans(),
    evidence=evidence,
    date=maybe_text,
)
step = st.builds(
    DiplomaticStep,
    type=st.sampled_from(["meeting", "call", "talks", "agreement", "visit"]),
    participants=st.lists(text, max_size=4).map(tuple),
    status=st.sampled_from(["held", "planned", "proposed", "not_planned", "cancelled"]),
    evidence=evidence,
    date=maybe_text,
    location=maybe_text,
    mediators=st.lists(text, max_size=3).map(tuple),
    term=maybe_text,
)
ground = st.builds(
    GroundEvent, actor=text, action=text, evidence=evidence, place=maybe_text, date=maybe_text
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(casualty, max_size=4),
    st.lists(statement, max_size=4),
    st.lists(step, max_size=4),
    st.lists(ground, max_size=4),
)
@pytest.mark.slow
def test_facts_come_back_exactly(casualties, statements_, steps, grounds) -> None:
    doc = json.loads(json.dumps(article_facts_to_json(casualties, statements_, steps, grounds)))
    assert article_facts_from_json(doc, "a1") == (casualties, statements_, steps, grounds)


def test_real_facts_come_back_exactly_under_any_id() -> None:
    config = load_config(FIXTURES / "analysis" / "strait.yaml")
    articles = read_articles([FIXTURES / "analysis" / "articles"]).articles
    facts = extract_facts(articles, config)
    for article in articles:
        mine = [
            [f for f in kind if f.evidence.article_id == article.id]
            for kind in (facts.casualties, facts.statements, facts.diplomacy, facts.ground)
        ]
        doc = json.loads(json.dumps(article_facts_to_json(*mine)))
        back = article_facts_from_json(doc, "x9")
        assert [[f.evidence.article_id for f in kind] for kind in back] == [
            ["x9"] * len(kind) for kind in mine
        ]
        assert article_facts_from_json(doc, article.id) == tuple(mine)
        meta = json.loads(json.dumps(article_meta_to_json(article)))
        again = article_from_meta(meta, article.id, article.path)
        assert again == Article(**{**article.__dict__, "text": "", "duplicates": ()})


def test_content_hash_and_anchor() -> None:
    a = Article("a1", "x.txt", "Title", "Text.", published="2031-03-01")
    moved = Article("a7", "elsewhere.md", "Title", "Text.", published="2031-03-01", source="X")
    edited = Article("a1", "x.txt", "Title", "Text!", published="2031-03-01")
    assert content_hash(a) == content_hash(moved)  # the same article, wherever it is read
    assert content_hash(a) != content_hash(edited)
    assert anchor(a, "2031-03-06") == ""  # a dated article's facts do not depend on the run
    undated = Article("a1", "x.txt", "Title", "Text.", published="2031-03")
    assert anchor(undated, "2031-03-06") == "2031-03-06"
