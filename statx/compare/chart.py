"""A compact bar chart of a series for the terminal: one bar per year, the longest for the value
furthest from zero (the largest of a year whose sources disagree)."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from rich.table import Table
from rich.text import Text

from .series import SEPARATOR, Series, value_text

WIDTH = 40


def chart(series: Series, width: int = WIDTH) -> Table:
    """The series' years that have one, as labelled bars; falls are drawn in red."""
    years = [(year, max((f.value for f in found), key=abs), found) for year, found in series.years() if year is not None]
    top = max((abs(v) for _, v, _ in years), default=Decimal(0))
    grid = Table.grid(padding=(0, 1))
    for year, value, found in years:
        length = int((abs(value) * width / top).to_integral_value(ROUND_HALF_UP)) if top else 0
        bar = Text("█" * max(length, 1 if value else 0), style="red" if value < 0 else "cyan")
        grid.add_row(str(year), bar, SEPARATOR.join(value_text(f, _number) for f in found))
    return grid


def _number(value: Decimal) -> str:
    return f"{value:,f}"
