"""statx.batch.extract_records: the rows of many records, the same in one process, pickled, or
spread over a Dask cluster's worker processes."""
from __future__ import annotations

import datetime as dt
import doctest
import functools
import json
import logging
import os
import pickle

import pytest

import statx
from statx import batch
from statx.batch import extract_records

SENTENCES = [
    "Thefts fell by 4.5 percent in 2023.",
    "Last year the police seized 2.5 tons of heroin and closed 120 drug dens.",
    "Exports grew by almost 30 percent, to over 156 billion rubles.",
    "В 2023 году число краж снизилось на 9%.",
    "The committee met on Tuesday and no figures were given.",
    "Between 50 and 90 percent of requests were denied in 2021.",
]


def records(n: int) -> list[dict]:
    """``n`` records of one to three of the sentences, some dated, some not."""
    out = []
    for i in range(n):
        text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(1 + i % 3))
        date = None if i % 4 == 0 else f"2024-0{1 + i % 9}-1{i % 10}"
        out.append({"id": f"r{i:03d}", "text": text, "date": date, "source": f"wire {i % 2}"})
    return out


def test_the_doctests():
    assert doctest.testmod(batch).failed == 0


def test_rows_are_extract_texts_claims_as_plain_values():
    recs = records(12)
    got = extract_records(recs)
    want = [c.as_dict() for r in recs for c in statx.extract_text(r["text"], r["id"], r["date"])]
    assert len(got) == len(want) > 20
    for g, w in zip(got, want):
        assert list(g) == list(statx.COLUMNS)
        assert g["mention"] == w["mention"] and g["start"] == w["start"] and g["doc"] == w["doc"]
        assert g["value"] == format(w["value"], "f")
        assert g["doc_date"] == (w["doc_date"].isoformat() if w["doc_date"] else None)
        assert json.loads(json.dumps(g)) == g


def test_spans_index_the_text():
    recs = records(6)
    texts = {r["id"]: r["text"] for r in recs}
    for row in extract_records(recs):
        assert texts[row["doc"]][row["start"]:row["end"]] == row["mention"]


@pytest.mark.parametrize("date,expected", [
    ("2024-03-01", "2024-03-01"),
    ("2024-03-01T18:30:00", "2024-03-01"),
    (dt.date(2024, 3, 1), "2024-03-01"),
    (dt.datetime(2024, 3, 1, 18, 30), "2024-03-01"),
    (None, "2013-03-11"),          # found in the text
    ("", "2013-03-11"),
    (float("nan"), "2013-03-11"),  # pandas' empty cell
])
def test_the_date_of_a_record(date, expected):
    text = "March 11, 2013, Moscow\n\nCrime fell by 4.5 percent last year.\n"
    (row,) = extract_records([{"id": 1, "text": text, "date": date}])
    assert (row["doc"], row["doc_date"], row["year"]) == ("1", expected, int(expected[:4]) - 1)


@pytest.mark.parametrize("options,record,expected", [
    ({"text_column": "body", "id_column": "url", "date_column": None},
     {"url": "http://x/1", "body": "Crime fell by 4.5 percent."}, {"doc": "http://x/1", "value": "4.5"}),
    ({"id_column": None}, {"text": "Crime fell by 4.5 percent."}, {"doc": "-"}),
    ({"keep": ("source", "missing")}, {"id": 7, "text": "Crime fell by 4.5 percent.", "source": "wire"},
     {"source": "wire", "missing": None}),
    ({"lang": "ru"}, {"id": 1, "text": "Кражи сократились на 9%."}, {"value": "9", "direction": "down"}),
])
def test_options(options, record, expected):
    (row,) = extract_records([record], **options)
    assert {k: row[k] for k in expected} == expected
    assert list(row) == [*statx.COLUMNS, *options.get("keep", ())]


@pytest.mark.parametrize("record", [
    {"id": 1, "text": None},
    {"id": 2, "text": ""},
    {"id": 3, "text": "The committee met on Tuesday."},
])
def test_records_without_claims_give_no_rows(record):
    assert extract_records([record]) == []


@pytest.mark.parametrize("options,record,error", [
    ({"keep": ("unit",)}, {"id": 1, "text": "x"}, ValueError),
    ({}, {"id": 1, "text": 42}, TypeError),
    ({}, {"id": 1, "body": "no text column"}, KeyError),
])
def test_bad_records_and_options(options, record, error):
    with pytest.raises(error):
        extract_records([record], **options)


def test_it_pickles_by_name_with_its_options():
    work = pickle.loads(pickle.dumps(functools.partial(extract_records, keep=("source",))))
    assert work(records(5)) == extract_records(records(5), keep=("source",))


def test_a_dask_cluster_of_two_worker_processes_gives_the_rows_of_one_process(tmp_path):
    pytest.importorskip("distributed", reason="dask[distributed] is in the test extra")
    import dask.bag
    from dask.distributed import Client, LocalCluster

    recs = records(60)
    for part in range(4):  # a small JSON Lines corpus: four files, one partition each
        with open(tmp_path / f"part-{part}.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in recs[part * 15:(part + 1) * 15])
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        workers = client.run(os.getpid)
        bag = dask.bag.read_text(str(tmp_path / "part-*.jsonl")).map(json.loads)
        got = bag.map_partitions(extract_records, keep=("source",)).compute()
    assert len(set(workers.values()) - {os.getpid()}) == 2
    assert got == extract_records(recs, keep=("source",))
