"""Where the command line writes: the format asked for or told by ``-o``'s extension, stdout or the
file ``-o`` names (written whole or not at all, temporary files removed on signals), and one line on
stderr for each message. The exit codes are cli.py's."""
from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from enum import Enum
from typing import IO, Iterator, Optional

import typer

from .io import export, output as output_file, sink

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3
EXIT_INTERRUPTED = 130   # Ctrl-C, as a shell reports it


class Format(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    jsonl = "jsonl"
    parquet = "parquet"


# Control characters in a file name, written as escapes so that each report stays one line.
CONTROLS = {c: f"\\x{c:02x}" for c in [*range(0x20), 0x7F]}


def say(message: str) -> None:
    print(f"statx: {message}", file=sys.stderr, flush=True)


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
def open_output(output: Optional[str], excel: bool = False, binary: bool = False) -> Iterator[IO]:
    """stdout, or the file ``-o`` names (see :func:`statx.io.output.open_file`: a regular file is
    replaced only when complete, anything else is written in place; a signal removes the temporary
    file, see :func:`removed_on_signals`). ``excel`` starts the output with a UTF-8 byte-order
    mark; ``binary`` opens a file for bytes (Parquet). When the reader goes away (``| head``), the
    run ends quietly with exit code 0; when the output cannot be written, with one line on stderr
    naming it and exit code 1."""
    to_stdout = not output or output == "-"
    try:
        if to_stdout:
            out = output_file.Guarded(sys.stdout, "stdout")
            if excel:
                out.write("\ufeff")
            yield out
            out.flush()
        else:
            with removed_on_signals() as temporaries, \
                    output_file.open_file(output, "utf-8-sig" if excel else "utf-8", temporaries, binary) as out:
                yield out
                if temporaries.interrupted:
                    raise KeyboardInterrupt   # a Ctrl-C that a finalizer swallowed: the output is not replaced
    except BrokenPipeError:
        _quiet_stdout()
        raise typer.Exit(EXIT_OK) from None
    except output_file.OutputError as err:
        if to_stdout:
            _quiet_stdout()
        say(f"{err.path.translate(CONTROLS)}: {err.reason}")
        raise typer.Exit(EXIT_SKIPPED) from None


def _quiet_stdout() -> None:
    """Send what stdout still holds nowhere, so that exiting prints no "Exception ignored"."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


AGAIN = 0.01   # seconds after a Ctrl-C that a finalizer swallowed to send it again


class Temporaries(set):
    """The names of temporary files, and whether Ctrl-C came while they were written."""

    interrupted = False


@contextlib.contextmanager
def removed_on_signals() -> Iterator[Temporaries]:
    """A set for the names of temporary files. While the block runs, SIGINT, SIGTERM and SIGHUP
    remove the files it names at once; then SIGINT stops the run as Ctrl-C does (exit code 130)
    and the others end the process, and its workers, by the same signal. The previous handlers
    come back after; a signal that was ignored (nohup) stays ignored. A Ctrl-C that lands in a
    finalizer, where Python drops the exception, is sent again and marks ``interrupted``, and Python's
    report of the dropped one is not printed; after one, SIGINT is ignored while the run ends. Only the command
    line installs these."""
    temporaries = Temporaries()

    def handler(signum: int, frame) -> None:
        for name in list(temporaries):
            with contextlib.suppress(OSError):
                os.unlink(name)
        if signum == signal.SIGINT:
            temporaries.interrupted = True
            if frame is not None and frame.f_code.co_name == "__del__":   # raised in a finalizer, the exception is
                again = threading.Timer(AGAIN, resend, (signum,))            # lost: the signal comes again after it
                again.daemon = True
                again.start()
            raise KeyboardInterrupt
        workers = sys.modules.get("multiprocessing")
        with contextlib.suppress(Exception):  # --jobs: end the workers too (on Linux they end anyway)
            for child in workers.active_children() if workers else ():
                child.terminate()
        if sys.stderr.isatty():
            sys.stderr.write("\x1b[?25h")  # show the cursor a progress bar hid
            sys.stderr.flush()
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    def resend(signum: int) -> None:   # (only while this handler is in place: not once the run has ended)
        if signal.getsignal(signum) is handler:
            os.kill(os.getpid(), signum)

    def unraisable(hook_args) -> None:   # the Ctrl-C a finalizer swallowed is no error to print: it comes again
        if not (temporaries.interrupted and isinstance(hook_args.exc_value, KeyboardInterrupt)):
            hooked(hook_args)

    previous = {}
    hooked = sys.unraisablehook
    if threading.current_thread() is threading.main_thread():
        for signum in _SIGNALS:
            if signal.getsignal(signum) in (signal.SIG_DFL, signal.default_int_handler):
                previous[signum] = signal.signal(signum, handler)
        sys.unraisablehook = unraisable
    try:
        yield temporaries
    finally:   # (after a Ctrl-C the run is ending: another, or the one sent again, must not kill it on its way out)
        for signum, old in previous.items():
            signal.signal(signum, signal.SIG_IGN if temporaries.interrupted and signum == signal.SIGINT else old)
        if sys.unraisablehook is unraisable:
            sys.unraisablehook = hooked


def check_output(chosen: str, output: Optional[str], datapackage: bool = False) -> None:
    """Usage errors of the output (exit code 2), found before any work."""
    from .io import parquet

    try:
        sink.check(chosen, output, datapackage)
    except parquet.MissingPyarrow as exc:
        say(str(exc))
        raise typer.Exit(EXIT_USAGE) from None
    except sink.OptionError as exc:
        raise typer.BadParameter(str(exc), param_hint=exc.option) from None


def open_rows(output: Optional[str], chosen: str, columns, excel: bool = False, datapackage: bool = False, console=None):
    """sink.open_rows, saying where the data package was written."""
    return sink.open_rows(open_output, output, chosen, columns, excel, datapackage, console,
                          on_described=lambda path: say(f"described in {path}"))
