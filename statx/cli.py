"""statx on the command line: a thin layer over the library.

Exit codes: 0 every input was read; 1 some inputs were skipped (their rows are missing, every
other row was written); 2 usage error (bad option or argument)."""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
import tempfile
from enum import Enum
from typing import IO, Iterator, List, Optional

import typer

from . import export
from .claim import COLUMNS
from .read import DEFAULT_GLOBS, DEFAULT_MAX_BYTES, ReadError

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Extract numeric statistical claims (value, unit, year, subject, speaker) from documents.\n\n"
         "Exit codes: 0 all inputs read; 1 some inputs skipped (reported on stderr, other rows still "
         "written); 2 usage error.",
)


@app.callback()
def _commands() -> None:
    """Extract numeric statistical claims (value, unit, year, subject, speaker) from documents."""


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


class Lang(str, Enum):
    auto = "auto"
    en = "en"
    ru = "ru"


class Problems:
    """Counts and reports the inputs that could not be read."""

    def __init__(self, debug: bool = False):
        self.count = 0
        self.debug = debug

    def __call__(self, err: ReadError) -> None:
        self.count += 1
        say(f"{err.path}: {err.reason}")


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


@contextlib.contextmanager
def open_output(output: Optional[str], excel: bool = False) -> Iterator[IO[str]]:
    """stdout, or a file written to a temporary name in its folder and renamed when complete, so
    an interrupted run never leaves a half-written table in place of a good one."""
    if not output or output == "-":
        if excel:
            sys.stdout.write("\ufeff")
        yield sys.stdout
        return
    folder = os.path.dirname(os.path.abspath(output))
    fd, tmp = tempfile.mkstemp(prefix=".statx-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig" if excel else "utf-8", newline="") as fh:
            yield fh
        os.replace(tmp, output)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="Files, folders (searched recursively) or - for stdin."),
    fmt: Optional[Format] = typer.Option(None, "--format", "-f", help="Output format [default: table on a terminal, else csv; or from -o's extension]."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write to FILE (format from its extension: .csv .json .jsonl .txt)."),
    glob: Optional[List[str]] = typer.Option(None, "--glob", "-g", help="File name patterns to read in folders [default: *.txt *.md *.text]."),
    doc_date: Optional[str] = typer.Option(None, "--doc-date", help="The documents' date (YYYY-MM-DD), instead of the one found in each text."),
    lang: Lang = typer.Option(Lang.auto, "--lang", help="Language of the documents."),
    encoding: Optional[str] = typer.Option(None, "--encoding", help="Read every file in this encoding instead of detecting it."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Skip files larger than this.", min=1),
    columns: Optional[str] = typer.Option(None, "--columns", "-c", help="Comma-separated columns to write [default: all; for the table: " + ",".join(export.TABLE_COLUMNS) + "]."),
    excel: bool = typer.Option(False, "--excel", help="Start CSV output with a UTF-8 byte-order mark so Excel shows Cyrillic right."),
    debug: bool = typer.Option(False, "--debug", help="Show a traceback when statx itself fails."),
) -> None:
    """Write one row per numeric claim in the documents under PATHS."""
    from .pipeline import extract_paths

    chosen = choose_format(fmt, output)
    cols = _columns(columns, export.TABLE_COLUMNS if chosen == "table" else COLUMNS)
    date = _date(doc_date)
    problems = Problems(debug)
    claims = extract_paths(paths, globs=glob or DEFAULT_GLOBS, doc_date=date, lang=lang.value,
                           encoding=encoding, max_bytes=max_bytes, on_error=problems)
    with open_output(output, excel and chosen == "csv") as out:
        writer = export.Writer(out, chosen, cols)
        for row in export.rows(claims, COLUMNS):
            writer.write(row)
        writer.close()
    raise typer.Exit(EXIT_SKIPPED if problems.count else EXIT_OK)


def main() -> None:
    """Console entry point: run the app, end quietly on a closed pipe, hide tracebacks unless --debug."""
    if not sys.stdout.isatty():
        with contextlib.suppress(AttributeError, ValueError):
            sys.stdout.reconfigure(encoding="utf-8")
    try:
        code = app(standalone_mode=False)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_OK)
    except KeyboardInterrupt:
        say("interrupted")
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:  # noqa: BLE001 - the last line of defence for a command-line user
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if isinstance(exc, click.exceptions.Abort):
            sys.exit(130)
        if "--debug" in sys.argv:
            raise
        say(f"internal error: {type(exc).__name__}: {exc} (run again with --debug for details)")
        sys.exit(3)
    sys.exit(code if isinstance(code, int) else EXIT_OK)
