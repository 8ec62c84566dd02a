"""The PySpark recipe of the README, run on a bench corpus: a Parquet corpus (id, text, date) in,
claims out through ``mapInPandas`` and ``statx.batch.extract_records``, checked against the rows
one process gives. Needs Java and `pip install -e '.[spark]'` (pyspark, pandas, pyarrow).

    python bench/spark.py bench/out/dense-4MB --cores 2     # prints its figures as JSON

The Parquet copy of the corpus is written once, beside its JSON Lines records."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Iterator

import pandas as pd

from statx.batch import TYPES, extract_records

# The rows' schema in Spark's DDL: whole numbers as bigint, exact decimals and dates as strings.
SCHEMA = ", ".join(f"`{name}` {'bigint' if kind is int else 'string'}" for name, kind in TYPES.items())
INTS = {name: "Int64" for name, kind in TYPES.items() if kind is int}  # pandas' integers with nulls


def claims(frames: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """mapInPandas' function: the claims of each batch of documents (columns id, text, date)."""
    for frame in frames:
        rows = extract_records(frame.to_dict("records"))
        yield pd.DataFrame(rows, columns=list(TYPES)).astype(INTS)


def parquet(folder: Path) -> Path:
    """The corpus's JSON Lines partitions as Parquet files, one each (written once)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = folder / "parquet"
    if not out.exists():
        tmp = folder / "parquet.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        schema = pa.schema([("id", pa.string()), ("text", pa.string()), ("date", pa.string())])
        for part in sorted((folder / "jsonl").glob("*.jsonl")):
            with open(part, encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh]
            pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp / (part.stem + ".parquet"))
        tmp.rename(out)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="a bench corpus folder (with its jsonl/ partitions)")
    ap.add_argument("--cores", type=int, default=2)
    args = ap.parse_args()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    source = parquet(args.corpus)
    from pyspark.sql import SparkSession

    started = time.perf_counter()
    spark = (SparkSession.builder.master(f"local[{args.cores}]").appName("statx")
             .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", str(args.cores))
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    # Start each core's Python worker, which imports statx and builds its patterns, before the clock.
    warm = [{"id": str(i), "text": "Crime fell by 4.5 percent.", "date": None} for i in range(args.cores)]
    (spark.createDataFrame(warm, "id string, text string, date string").repartition(args.cores)
     .mapInPandas(claims, SCHEMA).write.format("noop").mode("overwrite").save())
    session = time.perf_counter() - started
    out = args.corpus / f"spark-claims-{args.cores}"
    start = time.perf_counter()
    spark.read.parquet(str(source)).mapInPandas(claims, SCHEMA).write.mode("overwrite").parquet(str(out))
    seconds = time.perf_counter() - start
    spark.stop()

    import pyarrow.parquet as pq

    got = pq.read_table(out).to_pylist()
    records = [r for part in sorted((args.corpus / "jsonl").glob("*.jsonl"))
               for r in map(json.loads, part.read_text(encoding="utf-8").splitlines())]
    want = extract_records(records)
    same = sorted(map(_key, got)) == sorted(map(_key, want))
    size = sum(len(r["text"].encode()) for r in records)
    print(json.dumps({"cores": args.cores, "mb": size / 1e6, "docs": len(records), "rows": len(got),
                      "session_s": session, "seconds": seconds, "mb_s": size / 1e6 / seconds, "same_rows": same}))


def _key(row: dict) -> tuple:
    return tuple(str(row[c]) for c in TYPES)


if __name__ == "__main__":
    main()
