"""statx on the command line: a thin layer over the library.

Exit codes: 0 every input was read; 1 some inputs were skipped (their rows are missing, every
other row was written) or the output could not be written; 2 usage error (bad option or
argument); 3 statx itself failed."""
from __future__ import annotations

import contextlib
import signal
import sys
import traceback
from typing import Annotated, Iterator, List, Optional

import typer

from .cli_coercion import Command, Group
from .cli_output import EXIT_BUG, EXIT_INTERRUPTED, EXIT_OK, EXIT_SKIPPED, CONTROLS, check_output, choose_format, open_output, open_rows, say
from .cli_options import (DataPackageOption, DateColumnOption, DatesOption, DebugOption, DocDateOption, EncodingOption,
                          ExcelOption, FormatOption, GlobOption, HtmlOption, IdColumnOption, InputFormat, InputFormatOption,
                          JobsOption, KeepOption, Lang, LangOption, MaxBytesOption, MaxClaimsOption, OutputOption, SynonymsOption,
                          TextColumnOption, DEFAULT_SIZE, parse_columns, parse_date, parse_dates, parse_names, parse_size)
from .io import export
from .claim import COLUMNS
from .io.read import DEFAULT_GLOBS, DEFAULT_MAX_BYTES, ReadError


app = typer.Typer(
    cls=Group,
    add_completion=False,
    no_args_is_help=True,
    help="Extract numeric statistical claims (value, unit, year, subject, speaker) from documents.\n\n"
         "Exit codes: 0 all inputs read; 1 some inputs skipped (reported on stderr, other rows still "
         "written) or the output not written; 2 usage error; 3 statx itself failed (--debug shows where).",
)


def _version(value: bool) -> None:
    if value:
        from . import __version__

        print(f"statx {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _commands(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show statx's version and exit.")] = False,
) -> None:
    """Extract numeric statistical claims (value, unit, year, subject, speaker) from documents."""


class Problems:
    """Counts (and keeps) the inputs that could not be read and reports each on one line of stderr."""

    def __init__(self) -> None:
        self.count = 0
        self.errors: list[ReadError] = []

    def __call__(self, err: ReadError) -> None:
        self.count += 1
        self.errors.append(err)
        say(f"{err.path.translate(CONTROLS)}: {err.reason.translate(CONTROLS)}")

    def exit_code(self, done: int | None = None) -> int:
        """EXIT_SKIPPED when anything was skipped, else EXIT_OK. ``done`` is how many documents
        (and rows that could not be read) were done with: when every one of them was skipped,
        stderr also says that nothing was read."""
        if done is not None and self.count > 1 and done == self.count:
            say("nothing was read: every input was skipped")
        return EXIT_SKIPPED if self.count else EXIT_OK


@contextlib.contextmanager
def reporting(debug: bool) -> Iterator[None]:
    """A failure of statx itself inside a command: one line on stderr (the traceback too with
    ``debug``) and exit code 3."""
    try:
        yield
    except (typer.Exit, typer.Abort, typer.TyperException):
        raise
    except Exception as exc:  # noqa: BLE001 - the last line of defence for a command-line user
        if debug:
            traceback.print_exception(exc)
        say(f"internal error: {type(exc).__name__}: {exc}" + ("" if debug else " (run again with --debug for details)"))
        raise typer.Exit(EXIT_BUG) from None


@app.command(cls=Command)
def extract(
    paths: List[str] = typer.Argument(..., help="Files, folders (searched recursively) or - for stdin."),
    fmt: FormatOption = None,
    output: OutputOption = None,
    glob: GlobOption = None,
    doc_date: DocDateOption = None,
    dates: DatesOption = None,
    lang: LangOption = Lang.auto,
    input_format: InputFormatOption = InputFormat.auto,
    text_column: TextColumnOption = None,
    id_column: IdColumnOption = None,
    date_column: DateColumnOption = None,
    keep: KeepOption = None,
    encoding: EncodingOption = None,
    max_bytes: MaxBytesOption = DEFAULT_SIZE,
    max_claims: MaxClaimsOption = None,
    columns: Optional[str] = typer.Option(None, "--columns", "-c", help="Comma-separated columns to write (default: all; for the table: " + ",".join(export.TABLE_COLUMNS) + ")."),
    excel: ExcelOption = False,
    datapackage: DataPackageOption = False,
    debug: DebugOption = False,
    jobs: JobsOption = None,
    explain: bool = typer.Option(False, "--explain", help="Add a column 'why' naming the rules that gave each row's direction, year and subject, and list on stderr every number that is not a claim with the rule that says so."),
) -> None:
    """Write one row per numeric claim in the documents under PATHS.

    Documents are texts, web pages, subtitles, and the rows of corpus files (CSV, TSV, JSON Lines, Parquet).

    A path or corpus row that cannot be read is reported on stderr as "statx: PATH: reason" and skipped.

    Exit code: 0 every input read; 1 some skipped (all other rows written) or the output not
    written; 2 usage error; 3 statx itself failed."""
    from .io.corpus import Columns
    from .parallel import cores
    from .pipeline import extract_rows
    from .progress import bar

    chosen = choose_format(fmt, output)
    check_output(chosen, output, datapackage)
    kept = parse_names(keep)
    cols = parse_columns(columns, (export.TABLE_COLUMNS if chosen == "table" else COLUMNS) + kept, kept) + (("why",) if explain else ())
    date, table = parse_date(doc_date), parse_dates(dates)
    size = parse_size(max_bytes)
    problems = Problems()
    done = [0]  # documents done with
    globs = glob or DEFAULT_GLOBS
    # A bar on stderr, unless rows go to the same terminal.
    show = sys.stderr.isatty() and ((bool(output) and output != "-") or not sys.stdout.isatty())
    with reporting(debug), bar(paths, globs, show) as advance, open_rows(output, chosen, cols, excel, datapackage) as writer:
        def finished(path: str) -> None:  # counted, so that a run where nothing was read can say so
            done[0] += 1
            if advance is not None:
                advance(path)

        options = dict(globs=globs, doc_date=date, dates=table, lang=lang.value, encoding=encoding, max_bytes=size,
                       input_format=input_format.value, columns=Columns(text_column, id_column, date_column, kept),
                       on_error=problems, max_claims=max_claims)
        if explain:
            _write_explained(writer, paths, **options)
        else:
            for row in extract_rows(paths, jobs=jobs or cores(), on_document=finished, **options):
                writer.write(row)
        writer.close()
    raise typer.Exit(problems.exit_code(None if explain else done[0]))


def _table_check(command: str):
    """For load_claims: a claim table that lacks a column ``command`` needs is refused (a ReadError,
    so reported and skipped); one that lacks a column it can do without gets a warning."""
    from .compare.figures import missing_columns

    def check(name: str, columns: frozenset[str]) -> None:
        refused, warned = missing_columns(columns, command)
        if refused:
            raise ReadError(name, "; ".join(refused) + " (write the table with every column)")
        for warning in warned:
            say(f"{name.translate(CONTROLS)}: {warning}")

    return check


def _write_explained(writer, paths: List[str], **options) -> None:
    """Rows with a ``why`` column, and on stderr the numbers that are not claims, each with its rule."""
    from .pipeline import explain_paths

    for found in explain_paths(paths, **options):
        for (claim, why), extra in zip(found.claims, found.extra or [{}] * len(found.claims)):
            writer.write({**claim.as_dict(), **extra, "why": "; ".join(why)})
        for d in found.dropped:
            say(f"{found.doc.translate(CONTROLS)}:{d.start}: {d.text!r} is not a claim ({d.rule})")


@app.command(cls=Command)
def text(
    path: str = typer.Argument(..., help="A file (text, web page, subtitles or corpus file) or - for stdin."),
    doc_id: Optional[str] = typer.Option(None, "--id", help="Corpus files: only the document with this id (its `doc`), printed exactly."),
    input_format: InputFormatOption = InputFormat.auto,
    text_column: TextColumnOption = None,
    id_column: IdColumnOption = None,
    encoding: EncodingOption = None,
    debug: DebugOption = False,
) -> None:
    """Print the text statx reads from FILE, exactly as the offsets of `statx extract` index it.

    For a web page, the main text found in it; for subtitles, the file with cue numbers, timestamps and markup blanked; for a corpus file, each document after a line "=== doc: ID ===" (or one document, as it is, with --id).

    Exit code: 0 read; 1 the file (or a row, or --id) could not be read; 2 usage error."""
    from .io.corpus import Columns
    from .io.sources import Reading, texts

    reading = Reading(input_format.value, encoding, DEFAULT_MAX_BYTES, Columns(text_column, id_column))
    problems = Problems()
    with reporting(debug), open_output(None) as out:
        for piece in texts(path, reading, doc_id):
            if isinstance(piece, ReadError):
                problems(piece)
            else:
                out.write(piece)
    raise typer.Exit(problems.exit_code())


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


@app.command(cls=Command)
def diff(
    old: str = typer.Argument(..., help="The earlier side: a document, a folder of documents, a claim table written by `statx extract` (CSV, JSON Lines or JSON), or - for stdin."),
    new: str = typer.Argument(..., help="The later side, as OLD."),
    synonyms: SynonymsOption = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    glob: GlobOption = None,
    doc_date: DocDateOption = None,
    dates: DatesOption = None,
    lang: LangOption = Lang.auto,
    excel: ExcelOption = False,
    datapackage: DataPackageOption = False,
    html: HtmlOption = None,
    debug: DebugOption = False,
) -> None:
    """Show which claims changed between OLD and NEW, and which are found on one side only.

    Claims that measure the same thing are paired: the same kind of unit (a level or a change) and the same subject after normalisation and synonyms. Repeats within a side make one row that lists all their sources. Values of changes carry their sign: "fell by 5%" is -5.

    status: unchanged (same year, same value), revised (same year, another value), other_year (a figure of another year), only_old, only_new. delta is NEW - OLD, in percentage points (delta_unit pp, no delta_pct) for percentages.

    A claim table without a direction column is refused (falls would look like levels); one without year, value_to or sentence is read with a warning.

    Exit code: 0 every input read; 1 some skipped (all other rows written) or the output not
    written; 2 usage error; 3 statx itself failed."""
    from .compare.diff import DIFF_COLUMNS, DIFF_TABLE_COLUMNS, ONLY_NEW, ONLY_OLD, pair
    from .io.readback import load_claims

    if old == new == "-":
        raise typer.BadParameter("only one side can be read from stdin", param_hint="OLD NEW")
    chosen = choose_format(fmt, output)
    check_output(chosen, output, datapackage)
    subjects = _subjects(synonyms)
    date, table = parse_date(doc_date), parse_dates(dates)
    problems = Problems()
    with reporting(debug):
        # Claims read back from a table without a sentence column, and without a subject, say nothing of
        # what they measure: they are left out (the check warns), or they would all pair with each other.
        old_claims, new_claims = ([c for c in load_claims([path], globs=glob or DEFAULT_GLOBS, lang=lang.value,
                                                          on_error=problems, check=_table_check("diff"),
                                                          doc_date=date, dates=table)
                                   if c.subject or c.sentence]
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


@app.command(cls=Command)
def series(
    paths: List[str] = typer.Argument(..., help="Documents, folders of documents, claim tables written by `statx extract` (CSV, JSON Lines or JSON), or - for stdin."),
    subject: Optional[str] = typer.Option(None, "--subject", help="Only the series of this subject (compared after normalisation and synonyms)."),
    unit: Optional[str] = typer.Option(None, "--unit", help="Only the series in this unit (count, percent, pp, times, RUB, kg, ...)."),
    synonyms: SynonymsOption = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    glob: GlobOption = None,
    doc_date: DocDateOption = None,
    dates: DatesOption = None,
    lang: LangOption = Lang.auto,
    excel: ExcelOption = False,
    datapackage: DataPackageOption = False,
    html: HtmlOption = None,
    debug: DebugOption = False,
) -> None:
    """Show every subject's values ordered by year, across documents.

    One row per subject, unit and year, with the values, qualifiers and sources; values that disagree in one year stand side by side. Claims without a year come last in their series; claims without a subject are left out. On a terminal, a bar chart follows each series (falls to the left of the zero line).

    A claim table without a direction or year column is refused; one without value_to is read with a warning.

    Exit code: 0 every input read; 1 some skipped (all other rows written) or the output not
    written; 2 usage error; 3 statx itself failed."""
    from .compare.chart import chart
    from .compare.series import SERIES_COLUMNS, SERIES_TABLE_COLUMNS, series as build
    from .io.readback import load_claims

    chosen = choose_format(fmt, output)
    check_output(chosen, output, datapackage)
    subjects = _subjects(synonyms)
    date, table = parse_date(doc_date), parse_dates(dates)
    problems = Problems()
    with reporting(debug):
        claims = list(load_claims(paths, globs=glob or DEFAULT_GLOBS, lang=lang.value, on_error=problems,
                                  check=_table_check("series"), doc_date=date, dates=table))
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


@app.command(cls=Command)
def report(
    paths: List[str] = typer.Argument(..., help="Documents, folders (searched recursively), claim tables written by `statx extract`, or - for stdin."),
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Write the page to FILE (default: stdout, unless that is a terminal).")] = None,
    title: str = typer.Option("statx report", "--title", help="The page's title."),
    glob: GlobOption = None,
    doc_date: DocDateOption = None,
    lang: LangOption = Lang.auto,
    encoding: EncodingOption = None,
    max_bytes: MaxBytesOption = DEFAULT_SIZE,
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
    date = parse_date(doc_date)
    size = parse_size(max_bytes)
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
    except KeyboardInterrupt:   # Ctrl-C as a command ends, past the handling inside it: the same exit code
        signal.signal(signal.SIGINT, signal.SIG_IGN)   # (and no second one kills the interpreter on its way out)
        sys.exit(EXIT_INTERRUPTED)
    except Exception as exc:  # noqa: BLE001 - the last line of defence for a command-line user
        say(f"internal error: {type(exc).__name__}: {exc}")
        sys.exit(EXIT_BUG)
