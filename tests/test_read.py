"""The read stage: decoding whatever bytes a folder holds, and walking folders that are not tidy."""
from __future__ import annotations

import os
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from statx.io.read import ReadError, _russian, decode, iter_paths, read_document

RUSSIAN = [
    "Инфляция в прошлом году составила 7,4 процента.",
    "Безработица снизилась до 2,9%.",
    "Мы построили 120 школ.",
    "Около миллиона человек.",
    "Зарплаты выросли на 10%.",
    "ВВП вырос на 3,6% в 2023 году.",
    "Цены, увы, выросли вдвое.",
    "Спасибо!",
    "Да.",
    'Ёлки подорожали на 15%. "Это рекорд", - сказал он.',  # KOI8-R has no « » or —
    "Рост ВВП составил 3,6 процента в 2023 году, а реальные доходы населения выросли на 5,4 процента; "
    "число малых предприятий увеличилось на 12 тысяч.\n\nПравительство выделило 156 млрд рублей.",
]
ENGLISH_CP1252 = [
    "The budget rose to €5 billion – about 3% – said the minister’s office.",
    "Revenue hit £12 million, up 4%.",
    "“We grew 5%,” she said.",
    "Café sales rose 10% in 2023.",
]


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
@pytest.mark.parametrize("text", RUSSIAN)
def test_russian_in_legacy_encodings(text, encoding):
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize("text", ENGLISH_CP1252)
def test_english_in_windows_1252(text):
    assert decode(text.encode("cp1252")) == text


@pytest.mark.parametrize("text, encoding, expected", [
    # Short Russian text that charset-normalizer alone reads wrong (as cp1251, or not at all).
    ("Мы построили 120 школ.", "koi8_r", "koi8_r"),
    ("Цены, увы, выросли вдвое.", "koi8_r", "koi8_r"),
    ("Да.", "cp1251", "cp1251"),
    ("Да.", "koi8_r", "koi8_r"),
    ("Безработица снизилась до 2,9%.", "cp1251", "cp1251"),
    # Mostly Latin letters: not Russian, whatever single-byte reading is tried.
    ("Café sales rose 10% in 2023.", "cp1252", None),
    ("Die Arbeitslosigkeit stieg um 3 Prozent für Männer.", "cp1252", None),
])
def test_russian_fallback_prefers_the_likelier_reading(text, encoding, expected):
    assert _russian(text.encode(encoding)) == expected


@pytest.mark.parametrize("data, expected", [
    (b"", ""),
    ("Exports rose 12%.".encode("utf-8"), "Exports rose 12%."),
    ("\ufeffЭкспорт вырос на 12%.".encode("utf-8"), "Экспорт вырос на 12%."),
    ("Экспорт вырос на 12%.".encode("utf-16"), "Экспорт вырос на 12%."),
    ("Экспорт вырос на 12%.".encode("utf-16-be").join([b"\xfe\xff", b""]), "Экспорт вырос на 12%."),
    ("Exports rose 12%.".encode("utf-32"), "Exports rose 12%."),
    # UTF-16 without a byte-order mark, either byte order.
    ("Exports rose 12%.".encode("utf-16-le"), "Exports rose 12%."),
    ("Экспорт вырос на 12%.".encode("utf-16-be"), "Экспорт вырос на 12%."),
    # A file cut in the middle of its last character, or with one stray byte: still Unicode.
    ("Экспорт".encode("utf-16")[:-1], "Экспор\ufffd"),
    ("Экспорт вырос на 12%. Ещё".encode("utf-8")[:-1], "Экспорт вырос на 12%. Ещ\ufffd"),
    ("Экспорт вырос на 12%.".encode("utf-8").replace(b" ", b"\xff", 1), "Экспорт\ufffdвырос на 12%."),
    # Line ends and a DOS end-of-file mark are text.
    (b"Exports rose 12%.\r\n\x1a", "Exports rose 12%.\r\n\x1a"),
])
def test_unicode_and_marks(data, expected):
    assert decode(data) == expected


@pytest.mark.parametrize("data, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (contains NUL bytes)"),
    (b"%PDF-1.4\n\x00\x01\x02", "binary file (contains NUL bytes)"),
    (bytes(range(1, 256)) * 4, "binary file (control characters)"),
    (b"Exports\x01\x02\x03\x04 rose", "binary file (control characters)"),
    (b"A\x00B", "binary file (contains NUL bytes)"),  # NULs, but an odd length: not UTF-16
])
def test_binary_is_not_text(data, reason):
    with pytest.raises(ValueError) as err:
        decode(data)
    assert str(err.value) == reason


@pytest.mark.parametrize("data, encoding, expected", [
    ("Зарплаты выросли на 10%.".encode("cp1251"), "cp1251", "Зарплаты выросли на 10%."),
    ("Зарплаты выросли на 10%.".encode("cp1251"), "koi8-r", "гЮПОКЮРШ БШПНЯКХ МЮ 10%."),  # forced, even if wrong
    ("\ufeffExports rose 12%.".encode("utf-8"), "utf-8", "Exports rose 12%."),
    ("\ufeffExports rose 12%.".encode("utf-16-le"), "utf-16-le", "Exports rose 12%."),
])
def test_forced_encoding(data, encoding, expected):
    assert decode(data, encoding) == expected


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_say_why_not(data):
    try:
        assert isinstance(decode(data), str)
    except ValueError as exc:
        assert str(exc)


# Text as people write it: no control characters but line ends and tabs, no lone surrogates.
TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")) | st.sampled_from("\n\r\t"))


@settings(max_examples=300, deadline=None)
@given(TEXT.filter(lambda t: not t.startswith("\ufeff")), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_unicode_comes_back_as_written(text, encoding):
    assert decode(text.encode(encoding)) == text


def write(folder, name, data: bytes):
    path = folder / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("data, encoding, reason", [
    ("Зарплаты выросли на 10%.".encode("cp1251"), "utf-8", "cannot decode as utf-8 (byte 0xc7 at offset 0)"),
    (b"abc", "no-such-codec", "unknown encoding 'no-such-codec'"),
    (b"\x00\x01\x02\x03", None, "binary file (contains NUL bytes)"),
    (b"x" * 101, None, "larger than the size limit of 100 bytes (--max-bytes)"),
])
def test_read_document_reasons(tmp_path, data, encoding, reason):
    path = write(tmp_path, "doc.txt", data)
    with pytest.raises(ReadError) as err:
        read_document(path, encoding, max_bytes=100)
    assert (err.value.path, err.value.reason) == (path, reason)


def test_read_document_at_the_size_limit(tmp_path):
    assert read_document(write(tmp_path, "doc.txt", b"x" * 100), max_bytes=100).text == "x" * 100


def test_unreadable_file(tmp_path, monkeypatch):
    path = write(tmp_path, "doc.txt", b"Exports rose 12%.")
    if os.geteuid() != 0:  # root reads everything: there, refuse from open() itself
        os.chmod(path, 0)
    else:
        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied", path)
        monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert err.value.reason == "permission denied"


def results(paths, globs=("*.txt",)):
    """iter_paths as (path, None) for a file to read, (path, reason) for a problem."""
    return [(p.path, p.reason) if isinstance(p, ReadError) else (p, None) for p in iter_paths(paths, globs)]


def test_walk_reports_each_problem_once_and_goes_on(tmp_path):
    top = tmp_path / "top"
    (top / "a").mkdir(parents=True)
    (top / "b").mkdir()
    (top / "a" / "doc.txt").write_text("Exports rose 12%.")
    (top / "b" / "doc.txt").write_text("Imports fell 3%.")
    (top / "b" / "notes.pdf").write_bytes(b"%PDF")
    (top / "a" / "up").symlink_to(top)                   # a loop: back to a folder above
    (top / "c").symlink_to(top / "a")                     # the same folder again: read once, no problem
    (top / "self.txt").symlink_to(top / "self.txt")       # a link to itself
    (top / "gone.txt").symlink_to(top / "missing.txt")    # a broken link
    os.mkfifo(top / "pipe.txt")                           # would block a reader forever
    got = results([str(top), str(tmp_path / "nope.txt")])
    assert got == [
        (str(top / "a" / "doc.txt"), None),
        (str(top / "a" / "up"), "symbolic link loop (links back to a folder above it)"),
        (str(top / "b" / "doc.txt"), None),
        (str(top / "gone.txt"), "broken symbolic link"),
        (str(top / "pipe.txt"), "not a regular file"),
        (str(top / "self.txt"), "symbolic link loop"),
        (str(tmp_path / "nope.txt"), "no such file or directory"),
    ]


@pytest.mark.parametrize("make, reason", [
    (lambda p: None, "no such file or directory"),
    (lambda p: p.symlink_to(p), "symbolic link loop"),
    (lambda p: p.symlink_to(p.parent / "missing"), "broken symbolic link"),
])
def test_paths_named_directly(tmp_path, make, reason):
    path = tmp_path / "doc.txt"
    make(path)
    assert results([str(path)]) == [(str(path), reason)]


def test_a_file_named_directly_is_read_whatever_its_name(tmp_path):
    path = write(tmp_path, "notes.pdf", b"Exports rose 12%.")
    assert results([path, "-"]) == [(path, None), ("-", None)]


@pytest.mark.skipif(sys.platform != "linux", reason="a named pipe given on the command line")
def test_a_pipe_named_directly_is_read(tmp_path):
    path = tmp_path / "fifo"
    os.mkfifo(path)
    pid = os.fork()
    if pid == 0:  # the writer
        with open(path, "wb") as fh:
            fh.write("Зарплаты выросли на 10%.".encode("cp1251"))
        os._exit(0)
    try:
        assert read_document(str(path)).text == "Зарплаты выросли на 10%."
    finally:
        os.waitpid(pid, 0)
