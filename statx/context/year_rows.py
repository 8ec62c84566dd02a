"""Tables pasted with blanks between their cells whose rows open with their year ("2010 13 091 12 991"), a web page's
rows parted by blank lines too: each cell is of its row's year and named by its column's header."""
from __future__ import annotations

from typing import Sequence

from ..lang import Lexicon
from ..lang.cache import compiled
from ..numbers.mention import COUNT, Form, Mention, Unit
from ..text.rows import YEAR_CELL, year_row
from ..text.segment import Lines
from .table import Cell

YEAR_ROWS = 3   # year rows in a block that make a table


def year_row_cells(text: str, lines: Lines, lex: Lexicon, mentions: Sequence[Mention]) -> dict[int, Cell]:
    """The cells among ``mentions`` (by index) of a table pasted with blanks between its cells whose rows open
    with their year ("2010 13 091 12 991"), YEAR_ROWS rows or more, under a header line that parts into as many
    headers as the rows have cells, each opening with a capital ("Год Пострадавших от пожара Погибших на пожаре"):
    each cell is of its row's year and named by its column's header."""
    out: dict[int, Cell] = {}
    tops: dict[int, tuple[int, int]] = {}   # by a row's start: the rows from its block's first to it, and that first's start
    year_headers, forms = frozenset(lex.words("time", "year_headers")), lex.table("units", "forms")
    for k, m in enumerate(mentions):
        if m.unit != COUNT or m.form is not Form.DIGITS or m.scale or m.value_to is not None:
            continue
        start = lines.start(m.num_start)
        row = year_row(text, start, lines.end(m.num_start))
        if row is None or m.num_start < row.end("year"):
            continue
        block, first = 1, start
        while (above := lines.above(first, 1)) is not None and (found := year_row(text, above, lines.end(above))):
            if found.start() in tops:   # a row walked up from before: its block's top is known (no walk over every row again)
                block, first = block + tops[found.start()][0], tops[found.start()][1]
                break
            block, first = block + 1, found.start()
        tops[start] = (block, first)
        after = lines.end(m.num_start) + 1
        while block < YEAR_ROWS and (below := lines.below(after, 1)) is not None and (found := year_row(text, below, lines.end(below))):
            block, after = block + 1, found.end() + 1
        if block < YEAR_ROWS:
            continue
        cells = YEAR_CELL.findall(text, row.end("year"), row.end())
        index = sum(1 for c in YEAR_CELL.finditer(text, row.end("year"), m.num_start))
        header = text[above:lines.end(above)] if (above := lines.above(first, 1)) is not None else ""   # (a page's blank line between)
        columns = _CAPITALISED.findall(header)[1:]   # (the first header is the year column's)
        words = header.split()
        if len(columns) == len(cells):   # (else blanks may part thousands or cells: "2021 120 400 301 220" is read no way)
            out[k] = Cell(None, int(row.group("year")), columns[index].strip().lower())
        elif len(cells) == 1 and len(words) > 1 and words[0].lower() in year_headers and len(_CAPITALISED.findall(" ".join(words[1:]))) <= 1:
            # "YEAR acres planted\n\n2008 305,000": one column, its header the measure, in the unit it opens with (not
            # two headers, "Year Visitors Guest nights": "2021 120 400 301 220" may then be read more than one way)
            form = next((f for f in (" ".join(words[1:3]).lower(), words[1].lower()) if f in forms), None)
            out[k] = Cell(Unit.physical(form) if form else None, int(row.group("year")), " ".join(words[1:]).lower())
        elif _LABEL_LINE.fullmatch(header) and (all(_DECIMAL.fullmatch(c) for c in cells) or row.group("colon") and len(cells) == 1):
            # "Natality rate\n1991 15.6 13.8 1.8": under a line that only names them, rows of decimals (no blank
            # parts thousands in them) are of that measure; so are a list's lines of a year, a colon and one figure
            # ("Homes destroyed by wildfire\n\n2020: 4,009\n\n2019: 2")
            out[k] = Cell(None, int(row.group("year")), header.strip(" \t:").lower())
    return out


_CAPITALISED = compiled(r"\p{Lu}[^\p{Lu}]*")   # a column's header: from a capital to the next
_LABEL_LINE = compiled(r"[ \t]*\p{L}[\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,5}[ \t]*:?[ \t]*")   # a few words, no figure
_DECIMAL = compiled(r"[+\-−]?\d+[.,]\d+")
