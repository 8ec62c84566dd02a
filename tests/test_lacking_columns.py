"""diff and series on claim tables that lack columns: refused when the comparison would be wrong
(no direction: falls would read as levels; series without year), else read with a warning on
stderr that says what follows."""
import csv
import io

import pytest
from typer.testing import CliRunner

from statx.cli import app
from statx.compare.diff import ONLY_NEW, UNCHANGED

runner = CliRunner()


def _rows(text):
    return list(csv.DictReader(io.StringIO(text)))


LACKING = ("Publication date: May 1, 2021\n\nIt was 7 percent.\n\n"
           "In 2020, car thefts fell by 4 percent, and 2,000 cars were stolen.\nBetween 10 and 20 percent were found.\n")
REFUSE_DIRECTION = "no direction column, so rises and falls cannot be told from levels (write the table with every column)"


@pytest.mark.parametrize("columns, command, code, messages", [
    ("value,unit,subject,year,value_to,sentence", "diff", 1, [REFUSE_DIRECTION]),
    ("value,unit,subject,year,value_to,sentence", "series", 1, [REFUSE_DIRECTION]),
    ("value,unit,subject,direction,value_to,sentence", "diff", 0, ["no year column: figures are paired without their years"]),
    ("value,unit,subject,direction,value_to,sentence", "series", 1,
     ["no year column, so a series orders figures by year (write the table with every column)"]),
    ("value,unit,subject,direction,year,sentence", "diff", 0, ["no value_to column: ranges are compared by their lower ends"]),
    ("value,unit,subject,direction,year,sentence", "series", 0, ["no value_to column: ranges show their lower ends"]),
    ("value,unit,subject,direction,year,value_to", "diff", 0, ["no sentence column: its claims without a subject are left out"]),
    ("value,unit,subject,direction,year,value_to", "series", 0, []),
    ("value,unit,subject", "diff", 1, [REFUSE_DIRECTION]),
    ("value,unit,subject", "series", 1, [REFUSE_DIRECTION.replace(" (write", "; no year column, so a series orders figures by year (write")]),
])
def test_a_table_that_lacks_columns_is_refused_or_warned_about(tmp_path, columns, command, code, messages):
    doc = tmp_path / "doc.txt"
    doc.write_text(LACKING)
    table = tmp_path / "table.csv"
    assert runner.invoke(app, ["extract", str(doc), "-c", columns, "-o", str(table)]).exit_code == 0
    args = [str(doc), str(table)] if command == "diff" else [str(table)]
    result = runner.invoke(app, [command, *args, "-f", "csv"])
    assert result.exit_code == code
    assert [line for line in result.stderr.splitlines() if str(table) in line] == [f"statx: {table}: {m}" for m in messages]


def test_a_refused_table_never_turns_falls_into_levels(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(LACKING)
    table = tmp_path / "table.csv"
    runner.invoke(app, ["extract", str(doc), "-c", "value,unit,subject,year,sentence", "-o", str(table)])
    rows = _rows(runner.invoke(app, ["diff", str(table), str(doc), "-f", "csv"]).stdout)
    assert {r["status"] for r in rows} == {ONLY_NEW}  # nothing read from the table, nothing paired
    assert {(r["kind"], r["new"]) for r in rows if r["subject"] == "car thefts"} == {("change", "-4")}


def test_without_a_sentence_column_subjectless_claims_are_left_out(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(LACKING)
    table = tmp_path / "table.csv"
    runner.invoke(app, ["extract", str(doc), "-c", "value,unit,subject,direction,year,value_to", "-o", str(table)])
    assert any(not r["subject"] for r in _rows(runner.invoke(app, ["extract", str(doc), "-f", "csv"]).stdout))
    rows = _rows(runner.invoke(app, ["diff", str(table), str(table), "-f", "csv"]).stdout)
    assert rows and all(r["subject"] for r in rows) and {r["status"] for r in rows} == {UNCHANGED}
