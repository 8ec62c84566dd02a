"""Where a command's rows go: stdout, or a file written whole or not at all; the writer of each
format (Parquet too) and the data package beside a table; and the checks an output must pass
before any work is done. Nothing here prints: the command line says what happened."""
from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from typing import IO, Callable, Iterator, Sequence

from . import datapackage as package, export, parquet


class OutputError(ValueError):
    """An output that cannot be written as asked; ``option`` names the option at fault."""

    def __init__(self, option: str, message: str):
        super().__init__(message)
        self.option = option


class ReaderGone(Exception):
    """The reader of stdout went away (``| head``): there is nobody to write to."""


def check(chosen: str, output: str | None, datapackage: bool = False) -> None:
    """Raise OutputError when the output cannot be written as asked (Parquet and --datapackage
    need a file; --datapackage a CSV or TSV one, in a folder whose datapackage.json statx can add
    to), and parquet.MissingPyarrow for Parquet without pyarrow."""
    to_file = bool(output) and output != "-"
    if chosen == "parquet" and not to_file:
        raise OutputError("--format", "Parquet is a binary file: name it with -o FILE.parquet")
    if chosen == "parquet":
        parquet.require()
    if datapackage and (chosen not in ("csv", "tsv") or not to_file):
        raise OutputError("--datapackage", "it describes a CSV or TSV file: use it with -o FILE.csv or -o FILE.tsv")
    if datapackage:
        try:
            package.check(output)
        except ValueError as exc:
            raise OutputError("--datapackage", str(exc)) from None


@contextlib.contextmanager
def open_output(output: str | None, excel: bool = False, binary: bool = False) -> Iterator[IO]:
    """stdout, or a file written to a temporary name in its folder and renamed when complete, so
    an interrupted run never leaves a half-written table in place of a good one; the file keeps
    the permissions of the one it replaces. ``excel`` starts the output with a UTF-8 byte-order
    mark; ``binary`` opens the file for bytes. A broken pipe on stdout raises ReaderGone."""
    if not output or output == "-":
        try:
            if excel:
                sys.stdout.write("\ufeff")
            yield sys.stdout
            sys.stdout.flush()
        except BrokenPipeError:
            raise ReaderGone() from None
        return
    folder = os.path.dirname(os.path.abspath(output))
    fd, tmp = tempfile.mkstemp(prefix=".statx-", suffix=".tmp", dir=folder)
    try:
        with (os.fdopen(fd, "wb") if binary else
              os.fdopen(fd, "w", encoding="utf-8-sig" if excel else "utf-8", errors="replace", newline="")) as fh:
            os.fchmod(fh.fileno(), _mode(output))
            yield fh
        os.replace(tmp, output)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _mode(path: str) -> int:
    """The permissions of the file at ``path``, or those a new file gets (mkstemp's are 0600)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


@contextlib.contextmanager
def open_rows(output: str | None, chosen: str, columns: Sequence[str], excel: bool = False,
              datapackage: bool = False, console=None,
              on_described: Callable[[str], None] | None = None) -> Iterator:
    """A writer of rows in the format ``chosen`` to ``output`` (as open_output); the caller
    closes it. With ``datapackage``, datapackage.json is then written beside the file and its
    path given to ``on_described``."""
    if chosen == "parquet":
        with open_output(output, binary=True) as out:
            yield parquet.ParquetWriter(out, columns)
        return
    bom = excel and chosen in ("csv", "tsv")
    keys = package.Keys(columns)
    with open_output(output, bom) as out:
        writer = export.Writer(out, chosen, columns, console)
        yield package.KeyedWriter(writer, keys) if datapackage else writer
    if datapackage:
        path = package.write(output, columns, chosen, keys.primary_key, bom)
        if on_described is not None:
            on_described(path)
