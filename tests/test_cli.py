"""The command line: `statx extract` over folders, files and stdin, in every format."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from statx.cli import app

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The spec's columns, in the spec's order (shared/spec/claims.md, "The row").
SPEC_COLUMNS = ["id", "doc", "doc_date", "speaker", "start", "end", "mention", "value", "value_to", "unit",
                "qualifier", "direction", "year", "since", "subject", "sentence"]

ONE = ("April 2, 2024, Moscow\n\n"
       "Vladimir Putin: Last year, cyber crimes rose by almost 30 percent, causing damage of over 156 billion rubles.\n")
TWO = "В 2023 году число краж снизилось на 9%.\n"
THREE = "Between 50 and 90 percent of audit requests were denied.\n"
CSV_DOC = "Thefts fell by 4.5 percent.\n"


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "one.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "sub" / "two.md").write_text(TWO, encoding="utf-8")
    (tmp_path / "sub" / "three.text").write_text(THREE, encoding="utf-8")
    (tmp_path / "data.csv").write_text(CSV_DOC, encoding="utf-8")
    return tmp_path


def run(*args, input=None):
    return CliRunner().invoke(app, ["extract", *map(str, args)], input=input)


def csv_rows(text):
    return list(csv.DictReader(io.StringIO(text)))


# ----------------------------------------------------------------------------- folders, globs, stdin

def test_folder_is_read_recursively_with_default_globs(folder):
    res = run(folder, "-f", "csv")
    assert res.exit_code == 0, res.stderr
    rows = csv_rows(res.stdout)
    assert {os.path.relpath(r["doc"], folder) for r in rows} == {"one.txt", os.path.join("sub", "two.md"),
                                                               os.path.join("sub", "three.text")}
    by_mention = {r["mention"]: r for r in rows}
    assert set(by_mention) == {"almost 30 percent", "over 156 billion rubles", "9%", "Between 50 and 90 percent"}
    assert by_mention["almost 30 percent"]["speaker"] == "Vladimir Putin"
    assert by_mention["almost 30 percent"]["doc_date"] == "2024-04-02"
    assert by_mention["almost 30 percent"]["year"] == "2023"
    assert by_mention["9%"]["direction"] == "down"
    assert by_mention["9%"]["doc"] == str(folder / "sub" / "two.md")


def test_glob_chooses_the_files(folder):
    res = run(folder, "-f", "csv", "--glob", "*.csv")
    assert res.exit_code == 0, res.stderr
    rows = csv_rows(res.stdout)
    assert [(r["mention"], r["value"], r["direction"]) for r in rows] == [("4.5 percent", "4.5", "down")]
    assert rows[0]["doc"] == str(folder / "data.csv")


def test_a_single_file_keeps_its_path_as_given(folder):
    path = folder / "sub" / "two.md"
    rows = csv_rows(run(path, "-f", "csv").stdout)
    assert [r["doc"] for r in rows] == [str(path)]


def test_stdin():
    res = run("-", "-f", "jsonl", input="Crime fell by 5 percent.")
    assert res.exit_code == 0, res.stderr
    [row] = [json.loads(line) for line in res.stdout.splitlines()]
    assert (row["mention"], row["value"], row["direction"], row["subject"]) == ("5 percent", 5, "down", "crime")
    assert row["doc"] == "-"
    assert (row["start"], row["end"]) == (14, 23)


def test_stdin_doc_in_csv_is_a_dash():
    rows = csv_rows(run("-", "-f", "csv", input="Crime fell by 5 percent.").stdout)
    assert [r["doc"] for r in rows] == ["-"]


def test_unreadable_input_is_reported_and_the_rest_written(folder):
    missing = folder / "nope.txt"
    res = run(missing, folder / "one.txt", "-f", "csv")
    assert res.exit_code == 1
    assert str(missing) in res.stderr and "Traceback" not in res.stderr
    assert [r["mention"] for r in csv_rows(res.stdout)] == ["almost 30 percent", "over 156 billion rubles"]


# ----------------------------------------------------------------------------- formats

def test_csv_header_is_the_spec_columns_in_order(folder):
    res = run(folder / "one.txt", "-f", "csv")
    header = next(csv.reader(io.StringIO(res.stdout)))
    assert header == SPEC_COLUMNS
    rows = csv_rows(res.stdout)
    assert [(r["mention"], r["value"], r["value_to"], r["unit"], r["qualifier"], r["direction"], r["since"])
            for r in rows] == [("almost 30 percent", "30", "", "percent", "approx", "up", ""),
                               ("over 156 billion rubles", "156000000000", "", "RUB", "at_least", "", "")]
    for r in rows:
        assert ONE[int(r["start"]):int(r["end"])] == r["mention"]


def test_json_is_an_array_with_numbers_and_nulls(folder):
    res = run(folder / "one.txt", "-f", "json")
    data = json.loads(res.stdout)
    assert isinstance(data, list) and len(data) == 2
    first, second = data
    assert list(first) == SPEC_COLUMNS
    assert first["value"] == 30 and isinstance(first["value"], int)
    assert second["value"] == 156000000000
    assert first["value_to"] is None and first["since"] is None and second["direction"] is None
    assert isinstance(first["start"], int) and isinstance(first["year"], int) and first["year"] == 2023
    assert first["doc_date"] == "2024-04-02"


def test_json_range_and_decimal_values(folder):
    data = json.loads(run(folder / "sub" / "three.text", "-f", "json").stdout)
    assert [(d["value"], d["value_to"], d["qualifier"]) for d in data] == [(50, 90, "range")]
    data = json.loads(run("-", "-f", "json", input="Thefts fell by 4.5 percent.").stdout)
    assert data[0]["value"] == 4.5


def test_json_with_no_claims_is_an_empty_array():
    res = run("-", "-f", "json", input="Nothing to count here.")
    assert res.exit_code == 0
    assert json.loads(res.stdout) == []


def test_jsonl_one_object_per_line(folder):
    res = run(folder, "-f", "jsonl")
    lines = res.stdout.splitlines()
    assert len(lines) == 4
    objects = [json.loads(line) for line in lines]
    assert all(list(o) == SPEC_COLUMNS for o in objects)
    assert {o["mention"] for o in objects} == {"almost 30 percent", "over 156 billion rubles", "9%",
                                               "Between 50 and 90 percent"}


def test_table_shows_the_claims(folder):
    res = run(folder / "sub" / "two.md", "-f", "table")
    assert res.exit_code == 0
    for word in ("mention", "value", "unit", "9%", "percent", "down", "2023"):
        assert word in res.stdout


# ----------------------------------------------------------------------------- output files and columns

@pytest.mark.parametrize("name,kind", [("out.csv", "csv"), ("out.json", "json"), ("out.jsonl", "jsonl")])
def test_output_file_format_from_extension(folder, tmp_path, name, kind):
    out = tmp_path / name
    res = run(folder / "one.txt", "-o", out)
    assert res.exit_code == 0, res.stderr
    text = out.read_text(encoding="utf-8-sig")
    if kind == "csv":
        mentions = [r["mention"] for r in csv_rows(text)]
    elif kind == "json":
        mentions = [d["mention"] for d in json.loads(text)]
    else:
        mentions = [json.loads(line)["mention"] for line in text.splitlines()]
    assert mentions == ["almost 30 percent", "over 156 billion rubles"]


def test_unknown_output_extension_is_a_usage_error(folder, tmp_path):
    assert run(folder / "one.txt", "-o", tmp_path / "out.xyz").exit_code == 2


def test_columns(folder):
    res = run(folder / "one.txt", "-f", "csv", "--columns", "mention,value,unit")
    assert list(csv.reader(io.StringIO(res.stdout))) == [
        ["mention", "value", "unit"], ["almost 30 percent", "30", "percent"],
        ["over 156 billion rubles", "156000000000", "RUB"]]
    res = run(folder / "one.txt", "-f", "jsonl", "-c", "year,subject")
    assert [json.loads(line) for line in res.stdout.splitlines()] == [
        {"year": 2023, "subject": "cyber crimes"}, {"year": 2023, "subject": "damage"}]


def test_unknown_column_is_a_usage_error(folder):
    res = run(folder / "one.txt", "--columns", "mention,colour")
    assert res.exit_code == 2


# ----------------------------------------------------------------------------- options

def test_doc_date_overrides_the_dateline(folder):
    rows = csv_rows(run(folder / "one.txt", "-f", "csv", "--doc-date", "2016-05-05").stdout)
    assert [(r["doc_date"], r["year"]) for r in rows] == [("2016-05-05", "2015"), ("2016-05-05", "2015")]


def test_bad_doc_date_is_a_usage_error(folder):
    assert run(folder / "one.txt", "--doc-date", "2024-13-01").exit_code == 2


def test_lang(folder):
    auto = csv_rows(run(folder / "sub" / "two.md", "-f", "csv").stdout)
    ru = csv_rows(run(folder / "sub" / "two.md", "-f", "csv", "--lang", "ru").stdout)
    assert [(r["mention"], r["direction"], r["subject"]) for r in ru] == [("9%", "down", "краж")]
    assert [(r["mention"], r["direction"]) for r in auto] == [("9%", "down")]
    assert run(folder / "sub" / "two.md", "--lang", "de").exit_code == 2


# ----------------------------------------------------------------------------- a real pipe

def test_seeds_piped_into_head():
    proc = subprocess.run(f'"{sys.executable}" -m statx extract seeds/ | head -3', shell=True, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    lines = proc.stdout.splitlines()
    assert len(lines) == 3
    assert next(csv.reader([lines[0]])) == SPEC_COLUMNS
    for line in lines[1:]:
        row = next(csv.reader([line]))
        assert len(row) == len(SPEC_COLUMNS) and row[1].startswith("seeds/")
    assert "Traceback" not in proc.stderr and "Error" not in proc.stderr
