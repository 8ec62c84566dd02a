"""Does statx take linear time on hostile text? Times statx.extract_text (CPU seconds, the better of
two runs) on each case at 1x, 2x and 4x one size and prints the ratios: linear time gives about 2
and 4, quadratic 4 and 16. A case is LINEAR when 4x the input takes at most 5x the time.

    python bench/adversarial.py          # every case (3-6 minutes on this machine)
    python bench/adversarial.py spaces   # the cases whose names contain "spaces"

Each case's 1x size is the first of 4000, 8000, 16000, ... characters (at most MOST) that takes
TARGET seconds, so fast cases run on megabytes and slow ones stay short. Then one long line of
ordinary claim text (the seeds' paragraphs joined by spaces) at 250 KB, 1 MB and 5 MB: 1 MB must
take at most 5x as long as 250 KB; and "1 " * 16000. Exit status 1 when any case is not linear."""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from statx import extract_text  # noqa: E402

TARGET = 0.25            # CPU seconds at 1x
START, MOST = 4000, 1 << 20   # characters at 1x
LIMIT = 5.0              # 4x the input may take at most this many times as long
LINE_SIZES = (250_000, 1_000_000, 5_000_000)   # the long line of claim text


def times(unit: str, filler: str = "", end: str = "") -> Callable[[int], str]:
    """Text of about n characters: ``unit`` repeated, or ``unit`` + ``filler`` repeated + ``end``."""
    if filler:
        return lambda n: unit + filler * max(1, (n - len(unit) - len(end)) // len(filler)) + end
    return lambda n: unit * max(1, n // len(unit))


def claim_line(n: int) -> str:
    """n characters of ordinary claim text on one line: the seeds' paragraphs, joined by spaces and repeated."""
    seeds = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in sorted((ROOT / "seeds").glob("*.txt")))
    return (seeds + " ") * (n // (len(seeds) + 1)) + seeds[:n % (len(seeds) + 1)]


CASES: list[tuple[str, str, Callable[[int], str]]] = [
    ("one long line of claim text", "en", claim_line),
    ("digits and spaces 1 1 1", "en", times("1 ")),
    ("digits and commas 1,1,1", "en", times("1,")),
    ("digits and dots 1.1.1", "en", times("1.")),
    ("digits and hyphens 1-1-1", "en", times("1-")),
    ("huge number 9999", "en", times("9", "9", "%")),
    ("grouped thousands 1 000 000", "ru", times("1", " 000", " рублей")),
    ("sentences on separate lines", "en", times("Exports rose by 5% in 2023.\n")),
    ("sentences on one long line", "en", times("Exports rose by 5% in 2023. ")),
    ("one long line without full stops", "en", times("prices rose by 5% in 2023 and ")),
    ("run of spaces", "en", times("Exports rose by 5%", " ", "in 2023.")),
    ("run of blank lines", "en", times("Exports rose by 5%.", "\n", "In 2023.")),
    ("repeated qualifier about about", "en", times("", "about ", "5%")),
    ("repeated scale word million million", "en", times("5", " million", " people")),
    ("scale words after numbers 5 million", "en", times("5 million ")),
    ("repeated number word one one", "en", times("one ")),
    ("run of hyphens 5---6%", "en", times("5", "-", "6%")),
    ("run of en dashes 5–––6%", "en", times("5", "–", "6%")),
    ("run of brackets ((((5%", "en", times("", "(", "5%")),
    ("one line of bars, brackets and pairs", "en",
     times("In 2021 (last year – 5) crime rose by 5% (from 100 to 105, + 5 %), thefts fell 3% | 12 | 14 | and from £45 to £50. ")),
    ("sentences on one long line, Russian", "ru", times("Экспорт вырос на 5% в 2023 году. ")),
    ("digits and spaces, Russian", "ru", times("1 ")),
    ("repeated qualifier около около", "ru", times("", "около ", "5%")),
    ("repeated scale word миллиона", "ru", times("5", " миллиона", " человек")),
    ("scale words after numbers 5 млн", "ru", times("5 млн ")),
    ("repeated number word один один", "ru", times("один ")),
    # lines that open with a year, then three-digit groups a blank parts either as thousands or as cells (context/table.py)
    ("year rows of three-digit groups", "ru", times("2010 " + "123 " * 46 + "x\n")),
    # tables a page pastes one cell a line ("2014 г. |", "|GD"), and rows of a label and figures parted by blanks
    ("lines of cells ending in bars", "ru", times("Показатель |\n2014 г. |\n2015 г. |\n|\nЧисло краж |\n1 296 |\n1 293 |\n|\n")),
    ("lines of cells opening with bars", "en", times("|TEAM\n|GD\n|PTS\n|ROVERS\n|+12\n|23\n")),
    ("rows of a label and figures", "en", times("Port 2021 2022 2023\nNorth Bay 12,410 15,020 16,330\nKuri 68 74 75\n")),
    # tables under a title that gives their unit and scale (context/titles.py), lists of figures and of their years,
    # dash lists of amounts and brackets of an earlier time's value (context/pairs.py, timeline.py), number words in
    # groups parted by commas (numbers/ranges.py)
    ("tables under titles with units", "en",
     times("Exports (in millions of dollars)\n        2022   2023\nCoffee  412.5  455.0\nCocoa   120.4  98.7\nTimber  75.2   80.9\n\n")),
    ("lists of figures and their years", "en", times("Fires were 5,079 and 1,778 in 2021 and 2022, respectively. ")),
    ("dash lists of amounts", "ru", times("убрано 1733,4 тыс. гектаров (72,5%), в том числе пшеница - 1384,1 (99,0%); ")),
    ("brackets of an earlier time's value", "ru", times("Зарегистрировано 543 брака (в январе-феврале 2022 года - 545 браков). ")),
    ("number words in comma groups", "en", times("two billion, nine hundred million, ")),
    # lines of a label, a dash and a count (text/rows.py), bare figures in brackets after names (numbers/ranges.py),
    # a heading's year over "label – amount" lines (context/timeline.py)
    ("lines of a label, a dash and a count", "en", times("Noise complaints (including parties)— 1,412\n\n")),
    ("figures in brackets after names", "ru", times("Татарстан (25 470,9 рубля), Пермский край (24 953,4), ")),
    ("a heading's year over amount lines", "ru", times("2026 год:\nдоходы – 316,2 млрд рублей;\nрасходы – 338,7 млрд рублей.\n")),
    # this session's readers: a dashboard's cards (context/cards.py), a colon's list of labelled shares
    # (direction.colon_list_change), "N in Place" items (context/items.py), initials' turns (text/speakers.py)
    ("a dashboard's cards", "en", times("Labour Force\nMarch 2024\n271,000\nseasonally adjusted\nY/Y Change:\n2.5%\nMarch 2023 Value:\n264,300\n")),
    ("one colon's long list of shares", "ru", times("Прирост обеспечили: ", "отрасль номер - 7,5%, ", "химия - 1,1%.")),
    ("items of a figure and a place", "en", times("There were 57.6 crimes per 1,000 people in the North area", ", 66.8 in Gwent", ".")),
    ("turns labelled by initials", "en", times("AM: Why so slow? NS: We chose care homes. About 95% are done. ")),
    # the eleventh session's rules: an index's points (numbers/sport.py), codes glued in capitals (numbers/patterns.py),
    # a timetable's dotted times and a list of days (numbers/clocks.py, not_claims.py), a batter's runs and balls,
    # a package's size (numbers/packages.py), a dateline's country (numbers/money.py)
    ("an index's points", "en", times("The index rose 12.5 points to 8,999 points and the CPI 1.7 points. ")),
    ("codes glued in capitals", "en", times("Visitors spent MOP1,583, QAR500 million and PGK100m. ")),
    ("a timetable's dotted times", "ru", times("Вокзал: ", "7.40, ", "13.00. ")),
    ("a list of days before a month", "ru", times("по выходным (", "3, ", "4 и 11 мая)")),
    ("a batter's runs and balls", "en", times("Ali (52 off 31) and Khan (18 off 20) raced to 175 runs. ")),
    ("sizes of packages", "en", times("Exports were 4.5 million (60kg) bags and a 12.5 kg cylinder. ")),
    ("datelines of places", "en", times("Kathmandu: The budget is Rs 1860 billion.\n")),
    # the twelfth session's readers: a table of years pasted one cell per line (context/stacked.py), and its rows alone;
    # figures keyed by their years (context/keyed.py); items after a dash (subject/brackets.dash_item); adjectives
    # listed with commas (subject/clauses.py)
    ("a table of years one cell a line", "en", times("Households (thousands)\n\n2016\n\n2026\n\n", "Riverbend\n\n12,408\n\n13,950\n\n")),
    ("rows one cell a line, no header", "en", times("Riverbend\n\n12,408\n\n13,950\n\n")),
    ("figures keyed by years", "en", times("Burglary fell 7.6% (2003=7128, 2004=6585). ")),
    ("one long list of keyed figures", "en", times("Thefts (", "2003=7128, ", "2004=6585)")),
    ("adjectives listed with commas", "ru", times("Зарплата работников ", "крупных, ", "и малых предприятий составила 64 210 рублей.")),
    ("items after a dash and their preposition", "ru", times("Подешевели: ", "на 12% – на морковь столовую (4,1 руб.), ", "на 5% – на свеклу.")),
    # the thirteenth session's readers: values at years one after another (context/items.py), verbless budget lines
    # (subject/amounts.py), pairs compared after a colon (context/evidence.py)
    ("one long series of values at years", "en", times("Thefts fell, with ", "2,974 in 2017; ", "and 1,192 in 2020.")),
    ("budget lines of an amount and its purpose", "en", times("- $1,292,725 for the county assessor\n")),
    ("pairs compared after colons", "ru", times("Браков больше, чем в 2022 году: 12450 против 11922. ")),
    # the fourteenth session's readers: a line-up's substitutions on one line (numbers/sport.py), numbers with both
    # marks (numbers/patterns.py), a part out of a whole (context/evidence.py)
    ("one long line-up of substitutions", "ru", times("«Сокол»: ", "Кузин (Белов, 85), ", "Носов.")),
    ("numbers with both marks", "ru", times("Оборот составил 23.900,4 млн рублей, ")),
    ("parts out of wholes", "en", times("Police solved 912 out of 1,480 burglaries and ")),
    # the fifteenth session's readers: items without bullets under a heading (text/lists.py), year rows parted by
    # blank lines (context/year_rows.py), the words said after a speaker's label (text/segment.py said_from)
    ("items without bullets under a heading", "ru", times("Подорожали:\n\n", "маргарин (на 2,2 %)\n\n")),
    ("year rows parted by blank lines", "en", times("YEAR acres planted\n\n", "2008 305,000\n\n")),
    ("speaker turns of figures", "en", times("Ann Reyes: We spent $12 million.\n\nTom Hale: That was $440 million.\n\n")),
    # the sixteenth session's readers: list items glued where a page lost its line breaks (text/segment.py), a
    # double-spaced hard-wrapped text (paragraph_spans), a ranking of names with values in brackets (numbers/listed.py),
    # a table of contents one entry a line (numbers/furniture.py contents_page), two groups of four digits (addresses.py)
    ("list items glued after their unit", "en", times("Shops: 2.8 per cent", "Cafes: 4.1 per cent")),
    ("double-spaced hard-wrapped lines", "en", times("The minister was asked about\n\nthe jobless rate of about\n\n5.8% in May and\n\n")),
    ("ranking of names in brackets", "en", times("Cases were highest at 900, followed by ", "Ardmore (37), ", "Belton (20).")),
    ("table of contents one entry a line", "en", times("CONTENTS\n", "Unemployment 2\nEmployment 8\n")),
    ("groups of four digits", "en", times("Call 6379 8800 or ")),
    # the eighteenth session's readers: a table one cell a line with a bar's line after each cell (context/barred.py),
    # one with a bar closing each cell (stacked.py), a team's line-up (numbers/sport.py shirt_number), a byline's date
    # after a name (text/dateline.py) and a long run of blanks before a line's last bar, which two of them once rescanned
    ("a table one cell a line, bar lines", "ru", times("2020 год\n|\n2021 год\n|\n", "Рождаемость\n|\nчеловек\n|\n12,4\n|\n11,6\n|\n")),
    ("a table one cell a line, bars closing", "ru", times("в процентах\n2019 |\n2020 |\n", "Хлеб |\n|\n104,1 |\n106,2 |\n")),
    ("a team's line-up", "en", times("Rovers: ", "15 Tom Hale, 14 Sam Moss, 13 Joe Reed, 12 Ian Bell, ")),
    ("blanks before a line's last bar", "en", times("By Jane Doe 3 March 2021\nThe rate rose 5%.", " ", "|\n")),
    # the twenty-second session's lists of names and counts under a measure's title (context/table.py titled_list_cells,
    # read once per text by the pipeline)
    ("names and counts under a measure's title", "en", times("Population Estimates by Community\n\n", "    Portvale 667\n    Kingsmere 775\n")),
    # the thirty-first session's names with bracketed figures after a lead-in with a unit (context/table.py
    # bracket_list_cells: each figure looks back a bounded way to its name, the lead-in's colon and bracket)
    ("names with bracketed figures after a lead-in's unit", "ru", times("Крупные города (тыс. чел.): ", "Заречный (312), ", "Лесной (98).")),
]


def seconds(text: str, lang: str, runs: int = 2) -> float:
    """The CPU seconds of extract_text on ``text``, the better of ``runs`` runs."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        extract_text(text, lang=lang)
        best = min(best, time.process_time() - start)
    return best


def measure(make: Callable[[int], str], lang: str) -> tuple[int, list[float]]:
    """The 1x size and the times at 1x, 2x and 4x."""
    n = START
    while seconds(make(n), lang, 1) < TARGET and n < MOST:
        n *= 2
    return n, [seconds(make(n << k), lang) for k in range(3)]


def main(filters: list[str]) -> int:
    extract_text("warm up: 5%", lang="en"), extract_text("разогрев: 5%", lang="ru")
    print(f"{'case':38} {'lang':4} {'1x chars':>9} {'1x s':>7} {'2x s':>7} {'4x s':>7} {'2x/1x':>6} {'4x/1x':>6}  verdict")
    bad = 0
    for name, lang, make in CASES:
        if filters and not any(f in name for f in filters):
            continue
        n, ts = measure(make, lang)
        linear = ts[2] <= LIMIT * ts[0]
        bad += not linear
        print(f"{name:38} {lang:4} {len(make(n)):9d} {ts[0]:7.3f} {ts[1]:7.3f} {ts[2]:7.3f} {ts[1] / ts[0]:6.2f} "
              f"{ts[2] / ts[0]:6.2f}  " + ("linear" if linear else "NOT LINEAR"), flush=True)
    if not filters or any(f in "one long line of claim text" for f in filters):
        line = [(size, seconds(claim_line(size), "en")) for size in LINE_SIZES]
        ratio = line[1][1] / line[0][1]
        bad += ratio > LIMIT
        print("\none line of claim text: " + ", ".join(f"{size / 1e6:g} MB {s:.2f} s" for size, s in line)
              + f"; 1 MB / 250 KB {ratio:.2f}x, 5 MB / 1 MB {line[2][1] / line[1][1]:.2f}x  "
              + ("linear" if ratio <= LIMIT else "NOT LINEAR"))
        print(f"'1 ' * 16000 (32 KB): {seconds('1 ' * 16000, 'en', 1):.2f} s")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
