"""`briefings doctor`: is this machine ready to write briefs, and if not, what to install.

Each check gives one line: ``ok``, ``warn`` (works, but worse), ``FAIL`` (a brief
cannot be written as it should) or ``--`` (not configured, so not checked). The
checks: Python, WeasyPrint and its native libraries (Pango, HarfBuzz, by writing a
one-line PDF), the fonts the templates name, the templates, and with a config its
output folder, its store (when the config has one) and its mail server (when the
config sends mail). The store and mail settings are read with ``getattr``, so the
doctor works with configs that have them and with configs that do not.
"""

from __future__ import annotations

import ctypes.util
import os
import platform
import shutil
import socket
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

Status = Literal["ok", "warn", "FAIL", "--"]

#: The brief's typefaces and the Debian package of each (see README, System packages).
FONTS = (
    ("Charis SIL", "body text", "fonts-sil-charis"),
    ("Open Sans", "headings and tables", "fonts-open-sans"),
    ("DejaVu Sans", "fallback", "fonts-dejavu-core"),
    ("DejaVu Serif", "fallback", "fonts-dejavu-core"),
)
PANGO = ("libpango-1.0-0", "libpangoft2-1.0-0")
HARFBUZZ_SUBSET = ("libharfbuzz-subset0",)
SMTP_TIMEOUT = 5.0


@dataclass(frozen=True)
class Check:
    status: Status
    what: str
    detail: str = ""
    #: Debian packages that would turn a FAIL or warn into ok.
    install: tuple[str, ...] = ()

    def line(self) -> str:
        text = f"{self.what}: {self.detail}" if self.detail else self.what
        return f"{self.status:<5} {text}"


def python_check() -> Check:
    # (An older Python cannot import briefings at all: pip refuses to install it there.)
    return Check("ok", f"Python {platform.python_version()}", sys.executable)


def weasyprint_checks() -> list[Check]:
    """WeasyPrint loads its libraries and writes a PDF; HarfBuzz can subset fonts."""
    try:
        import weasyprint
    except OSError as exc:  # WeasyPrint's way of saying a native library is missing
        return [Check("FAIL", "WeasyPrint", f"cannot load its libraries ({exc})", PANGO)]
    except ImportError as exc:
        return [Check("FAIL", "WeasyPrint", f"not installed ({exc}); reinstall briefings with pip")]
    try:
        from weasyprint.text.ffi import harfbuzz_subset, pango

        version = pango.pango_version()
        pango_text = f"Pango {version // 10000}.{version // 100 % 100}.{version % 100}"
    except Exception:  # noqa: BLE001 - an older WeasyPrint lays its modules out otherwise
        harfbuzz_subset, pango_text = True, "Pango"
    try:
        pdf = weasyprint.HTML(string="<p>briefings doctor</p>").write_pdf()
    except Exception as exc:  # noqa: BLE001 - any failure here means no PDF can be written
        return [Check("FAIL", "WeasyPrint", f"cannot write a PDF ({exc})", PANGO)]
    checks = [
        Check(
            "ok" if pdf and pdf.startswith(b"%PDF") else "FAIL",
            f"WeasyPrint {weasyprint.__version__} ({pango_text})",
            "writes a PDF",
        )
    ]
    if harfbuzz_subset is None or not ctypes.util.find_library("harfbuzz-subset"):
        checks.append(
            Check(
                "warn",
                "HarfBuzz subsetting",
                "missing; PDFs embed whole fonts and take about twice as long to write",
                HARFBUZZ_SUBSET,
            )
        )
    else:
        checks.append(Check("ok", "HarfBuzz subsetting", "PDFs embed only the letters used"))
    return checks


def font_match(family: str) -> tuple[str, str] | None:
    """(family, file) fontconfig would use for ``family``; None without fc-match."""
    tool = shutil.which("fc-match")
    if tool is None:
        return None
    try:
        done = subprocess.run(
            [tool, "-f", "%{family}|%{file}", family],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    found, _, file = done.stdout.partition("|")
    return found, file


def font_checks(match=font_match) -> list[Check]:
    checks = []
    for family, role, package in FONTS:
        found = match(family)
        what = f"font {family} ({role})"
        if found is None:
            checks.append(Check("warn", what, "cannot check: fc-match is missing", ("fontconfig",)))
        elif family.lower() in [f.strip().lower() for f in found[0].split(",")]:
            checks.append(Check("ok", what, found[1]))
        else:
            instead = found[0].split(",")[0].strip() or "another font"
            checks.append(
                Check("FAIL", what, f"not installed; the brief would use {instead}", (package,))
            )
    return checks


def template_checks(config: Any) -> list[Check]:
    from briefings.render.templates import default_dir

    checks = []
    builtin = default_dir()
    if (builtin / "brief.html").is_file():
        checks.append(Check("ok", "templates", str(builtin)))
    else:
        checks.append(
            Check("FAIL", "templates", f"{builtin}/brief.html is missing; reinstall briefings")
        )
    own = getattr(config, "template_dir", None)
    if own is not None:
        ok = Path(own).is_dir()
        checks.append(
            Check("ok" if ok else "FAIL", "template_dir", str(own) if ok else f"{own}: no folder")
        )
    return checks


def _writable_folder(folder: Path) -> str | None:
    """Why ``folder`` cannot take new files (None if it can, or if it can be made)."""
    from briefings.errors import OutputError
    from briefings.writer import check_folder

    try:
        check_folder(folder)
    except OutputError as exc:
        return exc.message
    existing = folder
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"{existing}: no permission to write there"
    return None


def output_check(config: Any) -> Check:
    folder = Path(config.output_folder)
    problem = _writable_folder(folder)
    if problem:
        return Check("FAIL", "output folder", problem)
    return Check("ok", "output folder", f"{folder} can be written")


def _get(obj: Any, *names: str) -> Any:
    for name in names:
        value = obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)
        if value is not None:
            return value
    return None


def store_check(config: Any) -> Check:
    store = getattr(config, "store", None)
    if store is None:
        return Check("--", "store", "not configured")
    path = store if isinstance(store, str | os.PathLike) else _get(store, "path", "file")
    if path is None:
        return Check("ok", "store", "configured")
    path = Path(path)
    if path.exists():
        if not path.is_file():
            return Check("FAIL", "store", f"{path}: not a file; point 'store' at a file")
        if not os.access(path, os.R_OK | os.W_OK):
            return Check("FAIL", "store", f"{path}: no permission to read and write it")
        return Check("ok", "store", f"{path} can be read and written")
    problem = _writable_folder(path.parent)
    if problem:
        return Check("FAIL", "store", f"{path} cannot be created ({problem})")
    return Check("ok", "store", f"{path} will be created on first use")


def smtp_check(config: Any, timeout: float = SMTP_TIMEOUT) -> Check:
    email = _get(getattr(config, "delivery", None) or {}, "email")
    if email is None:
        return Check("--", "SMTP", "no mail delivery configured")
    host = _get(email, "host", "smtp_host", "server", "smtp_server")
    if not host:
        return Check("FAIL", "SMTP", "delivery.email names no server; set its host")
    secure = bool(_get(email, "ssl", "tls", "use_ssl"))
    port = int(_get(email, "port", "smtp_port") or (465 if secure else 587))
    where = f"{host}:{port}"
    try:
        with socket.create_connection((str(host), port), timeout=timeout) as conn:
            if port == 465 or secure:
                return Check("ok", "SMTP", f"{where} accepts connections")
            conn.settimeout(timeout)
            banner = conn.recv(512).decode("latin-1").strip()
            conn.sendall(b"QUIT\r\n")
    except TimeoutError:
        return Check("FAIL", "SMTP", f"{where} did not answer within {timeout:g} s; check the "
                     "host and port, and that this machine may reach it")  # fmt: skip
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return Check("FAIL", "SMTP", f"{where}: {reason}; check delivery.email's host and port")
    if not banner.startswith("220"):
        return Check("FAIL", "SMTP", f"{where} is not a mail server (it said {banner[:60]!r})")
    return Check("ok", "SMTP", f"{where} answers ({banner[:60]})")


def run_checks(
    config: Any | None, config_problem: str | None = None, smtp_timeout: float = SMTP_TIMEOUT
) -> list[Check]:
    checks = [python_check(), *weasyprint_checks(), *font_checks(), *template_checks(config)]
    if config_problem is not None:
        checks.append(Check("FAIL", "config", config_problem))
    elif config is None:
        checks.append(Check("--", "config", "none given; pass --config to check its folders"))
    else:
        checks += [
            Check("ok", "config", str(config.path)),
            output_check(config),
            store_check(config),
            smtp_check(config, smtp_timeout),
        ]
    return checks


def advice(checks: list[Check]) -> str | None:
    """What to install for the failed and warned checks, as one command."""
    packages = list(
        dict.fromkeys(p for c in checks if c.status in ("FAIL", "warn") for p in c.install)
    )
    if not packages:
        return None
    if shutil.which("apt-get"):
        return "Install what is missing with: sudo apt-get install " + " ".join(packages)
    return (
        "Install what is missing (Debian names: " + ", ".join(packages) + "); README.md, "
        "'System packages', lists what each is"
    )
