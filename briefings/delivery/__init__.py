"""Delivering a brief: ``deliver`` emails the PDF of a brief the store has recorded.

    deliver(config, store, record)            # send, record the server's answers
    deliver(config, store, record, dry_run=True)   # write brief-DATE.eml instead

The same brief goes to the same list of recipients once; ``force`` sends it again.
"""

from __future__ import annotations

import smtplib
from collections.abc import Callable
from pathlib import Path

import click

from briefings.config import Config
from briefings.delivery.email import (
    connect,
    envelope,
    hand_over,
    login,
    password,
    server_name,
)
from briefings.delivery.message import compose
from briefings.errors import AlreadySentError, DeliveryError, PartialDeliveryError
from briefings.incremental import sha256
from briefings.store import BriefRecord, Store

__all__ = ["deliver"]


def _quiet(_: str) -> None:
    pass


def _pdf(record: BriefRecord) -> tuple[Path, bytes]:
    """The brief's PDF, as it was when the brief was made."""
    pdf = record.files.get("pdf")
    if pdf is None:
        raise DeliveryError(
            f"the brief of {record.as_of} was made without a PDF, and the email attaches "
            "one; generate it again with the PDF (--format pdf or both)"
        )
    path = Path(pdf.path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DeliveryError(
            f"{path}: the PDF of the brief of {record.as_of} cannot be read ({exc.strerror}); "
            "generate the brief again"
        ) from None
    if sha256(data) != pdf.sha256:
        raise DeliveryError(
            f"{path}: the PDF changed since the brief of {record.as_of} was made (its sha256 "
            "differs from the one recorded); generate the brief again"
        )
    return path, data


def deliver(
    config: Config,
    store: Store,
    record: BriefRecord,
    *,
    dry_run: bool = False,
    force: bool = False,
    progress: Callable[[str], None] = _quiet,
    sleep: Callable[[float], None] | None = None,
) -> int:
    """Send (or, ``dry_run``, write as .eml) the brief ``record``; returns the sending's id.

    Raises AlreadySentError when this list already has this brief (unless
    ``force``), DeliveryError when nothing could be delivered, and
    PartialDeliveryError, after recording, when some recipients were refused."""
    email = config.email
    assert email is not None
    recipients = envelope(email)
    everyone = [r.address for r in recipients]
    if not dry_run and not force:
        earlier = store.sent_before(record.series, record.as_of, everyone)
        if earlier is not None:
            raise AlreadySentError(
                f"the brief of {record.as_of} was already sent to this list on "
                f"{earlier.started.replace('T', ' ').rstrip('Z')} UTC ({earlier.accepted} of "
                f"{len(earlier.recipients)} accepted); pass --force to send it again"
            )
    path, data = _pdf(record)
    message = compose(config, record.summary, data, path.name)

    def note(outcome: str, detail: str | None, answers=(), method: str = "smtp") -> int:
        return store.record_sending(
            brief=record.id,
            method=method,
            server=server_name(email) if method == "smtp" else str(path.with_suffix(".eml")),
            recipients=everyone,
            forced=force,
            outcome=outcome,
            message_id=message["Message-ID"],
            detail=detail,
            answers=answers,
        )

    if dry_run:
        from briefings.writer import write_atomic

        eml = write_atomic(path.with_suffix(".eml"), message.as_bytes())
        sending = note("written", str(eml), method="dry-run")
        click.echo(str(eml))
        return sending

    try:
        secret = password(email, config.path)
        smtp = connect(email, progress, sleep) if sleep else connect(email, progress)
        try:
            login(smtp, email, secret)
            answers = hand_over(smtp, email, message, recipients, progress)
        finally:
            try:
                smtp.quit()
            except (OSError, smtplib.SMTPException):
                smtp.close()
    except DeliveryError as exc:
        note("failed", exc.message)
        raise
    except (OSError, smtplib.SMTPException) as exc:  # the server hung up mid-way
        error = DeliveryError(
            f"the connection to {server_name(email)} failed while sending ({exc}); "
            "nothing is known to be delivered; try again (--force if some got it)"
        )
        note("failed", error.message)
        raise error from None
    delivered = [a for a in answers if a.accepted]
    refused = [a for a in answers if not a.accepted]
    outcome = "sent" if not refused else ("partial" if delivered else "failed")
    detail = None
    if refused:
        detail = "refused: " + "; ".join(f"{a.recipient} ({a.code})" for a in refused)
    sending = note(outcome, detail, answers)
    if not delivered:
        raise DeliveryError(
            f"{server_name(email)} refused every recipient: "
            + "; ".join(f"{a.recipient}: {a.code} {a.answer}" for a in refused)
        )
    click.echo(
        f"Sent the brief of {record.as_of} to {len(delivered)} of {len(answers)} recipients "
        f"through {server_name(email)}"
    )
    if refused:
        raise PartialDeliveryError(
            f"not delivered to {len(refused)} of {len(answers)} recipients: "
            + "; ".join(f"{a.recipient}: {a.code} {a.answer}" for a in refused)
            + "; the others got it ('briefings history' shows every answer)"
        )
    return sending
