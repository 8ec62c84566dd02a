"""The terminal table: columns sized to their cells, numbers never split, text wrapped at spaces.

On a terminal the table fits its width: text columns give up width first (the widest first, each
down to its longest piece of text, a word or a path's part between slashes), then the padding
between columns goes; only then are pieces longer than 30, then 20, then 10 characters folded.
Numbers, and words that are numbers in text ("680000 | 677000"), are never split: a table that
cannot fit without splitting one is drawn wider than the terminal (and folds no text). Written to a file or a pipe,
the table is as wide as its rows need, and nothing wraps."""
from __future__ import annotations

import re
import textwrap
from typing import Sequence

from rich.cells import cell_len
from rich.markup import escape
from rich.table import Table

FOLD_LIMITS = (30, 20, 10)
# A word that is a number, maybe signed, grouped, with a decimal part or a percent sign.
_NUMBER = re.compile(r"[-+−]?\d[\d.,]*%?")
# The pieces text is wrapped between: runs of spaces, and words, which a path splits after each slash.
_PIECES = re.compile(r"(\s+|[^\s/]*/+|[^\s/]+)")


class _Wrapper(textwrap.TextWrapper):
    """Wraps at spaces and after the slashes of a path; folds only a piece longer than the width."""

    wordsep_re = _PIECES
    wordsep_simple_re = _PIECES

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if not cur_line:  # a piece too long for any line is folded on a line of its own
            super()._handle_long_word(reversed_chunks, cur_line, cur_len, width)


def header(column: str) -> str:
    """A column's name as its header: underscores as spaces, so that "old_year" may wrap."""
    return column.replace("_", " ")


def table(title: str, columns: Sequence[str], rows: list[list[str]], numeric: Sequence[bool],
          width: int | None) -> tuple[Table, int]:
    """The rows (cells as plain text) as a rich Table fitted to ``width`` (None: as wide as the
    rows need), and the width it takes."""
    measures = [_measure(header(name), [row[i] for row in rows], numeric[i]) for i, name in enumerate(columns)]
    widths, padding = _fit(measures, width)
    grid = Table(title=escape(title), title_justify="left", expand=False, pad_edge=False,
                 padding=(0, padding), show_lines=False)
    for name, w, number in zip(columns, widths, numeric):
        # No column needs no_wrap: each is as wide as its longest number, which has no space to wrap at.
        grid.add_column(escape(header(name)), justify="right" if number else "left", overflow="fold", width=w)
    wrappers = [None if number else _Wrapper(w, break_on_hyphens=False) for w, number in zip(widths, numeric)]
    for row in rows:
        grid.add_row(*(escape(cell if wrap is None else "\n".join(wrap.wrap(cell)) or cell)
                       for cell, wrap in zip(row, wrappers)))
    return grid, sum(widths) + _overhead(len(columns), padding)


def _measure(title: str, cells: list[str], numeric: bool) -> tuple[int, int, int]:
    """A column's natural width (its longest line), its longest piece of text (a word, or a
    path's part) and the width nothing may go below (its numbers, and its header's words)."""
    texts = [title, *cells]
    words = [w for text in texts for w in text.split()] or [""]
    piece = max(cell_len(p) for w in words for p in _PIECES.findall(w) or [w])
    if numeric:
        floor = max(max(map(cell_len, title.split() or [""])), *map(cell_len, cells))
    else:
        floor = max([1, *(cell_len(w) for w in words if _NUMBER.fullmatch(w))])
    return max(map(cell_len, texts)), piece, floor


def _overhead(n: int, padding: int) -> int:
    """The borders and padding of a table of ``n`` columns (no padding at its outer edges)."""
    return n + 1 + padding * (2 * n - 2)


def _fit(measures: list[tuple[int, int, int]], width: int | None) -> tuple[list[int], int]:
    """Column widths and padding: the natural widths when they fit; else text columns narrowed
    (the widest first) with padding 1, then 0, folding shorter and shorter pieces of text; else
    wider than ``width``, with no padding and pieces of text up to the first limit whole."""
    natural = [m[0] for m in measures]
    if width is None:
        return natural, 1
    for limit in FOLD_LIMITS:
        least = [max(floor, min(piece, limit)) for _, piece, floor in measures]
        for padding in (1, 0):
            room = width - _overhead(len(natural), padding)
            if sum(natural) <= room:
                return natural, padding
            if sum(least) <= room:
                return _narrowed(natural, least, room), padding
    return [max(floor, min(piece, FOLD_LIMITS[0])) for _, piece, floor in measures], 0  # wider, words whole


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
