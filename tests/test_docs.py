"""Docs that tests keep honest: every command and every option of the CLI is in the README."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from briefings.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> list[tuple[str, click.Command]]:
    assert isinstance(main, click.Group)
    return sorted(main.commands.items())


@pytest.mark.parametrize("name", [name for name, _ in _commands()])
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"**{name}**" in README, f"README.md does not describe `briefings {name}`"


@pytest.mark.parametrize(
    ("name", "option"),
    [
        (name, opt)
        for name, command in _commands()
        for param in command.params
        if isinstance(param, click.Option) and param.name not in ("help",)
        for opt in param.opts
        if opt.startswith("--")
    ],
)
def test_every_long_option_is_in_the_readme(name: str, option: str) -> None:
    assert option in README, f"README.md does not mention `briefings {name} {option}`"
