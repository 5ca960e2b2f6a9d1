"""Statements: direct quotes with their attribution, and reported speech.

A quote may run over several sentences ("... Erdogan. We expect ...," Peskov
told reporters); its evidence is then the run of sentences, verbatim. Short
scare quotes inside a reported sentence ("accused Russia of 'not honoring'
agreements") are left to the reported-speech pass, which keeps the sentence's
whole content.
"""

from __future__ import annotations

import re

from briefings.extract.attribution import Speech, speech_acts
from briefings.extract.context import ArticleContext, Sent
from briefings.models import UNKNOWN, Statement
from briefings.nlp.actors import Mention

_QUOTE = re.compile(r"“(?P<a>[^”]{2,}?)”|\"(?P<b>[^\"\n]{2,}?)\"|«(?P<c>[^»]{2,}?)»")
_SAY_AFTER = re.compile(
    r"^[\s,]*(?P<subj>(?:[\w’'.-]+\s+){0,7}?)(?:also\s+|later\s+|then\s+)?"
    r"(?P<verb>said|says|told|tells|added|adds|stressed|warned|insisted|noted|declared|wrote"
    r"|explained|continued|concluded|asked|replied|quipped|stated)\b",
    re.IGNORECASE,
)
_SAY_AFTER_INVERTED = re.compile(
    r"^[\s,]*(?P<verb>said|says|added|told|wrote|stated)\s+(?P<subj>[^,.;]{2,80})", re.IGNORECASE
)
_SAY_BEFORE = re.compile(
    r"(?P<subj>[^,.;“”\"]{1,120}?)\s+(?:\w+\s+)?(?P<verb>said|says|told\s+\w+|tells\s+\w+|added|stressed"
    r"|warned|declared|wrote|stated|insisted|explained)(?:\s+(?:on\s+\w+|in\s+a\s+statement"
    r"|reporters|journalists))*\s*[:,]?\s*(?:that\s+)?$",
    re.IGNORECASE,
)
_MIN_QUOTE_WORDS = 4


def extract_statements(ctx: ArticleContext) -> list[Statement]:
    out: list[Statement] = []
    used_verbs: set[tuple[int, int]] = set()  # (sentence index, verb start) taken by quotes
    out += _quotes(ctx, used_verbs)
    for sent in ctx.sents:
        for act in speech_acts(ctx, sent):
            if (sent.index, act.verb_start) in used_verbs or act.parenthetical or act.document:
                continue
            st = _reported(ctx, sent, act)
            if st is not None:
                out.append(st)
    out.sort(key=lambda s: (s.evidence.start, s.text))
    return _dedupe(out)


def _reported(ctx: ArticleContext, sent: Sent, act: Speech) -> Statement | None:
    content = sent.text[act.content_start : act.content_end].strip(" ,;:")
    if len(content.split()) < 3 or act.speaker is None:
        return None
    return Statement(
        actor=act.speaker.actor or UNKNOWN,
        speaker=_speaker_name(act.speaker),
        text=content,
        quote=False,
        evidence=ctx.evidence(sent),
        date=ctx.date_in(sent, future=False),
    )


def _quotes(ctx: ArticleContext, used: set[tuple[int, int]]) -> list[Statement]:
    text = ctx.article.text
    out: list[Statement] = []
    for m in _QUOTE.finditer(text):
        body = next(g for g in m.groups() if g is not None).strip()
        if len(body.split()) < _MIN_QUOTE_WORDS:
            continue
        first = _sent_at(ctx, m.start())
        last = _sent_at(ctx, m.end() - 1)
        if first is None or last is None:
            continue
        speaker, verb_at, where = _attribution(ctx, m.start(), m.end(), first, last)
        if speaker is None:
            continue
        if verb_at is not None:
            used.add(verb_at)
        out.append(
            Statement(
                actor=speaker.actor or UNKNOWN,
                speaker=_speaker_name(speaker),
                text=body.strip(" ,"),
                quote=True,
                evidence=ctx.evidence(first, _sent_at(ctx, _attr_end(ctx, m.end(), last)) or last),
                date=ctx.date_in(last, future=False),
            )
        )
    return out


def _attribution(
    ctx: ArticleContext, qs: int, qe: int, first: Sent, last: Sent
) -> tuple[Mention | None, tuple[int, int] | None, str]:
    """The speaker of the quote at [qs, qe) in article offsets, looked for after
    the quote, then before it, then in the next sentence start ("..." He said)."""
    sent = last
    rel_end = qe - sent.span.start
    if rel_end <= len(sent.text):
        tail = sent.text[rel_end:]
        m = _SAY_AFTER.match(tail)
        if m:
            vpos = rel_end + m.start("verb")
            who = ctx.first_actor(sent, rel_end, vpos) if m.group("subj").strip() else None
            if who is None and m.group("subj").strip():
                who = ctx.subject(sent, vpos, reach=0)
            if who is not None:
                return who, (sent.index, vpos), "after"
        m = _SAY_AFTER_INVERTED.match(tail)
        if m:
            lo = rel_end + m.start("subj")
            who = ctx.first_actor(sent, lo, lo + len(m.group("subj")))
            if who is not None:
                return who, (sent.index, rel_end + m.start("verb")), "after"
    sent = first
    rel_start = qs - sent.span.start
    if rel_start >= 0:
        head = sent.text[:rel_start]
        m = _SAY_BEFORE.search(head)
        if m:
            vpos = m.start("verb")
            who = ctx.subject(sent, vpos)
            if who is not None:
                return who, (sent.index, vpos), "before"
    return None, None, ""


def _attr_end(ctx: ArticleContext, qe: int, last: Sent) -> int:
    return min(qe, last.span.end - 1)


def _sent_at(ctx: ArticleContext, pos: int) -> Sent | None:
    for s in ctx.sents:
        if s.span.start <= pos < s.span.end:
            return s
    return None


def _speaker_name(m: Mention) -> str | None:
    """A person's full name; otherwise the words of the mention ("Kremlin")."""
    if m.canonical:
        return m.canonical
    if m.kind in ("person", "seat", "org", "group"):
        return m.text
    return None


def _dedupe(items: list[Statement]) -> list[Statement]:
    seen: set[tuple] = set()
    out: list[Statement] = []
    for s in items:
        key = (s.evidence.start, s.actor, s.text)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out
