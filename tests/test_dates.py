"""Dates from outside the text: the cells of date columns, --dates tables, and which date wins
(--doc-date, then --dates, then a corpus date column or a page's date, then the text's)."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from statx.cli import app
from statx.io.dates import Dates, parse_date, read_dates


def run(*args):
    return CliRunner().invoke(app, [*map(str, args)] + (["--jobs", "1"] if args[0] == "extract" else []))


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


@pytest.mark.parametrize("cell, date", [
    ("2024-03-05", dt.date(2024, 3, 5)),
    (" 2024-03-05 ", dt.date(2024, 3, 5)),
    ("2024-03-05T23:30:00-05:00", dt.date(2024, 3, 5)),   # the date as written, not moved to UTC
    ("2024-03-05 10:00:00", dt.date(2024, 3, 5)),
    ("2024-03-05T10:00:00Z", dt.date(2024, 3, 5)),
    ("20240305", dt.date(2024, 3, 5)),
    ("2024/03/05", dt.date(2024, 3, 5)),
    ("05.03.2024", dt.date(2024, 3, 5)),
    ("Tue, 05 Mar 2024 10:00:00 +0300", dt.date(2024, 3, 5)),
    ("", None),
    ("  ", None),
])
def test_parse_date(cell, date):
    assert parse_date(cell) == date


@pytest.mark.parametrize("cell", ["03/05/2024", "yesterday", "2024-13-01", "2024-03", "05.13.2024", "1709632800"])
def test_a_cell_that_is_no_date_or_could_be_two(cell):
    with pytest.raises(ValueError, match="is not a date"):
        parse_date(cell)


def test_read_dates_looks_documents_up_by_path_or_name(tmp_path):
    table = tmp_path / "SOURCES.tsv"
    table.write_text("file\turl\tdate\n"
                     "a.txt\thttps://example.org/a\t2021-02-24\n"
                     "b.txt\thttps://example.org/b\t\n"
                     "sub/c.txt\t\t2019-05-01\n"
                     "x/same.txt\t\t2020-01-01\n"
                     "y/same.txt\t\t2020-02-02\n", encoding="utf-8")
    dates = read_dates(str(table))
    assert dates.get("a.txt") == dt.date(2021, 2, 24)
    assert dates.get("../docs/a.txt") == dt.date(2021, 2, 24)         # by its name, wherever it is
    assert dates.get("b.txt") is None                                  # an empty date is none
    assert dates.get("./sub/c.txt") == dt.date(2019, 5, 1)
    assert dates.get("x/same.txt") == dt.date(2020, 1, 1)
    assert dates.get("z/same.txt") is None                             # a name two rows date differently
    assert dates.get("other.txt") is None


@pytest.mark.parametrize("content, reason", [
    ("name,when\na.txt,2020-01-01\n", "needs a header with a file column"),
    ("file,date\na.txt,2020-01-01\nb.txt,01/02/2020\n", "line 3: '01/02/2020' is not a date"),
    ("file,date\na.txt\n", "line 2: 1 fields, the header has 2"),
])
def test_a_dates_table_that_cannot_be_read(tmp_path, content, reason):
    table = tmp_path / "dates.csv"
    table.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=reason):
        read_dates(str(table))
    res = run("extract", "-", "--dates", table)
    said = " ".join(re.sub(r"[│╭╮╰╯─]", " ", res.stderr).split())   # the error box may wrap the line anywhere
    assert res.exit_code == 2 and reason.split(":")[0] in said


DATELINED = "Moscow, April 2, 2024\n\nLast year, crime fell by 5 percent.\n"


@pytest.mark.parametrize("options, date, year", [
    ([], "2024-04-02", 2023),                                           # the text's dateline
    (["--dates", "{dates}"], "2021-06-30", 2020),                       # --dates wins over the text
    (["--dates", "{dates}", "--doc-date", "2019-01-15"], "2019-01-15", 2018),   # --doc-date wins over all
])
def test_a_date_from_outside_wins_over_the_text(tmp_path, options, date, year):
    doc = tmp_path / "doc.txt"
    doc.write_text(DATELINED, encoding="utf-8")
    (tmp_path / "dates.csv").write_text("path,date\ndoc.txt,2021-06-30\n", encoding="utf-8")
    res = run("extract", doc, "-f", "jsonl", *[o.format(dates=tmp_path / "dates.csv") for o in options])
    assert [(r["doc_date"], r["year"]) for r in jsonl(res.stdout)] == [(date, year)]


@pytest.mark.parametrize("options, date", [
    ([], "2022-07-01"),                                                  # the row's date column over its text
    (["--dates", "{dates}"], "2021-06-30"),                              # --dates names the row's id
    (["--doc-date", "2019-01-15", "--dates", "{dates}"], "2019-01-15"),
])
def test_a_corpus_date_column_gives_way_to_dates_from_outside(tmp_path, options, date):
    archive = tmp_path / "a.jsonl"
    archive.write_text(json.dumps({"id": "doc-7", "date": "2022-07-01", "text": DATELINED}) + "\n", encoding="utf-8")
    (tmp_path / "dates.csv").write_text("id,date\ndoc-7,2021-06-30\n", encoding="utf-8")
    res = run("extract", archive, "-f", "jsonl", *[o.format(dates=tmp_path / "dates.csv") for o in options])
    assert [r["doc_date"] for r in jsonl(res.stdout)] == [date]


def test_dates_take_any_get(tmp_path):
    """The library takes a Dates table or any mapping of names to dates."""
    import statx

    doc = tmp_path / "doc.txt"
    doc.write_text(DATELINED, encoding="utf-8")
    for dates in ({str(doc): dt.date(2020, 5, 5)}, Dates([("doc.txt", dt.date(2020, 5, 5))])):
        [claim] = statx.extract_paths([str(doc)], dates=dates)
        assert (claim.doc_date, claim.year) == (dt.date(2020, 5, 5), 2019)


@pytest.fixture
def undated(tmp_path: Path) -> tuple[Path, Path, Path]:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("Last year, the number of car thefts fell by 4 percent.\n", encoding="utf-8")
    new.write_text("Last year, the number of car thefts fell by 7 percent.\n", encoding="utf-8")
    table = tmp_path / "dates.tsv"
    table.write_text("file\tdate\nold.txt\t2021-03-01\nnew.txt\t2022-03-01\n", encoding="utf-8")
    return old, new, table


def test_diff_and_series_take_dates(undated):
    old, new, table = undated
    plain = jsonl(run("diff", old, new, "-f", "jsonl").stdout)
    assert [(r["old_year"], r["new_year"]) for r in plain] == [(None, None)]
    dated = jsonl(run("diff", old, new, "-f", "jsonl", "--dates", table).stdout)
    assert [(r["status"], r["old_year"], r["new_year"]) for r in dated] == [("other_year", 2020, 2021)]
    series = jsonl(run("series", old, new, "-f", "jsonl", "--dates", table).stdout)
    assert [(r["year"], r["values"]) for r in series] == [(2020, -4), (2021, -7)]
    one_day = jsonl(run("series", old, new, "-f", "jsonl", "--doc-date", "2024-01-01").stdout)
    assert [r["year"] for r in one_day] == [2023]
