"""Bodies that are no side: ministries, doctors' unions, monitors, UN agencies, NGOs.

They count the dead and speak about them, so they are claimants and speakers
under their own name: "the Sudanese Doctors Union", "Lebanon's Health Ministry",
"the International Organization for Migration (IOM)". A body is recognised by
its head word ("Ministry", "Union", "Committee", "Observatory" ...), in a run
of capitalised words ("Central Committee of Sudanese Doctors") or in the lower
case news uses for familiar ones ("the health ministry", "the doctors' union").
A name that starts with a demonym or a country stays whole: "Sudanese" inside
"Sudanese Doctors Union" does not make the union Sudan's army.

An acronym in brackets after a name ("... for Migration (IOM)") names the body
too, for the rest of the article (``Acronyms``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefings.nlp.vocabulary import MONTH_NAMES, WEEKDAY_NAMES, alternation, by_first_letter

__all__ = ["Body", "Acronyms", "find_bodies", "BODY_HEADS", "STATE_ORGAN_HEADS"]

#: Head words of bodies that are no fighting side, newspapers among them ("Sudan
#: Tribune", "the Jerusalem Post"). Armed and political bodies
#: ("Forces", "Army", "Front", "Movement") are sides, named in the config.
BODY_HEADS = frozenset(
    """
    ministry union syndicate committee commission council observatory organization
    organisation agency office authority directorate department service services
    programme program fund mission court watch network centre center institute association
    federation foundation society crescent cross bureau tribunal unit church patriarchate
    university
    tribune times post herald gazette journal telegraph chronicle observer independent
    """.split()
)
#: Heads of a state's own organs: with that state's name they speak for it
#: ("the Turkish Defence Ministry said"), unless they are a health authority.
STATE_ORGAN_HEADS = frozenset("ministry office directorate department service".split())
# Lower-case bodies the news names without capitals: "the health ministry", "the
# doctors' union", "the interior ministry's civil defence".
_PLAIN_HEAD = (
    r"(?:(?:health|interior|defen[cs]e|foreign|emergency|civil\s+defen[cs]e|human\s+rights"
    r"|information|justice|media|public\s+health)\s+(?:ministry|office|service|ombudsman"
    r"|department|directorate|authority|committee|commission)"
    r"|(?:doctors?|physicians|medics|medical|nurses|teachers|journalists|lawyers)['’]?\s+"
    r"(?:union|syndicate|committee|association|network|council|federation)"
    r"|ministry\s+of\s+(?:public\s+)?health|civil\s+defen[cs]e)"
)
_CAP = r"[A-Z][\w'’.&-]*"
# A name's tail is no date: "the Doctors Syndicate on Sunday", "the Council in March".
_NO_DATE = rf"(?!(?:{alternation(frozenset((*MONTH_NAMES, *WEEKDAY_NAMES)))})\b)"
# (two of them: "National Network for the Defense of Human Rights")
_OF_TAIL = (
    rf"(?:\s+(?:of|for|on|in)\s+(?:the\s+)?{_NO_DATE}{_CAP}"
    rf"(?:\s+(?:and\s+|&\s+)?{_NO_DATE}{_CAP}){{0,4}}){{0,2}}"
)
_HEAD_ALT = by_first_letter(sorted((h.capitalize() for h in BODY_HEADS), key=len, reverse=True))
# Up to five capitalised words, the head, then "of/for <Capitalised words>" and an
# acronym in brackets: "International Organization for Migration (IOM)".
_NAMED = re.compile(
    rf"(?<![\w-])(?P<name>(?:{_CAP}\s+){{0,5}}(?:{_HEAD_ALT})s?(?![\w-]){_OF_TAIL})"
    rf"(?:\s+\((?P<acro>[A-Z][A-Za-z.&]{{1,9}})\))?"
)
_PLAIN = re.compile(
    rf"(?<![\w-])(?P<name>(?:{_CAP}\s+){{0,3}}(?i:{_PLAIN_HEAD})"
    rf"(?:\s+(?i:in|of)\s+{_CAP}(?:\s+{_CAP})?)?)(?![\w-])"
)
# What each of _NAMED and _PLAIN cannot match without: most sentences name no body,
# and these are far cheaper to look for than a name tried at every capital.
_NAMED_NEEDS = re.compile(rf"(?:{_HEAD_ALT})s?(?![\w-])")
# _PLAIN needs one of these words; a case-blind regex search for them is slow, so they
# are looked for in the lower-cased text, where that is exact: ASCII text (elsewhere
# letters such as 'ſ' or the Kelvin sign match ASCII ones in a case-blind regex).
_PLAIN_WORDS = (
    "ministry office service ombudsman department directorate authority committee "
    "commission union syndicate association network council federation civil"
).split()


def _may_name_plain(text: str) -> bool:
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(word in lowered for word in _PLAIN_WORDS)


# Words that open a sentence or a title and are no part of a name.
_LEADING = re.compile(
    r"^(?:(?:The|A|An|On|In|At|But|And|Meanwhile|Earlier|Later|Separately|According|Last"
    r"|This|That|Its|Their|His|Her|Both|Also|While|When|After|Before|However|Yesterday"
    r"|Today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)+"
)


@dataclass(frozen=True)
class Body:
    start: int
    end: int
    name: str  # the body's name as the text gives it, without "the"
    acronym: str | None = None


@dataclass
class Acronyms:
    """Acronyms an article has introduced ("... (IOM)"), acronym -> full name."""

    names: dict[str, str] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None

    def add(self, acronym: str, name: str) -> None:
        if acronym not in self.names:
            self.names[acronym] = name
            self._pattern = None

    def find(self, text: str) -> list[Body]:
        if not self.names:
            return []
        if self._pattern is None:
            alts = "|".join(sorted(map(re.escape, self.names), key=len, reverse=True))
            self._pattern = re.compile(rf"(?<![\w.-])(?:{alts})(?![\w-])")
        return [
            Body(m.start(), m.end(), self.names[m.group(0)], m.group(0))
            for m in self._pattern.finditer(text)
        ]


def find_bodies(text: str, acronyms: Acronyms | None = None) -> list[Body]:
    """The bodies named in ``text``, left to right, not overlapping; acronyms
    introduced in brackets are added to ``acronyms``."""
    found: list[Body] = []
    for pattern in (_NAMED, _PLAIN):
        if pattern is _NAMED and _NAMED_NEEDS.search(text) is None:
            continue
        if pattern is _PLAIN and not _may_name_plain(text):
            continue
        for m in pattern.finditer(text):
            body = _body(text, m)
            if body is None or any(body.start < b.end and b.start < body.end for b in found):
                continue
            found.append(body)
            if acronyms is not None and body.acronym:
                acronyms.add(body.acronym, body.name)
    if acronyms is not None:
        for body in acronyms.find(text):
            if not any(body.start < b.end and b.start < body.end for b in found):
                found.append(body)
    return sorted(found, key=lambda b: b.start)


def _body(text: str, m: re.Match[str]) -> Body | None:
    start, end = m.start("name"), m.end("name")
    name = text[start:end]
    lead = _LEADING.match(name)
    if lead is not None:
        start += lead.end()
        name = text[start:end]
    name = re.sub(r"['’]s?$", "", name).strip()
    if name.endswith(".") and "." not in name.rsplit(None, 1)[-1][:-1]:
        # the sentence's full stop, not an initial's ("... of Human Rights.", "U.S.")
        name = name[:-1]
        end = start + len(name) if not m.groupdict().get("acro") else end
    words = name.split()
    if not words or (len(words) == 1 and words[0].lower().rstrip("s") in BODY_HEADS):
        return None  # a bare "Ministry" or "Council": no name of its own
    acronym = m.groupdict().get("acro")
    stop = m.end() if acronym else end
    return Body(start, stop, name, acronym)
