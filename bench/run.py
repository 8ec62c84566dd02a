"""statx's speed, every figure measured in one run on this machine and shown beside what it is
compared with. Results: bench/README.md.

    python bench/run.py --quick    # 1 MB and 4 MB corpora, small samples: about 3 minutes
    python bench/run.py            # 5 MB and 20 MB corpora: about 10 minutes on 2 cores
    python bench/run.py --profile  # only: the hot spots of extract_text on the small corpus
    python bench/run.py --baseline-commit 330c1eb   # the older commit timed beside this one

Corpora are written under bench/out/ (ignored by git) and reused while their recipe is unchanged
(bench/corpora.py); so is the older commit's virtual environment (bench/baseline.py)."""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import baseline  # noqa: E402
import cluster  # noqa: E402
import corpora  # noqa: E402
import report  # noqa: E402
import rivals  # noqa: E402
from corpora import MB, OUT, ROOT  # noqa: E402

STARTUP_FILE = ROOT / "seeds" / "003_1373fcae5eaa2685.txt"  # it has "2.5 tons": a physical unit
# Corpus sizes (large is 4x small, for the linear cost), the sample of the rivals, and the rounds
# of the per-core timing of this commit against the baseline over the small corpus.
SIZES = {True: {"small": 1 * MB, "large": 4 * MB, "sample": 20_000, "rounds": 3},
         False: {"small": 5 * MB, "large": 20 * MB, "sample": 100_000, "rounds": 5}}


def statx_command() -> list[str]:
    script = Path(sys.executable).with_name("statx")
    return [str(script)] if script.exists() else [sys.executable, "-m", "statx"]


def child_env() -> dict:
    """The environment of a user's run: bytecode caches used and written, as after `pip install`."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run(args: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and peak RSS in MB (the largest of the process and its workers)
    of one statx run with its rows sent to /dev/null."""
    with open(os.devnull, "w") as null, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(statx_command() + args, stdout=null, stderr=err, env=child_env())
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            err.seek(0)
            raise SystemExit(f"statx {' '.join(args)} failed ({code}):\n{err.read().decode(errors='replace')}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def end_to_end(folder: Path, jobs: int) -> dict:
    paths = corpora.files(folder)
    size = corpora.size(folder)
    seconds, cpu, rss = run(["extract", str(folder / "txt"), "--format", "csv", "--jobs", str(jobs)])
    return {"corpus": folder.name, "jobs": jobs, "mb": size / MB, "docs": len(paths), "seconds": seconds,
            "cpu_s": cpu, "mb_s": size / MB / seconds, "docs_s": len(paths) / seconds, "rss_mb": rss}


# Where a one-file run's time goes: each step a fresh interpreter that does a little more.
PHASES = (
    ("the interpreter", "pass"),
    ("+ import statx.cli (typer, statx's package)", "import statx.cli"),
    ("+ import the pipeline (every stage, regex, the fixed patterns from the cache)", "import statx.cli, statx.pipeline"),
    ("+ extract_text of the file (word lists, alternations and patterns from the cache, units)",
     "import statx.cli, statx.pipeline; "
     f"statx.pipeline.extract_text(open({str(STARTUP_FILE)!r}, encoding='utf-8').read())"),
)


def phases(python: Path, repeat: int) -> list[tuple[str, float, float]]:
    """The median wall and CPU seconds of each of PHASES in ``python``, run turn about."""
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in PHASES}
    for _ in range(repeat):
        for name, code in PHASES:
            start = time.perf_counter()
            proc = subprocess.Popen([str(python), "-c", code], env=child_env(), stdout=subprocess.DEVNULL, cwd=OUT)
            _, status, usage = os.wait4(proc.pid, 0)
            runs[name].append((time.perf_counter() - start, usage.ru_utime + usage.ru_stime))
            if os.waitstatus_to_exitcode(status) != 0:
                raise SystemExit(f"python -c {code!r} failed")
    return [(name, statistics.median(r[0] for r in got), statistics.median(r[1] for r in got)) for name, got in runs.items()]


def profile(texts: list[str], top: int) -> None:
    from statx import extract_text

    extract_text(texts[0])
    prof = cProfile.Profile()
    prof.enable()
    for text in texts:
        extract_text(text)
    prof.disable()
    stats = pstats.Stats(prof, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def machine() -> str:
    model = "unknown cpu"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def commit() -> str:
    done = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h %s"], capture_output=True, text=True)
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    return done.stdout.strip()[:90] + (" (with uncommitted changes)" if dirty else "")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="1 MB and 4 MB corpora and small samples (about 3 minutes)")
    ap.add_argument("--profile", action="store_true", help="only profile extract_text on the small corpus")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="the --jobs, Dask workers and Spark cores of the parallel runs")
    ap.add_argument("--repeat", type=int, default=7, help="runs of each one-file timing")
    ap.add_argument("--baseline-commit", default="330c1eb", help="the older commit to time beside this one ('' for none)")
    ap.add_argument("--no-spark", action="store_true", help="skip the PySpark run (about 30 s)")
    args = ap.parse_args()
    size = SIZES[args.quick]
    dense = {k: corpora.build("dense", size[k]) for k in ("small", "large")}
    if args.profile:
        profile(corpora.sample(dense["small"], size["small"]), 30)
        return
    news = corpora.build("news", size["small"])
    r: dict = {"machine": machine(), "commit": commit(), "command": " ".join(["python", "bench/run.py"] + sys.argv[1:]),
               "load_before": os.getloadavg(), "started": time.time(), "jobs": args.jobs}
    say(f"corpora: {dense['small'].name}, {dense['large'].name}, {news.name}")

    older = baseline.prepare(args.baseline_commit, say) if args.baseline_commit else None
    installed = baseline.install(baseline.working_tree(), OUT / "current", say)   # as a user's, like the older one
    commands = {"current": [str(installed.with_name("statx"))], **({"baseline": [str(older.with_name("statx"))]} if older else {})}
    r["one_file"] = baseline.one_file(commands, STARTUP_FILE, args.repeat, child_env())
    r["phases"] = phases(installed, args.repeat)
    say(f"one-file run: {r['one_file']}")
    if older:
        sides = {"current": (sys.executable, {**child_env(), "PYTHONPATH": str(ROOT)}), "baseline": (str(older), child_env())}
        r["per_core"] = baseline.per_core(sides, corpora.files(dense["small"]), size["rounds"]) | {"commit": args.baseline_commit}
        say(f"per core: {r['per_core']}")

    r["runs"] = []
    for folder in (dense["small"], dense["large"], news):
        for jobs in sorted({1, args.jobs}):
            r["runs"].append(end_to_end(folder, jobs))
            say(f"{folder.name} --jobs {jobs}: {r['runs'][-1]['mb_s']:.2f} MB/s")
    r["density"] = {f.name: rivals.statx_in_process(corpora.sample(f, size["small"])) for f in (dense["small"], news)}
    r["regex"] = {f.name: rivals.regex_scan(corpora.files(f)) for f in (dense["small"], news)}
    texts = corpora.sample(dense["small"], size["sample"])
    r["rivals"] = {"statx": rivals.statx_in_process(texts), "quantulum3": rivals.quantulum(texts),
                   "recognizers": rivals.recognizers(texts)}
    say(f"rivals: { {k: v and round(v['mb_s'], 3) for k, v in r['rivals'].items()} }")
    r["dask"] = [cluster.dask_run(dense["large"], n) for n in sorted({1, args.jobs})]
    say(f"dask: {[d and round(d['mb_s'], 2) for d in r['dask']]}")
    r["spark"] = "skipped (--no-spark)" if args.no_spark else cluster.spark_run(dense["large"], args.jobs)
    say(f"spark: {r['spark']}")
    r["load_after"] = os.getloadavg()
    r["minutes"] = (time.time() - r["started"]) / 60
    (OUT / "results.json").write_text(json.dumps(r, indent=1))
    print(report.markdown(r))


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
