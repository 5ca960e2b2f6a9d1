"""Articles by content hash, the files they came from, and their facts.

An article is the same article when its title, text and publication date are
the same, wherever it is read from. Its facts are kept per extractor
(``briefings.extract.version``), per set of actors (the config's, hashed) and,
for an article without a full publication date, per as-of date: the extractor
reads "on Tuesday" against the publication date, or against the as-of date
when there is none, so only then do the facts depend on the day of the run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefings.config import Actor
from briefings.models import Article
from briefings.store.db import Database, now

#: SQLite's limit on the number of ``?`` in one statement is 32,766; stay well under.
CHUNK = 500


def content_hash(article: Article) -> str:
    """The sha256 of what makes an article itself: title, text, publication date."""
    doc = json.dumps([article.title, article.text, article.published], ensure_ascii=False)
    return hashlib.sha256(doc.encode("utf-8")).hexdigest()


def actors_hash(actors: Iterable[Actor]) -> str:
    """The sha256 of the configured actors (id, name, aliases, in config order)."""
    rows = [[a.id, a.name, list(a.aliases)] for a in actors]
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode("utf-8")).hexdigest()


def full_date(published: str | None) -> bool:
    """Whether the extractor anchors the article's relative dates on its own date
    (the same test as ``briefings.extract.context``: year, month and day)."""
    if not published:
        return False
    parts = published.split("-")
    if len(parts) != 3:
        return False
    try:
        dt.date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
    except ValueError:
        return False
    return True


def anchor(article: Article, as_of: str) -> str:
    """'' when the facts do not depend on the as-of date, else that date."""
    return "" if full_date(article.published) else as_of


@dataclass(frozen=True)
class SeenFile:
    size: int
    mtime_ns: int
    seen_run: int


def _chunks(items: Sequence, size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i : i + size]


class ArticleRecords(Database):
    def begin_run(self, command: str, series: str) -> int:
        with self.write() as con:
            cur = con.execute(
                "INSERT INTO runs (started, command, series) VALUES (?, ?, ?)",
                (now(), command, series),
            )
            assert cur.lastrowid is not None
            return cur.lastrowid

    def last_run_before(self, stamp: str) -> int:
        """The last run started before ``stamp`` (UTC, ISO 8601), or 0."""
        with self.read() as con:
            row = con.execute("SELECT MAX(id) FROM runs WHERE started < ?", (stamp,)).fetchone()
        return int(row[0] or 0)

    def seen_files(self, paths: Sequence[str]) -> dict[str, SeenFile]:
        out: dict[str, SeenFile] = {}
        with self.read() as con:
            for part in _chunks(list(paths)):
                marks = ",".join("?" * len(part))
                for path, size, mtime, run in con.execute(
                    f"SELECT path, size, mtime_ns, seen_run FROM files WHERE path IN ({marks})",
                    part,
                ):
                    out[path] = SeenFile(size, mtime, run)
        return out

    def record_read(
        self,
        run: int,
        files: Sequence[tuple[str, int, int]],
        articles: Sequence[tuple[str, str, dict]],
    ) -> None:
        """Note the files read (path, size, mtime) and the articles in them (hash,
        path, metadata): a file's version and an article keep the run that first saw them."""
        stamp = now()
        with self.write() as con:
            con.executemany(
                "INSERT INTO files (path, size, mtime_ns, seen_run) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (path) DO UPDATE SET size = excluded.size, "
                "mtime_ns = excluded.mtime_ns, seen_run = excluded.seen_run "
                "WHERE files.size != excluded.size OR files.mtime_ns != excluded.mtime_ns",
                [(path, size, mtime, run) for path, size, mtime in files],
            )
            con.executemany(
                "INSERT OR IGNORE INTO articles (hash, path, first_seen, first_run, meta) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (h, path, stamp, run, json.dumps(meta, ensure_ascii=False))
                    for h, path, meta in articles
                ],
            )

    def first_runs(self, hashes: Sequence[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        with self.read() as con:
            for part in _chunks(list(hashes)):
                marks = ",".join("?" * len(part))
                out.update(
                    con.execute(
                        f"SELECT hash, first_run FROM articles WHERE hash IN ({marks})", part
                    ).fetchall()
                )
        return out

    def articles_meta(self, hashes: Sequence[str]) -> dict[str, tuple[str, dict]]:
        """hash -> (the path it was first read from, its metadata)."""
        out: dict[str, tuple[str, dict]] = {}
        with self.read() as con:
            for part in _chunks(list(hashes)):
                marks = ",".join("?" * len(part))
                for h, path, meta in con.execute(
                    f"SELECT hash, path, meta FROM articles WHERE hash IN ({marks})", part
                ):
                    out[h] = (path, json.loads(meta))
        return out

    def load_facts(
        self, keys: Sequence[tuple[str, str]], extractor: str, actors: str
    ) -> dict[tuple[str, str], str]:
        """(hash, anchor) -> the stored facts' JSON, for the keys the store has."""
        wanted = set(keys)
        out: dict[tuple[str, str], str] = {}
        with self.read() as con:
            for part in _chunks(sorted({h for h, _ in keys})):
                marks = ",".join("?" * len(part))
                for h, anc, doc in con.execute(
                    f"SELECT hash, anchor, facts FROM facts WHERE extractor = ? AND actors = ? "
                    f"AND hash IN ({marks})",
                    [extractor, actors, *part],
                ):
                    if (h, anc) in wanted:
                        out[(h, anc)] = doc
        return out

    def save_facts(self, rows: Sequence[tuple[str, str, str]], extractor: str, actors: str) -> None:
        """Store (hash, anchor, facts JSON) rows, all in one transaction."""
        if not rows:
            return
        stamp = now()
        with self.write() as con:
            con.executemany(
                "INSERT OR REPLACE INTO facts (hash, extractor, actors, anchor, facts, created) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(h, extractor, actors, anc, doc, stamp) for h, anc, doc in rows],
            )
