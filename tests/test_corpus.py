"""Corpus files: CSV, TSV, JSON Lines and Parquet files whose rows are documents (gzip-compressed
too), read row by row, with ids, dates and kept columns; bad rows reported with their line."""
from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import statx
from statx.cli import app
from statx.io.corpus import Columns, sniff
from statx.io.read import ReadError
from statx.pipeline import extract_rows

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

ARTICLES = [
    {"id": "a1", "date": "2024-03-05", "url": "https://example.org/a1", "title": "Crime",
     "text": "Last year, crime fell by 5 percent, the ministry said."},
    {"id": "a2", "date": "2021-01-10T08:00:00+03:00", "url": "https://example.org/a2", "title": "Thefts, again",
     "text": 'Thefts rose by 12 percent in 2020.\n\nThe "damage", officials said, reached 3 billion rubles.'},
    {"id": "a3", "date": "", "url": "https://example.org/a3", "title": "",
     "text": "В 2023 году число краж снизилось на 9%."},
]
# What each article gives: (doc, doc_date, mention, year), in order.
EXPECTED = [
    ("a1", "2024-03-05", "5 percent", 2023),
    ("a2", "2021-01-10", "12 percent", 2020),
    ("a2", "2021-01-10", "3 billion rubles", 2020),
    ("a3", None, "9%", 2023),
]


def run(*args, input=None):
    """statx in this process (extract in one process unless --jobs is given)."""
    args = [*map(str, args)] + (["--jobs", "1"] if args[0] == "extract" and "--jobs" not in args else [])
    return CliRunner().invoke(app, args, input=input)


def jsonl_rows(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def write_jsonl(path: Path, rows: list[dict], opener=open) -> Path:
    with opener(path, "wt", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def write_csv(path: Path, rows: list[dict], delimiter: str = ",", opener=open) -> Path:
    with opener(path, "wt", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_parquet(path: Path, rows: list[dict]) -> Path:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    columns = {k: [r[k] for r in rows] for k in rows[0]}
    pq.write_table(pa.table(columns), path, row_group_size=2)  # two row groups, read one by one
    return path


def check(stdout: str, by_id: dict[str, str]) -> list[tuple]:
    """The rows' (doc, doc_date, mention, year), each span checked against its document's text."""
    rows = jsonl_rows(stdout)
    for r in rows:
        assert by_id[r["doc"]][r["start"]:r["end"]] == r["mention"]
    return [(r["doc"], r["doc_date"], r["mention"], r["year"]) for r in rows]


TEXTS = {a["id"]: a["text"] for a in ARTICLES}


@pytest.mark.parametrize("name, write", [
    ("archive.jsonl", write_jsonl),
    ("archive.jsonl.gz", lambda p, rows: write_jsonl(p, rows, gzip.open)),
    ("archive.csv", write_csv),
    ("archive.csv.gz", lambda p, rows: write_csv(p, rows, ",", gzip.open)),
    ("archive.tsv", lambda p, rows: write_csv(p, rows, "\t")),
    ("archive.parquet", write_parquet),
])
def test_archive_with_ids_dates_and_kept_columns(tmp_path, name, write):
    path = write(tmp_path / name, ARTICLES)
    res = run("extract", path, "-f", "jsonl", "--keep", "url,title")
    assert res.exit_code == 0, res.stderr
    assert check(res.stdout, TEXTS) == EXPECTED
    kept = [(r["doc"], r["url"], r["title"]) for r in jsonl_rows(res.stdout)]
    assert kept[:2] == [("a1", "https://example.org/a1", "Crime"), ("a2", "https://example.org/a2", "Thefts, again")]
    assert list(jsonl_rows(res.stdout)[0])[-2:] == ["url", "title"]   # after the spec's columns


def test_kept_columns_come_after_the_spec_columns_in_csv(tmp_path):
    path = write_csv(tmp_path / "a.csv", ARTICLES)
    res = run("extract", path, "-f", "csv", "--keep", "title")
    header = res.stdout.splitlines()[0].split(",")
    assert header == list(statx.COLUMNS) + ["title"]
    assert [r["title"] for r in csv.DictReader(io.StringIO(res.stdout))] == ["Crime", "Thefts, again", "Thefts, again", ""]


def test_the_library_reads_archives_too(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    claims = list(statx.extract_paths([str(path)]))
    assert [(c.doc, c.mention) for c in claims] == [(d, m) for d, _, m, _ in EXPECTED]
    rows = list(extract_rows([str(path)], columns=Columns(keep=("title",))))
    assert [r["title"] for r in rows] == ["Crime", "Thefts, again", "Thefts, again", ""]


def test_explain_reads_archives_too(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    res = run("extract", path, "-f", "jsonl", "--keep", "url", "--explain")
    rows = jsonl_rows(res.stdout)
    assert [(r["doc"], r["mention"], r["url"]) for r in rows] == [
        (d, m, f"https://example.org/{d}") for d, _, m, _ in EXPECTED]
    assert all(r["why"] for r in rows) and list(rows[0])[-2:] == ["url", "why"]


def test_a_text_longer_than_the_csv_module_allows(tmp_path):
    long = "Nothing to count here. " * 8000 + "Exports rose by 4 percent in 2023."
    path = write_csv(tmp_path / "long.csv", [{"id": "x", "text": long}])
    limit = csv.field_size_limit()   # another library of the test run may have raised it already
    res = run("extract", path, "-f", "jsonl")
    assert res.exit_code == 0, res.stderr
    assert check(res.stdout, {"x": long}) == [("x", None, "4 percent", 2023)]
    assert csv.field_size_limit() == limit   # the process-wide limit is left alone


@pytest.mark.parametrize("options, rows, expected", [
    # --text-column, --id-column, --date-column name other columns
    (["--text-column", "story", "--id-column", "slug", "--date-column", "day"],
     [{"slug": "s1", "day": "07.04.2015", "story": "Crime fell by 5 percent.", "text": "not this 9%"}],
     [("s1", "2015-04-07", "5 percent")]),
    # no id column: the file's path and the row's number
    ([], [{"text": "Crime fell by 5 percent."}, {"text": "Thefts rose by 3 percent."}],
     [("{path}#1", None, "5 percent"), ("{path}#2", None, "3 percent")]),
    # the url is the id when there is no id column; content and published are found
    ([], [{"url": "https://example.org/x", "published": "Tue, 07 Apr 2015 10:00:00 +0300", "content": "Crime fell by 5 percent."}],
     [("https://example.org/x", "2015-04-07", "5 percent")]),
    # column names in other case
    ([], [{"ID": "k", "Date": "2020-02-02", "Body": "Crime fell by 5 percent."}], [("k", "2020-02-02", "5 percent")]),
])
def test_columns(tmp_path, options, rows, expected):
    path = write_jsonl(tmp_path / "a.jsonl", rows)
    res = run("extract", path, "-f", "jsonl", *options)
    assert res.exit_code == 0, res.stderr
    got = [(r["doc"], r["doc_date"], r["mention"]) for r in jsonl_rows(res.stdout)]
    assert got == [(d.format(path=path), day, m) for d, day, m in expected]


BAD_JSONL = "\n".join([
    json.dumps({"id": "ok1", "text": "Crime fell by 5 percent."}),
    json.dumps({"id": "b1", "text": ""}),
    json.dumps({"id": "b2"}),
    json.dumps({"id": "b3", "text": 42}),
    '{"id": "b4", "text": "broken',
    json.dumps(["a", "list"]),
    json.dumps({"id": "b5", "date": "yesterday", "text": "Crime fell by 6 percent."}),
    json.dumps({"id": "b6", "date": 20240101, "text": "Crime fell by 7 percent."}),
    "",
    json.dumps({"id": "ok2", "text": "Thefts rose by 3 percent."}),
]) + "\n"


def test_bad_rows_are_reported_with_their_line_and_the_rest_go_on(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(BAD_JSONL, encoding="utf-8")
    res = run("extract", path, "-f", "jsonl")
    assert res.exit_code == 1
    assert [(r["doc"], r["mention"]) for r in jsonl_rows(res.stdout)] == [("ok1", "5 percent"), ("ok2", "3 percent")]
    assert res.stderr.splitlines() == [
        f"statx: {path}: line 2: no text",
        f"statx: {path}: line 3: no text",
        f"statx: {path}: line 4: text is a number, not text",
        f"statx: {path}: line 5: broken JSON at column 22: Unterminated string starting at",
        f"statx: {path}: line 6: a JSON list, not an object",
        f"statx: {path}: line 7: date: 'yesterday' is not a date (write YYYY-MM-DD)",
        f"statx: {path}: line 8: date: 20240101 is not a date (write YYYY-MM-DD)",
    ]


def test_bad_csv_rows(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text('id,date,text\n'
                    'ok1,2024-01-01,"Crime fell\nby 5 percent."\n'
                    'b1,2024-01-01\n'
                    'b2,31/12/2023,Crime fell by 6 percent.\n'
                    'b3,,\n'
                    'ok2,,Thefts rose by 3 percent.\n', encoding="utf-8")
    res = run("extract", path, "-f", "jsonl", "--max-bytes", "1K")
    assert res.exit_code == 1
    assert [(r["doc"], r["mention"]) for r in jsonl_rows(res.stdout)] == [("ok1", "5 percent"), ("ok2", "3 percent")]
    assert res.stderr.splitlines() == [
        f"statx: {path}: line 4: 2 fields where the header has 3",
        f"statx: {path}: line 5: date: '31/12/2023' is not a date (write YYYY-MM-DD)",
        f"statx: {path}: line 6: no text",
    ]


def test_a_row_over_the_size_limit_is_skipped(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": "big", "text": "x " * 2000}, {"id": "ok", "text": "Crime fell by 5 percent."}])
    res = run("extract", path, "-f", "jsonl", "--max-bytes", "1K")
    assert res.exit_code == 1
    assert res.stderr.splitlines() == [f"statx: {path}: line 1: larger than the size limit of 1024 characters (--max-bytes)"]
    assert [r["doc"] for r in jsonl_rows(res.stdout)] == ["ok"]


@pytest.mark.parametrize("name, content, kind", [
    ("a.csv", "id,text\n1,Crime fell.\n", "csv"),
    ("a.txt", "id,text\n1,Crime fell.\n", "csv"),                   # told by the content, not the name
    ("a.tsv", "id\tcontent\n1\tCrime fell.\n", "tsv"),
    ("a.jsonl", '{"id": 1, "body": "Crime fell."}\n', "jsonl"),
    ("a.txt", '{"id": 1, "body": "Crime fell."}\n', "jsonl"),
    ("a.csv", "Thefts fell by 4.5 percent.\n", None),               # a text in a .csv file stays a text
    ("a.txt", "Crime, they said, fell by 5 percent.\n", None),
    ("a.txt", "Content\nCrime fell by 5 percent.\n", None),             # a text's first word is no table of one column
    ("a.txt", "Text\n\n| Region | Per cent |\n| North | 4.5 |\n", None),
    ("a.csv", "text\nCrime fell by 5 percent.\n", "csv"),           # ... but a table file's may be
    ("a.txt", '{"note": "a JSON object without text"}\n', None),
    ("a.txt", "value,unit,subject\n5,percent,crime\n", None),        # a claim table is no corpus
    ("-", '{"id": 1, "text": "' + "Crime fell. " * 6000 + '"}\n', "jsonl"),  # a first line longer than is looked at
    ("-", '{"id": 1, "title": "' + "Crime fell. " * 6000 + '"}\n', None),
])
def test_told_by_content(name, content, kind):
    assert sniff(name, content.encode(), Columns()) == kind


@pytest.mark.parametrize("name, content, reason", [
    ("claims.csv", "id,doc,value,unit,subject\nx,d,5,percent,crime\n", "a claim table, not documents"),
    ("a.csv", "id,title,url\n1,T,u\n", "no text column (text, content, body; --text-column names another)"),
    ("a.jsonl", '{"id": 1, "title": "T"}\n', "no text column"),
])
def test_a_table_without_text_is_reported(name, content, reason):
    with pytest.raises(ReadError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        sniff(name, content.encode(), Columns())


def test_input_format_forces_a_corpus(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_text('{"id": "x", "story": "Crime fell by 5 percent."}\n', encoding="utf-8")
    res = run("extract", path, "-f", "jsonl", "--input-format", "jsonl", "--text-column", "story")
    assert [(r["doc"], r["mention"]) for r in jsonl_rows(res.stdout)] == [("x", "5 percent")]


def test_a_corpus_on_stdin(tmp_path):
    data = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES)
    res = run("extract", "-", "-f", "jsonl", input=data.encode())
    assert res.exit_code == 0, res.stderr
    assert check(res.stdout, TEXTS) == EXPECTED


def test_jobs_give_the_same_rows(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", ARTICLES * 10)
    one, two = (run("extract", path, "-f", "jsonl", "--jobs", n) for n in ("1", "2"))
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and len(jsonl_rows(one.stdout)) == 40


def test_statx_text_prints_each_document_or_one_exactly(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    res = run("text", path)
    assert res.stdout == "".join(("\n" if i else "") + f"=== doc: {a['id']} ===\n{a['text']}\n" for i, a in enumerate(ARTICLES))
    for row in jsonl_rows(run("extract", path, "-f", "jsonl").stdout):
        text = run("text", path, "--id", row["doc"]).stdout
        assert text[row["start"]:row["end"]] == row["mention"]
    missing = run("text", path, "--id", "nope")
    assert (missing.exit_code, missing.stderr) == (1, f"statx: {path}: no document with the id 'nope'\n")


def test_seeds_as_a_json_lines_archive_give_the_seed_rows(tmp_path):
    """The seeds packed with ids and dates give the rows of the seed folder dated by --dates."""
    seeds = sorted(SEEDS.glob("*.txt"))
    dates = ["2024-04-02", "2022-06-15", "", "2013-03-11", "2019-12-31"]  # one given none: its text dates it
    table = tmp_path / "dates.tsv"
    table.write_text("file\tdate\n" + "".join(f"{p.name}\t{d}\n" for p, d in zip(seeds, dates)), encoding="utf-8")
    archive = write_jsonl(tmp_path / "seeds.jsonl", [
        {"id": p.name, "date": d, "text": p.read_text(encoding="utf-8")} for p, d in zip(seeds, dates)])
    folder = run("extract", SEEDS, "--dates", table, "-f", "jsonl")
    packed = run("extract", archive, "-f", "jsonl")
    assert folder.exit_code == packed.exit_code == 0
    folder_rows, packed_rows = jsonl_rows(folder.stdout), jsonl_rows(packed.stdout)
    assert len(folder_rows) > 30
    docs = [r.pop("doc") for r in packed_rows]
    assert [Path(r.pop("doc")).name for r in folder_rows] == docs
    for r in folder_rows + packed_rows:
        del r["id"]   # an id keys the claim to its document's name, which differs here
    assert folder_rows == packed_rows
    given = dict(zip((p.name for p in seeds), dates))
    assert {(d, r["doc_date"]) for d, r in zip(docs, packed_rows) if given[d]} == {(d, v) for d, v in given.items() if v}
