"""Expected failures, as a class tree rooted in ``click.ClickException``.

Raising one of these ends the command with its message and exit status 1,
without a traceback. Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import click


class BriefingsError(click.ClickException):
    """An expected failure: bad input, missing files. Exit status 1."""

    exit_code = 1

    def format_message(self) -> str:
        # A path in the message may hold terminal escapes: print them written out.
        from briefings.paths import shown

        return shown(self.message)


class ConfigError(BriefingsError):
    """The config file is missing, not YAML, or fails validation.

    ``problems`` holds one line per bad key, each naming the key, the YAML
    line and what was expected, so every problem is reported at once.
    """

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        noun = "problem" if len(problems) == 1 else "problems"
        super().__init__(f"{path}: {len(problems)} {noun} in the config:\n{lines}")


class SourceError(BriefingsError):
    """An article path is missing, empty, or holds nothing readable."""


class ArticleError(BriefingsError):
    """One article cannot be read. The caller reports it and skips the article."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class TemplateError(BriefingsError):
    """A template is missing or has an error; the message names the file and line."""


class RenderError(BriefingsError):
    """The PDF or HTML could not be produced."""


class OutputError(BriefingsError):
    """An output file could not be written."""


class StoreError(BriefingsError):
    """The history store (SQLite) cannot be opened, is damaged, or is newer than this tool."""


class NothingNewError(SourceError):
    """``--since`` left no article to brief: everything was seen before."""


class NoBriefError(BriefingsError):
    """A command needs a brief that the store has no record of (send, --since DATE)."""


class DeliveryError(BriefingsError):
    """The brief could not be sent: no connection, login refused, every recipient refused."""


class AlreadySentError(DeliveryError):
    """The brief was already sent to the same recipients; ``--force`` sends it again."""


class PartialDeliveryError(DeliveryError):
    """The server refused some recipients; the others received the brief."""
