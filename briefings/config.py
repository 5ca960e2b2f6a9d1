"""The YAML config: typed, documented options, validated all at once.

Every problem is reported in one go, each naming the key, the YAML line it
was written on and what was expected; unknown keys get a did-you-mean.
PyYAML's node marks give the lines, pydantic the types.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
import string
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails

from briefings.errors import ConfigError
from briefings.models import CIVILIANS, UNKNOWN
from briefings.paths import NotRegular, read_regular

Format = Literal["pdf", "html"]
Security = Literal["starttls", "ssl", "none"]
ACTOR_ID = re.compile(r"^[a-z][a-z0-9_-]*$")
FILENAME_FIELDS = {"date"}
SUBJECT_FIELDS = {"date", "title"}
#: The default store, relative to the config file's folder.
DEFAULT_STORE = ".briefings/briefings.db"
#: The SMTP port each kind of connection usually listens on.
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
#: The longest `window`: a century of news is every article anyone will give.
MAX_WINDOW = 36_500


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ActorOptions(_Strict):
    """One side of the conflict. The tool adds demonyms, capitals, seats of power
    and surnames of listed people itself, so list each actor once."""

    name: str = Field(description="How the brief names the actor: 'Russia', 'Syrian government'.")
    aliases: list[str] = Field(
        default_factory=list,
        description="Other names in the articles: leaders, spokespeople, forces, groups.",
    )


class Limits(_Strict):
    """How much of each section the brief shows; what is left out is counted there and
    written in full to the data appendix beside the brief (``brief-DATE-data.html``).
    A long pile of articles must not make a long brief."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    diplomacy: int = Field(15, ge=1, description="Diplomatic steps with a row: the live ones.")
    reports: int = Field(8, ge=1, description="Earlier status reports shown per step.")
    contacts: int = Field(10, ge=1, description="Other reported contacts: the latest.")
    ground: int = Field(10, ge=1, description="Ground items with a row: the best reported.")
    ground_sides: int = Field(8, ge=1, description="Sides with a line of other ground reports.")
    casualties: int = Field(
        20, ge=1, description="Casualty rows: the largest and the most disputed."
    )
    claims: int = Field(
        8, ge=1, description="Claims per casualty row or line: lowest, highest, best sourced."
    )
    casualty_lines: int = Field(10, ge=1, description="Lines of other casualty reports.")
    timeline: int = Field(25, ge=1, description="Timeline entries.")
    sources: int = Field(60, ge=1, description="Sources listed: the most cited.")
    cites: int = Field(8, ge=1, description="Source numbers per line.")


class OutputOptions(_Strict):
    folder: str = Field("out", description="Where briefs are written, relative to the config file.")
    formats: list[Format] = Field(
        default_factory=lambda: list[Format](("pdf", "html")),
        description="Which of pdf and html to write.",
    )
    filename: str = Field(
        "brief-{date}",
        description="File name without extension; {date} becomes the as-of date (YYYY-MM-DD).",
    )
    limits: Limits = Field(
        default_factory=lambda: Limits.model_validate({}),
        description="How many rows each section of the brief shows (the rest: data appendix).",
    )

    @field_validator("formats")
    @classmethod
    def _some_format(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("list at least one of: pdf, html")
        return list(dict.fromkeys(value))

    @field_validator("filename")
    @classmethod
    def _known_fields(cls, value: str) -> str:
        try:
            names = {f for _, f, _, _ in string.Formatter().parse(value) if f is not None}
        except ValueError as exc:
            raise ValueError(f"not a valid pattern ({exc}); write e.g. 'brief-{{date}}'") from None
        unknown = names - FILENAME_FIELDS
        if unknown:
            raise ValueError(
                f"unknown placeholder {{{sorted(unknown)[0]}}}; the only one is {{date}}"
            )
        if "/" in value or "\\" in value:
            raise ValueError("a file name, not a path; set output.folder for the folder")
        return _a_file_name(value)


#: The longest file name pattern, with {date} written out and before the extension:
#: room for ".html" and the writer's ".NAME.RANDOM.part" within the usual 255 bytes.
MAX_FILENAME = 200
_NAME_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _a_file_name(value: str) -> str:
    """Refuse a pattern that no folder can hold, or that makes a hidden file."""
    if m := _NAME_CONTROL.search(value):
        code = ord(m.group())
        shown = f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
        raise ValueError(
            f"holds a control character ({shown}); use letters, digits, spaces, '-', '_', '.' "
            "and {date}"
        )
    if not value.strip():
        raise ValueError("is empty; write a name such as 'brief-{date}'")
    if value.startswith("."):
        raise ValueError("starts with '.', which would hide the file; write a name such as "
                         "'brief-{date}'")  # fmt: skip
    if value != value.strip():
        raise ValueError("starts or ends with a space; take the space out")
    written = value.replace("{date}", "YYYY-MM-DD")
    size = len(written.encode("utf-8"))
    if size > MAX_FILENAME:
        unit = "characters long" if written.isascii() else "bytes long in UTF-8"
        raise ValueError(
            f"is {size} {unit} with {{date}} written out; a file name may be at most {MAX_FILENAME}"
        )
    return value


class StoreOptions(_Strict):
    path: str = Field(
        DEFAULT_STORE,
        description="The history store (SQLite), relative to the config file.",
    )
    enabled: bool = Field(
        True, description="Keep the history: reuse facts, show changes, record sendings."
    )


def _placeholders(value: str, allowed: set[str], example: str) -> str:
    try:
        names = {f for _, f, _, _ in string.Formatter().parse(value) if f is not None}
    except ValueError as exc:
        raise ValueError(f"not a valid pattern ({exc}); write e.g. '{example}'") from None
    unknown = names - allowed
    if unknown:
        known = ", ".join(f"{{{n}}}" for n in sorted(allowed))
        raise ValueError(f"unknown placeholder {{{sorted(unknown)[0]}}}; the only ones: {known}")
    return value


def _address(value: str) -> str:
    from email.utils import parseaddr

    _name, address = parseaddr(value)
    if "@" not in address or any(ch.isspace() for ch in address) or "\n" in value:
        raise ValueError(f"'{value}' is not an email address; write name@example.org")
    return value


class EmailOptions(_Strict):
    """Sending the PDF by SMTP. The password never lives here: only the name of the
    environment variable that holds it."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    host: str = Field(description="The SMTP server: smtp.example.org.")
    port: int | None = Field(
        None, gt=0, lt=65536, description="Default: 587 for starttls, 465 for ssl, 25 for none."
    )
    security: Security = Field(
        "starttls",
        description="starttls (upgrade after connecting), ssl (TLS from the start), none.",
    )
    sender: str = Field(alias="from", description="The From address: 'Briefs <b@example.org>'.")
    to: list[str] = Field(default_factory=list, description="Recipients.")
    cc: list[str] = Field(default_factory=list, description="Copy recipients.")
    bcc: list[str] = Field(default_factory=list, description="Blind copy recipients.")
    subject: str = Field(
        "{title} — {date}", description="The subject; {date} is the as-of date, {title} the title."
    )
    username: str | None = Field(None, description="The SMTP login, if the server wants one.")
    password_env: str | None = Field(
        None, description="The environment variable that holds the SMTP password."
    )
    password: Any = Field(None, description="Refused: a password never goes in the config.")
    ca_file: str | None = Field(
        None, description="Trust the certificates of this CA file (PEM) besides the system's."
    )
    timeout: float = Field(30.0, gt=0, description="Seconds to wait for the server.")
    retries: int = Field(3, ge=0, le=10, description="Connection attempts after the first.")
    retry_wait: float = Field(
        2.0, ge=0, le=300, description="Seconds before the first retry; doubled for each next."
    )

    @field_validator("password")
    @classmethod
    def _no_password(cls, value: Any) -> Any:
        if value is None:
            return value
        raise ValueError(
            "a password never goes in the config (it would be in every copy and backup of "
            "it): remove this line, put the password in an environment variable "
            "(export BRIEFINGS_SMTP_PASSWORD=...) and name that variable under "
            "'password_env: BRIEFINGS_SMTP_PASSWORD'"
        )

    @field_validator("password_env")
    @classmethod
    def _env_name(cls, value: str | None) -> str | None:
        if value is not None and not ENV_NAME.match(value):
            raise ValueError(
                f"'{value}' is not the name of an environment variable; write the variable's "
                "name (BRIEFINGS_SMTP_PASSWORD), never the password itself"
            )
        return value

    @field_validator("sender")
    @classmethod
    def _sender(cls, value: str) -> str:
        return _address(value)

    @field_validator("to", "cc", "bcc")
    @classmethod
    def _recipients(cls, value: list[str]) -> list[str]:
        return [_address(v) for v in value]

    @field_validator("subject")
    @classmethod
    def _subject(cls, value: str) -> str:
        if "\n" in value or "\r" in value:
            raise ValueError("a subject is one line")
        return _placeholders(value, SUBJECT_FIELDS, "{title} — {date}")

    @model_validator(mode="after")
    def _complete(self) -> EmailOptions:
        if not (self.to or self.cc or self.bcc):
            raise ValueError("list at least one recipient under 'to', 'cc' or 'bcc'")
        if self.username and not self.password_env:
            raise ValueError(
                "'username' is set but 'password_env' is not: name the environment variable "
                "that holds the password (password_env: BRIEFINGS_SMTP_PASSWORD)"
            )
        if self.password_env and not self.username:
            raise ValueError("'password_env' is set but 'username' is not: add the SMTP login")
        if self.username and self.security == "none":
            raise ValueError(
                "a login over 'security: none' would send the password unencrypted; "
                "use 'security: starttls' or 'security: ssl'"
            )
        return self


class DeliveryOptions(_Strict):
    email: EmailOptions | None = Field(None, description="Send the brief by email (SMTP).")


class ConfigOptions(_Strict):
    title: str = Field(description="The brief's title, printed in its header.")
    date: dt.date | None = Field(None, description="As-of date (YYYY-MM-DD); default: today.")
    window: int | None = Field(
        None,
        gt=0,
        description="Keep only articles from this many days before `date` (undated ones stay).",
    )
    actors: dict[str, ActorOptions] = Field(description="The sides, by id: id -> name, aliases.")
    sources: list[str] = Field(
        default_factory=list,
        description="Files, folders or globs read when none are given on the command line.",
    )
    output: OutputOptions = Field(default_factory=lambda: OutputOptions.model_validate({}))
    template_dir: str | None = Field(
        None, description="A folder whose templates override the defaults."
    )
    marking: str | None = Field(
        None, description="A line such as 'FOR INTERNAL USE' printed in header and footer."
    )
    store: StoreOptions = Field(default_factory=lambda: StoreOptions.model_validate({}))
    delivery: DeliveryOptions = Field(default_factory=lambda: DeliveryOptions.model_validate({}))

    @field_validator("date", mode="before")
    @classmethod
    def _real_date(cls, value: Any) -> Any:
        if isinstance(value, str) and (problem := date_problem(value)):
            raise ValueError(
                f"{value.strip()} is not a real date ({problem}); write it as YYYY-MM-DD"
            )
        return value

    @field_validator("window")
    @classmethod
    def _window_in_calendar(cls, value: int | None) -> int | None:
        if value is not None and value > MAX_WINDOW:
            raise ValueError(
                f"at most {MAX_WINDOW} days (100 years); leave 'window' out to keep articles "
                "of any date"
            )
        return value

    @field_validator("actors")
    @classmethod
    def _actor_ids(cls, value: dict[str, ActorOptions]) -> dict[str, ActorOptions]:
        if not value:
            raise ValueError("list at least one actor: id -> {name, aliases}")
        for key in value:
            if key in (CIVILIANS, UNKNOWN):
                raise ValueError(f"'{key}' is reserved; give the actor another id")
            if not ACTOR_ID.match(key):
                raise ValueError(
                    f"actor id '{key}' should be lower case letters, digits, '-' or '_'"
                )
        return value


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class EmailSettings:
    """A validated ``delivery.email`` block, its port and CA file resolved."""

    host: str
    port: int
    security: str
    sender: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    bcc: tuple[str, ...]
    subject: str
    username: str | None
    password_env: str | None
    ca_file: Path | None
    timeout: float
    retries: int
    retry_wait: float

    @property
    def recipients(self) -> tuple[str, ...]:
        return self.to + self.cc + self.bcc


@dataclass(frozen=True)
class Config:
    """A validated config with its paths resolved against the config file's folder."""

    path: Path
    title: str
    date: dt.date
    window: int | None
    actors: tuple[Actor, ...]
    sources: tuple[str, ...]
    output_folder: Path
    formats: tuple[str, ...]
    filename: str
    template_dir: Path | None
    marking: str | None
    #: The history store; None keeps no history (the Python API's default).
    store_path: Path | None = None
    email: EmailSettings | None = None
    limits: Limits = field(default_factory=lambda: Limits.model_validate({}))

    @property
    def base_dir(self) -> Path:
        return self.path.parent

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def output_name(self, fmt: str, date: dt.date | None = None) -> str:
        return self.filename.format(date=(date or self.date).isoformat()) + f".{fmt}"

    def appendix_name(self, date: dt.date | None = None) -> str:
        """The full data behind a brief whose sections are cut: 'brief-2024-05-10-data.html'."""
        return self.filename.format(date=(date or self.date).isoformat()) + "-data.html"


# -- YAML with line numbers ---------------------------------------------------

#: How many values a config may hold once its aliases are expanded. A real config
#: holds a few hundred; an alias bomb ("billion laughs") of 1 KB holds billions.
MAX_VALUES = 100_000


class _Loader(yaml.SafeLoader):
    """The safe loader, noting each alias where it is used (for the expansion bound)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.alias_uses: list[tuple[yaml.Node, str, int]] = []

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            node = self.anchors.get(event.anchor)
            if node is not None:
                self.alias_uses.append((node, event.anchor, event.start_mark.line + 1))
        return super().compose_node(parent, index)


def _timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    try:
        return loader.construct_yaml_timestamp(node)
    except (ValueError, OverflowError):
        return loader.construct_scalar(node)  # "2020-02-30": the field's check says why


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _expanded_sizes(root: yaml.Node) -> dict[int, int] | yaml.Node:
    """How many values each node stands for with its aliases expanded, or the node
    an alias cycle runs through. Each node is sized once, so this is linear in the
    text even when the expansion is not."""
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if done:
            on_path.discard(id(node))
            sizes[id(node)] = min(1 + sum(sizes[id(c)] for c in _children(node)), 2 * MAX_VALUES)
            continue
        if id(node) in sizes:
            continue
        if id(node) in on_path:
            return node
        on_path.add(id(node))
        stack.append((node, True))
        for child in _children(node):
            if id(child) in on_path:
                return child
            if id(child) not in sizes:
                stack.append((child, False))
    return sizes


class YamlLimit(Exception):
    """The YAML's aliases loop or expand past MAX_VALUES; ``line`` is 1-based."""

    def __init__(self, line: int, problem: str) -> None:
        super().__init__(f"line {line}: {problem}")
        self.line = line
        self.problem = problem


def _check_aliases(root: yaml.Node, uses: list[tuple[yaml.Node, str, int]], what: str) -> None:
    """Refuse alias cycles and aliases that expand ``what`` past MAX_VALUES."""
    sizes = _expanded_sizes(root)
    if isinstance(sizes, yaml.Node):
        line = next((ln for n, _a, ln in uses if n is sizes), sizes.start_mark.line + 1)
        raise YamlLimit(line, "an alias refers to the value that contains it; write the value out")
    if sizes[id(root)] <= MAX_VALUES or not uses:
        return
    node, anchor, line = max(uses, key=lambda use: (sizes[id(use[0])], -use[2]))
    raise YamlLimit(
        line,
        f"the alias '*{anchor}' makes {what} expand past {MAX_VALUES:,} values; "
        "write the values out instead of nesting aliases",
    )


def compose_yaml(text: str, what: str = "it") -> tuple[yaml.Node | None, Any]:
    """The node tree (for lines) and the data, from one safe parse, aliases bounded.

    Raises YamlLimit for an alias loop or bomb (``what`` names the document in its
    message), yaml.YAMLError for bad YAML and RecursionError for deep nesting. A
    timestamp that is no real day (2020-02-30) stays the text it was written as,
    for the caller to report, instead of raising from deep inside the parser.
    """
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        _check_aliases(node, loader.alias_uses, what)
        return node, loader.construct_document(node)
    finally:
        loader.dispose()


def _compose(text: str, path: Path) -> tuple[yaml.Node | None, Any]:
    try:
        return compose_yaml(text, "the config")
    except YamlLimit as exc:
        raise ConfigError(str(path), [str(exc)]) from None


def date_problem(text: str) -> str | None:
    """Why ``text``, written as YYYY-MM-DD, is no real day ('day is out of range for
    month'); None if it is one or is not written that way."""
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ].*)?\s*", text)
    if not m:
        return None
    try:
        dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as exc:
        return str(exc)
    return None


def _lines(node: yaml.Node, path: tuple = (), out: dict | None = None, dups: list | None = None):
    """Map each key path to the 1-based line it is written on; note duplicate keys."""
    out = {} if out is None else out
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            line = key_node.start_mark.line + 1
            if dups is not None and key in seen:
                dotted = ".".join(map(str, (*path, key)))
                dups.append(f"'{dotted}' (line {line}): written twice (also line {seen[key]})")
            seen[key] = line
            out[(*path, key)] = line
            _lines(value_node, (*path, key), out, dups)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            out[(*path, i)] = item.start_mark.line + 1
            _lines(item, (*path, i), out, dups)
    return out


def _line_of(lines: dict, loc: tuple) -> int | None:
    for n in range(len(loc), 0, -1):
        if loc[:n] in lines:
            return lines[loc[:n]]
    return None


def _fields_at(loc: tuple) -> list[str]:
    """The option names allowed in the mapping at ``loc`` (for did-you-mean)."""
    model: Any = ConfigOptions
    for part in loc:
        if model is ConfigOptions and part == "actors":
            model = "actors"
        elif model == "actors":
            model = ActorOptions
        elif isinstance(model, type) and issubclass(model, BaseModel):
            field = next(
                (f for n, f in model.model_fields.items() if (f.alias or n) == str(part)), None
            )
            model = _model_of(field.annotation if field else None)
        else:
            return []
    if isinstance(model, type) and issubclass(model, BaseModel):
        return [f.alias or n for n, f in model.model_fields.items()]
    return []


def _model_of(annotation: Any) -> Any:
    """The model a field holds, also when it is optional (``EmailOptions | None``)."""
    for candidate in (annotation, *typing.get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def _describe(value: Any) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return repr(value)


def _problem(err: ErrorDetails, lines: dict) -> str:
    loc = tuple(err["loc"])
    dotted = ".".join(map(str, loc)) or "(top level)"
    line = _line_of(lines, loc)
    where = f"'{dotted}'" + (f" (line {line})" if line else "")
    kind = err["type"]
    if kind == "extra_forbidden":
        allowed = _fields_at(loc[:-1])
        near = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
        hint = f"did you mean '{near[0]}'?" if near else "allowed here: " + ", ".join(allowed)
        return f"{where}: unknown key; {hint}"
    if kind == "missing":
        return f"{where}: required key is missing"
    msg = err["msg"]
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    elif kind.endswith("_type") or kind.endswith("_parsing") or kind == "literal_error":
        msg = f"expected {msg[0].lower() + msg[1:]}; got {_describe(err.get('input'))}"
        msg = msg.replace("expected input should be ", "expected ").replace(
            "expected should be ", "expected "
        )
    return f"{where}: {msg}"


def _line_key(problem: str) -> int:
    found = re.search(r"\(line (\d+)\)", problem)
    return int(found.group(1)) if found else 0


def load_config(path: str | Path) -> Config:
    """Read and validate a config file; raise ConfigError listing every problem."""
    path = Path(path)
    try:
        text = read_regular(path).decode("utf-8")
    except NotRegular as exc:
        hint = "pass the path of a YAML config file"
        if exc.kind == "a folder":
            raise ConfigError(str(path), [f"is a folder; {hint}"]) from None
        raise ConfigError(str(path), [f"is {exc.kind}, not a file; {hint}"]) from None
    except FileNotFoundError:
        raise ConfigError(
            str(path), ["file not found; pass --config with the path of a YAML config"]
        ) from None
    except IsADirectoryError:
        raise ConfigError(str(path), ["is a folder; pass the path of a YAML config file"]) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(str(path), [f"not UTF-8 text ({exc.reason}); save it as UTF-8"]) from None
    except OSError as exc:
        raise ConfigError(str(path), [f"cannot be read: {exc.strerror}"]) from None
    return parse_config(text, path)


def parse_config(text: str, path: Path) -> Config:
    try:
        node, data = _compose(text, path)
    except RecursionError:
        raise ConfigError(
            str(path), ["values are nested too deeply to be a config; check the brackets"]
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f"line {mark.line + 1}: " if mark else ""
        raise ConfigError(
            str(path), [f"{line}not valid YAML: {exc.problem or exc}; check indentation and colons"]
        ) from None
    except yaml.YAMLError as exc:
        raise ConfigError(str(path), [f"not valid YAML: {exc}"]) from None
    if not isinstance(data, dict):
        raise ConfigError(
            str(path), ["the config must be a mapping of keys such as 'title:' and 'actors:'"]
        )
    dups: list[str] = []
    lines = _lines(node, dups=dups) if node is not None else {}
    problems = list(dups)
    options = None
    try:
        options = ConfigOptions.model_validate(data)
    except ValidationError as exc:
        problems += [_problem(err, lines) for err in exc.errors()]
    else:
        problems += _shared_names(options, lines)
    if problems:
        raise ConfigError(str(path), sorted(problems, key=_line_key))
    assert options is not None
    return _resolve(options, path)


def _shared_names(options: ConfigOptions, lines: dict) -> list[str]:
    """A name or alias listed under two actors: the first to match would take every
    mention of it, so the results would depend on the order of the config."""
    first: dict[str, tuple[str, int | None]] = {}
    problems = []
    for actor_id, actor in options.actors.items():
        named: list[tuple[tuple, str]] = [(("actors", actor_id, "name"), actor.name)]
        named += [(("actors", actor_id, "aliases", i), a) for i, a in enumerate(actor.aliases)]
        for loc, name in named:
            key = " ".join(name.casefold().split())
            owner = first.get(key)
            if owner is None:
                first[key] = (actor_id, _line_of(lines, loc))
            elif owner[0] != actor_id:
                line = _line_of(lines, loc)
                where = f"'{'.'.join(map(str, loc))}'" + (f" (line {line})" if line else "")
                also = f" (line {owner[1]})" if owner[1] else ""
                problems.append(
                    f"{where}: '{name}' is also listed under {owner[0]}{also}; "
                    "list each name under one actor"
                )
    return problems


def _resolve(options: ConfigOptions, path: Path) -> Config:
    base = path.resolve().parent

    def here(p: str) -> Path:
        q = Path(p).expanduser()
        # normpath, not resolve: keep the user's symlinks, drop "config/../out"
        return Path(os.path.normpath(q if q.is_absolute() else base / q))

    template_dir = here(options.template_dir) if options.template_dir else None
    if template_dir is not None and not template_dir.is_dir():
        raise ConfigError(
            str(path),
            [f"'template_dir': folder {template_dir} does not exist; create it or remove the key"],
        )
    email = options.delivery.email
    if email is not None and email.ca_file and not here(email.ca_file).is_file():
        raise ConfigError(
            str(path),
            [
                f"'delivery.email.ca_file': file {here(email.ca_file)} does not exist; "
                "give the CA certificate file (PEM) or remove the key"
            ],
        )
    store = options.store
    return Config(
        store_path=here(store.path) if store.enabled else None,
        email=_email(options.delivery.email, here),
        path=path.resolve(),
        title=options.title,
        date=options.date or dt.date.today(),
        window=options.window,
        actors=tuple(
            Actor(id=k, name=v.name, aliases=tuple(v.aliases)) for k, v in options.actors.items()
        ),
        sources=tuple(str(here(s)) for s in options.sources),
        output_folder=here(options.output.folder),
        formats=tuple(options.output.formats),
        filename=options.output.filename,
        limits=options.output.limits,
        template_dir=template_dir,
        marking=options.marking,
    )


def _email(options: EmailOptions | None, here) -> EmailSettings | None:
    if options is None:
        return None
    return EmailSettings(
        host=options.host,
        port=options.port or DEFAULT_PORTS[options.security],
        security=options.security,
        sender=options.sender,
        to=tuple(options.to),
        cc=tuple(options.cc),
        bcc=tuple(options.bcc),
        subject=options.subject,
        username=options.username,
        password_env=options.password_env,
        ca_file=here(options.ca_file) if options.ca_file else None,
        timeout=options.timeout,
        retries=options.retries,
        retry_wait=options.retry_wait,
    )
