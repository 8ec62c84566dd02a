"""The terminal table: columns sized to their cells, numbers never split, text wrapped at spaces.

On a terminal the table fits its width: text columns give up width first (the widest first, each
down to its longest word, or LONGEST_FOLDED characters of a longer word such as a path), then the
padding between columns goes. Numbers, and words that are numbers in text ("680000 | 677000"),
are never split: a table that cannot fit without splitting one is drawn wider than the terminal.
Written to a file or a pipe, the table is as wide as its rows need, and nothing wraps."""
from __future__ import annotations

import re
from typing import Sequence

from rich.cells import cell_len
from rich.markup import escape
from rich.table import Table

LONGEST_FOLDED = 20
# A word that is a number, maybe signed, grouped, with a decimal part or a percent sign.
_NUMBER = re.compile(r"[-+−]?\d[\d.,]*%?")


def header(column: str) -> str:
    """A column's name as its header: underscores as spaces, so that "old_year" may wrap."""
    return column.replace("_", " ")


def table(title: str, columns: Sequence[str], rows: list[list[str]], numeric: Sequence[bool],
          width: int | None) -> tuple[Table, int]:
    """The rows (cells as plain text) as a rich Table fitted to ``width`` (None: as wide as the
    rows need), and the width it takes."""
    natural, least = [], []
    for i, name in enumerate(columns):
        cells = [row[i] for row in rows]
        full = max(cell_len(c) for c in [header(name), *cells])
        words = [w for text in [header(name), *cells] for w in text.split()] or [""]
        longest = max(map(cell_len, words))
        if numeric[i]:
            least.append(max(longest, *(cell_len(c) for c in cells)))
        else:
            numbers = [cell_len(w) for w in words if _NUMBER.fullmatch(w)]
            least.append(max(min(longest, LONGEST_FOLDED), *numbers, 1))
        natural.append(full)
    widths, padding = _fit(natural, least, width)
    grid = Table(title=escape(title), title_justify="left", expand=False, pad_edge=False,
                 padding=(0, padding), show_lines=False)
    for name, w, number in zip(columns, widths, numeric):
        # No column needs no_wrap: each is as wide as its longest number, which has no space to wrap at.
        grid.add_column(escape(header(name)), justify="right" if number else "left", overflow="fold", width=w)
    for row in rows:
        grid.add_row(*map(escape, row))
    return grid, sum(widths) + _overhead(len(columns), padding)


def _overhead(n: int, padding: int) -> int:
    """The borders and padding of a table of ``n`` columns (no padding at its outer edges)."""
    return n + 1 + padding * (2 * n - 2)


def _fit(natural: list[int], least: list[int], width: int | None) -> tuple[list[int], int]:
    """Column widths and padding: the natural widths when they fit, else text columns narrowed
    (the widest first), with padding 1 and then 0; else the least widths, wider than ``width``."""
    if width is None:
        return natural, 1
    for padding in (1, 0):
        room = width - _overhead(len(natural), padding)
        if sum(natural) <= room:
            return natural, padding
        if sum(least) <= room:
            return _narrowed(natural, least, room), padding
    return least, 0


def _narrowed(natural: list[int], least: list[int], room: int) -> list[int]:
    """Widths within ``room``: each column at most a cap (and at least its least width), the cap as
    high as fits; the room left over goes one by one to the columns the cap cut."""
    def at(cap: int) -> list[int]:
        return [max(lo, min(n, cap)) for n, lo in zip(natural, least)]

    low, high = 0, max(natural)
    while low < high:  # the highest cap that fits
        mid = (low + high + 1) // 2
        low, high = (mid, high) if sum(at(mid)) <= room else (low, mid - 1)
    widths = at(low)
    spare = room - sum(widths)
    for i, n in enumerate(natural):
        if spare and widths[i] < n:
            widths[i] += 1
            spare -= 1
    return widths
