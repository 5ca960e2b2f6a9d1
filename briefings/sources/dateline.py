"""Wire datelines: "MOSCOW, March 4. /TASS/.", "TRIPOLI, April 7 (Xinhua) --", "NORDA -".

A dateline opens the first paragraph of a wire story and gives the place it
was filed from, often the agency, and sometimes the day (without a year).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefings.nlp.dates import MONTHS, find_dates

# "March", "Mar.", "Sept": a dateline's month is written with a capital.
_MONTH = "(?:{})\\.?".format(
    "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True))
)
# "/TASS/" holds an agency; "PORT VELL / DALMI / NORDA –" is a list of places,
# hence no space just inside the slashes.
_DATELINE = re.compile(
    rf"""^\s*(?P<place>[A-Z][A-Z'’.\-]{{2,}}(?:\s+[A-Z][A-Z'’.\-]+){{0,3}})
    (?:,\s+(?!{_MONTH}\s)(?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?
    (?:,\s+(?P<date>{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?))?
    \.?\s*
    (?:/(?P<slash>[^/\s][^/\n]{{0,38}}[^/\s])/\.?
      |\((?P<paren>[^)\n]{{2,40}})\)\s*[-—–:_]
      |[-—–]
      |(?<=\d):\s)  # "NEW DELHI, May 10: ..." (the day, then a colon)
    """,
    re.VERBOSE,
)
_PARAGRAPHS = 3


@dataclass(frozen=True)
class Dateline:
    place: str
    agency: str | None = None
    date: str | None = None  # the phrase as written: "March 4"


def read_dateline(body: str) -> Dateline | None:
    """The dateline opening one of the first paragraphs of ``body``, if any."""
    paragraphs = [p for p in body.splitlines() if p.strip()][:_PARAGRAPHS]
    for paragraph in paragraphs:
        m = _DATELINE.match(paragraph)
        if m:
            agency = (m["slash"] or m["paren"] or "").strip() or None
            date = m["date"]
            if agency and re.search(r"\d", agency) and (days := find_dates(agency)):
                # "GENEVA (13 June 2025) –": a day in the brackets, not the agency;
                # "(OHCHR, 13 June 2025)": the agency and the day
                start, end, phrase = days[0]
                rest = (agency[:start] + agency[end:]).strip(" ,;-")
                agency, date = (rest or None), date or phrase
            return Dateline(m["place"].strip(), agency, date)
    return None
