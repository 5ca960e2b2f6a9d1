"""Outlet names: which text names a newsroom, and its canonical spelling.

An outlet is read from many places (a byline "By Reuters", a title suffix
"- Reuters", a line under the title, a page's tags, an address); this module
only says whether a piece of text is an outlet's name and how to spell it.
"""

from __future__ import annotations

import re

from briefings.nlp.vocabulary import OUTLET_NAMES

#: Wire services and outlets recognised in bylines, datelines and title suffixes.
KNOWN_OUTLETS: dict[str, str] = {name.lower(): name for name in OUTLET_NAMES}
# Words that make a name an organisation rather than a person ("By Test Wire").
_ORG_WORD = re.compile(
    r"\b(?:News|Agency|Press|Times|Post|Wire|Service|Network|TV|Radio|Daily|Herald|Journal"
    r"|Telegraph|Gazette|Tribune|Media|Staff|Desk|Bureau|Reporters?)\b"
)
#: A bare host name written as an outlet ("example-news.com").
DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}", re.IGNORECASE)


def outlet_name(text: str) -> str | None:
    """The canonical name if ``text`` is a known outlet ("reuters staff" -> "Reuters")."""
    key = re.sub(r"\s+(?:staff|reporters?|wire|desk)$", "", text.strip(), flags=re.I).lower()
    return KNOWN_OUTLETS.get(key)


def canonical(name: str) -> str:
    """``name`` in the known outlet's spelling, else as written."""
    return outlet_name(name) or name


def is_organisation(name: str) -> bool:
    """Whether ``name`` reads as a newsroom: a known outlet, a name with an
    organisation word ("Example News"), or a host name ("example.com")."""
    return bool(outlet_name(name) or _ORG_WORD.search(name) or DOMAIN.fullmatch(name.strip()))


def split_title_outlet(title: str) -> tuple[str, str | None]:
    """ "Idlib talks end - Reuters" -> ("Idlib talks end", "Reuters") for known outlets only."""
    m = re.match(r"^(?P<title>.+?)\s+[-|–—]\s+(?P<outlet>[^-|–—]{2,40})$", title)
    if m and outlet_name(m["outlet"]):
        return m["title"].strip(), outlet_name(m["outlet"])
    return title, None


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


def host_outlet(url_or_host: str | None) -> str | None:
    """The outlet an address names: its registered domain, without "www." or an
    edition's sub-domain ("https://en.example-news.com/a" -> "example-news.com")."""
    text = (url_or_host or "").strip()
    if not text:
        return None
    # courlan is trafilatura's address library: it knows the public suffixes
    # ("example.co.uk" is one domain, "en.example.com" a sub-domain of one).
    from courlan import extract_domain

    return extract_domain(text if "//" in text else f"https://{text}")
