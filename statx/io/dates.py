"""Dates from outside a document's text: the cells of a corpus file's date column, and
``--dates FILE``, a table that gives the date of each file."""
from __future__ import annotations

import csv
import datetime as dt
import os
import re

# Column names a date is looked for under, in this order (compared without regard to case).
DATE_COLUMNS = ("date", "doc_date", "published", "published_at", "publish_date", "publication_date",
                "date_published", "pubdate", "datetime", "created_at", "timestamp")
# Column names the file (or document id) of a --dates table is looked for under, in this order.
FILE_COLUMNS = ("file", "path", "filename", "file_name", "name", "doc", "id", "url")

_DAY_FIRST = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")   # 07.04.2015, as Russian sources write it
_SLASHED = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")        # 2015/04/07


def parse_date(value: str) -> dt.date | None:
    """The date in a cell; None for an empty one. Read: an ISO 8601 date, or date and time (the
    date as written, not moved to another time zone), 2015/04/07, 07.04.2015 and the e-mail and
    RSS form "Tue, 07 Apr 2015 10:00:00 +0300". Raises ValueError for anything else, so that a
    date that could be read two ways (04/07/2015) is never guessed."""
    text = value.strip()
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        for pattern, order in ((_DAY_FIRST, (2, 1, 0)), (_SLASHED, (0, 1, 2))):
            m = pattern.fullmatch(text)
            if m:
                year, month, day = (int(m.group(i + 1)) for i in order)
                return dt.date(year, month, day)
        import email.utils  # 10 ms to import: only for a date in neither of the forms above

        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"{value!r} is not a date (write YYYY-MM-DD)") from None


def find_column(names: list[str], wanted: str | None, defaults: tuple[str, ...]) -> str | None:
    """The name in ``names`` that is ``wanted`` (or else the first of ``defaults``), compared
    without regard to case; None when there is none."""
    folded = {n.strip().lower(): n for n in reversed(names)}
    for name in (wanted,) if wanted else defaults:
        if name.lower() in folded:
            return folded[name.lower()]
    return None


class Dates:
    """The dates a ``--dates`` table gives, looked up by a document's name: its path as given,
    the same path written another way (``./a.txt``), or its file name alone."""

    def __init__(self, pairs: list[tuple[str, dt.date | None]]):
        self._exact: dict[str, dt.date | None] = {}
        by_name: dict[str, set] = {}
        for key, date in pairs:
            self._exact[key] = self._exact[os.path.normpath(key)] = date
            by_name.setdefault(os.path.basename(key), set()).add(date)
        # A file name that two rows give different dates names neither.
        self._by_name = {k: next(iter(v)) for k, v in by_name.items() if len(v) == 1}

    def __len__(self) -> int:
        return len(self._exact)

    def get(self, name: str) -> dt.date | None:
        for table, key in ((self._exact, name), (self._exact, os.path.normpath(name)),
                           (self._by_name, os.path.basename(name))):
            if key in table:
                return table[key]
        return None


def read_dates(path: str) -> Dates:
    """The ``--dates`` table at ``path``: CSV, or TSV when its header has a tab, with a file
    column (file, path, filename, name, doc, id or url) and a date column (date, published, ...);
    an empty date gives none. Raises ValueError naming the line of anything it cannot read."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            header = fh.readline()
            fh.seek(0)
            reader = csv.reader(fh, delimiter="\t" if "\t" in header else ",")
            names = next(reader, [])
            file_col, date_col = find_column(names, None, FILE_COLUMNS), find_column(names, None, DATE_COLUMNS)
            if file_col is None or date_col is None:
                raise ValueError("needs a header with a file column (file, path or name) and a date column (date)")
            fi, di = names.index(file_col), names.index(date_col)
            pairs = []
            for row in reader:
                if not any(row):
                    continue
                if len(row) <= max(fi, di):
                    raise ValueError(f"line {reader.line_num}: {len(row)} fields, the header has {len(names)}")
                try:
                    pairs.append((row[fi].strip(), parse_date(row[di])))
                except ValueError as exc:
                    raise ValueError(f"line {reader.line_num}: {exc}") from None
    except OSError as exc:
        raise ValueError((exc.strerror or str(exc)).lower()) from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ValueError(f"not a CSV or TSV file in UTF-8: {exc}") from None
    return Dates(pairs)
