"""Memory and speed of statx on one large corpus file: a JSON Lines archive (and the same archive
gzip-compressed) of documents built from the seeds, with ids and dates, read as a stream.

    python bench/corpus.py              # 20 MB and 200 MB archives (about ten minutes on 2 cores)
    python bench/corpus.py --quick      # 2 MB and 20 MB

Each run is `statx extract ARCHIVE --format csv --jobs N` with its rows sent nowhere; the figures
are its wall time and peak RSS (the largest of the process and its workers, from os.wait4).
Flat memory means the peak RSS of the large archive is about that of the small one. A run on
the 2-core machine (others' jobs running too, so the times are loose), --jobs 2:

| archive | MB | rows | wall s | MB/s | peak RSS MB |
|---|---|---|---|---|---|
| archive-20MB.jsonl | 20 | 15722 | 8.8 | 2.26 | 45 |
| archive-20MB.jsonl.gz | 20 | 15722 | 10.9 | 1.84 | 45 |
| archive-200MB.jsonl | 200 | 155362 | 172.4 | 1.16 | 45 |
| archive-200MB.jsonl.gz | 200 | 155362 | 227.1 | 0.88 | 46 |"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
MB = 1_000_000


def build(size: int, seed: int = 0) -> Path:
    """A JSON Lines archive of about ``size`` bytes: documents of 2 KB to 50 KB made of the
    seeds' paragraphs, each with an id and a date. Reused while it exists."""
    path = OUT / f"archive-{size / MB:g}MB.jsonl"
    if path.exists():
        return path
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    paragraphs = [p for t in texts for p in t.splitlines() if len(p.strip()) > 40]
    rng = random.Random(seed)
    OUT.mkdir(parents=True, exist_ok=True)
    written, n = 0, 0
    with open(path.with_suffix(".tmp"), "w", encoding="utf-8") as fh:
        while written < size:
            target = int(2000 * 25 ** rng.random())
            parts: list[str] = []
            while sum(map(len, parts)) < target:
                parts.append(rng.choice(paragraphs))
            row = {"id": f"doc-{n:07d}", "date": f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                   "text": "\n\n".join(parts)}
            line = json.dumps(row, ensure_ascii=False) + "\n"
            fh.write(line)
            written += len(line.encode())
            n += 1
    path.with_suffix(".tmp").rename(path)
    return path


def gzipped(path: Path) -> Path:
    out = path.with_name(path.name + ".gz")
    if not out.exists():
        with open(path, "rb") as src, gzip.open(out, "wb", compresslevel=6) as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
    return out


def run(path: Path, jobs: int) -> tuple[float, int, int]:
    """Wall seconds, peak RSS in MB and rows written by one extract run."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "statx", "extract", str(path), "--format", "csv",
                             "--jobs", str(jobs)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    rows = sum(1 for _ in proc.stdout) - 1
    _, status, usage = os.wait4(proc.pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    return time.perf_counter() - start, usage.ru_maxrss // 1024, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    sizes = (2 * MB, 20 * MB) if args.quick else (20 * MB, 200 * MB)
    print("| archive | MB | rows | wall s | MB/s | peak RSS MB |\n|---|---|---|---|---|---|")
    for size in sizes:
        plain = build(size)
        for path in (plain, gzipped(plain)):
            seconds, rss, rows = run(path, args.jobs)
            print(f"| {path.name} | {size / MB:g} | {rows} | {seconds:.1f} | {size / MB / seconds:.2f} | {rss} |", flush=True)


if __name__ == "__main__":
    main()
