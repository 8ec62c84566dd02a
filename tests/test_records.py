"""The CSV record reader of corpus files: RFC 4180 as Python's csv module reads it, fields of any
length, line numbers, and records over the size limit dropped, not held."""
from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from statx.io import records as records_module
from statx.io.records import records


def read(text: str, delimiter: str = ",", limit: int | None = None) -> list[tuple[int, bool, list[str]]]:
    return [(r.line, r.oversize, list(r)) for r in records(io.StringIO(text, newline=""), delimiter, limit)]


@pytest.mark.parametrize("text, expected", [
    ("a,b\n1,2\n", [(1, False, ["a", "b"]), (2, False, ["1", "2"])]),
    ("a,b\r\n1,2\r\n", [(1, False, ["a", "b"]), (2, False, ["1", "2"])]),
    ('a,b\n"x, y","he said ""hi"""\n', [(1, False, ["a", "b"]), (2, False, ["x, y", 'he said "hi"'])]),
    ('id,text\n1,"two\nlines"\n2,three\n', [(1, False, ["id", "text"]), (2, False, ["1", "two\nlines"]), (4, False, ["2", "three"])]),
    ("a,b\n\n1,2", [(1, False, ["a", "b"]), (3, False, ["1", "2"])]),            # a blank line; no final line break
    ("a,,\n,\n", [(1, False, ["a", "", ""]), (2, False, ["", ""])]),
    ('x,"ab"c,d\n', [(1, False, ["x", "abc", "d"])]),                           # text after a closing quote, as csv reads it
    ('x,a"b,c\n', [(1, False, ["x", 'a"b', "c"])]),                             # a quote inside an unquoted field is text
    ("a,b\n1,2,", [(1, False, ["a", "b"]), (2, False, ["1", "2", ""])]),
    ('"a\r\nb",c\r\nd,e', [(1, False, ["a\r\nb", "c"]), (3, False, ["d", "e"])]),  # CRLF inside a field is kept
])
def test_records(text, expected):
    assert read(text) == expected


def test_tab_separated():
    assert read('id\ttext\n1\t"a\tb"\n', "\t") == [(1, False, ["id", "text"]), (2, False, ["1", "a\tb"])]


def test_a_field_longer_than_the_csv_module_allows():
    body = "Exports rose by 4 percent. " * 20_000          # 540,000 characters
    assert len(body) > 131072                              # the csv module's default field_size_limit
    text = f'id,text\n1,"{body}"\n2,short\n'
    got = read(text)
    assert [r[2] for r in got] == [["id", "text"], ["1", body], ["2", "short"]]


def test_a_record_over_the_limit_is_dropped_and_the_next_read():
    text = 'id,text\n1,"' + "x" * 5000 + '\nmore"\n2,fine\n'
    assert read(text, limit=100) == [(1, False, ["id", "text"]), (2, True, []), (4, False, ["2", "fine"])]


@pytest.mark.parametrize("chunk", [1, 2, 3, 7])
def test_records_split_across_reads(monkeypatch, chunk):
    monkeypatch.setattr(records_module, "CHUNK", chunk)
    text = 'id,text\r\n1,"a ""quoted"" word,\r\nand a line"\r\n2,b\r\n'
    assert read(text) == [(1, False, ["id", "text"]), (2, False, ["1", 'a "quoted" word,\r\nand a line']), (4, False, ["2", "b"])]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(['a', 'é', ' ', ',', '"', '\n', '\r\n', '\r']), max_size=40).map("".join),
       st.sampled_from([1, 3, 1 << 16]))
def test_same_records_as_the_csv_module(text, chunk):
    """Whatever the text, the records csv.reader gives (its one-empty-field records are blank lines here)."""
    try:
        expected = [r for r in csv.reader(io.StringIO(text, newline="")) if r and r != [""]]
    except csv.Error:
        return
    old = records_module.CHUNK
    records_module.CHUNK = chunk
    try:
        assert [r[2] for r in read(text)] == expected
    finally:
        records_module.CHUNK = old
