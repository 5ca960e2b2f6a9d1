"""The email: a plain-text and an HTML part with the key developments and the
changes since the previous brief, and the PDF attached (``email.message``).

Both parts are written from the summary the store keeps with the brief, so a
brief can be sent days after it was made without running anything again. The
HTML part comes from the ``email.html`` template (overridable like
``brief.html``), autoescaped: article text never becomes markup.
"""

from __future__ import annotations

import textwrap
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid, parseaddr
from typing import Any

from briefings.config import Config, EmailSettings
from briefings.errors import TemplateError

DISCLAIMER = (
    "Figures and statements are as reported by the sources and have not been "
    "independently verified."
)
WIDTH = 76


def subject(email: EmailSettings, summary: dict[str, Any]) -> str:
    return email.subject.format(date=summary["as_of"], title=summary["title"])


def _refs(numbers: list[int]) -> str:
    return "".join(f"[{n}]" for n in numbers)


def _item(text: str, refs: list[int]) -> list[str]:
    line = f"{text} {_refs(refs)}".rstrip()
    return textwrap.wrap(line, WIDTH, initial_indent="- ", subsequent_indent="  ") or ["-"]


def cited(summary: dict[str, Any]) -> list[dict[str, Any]]:
    """The sources the email's lines cite, in number order."""
    numbers: set[int] = set()
    for d in summary["key_developments"]:
        numbers.update(d["cites"])
    changes = summary.get("changes")
    if changes:
        numbers.update(changes["trend_cites"])
        for line in changes["lines"]:
            numbers.update(line["cites"])
            numbers.update(line["was"])
    return [s for s in summary["sources"] if s["n"] in numbers]


def text_part(summary: dict[str, Any], attachment: str) -> str:
    lines = [f"{summary['title']} — as of {summary['as_of_words']}"]
    if summary.get("marking"):
        lines.append(summary["marking"])
    lines += ["", f"Period covered: {summary['period']}. Sources: {summary['n_sources']}.", ""]
    changes = summary.get("changes")
    if changes:
        lines += textwrap.wrap(
            f"Trend: {changes['trend_text']} {_refs(changes['trend_cites'])}".rstrip(), WIDTH
        )
        lines.append("")
    lines += ["KEY DEVELOPMENTS", ""]
    for d in summary["key_developments"]:
        flag = " (single source)" if d["single_source"] else ""
        lines += _item(d["text"] + flag, d["cites"])
    if not summary["key_developments"]:
        lines.append("No developments reported in these sources.")
    if changes:
        lines += ["", f"CHANGES SINCE {changes['since_words'].upper()}", ""]
        for line in changes["lines"]:
            was = [n for n in line["was"] if n not in line["cites"]]
            earlier = f" (earlier {_refs(was)})" if was else ""
            lines += _item(f"{line['label']}: {line['text']} {_refs(line['cites'])}{earlier}", [])
        if not changes["lines"]:
            lines.append("No changes in the findings.")
        if changes["more"]:
            lines.append(f"... and {changes['more']} more changes (see the attached brief).")
    sources = cited(summary)
    if sources:
        lines += ["", "SOURCES", ""]
        for s in sources:
            meta = ", ".join(x for x in (s["outlets"], s["published"]) if x)
            text = f"[{s['n']}] {s['title']}" + (f" — {meta}" if meta else "")
            lines += textwrap.wrap(text, WIDTH, subsequent_indent="    ")
            if s.get("url"):
                lines.append(f"    {s['url']}")
    lines += ["", f"The whole brief is attached: {attachment}."]
    lines += textwrap.wrap(DISCLAIMER, WIDTH)
    return "\n".join(lines) + "\n"


def html_part(summary: dict[str, Any], attachment: str, config: Config) -> str:
    import jinja2

    from briefings.render.html import environment

    try:
        template = environment(config).get_template("email.html")
        return template.render(
            s=summary, sources=cited(summary), attachment=attachment, disclaimer=DISCLAIMER
        )
    except jinja2.TemplateError as exc:
        raise TemplateError(f"email.html: template error: {exc}") from None


def compose(config: Config, summary: dict[str, Any], pdf: bytes, attachment: str) -> EmailMessage:
    """The message, ready to send: headers, text and HTML parts, the PDF attached.
    Bcc recipients are left out of the headers (they are only in the envelope)."""
    email = config.email
    assert email is not None
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = subject(email, summary)
    msg["From"] = email.sender
    if email.to:
        msg["To"] = ", ".join(email.to)
    if email.cc:
        msg["Cc"] = ", ".join(email.cc)
    msg["Date"] = formatdate(localtime=True)
    domain = parseaddr(email.sender)[1].rpartition("@")[2] or None
    msg["Message-ID"] = make_msgid("briefings", domain=domain)
    msg.set_content(text_part(summary, attachment))
    msg.add_alternative(html_part(summary, attachment, config), subtype="html")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=attachment)
    return msg
