"""statx series --html: a page with a bar chart per series (inline SVG, values by year) above its
table. The values of one year that disagree stand side by side, each in its own colour; negative
values (falls) go below the axis; a range is drawn as a bar to its lower end and a line to its
upper end. The page has no script."""
from __future__ import annotations

from decimal import Decimal
from typing import IO, Sequence

from ..compare.figures import Figure
from ..compare.series import SERIES_TABLE_COLUMNS, Series, value_text
from .pages import asset, esc, head, number, tail, unit_kind

WIDTH, HEIGHT = 640, 250
TOP, RIGHT, BOTTOM, LEFT = 22, 12, 30, 70
MAX_SLOTS = 60  # years: over a longer span only the years with values get a place
# A bar's colour: by kind of unit for a year of one value, by place when values disagree.
KIND_COLOURS = {"percent": "#2f6fd6", "count": "#2e8b2e", "money": "#b07d00", "times": "#7b3fc4", "physical": "#c2185b"}
PALETTE = ("#2f6fd6", "#e07b00", "#2e8b2e", "#c2185b", "#7b3fc4", "#00838f")
FALL = "#c62828"


def write_series_page(out: IO[str], found: Sequence[Series], title: str = "statx series") -> None:
    """The page of the series ``found``."""
    out.write(head(title, asset("statx.css")))
    out.write(f"<h1>{esc(title)}</h1>\n<p>{len(found)} series. Point at a bar for its value and sources.</p>\n")
    if found:
        out.write("<nav><ul>\n" + "".join(f'<li><a href="#s{n}">{esc(s.title)}</a></li>\n' for n, s in enumerate(found))
                  + "</ul></nav>\n")
    for n, s in enumerate(found):
        out.write(f'<section class="series" id="s{n}">\n<h2>{esc(s.title)}</h2>\n{chart_svg(s)}\n{_undated(s)}{_table(s)}</section>\n')
    out.write(tail())


def chart_svg(series: Series) -> str:
    """The series' dated values as an SVG bar chart; a note when none has a year."""
    dated = [(year, found) for year, found in series.years() if year is not None]
    if not dated:
        return '<p class="undated">No value of this series has a year.</p>'
    years = [year for year, _ in dated]
    slots = list(range(years[0], years[-1] + 1)) if years[-1] - years[0] < MAX_SLOTS else years
    ends = [v for _, found in dated for f in found for v in (f.value, f.value_to) if v is not None]
    hi, lo = max(max(ends), Decimal(0)), min(min(ends), Decimal(0))
    if hi == lo:
        hi = lo + 1
    bottom = HEIGHT - BOTTOM

    def y(value: Decimal) -> float:
        return TOP + float((hi - value) / (hi - lo)) * (bottom - TOP)

    width = (WIDTH - RIGHT - LEFT) / len(slots)
    parts = [f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(v):.1f}" y2="{y(v):.1f}"/>'
             f'<text class="label" x="{LEFT - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{esc(_short(v))}</text>'
             for v in sorted({hi, lo, Decimal(0)})]
    kind_colour = KIND_COLOURS[unit_kind(series.measure.unit)]
    last_label = -1e9
    for year, found in dated:
        left = LEFT + slots.index(year) * width
        bar = width * 0.8 / len(found)
        for j, f in enumerate(found):
            colour = PALETTE[j % len(PALETTE)] if len(found) > 1 else FALL if f.value < 0 else kind_colour
            parts.append(_bar(f, year, left + width * 0.1 + j * bar, bar, y, colour))
        centre = left + width / 2
        if centre - last_label >= 30:
            parts.append(f'<text class="label" x="{centre:.1f}" y="{bottom + 16}" text-anchor="middle">{year}</text>')
            last_label = centre
    parts.append(f'<line class="axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(Decimal(0)):.1f}" y2="{y(Decimal(0)):.1f}"/>')
    label = f"{series.title}: values by year"
    return (f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
            f'aria-label="{esc(label)}">\n' + "\n".join(parts) + "\n</svg>")


def _bar(f: Figure, year: int, x: float, width: float, y, colour: str) -> str:
    """One value's bar from the axis, its range line, its label and its tooltip."""
    zero, end = y(Decimal(0)), y(f.value)
    top, height = min(zero, end), max(abs(zero - end), 1.0)
    centre = x + width / 2
    tip = f"{year}: {value_text(f, number)} ({'/'.join(f.qualifiers)}) in {'; '.join(f.docs)}"
    out = [f'<g><title>{esc(tip)}</title><rect x="{x:.1f}" y="{top:.1f}" width="{max(width - 1, 1):.1f}" '
           f'height="{height:.1f}" fill="{colour}"/>']
    if f.value_to is not None:
        far = y(f.value_to)
        out.append(f'<path class="range" d="M{centre:.1f} {end:.1f}V{far:.1f}M{centre - 4:.1f} {far:.1f}h8"/>')
        end = far if f.value_to >= 0 else end
    text_y = min(end, top) - 4 if f.value >= 0 else top + height + 12
    out.append(f'<text class="value" x="{centre:.1f}" y="{text_y:.1f}" text-anchor="middle">{esc(_short(f.value))}</text></g>')
    return "".join(out)


def _short(value: Decimal) -> str:
    """A value in few characters for a label: 156B, 680k, 29.6."""
    size = abs(value)
    for scale, suffix in ((10**12, "T"), (10**9, "B"), (10**6, "M"), (10**3, "k")):
        if size >= scale:
            return f"{float(value) / scale:.3g}{suffix}"
    return f"{float(value):.4g}"


def _undated(series: Series) -> str:
    found = [f for year, figs in series.years() if year is None for f in figs]
    if not found:
        return ""
    items = "; ".join(f"{esc(value_text(f, number))} ({esc(', '.join(f.docs))})" for f in found)
    return f'<p class="undated">Without a year: {items}.</p>\n'


def _table(series: Series) -> str:
    heads = "".join(f"<th>{esc(c)}</th>" for c in SERIES_TABLE_COLUMNS)
    body = "".join("<tr>" + "".join(f"<td>{esc(row[c])}</td>" for c in SERIES_TABLE_COLUMNS) + "</tr>\n"
                   for row in series.rows())
    return f"<table>\n<thead><tr>{heads}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>\n"
