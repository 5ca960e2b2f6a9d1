"""Every sending of a brief, with the server's answer for each recipient."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from briefings.store.db import Database, now


@dataclass(frozen=True)
class Answer:
    recipient: str
    field: str  # 'to', 'cc', 'bcc'
    accepted: bool
    code: int | None
    answer: str | None


@dataclass(frozen=True)
class SendingRecord:
    id: int
    brief: int
    as_of: str
    started: str
    method: str  # 'smtp', 'dry-run'
    server: str
    recipients: tuple[str, ...]
    forced: bool
    outcome: str  # 'sent', 'partial', 'failed', 'written'
    message_id: str | None
    detail: str | None
    answers: tuple[Answer, ...]

    @property
    def accepted(self) -> int:
        return sum(a.accepted for a in self.answers)


def recipients_key(recipients: Sequence[str]) -> str:
    """The list as stored: sorted, so the same people in another order are the same list."""
    return json.dumps(sorted(recipients))


class SendingRecords(Database):
    def record_sending(
        self,
        *,
        brief: int,
        method: str,
        server: str,
        recipients: Sequence[str],
        forced: bool,
        outcome: str,
        message_id: str | None,
        detail: str | None,
        answers: Sequence[Answer],
    ) -> int:
        with self.write() as con:
            cur = con.execute(
                "INSERT INTO sendings (brief, started, method, server, recipients, forced, "
                "outcome, message_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    brief,
                    now(),
                    method,
                    server,
                    recipients_key(recipients),
                    int(forced),
                    outcome,
                    message_id,
                    detail,
                ),
            )
            sending = cur.lastrowid
            assert sending is not None
            con.executemany(
                "INSERT INTO sending_answers (sending, recipient, field, accepted, code, answer) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (sending, a.recipient, a.field, int(a.accepted), a.code, a.answer)
                    for a in answers
                ],
            )
        return sending

    def _sendings(self, where: str, args: Sequence) -> list[SendingRecord]:
        out = []
        with self.read() as con:
            rows = con.execute(
                "SELECT s.id, s.brief, b.as_of, s.started, s.method, s.server, s.recipients, "
                "s.forced, s.outcome, s.message_id, s.detail FROM sendings s "
                f"JOIN briefs b ON b.id = s.brief WHERE {where}",
                args,
            ).fetchall()
            for row in rows:
                answers = tuple(
                    Answer(r, f, bool(ok), code, text)
                    for r, f, ok, code, text in con.execute(
                        "SELECT recipient, field, accepted, code, answer FROM sending_answers "
                        "WHERE sending = ? ORDER BY rowid",
                        (row[0],),
                    )
                )
                ident, brief, as_of, started, method, server = row[:6]
                out.append(
                    SendingRecord(
                        id=ident,
                        brief=brief,
                        as_of=as_of,
                        started=started,
                        method=method,
                        server=server,
                        recipients=tuple(json.loads(row[6])),
                        forced=bool(row[7]),
                        outcome=row[8],
                        message_id=row[9],
                        detail=row[10],
                        answers=answers,
                    )
                )
        return out

    def sent_before(
        self, series: str, as_of: str, recipients: Sequence[str]
    ) -> SendingRecord | None:
        """The last sending of the series' brief of ``as_of`` to this same list that
        reached anyone (dry runs and failures do not count)."""
        found = self._sendings(
            "b.series = ? AND b.as_of = ? AND s.recipients = ? AND s.method = 'smtp' "
            "AND s.outcome IN ('sent', 'partial') ORDER BY s.id DESC LIMIT 1",
            (series, as_of, recipients_key(recipients)),
        )
        return found[0] if found else None

    def sendings(self, series: str, limit: int | None = None) -> list[SendingRecord]:
        """The series' sendings, latest first."""
        return self._sendings(
            "b.series = ? ORDER BY s.id DESC LIMIT ?", (series, -1 if limit is None else limit)
        )
