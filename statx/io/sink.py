"""The writer of each output format (Parquet too) and the data package beside a table, and the
checks an output must pass before any work is done. Where the rows go (stdout, or a file written
whole or not at all) is the opener's business: see ``output.open_file``. Nothing here prints."""
from __future__ import annotations

import contextlib
from typing import IO, Callable, ContextManager, Iterator, Sequence

from . import datapackage as package, export, parquet


class OptionError(ValueError):
    """An output that cannot be written as asked; ``option`` names the option at fault."""

    def __init__(self, option: str, message: str):
        super().__init__(message)
        self.option = option


def check(chosen: str, output: str | None, datapackage: bool = False) -> None:
    """Raise OptionError when the output cannot be written as asked (Parquet and --datapackage
    need a file; --datapackage a CSV or TSV one, in a folder whose datapackage.json statx can add
    to), and parquet.MissingPyarrow for Parquet without pyarrow."""
    to_file = bool(output) and output != "-"
    if chosen == "parquet" and not to_file:
        raise OptionError("--format", "Parquet is a binary file: name it with -o FILE.parquet")
    if chosen == "parquet":
        parquet.require()
    if datapackage and (chosen not in ("csv", "tsv") or not to_file):
        raise OptionError("--datapackage", "it describes a CSV or TSV file: use it with -o FILE.csv or -o FILE.tsv")
    if datapackage:
        try:
            package.check(output)
        except ValueError as exc:
            raise OptionError("--datapackage", str(exc)) from None


@contextlib.contextmanager
def open_rows(opener: Callable[..., ContextManager[IO]], output: str | None, chosen: str, columns: Sequence[str],
              excel: bool = False, datapackage: bool = False, console=None,
              on_described: Callable[[str], None] | None = None) -> Iterator:
    """A writer of rows in the format ``chosen`` to ``output``, opened by ``opener(output, excel,
    binary)``; the caller closes it. With ``datapackage``, datapackage.json is then written beside
    the file and its path given to ``on_described``."""
    if chosen == "parquet":
        with opener(output, binary=True) as out:
            yield parquet.ParquetWriter(out, columns)
        return
    bom = excel and chosen in ("csv", "tsv")
    keys = package.Keys(columns)
    with opener(output, bom) as out:
        writer = export.Writer(out, chosen, columns, console)
        yield package.KeyedWriter(writer, keys) if datapackage else writer
    if datapackage:
        path = package.write(output, columns, chosen, keys.primary_key, bom)
        if on_described is not None:
            on_described(path)
