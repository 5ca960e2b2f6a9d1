"""Title, outlet, byline, date, dateline and URL of an article saved as plain text.

Articles pasted or scraped into .txt files carry their metadata as lines of
text: a site banner, the headline, "By Reuters", "February 11, 2020", a
dateline "MOSCOW, March 4. /TASS/." and an "Original url:" trailer. This
module reads those lines and returns the body with the metadata lines taken
out. Every body line is kept verbatim, because extraction quotes sentences
from it and points at their offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefings.nlp.dates import DATE_PHRASE, parse_date

#: Wire services and outlets recognised in bylines, datelines and title suffixes.
KNOWN_OUTLETS: dict[str, str] = {
    name.lower(): name
    for name in (
        "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "TASS", "RIA Novosti",
        "Interfax", "Sputnik", "Anadolu", "Anadolu Agency", "Xinhua", "EFE", "dpa", "Bloomberg",
        "UPI", "SANA", "IRNA", "ANSA", "Kyodo", "Yonhap", "PTI", "BBC", "BBC News", "CNN",
        "Al Jazeera", "NHK", "Ukrinform", "UNIAN", "RFE/RL", "Daily Sabah", "TRT World",
        "The Moscow Times", "Al Arabiya", "Asharq Al-Awsat", "The Guardian", "The New York Times",
        "The Washington Post", "Deutsche Welle", "DW", "France 24", "Euronews", "Hurriyet",
    )
}  # fmt: skip
# Words that make a by-name an organisation rather than a person ("By Test Wire").
_ORG_WORD = re.compile(
    r"\b(?:News|Agency|Press|Times|Post|Wire|Service|Network|TV|Radio|Daily|Herald|Journal"
    r"|Telegraph|Gazette|Tribune|Media|Staff|Desk|Bureau|Reporters?)\b"
)

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

_URL_LINE = re.compile(
    r"^\s*(?:original\s+(?:url|link|article)|source\s+(?:url|link)|url|link|permalink)\s*:"
    r"\s*(?P<url>\S.*)?$",
    re.IGNORECASE,
)
_URL_TOKEN = re.compile(r"[\w\-./?=&%#:~+@!,;*()\[\]']+")
_SOURCE_LINE = re.compile(r"^\s*(?:source|outlet|publisher)\s*:\s*(?P<name>[^:]{2,60}?)\s*$", re.I)
_BYLINE = re.compile(r"^\s*by\s+(?P<name>[^.!?]{2,80}?)\s*$", re.IGNORECASE)
_DATE_LABEL = re.compile(
    r"^\s*(?:(?:first\s+)?published|posted|(?:last\s+)?updated|date[d]?)\b\s*(?:on|at)?\s*:?\s*",
    re.IGNORECASE,
)
_TIME_TAIL = re.compile(
    r"^[\s,|·•-]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*\(?(?:[A-Z]{2,5}|GMT[+-]\d+|UTC[+-]\d+)\)?)?)?\s*$",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(
    r"^\s*(\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})(?:[T ][\d:.+Z-]*)?"
)

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    rf"""^\s*(?P<place>[A-Z][A-Z'’.\-]{{2,}}(?:\s+[A-Z][A-Z'’.\-]+){{0,3}})
    (?:,\s+(?!{_MONTH}\s)(?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?
    (?:,\s+(?P<date>{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?))?
    \.?\s*
    (?:/(?P<slash>[^/\n]{{2,40}})/\.?
      |\((?P<paren>[^)\n]{{2,40}})\)\s*[-—–:]
      |[-—–])
    """,
    re.VERBOSE,
)


@dataclass
class Header:
    """What the first lines of a plain-text article say about it."""

    title: str | None
    body: str
    source: str | None = None
    byline: str | None = None
    published: str | None = None
    dateline: str | None = None
    url: str | None = None


def parse_plain(text: str, *, default_year: int | None = None, title: str | None = None) -> Header:
    """Split a plain-text article into its metadata and its verbatim body.

    ``title`` is a title known from elsewhere (front matter, a page's tags):
    the text is then not searched for one, and a first line repeating it is
    dropped.
    """
    lines = text.splitlines(keepends=True)
    found: dict[str, str] = {}
    lines = _drop_metadata_lines(lines, found)
    title, start = _scan_header(lines, found, default_year, title)
    body = "".join(lines[start:]).strip()
    header = Header(
        title=title,
        body=body,
        source=found.get("source"),
        byline=found.get("byline"),
        published=found.get("published"),
        url=found.get("url"),
    )
    _read_dateline(header, default_year)
    if header.title:
        header.title, outlet = split_title_outlet(header.title)
        header.source = header.source or outlet
    return header


def _drop_metadata_lines(lines: list[str], found: dict[str, str]) -> list[str]:
    """Remove URL trailers, "Source:" lines, "Related article:" links and tag lists."""
    kept: list[str] = []
    skip_url_line = False
    for line in lines:
        stripped = line.strip()
        if skip_url_line and stripped:
            skip_url_line = False
            if re.match(r"https?://", stripped):
                found.setdefault("url", _join_url(stripped))
                continue
        if m := _URL_LINE.match(line):
            if m["url"]:
                found.setdefault("url", _join_url(m["url"]))
            else:
                skip_url_line = True  # "Original url:" with the address on the next line
            continue
        if m := _SOURCE_LINE.match(line):
            found.setdefault("source", m["name"].strip())
            continue
        if _BOILERPLATE.match(stripped):
            continue
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    if kept and _is_tag_list(kept[-1].strip()):
        kept.pop()
    return kept


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


def _scan_header(
    lines: list[str], found: dict[str, str], default_year: int | None, known: str | None
) -> tuple[str | None, int]:
    """The title and the index of the first body line."""
    title = known
    index = 0
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    for position, index in enumerate(nonblank):
        line = lines[index].strip()
        if _metadata_line(line, found, default_year):
            continue
        if known is not None and position == 0 and _clean_title(line) == known:
            continue
        if title is None:
            following = [lines[i].strip() for i in nonblank[position + 1 : position + 3]]
            if _is_banner(line, following):
                continue
            if _is_paragraph(line):
                # No headline: the text starts with prose. Keep the whole
                # paragraph as body and borrow its first sentence as title.
                return _first_sentence(line), index
            title = _clean_title(line)
            continue
        if _is_banner(line, []) and len(line.split()) <= 3:
            continue
        return title, index
    return title, len(lines)


def _metadata_line(line: str, found: dict[str, str], default_year: int | None) -> bool:
    if m := _BYLINE.match(line):
        if len(m["name"].split()) <= 10:
            byline, source = read_byline(m["name"])
            found.setdefault("byline", byline)
            if source:
                found.setdefault("source", source)
            return True
    date = date_line(line, default_year)
    if date:
        found.setdefault("published", date)
        return True
    return False


def date_line(line: str, default_year: int | None) -> str | None:
    """The ISO date if the whole line is a date ("Published: February 11, 2020 10:04 GMT")."""
    rest = _DATE_LABEL.sub("", line, count=1)
    if m := _NUMERIC_DATE.match(rest):
        if _TIME_TAIL.match(rest[m.end() :]):
            return parse_date(m[1])
        return None
    m = DATE_PHRASE.match(rest)
    if not m or not _TIME_TAIL.match(rest[m.end() :]):
        return None
    return parse_date(m.group(), default_year=default_year)


def read_byline(name: str) -> tuple[str, str | None]:
    """(byline, outlet) from the text after "By": "Reuters" -> ("Reuters", "Reuters")."""
    name = name.strip().rstrip(",;:")
    parts = [p.strip() for p in re.split(r"\s*(?:,|\||/|—|–|\s-\s|\bfor\b)\s*", name) if p.strip()]
    outlet = next((outlet_name(p) for p in parts if outlet_name(p)), None)
    people = [p for p in parts if not outlet_name(p)]
    if outlet is None and len(parts) == 1 and _ORG_WORD.search(name):
        outlet = name  # "By Test Wire": an organisation, not a person
    byline = ", ".join(people) if people and outlet != name else name
    return byline, outlet


def outlet_name(text: str) -> str | None:
    """The canonical name if ``text`` is a known outlet ("reuters staff" -> "Reuters")."""
    key = re.sub(r"\s+(?:staff|reporters?|wire|desk)$", "", text.strip(), flags=re.I).lower()
    return KNOWN_OUTLETS.get(key)


def split_title_outlet(title: str) -> tuple[str, str | None]:
    """ "Idlib talks end - Reuters" -> ("Idlib talks end", "Reuters") for known outlets only."""
    m = re.match(r"^(?P<title>.+?)\s+[-|–—]\s+(?P<outlet>[^-|–—]{2,40})$", title)
    if m and outlet_name(m["outlet"]):
        return m["title"].strip(), outlet_name(m["outlet"])
    return title, None


def _is_banner(line: str, following: list[str]) -> bool:
    lowered = line.lower().strip(" :|")
    if lowered in _BANNERS or _BOILERPLATE.match(line) or _SITE_NEWS.match(line):
        return True
    if _CRUMBS.search(line) and len(line.split()) <= 12:
        return True
    # A very short line ("Menu", "World", "Idlib") is navigation, unless the
    # next line is already the prose: then it was a short headline.
    if len(line.split()) <= 2 and len(line) <= 25 and following:
        return not _is_prose(following[0])
    return False


def _is_prose(line: str) -> bool:
    return len(line.split()) >= 12 and line.rstrip().endswith((".", '"', "”", "’", "'"))


def _is_paragraph(line: str) -> bool:
    return len(line) > 250 or (len(line.split()) > 30 and line.rstrip().endswith((".", '"', "”")))


def _first_sentence(line: str) -> str:
    m = re.match(r"^(.{20,200}?[.!?])[\"”’]?\s", line)
    sentence = m.group(1) if m else line[:150]
    return sentence.rstrip(".") if m else sentence.rsplit(" ", 1)[0] + " ..."


def _clean_title(line: str) -> str:
    title = re.sub(r"^#+\s*", "", line).strip()
    return re.sub(r"^\*\*(.+)\*\*$", r"\1", title).strip()


def _read_dateline(header: Header, default_year: int | None) -> None:
    """Fill place, agency and date from a dateline in the first body paragraphs."""
    paragraphs = [p for p in header.body.splitlines() if p.strip()][:3]
    for paragraph in paragraphs:
        m = _DATELINE.match(paragraph)
        if not m:
            continue
        header.dateline = m["place"].strip()
        agency = (m["slash"] or m["paren"] or "").strip()
        if agency and not header.source:
            header.source = outlet_name(agency) or agency
        if m["date"] and not header.published:
            header.published = parse_date(m["date"], default_year=default_year)
        return
