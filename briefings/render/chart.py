"""Casualty claims over time as an inline SVG, drawn at build time.

The SVG is vector (crisp in the PDF), needs nothing from outside (no fonts, no
images, no scripts), and is deterministic: the same points give the same bytes,
so golden files and PDFs do not churn. Every text that comes from an article
(party and claimant names) is escaped. Each series has its own colour, marker
shape and line dash, so the chart still reads when printed in black and white.

The view model (``briefings/brief.py``) gives the points as plain data;
``draw_chart`` draws them into ``brief.chart.svg`` just before the templates
run. The SVG is ``markupsafe.Markup``, so Jinja's autoescape leaves the markup
alone; no points give an empty string::

    {% if brief.chart.svg %}
    <figure class="chart">{{ brief.chart.svg }}
      <figcaption>{{ brief.chart.caption }}</figcaption></figure>
    {% endif %}
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from markupsafe import Markup

from briefings.brief import Brief, Chart, ChartPoint
from briefings.textclean import for_display

__all__ = ["ChartPoint", "casualty_chart", "draw_chart"]


#: The typefaces the brief uses, DejaVu as the fallback that is always installed.
FONT_FAMILY = "'Open Sans', 'DejaVu Sans', sans-serif"

#: Okabe-Ito hues, darkened so that labels in the series colour read on white.
COLOURS = ("#1d4f91", "#b34700", "#00775a", "#a8437f", "#7a5c00", "#3b3b3b", "#5a7fa8")
MARKERS = ("circle", "square", "triangle", "diamond", "triangle-down", "cross", "plus")
DASHES = ("", "6 3", "2 2.5", "8 3 2 3", "4 2", "1 3", "10 3")

INK = "#1a202c"
MUTED = "#4a5568"
GRID = "#d5dbe3"
FONT_SIZE = 11  # px in the SVG's own units; ~8 pt at the brief's column width
LABEL_SIZE = 10
MARKER_R = 4.5
MONTHS = (
    "January February March April May June July August September October November December"
).split()

# XML 1.0 forbids most control characters; article text can contain them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _esc(text: object) -> str:
    return html.escape(for_display(_NOT_XML.sub("", str(text))), quote=True)


def _num(x: float) -> str:
    """Coordinates with at most two decimals and no trailing zeros: stable bytes."""
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _day(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _text_width(text: str, size: float, bold: bool = False) -> float:
    """A generous estimate (no font metrics at build time): ~0.6 em per character."""
    return len(text) * size * (0.62 if bold else 0.58)


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def draw_chart(brief: Brief) -> Brief:
    """The brief with its chart drawn: ``brief.chart.svg`` from ``brief.chart.points``."""
    chart: Chart = brief.chart
    points = fold_series(chart.points)
    svg = casualty_chart(points, title=chart.title) if points else Markup("")
    return replace(brief, chart=replace(chart, svg=Markup(svg)))


#: The most series one chart tells apart: one colour, marker and dash each.
MAX_SERIES = len(COLOURS)
OTHERS = "Other parties"


def fold_series(points: Sequence[ChartPoint]) -> tuple[ChartPoint, ...]:
    """Past MAX_SERIES parties, the parties with fewest claims are drawn as one series,
    each figure labelled with its party ("23 (Militia 4)"): a legend of forty parties
    leaves no room to plot, and styles that repeat cannot be told apart."""
    counts: dict[tuple[str, str], int] = {}
    for p in points:
        counts[_series_key(p)] = counts.get(_series_key(p), 0) + 1
    if len(counts) <= MAX_SERIES:
        return tuple(points)
    kept = set(sorted(counts, key=lambda k: (-counts[k], k))[: MAX_SERIES - 1])
    return tuple(
        p
        if _series_key(p) in kept
        else replace(p, party=OTHERS, label=f"{_figure(p)} ({p.party})", line=None)
        for p in points
    )


# -- scales --------------------------------------------------------------------------


def _value_ticks(top_value: int) -> list[int]:
    """0 to a round maximum in 3 to 6 round steps (1, 2, 2.5, 5 x 10^k)."""
    if top_value <= 0:
        return [0, 1]
    raw = top_value / 4
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(
        m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw and m * magnitude >= 1
    )
    step = max(1, round(step))
    top = step * math.ceil(top_value / step)
    if top_value > top - step * 0.12:  # leave room above the highest point for its label
        top += step
    return list(range(0, top + 1, step))


def _add_months(d: dt.date, months: int) -> dt.date:
    m = d.month - 1 + months
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def _date_ticks(lo: float, hi: float, first: dt.date, max_ticks: int) -> list[tuple[dt.date, str]]:
    """Ticks in whole days, weeks, months or years: as many as fit, no more."""
    span = hi - lo

    def inside(d: dt.date) -> bool:
        return lo <= d.toordinal() <= hi

    for step in (1, 2, 3, 7, 14):
        if span / step <= max_ticks:
            ticks = []
            d = first
            while d.toordinal() <= hi:
                if inside(d):
                    ticks.append(d)
                d += dt.timedelta(days=step)
            return _label_days(ticks)
    for months in (1, 2, 3, 6):
        if span / (30.44 * months) <= max_ticks:
            d = dt.date.fromordinal(math.floor(lo))
            d = dt.date(d.year, d.month, 1)
            ticks = []
            while d.toordinal() <= hi:
                if inside(d) and (d.month - 1) % months == 0:
                    ticks.append(d)
                d = _add_months(d, 1)
            return [
                (t, MONTHS[t.month - 1][:3] + (f" {t.year}" if i == 0 or t.month == 1 else ""))
                for i, t in enumerate(ticks)
            ]
    steps = (m * 10**k for k in range(6) for m in (1, 2, 5))
    years = next(y for y in steps if span / (365.25 * y) <= max_ticks)
    y0 = dt.date.fromordinal(math.floor(lo)).year
    ticks = [
        dt.date(y, 1, 1)
        for y in range(y0, dt.date.fromordinal(math.ceil(hi)).year + 1)
        if y % years == 0 and inside(dt.date(y, 1, 1))
    ]
    return [(t, str(t.year)) for t in ticks]


def _label_days(ticks: list[dt.date]) -> list[tuple[dt.date, str]]:
    labels = []
    for i, t in enumerate(ticks):
        label = f"{t.day} {MONTHS[t.month - 1][:3]}"
        if i == 0 or t.year != ticks[i - 1].year:
            label += f" {t.year}"
        labels.append((t, label))
    return labels


# -- markers ---------------------------------------------------------------------------


def _marker(shape: str, x: float, y: float, colour: str) -> str:
    r = MARKER_R
    common = f'fill="{colour}" stroke="#ffffff" stroke-width="1"'
    if shape == "circle":
        return f'<circle cx="{_num(x)}" cy="{_num(y)}" r="{_num(r)}" {common}/>'
    if shape == "square":
        s = r * 0.9
        return (
            f'<rect x="{_num(x - s)}" y="{_num(y - s)}" width="{_num(2 * s)}" '
            f'height="{_num(2 * s)}" {common}/>'
        )
    if shape in ("triangle", "triangle-down"):
        k = -1 if shape == "triangle" else 1
        s = r * 1.25
        pts = [(x, y + k * s), (x - s, y - k * s * 0.75), (x + s, y - k * s * 0.75)]
        return f'<path d="{_path(pts)}Z" {common}/>'
    if shape == "diamond":
        s = r * 1.25
        pts = [(x, y - s), (x + s, y), (x, y + s), (x - s, y)]
        return f'<path d="{_path(pts)}Z" {common}/>'
    s = r * 0.95
    if shape == "cross":
        d = f"M{_num(x - s)} {_num(y - s)}L{_num(x + s)} {_num(y + s)}"
        d += f"M{_num(x - s)} {_num(y + s)}L{_num(x + s)} {_num(y - s)}"
    else:  # plus
        d = f"M{_num(x - s)} {_num(y)}L{_num(x + s)} {_num(y)}"
        d += f"M{_num(x)} {_num(y - s)}L{_num(x)} {_num(y + s)}"
    return f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="2.2"/>'


def _path(pts: list[tuple[float, float]]) -> str:
    return "".join(f"{'M' if i == 0 else 'L'}{_num(x)} {_num(y)}" for i, (x, y) in enumerate(pts))


# -- the chart -------------------------------------------------------------------------


def _series_key(p: ChartPoint) -> tuple[str, str]:
    return (p.party, p.kind)


def casualty_chart(
    points: Sequence[ChartPoint],
    *,
    width: int = 640,
    height: int = 240,
    title: str = "Casualty claims over time",
) -> str:
    """An inline ``<svg>``: one line per party (per party and kind when kinds are
    mixed), each point labelled with its figure; ``""`` when there is nothing to draw.

    The SVG carries a ``<title>`` and a ``<desc>`` listing every claim (figure,
    date, claimant), so a screen reader or a text-only mail client gets the data.
    """
    if not points:
        return Markup("")
    for p in points:
        if p.value < 0:
            raise ValueError(f"a casualty figure cannot be negative: {p!r}")

    mixed = len({p.kind for p in points}) > 1
    keys = sorted({_series_key(p) for p in points}, key=lambda k: (k[0].casefold(), k[0], k[1]))

    def series_label(key: tuple[str, str]) -> str:
        return f"{key[0]} ({key[1]})" if mixed else key[0]

    index = {k: i for i, k in enumerate(keys)}
    ordered = sorted(
        points,
        key=lambda p: (p.date, index[_series_key(p)], p.value, p.claimant or "", p.kind),
    )
    by_series: dict[tuple[str, str], list[ChartPoint]] = {k: [] for k in keys}
    for p in ordered:
        by_series[_series_key(p)].append(p)
    # An id unique per chart (several charts may share one HTML page) yet stable.
    identity = [
        (p.party, p.date.isoformat(), p.value, p.claimant, p.kind, p.cumulative, p.line, p.label)
        for p in ordered
    ]
    digest = hashlib.sha1(repr(identity).encode()).hexdigest()[:8]
    uid = f"chart-{digest}"

    # -- layout: legend on top, value labels on the left, dates below
    ticks = _value_ticks(max(p.value for p in points))
    top_value = ticks[-1]
    value_labels = [f"{t:,}" for t in ticks]
    left = 10 + max(_text_width(v, FONT_SIZE) for v in value_labels)
    right = 18

    legend_items = []
    x, row = left, 0
    for i, key in enumerate(keys):
        label = _truncate(series_label(key), 40)
        item_w = 30 + _text_width(label, FONT_SIZE) + 18
        if x + item_w > width - right and x > left:
            x, row = left, row + 1
        legend_items.append((i, key, label, x, row))
        x += item_w
    legend_h = (row + 1) * 18
    top = 8 + legend_h + 12
    bottom = 36
    plot_w = width - left - right
    plot_h = height - top - bottom
    if plot_w < 60 or plot_h < 40:
        raise ValueError(f"a {width}x{height} chart has no room to plot {len(keys)} series")

    d_lo = min(p.date for p in points).toordinal()
    d_hi = max(p.date for p in points).toordinal()
    span = max(d_hi - d_lo, 1)
    pad = max(0.5, span * 0.06)
    x_lo, x_hi = d_lo - pad, d_lo + span + pad
    if d_hi == d_lo:  # one date: centre it
        x_lo, x_hi = d_lo - 1, d_lo + 1

    def px(d: dt.date) -> float:
        return left + (d.toordinal() - x_lo) / (x_hi - x_lo) * plot_w

    def py(v: float) -> float:
        return top + plot_h - v / top_value * plot_h

    out: list[str] = []
    add = out.append
    add(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{uid}-title {uid}-desc" font-family="{FONT_FAMILY}" '
        f'font-size="{FONT_SIZE}" fill="{INK}">'
    )
    add(f'<title id="{uid}-title">{_esc(title)}</title>')
    add(f'<desc id="{uid}-desc">{_esc(_description(ordered, by_series, series_label))}</desc>')

    # grid and value axis
    add(f'<g class="axis y" stroke="{GRID}" stroke-width="0.75">')
    for t in ticks[1:]:
        add(f'<line x1="{_num(left)}" y1="{_num(py(t))}" x2="{_num(left + plot_w)}" '
            f'y2="{_num(py(t))}"/>')  # fmt: skip
    add("</g>")
    add(f'<g class="axis y labels" text-anchor="end" fill="{MUTED}">')
    for t, label in zip(ticks, value_labels, strict=True):
        add(f'<text x="{_num(left - 6)}" y="{_num(py(t) + 3.8)}">{label}</text>')
    add("</g>")

    # date axis: baseline, ticks, labels
    base = py(0)
    add(f'<g class="axis x" stroke="{MUTED}" stroke-width="1">')
    add(f'<line x1="{_num(left)}" y1="{_num(base)}" x2="{_num(left + plot_w)}" y2="{_num(base)}"/>')
    max_ticks = max(2, int(plot_w // 72))
    date_ticks = _date_ticks(x_lo, x_hi, min(p.date for p in points), max_ticks)
    for d, _ in date_ticks:
        add(
            f'<line x1="{_num(px(d))}" y1="{_num(base)}" x2="{_num(px(d))}" y2="{_num(base + 4)}"/>'
        )
    add("</g>")
    add(f'<g class="axis x labels" text-anchor="middle" fill="{MUTED}">')
    for d, label in date_ticks:
        add(f'<text x="{_num(px(d))}" y="{_num(base + 16)}">{_esc(label)}</text>')
    add("</g>")

    # series: lines first, then markers, then labels on top of everything
    placed = _Boxes()
    for p in ordered:  # markers are obstacles for the labels
        x, y = px(p.date), py(p.value)
        placed.add((x - MARKER_R, y - MARKER_R, x + MARKER_R, y + MARKER_R))
    labels: list[str] = []
    many = len(ordered) > FEW_POINTS
    for i, key in enumerate(keys):
        colour, shape, dash = _style(i)
        mine = by_series[key]
        add(f'<g class="series" data-party="{_esc(key[0])}" data-kind="{_esc(key[1])}">')
        for line in _lines(mine):
            dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
            pts = [(px(p.date), py(p.value)) for p in line]
            add(f'<path d="{_path(pts)}" fill="none" stroke="{colour}" stroke-width="1.75" '
                f'stroke-linejoin="round"{dash_attr}/>')  # fmt: skip
        for p in mine:
            add("<g>")
            add(f"<title>{_esc(_claim(p, series_label(key)))}</title>")
            add(_marker(shape, px(p.date), py(p.value), colour))
            add("</g>")
        add("</g>")
    for p in ordered:
        i = index[_series_key(p)]
        label = _value_label(
            p, px(p.date), py(p.value), _style(i)[0], placed, left, width, many=many
        )
        if label:
            labels.append(label)
    add(f'<g class="values" font-size="{LABEL_SIZE}" font-weight="bold" text-anchor="middle">')
    out.extend(labels)
    add("</g>")

    # legend
    add(f'<g class="legend" fill="{INK}">')
    for i, key, label, lx, lrow in legend_items:
        colour, shape, dash = _style(i)
        ly = 8 + lrow * 18 + 6
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        if _lines(by_series[key]):
            add(f'<path d="M{_num(lx)} {_num(ly)}L{_num(lx + 24)} {_num(ly)}" stroke="{colour}" '
                f'stroke-width="1.75"{dash_attr}/>')  # fmt: skip
        add(_marker(shape, lx + 12, ly, colour))
        full = series_label(key)
        tip = f"<title>{_esc(full)}</title>" if label != full else ""
        add(f'<text x="{_num(lx + 30)}" y="{_num(ly + 4)}">{tip}{_esc(label)}</text>')
    add("</g>")
    add("</svg>")
    return Markup("\n".join(out) + "\n")


def _figure(p: ChartPoint) -> str:
    return p.label or f"{p.value:,}"


def _lines(points: list[ChartPoint]) -> list[list[ChartPoint]]:
    """The runs of points to join: same ``line`` key, two points at least, in date order."""
    runs: dict[str, list[ChartPoint]] = {}
    for p in points:
        if p.line is not None:
            runs.setdefault(p.line, []).append(p)
    return [run for run in runs.values() if len(run) > 1]


def _style(i: int) -> tuple[str, str, str]:
    return COLOURS[i % len(COLOURS)], MARKERS[i % len(MARKERS)], DASHES[i % len(DASHES)]


def _claim(p: ChartPoint, series: str) -> str:
    who = f", claimed by {p.claimant}" if p.claimant else ", claimant not stated"
    total = " (running total)" if p.cumulative else ""
    return f"{series}: {_figure(p)} {p.kind}{total}, {_day(p.date)}{who}"


def _description(ordered: list[ChartPoint], by_series, series_label) -> str:
    parts = []
    for key, mine in by_series.items():
        claims = [
            f"{_figure(p)} {p.kind}{' (running total)' if p.cumulative else ''} on {_day(p.date)}"
            + (f" (claimed by {p.claimant})" if p.claimant else " (claimant not stated)")
            for p in mine
        ]
        parts.append(f"{series_label(key)}: " + "; ".join(claims) + ".")
    first, last = ordered[0].date, ordered[-1].date
    span = _day(first) if first == last else f"{_day(first)} to {_day(last)}"
    return f"Claimed casualty figures by party, {span}. " + " ".join(parts)


Box = tuple[float, float, float, float]  # x0, y0, x1, y1

#: The side of a cell of the grid the boxes are filed in, in SVG units (about a label).
CELL = 24.0
#: A cell holding this many different boxes is crowded: no label there can be read.
CROWDED = 12
#: Up to this many points, a figure that fits nowhere is still drawn (few collide, and
#: each matters); past it, it is left out, and figures keep a gap between them, so that
#: "82" beside "26" does not read as "8226".
FEW_POINTS = 40
LABEL_GAP = 4.0


class _Boxes:
    """The markers and labels placed so far, filed by grid cell, so that a new label is
    checked against its neighbours only (a check against every box made the placement
    quadratic: seconds for a chart of a thousand claims)."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], dict[Box, None]] = {}

    @staticmethod
    def _cells(b: Box) -> Iterable[tuple[int, int]]:
        # Closed ranges: two boxes that touch share a cell, so none is missed.
        for i in range(math.floor(b[0] / CELL), math.floor(b[2] / CELL) + 1):
            for j in range(math.floor(b[1] / CELL), math.floor(b[3] / CELL) + 1):
                yield (i, j)

    def add(self, b: Box) -> None:
        for cell in self._cells(b):
            self.cells.setdefault(cell, {})[b] = None

    def near(self, b: Box) -> Iterable[Box]:
        seen: set[Box] = set()
        for cell in self._cells(b):
            for o in self.cells.get(cell, ()):
                if o not in seen:
                    seen.add(o)
                    yield o

    def crowded(self, b: Box) -> bool:
        return any(len(self.cells.get(cell, ())) >= CROWDED for cell in self._cells(b))


def _value_label(
    p: ChartPoint,
    x: float,
    y: float,
    colour: str,
    placed: _Boxes,
    left: float,
    width: int,
    *,
    many: bool = False,
) -> str:
    """The figure beside its marker, where it overlaps no other label or marker; where
    every spot does, at its first spot in a chart of few points, else nowhere: the
    figure stays in the marker's tooltip and the chart's text."""
    text = _esc(_figure(p))
    w = _text_width(text, LABEL_SIZE, bold=True)
    h = LABEL_SIZE
    gap = MARKER_R + 3
    # (anchor x, baseline y) for: above, below, right, left, higher above
    candidates = [
        (x, y - gap),
        (x, y + gap + h - 1),
        (x + gap + w / 2, y + h / 2 - 1),
        (x - gap - w / 2, y + h / 2 - 1),
        (x, y - gap - h - 2),
    ]

    def box(cx: float, cy: float) -> tuple[float, float, float, float]:
        return (cx - w / 2, cy - h + 1, cx + w / 2, cy + 2)

    mine = (x - MARKER_R, y - MARKER_R, x + MARKER_R, y + MARKER_R)
    chosen = None
    pad = LABEL_GAP if many else 0.0
    for c in candidates:
        b = box(*c)
        if b[0] < left or b[2] > width or placed.crowded(b):
            continue  # a crowded spot would take as long to check as it is unreadable
        b = (b[0] - pad, b[1], b[2] + pad, b[3])
        if all(
            b[2] <= o[0] or b[0] >= o[2] or b[3] <= o[1] or b[1] >= o[3]
            for o in placed.near(b)
            if o != mine
        ):
            chosen = c
            break
    if chosen is None:
        if many or placed.crowded(mine):
            return ""
        chosen = candidates[0]
    b = box(*chosen)
    placed.add(b)
    # A white plate under the figure keeps it legible where a line crosses it
    # (paint-order halos are not supported by every renderer).
    return (
        f'<rect x="{_num(b[0] - 1)}" y="{_num(b[1])}" width="{_num(b[2] - b[0] + 2)}" '
        f'height="{_num(b[3] - b[1])}" fill="#ffffff" fill-opacity="0.85"/>'
        f'<text x="{_num(chosen[0])}" y="{_num(chosen[1])}" fill="{colour}">{text}</text>'
    )
