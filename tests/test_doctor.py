"""`briefings doctor`: each check on its own (a stand-in config with a store and mail
delivery, a mail server on 127.0.0.1, fonts and libraries made to be missing), and the
command on this machine."""

from __future__ import annotations

import importlib.abc
import socket
import socketserver
import subprocess
import sys
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

from briefings import doctor

CONFIG = """\
title: Doctor
date: 2024-05-10
actors:
  north: {name: Northland}
"""


def briefings(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefings", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def _config(tmp_path: Path, **extra) -> SimpleNamespace:
    return SimpleNamespace(
        path=tmp_path / "cfg.yaml", output_folder=tmp_path / "out", template_dir=None, **extra
    )


class _Banner(socketserver.BaseRequestHandler):
    banner = b"220 mail.example ESMTP ready\r\n"

    def handle(self) -> None:
        if self.banner:
            self.request.sendall(self.banner)
        self.request.settimeout(2)
        try:
            self.request.recv(64)
        except OSError:
            pass


@pytest.fixture
def mail_server():
    """A server on 127.0.0.1 that greets as a mail server does; yields (host, port, cls)."""
    handler = type("Handler", (_Banner,), {})
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server.server_address[0], server.server_address[1], handler
    server.shutdown()
    server.server_close()


def test_smtp_is_only_checked_when_configured(tmp_path: Path) -> None:
    assert doctor.smtp_check(_config(tmp_path)) == doctor.Check(
        "--", "SMTP", "no mail delivery configured"
    )
    assert doctor.store_check(_config(tmp_path)).status == "--"


def test_a_mail_server_that_answers(tmp_path: Path, mail_server) -> None:
    host, port, _ = mail_server
    email = SimpleNamespace(host=host, port=port)

    check = doctor.smtp_check(_config(tmp_path, delivery=SimpleNamespace(email=email)))

    assert check == doctor.Check(
        "ok", "SMTP", f"{host}:{port} answers (220 mail.example ESMTP ready)"
    )


def test_mail_settings_as_a_mapping_with_other_key_names(tmp_path: Path, mail_server) -> None:
    host, port, _ = mail_server
    delivery = {"email": {"smtp_host": host, "smtp_port": port}}

    assert doctor.smtp_check(_config(tmp_path, delivery=delivery)).status == "ok"


def test_a_server_that_is_no_mail_server(tmp_path: Path, mail_server) -> None:
    host, port, handler = mail_server
    handler.banner = b"HTTP/1.1 400 Bad Request\r\n"
    email = SimpleNamespace(host=host, port=port)

    check = doctor.smtp_check(_config(tmp_path, delivery=SimpleNamespace(email=email)))

    assert check.line() == (
        f"FAIL  SMTP: {host}:{port} is not a mail server (it said 'HTTP/1.1 400 Bad Request')"
    )


def test_a_server_that_says_nothing(tmp_path: Path, mail_server) -> None:
    host, port, handler = mail_server
    handler.banner = b""
    email = SimpleNamespace(host=host, port=port)

    check = doctor.smtp_check(_config(tmp_path, delivery=SimpleNamespace(email=email)), 0.3)

    assert check.line() == (
        f"FAIL  SMTP: {host}:{port} did not answer within 0.3 s; check the host and port, and "
        "that this machine may reach it"
    )


def test_a_port_nobody_listens_on(tmp_path: Path) -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    email = SimpleNamespace(host="127.0.0.1", port=port)

    check = doctor.smtp_check(_config(tmp_path, delivery=SimpleNamespace(email=email)))

    assert check.line() == (
        f"FAIL  SMTP: 127.0.0.1:{port}: Connection refused; check delivery.email's host and port"
    )


def test_the_store(tmp_path: Path) -> None:
    (tmp_path / "folder.db").mkdir()
    (tmp_path / "old.db").write_bytes(b"")

    new = doctor.store_check(_config(tmp_path, store=tmp_path / "data" / "briefs.db"))
    old = doctor.store_check(_config(tmp_path, store=SimpleNamespace(path=tmp_path / "old.db")))
    folder = doctor.store_check(_config(tmp_path, store=str(tmp_path / "folder.db")))

    assert new.line() == f"ok    store: {tmp_path}/data/briefs.db will be created on first use"
    assert old.line() == f"ok    store: {tmp_path}/old.db can be read and written"
    assert folder.line() == (
        f"FAIL  store: {tmp_path}/folder.db: not a file; point 'store' at a file"
    )


def test_missing_fonts_say_what_to_install(monkeypatch) -> None:
    checks = doctor.font_checks(match=lambda family: ("DejaVu Sans", "/fonts/DejaVuSans.ttf"))

    assert [c.line() for c in checks] == [
        "FAIL  font Charis SIL (body text): not installed; the brief would use DejaVu Sans",
        "FAIL  font Open Sans (headings and tables): not installed; the brief would use "
        "DejaVu Sans",
        "ok    font DejaVu Sans (fallback): /fonts/DejaVuSans.ttf",
        "FAIL  font DejaVu Serif (fallback): not installed; the brief would use DejaVu Sans",
    ]
    monkeypatch.setattr(doctor.shutil, "which", lambda name: f"/usr/bin/{name}")
    assert doctor.advice(checks) == (
        "Install what is missing with: sudo apt-get install fonts-sil-charis fonts-open-sans "
        "fonts-dejavu-core"
    )
    monkeypatch.setattr(doctor.shutil, "which", lambda name: None)
    assert doctor.advice(checks) == (
        "Install what is missing (Debian names: fonts-sil-charis, fonts-open-sans, "
        "fonts-dejavu-core); README.md, 'System packages', lists what each is"
    )


class _NoPango(importlib.abc.MetaPathFinder):
    """Makes `import weasyprint` fail as it does without Pango."""

    def find_spec(self, name, path=None, target=None):  # type: ignore[no-untyped-def]
        if name == "weasyprint" or name.startswith("weasyprint."):
            raise OSError("cannot load library 'libpango-1.0-0': No such file")
        return None


def test_weasyprint_without_its_libraries(monkeypatch) -> None:
    for name in [n for n in sys.modules if n == "weasyprint" or n.startswith("weasyprint.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(sys, "meta_path", [_NoPango(), *sys.meta_path])

    (check,) = doctor.weasyprint_checks()

    assert check.line() == (
        "FAIL  WeasyPrint: cannot load its libraries (cannot load library 'libpango-1.0-0': "
        "No such file)"
    )
    assert check.install == ("libpango-1.0-0", "libpangoft2-1.0-0")


def test_an_output_folder_under_a_file(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    config = _config(tmp_path)
    config.output_folder = tmp_path / "afile" / "out"

    assert doctor.output_check(config).line() == (
        f"FAIL  output folder: {tmp_path}/afile: is a file, not a folder; choose an output "
        "folder with --out"
    )


@pytest.mark.slow
def test_doctor_on_this_machine(tmp_path: Path) -> None:
    (tmp_path / "cfg.yaml").write_text(CONFIG, encoding="utf-8")

    result = briefings("doctor", "--config", "cfg.yaml", cwd=tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-3:] == [
        "--    store: not configured",
        "--    SMTP: no mail delivery configured",
        "Ready to write briefs.",
    ]
    assert "FAIL" not in result.stdout


@pytest.mark.slow
def test_doctor_fails_with_one_message(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    (tmp_path / "cfg.yaml").write_text(CONFIG + "output: {folder: afile/out}\n")

    result = briefings("doctor", "--config", "cfg.yaml", cwd=tmp_path)

    assert result.returncode == 1
    assert (
        f"FAIL  output folder: {tmp_path}/afile: is a file, not a folder; choose an output "
        "folder with --out\n"
    ) in result.stdout
    assert result.stderr == (
        "Error: 1 check failed; a brief cannot be written as it should until they pass\n"
    )
