"""Where output goes: a regular file is replaced in one step when complete; anything else (a
pipe, a device, /dev/stdout, a shell's ``>(...)``) is written where it is, never replaced."""
from __future__ import annotations

import contextlib
import os
import stat
from typing import IO, Iterator

from .errors import PathError

TEMPORARY_PREFIX, TEMPORARY_SUFFIX = ".statx-", ".tmp"


class OutputError(PathError):
    """The output could not be written; ``path`` is the name the user gave."""


def why(exc: OSError) -> str:
    """"cannot write: " and the reason an OSError gives, in lower case."""
    return "cannot write: " + (exc.strerror or str(exc)).lower()


class Guarded:
    """A text stream whose write errors raise OutputError naming the user's path (a closed pipe
    stays BrokenPipeError, so that the caller can end quietly)."""

    def __init__(self, stream: IO[str], path: str):
        self._stream, self._path = stream, path

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(self._path, why(exc)) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(self._path, why(exc)) from None

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


@contextlib.contextmanager
def open_file(path: str, encoding: str = "utf-8", temporaries: set[str] | None = None,
              binary: bool = False) -> Iterator[IO]:
    """A text stream (``binary``: a byte stream) to ``path``, complete there only when the block
    ends without an exception.

    A regular file, or a name not taken yet, is written to a temporary file in its folder (links
    followed to the file they name) that replaces it at the end: an interrupted run leaves the
    previous file as it was. The new file gets the old one's mode and owner, or the umask's mode.
    This process's open descriptors (/dev/stdout, /dev/fd/N, /proc/self/fd/N) are written as they
    are; anything else (a FIFO, a device) is opened and written in place. Every failure raises
    OutputError naming ``path``. The temporary file's name is in ``temporaries`` (when given)
    while it exists, so that a signal handler can remove it."""
    temporaries = set() if temporaries is None else temporaries
    tmp = target = None
    try:
        number = _descriptor(path)
        if number is not None:
            fd = os.dup(number)
        else:
            target = os.path.realpath(path)
            st = _stat(target)
            if st is None or stat.S_ISREG(st.st_mode):
                if st is not None:  # a file the user may not write is not replaced either
                    os.close(os.open(target, os.O_WRONLY | os.O_CLOEXEC))
                fd, tmp = _temporary(target, st, temporaries)
            else:
                fd = os.open(path, os.O_WRONLY | os.O_CLOEXEC)
        fh = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding=encoding, errors="replace", newline="")
    except OSError as exc:
        raise OutputError(path, why(exc)) from None
    try:
        yield Guarded(fh, path)
        try:
            fh.flush()
            if tmp is not None:
                os.fsync(fh.fileno())
            fh.close()
            if tmp is not None:
                os.replace(tmp, target)
                temporaries.discard(tmp)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(path, why(exc)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            fh.close()
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            temporaries.discard(tmp)
        raise


def _descriptor(path: str) -> int | None:
    """N when ``path`` names this process's open descriptor N, through any links (bash's
    ``>(...)`` is /dev/fd/63; /dev/stdout links to /proc/self/fd/1); else None."""
    own = f"/proc/{os.getpid()}/fd"
    hop = os.path.abspath(path)
    for _ in range(40):  # the kernel's limit on links followed
        folder, name = os.path.split(hop)
        if name.isdigit() and os.path.realpath(folder) == own:
            return int(name)
        try:
            hop = os.path.join(folder, os.readlink(hop))
        except OSError:  # not a link
            return None
    return None


def _stat(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None


def _temporary(target: str, st: os.stat_result | None, temporaries: set[str]) -> tuple[int, str]:
    """A new file beside ``target``, open for writing: with the mode and owner of ``st`` (the file
    it will replace) when there is one, else 0666 less the umask (which the kernel applies). Its
    name is added to ``temporaries`` before it is created, so it is never there unnamed."""
    folder = os.path.dirname(target)
    for _ in range(100):
        tmp = os.path.join(folder, f"{TEMPORARY_PREFIX}{os.urandom(6).hex()}{TEMPORARY_SUFFIX}")
        temporaries.add(tmp)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
        except FileExistsError:
            temporaries.discard(tmp)
            continue
        except OSError:
            temporaries.discard(tmp)
            raise
        if st is not None:
            with contextlib.suppress(OSError):  # only root may give a file to another user
                os.fchown(fd, st.st_uid, st.st_gid)
            with contextlib.suppress(OSError):  # after chown, which clears set-id bits
                os.fchmod(fd, stat.S_IMODE(st.st_mode))
        return fd, tmp
    raise FileExistsError(17, "File exists")
