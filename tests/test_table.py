"""The terminal table: numbers are never split, text wraps at spaces, the table fits the
terminal when it can, and a table written to a file or a pipe is as wide as its rows."""
from __future__ import annotations

import io
import subprocess
import sys
from decimal import Decimal

import pytest
from rich.cells import cell_len
from rich.console import Console

from statx.io import export

ROWS = [
    {"doc": "news/a.txt", "mention": "over 156 billion rubles", "value": Decimal(156000000000), "unit": "RUB",
     "direction": None, "year": 2023, "subject": "damage from cyber crimes committed with bank cards"},
    {"doc": "news/a.txt", "mention": "517,700", "value": Decimal(517700), "unit": "count", "direction": "up",
     "year": 2021, "subject": "it crimes"},
    {"doc": "news/a.txt", "mention": "4.5 percent", "value": Decimal("-4.5"), "unit": "percent", "direction": "down",
     "year": 2020, "subject": "crimes committed by adolescents in the Moscow region"},
]
NUMBERS = ["156000000000", "517700", "-4.5", "2023", "2021", "2020"]
COLUMNS = export.TABLE_COLUMNS


def render(width: int | None, rows=ROWS, columns=COLUMNS) -> list[str]:
    """The table as a terminal of ``width`` columns shows it (None: written to a file)."""
    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=True, color_system=None) if width else None
    writer = export.Writer(out, "table", columns, console)
    for row in rows:
        writer.write(row)
    writer.close()
    return out.getvalue().splitlines()


def words_of(lines: list[str]) -> set[str]:
    return {w for line in lines for w in line.replace("│", " ").replace("┃", " ").split()}


@pytest.mark.parametrize("width", [120, 100, 80, 70, 60])
def test_numbers_are_never_split_and_the_table_fits(width: int):
    lines = render(width)
    assert set(NUMBERS) <= words_of(lines)
    assert max(cell_len(line.rstrip()) for line in lines) <= width


@pytest.mark.parametrize("width", [80, 60, 50])
def test_text_wraps_at_spaces(width: int):
    lines = render(width)
    text_words = {w for row in ROWS for k in ("mention", "subject") for w in row[k].split()}
    assert text_words <= words_of(lines)  # every word whole on some line
    assert len(lines) > 3 + 2 + len(ROWS) or width >= 80  # narrow tables wrap onto more lines


@pytest.mark.parametrize("width", [50, 24])
def test_too_narrow_a_terminal_gets_a_wider_table_not_split_numbers(width: int):
    lines = render(width)
    assert set(NUMBERS) <= words_of(lines)
    assert max(cell_len(line) for line in lines) > width


def test_a_table_in_a_file_is_as_wide_as_its_rows():
    long = {**ROWS[2], "subject": "crimes committed by adolescents " * 6}
    lines = render(None, [ROWS[0], long])
    body = [line for line in lines if line.startswith("│")]
    assert len(body) == 2  # one line a row: nothing wraps
    assert long["subject"].strip() in body[1]
    assert max(map(cell_len, lines)) > 200


def test_a_piped_table_is_not_cut_at_80_columns(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("Damage from cyber crimes committed with stolen bank cards and forged documents "
                   "in the regions of the country rose to 156 billion rubles in 2023.\n")
    proc = subprocess.run([sys.executable, "-m", "statx", "extract", str(doc), "-f", "table", "-c", "value,sentence"],
                          capture_output=True, text=True, timeout=120, env={"COLUMNS": "80", "PATH": ""})
    body = [line for line in proc.stdout.splitlines() if line.startswith("│")]
    assert len(body) == 1 and "156000000000" in body[0] and cell_len(body[0]) > 80


@pytest.mark.parametrize("cells, numeric", [
    ([Decimal(1), 2, None], True),
    ([Decimal(1), "1 | 2"], False),
    ([None, None], False),
    ([True], False),
])
def test_a_column_is_numeric_when_its_cells_are_numbers(cells, numeric):
    assert export._numeric(cells) is numeric


def test_headers_wrap_at_underscores_numbers_stay_right_aligned():
    rows = [{"doc": "x", "old": Decimal(517700), "old_year": 2021, "delta_pct": Decimal("31.35")}]
    lines = render(30, rows, ("old", "old_year", "delta_pct"))
    assert "517700" in words_of(lines) and "31.35" in words_of(lines)
    assert any("old year" in line for line in lines) or any(line.rstrip().endswith("year┃") for line in lines)


def test_paths_wrap_after_their_slashes():
    rows = [{"doc": "x", "year": 2019, "sources": "tests/data/compare/2020-01-cybercrimes.txt, tests/data/compare/2021-02-it.txt"}]
    lines = render(40, rows, ("year", "sources"))
    assert {"tests/data/compare/", "2020-01-cybercrimes.txt,"} <= words_of(lines)
    assert max(cell_len(line.rstrip()) for line in lines) <= 40


def test_only_a_piece_longer_than_any_line_is_folded():
    long = "https://example.org/" + "x" * 60
    rows = [{"doc": "x", "value": Decimal(5), "sentence": f"Prices rose by 5 percent, see {long} for more."}]
    lines = render(40, rows, ("value", "sentence"))
    assert {"Prices", "rose", "by", "5", "percent,", "see", "for", "more."} <= words_of(lines)
    assert long not in words_of(lines) and "x" * 20 in "".join(lines)
    assert max(cell_len(line.rstrip()) for line in lines) <= 40
