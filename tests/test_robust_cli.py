"""`statx extract` on a messy folder, run as a user runs it: every bad input reported on one line
of stderr, every good file's rows written, exit codes, spreadsheet-safe CSV, --excel, a closed
pipe, and -o that never leaves a half-written file."""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from statx.io import export
from statx.cli import open_output

RUSSIAN = "Инфляция в прошлом году составила 7,4 процента. Безработица снизилась до 2,9%.\n"
FORMULA = '=HYPERLINK("http://evil.example/?q=1","click") Sales rose by 15 percent in 2023.\n'


def statx(*args, input: bytes | None = None, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "statx", *map(str, args)], input=input, cwd=cwd,
                          capture_output=True, timeout=300)


def rows(stdout: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(stdout.decode("utf-8-sig"), newline="")))


def stderr_lines(proc: subprocess.CompletedProcess) -> list[str]:
    return proc.stderr.decode().splitlines()


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    folder = tmp_path / "messy"
    folder.mkdir()
    (folder / "russian.txt").write_bytes(RUSSIAN.encode("cp1251"))
    (folder / "english16.txt").write_bytes("Exports rose by 12 percent in 2023.\n".encode("utf-16"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "ones.txt").write_text("1," * 100_000 + "\n")
    (folder / "formula.txt").write_text(FORMULA)
    return folder


def test_messy_folder(messy: Path):
    missing = messy.parent / "missing.txt"
    proc = statx("extract", messy, missing, "-f", "csv")
    assert proc.returncode == 1
    assert stderr_lines(proc) == [
        f"statx: {messy / 'binary.txt'}: binary file (contains NUL bytes)",
        f"statx: {missing}: no such file or directory",
    ]
    got = [(Path(r["doc"]).name, Decimal(r["value"]), r["unit"]) for r in rows(proc.stdout)]
    assert got == [
        ("english16.txt", Decimal(12), "percent"),
        ("formula.txt", Decimal(15), "percent"),
        ("russian.txt", Decimal("7.4"), "percent"),
        ("russian.txt", Decimal("2.9"), "percent"),
    ]
    sentence = rows(proc.stdout)[1]["sentence"]
    assert sentence.startswith("'=HYPERLINK(")


@pytest.mark.parametrize("args, code", [
    (["extract", "{good}"], 0),
    (["extract", "{good}", "{empty}"], 0),            # an empty file is no problem
    (["extract", "{good}", "{missing}"], 1),
    (["extract", "{missing}"], 1),
    (["extract", "{good}", "--max-bytes", "10"], 1),
    (["extract", "{good}", "--encoding", "utf-32"], 1),
    (["extract", "{good}", "--format", "xml"], 2),
    (["extract", "{good}", "--encoding", "no-such-codec"], 2),
    (["extract", "{good}", "--max-bytes", "0"], 2),
    (["extract", "{good}", "--max-bytes", "ten"], 2),
    (["extract", "{good}", "--doc-date", "yesterday"], 2),
    (["extract", "{good}", "-o", "{folder}/out.xlsx"], 2),
    (["extract"], 2),
    (["frobnicate"], 2),
    ([], 2),
])
def test_exit_codes(tmp_path: Path, args, code):
    (tmp_path / "good.txt").write_text("Exports rose by 12 percent.\n")
    (tmp_path / "empty.txt").write_text("")
    names = {"good": tmp_path / "good.txt", "empty": tmp_path / "empty.txt",
             "missing": tmp_path / "missing.txt", "folder": tmp_path}
    proc = statx(*[a.format(**names) for a in args])
    assert proc.returncode == code
    assert b"Traceback" not in proc.stderr


def _unreadable(path: Path) -> str:
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path.write_text("Exports rose by 12 percent.\n")
    path.chmod(0)
    return "permission denied"


@pytest.mark.parametrize("make, args", [
    (lambda p: "no such file or directory", []),
    (lambda p: p.write_bytes(b"\x00\x01\x02\x03") and "binary file (contains NUL bytes)", []),
    (lambda p: p.write_bytes(b"x" * 2000) and "larger than the size limit of 1024 bytes (--max-bytes)", ["--max-bytes", "1K"]),
    (lambda p: p.write_bytes("Рост на 5%".encode("cp1251")) and "cannot decode as utf-8 (byte 0xd0 at offset 0)", ["--encoding", "utf-8"]),
    (lambda p: p.symlink_to(p) or "symbolic link loop", []),
    (lambda p: p.symlink_to(p.parent / "gone") or "broken symbolic link", []),
    (_unreadable, []),
])
def test_each_problem_is_one_line_and_the_rest_is_written(tmp_path: Path, make, args):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("Exports rose by 12 percent.\n")
    reason = make(bad)
    proc = statx("extract", bad, good, "-f", "csv", *args)
    assert (proc.returncode, stderr_lines(proc)) == (1, [f"statx: {bad}: {reason}"])
    assert [r["mention"] for r in rows(proc.stdout)] == ["12 percent"]


def test_a_folder_that_links_back_to_itself(tmp_path: Path):
    (tmp_path / "doc.txt").write_text("Exports rose by 12 percent.\n")
    (tmp_path / "again").symlink_to(tmp_path)
    proc = statx("extract", tmp_path, "-f", "csv")
    assert (proc.returncode, stderr_lines(proc)) == (1, [f"statx: {tmp_path / 'again'}: symbolic link loop (links back to a folder above it)"])
    assert [r["mention"] for r in rows(proc.stdout)] == ["12 percent"]


def test_a_file_name_with_a_line_break_is_still_one_line(tmp_path: Path):
    proc = statx("extract", tmp_path / "two\nlines.txt")
    assert stderr_lines(proc) == [f"statx: {tmp_path}/two\\x0alines.txt: no such file or directory"]


def test_a_file_name_that_is_not_utf8_still_gives_utf8_output(tmp_path: Path):
    name = os.fsdecode(b"caf\xe9.txt")  # Latin-1 bytes in a file name, as unzip leaves them
    (tmp_path / name).write_text("Exports rose by 12 percent.\n")
    proc = statx("extract", tmp_path, "-f", "csv")
    assert proc.returncode == 0
    assert [Path(r["doc"]).name for r in rows(proc.stdout)] == ["caf?.txt"]


def test_internal_error_is_one_line_unless_debug(tmp_path: Path):
    (tmp_path / "doc.txt").write_text("Exports rose by 12 percent.\n")
    code = ("import sys, statx.io.export as e, statx.cli as c\n"
            "def boom(self, row): raise RuntimeError('boom')\n"
            "e.Writer.write = boom\n"
            "sys.argv = ['statx', 'extract', sys.argv[1], '-f', 'csv'] + sys.argv[2:]\n"
            "c.main()\n")
    quiet = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, timeout=120)
    assert (quiet.returncode, stderr_lines(quiet)) == (3, ["statx: internal error: RuntimeError: boom (run again with --debug for details)"])
    loud = subprocess.run([sys.executable, "-c", code, str(tmp_path), "--debug"], capture_output=True, timeout=120)
    assert loud.returncode == 3
    assert b"Traceback" in loud.stderr and b"in boom" in loud.stderr


# ----------------------------------------------------------------------------- spreadsheet-safe CSV

def test_text_cells_that_a_spreadsheet_would_run_are_quoted_numbers_stay_numbers():
    out = io.StringIO(newline="")
    writer = export.Writer(out, "csv", ("doc", "mention", "value", "value_to", "start", "unit", "subject", "speaker", "sentence"))
    writer.write({"doc": "\tdoc.txt", "mention": "-5%", "value": Decimal("-5"), "value_to": Decimal("-1.25"),
                  "start": 0, "unit": "\rpercent", "subject": "+7 regions", "speaker": "@pm",
                  "sentence": '=HYPERLINK("http://x","y"), then "5%"\nand more'})
    writer.write({"doc": "a=b.txt", "mention": "5%", "value": Decimal("5"), "value_to": None, "start": 12,
                  "unit": "percent", "subject": "sales-tax", "speaker": None, "sentence": "Sales, up 5%."})
    writer.close()
    raw = out.getvalue()
    assert raw == (
        "doc,mention,value,value_to,start,unit,subject,speaker,sentence\r\n"
        "'\tdoc.txt,'-5%,-5,-1.25,0,\"'\rpercent\",'+7 regions,'@pm,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\"), then \"\"5%\"\"\nand more\"\r\n"
        "a=b.txt,5%,5,,12,percent,sales-tax,,\"Sales, up 5%.\"\r\n"
    )
    back = list(csv.reader(io.StringIO(raw, newline="")))
    assert back[1][8] == "'=HYPERLINK(\"http://x\",\"y\"), then \"5%\"\nand more"


@pytest.mark.parametrize("cell, safe", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"), ("1=1", "1=1"), (" =1", " =1"), ("", ""), ("Рост", "Рост"),
])
def test_safe_cell(cell, safe):
    assert export.safe_cell(cell) == safe


@pytest.mark.parametrize("to_file", [False, True])
def test_excel_starts_with_a_utf8_bom(tmp_path: Path, to_file: bool):
    doc = tmp_path / "doc.txt"
    doc.write_bytes(RUSSIAN.encode("cp1251"))
    out = tmp_path / "out.csv"
    proc = statx("extract", doc, "--excel", "-f", "csv", *(["-o", out] if to_file else []))
    data = out.read_bytes() if to_file else proc.stdout
    assert proc.returncode == 0
    assert data.startswith(b"\xef\xbb\xbfid,doc,")
    assert "7,4 процента" in data.decode("utf-8-sig")


@pytest.mark.parametrize("args", [["-f", "csv"], ["-f", "json", "--excel"], ["-f", "jsonl", "--excel"]])
def test_no_bom_without_excel_or_but_for_csv(tmp_path: Path, args):
    doc = tmp_path / "doc.txt"
    doc.write_text("Exports rose by 12 percent.\n")
    proc = statx("extract", doc, *args)
    assert proc.stdout[:1] in (b"i", b"[", b"{")


def test_table_shows_brackets_as_written():
    out = io.StringIO()
    writer = export.Writer(out, "table", ("mention", "sentence"))
    writer.write({"doc": "a[/b]/f.txt", "mention": "5%", "sentence": "Prices rose by 5% [/x] [bold]in 2023."})
    writer.close()
    assert "a[/b]/f.txt" in out.getvalue() and "[/x] [bold]in 2023." in out.getvalue()


# ----------------------------------------------------------------------------- a closed pipe

@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
def test_a_closed_pipe_ends_quietly(tmp_path: Path, fmt):
    (tmp_path / "big.txt").write_text("Exports rose by 5% in 2023.\n" * 3000)
    proc = subprocess.Popen([sys.executable, "-m", "statx", "extract", str(tmp_path), "-f", fmt],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()  # as `| head -1` does after its line
    stderr = proc.stderr.read()
    assert proc.wait(timeout=300) == 0
    assert stderr == b""


# ----------------------------------------------------------------------------- atomic -o

def test_output_file_replaced_only_when_complete(tmp_path: Path):
    out = tmp_path / "claims.csv"
    out.write_text("the previous good table\n")
    with pytest.raises(RuntimeError):
        with open_output(str(out)) as fh:
            fh.write("half a tab")
            raise RuntimeError("interrupted")
    assert out.read_text() == "the previous good table\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.csv"]
    with open_output(str(out)) as fh:
        fh.write("the new table\n")
    assert out.read_text() == "the new table\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.csv"]


def test_interrupted_run_keeps_the_previous_output(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(3):
        (docs / f"{i}.txt").write_text(f"Exports rose by {i + 1} percent.\n")
    out = tmp_path / "claims.csv"
    assert statx("extract", docs, "-o", out).returncode == 0
    good = out.read_bytes()
    # Ctrl-C while the second document is extracted.
    code = ("import sys, statx.pipeline as p, statx.cli as c\n"
            "seen = []\n"
            "real = p.extract_document\n"
            "def stop(doc, *a):\n"
            "    seen.append(doc)\n"
            "    if len(seen) == 2: raise KeyboardInterrupt\n"
            "    return real(doc, *a)\n"
            "p.extract_document = stop\n"
            "sys.argv = ['statx', 'extract', sys.argv[1], '-o', sys.argv[2], '--jobs', '1']\n"
            "c.main()\n")
    (docs / "0.txt").write_text("Imports fell by 9 percent.\n")
    proc = subprocess.run([sys.executable, "-c", code, str(docs), str(out)], capture_output=True, timeout=120)
    assert proc.returncode == 130
    assert b"Traceback" not in proc.stderr
    assert out.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.csv", "docs"]
