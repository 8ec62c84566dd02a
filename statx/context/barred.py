"""Tables pasted one cell a line with a line of a bar alone after every cell, as sites of legal texts render a
table of a programme's indicators::

    Показатель
    |
    Единица измерения
    |
    2017 год
    |
    2018 год
    |
    1.1
    |
    Численность населения
    |
    тыс. человек
    |
    537,6
    |
    536,8
    |

The header's years are the first cells in a row that are each a year; a row is as many figures, one a cell,
after its label's cell. A word cell between the label and the figures is the row's unit ("тыс. человек": a
thousand; "млн рублей": roubles in millions; "процент к предыдущему году": percent); a row's number ("1.1") or the
figures of the row before bound its label. A table needs two rows or more; a timetable's rows ("6:23", "---") under
trains' numbers have no year to their columns.
"""
from __future__ import annotations

from typing import NamedTuple, Sequence

from ..lang import Lexicon
from ..lang.cache import compiled
from ..numbers.mention import PERCENT, Mention
from .stacked import YEAR_CELL, year_of
from .table import Cell, table_words
from ..numbers.headings import NO_MEASURE, TitleMeasure, title_measure

ROWS = 2           # rows that make a table, at least
BARS = 8           # bar lines that make a table, at least
CELL_LINES = 4     # lines of one cell, at most ("N" "п/п")
_BAR_LINE = compiled(r"(?m)^[ \t]*\|[ \t]*\r?$")
_LETTER = compiled(r"\p{L}")
_ROW_NUMBER = compiled(r"\d{1,2}(?:\.\d{1,2}){0,3}\.?")   # "1.1", "2", "3.1.2."


class _Cell(NamedTuple):
    """One cell of the table: where its words start and end (equal when it is empty)."""

    start: int
    end: int


def barred_cells(text: str, lex: Lexicon, mentions: Sequence[Mention]) -> dict[int, Cell]:
    """The figures among ``mentions`` (by index) that are cells of a table pasted one cell a line, each closed by a
    bar's line.

    >>> from statx import lang
    >>> text = "2020 год\\n|\\n2021 год\\n|\\nРождаемость\\n|\\n12,4\\n|\\n11,6\\n|\\nНаселение\\n|\\nтыс. человек\\n|\\n537,6\\n|\\n536,8\\n|\\n"
    >>> class M: pass
    >>> ms = []
    >>> for at, n in ((36, 4), (43, 4), (77, 5), (85, 5)):
    ...     m = M(); m.start, m.end = at, at + n; ms.append(m)
    >>> [(k, c.label, c.year, c.scale) for k, c in sorted(barred_cells(text, lang.load("ru"), ms).items())]
    [(0, 'рождаемость', 2020, Decimal('1')), (1, 'рождаемость', 2021, Decimal('1')), (2, 'население', 2020, Decimal('1000')), (3, 'население', 2021, Decimal('1000'))]
    """
    if text.count("|") < BARS:
        return {}   # (most texts have no bar: no scan of their lines)
    bars = [m.start() for m in _BAR_LINE.finditer(text)]
    if len(bars) < BARS:
        return {}
    at = {m.start: k for k, m in enumerate(mentions)}
    out: dict[int, Cell] = {}
    for block in _blocks(text, bars):
        out |= _table(text, lex, block, at, mentions)
    return out


def _blocks(text: str, bars: list[int]) -> list[list[_Cell]]:
    """The runs of cells that bar lines close, each run's cells in order."""
    blocks: list[list[_Cell]] = []
    cells: list[_Cell] = []
    previous = None
    for bar in bars:
        start = text.rfind("\n", 0, max(bar - 1, 0)) + 1 if previous is None else text.find("\n", previous) + 1
        if previous is not None and text.count("\n", start, bar) > CELL_LINES:
            blocks.append(cells)
            cells, start = [], text.rfind("\n", 0, max(bar - 1, 0)) + 1
        words = text[start:bar]
        left = start + len(words) - len(words.lstrip())
        cells.append(_Cell(left, max(left, start + len(words.rstrip()))))
        previous = bar
    blocks.append(cells)
    return [b for b in blocks if len(b) >= BARS]


def _table(text: str, lex: Lexicon, cells: list[_Cell], at: dict[int, int], mentions: Sequence[Mention]) -> dict[int, Cell]:
    """The figures of one block's rows under its header of years, when it has two rows or more."""
    kinds = [_kind(text, c, at, mentions) for c in cells]
    first = next((k for k in range(len(cells) - 1) if kinds[k] == "year" and kinds[k + 1] == "year"), None)
    if first is None:
        return {}
    width = next((n for n in range(first, len(cells)) if kinds[n] != "year"), len(cells)) - first
    years = [year_of(YEAR_CELL.fullmatch(text, c.start, c.end)) for c in cells[first:first + width]]
    rows: dict[int, Cell] = {}
    k = first + width
    while k < len(cells):
        if kinds[k] != "figure":
            k += 1
            continue
        n = k
        while n < len(cells) and kinds[n] == "figure":
            n += 1
        if n - k == width + 1 and n < len(cells) and kinds[n] == "words" and _ROW_NUMBER.fullmatch(text, *cells[n - 1]):
            n -= 1   # "530,2 | 1.2 | Ожидаемая ...": the next row's number
        label, unit = _label(kinds, cells, k, first + width)
        if n - k == width and label is not None:
            measure = _measure(text, lex, unit) if unit is not None else NO_MEASURE
            name = " ".join(text[label.start:label.end].split()).lower()
            rows.update((at[cells[i].start], Cell(measure.unit, year, name, scale=measure.scale))
                        for i, year in zip(range(k, n), years))
        k = n
    return rows if len({c.label for c in rows.values()}) >= ROWS else {}


def _label(kinds: list[str], cells: list[_Cell], k: int, top: int) -> tuple[_Cell | None, _Cell | None]:
    """The label of the row whose figures start at cell ``k`` and its unit's cell: the last two cells of words
    before it (past empty ones, not above ``top``), the label first; one alone is the label."""
    words: list[_Cell] = []
    back = k - 1
    while back >= top and kinds[back] in ("words", "empty") and len(words) < 2:
        if kinds[back] == "words":
            words.insert(0, cells[back])
        back -= 1
    if not words:
        return None, None
    return (words[0], None) if len(words) == 1 else (words[0], words[1])


def _kind(text: str, cell: _Cell, at: dict[int, int], mentions: Sequence[Mention]) -> str:
    """What a cell holds: "empty", a "year" (a header's), a "figure" (a number that is all of it, a row's number
    too), "words" (a letter among them) or "other" ("---")."""
    if cell.start == cell.end:
        return "empty"
    if YEAR_CELL.fullmatch(text, cell.start, cell.end):
        return "year"
    k = at.get(cell.start)
    if k is not None and mentions[k].end == cell.end:
        return "figure"
    return "words" if _LETTER.search(text, cell.start, cell.end) else "other"


def _measure(text: str, lex: Lexicon, cell: _Cell) -> TitleMeasure:
    """The unit and scale a row's unit cell gives its figures: ``headings.title_measure``, or percent when the
    cell opens with a word for it ("процент к предыдущему году")."""
    words = " ".join(text[cell.start:cell.end].split())
    measure = title_measure(lex, words)
    if measure == NO_MEASURE and table_words(lex).percent.match(words):
        return measure._replace(unit=PERCENT)
    return measure
