"""Export stage: claims as CSV, TSV, JSON, JSON Lines or a terminal table, written as they come
(Parquet is written by io/parquet.py)."""
from __future__ import annotations

import csv
import datetime as dt
import json
from decimal import Decimal
from typing import IO, Iterable, Sequence

from ..claim import COLUMNS, Claim

FORMATS = ("table", "csv", "tsv", "json", "jsonl")
EXTENSIONS = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
              ".txt": "table", ".parquet": "parquet"}
TABLE_COLUMNS = ("mention", "value", "unit", "direction", "year", "subject")
# OWASP: a cell starting with one of these is a formula to a spreadsheet.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def plain(value) -> str:
    """A cell as text: numbers without exponent, dates in ISO form, nothing for None."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _printable(text: str) -> str:
    """Control characters shown as escapes, so a table cell cannot move the terminal's cursor."""
    return "".join(ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode() for ch in text)


def safe_cell(text: str) -> str:
    """A text cell a spreadsheet will show as text, not run as a formula ("-", stdin's name, is no formula)."""
    return "'" + text if text.startswith(_FORMULA_STARTS) and text != "-" else text


def rows(claims: Iterable, columns: Sequence[str] = COLUMNS) -> Iterable[dict]:
    """Claims (or row dicts) as dicts of the given columns."""
    for c in claims:
        yield {k: (getattr(c, k) if isinstance(c, Claim) else c.get(k)) for k in columns}


def json_value(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return json.dumps(value.isoformat())
    return json.dumps(value, ensure_ascii=False)


def json_object(row: dict) -> str:
    """One row as a JSON object: numbers as numbers (exact), empty as null."""
    return "{" + ", ".join(f"{json.dumps(k)}: {json_value(v)}" for k, v in row.items()) + "}"


class Writer:
    """Writes rows to a stream in one format; ``close()`` ends the output."""

    def __init__(self, out: IO[str], fmt: str, columns: Sequence[str] = COLUMNS, console=None):
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
        self.out, self.fmt, self.columns = out, fmt, tuple(columns)
        self.count = 0
        self._csv = None
        self._rows: list[list] = []
        self._table_doc = self._title = None
        self._console = console
        if fmt in ("csv", "tsv"):
            # TSV is CSV with tabs: a cell holding a tab, a line break or a quote is quoted.
            self._csv = csv.writer(out, lineterminator="\r\n") if fmt == "csv" else \
                csv.writer(out, delimiter="\t", lineterminator="\n")
            self._csv.writerow(self.columns)
        elif fmt == "json":
            out.write("[")

    def write(self, row: dict) -> None:
        if self._csv is not None:
            # Only text can be taken for a formula: numbers (a negative one too) and dates stay as they are.
            self._csv.writerow([safe_cell(v) if isinstance(v := row.get(k), str) else plain(v) for k in self.columns])
        elif self.fmt == "jsonl":
            self.out.write(json_object({k: row.get(k) for k in self.columns}) + "\n")
        elif self.fmt == "json":
            self.out.write(("\n" if self.count == 0 else ",\n") + json_object({k: row.get(k) for k in self.columns}))
        else:
            self._table_row(row)
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if self.count else "]\n")
        elif self.fmt == "table":
            self._flush_table()
        self.out.flush()

    # ------------------------------------------------------------------ table

    def _table_row(self, row: dict) -> None:
        """Rows are kept until the document (the row's "doc") changes, to size the columns."""
        doc = row.get("doc")
        if self._rows and doc != self._table_doc:
            self._flush_table()
        if not self._rows:
            date = plain(row.get("doc_date"))
            self._table_doc, self._title = doc, f"{doc}" + (f"  ({date})" if date else "")
        self._rows.append([row.get(k) for k in self.columns])

    @property
    def console(self):
        """The rich console the table is printed on."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(file=self.out)
        return self._console

    def _flush_table(self) -> None:
        if not self._rows:
            return
        from .table import table

        console = self.console
        numeric = [_numeric(row[i] for row in self._rows) for i in range(len(self.columns))]
        cells = [[_printable(plain(v)) for v in row] for row in self._rows]
        terminal = console.is_terminal
        grid, width = table(self._title, self.columns, cells, numeric, console.width if terminal else None)
        before = console.width
        console.width = max(width, before) if terminal else width
        try:
            console.print(grid, crop=False)
        finally:
            console.width = before
        self._rows = []


def _numeric(values) -> bool:
    """True when every value given is a number (and there is one)."""
    found = [v for v in values if v is not None and v != ""]
    return bool(found) and all(isinstance(v, (int, Decimal)) and not isinstance(v, bool) for v in found)
