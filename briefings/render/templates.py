"""Where the templates are: the built-in folder and the user's override folder."""

from __future__ import annotations

from pathlib import Path

import briefings
from briefings.config import Config


def default_dir() -> Path:
    """The built-in templates.

    A wheel ships them inside the package (pyproject force-include puts the top-level
    ``templates/`` at ``briefings/templates/``); a checkout or editable install keeps
    them beside the package.
    """
    package = Path(briefings.__file__).resolve().parent
    inside = package / "templates"
    return inside if inside.is_dir() else package.parent / "templates"


def search_path(config: Config) -> list[Path]:
    """The folders templates are looked up in, first match wins."""
    folders = [config.template_dir] if config.template_dir else []
    return [*folders, default_dir()]
