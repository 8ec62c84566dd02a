"""Cells of a table pasted as text, its cells split by bars or tabs ("| Both sexes | 2 804 000 | 71.2 |"), or
under a line that says only its unit ("в процентах") with its cells on lines of their own or after their row's label:
a number that is a cell alone, in a row under a header row, is a claim. Its column's header says
what it is (a percentage: "Per cent"; percentage points: "Change in percentage points"; of a year:
"2024"; compared with a year: "В % к 2009 году"), and its row's label, after the label of the group of rows it is in ("| Labour force | | |"),
what it measures; rows of names alone ("| Москва | 1 120 |") under columns of years measure nothing named,
under a column that names its measure they do ("| Республика Алтай | 57,4 |" under "Тыс. кв. м общей площади").
Rows that open with their year, cells parted by blanks ("2010 13 091 12 991"), are read by year_rows.py.

    >>> rows = "| Region | Per cent |\\n|---|---|\\n| Thefts | | |\\n| North | 4.5 |"
    >>> _row_cells(rows.splitlines()[-1])
    ['North', '4.5']
"""
from __future__ import annotations

import functools
from decimal import Decimal
from typing import NamedTuple, Sequence

import regex

from ..lang import Lexicon
from ..lang.cache import compiled
from ..numbers.mention import COUNT, PERCENT, PP, Form, Mention, Unit
from ..text.rows import labelled_row, list_line, list_row
from ..text.segment import Lines
from ..numbers.headings import NO_MEASURE, ONE, TitleMeasure, label_measure, title_measure
from .titles import PROSE_WORDS, WORDS, title, title_line, title_noun

BLOCK_REACH = 40   # rows back from a cell to its header, at most
SPANNED_REACH = 3   # lines back from a header to the row whose cells span its parts (past a separator)
ROW_REACH = 2000   # characters a table's row has at most
# a cell that is a number alone: "2 804 000", "-0.4", "71.2", "+3,5"
_NUMBER_CELL = compiled(r"[+\-−–]?[ \u00a0]?\d[\d \u00a0.,]*")
_SEPARATOR = compiled(r"[ \t|:+-]*-{3,}[ \t|:+-]*")   # "|---|---|", "+-----+"
_YEAR = compiled(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_COMMON_WORD = compiled(r"(?<![\p{L}])\p{Ll}{3,}")   # a label that names a measure has a common noun ("Labour force")
_CLOCK = compiled(r"(?:[01]?\d|2[0-3])[:.][0-5]\d")
_NAMING = compiled(r"\p{L}{3,}")   # a column's header that names a measure has a word
# a row's label that is its year: "2021", a fiscal year "2021-22" or "2009/10" (the year it ends)
_ROW_YEAR = compiled(r"(?P<first>(?:19|20)\d\d)(?:[-–/](?P<last>\d\d(?:\d\d)?))?")


def _row_year(label: str) -> int | None:
    """The year a row's label is, a fiscal year's the year it ends ("2021-22": 2022), else None."""
    found = _ROW_YEAR.fullmatch(label.strip())
    if found is None:
        return None
    first, last = found.group("first"), found.group("last")
    year = int(first) if last is None else int(last) if len(last) == 4 else int(first[:2] + last)
    return year if last is None or year == int(first) + 1 else None


# A line that says only the unit of the table below it: "в процентах", "(per cent)", "%", maybe ending in a bar as a
# table pasted one cell a line ends each ("(в процентах) |")
# (a line break opens it: a literal the engine finds fast, where "(?m)^" would be tried at every place)
# a line that says only the unit ("в процентах"), or after the measure's name and a comma, below a blank line
# ("\n\nИндекс производства, %"; not a row's label in a table: "реальные располагаемые, в %")
_UNIT_LINE = (r"\n[ \t]*(?:(?<=\n[ \t]*\n[ \t]*)\p{{L}}+(?:[ \t]+\p{{L}}+){{0,5}},[ \t]*)?\(?[ \t]*(?:\p{{L}}{{1,3}}[ \t]+)?(?:{units})"
              r"[ \t]*\)?[ \t]*\|?[ \t]*(?=\r?\n|\Z)")
_LINE = compiled(r"(?m)^.*$")
_RULE = compiled(r"[ \t]*[-_=─━]{3,}[ \t]*")   # a line of dashes: the table ends
HEADER_LINES = 4   # lines after a table's unit line that may be its header, however many words they have
_CELLS_END = compiled(r"(?:[ \t]+[+\-−]?\d[\d.,]*){2,}[ \t]*\Z")   # two or more figures end a row, however long its label
_DIGIT = compiled(r"\d")
# a cell alone on a line below a row's label: "обеспечение электрической энергией, газом и паром; кондиционирование воздуха\n\n99,6"
_CELL_BELOW = compiled(r"\n(?:[ \t]*\n){0,2}[ \t]*[+\-−]?\d[\d.,]*[ \t]*(?:\n|\Z)")
TABLE_LINES = 200   # lines of a table under its unit's line, at most


class Cell(NamedTuple):
    """What a table says of one of its cells."""

    unit: Unit | None        # the unit its column's header gives (percent, pp), or None
    year: int | None         # the year its column's header is, or None
    label: str               # its row's label, after its group's ("labour force both sexes")
    since: int | None = None   # the year its column compares with ("В % к январю - сентябрю 2009 года"), or None
    scale: Decimal = ONE       # the scale its table's title writes it in ("тыс. тонн": 1000)


class TableWords:
    """The words of one language that read a column's header."""

    def __init__(self, lex: Lexicon):
        ci = regex.IGNORECASE
        self.points = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(lex.words('percent', 'points'))})(?![\p{{L}}])", ci)
        self.identifier = lex.compile(rf"[ \t]*(?:{lex.alternation(lex.words('not_claims', 'identifiers'))})[ \t]*", ci)
        self.identifiers = frozenset(w.lower() for w in lex.words("not_claims", "identifiers"))
        self.percent = lex.compile(rf"(?:(?<![\p{{L}}])(?:{lex.alternation(lex.words('percent', 'after'))})(?![\p{{L}}])|%)", ci)
        self.baseline = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(lex.words('time', 'baseline_before'))})(?![\p{{L}}])", ci)
        # "+ / -", "изменение": a header's cell over the change from the column before to the one before it
        self.change_column = lex.compile(rf"[ \t]*(?:{lex.alternation(lex.words('direction', 'change_columns'))})[ \t]*", ci)
        self.unit_line = lex.compile(_UNIT_LINE.format(units=lex.alternation(lex.words("percent", "after"))), ci)
        # a list's title that names what its counts measure ("population estimates"), not a game's standings ("points")
        self.measure_noun = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(lex.words('subject', 'measure_nouns'))})(?![\p{{L}}])", ci)
        self.standings = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(lex.words('not_claims', 'standings'))})(?![\p{{L}}])", ci)
        self.year_after = frozenset(lex.words("time", "year_after"))   # a year's word after a header's year ("2004 год")
        # "Sep 09", "March 2024": a header's cell of a month and its year, two digits of it or four
        months = lex.alternation(list(lex.table("time", "months")))
        self.month_year = lex.compile(rf"[ \t]*(?:{months})\.?[ \t]+(?P<year>(?:19|20)\d\d|\d\d)[ \t]*", ci)


@functools.lru_cache(maxsize=None)
def table_words(lex: Lexicon) -> TableWords:
    return TableWords(lex)


def table_cells(text: str, lines: Lines, lex: Lexicon, mentions: Sequence[Mention]) -> dict[int, Cell]:
    """The cells among ``mentions`` (by index): numbers alone in their cell, in a row of a table with a
    header; ``lines`` are the lines of ``text``."""
    out: dict[int, Cell] = {}
    if "|" not in text and "\t" not in text:
        return out   # no row of a table anywhere
    w, measures, spanned = table_words(lex), {}, {}
    for k, m in enumerate(mentions):
        if m.unit != COUNT or m.form is not Form.DIGITS or m.scale:
            continue
        start, end = lines.start(m.num_start), lines.end(m.num_start)
        if end - start > ROW_REACH:
            continue   # a line of prose (and no long line read once per number on it)
        line = text[start:end]
        if not _is_row(line):
            continue
        cells = _row_cells(line)
        if sum(1 for c in cells if _CLOCK.fullmatch(c)) >= 2:
            continue   # a row of a timetable: its cells are times, not figures
        index = _cell_index(line, m.num_start - start)
        row_year = None if any(ch.isalpha() for ch in cells[0]) else _row_year(cells[0])
        if index is None or index >= len(cells) or not _NUMBER_CELL.fullmatch(cells[index]) \
                or not any(ch.isalpha() for ch in cells[0]) and (row_year is None or index == 0):
            continue
        found = _header_and_group(text, lines, start, len(cells))
        if found is None:
            continue
        header, group, top = found
        if sum(1 for c in header if c) < len(cells) - 1:   # (each header's spanned names read once)
            if (top, len(cells)) not in spanned:
                spanned[top, len(cells)] = _spanned_header(text, lines, top, header, len(cells))
            header = spanned[top, len(cells)] or header
        column = header[index - (len(cells) - len(header))] if 0 <= index - (len(cells) - len(header)) < len(header) else ""
        if row_year is not None:   # "| 2021-22 | 9,747 | 5,280 |": a row of its year, each cell named by its column
            if sum(1 for c in header if c) >= len(cells) - 1 and _NAMING.search(column) and not _YEAR.search(column) \
                    and not w.identifier.fullmatch(column):
                unit = PP if w.points.search(column) else PERCENT if w.percent.search(column) else None
                measure = _cell_measure(text, lines, lex, column, top, measures) if unit is None else NO_MEASURE
                out[k] = Cell(unit or measure.unit, row_year, " ".join(part for part in (group, column) if part).lower(), scale=measure.scale)
            continue   # (a header that names fewer columns than the row has cells, with no row above whose cells it parts)
        label = " ".join(part for part in (group, cells[0]) if part)
        unit = PP if w.points.search(column) else PERCENT if w.percent.search(column) else None
        if w.identifier.fullmatch(column) or _names_code(w, cells[0]):
            continue   # a code is no figure
        if not group and not _COMMON_WORD.search(label) and not (unit or _COMMON_WORD.search(column)):
            heading = title(text, lines, top)
            if not heading:
                continue   # rows of names ("| Москва | 77 | 1 120 |"), in no group, under years name no measure but a title's
            label = title_noun(lex, heading) if cells[0].lower() in lex.table("time", "months") else label
        years = list(_YEAR.finditer(column))
        year = int(years[0].group()) if len(years) == 1 else None
        measure = _cell_measure(text, lines, lex, column, top, measures) if unit is None else NO_MEASURE
        own, named = label_measure(lex, cells[0])
        if own != NO_MEASURE:   # "| Перевозки грузов, тыс. тонн | 112,0 |": the row's own unit and scale, not part of what it names
            label = " ".join(part for part in (group, named) if part)
            if unit is None and title_measure(lex, column) == NO_MEASURE:
                measure = own
        if year is not None and w.baseline.search(column, 0, years[0].start()):
            out[k] = Cell(unit, None, label.lower(), since=year)   # "В % к январю - сентябрю 2009 года": compared with
        else:
            out[k] = Cell(unit or measure.unit, year, label.lower(), scale=measure.scale)
    return out


def _names_code(w: TableWords, label: str) -> bool:
    """Does a row's label open or end with a code's word ("Код ОКАТО", "Area code")?"""
    words = label.lower().strip(" \t:").split()
    return any(" ".join(words[:n]) in w.identifiers or " ".join(words[-n:]) in w.identifiers for n in (1, 2) if len(words) >= n)


def _cell_measure(text: str, lines: Lines, lex: Lexicon, column: str, top: int, titles: dict[int, TitleMeasure]) -> TitleMeasure:
    """The unit and scale of a column's cells: its header's ("Exports, USD mn"), else its table's title's (kept in ``titles``
    by the table's top line)."""
    own = title_measure(lex, column)
    if own != NO_MEASURE:
        return own
    if top not in titles:
        titles[top] = title_measure(lex, title(text, lines, top))
    return titles[top]


def _is_row(line: str) -> bool:
    return line.count("|") >= 2 or "\t" in line.strip()


def _row_cells(line: str) -> list[str]:
    """The cells of a row, without the empty ones its outer bars make."""
    line = line.strip()
    cells = [c.strip() for c in (line.split("|") if "|" in line else line.split("\t"))]
    if "|" in line:
        cells = cells[1 if line.startswith("|") else 0:len(cells) - 1 if line.endswith("|") else len(cells)]
    return cells


def _cell_index(line: str, at: int) -> int | None:
    """Which of the row's cells (as ``_row_cells`` gives them) holds character ``at`` of the line."""
    bar = "|" if "|" in line else "\t"
    lead = len(line) - len(line.lstrip())   # white space (tabs too) that _row_cells strips
    index = line.count(bar, lead, at) - (1 if bar == "|" and line.startswith(bar, lead) else 0)
    return index if index >= 0 else None


def _header_and_group(text: str, lines: Lines, start: int, width: int) -> tuple[list[str], str, int] | None:
    """The header row above the row at ``start`` (its cells), the label of the group of rows the
    row is in ("" for none) and where the header row starts; None when no header row stands above it in its table."""
    group = ""
    for _ in range(BLOCK_REACH):
        if start == 0:
            return None
        start = lines.start(start - 1)
        if lines.end(start) - start > ROW_REACH:
            return None
        line = text[start:lines.end(start)]
        if _SEPARATOR.fullmatch(line):
            continue
        if not _is_row(line):
            return None
        cells = _row_cells(line)
        filled = [c for c in cells if c]
        if not filled:
            continue   # an empty row between groups
        if len(filled) == 1 and cells[0] and len(cells) == width:
            group = group or cells[0]   # "| Labour force | | | |": the rows below are its parts
            continue
        if any(_NUMBER_CELL.fullmatch(c) and not _YEAR.fullmatch(c) for c in cells[1:]):
            continue   # a row of figures above this one
        return cells, group, start
    return None


def _spanned_header(text: str, lines: Lines, top: int, sub: list[str], width: int) -> list[str] | None:
    """A two-level header's column names ("Year | Total | Accident | Persons" over ``sub``, "Fatal | Killed"): the upper row's shortest
    cells (not its first, the rows' label) span the parts, as many each; None when the counts do not add up to ``width``."""
    start = top
    for _ in range(SPANNED_REACH):
        if start == 0:
            return None
        start = lines.start(start - 1)
        line = text[start:lines.end(start)]
        if not _SEPARATOR.fullmatch(line):
            break
    else:
        return None
    upper, parts = [c for c in _row_cells(line) if c] if _is_row(line) else [], [c for c in sub if c]
    spanning = len(upper) + len(parts) - width
    if spanning < 1 or len(upper) <= spanning or len(parts) % spanning or any(_NUMBER_CELL.fullmatch(c) for c in upper + parts):
        return None
    chosen = set(sorted(range(1, len(upper)), key=lambda k: (len(upper[k].split()), k))[:spanning])
    named, each = iter(parts), len(parts) // spanning
    out = [name for k, cell in enumerate(upper) for name in ([f"{cell} {next(named)}" for _ in range(each)] if k in chosen else [cell])]
    return out if len(out) == width else None


def unit_line_cells(text: str, lex: Lexicon, mentions: Sequence[Mention]) -> dict[int, Cell]:
    """The cells among ``mentions`` (by index) of tables pasted without bars under a line that says only their
    unit ("в процентах"): a bare figure alone on its line, or after its row's label ("услуги 100,0 100,3"), until
    a line of prose or of dashes ends the table, is a percentage of that row's label (the words on its line,
    else on the nearest line above with words: "Индекс потребительских цен\n\n100,06")."""
    out: dict[int, Cell] = {}
    w = table_words(lex)
    regions = [(head.end(), _table_end(text, head.end())) for head in w.unit_line.finditer(text)]
    if not regions:
        return out
    for k, m in enumerate(mentions):
        table = next((start for start, end in regions if start < m.num_start < end), None)
        if table is None or m.unit != COUNT or m.form is not Form.DIGITS or m.scale or m.value_to is not None:
            continue
        start = text.rfind("\n", 0, m.num_start) + 1
        end = text.find("\n", m.num_end)
        rest = text[m.num_end:len(text) if end < 0 else end]
        if WORDS.search(rest):
            continue   # a figure with words after it on its line ("2012 г.", "100 тонн"): no cell
        label = WORDS.findall(text, start, m.num_start)
        while not label and start > table:   # (not above the table: its unit's line is no row's label)
            start = text.rfind("\n", 0, start - 1) + 1
            label = WORDS.findall(text, max(start, table), text.find("\n", start))
        if label:
            out[k] = Cell(PERCENT, None, " ".join(label).lower())
    return out


NAMED_ROWS = 3      # rows of a table parted by blanks, under its header, that make it one
YEARS_ROWS = 2      # ... under a header of as many years as its rows have cells
LIST_LINES = 200    # lines of a list of names and their counts read up from one of them towards its title, at most
LIST_BLANKS = 2     # blank lines between such a list and its title, at most
_BLANK_CELL = compiled(r"[+\-−]?\d[\d.,]*")
_NOTE_LINE = compiled(r"[ \t]*\([^()\n]{1,60}\)[ \t]*")   # "(январь-сентябрь)": a note under a header, on its last column
_FOOTNOTE_MARK = compiled(r"\[\d{1,3}\]")   # "[4]": a footnote's mark in a header, no figure of it
_GROUP_LINE = compiled(r"[ \t]*\p{L}[\p{L} -]*:[ \t]*")   # "ФЕВРАЛЬ:": the rows below are of it


class _NamedRow(NamedTuple):
    """A row of a table parted by blanks, as its header and title read it."""

    label: str                       # its row's label, or the title's measure when the label is a month
    cells: list[tuple[int, int]]     # where its numbers stand
    columns: list[str] | None        # its header's names ("Иркутск"), or None when they are years
    years: list[int] | None          # its header's years, or None
    measure: TitleMeasure            # the unit and scale its title gives ("(руб./кг)", "(%)", ", тыс. тонн")


def named_row_cells(text: str, lines: Lines, lex: Lexicon, mentions: Sequence[Mention]) -> dict[int, Cell]:
    """The cells among ``mentions`` (by index) of a table pasted with blanks between its cells whose rows open with their
    label ("Canada 86,600 61,768"), NAMED_ROWS rows or more, under a header of as many years ("Market 2018 2019") or
    capitalised names ("Товар Иркутск Ангарск") as the rows have numbers: each cell is of its column's year, or named
    by its row's label and its column's name; a month's row is of the measure the table's title names ("Total Cruise
    Passengers Arrivals"), and the unit and scale the title gives are every cell's ("(руб./кг)", ", тыс. тонн")."""
    out: dict[int, Cell] = {}
    rows: dict[int, _NamedRow | None] = {}   # by the start of their line: the cells of a row share it
    for k, m in enumerate(mentions):
        if m.unit != COUNT or m.form is not Form.DIGITS or m.scale or m.value_to is not None:
            continue
        start, end = lines.start(m.num_start), lines.end(m.num_start)
        if end - start > ROW_REACH:
            continue
        if start not in rows:
            rows[start] = _named_row(text, lines, lex, start, end)
        row = rows[start]
        if row is None or (m.num_start, m.num_end) not in row.cells:
            continue   # (blanks inside a number: its row parts into no cells)
        i = row.cells.index((m.num_start, m.num_end))
        label = row.label if row.columns is None else f"{row.label} {row.columns[i].lower()}"
        out[k] = Cell(row.measure.unit, row.years[i] if row.years else None, label, scale=row.measure.scale)
    return out


def _named_row(text: str, lines: Lines, lex: Lexicon, start: int, end: int) -> _NamedRow | None:
    """The row at ``start``, when it is one of a table parted by blanks with a header above it (named_row_cells)."""
    row = labelled_row(text, start, end)
    if row is None:
        return None
    cells = [c.span() for c in _BLANK_CELL.finditer(text, row.start("cells"), row.end("cells"))]
    width, count, at, header = len(cells), 1, start, None
    year_after = table_words(lex).year_after
    for _ in range(BLOCK_REACH):
        if at == 0:
            return None
        at = lines.start(at - 1)
        line = text[at:lines.end(at)]
        header = _blank_header(line, width, year_after)   # (a header of years is a row's shape too: looked for first)
        if header is not None:
            break
        above = labelled_row(text, at, lines.end(at))
        if above and len(_BLANK_CELL.findall(above.group("cells"))) == width:
            count += 1
        elif not _GROUP_LINE.fullmatch(line) and not _NOTE_LINE.fullmatch(line):
            return None
    if header is None:
        return None
    columns, years = header
    least = NAMED_ROWS if years is None else YEARS_ROWS
    below = lines.end(start) + 1
    while count < least and below < len(text):
        line = text[below:lines.end(below)]
        under = labelled_row(text, below, lines.end(below))
        if under and len(_BLANK_CELL.findall(under.group("cells"))) == width:
            count += 1
        elif not _GROUP_LINE.fullmatch(line):
            break
        below = lines.end(below) + 1
    if count < least:
        return None
    heading = title(text, lines, at)
    label = " ".join(row.group("label").split()).lower()
    if not heading and not _COMMON_WORD.search(row.group("label")):
        return None   # rows of names ("Canada 86,600 61,768") name no measure but their table's title's
    if label in lex.table("time", "months") and heading:
        label = title_noun(lex, heading)   # "January 123,114 107,587" under "Total Cruise Passengers Arrivals"
    sports = set(lex.words("not_claims", "standings") + lex.words("not_claims", "table_headings"))
    if columns and any(c.lower() in sports for c in columns):
        return None   # "Team Played Won Lost Points": a league table's standings are no claims
    own, named = label_measure(lex, row.group("label"))   # "Яйца, млн штук 900,2 910,4": a row's own unit and scale ...
    if own != NO_MEASURE:
        label = " ".join(named.split()).lower()   # ... no part of what the row names
    else:
        own = title_measure(lex, row.group("label"))
    return _NamedRow(label, cells, columns, years, own if own != NO_MEASURE else title_measure(lex, heading))


def titled_list_cells(text: str, lines: Lines, lex: Lexicon, mentions: Sequence[Mention]) -> dict[int, Cell]:
    """The counts among ``mentions`` (by index) of a list of NAMED_ROWS lines or more, each a name and one count
    ("Aklavik 667"), under a title whose measure is a measure noun ("Population Estimates by Community and Region", a
    header "City Population"): each count is of that measure, for what its row names ("aklavik population estimates").
    A list under another title ("Results", "Contents") is no table of a measure."""
    out: dict[int, Cell] = {}
    measures: dict[int, str | None] = {}   # by the start of each line of a list: the measure its title names, or None
    for k, m in enumerate(mentions):
        row = measure_list_row(text, lines, lex, m, measures)
        if row is not None:   # "aklavik population estimates": the row's name, then the measure
            out[k] = Cell(None, None, f"{' '.join(row.group('label').split()).lower()} {measures[lines.start(m.num_start)]}")
    return out


def measure_list_row(text: str, lines: Lines, lex: Lexicon, m: Mention, measures: dict[int, str | None]) -> regex.Match | None:
    """The line of ``m``, a count alone after its name, when it is a line of a list under a title that names a measure
    (titled_list_cells), else None. ``measures`` keeps what the lists of a text read so far say (each line read once)."""
    if m.unit != COUNT or m.form is not Form.DIGITS or m.scale or m.value_to is not None:
        return None
    start, end = lines.start(m.num_start), lines.end(m.num_start)
    row = list_row(text, start, end)
    if row is None or row.span("count") != (m.num_start, m.num_end):
        return None
    if start not in measures:
        _titled_list(text, lines, lex, start, measures)
    return row if measures[start] else None


def _titled_list(text: str, lines: Lines, lex: Lexicon, start: int, measures: dict[int, str | None]) -> None:
    """Adds to ``measures`` the starts of the lines of the list whose line starts at ``start`` (titled_list_cells), each
    with the measure its title names, or None. Each line is read once: down to the list's end, and up to a line already
    read (whose list's measure it shares), the list's title, or LIST_LINES lines."""
    above: list[int] = []
    known = False
    at = start
    while at and len(above) < LIST_LINES:
        up = lines.start(at - 1)
        if up in measures:
            known = True
            break
        if not list_line(text, up, at - 1):
            break
        above.append(up)
        at = up
    rows = above[::-1] + [start]
    at = lines.end(start) + 1
    while at < len(text) and list_line(text, at, lines.end(at)):
        rows.append(at)
        at = lines.end(at) + 1
    if known:
        measure = measures[up]
    else:
        top = lines.above(rows[0], LIST_BLANKS) if len(rows) >= NAMED_ROWS else None
        if top is not None and lines.end(top) + 1 == rows[0] and list_line(text, top, lines.end(top)):
            top = None   # the list runs on past LIST_LINES lines: its title is further up
        heading = title_line(text[top:lines.end(top)].strip()) if top is not None else ""
        noun = title_noun(lex, heading) if heading else ""
        words = table_words(lex)
        measure = noun if words.measure_noun.search(noun) and not words.standings.search(noun) else None
    measures.update(dict.fromkeys(rows, measure))


# A table pasted one cell a line, each cell's line ending in a bar, its rows parted by a line that is a bar alone
# ("Показатель |\n2014 г. |\n2015 г. |\n|\nЧисленность населения, человек |\n2 496 552 |\n2 493 024 |")
_BAR_CELLS = compiled(r"(?m)(?:^[^\n|]*\|[ \t]*(?:\n|\Z)){6,}")
_BAR_VALUE = compiled(r"[ \t]*[+\-−–]?[ \t]?(?P<n>\d[\d \u00a0.,]*)")


def bar_cell_rows(text: str, mentions: Sequence[Mention]) -> dict[int, Cell]:
    """The cells among ``mentions`` (by index) of tables pasted one cell a line, each line ending in a bar and each row
    parted from the next by a bar alone: under a header row of years ("2014 г."), a row's figures are of its column's year
    and named by the row's label."""
    found: dict[int, Cell] = {}
    for block in _BAR_CELLS.finditer(text) if "|" in text else ():
        rows: list[list[tuple[int, str]]] = [[]]
        for line in _LINE.finditer(text, block.start(), block.end()):
            cell = line.group().rstrip(" \t\r").removesuffix("|").strip()
            if cell:
                rows[-1].append((line.start(), cell))
            elif rows[-1]:
                rows.append([])
        header = next((row for row in rows if len(row) > 2 and all(_YEAR.search(c) and len(c) < 12 for _, c in row[1:])), None)
        for row in rows if header else ():
            if row is header or len(row) != len(header) or not any(ch.isalpha() for ch in row[0][1]):
                continue
            for (at, cell), (_, column) in zip(row[1:], header[1:]):
                value = _BAR_VALUE.fullmatch(text, at, at + len(cell))
                if value is not None:
                    found[value.start("n")] = Cell(None, int(_YEAR.search(column).group()), " ".join(row[0][1].lower().split()))
    return {k: found[m.num_start] for k, m in enumerate(mentions) if m.num_start in found and m.unit == COUNT and not m.scale}


def _blank_header(line: str, width: int, year_after: frozenset[str]) -> tuple[list[str] | None, list[int] | None] | None:
    """The columns of a header line over rows of ``width`` numbers, after its label column's: years ("Market 2018
    2019", or with the label column's head left blank: "       2018     2019", or a title's words there and a year's
    word after each: "Рождаемость[4] 2004 год 2005 год"), or capitalised names of one word each ("Товар Иркутск
    Ангарск"); None for any other line."""
    words = line.split()
    years = _header_years(words, width, year_after)
    if years is not None:
        return None, years
    if len(words) != width + 1 or not words[0][0].isalpha():
        return None
    if all(len(w) > 1 and w[0].isupper() and not any(ch.isdigit() for ch in w) for w in words[1:]):   # (not "P W D L")
        return words[1:], None
    return None


def _header_years(words: list[str], width: int, year_after: frozenset[str]) -> list[int] | None:
    """The ``width`` years that end a header line's ``words``, each maybe with a year's word after it ("2004 год"),
    when the words before them (the label column's head) are none, or open with a letter and hold no figure but a
    footnote's mark ("Смертность в Удмуртии[4][3]"); else None."""
    at, years = len(words), []
    while at and len(years) < width:
        at -= 1 if words[at - 1].lower() not in year_after or at < 2 else 2
        if not _YEAR.fullmatch(words[at]):
            return None
        years.append(int(words[at]))
    head = _FOOTNOTE_MARK.sub("", " ".join(words[:at]))
    if len(years) < width or head and (not head[0].isalpha() or _DIGIT.search(head)):
        return None
    return years[::-1]


def _table_end(text: str, start: int) -> int:
    """Where the table that starts at ``start`` ends: at a line of prose or of dashes, or after TABLE_LINES lines;
    its first lines may be a long header whose only numbers are years ("Октябрь 2011 г. к сентябрю 2011 г. ...")."""
    header = True
    for n, line in enumerate(_LINE.finditer(text, start)):
        header = header and n <= HEADER_LINES and _DIGIT.search(_YEAR.sub("", line.group())) is None
        if n > TABLE_LINES or _RULE.fullmatch(line.group()) or len(WORDS.findall(line.group())) >= PROSE_WORDS and not header \
                and not _CELLS_END.search(line.group()) and not (line.group().rstrip()[-1:] not in ".!?" and _CELL_BELOW.match(text, line.end())):
            return line.start()   # (a row's long label: "товары и услуги (без овощей, картофеля и фруктов) 100,6", or its cell below it)
    return len(text)


def bracket_list_cells(text: str, lex: Lexicon, mentions: Sequence[Mention]) -> dict[int, Cell]:
    """The bare counts among ``mentions`` (by index) of a list of names each with its figure in brackets, after a
    lead-in whose bracket gives their unit or scale right before its colon ("Главные города (тыс. чел.): Липецк (473),
    Елец (117)", "Main towns (thousands):\\nLipetsk (475.4), Yelets (120.0)", "Бюджеты (млн руб.): Тула (45,2)"): each
    is in that unit and scale, for its name.

    >>> from statx import lang
    >>> text = "Main towns (thousands): Lipetsk (473), Yelets (117)."
    >>> class M: pass
    >>> ms = []
    >>> for at in (33, 47):
    ...     m = M(); m.start, m.end, m.num_start, m.num_end, m.unit, m.form, m.scale, m.value_to = at, at + 3, at, at + 3, COUNT, Form.DIGITS, None, None
    ...     ms.append(m)
    >>> [(k, c.label, c.scale) for k, c in sorted(bracket_list_cells(text, lang.load("en"), ms).items())]
    [(0, 'lipetsk', Decimal('1000')), (1, 'yelets', Decimal('1000'))]
    """
    out: dict[int, Cell] = {}
    if "):" not in text:   # (most texts have no such lead-in: no scan)
        return out
    for k, m in enumerate(mentions):
        if m.unit != COUNT or m.form is not Form.DIGITS or m.scale or m.value_to is not None:
            continue
        item = _BRACKET_ITEM.search(text, max(0, m.num_start - ITEM_CHARS), m.num_start)
        if item is None or not text.startswith(")", m.num_end):
            continue
        colon = text.rfind(":", max(0, item.start() - LIST_CHARS), item.start())
        lead = _LEAD_BRACKET.search(text, max(0, colon - ITEM_CHARS), colon + 1) if colon >= 0 else None
        if lead is None or not _BRACKET_ITEMS.fullmatch(text, colon + 1, item.start()):
            continue
        measure = title_measure(lex, lead.group("unit").rsplit(",", 1)[-1])
        if measure != NO_MEASURE:
            out[k] = Cell(measure.unit, None, " ".join(item.group("name").split()).lower(), scale=measure.scale)
    return out


ITEM_CHARS = 60    # characters of a name and its bracket's opening, or of a lead-in's bracket, at most
LIST_CHARS = 400   # characters of a list's items before one of them, at most (a longer list's later items keep their value)
# "Липецк (": a name (capitalised words) and the bracket of its figure
_BRACKET_ITEM = compiled(r"(?P<name>\p{Lu}[\p{L}-]*(?:[ \t]\p{L}[\p{L}-]*){0,3})[ \t]*\(\Z")
# "(число жителей на 1 января 1998 г., тыс. человек):": a lead-in's bracket right before its colon
_LEAD_BRACKET = compiled(r"\((?P<unit>[^()\n]{1,60})\)[ \t]*:\Z")
# the items before: names with a figure in brackets, parted by commas or semicolons
# (blanks, then a line break and blanks, written so that a run of blanks is read one way only)
_BRACKET_ITEMS = compiled(r"(?:[ \t]*(?:\n[ \t]*)?\p{Lu}[\p{L}-]*(?:[ \t]\p{L}[\p{L}-]*){0,3}[ \t]*\([\d.,\u00a0 ]{1,15}\)[ \t]*[,;])*[ \t]*(?:\n[ \t]*)?")
