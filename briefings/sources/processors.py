"""Every article's title, outlet and publication date, decided in one place.

A table of metadata processors, in the spirit of Pelican's: one function per
kind of evidence, tried in a fixed order (``PROCESSORS``). Each says what its
evidence tells; a field is taken from the first processor that tells it, so a
later one only ever fills what is still unknown. Every reader, whatever the
format, hands its evidence to ``describe``.

    1. given_fields   the format's own fields: front matter, JSON keys, feed elements
    2. page_tags      a web page's tags: JSON-LD, <meta>, <time>, og:site_name
    3. header_lines   the text's first lines: headline, outlet line, byline, date lines
    4. wire_dateline  "MOSCOW, March 4. /TASS/.": place, agency, day
    5. address_date   a date in the article's address: /2022/10/07/, /2024/11/
    6. domain_outlet  the domain of an "Untitled (example.com)" line, or of the address
    7. first_sentence the first sentence, when the article came without a headline
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields

from briefings.sources.dateline import read_dateline
from briefings.sources.lede import lede_title
from briefings.sources.metadata import Header
from briefings.sources.outlets import canonical, host_outlet, read_byline, split_title_outlet
from briefings.sources.pagetags import PageTags
from briefings.sources.published import DateLine, read_date, url_date


@dataclass
class Metadata:
    """What is known about an article; None is unknown."""

    title: str | None = None
    source: str | None = None  # the outlet
    published: str | None = None  # ISO date, possibly partial
    byline: str | None = None
    url: str | None = None
    dateline: str | None = None  # the place a wire dateline names

    def fill(self, other: Metadata) -> None:
        """Take from ``other`` only what is still unknown here."""
        for f in fields(self):
            if getattr(self, f.name) is None and getattr(other, f.name):
                setattr(self, f.name, getattr(other, f.name))


@dataclass(frozen=True)
class Evidence:
    """Everything a reader saw that can tell an article's metadata."""

    body: str
    given: Metadata = field(default_factory=Metadata)
    page: PageTags | None = None
    header: Header | None = None
    default_year: int | None = None


#: A processor reads one kind of evidence; ``found`` is what earlier ones settled
#: (the address, for instance), to read, never to change.
Processor = Callable[[Evidence, Metadata], Metadata]
_NOTHING = Metadata()


def given_fields(evidence: Evidence, found: Metadata) -> Metadata:
    """The format's own fields, read by its reader: they say what they mean."""
    return evidence.given


def page_tags(evidence: Evidence, found: Metadata) -> Metadata:
    """A web page's title, site name, address, author and tagged date."""
    page = evidence.page
    if page is None:
        return _NOTHING
    title, suffix = split_title_outlet(page.title) if page.title else (None, None)
    dates = [DateLine(page.published)] if page.published else []
    return Metadata(
        title=title,
        source=page.site or suffix,
        published=_first_date(dates, evidence.default_year, found.url or page.url),
        url=page.url,
        byline=page.author,
    )


def header_lines(evidence: Evidence, found: Metadata) -> Metadata:
    """The text's own header: headline (less a known outlet after it), the outlet
    line, a "Source:" line, the byline, and the first readable date line."""
    header = evidence.header
    if header is None:
        return _NOTHING
    title, suffix = split_title_outlet(header.title) if header.title else (None, None)
    byline, by_outlet = read_byline(header.byline) if header.byline else (None, None)
    return Metadata(
        title=title,
        source=header.outlet or header.source or by_outlet or suffix,
        published=_first_date(header.dates, evidence.default_year, found.url or header.url),
        byline=byline,
        url=header.url,
    )


def wire_dateline(evidence: Evidence, found: Metadata) -> Metadata:
    """The place, agency and day of a dateline opening the story."""
    dateline = read_dateline(evidence.body)
    if dateline is None:
        return _NOTHING
    published = None
    if dateline.date:
        published = read_date(dateline.date, default_year=evidence.default_year, url=found.url)
    return Metadata(dateline=dateline.place, source=dateline.agency, published=published)


def address_date(evidence: Evidence, found: Metadata) -> Metadata:
    """A date in the article's address: the last resort for the date."""
    return Metadata(published=url_date(found.url))


def domain_outlet(evidence: Evidence, found: Metadata) -> Metadata:
    """The domain a placeholder title names, else the address's: the last resort."""
    if found.source:
        return _NOTHING
    placeholder = evidence.header.placeholder if evidence.header else None
    return Metadata(source=host_outlet(placeholder) or host_outlet(found.url))


def first_sentence(evidence: Evidence, found: Metadata) -> Metadata:
    """The body's first sentence, for an article saved without a headline."""
    return _NOTHING if found.title else Metadata(title=lede_title(evidence.body))


PROCESSORS: tuple[Processor, ...] = (
    given_fields,
    page_tags,
    header_lines,
    wire_dateline,
    address_date,
    domain_outlet,
    first_sentence,
)


def describe(evidence: Evidence) -> Metadata:
    """The article's metadata: each field from the first processor that tells it."""
    found = Metadata()
    for processor in PROCESSORS:
        found.fill(processor(evidence, found))
    if found.source:
        found.source = canonical(found.source)
    return found


def _first_date(lines: list[DateLine], default_year: int | None, url: str | None) -> str | None:
    """The first readable date, a publication date before an update."""
    ordered = sorted(lines, key=lambda line: line.updated)  # stable: reading order kept
    for line in ordered:
        iso = read_date(line.phrase, default_year=default_year, url=url)
        if iso:
            return iso
    return None
