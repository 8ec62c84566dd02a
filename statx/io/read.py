"""Read stage: find the documents under the paths given and decode them, keeping the text as it is."""
from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import errno
import fnmatch
import math
import os
import stat
import string
import sys
from typing import Iterable, Iterator

from .errors import PathError

DEFAULT_GLOBS = ("*.txt", "*.md", "*.text", "*.html", "*.htm", "*.srt", "*.vtt")
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
# What an input may be (io/sources.py reads each; "auto" tells them by content and name).
INPUT_FORMATS = ("auto", "text", "html", "srt", "vtt", "csv", "tsv", "jsonl", "parquet")


@dataclasses.dataclass(frozen=True)
class Document:
    """A decoded document: ``name`` is its path as given (``-`` for stdin), or its id in a corpus
    file. What its source says outside the text: ``date`` (a corpus file's date column, a web
    page's publication date), ``turns`` (offset, speaker) that open speaker turns (a subtitle's
    names and voice tags), ``cues`` (offset, start time) of subtitle cues, and ``extra``, the
    (column, value) pairs of a corpus row that its rows carry."""

    name: str
    text: str
    date: dt.date | None = None
    turns: tuple[tuple[int, str], ...] = ()
    cues: tuple[tuple[int, str], ...] = ()
    extra: tuple[tuple[str, str], ...] = ()


class ReadError(PathError):
    """A path that could not be read as a text document ("notes/a.txt: binary file (contains NUL bytes)")."""


def path_list(paths: Iterable[str | os.PathLike]) -> list[str]:
    """``paths`` as a list of str. Each item is a str or an os.PathLike (``pathlib.Path``); one
    bare path (a str, bytes or Path) is refused with TypeError, as it is not a list of paths."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        raise TypeError(f"expected a list of paths, got one path: write [{paths!r}]")
    out = []
    for path in paths:
        path = os.fspath(path) if isinstance(path, os.PathLike) else path
        if not isinstance(path, str):
            raise TypeError(f"a path must be a str or an os.PathLike, not {type(path).__name__}: {path!r}")
        out.append(path)
    return out


def iter_paths(paths: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS) -> Iterator[str | ReadError]:
    """Files named directly, then the files under each folder (recursively, sorted) whose names
    match one of ``globs``. Problems come back as ReadError items, in order, so the caller can go on."""
    globs = tuple(globs)
    for path in paths:
        if path == "-":
            yield path
            continue
        try:
            st = os.stat(path)
        except OSError as exc:
            yield ReadError(path, _why(exc, path))
            continue
        yield from _walk(path, globs) if stat.S_ISDIR(st.st_mode) else [path]


def _why(exc: OSError, path: str) -> str:
    """The reason an OSError gives, in lower case, naming broken links and link loops."""
    if exc.errno == errno.ENOENT and os.path.lexists(path):
        return "broken symbolic link"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    return (exc.strerror or str(exc)).lower()


def _walk(top: str, globs: tuple[str, ...]) -> Iterator[str | ReadError]:
    """Regular files under ``top`` matching ``globs``. A folder reached twice through links is
    read once; a link back to a folder above it is reported as a loop."""
    seen: set[tuple[int, int]] = set()

    def walk(folder: str, above: frozenset[tuple[int, int]]) -> Iterator[str | ReadError]:
        try:
            st = os.stat(folder)
            key = (st.st_dev, st.st_ino)
            if key in above:
                yield ReadError(folder, "symbolic link loop (links back to a folder above it)")
                return
            if key in seen:
                return
            seen.add(key)
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield ReadError(folder, _why(exc, folder))
            return
        for entry in entries:
            path = os.path.join(folder, entry.name)
            try:
                if entry.is_dir():
                    yield from walk(path, above | {key})
                    continue
                if not any(fnmatch.fnmatch(entry.name, g) for g in globs):
                    continue
                regular = stat.S_ISREG(os.stat(path).st_mode)
            except OSError as exc:
                yield ReadError(path, _why(exc, path))
                continue
            yield path if regular else ReadError(path, "not a regular file")

    found = False
    for item in walk(top, frozenset()):
        found = True
        yield item
    if not found:
        yield ReadError(top, f"no file matches {' '.join(globs)} (--glob picks others)")


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, or of stdin for ``-``; raises ReadError when there are more than ``max_bytes``."""
    too_big = ReadError(path, f"larger than the size limit of {max_bytes} bytes (--max-bytes)")
    try:
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            with open(path, "rb") as fh:
                if os.fstat(fh.fileno()).st_size > max_bytes:
                    raise too_big
                data = fh.read(max_bytes + 1)
    except IsADirectoryError:
        raise ReadError(path, "is a directory") from None
    except OSError as exc:
        raise ReadError(path, _why(exc, path)) from None
    if len(data) > max_bytes:
        raise too_big
    return data


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# The control bytes that text does not hold (as the `file` command judges): those below space but
# BEL..CR, ^Z (the DOS end-of-file mark) and ESC; and DEL.
_BINARY_BYTES = bytes([*range(0x07), *range(0x0E, 0x1A), *range(0x1C, 0x20), 0x7F])
# The encodings English and Russian text is saved in when it is not Unicode.
LEGACY_ENCODINGS = ("cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5", "cp1252")


def decode(data: bytes, encoding: str | None = None) -> str:
    """Text from bytes: in ``encoding`` when given; else by byte-order mark (damaged bytes become
    U+FFFD), as UTF-16 without one, as UTF-8, or in the legacy encoding detected. Raises
    ValueError with the reason when the bytes are not text; with ``encoding``,
    UnicodeDecodeError when they are not in it and LookupError when it is unknown."""
    if encoding:
        return data.decode(encoding).removeprefix("\ufeff")
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, "replace")
    if b"\x00" in data:
        text = _utf16_unmarked(data)
        if text is None:
            raise ValueError("binary file (contains NUL bytes)")
        return text
    if (len(data) - len(data.translate(None, _BINARY_BYTES))) * 100 > len(data):
        raise ValueError("binary file (control characters)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _damaged_utf8(data) or data.decode(_legacy(data))


def stream_encoding(head: bytes, encoding: str | None = None) -> str:
    """The encoding to read a stream in, judged as ``decode`` judges whole files from its first
    bytes ``head``: ``encoding`` when given; else by byte-order mark, UTF-16 without one, UTF-8
    (a character cut at the end of ``head`` is no fault), or the legacy encoding detected.
    Raises ValueError with the reason when the bytes are not text."""
    if encoding:
        return encoding
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    if b"\x00" in head:
        even = len(head) - len(head) % 2
        if _utf16_unmarked(head[:even]) is None:
            raise ValueError("binary file (contains NUL bytes)")
        return "utf-16-le" if head[1:even:2].count(0) else "utf-16-be"
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"
    return "utf-8" if _damaged_utf8(head) else _legacy(head)


def _utf16_unmarked(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark: every NUL byte on the same side of the byte pairs,
    in at least a quarter of them (English and Russian text has that many spaces, digits and
    marks), decoding to text free of control characters."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if (even and odd) or max(even, odd) * 8 < len(data):
        return None
    try:
        text = data.decode("utf-16-le" if odd else "utf-16-be")
    except UnicodeDecodeError:
        return None
    raw = text.encode("latin-1", "ignore")  # the characters below U+0100, where controls are
    return None if len(raw) != len(raw.translate(None, _BINARY_BYTES)) else text


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 with a few bad bytes (a dump cut mid-character, a stray byte), the bad bytes as
    U+FFFD: when valid multi-byte characters outnumber them. Legacy text has hardly any."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    wide = len(text) - len(text.encode("ascii", "ignore")) - bad
    return text if wide > bad else None


def _legacy(data: bytes) -> str:
    """The legacy encoding charset-normalizer finds among LEGACY_ENCODINGS; it often mistakes
    short Russian text, so Windows-1251 against KOI8-R is settled by _russian."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    name = best.encoding if best is not None else None
    if name in (None, "cp1251", "koi8_r"):
        name = _russian(data) or name
    if name is None:
        raise ValueError("not text in any known encoding")
    return name


_ASCII_LETTERS = string.ascii_letters.encode()
# How often each Russian letter occurs in Russian text, per 10,000 letters.
_RUSSIAN_LETTERS = {
    "о": 1097, "е": 845, "а": 801, "и": 735, "н": 670, "т": 626, "с": 547, "р": 473, "в": 454,
    "л": 440, "к": 349, "м": 321, "д": 298, "п": 281, "у": 262, "я": 201, "ы": 190, "ь": 174,
    "г": 170, "з": 165, "б": 159, "ч": 144, "й": 121, "х": 97, "ж": 94, "ш": 73, "ю": 64,
    "ц": 48, "щ": 36, "э": 32, "ф": 26, "ъ": 4, "ё": 4,
}
_LOG_FREQ = {ch: math.log(n / 10_000) for ch, n in _RUSSIAN_LETTERS.items()}
_SAMPLE = 1 << 16


def _russian(data: bytes) -> str | None:
    """Which of "cp1251" and "koi8_r" reads the bytes (their first 64 KiB) as Russian letters
    closer to Russian letter frequencies; None when neither reads them as mostly Russian letters."""
    sample = data[:_SAMPLE]
    latin = len(sample) - len(sample.translate(None, _ASCII_LETTERS))
    best, best_score = None, -math.inf
    for name in ("cp1251", "koi8_r"):
        try:
            text = sample.decode(name).lower()
        except UnicodeDecodeError:
            continue
        counts = {ch: text.count(ch) for ch in _LOG_FREQ}
        letters = sum(counts.values())
        if letters == 0 or letters < latin:
            continue
        score = sum(n * _LOG_FREQ[ch] for ch, n in counts.items()) / letters
        if score > best_score:
            best, best_score = name, score
    return best


def read_document(path: str, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read and decode one document; raises ReadError with the reason when that fails."""
    return Document(path, decode_text(path, read_bytes(path, max_bytes), encoding))


def decode_text(path: str, data: bytes, encoding: str | None = None) -> str:
    """``decode`` for the bytes of the file at ``path``; raises ReadError with the reason."""
    try:
        return decode(data, encoding)
    except UnicodeDecodeError as exc:
        bad = exc.object[exc.start:exc.start + 1].hex()
        raise ReadError(path, f"cannot decode as {exc.encoding} (byte 0x{bad} at offset {exc.start})") from None
    except LookupError:
        raise ReadError(path, f"unknown encoding {encoding!r}") from None
    except ValueError as exc:
        raise ReadError(path, str(exc)) from None
