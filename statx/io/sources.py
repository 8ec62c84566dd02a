"""Where documents come from, and how each kind is read: files of text, web pages, subtitles,
and corpus files whose rows are documents. ``items`` turns the paths given into units of work
(small and picklable, for worker processes); ``load`` reads a file a unit names."""
from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import io
import os
import stat
import zlib
from typing import Iterable, Iterator

from . import corpus
from .corpus import Columns
from .dates import Dates
from .html import is_page, read_page
from .read import DEFAULT_GLOBS, DEFAULT_MAX_BYTES, INPUT_FORMATS, Document, ReadError, decode_text, iter_paths, read_bytes
from .subtitles import is_subtitles, read_subtitles

DOCUMENT_FORMATS = ("text", "html", "srt", "vtt")
assert INPUT_FORMATS == ("auto", *DOCUMENT_FORMATS, *corpus.FORMATS)
_BY_EXTENSION = {".html": "html", ".htm": "html", ".xhtml": "html", ".srt": "srt", ".vtt": "vtt"}


@dataclasses.dataclass(frozen=True)
class Reading:
    """How documents are read: ``input_format`` (one of INPUT_FORMATS; "auto" tells each file
    by its content and name), the encoding (None: detected), the size limit of a document, and
    the columns of corpus files."""

    input_format: str = "auto"
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    columns: Columns = Columns()


@dataclasses.dataclass(frozen=True)
class Item:
    """One unit of work: the file ``source`` to be read by whoever extracts it, or a document
    read already (a corpus row, stdin); ``date`` is the date given from outside (--doc-date,
    --dates), ``problem`` why the source or row cannot be read."""

    source: str
    document: Document | None = None
    date: dt.date | None = None
    problem: str | None = None


def items(paths: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS, reading: Reading = Reading(),
          doc_date: dt.date | None = None, dates: Dates | None = None) -> Iterator[Item]:
    """The units of work for the documents under ``paths``, in order. A date given from outside
    wins: ``doc_date`` first, then the date ``dates`` gives the document's name (a corpus row's
    id, a file's path or name); the worker falls back on a date the source gives itself."""
    def outside(name: str) -> dt.date | None:
        return doc_date or (dates.get(name) if dates else None)

    for path in iter_paths(paths, globs):
        if isinstance(path, ReadError):
            yield Item(path.path, problem=path.reason)
            continue
        try:
            yield from _items_of(path, reading, outside)
        except ReadError as err:
            yield Item(path, problem=err.reason)


def _items_of(path: str, reading: Reading, outside) -> Iterator[Item]:
    fmt = reading.input_format
    piped = path == "-" or not _regular(path)
    if fmt in DOCUMENT_FORMATS and not piped:
        yield Item(path, date=outside(path))
        return
    stream, head = corpus.open_input(path)
    with stream:
        kind = fmt if fmt in corpus.FORMATS else None if fmt != "auto" else corpus.sniff(path, head, reading.columns)
        if kind is None and not piped:
            yield Item(path, date=outside(path))  # read by the worker, which has the time for it
        elif kind is None:
            data = stream.read(reading.max_bytes + 1)
            if len(data) > reading.max_bytes:
                raise ReadError(path, f"larger than the size limit of {reading.max_bytes} bytes (--max-bytes)")
            yield Item(path, document=load_bytes(path, data, reading), date=outside(path))
        else:
            for row in corpus.rows(path, kind, stream, head, reading.columns, reading.encoding, reading.max_bytes):
                if isinstance(row, ReadError):
                    yield Item(path, problem=row.reason)
                else:
                    yield Item(path, document=row, date=outside(row.name))


def _regular(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True  # let the reader say what is wrong


def load(path: str, reading: Reading = Reading()) -> Document:
    """The document in the file at ``path``: a text, a web page or subtitles. Raises ReadError."""
    return load_bytes(path, read_bytes(path, reading.max_bytes), reading)


def load_bytes(name: str, data: bytes, reading: Reading = Reading()) -> Document:
    """The document in ``data``, the bytes of the file ``name`` (gzip-compressed ones too): a
    web page by its name (.html, .htm) or content, subtitles by their name (.srt, .vtt) or
    content, else a text; ``reading.input_format`` may say which. Raises ReadError."""
    if data.startswith(corpus.GZIP_MAGIC):
        data = _gunzip(name, data, reading.max_bytes)
    fmt = reading.input_format if reading.input_format in DOCUMENT_FORMATS else None
    fmt = fmt or _BY_EXTENSION.get(corpus.extension(name)) or ("html" if is_page(data) else None)
    if fmt == "html":
        return read_page(name, decode_text(name, data, reading.encoding) if reading.encoding else data)
    text = decode_text(name, data, reading.encoding)
    if fmt is None:
        fmt = is_subtitles(text) or "text"
    return read_subtitles(name, text) if fmt in ("srt", "vtt") else Document(name, text)


def _gunzip(name: str, data: bytes, max_bytes: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise ReadError(name, f"cannot read the compressed data: {exc}") from None
    if len(out) > max_bytes:
        raise ReadError(name, f"larger than the size limit of {max_bytes} bytes when decompressed (--max-bytes)")
    return out


def documents(path: str, reading: Reading = Reading()) -> Iterator[Document | ReadError]:
    """Every document in one file (``-`` for stdin), as statx reads it: one for a text, a page
    or subtitles, one a row for a corpus file; a ReadError for a row that cannot be read."""
    for item in _items_of(path, reading, lambda name: None):
        if item.problem is not None:
            yield ReadError(item.source, item.problem)
        else:
            yield item.document if item.document is not None else load(item.source, reading)


def texts(path: str, reading: Reading = Reading(), doc_id: str | None = None) -> Iterator[str | ReadError]:
    """What ``statx text`` prints: the text of a file's one document; each document of a corpus
    file after a line "=== doc: ID ==="; or, with ``doc_id``, that document's text alone (or a
    ReadError saying it is not there). A ReadError for whatever cannot be read."""
    found = skipped = 0
    try:
        for doc in documents(path, reading):
            if isinstance(doc, ReadError):
                skipped += 1
                if doc_id is None:
                    yield doc
            elif doc_id is None:
                yield doc.text if doc.name == path else ("\n" if found else "") + f"=== doc: {doc.name} ===\n{doc.text}\n"
                found += 1
            elif doc.name == doc_id:
                yield doc.text
                return
    except ReadError as err:
        yield err
        return
    if doc_id is not None:
        unread = f" ({skipped} rows could not be read)" if skipped else ""
        yield ReadError(path, f"no document with the id {doc_id!r}{unread}")
