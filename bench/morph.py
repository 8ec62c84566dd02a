"""What pymorphy3 (the ``morph`` extra) costs, and where statx uses it.

    python bench/morph.py            # about 20 seconds

Measured, each in fresh interpreters (the median of five): importing pymorphy3 and building its
analyser; a one-file ``statx extract`` of a Russian text (which never imports it); then, in this
process, the parse of a Russian word (cold: every word new), and the cost per claim of the subject
keys that ``diff`` and ``series`` compute, with lemmas and with endings alone. The Russian claims
are those of ``tests/data/compare`` and, when it is there, of the shared dev2 documents (read at
run time, never copied)."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RUSSIAN = ROOT / "tests" / "data" / "compare" / "2022-01-ru.txt"


def fresh(code: str, runs: int = 5) -> float:
    """The median wall time of ``python -c code`` in a fresh interpreter, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def command(args: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def russian_claims() -> list:
    import statx
    paths = [str(ROOT / "tests" / "data" / "compare")]
    paths += [str(p) for p in (ROOT.parent / "shared" / "gold" / "dev2" / "docs",
                               ROOT.parent.parent / "shared" / "gold" / "dev2" / "docs") if p.is_dir()][:1]
    return [c for c in statx.extract_paths(paths) if c.subject and any("а" <= ch <= "я" for ch in c.subject)]


def main() -> None:
    bare = fresh("pass")
    load = fresh("import pymorphy3; pymorphy3.MorphAnalyzer()") - bare
    extract = command([sys.executable, "-m", "statx", "extract", str(RUSSIAN), "--format", "csv"])
    print(f"pymorphy3 import and analyser: {load * 1000:.0f} ms (beyond a bare interpreter)")
    print(f"one-file statx extract of a Russian text: {extract * 1000:.0f} ms (pymorphy3 is not imported)")

    import pymorphy3
    analyzer = pymorphy3.MorphAnalyzer()
    claims = russian_claims()
    words = sorted({w for c in claims for w in c.sentence.lower().split() if w.isalpha() and "а" <= w[0] <= "я"})
    start = time.perf_counter()
    for w in words:
        analyzer.parse(w)
    print(f"parse of a Russian word, cold: {(time.perf_counter() - start) / len(words) * 1e6:.0f} µs ({len(words)} words)")

    from statx.compare.keys import Subjects
    for lemmas in (False, True):
        subjects = Subjects(lemmas=lemmas)
        start = time.perf_counter()
        keys = {subjects.key(c.subject) for c in claims}
        spent = time.perf_counter() - start
        print(f"subject keys {'with lemmas' if lemmas else 'by endings'}: {spent / len(claims) * 1e6:.0f} µs a claim "
              f"({len(claims)} Russian claims, {len(keys)} keys)")


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
