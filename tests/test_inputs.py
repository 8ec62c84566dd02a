"""What statx says about the inputs it is given: folders with nothing to read, every input
skipped, the default file patterns, `statx text` on any input, and the extra columns."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

PAGE = ("<!DOCTYPE html><html><head><meta name='date' content='2024-03-05'></head><body><article>"
        "<p>Crime fell by 5 percent in 2023, the ministry of the interior said on Monday.</p></article></body></html>")
SRT = "1\n00:00:01,000 --> 00:00:03,000\nThefts rose by 3 percent.\n"


def statx(*args, input: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "statx", *map(str, args)], input=input, capture_output=True, timeout=300)


def lines(proc: subprocess.CompletedProcess) -> list[str]:
    return proc.stderr.decode().splitlines()


@pytest.mark.parametrize("files, args, expected", [
    # a folder where no file matches: said, exit 1, even with nothing else given
    ({"data.csv": "id,text\n"}, [], ["statx: {folder}: no file matches *.txt *.md *.text *.html *.htm *.srt *.vtt (--glob picks others)"]),
    ({}, [], ["statx: {folder}: no file matches *.txt *.md *.text *.html *.htm *.srt *.vtt (--glob picks others)"]),
    ({"a.txt": "x"}, ["-g", "*.md"], ["statx: {folder}: no file matches *.md (--glob picks others)"]),
    # every file skipped: each said, and that nothing was read
    ({"a.txt": b"\x00\x01\x02\x00", "b.txt": b"\x00\x01\x03\x00"}, [],
     ["statx: {folder}/a.txt: binary file (contains NUL bytes)", "statx: {folder}/b.txt: binary file (contains NUL bytes)",
      "statx: nothing was read: every input was skipped"]),
])
def test_a_folder_with_nothing_to_read_exits_1(tmp_path, files, args, expected):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode())
    proc = statx("extract", folder, "-f", "csv", *args)
    assert proc.returncode == 1
    assert lines(proc) == [e.format(folder=folder) for e in expected]


def test_default_patterns_take_pages_and_subtitles(tmp_path):
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.srt").write_text(SRT, encoding="utf-8")
    (tmp_path / "c.txt").write_text("Exports grew by 2 percent.\n", encoding="utf-8")
    (tmp_path / "claims.csv").write_text("value,unit,subject\n1,count,x\n", encoding="utf-8")  # not read
    proc = statx("extract", tmp_path, "-f", "csv", "-c", "doc,mention", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().splitlines()[1:] == [f"{tmp_path}/a.html,5 percent", f"{tmp_path}/b.srt,3 percent",
                                                      f"{tmp_path}/c.txt,2 percent"]
    assert statx("extract", tmp_path, "-f", "csv", "-c", "doc,mention", "--jobs", "2").stdout == proc.stdout


@pytest.mark.parametrize("name, content", [
    ("plain.txt", "Line one,\r\nline two 5%.\r\n\r\nEnd\u2028here."),    # exactly as decoded: CRLF and all
    ("legacy.txt", "Рост на 5%.\n"),
])
def test_statx_text_prints_a_plain_file_as_decoded(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content.encode("cp1251" if name == "legacy.txt" else "utf-8"))
    assert statx("text", path).stdout.decode() == content


def test_statx_text_reads_stdin_and_reports_what_it_cannot_read(tmp_path):
    assert statx("text", "-", input=SRT.encode()).stdout.decode() == " " * 32 + "Thefts rose by 3 percent. "
    missing = statx("text", tmp_path / "missing.txt")
    assert (missing.returncode, lines(missing)) == (1, [f"statx: {tmp_path / 'missing.txt'}: no such file or directory"])


@pytest.mark.parametrize("args, code, message", [
    (["--keep", "title", "-c", "mention,title"], 0, None),
    (["-c", "mention,title"], 2, "unknown column(s) title"),
    (["--dates", "{missing}"], 2, "no such file or directory"),
    (["--input-format", "xml"], 2, "xml"),
])
def test_column_and_input_options(tmp_path, args, code, message):
    doc = tmp_path / "a.txt"
    doc.write_text("Crime fell by 5 percent.\n", encoding="utf-8")
    proc = statx("extract", doc, "-f", "csv", *[a.format(missing=tmp_path / "nope.csv") for a in args])
    assert proc.returncode == code
    if message:
        assert message in " ".join(re.sub("[│╭╮╰╯─]", " ", proc.stderr.decode()).split())  # inside rich's usage box
    else:
        assert proc.stdout.decode().splitlines() == ["mention,title", "5 percent,"]


def test_pages_are_read_without_importing_trafilatura_at_start_up():
    code = "import sys, statx.cli, statx.pipeline; print('trafilatura' in sys.modules, 'pyarrow' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout == "False False\n"
