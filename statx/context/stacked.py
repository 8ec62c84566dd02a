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

A header of words whose cells say they are in percent ("Декабрь 2020г. в % к", "ноябрю", "2020г.", ...) makes
a table of percents of two figures a row or more, their years the text's; a row's label may take several
lines ("Продовольственные товары", "(без алкогольных напитков)").
"""
from __future__ import annotations

from typing import Sequence

import regex

from ..lang import Lexicon
from ..lang.cache import compiled
from ..numbers.mention import PERCENT, PP, Mention
from ..text.segment import Lines
from .table import Cell, TableWords, table_words
from ..numbers.headings import NO_MEASURE, TitleMeasure, label_measure, title_measure
from .titles import title

ROWS = 2          # rows that make a table, at least
CELL_LINE = 40    # characters of a line that holds one cell, at most
LABEL_LINE = 120  # characters of a row's label, at most
COLUMNS = 12      # figures of a row, at most
LABEL_LINES = 4    # lines of a row's label, at most ("Продовольственные товары", "(без овощей, картофеля и", "фруктов)")
HEADER_LINES = 24  # lines of a header of words above a table's first label, at most
# a header's cell: a year, or a fiscal year ("2021-22"), and a short mark ("2011 (b)", "2024e", "2024 г."); or a date ("01.09.2021")
YEAR_CELL = compiled(r"[ \t]*(?:\d\d?\.\d\d?\.)?(?P<year>(?:19|20)\d\d)(?:[-–/](?P<last>\d\d(?:\d\d)?))?(?:[ \t]*\([^()\n]{1,8}\)|[ \t]*\p{L}{1,3}\.?)?[ \t]*")
# a row's label: a word first, no figure alone ("Darling Downs – Maranoa", "Greater Brisbane GCCSA"); a label's
# last lines may open with a bracket ("(без алкогольных напитков)")
_LABEL = compiled(r"[ \t]*\p{L}[^\n]*")
_LABEL_MORE = compiled(r"[ \t]*[\p{L}(][^\n]*")


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
    k, w = 0, table_words(lex)
    while k < len(rows):
        label_at, cells = rows[k]
        header = _header(text, lines, label_at, len(cells), w) or _percent_header(text, lines, label_at, len(cells), w)
        if header is None:
            k += 1   # (a run above the table's first row is no row of it)
            continue
        columns, top = header
        n = k + 1   # the rows that follow this one right below, of as many figures (past a group's line: "Seasonally Adjusted")
        while n < len(rows) and len(rows[n][1]) == len(cells) and _blanks_or_group(text, lines, mentions[rows[n - 1][1][-1]].end, rows[n][0]):
            n += 1
        if n - k >= ROWS:
            table = title_measure(lex, _title(text, lines, top))
            for label, row in rows[k:n]:
                name = " ".join(text[label:lines.start(mentions[row[0]].num_start)].split()).lower()
                name, measure = _row_measure(lex, name, table)
                # (a header that says its cells are percents gives them that unit, unless the row names its own)
                unit = measure.unit if columns[0][0] is not None or measure is not table else PERCENT
                out.update((i, Cell(PP if since is not None and unit == PERCENT else unit, year, name, since=since, scale=measure.scale))
                           for i, (year, since) in zip(row, columns))
        k = n
    return out


def _row_measure(lex: Lexicon, name: str, table: TitleMeasure) -> tuple[str, TitleMeasure]:
    """A row's label without the unit after its last comma or in brackets at its end ("уровень безработицы, %",
    "employed persons ('000)"), and the unit and scale of its cells: that unit's, or else the table's title's."""
    own, named = label_measure(lex, name)
    return (named, own) if own != NO_MEASURE else (name, table)


def stacked_barred_cells(text: str, lex: Lexicon, mentions: Sequence[Mention]) -> dict[int, Cell]:
    """``stacked_cells`` of a table pasted one cell a line with a bar closing each cell ("2005 |", "109,6 |") and lines
    of a bar alone for its empty cells, as a yearbook's table reads when copied from a PDF: read with the bars as blanks
    (the same length, so that offsets stay)."""
    if text.count("|") < BARRED_LINES or len(_LINE_BAR.findall(text)) < BARRED_LINES:   # (most texts have no bar: no scan)
        return {}
    blanked = _LINE_BAR.sub(" ", text)
    return stacked_cells(blanked, Lines(blanked), lex, mentions)


_LINE_BAR = compiled(r"(?m)\|(?=[ \t]*\r?$)")   # a bar that ends its line (no blanks before it matched: no rescan of a long run of them)
BARRED_LINES = 12   # lines ending with a bar that make such a table, at least


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
    """Where the label above ``start`` (past blank lines) starts, when there is one: a line of words, and the lines
    before it that it goes on from (it opens with a bracket or a small letter, or they end in a comma: "Продовольственные
    товары" "(без алкогольных напитков)")."""
    above = lines.above(start)
    if above is None or not _label_line(text, lines, above, _LABEL_MORE):
        return None
    for _ in range(LABEL_LINES - 1):
        first = text[above:lines.end(above)].lstrip()[:1]
        before = lines.above(above)
        if before is None or not _label_line(text, lines, before, _LABEL_MORE) \
                or not (first == "(" or first.islower() or text[before:lines.end(before)].rstrip().endswith(",")):
            break
        above = before
    return above if _label_line(text, lines, above, _LABEL) else None


def _label_line(text: str, lines: Lines, start: int, pattern: regex.Pattern) -> bool:
    """Is the line at ``start`` short enough for a label, and of ``pattern``?"""
    return lines.end(start) - start <= LABEL_LINE and pattern.fullmatch(text, start, lines.end(start)) is not None


def _percent_header(text: str, lines: Lines, label: int, width: int, w: TableWords) -> tuple[list[tuple[None, None]], int] | None:
    """A header of short lines of words above the first label at ``label`` (up to a longer line, a title) of which
    one says its cells are in percent ("в % к"), for rows of two figures or more: no years, and where it starts."""
    if width < 2:
        return None
    at, top, percent = label, None, False
    for _ in range(HEADER_LINES):
        above = lines.above(at)
        if above is None or lines.end(above) - above > CELL_LINE:
            break
        at = top = above
        percent = percent or bool(w.percent.search(text, above, lines.end(above)))
    return ([(None, None)] * width, top) if percent and top is not None else None


def _header(text: str, lines: Lines, label: int, width: int, w: TableWords) -> tuple[list[tuple[int, int | None]], int] | None:
    """The columns of the ``width`` lines above the first row's label at ``label``, when each is a year's cell (a year
    and no since) or the last is a change's ("+ / -": the last year, since the one before), and where the first starts."""
    years: list[int] = []
    at, change = label, False
    above = lines.above(at)
    if above is not None and _group_line(text, lines, above):
        at = above   # "Sep 09", "Aug 09", "Trend", "Employed Persons ('000)": a group's line between the header and its rows
    for n in range(width):
        above = lines.above(at)
        if above is None:
            return None
        cell = YEAR_CELL.fullmatch(text, above, lines.end(above))
        if cell is None and n == 0 and width > 2 and w.change_column.fullmatch(text, above, lines.end(above)):
            at, change = above, True   # "01.09.2020 |" "01.09.2021 |" "+ / - |"
            continue
        dated = w.month_year.fullmatch(text, above, lines.end(above)) if cell is None else None
        if cell is None and dated is None:
            return None
        years.insert(0, year_of(cell) if cell else _short_year(dated.group("year")))
        at = above
    return [(year, None) for year in years] + ([(years[-1], years[-2])] if change else []), at


CENTURY_TURN = 50   # a year written in two digits below this is of the 2000s ("Sep 09"), else of the 1900s ("Jun 98")


def _short_year(year: str) -> int:
    """The year of a header's month cell, written in four digits or two."""
    return int(year) if len(year) == 4 else int(year) + (2000 if int(year) < CENTURY_TURN else 1900)


def year_of(cell: regex.Match) -> int:
    """The year a header's cell is: a fiscal year's the year it ends ("2021-22": 2022)."""
    first, last = cell.group("year"), cell.group("last")
    return int(first) if last is None else int(last) if len(last) == 4 else int(first[:2] + last)


def _title(text: str, lines: Lines, top: int) -> str:
    """The title of the table whose header starts at ``top``: ``titles.title`` of the line with words above it, past
    the blank lines a page's copy puts between every two cells."""
    above = lines.above(top)
    return title(text, lines, lines.end(above) + 1) if above is not None else ""


_GROUP = compiled(r"[ \t]*\p{L}[\p{L} \t'’-]*")   # a group's line: words alone, no figure nor mark ("Seasonally Adjusted")


def _group_line(text: str, lines: Lines, start: int) -> bool:
    """Is the line at ``start`` a short line of words alone, a group's name over a table's rows?"""
    return lines.end(start) - start <= CELL_LINE and _GROUP.fullmatch(text, start, lines.end(start)) is not None


def _blanks_or_group(text: str, lines: Lines, start: int, end: int) -> bool:
    """Do only white space and at most one group's line stand from ``start`` to ``end``?"""
    if _only_blanks(text, start, end):
        return True
    words = [k for k in range(lines.end(start) + 1, end) if k == lines.start(k) and text[k:lines.end(k)].strip()]
    return len(words) == 1 and _group_line(text, lines, words[0]) and _only_blanks(text, start, words[0])


def _only_blanks(text: str, start: int, end: int) -> bool:
    """Does only white space (line breaks among it) stand from ``start`` to ``end``?"""
    return not text[start:end].strip()
