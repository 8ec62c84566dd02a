"""Does statx take linear time on hostile text? Times statx.extract_text on adversarial inputs at
1x, 2x and 4x one size and prints the ratios: linear time gives about 2 and 4, quadratic 4 and 16.
The growth column is k in time ~ size^k: 1 for linear time, 2 for quadratic.

    python bench/adversarial.py          # every case (under a minute)
    python bench/adversarial.py spaces   # the cases whose names contain "spaces"

Each case's 1x size is the first of 250, 500, 1000, ... characters (at most about a million) that
takes TARGET seconds, so fast cases run on megabytes and slow ones stay short. A case is SUPER-LINEAR
when k is over 1.5, confirmed by a second run at each size (the faster counts: one run is noisy
on a busy machine); its 4x run is skipped when 2x already shows it. Exit status 1 when any case is super-linear."""
from __future__ import annotations

import math
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from statx import extract_text  # noqa: E402

TARGET = 0.1           # seconds at 1x
START, MOST = 250, 1 << 20  # characters at 1x
LIMIT = 1.5            # the growth above which a case is super-linear


def times(unit: str, filler: str = "", end: str = "") -> Callable[[int], str]:
    """Text of about n characters: ``unit`` repeated, or ``unit`` + ``filler`` repeated + ``end``."""
    if filler:
        return lambda n: unit + filler * max(1, (n - len(unit) - len(end)) // len(filler)) + end
    return lambda n: unit * max(1, n // len(unit))


CASES: list[tuple[str, str, Callable[[int], str]]] = [
    ("digits and commas 1,1,1", "en", times("1,")),
    ("digits and spaces 1 1 1", "en", times("1 ")),
    ("digits and dots 1.1.1", "en", times("1.")),
    ("huge number 9999", "en", times("9", "9", "%")),
    ("grouped thousands 1 000 000", "ru", times("1", " 000", " рублей")),
    ("sentences on separate lines", "en", times("Exports rose by 5% in 2023.\n")),
    ("sentences on one long line", "en", times("Exports rose by 5% in 2023. ")),
    ("one long line without full stops", "en", times("prices rose by 5% in 2023 and ")),
    ("run of spaces", "en", times("Exports rose by 5%", " ", "in 2023.")),
    ("run of blank lines", "en", times("Exports rose by 5%.", "\n", "In 2023.")),
    ("repeated qualifier about about", "en", times("", "about ", "5%")),
    ("repeated scale word million million", "en", times("5", " million", " people")),
    ("repeated number word one one", "en", times("one ")),
    ("run of hyphens 5---6%", "en", times("5", "-", "6%")),
    ("run of en dashes 5–––6%", "en", times("5", "–", "6%")),
    ("run of brackets ((((5%", "en", times("", "(", "5%")),
    ("sentences on one long line, Russian", "ru", times("Экспорт вырос на 5% в 2023 году. ")),
    ("repeated qualifier около около", "ru", times("", "около ", "5%")),
    ("repeated scale word миллиона", "ru", times("5", " миллиона", " человек")),
    ("repeated number word один один", "ru", times("один ")),
]


def seconds(text: str, lang: str) -> float:
    start = time.perf_counter()
    extract_text(text, lang=lang)
    return time.perf_counter() - start


def growth(ts: list[float]) -> float:
    """k in time ~ size^k, from times at sizes doubling from one to the next."""
    return math.log2(ts[-1] / ts[0]) / (len(ts) - 1)


def measure(make: Callable[[int], str], lang: str) -> tuple[int, list[float]]:
    """The 1x size and the times at 1x, 2x and (unless 2x shows super-linear time already) 4x."""
    n = START
    while True:
        t1 = seconds(make(n), lang)
        if t1 >= TARGET or n >= MOST:
            break
        n *= 2
    ts = [t1]
    for size in (2 * n, 4 * n):
        ts.append(seconds(make(size), lang))
        if growth(ts) > LIMIT:  # confirm with a second run at each size
            ts = [min(t, seconds(make(n << i), lang)) for i, t in enumerate(ts)]
        if growth(ts) > LIMIT:
            break
    return n, ts


def main(filters: list[str]) -> int:
    extract_text("warm up: 5%", lang="en"), extract_text("разогрев: 5%", lang="ru")
    print(f"{'case':38} {'lang':4} {'1x chars':>9} {'1x s':>7} {'2x s':>7} {'4x s':>7} {'2x/1x':>6} {'4x/1x':>6} {'growth':>6}  verdict")
    bad = 0
    for name, lang, make in CASES:
        if filters and not any(f in name for f in filters):
            continue
        n, ts = measure(make, lang)
        r2 = ts[1] / ts[0]
        r4 = ts[2] / ts[0] if len(ts) == 3 else None
        superlinear = growth(ts) > LIMIT
        bad += superlinear
        cols = [f"{t:7.3f}" for t in ts] + ["      -"] * (3 - len(ts))
        print(f"{name:38} {lang:4} {len(make(n)):9d} {' '.join(cols)} {r2:6.1f} {r4 if r4 else float('nan'):6.1f} "
              f"{growth(ts):6.2f}  " + ("SUPER-LINEAR" if superlinear else "linear"), flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
