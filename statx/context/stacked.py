"""Tables of years pasted one cell per line, as a web page's table reads when copied: the header's years, then each
row's label and its figures, every cell on a line of its own (blank lines between them or not)::

    2011 (b)
    2021
    Cairns
    232,781
    276,091
    Mackay
    171,564
    214,754

Every figure of such a row is a claim about its row's label, of its column's year, in the unit and scale its title
gives ("(в текущих ценах; миллионов рублей)"). A table needs two rows or more, each
with as many figures as the header has years: a list of numbers under a heading is no table, nor are a league's
standings ("P", "W", "Pts" name no year).
"""
from __future__ import annotations

from typing import Sequence

from ..lang import Lexicon
from ..lang.cache import compiled
from ..numbers.mention import Mention
from ..text.segment import Lines
from .table import Cell
from .titles import title, title_measure

ROWS = 2          # rows that make a table, at least
CELL_LINE = 40    # characters of a line that holds one cell, at most
LABEL_LINE = 80   # characters of a row's label, at most
COLUMNS = 12      # figures of a row, at most
# a header's cell: a year, or a fiscal year ("2021-22"), and a short mark ("2011 (b)", "2024e", "2024 г.")
_YEAR_CELL = compiled(r"[ \t]*(?P<year>(?:19|20)\d\d)(?:[-–/](?P<last>\d\d(?:\d\d)?))?(?:[ \t]*\([^()\n]{1,8}\)|[ \t]*\p{L}{1,3}\.?)?[ \t]*")
# a row's label: a word first, no figure alone ("Darling Downs – Maranoa", "Greater Brisbane GCCSA")
_LABEL = compiled(r"[ \t]*\p{L}[^\n]*")


def stacked_cells(text: str, lines: Lines, lex: Lexicon, mentions: Sequence[Mention]) -> dict[int, Cell]:
    """The figures among ``mentions`` (by index) that are cells of a table of years pasted one cell per line.

    >>> from statx import lang
    >>> from statx.text.segment import Lines
    >>> text = "2021\\n2031\\nCairns\\n232\\n276\\nMackay\\n171\\n214"
    >>> class M: pass
    >>> ms = []
    >>> for at in (17, 21, 32, 36):
    ...     m = M(); m.start, m.end, m.num_start = at, at + 3, at; ms.append(m)
    >>> [(k, c.label, c.year) for k, c in sorted(stacked_cells(text, Lines(text), lang.load("en"), ms).items())]
    [(0, 'cairns', 2021), (1, 'cairns', 2031), (2, 'mackay', 2021), (3, 'mackay', 2031)]
    """
    out: dict[int, Cell] = {}
    rows = _rows(text, lines, mentions)
    k = 0
    while k < len(rows):
        label_at, cells = rows[k]
        header = _header(text, lines, label_at, len(cells))
        if header is None:
            k += 1   # (a run above the table's first row is no row of it)
            continue
        years, top = header
        n = k + 1   # the rows that follow this one right below, of as many figures
        while n < len(rows) and len(rows[n][1]) == len(cells) and _only_blanks(text, mentions[rows[n - 1][1][-1]].end, rows[n][0]):
            n += 1
        if n - k >= ROWS:
            measure = title_measure(lex, _title(text, lines, top))
            for label, row in rows[k:n]:
                name = text[label:lines.end(label)].strip().lower()
                out.update((i, Cell(measure.unit, year, name, scale=measure.scale)) for i, year in zip(row, years))
        k = n
    return out


def _rows(text: str, lines: Lines, mentions: Sequence[Mention]) -> list[tuple[int, list[int]]]:
    """Each run of figures alone on their lines, one below the other, after a label's line: where the label's line
    starts, and the figures' indexes."""
    rows: list[tuple[int, list[int]]] = []
    run: list[int] = []
    for k, m in enumerate(mentions):
        start, end = lines.start(m.num_start), lines.end(m.num_start)
        alone = end - start <= CELL_LINE and not text[start:m.start].strip() and not text[m.end:end].strip()
        if alone and run and _only_blanks(text, mentions[run[-1]].end, start):
            run.append(k)
            continue
        if run and len(run) <= COLUMNS and (label := _label_above(text, lines, lines.start(mentions[run[0]].num_start))) is not None:
            rows.append((label, run))
        run = [k] if alone else []
    if run and len(run) <= COLUMNS and (label := _label_above(text, lines, lines.start(mentions[run[0]].num_start))) is not None:
        rows.append((label, run))
    return rows


def _label_above(text: str, lines: Lines, start: int) -> int | None:
    """Where the line above ``start`` (past blank lines) starts, when it is a row's label."""
    above = lines.above(start)
    if above is None:
        return None
    end = lines.end(above)
    return above if end - above <= LABEL_LINE and _LABEL.fullmatch(text, above, end) else None


def _header(text: str, lines: Lines, label: int, width: int) -> tuple[list[int], int] | None:
    """The years of the ``width`` lines above the first row's label at ``label``, when each is a year's cell, and
    where the first of them starts."""
    years: list[int] = []
    at = label
    for _ in range(width):
        above = lines.above(at)
        if above is None:
            return None
        cell = _YEAR_CELL.fullmatch(text, above, lines.end(above))
        if cell is None:
            return None
        first, last = cell.group("year"), cell.group("last")
        years.insert(0, int(first) if last is None else int(last) if len(last) == 4 else int(first[:2] + last))
        at = above
    return years, at


def _title(text: str, lines: Lines, top: int) -> str:
    """The title of the table whose header starts at ``top``: ``titles.title`` of the line with words above it, past
    the blank lines a page's copy puts between every two cells."""
    above = lines.above(top)
    return title(text, lines, lines.end(above) + 1) if above is not None else ""


def _only_blanks(text: str, start: int, end: int) -> bool:
    """Does only white space (line breaks among it) stand from ``start`` to ``end``?"""
    return not text[start:end].strip()
