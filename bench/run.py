"""statx's speed: builds corpora from the seed (and, when present, the dev) documents and times
statx against a bare regex scan of the same bytes. Results: bench/README.md.

    python bench/run.py            # 20 MB and 200 MB corpora (about half an hour on 2 cores)
    python bench/run.py --quick    # 0.5 MB and 5 MB, for iteration (about a minute)
    python bench/run.py --profile  # the hot spots of extract_text on the small corpus

Corpora are written under bench/out/ (ignored by git) and reused while their recipe is unchanged.
The dev documents are read from shared/ at run time; their text never enters the repository."""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "seeds", ROOT.parent / "shared" / "gold" / "dev" / "docs")  # the dev documents, when present
OUT = ROOT / "bench" / "out"
STARTUP_FILE = ROOT / "seeds" / "003_1373fcae5eaa2685.txt"
MB = 1_000_000

sys.path.insert(0, str(ROOT))
from statx import extract_text, lang as lexicon  # noqa: E402


# ------------------------------------------------------------------ corpora

def source_texts() -> list[str]:
    """The English seed and dev documents."""
    texts = []
    for folder in SOURCES:
        if folder.is_dir():
            for path in sorted(folder.glob("*.txt")):
                text = path.read_text(encoding="utf-8")
                if lexicon.detect(text) == "en":
                    texts.append(text)
    return texts


def build_corpus(size: int, texts: list[str], seed: int = 0) -> Path:
    """A folder of about ``size`` bytes of English documents of 2 KB to 50 KB, each the head of
    a source document (title, date, place) and then paragraphs drawn from all of them."""
    heads = ["\n".join(t.splitlines()[:6]) + "\n" for t in texts]
    paragraphs = [p for t in texts for p in t.splitlines()[6:] if len(p.strip()) > 40]
    recipe = {"size": size, "seed": seed, "sources": len(texts), "paragraphs": len(paragraphs),
              "chars": sum(map(len, texts))}
    folder = OUT / f"corpus-{size / MB:g}MB"
    manifest = folder / "recipe.json"
    if manifest.exists() and json.loads(manifest.read_text()) == recipe:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    rng = random.Random(seed)
    written, n = 0, 0
    while written < size:
        target = int(2000 * 25 ** rng.random())  # 2 KB .. 50 KB, log-uniform
        parts = [rng.choice(heads)]
        length = len(parts[0].encode())
        while length < target:
            parts.append(rng.choice(paragraphs) + "\n")
            length += len(parts[-1].encode())
        path = folder / f"{n // 1000:04d}" / f"{n:07d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(parts), encoding="utf-8")
        written += length
        n += 1
    manifest.write_text(json.dumps(recipe))
    return folder


def corpus_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.txt"))


def sample(folder: Path, size: int) -> list[str]:
    """The first documents of a corpus, about ``size`` bytes in all."""
    texts, total = [], 0
    for path in corpus_files(folder):
        if total >= size:
            break
        texts.append(path.read_text(encoding="utf-8"))
        total += len(texts[-1].encode())
    return texts


# ------------------------------------------------------------------ timing

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
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            err.seek(0)
            raise SystemExit(f"statx {' '.join(args)} failed ({code}):\n{err.read().decode(errors='replace')}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def startup(repeat: int) -> tuple[float, float]:
    """Median wall and CPU seconds of `statx extract seeds/003...` (it meets "2.5 tons", so pint
    is loaded)."""
    run(["extract", str(STARTUP_FILE)])  # write the bytecode caches
    runs = [run(["extract", str(STARTUP_FILE)]) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def end_to_end(folder: Path, jobs: int) -> dict:
    size = sum(p.stat().st_size for p in corpus_files(folder))
    docs = len(corpus_files(folder))
    seconds, cpu, rss = run(["extract", str(folder), "--format", "csv", "--jobs", str(jobs)])
    return {"corpus": folder.name, "jobs": jobs, "mb": size / MB, "docs": docs, "seconds": seconds, "cpu_s": cpu,
            "mb_s": size / MB / seconds, "docs_s": docs / seconds, "rss_mb": rss}


def in_process(texts: list[str]) -> dict:
    size = sum(len(t.encode()) for t in texts)
    extract_text(texts[0])  # compile the patterns first
    start, cpu = time.perf_counter(), time.process_time()
    claims = sum(len(extract_text(t)) for t in texts)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"mb": size / MB, "docs": len(texts), "claims": claims, "seconds": seconds, "cpu_s": cpu,
            "mb_s": size / MB / seconds, "docs_s": len(texts) / seconds}


def regex_scan(folder: Path) -> dict:
    """A compiled digits regex over the same bytes, file by file: the floor any scan pays."""
    pattern = re.compile(r"\d+")
    size = hits = seconds = 0
    for path in corpus_files(folder):
        text = path.read_text(encoding="utf-8")
        size += len(text.encode())
        start = time.perf_counter()
        hits += sum(1 for _ in pattern.finditer(text))
        seconds += time.perf_counter() - start
    return {"mb": size / MB, "hits": hits, "seconds": seconds, "mb_s": size / MB / seconds}


def quantulum(texts: list[str]) -> dict | None:
    """quantulum3 on the same documents, when it is installed (`pip install -e '.[bench]'`)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
            parser.parse("2.5 tons")
    except ImportError:
        return None
    size = sum(len(t.encode()) for t in texts)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        start = time.perf_counter()
        found = sum(len(parser.parse(t)) for t in texts)
        seconds = time.perf_counter() - start
    return {"mb": size / MB, "quantities": found, "seconds": seconds, "mb_s": size / MB / seconds}


def profile(texts: list[str], top: int) -> None:
    extract_text(texts[0])
    prof = cProfile.Profile()
    prof.enable()
    for text in texts:
        extract_text(text)
    prof.disable()
    stats = pstats.Stats(prof, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


# ------------------------------------------------------------------ report

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small corpora (0.5 MB and 5 MB)")
    ap.add_argument("--profile", action="store_true", help="only profile extract_text on the small corpus")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="the --jobs of the parallel runs")
    ap.add_argument("--repeat", type=int, default=7, help="runs of the one-file start-up timing")
    args = ap.parse_args()

    small, large = (MB // 2, 5 * MB) if args.quick else (20 * MB, 200 * MB)
    sample_size = 20_000 if args.quick else 200_000
    texts = source_texts()
    if args.profile:
        profile(sample(build_corpus(small, texts), small), 30)
        return
    folders = [build_corpus(size, texts) for size in (small, large)]

    results: dict = {"machine": machine(), "command": " ".join(["python", "bench/run.py"] + sys.argv[1:]),
                     "sources": len(texts), "load_before": os.getloadavg()}
    say(f"corpora: {', '.join(str(f) for f in folders)}")
    results["startup_s"], results["startup_cpu_s"] = startup(args.repeat)
    say(f"start-up {results['startup_s']:.3f} s")
    results["extract_text"] = in_process(sample(folders[0], 10 * sample_size))
    say(f"extract_text {results['extract_text']['mb_s']:.2f} MB/s")
    results["runs"] = []
    for folder in folders:
        for jobs in sorted({1, args.jobs}):
            results["runs"].append(end_to_end(folder, jobs))
            say(f"{folder.name} jobs {jobs}: {results['runs'][-1]['mb_s']:.2f} MB/s")
    results["regex"] = [regex_scan(folder) for folder in folders]
    results["quantulum3"] = quantulum(sample(folders[0], sample_size))
    results["statx_sample"] = in_process(sample(folders[0], sample_size))
    results["load_after"] = os.getloadavg()
    (OUT / "results.json").write_text(json.dumps(results, indent=1))
    print(report(results))


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def report(r: dict) -> str:
    def one(corpus: str, jobs: int) -> dict:
        return next(x for x in r["runs"] if x["corpus"] == corpus and x["jobs"] == jobs)

    load = "load average {:.1f} before, {:.1f} after (1 min)".format(r["load_before"][0], r["load_after"][0])
    lines = [f"Machine: {r['machine']}; {load}", f"Command: `{r['command']}`; {r['sources']} English source documents", "",
             "| run | MB | docs | wall s | CPU s | MB/s | docs/s | peak RSS MB |", "|---|---|---|---|---|---|---|---|"]
    for x in r["runs"]:
        lines.append(f"| `statx extract {x['corpus']} --jobs {x['jobs']}` (CSV to /dev/null) | {x['mb']:.1f} | "
                     f"{x['docs']} | {x['seconds']:.1f} | {x['cpu_s']:.1f} | {x['mb_s']:.2f} | {x['docs_s']:.0f} | {x['rss_mb']} |")
    e = r["extract_text"]
    lines.append(f"| `extract_text` in-process | {e['mb']:.1f} | {e['docs']} | {e['seconds']:.1f} | {e['cpu_s']:.1f} | "
                 f"{e['mb_s']:.2f} | {e['docs_s']:.0f} | |")
    for x in r["regex"]:
        lines.append(f"| bare regex `\\d+` scan | {x['mb']:.1f} | | {x['seconds']:.2f} | | {x['mb_s']:.0f} | | |")
    lines += ["", f"One-file run (`statx extract {STARTUP_FILE.relative_to(ROOT)} > /dev/null`, median): "
                  f"{r['startup_s']:.3f} s wall, {r['startup_cpu_s']:.3f} s CPU"]
    corpora = sorted({x["corpus"] for x in r["runs"]}, key=lambda c: float(c[7:-2]))
    jobs = sorted({x["jobs"] for x in r["runs"]})
    if len(corpora) == 2:
        small, large = (one(c, 1) for c in corpora)
        lines.append(f"Linear cost: {large['corpus']} takes {large['seconds'] / small['seconds']:.1f}x the time "
                     f"({large['cpu_s'] / small['cpu_s']:.1f}x the CPU) of {small['corpus']} for "
                     f"{large['mb'] / small['mb']:.1f}x the bytes; peak RSS {small['rss_mb']} MB vs {large['rss_mb']} MB")
    if len(jobs) == 2:
        for c in corpora:
            lines.append(f"--jobs {jobs[1]} speed-up on {c}: {one(c, 1)['seconds'] / one(c, jobs[1])['seconds']:.2f}x")
    lines.append(f"statx end to end is {r['regex'][0]['mb_s'] / one(corpora[0], 1)['mb_s']:.0f}x slower than the bare regex scan (wall)")
    q, s = r["quantulum3"], r["statx_sample"]
    if q:
        lines.append(f"quantulum3 on the same {q['mb'] * 1000:.0f} KB: {q['mb_s']:.3f} MB/s; statx extract_text "
                     f"{s['mb_s']:.2f} MB/s, {s['mb_s'] / q['mb_s']:.1f}x quantulum3's speed")
    else:
        lines.append("quantulum3 not installed (pip install -e '.[bench]'): no comparison")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
