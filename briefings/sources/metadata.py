"""The header of an article saved as plain text: which line is what.

Articles pasted or scraped into .txt files carry their metadata as lines of
text above the story:

    Skip to main content                        banner: skipped
    Harbour reopens after the storm             the headline
    Example News · 2023-04-30                   outlet line: outlet, date
    Original url: https://example-news.com/...  address: taken out
    By Jane Roe                                 byline
    April 30, 2023                              date line

This module sorts those lines and returns the body with them taken out, and
what each said, as written. Which of them sets the article's title, outlet
and date is decided in ``processors.py``. Every body line is kept verbatim,
because extraction quotes sentences from it and points at their offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from briefings.sources.outlets import DOMAIN, is_organisation
from briefings.sources.published import DATE_LABEL, TIME, DateLine, date_line

# Site chrome that precedes the headline in saved pages.
_BANNERS = {
    "accessibility links", "breaking news", "skip to content", "skip to main content",
    "skip to navigation", "menu", "main menu", "search", "advertisement", "subscribe", "sign in",
    "log in", "home", "share", "share this article", "print", "email", "latest news",
    "top stories", "live", "most read", "close", "navigation", "toggle navigation",
    "listen to this article", "world", "news", "middle east",
}  # fmt: skip
_BOILERPLATE = re.compile(
    r"^(?:related(?:\s+(?:articles?|stories|content|news|coverage))?|read\s+more|see\s+also"
    r"|also\s+read|more\s+on\s+this(?:\s+story)?|recommended|watch|listen)\s*:",
    re.IGNORECASE,
)
_SITE_NEWS = re.compile(r"^[\w.'’-]+\s+news$", re.IGNORECASE)  # "Expatica news"
_CRUMBS = re.compile(r"\s[|›»>]\s")  # "Home | World | Middle East"
# A picture credit: "Image Source : AP", "Photo: Example Agency".
_CREDIT = re.compile(
    r"^(?:image|photo(?:graph)?|picture|video|file\s+photo)(?:\s+(?:source|credits?))?\s*:",
    re.IGNORECASE,
)
# Headlines have words; "A+ A-" (text size buttons) and "| |" do not.
_WORD = re.compile(r"[^\W\d_]{3}")
# "Untitled (example-news.com)": a saving tool's stand-in where the page had no title.
_PLACEHOLDER = re.compile(
    r"^\(?(?:untitled|no\s+title)\)?(?:\s*\((?P<domain>[^()\s]+)\))?\s*$", re.IGNORECASE
)

_URL_LINE = re.compile(
    r"^\s*(?:original\s+(?:url|link|article)|source\s+(?:url|link)|url|link|permalink)\s*:"
    r"\s*(?P<url>\S.*)?$",
    re.IGNORECASE,
)
_URL_TOKEN = re.compile(r"[\w\-./?=&%#:~+@!,;*()\[\]']+")
_SOURCE_LINE = re.compile(r"^\s*(?:source|outlet|publisher)\s*:\s*(?P<name>[^:]{2,60}?)\s*$", re.I)
_BYLINE = re.compile(r"^\s*by\s+(?P<name>[^.!?]{2,80}?)\s*$", re.IGNORECASE)
_BYLINE_WORDS = 10
# Between the parts of an outlet or byline line: "Example News · 2023-04-30",
# "Jane Roe |13.04.2023 - Update : 13.04.2023".
_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")
# Lowercase words a name may hold: "Voice of America", "Sami al-Nour".
# ("via": "Example Wire via Example Daily", a wire carried by a newsroom)
_NAME_JOINERS = {"of", "the", "and", "for", "on", "in", "de", "du", "la", "le", "el", "al", "via"}
_NAME_WORDS = 6
_NAME_CHARS = 50
# No banner, outlet, byline or date line is longer: longer lines are prose.
_META_CHARS = 160
#: How many lines at the top of the body may still be date lines under a standfirst.
HEAD_LINES = 3


@dataclass
class Header:
    """What the first lines of a plain-text article say, as written."""

    title: str | None
    body: str = ""
    #: The domain of an "Untitled (example.com)" placeholder.
    placeholder: str | None = None
    #: An outlet line's name, or an organisation named beside a date.
    outlet: str | None = None
    #: A "Source: ..." line.
    source: str | None = None
    #: The text after "By", or a person named beside a date.
    byline: str | None = None
    #: Date lines in reading order: the header's, then the top of the body's.
    dates: list[DateLine] = field(default_factory=list)
    url: str | None = None


def parse_plain(text: str, *, title: str | None = None) -> Header:
    """Split a plain-text article into its header lines and its verbatim body.

    ``title`` is a title known from elsewhere (front matter, a page's tags):
    the text is then not searched for one, and a first line repeating it is
    dropped.
    """
    header = Header(title=title)
    lines, above_url = _drop_metadata_lines(text.splitlines(keepends=True), header)
    dropped = (header.url, header.source)
    start = _scan_header(lines, above_url, header)
    if title is None and not any(line.strip() for line in lines[start:]):
        # Nothing left for the body: a short first line taken for navigation was the
        # headline of a short story ("Talks resume"). Read the header again, with
        # every line a headline may be.
        again = Header(title=None, url=dropped[0], source=dropped[1])
        start_again = _scan_header(lines, above_url, again, banners=False)
        if any(line.strip() for line in lines[start_again:]):
            header, start = again, start_again
    body = lines[start:]
    _read_head_dates(body, header)
    header.body = "".join(body).strip()
    return header


# -- lines dropped wherever they are --------------------------------------------------


def _drop_metadata_lines(lines: list[str], header: Header) -> tuple[list[str], set[int]]:
    """Remove URL lines, "Source:" lines, "Related article:" links and a trailing tag
    list; also say which kept lines stood just above a URL line."""
    kept: list[str] = []
    above_url: set[int] = set()
    skip_url_line = False
    for line in lines:
        stripped = line.strip()
        if skip_url_line and stripped:
            skip_url_line = False
            if re.match(r"https?://", stripped):
                header.url = header.url or _join_url(stripped)
                continue
        if m := _URL_LINE.match(line):
            if m["url"]:
                header.url = header.url or _join_url(m["url"])
            else:
                skip_url_line = True  # "Original url:" with the address on the next line
            above_url.update(_last_nonblank(kept))
            continue
        if m := _SOURCE_LINE.match(line):
            header.source = header.source or m["name"].strip()
            continue
        if _BOILERPLATE.match(stripped):
            continue
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    if kept and _is_tag_list(kept[-1].strip()):
        kept.pop()
    return kept, above_url


def _last_nonblank(lines: list[str]) -> list[int]:
    return next(([i] for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), [])


def _join_url(value: str) -> str:
    """Re-join an address that a copy-paste broke at a space ("russi an-forces")."""
    tokens = value.split()
    if len(tokens) > 1 and all(_URL_TOKEN.fullmatch(t) for t in tokens):
        return "".join(tokens)
    return tokens[0]


def _is_tag_list(line: str) -> bool:
    """A trailing "Putin, Erdogan, Syria, Idlib" line: site tags, not prose."""
    items = [item.strip() for item in line.split(",")]
    return (
        len(items) >= 3
        and all(
            item and len(item.split()) <= 3 and all(w[:1].isupper() for w in item.split())
            for item in items
        )
        and not line.endswith(".")
    )


# -- the header: banners, title, outlet, byline and date lines ------------------------


def _scan_header(
    lines: list[str], above_url: set[int], header: Header, *, banners: bool = True
) -> int:
    """Read the header lines into ``header``; the index of the first body line.
    With ``banners`` False, no short line above the headline is taken for navigation."""
    known = header.title
    seen_title = False  # a title line (or its placeholder) has been passed
    under_title = False  # the current line comes right after it
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    for position, index in enumerate(nonblank):
        line = lines[index].strip()
        right_under, under_title = under_title, False
        if seen_title and (right_under or index in above_url):
            # (a short name between the headline and a date line is the outlet too:
            # "Harbour reopens / Example Wire / Published: 2023-04-30")
            after = nonblank[position + 1] if position + 1 < len(nonblank) else None
            above_date = after is not None and date_line(lines[after].strip()) is not None
            person, wire = _wire_apart(line)
            if above_date and right_under and not _BYLINE.match(line) and _a_person(person):
                # "Harbour reopens / Jane Roe (Example Wire) / Published: ..." names who
                # wrote it, and for whom
                header.byline = header.byline or person
                if wire and is_organisation(wire):
                    header.outlet = header.outlet or wire
                continue
            # (and one alone under the headline, the text after a blank line: "Harbour
            # reopens / Example Online / (blank) / The harbour ...")
            alone = (
                right_under
                and position == 1
                and _blank_after(lines, index)
                and date_line(line) is None
                and _dated_names(line) is None
            )
            dated = (above_date or alone) and _a_masthead(line)
            if _outlet_line(line, header, beside_address=index in above_url or dated):
                continue
        if _metadata_line(line, header, before_title=not seen_title and known is None):
            continue
        if known is not None and position == 0 and _clean_title(line) == known:
            seen_title = under_title = True
            continue
        if not seen_title and known is None:
            if m := _PLACEHOLDER.match(line):
                header.placeholder = m["domain"]
                seen_title = under_title = True
                continue
            following = _following(lines, nonblank[position + 1 :])
            if banners and _is_banner(line, following):
                continue
            if _is_paragraph(line):
                return index  # no headline: the text starts with prose
            header.title = _title_and_date(_clean_title(line), header)
            seen_title = under_title = True
            continue
        if _is_chrome(line) or (_is_banner(line, []) and len(line.split()) <= 3):
            continue
        return index
    return len(lines)


def _blank_after(lines: list[str], index: int) -> bool:
    return index + 1 < len(lines) and not lines[index + 1].strip()


def _title_and_date(title: str, header: Header) -> str:
    """The headline without a date printed after it ("Talks end | March 4, 2020"); the
    date goes with the header's dates. A date inside the headline stays."""
    for m in reversed(list(_SEPARATOR.finditer(title))):
        dated = date_line(title[m.end() :])
        if dated is not None and m.start() > 0:
            header.dates.append(dated)
            return title[: m.start()].strip()
    return title


def _following(lines: list[str], after: list[int]) -> list[str]:
    """The next two lines, date lines left out: what a short line stands above."""
    out = [lines[i].strip() for i in after[:4] if _dated_names(lines[i].strip()) is None]
    return out[:2]


def _outlet_line(line: str, header: Header, *, beside_address: bool) -> bool:
    """An outlet's name, alone or with a date ("Example News · 2023-04-30"), under the
    title or just above the address line. Right under the title but away from the
    address, only a name that reads as a newsroom counts ("Example Daily")."""
    if len(line) > _META_CHARS:
        return False
    parts = [p.strip() for p in _SEPARATOR.split(line) if p.strip()]
    if not parts or not _is_name(parts[0]) or parts[0].lower() in _BANNERS:
        return False
    if _BYLINE.match(parts[0]):
        return False  # "By Example Wire": a byline, read as one
    name, others = parts[0], [p for p in parts[1:] if not TIME.fullmatch(p)]
    dates = [date_line(p) for p in others]
    # (a newsroom's name with the day beside it is one too: "Know Afrika · 2024-11-22")
    own_date = bool(dates) and date_line(name) is None and _a_masthead(name)
    if (
        len(others) > 1
        or None in dates
        or not (beside_address or own_date or is_organisation(name))
    ):
        return False
    header.outlet = header.outlet or name
    header.dates.extend(d for d in dates if d is not None)
    return True


def _a_masthead(line: str) -> bool:
    """Whether a short line reads as a newsroom's name rather than a person's or a
    section's: one word that is no section ("Vellmar", not "Analysis"), words with
    capitals or digits inside ("Capital FM", "ABC7"), a name with "The" or a joining
    word ("The Example", "Stars and Bars"), a wire in brackets ("Example Today (AFP)"),
    or a newspaper's word ("Example Standard"); "John Smith" is a byline."""
    words = line.split()
    if len(words) == 1:
        return line.lower().strip(":") not in _SECTIONS
    name, _wire = _wire_apart(line)
    if line.lower() in _BANNERS or name.lower() in _BANNERS or _a_person(name):
        return False  # "Breaking News"; "Jane Roe (Reuters)" is a byline
    words = name.split()
    return (
        any(re.search(r"[A-Z].*[A-Z]|\d", w) for w in words)
        or (words[0] == "The" and 2 <= len(words) <= 4)  # "The New Humanitarian"
        or name != line
        or is_organisation(name)
        or any(w in _MASTHEAD_WORDS for w in words)
    )


def _wire_apart(line: str) -> tuple[str, str | None]:
    """("Example Today", "AFP") from "Example Today (AFP)"; the line alone without one."""
    m = re.fullmatch(r"(?P<name>.+?)\s*\((?P<wire>[^()]{1,40})\)", line.strip())
    return (m["name"], m["wire"]) if m else (line.strip(), None)


def _a_person(line: str) -> bool:
    """Two or three capitalised words and nothing else, none a newsroom's: a name ("Jane
    Roe"; not "The Statesman", "Business Standard")."""
    words = line.split()
    return (
        2 <= len(words) <= 3
        and all(re.fullmatch(r"[A-Z][a-z'’.-]+", w) for w in words)
        and words[0] != "The"
        and not any(w in _MASTHEAD_WORDS for w in words)
        and not is_organisation(line)
    )


# Words of newspapers' names that are no one's name ("Herald", "Times" and the like
# are in outlets' organisation words, sources.outlets); an edition's language ("Al
# Arabiya English") and a beat or a region ("Global Defense", "Know Afrika") too.
_MASTHEAD_WORDS = frozenset(
    """Star Standard Eye Edition Nation Today Weekly Express Monitor Voice Observer
    Guardian Independent Statesman Chronicle Mail Mirror Bulletin Review Insider Online
    Report World Sun Courier Examiner Record Dispatch Globe Mercury Sentinel Register
    Magazine Digest Channel Broadcasting Newswire
    English Defense Defence Africa Afrika Arabia""".split()
)


# Section labels that stand where an outlet's name may: "Analysis", "Opinion".
_SECTIONS = frozenset(
    """analysis opinion explainer feature features interview commentary editorial live
    exclusive update updates breaking world politics africa asia europe americas""".split()
)


def _metadata_line(line: str, header: Header, *, before_title: bool) -> bool:
    """A byline, a date line, or names beside dates ("Jane Roe |13.04.2023"). Above
    the headline, only an outlet may stand beside a date: "Harbour Reopens | May 4,
    2020" is the headline with its date."""
    if (m := _BYLINE.match(line)) and len(m["name"].split()) <= _BYLINE_WORDS:
        header.byline = header.byline or m["name"].strip()
        return True
    dated = _dated_names(line)
    if dated is None:
        return False
    names, dates = dated
    if before_title and not all(map(is_organisation, names)):
        return False
    for name in names:
        if is_organisation(name):
            header.outlet = header.outlet or name
        else:
            header.byline = header.byline or name
    header.dates.extend(dates)
    return True


def _dated_names(line: str) -> tuple[list[str], list[DateLine]] | None:
    """(names, dates) of a line made of dates, times and at most two short names."""
    if len(line) > _META_CHARS:
        return None
    whole = date_line(line)
    if whole is not None:
        return [], [whole]
    names: list[str] = []
    dates: list[DateLine] = []
    for part in (p.strip() for p in _SEPARATOR.split(line) if p.strip()):
        if (found := date_line(part)) is not None:
            dates.append(found)
        elif TIME.fullmatch(part):
            continue
        elif _is_name(part):
            names.append(part)
        else:
            return None
    return (names, dates) if dates and len(names) <= 2 else None


def _is_name(text: str) -> bool:
    """A short proper name: "Example News", "ABC7 Chicago", "example-news.com",
    "example-news.com (AFP)"."""
    if DOMAIN.fullmatch(re.sub(r"\s+\([\w&'’.\-/ ]{1,40}\)$", "", text)):
        return True
    words = text.split()
    if not words or len(words) > _NAME_WORDS or len(text) > _NAME_CHARS:
        return False
    # (a wire or an edition in brackets after the name: "Example Today (Reuters)",
    # "Example Wire (via Example Daily)")
    text = re.sub(r"\s+\([\w&'’.\-/ ]{1,40}\)$", "", text)
    if not re.fullmatch(r"[\w&'’.\-/ ]+", text) or text.endswith("."):
        return False
    words = text.split()
    # (a brand's lower-case word beside a word with a capital inside: "bne IntelliNews")
    return all(w.lower() in _NAME_JOINERS or not w.islower() for w in words) or (
        len(words) > 1 and any(re.search(r"[a-z][A-Z]", w) for w in words)
    )


def _read_head_dates(body: list[str], header: Header) -> None:
    """Date lines among the first lines of the body: the date under a standfirst
    ("Published On 22 Nov 2023"). Read, and left in the body."""
    head = islice((line.strip() for line in body if line.strip()), HEAD_LINES)
    for line in head:
        dated = _dated_names(line)
        if dated is not None:
            header.dates.extend(dated[1])


# -- what is not a headline ----------------------------------------------------------


def _is_banner(line: str, following: list[str]) -> bool:
    """Site chrome above the headline: navigation, breadcrumbs, section labels."""
    if len(line) > _META_CHARS:
        return False
    if _is_chrome(line) or _SITE_NEWS.match(line) or _is_crumbs(line):
        return True
    # A very short line ("Menu", "World", "Idlib") is navigation, unless the
    # next line is a byline or already the prose: then it was a short headline.
    if len(line.split()) <= 2 and len(line) <= 25 and following:
        return not (_BYLINE.match(following[0]) or _is_prose(following[0]))
    return False


def _is_chrome(line: str) -> bool:
    """Lines that are never article text, wherever they stand in the header: "Skip to
    main content", "Related:", "Image Source : ...", "A+ A-", "Last Updated: ..."."""
    if len(line) > _META_CHARS:
        return False
    if line.lower().strip(" :|") in _BANNERS or _BOILERPLATE.match(line):
        return True
    return bool(_CREDIT.match(line) or not _WORD.search(line) or _is_date_junk(line))


def _is_crumbs(line: str) -> bool:
    """ "Home | World | Middle East": short parts between separators, none a date."""
    if not _CRUMBS.search(line) or len(line.split()) > 12:
        return False
    return not any(date_line(part) for part in _CRUMBS.split(line))


def _is_date_junk(line: str) -> bool:
    """ "Last Updated: ..." that is not a readable date line is still not a headline."""
    label = DATE_LABEL.match(line)
    return label is not None and ":" in label.group()


def _is_prose(line: str) -> bool:
    return len(line.split()) >= 12 and line.rstrip().endswith((".", '"', "”", "’", "'"))


def _is_paragraph(line: str) -> bool:
    return len(line) > 250 or (len(line.split()) > 30 and line.rstrip().endswith((".", '"', "”")))


def _clean_title(line: str) -> str:
    title = re.sub(r"^#+\s*", "", line).strip()
    return re.sub(r"^\*\*(.+)\*\*$", r"\1", title).strip()
