"""--jobs: documents extracted in several processes give the same output, in the same order, as one."""
from __future__ import annotations

import contextlib
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from statx import parallel
from statx.pipeline import extract_paths

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def statx(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "statx", "extract", *args], capture_output=True, timeout=300)


def same_as_one_job(*args: str, jobs: tuple[str, ...] = ("2",)) -> subprocess.CompletedProcess:
    """The run with --jobs 1, once the runs with each of ``jobs`` were found to print the same."""
    one = statx(*args, "--jobs", "1")
    for jobs in jobs:
        many = statx(*args, "--jobs", jobs)
        assert many.stdout == one.stdout, f"--jobs {jobs} wrote other rows"
        assert many.stderr == one.stderr, f"--jobs {jobs} reported otherwise"
        assert many.returncode == one.returncode
    return one


def test_seeds_byte_for_byte():
    one = same_as_one_job(str(SEEDS), "--format", "csv", jobs=("2", "3"))
    assert one.returncode == 0
    assert one.stdout.count(b"\r\n") > 20


@pytest.fixture
def folder_with_problems(tmp_path: Path) -> Path:
    """Seed copies (short and long), with files that cannot be read between them."""
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(24):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (tmp_path / f"{i:02d}.txt").write_text(text[: 1500 + 400 * i], encoding="utf-8")
    (tmp_path / "03b.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    (tmp_path / "07b.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "11b.txt").write_bytes(b"x" * 200_000)
    return tmp_path


def test_unreadable_files_reported_in_order(folder_with_problems: Path):
    one = same_as_one_job(str(folder_with_problems), "/no/such/file.txt", "--format", "jsonl", "--max-bytes", "100K")
    assert one.returncode == 1
    reported = [line.split(": ")[1] for line in one.stderr.decode().splitlines()]
    assert reported == [str(folder_with_problems / name) for name in ("03b.txt", "07b.txt", "11b.txt")] + ["/no/such/file.txt"]


def test_rows_in_document_order(folder_with_problems: Path):
    order = []
    claims = list(extract_paths([str(folder_with_problems)], jobs=2, on_error=lambda err: None,
                                on_document=order.append))
    assert order == sorted(order) and len(order) == 27
    docs = [c.doc for c in claims]
    assert docs == sorted(docs)
    assert claims == list(extract_paths([str(folder_with_problems)], jobs=1, on_error=lambda err: None))


def test_an_error_without_on_error_is_raised(folder_with_problems: Path):
    with pytest.raises(Exception) as info:
        list(extract_paths([str(folder_with_problems)], jobs=2))
    assert getattr(info.value, "path", None) == str(folder_with_problems / "03b.txt")


def test_imap_keeps_order():
    items = range(500)
    assert list(parallel.imap(abs, (-i for i in items), 2, chunk=7)) == list(items)
    assert list(parallel.imap(abs, [-1], 2)) == [1]
    assert list(parallel.imap(abs, [], 2)) == []


def test_imap_worker_failure_is_raised():
    with pytest.raises(TypeError):
        list(parallel.imap(abs, [1, 2, "x", 4], 2))


def test_stdin_is_read_by_the_parent():
    text = (SEEDS / "003_1373fcae5eaa2685.txt").read_bytes()

    def run(jobs: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "statx", "extract", "-", str(SEEDS), "--format", "csv",
                               "--jobs", jobs], input=text, capture_output=True, timeout=300)

    one, two = run("1"), run("2")
    assert one.stdout == two.stdout and one.returncode == two.returncode == 0
    assert b",-," in one.stdout  # rows of the document read from stdin (doc "-")


def test_progress_bar_only_on_a_terminal(folder_with_problems: Path):
    piped = statx(str(folder_with_problems), "--format", "csv")
    assert b"\x1b[" not in piped.stderr
    master, slave = pty.openpty()
    with open(os.devnull, "wb") as null:
        run = subprocess.run([sys.executable, "-m", "statx", "extract", str(folder_with_problems), "--format", "csv"],
                             stdout=null, stderr=slave, timeout=300)
    os.close(slave)
    drawn = b""
    with contextlib.suppress(OSError):
        while chunk := os.read(master, 65536):
            drawn += chunk
    os.close(master)
    assert run.returncode == 1
    assert "━".encode() in drawn and b"statx: " in drawn
