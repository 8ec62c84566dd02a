"""statx on the command line: a thin layer over the library.

Exit codes: 0 every input was read; 1 some inputs were skipped (their rows are missing, every
other row was written); 2 usage error (bad option or argument); 3 statx itself failed."""
from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import os
import sys
import traceback
from enum import Enum
from typing import Annotated, Iterator, List, Optional

import typer

from .io import export, sink
from .io.sink import open_output
from .claim import COLUMNS
from .io.read import DEFAULT_GLOBS, DEFAULT_MAX_BYTES, ReadError

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Extract numeric statistical claims (value, unit, year, subject, speaker) from documents.\n\n"
         "Exit codes: 0 all inputs read; 1 some inputs skipped (reported on stderr, other rows still "
         "written); 2 usage error; 3 statx itself failed (--debug shows where).",
)


@app.callback()
def _commands() -> None:
    """Extract numeric statistical claims (value, unit, year, subject, speaker) from documents."""


class Format(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    jsonl = "jsonl"
    parquet = "parquet"


class Lang(str, Enum):
    auto = "auto"
    en = "en"
    ru = "ru"


class Problems:
    """Counts (and keeps) the inputs that could not be read and reports each on one line of stderr."""

    def __init__(self) -> None:
        self.count = 0
        self.errors: list[ReadError] = []

    def __call__(self, err: ReadError) -> None:
        self.count += 1
        self.errors.append(err)
        say(f"{err.path.translate(_CONTROLS)}: {err.reason}")


# Control characters in a file name, written as escapes so that each report stays one line.
_CONTROLS = {c: f"\\x{c:02x}" for c in [*range(0x20), 0x7F]}


def say(message: str) -> None:
    print(f"statx: {message}", file=sys.stderr, flush=True)


def _date(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _columns(value: Optional[str], default: tuple[str, ...]) -> tuple[str, ...]:
    if not value:
        return default
    cols = tuple(c.strip() for c in value.split(",") if c.strip())
    unknown = [c for c in cols if c not in COLUMNS]
    if unknown:
        raise typer.BadParameter(f"unknown column(s) {', '.join(unknown)}; columns are: {', '.join(COLUMNS)}")
    return cols


def _encoding(value: Optional[str]) -> Optional[str]:
    if value is not None:
        try:
            codecs.lookup(value)
        except LookupError:
            raise typer.BadParameter(f"unknown encoding {value!r}") from None
    return value


_SIZE_UNITS = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
_DEFAULT_SIZE = f"{DEFAULT_MAX_BYTES >> 20}M"


def _size(value: str) -> int:
    """Bytes from "1000000", "500K", "10M" or "1G"."""
    text = value.strip().upper()
    unit = text[-1:] if text[-1:] in _SIZE_UNITS else ""
    number = text[:len(text) - len(unit)]
    if not (number.isascii() and number.isdigit()) or int(number) == 0:
        raise typer.BadParameter(f"{value!r} is not a size such as 1000000, 500K or 10M", param_hint="--max-bytes")
    return int(number) * _SIZE_UNITS.get(unit, 1)


def choose_format(fmt: Optional[Format], output: Optional[str]) -> str:
    """The format asked for, else the one the output file's extension names, else a table on a
    terminal and CSV anywhere else."""
    if fmt is not None:
        return fmt.value
    if output and output != "-":
        ext = os.path.splitext(output)[1].lower()
        if ext not in export.EXTENSIONS:
            raise typer.BadParameter(f"cannot tell the format from {output!r}; use --format", param_hint="--output")
        return export.EXTENSIONS[ext]
    return "table" if sys.stdout.isatty() else "csv"


def check_output(chosen: str, output: Optional[str], datapackage: bool = False) -> None:
    """Usage errors of the output (exit code 2), found before any work."""
    from .io import parquet

    try:
        sink.check(chosen, output, datapackage)
    except parquet.MissingPyarrow as exc:
        say(str(exc))
        raise typer.Exit(EXIT_USAGE) from None
    except sink.OutputError as exc:
        raise typer.BadParameter(str(exc), param_hint=exc.option) from None


def open_rows(output: Optional[str], chosen: str, columns, excel: bool = False, datapackage: bool = False, console=None):
    """sink.open_rows, saying where the data package was written."""
    return sink.open_rows(output, chosen, columns, excel, datapackage, console,
                          on_described=lambda path: say(f"described in {path}"))


# The options the commands share, declared once (as sqlite-utils' ``output_options``).
FormatOption = Annotated[Optional[Format], typer.Option("--format", "-f", help="Output format (default: table on a terminal, else csv; or from -o's extension). parquet needs -o FILE and pyarrow (pip install 'statx[parquet]').")]
OutputOption = Annotated[Optional[str], typer.Option("--output", "-o", help="Write to FILE (format from its extension: .csv .tsv .json .jsonl .parquet .txt).")]
ExcelOption = Annotated[bool, typer.Option("--excel", help="Start CSV or TSV output with a UTF-8 byte-order mark so Excel shows Cyrillic right.")]
DataPackageOption = Annotated[bool, typer.Option("--datapackage", help="Also describe the CSV or TSV file -o names in datapackage.json beside it (Frictionless: each column's type and meaning, the primary key).")]
HtmlOption = Annotated[Optional[str], typer.Option("--html", help="Also write a self-contained HTML page to FILE.")]
DocDateOption = Annotated[Optional[str], typer.Option("--doc-date", help="The documents' date (YYYY-MM-DD), instead of the one found in each text.")]
EncodingOption = Annotated[Optional[str], typer.Option("--encoding", help="Read every file in this encoding (e.g. cp1251, koi8-r, utf-16) instead of detecting it.", callback=_encoding)]
MaxBytesOption = Annotated[str, typer.Option("--max-bytes", help="Skip files larger than this many bytes (or with K, M or G: KiB, MiB, GiB).")]
JobsOption = Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Extract in N processes (default: one per core); the order is the same as with one.")]
GlobOption = Annotated[Optional[List[str]], typer.Option("--glob", "-g", help="File name patterns to read in folders (default: *.txt *.md *.text).")]
LangOption = Annotated[Lang, typer.Option("--lang", help="Language of the documents.")]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show a traceback when statx itself fails.")]
SynonymsOption = Annotated[Optional[str], typer.Option("--synonyms", "-s", help="A file of more synonym groups: one per line, phrases separated by '=' (it crimes = cybercrimes).")]


@contextlib.contextmanager
def reporting(debug: bool) -> Iterator[None]:
    """A failure of statx itself inside a command: one line on stderr (the traceback too with
    ``debug``) and exit code 3."""
    try:
        yield
    except (typer.Exit, typer.Abort, typer.TyperException):
        raise
    except sink.ReaderGone:
        # Send what is still buffered nowhere, so that exiting prints no "Exception ignored".
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None
    except Exception as exc:  # noqa: BLE001 - the last line of defence for a command-line user
        if debug:
            traceback.print_exception(exc)
        say(f"internal error: {type(exc).__name__}: {exc}" + ("" if debug else " (run again with --debug for details)"))
        raise typer.Exit(EXIT_BUG) from None


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="Files, folders (searched recursively) or - for stdin."),
    fmt: FormatOption = None,
    output: OutputOption = None,
    glob: GlobOption = None,
    doc_date: DocDateOption = None,
    lang: LangOption = Lang.auto,
    encoding: EncodingOption = None,
    max_bytes: MaxBytesOption = _DEFAULT_SIZE,
    columns: Optional[str] = typer.Option(None, "--columns", "-c", help="Comma-separated columns to write (default: all; for the table: " + ",".join(export.TABLE_COLUMNS) + ")."),
    excel: ExcelOption = False,
    datapackage: DataPackageOption = False,
    debug: DebugOption = False,
    jobs: JobsOption = None,
    explain: bool = typer.Option(False, "--explain", help="Add a column 'why' naming the rules that gave each row's direction, year and subject, and list on stderr every number that is not a claim with the rule that says so."),
) -> None:
    """Write one row per numeric claim in the documents under PATHS.

    A path that cannot be read is reported on stderr as "statx: PATH: reason" and skipped.

    Exit code: 0 every input read; 1 some skipped (all other rows written); 2 usage error;
    3 statx itself failed."""
    from .parallel import cores
    from .pipeline import extract_paths
    from .progress import bar

    chosen = choose_format(fmt, output)
    check_output(chosen, output, datapackage)
    cols = _columns(columns, export.TABLE_COLUMNS if chosen == "table" else COLUMNS) + (("why",) if explain else ())
    date = _date(doc_date)
    size = _size(max_bytes)
    problems = Problems()
    globs = glob or DEFAULT_GLOBS
    # A bar on stderr, unless rows go to the same terminal.
    show = sys.stderr.isatty() and ((bool(output) and output != "-") or not sys.stdout.isatty())
    with reporting(debug), bar(paths, globs, show) as advance, open_rows(output, chosen, cols, excel, datapackage) as writer:
        if explain:
            _write_explained(writer, paths, globs=globs, doc_date=date, lang=lang.value, encoding=encoding,
                             max_bytes=size, on_error=problems)
        else:
            claims = extract_paths(paths, globs=globs, doc_date=date, lang=lang.value, encoding=encoding,
                                   max_bytes=size, on_error=problems, jobs=jobs or cores(), on_document=advance)
            for row in export.rows(claims, COLUMNS):
                writer.write(row)
        writer.close()
    raise typer.Exit(EXIT_SKIPPED if problems.count else EXIT_OK)


def _write_explained(writer, paths: List[str], **options) -> None:
    """Rows with a ``why`` column, and on stderr the numbers that are not claims, each with its rule."""
    from .pipeline import explain_paths

    for found in explain_paths(paths, **options):
        for claim, why in found.claims:
            writer.write({**claim.as_dict(), "why": "; ".join(why)})
        for d in found.dropped:
            say(f"{found.doc.translate(_CONTROLS)}:{d.start}: {d.text!r} is not a claim ({d.rule})")


def _subjects(synonyms: Optional[str]):
    """Subject keys with the built-in synonyms, and the groups in the file ``synonyms`` names."""
    from .compare.keys import Subjects, parse_synonyms

    if synonyms is None:
        return Subjects()
    try:
        with open(synonyms, encoding="utf-8") as fh:
            groups = parse_synonyms(fh.read())
    except (OSError, ValueError) as exc:
        reason = exc.strerror.lower() if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise typer.BadParameter(f"{synonyms}: {reason}", param_hint="--synonyms") from None
    return Subjects(groups)


@app.command()
def diff(
    old: str = typer.Argument(..., help="The earlier side: a document, a folder of documents, a claim table written by `statx extract` (CSV, JSON Lines or JSON), or - for stdin."),
    new: str = typer.Argument(..., help="The later side, as OLD."),
    synonyms: SynonymsOption = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    glob: GlobOption = None,
    lang: LangOption = Lang.auto,
    excel: ExcelOption = False,
    datapackage: DataPackageOption = False,
    html: HtmlOption = None,
    debug: DebugOption = False,
) -> None:
    """Show which claims changed between OLD and NEW, and which are found on one side only.

    Claims that measure the same thing are paired: the same kind of unit (a level or a change) and the same subject after normalisation and synonyms. Repeats within a side make one row that lists all their sources. Values of changes carry their sign: "fell by 5%" is -5.

    Exit code: 0 every input read; 1 some skipped (all other rows written); 2 usage error;
    3 statx itself failed."""
    from .compare.diff import DIFF_COLUMNS, DIFF_TABLE_COLUMNS, ONLY_NEW, ONLY_OLD, pair
    from .io.readback import load_claims

    if old == new == "-":
        raise typer.BadParameter("only one side can be read from stdin", param_hint="OLD NEW")
    chosen = choose_format(fmt, output)
    check_output(chosen, output, datapackage)
    subjects = _subjects(synonyms)
    problems = Problems()
    with reporting(debug):
        old_claims, new_claims = (list(load_claims([path], globs=glob or DEFAULT_GLOBS, lang=lang.value, on_error=problems))
                                  for path in (old, new))
        pairs = pair(old_claims, new_claims, subjects)
        # The table writer starts a new table, titled by the row's "doc", where that changes.
        titles = {ONLY_OLD: f"only in {old}", ONLY_NEW: f"only in {new}"}
        cols = DIFF_TABLE_COLUMNS if chosen == "table" else DIFF_COLUMNS
        with open_rows(output, chosen, cols, excel, datapackage) as writer:
            for p in pairs:
                writer.write({**p.row(), "doc": titles.get(p.status, f"{old} -> {new}")})
            writer.close()
        if html:
            from .io.diffpage import write_diff_page

            with open_output(html) as out:
                write_diff_page(out, pairs, old, new)
    raise typer.Exit(EXIT_SKIPPED if problems.count else EXIT_OK)


@app.command()
def series(
    paths: List[str] = typer.Argument(..., help="Documents, folders of documents, claim tables written by `statx extract` (CSV, JSON Lines or JSON), or - for stdin."),
    subject: Optional[str] = typer.Option(None, "--subject", help="Only the series of this subject (compared after normalisation and synonyms)."),
    unit: Optional[str] = typer.Option(None, "--unit", help="Only the series in this unit (count, percent, pp, times, RUB, kg, ...)."),
    synonyms: SynonymsOption = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    glob: GlobOption = None,
    lang: LangOption = Lang.auto,
    excel: ExcelOption = False,
    datapackage: DataPackageOption = False,
    html: HtmlOption = None,
    debug: DebugOption = False,
) -> None:
    """Show every subject's values ordered by year, across documents.

    One row per subject, unit and year, with the values, qualifiers and sources; values that disagree in one year stand side by side. Claims without a year come last in their series; claims without a subject are left out. On a terminal, a bar chart follows each series.

    Exit code: 0 every input read; 1 some skipped (all other rows written); 2 usage error;
    3 statx itself failed."""
    from .compare.chart import chart
    from .compare.series import SERIES_COLUMNS, SERIES_TABLE_COLUMNS, series as build
    from .io.readback import load_claims

    chosen = choose_format(fmt, output)
    check_output(chosen, output, datapackage)
    subjects = _subjects(synonyms)
    problems = Problems()
    with reporting(debug):
        claims = list(load_claims(paths, globs=glob or DEFAULT_GLOBS, lang=lang.value, on_error=problems))
        found = build(claims, subjects, subject, unit)
        unnamed = sum(1 for c in claims if not subjects.key(c.subject))
        if unnamed:
            say(f"{unnamed} claim(s) without a subject left out")
        if not found and (subject or unit):
            say("no series matches --subject/--unit")
        charts = chosen == "table" and (not output or output == "-") and sys.stdout.isatty()
        cols = SERIES_TABLE_COLUMNS if chosen == "table" else SERIES_COLUMNS
        with open_rows(output, chosen, cols, excel, datapackage) as writer:
            # The table writer starts a new table, titled by the row's "doc", where that changes.
            for s in found:
                for row in s.rows():
                    writer.write({**row, "doc": s.title})
                if charts:
                    writer.close()  # the table so far; the next row starts a new one
                    writer.console.print(chart(s))
            writer.close()
        if html:
            from .io.seriespage import write_series_page

            with open_output(html) as out:
                write_series_page(out, found)
    raise typer.Exit(EXIT_SKIPPED if problems.count else EXIT_OK)


@app.command()
def report(
    paths: List[str] = typer.Argument(..., help="Documents, folders (searched recursively), claim tables written by `statx extract`, or - for stdin."),
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Write the page to FILE (default: stdout, unless that is a terminal).")] = None,
    title: str = typer.Option("statx report", "--title", help="The page's title."),
    glob: GlobOption = None,
    doc_date: DocDateOption = None,
    lang: LangOption = Lang.auto,
    encoding: EncodingOption = None,
    max_bytes: MaxBytesOption = _DEFAULT_SIZE,
    debug: DebugOption = False,
    jobs: JobsOption = None,
) -> None:
    """Write one self-contained HTML page for reviewing the claims: each document's text with every claim marked (its row on hover or click), and a table of all claims to sort and filter, each row linked to its place in the text.

    Claim tables hold no full text: their claims are marked in their sentences. The page loads nothing from the network and opens from a file.

    Exit code: 0 every input read; 1 some skipped (listed at the end of the page); 2 usage error;
    3 statx itself failed."""
    from .io.report import load_sources, write_report
    from .parallel import cores
    from .progress import bar

    if (not output or output == "-") and sys.stdout.isatty():
        raise typer.BadParameter("the report is an HTML page: write it to a file with -o report.html", param_hint="--output")
    date = _date(doc_date)
    size = _size(max_bytes)
    problems = Problems()
    globs = glob or DEFAULT_GLOBS
    with reporting(debug), bar(paths, globs, sys.stderr.isatty()) as advance, open_output(output) as out:
        sources = load_sources(paths, globs=globs, doc_date=date, lang=lang.value, encoding=encoding, max_bytes=size,
                               on_error=problems, jobs=jobs or cores(), on_document=advance)
        write_report(out, sources, title, problems.errors)
    raise typer.Exit(EXIT_SKIPPED if problems.count else EXIT_OK)


def main() -> None:
    """Console entry point: run the app; a failure outside a command is one line on stderr and
    exit code 3 (each command reports its own, with a traceback under --debug)."""
    with contextlib.suppress(AttributeError, ValueError):
        if sys.stdout.isatty():
            sys.stdout.reconfigure(errors="replace")
        else:
            sys.stdout.reconfigure(encoding="utf-8", errors="replace", newline="")
    try:
        app()
    except Exception as exc:  # noqa: BLE001 - the last line of defence for a command-line user
        say(f"internal error: {type(exc).__name__}: {exc}")
        sys.exit(EXIT_BUG)
