"""SMTP: connect (STARTTLS, implicit TLS or plain), log in, hand over one message.

Connecting is retried with exponential backoff (``retries`` times, waiting
``retry_wait`` seconds, then twice that, ...) and then fails with one clear
error. A certificate the client cannot trust, a server without STARTTLS and a
refused login are not retried: trying again cannot fix them.

The envelope is sent recipient by recipient (``RCPT TO``), so each gets the
server's own answer; a refused recipient does not stop the others.
"""

from __future__ import annotations

import os
import smtplib
import socket
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import parseaddr

from briefings.config import EmailSettings
from briefings.errors import DeliveryError
from briefings.store import Answer

Sleep = Callable[[float], None]


@dataclass(frozen=True)
class Recipient:
    address: str  # the bare address: a@example.org
    field: str  # 'to', 'cc', 'bcc'


def envelope(email: EmailSettings) -> list[Recipient]:
    """Every recipient once, in the order to, cc, bcc."""
    seen: set[str] = set()
    out = []
    for field, values in (("to", email.to), ("cc", email.cc), ("bcc", email.bcc)):
        for value in values:
            address = parseaddr(value)[1]
            if address.lower() not in seen:
                seen.add(address.lower())
                out.append(Recipient(address, field))
    return out


def server_name(email: EmailSettings) -> str:
    return f"{email.host}:{email.port} ({email.security})"


def password(email: EmailSettings, config_path: object) -> str | None:
    if not email.username:
        return None
    assert email.password_env is not None
    value = os.environ.get(email.password_env)
    if not value:
        raise DeliveryError(
            f"the SMTP password is read from the environment variable {email.password_env} "
            f"(delivery.email.password_env in {config_path}), which is not set; "
            f"export {email.password_env}=... in the environment that runs briefings"
        )
    return value


def _context(email: EmailSettings) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if email.ca_file is not None:
        try:
            context.load_verify_locations(cafile=str(email.ca_file))
        except (OSError, ssl.SSLError) as exc:
            raise DeliveryError(
                f"delivery.email.ca_file {email.ca_file} cannot be used ({exc}); "
                "give a CA certificate in PEM form"
            ) from None
    return context


class _Permanent(Exception):
    """A failure that trying again cannot fix."""


def _open(email: EmailSettings) -> smtplib.SMTP:
    """Connect and greet; STARTTLS when asked. Raises OSError/SMTPException to retry."""
    context = _context(email) if email.security != "none" else None
    smtp: smtplib.SMTP
    if email.security == "ssl":
        smtp = smtplib.SMTP_SSL(email.host, email.port, timeout=email.timeout, context=context)
    else:
        smtp = smtplib.SMTP(email.host, email.port, timeout=email.timeout)
    try:
        smtp.ehlo()
        if email.security == "starttls":
            if not smtp.has_extn("starttls"):
                raise _Permanent(
                    f"{server_name(email)} does not offer STARTTLS; use 'security: ssl' if it "
                    "speaks TLS from the start (usually port 465)"
                )
            smtp.starttls(context=context)
            smtp.ehlo()
    except BaseException:
        smtp.close()
        raise
    return smtp


def connect(
    email: EmailSettings, progress: Callable[[str], None], sleep: Sleep = time.sleep
) -> smtplib.SMTP:
    attempts = email.retries + 1
    last: BaseException | None = None
    for attempt in range(attempts):
        try:
            return _open(email)
        except _Permanent as exc:
            raise DeliveryError(str(exc)) from None
        except ssl.SSLCertVerificationError as exc:
            raise DeliveryError(
                f"the certificate of {server_name(email)} is not trusted "
                f"({exc.verify_message or exc}); if your own CA signed it, name the CA's "
                "certificate file in delivery.email.ca_file"
            ) from None
        except ssl.SSLError as exc:
            raise DeliveryError(
                f"TLS with {server_name(email)} failed ({exc.reason or exc}); check 'security': "
                "starttls for port 587, ssl for port 465"
            ) from None
        except (OSError, smtplib.SMTPException) as exc:  # refused, reset, timed out, hung up
            last = exc
            if attempt + 1 < attempts:
                wait = email.retry_wait * 2**attempt
                progress(
                    f"Cannot reach {server_name(email)} ({_reason(exc)}); "
                    f"trying again in {wait:g} s"
                )
                sleep(wait)
    assert last is not None
    raise DeliveryError(
        f"cannot reach the SMTP server {server_name(email)} after {attempts} "
        f"attempt{'s' * (attempts != 1)} ({_reason(last)}); check delivery.email host, port "
        "and security, and that the server is up"
    )


def _reason(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{exc.smtp_code} {_text(exc.smtp_error)}"
    return str(exc) or type(exc).__name__


def _text(raw: bytes | str) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    return " ".join(text.split())


def login(smtp: smtplib.SMTP, email: EmailSettings, secret: str | None) -> None:
    if email.username is None or secret is None:
        return
    try:
        smtp.login(email.username, secret)
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(
            f"{server_name(email)} refused the login of '{email.username}' "
            f"({exc.smtp_code} {_text(exc.smtp_error)}); check the password in "
            f"${email.password_env} and delivery.email.username"
        ) from None
    except smtplib.SMTPNotSupportedError:
        raise DeliveryError(
            f"{server_name(email)} offers no login (AUTH) on this connection; remove "
            "delivery.email.username, or use security: starttls or ssl"
        ) from None


def hand_over(
    smtp: smtplib.SMTP,
    email: EmailSettings,
    message: EmailMessage,
    recipients: Sequence[Recipient],
    progress: Callable[[str], None],
) -> list[Answer]:
    """MAIL, one RCPT per recipient, DATA: each recipient's answer from the server."""
    sender = parseaddr(email.sender)[1]
    said: bytes | str
    code, said = smtp.mail(sender)
    if code != 250:
        smtp.rset()
        raise DeliveryError(
            f"{server_name(email)} refused the sender {sender} ({code} {_text(said)}); "
            "check delivery.email.from"
        )
    answers: dict[str, Answer] = {}
    accepted: list[Recipient] = []
    for r in recipients:
        code, said = smtp.rcpt(r.address)
        ok = code in (250, 251)
        answers[r.address] = Answer(r.address, r.field, ok, code, f"RCPT: {_text(said)}")
        if ok:
            accepted.append(r)
        else:
            progress(f"Refused by the server: {r.address} ({code} {_text(said)})")
    if not accepted:
        smtp.rset()
        return list(answers.values())
    try:
        code, said = smtp.data(message.as_bytes())
    except smtplib.SMTPDataError as exc:
        code, said = exc.smtp_code, exc.smtp_error
    for r in accepted:
        before = answers[r.address]
        answers[r.address] = Answer(
            r.address, r.field, code == 250, code, f"{before.answer}; DATA: {_text(said)}"
        )
    return list(answers.values())
