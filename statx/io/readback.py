"""Claim tables written by ``statx extract`` read back into claims, told from documents by their
content: a CSV or TSV whose header names claim columns, or lines that are JSON objects with claim keys
(JSON Lines, or the JSON array ``--format json`` writes, one object a line)."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal, InvalidOperation
from typing import Callable, Iterable, Iterator

from ..claim import COLUMNS, Claim
from .export import safe_cell
from ..pipeline import extract_document
from .read import DEFAULT_GLOBS, ReadError, iter_paths, read_document

# The columns a table must have to be read back; the others may be left out (``statx extract -c``).
REQUIRED = frozenset({"value", "unit", "subject"})


def load_claims(
    paths: Iterable[str],
    *,
    globs: Iterable[str] = DEFAULT_GLOBS,
    lang: str = "auto",
    on_error: Callable[[ReadError], None] | None = None,
) -> Iterator[Claim]:
    """The claims under ``paths``: claim tables are read back, other documents are extracted. A
    path that cannot be read, or a table with a bad row, goes to ``on_error`` (raised when None)."""
    for path in iter_paths(paths, globs):
        try:
            if isinstance(path, ReadError):
                raise path
            document = read_document(path)
            table = read_table(document.text, document.name)
        except ReadError as err:
            if on_error is None:
                raise
            on_error(err)
            continue
        yield from extract_document(document, lang=lang) if table is None else table


def read_table(text: str, name: str) -> list[Claim] | None:
    """The claims of a claim table, or None when ``text`` is not one. Raises ReadError naming
    the line of a row that cannot be read."""
    text = text.removeprefix("\ufeff")
    first = text.lstrip().partition("\n")[0].strip()
    if first == "[" or first.startswith("{"):
        rows = ((n, line.strip().rstrip(",")) for n, line in enumerate(text.splitlines(), 1))
        rows = [(n, line) for n, line in rows if line not in ("", "[", "]")]
        if not rows or not _is_header(_json_keys(rows[0][1])):
            return None
        return [_claim(_json_row(line, name, n), name, n) for n, line in rows]
    delimiter = "\t" if "\t" in first else ","  # TSV, or CSV
    if not _is_header(next(csv.reader([first], delimiter=delimiter), ())):
        return None
    csv.field_size_limit(max(csv.field_size_limit(), len(text)))  # a sentence cell may be long
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    try:
        return [_claim({k: _unescape(row[k]) for k in reader.fieldnames}, name, reader.line_num) for row in reader]
    except csv.Error as exc:
        raise ReadError(name, f"line {reader.line_num}: {exc}") from None


def _is_header(names: Iterable[str]) -> bool:
    names = set(names)
    return REQUIRED <= names <= set(COLUMNS)


def _json_keys(line: str) -> list[str]:
    try:
        obj = json.loads(line)
    except ValueError:
        return []
    return list(obj) if isinstance(obj, dict) else []


def _json_row(line: str, name: str, n: int) -> dict:
    try:
        obj = json.loads(line, parse_float=Decimal)
    except ValueError as exc:
        raise ReadError(name, f"line {n}: not a JSON object: {exc}") from None
    if not isinstance(obj, dict):
        raise ReadError(name, f"line {n}: not a JSON object")
    return obj


def _unescape(cell: str | None) -> str | None:
    """A CSV cell without the quote export.safe_cell puts before a formula-like start."""
    if cell and cell.startswith("'") and safe_cell(cell[1:]) == cell:
        return cell[1:]
    return cell


def _claim(row: dict, name: str, n: int) -> Claim:
    """A claim from a table row; columns the table leaves out are empty (``doc`` is the table)."""
    fields = {}
    for column in COLUMNS:
        try:
            fields[column] = _CONVERT[column](row.get(column))
        except (ValueError, TypeError, InvalidOperation) as exc:
            raise ReadError(name, f"line {n}: {column}: {exc or 'bad value'}") from None
    fields["doc"] = fields["doc"] or name
    if fields["value"] is None or not fields["unit"]:
        raise ReadError(name, f"line {n}: a claim needs a value and a unit")
    return Claim(**fields)


def _text(value) -> str:
    return "" if value is None else str(value)


def _optional_text(value) -> str | None:
    return _text(value) or None


def _number(value) -> Decimal | None:
    if value is None or value == "":
        return None
    number = Decimal(str(value))
    if not number.is_finite():
        raise ValueError(f"{value!r} is not a number")
    return number


def _integer(value) -> int | None:
    number = _number(value)
    if number is not None and number != number.to_integral_value():
        raise ValueError(f"{value!r} is not a whole number")
    return None if number is None else int(number)


def _date(value) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


_CONVERT = {
    "id": _text, "doc": _text, "doc_date": _date, "speaker": _optional_text,
    "start": lambda v: _integer(v) or 0, "end": lambda v: _integer(v) or 0,
    "mention": _text, "value": _number, "value_to": _number, "unit": _text, "qualifier": _text,
    "direction": _optional_text, "year": _integer, "since": _integer, "subject": _optional_text,
    "sentence": _text,
}
