"""Emailing a brief: a real SMTP server (aiosmtpd) on 127.0.0.1, TLS with a certificate
made here (trustme), the password from the environment; what arrives is parsed."""

from __future__ import annotations

import email
import email.policy
import shutil
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from click.testing import CliRunner

from briefings.cli import main
from briefings.config import load_config
from briefings.pipeline import generate
from briefings.store import open_store, series_of

pytestmark = [
    # a real SMTP server, TLS certificates made in the test, PDFs attached: the slow run
    pytest.mark.slow,
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    # implicit TLS: aiosmtpd warns that AUTH does not wait for STARTTLS, which it needs not
    pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS"),
]

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "daily"
DAY = "2031-03-02"
PASSWORD = "correct horse battery staple"
ENV = "BRIEFINGS_TEST_SMTP_PASSWORD"


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes


@dataclass
class Handler:
    """Accepts every recipient but nobody@..., keeps what arrives."""

    messages: list[Received] = field(default_factory=list)
    logins: list[bytes] = field(default_factory=list)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address.startswith("nobody@"):
            return "550 5.1.1 <nobody@example.org>: no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.messages.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
        )
        return "250 2.0.0 Message accepted for delivery"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword):
            self.logins.append(auth_data.login)
            ok = auth_data.login == b"briefs" and auth_data.password == PASSWORD.encode()
            return AuthResult(success=ok, handled=False)
        return AuthResult(success=False, handled=False)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@dataclass
class Server:
    port: int
    handler: Handler
    security: str


@pytest.fixture
def smtp_server(ca: trustme.CA) -> Iterator:
    """Start servers: smtp_server('starttls' | 'ssl' | 'none', auth=True)."""
    started: list[Controller] = []

    def start(security: str, auth: bool = True) -> Server:
        handler = Handler()
        port = free_port()
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
        tls: dict = {}
        if security == "starttls":
            tls = {"tls_context": context, "require_starttls": True}
        elif security == "ssl":
            tls = {"ssl_context": context}
        controller = Controller(
            handler,
            hostname="127.0.0.1",
            port=port,
            authenticator=handler.authenticate if auth else None,
            auth_required=auth,
            # with implicit TLS the whole session is encrypted already
            auth_require_tls=auth and security == "starttls",
            **tls,
        )
        controller.start()
        started.append(controller)
        return Server(port, handler, security)

    yield start
    for controller in started:
        controller.stop()


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A config with one brief made (day 1 of the fixture series), its PDF on disk."""
    root = tmp_path_factory.mktemp("desk")
    shutil.copytree(FIXTURE / "day1", root / "news")
    (root / "cfg.yaml").write_text((FIXTURE / "daily.yaml").read_text(encoding="utf-8"))
    config = load_config(root / "cfg.yaml")
    generate(config, store=open_store(config))
    return root


def configure(desk: Path, server: Server, ca: trustme.CA, **changes: object) -> Path:
    """Write the config's delivery block for ``server`` (the rest stays as it is)."""
    pem = desk / "ca.pem"
    ca.cert_pem.write_to_path(str(pem))
    block = {
        "host": "127.0.0.1",
        "port": server.port,
        "security": server.security,
        "from": "Belmora Desk <desk@example.org>",
        "to": ["anna@example.org", "ben@example.org"],
        "cc": ["cleo@example.org"],
        "bcc": ["archive@example.org"],
        "subject": "{title}, {date}",
        "username": "briefs",
        "password_env": ENV,
        "ca_file": "ca.pem",
        "retries": 0,
        "timeout": 10,
    }
    if server.security == "none":
        block.pop("username")
        block.pop("password_env")
    block.update(changes)
    block = {k: v for k, v in block.items() if v is not None}
    lines = ["delivery:", "  email:"] + [f"    {k}: {_yaml(v)}" for k, v in block.items()]
    base = (FIXTURE / "daily.yaml").read_text(encoding="utf-8")
    path = desk / "cfg.yaml"
    path.write_text(base + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def _yaml(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(f'"{v}"' for v in value) + "]"
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)


def send(*args: str):
    return CliRunner().invoke(main, ["send", *args], catch_exceptions=False)


def parsed(received: Received) -> email.message.EmailMessage:
    message = email.message_from_bytes(received.data, policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def the_pdf(desk: Path) -> bytes:
    return (desk / "out" / f"brief-{DAY}.pdf").read_bytes()


def test_starttls_with_login_delivers_the_brief(desk, smtp_server, ca, monkeypatch) -> None:
    monkeypatch.setenv(ENV, PASSWORD)
    server = smtp_server("starttls")
    cfg = configure(desk, server, ca, to=["anna@example.org", "Ben Lowe <ben@example.org>"])

    result = send("--config", str(cfg), "--date", DAY)

    assert result.exit_code == 0, result.output
    assert "to 4 of 4 recipients" in result.stdout
    assert server.handler.logins == [b"briefs"]
    (got,) = server.handler.messages
    assert got.sender == "desk@example.org"
    assert sorted(got.recipients) == [
        "anna@example.org",
        "archive@example.org",
        "ben@example.org",
        "cleo@example.org",
    ]
    message = parsed(got)
    assert message["Subject"] == f"Belmora Crisis Brief, {DAY}"
    assert message["To"] == "anna@example.org, Ben Lowe <ben@example.org>"
    assert message["Cc"] == "cleo@example.org"
    assert message["Bcc"] is None and b"archive@" not in got.data  # only in the envelope
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == f"brief-{DAY}.pdf"
    assert attachment.get_content() == the_pdf(desk)  # byte for byte the file on disk
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    summary = open_store(load_config(cfg)).brief_of(series_of(load_config(cfg)), DAY).summary
    developments = [d["text"] for d in summary["key_developments"]]
    assert developments, "the fixture brief has key developments"
    flat = " ".join(text.split())
    for development in developments:
        assert development in flat, development
    assert "KEY DEVELOPMENTS" in text and "SOURCES" in text
    assert "Key developments" in html and developments[0].split(":")[0] in html


def test_implicit_tls_with_login(desk, smtp_server, ca, monkeypatch) -> None:
    monkeypatch.setenv(ENV, PASSWORD)
    server = smtp_server("ssl")
    cfg = configure(desk, server, ca, to=["tls@example.org"], cc=[], bcc=[])

    result = send("--config", str(cfg), "--date", DAY)

    assert result.exit_code == 0, result.output
    (got,) = server.handler.messages
    assert got.recipients == ["tls@example.org"]
    (attachment,) = list(parsed(got).iter_attachments())
    assert attachment.get_content() == the_pdf(desk)


def test_one_refused_recipient_is_reported_and_the_others_receive(
    desk, smtp_server, ca, monkeypatch
) -> None:
    monkeypatch.setenv(ENV, PASSWORD)
    server = smtp_server("starttls")
    cfg = configure(
        desk, server, ca, to=["dora@example.org", "nobody@example.org", "emil@example.org"], cc=[]
    )

    result = send("--config", str(cfg), "--date", DAY)

    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "nobody@example.org: 550" in result.stderr
    assert "not delivered to 1 of 4 recipients" in result.stderr
    (got,) = server.handler.messages
    assert sorted(got.recipients) == ["archive@example.org", "dora@example.org", "emil@example.org"]
    config = load_config(cfg)
    sending = open_store(config).sendings(series_of(config), 1)[0]
    assert sending.outcome == "partial"
    answers = {a.recipient: a for a in sending.answers}
    assert answers["nobody@example.org"].accepted is False
    assert answers["nobody@example.org"].code == 550
    assert "no such mailbox" in (answers["nobody@example.org"].answer or "")
    assert answers["dora@example.org"].accepted and answers["dora@example.org"].code == 250
    assert "Message accepted" in (answers["dora@example.org"].answer or "")
    history = CliRunner().invoke(main, ["history", "--config", str(cfg)]).output
    assert "REFUSED" in history and "nobody@example.org" in history


def test_a_second_send_needs_force(desk, smtp_server, ca, monkeypatch) -> None:
    monkeypatch.setenv(ENV, PASSWORD)
    server = smtp_server("starttls")
    cfg = configure(desk, server, ca, to=["once@example.org"], cc=[], bcc=[])

    assert send("--config", str(cfg), "--date", DAY).exit_code == 0
    again = send("--config", str(cfg), "--date", DAY)
    assert again.exit_code == 1
    assert "already sent to this list" in again.output and "--force" in again.output
    assert len(server.handler.messages) == 1
    forced = send("--config", str(cfg), "--date", DAY, "--force")
    assert forced.exit_code == 0, forced.output
    assert len(server.handler.messages) == 2
    # another list is another sending
    cfg = configure(desk, server, ca, to=["once@example.org", "twice@example.org"], cc=[], bcc=[])
    assert send("--config", str(cfg), "--date", DAY).exit_code == 0


def test_a_wrong_password_is_one_clear_error_and_recorded(
    desk, smtp_server, ca, monkeypatch
) -> None:
    monkeypatch.setenv(ENV, "wrong")
    server = smtp_server("starttls")
    cfg = configure(desk, server, ca, to=["wrongpw@example.org"], cc=[], bcc=[])

    result = send("--config", str(cfg), "--date", DAY)

    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "refused the login of 'briefs'" in result.output and ENV in result.output
    assert server.handler.messages == []
    config = load_config(cfg)
    assert open_store(config).sendings(series_of(config), 1)[0].outcome == "failed"


def test_an_unset_password_variable_says_what_to_do(desk, smtp_server, ca, monkeypatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    cfg = configure(desk, smtp_server("starttls"), ca, to=["nopw@example.org"], cc=[], bcc=[])
    result = send("--config", str(cfg), "--date", DAY)
    assert result.exit_code == 1
    assert f"export {ENV}=" in result.output


def test_an_untrusted_certificate_is_refused(desk, smtp_server, ca, monkeypatch) -> None:
    monkeypatch.setenv(ENV, PASSWORD)
    server = smtp_server("starttls")
    cfg = configure(desk, server, ca, to=["untrusted@example.org"], cc=[], bcc=[], ca_file=None)
    result = send("--config", str(cfg), "--date", DAY)
    assert result.exit_code == 1
    assert "is not trusted" in result.output and "ca_file" in result.output
    assert server.handler.messages == []


def test_no_server_is_retried_with_backoff_then_one_error(desk, ca, monkeypatch) -> None:
    monkeypatch.setenv(ENV, PASSWORD)
    nobody = Server(free_port(), Handler(), "starttls")  # nothing listens there
    cfg = configure(desk, nobody, ca, to=["retry@example.org"], retries=2, retry_wait=0.05)
    result = send("--config", str(cfg), "--date", DAY)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.count("trying again in") == 2
    assert "trying again in 0.05 s" in result.stderr and "trying again in 0.1 s" in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: cannot reach the SMTP server 127.0.0.1:")
    assert "after 3 attempts" in last


def test_plain_smtp_without_login(desk, smtp_server, ca) -> None:
    server = smtp_server("none", auth=False)
    cfg = configure(desk, server, ca, to=["plain@example.org"], cc=[], bcc=[], ca_file=None)
    result = send("--config", str(cfg), "--date", DAY)
    assert result.exit_code == 0, result.output
    assert len(server.handler.messages) == 1


def test_dry_run_writes_the_eml_and_sends_nothing(desk, smtp_server, ca, monkeypatch) -> None:
    monkeypatch.setenv(ENV, PASSWORD)
    server = smtp_server("starttls")
    cfg = configure(desk, server, ca, to=["dry@example.org"], cc=[], bcc=[])

    result = send("--config", str(cfg), "--date", DAY, "--dry-run")

    assert result.exit_code == 0, result.output
    eml = desk / "out" / f"brief-{DAY}.eml"
    assert result.stdout.strip() == str(eml)
    assert server.handler.messages == []
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    (attachment,) = list(message.iter_attachments())  # type: ignore[attr-defined]
    assert attachment.get_content() == the_pdf(desk)
    # a dry run is no sending: the real one is not refused
    assert send("--config", str(cfg), "--date", DAY).exit_code == 0


def test_send_without_a_brief_of_that_date(desk, smtp_server, ca) -> None:
    cfg = configure(desk, smtp_server("starttls"), ca)
    result = send("--config", str(cfg), "--date", "2031-01-01")
    assert result.exit_code == 1
    assert "no brief of 2031-01-01" in result.output and "briefings generate" in result.output


@pytest.mark.slow
def test_a_pdf_changed_since_is_not_sent(tmp_path, smtp_server, ca, monkeypatch) -> None:
    monkeypatch.setenv(ENV, PASSWORD)
    shutil.copytree(FIXTURE / "day1", tmp_path / "news")
    server = smtp_server("starttls")
    cfg = configure(tmp_path, server, ca, to=["tamper@example.org"])
    config = load_config(cfg)
    generate(config, store=open_store(config), formats=["pdf"])
    pdf = tmp_path / "out" / f"brief-{DAY}.pdf"
    pdf.write_bytes(pdf.read_bytes() + b"%")
    result = send("--config", str(cfg), "--date", DAY)
    assert result.exit_code == 1 and "the PDF changed since" in result.output
    assert server.handler.messages == []


@pytest.mark.slow
def test_generate_send_generates_then_sends(tmp_path, smtp_server, ca, monkeypatch) -> None:
    monkeypatch.setenv(ENV, PASSWORD)
    shutil.copytree(FIXTURE / "day1", tmp_path / "news")
    server = smtp_server("ssl")
    cfg = configure(tmp_path, server, ca, to=["gen@example.org"], cc=[], bcc=[])

    result = CliRunner().invoke(
        main, ["generate", "--config", str(cfg), "--date", DAY, "--send"], catch_exceptions=False
    )

    assert result.exit_code == 0, result.output
    (got,) = server.handler.messages
    (attachment,) = list(parsed(got).iter_attachments())
    assert attachment.get_content() == (tmp_path / "out" / f"brief-{DAY}.pdf").read_bytes()
    again = CliRunner().invoke(main, ["generate", "--config", str(cfg), "--date", DAY, "--send"])
    assert again.exit_code == 1 and "--force" in again.output


def test_article_text_is_escaped_in_the_html_part(desk, smtp_server, ca) -> None:
    from briefings.delivery.message import compose

    cfg = configure(desk, smtp_server("starttls"), ca)
    hostile = '<script>alert("x")</script><img src="http://127.0.0.1:9/p.png">'
    summary = {
        "title": "Brief",
        "as_of": DAY,
        "as_of_words": "2 March 2031",
        "period": "1 March 2031",
        "n_sources": 1,
        "marking": None,
        "key_developments": [{"text": hostile, "date": "", "single_source": True, "cites": [1]}],
        "changes": None,
        "sources": [
            {"n": 1, "title": hostile, "outlets": "", "published": "", "url": "javascript:x"}
        ],
    }
    message = compose(load_config(cfg), summary, b"%PDF-1.7", "b.pdf")
    html = message.get_body(("html",)).get_content()
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    assert "javascript:" not in html  # only http(s) addresses become links
    assert hostile in message.get_body(("plain",)).get_content()  # text is text


def test_history_before_any_brief(tmp_path) -> None:
    (tmp_path / "cfg.yaml").write_text((FIXTURE / "daily.yaml").read_text(encoding="utf-8"))
    result = CliRunner().invoke(main, ["history", "--config", str(tmp_path / "cfg.yaml")])
    assert result.exit_code == 0 and "No history yet" in result.output
    result = send("--config", str(tmp_path / "cfg.yaml"))
    assert result.exit_code == 1 and "delivery: email:" in result.output
    assert not (tmp_path / ".briefings").exists()
