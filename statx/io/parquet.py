"""Parquet output for analysis tools (pandas, DuckDB, Spark), through pyarrow, the optional extra
``statx[parquet]``.

Offsets and years are 64-bit integers (null where empty), ``doc_date`` is a date, and every
number column (``value``, ``value_to``; a diff's ``old``, ``new``, ``delta``, ``delta_pct``) is a
float64 followed by ``<name>_text``, the exact decimal as text, so that nothing is lost to
binary floating point. The rest are strings."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import IO, Sequence

from .export import plain
from .schema import DATE, DESCRIPTIONS, INTEGER, NUMBER, REQUIRED, STRING, column_type

MISSING = "-f parquet needs pyarrow: pip install 'statx[parquet]'"
BATCH = 10_000  # rows per row group: memory stays bounded however many rows there are
TEXT_SUFFIX = "_text"


class MissingPyarrow(ImportError):
    """pyarrow is not installed."""


def require() -> None:
    """Raise MissingPyarrow (with MISSING as its message) unless pyarrow can be imported."""
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise MissingPyarrow(MISSING) from None


def parquet_columns(columns: Sequence[str]) -> list[str]:
    """The Parquet file's columns: each number column followed by its exact text."""
    out: list[str] = []
    for name in columns:
        out.append(name)
        if column_type(name) == NUMBER:
            out.append(name + TEXT_SUFFIX)
    return out


def schema(columns: Sequence[str]):
    """The pyarrow schema of the file, each field described in its metadata."""
    import pyarrow as pa

    kinds = {INTEGER: pa.int64(), NUMBER: pa.float64(), DATE: pa.date32()}
    fields = []
    for name in parquet_columns(columns):
        base = name.removesuffix(TEXT_SUFFIX) if name not in DESCRIPTIONS else name
        exact = base != name
        about = DESCRIPTIONS.get(base, "")
        if exact:
            about = f"{base} exactly, as decimal text"
        kind = pa.string() if exact else kinds.get(column_type(name), pa.string())
        fields.append(pa.field(name, kind, nullable=base not in REQUIRED, metadata={"description": about}))
    return pa.schema(fields, metadata={"creator": "statx"})


def _cell(name: str, value):
    """A row's value as the column's Python type: None is null, and so is "" but in a string."""
    kind = column_type(name)
    if value is None or (value == "" and kind != STRING):
        return None
    if kind == NUMBER:
        return float(value)
    if kind == INTEGER:
        return int(value)
    if kind == DATE:
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
    return plain(value)


def _text(value) -> str | None:
    if value is None or value == "":
        return None
    return plain(value if isinstance(value, Decimal) else Decimal(str(value)))


class ParquetWriter:
    """Writes rows (dicts with the given columns) to a binary stream as one Parquet file, a row
    group every BATCH rows; ``close()`` writes the footer (and the schema when there is no row)."""

    def __init__(self, out: IO[bytes], columns: Sequence[str]):
        require()
        import pyarrow.parquet as pq

        self.columns = tuple(columns)
        self.count = 0
        self._schema = schema(self.columns)
        self._file = pq.ParquetWriter(out, self._schema)
        self._rows: list[dict] = []

    def write(self, row: dict) -> None:
        self._rows.append(row)
        self.count += 1
        if len(self._rows) >= BATCH:
            self._flush()

    def close(self) -> None:
        self._flush(force=True)
        self._file.close()

    def _flush(self, force: bool = False) -> None:
        import pyarrow as pa

        if not self._rows and not force:
            return
        data: dict[str, list] = {}
        for name in self.columns:
            values = [row.get(name) for row in self._rows]
            data[name] = [_cell(name, v) for v in values]
            if column_type(name) == NUMBER:
                data[name + TEXT_SUFFIX] = [_text(v) for v in values]
        self._file.write_table(pa.Table.from_pydict(data, schema=self._schema))
        self._rows = []
