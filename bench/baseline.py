"""An older commit of statx, timed in the same run as the current code: the commit is exported
(`git archive`) to bench/out/baseline-SHA/src and installed into its own virtual environment
there (kept for the next run), and both sides run in child processes, turn about. For the one-file
run the working tree is installed the same way (bench/out/current), so that both sides start as
a user's installation does.

    python bench/baseline.py FILE...   # (the child) extract_text over FILEs, prints seconds as JSON
"""
from __future__ import annotations

import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"


def prepare(commit: str, say=print) -> Path:
    """The Python of a virtual environment with ``commit`` of statx installed (built once)."""
    return install(commit, OUT / f"baseline-{short(commit)}", say)


def working_tree() -> str:
    """A commit of the working tree as it is (tracked files, changes not yet committed included):
    ``git stash create``'s, or HEAD when nothing changed. Files git does not track are not in it."""
    made = subprocess.run(["git", "-C", str(ROOT), "stash", "create"], check=True, capture_output=True, text=True)
    return made.stdout.strip() or "HEAD"


def short(commit: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", commit], check=True,
                          capture_output=True, text=True).stdout.strip()


def install(commit: str, home: Path, say=print) -> Path:
    """The Python of the virtual environment ``home``/venv with ``commit`` of statx installed as a
    user installs it (``pip install``, not editable). The environment is kept; statx is installed
    again when ``home`` holds another commit."""
    sha = short(commit)
    python = home / "venv" / "bin" / "python"
    ready = home / "ready"
    if ready.exists() and ready.read_text().strip() == sha:
        return python
    say(f"installing commit {sha} into {home}")
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", sha], check=True, capture_output=True).stdout
    shutil.rmtree(home / "src", ignore_errors=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(home / "src", filter="data")
    again = ["--no-deps", "--force-reinstall"] if python.exists() else []  # its dependencies are there
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(home / "venv")], check=True)
    done = subprocess.run([str(python), "-m", "pip", "install", "--quiet", *again, str(home / "src")],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"installing commit {sha} failed:\n{done.stderr}")
    ready.write_text(sha + "\n")
    return python


def per_core(sides: dict[str, tuple[str, dict]], paths: list[Path], rounds: int) -> dict[str, dict]:
    """Each side's median wall and CPU seconds over ``rounds`` child runs of extract_text on the
    same files (after one document has built the patterns), taking turns, the order swapped every
    round. ``sides`` maps a side's name to its Python and the environment to run it in."""
    listing = OUT / "per-core-files.txt"
    listing.write_text("\n".join(map(str, paths)))
    runs: dict[str, list[dict]] = {name: [] for name in sides}
    for r in range(rounds):
        for name in (list(sides) if r % 2 == 0 else list(reversed(sides))):
            python, env = sides[name]
            done = subprocess.run([python, str(Path(__file__)), "@" + str(listing)], check=True,
                                  capture_output=True, text=True, cwd=OUT, env=env)
            runs[name].append(json.loads(done.stdout))
    return {name: {"seconds": statistics.median(x["seconds"] for x in got),
                   "cpu_s": statistics.median(x["cpu_s"] for x in got),
                   "claims": got[0]["claims"], "mb": got[0]["mb"], "rounds": rounds}
            for name, got in runs.items()}


def one_file(commands: dict[str, list[str]], path: Path, repeat: int, env: dict) -> dict[str, dict]:
    """Each command's median wall and CPU seconds on one file (rows to /dev/null), taking turns."""
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for cmd in commands.values():  # bytecode and pattern caches written, as after a first run
        subprocess.run([*cmd, "extract", str(path)], stdout=subprocess.DEVNULL, check=True, env=env)
    for r in range(repeat):
        for name in (list(commands) if r % 2 == 0 else list(reversed(commands))):
            start = time.perf_counter()
            proc = subprocess.Popen([*commands[name], "extract", str(path)], stdout=subprocess.DEVNULL, env=env)
            _, status, usage = os.wait4(proc.pid, 0)
            runs[name].append((time.perf_counter() - start, usage.ru_utime + usage.ru_stime))
            if os.waitstatus_to_exitcode(status) != 0:
                raise SystemExit(f"{' '.join(commands[name])} extract {path} failed")
    return {name: {"seconds": statistics.median(r[0] for r in got), "cpu_s": statistics.median(r[1] for r in got)}
            for name, got in runs.items()}


def _child(args: list[str]) -> None:
    paths = Path(args[0][1:]).read_text().split("\n") if args[0].startswith("@") else args
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    from statx import extract_text

    extract_text(texts[0])
    start, cpu = time.perf_counter(), time.process_time()
    claims = sum(len(extract_text(t)) for t in texts)
    print(json.dumps({"seconds": time.perf_counter() - start, "cpu_s": time.process_time() - cpu, "claims": claims,
                      "mb": sum(len(t.encode()) for t in texts) / 1e6}))


if __name__ == "__main__":
    _child(sys.argv[1:])
