"""A compact bar chart of a series for the terminal: one bar per year, the longest for the value
furthest from zero (the largest of a year whose sources disagree). When a value is negative, a
zero line divides the chart: falls grow to its left in red, rises to its right, and the label
keeps the minus sign."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from rich.table import Table
from rich.text import Text

from .series import SEPARATOR, Series, value_text

WIDTH = 40
ZERO = "│"


def chart(series: Series, width: int = WIDTH) -> Table:
    """The series' years that have one, as labelled bars."""
    years = [(year, max((f.value for f in found), key=abs), found) for year, found in series.years() if year is not None]
    low = -min((v for _, v, _ in years), default=Decimal(0)).min(Decimal(0))
    high = max((v for _, v, _ in years), default=Decimal(0)).max(Decimal(0))
    span = low + high
    left = max(_length(low, span, width), 1) if low else 0  # the room for falls, left of the zero line
    grid = Table.grid(padding=(0, 1))
    for year, value, found in years:
        length = max(_length(abs(value), span, width), 1 if value else 0)
        if left:
            bar = Text(" " * (left - length) + "█" * length, style="red") if value < 0 else Text(" " * left)
            bar.append(ZERO)
            if value > 0:
                bar.append("█" * length, style="cyan")
        else:
            bar = Text("█" * length, style="cyan")
        grid.add_row(str(year), bar, SEPARATOR.join(value_text(f, _number) for f in found))
    return grid


def _length(value: Decimal, span: Decimal, width: int) -> int:
    return int((value * width / span).to_integral_value(ROUND_HALF_UP)) if span else 0


def _number(value: Decimal) -> str:
    return f"{value:,f}"
