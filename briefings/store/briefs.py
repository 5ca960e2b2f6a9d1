"""The briefs issued: as-of date, files and their sha256, the findings they showed,
the articles they rest on. A series is the briefs of one config file."""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from briefings.store.db import Database, now


@dataclass(frozen=True)
class BriefFile:
    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class BriefRecord:
    id: int
    series: str
    as_of: str
    issued: str
    run: int
    extractor: str
    actors: str
    since: str | None
    html_sha256: str
    renderer: str
    #: What the brief showed, for email and history: header, key developments, changes.
    summary: dict[str, Any]
    files: dict[str, BriefFile] = field(default_factory=dict)


@dataclass(frozen=True)
class BriefKey:
    """What a brief was made from, hashed (``briefings.incremental.brief_key``): a run
    with the same key makes the same files, so it may take them from disk instead."""

    key: str
    #: Inputs modified so recently before the run that their size and modification
    #: time cannot vouch for their content: path -> sha256 of their bytes.
    racy: dict[str, str] = field(default_factory=dict)
    #: What the run that made the brief reported: its counts, problems and notes.
    report: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BriefArticle:
    hash: str
    article_id: str
    anchor: str


_COLUMNS = (
    "id, series, as_of, issued, run, extractor, actors, since, html_sha256, renderer, summary"
)


class BriefRecords(Database):
    def record_brief(
        self,
        *,
        series: str,
        as_of: str,
        run: int,
        extractor: str,
        actors: str,
        since: str | None,
        html_sha256: str,
        renderer: str,
        summary: dict[str, Any],
        findings: dict[str, Any],
        files: dict[str, BriefFile],
        articles: Sequence[BriefArticle],
        key: BriefKey | None = None,
    ) -> int:
        blob = zlib.compress(json.dumps(findings, ensure_ascii=False).encode("utf-8"), 6)
        with self.write() as con:
            cur = con.execute(
                "INSERT INTO briefs (series, as_of, issued, run, extractor, actors, since, "
                "html_sha256, renderer, summary, findings) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    series,
                    as_of,
                    now(),
                    run,
                    extractor,
                    actors,
                    since,
                    html_sha256,
                    renderer,
                    json.dumps(summary, ensure_ascii=False),
                    blob,
                ),
            )
            brief = cur.lastrowid
            assert brief is not None
            con.executemany(
                "INSERT INTO brief_files (brief, format, path, sha256, size) "
                "VALUES (?, ?, ?, ?, ?)",
                [(brief, fmt, f.path, f.sha256, f.size) for fmt, f in files.items()],
            )
            con.executemany(
                "INSERT INTO brief_articles (brief, position, hash, article_id, anchor) "
                "VALUES (?, ?, ?, ?, ?)",
                [(brief, i, a.hash, a.article_id, a.anchor) for i, a in enumerate(articles)],
            )
            if key is not None:
                con.execute(
                    "INSERT INTO brief_keys (brief, key, racy, report) VALUES (?, ?, ?, ?)",
                    (
                        brief,
                        key.key,
                        json.dumps(key.racy, ensure_ascii=False, sort_keys=True),
                        json.dumps(key.report, ensure_ascii=False),
                    ),
                )
        return brief

    def _briefs(self, con: sqlite3.Connection, where: str, args: Sequence) -> list[BriefRecord]:
        rows = con.execute(f"SELECT {_COLUMNS} FROM briefs WHERE {where}", args).fetchall()
        out = []
        for row in rows:
            files = {
                fmt: BriefFile(path, sha, size)
                for fmt, path, sha, size in con.execute(
                    "SELECT format, path, sha256, size FROM brief_files WHERE brief = ? "
                    "ORDER BY format",
                    (row[0],),
                )
            }
            ident, series, as_of, issued, run, extractor, actors, since, html, renderer = row[:10]
            out.append(
                BriefRecord(
                    id=ident,
                    series=series,
                    as_of=as_of,
                    issued=issued,
                    run=run,
                    extractor=extractor,
                    actors=actors,
                    since=since,
                    html_sha256=html,
                    renderer=renderer,
                    summary=json.loads(row[10]),
                    files=files,
                )
            )
        return out

    def brief_by_id(self, brief: int) -> BriefRecord:
        with self.read() as con:
            (found,) = self._briefs(con, "id = ?", (brief,))
        return found

    def previous_brief(self, series: str, as_of: str) -> BriefRecord | None:
        """The latest brief of the series dated before ``as_of`` (its last issue)."""
        with self.read() as con:
            found = self._briefs(
                con, "series = ? AND as_of < ? ORDER BY as_of DESC, id DESC LIMIT 1",
                (series, as_of),
            )  # fmt: skip
        return found[0] if found else None

    def brief_of(self, series: str, as_of: str) -> BriefRecord | None:
        """The last issue of the series' brief of ``as_of``."""
        with self.read() as con:
            found = self._briefs(
                con, "series = ? AND as_of = ? ORDER BY id DESC LIMIT 1", (series, as_of)
            )
        return found[0] if found else None

    def latest_brief(self, series: str) -> BriefRecord | None:
        with self.read() as con:
            found = self._briefs(con, "series = ? ORDER BY as_of DESC, id DESC LIMIT 1", (series,))
        return found[0] if found else None

    def briefs(self, series: str, limit: int | None = None) -> list[BriefRecord]:
        """The series' briefs, latest issue first."""
        with self.read() as con:
            return self._briefs(
                con, "series = ? ORDER BY id DESC LIMIT ?", (series, -1 if limit is None else limit)
            )

    def brief_findings(self, brief: int) -> dict[str, Any]:
        with self.read() as con:
            (blob,) = con.execute("SELECT findings FROM briefs WHERE id = ?", (brief,)).fetchone()
        return json.loads(zlib.decompress(blob).decode("utf-8"))

    def brief_articles(self, brief: int) -> list[BriefArticle]:
        with self.read() as con:
            rows = con.execute(
                "SELECT hash, article_id, anchor FROM brief_articles WHERE brief = ? "
                "ORDER BY position",
                (brief,),
            ).fetchall()
        return [BriefArticle(*row) for row in rows]

    def briefs_of_key(self, key: str) -> list[tuple[BriefRecord, BriefKey]]:
        """The briefs made from exactly what ``key`` hashes, latest first."""
        with self.read() as con:
            keyed = {
                brief: BriefKey(key, json.loads(racy), json.loads(report))
                for brief, racy, report in con.execute(
                    "SELECT brief, racy, report FROM brief_keys WHERE key = ? "
                    "ORDER BY brief DESC LIMIT 20",
                    (key,),
                )
            }
            if not keyed:
                return []
            marks = ",".join("?" * len(keyed))
            found = self._briefs(con, f"id IN ({marks}) ORDER BY id DESC", list(keyed))
        return [(b, keyed[b.id]) for b in found]

    def pdfs_of_html(self, html_sha256: str, renderer: str) -> list[BriefFile]:
        """The PDFs recorded for this very HTML by this very renderer, latest first."""
        with self.read() as con:
            rows = con.execute(
                "SELECT f.path, f.sha256, f.size FROM briefs b JOIN brief_files f "
                "ON f.brief = b.id AND f.format = 'pdf' "
                "WHERE b.html_sha256 = ? AND b.renderer = ? ORDER BY b.id DESC LIMIT 20",
                (html_sha256, renderer),
            ).fetchall()
        return [BriefFile(*row) for row in rows]
