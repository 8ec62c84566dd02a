"""Typed outputs: TSV, Parquet (read by pyarrow, pandas and DuckDB) and the Frictionless data
package beside a CSV or TSV table."""
from __future__ import annotations

import csv
import io
import json
import os
import stat
import sys
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from statx.cli import app
from statx.claim import COLUMNS
from statx.io import datapackage
from statx.io.readback import read_table

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")
COMPARE = os.path.join(ROOT, "tests", "data", "compare")
runner = CliRunner()

# One document whose claims fill every kind of cell: a range, a null year, a fall, money, a tab.
DOC = ("Exports rose by 12.5 percent in 2023, to 1.05 billion rubles.\n"
       "Between 10 and 15 percent of firms closed.\n"
       "The harvest\tfell by 3 percent in 2022.\n")


def invoke(*args):
    return runner.invoke(app, [*map(str, args)])


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text(DOC, encoding="utf-8")
    return path


def message(result) -> str:
    """stderr without the box typer draws around a usage error."""
    return " ".join(result.stderr.replace("│", " ").split())


def extract_rows(path) -> list[dict]:
    result = invoke("extract", path, "-f", "jsonl")
    assert result.exit_code == 0, result.output
    return [json.loads(line, parse_float=Decimal) for line in result.stdout.splitlines()]


# ----------------------------------------------------------------------------- TSV

def test_tsv_is_tab_separated_and_reads_back(doc, tmp_path):
    out = tmp_path / "claims.tsv"
    assert invoke("extract", doc, "-o", out).exit_code == 0  # the format from the extension
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0].split("\t") == list(COLUMNS)
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter="\t"))
    assert [r["mention"] for r in rows] == [r["mention"] for r in extract_rows(doc)]
    for r in rows:
        assert DOC[int(r["start"]):int(r["end"])] == r["mention"]
    # The table reads back as the same claims (diff, series and report take it).
    claims = read_table(text, str(out))
    assert [(c.id, c.start, c.end, c.value, c.year) for c in claims] == \
        [(r["id"], r["start"], r["end"], r["value"], r["year"]) for r in extract_rows(doc)]


# ----------------------------------------------------------------------------- Parquet

@pytest.fixture
def parquet_file(doc, tmp_path):
    pytest.importorskip("pyarrow")
    out = tmp_path / "claims.parquet"
    result = invoke("extract", doc, "-o", out)
    assert result.exit_code == 0, result.output
    return out


def test_parquet_types_with_pyarrow(parquet_file, doc):
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(parquet_file)
    types = {f.name: f.type for f in table.schema}
    assert [f.name for f in table.schema] == ["id", "doc", "doc_date", "speaker", "start", "end", "mention", "value",
                                              "value_text", "value_to", "value_to_text", "unit", "qualifier",
                                              "direction", "year", "since", "subject", "sentence"]
    assert {types[c] for c in ("start", "end", "year", "since")} == {pa.int64()}
    assert types["value"] == types["value_to"] == pa.float64()
    assert types["doc_date"] == pa.date32()
    assert {types[c] for c in ("id", "mention", "unit", "value_text", "subject", "sentence")} == {pa.string()}
    assert table.schema.field("value").metadata[b"description"].startswith(b"the value in unit")
    rows = table.to_pylist()
    expected = extract_rows(doc)
    assert [r["id"] for r in rows] == [e["id"] for e in expected]
    for row, e in zip(rows, expected):
        assert DOC[row["start"]:row["end"]] == row["mention"] == e["mention"]
        assert Decimal(row["value_text"]) == e["value"] and row["value"] == float(e["value"])
        assert row["year"] == e["year"] and row["direction"] == e["direction"]
    by_mention = {r["mention"]: r for r in rows}
    assert by_mention["1.05 billion rubles"]["value_text"] == "1050000000"
    assert (by_mention["Between 10 and 15 percent"]["value_to"], by_mention["Between 10 and 15 percent"]["value_to_text"]) == (15.0, "15")
    assert by_mention["12.5 percent"]["value_to"] is None and by_mention["12.5 percent"]["since"] is None


def test_duckdb_reads_integer_offsets_and_years_and_a_numeric_value(parquet_file):
    duckdb = pytest.importorskip("duckdb")
    described = {name: kind for name, kind, *_ in duckdb.sql(f"DESCRIBE SELECT * FROM '{parquet_file}'").fetchall()}
    assert [described[c] for c in ("start", "end", "year", "since", "value", "value_text", "doc_date")] == \
        ["BIGINT", "BIGINT", "BIGINT", "BIGINT", "DOUBLE", "VARCHAR", "DATE"]
    (total,), = duckdb.sql(f"SELECT sum(value) FROM '{parquet_file}' WHERE unit = 'percent'").fetchall()
    assert total == pytest.approx(12.5 + 10 + 3)


def test_pandas_reads_integer_offsets_and_years_and_a_numeric_value(tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    out = tmp_path / "seeds.parquet"
    assert invoke("extract", SEEDS, "-o", out).exit_code == 0
    frame = pd.read_parquet(out)
    # Offsets are never null, so the default read keeps them int64 (a year may be null: see below).
    assert {str(frame[c].dtype) for c in ("start", "end")} == {"int64"}
    assert pd.api.types.is_float_dtype(frame["value"])
    # A column with nulls is a nullable integer with pandas' nullable types.
    nullable = pd.read_parquet(out, dtype_backend="numpy_nullable")
    assert (str(nullable["year"].dtype), str(nullable["since"].dtype)) == ("Int64", "Int64")


def test_parquet_of_diff_and_series_has_typed_columns(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    diff, series = tmp_path / "diff.parquet", tmp_path / "series.parquet"
    assert invoke("diff", os.path.join(COMPARE, "2022-01-ru.txt"), os.path.join(COMPARE, "2024-04-cyber-crimes.txt"),
                  "-o", diff).exit_code == 0
    assert invoke("series", COMPARE, "--unit", "count", "-o", series).exit_code == 0
    rows = pq.read_table(diff).to_pylist()
    changed = [r for r in rows if r["status"] == "other_year" and r["unit"] == "count"]
    assert [(r["old"], r["old_text"], r["new_year"], r["delta_text"]) for r in changed] == [(517700.0, "517700", 2023, "162300")]
    years = [(r["year"], r["values"]) for r in pq.read_table(series).to_pylist() if r["subject"] == "it crimes"]
    assert years[-1] == (2023, "680000 | 677000")


def test_empty_parquet_still_has_the_schema(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    (tmp_path / "none.txt").write_text("No numbers here.\n")
    out = tmp_path / "none.parquet"
    assert invoke("extract", tmp_path / "none.txt", "-o", out).exit_code == 0
    table = pq.read_table(out)
    assert table.num_rows == 0 and "value_text" in table.schema.names


def test_missing_pyarrow_is_one_line_and_exit_2(doc, tmp_path, monkeypatch):
    for name in [m for m in sys.modules if m == "pyarrow" or m.startswith("pyarrow.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now fails
    result = invoke("extract", doc, "-o", tmp_path / "claims.parquet")
    assert result.exit_code == 2
    assert result.stderr.strip() == "statx: -f parquet needs pyarrow: pip install 'statx[parquet]'"
    assert not (tmp_path / "claims.parquet").exists()


@pytest.mark.parametrize("args, words", [
    (["-f", "parquet"], "-o FILE.parquet"),
    (["-f", "parquet", "-o", "-"], "-o FILE.parquet"),
    (["-f", "csv", "--datapackage"], "-o FILE.csv"),
    (["-o", "{tmp}/claims.json", "--datapackage"], "CSV or TSV"),
    (["-o", "{tmp}/claims.parquet", "--datapackage"], "CSV or TSV"),
])
def test_outputs_that_need_a_file_say_so(doc, tmp_path, args, words):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = invoke("extract", doc, *args)
    assert result.exit_code == 2
    assert words in message(result)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.txt"]


# ----------------------------------------------------------------------------- data package

def test_datapackage_validates_with_frictionless(tmp_path):
    frictionless = pytest.importorskip("frictionless")
    assert invoke("extract", SEEDS, "-o", tmp_path / "claims.csv", "--datapackage").exit_code == 0
    assert invoke("extract", SEEDS, "-o", tmp_path / "claims.tsv", "--datapackage", "--excel").exit_code == 0
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])
    assert report.stats["tasks"] == 2


@pytest.mark.parametrize("name, kind, required, enum", [
    ("id", "string", True, None),
    ("doc", "string", False, None),
    ("doc_date", "date", False, None),
    ("start", "integer", True, None),
    ("end", "integer", True, None),
    ("value", "number", True, None),
    ("value_to", "number", False, None),
    ("qualifier", "string", True, ["exact", "approx", "at_least", "at_most", "range"]),
    ("direction", "string", False, ["up", "down"]),
    ("year", "integer", False, None),
    ("since", "integer", False, None),
    ("subject", "string", False, None),
])
def test_datapackage_fields(tmp_path, name, kind, required, enum):
    assert invoke("extract", SEEDS, "-o", tmp_path / "claims.csv", "--datapackage").exit_code == 0
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    resource, = package["resources"]
    assert (resource["path"], resource["format"], resource["encoding"]) == ("claims.csv", "csv", "utf-8")
    schema = resource["schema"]
    assert [f["name"] for f in schema["fields"]] == list(COLUMNS)
    assert (schema["missingValues"], schema["primaryKey"]) == ([""], ["id"])
    field = next(f for f in schema["fields"] if f["name"] == name)
    assert field["type"] == kind and field["description"]
    assert field.get("constraints", {}).get("required", False) == required
    assert field.get("constraints", {}).get("enum") == enum


def test_datapackage_field_by_field_against_the_table(tmp_path):
    """The Table Schema rules checked by hand on every cell, so the descriptor is known true
    without frictionless too."""
    assert invoke("extract", SEEDS, "-o", tmp_path / "claims.csv", "--datapackage").exit_code == 0
    resource, = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))["resources"]
    with open(tmp_path / resource["path"], encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    fields = resource["schema"]["fields"]
    assert list(rows[0]) == [f["name"] for f in fields]
    parse = {"integer": int, "number": Decimal, "date": lambda v: __import__("datetime").date.fromisoformat(v), "string": str}
    for row in rows:
        for f in fields:
            cell = row[f["name"]]
            if cell in resource["schema"]["missingValues"]:
                assert not f.get("constraints", {}).get("required"), (f["name"], row["id"])
                continue
            parse[f["type"]](cell)
            assert cell in f.get("constraints", {}).get("enum", [cell])
    keys = [tuple(row[k] for k in resource["schema"]["primaryKey"]) for row in rows]
    assert len(set(keys)) == len(keys)


@pytest.mark.parametrize("args, key", [
    ([SEEDS], ["id"]),
    # Two files with the same text at different paths have different claim ids: the id alone holds.
    ([COMPARE], ["id"]),
    # A file read twice repeats even that: no key holds.
    ([os.path.join(SEEDS, "004_e602b7a958dc1294.txt")] * 2, None),
])
def test_the_primary_key_is_one_that_holds(tmp_path, args, key):
    assert invoke("extract", *args, "-o", tmp_path / "claims.csv", "--datapackage").exit_code == 0
    resource, = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))["resources"]
    assert resource["schema"].get("primaryKey") == key


def test_datapackage_keeps_the_other_tables_of_its_folder(tmp_path):
    for args in (["extract", SEEDS, "-o", tmp_path / "claims.csv"],
                 ["series", COMPARE, "-o", tmp_path / "series.tsv"],
                 ["extract", SEEDS, "-o", tmp_path / "claims.csv"]):  # again: replaces its own entry
        assert invoke(*args, "--datapackage").exit_code == 0
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert [(r["name"], r["path"], r["format"]) for r in package["resources"]] == [
        ("claims.csv", "claims.csv", "csv"), ("series.tsv", "series.tsv", "tsv")]
    series = package["resources"][1]["schema"]
    assert "primaryKey" not in series
    assert {f["name"]: f["type"] for f in series["fields"]}["year"] == "integer"


def test_a_datapackage_json_statx_cannot_read_is_left_alone(tmp_path):
    (tmp_path / "datapackage.json").write_text("not json")
    result = invoke("extract", SEEDS, "-o", tmp_path / "claims.csv", "--datapackage")
    assert result.exit_code == 2 and "cannot read it" in message(result)
    assert (tmp_path / "datapackage.json").read_text() == "not json"
    assert not (tmp_path / "claims.csv").exists()


@pytest.mark.parametrize("name, expected", [
    ("claims.csv", "claims.csv"), ("My Claims 2024.CSV", "my-claims-2024.csv"), ("Отчёт.csv", "csv"), ("-x-.csv", "x-.csv"), ("", "statx"),
])
def test_resource_names_follow_the_spec(name, expected):
    assert datapackage._name(name) == expected


@pytest.mark.parametrize("fmt, before", [("csv", None), ("csv", 0o640), ("parquet", None), ("parquet", 0o600)])
def test_output_files_get_ordinary_permissions(tmp_path, fmt, before):
    """Written through a temporary file, the output still gets the permissions a new file gets,
    or keeps those of the file it replaces."""
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    out = tmp_path / f"claims.{fmt}"
    if before is not None:
        out.write_text("the previous table")
        out.chmod(before)
    assert invoke("extract", SEEDS, "-o", out).exit_code == 0
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == (before if before is not None else 0o666 & ~mask)
