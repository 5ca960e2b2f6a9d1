"""`briefings history`: the briefs a config issued and their sendings, as text lines."""

from __future__ import annotations

from collections.abc import Iterator

from briefings.config import Config
from briefings.store import Store, series_of


def _when(stamp: str) -> str:
    """'2031-03-06T05:00:02Z' -> '2031-03-06 05:00 UTC'."""
    return stamp.replace("T", " ")[:16] + " UTC" if "T" in stamp else stamp


def history_lines(config: Config, store: Store, limit: int) -> Iterator[str]:
    series = series_of(config)
    briefs = store.briefs(series, limit)
    yield f"Briefs of {config.path} (store {store.path}), latest first:"
    if not briefs:
        yield "  none yet: 'briefings generate' makes one"
    for b in briefs:
        summary = b.summary
        bits = [f"{summary.get('n_sources', '?')} sources"]
        changes = summary.get("changes")
        if changes:
            n = len(changes["lines"]) + changes["more"]
            bits.append(f"{changes['trend']}, {n} change{'s' * (n != 1)} since {changes['since']}")
        if b.since:
            bits.append(f"--since {b.since}")
        yield f"  {b.as_of}  issued {_when(b.issued)}  " + "  ".join(bits)
        for fmt, f in sorted(b.files.items()):
            yield f"      {fmt:4}  {f.path}  sha256 {f.sha256[:16]}…  {f.size:,} bytes"
    sendings = store.sendings(series, limit)
    yield "Sendings, latest first:"
    if not sendings:
        yield "  none yet: 'briefings send' sends a brief"
    for s in sendings:
        n = len(s.recipients)
        forced = "  (--force)" if s.forced else ""
        if s.method == "dry-run":
            yield f"  {_when(s.started)}  brief of {s.as_of}  dry run: {s.detail}"
            continue
        yield (
            f"  {_when(s.started)}  brief of {s.as_of}  {s.server}  {s.outcome}: "
            f"{s.accepted} of {n} accepted{forced}"
        )
        if s.outcome == "failed" and s.detail:
            yield f"      {s.detail}"
        for a in s.answers:
            mark = "accepted" if a.accepted else "REFUSED"
            said = f"{a.code} {a.answer}" if a.code is not None else (a.answer or "")
            yield f"      {a.field:3} {a.recipient}  {mark}  {said}".rstrip()
