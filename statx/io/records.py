"""CSV and TSV records read from a stream as they come, fields of any length.

Python's ``csv`` module refuses fields over ``csv.field_size_limit()`` (128 KiB), and raising
that limit changes it for the whole process; an article in a corpus file is often longer. This
reader follows RFC 4180 (fields in double quotes may hold delimiters, line breaks and doubled
quotes) and, like ``csv``'s default dialect, keeps a stray quote inside an unquoted field as
text and text after a closing quote as part of the field."""
from __future__ import annotations

import re
from typing import Iterator, TextIO

CHUNK = 1 << 16  # characters read at a time


class Record(list):
    """The fields of one record; ``line`` is the line it starts on (1 is the first), ``oversize``
    is true when it held more than the limit given to ``records`` (its fields are then dropped)."""

    line: int = 0
    oversize: bool = False


def records(stream: TextIO, delimiter: str = ",", limit: int | None = None) -> Iterator[Record]:
    """The records of ``stream`` (opened with ``newline=""``), blank lines skipped. A record of
    more than ``limit`` characters is returned empty with ``oversize`` set, so that memory stays
    bounded whatever the file holds."""
    return _Reader(stream, delimiter, limit).run()


class _Reader:
    """A state machine over chunks of text: at the start of a field, in an unquoted field, in a
    quoted field, or just after a quote inside a quoted field."""

    def __init__(self, stream: TextIO, delimiter: str, limit: int | None):
        self.stream, self.delimiter, self.limit = stream, delimiter, limit
        self.stop = re.compile("[" + re.escape(delimiter) + "\r\n]")
        self.line = 1            # the line the reader is on
        self.fields: list[str] = []
        self.pieces: list[str] = []
        self.size = 0            # characters in the record so far
        self.start = 1           # the line the record started on
        self.cr = False          # the last character was a carriage return

    def run(self) -> Iterator[Record]:
        state = "start"
        while chunk := self.stream.read(CHUNK):
            i = 0
            if self.cr:
                self.cr = False
                if chunk[0] == "\n":
                    i = 1
            while i < len(chunk):
                state, i, done = self._step(state, chunk, i)
                if done is not None:
                    yield done
        if state != "start" or self.fields:  # the last record has no line end
            self._close_field()
            done = self._end_record()
            if done is not None:
                yield done

    def _step(self, state: str, s: str, i: int) -> tuple[str, int, Record | None]:
        """Consume part of ``s`` from ``i``: the new state and position, and a finished record."""
        if state == "start":
            if s[i] == '"':
                return "quoted", i + 1, None
            state = "plain"
        if state == "plain":
            m = self.stop.search(s, i)
            if m is None:
                self._add(s[i:])
                return "plain", len(s), None
            self._add(s[i:m.start()])
            return self._after_field(s, m.start())
        if state == "quoted":
            j = s.find('"', i)
            piece = s[i:] if j < 0 else s[i:j]
            self.line += piece.count("\n")
            self._add(piece)
            return ("quoted", len(s), None) if j < 0 else ("quote", j + 1, None)
        # "quote": after a quote inside a quoted field
        if s[i] == '"':
            self._add('"')
            return "quoted", i + 1, None
        if s[i] == self.delimiter or s[i] in "\r\n":
            return self._after_field(s, i)
        return "plain", i, None

    def _after_field(self, s: str, i: int) -> tuple[str, int, Record | None]:
        """At a delimiter or a line end that closes a field."""
        self._close_field()
        c = s[i]
        if c == self.delimiter:
            return "start", i + 1, None
        i += 1
        if c == "\r":
            if i == len(s):
                self.cr = True
            elif s[i] == "\n":
                i += 1
        self.line += 1
        return "start", i, self._end_record()

    def _add(self, piece: str) -> None:
        self.size += len(piece)
        if self.limit is None or self.size <= self.limit:
            self.pieces.append(piece)

    def _close_field(self) -> None:
        self.fields.append("".join(self.pieces))
        self.pieces = []

    def _end_record(self) -> Record | None:
        """The finished record (None for a blank line), and a fresh one begun."""
        record = Record(self.fields)
        record.line, record.oversize = self.start, self.limit is not None and self.size > self.limit
        if record.oversize:
            record.clear()
        self.fields, self.pieces, self.size, self.start = [], [], 0, self.line
        if record == [""] and not record.oversize:
            return None
        return record
