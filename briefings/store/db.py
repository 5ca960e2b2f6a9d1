"""The SQLite connection: WAL, a busy timeout, one writer at a time, versioned schema.

Every write is one transaction begun with ``BEGIN IMMEDIATE``: it takes the
write lock up front, so two runs at once queue for it (waiting up to
``BUSY_SECONDS``) instead of one failing with "database is locked" halfway
through. WAL lets readers go on while a writer works, and a process killed
mid-transaction leaves the store as it was before that transaction.

Connections are short-lived (one per read or write): a run holds no
connection while it extracts or renders, and forked workers inherit none.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefings.errors import StoreError
from briefings.store.schema import LATEST, MIGRATIONS

#: How long a writer waits for another to finish before giving up.
BUSY_SECONDS = 60.0
#: How long a new store's switch to WAL is asked again while another run makes it (it
#: takes that run milliseconds; a file system without WAL answers the same every time).
_WAL_SECONDS = 5.0


def now() -> str:
    """The time in UTC, to the second: '2024-05-10T06:00:02Z'."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def statements(script: str) -> list[str]:
    """A script cut into statements (``executescript`` would commit halfway)."""
    out: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            out.append(current.strip())
            current = ""
    if current.strip():
        out.append(current.strip())
    return out


def _damaged(path: Path, exc: Exception) -> StoreError:
    return StoreError(
        f"{path}: the history store cannot be used ({exc}); if it is damaged, move it aside "
        "and run again (a new, empty store is made; the history in the old one is lost), "
        "or set 'store.path' in the config to another file"
    )


def _wal(con: sqlite3.Connection) -> str:
    """Switch to WAL and return the journal mode. The switch needs the file to itself:
    when another run is making the same new store at that moment, SQLite answers with
    the old mode, or "database is locked", instead of waiting; so the switch is asked
    again (the mode is kept in the file: once the other run has set it, it is "wal")."""
    deadline = time.monotonic() + _WAL_SECONDS
    while True:
        try:
            mode = str(con.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            # ("database is locked": the other run holds it for the switch; no busy wait)
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            mode = "locked"
        if mode.lower() == "wal" or time.monotonic() > deadline:
            return mode
        time.sleep(0.05)


class Database:
    """A store file: opened (created and migrated if need be) once, then used through
    ``read()`` and ``write()``, each on a connection of its own."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"{path.parent}: cannot make the folder for the history store "
                f"({exc.strerror}); set 'store.path' in the config to a writable place, "
                "or 'store: {enabled: false}' to keep no history"
            ) from None
        self._migrate()

    def _connect(self) -> sqlite3.Connection:
        try:
            con = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(
                f"{self.path}: cannot open the history store ({exc}); set 'store.path' in the "
                "config to a writable place"
            ) from None
        try:
            con.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
            mode = _wal(con)
            if mode.lower() != "wal":
                raise sqlite3.OperationalError(f"journal mode is {mode}, not WAL")
            con.execute("PRAGMA synchronous = NORMAL")  # WAL: durable at each checkpoint
            con.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as exc:
            con.close()
            raise _damaged(self.path, exc) from None
        return con

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        con = self._connect()
        try:
            yield con
        except sqlite3.DatabaseError as exc:
            raise _damaged(self.path, exc) from None
        finally:
            con.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: everything inside is stored, or nothing is."""
        con = self._connect()
        try:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            raise _damaged(self.path, exc) from None
        finally:
            con.close()

    def version(self) -> int:
        with self.read() as con:
            return int(con.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        if self.version() == LATEST:
            return
        with self.write() as con:  # two runs may both see an old store: the lock decides
            version = int(con.execute("PRAGMA user_version").fetchone()[0])
            if version > LATEST:
                raise StoreError(
                    f"{self.path}: the history store is version {version}, made by a newer "
                    f"briefings than this one (which reads version {LATEST}); upgrade briefings"
                )
            for step in range(version, LATEST):
                for sql in statements(MIGRATIONS[step]):
                    con.execute(sql)
            con.execute(f"PRAGMA user_version = {LATEST}")

    def integrity(self) -> str:
        """'ok', or what SQLite's integrity check found."""
        with self.read() as con:
            rows = con.execute("PRAGMA integrity_check").fetchall()
        return "; ".join(str(r[0]) for r in rows)
