"""What a run of `statx extract` imports: the heavy libraries only when the run needs them (rich
for a terminal table, charset-normalizer for a legacy encoding, a process pool for many files;
pydantic only for an option value typer must check, a number with a range (statx/cli_coercion.py);
pint never; no HTML or Parquet reader for a text file; pymorphy3, which only diff and series use, never). Each case runs the command in a fresh
interpreter and lists its modules."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("rich", "charset_normalizer", "pint", "concurrent", "multiprocessing", "trafilatura", "lxml", "pyarrow",
         "babel", "pymorphy3", "pydantic")
ENGLISH = "Police seized 2.5 tons of heroin in 2012, and crime fell by 4.5 percent.\n"
RUSSIAN = "В 2023 году число краж снизилось на 9%, изъято 2,5 тонны героина.\n"

PROGRAM = """
import json, sys
from statx.cli import main
sys.argv = ["statx", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit as done:
    code = done.code
print(json.dumps([code, sorted(m for m in {HEAVY} if m in sys.modules)]), file=sys.stderr)
""".replace("{HEAVY}", repr(HEAVY))


def imported(args: list[str]) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PROGRAM, json.dumps(args)], capture_output=True, text=True)
    code, modules = json.loads(done.stderr.strip().splitlines()[-1])
    assert code == 0, done.stderr
    return modules


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
def test_one_utf8_file_to_a_pipe_imports_none_of_them(tmp_path, fmt):
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    assert imported(["extract", str(tmp_path / "en.txt"), "--format", fmt]) == []


@pytest.mark.parametrize("encoding,args,expected", [
    ("utf-8", ["--format", "table"], ["rich"]),
    ("cp1251", ["--format", "csv", "--encoding", "cp1251"], []),
    ("utf-8", ["--format", "jsonl", "--lang", "ru", "--max-bytes", "10M", "--columns", "value,unit"], []),
    ("cp1251", ["--format", "csv"], ["charset_normalizer"]),  # no byte-order mark, not UTF-8: guessed
])
def test_a_table_or_a_guessed_encoding_imports_what_it_needs(tmp_path, encoding, args, expected):
    (tmp_path / "ru.txt").write_bytes(RUSSIAN.encode(encoding))
    assert imported(["extract", str(tmp_path / "ru.txt"), *args]) == expected


def test_many_files_with_jobs_start_a_pool(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(ENGLISH, encoding="utf-8")
    assert imported(["extract", str(tmp_path), "--format", "csv", "--jobs", "2"]) == ["concurrent", "multiprocessing", "pydantic"]
