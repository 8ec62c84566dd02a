"""statx on many cores through the batch API: a Dask LocalCluster of worker processes, and the
PySpark recipe (bench/spark.py) in a child process where Java and pyspark are present."""
from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from corpora import MB, OUT, ROOT, records


def dask_run(folder: Path, workers: int) -> dict | None:
    """The corpus's JSON Lines partitions through ``extract_records`` on ``workers`` single-threaded
    worker processes, rows written as JSON Lines by the workers. Timed from the first task to the
    last file written; the workers start, and build their patterns, before the clock starts."""
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")  # the cluster's processes say only what fails
    try:
        import dask.bag
        from dask.distributed import Client, LocalCluster
    except ImportError:
        return None
    from statx.batch import extract_records

    out = OUT / f"dask-out-{workers}"
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        client.run(extract_records, [{"id": "warm", "text": "Crime fell by 4.5 percent.", "date": None}])
        cluster_s = time.perf_counter() - started
        start = time.perf_counter()
        bag = dask.bag.read_text(str(folder / "jsonl" / "*.jsonl")).map(json.loads)
        bag.map_partitions(extract_records).map(json.dumps).to_textfiles(str(out / "*.jsonl"))
        seconds = time.perf_counter() - start
    rows = sum(1 for path in out.glob("*.jsonl") for _ in open(path, encoding="utf-8"))
    size = sum(len(r["text"].encode()) for r in records(folder))
    return {"workers": workers, "mb": size / MB, "rows": rows, "cluster_s": cluster_s, "seconds": seconds,
            "mb_s": size / MB / seconds}


def java() -> bool:
    return shutil.which("java") is not None


def spark_run(folder: Path, cores: int) -> dict | str:
    """bench/spark.py's figures, or why it did not run."""
    if not java():
        return "no Java on this machine"
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark not installed (pip install -e '.[spark]')"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "spark.py"), str(folder), "--cores", str(cores)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        return "failed: " + done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"
    return json.loads(done.stdout.strip().splitlines()[-1])
