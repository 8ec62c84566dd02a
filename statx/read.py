"""Read stage: find the documents under the paths given and decode them, keeping the text as it is."""
from __future__ import annotations

import codecs
import dataclasses
import fnmatch
import os
import sys
from typing import Iterable, Iterator

DEFAULT_GLOBS = ("*.txt", "*.md", "*.text")
DEFAULT_MAX_BYTES = 256 * 1024 * 1024


@dataclasses.dataclass(frozen=True)
class Document:
    """A decoded document: ``name`` is its path as given (``-`` for stdin)."""

    name: str
    text: str


class ReadError(Exception):
    """A path that could not be read as a text document; ``str()`` is the reason."""

    def __init__(self, path: str, reason: str):
        super().__init__(reason)
        self.path = path
        self.reason = reason


def iter_paths(paths: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS) -> Iterator[str | ReadError]:
    """Files named directly, then the files under each folder (recursively, sorted) whose names
    match one of ``globs``. Problems come back as ReadError items, in order, so the caller can go on."""
    globs = tuple(globs)
    for path in paths:
        if path == "-":
            yield path
        elif os.path.isdir(path):
            yield from _walk(path, globs)
        elif os.path.exists(path):
            yield path
        elif os.path.lexists(path):
            yield ReadError(path, "broken symbolic link")
        else:
            yield ReadError(path, "no such file or directory")


def _walk(top: str, globs: tuple[str, ...]) -> Iterator[str | ReadError]:
    seen: set[tuple[int, int]] = set()

    def walk(folder: str) -> Iterator[str | ReadError]:
        try:
            st = os.stat(folder)
        except OSError as exc:
            yield ReadError(folder, exc.strerror or str(exc))
            return
        if (st.st_dev, st.st_ino) in seen:
            yield ReadError(folder, "symbolic link loop (folder already visited)")
            return
        seen.add((st.st_dev, st.st_ino))
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield ReadError(folder, exc.strerror or str(exc))
            return
        for entry in entries:
            path = os.path.join(folder, entry.name)
            try:
                is_dir = entry.is_dir()
            except OSError as exc:
                yield ReadError(path, exc.strerror or str(exc))
                continue
            if is_dir:
                yield from walk(path)
            elif any(fnmatch.fnmatch(entry.name, g) for g in globs):
                if not os.path.exists(path):
                    yield ReadError(path, "broken symbolic link")
                else:
                    yield path

    yield from walk(top)


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, or of stdin for ``-``."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            with open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
    except IsADirectoryError:
        raise ReadError(path, "is a directory") from None
    except OSError as exc:
        raise ReadError(path, exc.strerror or str(exc)) from None
    if len(data) > max_bytes:
        raise ReadError(path, f"larger than --max-bytes ({max_bytes} bytes)")
    return data


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, encoding: str | None = None) -> str:
    """Text from bytes: ``encoding`` when given, else by byte-order mark, UTF-8, or detection.
    Raises ValueError when the bytes are not text."""
    if encoding:
        return data.decode(encoding)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name)
    if b"\x00" in data:
        raise ValueError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _detect(data)


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("not text in any known encoding")
    return str(best)


def read_document(path: str, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read and decode one document; raises ReadError with the reason when that fails."""
    data = read_bytes(path, max_bytes)
    try:
        text = decode(data, encoding)
    except (UnicodeDecodeError, LookupError, ValueError) as exc:
        raise ReadError(path, f"cannot decode: {exc}") from None
    return Document(path, text)
