"""What every extractor needs to know about one article: its sentences, who each
sentence mentions, where its clauses start, and how to date a phrase.

Built once per article so the four extractors share the sentence split, the
mention scan and the pronoun chain instead of redoing them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from briefings.config import Config
from briefings.models import Article, Evidence
from briefings.nlp.actors import Lexicon, Mention, lexicon_for
from briefings.nlp.dates import find_dates, parse_date
from briefings.nlp.sentences import Sentence, split_sentences

# Where a clause starts: a subject is looked for between one of these and its verb.
_CLAUSE_BREAK = re.compile(
    r"[,;:()“”\"«»]|—|–|\s-\s|\b(?:that|after|before|while|when|whereas|as|but|because|since|"
    r"although|though|if|which|who|where|whom|whose|then|and|despite)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(he|she|him|his|her)\b", re.IGNORECASE)
# "in the city of Saraqib", "near Avdiivka", "on Khan Younis": a capitalised name after
# a preposition of place.
_PLACE = re.compile(
    r"\b(?:in|near|on|around|outside|at|across|into)\s+(?:the\s+)?(?:(?:city|town|village|province"
    r"|region|area|district|outskirts|countryside|border\s+town|enclave|neighbou?rhood|suburb"
    r"|governorate|oblast|camp|port|strip)\s+of\s+)?(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+(?:al-|el-|de\s+)?[A-Z][\w'’-]+){0,2})"
)
_NOT_PLACE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|These"
    r"|Those|Operation|President|Prime|Mr|Mrs|Ms|Dr|Gen|General|A|An|His|Her|Their|Its)\b"
)


@dataclass
class Sent:
    """One sentence with its mentions; offsets in ``mentions`` are sentence-relative."""

    index: int
    span: Sentence
    mentions: list[Mention]
    #: The person last named before this sentence ("he said" resolves to it).
    prior_person: Mention | None = None
    _dates: list[tuple[int, int, str]] | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def dates(self) -> list[tuple[int, int, str]]:
        if self._dates is None:
            self._dates = find_dates(self.span.text)
        return self._dates


class ArticleContext:
    def __init__(self, article: Article, config: Config, as_of: dt.date) -> None:
        self.article = article
        self.config = config
        self.as_of = as_of
        self.lexicon: Lexicon = lexicon_for(config)
        self.base = _date_or_none(article.published)
        self.default_year = self.base.year if self.base else as_of.year
        self.sents: list[Sent] = []
        last_person: Mention | None = None
        for i, span in enumerate(split_sentences(article.text)):
            mentions = self.lexicon.find(span.text)
            self.sents.append(Sent(i, span, mentions, last_person))
            people = [m for m in mentions if m.is_person]
            if people:
                last_person = people[-1]

    def evidence(self, first: Sent, last: Sent | None = None) -> Evidence:
        last = last or first
        start, end = first.span.start, last.span.end
        return Evidence(self.article.id, self.article.text[start:end], start, end)

    # -- dates ------------------------------------------------------------------

    def date_in(
        self, sent: Sent, lo: int = 0, hi: int | None = None, *, future: bool | None = None
    ) -> str | None:
        """The date of the first date phrase in ``sent.text[lo:hi]`` (sentence offsets)."""
        hi = len(sent.text) if hi is None else hi
        for start, end, phrase in sent.dates:
            if start >= lo and end <= hi:
                iso = self.parse(phrase, future=future)
                if iso:
                    return iso
        return None

    def date_near(self, sent: Sent, pos: int, *, future: bool | None = None) -> str | None:
        """The date phrase nearest to ``pos`` in the sentence."""
        best: tuple[int, str] | None = None
        for start, end, phrase in sent.dates:
            iso = self.parse(phrase, future=future)
            if not iso:
                continue
            distance = start - pos if start >= pos else pos - end
            if best is None or distance < best[0]:
                best = (distance, iso)
        return best[1] if best else None

    def parse(self, phrase: str, *, future: bool | None = None) -> str | None:
        # Weekdays and "last week" need the publication date; without one they stay null.
        return parse_date(
            phrase,
            base=self.base,
            default_year=self.default_year,
            future=future,
            anchor=None if self.base else self.as_of,
        )

    # -- where ------------------------------------------------------------------

    def place_after(self, sent: Sent, *positions: int, reach: int = 80) -> str | None:
        """The first named place within ``reach`` characters after the earliest of
        ``positions``: 'killed 9 people in the city of Saraqib' -> 'Saraqib'.
        People and sides ("in Turkish President Erdogan's ...") are not places."""
        pos = min(positions)
        for m in _PLACE.finditer(sent.text, pos):
            if m.start() - max(positions) > reach:
                break
            place = m.group("place")
            if _NOT_PLACE.match(place):
                continue
            ps = m.start("place")
            if any(
                x.start <= ps < x.end and x.kind not in ("country", "capital")
                for x in sent.mentions
            ):
                continue
            return re.sub(r"['’]s$", "", place)
        return None

    # -- who --------------------------------------------------------------------

    def subject(self, sent: Sent, pos: int, *, reach: int = 3) -> Mention | None:
        """The side acting or speaking at ``pos``: the first mention (or pronoun) of the
        clause that ends there, reaching back over up to ``reach`` clause breaks
        when the nearest clause names nobody ("Altun, an aide to X, said")."""
        text = sent.text
        breaks = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, pos)]
        stop = pos
        for start in reversed(breaks[-reach - 1 :] if reach else breaks[-1:]):
            found = self.first_actor(sent, start, stop)
            if found is not None:
                return found
            stop = start
        return None

    def first_actor(self, sent: Sent, lo: int, hi: int) -> Mention | None:
        """The first mention with an actor in ``[lo, hi)``, a pronoun resolved, or None."""
        chunk = sent.text[lo:hi]
        pronoun = _PRONOUN.search(chunk)
        inside = [m for m in sent.mentions if m.start >= lo and m.end <= hi and m.actor is not None]
        for m in inside:
            if pronoun and lo + pronoun.start() < m.start:
                break
            # "Kremlin spokesman Dmitry Peskov": the side is the first word, the
            # speaker the named person of that side.
            named = [p for p in inside if p.canonical and p.actor == m.actor]
            return named[0] if named else m
        if pronoun:
            return self.person_before(sent, lo + pronoun.start())
        return None

    def person_before(self, sent: Sent, pos: int) -> Mention | None:
        people = [m for m in sent.mentions if m.is_person and m.end <= pos]
        return people[-1] if people else sent.prior_person


def _date_or_none(value: str | None) -> dt.date | None:
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
    except ValueError:
        return None
    return None
