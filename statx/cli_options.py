"""The options the commands share, declared once (as sqlite-utils' ``output_options``), and the
parsers of their values: each bad value is a usage error naming the option (exit code 2)."""
from __future__ import annotations

import codecs
import datetime as dt
from enum import Enum
from typing import Annotated, List, Optional

import typer

from .claim import COLUMNS
from .cli_output import Format
from .io.read import DEFAULT_GLOBS, DEFAULT_MAX_BYTES, INPUT_FORMATS

class Lang(str, Enum):
    auto = "auto"
    en = "en"
    ru = "ru"


InputFormat = Enum("InputFormat", {name: name for name in INPUT_FORMATS}, type=str)


def parse_date(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def parse_names(value: Optional[str]) -> tuple[str, ...]:
    """Comma-separated names as a tuple, blanks dropped."""
    return tuple(dict.fromkeys(c.strip() for c in (value or "").split(",") if c.strip()))


def parse_columns(value: Optional[str], default: tuple[str, ...], kept: tuple[str, ...] = ()) -> tuple[str, ...]:
    if not value:
        return default
    cols = parse_names(value)
    known = COLUMNS + kept
    unknown = [c for c in cols if c not in known]
    if unknown:
        raise typer.BadParameter(f"unknown column(s) {', '.join(unknown)}; columns are: {', '.join(known)}")
    return cols


def parse_dates(path: Optional[str]):
    """The --dates table at ``path``, read before any document is."""
    if path is None:
        return None
    from .io.dates import read_dates

    try:
        return read_dates(path)
    except ValueError as exc:
        raise typer.BadParameter(f"{path}: {exc}", param_hint="--dates") from None


def parse_encoding(value: Optional[str]) -> Optional[str]:
    if value is not None:
        try:
            codecs.lookup(value)
        except LookupError:
            raise typer.BadParameter(f"unknown encoding {value!r}") from None
    return value


SIZE_UNITS = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
DEFAULT_SIZE = f"{DEFAULT_MAX_BYTES >> 20}M"


def parse_size(value: str) -> int:
    """Bytes from "1000000", "500K", "10M" or "1G"."""
    text = value.strip().upper()
    unit = text[-1:] if text[-1:] in SIZE_UNITS else ""
    number = text[:len(text) - len(unit)]
    if not (number.isascii() and number.isdigit()) or int(number) == 0:
        raise typer.BadParameter(f"{value!r} is not a size such as 1000000, 500K or 10M", param_hint="--max-bytes")
    return int(number) * SIZE_UNITS.get(unit, 1)


# The options the commands share, declared once (as sqlite-utils' ``output_options``).
FormatOption = Annotated[Optional[Format], typer.Option("--format", "-f", help="Output format (default: table on a terminal, else csv; or from -o's extension). parquet needs -o FILE and pyarrow (pip install 'statx[parquet]').")]
OutputOption = Annotated[Optional[str], typer.Option("--output", "-o", help="Write to FILE (format from its extension: .csv .tsv .json .jsonl .parquet .txt).")]
ExcelOption = Annotated[bool, typer.Option("--excel", help="Start CSV or TSV output with a UTF-8 byte-order mark so Excel shows Cyrillic right.")]
DataPackageOption = Annotated[bool, typer.Option("--datapackage", help="Also describe the CSV or TSV file -o names in datapackage.json beside it (Frictionless: each column's type and meaning, the primary key).")]
HtmlOption = Annotated[Optional[str], typer.Option("--html", help="Also write a self-contained HTML page to FILE.")]
MaxBytesOption = Annotated[str, typer.Option("--max-bytes", help="Skip files larger than this many bytes (or with K, M or G: KiB, MiB, GiB).")]
MaxClaimsOption = Annotated[Optional[int], typer.Option("--max-claims", min=1, help="Skip a document with more than this many numbers that may be claims (default: no limit).")]
JobsOption = Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Extract in N processes (default: one per core); the order is the same as with one.")]
GlobOption = Annotated[Optional[List[str]], typer.Option("--glob", "-g", help="File name patterns to read in folders (default: " + " ".join(DEFAULT_GLOBS) + ").")]
LangOption = Annotated[Lang, typer.Option("--lang", help="Language of the documents.")]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show a traceback when statx itself fails.")]
EncodingOption = Annotated[Optional[str], typer.Option("--encoding", help="Read every file in this encoding (e.g. cp1251, koi8-r, utf-16) instead of detecting it.", callback=parse_encoding)]
DocDateOption = Annotated[Optional[str], typer.Option("--doc-date", help="The documents' date (YYYY-MM-DD), whatever else dates them.")]
DatesOption = Annotated[Optional[str], typer.Option("--dates", help="A CSV or TSV with a file column (path or file name; a corpus row's id) and a date column: each document's date, over one its source or text gives.")]
InputFormatOption = Annotated[InputFormat, typer.Option("--input-format", help="What every input is (default: told by its content and name).")]
TextColumnOption = Annotated[Optional[str], typer.Option("--text-column", help="Corpus files: the column of the text (default: the first of text, content, body).")]
IdColumnOption = Annotated[Optional[str], typer.Option("--id-column", help="Corpus files: the column of the document's id, its `doc` (default: id, url or path; else FILE#N).")]
DateColumnOption = Annotated[Optional[str], typer.Option("--date-column", help="Corpus files: the column of the document's date (default: date, published, published_at, pubdate, ...).")]
KeepOption = Annotated[Optional[str], typer.Option("--keep", help="Comma-separated columns to add after the claim's: corpus columns (url,title,outlet) and cue_start (a subtitle cue's start time).")]
SynonymsOption = Annotated[Optional[str], typer.Option("--synonyms", "-s", help="A file of more synonym groups: one per line, phrases separated by '=' (it crimes = cybercrimes).")]
