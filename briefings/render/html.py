"""Brief -> one self-contained HTML file, through overridable Jinja2 templates.

Templates are looked up in the user's ``template_dir`` first, then in the
built-in folder; ``default:brief.html`` always names the built-in one, so an
override can extend it and replace a single block (Datasette's pattern).
Article text is untrusted, so autoescaping is on; StrictUndefined turns a
misspelt field into an error instead of a silently empty column. Templates
are untrusted too (a ``template_dir`` may come with a shared config), so every
template runs in Jinja's immutable sandbox: no Python internals, no mutation of
the brief, and arithmetic that cannot be made to allocate without bound.
"""

from __future__ import annotations

import traceback
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from markupsafe import Markup

from briefings.brief import Brief
from briefings.config import Config
from briefings.errors import TemplateError
from briefings.render.chart import draw_chart
from briefings.render.templates import default_dir, search_path
from briefings.textclean import for_display

MAIN = "brief.html"
#: The data appendix: the full tables behind a brief cut to output.limits.
APPENDIX = "data.html"
#: The largest string, list or number a template expression may make with * or **.
MAX_PRODUCT = 1_000_000


def _view_fields() -> dict[type, frozenset[str]]:
    """The view model's records and their data fields (``briefings.brief``)."""
    import briefings.brief as view

    return {
        kind: frozenset(f.name for f in fields(kind) if not f.name.startswith("_"))
        for kind in vars(view).values()
        if isinstance(kind, type) and is_dataclass(kind) and kind.__module__ == view.__name__
    }


class BriefEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox, with ``*`` and ``**`` bounded: ``{{ "x" * 10**10 }}`` is refused.

    A data field of the view model's own records is read directly: the sandbox would
    allow it anyway (a public field holding data), and its checks on each of the
    ~150,000 lookups of a large data appendix were half the time of rendering it.
    Anything else (methods, properties, dunder names, other types) takes the
    sandbox's path."""

    intercepted_binops = frozenset(["*", "**"])
    view_fields = _view_fields()

    def getattr(self, obj: Any, attribute: str) -> Any:
        if attribute in self.view_fields.get(type(obj), ()):
            return obj.__dict__[attribute]
        return super().getattr(obj, attribute)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and _number(left) and _number(right):
            if abs(right) > 64 and abs(left) > 1:
                raise SecurityError(f"{left} ** {right} is too large for a template")
        if operator == "*":
            sizes = [len(x) if isinstance(x, str | list | tuple) else None for x in (left, right)]
            factor = right if sizes[0] is not None else left
            size = sizes[0] if sizes[0] is not None else sizes[1]
            if size is not None and _number(factor) and size * factor > MAX_PRODUCT:
                raise SecurityError("a repeated string or list in a template is too long")
        return super().call_binop(context, operator, left, right)


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _finalize(value: Any) -> Any:
    """Every printed value: no control characters, and article text with right-to-left
    letters or direction controls isolated and closed (``textclean.for_display``).
    Markup (the chart, a macro's output) was made safe where it was built."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return for_display(value)
    return value


def environment(config: Config) -> jinja2.Environment:
    default = jinja2.FileSystemLoader(str(default_dir()))
    loaders: list[jinja2.BaseLoader] = []
    if config.template_dir:
        loaders.append(jinja2.FileSystemLoader(str(config.template_dir)))
    loaders += [jinja2.PrefixLoader({"default": default}, delimiter=":"), default]
    return BriefEnvironment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_finalize,
    )


def render_html(brief: Brief, config: Config) -> str:
    """Render ``brief.html`` (the CSS is included inline: one file, nothing to fetch)."""
    brief = draw_chart(brief)  # the view model gives the chart's points; render draws them
    return _render(brief, config, MAIN)


def render_appendix(brief: Brief, config: Config) -> str:
    """Render ``data.html``, the full tables, from the brief ``build_brief(full=True)``
    gives: the same sandbox and escaping as the brief (article text is untrusted). The
    chart is the brief's, so it is not drawn again here."""
    return _render(brief, config, APPENDIX)


def _render(brief: Brief, config: Config, template: str) -> str:
    env = environment(config)
    folders = search_path(config)
    try:
        return env.get_template(template).render(brief=brief)
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(_not_found(exc, folders)) from None
    except jinja2.TemplateSyntaxError as exc:
        where = _where(exc.filename or exc.name, exc.lineno)
        problem = (exc.message or "").rstrip(".")
        raise TemplateError(
            f"{where}: template syntax error: {problem}; fix the tag on that line "
            f"(templates are searched in {_folders(folders)})"
        ) from None
    except jinja2.UndefinedError as exc:
        if "unsafe" in (exc.message or ""):
            raise TemplateError(_unsafe(exc, folders)) from None
        names = ", ".join(f"brief.{f.name}" for f in fields(Brief))
        raise TemplateError(
            f"{_runtime_where(exc, folders)}: {exc.message}; the template can use {names} "
            "(their fields are listed in briefings/brief.py)"
        ) from None
    except SecurityError as exc:
        raise TemplateError(_unsafe(exc, folders)) from None
    except jinja2.TemplateError as exc:
        raise TemplateError(f"{_runtime_where(exc, folders)}: template error: {exc}") from None
    except RecursionError as exc:
        raise TemplateError(
            f"{_runtime_where(exc, folders)}: a macro or include calls itself without end; "
            "make sure every recursive macro stops"
        ) from None
    except (TypeError, ValueError, AttributeError, KeyError, IndexError) as exc:
        # Raised by an expression in a template (a bad filter argument, say); the
        # traceback frames of a template carry its file and line (Jinja rewrites them).
        if not _in_template(exc, folders):
            raise  # not from a template: a bug in briefings, keep the traceback
        raise TemplateError(
            f"{_runtime_where(exc, folders)}: {type(exc).__name__}: {exc}"
        ) from None


def _unsafe(exc: jinja2.TemplateError, folders: list[Path]) -> str:
    return (
        f"{_runtime_where(exc, folders)}: not allowed in a template "
        f"({(exc.message or '').rstrip('.')}); "
        "a template may read the brief's fields and use Jinja's tags and filters, nothing more"
    )


def _folders(folders: list[Path]) -> str:
    return " then ".join(str(f) for f in folders)


def _where(filename: str | None, line: int | None) -> str:
    name = filename or MAIN
    return f"{name}, line {line}" if line else name


def _not_found(exc: jinja2.TemplateNotFound, folders: list[Path]) -> str:
    names = getattr(exc, "templates", None) or [exc.name]
    wanted = ", ".join(f"'{n}'" for n in names)
    hint = (
        "'default:NAME' names a built-in template"
        if any(str(n).startswith("default:") for n in names)
        else f"put it in {folders[0]} or fix the name in the tag that asks for it"
    )
    return f"template {wanted} not found; searched {_folders(folders)}; {hint}"


def _template_frames(exc: BaseException, folders: list[Path]) -> list[traceback.FrameSummary]:
    roots = [str(f.resolve()) for f in folders]
    return [
        frame
        for frame in traceback.extract_tb(exc.__traceback__)
        if any(str(Path(frame.filename).resolve()).startswith(root) for root in roots)
    ]


def _in_template(exc: BaseException, folders: list[Path]) -> bool:
    return bool(_template_frames(exc, folders))


def _runtime_where(exc: BaseException, folders: list[Path]) -> str:
    frames = _template_frames(exc, folders)
    if not frames:
        return MAIN
    last = frames[-1]  # the innermost template: where the error actually is
    return _where(last.filename, last.lineno)
