"""bench/run.py's results (bench/out/results.json) as the Markdown of bench/README.md.

    python bench/report.py      # the last run's report again
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def markdown(r: dict) -> str:
    runs = {(x["corpus"], x["jobs"]): x for x in r["runs"]}
    corpora = list(dict.fromkeys(x["corpus"] for x in r["runs"]))
    jobs = r["jobs"]
    load = "load average {:.1f} before, {:.1f} after (1 min)".format(r["load_before"][0], r["load_after"][0])
    lines = [f"Machine: {r['machine']}; {load}.", f"Commit: {r['commit']}.",
             f"Command: `{r['command']}` ({r['minutes']:.1f} minutes).", ""]
    lines += _headline(r, runs, corpora, jobs) + [""]
    lines += ["| run | MB | docs | wall s | CPU s | MB/s | docs/s | peak RSS MB |", "|---|---|---|---|---|---|---|---|"]
    for x in r["runs"]:
        lines.append(f"| `statx extract {x['corpus']} --jobs {x['jobs']}` (CSV to /dev/null) | {x['mb']:.1f} | "
                     f"{x['docs']} | {x['seconds']:.1f} | {x['cpu_s']:.1f} | {x['mb_s']:.2f} | {x['docs_s']:.0f} | {x['rss_mb']} |")
    for name, x in r["regex"].items():
        lines.append(f"| bare regex `\\d+` scan of {name} | {x['mb']:.1f} | | {x['seconds']:.2f} | | {x['mb_s']:.0f} | | |")
    for d in r["dask"]:
        if d:
            lines.append(f"| Dask, {d['workers']} worker process(es), `extract_records` per partition | {d['mb']:.1f} | "
                         f"| {d['seconds']:.1f} | | {d['mb_s']:.2f} | | |")
    s = r["spark"]
    if isinstance(s, dict):
        lines.append(f"| PySpark local[{s['cores']}], `mapInPandas` over Parquet | {s['mb']:.1f} | {s['docs']} | "
                     f"{s['seconds']:.1f} | | {s['mb_s']:.2f} | {s['docs'] / s['seconds']:.0f} | |")
    lines += [""] + _details(r, runs, corpora, jobs) + ["", "Where a one-file run's time goes (median wall and CPU seconds of a fresh "
                                                            "interpreter doing each step more, taking turns):", "",
                                                            "| step | wall s | CPU s | this step, CPU s |", "|---|---|---|---|"]
    before = 0.0
    for name, seconds, cpu in r["phases"]:
        lines.append(f"| {name} | {seconds:.3f} | {cpu:.3f} | {cpu - before:+.3f} |")
        before = cpu
    one = r["one_file"]["current"]
    lines.append(f"| `statx extract FILE` (the one-file run above: also typer's parsing of the command line and the output) | "
                 f"{one['seconds']:.3f} | {one['cpu_s']:.3f} | {one['cpu_s'] - before:+.3f} |")
    return "\n".join(lines)


def _headline(r: dict, runs: dict, corpora: list[str], jobs: int) -> list[str]:
    """The figures of issue 18's targets, each as a ratio measured in this run."""
    out = ["| figure | measured | ratio |", "|---|---|---|"]
    one = r["one_file"]
    cur = one["current"]
    row = f"| one-file run (`statx extract seeds/003_...txt`, median of runs taking turns) | {cur['seconds']:.3f} s wall, {cur['cpu_s']:.3f} s CPU |"
    if "baseline" in one:
        row += f" {one['baseline']['seconds'] / cur['seconds']:.2f}x faster than {r['per_core']['commit']} ({one['baseline']['seconds']:.3f} s) |"
    out.append(row if "baseline" in one else row + " |")
    if "per_core" in r:
        p = r["per_core"]
        c, b = p["current"], p["baseline"]
        out.append(f"| per-core throughput, extract_text on {c['mb']:.1f} MB of {corpora[0]} (median of {c['rounds']} turns each) | "
                   f"{c['mb'] / c['cpu_s']:.2f} MB/s CPU ({c['claims']} claims); {p['commit']}: {b['mb'] / b['cpu_s']:.2f} MB/s ({b['claims']} claims) | "
                   f"{b['cpu_s'] / c['cpu_s']:.2f}x ({b['seconds'] / c['seconds']:.2f}x wall) |")
    small, large = runs[(corpora[0], 1)], runs[(corpora[1], 1)]
    fixed = r["one_file"]["current"]["cpu_s"]  # start-up, paid once by each run
    out.append(f"| linear cost: {large['corpus']} against {small['corpus']} ({large['mb'] / small['mb']:.1f}x the bytes) | "
               f"{small['seconds']:.1f} s -> {large['seconds']:.1f} s wall | {large['seconds'] / small['seconds']:.2f}x wall, "
               f"{large['cpu_s'] / small['cpu_s']:.2f}x CPU, {(large['cpu_s'] - fixed) / (small['cpu_s'] - fixed):.2f}x CPU less one start-up each |")
    if jobs > 1:
        for c in corpora:
            out.append(f"| `--jobs {jobs}` on {c} | {runs[(c, jobs)]['mb_s']:.2f} MB/s | {runs[(c, 1)]['seconds'] / runs[(c, jobs)]['seconds']:.2f}x --jobs 1 |")
    dask = [d for d in r["dask"] if d]
    if len(dask) == 2:
        out.append(f"| Dask, {dask[1]['workers']} workers against 1, {dask[0]['mb']:.1f} MB | {dask[1]['mb_s']:.2f} MB/s | {dask[0]['seconds'] / dask[1]['seconds']:.2f}x |")
    return out


def _details(r: dict, runs: dict, corpora: list[str], jobs: int) -> list[str]:
    out = []
    for name, d in r["density"].items():
        one = runs[(name, 1)]
        regex = r["regex"][name]
        out.append(f"* **{name}**: {d['claims_per_mb']:.0f} claims per MB; end to end {one['mb_s']:.2f} MB/s and {one['docs_s']:.0f} "
                   f"documents/s on one core; the bare regex scan of the same bytes is {regex['mb_s'] / one['mb_s']:.0f}x faster.")
    v = r["rivals"]
    s = v["statx"]
    for key, label in (("quantulum3", "quantulum3"), ("recognizers", "Recognizers-Text (number, percentage, currency, dimension models)")):
        x = v[key]
        if x:
            out.append(f"* **{label}** on the same {s['mb'] * 1000:.0f} KB ({s['docs']} documents): {x['mb_s']:.3f} MB/s, "
                       f"{x['found']} found; statx extract_text {s['mb_s']:.2f} MB/s, {s['claims']} claims: {s['mb_s'] / x['mb_s']:.0f}x faster.")
        else:
            out.append(f"* **{label}**: not installed (pip install -e '.[bench]').")
    for d in r["dask"]:
        if d:
            out.append(f"* **Dask, {d['workers']} worker(s)**: {d['rows']} rows; the cluster started and built its patterns in {d['cluster_s']:.1f} s (not counted).")
    s = r["spark"]
    if isinstance(s, dict):
        out.append(f"* **PySpark** local[{s['cores']}]: {s['rows']} rows, {'the same' if s['same_rows'] else 'NOT the same'} as "
                   f"one process's; the session took {s['session_s']:.1f} s to start and warm its Python workers (not counted).")
    else:
        out.append(f"* **PySpark**: {s}.")
    return out


if __name__ == "__main__":
    print(markdown(json.loads((Path(__file__).parent / "out" / "results.json").read_text())), file=sys.stdout)
