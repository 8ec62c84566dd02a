"""Claims of many records at once, for Dask, Spark or any other map over partitions.

``extract_records`` is a pure function of the records it is given: no files, no printing, nothing
kept between calls but the word lists and compiled patterns each process builds once (and loads
from the pattern cache when it can). It is a module-level function, so it pickles by name, and
so does a ``functools.partial`` of it. Rows are plain dicts that ``json.dumps`` takes as they are:
exact decimals as strings, the date as ``YYYY-MM-DD``.

    >>> rows = extract_records([{"id": "a1", "text": "Thefts fell by 4.5 percent in 2023.", "date": "2024-03-01",
    ...                          "source": "wire"}], keep=("source",))
    >>> [(r["doc"], r["mention"], r["value"], r["unit"], r["direction"], r["year"], r["source"]) for r in rows]
    [('a1', '4.5 percent', '4.5', 'percent', 'down', 2023, 'wire')]
    >>> list(rows[0])[:4], list(rows[0])[-2:]
    (['id', 'doc', 'doc_date', 'speaker'], ['sentence', 'source'])
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable, Mapping, Sequence

from .claim import COLUMNS

# The type of each column's values in a row (None aside): for a DataFrame's or Spark's schema.
TYPES: dict[str, type] = {name: int if name in ("start", "end", "year", "since") else str for name in COLUMNS}


def extract_records(
    records: Iterable[Mapping[str, Any]],
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    date_column: str | None = "date",
    lang: str = "auto",
    keep: Sequence[str] = (),
) -> list[dict[str, Any]]:
    """One row per claim of every record, in the order of the records and of the claims in each.

    A record is a mapping (a dict, ``DataFrame.to_dict("records")``, ``Row.asDict()``). Its
    ``text_column`` is the text (None is no text); ``id_column`` gives the row's ``doc`` (None:
    "-"); ``date_column`` the document's date (an ISO date or date-time string, a date or a
    datetime; when that is missing, empty or NaN, or ``date_column`` is None, the date is found in
    the text). Rows have the columns of ``statx.COLUMNS`` and then the ``keep`` columns, copied
    from the record as they are. ``lang`` is "en", "ru" or "auto" (per record)."""
    from .pipeline import extract_text

    clash = [k for k in keep if k in TYPES]
    if clash:
        raise ValueError(f"keep names columns statx writes itself: {', '.join(clash)}")
    rows = []
    for record in records:
        text = record[text_column]
        if text is None:
            continue
        if not isinstance(text, str):
            raise TypeError(f"{text_column} of record {record.get(id_column, '?') if id_column else '?'} is {type(text).__name__}, not text")
        doc = "-" if id_column is None else str(record[id_column])
        date = _date(record.get(date_column)) if date_column is not None else None
        extra = {k: record.get(k) for k in keep}
        rows.extend({**claim.as_dict(json_safe=True), **extra} for claim in extract_text(text, doc, date, lang))
    return rows


def _date(value: Any) -> dt.date | None:
    """A document date from a record: None for a missing, empty or NaN/NaT value."""
    if value is None or value == "" or value != value:  # NaN and pandas' NaT are not equal to themselves
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.datetime.fromisoformat(str(value)).date()

