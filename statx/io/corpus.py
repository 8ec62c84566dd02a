"""Corpus files: CSV, TSV, JSON Lines and Parquet files whose rows are documents. They are read
as a stream, row by row (Parquet by row groups), gzip-compressed ones directly, so that a file
of any size takes little memory; a bad row is reported with its line and the others go on."""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import functools
import gzip
import io
import json
import os
import re
import sys
import zlib
from typing import IO, Iterator, Mapping

from .dates import DATE_COLUMNS, find_column, parse_date
from .read import Document, ReadError, _why, stream_encoding
from .records import records

TEXT_COLUMNS = ("text", "content", "body")
ID_COLUMNS = ("id", "url", "path")
FORMATS = ("csv", "tsv", "jsonl", "parquet")
EXTENSIONS = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl",
              ".parquet": "parquet"}
HEAD = 1 << 16          # bytes looked at to tell what a file is
BATCH = 256             # Parquet rows converted at a time
GZIP_MAGIC, PARQUET_MAGIC = b"\x1f\x8b", b"PAR1"
_CLAIM_COLUMNS = {"value", "unit", "subject"}   # what a claim table written by statx has
_COLUMN_NAME = re.compile(r"\w[\w .:/()#-]{0,63}")


@dataclasses.dataclass(frozen=True)
class Columns:
    """The columns of a corpus file to read: the text, the document's id and its date (None
    picks the first of the defaults the file has), and ``keep``, columns carried into the rows
    of each document."""

    text: str | None = None
    id: str | None = None
    date: str | None = None
    keep: tuple[str, ...] = ()


def extension(path: str) -> str:
    """The file's extension in lower case, a ".gz" after it left out."""
    root, ext = os.path.splitext(path.lower())
    return os.path.splitext(root)[1] if ext == ".gz" else ext


class _Prefixed(io.RawIOBase):
    """A stream that gives ``head`` and then the rest of ``rest``: a stream looked into and
    still read from its start, even stdin."""

    def __init__(self, head: bytes, rest: IO[bytes], owned: bool):
        self._head, self._rest, self._owned = head, rest, owned

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n], self._head = self._head[:n], self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def close(self) -> None:
        if self._owned and not self.closed:
            self._rest.close()
        super().close()


def open_input(path: str) -> tuple[IO[bytes], bytes]:
    """A file (stdin for ``-``) as a binary stream from its start, decompressed when it is
    gzip-compressed, and its first HEAD bytes. Raises ReadError."""
    try:
        raw = sys.stdin.buffer if path == "-" else open(path, "rb")
    except OSError as exc:
        raise ReadError(path, _why(exc, path)) from None
    try:
        magic = raw.read(2)
        stream: IO[bytes] = io.BufferedReader(_Prefixed(magic, raw, path != "-"))
        if magic == GZIP_MAGIC:
            stream = gzip.GzipFile(fileobj=stream)
        head = _read_head(stream, path)
    except BaseException:
        if path != "-":
            raw.close()
        raise
    return io.BufferedReader(_Prefixed(head, stream, True)), head


def _read_head(stream: IO[bytes], path: str) -> bytes:
    pieces, size = [], 0
    try:
        while size < HEAD and (piece := stream.read(HEAD - size)):
            pieces.append(piece)
            size += len(piece)
    except (OSError, EOFError, zlib.error) as exc:
        raise ReadError(path, f"cannot read the compressed data: {exc}") from None
    return b"".join(pieces)


def sniff(path: str, head: bytes, columns: Columns) -> str | None:
    """The corpus format of a file that starts with ``head``: a header or a first JSON object
    that names a text column, or a Parquet file; None when it is not a corpus file. Raises
    ReadError for a table named .csv, .tsv or .jsonl that has no text column."""
    if head.startswith(PARQUET_MAGIC):
        return "parquet"
    by_name = EXTENSIONS.get(extension(path))
    line = _first_line(head)
    if line.startswith("{"):
        try:
            keys = json.loads(line)
        except ValueError:  # cut off by the end of the head (a long text), or broken: the rows will tell
            return "jsonl" if by_name == "jsonl" or _names_a_text_key(line, columns) else None
        return _table(path, "jsonl", list(keys) if isinstance(keys, dict) else [], columns, by_name == "jsonl")
    delimiter = "\t" if "\t" in line else ","
    names = next(csv.reader([line], delimiter=delimiter), [])
    kind = "tsv" if delimiter == "\t" else "csv"
    return _table(path, kind, names, columns, by_name in ("csv", "tsv"))


def _names_a_text_key(line: str, columns: Columns) -> bool:
    """Whether the start of a JSON object has a key that names a text column."""
    names = (columns.text,) if columns.text else TEXT_COLUMNS
    return re.search(r'"(?:%s)"\s*:' % "|".join(map(re.escape, names)), line, re.IGNORECASE) is not None


def _first_line(head: bytes) -> str:
    """The first line of ``head`` that is not blank, decoded (header names are read, not text)."""
    try:
        text = head[:HEAD].decode(stream_encoding(head[:4096]) if b"\x00" in head[:4096] else "utf-8", "replace")
    except (ValueError, LookupError):
        return ""
    return next((s.strip() for s in text.lstrip("\ufeff").splitlines() if s.strip()), "")


def _table(path: str, kind: str, names: list[str], columns: Columns, by_name: bool) -> str | None:
    if find_column(names, columns.text, TEXT_COLUMNS) and (by_name or kind == "jsonl" or len(names) >= 2):
        return kind   # but a text whose first line is a word such as "Content" is a text, not a table of one column
    if not by_name or len(names) < 2 or not all(_COLUMN_NAME.fullmatch(n.strip()) for n in names):
        return None
    if _CLAIM_COLUMNS <= {n.strip().lower() for n in names}:
        raise ReadError(path, "a claim table, not documents (statx diff and statx series read claim tables)")
    raise ReadError(path, _no_text(columns))


def _no_text(columns: Columns) -> str:
    if columns.text:
        return f"no column {columns.text!r} (--text-column)"
    return f"no text column ({', '.join(TEXT_COLUMNS)}; --text-column names another)"


def rows(path: str, kind: str, stream: IO[bytes], head: bytes, columns: Columns,
         encoding: str | None, max_bytes: int) -> Iterator[Document | ReadError]:
    """The documents of a corpus file of format ``kind`` read from ``stream``, and a ReadError
    for each row that cannot be read ("line 7: no text")."""
    try:
        if kind == "parquet":
            yield from _parquet_rows(path, columns, max_bytes)
            return
        fh = io.TextIOWrapper(stream, encoding=stream_encoding(head, encoding), errors="replace",
                              newline="" if kind != "jsonl" else None)
        if kind == "jsonl":
            yield from _jsonl_rows(path, fh, columns, max_bytes)
        else:
            yield from _csv_rows(path, fh, "\t" if kind == "tsv" else ",", columns, max_bytes)
    except (OSError, EOFError, zlib.error) as exc:
        yield ReadError(path, f"cannot read on: {exc}")
    except (ValueError, LookupError) as exc:  # not text, or an unknown --encoding
        yield ReadError(path, str(exc))


def _csv_rows(path: str, fh: IO[str], delimiter: str, columns: Columns, max_bytes: int) -> Iterator[Document | ReadError]:
    found = records(fh, delimiter, limit=max_bytes)
    header = next(found, None)
    if header is None:
        return
    names = [n.strip() for n in header]
    if not find_column(names, columns.text, TEXT_COLUMNS):
        yield ReadError(path, _no_text(columns))
        return
    yield from _missing_keep(path, names, columns)
    for n, record in enumerate(found, 1):
        where = f"line {record.line}"
        if record.oversize:
            yield ReadError(path, f"{where}: larger than the size limit of {max_bytes} characters (--max-bytes)")
        elif len(record) != len(names):
            yield ReadError(path, f"{where}: {len(record)} fields where the header has {len(names)}")
        else:
            yield _document(path, where, n, dict(zip(names, record)), columns, max_bytes)


def _jsonl_rows(path: str, fh: IO[str], columns: Columns, max_bytes: int) -> Iterator[Document | ReadError]:
    n = 0
    for number, line in enumerate(_lines(fh, max_bytes), 1):
        if line is not None and not line.strip():
            continue
        n += 1
        where = f"line {number}"
        if line is None:
            yield ReadError(path, f"{where}: larger than the size limit of {max_bytes} characters (--max-bytes)")
            continue
        try:
            obj = json.loads(line.rstrip("\r\n").lstrip("\ufeff"))
        except json.JSONDecodeError as exc:
            yield ReadError(path, f"{where}: broken JSON at column {exc.colno}: {exc.msg}")
            continue
        except RecursionError:
            yield ReadError(path, f"{where}: JSON nested too deeply")
            continue
        if not isinstance(obj, dict):
            yield ReadError(path, f"{where}: a JSON {_kind(obj)}, not an object")
            continue
        yield _document(path, where, n, obj, columns, max_bytes)


def _lines(fh: IO[str], limit: int) -> Iterator[str | None]:
    """The lines of ``fh``; None for one longer than ``limit``, which is skipped, not held."""
    while line := fh.readline(limit + 1):
        if len(line) > limit and not line.endswith("\n"):
            while (piece := fh.readline(HEAD)) and not piece.endswith("\n"):
                pass
            yield None
        else:
            yield line


def _parquet_rows(path: str, columns: Columns, max_bytes: int) -> Iterator[Document | ReadError]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield ReadError(path, "reading Parquet needs pyarrow: pip install 'statx[parquet]'")
        return
    if path == "-":
        yield ReadError(path, "a Parquet file is read from a file, not from stdin")
        return
    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises its own ArrowInvalid, and OSError
        yield ReadError(path, f"cannot read as Parquet: {exc}")
        return
    names = parquet.schema_arrow.names
    text, ident, date, keep = _resolve(tuple(names), columns)
    if text is None:
        yield ReadError(path, _no_text(columns))
        return
    yield from _missing_keep(path, names, columns)
    wanted = list(dict.fromkeys(c for c in (text, ident, date, *keep.values()) if c))
    n = 0
    for batch in parquet.iter_batches(batch_size=BATCH, columns=wanted):
        for values in batch.to_pylist():
            n += 1
            yield _document(path, f"row {n}", n, values, columns, max_bytes)


def _missing_keep(path: str, names: list[str], columns: Columns) -> Iterator[ReadError]:
    missing = [k for k in columns.keep if k != "cue_start" and not find_column(names, k, ())]
    if missing:
        yield ReadError(path, f"no column {', '.join(map(repr, missing))} to keep (--keep); left empty")


@functools.lru_cache(maxsize=64)
def _resolve(names: tuple[str, ...], columns: Columns) -> tuple[str | None, str | None, str | None, dict[str, str]]:
    """The names of the text, id and date columns among ``names``, and of each kept column."""
    found = list(names)
    keep = {k: c for k in columns.keep if (c := find_column(found, k, ()))}
    return (find_column(found, columns.text, TEXT_COLUMNS), find_column(found, columns.id, ID_COLUMNS),
            find_column(found, columns.date, DATE_COLUMNS), keep)


def _document(path: str, where: str, n: int, values: Mapping, columns: Columns, max_bytes: int) -> Document | ReadError:
    """The document of one row (``n`` is its number, 1 the first), or why there is none."""
    text_col, id_col, date_col, keep = _resolve(tuple(values), columns)
    text = values.get(text_col) if text_col else None
    if text is None or (isinstance(text, str) and not text.strip()):
        return ReadError(path, f"{where}: no text")
    if not isinstance(text, str):
        return ReadError(path, f"{where}: {text_col} is a {_kind(text)}, not text")
    if len(text) > max_bytes:
        return ReadError(path, f"{where}: larger than the size limit of {max_bytes} characters (--max-bytes)")
    try:
        date = _date(values.get(date_col)) if date_col else None
    except ValueError as exc:
        return ReadError(path, f"{where}: {date_col}: {exc}")
    name = _cell(values.get(id_col)) if id_col else ""
    extra = tuple((k, _cell(values.get(keep[k])) if k in keep else "") for k in columns.keep)
    return Document(name or f"{path}#{n}", text, date=date, extra=extra)


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, str):
        return parse_date(value or "")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise ValueError(f"{value!r} is not a date (write YYYY-MM-DD)")


def _cell(value) -> str:
    """A kept value as text: JSON for lists and objects, nothing for null."""
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _kind(value) -> str:
    names = {bool: "boolean", int: "number", float: "number", list: "list", dict: "object", str: "string"}
    return names.get(type(value), type(value).__name__)
