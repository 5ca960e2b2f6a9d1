"""The store and delivery.email blocks of the config: defaults, and every mistake
reported with its key and line, a password in the YAML above all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefings.config import EmailOptions, StoreOptions, load_config
from briefings.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]

GOOD = """\
title: Test Brief
date: 2024-05-01
actors:
  north: {name: Northland}
"""

EMAIL = """\
delivery:
  email:
    host: smtp.example.org
    from: "Desk <desk@example.org>"
    to: [anna@example.org]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cfg.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return info.value.problems


def test_defaults(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, GOOD))
    assert config.store_path == tmp_path.resolve() / ".briefings" / "briefings.db"
    assert config.email is None
    config = load_config(write(tmp_path, GOOD + EMAIL))
    email = config.email
    assert email is not None
    assert (email.security, email.port, email.subject) == ("starttls", 587, "{title} — {date}")
    assert (email.username, email.password_env, email.retries) == (None, None, 3)
    ssl = load_config(write(tmp_path, GOOD + EMAIL + "    security: ssl\n")).email
    assert ssl is not None and ssl.port == 465


def test_store_path_and_switch(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, GOOD + "store: {path: ../history/b.db}\n"))
    assert config.store_path == tmp_path.resolve().parent / "history" / "b.db"
    off = load_config(write(tmp_path, GOOD + "store: {enabled: false}\n"))
    assert off.store_path is None


def test_a_password_in_the_config_is_refused_with_what_to_do(tmp_path: Path) -> None:
    text = GOOD + EMAIL + "    username: desk\n    password: hunter2-secret\n"
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, text))
    message = info.value.format_message()
    assert "'delivery.email.password' (line 11): a password never goes in the config" in message
    assert "environment variable" in message and "password_env" in message
    assert "hunter2-secret" not in message  # never echoed


def test_password_env_must_name_a_variable(tmp_path: Path) -> None:
    text = GOOD + EMAIL + "    username: desk\n    password_env: 'hunter2 secret!'\n"
    (problem,) = problems_of(write(tmp_path, text))
    assert problem.startswith("'delivery.email.password_env' (line 11): ")
    assert "never the password itself" in problem and "hunter2" in problem


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("    username: desk\n", "'password_env' is not"),
        ("    password_env: SMTP_PW\n", "'username' is not"),
        (
            "    security: none\n    username: desk\n    password_env: SMTP_PW\n",
            "would send the password unencrypted",
        ),
        ("    subject: '{title} on {day}'\n", "unknown placeholder {day}"),
        ("    cc: [not-an-address]\n", "'not-an-address' is not an email address"),
        ("    security: tls\n", "expected 'starttls', 'ssl' or 'none'"),
        ("    port: 0\n", "greater than 0"),
        ("    hots: x\n", "did you mean 'host'?"),
        ("    form: x\n", "did you mean 'from'?"),
    ],
)
def test_email_mistakes_name_key_and_line(tmp_path: Path, extra: str, expected: str) -> None:
    problems = problems_of(write(tmp_path, GOOD + EMAIL + extra))
    assert any(expected in p for p in problems), problems
    assert all(re.search(r"\(line \d+\)", p) for p in problems), problems


def test_at_least_one_recipient(tmp_path: Path) -> None:
    text = GOOD + EMAIL.replace("    to: [anna@example.org]\n", "")
    (problem,) = problems_of(write(tmp_path, text))
    assert "list at least one recipient under 'to', 'cc' or 'bcc'" in problem


def test_a_missing_ca_file(tmp_path: Path) -> None:
    (problem,) = problems_of(write(tmp_path, GOOD + EMAIL + "    ca_file: certs/ca.pem\n"))
    assert problem.startswith("'delivery.email.ca_file': file ")
    assert "does not exist" in problem


def test_example_config_documents_every_store_and_email_key() -> None:
    text = (ROOT / "config" / "example.yaml").read_text(encoding="utf-8")
    keys = [f.alias or name for name, f in EmailOptions.model_fields.items()]
    keys += list(StoreOptions.model_fields)
    undocumented = [k for k in keys if not re.search(rf"^\s*#?\s*{k}:", text, re.M)]
    # `password:` is documented as what never to write
    assert undocumented in ([], ["password"])
    assert "password" in text
