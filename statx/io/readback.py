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
from ..pipeline import extract_document, extract_paths
from .corpus import open_input
from .read import DEFAULT_GLOBS, ReadError, decode_text, iter_paths, path_list, read_bytes, read_document
from .records import records
from .sources import load_bytes

# The columns a table must have to be read back; the others may be left out (``statx extract -c``).
REQUIRED = frozenset({"value", "unit", "subject"})


def load_claims(
    paths: Iterable[str],
    *,
    globs: Iterable[str] = DEFAULT_GLOBS,
    lang: str = "auto",
    on_error: Callable[[ReadError], None] | None = None,
    doc_date: dt.date | None = None,
    dates=None,
    check: Callable[[str, frozenset[str]], None] | None = None,
) -> Iterator[Claim]:
    """The claims under ``paths``: claim tables are read back, other documents (texts, pages,
    subtitles, corpus files) are extracted, dated as ``extract_paths`` dates them. A path that
    cannot be read, or a table with a bad row, goes to ``on_error`` (raised when None).
    ``check(name, columns)`` sees each table's columns first, and may refuse it with a ReadError."""
    for path in iter_paths(path_list(paths), globs):
        try:
            if isinstance(path, ReadError):
                raise path
            if path == "-":
                data = read_bytes(path)
                table = _checked_table(decode_text(path, data), path, check)
                if table is None:
                    document = load_bytes(path, data)
                    table = extract_document(document, doc_date or (dates.get(path) if dates else None), lang)
            elif _starts_like_a_table(path):
                table = _checked_table(read_document(path).text, path, check)
            else:
                table = None
        except ReadError as err:
            if on_error is None:
                raise
            on_error(err)
            continue
        if table is None:
            yield from extract_paths([path], doc_date=doc_date, dates=dates, lang=lang, on_error=on_error)
        else:
            yield from table


def _starts_like_a_table(path: str) -> bool:
    """Whether the first line of the file names claim columns (a CSV header or JSON keys)."""
    stream, head = open_input(path)
    stream.close()
    first = head.decode("utf-8", "replace").removeprefix("\ufeff").lstrip().partition("\n")[0].strip()
    if first == "[" or first.startswith("{"):
        lines = (line.strip().rstrip(",") for line in head.decode("utf-8", "replace").splitlines())
        first = next((line for line in lines if line not in ("", "[", "]", "\ufeff[")), "")
        return _is_header(_json_keys(first))
    return _is_header(next(csv.reader([first], delimiter=_delimiter(first)), ()))


def _checked_table(text: str, name: str, check: Callable[[str, frozenset[str]], None] | None) -> list[Claim] | None:
    """``read_table``, after ``check`` has seen the table's columns."""
    columns = table_columns(text)
    if columns is not None and check is not None:
        check(name, columns)
    return None if columns is None else read_table(text, name)


def table_columns(text: str) -> frozenset[str] | None:
    """The columns of a claim table (its CSV or TSV header, or its first JSON object's keys), or
    None when ``text`` is not one."""
    text = text.removeprefix("\ufeff")
    first = text.lstrip().partition("\n")[0].strip()
    if first == "[" or first.startswith("{"):
        lines = (line.strip().rstrip(",") for line in text.splitlines())
        names = _json_keys(next((line for line in lines if line not in ("", "[", "]")), ""))
    else:
        names = next(csv.reader([first], delimiter=_delimiter(first)), ())
    return frozenset(names) if _is_header(names) else None


def read_table(text: str, name: str) -> list[Claim] | None:
    """The claims of a claim table, or None when ``text`` is not one. Raises ReadError naming
    the line of a row that cannot be read."""
    if table_columns(text) is None:
        return None
    text = text.removeprefix("\ufeff")
    first = text.lstrip().partition("\n")[0].strip()
    if first == "[" or first.startswith("{"):
        rows = ((n, line.strip().rstrip(",")) for n, line in enumerate(text.splitlines(), 1))
        return [_claim(_json_row(line, name, n), name, n) for n, line in rows if line not in ("", "[", "]")]
    # fields of any length, without raising csv.field_size_limit for the whole process
    found = records(io.StringIO(text.lstrip(), newline=""), _delimiter(first))
    header = next(found)
    out = []
    for record in found:
        if len(record) != len(header):
            raise ReadError(name, f"line {record.line}: {len(record)} fields where the header has {len(header)}")
        out.append(_claim({k: _unescape(v) for k, v in zip(header, record)}, name, record.line))
    return out


def _delimiter(header: str) -> str:
    """A tab for a TSV header, else a comma."""
    return "\t" if "\t" in header else ","


def _is_header(names: Iterable[str]) -> bool:
    """Whether a table with these columns is a claim table (it may carry more: ``--keep``)."""
    return REQUIRED <= set(names)


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
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"{value!r} is not a number") from None
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
